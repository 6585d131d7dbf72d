"""Spatial join of geocoded events with the control layers.

Each event is matched with the layer in force on its date (see
:func:`geo.layers.layer_for_date`) and gets the faction holding the ground
under it and its distance to the nearest ground ISIS held on that date.

The work is done on coordinate arrays: point-in-polygon tests with
:func:`shapely.contains_xy` against each faction's prepared polygon,
distances against a prepared boundary, both split over the machine's cores
(shapely releases the GIL), so a million points take about a second.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import shapely
from pyproj import Transformer

from geo.control.layers import ControlLayer
from geo.control.timeline import Timeline
from geo.record import CERTAINTIES, FACTIONS

#: Metric CRS for distances: UTM zone 37N covers western Syria and stays
#: within about 0.1 % in scale over the rest of the country.
DISTANCE_CRS = "EPSG:32637"
#: Points this close (km) to a faction's polygon but outside all of them take its faction.
DEFAULT_SNAP_KM = 1.0
#: Longest segment, in metres, of the ISIS boundary pieces indexed for distances.
SEGMENT_LENGTH_M = 5_000.0
#: Fewest points per thread: below it, threads cost more than they save.
MIN_CHUNK = 100_000
#: Side, in metres, of the grid cells that pick the candidate segments of each point
#: for distances (about 7 of the ISIS boundary's ~170 segments at 10 km).
CELL_M = 10_000.0
#: Most grid cells: points spread wider get larger cells.
MAX_CELLS = 1 << 20
#: Margin, in metres, for rounding when candidate segments are picked.
CELL_TOLERANCE_M = 1.0
#: Points measured in one vectorised pass (bounds the memory of the point-segment pairs).
POINTS_PER_PASS = 65_536

_STRING = pd.StringDtype("pyarrow", na_value=np.nan)


def _in_chunks(func: Callable[..., np.ndarray], *arrays: np.ndarray) -> np.ndarray:
    """Apply ``func`` to equal slices of ``arrays`` on a thread per core; concatenate."""
    count = len(arrays[0])
    workers = min(os.cpu_count() or 1, count // MIN_CHUNK)
    if workers <= 1:
        return func(*arrays)
    bounds = np.linspace(0, count, workers + 1).astype(int)
    with ThreadPoolExecutor(workers) as pool:
        parts = pool.map(
            lambda start, stop: func(*(a[start:stop] for a in arrays)), bounds[:-1], bounds[1:]
        )
        return np.concatenate(list(parts))


def _prepared(geometry: shapely.Geometry) -> shapely.Geometry:
    """Return a prepared copy (GEOS builds prepared indexes lazily: one copy per thread)."""
    copy = shapely.from_wkb(shapely.to_wkb(geometry))
    shapely.prepare(copy)
    return copy


def _faction_codes(x: np.ndarray, y: np.ndarray, layer: ControlLayer) -> np.ndarray:
    """Return, per point, the row in ``layer.gdf`` of the polygon holding it (-1: none)."""
    codes = np.full(len(x), -1, dtype=np.intp)
    for row, polygon in enumerate(layer.gdf.geometry.to_numpy()):
        if polygon is None or polygon.is_empty:
            continue
        xmin, ymin, xmax, ymax = polygon.bounds
        candidates = np.flatnonzero(
            (codes < 0) & (x >= xmin) & (x <= xmax) & (y >= ymin) & (y <= ymax)
        )
        wkb = shapely.to_wkb(polygon)

        def contains(xs: np.ndarray, ys: np.ndarray, wkb: bytes = wkb) -> np.ndarray:
            return shapely.contains_xy(_prepared(shapely.from_wkb(wkb)), xs, ys)

        codes[candidates[_in_chunks(contains, x[candidates], y[candidates])]] = row
    return codes


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
    px: np.ndarray, py: np.ndarray, codes: np.ndarray, layer: ControlLayer, snap_km: float
) -> None:
    """Give points just outside every polygon (offshore by a few hundred m) the nearest faction."""
    outside = np.flatnonzero(codes < 0)
    if snap_km <= 0 or outside.size == 0:
        return
    segments, polygon_of = _boundary_segments(layer.gdf)
    projected = shapely.points(px[outside], py[outside])
    nearest, _ = _nearest_m(projected, segments, max_distance=snap_km * 1000.0)
    found = nearest >= 0
    codes[outside[found]] = polygon_of[nearest[found]]


def boundary_segments(boundary: shapely.Geometry) -> tuple[np.ndarray, np.ndarray]:
    """Return the start and end vertices of every segment of a (multi)line geometry.

    Parameters
    ----------
    boundary : shapely.Geometry
        A LineString, LinearRing, MultiLineString or collection of them.

    Returns
    -------
    tuple of numpy.ndarray
        Two ``(n, 2)`` arrays of segment starts and ends, in the order of the
        geometry's vertices; zero-length segments are left out (their vertex is
        the end of the neighbouring segments).
    """
    parts = shapely.get_parts(boundary)
    coords, part = shapely.get_coordinates(parts, return_index=True)
    same_part = part[:-1] == part[1:]
    starts, ends = coords[:-1][same_part], coords[1:][same_part]
    keep = (starts != ends).any(axis=1)
    return starts[keep], ends[keep]


def _segment_distance(
    dx: np.ndarray,
    dy: np.ndarray,
    ex: np.ndarray,
    ey: np.ndarray,
    len2: np.ndarray,
    length: np.ndarray,
) -> np.ndarray:
    """Return point-to-segment distances, term for term as GEOS computes them.

    ``dx, dy`` go from the segment's start to the point, ``ex, ey`` from its
    start to its end, ``len2`` is the squared length and ``length`` its root.
    The same operations in the same order as GEOS's ``Distance::pointToSegment``
    give the same floating-point results as :func:`shapely.distance`.
    """
    r = (dx * ex + dy * ey) / len2
    out = np.abs(dy * ex - dx * ey) / len2 * length
    before = r <= 0.0
    out[before] = np.sqrt(dx[before] * dx[before] + dy[before] * dy[before])
    after = r >= 1.0
    fx, fy = dx[after] - ex[after], dy[after] - ey[after]
    out[after] = np.sqrt(fx * fx + fy * fy)
    return out


def _squared_distance(
    dx: np.ndarray, dy: np.ndarray, ex: np.ndarray, ey: np.ndarray, inv_len2: np.ndarray
) -> np.ndarray:
    """Return squared point-to-segment distances by clamped projection (a few ulps off)."""
    t = (dx * ex + dy * ey) * inv_len2
    np.clip(t, 0.0, 1.0, out=t)
    qx, qy = dx - t * ex, dy - t * ey
    return qx * qx + qy * qy


def nearest_segment_distance(
    px: np.ndarray,
    py: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    cell: float = CELL_M,
) -> np.ndarray:
    """Return each point's exact distance to the nearest of a set of segments.

    Points are binned on a square grid. For the centre ``c`` of a cell with
    half-diagonal ``h``, every point ``p`` of the cell has
    ``|d(p, s) - d(c, s)| <= h`` for any segment ``s``, so only segments with
    ``d(c, s) <= min d(c, .) + 2 h`` can be nearest to a point of the cell:
    a handful of a boundary's segments instead of all. Each point is measured
    against its cell's candidates; the few within rounding of the smallest
    are measured again with GEOS's formula (see :func:`_segment_distance`),
    so the result equals :func:`shapely.distance` to the union of the
    segments (to the last bit on GEOS 3.14) at a fraction of its cost.

    Parameters
    ----------
    px, py : numpy.ndarray
        Point coordinates in a projected CRS (metres).
    starts, ends : numpy.ndarray
        ``(n, 2)`` segment vertices in the same CRS, as
        :func:`boundary_segments` gives them; no zero-length segment.
    cell : float, default :data:`CELL_M`
        Grid cell side; larger for points spread so wide that the grid would
        pass :data:`MAX_CELLS`.

    Returns
    -------
    numpy.ndarray
        Distances, NaN where a coordinate is not finite or there is no segment.
    """
    out = np.full(len(px), np.nan)
    finite = np.flatnonzero(np.isfinite(px) & np.isfinite(py))
    if finite.size == 0 or len(starts) == 0:
        return out
    x, y = px[finite], py[finite]
    ax, ay = starts[:, 0], starts[:, 1]
    ex, ey = ends[:, 0] - ax, ends[:, 1] - ay
    len2 = ex * ex + ey * ey
    length, inv_len2 = np.sqrt(len2), 1.0 / len2

    # Grid of the points; only occupied cells are measured.
    x0, y0 = x.min(), y.min()
    span = max(x.max() - x0, 1.0) * max(y.max() - y0, 1.0)
    cell = max(cell, float(np.sqrt(span / MAX_CELLS)))
    ix = ((x - x0) // cell).astype(np.intp)
    iy = ((y - y0) // cell).astype(np.intp)
    rows = int(iy.max()) + 1
    flat_cell = ix * rows + iy
    occupied = np.flatnonzero(np.bincount(flat_cell))
    lookup = np.zeros(int(flat_cell.max()) + 1, dtype=np.intp)
    lookup[occupied] = np.arange(len(occupied))
    # Candidates of each cell as one flat list, with each cell's offset and count,
    # found with a spatial index of the segments: the nearest segment to the
    # cell's centre, then every segment within that distance plus the slack.
    slack = 2.0 * cell * np.sqrt(0.5) + CELL_TOLERANCE_M
    tree = shapely.STRtree(shapely.linestrings(np.stack([starts, ends], axis=1)))
    centres = shapely.points(
        x0 + (occupied // rows + 0.5) * cell, y0 + (occupied % rows + 0.5) * cell
    )
    (_, _), closest = tree.query_nearest(centres, return_distance=True, all_matches=False)
    cell_at, segment_of = tree.query(centres, predicate="dwithin", distance=closest + slack)
    order = np.lexsort((segment_of, cell_at))
    cell_at, segment_of = cell_at[order], segment_of[order]
    counts = np.bincount(cell_at, minlength=len(occupied))
    offsets = np.cumsum(counts) - counts

    def nearest(xs: np.ndarray, ys: np.ndarray, cells: np.ndarray) -> np.ndarray:
        n = counts[cells]
        first = np.cumsum(n) - n
        point = np.repeat(np.arange(len(xs)), n)
        seg = segment_of[np.repeat(offsets[cells] - first, n) + np.arange(int(n.sum()))]
        dx, dy = xs[point] - ax[seg], ys[point] - ay[seg]
        sx, sy = ex[seg], ey[seg]
        d2 = _squared_distance(dx, dy, sx, sy, inv_len2[seg])
        smallest = np.minimum.reduceat(d2, first)
        close = np.flatnonzero(d2 <= np.repeat(smallest * (1 + 1e-8) + 1e-6, n))
        seg = seg[close]
        exact = _segment_distance(
            dx[close], dy[close], sx[close], sy[close], len2[seg], length[seg]
        )
        point = point[close]
        return np.minimum.reduceat(exact, np.flatnonzero(np.r_[True, point[1:] != point[:-1]]))

    def in_slices(xs: np.ndarray, ys: np.ndarray, cells: np.ndarray) -> np.ndarray:
        bounds = range(0, len(xs), POINTS_PER_PASS)
        parts = [
            nearest(
                xs[i : i + POINTS_PER_PASS],
                ys[i : i + POINTS_PER_PASS],
                cells[i : i + POINTS_PER_PASS],
            )
            for i in bounds
        ]
        return np.concatenate(parts)

    out[finite] = _in_chunks(in_slices, x, y, lookup[flat_cell])
    return out


def _isis_distance_km(
    px: np.ndarray, py: np.ndarray, codes: np.ndarray, layer: ControlLayer
) -> np.ndarray:
    """Return each point's distance to ISIS ground in km (0 inside, NaN without ISIS)."""
    distance = np.full(len(px), np.nan)
    is_isis = (layer.gdf["faction"] == "isis").to_numpy()
    if not is_isis.any():
        return distance
    inside = is_isis[codes] & (codes >= 0)
    distance[inside] = 0.0
    outside = np.flatnonzero(~inside)
    # Outside the polygons the distance to the area is the distance to its
    # boundary: the nearest of its (noded) segments.
    isis = layer.gdf[is_isis]
    boundary = shapely.union_all(isis.to_crs(DISTANCE_CRS).boundary.to_numpy())
    starts, ends = boundary_segments(boundary)
    distance[outside] = nearest_segment_distance(px[outside], py[outside], starts, ends) / 1000.0
    return distance


