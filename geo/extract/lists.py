"""Lists of struck places that continue over line breaks or as hashtag lines.

"Russian air strikes this morning on:" followed by lines "#A", "#B" and "and #C
in the western countryside of #X": each line continues the list of the line
above. A line continues a list when it holds only place names and glue words
(``vocab/lists.json``) and the line above opened a list or continued one.
"""

from __future__ import annotations

import re

from geo.extract.lexicon import load
from geo.record import Mention

_VOCAB = load("lists")
_GLUE = frozenset(_VOCAB["glue"])
_OPENERS = tuple(_VOCAB["openers"])
_WORD_RE = re.compile(r"[^\W\d_]+")


def opens_list(text: str, s: int, e: int) -> bool:
    """Say whether the sentence ``text[s:e]`` ends as a list opening ("... raids on:").

    Parameters
    ----------
    text : str
        The report text.
    s, e : int
        The sentence span.

    Returns
    -------
    bool
        True when the sentence ends with a colon, a comma or a list word.
    """
    tail = text[max(s, e - 12) : e].rstrip().lower()
    words = _WORD_RE.findall(tail)
    return tail.endswith((":", ",")) or bool(words and words[-1] in _OPENERS)


def is_list_line(text: str, s: int, e: int, mentions: list[Mention]) -> bool:
    """Say whether ``text[s:e]`` holds only place names and glue words ("#A, #B and #C").

    Parameters
    ----------
    text : str
        The report text.
    s, e : int
        The sentence span.
    mentions : list of Mention
        The place mentions inside the span, in order.

    Returns
    -------
    bool
        True for a line of place names joined by commas, "and", hashtags or
        "in the countryside of", each name may be followed by a note in brackets
        ("- X (eleven civilians killed)"); False when a count follows a name
        ("X: 13").
    """
    if not mentions:
        return False
    pos = s
    for m in mentions:
        if not _only_glue(text[pos : m.start]) or _COUNT_AFTER_RE.match(text, m.end, e):
            return False
        pos = m.end
    return _only_glue(text[pos:e])


# "Aleppo: 13", "Idlib 4,": a number right after a name counts what happened there over a
# period (a table of attacks by governorate), no place struck of the list's day.
_COUNT_AFTER_RE = re.compile(r"[ \t]*:?[ \t]*\d[\d,.]*[ \t]*(?:[,;]|$)", re.MULTILINE)


# "- X (the road by the bakery, two houses)": a bulleted item's note on what was hit there,
# in brackets after its name, is part of the item, not words of another clause.
_NOTE_RE = re.compile(r"\([^()\n]{0,160}\)")


def _only_glue(chunk: str) -> bool:
    chunk = _NOTE_RE.sub(" ", chunk)
    return all(w.lower() in _GLUE for w in _WORD_RE.findall(chunk))
