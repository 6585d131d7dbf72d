"""Attributes of a struck place: actor, claimed target, weapon, city and governorate hints."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from itertools import pairwise

from geo.extract.containers import _HINT_OPENING_AFTER_RE
from geo.extract.context import (
    _cached_spans,
    _DocContext,
    _find,
    _find_cached,
    _in_range,
    _mentions_in,
    _paragraph_index,
    _scope_key,
    _sentence_clauses,
    _Span,
)
from geo.extract.levels import _is_admin, _is_area
from geo.extract.lexicon import alternation, labelled_pattern, load, quick_opening
from geo.extract.names import _CITY_NAMES
from geo.extract.references import _HINT_OPENING_RE
from geo.extract.roles import _PLURAL_OF_BEFORE_RE, part_holder, part_of_the_city
from geo.extract.triggers import (
    _BATTLE_GOES_ON_RE,
    _air_told_later,
    _has_air_word,
    _is_support,
    _valid_triggers,
    toll_cause_span,
)
from geo.extract.voices import (
    _BARE_ARMY_RE,
    _CLAIMANT_RE,
    _SPEAKER_TURN_RE,
    _bare_army_claimant,
    _claimant_of,
    army_claimant_at,
)
from geo.names import governorate_of, place_key, split_designator
from geo.record import HOME_COUNTRY, Mention

# The gap may not open a new count ("X, 14 in Aleppo", "X, tens of vehicles in Homs"):
# a tally names each governorate with its own places.
_HINT_GAP_RE = re.compile(
    r"^(?:(?!,\s*(?:and\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|tens|dozens|scores|hundreds)\b))[^.;:]){0,80}?"
    r"\b(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?"
    r"(?:(?:countryside|province|governorate|suburbs|outskirts)\s+of\s+(?:the\s+)?)?#?$",
    re.IGNORECASE,
)
# "Rabia, province of Latakia", "Muhasan (Deir ez-Zor province)", "X, Deir Ezzor, Syria",
# "X [exact location], Deir Ezzor, Syria":
# a governorate set beside a place says where the place lies.
_APPOSED_GAP_RE = re.compile(r"\s*(?:\[[^\]\n]{0,40}\]\s*)?[,(]\s*(?:the\s+)?")
# "Syria" may run into the next line's first word when line breaks were lost ("SyriaThree").
_APPOSED_END_RE = re.compile(r"\s*(?:\)|,\s*Syria(?![a-z]))")


def _apposed_governorate(text: str, m: Mention, c: Mention) -> bool:
    """Say whether governorate ``c`` is set right after place ``m`` as where it lies."""
    if not _APPOSED_GAP_RE.fullmatch(text, m.end, c.start):
        return False
    return split_designator(c.surface)[1] is not None or bool(_APPOSED_END_RE.match(text, c.end))


_HINT_BEFORE_RE = re.compile(
    r"^(?:['’]s)?\s+(?:(?:towns?|villages?|neighbou?rhoods?|districts?|areas?)\s+of\b"
    r"|(?:area|province|countryside|governorate)?,?\s*(?:including|namely|such\s+as)\b)",
    re.IGNORECASE,
)
# "14 in Deir Ezzor, most of them killed in the bombing of X and Y": a tally's
# governorate holds the places of its own clause.
_TALLY_GAP_RE = re.compile(
    r"\s*,\s*(?:most|many|some|all|several)\s+of\s+(?:them|whom)\b[^,;.\n]*", re.IGNORECASE
)


_ACTOR_RE = labelled_pattern("actors")
# "whether ... or ...", and "blamed both Russian and regime jets": either could have struck.
_ACTOR_DISJUNCTION_RE = re.compile(
    r"\bwhether\b[^.;]*?\bor\b|\bblam(?:ed|es|e|ing)\s+both\b[^.;]*?\band\b", re.IGNORECASE
)
_AIRCRAFT = (
    r"(?:aircraft|air\s*craft|warplanes?|war\s+planes?|planes?|jets?|helicopters?|bombers?"
    r"|air\s+forces?)"
)
# "an airstrike of unknown nationality": the strike itself, unattributed.
_STRIKES = r"(?:air\s*strikes?|air\s*raids?|air\s*attacks?|strikes?|raids?)"
#: The side an air force is named by, in the beliefs that weigh two of them ("Syrian or Russian").
_SIDE = r"(?:Syrian|Russian|regime|government|coalition|American|Turkish)"
# A report saying it cannot tell whose aircraft struck: "could not identify the aircraft",
# "could not say whether the aircraft were Syrian or Russian", "unidentified warplanes",
# "aircraft of unknown nationality" or "identity". Actor words inside the statement name no
# striker.
_UNIDENTIFIED_RE = re.compile(
    # "is not in a position to say which air force carried out the attacks".
    # "no one has been able to tell me whether the jets were ...": nobody able to say.
    # "Staff cannot say whose aircraft ...": "cannot" written as one word.
    r"\b(?:(?:not|never|unable\s+to|n['’]t|cannot"
    r"|(?:no\s+one|nobody)\s+(?:(?:has|had)\s+been|was|is|could|can))"
    # "could not yet determine whether the planes were ...": not yet, as much as not.
    r"\s+(?:yet\s+)?(?:be(?:en)?\s+)?(?:able\s+to\s+|in\s+a\s+position\s+to\s+)?"
    r"(?:identify|identified|determine|determined|establish|established|say|tell|confirm|confirmed"
    r"|know|verify|verified)\b[^.;]{0,40}?"
    # "could not confirm who carried them out": the striker asked for, not named.
    rf"(?:\b{_AIRCRAFT}\b|\bwhose\b|\bnationality\b"
    r"|\bwho\s+(?:had\s+)?(?:carried|conducted|launched|was\s+behind|were\s+behind)\b)[^.;:]*"
    # "he could not say whether they were Syrian or Russian": the aircraft as a pronoun, two
    # air forces weighed.
    r"|\b(?:not|never|unable\s+to|n['’]t|cannot)\s+(?:be\s+)?(?:able\s+to\s+)?"
    r"(?:say|tell|confirm|know|determine|establish)\s+whether\s+(?:they|it)\s+(?:were|was)\s+"
    rf"{_SIDE}\s+or\s+{_SIDE}\b"
    # "Whether the jets were Russian or Syrian, the group could not say": the two air forces
    # weighed first, the doubt after them.
    rf"|\bwhether\s+(?:the\s+)?{_AIRCRAFT}\s+(?:were|was|are|is)\s+"
    rf"{_SIDE}\s+or\s+{_SIDE}\b\s*,[^.;]{{0,60}}?"
    r"\b(?:not|never|unable\s+to|n['’]t|cannot)\s+(?:yet\s+)?(?:be\s+)?(?:able\s+to\s+)?"
    r"(?:say|tell|confirm|know|determine|establish)\b"
    # "was unable to attribute the attack to either the Syrian or the Russian air force": two
    # air forces weighed, neither named the striker.
    r"|\b(?:not|never|unable\s+to|n['’]t|cannot)\s+(?:be\s+)?(?:able\s+to\s+)?attribute\s+"
    r"(?:[\w'’-]+\s+){0,4}?to\s+(?:either\s+)?(?:the\s+)?(?:Syrian|Russian|regime|government)"
    rf"\s+or\s+(?:the\s+)?(?:Syrian|Russian|regime|government)\s+{_AIRCRAFT}\b"
    # "WFP is not in a position to attribute them", "could not attribute the strikes": the
    # voice declines to give the strikes to any air force.
    r"|\b(?:not|never|unable\s+to|n['’]t|cannot)\s+(?:yet\s+)?(?:be(?:en)?\s+)?"
    r"(?:able\s+to\s+|in\s+a\s+position\s+to\s+)?attribute\s+"
    rf"(?:them|it|(?:the|these|those|this|that)\s+(?:[\w-]+\s+)?"
    rf"(?:{_STRIKES}|attacks?|bombings?|bombardments?))\b"
    # "As to who carried it out, we are not in a position to say", "Whose aircraft they were,
    # the charity cannot tell": the striker asked for first, the doubt after it.
    r"|\b(?:(?:[Aa]s\s+(?:to|for)\s+)?[Ww]ho\s+(?:had\s+)?(?:carried|conducted|launched)\s+"
    r"(?:it|them|(?:the\s+)?[\w-]+)\s+out"
    rf"|(?:[Aa]s\s+(?:to|for)\s+)?[Ww]hose\s+{_AIRCRAFT}\s+(?:they|it)\s+(?:were|was))\s*,\s*"
    r"(?:[\w'’-]+\s+){0,3}?(?:(?:are|is|were|was|do|does|did|could|can)\s+)?"
    r"(?:not|never|unable\s+to|n['’]t|cannot)\s+(?:yet\s+)?(?:be(?:en)?\s+)?"
    r"(?:able\s+to\s+|in\s+a\s+position\s+to\s+)?(?:say|tell|confirm|know|determine|establish)\b"
    # "the Observatory said, without saying whose aircraft carried it out".
    r"|\bwithout\s+(?:saying|specifying|identifying|naming|determining)\b[^.;]{0,40}?"
    rf"(?:\b{_AIRCRAFT}\b|\bwhose\b|\bnationality\b)[^.;:]*"
    rf"|\b(?:unidentified|unknown|unmarked)\s+(?:[\w-]+\s+)?{_AIRCRAFT}\b"
    # Not "unidentified warplanes, thought to be Russian,": the speaker names a side.
    r"(?!\s*,?\s+(?:(?:it|they|that|which)\s+)?(?:believed|thought|suspected|assumed)"
    r"\s+(?:to\s+(?:be|have\s+been)|were|was)\b)"
    # "aircraft believed to be Syrian or Russian": a belief that weighs two air forces names
    # neither.
    # The belief may stand apart between commas ("warplanes, believed to be Syrian or Russian,").
    rf"|\b{_AIRCRAFT},?\s+(?:(?:that|which)\s+(?:were|was)\s+)?(?:believed|thought|suspected)"
    rf"\s+to\s+(?:be|have\s+been)\s+(?:either\s+)?{_SIDE}\s+or\s+{_SIDE}\b"
    # "The aircraft were either Syrian or Russian": the aircraft told as one of two air forces,
    # neither named the striker.
    # "The aircraft may be Syrian or Russian", "the jets could have been either Russian or
    # Syrian": a modal of doubt before the two air forces weighs them as much.
    rf"|\b{_AIRCRAFT}\s+(?:were|was|are|is|(?:may|might|could)\s+(?:have\s+)?be(?:en)?)\s+"
    rf"(?:either\s+)?(?:the\s+)?{_SIDE}\s+or\s+(?:the\s+)?{_SIDE}\b"
    # "Warplanes, whose identity we could not determine,": the aircraft's identity denied.
    rf"|\b{_AIRCRAFT},?\s+whose\s+(?:identity|nationality|origin)\s+(?:[\w'’]+\s+){{0,4}}?"
    r"(?:not|unable|n['’]t|unknown|unclear)\b"
    # "The jets' nationality was not known", "the identity of the aircraft is unclear": the
    # aircraft's nationality, identity or origin told as not known.
    rf"|\b(?:{_AIRCRAFT}['’]s?\s+(?:nationality|identity|origin)"
    rf"|(?:nationality|identity|origin)\s+of\s+(?:the\s+)?{_AIRCRAFT})"
    r"\s+(?:was|were|is|are|remains|remained)\s+"
    r"(?:unknown|unclear|not\s+(?:yet\s+|immediately\s+)?(?:known|clear|identified"
    r"|established|confirmed))\b"
    # "warplanes of an unknown identity": the article as translated copy writes it.
    rf"|\b(?:{_AIRCRAFT}|{_STRIKES})\s+of\s+(?:an\s+)?(?:unknown|unidentified|undetermined)"
    r"\s+(?:nationality|origin|identity)\b"
    # "warplanes not known its identity carried out raids on X": a monitor's English for
    # aircraft whose identity is not known, the verb of being dropped.
    rf"|\b{_AIRCRAFT}\s+(?:(?:is|are|was|were)\s+)?not\s+known\s+(?:its|their)\s+"
    r"(?:identity|nationality|origin)\b"
    # "Warplanes that have not been identified yet": a relative clause saying the same.
    rf"|\b{_AIRCRAFT}\s+(?:that|which)\s+(?:have|has|had)\s+not\s+(?:yet\s+)?been\s+identified\b"
    # "aircraft it did not identify also hit X": a relative clause of the voice's own, saying
    # it could not tell whose they were.
    rf"|\b{_AIRCRAFT}\s+(?:that\s+|which\s+)?(?:it|they|we|he|she)\s+(?:did|could|can|does|do)"
    r"\s*(?:not|n['’]t)\s+(?:identify|name|determine)\b"
    # "The aircraft were not identified.", "the jets could not be identified": said of them.
    rf"|\b{_AIRCRAFT}\s+(?:were|was|have|has|had|could|can)\s+(?:not|never)\s+(?:yet\s+)?"
    r"(?:been|be)?\s*(?:identified|determined)\b"
    # A hedged attribution: "people said the planes were Russian, but I cannot say for sure".
    rf"|\b{_AIRCRAFT}\s+(?:were|was)\s+[\w-]+[^.;]{{0,20}}?\bbut\b[^.;]{{0,30}}?"
    r"\b(?:cannot|can['’]t|could\s+not|couldn['’]t|not\s+sure|unable\s+to)\b[^.;]{0,30}?"
    r"\b(?:say|confirm|verify|tell|sure|know)\b"
    # "People say Russian planes, but we cannot know from here": the side named as hearsay,
    # then taken back.
    rf"|\b(?:say|says|said)\s+(?:(?:it|they)\s+(?:was|were)\s+)?(?:Russian|Syrian|regime|government)"
    rf"\s+{_AIRCRAFT}\b[^.;]{{0,20}}?\bbut\b[^.;]{{0,30}}?"
    r"\b(?:cannot|can['’]t|could\s+not|couldn['’]t|not\s+sure|unable\s+to)\b[^.;]{0,30}?"
    r"\b(?:say|confirm|verify|tell|sure|know)\b"
    # "It is not clear whether the jets were Russian or Syrian"; a monitor's present: "It is
    # not known so far whether the warplanes are Russian or belonging to the regime."
    # "It was not immediately clear whether the aircraft were ...": a wire's doubt for now.
    rf"|\b(?:not\s+(?:yet\s+|immediately\s+)?(?:clear|known)(?:\s+(?:so\s+far|yet))?|unclear)"
    rf"\s+whether"
    rf"\s+(?:the\s+)?{_AIRCRAFT}\s+(?:were|was|are|is)\b"
    # "It was not clear whether Syrian or Russian jets had carried out the raids": the two
    # air forces weighed before the aircraft, neither named the striker.
    r"|\b(?:not\s+(?:yet\s+|immediately\s+)?(?:clear|known)|unclear)\s+whether\s+(?:the\s+)?"
    rf"{_SIDE}\s+or\s+(?:the\s+)?{_SIDE}\s+{_AIRCRAFT}\b"
    # "It wasn't clear whose jets", "no word on whose aircraft they were": the striker's side
    # asked for, not told.
    r"|\b(?:(?:not|[a-z]{2,5}n['’]t)\s+(?:yet\s+|immediately\s+)?(?:clear|known)|unclear"
    r"|no\s+(?:word|indication|information)\s+(?:yet\s+)?(?:on|about|as\s+to))"
    rf"\s+whose\s+{_AIRCRAFT}\b"
    # A table's aircraft column: "Saraqib (Idlib) - 1 Oct - 5 - unidentified - 4".
    r"|(?<=\s[-–|]\s)(?:unidentified|unknown)(?=\s+[-–|]\s|\s*$))",
    re.IGNORECASE,
)

_TARGET_RE = labelled_pattern("targets", re.IGNORECASE)
_TARGET_NEGATION_BEFORE_RE = re.compile(
    r"(?:\bnot|\bnever|\brather\s+than|\bno|\bnon-|\bnominal|\bpro-|\banti-|\bcounter-|\binstead\s+of"
    # "destroyed hideouts in X, without mentioning civilian casualties".
    r"|\bwithout"
    # "denied that any hospital had been struck there": what the speaker says was not hit;
    # "denied hitting civilian areas": the verb of striking right after the denial.
    r"|\bden(?:ied|ies|y|ying)\s+that"
    r"|\bden(?:ied|ies|y|ying)(?=\s+(?:hitting|striking|targett?ing|bombing|attacking)\b)"
    # "the areas liberated from ISIS": the side the place was taken from holds it no more.
    r"|\b(?:liberated|freed|cleared|recaptured|retaken|seized|captured|wrested)\s+from)"
    # "strikes that are not, in the main, directed at X": an aside between commas after it.
    r"(?:,[^,.;]{1,20},)?(?:\s+[\w'’]+){0,2}[\s-]*$",
    re.IGNORECASE,
)
# "Opposition activists said": the cue describes who speaks, not what was hit.
_SPEAKER_NOUN_AFTER_RE = re.compile(
    rf"[ \t]+{alternation(load('targets')['speaker_nouns'])}\b", re.IGNORECASE
)
# "the opposition's media office in X said": a side's possessive before its speaker and the
# verb of saying (a side's office struck is a target still).
_SPEAKER_POSSESSIVE_AFTER_RE = re.compile(
    rf"['’]s?[ \t]+{alternation(load('targets')['speaker_nouns'])}"
    r"(?:[ \t]+office)?(?:[ \t]+in[ \t]+[A-Z][\w'’-]*(?:[ \t]+(?:[ae]l-)?[A-Z][\w'’-]*){0,2})?"
    r"[ \t]+(?:also[ \t]+)?(?:said|says|reported|reports|told|tells|claimed|announced)\b",
    re.IGNORECASE,
)
# "said A B, a commander of a Turkmen brigade", "a spokesman for the X brigade,
# said": the group a speaker set off by commas belongs to tells who speaks, not what was hit.
# His title may come without its article, and his group be told at length before the cue
# ("A B, spokesman for the X alliance of Free Syrian Army groups, said").
_SPEAKER_OF_BEFORE_RE = re.compile(
    r",[ \t]+(?:(?:an?|the|one)[ \t]+)?(?:[a-z]+[ \t]+)?"
    r"(?:commander|spokes(?:man|woman|person)|official|leader|member)"
    r"[ \t]+(?:of|in|with|for)[ \t]+(?:an?|the|one[ \t]+of[ \t]+the)[ \t]+"
    r"(?:[\w'’-]+[ \t]+){0,4}$"
)
_SAID_NAME_BEFORE_RE = re.compile(
    r"\b(?:said|says|told|added)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*$"
)
_SAID_AFTER_RE = re.compile(
    r"(?:[ \t]+[\w'’-]+){0,5},[ \t]+(?:also[ \t]+)?(?:said|says|told|added)\b"
)


def _speakers_group(text: str, s: int, t: _Span) -> bool:
    """Say whether a target cue names the group of a speaker set off by commas.

    "..., said A B, a commander of a Turkmen brigade": the brigade is his, not
    what was hit; so is "X, a spokesman for the Y brigade, said".
    """
    head = _SPEAKER_OF_BEFORE_RE.search(text, max(s, t.start - 60), t.start)
    if head is None:
        return False
    return (
        _SAID_NAME_BEFORE_RE.search(text, max(s, head.start() - 60), head.start()) is not None
        or _SAID_AFTER_RE.match(text, t.end) is not None
    )


# "..., according to rebels", "according to the Turkmen brigades she spoke to": the side a
# strike is told according to speaks; it is not what was struck.
_ACCORDING_TO_BEFORE_RE = re.compile(
    r"\b[Aa]ccording[ \t]+to[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+)?$"
)
_TARGET_NEGATION_AFTER_RE = re.compile(r"^-free\b|^\s+(?:forces\s+)?(?:are|is)\s+not\b", re.I)
# "an ISIL-held grain silo complex used as a fighting position": a civilian site the claim
# says served a side's fighters is no civilian target ("a school used as a shelter" stays).
_MILITARY_USE_AFTER_RE = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:(?:that|which)\s+(?:was|is|were|are|had\s+been|has\s+been)\s+"
    r"|being\s+)?used\s+(?:by\s+(?:the\s+)?[\w'’-]+\s+)?as\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:[\w'’-]+\s+)?" + alternation(load("targets")["military_uses"]) + r"\b",
    re.IGNORECASE,
)
# "Rebels say the planes also struck X": a side opening the sentence as the subject of a verb
# of saying is who speaks, not what was struck ("rebels said to be linked to X" is no saying).
# The side by its common noun ("Rebels", "The insurgents"), not a group by its own name.
_SIDE_NOUN_RE = re.compile(r"(?:the\s+)?(?:rebels|insurgents|militants|fighters)", re.IGNORECASE)
_SAYING_AFTER_RE = re.compile(
    r"[ \t]+(?:also[ \t]+)?(?:(?:say|says|said|claim|claims|claimed|told)\b(?![ \t]+to\b)"
    r"|insist(?:s|ed)?\b(?![ \t]+(?:to|on)\b))",
    re.IGNORECASE,
)

# "Rebels of the Southern Front said ...", "6/ This morning the Southern Front says ...": a
# rebel group by its own name, or the side's noun of it, opening the sentence (a post's number
# or clock time, a line's capitalised heading and dash ("SATURDAY - "), and a time of day
# before it) as the subject of a verb of saying is who speaks, not what was struck.
_GROUP_SPEAKER_BEFORE_RE = re.compile(
    r"(?:\d{1,3}[/.)][ \t]+|\d{1,2}[:.]\d\d[ \t]+[-–—][ \t]+|[A-Z]{3,}[ \t]+[-–—][ \t]+)?"
    r"[\"'“‘]?(?:(?:this|early|late)[ \t]+(?:morning|afternoon|evening)[ \t,]+)?"
    r"(?:(?:rebels|fighters)[ \t]+of[ \t]+)?(?:the[ \t]+)?",
    re.IGNORECASE,
)
_GROUP_NAME_AFTER_RE = re.compile(
    r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}(?=[ \t])"
    # "Rebels in eastern X say", "Rebels in X's eastern districts say": the side
    # named by where it is, the place's part after it.
    r"|[ \t]+in[ \t]+(?:the[ \t]+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?ern[ \t]+)?"
    r"(?:[A-Z][\w-]*['’]s[ \t]+(?:(?:north|south|east|west)(?:-?(?:east|west))?ern[ \t]+)?"
    r"(?:districts|neighbou?rhoods|quarters|countryside|suburbs)"
    r"|[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})(?=[ \t])"
)


# "The X Front said jets bombed its positions": the group's own ground struck, told after it.
_OWN_GROUND_AFTER_RE = re.compile(
    r"\b(?:its|their)[ \t]+(?:own[ \t]+)?(?:positions?|fighters|members|bases?|headquarters"
    r"|posts?|checkpoints?|camps?)\b",
    re.IGNORECASE,
)


def _group_speaking(text: str, s: int, e: int, t: _Span) -> bool:
    """Say whether a rebels cue opening its sentence names the speaker of a verb of saying."""
    if t.label != "rebels" or not _GROUP_SPEAKER_BEFORE_RE.fullmatch(text, s, t.start):
        return False
    end = t.end
    if _SIDE_NOUN_RE.fullmatch(text, t.start, t.end):
        named = _GROUP_NAME_AFTER_RE.match(text, end)
        end = named.end() if named is not None else end
    return (
        _SAYING_AFTER_RE.match(text, end) is not None
        and _OWN_GROUND_AFTER_RE.search(text, end, e) is None
    )


_WEAPON_RE = labelled_pattern("weapons", re.IGNORECASE)

_WEAPON_LABELS = {
    name: name.replace("_", " ").replace("parachute retarded", "parachute-retarded")
    for name in _WEAPON_RE.groupindex
}


_DOMINANT_SHARE = 0.6


# "government forces", "regime troops", "ground offensives": fighters on the ground say
# nothing of whose aircraft struck.
# "shells fired from regime positions near X": the side's positions are its ground, as its
# forces and troops are.
_GROUND_ACTOR_RE = re.compile(
    r"[\w\s'’-]*?\b(?:forces|troops|soldiers|militias?|ground|positions)\b"
    r"(?!(?:['’]s)?\s+(?:helicopters?|aircraft|aviation|warplanes|war\s?planes|jets|planes|air"
    r"|air\s*strikes?|air\s*raids?|sorties)\b)",
    re.IGNORECASE,
)


# "terrorists who had been shelling positions of the Syrian army": the side attacked.
_HELD_BY_BEFORE_RE = re.compile(
    rf"\b{alternation(load('actors')['held_by_nouns'])}"
    r"\s+(?:of|held\s+by|belonging\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "the air strike by the US-led coalition on the Syrian army near X": the side a strike
# named by its noun fell on, after the striker its "by" names, is no striker.
_STRUCK_SIDE_BEFORE_RE = re.compile(
    r"\b(?:air\s*strikes?|strikes?|raids?|bombing|bombardment)\s+by\s+[^,;.\n]{1,40}?"
    r"\s+on\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: How far before a side's name the strike noun and its striker may begin.
_STRUCK_SIDE_CHARS = 80


# "jets that flew high, unlike the regime's helicopters, struck X": a side set apart from the
# aircraft by a word of contrast is what they were unlike, not the striker.
_CONTRAST_BEFORE_RE = re.compile(
    rf"\b{alternation(load('actors')['contrast_words']['words'])}\s+(?:the\s+|those\s+of\s+the\s+)?$",
    re.IGNORECASE,
)


# "struck Syrian army positions", "hit regime checkpoints": the side whose ground was hit.
# "tanks seized from the Syrian army's abandoned positions": the side whose ground it was, in
# the possessive, with a word that may describe it between.
_HELD_BY_AFTER_RE = re.compile(
    r"(?:['’]s(?:\s+[a-z][\w-]*)?)?"
    rf"\s+{alternation(load('actors')['held_by_nouns'])}\b",
    re.IGNORECASE,
)


# "overrunning the regime-held city despite Russian air strikes": a side joined to "-held" or
# "-controlled" says who holds the place, not whose aircraft struck.
_HOLDER_AFTER_RE = re.compile(r"[-‐]\s?(?:held|controlled)\b", re.IGNORECASE)


# "flew 41 sorties in support of the Syrian army's offensive": the side supported from the
# air is the one fighting on the ground, not the one striking.
_SUPPORTED_BEFORE_RE = re.compile(
    r"\b(?:in\s+support\s+of|to\s+support|supporting|in\s+backing\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "an agreement between the regime and the town's committees", "a truce between the rebels
# and the government": a party to a deal made, no air force striking (talks still held are
# left to the other cues).
_DEAL_PARTY_BEFORE_RE = re.compile(
    r"\b(?:agreements?|deals?|truces?|settlements?|accords?)"
    r"\s+between\s+(?:[^.;:,]{1,40}?\s+and\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


# "the truce that X and Y brokered in February", "a ceasefire brokered by X and Y": the
# powers that brokered a deal, no air force striking.
_BROKER_AFTER_RE = re.compile(
    r"(?:\s+and\s+(?:the\s+)?[A-Z][\w-]+)?\s+(?:(?:had|have|has)\s+)?"
    r"(?:brokered|co-?sponsored|sponsored|mediated)\b"
)
_BROKER_BEFORE_RE = re.compile(
    r"\b(?:brokered|co-?sponsored|sponsored|mediated)\s+by\s+(?:the\s+)?"
    r"(?:[\w-]+\s+and\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


# "a week after a U.S.-Russian truce collapsed", "the Russian-Turkish ceasefire": a power
# named as a party to a deal, by the adjective before the deal's noun, strikes nothing.
_DEAL_NOUN_AFTER_RE = re.compile(
    r"(?:-[A-Z][\w.]*)?\s+(?:peace\s+)?(?:truces?|ceasefires?|cease-fires?|deals?|agreements?"
    r"|accords?)\b"
)


# "as the top U.S. and Russian diplomats met in London", "Russia's foreign minister": a power
# named by the adjective before its diplomats talks, no air force striking.
_DIPLOMATS_AFTER_RE = re.compile(
    r"\s+(?:(?:top|senior|chief)\s+)?(?:diplomats?|[Ff]oreign\s+[Mm]inist(?:er|ry)|envoys?"
    r"|ambassadors?|negotiators?)\b"
)


def _broker(text: str, a: _Span) -> bool:
    """Say whether actor cue ``a`` names a power that brokered a deal ("X and Y brokered").

    A power named by its adjective before a deal's noun ("a U.S.-Russian truce") is a party
    to the deal, and one named before its diplomats ("the top U.S. and Russian diplomats
    met") talks: no air force striking.
    """
    return (
        _BROKER_AFTER_RE.match(text, a.end) is not None
        or _DIPLOMATS_AFTER_RE.match(text, a.end) is not None
        or _DEAL_NOUN_AFTER_RE.match(text, a.end) is not None
        or (
            "by" in text[max(0, a.start - 30) : a.start]
            and _BROKER_BEFORE_RE.search(text, max(0, a.start - 50), a.start) is not None
        )
    )


# "The X calls on the regime and its allies to ...", "urged Russia to use its influence": the
# side a statement appeals to is the one it addresses, not whose strike it tells.
_ADDRESSEE_BEFORE_RE = re.compile(
    r"\b(?:calls?|called|calling|appeals?|appealed|appealing)\s+(?:up)?on\s+(?:the\s+)?$"
    r"|\b(?:urges?|urged|urging)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "We call on the government and X to end attacks on civilians": the side called on to stop
# attacking is the one the statement charges with them.
_CALL_TO_STOP_AFTER_RE = re.compile(
    r"[^.;]{0,150}?\bto\s+(?:immediately\s+)?(?:end|stop|halt|cease|refrain|put\s+an\s+end)\b",
    re.IGNORECASE,
)


def _addressee(text: str, a: _Span) -> bool:
    """Say whether actor cue ``a`` names the side a statement calls on, no air force striking."""
    return (
        _ADDRESSEE_BEFORE_RE.search(text, max(0, a.start - 30), a.start) is not None
        and _CALL_TO_STOP_AFTER_RE.match(text, a.end) is None
    )


# "a day after the Syrian army announced a new offensive", "as the army pressed its offensive":
# an army that opens, announces or presses an offensive is the side on the ground, no air force
# striking (its aircraft, "army aircraft", are named as such).
_ARMY_OFFENSIVE_AFTER_RE = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:announced|declared|launched|began|started|opened|pressed"
    r"|resumed)\s+(?:a|an|the|its|their)\s+(?:new\s+|fresh\s+|major\s+|ground\s+)?"
    r"(?:offensive|assault|push)\b",
    re.IGNORECASE,
)


def _on_the_ground(text: str, a: _Span) -> bool:
    """Say whether actor cue ``a`` names fighters on the ground ("regime ground offensives")."""
    if _SUPPORTED_BEFORE_RE.search(text, max(0, a.start - 20), a.start) is not None:
        return True
    if (
        text[a.end - 4 : a.end].lower() == "army"
        and _ARMY_OFFENSIVE_AFTER_RE.match(text, a.end) is not None
    ):
        return True
    if "between" in text[max(0, a.start - 60) : a.start] and _DEAL_PARTY_BEFORE_RE.search(
        text, max(0, a.start - 80), a.start
    ):
        return True
    return _GROUND_ACTOR_RE.match(text, a.start, a.end + 12) is not None


# "vehicles the group had seized from regime forces", "clashes with government troops":
# fighters after these words are the other side, not the ones striking.
_OTHER_SIDE_BEFORE_RE = re.compile(r"\b(?:from|against|with)\s+(?:the\s+)?$", re.IGNORECASE)
# "its aircraft struck X, in support of the Syrian army's advance": the side the strikes helped,
# named after the words of help, is not whose aircraft struck (as the helpers after "backed
# by" are).
_SUPPORTED_SIDE_BEFORE_RE = re.compile(
    r"\b(?:in\s+support\s+of|to\s+(?:support|back|help|cover)|in\s+aid\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "two towns that government forces have besieged for two years", "troops took X": a deed of
# the ground done by the fighters the cue names; so is fighting ("where rebels and government
# forces have been fighting for the road").
# "hours after X forces backed by Y militias launched a ground attack on Z": the fighters'
# noun and the ground's allies may come between the cue and the deed, and an attack they
# launch on the ground is a deed of the ground too.
_GROUND_DEED_AFTER_RE = re.compile(
    r"(?:\s+(?:forces|troops|soldiers|fighters))?"
    # "regime forces and Hezbollah fighters seized X": their allies on the ground named beside.
    r"(?:\s+and\s+(?:[\w'’-]+\s+){1,2}?(?:fighters|militias?|forces|troops))?"
    r"(?:,?\s+(?:backed|supported|aided)\s+by(?:\s+[\w'’-]+){1,4}?,?)?"
    r"\s+(?:(?:have|has|had|are|were)\s+)?(?:been\s+)?(?:long\s+|since\s+|still\s+|now\s+)?"
    r"(?:besieg\w*|encircl\w*|blockad\w*|captur\w*|recaptur\w*|seiz\w*|took|taken|retook"
    r"|stormed|overran|advanc\w*|fighting|fought|battl\w*|clash\w*"
    # "the airbase, which government troops have been defending since last year": ground
    # held or kept by the fighters.
    r"|defend\w*|hold|holds|holding|held|guard\w*|control|controls|controlled|controlling"
    r"|launch\w*\s+(?:a|an|the|their|its)\s+(?:new\s+|fresh\s+|major\s+)?ground"
    r"\s+(?:attack|assault|offensive|operation)s?)\b",
    re.IGNORECASE,
)


def _other_side(text: str, a: _Span) -> bool:
    """Say whether cue ``a`` names ground fighters fought or taken from ("seized from ...").

    Ground fighters doing a deed of the ground ("that government forces have besieged")
    are not whose aircraft struck either.
    """
    if not _on_the_ground(text, a):
        return False
    return (
        _OTHER_SIDE_BEFORE_RE.search(text, max(0, a.start - 14), a.start) is not None
        or _GROUND_DEED_AFTER_RE.match(text, a.end) is not None
    )


# "..., a monitor said, as government troops backed by Russian jets pushed east": a clause
# of ground forces pressing on beside the strike; the sides it names are the push's, not
# whose aircraft struck.
_PUSH_CLAUSE_RE = re.compile(
    r"\b(?:as|while)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{alternation(load('triggers')['ground_subjects'])}|army|forces|fighters)\b"
    rf"[^.;:!?]{{0,60}}?\b(?:{alternation(load('triggers')['push_verbs'])})\b",
    re.IGNORECASE,
)
# "The warplanes also raided X and Y, while regime artillery stationed at Z shelled the
# area": the aircraft told before go on striking; the gunners of the clause are no aircraft.
_SHELLING_CLAUSE_RE = re.compile(
    r"\b(?:as|while)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{alternation(load('triggers')['ground_subjects'])}|army|forces|fighters)\b"
    rf"[^.;:!?]{{0,60}}?\b(?:{alternation(load('triggers')['shelling_verbs'])})\b",
    re.IGNORECASE,
)
# "Warplanes struck X, while Y was hit by a surface-to-surface missile fired by regime
# forces": the clause tells fire from the ground; who fired it struck nothing from the air.
_GROUND_HIT_CLAUSE_RE = re.compile(
    r"\b(?:as|while)\s+[^.;:!?]{0,60}?\b(?:was|were)\s+(?:hit|struck|targeted)\s+by\s+"
    r"(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{alternation(load('triggers')['ground_weapons'])}|rockets?|missiles?)\b"
    r"(?:\s+(?:fired|launched)\s+by\s+[^.;:!?,]{0,40})?",
    re.IGNORECASE,
)
_AIRCRAFT_ALSO_RE = re.compile(
    r"\b[Tt]he\s+(?:war\s?planes|jets|planes|aircraft|helicopters)\s+(?:have\s+|had\s+)?also\b"
)


# ", where government forces are trying to widen the corridor ...": a relative clause after
# the struck places telling what the ground forces do there; they are no aircraft.
_WHERE_GROUND_CLAUSE_RE = re.compile(
    r",\s+where\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{alternation(load('triggers')['ground_subjects'])}|army|forces|fighters)\s+"
    r"(?:(?:are|were|is|was|have|has|had)\s+(?:been\s+)?)?"
    r"(?:(?:trying|seeking|attempting|struggling)\s+to\s+)?"
    rf"(?:{alternation(load('triggers')['push_verbs'])}|widen(?:ed|ing)?|open(?:ed|ing)?"
    r"|cut(?:ting)?|seal(?:ed|ing)?|secur(?:e|ed|ing)|encircl(?:e|ed|ing)|besieg(?:e|ed|ing)"
    r"|reach(?:ed|ing)?|break(?:ing)?|broke)\b",
    re.IGNORECASE,
)


def _outside_push_clauses(text: str, s: int, e: int, cues: list[_Span]) -> list[_Span]:
    """Return the cues of ``text[s:e]`` that no clause of ground forces pressing on holds."""
    lower = text[s:e].lower()
    if ", where " in lower:
        wheres = [(c.start(), c.end()) for c in _WHERE_GROUND_CLAUSE_RE.finditer(text, s, e)]
        cues = [a for a in cues if not any(lo <= a.start < hi for lo, hi in wheres)]
    if " as " not in lower and " while " not in lower:
        return cues
    clauses = [(c.start(), c.end()) for c in _PUSH_CLAUSE_RE.finditer(text, s, e)]
    if " by " in lower:
        clauses += [(c.start(), c.end()) for c in _GROUND_HIT_CLAUSE_RE.finditer(text, s, e)]
    if _AIRCRAFT_ALSO_RE.search(text, s, e):
        clauses += [(c.start(), c.end()) for c in _SHELLING_CLAUSE_RE.finditer(text, s, e)]
    return [a for a in cues if not any(lo <= a.start < hi for lo, hi in clauses)]


# "..., amid violent clashes between regime forces and the group, on the outskirts of X": the
# ground sides of a fight told beside a strike, up to the next comma, are not whose aircraft
# struck.
# So are the sides of a fight told of the struck place after "where" (", where violent clashes
# continue between X and regime forces").
_FIGHTING_ASIDE_RE = re.compile(
    r"\b(?:amid|in\s+conjunction\s+with|coinciding\s+with|where)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:clashes|fighting|battles|confrontations)\b[^,.;:]*",
    re.IGNORECASE,
)
_FIGHTING_WORDS = ("clashes", "fighting", "battles", "confrontations")


def _outside_fighting_asides(text: str, s: int, e: int, cues: list[_Span]) -> list[_Span]:
    """Return the cues of ``text[s:e]`` but those naming ground fighters in a fight's aside."""
    lower = text[s:e].lower()
    if not any(w in lower for w in _FIGHTING_WORDS):
        return cues
    asides = [(c.start(), c.end()) for c in _FIGHTING_ASIDE_RE.finditer(text, s, e)]
    return [
        a
        for a in cues
        if not (_on_the_ground(text, a) and any(lo <= a.start < hi for lo, hi in asides))
    ]


def _in_the_air(text: str, cues: list[_Span]) -> list[_Span]:
    """Return the cues that do not name ground fighters, or all of them when each does."""
    return [a for a in cues if not _on_the_ground(text, a)] or cues


def _unknown_throughout(ctx: _DocContext) -> bool:
    """Say whether the report says, in a paragraph naming no place, it does not know whose aircraft.

    "The charity does not know which air force carried out the raids.": every strike of
    the report that names no air force is of an unknown one. A paragraph naming only
    areas ("over the northern Homs countryside") names no place struck either, nor one
    naming places abroad ("since Moscow joined the war").
    """
    if not any(w in ctx.lower for w in _UNIDENTIFIED_WORDS):
        return False
    # Only the paragraphs naming no place are read (the costly pattern runs on few).
    bounds = [*ctx.paragraphs, len(ctx.text)]
    for s, e in zip(bounds, bounds[1:], strict=False):
        if any(not _is_area(ctx, m) and not _abroad(m) for m in _mentions_in(ctx, s, e)):
            continue
        lower = ctx.lower[s:e]
        if any(w in lower for w in _UNIDENTIFIED_WORDS) and _UNIDENTIFIED_RE.search(ctx.text, s, e):
            return True
    return False


def _abroad(m: Mention) -> bool:
    return bool(m.candidates) and m.candidates[0].country != HOME_COUNTRY


# "Russian jets have not struck inside the city": a side's denial of strikes, after its cue.
_DENIED_STRIKES_AFTER_RE = re.compile(
    r"(?:['’]s)?(?:\s+(?:[\w-]+\s+)?(?:jets?|aircraft|warplanes?|planes?|air\s+force|aviation"
    r"|bombers?))?\s+(?:(?:have|has|had|did|do|does)\s+not|(?:have|has|had)\s+never|never)\s+"
    r"(?:yet\s+)?(?:struck|strike|bombed|bomb|hit|flown|fly|carried\s+out|conducted)\b",
    re.IGNORECASE,
)


# "Russia's military says", "Russia's defence ministry has said": the side's officials speaking.
_SIDE_SPEAKS_AFTER_RE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:military|ministry|army|government|officials?|spokesman)\s+"
    r"(?:[\w-]+\s+)?(?:says|said|has\s+said|reported|announced)\b",
    re.IGNORECASE,
)


