"""The page around a report's text: title lines, post headings, datelines, links and comments.

A page carries lines that are not the report's own telling of strikes: its title and
the short lines above the body, a live blog's post headings and summaries, an
update's highlights, the wire dateline naming where the story was filed, the
headlines of other stories it links to, the works it cites and its readers'
comments. This module finds those spans and drops the events they alone would give.
"""

from __future__ import annotations

import re

from geo.extract.context import _DocContext
from geo.extract.datelines import (
    is_bracket_credit_dateline,
    is_caps_colon_dateline,
    is_caption_opening,
    is_credited_dateline,
    is_dash_dateline,
)
from geo.extract.lexicon import alternation, load
from geo.extract.tables import field_name
from geo.record import StrikeEvent


def _headline_spans(ctx: _DocContext) -> list[tuple[int, int]]:
    """Return the spans of title lines: the title, and the lines without a stop above the body.

    "Dozens of raids ... on the countryside of Idlib and Hama" above a
    bulletin summarises the places listed below it.
    """
    title = " ".join((ctx.doc.title or "").split()).casefold()
    spans = []
    heading = True
    lines = [(line.span(), " ".join(line.group().split())) for line in _LINE_RE.finditer(ctx.text)]
    lines = [(span, body) for span, body in lines if body]
    for i, (span, body) in enumerate(lines):
        # The lines above the body (title, standfirst, byline) end without a stop.
        heading = heading and not body.endswith((".", "!", "?")) and len(body) <= _HEADING_CHARS
        heading = heading and not _wrapped_sentence_at(ctx.text, lines, i)
        if heading or (title and body.casefold() == title):
            spans.append(span)
        elif ctx.live_blog and _post_heading(body, _line_below_post_header(ctx, lines, i)):
            spans.append(span)
    return spans


_LINE_RE = re.compile(r"[^\n]+")


def _line_below_post_header(
    ctx: _DocContext, lines: list[tuple[tuple[int, int], str]], i: int
) -> str:
    """Return the line after line ``i``, past the post's own date line when one comes first.

    "Helicopters drop barrel bombs on X" over "12 June, 2016" over the post's first
    sentence: the heading stands above its post's date.
    """
    j = i + 1
    if j + 1 < len(lines) and lines[j][0][0] in ctx.post_starts:
        j += 1
    return lines[j][1] if j < len(lines) else ""


def _wrapped_sentence_at(text: str, lines: list[tuple[tuple[int, int], str]], i: int) -> bool:
    """Say whether a line opens a paragraph hard-wrapped at a fixed width, not a title line.

    "Russian aircraft carried out 59 sorties and struck" over "terrorist targets in X
    and Y, the ministry said." with no blank line between: the next line goes on with a
    lower-case word, and the lines run on, unbroken by a blank line, to one that ends
    with a stop. A title wrapped over two lines ends without one.
    """

    def joined(j: int) -> bool:
        between = text[lines[j][0][1] : lines[j + 1][0][0]]
        return between.count("\n") == 1 and not between.strip()

    if i + 1 >= len(lines) or not joined(i) or not lines[i + 1][1][:1].islower():
        return False
    first = i
    while first > 0 and joined(first - 1):
        first -= 1
    if field_name(text, lines[first][0][0]) is not None:
        # "Key Takeaway: Russian airstrikes remained concentrated on ...": a labelled lead
        # sums up the body below it, as a standfirst does.
        return False
    j = i + 1
    while not lines[j][1].endswith((".", "!", "?", '"', "\u201d")):
        if j + 1 >= len(lines) or not joined(j):
            return False
        j += 1
    return True


