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

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from geo.extract.antecedents import (
    _KIND_OF_BEFORE_RE,
    _LATEST_STRIKE_OPENING_RE,
    HASHTAG_HEADING_RE,
    HEADING_CELLS_RE,
    _antecedent,
    _kind_object,
    _lead_title_town,
    _struck_again,
    _title_town,
)
from geo.extract.areas import (
    _drop_counted_places_areas,
    _drop_headline_areas,
    _drop_leading_regions,
    _drop_locating_regions,
    _drop_opening_regions,
    _drop_shared_out_areas,
    _drop_undated_regions,
)
from geo.extract.attributes import (
    _ACTOR_RE,
    _actor_of,
    _admin1_hint,
    _air_teller_voice,
    _blamed_after,
    _blaming_voice_after,
    _bracket_after,
    _city_hint,
    _claimant_side,
    _default_actor,
    _find_actor_cues,
    _mention_actor,
    _ministry_of,
    _retelling_voice_after,
    _retold_aircraft_after,
    _target,
    _target_cues,
    _target_label,
    _unidentified_after,
    _weapon,
    bare_aircraft_of_believing_report,
)
from geo.extract.capitals import named_as_capital, provincial_capitals
from geo.extract.carried import (
    _actor_before_contrast,
    _also_struck_actor,
    _carried_claimant_side,
    _days_strikes_actor,
    _definite_aircraft_before,
    _heading_actor,
    _returned_aircraft_actor,
    _same_strikes_actor,
    _same_strikes_claimant,
    _single_actor,
    _table_actor,
)
from geo.extract.coarse import fold_coarse
from geo.extract.columns import ColumnsApart, columns_apart
from geo.extract.context import (
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
)
from geo.extract.datelines import labels_line
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
    tells_day,
    window_span_days,
)
from geo.extract.days import _again_dates, _clause_dates, _own_dates, _second_days, _shifted_dates
from geo.extract.dedupe import _deduplicate
from geo.extract.ground import written_holder
from geo.extract.headings import (
    _HEADING_COLON_RE,
    _dated_item_places,
    _day_heading,
    _item_heads,
    _labelled_item_places,
    _landmarks_under_heading,
    _ranked_item_places,
    _section_place,
)
from geo.extract.levels import (
    _is_admin,
    _is_area,
    _is_foreign,
    _is_neighbourhood,
    _names_subdistrict,
    _names_whole_governorate,
)
from geo.extract.lexicon import alternation, load, quick_opening
from geo.extract.lists import is_list_line, opens_list
from geo.extract.names import _CITY_NAMES
from geo.extract.offsets import bearing_offset_before, offset_before
from geo.extract.page import (
    _TIMESTAMP_LINE_RE,
    _drop_datelines,
    _drop_kill_notes,
    _drop_reader_comments,
    _drop_related_links,
    _drop_update_notes,
    _headline_spans,
    _summary_spans,
    _told_in_headline,
)
from geo.extract.parts import AREA_OF_CITY_AFTER_RE as _AREA_OF_CITY_AFTER_RE
from geo.extract.parts import CITY_RANK, city_part_offset, part_bearing, part_km
from geo.extract.records import (
    _entry_date,
    _entry_sentences,
    _entry_targets,
    _facility_place,
    _line_record,
    _record_attributes,
    _record_date,
    _strike_record,
    _strike_table_row,
    _told_in_record,
)
from geo.extract.roles import (
    _HISTORY_YEARS,
    _struck_places,
    names_outlet,
    part_holder,
    part_of_the_city,
)
from geo.extract.sentences import split_sentences, wrapped_blocks
from geo.extract.sequels import (
    _air_told_again,
    _aircraft_attributed_next,
    _attributed_again,
    _facility_placed_next,
    _fighters_killed_next,
    _listed_source,
    _others_after_toll,
    _others_target,
    _share_of_toll_next,
    _silent_on_told,
    _target_told_next,
    _toll_after_strikes,
    _toll_over_places_again,
    _toll_share_after_strikes,
    _victims_after,
    _victims_there_again,
    _victims_told_before,
)
from geo.extract.tables import (
    first_cell_end,
    is_count_row,
    is_facility_field,
    is_place_field,
    past_rules,
    place_cell,
    row_counts_victims,
)
from geo.extract.timing import (
    WOUNDS_STRIKE_BEFORE_RE,
    _in_onset_clause,
    _in_since_onset,
    _names_places_of_lead,
    _scoped_date,
)
from geo.extract.triggers import _TRIGGER_RE, _has_air_word, _trigger_spans, _valid_triggers
from geo.extract.unknown_parts import unknown_parts
from geo.extract.voices import _CLAIMANT_RE, _claimant_of, _document_voices, _voice_at
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
    if "\n" in doc.text:
        doc = _with_field_labels_joined(doc)
    # "al‑X" and "Kafr‐Y" written with a hyphen other than the ASCII one (the non-breaking
    # or the Unicode hyphen, never a dash between words) are read as "al-X" and "Kafr-Y";
    # the events keep the names as written.
    written = doc.text
    if any(c in written for c in _HYPHENS):
        doc = replace(doc, text=written.translate(_HYPHEN_TABLE))
    # A word a line break cut starts, in the text read, after the spaces that take the place
    # of its hyphen and line break; its event starts where its first part was written.
    cut_words: dict[int, int] = {}
    if "-\n" in doc.text or "-\r\n" in doc.text:
        whole, cut_words = broken_words_whole(doc.text, find_mentions)
        doc = replace(doc, text=whole)
    if _GLUED_MARK_RE.search(doc.text):
        doc = replace(doc, text=footnote_marks_apart(doc.text, find_mentions))
    if "-->" in doc.text:
        doc = replace(doc, text=cues_run_on(doc.text))
    # A page of two columns run together line by line is read column by column; the
    # events' spans are put back where the names were written.
    apart = columns_apart(doc.text) if "   " in doc.text else None
    if apart is not None:
        doc = replace(doc, text=apart.text)
    mentions, place_cities = unknown_parts(doc.text, _find_in_plain_text(doc.text, find_mentions))
    ctx = _build_context(doc, mentions)
    ctx.place_cities.update(place_cities)
    events: list[StrikeEvent] = []
    scopes: dict[tuple[str, int], _Scope] = {}
    for index, (s, e) in enumerate(ctx.sentences):
        found = _sentence_events(ctx, index, s, e, scopes)
        if found:
            ctx.struck_sentences[index] = {ev.char_start for ev in found}
            found = _victims_told_before(ctx, index, found)
        if found and " and " in ctx.lower[s:e]:
            found = _joint_voices(ctx, s, e, found)
        if found and _others_after_toll(ctx, index):
            found = _others_target(events, index, found)
        if found:
            _toll_over_places_again(ctx, index, s, e, events)
        events.extend(found or _attributed_again(ctx, index, s, e, events))
        if not found:
            events.extend(_air_told_again(ctx, index, events))
            _target_told_next(ctx, index, s, e, events)
            _aircraft_attributed_next(ctx, index, s, e, events)
            _fighters_killed_next(ctx, index, s, e, events)
            _share_of_toll_next(ctx, index, s, e, events)
            _victims_there_again(ctx, index, s, e, events)
            _victims_after(ctx, index, s, e, events)
    on_this_day = _TOLD_ON_ITS_DAY_IN_A_YEAR_RE.search(doc.text) is not None
    events = [ev for ev in events if not _is_history(ev, doc.published, doc.text, on_this_day)]
    if ctx.habit_actors:
        # "whose warplanes had struck X day after day." then "On Thursday, a strike hit a
        # bakery in X": the aircraft that struck the place as a habit struck it again.
        events = [
            replace(ev, actor=ctx.habit_actors.get(place_key(ev.place_as_written), ev.actor))
            if ev.actor == "unknown"
            else ev
            for ev in events
        ]
    if ctx.defaulted_actors:
        events = _same_strike_actors(ctx, events)
    headlines = _headline_spans(ctx)
    if _TIMESTAMP_LINE_RE.search(doc.text):
        headlines += _summary_spans(doc.text)
    events = _drop_reader_comments(
        ctx, _drop_related_links(ctx, _drop_datelines(ctx, _drop_headline_areas(ctx, events)))
    )
    events = _drop_update_notes(ctx, events)
    events = _drop_kill_notes(ctx, events)
    events = _drop_second_names(ctx, events)
    events = _moved_by_correction(ctx, events)
    events = _drop_shared_out_areas(ctx, _drop_counted_places_areas(ctx, events))

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
        events,
        by_start,
        _coarse_level(ctx),
        _period_days(ctx, events),
        _written(ctx, "month"),
        _held_area(ctx),
        _window_start(ctx),
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
    events = [
        replace(ev, char_start=cut_words[ev.char_start]) if ev.char_start in cut_words else ev
        for ev in events
    ]
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
# A log's entry opened by its clock time, its place and its aircraft set off by bars:
# "06:45 | X | Russian warplane | 2 missiles on the market".
_TIMED_ENTRY_RE = re.compile(
    r"[ \t]*[0-2]?\d:\d\d[ \t]*\|[ \t]*(?P<place>[^|\n]{1,60}?)[ \t]*\|"
    r"[ \t]*(?P<air>[^|\n]{1,40}?)[ \t]*\|"
)
# The aircraft cell of such an entry: "helicopter", "Russian warplane", "warplane (unknown)".
_ENTRY_AIRCRAFT_RE = re.compile(
    r"(?:(?:Russian|regime|Syrian|unidentified|coalition)\s+)?"
    r"(?:warplanes?|war\s?planes?|jets?|helicopters?|aircraft|drones?)(?:\s+\([a-z ]{1,20}\))?",
    re.IGNORECASE,
)
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


