"""Strike triggers and their scope: which strike words count, and which places they reach."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right

from geo.extract.context import (
    _DocContext,
    _in_range,
    _post_index,
    _sentence_clauses,
    _sentence_cues,
    _Span,
    _SpanList,
    _spans,
)
from geo.extract.dates import DateCue, window_span_days
from geo.extract.lexicon import alternation, first_characters, load, quick_opening
from geo.extract.tables import field_name, names_air_power, record_span
from geo.record import Mention

_TRIGGERS = load("triggers")
_STRONG_TRIGGER = "|".join(_TRIGGERS["strong"])
# Weak triggers count only near words of air war ("jets", "Russian", "missiles"):
# "whose house was struck by an artillery shell" is not an air strike.
_WEAK_TRIGGER = "|".join(_TRIGGERS["weak"])
_TRIGGER_RE = re.compile(
    rf"\b(?:(?P<strong>{_STRONG_TRIGGER})|(?P<weak>{_WEAK_TRIGGER}))\b", re.IGNORECASE
)


def grouped_by_opening(alternatives: list[str]) -> str:
    """Join alternatives into one group, those opening with the same characters side by side.

    The engine then tries, at each position, one branch per opening instead
    of every alternative (it factors the shared first letter out of a branch).
    An alternative moves only past those that cannot open where it does, so
    the first alternative to match at a position is the same: the matches are
    those of the alternatives joined in their order.

    Parameters
    ----------
    alternatives : list of str
        Regular expressions, in the order they are to be tried.

    Returns
    -------
    str
        One non-capturing group of them all.

    Examples
    --------
    >>> grouped_by_opening(["air", "bomb", "attack"])
    '(?:(?:air|attack)|(?:bomb))'
    """
    groups: list[tuple[frozenset[str] | None, list[str]]] = []
    for alt in alternatives:
        opening = first_characters(alt)
        # The last group that may open where this one does: it must stay after it.
        last = next(
            (g for g in reversed(groups) if opening is None or g[0] is None or g[0] & opening),
            None,
        )
        if last is not None and opening is not None and last[0] == opening:
            last[1].append(alt)
        else:
            groups.append((opening, [alt]))
    return alternation([alternation(alts) for _, alts in groups])


# The same words for a fast scan of lowercased text; the word start is checked
# afterwards (see _trigger_spans).
_TRIGGER_SCAN_RE = re.compile(grouped_by_opening(_TRIGGERS["strong"] + _TRIGGERS["weak"]) + r"\b")
_STRONG_OPENINGS = tuple(_TRIGGERS["strong_openings"])
_AIR_CONTEXT_RE = re.compile(
    rf"\b{alternation(_TRIGGERS['air_context'])}\b"
    rf"|\b{alternation(_TRIGGERS['air_context_led'])}[- ]led\b",
    re.IGNORECASE,
)
_SUPPORT_BEFORE_RE = re.compile(
    r"(?:\b(?:supported|backed|aided|accompanied|covered|assisted|helped|preceded)"
    r"(?:\s+and\s+\w+)?\s+by|\b(?:with|under)\s+(?:the\s+)?(?:help|support|backing|cover|aid)\s+of"
    r"|\bin\s+(?:coordination|cooperation|conjunction|tandem)\s+with)"
    r"\s+(?:[\w'’.-]+\s+){0,4}$",
    re.IGNORECASE,
)
# "jets of the anti-Daesh coalition struck": a group named after "anti-" is what a
# coalition fights, not who strikes.
_GROUND_AGENT_BEFORE_RE = re.compile(
    r"\b(?<![Aa]nti-)(?<![Cc]ounter-)"
    # "Isis" is how some papers write the group's name.
    r"(?:ISIS|ISIL|IS|Isis|Isil|Islamic\s+[Ss]tate|Daesh|Da['’]esh|[Mm]ilitants|[Rr]ebels|[Ii]nsurgents"
    r"|[Jj]ihadists|extremist\s+group|(?:[Oo]pposition|[Rr]ebel)\s+(?:fighters|factions)"
    r"|[Tt]errorists"
    r"|[Gg]unmen|[Aa]rmed\s+groups"
    # "Fighters of <group> attacked": men on the ground ("Su-24 fighters" are aircraft).
    r"|[Ff]ighters\s+(?:of|from)\s+[\w'’-]+"
    # "a commander said his fighters had destroyed four tanks near X": a group's own fighters.
    r"|(?:[Hh]is|[Ii]ts|[Tt]heir|[Oo]ur)\s+fighters"
    r"|(?:[Rr]egime|[Gg]overnment|[Aa]rmy|Syrian|[Gg]round|pro-government|Assad(?:['’]s)?)"
    r"\s+(?:forces|troops)"
    # A group name may be quoted: "the “Islamic state” targeted".
    r"|[Tt]roops|[Ss]nipers?|[Aa]rtillery|[Tt]anks"
    # "Harakat al-Muthanna attacked": an armed group named by its own name.
    rf"|\b{alternation(load('organisations')['openings'])}\s+(?:al-|[A-Z])[\w'’-]*"
    r")[\"”’]?(?:['’]s)?"
    # "regime forces, backed by Russian air cover, attacked X": the support set off by commas
    # is the air's help to the forces, whose attack on X is the ground's.
    r"(?:,\s*(?:backed|supported|aided|assisted|helped|covered)\s+by\s+(?:the\s+)?"
    # "Regime forces, backed by Russian air power and Iranian advisers, are attacking X": the
    # helpers may be a pair, and the verb may take its auxiliary after the aside.
    r"(?:[\w'’-]+\s+){0,6}[\w'’-]+,(?:\s+(?:are|is|were|was|have|has|had|also|now|then)){0,2}"
    r"|(?:\s+[\w'’-]+){0,3}"
    # "ISIS fighters advanced west from X and attacked Y": the second verb of men pushing on.
    rf"|(?:\s+[\w'’-]+){{0,2}}\s+(?:{alternation(_TRIGGERS['push_verbs'])})"
    r"(?:\s+[\w'’-]+){0,4}\s+and)\s+$"
)
#: How far before a strike word ground forces set off by an aside of support may stand.
_SUPPORT_ASIDE_REACH = 110
# "Israeli aircraft struck two army positions in X overnight": a strike by an air force flying
# on its own account, neither the campaign's nor the coalition's.
# "Israel has also struck army positions near X": the state itself named as the one striking.
_OWN_ACCOUNT_WORDS = tuple(
    a.lower()
    for key in ("adjectives", "states")
    for a in load("actors")["own_account_air_forces"][key]
)
_OWN_ACCOUNT_BEFORE_RE = re.compile(
    r"\b(?:"
    + alternation(load("actors")["own_account_air_forces"]["adjectives"])
    + r"\s+(?:(?:fighter|combat|military)\s+)?(?:aircraft|jets?|warplanes?|war\s?planes?|planes?"
    r"|drones?|[Aa]ir\s+[Ff]orce)(?:\s+(?:have|has|had|also|then|reportedly))?"
    + r"|"
    + alternation(load("actors")["own_account_air_forces"]["states"])
    + r"(?:\s+(?:have|has|had|also|then|reportedly|again)){0,3})\s+$"
)
# "the SyAAF and the army's artillery hammered X": aircraft named before the ground arm, joined
# by "and", strike with it; the strike word stays the air's.
_AIR_PARTNER_BEFORE_RE = re.compile(
    rf"\b{alternation(_TRIGGERS['air_arms'])}(?:\s+\([\w-]{{1,10}}\))?\s+and\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "Air strikes and artillery fire hit X": a strike noun joined by "and" to the guns as the
# subject of one weak verb; the verb is the air's as well as the guns'.
_STRIKE_AND_GUNS_BETWEEN_RE = re.compile(r"\s+and\s+(?:[\w'’-]+\s+){1,3}", re.IGNORECASE)
# "most of them rebel shelling of army positions in X": shelling by a side on the ground.
_GROUND_SHELLING_BEFORE_RE = re.compile(
    r"\b(?:rebel|opposition|insurgent|militant|army|regime|government|ground|tank|artillery"
    r"|mortar)s?['’]?\s+$",
    re.IGNORECASE,
)
# "dealt a heavy blow to the militants in airstrikes": a group after a preposition is the
# object of the strike, not the one striking. Its name may be quoted ("members of the
# 'Islamic State' organization killed in airstrikes").
_OBJECT_BEFORE_RE = re.compile(
    r"\b(?:to|on|upon|against|at|of)\s+(?:the\s+)?(?:[\w'’-]+\s+)?[\"“‘]?$", re.IGNORECASE
)
# Fire from the ground, between a strike word and a place, takes the place from the strike:
# "dropped barrels on X, and a man died of wounds from snipers' fire in Y".
_GROUND_FIRE_RE = re.compile(
    r"\b(?:snipers?['’]?|sniper\s+fire|shell(?:s|ed|ing)|artillery|mortars?|gunfire|clashes"
    r"|tanks?|howitzers?|anti-tank|TOW|ground\s+(?:forces|offensive|fighting))\b",
    re.IGNORECASE,
)
# "struck a mortar team near X": the word of ground fire names what the strike hit.
_GROUND_FIRE_TARGET_AFTER_RE = re.compile(
    rf"\s+{alternation(_TRIGGERS['ground_fire_targets'])}\b", re.IGNORECASE
)
# "rebel rockets had fallen on X": a weapon word after its owner on the ground.
_WEAPON_OWNER_BEFORE_RE = re.compile(
    rf"\b{alternation(_TRIGGERS['ground_weapon_owners'])}['’]?s?\s+$"
)
_WEAPON_WORD_RE = re.compile(r"missiles?|rockets?", re.IGNORECASE)
# "destroyed seven tanks near X with TOW missiles", "fired surface-to-surface missiles at Y":
# the missile word closes the name of a weapon of the ground, fired from the ground whatever
# aircraft the sentences around name.
_GROUND_WEAPON_NAMED_RE = re.compile(
    rf"\b(?:{alternation(_TRIGGERS['ground_weapons'])})\Z", re.IGNORECASE
)
#: How far before a missile word the name of a weapon of the ground it closes may open.
_GROUND_WEAPON_NAME_CHARS = 40
# "the rocket fire on X and Y is counted by the same groups": rockets named by the barrage
# they make are the ground's fire, unless the sentence names aircraft.
_ROCKET_BARRAGE_RE = re.compile(
    rf"rockets?\s+{alternation(_TRIGGERS['barrage_nouns'])}\b", re.IGNORECASE
)
# "his fighters had destroyed two tanks on the outskirts of X with guided missiles": missiles
# a group's own fighters fired, the instrument of their deed on the ground.
_GROUND_DEED_INSTRUMENT_BEFORE_RE = re.compile(
    r"\b(?:his|its|their|our|rebel|opposition)\s+(?:fighters|men)\s+(?:(?:had|have|has)\s+)?"
    r"(?:destroyed|hit|struck|targeted|attacked|disabled)\b[^.;:!?]{0,80}?"
    r"\bwith\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "rebel mortars and gas-cylinder bombs hit X": a weapon of the ground is the subject of the
# strike word right after it.
# "Rocket shells, meanwhile, hit X": a connective set off by commas between weapon and verb.
_ASIDE_CONNECTIVE = (
    r"(?:,\s+(?:meanwhile|in\s+turn|for\s+their\s+part|moreover|however|again|too),)?"
)
_GROUND_WEAPON_SUBJECT_BEFORE_RE = re.compile(
    rf"\b{alternation(_TRIGGERS['ground_weapons'])}"
    r"(?:\s+(?:and|or)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
    rf"{_ASIDE_CONNECTIVE}\s+(?:(?:have|has|had|also|reportedly|then)\s+){{0,2}}$",
    re.IGNORECASE,
)
# "mortar shells fired by the ISIS-affiliated army hit X": the weapon, then who fired it;
# "shelling from government positions on the edge of Y hit X": or where it came from;
# "shelling by militants of the X alliance hit Y": or who fired it, after "by" alone.
_GROUND_WEAPON_FIRED_BEFORE_RE = re.compile(
    rf"\b{alternation(_TRIGGERS['ground_weapons'])}"
    r"(?:\s+(?:and|or)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
    r"\s+(?:(?:fired|launched|lobbed)\s+(?:by|from)|from|by)\s+[^,.;:()\n]{1,80}?"
    r"\s+(?:(?:have|has|had|also|reportedly|then)\s+){0,2}$",
    re.IGNORECASE,
)
# "Opposition rockets fired from the X front struck Y": rockets a side of the ground owns, the
# subject of the strike word after them (who or where fired them may come between).
_OWNED_WEAPON_SUBJECT_BEFORE_RE = re.compile(
    rf"\b{alternation(_TRIGGERS['ground_weapon_owners'])}['’]?s?\s+(?:rockets?|missiles?)"
    r"(?:\s+(?:fired|launched)\s+(?:by|from)\s+[^,.;:()\n]{1,80}?)?"
    r"\s+(?:(?:have|has|had|also|reportedly|then)\s+){0,2}$"
)
# An armed group named by its opening word ("Jaish al-Fatah", "Ahrar al-Sham", "the Faylaq
# al-Rahman group"): a side of the ground, as "rebels" is, when it fires rockets or missiles.
_NAMED_GROUP_FIRER = (
    rf"(?-i:{alternation(load('organisations')['openings'])})"
    r"\s+(?-i:(?:[a-z]{1,3}-)?[A-Z][\w'’-]*)"
)
_FIRERS = rf"(?:{alternation(_TRIGGERS['ground_firers'])}|{_NAMED_GROUP_FIRER})"
# "rockets fired by NSAGs reportedly hit X": rockets or missiles, then the side of the ground
# that fired them, the subject of the strike word after them.
_FIRED_BY_FIRER_BEFORE_RE = re.compile(
    r"\b(?:rockets?|missiles?)\s+(?:fired|launched)\s+by\s+(?:the\s+)?"
    rf"{_FIRERS}\b"
    r"(?:\s+from\s+[^,.;:()\n]{1,60}?)?"
    r"\s+(?:(?:have|has|had|also|reportedly|then)\s+){0,2}$",
    re.IGNORECASE,
)
# The same read from the weapon, itself a strike word: "rockets fired by NSAGs".
_FIRED_BY_FIRER_AT_RE = re.compile(
    r"(?:rockets?|missiles?)\s+(?:fired|launched)\s+by\s+(?:the\s+)?"
    rf"{_FIRERS}\b",
    re.IGNORECASE,
)
#: How far before a strike word a ground weapon followed by who fired it may begin.
_FIRED_BY_CHARS = 140
#: Words one of which _GROUND_WEAPON_SUBJECT_BEFORE_RE needs (a fast pre-check).
_GROUND_WEAPON_WORDS = (
    "mortar",
    "shell",
    "artiller",
    "howitzer",
    "cylinder",
    "cannon",
    "tank",
    "grad",
    "fire",
)
# Air words that do not speak of aircraft: "anti-tank missiles", "whether aircraft were involved".
_NOT_AIR_BEFORE_RE = re.compile(
    r"(?:\b(?:anti-tank|anti-aircraft|anti-air|TOW|surface-to-air|surface-to-surface"
    r"|ground-to-ground|whether|without"
    r"|no)|-made)\s+(?:[\w'’.-]+\s+){0,1}$"
    # "held the town without any help from the air": air named as what was missing.
    r"|\bwithout\s+(?:any\s+)?(?:help|support|cover|backing)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Warplanes killed 20 in X", "jets pound X": a casualty word, or a verb of battering, is a
# strike word only after aircraft or their weapons, a few words before it in its clause
# ("shells" counts, so that artillery stays artillery: the shelling rule then asks for an
# air word).
_CASUALTY_RE = re.compile(
    rf"{alternation(_TRIGGERS['casualty'] + _TRIGGERS['aircraft_verbs'])}$", re.IGNORECASE
)
_AIRCRAFT_SUBJECT_BEFORE_RE = re.compile(
    rf"\b(?P<agent>{alternation(_TRIGGERS['aircraft_subjects'])})"
    # "warplanes belonging to the regime and Russia killed 14": the side that owns them.
    rf"(?:\s+(?:{alternation(_TRIGGERS['aircraft_owner_links'])})"
    rf"(?:\s+(?:{alternation(_TRIGGERS['aircraft_owner_words'])})\b){{1,5}})?"
    # 'the air force had "inflicted heavy losses on ..."': the verb may open a quotation.
    rf"(?:\s+(?:have|had|has|reportedly|also|allegedly))?(?:\s+[\w-]+){{0,2}}?\s+[\"“]?$",
    re.IGNORECASE,
)
# "Su-34 bombers hit a stronghold with two tanks": aircraft that fly, as a strike word's
# subject, make the tanks after it what was hit, not the weapons that fired.
_FLYING_AGENT_RE = re.compile(
    r"(?:war\s?planes?|jets?|aircraft|helicopters?|bombers?|drones?|aviation"
    r"|(?:air|aerospace)\s+forces?)",
    re.IGNORECASE,
)
# "a helicopter was hit", "two jets were struck": an aircraft the passive verb says was hit.
_HIT_PARTICIPLE_RE = re.compile(r"hit|struck|targeted", re.IGNORECASE)
_AIRCRAFT_HIT_BEFORE_RE = re.compile(
    rf"\b(?:{_FLYING_AGENT_RE.pattern}|planes?)\s+"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+|reportedly\s+)?$",
    re.IGNORECASE,
)


def _flown_subject(text: str, s: int, start: int) -> bool:
    """Say whether aircraft that fly are the subject of the strike word at ``start``."""
    agent = _AIRCRAFT_SUBJECT_BEFORE_RE.search(text, max(s, start - 50), start)
    return agent is not None and _FLYING_AGENT_RE.fullmatch(agent["agent"]) is not None


# "said 14 civilians were killed in X on Monday, and that jets also struck Y on Sunday": the
# aircraft that "also" struck Y struck X before, so the toll tells a strike of its own.
_ALSO_STRUCK_AFTER_RE = re.compile(
    r",\s+and\s+(?:that\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:war\s?planes?|jets?|aircraft|helicopters?|planes?|bombers?)\s+(?:had\s+|have\s+)?"
    r"also\s+(?:struck|hit|bombed|targeted|raided|pounded)\b",
    re.IGNORECASE,
)
# "Cluster munitions fell on X": a fall is a strike word after a weapon of the air.
_FALL_RE = re.compile(rf"{alternation(_TRIGGERS['fall'])}$", re.IGNORECASE)
_FALL_SUBJECT_BEFORE_RE = re.compile(
    rf"\b{alternation(_TRIGGERS['fall_subjects'])}(?:\s+[\w-]+){{0,2}}?\s+$",
    re.IGNORECASE,
)
# A bomb brought by road or on foot: "a car bomb", "a suicide bomber" are no air words.
_GROUND_BOMB_BEFORE_RE = re.compile(
    rf"\b{alternation(_TRIGGERS['ground_bombs'])}[\s-]+$", re.IGNORECASE
)
# "killed in a landmine explosion near X", "a car bomb exploded in X": a blast on the ground.
_GROUND_BLAST_BEFORE_RE = re.compile(
    rf"\b{alternation(_TRIGGERS['ground_blasts'])}[\s-]+(?:[\w-]+\s+)?$", re.IGNORECASE
)
# "due to the explosion of a landmine planted by IS near X": the blast's cause named after it.
_GROUND_BLAST_AFTER_RE = re.compile(
    r"\s+(?:of|by)\s+(?:(?:an?|the|two|three|several)\s+)?(?:[\w-]+\s+)?"
    rf"{alternation(_TRIGGERS['ground_blasts'])}\b",
    re.IGNORECASE,
)
_BLAST_WORDS = ("explo", "Explo", "detona", "Detona")
# "the terrorists' missile and mortar attacks on X", "the rebels' rockets": a side of the
# ground owning the attack or the weapon, a few words of its kind between.
_GROUND_FIRER_OWNS_BEFORE_RE = re.compile(
    rf"\b(?:{alternation(_TRIGGERS['ground_firers'])})['’]\s+(?:[\w-]+\s+){{0,3}}?$",
    re.IGNORECASE,
)
_OWNED_DEED_RE = re.compile(r"attacks?|missiles?|rockets?|shells?", re.IGNORECASE)
# "angry crowds set fire to tents at a camp in X", "after terrorists had set fire to buses":
# people on the ground right before the verb of burning, which is then arson, not a strike.
_ARSON_SUBJECT_BEFORE_RE = re.compile(
    r"\b(?:"
    + "|".join(
        alternation(_TRIGGERS[k]) for k in ("arson_subjects", "clause_subjects", "people_subjects")
    )
    + r")\s+(?:(?:have|has|had|also|reportedly|then)\s+){0,2}$",
    re.IGNORECASE,
)
# "a car bomb and two suicide bombers struck a bus station": a blast brought by road or on
# foot, the subject of the strike word right after it (a second bringer after "and").
_GROUND_BLAST_SUBJECT_BEFORE_RE = re.compile(
    rf"\b{alternation(_TRIGGERS['ground_blasts'])}"
    r"(?:\s+(?:and|or)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
    rf"{_ASIDE_CONNECTIVE}\s+(?:(?:have|has|had|also|reportedly|then)\s+){{0,2}}$",
    re.IGNORECASE,
)
#: Words one of which _GROUND_BLAST_SUBJECT_BEFORE_RE needs (a fast pre-check).
_GROUND_BLAST_WORDS = ("bomb", "mine", "ied", "trap", "suicide", "explosive device")
# "An explosion was heard in X", "residents heard two explosions in X": a blast known by its
# sound only.
_HEARD_AFTER_RE = re.compile(r"s?\s+(?:(?:was|were|could\s+be)\s+)?heard\b", re.IGNORECASE)
_HEARD_BEFORE_RE = re.compile(
    r"\bheard\s+(?:(?:an?|the|two|three|several|loud|large|huge|big|powerful)\s+){0,2}$",
    re.IGNORECASE,
)
# "the explosions heard this evening in X were not an air strike": a blast its own clause says
# was no strike from the air; the air words it names are the strike it was not.
_BLAST_NOT_STRIKE_AFTER_RE = re.compile(
    r"[^.;:!?]{0,100}?\b(?:was|were|is|are)(?:\s+not|n['’]t)\s+(?:caused\s+by\s+)?"
    r"(?:an?\s+|the\s+(?:result\s+of\s+(?:an?\s+)?)?)?"
    r"(?:air\s*strikes?|air\s*raids?|(?:aerial\s+)?bomb(?:ing|ardment)s?|raids?)\b",
    re.IGNORECASE,
)
# A sentence led by ground forces ("Army units hit gatherings of ...", "Troops targeted ...")
# tells of their fire; the air words of the sentences before do not make it a strike.
# "In Daraa, army units destroyed ...": a short opening phrase may come before them, and so
# may a translation's "For their part," ("For their part, the rebels launched a counterattack").
_GROUND_SUBJECT_RE = re.compile(
    # A line's label may come first: "Aleppo: The Free Syrian Army destroyed a tank".
    rf"[\W_]*(?:[A-Z][\w'’ -]{{0,30}}:\s+)?"
    r"(?:(?:in|on|at|near|meanwhile|elsewhere|later|earlier"
    r"|for\s+(?:their|its|his|her|our)\s+part)\b[^,.;:]{0,40},\s+)?"
    # "The source added that army units killed ...": reported speech opening the sentence,
    # "that" or not ("The state news agency said army units destroyed ...").
    r"(?:(?:[\w'’-]+\s+){1,6}?(?:said|says|added|noted|stated|affirmed|announced"
    r"|told\s+[\w'’-]+)\s+(?:that\s+)?)?"
    # "In X, the source added, army units targeted ...": the voice set off by commas
    # between the opening phrase and the ground forces.
    r"(?:(?:the|a|an|our|its|one)\s+(?:[\w'’-]+\s+){0,2}?(?:said|says|added|adds|noted"
    r"|stated|explained|went\s+on),\s+)?"
    rf"(?:(?:the|a|an|some|several|other|\d+)\s+)?(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{alternation(_TRIGGERS['ground_subjects'])}\b"
    # "The rebels' positions in X were also struck": the side owns what was hit.
    rf"(?!['’]s?\s+(?:[\w-]+\s+)?(?:{alternation(_TRIGGERS['owned_sites'])})\b)"
    # "Daesh blew up the prison and later destroyed the temple": a group with no aircraft
    # doing a deed of the ground (not "ISIS positions were hit", which names no deed).
    rf"|{alternation(_TRIGGERS['deed_subjects'])}(?=\s+(?:(?:had|has|have)\s+)?"
    rf"(?:also\s+|later\s+)?{alternation(_TRIGGERS['deed_verbs'])}\b))",
    re.IGNORECASE,
)
# "denied striking", "did not target", "plans to strike", "could hit": no strike happened.
# "has rarely been reported to strike in X": what a side seldom does, no strike of a day.
_UNREAL_BEFORE_RE = re.compile(
    # "neither Russian nor Syrian jets had bombed X": a denial of both sides.
    # "Warplanes that have not been identified yet targeted X": whose aircraft is unknown,
    # the strike is told.
    # "carried out no less than 20 airstrikes on X": "no" or "not" before a count's "less
    # than" (fewer, more) counts the strikes, no denial.
    r"(?:\b(?:denied|deny|denies|denying|rejected|rejects|no(?!\s+(?:less|fewer|more)\s+than\b)"
    # "aircraft it did not identify also hit X": whose aircraft the voice could not tell, the
    # strike is told.
    r"|not(?!\s+(?:yet\s+)?(?:been\s+)?identified\b|\s+(?:less|fewer|more)\s+than\b"
    r"|\s+(?:identify|name|determine)(?:\s+(?:also|then|later|again))?\s+$)"
    r"|neither|nor|never|rarely|seldom"
    r"|without|will|would"
    r"|could|might|should"
    # "the contingent in X can still strike whenever the truce is broken": what a side is
    # able to do, as what it could do, tells no strike. What a film lets one see or hear ("jets
    # can be seen bombing X") is a strike told.
    r"|can(?!\s+(?:(?:clearly|still|also|then)\s+)?(?:be\s+)?(?:seen|heard|see|hear|watch"
    r"|spotted|spot|make\s+out)\b)|cannot|can['’]t"
    r"|shall|won['’]t|(?:plans?|planning|planned|threaten\w*|vow\w*|intends?|intending|ready"
    # "MPs voted to join the bombing of X", "debating whether to bomb X": a strike to come.
    r"|vot(?:e|es|ed|ing)|whether"
    # "preparing the car bombs to attack the positions around X": what was being made ready
    # for, its object of up to three words between.
    r"|prepar\w+(?:\s+(?:the|their|its|his|her|a|an)(?:\s+[\w'’-]+){1,2})?"
    r"|expected|set|aims?|want\w*|refus\w+|asked|urged|called)\s+to)"
    # "will likely intensify its strikes": up to three words between, one of them maybe
    # quoted ('would strike "terrorist" targets').
    r"(?:\s+[\"“‘']?[\w'’-]+[\"”’']?){0,3}"
    # "will continue to focus its strikes": what a side will go on doing; a quote may open
    # on its verb ('would "continue to strike ..."').
    r"|\b(?:will|would)\s+[\"“‘']?(?:continue|keep|go\s+on)(?:\s+[\w'’-]+){0,4}"
    # "a deal that would bring a nationwide truce and joint strikes": what a deal or plan
    # would bring, a list of things to come before the strike word. "which people fear will
    # make the area a target": what a place would become, no strike yet.
    r"|\b(?:will|would|could|might)\s+(?:bring|include|involve|allow|mean|lead\s+to|make|turn)"
    r"(?:\s+[\w'’-]+){0,5}"
    # "had no evidence of any Russian strike near X", "saw no sign of Russian air raids on
    # X": the strikes are denied, up to three words between.
    r"|\bno\s+(?:evidence|sign|signs|proof|record|indication)\s+(?:of|that)(?:\s+[\w'’-]+){0,3}"
    # "nobody is bombing X from the air": a strike denied, its word right after the subject
    # ("nobody knows why jets struck X" tells the strike).
    r"|\bnobody(?:\s+(?:is|was|were|has|had|have)(?:\s+been)?)?"
    # "a squadron given the task of bombing X": a duty, no strike of a day.
    r"|\b(?:(?:given|assigned|handed)\s+the\s+(?:task|job|mission)\s+of|tasked\s+with)"
    # "no Russian aircraft carried out strikes in X": a denial naming the aircraft first;
    # "neither Russian nor Syrian aircraft had carried out strikes in X" denies both, and so
    # does "... carried out any strikes on X".
    rf"|\b(?:no|nor)\s+(?:[\w'’-]+\s+){{0,2}}?{alternation(_TRIGGERS['aircraft_subjects'])}"
    r"\s+(?:(?:had|have|has)\s+)?(?:carried\s+out|conducted|made|flown|flew|launched)"
    r"(?:\s+any)?"
    # "We call on the world to stop the bombing of X": a bombing to be ended, none told; so
    # is a demand's "An immediate end to the bombing of X" ("a halt to all air strikes").
    r"|\b(?:stop|end|halt)(?:\s+to)?\s+(?:the|all|this)(?:\s+[\w'’-]+)?"
    # "died of wounds sustained in an earlier bombardment": a strike before the report's own.
    r"|\b(?:succumbed\s+to|died\s+(?:of|from))\s+(?:(?:his|her|their)\s+)?(?:wounds|injuries)"
    r"\s+(?:(?:he|she|they)\s+)?(?:sustained|suffered|received)\s+(?:in|during)\s+(?:an?|the)"
    r"\s+(?:earlier|previous|older|past)"
    # "to press a plan for joint U.S.-Russian strikes against Nusra Front around X", "a
    # proposal for joint air strikes": strikes a plan or a proposal would bring, none told.
    r"|\b(?:plans?|proposals?|offers?)\s+for(?:\s+[\w.'’-]+){0,3}"
    # "We expect strikes on X to resume": strikes foreseen, none told.
    r"|\b(?:expect|expects|anticipate|anticipates|predict|predicts|foresee|foresees)"
    r"(?:\s+[\w'’-]+){0,2}"
    # "fighters there had been preparing an attack on army positions near X": an attack
    # readied, not made.
    r"|\b(?:prepar(?:e|es|ed|ing)|plann(?:ed|ing)|mass(?:ed|ing))\s+(?:for\s+)?"
    r"(?:an?|their|its|a\s+new|new)(?:\s+[\w'’-]+){0,2}"
    # "violations in X and Y, all of them shelling, not one an air strike", ", none of them
    # air raids": what none of the things told was, no strike.
    r"|,\s+(?:not\s+(?:one|a\s+single)|none)(?:\s+of\s+(?:them|these|those))?"
    r"(?:\s+(?:was|were|is|are))?(?:\s+an?)?(?:\s+air)?)\s+$",
    re.IGNORECASE,
)
# "aircraft whose identity our correspondents could not establish struck X": the modal has
# its own verb, and the strike word after it, in the past, is the sentence's main verb.
_MODAL_OWN_VERB_BEFORE_RE = re.compile(
    r"\b(?:could|might|would|will|shall|can|cannot)\s+(?:not\s+)?"
    # Its own verb, not "not" or an adverb before the strike word ("could not hit X").
    r"(?!(?:have|has|had|be|been|being|not|never|soon|also|still|yet|even|only|just|ever)\b)"
    r"[a-z]+\s+$",
    re.IGNORECASE,
)
# "missiles from aircraft we could not identify hit a bakery in X": "hit" is its past too.
_PAST_STRIKE_RE = re.compile(r"struck|hit|[a-z]+ed", re.IGNORECASE)
# "warplanes that we could not identify fired missiles at X": the same, the strike word a
# weapon after the main verb in the past.
_MODAL_OWN_VERB_THEN_PAST_BEFORE_RE = re.compile(
    r"\b(?:could|might|would|will|shall|can|cannot)\s+(?:not\s+)?"
    r"(?!(?:have|has|had|be|been|being)\b)[a-z]+\s+(?:struck|[a-z]+ed)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A denial reaches the strike words after it, up to a new statement: "denied striking A
# and said its aircraft had hit positions near B" denies A, not B. A headline denies in the
# present tense ("Ministry rejects reports of strike on X").
_DENIAL_BEFORE_RE = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|rejecting|dismissed|dismisses|dismissing)\b"
    # "dismissed reports by activists that jets had hit X": the reported strike stays a claim.
    r"(?:(?!\b(?:said|says|saying|added|adding|stated|insisted|claimed|claiming"
    r"|(?:reports?|allegations?)\s+(?:by|from|on|in|of))\b)[^.;:]){0,70}$",
    re.IGNORECASE,
)
# A denied clause opened by "that" ("denied on Friday that its aircraft had flown over X"), up to
# a comma or a verb of saying: its places, no strike word before them, are denied.
_DENIED_THAT_BEFORE_RE = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects)\b"
    r"(?:(?!\b(?:said|says|saying|added|adding|stated|insisted|claimed|claiming)\b)[^.;:,\n]){0,40}"
    r"\bthat\b(?:(?!\b(?:said|says|saying|but|while|whereas)\b)[^.;:,\n]){0,60}$",
    re.IGNORECASE,
)
# "Its jets did not hit any hospital, the ministry said, dismissing a report by a monitor that
# a hospital in X had been destroyed": the report's claim opens after its "that", out of reach
# of the denial before it; its place is the claim's, governed by the strike word after it.
_REPORT_THAT_BETWEEN_RE = re.compile(
    r"\b(?:reports?|claims?|allegations?)\s+(?:by|from|of)\s+[^.;:]{0,60}?\bthat\b",
    re.IGNORECASE,
)
# "without saying whether aircraft were involved": the sentence itself doubts that the air
# war is what it tells, so its weak strike words take no air from the sentences around it.
# So does a sentence that says outright that none of what it tells came from the air
# ("violations in X and Y, all of them shelling, not one an air strike", ", none of them air
# raids").
_AIR_DOUBT_RE = re.compile(
    r"\bwhether\s+(?:any\s+)?(?:aircraft|air\s*strikes?|air\s+raids?|warplanes|jets|planes"
    r"|helicopters)\s+(?:were|was|had\s+been)\s+(?:involved|used)\b"
    r"|,\s+(?:not\s+(?:one|a\s+single)|none)(?:\s+of\s+(?:them|these|those))?"
    r"(?:\s+(?:was|were|is|are))?(?:\s+an?)?\s+(?:air\s*strikes?|air\s+(?:raids?|attacks?)"
    r"|from\s+the\s+air)\b",
    re.IGNORECASE,
)
# "had previously accused Russian aircraft of using napalm in attacks on the area": strikes
# told as the background of the report, in the same clause, are no strikes of its days.
_BACKGROUND_BEFORE_RE = re.compile(
    r"\b(?:previously|in\s+recent\s+years"
    # "Last year I wrote about the barrel bombs on X", "Two years ago, jets hit X": history.
    # "On the same day last year jets struck X" is an anniversary's day too, dated.
    r"|(?<!since\s)(?<!day\s)last\s+year|(?:(?:a|one|two|three|four|several)\s+years|a\s+year)\s+ago"
    # "A year ago today jets struck X": an anniversary's day, dated, not history.
    r"(?!\s+(?:today|to\s+the\s+day|on\s+this\s+(?:very\s+)?day)\b)"
    # "Two winters ago a barrel bomb hit X": a count of seasons back is history as years are.
    r"|(?:a|one|two|three|four|several)\s+(?:winters?|summers?|springs?|autumns?)\s+ago"
    # "in the past 24 hours", "in the past two days" is a window of the report's own days.
    r"|in\s+the\s+past(?!\s+(?:[\w-]+\s+)?(?:hours?|days?|nights?|weeks?|months?)\b))"
    r"\b,?[^,;:.]*$",
    re.IGNORECASE,
)
# "the deadliest attack since December, when Russian jets struck X": a strike the clause of a
# month tells, with no day of its own, is the report's history.
_MONTH_WHEN_BEFORE_RE = re.compile(
    r"\b(?:in|since|during|until|by)\s+(?:(?:early|late)\s+|mid-)?(?:January|February|March"
    r"|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?,\s+when\b"
    r"[^,;:.\d]*$"
)
_NOT_A_STRIKE_AFTER_RE = re.compile(
    r"^\s+(?:a|an|the)\s+(?:deal|agreement|balance|tone|chord|note|compromise|bargain)\b", re.I
)
# "after the strikes", "following the raids", closing their clause: strikes told before. So
# are the strikes whose results a ground push uses ("the army, using the results of the
# strikes, liberated X"): what the strikes told achieved, not a strike of the clause's places
# ("injured as a result of the airstrikes" is the strike's own toll).
_TOLD_BEFORE_BEFORE_RE = re.compile(
    r"(?:\b(?:after|following)|\b(?:us(?:e|es|ed|ing)|exploit(?:s|ed|ing)?)\s+the\s+"
    r"(?:results|effects|success|fruits)\s+of)\s+the\s+(?:[\w-]+\s+)?$",
    re.I,
)
_TOLD_BEFORE_AFTER_RE = re.compile(r"\s*(?:[,.;:]|and\b|$)")
# "X after the Russian raid.": a post's or a picture's caption, the place alone before "after",
# shows the place the raid left so: it fell there.
_NAME_AFTER_CAPTION_RE = re.compile(
    r"[ \t]*(?:[\"“][ \t]*)?[A-Z][\w'’-]*(?:[ -](?:al|el|ash|as|ad|[A-Z][\w'’-]*)){0,3}"
    r"[ \t]+(?:after|following)[ \t]+the[ \t]+(?:[\w-]+[ \t]+)?"
)
# "Rescuers in X pulled bodies from the rubble after the raids", "Footage from X showed
# buildings in ruins after the strikes": the clause tells what the strikes told before left
# at its place, so they fell there.
_AFTERMATH_RE = re.compile(rf"\b{alternation(_TRIGGERS['aftermath'])}\b", re.IGNORECASE)
# "The raids come as fighting goes on at X", "The strikes coincided with the arrival of
# fighters through X": strikes told before, opening the sentence that sets them beside
# something else; that happening's places are not struck.
_TOLD_BEFORE_OPENING_RE = re.compile(
    r"(?:[\"“]\s*)?(?:the|these|those|today['’]s|\w+day['’]s)\s+(?:[\w-]+\s+)?", re.I
)
# "most of its raids have hit areas held by the opposition in A, B and C", "most of the
# Russian strikes have hit ...", "most Russian strikes have hit ...": what a side's campaign
# has done all along, no strike of a day.
_CAMPAIGN_SHARE_RE = re.compile(
    r"\b(?:most|(?:the\s+)?(?:bulk|majority))\s+of\s+"
    r"(?:its|their|the|(?!\w+day['’])[A-Z][\w-]*['’]s)"
    r"\s+(?:[\w-]+\s+)?(?:(?:air\s*)?strikes|raids|bombing|bombardment|sorties|attacks)"
    r"\s+(?:have|has)\s+(?:(?:been|also|mostly|so\s+far)\s+)*[\w-]+"
    r"|\b[Mm]ost\s+(?:(?!\w+day\b)[A-Z][\w-]*\s+)?(?:air\s*)?(?:strikes|raids|sorties)"
    r"\s+(?:have|has)\s+(?:(?:been|also|so\s+far)\s+)*[\w-]+"
    # "The monitor has recorded since then 27 air strikes on areas in A, B and C": a running
    # tally from a day told before, no strike of a day.
    r"|\b(?:recorded|counted|documented|logged|tallied)\s+since\s+(?:then|that\s+(?:day|date)"
    r"|(?:the\s+)?(?:truce|cease-?fire|cessation)(?:\s+(?:began|started))?)\s+"
    r"(?:(?:more\s+than|over|nearly|almost|about|some|at\s+least)\s+)?\d[\d,]*\s+"
    r"(?:[\w-]+\s+){0,2}?(?:(?:air\s*)?strikes|raids|sorties|attacks)\b"
    # "so far its strikes have fallen in A, B and C", "their raids have so far hit A": what a
    # side's campaign has done up to now, no strike of a day.
    r"|\b(?:so|thus)\s+far\s*,?\s+(?:its|their|the|(?!\w+day['’])[A-Z][\w-]*['’]s)"
    r"\s+(?:[\w-]+\s+)?(?:(?:air\s*)?strikes|raids|bombing|bombardment|sorties|attacks"
    r"|jets|warplanes|aircraft|bombers|planes)"
    r"\s+(?:have|has)\s+(?:(?:been|also|mostly|largely|mainly)\s+)*[\w-]+"
    r"|\b(?:its|their|(?!\w+day['’])[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+)?"
    r"(?:(?:air\s*)?strikes|raids|bombing|bombardment|sorties|attacks"
    r"|jets|warplanes|aircraft|bombers|planes)"
    r"\s+(?:have|has)\s+(?:(?:also|mostly|largely|mainly)\s+)*(?:so|thus)\s+far\s+[\w-]+"
    # "Russia has so far concentrated its strikes on rebels in A, B and C": where a side has
    # aimed its campaign up to now, no strike of a day.
    r"|\b(?:have|has|had)\s+(?:(?:so|thus)\s+far|until\s+now|up\s+to\s+now)\s+(?:\w+ly\s+)?"
    r"(?:concentrated|focused|focussed|directed|aimed|confined|limited)\s+"
    r"(?:(?:most|much|the\s+bulk)\s+of\s+)?(?:its|their)\s+(?:[\w-]+\s+)?"
    r"(?:(?:air\s*)?strikes|raids|bombing|bombardment|sorties|attacks|fire)\b",
    re.IGNORECASE,
)
# "we recorded more than 400 strikes, most of them in X": a monitor's tally of a period, no
# strike of a day, unless its sentence gives the day or the few days tallied ("counted 40
# strikes on Sunday, most of them on X", "between 15 and 19 November").
_TALLY_SHARE_RE = re.compile(
    r"\b(?:recorded|counted|documented|logged|tallied)\s+(?:(?:more\s+than|over|nearly|almost"
    r"|about|some|at\s+least)\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,2}?"
    # "documented 19 attacks in X governorate since September 30, most of them in ...".
    r"(?:(?:air\s*)?strikes|raids|sorties|attacks)\b[^.;:]{0,80}?,\s*"
    r"(?:most|many|the\s+(?:bulk|majority))"
    r"\s+of\s+them\b",
    re.IGNORECASE,
)
#: The longest window a tally may cover and still be told as the strikes of its days; a
#: week's tally ("last week (6-12 February) we recorded 400 strikes, most of them in X") is a
#: digest's period.
_TALLY_DAYS = 5
_FIRST_NUMBER_RE = re.compile(r"\d{1,2}")
# "documented 312 strikes in January", "over the month", "during the reporting period": a
# period written inside a tally with no date cue of its own.
_TALLY_PERIOD_RE = re.compile(
    r"\b(?:in|during|throughout|over|across)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|month|year|quarter|period|weeks|months)\b"
)
_CAMPAIGN_SHARE_WORDS = (
    "most ",
    "bulk of",
    "majority of",
    "so far",
    "thus far",
    "until now",
    " since ",
)
# "Regime air strikes in X rose for a third week", "Russian strikes in X, however, continued
# to fall mostly on ...", "strikes on X are likely to continue": the course of a side's
# strikes, told right after the strike noun and the places it is in or on; no strike of a day.
# "the bombing of X indicates that ...": what the strikes told show.
_CAMPAIGN_COURSE_AFTER_RE = re.compile(
    r"(?:\s+(?:in|on|of|over|across|against|around|near)\s+(?:[\w'’-]+\s+){0,8}?[\w'’-]+)?"
    r"(?:\s*,\s*(?:however|though|meanwhile|again|by\s+contrast|in\s+turn)\s*,)?"
    rf"\s+(?:(?:have|has|had)\s+)?{alternation(_TRIGGERS['campaign_course'])}\b",
    re.IGNORECASE,
)
# "We did not include reports we could not corroborate, such as a reported strike on X": a
# strike named as an example of reports left out, no strike the report tells.
_LEFT_OUT_EXAMPLE_BEFORE_RE = re.compile(
    r"\b(?:not|never|unable\s+to|n['’]t)\s+(?:be\s+)?(?:include|included|corroborate|corroborated"
    r"|verify|verified|confirm|confirmed)\b[^.;]{0,80}?\bsuch\s+as\s+(?:a|an|the)\s+"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "the intensification of air strikes on X and on Y since last Tuesday": a change in the rate
# of strikes over a span, the campaign's course; no strike of a day.
_TREND_NOUN_BEFORE_RE = re.compile(
    # "a troubling uptick in strikes": a participle judging the change may stand before it.
    r"\b(?:an?|the|this|its|their)\s+(?:(?:recent|sharp|marked|dramatic|further|new|latest"
    r"|[a-z]{3,}ing)\s+)?"
    rf"{alternation(_TRIGGERS['trend_nouns'])}\s+(?:in|of)\s+(?:the\s+)?(?:number\s+of\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?$",
    re.IGNORECASE,
)
# "have stepped up attacks on X since the truce collapsed": the rate raised over a span.
_TREND_VERB_BEFORE_RE = re.compile(
    r"\b(?:have|has|had)\s+(?:(?:also|further|sharply|greatly|dramatically)\s+)?"
    rf"{alternation(_TRIGGERS['trend_raise_verbs'])}\s+(?:(?:its|their|the)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_TREND_SPAN_AFTER_RE = re.compile(
    # "over the past two weeks": a counted span as much as "the past few weeks".
    r"[^.;]{0,160}?\b(?:since|(?:in|over|during)\s+(?:recent|the\s+(?:past|last)"
    r"(?:\s+(?:few|several|two|three|four|five|six|\d+))?)\s+(?:days|weeks|months))\b",
    re.IGNORECASE,
)
# "the number of aerial attacks on areas held by armed groups has increased markedly,
# particularly in X and Y": the count of strikes has grown, a trend; no strike of a day.
# "bombed X and Y this morning, the second day of air raids on the city": an apposition
# counting the days of the raids tells their run, no strike of its own on the place it names.
_DAY_OF_RUN_BEFORE_RE = re.compile(
    r",\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|successive\s+)?day\s+of\s+"
    r"(?:(?:heavy|intense|intensive|renewed)\s+)?(?:air\s+)?$",
    re.IGNORECASE,
)
_NUMBER_OF_BEFORE_RE = re.compile(r"\bnumber\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+)?$", re.I)
_NUMBER_TREND_AFTER_RE = re.compile(
    r"[^.;]{0,120}?\b(?:has|have|had)\s+(?:been\s+)?(?:[a-z]+ly\s+)?"
    rf"{alternation(_TRIGGERS['trend_verbs'])}\b",
    re.IGNORECASE,
)
# "The death toll of yesterday's raids on X rose to 8", "the number of dead in the raids on
# X rose": what rose is the count of the strikes' victims, not the strikes; the raids are
# told. "The number of strikes in X has doubled" counts the strikes themselves: a trend.
# "the number of the people who were killed yesterday in the strikes on X has risen": the
# victims named as people, with the day they were killed.
_COUNT_OF_BEFORE_RE = re.compile(
    r"\b(?:toll|(?:number|count)\s+of\s+(?:the\s+)?(?:dead|deaths|victims|casualties|killed"
    r"|(?:people|persons|civilians)(?:\s+who\s+(?:were|have\s+been|had\s+been))?"
    r"\s+(?:killed|wounded|injured)(?:\s+(?:yesterday|today|overnight|on\s+[A-Z][a-z]+day))?))"
    r"\s+(?:of|from|in)\s+(?:(?:the|[\w-]+['’]s)\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
#: How far before the strike noun the count of its victims may open.
_COUNT_OF_CHARS = 80
_TOLD_BEFORE_NOUN_RE = re.compile(
    r"(?:air[- ]?)?(?:strikes|raids|attacks)|bombings?|bombardments?", re.I
)
_COINCIDING_AFTER_RE = re.compile(
    r"\s+(?:also\s+)?(?:come|comes|came|coincided|coincide|coincides|coinciding)\s+"
    # Not "came a day after": the strike told after it dates by the raids (see dates).
    # "The strikes came on the day government forces took X": what happened that day.
    # "The airstrikes came after the army repelled an assault on X": what they followed.
    r"(?:as|with|amid|while|during|after|on\s+the\s+(?:same\s+)?day)\b",
    re.I,
)
# "planes dropped leaflets on X": what was dropped is no weapon.
# "dropped 22 tonnes of humanitarian aid over X": a quantity of it, measured, its count in
# up to three words ("more than 300 tonnes of humanitarian cargo").
_DROPPED_NOT_WEAPON_AFTER_RE = re.compile(
    r"^\s+(?:(?:[\w-]+\s+){0,3}?"
    rf"{alternation(_TRIGGERS['dropped_measures'])}\s+of\s+(?:[\w-]+\s+)?|(?:[\w-]+\s+)?)"
    rf"{alternation(_TRIGGERS['dropped_not_weapons'])}\b",
    re.I,
)
# "residents collect aid dropped over X": the same, named before the verb.
_DROPPED_NOT_WEAPON_BEFORE_RE = re.compile(
    rf"\b{alternation(_TRIGGERS['dropped_not_weapons'])}\s+(?:[\w-]+\s+)?$", re.I
)
# "supplies reach them by air, dropped by Russian cargo planes": what carriers drop is no
# weapon, however far before the verb it is named.
_DROPPED_BY_CARRIERS_RE = re.compile(
    r"^\s+by\s+(?:[\w'’-]+\s+){0,4}?"
    rf"{alternation(_TRIGGERS['supply_aircraft'])}\s+(?:planes?|aircraft|helicopters?|flights?)\b",
    re.I,
)
# "If they strike the station in X, ...": a condition, no strike.
# It opens its sentence or clause: "it was not clear if the strikes were Russian" is no condition.
# "Had we struck the airfields at X in 2013, ...": a condition told by its inverted "had",
# its subject between ("had" with no subject after it, "and had bombed X", tells a strike).
_CONDITION_BEFORE_RE = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:and|but|or)\s+)(?:even\s+)?(?:if|unless|should\s+they)"
    r"\s+(?:[\w'’-]+\s+){0,4}$"
    r"|(?:^|[;:(]\s*)[\"“‘']?had\s+"
    r"(?:we|they|you|i|he|she|it|the\s+[\w'’-]+|(?-i:[A-Z])[\w'’-]+)\s+(?:not\s+)?$",
    re.IGNORECASE,
)
_CONDITION_WORDS = ("if", "unless", "should", "had ")
# "its first sorties would have gone to X": the strike word's own verb a counterfactual.
_COUNTERFACTUAL_AFTER_RE = re.compile(
    r"\s+(?:would|could|might|should)\s+(?:not\s+)?have\s+(?:gone|fallen|landed|hit|struck"
    r"|targeted|bombed|been\s+(?:aimed|directed|sent))\b",
    re.IGNORECASE,
)
# "An earlier version of this article said that the clinic struck ... was in X": words a
# correction withdraws, up to the clause that corrects them.
_WITHDRAWN_BEFORE_RE = re.compile(
    r"\b(?:(?:earlier|previous|original)\s+version\b|(?:incorrectly|wrongly|erroneously"
    r"|mistakenly)\s+(?:said|stated|reported|gave|named|identified))[^;]*$",
    re.IGNORECASE,
)
_WITHDRAWN_WORDS = ("version", "incorrectly", "wrongly", "erroneously", "mistakenly")
# "a hunger strike", "a general strike"; "a rebel counter-attack": the ground's own attack.
_NOT_A_STRIKE_BEFORE_RE = re.compile(
    r"\b(?:hunger|general|labou?r|workers['’]?)\s+$|\bcounter-?$", re.I
)
# "Raqqa, more than 300 km (190 miles) from the areas hit": the places struck named by a
# participle after a distance from them; the place measured is far from the strikes.
_FAR_FROM_STRIKES_BEFORE_RE = re.compile(
    r"\b(?:km|kilomet(?:re|er)s|miles)\)?\s+(?:away\s+)?from\s+the\s+"
    r"(?:areas|places|sites|targets|towns|villages|locations)\s+$",
    re.IGNORECASE,
)
# "took part in a protest against the bombing", "rallied against the air strikes": the strikes
# people protest where they gather, no strike told there.
_PROTEST_BEFORE_RE = re.compile(
    r"\b(?:protest(?:s|ed|ing)?|demonstrat(?:e|es|ed|ing|ions?)|rall(?:y|ies|ied|ying)"
    r"|march(?:es|ed)?|vigils?|sit-ins?)\s+against\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# "a launching pad for attacks on X": the ground's attacks from the place struck.
_LAUNCH_PAD_BEFORE_RE = re.compile(
    r"\b(?:launch(?:ing)?[\s-]*pad|springboard|staging\s+(?:ground|area|post))\s+for\s+$",
    re.IGNORECASE,
)
# "the airport, which the army uses to launch helicopter raids on the province": what a base is
# for, told in the present of a clause about it, is no strike of the day.
_BASE_PURPOSE_BEFORE_RE = re.compile(
    r"\bwhich\s+(?:[\w'’-]+\s+){0,3}?uses?\s+(?:it\s+)?(?:to|for)\s+"
    r"(?:launch(?:ing)?|carry(?:ing)?\s+out|conduct(?:ing)?|stag(?:e|ing)|fly(?:ing)?)\s+"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "the army's next target in X will be the town of Y": a target still to come, no strike.
_TARGET_NOUN_RE = re.compile(r"targets?", re.IGNORECASE)
_FORECAST_BEFORE_RE = re.compile(
    rf"\b{alternation(_TRIGGERS['forecast_before'])}\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE
)
# "X was used to fire rockets on the villages", "X was shelled with \"elephant\" rockets":
# rockets fired from the ground.
_ROCKETS_RE = re.compile(r"rockets?", re.IGNORECASE)
_GROUND_LAUNCH_BEFORE_RE = re.compile(
    rf"\b{alternation(_TRIGGERS['ground_launch_verbs'])}\s+(?:[\"“]?[\w'’-]+[\"”]?\s+){{0,2}}?$",
    re.IGNORECASE,
)
_FORECAST_AFTER_RE = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:will|would|could|might)\s+(?:likely\s+)?be\b", re.IGNORECASE
)
# "Further strikes on X and the crossings would compound the emergency": strikes only
# supposed, the subject of a modal ("could have killed" tells a past strike's toll). One
# strike is supposed as much ("an American strike on a Syrian air base would put us in a
# war").
_SUPPOSED_NOUN_RE = re.compile(
    r"(?:air\s*)?(?:strikes?|raids?|airstrikes?|air-strikes?|bombing|bombardment)",
    re.IGNORECASE,
)
_SUPPOSED_AFTER_RE = re.compile(
    r"\s+(?:on|in|against|of)\s+[^.;:,]{1,80}?\s(?:would|could|might)\s+(?!have\b|not\b)[a-z]+",
)
# "the attacks on X are covered in a separate report": strikes another document tells.
_TOLD_ELSEWHERE_WORDS = ("separate", "forthcoming", "dedicated", "companion", "later", "next")
_TOLD_ELSEWHERE_NOUN_RE = re.compile(
    r"(?:air\s*)?(?:strikes?|raids?|airstrikes?|air-strikes?|attacks?|bombing|bombardment)",
    re.IGNORECASE,
)
_TOLD_ELSEWHERE_AFTER_RE = re.compile(
    r"\s+(?:on|in|against|of)\s+[^.;:,]{1,80}?\s(?:are|is|were|was|will\s+be)\s+"
    rf"(?:{alternation(_TRIGGERS['told_elsewhere_verbs'])})\s+in\s+(?:a|an|the|our|its)\s+"
    rf"(?:{'|'.join(_TOLD_ELSEWHERE_WORDS)})\s+"
    rf"(?:{alternation(_TRIGGERS['told_elsewhere_documents'])})\b",
    re.IGNORECASE,
)
# "a three-week pause in the bombing of X", "a halt to air strikes on X": no strike.
_PAUSE_BEFORE_RE = re.compile(
    r"(?:\b(?:pause|halt|lull|suspension|cessation|moratorium|freeze)\s+(?:in|of|to|on)\s+"
    r"(?:the\s+|all\s+)?"
    # "had halted strikes on X", "stopped its bombing of X": the strikes ended.
    r"|\b(?:halted|halting|stopped|stopping|suspended|suspending|paused|pausing|ceased"
    r"|ceasing)\s+(?:all\s+|its\s+|their\s+|the\s+)?)"
    # "a pause in Russian and Syrian air strikes on X": two sides' strikes paused.
    r"(?:[\w-]+\s+and\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_SHELLING_RE = re.compile(r"shell", re.IGNORECASE)
# "Y was shelled by artillery", "Y had also been shelled": a place the subject of a passive
# shelling verb right after it.
_SHELLED_AFTER_RE = re.compile(
    r",?\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:also\s+|again\s+|heavily\s+)?shelled\b"
)
# "after weeks of bombing had made the road deadly", "months of Russian air strikes on X":
# strikes told as a span of weeks or more, no strike of a day. "have fled towards X since the
# start of the attacks": the strikes only open the span the sentence tells.
# "A year of coalition raids on X": the span written in the singular.
_SPAN_BEFORE_RE = re.compile(
    r"(?:\b(?:weeks|months|years|(?:a|one)\s+(?:(?:full|whole)\s+)?(?:year|month|fortnight))"
    r"|\bsince\s+the\s+(?:start|beginning|launch|outset|onset))"
    r"\s+of\s+(?:the\s+)?(?:(?:heavy|intense|relentless|constant|daily|nightly"
    r"|Russian|Syrian|Turkish|regime|government|coalition|aerial|air)\s+){0,2}$",
    re.IGNORECASE,
)
# "the villages that jets have bombed for weeks", "shelled X for months": a span of weeks or
# more after the verb, no strike of a day.
_SPAN_AFTER_RE = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+for\s+(?:the\s+(?:past|last)\s+)?"
    r"(?:(?:several|many|some|two|three|four|five|six)\s+)?(?:weeks|months|years)\b",
    re.IGNORECASE,
)
# "has struck Islamic State from the air since September 2014, most heavily round X": strikes
# told in the perfect as a span that opened on a date of a named year, no strike of a day
# ("bombed X for the first time since 2014" is one strike, and no perfect).
_PERFECT_BEFORE_RE = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:been|repeatedly|regularly|also|continually|constantly)\s+)?$",
    re.IGNORECASE,
)
_SINCE_DATE_AFTER_RE = re.compile(
    r"(?:\s+(?!(?:first|time|heaviest|worst|deadliest|biggest|largest|fiercest)\b)[\w'’-]+)"
    r"{0,6}?\s+since\s+(?:(?:early|late|mid-?|the\s+(?:start|end|beginning"
    r"|spring|summer|autumn|fall|winter)\s+of)\s+)?(?:\d{1,2}\s+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b"
)
# "The government is using the strikes to attack in X", "used air power to push towards X":
# the strikes are the means and the places the objectives of a ground push.
_MEANS_BEFORE_RE = re.compile(
    r"\bus(?:e|es|ed|ing)\s+(?:(?:the|its|their|his|Russian|Syrian|regime|government"
    r"|coalition|heavy|intense|air)\s+){0,3}$",
    re.IGNORECASE,
)
_GROUND_PURPOSE_AFTER_RE = re.compile(
    r"\s+(?:as\s+cover\s+)?to\s+(?:(?:advance|push|attack|move|press)\s+(?:in|into|on|towards?"
    r"|north|south|east|west|through|across|deeper)\b|(?:retake|recapture|capture|take|seize"
    r"|storm|besiege|encircle|surround)\b)",
    re.IGNORECASE,
)
_MEANS_PURPOSE_BEFORE_RE = re.compile(
    r"\bus(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,3}?(?:strikes|air\s*strikes|raids|air\s+power"
    r"|air\s+cover|air\s+support|bombing|bombardment)\s+(?:as\s+cover\s+)?to\s+$",
    re.IGNORECASE,
)
# "moved its offices to X, fearing air strikes": strikes feared, none yet.
_FEAR_BEFORE_RE = re.compile(
    rf"\b{alternation(_TRIGGERS['fear_before'])}"
    r"(?:\s+(?!(?:when|as|after|while|that|because|since|before|until)\b)[\w'’-]+){0,2}\s+$",
    re.IGNORECASE,
)
# "Afrin, where the harvest is untouched by strikes": strikes a place escaped, none there.
_ESCAPED_BEFORE_RE = re.compile(
    rf"\b{alternation(_TRIGGERS['escaped_before'])}"
    r"(?:\s+(?!(?:and|but|when|as|after|while|until|before)\b)[\w'’-]+){0,2}\s+$",
    re.IGNORECASE,
)
# "repelled a large-scale attack on X", "foiled an attack": an attack turned back is the
# ground's.
_ATTACK_RE = re.compile(r"attack", re.IGNORECASE)
_REPELLED_BEFORE_RE = re.compile(
    rf"\b{alternation(_TRIGGERS['repelled_verbs'])}\s+(?:(?:a|an|the|their|its)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|been|being|be|is|are)(?:\s+\w+ly)?\s+$", re.I)


# "Each dot on Map 1 marks a strike": a map's symbol the report defines as a strike.
_MARKER_DEFINITION_RE = re.compile(
    rf"\b[Ee]ach\s+(?P<marker>{'|'.join(_TRIGGERS['map_markers'])})\s+"
    r"(?:[\w-]+\s+){0,4}?(?:marks|represents|shows|stands\s+for|is)\s+(?:a|an|one)\s+"
    r"(?:(?:air|reported|single)\s*)?(?:air\s*)?(?:strike|raid)\b"
)


def _marker_spans(text: str) -> list[_Span]:
    """Return the symbols a map summary defines as strikes, wherever they are written.

    "Each dot on Map 1 marks a strike ... Three dots appear around X": the dots are
    strikes. Empty when the report defines none.
    """
    defined = None
    # "Each" is rare in a report; finding its letters first spares a scan of every position.
    at = text.find("ach ", 1)
    while defined is None and at >= 0:
        defined = _MARKER_DEFINITION_RE.match(text, at - 1)
        at = text.find("ach ", at + 4)
    if defined is None:
        return []
    word = re.compile(rf"\b{defined['marker']}s?\b", re.IGNORECASE)
    return [_Span(m.start(), m.end(), "strong") for m in word.finditer(text)]


def _trigger_spans(text: str) -> _SpanList:
    """Find strike trigger words (labelled "strong" or "weak") in one scan."""
    markers = _marker_spans(text)
    if markers:
        found = _base_trigger_spans(text).spans + markers
        found.sort(key=lambda sp: sp.start)
        return _SpanList(found, [sp.start for sp in found])
    return _base_trigger_spans(text)


def _base_trigger_spans(text: str) -> _SpanList:
    lower = text.lower()
    if len(lower) != len(text):
        # Lowercasing changed offsets (a rare letter such as "İ"): scan the text itself.
        return _spans(_TRIGGER_RE, text)
    spans = []
    for m in _TRIGGER_SCAN_RE.finditer(lower):
        start = m.start()
        if start and (lower[start - 1].isalnum() or lower[start - 1] == "_"):
            continue
        word = m.group()
        label = "strong" if word.startswith(_STRONG_OPENINGS) else "weak"
        spans.append(_Span(start, m.end(), label))
    return _SpanList(spans, [sp.start for sp in spans])


def _is_support(text: str, pos: int) -> bool:
    return _support_window(text[max(0, pos - 80) : pos])


@functools.lru_cache(maxsize=4096)
def _support_window(before: str) -> bool:
    """Say whether ``before`` ends in a support phrase ("backed by Russian").

    "in conjunction with raids by warplanes on X": strikes right after "in
    conjunction with" happen at the same time as the rest; they support no one.
    """
    if before.endswith("with ") and _AT_THE_SAME_TIME_RE.search(before):
        return False
    if "and " in before[-20:] and _AND_VERB_GAP_RE.search(before):
        # "avoided areas covered by the truce and had struck X": a verb of its own.
        return False
    return _SUPPORT_BEFORE_RE.search(before) is not None


# "backed by Russian airstrikes on X and Y": the supporting strikes name where they fell.
# "preceded by 20 airstrikes by the air force (SyAAF) on the militants' positions in X":
# who flew them may come between, and the positions or targets they hit in the place.
_STRIKES_ON_AFTER_RE = re.compile(
    r"(?:\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}[\w'’-]+(?:\s+\([\w-]+\))?)?"
    r"\s+(?:on|against)\s+(?:the\s+)?"
    r"(?:(?:[\w'’-]+\s+){0,2}(?:positions|targets|sites|strongholds|hideouts|gatherings)"
    r"\s+(?:in|at)\s+(?:the\s+)?)?"
    r"(?:(?:towns?|villages?|city|areas?)\s+of\s+)?"
)


def _support_names_place(ctx: _DocContext, t: _Span) -> bool:
    """Say whether a supporting strike word is followed by "on" and a place it struck."""
    m = _STRIKES_ON_AFTER_RE.match(ctx.text, t.end)
    if m is None:
        return False
    i = bisect_left(ctx.mention_starts, m.end())
    return i < len(ctx.mention_starts) and ctx.mention_starts[i] == m.end()


# What may stand before a strike word that opens its clause as the subject: the sentence's
# opening (a quote mark allowed), or a "that" of reported speech.
_GERUND_SUBJECT_BEFORE_RE = re.compile(
    r"(?:[^\n]*?\bthat[ \t]+|[^\n]*?[.!?][\"”’']?[ \t]+|)[ \t]*[\"“‘']?"
)
# The clause's verb, a judgement in the present or the future: "... in X is a war crime",
# "... cannot be justified", "... will not bring peace".
_JUDGED_AFTER_RE = re.compile(
    r"[^.,;:!?\"”\n]{0,60}?[ \t](?:(?:is|are)[ \t]+(?:not[ \t]+)?(?:a|an|our|their|its|no"
    r"|never|illegal|unlawful|unacceptable|legitimate|justified|wrong|criminal)\b"
    r"|will|would|cannot|can['’]t|must|should|won['’]t|does[ \t]+not|doesn['’]t|do[ \t]+not"
    r"|amounts?[ \t]+to|constitutes?)\b"
)
_AT_THE_SAME_TIME_RE = re.compile(r"\bin\s+conjunction\s+with\s+$", re.IGNORECASE)
_AND_VERB_GAP_RE = re.compile(r"\band\s+(?:(?:had|has|have|then|also)\s+)?$")


def _tells_days(cues: list[DateCue], text: str, start: int, end: int) -> bool:
    """Say whether a tally's dates give a day, or a window of a few days, not a period.

    "on Sunday", "on 4 December", "yesterday", "between 15 and 19 November" and "over the
    past 24 hours" do; "in January", "since September 30", "6-12 February" (a week) and "in
    recent weeks" do not. A date inside the tally (``start`` to ``end`` of ``text``) decides,
    and so does a period written there ("in January"), so that the day a speaker told a
    month's tally ("said on Monday it documented 312 strikes in January, most of them in X")
    stays the telling's; else any day of the sentence does ("On Sunday rescuers counted 60
    strikes, most of them on X").
    """
    inside = [c for c in cues if start <= c.start < end]
    if inside:
        return any(_is_day_cue(c) for c in inside)
    if _TALLY_PERIOD_RE.search(text, start, end):
        return False
    return any(_is_day_cue(c) for c in cues)


def _is_day_cue(cue: DateCue) -> bool:
    """Say whether a date cue names a day, or a window of at most a few days."""
    if cue.bound is not None:
        return False
    if cue.rule == "pastwin":
        span = window_span_days(cue)
        return span is not None and span <= _TALLY_DAYS
    if cue.window:
        first = _FIRST_NUMBER_RE.search(cue.text)
        return (
            cue.day is not None
            and first is not None
            and 0 <= cue.day - int(first.group()) <= _TALLY_DAYS
        )
    return cue.day is not None or cue.weekday is not None or cue.rule in _DAY_RULES


#: Relative dates that name one day.
_DAY_RULES = frozenset({"yesterday", "today", "daybefore"})


def _valid_triggers(ctx: _DocContext, index: int, s: int, e: int) -> list[_Span]:
    cached = ctx.trigger_cache.get(index)
    if cached is None:
        cached = ctx.trigger_cache[index] = _find_valid_triggers(ctx, index, s, e)
    return cached


def _find_valid_triggers(ctx: _DocContext, index: int, s: int, e: int) -> list[_Span]:
    text = ctx.text
    found = _in_range(ctx.triggers, s, e)
    valid = []
    shares = (
        [(m.start(), m.end()) for m in _CAMPAIGN_SHARE_RE.finditer(text, s, e)]
        if any(ctx.lower.find(w, s, e) >= 0 for w in _CAMPAIGN_SHARE_WORDS)
        else []
    )
    if ctx.lower.find(" of them", s, e) >= 0:
        for m in _TALLY_SHARE_RE.finditer(text, s, e):
            if not _tells_days(_sentence_cues(ctx, index), text, m.start(), m.end()):
                shares.append((m.start(), m.end()))
    # Patterns read from the sentence's opening run only where their words are in it.
    sentence = ctx.lower[s:e]
    conditional = any(w in sentence for w in _CONDITION_WORDS)
    withdrawn = any(w in sentence for w in _WITHDRAWN_WORDS)
    air_doubt: bool | None = None
    own_account = any(w in sentence for w in _OWN_ACCOUNT_WORDS)
    elsewhere = any(w in sentence for w in _TOLD_ELSEWHERE_WORDS)
    for t in found:
        if shares and any(a <= t.start < b for a, b in shares):
            continue
        before = text[max(s, t.start - 60) : t.start]
        if _is_support(text, t.start) and not _support_names_place(ctx, t):
            continue
        if own_account and _OWN_ACCOUNT_BEFORE_RE.search(before):
            continue
        agent_before = before
        agent = _GROUND_AGENT_BEFORE_RE.search(before)
        if agent is None and ", " in before and " by " in before:
            # "Regime forces, backed by Russian air power and Iranian advisers, are attacking
            # X": a long aside of support may push the forces out of the usual reach.
            agent_before = text[max(s, t.start - _SUPPORT_ASIDE_REACH) : t.start]
            agent = _GROUND_AGENT_BEFORE_RE.search(agent_before)
        if (
            agent is not None
            # "are attacking X" is the forces' own deed, as "attacked X" is; only a participle
            # in "-ed" after the verb of being is passive.
            and not (
                not text.endswith("ing", t.start, t.end) and _PASSIVE_BEFORE_RE.search(agent_before)
            )
            and not _speaker_of_air_strike(agent_before, agent.start())
            and not _OBJECT_BEFORE_RE.search(agent_before, 0, agent.start())
            and not _AIR_PARTNER_BEFORE_RE.search(agent_before, 0, agent.start())
        ):
            continue
        if (
            (
                _UNREAL_BEFORE_RE.search(before)
                and not (
                    _PAST_STRIKE_RE.fullmatch(text, t.start, t.end)
                    and _MODAL_OWN_VERB_BEFORE_RE.search(before)
                )
                and not _MODAL_OWN_VERB_THEN_PAST_BEFORE_RE.search(before)
            )
            or _NOT_A_STRIKE_BEFORE_RE.search(before)
            or _LAUNCH_PAD_BEFORE_RE.search(before)
            or (" from the " in before and _FAR_FROM_STRIKES_BEFORE_RE.search(before))
            or (" against " in before and _PROTEST_BEFORE_RE.search(before))
            or _BASE_PURPOSE_BEFORE_RE.search(before)
            or _PAUSE_BEFORE_RE.search(before)
            or (" of " in before[-45:] and _SPAN_BEFORE_RE.search(before))
            or _FEAR_BEFORE_RE.search(before)
            or _ESCAPED_BEFORE_RE.search(before)
            or (conditional and _CONDITION_BEFORE_RE.search(text[s : t.start]))
            or (" have " in sentence and _COUNTERFACTUAL_AFTER_RE.match(text, t.end, e))
            or (withdrawn and _WITHDRAWN_BEFORE_RE.search(text, s, t.start))
        ):
            continue
        if _WEAPON_WORD_RE.fullmatch(text, t.start, t.end) and _WEAPON_OWNER_BEFORE_RE.search(
            text, max(s, t.start - 30), t.start
        ):
            continue
        if _WEAPON_WORD_RE.fullmatch(text, t.start, t.end) and _GROUND_WEAPON_NAMED_RE.search(
            text[max(s, t.start - _GROUND_WEAPON_NAME_CHARS) : t.end]
        ):
            continue
        if _ROCKET_BARRAGE_RE.match(text, t.start, min(e, t.end + 20)) and not _has_air_word(
            text, s, e
        ):
            continue
        if (
            _WEAPON_WORD_RE.fullmatch(text, t.start, t.end)
            and _GROUND_DEED_INSTRUMENT_BEFORE_RE.search(text, max(s, t.start - 160), t.start)
            and not _has_air_word(text, s, t.start)
        ):
            continue
        if _DENIAL_BEFORE_RE.search(text, max(s, t.start - 80), t.start):
            continue
        if (
            text.endswith("ing", t.start, t.end)
            and _GERUND_SUBJECT_BEFORE_RE.fullmatch(text, max(s, t.start - 60), t.start)
            and _JUDGED_AFTER_RE.match(text, t.end, e)
        ):
            # "Targeting civilians in X will not bring peace": a strike word opening its
            # clause as its subject, judged in the present or future, tells no strike.
            continue
        if text.startswith(("shelling", "Shelling"), t.start) and _GROUND_SHELLING_BEFORE_RE.search(
            text, max(s, t.start - 25), t.start
        ):
            continue
        if text.startswith(("bomb", "Bomb"), t.start) and _GROUND_BOMB_BEFORE_RE.search(
            text, max(s, t.start - 25), t.start
        ):
            # "after a suicide bombing at an army post": a bomb brought by road or on foot.
            continue
        if text.startswith(_BLAST_WORDS, t.start) and (
            _GROUND_BLAST_BEFORE_RE.search(text, max(s, t.start - 40), t.start)
            or _GROUND_BLAST_AFTER_RE.match(text, t.end, min(e, t.end + 50))
        ):
            continue
        if text.startswith(_BLAST_WORDS, t.start) and _BLAST_NOT_STRIKE_AFTER_RE.match(
            text, t.end, e
        ):
            continue
        if (
            text.startswith(_BLAST_WORDS, t.start)
            and (
                _HEARD_AFTER_RE.match(text, t.end, min(e, t.end + 30))
                or _HEARD_BEFORE_RE.search(text, max(s, t.start - 40), t.start)
            )
            and not _has_air_word(text, s, e)
        ):
            # "A large explosion heard in X": a sound, whose cause the sentence does not give.
            continue
        if _BACKGROUND_BEFORE_RE.search(text, max(s, t.start - 80), t.start):
            continue
        if _MONTH_WHEN_BEFORE_RE.search(text, max(s, t.start - 100), t.start):
            continue
        if _NOT_A_STRIKE_AFTER_RE.search(text[t.end : min(e, t.end + 30)]):
            continue
        if _SPAN_AFTER_RE.match(text, t.end, min(e, t.end + 80)):
            continue
        if _MEANS_BEFORE_RE.search(
            text, max(s, t.start - 40), t.start
        ) and _GROUND_PURPOSE_AFTER_RE.match(text, t.end, min(e, t.end + 50)):
            continue
        if _MEANS_PURPOSE_BEFORE_RE.search(text, max(s, t.start - 70), t.start):
            # The verb after the means ("... strikes to attack in X") is the ground push's.
            continue
        if _PERFECT_BEFORE_RE.search(
            text, max(s, t.start - 30), t.start
        ) and _SINCE_DATE_AFTER_RE.match(text, t.end, min(e, t.end + 80)):
            continue
        if (
            _TOLD_BEFORE_NOUN_RE.fullmatch(text, t.start, t.end)
            and _COINCIDING_AFTER_RE.match(text, t.end, e)
            and _TOLD_BEFORE_OPENING_RE.fullmatch(text, s, t.start)
        ):
            continue
        if " such as " in sentence and _LEFT_OUT_EXAMPLE_BEFORE_RE.search(
            text, max(s, t.start - 140), t.start
        ):
            continue
        if _DAY_OF_RUN_BEFORE_RE.search(text, max(s, t.start - 60), t.start):
            continue
        if (
            (_TREND_NOUN_BEFORE_RE.search(before) or _TREND_VERB_BEFORE_RE.search(before))
            and _TREND_SPAN_AFTER_RE.match(text, t.end, e)
        ) or (_NUMBER_OF_BEFORE_RE.search(before) and _NUMBER_TREND_AFTER_RE.match(text, t.end, e)):
            continue
        if (
            _TOLD_BEFORE_NOUN_RE.fullmatch(text, t.start, t.end)
            and _CAMPAIGN_COURSE_AFTER_RE.match(text, t.end, e)
            and not _COUNT_OF_BEFORE_RE.search(text, max(s, t.start - _COUNT_OF_CHARS), t.start)
        ):
            continue
        if (
            _TOLD_BEFORE_BEFORE_RE.search(before)
            and _TOLD_BEFORE_AFTER_RE.match(text, t.end, e)
            and not _AFTERMATH_RE.search(text, s, t.start)
            and not _NAME_AFTER_CAPTION_RE.fullmatch(text, s, t.start)
        ):
            # "troops captured farms near X after the strikes": the strikes told before.
            continue
        if (
            _ROCKETS_RE.fullmatch(text, t.start, t.end)
            and _GROUND_LAUNCH_BEFORE_RE.search(before)
            and not _has_air_word(text, s, t.start)
        ):
            continue
        if _ROCKETS_RE.fullmatch(text, t.start, t.end) and _WITH_GROUND_WEAPON_AND_BEFORE_RE.search(
            before
        ):
            continue
        if (
            _ATTACK_RE.match(text, t.start)
            and _REPELLED_BEFORE_RE.search(before)
            # "forces backed by Russian aircraft repelled an attack on X": the air war's too;
            # not where the aircraft are another clause's ("jets destroyed A, and that the
            # army had repelled an attack near B").
            and not any(
                c0 <= t.start < c1 and _has_air_word(text, c0, t.start)
                for c0, c1 in _sentence_clauses(ctx, s, e)
            )
        ):
            continue
        if _SUPPOSED_NOUN_RE.fullmatch(text, t.start, t.end) and _SUPPOSED_AFTER_RE.match(
            text, t.end, e
        ):
            continue
        if (
            elsewhere
            and _TOLD_ELSEWHERE_NOUN_RE.fullmatch(text, t.start, t.end)
            and _TOLD_ELSEWHERE_AFTER_RE.match(text, t.end, e)
        ):
            continue
        if _TARGET_NOUN_RE.fullmatch(text, t.start, t.end) and (
            _FORECAST_BEFORE_RE.search(before) or _FORECAST_AFTER_RE.match(text, t.end, e)
        ):
            continue
        if text.startswith(("drop", "Drop"), t.start) and (
            _DROPPED_NOT_WEAPON_AFTER_RE.search(text[t.end : min(e, t.end + 40)])
            or _DROPPED_NOT_WEAPON_BEFORE_RE.search(text, max(s, t.start - 40), t.start)
            or _DROPPED_BY_CARRIERS_RE.match(text[t.end : min(e, t.end + 60)])
        ):
            continue
        if _CASUALTY_RE.match(text, t.start, t.end):
            agent = _AIRCRAFT_SUBJECT_BEFORE_RE.search(text, max(s, t.start - 80), t.start)
            # A toll whose clause "also" goes on to aircraft striking elsewhere tells a strike.
            told = _ALSO_STRUCK_AFTER_RE.search(text, t.end, e) if agent is None else None
            also = told is not None and not _GROUND_FIRE_RE.search(text, t.end, told.start())
            if not also and (
                agent is None
                or agent["agent"].lower().startswith("shell")
                # "a car bomb killed 12": a bomb of the ground.
                or _GROUND_BOMB_BEFORE_RE.search(text, max(s, agent.start() - 25), agent.start())
            ):
                continue
        if _FALL_RE.match(text, t.start, t.end) and not _FALL_SUBJECT_BEFORE_RE.search(
            text, max(s, t.start - 50), t.start
        ):
            continue
        if (
            t.label == "weak"
            and not _has_air_context(ctx, index)
            and not (
                _STRIKE_NOUN_RE.fullmatch(text, t.start, t.end)
                and _air_report(ctx)
                and not _BY_GROUND_FIRE_RE.search(text, s, e)
            )
            and not _strikes_counted_next(ctx, index, s, e)
        ):
            continue
        if t.label == "weak" and _ground_led(ctx, index, s, e):
            continue
        if t.label == "weak" and _ground_clause_before_air(ctx, s, e, t.start):
            continue
        if (
            t.label == "weak"
            and _WITH_GROUND_FIRE_AFTER_RE.match(
                text, t.end, min(e, t.end + _WITH_GROUND_FIRE_REACH)
            )
            and not _flown_subject(text, s, t.start)
        ):
            # "pounded X with artillery and tank fire": the weapons say the ground fired.
            continue
        if t.label == "weak" and _BY_GROUND_WEAPON_AFTER_RE.match(text, t.end, min(e, t.end + 40)):
            # "X, hit by artillery from army positions": the ground's fire.
            continue
        if (
            t.label == "weak"
            and text.startswith(("target", "Target"), t.start)
            and _TARGET_OF_GROUND_FIRE_AFTER_RE.match(text, t.end, min(e, t.end + 60))
        ):
            # "X has been the target of more than 1,200 shells": the ground's fire.
            continue
        if t.label == "weak" and _ground_weapon_subject(text, s, t.start):
            # "rebel mortars hit X": ground fire, whatever air war the report tells.
            continue
        if t.label == "weak" and _owned_weapon_subject(text, s, t.start):
            continue
        if (
            t.label == "weak"
            and text.startswith(("set ", "Set "), t.start)
            and _ARSON_SUBJECT_BEFORE_RE.search(text, max(s, t.start - 40), t.start)
        ):
            # "angry crowds set fire to tents at a camp in X": arson on the ground.
            continue
        if (
            t.label == "weak"
            and _OWNED_DEED_RE.fullmatch(text, t.start, t.end)
            and "'" in text[max(s, t.start - 60) : t.start].replace("’", "'")
            and (owner := _GROUND_FIRER_OWNS_BEFORE_RE.search(text, max(s, t.start - 60), t.start))
            and not _has_air_word(text, owner.start(), t.start)
        ):
            # "The terrorists' attacks came as ... the two towns": the ground side's own.
            continue
        if t.label == "weak" and _ground_blast_subject(text, s, t.start):
            # "In X, a car bomb and two suicide bombers struck a bus station": the ground's.
            continue
        if (
            t.label == "weak"
            and _HIT_PARTICIPLE_RE.fullmatch(text, t.start, t.end)
            and _AIRCRAFT_HIT_BEFORE_RE.search(text, max(s, t.start - 40), t.start)
        ):
            # "a helicopter was hit during the rescue near X": the aircraft was what was hit.
            continue
        if t.label == "weak" and _BY_INSURGENTS_AFTER_RE.match(text, t.end, e):
            # "repelled an attack by ISIS terrorists on X": the attack is the ground's.
            continue
        if (
            t.label == "weak"
            and text.startswith(("attack", "Attack"), t.start)
            and _OF_INSURGENTS_AFTER_RE.match(text, t.end, e)
        ):
            # "the attacks of the X militia on Y with mortar shells": the ground's, as attacks
            # "by" them are.
            continue
        if (
            t.label == "weak"
            and _INSURGENTS_LAUNCHED_BEFORE_RE.search(text, max(s, t.start - 120), t.start)
            and not _has_air_word(text, s, e)
        ):
            # "terrorists of X and groups allied to them launched a massive attack on Y":
            # the ground's attack, told by its own side.
            continue
        if t.label == "weak":
            if air_doubt is None:
                air_doubt = _AIR_DOUBT_RE.search(text, s, e) is not None
            if air_doubt:
                continue
        if _SHELLING_RE.match(text, t.start, t.end) and not any(
            c0 <= t.start < c1
            and _air_word_outside_asides(text, c0, _own_of_phrase_end(text, t, c1))
            for c0, c1 in _sentence_clauses(ctx, s, e)
        ):
            # Shelling is artillery's: an air word must be in its own clause, and not in an
            # aside of it ("the airport, from which helicopters fly, came under shelling").
            continue
        valid.append(t)
    return valid


# "reports of shelling of X from one side and of air strikes on Y from the other": a second
# "of" joined by "and" opens a report of its own, whose aircraft are not the shelling's.
_PARALLEL_OF_RE = re.compile(
    r"\s+and\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:air|jets?|warplanes)\b"
)


def _own_of_phrase_end(text: str, t: _Span, end: int) -> int:
    """Return where a shelling word's phrase ends: at a parallel "and of" report, or ``end``."""
    if " and of " not in text[t.end : end]:
        return end
    m = _PARALLEL_OF_RE.search(text, t.end, end)
    return m.start() if m is not None else end


