"""The review form's buttons as corrections, undo of saved edits, and ground changes.

Each button of the review form maps to one correction of the event shown
(:func:`correction_for`); a button whose correction would change nothing
raises :class:`NothingToSave` instead of writing a no-op row. Every edit the
app saves (a correction, a drawn control area) first takes a
:class:`Snapshot` of the file it writes, so that :func:`restore` undoes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from geo.output import export

#: The form's buttons and the correction action each saves.
BUTTON_ACTIONS = {
    "use_candidate": "location",
    "use_click": "location",
    "date": "date",
    "not_strike": "not_strike",
}


class NothingToSave(ValueError):
    """A button was pressed whose correction would change nothing (the message says why)."""


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value)) or str(value) == ""


def correction_for(
    button: str,
    *,
    place: str,
    current_place_id: object = None,
    current_date: date | None = None,
    candidate: str | None = None,
    clicked: str | None = None,
    picked_date: date | None = None,
) -> tuple[str, str]:
    """Return the (action, value) a review button saves for the event shown.

    Parameters
    ----------
    button : str
        One of :data:`BUTTON_ACTIONS`.
    place : str
        The place as written, for messages.
    current_place_id : str, optional
        The gazetteer place the event is located at now.
    current_date : date, optional
        The event's date now.
    candidate : str, optional
        The gazetteer place id picked in the candidates list.
    clicked : str, optional
        ``lat,lon`` of the point clicked on the review map.
    picked_date : date, optional
        The date in the event's date field.

    Returns
    -------
    (str, str)
        The correction action and value.

    Raises
    ------
    NothingToSave
        When nothing is picked or the pick is what the event already has.
    ValueError
        For an unknown button.
    """
    if button not in BUTTON_ACTIONS:
        raise ValueError(f"`button` was {button!r} but is expected to be in {list(BUTTON_ACTIONS)}")
    if button == "use_candidate":
        if _blank(candidate):
            raise NothingToSave(f"Nothing to save for {place}: pick a place first.")
        if not _blank(current_place_id) and str(candidate) == str(current_place_id):
            raise NothingToSave(f"{place} is already located at the place picked.")
        return "location", str(candidate)
    if button == "use_click":
        if _blank(clicked):
            raise NothingToSave(f"Nothing to save for {place}: click the map first.")
        return "location", str(clicked)
    if button == "date":
        if not isinstance(picked_date, date):
            raise NothingToSave(f"Nothing to save for {place}: pick a date first.")
        if current_date is not None and picked_date == current_date:
            raise NothingToSave(f"{place} is already dated {picked_date.isoformat()}.")
        return "date", picked_date.isoformat()
    return "not_strike", ""


@dataclass(frozen=True)
class Snapshot:
    """A file's content before an edit (``data`` None: the file did not exist)."""

    path: Path
    data: bytes | None
    label: str = ""


def snapshot(path: str | Path, label: str = "") -> Snapshot:
    """Record a file's content before it is written.

    Parameters
    ----------
    path : str or Path
        The file about to be written.
    label : str
        What the edit was, for the undo button.

    Returns
    -------
    Snapshot
    """
    target = Path(path)
    return Snapshot(target, target.read_bytes() if target.is_file() else None, label)


def restore(snap: Snapshot) -> Path:
    """Put a file back as a :class:`Snapshot` recorded it (removing it if it was absent).

    Returns
    -------
    Path
        The file restored.
    """
    if snap.data is None:
        snap.path.unlink(missing_ok=True)
        return snap.path
    return export.atomic_write_bytes(snap.path, snap.data)


def ground_changes(
    events: pd.DataFrame, before: Mapping[object, object]
) -> list[tuple[str, object, object]]:
    """Return the strikes whose ground changed since ``before``.

    Parameters
    ----------
    events : DataFrame
        Events after the redraw (``event_key``, ``place_as_written``, ``controlled_by``).
    before : mapping
        ``event_key`` to ``controlled_by`` before the redraw.

    Returns
    -------
    list of (place as written, ground before, ground after)
        Missing grounds are None.
    """
    out: list[tuple[str, object, object]] = []
    for key, place, held in zip(
        events["event_key"], events["place_as_written"], events["controlled_by"], strict=True
    ):
        if key not in before:
            continue
        old = None if _blank(before[key]) else before[key]
        new = None if _blank(held) else held
        if old != new:
            out.append((str(place), old, new))
    return out
