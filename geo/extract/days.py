"""The day of each place in a sentence of several days.

A sentence may give its places days of their own: a date right after each place, a
clause opening or closing on its own day, a count of days before or after another
strike ("a day after raids on Y"), a place "struck again on Thursday", or two days
joined by "and". These functions return those days, place by place, for the
sentence's events.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from itertools import pairwise

from geo.extract.context import (
    LIST_ITEM_GAP_RE,
    MORE_STRIKES_RE,
    _DocContext,
    _post_index,
    _sentence_clauses,
    _sentence_cues,
    _Span,
    describes_day,
)
from geo.extract.dates import DateCue, ResolvedDate, resolve_cue
from geo.extract.headings import _ITEM_JOIN_RE
from geo.extract.timing import (
    _CAME_BEFORE_RE,
    _PERIOD_BOUND_BEFORE_RE,
    _RELATIVE_CLAUSE_RE,
    _STATEMENT_BEFORE_RE,
    _apposed_counts,
    counted_from_day_before,
)
from geo.record import Mention, StrikeEvent

# "strikes on our partner hospital in X on 2 October and 14 October": a place, then two days.
_PLACE_DAY_GAP_RE = re.compile(r"\s*,?\s+on\s+(?:the\s+)?")


# Between a strike word and the first of its two days: "raids on", "strikes carried out on".
_STRIKE_DAYS_GAP_RE = re.compile(r"\s+(?:carried\s+out\s+)?on\s+(?:the\s+)?")


_TWO_DAYS_GAP_RE = re.compile(r"\s+and\s+(?:again\s+)?(?:on\s+)?(?:the\s+)?")


#: Two days a place is given, this far apart at least, are two strikes, not a window's ends.
_TWO_DAYS_APART = timedelta(days=2)

# "On 28 September and again on 1 October, bombs struck X": two days opening the sentence,
# a comma after them.
_FRONTED_DAYS_BEFORE_RE = re.compile(r"[\s\"“]*(?:[Oo]n\s+)?(?:the\s+)?")
_FRONTED_DAYS_AFTER_RE = re.compile(r"\s*,")


def _second_days(
    ctx: _DocContext,
    index: int,
    places: list[Mention],
    events: list[StrikeEvent],
    triggers: Sequence[_Span] = (),
) -> dict[int, ResolvedDate]:
    """Return the second day of each place written right before two days joined by "and".

    "after strikes on the hospital in X on 2 October and 14 October": two strikes on X, the
    event dated by the first day and one more on the second; so are the places of a sentence
    that opens with the two days ("On 28 September and again on 1 October, bombs struck X"),
    and those of a sentence whose strike word the two days follow ("In X, air raids on 10
    October and 12 October killed five"). Two days next to each other ("on Tuesday and
    Wednesday") are the ends of a window, as the sentence's date reads them.
    """
    text = ctx.text
    s, e = ctx.sentences[index]
    if " and " not in text[s:e]:
        return {}
    cues = [c for c in _sentence_cues(ctx, index) if c.kind != "anaphoric" and not c.window]
    if len(cues) < 2:
        return {}
    reference = ctx.posts[_post_index(ctx, s)].date
    dated = {ev.char_start: ev.event_date for ev in events}
    out: dict[int, ResolvedDate] = {}
    for first, second in pairwise(cues):
        if not _TWO_DAYS_GAP_RE.fullmatch(text, first.end, second.start):
            continue
        last = next(
            (
                i
                for i, m in enumerate(places)
                if m.end <= first.start and _PLACE_DAY_GAP_RE.fullmatch(text, m.end, first.start)
            ),
            None,
        )
        fronted = (
            last is None
            and _FRONTED_DAYS_BEFORE_RE.fullmatch(text, s, first.start) is not None
            and _FRONTED_DAYS_AFTER_RE.match(text, second.end) is not None
        )
        # "air raids on 10 October and 12 October": the days of the strikes the word names,
        # for every place of the sentence dated by one of them.
        struck_on = (
            last is None
            and not fronted
            and any(
                t.end <= first.start and _STRIKE_DAYS_GAP_RE.fullmatch(text, t.end, first.start)
                for t in triggers
            )
        )
        if last is None and not fronted and not struck_on:
            continue
        one, two = resolve_cue(first, reference), resolve_cue(second, reference)
        if one is None or two is None or "day" != one.precision or "day" != two.precision:
            continue
        if abs(two.date - one.date) < _TWO_DAYS_APART:
            continue
        if struck_on:
            chosen = list(places)
        elif last is None:
            # The days open the sentence: every place it tells after them.
            chosen = [m for m in places if m.start >= second.end]
        else:
            # "hit X, Y and Z on 2 October and 14 October": the run of places before the days.
            run = last
            while run > 0 and _ITEM_JOIN_RE.fullmatch(text, places[run - 1].end, places[run].start):
                run -= 1
            chosen = places[run : last + 1]
        for place in chosen:
            day = dated.get(place.start)
            if day == one.date:
                out[place.start] = two
            elif day == two.date:
                out[place.start] = one
    return out


# A place and its own date right after it: "near X on June 18"; a reference point may
# come between ("and on X, west of Aleppo, on Sunday", "Y, in Idlib province, on Monday"),
# or the region holding it with no commas ("on X and Y in southern Z on November 16").
# A list may give each place its day in brackets: "X (Monday), Y (Tuesday)". A part of the
# day may come before it: "near X late on Friday, and near Y early on Sunday".
_OWN_DATE_GAP_RE = re.compile(
    r"(?:\s+(?:city|town|village|province))?"
    r"(?:(?:\s*,\s*(?:[a-z-]+\s+){0,2}(?:of|in|near)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?:city|province|governorate|countryside))?\s*,"
    r"|(?P<region>\s+in\s+(?:the\s+)?"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?:city|province|governorate|countryside))?))?"
    r"\s+(?:(?:late|early)\s+)?on\s+(?:the\s+)?|\s*\(\s*(?:on\s+)?)"
)


# "X was hit on Monday and Y the following day": a day counted from the one told before it
# in the sentence, right after the place.
_OWN_COUNTED_DAY_GAP_RE = re.compile(r"\s+")


# A count on from that day ("the following day", "two days later"); "that day" or "the same
# day" is the day just told, not a place's own.
_COUNT_ON_RE = re.compile(r"\b(?:next|following|later|after)\b", re.IGNORECASE)


def _own_dates(
    ctx: _DocContext, index: int, places: list[Mention], triggers: Sequence[_Span] = ()
) -> dict[int, ResolvedDate]:
    """Return the date written right after each place, in a sentence of several.

    "Jets struck near X on June 18, and hit Y on June 16": each place has
    its own day, not the one the sentence's strike word sits closest to.
    So has "X on Monday, the second attack since the raid on Y last month"
    (a relative date counts from the writing, as the sentence's own would).
    A day after the place that no strike word comes before, with another
    day between it and the strike words ("searched the ruins of X on
    Saturday after Friday's raids"), is the day of what was done there
    after the strike, not the strike's.
    """
    every = _sentence_cues(ctx, index)
    cues = [c for c in every if c.kind != "anaphoric" and not describes_day(c, every)]
    reference = ctx.posts[_post_index(ctx, ctx.sentences[index][0])].date
    own: dict[int, ResolvedDate] = {}
    if cues and len(cues) < len(every):
        # "A was hit on Monday and B the following day": a count on right after B runs
        # from the last day written before it.
        for m in places:
            counted = next((c for c in every if c.start >= m.end), None)
            told = [c for c in cues if c.end <= m.start]
            if (
                counted is None
                or not _COUNT_ON_RE.search(counted.text)
                or not told
                or not _OWN_COUNTED_DAY_GAP_RE.fullmatch(ctx.text, m.end, counted.start)
            ):
                continue
            base = resolve_cue(told[-1], reference)
            resolved = resolve_cue(counted, base.date) if base is not None else None
            if resolved is not None:
                own[m.start] = resolved
    if len(cues) < 2:
        return own
    starts = [c.start for c in cues]
    for m in places:
        i = bisect_left(starts, m.end)
        gap = _OWN_DATE_GAP_RE.fullmatch(ctx.text, m.end, starts[i]) if i < len(cues) else None
        if gap is None:
            continue
        if gap["region"] and not any(t.end <= m.start for t in triggers):
            # "seized X in the Y on May 26 following airstrikes on it on May 25": with no
            # strike word before it, the region's day is what was done there, not a strike.
            continue
        # "X (Feb 16, barrel bombs), Y (Feb 17, ...)": a day opening a bracket right after the
        # place is a note on that place, whatever strike words the list's brackets hold after.
        bracketed = "(" in ctx.text[m.end : starts[i]]
        if triggers and not bracketed and all(t.start >= cues[i].end for t in triggers):
            first = min(t.start for t in triggers)
            if any(cues[i].end <= c.start and c.end <= first for c in cues):
                continue
        resolved = resolve_cue(cues[i], reference)
        if triggers and not bracketed and all(t.start >= cues[i].end for t in triggers):
            # "dropped leaflets on X on Monday, then bombed it on Tuesday": the strike comes
            # back to the place by a pronoun, with a day of its own.
            back = _STRUCK_IT_ON_RE.search(ctx.text, cues[i].end, ctx.sentences[index][1])
            later = next((c for c in cues if back is not None and c.start == back.end()), None)
            if later is not None:
                resolved = resolve_cue(later, reference)
        if resolved is not None:
            own[m.start] = resolved
    # "struck A, B and C on October 13-15, ..., which seized D on October 13": the day after
    # a list's last item is the whole list's.
    for m, after in reversed(list(itertools.pairwise(places))):
        if (
            m.start not in own
            and after.start in own
            and LIST_ITEM_GAP_RE.fullmatch(ctx.text, m.end, after.start)
        ):
            own[m.start] = own[after.start]
    return own


# ", then bombed it on Tuesday", "and later struck them early on Wednesday": a strike word whose
# object is a pronoun, then the start of its own day.
_STRUCK_IT_ON_RE = re.compile(
    r"\b(?:then|and|before|later)\s+(?:(?:later|then)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:bombed|struck|hit|pounded|raided|targeted|shelled)\s+(?:it|them)\s+"
    r"(?:(?:on|early|late|in\s+the\s+early\s+hours\s+of)\s+)*(?:on\s+)?"
)


# "struck the X hospital on 8 June, and a clinic in Y that was damaged on Saturday": a
# clause telling the harm done to what it names, in a sentence of strikes, is a strike clause.
_HARM_PASSIVE_RE = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been)\s+(?:badly\s+|heavily\s+|partly\s+)?"
    r"(?:damaged|destroyed|put\s+out\s+of\s+(?:service|action))\b"
)


# ", and yesterday they bombed Y", ", and a man was killed": a comma and a conjunction open
# another clause (or close a list, whose last item is then a clause without a day).
# "bombed X over the past week and on Monday struck Y": "and on" a day opens a clause with no
# comma ("and on nearby Y on May 25" goes on with the places).
_AND_CLAUSE_RE = re.compile(
    r",\s*(?:and|but|then)\s"
    r"|\s(?:and|but)\s(?=on\s+(?:(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|\d))",
    re.IGNORECASE,
)


# ", and on Wednesday Y": a clause of a day and a place only, its strike word left out.
_GAPPED_OPENING_RE = re.compile(r",\s*(?:and|then)\s+(?:on\s+)?(?:the\s+)?", re.IGNORECASE)


_GAPPED_PLACE_RE = re.compile(r"\s*,?\s*")


def _clause_dates(
    ctx: _DocContext, index: int, places: list[Mention], triggers: list[_Span]
) -> dict[int, ResolvedDate]:
    """Return the day of each place whose clause opens or closes on a day of its own.

    "On Monday jets hit X; on Wednesday they bombed Y" and "Three days ago
    jets hit X, and yesterday they bombed Y": in a sentence of several days,
    a strike clause that holds one day is dated by it ("Yesterday, Saturday,"
    writes one day twice). A day a statement
    gives ("said on Monday") or a period's bound ("since Monday") does not
    count.
    """
    text = ctx.text
    s, e = ctx.sentences[index]
    reference = ctx.posts[_post_index(ctx, s)].date
    # "On Tuesday jets hit X, and a day later Y": a count from the sentence's own day.
    cues = _sentence_cues(ctx, index)
    counted = counted_from_day_before(text, s, cues, reference) if len(cues) > 1 else {}
    # "On June 8, three days after the truce lapsed, jets hit X": a count set off by commas
    # on both sides describes its day, and counts no strike from it.
    for i in _apposed_counts(text, e, cues, triggers):
        counted.pop(cues[i].start, None)
    cues = [
        c
        for c in cues
        if (c.kind != "anaphoric" or c.start in counted) and not describes_day(c, cues)
    ]
    if len(cues) < 2:
        return {}
    bounds = sorted(
        {a for a, _ in _sentence_clauses(ctx, s, e)}
        | {m.start() for m in _AND_CLAUSE_RE.finditer(text, s, e)}
    )
    bounds.append(e)
    out: dict[int, ResolvedDate] = {}
    for m in places:
        i = bisect_right(bounds, m.start) - 1
        if i + 1 >= len(bounds):
            # A place named after the sentence (an outlet's town in its footer) has no
            # clause of the sentence, nor a day of one.
            continue
        lo, hi = bounds[max(i, 0)], bounds[i + 1]
        own = [c for c in cues if lo <= c.start and c.end <= hi]
        # ", and six more on Saturday near X": a count of more strikes is a strike clause;
        # so is ", and on Wednesday Y", the strike word of the clause before left out.
        if not own or not (
            any(lo <= t.start < hi for t in triggers)
            or MORE_STRIKES_RE.match(text, lo, hi)
            or (triggers and _HARM_PASSIVE_RE.search(text, lo, hi))
            or (
                any(t.end <= lo for t in triggers)
                and _GAPPED_OPENING_RE.fullmatch(text, lo, own[0].start)
                and _GAPPED_PLACE_RE.fullmatch(text, own[0].end, m.start)
            )
        ):
            continue
        cue = own[0]
        window = max(s, cue.start - 40)
        if _STATEMENT_BEFORE_RE.search(text, window, cue.start) or _PERIOD_BOUND_BEFORE_RE.search(
            text, max(s, cue.start - 12), cue.start
        ):
            continue
        relative = (
            _RELATIVE_CLAUSE_RE.search(text, m.end, cue.start) if m.end <= cue.start else None
        )
        if relative is not None and not any(
            relative.start() <= t.start < cue.start for t in triggers
        ):
            # "struck the towns of X and Y, which the rebels took last week": the day of the
            # relative clause's own verb, not the strike's.
            continue
        if cue.start in counted and cue.rule == "shift" and m.start >= cue.end:
            # "buried them on Thursday, two days after jets struck X": the strike after the
            # count lies that many days before the day (after it, for "before").
            way = cue.text.split()[-1].lower()
            if way in ("after", "before"):
                cue = replace(cue, shift=-cue.shift)
        resolved = resolve_cue(cue, counted.get(cue.start, reference))
        # "Yesterday, Saturday, jets hit X": one day written twice holds one day.
        if len(own) > 1 and (
            resolved is None
            or any(
                (r := resolve_cue(c, counted.get(c.start, reference))) is None
                or r.date != resolved.date
                for c in own[1:]
            )
        ):
            continue
        if resolved is not None:
            out[m.start] = resolved
    return out


# "a day after air strikes killed 20 people in X": the words between a count of days and
# the place it dates; a strike word must be among them.
_SHIFTED_GAP_RE = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,6}?(?:on|in|at|near|against|targeting)\s+(?:the\s+)?"
    r"(?:(?:town|village|city|district)\s+of\s+)?",
    re.IGNORECASE,
)


# Strike nouns only: "a day after jets struck X" is a clause whose day the sentence's own
# date already counts back (see ``timing``), so a verb there shifts nothing again.
_SHIFTED_STRIKE_RE = re.compile(
    r"\b(?:raids?|strikes?|airstrikes?|bombing|bombardment|attacks?|barrel\s+bombs?|massacre)\b",
    re.IGNORECASE,
)


# "two days after the massacre in the vegetable market of X on the 30th": the words from
# the count to a place the strike it runs from names, which may be located by what in it
# was hit ("the market of X").
_ANCHOR_GAP_RE = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,8}?(?:on|in|at|near|of)\s+(?:the\s+)?", re.IGNORECASE
)


def _shifted_dates(
    ctx: _DocContext, index: int, places: list[Mention], dated: ResolvedDate
) -> dict[int, ResolvedDate]:
    """Return the day of each place struck in a phrase a count of days opens.

    "Jets struck X on Monday, a day after raids on Y": Y was struck the day
    before the sentence's strike; "two days before strikes on Y", two days after.
    """
    shifts = [c for c in _sentence_cues(ctx, index) if c.rule == "shift"]
    if not shifts:
        return {}
    text = ctx.text
    # "Two days later helicopters dropped barrel bombs on X": a count opening the sentence
    # has dated all of it already (see ``timing``); "A day after raids on X, ..." opens a
    # phrase of its own.
    start = ctx.sentences[index][0]
    shifts = [
        c
        for c in shifts
        if text[start : c.start].strip(" \t\n\"'“‘(")
        or c.text.lower().endswith(("after", "before"))
    ]
    if len(shifts) == 1 == len(_sentence_cues(ctx, index)) and _CAME_BEFORE_RE.search(
        text, max(start, shifts[0].start - 30), shifts[0].start
    ):
        # "The strikes came a day after helicopters dropped barrel bombs on X", the sentence's
        # one day: it has dated X already (see ``timing``), barrel bombs or not.
        return {}
    out: dict[int, ResolvedDate] = {}
    every = _sentence_cues(ctx, index)
    reference = ctx.posts[_post_index(ctx, start)].date
    for m in places:
        for cue in shifts:
            anchor = next((c for c in every if c.start >= m.end), None)
            if (
                cue.end <= m.start
                and cue.text.lower().endswith(("after", "before"))
                and anchor is not None
                and anchor.kind != "anaphoric"
                and _ANCHOR_GAP_RE.fullmatch(text, cue.end, m.start)
                and _SHIFTED_STRIKE_RE.search(text, cue.end, m.start)
                and _OWN_DATE_GAP_RE.fullmatch(text, m.end, anchor.start)
            ):
                # "two days after the massacre in the market of X on the 30th": the strike
                # the count runs from has its own day written right after its place.
                resolved = resolve_cue(anchor, reference)
                if resolved is not None:
                    out[m.start] = resolved
                continue
            if (
                cue.end <= m.start
                and _SHIFTED_GAP_RE.fullmatch(text, cue.end, m.start)
                and _SHIFTED_STRIKE_RE.search(text, cue.end, m.start)
            ):
                # cue.shift counts from the strike told before: "a day after" is +1, so
                # the strike it names came a day before this sentence's.
                day = dated.date - timedelta(days=cue.shift)
                out[m.start] = ResolvedDate(day, "day", "relative")
    return out


# "struck again on Thursday", "hit again the next day": a strike word, "again", then the day.
# "struck the town again on the 26th": the place named again by its kind, one place.
_AGAIN_AFTER_STRIKE_RE = re.compile(
    r"\s+(?:(?:it|them|there|(?P<kind>the\s+(?:town|village|city|camp)))\s+)?"
    r"(?:(?:once|yet)\s+)?again\b",
    re.IGNORECASE,
)


# "on Monday and again on Thursday", "on Monday evening, and again early Tuesday".
_AGAIN_AFTER_DAY_RE = re.compile(
    r"\s*,?\s*(?:and|then)\s+(?:(?:once|yet)\s+)?again\b", re.IGNORECASE
)


# "was again hit on Thursday", "were once again bombed on Thursday": "again" before the
# strike word, the day after it.
_AGAIN_BEFORE_STRIKE_RE = re.compile(
    r"\b(?:(?:once|yet)\s+)?again\s+(?:(?:being|been|be)\s+)?$", re.IGNORECASE
)


# Between "again" (or its strike word) and the day: "on", "early", "late", "in the early
# hours of", "at dawn on", "the following".
_AGAIN_DAY_GAP_RE = re.compile(
    r"[\s,]*(?:(?:on|early|late|in|at|during|the|of|dawn|morning|afternoon|evening|night|"
    r"hours)\s+){0,5}",
    re.IGNORECASE,
)


def _again_dates(
    ctx: _DocContext,
    index: int,
    places: list[Mention],
    triggers: Sequence[_Span],
    events: list[StrikeEvent],
) -> dict[int, ResolvedDate]:
    """Return the second day of each place a sentence says was struck again on a later day.

    "X, hit on Monday, was struck again on Thursday" and "Jets struck X on Monday and
    again on Thursday" tell two strikes on X: the event dated Monday, and one more on
    Thursday. "Again" repeats the places told before it in the sentence, unless a place
    stands right before it ("X on Monday and Y again on Thursday": Y's own day).
    """
    text = ctx.text
    s, e = ctx.sentences[index]
    cues = _sentence_cues(ctx, index)
    if len(cues) < 2 or "gain" not in text[s:e]:
        return {}
    reference = ctx.posts[_post_index(ctx, s)].date
    dated = {ev.char_start: ev.event_date for ev in events}
    out: dict[int, ResolvedDate] = {}
    for previous, cue in pairwise(cues):
        opening, kind = _again_opening(text, previous, cue, triggers)
        before = [m for m in places if opening is not None and m.end <= opening]
        if not before:
            continue
        if kind:
            # "the town" names one place again: the last told before it.
            before = before[-1:]
        base = dated.get(before[-1].start)
        resolved = resolve_cue(cue, base if cue.kind == "anaphoric" and base else reference)
        if resolved is None or resolved.date > reference + timedelta(days=1):
            continue
        # "X, which was bombed on Monday, was again hit on Thursday": the sentence is dated
        # by its main clause; the day of the strike struck before is the other event's.
        struck_before = any(
            t.end <= previous.start and _AGAIN_DAY_GAP_RE.fullmatch(text, t.end, previous.start)
            for t in triggers
        )
        first = resolve_cue(previous, reference) if struck_before else None
        for m in before:
            day = dated.get(m.start)
            if day is not None and resolved.date > day:
                out[m.start] = resolved
            elif day == resolved.date and first is not None and first.date < day:
                out[m.start] = first
    return out


def _again_opening(
    text: str, previous: DateCue, cue: DateCue, triggers: Sequence[_Span]
) -> tuple[int | None, bool]:
    """Return where the "again" clause dated by a cue opens, and whether it names its place.

    The opening is None when no "again" dates the cue; the flag is set when the clause names
    its one place again by its kind ("struck the town again").
    """
    start = cue.start
    for t in triggers:
        if t.end > start or start - t.end > 60:
            continue
        after = _AGAIN_AFTER_STRIKE_RE.match(text, t.end)
        if after is not None and _AGAIN_DAY_GAP_RE.fullmatch(text, after.end(), start):
            return t.start, after.group("kind") is not None
        if _AGAIN_BEFORE_STRIKE_RE.search(text, max(0, t.start - 20), t.start) and (
            _AGAIN_DAY_GAP_RE.fullmatch(text, t.end, start)
        ):
            return t.start, False
    after = _AGAIN_AFTER_DAY_RE.match(text, previous.end)
    if after is not None and _AGAIN_DAY_GAP_RE.fullmatch(text, after.end(), start):
        return previous.start, False
    return None, False
