"""Extraction: report text in, strike events out (no I/O).

A sentence yields events when it holds a strike trigger ("airstrikes",
"struck", "bombed", "targeted" ...) that is not a support phrase ("supported
by Russian air strikes") and not done by a ground faction ("ISIS militants
had destroyed"). Every place mention in a clause with such a trigger is a
struck place unless a cue says otherwise: reference points ("near X",
"north-east of X", "the outskirts of X"), launch sites ("warships on the
Caspian Sea", "the airbase ... in Latakia"), foreign and diplomatic places,
and containers (a governorate named around finer places: "the Idlib towns
of ...", "in northern Homs Province"), which become ``admin1_hint``.

Dates come from the sentence (an explicit date beats a relative one; a date
attached to "said"/"reported" is a fallback), then from the last strike
sentence in the same paragraph or live-blog post, then from the post's own
date, then from publication. Actor and claimant come from the sentence, then
the paragraph or post, then the document.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from geo.extract.attributes import (
    _ACTOR_RE,
    _BARE_AIR_FORCE_RE,
    _actor_of,
    _admin1_hint,
    _blamed_after,
    _blaming_voice_after,
    _bracket_after,
    _city_hint,
    _claimant_side,
    _default_actor,
    _mention_actor,
    _ministry_of,
    _retelling_voice_after,
    _retold_aircraft_after,
    _sentence_actor_cues,
    _speaker_spans,
    _target,
    _target_cues,
    _target_label,
    _unidentified_after,
    _weapon,
)
from geo.extract.coarse import _governorate_of, fold_coarse
from geo.extract.columns import ColumnsApart, columns_apart
from geo.extract.context import (
    MORE_STRIKES_RE,
    MentionFinder,
    _carried,
    _clean_mentions,
    _DocContext,
    _find_cached,
    _in_range,
    _lower,
    _mention_at,
    _mentions_in,
    _paragraph_index,
    _Post,
    _post_index,
    _posts,
    _Scope,
    _scope_key,
    _sentence_clauses,
    _sentence_cues,
    _Span,
    describes_day,
)
from geo.extract.dates import (
    CAMPAIGN_START,
    DateCue,
    ResolvedDate,
    dateline_date,
    find_caption_lines,
    find_date_cues,
    headline_date,
    month_number,
    resolve_cue,
)
from geo.extract.ground import written_holder
from geo.extract.lexicon import alternation, load, quick_opening
from geo.extract.lists import is_list_line, opens_list
from geo.extract.names import _CITY_NAMES, _LANDMARK_RE
from geo.extract.offsets import bearing_offset_before, offset_before
from geo.extract.parts import AREA_OF_CITY_AFTER_RE as _AREA_OF_CITY_AFTER_RE
from geo.extract.parts import CITY_RANK, city_part_offset, part_bearing, part_km
from geo.extract.roles import (
    _HISTORY_YEARS,
    _is_admin,
    _is_area,
    _is_foreign,
    _is_neighbourhood,
    _is_region,
    _names_subdistrict,
    _names_whole_governorate,
    _struck_places,
    is_bracket_credit_dateline,
    is_caps_colon_dateline,
    is_caption_opening,
    is_credited_dateline,
    is_dash_dateline,
    labels_line,
    names_outlet,
    part_holder,
)
from geo.extract.sentences import split_sentences, wrapped_blocks
from geo.extract.tables import (
    field_name,
    first_cell_end,
    is_air_attacker_field,
    is_air_weapon_field,
    is_count_row,
    is_date_field,
    is_facility_field,
    is_place_field,
    names_air_power,
    past_rules,
    place_cell,
    record_span,
    row_under_strike_heading,
)
from geo.extract.timing import (
    _CAME_BEFORE_RE,
    _MORE_STRIKES_OPENING_RE,
    _PERIOD_BOUND_BEFORE_RE,
    _RELATIVE_CLAUSE_RE,
    _SAME_STRIKES_OPENING_RE,
    _SAME_STRIKES_REPORTED_RE,
    _STATEMENT_BEFORE_RE,
    WOUNDS_STRIKE_BEFORE_RE,
    _apposed_counts,
    _in_onset_clause,
    _in_since_onset,
    _names_places_of_lead,
    _scoped_date,
    counted_from_day_before,
)
from geo.extract.triggers import (
    _DAY_OF_RUN_BEFORE_RE,
    _TRIGGER_RE,
    _has_air_word,
    _trigger_spans,
    _valid_triggers,
)
from geo.extract.voices import (
    _CLAIMANT_RE,
    _claimant_of,
    _document_voices,
    _sentence_claimant,
    _voice_at,
)
from geo.names import governorate_of, place_key, plain_typography, split_designator
from geo.record import Document, Mention, Place, StrikeEvent


def extract_events(doc: Document, find_mentions: MentionFinder | None = None) -> list[StrikeEvent]:
    """Extract one strike event per struck place from a report.

    Parameters
    ----------
    doc : Document
        The report; spans in the events index ``doc.text``.
    find_mentions : callable, optional
        ``text -> list[Mention]``; called once on the whole text. Defaults
        to the packaged gazetteer's :meth:`~geo.geocode.gazetteer.Gazetteer.find_mentions`.

    Returns
    -------
    list of StrikeEvent
        In text order; one per struck place (per place and date in a live
        blog), with ``text[char_start:char_end] == place_as_written``.
    """
    if find_mentions is None:
        from geo.geocode.gazetteer import load_gazetteer

        find_mentions = load_gazetteer().find_mentions
    doc = _without_tag_lines(doc)
    # "al‑X" and "Kafr‐Y" written with a hyphen other than the ASCII one (the non-breaking
    # or the Unicode hyphen, never a dash between words) are read as "al-X" and "Kafr-Y";
    # the events keep the names as written.
    written = doc.text
    if any(c in written for c in _HYPHENS):
        doc = replace(doc, text=written.translate(_HYPHEN_TABLE))
    if "-\n" in doc.text or "-\r\n" in doc.text:
        doc = replace(doc, text=_BROKEN_CALENDAR_RE.sub(_calendar_word_whole, doc.text))
    if "-->" in doc.text:
        doc = replace(doc, text=cues_run_on(doc.text))
    # A page of two columns run together line by line is read column by column; the
    # events' spans are put back where the names were written.
    apart = columns_apart(doc.text) if "   " in doc.text else None
    if apart is not None:
        doc = replace(doc, text=apart.text)
    ctx = _build_context(doc, _find_in_plain_text(doc.text, find_mentions))
    events: list[StrikeEvent] = []
    scopes: dict[tuple[str, int], _Scope] = {}
    for index, (s, e) in enumerate(ctx.sentences):
        found = _sentence_events(ctx, index, s, e, scopes)
        if found:
            ctx.struck_sentences.add(index)
            found = _victims_told_before(ctx, index, found)
        if found and " and " in ctx.lower[s:e]:
            found = _joint_voices(ctx, s, e, found)
        if found and _others_after_toll(ctx, index):
            found = _others_target(events, index, found)
        if found:
            _toll_over_places_again(ctx, index, s, e, events)
        events.extend(found or _attributed_again(ctx, index, s, e, events))
        if not found:
            _target_told_next(ctx, index, s, e, events)
            _aircraft_attributed_next(ctx, index, s, e, events)
            _fighters_killed_next(ctx, index, s, e, events)
            _share_of_toll_next(ctx, index, s, e, events)
            _victims_there_again(ctx, index, s, e, events)
            _victims_after(ctx, index, s, e, events)
    events = [ev for ev in events if not _is_history(ev, doc.published, doc.text)]
    if ctx.habit_actors:
        # "whose warplanes had struck X day after day." then "On Thursday, a strike hit a
        # bakery in X": the aircraft that struck the place as a habit struck it again.
        events = [
            replace(ev, actor=ctx.habit_actors.get(place_key(ev.place_as_written), ev.actor))
            if ev.actor == "unknown"
            else ev
            for ev in events
        ]
    headlines = _headline_spans(ctx)
    if _TIMESTAMP_LINE_RE.search(doc.text):
        headlines += _summary_spans(doc.text)
    events = _drop_reader_comments(
        ctx, _drop_related_links(ctx, _drop_datelines(ctx, _drop_headline_areas(ctx, events)))
    )
    events = _drop_second_names(ctx, events)
    events = _moved_by_correction(ctx, events)
    events = _drop_counted_places_areas(ctx, events)

    def in_headline(ev: StrikeEvent) -> bool:
        return _told_in_headline(ctx, headlines, ev)

    events = _drop_vaguer_near(
        _date_headlines_by_body(
            _deduplicate(
                events,
                ctx.live_blog,
                in_headline,
                _city_apart(ctx),
                _own_day(ctx),
                _told_as_earlier(ctx),
                _places_apart(ctx),
            ),
            in_headline,
        )
    )
    by_start = {m.start: m for m in ctx.mentions}
    events = _drop_city_parts(ctx, events, by_start)
    folded = fold_coarse(
        events, by_start, _coarse_level(ctx), _period_days(ctx, events), _written(ctx, "month")
    )
    events = _place_parts(
        ctx,
        _drop_leading_regions(
            ctx,
            _drop_locating_regions(
                ctx,
                _drop_opening_regions(
                    ctx, _drop_undated_regions(folded, by_start, ctx.text), by_start
                ),
                by_start,
            ),
            by_start,
        ),
        by_start,
    )
    if apart is not None:
        events = [_written_where(ev, apart) for ev in events]
    if written is doc.text:
        return events
    return [
        replace(ev, place_as_written=written[ev.char_start : ev.char_end])
        if 0 <= ev.char_start < ev.char_end <= len(written)
        else ev
        for ev in events
    ]


def _written_where(ev: StrikeEvent, apart: ColumnsApart) -> StrikeEvent:
    """Put an event read from a page's columns apart back at the span its name was written."""
    if not 0 <= ev.char_start < ev.char_end <= len(apart.text):
        return ev
    start, end = apart.span(ev.char_start, ev.char_end)
    return replace(ev, char_start=start, char_end=end)


#: The hyphens (not the dashes) written for a plain hyphen inside names.
_HYPHENS = "\u2010\u2011"
_HYPHEN_TABLE = str.maketrans({c: "-" for c in _HYPHENS})

#: A capitalised word broken by a hyphen at a line's end and going on in lower case.
_BROKEN_CALENDAR_RE = re.compile(
    r"\b(?P<head>[A-Z][a-z]{1,8})-(?P<gap>[ \t]*\r?\n[ \t]*)(?P<tail>[a-z]{1,8})\b"
)

#: The month and weekday names, which text taken from a printed page may break at a line's end.
_CALENDAR_WORDS = frozenset(
    (
        "january february march april may june july august september october november"
        " december monday tuesday wednesday thursday friday saturday sunday"
    ).split()
)


def _calendar_word_whole(m: re.Match[str]) -> str:
    """Write a month or weekday broken across a line break whole, in as many characters.

    "On 31 Janu-" over "ary, a strike hit X" is read as "On 31 January, a strike hit X":
    spaces before the word take the place of the hyphen and the line break, so every span
    after it stays where it was. Any other broken word is left as written.
    """
    word = m["head"] + m["tail"]
    if word.lower() not in _CALENDAR_WORDS:
        return m.group()
    return " " * (len(m["gap"]) + 1) + word


#: A subtitle cue's time codes: "00:01:12,300 --> 00:01:16,800".
_CUE_TIMES_RE = re.compile(
    r"^[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->"
    r"[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[^\n]{0,40}$",
    re.MULTILINE,
)
_CUE_NUMBER_RE = re.compile(r"[ \t]*\d{1,5}[ \t]*")


def cues_run_on(text: str) -> str:
    """Run a subtitle file's cues on as the speech they cut, in as many characters.

    A subtitle file breaks its speech into numbered cues of one or two short lines, each
    under its time codes: "4" / "00:01:12,300 --> 00:01:16,800" / "On the morning of D," /
    "the jets came over X." / "" / "5" / ... / "They struck it three times". The numbers and
    time codes become spaces and so do the line breaks from the first cue to the last, so
    that a sentence cut between lines or cues is read whole and the next cue's sentence
    follows it. Text with fewer than two time-code lines is left as written.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        The text, of the same length, every span where it was.
    """
    times = list(_CUE_TIMES_RE.finditer(text))
    if len(times) < 2:
        return text
    chars = list(text)
    for m in times:
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
        # The cue's number on the line before its time codes.
        line_end = m.start() - 1
        line_start = text.rfind("\n", 0, max(line_end, 0)) + 1
        if line_end > line_start and _CUE_NUMBER_RE.fullmatch(text, line_start, line_end):
            chars[line_start:line_end] = " " * (line_end - line_start)
    first = text.rfind("\n", 0, times[0].start()) + 1
    last = text.find("\n\n", times[-1].end())
    last = len(text) if last < 0 else last
    for i in range(first, last):
        if chars[i] == "\n":
            chars[i] = " "
    return "".join(chars)


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
_TOLL_RE = re.compile(
    r"\b(?:killed|killing|kill|kills)\s+(?:at\s+least\s+|more\s+than\s+|some\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens)\b",
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
#: The longest window a day told later is read inside ("this week", "since Saturday").
_WEEK = timedelta(days=7)


# "Tags: Syria, Aleppo, air strikes", "Posted in Syria | Tagged Russia, X", "#Syria #Raqqa";
# share buttons, "Share this with Facebook | Share this with Twitter", are furniture as well.
_TAG_LINE_RE = re.compile(
    rf"^[ \t]*(?:{alternation(load('posts')['tag_labels'] + load('posts')['share_labels'])})"
    r"(?:[ \t]*:[^\n]*|[ \t]+[^\n|]*\|[^\n]*"
    # "Keywords Syria, Russia, X, airstrikes": a label with no colon before a line of three
    # short items or more between commas, with no stop.
    r"|[ \t]+[^\n,.:;|]{1,30}(?:,[ \t]*[^\n,.:;|]{1,30}){2,}[ \t]*)$"
    r"|^[ \t]*(?P<hashtags>(?:#[\w-]+[ \t,|]*){2,})$"
    # A post's heading, its tags barred from its day and time ("#Raqqa | Saturday 9 January
    # 2016 | 17:00"): the tags say what the post is about, not where a strike fell; only they
    # are blanked, the day dating the post.
    r"|^[ \t]*(?P<posttags>#[\w’'-]+(?:[ \t]+#[\w’'-]+)*)(?=[ \t]*\|[^\n]*\d)"
    # A post's tags closing its line ("... six raids on the town so far #X #Russia"): what
    # the post is filed under, not a place struck. After a colon or comma they are a list; a
    # clause they complete is checked in ``_without_tag_lines``.
    r"|(?<=[^\s:,])[ \t]+(?P<tailtags>#[\w’'-]+(?:[ \t]+#[\w’'-]+)+)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# The clause before a post's closing tags: ended ("... so far", "... since dawn.") when it
# holds five words or more and its last is no preposition or conjunction waiting for the tags
# ("Jets bombed #X #Y", "strikes on #X #Y" name the places struck).
_CLAUSE_BEFORE_TAGS_RE = re.compile(
    r"(?:[^\s.!?]+[ \t]+){4}[^\s.!?]+[.!?…]?$(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bof)"
    r"(?<!\bnear)(?<!\bover)(?<!\band)(?<!\bor)(?<!\bto)",
    re.IGNORECASE,
)
_TAG_WORDS = ("tag", "topic", "filed", "posted in", "categor", "keyword", "more on", "#", "share")
# A line ending so that the next one goes on with it: "Jets bombed these towns today:", or
# "Raids at this hour on" waiting for the places its next line tags.
_LIST_GOES_ON_RE = re.compile(r"[:,][ \t]*\n$|\b(?:and|or|on|in)[ \t]*\n$", re.IGNORECASE)


def _closes_on_tags(text: str, s: int, e: int) -> bool:
    """Say whether a sentence telling strikes closes on a line of two hashtags or more.

    "Raids at this hour on / #X #Y #Z / #W": the tags are the places struck, and a
    line of tags right below goes on with them.
    """
    last = text[s:e].rstrip().rsplit("\n", 1)
    if len(last) < 2:
        return False
    words = last[1].split()
    return len(words) >= 2 and all(w.startswith("#") for w in words)


def _without_tag_lines(doc: Document) -> Document:
    """Return the report with its tag and category lines blanked (offsets kept).

    A page's tags ("Tags: Syria, Aleppo, air strikes, Russia") name no struck
    place, and their air force is no striker's. A line of hashtags is a page's
    tags too, unless it goes on with the line right above it, a list opened
    there ("Jets bombed these towns today:" then "#X #Y #Z").
    """
    lower = doc.text.lower()
    if not any(w in lower for w in _TAG_WORDS):
        return doc
    text = doc.text
    out: list[str] = []
    last = 0
    kept_end = -2
    for m in _TAG_LINE_RE.finditer(text):
        if m.group("hashtags") and (
            kept_end == m.start() - 1
            or _LIST_GOES_ON_RE.search(text, max(0, m.start() - 200), m.start())
        ):
            kept_end = m.end()
            continue
        if m.group("tailtags"):
            line_start = text.rfind("\n", 0, m.start()) + 1
            clause = re.split(r"[.!?]\s", text[line_start : m.start()])[-1]
            if not _CLAUSE_BEFORE_TAGS_RE.search(clause):
                continue
        out.append(text[last : m.start()])
        out.append(" " * len(m.group()))
        last = m.end()
    if not out:
        return doc
    out.append(text[last:])
    return replace(doc, text="".join(out))


def _is_history(ev: StrikeEvent, published: date, text: str = "") -> bool:
    """Say whether a strike is dated to a year long before the report ("in May 2014").

    "the video first appeared in May 2014, ... the aftermath of a barrel bomb in X":
    a strike the report recalls from years before is history, as a place named with
    such a year is (see ``roles``).
    """
    if ev.event_date is None:
        return False
    if (
        ev.time_precision in ("month", "week")
        and ev.date_basis == "explicit"
        and (published - ev.event_date).days > _VAGUE_HISTORY_DAYS
        and (
            _MONTH_AFTER_PLACE_RE.match(text, ev.char_end) is not None
            or _MONTH_OPENING_RE.match(ev.quote) is not None
            or _PICTURE_TAKEN_MONTH_AFTER_RE.match(text, ev.char_end) is not None
        )
    ):
        # "Nov 2015: bombers struck near X" in a list of March, "their strikes on X in early
        # February" in June: a strike told months back by its month alone is history, no
        # strike of a day.
        return True
    if text and _month_opened_sentence(ev, published, text):
        return True
    if text and _struck_in_a_past_year(ev, published, text):
        return True
    if (
        ev.time_precision == "day"
        and ev.date_basis == "explicit"
        and ev.event_date >= CAMPAIGN_START
    ):
        # "On 30 September 2015 jets struck X", in a reference work or a review of early
        # 2017: a day of the campaign written in full is history only two years back in days.
        # One before the campaign ("first struck on 23 September 2014", in 2016) is
        # background by its calendar year, as a strike told by its month or year is.
        return (published - ev.event_date).days > 365 * _HISTORY_YEARS
    return ev.event_date.year <= published.year - _HISTORY_YEARS


# "The school was hit by a barrel bomb in 2014": a strike told in the passive, dated by a year.
_PAST_YEAR_STRIKE_RE = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(?:hit|struck|bombed|destroyed|damaged|targett?ed)\b[^.;:\n]{0,60}?"
    r"\s+in\s+((?:19|20)\d\d)\b(?!\s*[-–/])"
)


def _struck_in_a_past_year(ev: StrikeEvent, published: date, text: str) -> bool:
    """Say whether the only strike told of the place is dated by a year long past.

    "Children play on the ruins of a school in X, October 22, 2016. The school was hit by a
    barrel bomb in 2014": the caption's day is the photograph's, and the one strike its line
    tells after the place is history. A strike word before that one tells another strike.
    """
    end = min(len(text), ev.char_end + 200)
    m = _PAST_YEAR_STRIKE_RE.search(text, ev.char_end, end)
    if m is None or int(m.group(1)) > published.year - _HISTORY_YEARS:
        return False
    if "\n" in text[ev.char_end : m.start()]:
        return False
    line_start = text.rfind("\n", 0, ev.char_start) + 1
    return _TRIGGER_RE.search(text, line_start, m.start()) is None


def _month_opened_sentence(ev: StrikeEvent, published: date, text: str) -> bool:
    """Say whether the strike's sentence opens with a past month of its own and no day.

    "In February, he says, jets destroyed a clinic in X", in a June report: the month that
    frames the sentence dates the strike, and with no day it is history, whatever day the
    paragraph told before; so it is when the month is the strike's own but months back.
    """
    assert ev.event_date is not None
    start = ev.char_start
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), -1) + 1
    m = _MONTH_SENTENCE_OPENING_RE.match(text, opening, start)
    if m is None:
        return False
    month = month_number(m["month"])
    if month == published.month:
        return False
    if month != ev.event_date.month:
        return True
    return (
        ev.time_precision in ("month", "week")
        and (published - ev.event_date).days > _VAGUE_HISTORY_DAYS
    )


#: How many days back a strike dated by its month alone is history.
_VAGUE_HISTORY_DAYS = 90
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "X in early February", "X and Y in early February": the month right after the place, or
# after the list it closes, dates it.
_MONTH_AFTER_PLACE_RE = re.compile(
    rf"[^.;:,\n]{{0,30}}?\s+in\s+(?:(?:early|mid|late)[\s-]+)?{_MONTHS}(?!\s+\d)"
)
# "In February, he says, ...": a sentence framed by a month alone (its part of it or not, a
# year or not), a comma closing it.
_MONTH_SENTENCE_OPENING_RE = re.compile(
    rf"\s*In\s+(?:(?:early|mid|late)[\s-]+)?(?P<month>{_MONTHS})(?:\s+(?:19|20)\d\d)?\s*,"
)
# "X, Y province, in this picture taken March 2016": a caption's month and year alone, the day
# of the picture unknown.
_PICTURE_TAKEN_MONTH_AFTER_RE = re.compile(
    r"[^.;\n]{0,60}?\bin\s+(?:this|a)\s+(?:(?:file|handout|undated)\s+)?"
    rf"(?:picture|photo|photograph|image)\s+taken\s+(?:in\s+)?{_MONTHS}"
    r"(?:\s+(?:19|20)\d\d)?(?!\s*\d)"
)
# "Nov 2015: ...": a list's entry headed by a month and year alone.
_MONTH_OPENING_RE = re.compile(rf"\s*{_MONTHS}\s+(?:19|20)\d\d\s*[:–—-]")


# "..., the Observatory and the Civil Defence said": two known voices joined before one verb
# of saying, the second as much a claimant as the first.
_JOINT_VOICES_RE = re.compile(r",?\s+and\s+(?:the\s+)?")
# "the state news agency SANA said": the voice's own name may follow its kind.
_JOINT_SAID_AFTER_RE = re.compile(r"(?:\s+[A-Z][\w-]*)?\s+(?:said|say|says|reported|told)\b")


def _joint_voices(ctx: _DocContext, s: int, e: int, found: list[StrikeEvent]) -> list[StrikeEvent]:
    """Add the second of two voices saying together to the strikes the first one claims.

    "Helicopters bombed X, killing five, the Observatory and the Civil Defence said":
    the strike is told by both, each a claimant of its own.
    """
    cues = _find_cached(ctx, _CLAIMANT_RE, s, e)
    for first, second in zip(cues, cues[1:], strict=False):
        if (
            first.label != second.label
            and _JOINT_VOICES_RE.fullmatch(ctx.text, first.end, second.start)
            and _JOINT_SAID_AFTER_RE.match(ctx.text, second.end)
        ):
            added = [
                replace(ev, claimant=second.label) for ev in found if ev.claimant == first.label
            ]
            return found + added
    return found


# "Activists said helicopters bombed A, and the civil defence said its teams could not reach
# B": a voice opening a clause of its own after ", and" claims the places it goes on to name.
_AND_VOICE_BEFORE_RE = re.compile(r",\s+(?:and|while|whereas)\s+(?:the\s+|a\s+|an\s+)?$")
# ", and an activist network in Y province reports that ...": a later clause's voice may be
# placed by a short phrase of capitalised words before its verb, which may be in the present;
# its name may run on past the cue ("the Syrian Observatory for Human Rights said").
_CLAUSE_SAID_AFTER_RE = re.compile(
    r"(?:\s+[A-Z][\w-]*)?"
    r"(?:\s+(?:for|of)\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)?"
    r"(?:\s+(?:in|from)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*"
    r"(?:\s+(?:province|governorate|countryside))?)?"
    r"\s+(?:said|say|says|reported|reports|report|told)\b"
)


