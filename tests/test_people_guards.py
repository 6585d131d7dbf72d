"""The cheap tests that skip a pattern (names_no_place, _item_heads) never skip a match.

Each guard (the word before the place, a quote before it, a word after it) must hold
wherever its pattern matches: checked at every word of the labelled reports and of
written cases.
"""

from __future__ import annotations

import pathlib
import re

from geo.extract import headings as H
from geo.extract import people as P

_CASES = [
    "said Abu Omar Saraqeb, a commander of the group",
    "my colleague Samer Idlibi told us",
    "the Omar Bin al-Khattab mosque and the Khawla bint al-Azwar school",
    "the Temple of Bel was hit, and the tomb of Saint Simeon, the Monastery of Mar Elian",
    "said Talal Silo, the SDF spokesman, and spokesman Sipan Hemo told",
    "Dr Nabil Antaki and Colonel Ahmad Hamada and (Reporting by Omar Fahmy; By Lina Sinjab",
    "the Syrian Air Defense and the Russian provinces of Hama",
    "Tu-95MS \"Bears\" and Su-24 'Fencers' flew, Su-25 \"\nFrogfoot and Su-34 '\n\nX",
    "- Tuesday 2 Feb,\nAleppo: the market; 3) Yesterday, \t Homs and Hama: a school",
    "the Douma 4 and the Manbij Military Council and the Union of Medical Care and Relief Groups",
    "Khalil Khatouny, 27, and Şervan Kobani and Çiya Rojhat said",
    "A commander of the Turkmen brigades, Omer Kara, said",
    "Deir Ezzor is Being Slaughtered said; the The Aleppo",
    "IN THE OF Aleppo and ſaint Simeon\nthe\tHoms, the tomb of Saınt Elias and of SAİNT Homs",
]


def _texts() -> list[str]:
    """Return the written cases and the labelled reports' texts."""
    root = pathlib.Path(__file__).parent / "data"
    reports = sorted(root.glob("*/*.txt"))[:150]
    return _CASES + [p.read_text(encoding="utf-8", errors="replace") for p in reports]


def _word_starts(text: str) -> list[tuple[int, int]]:
    """Return the span of every word, as a place name might be found there."""
    return [(m.start(), m.end()) for m in re.finditer(r"[\w'’-]+", text)]


def test_guards_hold_where_patterns_match() -> None:
    checked = 0
    for text in _texts():
        for start, end in _word_starts(text):
            word = P._word_before(text, start)
            capitalised = bool(word) and not word.islower()
            given = P._given_name_shape(word)
            if P._KUNYA_BEFORE_RE.search(text, max(0, start - 40), start):
                assert capitalised
            if P._PATRONYMIC_BEFORE_RE.search(text, max(0, start - 6), start):
                assert word.endswith(P._PATRONYMIC_WORDS)
            if P._PATRONYMIC_AFTER_RE.match(text, end, end + 12):
                assert "bin" in text[end : end + 12] or "ibn" in text[end : end + 12]
            if P._RELATION_WORD_BEFORE_RE.search(text, max(0, start - 14), start):
                assert P._RELATION_WORD_RE.search(word)
            if P._MONUMENT_BEFORE_RE.search(text, max(0, start - 30), start):
                assert not word.isascii() or word.lower() in P._MONUMENT_LAST_WORDS
            for pattern, lo in (
                (P._HONORIFIC_NAME_BEFORE_RE, 40),
                (P._BYLINE_NAME_BEFORE_RE, 50),
                (P._TITLED_NAME_BEFORE_RE, 110),
                (P._SAID_NAME_BEFORE_RE, 40),
            ):
                if pattern.search(text, max(0, start - lo), start):
                    assert given, (pattern.pattern[:40], text[max(0, start - lo) : start])
                    checked += 1
            if P._NATIONALITY_BEFORE_RE.search(text, max(0, start - 20), start):
                assert capitalised
            if P._NICKNAME_BEFORE_RE.search(text, max(0, start - 20), start):
                assert text[max(0, start - 2) : start].removesuffix("\n")[-1:] in P._QUOTES
            if H._ITEM_OPENING_RE.search(text, max(0, start - 50), start):
                assert H._comma_before(text, max(0, start - 50), start)
            if P._JOINED_WORDS_RE.match(text, end, min(len(text), end + 70)):
                assert text[end : end + 70].lstrip(" \t").startswith("and")
            if P._THE_BEFORE_RE.search(text, max(0, start - 8), start):
                assert word.endswith(P._THE_WORDS)
    assert checked > 5


def test_nationalities_are_capitalised() -> None:
    # The nationality pattern is case-sensitive: a capital in the word before is needed.
    assert all(w[:1].isupper() for w in P._VOCAB["nationality_before"])


def test_cases_named() -> None:
    t = _CASES[0]
    assert P.names_no_place(t, t.index("Saraqeb"), t.index(","))
    t = _CASES[5]
    assert P.names_no_place(t, t.index("Antaki"), t.index("Antaki") + 6)
    t = _CASES[7]
    assert P.names_no_place(t, t.index("Bears"), t.index("Bears") + 5)
    t = "strikes in Aleppo and Homs"
    assert not P.names_no_place(t, t.index("Aleppo"), t.index("Aleppo") + 6)
