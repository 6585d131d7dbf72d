"""Headings and list items that give the strikes below them a day or a place.

A release or a log heads each day's paragraph with its date ("Friday 30 September:"),
a list of incidents heads each with its place and day ("1. X, Rif Dimashq - 1
December 2015"), a section with its place ("C. X"), and a running list gives each
item its day and places before a colon ("- Jan. 22: A, B, C"). These functions read
such headings and items for the sentences under them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date, timedelta

from geo.extract.context import (
    _DocContext,
    _mentions_in,
    _paragraph_index,
    _sentence_at,
    _sentence_cues,
)
from geo.extract.dates import DateCue, ResolvedDate, resolve_cue
from geo.extract.levels import _is_admin, _is_area, _is_foreign
from geo.extract.lexicon import alternation, load
from geo.extract.lists import is_list_line
from geo.extract.names import _LANDMARK_RE
from geo.extract.tables import is_count_row
from geo.extract.triggers import _valid_triggers
from geo.record import Mention

# A list item opening with its day: "- Tuesday 2 Feb, X: the market ...", "3) Yesterday, X:",
# "TUE 2 FEB - X:" (a sidebar's day set off by a dash), "Oct. 20, 2015 - X, Y governorate:" (a
# short month's stop before its day's number).
_ITEM_OPENING_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-–•*][ \t]*|\d{1,2}[.)][ \t]*)?"
    r"(?:[^\n:;.]|(?:(?<=\b[A-Z][a-z]{2})|(?<=\bSept))\.(?=[ \t]\d))"
    r"{3,40}?(?:,|[ \t][-–])[ \t]*$"
)


_ITEM_JOIN_RE = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+|&[ \t]*)")


# The colon may follow a region in brackets that locates the place: "X (western countryside):".
_ITEM_COLON_RE = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?:[ \t]")


# After a governorate that locates an item's places, up to the label's colon: "X, Y gov.:",
# "X and Z, Y countryside, some 10 km apart:" (its kind word, a short aside).
_ITEM_AREA_TAIL_RE = re.compile(
    r"(?:[ \t]+(?:gov(?:ernorate)?\.?|province|countryside))?(?:,[^\n:;,]{1,30})?[ \t]*:[ \t]"
)


def _comma_before(text: str, lo: int, hi: int) -> bool:
    """Say whether ``text[lo:hi]`` ends on a comma and blanks, as an item's opening does.

    A cheap first test of ``_ITEM_OPENING_RE`` (whose ``$`` may also stand before a last
    line break): most sentences' first places fail it.
    """
    return text[lo:hi].removesuffix("\n").rstrip(" \t").endswith((",", "-", "–"))


def _item_label_end(ctx: _DocContext, heads: list[Mention]) -> int | None:
    """Return where the words after an item's label of places begin, else None.

    The label closes on a colon after its last place, or after a governorate or region
    set off by a comma that locates the places before it ("X, Y gov.: the market").
    """
    text = ctx.text
    last = heads[-1]
    colon = _ITEM_COLON_RE.match(text, last.end)
    if colon is not None:
        return colon.end()
    if len(heads) < 2 or text[heads[-2].end : last.start].strip() != ",":
        return None
    if not _is_area(ctx, last):
        return None
    tail = _ITEM_AREA_TAIL_RE.match(text, last.end)
    return None if tail is None else tail.end()


def _item_heads(ctx: _DocContext, index: int, mentions: list[Mention]) -> list[Mention]:
    """Return the places heading a dated list item ("- Tuesday 2 Feb, X and Y: the market").

    A running list of strikes gives each item its day and its places before a colon,
    then what was hit and how in the words after it. Governorates and regions heading
    an item only group the finer places the item names: none is returned then; one
    after the places, before the colon ("X, Y gov.:"), only locates them.
    """
    text = ctx.text
    first = mentions[0]
    lo = max(0, first.start - 50)
    if not _comma_before(text, lo, first.start) or not _ITEM_OPENING_RE.search(
        text, lo, first.start
    ):
        return []
    if not any(cue.start < first.start for cue in _sentence_cues(ctx, index)):
        return []
    heads = [first]
    for m in mentions[1:]:
        if _item_label_end(ctx, heads) is not None:
            break
        if not _ITEM_JOIN_RE.fullmatch(text, heads[-1].end, m.start):
            return []
        heads.append(m)
    if _item_label_end(ctx, heads) is None:
        return []
    if not _ITEM_COLON_RE.match(text, heads[-1].end) or (
        # "X, Idlib governorate:": a governorate found with its kind word, right before the
        # colon, only locates the places before it, as one without the word does.
        len(heads) > 1
        and _is_area(ctx, heads[-1])
        and text[heads[-2].end : heads[-1].start].strip() == ","
    ):
        heads = heads[:-1]
    if any(_is_area(ctx, m) or _is_foreign(m) for m in heads):
        return []
    return heads


# A bulleted item opening its line: "- ", "* ", "• ".
_BULLET_OPENING_RE = re.compile(r"[ \t]*[-–•*][ \t]*")


#: How many sentences back the line opening a run of dated items may stand.
_ITEM_RUN_SENTENCES = 40


#: How far from its line's start a bulleted item's first sentence may begin.
_BULLET_CHARS = 8


#: How far into its item's line the story told after the item's places may begin.
_ITEM_STORY_CHARS = 400


def _item_bullet(ctx: _DocContext, index: int) -> re.Match[str] | None:
    """Return the bullet (or blank opening) of the item line a sentence opens, else None."""
    text = ctx.text
    s = ctx.sentences[index][0]
    line = text.rfind("\n", max(0, s - _BULLET_CHARS), s) + 1
    if line == 0 and s > _BULLET_CHARS:
        return None
    bullet = _BULLET_OPENING_RE.match(text, line)
    return None if bullet is None or s > bullet.end() else bullet


def _dated_item_opening(ctx: _DocContext, index: int) -> int | None:
    """Return where the places of a bulleted item opening on its day begin ("- Jan. 19: X").

    The item's first words are a day written in full, then a colon: None when the
    sentence is no such item.
    """
    bullet = _item_bullet(ctx, index)
    if bullet is None:
        # A list by day with no bullets: the item opens its own paragraph on its day.
        s = ctx.sentences[index][0]
        if ctx.paragraphs[_paragraph_index(ctx, s)] != s:
            return None
        opening = s
    else:
        opening = bullet.end()
    cues = _sentence_cues(ctx, index)
    if not cues or cues[0].kind != "explicit" or cues[0].start != opening:
        return None
    colon = _ITEM_COLON_RE.match(ctx.text, cues[0].end)
    return None if colon is None else colon.end()


#: How far after its bullet the colon closing an item's label of places may stand.
_ITEM_LABEL_CHARS = 80


def _place_item_colon(ctx: _DocContext, index: int) -> int | None:
    """Return the colon closing a bulleted item's label of places ("* X and Y: 19 dead").

    The item's line opens with a bullet, then place names joined by glue words, then a
    colon and a note of what was hit there; None when the sentence is no such item, or
    when the note is a count alone ("* X: 13", a tally).
    """
    text = ctx.text
    e = ctx.sentences[index][1]
    bullet = _item_bullet(ctx, index)
    if bullet is None or bullet.end() == bullet.start():
        return None
    colon = text.find(":", bullet.end(), min(e, bullet.end() + _ITEM_LABEL_CHARS))
    if colon < 0 or not text[colon + 1 : e].strip() or is_count_row(text[bullet.end() : e]):
        return None
    named = _mentions_in(ctx, bullet.end(), colon)
    if not named or not is_list_line(text, bullet.end(), colon, named):
        return None
    return colon


def _labelled_item_places(ctx: _DocContext, index: int, mentions: list[Mention]) -> list[Mention]:
    """Return the places labelling a bulleted item of a list of struck places.

    "The bombing on Friday hit the following districts:" then "* X: 3 buildings
    destroyed", "* Y and Z: 19 dead": each item names its places before a colon and tells
    what was hit there after it. The places are struck when the run of such items is
    opened by a line telling strikes and ending with a colon; governorates labelling
    items ("* X province: 40 raids") are tallies, not places struck.
    """
    colon = _place_item_colon(ctx, index)
    if colon is None:
        return []
    labels = [m for m in mentions if m.start < colon]
    if any(_is_admin(ctx, m) for m in labels):
        return []
    text = ctx.text
    for j in range(index - 1, max(-1, index - _ITEM_RUN_SENTENCES), -1):
        if _place_item_colon(ctx, j) is not None:
            continue
        a, b = ctx.sentences[j]
        opening = text[a:b].rstrip().endswith(":")
        return labels if opening and _valid_triggers(ctx, j, a, b) else []
    return []


_LISTS = load("lists")
# "The ten worst strikes of 2016": a title ranking strikes, each item of its list one.
_RANKED_TITLE_RE = re.compile(
    rf"\b{alternation(_LISTS['ranked_words'])}[ \t]+{alternation(_LISTS['ranked_nouns'])}\b",
    re.IGNORECASE,
)
# "7. ": a numbered item's opening, alone before its first sentence on the line.
_NUMBERED_OPENING_RE = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+")
#: The longest first sentence of a ranked item that names only its place and day.
_RANKED_ITEM_CHARS = 80


def _ranked_item_places(ctx: _DocContext, index: int, mentions: list[Mention]) -> list[Mention]:
    """Return the places a numbered item of a list ranking strikes opens on.

    "The ten worst strikes of 2016" over "7. The al-Quds hospital in X, 27.04.16." and "5.
    The school in Y, Oct 26th.": each item of the ranked list is a strike, its short first
    sentence naming where it fell and its day. Not the item's later sentences, nor a first
    sentence telling something else at length.
    """
    title = ctx.doc.title or ""
    if not mentions or _RANKED_TITLE_RE.search(title) is None:
        return []
    text = ctx.text
    s, e = ctx.sentences[index]
    if e - s > _RANKED_ITEM_CHARS:
        return []
    line = text.rfind("\n", 0, s) + 1
    opening = _NUMBERED_OPENING_RE.match(text, line, s)
    if opening is None or opening.end() != s:
        return []
    return mentions


# ", according to local activists.": the source an item's places are given by, closing it.
_ITEM_SOURCE_TAIL_RE = re.compile(r",[ \t]+according[ \t]+to[ \t]+[^,;:\n]{1,60}$")


def _dated_item_places(
    ctx: _DocContext, index: int, s: int, e: int, mentions: list[Mention]
) -> list[Mention]:
    """Return the places a dated list item names with no verb ("- Jan. 22: A, B, C").

    A think tank's or a rights group's list of strikes gives each item its day, a colon
    and the places struck that day, sometimes a bracketed note or the item's own story in
    the next sentences ("- 29/12/2015: X. A resident said ..."). The places are struck
    when the run of such items, with the headings of places between them ("Y Province"),
    is opened by a line telling strikes ("The attacks documented are:").
    """
    opening = _dated_item_opening(ctx, index)
    if opening is None or mentions[0].start < opening:
        return []
    # "- Oct. 5: X, according to local activists.": the item's source closing it.
    source = _ITEM_SOURCE_TAIL_RE.search(ctx.text, mentions[-1].end, e)
    if not is_list_line(ctx.text, opening, e if source is None else source.start(), mentions):
        return []
    for j in range(index - 1, max(-1, index - _ITEM_RUN_SENTENCES), -1):
        a, b = ctx.sentences[j]
        line = ctx.text.rfind("\n", max(0, a - _ITEM_STORY_CHARS), a) + 1
        if 0 < line < a and _dated_item_opening(ctx, bisect_right(ctx.sentence_starts, line) - 1):
            continue  # the story told after an item's places
        if _dated_item_opening(ctx, j) is not None:
            continue
        named = _mentions_in(ctx, a, b)
        if named and is_list_line(ctx.text, a, b, named):
            continue  # a heading of places between the items
        return mentions if _opens_dated_items(ctx, j) else []
    return []


def _opens_dated_items(ctx: _DocContext, index: int) -> bool:
    """Say whether the paragraph a run of dated items follows tells strikes.

    The paragraph right above the items introduces them: a sentence of it telling strikes
    ("The list below gives the places struck on each day.") opens the run, whatever
    sentence of the paragraph comes after it ("Russian aircraft operate from X.").
    """
    paragraph = ctx.paragraphs[_paragraph_index(ctx, ctx.sentences[index][0])]
    for j in range(index, _sentence_at(ctx, paragraph) - 1, -1):
        a, b = ctx.sentences[j]
        if _valid_triggers(ctx, j, a, b):
            return True
    return False


# After a day opening a paragraph: the colon of a heading ("Friday 30 September: ...").
_HEADING_COLON_RE = re.compile(r"[ \t]*:")


#: How far into its sentence a day heading may begin (a weekday before the date).
_HEADING_LEAD_CHARS = 12


#: How far into its sentence a day heading's colon may lie.
_HEADING_CHARS_MAX = 45


def _day_heading(ctx: _DocContext, index: int, reference: date) -> ResolvedDate | None:
    """Return the day a paragraph opens with as its heading ("Friday 30 September: ...").

    A release or a log heads each day's paragraph with its date: the strikes told
    after it, in that paragraph and the ones below it, are of that day. So does a
    numbered incident's heading line ("3. Taldou, Homs - 14 December 2015").
    """
    incident = _incident_heading_day(ctx, index)
    if incident is not None:
        # An incident heading writes its day in full: its year is the latest not after the
        # report's own day, whatever day an earlier heading of the same report set.
        resolved = resolve_cue(incident, max(reference, ctx.doc.published))
        return resolved if resolved is not None and resolved.precision == "day" else None
    s, e = ctx.sentences[index]
    # "On Wednesday 16 November, our teams responded to:": a paragraph of its own opening
    # on its day, naming no place, whose colon opens the list of that day's strikes.
    opens_day_list = ctx.text[e - 1 : e] == ":" and not _mentions_in(ctx, s, e)
    if not opens_day_list and ctx.text.find(":", s, s + _HEADING_CHARS_MAX) < 0:
        return None
    if ctx.paragraphs[_paragraph_index(ctx, s)] != s:
        return None
    for cue in _sentence_cues(ctx, index):
        # "Our teams' day on Wednesday 28.9.2016:": the day closing such a paragraph heads it.
        closes_day_list = opens_day_list and not ctx.text[cue.end : e - 1].strip()
        if _weekday_heading(ctx, cue, s):
            resolved = resolve_cue(cue, reference)
            if resolved is None or resolved.precision != "day":
                return None
            return _weekday_after_last(ctx, index, resolved, cue)
        if cue.kind != "explicit" or (cue.start - s > _HEADING_LEAD_CHARS and not closes_day_list):
            continue
        if not opens_day_list and _HEADING_COLON_RE.match(ctx.text, cue.end) is None:
            return None
        resolved = resolve_cue(cue, reference)
        return resolved if resolved is not None and resolved.precision == "day" else None
    return None


def _weekday_heading(ctx: _DocContext, cue: DateCue, s: int) -> bool:
    """Say whether a weekday alone opens its sentence as a heading ("* Saturday: ...")."""
    return (
        cue.rule == "wd"
        and not cue.window
        and cue.day is None
        and not ctx.text[s : cue.start].strip(" \t*-•")
        and _HEADING_COLON_RE.match(ctx.text, cue.end) is not None
    )


def _weekday_after_last(
    ctx: _DocContext, index: int, resolved: ResolvedDate, cue: DateCue
) -> ResolvedDate:
    """Return the day of a weekday heading that comes after a day told above it.

    "Thursday 14 April: ..." then "Saturday: ...": headings running forward, the weekday is
    the first such day after the one told above, when the report was written by then, not
    the one of the week before it.
    """
    last = ctx.last_date
    if last is None or cue.weekday is None or last[1] >= index:
        return resolved
    told = last[0].date
    if resolved.date >= told:
        return resolved
    after = told + timedelta(days=(cue.weekday - told.weekday()) % 7 or 7)
    if after > ctx.doc.published:
        return resolved
    return replace(resolved, date=after)


# "the camp", "the town's": a place the sentence points back at by its kind.
_KIND_ANAPHOR_RE = re.compile(
    r"\bthe\s+(?:[\w-]+\s+)?(?:camp|city|town|village)(?:['’]s)?\b(?!\s+of\b)", re.IGNORECASE
)


#: How many sentences back a section's heading may stand.
_SECTION_LOOK_BACK = 12


#: Longest heading line.
_SECTION_HEADING_CHARS = 60


# What may stand around a heading's place: an enumerator before ("C.", "3)"), a colon after.
_HEADING_BEFORE_RE = re.compile(r"\s*(?:(?:[A-Z]|\d{1,3}|[IVX]{1,5})[.)]\s+)?")


_HEADING_AFTER_RE = re.compile(r"\s*:?\s*")


_ENUMERATOR_RE = re.compile(r"\s*(?:[A-Z]|\d{1,3}|[IVX]{1,5})[.)]?\s*")


# "3. Taldou, Homs - 14 December 2015" alone on its line: an incident headed by its place,
# the governorate or countryside locating it, a dash and its day. Its enumerator ("3.",
# "#3.") may be split off as a sentence of its own.
_INCIDENT_LINE_OPENING_RE = re.compile(r"[ \t]*(?:#?\d{1,3}[.)][ \t]*)?")


# The governorate after a comma or in brackets: "X, Y governorate", "X (Y governorate)".
_INCIDENT_AREA_BEFORE_RE = re.compile(r"[ \t]*[,(][ \t]*(?:[a-z][\w-]*[ \t]+){0,3}")


# Plain-text copy writes the dash as two hyphens: "3 August -- X (Y governorate).".
_INCIDENT_DASH_RE = re.compile(r"[ \t]+(?:--?|[–—])[ \t]+")


# A numbered incident may head its day after a comma instead ("4. X, 9 May 2016"),
# the part of the day before it ("5. X, night of 3 to 4 May 2016"); a dateline's comma
# after an unnumbered place ("X, 4 May 2016") heads no incident.
# An annex may name its enumerator ("Incident 3 - X, 7 February 2016. ...").
_INCIDENT_NUMBERED_RE = re.compile(
    r"[ \t]*(?:#?\d{1,3}[.)]|(?:Incident|Case|Attack)[ \t]+(?:No\.[ \t]*)?\d{1,3}[ \t]*[-–—:])"
    r"[ \t]*"
)


# A section's incidents may be numbered under it ("2.3 X (Y countryside), 17 May").
_SUB_NUMBER_RE = re.compile(r"\d{1,3}\.\d{1,2}\.?[ \t]+")


# The area may stand in brackets before the comma: "X (Y countryside), 17 May".
_INCIDENT_COMMA_RE = re.compile(
    r"[ \t]*\)?[ \t]*,[ \t]*(?:(?:the[ \t]+)?(?:night|morning|afternoon|evening|early[ \t]+hours)"
    r"[ \t]+of[ \t]+)?"
)


# A monitor's list writes the point of the impact after the place, in brackets: "X (35°57'N
# 36°40'E)", "X (35.95, 36.67)", degrees and minutes (and seconds) or decimal degrees. A word
# processor types the marks as it likes: the degree as "º" or "˚", the minute as "’" or "′",
# the second as "”", "″" or two apostrophes.
_DEGREE = "[°º˚]"
_DEGREES_MINUTES = (
    rf"\d{{1,3}}{_DEGREE}[ \t]*\d{{1,2}}(?:\.\d{{1,3}})?['′’]?"
    r"(?:[ \t]*\d{1,2}(?:\.\d{1,3})?(?:[\"″”]|''|’’))?[ \t]*"
)
_COORDINATES_AFTER_RE = re.compile(
    rf"[ \t]*\([ \t]*(?:{_DEGREES_MINUTES}[NS][ \t]*,?[ \t]*{_DEGREES_MINUTES}[EW]"
    rf"|\d{{2}}\.\d{{2,6}}{_DEGREE}?[ \t]*[NS]?[ \t]*,[ \t]*"
    rf"\d{{2}}\.\d{{2,6}}{_DEGREE}?[ \t]*[EW]?)[ \t]*\)"
)


def _heading_place_end(ctx: _DocContext, named: list[Mention]) -> int | None:
    """Return where an incident heading's place ends, with the area after it that locates it.

    ``named`` are the heading's places: one place ("X"), or a place and its governorate
    or district after a comma ("X, Y governorate"). None when they are not that. The
    point of the place written in brackets after it ("X (35°57'N 36°40'E)") is part of
    the place.
    """
    if not 1 <= len(named) <= 2 or _is_area(ctx, named[0]):
        return None
    if len(named) == 1:
        point = _COORDINATES_AFTER_RE.match(ctx.text, named[0].end)
        return point.end() if point is not None else named[0].end
    if not _is_area(ctx, named[1]) or not _INCIDENT_AREA_BEFORE_RE.fullmatch(
        ctx.text, named[0].end, named[1].start
    ):
        return None
    return named[1].end


def _incident_heading(ctx: _DocContext, index: int) -> tuple[Mention, DateCue] | None:
    """Return the place and the day of an incident's heading line, if sentence ``index`` is one.

    A report listing incidents one by one heads each with a line of its own,
    "1. Hammouriyeh, Rif Dimashq - 1 December 2015", and tells the attack in the
    lines below, often without naming the place again.
    """
    text = ctx.text
    s, e = ctx.sentences[index]
    line = text.rfind("\n", 0, s) + 1
    if line != s:
        facility = _facility_heading(ctx, index, line)
        if facility is not None:
            return facility
    if text[e - 1 : e] == ".":
        return _day_first_incident(ctx, index, line) or _place_first_incident(ctx, index, line)
    if (
        e - s > _SECTION_HEADING_CHARS
        or text[e : e + 1] not in ("\n", "")
        or not _INCIDENT_LINE_OPENING_RE.fullmatch(text, line, s)
    ):
        return None
    named = [m for m in _mentions_in(ctx, s, e) if not _is_foreign(m)]
    day_first = _day_first_heading_line(ctx, index, named)
    if day_first is not None:
        return day_first
    end = _heading_place_end(ctx, named)
    # "2.3 X (Y countryside), 17 May": a sub-number kept in the heading's own sentence, as
    # an enumerator in brackets or after a hash is ("1) X - 10 January 2016", "#12. X").
    sub_numbered = bool(named) and (
        _SUB_NUMBER_RE.fullmatch(text, s, named[0].start) is not None
        or _INCIDENT_NUMBERED_RE.fullmatch(text, s, named[0].start) is not None
    )
    if end is None or (named[0].start != s and not sub_numbered):
        return None
    cues = [c for c in _sentence_cues(ctx, index) if c.kind == "explicit" and c.day]
    if len(cues) != 1 or text[cues[0].end : e].strip():
        return None
    if not _INCIDENT_DASH_RE.fullmatch(text, end, cues[0].start) and not (
        _INCIDENT_COMMA_RE.fullmatch(text, end, cues[0].start)
        and (sub_numbered or _numbered_line(ctx, index, line))
    ):
        return None
    return named[0], cues[0]


# "Al-Shifa Hospital in X", "The mobile clinic in X": a facility named with the place it
# stands in, after "in"; the area may follow in brackets or after a comma.
_FACILITY_IN_RE = re.compile(
    r"[^\n,.:;]{0,50}?\b(?i:hospital|clinic|blood[ \t]+bank|cent(?:re|er)|medical[ \t]+point"
    r"|school|bakery|dispensary)[ \t]+in[ \t]+"
)


_FACILITY_AREA_AFTER_RE = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)|,[^\n,.:;()]{1,30})?[ \t]*\.?")


#: Longest facility heading.
_FACILITY_HEADING_CHARS = 90


def _facility_heading(ctx: _DocContext, index: int, line: int) -> tuple[Mention, DateCue] | None:
    """Return the place and the day of a numbered entry headed by its day and a facility.

    A tracker of attacks on health care heads each entry with its number, its day and the
    facility with the place it stands in, each closed by a stop on one line: "#141. 3 April
    2016. Al-Shifa Hospital in X (Hama)". The attack told in the lines below, naming no
    place ("Two barrel bombs hit the hospital's courtyard"), is of that place and day. The
    sentences before the facility on its line are the day and an enumerator, nothing else.
    """
    text = ctx.text
    s, e = ctx.sentences[index]
    if e - s > _FACILITY_HEADING_CHARS or text[e : e + 1] not in ("\n", "") or index == 0:
        return None
    # A facility named after a place ("Al-Hayat Hospital in X") stands in the place after "in".
    named = [
        m
        for m in _mentions_in(ctx, s, e)
        if not _is_foreign(m) and _FACILITY_IN_RE.fullmatch(text, s, m.start)
    ]
    if not named or _is_area(ctx, named[0]):
        return None
    if not _FACILITY_AREA_AFTER_RE.fullmatch(text, named[0].end, e):
        return None
    ds, de = ctx.sentences[index - 1]
    cues = [c for c in _sentence_cues(ctx, index - 1) if c.kind == "explicit" and c.day]
    if len(cues) != 1 or text[ds : cues[0].start].strip() or text[cues[0].end : de] != ".":
        return None
    if ds < line or "\n" in text[de:s]:
        return None
    if ds == line or _INCIDENT_NUMBERED_RE.fullmatch(text, line, ds):
        return named[0], cues[0]
    return (named[0], cues[0]) if _numbered_line(ctx, index - 1, line) else None


# "Sunday 6 December -- X" alone on its line, no stop after it: a tally's incident headed by
# its day (a weekday may open it), a dash and its place; the place may be written with its
# kind ("X city") or with a second place after a slash ("X / Y"), the attack told below.
_HEADING_KIND_AFTER_RE = re.compile(r"[ \t]+(?:city|town|village)")


_HEADING_SLASH_RE = re.compile(r"[ \t]*/[ \t]*")


def _day_first_heading_line(
    ctx: _DocContext, index: int, named: list[Mention]
) -> tuple[Mention, DateCue] | None:
    """Return the place and the day of an unnumbered incident heading written day first."""
    text = ctx.text
    s, e = ctx.sentences[index]
    if not 1 <= len(named) <= 2 or _is_area(ctx, named[0]) or named[0].start == s:
        return None
    cues = [c for c in _sentence_cues(ctx, index) if c.kind == "explicit" and c.day]
    if len(cues) != 1 or cues[0].start != s or cues[0].end > named[0].start:
        return None
    if not _INCIDENT_DAY_PART_RE.fullmatch(text, cues[0].end, named[0].start):
        return None
    end = named[0].end
    kind = _HEADING_KIND_AFTER_RE.match(text, end, e)
    if kind is not None:
        end = kind.end()
    if len(named) == 2:
        if _is_area(ctx, named[1]) or not _HEADING_SLASH_RE.fullmatch(text, end, named[1].start):
            return None
        end = named[1].end
    return (named[0], cues[0]) if not text[end:e].strip() else None


# "2. 15 February - X, Idlib governorate. A hospital was struck ...": a numbered incident
# headed by its day, a dash, its place and the governorate locating it, closed by a stop,
# the attack told after it on the same line.
# A day the annex is unsure of is marked so after it ("7 February 2016 (approximate).").
_INCIDENT_STOP_RE = re.compile(
    r"[ \t]*\)?[ \t]*(?:\((?:approximate(?:ly)?|approx\.?|estimated|unconfirmed)\)[ \t]*)?\."
)


# "7 August, night -- X": the part of the day after it, before the dash.
_INCIDENT_DAY_PART_RE = re.compile(
    r"(?:[ \t]*,[ \t]*(?:night|morning|afternoon|evening|early[ \t]+hours))?"
    + _INCIDENT_DASH_RE.pattern
)


def _day_first_incident(ctx: _DocContext, index: int, line: int) -> tuple[Mention, DateCue] | None:
    """Return the place and the day of a numbered incident's heading written day first.

    The enumerator may be bracketed and kept in the heading's sentence ("(3) 13/12/2015 -
    X."), and the heading may name the run of towns the attack hit ("X, Y and Z."): the
    attack told below is of that day.
    """
    text = ctx.text
    s, e = ctx.sentences[index]
    if e - s > _SECTION_HEADING_CHARS:
        return None
    cues = [c for c in _sentence_cues(ctx, index) if c.kind == "explicit" and c.day]
    if len(cues) != 1:
        return None
    if text[s : cues[0].start].strip():
        if line != s or not _BRACKETED_NUMBER_RE.fullmatch(text, s, cues[0].start):
            return None
    elif not _numbered_line(ctx, index, line):
        return None
    named = [m for m in _mentions_in(ctx, s, e) if not _is_foreign(m)]
    end = _heading_place_end(ctx, named) or _heading_run_end(ctx, named)
    if end is None or not _INCIDENT_DAY_PART_RE.fullmatch(text, cues[0].end, named[0].start):
        return None
    return (named[0], cues[0]) if _INCIDENT_STOP_RE.fullmatch(text, end, e) else None


# "(3) 13/12/2015 - X.": an enumerator in brackets, kept in the heading's sentence.
_BRACKETED_NUMBER_RE = re.compile(r"[ \t]*\(\d{1,3}\)[ \t]*")


# "X, Y and Z": the towns of one incident's heading, joined by commas or "and".
_HEADING_RUN_JOIN_RE = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+|&[ \t]*)")


def _heading_run_end(ctx: _DocContext, named: list[Mention]) -> int | None:
    """Return where a heading's run of towns ends ("X, Y and Z"), or None if it is none."""
    if len(named) < 2 or any(_is_area(ctx, m) for m in named):
        return None
    for before, after in zip(named, named[1:], strict=False):
        if not _HEADING_RUN_JOIN_RE.fullmatch(ctx.text, before.end, after.start):
            return None
    return named[-1].end


