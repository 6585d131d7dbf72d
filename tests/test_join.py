from datetime import date

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.geometry import Point, box

import geo.control.join as join_module
from geo.control.join import boundary_segments, join_control, nearest_segment_distance
from geo.control.layers import ControlLayer, layer_for_date
from geo.record import FACTIONS


def values(series):
    """Column values with every missing marker (None, NaN) as None."""
    return [None if pd.isna(v) else v for v in series]


def events(rows, index=None):
    """rows: (lon, lat) or None, event date or None."""
    geometry = [Point(xy) if xy is not None else None for xy, _ in rows]
    return gpd.GeoDataFrame(
        {"event_date": [d for _, d in rows], "quote": [f"q{i}" for i in range(len(rows))]},
        geometry=geometry,
        crs=4326,
        index=index,
    )


OCT_2015 = date(2015, 10, 10)
NOV_2016 = date(2016, 11, 20)


def test_factions_and_layers(layers):
    points = events(
        [
            ((38.996, 35.964), OCT_2015),  # Raqqa
            ((36.561, 35.613), OCT_2015),  # Kafranbel
            ((36.291, 33.510), OCT_2015),  # Damascus
            ((38.277, 34.557), OCT_2015),  # Palmyra
            ((38.277, 34.557), NOV_2016),  # Palmyra
            ((37.952, 36.527), NOV_2016),  # Manbij
            ((37.383, 37.066), NOV_2016),  # Gaziantep, Turkey
        ]
    )
    out = join_control(points, layers)
    assert values(out["controlled_by"]) == [
        "isis",
        "opposition",
        "regime",
        "isis",
        "regime",
        "kurdish",
        None,
    ]
    assert values(out["control_layer"])[:4] == ["2015-09-30"] * 4
    assert values(out["control_layer"])[4].startswith("2016-03-27 Palmyra")
    assert "Manbij" in values(out["control_layer"])[5]


def test_distance_to_isis(layers):
    points = events(
        [
            ((38.996, 35.964), OCT_2015),  # Raqqa: inside
            ((36.561, 35.613), OCT_2015),  # Kafranbel: tens of km away
            ((35.776, 35.513), OCT_2015),  # Latakia
        ]
    )
    out = join_control(points, layers)
    raqqa, kafranbel, latakia = out["dist_to_isis_km"]
    assert raqqa == 0
    assert 40 < kafranbel < 150
    assert latakia > kafranbel


def test_distance_matches_exact_geometry(layers):
    layer = layer_for_date(layers, OCT_2015)
    isis = layer.gdf[layer.gdf["faction"] == "isis"].to_crs(32637).union_all()
    rng = np.random.default_rng(1)
    xy = np.column_stack([rng.uniform(35.8, 42.0, 200), rng.uniform(32.5, 37.2, 200)])
    points = events([(tuple(p), OCT_2015) for p in xy])
    out = join_control(points, layers)
    exact = points.to_crs(32637).distance(isis).to_numpy() / 1000
    resolved = out["controlled_by"].notna().to_numpy()
    np.testing.assert_allclose(out["dist_to_isis_km"][resolved], exact[resolved], atol=1e-6)


def test_missing_geometry_and_dates_pass_through(layers):
    points = events(
        [((36.291, 33.510), None), (None, OCT_2015), ((36.291, 33.510), date(2010, 1, 1))],
        index=[10, 5, 7],
    )
    out = join_control(points, layers)
    assert list(out.index) == [10, 5, 7]
    assert list(out["quote"]) == ["q0", "q1", "q2"]
    assert out.loc[10, "control_layer"] == "2015-09-30"  # no date: earliest
    assert out.loc[7, "control_layer"] == "2015-09-30"  # before every layer: earliest
    assert pd.isna(out.loc[5, "controlled_by"])
    assert pd.isna(out.loc[5, "control_layer"])
    assert np.isnan(out.loc[5, "dist_to_isis_km"])
    assert points.columns.tolist() == ["event_date", "quote", "geometry"]  # input untouched