def broken_words_whole(text: str, find_mentions: MentionFinder) -> tuple[str, dict[int, int]]:
    """Write the months, weekdays and place names a line break cut whole, in as many characters.

    Text taken from a printed page breaks words at a line's end with a hyphen. "On 31 Janu-"
    over "ary, a strike hit X" is read as "On 31 January, a strike hit X", and "jets struck
    Kafr Y-" over "z and W" as "jets struck Kafr Yz and W" when "Kafr Yz" is a place the
    gazetteer knows: spaces before the word take the place of the
    hyphen and the line break, so every span after it stays where it was. Any other broken
    word ("Russian-" over "backed") is left as written.

    Parameters
    ----------
    text : str
        Any text.
    find_mentions : callable
        ``text -> list[Mention]``, the mention finder of the extraction.

    Returns
    -------
    str
        The text, of the same length, every span where it was.
    dict of int to int
        For each word written whole, where it starts in the text returned and where its
        first part starts in the text given.
    """
    starts: dict[int, int] = {}

    def whole(m: re.Match[str]) -> str:
        word = m["head"] + m["tail"]
        if word.lower() in _CALENDAR_WORDS or _names_a_place(text, m, word, find_mentions):
            starts[m.end() - len(word)] = m.start()
            return " " * (len(m["gap"]) + 1) + word
        return m.group()

    return _BROKEN_CALENDAR_RE.sub(whole, text), starts


# A number of one to three digits printed against a word's last letter, before a space or a
# stop: a footnote's mark as text taken from a page keeps it ("in the area of X12 in Y").
_GLUED_MARK_RE = re.compile(r"(?<=[a-z])\d{1,3}(?=[\s.,;:)]|$)")


# "12 Russian Ministry of Defence, Briefing of ...": a note's own line, headed by its number.
_NOTE_LINE_RE = re.compile(r"^[ \t]*\[?(\d{1,3})[\].)]?[ \t]+(?=[A-Z\"“‘'])", re.MULTILINE)


def footnote_marks_apart(text: str, find_mentions: MentionFinder) -> str:
    """Blank the footnote marks printed against place names, in as many characters.

    Text taken from a printed page keeps a note's number against the word it follows:
    "struck command posts in the area of Kafr Y12 in Z province" is read as "... Kafr Y
    in Z province", the number's digits becoming spaces so that every span stays where it
    was, when a line headed by that number comes after it (the note the mark refers to). A
    number against any other word ("Su24"), or one no note answers (a network named with its
    number, "the X24 network"; a name spelt with a digit for a letter), is left as written.

    Parameters
    ----------
    text : str
        Any text.
    find_mentions : callable
        ``text -> list[Mention]``, the mention finder of the extraction.

    Returns
    -------
    str
        The text, of the same length, every span where it was.
    """
    last_note = {int(n[1]): n.start() for n in _NOTE_LINE_RE.finditer(text)}

    def blank(m: re.Match[str]) -> str:
        if last_note.get(int(m.group()), -1) < m.end():
            return m.group()
        before = _line_before(text, m.start())
        if any(mention.end == len(before) for mention in find_mentions(before)):
            return " " * len(m.group())
        return m.group()

    return _GLUED_MARK_RE.sub(blank, text)


#: How much of the line before a broken word, and of the line after, is read with it: enough
#: for the words of a place's name around it ("Kafr", "al-", "Tal").
_BROKEN_NAME_REACH = 24


