"""Spatial join of geocoded events with the control layers.

Each event is matched with the layer in force on its date (see
:func:`geo.layers.layer_for_date`) and gets the faction holding the ground
under it and its distance to the nearest ground ISIS held on that date.
"""

from __future__ import annotations

from collections.abc import Sequence

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo.layers import ControlLayer

#: Metric CRS for distances: UTM zone 37N covers western Syria and stays
#: within about 0.1 % in scale over the rest of the country.
DISTANCE_CRS = "EPSG:32637"
#: Points this close (km) to a faction's polygon but outside all of them take its faction.
DEFAULT_SNAP_KM = 1.0
#: Longest segment, in metres, of the ISIS boundary pieces indexed for distances.
SEGMENT_LENGTH_M = 5_000.0


def _layer_index(points: gpd.GeoDataFrame, layers: Sequence[ControlLayer], date_column: str):
    """Return, per row, the position in ``layers`` of the layer in force (vectorised)."""
    layer_days = np.array([np.datetime64(layer.date, "D") for layer in layers])
    if date_column not in points.columns:
        return np.zeros(len(points), dtype=np.intp)
    days = pd.to_datetime(points[date_column], errors="coerce").to_numpy().astype("datetime64[D]")
    index = np.searchsorted(layer_days, days, side="right") - 1
    index[(index < 0) | np.isnat(days)] = 0
    return index


def _factions_at(points: gpd.GeoSeries, layer: ControlLayer) -> np.ndarray:
    """Return the faction holding each point (None outside every polygon)."""
    factions = np.full(len(points), None, dtype=object)
    frame = gpd.GeoDataFrame(geometry=points.reset_index(drop=True), crs=points.crs)
    # Polygons on the left: the spatial index holds the points and each
    # (prepared) polygon tests the candidate points inside its envelope.
    hits = gpd.sjoin(layer.gdf, frame, how="inner", predicate="contains")
    hits = hits[~hits["index_right"].duplicated(keep="first")]
    factions[hits["index_right"].to_numpy()] = hits["faction"].to_numpy()
    return factions


