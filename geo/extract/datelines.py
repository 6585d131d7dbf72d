"""Lines a place opens as a label, a dateline or a caption.

"Kafr Zita (Hama): 31 strikes", "1. X: two air strikes on ...", "Damascus, SANA-The
army ...", "HASAKAH - Fighters ...", "BEIRUT (Agency) -" and a picture's caption by
place and day: the place opening such a line labels what follows it or says where the
story was filed.
"""

from __future__ import annotations

import functools
import re

from geo.extract.context import _DocContext
from geo.extract.dates import _MONTH_WORD, _WEEKDAY_NAMES, _WEEKDAY_SHORT
from geo.extract.levels import _is_area
from geo.extract.lexicon import SYMBOL_BULLET, alternation, load, quick_opening
from geo.names import letter_key
from geo.record import Mention

# A wire dateline or a section label: a place opening a line, then an agency, country or
# date, then a dash: "Damascus, SANA-", "HOMS, Syria (AP) --", "Aleppo city - ...". It says
# where the copy was filed; a strike fell there only if the sentence names no other place.
_DATELINE_AFTER_RE = re.compile(
    r"(?:[ \t]+(?:city|province|countryside|governorate|suburbs))?"
    # "Damascus/Beirut (dpa) -": a dateline naming two places.
    r"(?:[ \t]*/[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)?"
    # "RAQQA, Syria, May 10 (Wire) -": a country, then a date.
    r"(?:[ \t]*,[ \t]*(?:[A-Z][\w.']*|\d+)(?:[ \t]+(?:[A-Z][\w.']*|\d+)){0,3}){0,2}"
    r"[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*(?:--?|[–—])"
)


# A dateline crediting an agency or a country: "Damascus, SANA -", "BEIRUT (Reuters) -".
_CREDITED_DATELINE_AFTER_RE = re.compile(
    r"(?:[ \t]+(?:city|province|countryside|governorate|suburbs))?"
    r"[ \t]*(?:,[ \t]*[A-Z][\w.']*(?:[ \t]+[A-Z][\w.']*){0,3}[ \t]*(?:\([^()\n]{1,30}\))?"
    r"|\([^()\n]{1,30}\))[ \t]*(?:--?|[–—])"
)


def _at_line_start(text: str, pos: int) -> bool:
    """Say whether only blanks (at most 20 characters) stand between a line's start and ``pos``."""
    lo = max(0, pos - 20)
    kept = text[lo:pos].rstrip(" \t")
    return kept.endswith("\n") or (not kept and lo == 0)


_CELL_START_RE = re.compile(r"\|[ \t]*$")


# A numbered or bulleted item's marker opening its line ("1. ", "2) ", "3- ", "- ", "— ",
# "• ", a run of two or three bullets: "** ", "•• "), or a thread's counter ("(2/6) ", "2/6 ");
# the item's day may come before its place ("(2/6) Sun 13 Nov - X: ...", "4- 16 Nov: X: ...",
# "1. Sunday 8 May - X: ..."), a night or a span of days as much ("- Night of 1-2 Nov - X: ...",
# "- 4-5 Mar - X: ...").
_ITEM_DAY = (
    r"(?:(?:[Tt]he[ \t]+)?[Nn]ight[ \t]+of[ \t]+)?"
    rf"(?:(?:{_WEEKDAY_NAMES}|{_WEEKDAY_SHORT}),?[ \t]+)?"
    rf"(?:\d{{1,2}}(?:[-–]\d{{1,2}})?[ \t]+{_MONTH_WORD}"
    rf"|{_MONTH_WORD}[ \t]+\d{{1,2}}(?:[-–]\d{{1,2}})?)"
    r"(?:,?[ \t]+(?:19|20)\d\d)?[ \t]*(?:-|–|—|:)[ \t]+"
)


# An incident's clock time after its marker, before its place ("2) 09:15 - X: ...", "3) 4:40
# pm - X: ..."): the hour of a daily report's item, as its day may be.
_ITEM_CLOCK = r"\d{1,2}[:.]\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*(?:-|–|—)[ \t]+"


_ITEM_MARK_BEFORE_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:\d{1,3}[.)-]|\(?\d{1,2}/\d{1,2}\)|\d{1,2}/\d{1,2}(?=[ \t])|[-–—]|[•*]{1,3}"
    rf"|{SYMBOL_BULLET})[ \t]+(?:{_ITEM_DAY})?(?:{_ITEM_CLOCK})?$"
)


# A log's clock time alone opening its line, as a marker of its own ("08:40 - X: two barrel
# bombs ...", "21:10 (Monday) - X: ..."), its weekday in brackets; and such a line with a
# label before a colon, counted to tell a log from a page with one timed line.
_LOG_CLOCK = (
    r"\d{1,2}[:.]\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
    rf"(?:[ \t]*\((?:{_WEEKDAY_NAMES}|{_WEEKDAY_SHORT})\))?[ \t]*(?:-|–|—)[ \t]+"
)
_LOG_CLOCK_BEFORE_RE = re.compile(rf"(?:^|\n)[ \t]*{_LOG_CLOCK}$")
_LOG_LINE_RE = re.compile(rf"^[ \t]*{_LOG_CLOCK}[^\n:]{{2,40}}:[ \t]", re.MULTILINE)


