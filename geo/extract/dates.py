"""Dates in report text: explicit dates, relative words and live-blog posts.

Everything resolves against a reference date: the publication date of the
report, or the date of the live-blog post a sentence sits in. Weekday words
look back ("Wednesday" in a post dated Thursday 2015-10-08 is 2015-10-07);
"last Wednesday" and "last week on Wednesday" name the Wednesday of the
previous calendar week; "last night", "overnight" and "yesterday" name the day
before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = [
    "DateCue",
    "PostHeader",
    "ResolvedDate",
    "find_date_cues",
    "find_post_headers",
    "resolve_cue",
    "resolve_date",
    "weekday_on_or_before",
]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH_RE = (
    r"(?P<{g}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY_RE = r"(?P<{g}>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"

_CUE_RE = re.compile(
    # Case-sensitive: month and weekday names are capitalised, and IGNORECASE is
    # several times slower on this many alternatives.
    r"\b(?=[0-9ADFJLMNOSTWYloty])(?:"
    + "|".join(
        [
            # 2015-10-07
            r"(?P<iso>\b(?P<iy>20\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b)",
            # October 7, 2015 / Oct. 7 / Oct 2
            r"(?P<mdy>\b" + _MONTH_RE.format(g="m1") + r"\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\b"
            r"(?:,?\s+(?P<y1>(?:19|20)\d\d)\b)?)",
            # 7 October 2015 / 3 October
            r"(?P<dmy>\b(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+"
            + _MONTH_RE.format(g="m2")
            + r"(?:,?\s+(?P<y2>(?:19|20)\d\d)\b)?)",
            # October 2015 (month precision)
            r"(?P<my>\b" + _MONTH_RE.format(g="m3") + r"\s+(?P<y3>(?:19|20)\d\d)\b)",
            # last week on Wednesday / last Wednesday
            r"(?P<lastwd>\b[Ll]ast\s+(?:week\s+(?:on\s+)?)?" + _WEEKDAY_RE.format(g="w1") + r"\b)",
            # overnight Thursday / Thursday night / on Tuesday
            r"(?P<wd>\b(?:[Oo]vernight\s+(?:on\s+)?)?"
            + _WEEKDAY_RE.format(g="w2")
            + _PART_OF_DAY
            + r"\b)",
            r"(?P<daybefore>\b[Tt]he\s+day\s+before\s+yesterday\b)",
            # the same morning / that afternoon / the next day: the day of the strike told before
            r"(?P<anaphor>\b[Tt]h(?:e\s+(?:same|next|following)|at)"
            r"\s+(?:day|morning|afternoon|evening|night)\b)",
            r"(?P<yesterday>\b[Yy]esterday\b|\b[Ll]ast\s+night\b|\b[Oo]vernight\b)",
            r"(?P<today>\b[Tt]oday\b|\b[Tt]onight\b|\b[Tt]his\s+(?:morning|afternoon|evening)\b)",
            r"(?P<lastweek>\b[Ll]ast\s+week\b)",
            r"(?P<lastmonth>\b[Ll]ast\s+month\b)",
        ]
    )
    + ")",
)


@dataclass(frozen=True)
class DateCue:
    """A date expression found in a text.

    ``kind`` is "explicit" (a calendar date), "relative" (resolved against
    a reference date) or "anaphoric" ("the same morning", "the next day":
    resolved against the date of the event told before); ``start``/``end``
    index the searched text.
    """

    start: int
    end: int
    text: str
    kind: str
    rule: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None


@dataclass(frozen=True)
class ResolvedDate:
    """A resolved date with its precision ("day", "week", "month") and basis."""

    date: date
    precision: str
    basis: str


@dataclass(frozen=True)
class PostHeader:
    """A live-blog post header and what it says about the post's date.

    ``kind`` is "dated" (the header states a date, in ``date``), "timed" (a
    clock time only, "UPDATE 1850 GMT": the post shares the date of the post
    above it) or "bare" (neither, "Posted at" with its timestamp lost: the
    post's date must come from its text).
    """

    start: int
    end: int
    kind: str
    date: date | None = None


def _month(token: str) -> int:
    return _MONTHS[token[:3].lower()]


def _cue_from_match(m: re.Match[str]) -> DateCue | None:
    rule = m.lastgroup
    text = m.group()
    base = {"start": m.start(), "end": m.end(), "text": text, "rule": rule or ""}
    if rule == "iso":
        return DateCue(
            kind="explicit", year=int(m["iy"]), month=int(m["im"]), day=int(m["id"]), **base
        )
    if rule in ("mdy", "dmy"):
        mon, day_s, year_s = (
            (m["m1"], m["d1"], m["y1"]) if rule == "mdy" else (m["m2"], m["d2"], m["y2"])
        )
        day = int(day_s)
        if not 1 <= day <= 31:
            return None
        year = int(year_s) if year_s else None
        return DateCue(kind="explicit", year=year, month=_month(mon), day=day, **base)
    if rule == "my":
        return DateCue(kind="explicit", year=int(m["y3"]), month=_month(m["m3"]), **base)
    if rule in ("lastwd", "wd"):
        name = m["w1"] if rule == "lastwd" else m["w2"]
        return DateCue(kind="relative", weekday=_WEEKDAYS.index(name.lower()), **base)
    if rule == "anaphor":
        later = text.lower().split()[1] in ("next", "following")
        return DateCue(kind="anaphoric", **{**base, "rule": "nextday" if later else "sameday"})
    return DateCue(kind="relative", **base)


def find_date_cues(text: str, start: int = 0, end: int | None = None) -> list[DateCue]:
    """Find date expressions in ``text[start:end]``.

    Parameters
    ----------
    text : str
        The text to search.
    start, end : int, optional
        The slice to search; spans in the result index ``text`` itself.

    Returns
    -------
    list of DateCue
        In text order, non-overlapping.

    Examples
    --------
    >>> [c.text for c in find_date_cues("struck on Oct. 7 and again last night")]
    ['Oct. 7', 'last night']
    """
    stop = len(text) if end is None else end
    cues = []
    for m in _CUE_RE.finditer(text, start, stop):
        cue = _cue_from_match(m)
        if cue is not None:
            cues.append(cue)
    return cues


def weekday_on_or_before(reference: date, weekday: int) -> date:
    """Return the latest date on or before ``reference`` falling on ``weekday`` (Monday=0).

    Examples
    --------
    >>> weekday_on_or_before(date(2015, 10, 8), 2)
    datetime.date(2015, 10, 7)
    """
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def _previous_week_weekday(reference: date, weekday: int) -> date:
    monday = reference - timedelta(days=reference.weekday())
    return monday - timedelta(days=7) + timedelta(days=weekday)


def _explicit_date(cue: DateCue, reference: date) -> ResolvedDate | None:
    assert cue.month is not None
    year = cue.year if cue.year is not None else reference.year
    try:
        value = date(year, cue.month, cue.day or 1)
    except ValueError:
        return None
    # A date without a year that lands well after the reference is last year's.
    if cue.year is None and value > reference + timedelta(days=31):
        try:
            value = value.replace(year=year - 1)
        except ValueError:
            return None
    return ResolvedDate(value, "day" if cue.day else "month", "explicit")


def resolve_cue(cue: DateCue, reference: date) -> ResolvedDate | None:
    """Resolve a cue against a reference date.

    Parameters
    ----------
    cue : DateCue
        A cue from :func:`find_date_cues`.
    reference : date
        The date the text was written (publication or post date); for an
        anaphoric cue, the date of the event told before.

    Returns
    -------
    ResolvedDate or None
        None when the cue names an impossible date.
    """
    if cue.kind == "explicit":
        return _explicit_date(cue, reference)
    rule = cue.rule
    if rule == "lastwd":
        assert cue.weekday is not None
        return ResolvedDate(_previous_week_weekday(reference, cue.weekday), "day", "relative")
    if rule == "wd":
        assert cue.weekday is not None
        return ResolvedDate(weekday_on_or_before(reference, cue.weekday), "day", "relative")
    if rule == "today":
        return ResolvedDate(reference, "day", "relative")
    if rule == "yesterday":
        return ResolvedDate(reference - timedelta(days=1), "day", "relative")
    if rule == "sameday":
        return ResolvedDate(reference, "day", "relative")
    if rule == "nextday":
        return ResolvedDate(reference + timedelta(days=1), "day", "relative")
    if rule == "daybefore":
        return ResolvedDate(reference - timedelta(days=2), "day", "relative")
    if rule == "lastweek":
        monday = reference - timedelta(days=reference.weekday() + 7)
        return ResolvedDate(monday, "week", "relative")
    if rule == "lastmonth":
        first = reference.replace(day=1) - timedelta(days=1)
        return ResolvedDate(first.replace(day=1), "month", "relative")
    return None


def resolve_date(phrase: str, reference: date) -> ResolvedDate | None:
    """Resolve the first date expression in a phrase.

    Parameters
    ----------
    phrase : str
        Text holding a date expression ("overnight Thursday", "Oct. 7").
    reference : date
        The date the phrase was written.

    Returns
    -------
    ResolvedDate or None
        None when the phrase holds no date expression.

    Examples
    --------
    >>> resolve_date("last week on Wednesday", date(2015, 10, 7)).date
    datetime.date(2015, 9, 30)
    """
    for cue in find_date_cues(phrase):
        resolved = resolve_cue(cue, reference)
        if resolved is not None:
            return resolved
    return None


_HEADER_RE = re.compile(
    r"^[ \t]*(?:"
    r"(?P<posted>(?:Posted|Updated|Last updated)(?:\s+(?:at|on))?\b[^\n]{0,80}$)"
    r"|(?P<update>UPDATE(?:D)?\s+\d{1,2}:?\d{2}\s*(?:GMT|BST|UTC|ET|EST|EDT|CET|CEST)?\s*:?)"
    r"|(?P<original>ORIGINAL ENTRY\s*:)"
    r"|(?P<dayline>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+[^\n]{3,30}$)"
    r")",
    re.MULTILINE,
)


_CLOCK_RE = re.compile(r"\b\d{1,2}[:.]?\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)


def find_post_headers(text: str, reference: date) -> list[PostHeader]:
    r"""Find live-blog post headers and the dates they state.

    Recognised: "Posted at ..." / "Updated at ..." lines, "UPDATE 1850 GMT:"
    markers, "ORIGINAL ENTRY:" and weekday date lines such as
    "Wednesday, Oct. 7".

    Parameters
    ----------
    text : str
        A document text.
    reference : date
        The page's publication date, for header dates written without a year.

    Returns
    -------
    list of PostHeader
        In text order.

    Examples
    --------
    >>> [h.kind for h in find_post_headers("UPDATE 1850 GMT: x\nPosted at\n", date(2015, 10, 7))]
    ['timed', 'bare']
    """
    headers = []
    for m in _HEADER_RE.finditer(text):
        rule = m.lastgroup
        explicit = [
            c for c in find_date_cues(text, m.start(), m.end()) if c.kind == "explicit" and c.day
        ]
        if explicit:
            resolved = resolve_cue(explicit[0], reference)
            if resolved is not None:
                headers.append(PostHeader(m.start(), m.end(), "dated", resolved.date))
                continue
        if rule == "dayline":
            continue
        timed = rule in ("update", "original") or bool(_CLOCK_RE.search(m.group()))
        headers.append(PostHeader(m.start(), m.end(), "timed" if timed else "bare"))
    return headers