def _with_denials(text: str, actors: list[_Span]) -> list[_Span]:
    """Return actor cues with a side's denial of strikes read as a doubt on whose they are.

    "It again says Russian jets have not struck inside the city": the side the report names
    only to deny its strikes, and its officials speaking ("Russia's military says"), name no
    striker of the report's unmarked strikes; the denial leaves it unknown whose they are.
    """
    if not any(_DENIED_STRIKES_AFTER_RE.match(text, a.end) for a in actors):
        return actors
    kept = []
    for a in actors:
        if _DENIED_STRIKES_AFTER_RE.match(text, a.end):
            kept.append(_Span(a.start, a.end, "unknown"))
        elif not _SIDE_SPEAKS_AFTER_RE.match(text, a.end):
            kept.append(a)
    return kept


# "U.S.-led coalition": two cues of one side with only a space or a hyphen between them.
_PHRASE_GAP_RE = re.compile(r"[\s-]{0,2}")


def _one_per_phrase(text: str, actors: list[_Span]) -> list[_Span]:
    """Return actor cues with a cue right after another of the same side dropped.

    "U.S.-led coalition aircraft" names the coalition once, though "U.S.-led" and
    "coalition" are each a cue of it: counted twice, the phrase would outweigh a side
    named twice elsewhere in the report.
    """
    kept: list[_Span] = []
    for a in actors:
        if kept and kept[-1].label == a.label and kept[-1].end <= a.start:
            gap = _PHRASE_GAP_RE.fullmatch(text, kept[-1].end, a.start)
            if gap is not None:
                continue
        kept.append(a)
    return kept


