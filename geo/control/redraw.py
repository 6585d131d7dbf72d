"""Redrawing control areas: paint a faction's area into a new layer version.

The newly drawn area takes precedence: it is cut out of every other faction,
so the result never has overlapping factions, and it is clipped to the ground
the layer already covers, so the layer's extent (Syria) does not change.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import geopandas as gpd
import shapely
from shapely.geometry.base import BaseGeometry

from geo.control.layers import ControlLayer, validate_layer
from geo.control.shapes import polygonal
from geo.record import FACTIONS


def paint_area(
    layer: ControlLayer,
    faction: str,
    area: BaseGeometry | dict[str, Any],
    *,
    on: date,
    note: str = "",
) -> ControlLayer:
    """Return a new layer in which ``faction`` holds ``area``.

    Parameters
    ----------
    layer : ControlLayer
        The layer to start from (usually the one in force on ``on``).
    faction : str
        One of :data:`geo.record.FACTIONS`.
    area : shapely geometry or GeoJSON geometry dict
        The drawn (Multi)Polygon in WGS84 longitude/latitude.
    on : datetime.date
        The date of the new layer version.
    note : str, optional
        Recorded in the features' ``notes``.

    Returns
    -------
    ControlLayer
        The new version (not yet written: see :func:`geo.output.export.write_layer`),
        validated: no overlaps, valid geometries.

    Raises
    ------
    ValueError
        If the faction is unknown or the area is not a polygon inside the layer.
    """
    if faction not in FACTIONS:
        raise ValueError(f"`faction` was {faction!r} but is expected to be in {FACTIONS}")
    geom = shapely.geometry.shape(area) if isinstance(area, dict) else area
    if geom.geom_type not in ("Polygon", "MultiPolygon"):
        raise ValueError(f"drawn area is a {geom.geom_type}, expected a polygon")
    geom = shapely.make_valid(geom)
    extent = shapely.union_all(layer.gdf.geometry.to_numpy())
    geom = polygonal(shapely.intersection(geom, extent))
    if geom.is_empty:
        raise ValueError("drawn area lies outside the layer's extent")
    shapes: dict[str, BaseGeometry] = {}
    for row_faction, row_geom in zip(layer.gdf["faction"], layer.gdf.geometry, strict=True):
        if row_faction == faction:
            shapes[row_faction] = shapely.union(row_geom, geom)
        else:
            shapes[row_faction] = polygonal(shapely.difference(row_geom, geom))
    shapes.setdefault(faction, geom)
    rows = [(f, g) for f, g in shapes.items() if not g.is_empty]
    notes = note or f"redrawn on {on.isoformat()}: {faction} area changed"
    gdf = gpd.GeoDataFrame(
        {
            "faction": [f for f, _ in rows],
            "date": on.isoformat(),
            "notes": notes,
        },
        geometry=[shapely.normalize(g) for _, g in rows],
        crs="EPSG:4326",
    )
    validate_layer(gdf, f"{on.isoformat()}.geojson")
    return ControlLayer(date=on, path=f"{on.isoformat()}.geojson", gdf=gdf)
