"""The change log of control: which change of hands happened when, on what source.

The app lists the rows of the control folder's ``changes.csv`` with, for the day
the map shows, whether each is in force on that day: dated on or before it and
still holding some of its area, rather than painted over by a later change or
dated after the day.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import pandas as pd
import shapely

from geo.app import labels

#: Status of a change on the day shown.
IN_FORCE = "in force"
REPLACED = "replaced"
LATER = "later"
#: Below this share of its own area left unpainted, a change counts as replaced
#: (painting leaves slivers along the edges of the areas painted over it).
MIN_SHARE = 0.01
#: Columns of :func:`change_table`, in order.
COLUMNS = (
    "date",
    "place",
    "from_faction",
    "to_faction",
    "status",
    "source",
    "url",
    "confidence",
    "precision",
    "area",
)


def change_status(
    days: Sequence[date], geometries: Sequence[shapely.Geometry], day: date | None
) -> list[str]:
    """Return each change's status on ``day``.

    Parameters
    ----------
    days : sequence of datetime.date
        Each change's date, in force order (date order, file order within a day).
    geometries : sequence of shapely geometry
        The area each change gives to its new holder, aligned with ``days``.
    day : datetime.date or None
        The day shown; None counts every change as in force or replaced by the
        last state of the table.

    Returns
    -------
    list of str
        :data:`IN_FORCE` (dated on or before ``day``, some of its area not painted
        over by a later change in force), :data:`REPLACED` (dated on or before
        ``day``, its whole area painted over since) or :data:`LATER`.
    """
    if len(days) != len(geometries):
        raise ValueError("`days` and `geometries` differ in length")
    status = [LATER] * len(days)
    shown = [i for i in range(len(days)) if day is None or days[i] <= day]
    if not shown:
        return status
    tree = shapely.STRtree([geometries[i] for i in shown])
    for k, i in enumerate(shown):
        geometry = geometries[i]
        own = geometry.area
        # The area a change still decides is its own less the areas of the later
        # changes in force that overlap it.
        later = [shown[j] for j in tree.query(geometry, predicate="intersects") if j > k]
        over = shapely.union_all([geometries[j] for j in later]) if later else None
        left = own if over is None else shapely.difference(geometry, over).area
        status[i] = IN_FORCE if own > 0 and left / own > MIN_SHARE else REPLACED
    return status


def change_table(timeline: Any, day: date | None) -> pd.DataFrame | None:
    """Return the change log of a control timeline, with each change's status on ``day``.

    Parameters
    ----------
    timeline : geo.control.timeline.Timeline or sequence of ControlLayer
        The control the app uses; plain layers without a change table give None.
    day : datetime.date or None
        The day the map shows.

    Returns
    -------
    pandas.DataFrame or None
        Columns :data:`COLUMNS`, one row per change in force order, ``date`` as
        ``datetime.date``; None when there is no change table.
    """
    if not hasattr(timeline, "change_log"):
        return None
    log = timeline.change_log().reset_index(drop=True)
    changes = list(timeline.changes)
    status = change_status([c.date for c in changes], [c.geometry for c in changes], day)
    table = log.assign(status=status)
    for column in ("place", "area", "source", "url", "confidence", "precision"):
        table[column] = table[column].fillna("").astype(str).str.strip()
    return table[list(COLUMNS)]


def filter_changes(
    table: pd.DataFrame,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    factions: Iterable[str] | None = None,
    text: str | None = None,
    in_force_only: bool = False,
) -> pd.DataFrame:
    """Return the changes that pass every given filter (row order kept).

    Parameters
    ----------
    table : pandas.DataFrame
        As :func:`change_table` returns it.
    date_from, date_to : datetime.date, optional
        Inclusive bounds on ``date``.
    factions : iterable of str, optional
        Keep the changes that a faction among these lost or gained; None keeps all.
    text : str, optional
        Case-insensitive substring searched in the place, the area and the source.
    in_force_only : bool
        Keep only the changes in force on the day of the table.

    Returns
    -------
    pandas.DataFrame
    """
    mask = pd.Series(True, index=table.index)
    if date_from is not None:
        mask &= table["date"] >= date_from
    if date_to is not None:
        mask &= table["date"] <= date_to
    if factions is not None:
        keep = {str(f) for f in factions}
        mask &= table["from_faction"].isin(keep) | table["to_faction"].isin(keep)
    if text:
        found = pd.Series(False, index=table.index)
        for column in ("place", "area", "source"):
            found |= table[column].str.contains(text, case=False, regex=False)
        mask &= found
    if in_force_only:
        mask &= table["status"] == IN_FORCE
    return table.loc[mask]


def counts(table: pd.DataFrame) -> dict[str, int]:
    """Return how many changes have each status (every status present, zero or more)."""
    found = table["status"].value_counts()
    return {s: int(found.get(s, 0)) for s in (IN_FORCE, REPLACED, LATER)}


#: Headers and status names the page shows.
HEADERS = {
    "date": "Date",
    "place": "Place",
    "from_faction": "From",
    "to_faction": "To",
    "status": "On the day shown",
    "source": "Source",
    "url": "Link",
    "confidence": "Confidence",
    "precision": "Dated to the",
    "area": "Area",
}
STATUS_LABELS = {
    IN_FORCE: "In force",
    REPLACED: "Replaced by a later change",
    LATER: "Not yet (later)",
}


def shown_changes(table: pd.DataFrame) -> pd.DataFrame:
    """Return the change log as the page shows it: factions and statuses named, ISO dates.

    Parameters
    ----------
    table : pandas.DataFrame
        As :func:`change_table` (or :func:`filter_changes`) returns it.

    Returns
    -------
    pandas.DataFrame
        Headers of :data:`HEADERS`, a fresh index.
    """
    out = table.copy()
    out["date"] = [d.isoformat() for d in out["date"]]
    for column in ("from_faction", "to_faction"):
        out[column] = [labels.label("controlled_by", v) for v in out[column]]
    out["status"] = [STATUS_LABELS.get(s, s) for s in out["status"]]
    # Only web addresses become links: a control folder is the analyst's, not trusted code.
    out["url"] = [u if u.lower().startswith(("https://", "http://")) else "" for u in out["url"]]
    return out.rename(columns=HEADERS).reset_index(drop=True)
