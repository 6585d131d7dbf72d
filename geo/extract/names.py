"""Names in a text that are not plain places: organisations, regions, launch sites, city names."""

from __future__ import annotations

import functools
import re

from geo.extract.lexicon import alternation, load, with_opening_lookahead
from geo.names import (
    LOWERCASE_LABEL_CLOSE,
    LOWERCASE_LABEL_OPENING,
    LOWERCASE_PLACE_CUE,
    split_designator,
    strip_article,
)

_ORGS = load("organisations")
_ORG_RE = re.compile(
    rf"\b{alternation(_ORGS['openings'])}\b"
    # An article that is also an English word ("at", "as", "an") joins the name only by its
    # hyphen: "a depot of Jabhat al-Nusra at X" names the place after the group.
    r"(?:[ -](?:(?:al|el|ad|ash|ar|az)[- ]|(?:as|an|at)-)?[A-Z][\w'’]*){1,4}"
    # "the 4th Division", "the 82nd Brigade": a unit named by its number. "the Jabal
    # al-Zawiya Brigade": a unit named after a place, its article in lower case.
    r"|\b(?:(?<![\w-])(?:(?:al|el|ad|as|ash|an|ar|at|az)-)?[A-Z][\w'’-]*\s+"
    rf"|\d{{1,3}}(?:st|nd|rd|th)\s+){{1,2}}{alternation(_ORGS['units'])}\b",
)
# Literal-first scans finding where _ORG_RE can match: a group word opening the
# name, or a unit word closing it (matched from up to two words before).
_ORG_OPENING_RE = re.compile(alternation(_ORGS["openings"]))
_ORG_UNIT_RE = re.compile(alternation(_ORGS["units"]))
_REGION_RE = re.compile(with_opening_lookahead(rf"\b{alternation(load('regions')['names'])}\b"))
_REGION_HINT_RE = re.compile("|".join(load("regions")["hints"]))

#: Air bases the strikes are flown from (keys as :func:`geo.names.letter_key` makes them).
_LAUNCH_NAMES = frozenset(load("launch_sites")["names"])


def _org_spans(text: str) -> list[tuple[int, int]]:
    """Spans of organisation names ("Liwa Suqour al-Jabal", "Sham Corps"), in text order."""
    found: dict[tuple[int, int], None] = {}
    for m in _ORG_OPENING_RE.finditer(text):
        org = _ORG_RE.match(text, m.start())
        if org is not None and (m.start() == 0 or not text[m.start() - 1].isalnum()):
            found[org.span()] = None
    for m in _ORG_UNIT_RE.finditer(text):
        lo = max(0, m.start() - 60)
        for org in _ORG_RE.finditer(text, lo, m.end() + 12):
            if org.start() <= m.start() < org.end():
                found[org.span()] = None
                break
    return sorted(found)


@functools.lru_cache(maxsize=8192)
def _written_as_name(surface: str) -> bool:
    core = strip_article(split_designator(surface)[0])
    return bool(core) and (core[0].isupper() or core[0].isdigit())


_CUE_BEFORE_RE = re.compile(LOWERCASE_PLACE_CUE + "$", re.IGNORECASE)
_CUE_WINDOW = 40


def _after_place_cue(text: str, start: int) -> bool:
    """Say whether a place cue ("the city of") comes right before ``start``."""
    return _CUE_BEFORE_RE.search(text, max(0, start - _CUE_WINDOW), start) is not None


_LABEL_BEFORE_RE = re.compile(LOWERCASE_LABEL_OPENING + "$", re.MULTILINE)
_LABEL_AFTER_RE = re.compile(LOWERCASE_LABEL_CLOSE)


def _labels_line(text: str, start: int, end: int) -> bool:
    """Say whether ``text[start:end]`` labels a line of a post ("jisr al-shughur: ...")."""
    return (
        _LABEL_BEFORE_RE.search(text, max(0, start - _CUE_WINDOW), start) is not None
        and _LABEL_AFTER_RE.match(text, end) is not None
    )


_CITY_NAMES: frozenset[str] = frozenset(load("cities")["names"])
# "the National Hospital", "at-Talaa Camp": a landmark word closing a name or right after it.
_LANDMARK_RE = re.compile(rf"\s*{alternation(load('cities')['landmarks'])}s?\b")
