"""Places written as holding others: cities and their neighbourhoods, areas and their towns.

"A, B and C in Aleppo city", "the Ghouta's Douma", "villages in the X area", "X in
Idlib", a town's countryside around a finer place: the holder is a container of the
places struck, not a place struck of its own, unless its own clause strikes it.
"""

from __future__ import annotations

import itertools
import re

from geo.extract.context import LIST_ITEM_GAP_RE, _DocContext, _mention_at, _Span
from geo.extract.levels import _LIST_GAP_RE, _is_admin, _is_area, _is_town_countryside
from geo.extract.references import _AND_IN_PROVINCE_BEFORE_RE, _HINT_OPENING_RE, _contains
from geo.names import governorate_of, split_designator
from geo.record import Mention

_COUNTRYSIDE_RE = re.compile(
    r"^\s+(?:countryside|outskirts|suburbs|environs)\b|\b(?:countryside|outskirts|environs)"
    r"\s+of\s+(?:the\s+)?$"
    # "X (outskirts)": a table's cell naming the ground round a town in brackets.
    r"|^\s*\((?:the\s+)?(?:outskirts|environs)\)"
    # "strikes on X's surroundings", "X's southern outskirts": the ground round a town named
    # by its possessive, as "the outskirts of X" (not its suburbs: a city's are inside it).
    r"|^['’]s\s+(?:(?:north|south|east|west)\w*\s+)?(?:outskirts|surroundings|environs|periphery)\b",
    re.IGNORECASE,
)


