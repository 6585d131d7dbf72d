"""Read a table of joined events written by ``strikemap build`` back in."""

from __future__ import annotations

import functools
import operator
import warnings
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import geopandas as gpd
import pyogrio

from geo.analysis.filters import NO_FACTION
from geo.errors import InputError

#: Suffixes of the events files :func:`read_events` reads.
EVENT_FILE_SUFFIXES = (".parquet", ".geojson", ".json")


def read_events(path: str | Path) -> gpd.GeoDataFrame:
    """Read joined events from GeoParquet or GeoJSON (``strikes.parquet``, ``strikes.geojson``).

    Parameters
    ----------
    path : str or Path
        The file.

    Returns
    -------
    GeoDataFrame
        In EPSG:4326 (a file without a CRS is taken as longitude/latitude).

    Raises
    ------
    InputError
        When the suffix is not one of :data:`EVENT_FILE_SUFFIXES`, the file
        cannot be read, holds no point geometry or lacks ``event_date``.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EVENT_FILE_SUFFIXES:
        known = ", ".join(EVENT_FILE_SUFFIXES)
        raise InputError(path, f"expected a folder of reports or an events file ({known})")
    try:
        if suffix == ".parquet":
            events = gpd.read_parquet(path)
        else:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                warnings.simplefilter("ignore", UserWarning)
                events = gpd.GeoDataFrame(pyogrio.read_dataframe(path))
    except Exception as exc:  # noqa: BLE001 - pyarrow, pyogrio and GDAL raise many types
        kind = "GeoParquet" if suffix == ".parquet" else "GeoJSON"
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(path, f"cannot be read as {kind}: {first}") from None
    if "geometry" not in events or not isinstance(events, gpd.GeoDataFrame):
        raise InputError(path, "no geometry column: not a table of located events")
    if "event_date" not in events.columns:
        raise InputError(path, "no `event_date` column: not a table of events from strikemap")
    kinds = set(events.geometry.dropna().geom_type)
    if kinds - {"Point"}:
        raise InputError(path, f"events must be points, found {sorted(kinds - {'Point'})}")
    if events.crs is None:
        return events.set_crs("EPSG:4326")
    return events.to_crs("EPSG:4326")


def read_events_dataset(
    path: str | Path,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    factions: Iterable[str] | None = None,
    claimants: Iterable[str] | None = None,
    actors: Iterable[str] | None = None,
    docs: Iterable[str] | None = None,
    precisions: Iterable[str] | None = None,
    text: str | None = None,
    columns: Sequence[str] | None = None,
) -> gpd.GeoDataFrame:
    """Read joined events from GeoParquet, filtering in the Parquet reader.

    The filters are those of :func:`geo.analysis.filters.filter_events`, with the
    same meaning, pushed down to the reader: row groups whose statistics exclude
    them are skipped, and only the rows kept (and the ``columns`` asked for) are
    turned into a frame.

    Parameters
    ----------
    path : str or Path
        A GeoParquet file; a build's output folder (its ``strikes.parquet``);
        or a folder of GeoParquet parts.
    date_from, date_to : datetime.date, optional
        First and last day kept (undated events are dropped when either is given).
    factions, claimants, actors, docs, precisions : iterable of str, optional
        Values of ``controlled_by``, ``claimant``, ``actor``, ``doc`` and
        ``geo_precision`` to keep; ``"none"`` keeps the missing ones.
    text : str, optional
        Case-insensitive substring searched in ``quote`` and ``place_as_written``.
    columns : sequence of str, optional
        Columns to read (``geometry`` is always read); those the table lacks
        are left out.

    Returns
    -------
    geopandas.GeoDataFrame
        In EPSG:4326.
    """
    import pyarrow.dataset as ds

    from geo.build.stream import _to_frame, unified_schema

    path = Path(path)
    if path.is_dir() and (path / "strikes.parquet").is_file():
        path = path / "strikes.parquet"
    files = sorted(path.glob("*.parquet")) if path.is_dir() else [path]
    if not files:
        raise InputError(path, "holds no GeoParquet (.parquet) file")
    dataset = ds.dataset([str(f) for f in files], format="parquet", schema=unified_schema(files))
    wanted = None
    if columns is not None:
        present = set(dataset.schema.names)
        wanted = [*(c for c in columns if c != "geometry" and c in present), "geometry"]
    keep = events_filter(
        dataset.schema,
        date_from=date_from,
        date_to=date_to,
        choices={
            "controlled_by": factions,
            "claimant": claimants,
            "actor": actors,
            "doc": docs,
            "geo_precision": precisions,
        },
        text=text,
    )
    return _to_frame(dataset.to_table(columns=wanted, filter=keep))


#: Columns :func:`events_filter` searches for its text.
TEXT_COLUMNS = ("quote", "place_as_written")


def events_filter(
    schema: Any,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    choices: Mapping[str, Iterable[str] | None] | None = None,
    text: str | None = None,
) -> Any:
    """Return the Arrow filter expression of :func:`geo.analysis.filters.filter_events`.

    Parameters
    ----------
    schema : pyarrow.Schema
        The table's schema (a column it lacks counts as missing in every row).
    date_from, date_to : datetime.date, optional
        Inclusive bounds on ``event_date``.
    choices : mapping of str to iterable of str, optional
        Values to keep per column; ``"none"`` keeps missing values, an empty
        collection keeps nothing, None keeps everything.
    text : str, optional
        Case-insensitive substring of :data:`TEXT_COLUMNS`.

    Returns
    -------
    pyarrow.compute.Expression or None
        None when no filter is given.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    names = set(schema.names)
    terms = []
    if date_from is not None or date_to is not None:
        if "event_date" not in names:
            return pc.scalar(False)
        day = pc.field("event_date")
        if date_from is not None:
            terms.append(day >= _day_scalar(schema, date_from))
        if date_to is not None:
            terms.append(day <= _day_scalar(schema, date_to))
    for column, values in (choices or {}).items():
        if values is None:
            continue
        chosen = {str(v) for v in values}
        if column not in names:
            terms.append(pc.scalar(NO_FACTION in chosen))
            continue
        held = pc.field(column).cast("string").isin(pa.array(sorted(chosen), type=pa.string()))
        if NO_FACTION in chosen:
            held = held | pc.field(column).is_null()
        terms.append(held)
    if text:
        found = [
            pc.match_substring(pc.field(c).cast("string"), text, ignore_case=True)
            for c in TEXT_COLUMNS
            if c in names
        ]
        # Kleene logic: a missing text matches nothing, as in the in-memory filter.
        terms.append(functools.reduce(operator.or_, found) if found else pc.scalar(False))
    return functools.reduce(operator.and_, terms) if terms else None


def _day_scalar(schema: Any, day: date) -> object:
    """Return a day comparable with the table's ``event_date`` (an Arrow date or ISO text)."""
    import pyarrow as pa

    kind = schema.field("event_date").type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return pa.scalar(day.isoformat(), type=kind)
    if pa.types.is_timestamp(kind):
        return pa.scalar(datetime.combine(day, datetime.min.time()), type=kind)
    return pa_date(day)


def pa_date(day: date) -> object:
    """Return a day as an Arrow date scalar (to compare with ``event_date``)."""
    import pyarrow as pa

    return pa.scalar(day, type=pa.date32())
