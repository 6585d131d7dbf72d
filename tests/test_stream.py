"""The streamed build: outputs made part by part from the written Parquet."""

from __future__ import annotations

import json
from datetime import date

import geopandas as gpd
import pytest
from geopandas.testing import assert_geodataframe_equal

from bench import synth
from geo.analysis.filters import filter_events
from geo.build import batches, stream
from geo.cli import main
from geo.control.layers import load_layers
from geo.ingest.events import read_events_dataset
from geo.output import export
from geo.pipeline import build
from geo.resources import seeds_dir


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("generated")
    synth.write_corpus(folder, 60, doc_bytes=900, seed=29)
    return folder


def _features(path):
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def test_many_parts_and_passes_give_the_outputs_of_one_frame(generated, tmp_path, monkeypatch):
    # Small batches and passes: many parts, the incidents in several groups of buckets,
    # the text outputs written in slices of a part.
    monkeypatch.setattr(stream, "ROWS_PER_PASS", 40)
    monkeypatch.setattr(stream, "TEXT_ROWS", 3)
    parts, out = tmp_path / "parts", tmp_path / "out"
    parts.mkdir()
    out.mkdir()
    tally, layers = stream.spool_corpus(generated, parts, batch_docs=7, workers=1)
    assert len(tally.parts) >= 8
    assert len(stream._passes(tally.bucket_rows)) > 3
    stream.write_outputs(tally, out, layers=layers)

    expected = build(generated)
    assert tally.summary() == expected.summary()
    whole = tmp_path / "whole"
    whole.mkdir()
    export.write_geojson(expected.events, whole / "strikes.geojson")
    export.write_csv(expected.events, whole / "strikes.csv")
    export.write_csv(expected.unresolved, whole / "unresolved.csv")
    export.write_kml(expected.events, whole / "strikes.kml")
    for name in ("strikes.geojson", "strikes.csv", "unresolved.csv", "strikes.kml"):
        assert (out / name).read_bytes() == (whole / name).read_bytes(), name
    export.write_parquet(expected.events, whole / "strikes.parquet")
    assert_geodataframe_equal(
        gpd.read_parquet(out / "strikes.parquet"), gpd.read_parquet(whole / "strikes.parquet")
    )
    # The incidents are the same, written pass by pass rather than in one order.
    export.write_geojson(expected.incidents, whole / "incidents.geojson")
    got = sorted(_features(out / "incidents.geojson"), key=lambda f: f["properties"]["incident_id"])
    want = _features(whole / "incidents.geojson")
    assert got == sorted(want, key=lambda f: f["properties"]["incident_id"])
    assert len(got) > 50


def test_cli_build_of_the_seeds_is_unchanged(tmp_path):
    out = tmp_path / "out"
    assert main(["build", str(seeds_dir()), "--out", str(out), "-q"]) == 0
    result = build(seeds_dir())
    whole = tmp_path / "whole.geojson"
    export.write_geojson(result.events, whole)
    assert (out / "strikes.geojson").read_bytes() == whole.read_bytes()
    export.write_geojson(result.incidents, whole)
    assert (out / "incidents.geojson").read_bytes() == whole.read_bytes()


def test_reading_a_folder_pushes_the_filters_down(tmp_path):
    out = tmp_path / "out"
    assert main(["build", str(seeds_dir()), "--out", str(out), "-q"]) == 0
    events = gpd.read_parquet(out / "strikes.parquet")
    first, last = date(2015, 10, 1), date(2015, 11, 30)
    for factions in (None, ["regime"], ["isis", "none"]):
        got = read_events_dataset(out, date_from=first, date_to=last, factions=factions)
        want = filter_events(events, date_from=first, date_to=last, factions=factions)
        assert sorted(got["event_id"]) == sorted(want["event_id"])
    some = read_events_dataset(out, columns=["event_id", "controlled_by"])
    assert list(some.columns) == ["event_id", "controlled_by", "geometry"]
    assert len(some) == len(events)


def test_incident_ids_pack_into_numbers_and_back():
    ids = ["inc-0a1b2c3d4e", "inc-ffffffffff", "inc-0000000000"]
    packed = stream.pack_incident_ids(ids, 10)
    assert packed.dtype.itemsize == 8
    assert stream.unpack_incident_ids(packed, 10).tolist() == ids
    rows = stream.IncidentIds(packed, 10)
    assert rows.take([2, 0]).tolist() == [ids[2], ids[0]]


@pytest.mark.parametrize("bad", ["evt-0a1b2c3d4e", "inc-0a1b", "inc-0a1b2c3d4e5"])
def test_an_incident_id_of_another_shape_is_refused(bad):
    with pytest.raises(ValueError, match="hex digits"):
        stream.pack_incident_ids([bad], 10)


def test_slices_cover_a_part_once_and_mark_the_first():
    frame = gpd.GeoDataFrame({"n": range(7)}, geometry=gpd.points_from_xy(range(7), range(7)))
    pieces = list(stream._slices(frame, 3, True))
    assert [p["n"].tolist() for p, _ in pieces] == [[0, 1, 2], [3, 4, 5], [6]]
    assert [head for _, head in pieces] == [True, False, False]
    empty = list(stream._slices(frame.iloc[:0], 3, False))
    assert len(empty) == 1 and len(empty[0][0]) == 0 and not empty[0][1]


def test_a_build_composes_states_on_its_own_copy_of_the_timeline(generated):
    layers = load_layers(None)
    own = batches.unshared(layers)
    assert own.snapshots is layers.snapshots  # the inputs are shared, not copied
    before = len(layers._pieces)
    batch = batches.build_batch(sorted(generated.glob("*.txt"))[:5], {}, layers=own)
    assert len(batch.events) and len(own._pieces) > 0
    assert len(layers._pieces) == before
