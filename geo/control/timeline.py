"""Control on any day: base layers composed with a dated table of changes.

A control folder may hold, besides its ``YYYY-MM-DD.geojson`` layers,
``changes.csv`` (one row per change of hands) and ``areas.geojson`` (the
polygons those rows move). The control in force on a day is the latest layer
dated on or before it with every change dated after that layer and on or
before the day painted over it, in date order: each change gives its area to
its ``to_faction``. A row without an area moves a disc of ``radius_km``
(default :data:`DEFAULT_RADIUS_KM`) around its point: a village that changed
hands. Rows dated on or before a layer's date are already in that layer.

Which change decided a point's faction is known without composing anything:
it is the latest change in force whose area holds the point, so the join
(:mod:`geo.control.join`) needs the composed states only for distances.
"""

from __future__ import annotations

import csv
import io
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from geopandas.array import from_shapely
from pyproj import CRS, Transformer

from geo.control.layers import ControlLayer, date_from_name
from geo.control.nearest import SegmentIndex
from geo.control.shapes import drop_slivers, kept_parts, polygonal
from geo.errors import LayerError
from geo.record import FACTIONS

#: Radius, in km, of the disc a change without an area moves around its point.
DEFAULT_RADIUS_KM = 2.0
#: Accuracy, in km, of the hand-drawn fronts west and east of :data:`ACCURACY_SPLIT_LON`.
WEST_ACCURACY_KM = 5.0
EAST_ACCURACY_KM = 10.0
#: Longitude that splits the country into the better-reported west and the east.
ACCURACY_SPLIT_LON = 38.5
#: Columns of ``changes.csv``, in order.
CHANGE_COLUMNS = (
    "date",
    "area",
    "place",
    "lat",
    "lon",
    "radius_km",
    "from_faction",
    "to_faction",
    "precision",
    "confidence",
    "source",
    "url",
)
CHANGES_FILE = "changes.csv"
AREAS_FILE = "areas.geojson"


@dataclass(frozen=True)
class Change:
    """One change of hands: ``to_faction`` holds ``geometry`` from ``date`` on."""

    label: str
    date: date
    to_faction: str
    geometry: shapely.Geometry
    accuracy_km: float


#: Metric CRS of distances (UTM 37N).
DISTANCE_CRS = "EPSG:32637"
_TO_METRES = Transformer.from_crs("EPSG:4326", DISTANCE_CRS, always_xy=True)
_WGS84 = CRS("EPSG:4326")


def _disc(lon: float, lat: float, radius_km: float) -> shapely.Geometry:
    """Return a disc of ``radius_km`` around a point, as a lon/lat polygon."""
    to_m = _TO_METRES
    x, y = to_m.transform(lon, lat)
    ring = shapely.get_coordinates(shapely.Point(x, y).buffer(radius_km * 1000.0, 16))
    lons, lats = to_m.transform(ring[:, 0], ring[:, 1], direction="INVERSE")
    return shapely.Polygon(np.column_stack([lons, lats]))


def default_accuracy_km(lon: np.ndarray) -> np.ndarray:
    """Return the accuracy of the hand-drawn fronts at these longitudes (km)."""
    return np.where(np.asarray(lon) < ACCURACY_SPLIT_LON, WEST_ACCURACY_KM, EAST_ACCURACY_KM)


def read_areas(path: Path) -> gpd.GeoDataFrame:
    """Read an areas file: polygons with a unique ``area`` id and optional ``accuracy_km``.

    Parameters
    ----------
    path : Path
        A GeoJSON FeatureCollection in WGS84.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``area``, ``name``, ``accuracy_km`` and ``geometry``.

    Raises
    ------
    LayerError
        When the file cannot be read, lacks ``area`` ids, repeats one or holds
        a geometry that is not a valid polygon.
    """
    try:
        frame = pyogrio.read_dataframe(path)
    except Exception as exc:  # noqa: BLE001 - pyogrio/GDAL raise several error types
        raise LayerError(path, f"cannot be read as GeoJSON: {exc}") from None
    if "area" not in frame.columns:
        raise LayerError(path, "features need an `area` id")
    repeated = sorted(set(frame["area"][frame["area"].duplicated()]))
    if repeated:
        raise LayerError(path, f"area ids used twice: {repeated[:5]}")
    bad = ~frame.geom_type.isin(["Polygon", "MultiPolygon"]) | ~frame.geometry.is_valid
    if bad.any():
        raise LayerError(path, f"areas not valid polygons: {list(frame['area'][bad])[:5]}")
    if "accuracy_km" not in frame.columns:
        frame["accuracy_km"] = np.nan
    if "name" not in frame.columns:
        frame["name"] = frame["area"]
    frame["accuracy_km"] = pd.to_numeric(frame["accuracy_km"], errors="coerce")
    frame = frame.set_crs("EPSG:4326", allow_override=True)
    return frame[["area", "name", "accuracy_km", "geometry"]]


