"""Writing outputs: the only module that writes files.

Every file is written to a temporary file in the destination folder and then
renamed over the target (``os.replace``), so a crash or a kill halfway through
leaves the previous version of each output whole.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo.ingest.points import lonlat_arrays, with_points
from geo.record import CONTROL_COLUMNS, ordered_columns


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it over ``target`` on success.

    Use it for writers that want a path (GeoParquet, GeoPackage). On any
    exception the temporary file is removed and ``target`` is left untouched.

    Parameters
    ----------
    target : str or Path
        The file to (re)place.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp" + target.suffix, dir=target.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()  # some writers refuse to overwrite an existing file
    try:
        yield tmp
        if not tmp.exists():
            raise RuntimeError(f"{target}: writer produced no file")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def atomic_write_bytes(target: str | Path, data: bytes) -> Path:
    """Write bytes to ``target`` atomically.

    Parameters
    ----------
    target : str or Path
        Destination file.
    data : bytes
        The content.

    Returns
    -------
    Path
        The destination.
    """
    with atomic_path(target) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
    return Path(target)


def atomic_write_text(target: str | Path, text: str) -> Path:
    """Write UTF-8 text to ``target`` atomically."""
    return atomic_write_bytes(target, text.encode("utf-8"))


def _json_value(value: Any) -> Any:
    """Convert a cell to a JSON-safe value (NaN and NaT become null)."""
    if value is None:
        return None
    if isinstance(value, (datetime, pd.Timestamp)):
        return None if pd.isna(value) else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    if value is pd.NA or value is pd.NaT:
        return None
    return value


def property_columns(gdf: pd.DataFrame) -> list[str]:
    """Return the event columns present in ``gdf``, in output order, then any extras."""
    return ordered_columns(gdf.columns)


def geojson_dict(gdf: gpd.GeoDataFrame, *, only_located: bool = True) -> dict[str, Any]:
    """Build an RFC 7946 FeatureCollection from an events GeoDataFrame.

    Coordinates are WGS84 longitude, latitude; there is no ``crs`` member.

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame
        Events; reprojected to EPSG:4326 if needed.
    only_located : bool, default True
        Leave out rows without a geometry (unresolved places), so that every
        feature is a Point.

    Returns
    -------
    dict
        The FeatureCollection.
    """
    if gdf.crs is not None and not gdf.crs.equals("EPSG:4326"):
        gdf = gdf.to_crs("EPSG:4326")
    geoms = gdf.geometry.to_numpy()
    has_geom = located_mask(geoms)
    keep = has_geom if only_located else np.ones(len(gdf), dtype=bool)
    columns = property_columns(gdf)
    values = [_json_column(gdf[c], keep) for c in columns]
    coords = shapely.get_coordinates(geoms[keep & has_geom]).tolist()
    points = iter(coords)
    features = []
    for located, row in zip(has_geom[keep], zip(*values, strict=True), strict=True):
        geometry = {"type": "Point", "coordinates": next(points)} if located else None
        features.append(
            {
                "type": "Feature",
                "geometry": geometry,
                "properties": dict(zip(columns, row, strict=True)),
            }
        )
    return {"type": "FeatureCollection", "features": features}


def located_mask(geoms: np.ndarray) -> np.ndarray:
    """Return True where a geometry is present, not empty and has no NaN coordinate."""
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if present.any():
        xy = shapely.get_coordinates(geoms[present], include_z=False)
        counts = shapely.get_num_coordinates(geoms[present])
        bad = np.isnan(xy).any(axis=1)
        if bad.any():
            # Every present geometry has a coordinate, so no run is empty.
            bad_geom = np.logical_or.reduceat(bad, np.cumsum(counts) - counts)
            present[np.flatnonzero(present)[bad_geom]] = False
    return present


def _json_column(series: pd.Series, keep: np.ndarray) -> list[Any]:
    """Convert one column to JSON-safe Python values (vectorised where possible)."""
    values = series.to_numpy()[keep]
    if values.dtype.kind == "f":
        finite = np.isfinite(values)
        return [v if ok else None for v, ok in zip(values.tolist(), finite.tolist(), strict=True)]
    if values.dtype.kind in "iub":
        return values.tolist()
    if pd.api.types.is_string_dtype(series.dtype) and not pd.api.types.is_object_dtype(
        series.dtype
    ):
        return [None if v is None or v != v else v for v in values.tolist()]
    return [_json_value(v) for v in values.tolist()]


def _json_fragments(values: list[Any]) -> list[str]:
    """Return each JSON-safe value as the text :func:`json.dumps` gives it inside a document."""
    encode = json.encoder.encode_basestring
    dumps = json.dumps
    return [
        "null" if v is None else encode(v) if type(v) is str else dumps(v, ensure_ascii=False)
        for v in values
    ]


def _json_texts(series: pd.Series, keep: np.ndarray) -> list[str]:
    """Return the JSON text of each kept cell of a column (as :func:`_json_column` values).

    Floats and integers are formatted as :mod:`json` formats them (``repr``);
    strings are encoded once per distinct value.
    """
    values = series.to_numpy()[keep]
    if values.dtype.kind == "f":
        text = [repr(v) for v in values.tolist()]
        for i in np.flatnonzero(~np.isfinite(values)).tolist():
            text[i] = "null"
        return text
    if values.dtype.kind == "b":
        return np.where(values, "true", "false").tolist()
    if values.dtype.kind in "iu":
        return [repr(v) for v in values.tolist()]
    if pd.api.types.is_string_dtype(series.dtype) and not pd.api.types.is_object_dtype(
        series.dtype
    ):
        codes, distinct = pd.factorize(values, use_na_sentinel=True)
        encoded = np.array([*_json_fragments([str(v) for v in distinct]), "null"], dtype=object)
        return encoded[codes].tolist()
    # Objects (dates, strings, None): each distinct string or date is converted once.
    cache: dict[object, str] = {}
    text = []
    for value in values.tolist():
        if type(value) in _CACHED_TYPES:
            fragment = cache.get(value)
            if fragment is None:
                fragment = cache[value] = _json_fragments([_json_value(value)])[0]
        else:
            fragment = _json_fragments([_json_value(value)])[0]
        text.append(fragment)
    return text


#: Cell types whose equal values always have the same JSON text.
_CACHED_TYPES = frozenset({str, date})


def geojson_text(gdf: gpd.GeoDataFrame, *, only_located: bool = True) -> str:
    """Serialise events as RFC 7946 GeoJSON text (see :func:`geojson_dict`).

    The text is exactly ``json.dumps(geojson_dict(gdf), ensure_ascii=False)``,
    assembled column by column from each value's JSON text instead of through
    one dictionary per feature, which takes about a third of the time.
    """
    if gdf.crs is not None and not gdf.crs.equals("EPSG:4326"):
        gdf = gdf.to_crs("EPSG:4326")
    columns = property_columns(gdf)
    if not all(isinstance(c, str) for c in columns):
        return json.dumps(geojson_dict(gdf, only_located=only_located), ensure_ascii=False)
    geoms = gdf.geometry.to_numpy()
    has_geom = located_mask(geoms)
    keep = has_geom if only_located else np.ones(len(gdf), dtype=bool)
    xy = shapely.get_coordinates(geoms[keep & has_geom]).tolist()
    points = iter([f'{{"type": "Point", "coordinates": [{x!r}, {y!r}]}}' for x, y in xy])
    geometry = [next(points) if located else "null" for located in has_geom[keep].tolist()]
    properties = ", ".join(
        json.encoder.encode_basestring(c).replace("%", "%%") + ": %s" for c in columns
    )
    template = '{"type": "Feature", "geometry": %s, "properties": {' + properties + "}}"
    cells = [_json_texts(gdf[c], keep) for c in columns]
    features = [template % row for row in zip(geometry, *cells, strict=True)]
    return '{"type": "FeatureCollection", "features": [' + ", ".join(features) + "]}"


#: First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA = r"^[=+\-@\t\r]"
#: A cell that is a plain number (``-3.5``, ``+1e3``) is no formula and is kept as it is.
_NUMBER = r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$"


def neutralise_cell(value: object) -> object:
    """Prefix a single quote to a text cell a spreadsheet would run as a formula.

    Examples
    --------
    >>> neutralise_cell("=HYPERLINK(1)"), neutralise_cell("-3.5"), neutralise_cell(-3.5)
    ("'=HYPERLINK(1)", '-3.5', -3.5)
    """
    if isinstance(value, str) and value.startswith(FORMULA_START):
        if not re.match(_NUMBER, value):
            return "'" + value
    return value


_FIRST_RISKY = frozenset("=+-@\t\r")
#: A text that starts with one of :data:`_FIRST_RISKY` or holds a carriage return (RE2).
_RISKY_TEXT = r"^[=+\-@\t\r]|\r"


def _may_need_fixing(series: pd.Series) -> bool:
    """Whether a text column has a cell that starts like a formula or holds a carriage return.

    Checked on the column's distinct values (few in most columns), or in Arrow
    for Arrow-backed text; a column that passes is left as it is, the others
    are neutralised cell by cell.
    """
    if isinstance(series.dtype, pd.StringDtype) and series.dtype.storage == "pyarrow":
        import pyarrow as pa
        import pyarrow.compute as pc

        cells = pa.array(series, from_pandas=True)  # no copy
        return pc.any(pc.match_substring_regex(cells, _RISKY_TEXT)).as_py() is True
    try:
        distinct = pd.unique(series.to_numpy(dtype=object))
    except TypeError:  # unhashable cells: check them all
        return True
    for value in distinct:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            continue
        text = value if isinstance(value, str) else str(value)
        if text and (text[0] in _FIRST_RISKY or "\r" in text):
            return True
    return False


def neutralise_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Return a copy whose text cells and column names cannot start a formula.

    Numeric columns are left alone; in text columns a cell that is a plain
    number is kept too. See :func:`neutralise_cell`. A carriage return inside
    a text cell becomes a line feed (as in reports), because the CSV writer
    would not quote it and readers would split the row there.
    """
    out = df.copy()
    for i in range(out.shape[1]):
        series = out.iloc[:, i]
        if series.dtype.kind in "iufbmM" or isinstance(series.dtype, gpd.array.GeometryDtype):
            continue
        if not _may_need_fixing(series):
            continue
        text = series.astype("string")
        risky = text.str.match(_FORMULA, na=False) & ~text.str.match(_NUMBER, na=False)
        carriage = text.str.contains("\r", regex=False, na=False)
        if risky.any() or carriage.any():
            fixed = series.astype(object).copy()
            fixed[risky.to_numpy()] = "'" + text[risky].astype(str)
            fixed[carriage.to_numpy()] = fixed[carriage.to_numpy()].str.replace("\r", "\n")
            out.isetitem(i, fixed)
    out.columns = [neutralise_cell(c) for c in out.columns]
    return out