_SUMMARY_HEADING_RE = re.compile(
    rf"^[ \t]*{alternation(load('posts')['summary_headings'])}[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


# A live page's timestamp line: "3.40pm GMT", "16:30 GMT", "10.00am".
_TIMESTAMP_LINE_RE = re.compile(
    r"^[ \t]*\d{1,2}[.:]\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*(?:[A-Z]{2,4})?[ \t]*-?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _summary_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of a live page's summaries: under a summary heading, to the next timestamp.

    Their strikes are told again in the posts below, whose sentences say more.
    """
    spans = []
    for m in _SUMMARY_HEADING_RE.finditer(text):
        stop = _TIMESTAMP_LINE_RE.search(text, m.end())
        if stop is not None:
            spans.append((m.start(), stop.start()))
    return spans


#: How long a live post's own heading may be.
_POST_HEADING_CHARS = 80


def _post_heading(body: str, following: str) -> bool:
    """Say whether a live blog line heads its post: short, no stop, above a longer sentence.

    "Strike on market in Idlib province" above "The rescuers say ... in Saraqib."
    """
    return (
        len(body) <= _POST_HEADING_CHARS
        and not body.endswith((".", "!", "?", ":"))
        and following.endswith((".", "!", "?", '"', "”"))
        and len(following) > len(body)
    )


_HEADING_CHARS = 200


_HIGHLIGHT_HEADING_RE = re.compile(
    rf"^[ \t]*{alternation(load('posts')['highlight_headings'])}[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


_BULLET_LINE_RE = re.compile(r"[ \t]*[•*\u2013\u2014-][ \t]")


def _highlight_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of an update's highlights: the bulleted lines under a highlights heading.

    "HIGHLIGHTS / • Air strikes in X killed 38 civilians in four days" above the
    sections that tell each town struck: the list sums up the strikes below.
    """
    spans = []
    for m in _HIGHLIGHT_HEADING_RE.finditer(text):
        end = pos = m.end() + 1
        while pos < len(text):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            if _BULLET_LINE_RE.match(text, pos):
                end = line_end
            elif text[pos:line_end].strip():
                break
            pos = line_end + 1
        if end > m.end():
            spans.append((m.start(), end))
    return spans


def _told_in_headline(ctx: _DocContext, headlines: list[tuple[int, int]], ev: StrikeEvent) -> bool:
    """Say whether a title line tells the event: its place in the line, told by the line.

    A strike the lead tells at the title's town
    (:func:`geo.extract.antecedents._lead_title_town`) is the lead's.
    """
    told = ctx.sentences[ev.sentence_index][0] if ev.sentence_index < len(ctx.sentences) else 0
    return any(a <= ev.char_start < b and told < b for a, b in headlines)


def _drop_datelines(ctx: _DocContext, events: list[StrikeEvent]) -> list[StrikeEvent]:
    """Drop the place of a dateline when the report names other struck places.

    "Damascus, SANA - The air force carried out 87 sorties ...", "HASAKAH –
    Fighters entered the town of X, while warplanes kept up their raids", "DAMASCUS: Air
    strikes on ...": where
    the report was filed stands for the strikes only in a report that names no
    other struck place.
    """
    by_start = {m.start: m for m in ctx.mentions}

    def dateline(ev: StrikeEvent) -> bool:
        m = by_start.get(ev.char_start)
        # "X, COUNTRY - MONTH 29: Smoke rises ..." over the next picture's "Y, COUNTRY - ...":
        # a list of captions opens each with its own picture's place, no dateline.
        return (
            m is not None
            and not is_caption_opening(ctx, m)
            and (
                is_credited_dateline(ctx, m)
                or is_dash_dateline(ctx, m)
                or is_caps_colon_dateline(ctx, m)
                or is_bracket_credit_dateline(ctx, m)
            )
        )

    kept = [ev for ev in events if not dateline(ev)]
    return kept if kept else events


# A page's list of other stories: "Related:", "Read more: <headline>", "Read also:", "See also",
# a broadcaster's "Related content" heading over dated headlines, a monitoring service's
# "Related items" over its other items' headlines.
_RELATED_MARK_RE = re.compile(
    r"^[ \t]*(?:Related(?:\s+(?:stories|articles|news|posts|links|coverage|content|items|reports))?"
    r"|Read\s+(?:more|also)|Also\s+read|See\s+also|More\s+(?:stories|on\s+this)"
    r"|You\s+may\s+also\s+like)[ \t]*(?:\[edit\][ \t]*)?:?[ \t]*",
    re.MULTILINE | re.IGNORECASE,
)


#: Longest line read as a related story's headline, and most lines read after a mark.
_RELATED_HEADLINE_CHARS = 120


_RELATED_LINES = 20


#: Longest bulleted line read as a headline: a trimmed page may cut one in mid-sentence.
_RELATED_BULLET_CHARS = 240


_BULLET_RE = re.compile(r"[-–•*][ \t]")


# A page's list of other stories below the report: "More from Syria", "Most read".
_MORE_STORIES_MARK_RE = re.compile(
    rf"^[ \t]*(?:{alternation(load('posts')['more_stories_marks'])})[ \t]*:?[ \t]*",
    re.MULTILINE | re.IGNORECASE,
)


_MORE_STORIES_WORDS = (
    "more ",
    "also ",
    "recommended",
    "most ",
    "trending",
    "reading",
    "miss",
    "pick",
    "here ",
    "posts",
    "updates",
    "entries",
    "stories",
    "letter",
    "keep",
)


# A list of the works a page cites, under its own heading alone on a line ("References",
# "Notes"): each numbered line below it ("3. \"Jets hit ...\", news agency, 1 October 2015.")
# is a cited title and its date, not the report's telling. An encyclopaedia's heading carries
# its "[edit]" link ("References [edit]"), as its "See also [edit]" does.
_REFERENCES_MARK_RE = re.compile(
    r"^[ \t]*(?:References|Notes|Footnotes|Citations|Sources|Works\s+cited)[ \t]*"
    r"(?:\[edit\][ \t]*)?:?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


_REFERENCE_LINE_RE = re.compile(r"[ \t]*(?:\d{1,3}[.)]|\[\d{1,3}\]|\^)[ \t]")


_REFERENCE_WORDS = ("references", "notes", "footnotes", "citations", "sources", "works cited")


def _reference_spans(text: str, start: int) -> list[tuple[int, int]]:
    """Return the spans of the numbered lines under a heading of cited works after ``start``."""
    spans = []
    for mark in _REFERENCES_MARK_RE.finditer(text, start):
        for n, line in enumerate(_LINE_RE.finditer(text, mark.end())):
            if not line.group().strip():
                continue
            if n >= 2 * _RELATED_LINES or not _REFERENCE_LINE_RE.match(line.group()):
                break
            spans.append(line.span())
    return spans


def _related_spans(
    text: str, mark_re: re.Pattern[str] = _RELATED_MARK_RE, start: int = 0
) -> list[tuple[int, int]]:
    """Return the spans of the headlines a page lists after "Related:" or "Read more:".

    The headline may follow the mark on its line; the short lines without a
    stop below a mark alone on its line are headlines too, bulleted ones up to
    a greater length (a trimmed page cuts the last in mid-sentence), down to a
    live page's timestamp line, which opens the next post. Only marks
    from ``start`` on count. A bulleted list ends at a blank line: the unbulleted
    lines under it are the report going on, hard-wrapped lines without a stop.
    """
    spans = []
    for mark in mark_re.finditer(text, start):
        end = text.find("\n", mark.end())
        end = len(text) if end < 0 else end
        if text[mark.end() : end].strip():
            spans.append((mark.end(), end))
            continue
        bulleted = False
        last = end
        for n, line in enumerate(_LINE_RE.finditer(text, end)):
            if _TIMESTAMP_LINE_RE.fullmatch(text, line.start(), line.end()):
                # "Read more" closing a live page's post, then "11:18": the next post opens.
                break
            body = line.group().strip()
            bullet = _BULLET_RE.match(body) is not None
            if (
                bulleted
                and not bullet
                and not text[last : line.start()].strip(" \t\n")
                and (text.count("\n", last, line.start()) > 1)
            ):
                break
            longest = _RELATED_BULLET_CHARS if bullet else _RELATED_HEADLINE_CHARS
            if n >= _RELATED_LINES or len(body) > longest or body.endswith("."):
                break
            spans.append(line.span())
            bulleted = bulleted or bullet
            last = line.end()
    return spans


# A sentence sending the reader to other pages: "For more on the coalition's strikes in X, see
# the daily strike releases." It names what other pages tell, no strike of its own.
_POINTER_LINE_RE = re.compile(
    r"(?:^[ \t]*|(?<=[.!?][ \t]))For\s+(?:more|further\s+(?:details|information)|details)\s+"
    r"(?:on|about|of)\b[^\n.;]{0,200}?,?\s+(?:see|read|visit|go\s+to)\b[^\n.!?]*[.!?]?",
    re.MULTILINE | re.IGNORECASE,
)


def _drop_related_links(ctx: _DocContext, events: list[StrikeEvent]) -> list[StrikeEvent]:
    """Drop the places named in the headlines of other stories a page links to.

    Lists opened by words a report could open on ("More from Syria", "Most
    read") count only after its first strike. A line pointing the reader to other
    pages ("For more on X, see ...") counts as one.
    """
    lower = ctx.lower
    spans = []
    if any(
        mark in lower for mark in ("related", "read more", "read also", "also read", "see also")
    ):
        spans = _related_spans(ctx.text)
    if events and any(w in lower for w in _MORE_STORIES_WORDS):
        first = min(ev.char_start for ev in events) + 1
        spans += _related_spans(ctx.text, _MORE_STORIES_MARK_RE, first)
    if events and any(w in lower for w in _REFERENCE_WORDS):
        spans += _reference_spans(ctx.text, min(ev.char_start for ev in events) + 1)
    if "for more" in lower or "for details" in lower or "for further" in lower:
        spans += [m.span() for m in _POINTER_LINE_RE.finditer(ctx.text)]
    if not spans:
        return events
    return [ev for ev in events if not any(a <= ev.char_start < b for a, b in spans)]


# A wire update's note of what it changed, alone on its line in brackets: "(Updates toll, adds
# strikes in X city, talks in Y)", "(Adds Russian ministry comment, paragraphs 6-7)".
_UPDATE_NOTE_RE = re.compile(
    rf"^[ \t]*\({alternation(load('posts')['update_notes'])}\b[^\n()]*\)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _drop_update_notes(ctx: _DocContext, events: list[StrikeEvent]) -> list[StrikeEvent]:
    """Drop the places named only in a wire update's note of what it changed.

    "(Updates toll, adds strikes in X city, talks in Y)" lists what the story
    below tells: the strikes are the story's, told in its own sentences.
    """
    if "(" not in ctx.text:
        return events
    spans = [m.span() for m in _UPDATE_NOTE_RE.finditer(ctx.text)]
    if not spans:
        return events
    return [ev for ev in events if not any(a <= ev.char_start < b for a, b in spans)]


# A wire's note withdrawing a story it sent, at the start of its line (a post's clock time
# allowed before it): "Please kill story "Air strikes hit X" sent at 15:52 GMT.", "KILL - ...".
_KILL_NOTE_RE = re.compile(
    r"^[ \t]*(?:\d{1,2}[:.]\d{2}(?:[ \t]*(?:GMT|UTC))?[ \t]*[-–:]?[ \t]*)?"
    rf"(?:{alternation(load('posts')['kill_notes'])})[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)


def _drop_kill_notes(ctx: _DocContext, events: list[StrikeEvent]) -> list[StrikeEvent]:
    """Drop the places named in a wire's note withdrawing a story it sent.

    "Please kill story "Air strikes hit X hospital" sent at 15:52 GMT. The story was
    sent in error.": the headline the note quotes, and the rest of its line, tell a
    story taken back, not a strike.
    """
    if "kill" not in ctx.lower and "withdraw" not in ctx.lower and "disregard" not in ctx.lower:
        return events
    spans = [m.span() for m in _KILL_NOTE_RE.finditer(ctx.text)]
    if not spans:
        return events
    return [ev for ev in events if not any(a <= ev.char_start < b for a, b in spans)]


# A line opening a page's reader comments: "3 Comments", "Leave a Reply", "Comments (2) | Share".
_COMMENT_HEADING_RE = re.compile(
    rf"^[ \t]*{alternation(load('posts')['comment_headings'])}[ \t]*(?::|[|•·].*)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


_COMMENT_WORDS = ("comment", "repl", "thoughts", "responses", "discussion", "conversation")


def _drop_reader_comments(ctx: _DocContext, events: list[StrikeEvent]) -> list[StrikeEvent]:
    """Drop the places readers name in the comments under a page's report.

    "2 Comments ... They bombed X again last week": a reader's words, not the
    report's. The comments open at such a line after the first strike the
    report tells, so that a "Comments" link above the story cuts nothing.
    """
    if not events or not any(w in ctx.lower for w in _COMMENT_WORDS):
        return events
    first = min(ev.char_start for ev in events)
    heading = next(
        (m for m in _COMMENT_HEADING_RE.finditer(ctx.text, first) if m.start() > first), None
    )
    if heading is None:
        return events
    return [ev for ev in events if ev.char_start < heading.start()]