def read_changes(path: Path, areas: gpd.GeoDataFrame | None) -> pd.DataFrame:
    """Read and check ``changes.csv``.

    Parameters
    ----------
    path : Path
        The table (columns :data:`CHANGE_COLUMNS`).
    areas : geopandas.GeoDataFrame or None
        The areas its ``area`` column may name.

    Returns
    -------
    pandas.DataFrame
        The rows in date order (file order within a day), ``date`` as
        ``datetime.date``.

    Raises
    ------
    LayerError
        Naming the first bad rows: a missing column, a date that is no date,
        an unknown faction, an unknown area, a row with neither area nor point.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise LayerError(path, f"cannot be read: {exc}") from None
    rows = list(csv.DictReader(io.StringIO(text)))
    if not rows:
        return pd.DataFrame(columns=list(CHANGE_COLUMNS))
    missing = [c for c in CHANGE_COLUMNS if c not in rows[0]]
    if missing:
        raise LayerError(path, f"missing columns {missing}")
    known = set(areas["area"]) if areas is not None else set()
    problems = []
    for number, row in enumerate(rows, start=2):
        try:
            row["date"] = date.fromisoformat(row["date"].strip())
        except ValueError:
            problems.append(f"line {number}: date {row['date']!r} is not YYYY-MM-DD")
        for column in ("from_faction", "to_faction"):
            if row[column] not in FACTIONS:
                problems.append(f"line {number}: {column} {row[column]!r} not in {FACTIONS}")
        area = (row["area"] or "").strip()
        if area and area not in known:
            problems.append(f"line {number}: unknown area {area!r}")
        if not area:
            try:
                float(row["lat"]), float(row["lon"])
            except ValueError:
                problems.append(f"line {number}: no area and no lat/lon")
    if problems:
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise LayerError(path, "; ".join(problems[:5]) + more)
    frame = pd.DataFrame(rows, columns=list(CHANGE_COLUMNS))
    return frame.sort_values("date", kind="stable").reset_index(drop=True)


#: Side, in degrees, of the tiles large polygons are cut into (small pieces paint fast).
TILE_DEG = 0.5


def _tiles(layer: ControlLayer) -> tuple[np.ndarray, np.ndarray]:
    """Cut a layer's polygons into parts no larger than a tile; return factions and pieces."""
    polygons, row = shapely.get_parts(layer.gdf.geometry.to_numpy(), return_index=True)
    factions = layer.gdf["faction"].to_numpy()[row]
    xmin, ymin, xmax, ymax = shapely.total_bounds(polygons)
    xs = np.arange(np.floor(xmin / TILE_DEG), np.ceil(xmax / TILE_DEG)) * TILE_DEG
    ys = np.arange(np.floor(ymin / TILE_DEG), np.ceil(ymax / TILE_DEG)) * TILE_DEG
    gx, gy = np.meshgrid(xs, ys)
    tiles = shapely.box(gx.ravel(), gy.ravel(), gx.ravel() + TILE_DEG, gy.ravel() + TILE_DEG)
    tree = shapely.STRtree(tiles)
    piece_at, tile_at = tree.query(polygons, predicate="intersects")
    cut = shapely.intersection(polygons[piece_at], tiles[tile_at])
    parts, part_of = shapely.get_parts(cut, return_index=True)
    keep = kept_parts(parts)
    return factions[piece_at][part_of[keep]], parts[keep]


