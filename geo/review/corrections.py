"""Analysts' corrections: fixed locations, events that are not strikes, changed dates.

Corrections live in a ``corrections.csv`` beside the reports and are applied by
every build, from the CLI or the app. Each row names an event by its
``event_key``: the document, the place as written and a hash of the words
around the mention. The key does not depend on character offsets or on how the
extractor splits sentences, so a correction survives rebuilds, re-extraction
and edits elsewhere in the document.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from geo.errors import CorrectionsError, InputWarning
from geo.extract.dates import SANE_FIRST, SANE_LAST, in_sane_window
from geo.ingest.limits import read_input
from geo.record import SYRIA_CHECK_BOUNDS, Document

#: File name of the corrections table, in the corpus folder.
CORRECTIONS_NAME = "corrections.csv"
CORRECTION_COLUMNS = ["event_key", "action", "value", "note", "updated"]
#: ``location``: value is a gazetteer ``place_id`` or ``lat,lon``;
#: ``not_strike``: the event is dropped; ``date``: value is YYYY-MM-DD;
#: ``doubt``: the analyst doubts the event (it stays, listed for review;
#: ``value`` may say why).
ACTIONS = ("location", "not_strike", "date", "doubt")
#: Characters of context on each side of a mention (within its line) hashed into the key.
KEY_CONTEXT = 40

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Correction:
    """One analyst's correction of one event."""

    event_key: str
    action: str
    value: str = ""
    note: str = ""
    updated: str = ""


def event_key(doc: Document, char_start: int, char_end: int) -> str:
    """Return the stable key of the event whose place mention spans ``[char_start, char_end)``.

    Parameters
    ----------
    doc : Document
        The document the event comes from.
    char_start, char_end : int
        The span of the place mention in ``doc.text``.

    Returns
    -------
    str
        ``"<doc>|<place as written>|<10 hex digits>"``.
    """
    text = doc.text
    place = _SPACES.sub(" ", text[char_start:char_end]).strip()
    # The context stops at line breaks, so that edits in other paragraphs
    # never change the key.
    line_start = text.rfind("\n", 0, char_start) + 1
    line_end = text.find("\n", char_end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, char_start - KEY_CONTEXT) : char_start]
    after = text[char_end : min(line_end, char_end + KEY_CONTEXT)]
    before, after = _SPACES.sub(" ", before).strip(), _SPACES.sub(" ", after).strip()
    digest = hashlib.sha1(f"{before}\x1f{place}\x1f{after}".encode()).hexdigest()[:10]
    return f"{doc.doc_id}|{place}|{digest}"


def _parse_location(value: str) -> tuple[float, float] | None:
    """Return (lat, lon) for a ``lat,lon`` value, None for a place id."""
    parts = value.split(",")
    if len(parts) != 2:
        return None
    try:
        lat, lon = float(parts[0]), float(parts[1])
    except ValueError:
        return None
    return lat, lon


def _check_row(row: dict[str, str], line: int, path: Path) -> Correction:
    row = {k: _unescape_cell(v) if isinstance(v, str) else v for k, v in row.items()}
    key = (row.get("event_key") or "").strip()
    action = (row.get("action") or "").strip()
    value = (row.get("value") or "").strip()
    if not key:
        raise CorrectionsError(path, f"line {line}: empty event_key")
    if action not in ACTIONS:
        raise CorrectionsError(
            path, f"line {line}: action {action!r} is not one of {', '.join(ACTIONS)}"
        )
    if action == "date":
        try:
            day = date.fromisoformat(value)
        except ValueError:
            raise CorrectionsError(path, f"line {line}: date {value!r} is not YYYY-MM-DD") from None
        # Dates outside the window are typing mistakes (and overflow date arithmetic).
        if not in_sane_window(day):
            raise CorrectionsError(
                path, f"line {line}: date {value!r} is outside {SANE_FIRST.year}-{SANE_LAST.year}"
            )
    if action == "location":
        coords = _parse_location(value)
        if coords is None and not value:
            raise CorrectionsError(path, f"line {line}: location needs a place id or 'lat,lon'")
        if coords is not None and not (-90 <= coords[0] <= 90 and -180 <= coords[1] <= 180):
            raise CorrectionsError(path, f"line {line}: location {value!r} is not a lat,lon pair")
    return Correction(key, action, value, (row.get("note") or "").strip(), row.get("updated", ""))