def neutralise_arrow(table: Any) -> Any:
    """Neutralise the text columns and column names of an Arrow table (as above)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    for i, field in enumerate(table.schema):
        if not (pa.types.is_string(field.type) or pa.types.is_large_string(field.type)):
            continue
        column = table.column(i)
        risky = pc.and_(
            pc.match_substring_regex(column, _FORMULA),
            pc.invert(pc.match_substring_regex(column, _NUMBER)),
        )
        if pc.any(risky).as_py():
            quote, empty = pa.scalar("'", field.type), pa.scalar("", field.type)
            quoted = pc.binary_join_element_wise(quote, column, empty)
            table = table.set_column(i, field.name, pc.if_else(risky, quoted, column))
    return table.rename_columns([neutralise_cell(c) for c in table.column_names])


def csv_text(df: pd.DataFrame) -> str:
    """Serialise events as CSV with ``latitude``/``longitude`` and no geometry column.

    Text cells a spreadsheet would run as formulas are neutralised
    (:func:`neutralise_formulas`).
    """
    columns = property_columns(df)
    return neutralise_formulas(df[columns]).to_csv(index=False, lineterminator="\n")


def write_geojson(gdf: gpd.GeoDataFrame, target: str | Path) -> Path:
    """Write events as RFC 7946 GeoJSON, atomically."""
    return atomic_write_text(target, geojson_text(gdf))


def write_csv(df: pd.DataFrame, target: str | Path) -> Path:
    """Write events (or any table) as UTF-8 CSV, atomically."""
    return atomic_write_text(target, csv_text(df))


def write_parquet(gdf: gpd.GeoDataFrame, target: str | Path) -> Path:
    """Write events as GeoParquet, atomically."""
    with atomic_path(target) as tmp:
        gdf[property_columns(gdf) + ["geometry"]].to_parquet(tmp, index=False)
    return Path(target)


def write_with(target: str | Path, writer: Callable[[Path], object]) -> Path:
    """Run ``writer(tmp_path)`` and rename its file over ``target`` atomically."""
    with atomic_path(target) as tmp:
        writer(tmp)
    return Path(target)


#: ACLED ``time_precision`` codes: 1 day, 2 week (or a span of days), 3 month.
ACLED_TIME_PRECISION = {"day": 1, "week": 2, "window": 2, "month": 3}
#: ACLED ``geo_precision`` codes: 1 the town itself, 2 part of or near a town
#: or a small area, 3 a larger region (district, governorate).
ACLED_GEO_PRECISION = {
    "neighbourhood": 1,
    "town": 1,
    "district": 2,
    "region": 3,
    "governorate": 3,
    "offset": 2,
    "direction": 2,
}
#: ACLED-style names for the actors strikemap distinguishes.
ACLED_ACTOR = {
    "russia": "Military Forces of Russia (2000-)",
    "regime": "Military Forces of Syria (2000-)",
    "coalition": "Operation Inherent Resolve",
    "unknown": "Unidentified Military Forces",
}
ACLED_COLUMNS = [
    "event_date", "time_precision", "actor1", "location", "admin1", "latitude",
    "longitude", "geo_precision", "source", "notes",
]  # fmt: skip


def acled_frame(events: pd.DataFrame) -> pd.DataFrame:
    """Return events in ACLED-compatible columns.

    Parameters
    ----------
    events : pandas.DataFrame
        Joined events.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`ACLED_COLUMNS`; ``notes`` holds the quote, the
        claimant's claim and who held the ground.
    """
    dates = pd.to_datetime(events["event_date"], errors="coerce")
    place = events["place_name"].where(events["place_name"].notna(), events["place_as_written"])
    source = events["doc_source"].where(events["doc_source"].notna(), events["doc"])
    notes = (
        events["quote"].fillna("").astype(str)
        + " [claimant: " + events["claimant"].fillna("unknown").astype(str)
        + "; claimed target: " + events["claimed_target"].fillna("unspecified").astype(str)
        + "; ground: " + events["controlled_by"].fillna("unknown").astype(str) + "]"
    )  # fmt: skip
    return pd.DataFrame(
        {
            "event_date": dates.dt.strftime("%Y-%m-%d"),
            "time_precision": events["time_precision"].map(ACLED_TIME_PRECISION),
            "actor1": events["actor"].map(ACLED_ACTOR).fillna(ACLED_ACTOR["unknown"]),
            "location": place,
            "admin1": events["admin1"],
            "latitude": events["latitude"],
            "longitude": events["longitude"],
            "geo_precision": events["geo_precision"].map(ACLED_GEO_PRECISION),
            "source": source,
            "notes": notes,
        }
    )


def _vector_frame(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Located rows with plain column types that every vector driver accepts."""
    located = gdf.loc[located_mask(gdf.geometry.to_numpy())]
    out = located[property_columns(located)].copy()
    for column in out.columns:
        if out[column].dtype == object:
            out[column] = out[column].map(_json_value).astype(object)
            if out[column].map(lambda v: isinstance(v, (int, float, bool)) or v is None).all():
                continue
            out[column] = out[column].map(lambda v: None if v is None else str(v))
    return gpd.GeoDataFrame(out, geometry=located.geometry.to_numpy(), crs="EPSG:4326")


