"""Filters pushed down to the Parquet reader give the rows the in-memory filters give."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import geopandas as gpd
import numpy as np
import pytest
from events_factory import make_events

from geo.analysis.filters import filter_events
from geo.ingest.events import read_events_dataset
from geo.output import export

FIRST = date(2015, 10, 1)
N = 240


@pytest.fixture(scope="module")
def events():
    """Varied events: missing values in every filtered column, mixed-case quotes."""
    rng = np.random.default_rng(7)
    pick = lambda values: values[rng.integers(0, len(values))]  # noqa: E731
    rows = []
    for i in range(N):
        rows.append(
            {
                "event_id": f"d{i // 6}:{i}",
                "doc": f"d{i // 6}",
                "event_date": pick([None, *(FIRST + timedelta(days=d) for d in range(0, 90, 3))]),
                "controlled_by": pick([None, "isis", "opposition", "regime", "kurdish"]),
                "claimant": pick([None, "lcc", "sohr", "russian_mod"]),
                "actor": pick([None, "russia", "regime", "coalition"]),
                "geo_precision": pick(["town", "governorate", "neighbourhood"]),
                "quote": pick([None, "Jets STRUCK the market.", "Shelling of the bakery", "Raids"]),
                "place_as_written": pick([None, "Tall Hamra", "Bab Sharqi", "Market square"]),
                "longitude": 36.0 + i / N,
                "latitude": 35.0 + i / N,
            }
        )
    return make_events(rows)


@pytest.fixture(scope="module")
def parts(events, tmp_path_factory):
    """The events as a folder of three GeoParquet parts, small row groups."""
    folder = tmp_path_factory.mktemp("parts")
    for k, chunk in enumerate(np.array_split(np.arange(N), 3)):
        export.write_parquet(events.iloc[chunk], folder / f"part-{k:05d}.parquet")
    return folder


FILTERS = [
    {},
    {"date_from": FIRST + timedelta(days=10)},
    {"date_to": FIRST + timedelta(days=30)},
    {"date_from": FIRST + timedelta(days=9), "date_to": FIRST + timedelta(days=9)},
    {"factions": ["isis", "none"]},
    {"factions": []},
    {"claimants": ["lcc"], "actors": ["russia", "none"]},
    {"docs": ["d1", "d7", "d39"]},
    {"precisions": ["governorate"]},
    {"text": "struck"},
    {"text": "market"},  # in a quote or a place
    {"text": "no such words"},
]


@pytest.mark.parametrize(
    "chosen", FILTERS + [dict(itertools.chain(a.items(), b.items())) for a, b in [
        (FILTERS[1], FILTERS[4]), (FILTERS[2], FILTERS[9]), (FILTERS[6], FILTERS[10]),
    ]]
)  # fmt: skip
def test_the_filtered_read_gives_the_rows_of_the_in_memory_filter(events, parts, chosen):
    want = filter_events(events, **chosen)
    got = read_events_dataset(parts, **chosen)
    assert sorted(got["event_id"]) == sorted(want["event_id"])
    if chosen:
        assert len(want) < N  # every filter here removes something


def test_a_single_file_reads_the_same_as_its_parts(events, parts, tmp_path):
    whole = export.write_parquet(events, tmp_path / "events.parquet")
    chosen = {"date_from": FIRST + timedelta(days=20), "factions": ["regime"], "text": "raids"}
    a = read_events_dataset(whole, **chosen)
    b = read_events_dataset(parts, **chosen)
    assert sorted(a["event_id"]) == sorted(b["event_id"]) != []


def test_only_the_columns_asked_for_are_read_missing_ones_left_out(parts):
    some = read_events_dataset(parts, columns=["event_id", "no_such_column", "controlled_by"])
    assert list(some.columns) == ["event_id", "controlled_by", "geometry"]
    assert len(some) == N
    # A filter may use a column that is not read.
    one = read_events_dataset(parts, columns=["event_id"], text="bakery")
    assert list(one.columns) == ["event_id", "geometry"] and 0 < len(one) < N


def test_a_column_the_table_lacks_counts_as_missing(events, tmp_path):
    path = export.write_parquet(events.drop(columns=["claimant"]), tmp_path / "e.parquet")
    assert len(read_events_dataset(path, claimants=["lcc"])) == 0
    assert len(read_events_dataset(path, claimants=["none"])) == N


def test_the_ground_of_the_rows_read_is_taken_from_the_index(parts):
    from shapely.geometry import box

    from geo.app import bigtable
    from geo.app import day as days
    from geo.control.layers import ControlLayer

    layer = ControlLayer(
        date=FIRST,
        path="layer",
        gdf=gpd.GeoDataFrame(
            {"faction": ["isis", "regime"]},
            geometry=[box(35, 34, 36.5, 37), box(36.5, 34, 38, 37)],
            crs="EPSG:4326",
        ),
    )
    index = bigtable.read_index(parts)
    assert list(index.columns) == [*bigtable.INDEX_COLUMNS, "geometry"]
    ground = days.ground_series(index, layer)
    for pushed in ({}, {"factions": ["regime", "none"]}, {"date_from": FIRST + timedelta(9)}):
        rows = bigtable.read_view(parts, pushed)
        got = bigtable.ground_of_rows(index, ground, pushed, rows)
        assert got is not None
        assert got.tolist() == days.ground_series(rows, layer).tolist()
        assert set(got) == {"isis", "regime"}
    # Rows that are not those of the index are told apart.
    rows = bigtable.read_view(parts, {"factions": ["regime"]})
    assert bigtable.ground_of_rows(index, ground, {"factions": ["isis"]}, rows) is None
    shuffled = rows.iloc[::-1].reset_index(drop=True)
    assert bigtable.ground_of_rows(index, ground, {"factions": ["regime"]}, shuffled) is None
