"""What level of place a mention names: governorate, region, district, countryside, neighbourhood.

"Idlib" and "Hama province" name governorates, "the Ghab plain" a region, "the X
district of Y" a part of a city, "the X countryside" a town's countryside. The
roles of a strike sentence ask these questions of its mentions, from the gazetteer's
candidates and the words written around the name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from geo.extract.context import _DocContext
from geo.extract.lexicon import quick_opening
from geo.extract.names import _LANDMARK_RE, _REGION_RE
from geo.names import governorate_of, split_designator
from geo.record import HOME_COUNTRY, Mention, Place

# "between Idlib and northern Latakia": a compass part continues the list.
_LIST_GAP_RE = re.compile(
    # "BETWEEN X AND Y": a list in capitals is joined as one in lower case.
    r"^(?:\s+(?:city|town|village|province))?\s*(?:,|(?i:and|or)|&|,\s*(?i:and|or))\s*(?:the\s+)?"
    # "between X and Southern Y": the compass word capitalised, as some agencies
    # write a region.
    r"(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entral)\w*\s+)?#?$"
)


# "Homs eastern countryside", as the state agency writes it: a compass word may come between.
_ADMIN_AFTER_RE = re.compile(
    r"^\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?ern\s+)?"
    r"(?:province|provinces|governorate|countryside|region|district)\b",
    re.IGNORECASE,
)


_ADMIN_BEFORE_RE = re.compile(
    r"\b(?:province|provinces|governorates?|countryside|district)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_CITY_AFTER_RE = re.compile(r"^\s+city\b", re.IGNORECASE)


# "the countryside north of X": a countryside placed by a compass point from its city.
_COMPASS_COUNTRYSIDE_BEFORE_RE = re.compile(
    r"\bcountryside\s+(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+$",
    re.IGNORECASE,
)


# "struck the city of X and the town of Y": a name a governorate shares with its capital,
# written after "the city of" and joined to another place of a list, is the city, as "X city"
# is ("the districts of A and B in the city of X" still name its parts, which it holds).
_THE_CITY_OF_BEFORE_RE = re.compile(r"(?<!\bin\s)\bthe\s+city\s+of\s+$", re.IGNORECASE)


_LISTED_AFTER_RE = re.compile(r"\s*(?:,|and\b)\s+(?:the\s+(?:town|village|city)\s+of\s+)?[A-Z]")


def _is_town(m: Mention) -> bool:
    """Say whether a mention's best candidate is a town ("the X district of Manbij")."""
    return bool(m.candidates) and m.candidates[0].precision == "town"


def _area_before(ctx: _DocContext, pos: int) -> bool:
    """Say whether the place right before ``pos`` names a governorate or a region.

    A relative clause after an area struck ("strikes on northern X province, where troops
    push toward Y") may be all that keeps the area from standing alone as the struck place.
    """
    i = bisect_left(ctx.mention_starts, pos) - 1
    if i < 0 or ctx.mentions[i].end > pos:
        return False
    previous = ctx.mentions[i]
    return _is_region(previous) or (
        _AREA_WORD_RE.search(ctx.text, previous.start, pos) is not None and _is_admin(ctx, previous)
    )


_AREA_WORD_RE = re.compile(r"\b(?:[Pp]rovince|[Gg]overnorate|countryside)\b")


def _province_at(ctx: _DocContext, pos: int) -> bool:
    """Say whether the place named at ``pos`` is a province.

    ``pos`` is a place's as :func:`geo.extract.references._names_place_at` reads it.

    "51 targets in Hama province (on Tuesday), including a depot near X": a
    province holds what follows it; a reference point does not locate it. The
    last name of a list of provinces is one too ("in the provinces of Hama,
    Idlib and Latakia, including a command post near X").
    """
    i = bisect_right(ctx.mention_starts, pos) - 1
    if i < 0:
        return False
    m = ctx.mentions[i]
    return split_designator(m.surface)[1] in (
        "province",
        "governorate",
    ) or _names_whole_governorate(ctx, m)


#: What a tuple of candidates says (foreign, region), by the tuple's identity: the
#: gazetteer hands the same tuple to every mention of a name, and a long list of
#: struck places asks about each mention several times.
_KINDS: dict[int, tuple[tuple[Place, ...], bool, bool]] = {}