def _line_before(text: str, pos: int) -> str:
    """Return the text of ``pos``'s line before it, at most :data:`_BROKEN_NAME_REACH` long.

    The search for the line's start stops at the reach, so a page of one long line costs no
    more per call.
    """
    reach = max(0, pos - _BROKEN_NAME_REACH)
    return text[text.rfind("\n", reach, pos) + 1 or reach : pos]


def _names_a_place(text: str, m: re.Match[str], word: str, find_mentions: MentionFinder) -> bool:
    """Say whether a word a line break cut, written whole, is (part of) a place name.

    Only the words around the break are read, so the work per break is bounded.
    """
    before = _line_before(text, m.start())
    # The search stops at the reach, so a page of one long line costs no more per break.
    end = min(len(text), m.end() + _BROKEN_NAME_REACH)
    after_end = text.find("\n", m.end(), end)
    after = text[m.end() : end if after_end < 0 else after_end]
    start, end = len(before), len(before) + len(word)
    return any(
        mention.start <= start and mention.end >= end
        for mention in find_mentions(before + word + after)
    )


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
    # are blanked, the day dating the post. A heading on a line of its own keeps its tag (see
    # ``_without_tag_lines``).
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


# A record's field label alone on its line, its value on the next ("Location" then "X, Idlib
# governorate", "Incident date" then "September 14, 2016"), as monitors' pages print them.
_RECORD_VOCAB = load("records")
_LABEL_LINE_RE = re.compile(
    r"^([ \t]*(?:"
    + alternation(
        sorted(
            {"location", "locality"}
            | set(_RECORD_VOCAB["date"])
            | set(_RECORD_VOCAB["attacker"])
            | set(_RECORD_VOCAB["facility"]),
            key=len,
            reverse=True,
        )
    )
    + r"))\n(?=[ \t]*[^\s:][^\n]{0,80}$)",
    re.IGNORECASE | re.MULTILINE,
)


def _with_field_labels_joined(doc: Document) -> Document:
    """Return the report with each field label alone on its line joined to its value (offsets kept).

    "Location" on one line and "X, Idlib governorate" on the next are the field
    "Location:X, Idlib governorate": the line break becomes the colon, so every offset
    stays, and the entry's summary ("a strike hit the vegetable market") is told of X as
    under "Location: X".
    """
    joined = _LABEL_LINE_RE.sub(r"\1:", doc.text)
    return doc if joined == doc.text else replace(doc, text=joined)


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
        line_end = text.find("\n", m.end())
        if m.group("posttags") and HEADING_CELLS_RE.fullmatch(
            text, m.end(), len(text) if line_end < 0 else line_end
        ):
            # "#X | 10:45" on a line of its own heads the post below it by its place: no
            # strike sentence names the tag, and "the town" of the post's sentences is X.
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


# "on this day in 2015": a page that tells strikes on its own day of past years; a day counted
# from one it tells ("the same day") is a day of that year, as the day it follows is.
_TOLD_ON_ITS_DAY_IN_A_YEAR_RE = re.compile(
    r"\b[Tt]his\s+(?:very\s+)?(?:day|date)\s+in\s+(?:19|20)\d\d\b"
)


