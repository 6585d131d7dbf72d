"""Voices and claimants: who speaks in a sentence, a paragraph, a document."""

from __future__ import annotations

import re
from bisect import bisect_right

from geo.extract.context import (
    _cached_spans,
    _carried,
    _DocContext,
    _find_cached,
    _paragraph_index,
    _Span,
)
from geo.extract.lexicon import SYMBOL_BULLET, alternation, labelled_pattern, load, quick_opening
from geo.extract.sentences import split_sentences
from geo.extract.tables import is_date_field

# Case-sensitive on purpose (much faster than IGNORECASE on this many
# alternatives): words that may open a sentence are written "[Aa]ctivists".
_CLAIMANT_RE = labelled_pattern("claimants")
# "civil defence teams from X came to help": a group at work, not one reporting.
_AT_WORK_AFTER_RE = re.compile(
    # Not past a verb of saying: "the ministry announced its jets had carried out 18 sorties".
    r"(?:\s+(?!(?:said|says|say|reported|reports|told|announced|announces|claimed|claims"
    r"|insisted|insists|stated|states|added|adds|confirmed|confirms|maintained|maintains"
    r"|stressed|asserted|denied|denies|wrote|writes)\b)[\w'’-]+){0,4}?\s+"
    rf"{alternation(load('claimants')['rescue_verbs'])}\b"
)


# "rather than the Islamic State the Kremlin said it had come to fight": a speaker telling what
# its campaign came to fight, in a clause on the group named before it, is no voice of the
# strike the sentence tells.
_STATED_AIM_AFTER_RE = re.compile(
    r"\s+(?:had\s+|has\s+)?(?:said|says|claimed|claims)\s+(?:it|they)\s+"
    r"(?:had\s+|has\s+|have\s+|was\s+|were\s+|is\s+|are\s+)?"
    r"(?:come|came|intervened|gone|went)\s+(?:in\s+)?to\s+"
    rf"{alternation(load('claimants')['stated_aims'])}\b"
)


# "Civil Defence volunteers in X pulled five bodies from a house ..., the group said": the
# group at work tells its own work.
_GROUP_SAID_AFTER_RE = re.compile(r",\s+the\s+group\s+(?:said|says|reported)\b")


# "struck a Civil Defence centre", "damaging the local council's offices": the group's
# premises hit, not the group speaking (unless a verb of saying follows).
_PREMISES_AFTER_RE = re.compile(
    rf"(?:['’]s?)?\s+(?:main\s+|local\s+|regional\s+)?{alternation(load('claimants')['premises'])}\b"
)
# "a volunteer at the Civil Defence centre in the area told ...": people there speak.
_PREMISES_SPEAK_RE = re.compile(r"\b(?:said|says|told|tells|reported|reports|confirmed|stated)\b")
# "according to the local civil defence centre": the body there is cited as the source.
_PREMISES_CITED_BEFORE_RE = re.compile(
    r"\b(?:according\s+to|citing|cited\s+by|said\s+by)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)
# "a hospital supported by X in Y was destroyed", "a clinic run by X": the body that funds
# or runs the struck facility, named as what it owns, is no voice unless it speaks after.
_SUPPORTER_BEFORE_RE = re.compile(
    r"\b(?:supported|run|funded|backed|operated|sponsored)\s+by\s+(?:the\s+)?$"
)
# "What X calls an air strike was ...": a body whose words a speaker disputes, naming them at
# the head of his sentence, is no voice of the strikes told after ("jets hit what X described
# as a depot" is X's claim).
# A record's speaker label may open the sentence ("Mr. X (Y): What Z calls ...").
_WHAT_OPENING_RE = re.compile(r"(?:[^\n:]{0,120}:[ \t]+)?[\s\"“'‘]*What\s+")
_CALLS_AFTER_RE = re.compile(r"\s+(?:calls|called|terms|termed|dubs|dubbed|describes|described)\b")
# "warplanes, which activists believe to be Russian": a clause on whose the aircraft were.
_AIRCRAFT_WHICH_BEFORE_RE = re.compile(
    r"\b(?:jets|warplanes|planes|aircraft|helicopters),?\s+(?:which|that)\s+$", re.IGNORECASE
)
_BELIEVE_TO_BE_AFTER_RE = re.compile(
    r"\s+(?:believed?|say|said|think|thought|suspect(?:ed)?)\s+(?:to\s+(?:be|have\s+been)"
    r"|(?:were|was)\b)"
)


def _believes_aircraft(text: str, c: _Span, e: int) -> bool:
    """Whether the voice ``c`` only says whose the aircraft were, in a clause on them.

    "Warplanes, which activists believe to be X, struck Y": the clause names the
    aircraft's side as some believe it; the report's own voice tells the strike.
    """
    return (
        _AIRCRAFT_WHICH_BEFORE_RE.search(text, max(0, c.start - 20), c.start) is not None
        and _BELIEVE_TO_BE_AFTER_RE.match(text, c.end, min(e, c.end + 30)) is not None
    )


# "..., the charity said": the supporter named before speaks for itself after all.
_BODY_SPEAKS_RE = re.compile(
    r"\bthe\s+(?:medical\s+|aid\s+)?(?:charity|group|organi[sz]ation|agency)\s+"
    r"(?:said|says|reported|told)\b"
)
_REPORTS_BY_BEFORE_RE = re.compile(
    r"\b(?:reports?|claims?|allegations?|accounts?)\s+(?:by|from|on|in)\s+(?:the\s+)?"
    # "reports by 'so-called human rights groups'": the quotes a denial puts round them.
    r"(?:[\"“‘']?[\w'’-]+\s+){0,2}[\"“‘']?$",
    re.IGNORECASE,
)
# "a strike reported by at least two sources, among them the Civil Defence, ...": the
# sources a report counts its strikes from, listed, are not the claimant of one strike.
_SOURCES_LISTED_BEFORE_RE = re.compile(
    r"\bsources\b[^.;:]{0,40}?,?\s+(?:among\s+them|including|such\s+as)\s+"
    # Any name of the list: "among them the Civil Defence, local councils and the X Centre".
    r"[^.;:]{0,80}$",
    re.IGNORECASE,
)
# "In a statement the Observatory received a copy of, the X Brigade said", "a statement sent
# to the Observatory": the body a statement reached is not the one that speaks in it.
_RECEIVER_AFTER_RE = re.compile(
    r"(?:\s+(?:for|of|[A-Z][\w'’-]*)){0,4}\s+(?:has\s+|had\s+)?(?:received|obtained)\b"
)
_SENT_TO_BEFORE_RE = re.compile(r"\b(?:sent|emailed|addressed|given)\s+to\s+(?:the\s+)?$")
# The rest of a speaker's capitalised name, then the comma opening an apposition.
_APPOSED_KIND_RE = re.compile(r"(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’-]*){0,4},\s+")
_INDEFINITE_RE = re.compile(r"[Aa]n?\s")
# A cue ending in its verb of saying ("the coalition said"): what follows is what it says
# ("... it had carried out 11 strikes"), not rescuers at work.
# "killing two children and three residents": a count of victims right before the cue, a
# casualty word earlier in its clause.
_CASUALTIES_BEFORE_RE = re.compile(
    r"\b(?:killing|wounding|injuring|killed|wounded|injured)\s+[^.;:,\n]{0,60}?"
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens\s+of)\s+$",
    re.IGNORECASE,
)
# People a toll may count, each a voice elsewhere ("residents said"); a group's fighters
# killed ("killed 11 fighters of a brigade, the brigade said") name the group that speaks.
_COUNTED_PEOPLE_RE = re.compile(
    r"(?:residents?|locals?|villagers?|people|activists?|witnesses|medics?|doctors?|nurses?"
    r"|paramedics?|volunteers?|rescuers?)",
    re.IGNORECASE,
)
# "4 fighters of the X Military Council killed when jets targeted their positions", "two
# members of the Y Brigade were wounded": a group whose fighters a toll counts is what was
# hit, not a voice (unless a verb of saying follows it).
_COUNTED_MEMBERS_BEFORE_RE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens\s+of)\s+"
    r"(?:fighters|members|militants|combatants|gunmen)\s+(?:of|from)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){0,3}$",
    re.IGNORECASE,
)
_COUNTED_HARMED_AFTER_RE = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?"
    r"(?:killed|wounded|injured)\b"
)
# "..., three residents told the agency": the counted people speak after all.
_SAYS_AFTER_RE = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:said|says|say|told|reported)\b", re.IGNORECASE
)
# "The Observatory notes that the ministry announced that its jets hit X": a voice that
# only relays another's announcement; the claim of the strike is the announcer's.
_RELAYS_BEFORE_RE = re.compile(
    r"\b(?:notes|noted|points\s+out|pointed\s+out|recalls|recalled)\s+that\s+(?:the\s+)?$"
)
# "the statement issued yesterday by the Russian Ministry of Defence, in which it claimed that
# its aircraft had destroyed ...": the body whose statement a relative clause opens on claims
# the strike, not the voice that read or answers the statement.
_IN_WHICH_CLAIMS_AFTER_RE = re.compile(
    r"(?:['’]s)?(?:\s+[\w'’-]+){0,3}?,?\s+in\s+which\s+(?:it|they|he|she)\s+(?:also\s+)?"
    r"(?:claimed|claims|said|says|announced|stated|alleged|asserted)\b"
)
_ANNOUNCES_AFTER_RE = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:announced|claimed|said|says|stated)\s+(?:on\s+\w+\s+)?that\b"
)
_SPEAKS_AT_END_RE = re.compile(
    r"\b(?:said|says|say|reported|claimed|announced|statement|statements|shows?|showed|lists?"
    r"|listed)$",
    re.IGNORECASE,
)


