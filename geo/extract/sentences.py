"""Sentence spans: a line break ends a sentence, except inside a hard-wrapped paragraph."""

from __future__ import annotations

import re

from geo.extract.tables import is_barred_row, is_row, is_rule, opens_key_field

_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_ABBREVIATIONS = _MONTHS | frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt sgt sen rep gov st mt no vs etc jr sr
    approx est dept govt
    """.split()
)
# A run of stops is matched from its first character only, and without backtracking,
# so that a line of a million dots costs one pass. The pattern opens with the stop
# itself (the look-behind after it), so that the engine skips ahead to the next stop.
# Footnote markers after the stop ("... push.[2] The army ...", "[citation needed]") belong
# to the sentence they close, as reference pages put them; so do markers written in words,
# as government pages copy their linked footnotes ("... children.[footnote 42] The ...").
_SENTENCE_END = re.compile(
    r"[.!?](?<![.!?][.!?])[.!?]*+[\"'”’)\]]*+"
    r"(?:\[(?:\d{1,3}|[a-z]|[Cc]itation needed|(?:[Ff]oot)?[Nn]ote \d{1,3}|[Ff]n ?\d{1,3})\]){0,6}+"
    r"(?=\s+[\"'“‘(\[]?[A-Z0-9#@]"
    # "... as one page reported. al-Sabkha is a town ...": a name whose article is written in
    # lower case and joined to it opens the next sentence after a word's stop, as a capital does.
    r"|(?<=[a-z][.!?])\s+(?:a[dlnrstz]|ash|ath|adh|el)-[A-Z])"
)
#: The longest sentence the later stages see: a longer one (a list without end, a
#: page without stops) is cut at a comma or space, so that the work per place,
#: which looks at its whole sentence, stays bounded and extraction stays linear.
MAX_SENTENCE = 1000
_CUT_RE = re.compile(r"[,;]\s|\s")


def split_sentences(text: str) -> list[tuple[int, int]]:
    r"""Split a text into sentence spans.

    A line break ends a sentence (captions, headers and list items carry no
    final stop), except in hard-wrapped text, where a long line that stops
    mid-sentence runs on into the next. Within a line, a sentence
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
    for start, end in _split_lines(text):
        while end - start > MAX_SENTENCE:
            cut = _cut(text, start)
            spans.append((start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if end > start:
            spans.append((start, end))
    return spans


def _cut(text: str, start: int) -> int:
    """Return where to cut an over-long sentence: after its last comma or space within bounds."""
    window = text[start + MAX_SENTENCE // 2 : start + MAX_SENTENCE]
    best = None
    for m in _CUT_RE.finditer(window):
        if best is None or m.group()[0] in ",;" or best.group()[0] not in ",;":
            best = m
    if best is None:
        return start + MAX_SENTENCE
    return start + MAX_SENTENCE // 2 + best.start() + (1 if best.group()[0] in ",;" else 0)


# Hard-wrapped text (wire copy or a blog post broken at a fixed width): most long lines end
# mid-sentence. Such a line runs on into the next unless it ends a sentence, the next
# line opens a list item, or both lines are rows of a table.
_WRAP_MIN_LINES = 4
_WRAP_LONG = 40
_WRAP_MAX_WIDTH = 110
_WRAP_SHARE = 0.5
_WRAP_FILL = 0.6
_LINE_CLOSED_RE = re.compile(r"[.!?:;…][\"'”’)\]]*\s*$|^\s*$")
# An item's opening: a bullet, a number, or a log's clock time set off by a bar, a dash or
# a gap of its own ("06:45 | X | ...", "14:20 - jets now hitting X", "21:40  Jets struck X"),
# one entry a line.
_ITEM_OPENING_RE = re.compile(
    r"\s*(?:[#•*\-–—]|\d+[.)]\s|[0-2]?\d:\d\d(?:[ \t]+[|\-–—][ \t]|[ \t]?\t|[ ][ ]))"
)
# A log's line opened by its clock time and a single space ("07:48 SYRIA: ...", "08:02
# Activists: jets strike X"): an entry of its own when the entry before opens the same way,
# as a ticker's lines do, however long and unstopped they are.
_STAMP_OPENING_RE = re.compile(r"[ \t]*[0-2]?\d:[0-5]\d[ ](?=\S)")
# A line that ends on a word no sentence ends on ("the towns of", "#Hazza, #Douma and") was
# broken inside its sentence, whether or not the text is hard-wrapped: a post's list of
# places runs on over its line breaks.
_LINE_DANGLES_RE = re.compile(
    r"(?<![\w'’-])(?:and|or|of|on|in|at|to|from|between|including|the)[ \t]*$", re.IGNORECASE
)


#: A day and month standing as a table's cell: after a word that is no preposition and
#: before a capitalised cell ("Y, Z 20 Oct Air strike"), not "struck X on 20 Oct and".
_FLAT_ROW_DATE_RE = re.compile(
    r"(?<![\w'’-])(?!(?:on|of|in|since|until|till|from|to|by|before|after|and|or|between|"
    r"through|the|late|early|mid)\b)[A-Za-z]+,?[ \t]+[0-3]?\d[ \t]+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?[ \t]+[A-Z]"
)


def _is_flat_row(line: str) -> bool:
    """Say whether a line is a row of a table flattened into words, dated in a cell.

    A table taken from a printed page loses its rules and spacing: "X Surgical Hospital X,
    W 20 Oct Air strike Closed" over "Field hospital Y, Z 21 Oct Air strike Destroyed"
    are two rows, each with its own day, not one sentence hard-wrapped.
    """
    return line[:1].isupper() and _FLAT_ROW_DATE_RE.search(line) is not None


def _wrap_width(lines: list[str]) -> int | None:
    """Return the width a hard-wrapped text is broken at, or None when it is not."""
    long = sorted(len(ln.rstrip()) for ln in lines if len(ln.rstrip()) >= _WRAP_LONG)
    if len(long) < _WRAP_MIN_LINES:
        return None
    width = long[int(0.9 * (len(long) - 1))]
    if width > _WRAP_MAX_WIDTH:
        return None
    open_ended = sum(
        1 for ln in lines if len(ln.rstrip()) >= _WRAP_LONG and not _LINE_CLOSED_RE.search(ln)
    )
    return width if open_ended >= _WRAP_SHARE * len(long) else None


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Return ``(offset, line)`` pairs, hard-wrapped lines joined with their newline kept."""
    lines = text.split("\n")
    width = _wrap_width(lines)
    out: list[tuple[int, str]] = []
    pos = 0
    for i, line in enumerate(lines):
        runs_on = (
            (
                (
                    out
                    and width is not None
                    and len(lines[i - 1].rstrip()) >= _WRAP_FILL * width
                    and not _LINE_CLOSED_RE.search(lines[i - 1])
                    and line.strip()
                    and not _ITEM_OPENING_RE.match(line)
                    and not _stamped_entries(out[-1][1], line)
                    # Rows of a table are lines of their own, however long; so are rows
                    # opened and closed by bars ("| a | b | c |").
                    and not (is_row(line) and is_row(lines[i - 1]))
                    and not (is_barred_row(line) and is_barred_row(lines[i - 1]))
                    and not (_is_flat_row(line) and _is_flat_row(lines[i - 1]))
                    # An entry's place or date field ("Location: X, Y countryside", "Date:
                    # 30.04.2016") is a line of its own among its entry's fields, however
                    # long the export's other field lines run.
                    and not (opens_key_field(line) or opens_key_field(lines[i - 1]))
                )
                or (
                    out
                    and line.strip()
                    and _LINE_DANGLES_RE.search(lines[i - 1][-40:]) is not None
                    and not (is_row(line) or is_row(lines[i - 1]))
                )
            )
            # A table's rule ("-----|-----") is a line of its own.
            and not is_rule(lines[i - 1])
        )
        if runs_on:
            offset, joined = out[-1]
            out[-1] = (offset, joined + "\n" + line)
        else:
            out.append((pos, line))
        pos += len(line) + 1
    return out


def wrapped_blocks(text: str) -> list[int]:
    """Return where each paragraph of a hard-wrapped text starts; [] when it is not wrapped.

    In copy broken at a fixed width a paragraph is a run of long lines: a line that ends a
    sentence at the width ("... yesterday.") is followed by the same paragraph's next
    sentence, not by a new paragraph. A blank line, a short line before it (a heading or a
    paragraph's last line), an item's opening and a table's rows start a new one.
    """
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return []
    starts: list[int] = []
    pos = 0
    block = ""
    for i, line in enumerate(lines):
        goes_on = (
            i > 0
            and line.strip()
            and len(lines[i - 1].rstrip()) >= _WRAP_FILL * width
            and not _ITEM_OPENING_RE.match(line)
            and not _stamped_entries(block, line)
            and not (is_row(line) or is_row(lines[i - 1]))
            and not (_is_flat_row(line) or _is_flat_row(lines[i - 1]))
            and not is_rule(lines[i - 1])
        )
        if not goes_on:
            starts.append(pos)
            block = line
        pos += len(line) + 1
    return starts


def _stamped_entries(before: str, line: str) -> bool:
    """Say whether ``line`` and the entry ``before`` it both open on a clock time and a space."""
    return _STAMP_OPENING_RE.match(line) is not None and _STAMP_OPENING_RE.match(before) is not None


# A talk page's signature ("... this section. --Name (talk) 15:10, 19 July 2016 (UTC)") is
# a sentence of its own: its day is the posting's, no day of what the post tells.
_SIGNATURE_RE = re.compile(
    r"[ \t]--(?=[A-Za-z0-9][\w'’.-]{0,39}(?:[ \t][\w'’.-]{1,40}){0,3}[ \t]\([Tt]alk\))"
)


def _split_lines(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for line_start, line in _logical_lines(text):
        start = 0
        ends = [
            m.end() for m in _SENTENCE_END.finditer(line) if not _is_abbreviation(line, m.start())
        ]
        if "(talk)" in line or "(Talk)" in line:
            ends = sorted(ends + [m.start() for m in _SIGNATURE_RE.finditer(line)])
        for end in ends:
            _add_span(spans, line, line_start, start, end)
            start = end
        _add_span(spans, line, line_start, start, len(line))
    return spans


_WORD_AT_END_RE = re.compile(r"[A-Za-z]+$")
# A weekday cut short before the date it names ("on Sat. 12/12/2015", "Tues. Dec. 8"):
# the stop belongs to the weekday. Before anything else ("the sun. Then") it ends a sentence.
_WEEKDAY_ABBREVIATIONS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
_DATE_AFTER_RE = re.compile(
    r"[ \t]+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]+\d)"
)


# "air strikes hit X on 10, 11 and 12 Nov. X remains besieged": a month abbreviated after its
# day closes the date, and a capital after it opens a new sentence ("Nov. 12" goes on).
_DAY_BEFORE_RE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+$")
_CAPITAL_AFTER_RE = re.compile(r"\s+[A-Z][a-z]")


def _is_abbreviation(line: str, dot: int) -> bool:
    if line[dot] != ".":
        return False
    word = _WORD_AT_END_RE.search(line, max(0, dot - 12), dot)
    if word is None:
        return False
    token = word.group()
    if (
        token.lower() in _MONTHS
        and _DAY_BEFORE_RE.search(line, max(0, word.start() - 8), word.start())
        and _CAPITAL_AFTER_RE.match(line, dot + 1)
    ):
        return False
    if token[0].isupper() and token.lower() in _WEEKDAY_ABBREVIATIONS:
        return _DATE_AFTER_RE.match(line, dot + 1) is not None
    return token.lower() in _ABBREVIATIONS or len(token) == 1


def _add_span(spans: list[tuple[int, int]], line: str, offset: int, start: int, end: int) -> None:
    chunk = line[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        spans.append((offset + start + lead, offset + start + lead + len(stripped)))
