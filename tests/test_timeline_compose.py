"""The shipped timeline's states: built the quick way, they are what the plain way gave."""

from __future__ import annotations

import copy

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from geo.control.layers import load_layers
from geo.control.nearest import SegmentIndex
from geo.control.timeline import Timeline


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    layers = load_layers()
    assert isinstance(layers, Timeline)
    return copy.copy(layers)  # states of its own, not the shared timeline's


def test_composed_frame_is_the_plain_geodataframe(timeline):
    for position in (0, len(timeline) // 2, len(timeline) - 1):
        gdf = timeline[position].gdf
        plain = gpd.GeoDataFrame(
            {"faction": list(gdf["faction"])}, geometry=list(gdf.geometry), crs="EPSG:4326"
        )
        pd.testing.assert_frame_equal(gdf, plain, check_exact=True)
        assert gdf.crs == plain.crs and gdf.crs.to_wkt() == plain.crs.to_wkt()
        assert gdf.geometry.name == plain.geometry.name == "geometry"


def test_index_samples_are_the_gathered_ones(timeline):
    starts, ends = timeline.segments(len(timeline) // 2)["regime"]
    index = SegmentIndex(starts, ends)
    # The samples as they were computed before: every row gathered by segment.
    delta = ends - starts
    pieces = np.maximum(1, np.ceil(np.hypot(delta[:, 0], delta[:, 1]) / 1000.0)).astype(np.intp)
    segment_of = np.repeat(np.arange(len(pieces)), pieces + 1)
    first = np.cumsum(pieces + 1) - (pieces + 1)
    t = (np.arange(len(segment_of)) - np.repeat(first, pieces + 1)) / np.repeat(pieces, pieces + 1)
    gathered = starts[segment_of] + t[:, None] * delta[segment_of]
    assert pieces.max() > 1  # long segments sampled between their ends too
    assert index._tree.data.tobytes() == gathered.tobytes()


def test_pieces_shared_between_states_are_projected_once(timeline):
    factions, pieces = timeline.pieces(1)
    timeline.segments(1)
    projected = dict(timeline._segments_of_piece)
    timeline.segments(2)
    again = {i: projected[i] for i in projected if i in timeline._segments_of_piece}
    assert all(timeline._segments_of_piece[i] is v for i, v in again.items())
    assert all(id(p) in timeline._segments_of_piece for p in pieces)
    assert len(factions) == len(pieces) > 0
    assert shapely.get_type_id(pieces).max() == 3
