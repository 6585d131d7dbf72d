"""The per-sentence caches of cue searches answer for the range asked, whatever came first."""

from __future__ import annotations

from datetime import date

from geo.extract.attributes import _ACTOR_RE
from geo.extract.context import _find, _find_cached
from geo.extract.events import _build_context
from geo.record import Document

TEXT = "Russian jets struck Saraqib on Monday, and regime helicopters dropped barrels on Kafr Nabl."


def _context():  # type: ignore[no-untyped-def]
    doc = Document("d", "d.txt", TEXT, date(2016, 2, 2))
    return _build_context(doc, [])


def test_a_search_cut_short_does_not_stand_for_the_whole_sentence() -> None:
    ctx = _context()
    cut = TEXT.index(", and")
    short = _find_cached(ctx, _ACTOR_RE, 0, cut)
    whole = _find_cached(ctx, _ACTOR_RE, 0, len(TEXT))
    assert [a.label for a in short] == ["russia"]
    assert whole == _find(_ACTOR_RE, TEXT, 0, len(TEXT))
    assert {a.label for a in whole} == {"russia", "regime"}


def test_the_whole_sentence_does_not_stand_for_a_search_cut_short() -> None:
    ctx = _context()
    cut = TEXT.index(", and")
    _find_cached(ctx, _ACTOR_RE, 0, len(TEXT))
    assert _find_cached(ctx, _ACTOR_RE, 0, cut) == _find(_ACTOR_RE, TEXT, 0, cut)
