"""The vocabulary patterns rewritten for speed find exactly what they were written to find."""
# ruff: noqa: E501 - the alternatives as written, one a line

from __future__ import annotations

import functools
import re

import pytest

from geo.extract.attributes import _TARGET_RE
from geo.extract.lexicon import load, with_opening_lookahead
from geo.extract.sentences import split_sentences
from geo.extract.voices import _CLAIMANT_RE
from tests.support.labelled import labelled_texts

#: Each rewritten claimant alternative, and the alternatives as first written that it
#: replaces (consecutive, in order): a literal first and the look-behinds moved after it,
#: shared openings merged, a word's letters taken possessively before a character they
#: cannot be, a ``\b`` the vocabulary's prefix already asserts dropped.
_CLAIMANTS_AS_WRITTEN: dict[str, list[str]] = {
    "[Cc](?<!National\\s[Cc])(?<![Oo]pposition\\s[Cc])(?<![Rr]ebel\\s[Cc])(?<!al-[A-Z][a-z]{2}\\s[Cc])(?<!al-[A-Z][a-z]{3}\\s[Cc])(?<!al-[A-Z][a-z]{4}\\s[Cc])(?<!al-[A-Z][a-z]{5}\\s[Cc])(?<!al-[A-Z][a-z]{6}\\s[Cc])(?<!al-[A-Z][a-z]{7}\\s[Cc])(?<![Rr]elief\\s[Cc])(?<!\\b[Aa]id\\s[Cc])(?<![Hh]umanitarian\\s[Cc])(?<![Ee]ducation\\s[Cc])(?<![Ss]chools\\s[Cc])(?<![Hh]ealth\\s[Cc])(?<![Mm]edical\\s[Cc])(?<!NGO\\s[Cc])(?<![Aa]dvocacy\\s[Cc])(?<![Cc]ampaign\\s[Cc])(?<![Ss]ociety\\s[Cc])(?<![Cc]harity\\s[Cc])(?<![Pp]rotection\\s[Cc])oalition(?:\\s+(?:said|says|reported|reports|lists|listed|statement|spokes\\w+|officials)\\b|,\\s+(?:of\\s+which|which|whose)\\s[^.;:,]{1,120},\\s+(?:said|says|reported|announced)\\b|,\\s+(?:for\\s+its\\s+part|in\\s+turn|meanwhile|however|too|also|in\\s+a\\s+statement),\\s+(?:said|says|reported|announced)\\b|['’]s\\s+(?:(?:daily|weekly|own)\\s+){0,2}(?:strike\\s+)?(?:report|statement|release|summary)\\b)": [
        "(?<!National\\s)(?<![Oo]pposition\\s)(?<![Rr]ebel\\s)(?<!al-[A-Z][a-z]{2}\\s)(?<!al-[A-Z][a-z]{3}\\s)(?<!al-[A-Z][a-z]{4}\\s)(?<!al-[A-Z][a-z]{5}\\s)(?<!al-[A-Z][a-z]{6}\\s)(?<!al-[A-Z][a-z]{7}\\s)(?<![Rr]elief\\s)(?<!\\b[Aa]id\\s)(?<![Hh]umanitarian\\s)(?<![Ee]ducation\\s)(?<![Ss]chools\\s)(?<![Hh]ealth\\s)(?<![Mm]edical\\s)(?<!NGO\\s)(?<![Aa]dvocacy\\s)(?<![Cc]ampaign\\s)(?<![Ss]ociety\\s)(?<![Cc]harity\\s)(?<![Pp]rotection\\s)[Cc]oalition\\s+(?:said|says|reported|reports|lists|listed|statement|spokes\\w+|officials)\\b",
        "(?<!National\\s)(?<![Oo]pposition\\s)(?<![Rr]ebel\\s)(?<!al-[A-Z][a-z]{2}\\s)(?<!al-[A-Z][a-z]{3}\\s)(?<!al-[A-Z][a-z]{4}\\s)(?<!al-[A-Z][a-z]{5}\\s)(?<!al-[A-Z][a-z]{6}\\s)(?<!al-[A-Z][a-z]{7}\\s)(?<![Rr]elief\\s)(?<!\\b[Aa]id\\s)(?<![Hh]umanitarian\\s)(?<![Ee]ducation\\s)(?<![Ss]chools\\s)(?<![Hh]ealth\\s)(?<![Mm]edical\\s)(?<!NGO\\s)(?<![Aa]dvocacy\\s)(?<![Cc]ampaign\\s)(?<![Ss]ociety\\s)(?<![Cc]harity\\s)(?<![Pp]rotection\\s)[Cc]oalition,\\s+(?:of\\s+which|which|whose)\\s[^.;:,]{1,120},\\s+(?:said|says|reported|announced)\\b",
        "(?<!National\\s)(?<![Oo]pposition\\s)(?<![Rr]ebel\\s)(?<!al-[A-Z][a-z]{2}\\s)(?<!al-[A-Z][a-z]{3}\\s)(?<!al-[A-Z][a-z]{4}\\s)(?<!al-[A-Z][a-z]{5}\\s)(?<!al-[A-Z][a-z]{6}\\s)(?<!al-[A-Z][a-z]{7}\\s)(?<![Rr]elief\\s)(?<!\\b[Aa]id\\s)(?<![Hh]umanitarian\\s)(?<![Ee]ducation\\s)(?<![Ss]chools\\s)(?<![Hh]ealth\\s)(?<![Mm]edical\\s)(?<!NGO\\s)(?<![Aa]dvocacy\\s)(?<![Cc]ampaign\\s)(?<![Ss]ociety\\s)(?<![Cc]harity\\s)(?<![Pp]rotection\\s)[Cc]oalition,\\s+(?:for\\s+its\\s+part|in\\s+turn|meanwhile|however|too|also|in\\s+a\\s+statement),\\s+(?:said|says|reported|announced)\\b",
        "(?<!National\\s)(?<![Oo]pposition\\s)(?<![Rr]ebel\\s)(?<!al-[A-Z][a-z]{2}\\s)(?<!al-[A-Z][a-z]{3}\\s)(?<!al-[A-Z][a-z]{4}\\s)(?<!al-[A-Z][a-z]{5}\\s)(?<!al-[A-Z][a-z]{6}\\s)(?<!al-[A-Z][a-z]{7}\\s)(?<![Rr]elief\\s)(?<!\\b[Aa]id\\s)(?<![Hh]umanitarian\\s)(?<![Ee]ducation\\s)(?<![Ss]chools\\s)(?<![Hh]ealth\\s)(?<![Mm]edical\\s)(?<!NGO\\s)(?<![Aa]dvocacy\\s)(?<![Cc]ampaign\\s)(?<![Ss]ociety\\s)(?<![Cc]harity\\s)(?<![Pp]rotection\\s)[Cc]oalition['’]s\\s+(?:(?:daily|weekly|own)\\s+){0,2}(?:strike\\s+)?(?:report|statement|release|summary)\\b",
    ],
    "(?:(?:[Tt]he\\s+)?(?:French|British|Turkish|German|Russian|American|U\\.?S\\.?|Chinese|Saudi|Qatari|Jordanian|Dutch|Canadian|Italian|Spanish|Japanese|Ukrainian)|[A-Z][a-z]++['’]s(?<!Syria['’]s))\\s+(?:(?:UN|U\\.N\\.|deputy)\\s+)?(?:[Aa]mbassador|[Ee]nvoy|[Rr]epresentative)\\b": [
        "(?:(?:[Tt]he\\s+)?(?:French|British|Turkish|German|Russian|American|U\\.?S\\.?|Chinese|Saudi|Qatari|Jordanian|Dutch|Canadian|Italian|Spanish|Japanese|Ukrainian)|(?!Syria['’]s)[A-Z][a-z]+['’]s)\\s+(?:(?:UN|U\\.N\\.|deputy)\\s+)?(?:[Aa]mbassador|[Ee]nvoy|[Rr]epresentative)\\b",
    ],
    "S(?<=\\bsaid\\sS)ana\\b(?=[.,;])": [
        "(?<=\\bsaid\\s)Sana\\b(?=[.,;])",
    ],
    "[Ss](?<!Turkish\\s[Ss])(?<!Russian\\s[Ss])(?<!Iranian\\s[Ss])(?<!Chinese\\s[Ss])(?<!Jordanian\\s[Ss])(?<!Lebanese\\s[Ss])(?<!Iraqi\\s[Ss])(?<!Qatari\\s[Ss])(?<!Saudi\\s[Ss])tate\\s+news\\s+agency\\b": [
        "(?<!Turkish\\s)(?<!Russian\\s)(?<!Iranian\\s)(?<!Chinese\\s)(?<!Jordanian\\s)(?<!Lebanese\\s)(?<!Iraqi\\s)(?<!Qatari\\s)(?<!Saudi\\s)[Ss]tate\\s+news\\s+agency\\b",
    ],
    "[Aa](?<![Rr]ebel\\s[Aa])(?<!FSA\\s[Aa])(?<![Oo]pposition\\s[Aa])(?<!Turkmen\\s[Aa])\\s+field\\s+(?:commander|source)(?=\\s+(?:told|said|says|added|confirmed|explained)\\b)": [
        "(?<![Rr]ebel\\s)(?<!FSA\\s)(?<![Oo]pposition\\s)(?<!Turkmen\\s)\\b[Aa]\\s+field\\s+commander(?=\\s+(?:told|said|says|added|confirmed|explained)\\b)",
        "(?<![Rr]ebel\\s)(?<!FSA\\s)(?<![Oo]pposition\\s)(?<!Turkmen\\s)\\b[Aa]\\s+field\\s+source(?=\\s+(?:told|said|says|added|confirmed|explained)\\b)",
    ],
    "(?:Assad|[Rr]egime)(?<!-Assad)(?<!-[Rr]egime)(?:['’]s)?\\s+(?:media|TV|[Tt]elevision)\\b": [
        "(?<![\\w-])(?:Assad|[Rr]egime)(?:['’]s)?\\s+(?:media|TV|[Tt]elevision)\\b",
    ],
    "[Oo](?<![Jj]oint\\s[Oo])(?<!Russian\\s[Oo])(?<!Syrian\\s[Oo])perations\\s+[Rr]oom\\b(?=[^.;:]{0,25}?\\b(?:said|says|claimed|reported|announced)\\b)": [
        "(?<![Jj]oint\\s)(?<!Russian\\s)(?<!Syrian\\s)[Oo]perations\\s+[Rr]oom\\b(?=[^.;:]{0,25}?\\b(?:said|says|claimed|reported|announced)\\b)",
    ],
    "O(?<![\\w-]\\sO)bservatory(?=\\s*:\\s)": [
        "(?<![\\w-]\\s)Observatory(?=\\s*:\\s)",
    ],
    "(?:[Aa]|[Tt]he)\\s+(?:(?:(?:Britain|UK|London|British)-based\\s+)?(?:war\\s+)?monitoring\\s+group\\b|group\\s+(?:that\\s+)?(?:monitoring|monitors|tracking|tracks)\\s+(?:the\\s+)?(?:war|conflict|fighting)\\b|(?:(?:Britain|UK|London|British)-based\\s+)?(?:war\\s+)?monitor\\b)": [
        "(?:[Aa]|[Tt]he)\\s+(?:war\\s+)?monitoring\\s+group\\b",
        "(?:[Aa]|[Tt]he)\\s+(?:Britain|UK|London|British)-based\\s+(?:war\\s+)?monitoring\\s+group\\b",
        "(?:[Aa]|[Tt]he)\\s+group\\s+(?:that\\s+)?(?:monitoring|monitors|tracking|tracks)\\s+(?:the\\s+)?(?:war|conflict|fighting)\\b",
        "(?:[Aa]|[Tt]he)\\s+(?:(?:Britain|UK|London|British)-based\\s+)?(?:war\\s+)?monitor\\b",
    ],
    "said\\s+[A-Z][\\w'’-]++(?:\\s+(?:al-)?[A-Z][\\w'’-]++){0,2},\\s+(?:a|one)\\s+(?:local\\s+)?resident\\b": [
        "\\bsaid\\s+[A-Z][\\w'’-]+(?:\\s+(?:al-)?[A-Z][\\w'’-]+){0,2},\\s+(?:a|one)\\s+(?:local\\s+)?resident\\b",
    ],
    "F(?<=[\\w'’-]\\sF)ree\\s+Media\\b": [
        "(?<=[\\w'’-]\\s)Free\\s+Media\\b",
    ],
    "m(?<=[a-z]\\sm)(?<![Mm]inistry\\sm)(?<![Mm]inistry['’]s\\sm)(?<![Aa]rmy['’]s\\sm)(?<![Cc]oalition['’]s\\sm)edia\\s+office\\b(?=\\s+(?:said|says|reported|posted|added)\\b|,\\s+which\\s+(?:said|says|reported)\\b)": [
        "(?<![Mm]inistry\\s)(?<![Mm]inistry['’]s\\s)(?<![Aa]rmy['’]s\\s)(?<![Cc]oalition['’]s\\s)(?<=[a-z]\\s)media\\s+office\\b(?=\\s+(?:said|says|reported|posted|added)\\b|,\\s+which\\s+(?:said|says|reported)\\b)",
    ],
    "[A-Z][\\w'’-]++\\s+(?:City|Town|Provincial)\\s+Council\\b": [
        "[A-Z][\\w'’-]+\\s+(?:City|Town|Provincial)\\s+Council\\b",
    ],
    "m(?<=[a-z]\\sm)edia\\s+office\\s+of\\s+the\\s+(?:city|town|village)\\b": [
        "(?<=[a-z]\\s)media\\s+office\\s+of\\s+the\\s+(?:city|town|village)\\b",
    ],
    "[Aa](?<!-[Aa])\\s+medical\\s+source(?=\\s+(?:told|said|says|added)\\b)": [
        "(?<![\\w-])[Aa]\\s+medical\\s+source(?=\\s+(?:told|said|says|added)\\b)",
    ],
    "[A-Z](?<!Arab\\s[A-Z])[\\w'’-]++\\s+News\\s+Agency\\b(?=,?\\s+(?:reported|reports|said|says|quoted|citing)\\b)": [
        "(?<!Arab\\s)[A-Z][\\w'’-]+\\s+News\\s+Agency\\b(?=,?\\s+(?:reported|reports|said|says|quoted|citing)\\b)",
    ],
    "A(?<=[A-Za-z]\\sA)gency(?:['’]s)?\\s+(?:correspondents?|reporters?)\\b": [
        "(?<=[A-Za-z]\\s)Agency(?:['’]s)?\\s+(?:correspondents?|reporters?)\\b",
    ],
}

