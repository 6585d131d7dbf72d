import json
import shutil
from datetime import date
from pathlib import Path

import pytest
import shapely
from shapely.geometry import Point, box

from geo.control.layers import load_layer, load_layers
from geo.control.redraw import paint_area
from geo.output import export
from geo.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def first_layer():
    return load_layers()[0]


def test_painted_area_takes_precedence(first_layer):
    # A box around Kafranbel (opposition in October 2015) repainted as ISIS.
    area = box(36.50, 35.57, 36.62, 35.66)
    new = paint_area(first_layer, "isis", area, on=date(2015, 10, 8))
    by_faction = dict(zip(new.gdf["faction"], new.gdf.geometry, strict=True))
    kafranbel = Point(36.561, 35.614)
    assert by_faction["isis"].contains(kafranbel)
    assert not by_faction["opposition"].contains(kafranbel)
    # coverage unchanged, no overlaps (validated inside paint_area)
    before = shapely.union_all(first_layer.gdf.geometry.to_numpy()).area
    after = shapely.union_all(new.gdf.geometry.to_numpy()).area
    assert after == pytest.approx(before, rel=1e-6)


def test_area_outside_the_layer_is_refused(first_layer):
    with pytest.raises(ValueError, match="outside"):
        paint_area(first_layer, "isis", box(10, 10, 11, 11), on=date(2015, 10, 8))
    with pytest.raises(ValueError, match="faction"):
        paint_area(first_layer, "martians", box(36, 35, 37, 36), on=date(2015, 10, 8))


def test_saved_version_changes_the_join(first_layer, tmp_path):
    layers_dir = tmp_path / "control"
    shutil.copytree(ROOT / "layers" / "control", layers_dir)
    before = build(SEEDS, layers_dir=layers_dir).events
    talbiseh = before[before["place_as_written"] == "Talbiseh"].iloc[0]
    assert talbiseh["controlled_by"] == "opposition"
    pt = Point(talbiseh["longitude"], talbiseh["latitude"])
    layer = min(load_layers(layers_dir), key=lambda lyr: lyr.date)
    new = paint_area(layer, "kurdish", pt.buffer(0.05), on=layer.date)
    path = export.write_layer(new.gdf, layers_dir, layer.date)
    data = json.loads(path.read_text())
    assert "crs" not in data
    assert load_layer(path).date == layer.date
    after = build(SEEDS, layers_dir=layers_dir).events
    row = after[after["event_key"] == talbiseh["event_key"]].iloc[0]
    assert row["controlled_by"] == "kurdish"
