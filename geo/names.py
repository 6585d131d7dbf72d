"""Place names as keys: one module for folding names and for place keys.

Extraction (deduplicating mentions, telling governorates), the gazetteer
(matching and resolving spellings) and the analysis (grouping events into
incidents) all compare place names through the functions here:

* :func:`normalize`: a spelling-insensitive form (articles, apostrophes,
  vowel variants, doubled letters, common prefixes and endings folded);
* :func:`skeleton`: a consonant skeleton, for Latin and Arabic spellings;
* :func:`name_key`: the normalised name without spaces (the exact-match key);
* :func:`place_key`: a looser key for deduplicating mentions of one document;
* :func:`split_designator`: "Idlib province" -> ("Idlib", "province");
* :func:`canonical_admin1` and :func:`governorate_of`: governorate spellings;
* :func:`plain_typography`: apostrophe, dash and space variants made plain,
  one character for one (:data:`APOSTROPHES`, :data:`DASHES`, :data:`NARROW_SPACES`).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from unidecode import unidecode

from geo.resources import foreign_spellings, landmark_words

__all__ = [
    "APOSTROPHES",
    "ARTICLES",
    "DASHES",
    "GOVERNORATES",
    "GOVERNORATE_WORDS",
    "LOWERCASE_NAME_WORDS",
    "NARROW_SPACES",
    "canonical_admin1",
    "english_letters",
    "fold",
    "governorate_of",
    "letter_key",
    "name_key",
    "normalize",
    "opening_vowel_key",
    "place_key",
    "plain_typography",
    "skeleton",
    "spelling_key",
    "split_designator",
    "strip_article",
]

#: Governorates: common English name -> spellings seen in news and sources, those of copy
#: translated from other languages among them (the Turkish "Halep", "Humus", "Lazkiye",
#: "Haseke", "Deyrizor"; the German "Damaskus"; the Italian and Spanish "Damasco").
GOVERNORATES: dict[str, tuple[str, ...]] = {
    "Aleppo": ("Aleppo", "Halab", "Alep", "Halep"),
    "Idlib": ("Idlib", "Idleb", "Edlib"),
    "Hama": ("Hama", "Hamah", "Hamat", "Hamaa"),
    "Homs": ("Homs", "Hims", "Hums", "Humus"),
    "Latakia": (
        "Latakia",
        "Lattakia",
        "Al-Ladhiqiyah",
        "Latakiya",
        "Lattaquie",
        "Ladhiqiyah",
        "Lazkiye",
    ),
    "Tartus": ("Tartus", "Tartous", "Tartouss"),
    "Damascus": ("Damascus", "Dimashq", "Damaskus", "Damasco"),
    "Rif Dimashq": (
        "Rif Dimashq",
        "Rif Damascus",
        "Rural Damascus",
        "Damascus countryside",
        "Reef Damascus",
        "Rif Dimashq Governorate",
    ),
    "Daraa": ("Daraa", "Dar'a", "Deraa", "Dara'a", "Der'a"),
    "Quneitra": ("Quneitra", "Al-Qunaytirah", "Qunaitra", "Kuneitra"),
    "As-Suwayda": ("As-Suwayda", "Sweida", "Suwayda", "As-Sweida", "Suwaida", "Sweyda", "Sweida'"),
    "Raqqa": ("Raqqa", "Ar-Raqqah", "Raqqah", "Ar-Raqqa", "Rakka", "al-Raqqa"),
    "Deir ez-Zor": (
        "Deir ez-Zor",
        "Dayr az-Zawr",
        "Deir Ezzor",
        "Deir-ez-Zor",
        "Deir al-Zour",
        "Deir el-Zor",
        "Deir Ez-Zour",
        "Deir Al-Zor",
        "Deir al-Zor",
        "Deyrizor",
    ),
    "Hasakah": (
        "Hasakah",
        "Al-Hasakeh",
        "Hassakeh",
        "Al-Hasakah",
        "Hasaka",
        "Hasakeh",
        "Hassake",
        "Haseke",
    ),
}


#: Words after which a name written in lowercase is still a place ("the city of raqqa",
#: "the eastern neighborhoods of saraqeb"), as a regular expression ending where the name
#: starts.
LOWERCASE_PLACE_CUE = (
    r"\b(?:city|town|village|settlement|countryside|suburbs|outskirts|province|governorate"
    r"|neighbou?rhoods?|districts?)\s+of\s+(?:the\s+)?"
)


#: A lowercase name labelling a line of a terse post ("jisr al-shughur: 1 airstrike on ..."):
#: it opens the line (or a "|" cell), and a colon follows it.
LOWERCASE_LABEL_OPENING = r"(?:^|\|)[ \t]*"
LOWERCASE_LABEL_CLOSE = r"[ \t]*:"


#: Article tokens dropped before comparison (assimilated forms included).
ARTICLES = frozenset(
    {"al", "el", "il", "ul", "as", "ash", "ar", "an", "at", "az", "ad", "adh", "ath", "ez"}
    | {"es", "esh", "er", "en", "et", "ed"}
)
#: Generic words that may stay lowercase inside a name ("Idlib province").
LOWERCASE_NAME_WORDS = frozenset(
    {
        "province",
        "provinces",
        "governorate",
        "countryside",
        "of",
        "city",
        "plain",
        "plains",
        "valley",
        "airbase",
        "airport",
        "base",
        "desert",
        "mountains",
        "mountain",
        "district",
    }
    # The generic words after a landmark's own name ("the Omar oilfield", "Tishrin dam").
    | {
        word
        for _, forms in landmark_words()
        for form in forms
        if form.startswith("{}")
        for word in form[2:].split()
    }
)
#: Words that make a governorate name denote the governorate, not its capital.
GOVERNORATE_WORDS = ("province", "provinces", "governorate", "countryside")

# Prefix spellings folded to one token ("village", "hill", "monastery", ...).
_PREFIXES = {
    "kafr": ("kafr", "kfar", "kafar", "kefr", "kfr", "kufr", "kafer", "kefer", "kfer"),
    "tal": ("tal", "tall", "tell", "tel", "til", "tl"),
    "dayr": ("deir", "dayr", "der", "dair", "deyr", "dier", "dir"),
    "jabal": ("jabal", "jebel", "jabel", "jebal", "jbel", "djebel", "jbal", "jibal"),
    "ayn": ("ain", "ayn", "ein", "eyn", "ayin", "3ain"),
    "khirbat": ("khirbet", "khirbat", "khirba", "khirbeh", "kherbet", "khurbet", "khirbit"),
    "umm": ("umm", "um", "oum", "omm", "om"),
    "abu": ("abu", "abou", "abo"),
    "bayt": ("beit", "bayt", "bait", "bet"),
    "shaykh": ("sheikh", "shaykh", "sheik", "shaikh", "shekh", "cheikh", "shiekh"),
    "ras": ("ras", "raas"),
}
_PREFIX_OF = {variant: canon for canon, variants in _PREFIXES.items() for variant in variants}
# Prefixes written glued to the next word ("Kafrzita", "Kfarnabel").
_GLUED_PREFIXES = ("kafr", "kfar", "kafar", "kefr", "kfr")

#: The plain apostrophe and the characters written for it: curly quotes, ayn and hamza
#: signs, grave and acute accents, modifier letters and the prime.
APOSTROPHES = "'’‘ʿʾ`´ʼʹ′"
#: Hyphen and dash variants written for a plain hyphen.
DASHES = "‐‑‒–—―−"
#: No-break, figure, thin, hair and narrow no-break spaces.
NARROW_SPACES = "\u00a0\u2007\u2009\u200a\u202f"
#: Each variant mapped to one plain character so that offsets stay put; an underscore
#: joins the words of a hashtag ("#Kafr_Nabl").
_PLAIN_TABLE = str.maketrans(
    {c: "'" for c in APOSTROPHES[1:]}
    | {c: "-" for c in DASHES}
    | {c: " " for c in NARROW_SPACES + "_"}
)


def plain_typography(text: str) -> str:
    """Return ``text`` with typographic variants made plain, one character for one.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        The same length as ``text``: curly apostrophes and ayn signs become ``'``, dash
        variants ``-``, no-break and thin spaces and underscores a plain space.
    """
    return text.translate(_PLAIN_TABLE)


_APOSTROPHE_TABLE = str.maketrans("", "", APOSTROPHES)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_VOWELS = "aeiou"
_ENDING_IYA = re.compile(
    r"(?<=[a-z]{2})(iyyah|iyyeh|iyya|iyah|iyeh|iyya|iya|iye|ieh|ia|yah|yeh|ya)$"
)
_ENDING_A = re.compile(r"(?<=[a-z]{2})(ah|eh|a|e)$")
_DOUBLED = re.compile(r"([a-z])\1+")
_OPENING_VOWEL = re.compile(r"^([bdfghjklmnrstz])i(?=[bdfghjklmnrstz][aiu].{2})")
# A word-opening vowel before two consonants: the hamza on alif, which the press writes
# a, i, e or u (Ibta / Abtaa, Irbeen / Arbin, Inkhil / Ankhil).
_HAMZA_VOWEL = re.compile(r"^[iu](?=[bcdfghjklmnpqrstvxz]{2})")


def opening_vowel_key(key: str) -> str:
    """Return a name key with its opening hamza vowel written "a" ("ibta" -> "abta").

    Not part of :func:`normalize`: an opening vowel also tells different names apart
    (Ithriya, Othriya), so exact spellings keep it; spellings that share a consonant
    skeleton are compared with it folded.

    Parameters
    ----------
    key : str
        A key of :func:`name_key`.

    Returns
    -------
    str
        The key with an opening i or u before two consonants made "a".
    """
    return _HAMZA_VOWEL.sub("a", key)


# Arabic letters -> Latin consonants; vowel letters, hamza and ayn drop out.
_ARABIC_CONSONANTS = {
    "ب": "b",
    "ت": "t",
    "ث": "t",
    "ج": "j",
    "ح": "h",
    "خ": "kh",
    "د": "d",
    "ذ": "d",
    "ر": "r",
    "ز": "z",
    "س": "s",
    "ش": "sh",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "z",
    "غ": "gh",
    "ف": "f",
    "ق": "k",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "پ": "b",
    "چ": "j",
    "ڤ": "f",
    "گ": "k",
}
_ARABIC_RANGE = re.compile(r"[\u0600-\u06ff]")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")


@functools.lru_cache(maxsize=200_000)
def _norm_token(token: str) -> str:
    """Normalise one lowercase ASCII token (no articles, no punctuation)."""
    token = _PREFIX_OF.get(token, token)
    if token in _PREFIXES:
        return token
    if len(token) >= 5 and token[:2] in ("al", "el") and token[2] not in _VOWELS + "ly":
        token = token[2:]
    for glued in _GLUED_PREFIXES:
        if token.startswith(glued) and len(token) >= len(glued) + 3:
            token = "kafr" + token[len(glued) :]
            break
    token = _ENDING_IYA.sub("iya", token)
    token = _ENDING_A.sub("a", token)
    token = token.replace("ou", "u").replace("oo", "u").replace("ee", "i")
    token = re.sub(r"[ae][iy](?=[^aeiouy]|$)", "i", token)
    token = re.sub(r"[ao][wu](?=[^aeiouy]|$)", "u", token)
    token = token.replace("o", "u").replace("e", "i").replace("q", "k")
    # A vowel written between two opening consonants: Bidama / Bdama.
    token = _OPENING_VOWEL.sub(r"\1", token)
    return _DOUBLED.sub(r"\1", token)


_GOVERNORATE_TOKENS = tuple(_norm_token(w) for w in GOVERNORATE_WORDS)
_OF_TOKEN = _norm_token("of")


def _ascii_tokens(name: str) -> list[str]:
    """Lowercase ASCII word tokens of ``name`` with apostrophes removed."""
    folded = unidecode(name.translate(_APOSTROPHE_TABLE)).lower().replace("'", "")
    return [t for t in _NON_ALNUM.split(folded) if t]


def normalize(name: str) -> str:
    """Return a spelling-insensitive form of a place name.

    Articles (al-, el-, as-, ash-, ...), apostrophes and ʿayn signs, hyphens
    and case are removed; vowel spellings (ou/u, ee/i, e/i, o/u, ay/ai/ei),
    doubled letters, endings (-ah/-eh/-a, -iyah/-iyeh/-ieh/-ia) and common
    prefixes (Kafr/Kfar, Tell/Tal, Deir/Dayr, Jabal/Jebel, Ain/Ayn/Ein,
    Khirbet/Khirbat, Sheikh/Shaykh, ...) are folded. Words stay separated by
    single spaces.

    Parameters
    ----------
    name : str
        A place name in Latin script (any transliteration).

    Returns
    -------
    str
        The normalised name; ``""`` if nothing is left.

    Examples
    --------
    >>> normalize("Ma'arrat al-Nu'man") == normalize("MAARRAT AL-NUUMAN")
    True
    >>> normalize("Kafr Zeita") == normalize("Kafr Zita")
    True
    """
    tokens = _ascii_tokens(name)
    kept = [t for t in tokens if t not in ARTICLES] or tokens
    return " ".join(n for n in (_norm_token(t) for t in kept) if n)


def english_letters(name: str) -> str:
    """Return a normalised name with other languages' letter groups written the English way.

    The groups are those of ``geo/data/spellings.csv``: a German "dschisr" is "jisr", a
    Russian "dzhabal" is "jabal". Words stay apart, so no group is read across two.

    Parameters
    ----------
    name : str
        A name as :func:`normalize` gives it.

    Returns
    -------
    str
        The name with each group replaced, longest group first.

    Examples
    --------
    >>> english_letters("dzhabal")
    'jabal'
    """
    for written, english in foreign_spellings():
        name = name.replace(written, english)
    return name


@functools.lru_cache(maxsize=100_000)
def spelling_key(name: str) -> str:
    """Return the key spellings are compared by: :func:`name_key` in English letters.

    Parameters
    ----------
    name : str
        A place name as written.

    Returns
    -------
    str
        The normalised name in English letters, without spaces ("Dschisr al-X" gives the
        key of "Jisr al-X").
    """
    return english_letters(normalize(name)).replace(" ", "")


# Consonants written alike fold together; vowels, "y" and "w" go.
_SKELETON_LETTERS = str.maketrans("pvcxq", "bfkkk", "aeiouyw")


@functools.lru_cache(maxsize=100_000)
def _latin_skeleton(name: str) -> str:
    """Consonant skeleton of a Latin-script name.

    Letter groups of other languages' transliterations are written the English
    way first ("Dschisr al-Schughur" has the skeleton of "Jisr al-Shughur").
    """
    key = english_letters(normalize(name)).replace(" ", "")
    key = key.replace("th", "t").replace("dh", "d").replace("ph", "f").replace("gh", "g")
    return _DOUBLED.sub(r"\1", key.translate(_SKELETON_LETTERS))


def _arabic_skeleton(name: str) -> str:
    """Consonant skeleton of an Arabic-script name, in Latin letters."""
    parts = []
    words = _ARABIC_WORD.findall(name)
    for i, word in enumerate(words):
        if word.startswith("ال") and len(word) > 3:
            word = word[2:]
        last = i == len(words) - 1
        out = []
        for j, ch in enumerate(word):
            final = j == len(word) - 1
            if ch == "ة":
                out.append("" if final and last else "t")
            elif ch == "ه" and final:
                continue
            else:
                out.append(_ARABIC_CONSONANTS.get(ch, ""))
        parts.append("".join(out))
    return _DOUBLED.sub(r"\1", "".join(parts).replace("gh", "g"))


def skeleton(name: str) -> str:
    """Return the consonant skeleton of a place name.

    Latin names are normalised, then vowels, ``w`` and ``y`` are dropped and
    doubled consonants collapsed. Arabic names are mapped letter by letter to
    Latin consonants (article, long vowels, hamza and ʿayn dropped; a
    non-final ta marbuta read as ``t``), so an Arabic spelling and its news
    transliterations share a key.

    Parameters
    ----------
    name : str
        A place name in Latin or Arabic script.

    Returns
    -------
    str
        The skeleton, e.g. ``"ltmn"`` for Latamneh and Al-Lataminah.

    Examples
    --------
    >>> skeleton("Latamneh") == skeleton("Al-Lataminah") == skeleton("Latmana")
    True
    >>> skeleton("كفر نبل") == skeleton("Kafranbel")
    True
    """
    if _ARABIC_RANGE.search(name):
        return _arabic_skeleton(name)
    return _latin_skeleton(name)


@functools.lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """Return the exact-match key of a name: its normalised form without spaces.

    Parameters
    ----------
    name : str
        A place name as written.

    Returns
    -------
    str
        The key; spellings with equal keys match exactly.
    """
    return normalize(name).replace(" ", "")


@functools.lru_cache(maxsize=64)
def _governorate_lookup() -> dict[str, str]:
    lookup = {}
    for canon, spellings in GOVERNORATES.items():
        for spelling in (canon, *spellings):
            lookup[name_key(spelling)] = canon
    return lookup


_DESIGNATOR_AFTER = re.compile(
    r"^(?P<core>.+?)\s+(?P<word>provinces?|governorate|countryside|region|rural area|city)$", re.I
)
_DESIGNATOR_BEFORE = re.compile(
    r"^(?:(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+"
    r"|(?:north|south)-?(?:east|west)(?:ern)?\s+|central\s+)?"
    r"(?P<word>countryside|provinces?|governorate|rural areas?|rif|rural)(?:\s+of)?)"
    r"\s+(?P<core>.+)$",
    re.I,
)
_COMPASS_WORD = (
    r"(?:north|south|east|west|central|northern|southern|eastern|western"
    r"|north-?(?:east|west)(?:ern)?|south-?(?:east|west)(?:ern)?)"
)
_COMPASS = re.compile(rf"^(?:the\s+)?{_COMPASS_WORD}\s+(?P<core>.+)$", re.I)
_POSSESSIVE_COMPASS = re.compile(rf"(?<=\w)['’]s(?:\s+{_COMPASS_WORD})?$", re.I)
_CITY_OF = re.compile(r"^(?:the\s+)?city\s+of\s+(?P<core>.+)$", re.I)
_AROUND = re.compile(
    r"^(?:the\s+)?(?:(?:\w+ern\s+)?(?:outskirts|suburbs|edge|environs|vicinity|area)\s+of"
    r"|near|around)\s+(?P<core>.+)$",
    re.I,
)
_THE = re.compile(r"^the\s+", re.I)


@functools.lru_cache(maxsize=8192)
def split_designator(name: str) -> tuple[str, str | None]:
    """Split a designator word off a place name.

    "Idlib Province", "provinces of Idlib", "the northern Idlib countryside"
    and "Rural Damascus" name a governorate (or its countryside); "Idlib
    city" and "the city of Idlib" name its capital. "near X" and "the
    outskirts of X" are stripped to X.

    Parameters
    ----------
    name : str
        A place name as written.

    Returns
    -------
    tuple of (str, str or None)
        The core name and the designator word, lowercase and singular
        ("province", "governorate", "countryside", "region", "rural",
        "rif", "city"), or None when there is none.

    Examples
    --------
    >>> split_designator("Idlib Province")
    ('Idlib', 'province')
    >>> split_designator("the city of Hama")
    ('Hama', 'city')
    >>> split_designator("Saraqeb")
    ('Saraqeb', None)
    """
    text = name.strip().lstrip("#")
    around = _AROUND.match(text)
    if around:
        text = around.group("core")
    for pattern in (_DESIGNATOR_AFTER, _DESIGNATOR_BEFORE):
        match = pattern.match(text)
        if match:
            word = match.group("word").lower()
            word = "rural" if word.startswith("rural") else word.rstrip("s")
            core = match.group("core")
            if pattern is _DESIGNATOR_AFTER:
                # "Idlib's southern countryside": the governorate's own name.
                core = _POSSESSIVE_COMPASS.sub("", core)
            if word != "city":
                compass = _COMPASS.match(core)
                core = compass.group("core") if compass else core
            return _THE.sub("", core), word
    city = _CITY_OF.match(text)
    if city:
        return city.group("core"), "city"
    # "Hama's" (before "northern countryside"): the name itself.
    return _POSSESSIVE_COMPASS.sub("", _THE.sub("", text)), None


def canonical_admin1(name: str | None) -> str | None:
    """Return the common English governorate name for a spelling, or None.

    Parameters
    ----------
    name : str or None
        A governorate name in any spelling, optionally with a designator
        ("Idlib province", "Hama countryside", "Rural Damascus").

    Returns
    -------
    str or None
        A key of :data:`GOVERNORATES`, or None when ``name`` is not one (a
        capital city written as such, "Idlib city", is not).

    Examples
    --------
    >>> canonical_admin1("Idleb Governorate")
    'Idlib'
    >>> canonical_admin1("Dar'a")
    'Daraa'
    """
    if not name:
        return None
    lookup = _governorate_lookup()
    direct = lookup.get(name_key(name))
    if direct:
        return direct
    core, word = split_designator(name)
    if word == "city" or (word is None and core == name.strip()):
        return None
    found = lookup.get(name_key(core))
    if found in SURROUNDING_GOVERNORATE and word not in (None, "governorate"):
        return SURROUNDING_GOVERNORATE[found]
    return found


#: A capital whose own governorate is the city alone: its "province" or "countryside" in
#: reports is the governorate around it ("the countryside of Damascus" is Rif Dimashq).
SURROUNDING_GOVERNORATE: dict[str, str] = {"Damascus": "Rif Dimashq"}


@functools.lru_cache(maxsize=8192)
def governorate_of(name: str) -> str | None:
    """Return the governorate a name spells, ignoring any designator.

    Unlike :func:`canonical_admin1`, "Idlib city" and a bare "Idlib" give
    "Idlib" too: the name is the governorate's, whichever is meant.

    Parameters
    ----------
    name : str
        A place name as written.

    Returns
    -------
    str or None
        A key of :data:`GOVERNORATES`, or None.
    """
    lookup = _governorate_lookup()
    return lookup.get(name_key(name)) or lookup.get(name_key(split_designator(name)[0]))


@functools.lru_cache(maxsize=4096)
def fold(name: str) -> str:
    """Return a name lowercased with its accents and diacritics removed.

    Parameters
    ----------
    name : str
        Any text.

    Returns
    -------
    str
        The folded text.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