def _is_history(
    ev: StrikeEvent, published: date, text: str = "", on_this_day: bool = False
) -> bool:
    """Say whether a strike is dated to a year long before the report ("in May 2014").

    "the video first appeared in May 2014, ... the aftermath of a barrel bomb in X":
    a strike the report recalls from years before is history, as a place named with
    such a year is (see ``roles``). ``on_this_day`` says that the page tells strikes "on
    this day in" a year, so that a day it dates relatively may lie years back.
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
        ev.time_precision in ("day", "window")
        and ev.date_basis == "explicit"
        or ev.time_precision == "day"
        and ev.date_basis == "relative"
        and on_this_day
    ) and ev.event_date >= CAMPAIGN_START:
        # "On 30 September 2015 jets struck X", in a reference work or a review of early
        # 2017: a day of the campaign written in full is history only two years back in days,
        # and so is a night or a span of days written in full ("the night of 1 to 2 November").
        # One before the campaign ("first struck on 23 September 2014", in 2016) is
        # background by its calendar year, as a strike told by its month or year is.
        # Counted in calendar years, so that a day two years back to the day across a 29
        # February ("on this day in 2015", in 2017) is no history.
        try:
            bound = published.replace(year=published.year - _HISTORY_YEARS)
        except ValueError:
            bound = published.replace(year=published.year - _HISTORY_YEARS, day=28)
        return ev.event_date < bound
    return ev.event_date.year <= published.year - _HISTORY_YEARS


# "The school was hit by a barrel bomb in 2014": a strike told in the passive, dated by a year.
# So is a weapon named with a participle after it ("barrel bombs dropped in 2014", "missiles
# fired at the town in 2012", "air strikes carried out in 2013").
_PAST_YEAR_STRIKE_RE = re.compile(
    r"(?:\b(?:was|were|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(?:hit|struck|bombed|destroyed|damaged|targett?ed)\b"
    r"|\b(?:(?:air|barrel|cluster)[\s-]+)?(?:bombs?|barrels|missiles?|rockets?|munitions"
    r"|(?:air)?strikes|raids)\s+(?:dropped|fired|launched|carried\s+out|conducted)\b)"
    r"[^.;:\n]{0,60}?\s+in\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/])"
)


def _struck_in_a_past_year(ev: StrikeEvent, published: date, text: str) -> bool:
    """Say whether the only strike told of the place is dated by a year long past.

    "Children play on the ruins of a school in X, October 22, 2016. The school was hit by a
    barrel bomb in 2014": the caption's day is the photograph's, and the one strike its line
    tells after the place is history. A strike word before that one, in the place's
    sentence, tells another strike; one in a sentence before the place's is another place's.
    """
    end = min(len(text), ev.char_end + 200)
    m = _PAST_YEAR_STRIKE_RE.search(text, ev.char_end, end)
    if m is None or int(m["year"]) > published.year - _HISTORY_YEARS:
        return False
    if "\n" in text[ev.char_end : m.start()]:
        return False
    start = text.rfind("\n", 0, ev.char_start) + 1
    stop = text.rfind(". ", start, ev.char_start)
    if stop >= 0:
        start = stop + 2
    return _TRIGGER_RE.search(text, start, m.start()) is None


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


# ", as Russia said its aircraft had hit ...": a clause opened by "as" and a voice of its own.
_AS_VOICE_BEFORE_RE = re.compile(r"(?:,\s+|\s)as\s+(?:the\s+)?$")
_SAYING_END_RE = re.compile(r"\b(?:said|says|say|reported|reports|told|claimed|claims)$")


def _later_voice_clause(ctx: _DocContext, s: int, e: int) -> int | None:
    """Return where a later clause with a voice of its own opens, after the sentence's own voice.

    "Air strikes killed 19 people in X on Thursday, rescue workers said, as Russia said its
    aircraft had killed dozens of fighters near Y": the clause tells another voice's claim,
    and the aircraft it names are its own strikes', not those of the places before it.
    """
    if " as " not in ctx.text[s:e]:
        return None
    cues = _find_cached(ctx, _CLAIMANT_RE, s, e)
    for first, c in pairwise(cues):
        if first.label == c.label or not _AS_VOICE_BEFORE_RE.search(
            ctx.text, max(s, c.start - 8), c.start
        ):
            continue
        if _SAYING_END_RE.search(ctx.text, c.start, c.end) or _CLAUSE_SAID_AFTER_RE.match(
            ctx.text, c.end
        ):
            return c.start
    return None


def _aircraft_in_later_voice_only(ctx: _DocContext, s: int, e: int) -> int | None:
    """Return where a later voice's clause opens when it names every aircraft of the sentence.

    The places before that clause are told with none of the sentence's aircraft.
    """
    start = _later_voice_clause(ctx, s, e)
    if start is None:
        return None
    cues = _find_actor_cues(ctx, s, e)
    return start if cues and all(a.start >= start for a in cues) else None


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


def _window_start(ctx: _DocContext) -> Callable[[StrikeEvent], date | None]:
    """Return the function giving the first day of the window an event's sentence writes.

    "over the past 24 hours ... in the provinces of A, B and C" reaches back a day from
    the event's date; a window of no written length ("in recent days") gives None.
    """

    def start(ev: StrikeEvent) -> date | None:
        if ev.event_date is None or ev.time_precision != "window":
            return None
        spans = [window_span_days(c) for c in _sentence_cues(ctx, ev.sentence_index)]
        known = [n for n in spans if n is not None]
        return ev.event_date - timedelta(days=max(known)) if known else None

    return start


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


def _held_area(ctx: _DocContext):
    """Return the function saying whether an event's area is written as held by a side.

    "in rebel-held Idlib province", "the opposition-controlled X countryside": the holder
    as :func:`geo.extract.ground.written_holder` reads it.
    """

    def held(ev: StrikeEvent) -> bool:
        return written_holder(ctx.text, ev.char_start, ev.char_end) is not None

    return held


# "the X region, known in Syria as Y,": a second name given to the place just named; so is a
# second spelling set off after it ("X - also written Y -", "X (also spelt Y)").
_SECOND_NAME_GAP_RE = re.compile(
    r"(?:[ \t]+(?:region|area|district|mountains?|plain|valley|town|village))?[ \t]*,?[ \t]*"
    r"(?:(?:also|better|locally|widely)[ \t]+)?(?:known|called|named)[ \t]+"
    r"(?:(?:in|to)[ \t]+[A-Z][\w'’-]*[ \t]+|locally[ \t]+)?as[ \t]+(?:the[ \t]+)?"
    r"|[ \t]*[-–—(,][ \t]*(?:also|otherwise|sometimes|often)[ \t]+"
    r"(?:written|spelt|spelled|transliterated)[ \t]+(?:as[ \t]+)?"
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
    # "the provincial capital" is no name written as one: added after the names are cleaned.
    mentions, capitals = provincial_capitals(text, _clean_mentions(text, found))
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
        place_cities=capitals,
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
    " targets",
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
    "fewer",
    "rarer",
    "less ",
)
_SPAN_CLOSE_RE = re.compile(r"\b(?:before|until|till)\b", re.IGNORECASE)
# "In the past week, barrel bombs have fallen every day on X": strikes every day of a window of
# the last days (or week) opening the sentence are the window's, as "every day for the past
# three days" is, no habit.
_EVERY_DAY_RE = re.compile(r"every\s+(?:single\s+)?day\b", re.IGNORECASE)
_SHORT_WINDOW_RE = re.compile(
    r"(?:(?:\d{1,2}|two|three|four|five|six|seven|several|few|couple\s+of)\s+days?"
    r"|\d{1,2}\s+hours|week|days|recent\s+days)$",
    re.IGNORECASE,
)
# A span of fighting told after the event it led to: "after a month of fighting in which ...".
_SPAN_AFTER_RE = re.compile(r"after\b", re.IGNORECASE)
# "Since the downing of the jet on 24 November, jets have repeatedly struck X": the day of the
# event that opens the span is where it starts ("Since dawn on Monday" is the strikes' day).
_SINCE_OPENING_RE = re.compile(r"\s*(?:[\"“]\s*)?Since\s+(?:the|its|their)\s+[^,;.]{0,120},")


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
# "one of the most frequent targets" ranks a place among a side's targets, no share.
_SHARE_OF_TOLD_RE = re.compile(r"(?<!\bone\s)\bof\s+the\s", re.IGNORECASE)


def _told_with_day_before(ctx: _DocContext, index: int) -> bool:
    """Say whether the sentence before tells strikes with a day of their own."""
    if index == 0:
        return False
    s, e = ctx.sentences[index - 1]
    return bool(_in_range(ctx.triggers, s, e)) and any(
        tells_day(c) for c in _sentence_cues(ctx, index - 1)
    )


def _past_day(cue: DateCue) -> bool:
    """Say whether a cue names the day before the writing's ("yesterday", "last night").

    "Jets have been pounding the area for the second day in a row, after they targeted X
    yesterday": a strike of that day, told in a sentence about the days' habit. "Since
    yesterday" opens a span instead, and so may a count of days ago ("since the truce came
    into force, 70 days ago").
    """
    if cue.bound is not None:
        return False
    return cue.rule in ("yesterday", "daybefore")


# "at least twenty times", "more than ten times": a count of strikes, a habit unless a day
# bounds it.
_TODAYS_COUNT_RE = re.compile(r"(?:at\s+least|more\s+than|no\s+fewer\s+than)\s", re.IGNORECASE)
# "Since dawn today", "this morning": the span of the day of writing a sentence opens.
_TODAY_SPAN_RE = re.compile(
    r"\b(?:since\s+(?:dawn|daybreak|midnight|(?:the|this)\s+morning)|today"
    r"|this\s+(?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
# "X has been hit at least 20 times": the perfect tells a tally over time, whatever day the
# sentence before tells.
_PERFECT_RE = re.compile(r"\b(?:has|have|had)\s+been\b", re.IGNORECASE)


def _today_span_before(ctx: _DocContext, index: int, s: int, e: int) -> bool:
    """Say whether the sentence before, in the same paragraph, opens the day's span.

    "Since dawn today Russian jets have not left the sky. They struck X at least twenty
    times": a count told in the simple past goes on with the day of the sentence before.
    """
    if index == 0 or _PERFECT_RE.search(ctx.text, s, e):
        return False
    ps, pe = ctx.sentences[index - 1]
    if _paragraph_index(ctx, ps) != _paragraph_index(ctx, s):
        return False
    return _TODAY_SPAN_RE.search(ctx.text, ps, pe) is not None


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
    if _TODAYS_COUNT_RE.match(found.group()) and _today_span_before(ctx, index, s, e):
        # "Since dawn today jets have not left the sky. They struck X and Y at least twenty
        # times": the count of the day the sentence before opens, as "at least twenty times
        # since dawn" is.
        return False
    if _EVERY_DAY_RE.match(found.group()) and any(
        c.rule == "pastwin" and c.end <= found.start() and _SHORT_WINDOW_RE.search(c.text)
        for c in _sentence_cues(ctx, index)
    ):
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
        (tells_day(c) or _past_day(c))
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
    r"[^.;:]{0,60}?\b(?:reports?|claims?|allegations?|accusations?)\b[^.;:]{0,80}?\bthat\b"
    # "described as 'an information provocation' reports by some media that strikes had
    # killed civilians in X": the verdict told before the claim it is given.
    r"|\b(?:described|describes|called|calls)\s+as\s+[\"“‘']?(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:provocation|lies?|fakes?|fabrications?|propaganda)[\"”’']?\s+"
    r"(?:the\s+)?(?:reports?|claims?|allegations?|accusations?)\b[^.;:]{0,80}?\bthat\b",
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
# noun phrase after "of", denied or (called, described) given a verdict later in the sentence,
# or before the claim.
_DENIED_OF_CLAIM_RE = re.compile(
    r"\b(denied|denies|rejected|rejects|dismissed|dismisses|refuted|called|calls|described)\s+"
    # "described as 'a fabrication' reports by activists of strikes on X": the verdict told
    # before the claim it is given.
    r"(?P<told>as\s+[\"“‘']?(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:provocation|lies?|fakes?|fabrications?|propaganda)[\"”’']?\s+)?"
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
    # "Claims by terrorist media of strikes on X are baseless": who spread the claim may come
    # between the claim and what it is of.
    r"\b(?:reports?|claims?|allegations?|accusations?)\s+"
    r"(?:(?:by|in|from)\s+(?:[\w'’-]+\s+){1,4}?)?of\b"
    # "Information published by certain media on the alleged strikes on X": what the claim
    # was on, as what it was about. "Information spread by the so-called Observatory for Human
    # Rights about strikes on X": its spreader named in full. "Statements by the so-called
    # "Y" about air strikes on X", "Statements of the so-called Observatory about strikes on X
    # do not correspond to reality": statements are claims too, their maker after "by" or
    # "of", his name in quotes or not.
    r"|\b(?:information|reports?|claims?|statements?)\s+"
    r"(?:(?:[\w'’-]+\s+)?(?:by|of)\s+(?:[\w'’\"“”-]+\s+){1,8}?|(?:[\w'’-]+\s+){0,5}?)"
    r"(?:about|on|regarding|concerning)\b",
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
    if verdict is None:
        return None
    if any(tells_day(c) for c in _sentence_cues(ctx, index)) and _claim_has_maker(
        ctx.text, claim, s
    ):
        return None
    return claim.end(), verdict.start()


# Who made a claim, named with it: "Reports by the so-called White Helmets of strikes on X",
# "Statements of the so-called Observatory about ...", "the rescuers' claims about ...".
_CLAIM_MAKER_RE = re.compile(r"\s(?:by|from|in|of)\s", re.IGNORECASE)
_MAKER_BEFORE_CLAIM_RE = re.compile(r"(?:['’]s?|\b(?:their|its|his|her))\s+$", re.IGNORECASE)


def _claim_has_maker(text: str, claim: re.Match[str], s: int) -> bool:
    """Say whether a claim judged false names who made it.

    "Reports by the so-called White Helmets of strikes on X on Friday are a fabrication": a
    dated claim of a named maker stays the maker's. "All the claims about Russian strikes on X
    on Friday and Saturday are lies": a claim no one is named making, judged false by the
    speaker, tells no strike, dated or not.
    """
    body = claim.group()
    if body.lower().endswith("of"):
        # "allegations of certain Western media that ...", "Reports of the so-called
        # Observatory about ...": what follows "of" may be the maker.
        return True
    words = body.split(None, 1)
    if len(words) > 1 and _CLAIM_MAKER_RE.search(" " + words[1][: words[1].rfind(" ") + 1]):
        return True
    before = _MAKER_BEFORE_CLAIM_RE.search(text, max(s, claim.start() - 40), claim.start())
    return before is not None


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
            # A word of denial that denies nothing here ("the so-called Observatory"): the
            # sentence may still judge a claim false in its own words.
            return _claim_judged_false(ctx, index, s, e)
        if (
            denied.group(1).lower().startswith(("call", "desc"))
            and denied.group("told") is None
            and not _VERDICT_RE.search(ctx.text, denied.end(), e)
        ):
            return None
    if any(tells_day(c) for c in _sentence_cues(ctx, index)):
        return None
    resumes = _DENIER_RESUMES_RE.search(ctx.text, denied.end(), e)
    return denied.end(), resumes.start() if resumes is not None else e


# "the release of 18 November listed an attack on X on 14 November; ... the line has been
# removed": a record's line, entry or row its publisher took back.
_WITHDRAWN_RECORD_RE = re.compile(
    r"\b(?:line|entry|row|record|item)s?\s+(?:(?:has|have|had)\s+been|was|were)\s+"
    r"(?:removed|withdrawn|deleted|retracted|struck\s+out)\b",
    re.IGNORECASE,
)
_WITHDRAWN_WORDS = ("removed", "withdrawn", "deleted", "retracted", "struck out")


# "17:31 [PULLED] COALITION STRIKE HITS X", "(WITHDRAWN) Jets struck X", "KILL: ...": a ticker's,
# an alert's or a wire's line marked as taken back, the mark opening it after its clock time.
_WITHDRAWN_MARK_RE = re.compile(
    r"[\[(](?i:pulled|withdrawn|killed|kill|spiked|retracted|deleted)[\])]"
    r"|\b(?:PULLED|WITHDRAWN|KILL|SPIKED|RETRACTED)[ \t]*[:-]"
)
#: How far into a line its withdrawal mark may stand (after a clock time or a number).
_WITHDRAWN_MARK_CHARS = 24


def _withdrawn_record(ctx: _DocContext, s: int, e: int) -> bool:
    """Say whether a sentence tells a line of a record that its publisher took back.

    A correction ("the release of 18 November listed an attack on X on 14 November; the
    damage was caused by shelling, and the line has been removed") tells no strike on X, and
    nor does a line marked as taken back ("17:31 [PULLED] COALITION STRIKE HITS X").
    """
    if _WITHDRAWN_MARK_RE.search(ctx.text, s, min(e, s + _WITHDRAWN_MARK_CHARS)):
        return True
    lower = ctx.lower[s:e]
    if not any(w in lower for w in _WITHDRAWN_WORDS):
        return False
    return _WITHDRAWN_RECORD_RE.search(ctx.text, s, e) is not None


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
                tells_day(c) for c in _sentence_cues(ctx, index)
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
    if mentions and " comment" in ctx.lower[s:e]:
        # "The ministry did not comment on the X strike, but said ...": the strike told before.
        mentions = _silent_on_told(ctx, s, e, mentions)
    if mentions and "#" in ctx.text[s : s + 4] and HASHTAG_HEADING_RE.fullmatch(ctx.text, s, e):
        # "#X | Friday 22 July 2016 | 14:05": the post's heading is no list's line nor a
        # table's row; its place is what the post's "the town" points at.
        mentions = []
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
    if triggers and _withdrawn_record(ctx, s, e):
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
    if not triggers and mentions:
        # "The ten worst strikes of 2016" over "7. The hospital in X, 27.04.16.": an item.
        ranked = _ranked_item_places(ctx, index, mentions)
        if ranked:
            triggers = [_Span(m.start, m.start, "strong") for m in ranked]
            ctx.ranked_items.add(index)
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
    if not triggers and mentions and _listed_source(ctx, index) is not None:
        # "... hitting 27 Islamic State targets. They included a command post near X": the
        # sentence lists what the strikes before it hit.
        triggers = [_Span(s, s, "strong")]
    if mentions and ":" in text[s : s + 8]:
        timed = _TIMED_ENTRY_RE.match(text, s, e)
        if timed is not None and _ENTRY_AIRCRAFT_RE.fullmatch(timed["air"]):
            # "15:40 | X | warplane (unknown) | houses hit, 4 wounded taken to Y": a log's
            # entry, one strike a line, whose aircraft cell tells the strike; its place cell
            # names where it fell, and the note's places (where the wounded went) are not.
            triggers = triggers or [_Span(s, s, "strong")]
            mentions = [m for m in mentions if timed.start("place") <= m.start < timed.end("place")]
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
            and not any(tells_day(c) for c in _sentence_cues(ctx, index))
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
        elif line_record is not None and not any(tells_day(c) for c in _sentence_cues(ctx, index)):
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
                if told != index and not any(tells_day(c) for c in _sentence_cues(ctx, index)):
                    # "Smoke rose over X and Y on Wednesday. By dusk, raids had hit the two
                    # villages": the day the pair was named on is the strikes'.
                    dated = _pair_day(ctx, told, post.date) or dated
                found = _events_for(ctx, index, start, e, pair, triggers, dated, pointed=True)
                events = sorted([*events, *found], key=lambda ev: ev.char_start)
        elif not placed and back is not None:
            told = bisect_right(ctx.sentence_starts, back.start) - 1
            start = ctx.sentences[told][0]
            if told != index and not any(tells_day(c) for c in _sentence_cues(ctx, index)):
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
                    or _struck_again(ctx, index)
                )
            ):
                # "Troops failed to storm X. Jets struck the town": whatever X was to the
                # sentence naming it, the strike's object is that place; so is the title's
                # town to "the town" of a paragraph naming none, and to the lead's strike.
                # "The town was bombed again on Saturday": struck again, as its subject.
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
    # "X, Hama governorate: Aircraft struck the hospital in X": the item's story names its
    # place again and tells its strike there; the heading adds no reading of its own.
    struck_keys = {place_key(ev.place_as_written) for ev in events}
    heads = [m for m in heads if place_key(m.surface) not in struck_keys]
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


# "The facility was first hit on 2 May", "The hospital had been struck again on 5 May": the
# facility the strike told just before hit, struck on a day of its own.
_FACILITY_STRUCK_RE = re.compile(
    r"\b[Tt]he\s+(?P<same>same\s+)?(?P<kind>facility|hospital|clinic|school|market|bakery|building)\s+"
    r"(?:was|had\s+(?:already\s+)?been)\s+(?:first\s+|also\s+|last\s+)?"
    r"(?:hit|struck|bombed|targeted|attacked)\b"
)
#: How many sentences back the strike on the facility may be told.
_FACILITY_LOOK_BACK = 3
#: How far back "the same market" may point at the strike that named the market.
_SAME_FACILITY_LOOK_BACK = 12


def _facility_struck_before(ctx: _DocContext, index: int) -> Mention | None:
    """Return the place of a facility told struck, for an earlier strike on it on its own day.

    "A hospital in X was struck on Sunday, the third attack in a week. The facility was first
    hit on the night of Wednesday 28 October": the facility is the one the strike told just
    before hit, in the same paragraph or the one before; its place is the one place (areas
    around it aside) that sentence names. Only when the sentence writes a day of its own.
    """
    s, e = ctx.sentences[index]
    facility = _FACILITY_STRUCK_RE.search(ctx.text, s, e)
    if facility is None:
        return None
    # "first hit on 2 May", "first hit on Thursday morning": a calendar day or a weekday.
    if not any(
        (c.kind == "explicit" and c.day) or (c.rule == "wd" and not c.window)
        for c in _sentence_cues(ctx, index)
    ):
        return None
    # "The same market was hit on 12 October 2015": the strike that named the market, however
    # far back in the story, as long as its sentence names the market.
    same = facility["same"] is not None and facility["kind"] != "facility"
    look_back = _SAME_FACILITY_LOOK_BACK if same else _FACILITY_LOOK_BACK
    for j in range(index - 1, max(-1, index - 1 - look_back), -1):
        if j not in ctx.struck_sentences:
            continue
        if same and facility["kind"] not in ctx.lower[slice(*ctx.sentences[j])]:
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
# "a damaged clinic in ", "a children's hospital in ": the facility introduced before its place;
# "I teach at the boys' school in ", "our school in ": a witness's own, introduced by "the" or
# a possessive.
_FACILITY_INTRODUCED_RE = re.compile(
    rf"\b(?:an?|the|our|my|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}(?P<kind>{_FACILITY_KINDS})"
    r"\s+(?:in|at)\s+$"
)


# "H-112 | X | hospital | DAMAGED": a record line's field after the place gives the facility's
# kind, as "a hospital in X" does.
_FACILITY_FIELD_AFTER_RE = re.compile(
    rf"\s*\|\s*(?:[\w'’-]+\s+){{0,2}}?(?P<kind>{_FACILITY_KINDS})\b", re.IGNORECASE
)


def _facility_named_before(ctx: _DocContext, index: int) -> Mention | None:
    """Return the place of a facility the sentence before shows, for a strike on "the" facility.

    "A man stands in the doorway of a damaged clinic in X. The clinic was hit by an air strike
    on Wednesday": a picture's or a scene's sentence introduces the facility with its place
    ("a clinic in X", "a children's hospital in X"), telling no strike, and the next sentence
    of the same paragraph strikes it by its kind alone. A record line gives the kind in the
    field after the place ("H-112 | X | hospital | DAMAGED").
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
    named = [m for m in _mentions_in(ctx, ps, pe) if not _is_foreign(m) and not _is_area(ctx, m)]
    if len(named) != 1:
        return None
    kind = found.group("kind").lower()
    # The record line is a paragraph of its own, right above the line that tells the strike.
    field = _FACILITY_FIELD_AFTER_RE.match(ctx.text, named[0].end, pe)
    if field is not None and ctx.text.count("\n", pe, s) == 1 and not ctx.text[pe:s].strip():
        return named[0] if field["kind"].lower() == kind else None
    if _scope_key(ctx, ps) != _scope_key(ctx, s) or _paragraph_index(ctx, ps) != _paragraph_index(
        ctx, s
    ):
        return None
    before = ctx.text[max(ps, named[0].start - 60) : named[0].start].lower()
    introduced = _FACILITY_INTRODUCED_RE.search(before)
    return named[0] if introduced is not None and introduced["kind"] == kind else None


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
        if tells_day(cue) and (resolved := resolve_cue(cue, reference)) is not None
    }
    return days.pop() if len(days) == 1 else None


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