def _place_first_incident(
    ctx: _DocContext, index: int, line: int
) -> tuple[Mention, DateCue] | None:
    """Return the place and the day of a numbered finding headed by its place, then its day.

    "3. X, 7 February 2016. Remnants of submunitions found in the main street.": the item's
    first sentence is its place, a comma and its day; the sentences after it on the line
    tell what was found or struck there without naming the place again.
    """
    text = ctx.text
    s, e = ctx.sentences[index]
    if e - s > _SECTION_HEADING_CHARS:
        return None
    named = [m for m in _mentions_in(ctx, s, e) if not _is_foreign(m)]
    end = _heading_place_end(ctx, named)
    if end is None:
        return None
    # "Incident 3 - X, ...": an enumerator named by a word stays in the heading's sentence.
    if not (
        (named[0].start == s and _numbered_line(ctx, index, line))
        or (line == s and _INCIDENT_NUMBERED_RE.fullmatch(text, s, named[0].start))
    ):
        return None
    cues = [c for c in _sentence_cues(ctx, index) if c.kind == "explicit" and c.day]
    if len(cues) != 1 or not _INCIDENT_COMMA_RE.fullmatch(text, end, cues[0].start):
        return None
    return (named[0], cues[0]) if _INCIDENT_STOP_RE.fullmatch(text, cues[0].end, e) else None


