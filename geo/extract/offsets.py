"""Places given by distance and bearing: "15 kilometers southwest of the city of X"."""

from __future__ import annotations

import re

from geo.extract.lexicon import alternation, load, quick_opening

_VOCAB = load("offsets")
_UNITS: dict[str, float] = _VOCAB["units"]
_BEARINGS: dict[str, float] = _VOCAB["bearings"]
_NUMBERS: dict[str, float] = {k: v for k, v in _VOCAB["numbers"].items() if k != "note"}
_POINT = r"(?:north|south|east|west)"
#: A compass bearing as written: "north", "south-west", "north north-east".
COMPASS = rf"{_POINT}(?:[\s-]?{_POINT}){{0,2}}"
# Bounded on every side: the text before a place is at most a short window, and each
# part is a fixed word or a bounded run, so the search is linear in the window.
_OFFSET_BEFORE_RE = re.compile(
    r"\b(?P<km>\d{1,4}(?:[.,]\d{1,2})?|"
    + alternation(sorted(_NUMBERS, key=len, reverse=True))
    + r")[\s-]*(?P<unit>"
    + alternation(sorted(_UNITS, key=len, reverse=True))
    # A conversion in brackets may follow the unit: "40 kilometers (25 miles) north of".
    + r")\.?(?:\s*\([^()\n]{1,20}\))?\s+(?:\w+\s+){0,2}?(?:to\s+the\s+)?"
    rf"(?P<bearing>{COMPASS})(?:ern|wards?)?\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:(?:city|town|village|settlement|locality)\s+of\s+)?#?$",
    re.IGNORECASE,
)
_WINDOW = 90
#: The openings of the unit words, which any distance before a place contains.
_UNIT_NEEDLES = tuple(sorted({unit[:4] for unit in _UNITS}))


def bearing_degrees(word: str) -> float | None:
    """Return a written compass bearing in degrees clockwise from north (None if unknown).

    >>> bearing_degrees("South-West")
    225.0
    """
    bearing = _BEARINGS.get(re.sub(r"[\s-]", "", word.lower()))
    return None if bearing is None else float(bearing)


def offset_before(text: str, start: int) -> tuple[float, float] | None:
    """Return (kilometres, bearing) when the place at ``start`` is given by distance and bearing.

    Parameters
    ----------
    text : str
        The report text.
    start : int
        Where the place name starts.

    Returns
    -------
    tuple of float or None
        The distance in kilometres and the bearing in degrees clockwise from
        north, or None when the words before the place give no offset.

    Examples
    --------
    >>> t = "a depot 15 kilometers southwest of the city of Raqqa"
    >>> offset_before(t, t.index("Raqqa"))
    (15.0, 225.0)
    >>> t = "Twelve kilometres south-west of the city of Aleppo"
    >>> offset_before(t, t.index("Aleppo"))
    (12.0, 225.0)
    """
    lo = max(0, start - _WINDOW)
    # Most places have no unit before them: a plain substring test rules the window out.
    window = text[lo:start].lower()
    if not any(needle in window for needle in _UNIT_NEEDLES):
        return None
    m = _OFFSET_BEFORE_RE.search(text, lo, start)
    if m is None:
        return None
    bearing = bearing_degrees(m["bearing"])
    unit = _UNITS.get(m["unit"].lower())
    if bearing is None or unit is None:
        return None
    written = m["km"].lower()
    number = _NUMBERS.get(written)
    km = float(number) if number is not None else float(written.replace(",", "."))
    return km * unit, bearing


_BEARING_ONLY: dict[str, float] = _VOCAB["bearing_only"]
# "south of X", "to the north-west of the city of X"; not "the north of X" (a part of X
# itself) and not a distance (``offset_before``). Anchored at the place, bounded run.
_BEARING_BEFORE_RE = re.compile(
    r"(?:(?<=\bto\sthe\s)|(?<!\bthe\s))(?<![\w-])"
    rf"(?P<bearing>{COMPASS})(?:wards?)?\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:(?:city|town|village|settlement|locality)\s+of\s+)?#?$",
    re.IGNORECASE,
)
_BEARING_WINDOW = 50


def bearing_offset_before(text: str, start: int, rank: int) -> tuple[float, float] | None:
    """Return (kilometres, bearing) for a place given by a bearing alone: "south of X".

    The report says the strike lies outside the place in that direction
    without saying how far; the point is put at about the edge of the
    place's built-up area (a capital's is wider than a town's).

    Parameters
    ----------
    text : str
        The report text.
    start : int
        Where the place name starts.
    rank : int
        The gazetteer rank of the place (capitals rank highest).

    Returns
    -------
    tuple of float or None
        The nominal distance in kilometres and the bearing in degrees
        clockwise from north, or None when no bearing comes right before the
        place or a distance comes with it.

    Examples
    --------
    >>> t = "jets struck positions south of Aleppo City"
    >>> bearing_offset_before(t, t.index("Aleppo"), 90)
    (8.0, 180.0)
    """
    if offset_before(text, start) is not None:
        return None
    m = _BEARING_BEFORE_RE.search(text, max(0, start - _BEARING_WINDOW), start)
    if m is None:
        return None
    bearing = bearing_degrees(m["bearing"])
    if bearing is None:
        return None
    capital = rank >= _BEARING_ONLY["capital_rank"]
    return float(_BEARING_ONLY["capital" if capital else "town"]), bearing


# The patterns tried most often open with a look-ahead of their first characters
# (see lexicon.quick_opening): the same matches, found with fewer tries.
_BEARING_BEFORE_RE = quick_opening(_BEARING_BEFORE_RE)
