"""Alternatives grouped by their opening characters match as the alternatives in order."""

from __future__ import annotations

import random
import re
from pathlib import Path

from geo.extract.lexicon import load
from geo.extract.triggers import _TRIGGER_SCAN_RE, grouped_by_opening
from geo.ingest.corpus import read_corpus

_DATA = Path(__file__).parent / "data"


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_trigger_scan_matches_the_vocabulary_in_order():
    """The trigger scan finds what the strong and weak words joined in order find."""
    vocab = load("triggers")
    plain = re.compile("(?:" + "|".join(vocab["strong"] + vocab["weak"]) + r")\b")
    texts = [
        d.text.lower()
        for p in sorted(_DATA.iterdir())
        if (p / "expected_events.csv").exists()
        for d in read_corpus(p).documents
    ]
    assert texts
    for text in texts:
        assert _spans(_TRIGGER_SCAN_RE, text) == _spans(plain, text)


def test_grouping_keeps_the_first_alternative_to_match():
    """Random alternatives sharing openings, some of several or of unknown openings."""
    rng = random.Random(7)
    pieces = ["a", "ab", "b", "ba", "(?:a|b)", "[ab]c", "c", ".", "a?b", "\\w", "(?=a)ab", ""]
    for _ in range(400):
        alts = [
            "".join(rng.choice(pieces) for _ in range(rng.randint(1, 3)))
            for _ in range(rng.randint(1, 6))
        ]
        alts = [a for a in alts if a] or ["a"]
        plain = re.compile("(?:" + "|".join(alts) + ")")
        grouped = re.compile(grouped_by_opening(alts))
        text = "".join(rng.choice("abc .") for _ in range(60))
        assert [m.span() for m in grouped.finditer(text)] == _spans(plain, text), alts
