"""Saving corrections and drawn control areas into the folders a build reads."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from shapely.geometry import box

from geo import pipeline
from geo.control.layers import load_layers
from geo.review import edits as editing
from geo.review.corrections import read_corrections

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def corpus(tmp_path):
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    shutil.copytree(REPO / "layers" / "control", tmp_path / "control")
    return tmp_path / "seeds", tmp_path / "control"


def test_location_value():
    assert editing.location_value(35.5, 36.25) == "35.50000,36.25000"
    with pytest.raises(ValueError, match="coordinate pair"):
        editing.location_value(135.5, 36.25)


def test_save_correction_upserts(tmp_path):
    path = editing.save_correction(tmp_path, "d|X|1", "date", "2015-10-08")
    editing.save_correction(tmp_path, "d|X|1", "date", "2015-10-09", note="second look")
    editing.save_correction(tmp_path, "d|Y|2", "not_strike")
    fixes = read_corrections(path)
    assert [(c.event_key, c.action, c.value) for c in fixes] == [
        ("d|X|1", "date", "2015-10-09"),
        ("d|Y|2", "not_strike", ""),
    ]
    assert fixes[0].note == "second look"
    assert [p.name for p in tmp_path.iterdir()] == ["corrections.csv"]


def test_save_correction_rejects_bad_input(tmp_path):
    with pytest.raises(ValueError, match="`action`"):
        editing.save_correction(tmp_path, "d|X|1", "delete")
    with pytest.raises(ValueError):
        editing.save_correction(tmp_path, "d|X|1", "date", "tomorrow")
    assert not (tmp_path / "corrections.csv").exists()


def test_corrections_apply_on_the_next_build(corpus):
    seeds, control = corpus
    before = pipeline.build(seeds, layers_dir=control).events
    first = before.iloc[0]
    editing.save_correction(seeds, first["event_key"], "not_strike")
    second = before.iloc[1]
    editing.save_correction(seeds, second["event_key"], "location", "35.00000,38.00000")
    after = pipeline.build(seeds, layers_dir=control).events
    assert len(after) == len(before) - 1
    assert first["event_key"] not in set(after["event_key"])
    moved = after.loc[after["event_key"] == second["event_key"]].iloc[0]
    assert (moved["latitude"], moved["longitude"]) == (35.0, 38.0)


def test_save_area_changes_the_ground_of_the_strikes_inside(corpus):
    seeds, control = corpus
    events = pipeline.build(seeds, layers_dir=control).events
    target = events.loc[events["controlled_by"] == "opposition"].iloc[0]
    day = target["event_date"]
    x, y = target.geometry.x, target.geometry.y
    layers = load_layers(control)
    new, path = editing.save_area(
        layers, control, "isis", box(x - 0.01, y - 0.01, x + 0.01, y + 0.01), day
    )
    assert path == control / f"{day.isoformat()}.geojson" and path.exists()
    assert new.date == day
    after = pipeline.build(seeds, layers_dir=control).events
    moved = after.loc[after["event_key"] == target["event_key"]].iloc[0]
    assert moved["controlled_by"] == "isis"
    assert moved["control_layer"] == day.isoformat()


def test_save_area_outside_the_layer_writes_nothing(corpus):
    _, control = corpus
    names = sorted(p.name for p in control.iterdir())
    with pytest.raises(ValueError, match="outside"):
        editing.save_area(load_layers(control), control, "isis", box(0, 0, 1, 1), date(2015, 10, 8))
    assert sorted(p.name for p in control.iterdir()) == names