def read_corrections(path: str | Path) -> list[Correction]:
    """Read a corrections file; a missing file means no corrections.

    Parameters
    ----------
    path : str or Path
        The ``corrections.csv``.

    Returns
    -------
    list of Correction
        In file order; for the same event and action the last row wins when applied.

    Raises
    ------
    CorrectionsError
        If the file is not UTF-8 CSV with the expected columns and values.
    """
    path = Path(path)
    if not os.path.lexists(path):
        return []
    try:
        text = read_input(path, "corrections", CorrectionsError).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CorrectionsError(path, "file is not UTF-8 text") from None
    except OSError as exc:
        raise CorrectionsError(path, f"cannot read file: {exc.strerror}") from None
    if "\x00" in text:
        raise CorrectionsError(path, "file is binary, not CSV")
    reader = csv.DictReader(io.StringIO(text))
    try:
        missing = {"event_key", "action"} - set(reader.fieldnames or [])
        if missing:
            raise CorrectionsError(path, f"missing column(s): {', '.join(sorted(missing))}")
        return [_check_row(row, i, path) for i, row in enumerate(reader, start=2)]
    except csv.Error as exc:
        raise CorrectionsError(path, f"malformed CSV: {exc}") from None


#: First characters a spreadsheet reads as a formula, and the quote that escapes them.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _escape_cell(value: str) -> str:
    """Quote a cell a spreadsheet would run as a formula; reversible by :func:`_unescape_cell`.

    A cell that already starts with a single quote gets one more, so reading
    strips exactly one and every value comes back as written.
    """
    return "'" + value if value.startswith((*_FORMULA_START, "'")) else value


def _unescape_cell(value: str) -> str:
    return value[1:] if value.startswith("'") else value


def corrections_csv_text(corrections: Sequence[Correction]) -> str:
    """Return corrections as CSV text, formula-like cells escaped (see ``read_corrections``)."""
    table = corrections_frame(corrections).astype(str)
    for column in CORRECTION_COLUMNS:
        table[column] = table[column].map(_escape_cell)
    return table.to_csv(index=False, lineterminator="\n")


def corrections_frame(corrections: Sequence[Correction]) -> pd.DataFrame:
    """Return corrections as a table with :data:`CORRECTION_COLUMNS`."""
    return pd.DataFrame(
        [(c.event_key, c.action, c.value, c.note, c.updated) for c in corrections],
        columns=CORRECTION_COLUMNS,
    )


def upsert(
    corrections: Sequence[Correction], key: str, action: str, value: str = "", note: str = ""
) -> list[Correction]:
    """Return corrections with the one for (``key``, ``action``) replaced or added."""
    if action not in ACTIONS:
        raise ValueError(f"`action` was {action!r} but is expected to be in {ACTIONS}")
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    kept = [c for c in corrections if (c.event_key, c.action) != (key, action)]
    return [*kept, Correction(key, action, value, note, stamp)]


