"""The document context shared by the extraction stages: spans, paragraphs, posts, clauses."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from geo.extract.dates import (
    DateCue,
    PostHeader,
    ResolvedDate,
    find_date_cues,
    find_post_headers,
    in_sane_window,
    is_dateline_cue,
    resolve_cue,
)
from geo.extract.lexicon import alternation, load
from geo.extract.names import (
    _LANDMARK_RE,
    _REGION_HINT_RE,
    _REGION_RE,
    _after_place_cue,
    _labels_line,
    _org_spans,
    _written_as_name,
)
from geo.extract.people import names_no_place
from geo.extract.tables import field_name
from geo.names import plain_typography
from geo.record import HOME_COUNTRY, Document, Mention

MentionFinder = Callable[[str], list[Mention]]

_CLAUSE_BREAK_RE = re.compile(
    r";|:\s|\s[—–]\s|,\s*(?:but|while|whereas|although|though|however|meanwhile)\b"
    # "raided X, in conjunction with clashes between ...", "..., amid shelling by ...": what
    # went on beside the strike.
    r"|,\s*(?:in\s+conjunction\s+with|amid|coinciding\s+with)\b"
    r"|\s(?:while|whereas)\s"
    # "struck X on Monday, a day after a convoy reached Y": what happened before or after.
    r"|(?:,\s*|\s)(?:a|an|one|two|three|four|five|six|several|few|\d+)"
    r"\s+(?:days?|hours?|weeks?)\s+(?:after|before)\b"
    # "reached X on Tuesday, just hours after jets hit Y": hours uncounted open the clause
    # of a strike (told after them), as a count does.
    r"|,\s*(?:just\s+|only\s+|mere\s+)?hours\s+(?:after|before)\s+(?=(?:the\s+)?(?:[\w'’-]+\s+)?"
    r"(?:jets|warplanes|aircraft|planes|helicopters|bombers|drones|air\s*strikes|raids|strikes"
    r"|barrel\s+bombs|bombs)\b)"
    # "jets pounded X, helping government troops to take Y": what the ground forces did.
    r"|,\s*(?:helping|allowing|enabling)\s+(?=(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:troops|forces"
    r"|rebels|fighters|army|soldiers|militias)\b)"
    # "rebels fired rockets on A, and regime aircraft struck B": the aircraft's own clause;
    # "said the army had killed dozens around A, and that the air force had destroyed B".
    r"|,\s*and\s+(?=(?:that\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:jets|warplanes"
    r"|war\s?planes|aircraft|helicopters|bombers|drones|air\s+force)\b)"
    # "said the terrorists committed a massacre in A and that the air force responded by
    # targeting B": a second thing said, no comma before it, whose subject is the aircraft.
    r"|\s+and\s+that\s+(?=(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:jets|warplanes"
    r"|war\s?planes|aircraft|helicopters|bombers|drones|air\s+force)\b)"
    # "said jets had destroyed A, and that the army had repelled an attack near B": a second
    # thing said, of fighters on the ground, whose strike words (if any) are its own.
    # The second thing said may open with a quote mark ('and that "the rebels repelled ...').
    r"|,\s*and\s+that\s+(?=[\"“‘']?(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:army|troops|forces|soldiers"
    # Arabic words for the sides are written untranslated ("the thuwar", "the shabiha").
    r"|rebels|fighters|militants|terrorists|insurgents|militias|gunmen|thuwar|shabiha)\b)"
    # "jets set fire to fields near A, and farmers in B say shelling burned ...": people of a
    # place opening a clause of their own, whose strike words (if any) are its own.
    rf"|,\s*and\s+(?=(?:the\s+|many\s+|some\s+)?(?:[\w'’-]+\s+)?"
    rf"{alternation(load('triggers')['people_subjects'])}\s+(?:in|of|from|across|around)\s)"
    # "Rebels attacked A as Russian jets struck B", "struck A after rebels withdrew to B": a
    # conjunction opening a clause with its own subject ("..., as well as militants in B" goes
    # on with a list: "as well as" joins things, it opens no clause).
    r"|(?<=[\w,])(?<!\bas\swell)\s(?:as|after|before|when|once|until)\s"
    r"(?=(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:jets|warplanes|war\s?planes|aircraft|planes"
    r"|helicopters|bombers|drones|troops|forces|rebels|fighters|militants|soldiers"
    # "... late Wednesday as Daesh terrorists withdrew toward X": a group's own clause.
    r"|terrorists|militias|militiamen|mercenaries|jihadists|insurgents|gunmen|thuwar"
    r"|shabiha)\b)"
    # "Air force targets X, army foils infiltration towards Y", "..., 44 aid trucks enter Y":
    # a headline's second happening, its subject and verb after the comma.
    r"|,\s*(?=(?:the\s+)?(?:\d[\d,]*\s+)?"
    rf"{alternation(load('triggers')['clause_subjects'])}"
    # A participle ("trucks carrying ammunition") or a noun ("army positions") names a thing.
    # "..., residents said jets struck ...": a voice, whose clause goes on with the strike.
    r"\s+(?!(?:of|and|or|in|on|at|to|from|near|who|which|that|with|were|was|said|say|says"
    r"|told|tell|tells|reported|report|reports|claimed|claim|claims|positions?|posts?"
    r"|checkpoints?|bases?|barracks|vehicles?|tanks?|convoys?|units?|depots?|headquarters"
    r"|gatherings?)\b)(?![a-z]+(?:ing|ed)\b)[a-z]+\b)",
    re.IGNORECASE,
)


@dataclass
class _Span:
    start: int
    end: int
    label: str


@dataclass
class _SpanList:
    """Matches of one pattern over a whole document, with their starts for bisection."""

    spans: list[_Span]
    starts: list[int]


@dataclass
class _Post:
    start: int
    end: int
    date: date
    basis: str
    # The headline's date, for the undated strikes of the text it heads.
    default: ResolvedDate | None = None


@dataclass
class _Scope:
    """What carries from one sentence to the next inside a paragraph or post."""

    date: ResolvedDate | None = None
    date_sentence: int = -1
    # The day a source spoke ("..., sources said on Thursday"): the strikes the
    # paragraph goes on telling in that voice are of that day unless they say another.
    said: ResolvedDate | None = None
    said_sentence: int = -1


@dataclass
class _DocContext:
    text: str
    lower: str
    doc: Document
    sentences: list[tuple[int, int]]
    sentence_starts: list[int]
    mentions: list[Mention]
    mention_starts: list[int]
    paragraphs: list[int]
    posts: list[_Post]
    post_starts: list[int]
    triggers: _SpanList
    live_blog: bool
    captions: list[tuple[int, int]] = field(default_factory=list)
    # Where each paragraph of a hard-wrapped text starts ([] when the text is not wrapped).
    blocks: list[int] = field(default_factory=list)
    default_actor: str | None = None
    cities_seen: Counter[str] = field(default_factory=Counter)
    # The document's own voice from each offset on (see _document_voices).
    voice_starts: list[int] = field(default_factory=list)
    voices: list[str | None] = field(default_factory=list)
    # The last date tied to a strike: (date, sentence index), for later paragraphs.
    last_date: tuple[ResolvedDate, int] | None = None
    # The one before it, when a sentence dated of its own replaced it.
    prior_date: tuple[ResolvedDate, int] | None = None
    # The index of the last sentence that opened or continued a list of places.
    list_open: int = -2
    # Whether a line headed by a governorate ("Hama Province: A; B; C.") continued a list:
    # the next such line goes on with it, whatever comment stands between them.
    heading_list: bool = False
    # The last strike sentence naming no place that opened a list, with its date.
    list_opener: tuple[int, ResolvedDate] | None = None
    # The strike sentence that opened the list of places going on now, and, while a line of
    # names continues it, that sentence's index for the line's events (None otherwise).
    list_lead: int | None = None
    list_item_lead: int | None = None
    # The sentences that have given events so far (in text order), each with where in the
    # text its struck places are written.
    struck_sentences: dict[int, set[int]] = field(default_factory=dict)
    # The one air force a sentence tells striking a place as a habit, by the place's key: a
    # strike there told later with no aircraft of its own is theirs.
    habit_actors: dict[str, str] = field(default_factory=dict)
    # Where the places whose actor is the report's default, named by no sentence, start.
    defaulted_actors: set[int] = field(default_factory=set)
    # Where the report names a city as a city or as holding districts, and which (see
    # attributes._cities_holding_parts); built when first asked for.
    held_cities: list[tuple[int, str]] | None = None
    # The sentences that open an item of a list ranking strikes ("7. X, 27.04.16.").
    ranked_items: set[int] = field(default_factory=set)
    # The city each place named as one of its quarters, or as a governorate's capital, lies
    # in, by the place's start ("the A and B districts of Y", "Y's A district", "the
    # provincial capital"; see geo.extract.unknown_parts and geo.extract.capitals).
    place_cities: dict[int, str] = field(default_factory=dict)
    # The governorate set beside each name somewhere in the report ("X, Aleppo, Syria").
    apposed: dict[str, str] | None = None
    # The outlets a monitoring digest credits in its source lines (see voices._relayed_outlets).
    relayed_outlets: tuple[str, ...] | None = None
    cache: dict[tuple[str, int], str | None] = field(default_factory=dict)
    span_cache: dict[tuple[object, ...], list[_Span]] = field(default_factory=dict)
    trigger_cache: dict[int, list[_Span]] = field(default_factory=dict)
    clause_cache: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    cue_cache: dict[int, list[DateCue]] = field(default_factory=dict)
    air_cache: dict[int, bool] = field(default_factory=dict)
    # Where a page names the two images it compares, and the later one's day (computed once).
    image_pair: list[tuple[int, ResolvedDate | None]] = field(default_factory=list)
    # The words of a place's left context that its role patterns need, by sentence.
    role_words: dict[int, _SpanList] = field(default_factory=dict)
    unidentified_cache: dict[int, list[_Span]] = field(default_factory=dict)
    # The mentions of each name, in text order (built when first asked for).
    same_name: dict[str, list[Mention]] | None = None
    # The town whose own outlet heads the report, as a one-item list (built when first asked).
    outlet_town: list[Mention | None] | None = None


def _spans(pattern: re.Pattern[str], text: str) -> _SpanList:
    spans = [_Span(m.start(), m.end(), m.lastgroup or "") for m in pattern.finditer(text)]
    return _SpanList(spans, [sp.start for sp in spans])


def _lower(text: str) -> str:
    """Lowercase a text, keeping every character at its offset."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def describes_day(cue: DateCue, cues: Sequence[DateCue]) -> bool:
    """Say whether a count from a happening only describes a day its sentence writes.

    "On 9 February, two weeks before the truce, jets struck X": the written day dates the
    strike; the count from the truce describes it.
    """
    return cue.rule == "happ" and any(
        c.kind == "explicit" or c.weekday is not None for c in cues if c is not cue
    )


