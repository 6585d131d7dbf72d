"""Parts of a city the gazetteer does not know, named as the city's parts.

"Jets bombed the X and Y neighbourhoods of Z city", "in Z's X district": the
report says X lies in city Z even when the gazetteer knows no X there (it
holds every quarter of a few cities only). Such a name is found as a place
whose one candidate is a neighbourhood of Z at Z's own point, so the sentence
reads it as any other place, and the geocoder places it at the city, a point
no finer than the town's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from geo.extract.lexicon import alternation, load
from geo.extract.parts import CITY_RANK
from geo.names import governorate_of, split_designator
from geo.record import Mention, Place

_PART_WORDS = r"(?:neighbou?rhoods?|districts?|quarters?)"
# "the A and B neighbourhoods of Z", "districts in the city of Z": the part word and the gap to
# the city that holds the parts.
_PART_OF_RE = re.compile(
    r"\s+" + _PART_WORDS + r"\s+(?:of|in)\s+(?:the\s+(?:[\w-]+\s+)?city\s+of\s+)?",
    re.IGNORECASE,
)
# "Z's A and B districts": the city's possessive before the list.
_POSSESSIVE_RE = re.compile(r"['’]s\s+")
_PART_WORD_AFTER_RE = re.compile(r"\s+" + _PART_WORDS + r"\b", re.IGNORECASE)
# A name of one or two capitalised words (no possessive's, no "X-held" or "X-majority"), an
# article joined to it allowed, ending where the window ends: a list item the gazetteer does
# not know.
_WORD = r"[A-Z](?:\w|-(?![a-z])|['’](?!s\s))*"
_NAME_END_RE = re.compile(
    r"(?<![\w'’-])(?:(?:[Aa][lnrsdt]|[Ee]l)[-‑ ])?" + _WORD + r"(?:\s+" + _WORD + r")?$"
)
# What comes before a list item: another item's separator, or the article or possessive
# that opens the list.
_ITEM_SEPARATOR_RE = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")
_LIST_OPENING_RE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_POSSESSIVE_END_RE = re.compile(r"['’]s\s+$")
# "the Kurdish districts of Z", "the ISIS neighbourhoods of Z": who holds the parts (the
# holders of ``holders.json``), no name of a part.
_HOLDER_RE = re.compile(
    alternation([alternation(words) for words in load("holders")["factions"].values()]),
    re.IGNORECASE,
)
#: Most items a list of parts is read back over, and the longest item.
_MOST_ITEMS = 6
_ITEM_CHARS = 40


def _city_of(m: Mention) -> Place | None:
    """Return the city a mention names, when it names one large enough to have quarters."""
    core, word = split_designator(m.surface)
    if word not in (None, "city") or not m.candidates:
        return None
    place = m.candidates[0]
    if place.precision != "town" or place.rank < CITY_RANK:
        return None
    return place


def _items_before(
    text: str, end: int, mentions: Sequence[Mention], ends: Sequence[int], opening: re.Pattern[str]
) -> list[tuple[int, int]] | None:
    """Return the spans of a list's items ending at ``end``, last first, or None.

    The list must open with ``opening`` before its first item ("the A, B and C").
    """
    items: list[tuple[int, int]] = []
    for _ in range(_MOST_ITEMS):
        i = bisect_right(ends, end) - 1
        if i >= 0 and ends[i] == end:
            start = mentions[i].start
        else:
            name = _NAME_END_RE.search(text, max(0, end - _ITEM_CHARS), end)
            if name is None:
                return None
            start = name.start()
        items.append((start, end))
        window = text[max(0, start - 20) : start]
        if opening.search(window):
            return items
        separator = _ITEM_SEPARATOR_RE.search(window)
        if separator is None:
            return None
        end = start - (len(window) - separator.start())
    return None


def unknown_parts(text: str, mentions: list[Mention]) -> tuple[list[Mention], dict[int, str]]:
    """Return ``mentions`` with the unknown parts of cities the text names added, in order.

    Parameters
    ----------
    text : str
        The report's text.
    mentions : list of Mention
        The places the gazetteer found in it, in order.

    Returns
    -------
    list of Mention
        The same mentions, and one for each name the gazetteer does not know that the text
        names as a quarter of a city it does ("the A and B districts of Z", "Z's A
        district"), whose one candidate is a neighbourhood of that city at the city's point.
    dict of int to str
        The city of every place so named, known or not, by the place's start.
    """
    starts = [m.start for m in mentions]
    ends = [m.end for m in mentions]
    found: dict[int, Mention] = {}
    cities: dict[int, str] = {}
    for holder in mentions:
        city = _city_of(holder)
        if city is None:
            continue
        lists = []
        # "the A and B neighbourhoods of Z": the gap before the city, read back to the list.
        window = text[max(0, holder.start - 60) : holder.start]
        gap = _PART_OF_RE.search(window)
        if gap is not None and gap.end() == len(window):
            end = holder.start - (len(window) - gap.start())
            lists.append(_items_before(text, end, mentions, ends, _LIST_OPENING_RE))
        # "Z's A and B districts": from the possessive, up to the part word.
        possessive = _POSSESSIVE_RE.match(text, holder.end)
        if possessive is not None:
            part = _PART_WORD_AFTER_RE.search(text, possessive.end(), possessive.end() + 120)
            if part is not None:
                items = _items_before(text, part.start(), mentions, ends, _POSSESSIVE_END_RE)
                if items and items[-1][0] == possessive.end():
                    lists.append(items)
        name = governorate_of(holder.surface) or split_designator(holder.surface)[0]
        for items in lists:
            for start, end in items or ():
                if _HOLDER_RE.fullmatch(text, start, end):
                    continue  # the parts' holder: the city itself is named
                cities[start] = name
                i = bisect_left(starts, start)
                if i < len(starts) and starts[i] < end or i > 0 and ends[i - 1] > start:
                    continue  # a place the gazetteer knows
                surface = text[start:end]
                quarter = Place(
                    place_id=f"part:{city.place_id}:{surface}",
                    name=surface,
                    lat=city.lat,
                    lon=city.lon,
                    precision="neighbourhood",
                    admin1=city.admin1,
                    admin2=city.admin2,
                    city=name,
                    rank=0,
                    country=city.country,
                )
                found[start] = Mention(start, end, surface, (quarter,))
    if not found:
        return mentions, cities
    return sorted([*mentions, *found.values()], key=lambda m: m.start), cities