# A header or byline naming the author: "Syrian Observatory for Human Rights - 12 January 2016",
# "Briefing by the official representative of the Russian Ministry of Defence".
_BYLINE_OPENING_RE = re.compile(
    r"^(?:(?:[Bb]riefing|[Ss]tatement|[Bb]ulletin|[Rr]eport|[Pp]ress\s+[Rr]elease|[Rr]elease"
    r"|[Cc]ommuniqu\w+|[Dd]aily\s+[Rr]eport)\s+(?:by|of|from)\b)"
)
_TITLED_HEADER_CHARS = 200
# "X Parliament resolution of 24 May 2016 on Y": a house's or council's adopted text, whose
# recitals ("whereas on 3 May ...") the body itself states.
_RESOLUTION_TITLE_RE = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){1,3}(?:Parliament|Assembly|Council)(?:['’]s)?\s+[Rr]esolution\b"
)
# "Syria travel advice: Safety and security", "Home > Foreign travel advice > Syria": a
# government's travel advice page, named at the start of its title or of a header line.
_ADVISORY_PAGE_RE = re.compile(
    r"(?:^|>[ \t]*)(?:[A-Z][\w'’-]*[ \t]+){0,2}?"
    rf"(?:{alternation(load('claimants')['advisory_pages'])})\b(?![ \t]+(?:for|to|on)\b)",
    re.MULTILINE,
)
# "Official account of the British Embassy to Syria": a social media account's profile line
# names the body whose account the page is.
_PROFILE_OF_RE = re.compile(rf"\b(?:{alternation(load('claimants')['profile_openings'])})\s")
# "X General Command: Statement to the public opinion on ...": the body named before the colon
# of a statement's title issues it.
_NAMED_STATEMENT_TITLE_RE = re.compile(
    r"^(?P<who>[^:\n]{2,60}):\s+(?:[Ss]tatement|[Bb]ulletin|[Cc]ommuniqu\w+|[Pp]ress\s+[Rr]elease)\b"
)
# "Local Coordination Committees of Syria - Monday": the country the body is named for may
# end its name.
_BYLINE_AFTER_RE = re.compile(
    # "Ministry of Defence of the Russian Federation": the state a body belongs to may close
    # its name (a federation, republic or kingdom, or a country's one word ending the line).
    r"^(?:\s+(?:of|in)\s+(?:Syria\b|(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}"
    r"(?:Federation|Republic|Kingdom)(?:\s+of\s+(?:the\s+)?[A-Z][a-z]+)?\b|[A-Z][a-z]+\s*$))?"
    r"[^\w]*(?:[-–—|:,(]|\d|$)"
    # "X Press Briefing by ...", "X News Release": the body, then the kind of copy it issues.
    r"|^\s+(?:[Pp]ress\s+|[Nn]ews\s+)?(?:[Bb]riefing|[Ss]tatement|[Rr]elease)\b"
)
# "Y Diplomatie - Ministry of X": a site's short name, then after its dash the body it is.
_MASTHEAD_HEAD_RE = re.compile(r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,2}\s+[-–—|]\s+")
# A dateline: "Provinces, SANA - ", "BEIRUT (Reuters) - ", "SOUTHWEST ASIA - ".
# "HAMA, SYRIA (5:15 P.M.) – ": a clock time in brackets; "By News Desk - " is a byline.
_DATELINE_RE = re.compile(r"^(?!By\s)[A-Z][\w .,'’()/:-]{0,50}?\s[-–—]\s", re.MULTILINE)
_RELEASE_ENDING_RE = re.compile(
    r"(?:officials|spokes\w+)?\s*(?:reported|said|announced|stated"
    # "..., a military source told our correspondent.": the outlet's source for its report.
    r"|told\s+(?:our|the\s+site['’]s)\s+(?:[\w-]+\s+)?(?:correspondent|reporter))\.?\s*$",
    re.IGNORECASE,
)
# A speaker's turn in a transcript: "Konashenkov: Good afternoon.", "Question (Interfax): ...".
_SPEAKER_TURN_RE = re.compile(
    r"^(?P<label>[A-Z][\w.'’ -]{0,40}?)(?:\s*\([^)\n]{0,40}\))?:[ \t]+\S", re.MULTILINE
)
# "QUESTION: ..." in a briefing transcript's capitals is a question's turn as "Question:" is.
_QUESTION_LABEL_RE = re.compile(
    r"^(?:Question|QUESTION|Q|Journalist|JOURNALIST|Reporter|Correspondent|Host)\b"
)
# A transcript's speaker named in capitals with a role and maybe a place, after an optional
# time code: "[11:14:02] JANE X, HOST:", "DR. X Y, SURGEON, EAST Z:".
_CAPS_SPEAKER_RE = re.compile(
    r"^(?:\[[\d:]{5,8}\]\s*)?(?P<name>(?:DR\.\s+)?[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,3}),"
    r"[ \t]+(?P<role>[A-Z][A-Z'’ -]{1,40}?)(?:,[ \t]+[A-Z][A-Z'’ -]{1,30}?)?"
    r"(?:[ \t]*\([^)\n]{0,40}\))?:[ \t]+\S",
    re.MULTILINE,
)
# A later turn under the speaker's surname alone: "[11:16:40]\nY: Yes."
_CAPS_SURNAME_TURN_RE = re.compile(
    r"^(?:\[[\d:]{5,8}\]\s*)?(?P<name>[A-Z][A-Z'’-]+):[ \t]+\S", re.MULTILINE
)
_SPEAKER_ROLES = {
    role: voice for voice, roles in load("claimants")["speaker_roles"].items() for role in roles
}
# A transcript's speaker labelled by his role alone, in capitals: "NURSE:", "RESCUE WORKER:".
_CAPS_ROLE_TURN_RE = re.compile(
    r"^(?:\[[\d:]{5,8}\]\s*)?(?P<role>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,2}):[ \t]+\S",
    re.MULTILINE,
)
# A transcript's speaker named in capitals with no role after a comma, maybe his role in
# brackets: "JANE X (presenter):", "AMMAR Y:".
_CAPS_NAME_TURN_RE = re.compile(
    r"^(?:\[[\d:]{5,8}\]\s*)?(?P<name>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){1,3})"
    r"(?:[ \t]*\((?P<role>[A-Za-z][A-Za-z ]{1,30})\))?:[ \t]+\S",
    re.MULTILINE,
)
#: How far before his first turn a speaker's introduction with his title is looked for.
_TITLE_INTRODUCED_CHARS = 1500
# A speaker's turn in an official record, his delegation or office in brackets after his
# name, or his office before his name in them: "Mr. X (Y) (spoke in Z):", "The Minister (X):".
_RECORD_TURN_RE = re.compile(
    r"(?P<label>[A-Z][\w.'’ -]{0,60}?)(?P<notes>(?:[ \t]*\([^()\n]{1,90}\)){1,3}):"
    # The label may stand on its own line above the answer, as in a written answer.
    r"(?:[ \t]+\S|[ \t]*(?:\n|$))"
)
_RECORD_NOTE_RE = re.compile(r"\(([^()\n]+)\)")
# A meetings-coverage summary's speaker at the head of his paragraph, his delegation in
# brackets, then his verb of saying: "VITALY X (Russian Federation) said that ...".
_COVERAGE_TURN_RE = re.compile(
    r"(?P<label>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3})"
    r"(?P<notes>[ \t]*\([^()\n]{1,60}\))[ \t]+(?:also[ \t]+)?"
    r"(?:said|says|stressed|noted|added|recalled|told|stated|declared|warned|urged)\b"
)
# A meetings-coverage summary's speaker named by his delegation at the head of his paragraph,
# an aside allowed before his verb: "The representative of the Russian Federation rejected
# that account", "The representative of Syria, taking the floor a second time, said".
_COVERAGE_DELEGATE_RE = re.compile(
    r"The[ \t]+(?:representative|delegate)[ \t]+of[ \t]+"
    r"(?P<who>(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’-]*){0,6})"
    r"(?:,[^,\n]{1,80},)?[ \t]+(?:also[ \t]+)?"
    r"(?:said|says|stressed|noted|added|recalled|told|stated|declared|warned|urged|rejected"
    r"|accused|denied|asked|called|cited|condemned|questioned|insisted|maintained)\b"
)
# A delegation's own voice before a government's: "Russian Federation" is no "Federation".
_RECORD_SPEAKERS = sorted(
    (
        (voice, re.compile(rf"\b(?:{alternation(alts)})\b"))
        for voice, alts in load("claimants")["record_speakers"].items()
    ),
    key=lambda item: item[0] == "governments",
)

# Written capital first, its word start checked behind it ("\b[Ww]e\b" as the same
# matches): the engine then skips ahead to each "W" or "w" of a text read whole.
_FIRST_PERSON_RE = re.compile(r"[Ww](?<!\w[Ww])e\b")
# A think tank's "ISW assesses that ...": its own name in the first person's place.
_SELF_ASSESS_RE = re.compile(r"\b[A-Z]{2,6}\s+assess(?:es|ed)\b")
# A quote runs to the next quote mark, so that unclosed quotes cost one pass.
_QUOTED_RE = re.compile(r"[\"“][^\"“”\n]*+[\"”]")
#: Voices that can author a report of their own (a bulletin, a report on attacks).
# The head words of a research body's name ("Institute", "Center"), as think tanks are named.
_RESEARCH_BODY_RE = re.compile(rf"\b(?:{alternation(load('claimants')['research_bodies'])})\b")
# "a monitor's", "a monitoring group's": a source line naming the kind of body, not which.
_KIND_ONLY_MONITOR_RE = re.compile(
    r"\b(?:an?|the)\s+(?:war\s+)?monitor(?:ing\s+group)?(?:['’]s)?\b", re.IGNORECASE
)
_AUTHOR_VOICES = frozenset(("phr", "rights_groups", "sohr", "lcc", "civil_defence", "analysts"))
_HEADER_LINES = 6
# "an activist's personal blog post": a person's own writing, whatever the person is.
# "an activist blog": the writer named before the writing, without the possessive.
_OWN_WRITING_AFTER_RE = re.compile(
    rf"(?:['’]s)?\s+(?:own\s+)?(?:{alternation(load('claimants')['own_writing'])})\b",
    re.IGNORECASE,
)

# "a blog by a Syrian activist living abroad": the writing named first, then its writer.
_OWN_WRITING_BY_RE = re.compile(
    rf"\b(?:{alternation(load('claimants')['own_writing'])})\s+(?:written\s+)?by\s+"
    r"(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


# "UNIFIED MEDICAL OFFICE - X": a besieged town's joint body may call itself unified.
_NAME_OPENINGS = frozenset(("", "the", "syria", "syrian", "the syrian", "unified", "the unified"))

# "Republic of X Ministry of Foreign Affairs", "X Federation Ministry of Defence": a
# state's formal name opening a masthead names the state whose body it is.
_STATE_OPENING_RE = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:Republic|Kingdom|State|Federation)\s+of\s+(?:the\s+)?"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z][a-z]+\s+(?:Federation|Republic))"
)


def _cue_voice(text: str, s: int, e: int, anchored: bool = False) -> str | None:
    """Return the claimant named in ``text[s:e]`` (at its start when ``anchored``)."""
    for m in _CLAIMANT_RE.finditer(text, s, e):
        # "Syria Civil Defence | Aleppo Directorate": the country a body works in may open its
        # name, as it may close it ("Local Coordination Committees of Syria").
        opening = text[s : m.start()].strip(" -–—,.:(")
        if (
            anchored
            and opening.lower() not in _NAME_OPENINGS
            and not _STATE_OPENING_RE.fullmatch(opening)
        ):
            return None
        return m.lastgroup
    return None


# "a local news channel's posts", "an opposition news channel's messaging posts": a channel of
# the place's own activists, its posts in the source line.
_LOCAL_CHANNEL_SOURCE_RE = re.compile(
    r"\b(?:local|opposition|activist)\s+(?:[\w-]+\s+){0,2}?channel['’]s\s+(?:[\w-]+\s+){0,2}?"
    r"posts\b",
    re.IGNORECASE,
)


def _advisory_page(ctx: _DocContext) -> bool:
    """Say whether the report is a government's travel advice page, by its title or header.

    "Syria travel advice: Safety and security", "Home > Foreign travel advice > Syria":
    named so at the start of the title or of one of the first lines.
    """
    if _ADVISORY_PAGE_RE.match(ctx.doc.title or ""):
        return True
    return any(_ADVISORY_PAGE_RE.search(ctx.text, a, b) for a, b in _header_lines(ctx.text))


def _profile_voice(text: str, lines: list[tuple[int, int]]) -> str | None:
    """Return the voice of the body a social media profile line names as the page's owner.

    "Official account of the British Embassy to Syria, operating from Beirut": the page of
    posts speaks as the embassy's government. None when no header line is such a line, or
    the one it names is no claimant.
    """
    for a, b in lines:
        m = _PROFILE_OF_RE.search(text, a, b)
        if m is not None:
            return _cue_voice(text, m.end(), b)
    return None