def _sentence_cues(ctx: _DocContext, index: int) -> list[DateCue]:
    """Date expressions in one sentence (found once, when a strike sentence needs them)."""
    cues = ctx.cue_cache.get(index)
    if cues is None:
        s, e = ctx.sentences[index]
        cues = find_date_cues(ctx.text, s, e)
        if cues and (_place_date_line(ctx.text, s, cues[0]) or _writing_dateline(ctx, s, cues[0])):
            cues = cues[1:]
        ctx.cue_cache[index] = cues
    return cues


# A statement's opening place-and-date line: "(Beirut, October 13, 2016) –".
_PLACE_DATE_OPENING_RE = re.compile(r"\s*\(\s*[A-Z][\w'’. -]{1,30},\s*")
_PLACE_DATE_CLOSING_RE = re.compile(r"\s*\)")


# A release's place and day opening its lead, written out: "X, 26 April 2016 - The group ...".
_PLACE_DAY_OPENING_RE = re.compile(r"[ \t]*[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2},[ \t]*")
_PLACE_DAY_CLOSING_RE = re.compile(r"[ \t]+[-–—][ \t]")


def _writing_dateline(ctx: _DocContext, s: int, cue: DateCue) -> bool:
    """Say whether a cue is the wire dateline that gives its post's day of writing.

    "BEIRUT, Feb 9 (Agency) - Jets struck X late on Monday": the sentence's own
    words count from the dateline's day; a later agency's dateline further down a
    page, which sets no day, still dates its sentence. So does a release's place and
    full date opening its lead ("X, 26 April 2016 - The group condemns the strikes
    that have hit Y since Saturday").
    """
    if not is_dateline_cue(ctx.text, s, cue) and not (
        cue.kind == "explicit"
        and _PLACE_DAY_OPENING_RE.fullmatch(ctx.text, s, cue.start)
        and _PLACE_DAY_CLOSING_RE.match(ctx.text, cue.end)
    ):
        return False
    written = ctx.posts[_post_index(ctx, s)].date
    resolved = resolve_cue(cue, written)
    return resolved is not None and resolved.date == written


