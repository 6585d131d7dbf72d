"""Third blind regression set: reports in styles none of the other sets had, scored at first sight.

The texts in ``tests/data/blind3/`` were labelled before the extractor was run
on them (see the folder's README). This module extracts events from them with
the packaged gazetteer, prints place precision, recall and F1, date accuracy,
the agreement of actor, claimant, claimed target and place relation on the
places found, and the non-events found. Its floors were first the figures
measured the first time the extractor read the set (P 0.770, R 0.746, dates
0.830, 13 non-events found); they are raised as the rules improve, so that the
set guards against regressions.

Run ``pytest tests/test_blind3.py -s`` to see the figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.record import StrikeEvent
from tests.support import labelled

BLIND3 = Path(__file__).resolve().parent / "data" / "blind3"
ATTRIBUTES = ("actor", "claimant", "claimed_target", "place_relation")
#: Agreement on the places found, as last measured.
ATTRIBUTE_FLOORS = {
    "actor": 0.838,
    "claimant": 0.935,
    "claimed_target": 0.903,
    "place_relation": 1.0,
}


@pytest.fixture(scope="module")
def blind3_events() -> list[StrikeEvent]:
    return [ev for events in labelled.extract_folder(BLIND3).values() for ev in events]


@pytest.fixture(scope="module")
def figures(blind3_events) -> dict[str, float]:
    return labelled.score_places(BLIND3, blind3_events, "blind3 set", ATTRIBUTES)


def test_blind3_set_places(figures):
    assert figures["precision"] >= 0.983
    assert figures["recall"] >= 0.984
    assert figures["f1"] >= 0.983


def test_blind3_set_dates(figures):
    assert figures["event_date"] >= 1.0


@pytest.mark.parametrize("name", ATTRIBUTES)
def test_blind3_set_attributes(figures, name):
    assert figures[name] >= ATTRIBUTE_FLOORS[name]


def test_blind3_set_non_events(blind3_events):
    wrong = labelled.non_events_found(BLIND3, blind3_events)
    assert not wrong
