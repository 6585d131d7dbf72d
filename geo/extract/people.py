"""Is a place name a place at all? Names of people, units and groups built from place names.

"Abu Omar Saraqeb" (a nom de guerre), "Saleh Raqqawi" (a family name taken
from a town), "Homs Media Center" (a body), "the Douma 4" (a group of people)
name no place. The cues are data (``vocab/people.json``).
"""

from __future__ import annotations

import re

from geo.extract.lexicon import alternation, load, quick_opening
from geo.names import APOSTROPHES

_VOCAB = load("people")
_KUNYA = alternation(_VOCAB["kunya"])
# "Abu Omar <place>", "Umm Khaled <place>": a kunya and a given name right before the place.
_KUNYA_BEFORE_RE = re.compile(rf"\b{_KUNYA}\s+[A-Z][\w'’-]{{1,20}}\s+$")
# "my colleague Samer", "his brother Ahmad": a person's relation, then the person's name.
_RELATION_BEFORE_RE = re.compile(
    rf"\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Yy]our)\s+(?:[\w-]+\s+)?"
    rf"{alternation(_VOCAB['relations_before'])}\s+$"
)
# The relation word alone, for a fast first check over a short window.
_RELATION_WORD_BEFORE_RE = re.compile(rf"{alternation(_VOCAB['relations_before'])}\s+$")
# The relation word ending the word before the place, a first check cheaper still.
_RELATION_WORD_RE = re.compile(rf"{alternation(_VOCAB['relations_before'])}$")
# A patronymic right before the name: "Omar Bin al-Khattab", "the Ibn Taymiyyah school".
_PATRONYMIC_BEFORE_RE = re.compile(r"\b(?:[Bb]in|[Ii]bn|[Bb]int)\s+$")
# A patronymic right after it: "the Khawla bint al-Azwar school" names a person.
_PATRONYMIC_AFTER_RE = re.compile(r"[ \t]+(?:bin|ibn|bint)[ \t]+(?:(?:al|el)-)?[A-Z]")
# A name joined to "al-Din" ("of the faith") right after it: "the X al-Din al-Y castle" names
# the person it was built by, as "Nur al-Din" or "Izz al-Din" names a man, not a place.
_FAITH_NAME_AFTER_RE = re.compile(r"[ \t]+(?:al|ad|ed|el|ud)-Din\b")
# The place itself opens with a kunya and a capitalised word follows ("Abu Omar Saraqeb").
_KUNYA_OPENING_RE = re.compile(rf"{_KUNYA}\s")
# "Abu <X Y>": a kunya right before a place name that opens with a common given name; the
# place name is the rest of the nom de guerre ("Abu Anas al-Shami").
_KUNYA_RIGHT_BEFORE_RE = re.compile(rf"\b{_KUNYA}[ \t]+$")
_NEXT_WORD_RE = re.compile(r"[ \t]+(?:(?:al|el)-)?(?P<word>[A-Z][\w'’-]{1,30})")
# "the Union of Medical Care and Relief Organizations": a body's name with two heads.
_JOINED_WORDS_RE = re.compile(
    r"[ \t]+and[ \t]+[A-Z][\w'’-]{1,30}[ \t]+(?P<word>[A-Z][\w'’-]{1,30})"
)
_NISBA_RE = re.compile(rf"[a-z]{{2,}}(?:{'|'.join(_VOCAB['nisba_endings'])})$")
_ORGANISATION = frozenset(_VOCAB["organisation_after"])
_COUNCILS = frozenset(_VOCAB["council_after"])
_COUNT_AFTER_RE = re.compile(
    r"[ \t]+\d{1,3}\b(?![.,]?\d)(?!\s*(?:"
    + "|".join(_VOCAB["count_units"])
    + r")\b)(?!\s*[-–]\s*\d)",
    re.IGNORECASE,
)
# "Deir Ezzor is Being Slaughtered said ...": a network named after its town.
_NAME_PHRASE_AFTER_RE = re.compile(
    r"[ \t]+(?:" + "|".join(p.replace(" ", r"[ \t]+") for p in _VOCAB["name_phrase_after"]) + r")\b"
)
# "a spokesman for the X civil defence": a rescue body named after its place, in lowercase.
_RESCUE_BODY_AFTER_RE = re.compile(
    r"[ \t]+(?:"
    + "|".join(_VOCAB["rescue_body_after"]["words"])
    + r")\b(?![ \t]+(?:"
    + "|".join(_VOCAB["rescue_body_after"]["sites"])
    + r")\b)",
    re.IGNORECASE,
)
# "A commander, X Abu Khaled, told": a given name right before a kunya-built family name,
# closed by a comma or a verb of saying, is the speaker's given name.
_KUNYA_AFTER_RE = re.compile(
    rf"[ \t]+{_KUNYA}[ \t]+(?:(?:al|el)-)?[A-Z][\w'’-]{{1,30}}"
    r"(?=\s*,|\s+(?:said|says|told|added|tells)\b)"
)
_KUNYA_WORDS = tuple(w + " " for w in _VOCAB["kunya"])
# A place name ending on a kunya ("X Abu"), a capitalised word right after it.
_KUNYA_ENDINGS = tuple(" " + w for w in _VOCAB["kunya"])
_CAPITAL_AFTER_RE = re.compile(r"[ \t]+(?:(?:al|el)-)?[A-Z]")
# "Abu Omar, a spokesman for ...": a kunya named, then the role of the one who bears it.
_ROLE_AFTER_RE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:"
    + "|".join(_VOCAB["witnesses"]["nouns"] + _VOCAB["roles_after"])
    + r")\b",
    re.IGNORECASE,
)
# ", who": a person's relative clause; "residents of X, who fled" is the residents'.
_WHO_AFTER_RE = re.compile(r",\s+who\b")
_OF_BEFORE_RE = re.compile(r"\bof\s+$")
# "vehicles in X, the source said", "the town of X, the source said": a place opening with a
# kunya after a preposition of place is the place, whatever role follows the comma.
_LOCATIVE_BEFORE_RE = re.compile(
    r"\b(?:in|at|on|near|around|outside|over|across|into)\s+(?:the\s+)?$"
    r"|\b(?:town|village|city|area|settlement)\s+of\s+$",
    re.IGNORECASE,
)
# Given names as Kurdish and Turkish copy writes them ("Şervan", "Çiya", "Rojhat"): the
# letters of their Latin alphabets beside the English ones.
_KURDISH_TURKISH_CAPITALS = "ÇÊÎŞÛĞİÖÜ"
_KURDISH_TURKISH_SMALL = "çêîşûğıöü"
_GIVEN_NAME = rf"[A-Z{_KURDISH_TURKISH_CAPITALS}][a-z{_KURDISH_TURKISH_SMALL}'’-]{{1,20}}"
# "The commander, Azad Kobani, said", "spokesman Sipan Hemo told": a title, then a given
# name right before the place name, then a comma or a verb of saying. The given name is
# capitalised whatever the case of the title ("Activists in X said" names no one).
# "A commander of the Turkmen brigades, Omer Kara, said": the title's body may come between,
# closed by a comma.
_TITLED_NAME_BEFORE_RE = re.compile(
    rf"\b{alternation(_VOCAB['titled_before'])}"
    rf"(?:\s+(?:of|for|in|with)\s+[^,.;:\n]{{1,60}}?\s*,|\s*,?)\s+(?-i:{_GIVEN_NAME})\s+$",
    re.IGNORECASE,
)
# "Our correspondent X Haddad, in Y, reports": a title right before the place name, one
# capitalised word after it closing the name before a comma or a verb of saying: the place
# name is the given name.
_TITLE_RIGHT_BEFORE_RE = re.compile(
    rf"\b{alternation(_VOCAB['titled_before'])}[ \t]+$", re.IGNORECASE
)
# "spoke with our reporter Lina X about ...", "its correspondent Omar X in Y": the outlet's own
# staff, a given name, then the place name as the family name, whatever follows it.
_OUTLET_STAFF_NAME_BEFORE_RE = re.compile(
    rf"\b(?:[Oo]ur|[Ii]ts|[Tt]heir)[ \t]+(?:[a-z]+[ \t]+)?"
    rf"{alternation(_VOCAB['outlet_staff']['words'])}[ \t]+{_GIVEN_NAME}[ \t]+$"
)
# "Omar al-X, from Y, said": a common given name, then a place name opening with its
# article, closed as a name is.
_GIVEN_NAMES = frozenset(_VOCAB["given_names"])
_ARTICLE_OPENINGS = ("al-", "Al-", "el-", "El-", "as-", "ash-", "ad-", "ar-", "at-", "az-")
_TITLE_OPENINGS = frozenset(w[0].lower() for w in _VOCAB["titled_before"])
# "leader X Y was killed": a common given name right before the place name, on the same line,
# makes the place the person's family name.
_LISTED_GIVEN_BEFORE_RE = re.compile(rf"\b{alternation(_VOCAB['given_names'])}[ \t]+$")
# "the group's leader X Y was killed": a title, then the place name as a common given name, then
# one capitalised family name (with its article or not) and no closing needed.
_FAMILY_NAME_AFTER_RE = re.compile(
    rf"[ \t]+(?:(?:al|el|Al|El)-)?(?P<word>{_GIVEN_NAME})\b(?![ \t]+[A-Z])"
)
# "X al-Y, who filmed ...": a relative pronoun only a person takes, right after the name.
_PERSON_PRONOUN_AFTER_RE = re.compile(
    rf",[ \t]+{alternation(_VOCAB['person_pronouns_after']['words'])}\b"
)
# How many earlier mentions of a family name are looked at, each a short look-behind, and how
# far back (characters) they are looked for.
_EARLIER_MENTIONS = 12
_EARLIER_REACH = 4000
# Words after which a name stands where a place goes: prepositions of place and strike verbs.
_PLACE_GOVERNORS = frozenset(
    (
        "in",
        "on",
        "at",
        "near",
        "of",
        "to",
        "from",
        "into",
        "outside",
        "around",
        "towards",
        "toward",
        "struck",
        "hit",
        "bombed",
        "targeted",
        "raided",
        "pounded",
        "shelled",
        "besieged",
        "took",
        "captured",
        "seized",
        "entered",
    )
)
_SURNAME_AFTER_RE = re.compile(
    # "activist Hadi al-Abdallah, reporting from X": the family name may open with its article.
    r"[ \t]+(?:(?:al|el|Al|El)-)?"
    rf"(?P<word>[A-Z{_KURDISH_TURKISH_CAPITALS}][a-z{_KURDISH_TURKISH_SMALL}'’-]{{1,20}})"
    # "tell our producer Hadi X that ...": the name closes on the clause it opens, too.
    r"(?=\s*,|\s+(?:said|says|told|added|tells|reports|reported|that)\b)"
)
# "said Talal Silo, the SDF spokesman": a verb of saying, then a given name right before the
# place name, then the speaker's role after a comma.
_SAID_NAME_BEFORE_RE = re.compile(
    rf"\b(?:{alternation(_VOCAB['saying_before'])})\s+{_GIVEN_NAME}\s+$"
)
# "said X Haddad, a researcher": one capitalised word after a place name, closed by a comma.
_SURNAME_COMMA_AFTER_RE = re.compile(
    rf"[ \t]+[A-Z{_KURDISH_TURKISH_CAPITALS}][a-z{_KURDISH_TURKISH_SMALL}'’-]{{1,20}}[ \t]*,"
)
_SAYING_WORDS = frozenset(("said", "says", "added"))
_ORGANISATION_WORDS = frozenset(_VOCAB["organisation_after"])
# "Dr Nabil X", "Colonel Ahmad X": a courtesy or military title, then a given name right
# before the place name, which is the family name whatever follows it. "Sheikh Rajeh Barakat
# al-X": the father's name may follow the given name, as Arabic names run.
_HONORIFIC_NAME_BEFORE_RE = re.compile(
    rf"\b{alternation(_VOCAB['honorifics_before'])}\.?[ \t]+{_GIVEN_NAME}"
    rf"(?:[ \t]+{_GIVEN_NAME})?[ \t]+$"
)
# "Dr Hassan al-X": a place name the gazetteer reads into a title and a given name ("Dr" for
# "Deir"), a family name after it: a person.
_HONORIFIC_OPENING_RE = re.compile(rf"{alternation(_VOCAB['honorifics_before'])}\.?[ \t]+[A-Z]")
# "spokesman Capt X Davis said": a title, then the place name as a given name and one
# capitalised word closing the name. A sheikh or a father may open a place's own name.
_TITLES_BEFORE_GIVEN = frozenset(_VOCAB["honorifics_before"]) - {"Sheikh", "Shaykh", "Father"}
_SURNAME_CLOSING_AFTER_RE = re.compile(
    rf"[ \t]+[A-Z{_KURDISH_TURKISH_CAPITALS}][a-z{_KURDISH_TURKISH_SMALL}'’-]{{1,20}}"
    r"(?=\s*,|\s*[.;](?:\s|$)|\s+(?:said|says|told|added|tells)\b)"
)
# "By Lina X | BEIRUT", "(Reporting by Omar X;": a byline or credit line names the writer.
_BYLINE_NAME_BEFORE_RE = re.compile(
    rf"(?<![^\s(]){alternation(_VOCAB['byline_before'])}[ \t]+{_GIVEN_NAME}[ \t]+$"
)
# "By NADIA X, Associated Press": a byline written in capitals, as some wires set it, names
# the writer by a given name in capitals before the place name, itself in capitals.
_BYLINE_CAPITALS_NAME_BEFORE_RE = re.compile(
    rf"(?<![^\s(]){alternation(_VOCAB['byline_before'])}[ \t]+[A-Z][A-Z'’-]{{1,20}}[ \t]+$"
)
# "By Dana Whitfield | Sept. 24", "(Reporting by Lina Haddad;": a place name right after a
# byline's opening words and before one capitalised word closing the byline is the writer's
# given name.
_BYLINE_GIVEN_BEFORE_RE = re.compile(rf"(?<![^\s(]){alternation(_VOCAB['byline_before'])}[ \t]+$")
_BYLINE_SURNAME_AFTER_RE = re.compile(
    rf"[ \t]+[A-Z{_KURDISH_TURKISH_CAPITALS}][a-z{_KURDISH_TURKISH_SMALL}'’-]{{1,20}}"
    r"[ \t]*(?:[|;,(–—]|[ \t]-[ \t]|\n|$)"
)
# "By Dana Whitfield and X Mrad |": the second writer of a byline, after "and", given names
# and family names of the first.
_BYLINE_SECOND_GIVEN_BEFORE_RE = re.compile(
    rf"(?<![^\s(]){alternation(_VOCAB['byline_before'])}[ \t]+"
    r"(?:[A-Z][\w'’-]{0,20}[ \t]+){1,3}and[ \t]+$"
)
# "the Temple of X's gateway", "the tomb of X": a building named after a god or a saint.
_MONUMENT_BEFORE_RE = re.compile(
    rf"\b{alternation(_VOCAB['monument_before'])}[ \t]+of[ \t]+(?:(?:Mar|Saint|St\.?)[ \t]+)?$",
    re.IGNORECASE,
)
# The name closing the sentence ("..., according to field commander Ahmad X.") ends it too.
_NAME_END_AFTER_RE = re.compile(r"\s*,|\s*[.;](?:\s|$)|\s+(?:said|says|told|added|tells)\b")
# "Khalil Khatouny, 27,": a given name, a family name and an age.
_AGE_AFTER_RE = re.compile(r",\s*\d{1,3}\s*,")
# "Three-year-old X", "the 11-year-old X Y": an age written as an adjective right before a
# name (a given name may come between) makes it a person's, as popular copy names children.
_AGE_BEFORE_RE = re.compile(
    r"\b(?:\d{1,3}|[A-Za-z]{3,12}(?:-[A-Za-z]{3,6})?)[- ](?:year|month)s?[- ]old[ \t]+"
    r"(?:[A-Z][\w'’-]{1,20}[ \t]+)?$",
    re.IGNORECASE,
)
# An aircraft's or a weapon's nickname in quotes after its model: 'Tu-95MS "Bears"'.
_NICKNAME_BEFORE_RE = re.compile(r"\b[A-Z][A-Za-z]?-\d+[\w-]*[ \t]+[\"“‘']$")
# "identified only by his nickname, X", "a fighter nicknamed X", "who gave his name as X": the
# name a person goes by (the article "the" and a quote mark may come between: "goes by the nom
# de guerre 'X'"), a kunya opening it as much ("a man who calls himself Abu X").
_ALIAS_BEFORE_RE = re.compile(
    rf"\b{alternation(_VOCAB['alias_before'])}[ \t]*[,:]?[ \t]+(?:the[ \t]+)?[\"“‘']?"
    rf"(?:(?-i:{_KUNYA})[ \t]+)?$",
    re.IGNORECASE,
)
_NATIONALITY_BEFORE_RE = re.compile(rf"\b{alternation(_VOCAB['nationality_before'])}[ \t]+$")
_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")
# A mention that opens with a common noun of place ("provinces of Hama", "city of Homs").
_DESIGNATOR_OPENING_RE = re.compile(
    r"(?:provinces?|governorates?|countryside|cit(?:y|ies)|towns?|villages?|districts?)\s+of\b",
    re.IGNORECASE,
)
_DESIGNATORS = frozenset(
    """City Province Governorate Countryside District Plain Mountain Mountains Airport Airbase
    Air Base Road Highway Bridge Dam Prison Hospital Market Square Camp Crossing Valley Lake
    River Citadel Suburb Suburbs Neighbourhood Neighborhood Gate Field Fields Farms""".split()
)