def _numbered_line(ctx: _DocContext, index: int, line: int) -> bool:
    """Say whether sentence ``index``, opening a line at ``line``, follows its enumerator.

    The enumerator ("4.") stands before the sentence on its line, or is split off as
    the sentence before it.
    """
    s = ctx.sentences[index][0]
    if _INCIDENT_NUMBERED_RE.fullmatch(ctx.text, line, s):
        return True
    if index == 0 or line != s:
        return False
    ps, pe = ctx.sentences[index - 1]
    return ctx.text.rfind("\n", 0, ps) + 1 == ps and bool(
        _INCIDENT_NUMBERED_RE.fullmatch(ctx.text, ps, pe)
    )


#: How many sentences of an incident's body may stand between its heading and a strike.
_INCIDENT_LOOK_BACK = 4


# "1. The A hospital, X - OUT OF SERVICE.": a status list's numbered item headed by a facility,
# the place it stands in after a comma, and its status in capitals after a dash; the
# sentences after it on its line tell what hit the facility without naming the place again.
_STATUS_FACILITY_RE = re.compile(
    r"[^\n,.:;]{0,50}?\b(?i:hospital|clinic|blood[ \t]+bank|cent(?:re|er)|medical[ \t]+point"
    r"|school|bakery)[ \t]*,[ \t]*"
)