# What may follow "the town" struck as a whole: the sentence goes on with no noun of the
# town's ("the town centre", "the town hall in X" name a part of some place).
_KIND_WHOLE_AFTER_RE = re.compile(
    r"\s*(?:[,.;:)\u2013\u2014-]|$|(?:and|on|at|with|since|again|twice|overnight|early|late|"
    r"last|this|itself|killing|wounding|for|after|before|while|during|throughout|several|"
    r"repeatedly|heavily|at\s+dawn|yesterday|today|tonight|"
    r"the\s+(?:night|day|morning|afternoon|evening|previous|next|same))\b)",
    re.IGNORECASE,
)
_KIND_AFTER_NAME_RE = re.compile(r"\s+(city|town|village|camp)\b", re.IGNORECASE)


# "2 martyrs from X succumbed to wounds sustained in a Russian raid on the town": the dead's
# home town is the town the raid that wounded them struck, whatever "from" makes of it.
_STRUCK_BY_WOUNDING_RAID_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:had|have|has|later)[ \t]+)?(?:succumbed[ \t]+to|died[ \t]+(?:of|from))[ \t]+"
    r"(?:(?:his|her|their|the)[ \t]+)?(?:wounds|injuries)[ \t]+(?:(?:he|she|they)[ \t]+"
    r"(?:had[ \t]+)?)?(?:sustained|suffered|received)[ \t]+(?:in|during)[ \t]+(?:an?|the)[ \t]+"
    r"(?:[\w'’-]+[ \t]+){0,2}?(?:air[ \t]*)?(?:raid|strike|bombing|bombardment)s?[ \t]+on[ \t]+"
    r"the[ \t]+(?:town|village|city)\b",
    re.IGNORECASE,
)


