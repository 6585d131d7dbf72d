"""Labelled report sets (``tests/data/eval``, ``tests/data/blind*``): their tables and events.

Each set is a folder of reports with a manifest and CSV tables of what a reader
labelled in them; the tests score the extractor's events against those tables.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from geo.extract import extract_events, place_key
from geo.geocode.gazetteer import load_gazetteer
from geo.ingest.corpus import read_corpus
from geo.record import StrikeEvent


@functools.cache
def labelled_texts() -> tuple[str, ...]:
    """Return the body of every report in every labelled set under ``tests/data``."""
    data = Path(__file__).parent.parent / "data"
    texts = tuple(
        d.text
        for p in sorted(data.iterdir())
        if (p / "expected_events.csv").exists()
        for d in read_corpus(p).documents
    )
    assert texts
    return texts


def read_rows(folder: Path, name: str) -> list[dict[str, str]]:
    """Return the rows of the set's table ``name`` (a UTF-8 CSV with a header).

    Parameters
    ----------
    folder : Path
        The labelled set.
    name : str
        File name of the table, e.g. ``expected_events.csv``.

    Returns
    -------
    list of dict
    """
    with open(folder / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def extract_folder(folder: Path) -> dict[str, list[StrikeEvent]]:
    """Return the events extracted from each report of a set, with the packaged gazetteer.

    Parameters
    ----------
    folder : Path
        The labelled set; every report in it must be readable.

    Returns
    -------
    dict
        Events per document id, in the corpus' order.
    """
    finder = load_gazetteer().find_mentions
    result = read_corpus(folder)
    assert not result.problems, result.problems
    return {doc.doc_id: extract_events(doc, finder) for doc in result.documents}


def events_at(row: dict[str, str], events: list[StrikeEvent]) -> list[StrikeEvent]:
    """Return the events of a labelled row's report at its place.

    A row with ``offset`` set wants the point computed from a distance the
    report writes ("15 km south of X"), not X itself.
    """
    key = place_key(row["place_as_written"])
    same = [ev for ev in events if ev.doc == row["doc"] and place_key(ev.place_as_written) == key]
    if row["offset"]:
        same = [ev for ev in same if ev.offset_km and ev.offset_written]
    return same


def score_places(
    folder: Path, events: list[StrikeEvent], label: str, attributes: Sequence[str] = ()
) -> dict[str, float]:
    """Score a blind set's events against its ``expected_events.csv``, and print the misses.

    Parameters
    ----------
    folder : Path
        The labelled set.
    events : list of StrikeEvent
        Every event extracted from its reports.
    label : str
        Name printed before the figures.
    attributes : sequence of str
        Event fields whose agreement with the labels is scored on the places found.

    Returns
    -------
    dict
        ``precision``, ``recall``, ``f1`` (places per report), ``event_date``
        (the places found dated within a day of the label), and one share per
        attribute.
    """
    expected = read_rows(folder, "expected_events.csv")
    wanted = {(r["doc"], place_key(r["place_as_written"])) for r in expected}
    predicted = {(ev.doc, place_key(ev.place_as_written)) for ev in events}
    hits = [r for r in expected if events_at(r, events)]

    def dated_right(row: dict[str, str]) -> bool:
        want = date.fromisoformat(row["event_date"])
        return any(
            ev.event_date is not None and abs((ev.event_date - want).days) <= 1
            for ev in events_at(row, events)
        )

    dated = [r for r in hits if dated_right(r)]
    figures = {
        "precision": len(predicted & wanted) / len(predicted) if predicted else 1.0,
        "recall": len(hits) / len(expected),
        "event_date": len(dated) / len(hits) if hits else 0.0,
    }
    p, r = figures["precision"], figures["recall"]
    figures["f1"] = 2 * p * r / (p + r) if p + r else 0.0
    for name in attributes:
        agree = [
            row
            for row in hits
            if any(getattr(ev, name) == row[name] for ev in events_at(row, events))
        ]
        figures[name] = len(agree) / len(hits) if hits else 0.0
    print(f"\n{label}:", {k: round(v, 3) for k, v in figures.items()})
    for row in expected:
        if row not in hits:
            print("  missed:", row["doc"], row["place_as_written"], row["offset"])
        elif row not in dated:
            got = sorted({str(ev.event_date) for ev in events_at(row, events)})
            print("  misdated:", row["doc"], row["place_as_written"], row["event_date"], got)
    for doc, key in sorted(predicted - wanted):
        print("  not expected:", doc, key)
    return figures


def non_events_found(folder: Path, events: list[StrikeEvent]) -> list[tuple[str, str]]:
    """Return the rows of a set's ``non_events.csv`` that the events name (and print them)."""
    found = {(ev.doc, place_key(ev.place_as_written)) for ev in events}
    wrong = [
        (row["doc"], row["place_as_written"])
        for row in read_rows(folder, "non_events.csv")
        if (row["doc"], place_key(row["place_as_written"])) in found
    ]
    print("non-events found:", wrong)
    return wrong