def test_dates_as_strings_and_timestamps(layers):
    points = events(
        [((38.277, 34.557), "2016-04-02"), ((38.277, 34.557), pd.Timestamp(2015, 11, 1))]
    )
    out = join_control(points, layers)
    assert values(out["control_layer"])[0].startswith("2016-03-27 Palmyra")
    assert values(out["control_layer"])[1] == "2015-09-30"
    assert values(out["controlled_by"]) == ["regime", "isis"]


def test_other_crs_is_reprojected(layers):
    points = events([((38.996, 35.964), OCT_2015)]).to_crs(3857)
    assert join_control(points, layers)["controlled_by"].iloc[0] == "isis"


def test_offshore_coastal_town_snaps(layers):
    tartus = events([((35.883, 34.893), OCT_2015)])  # OCHA point, ~300 m offshore
    assert join_control(tartus, layers)["controlled_by"].iloc[0] == "regime"
    assert join_control(tartus, layers, snap_km=0)["controlled_by"].isna().iloc[0]


def test_layer_without_isis():
    layer = ControlLayer(
        date=date(2015, 1, 1),
        path="x.geojson",
        gdf=gpd.GeoDataFrame({"faction": ["regime"]}, geometry=[box(36, 33, 37, 34)], crs=4326),
    )
    out = join_control(events([((36.5, 33.5), None), ((38.5, 33.5), None)]), [layer])
    assert values(out["controlled_by"]) == ["regime", None]
    assert out["dist_to_isis_km"].isna().all()


def test_empty_inputs(layers):
    out = join_control(events([]), layers)
    assert len(out) == 0 and "controlled_by" in out.columns
    with pytest.raises(ValueError, match="`layers` is empty"):
        join_control(events([((36.5, 33.5), None)]), [])


def test_many_points_agree_with_direct_containment(layers):
    # Speed is measured in bench/; here the vectorised join must agree with a
    # plain per-polygon containment test on many random points.
    n = 4_000
    rng = np.random.default_rng(0)
    points = gpd.GeoDataFrame(
        {"event_date": rng.choice([OCT_2015, NOV_2016, None], n)},
        geometry=gpd.points_from_xy(rng.uniform(35.5, 42.5, n), rng.uniform(32.2, 37.4, n)),
        crs=4326,
    )
    out = join_control(points, layers, snap_km=0)
    for day in (OCT_2015, NOV_2016, None):
        layer = layer_for_date(layers, day)
        rows = (points["event_date"] == day).to_numpy() if day else points["event_date"].isna()
        rows = np.asarray(rows, dtype=bool)
        expected = np.full(rows.sum(), None, dtype=object)
        geoms = points.geometry.to_numpy()[rows]
        for faction, polygon in zip(layer.gdf["faction"], layer.gdf.geometry, strict=True):
            expected[shapely.contains(polygon, geoms)] = faction
        got = (
            out.loc[rows, "controlled_by"]
            .astype(object)
            .where(out.loc[rows, "controlled_by"].notna(), None)
        )
        assert list(got) == list(expected)
    assert out["controlled_by"].notna().mean() > 0.5


def test_frame_without_geometry_equals_geodataframe_path(layers):
    # The CLI joins plain longitude/latitude columns without building Points;
    # it must give exactly what the GeoDataFrame path gives.
    n = 4_000
    rng = np.random.default_rng(1)
    lon, lat = rng.uniform(35.0, 42.9, n), rng.uniform(32.0, 37.6, n)
    lon[rng.random(n) < 0.01] = np.nan
    frame = pd.DataFrame(
        {
            "event_date": rng.choice([OCT_2015, NOV_2016, None], n),
            "latitude": lat,
            "longitude": lon,
        }
    )
    geometry = gpd.points_from_xy(lon, lat, crs=4326)
    geometry[np.isnan(lon)] = None
    expected = pd.DataFrame(join_control(gpd.GeoDataFrame(frame, geometry=geometry), layers))
    got = join_control(frame, layers)
    assert not isinstance(got, gpd.GeoDataFrame)
    pd.testing.assert_frame_equal(got, expected.drop(columns="geometry"))


def test_frame_without_coordinates_is_refused(layers):
    with pytest.raises(ValueError, match="no geometry and no longitude or latitude"):
        join_control(pd.DataFrame({"x": [1.0]}), layers)


