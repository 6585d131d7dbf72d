"""Place names as keys: spelling-tolerant keys, governorates, organisation and region names."""

from __future__ import annotations

import functools
import re
import unicodedata

from geo.extract.lexicon import alternation, load
from geo.geocode.gazetteer import GOVERNORATES

_ORGS = load("organisations")
_ORG_RE = re.compile(
    rf"\b{alternation(_ORGS['openings'])}\b"
    r"(?:[ -](?:(?:al|el|ad|as|ash|an|ar|at|az)[- ])?[A-Z][\w'’]*){1,4}"
    rf"|\b(?:[A-Z][\w'’-]*\s+){{1,2}}{alternation(_ORGS['units'])}\b",
)
# Literal-first scans finding where _ORG_RE can match: a group word opening the
# name, or a unit word closing it (matched from up to two words before).
_ORG_OPENING_RE = re.compile(alternation(_ORGS["openings"]))
_ORG_UNIT_RE = re.compile(alternation(_ORGS["units"]))
_REGION_RE = re.compile(rf"\b{alternation(load('regions')['names'])}\b")
_REGION_HINT_RE = re.compile("|".join(load("regions")["hints"]))

#: Air bases the strikes are flown from (keys as :func:`_name_key` makes them).
_LAUNCH_NAMES = frozenset(load("launch_sites")["names"])


@functools.lru_cache(maxsize=4096)
def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


_ARTICLE_RE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ad-d)[-\s]+")


@functools.lru_cache(maxsize=8192)
def place_key(name: str) -> str:
    """Return a spelling-tolerant key for a place name, for deduplication.

    Articles, apostrophes, vowels, doubled letters and word breaks are
    dropped, and a final "-ah"/"-eh" counts as "-a".

    Parameters
    ----------
    name : str
        A place name as written.

    Returns
    -------
    str
        The key; equal keys are taken to name the same place.

    Examples
    --------
    >>> place_key("Kafr Zita") == place_key("Kafrzita")
    True
    >>> place_key("Al Lataminah") == place_key("Latamneh")
    True
    """
    gov = _canonical_governorate(name)
    text = _fold(gov or _split_designator(name)[0]).lstrip("#")
    text = _ARTICLE_RE.sub("", text)
    text = re.sub(r"\s+(?:city|province|governorate|town|village)$", "", text)
    text = re.sub(r"(?<=[aeiou])h\b", "", text)
    letters = re.sub(r"[^a-z]", "", text)
    if not letters:
        return ""
    skeleton = letters[0] + re.sub(r"[aeiouy]", "", letters[1:])
    return re.sub(r"(.)\1+", r"\1", skeleton)


def _gov_lookup_key(name: str) -> str:
    return re.sub(r"[^a-z]", "", _ARTICLE_RE.sub("", _fold(name)))


_GOV_LOOKUP = {
    _gov_lookup_key(spelling): canon
    for canon, spellings in GOVERNORATES.items()
    for spelling in (canon, *spellings)
}


_DESIGNATOR_RE = re.compile(
    r"^(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?"
    r"(?:(?:provinces?|governorate|countryside)\s+of\s+)?(?P<core>.+?)"
    r"(?:\s+(?P<word>provinces?|governorate|countryside|region|city))?$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=8192)
def _split_designator(name: str) -> tuple[str, str | None]:
    """Split "Idlib Province" into ("Idlib", "province"); "Idlib city" into ("Idlib", "city")."""
    m = _DESIGNATOR_RE.match(name.strip().lstrip("#"))
    if m is None:
        return name, None
    word = m["word"].lower().rstrip("s") if m["word"] else None
    return m["core"], word


@functools.lru_cache(maxsize=8192)
def _canonical_governorate(name: str) -> str | None:
    return _GOV_LOOKUP.get(_gov_lookup_key(_split_designator(name)[0]))


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


def _written_as_name(surface: str) -> bool:
    core = _ARTICLE_RE.sub("", _split_designator(surface)[0].lstrip("#"))
    return bool(core) and (core[0].isupper() or core[0].isdigit())


@functools.lru_cache(maxsize=8192)
def _name_key(surface: str) -> str:
    return re.sub(r"[^a-z]", "", _fold(_ARTICLE_RE.sub("", surface.lstrip("#"))))


_CITY_NAMES = frozenset(
    ("Aleppo", "Homs", "Hama", "Damascus", "Idlib", "Latakia", "Deir ez-Zor", "Raqqa", "Daraa")
)