def _boundary_segments(gdf: gpd.GeoDataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Cut the polygons' boundaries (in ``DISTANCE_CRS``) into short segments.

    Returns the segments and, for each, the row position of its polygon.
    """
    boundaries = gdf.to_crs(DISTANCE_CRS).boundary.to_numpy()
    rings, polygon_of = shapely.get_parts(boundaries, return_index=True)
    rings = shapely.segmentize(rings, SEGMENT_LENGTH_M)
    coords, ring_of = shapely.get_coordinates(rings, return_index=True)
    # One two-vertex line per consecutive vertex pair of the same ring keeps
    # every index envelope small, so nearest queries stay logarithmic.
    same_ring = ring_of[:-1] == ring_of[1:]
    segments = shapely.linestrings(
        np.stack([coords[:-1][same_ring], coords[1:][same_ring]], axis=1)
    )
    return segments, polygon_of[ring_of[:-1][same_ring]]


def _nearest_m(
    projected: np.ndarray, segments: np.ndarray, max_distance: float | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Return, per point, the nearest segment's position (-1 if none) and distance (m)."""
    nearest = np.full(len(projected), -1, dtype=np.intp)
    metres = np.full(len(projected), np.nan)
    if len(projected) == 0 or len(segments) == 0:
        return nearest, metres
    tree = shapely.STRtree(segments)
    (point_at, segment_at), found = tree.query_nearest(
        projected, max_distance=max_distance, return_distance=True, all_matches=False
    )
    nearest[point_at] = segment_at
    metres[point_at] = found
    return nearest, metres


def _snap_to_coast(
    projected: np.ndarray, factions: np.ndarray, layer: ControlLayer, snap_km: float
) -> None:
    """Give points just outside every polygon (offshore by a few hundred m) the nearest faction."""
    outside = np.flatnonzero(pd.isna(factions))
    if snap_km <= 0 or outside.size == 0:
        return
    segments, polygon_of = _boundary_segments(layer.gdf)
    nearest, _ = _nearest_m(projected[outside], segments, max_distance=snap_km * 1000.0)
    found = nearest >= 0
    factions[outside[found]] = layer.gdf["faction"].to_numpy()[polygon_of[nearest[found]]]


def _isis_distance_km(
    projected: np.ndarray, factions: np.ndarray, layer: ControlLayer
) -> np.ndarray:
    """Return each point's distance to ISIS ground in km (0 inside, NaN without ISIS)."""
    distance = np.full(len(projected), np.nan)
    isis = layer.gdf[layer.gdf["faction"] == "isis"]
    if isis.empty:
        return distance
    inside = factions == "isis"
    distance[inside] = 0.0
    outside = np.flatnonzero(~inside)
    # Outside the polygons the distance to the area is the distance to its
    # boundary; a prepared boundary answers from an index of its segments.
    boundary = shapely.union_all(isis.to_crs(DISTANCE_CRS).boundary.to_numpy())
    shapely.prepare(boundary)
    distance[outside] = shapely.distance(boundary, projected[outside]) / 1000.0
    return distance


def join_control(
    points: gpd.GeoDataFrame,
    layers: Sequence[ControlLayer],
    date_column: str = "event_date",
    snap_km: float = DEFAULT_SNAP_KM,
) -> gpd.GeoDataFrame:
    """Add who held the ground under each point, on the point's date.

    Parameters
    ----------
    points : geopandas.GeoDataFrame
        Events as points (any CRS; none means EPSG:4326). Rows with missing
        or empty geometry pass through unresolved.
    layers : sequence of ControlLayer
        The control layers; each row uses the latest layer dated on or before
        its date, the earliest when none is or the date is missing.
    date_column : str, default "event_date"
        Column of dates (``datetime.date``, timestamps or ISO strings). When
        the column is absent, every row uses the earliest layer.
    snap_km : float, default 1.0
        A point outside every polygon but within this distance of one takes
        that polygon's faction: coastal and border towns whose gazetteer point
        lies a few hundred metres off the simplified outline. 0 disables it.

    Returns
    -------
    geopandas.GeoDataFrame
        A copy of ``points``, same index and row order, with ``controlled_by``
        (faction, or None outside every polygon and for missing geometry),
        ``control_layer`` (the layer's date as ISO string, None for missing
        geometry) and ``dist_to_isis_km`` (distance to ISIS-held ground in
        EPSG:32637, 0 inside it, NaN when unresolved or the layer has no ISIS).

    Raises
    ------
    ValueError
        When ``layers`` is empty.
    """
    if not layers:
        raise ValueError("`layers` is empty: at least one control layer is needed")
    layers = sorted(layers, key=lambda layer: layer.date)
    out = points.copy()
    count = len(out)
    controlled = np.full(count, None, dtype=object)
    layer_iso = np.full(count, None, dtype=object)
    distance = np.full(count, np.nan)

    geometry = out.geometry
    if geometry.crs is None:
        geometry = geometry.set_crs("EPSG:4326")
    elif not geometry.crs.equals("EPSG:4326"):
        geometry = geometry.to_crs("EPSG:4326")
    usable = (~(geometry.isna() | geometry.is_empty)).to_numpy()
    which = _layer_index(out, layers, date_column)

    for position in np.unique(which[usable]):
        rows = np.flatnonzero(usable & (which == position))
        layer = layers[position]
        subset = geometry.iloc[rows]
        factions = _factions_at(subset, layer)
        projected = subset.to_crs(DISTANCE_CRS).to_numpy()
        _snap_to_coast(projected, factions, layer, snap_km)
        controlled[rows] = factions
        layer_iso[rows] = layer.date.isoformat()
        distance[rows] = _isis_distance_km(projected, factions, layer)

    out["controlled_by"] = controlled
    out["control_layer"] = layer_iso
    out["dist_to_isis_km"] = distance
    return out
