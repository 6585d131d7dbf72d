"""Second blind regression set: reports in styles neither the rules nor the first blind set had.

The texts in ``tests/data/blind2/`` were labelled before the extractor was run
on them (see the folder's README). This module extracts events from them with
the packaged gazetteer, prints place precision, recall and F1, date accuracy,
the agreement of actor, claimant, claimed target and place relation on the
places found, and the non-events found; it holds floors at the measured
figures.

Run ``pytest tests/test_blind2.py -s`` to see the figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.record import StrikeEvent
from tests.support import labelled

BLIND2 = Path(__file__).resolve().parent / "data" / "blind2"
ATTRIBUTES = ("actor", "claimant", "claimed_target", "place_relation")


@pytest.fixture(scope="module")
def blind2_events() -> list[StrikeEvent]:
    return [ev for events in labelled.extract_folder(BLIND2).values() for ev in events]


@pytest.fixture(scope="module")
def figures(blind2_events) -> dict[str, float]:
    return labelled.score_places(BLIND2, blind2_events, "blind2 set", ATTRIBUTES)


def test_blind2_set_places(figures):
    assert figures["precision"] >= 0.95
    assert figures["recall"] >= 0.97
    assert figures["f1"] >= 0.96


def test_blind2_set_dates(figures):
    assert figures["event_date"] >= 0.95


def test_blind2_set_non_events(blind2_events):
    wrong = labelled.non_events_found(BLIND2, blind2_events)
    assert len(wrong) <= 2