_NAME_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz'’-" + _KURDISH_TURKISH_SMALL)
# The words the fixed patterns before a place end on, as the word right before it.
_THE_WORDS = ("the", "The")
_PATRONYMIC_WORDS = ("bin", "Bin", "ibn", "Ibn", "bint", "Bint")
_MONUMENT_LAST_WORDS = frozenset(("of", "mar", "saint", "st", "st."))
_QUOTES = frozenset("\"“‘'")


def _word_before(text: str, start: int) -> str:
    """Return the word (run of non-space) ending right before white space before ``start``.

    Every pattern of a name before the place ends on white space after a word, and each
    needs something of that word (a capital, "the", "of"): the places of a list, each after
    "in" or a comma, are told apart from names at once. "" when no white space comes
    right before ``start``.
    """
    window = text[max(0, start - 110) : start]
    kept = window.rstrip()
    if len(kept) == len(window) or not kept:
        return ""
    return kept.rsplit(None, 1)[-1]


def _given_name_shape(word: str) -> bool:
    """Say whether ``word`` may be a given name: a capital, then small letters ("Talal").

    A necessary condition of the given name in the patterns before the place; "in" or
    "of" fail it at once.
    """
    return bool(word) and not word.islower() and word[-1] in _NAME_LETTERS


def _named_by_pronoun(text: str, start: int, end: int) -> bool:
    """Say whether a name opening with its article, after a capitalised word, is a person's.

    "Samer al-Y, who filmed the battle": the relative pronoun after the comma is a person's,
    and the capitalised word before the name his given name.
    """
    return (
        text.startswith(_ARTICLE_OPENINGS, start)
        and text[start - 1 : start] == " "
        and _given_name_shape(_word_before(text, start))
        and _PERSON_PRONOUN_AFTER_RE.match(text, end, end + 8) is not None
    )


