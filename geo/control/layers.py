"""Control layers (who held the ground on a date) and the offline basemap.

A control layer is a GeoJSON FeatureCollection named ``YYYY-MM-DD.geojson``
with one (Multi)Polygon feature per faction of :data:`geo.record.FACTIONS`,
in WGS84 longitude/latitude. The shipped layers live in ``layers/control``;
the basemap (country outline, governorates, neighbouring countries, main
cities) in ``layers/basemap``.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol, TypeVar

import geopandas as gpd
import numpy as np
import pyogrio
import shapely
from pyproj import CRS

from geo.errors import LayerError
from geo.ingest.limits import read_input
from geo.record import FACTIONS, SYRIA_CHECK_BOUNDS
from geo.resources import layers_dir

#: Folder holding ``control/`` and ``basemap/``.
LAYERS_DIR = layers_dir()
#: Folder of the shipped control layers.
DEFAULT_CONTROL_DIR = LAYERS_DIR / "control"
#: Folder of the offline basemap files.
DEFAULT_BASEMAP_DIR = LAYERS_DIR / "basemap"
#: Overlap between two factions tolerated before it is reported, in km².
OVERLAP_TOLERANCE_KM2 = 0.05
#: An equal-area projection, used to measure overlaps.
#: Kilometres in a degree of latitude (and of longitude at the equator).
KM_PER_DEGREE = 111.32

_DATE_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})\.geojson$")
_WGS84 = CRS.from_epsg(4326)
_WGS84_3D = CRS.from_epsg(4979)

BASEMAP_FILES = {
    "outline": "syria_outline.geojson",
    "governorates": "governorates.geojson",
    "neighbours": "neighbours.geojson",
    "cities": "cities.geojson",
}


@dataclass(frozen=True)
class ControlLayer:
    """Who held the ground on one date.

    Attributes
    ----------
    date : datetime.date
        The date the layer represents.
    path : str
        The file it was read from.
    gdf : geopandas.GeoDataFrame
        One row per faction, columns ``faction`` and ``geometry``, EPSG:4326.
    """

    date: date
    path: str
    gdf: gpd.GeoDataFrame
    #: What is derived from ``gdf`` once for every join (the layer is not changed).
    derived: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Basemap:
    """The offline vector basemap, every frame in EPSG:4326.

    Attributes
    ----------
    outline : geopandas.GeoDataFrame
        Syria's outline (one feature).
    governorates : geopandas.GeoDataFrame
        The 14 governorates, columns ``name``, ``pcode``, ``name_ar``.
    neighbours : geopandas.GeoDataFrame
        Syria and its neighbours, column ``name``, ``iso_a3``.
    cities : geopandas.GeoDataFrame
        Main cities as points, columns ``name``, ``name_ar``, ``admin1``, ``rank``.
    """

    outline: gpd.GeoDataFrame
    governorates: gpd.GeoDataFrame
    neighbours: gpd.GeoDataFrame
    cities: gpd.GeoDataFrame


def date_from_name(path: str | Path) -> date | None:
    """Return the date a layer file's name states, or None.

    Parameters
    ----------
    path : str or Path
        A path whose file name should be ``YYYY-MM-DD.geojson``.

    Returns
    -------
    datetime.date or None
        The date, or None when the name does not follow the pattern or is no real date.

    Examples
    --------
    >>> date_from_name("layers/control/2015-10-07.geojson")
    datetime.date(2015, 10, 7)
    >>> date_from_name("october.geojson") is None
    True
    """
    match = _DATE_NAME.match(Path(path).name)
    if match is None:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


def _is_wgs84(crs: CRS | None) -> bool:
    if crs is None:
        return True  # RFC 7946: no crs member means WGS84 lon/lat
    try:
        parsed = CRS.from_user_input(crs)
        # GDAL reads GeoJSON with altitudes as EPSG:4979, WGS84 in 3D.
        return any(parsed.equals(c, ignore_axis_order=True) for c in (_WGS84, _WGS84_3D))
    except Exception:  # noqa: BLE001 - any unparsable CRS is simply not WGS84
        return False


def _geometry_problems(gdf: gpd.GeoDataFrame, check_bounds: bool = True) -> list[str]:
    problems = []
    geoms = gdf.geometry
    for i, geom in enumerate(geoms):
        if geom is None or geom.is_empty:
            problems.append(f"feature {i} has no geometry")
        elif geom.geom_type not in ("Polygon", "MultiPolygon"):
            problems.append(f"feature {i} is a {geom.geom_type}, expected Polygon or MultiPolygon")
        elif not shapely.is_valid(geom):
            problems.append(f"feature {i} has invalid geometry: {shapely.is_valid_reason(geom)}")
    usable = geoms[~(geoms.isna() | geoms.is_empty)]
    if check_bounds and len(usable):
        xmin, ymin, xmax, ymax = usable.total_bounds
        bxmin, bymin, bxmax, bymax = SYRIA_CHECK_BOUNDS
        if xmin < bxmin or ymin < bymin or xmax > bxmax or ymax > bymax:
            problems.append(
                f"geometry reaches outside Syria's bounds {SYRIA_CHECK_BOUNDS} "
                f"(layer bounds {xmin:.3f}, {ymin:.3f}, {xmax:.3f}, {ymax:.3f}); "
                "coordinates must be longitude, latitude in that order"
            )
    return problems


def _faction_problems(gdf: gpd.GeoDataFrame) -> list[str]:
    if "faction" not in gdf.columns:
        return ["missing `faction` property"]
    problems = []
    seen: set[str] = set()
    for i, faction in enumerate(gdf["faction"]):
        if not isinstance(faction, str) or not faction:
            problems.append(f"feature {i} has no `faction`")
        elif faction not in FACTIONS:
            problems.append(f"feature {i}: unknown faction {faction!r}, expected one of {FACTIONS}")
        elif faction in seen:
            problems.append(f"duplicate faction {faction!r}")
        seen.add(faction)
    return problems


def _overlap_problems(gdf: gpd.GeoDataFrame) -> list[str]:
    """Report the pairs of features that overlap, found with a spatial index."""
    if "faction" not in gdf.columns or len(gdf) < 2:
        return []
    usable = gdf[~(gdf.geometry.isna() | gdf.geometry.is_empty) & gdf.geometry.is_valid]
    usable = usable[usable.geom_type.isin(["Polygon", "MultiPolygon"])]
    if len(usable) < 2 or not _is_wgs84(gdf.crs):
        return []
    # Overlaps are found and measured where the areas were drawn, in degrees (scaled to
    # km² at their latitude). Projected first, a long border whose two sides are not
    # noded alike becomes slivers that add up to an overlap neither side has; so would
    # the hairline triangles a collinear vertex leaves if they were projected.
    geoms = usable.geometry.to_numpy()
    first, second = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    pair = first < second
    first, second = first[pair], second[pair]
    shared = shapely.intersection(geoms[first], geoms[second])
    latitude = np.radians(shapely.get_y(shapely.centroid(shared)))
    area_km2 = shapely.area(shared) * KM_PER_DEGREE**2 * np.nan_to_num(np.cos(latitude))
    names = usable["faction"].to_numpy()
    return [
        f"factions {names[a]!r} and {names[b]!r} overlap by {km2:.2f} km²"
        for a, b, km2 in zip(first, second, area_km2, strict=True)
        if km2 > OVERLAP_TOLERANCE_KM2
    ]


#: Problems of a layer named in full in its error; the rest are counted.
MAX_REPORTED_PROBLEMS = 5


def validate_layer(gdf: gpd.GeoDataFrame, path: str | Path) -> None:
    """Check a control layer and report every problem at once.

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame
        The layer as read.
    path : str or Path
        The file it came from, named in the error.

    Raises
    ------
    LayerError
        On one line, the first :data:`MAX_REPORTED_PROBLEMS` problems found,
        separated by ``; ``, and the count of the others: a CRS other than
        WGS84, geometry that is missing, not (Multi)Polygon, invalid (with the
        reason and place) or outside Syria's bounds, a missing, unknown or
        duplicate faction, and factions that overlap.
    """
    problems = []
    if not _is_wgs84(gdf.crs):
        problems.append(f"CRS is {gdf.crs.to_string()}, expected WGS84 (EPSG:4326 / OGC:CRS84)")
    if len(gdf) == 0:
        problems.append("no features")
    problems += _faction_problems(gdf)
    # Bounds in degrees mean nothing for a layer in another CRS: its CRS is the problem.
    problems += _geometry_problems(gdf, check_bounds=_is_wgs84(gdf.crs))
    problems += _overlap_problems(gdf)
    if problems:
        shown = [" ".join(p.split()) for p in problems[:MAX_REPORTED_PROBLEMS]]
        more = len(problems) - len(shown)
        raise LayerError(path, "; ".join(shown) + (f"; and {more} more problems" if more else ""))


def _read_json(path: Path) -> dict:
    try:
        raw = read_input(path, "layer", LayerError)
    except OSError as exc:
        raise LayerError(path, f"cannot be read: {exc.strerror or exc}") from None
    if not raw.strip():
        raise LayerError(path, "file is empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LayerError(path, f"not UTF-8 JSON (byte {exc.start})") from None
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise LayerError(path, f"not JSON: {exc}") from None
    except ValueError as exc:
        raise LayerError(path, f"not JSON: {exc}") from None
    except RecursionError:
        raise LayerError(path, "not JSON: nested too deeply") from None
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise LayerError(path, "not a GeoJSON FeatureCollection")
    if not isinstance(data.get("features"), list):
        raise LayerError(path, "not a GeoJSON FeatureCollection: `features` is not a list")
    crs = data.get("crs")
    if crs is not None:
        name = (crs.get("properties") or {}).get("name") if isinstance(crs, dict) else crs
        try:
            CRS.from_user_input(name)
        except Exception:  # noqa: BLE001 - pyproj raises several error types
            raise LayerError(
                path,
                f"`crs` member {name!r} is no known CRS; GeoJSON is WGS84 longitude, "
                "latitude without a `crs` member",
            ) from None
    return data


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a JSON number")


def load_layer(path: str | Path) -> ControlLayer:
    """Read and validate one control layer.

    Parameters
    ----------
    path : str or Path
        A GeoJSON file. Its date comes from the file name (``YYYY-MM-DD.geojson``)
        or, failing that, from a ``date`` property shared by its features.

    Returns
    -------
    ControlLayer
        The layer, its frame reduced to ``faction`` and ``geometry``.

    Raises
    ------
    LayerError
        When the file is unreadable, not GeoJSON, has no date, or fails
        :func:`validate_layer`.
    """
    path = Path(path)
    _read_json(path)
    try:
        with warnings.catch_warnings():
            # GDAL's notes (e.g. "could not parse column as JSON") are not the user's
            # concern; validate_layer reports what is wrong in the user's terms.
            warnings.simplefilter("ignore", RuntimeWarning)
            warnings.simplefilter("ignore", UserWarning)
            gdf = pyogrio.read_dataframe(path)
    except Exception as exc:  # noqa: BLE001 - pyogrio/GDAL raise several error types
        raise LayerError(path, f"cannot be read as GeoJSON: {exc}") from exc
    validate_layer(gdf, path)
    layer_date = date_from_name(path) or _date_property(gdf, path)
    gdf = gdf[["faction", "geometry"]].set_crs(_WGS84, allow_override=True)
    gdf = gdf.set_geometry(shapely.force_2d(gdf.geometry.to_numpy()), crs=_WGS84)
    return ControlLayer(date=layer_date, path=str(path), gdf=gdf.reset_index(drop=True))


def _date_property(gdf: gpd.GeoDataFrame, path: Path) -> date:
    values = set(gdf["date"].dropna().astype(str)) if "date" in gdf.columns else set()
    if len(values) == 1:
        try:
            return date.fromisoformat(values.pop()[:10])
        except ValueError:
            pass
    raise LayerError(path, "no date: name the file YYYY-MM-DD.geojson")


def load_layers(layers_dir: Path | None = None) -> Sequence[ControlLayer]:
    """Read every control layer of a folder, earliest first.

    A folder that also holds ``changes.csv`` (and the ``areas.geojson`` its
    rows name) gives a :class:`geo.control.timeline.Timeline`: its layers
    composed with the dated changes into the control in force on any day.

    Parameters
    ----------
    layers_dir : Path, optional
        Folder of ``YYYY-MM-DD.geojson`` files; default the shipped ``layers/control``.

    Returns
    -------
    list of ControlLayer or Timeline
        Sorted by date.

    Raises
    ------
    LayerError
        When the folder is missing or holds no layer, a ``.geojson`` file is not
        named by its date, two files share a date, or any layer is invalid.
    """
    folder = Path(layers_dir) if layers_dir is not None else DEFAULT_CONTROL_DIR
    if not folder.is_dir():
        raise LayerError(folder, "not a folder of control layers")
    key = _folder_key(folder)
    cached = _LOADED.get(key)
    if cached is None:
        cached = _read_folder(folder)
        if len(_LOADED) >= _LOADED_MAX:
            _LOADED.pop(next(iter(_LOADED)))
        _LOADED[key] = cached
    return cached if hasattr(cached, "at") else list(cached)


#: Folders already read, keyed on their path and their files' sizes and
#: modification times: the app, the CLI and the tests share one composed
#: timeline (and its cached states) until a file changes.
_LOADED: dict[tuple, Sequence[ControlLayer]] = {}
_LOADED_MAX = 8


def _folder_key(folder: Path) -> tuple:
    """Identify a folder's current content: its path, and each file's name, size and mtime."""
    stats = []
    for path in sorted(folder.iterdir()):
        try:
            stat = path.stat()
        except OSError:
            continue
        stats.append((path.name, stat.st_size, stat.st_mtime_ns))
    return (str(folder.resolve()), tuple(stats))


def _read_folder(folder: Path) -> Sequence[ControlLayer]:
    """Read a folder's layers (and changes) without the cache; see :func:`load_layers`."""
    from geo.control.timeline import CHANGES_FILE, is_area_file, load_timeline

    files = [f for f in sorted(folder.glob("*.geojson")) if not is_area_file(f)]
    misnamed = [f.name for f in files if date_from_name(f) is None]
    if misnamed:
        raise LayerError(folder, f"file names must be YYYY-MM-DD.geojson, got {misnamed}")
    if not files:
        raise LayerError(folder, "no YYYY-MM-DD.geojson control layer found")
    layers = sorted((load_layer(f) for f in files), key=lambda layer: layer.date)
    if (folder / CHANGES_FILE).exists():
        return load_timeline(folder, layers)
    return layers


