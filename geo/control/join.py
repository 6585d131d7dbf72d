"""Spatial join of geocoded events with the control layers.

Each event is matched with the layer in force on its date (see
:func:`geo.control.layers.layer_for_date`) and gets the faction holding the ground
under it and its distance to the nearest ground ISIS held on that date.

The work is done on coordinate arrays: point-in-polygon tests with
:func:`shapely.contains_xy` against each faction's prepared polygon (split
over the machine's cores: shapely releases the GIL), and distances to each
faction's boundary segments in the state of control of the point's day
through :class:`geo.control.nearest.SegmentIndex`.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import shapely
from pyproj import Transformer

from geo.control.layers import ControlLayer
from geo.control.nearest import SegmentIndex
from geo.control.timeline import Timeline
from geo.ingest.points import lonlat_arrays
from geo.record import CERTAINTIES, FACTIONS

#: Metric CRS for distances: UTM zone 37N covers western Syria and stays
#: within about 0.1 % in scale over the rest of the country.
DISTANCE_CRS = "EPSG:32637"
#: Points this close (km) to a faction's polygon but outside all of them take its faction.
DEFAULT_SNAP_KM = 1.0
#: Longest segment, in metres, of the boundary pieces indexed for snapping to the coast.
SEGMENT_LENGTH_M = 5_000.0
#: Fewest points per thread: below it, threads cost more than they save.
MIN_CHUNK = 100_000

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


def _snap_to_coast(
    px: np.ndarray, py: np.ndarray, codes: np.ndarray, layer: ControlLayer, snap_km: float
) -> None:
    """Give points just outside every polygon (offshore by a few hundred m) the nearest faction."""
    outside = np.flatnonzero(codes < 0)
    if snap_km <= 0 or outside.size == 0:
        return
    if "coast" not in layer.derived:
        segments, polygon_of = _boundary_segments(layer.gdf)
        layer.derived["coast"] = (shapely.STRtree(segments), polygon_of)
    tree, polygon_of = layer.derived["coast"]
    projected = shapely.points(px[outside], py[outside])
    point_at, segment_at = tree.query_nearest(
        projected, max_distance=snap_km * 1000.0, all_matches=False
    )
    nearest = np.full(len(projected), -1, dtype=np.intp)
    nearest[point_at] = segment_at
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


def nearest_segment_distance(
    px: np.ndarray, py: np.ndarray, starts: np.ndarray, ends: np.ndarray
) -> np.ndarray:
    """Return each point's exact distance to the nearest of a set of segments.

    Parameters
    ----------
    px, py : numpy.ndarray
        Point coordinates in a projected CRS (metres).
    starts, ends : numpy.ndarray
        ``(n, 2)`` segment vertices in the same CRS, as
        :func:`boundary_segments` gives them.

    Returns
    -------
    numpy.ndarray
        Distances (equal to :func:`shapely.distance` to the union of the
        segments), NaN where a coordinate is not finite or there is no segment.
    """
    px, py = np.asarray(px, dtype=float), np.asarray(py, dtype=float)
    out = np.full(len(px), np.nan)
    rows = np.flatnonzero(np.isfinite(px) & np.isfinite(py))
    if len(starts) == 0 or rows.size == 0:
        return out
    out[rows] = SegmentIndex(starts, ends).distances(np.column_stack([px[rows], py[rows]]))
    return out


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
    x, y = lonlat_arrays(frame)
    nan = np.isnan(x) | np.isnan(y)
    return np.where(nan, np.nan, x), np.where(nan, np.nan, y)


def _strings(codes: np.ndarray, labels: Sequence[str | None]) -> pd.arrays.ArrowStringArray:
    """Return ``labels[code]`` per row as a string array (missing where the label is None)."""
    table = pa.array([*labels, None], type=pa.string())
    values = table.take(pa.array(np.where(codes < 0, len(labels), codes)))
    return pd.array(values, dtype=_STRING)


def event_days(points: pd.DataFrame, date_column: str) -> np.ndarray:
    """Return each row's date as datetime64[D] (NaT when missing or unreadable).

    Parameters
    ----------
    points : pandas.DataFrame
        Any table of dated rows.
    date_column : str
        Its column of dates (strings, dates or timestamps); all NaT when absent.

    Returns
    -------
    numpy.ndarray
        One ``datetime64[D]`` per row: the day the control in force is looked up for.
    """
    if date_column not in points.columns:
        return np.full(len(points), np.datetime64("NaT"), dtype="datetime64[D]")
    stamps = pd.to_datetime(points[date_column], errors="coerce")
    return stamps.to_numpy().astype("datetime64[D]")


def _decisive_change(
    days: np.ndarray,
    held: np.ndarray,
    pairs: tuple[np.ndarray, np.ndarray],
    timeline: Timeline,
) -> np.ndarray:
    """Return, per point, the position of the latest change in force whose area holds it (-1).

    ``pairs`` are :meth:`Timeline.areas_holding` of the points.
    """
    decided = np.full(len(days), -1, dtype=np.intp)
    if not timeline.changes:
        return decided
    point_at, change_at = pairs[0], timeline.change_of_area(pairs[1])
    keep = (change_at >= 0) & held[point_at] & ~np.isnat(days[point_at])
    point_at, change_at = point_at[keep], change_at[keep]
    if point_at.size == 0:
        return decided
    change_days = timeline.change_days[change_at]
    since = timeline.snapshot_days[timeline.snapshot_index(days[point_at])]
    valid = (change_days <= days[point_at]) & (change_days > since)
    np.maximum.at(decided, point_at[valid], change_at[valid])
    return decided


#: Side (m) of the grid cells whose points share a lower bound on their distances.
BOUND_CELL_M = 10_000.0
#: Relative and absolute slack (m) on a lower bound, against rounding.
_BOUND_SLACK = (1e-9, 1e-6)


def _index_codes(
    name: str, positions: Sequence[int], indexes: dict[int, dict[str, SegmentIndex]]
) -> tuple[np.ndarray, list[SegmentIndex]]:
    """Give each distinct index of faction ``name`` over the states a number.

    Returns a table from state position to the number of its index (-1: the
    faction holds no ground then) and the indexes, each once: consecutive
    states share the index of a faction no change between them touched.
    """
    table = np.full(max(positions) + 1, -1, dtype=np.intp)
    found: dict[int, int] = {}
    distinct: list[SegmentIndex] = []
    for position in positions:
        index = indexes[position].get(name)
        if index is not None:
            table[position] = found.setdefault(id(index), len(distinct))
            if table[position] == len(distinct):
                distinct.append(index)
    return table, distinct


def _by_index(codes: np.ndarray, rows: np.ndarray) -> Iterator[tuple[int, np.ndarray]]:
    """Yield each index number of ``codes[rows]`` (not -1) with its rows, in their order."""
    rows = rows[codes[rows] >= 0]
    if rows.size == 0:
        return
    rows = rows[np.argsort(codes[rows], kind="stable")]
    sorted_codes = codes[rows]
    cuts = np.flatnonzero(np.diff(sorted_codes)) + 1
    for part in np.split(rows, cuts):
        yield int(codes[part[0]]), part


def _measured(
    xy: np.ndarray,
    own: np.ndarray,
    state: np.ndarray,
    indexes: dict[int, dict[str, SegmentIndex]],
) -> tuple[np.ndarray, np.ndarray]:
    """Return the distances (m) to ISIS ground and to the front of points.

    ``own`` is each point's faction (position in :data:`geo.record.FACTIONS`,
    -1 none) and ``state`` the position of the state in force on its day;
    ``indexes`` are :meth:`Timeline.segment_indexes` of every such state.
    Every point not held by ISIS is measured against ISIS's segments; a held
    point's front is the smallest distance to another faction's segments, so
    a faction whose lower bound (:meth:`SegmentIndex.lower_bounds`) is no
    nearer than what was already found is not measured: the minimum is the
    same float. The points of all states that share a faction's index (no
    change touched that faction between them) are measured in one query.
    """
    isis = FACTIONS.index("isis")
    positions = sorted(indexes)
    names = list(dict.fromkeys(name for p in positions for name in indexes[p]))
    front_m = np.full(len(xy), np.inf)
    isis_m = np.full(len(xy), np.nan)
    if "isis" in names:
        table, distinct = _index_codes("isis", positions, indexes)
        codes = table[state]
        for code, at in _by_index(codes, np.flatnonzero(own != isis)):
            isis_m[at] = distinct[code].distances(xy[at])
        held_at = np.flatnonzero((own >= 0) & (own != isis) & (codes >= 0))
        front_m[held_at] = isis_m[held_at]
    others = [name for name in names if name != "isis"]
    held = np.flatnonzero(own >= 0)
    if others and held.size:
        # Bounds per cell of a coarse grid, shared by the points in it.
        corner = np.floor(xy[held] / BOUND_CELL_M)
        cells = (corner - corner.min(axis=0)).astype(np.int64)
        key, cell_of = np.unique(
            cells[:, 0] * (cells[:, 1].max() + 1) + cells[:, 1], return_inverse=True
        )
        lo = np.empty((len(key), 2))
        lo[cell_of] = corner * BOUND_CELL_M
        hi = lo + BOUND_CELL_M
        bounds = np.full((held.size, len(others)), np.inf)
        coded = []
        for column, name in enumerate(others):
            table, distinct = _index_codes(name, positions, indexes)
            codes = table[state[held]]
            coded.append((codes, distinct))
            candidates = np.flatnonzero(own[held] != FACTIONS.index(name))
            for code, rows in _by_index(codes, candidates):
                cell, back = np.unique(cell_of[rows], return_inverse=True)
                bounds[rows, column] = distinct[code].lower_bounds(lo[cell], hi[cell])[back]
        relative, absolute = _BOUND_SLACK
        bounds = bounds * (1.0 - relative) - absolute
        # The faction likely nearest first, then those that could still be nearer.
        likely = np.argmin(bounds, axis=1)
        for rounds in (likely, None):
            for column, (codes, distinct) in enumerate(coded):
                wanted = bounds[:, column] <= front_m[held]
                if rounds is not None:
                    wanted &= rounds == column
                for code, rows in _by_index(codes, np.flatnonzero(wanted)):
                    at = held[rows]
                    front_m[at] = np.minimum(front_m[at], distinct[code].distances(xy[at]))
                    bounds[rows, column] = np.inf
    isis_m[own == isis] = 0.0
    front_m[(own < 0) | np.isinf(front_m)] = np.nan
    return isis_m, front_m


class _Composer:
    """Compose states of control and their indexes on a thread of their own, in date order.

    Each state is composed on the one before (:meth:`Timeline.segment_indexes`),
    so the work is serial; started before the containment passes, it runs
    beside them (shapely, pyproj and the k-d tree release the GIL). The
    timeline fills its caches under a lock, so another thread composing at
    the same time (:meth:`Timeline.compose_ahead`) is safe.
    """

    def __init__(self, timeline: Timeline, positions: Sequence[int]) -> None:
        self.positions = list(positions)
        self._done: queue.Queue[tuple[int, dict[str, SegmentIndex] | BaseException]] = queue.Queue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(timeline,), daemon=True)
        self._thread.start()

    def _run(self, timeline: Timeline) -> None:
        for position in self.positions:
            if self._stop.is_set():
                return
            try:
                self._done.put((position, timeline.segment_indexes(position)))
            except BaseException as exc:  # noqa: BLE001 - handed to the consumer
                self._done.put((position, exc))
                return

    def __iter__(self) -> Iterator[tuple[int, dict[str, SegmentIndex]]]:
        for _ in self.positions:
            position, indexes = self._done.get()
            if isinstance(indexes, BaseException):
                raise indexes
            yield position, indexes

    def close(self) -> None:
        """Stop after the state being composed and wait for the thread."""
        self._stop.set()
        self._thread.join()


#: Side (m) of the cells of the Z-order curve the points of a state are measured in.
Z_CELL_M = 1.0


def _z_order(px: np.ndarray, py: np.ndarray) -> np.ndarray:
    """Return each point's position on a Z-order (Morton) curve of 1 m cells, 42 bits at most."""
    cells = [np.clip((v - v.min()) / Z_CELL_M, 0, 2**21 - 1).astype(np.int64) for v in (px, py)]
    spread = []
    for v in cells:
        for shift, mask in (
            (16, 0x0000FFFF0000FFFF),
            (8, 0x00FF00FF00FF00FF),
            (4, 0x0F0F0F0F0F0F0F0F),
            (2, 0x3333333333333333),
            (1, 0x5555555555555555),
        ):
            v = (v | (v << shift)) & mask
        spread.append(v)
    return spread[0] | (spread[1] << 1)


