"""Reading point files (existing event data such as ACLED) into a GeoDataFrame.

Three formats, chosen by extension: CSV (``.csv``) with latitude, longitude
and date columns; GeoJSON (``.geojson``, ``.json``) with Point features; and
Parquet (``.parquet``, ``.geoparquet``), either GeoParquet with a point
geometry column or a plain table with latitude and longitude columns.

Column names are matched without regard to case, and a few usual aliases are
accepted (``lat``/``lon``/``lng``, ``date``); they are renamed to
``latitude``, ``longitude`` and ``event_date``. Dates may be ISO
(``2015-10-07``) or ACLED's ``07 October 2015``; they become ``datetime64``.
Every problem in a file is reported at once as :class:`~geo.errors.InputError`.
"""

from __future__ import annotations

import os
import re
import warnings
from datetime import datetime
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import shapely
from numpy.typing import ArrayLike
from pyproj import CRS
from pyproj.exceptions import CRSError

from geo.errors import InputError, InputWarning
from geo.ingest.limits import check_input
from geo.record import SYRIA_CHECK_BOUNDS

__all__ = [
    "DATE_FORMATS",
    "POINT_SUFFIXES",
    "lonlat_points",
    "parse_dates",
    "read_points",
    "read_points_frame",
]

#: Accepted names of each column, lowercase, canonical name first.
COLUMN_ALIASES = {
    "latitude": ("latitude", "lat", "y"),
    "longitude": ("longitude", "lon", "lng", "long", "x"),
    "event_date": ("event_date", "date"),
}
#: Date formats tried in turn on each distinct value.
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y", "%B %d, %Y")
#: File extensions read, by format.
POINT_SUFFIXES = {
    ".csv": "csv",
    ".geojson": "geojson",
    ".json": "geojson",
    ".parquet": "parquet",
    ".geoparquet": "parquet",
}
#: Bad values quoted in an error message, at most.
MAX_EXAMPLES = 3


def read_points(path: str | Path) -> gpd.GeoDataFrame:
    """Read a CSV, GeoJSON or (Geo)Parquet file of points.

    Parameters
    ----------
    path : str or Path
        The file; its extension (see :data:`POINT_SUFFIXES`) gives the format.

    Returns
    -------
    geopandas.GeoDataFrame
        Every column of the file, with ``latitude``, ``longitude`` (floats)
        and, when the file has dates, ``event_date`` (``datetime64[s]``,
        NaT where empty); geometry Points in EPSG:4326, missing where a
        coordinate is.

    Raises
    ------
    InputError
        When the file is missing, unreadable or of an unknown extension; when
        it has no latitude/longitude columns (or point geometry); when
        coordinates are not numbers or out of range; when dates cannot be
        parsed. All the problems of a file are listed in one message.
    """
    frame = read_points_frame(path)
    if isinstance(frame, gpd.GeoDataFrame):
        return frame
    return with_points(frame)


def read_points_frame(path: str | Path) -> pd.DataFrame:
    """Read a file of points like :func:`read_points`, without building Points where it can.

    A CSV or a plain Parquet table gives a DataFrame with ``latitude`` and
    ``longitude`` columns and no geometry, which :func:`geo.control.join.join_control`
    takes as it is: building a million shapely Points costs more than the join.

    Parameters
    ----------
    path : str or Path
        The file; its extension (see :data:`POINT_SUFFIXES`) gives the format.

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`read_points` without ``geometry`` for CSV and
        plain Parquet; the GeoDataFrame of :func:`read_points` for GeoJSON and
        GeoParquet.

    Raises
    ------
    InputError
        As :func:`read_points`.
    """
    path = Path(path)
    kind = POINT_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise InputError(
            path, f"extension {path.suffix!r} is not one of {', '.join(sorted(POINT_SUFFIXES))}"
        )
    if not os.path.lexists(path):
        raise InputError(path, "no such file")
    try:
        check_input(path, "points")
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror or exc}") from None
    if kind == "csv":
        frame = _from_table(_read_csv(path), path)
    elif kind == "geojson":
        _check_geojson_crs(path)
        frame = _from_geoframe(_read_geojson(path), path)
    else:
        frame = _read_parquet(path)
    warn_outside_syria(frame["longitude"].to_numpy(), frame["latitude"].to_numpy(), path)
    return frame


