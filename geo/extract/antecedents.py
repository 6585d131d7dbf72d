"""The place a strike sentence naming none points back at.

"The hill of X had held out for three years. On Thursday, jets struck it 30 times":
the sentence before names the place struck. So does a report's title naming one
town for "the town" of a paragraph naming none, and a town's own outlet for "the
city" of its report.
"""

from __future__ import annotations

import re

from geo.extract.context import (
    _DocContext,
    _in_range,
    _mentions_in,
    _paragraph_index,
    _scope_key,
    _sentence_cues,
)
from geo.extract.levels import _is_admin, _is_area, _is_foreign
from geo.extract.timing import _in_since_onset
from geo.extract.triggers import _DAY_OF_RUN_BEFORE_RE
from geo.names import place_key, split_designator
from geo.record import Mention

# What a strike sentence naming no place strikes when it points back at one: "struck it",
# "the edge of the city" (not "the city of", which names its place).
_ANAPHOR_RE = re.compile(
    r"\b(?:struck|hit|bombed|pounded|targeted|raided)\s+(?:it\b|its\s+[a-z])"
    r"|\bthe\s+(?:[\w-]+\s+)?(?:city|town|village)\b(?!\s+of\b)"
    # "an air raid on the district's eighth sector": a quarter of a city pointed back at by
    # its kind, owning what was struck.
    r"|\bthe\s+(?:district|neighbou?rhood)(?=['’]s\s)"
    # "His cousin's street there was hit", "the houses there had been bombed": what was
    # struck "there", the place the sentence before names.
    r"|\b(?:the|his|her|their|[\w-]+['’]s)\s+(?:[\w-]+\s+)?[\w-]+\s+there\s+"
    r"(?=(?:was|were|had\s+been|has\s+been|have\s+been)\s)"
    # "jets bombed the market there.", "barrel bombs on the houses behind the radio station
    # there": what a strike names last in its clause "there", the place the sentence before
    # names.
    r"|\b(?:on|struck|hit|bombed|pounded|targeted|raided)\s+(?:the|its|his|her|their|[\w-]+['’]s)"
    r"\s+(?:[\w-]+\s+){0,6}?there\b"
    r"(?=\s*(?:[.;,!?\"”]|$)|\s+(?:on|last|yesterday|this|early|late|overnight|at|in)\b)"
    # "The family moved to his aunt's house in X. ... the house next door was hit": a building
    # placed only by the people the sentence before put in a place (next door to them, where
    # they sheltered), as witnesses' accounts tell it, stands in that place.
    r"|\bthe\s+(?:house|home|building|street|shop|flat|apartment)s?\s+"
    r"(?:next\s+door|opposite|across\s+the\s+(?:street|road)"
    r"|where\s+(?:he|she|they|we|I|the\s+family)\s+(?:had\s+)?"
    r"(?:lived|sheltered|stayed|were\s+staying|was\s+staying))\b",
    re.IGNORECASE,
)


_QUARTER_WORD_RE = re.compile(r"\b(?:district|neighbou?rhood)$", re.IGNORECASE)


_LATEST_STRIKE_OPENING_RE = re.compile(
    r"\s*The\s+(?:most\s+recent|latest|newest|last)\s+(?:air\s*)?(?:strike|raid|attack|bombing)s?"
    r"\s+(?:came|was|were|happened|hit|struck|fell)\b"
)


# "On Sunday it was hit by two strikes", "a missile hit the entrance of its bakery": the
# place of the sentence before as the pronoun the strike hits; the areas that sentence
# names around the place only locate it.
_PRONOUN_STRUCK_RE = re.compile(
    r"\b(?:struck|hit|bombed|pounded|targeted|raided)\s+the\s+[a-z]+\s+of\s+its\s+[a-z]"
    r"|\bit\s+(?:was|has\s+been|had\s+been)\s+(?:struck|hit|bombed|pounded|targeted|raided)\b",
    re.IGNORECASE,
)


# Designators that make a name a governorate or its countryside, never a town.
_ADMIN_WORDS = frozenset({"province", "governorate", "countryside", "region", "rural", "rif"})

# "The garrison pulls back towards X. Jets hit the city's northern districts": "the city"
# and "the town" point back at a settlement, never at an air base or an airport named
# between.
_BASE_NAME_RE = re.compile(r"\b(?:air\s*base|airbase|airfield|airport)\b", re.IGNORECASE)


def _is_base(m: Mention) -> bool:
    """Say whether every place a mention may be is an air base or an airport."""
    return bool(m.candidates) and all(_BASE_NAME_RE.search(c.name) for c in m.candidates)