def _default_actor(ctx: _DocContext) -> str:
    """Return the actor named most often in the document (computed once, when needed).

    It must be named in at least ``_DOMINANT_SHARE`` of the actor cues;
    otherwise the default is "unknown".
    """
    if ctx.default_actor is None:
        text = ctx.text
        actors = _one_per_phrase(text, _find(_ACTOR_RE, text, 0, len(text)))
        actors = [a for a in actors if not _broker(text, a) and not _addressee(text, a)]
        # "Question: There are reports that Russian jets bombed X. Can you confirm that?": the
        # aircraft of the reports a journalist's question relays are not those of the strikes
        # the briefer tells in his own words.
        actors = [a for a in actors if not _asked_of_reports(ctx, a.start)]
        actors = _with_denials(text, actors)
        striking = [
            a for a in actors if not _is_support(text, a.start) and not _on_the_ground(text, a)
        ]
        # "barrel bombs were dropped on X", the report's one word on any side: the weapon
        # names the striker of its own strike, not of the report's others.
        if len(striking) == 1 and _weapon_only(text, striking[0]):
            striking = []
            actors = [a for a in actors if not _weapon_only(text, a)]
        counts = Counter(a.label for a in striking)
        if not counts:
            # "Army units, backed by the Syrian Arab Air Force, ...": the one air force a
            # report names, even in support, is whose strikes it tells.
            counts = Counter(a.label for a in actors if not _on_the_ground(text, a))
        top = counts.most_common(1)
        # Only a clear majority speaks for the report: a report naming Syrian and
        # Russian aircraft alike does not say whose unattributed strike it tells.
        dominant = top and top[0][1] >= _DOMINANT_SHARE * sum(counts.values())
        # Nor does one that says, naming no place, it does not know whose aircraft struck.
        dominant = dominant and not _unknown_throughout(ctx)
        # Nor does one that opens on "Russian or Syrian aircraft".
        # Nor does one whose first word on the aircraft is a doubt ("It was not clear whether
        # the aircraft were Syrian or Russian"), one air force named later for another strike.
        opens = _with_doubts(ctx, striking)
        opens_unknown = bool(opens) and opens[0].label == "unknown"
        ctx.default_actor = top[0][0] if dominant and not opens_unknown else "unknown"
    return ctx.default_actor


# A question's turn in a briefing's transcript: "Question: ...", "QUESTION (X): ...", "Q: ...".
_ASKED_LABEL_RE = re.compile(r"(?:Question|QUESTION|Q)\b")
# "There are reports that ...", "reports this morning of ...": reports a question relays.
_REPORTS_RE = re.compile(r"\breports?\b", re.IGNORECASE)


def _asked_of_reports(ctx: _DocContext, pos: int) -> bool:
    """Say whether ``pos`` lies in a question's turn relaying reports.

    "Question: There are reports that Russian jets bombed X. Can you confirm that?"
    """
    if "Q" not in ctx.text:
        return False
    index = _paragraph_index(ctx, pos)
    start = ctx.paragraphs[index]
    end = ctx.paragraphs[index + 1] if index + 1 < len(ctx.paragraphs) else len(ctx.text)
    turn = _SPEAKER_TURN_RE.match(ctx.text, start)
    return (
        turn is not None
        and _ASKED_LABEL_RE.match(turn["label"]) is not None
        and _REPORTS_RE.search(ctx.text, start, end) is not None
    )


#: How far around a barrel bomb the helicopter that dropped it may be named.
_DROPPER_CHARS = 80


def _weapon_only(text: str, a: _Span) -> bool:
    """Say whether an actor cue names only a weapon of its side ("barrel bombs were dropped").

    "the helicopters dropped barrel bombs", "barrel bombs dropped by a helicopter": the
    aircraft named beside the weapon is the side's own, and speaks for the report.
    """
    if "barrel" not in text[a.start : a.end].lower():
        return False
    around = text[max(0, a.start - _DROPPER_CHARS) : a.end + _DROPPER_CHARS].lower()
    return "helicopter" not in around


def _with_doubts(ctx: _DocContext, cues: list[_Span]) -> list[_Span]:
    """Return actor cues with the report's doubts on whose aircraft set among them as unknown.

    "It was not clear whether the aircraft were Syrian or Russian.": the actor words
    inside the doubt name no striker; the doubt itself is a cue of an unknown one.
    """
    if not any(w in ctx.lower for w in _UNIDENTIFIED_WORDS):
        return cues
    doubts = [_Span(m.start(), m.end(), "unknown") for m in _UNIDENTIFIED_RE.finditer(ctx.text)]
    if not doubts:
        return cues
    kept = [a for a in cues if not any(d.start <= a.start < d.end for d in doubts)]
    return sorted([*kept, *doubts], key=lambda a: a.start)


def _nearest(spans: list[_Span], pos: int) -> _Span | None:
    best = None
    for sp in spans:
        if best is None or abs(sp.start - pos) < abs(best.start - pos):
            best = sp
    return best


def _supports_only(text: str, a: _Span, triggers: list[_Span]) -> bool:
    """Say whether an actor cue only backs the ground, its strike word naming no place.

    "backed by Russian airstrikes on X": the strike word right after the support is a
    strike told at X (kept as a trigger), and its air force the striker.
    """
    return _is_support(text, a.start) and not any(a.end < t.start <= a.end + 1 for t in triggers)


def _sentence_actor(ctx: _DocContext, s: int, e: int, triggers: list[_Span]) -> str | None:
    """Return the actor a sentence names, "unknown" when it says it cannot tell whose aircraft."""
    text = ctx.text
    unidentified = _unidentified(ctx, s, e)
    cues = [
        a for a in _shared_makes(ctx, _find_cached(ctx, _ACTOR_RE, s, e))
        if not _supports_only(text, a, triggers)
        and not _other_side(text, a)
        and not _broker(text, a)
        and not any(u.start <= a.start < u.end for u in unidentified)
    ]  # fmt: skip
    cues = [
        a
        for a in cues
        if not _HELD_BY_BEFORE_RE.search(text, max(s, a.start - 40), a.start)
        and not _HELD_BY_AFTER_RE.match(text, a.end)
        and not _CONTRAST_BEFORE_RE.search(text, max(s, a.start - 30), a.start)
        and not _SUPPORTED_SIDE_BEFORE_RE.search(text, max(s, a.start - 20), a.start)
    ]
    cues = _outside_fighting_asides(text, s, e, _outside_push_clauses(text, s, e, cues))
    cues = _without_relative_asides(text, s, cues)
    if triggers:
        # "34 airstrikes on X, and the regime's artillery shelled Y": a side opening a clause
        # of its own after the strike, its guns firing, is not whose aircraft struck before.
        cues = [
            a
            for a in cues
            if not (
                a.start > triggers[0].end
                and _CLAUSE_OPENING_BEFORE_RE.search(text, max(s, a.start - 14), a.start)
                and _GUNS_FIRED_AFTER_RE.match(text, a.end)
            )
        ]
    cues = _in_the_air(text, cues) + unidentified
    if not cues:
        return _claimant_aircraft(ctx, s, e)
    labels = {a.label for a in cues}
    if len(labels) > 1 and _ACTOR_DISJUNCTION_RE.search(text, s, e):
        return "unknown"
    anchor = triggers[0].start if triggers else s
    best = min(
        cues,
        key=lambda a: min(abs(a.start - t.start) for t in triggers or [_Span(anchor, anchor, "")]),
    )
    return best.label