# "The second strike fell as the rescuers arrived": the strikes of the sentence before, counted.
_COUNTED_STRIKE_OPENING_RE = re.compile(
    r"[\s\"'“‘]*(?:The|A|Its)\s+(?:first|second|third|next|last|other)\s+(?:air\s*)?"
    r"(?:strikes?|raids?)\b",
    re.IGNORECASE,
)


def _strikes_counted_next(ctx: _DocContext, index: int, s: int, e: int) -> bool:
    """Say whether the next sentence counts the strikes of this one, in a report on the air war.

    "The field hospital in X was hit twice. The second strike fell as ...": the hits
    are the strikes the next sentence counts.
    """
    if index + 1 >= len(ctx.sentences) or _BY_GROUND_FIRE_RE.search(ctx.text, s, e):
        return False
    a, _ = ctx.sentences[index + 1]
    if ctx.text.find("\n\n", e, a) >= 0 or _post_index(ctx, a) != _post_index(ctx, s):
        return False
    return _COUNTED_STRIKE_OPENING_RE.match(ctx.text, a) is not None and _air_report(ctx)


def _has_air_context(ctx: _DocContext, index: int) -> bool:
    """Say whether the sentence or one of the two before it speaks of the air."""
    post = _post_index(ctx, ctx.sentences[index][0])
    for j in range(index, max(-1, index - 3), -1):
        s, e = ctx.sentences[j]
        if _post_index(ctx, s) != post:
            break
        known = ctx.air_cache.get(j)
        if known is None:
            known = ctx.air_cache[j] = _has_air_word(ctx.text, s, e)
        if known:
            return True
    # "... the attack on Monday on an aid convoy at X. Washington blamed Russian aircraft": the
    # next sentence lays the attack on aircraft.
    if index + 1 < len(ctx.sentences):
        s, e = ctx.sentences[index + 1]
        if (
            _post_index(ctx, s) == post
            and _BLAMES_RE.search(ctx.text, s, e) is not None
            and _has_air_word(ctx.text, s, e)
        ):
            return True
    if _air_told_later(ctx, index) is not None:
        return True
    return _in_air_power_entry(ctx, index)