def _family_name(text: str, start: int, end: int) -> bool:
    """Say whether the place name is a person's family name.

    It is when written right after a common given name, or followed by a person's relative
    pronoun ("X Y, who ..."), or alone after the report named it so earlier ("X Y ... killing
    Y"), its article in either case.
    """
    name = text[start:end]
    if _named_by_pronoun(text, start, end):
        return True
    if name.startswith(_ARTICLE_OPENINGS) and _word_before(text, start).lower() not in (
        _PLACE_GOVERNORS
    ):
        # "Al-Y was born in ...", or a heading naming him before the story does: the family
        # name written elsewhere with the pronoun, its article capitalised or not.
        lowered = name[0].lower() + name[1:]
        floor, ceiling = max(0, start - _EARLIER_REACH), start + _EARLIER_REACH
        at = text.find(lowered, floor, ceiling)
        for _ in range(_EARLIER_MENTIONS):
            if at < 0:
                break
            if (
                at != start
                and (
                    _named_by_pronoun(text, at, at + len(name))
                    # "Abu Muhammad al-Y, the group's emir, ... had killed al-Y": the family name
                    # of a nom de guerre written whole elsewhere.
                    or (
                        not text[at + len(name) : at + len(name) + 1].isalpha()
                        and _KUNYA_BEFORE_RE.search(text, max(0, at - 40), at) is not None
                    )
                )
            ):
                return True
            at = text.find(lowered, at + 1, ceiling)
    if not name[:1].isupper() or " " in name:
        return False
    if _LISTED_GIVEN_BEFORE_RE.search(text, max(0, start - 25), start):
        return True
    if _word_before(text, start).lower() in _PLACE_GOVERNORS:
        # "jets struck Y", "in Y": written where a place goes, the name is the place, whoever
        # bears it as a family name elsewhere in the report.
        return False
    at, floor = start, max(0, start - _EARLIER_REACH)
    for _ in range(_EARLIER_MENTIONS):
        at = text.rfind(name, floor, at)
        if at < 0:
            return False
        if text[at + len(name) : at + len(name) + 1].isalpha():
            continue
        if _LISTED_GIVEN_BEFORE_RE.search(text, max(0, at - 25), at):
            return True
    return False