def write_kml(gdf: gpd.GeoDataFrame, target: str | Path) -> Path:
    """Write located events as KML for Google Earth (pyogrio's KML driver), atomically."""
    return write_kml_vector(_vector_frame(gdf), target)


def write_kml_vector(frame: gpd.GeoDataFrame, target: str | Path) -> Path:
    """Write a table :func:`_vector_frame` made as KML (see :func:`write_kml`), atomically."""
    import pyogrio

    frame = frame.copy()
    label = frame["place_name"] if "place_name" in frame else frame["place_as_written"]
    frame.insert(0, "Name", label.fillna(frame["place_as_written"]))
    frame.insert(1, "Description", frame["quote"])
    with atomic_path(target) as tmp:
        pyogrio.write_dataframe(frame, tmp, layer="strikes", driver="KML", use_arrow=True)
    return Path(target)


def write_layer(layer_gdf: gpd.GeoDataFrame, folder: str | Path, on: date) -> Path:
    """Write a control layer as ``folder/YYYY-MM-DD.geojson`` (RFC 7946), atomically.

    Parameters
    ----------
    layer_gdf : geopandas.GeoDataFrame
        One row per faction (``faction`` and geometry; ``date``, ``notes`` kept).
    folder : str or Path
        The control-layer folder.
    on : datetime.date
        The layer's date, which names the file.

    Returns
    -------
    Path
        The written file.
    """
    frame = layer_gdf.copy()
    frame["date"] = on.isoformat()
    features = [
        {
            "type": "Feature",
            "properties": {c: _json_value(row[c]) for c in frame.columns if c != "geometry"},
            "geometry": row.geometry.__geo_interface__,
        }
        for _, row in frame.iterrows()
    ]
    collection = {"type": "FeatureCollection", "features": features}
    return atomic_write_text(Path(folder) / f"{on.isoformat()}.geojson", json.dumps(collection))


