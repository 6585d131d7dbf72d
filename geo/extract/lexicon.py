"""The extraction vocabularies: data files in ``geo/extract/vocab``, read once."""

from __future__ import annotations

import functools
import json
import re
from importlib.resources import files
from typing import Any

try:  # the standard library's own pattern parser (private: guarded)
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: patterns stay as written
    _parser = None


#: A post's symbol used as a bullet: a square, triangle or arrow, a coloured circle, diamond
#: or square, a pin or a tick, with its emoji variation mark ("🔴 X: ...", "▪ X: ...").
SYMBOL_BULLET = (
    "[\u25a0-\u25ff\u2705\u2714\U0001f4cc\U0001f534-\U0001f53d\U0001f7e0-\U0001f7eb]\ufe0f?"
)


@functools.cache
def load(name: str) -> dict[str, Any]:
    """Return the vocabulary ``vocab/<name>.json`` as a dict.

    Parameters
    ----------
    name : str
        The file's stem ("triggers", "claimants", ...).

    Returns
    -------
    dict
        The parsed file.
    """
    text = (files("geo.extract") / "vocab" / f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)


def alternation(items: list[str]) -> str:
    """Join regular-expression alternatives into one non-capturing group."""
    return "(?:" + "|".join(items) + ")"


def labelled_pattern(name: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a vocabulary of labelled alternatives into one pattern with a group per label.

    The file holds ``prefix`` (opening the pattern) and ``groups`` (label ->
    alternatives); ``match.lastgroup`` names the label found.

    Parameters
    ----------
    name : str
        The vocabulary's file stem.
    flags : int, optional
        ``re`` flags.

    Returns
    -------
    re.Pattern
        The compiled pattern.
    """
    data = load(name)
    # Each label's alternatives, and the whole, behind a look-ahead of their first characters.
    groups = "|".join(
        f"(?P<{label}>{with_opening_lookahead('(?:' + '|'.join(alts) + ')', flags)})"
        for label, alts in data["groups"].items()
    )
    return re.compile(with_opening_lookahead(data["prefix"] + "(?:" + groups + ")", flags), flags)


def with_opening_lookahead(source: str, flags: int = 0) -> str:
    r"""Open a pattern with a look-ahead of the characters its matches can start with.

    At a position whose character opens no alternative the match then fails
    at once, before the engine tries every alternative there; the matches are
    the same. Worth it for a pattern opening with ``\b`` and many
    alternatives; a pattern opening with a literal or a class is faster as it is
    (the engine skips ahead to that character).

    Parameters
    ----------
    source : str
        A regular expression.
    flags : int, optional
        ``re`` flags it is compiled with.

    Returns
    -------
    str
        ``source`` behind the look-ahead, or ``source`` itself when its first
        characters cannot be told (see :func:`first_characters`).
    """
    first = first_characters(source, flags)
    if not first:
        return source
    return "(?=[" + "".join(re.escape(c) for c in sorted(first)) + "])" + source


def quick_opening(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return ``pattern`` recompiled behind :func:`with_opening_lookahead`: the same matches.

    Parameters
    ----------
    pattern : re.Pattern
        A compiled pattern (its flags are kept).

    Returns
    -------
    re.Pattern
        The faster pattern, or ``pattern`` itself when nothing can be gained.
    """
    source = with_opening_lookahead(pattern.pattern, pattern.flags)
    if source == pattern.pattern:
        return pattern
    try:
        return re.compile(source, pattern.flags)
    except re.error:  # a pattern opening with global inline flags
        return pattern


def first_characters(source: str, flags: int = 0) -> frozenset[str] | None:
    """Return the characters a match of the pattern ``source`` can open with.

    Parameters
    ----------
    source : str
        A regular expression.
    flags : int, optional
        ``re`` flags it is compiled with; with ``re.IGNORECASE`` the set holds
        the characters as written, for a class compiled with the same flags.

    Returns
    -------
    frozenset of str or None
        None when it cannot be told (a class of categories, any character, a
        pattern that can match nothing, flags changed inside the pattern).
    """
    if _parser is None:  # pragma: no cover
        return None
    try:
        parsed = _parser.parse(source, flags)
    except (re.error, AttributeError, TypeError):  # pragma: no cover - another engine version
        return None
    found = _first_of(list(parsed))
    return None if found is None or found[1] else frozenset(found[0])


def _first_of(items: list[Any]) -> tuple[set[str], bool] | None:
    """First characters of a sequence of parsed items, and whether it can match empty."""
    chars: set[str] = set()
    for op, av in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width: what follows opens the match
        if name == "LITERAL":
            chars.add(chr(av))
            return chars, False
        if name == "IN":
            for item_op, item_av in av:
                if str(item_op) == "LITERAL":
                    chars.add(chr(item_av))
                elif str(item_op) == "RANGE" and item_av[1] - item_av[0] < 128:
                    chars.update(chr(c) for c in range(item_av[0], item_av[1] + 1))
                else:
                    return None
            return chars, False
        if name == "SUBPATTERN":
            add, remove = av[1], av[2]
            if (add | remove) & ~re.IGNORECASE:
                return None
            inner = _first_of(list(av[3]))
            if inner is not None and add:
                # "(?i:free)" in a case-sensitive pattern opens with either case. Case
                # turned off ("(?-i:free)") needs nothing: the characters as written are
                # among those the outer flags let the look-ahead match.
                inner = ({c for ch in inner[0] for c in (ch.lower(), ch.upper())}, inner[1])
        elif name == "BRANCH":
            inner = (set(), False)
            for branch in av[1]:
                part = _first_of(list(branch))
                if part is None:
                    return None
                inner = (inner[0] | part[0], inner[1] or part[1])
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            body = _first_of(list(av[2]))
            inner = None if body is None else (body[0], body[1] or av[0] == 0)
        else:
            return None
        if inner is None:
            return None
        chars |= inner[0]
        if not inner[1]:
            return chars, False
    return chars, True