def _place_date_line(text: str, s: int, cue: DateCue) -> bool:
    """Say whether a sentence's first date is its place-and-date line (the day of writing)."""
    return bool(
        _PLACE_DATE_OPENING_RE.fullmatch(text, s, cue.start)
        and _PLACE_DATE_CLOSING_RE.match(text, cue.end)
    )


#: ", ", ", and " or " and " between two names of one list ("struck X and Y", "pounded X, Y
#: and Z").
LIST_ITEM_GAP_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _in_range(spans: _SpanList, s: int, e: int) -> list[_Span]:
    return spans.spans[bisect_left(spans.starts, s) : bisect_left(spans.starts, e)]


def _mentions_in(ctx: _DocContext, s: int, e: int) -> list[Mention]:
    """Return the place mentions that start in ``ctx.text[s:e]``, in text order."""
    return ctx.mentions[bisect_left(ctx.mention_starts, s) : bisect_left(ctx.mention_starts, e)]


def _mention_at(ctx: _DocContext, pos: int) -> Mention | None:
    """Return the place mention that starts exactly at ``pos``, if any."""
    i = bisect_left(ctx.mention_starts, pos)
    return ctx.mentions[i] if i < len(ctx.mentions) and ctx.mention_starts[i] == pos else None


def _find(pattern: re.Pattern[str], text: str, s: int, e: int) -> list[_Span]:
    return [_Span(m.start(), m.end(), m.lastgroup or "") for m in pattern.finditer(text, s, e)]


