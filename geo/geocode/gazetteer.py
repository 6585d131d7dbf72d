"""Offline Syrian gazetteer: name normalisation, mention finding and resolution.

The packaged table ``geo/data/gazetteer.csv`` (built by
``scripts/build_gazetteer.py`` from OCHA, GeoNames, Wikipedia, city
neighbourhood and curated alias data; see ``geo/data/SOURCES.md``) holds one
row per place with its spellings. This module turns those spellings into
three keys:

* :func:`normalize`: a spelling-insensitive form (articles, apostrophes,
  vowel variants, doubled letters, common prefixes and endings folded);
* :func:`skeleton`: a consonant skeleton, computed for Latin and for Arabic
  spellings so that OCHA's Arabic names match news transliterations;
* a fuzzy fallback over normalised keys (``rapidfuzz``).

:meth:`Gazetteer.find_mentions` scans a text in one pass with an
Aho-Corasick automaton over normalised token sequences;
:meth:`Gazetteer.resolve` picks one place for one name, using city,
governorate and nearby places to choose among homonyms.
"""

from __future__ import annotations

import csv
import functools
import math
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from rapidfuzz import fuzz, process

from geo.names import (
    _ARABIC_RANGE,
    _GOVERNORATE_TOKENS,
    _OF_TOKEN,
    _PREFIXES,
    APOSTROPHES,
    ARTICLES,
    DASHES,
    GOVERNORATE_WORDS,
    GOVERNORATES,
    LOWERCASE_LABEL_CLOSE,
    LOWERCASE_LABEL_OPENING,
    LOWERCASE_NAME_WORDS,
    LOWERCASE_PLACE_CUE,
    _arabic_skeleton,
    _ascii_tokens,
    _latin_skeleton,
    _norm_token,
    canonical_admin1,
    name_key,
    normalize,
    opening_vowel_key,
    skeleton,
    spelling_key,
    split_designator,
)
from geo.record import GEO_PRECISIONS, HOME_COUNTRY, Mention, Place
from geo.resources import data_dir, generic_words

__all__ = [
    "DEFAULT_FUZZY_CUTOFF",
    "DEFAULT_GAZETTEER_PATH",
    "GOVERNORATES",
    "Gazetteer",
    "OfflineGazetteer",
    "Resolution",
    "canonical_admin1",
    "load_gazetteer",
    "normalize",
    "skeleton",
]

#: The packaged gazetteer table.
DEFAULT_GAZETTEER_PATH = data_dir() / "gazetteer.csv"
#: Places outside Syria, each with its ISO 3166 country code, added to the packaged table.
ABROAD_PATH = data_dir() / "abroad.csv"
#: Minimum rapidfuzz ratio (0-100) for a fuzzy match; below it, no match.
DEFAULT_FUZZY_CUTOFF = 87.0

#: Scores reported for each kind of match.
SCORE_EXACT = 100.0
SCORE_SKELETON = 90.0
SCORE_ARABIC_SKELETON = 88.0
#: Fuzzy scores are capped below skeleton scores.
SCORE_FUZZY_MAX = 85.0
#: A skeleton match needs a spelling at least this close (rapidfuzz ratio) ...
SKELETON_MIN_RATIO = 75.0
#: ... and keeps the places whose spelling scores within this of the best.
SKELETON_MARGIN = 5.0
#: A skeleton match inside the governorate a text names needs a spelling this close.
SKELETON_INSIDE_RATIO = 65.0
# Context points a place of another spelling needs to win over an exact homonym: at
# least its governorate named nearby (see Gazetteer._context_points).
_CLOSER_SPELLING_POINTS = 2
_MIN_SKELETON = 3
#: How much closer a spelling must be when its skeleton is this short.
_SHORT_SKELETON_MARGIN = {2: 15.0, 3: 5.0}
_MAX_SKELETON_WORDS = 4
#: Homonyms all farther than this from every other place named around them are not chosen.
_HOMONYM_FAR_KM = 100.0
#: Rank from which a place matched by a like spelling is taken wherever it lies (the
#: sub-district centres and larger towns; villages rank lower).
_WELL_KNOWN_RANK = 50
#: A part of a city lies within this distance of the city's point.
_CITY_PART_KM = 25.0
#: Places ranked below this are minor landmarks (a hospital, a base), not towns.
_MINOR_RANK = 20
#: Governorate capitals rank from here: cities of their own, never a part of another city.
_CAPITAL_RANK = 90
#: Places further apart in latitude than this lie over 55 km apart: not within 30 km.
_NEAR_LAT_DEGREES = 0.5
#: Distances between places kept for reuse (a pair takes about 200 bytes: 20 MB at most).
_MAX_DISTANCES = 100_000
#: A homonym this close to a town of the governorate a text names may still be the one meant.
_BORDER_KM = 25.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two WGS84 points.

    Parameters
    ----------
    lat1, lon1, lat2, lon2 : float
        Decimal degrees.

    Returns
    -------
    float
        Distance in km.
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True)
class Resolution:
    """The place chosen for a name, with how sure the choice is.

    ``score`` is 100 for an exact normalised match, 90 (88 from Arabic) for
    a consonant-skeleton match and at most 85 for a fuzzy match.
    ``alternatives`` are the other candidates, best first; ``by_context`` is
    True when the city, governorate or nearby places decided among homonyms.
    """

    place: Place
    score: float
    alternatives: tuple[Place, ...] = ()
    by_context: bool = False


@dataclass
class _Entry:
    """A place with the data the matcher needs but :class:`Place` lacks."""

    place: Place
    names: tuple[str, ...]
    population: int
    kind: str


@dataclass
class _Index:
    """Lookup tables over all places; built once per gazetteer."""

    exact: dict[str, list[int]] = field(default_factory=dict)
    latin_skeleton: dict[str, list[int]] = field(default_factory=dict)
    arabic_skeleton: dict[str, list[int]] = field(default_factory=dict)
    cities: dict[str, int] = field(default_factory=dict)


