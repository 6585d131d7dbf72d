"""Reference points: places a sentence names only to locate another.

"Near X", "north-east of X", "In Homs province, near X", "Y, overlooking X": a
near-cue after or before a named place, opening its sentence or closing an
apposition, says whether the place is struck or only locates the strike or another
place.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from geo.extract.context import _DocContext, _in_range, _sentence_at, _sentence_clauses
from geo.extract.levels import (
    _ADMIN_AFTER_RE,
    _LIST_GAP_RE,
    _is_admin,
    _is_area,
    _is_foreign,
    _is_region,
)
from geo.extract.lexicon import quick_opening
from geo.names import governorate_of, letter_key, split_designator
from geo.record import Mention

#: A compass direction written as a word ("north", "south-east", "southwest").
_DIRECTION = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"


# "Sukayk, north-east of", "Hayyan, a town around 15 kilometres north-west of",
# "Jasim, a town of 30,000 people north of", "Rashedeen, on the outskirts of": the
# reference locates the name before the comma (and "X on Sunday night, west of": the name
# with its day).
# "..., saying they had hit targets near Y": the participle goes on with the sentence too.
_SAYING = r"(?:said|says|told|tells|added|reported|claimed|announced|saying|adding|claiming)"

# "Feb. 19", "February 19th": a month, then its day.
_MONTH_DAY = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
)


_APPOSITION_BEFORE_RE = re.compile(
    # "X on Feb. 19, north-east of Y": a day of the calendar after the place, its month first.
    # "X and Y villages, 30 km east of Z": the list's kind word in the plural after its names.
    rf"(?:{_MONTH_DAY}|[A-Z][\w'’-]*)(?:\s+(?:[Pp]rovinces?|city|towns?|villages?|area|district"
    r"|neighbou?rhood"
    # "the X oilfield, east of Y": a facility's kind word after its name.
    r"|oil\s*field|gas\s*field|field|air\s*base|airport|dam|camp"
    # "the X gas company, north-west of Y": a works named for X by its trade, Y locating it.
    r"|(?:gas|oil|power|water)\s+(?:company|plant|station|facility|works)"
    # "toward the X military airport, some 40 km northeast of Y": the base's kind in two words.
    r"|military\s+(?:airport|air\s*base)"
    # "villages in the X countryside, west of Y": a town's countryside, Y locating it.
    r"|countryside"
    # "near the X border crossing, north of Y": a crossing named for itself, Y locating it.
    r"|(?:border\s+)?crossing|border\s+gate"
    # "X and Y yesterday, north-west of Z": the day after the names, as "on Sunday night".
    r"|night|morning|afternoon|evening|yesterday|today|overnight))?"
    # "the Euphrates Dam (al-Tabqa Dam), west of": the place's other name in brackets.
    r"(?:\s*\([^()\n]{1,40}\))?"
    # "the town of X on the Y river, west of Z", "X near the border, north of Z": where X lies
    # told first, then, right after the comma, the place that locates it.
    r"(?:\s+(?:on|in|near|by|along)\s+the\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*,\s*"
    # "..., which does not deal with X, said two of its strikes near Y": a verb of saying
    # after the comma goes on with the sentence; no apposition describes X.
    r"|\s*,\s*(?!and\b|or\b|as\s+well\s+as\b|(?:said|says|added|reported|announced|saying"
    r"|adding|claiming)\b)"
    # A count in thousands is one word ("a town of some 30,000 people north of"). A verb of
    # saying among the words makes them a sentence going on ("Speaking in X, the spokesman
    # said jets hit 40 targets around Y"), no description of X.
    r"(?:[a-z0-9][\w'’-]*\s+(?:\(?(?:\d{1,3}(?:,\d{3})+|(?!"
    + _SAYING
    + r"\b)[\w'’-]+)\)?\s+){0,7})?)$"
)


# "X, in the southern countryside of Y, about 12 km east of": the governorate set
# between the commas is a second apposition of X; the distance after it still locates X.
_NEAR_CUE_RE = re.compile(r"(?:near|close\s+to|next\s+to)\b", re.IGNORECASE)


_ROAD_END_BEFORE_RE = re.compile(
    r"\b(?:road|highway|route|way)\s+(?:to|from|towards?)\s+(?:the\s+(?:town|city)\s+of\s+)?$",
    re.IGNORECASE,
)


# "positions southwest of X, near Y": X given as the bearing's reference before the near-cue.
_BEARING_REFERENCE_BEFORE_RE = re.compile(
    r"\b(?:north|south|east|west)(?:[\w-]*)\s+of\s+(?:the\s+(?:town|city)\s+of\s+)?$",
    re.IGNORECASE,
)


# "a bridge over the Khabur near the village of X": the river a bridge or a crossing spans is
# water, whatever the name it goes by; the place after it locates the bridge.
_SPANNED_WATER_BEFORE_RE = re.compile(
    r"\b(?:bridges?|crossings?|ferr(?:y|ies)|fords?)\s+(?:over|across|spanning)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_MEETING_BEFORE_RE = re.compile(
    r"\b(?:meeting|meet|met|summit|conference|talks|visit(?:ing|ed)?|arriv(?:ed|ing|es?)"
    r"|speaking|spoke"
    r"|embassy|ambassador|fled|flee|fleeing|refugees?|displaced|asylum"
    # Where a convoy or column was going: "a column carrying ammunition to the city of X",
    # "a column moving from A towards B", "a mobile clinic travelling from A to B".
    r"|carrying|transporting|heading|headed|bound|moving|travell?(?:ing|ed)|driving|drove)\b"
    r"[^.;]{0,25}"
    r"\b(?:in|to|at|into|for|towards?)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$"
    # "a convoy that was moving from the Syrian-Iraqi border towards X": where it was going,
    # told after where it came from.
    r"|\b(?:carrying|transporting|heading|headed|moving|travell?(?:ing|ed)|driving|drove)\s+"
    r"from\s+[^.;,]{1,45}?\s+(?:to|towards?|into)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$"
    # "In a statement read out in X, the council said": where a statement was made.
    r"|\b(?:statement|speech|communiqu[eé]|(?:press|news)\s+conference)\s+(?:was\s+)?"
    r"(?:read\s+out|issued|released|published|delivered|made|given|held)\s+(?:in|at|from)\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$"
    # "the arrival of reinforcements of the regime forces to X", "sent reinforcements to X":
    # where fighters are brought, not a struck place.
    r"|\breinforcements\b[^.;]{0,50}\b(?:to|into|towards?)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$"
    # "Hundreds attended the funeral in X of three brothers killed in a strike on Y", "the
    # funerals were held in X": where the dead were mourned, not where they were killed.
    r"|\b(?:attend(?:ed|ing|s)?|held|holding|holds?)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:funerals?|burials?)(?:\s+(?:ceremon(?:y|ies)|procession|prayers?|services?))?\s+(?:in|at)\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$"
    r"|\b(?:funerals?|burials?)\s+(?:(?!(?:in|at|on|of)\b)[\w'’-]+\s+){0,3}?"
    r"(?:was|were|is|are|will\s+be|had\s+been)\s+held\s+(?:in|at)\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)


_HINT_OPENING_RE = re.compile(
    r"\s*(?:[-–—•*]\s*)?"
    # "Further south, in the X plain, ...": a turn of the report before the setting.
    r"(?:(?:(?:further|farther)\s+(?:north|south|east|west)\w*|elsewhere|meanwhile"
    # "On the other side of the capital, in the X, ...": the side of a place just told.
    r"|(?:on|at)\s+the\s+(?:other|far|opposite)\s+side\s+of\s+(?:the\s+)?[\w'’-]+"
    r"(?:\s+[\w'’-]+)?)\s*,\s*)?"
    # "In East X, ...": a compass word as a region's own first word, as "eastern" is.
    r"(?:In|Across)\s+(?:the\s+)?(?:\w+ern\s+|(?:north|south|east|west)\s+)?$",
    re.IGNORECASE,
)


# "the Idlib towns of", "the eastern Aleppo city neighbourhoods of": the parts are named next.
_CONTAINER_AFTER_RE = re.compile(
    r"^(?:\s+city)?(?:['’]s)?\s+(?:towns?|villages?|neighbou?rhoods?|districts?|suburbs?|areas)"
    r"\s+of\b",
    re.IGNORECASE,
)


# "the eastern Ghouta town of X", "the Damascus suburb of X": the first name contains the second.
_THE_BEFORE_RE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


_AREA_OF_AFTER_RE = re.compile(
    r"^(?:['’]s)?\s+(?:towns?|villages?|suburbs?|cities|areas?|countryside)\s+of\b", re.I
)


# "a stronghold of militants who had been shelling the settlements of X": the fire of the
# target struck, told in a relative clause; the ground's shells, not the strike, reach X.
_TARGET_OWN_FIRE_BEFORE_RE = re.compile(
    r"\b(?:who|that|which)\s+(?:had\s+been\s+|ha(?:ve|s)\s+been\s+|were\s+|was\s+|had\s+)?"
    r"(?:shell(?:ed|ing)|fir(?:ed|ing)\s+(?:(?:rockets|mortars|shells)\s+)?(?:on|at|upon|into))"
    r"\s[^.;:,]{0,45}$",
    re.IGNORECASE,
)


_TARGET_OWN_FIRE_WORDS = (" who ", " that ", " which ")


# "militants, which were preparing an attack on the positions of the troops defending X": the
# place the target meant to attack, the words about it up to a clause's length.
_TARGET_OWN_ATTACK_BEFORE_RE = re.compile(
    r"\b(?:who|that|which)\s+(?:were\s+|was\s+|had\s+been\s+)?"
    r"(?:preparing|planning|about|poised|getting\s+ready)\s+"
    r"(?:to\s+(?:attack|storm|assault|launch\s+an?\s+(?:attack|assault|offensive))"
    r"|(?:for\s+)?an?\s+(?:attack|assault|offensive))"
    r"(?:\s+(?:on|against))?\s[^.;:,]{0,90}$",
    re.IGNORECASE,
)


# "a depot supplying the militants attacking the X district": the target's fighters named
# by what they were doing to X, in a participle after them.
_TARGET_OWN_DEED_BEFORE_RE = re.compile(
    r"\b(?:militants|terrorists|fighters|gunmen|insurgents|rebels|jihadists|groups|formations"
    r"|units|bandits)\s+(?:attacking|besieging|storming|assaulting|encircling|shelling"
    r"|advancing\s+(?:on|towards?)|firing\s+(?:on|at|upon))\s[^.;:,]{0,60}$",
    re.IGNORECASE,
)


_TARGET_OWN_DEED_WORDS = (
    "attacking",
    "besieging",
    "storming",
    "assaulting",
    "encircling",
    "shelling",
    "advancing",
    "firing",
)


# A word joining a sentence to the story before its opening ("Meanwhile, ...").
_FRONTED_JOIN = (
    r"\s*(?:(?:Meanwhile|Elsewhere|Separately|Further|Farther|Also|Later|Earlier"
    r"|In\s+addition)\s*,?\s*)?"
)


# A sentence opening on the place of its strike: "Near the settlement of X, ...", "In the
# area of X, ...", "Meanwhile, east of X, ...".
_FRONTED_PLACE_OPENING_RE = re.compile(
    _FRONTED_JOIN
    + r"(?:near|close\s+to|in\s+the\s+(?:area|vicinity|outskirts)\s+of|on\s+the\s+outskirts\s+of"
    r"|outside|(?:north|south|east|west)[\w-]*\s+of)\s+"
    r"(?:the\s+(?:settlement|town|village|city|locality)\s+of\s+)?",
    re.IGNORECASE,
)


def _opens_on_place_before(ctx: _DocContext, m: Mention) -> bool:
    """Say whether the sentence of ``m`` opens on another place, set off by a comma.

    "Near the settlement of X, a depot supplying the militants attacking Y was destroyed":
    the strike is told at X, so Y is only what the target was doing.
    """
    i = _sentence_at(ctx, m.start + 1) - 1
    if i < 0:
        return False
    a = ctx.sentences[i][0]
    opening = _FRONTED_PLACE_OPENING_RE.match(ctx.text, a, m.start)
    if opening is None:
        return False
    k = bisect_left(ctx.mention_starts, opening.end())
    if k >= len(ctx.mentions) or ctx.mention_starts[k] != opening.end():
        return False
    first = ctx.mentions[k]
    return first.start < m.start and ctx.text.startswith(",", first.end)


_TARGET_OWN_ATTACK_WORDS = ("preparing", "planning", "about", "poised", "getting ready")


_TARGET_OWN_ATTACK_CHARS = 160


# "X on Tuesday", "X on 19 February": the day written after the place; a calendar day's
# number before its month.
_PLACE_DAY_GAP_RE = re.compile(
    r"\s+(?:on|in|at|last|this)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
)


_PLACE_KIND_GAP_RE = re.compile(
    r"\s+(?:neighbou?rhood|district|quarter|camp|towns?|villages?|plain|valley)", re.IGNORECASE
)


def _names_place_at(ctx: _DocContext, pos: int) -> bool:
    """Say whether the word at ``pos`` is a place's, or its day's ("X on Tuesday, north of").

    "Sukayk, north-east of" and "Ain Issa on Tuesday, 50 km north of" set a
    reference after a place; "On Monday, jets struck a depot near X" does not.
    """
    i = bisect_right(ctx.mention_starts, pos) - 1
    if i < 0:
        return False
    m = ctx.mentions[i]
    return (
        m.start <= pos < m.end
        or bool(_PLACE_DAY_GAP_RE.fullmatch(ctx.text, m.end, pos))
        # "the X neighbourhood, the last rebel-held district of Y": the word ending at ``pos``
        # is the place's kind, written after its name.
        or bool(_PLACE_KIND_GAP_RE.fullmatch(ctx.text, m.end, pos + 1))
    )


#: How many sentences after a reference point may name the places it locates.
_NAMED_NEXT_SENTENCES = 2


#: Most words of a line that is not a sentence of the story (a byline, a date line).
_LINE_WORDS = 5


#: Most such lines skipped.
_LINES_SKIPPED = 3


def _locates_places_named_next(ctx: _DocContext, m: Mention, before: str) -> bool:
    """Say whether a city locates unnamed towns whose strikes the next sentences tell.

    "Air strikes killed 14 in rebel-held towns west of X city on Monday." then
    "Seven died when raids hit a street in A ..., B ...": the towns are A and B, of
    X's governorate; X only says where they lie.
    """
    gov = governorate_of(m.surface)
    # A town that is no governorate locates the villages of its own district
    # ("raids on villages around the border town of X", then "jets struck A").
    district = None if gov is not None else _district_of(m)
    if (gov is None and district is None) or not _PLURAL_NEAR_BEFORE_RE.search(before):
        return False
    index = _sentence_at(ctx, m.start + 1) - 1
    if index < 0:
        return False
    # A byline or a date line ("TRT World and agencies", "16 Oct 2016") between a standfirst
    # and the story's first sentence tells nothing: it is not counted.
    last, told = index, 0
    end = min(len(ctx.sentences) - 1, index + _NAMED_NEXT_SENTENCES + _LINES_SKIPPED)
    while told < _NAMED_NEXT_SENTENCES and last < end:
        last += 1
        a, b = ctx.sentences[last]
        if len(ctx.text[a:b].split()) > _LINE_WORDS:
            told += 1
    if last == index:
        return False
    lo, hi = ctx.sentences[index][1], ctx.sentences[last][1]
    key = letter_key(m.surface)
    for k in range(bisect_left(ctx.mention_starts, lo), bisect_left(ctx.mention_starts, hi)):
        other = ctx.mentions[k]
        if letter_key(other.surface) == key or governorate_of(other.surface) is not None:
            continue
        a, b = ctx.sentences[_sentence_at(ctx, other.start + 1) - 1]
        inside = (
            any(p.admin1 == gov for p in other.candidates)
            if gov is not None
            else any(p.admin2 == district for p in other.candidates)
        )
        if inside and _in_range(ctx.triggers, a, b):
            return True
    return False


def _district_of(m: Mention) -> str | None:
    """Return the district of a town every reading of the name puts in one district."""
    districts = {p.admin2 for p in m.candidates}
    return districts.pop() if len(districts) == 1 and None not in districts else None


# "In Wadi Barada, northwest of": a name the gazetteer lacks set as the sentence's scene.
_UNKNOWN_SETTING_BEFORE_RE = re.compile(
    r"\s*(?:In|Across)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:al-|el-)?[A-Z][\w'’-]*){0,3}\s*,\s*"
)


def _locates_unknown_setting(ctx: _DocContext, cue: int) -> bool:
    """Say whether a near-cue locates a scene the gazetteer does not know, or a region by bearing.

    "In Wadi Barada, northwest of X, jets struck A": X locates the valley that
    opens the sentence, not the strike, whether the gazetteer knows the valley or
    not; "In the Y plain, near Z, jets struck ..." keeps Z as what the strike was near.
    """
    i = bisect_right(ctx.sentence_starts, cue) - 1
    if i < 0:
        return False
    start = ctx.sentence_starts[i]
    if cue - start > 60:
        return False
    setting = _UNKNOWN_SETTING_BEFORE_RE.fullmatch(ctx.text, start, cue)
    if setting is None:
        return False
    k = bisect_left(ctx.mention_starts, start)
    if not (k < len(ctx.mention_starts) and ctx.mention_starts[k] < cue):
        return True
    named = ctx.mentions[k]
    return (
        _is_region(named)
        and not _is_admin(ctx, named)
        and ctx.text[named.end : cue].strip(" ,") == ""
        and _BEARING_CUE_RE.match(ctx.text, cue) is not None
    )


# "north-west of", "east of": a bearing, as against "near".
_BEARING_CUE_RE = re.compile(rf"{_DIRECTION}(?:ern)?\s+of\b", re.IGNORECASE)


# "Meanwhile, east of X, jets struck ISIS positions near Y": the cue opens the sentence, after
# a word joining it to the story at most.
_FRONTED_CUE_BEFORE_RE = re.compile(_FRONTED_JOIN)


def _fronted_reference(ctx: _DocContext, cue: int, m: Mention) -> bool:
    """Say whether a near-cue opening its sentence locates a place the sentence names after it.

    "Meanwhile, east of X, Russian jets struck positions near the town of Y": X sets the
    scene of Y's strike and is no struck place; "North of X, jets struck a convoy" keeps X.
    """
    i = _sentence_at(ctx, cue + 1) - 1
    if i < 0 or cue - ctx.sentences[i][0] > 40:
        return False
    a, b = ctx.sentences[i]
    if _FRONTED_CUE_BEFORE_RE.fullmatch(ctx.text, a, cue) is None:
        return False
    if not ctx.text.startswith(",", m.end):
        return False
    # "Near X, in the south of Y province, jets destroyed ...": a governorate after it is
    # where X lies, not another place struck.
    k = bisect_right(ctx.mention_starts, m.start)
    end = _own_strike_clause_end(ctx, m, a, b)
    while k < len(ctx.mention_starts) and ctx.mention_starts[k] < end:
        # A place abroad ("..., the spokesman told reporters in Moscow") is none X can locate.
        if (
            not _is_area(ctx, ctx.mentions[k])
            and not _is_foreign(ctx.mentions[k])
            and not _no_strike_place_after(
                ctx, max(a, ctx.mention_starts[k] - 90), ctx.mention_starts[k]
            )
        ):
            return True
        k += 1
    return False


def _own_strike_clause_end(ctx: _DocContext, m: Mention, a: int, b: int) -> int:
    """Return where the places a fronted near-cue may locate end in its sentence.

    "In the area of X, aircraft destroyed a depot, while in Y province jets hit a camp near
    Z": a later clause with a strike word of its own tells another strike, so Z is no place
    X's words locate; the places up to the end of the first strike's clause are.
    """
    first = _in_range(ctx.triggers, m.end, b)
    if not first:
        return b
    elliptic = (
        _ELLIPTIC_STRIKE_AFTER_RE.search(ctx.text, first[0].end, b)
        if " as " in ctx.lower[first[0].end : b]
        else None
    )
    if elliptic is not None:
        # "Near X, a field camp was destroyed, as was a depot in the area of Y": the words
        # after "as was" tell a strike of their own, whose verb they leave out.
        return elliptic.start()
    clauses = _sentence_clauses(ctx, a, b)
    here = next((c for c in clauses if c[0] <= first[0].start < c[1]), None)
    if here is None or here[1] >= b or not _in_range(ctx.triggers, here[1], b):
        return b
    return here[1]


def _no_strike_place_after(ctx: _DocContext, start: int, end: int) -> bool:
    """Say whether the words before a later place make it no struck place of the sentence.

    "Near X, jets struck a column moving towards Y", "In the area of X, aircraft destroyed a
    stronghold of militants who had been shelling Y": Y is where the target was going or
    what it fired on, so the fronted X is what locates the strike. So is Y what the target
    was preparing to attack ("vehicles of militants, which were preparing an attack on the
    positions of the troops defending Y"), however long the words about Y.
    """
    before = ctx.text[start:end]
    if _MEETING_BEFORE_RE.search(before) or (
        any(w in before for w in _TARGET_OWN_FIRE_WORDS)
        and _TARGET_OWN_FIRE_BEFORE_RE.search(before)
    ):
        return True
    if any(w in before for w in _TARGET_OWN_DEED_WORDS) and _TARGET_OWN_DEED_BEFORE_RE.search(
        before
    ):
        return True
    wide = ctx.lower[max(0, end - _TARGET_OWN_ATTACK_CHARS) : end]
    return any(w in wide for w in _TARGET_OWN_ATTACK_WORDS) and bool(
        _TARGET_OWN_ATTACK_BEFORE_RE.search(wide)
    )


# "as was a depot", "as were two tanks", "as did helicopters": a second strike told by a
# clause that leaves out the verb of the strike before it. "as was reported" is no strike.
ELLIPTIC_STRIKE = (
    r"as[ \t]+(?:(?:was|were)[ \t]+(?:an?|the|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|\d+|several|another|many|dozens|its|their)\b|did[ \t]+(?!so\b)[\w'’-])"
)
_ELLIPTIC_STRIKE_AFTER_RE = re.compile(r",[ \t]+" + ELLIPTIC_STRIKE, re.IGNORECASE)


_PROVINCE_WORD_AFTER_RE = re.compile(r"[ \t]+(?:province|governorate)\b", re.IGNORECASE)


def _locates_place_before(ctx: _DocContext, cue: int) -> bool:
    """Say whether a near-cue directly follows a named place it locates.

    "bombed Kafr Batna near Douma", "targeted the Zahra village east of
    Hama": the place before the cue is struck and the one after it is the
    reference point. A governorate before the cue ("in Idlib province near
    X") is a setting, not a struck place.
    """
    if _PLACE_WORD_BEFORE_RE.search(ctx.text, max(0, cue - 60), cue):
        return True
    if "the " in ctx.text[max(0, cue - 60) : cue] and _LANDMARK_BEFORE_RE.search(
        ctx.text, max(0, cue - 60), cue
    ):
        return True
    i = bisect_left(ctx.mention_starts, cue) - 1
    if i < 0:
        return False
    previous = ctx.mentions[i]
    # "the town of X in the eastern countryside of Y province near Z": the governorate
    # holding the place before it is a setting between that place and the cue locating it.
    word = _PROVINCE_WORD_AFTER_RE.match(ctx.text, previous.end, cue)
    if (
        i >= 1
        and governorate_of(previous.surface) is not None
        and _LOCATING_GAP_RE.fullmatch(ctx.text, word.end() if word else previous.end, cue)
        is not None
        and governorate_of(ctx.mentions[i - 1].surface) is None
        and _contains(ctx, previous, ctx.mentions[i - 1])
        and not _is_setting(ctx, ctx.mentions[i - 1].start)
        # "near X and in Y province near Z": a governorate joined by "and in" opens the next
        # item of a list, with its own place near the cue; it holds no place before it.
        and _AND_IN_PROVINCE_BEFORE_RE.search(
            ctx.text, max(ctx.mentions[i - 1].end, previous.start - 40), previous.start
        )
        is None
    ):
        return True
    gap = _LOCATING_GAP_RE.fullmatch(ctx.text, previous.end, cue)
    return (
        gap is not None
        and (
            _TO_THE_GAP_END_RE.search(gap.group()) is None
            or _BEARING_CUE_RE.match(ctx.text, cue) is not None
        )
        and governorate_of(previous.surface) is None
        and not _is_setting(ctx, previous.start)
        # "a bridge over the Khabur near X": the cue locates the bridge, not the river.
        and not _SPANNED_WATER_BEFORE_RE.search(
            ctx.text, max(0, previous.start - 30), previous.start
        )
        # "on the road to X, near Y": the cue locates the strike on the road, not X (a
        # bearing, "on the road to X, east of Y", may locate the road's end itself).
        and not (
            _NEAR_CUE_RE.match(ctx.text, cue)
            and _ROAD_END_BEFORE_RE.search(ctx.text, max(0, previous.start - 30), previous.start)
        )
        # "struck positions southwest of X, near Y": X is the bearing's reference, and the
        # near-cue after it names the finer place the strike was close to.
        and not (
            _NEAR_CUE_RE.match(ctx.text, cue)
            and _BEARING_REFERENCE_BEFORE_RE.search(
                ctx.text, max(0, previous.start - 30), previous.start
            )
        )
    )


# Between a struck place and the cue locating it: nothing, a closing quote or a preposition
# ("the station 'X' near Y", "X on the outskirts of Y", "the X area on the southern edge of
# Y"), a word naming what is at the place ("the X Farms north of Y"), or a verb of lying and
# a distance ("X lies about ten miles west of Y").
_LOCATING_GAP_RE = re.compile(
    r"[\"'”’]?(?:\s+(?:farms?|fields?|hills?|plains?|valley|camps?|crossroads|junction|dam"
    # "the X neighbourhood in the east of Y city": a district's kind word after its name.
    r"|airport|air\s*base|base|area|neighbou?rhood|district|quarter"
    # "in X town to the east of Y": translated copy writes the town's kind after its name.
    r"|town|village))?"
    # "the X camp for displaced people near Y": whom a camp shelters, between it and the cue;
    # "the X camp for Palestinian refugees south-west of Y": a word may say whose they are.
    r"(?:\s+for\s+(?:the\s+)?(?:internally\s+|[\w-]+\s+(?=refugees|IDPs))?"
    r"(?:displaced|refugees|IDPs)"
    r"(?:\s+(?:people|persons|families|Syrians))?)?"
    # "the X hills, surrounded by ISIS militants, in the vicinity of Y": who besieges or holds
    # the place, set off between it and the cue.
    r"(?:\s*,\s*(?:surrounded|besieged|encircled|held|defended|manned|controlled)\s+by\s+"
    r"[^,.;]{1,40},)?"
    # "X to the east of Y": the side of Y the place lies to, as "X east of Y" (the cue must
    # be a bearing: "from A to the outskirts of B" is where something went).
    r"\s*,?\s*(?:(?:on|in|at|to)\s+(?:the\s+)?"
    # "X and Y in the countryside north of Z": the country the places lie in, then the cue.
    # "the X area on the southern edge of Z": the side of Z the place lies on.
    r"(?:(?:countryside|area|region|desert|hills)\s+)?(?:(?:north|south|east|west)\w*\s+)?)?"
    r"(?:(?:lies|lie|sits|sit|is|are|stands|located|situated)\s+(?:[\w.-]+\s+){0,3}?)?",
    re.IGNORECASE,
)


# A gap closing on "to the": the place lies to a side of the reference only when the cue is
# a bearing ("X to the east of Y"), not a place's edges ("from A to the outskirts of B").
_TO_THE_GAP_END_RE = re.compile(r"\bto\s+the\s+$", re.IGNORECASE)


# "the Zahra village east of X", "in the Wadi Barada valley north-west of X", "in the
# Shahba region, north of X": a named place the reference locates, whether or not the
# gazetteer knows it.
_PLACE_WORD_BEFORE_RE = re.compile(
    r"\b[A-Z][\w'’-]*\s+(?:village|town|hamlet|valley|plain|mountains?|region),?\s+$"
)


# "near the Mahr gas field, west of X": a named field or plant the gazetteer may not know is
# the place struck; X only locates it.
_LANDMARK_BEFORE_RE = re.compile(
    r"\bthe\s+(?:[A-Z][a-z][\w'’-]*\s+){1,2}(?:(?:gas|oil)\s+fields?|oilfields?|dam|airport"
    r"|power\s+(?:plant|station)),?\s+$"
)


def _is_setting(ctx: _DocContext, pos: int) -> bool:
    """Say whether a name at ``pos`` opens its sentence as a setting: "In Homs province, near X".

    Such a name locates the whole sentence, not the place after the comma:
    the reference point that follows locates the strike itself.
    """
    k = bisect_right(ctx.mention_starts, pos) - 1
    if k >= 0 and ctx.mentions[k].start <= pos < ctx.mentions[k].end:
        # A word inside a name of several ("Zor" of "Deir ez-Zor"): the name opens there.
        pos = ctx.mentions[k].start
    i = bisect_right(ctx.sentence_starts, pos) - 1
    return i >= 0 and bool(_HINT_OPENING_RE.fullmatch(ctx.text, ctx.sentence_starts[i], pos))


_COMMA_AND_RE = re.compile(r"^\s*,\s*and\b")


# The first name of a pair right before the second: "B and " of "linking B and C".
_PAIR_BEFORE_RE = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+and[ \t]+$")


_SECOND_END_GAP_RE = re.compile(
    r"\s+and\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:town|city|village|crossing|border\s+post)"
    r"\s+of\s+",
    re.IGNORECASE,
)


_BETWEEN_BEFORE_RE = re.compile(r"\bbetween\s+(?:the\s+(?:towns?|villages?|cities|city)\s+of\s+)?$")


def _closes_apposition(ctx: _DocContext, previous: tuple[Mention, str], gap: str) -> bool:
    """Say whether ", and" after a reference point closes the apposition it was in.

    "jets hit A, south of the town of B, and C": B locates A between commas; C, after
    the closing comma, is listed with A, not with B.
    """
    if previous[1] != "reference" or not _COMMA_AND_RE.match(gap):
        return False
    start = previous[0].start
    apposition = _APPOSITION_BEFORE_RE.search(ctx.text, max(0, start - 90), start)
    if apposition is None:
        # "A, a crossroads town on the highway linking B and C, and D": the apposition holds
        # a pair of references; it opens before the first of them.
        pair = _PAIR_BEFORE_RE.search(ctx.text, max(0, start - 40), start)
        if pair is not None and _names_place_at(ctx, pair.start()):
            start = pair.start()
            apposition = _APPOSITION_BEFORE_RE.search(ctx.text, max(0, start - 90), start)
    return apposition is not None and _names_place_at(ctx, apposition.start())


def _role_after(
    ctx: _DocContext,
    m: Mention,
    previous: tuple[Mention, str] | None,
    after: str,
    before: str,
) -> str:
    """Decide the roles that a list before the place or the words after it give."""
    # "a ground attack from the X and Y front": the places listed after a launch site are
    # where the attackers came from as well.
    if previous is not None and previous[1] in ("reference", "near", "outside", "launch"):
        gap = ctx.text[previous[0].end : m.start]
        if _LIST_GAP_RE.search(gap) and not _closes_apposition(ctx, previous, gap):
            return previous[1]
        # "the road between X and the border town of Y": the pair's second end, told by what
        # kind of place it is, bounds the road as the first does.
        if (
            previous[1] == "reference"
            and _SECOND_END_GAP_RE.fullmatch(gap)
            and _BETWEEN_BEFORE_RE.search(
                ctx.text, max(0, previous[0].start - 30), previous[0].start
            )
        ):
            return "reference"
    if governorate_of(m.surface) and _CONTAINER_AFTER_RE.search(after):
        return "container"
    area_of = _AREA_OF_AFTER_RE.search(after)
    if area_of and _THE_BEFORE_RE.search(before) and not _governorate_follows(ctx, m, area_of):
        return "container"
    return "candidate"


def _governorate_follows(ctx: _DocContext, m: Mention, area_of: re.Match[str]) -> bool:
    """Say whether "the X area of" is followed by a governorate, which holds X.

    "the Kabani area of Latakia" places X in the governorate; "the Ghouta town of
    X" names a place inside the first name.
    """
    i = bisect_right(ctx.mention_starts, m.end)
    if i >= len(ctx.mentions):
        return False
    after = ctx.mentions[i]
    gap = ctx.text[m.end + area_of.end() : after.start]
    return bool(_GAP_TO_NAME_RE.fullmatch(gap)) and governorate_of(after.surface) is not None


_GAP_TO_NAME_RE = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)


# "struck towns in the countryside north of X": X locates places the sentence names next.
_PLURAL_NEAR_BEFORE_RE = re.compile(
    # "in a village north of X" with the village named next: one unnamed place, too.
    r"\b(?:towns|villages|areas|districts|neighbou?rhoods|(?:a|one)\s+(?:town|village))\b"
    r"[^,.;:]{0,40}?"
    r"\b(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+of|near|around|outside)"
    r"\s+(?:the\s+)?"
    # "north of the Islamic State group's Syrian stronghold X", "east of the city of X".
    r"(?:(?:[\w-]+\s+){0,2}?(?:[\w-]+['’]s?\s+)?(?:[\w-]+\s+)?(?:stronghold|bastion)\s+"
    # "around the border town of X".
    r"|(?:[\w-]+\s+)?(?:city|town)\s+of\s+)?$",
    re.IGNORECASE,
)


_CONTAINER_GAP_RE = re.compile(
    # "X, also in Eastern Ghouta": the region of a place, like the one named before it.
    # "X and the hills around it in Jabal al-Turkman", "X and its surroundings in ...", and
    # "X village and its surroundings in ...", the kind of place written after its name.
    r"^(?:\s+(?:village|town|city))?(?:(?:\s+and\s+(?:the\s+)?(?:hills|farms|fields|areas|surroundings|outskirts|orchards)"
    r"(?:\s+(?:around|surrounding|near)\s+it)?|\s+and\s+its\s+(?:hills|farms|fields"
    r"|surroundings|outskirts|orchards|environs))?"
    r"(?:\s+[a-z]+)?\s*,?\s*(?:also\s+)?in\s+(?:the\s+)?"
    # "the village of X, in Idlib's Jabal al-Zawiya area": the region named by its governorate's
    # possessive.
    r"(?:[\w-]+['’]s\s+)?"
    # "X in the southern part of Y", "X in the north of Y": the side of the region X lies on.
    r"(?:(?:north|south|east|west|central)\w*\s+(?:(?:parts?|sections?)\s+)?of\s+(?:the\s+)?)?"
    # "X and Y in the rebel-held Eastern Ghouta": who holds the region, or its siege.
    r"(?:(?:[\w-]+-(?:held|controlled)|besieged)\s+)?"
    # "near X, in the mountains of northern Latakia": the governorate's high ground.
    r"(?:(?:mountains|hills|highlands)\s+of\s+(?:the\s+)?)?"
    # "the Jabal al-Turkman region of northern Latakia Province": a region's governorate.
    r"|\s+(?:region|area|mountains?|plain|valley)\s+of\s+(?:the\s+)?)"
    r"(?:(?:north|south|east|west|central)\w*\s+)?"
    # "A neighbourhood in the eastern neighbourhoods of X city".
    r"(?:(?:countryside|province|governorate|neighbou?rhoods|districts)\s+of\s+(?:the\s+)?)?"
    # "X and Y in the Kurds' mountain (Z)": the region's own name in brackets after the words
    # that translate it.
    r"(?:(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*\(\s*)?#?$",
    re.IGNORECASE,
)


# "near X and Y and in the province of Z", "in X and in Z province": a governorate joined to
# the places before it as one more place struck.
# "..., as well as targets in the north of Z province": the province may be joined by "as well
# as", after what was hit there, and by its part of the compass.
_AND_IN_PROVINCE_BEFORE_RE = re.compile(
    r"\b(?:and|as\s+well\s+as)\s+(?:(?:targets|positions|sites)\s+)?(?:in|on|across)\s+"
    r"(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
    # "and in western Z": the part of the province named by its compass adjective.
    r"(?:\s+of\s+|ern\s+))?(?:(?:province|governorate)\s+of\s+)?$",
    re.IGNORECASE,
)


def _contains(ctx: _DocContext, admin: Mention, place: Mention) -> bool:
    """Say whether ``admin`` directly follows ``place`` as its governorate ("X in Idlib").

    An apposition counts when the governorate is so called or the country
    follows: "around Palmyra, Homs province", "Mayadin, Deir Ezzor, Syria";
    a bare name after a comma may be the next item of a list.
    """
    if place.end > admin.start:
        return False
    gap = ctx.text[place.end : admin.start]
    if _CONTAINER_GAP_RE.match(gap):
        return True
    return bool(_APPOSITION_GAP_RE.fullmatch(gap)) and (
        split_designator(admin.surface)[1] in ("province", "governorate")
        or bool(_ADMIN_AFTER_RE.search(ctx.text[admin.end : admin.end + 30]))
        or bool(_COUNTRY_AFTER_RE.match(ctx.text, admin.end))
    )


_APPOSITION_GAP_RE = re.compile(r"(?:\s*\[[^\[\]\n]{0,30}\])?\s*,\s*")


_COUNTRY_AFTER_RE = re.compile(r"\s*,\s*Syria", re.IGNORECASE)


_MEETING_BEFORE_RE = quick_opening(_MEETING_BEFORE_RE)
