"""Patterns rewritten for speed find what they were written to find."""

from __future__ import annotations

import ast
import random
import re
from pathlib import Path

from geo.extract.dates import _CUE_KINDS, _CUE_OPENING, _CUE_RE
from geo.extract.lexicon import alternation, load
from geo.extract.triggers import _TRIGGER_SCAN_RE, grouped_by_opening
from geo.extract.voices import _FIRST_PERSON_RE, _NAME_ROLE_RE
from tests.support.labelled import labelled_texts


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_trigger_scan_matches_the_vocabulary_in_order():
    """The trigger scan finds what the strong and weak words joined in order find."""
    vocab = load("triggers")
    plain = re.compile("(?:" + "|".join(vocab["strong"] + vocab["weak"]) + r")\b")
    for text in labelled_texts():
        assert _spans(_TRIGGER_SCAN_RE, text.lower()) == _spans(plain, text.lower())


def test_date_cues_match_the_kinds_joined_plainly():
    """The date pattern's look-aheads change no match, group or label, nor in a slice."""
    plain = re.compile(_CUE_OPENING + alternation(_CUE_KINDS))

    def found(pattern: re.Pattern[str], text: str, s: int, e: int) -> list[object]:
        return [(m.span(), m.lastgroup, m.groupdict()) for m in pattern.finditer(text, s, e)]

    for text in labelled_texts():
        for s, e in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            assert found(_CUE_RE, text, s, e) == found(plain, text, s, e)


def test_grouping_keeps_the_first_alternative_to_match():
    """Random alternatives sharing openings, some of several or of unknown openings."""
    rng = random.Random(7)
    pieces = ["a", "ab", "b", "ba", "(?:a|b)", "[ab]c", "c", ".", "a?b", "\\w", "(?=a)ab", ""]
    for _ in range(400):
        alts = [
            "".join(rng.choice(pieces) for _ in range(rng.randint(1, 3)))
            for _ in range(rng.randint(1, 6))
        ]
        alts = [a for a in alts if a] or ["a"]
        plain = re.compile("(?:" + "|".join(alts) + ")")
        grouped = re.compile(grouped_by_opening(alts))
        text = "".join(rng.choice("abc .") for _ in range(60))
        assert [m.span() for m in grouped.finditer(text)] == _spans(plain, text), alts


def test_word_start_checked_behind_the_capital():
    """ "[Ww](?<!\\w[Ww])" opens a word as "\\b[Ww]" does, at the text's start and in a slice."""
    pairs = [
        (_FIRST_PERSON_RE, re.compile(r"\b[Ww]e\b")),
        (
            _NAME_ROLE_RE,
            re.compile(
                r"\b(?P<name>[A-Z][a-z]{2,20}),\s+(?:a|an|the|(?:head|chief|commander|director"
                r"|spokes(?:man|woman|person))\s+(?:of|for))\s"
            ),
        ),
    ]
    texts = [
        *labelled_texts(),
        "We said we were awe-struck; Owe, we. _we éWe 2we",
        "Yousef, a doctor. AYousef, an aide. éCook, the spokesman. _Cook, the x Al-Ali, a b",
        "Ivanov, head of the staff. AIvanov, chief of it. éPetrov, spokesman for the x",
    ]
    for fast, plain in pairs:
        for text in texts:
            for s in (0, 1, 3, len(text) // 2):
                got = [(m.span(), m.groupdict()) for m in fast.finditer(text, s)]
                assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text, s)]


def _assigned_twice(tree: ast.Module) -> list[tuple[str, ast.stmt]]:
    """Return the module-level statements that bind a name bound before them."""
    seen: set[str] = set()
    again = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        again += [(name, node) for name in names if name in seen]
        seen.update(names)
    return again


def test_a_module_binds_a_pattern_again_only_to_speed_it_up():
    """A second pattern of a name used elsewhere in its module would replace the first there.

    The only rebinding allowed is ``X = quick_opening(X)``: the same matches, found faster.
    """
    package = Path(__file__).resolve().parent.parent / "geo"
    clashes = []
    for path in sorted(package.rglob("*.py")):
        for name, node in _assigned_twice(ast.parse(path.read_text(encoding="utf-8"))):
            value = getattr(node, "value", None)
            speeds_up = (
                isinstance(value, ast.Call)
                and isinstance(value.func, ast.Name)
                and value.func.id == "quick_opening"
                and [ast.dump(a) for a in value.args] == [ast.dump(ast.Name(name, ast.Load()))]
            )
            if not speeds_up:
                clashes.append(f"{path.relative_to(package.parent)}:{node.lineno} {name}")
    assert clashes == []