class Gazetteer:
    """An in-memory gazetteer: places, their spellings and the matchers.

    Build one with :func:`load_gazetteer`; it is immutable after
    construction, so one instance can serve every session of an app.

    Parameters
    ----------
    rows : iterable of dict
        Rows of the gazetteer table (see ``geo/data/SOURCES.md`` for the
        columns).
    """

    def __init__(self, rows: Iterable[dict[str, str]]) -> None:
        self._entries: list[_Entry] = [_entry_from_row(row) for row in rows]
        self._by_id = {e.place.place_id: i for i, e in enumerate(self._entries)}
        self._index = _build_index(self._entries)
        # A place abroad is matched by its own names only, never by a like spelling.
        self._fuzzy_keys = [
            key
            for key, found in self._index.exact.items()
            if any(self._entries[i].place.country == HOME_COUNTRY for i in found)
        ]
        self._vocab: dict[str, str] = {}
        self._token_chars: dict[str, str] = {}
        self._latin_keys: dict[int, list[str]] = {}
        self._priors: dict[int, tuple[int, int, int, int]] = {}
        self._names, self._prefixes = self._build_matcher()
        self._gov_towns: dict[str, list[tuple[float, float]]] = {}
        self._border_gaps: dict[tuple[int, str], float] = {}
        self._distances: dict[tuple[str, str], float] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        return f"Gazetteer({len(self)} places)"

    @property
    def places(self) -> tuple[Place, ...]:
        """All places, in table order."""
        return tuple(e.place for e in self._entries)

    def get(self, place_id: str) -> Place | None:
        """Return the place with id ``place_id``, or None.

        Parameters
        ----------
        place_id : str
            A ``place_id`` of the gazetteer table.

        Returns
        -------
        Place or None
        """
        i = self._by_id.get(place_id)
        return None if i is None else self._entries[i].place

    def names_of(self, place_id: str) -> tuple[str, ...]:
        """Return every spelling recorded for a place (name first).

        Parameters
        ----------
        place_id : str
            A ``place_id`` of the gazetteer table.

        Returns
        -------
        tuple of str
            Empty when the id is unknown.
        """
        i = self._by_id.get(place_id)
        return () if i is None else self._entries[i].names

    # -- ordering -------------------------------------------------------

    def _prior(self, i: int) -> tuple[int, int, int, int]:
        """Context-free preference: rank, population, finer precision, spellings known."""
        prior = self._priors.get(i)
        if prior is None:
            e = self._entries[i]
            precision = -GEO_PRECISIONS.index(e.place.precision)
            prior = self._priors[i] = (e.place.rank, e.population, precision, len(e.names))
        return prior

    def _ordered(self, indices: Iterable[int]) -> list[int]:
        return sorted(dict.fromkeys(indices), key=self._prior, reverse=True)

    # -- mention finding ------------------------------------------------

    def _char_for(self, norm_token: str) -> str:
        char = self._vocab.get(norm_token)
        if char is None:
            char = chr(0x10000 + len(self._vocab))
            self._vocab[norm_token] = char
        return char

    def _build_matcher(
        self,
    ) -> tuple[dict[str, tuple[Place, ...]], frozenset[str]]:
        """Index every spelling as a sequence of normalised-token characters.

        Returns the spellings (character sequence -> candidate places, best
        first) and every proper prefix of a spelling, so that matching can
        stop extending as soon as no spelling continues.
        """
        keys: dict[str, dict[int, None]] = {}

        def add(tokens: Sequence[str], i: int) -> None:
            if tokens:
                seq = "".join(self._char_for(t) for t in tokens)
                keys.setdefault(seq, {})[i] = None

        for i, entry in enumerate(self._entries):
            for name in entry.names:
                if _ARABIC_RANGE.search(name) or _generic_name(name):
                    continue
                tokens = normalize(name).split()
                add(tokens, i)
                if 1 < len(tokens) <= 3:
                    add(["".join(tokens)], i)
                if entry.place.precision == "governorate":
                    for word in _GOVERNORATE_TOKENS:
                        add([*tokens, word], i)
                        add([word, _OF_TOKEN, *tokens], i)
        names = {
            seq: tuple(self._entries[j].place for j in self._ordered(indices))
            for seq, indices in keys.items()
        }
        prefixes = frozenset(seq[:k] for seq in names for k in range(1, len(seq)))
        return names, prefixes

    def find_mentions(self, text: str) -> list[Mention]:
        """Find place names in a text in one pass.

        Words are normalised one by one (cached) and mapped to one character
        each; runs of adjacent name words are then matched against every
        spelling, leftmost-longest, so matches fall on word boundaries and do
        not overlap. A match counts only when it is written as a name: each
        word capitalised (articles and generic words such as "province"
        excepted, and a leading "province of") and, for single words, not a
        common English or personal word from the stoplist. When the longest
        spelling at a position is not written as a name ("province of Hama"
        in lowercase), shorter ones are tried, so "Hama" is still found.

        Parameters
        ----------
        text : str
            Any text.

        Returns
        -------
        list of Mention
            In text order; ``text[m.start:m.end] == m.surface``; candidates
            best first (by rank, population, precision).
        """
        mentions: list[Mention] = []
        run_chars: list[str] = []
        run_spans: list[tuple[int, int]] = []
        token_chars = self._token_chars
        gap_word = _GAP_WORD.search
        prev_end = 0
        words: list[tuple[int, int, str]] = []
        for match in _CANDIDATE_WORD.finditer(text):
            start, end = match.span()
            raw = match.group()
            char = token_chars.get(raw)
            if char is None:
                char = self._token_char(raw)
            words.append((start, end, char))
            if run_chars and _RUN_BREAK.search(text, prev_end, start):
                # "bomb al-Ansari, al-Mashhad and ...": a comma parts the names of a list,
                # never the words of one name; so does a closing bracket, which ends an
                # alias ("near the X (Y) airbase": Y, then the kind of X, not "Y) airbase").
                self._match_run(text, run_chars, run_spans, mentions)
                run_chars, run_spans = [], []
            if not char:
                # An article: part of the name around it, never a name alone.
                prev_end = end
                continue
            if run_chars and (
                char == " " or (start - prev_end > 2 and gap_word(text, prev_end, start))
            ):
                self._match_run(text, run_chars, run_spans, mentions)
                run_chars, run_spans = [], []
            prev_end = end
            if char != " ":
                run_chars.append(char)
                run_spans.append((start, end))
        if run_chars:
            self._match_run(text, run_chars, run_spans, mentions)
        found = self._lowercase_mentions(text, self._skeleton_mentions(text, words, mentions))
        return self._hashtag_mentions(text, found) if "#" in text else found

    def _hashtag_mentions(self, text: str, found: list[Mention]) -> list[Mention]:
        """Read a hashtag whose words run together as the name its words spell.

        "#KafrAlX", "#alX", "#Deir_ezX": a post's tag splits at its capitals and
        underscores into the words of a name. When those words name a place of the table,
        the tag is that place, in place of any shorter name found inside it ("Kafr" alone);
        a tag of one word is left to the finder's own pass.
        """
        added: list[Mention] = []
        for tag in _HASHTAG_RE.finditer(text):
            start, end = tag.span(1)
            words = [w for w in _TAG_WORD_BREAK_RE.split(tag.group(1)) if w]
            if len(words) < 2:
                continue
            # Only a spelling of the table, written whole: a tag's words close to a village's
            # only by their consonants are more often a body's name ("#AlX" of a channel).
            hits = self._index.exact.get(name_key(" ".join(words)))
            if hits:
                places = tuple(self._entries[i].place for i in self._ordered(hits))
                added.append(Mention(start, end, text[start:end], places))
        if not added:
            return found
        kept = [m for m in found if not any(a.start <= m.start and m.end <= a.end for a in added)]
        return sorted(kept + added, key=lambda m: m.start)

    def _lowercase_mentions(self, text: str, found: list[Mention]) -> list[Mention]:
        """Add names written in lowercase after a place cue ("the city of raqqa") or as a label.

        A label opens a line of a terse post and ends in a colon
        ("jisr al-shughur: 1 airstrike ...").

        The word scanner takes capitalised words only; after "city of",
        "village of", "countryside of" ... a lowercase run of up to three
        words is a place when a spelling of the table covers it from its first
        word and, capitalised, it would pass as a name (no stop word).
        """
        added: list[Mention] = []
        cues = [(at, False) for at in _lowercase_cue_ends(text)]
        cues += [(at, True) for at in _label_ends(text)]
        for at, label in sorted(set(cues)):
            run = _LOWERCASE_RUN.match(text, at)
            if run is None:
                continue
            words = list(_WORD.finditer(text, run.start(), run.end()))
            chars = [self._token_chars.get(w.group()) or self._token_char(w.group()) for w in words]
            best = 0
            for k in range(1, len(words) + 1):
                if chars[k - 1] == " ":
                    break
                if chars[k - 1] and "".join(chars[:k]) in self._names:
                    best = k
            if not best:
                continue
            seq = "".join(chars[:best])
            start, end = words[0].start(), words[best - 1].end()
            if label and not _LOWERCASE_LABEL_CLOSE.match(text, end):
                continue
            verdict = _surface_ok(text[start:end].title(), len(seq))
            if verdict == _NO or (verdict == _WITH_ARTICLE and chars[0] != ""):
                continue
            added.append(Mention(start, end, text[start:end], self._names[seq]))
        if not added:
            return found
        return sorted([*found, *added], key=lambda m: m.start)

    def _skeleton_mentions(
        self, text: str, words: list[tuple[int, int, str]], exact: list[Mention]
    ) -> list[Mention]:
        """Add names written in a spelling the table lacks, found by consonant skeleton.

        A group of adjacent capitalised words joined only by a space, hyphen,
        underscore or apostrophe ("Kfernaha", "Orm al-Kubra", "Maarat_Noaman")
        that no exact spelling covers whole is looked up by its skeleton; the
        table's spellings with that skeleton are scored against it with
        rapidfuzz and kept only when close (see :meth:`_skeleton_places`). The
        longest window wins, and it replaces exact matches of its parts ("Khan
        Touman" over "Touman"). A single word is tried only when it stands
        alone, not as one word of a longer capitalised group.
        """
        added: list[Mention] = []
        starts = [m.start for m in exact]
        for group in _name_groups(text, words):
            several = len(group) > 1 and sum(1 for word in group if word[2] != "") > 1
            i = 0
            while i < len(group):
                step = 1
                for length in range(min(_MAX_SKELETON_WORDS, len(group) - i), 0, -1):
                    window = group[i : i + length]
                    if window[0][2] == "" or window[-1][2] == "":
                        continue
                    start, end = window[0][0], window[-1][1]
                    if end - start > 2 and text[end - 2] in APOSTROPHES and text[end - 1] in "sS":
                        # "Douma's market": the possessive is no part of the spelling.
                        end -= 2
                    k = bisect_right(starts, start) - 1
                    if k >= 0 and end <= exact[k].end:
                        continue
                    if length == 1 and (
                        several
                        or (
                            _SENTENCE_OPENING.search(text, max(0, start - 3), start)
                            and not _WRAPPED_LINE_BEFORE.search(text, max(0, start - 8), start)
                            and not _STRUCK_AFTER.match(text, end)
                            and not (
                                _COLON_BEFORE.search(text, max(0, start - 3), start)
                                and _LIST_GOES_ON_AFTER.match(text, end)
                            )
                        )
                        or _NUMBERED_LINE_OPENING.search(text, max(0, start - 10), start)
                    ):
                        # One word of several ("Barack" of "Barack Obama") is no name
                        # alone; a capital opening a sentence ("Smoke rose") says nothing,
                        # unless the sentence goes on to say it was struck ("X was hit"),
                        # or it opens a list of names after a colon (": X, Y and Z").
                        continue
                    if length == 1 and _ENGLISH_ENDING.search(text, start, end):
                        # "the Opposition", "Worried residents": English, not a spelling.
                        continue
                    if length == 1 and _ACRONYM.fullmatch(text, start, end):
                        # "SMRA has documented": a short word in capitals that no
                        # spelling of the table covers is an organisation's initials.
                        continue
                    if _GLUED_WORDS.search(text, start, end) or any(
                        c != ""
                        and _is_english_word(text[a:b])
                        and not (length > 1 and _ARTICLE_BEFORE.search(text[max(0, a - 4) : a]))
                        for a, b, c in window
                    ):
                        # "SyriaIn" (words run together) or "So Far" (English words
                        # in title case) is no spelling of a name; a word joined to an
                        # article in a name of several words ("X al-Golan") is the name's.
                        continue
                    places = self._skeleton_places(text[start:end])
                    if not places or not _accept(text, start, end, length, places):
                        continue
                    start = _extend_over_article(text, start)
                    added.append(Mention(start, end, text[start:end], places))
                    step = length
                    break
                i += step
        if not added:
            return exact
        kept = []
        k = 0
        for m in exact:
            while k < len(added) and added[k].end <= m.start:
                k += 1
            if k == len(added) or m.end <= added[k].start:
                kept.append(m)
        return sorted(kept + added, key=lambda m: m.start)

    @functools.lru_cache(maxsize=20_000)  # noqa: B019 - the gazetteer lives as long as the process
    def _skeleton_places(self, surface: str) -> tuple[Place, ...]:
        """Places whose spelling shares ``surface``'s skeleton and is close to it, best first."""
        skel = _latin_skeleton(surface)
        if len(skel) < _MIN_SKELETON - 1:
            return ()
        hits = self._index.latin_skeleton.get(skel, [])
        # A short skeleton is shared by many names: only a close spelling counts
        # ("Daraya" for "Darayya", not "Daraa").
        floor = SKELETON_MIN_RATIO + _SHORT_SKELETON_MARGIN.get(len(skel), 0.0)
        ranked = self._closest(surface, hits, floor)
        return tuple(self._entries[i].place for i in ranked)

    def _closest(
        self, name: str, hits: Iterable[int], floor: float = SKELETON_MIN_RATIO
    ) -> list[int]:
        """Rank skeleton hits by how close their nearest spelling is to ``name``.

        Only hits within :data:`SKELETON_MARGIN` of the best score, and at
        least ``floor``, are kept: a skeleton shared by two
        different names ("Mazuleh", "Moezleh") goes to the closer spelling.
        """
        key = opening_vowel_key(spelling_key(name))
        scored = {}
        for i in dict.fromkeys(hits):
            latin = self._latin_keys_of(i)
            scored[i] = max((fuzz.ratio(key, k) for k in latin), default=0.0)
        if not scored:
            return []
        top = max(scored.values())
        if top < floor:
            return []
        near = [i for i, score in scored.items() if score >= top - SKELETON_MARGIN]
        return sorted(near, key=lambda i: (scored[i], self._prior(i)), reverse=True)

    def _latin_keys_of(self, i: int) -> list[str]:
        """Return the keys :meth:`_closest` scores entry ``i``'s Latin spellings by (built once)."""
        found = self._latin_keys.get(i)
        if found is None:
            found = self._latin_keys[i] = [
                opening_vowel_key(spelling_key(n))
                for n in self._entries[i].names
                if not _ARABIC_RANGE.search(n)
            ]
        return found

    def _match_run(
        self,
        text: str,
        chars: list[str],
        spans: list[tuple[int, int]],
        out: list[Mention],
    ) -> None:
        """Match a run of adjacent name words, leftmost-longest, into ``out``."""
        names, prefixes = self._names, self._prefixes
        seq = "".join(chars)
        n = len(seq)
        i = 0
        while i < n:
            lengths = []
            k = i + 1
            while k <= n:
                part = seq[i:k]
                if part in names:
                    lengths.append(k - i)
                if part not in prefixes:
                    break
                k += 1
            step = 1
            for length in reversed(lengths):
                start, end = spans[i][0], spans[i + length - 1][1]
                if end - start >= 2 and text[end - 2] in APOSTROPHES and text[end - 1] in "sS":
                    end -= 2
                found = names[seq[i : i + length]]
                if not _accept(text, start, end, length, found):
                    continue
                if found[0].country != HOME_COUNTRY:
                    found = self._home_spelt(text[start:end], found)
                start = _extend_over_article(text, start)
                out.append(Mention(start, end, text[start:end], found))
                step = length
                break
            i += step

    def _home_spelt(self, surface: str, found: tuple[Place, ...]) -> tuple[Place, ...]:
        """Put first the home namesakes of a place abroad that the name is written as.

        "Hayt" folds to the key of Iraq's Hit, the better known, but is the spelling of a
        Syrian village that the Iraqi town is never written as: the name written exactly as
        one namesake spells it, and not as the other does, names that namesake.
        """
        written = surface.casefold()

        def spelt(place: Place) -> bool:
            return any(n.casefold() == written for n in self.names_of(place.place_id))

        home = [p for p in found if p.country == HOME_COUNTRY and spelt(p)]
        if not home or spelt(found[0]):
            return found
        return (*home, *(p for p in found if p not in home))

    def _token_char(self, raw: str) -> str:
        """Map a raw word to its automaton character ("" for articles)."""
        word = raw
        if len(word) > 2 and word[-2] in APOSTROPHES and word[-1] in "sS":
            word = word[:-2]
        tokens = _ascii_tokens(word)
        if len(tokens) == 1 and tokens[0] in ARTICLES:
            char = ""
        else:
            norm = " ".join(_norm_token(t) for t in tokens if t not in ARTICLES)
            char = self._vocab.get(norm, " ")
        if len(self._token_chars) < 500_000:
            self._token_chars[raw] = char
        return char

    # -- resolution -----------------------------------------------------

    def _candidates(self, name: str) -> tuple[list[int], float]:
        """Candidates for a name and the score of the match kind that found them."""
        if _ARABIC_RANGE.search(name):
            hits = self._index.arabic_skeleton.get(_arabic_skeleton(name), [])
            return list(hits), SCORE_ARABIC_SKELETON
        key = name_key(name)
        if not key:
            return [], 0.0
        if key in self._index.exact:
            return list(self._index.exact[key]), SCORE_EXACT
        skel = _latin_skeleton(name)
        if len(skel) >= _MIN_SKELETON:
            arabic = self._index.arabic_skeleton.get(skel, [])
            # The closest spellings win; a place known only in Arabic cannot be scored.
            hits = self._closest(name, self._index.latin_skeleton.get(skel, []) + arabic)
            hits = hits or list(arabic)
            if hits:
                return hits, SCORE_SKELETON
        elif len(skel) == _MIN_SKELETON - 1:
            # A short skeleton is shared by many names: only a close spelling counts, as
            # when mentions are found ("Ibta" for Abtaa).
            floor = SKELETON_MIN_RATIO + _SHORT_SKELETON_MARGIN[len(skel)]
            hits = self._closest(name, self._index.latin_skeleton.get(skel, []), floor)
            if hits:
                return hits, SCORE_SKELETON
        return [], 0.0

    def _fuzzy(self, name: str, cutoff: float) -> tuple[list[int], float]:
        key = name_key(name)
        if len(key) < 5:
            return [], 0.0
        found = process.extract(
            key, self._fuzzy_keys, scorer=fuzz.ratio, limit=5, score_cutoff=cutoff
        )
        query = normalize(name)
        found = [f for f in found if _same_core(query, f[0], cutoff)]
        if not found:
            return [], 0.0
        best = found[0][1]
        hits = [i for k, score, _ in found if score >= best for i in self._index.exact[k]]
        return hits, min(SCORE_FUZZY_MAX, float(best))

    def resolve(
        self,
        name: str,
        *,
        city: str | None = None,
        admin1: str | None = None,
        context: Sequence[str] = (),
        fuzzy_cutoff: float = DEFAULT_FUZZY_CUTOFF,
    ) -> Resolution | None:
        """Resolve one place name to one gazetteer place.

        Tries an exact normalised match, then a consonant-skeleton match
        (Latin and Arabic spellings), then a fuzzy match above
        ``fuzzy_cutoff``. Among several candidates, context decides: a
        neighbourhood of ``city`` (or of a city named in ``context``) wins,
        then a place in governorate ``admin1`` or near the other ``context``
        places; without context the best-ranked place wins. A governorate
        name with "province", "governorate" or "countryside" resolves to the
        governorate; a bare governorate name ("Hama") to its capital city.

        Parameters
        ----------
        name : str
            The name as written ("Latameneh", "Idlib province", "حماة").
        city : str, optional
            A city the place is said to be in ("Aleppo" for "Hanano").
        admin1 : str, optional
            A governorate named nearby, any spelling.
        context : sequence of str, optional
            Other place names from the same paragraph.
        fuzzy_cutoff : float, optional
            Minimum rapidfuzz ratio for the fuzzy step.

        Returns
        -------
        Resolution or None
            None when nothing matches well enough: coordinates are never
            invented. A name the table does not know at all, said to lie in
            ``city``, resolves to that city's own place, with score 0 (a
            quarter the table does not hold).
        """
        core, word = split_designator(name)
        want_governorate = word not in (None, "city")
        want_city = word == "city"
        cands, score = self._candidates(core)
        inside = False
        if score == SCORE_SKELETON and admin1 and not want_governorate:
            found = self._skeleton_inside(core, cands, admin1)
            inside, cands = found is not cands, found
        if want_governorate:
            # The whole name first: "Rif Dimashq" and "the countryside of Damascus" are the
            # governorate around the capital, not the capital's own.
            gov = canonical_admin1(name) or canonical_admin1(core)
            govs = [i for i in self._index.exact.get(name_key(gov or ""), [])]
            govs = [i for i in govs if self._entries[i].place.precision == "governorate"]
            if not govs:
                govs = [i for i in cands if self._entries[i].place.precision == "governorate"]
            cands = govs or cands
        elif want_city:
            towns = [i for i in cands if self._entries[i].place.precision == "town"]
            cands = towns or cands
        if not cands:
            cands, score = self._fuzzy(core, fuzzy_cutoff)
        # Places abroad are there to be known as foreign in a text, not to be located.
        known = bool(cands)
        cands = [i for i in cands if self._entries[i].place.country == HOME_COUNTRY]
        if not cands:
            # "the X district of Y", X unknown to the table: X lies in Y, no finer point known.
            town = self._city_town(city) if city and not want_governorate and not known else None
            if town is None:
                return None
            return Resolution(place=town, score=0.0, alternatives=(), by_context=True)
        ordered = self._ordered(cands)
        chosen = self._choose(ordered, score, core, city, admin1, context)
        if inside and self._undecided(ordered, chosen):
            # Namesakes in the governorate that neither context nor standing tells apart:
            # a spelling of another place is no ground for a guess between them.
            return None
        if score == SCORE_EXACT and not want_governorate and (city or admin1 or context):
            other = self._closer_spelling(core, cands, city, admin1, context, chosen)
            if other is not None:
                return other
        if not want_governorate:
            if self._homonyms_far(ordered, core, city, admin1, context):
                return None
            if score < SCORE_EXACT and self._spelling_far(ordered, core, city, admin1, context):
                return None
            border = self._homonym_by_border(ordered, admin1)
            if border is not None and border < 0 and city and self._part_elsewhere(chosen, city):
                # No namesake lies in the governorate, but the name is of a neighbourhood of
                # another city and the text names the city it is a part of: that city is
                # where it lies (see _inside_city).
                border = None
            if border is not None:
                if border < 0:
                    return None
                chosen = Resolution(
                    place=self._entries[border].place,
                    score=chosen.score,
                    alternatives=tuple(self._entries[i].place for i in ordered if i != border)[:8],
                    by_context=True,
                )
        if city and not want_governorate:
            return self._inside_city(chosen, ordered, city)
        return chosen

    def _skeleton_inside(self, core: str, cands: list[int], admin1: str) -> list[int]:
        """Prefer a place of the same skeleton inside the governorate the text names.

        The closest spelling decides among places sharing a skeleton, but vowels
        written differently weigh more in a spelling than in the name: "M'eizileh,
        Deir Ezzor" is OCHA's Moezleh of Deir ez-Zor, not the Meizleh of Hasakah
        that is spelled closer. When none of ``cands`` lies in the governorate, the
        places of that skeleton in it that are still spelled alike (see
        :data:`SKELETON_INSIDE_RATIO`) are the candidates instead.
        """
        gov = canonical_admin1(admin1)
        if gov is None or any(self._entries[i].place.admin1 == gov for i in cands):
            return cands
        skel = _latin_skeleton(core)
        if len(skel) < _MIN_SKELETON:
            return cands
        hits = self._index.latin_skeleton.get(skel, []) + self._index.arabic_skeleton.get(skel, [])
        inside = [i for i in dict.fromkeys(hits) if self._entries[i].place.admin1 == gov]
        return self._closest(core, inside, SKELETON_INSIDE_RATIO) or cands

    def _undecided(self, ordered: list[int], chosen: Resolution) -> bool:
        """Say whether the choice among several places fell to table order alone."""
        if chosen.by_context or len({self._entries[i].place.place_id for i in ordered}) < 2:
            return False
        first, second = (self._prior(i)[:2] for i in ordered[:2])
        return first == second

    def _city_town(self, city: str) -> Place | None:
        """Return the town the table holds for a city's name, if any."""
        cands, _ = self._candidates(city)
        towns = [i for i in cands if self._entries[i].place.precision == "town"]
        return self._entries[self._ordered(towns)[0]].place if towns else None

    @staticmethod
    def _part_elsewhere(chosen: Resolution, city: str) -> bool:
        """Say whether the place chosen is a neighbourhood of a city other than ``city``."""
        place = chosen.place
        return (
            place.precision == "neighbourhood"
            and bool(place.city)
            and name_key(place.city or "") != name_key(city)
        )

    def _inside_city(self, chosen: Resolution, ordered: list[int], city: str) -> Resolution:
        """Return the city itself for a part of it that the table knows only far away.

        "the National Hospital" of a report on Raqqa is not the hospital of that
        name the table has in Idlib: without a neighbourhood of the city by that
        name, the city is where the place lies. Only a name the table holds for
        several places, or for a minor landmark, is moved: "the Kafr Nabl
        hospital" is in the one town of that name. A governorate's capital is
        never moved: it is a city of its own.
        """
        place = chosen.place
        if place.city and name_key(place.city) == name_key(city):
            return chosen
        if place.precision == "town" and place.rank >= _CAPITAL_RANK:
            # "the rebel-held districts of X" after a paragraph on city Y: X is no part of Y.
            return chosen
        several = len({self._entries[i].place.place_id for i in ordered}) > 1
        # A neighbourhood is a part of its own city, however well known: "the X district"
        # of a report on city Y is no district of another city.
        own_part = self._part_elsewhere(chosen, city)
        # A name only spelled like a place far from the city ("the X district of Y", X unknown
        # to the table) is no more that place than a namesake is.
        spelled = chosen.score < SCORE_EXACT
        if not several and place.rank >= _MINOR_RANK and not own_part and not spelled:
            return chosen
        town = self._city_town(city)
        if town is None:
            return chosen
        if haversine_km(place.lat, place.lon, town.lat, town.lon) <= _CITY_PART_KM:
            return chosen
        return Resolution(
            place=town,
            score=chosen.score,
            alternatives=(place, *chosen.alternatives)[:8],
            by_context=True,
        )

    def _homonym_by_border(self, ordered: list[int], admin1: str | None) -> int | None:
        """Choose among homonyms that all lie outside the governorate the text names.

        "M'eizileh, Deir Ezzor": when the villages of that name the table knows
        are all in other governorates, none of them is the one meant (-1). One
        close to a town of that governorate may still be meant by a text that
        gets the border wrong: the closest such one is returned. So for a name
        the table holds for one village only. None when the rule does not apply
        (no governorate, one place inside it, or a town of some standing, which
        a text may place in the wrong governorate).
        """
        gov = canonical_admin1(admin1) if admin1 else None
        if gov is None:
            return None
        if len({self._entries[i].place.place_id for i in ordered}) < 2 and (
            self._entries[ordered[0]].place.rank >= _WELL_KNOWN_RANK
        ):
            return None
        if any(self._entries[i].place.admin1 == gov for i in ordered):
            return None
        inside = self._towns_of(gov)
        if not inside:
            return None
        gaps = {i: self._gap_to_towns(i, gov) for i in ordered}
        best = min(ordered, key=lambda i: gaps[i])
        return best if gaps[best] <= _BORDER_KM else -1

    def _gap_to_towns(self, i: int, gov: str) -> float:
        """Distance in km from entry ``i`` to the nearest town of ``gov`` (cached per pair)."""
        gap = self._border_gaps.get((i, gov))
        if gap is None:
            towns = np.radians(np.asarray(self._towns_of(gov)))
            place = self._entries[i].place
            p1, l1 = math.radians(place.lat), math.radians(place.lon)
            # haversine_km, over every town at once
            a = (
                np.sin((towns[:, 0] - p1) / 2) ** 2
                + math.cos(p1) * np.cos(towns[:, 0]) * np.sin((towns[:, 1] - l1) / 2) ** 2
            )
            gap = float(12742.0 * np.arcsin(np.minimum(1.0, np.sqrt(a))).min())
            self._border_gaps[(i, gov)] = gap
        return gap

    def _towns_of(self, gov: str) -> list[tuple[float, float]]:
        """Return the points of the towns of a governorate (built once per governorate)."""
        found = self._gov_towns.get(gov)
        if found is None:
            found = self._gov_towns[gov] = [
                (e.place.lat, e.place.lon)
                for e in self._entries
                if e.place.admin1 == gov and e.place.precision == "town"
            ]
        return found

    def _spelling_far(
        self,
        ordered: list[int],
        name: str,
        city: str | None,
        admin1: str | None,
        context: Sequence[str],
    ) -> bool:
        """Say whether a name matched only by a like spelling lies far from everything around it.

        "airstrikes on the Mallah Farms north of Aleppo": a place spelled alike in
        another governorate, far from every place the sentence names, is another
        place; the one meant is missing from the table.
        """
        gov = canonical_admin1(admin1) if admin1 else None
        places = [self._entries[i].place for i in ordered]
        if gov is not None and any(p.admin1 == gov for p in places):
            return False
        if any(p.rank >= _WELL_KNOWN_RANK for p in places):
            # A town of some standing spelled oddly ("Kafr Nbl") is still the town.
            return False
        anchors = self._point_anchors(name, city, context)
        if not anchors:
            return False
        return all(
            self._km(p, a) > _HOMONYM_FAR_KM and p.admin1 != a.admin1
            for p in places
            for a in anchors
        )

    def _homonyms_far(
        self,
        ordered: list[int],
        name: str,
        city: str | None,
        admin1: str | None,
        context: Sequence[str],
    ) -> bool:
        """Say whether several homonyms all lie far from every place named around the name.

        "strikes on al-Rashedin and al-Malaah" in Aleppo: villages of that name
        150 km away and more, with nothing else for them, are guesses, not the
        place meant.
        """
        if city or admin1 or len({self._entries[i].place.place_id for i in ordered}) < 2:
            return False
        if self._entries[ordered[0]].place.rank > self._entries[ordered[1]].place.rank:
            # A town better known than its namesakes is the one meant wherever it lies.
            return False
        anchors = self._point_anchors(name, city, context)
        if not anchors:
            return False
        return all(
            self._km(p, a) > _HOMONYM_FAR_KM
            for p in (self._entries[i].place for i in ordered)
            for a in anchors
        )

    def _closer_spelling(
        self,
        core: str,
        cands: list[int],
        city: str | None,
        admin1: str | None,
        context: Sequence[str],
        chosen: Resolution,
    ) -> Resolution | None:
        """Return a place of another close spelling that the context supports better, or None.

        An exact spelling can belong to a homonym far from the report's other
        places while the place meant is known under another transliteration
        ("Dweir" beside "al Duweir"): when context points to the latter, it wins.
        """
        extra = self._other_spellings(core, tuple(cands))
        if not extra:
            return None
        gov = canonical_admin1(admin1) if admin1 else None
        if gov and any(self._entries[i].place.admin1 == gov for i in cands):
            # The exact spelling lies in the governorate the text names: it is the place.
            return None
        anchors = self._anchors(core, city, context)
        govs = {gov} if gov else set()
        govs |= {p.admin1 for p in anchors if p.precision == "governorate" and p.admin1}
        city_keys = _city_keys(anchors, city)
        best_own = max(self._context_points(i, anchors, govs, city_keys) for i in cands)
        scored = {i: self._context_points(i, anchors, govs, city_keys) for i in extra}
        best = max(extra, key=lambda i: (scored[i], self._prior(i)))
        if scored[best] < _CLOSER_SPELLING_POINTS or scored[best] <= best_own:
            return None
        return Resolution(
            place=self._entries[best].place,
            score=SCORE_SKELETON,
            alternatives=(chosen.place, *chosen.alternatives)[:8],
            by_context=True,
        )

    @functools.lru_cache(maxsize=20_000)  # noqa: B019 - the gazetteer lives as long as the process
    def _other_spellings(self, core: str, cands: tuple[int, ...]) -> tuple[int, ...]:
        """Places of ``core``'s skeleton spelled close to it, ``cands`` excepted, best first.

        Depends on the name only, which every report names again and again.
        """
        skel = _latin_skeleton(core)
        if len(skel) < 2:
            return ()
        # A short skeleton is shared by many names: only a close spelling counts.
        floor = SKELETON_MIN_RATIO + (10.0 if len(skel) < _MIN_SKELETON else 0.0)
        own = set(cands)
        hits = [i for i in self._index.latin_skeleton.get(skel, []) if i not in own]
        return tuple(self._closest(core, hits, floor))

    def _choose(
        self,
        ordered: list[int],
        score: float,
        name: str,
        city: str | None,
        admin1: str | None,
        context: Sequence[str],
    ) -> Resolution:
        anchors = self._anchors(name, city, context)
        gov = canonical_admin1(admin1) if admin1 else None
        if gov and not city:
            # "X, Deir Ezzor, Syria": the name given as X's governorate is not also a city
            # whose neighbourhoods X could be.
            anchors = [a for a in anchors if canonical_admin1(a.name) != gov]
        govs = {gov} if gov else set()
        govs |= {p.admin1 for p in anchors if p.precision == "governorate" and p.admin1}
        city_keys = _city_keys(anchors, city)
        points = {i: self._context_points(i, anchors, govs, city_keys) for i in ordered}
        quarters = [i for i in ordered if self._entries[i].place.precision == "neighbourhood"]
        if quarters and len(ordered) > 1 and context:
            # "struck al-Fardous ... dropped incendiaries on Bustan al-Basha": names that
            # are both neighbourhoods of one city name that city's, whatever else they name.
            # (Only names with a neighbourhood among their namesakes look the context up again.)
            shared = self._sibling_cities(name, context)
            for i in quarters:
                if self._entries[i].place.city in shared:
                    points[i] += 3
        spots = [a for a in anchors if a.precision not in ("governorate", "region", "district")]

        def nearness(i: int) -> float:
            # Namesakes of one rank and size that no context place lies near: the one
            # nearer the report's places on average, before the count of spellings known.
            place = self._entries[i].place
            return -sum(self._km(place, a) for a in spots)

        def key(i: int) -> tuple[float, ...]:
            prior = self._prior(i)
            return (points[i], *prior[:2], nearness(i) if spots else 0.0, *prior[2:])

        best = max(ordered, key=key)
        rest = [i for i in ordered if i != best]
        runner_up = max((points[i] for i in rest), default=0)
        by_context = bool(rest) and (best != ordered[0] or points[best] > runner_up)
        return Resolution(
            place=self._entries[best].place,
            score=score,
            alternatives=tuple(self._entries[i].place for i in rest[:8]),
            by_context=by_context,
        )

    def _sibling_cities(self, name: str, context: Sequence[str]) -> set[str]:
        """Return the cities of which a context name may be a neighbourhood."""
        own = name_key(name)
        cities: set[str] = set()
        for other in context:
            if not other or name_key(other) == own:
                continue
            cands, _ = self._candidates(split_designator(other)[0])
            cities.update(
                p.city
                for p in (self._entries[i].place for i in cands)
                if p.precision == "neighbourhood" and p.city
            )
        return cities

    def _point_anchors(self, name: str, city: str | None, context: Sequence[str]) -> list[Place]:
        """Return the anchors that are points (towns, neighbourhoods), not areas."""
        return [
            a
            for a in self._anchors(name, city, context)
            if a.precision not in ("governorate", "region", "district")
        ]

    def _anchors(self, name: str, city: str | None, context: Sequence[str]) -> list[Place]:
        """Places named in the context (and the city), resolved without context."""
        own = name_key(name)
        anchors = []
        for other in (city, *context):
            if not other or name_key(other) == own:
                continue
            place = self._anchor(other)
            if place is not None:
                anchors.append(place)
        return anchors

    @functools.lru_cache(maxsize=20_000)  # noqa: B019 - the gazetteer lives as long as the process
    def _anchor(self, other: str) -> Place | None:
        """Return the place a context name stands for, resolved without context (once per name).

        Every event of a report names its paragraph's places again, and each
        resolution asks for its anchors several times.
        """
        core, word = split_designator(other)
        is_gov = word not in (None, "city")
        cands, _ = self._candidates(core)
        if is_gov:
            cands = [i for i in cands if self._entries[i].place.precision == "governorate"]
        # The first of _ordered(cands): max keeps the first of equals, as the stable sort does.
        return self._entries[max(cands, key=self._prior)].place if cands else None

    def _km(self, place: Place, other: Place) -> float:
        """Distance between two places of the table (each pair computed once).

        A report's events weigh the same candidates against the same context places.
        """
        pair = (place.place_id, other.place_id)
        km = self._distances.get(pair)
        if km is None:
            km = haversine_km(place.lat, place.lon, other.lat, other.lon)
            if len(self._distances) < _MAX_DISTANCES:
                self._distances[pair] = km
        return km

    def _context_points(
        self, i: int, anchors: list[Place], govs: set[str], city_keys: set[str]
    ) -> int:
        place = self._entries[i].place
        points = 0
        if place.city and name_key(place.city) in city_keys:
            points += 4
        if place.admin1 and place.admin1 in govs:
            points += 2
        near = 0
        for anchor in anchors:
            if anchor.precision in ("governorate", "region"):
                continue
            if abs(place.lat - anchor.lat) <= _NEAR_LAT_DEGREES and self._km(place, anchor) <= 30.0:
                near += 1
        return points + min(near, 2)


