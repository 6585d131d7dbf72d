"""The review queue: events whose place or claim an analyst should check.

An event is queued when its place could not be located (``unresolved``),
when the geocode is a loose match (``low_score``: ``match_score`` below
:data:`DEFAULT_MIN_SCORE`), when context chose among homonyms
(``by_context``), or when the analyst flagged it (``flagged``). Each queued
event comes with the gazetteer candidates an analyst can pick from; the
corrections themselves are saved by :mod:`geo.review.edits`.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import pandas as pd

from geo.geocode.gazetteer import Gazetteer
from geo.record import Place

#: Why an event is in the queue, in the order they are listed.
REASONS = ("unresolved", "low_score", "by_context", "flagged")
#: Geocodes scoring below this are queued (a consonant-skeleton match scores 90).
DEFAULT_MIN_SCORE = 90.0
#: Candidates offered per event.
DEFAULT_CANDIDATES = 8
#: Columns of :func:`review_queue`.
QUEUE_COLUMNS = [
    "event_key",
    "reasons",
    "place_as_written",
    "place_name",
    "place_id",
    "match_score",
    "event_date",
    "doc",
    "quote",
]


@dataclass(frozen=True)
class Candidate:
    """A gazetteer place an analyst may pick for an event.

    Attributes
    ----------
    place_id : str
        The gazetteer id (the value of a ``location`` correction).
    label : str
        ``"name (governorate, precision)"``.
    chosen : bool
        True for the place the geocoder picked.
    """

    place_id: str
    label: str
    chosen: bool = False


def _truthy(values: pd.Series) -> pd.Series:
    return values.astype(object).where(values.notna(), False).astype(bool)


def _saved_doubts(events: pd.DataFrame) -> pd.Series:
    """Return True where a saved correction marks the event as doubted."""
    if "corrected" not in events.columns:
        return pd.Series(False, index=events.index)
    done = events["corrected"].fillna("").astype(str)
    return done.str.split("|").map(lambda actions: "doubt" in actions).astype(bool)


def queue_reasons(
    events: pd.DataFrame,
    *,
    flagged: Collection[str] = (),
    min_score: float = DEFAULT_MIN_SCORE,
) -> pd.Series:
    """Return why each event needs review (``"|"``-joined :data:`REASONS`, ``""`` for none).

    Parameters
    ----------
    events : pandas.DataFrame
        Joined events with ``event_key``, ``resolved``, ``match_score`` and
        (optionally) ``by_context``.
    flagged : collection of str
        ``event_key`` values the analyst doubts in this session; events whose
        ``corrected`` column records a saved ``doubt`` are flagged too.
    min_score : float
        Geocodes scoring below this are ``low_score``.

    Returns
    -------
    pandas.Series
        Aligned with ``events``.
    """
    if events.empty:
        return pd.Series([], index=events.index, dtype=object)
    resolved = _truthy(events["resolved"])
    score = pd.to_numeric(events["match_score"], errors="coerce")
    by_context = (
        _truthy(events["by_context"])
        if "by_context" in events.columns
        else pd.Series(False, index=events.index)
    )
    keys = events["event_key"].astype(str)
    checks = {
        "unresolved": ~resolved,
        "low_score": resolved & (score < min_score),
        "by_context": resolved & by_context,
        "flagged": keys.isin({str(k) for k in flagged}) | _saved_doubts(events),
    }
    out = pd.Series("", index=events.index, dtype=object)
    for reason in REASONS:
        mask = checks[reason]
        out[mask] = [f"{r}|{reason}" if r else reason for r in out[mask]]
    return out


def review_queue(
    events: pd.DataFrame,
    *,
    flagged: Collection[str] = (),
    min_score: float = DEFAULT_MIN_SCORE,
) -> pd.DataFrame:
    """List the events an analyst should review.

    Parameters
    ----------
    events : pandas.DataFrame
        Joined events (see :func:`queue_reasons`).
    flagged : collection of str
        ``event_key`` values the analyst doubts.
    min_score : float
        Geocodes scoring below this are queued.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`QUEUE_COLUMNS`, unresolved first, then by reason,
        document and position; the index is that of ``events``.
    """
    if events.empty:
        return pd.DataFrame(columns=QUEUE_COLUMNS)
    reasons = queue_reasons(events, flagged=flagged, min_score=min_score)
    rows = events.loc[reasons != ""]
    table = pd.DataFrame(
        {
            c: rows[c] if c in rows.columns else pd.Series(None, index=rows.index, dtype=object)
            for c in QUEUE_COLUMNS
            if c != "reasons"
        },
        index=rows.index,
    )
    table.insert(1, "reasons", reasons[rows.index])
    first = table["reasons"].str.split("|").str[0].map({r: i for i, r in enumerate(REASONS)})
    position = rows["char_start"] if "char_start" in rows.columns else pd.Series(0, rows.index)
    order = pd.DataFrame({"r": first, "doc": table["doc"].astype(str), "pos": position})
    return table.loc[order.sort_values(["r", "doc", "pos"], kind="stable").index, QUEUE_COLUMNS]


def _label(place: Place) -> str:
    where = ", ".join(dict.fromkeys(p for p in (place.city, place.admin1, place.precision) if p))
    return f"{place.name} ({where})" if where else place.name


def _split(value: object) -> list[str]:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    return [v for v in str(value).split("|") if v]


def _text(value: object) -> str | None:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    text = str(value).strip()
    return text or None


def candidates(
    gazetteer: Gazetteer,
    event: pd.Series | dict,
    *,
    limit: int = DEFAULT_CANDIDATES,
) -> list[Candidate]:
    """Return the gazetteer places an analyst may pick for an event, best first.

    The place the geocoder chose comes first (marked ``chosen``), then the
    other homonyms and near matches the gazetteer gives for the name as
    written, with the event's hints (city, governorate, nearby places).

    Parameters
    ----------
    gazetteer : Gazetteer
        The offline gazetteer.
    event : pandas.Series or dict
        One event row (``place_as_written``, ``place_id``; optionally
        ``city_hint``, ``admin1_hint``, ``context_places``).
    limit : int
        Most candidates returned.

    Returns
    -------
    list of Candidate
        Empty when the gazetteer knows nothing close to the name.
    """
    name = _text(event.get("place_as_written")) or ""
    chosen_id = _text(event.get("place_id"))
    out: list[Candidate] = []
    seen: set[str] = set()

    def add(place: Place | None, chosen: bool = False) -> None:
        if place is None or place.place_id in seen:
            return
        seen.add(place.place_id)
        out.append(Candidate(place.place_id, _label(place), chosen))

    if chosen_id:
        add(gazetteer.get(chosen_id), chosen=True)
    if name:
        found = gazetteer.resolve(
            name,
            city=_text(event.get("city_hint")),
            admin1=_text(event.get("admin1_hint")),
            context=_split(event.get("context_places")),
        )
        if found is not None:
            for place in (found.place, *found.alternatives):
                add(place, chosen=place.place_id == chosen_id)
    return out[:limit]


def event_label(event: pd.Series | dict) -> str:
    """Return a one-line label for an event: date, place, document."""
    day = event.get("event_date")
    day_text = "undated" if day is None or (isinstance(day, float) and pd.isna(day)) else str(day)
    place = _text(event.get("place_as_written")) or "?"
    name = _text(event.get("place_name"))
    shown = f"{place} → {name}" if name and name != place else place
    return f"{day_text} · {shown} · {event.get('doc')}"


def flaggable(events: pd.DataFrame) -> dict[str, str]:
    """Map each event's ``event_key`` to its :func:`event_label`, in date order."""
    if events.empty:
        return {}
    ordered = events.sort_values(["event_date", "doc"], key=lambda s: s.astype(str), kind="stable")
    return {
        str(k): event_label(row)
        for k, row in zip(ordered["event_key"], ordered.to_dict("records"), strict=True)
        if k is not None and not (isinstance(k, float) and pd.isna(k))
    }