def _distances(
    px: np.ndarray,
    py: np.ndarray,
    faction: np.ndarray,
    state: np.ndarray,
    usable: np.ndarray,
    states: _Composer,
) -> tuple[np.ndarray, np.ndarray]:
    """Return each point's distance (km) to ISIS ground and to another faction's ground.

    Each point is measured against each faction's segments in the state in
    force on its day (:meth:`Timeline.segment_indexes`): a point held by a
    faction against every other faction's (the smallest is its front), every
    point against ISIS's. Inside ISIS ground the ISIS distance is 0; a point
    on no faction's ground has no front. Points at the same coordinates in
    one state (events geocoded to one place) are measured once.
    """
    isis_km, front_km = np.full(len(px), np.nan), np.full(len(px), np.nan)
    at = np.flatnonzero(usable)
    if at.size == 0:
        return isis_km, front_km
    if len(at) < MIN_CHUNK:
        # Few points (a batch of a build): all states are measured together, the
        # points of states that share a faction's index in one query (a query
        # costs more to set up than a few points cost to measure). In the order
        # of a Z-order curve nearby points are measured one after the other;
        # equal points become neighbours (a pair that does not is measured
        # twice: same result).
        at = at[np.argsort(_z_order(px[at], py[at]), kind="stable")]
        x, y, day_state = px[at], py[at], state[at]
        new = np.ones(len(at), dtype=bool)
        new[1:] = (x[1:] != x[:-1]) | (y[1:] != y[:-1]) | (day_state[1:] != day_state[:-1])
        first = np.flatnonzero(new)
        xy = np.column_stack([x[first], y[first]])
        isis_m, front_m = _measured(xy, faction[at[first]], day_state[first], dict(states))
        back = np.cumsum(new) - 1
        isis_km[at], front_km[at] = isis_m[back] / 1000.0, front_m[back] / 1000.0
        return isis_km, front_km
    # Many points: each state is measured as soon as it is composed. Its rows,
    # in row order, are found with one sort.
    by_state = at[np.argsort(state[at], kind="stable")]
    starts = np.searchsorted(state[by_state], states.positions, side="left")
    stops = np.searchsorted(state[by_state], states.positions, side="right")
    slices = {p: slice(a, b) for p, a, b in zip(states.positions, starts, stops, strict=True)}

    def measure(position: int, indexes: dict[str, SegmentIndex]) -> None:
        rows = by_state[slices[position]]
        # In Z order nearby points are queried one after the other (faster in
        # the k-d tree), and equal points are neighbours (or measured twice, to
        # the same result): one place has one faction in one state, so its
        # distances are shared.
        rows = rows[np.argsort(_z_order(px[rows], py[rows]), kind="stable")]
        x, y = px[rows], py[rows]
        new = np.ones(len(rows), dtype=bool)
        new[1:] = (x[1:] != x[:-1]) | (y[1:] != y[:-1])
        first = np.flatnonzero(new)
        xy = np.column_stack([x[first], y[first]])
        isis_m, front_m = _measured(
            xy, faction[rows[first]], np.full(len(xy), position), {position: indexes}
        )
        back = np.cumsum(new) - 1
        isis_km[rows], front_km[rows] = isis_m[back] / 1000.0, front_m[back] / 1000.0

    # The k-d queries and numpy release the GIL, so the states already
    # composed are measured on a thread per core while the next are composed.
    with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        done = [pool.submit(measure, position, indexes) for position, indexes in states]
        for future in done:
            future.result()
    return isis_km, front_km


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
    usable = ~(np.isnan(x) | np.isnan(y))
    snapshot = timeline.snapshot_index(days)
    state = timeline.state_index(days)
    states = _Composer(timeline, [int(p) for p in np.unique(state[usable])])
    try:
        # One containment pass over the changes' areas and the zones serves
        # both the deciding change and the accuracy of the drawing. (It
        # prepares the areas; the composition reads them unprepared.)
        pairs = timeline.areas_holding(x, y)
        px, py = _projected(x, y, usable)
        faction, change = _factions(x, y, px, py, usable, days, snapshot, pairs, timeline, snap_km)
        isis_km, front_km = _distances(px, py, faction, state, usable, states)
    finally:
        states.close()
    accuracy = timeline.accuracy_at(x, y, pairs)
    return {
        "faction": faction,
        "snapshot": snapshot,
        "change": change,
        "isis_km": isis_km,
        "front_km": front_km,
        "accuracy_km": accuracy,
    }