def _city_keys(anchors: list[Place], city: str | None) -> set[str]:
    """Keys of the cities a place may be part of: ``city`` and the towns among ``anchors``."""
    keys = {name_key(city)} if city else set()
    keys |= {name_key(a.name) for a in anchors if a.precision == "town"}
    return keys


def _same_core(query: str, key: str, cutoff: float) -> bool:
    """Say whether a like spelling ``key`` keeps what tells the place in ``query`` apart.

    ``query`` is a normalised name. A generic head both share ("Tal", "Kafr",
    "Deir") makes two names look alike whatever follows: "Tal X" and "Tal Y" are
    compared on X and Y alone. A slip of the pen keeps a name's first letter, so
    a name whose distinctive part opens with another letter is another place.
    """
    words = query.split()
    core = "".join(words)
    if len(words) > 1 and words[0] in _PREFIXES and key.startswith(words[0]):
        core, key = "".join(words[1:]), key[len(words[0]) :]
        if fuzz.ratio(core, key) < cutoff:
            return False
    return bool(core) and bool(key) and core[0] == key[0]


def _entry_from_row(row: dict[str, str]) -> _Entry:
    alt = [a for a in (row.get("alt_names") or "").split("|") if a]
    name_ar = row.get("name_ar") or None
    names = tuple(dict.fromkeys([row["name"], *alt, *([name_ar] if name_ar else [])]))
    place = Place(
        place_id=row["place_id"],
        name=row["name"],
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        precision=row["precision"],
        admin1=row.get("admin1") or None,
        admin2=row.get("admin2") or None,
        city=row.get("city") or None,
        name_ar=name_ar,
        rank=int(row.get("rank") or 0),
        country=row.get("country") or HOME_COUNTRY,
    )
    population = int(float(row.get("population") or 0))
    return _Entry(place=place, names=names, population=population, kind=row.get("kind", ""))


