"""One short sentence of our own per extraction rule (families of issue 9, linear time)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import extract_events, split_sentences
from geo.extract.sentences import MAX_SENTENCE
from geo.geocode.gazetteer import load_gazetteer
from geo.record import Document


@pytest.fixture(scope="module")
def finder():
    return load_gazetteer().find_mentions


def events(text: str, finder, published: date = date(2016, 2, 10)):
    return extract_events(Document("t", "t.txt", text, published), finder)


def places(text: str, finder, published: date = date(2016, 2, 10)) -> list[str]:
    return [ev.place_as_written for ev in events(text, finder, published)]


# -- linear time ---------------------------------------------------------------------


def test_an_endless_list_is_cut_after_a_comma():
    text = "Jets struck " + "Rastan, Talbiseh, " * 200
    spans = split_sentences(text)
    assert len(spans) > 1
    assert all(e - s <= MAX_SENTENCE for s, e in spans)
    assert all(text[s:e].endswith(",") for s, e in spans[:-1])


def test_a_run_of_stops_ends_one_sentence():
    text = "Jets struck Hama" + "." * 5000 + " Then they left."
    spans = split_sentences(text)
    assert text[spans[-1][0] : spans[-1][1]] == "Then they left."
    assert all(e - s <= MAX_SENTENCE for s, e in spans)
