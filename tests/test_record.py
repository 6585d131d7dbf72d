"""The schema: the Syria bounding box with its axis orders named, the column lists."""

from __future__ import annotations

import numpy as np
import shapely

from geo.ingest.points import lonlat_points
from geo.record import (
    CONTROL_COLUMNS,
    EVENT_COLUMNS,
    JOINED_COLUMNS,
    SYRIA_BOUNDS,
    SYRIA_CHECK_BOUNDS,
    BBox,
    ordered_columns,
)


def test_the_box_names_its_axis_orders() -> None:
    box = BBox(west=35.6, south=32.3, east=42.4, north=37.4)
    assert box.xy_bounds == (35.6, 32.3, 42.4, 37.4)  # shapely's (minx, miny, maxx, maxy)
    assert box.leaflet_corners == [[32.3, 35.6], [37.4, 42.4]]  # Leaflet's [lat, lon] corners
    assert shapely.box(*box.xy_bounds).bounds == box.xy_bounds


def test_the_check_box_is_the_extent_with_a_margin() -> None:
    assert SYRIA_CHECK_BOUNDS == BBox(west=35.3, south=32.0, east=42.7, north=37.7)
    assert SYRIA_BOUNDS.padded(0) == SYRIA_BOUNDS


def test_contains_takes_lon_then_lat_and_rejects_nan() -> None:
    talbiseh = (36.73, 34.84)  # lon, lat
    assert SYRIA_BOUNDS.contains(*talbiseh)
    assert not SYRIA_BOUNDS.contains(*reversed(talbiseh))  # swapped: in the sea
    lon = np.array([36.73, 34.84, np.nan, 2.35])
    lat = np.array([34.84, 36.73, 34.84, 48.85])
    assert SYRIA_BOUNDS.contains(lon, lat).tolist() == [True, False, False, False]


def test_points_from_lon_lat_leave_unknown_coordinates_missing() -> None:
    points = lonlat_points([36.73, np.nan, 38.1], [34.84, 35.0, None])
    assert points.crs == "EPSG:4326"
    assert points.isna().tolist() == [False, True, True]
    assert (points[0].x, points[0].y) == (36.73, 34.84)


def test_columns_follow_the_schema_then_extras_without_geometry() -> None:
    columns = ["geometry", "fatalities", "controlled_by", "event_id", "latitude"]
    assert ordered_columns(columns) == ["event_id", "latitude", "controlled_by", "fatalities"]


def test_the_join_columns_are_event_columns_in_order() -> None:
    assert [c for c in EVENT_COLUMNS if c in JOINED_COLUMNS] == list(JOINED_COLUMNS)
    assert JOINED_COLUMNS[: len(CONTROL_COLUMNS)] == CONTROL_COLUMNS