def _kunya_named_in_full(text: str, start: int, end: int) -> bool:
    """Say whether a place written as a kunya and a given name is a man's short name.

    "Abu X Saraqib, a commander, ... Abu X was killed": a place name of a kunya and a common
    given name that the report writes elsewhere with a further name after it (not a
    designator: "Abu X Hospital") names the man, wherever it stands.
    """
    name = text[start:end]
    words = name.split()
    if len(words) != 2 or words[0] not in _VOCAB["kunya"] or words[1] not in _GIVEN_NAMES:
        return False
    floor, ceiling = max(0, start - _EARLIER_REACH), min(len(text), end + _EARLIER_REACH)
    at = text.find(name, floor, ceiling)
    for _ in range(_EARLIER_MENTIONS):
        if at < 0:
            return False
        if at != start:
            nxt = _NEXT_WORD_RE.match(text, at + len(name), at + len(name) + 40)
            if nxt is not None and nxt["word"] not in _DESIGNATORS | _ORGANISATION:
                return True
        at = text.find(name, at + 1, ceiling)
    return False


def _title_alone_before(word: str, text: str, start: int) -> bool:
    """Say whether a courtesy or military title stands right before ``start`` on its line.

    "Dr X", "Colonel X": the title is the word before, white space between. A sheikh or a
    father may open a place's own name ("Sheikh Maskin") and is no such title.
    """
    return word.rstrip(".") in _TITLES_BEFORE_GIVEN and text[start - 1 : start] in (" ", "\t")


