"""What the sentences after a strike tell of it.

A report tells a strike, then goes on about it without naming its place again:
another voice attributes the same attack, the next sentence names "the target", the
aircraft, the fighters killed, the victims and their share of a toll, or the
facility hit and where it stands. These functions give the strikes already found
what those sentences add (a target, an actor, a claimant's own row).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from itertools import pairwise

from geo.extract.attributes import (
    _BARE_AIR_FORCE_RE,
    _actor_of,
    _claimant_side,
    _find_actor_cues,
    _speaker_spans,
    _target_cues,
    _target_label,
)
from geo.extract.context import (
    _DocContext,
    _mention_at,
    _mentions_in,
    _paragraph_index,
    _scope_key,
)
from geo.extract.levels import _is_foreign, _is_region
from geo.extract.lexicon import alternation, load
from geo.extract.triggers import _air_tellers, _valid_triggers
from geo.extract.voices import _claimant_of, _sentence_claimant
from geo.names import governorate_of, place_key
from geo.record import Mention, StrikeEvent

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
# tap on the place just told, the sentences between naming no place; "a second raid" (an air
# raid) tells it as much.
_DOUBLE_TAP_RE = re.compile(
    r"\b(?:said|say|says|reported|claimed)\s+(?:that\s+)?(?:a|the)\s+(?:second|third|further)"
    r"\s+(?:air\s*)?(?:strike|raid)\s+(?:had\s+)?(?:hit|struck)\s+the\s+same\b",
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
# told hit, named in a sentence of its own; or in its speaker's quoted list, a few short items
# ('"Nusra positions, depots, tunnels," he said').
_TARGET_WAS_RE = re.compile(
    r"\s*(?:The|Its|Their)\s+targets?\s+(?:was|were)\s"
    r"|\s*[\"“][^\"“”\n,.;:!?]{1,30}(?:,[ \t]+[^\"“”\n,.;:!?]{1,30}){1,5},?[\"”],?[ \t]+"
    r"(?:he|she|they)[ \t]+(?:said|added)\b"
)


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
    r"\s+(?:to|on)\s+(?P<sides>[^.;:]{1,60}?)\s+(?:aircraft|jets|warplanes|planes)\b"
    # "It said Russian jets had carried out most of the raids": the strikes just told, most or
    # all of them given to the aircraft that carried them out.
    r"|\b(?:said|says|added|adds)\s+(?:that\s+)?(?P<doers>[^.;:]{1,40}?)\s+"
    r"(?:aircraft|jets|warplanes|planes)\s+(?:had\s+|have\s+)?(?:carried\s+out|conducted|flown)"
    r"\s+(?:most|all|the\s+bulk|nearly\s+all|almost\s+all)\s+of\s+(?:the|those|these)\s+"
    r"(?:air\s*)?(?:strikes|raids|attacks|sorties)\b"
    # "People in the market said it was a Russian jet": the one aircraft just told, its air
    # force said after it.
    r"|\b(?:said|says|thought|believed)\s+(?:that\s+)?it\s+was\s+an?\s+(?P<kind>[^.;:,]{1,30}?)\s+"
    r"(?:aircraft|jet|warplane|plane|helicopter)\b",
    re.IGNORECASE,
)


def _aircraft_attributed_next(
    ctx: _DocContext, index: int, s: int, e: int, events: list[StrikeEvent]
) -> None:
    """Give the last sentence's strikes the aircraft the next sentence attributes them to.

    "Air strikes hit X and Y on Friday." then "Members attributed those strikes to Syrian
    and Russian aircraft." (or "It said Russian jets had carried out most of the raids."): in
    a sentence naming no place, one side named is the strikes' actor, two sides joined leave
    it unknown.
    """
    if not events or events[-1].sentence_index not in (index - 1, index - 2):
        return
    last = events[-1].sentence_index
    lower = ctx.lower[s:e]
    if (
        "attribut" not in lower
        and "blam" not in lower
        and " of the " not in lower
        and "it was a" not in lower
    ):
        return
    m = _STRIKES_ATTRIBUTED_RE.search(ctx.text, s, e)
    if m is None or _mentions_in(ctx, s, e):
        return
    group = next(g for g in ("sides", "doers", "kind") if m.group(g) is not None)
    if last != index - 1 and (group != "kind" or _mentions_in(ctx, *ctx.sentences[last + 1])):
        # "A jet struck the market in X. My shop is forty metres away. People said it was a
        # Russian jet.": one sentence naming no place may stand between the strike and its
        # aircraft said again.
        return
    sides = {c.label for c in _find_actor_cues(ctx, s, e) if m.start(group) <= c.start < m.end()}
    if not sides:
        return
    actor = sides.pop() if len(sides) == 1 else "unknown"
    for k in range(len(events) - 1, -1, -1):
        if events[k].sentence_index != last:
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


_TRIGGERS = load("triggers")
# "the armed groups in X intensified their shelling of", "rebels in X shelled": a side on the
# ground opening its fire.
_SIDE_FIRING_RE = re.compile(
    rf"\b(?:{alternation(_TRIGGERS['ground_subjects'])})\b[^.;:!?]{{0,80}}?"
    rf"\b(?:{alternation(_TRIGGERS['shelling_verbs'])})\b",
    re.IGNORECASE,
)


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
    before = _told_line_before(ctx, index)
    if not events or events[-1].sentence_index != before:
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
    # "The armed groups in B intensified their shelling of the villages, where three
    # civilians were killed": victims of the ground fire a side the sentence names is
    # firing, not of the strike on its own place.
    fire = _SIDE_FIRING_RE.search(ctx.text, s, e)
    if fire is not None and fire.start() < victims[0].start:
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
        if ev.sentence_index != before or place_key(ev.place_as_written) not in named:
            continue
        if ev.claimed_target in ("unspecified", "rebels"):
            events[i] = replace(ev, claimed_target="civilians")
        if voice is not None and voice != ev.claimant:
            again.append(replace(ev, claimant=voice, claimed_target="civilians"))
    if again:
        told = {(o.place_as_written, o.claimant) for o in events if o.sentence_index == before}
        events.extend(ev for ev in again if (ev.place_as_written, ev.claimant) not in told)


# "#X", "#X #Y": a line's closing tags, standing as a sentence of their own.
_TAGS_ONLY_RE = re.compile(r"#[\w'’-]+(?:[ \t]+#[\w'’-]+){0,5}[ \t]*")


def _told_line_before(ctx: _DocContext, index: int) -> int:
    """Return the sentence before ``index``, passing over a line's closing tags.

    "09:30 Warplanes: strikes on X. #Y" then "09:31 Toll: 5 civilians killed in X.":
    the tags after the strike's stop are no sentence between the strike and its toll.
    """
    before = index - 1
    if before > 0:
        ts, te = ctx.sentences[before]
        if (
            _TAGS_ONLY_RE.fullmatch(ctx.text, ts, te)
            and "\n" in ctx.text[te : ctx.sentences[index][0]]
        ):
            return before - 1
    return before


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
        if not any(
            t.label == "civilians" and not _OTHER_ATTACK_BEFORE_RE.search(ctx.text, s, t.start)
            for t in _target_cues(ctx, s, e)
        ):
            continue
        return [
            replace(ev, claimed_target="civilians") if ev.claimed_target == "unspecified" else ev
            for ev in found
        ]
    return found


# "Strikes hit rebel-held towns on Tuesday, a day after an attack on an aid convoy that killed
# about 20 people": a toll told after another attack the strikes came after is that attack's.
_OTHER_ATTACK_BEFORE_RE = re.compile(
    r"\b(?:a\s+day|a\s+week|hours|days|weeks|(?:two|three|four|five|six)\s+days)\s+after\s+"
    r"(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:attacks?|strikes?|air\s*strikes?|raids?|bombings?)\b",
    re.IGNORECASE,
)


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
        elif ev.claimant == "reporter" or _speaker_turn_voice(ctx, last, ev.claimant):
            # "Russian jets struck X. The Civil Defence says six people were killed": a strike
            # the report tells in its own voice is the one whose victims the voice counts, and
            # so is one a transcript's speaker tells in his turn's voice alone.
            events[i] = replace(ev, claimed_target=target, claimant=claimant)


def _speaker_turn_voice(ctx: _DocContext, index: int, claimant: str) -> bool:
    """Say whether a sentence speaks only in the voice of a speaker's turn, ``claimant``.

    "MR X: We are outraged by yesterday's air strike on a camp near Y." names no voice of its
    own: the briefing's speaker tells it, as a report tells what it tells in its own voice.
    The document's own voice, the first, is no turn's.
    """
    s = ctx.sentences[index][0]
    turn = bisect_right(ctx.voice_starts, s) - 1
    return (
        turn > 0
        and ctx.voices[turn] == claimant
        and ctx.voices[0] != claimant
        and _claimant_of(ctx, index) is None
    )


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


# "Among the objects engaged:" on its own line, then "- near the settlement of X, a command
# post;": the items below list what the strikes of the sentence before it hit.
_AMONG_ITEMS_OPENER_RE = re.compile(
    r"\s*Among\s+(?:them|these|the\s+(?:objects|targets|sites|facilities))"
    r"(?:\s+(?:engaged|hit|struck|destroyed))?\s*:\s*"
)
# A bulleted item opening its line: "- ", "* ", "• ".
_ITEM_LINE_RE = re.compile(r"[ \t]*[-*•][ \t]+")
#: How many items such a list may hold before the one read.
_AMONG_ITEMS_MAX = 12


def _among_items_source(ctx: _DocContext, index: int) -> int | None:
    """Return the sentence whose strikes a bulleted item under "Among the objects engaged:" lists.

    "... engaged 146 objects of ISIS. Among the objects engaged:" then "- near the settlement
    of X, a command post;" and "- on the heights of Y, a battery.": each item, on a line of its
    own, names what those strikes hit; the opener stands alone on its line after the strike
    sentence, in the same paragraph.
    """
    text = ctx.text
    j = index
    while j > 0 and index - j <= _AMONG_ITEMS_MAX:
        s = ctx.sentences[j][0]
        line = text.rfind("\n", 0, s) + 1
        if not _ITEM_LINE_RE.match(text, line) or text[line:s].strip(" \t-*•"):
            return None
        j -= 1
        os_, oe = ctx.sentences[j]
        if _AMONG_ITEMS_OPENER_RE.fullmatch(text, os_, oe) is not None:
            break
    else:
        return None
    if j == 0:
        return None
    s, e = ctx.sentences[j - 1]
    if _paragraph_index(ctx, s) != _paragraph_index(ctx, ctx.sentences[j][0]):
        return None
    return j - 1 if _valid_triggers(ctx, j - 1, s, e) else None


def _listed_source(ctx: _DocContext, index: int) -> int | None:
    """Return the sentence whose strikes a sentence lists, if it lists them (see below)."""
    if _listed_after_strikes(ctx, index):
        return index - 1
    return _among_items_source(ctx, index)


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


def _air_told_again(ctx: _DocContext, index: int, events: list[StrikeEvent]) -> list[StrikeEvent]:
    """Repeat an attack given to the air for each other voice telling it from the air later.

    "An attack on a convoy at X killed 20." then the UN's aid chief: "The trucks were struck
    from the air", and "The Observatory said Syrian or Russian warplanes carried out the raids
    on the convoy": each voice that tells the attack's air, a strike word of its own in its
    sentence, has a row of the strike (with its own aircraft when it names them).
    """
    if not events or not _valid_triggers(ctx, index, *ctx.sentences[index]):
        return []
    claimant = _claimant_of(ctx, index)
    if claimant is None:
        return []
    added: list[StrikeEvent] = []
    told = {(ev.sentence_index, place_key(ev.place_as_written), ev.claimant) for ev in events}
    for i in sorted({ev.sentence_index for ev in events}, reverse=True):
        if index not in _air_tellers(ctx, i):
            continue
        actor = _actor_of(ctx, index)
        for ev in events:
            key = (i, place_key(ev.place_as_written), claimant)
            if ev.sentence_index == i and key not in told:
                told.add(key)
                added.append(replace(ev, claimant=claimant, actor=actor or ev.actor))
        break
    return added


# "did not comment on the X strike", "declined to comment on reports of strikes on X", "did
# not respond to a request for comment on the strike in X": what a body keeps silent about,
# to the end of its clause.
_NO_COMMENT_ON_RE = re.compile(
    r"\b(?:(?:did\s+not|didn['’]t|declined\s+to|refused\s+to|would\s+not|could\s+not"
    r"|has\s+not|had\s+not)\s+(?:immediately\s+|yet\s+|publicly\s+)?"
    r"(?:comment|respond\s+to\s+(?:a\s+|repeated\s+)?requests?\s+for\s+comment)"
    r"|(?:made|gave|offered)\s+no\s+(?:immediate\s+)?comment)"
    r"\s+(?:on|about|regarding)\b[^,;.]{1,100}",
    re.IGNORECASE,
)


def _silent_on_told(ctx: _DocContext, s: int, e: int, mentions: list[Mention]) -> list[Mention]:
    """Leave out the places of a strike told before that a body is said to keep silent about.

    "Jets struck X on Sunday, killing 40 people. The ministry did not comment on the X
    strike, but said its jets hit targets in Y province": the strike is the one told
    before, and the silent body claims nothing of it (nor is X a finer place locating Y).
    """
    silent = [m.span() for m in _NO_COMMENT_ON_RE.finditer(ctx.text, s, e)]
    if not silent:
        return mentions
    told = {
        place_key(m.surface)
        for starts in ctx.struck_sentences.values()
        for start in starts
        if (m := _mention_at(ctx, start)) is not None
    }
    return [
        m
        for m in mentions
        if not (any(a <= m.start < b for a, b in silent) and place_key(m.surface) in told)
    ]
