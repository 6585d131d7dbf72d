"""Who struck and who tells it, when a sentence names neither.

A report names the aircraft and the voice once, then goes on: "The jets also hit X",
"that day's strikes", a row of a table under a heading naming the party responsible.
These functions find the air force and the claimant such a sentence carries on from:
the sentence before, the strikes told a few sentences back, the paragraph's
opening, a list's heading or a table's lead.
"""

from __future__ import annotations

import re

from geo.extract.attributes import _ACTOR_RE, _actor_of, _claimant_side, _sentence_actor_cues
from geo.extract.context import (
    _carried,
    _DocContext,
    _find_cached,
    _paragraph_index,
    _sentence_cues,
)
from geo.extract.dates import tells_day
from geo.extract.records import _strike_table_row
from geo.extract.timing import (
    _MORE_STRIKES_OPENING_RE,
    _SAME_STRIKES_OPENING_RE,
    _SAME_STRIKES_REPORTED_RE,
)
from geo.extract.triggers import _valid_triggers
from geo.extract.voices import _claimant_of
from geo.record import Mention

# "Cluster bombs also struck the village of X": "also" goes on with the strikes told last.
_ALSO_STRUCK_RE = re.compile(
    r"\balso\s+(?:struck|hit|fell\s+on|targeted|bombed|pounded|raided|landed\s+on)\b",
    re.IGNORECASE,
)


# ", the Civil Defence said, adding ...": the voice's verb closing the strikes' clause.
_VOICE_VERB_RE = re.compile(r",\s+(?:the\s+)?[^,.;:]{1,80}?\s+(?:said|says|reported|added)\b")


# "Warplanes also carried out ...": unnamed aircraft opening a sentence, going on with "also"
# ("The warplanes also ..." points back of its own).
_AIRCRAFT_ALSO_RE = re.compile(r"[\s\"'“‘]*(?:[Ww]ar)?(?:[Pp]lanes|[Jj]ets|[Aa]ircraft)\s+also\s")


# "jets", "warplanes": fixed-wing aircraft, which unnamed "warplanes also" go on with.
_FIXED_WING_RE = re.compile(r"\b(?:war)?(?:planes|jets)\b|\baircraft\b", re.IGNORECASE)


#: How many sentences back the strikes "also" goes on with may be told.
_ALSO_LOOK_BACK = 3


def _also_struck_actor(ctx: _DocContext, index: int) -> str | None:
    """Return the actor of the strikes a paragraph's opening goes on with by "also".

    "Russian warplanes carried out 20 strikes on X on Sunday." then, in a paragraph of its
    own, "Cluster bombs also struck the village of Y": the same aircraft, whatever other
    aircraft the report names later. A sentence naming a day of its own tells other strikes.
    """
    s, e = ctx.sentences[index]
    if "also" not in ctx.lower[s:e]:
        return None
    if ctx.paragraphs[_paragraph_index(ctx, s)] != s:
        # Within a paragraph, the sentences before carry their actor already.
        return None
    if _AIRCRAFT_ALSO_RE.match(ctx.text, s) is not None:
        # "Warplanes also carried out strikes yesterday on X": the aircraft the report named
        # last, whatever day they struck again (not a helicopter's barrel bombs told since).
        for j in range(index - 1, max(-1, index - 1 - _ALSO_LOOK_BACK), -1):
            a, b = ctx.sentences[j]
            if j in ctx.struck_sentences and _FIXED_WING_RE.search(ctx.text, a, b) is not None:
                return _actor_of(ctx, j)
        return None
    if _ALSO_STRUCK_RE.search(ctx.text, s, e) is None:
        return None
    # "Raids also hit X, rescuers said, adding that teams were still searching there late on
    # Sunday": a day told after the voice's verb is what the voice adds, not the strikes' own.
    said = _VOICE_VERB_RE.search(ctx.text, s, e)
    cut = said.start() if said is not None else e
    if any(tells_day(c) and c.start < cut for c in _sentence_cues(ctx, index)):
        # "Cluster bombs also fell on X early on Monday": a day of its own, other strikes.
        return None
    return _last_struck_actor(ctx, index)


def _last_struck_actor(ctx: _DocContext, index: int) -> str | None:
    """Return the actor of the last strikes told a few sentences before a sentence."""
    for j in range(index - 1, max(-1, index - 1 - _ALSO_LOOK_BACK), -1):
        actor = _actor_of(ctx, j) if j in ctx.struck_sentences else None
        if actor:
            return actor
    return None


