"""Read a table of joined events written by ``strikemap build`` back in."""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

import geopandas as gpd
import pyogrio

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
    columns: Sequence[str] | None = None,
) -> gpd.GeoDataFrame:
    """Read joined events from GeoParquet, filtering in the Parquet reader.

    The date and faction filters are pushed down to the reader: row groups
    whose statistics exclude them are skipped, and only the rows kept (and
    the ``columns`` asked for) are turned into a frame.

    Parameters
    ----------
    path : str or Path
        A GeoParquet file; a build's output folder (its ``strikes.parquet``);
        or a folder of GeoParquet parts.
    date_from, date_to : datetime.date, optional
        First and last day kept (undated events are dropped when either is given).
    factions : iterable of str, optional
        Factions holding the ground to keep; ``"none"`` keeps the events on
        ground nobody held.
    columns : sequence of str, optional
        Columns to read (``geometry`` is always read).

    Returns
    -------
    geopandas.GeoDataFrame
        In EPSG:4326.
    """
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    from geo.build.stream import _to_frame, unified_schema

    path = Path(path)
    if path.is_dir() and (path / "strikes.parquet").is_file():
        path = path / "strikes.parquet"
    files = sorted(path.glob("*.parquet")) if path.is_dir() else [path]
    if not files:
        raise InputError(path, "holds no GeoParquet (.parquet) file")
    dataset = ds.dataset([str(f) for f in files], format="parquet", schema=unified_schema(files))
    wanted = None if columns is None else [*(c for c in columns if c != "geometry"), "geometry"]
    keep = None
    if date_from is not None:
        keep = pc.field("event_date") >= pa_date(date_from)
    if date_to is not None:
        upper = pc.field("event_date") <= pa_date(date_to)
        keep = upper if keep is None else keep & upper
    if factions is not None:
        chosen = set(factions)
        held = pc.field("controlled_by").isin(sorted(chosen - {"none"}))
        if "none" in chosen:
            held = held | pc.field("controlled_by").is_null()
        keep = held if keep is None else keep & held
    return _to_frame(dataset.to_table(columns=wanted, filter=keep))


def pa_date(day: date) -> object:
    """Return a day as an Arrow date scalar (to compare with ``event_date``)."""
    import pyarrow as pa

    return pa.scalar(day, type=pa.date32())
