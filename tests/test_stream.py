"""The streamed build: outputs made part by part from the written Parquet."""

from __future__ import annotations

import json
from datetime import date

import geopandas as gpd
import pytest
from geopandas.testing import assert_geodataframe_equal

from bench import synth
from geo.analysis.filters import filter_events
from geo.build import stream
from geo.cli import main
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
    # Small batches and passes: many parts, the incidents in several groups of buckets.
    monkeypatch.setattr(stream, "ROWS_PER_PASS", 40)
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
    for name in ("strikes.geojson", "strikes.csv", "unresolved.csv"):
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