#: How many sentences back "a second wave of strikes" looks for the aircraft told before.
_MORE_STRIKES_LOOK_BACK = 6


def _same_strikes_claimant(ctx: _DocContext, index: int) -> str | None:
    """Return the source of the strikes a sentence goes on with ("The jets also hit X").

    A later paragraph opening on the aircraft or strikes told before, with no
    source of its own, is still told by the source of the last dated strike.
    """
    last = ctx.last_date
    if last is None or last[1] >= index:
        return None
    if _SAME_STRIKES_OPENING_RE.match(ctx.text, ctx.sentences[index][0]) is None:
        return None
    return _claimant_of(ctx, last[1]) or _carried(ctx, last[1], _claimant_of)


# "the same aircraft", "the same jets": those of the strike told before.
_SAME_AIRCRAFT_RE = re.compile(
    r"\b[Tt]he\s+same\s+(?:jets|warplanes|war\s?planes|planes|aircraft|bombers|helicopters)\b"
)


# "killed in Saturday's airstrikes on X": strikes named by the day they fell on.
_DAYS_STRIKES_RE = re.compile(
    r"\b(?P<day>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\s+(?:(?:Russian|Syrian|regime|"
    r"government|coalition)\s+)?(?:air\s*strikes|air\s*raids|strikes|raids|bombing|bombardment)\b"
)


#: How many sentences above the search for the strikes of a named day goes.
_DAYS_STRIKES_LOOK_BACK = 4


def _days_strikes_actor(ctx: _DocContext, index: int) -> str | None:
    """Return the aircraft of "that day's strikes" as the sentence telling them named them.

    "On Saturday, X and Y jets pounded A." then "the monitor said 13 civilians were killed
    in Saturday's airstrikes on A and B": the strikes of the day named are those told
    before on that day, whose aircraft may be one side, another, or both ("unknown").
    """
    s, e = ctx.sentences[index]
    if "day" not in ctx.text[s:e]:
        return None
    named = _DAYS_STRIKES_RE.search(ctx.text, s, e)
    if named is None:
        return None
    day = named.group("day") + "day"
    for j in range(index - 1, max(-1, index - 1 - _DAYS_STRIKES_LOOK_BACK), -1):
        a, b = ctx.sentences[j]
        if day in ctx.text[a:b] and _valid_triggers(ctx, j, a, b):
            actor = _actor_of(ctx, j)
            if actor:
                return actor
    return None


def _same_strikes_actor(ctx: _DocContext, index: int) -> str | None:
    """Return the aircraft of the strikes a sentence goes on with, when it names none.

    "Government warplanes bombed villages ... on Monday." then "The Observatory
    says strikes hit X and Y": the strikes are the government warplanes' told before.
    """
    s, e = ctx.sentences[index]
    if "same" in ctx.text[s:e] and _SAME_AIRCRAFT_RE.search(ctx.text, s, e):
        # "The following morning, the same aircraft struck X": the aircraft of the strike told
        # before, whatever day this one has.
        earlier = [d[1] for d in (ctx.last_date, ctx.prior_date) if d is not None and d[1] < index]
        if earlier:
            return _single_actor(ctx, max(earlier))
    if _MORE_STRIKES_OPENING_RE.match(ctx.text, s):
        # "In nearby X, a second wave of strikes ...": the aircraft last named before.
        for j in range(index - 1, max(-1, index - 1 - _MORE_STRIKES_LOOK_BACK), -1):
            actor = _actor_of(ctx, j)
            if actor:
                return actor
        return None
    last = ctx.last_date
    if last is None or last[1] > index:
        return None
    if (
        _SAME_STRIKES_OPENING_RE.match(ctx.text, s) is None
        and _SAME_STRIKES_REPORTED_RE.search(ctx.text, s, e) is None
    ):
        return None
    if last[1] == index:
        # "Government warplanes pounded two towns on Sunday." then "The Observatory said air
        # strikes hit X and Y on Sunday afternoon": a sentence dated of its own goes on with
        # the strikes told before on the same day, or with those it says it adds to
        # ("warplanes also fired"), when that sentence names one air force alone.
        prior = ctx.prior_date
        if prior is None or prior[1] >= index:
            return None
        if prior[0].date != last[0].date and not _ALSO_RE.search(ctx.text, s, e):
            return None
        return _single_actor(ctx, prior[1])
    told = ctx.sentences[last[1]]
    if len({a.label for a in _find_cached(ctx, _ACTOR_RE, *told)}) > 1:
        # "Russian and Assad regime warplanes launched raids": whose strike it goes on with
        # is not said.
        return None
    return _actor_of(ctx, last[1]) or _carried(ctx, last[1], _actor_of)