def _generic_name(name: str) -> bool:
    """Say whether a name is made wholly of words naming a kind of site ("Sugar Factory").

    >>> _generic_name("Military Checkpoint"), _generic_name("Zurbah Power Plant")
    (True, False)
    """
    words = _WORD.findall(name.lower())
    return bool(words) and all(word in generic_words() for word in words)


def _build_index(entries: list[_Entry]) -> _Index:
    index = _Index()
    for i, entry in enumerate(entries):
        for name in entry.names:
            if _ARABIC_RANGE.search(name):
                _append(index.arabic_skeleton, _arabic_skeleton(name), i)
                continue
            _append(index.exact, name_key(name), i)
            if entry.place.country == HOME_COUNTRY and not _generic_name(name):
                _append(index.latin_skeleton, _latin_skeleton(name), i)
        if entry.place.precision == "neighbourhood" and entry.place.city:
            index.cities.setdefault(name_key(entry.place.city), i)
    return index


def _append(table: dict[str, list[int]], key: str, i: int) -> None:
    if key:
        bucket = table.setdefault(key, [])
        if i not in bucket:
            bucket.append(i)


# Apostrophe variants inside a word, as a character class (the same set that
# plain_typography makes plain, so raw and plain text split into the same words).
_APOSTROPHE_CLASS = "[" + re.escape(APOSTROPHES) + "]"
_WORD = re.compile(r"[^\W_]+(?:" + _APOSTROPHE_CLASS + r"[^\W_]+)*")
# Only words that can be part of a name are visited: capitalised words,
# numbers, articles and the generic words of LOWERCASE_NAME_WORDS. Any other
# word between two visited words breaks adjacency (see find_mentions).
# A word starts after anything but a letter or digit, so "Maarat_Noaman" is two words.
_CANDIDATE_WORD = re.compile(
    r"(?<![^\W_])(?:[^\W_a-zß-öø-ÿ][^\W_]*(?:"
    + _APOSTROPHE_CLASS
    + r"[^\W_]+)*|(?=["
    + "".join(sorted({w[0] for w in ARTICLES | LOWERCASE_NAME_WORDS}))
    + "])(?:"
    + "|".join(sorted(ARTICLES | LOWERCASE_NAME_WORDS, key=len, reverse=True))
    + r")\b)"
)
_GAP_WORD = re.compile(r"[^\W_]")
# What parts two words into two names: a comma, or the bracket that closes an alias.
_RUN_BREAK = re.compile(r"[,)\]]")
# A place cue before a lowercase name, and the run of up to three lowercase words after it.
_LOWERCASE_CUE = re.compile(LOWERCASE_PLACE_CUE + r"(?=[a-z])", re.IGNORECASE)
_LOWERCASE_LABEL = re.compile(LOWERCASE_LABEL_OPENING + r"(?=[a-z])", re.MULTILINE)
_LOWERCASE_LABEL_CLOSE = re.compile(LOWERCASE_LABEL_CLOSE)
# The case-blind cue, found faster by a case-sensitive scan of the text with every letter
# that a case-blind match takes for an ASCII letter folded to it, one character for one
# ("İ", "ı", "ſ" and the Kelvin sign included). Only a cue written in lowercase ASCII
# letters can be found so; another falls back to the case-blind scan.
_CASE_FOLD = str.maketrans(
    {chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}
    | {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
)
_LOWERCASE_CUE_FOLDED = (
    re.compile(LOWERCASE_PLACE_CUE + r"(?=[a-z])")
    if LOWERCASE_PLACE_CUE.isascii() and not re.search("[A-Z]", LOWERCASE_PLACE_CUE)
    else None
)
# A label opens the text, or follows a line break or a "|": scanned from the "\n" or "|"
# itself, which the engine skips ahead to, instead of testing "^" at every character.
_LABEL_AT_START = re.compile(r"[ \t]*(?=[a-z])")
_LABEL_AFTER_BREAK = re.compile(r"[\n|][ \t]*(?=[a-z])")
_LOWERCASE_RUN = re.compile(r"[a-z][\w'’]*(?:[ -][a-z][\w'’]*){0,2}")
_GLUED_WORDS = re.compile(r"[a-z][A-Z]")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
#: Endings of English words that no transliterated place name of one word ends with ("Worried",
#: "Opposition", "Moments", "Tallies", "Measure"): a word so ending that no spelling of the
#: table covers is English, whatever skeleton it shares with a village.
_ENGLISH_ENDING = re.compile(
    r"(?:ed|ing|tion|sion|ments?|ness|ies|able|ible|ures?|ized?|ance|ence|ers)$", re.IGNORECASE
)
_STRUCK_AFTER = re.compile(
    r"[ \t]+(?:was|were)[ \t]+(?:also[ \t]+|again[ \t]+)?(?:struck|hit|bombed|targeted|raided)\b"
)
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:\n])[\s\"“]{0,2}$")
# "on 7 August: X, Y and Z": a capital after a colon that a list of names goes on from opens
# the list, not a sentence.
_COLON_BEFORE = re.compile(r":[ \t]{1,2}$")
_LIST_GOES_ON_AFTER = re.compile(r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:[a-z]{1,3}-)?[A-Z]")
# "raids on the village of\n  X, north of Y": a line broken after a lowercase word or a
# comma goes on with its sentence; the name opening the next line opens no sentence.
_WRAPPED_LINE_BEFORE = re.compile(r"[a-z,][ \t]?\n[ \t]{0,2}$")
# "2/8 Smoke rises over ...", "3) Men search ...": a line opened by an item's number (a
# gallery's "2/8", a list's "3." or "3)") starts a sentence after it.
_NUMBERED_LINE_OPENING = re.compile(r"^[ \t]*\d{1,3}(?:/\d{1,3}|[.)])[ \t]+$", re.MULTILINE)
# What may join two words of one name: a space, hyphen or dash, underscore or apostrophe.
_NAME_JOINERS = " -_" + APOSTROPHES + DASHES
_NAME_JOIN = re.compile("[" + re.escape(_NAME_JOINERS) + "]{1,2}")
_NAME_JOIN_CHARS = frozenset(_NAME_JOINERS)