_STATUS_AFTER_RE = re.compile(r"[ \t]+(?:--?|[–—])[ \t]+[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,3}[ \t]*\.")


#: Longest status item's heading.
_STATUS_ITEM_CHARS = 90


def _status_item(ctx: _DocContext, index: int) -> Mention | None:
    """Return the place of a status list's item heading, if sentence ``index`` is one.

    A medical charity lists the facilities it supports one by one, "2. The A hospital, X -
    PARTIALLY FUNCTIONING.", and tells below, on the same line, what hit each: "Barrel bombs
    landed beside the hospital on the night of 17 November". A facility named after a place
    ("The Y maternity hospital, X - FUNCTIONING.") stands in X, the place after its comma.
    """
    text = ctx.text
    s, e = ctx.sentences[index]
    if e - s > _STATUS_ITEM_CHARS or text[e - 1 : e] != ".":
        return None
    if not _numbered_line(ctx, index, text.rfind("\n", 0, s) + 1):
        return None
    named = [m for m in _mentions_in(ctx, s, e) if not _is_foreign(m)]
    if not named or _is_area(ctx, named[-1]):
        return None
    place = named[-1]
    if not _STATUS_FACILITY_RE.fullmatch(text, s, place.start):
        return None
    return place if _STATUS_AFTER_RE.fullmatch(text, place.end, e) else None