class Dated(Protocol):
    """Anything with the date it applies from: a control layer, or what a map needs of one."""

    @property
    def date(self) -> date:
        """The day from which it applies."""
        ...


DatedT = TypeVar("DatedT", bound=Dated)


def layer_for_date(layers: Sequence[DatedT], d: date | None) -> DatedT:
    """Pick the layer that applies to a date.

    Parameters
    ----------
    layers : sequence of ControlLayer
        Non-empty, in any order.
    d : datetime.date or None
        The event date.

    Returns
    -------
    ControlLayer
        The latest layer dated on or before ``d``; the earliest layer when
        none is or when ``d`` is None.

    Raises
    ------
    ValueError
        When ``layers`` is empty.
    """
    if not layers:
        raise ValueError("`layers` is empty: at least one control layer is needed")
    if hasattr(layers, "at"):  # a Timeline composes the day's control itself
        return layers.at(d)
    ordered = sorted(layers, key=lambda layer: layer.date)
    if d is None:
        return ordered[0]
    earlier = [layer for layer in ordered if layer.date <= d]
    return earlier[-1] if earlier else ordered[0]


def _read_basemap_file(name: str, basemap_dir: Path | None) -> gpd.GeoDataFrame:
    path = (basemap_dir or DEFAULT_BASEMAP_DIR) / BASEMAP_FILES[name]
    try:
        gdf = pyogrio.read_dataframe(path)
    except Exception as exc:  # noqa: BLE001 - pyogrio/GDAL raise several error types
        raise LayerError(path, f"cannot be read as GeoJSON: {exc}") from exc
    return gdf.set_crs(_WGS84, allow_override=True)


def load_basemap(basemap_dir: Path | None = None) -> Basemap:
    """Return every basemap frame at once.

    Parameters
    ----------
    basemap_dir : Path, optional
        Folder of the basemap files; default the shipped ``layers/basemap``.

    Returns
    -------
    Basemap
        Outline, governorates, neighbours and cities.
    """
    frames = {name: _read_basemap_file(name, basemap_dir) for name in BASEMAP_FILES}
    return Basemap(**frames)