_ALSO_TOO_AGAIN_RE = re.compile(r"\b(?:also|too|again)\b", re.IGNORECASE)
_CLAUSE_VOICE_SIDES: dict[str, str] = {
    label: side for label, side in load("actors")["clause_voice_sides"].items() if label != "note"
}


def _clause_voice(ctx: _DocContext, s: int, e: int, m: Mention) -> str | None:
    """Return the voice of a later clause of the sentence that names ``m`` after it says."""
    cue = _clause_voice_cue(ctx, s, e, m)
    return cue.label if cue is not None else None


# "X (Feb 16, regime jets, per local rescuers)": the voice after "per" in a bracket right
# after a place speaks for that place alone.
_PER_BEFORE_RE = re.compile(
    r"\b(?:per|according\s+to|source:)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE
)


def _bracket_voice(ctx: _DocContext, e: int, m: Mention) -> str | None:
    """Return the voice a bracket right after ``m`` credits, "X (Feb 16, per rescuers)"."""
    text = ctx.text
    close = _bracket_after(text, m, e)
    if close < 0:
        return None
    for c in _find_cached(ctx, _CLAIMANT_RE, m.end, close):
        if c.end <= close and _PER_BEFORE_RE.search(text, max(m.end, c.start - 25), c.start):
            return c.label
    return None


def _clause_voice_actor(ctx: _DocContext, s: int, e: int, m: Mention) -> str | None:
    """Return the side a later clause's voice speaks for, when its clause names no aircraft.

    "The ministry denied that its aircraft had flown over X, while the state news agency
    said the army had targeted gatherings in Y": the agency tells its own side's strike on Y,
    not the aircraft of the first clause.
    """
    cue = _clause_voice_cue(ctx, s, e, m)
    cues = _find_actor_cues(ctx, s, e)
    if cue is None or any(cue.start <= a.start < m.start for a in cues):
        return None
    side = _CLAUSE_VOICE_SIDES.get(cue.label)
    if (
        side is None
        and any(a.start < cue.start for a in cues)
        and not _ALSO_TOO_AGAIN_RE.search(ctx.text, cue.end, m.start)
    ):
        # "X said barrel bombs hit A, and activists report that warplanes struck B": a second
        # voice naming no side tells aircraft of its own, not the weapons of the first clause;
        # they are the report's, as any unmarked strike's ("also struck B" keeps the first).
        return _default_actor(ctx)
    return side


def _find_actor_cues(ctx: _DocContext, s: int, e: int) -> list[_Span]:
    return _sentence_actor_cues(ctx, s, e)[0]


def _clause_voice_cue(ctx: _DocContext, s: int, e: int, m: Mention) -> _Span | None:
    """Return the voice cue of a later clause of the sentence that names ``m`` after it says.

    The clause must open with ", and" (", while", ", whereas") and its voice come right
    before its verb of saying; the sentence's first voice keeps the places before it.
    """
    cues = _find_cached(ctx, _CLAIMANT_RE, s, e)
    for i in range(len(cues) - 1, 0, -1):
        c = cues[i]
        if c.end > m.start:
            continue
        if cues[i - 1].end + 1 >= c.start and cues[i - 1].label == c.label:
            # "the state news agency SANA": the name after its kind, one voice.
            continue
        if _AND_VOICE_BEFORE_RE.search(ctx.text, max(s, c.start - 16), c.start) and (
            _CLAUSE_SAID_AFTER_RE.match(ctx.text, c.end)
        ):
            return c
        return None
    return None


# "The Observatory attributed the same attack to regime aircraft": a second voice, and its
# own actor, for the strike the sentence before told.
_ATTRIBUTED_AGAIN_RE = re.compile(
    r"\b(?:attribut\w+|blam\w+)\s+(?:the\s+)?same\s+(?:attack|strike|air\s*strike|raid|bombing)"
    r"\s+(?:to|on)\b",
    re.IGNORECASE,
)


# "Local activists said the strike hit a poultry farm": a voice on what the strike hit.
_TOLD_AGAIN_RE = re.compile(
    r"\b(?:said|say|says|reported|claimed)\s+(?:that\s+)?the\s+strike\s+(?:had\s+)?"
    r"(?:hit|struck|destroyed|damaged)\b"
    # "a commander said Russian strikes had hit his group's headquarters there": the place
    # just told, named again as "there".
    r"|\b(?:said|say|says|reported|claimed)\s+(?:that\s+)?(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:air\s*)?strikes?\s+(?:had\s+|have\s+|has\s+)?(?:hit|struck|destroyed|damaged)\s+"
    r"[^.;:]{0,50}?\bthere\b",
    re.IGNORECASE,
)


# "The town's local council said fire broke out in several buildings": the struck town's
# own body, named by the town just told, speaking in the next sentence.
_OWN_BODY_TOLD_RE = re.compile(
    r"\b[Tt]he\s+(?:town|city|village|camp|suburb)['’]s\s+(?:local\s+)?(?:council|media\s+office)"
    r"\s+(?:said|says|reported)\b"
)


# "X was also hit. State media said the air force had destroyed depots there": a voice's own
# claim of what the strike just told hit, the place named again as "there" or "the town".
# The saying verb opens the claim; the deed and the place named again follow in its clause.
_CLAIM_SAID_RE = re.compile(r"\b(?:said|says|saying|claimed|claims|reported|reports|stated)\b")
#: How many sentences back the strike a claim points back at may be told.
_CLAIMS_THERE_LOOK_BACK = 2
_CLAIMED_DEED_RE = re.compile(
    r"\b(?:destroyed|targeted|hit|struck|bombed|pounded|killed|neutrali[sz]ed|eliminated)\b"
    # "two barrel bombs fell on the town's western neighbourhood": what dropped fell there.
    r"|\b(?:bombs?|missiles?|rockets?)\s+(?:fell|landed)\s+(?:on|in)\b",
    re.IGNORECASE,
)
_PLACE_AGAIN_RE = re.compile(
    r"\bthere\b|\b(?:in|on|at|of|near|around)\s+the\s+(?:town|village|city)\b(?!\s+of\b)"
    # "near the city's main square": a part of the place told before; "hit the town's
    # bakery": the part struck, after the deed.
    r"|\b(?:in|on|at|near|around|hit|struck|bombed|targeted|pounded)\s+the\s+"
    r"(?:town|village|city)['’]s\s",
    re.IGNORECASE,
)
# ", the Syrian Civil Defence said.": a voice closing the sentence it claims.
_TRAILING_SAID_RE = re.compile(
    r",\s+(?:[\w'’-]+\s+){1,6}?(?:said|says|reported)\s*\.?\s*$", re.IGNORECASE
)
_EDGE_OF_BEFORE_RE = re.compile(
    r"\b(?:outskirts|edges?|vicinity|periphery|environs|surroundings)\s+$", re.IGNORECASE
)


# "The Syrian Civil Defence ... put the toll at 25": another voice's toll of the strike just
# told, in a sentence naming no place.
_TOLL_AGAIN_RE = re.compile(
    r"\b(?:put|puts|putting|gave|gives|raised|raises)\s+(?:the|its)\s+(?:(?:death|final)\s+)?"
    r"toll\s+at\b"
)
#: Most sentences back a toll's strike may be told, those between naming no place.
_TOLL_AGAIN_LOOK_BACK = 3
# "Rescue workers said the strikes came shortly after noon": a voice telling when the strike
# just told came, the sentences between naming no place.
_TIMED_AGAIN_RE = re.compile(
    r"\b(?:said|say|says|reported)\s+(?:that\s+)?the\s+(?:air\s*)?strikes?\s+(?:had\s+)?"
    r"(?:came|come|fell|landed|began|started)\s+(?:at|shortly|just|around|about|minutes|soon"
    r"|after|before|as|during|while|in\s+the)\b",
    re.IGNORECASE,
)
# "Rescuers said a second strike hit the same street minutes later": a voice telling a double
# tap on the place just told, the sentences between naming no place.
_DOUBLE_TAP_RE = re.compile(
    r"\b(?:said|say|says|reported|claimed)\s+(?:that\s+)?(?:a|the)\s+(?:second|third|further)"
    r"\s+(?:air\s*)?strike\s+(?:had\s+)?(?:hit|struck)\s+the\s+same\b",
    re.IGNORECASE,
)


def _attributed_again(
    ctx: _DocContext, index: int, s: int, e: int, events: list[StrikeEvent]
) -> list[StrikeEvent]:
    """Repeat the last sentence's strikes for a voice that attributes the same attack anew.

    "Local activists said the strike hit a poultry farm": a voice telling, in a sentence
    naming no place, what the strike just told hit, speaks of it too (its actor kept); so
    does the struck town's own council ("The town's local council said ..."), and a
    voice putting the toll at its own figure ("Rescuers put the toll at 25") or telling a
    second strike on the same spot ("Rescuers said a second strike hit the same street").
    """
    if not events:
        return []
    claimed = _claimed_there(ctx, index, s, e, events)
    if claimed:
        return claimed
    own = _own_strike_claimed(ctx, index, s, e, events)
    if own:
        return own
    lower = ctx.lower[s:e]
    said_again = ("the strike" in lower or " there" in lower) and _TOLD_AGAIN_RE.search(
        ctx.text, s, e
    ) is not None
    own_body = ("council" in lower or "media office" in lower) and _OWN_BODY_TOLD_RE.search(
        ctx.text, s, e
    ) is not None
    later_again = "toll" in lower and _TOLL_AGAIN_RE.search(ctx.text, s, e) is not None
    later_again = later_again or (
        "the same" in lower and _DOUBLE_TAP_RE.search(ctx.text, s, e) is not None
    )
    later_again = later_again or (
        "the strike" in lower and _TIMED_AGAIN_RE.search(ctx.text, s, e) is not None
    )
    told_again = (said_again or own_body or later_again) and not _mentions_in(ctx, s, e)
    if not told_again and ("same" not in lower or not _ATTRIBUTED_AGAIN_RE.search(ctx.text, s, e)):
        return []
    claimant, actor = _claimant_of(ctx, index), _actor_of(ctx, index)
    last = events[-1].sentence_index
    if told_again and (
        index - last == 1
        # Sentences naming no place between ("The monitor said the jets were Russian.").
        or (
            later_again
            and index - last <= _TOLL_AGAIN_LOOK_BACK
            and not _mentions_in(ctx, ctx.sentences[last + 1][0], s)
        )
    ):
        return [
            replace(ev, claimant=claimant)
            for ev in events
            if ev.sentence_index == last and claimant not in (None, ev.claimant)
        ]
    if claimant is None or actor is None or index - last > 2:
        return []
    return [
        replace(ev, claimant=claimant, actor=actor)
        for ev in events
        if ev.sentence_index == last and (ev.claimant, ev.actor) != (claimant, actor)
    ]


# "Russia said it had targeted Islamic State positions", "The ministry said its jets had hit
# terrorist positions": a voice saying it struck, naming no place, in the sentence right after
# the strikes another voice told.
_OWN_STRIKE_CLAIMED_RE = re.compile(
    r"\b(?:said|says|claimed|claims|insisted|insists|announced|announces)\s+(?:that\s+)?"
    r"(?:it|its\s+(?:jets|warplanes|war\s?planes|aircraft|planes|bombers|air\s+force))\s+"
    r"(?:had\s+|has\s+)?(?:only\s+)?(?:targeted|struck|hit|bombed|attacked|destroyed)\b"
)


def _own_strike_claimed(
    ctx: _DocContext, index: int, s: int, e: int, events: list[StrikeEvent]
) -> list[StrikeEvent]:
    """Repeat the strikes just told for a side that says, naming no place, it struck them.

    "Air strikes hit X and Y on Tuesday, the monitor said. Russia said it had targeted
    Islamic State positions.": the second voice claims the same strikes, against the target
    it names; its own row for each place.
    """
    if "it" not in ctx.lower[s:e] or _mentions_in(ctx, s, e):
        return []
    said = _OWN_STRIKE_CLAIMED_RE.search(ctx.text, s, e)
    if said is None:
        return []
    last = events[-1].sentence_index
    if index - last != 1:
        return []
    claimant = _claimant_of(ctx, index)
    if claimant is None or any(
        ev.claimant == claimant for ev in events if ev.sentence_index == last
    ):
        return []
    cues = [c for c in _target_cues(ctx, said.end(), e)]
    target = _target_label(cues[0].label) if cues else "unspecified"
    return [
        replace(ev, claimant=claimant, claimed_target=target)
        for ev in events
        if ev.sentence_index == last
    ]


def _claimed_there(
    ctx: _DocContext, index: int, s: int, e: int, events: list[StrikeEvent]
) -> list[StrikeEvent]:
    """Return a voice's own claim on the one place the sentence before told struck.

    "X was also hit. SANA said the air force had destroyed 'terrorist' depots in the
    town": the report tells the strike, and the voice of the next sentence, naming no
    place but pointing back at it, claims it too, with its own aircraft and target.
    """
    if _mentions_in(ctx, s, e):
        return []
    told = events[-1].sentence_index
    # Another voice's claim on it may come between ("The army claimed ... there. The council
    # rejected the claim, saying those killed there were farmers."), naming no place either.
    if not 0 < index - told <= _CLAIMS_THERE_LOOK_BACK or _mentions_in(
        ctx, ctx.sentences[told][1], s
    ):
        return []
    last = [ev for ev in events if ev.sentence_index == told]
    if len({place_key(ev.place_as_written) for ev in last}) != 1:
        return []
    said = _CLAIM_SAID_RE.search(ctx.text, s, e)
    if said is None:
        return []
    # The claim's own clause: up to a semicolon or the sentence's end; or, when the voice
    # closes the sentence ("The raids hit ... the city's main square, rescuers said."), all
    # that comes before it.
    start, end = said.end(), ctx.text.find(";", said.end(), e)
    end = e if end < 0 else end
    trailing = _TRAILING_SAID_RE.search(ctx.text, s, e)
    if trailing is not None and trailing.start() > s:
        start, end = s, trailing.start()
    if _CLAIMED_DEED_RE.search(ctx.text, start, end) is None:
        return []
    again = _PLACE_AGAIN_RE.search(ctx.text, start, end)
    if again is None:
        return []
    claimant = _claimant_of(ctx, index)
    if claimant is None or any(ev.claimant == claimant for ev in last):
        return []
    ev = last[0]
    actor = _actor_of(ctx, index) or _claimant_side(ctx, index)
    if actor is None and claimant in ("sana", "state_media"):
        # The state agency's bare "the air force" is the Syrian one.
        bare = _BARE_AIR_FORCE_RE.search(ctx.text, said.end(), end)
        actor = "regime" if bare is not None else None
    # What the voice says was hit; "'terrorist' depots" name no side.
    cues = [t for t in _target_cues(ctx, s, end) if t.start >= start]
    target = _target_label(cues[0].label) if cues else "unspecified"
    # "a command post on the edge of the town": the voice places the strike near it.
    edge = _EDGE_OF_BEFORE_RE.search(ctx.text, max(s, again.start() - 20), again.start())
    return [
        replace(
            ev,
            claimant=claimant,
            actor=actor or ev.actor,
            claimed_target=target,
            place_relation="near" if edge is not None else ev.place_relation,
        )
    ]


# "at least 21 civilians were among the dead in the three villages": the places just told.
# "killed in those two districts": the places just told, pointed at again.
_PLACES_AGAIN_RE = re.compile(
    r"\b(?:in|from|of)\s+(?:the|both|all|those|these)\s+(?:(?:two|three|four|five|six|\d+)\s+)?"
    r"(?:villages|towns|neighbou?rhoods|districts)\b",
    re.IGNORECASE,
)


# Words of harm one of which a sentence must hold to tell victims of the strike before it
# ("A bakery in X was damaged": a civilian facility hit is a victim too).
_HARM_WORDS = ("killed", "wounded", "injured", "died", "dead", "damaged")


_BURIED_WORDS = ("rubble", "collapsed on", "trapped")
# "documented the death of 11 civilians in B", "the killing of": a monitor's toll told as a noun.
_TOLL_NOUN_WORDS = ("death", "killing of")
_SEMICOLON_RE = re.compile(";")


# "The target was an ISIS checkpoint", "The targets were rebel depots": what the strike just
# told hit, named in a sentence of its own.
_TARGET_WAS_RE = re.compile(r"\s*(?:The|Its|Their)\s+targets?\s+(?:was|were)\s")


def _target_told_next(
    ctx: _DocContext, index: int, s: int, e: int, events: list[StrikeEvent]
) -> None:
    """Give the last sentence's strikes the target the next sentence names as "the target".

    "Jets struck X this afternoon." then "The target was an ISIS checkpoint at the edge of
    the town.": a sentence naming no other place says what the strike hit.
    """
    if not events or events[-1].sentence_index != index - 1:
        return
    if _TARGET_WAS_RE.match(ctx.text, s) is None:
        return
    keys = {place_key(ev.place_as_written) for ev in events if ev.sentence_index == index - 1}
    if any(place_key(m.surface) not in keys for m in _mentions_in(ctx, s, e)):
        return
    cues = _target_cues(ctx, s, e)
    if not cues:
        return
    label = _target_label(cues[0].label)
    _target_sentence_before(events, index, label)


# "Members attributed those strikes to Syrian and Russian aircraft": the strikes just told,
# given to the aircraft named after "to" (or "on" after "blamed").
_STRIKES_ATTRIBUTED_RE = re.compile(
    r"\b(?:attribut\w+|blam\w+)\s+(?:those|these|the)\s+(?:air\s*)?(?:strikes|raids|attacks)"
    r"\s+(?:to|on)\s+(?P<sides>[^.;:]{1,60}?)\s+(?:aircraft|jets|warplanes|planes)\b",
    re.IGNORECASE,
)


def _aircraft_attributed_next(
    ctx: _DocContext, index: int, s: int, e: int, events: list[StrikeEvent]
) -> None:
    """Give the last sentence's strikes the aircraft the next sentence attributes them to.

    "Air strikes hit X and Y on Friday." then "Members attributed those strikes to Syrian
    and Russian aircraft.": in a sentence naming no place, one side named is the strikes'
    actor, two sides joined leave it unknown.
    """
    if not events or events[-1].sentence_index != index - 1:
        return
    lower = ctx.lower[s:e]
    if "attribut" not in lower and "blam" not in lower:
        return
    m = _STRIKES_ATTRIBUTED_RE.search(ctx.text, s, e)
    if m is None or _mentions_in(ctx, s, e):
        return
    sides = {c.label for c in _find_actor_cues(ctx, s, e) if m.start("sides") <= c.start < m.end()}
    if not sides:
        return
    actor = sides.pop() if len(sides) == 1 else "unknown"
    for k in range(len(events) - 1, -1, -1):
        if events[k].sentence_index != index - 1:
            break
        events[k] = replace(events[k], actor=actor)


def _target_sentence_before(events: list[StrikeEvent], index: int, label: str) -> None:
    """Give the strikes of the sentence before ``index`` that name no target ``label``."""
    for k in range(len(events) - 1, -1, -1):
        if events[k].sentence_index != index - 1:
            break
        if events[k].claimed_target == "unspecified":
            events[k] = replace(events[k], claimed_target=label)


# "15 Islamic State fighters were killed", "killing eight militants": fighters or militants
# a toll counts, whose group a target cue of the same sentence names.
_FIGHTERS_KILLED_RE = re.compile(
    r"\b(?:fighters|militants|members)\s+(?:were|had\s+been)\s+(?:killed|wounded)\b"
    r"|\b(?:killing|wounding|killed|wounded)\s+(?:at\s+least\s+|more\s+than\s+|about\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:fighters|militants|members)\b",
    re.IGNORECASE,
)


def _fighters_killed_next(
    ctx: _DocContext, index: int, s: int, e: int, events: list[StrikeEvent]
) -> None:
    """Give the last sentence's strikes the group whose fighters the next sentence counts dead.

    "The monitor said jets struck X and Y on Wednesday." then "It said 15 Islamic State
    fighters were killed.": a sentence naming no place, right after the strike, tells whose
    fighters it killed; strikes with no target of their own take that group.
    """
    if not events or events[-1].sentence_index != index - 1:
        return
    if _mentions_in(ctx, s, e) or _FIGHTERS_KILLED_RE.search(ctx.text, s, e) is None:
        return
    labels = {_target_label(t.label) for t in _target_cues(ctx, s, e)}
    if len(labels) != 1 or not labels <= {"isis", "rebels"}:
        return
    (label,) = labels
    _target_sentence_before(events, index, label)


# "11 of those killed were civilians": a share of the toll the sentence before told.
_SHARE_OF_TOLL_RE = re.compile(
    r"\bof\s+(?:those|the\s+people|the\s+dead)\s+(?:killed|who\s+died|dead)?\s*"
    r"(?:were|was)\s+civilians\b",
    re.IGNORECASE,
)


def _share_of_toll_next(
    ctx: _DocContext, index: int, s: int, e: int, events: list[StrikeEvent]
) -> None:
    """Add a voice's own claim when the next sentence gives the share of civilians in a toll.

    "The army said jets struck positions around X, killing 40 militants." then "The monitor
    said 11 of those killed were civilians.": a voice of its own, naming no place, tells
    civilians among the dead of the strike just told, and claims it as such.
    """
    if not events or events[-1].sentence_index != index - 1:
        return
    if _mentions_in(ctx, s, e) or _SHARE_OF_TOLL_RE.search(ctx.text, s, e) is None:
        return
    voice = _sentence_claimant(ctx, s, e)
    if voice is None:
        return
    told = {(ev.place_as_written, ev.claimant) for ev in events if ev.sentence_index == index - 1}
    again = [
        replace(ev, claimant=voice, claimed_target="civilians")
        for ev in events
        if ev.sentence_index == index - 1 and (ev.place_as_written, voice) not in told
    ]
    events.extend(again)


def _victims_there_again(
    ctx: _DocContext, index: int, s: int, e: int, events: list[StrikeEvent]
) -> None:
    """Make a place of the last sentence a civilian target when the next one tells victims there.

    "Jets struck A and B, the monitor said." then "A family of six was killed in B.":
    a sentence with no strike of its own, right after the strike, naming civilian
    victims in one of its places (or their deaths as a monitor counts them: "documented the
    death of 11 civilians in B"). A voice of its own in that sentence claims the strike on
    that place as well.
    """
    if not events or events[-1].sentence_index != index - 1:
        return
    lower = ctx.lower[s:e]
    # "'X now, families under the rubble,' the post read": the buried are victims too, and so
    # are those a building fell on ("In B a house collapsed on a family of seven").
    if not any(w in lower for w in _HARM_WORDS) and not any(
        w in lower for w in (*_BURIED_WORDS, *_TOLL_NOUN_WORDS)
    ):
        return
    victims = [t for t in _target_cues(ctx, s, e) if t.label == "civilians"]
    if not victims:
        return
    lo, hi = bisect_left(ctx.mention_starts, s), bisect_left(ctx.mention_starts, e)
    # "No one was hurt in A; in B a house collapsed on a family": the victims' own clause
    # says where they were.
    cuts = [s, *(m.end() for m in _SEMICOLON_RE.finditer(ctx.text, s, e)), e]
    clauses = [(a, b) for a, b in pairwise(cuts) if any(a <= t.start < b for t in victims)]
    named = {
        place_key(m.surface)
        for m in ctx.mentions[lo:hi]
        if any(a <= m.start < b for a, b in clauses)
    }
    # "The Local Coordination Committees said 14 people were killed in B": a voice of its own
    # telling the victims there claims the strike too.
    voice = _sentence_claimant(ctx, s, e)
    again: list[StrikeEvent] = []
    for i, ev in enumerate(events):
        if ev.sentence_index != index - 1 or place_key(ev.place_as_written) not in named:
            continue
        if ev.claimed_target in ("unspecified", "rebels"):
            events[i] = replace(ev, claimed_target="civilians")
        if voice is not None and voice != ev.claimant:
            again.append(replace(ev, claimant=voice, claimed_target="civilians"))
    if again:
        told = {(o.place_as_written, o.claimant) for o in events if o.sentence_index == index - 1}
        events.extend(ev for ev in again if (ev.place_as_written, ev.claimant) not in told)


# "killed in Russian air strikes on two villages", "pounded two rebel-held towns": strikes
# counted by their places, which the next sentences name.
_COUNTED_PLACES_RE = re.compile(
    r"\b(?:two|three|four|five|six|several|a\s+number\s+of|[\w-]+-(?:held|controlled))"
    r"\s+(?:[\w-]+\s+){0,2}?"
    r"(?:villages|towns|suburbs|neighbou?rhoods|districts)\b"
    # "air raids on villages of the X area": the villages of a region named around them.
    r"|\b(?P<region>villages|towns)\s+of\s+the\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+"
    r"(?:area|region|mountains?|hills|countryside|plain)\b",
    re.IGNORECASE,
)
_TOLL_WORDS = (*_HARM_WORDS, "killing", "wounding", "injuring")
#: How many sentences before a strike a toll of counted places may be told.
_VICTIMS_BEFORE_SENTENCES = 4