def _cached_spans(
    ctx: _DocContext, key: tuple[object, ...], build: Callable[[], list[_Span]]
) -> list[_Span]:
    """Return the spans kept under ``key`` for this document, built by ``build`` the first time."""
    found = ctx.span_cache.get(key)
    if found is None:
        found = ctx.span_cache[key] = build()
    return found


def _find_cached(ctx: _DocContext, pattern: re.Pattern[str], s: int, e: int) -> list[_Span]:
    # Keyed on the whole range: a search cut short (the cues before a word) must not
    # stand in for the sentence's, nor the sentence's for it.
    return _cached_spans(ctx, (pattern.pattern, s, e), lambda: _find(pattern, ctx.text, s, e))


def _clean_mentions(text: str, found: Sequence[Mention]) -> list[Mention]:
    """Keep mentions written as names, outside organisation names; add regions."""
    orgs = _org_spans(plain_typography(text))
    org_starts = [s for s, _ in orgs]
    kept: list[Mention] = []
    for m in sorted(found, key=lambda m: m.start):
        written = (
            _written_as_name(m.surface)
            # "#alX": a tag is written as a name whatever its first letter.
            or (m.start > 0 and text[m.start - 1] == "#")
            or _after_place_cue(text, m.start)
            or _labels_line(text, m.start, m.end)
        )
        if not written or names_no_place(text, m.start, m.end) or _defined_initials(text, m):
            continue
        i = bisect_right(org_starts, m.start) - 1
        if i >= 0 and m.start < orgs[i][1]:
            continue
        if kept and _named_after_place(text, kept[-1], m):
            continue
        kept.append(m)
    starts = [m.start for m in kept]
    regions = []
    for r in _REGION_RE.finditer(text) if _REGION_HINT_RE.search(text) else ():
        # A region in a group's name ("Liwa Suqour al-Ghab") is no place, as a town is not.
        o = bisect_right(org_starts, r.start()) - 1
        if o >= 0 and r.start() < orgs[o][1]:
            continue
        # "a spokesman for the X civil defence": a region in a body's name, as a town is.
        if names_no_place(text, r.start(), r.end()):
            continue
        i = bisect_left(starts, r.end())
        if i == 0 or kept[i - 1].end <= r.start():
            regions.append(Mention(r.start(), r.end(), r.group(), ()))
    if regions:
        kept = sorted(kept + regions, key=lambda m: m.start)
    return _home_namesakes(text, kept)


