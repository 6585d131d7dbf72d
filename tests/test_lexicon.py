"""Pattern helpers of the vocabularies: an opening look-ahead changes no match."""

from __future__ import annotations

import re

import pytest

from geo.extract import attributes, roles, triggers, voices
from geo.extract.lexicon import (
    first_characters,
    labelled_pattern,
    load,
    quick_opening,
    with_opening_lookahead,
)

TEXTS = [
    "Russian jets struck near Hama on Tuesday, the Defence Ministry said.",
    "Warplanes bombed the outskirts of Idlib; the coalition denied striking Raqqa.",
    "CITY OF ALEPPO: barrel bombs hit the Kremlin-backed ... \u212aafr Nabl, \u0131dlib",
    "not targeted, rather than ISIS-held villages 20 km north-east of Palmyra",
    "Konashenkov said cluster munitions and Kalibr cruise missiles hit ISIS; the Observatory said.",
    "",
]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\b(?:ab|c*d|(?:x|y)?z)", {"a", "c", "d", "x", "y", "z"}),
        (r"(?<!\w)(?=[a-z])near\b", {"n"}),
        (r"[Rr]egime|Assad", {"R", "r", "A"}),
        # Case turned on inside opens with either case; turned off, with the letter as written.
        (r"(?i:a)b|c", {"a", "A", "c"}),
        (r"(?-i:free)|bar", {"f", "b"}),
    ],
)
def test_first_characters_of_a_pattern(source: str, expected: set[str]) -> None:
    assert first_characters(source) == expected


@pytest.mark.parametrize("source", [r"\w+", r"a?", r"[^a]b", r".x", r"(?x:a)b"])
def test_first_characters_unknown_when_they_cannot_be_told(source: str) -> None:
    assert first_characters(source) is None
    assert with_opening_lookahead(source) == source


def test_case_blind_lookahead_keeps_every_case() -> None:
    plain = re.compile(r"\b(?:city|kafr)\s+of", re.IGNORECASE)
    quick = quick_opening(plain)
    assert quick.pattern != plain.pattern
    text = "CITY OF x, \u212aafr of y, City  of z"
    assert [m.span() for m in quick.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(list(quick.finditer(text))) == 3


@pytest.mark.parametrize(
    "pattern",
    [
        roles._NEAR_BEFORE_RE,
        roles._ROLE_WORDS_RE,
        triggers._UNREAL_BEFORE_RE,
        triggers._SUPPORT_BEFORE_RE,
    ],
)
def test_quick_patterns_match_as_written(pattern: re.Pattern[str]) -> None:
    plain = re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", pattern.pattern), pattern.flags)
    assert plain.pattern != pattern.pattern
    for text in TEXTS:
        for end in range(0, len(text) + 1, 7):
            found = [(m.span(), m.lastgroup) for m in pattern.finditer(text, 0, end)]
            assert found == [(m.span(), m.lastgroup) for m in plain.finditer(text, 0, end)]


@pytest.mark.parametrize(
    ("name", "flags", "pattern"),
    [
        ("actors", 0, attributes._ACTOR_RE),
        ("claimants", 0, voices._CLAIMANT_RE),
        ("targets", re.IGNORECASE, attributes._TARGET_RE),
        ("weapons", re.IGNORECASE, attributes._WEAPON_RE),
    ],
)
def test_labelled_patterns_match_as_the_vocabulary_is_written(
    name: str, flags: int, pattern: re.Pattern[str]
) -> None:
    data = load(name)
    groups = "|".join(f"(?P<{label}>{'|'.join(alts)})" for label, alts in data["groups"].items())
    plain = re.compile(data["prefix"] + "(?:" + groups + ")", flags)
    assert labelled_pattern(name, flags).pattern == pattern.pattern != plain.pattern
    for text in TEXTS:
        for end in range(0, len(text) + 1, 5):
            found = [(m.span(), m.lastgroup) for m in pattern.finditer(text, 0, end)]
            assert found == [(m.span(), m.lastgroup) for m in plain.finditer(text, 0, end)]