def _coordinates(geometry: gpd.GeoSeries) -> tuple[np.ndarray, np.ndarray]:
    """Return x and y of each geometry (its centroid when it is not a point)."""
    geoms = geometry.to_numpy()
    not_point = shapely.get_type_id(geoms) != 0
    if not_point.any():
        geoms = np.where(not_point, shapely.centroid(geoms), geoms)
    return shapely.get_x(geoms), shapely.get_y(geoms)


def _lon_lat(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Return the ``longitude`` and ``latitude`` columns of a frame without geometry as floats."""
    missing = [c for c in ("longitude", "latitude") if c not in frame.columns]
    if missing:
        raise ValueError(
            f"`points` has no geometry and no {' or '.join(missing)} column: "
            "expected a GeoDataFrame or longitude and latitude columns"
        )
    x = pd.to_numeric(frame["longitude"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    y = pd.to_numeric(frame["latitude"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    nan = np.isnan(x) | np.isnan(y)
    return np.where(nan, np.nan, x), np.where(nan, np.nan, y)


def _strings(codes: np.ndarray, labels: Sequence[str | None]) -> pd.arrays.ArrowStringArray:
    """Return ``labels[code]`` per row as a string array (missing where the label is None)."""
    table = pa.array([*labels, None], type=pa.string())
    values = table.take(pa.array(np.where(codes < 0, len(labels), codes)))
    return pd.array(values, dtype=_STRING)


def _days(points: pd.DataFrame, date_column: str) -> np.ndarray:
    """Return each row's date as datetime64[D] (NaT when missing or unreadable)."""
    if date_column not in points.columns:
        return np.full(len(points), np.datetime64("NaT"), dtype="datetime64[D]")
    stamps = pd.to_datetime(points[date_column], errors="coerce")
    return stamps.to_numpy().astype("datetime64[D]")


def _decisive_change(
    x: np.ndarray, y: np.ndarray, days: np.ndarray, held: np.ndarray, timeline: Timeline
) -> np.ndarray:
    """Return, per point, the position of the latest change in force whose area holds it (-1)."""
    decided = np.full(len(x), -1, dtype=np.intp)
    if not timeline.changes:
        return decided
    rows = np.flatnonzero(held & ~np.isnat(days))
    if rows.size == 0:
        return decided
    tree = timeline.change_tree
    point_at, change_at = tree.query(shapely.points(x[rows], y[rows]), predicate="intersects")
    change_days = timeline.change_days[change_at]
    since = timeline.snapshot_days[timeline.snapshot_index(days[rows])][point_at]
    valid = (change_days <= days[rows][point_at]) & (change_days > since)
    np.maximum.at(decided, rows[point_at[valid]], change_at[valid])
    return decided


def control_codes(
    x: np.ndarray,
    y: np.ndarray,
    days: np.ndarray,
    timeline: Timeline,
    snap_km: float = DEFAULT_SNAP_KM,
) -> dict[str, np.ndarray]:
    """Return who held each point on its day, what decided it and its distances.

    Parameters
    ----------
    x, y : numpy.ndarray
        Longitudes and latitudes (EPSG:4326); rows with NaN stay unresolved.
    days : numpy.ndarray
        datetime64[D] per point (NaT: the first layer).
    timeline : Timeline
        The control layers and changes.
    snap_km : float, default 1.0
        See :func:`join_control`.

    Returns
    -------
    dict of numpy.ndarray
        ``faction`` (position in :data:`geo.record.FACTIONS`, -1 none),
        ``snapshot`` (position of the layer in force), ``change`` (position of
        the deciding change, -1 none), ``isis_km``, ``front_km`` and
        ``accuracy_km``.
    """
    n = len(x)
    faction = np.full(n, -1, dtype=np.intp)
    usable = ~(np.isnan(x) | np.isnan(y))
    snapshot = timeline.snapshot_index(days)
    to_metres = Transformer.from_crs("EPSG:4326", DISTANCE_CRS, always_xy=True)
    px, py = np.full(n, np.nan), np.full(n, np.nan)
    px[usable], py[usable] = to_metres.transform(x[usable], y[usable])
    for position in np.unique(snapshot[usable]):
        rows = np.flatnonzero(usable & (snapshot == position))
        layer = timeline.snapshots[position]
        codes = _faction_codes(x[rows], y[rows], layer)
        _snap_to_coast(px[rows], py[rows], codes, layer, snap_km)
        row_faction = np.array([FACTIONS.index(f) for f in layer.gdf["faction"]] + [-1])
        faction[rows] = row_faction[codes]
    change = _decisive_change(x, y, days, faction >= 0, timeline)
    if timeline.changes:
        to = np.array([FACTIONS.index(c.to_faction) for c in timeline.changes])
        faction[change >= 0] = to[change[change >= 0]]

    isis_km, front_km = np.full(n, np.nan), np.full(n, np.nan)
    state = timeline.state_index(days)
    for position in np.unique(state[usable]):
        rows = np.flatnonzero(usable & (state == position))
        segments = timeline.segments(int(position))
        own = faction[rows]
        best = np.full(len(rows), np.inf)
        for name, (starts, ends) in segments.items():
            code = FACTIONS.index(name)
            other = np.flatnonzero(own != code)
            metres = nearest_segment_distance(px[rows][other], py[rows][other], starts, ends)
            if name == "isis":
                isis_km[rows[other]] = metres / 1000.0
                isis_km[rows[own == code]] = 0.0
            held = own[other] >= 0
            best[other[held]] = np.fmin(best[other[held]], metres[held])
        front_km[rows] = np.where(np.isfinite(best), best / 1000.0, np.nan)
    accuracy = timeline.accuracy_at(x, y)
    return {
        "faction": faction,
        "snapshot": snapshot,
        "change": change,
        "isis_km": isis_km,
        "front_km": front_km,
        "accuracy_km": accuracy,
    }


def join_control(
    points: gpd.GeoDataFrame | pd.DataFrame,
    layers: Sequence[ControlLayer] | Timeline,
    date_column: str = "event_date",
    snap_km: float = DEFAULT_SNAP_KM,
) -> gpd.GeoDataFrame | pd.DataFrame:
    """Add who held the ground under each point, on the point's own date.

    Parameters
    ----------
    points : geopandas.GeoDataFrame or pandas.DataFrame
        Events as points (any CRS; none means EPSG:4326; other geometries
        count at their centroid). Rows with missing or empty geometry pass
        through unresolved. A DataFrame without geometry (as
        :func:`geo.points.read_points_frame` gives) needs ``longitude`` and
        ``latitude`` columns in EPSG:4326, NaN where unknown: no Point is
        built, which saves most of the time of a million-row join.
    layers : sequence of ControlLayer or Timeline
        The control layers, or a :class:`geo.control.timeline.Timeline` (layers
        and dated changes). Each row gets the control in force on its date:
        the latest layer dated on or before it with the changes dated after
        that layer and on or before the row's date; the earliest layer when
        the date is missing or earlier.
    date_column : str, default "event_date"
        Column of dates (``datetime.date``, timestamps or ISO strings). When
        the column is absent, every row uses the earliest layer.
    snap_km : float, default 1.0
        A point outside every polygon but within this distance of one takes
        that polygon's faction: coastal and border towns whose gazetteer point
        lies a few hundred metres off the simplified outline. 0 disables it.

    Returns
    -------
    geopandas.GeoDataFrame or pandas.DataFrame
        A copy of ``points`` (of its type), same index and row order, with
        ``controlled_by`` (faction, or missing outside every polygon and for
        missing geometry), ``control_layer`` (what decided it: the change,
        as ``"YYYY-MM-DD place: from to to"``, or the layer's date),
        ``dist_to_isis_km`` (distance to ISIS-held ground in EPSG:32637, 0
        inside it), ``dist_to_front_km`` (distance to the nearest ground held
        by another faction that day) and ``control_certainty`` (``inside``,
        or ``frontline`` when the front is closer than the drawing's accuracy
        there; missing when unresolved).

    Raises
    ------
    ValueError
        When ``layers`` is empty, or ``points`` has neither a geometry nor
        longitude and latitude columns.
    """
    if not layers:
        raise ValueError("`layers` is empty: at least one control layer is needed")
    timeline = layers if isinstance(layers, Timeline) else Timeline.from_parts(list(layers))
    if isinstance(points, gpd.GeoDataFrame):
        geometry = points.geometry
        if geometry.crs is None:
            geometry = geometry.set_crs("EPSG:4326")
        elif not geometry.crs.equals("EPSG:4326"):
            geometry = geometry.to_crs("EPSG:4326")
        x, y = _coordinates(geometry)
    else:
        x, y = _lon_lat(points)
    days = _days(points, date_column)
    result = control_codes(x, y, days, timeline, snap_km)
    usable = ~np.isnan(x)
    out = points.copy()
    out["controlled_by"] = _strings(result["faction"], list(FACTIONS))
    snapshot_labels = [s.date.isoformat() for s in timeline.snapshots]
    change_labels = [c.label for c in timeline.changes]
    label = np.where(
        result["change"] >= 0,
        len(snapshot_labels) + result["change"],
        np.where(usable, result["snapshot"], -1),
    )
    out["control_layer"] = _strings(label, snapshot_labels + change_labels)
    out["dist_to_isis_km"] = result["isis_km"]
    out["dist_to_front_km"] = result["front_km"]
    certainty = np.where(
        np.isnan(result["front_km"]) | (result["faction"] < 0),
        -1,
        (result["front_km"] <= result["accuracy_km"]).astype(np.intp),
    )
    out["control_certainty"] = _strings(certainty, list(CERTAINTIES))
    return out