# "1) X - Y neighbourhood.", "2) X - the Z market.": a numbered item's heading naming its town,
# then after a dash the part of it the item's video shows; the sentences after it on its line
# tell what struck there without naming the town again.
_PART_ITEM_AFTER_RE = re.compile(
    r"[ \t]+[-–—][ \t]+[^\n.,:;]{0,40}?\b(?i:neighbou?rhoods?|district|quarter|market|souq"
    r"|square|street|road)[ \t]*\."
)


def _part_item(ctx: _DocContext, index: int) -> Mention | None:
    """Return the town of a numbered item's heading naming a part of it, else None.

    A citizen journalist numbers the day's videos, "1) X - Y neighbourhood.", and tells
    on the same line what each shows: "The moment warplanes struck the residential
    buildings this morning." The strike is the heading town's.
    """
    text = ctx.text
    s, e = ctx.sentences[index]
    if e - s > _STATUS_ITEM_CHARS or text[e - 1 : e] != ".":
        return None
    line = text.rfind("\n", 0, s) + 1
    own_number = line == s and _INCIDENT_NUMBERED_RE.match(text, s) is not None
    if not (own_number or _numbered_line(ctx, index, line)):
        return None
    named = [m for m in _mentions_in(ctx, s, e) if not _is_foreign(m)]
    if not named:
        return None
    place = named[0]
    if _is_area(ctx, place) and not place.surface.casefold().endswith(" city"):
        # "1) X province - the market.": a governorate heads no item of one place; its
        # city named as such ("X city") does.
        return None
    if place.start != s and not _INCIDENT_NUMBERED_RE.fullmatch(text, s, place.start):
        return None
    return place if _PART_ITEM_AFTER_RE.fullmatch(text, place.end, e) else None