def _victims_told_before(
    ctx: _DocContext, index: int, found: list[StrikeEvent]
) -> list[StrikeEvent]:
    """Make a sentence's places civilian targets when a toll of strikes on them was told before.

    "Fourteen people were killed in Russian strikes on two villages." then "The monitor
    said jets hit A and B": a sentence before, giving no place of its own, counted the
    places struck and their civilian victims.
    """
    if all(ev.claimed_target != "unspecified" for ev in found):
        return found
    scope = _scope_key(ctx, ctx.sentences[index][0])
    for j in range(index - 1, max(-1, index - 1 - _VICTIMS_BEFORE_SENTENCES), -1):
        s, e = ctx.sentences[j]
        if ctx.live_blog and _scope_key(ctx, s) != scope:
            # A timeline's entry, or a live page's post, before: a toll of its own day.
            return found
        if any(
            governorate_of(m.surface) is None
            and not _is_foreign(m)
            and not (
                _is_region(m)
                and (counted := _COUNTED_PLACES_RE.search(ctx.text, s, e)) is not None
                and counted.group("region") is not None
            )
            for m in _mentions_in(ctx, s, e)
        ):
            # A sentence naming a finer place tells strikes of its own; a region only names
            # where the villages of its toll lie ("villages of the X area").
            return found
        lower = ctx.lower[s:e]
        if j == index - 1 and _valid_triggers(ctx, j, s, e):
            # "airstrikes on the dens of Jabhat al-Nusra terrorists in Daraa countryside"
            # then "the airstrikes destroyed hideouts in A and B": whose ground the strikes
            # told before, at no finer place, were on.
            sides = _strikes_again_sides(ctx, index, s, e)
            if len(sides) == 1:
                side = sides.pop()
                return [
                    replace(ev, claimed_target=side) if ev.claimed_target == "unspecified" else ev
                    for ev in found
                ]
        if not any(w in lower for w in _TOLL_WORDS):
            continue
        if _COUNTED_PLACES_RE.search(ctx.text, s, e) is None:
            continue
        if not any(t.label == "civilians" for t in _target_cues(ctx, s, e)):
            continue
        return [
            replace(ev, claimed_target="civilians") if ev.claimed_target == "unspecified" else ev
            for ev in found
        ]
    return found


# "the airstrikes destroyed ...": the strikes of the sentence before, named again; or "the
# terrorists' positions" they hit, the side the sentence before named pointed back at.
_THE_STRIKES_AGAIN_RE = re.compile(
    r"\bthe\s+(?:air\s*)?(?:air-?strikes|strikes|raids)\b"
    r"|\b(?P<anaphor>the\s+(?:terrorists|militants|insurgents|jihadists)['’]\s)",
    re.I,
)
# "Takfiri terrorists": an epithet, naming no group the anaphor could stand for.
_EPITHET_CUE_RE = re.compile(r"takfiri", re.I)
_SIDE_TARGETS = frozenset(("rebels", "isis"))


def _strikes_again_sides(ctx: _DocContext, index: int, s: int, e: int) -> set[str]:
    """Return the sides the strikes before were on, when this sentence names them again.

    Empty unless the sentence ``index`` speaks of "the airstrikes" and the one
    before (``s:e``) names a side's ground and no civilians.
    """
    a, b = ctx.sentences[index]
    again = None if "the " not in ctx.lower[a:b] else _THE_STRIKES_AGAIN_RE.search(ctx.text, a, b)
    if again is None:
        return set()
    cues = _target_cues(ctx, s, e)
    if again.group("anaphor"):
        # "the terrorists' positions" stands for a side the sentence before named by name.
        cues = [t for t in cues if not _EPITHET_CUE_RE.match(ctx.text, t.start)]
    labels = {t.label for t in cues}
    if labels - _SIDE_TARGETS:
        return set()
    return labels