def _candidate_kinds(candidates: tuple[Place, ...]) -> tuple[bool, bool]:
    known = _KINDS.get(id(candidates))
    if known is not None and known[0] is candidates:
        return known[1], known[2]
    # The best-known place of the name decides: "Baghdad" is the capital, not the street.
    foreign = bool(candidates) and candidates[0].country != HOME_COUNTRY
    # "the eastern Ghouta": the region, though a far village shares its short name.
    region = bool(candidates) and candidates[0].precision == "region"
    if len(_KINDS) > 4096:
        _KINDS.clear()
    _KINDS[id(candidates)] = (candidates, foreign, region)
    return foreign, region


def _is_foreign(m: Mention) -> bool:
    """Say whether every gazetteer candidate of a mention lies outside Syria (Moscow)."""
    return _candidate_kinds(m.candidates)[0]


def _is_admin(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a mention names a governorate ("Idlib", "Hama province")."""
    key = ("admin", m.start)
    known = ctx.cache.get(key)
    if known is None:
        known = ctx.cache[key] = "yes" if _names_admin(ctx, m) else ""
    return bool(known)


def _is_area(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a mention names a governorate or a region ("Jabal al-Zawiya", "the Ghab plain").

    Either only locates the finer places struck beside it.
    """
    return _is_admin(ctx, m) or _is_region(m)


def _is_region(m: Mention) -> bool:
    if m.candidates:
        return _candidate_kinds(m.candidates)[1]
    return _REGION_RE.fullmatch(m.surface) is not None


def _names_whole_governorate(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a mention names a whole governorate, itself or by the list it continues.

    "the countryside of Damascus, Homs, Hama and Idleb": the designation of
    the first name carries along the list.
    """
    key = ("whole", m.start)
    known = ctx.cache.get(key)
    if known is None:
        known = "yes" if _designated_governorate(ctx, m) else ""
        if not known and governorate_of(m.surface):
            i = bisect_left(ctx.mention_starts, m.start)
            if i > 0:
                previous = ctx.mentions[i - 1]
                gap = ctx.text[previous.end : m.start]
                if _LIST_GAP_RE.search(gap) and _names_whole_governorate(ctx, previous):
                    known = "yes"
            if not known and _list_ends_in_provinces(ctx, i):
                known = "yes"
            if not known and _THE_STRIKES_ON_BEFORE_RE.search(
                ctx.text, max(0, m.start - 30), m.start
            ):
                known = "yes"
            if not known and _SORTIES_OVER_BEFORE_RE.search(
                ctx.text, max(0, m.start - 40), m.start
            ):
                known = "yes"
            if (
                not known
                and _SETTLEMENTS_AFTER_RE.match(ctx.text, m.end, m.end + 12)
                and _BEARING_BEFORE_RE.search(ctx.text, max(0, m.start - 16), m.start)
            ):
                known = "yes"
            if (
                not known
                and _SETTLEMENT_AFTER_RE.match(ctx.text, m.end, m.end + 24)
                and _ONE_SETTLEMENT_BEFORE_RE.search(ctx.text, max(0, m.start - 24), m.start)
            ):
                known = "yes"
            if (
                not known
                and _COUNTED_TARGETS_IN_BEFORE_RE.search(ctx.text, max(0, m.start - 40), m.start)
                and _governorate_list_length(ctx, i) >= _GOVERNORATE_LIST_MIN
            ):
                known = "yes"
        ctx.cache[key] = known
    return bool(known)


_PROVINCES_AFTER_RE = re.compile(r"\s+(?:provinces|governorates)\b", re.IGNORECASE)


# "The strikes on Idlib came as ...": the strikes told before, summed up by the governorate
# they fell in.
# "the air force flew more than 60 sorties over northern X in the last 48 hours": a count of
# sorties over a governorate's part names the governorate, not its capital.
_SORTIES_OVER_BEFORE_RE = re.compile(
    r"\bsorties\s+(?:over|across|in|on)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?ern\s+)?$",
    re.IGNORECASE,
)


# "Jets pound north X towns", "strikes on southern X villages": a governorate's name between a
# bearing and a plural noun of settlements names the governorate's part the towns lie in, not
# its capital.
_BEARING_BEFORE_RE = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+$", re.IGNORECASE
)


_SETTLEMENTS_AFTER_RE = re.compile(r"\s+(?:towns|villages|hamlets)\b", re.IGNORECASE)


# "Air strikes kill 14 in Idlib market town", "jets hit a rebel-held Hama village": a
# governorate's name set before one settlement left unnamed names the governorate the town
# lies in, not its capital ("the Idlib town of X" names the town after it, and is left be).
_SETTLEMENT_AFTER_RE = re.compile(
    r"\s+(?:(?:market|border|farming|frontier|front-?line|desert|mountain)\s+)?"
    r"(?:town|village|hamlet)\b(?!\s+of\b)",
    re.IGNORECASE,
)
_ONE_SETTLEMENT_BEFORE_RE = re.compile(r"\b(?:an?|in)\s+(?:[a-z]+-[a-z]+\s+)?$", re.IGNORECASE)


_THE_STRIKES_ON_BEFORE_RE = re.compile(
    r"(?:^|[.!?]\s+|\n)[\"“]?The\s+(?:air\s*)?(?:strikes|raids|bombings)\s+(?:on|in)\s+$"
)


# "it hit 280 targets in X, Y, Z and W over the weekend", "120 \"terrorist targets\" in X, Y and
# Z", "40 air strikes in X, Y and Z": a count of targets, sorties or strikes "in" a list of
# governorate names alone counts them by governorate, not by city. The noun may take one word
# before it and quotation marks around either.
_COUNTED_TARGETS_IN_BEFORE_RE = re.compile(
    r"\b\d[\d,]*\s+(?:[\"'“‘]?[a-z]+(?:-[a-z]+)?[\"'”’]?\s+)?[\"'“‘]?"
    r"(?:targets|sorties|facilities|objects|(?:air\s*)?strikes|raids)[\"'”’]?"
    r"\s+in\s+$",
    re.IGNORECASE,
)


_GOVERNORATE_LIST_MIN = 3


def _governorate_list_length(ctx: _DocContext, i: int) -> int:
    """Return how many governorate names run in a list from mention ``i`` on."""
    mentions, text = ctx.mentions, ctx.text
    if not governorate_of(mentions[i].surface):
        return 0
    n = 1
    while i + 1 < len(mentions):
        here, after = mentions[i], mentions[i + 1]
        if not governorate_of(after.surface) or not _LIST_GAP_RE.search(
            text[here.end : after.start]
        ):
            break
        n += 1
        i += 1
    return n


def _list_ends_in_provinces(ctx: _DocContext, i: int) -> bool:
    """Say whether the list of governorate names from mention ``i`` on ends in "provinces".

    "in Latakia, Hama and Homs provinces": the plural after the last name
    designates each name of the list.
    """
    mentions, text = ctx.mentions, ctx.text
    while i + 1 < len(mentions):
        here, after = mentions[i], mentions[i + 1]
        if not governorate_of(after.surface) or not _LIST_GAP_RE.search(
            text[here.end : after.start]
        ):
            return False
        if _PROVINCES_AFTER_RE.match(text, after.end) or (
            split_designator(after.surface)[1] == "province"
            and after.surface.lower().endswith("provinces")
        ):
            return True
        i += 1
    return False


def _designated_governorate(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a mention names a governorate as such: "Idlib province", "provinces of X".

    A bare governorate name ("Aleppo") may be its capital city; it is not a
    whole governorate unless every gazetteer candidate is one.
    """
    text = ctx.text
    if m.candidates and all(p.precision == "neighbourhood" for p in m.candidates):
        # "a hospital in the district of al-Sukkari": a district of a city, no province.
        return False
    if _city_district_named(ctx, m):
        return False
    word = split_designator(m.surface)[1]
    if word == "city" or _CITY_AFTER_RE.search(text[m.end : m.end + 30]):
        return False
    if _is_town_countryside(ctx, m):
        return False
    if _names_city_district(ctx, m):
        return False
    if word is not None or _ADMIN_AFTER_RE.search(text[m.end : m.end + 30]):
        return True
    if _HELD_PART_OF_BEFORE_RE.search(text, max(0, m.start - 50), m.start):
        # "the rebel-held district of X": the sides hold a city's districts, not a province's.
        return False
    if _ADMIN_BEFORE_RE.search(text, max(0, m.start - 40), m.start):
        return True
    if governorate_of(m.surface) and _COMPASS_COUNTRYSIDE_BEFORE_RE.search(
        text, max(0, m.start - 50), m.start
    ):
        # "pounded the countryside north of X": the governorate's northern countryside, as
        # "the northern countryside of X" is, not ground near the city.
        return True
    if governorate_of(m.surface) and _PART_BEFORE_RE.search(text, max(0, m.start - 50), m.start):
        return True
    if (
        governorate_of(m.surface)
        and _AREA_AFTER_RE.match(text, m.end)
        and _ARTICLE_BEFORE_RE.search(text, max(0, m.start - 20), m.start)
    ):
        # "targets in the Idlib area, among them a depot near X": the governorate's name
        # with "area" is the ground around its capital, as "province" is; with "mountains"
        # ("targets in the X mountains") it is the governorate's high ground.
        return True
    if (
        governorate_of(m.surface)
        and _NORTH_SOUTH_BEFORE_RE.search(text, max(0, m.start - 20), m.start)
        and not _POSSESSIVE_AFTER_RE.match(text, m.end)
        and not _districts_of_city_named(ctx, m)
    ):
        # "rebel-held towns in northern X", "Russian jets struck southern Y": the north or
        # the south of a governorate named after its capital is the governorate's countryside,
        # unless the report names districts of the city, whose parts the words may be.
        return True
    return bool(m.candidates) and all(p.precision == "governorate" for p in m.candidates)


_NORTH_SOUTH_BEFORE_RE = re.compile(
    r"\b(?:north|south)(?:-?(?:east|west))?ern\s+$|\b(?:North|South)(?:-?(?:east|west))?ern\s+$"
)


_POSSESSIVE_AFTER_RE = re.compile(r"['’]s?\b|\s+(?:city|town)\b", re.IGNORECASE)


def _districts_of_city_named(ctx: _DocContext, m: Mention) -> bool:
    """Say whether the report names a district of the city a governorate is named after."""
    governorate = governorate_of(m.surface)
    return any(
        other.candidates
        and all(p.precision == "neighbourhood" for p in other.candidates)
        and any(
            p.city is not None and governorate_of(p.city) == governorate for p in other.candidates
        )
        for other in ctx.mentions
    )


_AREA_AFTER_RE = re.compile(r"\s+(?:area|mountains|highlands)\b", re.IGNORECASE)


# "rebel positions in the northern X area": a compass word between may say which part.
_ARTICLE_BEFORE_RE = re.compile(
    r"\bthe\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?ern\s+)?$", re.IGNORECASE
)


#: "in Eastern Homs", "Southern Aleppo": a capitalised compass word names a part of the
#: governorate (its countryside), as pro-government outlets write it mid-sentence.
#: "in Eastern Homs and Southern Aleppo": the list carries it on.
_COMPASS_PART = r"(?:North|South|East|West)(?:-?(?:east|west))?ern"


_PART_BEFORE_RE = re.compile(
    rf"(?:\b(?:in|of|across)|\b{_COMPASS_PART}\s+[A-Z][\w'’-]*\s*(?:,|and))\s+{_COMPASS_PART}\s+$"
)


_COUNTRYSIDE_AFTER_RE = re.compile(
    r"\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?ern\s+)?(?:countryside|outskirts|environs)\b",
    re.IGNORECASE,
)


_SUBDISTRICT_AFTER_RE = re.compile(r"\s+sub-?districts?\b", re.IGNORECASE)


_SUBDISTRICTS_AFTER_RE = re.compile(r"\s+sub-?districts\b", re.IGNORECASE)


def _names_subdistrict(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a mention names a sub-district, itself or by the list it opens.

    "communities in Ariha and Kafr Nobol sub-districts": an administrative area
    named after its main town, as coarse as a district; the plural after the
    last name designates each name of the list.
    """
    text, mentions = ctx.text, ctx.mentions
    if _SUBDISTRICT_AFTER_RE.match(text, m.end):
        return True
    i = bisect_left(ctx.mention_starts, m.start)
    while i + 1 < len(mentions):
        here, after = mentions[i], mentions[i + 1]
        if not _LIST_GAP_RE.search(text[here.end : after.start]):
            return False
        if _SUBDISTRICTS_AFTER_RE.match(text, after.end):
            return True
        i += 1
    return False


def _is_neighbourhood_name(m: Mention) -> bool:
    """Say whether a mention's best candidate is a neighbourhood ("the neighborhoods of A, B")."""
    return bool(m.candidates) and m.candidates[0].precision == "neighbourhood"


def _is_town_countryside(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a mention names a town's countryside ("the Jisr al-Shughur countryside").

    The countryside of a town that is no governorate is an area near the town,
    not a governorate: its town is the reference point.
    """
    core, word = split_designator(m.surface)
    if governorate_of(core):
        return False
    return word == "countryside" or bool(_COUNTRYSIDE_AFTER_RE.match(ctx.text, m.end))


_DISTRICT_AFTER_RE = re.compile(r"\s+district\b", re.IGNORECASE)


def _names_city_district(ctx: _DocContext, m: Mention) -> bool:
    """Say whether "district" after a name that is no governorate's names a part of a city.

    "the Bustan al-Basha district" is a neighbourhood, not an administrative area; "the
    X district" named after a town, after a place it holds ("Y, in the X district"), is
    the administrative district, no part of a city.
    """
    word = split_designator(m.surface)[1]
    if not (word == "district" or bool(_DISTRICT_AFTER_RE.match(ctx.text, m.end))):
        return False
    if governorate_of(m.surface):
        return False
    return not (
        _is_town(m)
        and bool(_HELD_DISTRICT_BEFORE_RE.search(ctx.text, max(0, m.start - 40), m.start))
    )


# "Y, in the X district": a place placed in the district of a town ("Y, in X district" as
# translated copy writes it, with no article).
_HELD_DISTRICT_BEFORE_RE = re.compile(r"[\w'’-],\s+in\s+(?:the\s+)?$")


def _city_district_named(ctx: _DocContext, m: Mention) -> bool:
    """Say whether "the district of Y" names a city's district, the city named in the report.

    "a mosque in the neighbouring district of Y" in a report on city X: Y may also be a
    town elsewhere, but a neighbourhood of X of that name, with X named, is X's district,
    not an administrative district.
    """
    if not _CITY_DISTRICT_BEFORE_RE.search(ctx.text, max(0, m.start - 40), m.start):
        return False
    return any(
        p.precision == "neighbourhood"
        and p.city is not None
        and re.search(rf"\b{re.escape(p.city)}\b", ctx.text) is not None
        for p in m.candidates
    )


# "the opposition-held district of X", "a regime-controlled neighbourhood of X".
_HELD_PART_OF_BEFORE_RE = re.compile(
    r"-(?:held|controlled)\s+(?:district|neighbou?rhood|quarter)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_CITY_DISTRICT_BEFORE_RE = re.compile(
    r"\b(?:neighbou?ring\s+|nearby\s+|adjacent\s+)?(?:district|neighbou?rhood|quarter)\s+of\s+$",
    re.IGNORECASE,
)


def _names_admin(ctx: _DocContext, m: Mention) -> bool:
    text = ctx.text
    if m.candidates and all(p.precision == "neighbourhood" for p in m.candidates):
        # "on X and on the neighbouring district of Y": a district of a city, no province
        # around X.
        return False
    if _city_district_named(ctx, m):
        return False
    after = text[m.end : m.end + 30]
    word = split_designator(m.surface)[1]
    if (
        word == "city"
        or _CITY_AFTER_RE.search(after)
        or (
            _THE_CITY_OF_BEFORE_RE.search(text, max(0, m.start - 20), m.start)
            and _LISTED_AFTER_RE.match(text, m.end, m.end + 40)
        )
    ):
        return False
    if _is_town_countryside(ctx, m) or _names_city_district(ctx, m):
        return False
    if word is not None or _ADMIN_AFTER_RE.search(after):
        return True
    if _ADMIN_BEFORE_RE.search(text, max(0, m.start - 40), m.start):
        return True
    if governorate_of(m.surface):
        return True
    return bool(m.candidates) and all(p.precision == "governorate" for p in m.candidates)


def _is_neighbourhood(ctx: _DocContext, m: Mention, s: int, e: int) -> bool:
    if m.candidates and m.candidates[0].precision == "neighbourhood":
        return True
    last = m.surface.rsplit(None, 1)[-1]
    if _LANDMARK_RE.fullmatch(last) or _LANDMARK_RE.match(ctx.text, m.end, min(e, m.end + 14)):
        # A landmark lies inside a city, looked for as a neighbourhood is.
        return True
    if "neighbo" in ctx.text[m.end : min(e, m.end + 60)] and _NEIGHBOURHOOD_AFTER_RE.match(
        ctx.text, m.end, min(e, m.end + 60)
    ):
        return True
    return bool(_NEIGHBOURHOODS_OF_RE.search(ctx.text, max(s, m.start - 40), m.start))


_NEIGHBOURHOOD_AFTER_RE = re.compile(r"(?:[,\s]+(?:and\s+)?[\w'’-]+){0,6}?\s+neighbou?rhoods?\b")


_NEIGHBOURHOODS_OF_RE = re.compile(r"neighbou?rhoods?\s+of\s+$", re.IGNORECASE)


_ADMIN_BEFORE_RE = quick_opening(_ADMIN_BEFORE_RE)