# "the outskirts of X": the words before the place. The forms after it ("X countryside")
# are not tried before it, where a window that happens to open on " countryside" ("Idlib
# countryside: the hospital in X") would read the heading's countryside as X's own.
_COUNTRYSIDE_OF_BEFORE_RE = re.compile(
    r"\b(?:countryside|outskirts|environs)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
_COUNTRYSIDE_WORDS = (
    "countryside",
    "outskirts",
    "suburbs",
    "environs",
    "surroundings",
    "periphery",
)


# "areas in X desert", "the desert of X": the open ground round a town, as its countryside is.
# A governorate's or a region's desert ("the Homs desert", "the eastern Qalamoun desert") is
# that area's own ground.
_DESERT_AFTER_RE = re.compile(r"[ \t]+desert\b", re.IGNORECASE)
_DESERT_OF_BEFORE_RE = re.compile(r"\bdesert\s+of\s+(?:the\s+)?$", re.IGNORECASE)


_HINT_OPENING_AFTER_RE = re.compile(
    r"(?:\s+(?:province|governorate|countryside))?\s*[,:]", re.IGNORECASE
)


_POSSESSIVE_RE = re.compile(r"['’]s\s+(?:the\s+)?")


def _owns_next(ctx: _DocContext, m: Mention) -> bool:
    """Say whether an area is written as the owner of the place after it ("the Ghouta's Douma")."""
    gap = _POSSESSIVE_RE.match(ctx.text, m.end)
    return gap is not None and _mention_at(ctx, gap.end()) is not None


# "bombed Turkmen villages in the X area, hitting A and B": the area holds the villages the
# sentence then names.
_SETTLEMENTS_IN_BEFORE_RE = re.compile(
    r"\b(?:villages|towns|hamlets|settlements|communities)\s+in\s+(?:the\s+)?$", re.IGNORECASE
)


# "The raids have reached the X mountain, where jets struck a clinic in Y": the area is where
# the finer place the relative clause names lies.
_WHERE_AFTER_RE = re.compile(r",\s+where\b")


def _holds_settlements(ctx: _DocContext, m: Mention) -> bool:
    """Say whether an area is written as where villages lie ("villages in the X area").

    So is an area a relative clause opening on "where" goes on from ("X, where jets struck Y").
    """
    return (
        _SETTLEMENTS_IN_BEFORE_RE.search(ctx.text, max(0, m.start - 40), m.start) is not None
        or _WHERE_AFTER_RE.match(ctx.text, m.end) is not None
    )


#: How far from its town a place may lie and still be in the town's countryside.
_COUNTRYSIDE_KM = 30.0


def _countryside_holds(ctx: _DocContext, m: Mention, s: int, finer: list[Mention]) -> bool:
    """Say whether a town's countryside only locates a finer place struck in the same sentence.

    "In the Y countryside, jets struck the village of X" (the countryside opens the
    sentence), "four missiles fell on X in the Y countryside", "jets circled over the Y
    countryside, then struck X" (X lies near Y): X is the place struck; like a
    governorate around a finer place, the countryside adds no event of its own.
    """
    if not _is_town_countryside(ctx, m):
        return False
    if _opens_sentence(ctx, m, s):
        return True
    if not m.candidates:
        return False
    from geo.geocode.gazetteer import haversine_km

    town = m.candidates[0]
    return any(
        f.surface != m.surface
        and any(
            haversine_km(p.lat, p.lon, town.lat, town.lon) <= _COUNTRYSIDE_KM for p in f.candidates
        )
        for f in finer
    )


# "the village of X at the southern end of the Y", "X, in the Y": the area after a place that
# only locates it.
_LOCATING_AREA_RE = re.compile(
    r"\s*,?\s+(?:in|at|on)\s+(?:the\s+)?(?:(?:(?:north|south|east|west)(?:ern)?|far|upper|lower)"
    r"\s+)?(?:(?:end|edge|tip|fringes?|foot|heart|part|side)\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)


def _areas_locating_unstruck(ctx: _DocContext, roles: list[tuple[Mention, str]]) -> set[int]:
    """Return the starts of the areas that only locate the place named right before them.

    "troops have taken the village of X at the southern end of the Y after strikes on Z":
    the area (a region or a governorate) says where X lies; X is no struck place, so
    neither is the area.
    """
    out: set[int] = set()
    for (before, role), (m, _) in itertools.pairwise(roles):
        if role in ("candidate", "near", "outside") or not _is_area(ctx, m):
            continue
        if _LOCATING_AREA_RE.fullmatch(ctx.text, before.end, m.start) and not _is_area(ctx, before):
            out.add(m.start)
    return out


def _opens_sentence(ctx: _DocContext, m: Mention, s: int) -> bool:
    """Say whether a place opens its sentence as a setting or a section label.

    "In Homs province, ...", "Jabal al-Zawiya: warplanes struck ...".
    """
    text = ctx.text
    if _HINT_OPENING_RE.fullmatch(text, s, m.start):
        return bool(_HINT_OPENING_AFTER_RE.match(text, m.end))
    return text[s : m.start].strip().lower() in ("", "the") and bool(
        _LABEL_AFTER_RE.match(text, m.end)
    )


_LABEL_AFTER_RE = re.compile(
    r"(?:\s+(?:province|governorate|countryside|region|area|plain))?\s*:", re.IGNORECASE
)


def _neighbourhood_of(place: Mention, city: Mention) -> bool:
    """Say whether ``place`` is best read as a neighbourhood of the city ``city`` names."""
    best = place.candidates[0] if place.candidates else None
    own = governorate_of(city.surface) or city.surface
    return best is not None and best.precision == "neighbourhood" and best.city == own


# "X neighbourhood, the last area held by the rebels in Y city": the city a described
# neighbourhood lies in, closing the description.
_DESCRIBED_IN_CITY_GAP_RE = re.compile(
    r"(?:\s+(?:neighbou?rhood|district|quarter))?,[^,.;:\n]{1,100}\bin\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "the neighbourhoods of X in Y city": a city named with its word after a place lying
# within it (its point this close to the city's) holds that place, as it holds its districts.
_CITY_WORD_AFTER_RE = re.compile(r"[ \t]+city\b", re.IGNORECASE)


_WITHIN_CITY_KM = 4.0


def _lies_in_named_city(ctx: _DocContext, city: Mention, place: Mention) -> bool:
    """Say whether ``place`` lies within ``city``, a city written with its word ("in Y city")."""
    from geo.geocode.gazetteer import haversine_km

    if not (
        city.surface.lower().endswith(" city") or _CITY_WORD_AFTER_RE.match(ctx.text, city.end)
    ):
        return False
    if not (city.candidates and place.candidates):
        return False
    a, b = city.candidates[0], place.candidates[0]
    if b.precision not in ("town", "neighbourhood") or a.place_id == b.place_id:
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= _WITHIN_CITY_KM


def _holds_neighbourhood(ctx: _DocContext, city: Mention, place: Mention) -> bool:
    """Say whether ``city`` follows a neighbourhood of its own ("A, B and C in Aleppo city")."""
    if _contains(ctx, city, place) and _lies_in_named_city(ctx, city, place):
        return True
    return _neighbourhood_of(place, city) and (
        _contains(ctx, city, place)
        or (
            place.end < city.start
            and _DESCRIBED_IN_CITY_GAP_RE.match(ctx.text[place.end : city.start]) is not None
        )
    )


# "in X city's A and B districts": the city written as the owner of its districts.
_CITY_POSSESSIVE_RE = re.compile(r"[ \t]+city['’]s[ \t]+(?:the[ \t]+)?", re.IGNORECASE)


def _owns_its_neighbourhood(ctx: _DocContext, city: Mention) -> bool:
    """Say whether a city is written as the owner of a neighbourhood of its own after it.

    "Jets hit vehicles in X city's A and B districts": the districts are struck, the city
    only holds them.
    """
    gap = _CITY_POSSESSIVE_RE.match(ctx.text, city.end)
    place = _mention_at(ctx, gap.end()) if gap is not None else None
    return place is not None and _neighbourhood_of(place, city)


def _holds_district(ctx: _DocContext, area: Mention, place: Mention) -> bool:
    """Say whether a city's district follows another of its districts as where it lies.

    "Bab al-Nasr and al-Farafira in the Old City": the Old City is their area,
    as a city is its districts' ("A, B and C in Aleppo city").
    """
    best = area.candidates[0] if area.candidates else None
    if best is None or best.precision != "neighbourhood" or not best.city:
        return False
    return any(
        c.precision == "neighbourhood" and c.city == best.city for c in place.candidates
    ) and _contains(ctx, area, place)


_CITY_OPENING_AFTER_RE = re.compile(r"\s+city\s*,", re.IGNORECASE)


# "In X city, ...": the gazetteer may know the city with its word ("X city").
_COMMA_AFTER_RE = re.compile(r"\s*,")


def _opens_on_its_city(ctx: _DocContext, city: Mention, s: int, finer: list[Mention]) -> bool:
    """Say whether a city opens the sentence as the setting of its own neighbourhoods struck.

    "In Aleppo city, helicopters dropped barrel bombs on Qadi Askar and al-Salihin".
    """
    after = _COMMA_AFTER_RE if city.surface.lower().endswith(" city") else _CITY_OPENING_AFTER_RE
    if not (
        _HINT_OPENING_RE.fullmatch(ctx.text, s, city.start) and after.match(ctx.text, city.end)
    ):
        return False
    return any(
        f.start > city.end
        and (_neighbourhood_of(f, city) or _WRITTEN_DISTRICT_AFTER_RE.match(ctx.text, f.end))
        for f in finer
    )


# "In Deir Ezzor city, helicopters dropped barrel bombs on areas in X neighborhood": a place
# the report itself calls a district or neighbourhood of the city the sentence opens on, even
# where the gazetteer knows it only elsewhere.
_WRITTEN_DISTRICT_AFTER_RE = re.compile(
    r"\s+(?:neighbou?rhoods?|neighborhoods?|districts?|quarters?)\b", re.IGNORECASE
)


def _continues_containers(ctx: _DocContext, area: Mention, containers: list[Mention]) -> bool:
    """Say whether an area is the next item of a list of areas holding the places before it.

    "in A, B and C in Jabal al-Akrad and Jabal al-Turkman": both mountains
    locate the villages; the second is no more struck than the first. A region
    after a governorate is no such item ("struck A in northern X and the Y
    plain"): the list goes on with the places struck.
    """
    if not containers or containers[-1].end > area.start:
        return False
    last = containers[-1]
    return (
        _is_area(ctx, last)
        and _is_admin(ctx, last) == _is_admin(ctx, area)
        and bool(_LIST_GAP_RE.search(ctx.text[last.end : area.start]))
    )


# A strike word right before a place, the place its object: "struck X", "bombed the city of X".
_OBJECT_GAP_RE = re.compile(r"\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?")


# ", and in Z helicopters ...", "; later ...": a comma and a conjunction, or a semicolon,
# open another clause.
_NEXT_CLAUSE_RE = re.compile(r",\s*(?:and|but|while|whereas)\s|;")


def _struck_apart(
    ctx: _DocContext, admin: Mention, finer: list[Mention], triggers: list[_Span]
) -> bool:
    """Say whether a governorate's name is struck in a clause of its own, apart from finer places.

    "Jets struck X on Saturday, ..., and in Z helicopters bombed Y on Sunday", X the
    name of a governorate and of its city and Y a town of another governorate: X is the
    object of its own strike word, the finer places come in a later clause, and none of
    them lies in X's governorate, so X groups none of them and is struck itself.
    """
    text = ctx.text
    if not any(
        t.end <= admin.start and _OBJECT_GAP_RE.fullmatch(text, t.end, admin.start)
        for t in triggers
    ):
        return False
    regions = {c.admin1 for c in admin.candidates[:1]}
    return bool(regions) and all(
        f.start > admin.end
        and _NEXT_CLAUSE_RE.search(text, admin.end, f.start) is not None
        and not regions & {c.admin1 for c in f.candidates}
        for f in finer
    )


def _city_listed_with_towns(
    ctx: _DocContext, admin: Mention, finer: list[Mention], triggers: list[_Span]
) -> bool:
    """Say whether a governorate's bare name opens a list of towns a strike word strikes.

    "Russian jets struck X and Y on Tuesday", X the name of a governorate and of its city
    and Y a town: X, written bare as the first of the places struck, is the city, struck as
    Y is; "struck targets in X province, among them Y" keeps X the province around Y.
    """
    text = ctx.text
    if split_designator(admin.surface)[1] or not any(
        t.end <= admin.start and _OBJECT_GAP_RE.fullmatch(text, t.end, admin.start)
        for t in triggers
    ):
        return False
    gap = LIST_ITEM_GAP_RE.match(text, admin.end)
    return gap is not None and any(f.start == gap.end() for f in finer)


def _province_apart(ctx: _DocContext, admin: Mention, finer: list[Mention]) -> bool:
    """Say whether a province joined after finer places of other governorates is struck itself.

    "hitting targets near X and Y and in the province of Z", X and Y towns of another
    governorate: Z, so called and holding none of them, is one more area struck; so is
    "in X and in western Z", the part of the province named by its compass adjective.
    """
    joined = _AND_IN_PROVINCE_BEFORE_RE.search(ctx.text, max(0, admin.start - 40), admin.start)
    if joined is None:
        return False
    # "and in western Z": a compass part of the province names the area as its designator does.
    designator = split_designator(admin.surface)[1]
    if not joined.group().lower().endswith(("of ", "ern ")) and designator not in (
        "province",
        "governorate",
    ):
        return False
    regions = {c.admin1 for c in admin.candidates[:1]}
    return bool(regions) and all(
        f.end <= admin.start and not regions & {c.admin1 for c in f.candidates} for f in finer
    )


# "in A, B, C and D provinces": the rest of a list of names that the plural designator closes.
_PROVINCE_LIST_REST_RE = re.compile(
    r"(?:\s*,\s*|\s+and\s+)(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s*,\s*|\s+and\s+)){0,6}"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:provinces|governorates)\b"
)


_PLURAL_DESIGNATOR_RE = re.compile(r"\s(?:provinces|governorates)$", re.IGNORECASE)


def _listed_province_apart(ctx: _DocContext, admin: Mention, finer: list[Mention]) -> bool:
    """Say whether a province of a list closed by "provinces" holds none of the finer places after.

    "targets in A, B and C provinces ..., among them a depot at X", X a town of A: B and C,
    named as provinces and holding no finer place the sentence tells, are struck areas of
    their own, as a province named alone is; A only holds X.
    """
    if not _PLURAL_DESIGNATOR_RE.search(admin.surface) and not _PROVINCE_LIST_REST_RE.match(
        ctx.text, admin.end, admin.end + 160
    ):
        return False
    regions = {c.admin1 for c in admin.candidates[:1]}
    return bool(regions) and all(
        f.start >= admin.end and not regions & {c.admin1 for c in f.candidates} for f in finer
    )


# "the X and Y areas": a list closed by the plural names the ground round its places, as
# their outskirts are; a name before "and" reaches the "areas" closing the list it opens.
# The singular "the X area" is left as it was: the sets read a district's or a mountain
# range's area as the place itself.
_AREA_NAME = r"(?:(?:al|el|ad|ar|as|ash|at|az)-)?[A-Z][\w'’-]{0,20}"
_AREA_AFTER_RE = re.compile(
    rf"[ \t]+areas\b|(?:[ \t]*,[ \t]*{_AREA_NAME}(?:[ \t]+{_AREA_NAME}){{0,3}})?"
    rf"[ \t]+and[ \t]+{_AREA_NAME}(?:[ \t]+{_AREA_NAME}){{0,3}}[ \t]+areas\b"
)


def _relation(ctx: _DocContext, m: Mention) -> str:
    """Say "near" for a town's countryside or outskirts ("the Jisr al-Shughour countryside").

    "The X and Y areas" and a town's desert ("areas in X desert") are the ground round those
    places too.
    """
    if governorate_of(m.surface):
        return "in"
    lower = ctx.lower
    if "area" in lower[m.end : m.end + 80] and _AREA_AFTER_RE.match(ctx.text, m.end, m.end + 80):
        return "near"
    if (
        any(w in lower[m.end : m.end + 30] for w in _COUNTRYSIDE_WORDS)
        and _COUNTRYSIDE_RE.search(ctx.text[m.end : m.end + 30])
    ) or (
        any(w in lower[max(0, m.start - 30) : m.start] for w in _COUNTRYSIDE_WORDS)
        and _COUNTRYSIDE_OF_BEFORE_RE.search(ctx.text, max(0, m.start - 30), m.start)
    ):
        return "near"
    if (
        "desert" in lower[max(0, m.start - 20) : m.end + 10]
        and (
            _DESERT_AFTER_RE.match(ctx.text, m.end)
            or _DESERT_OF_BEFORE_RE.search(ctx.text, max(0, m.start - 20), m.start)
        )
        and not _is_area(ctx, m)
    ):
        return "near"
    return "in"