#: Table formats of :func:`write_table`, by file extension.
TABLE_SUFFIXES = (".csv", ".geojson", ".parquet")


def _arrow_table(df: pd.DataFrame) -> Any:
    """Return the non-geometry columns as an Arrow table; day-only timestamps as dates."""
    import pyarrow as pa

    columns = [c for c in df.columns if not isinstance(df[c].dtype, gpd.array.GeometryDtype)]
    table = pa.Table.from_pandas(pd.DataFrame(df[columns]), preserve_index=False)
    for i, field in enumerate(table.schema):
        if pa.types.is_timestamp(field.type) and field.type.tz is None:
            values = df[field.name].to_numpy()
            if (np.isnat(values) | (values == values.astype("datetime64[D]"))).all():
                table = table.set_column(i, field.name, table[i].cast(pa.date32()))
    return table


def write_table_csv(df: pd.DataFrame, target: str | Path) -> Path:
    """Write any table (a million rows in about a second) as UTF-8 CSV, atomically.

    Columns keep their order; the geometry column is left out (keep
    ``latitude``/``longitude`` columns for the coordinates); timestamps that
    are whole days are written as ``YYYY-MM-DD``; text cells that would start a
    spreadsheet formula are neutralised (:func:`neutralise_arrow`).
    """
    import pyarrow.csv as pa_csv

    table = neutralise_arrow(_arrow_table(df))
    with atomic_path(target) as tmp:
        pa_csv.write_csv(table, tmp)
    return Path(target)


