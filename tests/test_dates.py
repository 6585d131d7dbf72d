from __future__ import annotations

import time
from datetime import date

import pytest

from geo.extract import extract_events
from geo.extract.dates import (
    find_caption_lines,
    find_date_cues,
    find_post_headers,
    headline_date,
    resolve_cue,
    resolve_date,
    weekday_on_or_before,
)
from geo.record import TIME_PRECISIONS, Document, Mention, Place

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
        # "last <weekday>" is the latest such weekday before the reference; "last week on
        # <weekday>" that weekday in the previous calendar week
        ("last Wednesday", WED, date(2015, 9, 30), "day", "relative"),
        ("last Tuesday", date(2016, 2, 20), date(2016, 2, 16), "day", "relative"),
        ("last week on Tuesday", date(2016, 2, 20), date(2016, 2, 9), "day", "relative"),
        ("last week on Wednesday", WED, date(2015, 9, 30), "day", "relative"),
        ("last week Wednesday", THU, date(2015, 9, 30), "day", "relative"),
        ("last Friday", date(2015, 10, 5), date(2015, 10, 2), "day", "relative"),
        # "last week" is a window, dated by the previous calendar week's last day
        ("last week", WED, date(2015, 10, 4), "window", "relative"),
        ("strikes last week", date(2016, 3, 7), date(2016, 3, 6), "window", "relative"),
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
        # ... and so is one a few days after it: the latest such date not after publication
        ("on October 12", date(2016, 10, 5), date(2015, 10, 12), "day", "explicit"),
        # one day of slack for time zones
        ("on October 6", date(2016, 10, 5), date(2016, 10, 6), "day", "explicit"),
        # numeric dates are day first; ISO and month-first only where nothing else fits
        ("brief for 14/10/2016", THU, date(2016, 10, 14), "day", "explicit"),
        ("on 3/10/2016", THU, date(2016, 10, 3), "day", "explicit"),
        ("on 14.10.2016", THU, date(2016, 10, 14), "day", "explicit"),
        ("dated 14/10/16", THU, date(2016, 10, 14), "day", "explicit"),
        ("dated 10/14/2016", THU, date(2016, 10, 14), "day", "explicit"),
        # ... on any day of the month, the 20th to the 31st too
        ("on 02/27/2016", THU, date(2016, 2, 27), "day", "explicit"),
        ("posted 1/31/16", THU, date(2016, 1, 31), "day", "explicit"),
        ("on 09.30.2015", THU, date(2015, 9, 30), "day", "explicit"),
        # ... and where the day-first reading is still to come when the report was written
        ("on 10/12/2015", date(2015, 10, 20), date(2015, 10, 12), "day", "explicit"),
        ("on 12/10/2015", date(2015, 10, 20), date(2015, 10, 12), "day", "explicit"),
        # a night over two days of a month written with a slash: its second day
        (
            "on the night of 12/13 October",
            date(2015, 10, 20),
            date(2015, 10, 13),
            "window",
            "explicit",
        ),
        ("2016/10/14", THU, date(2016, 10, 14), "day", "explicit"),
        # ordinals, "of", weekday plus date
        (
            "on the morning of Tuesday 11th of October 2016",
            THU,
            date(2016, 10, 11),
            "day",
            "explicit",
        ),
        ("on the 2nd of March", date(2016, 3, 20), date(2016, 3, 2), "day", "explicit"),
        ("Thursday, the 3rd of March 2016", THU, date(2016, 3, 3), "day", "explicit"),
        ("Tuesday, April 19, 2016", THU, date(2016, 4, 19), "day", "explicit"),
        ("on the 27th of last December", date(2016, 12, 30), date(2015, 12, 27), "day", "explicit"),
        ("on the 9th of this month", date(2016, 5, 20), date(2016, 5, 9), "day", "relative"),
        ("on the 28th of last month", date(2016, 3, 2), date(2016, 2, 28), "day", "relative"),
        # abbreviations
        ("Sept. 23", date(2016, 9, 30), date(2016, 9, 23), "day", "explicit"),
        ("Nov. 9", date(2016, 11, 10), date(2016, 11, 9), "day", "explicit"),
        ("Oct 5th", date(2016, 11, 10), date(2016, 10, 5), "day", "explicit"),
        ("23 Sept", date(2016, 11, 10), date(2016, 9, 23), "day", "explicit"),
        # windows take their last day
        ("From March 20 to March 23", date(2016, 4, 1), date(2016, 3, 23), "window", "explicit"),
        ("from 20 to 23 March 2016", THU, date(2016, 3, 23), "window", "explicit"),
        ("between 1 and 3 October", THU, date(2015, 10, 3), "window", "explicit"),
        ("on 1-3 Oct.", THU, date(2015, 10, 3), "window", "explicit"),
        ("March 20-23, 2016", THU, date(2016, 3, 23), "window", "explicit"),
        ("between 30 September and 2 October", THU, date(2015, 10, 2), "window", "explicit"),
        ("over the past two days", THU, THU, "window", "relative"),
        ("in the past 24 hours", THU, THU, "window", "relative"),
        ("during the last three days", THU, THU, "window", "relative"),
        # "since" a calendar date: a window running to the reference date
        (
            "since the 27th of last December",
            date(2016, 1, 20),
            date(2016, 1, 20),
            "window",
            "relative",
        ),
        ("since 3 October", THU, THU, "window", "relative"),
        ("since the 27th, raids have not stopped", THU, THU, "window", "relative"),
        # a day of the month named alone: the latest such day by the writing
        ("jets returned on the 9th.", date(2016, 10, 20), date(2016, 10, 9), "day", "relative"),
        ("on the 25th, when", date(2016, 10, 20), date(2016, 9, 25), "day", "relative"),
        ("on the 31st and", date(2016, 10, 5), date(2016, 8, 31), "day", "relative"),
        # the sentence's verb right after the day
        ("raids on the 12th killed six", date(2016, 10, 20), date(2016, 10, 12), "day", "relative"),
        ("this past weekend", THU, date(2015, 10, 4), "window", "relative"),
        # two weekdays bounding a window: its last day
        ("between Monday and Wednesday", THU, date(2015, 10, 7), "window", "relative"),
        ("from Saturday to Monday", THU, date(2015, 10, 5), "window", "relative"),
        # a window inside a month written in words: its last day
        ("during the first ten days of August", THU, date(2015, 8, 10), "window", "explicit"),
        ("in the first 12 days of September", THU, date(2015, 9, 12), "window", "explicit"),
        ("the last ten days of February 2016", THU, date(2016, 2, 29), "window", "explicit"),
        ("over the first half of September", THU, date(2015, 9, 15), "window", "explicit"),
        ("in the second half of August", THU, date(2015, 8, 31), "window", "explicit"),
        # ... not past the day of writing, when the month is the writing's own
        ("in the latter half of October", THU, THU, "window", "explicit"),
        # the writing's week: the days before it, or up to it
        ("earlier this week", THU, date(2015, 10, 7), "window", "relative"),
        ("this week", THU, THU, "window", "relative"),
        ("earlier this week", date(2015, 10, 5), date(2015, 10, 5), "window", "relative"),
        ("ON TUESDAY", THU, date(2015, 10, 6), "day", "relative"),
        # hours back, in whole days
        ("48 hours ago", THU, date(2015, 10, 6), "day", "relative"),
        ("24 hours ago", THU, date(2015, 10, 7), "day", "relative"),
        # a form's day, month and year joined by hyphens
        ("29-Feb-2016", THU, date(2016, 2, 29), "day", "explicit"),
        ("3-Oct-15", THU, date(2015, 10, 3), "day", "explicit"),
    ],
)
def test_resolve_date(phrase, reference, expected, precision, basis):
    resolved = resolve_date(phrase, reference)
    assert resolved is not None
    assert (resolved.date, resolved.precision, resolved.basis) == (expected, precision, basis)