# "Moscow says its planes hit X": the aircraft of the one speaking.
_OWN_AIRCRAFT_RE = re.compile(
    r"\b(?:its|their)\s+(?:own\s+)?(?:jets|warplanes|war\s?planes|aircraft|planes|bombers"
    r"|helicopters|air\s+force|aviation)\b",
    re.IGNORECASE,
)
_CLAIMANT_AIRCRAFT: dict[str, str] = {
    label: actor for label, actor in load("actors")["claimant_aircraft"].items() if label != "note"
}
_ARMY_AIRCRAFT: dict[str, str] = {
    label: actor for label, actor in load("actors")["army_aircraft"].items() if label != "note"
}
# "the army had killed dozens of terrorists in air strikes", "the army carried out air raids":
# an army named with no country, the subject of a verb of striking whose means are air strikes.
_ARMY_AIR_STRIKES_RE = re.compile(
    r"\b[Tt]he\s+army\s+(?:(?:had|has|have)\s+)?(?:also\s+)?"
    r"(?:killed|carried\s+out|conducted|launched|destroyed|targeted|struck|hit|pounded)\b"
    r"[^.;:]{0,80}?\bair\s*(?:strikes?|raids?)\b"
)
# "state television said army aircraft struck X": the aircraft of an army named with no
# country, as the army's own air strikes are; a word before the army naming whose it is
# ("the Iraqi army's helicopters", "the occupation army's warplanes") makes it another's.
_ARMY_OWN_AIRCRAFT_RE = re.compile(
    r"\b[Aa]rmy(?:['’]s)?\s+(?:aircraft|jets|warplanes|war\s?planes|planes|bombers)\b"
)
_OTHERS_ARMY_BEFORE_RE = re.compile(r"(?:\b[A-Z][\w'’-]*|\boccupation)\s+$")
#: Longest gap between a claimant and "its jets" ("the ministry said on Monday that its").
_OWN_AIRCRAFT_GAP = 40


def _claimant_aircraft(ctx: _DocContext, s: int, e: int) -> str | None:
    """Return the actor of "its jets" right after a claimant that speaks for one side."""
    own = _OWN_AIRCRAFT_RE.search(ctx.text, s, e)
    if own is None:
        # "state media said the army had killed dozens of terrorists in air strikes on X":
        # the air strikes of an army named with no country are its own air force's.
        if "army" not in ctx.lower[s:e]:
            return None
        army = _ARMY_AIR_STRIKES_RE.search(ctx.text, s, e)
        if army is None:
            army = _ARMY_OWN_AIRCRAFT_RE.search(ctx.text, s, e)
            if army is None or (
                army.start() > s
                and _OTHERS_ARMY_BEFORE_RE.search(ctx.text, max(s, army.start() - 30), army.start())
            ):
                return None
        return _ARMY_AIRCRAFT.get(army_claimant_at(ctx, army.start()) or "")
    # The sentence's claimants (cached for the whole sentence) that end before "its jets".
    speakers = [
        c
        for c in _find_cached(ctx, _CLAIMANT_RE, s, e)
        if c.end <= own.start() and own.start() - c.end <= _OWN_AIRCRAFT_GAP
    ]
    if speakers:
        return _CLAIMANT_AIRCRAFT.get(speakers[-1].label)
    # "the army said its jets struck ...": the jets of the army the report means.
    army = _BARE_ARMY_RE.search(ctx.text, max(s, own.start() - 80), own.start())
    if army is None or own.start() - army.end() > _OWN_AIRCRAFT_GAP:
        return None
    return _ARMY_AIRCRAFT.get(_bare_army_claimant(ctx, s, e) or "")


_COALITION_STAFF_RE = re.compile(load("actors")["coalition_staffs"]["pattern"])
_MEMBER_AIR_FORCE_RE = re.compile(load("actors")["member_air_forces"]["pattern"])
#: Sentences before a bare ministry's that may name the air force it speaks for.
_MEMBER_AIR_FORCE_BEFORE = 2
#: How far before a ministry a country's name makes it that country's ("Russia's Defence ...").
_MINISTRY_COUNTRY_CHARS = 12


def _member_ministry(ctx: _DocContext, index: int) -> bool:
    """Say whether the sentence's bare ministry is a coalition member's, by the air force before.

    "Four Tornados took off from RAF Akrotiri. ... they had struck six targets in X, which
    the Ministry of Defence said ...": a defence ministry named with no country, after the
    paragraph names a member's air force and no Russian aircraft, is that member's.
    """
    s, e = ctx.sentences[index]
    cue = next((c for c in _find_cached(ctx, _CLAIMANT_RE, s, e) if c.label == "russian_mod"), None)
    if cue is None:
        return False
    text = ctx.text
    if "Russia" in text[max(s, cue.start - _MINISTRY_COUNTRY_CHARS) : cue.end]:
        return False
    scope = _scope_key(ctx, s)
    for j in range(index, max(-1, index - 1 - _MEMBER_AIR_FORCE_BEFORE), -1):
        js, je = ctx.sentences[j]
        if _scope_key(ctx, js) != scope:
            return False
        if any(a.label == "russia" for a in _find_actor_cues(ctx, js, je)):
            return False
        if _MEMBER_AIR_FORCE_RE.search(text, js, je if j < index else cue.start):
            return True
    return False


def _claimant_side(ctx: _DocContext, index: int) -> str | None:
    """Return the side a sentence's own claimant speaks for, when it speaks for one.

    "The MoD also claimed to have hit an ISIS depot near X": a ministry telling strikes
    with no aircraft named tells its own side's, whatever ground forces the sentences
    before named. A bare ministry after a coalition member's air force is that member's.
    """
    claimant = _claimant_of(ctx, index) or ""
    if claimant == "russian_mod" and _member_ministry(ctx, index):
        return "coalition"
    if claimant != "governments":
        return _CLAIMANT_AIRCRAFT.get(claimant)
    # "Turkish General Staff: jets struck four ISIS targets near X": a coalition member's
    # military speaking of its own jets.
    s, e = ctx.sentences[index]
    cue = next((c for c in _find_cached(ctx, _CLAIMANT_RE, s, e) if c.label == claimant), None)
    if cue is not None and _COALITION_STAFF_RE.search(ctx.text, cue.start, cue.end):
        return "coalition"
    return None


def _unidentified(ctx: _DocContext, s: int, e: int) -> list[_Span]:
    """Statements in ``text[s:e]`` that the aircraft were not identified, labelled "unknown"."""
    found = ctx.unidentified_cache.get(s)
    if found is None:
        lower = ctx.lower[s:e]
        found = ctx.unidentified_cache[s] = (
            [
                _Span(m.start(), m.end(), "unknown")
                for m in _UNIDENTIFIED_RE.finditer(ctx.text, s, e)
            ]
            if any(w in lower for w in _UNIDENTIFIED_WORDS)
            else []
        )
    return found


#: Words one of which _UNIDENTIFIED_RE needs (a fast pre-check on lowercase text).
_UNIDENTIFIED_WORDS = (
    "not",
    "no one",
    "nobody",
    "n't",
    "n’t",
    "no word",
    "no indication",
    "no information",
    "unable",
    "unclear",
    "unidentified",
    "unknown",
    "unmarked",
    "without",
    "believed to",
    "thought to",
    "suspected to",
    # "The aircraft were either Syrian or Russian": two air forces weighed in a plain statement.
    " either ",
    " or syrian",
    " or russian",
    " or the syrian",
    " or the russian",
    " or regime",
    " or government",
)


# "strikes on X and Y, likely intended to cut the opposition's supply lines": an analyst's
# guess at the strikes' purpose, no claim of what they hit.
_HEDGED_PURPOSE_BEFORE_RE = re.compile(
    r"\b(?:likely|probably|apparently|possibly|presumably)\s+(?:intended|aimed|meant|designed)"
    r"\s+to\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


# "militants attacking the army's positions near X", "an assault on Syrian army posts": the
# army's positions an attack on the ground aims at, not what a strike hit.
_ATTACKED_BEFORE_RE = re.compile(
    r"\b(?:attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|storm(?:s|ed|ing)?|overr(?:an|un|unning)"
    r"|offensive|advance)(?:\s+on)?\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _target_cues(ctx: _DocContext, s: int, e: int) -> list[_Span]:
    """Return the target cues of a sentence that no negation takes back (once per sentence)."""
    text = ctx.text
    return _cached_spans(
        ctx,
        ("target_cues", s, e),
        lambda: [
            t
            for t in _find_cached(ctx, _TARGET_RE, s, e)
            if not _TARGET_NEGATION_BEFORE_RE.search(text, max(s, t.start - 50), t.start)
            and not _TARGET_NEGATION_AFTER_RE.search(text[t.end : t.end + 30])
            and not (t.label == "isis" and text[t.start : t.end] in ("is", "Is"))
            and not (t.label == "civilians" and _MILITARY_USE_AFTER_RE.match(text, t.end))
            and not _SPEAKER_NOUN_AFTER_RE.match(text, t.end)
            and not _SPEAKER_POSSESSIVE_AFTER_RE.match(text, t.end)
            and not _speakers_group(text, s, t)
            and not (
                not text[s : t.start].strip(" \t\n\"'“‘")
                and _SIDE_NOUN_RE.fullmatch(text, t.start, t.end)
                and _SAYING_AFTER_RE.match(text, t.end)
            )
            and not _group_speaking(text, s, e, t)
            and not (
                t.label == "rebels"
                and _ACCORDING_TO_BEFORE_RE.search(text, max(s, t.start - 40), t.start)
            )
            and not _HEDGED_PURPOSE_BEFORE_RE.search(text, max(s, t.start - 60), t.start)
            and not _SPEAKER_WORKPLACE_BEFORE_RE.search(text, max(s, t.start - 60), t.start)
            and not (
                t.label == "army"
                and _ATTACKED_BEFORE_RE.search(text, max(s, t.start - 40), t.start)
            )
        ],
    )


# "..., according to the director of its health point": the facility a speaker heads is where
# he speaks from, not what was hit.
_SPEAKER_WORKPLACE_BEFORE_RE = re.compile(
    r"\b(?:according\s+to|said)\s+(?:the|a|its)\s+(?:director|head|manager)\s+of\s+"
    r"(?:the|its|a|their)\s+(?:local\s+|field\s+)?$",
    re.IGNORECASE,
)


_CLAUSE_OPENING_BEFORE_RE = re.compile(r",\s+(?:and|while|as|but)\s+(?:the\s+)?$", re.IGNORECASE)
# "..., which allowed the X fighters", "enabling X militants": the side a strike let act next.
_LET_ACT_BEFORE_RE = re.compile(
    r"\b(?:allow(?:ed|ing|s)?|enabl(?:ed|ing|es)|permitt(?:ed|ing))\s+(?:the\s+)?$", re.IGNORECASE
)
_SHELLING_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+)?(?:shell(?:ed|s)|fired)\b", re.IGNORECASE)
# "the regime's artillery shelled Y": a side's guns named by its possessive, then the fire.
_GUNS_FIRED_AFTER_RE = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:artillery|tanks?|mortars?|guns|cannons?|rocket\s+launchers)"
    r"\s+(?:(?:also|then)\s+)?(?:shell(?:ed|s)|fired|pounded|targeted|hit)\b",
    re.IGNORECASE,
)


# "..., most of them militants", "mostly jihadist fighters": a toll told as mostly fighters.
_MOSTLY_FIGHTERS_RE = re.compile(
    r"\b(?:(?:most|the\s+majority|(?:nearly|almost)\s+all)\s+of\s+them|mostly)\s+"
    r"(?:[\w'’-]+\s+)?(?:militants|fighters|jihadists|combatants)\b",
    re.IGNORECASE,
)
_FIGHTERS_SIDE_SENTENCES = 2
# ", where the militants had massed": a place told as where fighters gathered.
_MASSED_AFTER_RE = re.compile(
    r",\s+where\s+(?:the\s+)?(?:militants|fighters|jihadists)\s+(?:had\s+|have\s+|were\s+)?"
    r"(?:massed|gathered|assembled|regrouped)\b",
    re.IGNORECASE,
)


def _side_of_fighters(ctx: _DocContext, s: int, e: int) -> str:
    """Return the side whose fighters a toll told as mostly fighters counts.

    The side the sentence names, else the one the nearest of the two sentences before names
    (a place "held" by a side counts), when it names only one; else "unspecified".
    """
    index = bisect_left(ctx.sentence_starts, s)
    spans = [(s, e)] + [
        ctx.sentences[j]
        for j in range(index - 1, index - 1 - _FIGHTERS_SIDE_SENTENCES, -1)
        if j >= 0
    ]
    for a, b in spans:
        sides = {_target_label(t.label) for t in _target_cues(ctx, a, b)} & {"isis", "rebels"}
        if sides:
            return sides.pop() if len(sides) == 1 else "unspecified"
    return "unspecified"


# ", where ..." after a place, with a short bearing or apposition between them ("B, south of
# the city, where"), up to a cue of the same clause.
_WHERE_CLAUSE_GAP_RE = re.compile(r"(?:\s*,\s*[^,;.]{1,40})?\s*,\s*where\s+[^,;.]{0,40}")
# ", causing damage, and": the first place's own participle before the next item.
_OWN_PHRASE_AND_RE = re.compile(r",\s*[a-z]+ing\b[^,;.]{0,60},\s+and\b")


def _in_later_where_clause(ctx: _DocContext, m: Mention, t: _Span) -> bool:
    """Say whether cue ``t`` stands in a "where" clause of a place named after ``m``."""
    if t.start <= m.end:
        return False
    lo = bisect_left(ctx.mention_starts, m.end)
    hi = bisect_left(ctx.mention_starts, t.start)
    # The later place is another item, after A's own participle ("A, causing damage, and B"),
    # not the city of a district of A ("the X neighborhood of Y, where") nor the second
    # of a pair the clause describes ("A and B, where the rebels massed").
    return any(
        n.end <= t.start
        and _OWN_PHRASE_AND_RE.search(ctx.text, m.end, n.start) is not None
        and _WHERE_CLAUSE_GAP_RE.fullmatch(ctx.text, n.end, t.start) is not None
        for n in ctx.mentions[lo:hi]
    )


# "Eleven people had been killed, most of them civilians, he said.": a toll of civilians the
# same speaker goes on to give, his verb of saying after it.
_TOLL_SAID_NEXT_RE = re.compile(
    r"\s*[^.;:!?\n]{0,80}?\b(?:killed|dead|died|wounded|injured)\b[^.;:!?\n]{0,60}?"
    r"\bcivilians?\b[^.;:!?\n]{0,30}?,\s+(?:he|she|they|the\s+(?:spokesman|spokeswoman"
    r"|commander|official|activist))\s+(?:said|says|added|adds)\b",
    re.IGNORECASE,
)


def _toll_said_next(ctx: _DocContext, s: int) -> bool:
    """Say whether the sentence after the one at ``s`` is its speaker's toll of civilians."""
    index = bisect_left(ctx.sentence_starts, s)
    if index + 1 >= len(ctx.sentences):
        return False
    a, b = ctx.sentences[index + 1]
    return _TOLL_SAID_NEXT_RE.match(ctx.text, a, b) is not None


