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

import functools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from geo.extract.dates import (
    DateCue,
    ResolvedDate,
    dateline_date,
    find_caption_lines,
    find_date_cues,
    find_post_headers,
    headline_date,
    in_sane_window,
    resolve_cue,
)
from geo.geocode.gazetteer import GOVERNORATES
from geo.record import Document, Mention, StrikeEvent

__all__ = ["extract_events", "split_sentences", "place_key"]

MentionFinder = Callable[[str], list[Mention]]

# --------------------------------------------------------------------------- sentences

_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt sgt sen rep gov st mt no vs etc jr sr
    jan feb mar apr jun jul aug sep sept oct nov dec approx est dept govt
    """.split()
)
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9#@])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    r"""Split a text into sentence spans.

    Lines are never joined: a line break always ends a sentence (captions,
    headers and list items carry no final stop). Within a line, a sentence
    ends at ``.``, ``!`` or ``?`` followed by a capital, digit or quote,
    except after common abbreviations ("Gen.", "Oct.") and initials ("U.S.").

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    list of tuple of int
        ``(start, end)`` spans, stripped of surrounding whitespace, in order.

    Examples
    --------
    >>> t = "Jets struck Oct. 7 near Hama. Lt. Gen. Ayoub spoke.\nNext line"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Jets struck Oct. 7 near Hama.', 'Lt. Gen. Ayoub spoke.', 'Next line']
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        start = 0
        for m in _SENTENCE_END.finditer(line):
            if _is_abbreviation(line, m.start()):
                continue
            _add_span(spans, line, line_start, start, m.end())
            start = m.end()
        _add_span(spans, line, line_start, start, len(line))
    return spans


def _is_abbreviation(line: str, dot: int) -> bool:
    if line[dot] != ".":
        return False
    word = re.search(r"([A-Za-z]+)$", line[max(0, dot - 12) : dot])
    if word is None:
        return False
    token = word.group(1)
    return token.lower() in _ABBREVIATIONS or len(token) == 1


def _add_span(spans: list[tuple[int, int]], line: str, offset: int, start: int, end: int) -> None:
    chunk = line[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        spans.append((offset + start + lead, offset + start + lead + len(stripped)))


# --------------------------------------------------------------------------- vocabularies

_STRONG_TRIGGER = (
    r"air[- ]?strikes?|air[- ]?raids?|air[- ]?attacks?|aerial\s+(?:attacks?|bombardments?|bombing)"
    r"|bomb(?:ed|ing|ings|ard(?:ed|ing|ments?)?)|sorties|barrel[- ]bombs?|explosive\s+barrels?"
)
# Weak triggers count only near words of air war ("jets", "Russian", "missiles"):
# "whose house was struck by an artillery shell" is not an air strike.
_WEAK_TRIGGER = (
    r"strikes?|striking|struck|pounded|pounding|shell(?:ed|ing)"
    r"|target(?:ed|ing|s)?|targett(?:ed|ing)|hits?|attack(?:ed|ing|s)?|destroy(?:ed|ing|s)?"
    r"|engag(?:ed|ing|es)|dropp(?:ed|ing)|missiles?|rockets?|raids?|eliminated"
)
_TRIGGER_RE = re.compile(
    rf"\b(?=[abdehmprstABDEHMPRST])(?:(?P<strong>{_STRONG_TRIGGER})|(?P<weak>{_WEAK_TRIGGER}))\b",
    re.IGNORECASE,
)
# The same words for a fast scan of lowercased text: every alternative opens with a
# letter, so the engine skips positions that cannot start a trigger; the word start
# is checked afterwards (see _trigger_spans).
_TRIGGER_SCAN_RE = re.compile(
    r"(?:air[- ]?(?:strikes?|raids?|attacks?)|aerial\s+(?:attacks?|bombardments?|bombing)"
    r"|bomb(?:ed|ing|ings|ard(?:ed|ing|ments?)?)|sorties|barrel[- ]bombs?|explosive\s+barrels?"
    r"|strikes?|striking|struck|pounded|pounding|shell(?:ed|ing)|target(?:ed|ing|s)?"
    r"|targett(?:ed|ing)|hits?|attack(?:ed|ing|s)?|destroy(?:ed|ing|s)?|engag(?:ed|ing|es)"
    r"|dropp(?:ed|ing)|missiles?|rockets?|raids?|eliminated)\b"
)
_STRONG_OPENINGS = ("air", "aerial", "bomb", "sorties", "barrel", "explosive")
# The lookahead lists the letters the words open with, so that the engine skips other words.
_AIR_CONTEXT_RE = re.compile(
    r"\b(?=[abcjhkmprsuw])(?:air|aerial|airstrikes?|warplanes?|war\s?planes?|jets?|aircraft|planes?|helicopters?"
    r"|bombers?|Su-?\d+\w*|Sukhoi|MiG|sorties?|missiles?|bombs?|Russian|Russia|air\s+force"
    r"|Kalibr|cruise)\b|\b(?:U\.S\.|US|American)[- ]led\b",
    re.IGNORECASE,
)
_SUPPORT_BEFORE_RE = re.compile(
    r"(?:\b(?:supported|backed|aided|accompanied|covered|assisted|helped|preceded)"
    r"(?:\s+and\s+\w+)?\s+by|\b(?:with|under)\s+(?:the\s+)?(?:help|support|backing|cover|aid)\s+of"
    r"|\bin\s+(?:coordination|cooperation|conjunction|tandem)\s+with)"
    r"\s+(?:[\w'’.-]+\s+){0,4}$",
    re.IGNORECASE,
)
_GROUND_AGENT_BEFORE_RE = re.compile(
    r"\b(?:ISIS|ISIL|IS|Islamic\s+State|Daesh|Da['’]esh|militants|rebels|insurgents|jihadists"
    r"|extremist\s+group|opposition\s+fighters|terrorists|gunmen|armed\s+groups"
    r"|(?:[Rr]egime|[Gg]overnment|[Aa]rmy|Syrian|[Gg]round|pro-government)\s+(?:forces|troops)"
    r"|[Tt]roops|[Ss]nipers?|[Aa]rtillery|[Tt]anks)(?:['’]s)?(?:\s+[\w'’]+){0,3}\s+$"
)
# Fire from the ground, between a strike word and a place, takes the place from the strike:
# "dropped barrels on X, and a man died of wounds from snipers' fire in Y".
_GROUND_FIRE_RE = re.compile(
    r"\b(?:snipers?['’]?|sniper\s+fire|shell(?:s|ed|ing)|artillery|mortars?|gunfire|clashes"
    r"|tanks?|anti-tank|TOW|ground\s+(?:forces|offensive|fighting))\b",
    re.IGNORECASE,
)
# Air words that do not speak of aircraft: "anti-tank missiles", "whether aircraft were involved".
_NOT_AIR_BEFORE_RE = re.compile(
    r"(?:\b(?:anti-tank|anti-aircraft|anti-air|TOW|surface-to-air|ground-to-ground|whether|without"
    r"|no)|-made)\s+(?:[\w'’.-]+\s+){0,1}$",
    re.IGNORECASE,
)
# "denied striking", "did not target", "plans to strike", "could hit": no strike happened.
_UNREAL_BEFORE_RE = re.compile(
    r"\b(?:denied|deny|denies|denying|rejected|no|not|never|without|will|would|could|might"
    r"|shall|won['’]t|(?:plans?|planning|planned|threaten\w*|vow\w*|intends?|intending|ready"
    r"|prepar\w+|expected|set|aims?|want\w*|refus\w+|asked|urged|called)\s+to)"
    r"(?:\s+[\w'’-]+){0,2}\s+$",
    re.IGNORECASE,
)
_DENIAL_BEFORE_RE = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|dismissed)\b[^.;:]{0,70}$", re.IGNORECASE
)
_NOT_A_STRIKE_AFTER_RE = re.compile(
    r"^\s+(?:a|an|the)\s+(?:deal|agreement|balance|tone|chord|note|compromise|bargain)\b", re.I
)
_NOT_A_STRIKE_BEFORE_RE = re.compile(r"\b(?:hunger|general|labou?r|workers['’]?)\s+$", re.I)
_SHELLING_RE = re.compile(r"shell", re.IGNORECASE)
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|been|being|be|is|are)(?:\s+\w+ly)?\s+$", re.I)

_CLAUSE_BREAK_RE = re.compile(
    r";|:\s|\s[—–]\s|,\s*(?:but|while|whereas|although|though|however|meanwhile)\b"
    r"|\s(?:while|whereas)\s",
    re.IGNORECASE,
)

