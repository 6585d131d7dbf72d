"""Fourth blind regression set: reports in styles none of the other sets had, scored at first sight.

The texts in ``tests/data/blind4/`` were labelled before the extractor was run
on them (see the folder's README). This module extracts events from them with
the packaged gazetteer, prints place precision, recall and F1, date accuracy,
the agreement of actor, claimant, claimed target and place relation on the
places found, and the non-events found. Its floors were first the figures
measured the first time the extractor read the set (P 0.567, R 0.594, F1
0.580, dates 1.0, 13 non-events found); they are raised as the rules improve,
so that the set guards against regressions.

Run ``pytest tests/test_blind4.py -s`` to see the figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.record import StrikeEvent
from tests.support import labelled

BLIND4 = Path(__file__).resolve().parent / "data" / "blind4"
ATTRIBUTES = ("actor", "claimant", "claimed_target", "place_relation")
#: Agreement on the places found, as last measured.
ATTRIBUTE_FLOORS = {
    "actor": 0.703,
    "claimant": 0.888,
    "claimed_target": 0.851,
    "place_relation": 1.0,
}
#: Most non-events the extractor may still report, as last measured.
NON_EVENTS_CEILING = 5


@pytest.fixture(scope="module")
def blind4_events() -> list[StrikeEvent]:
    return [ev for events in labelled.extract_folder(BLIND4).values() for ev in events]


@pytest.fixture(scope="module")
def figures(blind4_events) -> dict[str, float]:
    return labelled.score_places(BLIND4, blind4_events, "blind4 set", ATTRIBUTES)


def test_blind4_set_places(figures):
    assert figures["precision"] >= 0.833
    assert figures["recall"] >= 0.843
    assert figures["f1"] >= 0.838


def test_blind4_set_dates(figures):
    assert figures["event_date"] >= 1.0


@pytest.mark.parametrize("name", ATTRIBUTES)
def test_blind4_set_attributes(figures, name):
    assert figures[name] >= ATTRIBUTE_FLOORS[name]


def test_blind4_set_non_events(blind4_events):
    wrong = labelled.non_events_found(BLIND4, blind4_events)
    assert len(wrong) <= NON_EVENTS_CEILING