def _defined_initials(text: str, m: Mention) -> bool:
    """Say whether a name in capitals is initials the text defines for a body's name.

    "the X Aid Alliance for Syria (ABC)" then "a clinic supported by ABC in Y": the
    capitals are the body's initials wherever the text writes them, not a place that the
    table spells alike.
    """
    surface = m.surface
    if not (surface.isupper() and surface.isalpha() and 2 <= len(surface) <= _INITIALS_MAX):
        return False
    defined = f"({surface})"
    at = text.find(defined)
    while at >= 0:
        if _NAME_WORD_BEFORE_RE.search(text, max(0, at - _NAME_WORD_CHARS), at):
            return True
        at = text.find(defined, at + 1)
    return False


#: The longest initials a body's name is given ("(ABCDEF)").
_INITIALS_MAX = 6
# A capitalised word right before the bracket that gives the initials.
_NAME_WORD_BEFORE_RE = re.compile(r"\b[A-Z][a-z]+[ \t]+$")
_NAME_WORD_CHARS = 30


def _named_after_place(text: str, before: Mention, m: Mention) -> bool:
    """Say whether ``m`` is a landmark named after the place written right before it.

    "The X National Hospital", "the X Surgical Hospital": the town
    qualifies the landmark's name and is where the strike fell; the landmark the
    table knows by the rest of the name ("National Hospital") is no second place.
    """
    return (
        before.end < m.start
        and not text[before.end : m.start].strip()
        and _LANDMARK_RE.fullmatch(m.surface.rsplit(None, 1)[-1]) is not None
    )


# "a camp near X in Idlib province", "X, Idlib": the words joining a place to the area after it.
_IN_AREA_RE = re.compile(r"(?:\s+in|\s*,)\s+(?:the\s+)?")


def _home_namesakes(text: str, mentions: list[Mention]) -> list[Mention]:
    """Put a place best known abroad behind its namesake at home when the text places it there.

    "A camp near Sinjar in Idlib province": Sinjar is best known as the Iraqi town, but the
    governorate written right after it holds a Syrian namesake, which is the place meant.
    """
    out = list(mentions)
    for i, m in enumerate(out[:-1]):
        if not m.candidates or m.candidates[0].country == HOME_COUNTRY:
            continue
        gap = _IN_AREA_RE.match(text, m.end)
        after = out[i + 1]
        if gap is None or gap.end() != after.start or not after.candidates:
            continue
        area = after.candidates[0]
        if area.country != HOME_COUNTRY or area.admin1 is None:
            continue
        home = [c for c in m.candidates if c.country == HOME_COUNTRY and c.admin1 == area.admin1]
        if home:
            rest = tuple(c for c in m.candidates if c not in home)
            out[i] = replace(m, candidates=(*home, *rest))
    return out


# A year written out ("in 2015", "the autumn of 2015", "Sept. 30, 2015 -", "14/10/2016").
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _in_chronology(day: date, before: date) -> date:
    """Return a header's day without a year as the entry after ``before`` in a chronology.

    "Sept. 30, 2015 - Russia launches air strikes" then "Oct. 7 - Four warships fire
    ..." on a page of December 2016: the entries run in order from the year written, so
    "Oct. 7" is of 2015, not the latest October 7. ``day`` (the latest such day by the
    writing) is returned unchanged unless the order puts it earlier.
    """
    try:
        ordered = day.replace(year=before.year)
        if ordered < before:
            ordered = ordered.replace(year=before.year + 1)
    except ValueError:  # 29 February of a year without one
        return day
    return ordered if ordered < day else day


def _posts(text: str, published: date) -> tuple[list[_Post], bool]:
    """Split a text into live-blog posts and date each one.

    Posts are taken to run newest first: a post whose header lost its
    timestamp ("Posted at" alone) is dated by the latest date its own text
    names on or before the date of the post above it.
    """
    headers = find_post_headers(text, published)
    posts = [_Post(0, headers[0].start if headers else len(text), published, "published")]
    bound = published
    # The day of the header before, whose order a header without a year follows.
    chronology: date | None = None
    for i, header in enumerate(headers):
        end = headers[i + 1].start if i + 1 < len(headers) else len(text)
        above = posts[-1].date
        if header.kind in ("dated", "lead") and header.date is not None:
            dated = header.date
            if chronology is not None and not YEAR_RE.search(text, header.start, header.end):
                dated = _in_chronology(dated, chronology)
            chronology = dated
        elif header.kind == "timed":
            dated = above
        else:
            named = find_date_cues(text, header.end, end)
            dated = _latest_named_day(named, bound) or above
        posts.append(_Post(header.start, end, dated, "post"))
        # A post is no newer than the one above it, give or take a day: a post
        # written on Wednesday may only name Tuesday.
        if in_sane_window(dated):
            bound = min(bound, dated + timedelta(days=1))
    posts = _close_bulleted_runs(text, headers, posts)
    posted = [h for h in headers if h.kind != "lead"]
    if len(posted) >= 2 and _headline_over_byline(
        text, posted[0].start, posted[0].end, posted[1].start
    ):
        # "X Report: August 23 - 30, 2016", a byline, then "August 31, 2016": the page's
        # headline and its own date above one body, not two posts of a live page.
        posted = posted[1:]
    if len(posted) < 2:
        # One stray "Updated at" line does not make a live blog; paragraphs opened by their
        # own day keep that day.
        lead = {h.start for h in headers if h.kind == "lead"}
        posts = [p if p.start in lead else replace(p, basis="published") for p in posts]
    return posts, len(posted) >= 2