def apply_corrections(
    table: pd.DataFrame,
    corrections: Sequence[Correction],
    *,
    locate: object | None = None,
    warn: bool = True,
) -> pd.DataFrame:
    """Apply corrections to geocoded events (before the control join).

    Parameters
    ----------
    table : pandas.DataFrame
        Geocoded events with ``event_key``, ``event_date``, ``latitude``,
        ``longitude``, ``resolved``, ``geo_precision``, ``match_score``,
        ``place_name``, ``place_id``, ``admin1``.
    corrections : sequence of Correction
        Corrections; rows whose key matches no event are ignored.
    locate : callable, optional
        ``locate(place_id) -> Place | None``, used for ``location`` values
        that are gazetteer ids (typically ``Gazetteer.get``).
    warn : bool, default True
        Warn about corrections to unknown places or to points outside Syria
        (see :func:`warn_about_places`); a build in batches warns once itself.

    Returns
    -------
    pandas.DataFrame
        A copy, with a ``corrected`` column listing the actions applied to each
        row; events marked ``not_strike`` are removed.
    """
    out = table.copy()
    out["corrected"] = ""
    if not corrections or out.empty:
        return out
    if warn:
        warn_about_places(corrections, locate)
    position = {key: i for i, key in enumerate(out["event_key"])}
    drop = np.zeros(len(out), dtype=bool)
    columns = {c: out.columns.get_loc(c) for c in out.columns}
    for c in corrections:
        i = position.get(c.event_key)
        if i is None:
            continue
        if c.action == "not_strike":
            drop[i] = True
        elif c.action == "date":
            out.iat[i, columns["event_date"]] = date.fromisoformat(c.value)
            out.iat[i, columns["time_precision"]] = "day"
            out.iat[i, columns["date_basis"]] = "explicit"
        elif c.action == "location" and not _set_location(out, i, columns, c.value, locate):
            continue
        # "doubt" changes nothing but the record of what was done to the event.
        done = out.iat[i, columns["corrected"]]
        out.iat[i, columns["corrected"]] = "|".join(filter(None, [done, c.action]))
    return out.loc[~drop].reset_index(drop=True)


def warn_about_places(corrections: Sequence[Correction], locate: object | None) -> None:
    """Warn about location corrections to unknown place ids or to points outside Syria."""
    unknown: list[str] = []
    outside: list[str] = []
    for c in corrections:
        if c.action != "location":
            continue
        coords = _parse_location(c.value)
        if coords is None:
            if callable(locate) and locate(c.value) is None:
                unknown.append(c.value)
        elif not SYRIA_CHECK_BOUNDS.contains(lon=coords[1], lat=coords[0]):
            outside.append(c.value)
    if unknown:
        warnings.warn(
            InputWarning(
                f"{len(unknown)} location correction(s) name a place the gazetteer does not "
                f"know, e.g. {unknown[0]!r}; they are not applied"
            ),
            stacklevel=3,
        )
    if outside:
        warnings.warn(
            InputWarning(
                f"{len(outside)} location correction(s) lie outside Syria, e.g. {outside[0]!r} "
                "(the value is 'latitude,longitude')"
            ),
            stacklevel=3,
        )


def _set_location(
    out: pd.DataFrame, i: int, columns: dict[str, int], value: str, locate: object | None
) -> bool:
    coords = _parse_location(value)
    if coords is not None:
        lat, lon = coords
        name, place_id, precision, admin1 = None, f"point:{lat:.5f},{lon:.5f}", "town", None
    else:
        place = locate(value) if callable(locate) else None
        if place is None:
            return False
        lat, lon = place.lat, place.lon
        name, place_id, precision, admin1 = (
            place.name,
            place.place_id,
            place.precision,
            place.admin1,
        )
    updates = {
        "latitude": lat,
        "longitude": lon,
        "resolved": True,
        "match_score": 100.0,
        "geo_precision": precision,
        "place_id": place_id,
        "place_name": name or out.iat[i, columns["place_as_written"]],
        "admin1": admin1 if admin1 is not None else out.iat[i, columns["admin1"]],
    }
    for column, value_ in updates.items():
        out.iat[i, columns[column]] = value_
    return True


def remove(corrections: Sequence[Correction], key: str, action: str) -> list[Correction]:
    """Return corrections without the one for (``key``, ``action``)."""
    return [c for c in corrections if (c.event_key, c.action) != (key, action)]


def doubted_keys(corrections: Sequence[Correction]) -> set[str]:
    """Return the ``event_key`` of every event the analyst marked as doubted."""
    return {c.event_key for c in corrections if c.action == "doubt"}


def corrections_path(src_dir: str | Path) -> Path:
    """Return the corrections file of a corpus folder."""
    return Path(src_dir) / CORRECTIONS_NAME