@pytest.mark.parametrize(
    "phrase",
    [
        "no date here",
        "February 30",
        "31/11/2016",  # no such day
        "14.10.16",  # a two-digit year only with slashes
        "version 1.2.3",
        "October 7, 1985",  # before the sane window
        "strikes on the 4th Division",  # a unit, not a day
        "a raid on the 5th floor",
        "jets hit the troops on the 4th Armoured line with rockets",  # a unit's line
    ],
)
def test_resolve_date_without_a_usable_date(phrase):
    assert resolve_date(phrase, THU) is None


@pytest.mark.parametrize(
    "phrase",
    [
        "on the 11th of October 2016",
        "on 11 October 2016",
        "on October 11, 2016",
        "on Tuesday 11th of October 2016",
        "on 11/10/2016",
        "from 9 to 11 October 2016",
    ],
)
def test_a_written_day_is_never_the_first_of_its_month(phrase):
    resolved = resolve_date(phrase, date(2016, 10, 20))
    assert resolved is not None
    assert resolved.date == date(2016, 10, 11)
    assert resolved.precision in ("day", "window")


def test_window_is_a_time_precision_of_the_schema():
    assert "window" in TIME_PRECISIONS
    assert resolve_date("over the past two days", THU).precision in TIME_PRECISIONS