# A line opening on a bullet: an item of a list.
_BULLET_LINE_RE = re.compile(r"[ \t]*[*•][ \t]")
# A paragraph of prose after a blank line: not a bullet, not blank.
_PROSE_AFTER_BLANK_RE = re.compile(r"\n[ \t]*\n[ \t]*(?![*•\s])", re.MULTILINE)


def _close_bulleted_runs(text: str, headers: list[PostHeader], posts: list[_Post]) -> list[_Post]:
    """End a run of bullets opened by their own days where the prose after the list resumes.

    "• 27 August 2016: jets bomb the hospitals" is a chronology's entry; "On Tuesday, as we
    were finishing this piece, ..." in a paragraph after the list is the page's again, dated
    as the text above the list was. ``posts`` are one per header after the page's first.
    """
    bulleted = {
        h.start
        for h in headers
        if h.kind == "lead" and _BULLET_LINE_RE.match(text, h.start) is not None
    }
    if not bulleted:
        return posts
    out: list[_Post] = []
    page = posts[0]
    for post in posts:
        if post.start not in bulleted or post is posts[0]:
            out.append(post)
            page = post
            continue
        prose = _PROSE_AFTER_BLANK_RE.search(text, post.start, post.end)
        if prose is None:
            out.append(post)
            continue
        out.append(replace(post, end=prose.end()))
        out.append(replace(page, start=prose.end(), end=post.end))
    return out


#: The most lines (a byline, a credit) a headline may stand above its page's date line.
_BYLINE_LINES = 2
_BYLINE_CHARS = 80


def _headline_over_byline(text: str, start: int, end: int, following: int) -> bool:
    """Say whether a dated header is the text's first line with only a byline before the next.

    Parameters
    ----------
    text : str
        The document text.
    start, end : int
        Where the header's line starts and ends.
    following : int
        Where the next header starts.

    Returns
    -------
    bool
    """
    if text[:start].strip():
        return False
    between = [line.strip() for line in text[end:following].splitlines() if line.strip()]
    return len(between) <= _BYLINE_LINES and all(len(line) <= _BYLINE_CHARS for line in between)


def _latest_named_day(cues: list[DateCue], bound: date) -> date | None:
    latest: date | None = None
    for cue in cues:
        resolved = resolve_cue(cue, bound) if cue.kind != "anaphoric" else None
        if resolved and resolved.precision == "day" and resolved.date <= bound:
            latest = resolved.date if latest is None else max(latest, resolved.date)
    return latest


def _post_index(ctx: _DocContext, pos: int) -> int:
    return max(0, bisect_right(ctx.post_starts, pos) - 1)


def _sentence_clauses(ctx: _DocContext, s: int, e: int) -> list[tuple[int, int]]:
    """Return the clauses of the sentence ``ctx.text[s:e]`` (found once per sentence)."""
    found = ctx.clause_cache.get(s)
    if found is None:
        found = ctx.clause_cache[s] = _clauses(ctx.text, s, e)
    return found