def _wounding_raid_day(ctx: _DocContext, index: int, end: int, dated: ResolvedDate) -> ResolvedDate:
    """Return the day told right after a wounding raid ending at ``end``, or ``dated``.

    "... wounds sustained in a Russian raid on the town the previous day": the day before the
    sentence's own, as a day counted from it; "on Tuesday" from the post's day.
    """
    cue = next((c for c in _sentence_cues(ctx, index) if c.start >= end), None)
    if cue is None or not _WOUNDS_DAY_GAP_RE.fullmatch(ctx.text, end, cue.start):
        return dated
    if cue.kind == "anaphoric":
        reference = dated.date
    else:
        reference = ctx.posts[_post_index(ctx, ctx.sentences[index][0])].date
    return resolve_cue(cue, reference) or dated


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
        if _STRUCK_BY_WOUNDING_RAID_AFTER_RE.match(ctx.text, m.end, anaphor.end()):
            # "2 martyrs from X succumbed to wounds sustained in a raid on the town the
            # previous day": the dead's town is the one the raid that wounded them struck,
            # on the day told after it.
            place = m
            dated = _wounding_raid_day(ctx, index, anaphor.end(), dated)
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
            if len(days) == 1 and tells_day(days[0]):
                reference = ctx.posts[_post_index(ctx, s)].date
                dated = resolve_cue(days[0], reference) or dated
            found = _events_for(ctx, index, s, e, [m], triggers, dated, pointed=True)
            return sorted([*events, *found], key=lambda ev: ev.char_start)
    return events