def _header_lines(text: str) -> list[tuple[int, int]]:
    """Return the spans of a report's first lines that hold text, its header."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[:3000])]
    return [(a, b) for a, b in lines if text[a:b].strip()][:_HEADER_LINES]


# "Syria Civil Defence @SyriaCivilDef · 20 Oct 2016": a social media post's header line, the
# account's display name, its handle, then the dot before the post's time stamp.
_POST_ACCOUNT_RE = re.compile(
    r"^[ \t>]*(?P<name>[^\s@·][^\n@·]{0,60}?)[ \t]+(?:✓[ \t]+)?@\w{1,30}[ \t]+·[ \t]*\S",
    re.MULTILINE,
)


# "[Eastern Voice network, opposition news channel, 16/11 21:55]": a digest's entry header,
# the channel a translated post comes from, its kind on first mention and the post's stamp.
_ENTRY_HEAD_RE = re.compile(r"^\[(?P<head>[^\]\n]{3,160})\]", re.MULTILINE)
_ENTRY_STAMP_RE = re.compile(r",[ \t]*\d{1,2}[/.:]\d{1,2}\b")
_CHANNEL_KIND_RE = re.compile(
    r"\b(?:"
    + "|".join(
        rf"(?P<{voice}>{alternation(kinds)})"
        for voice, kinds in load("claimants")["channel_kinds"].items()
    )
    + r")[ \t]+(?:[\w-]+[ \t]+){0,2}?channel\b",
    re.IGNORECASE,
)


def _entry_channel_changes(text: str, author: str | None) -> list[tuple[int, str | None]]:
    """Give each digest entry headed by its channel the voice of the channel's kind.

    "[X network, opposition news channel, 16/11 21:55]" then "[X network, 17/11 08:10]": the
    kind named once stays the channel's in its later entries; an entry of a channel of no
    known kind speaks with the page's own voice. None of this when no entry header names a
    channel's kind.
    """
    if "channel" not in text:
        return []
    known: dict[str, str] = {}
    heads: list[tuple[int, str]] = []
    for m in _ENTRY_HEAD_RE.finditer(text):
        head = m["head"]
        if not _ENTRY_STAMP_RE.search(head):
            continue
        name = head.split(",", 1)[0].strip().lower()
        kind = _CHANNEL_KIND_RE.search(head)
        if kind is not None and kind.lastgroup is not None:
            known.setdefault(name, kind.lastgroup)
        heads.append((m.start(), name))
    if not known:
        return []
    return [(pos, known.get(name, author)) for pos, name in heads]


def _document_voices(ctx: _DocContext) -> list[tuple[int, str | None]]:
    """Say who speaks when a sentence cites no one, each post under its account's name.

    The voices of :func:`_page_voices`; where a page of social media posts heads each post
    with its account ("Russian Embassy in Syria @RusEmbSyria · 20 Oct 2016"), the post speaks
    as the body the account's name names, and a post of an account naming no body speaks
    with the page's own voice. A digest's entries headed by their channel speak as the
    channel's kind (see :func:`_entry_channel_changes`).
    """
    changes = _page_voices(ctx)
    author = changes[0][1] if changes and changes[0][0] == 0 else None
    entries = _entry_channel_changes(ctx.text, author)
    if entries:
        changes = sorted([*changes, *entries], key=lambda c: c[0])
    if "@" not in ctx.text:
        return changes
    heads = list(_POST_ACCOUNT_RE.finditer(ctx.text))
    if not heads:
        return changes
    posts = [(m.start(), _cue_voice(m["name"], 0, len(m["name"])) or author) for m in heads]
    return sorted([*changes, *posts], key=lambda c: c[0])


def _page_voices(ctx: _DocContext) -> list[tuple[int, str | None]]:
    """Say who speaks when a sentence cites no one: the document's author, then each speaker.

    The author comes from the source metadata ("SANA", "Physicians for Human
    Rights"), a byline or header line ("Syrian Observatory for Human Rights -
    12 January 2016"), the dateline ("Provinces, SANA -"; a news agency's
    "BEIRUT (Reuters) -" is the reporter's own voice), a release whose first
    sentence ends "... officials reported", or an organisation that writes
    "we" and is the only one named in the opening paragraphs. In a transcript
    each speaker's turn ("Konashenkov:") sets the voice until the next one; a
    question's turn has none. A live blog has no single author.
    """
    if _advisory_page(ctx):
        # A government's travel advice page, its updates dated as a live page's posts are,
        # tells what it tells as that government.
        return [(0, "governments")]
    if ctx.live_blog and not _dated_entries(ctx):
        outlet = _outlet_header_voice(ctx)
        if outlet is None and ctx.doc.source:
            # An activist network's posts, each headed by its tags and day: the source line
            # says whose the page is, and every post that cites no one is theirs.
            outlet = _source_voice(ctx.doc.source)
            outlet = None if outlet == "media" else outlet
            if outlet is None and _LOCAL_CHANNEL_SOURCE_RE.search(ctx.doc.source):
                # A local or opposition news channel's own posts are its activists' reports.
                outlet = "activists"
        if outlet is None and len(ctx.posts) > 1:
            # A rescuers' statement whose items stand under day headings: the body its
            # masthead names above the first heading writes every item that cites no one.
            top = [
                (m.start(), m.end())
                for m in re.finditer(r"[^\n]+", ctx.text[: ctx.posts[1].start])
                if m.group().strip()
            ][:_HEADER_LINES]
            outlet = _byline_voice(ctx.text, top, True) or _own_office_author(ctx)
        if outlet is None:
            posts = _dateline_post_voices(ctx)
            # A transcript stamped by the minute reads as posts: its speakers named in
            # capitals with their roles still speak in their own turns.
            turns = _caps_speaker_changes(ctx, None)
            return sorted([*posts, *turns], key=lambda c: c[0]) if turns else posts
        return [(0, outlet)]
    text = ctx.text
    author: str | None = None
    if ctx.doc.source:
        author = _source_voice(ctx.doc.source)
    title = ctx.doc.title or ""
    opening = _BYLINE_OPENING_RE.match(title)
    if author is None and opening and len(title) <= _TITLED_HEADER_CHARS:
        # "Statement by the United Kingdom at the Security Council": the title says whose it is.
        author = _cue_voice(title, opening.end(), len(title))
    named = _NAMED_STATEMENT_TITLE_RE.match(title)
    if author is None and named and len(title) <= _TITLED_HEADER_CHARS:
        author = _cue_voice(title, 0, named.end("who"))
    if author is None and _RESOLUTION_TITLE_RE.match(title):
        author = "governments"
    if author in (None, "activists") and opening and _armed_title(title[opening.end() :]):
        # "Statement of the X Operations Room on Y": the armed group the title names issues
        # the statement, whoever's site carries it.
        author = "rebels"
    lines = _header_lines(text)
    # "an activists' digest" in the source line, "Local Coordination Committees - Monday" in
    # the byline: the body of activists the byline names is the finer voice. So is the body a
    # masthead names under a source line that gives only a monitor's kind ("a monitor's monthly
    # figures" over "X Network for Human Rights | Monthly Report").
    generic = author == "activists" or (
        author == "sohr" and _KIND_ONLY_MONITOR_RE.search(ctx.doc.source or "") is not None
    )
    if author is None or generic:
        author = _byline_voice(text, lines, generic) or author
    media = False
    for m in _DATELINE_RE.finditer(text, 0, lines[-1][1] + 400 if lines else 0):
        voice = _cue_voice(text, m.start(), m.end())
        if voice == "media":
            media = True
        elif voice is not None and author is None:
            author = voice
        elif voice is None and author is None:
            end = text.find("\n", m.end())
            first = text[m.end() : end if end >= 0 else len(text)]
            spans = split_sentences(first)
            first = first[spans[0][0] : spans[0][1]] if spans else first
            tail = _RELEASE_ENDING_RE.search(first)
            if tail is not None:
                found = _cue_voice(first, max(0, tail.start() - 80), len(first))
                if found not in (None, "media", "activists", "rebels"):
                    author = found
        break
    if author == "media" or media:
        author = None
    if author is None:
        author = _profile_voice(text, lines)
    if author is None:
        author = _first_person_author(ctx)
    if author is None:
        author = _documenting_author(ctx)
    if author is None:
        author = _own_office_author(ctx)
    changes: list[tuple[int, str | None]] = [(0, author)]
    interviewee: list[str | None] = []
    asked = False
    first_turn: int | None = None
    speakers: dict[str, str | None] = {}
    on_record = False
    for pos in ctx.paragraphs:
        role_turn = _caps_speaker_turn(text, pos, speakers, author)
        if role_turn is not None:
            # "DR. X Y, SURGEON, Z: ..." then "Y: ...": the role the transcript gave the
            # speaker is his voice in every turn of his.
            changes.append((pos, role_turn[0]))
            continue
        record = _record_turn_voice(text, pos) if text[pos : pos + 1].isupper() else None
        if record is not None and record[0] is not None:
            changes.append((pos, record[0]))
            on_record, asked = True, False
            continue
        if record is not None and on_record:
            # A member's turn after an office's: the record's own voice again.
            changes.append((pos, author))
            asked = False
            continue
        turn = _SPEAKER_TURN_RE.match(text, pos) if text[pos : pos + 1].isupper() else None
        if turn is None:
            if asked and text[pos : pos + 1].strip():
                # "Q: What happened?" then an unlabelled paragraph: the interviewee's answer.
                asked = False
                if not interviewee:
                    interviewee.append(_introduced_voice(text, pos))
                if interviewee[0] is not None and interviewee[0] != "media":
                    changes.append((pos, interviewee[0]))
            continue
        answering, asked = asked, False
        label = turn["label"]
        voice = _cue_voice(label, 0, len(label))
        if first_turn is None:
            first_turn = turn.start()
        if voice is None and answering and _introduced_speaker(text, label, first_turn):
            # "Q: ..." then "X Y: ..." where the introduction presented X Y: the one
            # organisation it names speaks through every answer of X Y.
            voice = _introduced_voice(text, first_turn)
        elif voice is None and _ANSWER_LABEL_RE.fullmatch(label):
            # "A: ..." in an interview: the organisation the introduction presents speaks.
            if not interviewee:
                interviewee.append(_introduced_voice(text, turn.start()))
            voice = interviewee[0]
        if voice is not None and voice != "media":
            changes.append((turn.start(), voice))
        elif _QUESTION_LABEL_RE.match(label):
            # "QUESTION: ..." in a briefing's capitals ends the spokesperson's turn and goes
            # back to the document's own voice, as it stood before turns were read.
            changes.append((turn.start(), author if len(label) > 1 and label.isupper() else None))
            asked = True
        elif answering:
            # "QUESTION: ..." then "MR. X: ...": the answer, its speaker named by no voice,
            # is the document's own voice again.
            changes.append((turn.start(), author))
    answer = _written_answer_start(text)
    if answer is not None:
        # The minister's answer cites no one: it is the government's word.
        changes = sorted([*changes, (answer, "governments")], key=lambda c: c[0])
    return _kept_list_changes(ctx, changes)


# "What follows is the list the town's media office keeps, checked against ...": whose list
# the paragraph of items after it is.
_KEPT_LIST_RE = re.compile(
    r"\bthe\s+(?:list|record|register|log|tally|chronology)\s+(?:that\s+|which\s+)?"
    r"(?P<who>[^.;:\n]{3,80}?)\s+(?:keeps|kept|has\s+kept|compiled|has\s+compiled|maintains)\b"
)
# A line of a list: a bullet or a dash, then a space.
_LIST_LINE_RE = re.compile(r"[ \t]*[•*·▪◦–—-][ \t]")


#: How many lines a list may hold.
_LIST_MAX_LINES = 60


def _list_lines_after(text: str, pos: int) -> tuple[int | None, int | None]:
    """Return where the list lines after the line holding ``pos`` start and end.

    Blank lines may come before the first; the list ends at the first line that is neither
    blank nor a list line (None at the text's end). (None, None) when no list line follows.
    """
    nl = text.find("\n", pos)
    if nl < 0:
        return None, None
    start: int | None = None
    line = nl + 1
    for _ in range(_LIST_MAX_LINES):
        if line >= len(text):
            return start, None
        stop = text.find("\n", line)
        stop = len(text) if stop < 0 else stop
        blank = not text[line:stop].strip()
        if _LIST_LINE_RE.match(text, line):
            start = line if start is None else start
        elif not blank:
            return start, (line if start is not None else None)
        line = stop + 1
    return start, line if start is not None else None


def _kept_list_changes(
    ctx: _DocContext, changes: list[tuple[int, str | None]]
) -> list[tuple[int, str | None]]:
    """Give the paragraph of list lines after a sentence saying whose list it is that voice.

    "What follows is the list the town's media office keeps" then "• 12 October 2015: ...":
    each item is the office's, not the page's; the paragraph after the list has the voice it
    had before.
    """
    text = ctx.text
    if "list" not in text and "record" not in text:
        return changes
    out = sorted(changes, key=lambda c: c[0])
    for m in _KEPT_LIST_RE.finditer(text):
        voice = _cue_voice(text, m.start("who"), m.end())
        if voice is None or voice == "media":
            continue
        start, end = _list_lines_after(text, m.end())
        if start is None:
            continue
        if any(start < pos < (end if end is not None else len(text)) for pos, _ in out):
            # The list's own turns keep their voices.
            continue
        before = [v for pos, v in out if pos <= start]
        resume = before[-1] if before else None
        out.append((start, voice))
        if end is not None and not any(pos == end for pos, _ in out):
            out.append((end, resume))
        out.sort(key=lambda c: c[0])
    return out


def _record_turn_voice(text: str, pos: int) -> tuple[str | None, str] | None:
    """Return the voice of an official record's turn and its speaker's label.

    "Mr. X (France) (spoke in French):" speaks for France's government, "Mr Y (Minister of
    State):" and "The Minister for Z (Mr Y):" for the minister's, "Mr. X (Russian
    Federation):" as Russia's ministry; "Mr X (Y) (Lab):", a member named by his seat, has
    no voice of his own. None when the paragraph opens no turn with brackets.
    """
    turn = _RECORD_TURN_RE.match(text, pos)
    if turn is None:
        coverage = _COVERAGE_TURN_RE.match(text, pos)
        if coverage is None or coverage["label"].startswith("The "):
            return _coverage_delegate_voice(text, pos)
        # Only a delegation or an office speaks so: "X (SOHR) said" is a cue of its own.
        note = _RECORD_NOTE_RE.search(coverage["notes"])
        for voice, pattern in _RECORD_SPEAKERS:
            if note is not None and pattern.search(note.group(1)):
                return voice, coverage["label"]
        return None
    # "Q (state television):" is the asker's outlet, no voice of the answer.
    if _QUESTION_LABEL_RE.match(turn["label"]):
        return None
    label = turn["label"].strip()
    # A name is no office ("Mr Jordan"): the label counts only as a title ("The Minister").
    parts = _RECORD_NOTE_RE.findall(turn["notes"])
    if label.startswith("The "):
        parts.insert(0, label)
    for part in parts:
        for voice, pattern in _RECORD_SPEAKERS:
            if pattern.search(part):
                return voice, label
        # "(Director, Physicians for Human Rights)": a body the claimants name.
        named = _cue_voice(part, 0, len(part))
        if named is not None and named != "media":
            return named, label
    return None, label


def _coverage_delegate_voice(text: str, pos: int) -> tuple[str | None, str] | None:
    """Return the voice of a coverage paragraph opened by "The representative of X said".

    The delegation speaks as the record's bracketed delegation does (Russia's as its ministry,
    Syria's as its state agency, another state's as its government); None for a body the
    record's speakers do not name.
    """
    delegate = _COVERAGE_DELEGATE_RE.match(text, pos)
    if delegate is None:
        return None
    who = delegate["who"].removeprefix("the").strip()
    for voice, pattern in _RECORD_SPEAKERS:
        if pattern.search(who):
            return voice, who
    return None


def _caps_speaker_changes(ctx: _DocContext, author: str | None) -> list[tuple[int, str | None]]:
    """Return the voice changes of a transcript's turns by speakers named with their roles."""
    speakers: dict[str, str | None] = {}
    changes: list[tuple[int, str | None]] = []
    for pos in ctx.paragraphs:
        named = _caps_speaker_turn(ctx.text, pos, speakers, author)
        if named is not None:
            changes.append((pos, named[0]))
    return changes


def _caps_speaker_turn(
    text: str, pos: int, speakers: dict[str, str | None], author: str | None
) -> tuple[str | None] | None:
    """Return the voice of a transcript's turn by a speaker named in capitals with a role.

    "DR. X Y, SURGEON, Z:" introduces a medic, who speaks as 'activists'; "X Y, HOST:" the
    programme's own voice, and so do "SURGEON:" and "HOST:", a role alone. A later turn
    under the surname alone ("Y:") speaks as the role the introduction gave. None when the
    paragraph opens no such turn.
    """
    if not text[pos : pos + 1].isupper() and not text.startswith("[", pos):
        return None
    intro = _CAPS_SPEAKER_RE.match(text, pos)
    if intro is not None:
        role = " ".join(intro["role"].split())
        names = intro["name"].split()
        title = names[0].rstrip(".") if len(names) > 1 else ""
        voice = _SPEAKER_ROLES.get(role, _SPEAKER_ROLES.get(title))
        if voice is None:
            return None
        spoken = author if voice == "reporter" else voice
        speakers[names[-1]] = spoken
        return (spoken,)
    alone = _CAPS_ROLE_TURN_RE.match(text, pos)
    role_voice = None if alone is None else _SPEAKER_ROLES.get(" ".join(alone["role"].split()))
    if role_voice is not None:
        # "NURSE: ..." and "HOST: ...": the role is the speaker's voice, as after a name.
        return (author if role_voice == "reporter" else role_voice,)
    named = _CAPS_NAME_TURN_RE.match(text, pos)
    if named is not None:
        names = named["name"].split()
        role = (named["role"] or "").upper()
        voice = (
            _SPEAKER_ROLES.get(role)
            or _title_introduced_voice(text, names, pos)
            or _header_title_voice(text, names[-1], pos)
            or speakers.get(names[-1])
        )
        if voice is not None:
            spoken = author if voice == "reporter" else voice
            speakers[names[-1]] = spoken
            return (spoken,)
    turn = _CAPS_SURNAME_TURN_RE.match(text, pos)
    if turn is not None and turn["name"] in speakers:
        return (speakers[turn["name"]],)
    if turn is not None:
        # "... is Dr X Y, a surgeon" then "Y: ...": the surname alone at his first turn
        # labels the speaker the introduction gave his title, as "X Y:" does.
        voice = _title_introduced_voice(text, [turn["name"]], pos, given_names=True)
        if voice is not None:
            spoken = author if voice == "reporter" else voice
            speakers[turn["name"]] = spoken
            return (spoken,)
    return None


# A briefing header's line giving a speaker his title alone, on his name's line after a comma
# or on the next line: "Owen X, Deputy Spokesperson", "Mark Y\nDeputy Department Spokesperson".
_HEADER_TITLES = [
    (voice, alternation(alts)) for voice, alts in load("claimants")["header_titles"].items()
]


def _header_title_voice(text: str, surname: str, pos: int) -> str | None:
    """Return the voice of the title a briefing's header gives the speaker of a turn.

    "Owen X, Deputy Spokesperson" on a line of its own above "MR X: ...": a spokesperson
    titled by his office alone speaks for the government whose briefing it is. A title
    that goes on to name whose spokesman he is ("Spokesman for the Secretary-General")
    ends no such line. None when no header line so titles him.
    """
    name = rf"(?i:{re.escape(surname)})"
    window = text[max(0, pos - _TITLE_INTRODUCED_CHARS) : pos]
    for voice, titles in _HEADER_TITLES:
        line = re.compile(
            rf"^[ \t]*(?:[A-Z][\w'’.-]*[ \t]+){{0,3}}{name}[ \t]*(?:,[ \t]*|\n[ \t]*)"
            rf"(?:{titles})[ \t]*$",
            re.MULTILINE,
        )
        if line.search(window):
            return voice
    return None