@pytest.mark.parametrize("reference", [date(1, 1, 1), date(9999, 12, 31), date(1989, 12, 31)])
@pytest.mark.parametrize(
    "phrase",
    ["yesterday", "the day before yesterday", "last Wednesday", "last week", "last month",
     "on Tuesday", "December 12", "over the past two days", "since 3 October"],
)  # fmt: skip
def test_references_outside_the_sane_window_resolve_to_nothing(reference, phrase):
    assert resolve_date(phrase, reference) is None


def test_anaphoric_cue_past_the_last_day_resolves_to_nothing():
    cue = find_date_cues("the next day")[0]
    assert resolve_cue(cue, date(9999, 12, 31)) is None
    assert resolve_cue(cue, date(2100, 12, 31)) is None


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
    (cue,) = find_date_cues("Wednesday, October 7, 2015")
    assert cue.kind == "explicit" and cue.weekday == 2
    assert resolve_cue(cue, date(2016, 1, 10)).date == WED


def test_a_list_of_two_dates_is_not_a_window():
    cues = find_date_cues("Jets struck on Oct. 7 and Oct. 9.")
    assert [(c.text, c.window) for c in cues] == [("Oct. 7", False), ("Oct. 9", False)]


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


def test_date_only_lines_head_the_incidents_below_them():
    text = (
        "Incident date\n"
        "June 9, 2016\n"
        "Place: Kafr Dael. Warplanes struck a market in Kafr Dael.\n"
        "Incident date\n"
        "June 7, 2016\n"
        "Place: Anadan. Air raids hit homes in Anadan.\n"
        "Date: 2016-06-05 09:25\n"
        "Jets bombed a bakery in Hreitan.\n"
        "Fri Jun 3, 2016 1:49\n"
        "Warplanes hit Kafr Dael again.\n"
    )
    headers = find_post_headers(text, date(2016, 6, 10))
    assert [(h.kind, h.date) for h in headers] == [
        ("dated", date(2016, 6, 9)),
        ("dated", date(2016, 6, 7)),
        ("dated", date(2016, 6, 5)),
        ("dated", date(2016, 6, 3)),
    ]
    doc = Document("list", "list.txt", text, date(2016, 6, 10))
    events = extract_events(doc, finder_for("Kafr Dael", "Anadan", "Hreitan"))
    got = {(ev.place_as_written, ev.event_date) for ev in events}
    assert got == {
        ("Kafr Dael", date(2016, 6, 9)),
        ("Anadan", date(2016, 6, 7)),
        ("Hreitan", date(2016, 6, 5)),
        ("Kafr Dael", date(2016, 6, 3)),
    }