def _incident_above(ctx: _DocContext, index: int) -> Mention | None:
    """Return the place of the incident heading whose body sentence ``index`` is in.

    The body runs from the line under the heading to the first blank line, through
    sentences naming no place but a landmark: "4. X, 15 June 2016 / The hospital was
    hit again. A missile fell in the street outside the blood bank" tells both of X.
    """
    text = ctx.text
    for j in range(index - 1, max(-1, index - 1 - _INCIDENT_LOOK_BACK), -1):
        incident = _incident_heading(ctx, j)
        if incident is not None:
            return incident[0]
        status = _status_item(ctx, j) or _part_item(ctx, j)
        if status is not None:
            return status
        s, e = ctx.sentences[j]
        named = _mentions_in(ctx, s, e)
        if "\n\n" in text[e : ctx.sentences[j + 1][0]] or (
            named and not all(_LANDMARK_RE.fullmatch(m.surface.rsplit(None, 1)[-1]) for m in named)
        ):
            return None
    return None


def _landmarks_under_heading(ctx: _DocContext, index: int, mentions: list[Mention]) -> bool:
    """Say whether a sentence right under an incident's heading names only landmarks.

    A landmark named alone ("the National Hospital") below "4. X, 15 June 2016" is the
    one in the heading's town, not a namesake elsewhere. So is a facility named after the
    region it serves, and the region itself ("The Y Charity Hospital, the only hospital
    serving the Y plain, was hit"): regions only locate the heading's town.
    """
    return (
        index > 0
        and all(
            _LANDMARK_RE.fullmatch(m.surface.rsplit(None, 1)[-1]) or _is_area(ctx, m)
            for m in mentions
        )
        and _incident_heading(ctx, index - 1) is not None
    )