#: Odd strings: the rewritten alternatives' edges (look-behinds at the text's start, a
#: hyphen or a name before, a word running into the next) in several spellings.
_ODD = [
    "National coalition said",
    "the rebel coalition, which has fought IS since 2014, said",
    "Coalition's daily strike report",
    "coalition,whose x, said",
    "said Sana.",
    "He said Sana, the state news agency",
    "Turkish state news agency; the state news agency",
    "Rebel a field commander told; FSA A field source said; a field source said",
    "-a field commander told",
    "pro-Assad media, Assad's media, the regime media, -regime media",
    "Joint operations room said; the Wrath operations room announced",
    "Syrian Observatory: x; The Observatory : y; Observatory: z; al-Observatory: w",
    "a war monitoring group; the group tracking the war; the UK-based monitor; a monitor",
    "said Abu Ahmad al-Halabi, a local resident; said Ahmad, one resident",
    "the Free Media; Free Media; x Free Media",
    "the army's media office said; the town media office, which said",
    "Ministry media office said; the Ministry's media office said",
    "Douma City Council; Free Daraa Council; X'Y-Z Town Council",
    "the media office of the city",
    "a medical source told; -a medical source said",
    "Arab News Agency reported; Anadolu News Agency said; Dogan News Agency, reported",
    "Anadolu Agency correspondents; Agency's reporters; 1 Agency reporters",
    "Syria's ambassador; France's envoy; The French UN envoy; Syrias's envoy; Syria’s envoy",
    "",
    "Coalition",
    "a",
    "A field commander",
    "3 dead; two dead fighters; 5\u00a0dead; of the Turkmen brigades; Turkmen fighters",
    "ISIS-held; IS-held; al-rebels; x_rebels; -opposition; Daesh-controlled",
]


