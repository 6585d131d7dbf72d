"""Blind regression set: short reports written in styles the rules were not written on.

The texts in ``tests/data/blind/`` were labelled before the extractor was run
on them (see the folder's README). This module extracts events from them with
the packaged gazetteer, prints place precision and recall, date accuracy and
the non-events found, and holds floors set below the measured figures.

Run ``pytest tests/test_blind.py -s`` to see the figures.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from geo.extract import place_key
from geo.record import StrikeEvent
from tests.support import labelled

BLIND = Path(__file__).resolve().parent / "data" / "blind"


def read_rows(name: str) -> list[dict[str, str]]:
    return labelled.read_rows(BLIND, name)


def found_for(row: dict[str, str], events: list[StrikeEvent]) -> list[StrikeEvent]:
    """The events of the row's report at its place (at the computed point for an offset row)."""
    key = place_key(row["place_as_written"])
    same = [ev for ev in events if ev.doc == row["doc"] and place_key(ev.place_as_written) == key]
    if row["offset"]:
        same = [ev for ev in same if getattr(ev, "offset_km", None)]
    return same


@pytest.fixture(scope="module")
def blind_events() -> list[StrikeEvent]:
    return [ev for events in labelled.extract_folder(BLIND).values() for ev in events]


@pytest.fixture(scope="module")
def figures(blind_events) -> dict[str, float]:
    expected = read_rows("expected_events.csv")
    wanted = {(r["doc"], place_key(r["place_as_written"])) for r in expected}
    predicted = {(ev.doc, place_key(ev.place_as_written)) for ev in blind_events}
    hits = [r for r in expected if found_for(r, blind_events)]
    dated = [
        r
        for r in hits
        if any(
            ev.event_date is not None
            and abs((ev.event_date - date.fromisoformat(r["event_date"])).days) <= 1
            for ev in found_for(r, blind_events)
        )
    ]
    true_positive = len(predicted & wanted)
    figures = {
        "precision": true_positive / len(predicted) if predicted else 1.0,
        "recall": len(hits) / len(expected),
        "event_date": len(dated) / len(hits) if hits else 0.0,
    }
    p, r = figures["precision"], figures["recall"]
    figures["f1"] = 2 * p * r / (p + r) if p + r else 0.0
    print("\nblind set:", {k: round(v, 3) for k, v in figures.items()})
    for row in expected:
        if row not in hits:
            print("  missed:", row["doc"], row["place_as_written"], row["offset"])
    for doc, key in sorted(predicted - wanted):
        print("  not expected:", doc, key)
    return figures


def test_blind_set_places(figures):
    assert figures["precision"] >= 0.95
    assert figures["recall"] >= 0.9


def test_blind_set_dates(figures):
    assert figures["event_date"] >= 0.95


def test_blind_set_non_events(blind_events):
    found = {(ev.doc, place_key(ev.place_as_written)) for ev in blind_events}
    wrong = [
        (row["doc"], row["place_as_written"])
        for row in read_rows("non_events.csv")
        if (row["doc"], place_key(row["place_as_written"])) in found
    ]
    print("non-events found:", wrong)
    assert len(wrong) <= 1