def _target(ctx: _DocContext, s: int, e: int, m: Mention) -> str:
    text = ctx.text
    cues = _target_cues(ctx, s, e)
    # "Raqqa, Islamic State's de facto capital, ...": a phrase in apposition describes
    # the place, and is no claim about what was hit when the sentence names a target.
    apposition = _PLACE_APPOSITION_RE.match(text, m.end, e)
    if apposition is not None and not _next_list_item(ctx, apposition.start(1), e):
        own = [t for t in cues if not apposition.start(1) <= t.start < apposition.end(1)]
        if own:
            cues = own
        elif cues and _NO_GROUP_NAMED_BEFORE_RE.search(text, max(s, m.start - 120), m.start):
            # "'terrorist' depots near Raqqa, the de facto capital of the Islamic State
            # group": the claim names what was hit by a word for any armed opponent; who
            # holds the place, told in apposition, is the writer's, not the claim's.
            return "unspecified"
    # "killing three citizens, among them a child, in X": victims placed at another named
    # place say nothing of this one.
    # "killed nine civilians in X and another four in Y": the toll's noun, left out for the
    # next place, is the same victims' (a toll naming civilians; "people" tells no side).
    elided = _ELIDED_TOLL_BEFORE_RE.search(text, max(s, m.start - 60), m.start)
    cues = [
        t
        for t in cues
        if not _placed_elsewhere(ctx, t, m)
        or (
            elided is not None
            and t.end <= elided.start()
            and "civilian" in ctx.lower[t.start : t.end]
        )
    ]
    cues = _own_clause_cues(ctx, s, e, m, cues)
    # "struck A, causing material damage, and B, where two people were killed": victims a
    # relative clause places at a later place are that place's.
    cues = [t for t in cues if not _in_later_where_clause(ctx, m, t)]
    # "strikes hit X, and fighting between armed opposition groups continued in Y": who
    # fights on the ground after the strike is not what it hit.
    battle = _BATTLE_GOES_ON_RE.search(text, m.end, e)
    if battle is not None:
        cues = [t for t in cues if t.start < battle.start()]
    # "struck X, which allowed Y militants to take the heights": the side a strike let
    # act on the ground after it is what it helped, not what it hit.
    cues = [
        t
        for t in cues
        if not (
            t.start > m.end and _LET_ACT_BEFORE_RE.search(text, max(m.end, t.start - 30), t.start)
        )
    ]
    # "struck X on Monday, and rebels shelled Y": a side opening a clause of its own after
    # the place, with a verb of ground fire or a deed of the ground, did it, and is not what
    # was hit.
    cues = [
        t
        for t in cues
        if not (
            t.start > m.end
            and _CLAUSE_OPENING_BEFORE_RE.search(text, max(s, t.start - 14), t.start)
            and (_SHELLING_AFTER_RE.match(text, t.end) or _GROUND_DEED_AFTER_RE.match(text, t.end))
        )
    ]
    # "a commander in the X rebel alliance said ..., hitting a bakery": words describing who
    # speaks yield to a target the claim names; alone, they say whose positions were hit
    # ("a rebel commander said jets bombed his fighters' positions").
    speakers = _speaker_spans(ctx, s, e)
    if speakers:
        claimed = [t for t in cues if not any(a <= t.start < b for a, b in speakers)]
        if not claimed and cues and _toll_said_next(ctx, s):
            # "A rebel spokesman said jets had been striking X since dawn. Eleven people had
            # been killed, most of them civilians, he said.": the speaker's toll, told in the
            # sentence after, names the target his own words alone would not.
            return "civilians"
        cues = claimed or cues
    # The target is named before the place it is located by ("ISIS positions near X",
    # "rebel-held areas of Aleppo"); a cue after the place counts when none precedes it.
    before = [t for t in cues if t.end <= m.start]
    if not before:
        # "a depot near X and an Islamic State command post near Y": a cue right before
        # another place is that place's.
        cues = [t for t in cues if not _names_next_place(ctx, t, m, e)]
    best = before[-1] if before else _nearest(cues, m.start)
    if best is not None and not before and best.label != "civilians":
        # "struck X, killing seven rebel fighters and three civilians": a toll naming
        # civilians beside the fighters claims civilians among the dead ("wounding ten
        # others" after the fighters counts no civilians).
        joined = [
            t
            for t in cues
            if t.label == "civilians"
            and text[t.start : t.end].lower().startswith("civilian")
            and best.end <= t.start
            and _TOLL_AND_RE.fullmatch(text, best.end, t.start) is not None
        ]
        if joined:
            return "civilians"
    if best is None:
        if _MASSED_AFTER_RE.search(text, m.end, e):
            # "struck X, where the militants had massed for the assault": the place is told
            # as where fighters gathered, of the side the sentence or those before name.
            return _side_of_fighters(ctx, s, e)
        return _anaphor_target(ctx, s, e)
    if best.label == "civilians" and _MOSTLY_FIGHTERS_RE.search(text, best.end, e):
        # "23 people were killed in raids on X, most of them militants": the claimant says
        # the dead were mostly fighters, of the side the sentence or those before name.
        return _side_of_fighters(ctx, s, e)
    if (
        best.label.endswith("_area")
        and any(t.label == "civilians" for t in cues)
        # "an ISIL-held grain silo complex used as a fighting position": the side holds a
        # site its fighters use, whatever the rest of the sentence says of the site.
        and not _MILITARY_USE_AFTER_RE.match(text, best.end)
    ):
        # "the rebel-held districts of A and B ..., killing six people", "the ISIS-held town
        # of X, killing 11 people": who holds the place is no target when the claimant
        # names victims there.
        return "civilians"
    return _target_label(best.label)


# " fighters and two ", " fighters, and at least ": the words joining a toll's fighters
# to its civilians.
_TOLL_AND_RE = re.compile(r"(?:\s+[\w-]+){0,2},?\s+and(?:\s+[\w-]+){0,3}\s+")


# "a command post of the group", "struck the group's fighters": the side a claim named
# before. "The terrorists" and "the militants" are no such anaphor: state voices call every
# armed opponent so.
# "The mercenaries", as some outlets call one side by name ("ISIS mercenaries") and after
# it, stand for that side too, and so do "two mercenaries' vehicles" and "mercenary
# gatherings" in the lines of a list under it.
_ANAPHOR_TARGET_RE = re.compile(
    r"\b(?:of|on)\s+the\s+(?:(?:militant|jihadist|terror|terrorist|extremist)\s+)?group\b"
    # "buildings the terror group used as shelters", "positions which the group held": what
    # the side named before used or held, as "of the group" is.
    r"|\b(?:buildings|shelters|depots|positions|bases|sites|vehicles|tunnels|caves|houses"
    r"|facilities|headquarters|warehouses)\s+(?:that\s+|which\s+)?the\s+"
    r"(?:(?:militant|jihadist|terror|terrorist|extremist)\s+)?group\s+(?:had\s+)?"
    r"(?:used|uses|held|holds|occupied|occupies)\b"
    # "raids on positions of the organization": a monitor's word for the side it named before
    # ("the Islamic State organization"), as "of the group" is, when it names what was hit
    # (not "amid a mobilization of the organization in the area").
    r"|\b(?:positions|gatherings|headquarters|posts|bases|sites|vehicles|convoys?|members"
    r"|fighters|concentrations)\s+of\s+the\s+organi[sz]ation\b|\bon\s+the\s+organi[sz]ation['’]s\b"
    # "struck the group's fighters near X": the side named before, as "of the group".
    r"|\b(?:struck|hit|bombed|targeted|pounded|killed|killing|striking|hitting|targeting)\s+"
    r"the\s+(?:(?:militant|jihadist|terrorist|extremist)\s+)?(?:group|organi[sz]ation)['’]s\b"
    r"|\bmercenar(?:ies|y)\b",
    re.IGNORECASE,
)
# "Jets destroyed 17 Daesh targets." then "The targets, including shelters, were in X" or
# "They included a depot near X": the targets the sentence before counted, and their side;
# so too after a voice opening the sentence ("In a statement, the staff said the targets
# ... were in X"), and for a count of them by place ("According to the statement, 31 of the
# targets were hit in X, 14 in Y").
_TARGETS_OPENING_RE = re.compile(
    r"\s*(?:(?:[^.;\"“]{0,80}?\b(?:said|says|added|stated)\s+(?:that\s+)?(?:the|The)|The)"
    r"\s+(?:targets|sites|facilities)\b|(?:They|These)\s+(?:included|include)\b"
    r"|(?:According\s+to\s+[^,.;\n]{1,40},\s+)?\d{1,4}\s+of\s+(?:the|these|those)\s+"
    r"(?:targets|sites|facilities)\b)"
)
#: How many sentences before a claim naming its target as "the group" may name the side.
_ANAPHOR_SENTENCES = 3
#: How far back lines naming the side by the same word may carry that search.
_ANAPHOR_LIST_SENTENCES = 10


def _anaphor_target(ctx: _DocContext, s: int, e: int) -> str:
    """Return the side "the group" of a sentence stands for, if the sentences before name it.

    "The ministry said its jets hit nine facilities of the Islamic State group." then "A
    Su-24M destroyed a command post of the group in X province": the group is the side the
    sentences before name, when the last of them to name one names only one.
    """
    key = ("anaphor_target", s)
    if key not in ctx.cache:
        ctx.cache[key] = _sentence_anaphor_target(ctx, s, e)
    return ctx.cache[key] or "unspecified"


# The targets a sentence counts ("struck 11 targets in the provinces of X and Y").
_TARGETS_COUNTED_RE = re.compile(r"\btargets\b", re.IGNORECASE)


def _sentence_anaphor_target(ctx: _DocContext, s: int, e: int) -> str:
    """:func:`_anaphor_target` of the sentence ``ctx.text[s:e]``, computed once per sentence."""
    side = _side_named_before(ctx, s, e)
    if side == "unspecified" and _TARGETS_COUNTED_RE.search(ctx.text, s, e):
        side = _side_of_targets_after(ctx, s)
    if side == "unspecified" and _RAIDS_OPENING_RE.match(ctx.text, s):
        side = _side_of_raids_before(ctx, s)
    if side == "unspecified":
        side = _side_present_after(ctx, s)
    return side


# "Those are areas where X is not present. There are Y groups there.": who holds the ground
# just struck, told in the sentences right after, is whom the voice says the strikes hit.
_PRESENT_THERE_RE = re.compile(
    r"\s*(?:There\s+(?:are|were|is|was)\s[^.;]{0,60}?\bthere\b"
    r"|(?:Those|These|They)\s+(?:are|were)\s+(?:areas|places|towns|villages)\s+where\b)"
)
#: How many sentences after a strike may tell who holds the ground it hit.
_PRESENT_SENTENCES = 2


def _side_present_after(ctx: _DocContext, s: int) -> str:
    """Return the one side the sentences right after say holds the ground the strike hit."""
    index = bisect_left(ctx.sentence_starts, s)
    sides: set[str] = set()
    for j in range(index + 1, min(len(ctx.sentences), index + 1 + _PRESENT_SENTENCES)):
        a, b = ctx.sentences[j]
        if _scope_key(ctx, a) != _scope_key(ctx, s) or _PRESENT_THERE_RE.match(ctx.text, a) is None:
            break
        sides |= {t.label for t in _target_cues(ctx, a, b)} & {"isis", "rebels"}
    return sides.pop() if len(sides) == 1 else "unspecified"


# "12 civilians were killed in raids on Wednesday." then "The raids targeted the towns of X
# and Y": the raids the sentence before told, and who it said they hit.
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")
_RAIDS_OPENING_RE = re.compile(
    r"\s*The\s+(?:(?:air|aerial)\s+)?(?:raids|strikes|airstrikes|bombardment|bombing)\s+"
    r"(?:also\s+)?(?:targeted|hit|struck)\b"
)


def _side_of_raids_before(ctx: _DocContext, s: int) -> str:
    """Return what the sentence right before says "the raids" of this one hit.

    "The monitor documented the death of 12 civilians in raids on Wednesday." then "The
    raids targeted the towns of X and Y": the victims told before are the raids' target.
    """
    index = bisect_left(ctx.sentence_starts, s)
    if index == 0:
        return "unspecified"
    a, b = ctx.sentences[index - 1]
    # The sentence right before, in the same block of lines (no blank line between).
    if _BLANK_LINE_RE.search(ctx.text, a, s) is not None:
        return "unspecified"
    sides = {t.label for t in _target_cues(ctx, a, b)}
    return _target_label(sides.pop()) if len(sides) == 1 else "unspecified"


def _side_of_targets_after(ctx: _DocContext, s: int) -> str:
    """Return the side the next sentence gives the targets the sentence at ``s`` counted.

    "The ministry said its jets struck 11 targets in X and Y." then "He said the targets
    included depots belonging to the Islamic State group.": whose the targets were, told
    right after in the same paragraph, is the claim's target.
    """
    index = bisect_left(ctx.sentence_starts, s)
    if index + 1 >= len(ctx.sentences):
        return "unspecified"
    a, b = ctx.sentences[index + 1]
    if _scope_key(ctx, a) != _scope_key(ctx, s) or _TARGETS_OPENING_RE.match(ctx.text, a) is None:
        return "unspecified"
    sides = {t.label for t in _target_cues(ctx, a, b)} & {"isis", "rebels"}
    return sides.pop() if len(sides) == 1 else "unspecified"


def _side_named_before(ctx: _DocContext, s: int, e: int) -> str:
    """Return the side "the group" or "the targets" of the sentence at ``s`` names, told before."""
    group = _ANAPHOR_TARGET_RE.search(ctx.text, s, e)
    no_group = group is None
    if no_group and _TARGETS_OPENING_RE.match(ctx.text, s) is None:
        return "unspecified"
    if group is not None:
        # "... to free the city from ISIS mercenaries, while jets struck the mercenaries'
        # positions in X": the side the sentence itself named before the anaphor.
        before = [t for t in _target_cues(ctx, s, e) if t.end <= group.start()]
        sides = {t.label for t in before} & {"isis", "rebels"}
        if sides:
            return sides.pop() if len(sides) == 1 else "unspecified"
    index = bisect_left(ctx.sentence_starts, s)
    # "The targets ..." stands for the targets the sentence right before counted.
    reach = 1 if no_group else _ANAPHOR_SENTENCES
    j, left = index - 1, reach
    while j >= max(0, index - _ANAPHOR_LIST_SENTENCES) and left > 0:
        a, b = ctx.sentences[j]
        sides = {t.label for t in _target_cues(ctx, a, b)} & {"isis", "rebels"}
        if sides:
            return sides.pop() if len(sides) == 1 else "unspecified"
        # A line of the same list, naming the side by the same word, carries the search on:
        # "- 3 airstrikes on the mercenaries' positions in X" under the lead naming them.
        if no_group or _ANAPHOR_TARGET_RE.search(ctx.text, a, b) is None:
            left -= 1
        j -= 1
    return "unspecified"


def _own_clause_cues(
    ctx: _DocContext, s: int, e: int, m: Mention, cues: list[_Span]
) -> list[_Span]:
    """Return the cues of a place's sentence that may tell what was hit there.

    "Jets raided A, killing 9 civilians, while helicopters dropped barrels on B": the
    victims of the clause naming A say nothing of B. A clause naming no place may
    ("Civilians died as jets struck A"), unless it comes later, with a subject of its
    own, to tell what went on beside ("..., while the fighters and the civilians pay
    the price"); one going on about the target ("while it was delivering aid") still may.
    """
    clauses = _sentence_clauses(ctx, s, e) if cues else []
    if cues and ", and " in ctx.text[s:e]:
        clauses = _split_at_and_strikes(ctx.text, clauses)
    if len(clauses) < 2:
        return cues
    own = next((c for c in clauses if c[0] <= m.start < c[1]), None)
    if own is None:
        return cues
    i = bisect_left(ctx.mention_starts, s)
    named = [o for o in ctx.mentions[i:] if o.start < e]
    aside = [
        (a, b)
        for a, b in clauses
        if (a, b) != own
        and (
            # "tightened the noose on Nusra around A in the X region, and the air force
            # destroyed its depot in A": a clause naming the same place, or only the area
            # around it, tells of it too.
            any(a <= o.start < b and o.surface != m.surface and not _is_area(ctx, o) for o in named)
            or (
                b <= own[0]
                and not any(a <= o.start < b for o in named)
                and _PLACED_BEFORE_RE.search(ctx.text, a, b) is not None
            )
            or (a > own[0] and _ASIDE_OPENING_RE.match(ctx.text, a) is not None)
            or (a > s and _GROUND_FIGHTING_ASIDE_RE.match(ctx.text, a) is not None)
        )
        and not _toll_heading(ctx, a, b, own, named)
    ]
    if (
        _ASIDE_OPENING_RE.match(ctx.text, own[0]) is not None
        and any(o.start < own[0] for o in named)
        and not _toll_heading(ctx, s, own[0], own, named)
    ):
        # "documented a child's death after helicopters bombed A, while jets raided B": the
        # victims before a strike on another place are that strike's, not the aside's.
        aside.append((s, own[0]))
    elif (
        _OTHER_STRIKES_OPENING_RE.match(ctx.text, own[0]) is not None
        or _SECOND_STATEMENT_RE.match(ctx.text, own[0]) is not None
    ):
        # "the strikes hit a market, while other raids targeted A", "said on Tuesday that ...,
        # and on Thursday that strikes around A had hit ...": what the first strikes or the
        # first statement hit says nothing of the other raids' place.
        aside.append((s, own[0]))
    aside = [(a, _aside_end(ctx, a, b, own, named)) for a, b in aside]
    return [t for t in cues if not any(a <= t.start < b for a, b in aside)]


# ", while other raids targeted ...": a clause telling other strikes than the ones before.
_OTHER_STRIKES_OPENING_RE = re.compile(
    r"[,\s]*(?:while|whereas|and)\s+(?:the\s+)?(?:other|further|more|additional)\s+"
    r"(?:air\s*)?(?:strikes|raids|airstrikes|missiles)\b",
    re.IGNORECASE,
)


# "was hit while the teams were preparing to go out, wounding three of our volunteers": a
# participle of the dead or wounded after a comma goes back to the strike before the aside.
_TOLL_PARTICIPLE_RE = re.compile(r",\s+(?:killing|wounding|injuring)\b", re.IGNORECASE)


_VOICE_BEFORE_TOLL_RE = re.compile(
    r",\s+(?:the\s+)?(?:[\w.'’-]+\s+){1,8}?(?:said|says|reported)(?=,\s+(?:killing|wounding|injuring)\b)",
    re.IGNORECASE,
)