def _opens_with_title(text: str, start: int, end: int) -> bool:
    """Say whether the place name at ``text[start:end]`` opens with a title and one more word.

    "Dr Hassan": the gazetteer reads "Dr" as a village's "Deir"; in a report it is a title.
    """
    first, _, rest = text[start:end].partition(" ")
    return bool(rest) and " " not in rest and first.rstrip(".") in _TITLES_BEFORE_GIVEN


def _bare_possessive(word: str) -> str:
    """Return a word without its possessive ending ("Martyrs'" -> "Martyrs").

    Parameters
    ----------
    word : str
        A capitalised word as written.

    Returns
    -------
    str
        The word with a closing apostrophe, or an apostrophe and "s", removed (any of
        :data:`geo.names.APOSTROPHES`).
    """
    if len(word) > 2 and word[-1] in "sS" and word[-2] in APOSTROPHES:
        return word[:-2]
    return word.rstrip(APOSTROPHES)


def names_no_place(text: str, start: int, end: int) -> bool:
    """Say whether the place name at ``text[start:end]`` is part of a person's or a body's name.

    Parameters
    ----------
    text : str
        The report text.
    start, end : int
        The span of the place name.

    Returns
    -------
    bool
        True for "Abu Omar Saraqeb", "Saleh Raqqawi", "Homs Media Center",
        an aircraft's nickname after its model (Tu-95MS "Bears"),
        "the Douma 4"; False for "Kafr Nabl Hospital" or "Homs Province".

    Examples
    --------
    >>> t = "said Abu Omar Saraqeb, a commander"
    >>> names_no_place(t, t.index("Saraqeb"), t.index(","))
    True
    """
    word = _word_before(text, start)
    # Each pattern runs only when the word before the place (or after it) can open its match.
    capitalised = bool(word) and not word.islower()
    if (
        (capitalised and _KUNYA_BEFORE_RE.search(text, max(0, start - 40), start))
        or (
            word.endswith(_PATRONYMIC_WORDS)
            and _PATRONYMIC_BEFORE_RE.search(text, max(0, start - 6), start)
        )
        or (
            ("bin" in text[end : end + 12] or "ibn" in text[end : end + 12])
            and _PATRONYMIC_AFTER_RE.match(text, end, end + 12)
        )
        or ("-Din" in text[end : end + 8] and _FAITH_NAME_AFTER_RE.match(text, end, end + 8))
        or (
            _RELATION_WORD_RE.search(word)
            and _RELATION_WORD_BEFORE_RE.search(text, max(0, start - 14), start)
            and _RELATION_BEFORE_RE.search(text, max(0, start - 40), start)
        )
    ):
        return True
    if (
        text[start : start + 1].isupper()
        and "old" in text[max(0, start - 30) : start].lower()
        and _AGE_BEFORE_RE.search(text, max(0, start - 50), start)
    ):
        return True
    # Beside ASCII letters, the pattern's case-blind letters match "ſ", "ı", "İ" or "K".
    if (not word.isascii() or word.lower() in _MONUMENT_LAST_WORDS) and _MONUMENT_BEFORE_RE.search(
        text, max(0, start - 30), start
    ):
        return True
    given = _given_name_shape(word)
    if given and (
        _HONORIFIC_NAME_BEFORE_RE.search(text, max(0, start - 64), start)
        or _BYLINE_NAME_BEFORE_RE.search(text, max(0, start - 50), start)
        or _OUTLET_STAFF_NAME_BEFORE_RE.search(text, max(0, start - 60), start)
    ):
        return True
    if (
        len(word) > 1
        and word.isupper()
        and text[start:end].isupper()
        and _BYLINE_CAPITALS_NAME_BEFORE_RE.search(text, max(0, start - 50), start)
    ):
        return True
    titled = _title_alone_before(word, text, start)
    if titled and _SURNAME_CLOSING_AFTER_RE.match(text, end, end + 40):
        return True
    if (titled or _opens_with_title(text, start, end)) and (
        _NAME_END_AFTER_RE.match(text, end, end + 8)
    ):
        # "Dr X, a paediatrician, said", "said Dr X.": a title and one name, closed by a
        # comma, a stop or a verb of saying, name a person by title and given name, as
        # statements and press conferences name their doctors; so does a place name the
        # gazetteer reads into the title and the name ("Dr" for "Deir").
        return True
    if (
        word.endswith(("By", "BY", "by"))
        and _BYLINE_GIVEN_BEFORE_RE.search(text, max(0, start - 30), start)
        and (after := _BYLINE_SURNAME_AFTER_RE.match(text, end, end + 30))
        and after.group().split()[0].rstrip("|;,(–—-") not in _DESIGNATORS
    ):
        return True
    if (
        word == "and"
        and _BYLINE_SECOND_GIVEN_BEFORE_RE.search(text, max(0, start - 80), start)
        and (after := _BYLINE_SURNAME_AFTER_RE.match(text, end, end + 30))
        and after.group().split()[0].rstrip("|;,(–—-") not in _DESIGNATORS
    ):
        return True
    if (
        word in _GIVEN_NAMES
        and text.startswith(_ARTICLE_OPENINGS, start)
        and text[start - 1 : start] == " "
        and _NAME_END_AFTER_RE.match(text, end, end + 8)
    ):
        return True
    if (
        given
        and _NAME_END_AFTER_RE.match(text, end, end + 8)
        and _TITLED_NAME_BEFORE_RE.search(text, max(0, start - 110), start)
    ):
        return True
    if _family_name(text, start, end):
        return True
    if (
        text[start:end] in _GIVEN_NAMES
        and (after := _FAMILY_NAME_AFTER_RE.match(text, end, end + 30)) is not None
        and after.group("word") not in _DESIGNATORS | _ORGANISATION_WORDS
        and _TITLE_RIGHT_BEFORE_RE.search(text, max(0, start - 30), start)
    ):
        # "the group's leader X Y was killed": a title, a common given name, a family name.
        return True
    if text[start:end] in _GIVEN_NAMES and (
        (
            (after := _SURNAME_AFTER_RE.match(text, end, end + 30)) is not None
            and after.group("word") not in _DESIGNATORS | _ORGANISATION_WORDS
        )
        or _ROLE_AFTER_RE.match(text, end, min(len(text), end + 50)) is not None
    ):
        # "X al-Y, head of the civil defence, said", "X, a nurse, said": a place written as a
        # common given name, a family name or a role after it, is the person's given name.
        return True
    if (
        # "activist Hadi X, reporting from Y", "Activist Hadi X said": a title in either case.
        word
        and word[0].lower() in _TITLE_OPENINGS
        and _given_name_shape(text[start:end])
        and (after := _SURNAME_AFTER_RE.match(text, end, end + 30))
        and after.group("word") not in _DESIGNATORS | _ORGANISATION_WORDS
        and _TITLE_RIGHT_BEFORE_RE.search(text, max(0, start - 30), start)
    ):
        return True
    if (
        given
        and _ROLE_AFTER_RE.match(text, end, min(len(text), end + 50))
        and _SAID_NAME_BEFORE_RE.search(text, max(0, start - 40), start)
    ):
        return True
    if (
        word in _SAYING_WORDS
        and (after := _SURNAME_COMMA_AFTER_RE.match(text, end, end + 30))
        and after.group().strip(" \t,") not in _DESIGNATORS | _ORGANISATION_WORDS
    ):
        # "..., said X Haddad, a researcher": a verb of saying, the place name, one
        # capitalised word and a comma: the place name is the speaker's given name.
        return True
    if (
        capitalised
        and _NATIONALITY_BEFORE_RE.search(text, max(0, start - 20), start)
        and not (_DESIGNATOR_OPENING_RE.match(text, start, end))
    ):
        # "the Syrian provinces of Hama" names places; "the Syrian Air Defense" a body.
        return True
    if _NAME_PHRASE_AFTER_RE.match(text, end, min(len(text), end + 40)):
        return True
    if _RESCUE_BODY_AFTER_RE.match(text, end, min(len(text), end + 60)) and _THE_BEFORE_RE.search(
        text, max(0, start - 8), start
    ):
        return True
    if text[start : start + 1].isupper() and _ALIAS_BEFORE_RE.search(
        text, max(0, start - 40), start
    ):
        return True
    # The quote ends the text before the place, or comes right before its last line break.
    if text[max(0, start - 2) : start].removesuffix("\n")[
        -1:
    ] in _QUOTES and _NICKNAME_BEFORE_RE.search(text, max(0, start - 20), start):
        return True
    if text[start:end].split(" ", 1)[0] in _GIVEN_NAMES and _KUNYA_RIGHT_BEFORE_RE.search(
        text, max(0, start - 8), start
    ):
        # "known as Abu X al-Y": a kunya, then a place name opening with a given name.
        return True
    if _kunya_named_in_full(text, start, end):
        return True
    if (
        _KUNYA_OPENING_RE.match(text, start, end)
        and (
            _ROLE_AFTER_RE.match(text, end, min(len(text), end + 50))
            # "said Abu Omar, who commands a brigade": a relative clause of a person.
            or (
                _WHO_AFTER_RE.match(text, end, min(len(text), end + 8))
                and not _OF_BEFORE_RE.search(text, max(0, start - 6), start)
            )
        )
        and not _LOCATIVE_BEFORE_RE.search(text, max(0, start - 30), start)
    ):
        return True
    if (
        _given_name_shape(text[start:end])
        and " " not in text[start:end]
        and text[end + 1 : end + 6].startswith(_KUNYA_WORDS)
        and _KUNYA_AFTER_RE.match(text, end, min(len(text), end + 50))
    ):
        return True
    if text[start:end].endswith(_KUNYA_ENDINGS) and _CAPITAL_AFTER_RE.match(
        text, end, min(len(text), end + 8)
    ):
        # "a media activist, Y Abu X, told": a place name the gazetteer reads into a given
        # name and the kunya after it, the family name following: a person.
        return True
    joined = (
        _JOINED_WORDS_RE.match(text, end, min(len(text), end + 70))
        if text[end : end + 70].lstrip(" \t").startswith("and")
        else None
    )
    if joined is not None and joined["word"] in _ORGANISATION:
        return True
    nxt = _NEXT_WORD_RE.match(text, end, min(len(text), end + 40))
    if nxt is not None:
        word = nxt["word"]
        # "a fighter of the X Martyrs' Brigade", "the X Media Center's statement": the body's
        # word in the possessive is still the body's.
        if word in _ORGANISATION or _bare_possessive(word) in _ORGANISATION:
            return True
        # "the Manbij Military Council": a body's name of two words after the place.
        second = _NEXT_WORD_RE.match(text, nxt.end(), min(len(text), nxt.end() + 40))
        # "the Anbar Provincial Council's committee": the body's name in the possessive too.
        if (
            second is not None
            and second["word"].removesuffix("'s").removesuffix("’s") in _COUNCILS
            and word not in _DESIGNATORS
        ):
            return True
        if word not in _DESIGNATORS and (
            _KUNYA_OPENING_RE.match(text, start, end)
            or _HONORIFIC_OPENING_RE.match(text, start, end)
            or _NISBA_RE.search(word)
            or _AGE_AFTER_RE.match(text, nxt.end(), nxt.end() + 8)
        ):
            return True
    return bool(
        word.endswith(_THE_WORDS)
        and _THE_BEFORE_RE.search(text, max(0, start - 8), start)
        and _COUNT_AFTER_RE.match(text, end, min(len(text), end + 30))
    )


# The patterns tried most often open with a look-ahead of their first characters
# (see lexicon.quick_opening): the same matches, found with fewer tries.
_KUNYA_BEFORE_RE = quick_opening(_KUNYA_BEFORE_RE)
_DESIGNATOR_OPENING_RE = quick_opening(_DESIGNATOR_OPENING_RE)
_RELATION_BEFORE_RE = quick_opening(_RELATION_BEFORE_RE)
_TITLED_NAME_BEFORE_RE = quick_opening(_TITLED_NAME_BEFORE_RE)
_NATIONALITY_BEFORE_RE = quick_opening(_NATIONALITY_BEFORE_RE)