# "Elsewhere, ...", "Meanwhile, ...": a sentence turning to other news.
_TURN_ASIDE_RE = re.compile(
    r"\b(?:elsewhere|meanwhile|separately|in\s+other\s+news)\b"
    # "18 civilians had been killed across the east of the city": a toll of a wider area.
    r"|\b(?:across|throughout)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:city|province|country"
    r"|enclave|region|east|west|north|south)\b"
    # "It denies hitting hospitals": what a side says it did not hit, no victims of the strike.
    r"|\bden(?:y|ies|ied|ying)\s+(?:ever\s+|having\s+)?(?:hitting|striking|targeting|bombing"
    r"|attacking)\b",
    re.I,
)
_DESTINATION_BEFORE_RE = re.compile(r"\bto\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
# "the sorties destroyed ...", "the raids killed ...": the strikes just told named again with
# what they hit.
_HIT_AFTER_RE = re.compile(
    r"\b(?:the|these|those)\s+(?:(?:air\s*)?strikes?|airstrikes?|raids?|sorties|bombardment)\s+"
    r"(?:also\s+)?(?:destroyed|killed|hit|targeted|struck)\b"
    # "'All targets were destroyed,' he said, describing them as Islamic State depots": the
    # claimant naming what the targets just told were.
    r"|\b(?:describing|described|calling)\s+(?:them|the\s+targets)\s+as\b",
    re.IGNORECASE,
)
_THE_ACTIVISTS_RE = re.compile(r"\b[Tt]he\s+activists\b")
#: How many sentences after a strike its victims may still be told.
_VICTIMS_AFTER_SENTENCES = 2
#: The targets the sentences after a strike may give it (see _victims_after).
_VICTIM_LABELS = frozenset(("civilians", "rebels", "isis"))


def _toll_over_places_again(
    ctx: _DocContext, index: int, s: int, e: int, events: list[StrikeEvent]
) -> None:
    """Make the places just struck civilian targets when a toll points back at them all.

    "Jets pounded A and B and C." then "21 civilians were killed in the three towns, most
    of them in B, where a strike brought down a building": the toll is all three towns',
    though the sentence tells a strike of its own on the one it names.
    """
    if not events or not any(w in ctx.lower[s:e] for w in _HARM_WORDS):
        return
    last = events[-1].sentence_index
    if index - last != 1:
        return
    if _PLACES_AGAIN_RE.search(ctx.text, s, e) is None and not _share_of_toll(ctx, s, e, events):
        return
    if not any(t.label == "civilians" for t in _target_cues(ctx, s, e)):
        return
    claimant = _claimant_of(ctx, index)
    # "Jets pounded the rebel enclave of X, striking A, B and C." then the toll: who holds
    # the places is no target when the claimant names victims there.
    held = {t.label for t in _target_cues(ctx, *ctx.sentences[last])}
    holders = (
        ("unspecified", "rebels", "isis")
        if held and all(label.endswith("_area") for label in held)
        else ("unspecified",)
    )
    for i, ev in enumerate(events):
        if (
            ev.sentence_index == last
            and ev.claimed_target in holders
            and claimant in (None, ev.claimant)
        ):
            events[i] = replace(ev, claimed_target="civilians")


# "The strikes mostly hit ...", "The raids ...": a sentence opening on the strikes just told.
_STRIKES_AGAIN_OPENING_RE = re.compile(
    r"[\s\"'“‘]*(?:The|These)\s+(?:(?:air\s*)?(?:strikes|raids)|airstrikes|sorties)\b"
)
# "17 people were killed, most of them in X": a share of a toll placed at one of its places.
_SHARE_OF_THEM_BEFORE_RE = re.compile(
    r"\b(?:most|many|some|half|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+them"
    r"\s+in\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$",
    re.IGNORECASE,
)

# "killed at least nine people, two of them children, in": a toll placed whole at a place.
_TOLL_IN_BEFORE_RE = re.compile(
    r"\b(?:killed|killing|dead|died|wounded|wounding|injured|injuring)\b[^.;:]{0,50}?"
    r"\bin\s+(?:the\s+)?(?:(?:town|village|city|district|neighbou?rhood)\s+of\s+)?$",
    re.IGNORECASE,
)


def _share_of_toll(ctx: _DocContext, s: int, e: int, events: list[StrikeEvent]) -> bool:
    """Say whether a sentence tells the toll of the strikes just told, placing a share of it.

    "Jets struck A, B and C on Monday." then "The strikes mostly hit homes, ..., adding that
    23 civilians were killed, seven of them in A": the sentence right after, opening on the
    strikes or placing a share of its dead at a place ("most of them in A"), and naming only
    places they hit, tells the victims of them all.
    """
    mentions = _mentions_in(ctx, s, e)
    if not any(
        _SHARE_OF_THEM_BEFORE_RE.search(ctx.text, max(s, m.start - 40), m.start) for m in mentions
    ) and (
        _STRIKES_AGAIN_OPENING_RE.match(ctx.text, s) is None
        # "The strikes killed nine people in A": the whole toll placed at one of the places.
        or any(_TOLL_IN_BEFORE_RE.search(ctx.text, max(s, m.start - 60), m.start) for m in mentions)
    ):
        return False
    last = events[-1].sentence_index
    struck = {place_key(ev.place_as_written) for ev in events if ev.sentence_index == last}
    named = {place_key(m.surface) for m in mentions}
    return len(struck) > 1 and bool(named) and named <= struck


def _held_only(ctx: _DocContext, index: int) -> bool:
    """Say whether sentence ``index`` names targets only as who holds a place ("ISIS-held")."""
    a, b = ctx.sentences[index]
    cues = _target_cues(ctx, a, b)
    return bool(cues) and all(t.label.endswith("_area") for t in cues)


# "most of them were from X", "all of whom came from X": where the victims counted came from.
_VICTIMS_FROM_BEFORE_RE = re.compile(
    r"\b(?:them|whom|they)\s+(?:were|was|are|came|come)\s+(?:originally\s+)?from\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)


def _victims_after(ctx: _DocContext, index: int, s: int, e: int, events: list[StrikeEvent]) -> None:
    """Make the last strikes civilian targets when the sentences right after tell their victims.

    "Jets fired rockets at the outskirts of X, the activists said." then "A farmer was
    killed.": a sentence of the same paragraph (or of the next, pointing back at "the two
    towns") naming no place and no fighter, in no other voice, tells who the strike just
    told hit. A voice counting them speaks for a strike the report told in its own voice.
    """
    if not events:
        return
    last = events[-1].sentence_index
    # "X, an ISIS-held town, ..." then "11 civilians were killed": who holds the place is no
    # target when the next sentence counts civilians there.
    held = events[-1].claimed_target in ("isis", "rebels") and _held_only(ctx, last)
    if events[-1].claimed_target != "unspecified" and not held:
        return
    # Places abroad name no place struck ("fighters from Chechnya who entered from Turkey"),
    # nor does the victims' origin ("six drivers were killed; most of them were from X").
    if not 0 < index - last <= _VICTIMS_AFTER_SENTENCES or any(
        not _is_foreign(m)
        and not _VICTIMS_FROM_BEFORE_RE.search(ctx.text, max(s, m.start - 40), m.start)
        for m in _mentions_in(ctx, s, e)
    ):
        return
    cues = _target_cues(ctx, s, e)
    if not any(t.label in _VICTIM_LABELS for t in cues):
        return  # no victims to give, whoever speaks
    # "2 injured, both evacuated to the nearest hospital": where the wounded went.
    # "Opposition activists claim that eight civilians were killed": who speaks, and the
    # word qualifying them, are no target.
    speakers = _speaker_spans(ctx, s, e)
    cues = [
        t
        for t in cues
        if not _DESTINATION_BEFORE_RE.search(ctx.text, max(s, t.start - 40), t.start)
        and not any(
            a <= t.start < b or (a >= t.end and not ctx.text[t.end : a].strip())
            for a, b in speakers
        )
    ]
    labels = {t.label for t in cues}
    hit_again = _HIT_AFTER_RE.search(ctx.text, s, e) is not None
    # "The sorties destroyed a headquarters of Jabhat al-Nusra": an armed group the strike
    # just told hit, named alone in the next sentence, is its target as civilians are.
    if labels in ({"rebels"}, {"isis"}) and hit_again:
        target = labels.pop()
    elif labels == {"civilians"} or (
        # "It said at least six rebels and two civilians had been killed": civilians among
        # the fighters counted dead are victims the claim names.
        "civilians" in labels
        and labels <= _VICTIM_LABELS
        and any(w in ctx.lower[s:e] for w in _HARM_WORDS)
    ):
        target = "civilians"
    else:
        return
    if held and target != "civilians":
        return
    # A new paragraph goes on with the strike's victims only when it points back at its
    # places ("14 civilians were among the dead in the two towns") or at its strikes ("the
    # sorties destroyed ...").
    if (
        _paragraph_index(ctx, s) != _paragraph_index(ctx, ctx.sentences[last][0])
        and not hit_again
        and not _PLACES_AGAIN_RE.search(ctx.text, s, e)
    ):
        return
    if _TURN_ASIDE_RE.search(ctx.text, s, e):
        return
    claimant = _claimant_of(ctx, index)
    for i, ev in enumerate(events):
        if ev.sentence_index != last or (ev.claimed_target != "unspecified" and not held):
            continue
        if claimant in (None, ev.claimant) or (
            # "..., the Local Coordination Committees said." then "The activists said a school
            # was hit": the activist network named again as what it is.
            claimant == "activists"
            and ev.claimant == "lcc"
            and _THE_ACTIVISTS_RE.search(ctx.text, s, e) is not None
        ):
            events[i] = replace(ev, claimed_target=target)
        elif ev.claimant == "reporter":
            # "Russian jets struck X. The Civil Defence says six people were killed": a strike
            # the report tells in its own voice is the one whose victims the voice counts.
            events[i] = replace(ev, claimed_target=target, claimant=claimant)


def _written(ctx: _DocContext, precision: str) -> Callable[[StrikeEvent], set[date]]:
    """Return the function giving the dates of ``precision`` written in an event's sentence.

    ``"day"`` gives the calendar dates, ``"month"`` the months (as their first days).
    A weekday ("summoned the envoy on Monday after a jet entered its airspace on
    Saturday, as jets struck villages in X province") is a day of the week the report
    was written in, whichever of its sentence's days the event took.
    """

    def written(ev: StrikeEvent) -> set[date]:
        reference = ev.event_date or ctx.doc.published
        found = set()
        for cue in _sentence_cues(ctx, ev.sentence_index):
            if cue.kind == "explicit":
                resolved = resolve_cue(cue, reference)
            elif precision == "day" and cue.weekday is not None:
                resolved = resolve_cue(cue, ctx.doc.published)
            else:
                resolved = None
            if resolved is not None and resolved.precision == precision:
                found.add(resolved.date)
        if precision == "month":
            found.update(_bare_months(ctx, ev.sentence_index, reference))
        return found

    return written


# A summary of the whole span a report covers, not one day of it.
_REPORT_PERIOD_RE = re.compile(
    r"\b(?:during|over|in|throughout|for)\s+the\s+(?:(?:reporting|review|covered)\s+period"
    r"|period\s+(?:under\s+review|covered))\b",
    re.IGNORECASE,
)


def _period_days(ctx: _DocContext, events: list[StrikeEvent]) -> Callable[[StrikeEvent], set[date]]:
    """Return the function giving the days an event's sentence dates, as ``_written`` does.

    "Russian airstrikes concentrated on northern X during the reporting period, while
    troops seized Y on January 24": the sentence sums up every day the report tells, so it
    writes all of them, whatever day another of its clauses gives.
    """
    written = _written(ctx, "day")
    every = {ev.event_date for ev in events if ev.event_date is not None}

    def days(ev: StrikeEvent) -> set[date]:
        s, e = ctx.sentences[ev.sentence_index][:2]
        if _REPORT_PERIOD_RE.search(ctx.text, s, e):
            return written(ev) | every
        return written(ev)

    return days


# "struck a clinic and a market in February": a month named without its year.
_BARE_MONTH_RE = re.compile(
    r"\bin\s+(?:early\s+|late\s+|mid-)?(?P<month>January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b(?![\s,]+\d)"
)


def _bare_months(ctx: _DocContext, index: int, reference: date) -> set[date]:
    """Return the months a sentence names without a year ("in February"), as their first days.

    A month is the last of its name on or before ``reference``.
    """
    s, e = ctx.sentences[index]
    if " in " not in ctx.text[s:e]:
        return set()
    found = set()
    for m in _BARE_MONTH_RE.finditer(ctx.text, s, e):
        month = month_number(m["month"])
        year = reference.year if month <= reference.month else reference.year - 1
        found.add(date(year, month, 1))
    return found


def _place_parts(
    ctx: _DocContext, events: list[StrikeEvent], by_start: dict[int, Mention]
) -> list[StrikeEvent]:
    """Place a governorate-level event naming a compass part at a bearing from the capital.

    "the western part of Aleppo province": the event keeps its own words for the
    governorate's name and is put west of Aleppo city (see ``parts``).
    """
    out = []
    for ev in events:
        m = by_start.get(ev.char_start)
        bearing = (
            part_bearing(ctx.text, m.start, m.end)
            if m is not None and ev.place_level == "governorate"
            else None
        )
        if bearing is None:
            out.append(_city_part(ctx, ev, m))
            continue
        core = split_designator(ev.place_as_written)[0]
        at = ev.place_as_written.find(core)
        if not core or at < 0:
            out.append(ev)
            continue
        start = ev.char_start + at
        out.append(
            replace(
                ev,
                char_start=start,
                char_end=start + len(core),
                place_as_written=core,
                place_level=None,
                # The part is the governorate's own land: the governorate itself was struck.
                offset_km=part_km(ctx.text, m.start, m.end) if m is not None else part_km(),
                offset_bearing=bearing,
                offset_written=False,
            )
        )
    return out


def _city_part(ctx: _DocContext, ev: StrikeEvent, m: Mention | None) -> StrikeEvent:
    """Place a city named with its side ("rebel-held eastern X") a little way into that side.

    The side of a divided city is the city's own ground: the event stays ``in``
    the city, at a nominal distance from its centre (see ``parts``). The holder
    the city is named with ("rebel-held X") is carried as ``ground_as_written``
    (see ``ground``). Only a city of a capital's rank has either: a smaller
    place's point stands for all of it.
    """
    if m is None or not m.candidates or ev.place_level is not None:
        return ev
    top = m.candidates[0]
    if top.precision in ("neighbourhood", "governorate") or top.rank < CITY_RANK:
        return ev
    holder = written_holder(ctx.text, m.start, m.end)
    if holder is not None:
        ev = replace(ev, ground_as_written=holder)
    if ev.offset_km is not None:
        return ev
    offset = city_part_offset(ctx.text, m.start, m.end, top.rank)
    if offset is None:
        return ev
    km, bearing = offset
    return replace(
        ev, place_relation="in", offset_km=km, offset_bearing=bearing, offset_written=False
    )


def _find_in_plain_text(text: str, find_mentions: MentionFinder) -> list[Mention]:
    """Find place names in the text with its typography made plain, spans and surfaces kept.

    "Ma’arrat al‑Nu’man" (curly apostrophes, a non-breaking hyphen) is matched as
    "Ma'arrat al-Nu'man"; the mention keeps the text as written.
    """
    plain = plain_typography(text)
    if plain == text:
        return _whole_words(text, find_mentions(text))
    return _whole_words(
        text,
        [
            replace(m, surface=text[m.start : m.end]) if text[m.start : m.end] != m.surface else m
            for m in find_mentions(plain)
        ],
    )


#: A word broken at a line's end by a hyphen and going on in lower case on the next line.
_BROKEN_WORD_RE = re.compile(r"-[ \t]*\r?\n[ \t]*[a-z]")


def _whole_words(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop the names that are only the first half of a word hyphenated across a line break.

    Text taken from a printed page breaks words at the line's end: "On 31 Janu-" over "ary,
    a strike hit X" writes a month, not a place called "Janu"; the half going on in lower
    case after the break shows the word is not done.
    """
    return [m for m in mentions if not _BROKEN_WORD_RE.match(text, m.end)]


def _coarse_level(ctx: _DocContext):
    """Return the function saying whether a mention names a whole governorate or a sub-district."""

    def level(m: Mention) -> str | None:
        if _names_whole_governorate(ctx, m):
            return "governorate"
        return "district" if _names_subdistrict(ctx, m) else None

    return level


def _headline_spans(ctx: _DocContext) -> list[tuple[int, int]]:
    """Return the spans of title lines: the title, and the lines without a stop above the body.

    "Dozens of raids ... on the countryside of Idlib and Hama" above a
    bulletin summarises the places listed below it.
    """
    title = " ".join((ctx.doc.title or "").split()).casefold()
    spans = []
    heading = True
    lines = [(line.span(), " ".join(line.group().split())) for line in _LINE_RE.finditer(ctx.text)]
    lines = [(span, body) for span, body in lines if body]
    for i, (span, body) in enumerate(lines):
        # The lines above the body (title, standfirst, byline) end without a stop.
        heading = heading and not body.endswith((".", "!", "?")) and len(body) <= _HEADING_CHARS
        heading = heading and not _wrapped_sentence_at(ctx.text, lines, i)
        if heading or (title and body.casefold() == title):
            spans.append(span)
        elif ctx.live_blog and _post_heading(body, _line_below_post_header(ctx, lines, i)):
            spans.append(span)
    return spans


_LINE_RE = re.compile(r"[^\n]+")


def _line_below_post_header(
    ctx: _DocContext, lines: list[tuple[tuple[int, int], str]], i: int
) -> str:
    """Return the line after line ``i``, past the post's own date line when one comes first.

    "Helicopters drop barrel bombs on X" over "12 June, 2016" over the post's first
    sentence: the heading stands above its post's date.
    """
    j = i + 1
    if j + 1 < len(lines) and lines[j][0][0] in ctx.post_starts:
        j += 1
    return lines[j][1] if j < len(lines) else ""


def _wrapped_sentence_at(text: str, lines: list[tuple[tuple[int, int], str]], i: int) -> bool:
    """Say whether a line opens a paragraph hard-wrapped at a fixed width, not a title line.

    "Russian aircraft carried out 59 sorties and struck" over "terrorist targets in X
    and Y, the ministry said." with no blank line between: the next line goes on with a
    lower-case word, and the lines run on, unbroken by a blank line, to one that ends
    with a stop. A title wrapped over two lines ends without one.
    """

    def joined(j: int) -> bool:
        between = text[lines[j][0][1] : lines[j + 1][0][0]]
        return between.count("\n") == 1 and not between.strip()

    if i + 1 >= len(lines) or not joined(i) or not lines[i + 1][1][:1].islower():
        return False
    first = i
    while first > 0 and joined(first - 1):
        first -= 1
    if field_name(text, lines[first][0][0]) is not None:
        # "Key Takeaway: Russian airstrikes remained concentrated on ...": a labelled lead
        # sums up the body below it, as a standfirst does.
        return False
    j = i + 1
    while not lines[j][1].endswith((".", "!", "?", '"', "\u201d")):
        if j + 1 >= len(lines) or not joined(j):
            return False
        j += 1
    return True


_SUMMARY_HEADING_RE = re.compile(
    rf"^[ \t]*{alternation(load('posts')['summary_headings'])}[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A live page's timestamp line: "3.40pm GMT", "16:30 GMT", "10.00am".
_TIMESTAMP_LINE_RE = re.compile(
    r"^[ \t]*\d{1,2}[.:]\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*(?:[A-Z]{2,4})?[ \t]*-?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _summary_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of a live page's summaries: under a summary heading, to the next timestamp.

    Their strikes are told again in the posts below, whose sentences say more.
    """
    spans = []
    for m in _SUMMARY_HEADING_RE.finditer(text):
        stop = _TIMESTAMP_LINE_RE.search(text, m.end())
        if stop is not None:
            spans.append((m.start(), stop.start()))
    return spans


#: How long a live post's own heading may be.
_POST_HEADING_CHARS = 80


def _post_heading(body: str, following: str) -> bool:
    """Say whether a live blog line heads its post: short, no stop, above a longer sentence.

    "Strike on market in Idlib province" above "The rescuers say ... in Saraqib."
    """
    return (
        len(body) <= _POST_HEADING_CHARS
        and not body.endswith((".", "!", "?", ":"))
        and following.endswith((".", "!", "?", '"', "”"))
        and len(following) > len(body)
    )


_HEADING_CHARS = 200


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


_HIGHLIGHT_HEADING_RE = re.compile(
    rf"^[ \t]*{alternation(load('posts')['highlight_headings'])}[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_BULLET_LINE_RE = re.compile(r"[ \t]*[•*\u2013\u2014-][ \t]")


def _highlight_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of an update's highlights: the bulleted lines under a highlights heading.

    "HIGHLIGHTS / • Air strikes in X killed 38 civilians in four days" above the
    sections that tell each town struck: the list sums up the strikes below.
    """
    spans = []
    for m in _HIGHLIGHT_HEADING_RE.finditer(text):
        end = pos = m.end() + 1
        while pos < len(text):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            if _BULLET_LINE_RE.match(text, pos):
                end = line_end
            elif text[pos:line_end].strip():
                break
            pos = line_end + 1
        if end > m.end():
            spans.append((m.start(), end))
    return spans


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


def _told_in_headline(ctx: _DocContext, headlines: list[tuple[int, int]], ev: StrikeEvent) -> bool:
    """Say whether a title line tells the event: its place in the line, told by the line.

    A strike the lead tells at the title's town (:func:`_lead_title_town`) is the lead's.
    """
    told = ctx.sentences[ev.sentence_index][0] if ev.sentence_index < len(ctx.sentences) else 0
    return any(a <= ev.char_start < b and told < b for a, b in headlines)


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
_TOWNS_LOCATED_BEFORE_RE = re.compile(
    r"\b(?:towns|villages|areas|neighbou?rhoods|districts)\s+(?:(?:just|some|about)\s+)?"
    r"(?:(?:\d+\s*(?:km|kilomet(?:er|re)s?)\s+)?(?:north|south|east|west)[\w-]*\s+of|outside"
    r"|near|around)\s+(?:the\s+)?(?:(?:city|capital)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
#: How close a place the sentence names struck must lie to a city locating unnamed towns.
_LOCATED_TOWN_KM = 40.0


def _drop_towns_locators(
    ctx: _DocContext, events: list[StrikeEvent], by_start: dict[int, Mention]
) -> list[StrikeEvent]:
    """Drop a city locating unnamed towns when its sentence names one of them struck.

    "Air strikes on rebel-held towns east of X killed 45 people, most of them in a market in
    Y": the towns are told by name, and X only says where they lie. Named alone ("raids on
    villages near X") X stays the place the strikes are located by.
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


# "the X region, known in Syria as Y,": a second name given to the place just named.
_SECOND_NAME_GAP_RE = re.compile(
    r"(?:[ \t]+(?:region|area|district|mountains?|plain|valley|town|village))?[ \t]*,?[ \t]*"
    r"(?:(?:also|better|locally|widely)[ \t]+)?(?:known|called|named)[ \t]+"
    r"(?:(?:in|to)[ \t]+[A-Z][\w'’-]*[ \t]+|locally[ \t]+)?as[ \t]+(?:the[ \t]+)?"
)


def _drop_second_names(ctx: _DocContext, events: list[StrikeEvent]) -> list[StrikeEvent]:
    """Drop the events of a place's second name, given right after its first.

    "bombed villages in the X region, known in Syria as Y, in ...": Y names again the
    region X named; what the sentence tells of the place it told under its first name.
    """
    by_start = {m.start: m for m in ctx.mentions}

    def second_name(ev: StrikeEvent) -> bool:
        m = by_start.get(ev.char_start)
        if m is None:
            return False
        i = bisect_left(ctx.mention_starts, m.start) - 1
        if i < 0:
            return False
        first = ctx.mentions[i]
        if _SECOND_NAME_GAP_RE.fullmatch(ctx.text, first.end, m.start) is None:
            return False
        ids = {c.place_id for c in m.candidates}
        return any(c.place_id in ids for c in first.candidates)

    return [ev for ev in events if not second_name(ev)]


def _drop_datelines(ctx: _DocContext, events: list[StrikeEvent]) -> list[StrikeEvent]:
    """Drop the place of a dateline when the report names other struck places.

    "Damascus, SANA - The air force carried out 87 sorties ...", "HASAKAH –
    Fighters entered the town of X, while warplanes kept up their raids", "DAMASCUS: Air
    strikes on ...": where
    the report was filed stands for the strikes only in a report that names no
    other struck place.
    """
    by_start = {m.start: m for m in ctx.mentions}

    def dateline(ev: StrikeEvent) -> bool:
        m = by_start.get(ev.char_start)
        # "X, COUNTRY - MONTH 29: Smoke rises ..." over the next picture's "Y, COUNTRY - ...":
        # a list of captions opens each with its own picture's place, no dateline.
        return (
            m is not None
            and not is_caption_opening(ctx, m)
            and (
                is_credited_dateline(ctx, m)
                or is_dash_dateline(ctx, m)
                or is_caps_colon_dateline(ctx, m)
                or is_bracket_credit_dateline(ctx, m)
            )
        )

    kept = [ev for ev in events if not dateline(ev)]
    return kept if kept else events


# A page's list of other stories: "Related:", "Read more: <headline>", "Read also:", "See also",
# a broadcaster's "Related content" heading over dated headlines, a monitoring service's
# "Related items" over its other items' headlines.
_RELATED_MARK_RE = re.compile(
    r"^[ \t]*(?:Related(?:\s+(?:stories|articles|news|posts|links|coverage|content|items|reports))?"
    r"|Read\s+(?:more|also)|Also\s+read|See\s+also|More\s+(?:stories|on\s+this)"
    r"|You\s+may\s+also\s+like)[ \t]*:?[ \t]*",
    re.MULTILINE | re.IGNORECASE,
)
#: Longest line read as a related story's headline, and most lines read after a mark.
_RELATED_HEADLINE_CHARS = 120
_RELATED_LINES = 20
#: Longest bulleted line read as a headline: a trimmed page may cut one in mid-sentence.
_RELATED_BULLET_CHARS = 240
_BULLET_RE = re.compile(r"[-–•*][ \t]")


# A page's list of other stories below the report: "More from Syria", "Most read".
_MORE_STORIES_MARK_RE = re.compile(
    rf"^[ \t]*(?:{alternation(load('posts')['more_stories_marks'])})[ \t]*:?[ \t]*",
    re.MULTILINE | re.IGNORECASE,
)
_MORE_STORIES_WORDS = (
    "more ",
    "also ",
    "recommended",
    "most ",
    "trending",
    "reading",
    "miss",
    "pick",
    "here ",
    "posts",
    "updates",
    "entries",
    "stories",
    "letter",
)


# A list of the works a page cites, under its own heading alone on a line ("References",
# "Notes"): each numbered line below it ("3. \"Jets hit ...\", news agency, 1 October 2015.")
# is a cited title and its date, not the report's telling.
_REFERENCES_MARK_RE = re.compile(
    r"^[ \t]*(?:References|Notes|Footnotes|Citations|Sources|Works\s+cited)[ \t]*:?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_REFERENCE_LINE_RE = re.compile(r"[ \t]*(?:\d{1,3}[.)]|\[\d{1,3}\]|\^)[ \t]")
_REFERENCE_WORDS = ("references", "notes", "footnotes", "citations", "sources", "works cited")


def _reference_spans(text: str, start: int) -> list[tuple[int, int]]:
    """Return the spans of the numbered lines under a heading of cited works after ``start``."""
    spans = []
    for mark in _REFERENCES_MARK_RE.finditer(text, start):
        for n, line in enumerate(_LINE_RE.finditer(text, mark.end())):
            if not line.group().strip():
                continue
            if n >= 2 * _RELATED_LINES or not _REFERENCE_LINE_RE.match(line.group()):
                break
            spans.append(line.span())
    return spans


def _related_spans(
    text: str, mark_re: re.Pattern[str] = _RELATED_MARK_RE, start: int = 0
) -> list[tuple[int, int]]:
    """Return the spans of the headlines a page lists after "Related:" or "Read more:".

    The headline may follow the mark on its line; the short lines without a
    stop below a mark alone on its line are headlines too, bulleted ones up to
    a greater length (a trimmed page cuts the last in mid-sentence), down to a
    live page's timestamp line, which opens the next post. Only marks
    from ``start`` on count. A bulleted list ends at a blank line: the unbulleted
    lines under it are the report going on, hard-wrapped lines without a stop.
    """
    spans = []
    for mark in mark_re.finditer(text, start):
        end = text.find("\n", mark.end())
        end = len(text) if end < 0 else end
        if text[mark.end() : end].strip():
            spans.append((mark.end(), end))
            continue
        bulleted = False
        last = end
        for n, line in enumerate(_LINE_RE.finditer(text, end)):
            if _TIMESTAMP_LINE_RE.fullmatch(text, line.start(), line.end()):
                # "Read more" closing a live page's post, then "11:18": the next post opens.
                break
            body = line.group().strip()
            bullet = _BULLET_RE.match(body) is not None
            if (
                bulleted
                and not bullet
                and not text[last : line.start()].strip(" \t\n")
                and (text.count("\n", last, line.start()) > 1)
            ):
                break
            longest = _RELATED_BULLET_CHARS if bullet else _RELATED_HEADLINE_CHARS
            if n >= _RELATED_LINES or len(body) > longest or body.endswith("."):
                break
            spans.append(line.span())
            bulleted = bulleted or bullet
            last = line.end()
    return spans


def _drop_related_links(ctx: _DocContext, events: list[StrikeEvent]) -> list[StrikeEvent]:
    """Drop the places named in the headlines of other stories a page links to.

    Lists opened by words a report could open on ("More from Syria", "Most
    read") count only after its first strike.
    """
    lower = ctx.lower
    spans = []
    if any(
        mark in lower for mark in ("related", "read more", "read also", "also read", "see also")
    ):
        spans = _related_spans(ctx.text)
    if events and any(w in lower for w in _MORE_STORIES_WORDS):
        first = min(ev.char_start for ev in events) + 1
        spans += _related_spans(ctx.text, _MORE_STORIES_MARK_RE, first)
    if events and any(w in lower for w in _REFERENCE_WORDS):
        spans += _reference_spans(ctx.text, min(ev.char_start for ev in events) + 1)
    if not spans:
        return events
    return [ev for ev in events if not any(a <= ev.char_start < b for a, b in spans)]


# A line opening a page's reader comments: "3 Comments", "Leave a Reply", "Comments (2) | Share".
_COMMENT_HEADING_RE = re.compile(
    rf"^[ \t]*{alternation(load('posts')['comment_headings'])}[ \t]*(?::|[|•·].*)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_COMMENT_WORDS = ("comment", "repl", "thoughts", "responses", "discussion", "conversation")


def _drop_reader_comments(ctx: _DocContext, events: list[StrikeEvent]) -> list[StrikeEvent]:
    """Drop the places readers name in the comments under a page's report.

    "2 Comments ... They bombed X again last week": a reader's words, not the
    report's. The comments open at such a line after the first strike the
    report tells, so that a "Comments" link above the story cuts nothing.
    """
    if not events or not any(w in ctx.lower for w in _COMMENT_WORDS):
        return events
    first = min(ev.char_start for ev in events)
    heading = next(
        (m for m in _COMMENT_HEADING_RE.finditer(ctx.text, first) if m.start() > first), None
    )
    if heading is None:
        return events
    return [ev for ev in events if ev.char_start < heading.start()]


# A later line that corrects an earlier post or message ("Correction: the 07:50 alert should
# read X, not Y", "sorry Y is wrong ... it was X not Y", "THE STRIKES WERE ON X, NOT Y").
_CORRECTION_CUE_RE = re.compile(
    r"\b(?:correct(?:ion|ed)|should[ \t]+(?:read|be)|wrong|sorry|mistake|erratum|misread)\b",
    re.IGNORECASE,
)
# Between the place meant and the place taken back: "X, not Y", "X not Y", "near X, not near Y".
_NOT_BETWEEN_RE = re.compile(
    r"[ \t]*,?[ \t]+not[ \t]+(?:(?:in|on|at|near)[ \t]+)?(?:the[ \t]+)?", re.IGNORECASE
)


# Where people went, not where a strike fell: "taken to X", "went to a clinic in X" (a
# strike word between, "returned to bomb sites in X", tells a strike).
_WENT_TO_BEFORE_RE = re.compile(
    r"(?<!close )(?<!next )\bto[ \t]+(?:(?:a|an|the)[ \t]+)?(?:(?:[\w'’-]+[ \t]+){1,3}in[ \t]+)?$",
    re.IGNORECASE,
)


def _moved_by_correction(ctx: _DocContext, events: list[StrikeEvent]) -> list[StrikeEvent]:
    """Move to X the strikes earlier lines told on Y when a later line corrects Y to X.

    "07:50 Strikes on Y" then "11:40 Correction: the 07:50 alert should read X, not Y": the
    strike fell on X, with the first line's day, aircraft and target; Y was not struck. When
    X carries strikes of its own already (told before the correcting line: the line's own
    "the raid was on X" restates Y's), Y's earlier ones only go. Strikes on Y told after
    the correcting line are kept, and so are those told before it when the line names Y
    again with a day.
    """
    if not events or not _CORRECTION_CUE_RE.search(ctx.text):
        return events
    for x, y in pairwise(ctx.mentions):
        gap = _NOT_BETWEEN_RE.fullmatch(ctx.text, x.end, y.start)
        if gap is None:
            continue
        line = ctx.text.rfind("\n", 0, x.start) + 1
        line_end = ctx.text.find("\n", y.end)
        if line_end < 0:
            line_end = len(ctx.text)
        if not _CORRECTION_CUE_RE.search(ctx.text, line, line_end):
            continue
        # "Correction: the wounded were taken to X, not Y" sets right where they went, not
        # where the strike fell.
        went = _WENT_TO_BEFORE_RE.search(ctx.text, max(line, x.start - 60), x.start)
        if went is not None and not any(
            t.end > went.start() for t in _in_range(ctx.triggers, line, x.start)
        ):
            continue
        taken, meant = place_key(y.surface), place_key(x.surface)
        # X's strike the correcting line itself tells ("the raid was on X, not Y") is the
        # strike told on Y, restated: Y's, with its day, aircraft and target, stands for it.
        restated = {
            id(ev)
            for ev in events
            if place_key(ev.place_as_written) == meant and line <= ev.char_start < line_end
        }
        if restated and any(
            ev.char_start < line and place_key(ev.place_as_written) == taken for ev in events
        ):
            events = [ev for ev in events if id(ev) not in restated]
        held = any(place_key(ev.place_as_written) == meant for ev in events)
        # "it was X, not Y, that was hit last night. Y was hit on Sunday": Y named again
        # after, in the same line, with a day of its own keeps its strike; X gets it too.
        again = any(
            m.start > y.end
            and place_key(m.surface) == taken
            and any(
                cue.start >= m.end
                for cue in _sentence_cues(ctx, bisect_right(ctx.sentence_starts, m.start) - 1)
            )
            for m in _mentions_in(ctx, y.end, line_end)
        )
        moved: list[StrikeEvent] = []
        for ev in events:
            if ev.char_start >= y.end or place_key(ev.place_as_written) != taken:
                moved.append(ev)
                continue
            if again:
                moved.append(ev)
            if not held:
                moved.append(
                    replace(ev, char_start=x.start, char_end=x.end, place_as_written=x.surface)
                )
                held = True
        events = moved
    return events


# A monitor's daily toll: "documented the death of 84 civilians ... on Sunday, 31/07/2016".
_TOLL_LEAD_RE = re.compile(
    r"\b(?:documented|recorded|counted)\s+the\s+(?:deaths?|killing)\s+of\b[^.\n]{0,120}",
    re.IGNORECASE,
)
#: How far into a text a toll's lead may stand (after a title line or two).
_TOLL_LEAD_REACH = 600


def _toll_lead_date(text: str, published: date) -> tuple[int, ResolvedDate] | None:
    """Return where a toll's lead stands and the calendar day it counts the dead of.

    "The monitor documented the death of 84 civilians on Sunday, 31/07/2016. ... Aleppo:
    37 civilians were killed in raids on X": the items carry no day of their own.
    """
    lead = _TOLL_LEAD_RE.search(text, 0, min(len(text), _TOLL_LEAD_REACH))
    if lead is None:
        return None
    for cue in find_date_cues(text, lead.start(), lead.end()):
        if cue.kind != "explicit" or not cue.day:
            continue
        resolved = resolve_cue(cue, published)
        if resolved is not None and resolved.precision == "day":
            return lead.start(), resolved
    return None


def _build_context(doc: Document, found: Sequence[Mention]) -> _DocContext:
    text = doc.text
    mentions = _clean_mentions(text, found)
    paragraphs = [0] + [m.end() for m in re.finditer(r"\n", text)]
    posts, live_blog = _posts(text, doc.published)
    written = dateline_date(text, doc.published)
    if written is not None:
        # Relative words count from the day the copy was written; a page's one "Posted
        # Saturday, May 7" line above the wire's dateline starts no post of its own.
        for post in posts:
            if post.basis == "published":
                post.date = written
    toll = _toll_lead_date(text, doc.published)
    posts[0].default = headline_date(doc.title, text, doc.published) or (
        toll[1] if toll is not None else None
    )
    if toll is not None:
        # The page's own date on a line above the lead ("23 November 2016") opens a post of
        # its own: the lead's day still dates the items under the lead, in that post.
        own = next(p for p in reversed(posts) if p.start <= toll[0])
        if own.default is None:
            own.default = toll[1]
    sentences = split_sentences(text)
    ctx = _DocContext(
        text=text,
        lower=_lower(text),
        doc=doc,
        sentences=sentences,
        sentence_starts=[st for st, _ in sentences],
        mentions=mentions,
        mention_starts=[m.start for m in mentions],
        paragraphs=paragraphs,
        posts=posts,
        post_starts=[p.start for p in posts],
        triggers=_trigger_spans(text),
        live_blog=live_blog,
        captions=find_caption_lines(text),
        blocks=wrapped_blocks(text),
    )
    changes = _document_voices(ctx)
    ctx.voice_starts = [pos for pos, _ in changes]
    ctx.voices = [voice for _, voice in changes]
    return ctx


# "The villages west of X have been bombed almost every day", "in recent weeks", "earlier this
# month": a habit or a span of weeks, no strike of a day.
_HABITUAL_RE = re.compile(alternation(load("triggers")["habitual"]), re.IGNORECASE)
_HABITUAL_WORDS = (
    " without ",
    "every day",
    " daily",
    "weeks",
    "since",
    "month",
    "repeatedly",
    "most of",
    "many of",
    "much of",
    "majority of",
    "after day",
    "after night",
    "after week",
    "frequent",
    "regular",
    "routine",
    "constant",
    "favourite",
    "favorite",
    "repeated ",
    "often",
    " times",
    "this year",
    " strike ",
    " bomb ",
    " target ",
    " pound ",
    "been seen",
    "been observed",
    "been spotted",
    "been striking",
    "been bombing",
    "been hitting",
    "been pounding",
    "been targeting",
    "been raiding",
    "began ",
    "started ",
    " too",
    "as well",
    "is also ",
    "are also ",
    " only",
)
_SPAN_CLOSE_RE = re.compile(r"\b(?:before|until|till)\b", re.IGNORECASE)
# A span of fighting told after the event it led to: "after a month of fighting in which ...".
_SPAN_AFTER_RE = re.compile(r"after\b", re.IGNORECASE)
# "Since the downing of the jet on 24 November, jets have repeatedly struck X": the day of the
# event that opens the span is where it starts ("Since dawn on Monday" is the strikes' day).
_SINCE_OPENING_RE = re.compile(r"\s*(?:[\"“]\s*)?Since\s+(?:the|its|their)\s+[^,;.]{0,120},")


def _tells_day(cue: DateCue) -> bool:
    """Say whether a date cue names a day of its own (a written date or a weekday)."""
    return cue.kind == "explicit" or cue.weekday is not None


# "the raid on X last month": a strike noun, the place it fell on, then the month phrase.
_STRUCK_PLACE_GAP_RE = re.compile(
    r"\b(?:raids?|strikes?|airstrikes?|bombing|bombardment)\s+(?:on|in|against)\s+(?:the\s+)?"
    r"(?:(?:town|village|city)\s+of\s+)?(?:[\w'’-]+\s+){1,3}$",
    re.IGNORECASE,
)


# "put out of service by an air strike last month", "was bombed last month": the month phrase
# right after the strike noun or verb dates that strike, a month with no day.
_STRIKE_NOUN_GAP_RE = re.compile(
    r"\b(?:(?:air\s*)?(?:raids?|strikes?|airstrikes?|bombing|bombardment)|bombed|struck|"
    r"targeted|raided)\s+$",
    re.IGNORECASE,
)


# ", where ..." after a place: a relative clause telling what goes on there.
_WHERE_CLAUSE_RE = re.compile(r",\s+where\s")


# A share "of the" strikes: the strikes told already, where "of its strikes" is a side's.
_SHARE_OF_TOLD_RE = re.compile(r"\bof\s+the\s", re.IGNORECASE)


def _told_with_day_before(ctx: _DocContext, index: int) -> bool:
    """Say whether the sentence before tells strikes with a day of their own."""
    if index == 0:
        return False
    s, e = ctx.sentences[index - 1]
    return bool(_in_range(ctx.triggers, s, e)) and any(
        _tells_day(c) for c in _sentence_cues(ctx, index - 1)
    )


def _habitual_without_day(
    ctx: _DocContext, index: int, s: int, e: int, triggers: list[_Span]
) -> bool:
    """Say whether a sentence tells strikes only as a habit or over weeks, naming no day.

    The day a side's campaign began, in a clause of its own ("its campaign, which began
    on Sept. 30, ..."), is no day of the strikes.
    """
    lower = ctx.lower[s:e]
    if not any(w in lower for w in _HABITUAL_WORDS):
        return False
    found = _HABITUAL_RE.search(ctx.text, s, e)
    if found is None:
        return False
    if (
        "month" in found.group().lower()
        # "in the months that followed" is a span, not a month dating something else.
        and "months" not in found.group().lower()
        and not _in_range(ctx.triggers, found.end(), e)
        and not _STRUCK_PLACE_GAP_RE.search(ctx.text, s, found.start())
        and not _STRIKE_NOUN_GAP_RE.search(ctx.text, max(s, found.start() - 40), found.start())
    ):
        # "stepped up air attacks because the offensive launched earlier this month stalled":
        # the month dates something told after the strikes, not the strikes it goes before
        # ("wounded in the raid on X last month" dates the raid itself).
        return False
    where = max(
        _WHERE_CLAUSE_RE.finditer(ctx.text, s, found.start()),
        key=lambda m: m.start(),
        default=None,
    )
    if (
        where is not None
        and any(s <= t.start < where.start() for t in triggers)
        and not any(where.start() <= t.start < e for t in triggers)
    ):
        # "jets fired missiles near X, where rebels had been fighting troops in recent weeks":
        # the span belongs to the relative clause told of the place, which names no strike.
        return False
    if _SHARE_OF_TOLD_RE.search(found.group()) and _told_with_day_before(ctx, index):
        # "Jets carried out 20 raids on Tuesday. Most of the raids hit X and Y": a share of the
        # raids the sentence before told with their day, not a side's campaign.
        return False
    # "documented 20 attacks since Russia began its campaign on September 30": a day after
    # the "since" opening the span only bounds it.
    bound = found.end() if found.group().lower().endswith("since") else e
    opening = _SINCE_OPENING_RE.match(ctx.text, s, e)
    after = opening.end() if opening is not None else s
    if _SPAN_AFTER_RE.match(found.group()) and not any(
        s <= t.start < found.start() for t in triggers
    ):
        # "X fell on Monday after a month of fighting in which jets flew sorties over the
        # town": the day before the span is the fall's; the strikes are the month's.
        after = found.end()
    # "struck at least eight times before it closed in early October", "day after day until
    # the line broke on 9 February": a day after "before" or "until" ends the span.
    closing = _SPAN_CLOSE_RE.search(ctx.text, found.end(), bound)
    if closing is not None:
        bound = closing.start()
    cues = _sentence_cues(ctx, index)
    return not any(
        _tells_day(c)
        and after <= c.start < bound
        and not _in_onset_clause(ctx, s, e, c, triggers)
        # "After Russia joined the campaign at the end of September, X was hit twelve times in
        # three months": the day the campaign began bounds no strike of the tally.
        and not (found.start() > c.start and _in_since_onset(ctx.text, s, c))
        for c in cues
    )


# "denied reports that its jets had taken part in strikes on X": a claim told only to be
# denied. The claim runs from its "that" to the denier's own words (", saying ...").
_DENIED_CLAIM_RE = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted)\b"
    r"[^.;:]{0,60}?\b(?:reports?|claims?|allegations?|accusations?)\b[^.;:]{0,80}?\bthat\b",
    re.IGNORECASE,
)
_DENIER_RESUMES_RE = re.compile(r",\s+(?:saying|adding|insisting|stressing)\b|;")
_DENIAL_WORDS = (
    "denied",
    "denies",
    "deny",
    "denying",
    "reject",
    "dismiss",
    "refuted",
    "call",
    "describ",
)
# "dismissed reports of strikes on X", "called claims of strikes on X 'a lie'": the claim as a
# noun phrase after "of", denied or (called, described) given a verdict later in the sentence.
_DENIED_OF_CLAIM_RE = re.compile(
    r"\b(denied|denies|rejected|rejects|dismissed|dismisses|refuted|called|calls|described)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?(?:reports?|claims?|allegations?|accusations?)\s+"
    r"(?:(?:in|by|from)\s+(?:[\w'’-]+\s+){1,4}?)?of\b",
    re.IGNORECASE,
)
_VERDICT_RE = re.compile(
    r"\b(?:a\s+lie|lies|fake|false|fabricat\w*|baseless|groundless|unfounded|propaganda|"
    r"information\s+(?:war\w*|attack))\b",
    re.IGNORECASE,
)


# "Reports of strikes on hospitals in X were 'a crude fake', he said": the claim is the subject
# and the verdict its predicate after a copula. A ministry's "Information spread by some media
# about strikes on X does not correspond to reality" is the same verdict in its own words.
_CLAIM_OF_RE = re.compile(
    r"\b(?:reports?|claims?|allegations?|accusations?)\s+of\b"
    r"|\b(?:information|reports?|claims?)\s+(?:[\w'’-]+\s+){0,5}?about\b",
    re.IGNORECASE,
)
_JUDGED_FALSE_RE = re.compile(
    r"\b(?:was|were|is|are)\s+(?:[^.;:]{0,25}?\b)?(?:a\s+lie|lies|fakes?|false|fabricat\w*|baseless"
    r"|groundless|unfounded|propaganda)\b"
    r"|\b(?:does|do|did)\s+not\s+correspond\s+(?:to|with)\s+(?:the\s+)?(?:reality|truth|facts?)\b",
    re.IGNORECASE,
)


def _claim_judged_false(ctx: _DocContext, index: int, s: int, e: int) -> tuple[int, int] | None:
    """Return the span of a claim a sentence's speaker judges false, if it names no day.

    "Western reports of strikes on hospitals in X were 'a crude fake'": the claim, told as the
    subject of a verdict, gives no strike; a claim dated by the sentence stays its own.
    """
    claim = _CLAIM_OF_RE.search(ctx.text, s, e)
    if claim is None:
        return None
    verdict = _JUDGED_FALSE_RE.search(ctx.text, claim.end(), e)
    if verdict is None or any(_tells_day(c) for c in _sentence_cues(ctx, index)):
        return None
    return claim.end(), verdict.start()


def _undated_denial(ctx: _DocContext, index: int, s: int, e: int) -> tuple[int, int] | None:
    """Return the span of a denied claim that names no day, if the sentence tells one.

    "An army source denied reports that its jets had taken part in strikes on X": the
    claim is told only as what is denied, and gives no strike of a day; its places are
    not struck. A claim the denial dates ("claims that bombs had killed 15 civilians in X
    on Tuesday") stays its claimant's.
    """
    lower = ctx.lower[s:e]
    if not any(w in lower for w in _DENIAL_WORDS):
        return _claim_judged_false(ctx, index, s, e)
    denied = _DENIED_CLAIM_RE.search(ctx.text, s, e)
    if denied is None:
        denied = _DENIED_OF_CLAIM_RE.search(ctx.text, s, e)
        if denied is None:
            return None
        if denied.group(1).lower().startswith(("call", "desc")) and not _VERDICT_RE.search(
            ctx.text, denied.end(), e
        ):
            return None
    if any(_tells_day(c) for c in _sentence_cues(ctx, index)):
        return None
    resumes = _DENIER_RESUMES_RE.search(ctx.text, denied.end(), e)
    return denied.end(), resumes.start() if resumes is not None else e


# "Smoke over X after an air strike, in a file picture": a picture of some earlier strike.
_FILE_PICTURE_RE = re.compile(
    r"\b(?:[Ff]ile|[Aa]rchive)\s+(?:photo(?:graph)?|picture|image|footage)\b|\bFILE\s+PHOTO\b"
)


def _in_file_picture(ctx: _DocContext, index: int, s: int) -> bool:
    """Say whether a sentence is in the caption of a file picture that names no day.

    The caption of a picture from the archive ("Smoke over X after an air strike, in a file
    picture") shows a strike of some earlier day, not one of the page's: no event.
    """
    for a, b in ctx.captions:
        if a <= s < b:
            return _FILE_PICTURE_RE.search(ctx.text, a, b) is not None and not any(
                _tells_day(c) for c in _sentence_cues(ctx, index)
            )
    return False


def _sentence_events(
    ctx: _DocContext,
    index: int,
    s: int,
    e: int,
    scopes: dict[tuple[str, int], _Scope],
) -> list[StrikeEvent]:
    scope = scopes.setdefault(_scope_key(ctx, s), _Scope())
    post = ctx.posts[_post_index(ctx, s)]
    heading = _day_heading(ctx, index, post.date)
    if heading is not None:
        # "Friday 30 September: Two Tornados flew ...": the day heads what follows it.
        scope.date, scope.date_sentence = heading, index
        ctx.last_date = (heading, index)
    mentions = _mentions_in(ctx, s, e)
    if mentions and _landmarks_under_heading(ctx, index, mentions):
        # "4. X, 15 June 2016 / The National Hospital was hit again": the heading's town's.
        mentions = []
    events: list[StrikeEvent] = []
    # A strike sentence naming no place may point back at the place of the one before; an
    # outlet named after a place ("according to X 24, a network of activists") names none.
    placed = [m for m in mentions if not names_outlet(ctx, m)]
    back = None if placed or not _in_range(ctx.triggers, s, e) else _antecedent(ctx, index)
    facility = None
    if back is None and not placed and _in_range(ctx.triggers, s, e):
        facility = back = _facility_struck_before(ctx, index) or _facility_named_before(ctx, index)
    section = None
    ahead = None
    if back is None and not mentions and _in_range(ctx.triggers, s, e):
        section = back = _section_place(ctx, index)
        if back is None:
            ahead = _facility_placed_next(ctx, index)
    # "By dusk, raids had hit the two villages": a sentence naming no place nor day may strike
    # the pair of places the sentence before names.
    lower = ctx.lower[s:e]
    both = ("both" in lower or "the two" in lower) and _BOTH_STRUCK_RE.search(ctx.text, s, e)
    # Without places or dates a sentence can neither yield events nor date later ones.
    if not (mentions or _in_range(ctx.triggers, s, e)) or not (
        mentions or _sentence_cues(ctx, index) or back or ahead or both
    ):
        triggers = []
    else:
        triggers = _valid_triggers(ctx, index, s, e)
    if triggers and ctx.captions and _in_file_picture(ctx, index, s):
        triggers = []
    text = ctx.text
    opener = None
    continued = False
    ctx.list_item_lead = None
    if (
        not triggers
        and mentions
        and (ctx.list_open == index - 1 or (ctx.heading_list and _heads_line(ctx, mentions[0])))
        and is_list_line(text, s, e, list(mentions))
    ):
        # A line of names continues the strike list of the line above it; each of its
        # clauses ("Idlib Province: A; B; C.") is a name of the list.
        triggers = [_Span(a, a, "strong") for a, _ in _sentence_clauses(ctx, s, e)]
        continued = True
        ctx.list_item_lead = ctx.list_lead
        ctx.heading_list = _heads_line(ctx, mentions[0])
        if ctx.heading_list and ctx.list_opener is not None:
            # Lines headed by governorates share the day and voice of the line opening them.
            opener = ctx.list_opener
    if not triggers and mentions:
        # "- Jan. 19: X; Y" in a run of such items that a line telling strikes opens.
        listed = _dated_item_places(ctx, index, s, e, mentions)
        if listed:
            triggers = [_Span(m.start, m.start, "strong") for m in listed]
    if not triggers and mentions:
        # "The bombing hit the following districts:" then "* X: 7 dead", "* Y and Z: 19 dead".
        labelled = _labelled_item_places(ctx, index, mentions)
        if labelled:
            triggers = [_Span(m.start, m.start, "strong") for m in labelled]
    if not triggers and mentions and _toll_share_after_strikes(ctx, index):
        # "Warplanes pounded eastern Aleppo on Saturday. ... 40 people were killed, most of
        # them in X and Y": where the strikes told before fell.
        triggers = [_Span(s, s, "strong")]
    if not triggers and mentions and _toll_after_strikes(ctx, index):
        # "'Our centres in X and Y were hit overnight,' the rescuers said. The group said 43
        # people had been killed in the neighbourhoods of A and B since Saturday": the toll
        # of the strikes the paragraph told, where they fell.
        triggers = [_Span(s, s, "strong")]
    if not triggers and mentions and _others_after_toll(ctx, index):
        # "... five children killed when a strike brought down a building in X. Others died
        # in Y and Z, it said": the rest of the same strikes' dead, where they fell.
        triggers = [_Span(s, s, "strong")]
    if not triggers and mentions and _listed_after_strikes(ctx, index):
        # "... hitting 27 Islamic State targets. They included a command post near X": the
        # sentence lists what the strikes before it hit.
        triggers = [_Span(s, s, "strong")]
    row_at = past_rules(text, s, e)
    if (
        mentions
        and _strike_table_row(ctx, row_at)
        # "X: 11" under "Raids by province:": a tally by governorate, not a place struck.
        and not (is_count_row(text[s:e]) and governorate_of(mentions[0].surface))
    ):
        # "Kafr Hamra (Jebel Saman) - 28 Sep - 6 - Russian": the row's place opens its first
        # cell; the other cells and the brackets (a district column) only locate it.
        triggers = triggers or [_Span(s, s, "strong")]
        column = place_cell(text, row_at, e)
        if column is None:
            cell = first_cell_end(text, row_at, e)
            mentions = [m for m in mentions if m.start < cell and "(" not in text[row_at : m.start]]
        else:
            # "12 Nov | X | Y | 11" under "Date | Place | Governorate | Killed": the
            # place is the cell under the header's place column; after a comma or a
            # bracket in it ("X, Y city") a place only locates the first.
            a, b = column
            mentions = [
                m
                for m in mentions
                if a <= m.start < b and not _CELL_AFTER_RE.search(text, a, m.start)
            ]
    record = None
    if mentions and not triggers and is_place_field(text, s):
        # "Location: X, Aleppo governorate" in an entry whose "Attack: air strike" line
        # names the strike: the field's first place is struck, the others locate it.
        record = _strike_record(ctx, index)
        if record is not None and _told_in_record(ctx, index, record, mentions[0]):
            # "Notes: Four raids hit the outskirts of X": the entry's own sentence tells
            # how and where the place was struck better than its field.
            record, mentions = None, []
        if record is not None and is_facility_field(text, s):
            mentions = _facility_place(ctx, s, e, mentions)
        if record is not None:
            # "Location: X and Y, Z governorate": places joined by "and" are struck alike.
            joined = 1
            while joined < len(mentions) and _AND_GAP_RE.fullmatch(
                text, mentions[joined - 1].end, mentions[joined].start
            ):
                joined += 1
            mentions = mentions[:joined]
            triggers = [_Span(mentions[0].start, mentions[0].start, "strong")]
    if mentions and record is None and " when " in ctx.lower[s:e]:
        triggers = _witness_trigger(ctx, s, e, mentions) + triggers
    line_record = _line_record(ctx, index) if mentions and triggers and record is None else None
    if triggers and (
        opens_list(text, s, e) or ctx.list_open == index - 1 or _closes_on_tags(text, s, e)
    ):
        ctx.list_open = index if mentions or opens_list(text, s, e) else -2
        if not continued and opens_list(text, s, e):
            ctx.list_lead = index
    if triggers and _habitual_without_day(ctx, index, s, e, triggers):
        habit_actor = _single_actor(ctx, index) if mentions else None
        if habit_actor is not None:
            for m in mentions:
                ctx.habit_actors.setdefault(place_key(m.surface), habit_actor)
        triggers = []
    denial = _undated_denial(ctx, index, s, e) if triggers else None
    if denial is not None:
        triggers = [t for t in triggers if not denial[0] <= t.start < denial[1]]
        mentions = [m for m in mentions if not denial[0] <= m.start < denial[1]]
    if triggers:
        dated = _scoped_date(ctx, index, triggers, scope, post)
        if heading is not None and heading.basis == "relative":
            # "Saturday: ..." under dated headings: the weekday heading's own day, which
            # counts on from the heading above it, for this sentence and the ones it dates.
            dated = scope.date = heading
            if ctx.last_date is not None and ctx.last_date[1] == index:
                ctx.last_date = (heading, index)
        if (
            " before " in ctx.lower[s:e]
            and _BEFORE_ITS_FALL_RE.search(text, s, e) is not None
            and not any(_tells_day(c) for c in _sentence_cues(ctx, index))
        ):
            # "The town fell on Sunday. ... jets had bombed it in the two weeks before it
            # fell": a span of strikes ending with the fall, whose day was told before.
            dated = _fall_day(ctx, index, post.date) or dated
        if not mentions and opens_list(text, s, e):
            ctx.list_opener = (index, dated)
        entry = bool(mentions) and labels_line(ctx, mentions[0])
        if opener is not None:
            dated = opener[1]
        elif entry:
            dated = _entry_date(ctx, index, post.date) or dated
        if record is not None:
            dated = _record_date(ctx, record, post.date) or dated
        elif line_record is not None and not any(_tells_day(c) for c in _sentence_cues(ctx, index)):
            dated = _record_date(ctx, line_record, post.date) or dated
        if mentions:
            events = _events_for(ctx, index, s, e, mentions, triggers, dated)
            events = _with_kind_antecedent(ctx, index, s, e, mentions, triggers, dated, events)
            events = _with_taken_after_strikes(ctx, index, s, e, mentions, triggers, dated, events)
        pair = _pair_pointed(ctx, index, s, e, mentions) if both else None
        if pair is not None:
            # "X and Y are in the list; the monitor says both were struck on 19 March".
            struck = {ev.char_start for ev in events}
            if not any(m.start in struck for m in pair):
                told = bisect_right(ctx.sentence_starts, pair[0].start) - 1
                start = min(s, ctx.sentences[told][0])
                if told != index and not any(_tells_day(c) for c in _sentence_cues(ctx, index)):
                    # "Smoke rose over X and Y on Wednesday. By dusk, raids had hit the two
                    # villages": the day the pair was named on is the strikes'.
                    dated = _pair_day(ctx, told, post.date) or dated
                found = _events_for(ctx, index, start, e, pair, triggers, dated, pointed=True)
                events = sorted([*events, *found], key=lambda ev: ev.char_start)
        elif not placed and back is not None:
            told = bisect_right(ctx.sentence_starts, back.start) - 1
            start = ctx.sentences[told][0]
            if told != index and not any(_tells_day(c) for c in _sentence_cues(ctx, index)):
                # "Troops seized the town of X on January 25. Jets struck the town throughout
                # the last week of the battle": the day the place was named on, when the
                # strike sentence tells none of its own.
                dated = _pair_day(ctx, told, post.date) or dated
            if section is not None:
                # The heading is struck where the sentence strikes "the camp".
                triggers = [*triggers, _Span(section.start, section.start, "strong")]
            events = _events_for(ctx, index, start, e, [back], triggers, dated)
            if (
                not events
                and section is None
                and (
                    facility is not None
                    or _kind_object(ctx, s, e)
                    or _title_town(ctx, index) is back
                    or _lead_title_town(ctx, index) is back
                    or _LATEST_STRIKE_OPENING_RE.match(text, s) is not None
                )
            ):
                # "Troops failed to storm X. Jets struck the town": whatever X was to the
                # sentence naming it, the strike's object is that place; so is the title's
                # town to "the town" of a paragraph naming none, and to the lead's strike.
                events = _events_for(ctx, index, start, e, [back], triggers, dated, pointed=True)
            elif not events and section is None and _kind_near_object(ctx, s, e):
                events = _events_for(ctx, index, start, e, [back], triggers, dated, pointed=True)
            if events and _kind_near_object(ctx, s, e):
                # "Troops took X on Tuesday. Jets struck the hills around the town on Monday":
                # the strikes fell near that place, not in it.
                events = [replace(ev, place_relation="near") for ev in events]
        elif ahead is not None:
            # "... near a school on Monday. The school, in the village of X, had reopened": the
            # next sentence places the facility struck, and may tell its victims.
            end = ctx.sentences[index + 1][1]
            events = _events_for(ctx, index, s, end, [ahead], triggers, dated, pointed=True)
        if entry and events:
            events = _entry_targets(ctx, index, events)
        if record is not None and events:
            events = _record_attributes(ctx, index, record, events)
        elif line_record is not None and events and not _find_cached(ctx, _ACTOR_RE, s, e):
            events = _record_attributes(ctx, index, line_record, events, own_places=True)
        voice = _claimant_of(ctx, opener[0]) if opener is not None else None
        if voice is not None:
            events = [replace(ev, claimant=voice) for ev in events]
    heads = _item_heads(ctx, index, mentions) if mentions and record is None else []
    if heads and not any(ev.char_start == m.start for ev in events for m in heads):
        events = [*_item_events(ctx, index, heads, scope, post), *events]
    for m in mentions:
        city = governorate_of(m.surface)
        if city in _CITY_NAMES:
            ctx.cities_seen[city] += 1
    return events


# "I was at home in X when the jets came", "we were in the market of X when the first barrel
# fell": a witness's own place when the aircraft came, the clause after "when" naming none.
_WITNESS_WHEN_RE = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:was|were)\s+(?:[\w'’-]+\s+){0,4}?(?P<at>in)\s+[^,.;:!?\n]{1,60}?"
    r"\s+when\s+(?:the\s+|a\s+|an\s+)?(?:first\s+|second\s+)?(?:[\w-]+\s+)?"
    r"(?:jets?|planes?|warplanes?|aircraft|helicopters?|bombs?|barrels?|missiles?"
    r"|air\s*strikes?|airstrikes?|raids?)\s+(?:came|struck|hit|arrived|attacked|fell|landed)\b"
)


def _witness_trigger(ctx: _DocContext, s: int, e: int, mentions: list[Mention]) -> list[_Span]:
    """Return a strike span before the place a witness was in when the aircraft came.

    "I was at home in X when the jets came": the witness tells the strike where they
    were; a place named after the clause ("when the jets struck Y") is the struck one.
    """
    found = _WITNESS_WHEN_RE.search(ctx.text, s, e)
    if found is None:
        return []
    inside = [m for m in mentions if found.end("at") < m.start < found.end()]
    if not inside or any(m.start >= found.end() for m in mentions):
        return []
    return [_Span(found.start("at"), found.start("at"), "strong")]


# A list item opening with its day: "- Tuesday 2 Feb, X: the market ...", "3) Yesterday, X:",
# "TUE 2 FEB - X:" (a sidebar's day set off by a dash).
_ITEM_OPENING_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-–•*][ \t]*|\d{1,2}[.)][ \t]*)?[^\n:;.]{3,40}?(?:,|[ \t][-–])[ \t]*$"
)
_ITEM_JOIN_RE = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+|&[ \t]*)")
_ITEM_COLON_RE = re.compile(r"[ \t]*:[ \t]")
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
    if not _ITEM_COLON_RE.match(text, heads[-1].end):
        heads = heads[:-1]
    if any(_is_area(ctx, m) or _is_foreign(m) for m in heads):
        return []
    return heads