def _aside_end(ctx: _DocContext, a: int, b: int, own: tuple[int, int], named: list[Mention]) -> int:
    """Return where an aside after a place's own clause ends: at a toll told back of it.

    Only an aside that names no place of its own ends early: the toll after it is the
    strike's on the place before.
    """
    if a < own[1]:
        return b
    if any(a <= o.start < b for o in named):
        # "... on A and B, while warplanes hit C, the monitor said, killing 19 civilians": a
        # toll after the voice of the whole sentence is the toll of all its strikes.
        voice = _VOICE_BEFORE_TOLL_RE.search(ctx.text, a, b)
        return voice.end() if voice is not None else b
    toll = _TOLL_PARTICIPLE_RE.search(ctx.text, a, b)
    return toll.start() if toll is not None else b


def _toll_heading(
    ctx: _DocContext, a: int, b: int, own: tuple[int, int], named: list[Mention]
) -> bool:
    """Say whether a clause heads a toll's breakdown by town ("9 martyrs in Homs countryside:").

    Its victims are those of the towns after the colon, when it names only areas.
    """
    return (
        b <= own[0]
        and ctx.text.startswith(":", b)
        and all(_is_area(ctx, o) for o in named if a <= o.start < b)
    )


# "said on Tuesday that ... near A, and on Thursday that strikes around B had hit ...": a
# second statement with a day of its own is a claim of its own, whatever the first named.
_SECOND_STATEMENT = (
    r",\s*and\s+(?:on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}\s+[A-Z][a-z]{2,8}"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2})|(?:the\s+)?(?:next|following)\s+day|later)\s+that\b"
)
_SECOND_STATEMENT_RE = re.compile(_SECOND_STATEMENT)
# "hit A, killing nine people, and struck B", "hit A, and that Russian jets had struck B":
# a strike of its own after ", and" opens a clause of its own.
_AND_STRIKE_RE = re.compile(
    r",\s*and\s+(?:that\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:had|has|have|also)\s+){0,2}"
    r"(?:struck|hit|bombed|raided|targeted|pounded|dropped)\b"
    # "a camp near A was hit, and in the province of X a bunker near B was destroyed": a
    # briefing's next province opens the next strike's clause.
    r"|,\s*and\s+in\s+(?:the\s+(?:province|governorate)\s+of\s+|(?:[A-Z][\w'’-]*\s+){1,2}"
    r"(?:province|governorate)\b)"
    # "dropped four barrels on A, damaging the hospital, and two on the farms of B": a count of
    # the weapons told before, with a place of its own, opens the next strike's clause.
    r"|,\s*and\s+(?:another\s+|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:more\s+|others?\s+)?)on\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|the\s+same\b"
    r"|the\s+(?:next|following|previous)\s+day\b)"
    # "pounded A and B on Wednesday, and that strikes on C on Monday killed a family": strikes
    # named as a noun with a place of their own capitalised after them open their own clause.
    # ("..., and in barrel bombs on C" still goes on with the toll told before it).
    r"|,\s*and\s+(?:that\s+)?(?!(?:in|by|of|from|with|after|during|under)\b)"
    r"(?:(?:the|an?|[\w'’-]+)\s+){0,2}?(?:air\s*)?"
    r"(?:strikes?|raids?|bombs|bombing|bombardment)\s+(?:on|in|against)\s+(?:the\s+)?"
    r"(?:(?:town|village|city|district)\s+of\s+)?(?=[A-Z])"
    r"|" + _SECOND_STATEMENT
)
# "Activists said 11 people were killed there, and that jets also struck B": a clause
# placing its dead at a place told before names a place of its own.
_PLACED_BEFORE_RE = re.compile(
    r"\b(?:killed|wounded|injured|died)\s+there\b"
    r"|\bin\s+the\s+(?:same\s+)?(?:town|village|city)\b",
    re.IGNORECASE,
)


