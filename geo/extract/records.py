"""Reports written as records: entries of labelled fields and rows of strike tables.

A monitor's log or a rights group's annex tells each strike as an entry of fields
("Date: ...", "Location: ...", "Target: ...", "Attacker: ...") or as a row under a
table's heading of strike words. The place field names where the strike fell; the
entry's other fields give its day, its aircraft and its target.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date

from geo.extract.attributes import _ACTOR_RE, _target_cues, _target_label
from geo.extract.context import (
    _DocContext,
    _find_cached,
    _mentions_in,
    _paragraph_index,
    _sentence_cues,
)
from geo.extract.dates import ResolvedDate, resolve_cue
from geo.extract.levels import _is_area
from geo.extract.roles import _struck_places
from geo.extract.tables import (
    field_name,
    is_air_attacker_field,
    is_air_weapon_field,
    is_claim_field,
    is_date_field,
    is_place_field,
    names_air_power,
    names_no_attacker,
    record_span,
    row_names_aircraft,
    row_tells_no_strike,
    row_under_strike_heading,
)
from geo.extract.triggers import _has_air_word, _valid_triggers
from geo.extract.voices import _claimant_of
from geo.names import governorate_of, place_key
from geo.record import Mention, StrikeEvent

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


def _record_sentences(ctx: _DocContext, record: tuple[int, int], index: int) -> list[int]:
    """Return the indices of an entry's sentences other than its place field's."""
    first = bisect_left(ctx.sentence_starts, record[0])
    last = bisect_left(ctx.sentence_starts, record[1])
    return [j for j in range(first, last) if j != index]


# "Claimed target: called a stronghold on October 6; no strike claimed there": a claim field
# that says no strike was claimed tells none.
_NO_STRIKE_RE = re.compile(
    r"\bno\s+(?:strikes?|attacks?|raids?)\b|\bnot\s+(?:struck|hit)\b", re.IGNORECASE
)


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
        if (
            is_air_attacker_field(ctx.text, a)
            or is_air_weapon_field(ctx.text, a)
            or (is_claim_field(ctx.text, a) and not _NO_STRIKE_RE.search(ctx.text, a, b))
        ):
            # "Attacker: Russian fixed-wing aircraft", "Weapon: barrel bombs": the entry
            # tells an air strike; "Claimed target: an ISIS command post" a claimed one.
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

    A night or a span of days ("night of 16-17 January") gives its last day. With no date
    field, a claim field's day dates the claimed strike ("Claimed target: a depot (briefing
    of October 6)").
    """
    sentences = _record_sentences(ctx, record, -1)
    dated = [j for j in sentences if is_date_field(ctx.text, ctx.sentences[j][0])]
    claims = [j for j in sentences if is_claim_field(ctx.text, ctx.sentences[j][0])]
    for j in dated or claims:
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
    fields = _record_sentences(ctx, record, index)
    claims = [j for j in fields if is_claim_field(ctx.text, ctx.sentences[j][0])]
    # "Claimed target: an ISIS command post / Who held it: Jabhat al-Nusra": an entry telling
    # a claimed strike takes its aircraft and its target from the claim alone; its other
    # fields tell who held the ground or what happened there on the ground.
    for j in claims or fields:
        a, b = ctx.sentences[j]
        actors.update(c.label for c in _find_cached(ctx, _ACTOR_RE, a, b))
        cues = _target_cues(ctx, a, b)
        if cues:
            named = {place_key(m.surface) for m in _mentions_in(ctx, a, b)} if own_places else set()
            targets.append((_target_label(cues[0].label), named))
    actor = None if not actors else actors.pop() if len(actors) == 1 else "unknown"
    if names_no_attacker(ctx.text, *record):
        # "Attributed perpetrator: unknown (Syrian or Russian fixed-wing aircraft)": the
        # entry names no striker, whatever its bracket guesses at.
        actor = "unknown"
    voice = None if own_places else _summary_voice(ctx, index, record)
    result = []
    for ev in events:
        key = place_key(ev.place_as_written)
        target = next((t for t, named in targets if key in named or not own_places), None)
        if target is not None and ev.claimed_target == "unspecified":
            ev = replace(ev, claimed_target=target)
        if voice is not None and ev.claimant == "reporter":
            ev = replace(ev, claimant=voice)
        result.append(replace(ev, actor=actor or ev.actor))
    return result


def _summary_voice(ctx: _DocContext, index: int, record: tuple[int, int]) -> str | None:
    """Return the voice an entry's first strike sentence names, when it names one.

    "Location: X / Summary: A helicopter dropped two barrel bombs on the town, local
    activists said": the entry tells the strike in the activists' voice, not the monitor's
    own. A voice of a later sentence ("Moscow said it had struck ...") tells a claim of its
    own, not the entry's strike.
    """
    for j in _record_sentences(ctx, record, index):
        a, b = ctx.sentences[j]
        if not _valid_triggers(ctx, j, a, b):
            continue
        if _CLOSING_VOICE_RE.search(ctx.text, a, b) is None:
            # "Jets described by local sources as Russian struck ...", "Two villages hit;
            # the Civil Defence said a volunteer was killed": no voice closing the strike.
            return None
        voice = _claimant_of(ctx, j)
        return voice if voice not in (None, "reporter") else None
    return None


# A sentence closing on who tells it: "..., local activists said.", or naming them after the
# strike: "..., according to X, which counted ...".
_CLOSING_VOICE_RE = re.compile(
    r",[ \t]+(?:according[ \t]+to[ \t]+"
    r"|[^,;.\n]{3,80}?[ \t]+(?:said|says|reported|reports)[ \t]*\.?[ \t]*$)"
)


def _strike_table_row(ctx: _DocContext, s: int) -> bool:
    """Say whether the sentence at ``s`` is a row of a table headed by strike words."""
    key = ("table-row", s)
    known = ctx.cache.get(key)
    if known is None:

        def names_strike(a: int, b: int) -> bool:
            first = bisect_left(ctx.sentence_starts, a)
            last = bisect_left(ctx.sentence_starts, b)
            return any(_valid_triggers(ctx, i, *ctx.sentences[i]) for i in range(first, last))

        row = (
            row_under_strike_heading(ctx.text, s, names_strike)
            and not row_tells_no_strike(ctx.text, s)
        ) or row_names_aircraft(ctx.text, s)
        known = ctx.cache[key] = "yes" if row else ""
    return bool(known)
