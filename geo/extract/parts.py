"""Compass parts of a governorate or a city: "the western part of X", "southern Y", "eastern Z".

Reports name the part of a governorate that was struck by its bearing from the
capital: "the northern countryside of X" is the country north of X city.
A governorate-level event with such a part is placed that far out from the
capital in that direction, not at the governorate's centre. A city named with
its side ("rebel-held eastern X", "the besieged east of X") is a divided city's
part: its point is put a little way into that side, where a front may run
through the city between its centre and the part struck.
"""

from __future__ import annotations

import re

from geo.extract.lexicon import load
from geo.extract.offsets import COMPASS as _COMPASS
from geo.extract.offsets import bearing_degrees
from geo.names import canonical_admin1, split_designator

_PART_KM: float = float(load("offsets")["governorate_part"]["km"])
_CITY_PART: dict[str, float] = load("offsets")["city_part"]
#: Gazetteer rank from which a city is large enough to have sides and to be divided between them.
CITY_RANK = int(_CITY_PART["capital_rank"])
# "the western part of", "the northern countryside of", "southern", right before the name.
_PART_BEFORE_RE = re.compile(
    rf"\b(?P<bearing>{_COMPASS})(?:ern)?\s+(?:parts?|countryside|areas?|regions?)\s+of\s+"
    rf"(?:the\s+)?$|\b(?P<adjective>{_COMPASS})ern\s+$",
    re.IGNORECASE,
)
# "Idlib's southern countryside", "Hama's northern parts".
_PART_AFTER_RE = re.compile(
    rf"(?:['’]s)?\s+(?P<bearing>{_COMPASS})ern\s+(?:parts?|countryside|areas?|regions?)\b",
    re.IGNORECASE,
)
_WINDOW = 40
_COUNTRYSIDE_AFTER_RE = re.compile(r"\s+countryside\b", re.IGNORECASE)
_PROVINCE_AFTER_RE = re.compile(r"\s+(?:provinces?|governorates?)\b", re.IGNORECASE)


def part_bearing(text: str, start: int, end: int) -> float | None:
    """Return the bearing of the compass part of a governorate named at ``text[start:end]``.

    Parameters
    ----------
    text : str
        The report text.
    start, end : int
        The span of the governorate's name.

    Returns
    -------
    float or None
        Degrees clockwise from north, or None when no compass part is named.

    Examples
    --------
    >>> t = "jets struck six towns in the western part of Aleppo province"
    >>> part_bearing(t, t.index("Aleppo"), len(t))
    270.0
    """
    m = _PART_BEFORE_RE.search(text, max(0, start - _WINDOW), start)
    word = None
    if m is not None:
        # "the southern Daraa province" says where the province lies in the country;
        # "the southern Daraa countryside" names a part of it, and so does "northern X"
        # with no word for the province after the name.
        designator = split_designator(text[start:end])[1]
        countryside = designator == "countryside" or bool(_COUNTRYSIDE_AFTER_RE.match(text, end))
        bare = designator is None and not _PROVINCE_AFTER_RE.match(text, end)
        word = m["bearing"] or (m["adjective"] if countryside or bare else None)
    if word is None:
        after = _PART_AFTER_RE.match(text, end, end + _WINDOW)
        word = after["bearing"] if after is not None else None
    if word is None:
        return None
    return bearing_degrees(word)


def part_km(text: str | None = None, start: int = 0, end: int = 0) -> float:
    """Return how far from the capital the point of a governorate's compass part is put.

    Parameters
    ----------
    text : str, optional
        The report text; when given, ``text[start:end]`` is the governorate's name.
        A governorate that is its capital city alone, whose countryside is a
        governorate of its own, has the city's parts: "southern X" named bare
        is the south of the city, put as a city's side is (not "the southern X
        countryside", which is the other governorate's).
    start, end : int
        The span of the name.

    Returns
    -------
    float
        Kilometres from the capital's point.

    Examples
    --------
    >>> t = "jets struck southern Aleppo and southern Damascus"
    >>> part_km(t, t.index("Aleppo"), t.index(" and")), part_km(t, t.index("Damascus"), len(t))
    (20.0, 3.5)
    """
    if text is None:
        return _PART_KM
    name, word = split_designator(text[start:end])
    own = canonical_admin1(name)
    if (
        own is None
        or word is not None
        or _COUNTRYSIDE_AFTER_RE.match(text, end)
        or _PROVINCE_AFTER_RE.match(text, end)
    ):
        return _PART_KM
    countryside = canonical_admin1(f"{name} countryside")
    return float(_CITY_PART["km"]) if countryside not in (None, own) else _PART_KM


# "eastern X", "rebel-held east X", "the besieged east of X", "the eastern districts of the
# city of X": the city's side right before its name. East and west only: "northern X" and
# "southern X" name the governorate's countryside (see ``roles``).
_CITY_SIDE_BEFORE_RE = re.compile(
    r"\b(?P<adjective>east|west)(?:ern)?\s+"
    r"(?:(?:half|part|side|districts|neighbou?rhoods|quarters)\s+of\s+(?:the\s+city\s+of\s+)?)?$"
    r"|\bthe\s+(?:[\w-]+-(?:held|controlled)\s+|besieged\s+)?(?P<side>east|west)\s+of\s+"
    r"(?:the\s+city\s+of\s+)?$",
    re.IGNORECASE,
)
# "X's eastern districts", "X's besieged east".
_CITY_SIDE_AFTER_RE = re.compile(
    r"['’]s\s+(?:[\w-]+-(?:held|controlled)\s+|besieged\s+)?(?P<side>east|west)(?:ern)?"
    r"(?:\s+(?:half|part|side|districts|neighbou?rhoods|quarters))?\b(?!\s+(?:countryside|province))",
    re.IGNORECASE,
)
# "the western X countryside", "eastern X province": the governorate's part, not the city's.
AREA_OF_CITY_AFTER_RE = re.compile(
    r"['’]?s?\s+(?:countryside|province|governorate|suburbs|outskirts|plains?|desert)\b"
    # "besieged east X residents": the city's part names who, not where.
    r"|\s+(?:residents|civilians|people|families|inhabitants|population)\b",
    re.IGNORECASE,
)


def city_part_offset(text: str, start: int, end: int, rank: int) -> tuple[float, float] | None:
    """Return (kilometres, bearing) for a city named with its side: "rebel-held eastern X".

    Only a city of a capital's rank has sides that reports name on their own;
    the point is put a nominal distance from its centre into that side.

    Parameters
    ----------
    text : str
        The report text.
    start, end : int
        The span of the city's name.
    rank : int
        The gazetteer rank of the place (capitals rank highest).

    Returns
    -------
    tuple of float or None
        The nominal distance in kilometres and the bearing in degrees
        clockwise from north, or None when no side of the city is named.

    Examples
    --------
    >>> t = "jets pounded rebel-held eastern Aleppo"
    >>> city_part_offset(t, t.index("Aleppo"), len(t), 90)
    (3.5, 90.0)
    """
    if rank < CITY_RANK or AREA_OF_CITY_AFTER_RE.match(text, end):
        return None
    before = _CITY_SIDE_BEFORE_RE.search(text, max(0, start - _WINDOW), start)
    word = (before["adjective"] or before["side"]) if before is not None else None
    if word is None:
        after = _CITY_SIDE_AFTER_RE.match(text, end, end + _WINDOW)
        word = after["side"] if after is not None else None
    bearing = bearing_degrees(word) if word is not None else None
    return None if bearing is None else (float(_CITY_PART["km"]), bearing)
