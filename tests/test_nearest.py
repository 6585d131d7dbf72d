"""Nearest distances to segments through a k-d tree: the same floats GEOS gives."""

import numpy as np
import pytest
import shapely

from geo.control import nearest
from geo.control.nearest import SegmentIndex, segment_distance


def _segments(lines: list[shapely.LineString]) -> tuple[np.ndarray, np.ndarray]:
    coords, part = shapely.get_coordinates(lines, return_index=True)
    same = part[:-1] == part[1:]
    return coords[:-1][same], coords[1:][same]


def _geos(starts: np.ndarray, ends: np.ndarray, xy: np.ndarray) -> np.ndarray:
    tree = shapely.STRtree(shapely.linestrings(np.stack([starts, ends], axis=1)))
    (_, _), metres = tree.query_nearest(shapely.points(xy), return_distance=True, all_matches=False)
    return metres


def test_segment_distance_is_geos_formula():
    rng = np.random.default_rng(2)
    a, b, p = (rng.uniform(-1e5, 1e5, (5_000, 2)) for _ in range(3))
    got = segment_distance(p[:, 0], p[:, 1], a[:, 0], a[:, 1], b[:, 0], b[:, 1])
    lines = shapely.linestrings(np.stack([a, b], axis=1))
    np.testing.assert_array_equal(got, shapely.distance(lines, shapely.points(p)))
    # A segment of one point is that point.
    point = segment_distance(np.array(3.0), np.array(4.0), 0.0, 0.0, 0.0, 0.0)
    assert point == 5.0


def test_distances_equal_geos_on_long_and_dense_segments():
    rng = np.random.default_rng(7)
    # Long straight edges (tens of km, as a country-scale front), a ragged
    # line of 20 m steps (as city blocks) and a closed ring.
    long_edges = shapely.LineString(rng.uniform(0, 300_000, (12, 2)))
    walk = np.cumsum(rng.normal(0, 20, (3_000, 2)), axis=0) + 150_000
    ring = shapely.Point(80_000, 220_000).buffer(5_000, quad_segs=64).exterior
    starts, ends = _segments([long_edges, shapely.LineString(walk), ring])
    xy = np.concatenate(
        [
            rng.uniform(-50_000, 350_000, (20_000, 2)),
            walk[::7] + rng.normal(0, 30, (len(walk[::7]), 2)),  # close to the ragged line
            starts[:500],  # on vertices
            np.array([[80_000.0, 220_000.0]]),  # the ring's centre: every segment as near
        ]
    )
    got = SegmentIndex(starts, ends).distances(xy)
    np.testing.assert_array_equal(got, _geos(starts, ends, xy))
    assert (got[-501:-1] == 0).all()


def test_points_the_neighbours_cannot_settle_get_every_sample_within_reach(monkeypatch):
    # Points at the centre of a fine circle: every segment is as near, so no
    # few neighbours prove the nearest, and every sample within reach is measured.
    circle = shapely.Point(0, 0).buffer(1_000, quad_segs=256).exterior
    starts, ends = _segments([circle])
    xy = np.array([[0.0, 0.0], [1.0, -2.0], [5_000.0, 0.0]])
    calls = []
    index = SegmentIndex(starts, ends, spacing=10.0)
    within = index._within_reach
    monkeypatch.setattr(index, "_within_reach", lambda p, b: calls.append(len(p)) or within(p, b))
    got = index.distances(xy)
    np.testing.assert_array_equal(got, _geos(starts, ends, xy))
    assert calls == [2]  # near the centre; 4 km off it, the nearest side stands out


def test_far_from_a_dense_cluster(monkeypatch):
    # Far points see the vertices of a city-scale cluster at nearly the same
    # distance: the neighbours do not settle them, the samples within reach do.
    rng = np.random.default_rng(3)
    walk = np.cumsum(rng.normal(0, 20, (4_000, 2)), axis=0)
    starts, ends = _segments([shapely.LineString(walk)])
    angle = rng.uniform(0, 2 * np.pi, 2_000)
    xy = np.column_stack([np.cos(angle), np.sin(angle)]) * rng.uniform(5e4, 3e5, (2_000, 1))
    index = SegmentIndex(starts, ends)
    calls = []
    within = index._within_reach
    monkeypatch.setattr(index, "_within_reach", lambda p, b: calls.append(len(p)) or within(p, b))
    np.testing.assert_array_equal(index.distances(xy), _geos(starts, ends, xy))
    assert calls and calls[0] > 0