def write_table_parquet(gdf: gpd.GeoDataFrame | pd.DataFrame, target: str | Path) -> Path:
    """Write any GeoDataFrame as GeoParquet, columns in their order, atomically.

    A DataFrame without geometry but with ``longitude`` and ``latitude``
    columns (EPSG:4326) is written as GeoParquet too, its Point geometry
    encoded straight from the coordinates (see :func:`point_wkb`), placed
    before the control columns a join added (where :func:`geo.ingest.points.read_points`
    puts it), else last.
    """
    if isinstance(gdf, gpd.GeoDataFrame):
        with atomic_path(target) as tmp:
            gdf.to_parquet(tmp, index=False)
        return Path(target)
    import pyarrow.parquet as pq

    table = _geoparquet_points(gdf)
    with atomic_path(target) as tmp:
        pq.write_table(table, tmp)
    return Path(target)


def point_wkb(x: np.ndarray, y: np.ndarray) -> Any:
    """Return little-endian WKB Points as an Arrow binary array, null where x or y is NaN.

    The 21 bytes of each point are laid out with numpy, so a million points
    take milliseconds instead of the second shapely needs to build and
    encode them.

    Parameters
    ----------
    x, y : numpy.ndarray
        Coordinates.

    Returns
    -------
    pyarrow.BinaryArray
    """
    import pyarrow as pa

    layout = np.dtype([("order", "u1"), ("kind", "<u4"), ("x", "<f8"), ("y", "<f8")])
    records = np.empty(len(x), dtype=layout)
    records["order"], records["kind"] = 1, 1
    records["x"], records["y"] = x, y
    offsets = np.arange(len(x) + 1, dtype=np.int32) * layout.itemsize
    valid = ~(np.isnan(x) | np.isnan(y))
    validity = None if valid.all() else pa.array(valid).buffers()[1]
    return pa.Array.from_buffers(
        pa.binary(),
        len(x),
        [validity, pa.py_buffer(offsets), pa.py_buffer(records.tobytes())],
        null_count=int((~valid).sum()),
    )