def _incident_heading_day(ctx: _DocContext, index: int) -> DateCue | None:
    """Return the day cue of an incident's heading line (see :func:`_incident_heading`)."""
    found = _incident_heading(ctx, index)
    return found[1] if found is not None else None


# A district's heading alone on its line over a list of buildings hit in it: "Tariq al-Bab
# district", "X neighbourhood:" (a colon allowed).
_DISTRICT_HEADING_AFTER_RE = re.compile(
    r"[ \t]+(?:district|neighbou?rhood|quarter)[ \t]*:?[ \t]*", re.IGNORECASE
)


_ITEM_LINE_RE = re.compile(r"[ \t]*[-–•*][ \t]+")


def _district_heading_above(ctx: _DocContext, index: int) -> Mention | None:
    """Return the district heading the bulleted item of sentence ``index`` is listed under.

    A statement lists the buildings hit by district: "Tariq al-Bab district" alone on its
    line, then "- The Ibn Khaldun school: struck by Russian warplanes on 9 February". An item
    naming no place is the heading's district's; only the items' lines may stand between.
    """
    text = ctx.text
    line = text.rfind("\n", 0, ctx.sentences[index][0]) + 1
    if not _ITEM_LINE_RE.match(text, line):
        return None
    for j in range(index - 1, max(-1, index - 1 - _SECTION_LOOK_BACK), -1):
        s, e = ctx.sentences[j]
        start = text.rfind("\n", 0, s) + 1
        if _ITEM_LINE_RE.match(text, start):
            if "\n\n" in text[e : ctx.sentences[j + 1][0]]:
                return None
            continue
        named = [m for m in _mentions_in(ctx, s, e) if not _is_foreign(m)]
        if (
            start == s
            and text[e : e + 1] in ("\n", "")
            and e - s <= _SECTION_HEADING_CHARS
            and len(named) == 1
            and named[0].start == s
            and not _is_admin(ctx, named[0])
            and _DISTRICT_HEADING_AFTER_RE.fullmatch(text, named[0].end, e)
            and "\n\n" not in text[e : ctx.sentences[j + 1][0]]
        ):
            return named[0]
        return None
    return None


