"""Polygon clean-up shared by the composed timeline and by redrawn layers.

Cutting one faction's ground out of another's leaves lines, points and
slivers along shared edges; both the painting of dated changes
(:mod:`geo.control.timeline`) and an analyst's redrawing
(:mod:`geo.control.redraw`) keep only the polygons larger than a sliver.
"""

from __future__ import annotations

import numpy as np
import shapely

#: Pieces smaller than this (square degrees, about 100 m²) left by cutting are dropped.
SLIVER_DEG2 = 1e-8


def kept_parts(parts: np.ndarray) -> np.ndarray:
    """Return which of an array of single geometries are polygons larger than a sliver.

    Parameters
    ----------
    parts : numpy.ndarray
        Single-part geometries (as :func:`shapely.get_parts` returns them).

    Returns
    -------
    numpy.ndarray
        A boolean mask, True for a Polygon of more than :data:`SLIVER_DEG2`.
    """
    return (shapely.get_type_id(parts) == 3) & (shapely.area(parts) > SLIVER_DEG2)


def polygonal(geom: shapely.Geometry) -> shapely.Geometry:
    """Return the polygons of a geometry, made valid, larger than a sliver, as one shape.

    Parameters
    ----------
    geom : shapely.Geometry
        Any geometry, e.g. the result of an intersection or a difference.

    Returns
    -------
    shapely.Geometry
        The union of its polygon parts; an empty MultiPolygon when none is left.
    """
    parts = [
        p
        for p in shapely.get_parts(shapely.make_valid(geom))
        if p.geom_type in ("Polygon", "MultiPolygon") and p.area > SLIVER_DEG2
    ]
    return shapely.union_all(parts) if parts else shapely.MultiPolygon()


def drop_slivers(geom: shapely.Geometry) -> shapely.Geometry:
    """Keep the polygons of an overlay's (valid) result that are larger than a sliver.

    Parameters
    ----------
    geom : shapely.Geometry
        A valid geometry.

    Returns
    -------
    shapely.Geometry
        A MultiPolygon of its polygon parts, without a union (fast); empty when none is left.
    """
    parts = shapely.get_parts(geom)
    parts = parts[kept_parts(parts)]
    return shapely.multipolygons(parts) if len(parts) else shapely.MultiPolygon()
