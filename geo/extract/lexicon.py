"""The extraction vocabularies: data files in ``geo/extract/vocab``, read once."""

from __future__ import annotations

import functools
import json
import re
from importlib.resources import files
from typing import Any


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
    groups = "|".join(f"(?P<{label}>{'|'.join(alts)})" for label, alts in data["groups"].items())
    return re.compile(data["prefix"] + "(?:" + groups + ")", flags)