# The article may be joined by a hyphen, a space or, in a hashtag, an underscore ("#al_Bab").
_ARTICLE_RE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ad-d)[-\s_]+")


def strip_article(name: str) -> str:
    """Return a name without a leading "#" and lowercase article ("al-Bab" -> "Bab").

    Parameters
    ----------
    name : str
        A name as written.

    Returns
    -------
    str
        The name, its case kept.
    """
    return _ARTICLE_RE.sub("", name.lstrip("#"))


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text)


@functools.lru_cache(maxsize=8192)
def letter_key(surface: str) -> str:
    """Return the letters of a name after its article ("al-Tiyas" -> "tiyas").

    Parameters
    ----------
    surface : str
        A name as written.

    Returns
    -------
    str
        Lowercase ASCII letters only.
    """
    return _letters(fold(strip_article(surface)))


_GLUED_ARTICLE_RE = re.compile(r"(?<![^\W\d_])([Aa]l|[Ee]l)(?=[A-Z][a-z])")


@functools.lru_cache(maxsize=8192)
def place_key(name: str) -> str:
    """Return a spelling-tolerant key for a place name, for deduplication.

    Articles, apostrophes, vowels, doubled letters and word breaks are
    dropped, a final "-ah"/"-eh" counts as "-a", and a kind word after the
    name ("city", "village", "district", "roundabout", "oil field") is no part of it.

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
    >>> place_key("alRaml") == place_key("al-Raml")
    True
    >>> place_key("Hmeimim") == place_key("Hama")
    False
    """
    # "al‑X" with a non-breaking or Unicode hyphen is "al-X": the article goes with it; so
    # does an article glued to a capital, as a hashtag writes it ("#alX").
    name = _GLUED_ARTICLE_RE.sub(r"\1-", plain_typography(name))
    gov = governorate_of(name)
    text = fold(gov or split_designator(name)[0]).lstrip("#")
    text = _ARTICLE_RE.sub("", text)
    # "the Jazal oil field" or "the Jazal field" is Jazal, as "Idlib city" is Idlib; "the al-Shaar
    # district" of a city is al-Shaar, "the Panorama roundabout" at a city's entrance is
    # Panorama, and "the X farms" are X's.
    text = re.sub(
        r"\s+(?:city|province|governorate|town|village|district|roundabout"
        r"|(?:(?:oil|gas)\s+)?fields?|oilfields?|farms)$",
        "",
        text,
    )
    text = re.sub(r"(?<=[aeiou])h\b", "", text)
    # Doubled letters go before the vowels: "Hmeimim" keeps the consonants its vowels part
    # ("hmmm"), which are not those of "Hama" ("hm").
    letters = re.sub(r"(.)\1+", r"\1", _letters(text))
    if not letters:
        return ""
    return letters[0] + re.sub(r"[aeiouy]", "", letters[1:])