@pytest.mark.parametrize(
    "line",
    ["Idlib, 12/10/2016", "12 October - Idlib", "Aleppo – Wednesday, 12 Oct.", "Date: 2016-10-12"],
)
def test_a_place_may_head_the_day_with_its_date(line):
    (header,) = find_post_headers(f"{line}\nJets struck Anadan.\n", date(2016, 10, 20))
    assert (header.kind, header.date) == ("dated", date(2016, 10, 12))


def test_a_dated_sentence_line_is_not_a_heading():
    text = "Jets struck Anadan on June 7, 2016.\nMore raids hit Hreitan.\n"
    assert find_post_headers(text, date(2016, 6, 10)) == []


def finder_for(*names: str):
    """A mention finder for hand-written texts: every name is a town."""

    def find(text: str) -> list[Mention]:
        found = []
        for name in names:
            start = text.find(name)
            while start != -1:
                place = Place(name, name, 0.0, 0.0, "town")
                found.append(Mention(start, start + len(name), name, (place,)))
                start = text.find(name, start + 1)
        return sorted(found, key=lambda m: m.start)

    return find


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Daily brief for 14/10/2016", "", date(2016, 10, 14)),
        ("Toll for Tuesday 11 October 2016 (from the monitors)", "", date(2016, 10, 11)),
        ("Strikes of 20-23 March", "", date(2016, 3, 23)),
        # no title: a first line that reads as a heading
        (None, "Raids on the northern countryside, 12/10/2016\nBody.", date(2016, 10, 12)),
        # a first line that is a sentence is not a heading
        (None, "Jets struck on 12/10/2016 at dawn.\nBody.", None),
        # relative words in a headline are left to the text
        ("Jets pound the north on Tuesday", "", None),
    ],
)
def test_headline_date(title, text, expected):
    resolved = headline_date(title, text, date(2016, 10, 15))
    assert (resolved.date if resolved else None) == expected


def test_a_headline_date_dates_the_undated_strikes_it_heads():
    text = (
        "Warplanes bombed Maarat Hanoun and Kafr Dael, the monitors said.\n"
        "Raids also hit Anadan on Monday.\n"
    )
    doc = Document("brief", "b.txt", text, date(2016, 10, 15), title="Daily brief for 12/10/2016")
    events = extract_events(doc, finder_for("Maarat Hanoun", "Kafr Dael", "Anadan"))
    got = {ev.place_as_written: (ev.event_date, ev.date_basis) for ev in events}
    assert got["Maarat Hanoun"] == (date(2016, 10, 12), "explicit")
    assert got["Kafr Dael"] == (date(2016, 10, 12), "explicit")
    # relative words still count from publication (Saturday 15 October)
    assert got["Anadan"] == (date(2016, 10, 10), "relative")


def test_photo_captions():
    text = (
        "Smoke rises over Anadan after an air strike on Oct. 12. Photo: A. Writer\n"
        "Warplanes struck Hreitan, the monitors said.\n"
        "Jets bombed Kafr Dael on Monday.\n"
        "Rubble of a house hit by an air strike in Kafr Hamra. (Agency/B. Snapper)\n"
    )
    spans = find_caption_lines(text)
    assert [text[a:b].split()[-1] for a, b in spans] == ["Writer", "Snapper)"]
    doc = Document("cap", "cap.txt", text, date(2016, 10, 15))
    events = extract_events(doc, finder_for("Anadan", "Hreitan", "Kafr Dael", "Kafr Hamra"))
    got = {ev.place_as_written: ev.event_date for ev in events}
    # the caption's date is its own ...
    assert got["Anadan"] == date(2016, 10, 12)
    # ... and does not carry to the text after it
    assert got["Hreitan"] == date(2016, 10, 15)
    # an undated caption takes the publication date, not the paragraph's
    assert got["Kafr Dael"] == date(2016, 10, 10)
    assert got["Kafr Hamra"] == date(2016, 10, 15)