def test_nearest_segment_distance_matches_shapely(layers):
    rng = np.random.default_rng(5)
    # The first state, one in the middle and the last: different fronts, same method.
    for layer in (layers[0], layers[len(layers) // 2], layers[-1]):
        isis = layer.gdf[layer.gdf["faction"] == "isis"].to_crs(32637)
        boundary = shapely.union_all(isis.boundary.to_numpy())
        starts, ends = boundary_segments(boundary)
        # Points over Syria and around it, a few far away, and the boundary's own vertices.
        px = np.concatenate(
            [rng.uniform(2e5, 9e5, 20_000), rng.uniform(-3e6, 4e6, 50), starts[:, 0]]
        )
        py = np.concatenate(
            [rng.uniform(3.5e6, 4.2e6, 20_000), rng.uniform(-1e6, 9e6, 50), starts[:, 1]]
        )
        exact = shapely.distance(boundary, shapely.points(px, py))
        got = nearest_segment_distance(px, py, starts, ends)
        np.testing.assert_allclose(got, exact, rtol=0, atol=1e-6)  # metres
        assert (got[-len(starts) :] == 0).all()


def test_nearest_segment_distance_edge_cases():
    ring = shapely.LineString([(0, 0), (0, 0), (10, 0), (10, 10), (0, 0)])
    starts, ends = boundary_segments(ring)
    assert len(starts) == 3  # the zero-length segment is left out
    px = np.array([5.0, 20.0, np.nan, np.inf, -3.0])
    py = np.array([-1.0, 10.0, 0.0, 0.0, -4.0])
    got = nearest_segment_distance(px, py, starts, ends)
    np.testing.assert_allclose(got[[0, 1, 4]], [1.0, 10.0, 5.0])
    assert np.isnan(got[2]) and np.isnan(got[3])
    empty = np.empty((0, 2))
    assert np.isnan(nearest_segment_distance(px, py, empty, empty)).all()
    assert len(nearest_segment_distance(np.array([]), np.array([]), starts, ends)) == 0


def test_front_and_isis_distances_match_shapely_on_many_days(layers):
    # Points over the country and packed around Aleppo, on days spread over
    # the whole timeline: each day's state gives the exact distances.
    rng = np.random.default_rng(7)
    days = [layers[0].date, OCT_2015, date(2016, 1, 20), date(2016, 8, 8), NOV_2016]
    days += [date(2016, 12, 10), date(2016, 12, 31)]
    country = np.column_stack([rng.uniform(35.8, 42.0, 60), rng.uniform(32.5, 37.2, 60)])
    aleppo = np.column_stack([rng.uniform(37.05, 37.25, 60), rng.uniform(36.12, 36.28, 60)])
    xy = np.concatenate([country, aleppo])
    for day in days:
        points = events([(tuple(p), day) for p in xy])
        out = join_control(points, layers)
        # The state's pieces, as the join measures them (the merged layer of
        # the day drops a few slivers differently, by a fraction of a metre).
        position = int(layers.state_index(np.array([day], "datetime64[D]"))[0])
        factions, pieces = layers.pieces(position)
        state = gpd.GeoDataFrame({"faction": factions}, geometry=pieces, crs=4326).to_crs(32637)
        metric = points.to_crs(32637).geometry.to_numpy()
        own = out["controlled_by"].to_numpy()
        for i, faction in enumerate(own):
            if pd.isna(faction):
                assert np.isnan(out["dist_to_front_km"].iloc[i])
                continue
            others = state[state["faction"] != faction].geometry.to_numpy()
            front = shapely.distance(metric[i], others).min() / 1000
            assert out["dist_to_front_km"].iloc[i] == pytest.approx(front, abs=1e-6)
        isis = state[state["faction"] == "isis"].geometry.to_numpy()
        exact = shapely.distance(metric[:, None], isis[None, :]).min(axis=1) / 1000
        resolved = out["controlled_by"].notna().to_numpy()
        np.testing.assert_allclose(out["dist_to_isis_km"][resolved], exact[resolved], atol=1e-6)


def _per_faction_distances(layers, points, out):
    """Reference: one nearest query per faction and state, the front the smallest over others."""
    metric = points.to_crs(32637).geometry.to_numpy()
    days = pd.to_datetime(points["event_date"]).to_numpy().astype("datetime64[D]")
    state = layers.state_index(days)
    own = out["controlled_by"].to_numpy()
    isis_km, front_km = np.full(len(points), np.nan), np.full(len(points), np.nan)
    cache: dict[int, dict] = {}
    for i, point in enumerate(metric):
        if int(state[i]) not in cache:
            cache[int(state[i])] = {
                name: shapely.STRtree(shapely.linestrings(np.stack([starts, ends], axis=1)))
                for name, (starts, ends) in layers.segments(int(state[i])).items()
            }
        trees = cache[int(state[i])]
        nearest = {
            name: tree.query_nearest(point, return_distance=True)[1][0]
            for name, tree in trees.items()
        }
        isis_km[i] = 0.0 if own[i] == "isis" else nearest["isis"] / 1000
        others = [m for name, m in nearest.items() if name != own[i]]
        if not pd.isna(own[i]) and others:
            front_km[i] = min(others) / 1000
    return isis_km, front_km


def random_days(layers, rng, n):
    """``n`` days drawn over the whole timeline, from the first layer to the end of 2016."""
    first, last = np.datetime64(layers[0].date), np.datetime64("2016-12-31")
    offsets = rng.integers(0, int((last - first).astype(int)) + 1, n)
    return [d.item() for d in first + offsets.astype("timedelta64[D]")]


def test_one_query_per_point_equals_one_query_per_faction(layers):
    # The join skips a faction whose lower bound is no nearer than the front
    # already found; the result must be exactly what one query per faction gives.
    rng = np.random.default_rng(11)
    n = 1_500
    days = random_days(layers, rng, n)
    country = np.column_stack([rng.uniform(35.6, 42.4, n), rng.uniform(32.3, 37.3, n)])
    aleppo = rng.random(n) < 0.3
    country[aleppo] = np.column_stack(
        [rng.uniform(37.05, 37.25, aleppo.sum()), rng.uniform(36.12, 36.28, aleppo.sum())]
    )
    points = events([(tuple(p), d) for p, d in zip(country, days, strict=True)])
    out = join_control(points, layers)
    isis_km, front_km = _per_faction_distances(layers, points, out)
    resolved = out["controlled_by"].notna().to_numpy()
    assert resolved.mean() > 0.5 and set(out["controlled_by"].dropna()) == set(FACTIONS)
    np.testing.assert_array_equal(out["dist_to_front_km"].to_numpy(), front_km)
    np.testing.assert_array_equal(out["dist_to_isis_km"].to_numpy(), isis_km)


def test_states_composed_ahead_are_those_composed_on_demand(layers):
    import copy

    ahead, on_demand = copy.copy(layers), copy.copy(layers)
    halt = ahead.compose_ahead()
    positions = [0, 1, len(layers) // 2, len(layers) - 1]
    # Asked for while the thread composes: each state is composed once, by either.
    composed = {p: ahead.segment_indexes(p) for p in positions}
    halt()
    for position in positions:
        expected = on_demand.segment_indexes(position)
        assert set(composed[position]) == set(expected)
        for faction, index in expected.items():
            np.testing.assert_array_equal(composed[position][faction].starts, index.starts)
            np.testing.assert_array_equal(composed[position][faction].ends, index.ends)


def test_many_points_path_equals_the_grouped_path(layers, monkeypatch):
    # A join of many points measures state by state as the states are
    # composed; fewer points are measured grouped by shared index. Both must
    # give the same columns, repeated places and places at one point included.
    rng = np.random.default_rng(5)
    n = 2_000
    days = random_days(layers, rng, n)
    xy = np.column_stack([rng.uniform(35.6, 42.4, n), rng.uniform(32.3, 37.3, n)])
    xy[n // 2 :] = xy[: n // 2]  # every place twice, on other days
    points = events([(tuple(p), d) for p, d in zip(xy, days, strict=True)])
    grouped = join_control(points, layers)
    monkeypatch.setattr(join_module, "MIN_CHUNK", 100)
    streamed = join_control(points, layers)
    assert grouped["dist_to_front_km"].notna().sum() > n // 2
    pd.testing.assert_frame_equal(streamed, grouped)