def _split_at_and_strikes(text: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split clauses where ", and" opens a strike of its own (see ``_AND_STRIKE_RE``)."""
    out: list[tuple[int, int]] = []
    for a, b in clauses:
        bounds = [a, *(m.start() for m in _AND_STRIKE_RE.finditer(text, a, b) if m.start() > a), b]
        out.extend(pairwise(bounds))
    return out


_ASIDE_OPENING_RE = re.compile(
    r"[,\s]*(?:but|while|whereas|although|though|however|meanwhile|in\s+conjunction\s+with)"
    r"\s+(?!(?:it|they|he|she|its|their|his|her)\b)"
    # "..., as rebels tried to hold a new line": what the fighters on the ground did beside.
    r"|[,\s]*as\s+(?=(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:rebels|fighters|insurgents|militants"
    r"|troops|forces|soldiers)\s+(?:tried|try|fought|fight|sought|battled|struggled|attempted"
    r"|pushed|advanced|held|repelled|repel|repulsed|fended|beat)\b)"
    # "destroyed dens in X on Sunday, a week after rebels stormed the town": what the
    # fighters did before or after, a clause of their own.
    r"|[,\s]*(?:a|an|one|two|three|four|five|six|several|few|\d+)\s+(?:days?|hours?|weeks?)"
    r"\s+(?:after|before)\s+(?=(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:rebels|fighters|insurgents"
    r"|militants|troops|forces|soldiers)\b)",
    re.IGNORECASE,
)
# "..., amid clashes between the regime forces and the rebel factions": the sides of the
# ground fighting told beside a strike, before or after its clause, are not what it hit,
# unless the clause goes on to tell the losses of one side ("..., and information about
# casualties in the ranks of the organization").
_GROUND_FIGHTING_ASIDE_RE = re.compile(
    r"[,\s]*(?:amid|in\s+conjunction\s+with|coinciding\s+with)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:clashes|fighting|battles|confrontations)\b(?![^.;]*\bin\s+the\s+ranks\s+of\b)",
    re.IGNORECASE,
)


# What may lie between a target cue and the place it stands before: "command post near ".
_CUE_BEFORE_PLACE_RE = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:near|in|at|on|around|outside)\s+(?:the\s+)?"
    r"(?:(?:town|village|city)\s+of\s+)?",
    re.IGNORECASE,
)


def _names_next_place(ctx: _DocContext, cue: _Span, m: Mention, e: int) -> bool:
    """Say whether a target cue after ``m`` stands right before another place of the sentence."""
    if cue.start < m.end:
        return False
    found = _CUE_BEFORE_PLACE_RE.match(ctx.text, cue.end, min(e, cue.end + 50))
    if found is None:
        return False
    i = bisect_left(ctx.mention_starts, found.end())
    return i < len(ctx.mentions) and ctx.mentions[i].start == found.end() and ctx.mentions[i] != m


# A cue, up to four words, then "in" before a place: "a child in X", "civilians, among them
# two children, in the town of X".
# "a woman was killed and at least 7 other people were wounded in X": a second toll joined by
# "and" carries the first to the place it names.
_CUE_PLACE_RE = re.compile(
    r"(?:\s+(?:was|were)\s+(?:killed|wounded|injured|hurt)\s+and\s+(?:[\w'’-]+\s+){1,6}?"
    r"(?:were|was)\s+(?:wounded|injured|killed|hurt))?"
    # "a family of six was killed when a house collapsed in X": the victims' own "when" clause.
    r"(?:(?:\s+of\s+[\w-]+)?\s+(?:was|were)\s+(?:killed|wounded|injured|hurt)\s+when"
    r"(?:\s+[\w'’-]+){1,3}?"
    r"\s+(?:collapsed|caved\s+in|was\s+(?:hit|struck|destroyed)))?"
    # ", and" opens the next clause: "killing six civilians, and a school in Y was hit" places
    # the victims at the place before it, not at Y.
    r"(?:(?:,\s+(?!and\b)|\s+)[\w'’-]+){0,4}?,?\s+in\s+(?:the\s+)?"
    r"(?:(?:town|village|city|neighbou?rhood)\s+of\s+)?"
)


# "killing three people, local activists in X told the paper": after a comma, "in" places the
# people who speak (a witness's noun right before it), not the victims.
_SPEAKERS_IN_RE = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,2}?(?:"
    + alternation(load("people")["witnesses"]["nouns"])
    + r")\s+in\s+(?:the\s+)?(?:(?:town|village|city|neighbou?rhood)\s+of\s+)?$",
    re.IGNORECASE,
)


# "killing 11 people in X, among them four children": an aside counting the victims placed
# before it, at the place right before its comma.
_VICTIMS_ASIDE_BEFORE_RE = re.compile(
    r",\s*(?:among\s+them|including|of\s+whom|most\s+of\s+them)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_VICTIMS_PLACED_BEFORE_RE = re.compile(
    r"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+(?:[\w'’-]+\s+){1,3}?in\s+"
    r"(?:the\s+)?(?:(?:town|village|city|neighbou?rhood)\s+of\s+)?$",
    re.IGNORECASE,
)


def _aside_of_victims_elsewhere(ctx: _DocContext, cue: _Span, m: Mention) -> bool:
    """Say whether a cue counts, in an aside, victims placed at a named place other than ``m``.

    "raids on X and Y, killing 11 people in Y, among them four children": the children are
    among Y's dead; they say nothing of X.
    """
    aside = _VICTIMS_ASIDE_BEFORE_RE.search(ctx.text, max(0, cue.start - 40), cue.start)
    if aside is None:
        return False
    i = bisect_left(ctx.mention_starts, aside.start()) - 1
    if i < 0:
        return False
    other = ctx.mentions[i]
    if other.start == m.start or ctx.text[other.end : aside.start()].strip():
        return False
    return (
        _VICTIMS_PLACED_BEFORE_RE.search(ctx.text, max(0, other.start - 60), other.start)
        is not None
    )


# "struck X and Y on Thursday, and in Y a house was flattened, killing a family of five": a
# clause of its own opened by "in" and a place, the victims it counts being that place's.
_CLAUSE_IN_PLACE_BEFORE_RE = re.compile(
    r"(?:[,;]\s+(?:and|while|but)\s+|[,;]\s+)in\s+(?:the\s+)?"
    r"(?:(?:town|village|city|neighbou?rhood|district)\s+of\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_TO_VICTIMS_RE = re.compile(r"[^.;:\n]{1,80}")
#: How many words a clause after "in X" needs before its first comma to tell something of X.
_CLAUSE_MIN_WORDS = 3
_LIST_JOINER_AFTER_RE = re.compile(r"\s*(?:,\s*)?(?:and|or)\b", re.IGNORECASE)
_LOCATOR_AFTER_RE = re.compile(
    r"\s*(?:['’]s\s+)?(?:[,)]|(?:province|governorate|countryside|district|area|region|"
    r"outskirts|suburbs?|city|town|village)\b)",
    re.IGNORECASE,
)


def _clause_of_victims_elsewhere(ctx: _DocContext, cue: _Span, m: Mention) -> bool:
    """Say whether a cue counts victims in a clause placed by "in" at a place other than ``m``.

    "struck X and Y on Thursday, and in Y a house was flattened, killing a family of five":
    the family was Y's; the toll says nothing of X.
    """
    i = bisect_left(ctx.mention_starts, cue.start) - 1
    if i < 0:
        return False
    other = ctx.mentions[i]
    # The clause follows the place it says nothing of: "missiles struck two hospitals, in X
    # and the children's hospital in Y" is a list, the hospital Y's own.
    if other.start <= m.start or other.end > cue.start:
        return False
    if _LIST_JOINER_AFTER_RE.match(ctx.text, other.end) is not None:
        return False
    if _CLAUSE_TO_VICTIMS_RE.fullmatch(ctx.text, other.end, cue.start) is None:
        return False
    # "struck X, in Y province, killing five": "in" locates X, and no clause of its own tells
    # what happened in Y.
    if _LOCATOR_AFTER_RE.match(ctx.text, other.end) is not None:
        return False
    # "X, in the Y hills, had been hit by missiles that destroyed a clinic": an aside of a
    # word or two closed by a comma locates X; a clause of its own has a subject and a verb.
    gap = ctx.text[other.end : cue.start]
    if "," in gap and len(gap.split(",", 1)[0].split()) < _CLAUSE_MIN_WORDS:
        return False
    return (
        _CLAUSE_IN_PLACE_BEFORE_RE.search(ctx.text, max(0, other.start - 40), other.start)
        is not None
    )


# " and another four in the village of ", " and four more in ": a second count of the same
# victims for the next place, its noun left out.
_ELIDED_TOLL_BEFORE_RE = re.compile(
    r"\band\s+(?:another\s+|a\s+further\s+)?(?:\d{1,4}|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|a\s+dozen)(?:\s+(?:more|others))?\s+in\s+"
    r"(?:the\s+(?:nearby\s+)?(?:town|village|city|neighbou?rhood)\s+of\s+)?$",
    re.IGNORECASE,
)


def _placed_elsewhere(ctx: _DocContext, cue: _Span, m: Mention) -> bool:
    """Say whether a target cue is placed by "in" at a named place other than ``m``."""
    if cue.label != "civilians":
        return False
    if _aside_of_victims_elsewhere(ctx, cue, m) or _clause_of_victims_elsewhere(ctx, cue, m):
        return True
    found = _CUE_PLACE_RE.match(ctx.text, cue.end, min(len(ctx.text), cue.end + 60))
    if found is None:
        return False
    # "killing four people, and hit a clinic in Y": a strike of its own opened by ", and"
    # between the victims and "in" places its own object there, not them.
    if _AND_STRIKE_RE.search(ctx.text, cue.end, found.end()) is not None:
        return False
    if "," in ctx.text[cue.end : found.end()] and _SPEAKERS_IN_RE.search(
        ctx.text, cue.end, found.end()
    ):
        return False
    # The first place after the cue must be the one "in" introduces: "the silos of X, in
    # Y province" places them at X.
    i = bisect_left(ctx.mention_starts, cue.end)
    if i == len(ctx.mentions) or (
        ctx.mentions[i].start != found.end()
        # "wounding several people in a residential street in X": a short phrase naming
        # the spot, then the place holding it.
        and not _SPOT_IN_PLACE_RE.fullmatch(ctx.text, found.end(), ctx.mentions[i].start)
    ):
        return False
    other = ctx.mentions[i]
    # "killed nine people in X and Y": the victims are placed at every name of the list.
    j = i
    while j + 1 < len(ctx.mentions) and ctx.mentions[j].start < m.start:
        gap = ctx.text[ctx.mentions[j].end : ctx.mentions[j + 1].start]
        if not _LIST_JOINER_RE.fullmatch(gap):
            break
        j += 1
    if ctx.mentions[j].start == m.start:
        return False
    # "a hospital in the Idlib countryside town of X": a governorate holds the place.
    return other.start != m.start and governorate_of(other.surface) is None


_LIST_JOINER_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)")
# The spot victims were in, then the place holding it: "a residential street in ", "the
# market of ".
_SPOT_IN_PLACE_RE = re.compile(
    r"(?:[\w'’-]+\s+){1,4}?(?:in|of)\s+(?:the\s+)?"
    r"(?:(?:town|village|city|neighbou?rhood)\s+of\s+)?"
)


# A description in apposition after a claimant: ", the rescue service that works in X,".
_SPEAKER_APPOSITION_RE = re.compile(r"\s*,\s*(?:a|an|the)\s[^,;:.()\"“”]{0,80}?,")


def _speaker_spans(ctx: _DocContext, s: int, e: int) -> list[tuple[int, int]]:
    """Return the spans of a sentence that name or describe its claimants (once per sentence)."""
    key = ("speaker_spans", s)
    known = ctx.span_cache.get(key)
    if known is None:
        known = []
        for c in _find_cached(ctx, _CLAIMANT_RE, s, e):
            apposition = _SPEAKER_APPOSITION_RE.match(ctx.text, c.end, e)
            known.append(_Span(c.start, apposition.end() if apposition else c.end, "speaker"))
        ctx.span_cache[key] = known
    return [(sp.start, sp.end) for sp in known]


def _target_label(cue_label: str) -> str:
    """Return the claimed target a cue's label stands for ("rebel-held" says rebels).

    The army's positions ("the positions of the Syrian army") are no side the project maps.
    """
    if cue_label == "army":
        return "unspecified"
    return cue_label.removesuffix("_area")


# "'terrorist' weapons depots", "terrorist targets": a claim's word for any armed opponent.
_NO_GROUP_NAMED_BEFORE_RE = re.compile(r"\bterrorists?\b", re.IGNORECASE)
_PLACE_APPOSITION_RE = re.compile(r"\s*,\s*((?:a|an|the|[A-Z])[^,;:.()\"“”]{0,70}?),")
# "hitting A, B and C and killing 27 civilians": after a comma, a place followed by "and" or
# another comma is the list's next item, not a phrase describing A.
_LIST_GO_ON_RE = re.compile(r"\s*(?:,|\band\b|\bor\b)")


def _next_list_item(ctx: _DocContext, start: int, e: int) -> bool:
    """Say whether a place named at ``start`` goes on a list ("A, B and C")."""
    i = bisect_left(ctx.mention_starts, start)
    if i >= len(ctx.mentions) or ctx.mentions[i].start != start:
        return False
    return _LIST_GO_ON_RE.match(ctx.text, ctx.mentions[i].end, e) is not None


def _weapon(ctx: _DocContext, s: int, e: int, m: Mention) -> str | None:
    found = _find_cached(ctx, _WEAPON_RE, s, e)
    before = [w for w in found if w.end <= m.start]
    if before:
        return _WEAPON_LABELS[before[-1].label]
    return _WEAPON_LABELS[found[0].label] if found else None


# "Y city", "the city of Y": a city named as a city.
_CITY_WORD_AFTER_RE = re.compile(r"\s+city\b", re.IGNORECASE)
_CITY_OF_BEFORE_RE = re.compile(r"\bcity\s+of\s+$", re.IGNORECASE)


def _cities_holding_parts(ctx: _DocContext) -> list[tuple[int, str]]:
    """Return where the report names a city as a city or as holding districts, and which.

    "the districts of Y", "Y city", "the city of Y": the report speaks of the city and its
    parts, not of a place it locates something by ("west of Y").
    """
    if ctx.held_cities is None:
        text = ctx.text
        held = []
        for o in ctx.mentions:
            core, word = split_designator(o.surface)
            city = governorate_of(core) or core
            if city not in _CITY_NAMES:
                continue
            before = text[max(0, o.start - 60) : o.start]
            if (
                word == "city"
                or _PLURAL_OF_BEFORE_RE.search(before)
                or _CITY_OF_BEFORE_RE.search(before)
                or _CITY_WORD_AFTER_RE.match(text, o.end)
            ):
                held.append((o.start, city))
        ctx.held_cities = held
    return ctx.held_cities


def _city_hint(ctx: _DocContext, m: Mention, sentence_mentions: list[Mention]) -> str | None:
    quarter_of = ctx.place_cities.get(m.start)
    if quarter_of is not None:
        # "Y's A and B districts": named as a quarter of Y; "the provincial capital": Y.
        return quarter_of
    holder = part_holder(ctx, m)
    if holder is not None:
        # "the Hazawneh district of Manbij": the town named holds the part.
        return governorate_of(holder.surface) or holder.surface
    if part_of_the_city(ctx, m):
        # "Jets pounded Y, hitting the A and B districts in the city": the city last named
        # in the sentence before them.
        before = [
            city
            for o in sentence_mentions
            if o.end <= m.start and (city := governorate_of(o.surface) or o.surface) in _CITY_NAMES
        ]
        if before:
            return before[-1]
    cities = {p.city for p in m.candidates if p.precision == "neighbourhood" and p.city}
    named = [
        governorate_of(o.surface) or o.surface
        for o in sentence_mentions
        if o is not m and (governorate_of(o.surface) or o.surface) in (cities or _CITY_NAMES)
    ]
    if named:
        return named[0]
    if cities and not cities & set(ctx.cities_seen):
        # "Jets bombed Kurdish-held districts of Y city." then "The strikes hit the X
        # district": a neighbourhood the table knows only in a city the report never names
        # lies in the one city the report named as holding districts ("west of Y" names no
        # city the report is about; two such cities say nothing of which).
        held = {city for start, city in _cities_holding_parts(ctx) if start < m.start}
        if len(held) == 1:
            return next(iter(held))
    if len(cities) == 1:
        return next(iter(cities))
    pool = [c for c in ctx.cities_seen if not cities or c in cities]
    if pool:
        return max(pool, key=lambda c: ctx.cities_seen[c])
    return sorted(cities)[0] if cities else None


def _admin1_hint(
    ctx: _DocContext, m: Mention, containers: list[Mention], sentence_start: int
) -> str | None:
    if _is_admin(ctx, m):
        own = governorate_of(m.surface)
        if own:
            return own
    text = ctx.text
    for c in sorted(containers, key=lambda c: abs(c.start - m.start)):
        gov = governorate_of(c.surface)
        if gov is None:
            continue
        if c.start > m.end and _HINT_GAP_RE.search(text[m.end : c.start]):
            return gov
        if c.start > m.end and _apposed_governorate(text, m, c):
            return gov
        if c.end <= m.start and _HINT_BEFORE_RE.search(text[c.end : c.end + 40]):
            return gov
        if c.end <= m.start and _TALLY_GAP_RE.fullmatch(text, c.end, m.start):
            return gov
        # "In Idlib province, helicopters dropped ... on X and Y"
        if (
            c.end <= m.start
            and _HINT_OPENING_RE.match(text, sentence_start, c.start)
            and _HINT_OPENING_AFTER_RE.match(text, c.end, m.start)
        ):
            return gov
    return _apposed_elsewhere(ctx).get(place_key(m.surface))


def _apposed_elsewhere(ctx: _DocContext) -> dict[str, str]:
    """Return the governorate set beside each name somewhere in the report (found once).

    "Tal Rifaat, Aleppo, Syria" heading an entry says where the Tal Rifaat of
    the entry's sentences lies.
    """
    found = ctx.apposed
    if found is None:
        pairs: dict[str, set[str]] = {}
        for m, c in pairwise(ctx.mentions):
            gov = governorate_of(c.surface)
            if gov is not None and not _is_admin(ctx, m) and _apposed_governorate(ctx.text, m, c):
                pairs.setdefault(place_key(m.surface), set()).add(gov)
        # A name set beside two governorates says nothing.
        found = ctx.apposed = {k: next(iter(v)) for k, v in pairs.items() if len(v) == 1}
    return found


def _actor_of(ctx: _DocContext, index: int) -> str | None:
    key = ("actor", index)
    if key not in ctx.cache:
        s, e = ctx.sentences[index]
        ctx.cache[key] = _sentence_actor(ctx, s, e, _valid_triggers(ctx, index, s, e))
    return ctx.cache[key]


_UNIDENTIFIED_AFTER = 2


def _unidentified_after(ctx: _DocContext, index: int) -> str | None:
    """Return "unknown" when a following sentence of the paragraph says whose aircraft is unknown.

    "Missiles struck the hospital in A'zaz. PHR was not able to identify the
    aircraft.": the statement outweighs any actor carried from earlier
    sentences or from the rest of the report. It must come before the next
    sentence naming an actor.
    """
    scope = _scope_key(ctx, ctx.sentences[index][0])
    last = min(len(ctx.sentences), index + 1 + _UNIDENTIFIED_AFTER)
    for j in range(index + 1, last):
        s, e = ctx.sentences[j]
        if _scope_key(ctx, s) != scope:
            break
        if _unidentified(ctx, s, e):
            return "unknown"
        if _find_cached(ctx, _ACTOR_RE, s, e):
            break
    return None


_BELIEVED_OWNER_RE = re.compile(load("actors")["believed_owners"]["pattern"])
_BARE_AIRCRAFT_RE = re.compile(load("actors")["believed_owners"]["bare"])
_BEFORE_BARE_AIRCRAFT_RE = re.compile(load("actors")["believed_owners"]["before_bare"], re.I)
#: How far before bare warplanes a word taking them back to others may stand.
_BEFORE_BARE_CHARS = 8


def bare_aircraft_of_believing_report(ctx: _DocContext, index: int) -> str | None:
    """Return "unknown" for a sentence's bare warplanes in a report that believes whose others are.

    "Warplanes believed to be Russian struck X." then "Warplanes carried out raids on Y": a
    writer that names its air forces as its belief names none for the bare warplanes, whatever
    air force it names most. Warplanes taken back to others ("the warplanes", "the same
    warplanes") and a sentence naming an air force in the air are left to the other rules.

    Parameters
    ----------
    ctx : _DocContext
        The report being read.
    index : int
        The sentence's index in ``ctx.sentences``.

    Returns
    -------
    str or None
        "unknown", or None when the rule does not apply.
    """
    key = ("believed_owners", 0)
    if key not in ctx.cache:
        ctx.cache[key] = "yes" if _BELIEVED_OWNER_RE.search(ctx.text) else ""
    if not ctx.cache[key]:
        return None
    s, e = ctx.sentences[index]
    text = ctx.text
    if any(not _on_the_ground(text, a) for a in _find_actor_cues(ctx, s, e)):
        return None
    for bare in _BARE_AIRCRAFT_RE.finditer(text, s, e):
        start = bare.start()
        if not _BEFORE_BARE_AIRCRAFT_RE.search(text, max(s, start - _BEFORE_BARE_CHARS), start):
            return "unknown"
    return None


# "They blame Russian aircraft.": the voice of the sentence before names whose aircraft
# struck, in a sentence of its own.
_BLAMED_AFTER_RE = re.compile(
    r"[\s\"'“‘]*(?:(?:They|It|He|She|(?:The\s+)?(?:activists|residents|locals|villagers|monitor"
    r"|group|network|rescuers|witnesses"
    # "Staff said the aircraft were Russian": the people of the place hit, named bare.
    r"|staff|doctors|medics|nurses|survivors|volunteers)"
    # "My brother says they were Russian jets": a writer's relative or friend who saw them.
    r"|(?:My|Our|His|Her|Their)\s+[\w-]+"
    # "The Britain-based Syrian Observatory for Human Rights said the jets ...": a body named.
    r"|The\s+(?:[\w.'’-]+\s+){1,8}?"
    # "A local activist network blamed Russian jets": a voice named with an indefinite article.
    r"|An?\s+(?:[\w'’-]+\s+){0,3}?(?:network|group|monitor|activist|resident|source|witness"
    r"|villager|rescuer)\s+"
    # "Washington blamed Russian aircraft": a state named by its capital or its name alone.
    r"|(?-i:[A-Z][a-z]{2,})(?=\s+(?:also\s+)?blame)"
    # "Attributed by staff to Russian aircraft.", "The attack was attributed to regime
    # helicopters.": an incident list's passive note of whose the strike just told was.
    r"|(?:The|This|That|Each|Both)\s+(?:(?:air\s*)?strikes?|attacks?|raids?|bombings?|incidents?)"
    r"\s+(?:was|were|is|are)|It\s+(?:was|is)|(?=attributed\s))"
    # "The monitor, which tracks the war through sources on the ground, said ...", and the
    # same body set off by what it is ("The X Observatory, a Britain-based monitor that tracks
    # the war, said ...", "..., the group that documents the war, said").
    r"(?:[\w.'’-]*,\s+(?:which|who|an?|the)\s[^,.;:]{1,100},)?"
    r"\s*(?:also\s+)?(?:blame[sd]?|attribute[sd]?\s+(?:it|them"
    r"|the\s+[\w-]+)\s+to"
    r"|attributed\s+(?:by\s+(?:[\w'’-]+\s+){1,3}?)?to"
    # "They said the jets were Russian": whose the aircraft of the strike told were.
    # "It says the jets were Russian": the same in the present of a live post.
    r"|(?:said|says|say)\s+(?:that\s+)?the\s+(?:jets|warplanes|planes|aircraft|helicopters)"
    # "said the jets that struck the market were believed to be Russian".
    r"(?:\s+(?:that|which)\s+(?:struck|hit|bombed|attacked)\s+the\s+[\w-]+"
    # "said the jets over the east were Syrian": the aircraft placed over the area told.
    r"|\s+(?:over|above)\s+(?:the\s+)?[\w-]+)?"
    r"\s+(?:were|was)(?:\s+(?:believed|thought|understood)\s+to\s+(?:be|have\s+been))?"
    r"|(?:said|says|say)\s+(?:that\s+)?(?:they|it)\s+(?:were|was)"
    # "Witnesses described the aircraft as Russian": whose they were, in their description;
    # "Witnesses identified the aircraft as Russian": the same, as they told them apart.
    r"|(?:describe[sd]?|identif(?:y|ies|ied))\s+the\s+(?:jets|warplanes|planes|aircraft"
    r"|helicopters)\s+as"
    # "It said it believed Syrian government jets had carried out the raids".
    r"|(?:said|says|say)\s+(?:that\s+)?(?:it|they|he|she)\s+(?:believed|believes|believe|thought"
    r"|suspected)(?:\s+that)?)"
    # "The strike is assessed as likely Syrian": an analyst's attribution of the strike told.
    r"|(?:The|These|Both|Those)\s+(?:air\s*)?(?:strikes?|raids?|attacks?)\s+(?:is|are|was|were)"
    r"\s+(?:assessed|believed|judged|thought)\s+(?:as|to\s+be|to\s+have\s+been)"
    r"(?:\s+(?:most\s+)?(?:likely|probably))?)"
    r"\s+(?:the\s+)?",
    re.IGNORECASE,
)


# "The strike is assessed as likely Syrian": the side named by its adjective alone.
_ASSESSED_SIDE_RE = re.compile(
    "|".join(
        rf"(?P<{label}>{words})\b"
        for label, words in load("actors")["assessed_adjectives"].items()
        if label != "note"
    )
)
_BLAMED_WORDS = (
    "blame",
    "attribut",
    "assessed",
    "believed",
    "judged",
    "thought",
    " were ",
    "describ",
    "identif",
)


#: How many sentences naming no place and no side may come between a strike and whose it is.
_BLAMED_GAP = 2


#: How many sentences after a strike naming no aircraft the same place may be told again.
_RETOLD_LOOK_AHEAD = 3


def _retold_aircraft_after(ctx: _DocContext, index: int, across: bool = False) -> str | None:
    """Return the one air force a later sentence names striking the same place again.

    "Rescuers say X was struck twice this morning." then their quoted post "Russian
    warplanes target #X again": the strike told once more in the same post or paragraph,
    now with whose aircraft. Sentences naming no place may come between; one not naming
    the place again, or telling no strike, ends the search. With ``across``, the next
    paragraph may retell it, as wire copy gives its lead a paragraph of its own.
    """
    s, e = ctx.sentences[index]
    keys = {place_key(m.surface) for m in _mentions_in(ctx, s, e)}
    if not keys:
        return None
    scope = _scope_key(ctx, s)
    for j in range(index + 1, min(len(ctx.sentences), index + 1 + _RETOLD_LOOK_AHEAD)):
        a, b = ctx.sentences[j]
        if _scope_key(ctx, a) != scope:
            if not across or ctx.live_blog or _scope_key(ctx, a)[1] > scope[1] + 2:
                return None
            scope = _scope_key(ctx, a)
        named = {place_key(m.surface) for m in _mentions_in(ctx, a, b)}
        if not named:
            continue
        if not named & keys or not _valid_triggers(ctx, j, a, b):
            return None
        voice = _claimant_of(ctx, j)
        if voice is not None and voice != _claimant_of(ctx, index):
            # "Pro-regime media also reported airstrikes on X": another voice's own claim.
            return None
        text = ctx.text
        labels = {
            c.label
            for c in _find_cached(ctx, _ACTOR_RE, a, b)
            if not _broker(text, c)
            and not _is_support(text, c.start)
            and not _on_the_ground(text, c)
            # "Russian warplanes target X again": the side named with its aircraft, not the
            # army on whose request strikes were made.
            and _has_air_word(text, c.start, min(b, c.end + 20))
        }
        return labels.pop() if len(labels) == 1 else None
    return None


def _blamed_after(ctx: _DocContext, index: int) -> str | None:
    """Return the actor the next sentence of the paragraph blames, its subject a pronoun.

    "Activists say strikes hit a bakery in X. They blame Russian aircraft.", "Two strikes
    hit X. The strike is assessed as likely Syrian": the actor of a strike whose own
    sentence names none. A sentence naming no place and no side may come between.
    """
    j = index + 1
    if j >= len(ctx.sentences):
        return None
    s, e = ctx.sentences[j]
    scope = first = _scope_key(ctx, ctx.sentences[index][0])
    if _scope_key(ctx, s) != scope:
        # Wire copy gives a sentence its own paragraph: the one right after, saying whose
        # the aircraft were, still tells of the strike just told.
        if ctx.live_blog or _scope_key(ctx, s)[1] > scope[1] + 2:
            return None
        scope = _scope_key(ctx, s)
    k = j
    struck = _place_keys_in(ctx, *ctx.sentences[index])
    while (
        k + 1 < len(ctx.sentences)
        and k - j < _BLAMED_GAP
        and not _find_cached(ctx, _ACTOR_RE, *ctx.sentences[k])
        and _place_keys_in(ctx, *ctx.sentences[k]) <= struck
    ):
        # "Footage shows a building collapsed.": sentences naming no place and no side (the
        # toll, the place's history) come between the strike and whose it is; so do those
        # naming only the places struck ("said a volunteer who was at the scene in X").
        k += 1
        s2, e2 = ctx.sentences[k]
        if _scope_key(ctx, s2) != scope:
            # A quote in a paragraph of its own may come between, as wire copy sets it.
            if ctx.live_blog or _scope_key(ctx, s2)[1] > first[1] + 4:
                break
            scope = _scope_key(ctx, s2)
        if _BLAMED_AFTER_RE.match(ctx.text, s2, e2):
            s, e = s2, e2
            break
    fronted = _fronted_side(ctx, s, e)
    if fronted is not None:
        return fronted
    told = _AND_THAT_SIDE_RE.search(ctx.text, s, e)
    if told is not None:
        # "They told us the aircraft struck a bakery, and that they were Russian.": whose the
        # aircraft were, added as the last thing the voice told.
        cue = next((a for a in _find_cached(ctx, _ACTOR_RE, s, e) if a.start == told.end()), None)
        if cue is not None:
            return cue.label
    lower = ctx.lower[s:e]
    if not any(w in lower for w in _BLAMED_WORDS):
        return None
    m = _BLAMED_AFTER_RE.match(ctx.text, s, e)
    if m is None:
        return None
    cue = next((a for a in _find_cached(ctx, _ACTOR_RE, s, e) if a.start == m.end()), None)
    if cue is not None:
        return cue.label
    side = _ASSESSED_SIDE_RE.match(ctx.text, m.end(), e)
    return side.lastgroup if side is not None else None


def _blaming_voice_after(ctx: _DocContext, index: int) -> str | None:
    """Return the voice of the next sentence when it lays the strike just told on aircraft.

    "... the attack on Monday on an aid convoy at X. Y blamed Russian aircraft": a strike
    told with no voice of its own is the claim of the one that blames its aircraft.
    """
    j = index + 1
    if j >= len(ctx.sentences):
        return None
    s, e = ctx.sentences[j]
    if ctx.live_blog and "\n" in ctx.text[ctx.sentences[index][1] : s]:
        # A live page's next line may be another post; the same line goes on with this one.
        return None
    if _scope_key(ctx, s)[1] > _scope_key(ctx, ctx.sentences[index][0])[1] + 2:
        return None
    m = _BLAMED_AFTER_RE.match(ctx.text, s, e)
    if m is None or not any(a.start == m.end() for a in _find_cached(ctx, _ACTOR_RE, s, e)):
        return None
    return _claimant_of(ctx, j)


# "The X Observatory says the raids on Tuesday hit ...": a voice opening the sentence, saying
# what the strikes just told did.
_RETELLING_VOICE_RE = re.compile(
    r"[ \t]*(?:The|An?)\s+[^.;\n]{0,80}?\b(?:says|said|say|reported|reports)\s+(?:that\s+)?"
    r"the\s+(?:raids|strikes|air\s*strikes|bombings?|air\s+raids)\b"
)


def _retelling_voice_after(ctx: _DocContext, index: int) -> str | None:
    """Return the voice of the next sentence when it retells the strikes just told.

    "Government jets struck X for a second day, killing 12." then "The Observatory says the
    raids on Tuesday hit residential buildings": a strike told with no voice of its own is
    the claim of the one that goes on to say what "the raids" hit.
    """
    j = index + 1
    if j >= len(ctx.sentences):
        return None
    s, e = ctx.sentences[j]
    if _scope_key(ctx, s)[1] > _scope_key(ctx, ctx.sentences[index][0])[1] + 2:
        return None
    if _RETELLING_VOICE_RE.match(ctx.text, s, e) is None:
        return None
    return _claimant_of(ctx, j)


def _air_teller_voice(ctx: _DocContext, index: int) -> str | None:
    """Return the voice of the later sentence that gave the attack told here to the air.

    "An attack on a convoy at X killed 20 on Monday evening." then the UN's aid chief: "The
    trucks were struck from the air": the strike is the claim of the one who says it came from
    the air, when its own sentence has no voice. An attack its own sentence gives to the air
    ("an aerial attack on the market") is the report's own telling.
    """
    j = _air_told_later(ctx, index)
    if j is None or _has_air_word(ctx.text, *ctx.sentences[index]):
        return None
    return _claimant_of(ctx, j)


def _place_keys_in(ctx: _DocContext, s: int, e: int) -> set[str]:
    """Return the keys of the places named in ``text[s:e]``."""
    lo = bisect_left(ctx.mention_starts, s)
    hi = bisect_left(ctx.mention_starts, e)
    return {place_key(m.surface) for m in ctx.mentions[lo:hi]}


# "Russian planes, the spotters said.": whose the aircraft were, put first in a sentence of
# its own, then who said so.
_SAID_AFTER_SIDE_RE = re.compile(
    r"(?:\s+(?:jets|warplanes|planes|aircraft|helicopters|bombers))?,\s+(?:the\s+|our\s+|their\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:said|says|say|told\s+us)\b"
)


_AND_THAT_SIDE_RE = re.compile(r",\s+and\s+that\s+(?:they|it)\s+(?:were|was)\s+(?:all\s+)?")


def _fronted_side(ctx: _DocContext, s: int, e: int) -> str | None:
    """Return the side a sentence opens on when a speaker's saying so follows it right away."""
    start = s
    while start < e and ctx.text[start] in " \t\n\"'“‘":
        start += 1
    cue = next((a for a in _find_cached(ctx, _ACTOR_RE, s, e) if a.start == start), None)
    if cue is None or not _SAID_AFTER_SIDE_RE.match(ctx.text, cue.end, e):
        return None
    return cue.label


_BARE_AIR_FORCE_RE = re.compile(r"\b(?:the\s+)?air\s+force\b", re.IGNORECASE)
# "Warplanes, the anchor says, struck X": state television's own warplanes, named by no
# nation, are the state's.
_BARE_WARPLANES_RE = re.compile(r"\b(?:war\s?planes|warplanes|war\s+jets)\b", re.IGNORECASE)


_SHARED_MAKE_RE = re.compile(load("actors")["shared_makes"]["pattern"])


def _regime_without_russia(ctx: _DocContext) -> bool:
    """Say whether a report's strikes name the regime and never Russia but by a bare make.

    "Syrian regime warplanes bombed X yesterday." then "Two Sukhoi jets struck Y": the make
    both air forces fly is the regime's in a report whose sentences telling strikes never
    name Russia ("Russian officers tried to mediate" tells none; computed once).
    """
    key = ("regime_without_russia", 0)
    if key not in ctx.cache:
        sides = set()
        for a in _find_cached(ctx, _ACTOR_RE, 0, len(ctx.text)):
            if _SHARED_MAKE_RE.fullmatch(ctx.text, a.start, a.end) is not None:
                continue
            index = bisect_left(ctx.sentence_starts, a.start + 1) - 1
            if index >= 0 and _in_range(ctx.triggers, *ctx.sentences[index]):
                sides.add(a.label)
        ctx.cache[key] = "yes" if "regime" in sides and "russia" not in sides else ""
    return bool(ctx.cache[key])


# "the ministry said its Su-24s hit ...": the aircraft of the one speaking, not a bare make.
_OWN_MAKE_BEFORE_RE = re.compile(r"\b(?:its|their|our)\s+(?:own\s+)?$", re.IGNORECASE)


# "the coalition aircraft, which operate without the consent of the Syrian government, also
# targeted X": a relative clause set off by commas after a striker says something of it; an
# actor's name inside the clause is no second striker.
_RELATIVE_OPEN_RE = re.compile(r",\s+(?:which|who|whose)\b")
_RELATIVE_CLOSE_AFTER_RE = re.compile(r"[^,.;:]{0,80},")
_RELATIVE_CHARS = 120


def _without_relative_asides(text: str, s: int, cues: list[_Span]) -> list[_Span]:
    """Drop the actor cues inside a relative clause set off after an earlier cue."""
    if len(cues) < 2:
        return cues
    kept = []
    for a in cues:
        comma = text.rfind(",", max(s, a.start - _RELATIVE_CHARS), a.start)
        if (
            comma >= 0
            and _RELATIVE_OPEN_RE.match(text, comma)
            and not any(ch in text[comma : a.start] for ch in ".;:")
            and _RELATIVE_CLOSE_AFTER_RE.match(text, a.end)
            and any(c.end <= comma for c in cues)
        ):
            continue
        kept.append(a)
    return kept


def _shared_makes(ctx: _DocContext, cues: list[_Span]) -> list[_Span]:
    """Give a bare make's cue to the regime in a report naming the regime and never Russia."""
    if not any(a.label == "russia" for a in cues):
        return cues
    return [
        _Span(a.start, a.end, "regime")
        if a.label == "russia"
        and _SHARED_MAKE_RE.fullmatch(ctx.text, a.start, a.end) is not None
        and not _OWN_MAKE_BEFORE_RE.search(ctx.text, max(0, a.start - 12), a.start)
        and _regime_without_russia(ctx)
        else a
        for a in cues
    ]


def _sentence_actor_cues(ctx: _DocContext, s: int, e: int) -> tuple[list[_Span], bool]:
    """Return the actor cues of a sentence and whether they name one striker (once per sentence)."""
    key = ("actor_cues", s)
    found = ctx.span_cache.get(key)
    if found is None:
        text = ctx.text
        unidentified = _unidentified(ctx, s, e)
        found = [
            a for a in _find_cached(ctx, _ACTOR_RE, s, e)
            if not any(u.start <= a.start < u.end for u in unidentified)
            and not _HELD_BY_AFTER_RE.match(text, a.end)
            and not _HOLDER_AFTER_RE.match(text, a.end)
            # "aircraft of X struck positions of the Syrian army on Y": the side whose
            # ground was hit, told before the place, is no striker of the place's clause.
            and not _HELD_BY_BEFORE_RE.search(text, max(s, a.start - 40), a.start)
            and not _CONTRAST_BEFORE_RE.search(text, max(s, a.start - 30), a.start)
            and not _STRUCK_SIDE_BEFORE_RE.search(
                text, max(s, a.start - _STRUCK_SIDE_CHARS), a.start
            )
        ] + unidentified  # fmt: skip
        found = _without_relative_asides(text, s, _shared_makes(ctx, found))
        ctx.span_cache[key] = found
        ctx.cache[key] = (
            "single"
            if found
            and len({a.label for a in found}) == 1
            and not any(_is_support(text, a.start) for a in found)
            else ""
        )
    return found, bool(ctx.cache[key])


def _find_actor_cues(ctx: _DocContext, s: int, e: int) -> list[_Span]:
    """Return the actor cues of the sentence ``ctx.text[s:e]`` (the first of its pair)."""
    return _sentence_actor_cues(ctx, s, e)[0]


_COALITION_LEAD_RE = re.compile(alternation(load("claimants")["coalition_leads"]))


def _leads_coalition(ctx: _DocContext, e: int) -> bool:
    """Say whether the last government named before ``e`` is the one that leads the coalition.

    "Pentagon spokesman Peter Cook said coalition jets struck X": the coalition's voice.
    """
    cues = _cached_spans(
        ctx,
        ("government-cues", 0),
        lambda: [
            _Span(c.start(), c.end(), "lead" if _COALITION_LEAD_RE.match(c.group()) else "")
            for c in _CLAIMANT_RE.finditer(ctx.text)
            if c.lastgroup == "governments"
        ],
    )
    before = [c for c in cues if c.start < e]
    return bool(before) and before[-1].label == "lead"


_CENTRE_WORD_RE = re.compile(r"\b[Cc]ent(?:er|re)\b")


def _ministry_of(ctx: _DocContext, s: int, e: int, claimant: str, actor: str) -> str:
    """Return whose ministry claims a strike by the coalition: a government's, unless Russian.

    A government's voice is the coalition's own when that government leads the coalition
    ("the Pentagon said coalition aircraft struck X").

    "Press release from the Ministry of Defence ... Tornado GR4s struck X": a ministry
    not named Russian, telling of strikes by the coalition's aircraft, is one of the
    coalition's governments; "Russia's ministry said coalition jets hit X" stays Russian.
    """
    if claimant == "governments" and actor == "coalition":
        return "coalition" if _leads_coalition(ctx, e) else claimant
    if claimant != "russian_mod" or actor != "coalition":
        return claimant
    if _CENTRE_WORD_RE.search(ctx.text, s, e) is not None:
        # "The centre also said coalition aircraft struck X": a body only Russia has (its
        # reconciliation centre), named in the sentence, is no ministry of another government.
        return claimant
    every, _ = _sentence_actor_cues(ctx, s, e)
    return claimant if any(a.label == "russia" for a in every) else "governments"


def _mention_actor(
    ctx: _DocContext, s: int, e: int, m: Mention, triggers: list[_Span], claimant: str
) -> str | None:
    """Return the actor named in the place's own clause, before it when possible.

    "Warplanes believed to be Russian raided X, while regime forces shelled Y":
    the regime does not take X. "Army units, backed by the Russian air force,
    destroyed ... in X": the supporting air force is the only striker named.
    The state agency's bare "the air force" is the Syrian one.
    """
    text = ctx.text
    every, single = _sentence_actor_cues(ctx, s, e)
    cause = toll_cause_span(text, m.start, m.end, e)
    if cause is not None:
        # "3 in X due to Russian warplanes shelling": a toll item names its own killer;
        # "4 in Y due to warplanes shelling" names aircraft and no one's.
        own = [a for a in every if cause[0] <= a.start < cause[1]]
        if own:
            return own[0].label
        if _has_air_word(text, *cause):
            return "unknown"
    if single:
        return None  # the sentence's actor is this one
    clause = next((c for c in _sentence_clauses(ctx, s, e) if c[0] <= m.start < c[1]), (s, e))
    # The cues of a clause are sorted out once, however many places the clause lists.
    key = ("clause_actor", clause)
    known = ctx.span_cache.get(key)
    if known is None:
        cues = [a for a in every if clause[0] <= a.start < clause[1]]
        if len({a.label for a in cues}) > 1 and _ACTOR_DISJUNCTION_RE.search(text, *clause):
            # "whether from the Russian fleet ... or regime launchers": either could have struck.
            known = [_Span(0, 0, "unknown")]
        else:
            known = _in_the_air(
                text, [a for a in cues if not _supports_only(text, a, triggers)] or cues
            )
        ctx.span_cache[key] = known
    direct = known
    if direct and direct[0].end == 0:
        return "unknown"  # the disjunction marker above
    if not direct:
        if claimant in ("sana", "state_media") and (
            _BARE_AIR_FORCE_RE.search(text, clause[0], clause[1])
            or (claimant == "state_media" and _BARE_WARPLANES_RE.search(text, clause[0], clause[1]))
        ):
            # "State television said air force units struck X. It did not say which air
            # force.": the report leaves the bare air force unnamed, in a sentence after.
            index = bisect_left(ctx.sentence_starts, s + 1) - 1
            return _unidentified_after(ctx, index) or "regime"
        return None
    if " by " in text[m.end : m.end + 40] or " with " in text[m.end : m.end + 40]:
        agent = next(
            (
                a
                for a in every
                if a.start >= m.end and _PASSIVE_AGENT_RE.fullmatch(text, m.end, a.start)
            ),
            None,
        )
        if agent is not None:
            return agent.label
    if "blame" in text[m.end : m.end + 90] or "attribut" in text[m.end : m.end + 90]:
        blamed = _BLAMED_ON_AFTER_RE.match(text, m.end, e)
        if blamed is not None:
            cue = next((a for a in every if a.start == blamed.end()), None)
            if cue is not None:
                return cue.label
    close = _bracket_after(text, m, e)
    if close >= 0:
        # "X (Feb 16, regime jets), Y (Feb 17, Russian jets)": the aircraft of the bracket
        # right after a place are that place's, not the nearest ones before it.
        inside = [a for a in every if m.end < a.start and a.end <= close]
        if inside:
            return inside[0].label
    before = [a for a in direct if a.end <= m.start]
    if before:
        return before[-1].label
    after = [a for a in direct if not any(m.end <= t.start < a.start for t in triggers)]
    return after[0].label if after else None


#: How far a bracket right after a place may run and still be a note on that place.
_BRACKET_NOTE_REACH = 80


def _bracket_after(text: str, m: Mention, e: int) -> int:
    """Return where the bracket opening right after ``m`` closes, before ``e``; -1 if none.

    "X (Feb 16, regime jets, per rescuers)": a note on that place alone, read for its
    aircraft and its voice.
    """
    if "(" not in text[m.end : m.end + 3]:
        return -1
    return text.find(")", m.end, min(e, m.end + _BRACKET_NOTE_REACH))


# "a strike on a bakery in X early this morning, which they blamed on Russian jets": whose
# aircraft the voice blames, in a relative clause right after the place and its time.
_BLAMED_ON_AFTER_RE = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s*,\s*(?:which|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:blamed|blames?|attributed|attributes?)\s+(?:it\s+|them\s+)?(?:on|to)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "X was targeted by barrel bombs", "X was hit by regime helicopters": the agent of the
# place's own passive strike verb names whose aircraft struck it.
_PASSIVE_AGENT_RE = re.compile(
    r"\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:also\s+|again\s+)?[a-z]+(?:ed)?"
    r"\s+(?:by|with)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
)


# The patterns tried most often open with a look-ahead of their first characters
# (see lexicon.quick_opening): the same matches, found with fewer tries.
_TARGET_NEGATION_BEFORE_RE = quick_opening(_TARGET_NEGATION_BEFORE_RE)
_ACTOR_DISJUNCTION_RE = quick_opening(_ACTOR_DISJUNCTION_RE)
_UNIDENTIFIED_RE = quick_opening(_UNIDENTIFIED_RE)
_HELD_BY_BEFORE_RE = quick_opening(_HELD_BY_BEFORE_RE)
