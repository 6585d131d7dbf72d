"""The mention finder's fast scans find what the plain patterns find."""

from __future__ import annotations

import random
import re

import pytest

from geo.geocode import gazetteer

#: Letters a case-blind match takes for ASCII letters, joiners, breaks and cue words.
ALPHABET = ["a", "I", "İ", "ı", "ſ", "\u212a", "k", " ", "\t", "\n", "|", ":", "-", "'", "_", "É"]
WORDS = ["city", "CITY", "Cıty", "ſuburbs", "of", "OF", "the", "The", "\u212aafr", "raqqa", "Hama"]


def samples(count: int, seed: int) -> list[str]:
    """Return ``count`` short texts of words and odd characters (seeded, so the same each run)."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = [rng.choice(WORDS) if rng.random() < 0.5 else rng.choice(ALPHABET)]
        for _ in range(rng.randint(0, 10)):
            parts.append(rng.choice([" ", "  ", "\n", "\t", ""]))
            parts.append(rng.choice(WORDS) if rng.random() < 0.6 else rng.choice(ALPHABET))
        out.append("".join(parts))
    return out


TEXTS = samples(3000, 7) + ["the city of raqqa", "CITY OF THE Hama", "| raqqa: 2", "\n  hama:"]


@pytest.mark.parametrize("text", TEXTS[:5] + TEXTS[-4:])
def test_cue_ends_of_known_texts(text: str) -> None:
    expected = [m.end() for m in gazetteer._LOWERCASE_CUE.finditer(text)]
    assert gazetteer._lowercase_cue_ends(text) == expected


def test_cue_ends_as_the_case_blind_pattern() -> None:
    found = [gazetteer._lowercase_cue_ends(t) for t in TEXTS]
    assert found == [[m.end() for m in gazetteer._LOWERCASE_CUE.finditer(t)] for t in TEXTS]
    assert sum(map(len, found)) > 100  # the samples hold cues in every case


def test_label_ends_as_the_line_pattern() -> None:
    found = [sorted(gazetteer._label_ends(t)) for t in TEXTS]
    assert found == [[m.end() for m in gazetteer._LOWERCASE_LABEL.finditer(t)] for t in TEXTS]
    assert sum(map(len, found)) > 100


def test_name_joiner_as_the_pattern() -> None:
    for text in TEXTS:
        for start in range(len(text) + 1):
            for end in range(start, min(len(text), start + 4) + 1):
                plain = gazetteer._NAME_JOIN.fullmatch(text, start, end) is not None
                assert gazetteer._joins_name(text, start, end) == plain


def test_last_word_as_the_backtracking_pattern() -> None:
    plain = re.compile(r"[^\W_]+(?=[^\w]*$)")
    for text in TEXTS:
        for start in range(0, len(text) + 1, 3):
            lo = max(0, start - 24)
            old = plain.search(text, lo, start)
            new = gazetteer._LAST_WORD.search(text[lo:start])
            assert (old and old.group()) == (new and new.group())