def _item_events(
    ctx: _DocContext, index: int, heads: list[Mention], scope: _Scope, post: _Post
) -> list[StrikeEvent]:
    """Strike the places heading a dated list item when its words tell a strike.

    "- Thursday 4 Feb, X: the small hospital. Russian jets, the witnesses said.": the
    item's words after the colon, and its sentences up to one naming another place,
    tell the strike, whose aircraft and who says so. Its places are struck on its day.
    """
    text = ctx.text
    s, e = ctx.sentences[index]
    # The label's colon: right after the last place, or after the governorate locating it.
    colon = text.find(":", heads[-1].end, e)
    assert colon >= 0
    own = {place_key(m.surface) for m in heads}
    told = [(index, colon + 1, e)]
    for j in _entry_sentences(ctx, index):
        a, b = ctx.sentences[j]
        if any(
            place_key(m.surface) not in own and not _is_area(ctx, m)
            for m in _mentions_in(ctx, a, b)
        ):
            break
        told.append((j, a, b))
    if not any(
        any(a <= t.start for t in _valid_triggers(ctx, j, *ctx.sentences[j]))
        or _has_air_word(text, a, b)
        for j, a, b in told
    ):
        return []
    triggers = [_Span(s, s, "strong")]
    found = _events_for(
        ctx, index, s, e, heads, triggers, _scoped_date(ctx, index, triggers, scope, post)
    )
    actors = {c.label for _, a, b in told for c in _find_cached(ctx, _ACTOR_RE, a, b)}
    actor = None if not actors else actors.pop() if len(actors) == 1 else "unknown"
    claimant = next((c for j, _, _ in told[1:] if (c := _claimant_of(ctx, j))), None)
    target = next((cues[0].label for _, a, b in told if (cues := _target_cues(ctx, a, b))), None)
    return [
        replace(
            ev,
            actor=actor or ev.actor,
            claimant=claimant or ev.claimant,
            claimed_target=_target_label(target)
            if target is not None and ev.claimed_target == "unspecified"
            else ev.claimed_target,
        )
        for ev in found
    ]


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
        return None
    cues = _sentence_cues(ctx, index)
    if not cues or cues[0].kind != "explicit" or cues[0].start != bullet.end():
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
    if not is_list_line(ctx.text, opening, e, mentions):
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
        return mentions if _valid_triggers(ctx, j, a, b) else []
    return []


# A governorate heading its line ("Idlib Province: A; B; C.") stands at most this far from
# the line's start: the look-back stays bounded on a text without line breaks.
_HEADING_INDENT_CHARS = 40