# A place named after these locates something close to it, not in it: "a roadblock
# near X", "a workshop north of X". Alone in its clause it is the best location
# the report gives (an event "near" X); beside a place struck "in" it, or in
# apposition to a named place ("Sukayk, north-east of Hama"), it is not struck.
_NEAR_BEFORE_RE = re.compile(
    r"(?:\bnear|\bnearby(?!\s+(?:the\s+)?(?:city|town|village))|\bclose\s+to|\boutside(?:\s+of)?"
    r"|\baround|\bin\s+the\s+area\s+of(?:\s+the\s+settlements?\s+of)?"
    r"|\b(?:outskirts|edge|vicinity|surroundings|environs|periphery)\s+of"
    r"|\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern|wards?)?"
    r"\s+of|\b(?:km|kms|kilometres?|kilometers?|miles?)\s+(?:\w+\s+){0,2}(?:from|of))"
    r"\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# Places that only orient the reader: "between X and Y", "on the road to X",
# "filmed flying over X". Never struck.
_REFERENCE_BEFORE_RE = re.compile(
    r"(?:\bbetween|\bbeyond|\bdirection\s+of|\bway\s+to|\broad\s+to"
    r"|\b(?:filmed|flying|flew|seen|spotted|circling|patrolling)\s+(?:\w+\s+){0,2}over"
    r"|\b(?:highway|motorway|road|route)\s+(?:linking|connecting|from|to)"
    r"|\b(?:linking|connecting)\s+(?:[\w'’-]+\s+){1,3}(?:to|and|with))"
    r"\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "Sukayk, north-east of", "Hayyan, a town around 15 kilometres north-west of",
# "Rashedeen, on the outskirts of": the reference locates the name before the comma.
_APPOSITION_BEFORE_RE = re.compile(
    r"[A-Z][\w'’-]*(?:\s+(?:[Pp]rovinces?|city|town|village))?\s*,\s*(?!and\b|or\b)"
    r"(?:[a-z0-9][\w'’-]*\s+(?:[\w'’-]+\s+){0,7})?$"
)
_COUNTRYSIDE_RE = re.compile(
    r"^\s+(?:countryside|outskirts|suburbs|environs)\b|\b(?:countryside|outskirts|environs)"
    r"\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The words each pattern of a place's left context needs (lowercase), so that a
# pattern runs only where its words are (see _role).
_ROLE_WORDS_RE = re.compile(
    r"\b(?:(?P<launch>launch|fir(?:ed|ing)\b|took|taking|takes?\b|operat|deploy|station"
    r"|based|came|coming|depart|returned|positioned|frigate|carrier|warships?|ships?\b|vessel"
    r"|fleet|submarine|coast)"
    r"|(?P<flight>flying|flew)|(?P<arrival>arriv)"
    r"|(?P<meeting>meet|met\b|summit|conference|talks\b|visit|speaking|spoke|embass|ambassador"
    r"|fled\b|flee|refugee|displaced|asylum)"
    r"|(?P<speaker>by\b)"
    r"|(?P<reference>between|beyond|direction|way\b|road\b|filmed|seen\b|spotted|circling"
    r"|patrolling|highway|motorway|route|linking|connecting)"
    r"|(?P<near>near|close\b|outside|around|outskirts|edge\b|vicinity|surroundings|environs|area\b"
    r"|periphery|north|south|east|west|km|kms\b|kilomet|miles?\b)"
    r"|(?P<suburbs>suburbs?\b)|(?P<container>neighbou?rhoods?|districts?|quarters?\b))"
)
_ROLE_WORD_KINDS = {
    "flight": ("launch", "reference"),
    "arrival": ("launch", "meeting"),
}
_SUBURBS_BEFORE_RE = re.compile(r"\bsuburbs?\s+of\s+(?:the\s+)?#?$", re.IGNORECASE)
_LAUNCH_BEFORE_RE = re.compile(
    r"(?:\b(?:launch\w*|fired|firing|took\s+off|taking\s+off|takes?\s+off|flew|flying|operat\w+"
    r"|deployed|stationed|based|arriv\w+|came|coming|depart\w+|returned)\b[^.;]{0,40}"
    r"\bfrom(?:\s+(?:in|at))?"
    r"|\b(?:deployed|stationed|based|positioned)\b[^.;]{0,30}\b(?:in|at)"
    r"|\b(?:frigate|carrier|warships?|vessels?|fleet|ships?|submarines?)\b[^.;]{0,45}"
    r"\b(?:in|at|on|from)|\boff\s+the\s+coast\s+(?:at|of|near|from))"
    r"\s+(?:the\s+)?#?$",
    re.IGNORECASE,
)
_MEETING_BEFORE_RE = re.compile(
    r"\b(?:meeting|meet|met|summit|conference|talks|visit(?:ing|ed)?|arrived|speaking|spoke"
    r"|embassy|ambassador|fled|flee|fleeing|refugees?|displaced|asylum)\b[^.;]{0,25}"
    r"\b(?:in|to|at|into)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A capital speaking for its government: "condemned by Damascus", "Moscow denied".
_SPEAKER_BEFORE_RE = re.compile(
    r"\b(?:condemned|denounced|critici[sz]ed|welcomed|rejected|announced|claimed|reported|denied"
    r"|accused|warned|blamed|praised)\s+by\s+$",
    re.IGNORECASE,
)
_SPEAKER_AFTER_RE = re.compile(
    r"^(?:['’]s\s+(?:government|envoy|ambassador|foreign|defen[cs]e|position))?\s+"
    r"(?:said|says|denied|denies|claimed|claims|announced|condemned|accused|insisted|warned)\b",
    re.IGNORECASE,
)
_LIST_GAP_RE = re.compile(
    r"^(?:\s+(?:city|town|village|province))?\s*(?:,|and|or|&|,\s*and|,\s*or)\s*(?:the\s+)?#?$"
)
_ADMIN_AFTER_RE = re.compile(
    r"^\s+(?:province|provinces|governorate|countryside|region|district)\b", re.IGNORECASE
)
_ADMIN_BEFORE_RE = re.compile(
    r"\b(?:province|provinces|governorate|countryside|district)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
_HINT_GAP_RE = re.compile(
    r"^[^.;:]{0,80}?\b(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?"
    r"(?:(?:countryside|province|governorate|suburbs|outskirts)\s+of\s+(?:the\s+)?)?#?$",
    re.IGNORECASE,
)
_HINT_BEFORE_RE = re.compile(
    r"^(?:['’]s)?\s+(?:(?:towns?|villages?|neighbou?rhoods?|districts?|areas?)\s+of\b"
    r"|(?:area|province|countryside|governorate)?,?\s*(?:including|namely|such\s+as)\b)",
    re.IGNORECASE,
)
_HINT_OPENING_RE = re.compile(r"\s*(?:In|Across)\s+(?:the\s+)?(?:\w+ern\s+)?$", re.IGNORECASE)
_HINT_OPENING_AFTER_RE = re.compile(
    r"(?:\s+(?:province|governorate|countryside))?\s*[,:]", re.IGNORECASE
)
_CITY_AFTER_RE = re.compile(r"^\s+city\b", re.IGNORECASE)
_CONTAINER_AFTER_RE = re.compile(
    r"^(?:['’]s)?\s+(?:towns?|villages?|neighbou?rhoods?|districts?|suburbs?|areas)\s+of\b",
    re.IGNORECASE,
)
_CITY_OF_BEFORE_RE = re.compile(
    r"\b(?:neighbou?rhoods?|districts?|quarters?)\s+(?:of|in)\s+(?:the\s+city\s+of\s+)?$",
    re.IGNORECASE,
)
# "the eastern Ghouta town of X", "the Damascus suburb of X": the first name contains the second.
_THE_BEFORE_RE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_AREA_OF_AFTER_RE = re.compile(
    r"^(?:['’]s)?\s+(?:towns?|villages?|suburbs?|cities|areas?|countryside)\s+of\b", re.I
)
_PLURAL_OF_BEFORE_RE = re.compile(
    r"\b(?:neighbou?rhoods|districts|quarters)\s+(?:of|in)\s+(?:the\s+city\s+of\s+)?$",
    re.IGNORECASE,
)
_BASED_AFTER_RE = re.compile(r"^-based\b", re.IGNORECASE)

_ORG_RE = re.compile(
    r"\b(?:Liwa|Liwaa|Jaish|Jaysh|Jabhat|Harakat|Ahrar|Faylaq|Jund|Kataib|Katibat|Alwiya|Firqat"
    r"|Tajammu|Fursan|Suqour|Saraya|Ansar|Hay['’]at)\b"
    r"(?:[ -](?:(?:al|el|ad|as|ash|an|ar|at|az)[- ])?[A-Z][\w'’]*){1,4}"
    r"|\b(?:[A-Z][\w'’-]*\s+){1,2}(?:Corps|Brigades?|Battalions?|Regiment|Division)\b",
)
# Literal-first scans finding where _ORG_RE can match: a group word opening the
# name, or a unit word closing it (matched from up to two words before).
_ORG_OPENING_RE = re.compile(
    r"(?:Liwa|Jaish|Jaysh|Jabhat|Harakat|Ahrar|Faylaq|Jund|Kataib|Katibat|Alwiya|Firqat"
    r"|Tajammu|Fursan|Suqour|Saraya|Ansar|Hay['’]at)"
)
_ORG_UNIT_RE = re.compile(r"(?:Corps|Brigade|Battalion|Regiment|Division)")
_REGION_RE = re.compile(
    r"\b(?=[EWaeGJQHB])(?:(?:(?:Eastern|Western|East|West)\s+)?(?:al-|el-)?Ghout?ah?"
    r"|(?:al-|el-)?Ghab(?:\s+[Pp]lain)?"
    r"|J[ae]b[ae]l\s+(?:al-|el-|al\s+)?(?:Zawiya[h]?|Zawiyeh|Akrad|Turkman|Turkmen|Zawiye)"
    r"|(?:al-)?Qalam[oa]?un|Hauran|Houran|Badia|Badiya)\b"
)
_REGION_HINT_RE = re.compile(r"Gh|Jab|Jeb|Qalam|Hauran|Houran|Badi")

#: Names that are never struck places in Syria: seas, foreign capitals, countries.
_FOREIGN = frozenset(
    """
    caspian caspiansea mediterranean mediterraneansea blacksea brussels moscow paris london
    washington ankara istanbul beirut amman tehran baghdad riyadh doha geneva vienna newyork
    manchester berlin rome sochi turkey iraq iran lebanon jordan israel egypt europe russia
    unitedstates us usa america saudiarabia qatar france germany uk unitedkingdom britain
    syria ukraine crimea kuwait
    """.split()
)
_LAUNCH_NAMES = frozenset(("hmeimim", "khmeimim", "hmaymim", "humaymim", "basselalassad"))


@functools.lru_cache(maxsize=4096)
def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


_ARTICLE_RE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ad-d)[-\s]+")


@functools.lru_cache(maxsize=8192)
def place_key(name: str) -> str:
    """Return a spelling-tolerant key for a place name, for deduplication.

    Articles, apostrophes, vowels, doubled letters and word breaks are
    dropped, and a final "-ah"/"-eh" counts as "-a".

    Parameters
    ----------
    name : str
        A place name as written.

    Returns
    -------
    str
        The key; equal keys are taken to name the same place.

    Examples
    --------
    >>> place_key("Kafr Zita") == place_key("Kafrzita")
    True
    >>> place_key("Al Lataminah") == place_key("Latamneh")
    True
    """
    gov = _canonical_governorate(name)
    text = _fold(gov or _split_designator(name)[0]).lstrip("#")
    text = _ARTICLE_RE.sub("", text)
    text = re.sub(r"\s+(?:city|province|governorate|town|village)$", "", text)
    text = re.sub(r"(?<=[aeiou])h\b", "", text)
    letters = re.sub(r"[^a-z]", "", text)
    if not letters:
        return ""
    skeleton = letters[0] + re.sub(r"[aeiouy]", "", letters[1:])
    return re.sub(r"(.)\1+", r"\1", skeleton)


def _gov_lookup_key(name: str) -> str:
    return re.sub(r"[^a-z]", "", _ARTICLE_RE.sub("", _fold(name)))


_GOV_LOOKUP = {
    _gov_lookup_key(spelling): canon
    for canon, spellings in GOVERNORATES.items()
    for spelling in (canon, *spellings)
}


_DESIGNATOR_RE = re.compile(
    r"^(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?"
    r"(?:(?:provinces?|governorate|countryside)\s+of\s+)?(?P<core>.+?)"
    r"(?:\s+(?P<word>provinces?|governorate|countryside|region|city))?$",
    re.IGNORECASE,
)


def _split_designator(name: str) -> tuple[str, str | None]:
    """Split "Idlib Province" into ("Idlib", "province"); "Idlib city" into ("Idlib", "city")."""
    m = _DESIGNATOR_RE.match(name.strip().lstrip("#"))
    if m is None:
        return name, None
    word = m["word"].lower().rstrip("s") if m["word"] else None
    return m["core"], word


@functools.lru_cache(maxsize=8192)
def _canonical_governorate(name: str) -> str | None:
    return _GOV_LOOKUP.get(_gov_lookup_key(_split_designator(name)[0]))


_ACTOR_RE = re.compile(
    r"\b(?=\w)(?:(?P<russia>(?:Russian\s+and\s+Syrian|Syrian\s+and\s+Russian)(?:\s+[\w-]+){0,2}?"
    r"\s+(?:jets|warplanes|war\s?planes|aircraft|planes|bombers|helicopters|air\s+forces?)\b"
    r"|(?:Russia|RUSSIA)(?:n|ns|['’]s|N)?\b|Moscow['’]s\b|Su-?\d+\w*"
    r"|Sukhoi\b|Kalibr\b|Kremlin\b)"
    r"|(?P<regime>(?:Assad\s+)?[Rr]egime\b|Syrian\s+(?:Arab\s+)?(?:[Aa]rmy|[Mm]ilitary|[Aa]ir\s+[Ff]orce"
    r"|[Gg]overnment|warplanes|jets|helicopters|forces|troops)\b|[Gg]overnment\s+(?:forces"
    r"|warplanes|jets|aircraft|helicopters|troops)\b|[Pp]ro-government\b|Assad['’]s\s+forces\b"
    r"|[Ll]oyalist|[Bb]arrel[- ]bombs?\b|[Ee]xplosive\s+barrels?\b)"
    r"|(?P<coalition>(?:U\.?S\.?|American)[- ]led\b|[Cc]oalition\b|(?:American|U\.?S\.?"
    r"|French|British|Jordanian|Australian|Canadian|Turkish|Saudi|Emirati)\s+(?:jets|warplanes"
    r"|aircraft|planes|drones?|air\s*strikes?|defen[cs]e\s+ministry|military|navy|air\s+force)\b"
    r"|(?:France|Britain|Turkey|Jordan|Australia|Canada)['’]s\s+(?:military|defen[cs]e\s+ministry"
    r"|jets|warplanes|aircraft|navy|air\s+force)\b))",
)
_ACTOR_DISJUNCTION_RE = re.compile(r"\bwhether\b[^.;]*\bor\b", re.IGNORECASE)
_AIRCRAFT = r"(?:aircraft|air\s*craft|warplanes?|war\s+planes?|planes?|jets?|helicopters?|bombers?)"
# A report saying it cannot tell whose aircraft struck: "could not identify the aircraft",
# "could not say whether the aircraft were Syrian or Russian", "unidentified warplanes",
# "aircraft of unknown nationality". Actor words inside the statement name no striker.
_UNIDENTIFIED_RE = re.compile(
    r"\b(?:(?:not|never|unable\s+to|n['’]t)\s+(?:be\s+)?(?:able\s+to\s+)?"
    r"(?:identify|identified|determine|determined|establish|established|say|tell|confirm|confirmed"
    r"|know|verify|verified)\b[^.;]{0,40}?"
    rf"(?:\b{_AIRCRAFT}\b|\bwhose\b|\bnationality\b)[^.;:]*"
    rf"|\b(?:unidentified|unknown|unmarked)\s+(?:[\w-]+\s+)?{_AIRCRAFT}\b"
    rf"|\b{_AIRCRAFT}\s+of\s+(?:unknown|unidentified|undetermined)\s+(?:nationality|origin)\b)",
    re.IGNORECASE,
)

# Case-sensitive on purpose (much faster than IGNORECASE on this many
# alternatives): words that may open a sentence are written "[Aa]ctivists".
_CLAIMANT_RE = re.compile(
    r"\b(?=\w)(?:(?P<coalition>[Cc]oalition\s+(?:said|says|statement|spokes\w+|officials)\b"
    r"|CJTF\b|Combined\s+Joint\s+Task\s+Force\b|Inherent\s+Resolve\b|CENTCOM\b"
    r"|Central\s+Command\b)"
    r"|(?P<governments>(?:[Tt]he\s+)?(?:French|British|Turkish|German|Jordanian|Israeli|Australian"
    r"|Canadian|Iraqi)\s+(?:[Dd]efen[cs]e\s+[Mm]inist\w+|[Mm]ilitary|[Aa]rmy|[Nn]avy|[Gg]overnment"
    r"|[Aa]ir\s+[Ff]orce|officials)\b"
    r"|(?:France|Britain|Turkey|Germany|Jordan|Israel|Iraq)['’]s\s+(?:[Dd]efen[cs]e\s+[Mm]inist\w+"
    r"|[Mm]ilitary|[Aa]rmy|[Nn]avy|[Gg]overnment|[Aa]ir\s+[Ff]orce)\b"
    r"|[Gg]overnments?\s+of\b|Foreign\s+Minist\w+|NATO\b|Pentagon\b"
    r"|State\s+Department\b|White\s+House\b|(?:U\.?S\.?|American|British|French)\s+officials\b)"
    r"|(?P<russian_mod>(?:Russian\s+)?(?:[Dd]efen[cs]e\s+[Mm]inistry|Ministry\s+of\s+Defen[cs]e)"
    r"|[Dd]efen[cs]e\s+[Mm]inister\b|[Tt]he\s+ministry\b|Konashenkov\b|Shoigu\b"
    r"|Russian\s+(?:officials|authorities|military\s+said)|Russia\s+said\b|Moscow\s+said\b"
    r"|Reconciliation\s+Cent(?:er|re)\b)"
    r"|(?P<kremlin>Kremlin\b(?!-backed)|Peskov\b|Putin\s+said\b)"
    r"|(?P<sana>SANA\b|[Ss]tate\s+news\s+agency\b|Syrian\s+Arab\s+News\s+Agency\b)"
    r"|(?P<state_media>[Ss]tate\s+(?:TV|[Tt]elevision|[Mm]edia)\b"
    r"|[Pp]ro-regime\s+(?:outlets|media|accounts)"
    r"|Syrian\s+(?:[Aa]rmy|[Mm]ilitary)\s+(?:said|says|statement|announced|command)"
    r"|[Gg]eneral\s+[Cc]ommand\b|al-Manar\b|Hezbollah\s+media\b)"
    r"|(?P<lcc>LCC\b|Local\s+Coordination\s+Committees?\b)"
    r"|(?P<rebels>[Rr]ebels\s+(?:said|say|says|claimed|reported)\b"
    r"|(?:[Rr]ebel|FSA|[Oo]pposition)\s+(?:commanders?|spokes(?:man|woman|person)|officials?)\b"
    r"|commander\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}(?:rebel|FSA)\s+(?:group|brigade|faction)\b)"
    r"|(?P<sohr>SOHR\b|Syrian\s+Observatory\b|[Tt]he\s+Observatory\b|Abdulrahman\b"
    r"|(?:[Aa]|[Tt]he)\s+(?:war\s+)?monitoring\s+group\b"
    r"|Abdul\s+Rahman\b)"
    r"|(?P<phr>PHR\b|Physicians\s+for\s+Human\s+Rights\b)"
    r"|(?P<civil_defence>White\s+Helmets\b|Civil\s+Defen[cs]e\b|[Cc]ivil\s+defen[cs]e\b)"
    r"|(?P<analysts>Institute\s+for\s+the\s+Study\s+of\s+War\b|ISW\b|Syria\s+Institute\b"
    r"|Levantine\s+Group\b)"
    r"|(?P<rights_groups>Amnesty\b|Human\s+Rights\s+Watch\b|HRW\b|MSF\b"
    r"|Doctors\s+Without\s+Borders\b|UOSSM\b|Syrian\s+Network\s+for\s+Human\s+Rights\b"
    r"|SNHR\b)"
    r"|(?P<activists>[Aa]ctivists?\b|SMART\b|Qasioun\b|Shaam\s+News\b|[Ll]ocal\s+sources?\b"
    r"|Aleppo\s+Media\s+Cent(?:er|re)\b|Orient\s+News\b|Enab\s+Baladi\b|Thiqa\b"
    r"|[Ll]ocal\s+media\b|[Oo]pposition\s+media\b|[Rr]esidents\b)"
    r"|(?P<media>Al\s+Jazeera\b|Reuters\b|Associated\s+Press\b|AP\b|AFP\b"
    r"|New\s+York\s+Times\b|Sky\s+News\b|CNN\b|TASS\b|BBC\b))",
)

_TARGET_RE = re.compile(
    r"\b(?=[idrofnjasulchmb])(?:(?P<isis>\bISIS\b|\bISIL\b|\bIslamic\s+State\b|\bDa['’]?esh\b|\bDaech\b|\bIS\b)"
    r"|(?P<rebels>\brebels?\b|\brebel[- ]held\b|\bopposition(?:[- ]held)?\b|\binsurgents?\b"
    r"|\bFree\s+Syrian?\s+Army\b|\bFSA\b|\bNusra\b|\bJaish\s+al-Fateh\b|\bAhrar\s+al-Sham\b"
    r"|\bFateh\s+al-Sham\b|\bJaish\s+al-Islam\b|\bFaylaq\s+al-\w+|\bSham\s+Corps\b"
    r"|\bNour\s+al-Din\s+al-Zinki\b|\bJund\s+al-Aqsa\b|\bSouthern\s+Front\b"
    r"|\bUS[- ]trained\b|\bU\.S\.[- ]trained\b|\bLiwa\s+Suqour)"
    r"|(?P<civilians>\bcivilians?\b|\bresidential\b|\bhomes\b|\bhospitals?\b|\bmedical\b"
    r"|\bmarkets?\b|\bschools?\b|\bbakery\b|\bbakeries\b|\bmosques?\b|\binnocent\b))",
    re.IGNORECASE,
)
_TARGET_NEGATION_BEFORE_RE = re.compile(
    r"(?:\bnot|\bnever|\brather\s+than|\bno|\bnon-|\bnominal|\bpro-|\banti-|\binstead\s+of)"
    r"(?:\s+[\w'’]+){0,2}[\s-]*$",
    re.IGNORECASE,
)
_TARGET_NEGATION_AFTER_RE = re.compile(r"^-free\b|^\s+(?:forces\s+)?(?:are|is)\s+not\b", re.I)

_WEAPON_RE = re.compile(
    r"\b(?=[pcstvbeiwkugmr])(?:(?P<parachute_retarded_bombs>\bparachute[- ]retarded\s+bombs?)"
    r"|(?P<cluster_bombs>\bcluster\s+(?:bombs?|munitions?)|\bsubmunitions?\b)"
    r"|(?P<thermobaric>\bthermobaric\b)"
    r"|(?P<vacuum_bombs>\bvacuum\s+bombs?)"
    r"|(?P<barrel_bombs>\bbarrel[- ]bombs?|\bexplosive\s+barrels?)"
    r"|(?P<incendiary>\bincendiary\b|\bwhite\s+phosphorus\b)"
    r"|(?P<bunker_busters>\bbunker[- ]busters?\b|\bBETAB\b)"
    r"|(?P<cruise_missiles>\bcruise\s+missiles?|\bKalibr\b|\bCaliber\s+missiles?)"
    r"|(?P<unguided_bombs>\bunguided\s+(?:bombs?|munitions?))"
    r"|(?P<missiles>\b(?:surface|ground|sea)[- ](?:to[- ]surface[- ]|launched\s+)?missiles?"
    r"|\bballistic\s+missiles?|\bmissiles?\b(?!\s+carriers?))"
    r"|(?P<rockets>\brockets?\b(?!\s+launch)))",
    re.IGNORECASE,
)

_WEAPON_LABELS = {
    name: name.replace("_", " ").replace("parachute retarded", "parachute-retarded")
    for name in _WEAPON_RE.groupindex
}

_STATEMENT_BEFORE_RE = re.compile(
    r"\b(?:said|says|say|reported|reports|report|told|announced|published|wrote|added|tweeted"
    r"|released|stated|confirmed|claimed|declared|statement|interview|briefing)\b"
    r"(?:\s+(?!that\b)[\w'’]+){0,2}\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_STATEMENT_AFTER_RE = re.compile(
    r"^\s+(?:said|says|reported|announced|published|wrote|told|tweeted|released)\b", re.I
)
_OTHER_CLAUSE_RE = re.compile(
    r"\b(?:(?:after|before)(?!\s+(?:about\s+|around\s+)?\d)|until|once|following)\b",
    re.IGNORECASE,
)
# "since Saturday", "until 18 October": a bound of a period, not the day of a strike.
_PERIOD_BOUND_BEFORE_RE = re.compile(r"\b(?:since|until|till)\s+(?:the\s+)?$", re.IGNORECASE)
# Another predicate between a strike word and a date: "hit X, a town troops have been trying to
# storm since Saturday".
_OTHER_PREDICATE_RE = re.compile(
    r"\b(?:to\s+[a-z]+|ha(?:ve|s|d)\s+been|who|which|that|where)\b", re.IGNORECASE
)

# --------------------------------------------------------------------------- records


@dataclass
class _Span:
    start: int
    end: int
    label: str


@dataclass
class _SpanList:
    """Matches of one pattern over a whole document, with their starts for bisection."""

    spans: list[_Span]
    starts: list[int]


@dataclass
class _Post:
    start: int
    end: int
    date: date
    basis: str
    # The headline's date, for the undated strikes of the text it heads.
    default: ResolvedDate | None = None


@dataclass
class _Scope:
    """What carries from one sentence to the next inside a paragraph or post."""

    date: ResolvedDate | None = None
    date_sentence: int = -1


@dataclass
class _DocContext:
    text: str
    lower: str
    doc: Document
    sentences: list[tuple[int, int]]
    sentence_starts: list[int]
    mentions: list[Mention]
    mention_starts: list[int]
    paragraphs: list[int]
    posts: list[_Post]
    post_starts: list[int]
    triggers: _SpanList
    live_blog: bool
    captions: list[tuple[int, int]] = field(default_factory=list)
    default_actor: str | None = None
    cities_seen: Counter[str] = field(default_factory=Counter)
    # The document's own voice from each offset on (see _document_voices).
    voice_starts: list[int] = field(default_factory=list)
    voices: list[str | None] = field(default_factory=list)
    # The last date tied to a strike: (date, sentence index), for later paragraphs.
    last_date: tuple[ResolvedDate, int] | None = None
    cache: dict[tuple[str, int], str | None] = field(default_factory=dict)
    span_cache: dict[tuple[str, int], list[_Span]] = field(default_factory=dict)
    trigger_cache: dict[int, list[_Span]] = field(default_factory=dict)
    clause_cache: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    cue_cache: dict[int, list[DateCue]] = field(default_factory=dict)
    air_cache: dict[int, bool] = field(default_factory=dict)
    unidentified_cache: dict[int, list[_Span]] = field(default_factory=dict)


# --------------------------------------------------------------------------- public API


def extract_events(doc: Document, find_mentions: MentionFinder | None = None) -> list[StrikeEvent]:
    """Extract one strike event per struck place from a report.

    Parameters
    ----------
    doc : Document
        The report; spans in the events index ``doc.text``.
    find_mentions : callable, optional
        ``text -> list[Mention]``; called once on the whole text. Defaults
        to the packaged gazetteer's :meth:`~geo.gazetteer.Gazetteer.find_mentions`.

    Returns
    -------
    list of StrikeEvent
        In text order; one per struck place (per place and date in a live
        blog), with ``text[char_start:char_end] == place_as_written``.
    """
    if find_mentions is None:
        from geo.geocode.gazetteer import load_gazetteer

        find_mentions = load_gazetteer().find_mentions
    ctx = _build_context(doc, find_mentions(doc.text))
    events: list[StrikeEvent] = []
    scopes: dict[tuple[str, int], _Scope] = {}
    for index, (s, e) in enumerate(ctx.sentences):
        events.extend(_sentence_events(ctx, index, s, e, scopes))
    return _deduplicate(_drop_headline_areas(ctx, events), ctx.live_blog)


def _headline_spans(ctx: _DocContext) -> list[tuple[int, int]]:
    """Return the spans of title lines: the document's title, or a first line without a stop.

    "Dozens of raids ... on the countryside of Idlib and Hama" above a
    bulletin summarises the places listed below it.
    """
    title = " ".join((ctx.doc.title or "").split()).casefold()
    spans = []
    first = True
    for line in re.finditer(r"[^\n]+", ctx.text):
        body = " ".join(line.group().split())
        if not body:
            continue
        if (title and body.casefold() == title) or (first and not body.endswith((".", "!", "?"))):
            spans.append(line.span())
        first = False
    return spans


def _drop_headline_areas(ctx: _DocContext, events: list[StrikeEvent]) -> list[StrikeEvent]:
    """Drop governorates and regions named in a title line when the body has struck places.

    A title names the areas the report's finer places lie in; they are hints,
    not struck places, once the lines below carry the strikes.
    """
    headlines = _headline_spans(ctx)
    if not headlines:
        return events

    def in_headline(ev: StrikeEvent) -> bool:
        return any(a <= ev.char_start < b for a, b in headlines)

    if all(in_headline(ev) for ev in events):
        return events
    by_start = {m.start: m for m in ctx.mentions}
    return [
        ev
        for ev in events
        if not (
            in_headline(ev) and ev.char_start in by_start and _is_area(ctx, by_start[ev.char_start])
        )
    ]


# --------------------------------------------------------------------------- document context


def _spans(pattern: re.Pattern[str], text: str) -> _SpanList:
    spans = [_Span(m.start(), m.end(), m.lastgroup or "") for m in pattern.finditer(text)]
    return _SpanList(spans, [sp.start for sp in spans])


def _lower(text: str) -> str:
    """Lowercase a text, keeping every character at its offset."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _trigger_spans(text: str) -> _SpanList:
    """Find strike trigger words (labelled "strong" or "weak") in one scan."""
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


def _org_spans(text: str) -> list[tuple[int, int]]:
    """Spans of organisation names ("Liwa Suqour al-Jabal", "Sham Corps"), in text order."""
    found: dict[tuple[int, int], None] = {}
    for m in _ORG_OPENING_RE.finditer(text):
        org = _ORG_RE.match(text, m.start())
        if org is not None and (m.start() == 0 or not text[m.start() - 1].isalnum()):
            found[org.span()] = None
    for m in _ORG_UNIT_RE.finditer(text):
        lo = max(0, m.start() - 60)
        for org in _ORG_RE.finditer(text, lo, m.end() + 12):
            if org.start() <= m.start() < org.end():
                found[org.span()] = None
                break
    return sorted(found)


def _sentence_cues(ctx: _DocContext, index: int) -> list[DateCue]:
    """Date expressions in one sentence (found once, when a strike sentence needs them)."""
    cues = ctx.cue_cache.get(index)
    if cues is None:
        s, e = ctx.sentences[index]
        cues = ctx.cue_cache[index] = find_date_cues(ctx.text, s, e)
    return cues


def _in_range(spans: _SpanList, s: int, e: int) -> list[_Span]:
    return spans.spans[bisect_left(spans.starts, s) : bisect_left(spans.starts, e)]


def _build_context(doc: Document, found: Sequence[Mention]) -> _DocContext:
    text = doc.text
    mentions = _clean_mentions(text, found)
    paragraphs = [0] + [m.end() for m in re.finditer(r"\n", text)]
    posts, live_blog = _posts(text, doc.published)
    written = dateline_date(text, doc.published)
    if written is not None and posts[0].basis == "published":
        # Relative words count from the day the copy was written.
        posts[0].date = written
    posts[0].default = headline_date(doc.title, text, doc.published)
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
    )
    changes = _document_voices(ctx)
    ctx.voice_starts = [pos for pos, _ in changes]
    ctx.voices = [voice for _, voice in changes]
    return ctx


# --------------------------------------------------------------------------- document voice

# A header or byline naming the author: "Syrian Observatory for Human Rights - 12 January 2016",
# "Briefing by the official representative of the Russian Ministry of Defence".
_BYLINE_OPENING_RE = re.compile(
    r"^(?:(?:[Bb]riefing|[Ss]tatement|[Bb]ulletin|[Rr]eport|[Pp]ress\s+[Rr]elease|[Rr]elease"
    r"|[Cc]ommuniqu\w+|[Dd]aily\s+[Rr]eport)\s+(?:by|of|from)\b)"
)
_BYLINE_AFTER_RE = re.compile(r"^[^\w]*(?:[-–—|:,(]|\d|$)")
# A dateline: "Provinces, SANA - ", "BEIRUT (Reuters) - ", "SOUTHWEST ASIA - ".
_DATELINE_RE = re.compile(r"^[A-Z][\w .,'’()/-]{0,50}?\s[-–—]\s", re.MULTILINE)
_RELEASE_ENDING_RE = re.compile(
    r"(?:officials|spokes\w+)?\s*(?:reported|said|announced|stated)\.?\s*$", re.IGNORECASE
)
# A speaker's turn in a transcript: "Konashenkov: Good afternoon.", "Question (Interfax): ...".
_SPEAKER_TURN_RE = re.compile(
    r"^(?P<label>[A-Z][\w.'’ -]{0,40}?)(?:\s*\([^)\n]{0,40}\))?:[ \t]+\S", re.MULTILINE
)
_QUESTION_LABEL_RE = re.compile(r"^(?:Question|Q|Journalist|Reporter|Correspondent|Host)\b")
_FIRST_PERSON_RE = re.compile(r"\b[Ww]e\b")
_QUOTED_RE = re.compile(r"[\"“][^\"”\n]*[\"”]")
#: Voices that can author a report of their own (a bulletin, a report on attacks).
_AUTHOR_VOICES = frozenset(("phr", "rights_groups", "sohr", "lcc", "civil_defence", "analysts"))
_HEADER_LINES = 6


def _cue_voice(text: str, s: int, e: int, anchored: bool = False) -> str | None:
    """Return the claimant named in ``text[s:e]`` (at its start when ``anchored``)."""
    for m in _CLAIMANT_RE.finditer(text, s, e):
        if anchored and text[s : m.start()].strip(" -–—,.:(").lower() not in ("", "the"):
            return None
        return m.lastgroup
    return None


def _document_voices(ctx: _DocContext) -> list[tuple[int, str | None]]:
    """Say who speaks when a sentence cites no one: the document's author, then each speaker.

    The author comes from the source metadata ("SANA", "Physicians for Human
    Rights"), a byline or header line ("Syrian Observatory for Human Rights -
    12 January 2016"), the dateline ("Provinces, SANA -"; a news agency's
    "BEIRUT (Reuters) -" is the reporter's own voice), a release whose first
    sentence ends "... officials reported", or an organisation that writes
    "we" and is the only one named in the opening paragraphs. In a transcript
    each speaker's turn ("Konashenkov:") sets the voice until the next one; a
    question's turn has none. A live blog has no single author.
    """
    if ctx.live_blog:
        return []
    text = ctx.text
    author: str | None = None
    if ctx.doc.source:
        author = _cue_voice(ctx.doc.source, 0, len(ctx.doc.source))
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[:3000])]
    lines = [(a, b) for a, b in lines if text[a:b].strip()][:_HEADER_LINES]
    if author is None:
        for a, b in lines:
            line = text[a:b].strip()
            if len(line) > 120 or line.endswith("."):
                continue
            opening = _BYLINE_OPENING_RE.match(line)
            found = _cue_voice(line, opening.end() if opening else 0, len(line), not opening)
            if found is None:
                continue
            if opening or _BYLINE_AFTER_RE.match(line[_CLAIMANT_RE.search(line).end() :]):
                author = found
                break
    media = False
    for m in _DATELINE_RE.finditer(text, 0, lines[-1][1] + 400 if lines else 0):
        voice = _cue_voice(text, m.start(), m.end())
        if voice == "media":
            media = True
        elif voice is not None and author is None:
            author = voice
        elif voice is None and author is None:
            end = text.find("\n", m.end())
            first = text[m.end() : end if end >= 0 else len(text)]
            spans = split_sentences(first)
            first = first[spans[0][0] : spans[0][1]] if spans else first
            tail = _RELEASE_ENDING_RE.search(first)
            if tail is not None:
                found = _cue_voice(first, max(0, tail.start() - 80), len(first))
                if found not in (None, "media", "activists", "rebels"):
                    author = found
        break
    if author == "media" or media:
        author = None
    if author is None:
        author = _first_person_author(ctx)
    changes: list[tuple[int, str | None]] = [(0, author)]
    for pos in ctx.paragraphs:
        m = _SPEAKER_TURN_RE.match(text, pos) if text[pos : pos + 1].isupper() else None
        if m is None:
            continue
        label = m["label"]
        voice = _cue_voice(label, 0, len(label))
        if voice is not None and voice != "media":
            changes.append((m.start(), voice))
        elif _QUESTION_LABEL_RE.match(label):
            changes.append((m.start(), None))
    return changes


def _first_person_author(ctx: _DocContext) -> str | None:
    """Return the organisation of a report written as "we": named in its opening, cited throughout.

    It must be the only author-like organisation named in the first three
    long paragraphs, and be named at least three times in the text.
    """
    text = ctx.text
    if not _FIRST_PERSON_RE.search(text):
        return None
    opening = [
        (a, b)
        for a, b in ((m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[:6000]))
        if b - a > 120
    ][:3]
    named = {
        m.lastgroup
        for a, b in opening
        for m in _CLAIMANT_RE.finditer(text, a, b)
        if m.lastgroup in _AUTHOR_VOICES
    }
    if len(named) != 1 or not _FIRST_PERSON_RE.search(_QUOTED_RE.sub("", text)):
        return None
    voice = named.pop()
    cited = sum(m.lastgroup == voice for m in _CLAIMANT_RE.finditer(text))
    return voice if cited >= 3 else None


def _voice_at(ctx: _DocContext, pos: int) -> str | None:
    i = bisect_right(ctx.voice_starts, pos) - 1
    return ctx.voices[i] if i >= 0 else None


def _find(pattern: re.Pattern[str], text: str, s: int, e: int) -> list[_Span]:
    return [_Span(m.start(), m.end(), m.lastgroup or "") for m in pattern.finditer(text, s, e)]


def _find_cached(ctx: _DocContext, pattern: re.Pattern[str], s: int, e: int) -> list[_Span]:
    key = (pattern.pattern, s)
    found = ctx.span_cache.get(key)
    if found is None:
        found = ctx.span_cache[key] = _find(pattern, ctx.text, s, e)
    return found


_DOMINANT_SHARE = 0.6


def _default_actor(ctx: _DocContext) -> str:
    """Return the actor named most often in the document (computed once, when needed).

    It must be named in at least ``_DOMINANT_SHARE`` of the actor cues;
    otherwise the default is "unknown".
    """
    if ctx.default_actor is None:
        text = ctx.text
        actors = _find(_ACTOR_RE, text, 0, len(text))
        counts = Counter(a.label for a in actors if not _is_support(text, a.start))
        top = counts.most_common(1)
        # Only a clear majority speaks for the report: a report naming Syrian and
        # Russian aircraft alike does not say whose unattributed strike it tells.
        dominant = top and top[0][1] >= _DOMINANT_SHARE * sum(counts.values())
        ctx.default_actor = top[0][0] if dominant else "unknown"
    return ctx.default_actor


def _clean_mentions(text: str, found: Sequence[Mention]) -> list[Mention]:
    """Keep mentions written as names, outside organisation names; add regions."""
    orgs = _org_spans(text)
    org_starts = [s for s, _ in orgs]
    kept: list[Mention] = []
    for m in sorted(found, key=lambda m: m.start):
        if not _written_as_name(m.surface):
            continue
        i = bisect_right(org_starts, m.start) - 1
        if i >= 0 and m.start < orgs[i][1]:
            continue
        kept.append(m)
    starts = [m.start for m in kept]
    regions = []
    for r in _REGION_RE.finditer(text) if _REGION_HINT_RE.search(text) else ():
        i = bisect_left(starts, r.end())
        if i == 0 or kept[i - 1].end <= r.start():
            regions.append(Mention(r.start(), r.end(), r.group(), ()))
    if regions:
        kept = sorted(kept + regions, key=lambda m: m.start)
    return kept


def _written_as_name(surface: str) -> bool:
    core = _ARTICLE_RE.sub("", _split_designator(surface)[0].lstrip("#"))
    return bool(core) and (core[0].isupper() or core[0].isdigit())


def _posts(text: str, published: date) -> tuple[list[_Post], bool]:
    """Split a text into live-blog posts and date each one.

    Posts are taken to run newest first: a post whose header lost its
    timestamp ("Posted at" alone) is dated by the latest date its own text
    names on or before the date of the post above it.
    """
    headers = find_post_headers(text, published)
    posts = [_Post(0, headers[0].start if headers else len(text), published, "published")]
    bound = published
    for i, header in enumerate(headers):
        end = headers[i + 1].start if i + 1 < len(headers) else len(text)
        above = posts[-1].date
        if header.kind == "dated" and header.date is not None:
            dated = header.date
        elif header.kind == "timed":
            dated = above
        else:
            named = find_date_cues(text, header.end, end)
            dated = _latest_named_day(named, bound) or above
        posts.append(_Post(header.start, end, dated, "post"))
        # A post is no newer than the one above it, give or take a day: a post
        # written on Wednesday may only name Tuesday.
        if in_sane_window(dated):
            bound = min(bound, dated + timedelta(days=1))
    if len(headers) < 2:
        # One stray "Updated at" line does not make a live blog.
        posts = [replace(p, basis="published") for p in posts]
    return posts, len(headers) >= 2


def _latest_named_day(cues: list[DateCue], bound: date) -> date | None:
    latest: date | None = None
    for cue in cues:
        resolved = resolve_cue(cue, bound) if cue.kind != "anaphoric" else None
        if resolved and resolved.precision == "day" and resolved.date <= bound:
            latest = resolved.date if latest is None else max(latest, resolved.date)
    return latest


# --------------------------------------------------------------------------- triggers


def _is_support(text: str, pos: int) -> bool:
    return _support_window(text[max(0, pos - 80) : pos])


@functools.lru_cache(maxsize=4096)
def _support_window(before: str) -> bool:
    """Say whether ``before`` ends in a support phrase ("backed by Russian")."""
    return _SUPPORT_BEFORE_RE.search(before) is not None


def _valid_triggers(ctx: _DocContext, index: int, s: int, e: int) -> list[_Span]:
    cached = ctx.trigger_cache.get(index)
    if cached is None:
        cached = ctx.trigger_cache[index] = _find_valid_triggers(ctx, index, s, e)
    return cached


def _find_valid_triggers(ctx: _DocContext, index: int, s: int, e: int) -> list[_Span]:
    text = ctx.text
    found = _in_range(ctx.triggers, s, e)
    valid = []
    for t in found:
        before = text[max(s, t.start - 60) : t.start]
        if _is_support(text, t.start):
            continue
        if _GROUND_AGENT_BEFORE_RE.search(before) and not _PASSIVE_BEFORE_RE.search(before):
            continue
        if _UNREAL_BEFORE_RE.search(before) or _NOT_A_STRIKE_BEFORE_RE.search(before):
            continue
        if _DENIAL_BEFORE_RE.search(text, max(s, t.start - 80), t.start):
            continue
        if _NOT_A_STRIKE_AFTER_RE.search(text[t.end : min(e, t.end + 30)]):
            continue
        if t.label == "weak" and not _has_air_context(ctx, index):
            continue
        if _SHELLING_RE.match(text, t.start, t.end) and not any(
            c0 <= t.start < c1 and _has_air_word(text, c0, c1)
            for c0, c1 in _sentence_clauses(ctx, s, e)
        ):
            # Shelling is artillery's: an air word must be in its own clause.
            continue
        valid.append(t)
    return valid


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
    return False


def _has_air_word(text: str, s: int, e: int) -> bool:
    """Say whether ``text[s:e]`` names aircraft ("anti-tank missiles" does not)."""
    for m in _AIR_CONTEXT_RE.finditer(text, s, e):
        lo = max(s, m.start() - 30)
        before = text[lo : m.start()].lower()
        if not any(w in before for w in _NOT_AIR_WORDS) or not _NOT_AIR_BEFORE_RE.search(
            text, lo, m.start()
        ):
            return True
    return False


#: Words one of which _NOT_AIR_BEFORE_RE needs (a fast pre-check).
_NOT_AIR_WORDS = ("anti", "tow", "surface", "ground", "whether", "without", "no", "-made")


def _post_index(ctx: _DocContext, pos: int) -> int:
    return max(0, bisect_right(ctx.post_starts, pos) - 1)


def _sentence_clauses(ctx: _DocContext, s: int, e: int) -> list[tuple[int, int]]:
    """Return the clauses of the sentence ``ctx.text[s:e]`` (found once per sentence)."""
    found = ctx.clause_cache.get(s)
    if found is None:
        found = ctx.clause_cache[s] = _clauses(ctx.text, s, e)
    return found


def _clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    bounds = [s]
    for m in _CLAUSE_BREAK_RE.finditer(text, s, e):
        bounds.append(m.start())
    bounds.append(e)
    return list(zip(bounds[:-1], bounds[1:], strict=True))


# --------------------------------------------------------------------------- mention roles


def _role(ctx: _DocContext, m: Mention, previous: tuple[Mention, str] | None) -> str:
    """Say what a mention is in its sentence: struck, reference, launch, foreign, ..."""
    text = ctx.text
    if _is_foreign(m.surface):
        return "foreign"
    if _name_key(m.surface) in _LAUNCH_NAMES:
        return "launch"
    before = text[max(0, m.start - 70) : m.start]
    after = text[m.end : m.end + 40]
    if _BASED_AFTER_RE.search(after):
        return "reference"
    if _SPEAKER_AFTER_RE.search(after):
        return "foreign"
    # One scan for the words the patterns below need; each runs only if its words are there.
    kinds: set[str] = set()
    for w in _ROLE_WORDS_RE.finditer(ctx.lower, max(0, m.start - 70), m.start):
        kinds.update(_ROLE_WORD_KINDS.get(w.lastgroup or "", (w.lastgroup or "",)))
    if not kinds:
        return _role_after(ctx, m, previous, after, before)
    if "launch" in kinds and _LAUNCH_BEFORE_RE.search(before):
        return "launch"
    if ("meeting" in kinds and _MEETING_BEFORE_RE.search(before)) or (
        "speaker" in kinds and _SPEAKER_BEFORE_RE.search(before)
    ):
        return "foreign"
    if "reference" in kinds and _REFERENCE_BEFORE_RE.search(before):
        return "reference"
    near = _NEAR_BEFORE_RE.search(before) if "near" in kinds else None
    if near is None and "suburbs" in kinds and _canonical_governorate(m.surface):
        near = _SUBURBS_BEFORE_RE.search(before)
    if near is not None:
        cue = m.start - len(before) + near.start()
        apposition = _APPOSITION_BEFORE_RE.search(text, max(0, cue - 90), cue)
        if apposition is not None and not _is_setting(ctx, apposition.start()):
            return "reference"
        return "outside" if near.group().lower().startswith("outside") else "near"
    if "container" in kinds and (
        _PLURAL_OF_BEFORE_RE.search(before)
        or (_canonical_governorate(m.surface) and _CITY_OF_BEFORE_RE.search(before))
    ):
        return "container"
    return _role_after(ctx, m, previous, after, before)


def _is_setting(ctx: _DocContext, pos: int) -> bool:
    """Say whether a name at ``pos`` opens its sentence as a setting: "In Homs province, near X".

    Such a name locates the whole sentence, not the place after the comma:
    the reference point that follows locates the strike itself.
    """
    i = bisect_right(ctx.sentence_starts, pos) - 1
    return i >= 0 and bool(_HINT_OPENING_RE.fullmatch(ctx.text, ctx.sentence_starts[i], pos))


def _role_after(
    ctx: _DocContext,
    m: Mention,
    previous: tuple[Mention, str] | None,
    after: str,
    before: str,
) -> str:
    """Decide the roles that a list before the place or the words after it give."""
    if previous is not None and previous[1] in ("reference", "near", "outside"):
        gap = ctx.text[previous[0].end : m.start]
        if _LIST_GAP_RE.search(gap):
            return previous[1]
    if _canonical_governorate(m.surface) and _CONTAINER_AFTER_RE.search(after):
        return "container"
    if _AREA_OF_AFTER_RE.search(after) and _THE_BEFORE_RE.search(before):
        return "container"
    return "candidate"


@functools.lru_cache(maxsize=8192)
def _name_key(surface: str) -> str:
    return re.sub(r"[^a-z]", "", _fold(_ARTICLE_RE.sub("", surface.lstrip("#"))))


def _is_foreign(surface: str) -> bool:
    return _name_key(surface) in _FOREIGN or _fold(surface).replace(" ", "") in _FOREIGN


def _is_admin(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a mention names a governorate ("Idlib", "Hama province")."""
    key = ("admin", m.start)
    known = ctx.cache.get(key)
    if known is None:
        known = ctx.cache[key] = "yes" if _names_admin(ctx, m) else ""
    return bool(known)


def _is_area(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a mention names a governorate or a region ("Jabal al-Zawiya", "the Ghab plain").

    Either only locates the finer places struck beside it.
    """
    return _is_admin(ctx, m) or _is_region(m)


def _is_region(m: Mention) -> bool:
    if m.candidates:
        return all(p.precision == "region" for p in m.candidates)
    return _REGION_RE.fullmatch(m.surface) is not None


def _names_admin(ctx: _DocContext, m: Mention) -> bool:
    text = ctx.text
    after = text[m.end : m.end + 30]
    word = _split_designator(m.surface)[1]
    if word == "city" or _CITY_AFTER_RE.search(after):
        return False
    if word is not None or _ADMIN_AFTER_RE.search(after):
        return True
    if _ADMIN_BEFORE_RE.search(text, max(0, m.start - 40), m.start):
        return True
    if _canonical_governorate(m.surface):
        return True
    return bool(m.candidates) and all(p.precision == "governorate" for p in m.candidates)


def _is_neighbourhood(ctx: _DocContext, m: Mention, s: int, e: int) -> bool:
    if m.candidates and m.candidates[0].precision == "neighbourhood":
        return True
    window = ctx.text[m.end : min(e, m.end + 60)]
    before = ctx.text[max(s, m.start - 40) : m.start]
    near_after = re.match(r"^(?:[,\s]+(?:and\s+)?[\w'’-]+){0,6}?\s+neighbou?rhoods?\b", window)
    return bool(near_after) or bool(re.search(r"neighbou?rhoods?\s+of\s+$", before, re.I))


# --------------------------------------------------------------------------- attributes


def _nearest(spans: list[_Span], pos: int) -> _Span | None:
    best = None
    for sp in spans:
        if best is None or abs(sp.start - pos) < abs(best.start - pos):
            best = sp
    return best


def _sentence_actor(ctx: _DocContext, s: int, e: int, triggers: list[_Span]) -> str | None:
    """Return the actor a sentence names, "unknown" when it says it cannot tell whose aircraft."""
    text = ctx.text
    unidentified = _unidentified(ctx, s, e)
    cues = [
        a for a in _find_cached(ctx, _ACTOR_RE, s, e)
        if not _is_support(text, a.start)
        and not any(u.start <= a.start < u.end for u in unidentified)
    ]  # fmt: skip
    cues += unidentified
    if not cues:
        return None
    labels = {a.label for a in cues}
    if len(labels) > 1 and _ACTOR_DISJUNCTION_RE.search(text, s, e):
        return "unknown"
    anchor = triggers[0].start if triggers else s
    best = min(
        cues,
        key=lambda a: min(abs(a.start - t.start) for t in triggers or [_Span(anchor, anchor, "")]),
    )
    return best.label


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
_UNIDENTIFIED_WORDS = ("not", "n't", "n’t", "unable", "unidentified", "unknown", "unmarked")


def _sentence_claimant(ctx: _DocContext, s: int, e: int) -> str | None:
    text = ctx.text
    for c in _find_cached(ctx, _CLAIMANT_RE, s, e):
        # A dateline credit, "BEIRUT (Reuters) -", is not the source of the claim.
        if text[c.start - 1 : c.start] == "(" and text[c.end : c.end + 1] == ")":
            continue
        return c.label
    return None


def _target(ctx: _DocContext, s: int, e: int, m: Mention) -> str:
    text = ctx.text
    cues = []
    for t in _find_cached(ctx, _TARGET_RE, s, e):
        if _TARGET_NEGATION_BEFORE_RE.search(text, max(s, t.start - 30), t.start):
            continue
        if _TARGET_NEGATION_AFTER_RE.search(text[t.end : t.end + 30]):
            continue
        if t.label == "isis" and text[t.start : t.end] in ("is", "Is"):
            continue
        cues.append(t)
    # "Raqqa, Islamic State's de facto capital, ...": a phrase in apposition describes
    # the place, and is no claim about what was hit when the sentence names a target.
    apposition = _PLACE_APPOSITION_RE.match(text, m.end, e)
    if apposition is not None:
        own = [t for t in cues if not apposition.start(1) <= t.start < apposition.end(1)]
        if own:
            cues = own
    # The target is named before the place it is located by ("ISIS positions near X",
    # "rebel-held areas of Aleppo"); a cue after the place counts when none precedes it.
    before = [t for t in cues if t.end <= m.start]
    best = before[-1] if before else _nearest(cues, m.start)
    return best.label if best else "unspecified"


_PLACE_APPOSITION_RE = re.compile(r"\s*,\s*((?:a|an|the|[A-Z])[^,;:.()\"“”]{0,70}?),")


def _weapon(ctx: _DocContext, s: int, e: int, m: Mention) -> str | None:
    found = _find_cached(ctx, _WEAPON_RE, s, e)
    before = [w for w in found if w.end <= m.start]
    if before:
        return _WEAPON_LABELS[before[-1].label]
    return _WEAPON_LABELS[found[0].label] if found else None


def _sentence_date(
    ctx: _DocContext,
    s: int,
    e: int,
    triggers: list[_Span],
    reference: date,
    previous: date | None = None,
) -> tuple[ResolvedDate | None, bool]:
    """Return the sentence's strike date and whether it is attached to the strike itself.

    ``previous`` is the date of the strike told before, for "the same
    morning" and "the next day"; without it those cues are ignored. A
    period's bound dates the strikes it follows ("attacks on Hama since
    yesterday"), not another action ("a town troops have been trying to
    storm since Saturday").
    """
    text = ctx.text
    primary: list[tuple[int, int, DateCue]] = []
    statement: list[tuple[int, int, DateCue]] = []
    for cue in _sentence_cues(ctx, _sentence_at(ctx, s)):
        if cue.kind == "anaphoric" and previous is None:
            continue
        nearest = min(triggers, key=lambda t: abs(t.start - cue.start))
        lo, hi = sorted((nearest.end, cue.start))
        if _OTHER_CLAUSE_RE.search(text, lo, hi):
            continue
        distance = abs(nearest.start - cue.start)
        if _PERIOD_BOUND_BEFORE_RE.search(text, max(s, cue.start - 12), cue.start):
            strike = [t for t in triggers if t.end <= cue.start]
            if not strike or _OTHER_PREDICATE_RE.search(text, strike[-1].end, cue.start):
                continue
        fire = _GROUND_FIRE_RE.search(text, cue.end, min(e, cue.end + 30))
        if fire is not None and not (cue.end <= nearest.start < fire.start()):
            # "wounds sustained yesterday by snipers' fire": the day of other fire.
            continue
        rank = 0 if cue.kind == "explicit" else 1
        is_statement = _STATEMENT_BEFORE_RE.search(
            text, max(s, cue.start - 40), cue.start
        ) or _STATEMENT_AFTER_RE.search(text[cue.end : cue.end + 20])
        (statement if is_statement else primary).append((rank, distance, cue))
    for group, attached in ((primary, True), (statement, False)):
        for _, _, cue in sorted(group, key=lambda x: (x[0], x[1])):
            anaphoric = cue.kind == "anaphoric" and previous is not None
            base = previous if anaphoric else reference
            if cue.rule == "pastwin" and statement:
                # "said on Monday ... in the past 24 hours": the window ends when the speaker spoke.
                spoke = resolve_cue(min(statement, key=lambda x: x[:2])[2], reference)
                base = spoke.date if spoke else reference
            resolved = resolve_cue(cue, base)  # type: ignore[arg-type]
            if resolved is not None:
                return resolved, attached
    return None, False


def _sentence_at(ctx: _DocContext, start: int) -> int:
    return bisect_left(ctx.sentence_starts, start)


def _paragraph_index(ctx: _DocContext, pos: int) -> int:
    return bisect_right(ctx.paragraphs, pos) - 1


def _scope_key(ctx: _DocContext, pos: int) -> tuple[str, int]:
    if ctx.live_blog:
        return ("post", _post_index(ctx, pos))
    return ("paragraph", _paragraph_index(ctx, pos))


def _quoted_claimant(ctx: _DocContext, s: int) -> str | None:
    """Claimant of a paragraph introducing this one with a colon ("The SANA report reads:")."""
    para = _paragraph_index(ctx, s)
    if para == 0 or ctx.paragraphs[para] != s and ctx.text[ctx.paragraphs[para] : s].strip():
        return None
    j = para - 1
    while j >= 0 and not ctx.text[ctx.paragraphs[j] : ctx.paragraphs[j + 1]].strip():
        j -= 1
    if j < 0:
        return None
    prev = ctx.text[ctx.paragraphs[j] : ctx.paragraphs[j + 1]].rstrip()
    if not prev.endswith(":"):
        return None
    return _sentence_claimant(ctx, ctx.paragraphs[j], ctx.paragraphs[j] + len(prev))


def _city_hint(ctx: _DocContext, m: Mention, sentence_mentions: list[Mention]) -> str | None:
    cities = {p.city for p in m.candidates if p.precision == "neighbourhood" and p.city}
    named = [
        _canonical_governorate(o.surface) or o.surface
        for o in sentence_mentions
        if o is not m
        and (_canonical_governorate(o.surface) or o.surface) in (cities or _CITY_NAMES)
    ]
    if named:
        return named[0]
    if len(cities) == 1:
        return next(iter(cities))
    pool = [c for c in ctx.cities_seen if not cities or c in cities]
    if pool:
        return max(pool, key=lambda c: ctx.cities_seen[c])
    return sorted(cities)[0] if cities else None


_CITY_NAMES = frozenset(
    ("Aleppo", "Homs", "Hama", "Damascus", "Idlib", "Latakia", "Deir ez-Zor", "Raqqa", "Daraa")
)


def _admin1_hint(
    ctx: _DocContext, m: Mention, containers: list[Mention], sentence_start: int
) -> str | None:
    if _is_admin(ctx, m):
        own = _canonical_governorate(m.surface)
        if own:
            return own
    text = ctx.text
    for c in sorted(containers, key=lambda c: abs(c.start - m.start)):
        gov = _canonical_governorate(c.surface)
        if gov is None:
            continue
        if c.start > m.end and _HINT_GAP_RE.search(text[m.end : c.start]):
            return gov
        if c.end <= m.start and _HINT_BEFORE_RE.search(text[c.end : c.end + 40]):
            return gov
        # "In Idlib province, helicopters dropped ... on X and Y"
        if (
            c.end <= m.start
            and _HINT_OPENING_RE.match(text, sentence_start, c.start)
            and _HINT_OPENING_AFTER_RE.match(text, c.end, m.start)
        ):
            return gov
    return None


# --------------------------------------------------------------------------- per sentence


def _sentence_events(
    ctx: _DocContext,
    index: int,
    s: int,
    e: int,
    scopes: dict[tuple[str, int], _Scope],
) -> list[StrikeEvent]:
    scope = scopes.setdefault(_scope_key(ctx, s), _Scope())
    post = ctx.posts[_post_index(ctx, s)]
    mentions = ctx.mentions[bisect_left(ctx.mention_starts, s) : bisect_left(ctx.mention_starts, e)]
    events: list[StrikeEvent] = []
    # Without places or dates a sentence can neither yield events nor date later ones.
    if not (mentions or _in_range(ctx.triggers, s, e)) or not (
        mentions or _sentence_cues(ctx, index)
    ):
        triggers = []
    else:
        triggers = _valid_triggers(ctx, index, s, e)
    if triggers:
        dated = _scoped_date(ctx, index, triggers, scope, post)
        if mentions:
            events = _events_for(ctx, index, s, e, mentions, triggers, dated)
    for m in mentions:
        city = _canonical_governorate(m.surface)
        if city in _CITY_NAMES:
            ctx.cities_seen[city] += 1
    return events


def _scoped_date(
    ctx: _DocContext, index: int, triggers: list[_Span], scope: _Scope, post: _Post
) -> ResolvedDate:
    """Date a strike sentence; a date tied to a strike carries to later sentences of the same voice.

    "Air strikes hit X, the Observatory said" continues the Observatory's
    report dated in the sentence before; "The coalition said ..." does not
    continue a Turkish report dated "on Saturday".
    """
    s, e = ctx.sentences[index]
    last = ctx.last_date
    if last is not None and _post_index(ctx, ctx.sentences[last[1]][0]) != _post_index(ctx, s):
        last = None
    previous = scope.date or (last[0] if last else None)
    dated, attached = _sentence_date(
        ctx, s, e, triggers, post.date, previous.date if previous else None
    )
    if any(a <= s < b for a, b in ctx.captions):
        # A caption's date is its own: it neither carries on nor comes from the text.
        return dated or ResolvedDate(post.date, "day", post.basis)
    if dated is not None and attached:
        scope.date, scope.date_sentence = dated, index
        ctx.last_date = (dated, index)
    elif dated is None and scope.date is not None:
        own = _claimant_of(ctx, index)
        if own is None or own == _voice(ctx, scope.date_sentence):
            dated = scope.date
    elif dated is None and last is not None:
        # A briefing's or release's "On 19 November, ..." dates the examples
        # and list items after it, while the same institution speaks.
        voice = _author_voice(ctx, index)
        if voice is not None and voice == _author_voice(ctx, last[1]):
            dated = last[0]
    return dated or post.default or ResolvedDate(post.date, "day", post.basis)


def _author_voice(ctx: _DocContext, index: int) -> str | None:
    """Return a sentence's voice when it is an institution's own (not the reporter's)."""
    return _voice(ctx, index) or _voice_at(ctx, ctx.sentences[index][0])


def _voice(ctx: _DocContext, index: int) -> str | None:
    return _claimant_of(ctx, index) or _carried(ctx, index, _claimant_of)


def _actor_of(ctx: _DocContext, index: int) -> str | None:
    key = ("actor", index)
    if key not in ctx.cache:
        s, e = ctx.sentences[index]
        ctx.cache[key] = _sentence_actor(ctx, s, e, _valid_triggers(ctx, index, s, e))
    return ctx.cache[key]


def _claimant_of(ctx: _DocContext, index: int) -> str | None:
    key = ("claimant", index)
    if key not in ctx.cache:
        s, e = ctx.sentences[index]
        ctx.cache[key] = _sentence_claimant(ctx, s, e) or _quoted_claimant(ctx, s)
    return ctx.cache[key]


_LOOK_BACK = 40
_CONTEXT_CHARS = 2000


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


def _carried(
    ctx: _DocContext, index: int, value_of: Callable[[_DocContext, int], str | None]
) -> str | None:
    """Return the value of the nearest earlier sentence of the paragraph or post that has one."""
    scope = _scope_key(ctx, ctx.sentences[index][0])
    for j in range(index - 1, max(-1, index - 1 - _LOOK_BACK), -1):
        if _scope_key(ctx, ctx.sentences[j][0]) != scope:
            break
        value = value_of(ctx, j)
        if value:
            return value
    return None


def _struck_places(
    ctx: _DocContext, s: int, e: int, mentions: list[Mention], triggers: list[_Span]
) -> tuple[list[tuple[Mention, str]], list[Mention]]:
    """Split a strike sentence's mentions into struck places and containers (hints).

    Struck places come with their relation to the strike: "in", or "near"
    for a reference point locating a strike ("an ISIS roadblock near Maarrat
    al-Nuuman", "a workshop north of Homs"), unless it only locates another
    named place ("Sukayk, north-east of Hama"), or it is "outside X" beside
    places struck in the same clause ("Outside Hama, jets are striking in
    Idlib": elsewhere than Hama).
    """
    clauses = _sentence_clauses(ctx, s, e)
    active = [c for c in clauses if any(c[0] <= t.start < c[1] for t in triggers)]
    roles: list[tuple[Mention, str]] = []
    previous: tuple[Mention, str] | None = None
    for m in mentions:
        role = _role(ctx, m, previous)
        if role in ("candidate", "near", "outside") and not any(
            c[0] <= m.start < c[1] for c in active
        ):
            role = "inactive"
        roles.append((m, role))
        previous = (m, role)
    if len(roles) > 0:
        roles = _drop_unstruck(ctx, s, e, clauses, roles, triggers)
    candidates = [m for m, r in roles if r == "candidate"]
    finer = [m for m in candidates if not _is_area(ctx, m)]
    finer_near = [m for m, r in roles if r in ("near", "outside") and not _is_area(ctx, m)]
    containers = [m for m, r in roles if r == "container"]
    struck: list[tuple[Mention, str]] = []
    for m in candidates:
        if (finer and _is_admin(ctx, m)) or (
            (finer or finer_near)
            and _is_area(ctx, m)
            and (
                _opens_sentence(ctx, m, s) or any(_contains(ctx, m, f) for f in finer + finer_near)
            )
        ):
            # "In Homs province, near al-Qaryatayn, jets struck ...": the finer place wins.
            containers.append(m)
        else:
            struck.append((m, _relation(ctx, m)))
    near = [(m, r) for m, r in roles if r in ("near", "outside")]
    if near:
        struck, containers = _add_near(ctx, active, struck, containers, near)
    if not struck:
        # "barrel bombs on the neighbourhoods of Douma": the container is all there is.
        struck = [(m, "in") for m, r in roles if r == "container"]
        containers = []
    return struck, containers


def _opens_sentence(ctx: _DocContext, m: Mention, s: int) -> bool:
    """Say whether a place opens its sentence as a setting or a section label.

    "In Homs province, ...", "Jabal al-Zawiya: warplanes struck ...".
    """
    text = ctx.text
    if _HINT_OPENING_RE.fullmatch(text, s, m.start):
        return bool(_HINT_OPENING_AFTER_RE.match(text, m.end))
    return text[s : m.start].strip().lower() in ("", "the") and bool(
        _LABEL_AFTER_RE.match(text, m.end)
    )


_LABEL_AFTER_RE = re.compile(
    r"(?:\s+(?:province|governorate|countryside|region|area|plain))?\s*:", re.IGNORECASE
)


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
    snipers' fire in Y": fire from the ground lies between the strike and Y.
    """
    text = ctx.text
    valid = {t.start for t in triggers}
    every = _in_range(ctx.triggers, s, e)
    out = []
    for m, role in roles:
        if role in ("candidate", "near", "outside", "container"):
            clause = next((c for c in clauses if c[0] <= m.start < c[1]), (s, e))
            before = [t for t in every if clause[0] <= t.start and t.end <= m.start]
            if before:
                governing = before[-1]
                if governing.start not in valid and _UNREAL_BEFORE_RE.search(
                    text[max(s, governing.start - 60) : governing.start]
                ):
                    role = "denied"
                elif _GROUND_FIRE_RE.search(text, governing.end, m.start) or (
                    governing.start not in valid
                    and _SHELLING_RE.match(text, governing.start, governing.end)
                ):
                    # "regime forces shelled areas in X": the strike word nearest X is
                    # ground fire, not the air strike told earlier in the sentence.
                    role = "ground"
        out.append((m, role))
    return out


def _add_near(
    ctx: _DocContext,
    clauses: list[tuple[int, int]],
    struck: list[tuple[Mention, str]],
    containers: list[Mention],
    near: list[tuple[Mention, str]],
) -> tuple[list[tuple[Mention, str]], list[Mention]]:
    """Add the reference points that locate a strike as struck "near" places.

    When the other places struck in the clause are only governorates and a
    finer place is named near ("strikes near Saraqib in Idlib province"),
    the governorates become hints.
    """
    added: list[Mention] = []
    demoted: set[int] = set()
    for c0, c1 in clauses:
        inside = [m for m, _ in struck if c0 <= m.start < c1]
        refs = [m for m, r in near if c0 <= m.start < c1 and (r == "near" or not inside)]
        if not refs:
            continue
        finer = [m for m in refs if not _is_admin(ctx, m)]
        for m in inside:
            if _is_admin(ctx, m) and any(_contains(ctx, m, r) for r in finer):
                demoted.add(id(m))
                containers = [*containers, m]
        added.extend(refs)
    kept = [(m, r) for m, r in struck if id(m) not in demoted]
    both = kept + [(m, "near") for m in added]
    return sorted(both, key=lambda mr: mr[0].start), containers


_CONTAINER_GAP_RE = re.compile(
    r"^\s*,?\s*in\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?"
    r"(?:(?:countryside|province|governorate)\s+of\s+(?:the\s+)?)?#?$",
    re.IGNORECASE,
)


def _contains(ctx: _DocContext, admin: Mention, place: Mention) -> bool:
    """Say whether ``admin`` directly follows ``place`` as its governorate ("X in Idlib")."""
    return place.end <= admin.start and bool(
        _CONTAINER_GAP_RE.match(ctx.text[place.end : admin.start])
    )


def _relation(ctx: _DocContext, m: Mention) -> str:
    """Say "near" for a town's countryside or outskirts ("the Jisr al-Shughour countryside")."""
    if _canonical_governorate(m.surface):
        return "in"
    text = ctx.text
    if _COUNTRYSIDE_RE.search(text[m.end : m.end + 20]) or _COUNTRYSIDE_RE.search(
        text[max(0, m.start - 30) : m.start]
    ):
        return "near"
    return "in"


def _events_for(
    ctx: _DocContext,
    index: int,
    s: int,
    e: int,
    mentions: list[Mention],
    triggers: list[_Span],
    dated: ResolvedDate,
) -> list[StrikeEvent]:
    text = ctx.text
    struck, containers = _struck_places(ctx, s, e, mentions, triggers)
    if not struck:
        return []
    actor = (
        _actor_of(ctx, index)
        or _unidentified_after(ctx, index)
        or _carried(ctx, index, _actor_of)
        or _default_actor(ctx)
    )
    claimant = (
        _claimant_of(ctx, index)
        or _carried(ctx, index, _claimant_of)
        or _voice_at(ctx, s)
        or "reporter"
    )
    para = _paragraph_index(ctx, s)
    # A text without line breaks is one huge "paragraph": keep its context local.
    p_start = max(ctx.paragraphs[para], s - _CONTEXT_CHARS)
    p_end = ctx.paragraphs[para + 1] if para + 1 < len(ctx.paragraphs) else len(text)
    p_end = min(p_end, e + _CONTEXT_CHARS)
    in_para = ctx.mentions[
        bisect_left(ctx.mention_starts, p_start) : bisect_left(ctx.mention_starts, p_end)
    ]
    named = tuple(dict.fromkeys(o.surface for o in in_para if not _is_foreign(o.surface)))
    events = []
    for m, relation in struck:
        own_actor = _mention_actor(ctx, s, e, m, triggers, claimant)
        context = tuple(surface for surface in named if surface != m.surface)
        neighbourhood = _is_neighbourhood(ctx, m, s, e)
        events.append(
            StrikeEvent(
                doc=ctx.doc.doc_id,
                sentence_index=index,
                quote=text[s:e],
                char_start=m.start,
                char_end=m.end,
                place_as_written=m.surface,
                event_date=dated.date,
                time_precision=dated.precision,
                date_basis=dated.basis,
                actor=own_actor or actor,
                claimant=claimant,
                claimed_target=_target(ctx, s, e, m),
                weapon=_weapon(ctx, s, e, m),
                city_hint=_city_hint(ctx, m, mentions) if neighbourhood else None,
                admin1_hint=_admin1_hint(ctx, m, containers, s),
                context_places=context,
                place_relation=relation,
            )
        )
    return events


_BARE_AIR_FORCE_RE = re.compile(r"\b(?:the\s+)?air\s+force\b", re.IGNORECASE)


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
    unidentified = _unidentified(ctx, s, e)
    every = [
        a for a in _find_cached(ctx, _ACTOR_RE, s, e)
        if not any(u.start <= a.start < u.end for u in unidentified)
    ] + unidentified  # fmt: skip
    if (
        every
        and len({a.label for a in every}) == 1
        and not any(_is_support(text, a.start) for a in every)
    ):
        return None  # the sentence's actor is this one
    clause = next((c for c in _sentence_clauses(ctx, s, e) if c[0] <= m.start < c[1]), (s, e))
    cues = [a for a in every if clause[0] <= a.start < clause[1]]
    if len({a.label for a in cues}) > 1 and _ACTOR_DISJUNCTION_RE.search(text, *clause):
        # "whether from the Russian fleet ... or regime launchers": either could have struck.
        return "unknown"
    if not cues:
        if claimant in ("sana", "state_media") and _BARE_AIR_FORCE_RE.search(
            text, clause[0], clause[1]
        ):
            return "regime"
        return None
    direct = [a for a in cues if not _is_support(text, a.start)] or cues
    before = [a for a in direct if a.end <= m.start]
    if before:
        return before[-1].label
    after = [a for a in direct if not any(m.end <= t.start < a.start for t in triggers)]
    return after[0].label if after else None


def _deduplicate(events: list[StrikeEvent], live_blog: bool) -> list[StrikeEvent]:
    """Keep one event per place and claimant (per place, date and claimant in a live blog).

    Each claimant's report of a place is its own event, so that claims can be
    compared with the ground: the Russian MoD's "ISIS roadblock in Hama" is
    not folded into the reporter's "strikes in Hama". The first mention is
    kept; a later one by the same claimant fills in a target or weapon the
    first did not state (a photo caption repeating a strike, say).
    """
    kept: dict[tuple[str, date | None, str], StrikeEvent] = {}
    for ev in events:
        key = (
            place_key(ev.place_as_written),
            ev.event_date if live_blog else None,
            ev.claimant,
        )
        first = kept.get(key)
        if first is None:
            kept[key] = ev
            continue
        updates: dict[str, object] = {}
        if first.claimed_target == "unspecified" and ev.claimed_target != "unspecified":
            updates["claimed_target"] = ev.claimed_target
        if first.weapon is None and ev.weapon is not None:
            updates["weapon"] = ev.weapon
        if first.place_relation == "near" and ev.place_relation == "in":
            # A later "in X" is the better location.
            updates["place_relation"] = "in"
        if updates:
            kept[key] = replace(first, **updates)  # type: ignore[arg-type]
    return list(kept.values())
