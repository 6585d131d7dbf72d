"""Areas named around finer struck places: which coarse mentions add no event.

A report often names a province, a countryside or a city around the towns it says
were struck: opening the sentence, as the towns' area, in its title line, in an
update's highlights, in the heading of an item, as the locator of a town, or as the
area whose toll the next sentences share out. Such a mention places the finer towns;
it is no strike of its own. Each ``_drop_*`` function takes a report's events and
returns them without these mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import timedelta

from geo.extract.coarse import _governorate_of
from geo.extract.context import _DocContext, _mention_at, _mentions_in, _paragraph_index
from geo.extract.levels import _is_area, _is_region
from geo.extract.page import (
    _HEADING_CHARS,
    _LINE_RE,
    _headline_spans,
    _highlight_spans,
    _told_in_headline,
)
from geo.names import governorate_of, place_key
from geo.record import Mention, StrikeEvent


def _drop_undated_regions(
    events: list[StrikeEvent], by_start: dict[int, Mention], text: str = ""
) -> list[StrikeEvent]:
    """Drop a region struck on no day of its own when the report dates finer places in it.

    "Moscow's jets kept up their strikes on IS positions in the Homs desert", then "On
    Wednesday, ... 41 sorties in the Palmyra area": the lead names the area the body's
    dated places lie in, as a governorate beside its towns. So does "the third day of air
    strikes on the X": a campaign running over days, whatever day a sentence near it gives.
    """
    regions = [
        i
        for i, ev in enumerate(events)
        if (
            ev.date_basis == "published"
            or ev.time_precision == "window"
            or _RUNNING_DAYS_BEFORE_RE.search(text, max(0, ev.char_start - 90), ev.char_start)
            or _RUNNING_DAYS_AFTER_RE.match(text, ev.char_end)
        )
        and ev.char_start in by_start
        and _is_region(by_start[ev.char_start])
    ]
    if not regions:
        return events
    finer = [
        ev
        for ev in events
        if ev.date_basis != "published"
        and ev.place_level is None
        and not (ev.char_start in by_start and _is_region(by_start[ev.char_start]))
    ]
    dated = {_governorate_of(ev, by_start.get(ev.char_start)) for ev in finer}
    dated.discard(None)
    drop = set()
    for i in regions:
        region = events[i]
        own = _governorate_of(region, by_start.get(region.char_start))
        if region.date_basis == "published" or region.time_precision != "window":
            # "Farther north, in the X, residents say the strikes have emptied villages": a
            # region the sentence sets apart from the places told before is not around them.
            if own in dated and not _SET_APART_REGION_BEFORE_RE.search(
                text, max(0, region.char_start - 60), region.char_start
            ):
                drop.add(i)
        # "From 20 to 23 March, our partners in the X recorded three attacks", then the
        # attacks one by one on days of the window: the region holds the places they hit.
        elif region.event_date is not None and any(
            _governorate_of(ev, by_start.get(ev.char_start)) == own
            and ev.event_date is not None
            and timedelta(0) <= region.event_date - ev.event_date <= _WINDOW_REACH
            for ev in finer
        ):
            drop.add(i)
    return [ev for i, ev in enumerate(events) if i not in drop]


# "Farther north, in the X", "Elsewhere, in the X": a sentence opening on a region it sets
# apart from the places told before.
_SET_APART_REGION_BEFORE_RE = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:Farther|Further)\s+(?:north|south|east|west|inland|afield)|Elsewhere)"
    r"\s*,?\s+in\s+(?:the\s+)?$",
    re.IGNORECASE | re.MULTILINE,
)


# "the third day of intense air strikes on the X": a campaign counted in days over a region.
_RUNNING_DAYS_BEFORE_RE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"\s+(?:straight\s+|consecutive\s+|successive\s+)?day\s+of\s+(?:[\w-]+\s+){0,3}?"
    r"(?:air\s*strikes|air\s*raids|raids|strikes|bombing|bombardment|shelling)"
    r"\s+(?:on|over|in|across)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "bombarded the rebel-held X valley northwest of Y for a fifth straight day": the same count
# after the region, a few words locating it between.
_RUNNING_DAYS_AFTER_RE = re.compile(
    r"(?:\s+(?!for\b)[\w'’-]+){0,5}?\s+for\s+(?:a|the)\s+"
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"\s+(?:straight|consecutive|successive|running)\s+day\b",
    re.IGNORECASE,
)


# "In the Kurdish mountains further east, ...": a region opening its sentence as where the
# sentence's happenings are.
_REGION_OPENING_RE = re.compile(
    r"\s*(?:(?:Up|Down|Over|Further|Farther|Elsewhere)\s+)?in\s+(?:the\s+)?$", re.IGNORECASE
)


# "flew sorties over the X basin on Tuesday, targeting ... in the town of Y": the region the
# aircraft flew over, the finer place after it what they hit.
_REGION_OVER_BEFORE_RE = re.compile(r"\b(?:over|above)\s+(?:the\s+)?$", re.IGNORECASE)


def _drop_opening_regions(
    ctx: _DocContext, events: list[StrikeEvent], by_start: dict[int, Mention]
) -> list[StrikeEvent]:
    """Drop a region opening a sentence around a finer place the sentence strikes that day.

    "In the Kurdish mountains further east, activists said jets had struck X on Monday":
    the region only locates X, as a governorate around its towns would, when X lies in
    its governorate and is struck the same day in the same voice. So does a region flown
    "over" before the finer place the sentence strikes.
    """
    drop = set()
    for i, region in enumerate(events):
        m = by_start.get(region.char_start)
        if m is None or region.place_relation != "in" or not _is_region(m):
            continue
        s = ctx.sentences[region.sentence_index][0]
        own = _governorate_of(region, m)
        if own is None or not (
            _REGION_OPENING_RE.fullmatch(ctx.text, s, m.start)
            or _REGION_OVER_BEFORE_RE.search(ctx.text, max(s, m.start - 12), m.start)
        ):
            continue
        if any(
            other.sentence_index == region.sentence_index
            and other.char_start > region.char_start
            and other.event_date == region.event_date
            and other.claimant == region.claimant
            and other.place_level is None
            and not (other.char_start in by_start and _is_region(by_start[other.char_start]))
            and _governorate_of(other, by_start.get(other.char_start)) == own
            for other in events
        ):
            drop.add(i)
    return [ev for i, ev in enumerate(events) if i not in drop] if drop else events


# "the town of X in the Y", "the villages of X and Z on the Y plateau": the region right after
# a finer place, locating it.
_IN_REGION_GAP_RE = re.compile(r",?\s+(?:in|on)\s+(?:the\s+)?")


def _drop_locating_regions(
    ctx: _DocContext, events: list[StrikeEvent], by_start: dict[int, Mention]
) -> list[StrikeEvent]:
    """Drop a region its sentence names as the area of a finer place it strikes that day.

    "strikes on the town of X in the Y, the first strikes on the Y since the truce": the
    region locates X, and strikes told on it again in the sentence are X's, as a
    governorate around its towns, when X lies in its governorate and is struck the same
    day in the same voice.
    """
    drop = set()
    for i, region in enumerate(events):
        m = by_start.get(region.char_start)
        if m is None or region.place_relation != "in" or not _is_region(m):
            continue
        own = _governorate_of(region, m)
        if own is None:
            continue
        s, e = ctx.sentences[region.sentence_index]
        key = place_key(m.surface)
        located = [
            r.start for r in _mentions_in(ctx, s, e) if r.start > s and place_key(r.surface) == key
        ]
        if any(
            other.sentence_index == region.sentence_index
            and other.event_date == region.event_date
            and other.claimant == region.claimant
            and other.place_level is None
            and not (other.char_start in by_start and _is_region(by_start[other.char_start]))
            and _governorate_of(other, by_start.get(other.char_start)) == own
            and any(
                _IN_REGION_GAP_RE.fullmatch(ctx.text, other.char_end, start) for start in located
            )
            for other in events
        ):
            drop.add(i)
    return [ev for i, ev in enumerate(events) if i not in drop] if drop else events


#: How many sentences after a region's the finer places it leads may be told.
_LEAD_REACH = 2


#: How many finer places the next sentences must strike for the region to only lead them.
_LEAD_FINER = 2


# "killed at least 20 civilians": the lead's toll, which the next sentences share out.
# "killing scores of terrorists": a multitude counted as "dozens" is a toll as well.
_TOLL_RE = re.compile(
    r"\b(?:killed|killing|kill|kills)\s+(?:at\s+least\s+|more\s+than\s+|some\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores"
    r"|hundreds)\b",
    re.IGNORECASE,
)


def _drop_leading_regions(
    ctx: _DocContext, events: list[StrikeEvent], by_start: dict[int, Mention]
) -> list[StrikeEvent]:
    """Drop a region whose toll the next sentences share out among finer places struck in it.

    "Air strikes killed 20 civilians in the X region on Thursday, a monitor said", then, in
    the next paragraph, "The monitor said 14 were killed in raids on Y ... Another six died
    in strikes on Z": the lead counts the dead of the region the same voice's places of the
    same day lie in, as a governorate around its towns; the finer places carry the strikes,
    and the victims the lead names ("20 civilians") are theirs where they name none.
    """
    drop = set()
    victims: dict[int, str] = {}
    for i, region in enumerate(events):
        m = by_start.get(region.char_start)
        if m is None or region.place_relation != "in" or not _is_region(m):
            continue
        own = _governorate_of(region, m)
        if own is None or region.event_date is None:
            continue
        s, e = ctx.sentences[region.sentence_index]
        if not _TOLL_RE.search(ctx.text, s, e):
            continue
        shared = [
            j
            for j, other in enumerate(events)
            if 0 < other.sentence_index - region.sentence_index <= _LEAD_REACH
            and _paragraph_index(ctx, other.char_start) > _paragraph_index(ctx, m.start)
            and other.event_date == region.event_date
            and other.claimant == region.claimant
            and other.place_level is None
            and not (other.char_start in by_start and _is_region(by_start[other.char_start]))
            and _governorate_of(other, by_start.get(other.char_start)) == own
        ]
        if len({place_key(events[j].place_as_written) for j in shared}) >= _LEAD_FINER:
            drop.add(i)
            for j in shared:
                if events[j].claimed_target == "unspecified":
                    victims[j] = region.claimed_target
    if not drop:
        return events
    return [
        replace(ev, claimed_target=victims[i]) if i in victims else ev
        for i, ev in enumerate(events)
        if i not in drop
    ]


#: How far back from a window's last day a finer place struck counts as one of its days.
_WINDOW_REACH = timedelta(days=14)


# "on two villages of the al-Houla area": places counted in an area, named further on. So
# are a monitor's counted "points" ("cluster bombs in 3 points in X"). Uncounted, the plural
# holds them as well ("pounded rebel-held villages in Syria's X", "strikes on 12 towns and
# villages of the northern X countryside and the Y plain", "towns in the north of X province"):
# the area only locates the places struck.
_COUNTED_IN_AREA_BEFORE_RE = re.compile(
    r"\b(?:(?:two|three|four|five|six|several|a\s+number\s+of|\d+)\s+)?(?:[\w-]+\s+)?"
    r"(?:villages|towns|neighbou?rhoods|districts|points|locations)"
    r"(?:\s+and\s+(?:villages|towns|hamlets))?\s+(?:of|in)\s+(?:the\s+|Syria['’]s\s+)?"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+"
    # "towns in the north of X province": the bearing written as a part of the area.
    r"(?:of\s+(?:the\s+)?)?)?"
    r"(?:[\w-]+(?:[ \t]+[\w-]+){0,3}[ \t]+and[ \t]+(?:the[ \t]+)?)?$",
    re.IGNORECASE,
)


#: How far before an area its counted or plural places may be written.
_COUNTED_IN_AREA_CHARS = 110


# "struck rebel-held towns in X province", "opposition villages across X": unnamed places,
# said whose they are, that the area holds.
_HELD_PLACES_IN_AREA_BEFORE_RE = re.compile(
    r"\b(?:[\w-]+-(?:held|controlled)|rebel|opposition)\s+(?:villages|towns)\s+"
    r"(?:of|in|across)\s+(?:the\s+)?(?:provinces?\s+of\s+)?$",
    re.IGNORECASE,
)


_AREA_LIST_GAP_RE = re.compile(
    r"(?:\s+(?:province|governorate))?\s*(?:,|,?\s+and)\s+(?:the\s+)?"
    # "rebel-held towns in northern X and southern Y": each area with its own part.
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?ern\s+)?",
    re.IGNORECASE,
)


_COUNTED_IN_AREA_WORDS = (
    "villages",
    "towns",
    "neighbourhoods",
    "neighborhoods",
    "districts",
    "points",
    "locations",
)


def _drop_counted_places_areas(ctx: _DocContext, events: list[StrikeEvent]) -> list[StrikeEvent]:
    """Drop an area written as holding places, counted or not, when the report names them struck.

    "Aircraft dropped cluster munitions on two villages of the X area" above the
    villages told one by one with their days: the counted places are those, and
    the area only holds them; so does the area of "rebel-held villages in X"
    above the villages named.
    """
    if not any(w in ctx.lower for w in _COUNTED_IN_AREA_WORDS):
        return events
    placed = [(ev, m) for ev in events if (m := _mention_at(ctx, ev.char_start)) is not None]
    areas: list[tuple[StrikeEvent, Mention]] = []
    for ev, m in placed:
        if not _is_area(ctx, m):
            continue
        lo = max(0, ev.char_start - _COUNTED_IN_AREA_CHARS)
        if (
            _COUNTED_IN_AREA_BEFORE_RE.search(ctx.text, lo, ev.char_start)
            or _HELD_PLACES_IN_AREA_BEFORE_RE.search(ctx.text, lo, ev.char_start)
            # "rebel-held towns in X and Y provinces": the list's later areas hold them too.
            or (
                areas
                and areas[-1][1].end < m.start
                and _AREA_LIST_GAP_RE.fullmatch(ctx.text, areas[-1][1].end, m.start)
            )
        ):
            areas.append((ev, m))
    if not areas:
        return events
    finer = [m for _, m in placed if not _is_area(ctx, m)]
    dropped = set()
    for area, m in areas:
        regions = {c.admin1 for c in m.candidates[:1]}
        if any({c.admin1 for c in f.candidates} & regions for f in finer):
            dropped.add(id(area))
    return [ev for ev in events if id(ev) not in dropped]


# "61 barrel bombs on areas in the X, distributed as follows: 42 on A, 12 on B": the count
# over an area broken down, after a colon, among places it holds.
_SHARED_OUT_RE = re.compile(
    r"\b(?:distributed|divided|broken\s+down|spread)\s+(?:as\s+follows\s*)?:|\bas\s+follows\s*:",
    re.IGNORECASE,
)
#: How far after an area its count may be shared out.
_SHARED_OUT_CHARS = 120


def _drop_shared_out_areas(ctx: _DocContext, events: list[StrikeEvent]) -> list[StrikeEvent]:
    """Drop an area whose count the same sentence shares out, after a colon, among its places.

    "The helicopters dropped 61 barrel bombs on areas in the X, distributed as follows: 42
    on the city of A, 12 on B and 7 on C": A, B and C are the places struck; the area only
    holds them, as a governorate beside its towns.

    Parameters
    ----------
    ctx : _DocContext
        The report being read.
    events : list of StrikeEvent
        The report's events.

    Returns
    -------
    list of StrikeEvent
        The events without such areas.
    """
    if ":" not in ctx.text:
        return events
    placed = [(ev, m) for ev in events if (m := _mention_at(ctx, ev.char_start)) is not None]
    dropped = set()
    for ev, m in placed:
        if not _is_area(ctx, m):
            continue
        shared = _SHARED_OUT_RE.search(ctx.text, m.end, m.end + _SHARED_OUT_CHARS)
        if shared is None or "." in ctx.text[m.end : shared.start()]:
            continue
        regions = {c.admin1 for c in m.candidates[:1]}
        end = ctx.text.find(".", shared.end())
        end = len(ctx.text) if end < 0 else end
        if any(
            shared.end() <= f.start < end
            and not _is_area(ctx, f)
            and {c.admin1 for c in f.candidates} & regions
            for _, f in placed
        ):
            dropped.add(id(ev))
    return [ev for ev in events if id(ev) not in dropped]


def _drop_highlight_regions(ctx: _DocContext, events: list[StrikeEvent]) -> list[StrikeEvent]:
    """Drop a region or city an update's highlights name when the sections below strike in it.

    "• Air strikes and shelling in X reportedly killed 38 civilians in four days"
    above incidents in towns of X, each with its day: the region holds the towns.
    A governorate keeps its own convention (an event where no finer place of it is
    struck that day).
    """
    spans = _highlight_spans(ctx.text)
    if not spans:
        return events

    def highlighted(ev: StrikeEvent) -> bool:
        return any(a <= ev.char_start < b for a, b in spans)

    placed = [(ev, m) for ev in events if (m := _mention_at(ctx, ev.char_start)) is not None]
    finer = {
        c.admin1
        for ev, m in placed
        if not highlighted(ev) and not _is_area(ctx, m)
        for c in m.candidates[:1]
    }
    # "- Activists say 25 killed in X airstrikes" above strikes on districts of X: the city
    # holds the districts, when the sections below never strike it whole.
    cities = {
        place_key(c.city)
        for ev, m in placed
        if not highlighted(ev)
        for c in m.candidates[:1]
        if c.precision == "neighbourhood" and c.city
    } - {place_key(ev.place_as_written) for ev, _ in placed if not highlighted(ev)}
    dropped = {
        id(ev)
        for ev, m in placed
        if highlighted(ev)
        and (
            (
                _is_region(m)
                and not governorate_of(m.surface)
                and any(c.admin1 in finer for c in m.candidates[:1])
            )
            or place_key(ev.place_as_written) in cities
        )
    }
    return [ev for ev in events if id(ev) not in dropped]


def _drop_headline_areas(ctx: _DocContext, events: list[StrikeEvent]) -> list[StrikeEvent]:
    """Drop governorates and regions named in a title line when the body has struck places.

    A title names the areas the report's finer places lie in; they are hints,
    not struck places, once the lines below carry the strikes.
    """
    headlines = _headline_spans(ctx)
    events = _drop_highlight_regions(ctx, events)
    by_start = {m.start: m for m in ctx.mentions}
    events = _drop_towns_locators(ctx, events, by_start)
    items = _item_headings(ctx)
    events = _drop_item_heading_areas(ctx, events, by_start, items)
    events = _drop_item_heading_references(ctx, events, by_start, items)
    if not headlines:
        return events

    def in_headline(ev: StrikeEvent) -> bool:
        return _told_in_headline(ctx, headlines, ev)

    if all(in_headline(ev) for ev in events):
        return events
    return [
        ev
        for ev in events
        if not (
            in_headline(ev)
            and ev.char_start in by_start
            and (
                _is_area(ctx, by_start[ev.char_start])
                or _called_region_below(ctx, by_start[ev.char_start], headlines)
                or (
                    ev.place_relation == "near"
                    and _named_unstruck_below(ctx, by_start[ev.char_start], headlines, events)
                )
            )
        )
    ]


# "the X region": the body's own word for a name as an area ("the X area" may be struck).
_REGION_WORD_AFTER_RE = re.compile(r"[ \t]+region\b", re.IGNORECASE)


def _called_region_below(ctx: _DocContext, m: Mention, headlines: list[tuple[int, int]]) -> bool:
    """Say whether the body, below the title lines, calls a title's place a region.

    "Warplanes bomb villages of X" over "the villages of A and B in the X
    region": the title names the area the body's struck villages lie in.
    """
    end = max(b for _, b in headlines)
    surface = m.surface
    at = ctx.text.find(surface, end)
    while at >= 0:
        if _REGION_WORD_AFTER_RE.match(ctx.text, at + len(surface)):
            return True
        at = ctx.text.find(surface, at + len(surface))
    return False


def _named_unstruck_below(
    ctx: _DocContext, m: Mention, headlines: list[tuple[int, int]], events: list[StrikeEvent]
) -> bool:
    """Say whether the body names a title's place read "near" without telling it struck.

    "Warplanes bomb villages west of X" over villages struck "12 km west of X":
    the body names the villages, and X only locates them. A live post's heading is read
    against the lines below it.
    """
    end = max(b for _, b in headlines)
    if ctx.live_blog:
        end = next((b for a, b in headlines if a <= m.start < b), end)
    if ctx.text.find(m.surface, end) < 0:
        return False
    key = place_key(m.surface)
    return not any(ev.char_start >= end and place_key(ev.place_as_written) == key for ev in events)


_STOP_IN_LINE_RE = re.compile(r"[.!?]\s")


#: How the lines of an item's body end.
_BODY_STOPS = (".", "!", "?", '"', "”")


_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")


def _item_headings(ctx: _DocContext) -> list[tuple[int, int, int]]:
    """Return each item heading's line (start, end) and where the item's body ends.

    A heading is a short line with no stop above a line ending in one; its body
    runs over the lines below it up to the next line without a stop. Each body
    ends at the first line a later heading could open, so the scan is linear.
    """
    text = ctx.text
    lines = [line.span() for line in _LINE_RE.finditer(text) if line.group().strip()]
    blanks = [m.start() for m in _BLANK_LINE_RE.finditer(text)]
    found: list[tuple[int, int, int]] = []
    for i, (a, b) in enumerate(lines[:-1]):
        heading = text[a:b].strip()
        # A caption ("Homs strike. (Photo: ...)") holds a stop: no heading.
        if len(heading) > _HEADING_CHARS or _STOP_IN_LINE_RE.search(heading + " "):
            continue
        if not text[lines[i + 1][0] : lines[i + 1][1]].rstrip().endswith((".", '"', "”")):
            # In hard-wrapped copy the item's body is a paragraph running on over its lines
            # below the heading, up to the blank line that closes it.
            c = lines[i + 1][0]
            k = bisect_left(ctx.blocks, c)
            if (
                text[b:c].count("\n") == 1
                and k < len(ctx.blocks)
                and ctx.blocks[k] == c
                and (k + 1 == len(ctx.blocks) or ctx.blocks[k + 1] > lines[i + 1][1] + 1)
            ):
                j = bisect_left(blanks, c)
                found.append((a, b, blanks[j] if j < len(blanks) else len(text)))
            continue
        end = next(
            (c for c, d in lines[i + 1 :] if not text[c:d].rstrip().endswith(_BODY_STOPS)),
            len(text),
        )
        found.append((a, b, end))
    return found


def _drop_item_heading_areas(
    ctx: _DocContext,
    events: list[StrikeEvent],
    by_start: dict[int, Mention],
    items: list[tuple[int, int, int]],
) -> list[StrikeEvent]:
    """Drop a governorate named in an item's heading when the item's body strikes a place in it.

    "Syria: coalition reports raids in Raqqa province (Feb 15)" above a
    bulletin item telling strikes near a town of that province: the heading
    sums up the item, dated by the item, not by the strikes.
    """
    areas = [
        ev for ev in events if ev.char_start in by_start and _is_area(ctx, by_start[ev.char_start])
    ]
    if not areas:
        return events
    dropped = set()
    for a, b, end in items:
        in_line = [area for area in areas if a <= area.char_start < b]
        if not in_line:
            continue
        for area in in_line:
            regions = {c.admin1 for c in by_start[area.char_start].candidates}
            if any(
                b <= ev.char_start < end
                and ev.char_start in by_start
                and not _is_area(ctx, by_start[ev.char_start])
                and {c.admin1 for c in by_start[ev.char_start].candidates} & regions
                for ev in events
            ):
                dropped.add(id(area))
    return [ev for ev in events if id(ev) not in dropped]


# ", east of X", ", 10 km north-west of the city of X": an apposition locating the place before.
_LOCATING_APPOSITION_BEFORE_RE = re.compile(
    r",[ \t]+(?:(?:some|about|around)[ \t]+)?(?:\d+[ \t]*(?:km|kilomet(?:er|re)s?)[ \t]+)?"
    r"(?:north|south|east|west)[\w-]*[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:city|town)[ \t]+of[ \t]+)?$",
    re.IGNORECASE,
)


# "rebel-held towns east of X", "the villages outside X": unnamed places the city locates.
# So are "the eastern suburbs of X": the towns around a city, unnamed.
_TOWNS_LOCATED_BEFORE_RE = re.compile(
    r"\b(?:(?:towns|villages|areas|neighbou?rhoods|districts)\s+(?:(?:just|some|about)\s+)?"
    r"(?:(?:\d+\s*(?:km|kilomet(?:er|re)s?)\s+)?(?:north|south|east|west)[\w-]*\s+of|outside"
    r"|near|around)|suburbs\s+of)\s+(?:the\s+)?(?:(?:city|capital)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)


#: How close a place the sentence names struck must lie to a city locating unnamed towns.
_LOCATED_TOWN_KM = 40.0


def _drop_towns_locators(
    ctx: _DocContext, events: list[StrikeEvent], by_start: dict[int, Mention]
) -> list[StrikeEvent]:
    """Drop a city locating unnamed towns when its sentence names one of them struck.

    "Air strikes on rebel-held towns east of X killed 45 people, most of them in a market in
    Y", "strikes on the eastern suburbs of X killed 12 people in Y and Z": the towns are
    told by name, and X only says where they lie. Named alone ("raids on villages near X")
    X stays the place the strikes are located by.
    """
    from geo.geocode.gazetteer import haversine_km

    by_sentence: dict[int, list[StrikeEvent]] = {}
    for ev in events:
        by_sentence.setdefault(ev.sentence_index, []).append(ev)
    dropped = set()
    for ev in events:
        m = by_start.get(ev.char_start)
        if (
            m is None
            or ev.place_relation != "near"
            or not m.candidates
            or not _TOWNS_LOCATED_BEFORE_RE.search(ctx.text, max(0, m.start - 60), m.start)
        ):
            continue
        city = m.candidates[0]
        for other in by_sentence[ev.sentence_index]:
            o = by_start.get(other.char_start)
            if (
                o is not None
                and o.start > m.end
                and o.candidates
                and place_key(o.surface) != place_key(m.surface)
                and not _is_area(ctx, o)
                and haversine_km(city.lat, city.lon, o.candidates[0].lat, o.candidates[0].lon)
                <= _LOCATED_TOWN_KM
            ):
                dropped.add(id(ev))
                break
    return [ev for ev in events if id(ev) not in dropped]


def _drop_item_heading_references(
    ctx: _DocContext,
    events: list[StrikeEvent],
    by_start: dict[int, Mention],
    items: list[tuple[int, int, int]],
) -> list[StrikeEvent]:
    """Drop a place of an item's heading that the item's body names only to locate another.

    "Monitor: Government air raids kill 12 near X" above "Government air raids
    on the town of Y, east of X, killed at least 12 people": the heading sums
    up the item, and its X is the reference point the body gives for Y.
    """
    ordered = sorted(events, key=lambda ev: ev.char_start)
    starts = [ev.char_start for ev in ordered]
    dropped = set()
    for a, b, end in items:
        in_line = ordered[bisect_left(starts, a) : bisect_left(starts, b)]
        if not in_line:
            continue
        body = ordered[bisect_left(starts, b) : bisect_left(starts, end)]
        if not body:
            continue
        struck = {place_key(ev.place_as_written) for ev in body}
        locating = {
            place_key(m.surface)
            for m in _mentions_in(ctx, b, end)
            if _LOCATING_APPOSITION_BEFORE_RE.search(ctx.text, max(b, m.start - 40), m.start)
            or _TOWNS_LOCATED_BEFORE_RE.search(ctx.text, max(b, m.start - 60), m.start)
        }
        for ev in in_line:
            key = place_key(ev.place_as_written)
            if key in locating and key not in struck:
                dropped.add(id(ev))
    return [ev for ev in events if id(ev) not in dropped]