def _joins_name(text: str, start: int, end: int) -> bool:
    """Say whether ``text[start:end]`` joins two words of one name (``_NAME_JOIN`` in full).

    Checked by hand: it runs for every capitalised word of a text.
    """
    gap = end - start
    if gap == 1:
        return text[start] in _NAME_JOIN_CHARS
    return gap == 2 and text[start] in _NAME_JOIN_CHARS and text[start + 1] in _NAME_JOIN_CHARS


def _lowercase_cue_ends(text: str) -> list[int]:
    """Return the ends of the lowercase place cues ("city of ") of a text, in order."""
    if _LOWERCASE_CUE_FOLDED is None:
        return [c.end() for c in _LOWERCASE_CUE.finditer(text)]
    return [c.end() for c in _LOWERCASE_CUE_FOLDED.finditer(text.translate(_CASE_FOLD))]


def _label_ends(text: str) -> list[int]:
    """Return where a lowercase line label may start: the ends of ``_LOWERCASE_LABEL``'s matches."""
    ends = [c.end() for c in _LABEL_AFTER_BREAK.finditer(text)]
    first = _LABEL_AT_START.match(text)
    return ends if first is None else [first.end(), *ends]


# A hashtag's body, and where its words break: at a capital after a small letter, or at an
# underscore ("#KafrAlX", "#Deir_ezX").
_HASHTAG_RE = re.compile(r"(?<![\w&])#([^\W\d_][^\W_]*(?:_[^\W_]+)*)")
_TAG_WORD_BREAK_RE = re.compile(r"(?<=[a-z])(?=[A-Z])|_")