# "an aid convoy ... came under attack at X", "a convoy was attacked at X", "the attack on the
# warehouse at X": an attack told on a thing, with no word of the air.
_ATTACKED_THING = alternation(_TRIGGERS["attacked_things"])
_ATTACK_ON_THING_RE = re.compile(
    rf"\b(?:{_ATTACKED_THING})\b(?:\s+[^\s.;:]+){{0,12}}?\s+"
    r"(?:came|comes|coming|has\s+come|had\s+come)\s+under\s+attack\b"
    rf"|\b(?:{_ATTACKED_THING})\b(?:\s+[^\s.;:]+){{0,8}}?\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+attacked\b"
    r"|\battack\s+on\s+(?:the|an?|its|our|their)\s+(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{_ATTACKED_THING})\b",
    re.IGNORECASE,
)
_THING_RE = re.compile(rf"\b(?:{_ATTACKED_THING})\b", re.IGNORECASE)
_RAIDS_RE = re.compile(r"\braids?\b", re.IGNORECASE)
# How many sentences on a report may go before it tells the attack's air.
_ATTACK_TOLD_LATER_SENTENCES = 20


def _air_told_later(ctx: _DocContext, index: int) -> int | None:
    """Return the first later sentence giving the attack this sentence tells on a thing to the air.

    "An aid convoy came under attack yesterday evening at X." ... "Was the convoy struck from
    the air?": the thing attacked, named again (or as "the site") in a later sentence with a
    word of the air, says the attack came from the air.
    """
    tellers = _air_tellers(ctx, index)
    return tellers[0] if tellers else None


