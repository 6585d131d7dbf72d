"""Saving an analyst's edits: corrections of events and redrawn control areas.

Both edits go to files the next build reads: a correction to the corpus
folder's ``corrections.csv`` (see :mod:`geo.review.corrections`), a drawn area to a
new control-layer version in the layers folder (see :mod:`geo.control.redraw`). Both
files are written atomically by :mod:`geo.output.export`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from shapely.geometry.base import BaseGeometry

from geo.control.layers import ControlLayer, layer_for_date
from geo.control.redraw import paint_area
from geo.output import export
from geo.review.corrections import (
    ACTIONS,
    corrections_csv_text,
    corrections_path,
    read_corrections,
    upsert,
)


def location_value(lat: float, lon: float) -> str:
    """Return the ``location`` correction value for a clicked point.

    Examples
    --------
    >>> location_value(35.612345678, 36.5)
    '35.61235,36.50000'
    """
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"(lat, lon) was {(lat, lon)!r}, which is not a coordinate pair")
    return f"{lat:.5f},{lon:.5f}"


def save_correction(
    src_dir: str | Path, key: str, action: str, value: str = "", note: str = ""
) -> Path:
    """Add or replace one correction in the corpus folder's ``corrections.csv``.

    The file is read, the correction for (``key``, ``action``) replaced or
    added, and the whole table written back atomically.

    Parameters
    ----------
    src_dir : str or Path
        The corpus folder.
    key : str
        The event's ``event_key``.
    action : {"location", "not_strike", "date"}
        What to correct.
    value : str
        A place id or ``lat,lon`` for ``location``; ``YYYY-MM-DD`` for ``date``.
    note : str
        Free text kept with the correction.

    Returns
    -------
    Path
        The corrections file.

    Raises
    ------
    ValueError
        If ``action`` is unknown, ``key`` empty, or a ``date`` value is not a date.
    CorrectionsError
        If the existing file is broken (it is then left untouched).
    """
    if action not in ACTIONS:
        raise ValueError(f"`action` was {action!r} but is expected to be in {ACTIONS}")
    if not key:
        raise ValueError("`key` was empty: a correction needs an event_key")
    if action == "date":
        date.fromisoformat(value)
    path = corrections_path(src_dir)
    text = corrections_csv_text(upsert(read_corrections(path), key, action, value, note))
    return export.atomic_write_text(path, text)


def save_area(
    layers: Sequence[ControlLayer],
    folder: str | Path,
    faction: str,
    area: BaseGeometry | dict[str, Any],
    on: date,
    note: str = "",
) -> tuple[ControlLayer, Path]:
    """Paint ``area`` for ``faction`` into the layer in force on ``on`` and save it.

    Parameters
    ----------
    layers : sequence of ControlLayer
        The current layers (non-empty).
    folder : str or Path
        The control-layer folder; the new version is ``folder/<on>.geojson``
        (an existing layer of that date is replaced).
    faction : str
        Who holds the drawn area.
    area : shapely geometry or GeoJSON geometry dict
        The drawn polygon, WGS84 longitude/latitude.
    on : datetime.date
        The date of the new version.
    note : str
        Recorded in the layer's ``notes``.

    Returns
    -------
    (ControlLayer, Path)
        The new, validated layer and the file written.

    Raises
    ------
    ValueError
        If the faction is unknown or the area is not a polygon inside the layer
        (nothing is written).
    """
    base = layer_for_date(layers, on)
    new = paint_area(base, faction, area, on=on, note=note)
    return new, export.write_layer(new.gdf, folder, on)