def _title_introduced_voice(
    text: str, names: list[str], pos: int, given_names: bool = False
) -> str | None:
    """Return the voice of the title an introduction gave a speaker named in capitals.

    "... is Dr X Y, who runs a clinic" then "X Y: ...": the title a transcript's roles name
    ("Dr", a medic's) is his voice; so is a role noun written just before his name ("on the
    line is the media activist X Y"). With ``given_names`` the label is his surname alone and
    up to two given names may stand between the title and it ("Dr X Y" for "Y:"). None when
    no introduction before gives him one.
    """
    name = r"[ \t]+".join(re.escape(word) for word in names)
    given = r"(?:[A-Z][\w'’-]*[ \t]+){0,2}?" if given_names else ""
    for intro in re.finditer(
        rf"\b(?:(?P<title>[A-Z][a-z]{{1,8}})\.?|(?P<role>[a-z]{{3,12}}))[ \t]+{given}(?i:{name})\b",
        text[max(0, pos - _TITLE_INTRODUCED_CHARS) : pos],
    ):
        voice = _SPEAKER_ROLES.get((intro["title"] or intro["role"]).upper())
        if voice is not None or intro["title"] is not None:
            return voice
    return _apposition_voice(text, name, given, pos)


# "X Y, a media activist from Z, ...": the apposition after a speaker's name in his
# introduction, its head words up to a preposition or a relative word, then what it names.
_APPOSITION_HEAD_RE = re.compile(
    r"(?P<head>(?:[a-z][\w'’-]*[ \t]+){0,2}?[a-z][\w'’-]*)"
    r"(?=[ \t]+(?:from|for|of|at|in|with|who|which|based|working)\b|[ \t]*[,.;:]|$)"
)


def _apposition_voice(text: str, name: str, given: str, pos: int) -> str | None:
    """Return the voice of the apposition after a speaker's name in his introduction.

    "My guest is X Y, a media activist from Z" then "X Y: ...": a role the transcripts name
    at the head of the apposition is his voice (a guest's own "reporter" role is none);
    else a body it names ("a spokeswoman for the High Negotiations Committee"), other than
    the media. None when no introduction so places him.
    """
    window = text[max(0, pos - _TITLE_INTRODUCED_CHARS) : pos]
    for intro in re.finditer(
        rf"\b{given}(?i:{name}),[ \t]+(?:an?|the)[ \t]+(?P<what>[^.;:\n]{{1,100}})", window
    ):
        what = intro["what"]
        head = _APPOSITION_HEAD_RE.match(what)
        if head is not None:
            for word in head["head"].split():
                voice = _SPEAKER_ROLES.get(word.upper())
                if voice is not None and voice != "reporter":
                    return voice
        named = _cue_voice(what, 0, len(what))
        if named is not None and named != "media":
            return named
    return None


# The lines of a dated post before its first sentence ("12 June 2016", "X, SANA - ...").
_POST_HEAD_LINES = 3


def _dateline_post_voices(ctx: _DocContext) -> list[tuple[int, str | None]]:
    """Say who writes each dated post of a page with no single author, by its dateline.

    A bulletin's items, each under its day and opening on the dateline of the agency that
    writes it ("X, SANA - ..."), speak for that agency where they cite no one; a news
    agency's credit ("X (Reuters) -") is the reporter's own voice, as in a story.
    """
    changes: list[tuple[int, str | None]] = []
    for k, post in enumerate(ctx.posts):
        end = ctx.posts[k + 1].start if k + 1 < len(ctx.posts) else len(ctx.text)
        lines = [m for m in re.finditer(r"[^\n]+", ctx.text[post.start : end]) if m.group().strip()]
        voice: str | None = None
        for line in lines[:_POST_HEAD_LINES]:
            credit = _DATELINE_RE.match(line.group())
            if credit is not None:
                a = post.start + line.start()
                voice = _cue_voice(ctx.text, a, a + credit.end())
                break
        changes.append((post.start, voice if voice != "media" else None))
    return changes if any(v is not None for _, v in changes) else []


# "THE X FRONT" above its media office's statement: an armed group's masthead in capitals, its
# name closed by its unit word alone on the line, speaks for the group (not a state's army).
# "The Free Brigades of X": the unit's word may be followed by the region or cause it is named
# for, its capitalised words after "of".
_ARMED_MASTHEAD_RE = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w'’-]*\s+){0,4}"
    rf"(?:{alternation(load('claimants')['armed_masthead_units'])})"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
)
_STATE_ARMY_WORDS = frozenset(load("claimants")["state_army_words"])


_MASTHEAD_OFFICE_RE = re.compile(r"\s+[-–—|]{1,2}\s+")
# "X Operations Room - Media Office", "X Brigades - Political Office": the group's own office a
# title-cased masthead names after its dash.
_OWN_OFFICE_TAIL_RE = re.compile(alternation(load("claimants")["masthead_offices"]))


def _armed_masthead(line: str) -> bool:
    """Whether a title-cased masthead names an armed group of the ground, not a state's army."""
    return _ARMED_MASTHEAD_RE.fullmatch(line) is not None and not (
        _STATE_ARMY_WORDS & set(line.split())
    )


# "... Operations Room on the massacres of ...", "... Front (translated)": where the name of
# the body a statement's title says issues it ends.
_TITLE_NAME_END_RE = re.compile(r"\s+(?:on|about|regarding|concerning|over)\s|\s*[(:,;]")


def _armed_title(rest: str) -> bool:
    """Whether the words after a title's "Statement of" name an armed group by its unit word."""
    end = _TITLE_NAME_END_RE.search(rest)
    name = rest[: end.start() if end else len(rest)].strip()
    if name.startswith("the "):
        name = name[4:]
    return _armed_masthead(name)


def _armed_office_masthead(line: str) -> bool:
    """Whether a title-cased line names an armed group, then its own office after a dash."""
    parts = _MASTHEAD_OFFICE_RE.split(line, maxsplit=1)
    return (
        len(parts) == 2
        and _OWN_OFFICE_TAIL_RE.fullmatch(parts[1].strip()) is not None
        and _armed_masthead(parts[0])
    )


# "Jaish X" on one line, "General Command - Media Office" on the next: the command an armed
# group's masthead names under its name is the group's own, not the Syrian army's.
_GROUP_LINE_RE = re.compile(rf"(?:The\s+)?{alternation(load('organisations')['openings'])}\s")
_COMMAND_LINE_RE = re.compile(r"(?:[Tt]he\s+)?(?:General\s+)?Command\b")


def _group_office_line(line: str) -> bool:
    """Whether a masthead line names an armed group by its opening word, then its own command.

    "Jaish X - General Command", "Liwa Y - Media Office": the group's name and, after a dash
    on the same line, its command or office, as the two lines of "Jaish X" above "General
    Command - Media Office" give them.
    """
    parts = _MASTHEAD_OFFICE_RE.split(line, maxsplit=1)
    if len(parts) != 2 or not _GROUP_LINE_RE.match(parts[0]):
        return False
    office = parts[1].strip()
    return bool(_COMMAND_LINE_RE.fullmatch(office) or _OWN_OFFICE_TAIL_RE.fullmatch(office))


def _byline_voice(text: str, lines: list[tuple[int, int]], generic: bool) -> str | None:
    """Return the voice a header or byline line names as the report's author, if one does.

    With ``generic`` (the source line said only "activists"), only a body that writes
    reports of its own counts.
    """
    above = ""
    for a, b in lines:
        line = text[a:b].strip()
        if _COMMAND_LINE_RE.match(line) and _GROUP_LINE_RE.match(above):
            return "rebels"
        if _group_office_line(line):
            return "rebels"
        above = line
        if line.isupper() and line.isascii():
            # "SYRIA CIVIL DEFENCE -- X DIRECTORATE": a masthead in capitals names its body
            # as the same words in title case would.
            line = line.title()
            # "THE X MILITARY COUNCIL - GENERAL COMMAND": the office after a dash is the
            # group's own, and the group's name before it is the masthead.
            if not generic and _armed_masthead(_MASTHEAD_OFFICE_RE.split(line, maxsplit=1)[0]):
                return "rebels"
        elif not generic and _armed_office_masthead(line):
            # "The X Front - Media Office" in title case: the group's own office writes.
            return "rebels"
        opening = _BYLINE_OPENING_RE.match(line)
        # "Briefing of the Ministry of Defence ... on the operation in ...": a title that
        # says whose it is may run longer than a byline.
        if len(line) > (_TITLED_HEADER_CHARS if opening else 120) or line.endswith("."):
            continue
        found = _cue_voice(line, opening.end() if opening else 0, len(line), not opening)
        head = _MASTHEAD_HEAD_RE.match(line) if found is None and not opening else None
        if head is not None:
            found = _cue_voice(line, head.end(), len(line), True)
            line = line[head.end() :]
        if found is None:
            continue
        cue = _CLAIMANT_RE.search(line)
        after = line[cue.end() :] if cue is not None else ""
        if generic and found not in _AUTHOR_VOICES:
            continue
        if opening or _BYLINE_AFTER_RE.match(after):
            return found
    return None


