"""Blind regression set: short reports written in styles the rules were not written on.

The texts in ``tests/data/blind/`` were labelled before the extractor was run
on them (see the folder's README). This module extracts events from them with
the packaged gazetteer, prints place precision and recall, date accuracy and
the non-events found, and holds floors set below the measured figures.

Run ``pytest tests/test_blind.py -s`` to see the figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.record import StrikeEvent
from tests.support import labelled

BLIND = Path(__file__).resolve().parent / "data" / "blind"


@pytest.fixture(scope="module")
def blind_events() -> list[StrikeEvent]:
    return [ev for events in labelled.extract_folder(BLIND).values() for ev in events]


@pytest.fixture(scope="module")
def figures(blind_events) -> dict[str, float]:
    return labelled.score_places(BLIND, blind_events, "blind set")


def test_blind_set_places(figures):
    assert figures["precision"] >= 0.95
    assert figures["recall"] >= 0.9


def test_blind_set_dates(figures):
    assert figures["event_date"] >= 0.95


def test_blind_set_non_events(blind_events):
    wrong = labelled.non_events_found(BLIND, blind_events)
    assert len(wrong) <= 1
