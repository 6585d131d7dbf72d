"""The review queue and its gazetteer candidates."""

from __future__ import annotations

import pytest
from events_factory import make_events

from geo import pipeline
from geo.geocode.gazetteer import load_gazetteer
from geo.review import queue as review


def frame():
    return make_events(
        [
            dict(event_key="d|Fine|1", place_as_written="Fine", longitude=36.5, latitude=35.6,
                 by_context=False),
            dict(event_key="d|Lost|2", place_as_written="Lost", resolved=False,
                 match_score=None, geo_precision=None),
            dict(event_key="d|Loose|3", place_as_written="Loose", match_score=85.0,
                 longitude=36.6, latitude=35.7, char_start=50),
            dict(event_key="d|Duma|4", place_as_written="Douma", place_id="ocha:C2338",
                 by_context=True, longitude=36.4, latitude=33.57, char_start=10),
        ]
    )  # fmt: skip


def test_reasons():
    reasons = review.queue_reasons(frame(), flagged={"d|Fine|1", "d|Duma|4"})
    assert list(reasons) == ["flagged", "unresolved", "low_score", "by_context|flagged"]


def test_queue_lists_each_reason_in_order():
    queue = review.review_queue(frame())
    assert list(queue.columns) == review.QUEUE_COLUMNS
    assert list(queue["event_key"]) == ["d|Lost|2", "d|Loose|3", "d|Duma|4"]
    assert list(queue["reasons"]) == ["unresolved", "low_score", "by_context"]
    assert "d|Fine|1" in set(review.review_queue(frame(), flagged=["d|Fine|1"])["event_key"])


def test_min_score_is_configurable():
    assert "d|Loose|3" not in set(review.review_queue(frame(), min_score=80)["event_key"])


def test_empty_queue():
    assert review.review_queue(frame().iloc[0:0]).empty


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def test_candidates_offer_the_homonyms(gazetteer):
    event = {"place_as_written": "Douma", "place_id": "ocha:C2338", "admin1_hint": "Rif Dimashq"}
    cands = review.candidates(gazetteer, event)
    assert cands[0].place_id == "ocha:C2338" and cands[0].chosen
    assert len(cands) > 1 and not any(c.chosen for c in cands[1:])
    assert len({c.place_id for c in cands}) == len(cands)
    assert all(gazetteer.get(c.place_id) is not None for c in cands)


def test_no_candidates_for_gibberish(gazetteer):
    assert review.candidates(gazetteer, {"place_as_written": "Xqzzvw Qqq"}) == []


def test_event_labels():
    labels = review.flaggable(frame())
    assert set(labels) == {"d|Fine|1", "d|Lost|2", "d|Loose|3", "d|Duma|4"}
    assert "Douma" in labels["d|Duma|4"]


def test_seed_queue(gazetteer):
    events = pipeline.build("seeds").events
    queue = review.review_queue(events)
    assert len(queue) > 0
    by_context = queue.loc[queue["reasons"].str.contains("by_context")]
    assert len(by_context) == int(events["by_context"].sum())
    row = events.loc[events["event_key"] == by_context["event_key"].iloc[0]].iloc[0]
    cands = review.candidates(gazetteer, row)
    assert cands[0].chosen and len(cands) >= 2


def test_saved_doubts_are_flagged():
    from events_factory import make_events

    from geo.review.queue import queue_reasons

    events = make_events(
        [
            dict(event_key="a", corrected="doubt"),
            dict(event_key="b", corrected="location|doubt"),
            dict(event_key="c", corrected=""),
        ]
    )
    assert list(queue_reasons(events)) == ["flagged", "flagged", ""]
