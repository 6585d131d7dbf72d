"""Typography does not change what a report says: the same events however its marks are typed.

A report reaches the tool from a word processor, a web page or a terminal: apostrophes and
quotes straight or curly, spaces plain or no-break, hyphens and dashes of several kinds, line
ends of Windows or Unix. Each variant of one report, read as a file, gives the events of its
plain form (the place's spelling aside, which keeps the marks it was written with).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest

from geo.extract import extract_events
from geo.ingest.corpus import parse_document

HEAD = "---\ntitle: Raids on the south of Idlib\npublished: 2016-03-20\n---\n"

# A report of our own with the marks the variants retype: apostrophes inside names and in
# possessives, quotes, hyphenated names, spaced dashes, days written with a month's name, an
# incident list whose headings carry the place's point in degrees and minutes.
REPORT = (
    "IDLIB, March 20 (Agency) - Russian jets struck Ma'arrat al-Nu'man's vegetable market on "
    'Friday, 18 March 2016, killing 11 people, the Observatory said. "The market was full," '
    "a trader told us.\n\n"
    "Warplanes also hit Kafr Nabl - a town held by rebels - on Saturday, activists said.\n\n"
    "The monitor's list of the week's attacks:\n\n"
    "4) Ihsim (35°41'N 36°33'E) - 3 March 2016\n"
    "Helicopters dropped two barrel bombs on the road by the flour mill. A farmer was killed.\n"
)

_Variant = Callable[[str], str]

VARIANTS: dict[str, _Variant] = {
    "curly apostrophes and quotes": lambda s: re.sub(r'"([^"\n]*)"', "\u201c\\1\u201d", s).replace(
        "'", "\u2019"
    ),
    "no-break spaces after numbers": lambda s: re.sub(r"(\d) (?=[A-Za-z])", "\\1&nbsp;", s),
    "no-break spaces as characters": lambda s: re.sub(r"(\d) (?=[A-Za-z])", "\\1\u00a0", s),
    "thin spaces in the point": lambda s: s.replace("N 36", "N\u2009 36"),
    "en dashes for spaced hyphens": lambda s: s.replace(" - ", " \u2013 "),
    "em dashes for spaced hyphens": lambda s: s.replace(" - ", " \u2014 "),
    "Windows line ends": lambda s: s.replace("\n", "\r\n"),
    "a byte-order mark": lambda s: "\ufeff" + s,
    "soft hyphens inside names": lambda s: s.replace("Ihsim", "Ih\u00adsim"),
}


def _events(body: str, finder) -> list[tuple[str, date | None, str]]:
    doc = parse_document("r.txt", (HEAD + body).encode())
    return [
        (re.sub(r"['\u2019]", "'", e.place_as_written), e.event_date, e.actor)
        for e in extract_events(doc, finder)
    ]


@pytest.fixture(scope="module")
def plain(gaz) -> list[tuple[str, date | None, str]]:
    found = _events(REPORT, gaz.find_mentions)
    # The plain form reads every strike with its day: the variants are held to it.
    assert found == [
        ("Ma'arrat al-Nu'man", date(2016, 3, 18), "russia"),
        ("Kafr Nabl", date(2016, 3, 19), "russia"),
        ("Ihsim", date(2016, 3, 3), "regime"),
    ]
    return found


@pytest.mark.parametrize("variant", VARIANTS)
def test_a_report_typed_otherwise_gives_the_same_events(gaz, plain, variant):
    assert _events(VARIANTS[variant](REPORT), gaz.find_mentions) == plain
