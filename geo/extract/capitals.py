"""A governorate's city named by what it is: "the provincial capital".

"Russian jets pounded towns across X province. Eight strikes hit the provincial
capital": the city struck is X's capital, named by no name of its own. The
phrase is found as a place whose one candidate is that city, and the place is
said to lie in the city, so the geocoder puts it at the city's own point. The
governorate is the last one named before the phrase in its paragraph or the
one before; a phrase set beside the city's own name ("X, the provincial
capital", "the provincial capital, X") names it already.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from geo.extract.levels import _is_foreign
from geo.names import canonical_admin1, governorate_of, split_designator
from geo.record import Mention, Place

# "the provincial capital", "the province's capital", "the capital of the province".
_CAPITAL = (
    r"(?:(?:provincial|province['’]s|governorate['’]s)\s+capital"
    r"|capital\s+of\s+the\s+(?:province|governorate))"
)
_CAPITAL_RE = re.compile(rf"\bthe\s+(?P<name>{_CAPITAL})\b", re.IGNORECASE)
# A city named as the capital: "X, the provincial capital", "X, its capital" after its name;
# "the provincial capital, X", "the provincial capital of X" before it.
_AS_CAPITAL_AFTER_RE = re.compile(rf",\s+(?:the\s+{_CAPITAL}|its\s+capital)\b", re.IGNORECASE)
_AS_CAPITAL_BEFORE_RE = re.compile(rf"\bthe\s+{_CAPITAL},?\s+(?:of\s+)?$", re.IGNORECASE)
_AS_CAPITAL_LOOK_BACK = 40
# The city's own name set beside the phrase: "X, the provincial capital" before it, "the
# provincial capital, X" or "the provincial capital X" after it.
_NAME_BESIDE_AFTER_RE = re.compile(r",?\s+(?:of\s+)?[A-Z]")
_NAME_BESIDE_BEFORE_RE = re.compile(r"[\w'’-],\s+$")
#: The gazetteer rank of a governorate's capital.
_CAPITAL_RANK = 90
#: How far back, in characters, a governorate named before the phrase is looked for.
_LOOK_BACK = 1_500
# A governorate whose seat is no city of its name (its capital is another governorate's).
_NO_CITY_OF_ITS_OWN = frozenset({"Rif Dimashq", "Damascus"})


def named_as_capital(text: str, start: int, end: int) -> bool:
    """Say whether the place at ``text[start:end]`` is set beside "the provincial capital".

    Parameters
    ----------
    text : str
        The report's text.
    start, end : int
        The span of the place's name.

    Returns
    -------
    bool
        True for "X, the provincial capital", "X, its capital", "the provincial capital, X"
        and "the provincial capital of X": the city itself, not its governorate.

    Examples
    --------
    >>> t = "In Raqqa province, jets struck Raqqa, the provincial capital."
    >>> named_as_capital(t, t.rindex("Raqqa"), t.rindex("Raqqa") + 5)
    True
    >>> named_as_capital(t, t.index("Raqqa"), t.index("Raqqa") + 5)
    False
    """
    return (
        _AS_CAPITAL_AFTER_RE.match(text, end) is not None
        or _AS_CAPITAL_BEFORE_RE.search(text, max(0, start - _AS_CAPITAL_LOOK_BACK), start)
        is not None
    )


def _governorate(m: Mention) -> tuple[str | None, bool]:
    """Return the governorate a mention names, and whether it names it by its capital."""
    if not m.candidates or _is_foreign(m):
        return None, False
    core, word = split_designator(m.surface)
    if word in ("province", "governorate", "countryside"):
        return canonical_admin1(core), False
    if m.candidates[0].precision == "governorate":
        return governorate_of(m.surface), False
    if word == "city" or m.candidates[0].rank >= _CAPITAL_RANK:
        return governorate_of(m.surface), True
    return None, False


def provincial_capitals(text: str, mentions: list[Mention]) -> tuple[list[Mention], dict[int, str]]:
    """Return ``mentions`` with "the provincial capital" of a governorate named before added.

    Parameters
    ----------
    text : str
        The report's text.
    mentions : list of Mention
        The places found in it, in order.

    Returns
    -------
    list of Mention
        The same mentions and one for each phrase naming the capital of the governorate last
        named before it (within :data:`_LOOK_BACK` characters and two paragraph breaks), its
        one candidate a town at the governorate's point.
    dict of int to str
        The city each such phrase names, by the phrase's start.
    """
    if not mentions or "capital" not in text:
        return mentions, {}
    starts = [m.start for m in mentions]
    found: list[Mention] = []
    cities: dict[int, str] = {}
    for phrase in _CAPITAL_RE.finditer(text):
        start, end = phrase.start(), phrase.end()
        if _NAME_BESIDE_AFTER_RE.match(text, end) or _NAME_BESIDE_BEFORE_RE.search(
            text, max(0, start - 3), start
        ):
            continue
        i = bisect_left(starts, start)
        governorate = None
        for m in reversed(mentions[:i]):
            if m.end <= start - _LOOK_BACK or text.count("\n\n", m.end, start) > 1:
                break
            governorate, by_capital = _governorate(m)
            if governorate is not None:
                area = m.candidates[0]
                break
        if governorate is None or governorate in _NO_CITY_OF_ITS_OWN or by_capital:
            # "Jets hit the city of X. Later they struck the provincial capital again": the
            # city named last is named again, no other place.
            continue
        city = Place(
            place_id=f"capital:{area.place_id}",
            name=governorate,
            lat=area.lat,
            lon=area.lon,
            precision="town",
            admin1=governorate,
            rank=_CAPITAL_RANK,
            country=area.country,
        )
        # The mention is the phrase without its article, as a name is written.
        inner = phrase.start("name")
        found.append(Mention(inner, end, text[inner:end], (city,)))
        cities[inner] = governorate
    if not found:
        return mentions, {}
    return sorted([*mentions, *found], key=lambda m: m.start), cities
