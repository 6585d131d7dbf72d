from __future__ import annotations

from datetime import date

import pytest

from geo.extract.dates import (
    find_date_cues,
    find_post_headers,
    resolve_cue,
    resolve_date,
    weekday_on_or_before,
)

THU = date(2015, 10, 8)  # a Thursday
WED = date(2015, 10, 7)


@pytest.mark.parametrize(
    ("phrase", "reference", "expected", "precision", "basis"),
    [
        ("today", THU, date(2015, 10, 8), "day", "relative"),
        ("this morning", WED, date(2015, 10, 7), "day", "relative"),
        ("tonight", WED, date(2015, 10, 7), "day", "relative"),
        ("yesterday", THU, date(2015, 10, 7), "day", "relative"),
        ("last night", THU, date(2015, 10, 7), "day", "relative"),
        ("overnight", THU, date(2015, 10, 7), "day", "relative"),
        ("the day before yesterday", THU, date(2015, 10, 6), "day", "relative"),
        # weekday words look back from the reference, the same day included
        ("Wednesday", THU, date(2015, 10, 7), "day", "relative"),
        ("on Thursday", THU, date(2015, 10, 8), "day", "relative"),
        ("Friday", THU, date(2015, 10, 2), "day", "relative"),
        ("Tuesday", WED, date(2015, 10, 6), "day", "relative"),
        ("Thursday morning", THU, date(2015, 10, 8), "day", "relative"),
        ("Saturday night", date(2015, 10, 5), date(2015, 10, 3), "day", "relative"),
        ("overnight Thursday", date(2015, 10, 2), date(2015, 10, 1), "day", "relative"),
        ("overnight Monday", date(2015, 10, 6), date(2015, 10, 5), "day", "relative"),
        # "last <weekday>" is that weekday in the previous calendar week
        ("last Wednesday", WED, date(2015, 9, 30), "day", "relative"),
        ("last week on Wednesday", WED, date(2015, 9, 30), "day", "relative"),
        ("last week Wednesday", THU, date(2015, 9, 30), "day", "relative"),
        ("last Friday", date(2015, 10, 5), date(2015, 10, 2), "day", "relative"),
        ("last week", WED, date(2015, 9, 28), "week", "relative"),
        ("last month", WED, date(2015, 9, 1), "month", "relative"),
        # explicit dates
        ("October 7, 2015", THU, date(2015, 10, 7), "day", "explicit"),
        ("7 October", THU, date(2015, 10, 7), "day", "explicit"),
        ("3 October 2015", THU, date(2015, 10, 3), "day", "explicit"),
        ("Oct. 7", THU, date(2015, 10, 7), "day", "explicit"),
        ("on Oct 2", THU, date(2015, 10, 2), "day", "explicit"),
        ("Aug. 21", THU, date(2015, 8, 21), "day", "explicit"),
        ("Sept. 30", THU, date(2015, 9, 30), "day", "explicit"),
        ("September 30th", THU, date(2015, 9, 30), "day", "explicit"),
        ("2015-10-07", THU, date(2015, 10, 7), "day", "explicit"),
        ("October 2015", THU, date(2015, 10, 1), "month", "explicit"),
        # a date without a year well after the reference is last year's
        ("December 12", date(2016, 1, 10), date(2015, 12, 12), "day", "explicit"),
    ],
)
def test_resolve_date(phrase, reference, expected, precision, basis):
    resolved = resolve_date(phrase, reference)
    assert resolved is not None
    assert (resolved.date, resolved.precision, resolved.basis) == (expected, precision, basis)


@pytest.mark.parametrize("phrase", ["no date here", "February 30", "this week"])
def test_resolve_date_without_a_usable_date(phrase):
    assert resolve_date(phrase, THU) is None


def test_weekday_on_or_before():
    assert weekday_on_or_before(THU, 3) == THU
    assert weekday_on_or_before(THU, 2) == WED
    assert weekday_on_or_before(THU, 4) == date(2015, 10, 2)


def test_cues_carry_their_spans():
    text = "Jets struck on Oct. 7 and again last night; SOHR said Tuesday."
    cues = find_date_cues(text)
    assert [text[c.start : c.end] for c in cues] == ["Oct. 7", "last night", "Tuesday"]
    assert [c.kind for c in cues] == ["explicit", "relative", "relative"]


def test_cues_within_a_slice():
    text = "Monday. Strikes on Tuesday. Wednesday."
    cues = find_date_cues(text, 8, 27)
    assert [c.text for c in cues] == ["Tuesday"]


def test_explicit_beats_weekday_inside_one_phrase():
    cue = find_date_cues("Wednesday, October 7, 2015")[1]
    assert resolve_cue(cue, THU).date == WED


def test_post_headers():
    text = (
        "Intro text\n"
        "UPDATE 1850 GMT: Later news\n"
        "Posted at\n"
        "Body\n"
        "Posted at 10:15 a.m. ET, October 6\n"
        "Body\n"
        "Wednesday, Oct. 7\n"
        "Body\n"
        "ORIGINAL ENTRY: first post\n"
        "Wednesday, the ministry said jets struck targets in many places across the country.\n"
    )
    headers = find_post_headers(text, THU)
    assert [(h.kind, h.date) for h in headers] == [
        ("timed", None),
        ("bare", None),
        ("dated", date(2015, 10, 6)),
        ("dated", date(2015, 10, 7)),
        ("timed", None),
    ]
    assert text[headers[0].start : headers[0].end].startswith("UPDATE 1850 GMT")


def test_anaphoric_cues_resolve_against_the_event_told_before():
    cues = find_date_cues("The same morning, missiles struck A; the next day a bomb hit B.")
    assert [c.kind for c in cues] == ["anaphoric", "anaphoric"]
    assert resolve_cue(cues[0], date(2016, 2, 15)).date == date(2016, 2, 15)
    assert resolve_cue(cues[1], date(2016, 11, 18)).date == date(2016, 11, 19)