# "a newspaper's obituary of an activist", "a profile of a rebel commander": the person the
# piece is about, not its author.
_SUBJECT_OF_PIECE_BEFORE_RE = re.compile(
    r"\b(?:obituary|obituaries|profile|portrait|biography)\s+of\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _source_voice(source: str) -> str | None:
    """Return the claimant a report's source line names, unless it names a person's own writing.

    "an activist's personal blog post": the blogger tells what he saw, as a reporter does.
    "an obituary of an activist": the piece is about the activist, who is not its author.
    """
    for m in _CLAIMANT_RE.finditer(source):
        if _SUBJECT_OF_PIECE_BEFORE_RE.search(source, max(0, m.start() - 60), m.start()):
            continue
        if _OWN_WRITING_AFTER_RE.match(source, m.end()) or _OWN_WRITING_BY_RE.search(
            source, max(0, m.start() - 60), m.start()
        ):
            return None
        if _UN_NAME_RE.match(m.group()):
            # "a UN humanitarian chief's statement as the UN's office posts it": the UN's own
            # statement speaks in its own voice, as the UN's updates do, not as the UN cited.
            return None
        return m.lastgroup
    return None


# "UN humanitarian chief", "United Nations children's agency", "UNICEF": the UN or one of
# its offices or officials, named as whoever writes the report.
_UN_NAME_RE = re.compile(r"(?:the\s+)?(?:UN\b|U\.N\.|United\s+Nations\b)|UNICEF\b|UNHCR\b")


# "Jisr al-Shughur Media Office": a name whose last words say what kind of outlet it is.
_OUTLET_NAME_RE = re.compile(r"(?:(?:[A-Z]|(?:al|el|ad|as|ash|ar|az|an|at)-)[\w'’-]*\s+){1,4}")
_OUTLET_LINE_CHARS = 60


def _outlet_header_voice(ctx: _DocContext) -> str | None:
    """Return the voice of a live page's outlet, named alone on a line above its first post.

    A local media office's timed updates are its own reports: "Jisr al-Shughur
    Media Office" heading the page speaks for every update that cites no one.
    """
    text = ctx.text
    top = ctx.posts[1].start if len(ctx.posts) > 1 else 0
    for line in re.finditer(r"[^\n]+", text[:top]):
        name = line.group().strip()
        if len(name) > _OUTLET_LINE_CHARS or name.endswith("."):
            continue
        for m in _CLAIMANT_RE.finditer(name):
            if m.end() == len(name) and _OUTLET_NAME_RE.fullmatch(name, 0, m.start()):
                return None if m.lastgroup == "media" else m.lastgroup
    return None


def _dated_entries(ctx: _DocContext) -> bool:
    """Say whether a text read as posts is a record of entries, each opening on "Date: ...".

    An organisation's record of incidents has one author; a live blog has none.
    """
    return all(is_date_field(ctx.text, post.start) for post in ctx.posts[1:])


_ANSWER_LABEL_RE = re.compile(r"A|Answer|Reply")

# A parliament's written question ("To ask the Secretary of State for X, ...") and the line
# that labels its answer, standing alone ("Answered on 8 March 2016", "Minister of State:").
_WRITTEN_QUESTION_RE = re.compile(
    rf"^[ \t]*(?:{alternation(load('claimants')['written_answers']['question'])})", re.MULTILINE
)
_WRITTEN_ANSWER_LABEL_RE = re.compile(
    rf"^[ \t]*(?:{alternation(load('claimants')['written_answers']['answer_label'])})[ \t]*$",
    re.MULTILINE,
)


def _written_answer_start(text: str) -> int | None:
    """Return where the answer to a parliament's written question starts, if the text holds one.

    "To ask the Secretary of State for Defence, what ..." then "Answer" (or "Answered on 8
    March 2016", "Minister of State for the Armed Forces:") on a line of its own: from that
    line on, the minister answers for the government.
    """
    question = _WRITTEN_QUESTION_RE.search(text)
    if question is None:
        return None
    label = _WRITTEN_ANSWER_LABEL_RE.search(text, question.end())
    return None if label is None else label.start()


def _introduced_voice(text: str, first_turn: int) -> str | None:
    """Return the one organisation named before the first turn of an interview, if only one is.

    "We spoke with Abu Khaled, who heads the Civil Defence teams in the east":
    his answers speak for the Civil Defence.
    """
    named = {
        m.lastgroup
        for m in _CLAIMANT_RE.finditer(text, max(0, first_turn - _INTRODUCTION_CHARS), first_turn)
        if m.lastgroup != "media"
    }
    return named.pop() if len(named) == 1 else None


_INTRODUCTION_CHARS = 2000


def _introduced_speaker(text: str, label: str, first_turn: int) -> bool:
    """Say whether a turn's label names the person the text presents before its first turn.

    "X Y is a volunteer with ..." above the questions: a turn labelled "X Y:" is
    that person's, whatever its capitals.
    """
    words = label.split()
    if not 2 <= len(words) <= 4 or _QUESTION_LABEL_RE.match(label):
        return False
    intro = text[max(0, first_turn - _INTRODUCTION_CHARS) : first_turn].lower()
    return " ".join(words).lower() in intro


# "we compare the reports of local media offices and the Syrian Observatory": the sources
# the author reads, named after its method in the same paragraph, are not the author.
_AUTHOR_SOURCES_RE = re.compile(
    r"\b(?:[Ww]e|I)\s+(?:also\s+|mainly\s+|largely\s+)?(?:compare|rely\s+on|draw\s+on|use|cite"
    r"|combine|cross-check|check|weigh|set)\b"
)


def _first_person_author(ctx: _DocContext) -> str | None:
    """Return the organisation of a report written as "we": named in its opening, cited throughout.

    A think tank that writes "<its initials> assesses" instead of "we" counts too.

    It must be the only author-like organisation named in the first three
    long paragraphs, and be named at least three times in the text.
    """
    text = ctx.text
    if not _FIRST_PERSON_RE.search(text) and not (
        "assess" in text and _SELF_ASSESS_RE.search(text)
    ):
        return None
    initials = _initials_author(ctx) if "assess" in text else None
    if initials is not None:
        return initials
    opening = [
        (a, b)
        for a, b in ((m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[:6000]))
        if b - a > 120
    ][:3]
    named = {
        m.lastgroup
        for a, b in opening
        for m in _CLAIMANT_RE.finditer(text, a, b)
        if m.lastgroup in _AUTHOR_VOICES and not _AUTHOR_SOURCES_RE.search(text, a, m.start())
    }
    unquoted = _QUOTED_RE.sub("", text)
    if len(named) != 1 or not (
        _FIRST_PERSON_RE.search(unquoted) or _SELF_ASSESS_RE.search(unquoted)
    ):
        return None
    voice = named.pop()
    cited = sum(m.lastgroup == voice for m in _CLAIMANT_RE.finditer(text))
    return voice if cited >= 3 else None


def _initials_author(ctx: _DocContext) -> str | None:
    """Return the body whose initials assess in the report's own voice ("IXS assesses that").

    A think tank writes its initials for "we": the body of that name is the author when
    the report names it in full, its capitals the initials ("the Institute for X Studies"
    for "IXS"); the initials alone name no author. Found once per document.
    """
    key = ("initials-author", 0)
    if key not in ctx.cache:
        ctx.cache[key] = _find_initials_author(ctx)
    return ctx.cache[key]


def _find_initials_author(ctx: _DocContext) -> str | None:
    text = ctx.text
    unquoted = _QUOTED_RE.sub("", text)
    initials = {m.group().split()[0] for m in _SELF_ASSESS_RE.finditer(unquoted)}
    if not initials:
        return None
    for m in _CLAIMANT_RE.finditer(text):
        name = m.group()
        if (
            m.lastgroup in _AUTHOR_VOICES
            and name not in initials
            and "".join(filter(str.isupper, name)) in initials
        ):
            return m.lastgroup
    # "Institute for Conflict Monitoring ... ICM assesses that": a research body no list
    # names, written in full with those initials, assesses as analysts do.
    for letters in sorted(initials):
        if _spelt_out_body(text, letters):
            return "analysts"
    return None


#: The words a research body's full name may join its capitalised words with.
_NAME_JOINERS = r"(?:(?:for|of|on|the|and|in)\s+){0,2}"


def _spelt_out_body(text: str, letters: str) -> bool:
    """Say whether ``text`` writes a research body's name whose capitals are ``letters``."""
    words = [rf"{letter}[\w'’-]*" for letter in letters]
    name = re.compile(r"\b" + (r"\s+" + _NAME_JOINERS).join(words) + r"\b")
    return any(_RESEARCH_BODY_RE.search(found.group()) is not None for found in name.finditer(text))


def _initials_assess_claimant(ctx: _DocContext, s: int, e: int) -> str | None:
    """Return the report's own body when a sentence has its initials assess ("ICM assesses").

    "8/12 - ICM assesses that Russian aircraft likely struck X": a think tank's initials
    for "we", in a tally of another voice's claims, are the think tank's own voice.
    """
    if "assess" not in ctx.text[s:e]:
        return None
    if _SELF_ASSESS_RE.search(ctx.text, s, e) is None:
        return None
    return _initials_author(ctx)


# "By the end of Thursday, May 12, 2016, the Local Coordination Committees in Syria
# documented 47 martyrs": the body opening the report's first sentences counts its own toll.
_DOCUMENTING_VERBS = alternation(load("claimants")["documenting_verbs"])
_DOCUMENTING_AFTER_RE = re.compile(
    rf"(?:\s*\([A-Z]{{2,6}}\))?(?:\s+in\s+Syria)?\s+(?:has\s+|have\s+)?{_DOCUMENTING_VERBS}\b"
)
# Only a date, a place heading or "By the end of ..." may come before the body's name.
_DOCUMENTING_BEFORE_RE = re.compile(r"(?:[^.\n]{0,60}[,:]\s+)?(?:[Tt]he\s+)?")
_DOCUMENTING_SENTENCES = 3
#: Title lines (a breadcrumb, a headline, a date and masthead line) a page may open with before
#: its first full sentence.
_TITLE_LINES = 3


def _documenting_author(ctx: _DocContext) -> str | None:
    """Return the body whose own toll the report is, named as it opens ("X documented ...").

    The report's first full sentence (after its title lines) must have an
    author-like body (the Observatory, a rights network, the coordination
    committees) as the subject of a verb of documenting.
    """
    text = ctx.text
    for s, e in ctx.sentences[: _DOCUMENTING_SENTENCES + _TITLE_LINES]:
        if not text[s:e].rstrip().endswith("."):
            continue  # a title or heading line
        for m in _CLAIMANT_RE.finditer(text, s, e):
            if (
                m.lastgroup in _AUTHOR_VOICES
                and _DOCUMENTING_BEFORE_RE.fullmatch(text, s, m.start())
                and _DOCUMENTING_AFTER_RE.match(text, m.end(), e)
            ):
                return m.lastgroup
        return None
    return None


# "..., the directorate's media office said today.": a body's own office closing the opening
# sentence, the body named by the head word of a name given before it in that sentence.
_OWN_OFFICE_SAID_RE = re.compile(
    r"\bthe\s+(?P<head>[a-z]+)['’]s\s+(?:media|press|information)\s+(?:office|cent(?:er|re))"
    r"\s+(?:said|says|reported|announced|stated)\b[^.,;\n]{0,20}\.\s*$"
)


def _own_office_author(ctx: _DocContext) -> str | None:
    """Return the body whose own office closes the report's opening sentence, if named there.

    "Volunteers of the X Civil Defence Directorate worked through the night ..., the
    directorate's media office said today.": the release is the body's own, and its lines
    that cite no one speak for it.
    """
    text = ctx.text
    for s, e in ctx.sentences[: _DOCUMENTING_SENTENCES + 2]:
        if not text[s:e].rstrip().endswith("."):
            continue  # a title or heading line
        said = _OWN_OFFICE_SAID_RE.search(text, s, e)
        if said is None:
            return None
        head = said.group("head")
        for m in _CLAIMANT_RE.finditer(text, s, said.start()):
            words = text[m.end() : m.end() + 40].lower().split()[:3]
            if m.lastgroup in _AUTHOR_VOICES and (
                head in words or head in m.group().lower().split()
            ):
                return m.lastgroup
        return None
    return None


def _voice_at(ctx: _DocContext, pos: int) -> str | None:
    i = bisect_right(ctx.voice_starts, pos) - 1
    return ctx.voices[i] if i >= 0 else None


def _sentence_claimant(ctx: _DocContext, s: int, e: int) -> str | None:
    text = ctx.text
    cues = _find_cached(ctx, _CLAIMANT_RE, s, e)
    if len(cues) > 1 and cues[-1].label == "reporter":
        # "... bombed positions of the X Military Council ..., our correspondent reported": the
        # outlet's own correspondent, told last, speaks; the groups before are what was hit.
        return "reporter"
    for k, c in enumerate(cues[1:], 1):
        # "The ministry dismissed reports by activists that X had been hit": the claim of a
        # strike is the activists', whoever confirms or denies it.
        if _REPORTS_BY_BEFORE_RE.search(text, max(s, c.start - 40), c.start):
            return c.label
        if _RELAYS_BEFORE_RE.search(
            text, max(s, c.start - 30), c.start
        ) and _ANNOUNCES_AFTER_RE.match(text, c.end, min(e, c.end + 60)):
            return c.label
        if " which " in text[c.end : min(e, c.end + 60)] and _IN_WHICH_CLAIMS_AFTER_RE.match(
            text, c.end, min(e, c.end + 60)
        ):
            return c.label
        # "the Syrian Medical Society, a medical charity, said": the apposition right after
        # a name says what kind of body speaks.
        if (
            k == 1
            and _APPOSED_KIND_RE.fullmatch(text, cues[0].end, c.start)
            and _INDEFINITE_RE.match(text, c.start)
        ):
            return c.label
    for c in cues:
        # A dateline credit, "BEIRUT (Reuters) -", is not the source of the claim; one closing
        # its sentence, "Jets hit X; 8 killed (Y).", as a list's items credit their voice, is.
        if (
            text[c.start - 1 : c.start] == "("
            and text[c.end : c.end + 1] == ")"
            and text[c.end + 1 : e].strip(" \t\n.;")
        ):
            continue
        if (
            c is not cues[-1]
            and _DASH_AFTER_RE.match(text, c.end, min(e, c.end + 4))
            and _DATELINE_PLACE_BEFORE_RE.fullmatch(text, s, c.start)
        ):
            # "X, SANA - The General Command said ...": the agency's dateline credit opening the
            # sentence gives way to the voice the sentence names after it.
            continue
        if (
            _PREMISES_AFTER_RE.match(text, c.end, min(e, c.end + 30))
            # "a local media center" is a body of its own, not premises.
            and not text[c.start : c.end].lower().endswith("media")
            and not _PREMISES_SPEAK_RE.search(text, c.end, min(e, c.end + 80))
            and not _PREMISES_CITED_BEFORE_RE.search(text, max(s, c.start - 50), c.start)
        ):
            continue
        if _RECEIVER_AFTER_RE.match(text, c.end, min(e, c.end + 40)) or (
            " to " in text[max(s, c.start - 30) : c.start]
            and _SENT_TO_BEFORE_RE.search(text, max(s, c.start - 30), c.start)
        ):
            continue
        if (
            _COUNTED_PEOPLE_RE.fullmatch(text, c.start, c.end)
            and _CASUALTIES_BEFORE_RE.search(text, max(s, c.start - 80), c.start)
            and not _SAYS_AFTER_RE.match(text, c.end, min(e, c.end + 60))
        ):
            # "wounding a volunteer and three residents who were helping him": people counted
            # among the victims, not a voice.
            continue
        if (
            _COUNTED_MEMBERS_BEFORE_RE.search(text, max(s, c.start - 80), c.start)
            and _COUNTED_HARMED_AFTER_RE.match(text, c.end, min(e, c.end + 60))
            and not _SAYS_AFTER_RE.match(text, c.end, min(e, c.end + 60))
        ):
            # "4 fighters of the X Military Council killed when jets targeted them": the
            # group's dead, counted by a toll, do not tell the strike.
            continue
        if _believes_aircraft(text, c, e) and (
            len(cues) > 1 or _voice_at(ctx, s) not in (None, "reporter")
        ):
            # "warplanes, which activists believe to be Russian, struck X" in a monitor's own
            # post, or beside another voice: whose the aircraft were, not who tells the strike
            # (in a reporter's story with no other voice, those who believe it are its source).
            continue
        if (
            _SUPPORTER_BEFORE_RE.search(text, max(s, c.start - 20), c.start)
            and not _SAYS_AFTER_RE.match(text, c.end, min(e, c.end + 60))
            and not _BODY_SPEAKS_RE.search(text, c.end, e)
        ):
            continue
        if " it" in text[c.end : min(e, c.end + 24)] and _STATED_AIM_AFTER_RE.match(
            text, c.end, min(e, c.end + 60)
        ):
            continue
        if _WHAT_OPENING_RE.fullmatch(text, s, c.start) and _CALLS_AFTER_RE.match(
            text, c.end, min(e, c.end + 20)
        ):
            continue
        if (
            c is not cues[-1]
            and " comment" in text[c.end : min(e, c.end + 40)]
            and _NO_COMMENT_AFTER_RE.match(text, c.end, min(e, c.end + 40))
        ):
            # "The ministry did not comment, but the state agency said ...": a body that says
            # nothing is no voice of the strike another voice after it tells (alone in its
            # sentence, it stays the paragraph's voice: its spokesman may speak next).
            continue
        if _SOURCES_LISTED_BEFORE_RE.search(text, max(s, c.start - 160), c.start):
            # "reported by two sources, among them the Civil Defence": how the report counts.
            continue
        if " told " in text[max(s, c.start - 16) : c.start] and _PRONOUN_TOLD_BEFORE_RE.search(
            text, max(s, c.start - 16), c.start
        ):
            # "'They are bombing markets,' he told Reuters": the agency heard the speaker
            # named before, whom the pronoun stands for.
            continue
        if (
            not _SPEAKS_AT_END_RE.search(text, c.start, c.end)
            and _AT_WORK_AFTER_RE.match(text, c.end, min(e, c.end + 60))
            and not _GROUP_SAID_AFTER_RE.search(text, c.end, e)
        ):
            continue
        if _HEAD_RE.fullmatch(text, c.start, c.end) and _THE_BEFORE_RE.search(
            text, max(s, c.start - 4), c.start
        ):
            # "the X general command said" ... "the general command said": a body's bare name
            # repeats the full name told before, whoever the bare name alone would be.
            repeated = _repeated_name_claimant(ctx, c.start, text[c.start : c.end])
            if repeated is not None:
                return repeated
        return c.label
    return None


# The place of an agency's dateline before its credit ("X, " of "X, SANA - ") and the dash after.
_DATELINE_PLACE_BEFORE_RE = re.compile(r"\s*[A-Z][\w .'’-]{0,40},\s*")
_DASH_AFTER_RE = re.compile(r"\s*[-–—]")


# "did not comment", "declined to comment", "made no comment": a body named as keeping silent.
_NO_COMMENT_AFTER_RE = re.compile(
    r"\s+(?:(?:did\s+not|didn['’]t|declined\s+to|refused\s+to|would\s+not|has\s+not|had\s+not)"
    r"\s+(?:immediately\s+|yet\s+)?comment|(?:made|gave|offered)\s+no\s+(?:immediate\s+)?comment)\b"
)


#: How many paragraphs of a list's items above an item its introducing colon may stand.
_LIST_ITEMS_BACK = 40
# "he told Reuters", "she told the agency": the hearer of a speaker named before by a pronoun.
_PRONOUN_TOLD_BEFORE_RE = re.compile(r"\b(?:he|she|they)\s+told\s+(?:the\s+)?$", re.IGNORECASE)


# "- Sunday 22 November: ...", "2. ...", "🔴 A: ...": a bulleted or numbered item's line.
_LIST_ITEM_RE = re.compile(rf"[ \t]*(?:\d{{1,3}}[.)]|[-•*]|{SYMBOL_BULLET})[ \t]")


def _quoted_claimant(ctx: _DocContext, s: int) -> str | None:
    """Claimant of a paragraph introducing this one with a colon ("The SANA report reads:").

    The items of a list under it ("X listed the raids as follows:" then "- A: ...", "- B:
    ...") are all introduced by it.
    """
    para = _paragraph_index(ctx, s)
    if para == 0 or ctx.paragraphs[para] != s and ctx.text[ctx.paragraphs[para] : s].strip():
        return None
    item = _LIST_ITEM_RE.match(ctx.text, ctx.paragraphs[para]) is not None
    j = para - 1
    while j >= 0 and (
        not ctx.text[ctx.paragraphs[j] : ctx.paragraphs[j + 1]].strip()
        or (
            item
            and j > para - _LIST_ITEMS_BACK
            and _LIST_ITEM_RE.match(ctx.text, ctx.paragraphs[j]) is not None
        )
    ):
        j -= 1
    if j < 0:
        return None
    prev = ctx.text[ctx.paragraphs[j] : ctx.paragraphs[j + 1]].rstrip()
    if not prev.endswith(":"):
        return None
    a, b = ctx.paragraphs[j], ctx.paragraphs[j] + len(prev)
    # "In a statement, the Front listed the raids as follows:": a body named again by its head.
    return (
        _sentence_claimant(ctx, a, b)
        or _anaphoric_claimant(ctx, a, b)
        or _named_document_claimant(ctx, a)
    )


# "The statement, signed by ..., listed the violations by date. Among them:": a paragraph
# opening on the document a voice was said to have issued before.
_DOCUMENT_OPENING_RE = re.compile(
    r"\s*The\s+(statement|communiqu[eé]|report|bulletin|release|letter)\b", re.IGNORECASE
)
#: How many sentences back the voice issuing the document may be named.
_DOCUMENT_VOICE_BACK = 4


def _named_document_claimant(ctx: _DocContext, a: int) -> str | None:
    """Return the voice of the document a list's introducing paragraph opens on.

    "The Southern Front said in a statement on Tuesday that ..." then "The statement ...
    listed the violations by date. Among them:" and its items: the items are the
    statement's, told in the voice the sentence naming it gave.
    """
    found = _DOCUMENT_OPENING_RE.match(ctx.text, a)
    if found is None:
        return None
    noun = found.group(1).lower()
    i = bisect_right(ctx.sentence_starts, a) - 1
    for j in range(i - 1, max(-1, i - 1 - _DOCUMENT_VOICE_BACK), -1):
        s, e = ctx.sentences[j]
        if noun in ctx.lower[s:e]:
            return _sentence_claimant(ctx, s, e) or _anaphoric_claimant(ctx, s, e)
    return None


def _author_voice(ctx: _DocContext, index: int) -> str | None:
    """Return a sentence's voice when it is an institution's own (not the reporter's)."""
    return _voice(ctx, index) or _voice_at(ctx, ctx.sentences[index][0])


def _voice(ctx: _DocContext, index: int) -> str | None:
    return _claimant_of(ctx, index) or _carried(ctx, index, _claimant_of)


def _claimant_of(ctx: _DocContext, index: int) -> str | None:
    key = ("claimant", index)
    if key not in ctx.cache:
        s, e = ctx.sentences[index]
        found = (
            _relayed_outlet_claimant(ctx, s, e)
            or _sentence_claimant(ctx, s, e)
            or _heading_outlet_claimant(ctx, s, e)
            or _claim_source_claimant(ctx, s, e)
            or _quoted_claimant(ctx, s)
            or _continued_quote_claimant(ctx, s)
            or _anaphoric_claimant(ctx, s, e)
            or _bare_army_claimant(ctx, s, e)
            or _named_speaker_claimant(ctx, s, e)
            or _initials_assess_claimant(ctx, s, e)
            or _pronoun_claimant(ctx, index)
            or _own_subject_claimant(ctx, s, e)
        )
        ctx.cache[key] = _field_side(ctx, index, found)
    return ctx.cache[key]


# A monitoring page's source line, "Source: X, City, in Arabic 1100 gmt 12 Feb 16" or
# "Sources: X 26 Nov 15 p1; Y 26 Nov 15 p12", and an item's closing credit, "(X website, 6 Nov)".
_SOURCE_LINE_RE = re.compile(r"^Sources?:[ \t]+([^\n]{3,300})$", re.MULTILINE)
_ITEM_CREDIT_RE = re.compile(
    r"\(((?:[A-Z]|[Aa]l-)[\w'’-]*(?:[ \t]+[\w'’-]+){0,4}?)"
    r"(?:[ \t]+(?:website|TV|radio|newspaper|daily))?,[ \t]+\d{1,2}[ \t]+[A-Z][a-z]{2}\)"
)
# Where an entry of a source line stops being a name: its language, time, date or page.
_SOURCE_ENTRY_END_RE = re.compile(r"\s+(?:in\s+[A-Z]|\d)|\s*$")
_OUTLET_SAYS_RE = re.compile(
    r"(?:\s*\([^()\n]{1,20}\))?(?:,[^.;,\n]{1,80},)?\s+"
    r"(?:says|said|reports|reported|carries|carried|quotes|quoted|writes|wrote)\b"
)


def _relayed_outlets(ctx: _DocContext) -> tuple[str, ...]:
    """Names of the outlets a monitoring digest credits in its source lines and item credits."""
    if ctx.relayed_outlets is None:
        names: list[str] = []
        for line in _SOURCE_LINE_RE.finditer(ctx.text):
            entries = re.split(r"[;,]", line.group(1))
            for k, entry in enumerate(entries):
                entry = entry.strip()
                end = _SOURCE_ENTRY_END_RE.search(entry)
                name = entry[: end.start() if end else len(entry)].strip()
                nxt = entries[k + 1].strip() if k + 1 < len(entries) else ""
                # "X, City, in Arabic": the city the outlet works from is no outlet.
                if name[:1].isupper() and not (nxt.startswith("in ") and k > 0):
                    names.append(name)
        names.extend(m.group(1) for m in _ITEM_CREDIT_RE.finditer(ctx.text))
        ctx.relayed_outlets = tuple(n for n in names if len(n) > 2)
    return ctx.relayed_outlets


def _relayed_outlet_claimant(ctx: _DocContext, s: int, e: int) -> str | None:
    """Return ``media`` for a sentence that opens on an outlet a digest credits, saying.

    "X says ...", "X carries a report ...", "X, in a report from Y, says ...", where X is
    named in the page's source line ("Sources: X 26 Nov 15 p1") or an item's credit ("(X
    website, 6 Nov)"): a monitoring digest relays X's words, and X is a news outlet.
    """
    outlets = _relayed_outlets(ctx)
    if not outlets:
        return None
    head = ctx.text[s : min(e, s + 60)].lstrip()
    start = min(e, s + 60) - len(head)
    for name in outlets:
        if head.startswith(name) and _OUTLET_SAYS_RE.match(
            ctx.text, start + len(name), min(e, start + len(name) + 120)
        ):
            return "media"
    return None


# "..., the paper said", "The agency said ...", "the paper's correspondent wrote": an outlet named
# again by its kind, as a review's item speaks of the paper it summarises.
_OUTLET_KIND_SAYS_RE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts)\s+(?:paper|newspaper|daily|weekly|agency|channel|site|website)"
    r"(?:['’]s\s+(?:[\w-]+\s+)?(?:correspondent|reporter|editor))?\s+(?:also\s+)?"
    r"(?:said|says|reported|reports|wrote|writes|added|adds|recalled|recalls|claimed|claims)\b"
)
# "AL-WATAN (Damascus, pro-government)", "- HAWAR NEWS (ANHA, Rojava):": a review's item heading,
# the outlet's name in capitals and, in brackets, where it works from and what it is.
_OUTLET_HEADING_RE = re.compile(
    r"^[ \t]*(?:[-•*][ \t]+)?(?P<name>[A-Z][A-Z0-9'’.&-]+(?:[ \t]+[A-Z0-9][A-Z0-9'’.&-]*){0,4})"
    r"[ \t]*\((?P<what>[^()\n]{1,60})\)[ \t]*(?::|$)",
    re.MULTILINE,
)
_STATE_KIND_RE = re.compile(
    rf"\b(?:{alternation(load('claimants')['channel_kinds']['state_media'])})(?![\w-])",
    re.IGNORECASE,
)
#: How far above the sentence the heading of its item may stand.
_OUTLET_HEADING_BACK = 1500