#: How many sentences back a place pointed back at may be named.
_ANTECEDENT_LOOK_BACK = 2


# "DARAYA MEDIA OFFICE", "X Local Council": a town's own outlet heading its copy.
_TOWN_OUTLET_HEADING_RE = re.compile(
    r"[ \t]*+(?P<town>[A-Z][\w'’-]*+(?:[ \t][\w'’-]++){0,2}?)[ \t]+(?:media[ \t]+"
    r"(?:office|cent(?:re|er))|local[ \t]+council|city[ \t]+council)[ \t]*+",
    re.IGNORECASE,
)


#: How many lines at the top of a report may carry its outlet's heading.
_OUTLET_HEADING_LINES = 3


# "the city", "the town" (not "the city of X"), as a strike sentence names its own town.
_THE_OWN_TOWN_RE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?:city|town)\b(?!\s+of\b)", re.IGNORECASE)


def _outlet_town(ctx: _DocContext) -> Mention | None:
    """Return the town whose own outlet heads the report, as the report names it elsewhere.

    A besieged town's media office writes "barrel bombs fell on the western neighbourhoods
    of the city" under its heading "X MEDIA OFFICE": "the city" is X, the town the office
    speaks for, which the report names somewhere in its body or footer.
    """
    if ctx.outlet_town is not None:
        return ctx.outlet_town[0]
    found = None
    lines = [line for line in ctx.text[:600].split("\n") if line.strip()]
    for line in lines[:_OUTLET_HEADING_LINES]:
        heading = _TOWN_OUTLET_HEADING_RE.fullmatch(line)
        if heading is None:
            continue
        town = heading["town"].lower()
        found = next(
            (m for m in ctx.mentions if m.surface.lower() == town and not _is_foreign(m)), None
        )
        break
    ctx.outlet_town = [found]
    return found


def _antecedent(ctx: _DocContext, index: int) -> Mention | None:
    """Return the place a strike sentence without one points back at, or its outlet's town.

    See :func:`_antecedent_told`; when no sentence before names it, "the city" or "the town"
    of a report headed by a town's own outlet is that town (see :func:`_outlet_town`).
    """
    told = _antecedent_told(ctx, index)
    if told is not None:
        return told
    if _THE_OWN_TOWN_RE.search(ctx.text, *ctx.sentences[index]) is None:
        return _lead_title_town(ctx, index)
    return _outlet_town(ctx) or _title_town(ctx, index)


def _lead_title_town(ctx: _DocContext, index: int) -> Mention | None:
    """Return the title's town for a strike the lead tells before the body names any place.

    "Deadly raid in X" over "At least seven people were killed on Tuesday in an air strike
    on a busy street": the story's opening strike is the one its title names, though the
    lead leaves the place to the title. Only when the body opens with the title's own line
    and names no place of the country between it and the strike.
    """
    text = ctx.text
    title = " ".join((ctx.doc.title or "").split()).casefold()
    first = text.find("\n")
    if not title or first < 0 or " ".join(text[:first].split()).casefold() != title:
        return None
    s, _ = ctx.sentences[index]
    if any(not _is_foreign(m) for m in _mentions_in(ctx, first, s)):
        return None
    return _title_town(ctx, index, own_word=False)


# "west of the city", "near the town", "outside the town": the town locating another place.
_LOCATING_BEFORE_RE = re.compile(r"\b(?:of|near|outside|around|from)\s+$", re.IGNORECASE)

# "raids around the city", "air strikes near the town": the strikes themselves, not another
# place, located by the town.
_STRIKES_AROUND_RE = re.compile(
    r"\b(?:raids|(?:air\s*)?strikes|sorties|bombardment)\s+(?:around|near|outside)\s+$",
    re.IGNORECASE,
)