def _paint(
    factions: np.ndarray, polygons: np.ndarray, change: Change, extent: shapely.Geometry
) -> tuple[np.ndarray, np.ndarray]:
    """Give ``change``'s area to its faction: cut it out of the pieces it touches, add it."""
    area = change.geometry
    if not extent.contains(area):
        area = polygonal(shapely.intersection(area, extent))
        if area.is_empty:
            return factions, polygons
    xmin, ymin, xmax, ymax = area.bounds
    bounds = shapely.bounds(polygons)
    touched = (
        (bounds[:, 0] <= xmax)
        & (bounds[:, 2] >= xmin)
        & (bounds[:, 1] <= ymax)
        & (bounds[:, 3] >= ymin)
    )
    touched[touched] = shapely.intersects(polygons[touched], area)
    if touched.any():
        cut = shapely.difference(polygons[touched], area)
        parts, row = shapely.get_parts(cut, return_index=True)
        keep = kept_parts(parts)
        kept_factions = factions[touched][row[keep]]
        polygons = np.concatenate([polygons[~touched], parts[keep]])
        factions = np.concatenate([factions[~touched], kept_factions])
    new = shapely.get_parts(area)
    new = new[shapely.get_type_id(new) == 3]
    return (
        np.concatenate([factions, np.full(len(new), change.to_faction, dtype=object)]),
        np.concatenate([polygons, new]),
    )


def _paint_merged(
    shapes: dict[str, shapely.Geometry], change: Change, extent: shapely.Geometry
) -> dict[str, shapely.Geometry]:
    """Give ``change``'s area to its faction in a state of one polygon per faction."""
    area = change.geometry
    if not extent.contains(area):
        area = polygonal(shapely.intersection(area, extent))
        if area.is_empty:
            return shapes
    out = {}
    for faction, shape in shapes.items():
        if faction != change.to_faction and shape.intersects(area):
            shape = drop_slivers(shapely.difference(shape, area))
        out[faction] = shape
    held = out.get(change.to_faction, shapely.MultiPolygon())
    out[change.to_faction] = drop_slivers(shapely.union(held, area))
    return out


def _in_force(starts: np.ndarray, days: np.ndarray) -> np.ndarray:
    """Return, per day, the position of the latest of the sorted ``starts`` on or before it.

    A day before the first start, or NaT, gets the first (0).
    """
    index = np.searchsorted(starts, days, side="right") - 1
    index[(index < 0) | np.isnat(days)] = 0
    return index