@functools.lru_cache(maxsize=8)
def _is_log(text: str) -> bool:
    """Say whether at least two lines open with a clock time and a label before a colon."""
    lines = _LOG_LINE_RE.finditer(text)
    return next(lines, None) is not None and next(lines, None) is not None


def _opens_item(text: str, pos: int) -> bool:
    """Say whether ``pos`` opens the item a list marker opens on its line.

    In a log ("08:40 - X: ...", "10:05 - Y: ..." on lines of their own) the clock time alone
    is the entry's marker; one timed line on a page is no log.
    """
    lo = max(0, pos - 48)
    if _ITEM_MARK_BEFORE_RE.search(text, lo, pos) is not None:
        return True
    return _LOG_CLOCK_BEFORE_RE.search(text, lo, pos) is not None and _is_log(text)


# "Saraqeb: ...", "Kafr Zita (Hama): 31 strikes": a place labelling its line, its region in
# brackets.
# "X, Y countryside: ...", "X, eastern Y city: ...": the label's region after a comma.
# "X now: ...", "X this morning: ...": a post's label, a time word before its colon.
_LABEL_COLON_RE = re.compile(
    r"(?:,[ \t]+(?:[a-z]+[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?"
    r"(?:[ \t]+(?:city|countryside|province|governorate|suburbs|district))?)?"
    rf"(?:[ \t]+(?:{alternation(load('posts')['label_times'])}))?"
    r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?:[ \t]+(?=\S)"
)