# "Army takes town of X, Russian jets strike beyond": aircraft opening a clause of their own
# after a comma, their verb right after them ...
_AIRCRAFT_CLAUSE_RE = re.compile(
    r",\s*(?=(?:the\s+)?(?:[\w'’-]+\s+)?(?:jets|warplanes|war\s?planes|aircraft|helicopters"
    r"|bombers|drones)\s+(?!(?:of|and|or|in|on|at|to|from|near|who|which|that|with|were|was"
    r"|said|say|says|told|reported|flying|flown)\b)[a-z]+\b)",
    re.IGNORECASE,
)
# ... after a clause telling what was taken on the ground, whose places are not the strike's.
_TAKEN_BEFORE_RE = re.compile(
    r"\b(?:takes?|took|taken|captures?|captured|seizes?|seized|retakes?|retook|retaken"
    r"|recaptures?|recaptured|enters?|entered|storms?|stormed)\b",
    re.IGNORECASE,
)


# ", and six more on Saturday near X": a clause counting more of the strikes told before it,
# with no strike word of its own.
MORE_STRIKES_RE = re.compile(
    r"[,;]?\s*(?:and\s+|then\s+)?(?:another\s+)?(?:\d+|two|three|four|five|six|seven|eight"
    r"|nine|ten|a\s+dozen|dozens|several)\s+more\b(?!\s+(?:people|civilians|than)\b)",
    re.IGNORECASE,
)


# A pair of dashes around more of a list ("struck X — and Y — on Tuesday", "— as well as the
# town of Y —") holds an aside of the same clause, not a clause of its own: names and the
# words that join them, no verb ("— and rebels shelled Y —" is a clause).
_LIST_ASIDE_RE = re.compile(
    r"(?:and|or|plus|as\s+well\s+as|along\s+with|together\s+with|including)\s+"
    r"(?:(?:the|nearby|neighbou?ring)\s+)?(?:(?:towns?|villages?|cities|city|neighbou?rhoods?"
    r"|districts?|areas?)\s+of\s+)?"
    r"(?:[A-Z][\w'’-]*|(?:al|el|ad|ar|as|ash|at|az)-[\w'’-]+|of|the|and|[,.])"
    r"(?:[ \t]+(?:[A-Z][\w'’-]*|(?:al|el|ad|ar|as|ash|at|az)-[\w'’-]+|of|the|and)|,){0,12}"
    r"[ \t]+[—–][ \t]"
)


#: Longest cell of a record's row that a semicolon inside it is looked through.
_CELL_CHARS = 60


def _inside_cell(text: str, pos: int) -> bool:
    """Say whether the semicolon at ``pos`` stands inside a cell of a row split by bars.

    "X | 2016-08-02 | Y | Civil Defence; a local office | CONFIRMED | ...": the semicolon
    parts two sources of one cell, not two clauses; the row may be wrapped over lines.
    """
    left = text.rfind("|", max(0, pos - _CELL_CHARS), pos)
    right = text.find("|", pos, pos + _CELL_CHARS)
    if left < 0 or right < 0:
        return False
    return not any(ch in ".!?;" for ch in text[left + 1 : pos] + text[pos + 1 : right])


# "X was hit on Monday; Y and Z on Tuesday.": a clause of names and a day, its verb left out
# (gapped) as the clause before gives it. Names are capitalised words or Arabic articles.
_GAP_WORD = r"(?:[A-Z][\w'’-]*|(?:al|el|ad|ar|as|ash|at|az)-[\w'’-]+)"
_GAP_NAME = rf"(?:the\s+)?{_GAP_WORD}(?:\s+(?:{_GAP_WORD}|al|of|the)){{0,3}}"
_GAPPED_CLAUSE_RE = re.compile(
    rf"\s+{_GAP_NAME}(?:(?:,\s+|,?\s+and\s+){_GAP_NAME}){{0,5}}\s+"
    r"(?:on\s+(?:the\s+)?(?:[A-Z][a-z]+day|\d{1,2}(?:st|nd|rd|th)?\b|[A-Z][a-z]+\.?\s+\d{1,2}\b)"
    r"|a\s+day\s+later|the\s+(?:next|following)\s+day)"
    r"\s*(?=[.;]|$)"
)


# A spaced dash parting the columns of a row: "date — place — school — what happened".
_COLUMN_DASH_RE = re.compile(r"[ \t][—–][ \t]")


#: Fewest dashes parting a row written on a line of its own into columns.
_ROW_DASHES = 3