def test_fewer_samples_than_neighbours():
    starts, ends = np.array([[0.0, 0.0]]), np.array([[10.0, 0.0]])
    got = SegmentIndex(starts, ends, spacing=100.0).distances(np.array([[5.0, 3.0], [-4.0, 3.0]]))
    np.testing.assert_array_equal(got, [3.0, 5.0])


def test_one_neighbour_leaves_the_rest_to_the_samples_within_reach(monkeypatch):
    # Fewer neighbours means more points are measured against every sample
    # within reach; the answers stay the same.
    rng = np.random.default_rng(4)
    walk = np.cumsum(rng.normal(0, 50, (2_000, 2)), axis=0)
    starts, ends = _segments([shapely.LineString(walk)])
    xy = walk[::3] + rng.normal(0, 200, (len(walk[::3]), 2))
    expected = _geos(starts, ends, xy)
    monkeypatch.setattr(nearest, "NEIGHBOURS", 1)
    np.testing.assert_array_equal(SegmentIndex(starts, ends).distances(xy), expected)


def test_no_segment_is_refused():
    with pytest.raises(ValueError, match="at least one segment"):
        SegmentIndex(np.empty((0, 2)), np.empty((0, 2)))


def test_lower_bounds_never_exceed_the_distance():
    rng = np.random.default_rng(5)
    walk = np.cumsum(rng.normal(0, 500, (2_000, 2)), axis=0) + 100_000
    long_edges = shapely.LineString(rng.uniform(0, 300_000, (12, 2)))
    starts, ends = _segments([shapely.LineString(walk), long_edges])
    index = SegmentIndex(starts, ends)
    xy = rng.uniform(-200_000, 500_000, (5_000, 2))
    exact = index.distances(xy)
    points = index.lower_bounds(xy, xy)
    assert (points <= exact).all() and (points > 0).any()
    # A rectangle's bound holds for every point inside it.
    lo = xy - rng.uniform(0, 10_000, xy.shape)
    cells = index.lower_bounds(lo, lo + 10_000)
    assert (cells <= points).all()
    # Far from the segments the bound is mostly close to the distance.
    far = exact > 100_000
    assert far.any() and np.median(points[far] / exact[far]) > 0.8


def test_few_points_measured_in_one_pass_give_the_same_floats():
    # Up to _SMALL_QUERY points every candidate is measured at once; more are
    # measured column by column (a running minimum over the rows whose candidate
    # prefix reaches the column). Both give GEOS's floats.
    rng = np.random.default_rng(11)
    walk = np.cumsum(rng.normal(0, 40, (2_000, 2)), axis=0)
    starts, ends = _segments([shapely.LineString(walk)])
    index = SegmentIndex(starts, ends)
    xy = walk[::2] + rng.normal(0, 500, (len(walk[::2]), 2))
    assert len(xy) > nearest._SMALL_QUERY
    many = index.distances(xy)
    few = np.concatenate([index.distances(xy[i : i + 100]) for i in range(0, len(xy), 100)])
    np.testing.assert_array_equal(many, few)
    np.testing.assert_array_equal(many, _geos(starts, ends, xy))


def test_every_sample_within_reach_of_many_points_gives_geos_floats():
    # Blocks of points with from one to hundreds of samples within reach
    # each, reduced per point: the smallest is GEOS's distance.
    rng = np.random.default_rng(5)
    walk = np.cumsum(rng.normal(0, 60, (1_500, 2)), axis=0)
    starts, ends = _segments([shapely.LineString(walk)])
    index = SegmentIndex(starts, ends, spacing=200.0)
    xy = walk[::3] + rng.normal(0, 2_000, (len(walk[::3]), 2))
    xy = np.concatenate([xy] * 9)
    assert len(xy) > nearest._BLOCK_POINTS
    exact = _geos(starts, ends, xy)
    bound = exact * rng.uniform(1.0, 1.5, len(xy)) + rng.uniform(0.0, 300.0, len(xy))
    np.testing.assert_array_equal(index._within_reach(xy, bound), exact)