def _name_groups(text: str, words: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Group capitalised words and articles joined only by name joiners."""
    groups: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    named = False  # the current group has a word that is no article
    for word in words:
        start, end, char = word
        capital = char == "" or text[start].isupper()
        if current and not (capital and _joins_name(text, current[-1][1], start)):
            if named:
                groups.append(current)
            current = []
            named = False
        if capital:
            current.append(word)
            named = named or char != ""
    if current and named:
        groups.append(current)
    return groups


#: Single words never taken as place names on their own: common English words
#: that are also village names, personal names, calendar words (months, the
#: fast and the feasts), media, faction and country words. Compared after
#: normalisation, so spelling variants are covered too. The block after the
#: strike words holds common English words that, capitalised, shared a spelling's
#: key or skeleton with a village; words whose key is a village's own spelling
#: ("safe", "dome") stay out, or the village would be lost. The last line holds the
#: adjectives of the peoples, empires and periods heritage copy dates its sites by ("late
#: Roman mosaics", "the Ottoman khan", "an Assyrian relief"), never a village's name.
STOPLIST = frozenset(
    """
    a about above across after again against air all almost along also although always
    among an and another any are area areas army around as at attack away back bad base
    be became because been before began being below best better between big black block
    blue border both bring but by call came camp can case center central change city
    clear close coast come could country course cut dam day days dead death did do does
    done down during each early east eastern else end even ever every eye face fact far
    farm few field fight find fire first five for force forces form four free from front
    full gave get give go good got great green group had half hand hard has have he head
    hear heard held help her here high hill him his hit hold home hope hour how i if in
    into is it its just keep kind king know known land large last late later lead least
    left less let life light like line little live long look lost low made main make man
    many map market may me mean men might mind more most move much must my name near
    need never new news next night no none north northern not now number of off office
    often old on once one only open or order other our out over own part past people
    place plan point port post power press put rather read real red right river road
    rock rose run said same saw say says second see seen set she should show side since
    six small so some soon south southern spring stand start state station still stop
    such sun sure take taken tell ten than that the their them then there these they
    thing think this those three through time to today told too took top toward town
    tree true try turn two under until up upon upper us use used very view village wall
    want war was watch water way we week well went were west western what when where
    which while white who whole why will with within without word work world would year
    years yes yet you young
    twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand
    thousands dozen dozens eleven twelve fifteen seven eight nine thirteen fourteen sixteen
    seventeen eighteen nineteen
    monday tuesday wednesday thursday friday saturday sunday yesterday tomorrow
    tues weds thurs
    january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    ramadan eid adha fitr easter christmas
    sham islam islamic nusra fateh jaish ahrar jabhat liwa jund ansar harakat faylaq tahrir
    daesh isis isil caliphate coalition hezbollah qaeda jazeera arabiya sana smart
    russia russian syria syrian turkey turkish iran iranian iraq iraqi lebanon lebanese
    jordan israel egypt qatar saudi yemen libya europe america american france french cuba
    britain british germany german
    caspian mediterranean golan
    ukraine italy italian
    shiite shiites short mass buyer monitor monitors
    arab arabs kurd kurds kurdish christian christians alawite alawites sunni sunnis shia
    druze sukhoi kalibr reuters nato un syriatel
    drone drones
    strike strikes
    source school media centre month months minutes rubble third bread nurse battle battles
    claim broke homes square takes shot tank names mines terrain break trade coastal metres
    talk smoke means fires father joint rest born patient abroad warns shut hopes harm final
    buried resumes autumn track tent halt board berm safety fears drawn rushed matter burns
    burn swept safer journey hubs blown blames stone shown ranks marine lower joins blows
    treat sight shoot heroes draws buries tired spite spare grand fleet camera bureaus
    boundary bastion basin flown monthly warehouse thread elsewhere backs quieter frays
    frees header tourism suffer parish outline mounts amounts mistaken meals freeze footer
    earns broad balls truth tribe train summon stake someone slim care tallies
    roman romans ottoman ottomans byzantine hellenistic umayyad abbasid ayyubid mamluk
    crusader crusaders seleucid assyrian aramaean phoenician nabataean greek persian
    """.split()
)
#: Personal names and titles: never a place alone, and a match right after
#: one ("Hassan Haj Ali") is part of a person's name.
PERSON_WORDS = frozenset(
    """
    ali omar umar hassan hasan hussein husain hussain mohammed muhammad mohammad ahmad
    ahmed mahmoud abdullah abdallah khaled khalid bashar hafez assad maher ibrahim youssef
    yusuf mustafa saleh salim sami karim nasser nasr rami walid ayoub issa musa moussa
    suleiman sultan zakaria maria joseph george john james david michael peter paul mark
    jens sergei igor vladimir dmitry sergey haider abadi jamal fadi haj hajj said saeed alaa
    jamil khalil hamza wael suhair samira ghazal
    putin shoigu obama kerry lavrov peskov erdogan stoltenberg konashenkov zakharova
    sheikh shaykh imam emir mufti president minister general colonel spokesman
    """.split()
)
_STOP_KEYS = frozenset(name_key(w) for w in STOPLIST | PERSON_WORDS)
_STOP_WORDS = frozenset(w.lower() for w in STOPLIST | PERSON_WORDS)
_DOUBLED = re.compile(r"([a-z])\1")
# "Hayt" folds to the key of "hit": a vowel written with a "y" before a consonant, which the
# English word spells as one vowel, marks a transliterated name as a doubled letter does.
_Y_VOWEL = re.compile(r"[aeo]y(?=[b-df-hj-np-tv-xz])")
_PERSON_KEYS = frozenset(name_key(w) for w in PERSON_WORDS)
_ENGLISH_KEYS = frozenset(name_key(w) for w in STOPLIST)
#: Words that name a place only together with the next word ("Tell", "Kafr").
_PREFIX_ONLY = frozenset(_PREFIXES) | {"bab", "wadi", "khan", "marj", "ard", "hay"}
#: Words after a match that show it is a person ("Haj Ali told Reuters"); after a comma the
#: verb opens an attribution ("Jets hit Saraqib, said the Observatory"), not the name's own.
_PERSON_AFTER = re.compile(r"\s+(?:told|said|says|added|explained|tweeted|wrote)\b")
#: ... unless a preposition of place ("activists in Kafr Nabl said") or a place cue ("the
#: town of Kafr Takharim said") comes before it.
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|of|outside|around|inside)\s+$", re.IGNORECASE)
_PLACE_CUE_BEFORE = re.compile(LOWERCASE_PLACE_CUE + r"$", re.IGNORECASE)
# The last word of a window (searched in the window cut out, so that a word the cut
# splits counts from the cut): tried from word starts only, without backtracking. A comma
# or semicolon after it ends the name it belongs to: "Sheikh Saeed, Sakhour" is a list.
_LAST_WORD = re.compile(r"(?<![^\W_])[^\W_]++(?=[^\w,;]*+$)")


@functools.lru_cache(maxsize=50_000)
def _is_english_word(word: str) -> bool:
    """Say whether a word is a common English word of the stoplist (by its key)."""
    return name_key(word) in _ENGLISH_KEYS


# "the villages of Has and Tel Minnis": a settlement's kind and "of" right before a capitalised
# word that is also an English one ("Has") make it the settlement's name.
_SETTLEMENT_OF_BEFORE = re.compile(
    r"\b(?:towns?|villages?|hamlets?|settlements?)\s+of\s+$", re.IGNORECASE
)


def _accept(text: str, start: int, end: int, n_tokens: int, places: Sequence[Place] = ()) -> bool:
    """Say whether ``text[start:end]``, which names ``places``, is written as a place name."""
    surface = text[start:end]
    verdict = _surface_ok(surface, n_tokens)
    if verdict == _NO:
        # Only a Syrian settlement: "the town of Hit" in Iraq is more often written beside
        # its fighting than its strikes.
        return (
            n_tokens == 1
            and bool(places)
            and places[0].country == HOME_COUNTRY
            and surface[:1].isupper()
            and surface.lower() in _STOP_WORDS
            and name_key(surface) not in _PERSON_KEYS
            and _SETTLEMENT_OF_BEFORE.search(text, max(0, start - 24), start) is not None
        )
    if verdict == _WITH_ARTICLE and not _ARTICLE_BEFORE.search(text[max(0, start - 4) : start]):
        return False
    if (
        _PERSON_AFTER.match(text, end, end + 16)
        and not _PLACE_BEFORE.search(text, max(0, start - 10), start)
        and not _PLACE_CUE_BEFORE.search(text, max(0, start - 40), start)
    ):
        return False
    before = _LAST_WORD.search(text[max(0, start - 24) : start])
    return not (before and before.group()[0].isupper() and name_key(before.group()) in _PERSON_KEYS)


_NO, _YES, _WITH_ARTICLE = 0, 1, 2


@functools.lru_cache(maxsize=50_000)
def _surface_ok(surface: str, n_tokens: int) -> int:
    """Capitalisation and stoplist checks, which depend on the surface only.

    Returns ``_YES``, ``_NO`` or ``_WITH_ARTICLE``: a word that names a place
    only with the next word ("Bab", "Khan") is a name on its own when an
    article is written before it ("al-Bab").
    """
    words = _WORD.findall(surface)
    content = [w for w in words if w.lower() not in ARTICLES]
    if not content:
        return _NO
    # "province of Hama": a governorate word and "of" may open the name.
    lead = 2 if len(content) > 2 and content[0].lower() in GOVERNORATE_WORDS else 0
    if lead and content[1].lower() != "of":
        lead = 0
    for k, word in enumerate(content):
        if k < lead or (k and word.lower() in LOWERCASE_NAME_WORDS):
            continue
        if not (word[0].isupper() or word[0].isdigit()):
            return _NO
    if n_tokens == 1 and len(content) == 1:
        word = content[0]
        key = name_key(word)
        # "Hass" folds to the key of "has": a doubled letter the stop word lacks marks a
        # transliterated name, and so does a vowel written with a "y" ("Hayt" for "hit"),
        # unless the key is a person's.
        lower = word.lower()
        if key in _STOP_KEYS and (
            lower in _STOP_WORDS
            or not (_DOUBLED.search(lower) or (_Y_VOWEL.search(lower) and key not in _PERSON_KEYS))
        ):
            # "al-Eis" folds to the key of "is": spelt otherwise than the English word,
            # it is a name when its article is written.
            if lower in _STOP_WORDS or key in _PERSON_KEYS:
                return _NO
            return _WITH_ARTICLE if word[0].isupper() else _NO
        if key in _PREFIX_ONLY:
            return _WITH_ARTICLE if word[0].isupper() else _NO
        if len(word) <= 3 and not any(ch.isdigit() for ch in word):
            # A short word is a name only with its article ("al-Tah", "al-Bab").
            return _WITH_ARTICLE if word[0].isupper() else _NO
    return _YES


# "\Z", not "$", which would also end the match before a line break: "al-" at a line's end
# with the name on the next line ("al-\nMayadin", as a printed page breaks it) is the article.
_ARTICLE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?:[Aa][Ll]|[Ee][Ll])(?:[-‑][ \t]?\r?\n|[-\s‑])"
    r"|(?:[Aa](?:[SsRrNnTtZzDd]|sh|SH)|[Ee][Zz])(?:[-‑][ \t]?\r?\n|[-‑]))\Z"
)


# "near Ar Raqqah", "Near Ash Shaddadi": the article assimilated to the name's first
# consonant and written apart, as the coalition's releases transliterate. Only before that
# consonant and after a word of the sentence: a capital "At", "As" or "An" opening a
# sentence is English ("At Tadef, jets struck ...").
_SPACED_ARTICLE_BEFORE = re.compile(r"[\w,]\s+A(?P<sound>sh|dh|th|[rstdzn])\s$")


def _extend_over_article(text: str, start: int) -> int:
    """Move ``start`` back over an article written just before it ("al-", "Al ", "Ar ")."""
    match = _ARTICLE_BEFORE.search(text[max(0, start - 6) : start])
    if match is not None:
        return start - (match.end() - match.start())
    if start < 4 or text[start - 2] not in "rstdznh":
        return start
    spaced = _SPACED_ARTICLE_BEFORE.search(text, max(0, start - 8), start)
    if spaced is None or not text.startswith(spaced["sound"].capitalize(), start):
        return start
    return start - (spaced.end() - spaced.start("sound") + 1)


@functools.lru_cache(maxsize=4)
def _load_cached(path: str) -> Gazetteer:
    rows = _read_rows(Path(path))
    if Path(path) == DEFAULT_GAZETTEER_PATH.resolve():
        # The places abroad that reports name beside Syrian ones (capitals, launch bases,
        # border towns), so that a mention of them is known as foreign by its country.
        rows += _read_rows(ABROAD_PATH)
    return Gazetteer(rows)


def _read_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """Load (once per path) the gazetteer table.

    Parameters
    ----------
    path : Path, optional
        A gazetteer CSV; defaults to the packaged
        :data:`DEFAULT_GAZETTEER_PATH`.

    Returns
    -------
    Gazetteer
        Cached: later calls with the same path return the same object.
    """
    resolved = Path(path) if path is not None else DEFAULT_GAZETTEER_PATH
    return _load_cached(str(resolved.resolve()))


class OfflineGazetteer(Geocoder):
    """A geopy geocoder answering from the offline gazetteer, without network.

    ``geocode`` returns :class:`geopy.location.Location` objects whose
    ``raw`` dict carries ``place_id``, ``name``, ``precision``, ``score``,
    ``admin1``, ``admin2``, ``city`` and ``by_context``.

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Defaults to :func:`load_gazetteer`'s packaged table.
    user_agent : str, optional
        Passed to :class:`geopy.geocoders.base.Geocoder`; never sent anywhere.
    """

    def __init__(
        self, gazetteer: Gazetteer | None = None, *, user_agent: str = "strikemap-offline"
    ) -> None:
        super().__init__(user_agent=user_agent)
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        timeout: Any = DEFAULT_SENTINEL,
        city: str | None = None,
        admin1: str | None = None,
        context: Sequence[str] = (),
    ) -> Location | list[Location] | None:
        """Geocode a place name from the gazetteer.

        Parameters
        ----------
        query : str
            The place name.
        exactly_one : bool, optional
            Return the best location only (default), or a list with the best
            first and the alternatives after it.
        timeout : Any, optional
            Accepted for geopy compatibility; unused (nothing goes online).
        city, admin1, context : optional
            Hints passed to :meth:`Gazetteer.resolve`.

        Returns
        -------
        Location, list of Location, or None
            None when the name cannot be resolved.
        """
        if not isinstance(query, str):
            raise TypeError(f"Expected query to be a str, instead got: {query!r}")
        res = self.gazetteer.resolve(query, city=city, admin1=admin1, context=context)
        if res is None:
            return None
        best = _location(res.place, res.score, res.by_context)
        if exactly_one:
            return best
        return [best, *(_location(p, res.score, False) for p in res.alternatives)]


def _location(place: Place, score: float, by_context: bool) -> Location:
    parts = [place.name, place.city, place.admin2, place.admin1, "Syria"]
    address = ", ".join(dict.fromkeys(p for p in parts if p))
    raw = {
        "place_id": place.place_id,
        "name": place.name,
        "precision": place.precision,
        "score": score,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "city": place.city,
        "by_context": by_context,
    }
    return Location(address, (place.lat, place.lon), raw)