def _labelled(name: str, groups: dict[str, list[str]], flags: int = 0) -> re.Pattern[str]:
    """The vocabulary's pattern as ``labelled_pattern`` compiles it, from other groups."""
    prefix = load(name)["prefix"]
    alternatives = "|".join(
        f"(?P<{label}>{with_opening_lookahead('(?:' + '|'.join(alts) + ')', flags)})"
        for label, alts in groups.items()
    )
    return re.compile(with_opening_lookahead(prefix + "(?:" + alternatives + ")", flags), flags)


def _as_written(
    groups: dict[str, list[str]], written: dict[str, list[str]]
) -> dict[str, list[str]]:
    return {
        label: [old for alt in alts for old in written.get(alt, [alt])]
        for label, alts in groups.items()
    }


@functools.cache
def _texts() -> list[tuple[str, bool]]:
    """Every labelled text and odd string, as written, in lower case and in upper case.

    Each is paired with whether its sentences are searched one by one as well: only as
    written, where the sentence bounds are the ones the extractor searches.
    """
    return [
        (t, i == 0)
        for r in [*labelled_texts(), *_ODD]
        for i, t in enumerate((r, r.lower(), r.upper()))
    ]


def _found(pattern: re.Pattern[str], text: str, s: int, e: int) -> list[object]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text, s, e)]