def _heading_outlet_claimant(ctx: _DocContext, s: int, e: int) -> str | None:
    """Return the voice of the outlet a review's item heading names, when "the paper" speaks.

    "AL-WATAN (Damascus, pro-government)" then "..., the paper said, after jets struck X":
    the paper the heading names tells the strike, as its own kind ("state_media" when the
    brackets call it pro-government or state) or by the body its name is ("SANA (Damascus)");
    any other outlet a review relays is "media". None when no outlet heading stands above.
    """
    if _OUTLET_KIND_SAYS_RE.search(ctx.text, s, e) is None:
        return None
    line_end = ctx.text.find("\n", s)
    line_end = len(ctx.text) if line_end < 0 else line_end
    headings = list(
        _OUTLET_HEADING_RE.finditer(ctx.text, max(0, s - _OUTLET_HEADING_BACK), line_end)
    )
    if not headings or headings[-1].start() > s:
        return None
    heading = headings[-1]
    named = _cue_voice(heading["name"], 0, len(heading["name"]))
    if named is not None:
        return named
    return "state_media" if _STATE_KIND_RE.search(heading["what"]) else "media"


# "Claim: ..." opening a tracker's or fact-check's entry line, and "First source: X" after it.
_CLAIM_LABEL_RE = re.compile(r"[ \t]*(?:[Tt]he\s+)?(?:[Cc]laim|CLAIM)[ \t]*:")
_SOURCE_LABEL_RE = re.compile(
    r"\b(?:(?:[Ff]irst|[Oo]riginal|[Pp]rimary|FIRST|ORIGINAL|PRIMARY)[ \t]+)?(?:[Ss]ource|SOURCE)"
    r"[ \t]*:[ \t]*"
)
# Where the voice a label names stops: the clause after a semicolon, the line's end.
_LABEL_END_RE = re.compile(r"[;\n]")


def _claim_source_claimant(ctx: _DocContext, s: int, e: int) -> str | None:
    """Return the voice an entry's "Source:" label names for the claim its "Claim:" line tells.

    "Claim: 'Strikes killed 15 civilians in X' (a TV channel, 14 June). First source: the
    Observatory, which said ...": a tracker traces the claim to the voice it labels as its
    source, whoever repeated it. None when the label names no voice the cues know.
    """
    text = ctx.text
    line = text.rfind("\n", 0, s) + 1
    if _CLAIM_LABEL_RE.match(text, line) is None:
        return None
    # The entry goes on to a blank line or the next claim.
    end = text.find("\n\n", e)
    end = len(text) if end < 0 else end
    after = _CLAIM_LABEL_RE.search(text, e, end)
    label = _SOURCE_LABEL_RE.search(text, e, after.start() if after else end)
    if label is None:
        return None
    stop = _LABEL_END_RE.search(text, label.end(), end)
    return _cue_voice(text, label.end(), stop.start() if stop else end)


def _field_side(ctx: _DocContext, index: int, found: str | None) -> str | None:
    """Give a bare field commander the side of the armed group that spoke right before him.

    "X took the town, the operations room said." then "Jets struck it during the battle,
    a field commander said.": a field commander named with no side, right after an armed
    group's own word, is of that group's field, not the army's.
    """
    if found != "sana" or index == 0:
        return found
    s, e = ctx.sentences[index]
    if "field " not in ctx.text[s:e] or not _BARE_FIELD_VOICE_RE.search(ctx.text, s, e):
        return found
    return "rebels" if _claimant_of(ctx, index - 1) == "rebels" else found


# "a field commander said": a commander or source of the field, no side named before it.
_BARE_FIELD_VOICE_RE = re.compile(
    r"(?:^|[,;]\s+|\b(?:said|says|told)\s+)[Aa]\s+field\s+(?:commander|source)\s+"
    r"(?:said|says|told|added)\b"
)


# "The US-led coalition carried out four strikes near X on Saturday, it said.": the coalition,
# opening the sentence, is the "it" that speaks at its end.
_IT_SAID_RE = re.compile(r",\s+it\s+(?:said|says|added)\b")
_COALITION_SUBJECT_RE = re.compile(
    r"\s*(?:The\s+)?(?:(?:U\.?S\.?|American)[- ]led\s+)?(?:international\s+)?[Cc]oalition\b"
)


def _own_subject_claimant(ctx: _DocContext, s: int, e: int) -> str | None:
    """Return the coalition when it opens the sentence and "it said" closes it."""
    if "it " not in ctx.text[s:e] or _IT_SAID_RE.search(ctx.text, s, e) is None:
        return None
    return "coalition" if _COALITION_SUBJECT_RE.match(ctx.text, s) else None


