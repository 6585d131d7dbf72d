"""Read a table of joined events written by ``strikemap build`` back in."""

from __future__ import annotations

import warnings
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