def warn_outside_syria(lon: np.ndarray, lat: np.ndarray, where: str | Path) -> None:
    """Warn, with counts, about points outside Syria and those that look swapped.

    A point outside whose latitude and longitude, swapped, fall inside was
    most likely written in the wrong order.
    """
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    located = ~(np.isnan(lon) | np.isnan(lat))
    outside = located & ~SYRIA_CHECK_BOUNDS.contains(lon, lat)
    if not outside.any():
        return
    swapped = int((outside & SYRIA_CHECK_BOUNDS.contains(lat, lon)).sum())
    first = int(np.flatnonzero(outside)[0])
    hint = f", {swapped} of them inside if latitude and longitude are swapped" if swapped else ""
    warnings.warn(
        InputWarning(
            f"{where}: {int(outside.sum())} of {int(located.sum())} points lie outside Syria"
            f"{hint} (e.g. row {first + 1}: latitude {float(lat[first]):g}, "
            f"longitude {float(lon[first]):g})"
        ),
        stacklevel=2,
    )


#: Bytes at the start of a GeoJSON file searched for its ``crs`` member.
_CRS_HEAD = 65536
_CRS_MEMBER = re.compile(rb'"crs"\s*:\s*\{[^{}]*"properties"\s*:\s*\{[^{}]*"name"\s*:\s*"([^"]*)"')


def _check_geojson_crs(path: Path) -> None:
    """Refuse a GeoJSON whose ``crs`` member names no known CRS (GDAL reads it as WGS84)."""
    with open(path, "rb") as fh:
        head = fh.read(_CRS_HEAD)
    match = _CRS_MEMBER.search(head)
    if match is None:
        return
    name = match.group(1).decode("utf-8", "replace")
    try:
        CRS.from_user_input(name)
    except CRSError:
        raise InputError(
            path,
            f"`crs` member {name!r} is no known CRS; GeoJSON is WGS84 longitude, latitude "
            "(leave the member out)",
        ) from None