def _air_tellers(ctx: _DocContext, index: int) -> list[int]:
    """Return the later sentences naming the thing this sentence tells attacked with the air."""
    key = ("air-tellers", index)
    known = ctx.cache.get(key)
    if known is not None:
        return [int(j) for j in known.split(",")] if known else []
    found = []
    s, e = ctx.sentences[index]
    if ctx.lower.find("attack", s, e) >= 0 and _ATTACK_ON_THING_RE.search(ctx.text, s, e):
        things = {m.group().lower() for m in _THING_RE.finditer(ctx.text, s, e)}
        things.update(_TRIGGERS["attacked_things_again"])
        again = re.compile(rf"\bthe\s+(?:[\w'’-]+\s+)?(?:{alternation(sorted(things))})\b")
        last = min(len(ctx.sentences), index + 1 + _ATTACK_TOLD_LATER_SENTENCES)
        for j in range(index + 1, last):
            sj, ej = ctx.sentences[j]
            if again.search(ctx.lower, sj, ej) is None:
                continue
            air = ctx.air_cache.get(j)
            if air is None:
                air = ctx.air_cache[j] = _has_air_word(ctx.text, sj, ej)
            # "the raids on the convoy": a raid is the air's word in the war's reports. A denial
            # ("no aircraft struck the convoy") tells no strike of its own.
            if (air or _RAIDS_RE.search(ctx.text, sj, ej)) and _valid_triggers(ctx, j, sj, ej):
                found.append(j)
    ctx.cache[key] = ",".join(str(j) for j in found)
    return found


