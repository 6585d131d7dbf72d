"""Pages of two columns that text extraction ran together line by line.

Text taken from a two-column PDF page often writes each printed line whole: the left
column's line, a run of spaces, then the right column's line, so that every sentence of
either column is cut into pieces that alternate with the other's. Read as it stands, a
place in one column takes the verb and the date of a sentence in the other. This module
finds such blocks (consecutive lines whose gap of spaces ends at the same column) and reads
them column by column, keeping a map from each character read back to where it was written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A gap of two spaces or more inside a line, and the text after it.
_GAP_RE = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
#: A line indented far, holding only the right column's text.
_INDENT_RE = re.compile(r"^[ \t]{20,}(?=\S)")
#: The fewest lines of a block whose gap ends at the column.
_MIN_SPLIT_LINES = 4
#: The share of a block's lines whose gap ends at the column.
_MIN_SPLIT_SHARE = 0.6
#: The narrowest left column a page of prose has.
_MIN_LEFT_WIDTH = 25
#: Words of a right column's line of prose.
_WORD_RE = re.compile(r"[A-Za-z]{2,}")


@dataclass(frozen=True)
class ColumnsApart:
    """A text read column by column, with where each of its characters was written."""

    text: str
    where: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Return the written span of ``text[start:end]``, or of its last unbroken piece."""
        first = end - 1
        while first > start and self.where[first - 1] == self.where[first] - 1:
            first -= 1
        return self.where[first], self.where[end - 1] + 1


def _column_of(line: str) -> int | None:
    """Return the column where a line's right half begins, when a single gap splits it."""
    indent = _INDENT_RE.match(line)
    if indent:
        return indent.end() if not _GAP_RE.search(line, indent.end()) else None
    gaps = list(_GAP_RE.finditer(line))
    if len(gaps) != 1:
        return None
    gap = gaps[0]
    if gap.start() < _MIN_LEFT_WIDTH or len(_WORD_RE.findall(line[gap.end() :])) < 2:
        return None
    return gap.end()


def _blocks(lines: list[str]) -> list[tuple[int, int, int]]:
    """Return ``(first, last, column)`` of each run of lines set in two columns."""
    out = []
    i = 0
    while i < len(lines):
        column = _column_of(lines[i])
        if column is None:
            i += 1
            continue
        j = i
        split = 0
        while j < len(lines) and lines[j].strip():
            at = _column_of(lines[j])
            if at == column:
                split += 1
            elif at is not None and abs(at - column) > 1:
                break
            j += 1
        if split >= _MIN_SPLIT_LINES and split >= _MIN_SPLIT_SHARE * (j - i):
            out.append((i, j - 1, column))
            i = j
        else:
            i += 1
    return out


def _trimmed(segment: str, at: int) -> tuple[str, int]:
    """Return a column's line without the spaces around it, and where it begins."""
    body = segment.strip()
    return body, at + (segment.index(body) if body else 0)


def columns_apart(text: str) -> ColumnsApart | None:
    """Read the blocks of a text set in two columns column by column; None when it has none.

    "The campaign in the north      ground. On 24 January, after two days" over "countryside
    is the clearest case of    which jets struck X and the" is read as the left column's
    lines, then the right column's, each column's sentences whole again.
    """
    lines = text.split("\n")
    blocks = _blocks(lines)
    if not blocks:
        return None
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    pieces: list[str] = []
    where: list[int] = []

    def put(piece: str, at: int) -> None:
        pieces.append(piece)
        where.extend(range(at, at + len(piece)))

    def newline(at: int) -> None:
        pieces.append("\n")
        where.append(at)

    done = 0
    for first, last, column in blocks:
        while done < first:
            put(lines[done], starts[done])
            newline(starts[done] + len(lines[done]))
            done += 1
        # The left column's lines, then the right's: a column's last line goes on at the top
        # of the next, as a printed page is read.
        segments = [(lines[k][:column], starts[k]) for k in range(first, last + 1)]
        segments += [(lines[k][column:], starts[k] + column) for k in range(first, last + 1)]
        pieces_of_block = [_trimmed(seg, at) for seg, at in segments]
        for i, (seg, at) in enumerate(pieces_of_block):
            after = pieces_of_block[i + 1][0] if i + 1 < len(pieces_of_block) else ""
            if seg and after and seg.endswith("-") and after[:1].islower():
                # "fight-" over "ing": a word hyphenated at the line's end is written whole.
                put(seg[:-1], at)
            elif seg and after and seg.endswith("-"):
                put(seg, at)
            elif seg and after:
                put(seg, at)
                pieces.append(" ")
                where.append(at + len(seg))
            else:
                put(seg, at)
                newline(at + len(seg))
        done = last + 1
    while done < len(lines):
        put(lines[done], starts[done])
        if done < len(lines) - 1:
            newline(starts[done] + len(lines[done]))
        done += 1
    where.append(len(text))
    return ColumnsApart("".join(pieces), where)