_ALSO_RE = re.compile(r"\balso\b")


# ", while Y helicopters dropped barrel bombs on Z": a clause set against the one before it.
_CONTRAST_CLAUSE_RE = re.compile(r"[,;]\s*(?:while|whereas)\s")


def _actor_before_contrast(ctx: _DocContext, index: int, s: int, e: int, m: Mention) -> str | None:
    """Return the aircraft told before for a place whose clause names aircraft of no side.

    "A said warplanes targeted X and Y, while regime helicopters dropped barrel bombs on Z":
    the one side named, in the clause set against X's, is Z's striker; X and Y take the
    aircraft told in the sentences of the paragraph before, or in the sentence right before.
    """
    cues, single = _sentence_actor_cues(ctx, s, e)
    if not single:
        return None
    text = ctx.text
    contrast = _CONTRAST_CLAUSE_RE.search(text, m.end, cues[0].start)
    if contrast is None or any(c.start < contrast.start() for c in cues):
        return None
    # The side opens the clause set against X's and names its aircraft ("while regime
    # helicopters dropped ..."), not forces told later in it.
    if cues[0].start - contrast.end() > 6 or not _AIRCRAFT_NAMED_RE.match(
        ctx.lower, cues[0].end + 1
    ):
        return None
    if _AIRCRAFT_NAMED_RE.search(ctx.lower, s, m.start) is None:
        return None
    # A story of one sentence a paragraph goes on with the sentence before, past its break.
    return _carried(ctx, index, _actor_of) or (_actor_of(ctx, index - 1) if index else None)


# "..., the jets struck shelters in X": the aircraft of the sentence before, told again with
# the article alone.
_DEFINITE_AIRCRAFT_RE = re.compile(
    r"\b[Tt]he\s+(?:jets|warplanes|war\s?planes|aircraft|planes|bombers|helicopters)\b"
)


_AIRCRAFT_NAMED_RE = re.compile(
    r"\b(?:jets?|warplanes?|war\s?planes?|aircraft|planes?|bombers?|helicopters?|Su-?\d+\w*)\b"
)


def _definite_aircraft_before(ctx: _DocContext, index: int) -> str | None:
    """Return the one air force of the sentence before, when this one says "the jets" of it.

    "Turkish jets destroyed 22 targets on Wednesday, the General Staff said. According to its
    statement, the jets struck shelters in X": a story of one sentence a paragraph goes on
    with the aircraft the paragraph before named.
    """
    if index == 0:
        return None
    s, e = ctx.sentences[index]
    if _DEFINITE_AIRCRAFT_RE.search(ctx.text, s, e) is None:
        return None
    # "Regime forces also shelled X. ... the warplanes carried out raids": a side on the
    # ground names no aircraft to go on with.
    if _AIRCRAFT_NAMED_RE.search(ctx.text, *ctx.sentences[index - 1]) is None:
        return None
    return _single_actor(ctx, index - 1)


# "On Thursday the warplanes returned.": the aircraft told before, back over the places.
# "In the afternoon they came back and struck X": the aircraft as a pronoun.
_RETURNED_AIRCRAFT_RE = re.compile(
    r"\b(?:[Tt]he\s+(?:jets|warplanes|war\s?planes|aircraft|planes|bombers|helicopters)"
    r"|[Tt]hey)\s+(?:returned|came\s+back|were\s+back)\b"
)


#: How many sentences back the return may be told, and the aircraft that return before it.
_RETURN_LOOK_BACK = 2


_RETURNED_FROM_LOOK_BACK = 4