def labels_line(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a mention opens its line as a label: "Kafr Zita (Hama): 31 strikes ...".

    Parameters
    ----------
    ctx : _DocContext
        The report being read.
    m : Mention
        A place mention.

    Returns
    -------
    bool
        True when only blanks stand between the line's start and the mention, and a
        colon (after an optional bracketed region) follows it.
    """
    if not _LABEL_COLON_RE.match(ctx.text, m.end):
        return False
    return _at_line_start(ctx.text, m.start) or _labels_item(ctx, m)


def _labels_item(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a town labels a numbered or bulleted item ("1. X: two air strikes on ...").

    A governorate after the marker ("5. X Province: ...") heads a section of an
    assessment, not an item of one place.
    """
    return _opens_item(ctx.text, m.start) and not _is_area(ctx, m)


def is_credited_dateline(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a mention opens a line as a dateline that credits an agency or a country."""
    return bool(
        _at_line_start(ctx.text, m.start)
        and _CREDITED_DATELINE_AFTER_RE.match(ctx.text, m.end, m.end + 50)
    )


def is_dash_dateline(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a mention opens a line as a dateline closed by a dash ("HASAKAH – Fighters ...").

    Parameters
    ----------
    ctx : _DocContext
        The document's context.
    m : Mention
        A place mention of the document.

    Returns
    -------
    bool
        True when only blanks precede the mention on its line and a dash, after an optional
        country, date or credit, follows it.
    """
    return bool(
        _at_line_start(ctx.text, m.start) and _DATELINE_AFTER_RE.match(ctx.text, m.end, m.end + 50)
    )


# A picture's caption opening with its place and day: "X, COUNTRY - MONTH 29: Smoke rises ...".
_CAPTION_AFTER_PLACE = (
    r"[ \t]*,[ \t]*[A-Z][A-Za-z]+[ \t]*(?:--?|[–—])[ \t]*"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"[ \t]+\d{1,2}(?:,[ \t]*\d{4})?[ \t]*:"
)


_CAPTION_OPENING_AFTER_RE = re.compile(_CAPTION_AFTER_PLACE, re.IGNORECASE)


def is_caption_opening(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a mention opens one of several pictures' captions by place and day.

    "X, COUNTRY - MONTH 29: Smoke rises from the market ..." over "Y, COUNTRY - MONTH 28:
    Residents inspect ...": a list of captions opens each with the place its picture
    was taken, which is no dateline of the page but the place each caption tells.

    Parameters
    ----------
    ctx : _DocContext
        The report being read.
    m : Mention
        A place mention.

    Returns
    -------
    bool
        True when the mention opens its line before a country, a dash, a month's day and a
        colon, and another line of the report opens so with another place.
    """
    if not _at_line_start(ctx.text, m.start):
        return False
    if not _CAPTION_OPENING_AFTER_RE.match(ctx.text, m.end, m.end + 50):
        return False
    return _caption_places(ctx.text) > 1


# A line opening a picture's caption: its place, a country, a dash, a month's day, a colon.
_CAPTION_LINE_RE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}?)" + _CAPTION_AFTER_PLACE,
    re.IGNORECASE | re.MULTILINE,
)


@functools.lru_cache(maxsize=8)
def _caption_places(text: str) -> int:
    """Count the distinct places that open a report's lines as pictures' captions."""
    return len({found.group("place").casefold() for found in _CAPTION_LINE_RE.finditer(text)})


# A wire dateline closed by its bracketed credit, no dash after it: "X, June 7 (Agency) At
# least 25 ...", "X, 12 Oct. (Agency) The ...": a place opening a line, a month's day, the
# agency in brackets, then the body's first capital.
_BRACKET_CREDIT_AFTER_RE = re.compile(
    rf"[ \t]*,[ \t]*(?:{_MONTH_WORD}\.?[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_MONTH_WORD}\.?)"
    r"(?:,?[ \t]+(?:19|20)\d\d)?[ \t]*\([A-Za-z][^()\n]{0,29}\)[ \t]+(?=[A-Z\"“])"
)


def is_bracket_credit_dateline(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a mention opens a line as a dateline closed by its bracketed credit.

    "X, June 7 (Agency) At least 25 militants were killed ...": the place and day the
    copy was filed, the agency in brackets, and the body running on with no dash.
    """
    return bool(
        _at_line_start(ctx.text, m.start)
        and _BRACKET_CREDIT_AFTER_RE.match(ctx.text, m.end, m.end + 60)
    )


# A newspaper's dateline in capitals closed by a colon: "DAMASCUS: Air strikes on ...".
_CAPS_COLON_AFTER_RE = re.compile(r":[ \t]+[A-Z]")


_CAPS_COLON_LINE_RE = re.compile(r"^[ \t]*[A-Z][A-Z'’ -]{2,30}:[ \t]+[A-Z]", re.MULTILINE)


def is_caps_colon_dateline(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a mention is a newspaper's dateline written in capitals before a colon.

    "DAMASCUS: Air strikes on rebel-held towns ... killed at least 20": the city the copy
    was filed from, written in capitals, opens the body's first paragraph. A report whose
    lines open with several such names ("SARAQEB: 1 airstrike", "BINNISH: ...") labels
    its lines by place instead, and none of them is a dateline.

    Parameters
    ----------
    ctx : _DocContext
        The report being read.
    m : Mention
        A place mention.

    Returns
    -------
    bool
        True when the mention, all in capitals, opens its line before a colon and a
        capital, and no other line of the report opens so.
    """
    surface = m.surface
    if not (surface.isupper() and len(surface) >= 4 and _at_line_start(ctx.text, m.start)):
        return False
    if not _CAPS_COLON_AFTER_RE.match(ctx.text, m.end):
        return False
    return _caps_colon_lines(ctx.text) == 1


@functools.lru_cache(maxsize=8)
def _caps_colon_lines(text: str) -> int:
    """Count the lines of a report that open with a name in capitals before a colon."""
    return len(_CAPS_COLON_LINE_RE.findall(text))


def _is_dateline(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a mention opens a line as a wire dateline ("Damascus, SANA-The army ...").

    A place labelling a line of a post ("Jisr al-Shughur: 1 airstrike on a
    building", "#idlib | 18/4 | saraqeb: ...") is one too.
    """
    text = ctx.text
    if _at_line_start(text, m.start):
        return bool(
            _DATELINE_AFTER_RE.match(text, m.end, m.end + 50) or _LABEL_COLON_RE.match(text, m.end)
        )
    if _LABEL_COLON_RE.match(text, m.end) and _labels_item(ctx, m):
        # "1. X: two air strikes on the market": a numbered or bulleted item's label.
        return True
    if _labels_item(ctx, m) and _DATELINE_AFTER_RE.match(text, m.end, m.end + 50):
        # "4) X - Funeral of a nurse killed in the bombing of Y": a numbered item's label
        # closed by a dash, as a dateline is, says where its video was filmed; it is struck
        # only when the item names no other place.
        return True
    return bool(
        _CELL_START_RE.search(text, max(0, m.start - 20), m.start)
        and _LABEL_COLON_RE.match(text, m.end)
    )


# "- X / Y: warplanes struck the road between X and Y": the places labelling an item, joined
# by a slash, a comma or "and" before the label's colon.
_LABEL_JOIN_RE = re.compile(r"[ \t]*(?:[/&,]|and)[ \t]*")


def _labels_told_again(ctx: _DocContext, mentions: list[Mention]) -> set[int]:
    """Return the starts of the places labelling an item that its sentence names again.

    "- X / Y: warplanes struck the road between X and Y", "- X: jets hit the market in
    X": the label only says what the item is about; the sentence's own mention of the
    place says whether it was struck, a road's end or the place itself.
    """
    if not mentions:
        return set()
    first = mentions[0].start
    if not (_at_line_start(ctx.text, first) or _opens_item(ctx.text, first)):
        return set()
    label = [mentions[0]]
    for m in mentions[1:]:
        if _LABEL_COLON_RE.match(ctx.text, label[-1].end):
            break
        if not _LABEL_JOIN_RE.fullmatch(ctx.text, label[-1].end, m.start):
            return set()
        label.append(m)
    if not _LABEL_COLON_RE.match(ctx.text, label[-1].end):
        return set()
    later = {letter_key(m.surface) for m in mentions[len(label) :]}
    return {m.start for m in label if letter_key(m.surface) in later}


_DATELINE_AFTER_RE = quick_opening(_DATELINE_AFTER_RE)