def _section_place(ctx: _DocContext, index: int) -> Mention | None:
    """Return the place a section's heading names, for a strike sentence pointing back at it.

    "C. Khan al-Shih" heading a section, then "helicopters dropped barrel bombs on
    residential areas of the camp": the camp is the heading's place. The heading is the
    nearest short line above that names one place alone (not a governorate); another
    heading line ends the search. An incident's heading line with its day ("1. X, Rif
    Dimashq - 1 December 2015") gives its place to the first sentence below it, which
    need not point back at it: "Two missiles hit the yard of a primary school".
    """
    text = ctx.text
    incident = _incident_above(ctx, index)
    if incident is not None:
        return incident
    district = _district_heading_above(ctx, index)
    if district is not None:
        return district
    if not _KIND_ANAPHOR_RE.search(text, *ctx.sentences[index]):
        return None
    for j in range(index - 1, max(-1, index - 1 - _SECTION_LOOK_BACK), -1):
        s, e = ctx.sentences[j]
        whole_line = (s == 0 or text[s - 1] == "\n") and text[e : e + 1] in ("\n", "")
        if not whole_line or e - s > _SECTION_HEADING_CHARS or _ENUMERATOR_RE.fullmatch(text, s, e):
            continue
        if text[e - 1] in ".!?":
            continue
        named = [m for m in _mentions_in(ctx, s, e) if not _is_foreign(m)]
        if (
            len(named) == 1
            and not _is_admin(ctx, named[0])
            and _HEADING_BEFORE_RE.fullmatch(text, s, named[0].start)
            and _HEADING_AFTER_RE.fullmatch(text, named[0].end, e)
        ):
            return named[0]
        return None
    return None