def _title_town(ctx: _DocContext, index: int, own_word: bool = True) -> Mention | None:
    """Return the one town a report's title names, for "the town" of a paragraph naming none.

    "X siege ends in surrender" over a story whose lead names X: "Activists in the town
    said barrel bombs hit the western neighbourhoods" in a paragraph that names no place
    speaks of X, the town the whole story is about. None when the title names no place or
    more than one, or names an area, or the strike sentence's paragraph names a place.
    """
    s, e = ctx.sentences[index]
    own = _THE_OWN_TOWN_RE.search(ctx.text, s, e) if own_word else None
    if own_word and (
        own is None
        or (
            _LOCATING_BEFORE_RE.search(ctx.text, max(s, own.start() - 12), own.start())
            and not _STRIKES_AROUND_RE.search(ctx.text, max(s, own.start() - 40), own.start())
        )
    ):
        # "the heights west of the city": the town only locates what was struck. "Dozens of
        # raids around the city" locate the strikes themselves by the town.
        return None
    para = _paragraph_index(ctx, s)
    start = ctx.paragraphs[para]
    end = ctx.paragraphs[para + 1] if para + 1 < len(ctx.paragraphs) else len(ctx.text)
    if any(not _is_foreign(m) for m in _mentions_in(ctx, start, end)):
        return None
    title = " ".join((ctx.doc.title or "").split()).casefold()
    if not title:
        return None
    named: dict[str, Mention] = {}
    for m in _mentions_in(ctx, 0, s):
        if _is_foreign(m):
            continue
        surface = m.surface.casefold()
        at = title.find(surface)
        if at < 0 or title[at - 1 : at].isalnum() or title[at + len(surface) :][:1].isalnum():
            continue
        named.setdefault(place_key(m.surface), m)
    if len(named) > 1:
        # "Idlib: air strikes hit X": a governorate labelling the title is the town's area.
        named = {
            k: m
            for k, m in named.items()
            if not (
                _is_admin(ctx, m)
                and title.startswith(m.surface.casefold())
                and title[len(m.surface) :].lstrip().startswith(":")
            )
        }
    if len(named) != 1:
        return None
    (m,) = named.values()
    return None if _is_area(ctx, m) or _is_admin(ctx, m) else m