def _heads_line(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a governorate opens its line before a colon ("Hama Province: A; B")."""
    text = ctx.text
    line = text.rfind("\n", max(0, m.start - _HEADING_INDENT_CHARS), m.start) + 1
    if line == 0 and m.start > _HEADING_INDENT_CHARS:
        return False
    return (
        not text[line : m.start].strip()
        and _HEADING_COLON_RE.match(text, m.end) is not None
        and _is_admin(ctx, m)
    )


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
    r"(?=(?:was|were|had\s+been|has\s+been|have\s+been)\s)",
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
#: How many sentences back a place pointed back at may be named.
_ANTECEDENT_LOOK_BACK = 2


# "The school, in the village of X, ...": a facility named again, placed in apposition.
_FACILITY_PLACED_RE = re.compile(
    r"\s*The\s+([a-z][\w-]+),\s+(?:(?:which|that)\s+(?:is|was|lies|stood|stands)\s+|located\s+)?"
    r"(?:in|at)\s+(?:the\s+(?:village|town|city|district|neighbou?rhood)\s+of\s+)?"
)


def _facility_placed_next(ctx: _DocContext, index: int) -> Mention | None:
    """Return the place the next sentence gives a facility struck in a sentence naming none.

    "A helicopter dropped barrel bombs near a school on Monday. The school, in the village
    of X, had reopened a week earlier": the facility the strike sentence introduces ("a
    school") is named again, in the same paragraph, with the place it stands in.
    """
    if index + 1 >= len(ctx.sentences):
        return None
    s, e = ctx.sentences[index]
    ns, ne = ctx.sentences[index + 1]
    if _paragraph_index(ctx, ns) != _paragraph_index(ctx, s):
        return None
    placed = _FACILITY_PLACED_RE.match(ctx.text, ns, ne)
    if placed is None:
        return None
    place = _mention_at(ctx, placed.end())
    if place is None or _is_foreign(place):
        return None
    noun = re.escape(placed.group(1))
    introduced = re.compile(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{noun}\b", re.IGNORECASE)
    return place if introduced.search(ctx.text, s, e) else None


# "40 people were killed, most of them in X", "Most of the dead were in X": where the
# victims fell, a share of them or all.
_TOLL_SHARE_RE = re.compile(
    r"\b(?:(?:most|many|all|half|some|several|the\s+rest)\s+of\s+"
    r"(?:them|the\s+(?:dead|victims|casualties))(?:\s+(?:were|was|killed|died))?"
    r"|the\s+(?:dead|victims)\s+(?:were|was))\s+in\s+"
    r"(?:the\s+(?:town|village|city|districts?|neighbou?rhoods?)\s+of\s+)?",
    re.IGNORECASE,
)


def _toll_share_after_strikes(ctx: _DocContext, index: int) -> bool:
    """Say whether a sentence places the victims of the strikes the sentence before told.

    "Warplanes pounded rebel-held districts on Saturday. The monitor said 40 people were
    killed, most of them in X and Y": the sentence before, in the same paragraph, tells
    strikes and names no place they hit; the toll's places are where they fell.
    """
    s, e = ctx.sentences[index]
    share = _TOLL_SHARE_RE.search(ctx.text, s, e)
    if index == 0 or share is None or _mention_at(ctx, share.end()) is None:
        return False
    ps, pe = ctx.sentences[index - 1]
    if _paragraph_index(ctx, ps) != _paragraph_index(ctx, s):
        return False
    return index - 1 not in ctx.struck_sentences and bool(_valid_triggers(ctx, index - 1, ps, pe))


# "N people had been killed in the neighbourhoods of X, Y and Z": a toll by place, with no
# cause of its own told.
_KILLED_IN_PARTS_RE = re.compile(
    r"\b(?:people|civilians|persons)\s+(?:(?:had|have|has)\s+been|were)\s+killed\s+in\s+the\s+"
    r"(?:neighbou?rhoods|districts|towns|villages)\s+of\s+"
)
# A cause of the deaths other than the air: the toll is not the strikes'.
_OTHER_CAUSE_RE = re.compile(
    r"\b(?:shell(?:s|ing|ed)?|clashes|fighting|snipers?|rockets?|mortars?|artillery|"
    r"explosions?|car\s+bombs?|executed|executions?)\b",
    re.IGNORECASE,
)
#: How many sentences back of the same paragraph the strikes of a toll may be told.
_TOLL_STRIKES_LOOK_BACK = 3


def _toll_after_strikes(ctx: _DocContext, index: int) -> bool:
    """Say whether a sentence gives by place the toll of strikes its paragraph told before.

    "'Our centres in X and Y were hit overnight,' the rescuers said. The group said at least
    43 people had been killed in the neighbourhoods of A, B and C": with no cause of its own
    and a strike told in the same paragraph just before, the dead fell where the strikes did.
    """
    s, e = ctx.sentences[index]
    told = _KILLED_IN_PARTS_RE.search(ctx.text, s, e)
    if told is None or _mention_at(ctx, told.end()) is None:
        return False
    if _OTHER_CAUSE_RE.search(ctx.text, s, e):
        return False
    paragraph = _paragraph_index(ctx, s)
    for j in range(index - 1, max(-1, index - 1 - _TOLL_STRIKES_LOOK_BACK), -1):
        if _paragraph_index(ctx, ctx.sentences[j][0]) != paragraph:
            return False
        if j in ctx.struck_sentences:
            return True
    return False


# "Others died in X", "The rest were killed in the village of X": the rest of a toll.
_OTHERS_DIED_RE = re.compile(
    r"\s*(?:The\s+)?(?:[Oo]thers|[Rr]est)\s+(?:(?:were|was)\s+(?:killed|wounded|injured)|died)"
    r"\s+in\s+(?:the\s+(?:town|village|city|districts?|neighbou?rhoods?)\s+of\s+)?"
)


def _others_after_toll(ctx: _DocContext, index: int) -> bool:
    """Say whether a sentence opens on the rest of the dead of the strike told just before.

    "The dead included five children killed when a strike hit a building in X. Others died
    in Y and Z, it said": the sentence before, in the same paragraph, tells a strike and its
    dead; the others of that toll died where the same strikes fell.
    """
    if index == 0 or index - 1 not in ctx.struck_sentences:
        return False
    s = ctx.sentences[index][0]
    others = _OTHERS_DIED_RE.match(ctx.text, s)
    if others is None or _mention_at(ctx, others.end()) is None:
        return False
    return _paragraph_index(ctx, ctx.sentences[index - 1][0]) == _paragraph_index(ctx, s)


def _others_target(
    events: list[StrikeEvent], index: int, found: list[StrikeEvent]
) -> list[StrikeEvent]:
    """Give the rest of a toll the victims of the strike the sentence before told.

    "... five children killed when a strike hit a building in X. Others died in Y": the
    others are of the same dead, the target the first sentence named.
    """
    before = [ev for ev in events if ev.sentence_index == index - 1]
    if not before:
        return found
    target = before[-1].claimed_target
    return [
        replace(ev, claimed_target=target) if ev.claimed_target == "unspecified" else ev
        for ev in found
    ]


# "They included a command post near X": the things the sentence before counted, listed.
# "One of the depots was located near X": one of them placed.
_LISTED_OPENING_RE = re.compile(
    r"\s*(?:(?:They|These)\s+(?:included|include)\s+(?:an?|the)\s"
    r"|One\s+of\s+(?:the|these|those|them)\b(?:\s+[\w-]+){0,2}?\s+(?:was|is)\s+"
    r"(?:located|situated|based)\s)"
)
# "Among them, he named a fortified area near X", "Among the targets were depots near X": a
# share of the targets the sentence before counted, which may have named their provinces; the
# speaker's words may be quoted ('Among them he named "a command post near X"').
_AMONG_OPENING_RE = re.compile(
    r"\s*Among\s+(?:them|these|those|the(?:m|\s+(?:targets|sites|facilities)))\s*,?\s+"
    r"(?:(?:he|she|it|they|the\s+\w+)\s+(?:named|listed|cited|mentioned|singled\s+out)\s+"
    r"|(?:were|was)\s+)[\"“‘']?(?:an?|the|two|three|several)\s"
)


def _listed_after_strikes(ctx: _DocContext, index: int) -> bool:
    """Say whether a sentence opens by listing what the strikes of the sentence before hit.

    "The ministry said its jets had hit 27 targets. They included a depot near X", "...
    three depots were destroyed. One of the depots was located near X": the sentence before,
    in the same paragraph, tells strikes and names no place they hit. "... 206 facilities in
    the provinces of A and B. Among them, he named a fortified area near X": a share of them,
    whatever places the sentence before names.
    """
    if index == 0:
        return False
    among = _AMONG_OPENING_RE.match(ctx.text, ctx.sentences[index][0]) is not None
    if not among and _LISTED_OPENING_RE.match(ctx.text, ctx.sentences[index][0]) is None:
        return False
    s, e = ctx.sentences[index - 1]
    if _paragraph_index(ctx, s) != _paragraph_index(ctx, ctx.sentences[index][0]):
        return False
    # "Among them" takes a share of the strikes before, whatever places they named.
    unstruck = among or index - 1 not in ctx.struck_sentences
    return unstruck and bool(_valid_triggers(ctx, index - 1, s, e))


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
    if any(_tells_day(c) and c.start < cut for c in _sentence_cues(ctx, index)):
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


# "The facility was first hit on 2 May", "The hospital had been struck again on 5 May": the
# facility the strike told just before hit, struck on a day of its own.
_FACILITY_STRUCK_RE = re.compile(
    r"\b[Tt]he\s+(?:facility|hospital|clinic|school|market|bakery|building)\s+"
    r"(?:was|had\s+(?:already\s+)?been)\s+(?:first\s+|also\s+|last\s+)?"
    r"(?:hit|struck|bombed|targeted|attacked)\b"
)
#: How many sentences back the strike on the facility may be told.
_FACILITY_LOOK_BACK = 3


def _facility_struck_before(ctx: _DocContext, index: int) -> Mention | None:
    """Return the place of a facility told struck, for an earlier strike on it on its own day.

    "A hospital in X was struck on Sunday, the third attack in a week. The facility was first
    hit on the night of Wednesday 28 October": the facility is the one the strike told just
    before hit, in the same paragraph or the one before; its place is the one place (areas
    around it aside) that sentence names. Only when the sentence writes a day of its own.
    """
    s, e = ctx.sentences[index]
    if _FACILITY_STRUCK_RE.search(ctx.text, s, e) is None:
        return None
    # "first hit on 2 May", "first hit on Thursday morning": a calendar day or a weekday.
    if not any(
        (c.kind == "explicit" and c.day) or (c.rule == "wd" and not c.window)
        for c in _sentence_cues(ctx, index)
    ):
        return None
    for j in range(index - 1, max(-1, index - 1 - _FACILITY_LOOK_BACK), -1):
        if j not in ctx.struck_sentences:
            continue
        named = [m for m in _mentions_in(ctx, *ctx.sentences[j]) if not _is_foreign(m)]
        finer = [m for m in named if not _is_area(ctx, m) and not _is_admin(ctx, m)]
        return finer[0] if len(finer) == 1 else None
    return None


_FACILITY_KINDS = alternation(["hospital", "clinic", "school", "bakery", "market", "mosque"])
# "Missiles hit the hospital", "the clinic was hit": a facility the strike names again.
_THE_FACILITY_RE = re.compile(
    rf"\bthe\s+(?P<kind>{_FACILITY_KINDS})\b(?!\s+(?:of|in)\b)", re.IGNORECASE
)
# "a damaged clinic in ", "a children's hospital in ": the facility introduced before its place.
_FACILITY_INTRODUCED_RE = re.compile(
    rf"\ban?\s+(?:[\w'’-]+\s+){{0,2}}(?P<kind>{_FACILITY_KINDS})\s+(?:in|at)\s+$"
)


def _facility_named_before(ctx: _DocContext, index: int) -> Mention | None:
    """Return the place of a facility the sentence before shows, for a strike on "the" facility.

    "A man stands in the doorway of a damaged clinic in X. The clinic was hit by an air strike
    on Wednesday": a picture's or a scene's sentence introduces the facility with its place
    ("a clinic in X", "a children's hospital in X"), telling no strike, and the next sentence
    of the same paragraph strikes it by its kind alone.
    """
    s, e = ctx.sentences[index]
    if index == 0:
        return None
    found = _THE_FACILITY_RE.search(ctx.text, s, e)
    if found is None or not _in_range(ctx.triggers, s, e):
        return None
    j = index - 1
    if j in ctx.struck_sentences:
        return None
    ps, pe = ctx.sentences[j]
    if _scope_key(ctx, ps) != _scope_key(ctx, s) or _paragraph_index(ctx, ps) != _paragraph_index(
        ctx, s
    ):
        return None
    named = [m for m in _mentions_in(ctx, ps, pe) if not _is_foreign(m) and not _is_area(ctx, m)]
    if len(named) != 1:
        return None
    kind = found.group("kind").lower()
    before = ctx.text[max(ps, named[0].start - 60) : named[0].start].lower()
    introduced = _FACILITY_INTRODUCED_RE.search(before)
    return named[0] if introduced is not None and introduced["kind"] == kind else None


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
        own is None or _LOCATING_BEFORE_RE.search(ctx.text, max(s, own.start() - 12), own.start())
    ):
        # "the heights west of the city": the town only locates what was struck.
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
        # paragraph of its own as much as in theirs.
        anaphor = latest = _LATEST_STRIKE_OPENING_RE.match(ctx.text, ctx.sentences[index][0])
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
            # "He said jets had carried out 40 strikes on the town": a paragraph opened by the
            # voice of the paragraph before, as a pronoun, goes on with its place.
            or (settlement and _PRONOUN_SAID_OPENING_RE.match(ctx.text, start) is not None)
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
        named = [m for m in _mentions_in(ctx, s, e) if not _is_foreign(m)]
        if settlement:
            named = [m for m in named if split_designator(m.surface)[1] not in _ADMIN_WORDS]
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
        if j in ctx.struck_sentences:
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


# "both were struck", "both towns had been hit", "bombed both villages": two places told
# before the strike as its subject or object by "both". "Raids had hit the two villages"
# points back at them by their count as "both" does.
_BOTH_STRUCK_RE = re.compile(
    r"\bboth\s+(?:(?:towns|villages|places|of\s+them)\s+)?(?:were|had\s+been|have\s+been)\s+"
    r"(?:(?:also|again|repeatedly|reportedly)\s+)?(?:struck|hit|bombed|targeted|raided|pounded)\b"
    r"|\b(?:struck|hit|bombed|targeted|raided|pounded)\s+(?:both|the\s+two)\s+(?:towns|villages)\b",
    re.IGNORECASE,
)
# "X and Y", "X, and Y": the two places "both" points back at.
_PAIR_JOIN_RE = re.compile(r"\s*,?\s+and\s+")


def _pair_pointed(
    ctx: _DocContext, index: int, s: int, e: int, mentions: list[Mention]
) -> list[Mention] | None:
    """Return the two places a strike told of "both" points back at, or None.

    "X and Y, rebel towns on the road to Z, are in the list; the monitor says both
    were struck on 19 March": the last pair of places joined by "and" before "both",
    in the sentence or, when it names none before it, in the sentence before in the
    same paragraph.
    """
    told = _BOTH_STRUCK_RE.search(ctx.text, s, e)
    # "raids had hit the two villages": the strike word may come before the verb.
    if told is None or not _in_range(ctx.triggers, s, told.end()):
        return None
    before = [m for m in mentions if m.end <= told.start()]
    if not before and index > 0:
        ps, pe = ctx.sentences[index - 1]
        if _scope_key(ctx, ps) != _scope_key(ctx, s):
            return None
        before = _mentions_in(ctx, ps, pe)
    for first, second in reversed(list(pairwise(before))):
        if _PAIR_JOIN_RE.fullmatch(ctx.text, first.end, second.start):
            return [first, second]
    return None


# "in the two weeks before it fell", "in the days before the town was taken": a span of
# strikes that ends with the place's fall.
_BEFORE_ITS_FALL_RE = re.compile(
    r"\b(?:in|during|over|for|throughout)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:hours|days|weeks|months)\s+before\s+(?:it|the\s+(?:town|village|city))\s+"
    r"(?:fell|was\s+(?:taken|captured|overrun|stormed|retaken|abandoned))\b",
    re.IGNORECASE,
)
# "The town fell on Sunday", "X was captured on Tuesday": the fall the span ends with.
_FALL_TOLD_RE = re.compile(
    r"\b(?:fell|was\s+(?:taken|captured|overrun|stormed|retaken|abandoned))\b", re.IGNORECASE
)
#: How many sentences back the fall a span ends with may be told.
_FALL_LOOK_BACK = 3


def _fall_day(ctx: _DocContext, index: int, reference: date) -> ResolvedDate | None:
    """Return the one day a sentence shortly before tells a place's fall on, as a window's end."""
    for j in range(index - 1, max(-1, index - 1 - _FALL_LOOK_BACK), -1):
        a, b = ctx.sentences[j]
        if _FALL_TOLD_RE.search(ctx.text, a, b) is None:
            continue
        day = _pair_day(ctx, j, reference)
        if day is not None:
            return replace(day, precision="window")
    return None


def _pair_day(ctx: _DocContext, index: int, reference: date) -> ResolvedDate | None:
    """Return the one day the sentence ``index``, naming a pair of places struck later, tells."""
    days = {
        resolved
        for cue in _sentence_cues(ctx, index)
        if _tells_day(cue) and (resolved := resolve_cue(cue, reference)) is not None
    }
    return days.pop() if len(days) == 1 else None


# "struck the town", "raids on the village", "bombs fell in the city": the place's kind as
# the object of a strike word.
_KIND_OBJECT_AFTER_RE = re.compile(
    r"\s+(?:(?:down\s+)?(?:on|in|into|against|over)\s+)?the\s+(?:city|town|village|camp)\b"
    r"(?!\s+of\b|['’]s)",
    re.IGNORECASE,
)


# "strikes on the hills around the town", "bombed near the village": what lies around the town
# named before, struck; the town only locates the strike. So does what lies on one side of it
# or above it ("barrel bombs on farmland east of the town", "on the hills above the village").
_KIND_NEAR_OBJECT_AFTER_RE = re.compile(
    r"\s+(?:(?:on|in|at|against)\s+)?(?:(?:the\s+)?(?:hills?|heights|fields|farms|farmland"
    r"|orchards|surroundings|area|positions)\s+)?(?:around|near|outside|surrounding|overlooking"
    r"|above|(?:north|south)?(?:-?(?:east|west))?(?<=[a-z])\s+of)\s+"
    r"the\s+(?:city|town|village)\b(?!\s+of\b|['’]s)",
    re.IGNORECASE,
)


def _kind_near_object(ctx: _DocContext, s: int, e: int) -> bool:
    """Say whether a strike word of the sentence strikes around "the town", not the town."""
    return any(
        _KIND_NEAR_OBJECT_AFTER_RE.match(ctx.text, t.end) is not None
        for t in _in_range(ctx.triggers, s, e)
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


# What may follow "the town" struck as a whole: the sentence goes on with no noun of the
# town's ("the town centre", "the town hall in X" name a part of some place).
_KIND_WHOLE_AFTER_RE = re.compile(
    r"\s*(?:[,.;:)\u2013\u2014-]|$|(?:and|on|at|with|since|again|twice|overnight|early|late|"
    r"last|this|itself|killing|wounding|for|after|before|while|during|throughout|several|"
    r"repeatedly|heavily|at\s+dawn|yesterday|today|tonight|"
    r"the\s+(?:night|day|morning|afternoon|evening|previous|next|same))\b)",
    re.IGNORECASE,
)
# "seized the village of X", "took the X camp": a place introduced by its kind, which "the
# village" or "the camp" may name again.
_KIND_OF_BEFORE_RE = re.compile(r"\bthe\s+(city|town|village|camp)\s+of\s+$", re.IGNORECASE)
_KIND_AFTER_NAME_RE = re.compile(r"\s+(city|town|village|camp)\b", re.IGNORECASE)


def _introduced_as(text: str, s: int, m: Mention) -> str:
    """Return the kind ("town", "village") ``m`` is introduced by in its sentence, or ""."""
    introduced = _KIND_OF_BEFORE_RE.search(text, max(s, m.start - 20), m.start)
    return introduced.group(1).lower() if introduced is not None else ""


def _with_kind_antecedent(
    ctx: _DocContext,
    index: int,
    s: int,
    e: int,
    mentions: list[Mention],
    triggers: list[_Span],
    dated: ResolvedDate,
    events: list[StrikeEvent],
) -> list[StrikeEvent]:
    """Add the place a strike sentence naming other places strikes as "the town".

    "Troops seized the village of X after raids on the village, which also hit Y":
    the village introduced by its kind earlier in the sentence is struck. "Forces
    entered X after a day of shelling. Jets hit the town and nearby Y": the one place
    the sentence before names (its areas aside) is.
    """
    anaphor = _kind_object(ctx, s, e)
    if anaphor is None or not _KIND_WHOLE_AFTER_RE.match(ctx.text, anaphor.end()):
        return events
    kind = anaphor.group().split()[-1].lower()
    struck = {ev.char_start for ev in events}
    place: Mention | None = None
    for m in reversed([m for m in mentions if m.end <= anaphor.start()]):
        introduced = _KIND_OF_BEFORE_RE.search(
            ctx.text, max(s, m.start - 20), m.start
        ) or _KIND_AFTER_NAME_RE.match(ctx.text, m.end)
        named_kind = introduced.group(1).lower() if introduced is not None else ""
        if named_kind == kind or m.surface.lower().endswith(" " + kind):
            place = m
            break
    start = s
    if place is None:
        if any(m.end <= anaphor.start() for m in mentions):
            return events  # "the town" may be any place the sentence names before it
        place = _antecedent(ctx, index)
        if place is None:
            return events
        start = ctx.sentences[bisect_right(ctx.sentence_starts, place.start) - 1][0]
    if place.start in struck or place_key(place.surface) in {
        place_key(ev.place_as_written) for ev in events
    }:
        return events
    found = _events_for(ctx, index, start, e, [place], triggers, dated, pointed=True)
    return sorted([*events, *found], key=lambda ev: ev.char_start)


# "seized the town of X", "took X": a place taken on the ground, right after the verb.
_TAKEN_BEFORE_RE = re.compile(
    r"\b(?:seized|captured|took|recaptured|retook|entered)\s+(?:(?:full\s+)?control\s+of\s+)?"
    r"(?:the\s+(?:town|village|city|hamlet)\s+of\s+)?$"
)
# "X, on the hill above Y, was taken by militias": a place taken, as its clause's subject.
_TAKEN_AFTER_RE = re.compile(
    r"(?:,[^,.;]{0,80},)?\s+(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:taken|seized|captured|recaptured|retaken)\b"
)
# "after days of heavy Russian airstrikes", "after what rebels described as the heaviest
# Russian bombardment": strikes told as what came before a capture, naming no object.
_AFTER_SPAN_BEFORE_RE = re.compile(
    r"\bafter\s+(?:(?:(?:several|two|three|four|five|many)\s+)?(?:days|weeks|hours|nights)"
    r"|a\s+(?:day|week|night|month))\s+of\s+(?:[\w-]+\s+){0,3}$"
    r"|\bafter\s+what\s+(?:[\w-]+\s+){1,3}(?:described|called)\s+as\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
# The strike noun's end: the clause closes, or a relative clause of who saw it follows.
_AFTER_SPAN_CLOSE_RE = re.compile(r"[\w-]*\s*(?:[,.;]|$|(?:they|he|she|we)\s+had\s+seen\b)")
# "Russian", "regime": whose the strikes before a capture were.
_AIR_FORCE_WORD_RE = re.compile(r"\b(?:Russian|Syrian|regime|government|coalition)\s")
#: How far back of the strike words the capture's verb may stand.
_TAKEN_WINDOW = 200


def _with_taken_after_strikes(
    ctx: _DocContext,
    index: int,
    s: int,
    e: int,
    mentions: list[Mention],
    triggers: list[_Span],
    dated: ResolvedDate,
    events: list[StrikeEvent],
) -> list[StrikeEvent]:
    """Add the place a sentence says was taken after strikes that name no object.

    "Troops seized the town of X on Monday after days of heavy airstrikes": the strikes
    that came before the capture are the taken place's; strikes "on the villages around
    it" name their own places.
    """
    text = ctx.text
    if "after" not in ctx.lower[s:e]:
        return events
    struck = {ev.char_start for ev in events}
    keys = {place_key(ev.place_as_written) for ev in events}
    for t in triggers:
        span = _AFTER_SPAN_BEFORE_RE.search(text, max(s, t.start - 80), t.start)
        if span is None or _AIR_FORCE_WORD_RE.search(text, span.start(), t.start) is None:
            # "entered X after a day of heavy bombing": whose strikes is not said, and the
            # report may tell them in a sentence of their own.
            continue
        if _AFTER_SPAN_CLOSE_RE.match(text, t.end) is None:
            continue
        for m in reversed([m for m in mentions if max(s, t.start - _TAKEN_WINDOW) <= m.start]):
            if m.end > t.start:
                continue
            taken = _TAKEN_BEFORE_RE.search(text, max(s, m.start - 60), m.start) or (
                _TAKEN_AFTER_RE.match(text, m.end)
            )
            if taken is None:
                continue
            if m.start in struck or place_key(m.surface) in keys:
                return events
            # "X was taken on Sunday after days of strikes": the strikes' span ends on the
            # day of the capture, told between the place and the strikes.
            days = [c for c in _sentence_cues(ctx, index) if m.end <= c.start and c.end <= t.start]
            if len(days) == 1 and _tells_day(days[0]):
                reference = ctx.posts[_post_index(ctx, s)].date
                dated = resolve_cue(days[0], reference) or dated
            found = _events_for(ctx, index, s, e, [m], triggers, dated, pointed=True)
            return sorted([*events, *found], key=lambda ev: ev.char_start)
    return events


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
# "the town's": the place's kind owning what the strike hit.
_POSSESSIVE_AFTER_RE = re.compile(r"['’]s\s")
# "X, a village of ..., is": the place opening its sentence as the subject it describes.
_PLACE_SUBJECT_AFTER_RE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:city|town|village)\b"
)


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
# the governorate or countryside locating it, a dash and its day. Its enumerator may be
# split off as a sentence of its own.
_INCIDENT_LINE_OPENING_RE = re.compile(r"[ \t]*(?:\d{1,3}[.)][ \t]*)?")
# The governorate after a comma or in brackets: "X, Y governorate", "X (Y governorate)".
_INCIDENT_AREA_BEFORE_RE = re.compile(r"[ \t]*[,(][ \t]*(?:[a-z][\w-]*[ \t]+){0,3}")
# Plain-text copy writes the dash as two hyphens: "3 August -- X (Y governorate).".
_INCIDENT_DASH_RE = re.compile(r"[ \t]+(?:--?|[–—])[ \t]+")
# A numbered incident may head its day after a comma instead ("4. X, 9 May 2016"),
# the part of the day before it ("5. X, night of 3 to 4 May 2016"); a dateline's comma
# after an unnumbered place ("X, 4 May 2016") heads no incident.
# An annex may name its enumerator ("Incident 3 - X, 7 February 2016. ...").
_INCIDENT_NUMBERED_RE = re.compile(
    r"[ \t]*(?:\d{1,3}[.)]|(?:Incident|Case|Attack)[ \t]+(?:No\.[ \t]*)?\d{1,3}[ \t]*[-–—:])[ \t]*"
)
# A section's incidents may be numbered under it ("2.3 X (Y countryside), 17 May").
_SUB_NUMBER_RE = re.compile(r"\d{1,3}\.\d{1,2}\.?[ \t]+")
# The area may stand in brackets before the comma: "X (Y countryside), 17 May".
_INCIDENT_COMMA_RE = re.compile(
    r"[ \t]*\)?[ \t]*,[ \t]*(?:(?:the[ \t]+)?(?:night|morning|afternoon|evening|early[ \t]+hours)"
    r"[ \t]+of[ \t]+)?"
)


def _heading_place_end(ctx: _DocContext, named: list[Mention]) -> int | None:
    """Return where an incident heading's place ends, with the area after it that locates it.

    ``named`` are the heading's places: one place ("X"), or a place and its governorate
    or district after a comma ("X, Y governorate"). None when they are not that.
    """
    if not 1 <= len(named) <= 2 or _is_area(ctx, named[0]):
        return None
    if len(named) == 1:
        return named[0].end
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
    # "2.3 X (Y countryside), 17 May": a sub-number kept in the heading's own sentence.
    sub_numbered = bool(named) and _SUB_NUMBER_RE.fullmatch(text, s, named[0].start) is not None
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


#: How many sentences after a labelled line are read for its date.
_ENTRY_LOOK_AHEAD = 3


def _entry_date(ctx: _DocContext, index: int, reference: date) -> ResolvedDate | None:
    """Return the day written later in the paragraph of a place labelling its line.

    "Kafr Zita (Hama): 31 strikes. Deadliest on 9 May, when ...": an entry of a
    summary names its place first and dates it in the sentences after; the day of
    the entry before it does not carry over. None when the labelled sentence writes
    a date of its own or the paragraph none: "Hama province: raids this morning on X.
    ... the town the army regained yesterday, 13/10/2016" keeps the raids' morning.
    """
    if any(cue.kind in ("explicit", "relative") for cue in _sentence_cues(ctx, index)):
        return None
    for j in _entry_sentences(ctx, index):
        for cue in _sentence_cues(ctx, j):
            resolved = resolve_cue(cue, reference) if cue.kind == "explicit" else None
            if resolved is not None and resolved.precision == "day":
                return resolved
    return None


def _entry_sentences(ctx: _DocContext, index: int) -> range:
    """Return the indices of the sentences after a labelled line's first, in its paragraph."""
    para = _paragraph_index(ctx, ctx.sentences[index][0])
    end = ctx.paragraphs[para + 1] if para + 1 < len(ctx.paragraphs) else len(ctx.text)
    last = min(index + 1 + _ENTRY_LOOK_AHEAD, len(ctx.sentences))
    stop = bisect_left(ctx.sentence_starts, end, index + 1, last)
    return range(index + 1, stop)


def _entry_targets(ctx: _DocContext, index: int, events: list[StrikeEvent]) -> list[StrikeEvent]:
    """Give an entry's events the target its paragraph names after it.

    "Kafr Zita (Hama): 31 strikes. Deadliest on 9 May, when a barrel bomb fell on
    a bakery queue": what was hit is told in the sentences after the label. A sentence
    naming another place ("Also, a child was killed in raids on the village of Y")
    tells a strike of its own: the search stops there.
    """
    own = {place_key(ev.place_as_written) for ev in events}
    for j in _entry_sentences(ctx, index):
        if any(
            place_key(m.surface) not in own and not _is_area(ctx, m)
            for m in _mentions_in(ctx, *ctx.sentences[j])
        ):
            break
        cues = _target_cues(ctx, *ctx.sentences[j])
        if cues:
            return [
                replace(ev, claimed_target=_target_label(cues[0].label))
                if ev.claimed_target == "unspecified"
                else ev
                for ev in events
            ]
    return events


#: What joins two places of a field as one list ("Location: X and Y").
_AND_GAP_RE = re.compile(r"\s+(?:and|&)\s+")


def _record_sentences(ctx: _DocContext, record: tuple[int, int], index: int) -> list[int]:
    """Return the indices of an entry's sentences other than its place field's."""
    first = bisect_left(ctx.sentence_starts, record[0])
    last = bisect_left(ctx.sentence_starts, record[1])
    return [j for j in range(first, last) if j != index]


def _strike_record(ctx: _DocContext, index: int) -> tuple[int, int] | None:
    """Return the entry a place field belongs to when another of its fields names a strike.

    "Date: June 4 / Location: X / Attack: air strike, two missiles": the entry's
    strike is at its place. "Attack: mortar shelling" names none.
    """
    s = ctx.sentences[index][0]
    record = record_span(ctx.text, s)
    others = _record_sentences(ctx, record, index)
    if any(is_place_field(ctx.text, ctx.sentences[j][0]) for j in others):
        # Lines with several place fields and no blank line between them are a list of
        # posts or items, not one entry: a date field among them is no date of each.
        return None
    # "Alleged perpetrator: Coalition": a power that strikes only from the air makes a weak
    # strike word of the entry ("Summary: Two villages hit within the hour") its air strike.
    air_power = any(names_air_power(ctx.text, ctx.sentences[j][0]) for j in others)
    for j in others:
        a, b = ctx.sentences[j]
        if is_air_attacker_field(ctx.text, a) or is_air_weapon_field(ctx.text, a):
            # "Attacker: Russian fixed-wing aircraft", "Weapon: barrel bombs": the entry
            # tells an air strike.
            return record
        triggers = _valid_triggers(ctx, j, a, b)
        if any(t.label == "strong" for t in triggers):
            return record
        # "Summary: Russian warplanes struck the town's market": a strike word that is weak
        # alone tells the entry's air strike when its sentence names the aircraft.
        if triggers and (air_power or _has_air_word(ctx.text, a, b)):
            return record
    return None


#: Words naming a facility ("X field hospital", "Y health center"): a place before one in a
#: facility field's first cell names the facility, not where it stands.
_FACILITY_NOUN_RE = re.compile(
    r"\b(?:hospitals?|clinics?|cent(?:er|re)s?|points?|posts?|schools?|bakery|bakeries|banks?"
    r"|pharmacy|pharmacies|dispensary|infirmary)\b",
    re.IGNORECASE,
)


def _facility_place(ctx: _DocContext, s: int, e: int, mentions: list[Mention]) -> list[Mention]:
    """Return a facility field's places from the one that says where the facility stands.

    "Facility: X field hospital, Y neighborhood, Z city": X names the hospital, Y is where it
    stood; a governorate or a city after the facility's place only locates it, and a facility
    named by a place with nothing finer after it ("X surgical hospital, Z governorate") is at X.
    """
    text = ctx.text
    comma = text.find(",", s, e)
    first = mentions[0]
    if comma < 0 or first.start > comma or not _FACILITY_NOUN_RE.search(text, first.end, comma):
        return mentions
    later = [m for m in mentions if m.start > comma]
    if not later or governorate_of(later[0].surface):
        return mentions
    return later


def _told_in_record(ctx: _DocContext, index: int, record: tuple[int, int], place: Mention) -> bool:
    """Say whether a strike sentence of an entry, other than its place field, names the place.

    A sentence naming the place only to locate the strike elsewhere ("a depot on the road from
    X to the Y crossing") tells nothing better than the field: the field's place stands.
    """
    key = place_key(place.surface)
    for j in _record_sentences(ctx, record, index):
        a, b = ctx.sentences[j]
        named = _mentions_in(ctx, a, b)
        if not any(place_key(m.surface) == key for m in named):
            continue
        triggers = _valid_triggers(ctx, j, a, b)
        if triggers and any(
            place_key(m.surface) == key for m, _ in _struck_places(ctx, a, b, named, triggers)[0]
        ):
            return True
    return False


def _line_record(ctx: _DocContext, index: int) -> tuple[int, int] | None:
    """Return the strike entry whose field line other than its place holds a sentence.

    "Notes: Four raids hit the outskirts of X" under "Date: night of 16-17 January" and
    "Attacker: Russian or Syrian aircraft": the note tells the entry's strike, on its day
    and by its attacker. Lines with several place fields are a list, not one entry.
    """
    text = ctx.text
    s = ctx.sentences[index][0]
    line = text.rfind("\n", 0, s) + 1
    if field_name(text, line) is None or is_place_field(text, line):
        return None
    record = record_span(text, s)
    places = [
        j for j in _record_sentences(ctx, record, -1) if is_place_field(text, ctx.sentences[j][0])
    ]
    if len(places) != 1 or _strike_record(ctx, places[0]) is None:
        return None
    return record


def _record_date(ctx: _DocContext, record: tuple[int, int], reference: date) -> ResolvedDate | None:
    """Return the day an entry's date field gives ("Date: June 4, 2016").

    A night or a span of days ("night of 16-17 January") gives its last day.
    """
    for j in _record_sentences(ctx, record, -1):
        if not is_date_field(ctx.text, ctx.sentences[j][0]):
            continue
        for cue in _sentence_cues(ctx, j):
            resolved = resolve_cue(cue, reference) if cue.kind == "explicit" else None
            if resolved is not None and resolved.precision in ("day", "window"):
                return resolved
    return None


def _record_attributes(
    ctx: _DocContext,
    index: int,
    record: tuple[int, int],
    events: list[StrikeEvent],
    own_places: bool = False,
) -> list[StrikeEvent]:
    """Give an entry's events the actor and the target its other fields name.

    "Alleged perpetrator: Russian forces" says who struck; "Syrian government or
    Russian forces" does not ("unknown"); "Facility: maternity clinic" says what was hit.
    With ``own_places`` a field gives its target only to the places it names ("Victims:
    1 civilian killed in X" is no claim about Y).
    """
    actors: set[str] = set()
    targets: list[tuple[str, set[str]]] = []
    for j in _record_sentences(ctx, record, index):
        a, b = ctx.sentences[j]
        actors.update(c.label for c in _find_cached(ctx, _ACTOR_RE, a, b))
        cues = _target_cues(ctx, a, b)
        if cues:
            named = {place_key(m.surface) for m in _mentions_in(ctx, a, b)} if own_places else set()
            targets.append((_target_label(cues[0].label), named))
    actor = None if not actors else actors.pop() if len(actors) == 1 else "unknown"
    result = []
    for ev in events:
        key = place_key(ev.place_as_written)
        target = next((t for t, named in targets if key in named or not own_places), None)
        if target is not None and ev.claimed_target == "unspecified":
            ev = replace(ev, claimed_target=target)
        result.append(replace(ev, actor=actor or ev.actor))
    return result


#: A comma or a bracket in a row's place cell: what follows only locates the cell's place.
_CELL_AFTER_RE = re.compile(r"[,(]")


def _strike_table_row(ctx: _DocContext, s: int) -> bool:
    """Say whether the sentence at ``s`` is a row of a table headed by strike words."""
    key = ("table-row", s)
    known = ctx.cache.get(key)
    if known is None:

        def names_strike(a: int, b: int) -> bool:
            first = bisect_left(ctx.sentence_starts, a)
            last = bisect_left(ctx.sentence_starts, b)
            return any(_valid_triggers(ctx, i, *ctx.sentences[i]) for i in range(first, last))

        row = row_under_strike_heading(ctx.text, s, names_strike)
        known = ctx.cache[key] = "yes" if row else ""
    return bool(known)


_CONTEXT_CHARS = 2000
#: How many sentences back "a second wave of strikes" looks for the aircraft told before.
_MORE_STRIKES_LOOK_BACK = 6


#: Places of the report nearest a struck place whose paragraph names no other, as its context.
_NEAREST_CONTEXT = 3
#: How near (km) a namesake must lie to the report's nearest places for them to count for it.
_NEAR_KM = 30.0
#: Most mentions of the same name, and most mentions around a place, looked at for its context
#: (a long report names the same places many times: the look stays bounded).
_SAME_NAME_LOOKS = 4
_NEAREST_LOOKS = 40


def _report_context(
    ctx: _DocContext, m: Mention, para_start: int, para_end: int
) -> tuple[str, ...]:
    """Return the context of a place whose own paragraph names no other place.

    The same name with places around it elsewhere in the report means the
    same place: that paragraph's places are the context ("near X, east of
    Raqqa", then "a strike on X" alone). Otherwise the report's places
    nearest to ``m`` are the context when they speak for one namesake alone:
    "Its own centre in X was hit" below the districts of one city, where X is
    also a village at the other end of the country. Empty when neither
    holds, so the namesakes' standing decides.
    """
    if ctx.same_name is None:
        ctx.same_name = {}
        for o in ctx.mentions:
            ctx.same_name.setdefault(o.surface, []).append(o)
    for other in ctx.same_name.get(m.surface, [])[:_SAME_NAME_LOOKS]:
        if para_start <= other.start < para_end:
            continue
        para = _paragraph_index(ctx, other.start)
        a = ctx.paragraphs[para]
        b = ctx.paragraphs[para + 1] if para + 1 < len(ctx.paragraphs) else len(ctx.text)
        named = _named_in(
            ctx, max(a, other.start - _CONTEXT_CHARS), min(b, other.end + _CONTEXT_CHARS)
        )
        context = tuple(surface for surface in named if surface != m.surface)
        if context:
            return context
    places = {p.place_id: p for p in m.candidates}
    if len(places) < 2:
        return ()
    from geo.geocode.gazetteer import haversine_km

    anchors = _nearest_anchors(ctx, m)
    points = {n: a for n, a in anchors.items() if a.precision not in _AREA_PRECISIONS}
    regions = {n: a for n, a in anchors.items() if a.precision == "region"}
    towns = {place_key(a.name) for a in points.values() if a.precision == "town"}

    def backers(place: Place) -> list[str]:
        """Return the anchors that speak for ``place``: a governorate holding it counts twice."""
        if place.city and place_key(place.city) in towns:
            return list(points)
        near = [
            n
            for n, a in points.items()
            if haversine_km(place.lat, place.lon, a.lat, a.lon) <= _NEAR_KM
        ]
        # "DEIR EZ-ZOR GOVERNORATE" heading the lines: the namesake inside it, as surely as
        # two places near it would say.
        inside = [
            n
            for n, a in anchors.items()
            if a.precision == "governorate" and a.admin1 is not None and a.admin1 == place.admin1
        ]
        # "the Ghab plain" named beside it: the namesake lying in that plain or valley.
        within = [
            n
            for n, a in regions.items()
            if a.admin1 == place.admin1
            and haversine_km(place.lat, place.lon, a.lat, a.lon) <= _NEAR_KM
        ]
        return near + inside + inside + within

    backed = [backers(p) for p in places.values()]
    if sum(bool(b) for b in backed) != 1 or max(map(len, backed)) < 2:
        return ()
    if not any(anchors[n].precision == "governorate" for b in backed for n in b):
        return tuple(anchors)
    # Only the places that speak for it: another governorate named near would blur it.
    return tuple(dict.fromkeys(n for b in backed for n in b))


def _nearest_anchors(ctx: _DocContext, m: Mention) -> dict[str, Place]:
    """Return the best candidate of the few other places named nearest to ``m``, by name."""
    i = bisect_left(ctx.mention_starts, m.start)
    left, right = i - 1, i
    anchors: dict[str, Place] = {}
    for _ in range(_NEAREST_LOOKS):
        if left < 0 and right >= len(ctx.mentions):
            break
        before = ctx.mentions[left] if left >= 0 else None
        after = ctx.mentions[right] if right < len(ctx.mentions) else None
        if after is not None and (before is None or after.start - m.start < m.start - before.start):
            o, right = after, right + 1
        else:
            assert before is not None
            o, left = before, left - 1
        if o.surface != m.surface and o.candidates and not _is_foreign(o):
            anchors.setdefault(o.surface, o.candidates[0])
            if len(anchors) == _NEAREST_CONTEXT:
                break
    return anchors


#: Gazetteer precisions of areas, which say nothing of where a namesake lies.
_AREA_PRECISIONS = ("governorate", "region", "district")


def _named_in(ctx: _DocContext, s: int, e: int) -> tuple[str, ...]:
    """Return the places (not abroad) named in ``ctx.text[s:e]``, once each, in text order."""
    return tuple(dict.fromkeys(o.surface for o in _mentions_in(ctx, s, e) if not _is_foreign(o)))


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


def _events_for(
    ctx: _DocContext,
    index: int,
    s: int,
    e: int,
    mentions: list[Mention],
    triggers: list[_Span],
    dated: ResolvedDate,
    pointed: bool = False,
) -> list[StrikeEvent]:
    text = ctx.text
    struck, containers = _struck_places(ctx, s, e, mentions, triggers)
    if pointed and not struck:
        struck = [(m, "in") for m in mentions]
    if not struck:
        return []
    # "... hitting 206 facilities. Among them, he named an area near X, where government
    # forces are preparing an offensive": the items listed are the strikes' before them, and
    # so is the aircraft, whatever forces the item's own words name.
    listed = index > 0 and not _in_range(ctx.triggers, s, e) and _listed_after_strikes(ctx, index)
    # "Russian airstrikes on December 14 in the following locations:" then "X
    # Province: A, B": a line of names continuing a list strikes with the aircraft of the
    # sentence that opened it.
    lead = ctx.list_item_lead if ctx.list_item_lead != index else None
    actor = (
        (listed and (_actor_of(ctx, index - 1) or _carried(ctx, index - 1, _actor_of)))
        or (None if listed else _actor_of(ctx, index))
        or (lead is not None and _actor_of(ctx, lead))
        or _table_actor(ctx, index)
        or _heading_actor(ctx, index)
        or _unidentified_after(ctx, index)
        or _blamed_after(ctx, index)
        or _retold_aircraft_after(ctx, index)
        or _claimant_side(ctx, index)
        # "Russian jets struck rebel-held towns on Wednesday." then "A rebel spokesman said
        # 20 raids hit X and Y": the aircraft of the dated lead whose places the sentence
        # names, on no day of its own.
        or (
            index > 0
            and _names_places_of_lead(ctx, index, index - 1)
            and not any(_tells_day(c) for c in _sentence_cues(ctx, index))
            and any(_tells_day(c) for c in _sentence_cues(ctx, index - 1))
            and bool(_valid_triggers(ctx, index - 1, *ctx.sentences[index - 1]))
            and _actor_of(ctx, index - 1)
        )
        or _carried(ctx, index, _actor_of)
        or _also_struck_actor(ctx, index)
        or _definite_aircraft_before(ctx, index)
        or _carried_claimant_side(ctx, index)
        or _days_strikes_actor(ctx, index)
        or _same_strikes_actor(ctx, index)
        or _returned_aircraft_actor(ctx, index)
        or _default_actor(ctx)
    )
    claimant = (
        _claimant_of(ctx, index)
        or _carried(ctx, index, _claimant_of)
        or _same_strikes_claimant(ctx, index)
        or _voice_at(ctx, s)
        or _blaming_voice_after(ctx, index)
        or _retelling_voice_after(ctx, index)
        or "reporter"
    )
    para = _paragraph_index(ctx, s)
    # A text without line breaks is one huge "paragraph": keep its context local.
    p_start = max(ctx.paragraphs[para], s - _CONTEXT_CHARS)
    p_end = ctx.paragraphs[para + 1] if para + 1 < len(ctx.paragraphs) else len(text)
    p_end = min(p_end, e + _CONTEXT_CHARS)
    named = _named_in(ctx, p_start, p_end)
    own_dates = _own_dates(ctx, index, [m for m, _ in struck], triggers)
    for start, day in _clause_dates(ctx, index, [m for m, _ in struck], triggers).items():
        own_dates.setdefault(start, day)
    for start, day in _before_second_report(ctx, index, [m for m, _ in struck], triggers).items():
        own_dates.setdefault(start, day)
    own_dates.update(_shifted_dates(ctx, index, [m for m, _ in struck], dated))
    own_dates.update(_wounds_dates(ctx, index, [m for m, _ in struck]))
    events = []
    for m, relation in struck:
        own = own_dates.get(m.start)
        own_actor = (
            _mention_actor(ctx, s, e, m, triggers, claimant)
            or _clause_voice_actor(ctx, s, e, m)
            or _actor_before_contrast(ctx, index, s, e, m)
        )
        context = tuple(surface for surface in named if surface != m.surface)
        if not context:
            context = _report_context(ctx, m, p_start, p_end)
        neighbourhood = _is_neighbourhood(ctx, m, s, e) or part_holder(ctx, m) is not None
        offset = offset_before(text, m.start)
        written = offset is not None
        if offset is None and relation == "near" and m.candidates and not _is_admin(ctx, m):
            offset = bearing_offset_before(text, m.start, m.candidates[0].rank)
        events.append(
            StrikeEvent(
                doc=ctx.doc.doc_id,
                sentence_index=index,
                quote=text[s:e],
                char_start=m.start,
                char_end=m.end,
                place_as_written=m.surface,
                event_date=(own or dated).date,
                time_precision=(own or dated).precision,
                date_basis=(own or dated).basis,
                actor=own_actor or actor,
                claimant=_ministry_of(
                    ctx,
                    s,
                    e,
                    _bracket_voice(ctx, e, m) or _clause_voice(ctx, s, e, m) or claimant,
                    own_actor or actor,
                ),
                claimed_target=_target(ctx, s, e, m),
                weapon=_weapon(ctx, s, e, m),
                city_hint=_city_hint(ctx, m, mentions) if neighbourhood else None,
                admin1_hint=_admin1_hint(ctx, m, containers, s),
                context_places=context,
                place_relation=relation,
                offset_km=offset[0] if offset else None,
                offset_bearing=offset[1] if offset else None,
                offset_written=written or offset is None,
            )
        )
    again = _again_dates(ctx, index, [m for m, _ in struck], triggers, events)
    for start, day in _second_days(ctx, index, [m for m, _ in struck], events).items():
        again.setdefault(start, day)
    events += [
        replace(ev, event_date=then.date, time_precision=then.precision, date_basis=then.basis)
        for ev in list(events)
        if (then := again.get(ev.char_start)) is not None
    ]
    return events


# "strikes on our partner hospital in X on 2 October and 14 October": a place, then two days.
_PLACE_DAY_GAP_RE = re.compile(r"\s*,?\s+on\s+(?:the\s+)?")
_TWO_DAYS_GAP_RE = re.compile(r"\s+and\s+(?:again\s+)?(?:on\s+)?(?:the\s+)?")
#: Two days a place is given, this far apart at least, are two strikes, not a window's ends.
_TWO_DAYS_APART = timedelta(days=2)


def _second_days(
    ctx: _DocContext, index: int, places: list[Mention], events: list[StrikeEvent]
) -> dict[int, ResolvedDate]:
    """Return the second day of each place written right before two days joined by "and".

    "after strikes on the hospital in X on 2 October and 14 October": two strikes on X, the
    event dated by the first day and one more on the second. Two days next to each other
    ("on Tuesday and Wednesday") are the ends of a window, as the sentence's date reads them.
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
        if last is None:
            continue
        one, two = resolve_cue(first, reference), resolve_cue(second, reference)
        if one is None or two is None or "day" != one.precision or "day" != two.precision:
            continue
        if abs(two.date - one.date) < _TWO_DAYS_APART:
            continue
        # "hit X, Y and Z on 2 October and 14 October": the run of places before the days.
        run = last
        while run > 0 and _ITEM_JOIN_RE.fullmatch(text, places[run - 1].end, places[run].start):
            run -= 1
        for place in places[run : last + 1]:
            day = dated.get(place.start)
            if day == one.date:
                out[place.start] = two
            elif day == two.date:
                out[place.start] = one
    return out


# "..., and that a barrel bomb hit X late on Monday": a second clause the voice reports.
_SECOND_REPORTED_RE = re.compile(r",\s*and\s+that\s", re.IGNORECASE)


def _before_second_report(
    ctx: _DocContext, index: int, places: list[Mention], triggers: list[_Span]
) -> dict[int, ResolvedDate]:
    """Return the day told before for the places of a first reported clause.

    "Jets hit A on Tuesday, a monitor said." then "It said 14 people were killed in raids on
    B and C, and that a barrel bomb hit D late on Monday": the one day of the sentence is the
    second clause's; the strikes of the first keep the day the sentence before told.
    """
    cues = [c for c in _sentence_cues(ctx, index) if _tells_day(c)]
    last, prior = ctx.last_date, ctx.prior_date
    if len(cues) != 1 or last is None or last[1] != index or prior is None:
        return {}
    if not 0 < index - prior[1] <= 2:
        return {}
    s = ctx.sentences[index][0]
    second = _SECOND_REPORTED_RE.search(ctx.text, s, cues[0].start)
    if second is None or not any(s <= t.start < second.start() for t in triggers):
        return {}
    return {m.start: prior[0] for m in places if m.end <= second.start()}


# A place and its own date right after it: "near X on June 18"; a reference point may
# come between ("and on X, west of Aleppo, on Sunday", "Y, in Idlib province, on Monday").
# A list may give each place its day in brackets: "X (Monday), Y (Tuesday)".
_OWN_DATE_GAP_RE = re.compile(
    r"(?:\s+(?:city|town|village|province))?"
    r"(?:(?:\s*,\s*(?:[a-z-]+\s+){0,2}(?:of|in|near)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?:city|province|governorate|countryside))?\s*,)?"
    r"\s+on\s+(?:the\s+)?|\s*\(\s*(?:on\s+)?)"
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
        if i == len(cues) or not _OWN_DATE_GAP_RE.fullmatch(ctx.text, m.end, starts[i]):
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
            and _LIST_ITEM_GAP_RE.fullmatch(ctx.text, m.end, after.start)
        ):
            own[m.start] = own[after.start]
    return own


_LIST_ITEM_GAP_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


# "died of wounds he sustained in the strikes on X on Sunday": the place, then its day.
_WOUNDS_DAY_GAP_RE = re.compile(r"\s+(?:on\s+)?")
#: How far before the place the words on the wounds may open.
_WOUNDS_STRIKE_CHARS = 110


def _wounds_dates(ctx: _DocContext, index: int, places: list[Mention]) -> dict[int, ResolvedDate]:
    """Return the day of each place struck in the strike that dealt someone's wounds.

    "9 killed in raids on X, and a man died of wounds he sustained in the strikes on Y on
    Sunday": the day after Y is the day of Y's strike, which the sentence's own day leaves
    out (see :mod:`geo.extract.timing`); X keeps the sentence's day.
    """
    text = ctx.text
    s, e = ctx.sentences[index]
    if ctx.lower.find("wounds", s, e) < 0 and ctx.lower.find("injuries", s, e) < 0:
        return {}
    cues = _sentence_cues(ctx, index)
    reference = ctx.posts[_post_index(ctx, s)].date
    out: dict[int, ResolvedDate] = {}
    for m in places:
        cue = next((c for c in cues if c.start >= m.end), None)
        if (
            cue is None
            or cue.kind == "anaphoric"
            or not _WOUNDS_DAY_GAP_RE.fullmatch(text, m.end, cue.start)
            or not WOUNDS_STRIKE_BEFORE_RE.search(
                text, max(0, m.start - _WOUNDS_STRIKE_CHARS), m.start
            )
        ):
            continue
        resolved = resolve_cue(cue, reference)
        if resolved is not None:
            out[m.start] = resolved
    return out


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
    r"\b(?:raids?|strikes?|airstrikes?|bombing|bombardment|attacks?|barrel\s+bombs?)\b",
    re.IGNORECASE,
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
    for m in places:
        for cue in shifts:
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
_AGAIN_AFTER_STRIKE_RE = re.compile(
    r"\s+(?:(?:it|them|there)\s+)?(?:(?:once|yet)\s+)?again\b", re.IGNORECASE
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
        opening = _again_opening(text, previous, cue, triggers)
        before = [m for m in places if opening is not None and m.end <= opening]
        if not before:
            continue
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
) -> int | None:
    """Return where the "again" clause dated by a cue opens, or None when no "again" dates it."""
    start = cue.start
    for t in triggers:
        if t.end > start or start - t.end > 60:
            continue
        after = _AGAIN_AFTER_STRIKE_RE.match(text, t.end)
        if after is not None and _AGAIN_DAY_GAP_RE.fullmatch(text, after.end(), start):
            return t.start
        if _AGAIN_BEFORE_STRIKE_RE.search(text, max(0, t.start - 20), t.start) and (
            _AGAIN_DAY_GAP_RE.fullmatch(text, t.end, start)
        ):
            return t.start
    after = _AGAIN_AFTER_DAY_RE.match(text, previous.end)
    if after is not None and _AGAIN_DAY_GAP_RE.fullmatch(text, after.end(), start):
        return previous.start
    return None


# "near the city of X", "X city": the city itself, not the governorate of its name.
_CITY_OF_BEFORE_RE = re.compile(r"\bcity\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_CITY_WORD_AFTER_RE = re.compile(r"\s+city\b", re.IGNORECASE)


_PROVINCES_AROUND_RE = re.compile(r"\b(?:provinces|governorates)\b", re.IGNORECASE)
# "struck facilities near X": a place right after "near" is a point, the city, not the
# governorate named for it.
_NEAR_BEFORE_RE = re.compile(r"\bnear\s+$", re.IGNORECASE)


#: Nearest two candidates of names folding to one key may be for the names to be one place.
_ONE_PLACE_KM = 10.0


def _places_apart(ctx: _DocContext) -> Callable[[StrikeEvent, StrikeEvent], str | None]:
    """Return the test of whether two events' names, of one key, name places far apart.

    Every gazetteer candidate of one lies more than :data:`_ONE_PLACE_KM` from
    every candidate of the other: two places, not two spellings of one (whose
    entries the table may hold twice, a little apart). The test gives the
    second's best candidate, which tells its place from the first's.
    """
    from geo.geocode.gazetteer import haversine_km

    def apart(first: StrikeEvent, ev: StrikeEvent) -> str | None:
        a, b = _mention_at(ctx, first.char_start), _mention_at(ctx, ev.char_start)
        if a is None or b is None or not a.candidates or not b.candidates:
            return None
        far = all(
            haversine_km(p.lat, p.lon, q.lat, q.lon) > _ONE_PLACE_KM
            for p in a.candidates
            for q in b.candidates
        )
        return b.candidates[0].place_id if far else None

    return apart


def _city_apart(ctx: _DocContext) -> Callable[[StrikeEvent, StrikeEvent], bool]:
    """Return the test of whether a later event is near the city a governorate event is named for.

    "Jets killed 14 in a town in X province" then "bombers struck oil facilities
    near the city of X": the province's strikes and those near the city are two
    places, and the finer places struck in the province cover only the first.
    """

    def apart(first: StrikeEvent, ev: StrikeEvent) -> bool:
        # Strikes near the city are located by it; a city attacked or taken on the ground
        # ("militants who attacked the city of X") stays with its governorate's events.
        if ev.place_relation != "near":
            # "markets in X province", then "a market in the centre of X city": the city
            # written with its own word is struck apart from the governorate.
            if not (
                ev.place_as_written.lower().endswith(" city")
                or _CITY_WORD_AFTER_RE.match(ctx.text, ev.char_end)
            ):
                return False
            m = _mention_at(ctx, first.char_start)
            return m is not None and _names_whole_governorate(ctx, m)
        m = _mention_at(ctx, first.char_start)
        if m is None or not _names_whole_governorate(ctx, m):
            return False
        if _CITY_OF_BEFORE_RE.search(
            ctx.text, max(0, ev.char_start - 20), ev.char_start
        ) or _CITY_WORD_AFTER_RE.match(ctx.text, ev.char_end):
            return True
        # "facilities in the provinces of A and X", then "depots near B and X": what lies near
        # X, one of a list of provinces struck, is near its city; so is what was struck "near
        # X" after "a refinery in the area of B, in X province".
        later = _mention_at(ctx, ev.char_start)
        return (
            later is not None
            and not _names_whole_governorate(ctx, later)
            and (
                _PROVINCES_AROUND_RE.search(
                    ctx.text, max(0, first.char_start - 40), first.char_end + 15
                )
                is not None
                or _NEAR_BEFORE_RE.search(ctx.text, max(0, ev.char_start - 8), ev.char_start)
                is not None
            )
        )

    return apart


# "Earlier in the week, residents of X said jets had struck ... on Tuesday": a sentence that
# opens by setting its strike before the ones told so far.
_EARLIER_OPENING_RE = re.compile(
    r"[\s\"'“‘]*(?:Earlier\s+(?:in\s+the\s+week|this\s+week|that\s+week)"
    r"|(?:Two|Three|Four|Five|Several|A\s+few)\s+days\s+earlier)\s*,"
)


def _told_as_earlier(ctx: _DocContext) -> Callable[[StrikeEvent], bool]:
    """Return the test of whether an event's sentence opens by setting it earlier in the week."""

    def earlier(ev: StrikeEvent) -> bool:
        s, e = ctx.sentences[ev.sentence_index]
        return _EARLIER_OPENING_RE.match(ctx.text, s, e) is not None

    return earlier


def _own_day(ctx: _DocContext) -> Callable[[StrikeEvent], bool]:
    """Return the test of whether an event's own sentence writes the day it is dated by."""

    def own(ev: StrikeEvent) -> bool:
        if ev.event_date is None or ev.date_basis not in ("explicit", "relative"):
            return False
        reference = ctx.posts[_post_index(ctx, ctx.sentences[ev.sentence_index][0])].date
        for cue in _sentence_cues(ctx, ev.sentence_index):
            if cue.kind == "anaphoric":
                continue
            resolved = resolve_cue(cue, reference)
            if resolved is not None and resolved.date == ev.event_date:
                return True
        return False

    return own


def _deduplicate(
    events: list[StrikeEvent],
    live_blog: bool,
    in_headline: Callable[[StrikeEvent], bool] = lambda ev: False,
    apart: Callable[[StrikeEvent, StrikeEvent], bool] = lambda first, ev: False,
    own_day: Callable[[StrikeEvent], bool] = lambda ev: False,
    earlier: Callable[[StrikeEvent], bool] = lambda ev: False,
    apart_places: Callable[[StrikeEvent, StrikeEvent], str | None] = lambda first, ev: None,
) -> list[StrikeEvent]:
    """Keep one event per place and claimant (per place, date and claimant in a live blog).

    Two days written for one place ("On 2 October ... On 7 October ...", or June 3 and
    June 2 in one release) are two strikes, each kept; so is a later day told in its own
    sentence after the first ("On Sunday 15 May, ... X", then "Today at dawn, our centre in
    X was hit").

    Each claimant's report of a place is its own event, so that claims can be
    compared with the ground: the Russian MoD's "ISIS roadblock in Hama" is
    not folded into the reporter's "strikes in Hama". The first mention is
    kept; a later one by the same claimant fills in a target or weapon the
    first did not state (a photo caption repeating a strike, say), or whose aircraft
    the first left unknown, and the civilian victims it names there replace a first
    "rebels".

    Two names whose spellings fold to one key but that name places far apart
    (``apart_places`` gives the second's place, from their gazetteer candidates) are two
    places.
    """
    kept: dict[tuple[object, ...], StrikeEvent] = {}
    # The places whose headline actor the body has already told: a later mention (a team or
    # a centre named after the town) does not tell it again.
    actor_told: set[tuple[object, ...]] = set()
    # Likewise the places whose headline relation the body has already told.
    relation_told: set[tuple[object, ...]] = set()
    for ev in events:
        key: tuple[object, ...] = (
            place_key(ev.place_as_written),
            ev.event_date if live_blog else None,
            ev.claimant,
            ev.offset_km,
            ev.offset_bearing,
        )
        first = kept.get(key)
        other = apart_places(first, ev) if first is not None else None
        if other is not None:
            # Two names folding to one key ("Maadan", "al-Mayadin"): the table tells them
            # apart.
            key = (*key, other)
            first = kept.get(key)
        if first is not None and (
            _another_day(first, ev)
            or _earlier_window(first, ev)
            # "X, hit on Monday, was struck again on Thursday": one mention, two strikes.
            or (first.char_start == ev.char_start and first.event_date != ev.event_date)
            or (
                # Told later and on a later day: "towns already hit last week" told after
                # this week's strikes is their background, not a strike of its own.
                first.event_date is not None
                and ev.event_date is not None
                and ev.event_date > first.event_date
                and first.time_precision == ev.time_precision == "day"
                and own_day(first)
                and own_day(ev)
            )
            or _other_aircraft_other_day(first, ev, own_day)
            or _day_of_window(first, ev, own_day)
            or (
                # "Earlier in the week, ... X ... on Tuesday" after Saturday's strike on X: a
                # strike of its own, told as earlier, on the day its sentence writes.
                first.event_date is not None
                and ev.event_date is not None
                and ev.event_date < first.event_date
                and own_day(ev)
                and earlier(ev)
            )
        ):
            # "On 2 October, ... the camp" and "On 7 October, ... the camp": two strikes.
            key = (*key, ev.event_date)
            first = kept.get(key)
        if first is not None and apart(first, ev):
            # The city named after its governorate's strikes: a place of its own.
            key = (*key, "city")
            first = kept.get(key)
        if first is None:
            kept[key] = ev
            continue
        updates: dict[str, object] = {}
        if first.claimed_target == "unspecified" and ev.claimed_target != "unspecified":
            updates["claimed_target"] = ev.claimed_target
        elif first.claimed_target == "rebels" and ev.claimed_target == "civilians":
            # "pounded the rebel-held town of X" then "11 civilians were killed in X": the
            # claimant's civilian victims there name the target, as in one sentence.
            updates["claimed_target"] = "civilians"
        if first.weapon is None and ev.weapon is not None:
            updates["weapon"] = ev.weapon
        if first.actor == "unknown" and ev.actor != "unknown":
            # "air strikes on X and Y, activists said", then "In Y, a raid hit a school, the
            # activists said the aircraft were Russian": the same voice says whose they were.
            updates["actor"] = ev.actor
        if in_headline(first) and not in_headline(ev) and key not in actor_told:
            # A title packs several strikes in one line ("... in X, and helicopters drop
            # barrel bombs on Y"); the body's first sentence on X says whose aircraft hit it.
            actor_told.add(key)
            if first.actor != ev.actor:
                updates["actor"] = ev.actor
        if in_headline(first) and not in_headline(ev) and key not in relation_told:
            # "... barrel bombs on X" in a title, then "barrel bombs on areas in the outskirts
            # of X town" in the body: the body's first sentence on X says where they fell.
            relation_told.add(key)
            if first.place_relation == "in" and ev.place_relation == "near":
                updates["place_relation"] = "near"
        if first.place_relation == "near" and ev.place_relation == "in":
            # A later "in X" is the better location.
            updates["place_relation"] = "in"
        if first.date_basis == "published" and ev.date_basis in ("explicit", "relative"):
            # A headline dated by the page, then "On 26 October, ... in X" or "on Wednesday,
            # ... in X": the written day.
            updates.update(
                event_date=ev.event_date,
                time_precision=ev.time_precision,
                date_basis=ev.date_basis,
            )
        if updates:
            kept[key] = replace(first, **updates)  # type: ignore[arg-type]
    for key, ev in kept.items():
        whole = kept.get(key[:-1]) if key[-1] == "city" else None
        if (
            whole is not None
            and ev.claimed_target == "unspecified"
            and whole.event_date == ev.event_date
        ):
            # "IS targets in the X province", "a command centre of the terrorists on the
            # outskirts of X itself": the claimant's targets in the governorate that day are
            # the city's.
            kept[key] = replace(ev, claimed_target=whole.claimed_target)
    return list(kept.values())


def _day_of_window(
    first: StrikeEvent, ev: StrikeEvent, own_day: Callable[[StrikeEvent], bool]
) -> bool:
    """Say whether a later mention of a place tells a strike on a day inside the first's window.

    "Barrel bombs on X between Sunday and Tuesday", then "a barrel bomb hit the bakery in X
    on Monday": the window's strikes, dated by its last day, and Monday's, a strike of its
    own on the day its sentence writes. A day told on the window's last day is one of its
    strikes, told again.
    """
    return (
        first.time_precision == "window"
        and ev.time_precision == "day"
        and first.event_date is not None
        and ev.event_date is not None
        and timedelta(0) < first.event_date - ev.event_date < _WEEK
        and own_day(ev)
    )


def _other_aircraft_other_day(
    first: StrikeEvent, ev: StrikeEvent, own_day: Callable[[StrikeEvent], bool]
) -> bool:
    """Say whether a later mention of a place tells another side's strike on another day.

    "Russian warplanes struck X on Tuesday", then "Government helicopters had dropped barrel
    bombs on X on Monday": two strikes, each with its aircraft and its own day, not the
    first told again (an earlier day told later by the same side may be its background).
    """
    return (
        first.event_date is not None
        and ev.event_date is not None
        and ev.event_date != first.event_date
        and first.time_precision == ev.time_precision == "day"
        and "unknown" not in (first.actor, ev.actor)
        and first.actor != ev.actor
        and own_day(first)
        and own_day(ev)
    )


def _earlier_window(first: StrikeEvent, ev: StrikeEvent) -> bool:
    """Say whether a later mention tells a place's strikes over a window before the first's day.

    A daily report's "barrel bombs on X since dawn", dated by the page, then "the network
    documented in the first half of the month at least 300 barrel bombs on X": the window is
    a span of strikes of its own, ended before the day the report tells, not that day's date.
    """
    return (
        first.event_date is not None
        and ev.event_date is not None
        and first.date_basis == "published"
        and ev.date_basis == "explicit"
        and ev.time_precision == "window"
        and ev.event_date < first.event_date
    )


def _another_day(first: StrikeEvent, ev: StrikeEvent) -> bool:
    """Say whether two events of a place are dated by different calendar days, each written.

    A release's "On June 3, ... Near X" and "Additionally, on June 2, ... Near X" are two
    strikes, a day apart as much as a week.
    """
    if first.event_date is None or ev.event_date is None:
        return False
    if (
        first.time_precision == "month"
        and ev.time_precision in ("day", "window")
        and first.date_basis == "explicit"
        and (first.event_date.year, first.event_date.month)
        != (ev.event_date.year, ev.event_date.month)
    ):
        # "Nov 2015: bombers struck near X", then "March 13, 2016: ... near X": a month's
        # strikes and a later day's, told apart, are two strikes.
        return True
    return (
        first.date_basis == ev.date_basis == "explicit"
        and first.time_precision == ev.time_precision == "day"
        and abs((ev.event_date - first.event_date).days) >= 1
    )


# "the besieged eastern half of X", "the bombardment of eastern X": the besieged part of a
# city ("southern X" is more often the governorate's countryside).
# "the rebel-held east of X", "the besieged east of X": with its article and the side that
# holds it, the east is the city's part, not a bearing from it.
_CITY_PART_BEFORE_RE = re.compile(
    r"\b(?:[Ee]ast(?:ern)?|EAST(?:ERN)?)"
    r"(?:\s+(?:half|part|side|districts?|neighbou?rhoods?)\s+of(?:\s+the\s+city\s+of)?)?\s+$"
    r"|\bthe\s+(?:(?:rebel|opposition|insurgent)-(?:held|controlled)\s+|besieged\s+)east\s+of\s+$",
    re.IGNORECASE,
)


def _names_city_part(
    ctx: _DocContext, ev: StrikeEvent, voices: set[tuple[str, date | None, str]]
) -> bool:
    """Say whether an event names a part of its city: its side, or its holder's ground.

    "rebel-held X" tells whose ground its claimant says was hit: it is the area of the
    city's struck districts only in the report's own voice or in the voice that names
    those districts that day (``voices``: city key, day and claimant of each district).
    """
    if _CITY_PART_BEFORE_RE.search(ctx.text, max(0, ev.char_start - 40), ev.char_start):
        return True
    if written_holder(ctx.text, ev.char_start, ev.char_end) is None:
        return False
    key = place_key(ev.place_as_written)
    return ev.claimant == "reporter" or (key, ev.event_date, ev.claimant) in voices


def _drop_city_parts(
    ctx: _DocContext, events: list[StrikeEvent], by_start: dict[int, Mention]
) -> list[StrikeEvent]:
    """Drop a part of a city named as struck when the report names its struck districts.

    "The besieged eastern half of X has lost its hospitals in a week of bombing"
    beside strikes on districts of X: the districts carry the strikes, and the
    city's part is the area they lie in, as a governorate is around its towns.
    """
    cities = set()
    # "airstrikes put two centres in eastern X out of service on Friday, in the neighbourhoods
    # of A and B": the districts the same sentence names carry its day's strikes.
    carried = set()
    # "raids on eastern X after the army announced an offensive on Thursday night" on the
    # page's own day, when districts of X are struck that day: the sentence's day is the
    # announcement's, and the districts carry the strikes.
    days = set()
    # Who names the districts struck each day (see ``_names_city_part``).
    voices: set[tuple[str, date | None, str]] = set()
    for ev in events:
        m = by_start.get(ev.char_start)
        if m is not None and m.candidates and m.candidates[0].precision == "neighbourhood":
            city = m.candidates[0].city
            if city:
                cities.add(place_key(city))
                carried.add((place_key(city), ev.sentence_index))
                days.add((place_key(city), ev.event_date))
                voices.add((place_key(city), ev.event_date, ev.claimant))
    if not cities:
        return events
    return [
        ev
        for ev in events
        if not (
            place_key(ev.place_as_written) in cities
            and _names_city_part(ctx, ev, voices)
            # "resumed the bombardment of eastern X on Tuesday", "killed overnight in air
            # strikes on eastern X": strikes of a day of their own.
            and (
                not _sentence_cues(ctx, ev.sentence_index)
                or (place_key(ev.place_as_written), ev.sentence_index) in carried
                or (
                    (place_key(ev.place_as_written), ev.event_date) in days
                    # A voice's own toll for the city's part ("45 killed overnight in
                    # strikes on eastern X, the monitor said") is its own event.
                    and (
                        ev.date_basis == "published"
                        or ev.claimant == "reporter"
                        or (place_key(ev.place_as_written), ev.event_date, ev.claimant) in voices
                    )
                )
            )
            # "the western X countryside" is the governorate's, not the city's.
            and not _AREA_OF_CITY_AFTER_RE.match(ctx.text, ev.char_end)
            and not _AREA_OF_CITY_AFTER_RE.search(" " + ev.place_as_written)
        )
    ]


#: Most days a title's news may lie before the page: an older day the body tells for the
#: same place is its background ("a week after the strike on X"), not the title's strike.
_HEADLINE_NEWS_DAYS = timedelta(days=3)


def _date_headlines_by_body(
    events: list[StrikeEvent], in_headline: Callable[[StrikeEvent], bool]
) -> list[StrikeEvent]:
    """Give a title's strike dated by the page the latest day the body tells for that place.

    "Turkish jets pound militants around X" over "jets destroyed 17 targets in X on
    Wednesday, the army said": the title sums up the latest strike the body dates, so it
    is Wednesday's, told in the title's own voice. Not when the body tells the place
    struck on the page's day too, nor for a day older than the news a title carries.
    """
    below: dict[str, list[StrikeEvent]] = {}
    for ev in events:
        if not in_headline(ev) and ev.event_date is not None:
            below.setdefault(place_key(ev.place_as_written), []).append(ev)
    if not below:
        return events
    out = []
    for ev in events:
        told = below.get(place_key(ev.place_as_written))
        page = ev.event_date
        if (
            told is not None
            and page is not None
            and ev.date_basis == "published"
            and in_headline(ev)
        ):
            latest = max(
                (t for t in told if t.event_date is not None and t.event_date <= page),
                key=lambda t: t.event_date or page,
                default=None,
            )
            if (
                latest is not None
                and latest.event_date is not None
                and (timedelta(0) < page - latest.event_date <= _HEADLINE_NEWS_DAYS)
            ):
                ev = replace(
                    ev,
                    event_date=latest.event_date,
                    time_precision=latest.time_precision,
                    date_basis=latest.date_basis,
                )
        out.append(ev)
    return out


def _drop_vaguer_near(events: list[StrikeEvent]) -> list[StrikeEvent]:
    """Drop "near X" when the same claimant places a strike by distance and bearing from X.

    "A depot near Raqqa was destroyed ... 15 kilometers southwest of the city
    of Raqqa": the offset locates what "near" only approximated. Another place
    located from X ("Y, a town 15 km north of X") is not enough: "residential
    areas near X" may be other strikes than the one on Y.
    """
    placed = {
        (place_key(ev.place_as_written), ev.claimant)
        for ev in events
        if ev.offset_km is not None and ev.offset_written
    }
    if not placed:
        return events
    return [
        ev
        for ev in events
        if not (
            ev.place_relation == "near"
            and ev.offset_km is None
            and (place_key(ev.place_as_written), ev.claimant) in placed
        )
    ]


# The patterns tried most often open with a look-ahead of their first characters
# (see lexicon.quick_opening): the same matches, found with fewer tries.
_TOLL_LEAD_RE = quick_opening(_TOLL_LEAD_RE)
