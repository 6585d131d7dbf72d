"""Compass parts of a governorate: "the western part of Aleppo", "southern Idlib".

Reports name the part of a governorate that was struck by its bearing from the
capital: "the northern countryside of Hama" is the country north of Hama city.
A governorate-level event with such a part is placed that far out from the
capital in that direction, not at the governorate's centre.
"""

from __future__ import annotations

import re

from geo.extract.lexicon import load
from geo.extract.offsets import COMPASS as _COMPASS
from geo.extract.offsets import bearing_degrees
from geo.names import split_designator

_PART_KM: float = float(load("offsets")["governorate_part"]["km"])
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


def part_km() -> float:
    """Return how far from the capital the point of a governorate's compass part is put."""
    return _PART_KM