def _dash_row(text: str, s: int, e: int) -> bool:
    """Say whether the sentence ``text[s:e]`` is a row whose columns dashes set apart.

    A timeline kept like a spreadsheet writes each entry on its own line, its columns parted
    by spaced dashes: "1 Oct 2016 — X, Idlib — a primary school — air strike by regime
    warplanes hit the east wing — 3 pupils killed — local activists". Its dashes are no
    breaks between clauses or asides: the place and the strike are read together. A sentence
    sharing its line with another keeps its dashes as breaks.
    """
    if (s > 0 and text[s - 1] != "\n") or text[e : e + 1] not in ("\n", ""):
        return False
    return len(_COLUMN_DASH_RE.findall(text, s, e)) >= _ROW_DASHES


def _clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    bounds = [s]
    in_aside = False
    row = _dash_row(text, s, e)
    for m in _CLAUSE_BREAK_RE.finditer(text, s, e):
        if row and m.group().strip() in ("—", "–"):
            continue
        if m.group() == ";" and _inside_cell(text, m.start()):
            continue
        if m.group() == ";" and _GAPPED_CLAUSE_RE.match(text, m.end(), e):
            continue
        if m.group().strip() in ("—", "–"):
            if in_aside:
                in_aside = False
                continue
            if _LIST_ASIDE_RE.match(text, m.end()):
                in_aside = True
                continue
        else:
            in_aside = False
        bounds.append(m.start())
    if "," in text[s:e]:
        for m in _AIRCRAFT_CLAUSE_RE.finditer(text, s, e):
            if _TAKEN_BEFORE_RE.search(text, s, m.start()):
                bounds.append(m.start())
        bounds = sorted(set(bounds))
    bounds.append(e)
    return list(zip(bounds[:-1], bounds[1:], strict=True))


def _sentence_at(ctx: _DocContext, start: int) -> int:
    return bisect_left(ctx.sentence_starts, start)


def _paragraph_index(ctx: _DocContext, pos: int) -> int:
    return bisect_right(ctx.paragraphs, pos) - 1


def _scope_key(ctx: _DocContext, pos: int) -> tuple[str, int]:
    if ctx.live_blog:
        return ("post", _post_index(ctx, pos))
    return ("paragraph", _paragraph_index(ctx, pos))


_LOOK_BACK = 40


def _opens_wrapped_line(ctx: _DocContext, pos: int) -> bool:
    """Say whether a sentence opens a line that goes on a hard-wrapped paragraph.

    In copy broken at a fixed width a line may end right at a sentence's stop: "X say ...
    on Y yesterday." closing one line, then "The first strike hit Z" opening the next, is
    one paragraph, and the sentence goes on in the voice and aircraft of the one before.
    """
    if not ctx.blocks or ctx.live_blog or pos == 0 or ctx.text[pos - 1] != "\n":
        return False
    i = bisect_right(ctx.blocks, pos) - 1
    return ctx.blocks[i] != pos


# "[09:30] #X | Warplanes are targeting X": a channel's item opened by its clock time in
# brackets.
_STAMPED_ITEM_RE = re.compile(r"[ \t]*\[\d{1,2}[:.]\d{2}\][ \t]")


def _carried(
    ctx: _DocContext, index: int, value_of: Callable[[_DocContext, int], str | None]
) -> str | None:
    """Return the value of the nearest earlier sentence of the paragraph or post that has one.

    An entry of field lines ("Location: X") is a unit of its own: what an entry above it,
    past a blank line, said does not carry into it, even within one dated post. So is an
    item opened by its clock time in brackets ("[07:30] Forwarded from X: ..."): what an item
    above it said does not carry into the next ("[09:30] Warplanes are targeting Y").
    """
    text = ctx.text
    s = ctx.sentences[index][0]
    scope = _scope_key(ctx, s)
    line = text.rfind("\n", 0, s) + 1
    entry = field_name(text, line) is not None
    stamped = text[line : line + 1] in " \t[" and _STAMPED_ITEM_RE.match(text, line) is not None
    for j in range(index - 1, max(-1, index - 1 - _LOOK_BACK), -1):
        if _scope_key(ctx, ctx.sentences[j][0]) != scope:
            if not _opens_wrapped_line(ctx, ctx.sentences[j + 1][0]):
                break
            scope = _scope_key(ctx, ctx.sentences[j][0])
        if entry and "\n\n" in text[ctx.sentences[j][1] : ctx.sentences[j + 1][0]]:
            break
        if stamped and "\n" in text[ctx.sentences[j][1] : ctx.sentences[j + 1][0]]:
            break
        value = value_of(ctx, j)
        if value:
            return value
    return None