#: What joins two places of a field as one list ("Location: X and Y").
_AND_GAP_RE = re.compile(r"\s+(?:and|&)\s+")


#: A comma or a bracket in a row's place cell: what follows only locates the cell's place.
_CELL_AFTER_RE = re.compile(r"[,(]")


_CONTEXT_CHARS = 2000


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


#: Claimants who are parties to the war: governments, their ministries and their media.
_PARTY_VOICES = frozenset(
    {"coalition", "governments", "russian_mod", "kremlin", "sana", "state_media"}
)


def _same_strike_actors(ctx: _DocContext, events: list[StrikeEvent]) -> list[StrikeEvent]:
    """Return events whose sentence named no aircraft with those of the place's strike told.

    "Russian warplanes pounded X and Y on Thursday, the monitor said." then, in a paragraph
    of its own, "Another group put the toll at 17 and said a market in X was hit twice":
    the strike on X that day is the one told before with its aircraft, whatever side the
    report names most. Every event telling the place's strike that day with aircraft of its
    own before must agree on them. A voice telling the strike before any names the aircraft
    ("Two schools in X were struck, the UN said." then "The monitor said Russian jets carried
    out the raids") does not say whose they were. A party telling its own strike or laying
    one on a foe ("the ministry said its jets struck X", "the Russians bombed X, Washington
    said") speaks for itself: another voice telling a strike there may not know whose
    aircraft it was.
    """
    told: dict[tuple[str, object], set[str]] = {}
    actor_at: dict[int, str] = {}
    for ev in sorted(events, key=lambda ev: ev.char_start):
        key = (place_key(ev.place_as_written), ev.event_date)
        if ev.char_start not in ctx.defaulted_actors:
            if ev.claimant not in _PARTY_VOICES:
                told.setdefault(key, set()).add(ev.actor)
        elif ev.actor == ctx.default_actor and len(told.get(key, ())) == 1:
            actor_at[ev.char_start] = next(iter(told[key]))
    return [
        replace(ev, actor=actor_at[ev.char_start]) if ev.char_start in actor_at else ev
        for ev in events
    ]