# A sentence laying what was just told on someone: "Washington blamed Russian aircraft".
_BLAMES_RE = re.compile(r"\b(?:blam(?:ed|es|ing)|attribut(?:ed|es|ing))\b")


def _in_air_power_entry(ctx: _DocContext, index: int) -> bool:
    """Say whether the sentence is a field line of an entry whose attacker strikes from the air.

    "Alleged perpetrator: Coalition" above "Summary: A house was destroyed": the coalition
    strikes only from the air, as a named aircraft does.
    """
    text = ctx.text
    s = ctx.sentences[index][0]
    if field_name(text, text.rfind("\n", 0, s) + 1) is None:
        return False
    start, end = record_span(text, s)
    key = ("air-power-entry", start)
    known = ctx.cache.get(key)
    if known is None:
        line = start
        found = False
        while line < end and not found:
            found = names_air_power(text, line)
            nxt = text.find("\n", line, end)
            line = end if nxt < 0 else nxt + 1
        known = ctx.cache[key] = "yes" if found else ""
    return bool(known)


# "A second strike hit X", "the raids came late on Tuesday": in a report about the air war, a
# strike or raid is an air strike, unless
# its sentence names fire from the ground ("struck by an artillery shell").
_BY_GROUND_FIRE_RE = re.compile(
    r"\b(?:by|from|with)\s+(?:[\w'’-]+\s+){0,3}?(?:artillery|shells?|shelling|mortars?|tanks?"
    r"|snipers?|gunfire|ground\s+forces)\b",
    re.IGNORECASE,
)
_STRIKE_NOUN_RE = re.compile(r"strikes?|struck|raids?", re.IGNORECASE)
_OLD_WOUNDS_RE = re.compile(
    r"\b(?:succumbed\s+to|died\s+(?:of|from))\s+(?:(?:his|her|their)\s+)?(?:wounds|injuries)\b",
    re.IGNORECASE,
)
# The dead of a place who died of older wounds, right after its name.
_OLD_WOUNDS_AFTER_RE = re.compile(
    r"(?:\s+(?:city|town|village|also|later|have|has|had))*\s+"
    r"(?:succumbed\s+to|died\s+(?:of|from))\s+(?:(?:his|her|their)\s+)?(?:wounds|injuries)\b",
    re.IGNORECASE,
)
# Fighters who launch an attack of their own: "militants launched a fresh assault".
_INSURGENTS_LAUNCHED_BEFORE_RE = re.compile(
    r"\b(?:militants|rebels|insurgents|jihadists|terrorists|gunmen|fighters)\b"
    r"(?:\s+[\w'’-]+){0,8}?\s+launched\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_BY_INSURGENTS_AFTER_RE = re.compile(
    r"\s+by\s+(?:the\s+)?(?:so-called\s+)?(?:[\w'’\"“”-]+\s+){0,2}?"
    r"(?:ISIS|ISIL|IS|Islamic\s+State|Daesh|Da['’]esh|militants|rebels|insurgents|jihadists"
    r"|terrorists|gunmen|armed\s+groups|militias?|militiamen|troops"
    # "attacks by opposition brigades from X": the ground's attacks.
    r"|(?:opposition|rebel)\s+(?:fighters|brigades|factions|groups)"
    r"|soldiers)\b",
    re.IGNORECASE,
)
# "the attacks of the X militia on Y": an armed group's own attacks, not its positions
# ("attacks on the terrorists' positions").
_OF_INSURGENTS_AFTER_RE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:so-called\s+)?(?:[\w\"“”-]+\s+){0,2}?"
    r"(?:militants|rebels|insurgents|jihadists|terrorists|gunmen|militias?|militiamen)\b(?![’'])",
    re.IGNORECASE,
)
# "targeted areas in the X area of Y with several shells": the place may take a few words,
# quoted ones too ('targeted "gatherings of terrorists" near X with artillery fire').
# "targeted with Grad rockets regime positions in X": any weapon of the ground after "with",
# a word of it quoted as much ('targeted with "home-made" shells').
# "were hit with a total of 163 rounds of artillery": the rounds counted before the weapon.
_ROUNDS_COUNTED = (
    r"(?:(?:a\s+total\s+of\s+|some\s+|about\s+|more\s+than\s+|at\s+least\s+)?"
    r"[\d,]+\s+(?:rounds|salvos|volleys)\s+of\s+)?"
)
# "destroyed their positions in X, Y and Z with artillery": a list's commas may come between.
_WITH_GROUND_FIRE_AFTER_RE = re.compile(
    r"\s+(?:[\w'’\"“”-]+(?:,(?=\s+[A-Z]))?\s+){0,8}?with\s+"
    + _ROUNDS_COUNTED
    + r"(?:[\w'’\"“”-]+\s+){0,2}?"
    rf"(?:tanks?|{alternation(_TRIGGERS['ground_weapons'])})\b",
    re.IGNORECASE,
)
# "were hit with 163 rounds of artillery and rocket launcher fire": rockets named after a
# weapon of the ground in the instrument of the verb are fired from the ground too.
_WITH_GROUND_WEAPON_AND_BEFORE_RE = re.compile(
    r"\bwith\s+" + _ROUNDS_COUNTED + r"(?:[\w'’-]+\s+){0,2}?"
    rf"(?:tanks?|{alternation(_TRIGGERS['ground_weapons'])})\s+(?:and|or)\s+$",
    re.IGNORECASE,
)
# "the target of more than 1,200 shells": the noun of a target whose weapons are the ground's.
_TARGET_OF_GROUND_FIRE_AFTER_RE = re.compile(
    r"\s+of\s+(?:[\w,'’-]+\s+){0,4}?"
    rf"(?:tanks?|{alternation(_TRIGGERS['ground_weapons'])})\b",
    re.IGNORECASE,
)
#: How far after a strike word its weapons of the ground are looked for.
_WITH_GROUND_FIRE_REACH = 110
# "X and Y, hit by artillery from army positions", "Y was hit by regime shells": a strike
# word whose agent, right after "by", is a weapon of the ground tells shelling, whatever air
# war the sentences before tell.
_BY_GROUND_WEAPON_AFTER_RE = re.compile(
    r"\s+by\s+(?:[\w'’-]+\s+){0,2}?"
    rf"(?:tanks?|{alternation(_TRIGGERS['ground_weapons'])}"
    # "X was hit by a rocket fired by regime forces": who fired it names the ground.
    r"|(?:rockets?|missiles?)\s+(?:fired|launched)\s+by\s+(?:the\s+)?"
    rf"{_FIRERS})\b"
    # "hit by shelling and air strikes": the aircraft beside the guns keep the strike.
    r"(?!\s*(?:,|and\b|or\b|&))",
    re.IGNORECASE,
)
_AIR_REPORT_RE = re.compile(rf"\b{alternation(_TRIGGERS['air_report'])}\b", re.IGNORECASE)
#: How far into the text the lead of a report runs, for _air_report.
_LEAD_CHARS = 600


def _air_report(ctx: _DocContext) -> bool:
    """Say whether the report is about the air war: its title or lead names aircraft or bombs."""
    key = ("air-report", 0)
    known = ctx.cache.get(key)
    if known is None:
        title = ctx.doc.title or ""
        lead = ctx.text[:_LEAD_CHARS]
        air = (
            _has_air_word(title, 0, len(title))
            or _has_air_word(lead, 0, len(lead))
            or _AIR_REPORT_RE.search(title) is not None
            or _AIR_REPORT_RE.search(lead) is not None
        )
        known = ctx.cache[key] = "yes" if air else ""
    return bool(known)


def _ground_led(ctx: _DocContext, index: int, s: int, e: int) -> bool:
    """Say whether the sentence opens with ground forces and names no aircraft itself."""
    subject = _GROUND_SUBJECT_RE.match(ctx.text, s, min(e, s + 80))
    if subject is None or _SPEECH_AFTER_RE.match(ctx.text, subject.end(), e):
        # "Rebels say the bombs fell on X": the ground forces speak; they do not fire.
        return False
    known = ctx.air_cache.get(index)
    if known is None:
        known = ctx.air_cache[index] = _has_air_word(ctx.text, s, e)
    return not known


# ", while the air force carried out sorties on ...": the clause that turns to the air.
_WHILE_CLAUSE_RE = re.compile(r",\s+(?:while|whereas)\s+|;\s+")


def _ground_clause_before_air(ctx: _DocContext, s: int, e: int, at: int) -> bool:
    """Say whether the strike word lies in an opening clause of ground forces.

    "A source said a unit of the army destroyed a tunnel in X, while the air force
    carried out sorties on Y": the clause before "while" opens with ground forces
    and names no aircraft, so its deed is the ground's; the aircraft of the clause
    after it strike Y only.
    """
    subject = _GROUND_SUBJECT_RE.match(ctx.text, s, min(e, s + 80))
    if subject is None or _SPEECH_AFTER_RE.match(ctx.text, subject.end(), e):
        return False
    turn = _WHILE_CLAUSE_RE.search(ctx.text, subject.end(), e)
    if turn is None or at >= turn.start():
        return False
    return not _has_air_word(ctx.text, s, turn.start())


# "Rebels say the bombs fell on X": a speaker, not the one firing.
_SPEECH_WORD_RE = re.compile(
    r"\b(?:say|says|said|told|report|reports|reported|claim|claims|claimed|accuse|accused"
    r"|accusing|insist|insists|insisted)\b",
    re.IGNORECASE,
)


def _speaker_of_air_strike(before: str, agent_start: int) -> bool:
    """Say whether ground forces before a strike word speak of aircraft striking.

    "Rebels say the bombs fell on X": a word of speech after them, then the
    weapon or aircraft right before the strike word. "Rebels said they attacked
    X" stays the rebels' own attack.
    """
    speech = _SPEECH_WORD_RE.search(before, agent_start)
    if speech is None:
        return False
    subject = _AIRCRAFT_SUBJECT_BEFORE_RE.search(before, speech.end())
    return subject is not None and not subject["agent"].lower().startswith("shell")


_SPEECH_AFTER_RE = re.compile(
    r"\s+(?:say|says|said|told|tell|report|reports|reported|claim|claims|claimed|accuse"
    r"|accused|accusing|insist|insists|insisted)\b",
    re.IGNORECASE,
)


# A relative clause set off by commas, telling what a place is rather than what befell it:
# ", from which helicopters fly to drop food over X,", ", where the jets are based,".
_RELATIVE_ASIDE_RE = re.compile(
    r",\s*(?:(?:from|over|to|at|in|on|through)\s+)?(?:which|where|whose|whom)\b[^,;.]{0,200},"
)


def _air_word_outside_asides(text: str, s: int, e: int) -> bool:
    """Say whether ``text[s:e]`` names aircraft outside its relative asides."""
    start = s
    for m in _RELATIVE_ASIDE_RE.finditer(text, s, e):
        if _has_air_word(text, start, m.start()):
            return True
        start = m.end()
    return _has_air_word(text, start, e)


def _has_air_word(text: str, s: int, e: int) -> bool:
    """Say whether ``text[s:e]`` names aircraft ("anti-tank missiles", "a car bomb" do not)."""
    for m in _AIR_CONTEXT_RE.finditer(text, s, e):
        if m.group().lower().startswith("bomb") and _GROUND_BOMB_BEFORE_RE.search(
            text, max(s, m.start() - 25), m.start()
        ):
            continue
        if _NOT_AIR_AFTER_RE.match(text, m.end(), min(e, m.end() + 40)) or _AIR_BASE_RE.match(
            text, m.start(), e
        ):
            continue
        lo = max(s, m.start() - 30)
        before = text[lo : m.start()].lower()
        if not any(w in before for w in _NOT_AIR_WORDS) or not _NOT_AIR_BEFORE_RE.search(
            text, lo, m.start()
        ):
            return True
    return False


# "the Russian reconciliation center at the Hmeimim air base", "Russia's reconciliation
# centre": words of no aircraft.
_NOT_AIR_AFTER_RE = re.compile(
    rf"(?:['’]s)?[\s-]*{alternation(_TRIGGERS['not_air_after'])}\b", re.IGNORECASE
)
_AIR_BASE_RE = re.compile(rf"{alternation(_TRIGGERS['not_air_after'])}\b", re.IGNORECASE)
#: Words one of which _NOT_AIR_BEFORE_RE needs (a fast pre-check).
_NOT_AIR_WORDS = ("anti", "tow", "surface", "ground", "whether", "without", "no", "-made")


def _drop_unstruck(
    ctx: _DocContext,
    s: int,
    e: int,
    clauses: list[tuple[int, int]],
    roles: list[tuple[Mention, str]],
    triggers: list[_Span],
) -> list[tuple[Mention, str]]:
    """Take places out of a strike's reach: after a denied strike, or reached by ground fire.

    "had not struck Aleppo since ... and said jets struck X": the strike word
    governing Aleppo is denied. "dropped barrels on X, and a man died of
    snipers' fire in Y": fire from the ground lies between the strike and Y, or
    before Y with no strike word before it in its clause.
    """
    text = ctx.text
    valid = {t.start for t in triggers}
    every = _in_range(ctx.triggers, s, e)
    out = []
    # The clauses run on from one another, so a place's clause is the last opening at or before it.
    clause_starts = [c[0] for c in clauses]
    every_starts = [t.start for t in every]
    for m, role in roles:
        if role in ("candidate", "near", "outside", "container"):
            i = bisect_right(clause_starts, m.start) - 1
            clause = clauses[i] if i >= 0 and m.start < clauses[i][1] else (s, e)
            # The strike words of the clause before the place (in text order).
            lo = bisect_left(every_starts, clause[0])
            hi = bisect_left(every_starts, m.start)
            # The last strike word ending before the place governs it; the one before that
            # bounds its subject (looked for backwards: a long list has many strike words).
            governing = earlier = None
            for k in range(hi - 1, lo - 1, -1):
                if every[k].end <= m.start:
                    if governing is not None:
                        earlier = every[k]
                        break
                    governing = every[k]
            if governing is not None:
                if (
                    governing.start not in valid
                    and (
                        _UNREAL_BEFORE_RE.search(
                            text[max(s, governing.start - 60) : governing.start]
                        )
                        # "denied on Friday that its aircraft had struck X, saying its jets
                        # hit Y": the denial reaches the strike word with a day between, and
                        # the strike words after it do not take X back.
                        or _DENIAL_BEFORE_RE.search(
                            text[max(s, governing.start - 90) : governing.start]
                        )
                    )
                    and not _REPORT_THAT_BETWEEN_RE.search(text, governing.end, m.start)
                ):
                    role = "denied"
                elif _OLD_WOUNDS_RE.search(text, governing.end, m.start):
                    # "... on X, and one who succumbed to wounds sustained earlier in Y": Y
                    # is where someone was hurt before, not where this strike fell.
                    role = "ground"
                elif _ground_fire_between(
                    text,
                    governing.end,
                    m.start,
                    objects=_STRIKE_VERB_RE.fullmatch(text, governing.start, governing.end)
                    is not None,
                ) or (
                    governing.start not in valid
                    and (
                        _SHELLING_RE.match(text, governing.start, governing.end)
                        or _BY_INSURGENTS_AFTER_RE.match(text, governing.end, m.start)
                        or _ground_weapon_subject(text, s, governing.start)
                        or _LAUNCH_PAD_BEFORE_RE.search(
                            text, max(s, governing.start - 40), governing.start
                        )
                        # "jets hit X, and the rebels repelled the attack on Y": the attack
                        # nearest Y was turned back on the ground, not the air strike told
                        # earlier in the sentence.
                        or _REPELLED_BEFORE_RE.search(
                            text, max(s, governing.start - 60), governing.start
                        )
                    )
                ):
                    # "regime forces shelled areas in X": the strike word nearest X is
                    # ground fire, not the air strike told earlier in the sentence.
                    role = "ground"
                elif (
                    governing.label == "weak"
                    and _ground_subject(
                        text, earlier.end if earlier is not None else clause[0], governing.start
                    )
                    and not (
                        earlier is not None
                        and earlier.label == "strong"
                        and _STRIKE_AND_GUNS_BETWEEN_RE.fullmatch(
                            text, earlier.end, governing.start
                        )
                    )
                ):
                    role = "ground"
            elif _DENIED_THAT_BEFORE_RE.search(
                text, max(s, m.start - 110), m.start
            ) and _struck_elsewhere_after(text, m.end, e, roles):
                # "denied on Friday that its aircraft had flown over X, saying its jets hit
                # Y": a place of the denied clause, no strike word before it, is not struck
                # when the speaker goes on to name where its jets did strike.
                role = "denied"
            elif any(
                # "A mortar battery near X was destroyed by aircraft": the battery is what
                # the strike told after the place hit, not fire from the ground.
                not _GROUND_FIRE_TARGET_AFTER_RE.match(text, f.end(), m.start)
                for f in _GROUND_FIRE_RE.finditer(text, clause[0], m.start)
            ):
                # "a child shot by a sniper in X and five in barrel bombs on Y": ground fire
                # reaches X before any strike word of its clause.
                role = "ground"
            if _OLD_WOUNDS_AFTER_RE.match(text, m.end, e):
                # "2 others from the town of Y died of wounds sustained in earlier strikes".
                role = "ground"
            elif _SHELLED_AFTER_RE.match(text, m.end, clause[1]) and not _has_air_word(
                text, m.end, clause[1]
            ):
                # "..., and that the town of Y was shelled by government artillery": the
                # place is the subject of its own shelling, not of the strike told before.
                role = "ground"
            cause = _toll_item_cause(text, m.start, m.end, e)
            if cause is not None:
                role = cause if cause == "ground" or role == "ground" else role
        out.append((m, role))
    return out


# The speaker going on ("..., saying its jets were hitting targets in Y").
_SAYING_ON_RE = re.compile(r",\s+(?:and\s+)?(?:saying|adding|said|added)\b", re.IGNORECASE)


def _struck_elsewhere_after(
    text: str, start: int, end: int, roles: list[tuple[Mention, str]]
) -> bool:
    """Say whether the speaker goes on, after ``start``, to name places of its own strikes."""
    on = _SAYING_ON_RE.search(text, start, end)
    return on is not None and any(m.start > on.end() for m, _ in roles)


def _ground_subject(text: str, start: int, end: int) -> bool:
    """Say whether fire from the ground, and no aircraft, leads up to a weak strike word.

    "jets hit 18 targets in X, and that artillery fired on targets near Y": the
    words since the strike word before name artillery and no aircraft, so the
    targets near Y are the artillery's.
    """
    fire = _GROUND_FIRE_RE.search(text, start, end)
    return (
        fire is not None
        and not _GROUND_FIRE_TARGET_AFTER_RE.match(text, fire.end(), end)
        and _AIR_CONTEXT_RE.search(text, start, end) is None
    )


def _ground_weapon_subject(text: str, s: int, pos: int) -> bool:
    """Say whether a weapon of the ground is the subject of the strike word at ``pos``.

    "rebel mortars and gas-cylinder bombs hit X" is ground fire; "Warplanes and
    artillery hit X" names aircraft beside the guns, so it stays a strike.
    """
    lo = max(s, pos - 60)
    if not any(w in text[lo:pos].lower() for w in _GROUND_WEAPON_WORDS):
        far = max(s, pos - _FIRED_BY_CHARS)
        if not any(w in text[far:pos].lower() for w in _GROUND_WEAPON_WORDS):
            return False
    subject = _GROUND_WEAPON_SUBJECT_BEFORE_RE.search(text, lo, pos)
    if subject is None:
        # "mortar shells fired by the ISIS-affiliated army hit X": who fired them between.
        window = text[max(s, pos - _FIRED_BY_CHARS) : pos].lower()
        if not any(w in window for w in ("fired", "launched", "lobbed", " from ", " by ")):
            return False
        subject = _GROUND_WEAPON_FIRED_BEFORE_RE.search(text, max(s, pos - _FIRED_BY_CHARS), pos)
        if subject is None:
            return False
    return not _has_air_word(text, max(s, subject.start() - 25), pos)


def _ground_blast_subject(text: str, s: int, pos: int) -> bool:
    """Say whether a blast of the ground is the subject of the strike word at ``pos``.

    "a car bomb and two suicide bombers struck a bus station in X" tells bombs brought by
    road or on foot, whatever air war the report tells; aircraft named right before the
    blast ("jets struck a car bomb workshop") keep the strike.
    """
    lo = max(s, pos - 60)
    window = text[lo:pos].lower()
    if not any(w in window for w in _GROUND_BLAST_WORDS):
        return False
    subject = _GROUND_BLAST_SUBJECT_BEFORE_RE.search(text, lo, pos)
    return subject is not None and not _has_air_word(text, max(s, subject.start() - 25), pos)


def _owned_weapon_subject(text: str, s: int, pos: int) -> bool:
    """Say whether rockets or missiles of a side on the ground are the subject at ``pos``.

    "Rebel rockets fired from the western front struck X", "rockets fired by rebels hit Y":
    the ground's fire, whatever air war the paragraph tells.
    """
    if _FIRED_BY_FIRER_AT_RE.match(text, pos, pos + _FIRED_BY_CHARS) is not None:
        return True
    lo = max(s, pos - _FIRED_BY_CHARS)
    window = text[lo:pos].lower()
    if "rocket" not in window and "missile" not in window:
        return False
    if _OWNED_WEAPON_SUBJECT_BEFORE_RE.search(text, lo, pos) is not None:
        return True
    # "rockets fired by NSAGs reportedly hit X": the side that fired them after the weapon.
    return " by " in window and _FIRED_BY_FIRER_BEFORE_RE.search(text, lo, pos) is not None


def _ground_fire_between(text: str, start: int, end: int, objects: bool = False) -> bool:
    """Say whether ``text[start:end]`` names fire from the ground, not a target of the strike.

    "dropped barrels on X, and a man died of snipers' fire in Y" names it; "struck a
    mortar team south-east of Y" names what the strike hit.
    """
    return (
        any(
            not _GROUND_FIRE_TARGET_AFTER_RE.match(text, f.end(), end)
            # "struck two tanks near Y": the strike verb's object.
            and not (objects and _OBJECT_GAP_RE.fullmatch(text, start, f.start()))
            # "destroyed a command post and three tanks near Y": the last of its objects.
            and not (
                objects
                and _OBJECT_LIST_GAP_RE.fullmatch(text, start, f.start())
                and _OBJECT_END_RE.match(text, f.end())
            )
            for f in _GROUND_FIRE_RE.finditer(text, start, end)
        )
        or _BATTLE_GOES_ON_RE.search(text, start, end) is not None
    )


# "barrel bombs struck X, and that fighting is raging in Y", "fighting continued around Y":
# the ground's battle, the subject of its own verb of going on, placed after the strike.
_BATTLE_GOES_ON_RE = re.compile(
    # "fighting between armed groups continued in and around Y": who fights may be told first,
    # two groups by their names as much ("fighting between Jaish X and Faylaq Y continued").
    r"\bfighting\s+(?:between\s+(?:[\w'’-]+\s+){1,6}?)?"
    r"(?:(?:is|was|has\s+been|had\s+been|still)\s+)?(?:rag|continu)(?:es|ed|ing|e)\b"
    # "where violent clashes continue between X and Y": the sides named after the verb.
    r"|\bclashes\s+(?:(?:are|were|have\s+been|still)\s+)?(?:rag|continu)(?:es|ed|ing|e)"
    r"\s+between\b",
    re.IGNORECASE,
)
# A verb of striking, whose object may be a weapon of the ground ("struck tanks").
_STRIKE_VERB_RE = re.compile(alternation(_TRIGGERS["strike_verbs"]), re.IGNORECASE)
# Up to three words, no stop and no preposition or conjunction, between a strike word and
# its object ("struck two regime tanks", not "killed by sniper fire").
# "destroyed 14 of the tanks", "three of the group's tanks": a count of the objects, then
# "of" and the words of the objects themselves.
_OBJECT_GAP_RE = re.compile(
    r"\s+(?:(?:\d+|some|all|most|many|several|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|dozens)\s+of\s+)?"
    r"(?:(?!(?:by|from|with|under|in|on|at|of|and|or|as|while|after|before|when|amid"
    r"|during|to)\b)[\w'’-]+\s+){0,3}",
    re.IGNORECASE,
)


# The objects of a strike verb listed, the last after "and" or a comma ("destroyed a command
# post and three tanks"): a few words, the joining word, a few words more.
_OBJECT_LIST_GAP_RE = re.compile(
    r"\s+(?:(?!(?:by|from|with|under|in|on|at|of|and|or|as|while|after|before|when|amid"
    r"|during|to)\b)[\w'’-]+\s+){1,6}(?:,\s*|and\s+)"
    r"(?:(?!(?:by|from|with|under|in|on|at|of|and|or|as|while|after|before|when|amid"
    r"|during|to)\b)[\w'’-]+\s+){0,3}",
    re.IGNORECASE,
)
# What follows such an object: where it stood or whose it was, not a verb of its own
# ("three tanks near Y", "a tank to the east of Y", not "tanks shelled Y" nor "tanks to Y").
_OBJECT_END_RE = re.compile(
    r"\s*(?:[,.;]|\s(?:near|in|on|at|around|outside|of|belonging|north|south|east|west)\b"
    # "ISIS positions and a tank to the east of X": where it stood, a side of a place.
    r"|\sto\s+the\s+(?:north|south|east|west))",
    re.IGNORECASE,
)


# A death toll's item: a count, "in", the place, then what killed them ("5 in X by artillery
# shelling, 3 in Y due to warplanes shelling"). The cause after the place is the item's own.
# The count may name its dead ("2 martyrs in X due to shelling", "a martyr in Y due to
# sniper fire").
_TOLL_COUNT_BEFORE_RE = re.compile(
    r"\b(?:\d{1,4}(?:\s+(?:martyrs|dead|civilians|people))?|(?:a|one)\s+martyr)"
    r"\s+(?:of\s+them\s+)?in\s+#?$",
    re.IGNORECASE,
)
#: How far before the place a toll item's count is looked for.
_TOLL_COUNT_CHARS = 30
_TOLL_ITEM_END_RE = re.compile(r"[,;.]|\band\s+\d", re.IGNORECASE)
#: How far after the place a toll item's cause is read.
_TOLL_CAUSE_CHARS = 120


def toll_cause_span(text: str, start: int, end: int, stop: int) -> tuple[int, int] | None:
    """Return the span of what a toll item says killed the dead counted at a place.

    Parameters
    ----------
    text : str
        The report text.
    start, end : int
        The span of the place name.
    stop : int
        The end of the place's sentence.

    Returns
    -------
    tuple of int or None
        The words after the place up to the next item ("5 in X by regime artillery
        shelling, 3 in Y ...": " by regime artillery shelling"); None when the place
        is no toll item (a count and "in" right before it).
    """
    window = text[max(0, start - _TOLL_COUNT_CHARS) : start].removesuffix("#")
    kept = window.rstrip()
    if len(kept) == len(window) or kept[-2:].lower() != "in":
        # Not "... in X" nor "... in #X": no toll item, found before the pattern runs.
        return None
    if _TOLL_COUNT_BEFORE_RE.search(text, max(0, start - _TOLL_COUNT_CHARS), start) is None:
        return None
    limit = min(stop, end + _TOLL_CAUSE_CHARS)
    item_end = _TOLL_ITEM_END_RE.search(text, end, limit)
    return end, item_end.start() if item_end is not None else limit


def _toll_item_cause(text: str, start: int, end: int, stop: int) -> str | None:
    """Say what killed the dead counted at a place of a toll: "candidate" (air), "ground" or None.

    "5 in X by regime artillery shelling": fire from the ground, whatever strike the
    items before it tell; "2 in Y under the rubble of a house hit by an explosive
    barrel": the air. None when the place is no toll item or its cause names neither.
    """
    span = toll_cause_span(text, start, end, stop)
    if span is None:
        return None
    cause_end = span[1]
    if _has_air_word(text, end, cause_end):
        return "candidate"
    if _GROUND_FIRE_RE.search(text, end, cause_end):
        return "ground"
    return None


# The patterns tried most often open with a look-ahead of their first characters
# (see lexicon.quick_opening): the same matches, found with fewer tries.
_TRIGGER_RE = quick_opening(_TRIGGER_RE)
_SUPPORT_BEFORE_RE = quick_opening(_SUPPORT_BEFORE_RE)
_GROUND_AGENT_BEFORE_RE = quick_opening(_GROUND_AGENT_BEFORE_RE)
_NOT_AIR_BEFORE_RE = quick_opening(_NOT_AIR_BEFORE_RE)
_CASUALTY_RE = quick_opening(_CASUALTY_RE)
_AIRCRAFT_SUBJECT_BEFORE_RE = quick_opening(_AIRCRAFT_SUBJECT_BEFORE_RE)
_GROUND_BOMB_BEFORE_RE = quick_opening(_GROUND_BOMB_BEFORE_RE)
_NOT_A_STRIKE_BEFORE_RE = quick_opening(_NOT_A_STRIKE_BEFORE_RE)
_PASSIVE_BEFORE_RE = quick_opening(_PASSIVE_BEFORE_RE)
_BY_GROUND_FIRE_RE = quick_opening(_BY_GROUND_FIRE_RE)
_DENIAL_BEFORE_RE = quick_opening(_DENIAL_BEFORE_RE)
_UNREAL_BEFORE_RE = quick_opening(_UNREAL_BEFORE_RE)
_TOLL_COUNT_BEFORE_RE = quick_opening(_TOLL_COUNT_BEFORE_RE)
_WEAPON_OWNER_BEFORE_RE = quick_opening(_WEAPON_OWNER_BEFORE_RE)
_GROUND_WEAPON_SUBJECT_BEFORE_RE = quick_opening(_GROUND_WEAPON_SUBJECT_BEFORE_RE)
_AIR_CONTEXT_RE = quick_opening(_AIR_CONTEXT_RE)
_PAUSE_BEFORE_RE = quick_opening(_PAUSE_BEFORE_RE)
_TRIGGER_SCAN_RE = quick_opening(_TRIGGER_SCAN_RE)
_BACKGROUND_BEFORE_RE = quick_opening(_BACKGROUND_BEFORE_RE)
_GROUND_FIRE_RE = quick_opening(_GROUND_FIRE_RE)
_FEAR_BEFORE_RE = quick_opening(_FEAR_BEFORE_RE)
_ESCAPED_BEFORE_RE = quick_opening(_ESCAPED_BEFORE_RE)
_LAUNCH_PAD_BEFORE_RE = quick_opening(_LAUNCH_PAD_BEFORE_RE)
_AIR_DOUBT_RE = quick_opening(_AIR_DOUBT_RE)