# "..., Yousef said", "Cook said that ...": a speaker named again by the last word of the name.
_NAMED_SPEAKER_RE = re.compile(r"\b(?P<name>[A-Z][a-z'’-]{2,30})\s+(?:said|says|added|told)\b")
# Where the full name was given: "Mustafa Hajj Yousef, a civil defense official in Idlib,".
# (The capital opens the pattern, its word start checked behind it: see _FIRST_PERSON_RE.)
# "X Y, head of the Main Operations Directorate of the General Staff,": a role
# with no article, naming what the person heads or speaks for.
_NAME_ROLE_RE = re.compile(
    r"(?P<name>[A-Z](?<!\w[A-Z])[a-z]{2,20}),\s+"
    r"(?:a|an|the|(?:head|chief|commander|director|spokes(?:man|woman|person))\s+(?:of|for))\s"
)
_NAME_ROLE_AFTER = 120
#: How far before a full name its claimant cue may stand ("Pentagon spokesman Peter Cook").
_NAME_INTRODUCED_CHARS = 60


def _named_roles(ctx: _DocContext) -> list[_Span]:
    """Return where a name's last word is followed by a role naming a claimant (one scan)."""
    return _cached_spans(ctx, ("named-roles", 0), lambda: _scan_named_roles(ctx.text))


def _scan_named_roles(text: str) -> list[_Span]:
    found = []
    for intro in _NAME_ROLE_RE.finditer(text):
        cue = _CLAIMANT_RE.search(text, intro.end(), intro.end() + _NAME_ROLE_AFTER)
        if cue is not None and cue.lastgroup:
            found.append(_Span(intro.start(), intro.end("name"), cue.lastgroup))
    return found


def _named_speaker_claimant(ctx: _DocContext, s: int, e: int) -> str | None:
    """Return the claimant of a speaker the sentence names again by the last word of the name.

    "Mustafa Hajj Yousef, a civil defense official in Idlib, told the agency
    ..." then "..., Yousef said": the official goes on speaking for the body
    his role named. "Pentagon spokesman Peter Cook told reporters ..." then
    "Cook said that separate strikes hit X": the spokesman goes on speaking
    for the body named before his full name.
    """
    text = ctx.text
    if not any(verb in text[s:e] for verb in _SAYING_VERBS):
        return None
    roles = _named_roles(ctx)
    for found in _NAMED_SPEAKER_RE.finditer(text, s, e):
        name = found["name"]
        earlier = [r.label for r in roles if r.start < s and text[r.start : r.end] == name]
        if earlier:
            return earlier[-1]
        # The full name, a given name before the surname, where the person was introduced.
        full = re.compile(rf"\b[A-Z][\w.'’-]+\s+{re.escape(name)}\b").search(text, 0, s)
        if full is None:
            continue
        lo = max(text.rfind("\n", 0, full.start()) + 1, full.start() - _NAME_INTRODUCED_CHARS)
        # "ministry spokesman Major-General Ivan Sedov told journalists": a title naming the
        # body by a word an earlier full name carries.
        voice = _cue_voice(text, lo, full.start()) or _anaphoric_claimant(ctx, lo, full.start())
        if voice is not None:
            return voice
    return None


_HEADS = alternation(load("claimants")["anaphors"])
#: How far back a body's full name may be told for its bare name to repeat it.
_REPEATED_NAME_BACK = 3000
# "In a statement, the General Staff said ...": the institution named before, without its
# country.
# "A ministry spokesman told reporters ...": one of the ministry named before speaks for it.
# "..., ministry spokesman Igor Petrov said": the role as a title before a name, no article.
# "the same General Staff statement said ...": the institution named before, as "the same".
_ANAPHOR_RE = re.compile(
    rf"\b(?:(?:[Tt]he(?:\s+same)?|[Aa](?=\s+ministry\s+(?:spokes|official|source)))\s+"
    r"|(?<![A-Za-z]\s)(?=ministry\s+spokes(?:man|woman|person)\s+[A-Z]))"
    rf"(?P<head>{_HEADS})\b"
)
_HEAD_RE = re.compile(rf"\b{_HEADS}\b")


def _head_key(words: str) -> str:
    return " ".join(words.lower().split())


_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")


def _repeated_name_claimant(ctx: _DocContext, pos: int, head: str) -> str | None:
    """Return the claimant of the last fuller name before ``pos`` that ends with ``head``.

    "the Asayish general command said" ... "the general command said": the bare name
    repeats the body named in full before it, a word or more before its head.
    """
    wanted = _head_key(head)
    lo = max(0, pos - _REPEATED_NAME_BACK)
    for c in reversed(_find_cached(ctx, _CLAIMANT_RE, lo, pos)):
        words = _head_key(ctx.text[c.start : c.end])
        if c.end <= pos and words != wanted and words.endswith(" " + wanted):
            return c.label or None
    return None


def _anaphoric_claimant(ctx: _DocContext, s: int, e: int) -> str | None:
    """Return the claimant of the full name an institution's bare name in the sentence repeats.

    "the Turkish General Staff said Thursday" ... "the General Staff said the
    airstrikes hit X": the second speaks for the Turkish government.
    """
    found = _ANAPHOR_RE.search(ctx.text, s, e)
    if found is None:
        return None
    # One scan of the text: the full names that carry an anaphor's head word.
    cues = _cached_spans(
        ctx,
        ("anaphor-cues", 0),
        lambda: [
            _Span(c.start(), c.end(), c.lastgroup or "")
            for c in _CLAIMANT_RE.finditer(ctx.text)
            if _HEAD_RE.search(c.group()) is not None
        ],
    )
    wanted = _head_key(found.group("head"))
    placed = _placed_source_claimant(ctx, found.start()) if wanted == "source" else None
    for cue in reversed(cues):
        if placed is not None and cue.start < placed[0]:
            break
        # "a military source" carries two heads: "the source" and "the military" both repeat it.
        if cue.start < found.start() and any(
            _head_key(head.group()) == wanted
            for head in _HEAD_RE.finditer(ctx.text, cue.start, cue.end)
        ):
            return cue.label or None
    if placed is not None:
        return placed[1]
    return _country_forces_claimant(
        ctx, found.start(), found.group("head")
    ) or _military_voice_claimant(ctx, found.start(), found.group("head"))


# "a source at the General Command of the X Armed Forces said": a source placed in a body, whose
# name follows the preposition.
_PLACED_SOURCE_RE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+)?source\s+(?:at|in|within|inside|from|of|close\s+to)\s+"
)
#: How far after its preposition the body a source is placed in may be named.
_PLACED_SOURCE_CHARS = 80


def _placed_source_claimant(ctx: _DocContext, pos: int) -> tuple[int, str] | None:
    """Return where the last source placed in a body was named before ``pos``, and its voice.

    "..., a source at the General Command of the X Armed Forces said today" then "The
    source added that on Monday the jets had hit ...": the source speaks again for the
    body it was placed in.
    """
    lo = max(0, pos - _REPEATED_NAME_BACK)
    placed = list(_PLACED_SOURCE_RE.finditer(ctx.text, lo, pos))
    for m in reversed(placed):
        cue = _CLAIMANT_RE.search(ctx.text, m.end(), min(pos, m.end() + _PLACED_SOURCE_CHARS))
        if cue is not None and cue.lastgroup:
            return m.start(), cue.lastgroup
    return None


# "the X General Staff said ..." then "..., the military said in a statement": a government's
# military body named before, named again by the kind of body it is.
_MILITARY_HEAD_RE = re.compile(r"[Mm]ilitary|[Aa]rmed\s+[Ff]orces")
_MILITARY_BODY_RE = re.compile(
    r"General\s+Staff|[Dd]efen[cs]e\s+[Mm]inistry|[Mm]inistry\s+of\s+[Dd]efen[cs]e|Pentagon"
)


def _military_voice_claimant(ctx: _DocContext, pos: int, head: str) -> str | None:
    """Return the government whose military body, named last before, "the military" repeats.

    "the X General Staff said on Friday" then "..., the military said in a
    statement": the statement is the same government's.
    """
    if not _MILITARY_HEAD_RE.fullmatch(head):
        return None
    lo = max(0, pos - _COUNTRY_FORCES_BACK)
    cues = [
        c
        for c in _CLAIMANT_RE.finditer(ctx.text, lo, pos)
        if c.lastgroup == "governments" and _MILITARY_BODY_RE.search(c.group())
    ]
    return cues[-1].lastgroup if cues else None


# "FSA fighters backed by the Turkish Armed Forces ..., the General Staff said": the forces
# of a country named before an institution that has no full name of its own.
_COUNTRY_FORCES_RE = re.compile(
    r"\b(?P<country>[A-Z][a-z]{3,15})\s+(?:Armed\s+Forces|[Mm]ilitary|[Aa]rmy|[Aa]ir\s+[Ff]orce"
    r"|[Nn]avy)\b"
)
# "Turkish aircraft have bombed X for months" then "the General Staff said ...": a country's
# aircraft named before count as its forces for a bare General Staff, the institution that
# speaks for a country's air strikes (not for a bare army, the military or a ministry,
# words that also name no speaker: "the military airport").
_COUNTRY_AIRCRAFT_RE = re.compile(
    r"\b(?P<country>[A-Z][a-z]{3,15})\s+(?:(?:fighter|war)\s*)?(?:jets|planes|aircraft)\b"
)
#: How far back the forces of a country are looked for.
_COUNTRY_FORCES_BACK = 600
# "Russia said", "Moscow says": a country (or its capital) speaking, whose voice the cues
# tell.
_COUNTRY_SAID_RE = re.compile(
    r"\b[A-Z][a-z]{3,15}\s+(?:(?:has|had|also)\s+)?(?:said|says|announced|claimed)\b"
)


def _country_forces_claimant(ctx: _DocContext, pos: int, head: str) -> str | None:
    """Return the claimant of an institution's bare name by the country's forces named before.

    "FSA fighters backed by the Turkish Armed Forces ..." then "the General
    Staff said": the institution speaks as "the Turkish General Staff". With no
    forces named, "Russia said ..." then "a ministry spokesman told reporters":
    the ministry is that of the country that spoke.
    """
    lo = max(0, pos - _COUNTRY_FORCES_BACK)
    found = list(_COUNTRY_FORCES_RE.finditer(ctx.text, lo, pos))
    if _head_key(head) == "general staff":
        found = sorted(
            [*found, *_COUNTRY_AIRCRAFT_RE.finditer(ctx.text, lo, pos)], key=lambda m: m.start()
        )
    if not found:
        if _head_key(head) != "ministry":
            return None
        # "Russia said on Thursday ..." then "X, a ministry spokesman, told reporters": with
        # no ministry or forces named, the country that spoke before is the ministry's.
        said = list(_COUNTRY_SAID_RE.finditer(ctx.text, lo, pos))
        spoke = _CLAIMANT_RE.search(said[-1].group()) if said else None
        return spoke.lastgroup if spoke is not None else None
    cue = _CLAIMANT_RE.search(f"the {found[-1]['country']} {head} said")
    return cue.lastgroup if cue is not None else None


# "the army said its jets struck ...": an army named with no country, speaking.
_BARE_ARMY_RE = re.compile(
    r"\b[Tt]he\s+army(?:\s*,\s*for\s+its\s+part\s*,)?\s+(?:also\s+)?"
    r"(?:said|says|announced|claimed)\b"
)
#: Whose army a bare "the army" is when no country's forces were named before it.
_HOME_ARMY = "Syrian"


def _bare_army_claimant(ctx: _DocContext, s: int, e: int) -> str | None:
    """Return the claimant of "the army" speaking with no country named in the sentence.

    The army is the country's whose forces the report named last before it
    ("the Turkish army ..." then "the army said": Turkey's); with none named,
    a report on Syria's war means Syria's own army.
    """
    if "army" not in ctx.lower[s:e]:
        return None
    found = _BARE_ARMY_RE.search(ctx.text, s, e)
    if found is None:
        return None
    return army_claimant_at(ctx, found.start())


def army_claimant_at(ctx: _DocContext, pos: int) -> str | None:
    """Return the claimant of an army named with no country at ``pos``.

    The army is the country's whose forces the report named last before it; with none
    named, a report on Syria's war means Syria's own army.
    """
    forces = _cached_spans(ctx, ("country-forces", 0), lambda: _scan_forces(ctx.text))
    k = bisect_right(forces, pos, key=lambda f: f.start) - 1
    cue = _CLAIMANT_RE.search(forces[k].label if k >= 0 else f"the {_HOME_ARMY} army said")
    return cue.lastgroup if cue is not None else None


def _scan_forces(text: str) -> list[_Span]:
    """Return every country's forces named and every foreign government's voice, in order.

    "The Free Syrian Army" is a rebel group, no country's; "the Turkish General Staff
    said" is a government's voice.
    """
    named = [
        _Span(m.start(), m.end(), f"the {m['country']} army said")
        for m in _COUNTRY_FORCES_RE.finditer(text)
        if not text[max(0, m.start() - 5) : m.start()].endswith("Free ")
    ]
    named += [
        _Span(c.start(), c.end(), c.group())
        for c in _CLAIMANT_RE.finditer(text)
        if c.lastgroup == "governments"
    ]
    return sorted(named, key=lambda f: f.start)