def _row_target(ctx: _DocContext, s: int, e: int, target: str) -> str:
    """Return civilians for a table row naming no target whose column of victims counts some.

    "X | 4 | air strikes (warplanes) | 2 wounded" under "Town | strikes | type |
    casualties": the victims a row counts are the strike's, as a toll in a sentence is.
    """
    if target != "unspecified" or not row_counts_victims(ctx.text, past_rules(ctx.text, s, e)):
        return target
    return "civilians"


def _listed_target(ctx: _DocContext, index: int, source: int | None, target: str) -> str:
    """Return the target of a bulleted item under "Among the objects engaged:" naming none.

    "... engaged 146 objects of the ISIS terrorist organisation. Among the objects engaged:"
    then "- near the settlement of X, a command post;": the item is one of those objects, whose
    side the sentence it lists names (one side only).
    """
    if target != "unspecified" or source is None or source == index - 1:
        return target
    labels = {t.label for t in _target_cues(ctx, *ctx.sentences[source])}
    return labels.pop() if len(labels) == 1 else target


def _ranked_item_actor(ctx: _DocContext, index: int) -> str:
    """Return the air force a ranked list's item names in its own sentences, else "unknown".

    "9. X, February 15th. Another hospital, the same morning. I still don't know whose
    planes.": each item of a list ranking strikes stands alone; the aircraft another item
    names ("10. Y, 15/2/2016. ... Russian, everyone there says.") are not its own.
    """
    paragraph = _paragraph_index(ctx, ctx.sentences[index][0])
    labels: set[str] = set()
    for j in range(index, len(ctx.sentences)):
        a, b = ctx.sentences[j]
        if _paragraph_index(ctx, a) != paragraph:
            break
        labels.update(c.label for c in _find_cached(ctx, _ACTOR_RE, a, b))
    return labels.pop() if len(labels) == 1 else "unknown"


def _bare_aircraft_in_body(ctx: _DocContext, index: int) -> str | None:
    """Return "unknown" for bare warplanes of the body in a report that believes whose others are.

    A title line's bare warplanes ("Warplanes target X and Y") stand for the strikes the body
    tells, with whatever aircraft it names there.
    """
    found = bare_aircraft_of_believing_report(ctx, index)
    if found is None:
        return None
    s = ctx.sentences[index][0]
    return None if any(a <= s < b for a, b in _headline_spans(ctx)) else found


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
    source = None if _in_range(ctx.triggers, s, e) else _listed_source(ctx, index)
    listed = index > 0 and source is not None
    # "Russian airstrikes on December 14 in the following locations:" then "X
    # Province: A, B": a line of names continuing a list strikes with the aircraft of the
    # sentence that opened it.
    lead = ctx.list_item_lead if ctx.list_item_lead != index else None
    actor = (
        (index in ctx.ranked_items and _ranked_item_actor(ctx, index))
        or (source is not None and (_actor_of(ctx, source) or _carried(ctx, source, _actor_of)))
        or (None if listed else _actor_of(ctx, index))
        or (lead is not None and _actor_of(ctx, lead))
        or _table_actor(ctx, index)
        or _heading_actor(ctx, index)
        or _unidentified_after(ctx, index)
        or _blamed_after(ctx, index)
        or _retold_aircraft_after(ctx, index)
        or _claimant_side(ctx, index)
        or (None if listed else _bare_aircraft_in_body(ctx, index))
        # "Russian jets struck rebel-held towns on Wednesday." then "A rebel spokesman said
        # 20 raids hit X and Y": the aircraft of the dated lead whose places the sentence
        # names, on no day of its own.
        or (
            index > 0
            and _names_places_of_lead(ctx, index, index - 1)
            and not any(tells_day(c) for c in _sentence_cues(ctx, index))
            and any(tells_day(c) for c in _sentence_cues(ctx, index - 1))
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
    )
    defaulted = not actor
    actor = actor or _default_actor(ctx)
    claimant = (
        _claimant_of(ctx, index)
        # "... a house in X was struck. A local activist network blamed Russian jets": the
        # voice that lays the strike on aircraft in the next sentence, before one carried.
        or _blaming_voice_after(ctx, index)
        or _carried(ctx, index, _claimant_of)
        or _same_strikes_claimant(ctx, index)
        or _voice_at(ctx, s)
        or _retelling_voice_after(ctx, index)
        or _air_teller_voice(ctx, index)
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
    later_voice = _aircraft_in_later_voice_only(ctx, s, e)
    events = []
    for m, relation in struck:
        own = own_dates.get(m.start)
        unmarked = later_voice is not None and m.start < later_voice
        if unmarked:
            # The sentence's aircraft are the later voice's: the place's strike is told with
            # none, as an unmarked strike is.
            own_actor = (
                _unidentified_after(ctx, index)
                or _blamed_after(ctx, index)
                or _retold_aircraft_after(ctx, index, across=True)
            )
            unmarked = not own_actor
            own_actor = own_actor or _default_actor(ctx)
        else:
            own_actor = (
                _mention_actor(ctx, s, e, m, triggers, claimant)
                or _clause_voice_actor(ctx, s, e, m)
                or _actor_before_contrast(ctx, index, s, e, m)
            )
        context = tuple(surface for surface in named if surface != m.surface)
        if not context:
            context = _report_context(ctx, m, p_start, p_end)
        neighbourhood = (
            _is_neighbourhood(ctx, m, s, e)
            or part_holder(ctx, m) is not None
            or part_of_the_city(ctx, m)
            or m.start in ctx.place_cities
        )
        if (defaulted and not own_actor) or unmarked:
            ctx.defaulted_actors.add(m.start)
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
                claimed_target=_row_target(
                    ctx, s, e, _listed_target(ctx, index, source, _target(ctx, s, e, m))
                ),
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
    for start, day in _second_days(ctx, index, [m for m, _ in struck], events, triggers).items():
        again.setdefault(start, day)
    events += [
        replace(ev, event_date=then.date, time_precision=then.precision, date_basis=then.basis)
        for ev in list(events)
        if (then := again.get(ev.char_start)) is not None
    ]
    return events


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
    cues = [c for c in _sentence_cues(ctx, index) if tells_day(c)]
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
                # "X, the provincial capital": the city, named as one.
                or named_as_capital(ctx.text, ev.char_start, ev.char_end)
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