def _read_csv(path: Path) -> pa.Table:
    import pyarrow.csv as pa_csv

    try:
        table = pa_csv.read_csv(path)
    except (pa.ArrowInvalid, OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot be read as CSV: {_first_line(exc)}") from exc
    _check_unique_columns(table.column_names, path)
    return table


def _check_unique_columns(names: list[str], path: Path) -> None:
    """Refuse a table that names a column twice: which one is meant cannot be told."""
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise InputError(path, f"column {name!r} appears more than once; rename one")
        seen.add(name)


def _read_geojson(path: Path) -> gpd.GeoDataFrame:
    import pyogrio

    try:
        return pyogrio.read_dataframe(path, use_arrow=True)
    except Exception as exc:  # noqa: BLE001 - pyogrio/GDAL raise several error types
        raise InputError(path, f"cannot be read as GeoJSON: {_first_line(exc)}") from exc


def _read_parquet(path: Path) -> pd.DataFrame:
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except (pa.ArrowInvalid, OSError) as exc:
        raise InputError(path, f"cannot be read as Parquet: {_first_line(exc)}") from exc
    _check_unique_columns(table.column_names, path)
    if b"geo" in (table.schema.metadata or {}):
        try:
            frame = gpd.GeoDataFrame.from_arrow(table)
        except (ValueError, TypeError, CRSError) as exc:
            raise InputError(path, f"GeoParquet geometry is unreadable: {exc}") from exc
        return _from_geoframe(frame, path)
    return _from_table(table, path)


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _find(columns: list[str], canonical: str) -> str | None:
    """Return the column of ``columns`` that names ``canonical`` (an alias, any case)."""
    lower = {c.lower(): c for c in columns}
    return next((lower[a] for a in COLUMN_ALIASES[canonical] if a in lower), None)


def _renames(columns: list[str], wanted: tuple[str, ...]) -> dict[str, str]:
    found = {name: _find(columns, name) for name in wanted}
    return {source: name for name, source in found.items() if source is not None}


def _from_table(table: pa.Table, path: Path) -> pd.DataFrame:
    """Check a table with latitude and longitude columns; return it without geometry."""
    renames = _renames(table.column_names, ("latitude", "longitude", "event_date"))
    missing = [c for c in ("latitude", "longitude") if c not in renames.values()]
    if missing:
        raise InputError(
            path,
            f"no {' or '.join(missing)} column (columns are {table.column_names[:12]}); "
            "expected latitude and longitude, in decimal degrees",
        )
    table = table.rename_columns([renames.get(c, c) for c in table.column_names])
    problems: list[str] = []
    coords = {c: _coordinate(table[c], c, problems) for c in ("latitude", "longitude")}
    dates = _dates_or_problem(table, problems)
    if problems:
        raise InputError(path, "; ".join(problems))
    parsed = ["latitude", "longitude", *(["event_date"] if dates is not None else [])]
    df = table.drop_columns(parsed).to_pandas()
    df["latitude"], df["longitude"] = coords["latitude"], coords["longitude"]
    if dates is not None:
        df["event_date"] = dates
    return df[[renames.get(c, c) for c in table.column_names]]


def _from_geoframe(frame: gpd.GeoDataFrame, path: Path) -> gpd.GeoDataFrame:
    """Check a frame read with its geometry; add latitude and longitude columns."""
    problems: list[str] = []
    geoms = frame.geometry.to_numpy() if frame.geometry.name in frame else None
    if geoms is None or len(geoms) and bool(pd.isna(geoms).all()):
        raise InputError(path, "no point geometry: expected Point features")
    if frame.crs is not None and not frame.crs.equals("EPSG:4326"):
        frame = frame.to_crs("EPSG:4326")
        geoms = frame.geometry.to_numpy()
    types = shapely.get_type_id(geoms)
    bad = np.flatnonzero((types != 0) & (types != -1))
    if bad.size:
        problems.append(
            f"{bad.size} feature(s) are not Points, e.g. feature {bad[0]} is a "
            f"{geoms[bad[0]].geom_type}"
        )
    renames = _renames([c for c in frame.columns if c != frame.geometry.name], ("event_date",))
    frame = frame.rename(columns=renames)
    dates = None
    if "event_date" in frame.columns:
        column = pa.array(frame["event_date"].astype(object), from_pandas=True)
        dates = _dates_or_problem(pa.table({"event_date": column}), problems)
    if problems:
        raise InputError(path, "; ".join(problems))
    out = frame.copy()
    if dates is not None:
        out["event_date"] = dates
    out["longitude"] = shapely.get_x(geoms)
    out["latitude"] = shapely.get_y(geoms)
    return out.set_crs("EPSG:4326", allow_override=True)


def _coordinate(column: pa.ChunkedArray, name: str, problems: list[str]) -> np.ndarray:
    """Return a column as floats; note values that are not numbers or out of range."""
    if pa.types.is_floating(column.type) or pa.types.is_integer(column.type):
        values = column.to_numpy().astype(float)
    elif pa.types.is_null(column.type):
        values = np.full(len(column), np.nan)
    else:
        text = pd.Series(column.cast(pa.string()).to_pandas())
        values = pd.to_numeric(text, errors="coerce").to_numpy(dtype=float)
        bad = np.flatnonzero(np.isnan(values) & (text.str.strip().fillna("") != "").to_numpy())
        if bad.size:
            examples = ", ".join(repr(text.iloc[i]) for i in bad[:MAX_EXAMPLES])
            problems.append(
                f"`{name}`: {bad.size} value(s) are not numbers, e.g. {examples} (row {bad[0] + 1})"
            )
            return values
    limit = 90.0 if name == "latitude" else 180.0
    out = np.flatnonzero(np.abs(values) > limit)
    if out.size:
        problems.append(
            f"`{name}`: {out.size} value(s) outside ±{limit:g}, e.g. {values[out[0]]!r} "
            f"(row {out[0] + 1}); coordinates must be decimal degrees"
        )
    return values


def _dates_or_problem(table: pa.Table, problems: list[str]) -> np.ndarray | None:
    if "event_date" not in table.column_names:
        return None
    try:
        return parse_dates(table["event_date"])
    except ValueError as exc:
        problems.append(str(exc))
        return None


def parse_dates(column: pa.ChunkedArray | pa.Array) -> np.ndarray:
    """Parse a column of dates (ISO or ACLED's "07 October 2015") to days as ``datetime64[s]``.

    Each distinct value is parsed once, so a million rows over a few hundred
    days take milliseconds.

    Parameters
    ----------
    column : pyarrow.Array or pyarrow.ChunkedArray
        Strings, dates or timestamps; nulls and empty strings become NaT.

    Returns
    -------
    numpy.ndarray
        ``datetime64[s]`` values.

    Raises
    ------
    ValueError
        Naming how many values are not dates, with examples.

    Examples
    --------
    >>> import pyarrow as pa
    >>> parse_dates(pa.array(["07 October 2015", "2016-04-01", None])).tolist()[:2]
    [datetime.datetime(2015, 10, 7, 0, 0), datetime.datetime(2016, 4, 1, 0, 0)]
    """
    if isinstance(column, pa.ChunkedArray):
        column = column.combine_chunks()
    if pa.types.is_timestamp(column.type) or pa.types.is_date(column.type):
        stamps = column.cast(pa.timestamp("s")).to_numpy(zero_copy_only=False)
        return stamps.astype("datetime64[D]").astype("datetime64[s]")
    encoded = pc.dictionary_encode(column.cast(pa.string()))
    distinct = encoded.dictionary.to_pylist()
    parsed = np.array([_parse_one(v) for v in distinct] + [None], dtype="datetime64[s]")
    failed = [v for v, p in zip(distinct, parsed, strict=False) if np.isnat(p) and v.strip()]
    if failed:
        examples = ", ".join(repr(v) for v in failed[:MAX_EXAMPLES])
        raise ValueError(
            f"`event_date`: {len(failed)} distinct value(s) are not dates, e.g. {examples}; "
            "expected YYYY-MM-DD or '07 October 2015'"
        )
    codes = encoded.indices.fill_null(len(distinct)).to_numpy(zero_copy_only=False)
    return parsed[codes]


def _parse_one(value: str) -> datetime | None:
    text = value.strip()
    if len(text) >= 10 and text[4] == "-":
        text = text[:10]  # ISO timestamps: the day is what matters
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def lonlat_arrays(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Return a table's ``longitude`` and ``latitude`` columns as floats.

    Parameters
    ----------
    frame : pandas.DataFrame
        A table with ``longitude`` and ``latitude`` columns.

    Returns
    -------
    (numpy.ndarray, numpy.ndarray)
        Longitudes and latitudes, NaN where a value is missing or not a number.
    """
    lon = pd.to_numeric(frame["longitude"], errors="coerce")
    lat = pd.to_numeric(frame["latitude"], errors="coerce")
    return lon.to_numpy(dtype=float, na_value=np.nan), lat.to_numpy(dtype=float, na_value=np.nan)


def with_points(frame: pd.DataFrame) -> gpd.GeoDataFrame:
    """Return a table with EPSG:4326 Points built from its longitude and latitude columns.

    Parameters
    ----------
    frame : pandas.DataFrame
        A table with ``longitude`` and ``latitude`` columns.

    Returns
    -------
    geopandas.GeoDataFrame
        The same rows and columns, a missing geometry where a coordinate is
        (see :func:`lonlat_arrays` and :func:`lonlat_points`).
    """
    return gpd.GeoDataFrame(frame, geometry=lonlat_points(*lonlat_arrays(frame)))


def lonlat_points(lon: ArrayLike, lat: ArrayLike) -> gpd.array.GeometryArray:
    """Return EPSG:4326 Points, with a missing geometry where either coordinate is NaN.

    Parameters
    ----------
    lon, lat : array-like of float
        Longitudes and latitudes in degrees, NaN where unknown.

    Returns
    -------
    geopandas.array.GeometryArray
    """
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    geometry = gpd.points_from_xy(lon, lat, crs="EPSG:4326")
    geometry[np.isnan(lon) | np.isnan(lat)] = None
    return geometry
