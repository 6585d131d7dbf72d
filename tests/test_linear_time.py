"""Extraction time grows linearly with the input: adversarial bodies for each pattern family.

Each body is built by repeating a short unit of hostile text (runs of stops,
place lists, unclosed quotes, dates, actor words) to the wanted size. 100 KB
must extract in under 2 s and 1 MB in under 20 s (with the packaged gazetteer).
Time is the CPU time of the extracting process, so the guard measures the cost of
the patterns rather than how busy a shared test machine is. Other processes still
inflate it (shared caches, clock frequency) by up to a fifth, so a body over its limit
is extracted again, up to three times, and the fastest run counts, as ``timeit`` does.
"""

from __future__ import annotations

import time
from datetime import date

import pytest

from geo.extract import extract_events
from geo.geocode.gazetteer import load_gazetteer
from geo.record import Document

#: One unit of hostile text per pattern family; repeated to size.
UNITS = {
    # sentence ends: long runs of stops and exclamation marks inside one line
    "stops": "Jets struck Talbiseh" + "." * 20_000 + "!" * 20_000 + " ",
    # a strike word followed by an endless list of places (ground-fire and role scans)
    "place_list": "Russian jets struck Talbiseh, Rastan, Kafr Zita, Morek, Saraqib, ",
    # an opening quote that never closes, with claimants inside
    "unclosed_quote": "“the Observatory said Russian jets bombed Douma and Saqba ",
    # many dates after one strike word (other-clause and period-bound scans)
    "dates": "struck Hama after 12 October 2015, since Saturday, on Nov. 9, until 14/10/2016, ",
    # actor words of several sides with "whether ... or" (actor disjunction)
    "actors": "whether Russian jets or regime helicopters or coalition aircraft struck Hama, ",
    # apostrophes, hyphens and hashtags inside names
    "typography": "#Ma’arrat_al‑Nu’man and Kafr‑Nabl’s ‘market’ were bombed ",
    # distances and bearings chained without end
    "offsets": "15 kilometers southwest of the city of Raqqa and 20 km north of ",
    # person and group cues around place names
    "people": "Abu Omar Saraqeb, Saleh Raqqawi, the Douma 4 and Homs Media Center said jets hit ",
}


def body(unit: str, size: int) -> str:
    """Repeat ``unit`` to ``size`` characters, with no line break."""
    return (unit * (size // len(unit) + 1))[:size]


def extract_seconds(text: str, limit: float, tries: int = 3) -> float:
    """Return the CPU time of extracting ``text``: the first run under ``limit``, or the best."""
    finder = load_gazetteer().find_mentions
    doc = Document("hostile", "hostile.txt", text, date(2016, 1, 1))
    best = float("inf")
    for _ in range(tries):
        start = time.process_time()
        extract_events(doc, finder)
        best = min(best, time.process_time() - start)
        if best < limit:
            break
    return best


@pytest.fixture(scope="module", autouse=True)
def warm_gazetteer():
    load_gazetteer().find_mentions("Hama")


@pytest.mark.parametrize("family", sorted(UNITS))
def test_100_kb_extracts_in_under_2_s(family):
    seconds = extract_seconds(body(UNITS[family], 100_000), 2.0)
    assert seconds < 2.0, f"{family}: {seconds:.1f} s"


@pytest.mark.parametrize("family", sorted(UNITS))
def test_1_mb_extracts_in_under_20_s(family):
    seconds = extract_seconds(body(UNITS[family], 1_000_000), 20.0)
    assert seconds < 20.0, f"{family}: {seconds:.1f} s"
