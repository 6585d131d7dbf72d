"""Who holds a divided city's ground, as the report names it: "rebel-held X".

A city of a capital's rank is one point in the gazetteer, and in a divided city
that point lies on one side's ground. "Jets pounded rebel-held X" tells which
side's ground was struck: the event carries the holder as written
(``ground_as_written``), and the control step puts its point on that holder's
ground within the city (:mod:`geo.control.written`), on the strike's own date.
"""

from __future__ import annotations

import re

from geo.extract.lexicon import alternation, load

_HOLDERS: dict[str, list[str]] = load("holders")["factions"]
_PARTS = alternation(load("holders")["parts"])
_HOLDER = alternation([alternation(words) for words in _HOLDERS.values()])
_FACTION_RES = {
    faction: re.compile(alternation(words), re.IGNORECASE) for faction, words in _HOLDERS.items()
}
_SIDE = r"(?:(?:east|west|north|south)(?:ern)?\s+)?"
_OF_CITY = r"(?:of|in)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?"
# "rebel-held X", "the opposition-controlled eastern districts of X", "rebel areas of X",
# "districts held by the rebels in X": the holder right before the name.
_BEFORE_RE = re.compile(
    rf"\b(?P<a>{_HOLDER})[- ](?:held|controlled)\s+{_SIDE}(?:(?:{_PARTS}|east|west)\s+{_OF_CITY})?$"
    rf"|\b(?P<b>{_HOLDER})\s+{_SIDE}{_PARTS}\s+{_OF_CITY}$"
    rf"|\b{_PARTS}\s+(?:held|controlled)\s+by\s+(?:the\s+)?(?P<c>{_HOLDER})\s+{_OF_CITY}$",
    re.IGNORECASE,
)
# "X's rebel-held east", "X's opposition-controlled districts".
_AFTER_RE = re.compile(rf"['’]s\s+(?P<a>{_HOLDER})[- ](?:held|controlled)\b", re.IGNORECASE)
_WINDOW = 70


def written_holder(text: str, start: int, end: int) -> str | None:
    """Return the faction a report names as holding the place at ``text[start:end]``.

    Parameters
    ----------
    text : str
        The report text.
    start, end : int
        The span of the place's name.

    Returns
    -------
    str or None
        A faction of :data:`geo.record.FACTIONS`, or None when no holder is
        named right before or after the place.

    Examples
    --------
    >>> t = "Warplanes pounded the rebel-held districts of Aleppo"
    >>> written_holder(t, t.index("Aleppo"), len(t))
    'opposition'
    >>> t = "Warplanes pounded Aleppo"
    >>> written_holder(t, t.index("Aleppo"), len(t)) is None
    True
    """
    m = _BEFORE_RE.search(text, max(0, start - _WINDOW), start)
    if m is None:
        m = _AFTER_RE.match(text, end, end + _WINDOW)
    if m is None:
        return None
    word = next(w for w in m.groups() if w is not None)
    return next(f for f, pattern in _FACTION_RES.items() if pattern.fullmatch(word))