def test_rewritten_alternatives_are_in_the_vocabulary():
    groups = load("claimants")["groups"]
    assert set(_CLAIMANTS_AS_WRITTEN) <= {a for alts in groups.values() for a in alts}


def _claimants_as_written(groups: dict[str, list[str]]) -> dict[str, list[str]]:
    return _as_written(groups, _CLAIMANTS_AS_WRITTEN)


def _targets_as_written(groups: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each target alternative opening with its own ``\\b``, as first written."""
    return {label: ["\\b" + alt for alt in alts] for label, alts in groups.items()}


@pytest.mark.parametrize(
    "name, pattern, as_written",
    [
        ("claimants", _CLAIMANT_RE, _claimants_as_written),
        ("targets", _TARGET_RE, _targets_as_written),
    ],
)
def test_rewritten_vocabulary_finds_the_same_spans_and_labels(name, pattern, as_written):
    """Whole texts, each sentence alone, every start of an odd string: same spans and labels."""
    groups = load(name)["groups"]
    assert pattern.pattern == _labelled(name, groups, pattern.flags & re.IGNORECASE).pattern
    old = _labelled(name, as_written(groups), pattern.flags & re.IGNORECASE)
    for text, by_sentence in _texts():
        assert _found(pattern, text, 0, len(text)) == _found(old, text, 0, len(text))
        for s, e in split_sentences(text) if by_sentence else ():
            assert _found(pattern, text, s, e) == _found(old, text, s, e)
        for i in range(len(text)) if len(text) < 200 else ():
            assert _found(pattern, text, i, len(text)) == _found(old, text, i, len(text))