def _geoparquet_points(df: pd.DataFrame) -> Any:
    """Return a GeoParquet table of a frame with longitude/latitude, geometry built from them."""
    import pyarrow as pa
    from pyproj import CRS

    x, y = lonlat_arrays(df)
    table = pa.Table.from_pandas(df, preserve_index=False)
    crs = CRS("EPSG:4326").to_json_dict()
    valid = ~(np.isnan(x) | np.isnan(y))
    bbox = (
        [float(x[valid].min()), float(y[valid].min()), float(x[valid].max()), float(y[valid].max())]
        if valid.any()
        else []
    )
    field = pa.field(
        "geometry",
        pa.binary(),
        metadata={
            "ARROW:extension:name": "geoarrow.wkb",
            "ARROW:extension:metadata": json.dumps({"crs": crs}),
        },
    )
    # The geometry goes before the columns a join with the control layers added.
    control = [c for c in CONTROL_COLUMNS if c in df.columns]
    at = list(df.columns).index(control[0]) if control else len(df.columns)
    table = table.add_column(at, field, point_wkb(x, y))
    geo = {
        "primary_column": "geometry",
        "columns": {
            "geometry": {
                "encoding": "WKB",
                "crs": crs,
                "geometry_types": ["Point"] if valid.any() else [],
                "bbox": bbox,
            }
        },
        "version": "1.1.0",
    }
    metadata = {**(table.schema.metadata or {}), b"geo": json.dumps(geo).encode("utf-8")}
    return table.replace_schema_metadata(metadata)


def write_table_geojson(gdf: gpd.GeoDataFrame | pd.DataFrame, target: str | Path) -> Path:
    """Write any GeoDataFrame as RFC 7946 GeoJSON (pyogrio), columns in order, atomically."""
    import pyogrio

    if not isinstance(gdf, gpd.GeoDataFrame):
        gdf = with_points(gdf)
    frame = gdf.to_crs("EPSG:4326") if gdf.crs is not None else gdf.set_crs("EPSG:4326")
    with atomic_path(target) as tmp:
        pyogrio.write_dataframe(
            frame, tmp, driver="GeoJSON", layer_options={"RFC7946": "YES"}, use_arrow=True
        )
    return Path(target)


def write_table(gdf: gpd.GeoDataFrame | pd.DataFrame, target: str | Path) -> Path:
    """Write a table in the format of ``target``'s extension (see :data:`TABLE_SUFFIXES`).

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame or pandas.DataFrame
        Any table with a geometry, or without one but with ``longitude`` and
        ``latitude`` columns (EPSG:4326) from which GeoParquet and GeoJSON
        outputs get Points.
    target : str or Path
        ``.csv``, ``.geojson`` or ``.parquet`` (GeoParquet).

    Returns
    -------
    Path
        The destination.

    Raises
    ------
    ValueError
        When the extension is none of :data:`TABLE_SUFFIXES`.
    """
    suffix = Path(target).suffix.lower()
    writers = {
        ".csv": write_table_csv,
        ".geojson": write_table_geojson,
        ".parquet": write_table_parquet,
    }
    if suffix not in writers:
        raise ValueError(
            f"`target` suffix was {suffix!r} but is expected to be in {TABLE_SUFFIXES}"
        )
    return writers[suffix](gdf, target)
