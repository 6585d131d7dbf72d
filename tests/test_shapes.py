"""Polygon clean-up after cutting ground: only polygons larger than a sliver are kept."""

from __future__ import annotations

import shapely
from shapely.geometry import GeometryCollection, LineString, Point, box

from geo.control.shapes import SLIVER_DEG2, drop_slivers, kept_parts, polygonal


def test_lines_points_and_slivers_are_dropped() -> None:
    square = box(36.0, 35.0, 36.5, 35.5)
    sliver = box(37.0, 35.0, 37.0 + 1e-5, 35.0 + 1e-5)  # 1e-10 square degrees
    mixed = GeometryCollection([square, sliver, LineString([(38, 35), (38.1, 35)]), Point(39, 35)])
    assert shapely.equals(polygonal(mixed), square)
    assert shapely.equals(drop_slivers(mixed), square)
    assert sliver.area < SLIVER_DEG2 < square.area


def test_nothing_left_is_an_empty_polygonal_shape() -> None:
    line = LineString([(36, 35), (36.1, 35)])
    assert polygonal(line).is_empty and polygonal(line).geom_type == "MultiPolygon"
    assert drop_slivers(line).is_empty and drop_slivers(line).geom_type == "MultiPolygon"


def test_an_invalid_cut_is_made_valid_before_it_is_kept() -> None:
    bowtie = shapely.Polygon([(36, 35), (36.2, 35.2), (36.2, 35), (36, 35.2)])
    kept = polygonal(bowtie)
    assert kept.is_valid and abs(kept.area - 0.02) < 1e-9


def test_the_mask_keeps_polygons_larger_than_a_sliver() -> None:
    parts = shapely.get_parts(
        GeometryCollection([box(36, 35, 36.5, 35.5), box(37, 35, 37.00001, 35.00001), Point(1, 1)])
    )
    assert kept_parts(parts).tolist() == [True, False, False]