# "said Abu X, a teacher now in Y", "a farmer from the town, now living in Y": where a person
# lives now, not a place a later "the town" points back at.
_LIVES_NOW_IN_BEFORE_RE = re.compile(
    r"(?:,|\b(?:an?|the|one|two|three|four)(?:\s+[\w'’-]+){1,3}?)\s+now\s+"
    r"(?:(?:living|based|sheltering|displaced|staying|settled)\s+)?in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: How far before a place the words telling a person lives there now are looked for.
_LIVES_NOW_REACH = 60


def _lives_now_in(ctx: _DocContext, s: int, m: Mention) -> bool:
    before = ctx.text[max(s, m.start - _LIVES_NOW_REACH) : m.start]
    return "now " in before and _LIVES_NOW_IN_BEFORE_RE.search(before) is not None


def _antecedent_told(ctx: _DocContext, index: int) -> Mention | None:
    """Return the place a strike sentence without one points back at ("struck it", "the city").

    "The hill of X had held out for three years. On Thursday, jets struck it 30
    times": the place is the one the sentence before names, when it names one
    place only, tells no strike of its own and lies in the same paragraph.
    """
    if index == 0:
        return None
    pronoun = _PRONOUN_STRUCK_RE.search(ctx.text, *ctx.sentences[index]) is not None
    anaphor = None if pronoun else _ANAPHOR_RE.search(ctx.text, *ctx.sentences[index])
    latest = None
    if anaphor is None and not pronoun:
        # "The most recent strike came on Sunday, when a missile landed near the main square":
        # the latest of the strikes told before on a place is a strike on that place, in a
        # paragraph of its own as much as in theirs. So is "A second strike came on
        # Wednesday", counted after them.
        anaphor = latest = _LATEST_STRIKE_OPENING_RE.match(
            ctx.text, ctx.sentences[index][0]
        ) or _COUNTED_AGAIN_OPENING_RE.match(ctx.text, *ctx.sentences[index])
    if not pronoun and anaphor is None:
        return None
    # "the town", "the village" point back at a settlement, never at a governorate the
    # sentence before names ("no record of a presence in X province").
    settlement = anaphor is not None and anaphor.group().lower().startswith("the")
    quarter = settlement and anaphor is not None and _QUARTER_WORD_RE.search(anaphor.group())
    start = ctx.sentences[index][0]
    scope = _scope_key(ctx, start)
    # "On Saturday the village was struck": a paragraph opened by the place's kind as the
    # subject points back at the paragraph before, as broadsheets break their paragraphs.
    # "Russian jets struck the town's covered market on Tuesday": a paragraph opened by a
    # strike on the kind's own building points back at the paragraph before as well.
    opens = (
        ctx.paragraphs[_paragraph_index(ctx, start)] == start
        and bool(
            latest is not None
            or _KIND_SUBJECT_OPENING_RE.match(ctx.text, start)
            or (settlement and _LATER_OPENING_RE.match(ctx.text, start) is not None)
            # "On Saturday, jets struck the town again": another strike on the place the
            # paragraph before told struck.
            or (settlement and _struck_again(ctx, index))
            # "He said jets had carried out 40 strikes on the town": a paragraph opened by the
            # voice of the paragraph before, as a pronoun, goes on with its place.
            or (settlement and _PRONOUN_SAID_OPENING_RE.match(ctx.text, start) is not None)
            # "#X | 10:45" on a line of its own, then "4 raids on the town this morning": a
            # post headed by its place's hashtag goes on with that place.
            or (settlement and _under_hashtag_heading(ctx.text, start))
            or (
                anaphor is not None
                and anaphor.group()[:3].lower() == "the"
                and _POSSESSIVE_AFTER_RE.match(ctx.text, anaphor.end()) is not None
            )
        )
    )
    crossed = False
    for j in range(index - 1, max(-1, index - 1 - _ANTECEDENT_LOOK_BACK), -1):
        s, e = ctx.sentences[j]
        if _scope_key(ctx, s) != scope:
            if not opens or crossed:
                return None
            crossed, scope = True, _scope_key(ctx, s)
        named = [
            m
            for m in _mentions_in(ctx, s, e)
            if not _is_foreign(m) and not _lives_now_in(ctx, s, m)
        ]
        if settlement:
            named = [
                m
                for m in named
                if split_designator(m.surface)[1] not in _ADMIN_WORDS and not _is_base(m)
            ]
        if quarter:
            # "siege on X in the city of Y. ... the district's eighth sector": the quarter told
            # before, not the city around it.
            quarters = [
                m for m in named if any(c.precision == "neighbourhood" for c in m.candidates)
            ]
            named = quarters or named
        before = [m for m in named if not _is_admin(ctx, m)] if crossed else named
        if not before:
            continue  # "Its 60,000 residents depend on smuggled food."
        if j in ctx.struck_sentences and not _struck_again(ctx, index):
            # "Jets struck X on Friday. The town's market was hit": the same strike, told on.
            return None
        if len(before) > 1 and len({place_key(m.surface) for m in before}) == 1:
            # "X, COUNTRY - MONTH 28: Residents inspect a crater in X. Jets hit the town": one
            # place named twice (a caption's opening line and its text) is one antecedent.
            before = before[-1:]
        kind_object = (
            _kind_object(ctx, *ctx.sentences[index]) if len(before) > 1 and not crossed else None
        )
        if len(before) > 1 and not crossed and (pronoun or kind_object):
            # "Troops failed to storm X in the Y region. Jets struck the village", "X, a town
            # in the Y region, ... On Sunday it was hit": the areas around X only locate it.
            finer = [m for m in before if not _is_area(ctx, m)]
            before = finer if len(finer) == 1 else before
        if len(before) > 1 and kind_object is not None:
            # "Troops seized the town of X after a campaign launched from the stronghold of Y.
            # Jets struck the town for a week": the one place the sentence before introduced
            # by the same kind is the one "the town" names again.
            kind = kind_object.group().split()[-1].lower()
            same = [m for m in before if _introduced_as(ctx.text, s, m) == kind]
            before = same if len(same) == 1 else before
        if len(before) != 1:
            # "X, a village of stone houses on a ridge, is the last ground ... on the road
            # to Y": the place the sentence is about opens it.
            if not crossed or not _PLACE_SUBJECT_AFTER_RE.match(ctx.text, before[0].end):
                return None
            if ctx.text[s : before[0].start].strip(" \"'“‘") != "":
                return None
        return before[0]
    return None


# "again", "once more": a strike told as another on the place just struck.
_AGAIN_RE = re.compile(r"\b(?:again|once\s+more|a\s+second\s+time)\b", re.IGNORECASE)
# "A second strike hit the hospital on Wednesday", "Another raid came on Friday", "The third
# hit on Saturday": a strike counted after the one told, opening its sentence (a clause of
# time before it allowed: "By the time the third hit ...").
_COUNTED_AGAIN_OPENING_RE = re.compile(
    r"[\s\"'“‘]*(?:(?:By\s+the\s+time|When|Then)\s+)?(?:(?:A|The)\s+(?:second|third|fourth|fifth"
    r"|sixth|next|last|final)|Another)\b(?:\s+(?:air\s*)?(?:strike|raid|attack|bomb|missile))?"
    r"(?=[\s,]+(?:on\b|came\b|hit\b|struck\b|fell\b|landed\b|followed\b|brought\b|destroyed\b"
    r"|killed\b|was\b|,))"
)


def _struck_again(ctx: _DocContext, index: int) -> bool:
    """Say whether a sentence pointing back at a place just struck tells another strike on it.

    "Jets struck X on Friday. On Saturday, they struck the town again": "again" with a day
    of its own makes it another strike on the place. "Air strikes hit a market in X. The
    strikes hit the town's market on Sunday" gives the strike told first its day: the same
    strike. A day a "since" clause counts from is no strike's.
    """
    s, e = ctx.sentences[index]
    again = (
        _AGAIN_RE.search(ctx.text, s, e) is not None
        or _COUNTED_AGAIN_OPENING_RE.match(ctx.text, s, e) is not None
    )
    return again and any(
        c.kind != "anaphoric" and not _in_since_onset(ctx.text, s, c)
        for c in _sentence_cues(ctx, index)
    )


# "struck the town", "raids on the village", "bombs fell in the city": the place's kind as
# the object of a strike word.
_KIND_OBJECT_AFTER_RE = re.compile(
    r"\s+(?:(?:down\s+)?(?:on|in|into|against|over)\s+)?the\s+(?:city|town|village|camp)\b"
    r"(?!\s+of\b|['’]s)",
    re.IGNORECASE,
)


def _kind_object(ctx: _DocContext, s: int, e: int) -> re.Match[str] | None:
    """Return the first "the town" a strike word of the sentence ``ctx.text[s:e]`` strikes."""
    for t in _in_range(ctx.triggers, s, e):
        found = _KIND_OBJECT_AFTER_RE.match(ctx.text, t.end)
        if found is not None and not _DAY_OF_RUN_BEFORE_RE.search(
            ctx.text, max(s, t.start - 60), t.start
        ):
            # Not ", the second day of raids on the city": the days of the raids counted.
            return found
    return None


# "seized the village of X", "took the X camp": a place introduced by its kind, which "the
# village" or "the camp" may name again.
_KIND_OF_BEFORE_RE = re.compile(r"\bthe\s+(city|town|village|camp)\s+of\s+$", re.IGNORECASE)


def _introduced_as(text: str, s: int, m: Mention) -> str:
    """Return the kind ("town", "village") ``m`` is introduced by in its sentence, or ""."""
    introduced = _KIND_OF_BEFORE_RE.search(text, max(s, m.start - 20), m.start)
    return introduced.group(1).lower() if introduced is not None else ""


# "On Saturday the village was struck", "The town was hit": the place's kind as the subject
# near the opening of its sentence.
_KIND_SUBJECT_OPENING_RE = re.compile(
    r"\s*(?:(?:On|Early\s+on|Late\s+on|By|Last)\s+[\w\s]{0,25}?,?\s+)?[Tt]he\s+"
    r"(?:city|town|village)\s+(?:was|were|has\s+been|had\s+been)\s+"
)


# "Hours later, helicopters dropped barrel bombs on the town": a paragraph opened by a time
# counted from what the paragraph before told goes on with that paragraph's place.
_LATER_OPENING_RE = re.compile(
    r"\s*(?:(?:Hours|Minutes|Moments)\s+later|Later\s+that\s+(?:day|night|evening)"
    r"|That\s+(?:same\s+)?(?:night|evening|afternoon))\s*,"
)


# "He said ...", "She added that ...": a paragraph opened by a pronoun and a verb of saying.
_PRONOUN_SAID_OPENING_RE = re.compile(
    r"\s*(?:He|She|They)\s+(?:also\s+)?(?:said|says|added|told\s+[A-Z][\w.]*)\b"
)


# "| 10:45", "| Friday 22 July 2016 | 14:05": the cells after a post's heading tag, holding
# only the post's day and clock time.
HEADING_CELLS_RE = re.compile(r"(?:[ \t]*\|[ \t]*[^|\n\d]{0,24}\d[^|\n]{0,24}){1,3}[ \t]*")
# "#X | 10:45": a line heading a post by its place's hashtag and the post's day or time.
HASHTAG_HEADING_RE = re.compile(r"[ \t]*#[^\W\d_][\w'’-]{1,40}" + HEADING_CELLS_RE.pattern)


def _under_hashtag_heading(text: str, start: int) -> bool:
    """Say whether the line just before ``start`` heads a post by its place's hashtag."""
    if start == 0 or text[start - 1] != "\n":
        return False
    line = text.rfind("\n", 0, start - 1) + 1
    return HASHTAG_HEADING_RE.fullmatch(text, line, start - 1) is not None


# "the town's": the place's kind owning what the strike hit.
_POSSESSIVE_AFTER_RE = re.compile(r"['’]s\s")


# "X, a village of ..., is": the place opening its sentence as the subject it describes.
_PLACE_SUBJECT_AFTER_RE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:city|town|village)\b"
)