def test_a_window_ends_when_the_speaker_spoke():
    text = (
        "The ministry said on Monday its jets had flown 40 sorties in the past 24 hours, "
        "striking targets in Anadan."
    )
    doc = Document("mod", "mod.txt", text, date(2016, 10, 13))  # a Thursday
    (event,) = extract_events(doc, finder_for("Anadan"))
    assert (event.event_date, event.time_precision) == (date(2016, 10, 10), "window")


def test_a_since_window_takes_its_last_day():
    text = "Army aircraft have struck Anadan and Hreitan since the 27th of last December."
    doc = Document("since", "s.txt", text, date(2016, 1, 20))
    events = extract_events(doc, finder_for("Anadan", "Hreitan"))
    assert {(ev.event_date, ev.time_precision) for ev in events} == {(date(2016, 1, 20), "window")}


@pytest.mark.parametrize("published", [date(1, 1, 1), date(9999, 12, 31)])
def test_extraction_survives_a_publication_date_outside_the_sane_window(published):
    text = (
        "Posted at 10:00\nJets struck Anadan yesterday.\n"
        "Posted at 09:00\nWarplanes struck Hreitan the next day and over the past two days.\n"
    )
    doc = Document("odd", "odd.txt", text, published)
    events = extract_events(doc, finder_for("Anadan", "Hreitan"))
    assert {ev.place_as_written for ev in events} == {"Anadan", "Hreitan"}


def test_patterns_stay_linear_on_hostile_input():
    pieces = "14/10/2016 11th of October 3rd / Sept. 23 // 2016-10-14 between 1 and 3 Oct 1/2/"
    hostile = (pieces * (100_000 // len(pieces) + 1))[:100_000]
    runs = {
        "mixed": hostile,
        "digits and slashes": ("12/" * 40_000)[:100_000],
        "ordinals": ("11th of 12th of " * 7_000)[:100_000],
        "one line": "Photo: " + "1st of " * 14_000,
    }
    for name, text in runs.items():
        # CPU time: the guard measures the patterns, not how busy a shared machine is.
        started = time.process_time()
        find_date_cues(text)
        find_post_headers(text, date(2016, 1, 1))
        find_caption_lines(text)
        headline_date(text[:300], text, date(2016, 1, 1))
        elapsed = time.process_time() - started
        assert elapsed < 2.0, (name, elapsed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MOSCOW, November 23. Jets struck Anadan over the past two days.", date(2015, 11, 23)),
        ("Title line\n\nBEIRUT, Nov 22 (Agency) - Jets struck Anadan.", date(2015, 11, 22)),
        ("DAMASCUS, 22/11/2015 - Jets struck Anadan.", date(2015, 11, 22)),
        # not a dateline: a sentence, or a date after publication
        ("On November 23 jets struck Anadan.", None),
        ("MOSCOW, December 20, 2015. Jets struck Anadan.", None),
    ],
)
def test_dateline_date(text, expected):
    from geo.extract.dates import dateline_date

    assert dateline_date(text, date(2015, 11, 24)) == expected


def test_relative_words_count_from_the_dateline():
    text = "MOSCOW, November 23. Warplanes struck Anadan on Sunday, the ministry said."
    doc = Document("wire", "w.txt", text, date(2015, 11, 26))  # a Thursday page
    (event,) = extract_events(doc, finder_for("Anadan"))
    assert event.event_date == date(2015, 11, 22)  # the Sunday before Monday 23


def test_a_count_of_days_resolves_against_the_event_told_before():
    cues = find_date_cues("Three days earlier, and a day after that, and 2 days later.")
    assert [(c.kind, c.shift) for c in cues] == [
        ("anaphoric", -3),
        ("anaphoric", 1),
        ("anaphoric", 2),
    ]
    assert resolve_cue(cues[0], date(2016, 2, 16)).date == date(2016, 2, 13)