def _projected(x: np.ndarray, y: np.ndarray, usable: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the points in :data:`DISTANCE_CRS` (NaN where not usable)."""
    px, py = np.full(len(x), np.nan), np.full(len(x), np.nan)
    to_metres = Transformer.from_crs("EPSG:4326", DISTANCE_CRS, always_xy=True)
    px[usable], py[usable] = to_metres.transform(x[usable], y[usable])
    return px, py


def _factions(
    x: np.ndarray,
    y: np.ndarray,
    px: np.ndarray,
    py: np.ndarray,
    usable: np.ndarray,
    days: np.ndarray,
    snapshot: np.ndarray,
    pairs: tuple[np.ndarray, np.ndarray],
    timeline: Timeline,
    snap_km: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Return each point's faction on its day and the deciding change (-1: none)."""
    faction = np.full(len(x), -1, dtype=np.intp)
    for position in np.unique(snapshot[usable]):
        rows = np.flatnonzero(usable & (snapshot == position))
        layer = timeline.snapshots[position]
        codes = _faction_codes(x[rows], y[rows], layer)
        _snap_to_coast(px[rows], py[rows], codes, layer, snap_km)
        row_faction = np.array([FACTIONS.index(f) for f in layer.gdf["faction"]] + [-1])
        faction[rows] = row_faction[codes]
    change = _decisive_change(days, faction >= 0, pairs, timeline)
    if timeline.changes:
        to = np.array([FACTIONS.index(c.to_faction) for c in timeline.changes])
        faction[change >= 0] = to[change[change >= 0]]
    return faction, change


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
        :func:`geo.ingest.points.read_points_frame` gives) needs ``longitude`` and
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
    days = event_days(points, date_column)
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