@dataclass
class Timeline(Sequence[ControlLayer]):
    """Base layers and dated changes: the control in force on any day.

    As a sequence it holds one composed :class:`ControlLayer` per day on which
    something changed (composed when first asked for), so code written for a
    list of layers keeps working.

    Attributes
    ----------
    snapshots : list of ControlLayer
        Whole layers, earliest first (at least one: the base).
    changes : list of Change
        In force order.
    log : pandas.DataFrame
        The change table as read (:data:`CHANGE_COLUMNS`).
    """

    snapshots: list[ControlLayer]
    changes: list[Change]
    log: pd.DataFrame
    zones: list[tuple[shapely.Geometry, float]] = field(default_factory=list)
    _cache: dict[int, ControlLayer] = field(default_factory=dict, repr=False)
    _pieces: dict[int, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict, repr=False)
    _indexes: dict[int, dict[str, SegmentIndex]] = field(default_factory=dict, repr=False)
    _shared_indexes: dict[tuple[str, tuple[int, ...]], tuple[SegmentIndex | None, np.ndarray]] = (
        field(default_factory=dict, repr=False)
    )
    _segments_of_piece: dict[int, tuple[np.ndarray, np.ndarray, shapely.Geometry]] = field(
        default_factory=dict, repr=False
    )
    _token: str = field(default_factory=lambda: uuid.uuid4().hex, repr=False)
    #: Held while a state is composed: the caches above are filled by one thread at a time.
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    #: Attributes rebuilt on demand: left out when the timeline is pickled.
    _CACHES = (
        "_cache",
        "_pieces",
        "_indexes",
        "_shared_indexes",
        "_segments_of_piece",
    )

    def __getstate__(self) -> dict:
        # The composed states and their indexes weigh far more than the inputs
        # and are rebuilt as needed: a worker receives the inputs alone.
        state = {k: v for k, v in self.__dict__.items() if k not in (*self._CACHES, "_lock")}
        state = {
            k: v
            for k, v in state.items()
            if not isinstance(getattr(type(self), k, None), cached_property)
        }
        return {**state, **{k: {} for k in self._CACHES}}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._lock = threading.RLock()

    def __dask_tokenize__(self) -> str:
        # Hashing every polygon of every cached state would take minutes:
        # a timeline is identified by its own random token instead.
        return self._token

    @classmethod
    def from_parts(
        cls,
        snapshots: Sequence[ControlLayer],
        log: pd.DataFrame | None = None,
        areas: gpd.GeoDataFrame | None = None,
    ) -> Timeline:
        """Build a timeline from layers, a change table and its areas.

        Parameters
        ----------
        snapshots : sequence of ControlLayer
            At least one layer.
        log : pandas.DataFrame, optional
            Rows as :func:`read_changes` returns them.
        areas : geopandas.GeoDataFrame, optional
            As :func:`read_areas` returns them.

        Returns
        -------
        Timeline
        """
        if not snapshots:
            raise ValueError("`snapshots` is empty: at least one control layer is needed")
        ordered = sorted(snapshots, key=lambda layer: layer.date)
        log = log if log is not None else pd.DataFrame(columns=list(CHANGE_COLUMNS))
        shapes, accuracy = {}, {}
        if areas is not None:
            shapes = dict(zip(areas["area"], areas.geometry, strict=True))
            accuracy = dict(zip(areas["area"], areas["accuracy_km"], strict=True))
        changes = []
        for row in log.itertuples(index=False):
            area = (row.area or "").strip()
            if area:
                geometry = shapes[area]
                km = accuracy.get(area)
                lon = geometry.centroid.x
            else:
                lon, lat = float(row.lon), float(row.lat)
                radius = float(row.radius_km) if str(row.radius_km).strip() else DEFAULT_RADIUS_KM
                geometry = _disc(lon, lat, radius)
                km = None
            if km is None or not np.isfinite(km):
                km = float(default_accuracy_km(np.array([lon]))[0])
            label = f"{row.date.isoformat()} {row.place}: {row.from_faction} to {row.to_faction}"
            changes.append(Change(label, row.date, row.to_faction, geometry, float(km)))
        zones = []
        if areas is not None:
            fine = areas[areas["accuracy_km"].notna()]
            zones = list(zip(fine.geometry, fine["accuracy_km"].astype(float), strict=True))
        return cls(list(ordered), changes, log.reset_index(drop=True), zones)

    # -- days -----------------------------------------------------------
    @cached_property
    def change_days(self) -> np.ndarray:
        """Each change's day (datetime64[D]), in force order."""
        return np.array([np.datetime64(c.date, "D") for c in self.changes], dtype="datetime64[D]")

    @cached_property
    def snapshot_days(self) -> np.ndarray:
        """Each snapshot's day (datetime64[D])."""
        return np.array([np.datetime64(s.date, "D") for s in self.snapshots])

    @cached_property
    def state_days(self) -> np.ndarray:
        """Days on which the control changed (snapshots and changes after the first snapshot)."""
        first = self.snapshot_days[0]
        days = np.concatenate([self.snapshot_days, self.change_days[self.change_days > first]])
        return np.unique(days)

    def state_index(self, days: np.ndarray) -> np.ndarray:
        """Return, per day, the position in this sequence of the state in force (NaT: first)."""
        return _in_force(self.state_days, days)

    def snapshot_index(self, days: np.ndarray) -> np.ndarray:
        """Return, per day, the position of the snapshot in force (NaT or earlier: first)."""
        return _in_force(self.snapshot_days, days)

    # -- sequence -------------------------------------------------------
    def __len__(self) -> int:
        return len(self.state_days)

    def __getitem__(self, position):
        if isinstance(position, slice):
            return [self[i] for i in range(len(self))[position]]
        if position < 0:
            position += len(self)
        if not 0 <= position < len(self):
            raise IndexError(position)
        if position not in self._cache:
            self._cache[position] = self._compose(position)
        return self._cache[position]

    def __iter__(self) -> Iterator[ControlLayer]:
        return (self[i] for i in range(len(self)))

    def at(self, day: date | None) -> ControlLayer:
        """Return the control in force on ``day`` (the first state when None or earlier)."""
        if day is None:
            return self[0]
        return self[int(self.state_index(np.array([np.datetime64(day, "D")]))[0])]

    def changes_in_force(self, position: int) -> list[Change]:
        """Return the changes painted over the snapshot of state ``position``, in order."""
        day = self.state_days[position]
        snapshot = self.snapshots[int(self.snapshot_index(np.array([day]))[0])]
        start = np.datetime64(snapshot.date, "D")
        return [c for c, d in zip(self.changes, self.change_days, strict=True) if start < d <= day]

    def pieces(self, position: int) -> tuple[np.ndarray, np.ndarray]:
        """Return state ``position`` as non-overlapping polygons and their factions.

        The pieces are composed without unions (fast); neighbouring pieces of
        one faction may share edges. Cached; built on the nearest earlier
        state of the same snapshot.
        """
        with self._lock:
            return self._compose_pieces(position)

    def _compose_pieces(self, position: int) -> tuple[np.ndarray, np.ndarray]:
        if position in self._pieces:
            return self._pieces[position]
        day = self.state_days[position]
        number = int(self.snapshot_index(np.array([day]))[0])
        snapshot = self.snapshots[number]
        start = np.datetime64(snapshot.date, "D")
        earlier = [p for p in self._pieces if p < position and self.state_days[p] >= start]
        if earlier:
            factions, polygons = self._pieces[max(earlier)]
            after = self.state_days[max(earlier)]
        else:
            factions, polygons = _tiles(snapshot)
            after = start
        extent = self._extents[number]
        first, last = np.searchsorted(self.change_days, [after, day], side="right")
        for change in self.changes[first:last]:
            factions, polygons = _paint(factions, polygons, change, extent)
        self._pieces[position] = (factions, polygons)
        return factions, polygons

    def segments(self, position: int) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Return each faction's boundary segments in state ``position``, in metres.

        Per faction, the start and end vertices (``(n, 2)`` arrays, in
        :data:`DISTANCE_CRS`) of its pieces' rings: the distance from a point
        outside the faction's ground to the nearest of them is the distance to
        that ground. Each piece is projected once for every state.
        """
        factions, polygons = self.pieces(position)
        return {
            str(faction): self._piece_segments(polygons[factions == faction])
            for faction in dict.fromkeys(factions)
        }

    def segment_indexes(self, position: int) -> dict[str, SegmentIndex]:
        """Return, per faction, a nearest-distance index of its segments in state ``position``.

        The segments of :meth:`segments` (in :data:`DISTANCE_CRS`); a faction
        without ground is left out. A faction whose pieces are the same as in
        another state shares that state's index (a change moves the ground of
        two factions only). Cached.
        """
        with self._lock:
            return self._compose_indexes(position)

    def compose_ahead(self) -> Callable[[], None]:
        """Compose every state and its indexes in date order, on a thread of its own.

        For a caller that will need most states (a join of many points) and
        has other work to do first, such as reading the points. The states
        are the same as when composed on demand.

        Returns
        -------
        callable
            Stops the thread after the state it is composing, and waits for it.
        """
        stop = threading.Event()

        def run() -> None:
            for position in range(len(self)):
                if stop.is_set():
                    return
                try:
                    self.segment_indexes(position)
                except Exception:  # noqa: BLE001 - composed again, and raised, on demand
                    return

        thread = threading.Thread(target=run, daemon=True)
        thread.start()

        def halt() -> None:
            stop.set()
            thread.join()

        return halt

    def _compose_indexes(self, position: int) -> dict[str, SegmentIndex]:
        if position not in self._indexes:
            factions, polygons = self.pieces(position)
            indexes = {}
            for faction in dict.fromkeys(factions):
                own = polygons[factions == faction]
                # The pieces no change touched are the same objects from state
                # to state; the shared entry keeps them alive, so ids stay theirs.
                key = (str(faction), tuple(map(id, own)))
                if key not in self._shared_indexes:
                    starts, ends = self._piece_segments(own)
                    index = SegmentIndex(starts, ends) if len(starts) else None
                    self._shared_indexes[key] = (index, own)
                index = self._shared_indexes[key][0]
                if index is not None:
                    indexes[str(faction)] = index
            self._indexes[position] = indexes
        return self._indexes[position]

    def _piece_segments(self, pieces: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Boundary segments (in :data:`DISTANCE_CRS`) of pieces, each projected once."""
        # Distinct by identity: hashing a geometry hashes its WKB.
        distinct = {id(p): p for p in pieces}
        new = [p for i, p in distinct.items() if i not in self._segments_of_piece]
        if new:
            rings, piece_of_ring = shapely.get_parts(
                shapely.boundary(np.array(new, dtype=object)), return_index=True
            )
            coords, ring = shapely.get_coordinates(rings, return_index=True)
            mx, my = _TO_METRES.transform(coords[:, 0], coords[:, 1])
            same = ring[:-1] == ring[1:]
            starts = np.column_stack([mx[:-1], my[:-1]])[same]
            ends = np.column_stack([mx[1:], my[1:]])[same]
            piece = piece_of_ring[ring[:-1][same]]
            keep = (starts != ends).any(axis=1)
            starts, ends, piece = starts[keep], ends[keep], piece[keep]
            cuts = np.searchsorted(piece, np.arange(1, len(new)))
            for p, a, b in zip(new, np.split(starts, cuts), np.split(ends, cuts), strict=True):
                # The piece is kept with its segments, so its id stays its own.
                self._segments_of_piece[id(p)] = (a, b, p)
        parts = [self._segments_of_piece[id(p)] for p in pieces]
        if not parts:
            return np.empty((0, 2)), np.empty((0, 2))
        return np.concatenate([a for a, _, _ in parts]), np.concatenate([b for _, b, _ in parts])

    def _compose(self, position: int) -> ControlLayer:
        """Merge state ``position`` into one polygon per faction.

        Built on the nearest earlier composed state of the same snapshot by
        painting the changes between (a few polygon operations each), else by
        merging the pieces (slower: one union of all pieces per faction).
        """
        day = self.state_days[position]
        number = int(self.snapshot_index(np.array([day]))[0])
        snapshot = self.snapshots[number]
        start = np.datetime64(snapshot.date, "D")
        earlier = [p for p in self._cache if p < position and self.state_days[p] >= start]
        if earlier:
            base = self._cache[max(earlier)]
            shapes = dict(zip(base.gdf["faction"], base.gdf.geometry, strict=True))
            first, last = np.searchsorted(
                self.change_days, [self.state_days[max(earlier)], day], side="right"
            )
            extent = self._extents[number]
            for change in self.changes[first:last]:
                shapes = _paint_merged(shapes, change, extent)
        else:
            factions, polygons = self.pieces(position)
            shapes = {
                faction: polygonal(shapely.union_all(polygons[factions == faction]))
                for faction in dict.fromkeys(factions)
            }
        rows = [(f, shapely.normalize(g)) for f, g in shapes.items() if not g.is_empty]
        # The same frame as GeoDataFrame({"faction": ...}, geometry=..., crs="EPSG:4326")
        # in a third of the time (a hundred states are composed for a map).
        geometry = from_shapely([g for _, g in rows], crs=_WGS84)
        frame = pd.DataFrame({"faction": [f for f, _ in rows], "geometry": geometry})
        gdf = gpd.GeoDataFrame(frame, geometry="geometry")
        return ControlLayer(date=day.astype(object), path=snapshot.path, gdf=gdf)

    @cached_property
    def _extents(self) -> dict[int, shapely.Geometry]:
        out = {}
        for i, snapshot in enumerate(self.snapshots):
            extent = shapely.union_all(snapshot.gdf.geometry.to_numpy())
            shapely.prepare(extent)
            out[i] = extent
        return out

    @cached_property
    def _areas(self) -> tuple[list[shapely.Geometry], np.ndarray, np.ndarray, np.ndarray]:
        """Changes' areas then city-scale zones (prepared): bounds, accuracy, change."""
        zones = [(c.geometry, c.accuracy_km) for c in self.changes] + list(self.zones)
        change = np.full(len(zones), -1, dtype=np.intp)
        change[: len(self.changes)] = np.arange(len(self.changes))
        km = np.array([k for _, k in zones], dtype=float)
        areas = [z for z, _ in zones]
        shapely.prepare(areas)
        return areas, shapely.bounds(areas).reshape(-1, 4), km, change

    def areas_holding(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Return every (point, area) pair where a change's area or a zone holds the point.

        One containment pass serves both the deciding change and the accuracy
        of the drawing (:meth:`accuracy_at`). Points with a missing coordinate
        hold nothing.

        Parameters
        ----------
        x, y : numpy.ndarray
            Longitudes and latitudes (EPSG:4326).

        Returns
        -------
        tuple of numpy.ndarray
            Point positions and, per pair, the area's position: changes first
            (same positions as :attr:`changes`), then the zones.
        """
        usable = np.flatnonzero(~(np.isnan(x) | np.isnan(y)))
        if usable.size == 0 or not (self.changes or self.zones):
            return np.empty(0, dtype=np.intp), np.empty(0, dtype=np.intp)
        # Points sorted by longitude: each area tests only those of its
        # bounding box, by coordinates (no Point objects for a million rows).
        order = usable[np.argsort(x[usable], kind="stable")]
        xs = x[order]
        found_points, found_areas = [], []
        areas, bounds_of = self._areas[0], self._areas[1]
        for position, (area, bounds) in enumerate(zip(areas, bounds_of, strict=True)):
            lo = np.searchsorted(xs, bounds[0], side="left")
            hi = np.searchsorted(xs, bounds[2], side="right")
            rows = order[lo:hi]
            rows = rows[(y[rows] >= bounds[1]) & (y[rows] <= bounds[3])]
            rows = rows[shapely.intersects_xy(area, x[rows], y[rows])]
            found_points.append(rows)
            found_areas.append(np.full(len(rows), position, dtype=np.intp))
        return np.concatenate(found_points), np.concatenate(found_areas)

    def accuracy_at(
        self,
        x: np.ndarray,
        y: np.ndarray,
        pairs: tuple[np.ndarray, np.ndarray] | None = None,
    ) -> np.ndarray:
        """Return the accuracy (km) of the drawing at each point.

        The finest accuracy of the areas holding the point (changes' areas and
        the city-scale base areas), else the hand-drawn default by longitude
        (:func:`default_accuracy_km`). ``pairs``, when given, are
        :meth:`areas_holding` of the same points.
        """
        out = default_accuracy_km(np.nan_to_num(x, nan=0.0)).astype(float)
        point_at, area_at = self.areas_holding(x, y) if pairs is None else pairs
        if point_at.size:
            np.minimum.at(out, point_at, self._areas[2][area_at])
        return out

    def change_of_area(self, area_at: np.ndarray) -> np.ndarray:
        """Return the change position of each area of :meth:`areas_holding` (-1: a zone)."""
        return self._areas[3][area_at]

    # -- what the app shows ----------------------------------------------
    def control_on(self, day: date) -> gpd.GeoDataFrame:
        """Return the control areas in force on ``day``: one row per faction.

        Parameters
        ----------
        day : datetime.date
            Any day; before the first layer, the first layer is returned.

        Returns
        -------
        geopandas.GeoDataFrame
            Columns ``faction`` and ``geometry`` (EPSG:4326).
        """
        return self.at(day).gdf.copy()

    def change_log(self) -> pd.DataFrame:
        """Return the change table: date, area or place, from, to, source, confidence."""
        return self.log[list(CHANGE_COLUMNS)].copy()


def load_timeline(folder: Path, snapshots: Sequence[ControlLayer]) -> Timeline:
    """Read ``changes.csv`` and ``areas.geojson`` of a folder and compose them with its layers.

    Parameters
    ----------
    folder : Path
        The control folder.
    snapshots : sequence of ControlLayer
        Its dated layers, already read.

    Returns
    -------
    Timeline
    """
    areas_path = folder / AREAS_FILE
    areas = read_areas(areas_path) if areas_path.exists() else None
    log = read_changes(folder / CHANGES_FILE, areas)
    return Timeline.from_parts(snapshots, log, areas)


def is_area_file(path: Path) -> bool:
    """Return True for the areas file of a control folder (not a dated layer)."""
    return path.name == AREAS_FILE and date_from_name(path) is None