# "In the province of Raqqa, he said, bombers struck ...": a speaker named by a pronoun.
# "..., the group said": an organisation named again by its kind, the last claimant named.
# "..., the same rescuers said": whoever was named before, named again by "the same".
# "..., the spokesman added": the spokesman of the claimant named before, as "he".
# "X said in a statement. The statement said ...", "the general said ...": the statement or
# the officer named before, named again.
_PRONOUN_SPEAKER_RE = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]he\s+(?:group|general|statement)|[Tt]he\s+same\s+[a-z]+|[Tt]he\s+spokes(?:man|woman|person))"
    r"\s+(?:said|says|added|told\s+\w+)\b"
    # "..., the same friends say": people named before, in the plural.
    r"|\b[Tt]he\s+same\s+[a-z]+s\s+say\b"
    r"|\bsaid\s+(?:he|she|the\s+(?:group|general|statement)|the\s+same\s+[a-z]+)\b"
    # "Overnight, warplanes struck X, it said": the body named before, as "it".
    r"|,\s+it\s+(?:said|says|added)\b"
    # "The ministry said its bombers struck IS targets. It named the areas of X and Y": the
    # body named before, opening the sentence as "it", naming or listing what was struck.
    r"|(?:^|(?<=[.!?]\s))It\s+(?:also\s+)?(?:said|says|added|named|listed)\b"
    # "The monitor says jets flew 500 sorties. On Saturday alone it counted strikes on X": the
    # body named before, counting or recording what was struck.
    r"|\b[Ii]t\s+(?:also\s+)?(?:counted|recorded|documented|logged)\s+(?:\d[\d,]*\s+)?"
    r"(?:air\s*)?(?:strikes|raids)\b"
    # "In Aleppo province, according to the general, a plant was destroyed": the speaker
    # named before by his rank.
    # "According to the spokesman, in Latakia province bombers destroyed ...": so too the
    # spokesman named before.
    # "According to the official, ...": the official named before, by his bare word.
    r"|\b[Aa]ccording\s+to\s+(?:him|her|the\s+(?:general|statement|official"
    r"|spokes(?:man|woman|person)))\b"
    # "..., according to the same source": the source named before.
    r"|\b[Aa]ccording\s+to\s+the\s+same\s+[a-z]+\b"
)
#: The verbs _PRONOUN_SPEAKER_RE needs, one of which must be in the sentence (a fast check).
_SAYING_VERBS = (
    "said",
    "says",
    "say",
    "added",
    "told",
    "according",
    "According",
    "named",
    "listed",
    "counted",
    "recorded",
    "documented",
    "logged",
)
# "..., the centre said.": a bare name right before a verb of saying that closes the sentence.
_BARE_NAME_SAID_RE = re.compile(r",\s+the\s+[a-z]+\s+(?:said|says|added)\W*$")


def _anaphoric_speaker(ctx: _DocContext, s: int, e: int) -> str | None:
    """Return the claimant of an institution's bare name speaking at the end of a sentence."""
    if _BARE_NAME_SAID_RE.search(ctx.text[s:e].rstrip()) is None:
        return None
    return _anaphoric_claimant(ctx, s, e)


# "He said", "said she", "according to him": a person, not a body or a statement.
_PERSONAL_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|him|her)\b")
# "Dr Rana X", "Dr. Y": a person named by a doctor's title.
_DOCTOR_NAMED_RE = re.compile(r"\bDr\.?\s+[A-Z][\w'’-]+")
#: How many sentences back a pronoun's speaker is looked for.
_PRONOUN_LOOK_BACK = 4
#: How many sentences back "the statement" is looked for.
_STATEMENT_LOOK_BACK = 8
#: A statement named in a sentence, not statements in general.
_A_STATEMENT_RE = re.compile(r"statement(?!s)")
#: An official (or officials) named in a sentence.
_AN_OFFICIAL_RE = re.compile(r"official")


def _claimant_naming(
    ctx: _DocContext, index: int, named_re: re.Pattern[str]
) -> tuple[str | None, bool]:
    """Return the voice of the nearest sentence before that names ``named_re``'s word.

    "According to the statement, ...", "According to the official, ...": the sentence
    that named the statement (or the official) speaks, whoever spoke in the sentences
    since. Also says whether any sentence looked at named it.
    """
    named_any = False
    for j in range(index - 1, max(-1, index - 1 - _STATEMENT_LOOK_BACK), -1):
        a, b = ctx.sentences[j]
        if named_re.search(ctx.lower, a, b) is None:
            continue
        named_any = True
        found = _claimant_of(ctx, j)
        if found is not None and found != "reporter":
            return found, True
    return None, named_any


def _pronoun_claimant(ctx: _DocContext, index: int) -> str | None:
    """Return the claimant a sentence's "he said" points back at: the last one named before.

    "..., ministry spokesman Igor Konashenkov told reporters. In the province of
    Raqqa, he said, Su-34 bombers struck ...": the spokesman goes on speaking,
    across the paragraph break.
    """
    s, e = ctx.sentences[index]
    sentence = ctx.text[s:e]
    if not any(verb in sentence for verb in _SAYING_VERBS):
        return None
    pronoun = _PRONOUN_SPEAKER_RE.search(sentence)
    if pronoun is None:
        return None
    # "According to the statement, ...": the statement is the one named last, whoever
    # spoke in the sentences since ("..., an FSA commander told the agency").
    statement = pronoun.group().lower().startswith("according to the statement")
    if "spokes" in pronoun.group():
        spokesman = _spokesman_claimant(ctx, index)
        if spokesman is not None:
            return spokesman
    official = pronoun.group().lower().startswith("according to the official")
    named_statement = False
    if statement or official:
        # The statement's sentence may name its speaker again ("the General Staff"); a
        # statement, not statements in general ("in their statements"). "..., a civil
        # defence official told our correspondent." then "According to the official, the
        # jets targeted a school": the sentence that named the official, past others that
        # name other bodies (the capital that announced an operation).
        found, named = _claimant_naming(
            ctx, index, _A_STATEMENT_RE if statement else _AN_OFFICIAL_RE
        )
        if found is not None:
            return found
        named_statement = statement and named
    personal = _PERSONAL_PRONOUN_RE.search(pronoun.group()) is not None
    # A statement is found by its word alone (above), not by who spoke since.
    look_back = 0 if statement else _PRONOUN_LOOK_BACK
    for j in range(index - 1, max(-1, index - 1 - look_back), -1):
        a, b = ctx.sentences[j]
        if personal and _speaker_before_cues(ctx, a, b):
            # "..., the envoy said the UN had not been consulted before the Russian defence
            # minister announced ..." then "'We had reports of strikes on X,' he said": "he" is
            # the speaker opening the sentence, a role no body speaks for, not the body named
            # in what he said.
            return None
        # "..., Y said." before "According to the general, ...": a speaker named
        # again by his surname speaks for the body his full name was introduced with.
        # "..., the centre said." then "..., it added.": an institution named again by its
        # bare name ("the centre", "the ministry") is the last speaker, as its full name is.
        found = _field_side(
            ctx,
            j,
            _sentence_claimant(ctx, a, b)
            or (_named_speaker_claimant(ctx, a, b) if _surname_speaks(ctx.text, a, b) else None)
            or _anaphoric_speaker(ctx, a, b),
        )
        if found is not None:
            return found
        if " same " in pronoun.group() and _PRONOUN_SPEAKER_RE.search(ctx.text, a, b) is not None:
            # "According to the official, the jets targeted a school." then "..., according
            # to the same source": the source is whoever that sentence's anaphor points at,
            # not a body named further back.
            chained = _pronoun_claimant(ctx, j)
            if chained is not None:
                return chained
        if personal and _DOCTOR_NAMED_RE.search(ctx.text, a, b) is not None:
            # "Dr X, 34, a paediatrician, had worked in a hospital in Y." then "'The hospital
            # was struck twice,' she said": a doctor named by his title, no body of his named
            # with him, speaks as a local account, as a doctor saying after a comma does.
            return "activists"
        if personal and "spokes" in ctx.lower[a:b]:
            # "..., ministry spokesman X told a briefing." then "He said jets had instead
            # struck Y": the spokesman named last is "he", though the sentence names his
            # body only by its bare word.
            found = _spokesman_body(ctx, j, titled=True)
            if found is not None:
                return found
        turn = bisect_right(ctx.voice_starts, a) - 1
        if turn > 0 and ctx.voice_starts[turn] == a and ctx.voices[turn] is not None:
            # "The representative of X said ... . On 11 December ..., he said.": the speaker
            # whose turn the paragraph opens, named by no cue of the sentence, is "he".
            return ctx.voices[turn]
    if statement and not named_statement:
        # "..., the General Staff said Friday. According to the statement, jets had also hit
        # X": no statement named before, it is what the last speaker said, as "he said" is,
        # when that speaker is named by name (not "the ministry" alone).
        for j in range(index - 1, max(-1, index - 1 - _PRONOUN_LOOK_BACK), -1):
            a, b = ctx.sentences[j]
            found = _field_side(ctx, j, _sentence_claimant(ctx, a, b))
            if found is None:
                continue
            cues = _find_cached(ctx, _CLAIMANT_RE, a, b)
            named = any(ctx.text[c.start : c.end] != ctx.lower[c.start : c.end] for c in cues)
            return found if named else None
    return None


# "the envoy said", "the mediator told reporters": a speaker named by a bare lower-case role.
_ROLE_SAYS_RE = re.compile(r"\b[Tt]he\s+[a-z]+\s+(?:said|says|told)\b")


def _speaker_before_cues(ctx: _DocContext, s: int, e: int) -> bool:
    """Say whether a sentence's first speaker is a bare role that every claimant cue follows.

    "..., the envoy said the UN had not been consulted before the Russian defence minister
    announced ...": the voices named after the verb speak inside what the envoy said; a role
    that repeats a body ("the ministry said", "the spokesman said") is no such speaker.
    """
    role = _ROLE_SAYS_RE.search(ctx.text, s, e)
    if role is None or _ANAPHOR_RE.search(ctx.text, role.start(), role.end()) is not None:
        return False
    cues = _find_cached(ctx, _CLAIMANT_RE, s, e)
    return bool(cues) and all(c.start >= role.end() for c in cues)


# "the Unified Command of the X said": a body's name ending on a place, not a surname.
_ARTICLE_RIGHT_BEFORE_RE = re.compile(r"\b(?:[Tt]he|of)\s+$")


def _surname_speaks(text: str, s: int, e: int) -> bool:
    """Say whether a person named by his surname alone speaks in ``text[s:e]`` ("..., X said")."""
    return any(
        _ARTICLE_RIGHT_BEFORE_RE.search(text, max(s, found.start() - 8), found.start()) is None
        for found in _NAMED_SPEAKER_RE.finditer(text, s, e)
    )


#: How far before "spokesman" the body he speaks for is looked for ("the X ministry's").
_SPOKESMAN_BODY_BACK = 40


def _spokesman_claimant(ctx: _DocContext, index: int) -> str | None:
    """Return the claimant of the spokesman "the spokesman" points back at, if one was named.

    "..., the ministry's spokesman said. The X command has denied it. According to the
    spokesman, bombers struck ...": the sentence that named a spokesman gives his body,
    whoever spoke in the sentences since.
    """
    for j in range(index - 1, max(-1, index - 1 - _PRONOUN_LOOK_BACK), -1):
        a, b = ctx.sentences[j]
        if ctx.lower.rfind("spokes", a, b) >= 0:
            return _spokesman_body(ctx, j)
    return None


def _spokesman_body(ctx: _DocContext, j: int, titled: bool = False) -> str | None:
    """Return the body of the spokesman sentence ``j`` names last, if it can be told.

    With ``titled``, the role may be a title before the spokesman's name ("ministry
    spokesman X"), which the bare body's word is read with.
    """
    a, b = ctx.sentences[j]
    at = ctx.lower.rfind("spokes", a, b)
    if at < 0:
        return None
    # The body named right before the role ("the X ministry's spokesman"), not the
    # sentence's other voices ("reports by Y ..., the X ministry's spokesman said").
    lo = max(a, at - _SPOKESMAN_BODY_BACK)
    cues = [c for c in _find_cached(ctx, _CLAIMANT_RE, lo, at) if c.end <= at]
    end = min(b, at + _SPOKESMAN_BODY_BACK) if titled else at + len("spokesman")
    found = cues[-1].label if cues else _anaphoric_claimant(ctx, lo, end)
    return found if found not in ("", "reporter") else None


_QUOTE_OPENING_RE = re.compile(r"\s*[\"“«]")
# "told Anadolu Agency", "told the agency": the hearer right after a verb of telling.
_HEARER_BEFORE_RE = re.compile(r"\btold\s+(?:the\s+)?\Z")


#: How many quoted paragraphs back the lead of a quotation is looked for.
_QUOTE_CHAIN = 12


def _continued_quote_claimant(ctx: _DocContext, s: int) -> str | None:
    """Claimant of the lead a quoted paragraph goes on from.

    Wire copy: "..., the Defence Ministry said on Sunday." then a paragraph
    that is a bare quotation (“During the past night, ...”): the quotation is
    the same speaker's.
    """
    para = _paragraph_index(ctx, s)
    start = ctx.paragraphs[para]
    if para == 0 or not _QUOTE_OPENING_RE.match(ctx.text, start):
        return None
    key = ("quote_lead", para)
    if key in ctx.cache:
        return ctx.cache[key]
    # "“...,” a ministry spokesman told journalists.": a quotation naming its own speaker
    # is that speaker's, not the lead's before it.
    end = ctx.paragraphs[para + 1] if para + 1 < len(ctx.paragraphs) else len(ctx.text)
    own = _CLAIMANT_RE.search(ctx.text, start, end)
    if own is not None:
        ctx.cache[key] = own.lastgroup
    else:
        j = para - 1
        for _ in range(_QUOTE_CHAIN):
            while j > 0 and not ctx.text[ctx.paragraphs[j] : ctx.paragraphs[j + 1]].strip():
                j -= 1
            # A quotation of several paragraphs opens each with a quote mark: the voices the
            # speaker cites inside it ("Residents told us ...") are not its lead's.
            if j == 0 or not _QUOTE_OPENING_RE.match(ctx.text, ctx.paragraphs[j]):
                break
            j -= 1
        cues = list(_CLAIMANT_RE.finditer(ctx.text, ctx.paragraphs[j], ctx.paragraphs[j + 1]))
        if _speaker_before_cues(ctx, ctx.paragraphs[j], ctx.paragraphs[j + 1]):
            # "..., the envoy said the UN had not been consulted before the Russian defence
            # minister announced ...": the quotation goes on in the envoy's words, not in
            # those of a body named inside what he said.
            cues = []
        # "X, a commander of a Turkmen brigade, told Anadolu Agency that ...": the outlet the
        # lead's speaker told is his hearer, not the voice his quotation goes on in.
        spoken = [
            c
            for c in cues
            if not _HEARER_BEFORE_RE.search(ctx.text, max(0, c.start() - 16), c.start())
        ]
        cues = spoken or cues
        ctx.cache[key] = cues[-1].lastgroup if cues else None
    return ctx.cache[key]


# The patterns tried most often open with a look-ahead of their first characters
# (see lexicon.quick_opening): the same matches, found with fewer tries.
_PRONOUN_SPEAKER_RE = quick_opening(_PRONOUN_SPEAKER_RE)
_SOURCES_LISTED_BEFORE_RE = quick_opening(_SOURCES_LISTED_BEFORE_RE)