def _returned_aircraft_actor(ctx: _DocContext, index: int) -> str | None:
    """Return the air force of the aircraft a paragraph says "returned", for its strikes.

    "On Wednesday, Russian jets struck X." then "On Thursday the warplanes returned. In Y,
    two air strikes hit the market": the same aircraft, whatever other aircraft the report
    names later. The return is told in the sentence or one shortly before it in its
    paragraph; the aircraft it goes back to, in the nearest strike sentence before it that
    names one air force.
    """
    s = ctx.sentences[index][0]
    para = _paragraph_index(ctx, s)
    for j in range(index, max(-1, index - 1 - _RETURN_LOOK_BACK), -1):
        js, je = ctx.sentences[j]
        if _paragraph_index(ctx, js) != para:
            break
        if _RETURNED_AIRCRAFT_RE.search(ctx.text, js, je) is None:
            continue
        for k in range(j - 1, max(-1, j - 1 - _RETURNED_FROM_LOOK_BACK), -1):
            # "In X, a strike hit a street": a strike naming no aircraft goes on with them.
            # "We know the Russian ones by their sound. They hit the market in X.": a strike
            # naming none goes on with the aircraft its paragraph named before it.
            actor = (
                (_single_actor(ctx, k) or _carried(ctx, k, _single_actor))
                if k in ctx.struck_sentences
                else None
            )
            if actor:
                return actor
        return None
    return None


def _carried_claimant_side(ctx: _DocContext, index: int) -> str | None:
    """Return the side of the claimant a sentence speaking in no voice of its own goes on in.

    "Howitzers struck 148 targets, the TSK said. Separately, jets hit five positions in X":
    the army's statement goes on, and the jets it tells of are its own, as they would be had
    the sentence named it. The nearest earlier voice of the paragraph or post is the one.
    """
    if _claimant_of(ctx, index) is not None:
        return None

    def side(c: _DocContext, j: int) -> str | None:
        # A voice that speaks for no side still ends the search ("-").
        return (_claimant_side(c, j) or "-") if _claimant_of(c, j) is not None else None

    found = _carried(ctx, index, side)
    return None if found in (None, "-") else found


#: How many sentences above a table row the search for the aircraft of its strikes goes.
_TABLE_ACTOR_LOOK_BACK = 8


def _table_actor(ctx: _DocContext, index: int) -> str | None:
    """Return the aircraft of the strikes a table row counts, told above its table.

    "More than 100 air strikes by X warplanes in 48 hours ..." then a heading "Number of
    air strikes, Saturday and Sunday:" and rows "A: 58", "B: 9": the nearest sentence above
    telling strikes with one air force names the rows' aircraft; one telling strikes by
    several, or none, leaves them to the other rules.
    """
    s = ctx.sentences[index][0]
    if not _strike_table_row(ctx, s):
        return None
    for j in range(index - 1, max(-1, index - 1 - _TABLE_ACTOR_LOOK_BACK), -1):
        a, b = ctx.sentences[j]
        if _strike_table_row(ctx, a) or not _valid_triggers(ctx, j, a, b):
            continue
        if _find_cached(ctx, _ACTOR_RE, a, b):
            return _single_actor(ctx, j)
    return None


#: How far above a list item its heading may stand.
_HEADING_LOOK_BACK = 1500


# "4. Name, 58, from X. Killed ...", "- Name ...": a numbered or bulleted item's line.
_ITEM_LINE_RE = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-•*])[ \t]")


def _heading_actor(ctx: _DocContext, index: int) -> str | None:
    """Return the party a list's heading names as responsible for the items under it.

    "Killed by X forces:" above numbered items "1. A, from Y. Killed on D in Z, when
    missiles hit the street.": the one side the nearest heading (a short line ending
    with a colon) names is the aircraft of an item that names none. A heading naming
    several sides, or none, leaves the item to the other rules.
    """
    text = ctx.text
    s = ctx.sentences[index][0]
    pos = text.rfind("\n", 0, s) + 1
    if not _ITEM_LINE_RE.match(text, pos):
        return None
    low = max(0, pos - _HEADING_LOOK_BACK)
    while pos > low:
        start = text.rfind("\n", 0, pos - 1) + 1
        end, pos = pos, start
        line = text[start:end].strip()
        if not line.endswith(":") or len(line) > 60 or _ITEM_LINE_RE.match(line):
            continue
        labels = {a.label for a in _find_cached(ctx, _ACTOR_RE, start, end)}
        return labels.pop() if len(labels) == 1 else None
    return None


def _single_actor(ctx: _DocContext, index: int) -> str | None:
    """Return the aircraft sentence ``index`` names, when it names one air force alone."""
    cues = _find_cached(ctx, _ACTOR_RE, *ctx.sentences[index])
    return _actor_of(ctx, index) if len({a.label for a in cues}) == 1 else None
