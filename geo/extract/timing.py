"""The date of a strike sentence, from the date cues that the dates module finds."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date, timedelta

from geo.extract.context import (
    _CLAUSE_BREAK_RE,
    YEAR_RE,
    _cached_spans,
    _DocContext,
    _in_range,
    _mention_at,
    _mentions_in,
    _paragraph_index,
    _Post,
    _post_index,
    _Scope,
    _sentence_at,
    _sentence_cues,
    _Span,
    describes_day,
)
from geo.extract.datelines import labels_line
from geo.extract.dates import DateCue, ResolvedDate, find_date_cues, resolve_cue
from geo.extract.lexicon import alternation, load, quick_opening
from geo.extract.triggers import _GROUND_FIRE_RE, _has_air_word
from geo.extract.voices import (
    _QUESTION_LABEL_RE,
    _SPEAKER_TURN_RE,
    _author_voice,
    _claimant_of,
    _voice,
)
from geo.names import governorate_of

# "This story was updated on 18 May to add the account of the Tuesday raids": the day a
# story was updated, amended or corrected is the copy's, as the day of saying is.
_STATEMENT_BEFORE_RE = re.compile(
    r"\b(?:said|says|say|reported|reports|report|told|announced|published|wrote|added|tweeted"
    r"|released|stated|confirmed|claimed|declared|statement|interview|briefing"
    r"|updated|amended|corrected)\b"
    r"(?:\s+(?!that\b)[\w'’]+){0,2}\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_STATEMENT_AFTER_RE = re.compile(
    r"^\s+(?:said|says|reported|announced|published|wrote|told|tweeted|released)\b", re.I
)
# "before dawn", "in the last hours before the deadline,": a phrase of time, not another
# event's clause; the date beside it still dates the strike.
_TIME_PHRASE = (
    r"\s+(?:(?:the|a|an|its|their|this|that)\s+[\w-]+\s*[,;.)]"
    # "just before iftar": the meal that breaks a Ramadan fast, or the one before dawn.
    r"|(?:dawn|daybreak|sunrise|noon|midday|sunset|dusk|nightfall|midnight|iftar|suhoor|suhur)\b"
    # "a little after the noon prayer,": the hour of a prayer, named in English or by its
    # Arabic name ("after the isha prayer,", "after the maghrib prayers").
    r"|(?:the\s+)?(?:dawn|noon|midday|afternoon|evening|night|Friday|fajr|dhuhr|zuhr|asr"
    r"|maghrib|isha|taraweeh|tarawih)\s+prayers?\b"
    # "shortly after the evening call to prayer last Friday": the call is the hour too.
    r"|(?:the\s+)?(?:(?:dawn|noon|midday|afternoon|evening|sunset|night|Friday)\s+)?"
    r"(?:call\s+to\s+prayers?|adhan|azan)\b)"
)
_OTHER_CLAUSE_RE = re.compile(
    # "the day before yesterday": a day of its own, not another event's clause. "Minutes
    # before a strike hit the street" is the same day's moment, no other clause's day.
    r"\b(?<!\bminutes\s)(?<!\bmoments\s)(?<!\bseconds\s)(?<!\bshortly\s)"
    rf"(?:(?:after|before)(?!\s+(?:about\s+|around\s+)?\d)(?!{_TIME_PHRASE})"
    r"(?!\s+(?:yesterday|last)\b)|until|once"
    # "following the raid" opens another clause; "the following villages:" opens a list.
    r"|(?<!the\s)following)\b",
    re.IGNORECASE,
)
# "since Saturday", "until 18 October": a bound of a period, not the day of a strike.
_PERIOD_BOUND_BEFORE_RE = re.compile(
    r"\b(?:since|(?P<end>until|till))\s+(?:the\s+)?$", re.IGNORECASE
)
# "spared until 4 June, when jets bombed X": the end's day is the day its clause tells.
_WHEN_AFTER_BOUND_RE = re.compile(r",?\s*when\b")
# "since Saturday, when jets began ...": a when-clause telling a beginning keeps the bound a
# period's start.
_WHEN_BEGAN_RE = re.compile(
    r",?\s*when\s+[^,.;:]{0,60}?\b(?:began|begun|started|launched|opened|resumed)\b"
)
# "said that since Saturday ...", "Since Thursday, ...": a period opening its clause.
_SINCE_OPENS_CLAUSE_RE = re.compile(
    r"(?:[,;:]|\b(?:that|said|says|added))\s*[\"“]?\s*[Ss]ince\s+(?:the\s+)?$"
)
_SINCE_OPENING_RE = re.compile(r"\s*[\"“]?\s*[Ss]ince\s+(?:the\s+)?")
# Another predicate between a strike word and a date: "hit X, a town troops have been trying to
# storm since Saturday"; a change in the strikes' rate: "sorties have grown since the weekend".
_OTHER_PREDICATE_RE = re.compile(
    r"\b(?:to\s+[a-z]+|ha(?:ve|s|d)\s+been|who|which|that|where|"
    + alternation(load("triggers")["trend_verbs"])
    + r")\b",
    re.IGNORECASE,
)


# A clause of what came after the strike, with its day: "struck X before the fighters
# entered it on Monday" (no other clause word between).
_BEFORE_CLAUSE_RE = re.compile(
    r"(?:(?!\b(?:after|until|once|following|since|where|who|which)\b)[^.;])*?"
    r"\bbefore\b(?!\s+(?:about\s+|around\s+)?\d)[^.;,]*",
    re.IGNORECASE,
)
# "fighters who had attacked": the verb of a clause whose subject is people (aircraft are
# "which"), their deed on the ground.
_PEOPLES_VERB_BEFORE_RE = re.compile(r"\bwho\s+(?:had\s+|has\s+|have\s+)?$", re.IGNORECASE)
# A relative clause after the strike, still open at the date: ", where families who fled",
# "a truce that took hold": its verb tells of something else.
_RELATIVE_CLAUSE_RE = re.compile(
    r"(?:,\s*(?P<pronoun>where|who|whom|whose|which)\b"
    r"|\s(?P<that>that)\s+(?:[a-z]+ed|took|began|went|came|broke|fell|held)\s"
    # "hit X and Y, two villages the insurgents seized last week": places set in apposition
    # with a clause of their own, whose subject comes before its verb.
    r"|,\s*(?:[\w-]+\s+){0,2}?(?:villages?|towns?|cities|city|areas?|districts?"
    r"|neighbou?rhoods?|hills?|positions)\s+(?:that\s+)?(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?"
    r"\s+(?:[a-z]+ed|took|won|held|lost|overran|retook)\s"
    # "near X and Y, two towns captured by the insurgents late last month": the same places
    # with a passive clause of their own, its agent after "by".
    r"|,\s*(?:[\w-]+\s+){0,2}?(?:villages?|towns?|cities|city|areas?|districts?"
    r"|neighbou?rhoods?|hills?|positions)\s+(?:(?:that|which)\s+(?:were|was|had\s+been)\s+)?"
    r"(?:[a-z]+ed|taken|retaken|overrun|won|held|lost)\s+by\s"
    # "advanced from hills they seized last week": a place the ground forces took, after a
    # preposition of their movement, with a clause of its own, its subject before its verb.
    r"|\b(?:from|into|toward|towards|beyond)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:villages?|towns?"
    r"|hills?|heights|positions|areas?|districts?|neighbou?rhoods?)\s+(?:that\s+)?"
    r"(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:had\s+)?(?:seized|captured|took|overran"
    r"|retook|stormed|entered|won)\s)[^,;]*$",
    re.IGNORECASE,
)


# "Y denied it, saying ...": a side's reply to the account just told speaks of the same
# strikes, on that account's day, though another voice tells it.
_REPLY_TO_ACCOUNT_RE = re.compile(
    r"\b(?:denied|denies|disputed|disputes|rejected|rejects|dismissed|dismisses)\s+"
    r"(?:it|this|the\s+(?:claims?|reports?|accounts?|allegations?))\s*[,;.]"
)
#: How far into a sentence a reply to the account before it is looked for.
_REPLY_OPENING_CHARS = 80
# "The jets hit X and Y ...": a sentence opening on the aircraft or strikes told before goes
# on with them, whoever it quotes; so does one opening on a share of them ("Most of the
# strikes hit X and Y, according to ...").
_SAME_STRIKES_OPENING_RE = re.compile(
    r"[\s\"'“‘]*(?:(?:Most|Some|Many|Half|All|Several|One|Two|Three|Four|Five)\s+of\s+[Tt]he"
    r"|The)\s+(?:same\s+)?(?:jets|warplanes|war\s?planes|planes|aircraft|bombers"
    r"|helicopters|(?:air\s*)?strikes|(?:air\s*)?raids|bombardments?|bombings?|sorties)\b"
)
# "In nearby X, a second wave of strikes ...", "Another raid hit X", "The same morning,
# strikes on X ...", "Separate raids hit the towns of X and Y": more of the strikes told
# before, whose aircraft the sentence need not name again.
_MORE_STRIKES_OPENING_RE = re.compile(
    r"[\s\"'“‘]*(?:In\s+(?:nearby\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2},\s+)?"
    r"(?:[Aa]\s+(?:second|third|further|fresh|new)\s+(?:(?:wave|round|series)\s+of\s+)?"
    r"|[Aa]nother\s+(?:(?:wave|round|series)\s+of\s+)?"
    r"|(?:[Ss]eparate|[Oo]ther|[Ff]urther|[Mm]ore)\s+"
    r"|(?:On\s+)?[Tt]he\s+same\s+(?:morning|day|night|afternoon|evening),?\s+)"
    r"(?:air\s*)?(?:strikes?|raids?)\b"
)
# "An activist told the agency that the vacuum missiles fell on X", "the Observatory said the
# airstrikes hit X", "the Observatory says strikes hit X": the reported speech goes on with the
# aircraft or weapons told before. "The ministry said its jets ..." tells of its own.
_SAME_STRIKES_REPORTED_RE = re.compile(
    r"\b(?:said|says|told(?:\s+[\w'’-]+){1,4}?|reported|added)\s+(?:that\s+)?"
    r"(?:the\s+)?(?:same\s+)?(?:(?!(?:its|their|our|his|her)\s)[\w-]+\s+)?(?:jets|warplanes|war\s?planes|planes|aircraft|bombers|helicopters"
    # "the minister said four ships had fired 26 missiles": the warships whose cruise
    # missiles were told before.
    r"|(?:war)?ships|vessels"
    r"|missiles|rockets|bombs|barrels|(?:air\s*)?strikes|(?:air\s*)?raids)\b",
    re.IGNORECASE,
)
# "Russia, which began air strikes on September 30, said ...": a clause enclosed in commas on
# when a side's campaign began, open at the date; its day is the campaign's start. "The
# coalition, which has been bombing IS since September 2014, said ...": how long it has lasted.
_ONSET_CLAUSE_RE = re.compile(
    r",\s*(?:which|who)\s+(?:"
    + alternation(load("triggers")["onset_verbs"])
    + r"|ha(?:s|ve|d)\s+been\s+[a-z]+ing)\b[^,;.]*$",
    re.IGNORECASE,
)
_CLAUSE_CLOSE_RE = re.compile(r"[^,;.]*,")
# "the deadliest day since Moscow began its air campaign at the end of September", "since the
# start of the truce on 27 February": "since" opening a clause on when something began, the
# cue in that clause (no comma between) dates the beginning, not the strike told.
_SINCE_ONSET_BEFORE_RE = re.compile(
    r"\bsince\s+(?:[\w'’-]+\s+){0,6}?(?:"
    + alternation(load("triggers")["onset_verbs"])
    + r"|(?:start|beginning|outset)\s+of)\b[^,;.]{0,80}$",
    re.IGNORECASE,
)
# "the heaviest raids since the bombing of X in August": a day in a comparison's "since",
# which bounds what the strikes are compared with.
_SUPERLATIVE_SINCE_BEFORE_RE = re.compile(
    r"\b(?:"
    + alternation(load("triggers")["comparison_superlatives"])
    + r")\b[^,;.]{0,80}?\bsince\s[^,;.]{0,80}$",
    re.IGNORECASE,
)
# "After Russian aircraft joined the government's air campaign at the end of September,
# facilities in X were hit ...": "after" opening a clause on when a side's campaign began,
# the cue in it (no comma between) dates the campaign's start, not the strikes told.
_AFTER_ONSET_BEFORE_RE = re.compile(
    r"\bafter\s+(?:[\w'’-]+\s+){0,4}?(?:"
    + alternation(load("triggers")["onset_verbs"])
    + r")\s+(?:[\w'’-]+\s+){0,6}?(?:campaign|intervention|air\s+war|war)\b[^,;.]{0,40}$",
    re.IGNORECASE,
)
# "the worst breach of the truce since it took effect on 27 February": the truce's day; so
# is "the worst breach since a truce took effect on Feb. 27", the truce named after "since".
_TRUCE_SINCE_BEFORE_RE = re.compile(
    r"(?:\b(?:" + alternation(load("triggers")["truce_nouns"]) + r")\s+since\s+(?:it|they)"
    r"|\bsince\s+(?:a|the)\s+(?:" + alternation(load("triggers")["truce_nouns"]) + r"))\s+"
    r"(?:[a-z][\w'’-]*\s+){1,4}?(?:on|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "died of wounds he sustained last week": the day of the wounds, not of a strike told now.
_WOUNDS_SUSTAINED = (
    r"\b(?:wounds|injuries)\s+(?:(?:he|she|they|we)\s+)?(?:had\s+)?"
    r"(?:sustained|received|suffered)\s+"
)
# "... in the bombardment of X": the earlier strike that dealt the wounds, up to its place.
_WOUNDS_STRIKE_OF = (
    r"(?:in|during|from)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:bombardment|raids?|strikes?|airstrikes?|shelling|attacks?|bombing)\s+(?:of|on|in|at)\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?"
)
_WOUNDS_BEFORE_RE = re.compile(
    _WOUNDS_SUSTAINED + r"(?:in\s+|on\s+)?"
    # "died of wounds he had sustained in the bombardment of X last week": the earlier
    # strike's place between; "... in the strikes on X on Sunday": its day after "on".
    r"(?:" + _WOUNDS_STRIKE_OF + r"[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:on\s+)?)?$",
    re.IGNORECASE,
)
#: The words on wounds dealt by an earlier strike, up to the place it struck (see
#: :func:`geo.extract.events._wounds_dates`, which gives that place the day after it).
WOUNDS_STRIKE_BEFORE_RE = re.compile(_WOUNDS_SUSTAINED + _WOUNDS_STRIKE_OF + "$", re.IGNORECASE)
# "of the wounds he received on 11 X, when jets struck Y": the strike that dealt them told next.
_WOUNDS_STRIKE_AFTER_RE = re.compile(r",?\s+(?:when|as|in|during|from)\b")
# "had reopened only on Sunday", "returned to work last Monday": a day of return after strikes
# (jets that "came back on" a day struck on it).
_REOPENED_BEFORE_RE = re.compile(
    r"\b(?:re-?opened|(?:returned|came\s+back|went\s+back)\s+to\s+(?:work|class(?:es)?|school))"
    r"\s+(?:only\s+|just\s+)?(?:on|last)\s+$"
)
# "on the eve of the talks, which opened on Jan. 29": the day before the one the clause gives.
_EVE_OF_BEFORE_RE = re.compile(r"\b[Tt]he\s+eve\s+of\b[^;:]{0,80}$")
# What may come before a count of days that opens a sentence: "Three days earlier, ...".
_OPENING_RE = re.compile(r"[\s\"'“‘(]*(?:(?:And|But|Then|Only)\s+)?")
_AFTER_BEFORE_RE = re.compile(r"\b(?:after|before)$", re.IGNORECASE)
# A count of days set off by a comma after the clause it follows: ", a day after ...".
_COMMA_END_RE = re.compile(r",\s*$")
_AND_CLAUSE_AFTER_DAY_RE = re.compile(r",\s+and\s")
# A day opening its sentence ("On Sunday, ...", "Late on Tuesday, ...").
_DAY_OPENING_RE = re.compile(
    r"[\s\"'“‘(]*(?:(?:(?:Early|Late)\s+)?(?:[Oo]n|[Ll]ate\s+on|[Ee]arly\s+on)\s+)?"
)
# "On March 24, the ministry said its jets had struck X the previous day": a day opening the
# sentence before its speaker and verb of saying is the day the speaker spoke, which the
# count of days in the sentence counts from. "On Monday the spokesman, Maj Gen X, said ...":
# a speaker named in apposition between commas is the same speaker.
_SAID_AFTER_OPENING_DAY_RE = re.compile(
    r",?\s+(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+(?:,\s+(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+,)?\s+"
    r"(?:said|says|reported|announced|told|claimed|stated)\b"
)
#: The counts of days that count from the day a speaker spoke.
_SPEAKER_COUNTS = ("priorday", "pastwin", "yesterday")
# The clause of cause right after that day, its strike word at its head: ", after air strikes
# on X", ", following heavy raids on X", "after Russian air strikes on the town".
_CAUSE_HEAD_AFTER_DAY_RE = re.compile(
    r"\s*,?\s*(?:after|following)\s+"
    # "on November 3, 2015, after what activists said were air strikes by Russian warplanes",
    # "after what rescuers described as a barrel bomb": a caption's cause told as a voice's
    # word on it is still the cause the day heads.
    r"(?:what\s+(?:[\w'’-]+\s+){1,6}?(?:said|says|say|described\s+as|called)\s+"
    r"(?:(?:were|was)\s+)?)?"
    r"(?i:(?:the|a|an|two|three|several|heavy|intense|new|fresh"
    r"|more)\s+)?"
    # "died there on Tuesday after a wave of Russian strikes": strikes counted in a wave.
    r"(?i:(?:wave|series|barrage|round|string)s?\s+of\s+(?:(?:heavy|intense|new|fresh)\s+)?)?"
    r"(?:[A-Z][\w-]*\s+)?(?i:air\s+|aerial\s+"
    # "took X on Tuesday after jets bombed the town": the aircraft, subject of the strike;
    # "after warplanes fired missiles at ...": what they fired.
    r"|(?:war)?(?:jets|planes|aircraft|helicopters|bombers|drones)\s+"
    r"(?:(?:fired|dropped|launched)\s+(?:(?:a|two|three|several|\d+)\s+)?)?)?"
)
# "On 27 June, after rebels launched an offensive on X, the monitor reported strikes on Y": a
# clause of time set off by commas right after a day opening the sentence; the main clause
# after it, with its strike, is the day's.
_FRONTED_CLAUSE_AFTER_DAY_RE = re.compile(
    r"\s*,\s*(?:after|as|when|once|shortly\s+after|hours\s+after)\s+[^,;:()]{3,160},\s"
)
# "On March 3, two days after the truce began, jets hit X": a count of days set off by a
# comma right after a day describes that day.
_APPOSITION_RE = re.compile(r"\s*,\s*")
# "On Thursday, in the early morning, we heard Russian jets over the town.": a day opening
# a sentence that sets the scene with aircraft, before the strike the next one tells.
# "During Friday prayers on 19 August, I heard helicopters over the town.", "At dawn on
# Tuesday we heard jets.": a time of the day fronted before it sets the same scene.
_SCENE_OPENING_RE = re.compile(
    r"[\s\"'“‘(]*(?:(?:And|But|Then)\s+)?(?:(?:During|At|In)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}[\w'’-]+\s+(?:on|of)\s+)?(?:(?:[Oo]n|[Ee]arly|[Ll]ate)\s+)?"
)
# "On Tuesday we saw the worst single day since the truce. Air strikes hit X ...": a day the
# sentence before calls the worst of a period is the day of the strikes told right after it.
_WORST_DAY_RE = re.compile(
    r"\b(?:worst|deadliest|bloodiest|heaviest|darkest)\s+(?:single\s+)?day\b", re.IGNORECASE
)
_SCENE_AIRCRAFT_RE = re.compile(
    r"\b(?:" + alternation(load("triggers")["scene_aircraft"]) + r")\b", re.IGNORECASE
)
# "On Sunday, May 3, it happened again, a few streets away. Jets struck X ...": a day opening
# a sentence that only says the thing told before came back is the day of the strike the
# next sentence tells.
_RECURRENCE_RE = re.compile(r"\b(?:it|this|that)\s+(?:happened|came)\s+again\b", re.IGNORECASE)


# "hit for the third time since early September", "the second such attack since 1 April": a
# count of strikes from a day, which neither dates nor opens the window of the strike told.
_COUNT_SINCE_BEFORE_RE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th)"
    r"|\w{2,12}teenth|\w{3,8}tieth)\s+(?:such\s+)?(?:time|attack|strike|raid)s?\s+since\s+"
    r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$",
    re.IGNORECASE,
)


def _in_since_onset(text: str, s: int, cue: DateCue) -> bool:
    """Whether a cue dates what began in a clause opened by "since" or "after" (no comma between).

    "the heaviest raids since the truce began on 27 February": the truce's day, neither the
    strike's nor the day "Hours later" and "the same day" count from.
    """
    lo = max(s, cue.start - 150)
    before = text[lo : cue.start].lower()
    return (
        "since" in before
        and (
            _SINCE_ONSET_BEFORE_RE.search(text, lo, cue.start) is not None
            or _SUPERLATIVE_SINCE_BEFORE_RE.search(text, lo, cue.start) is not None
        )
    ) or ("after" in before and _AFTER_ONSET_BEFORE_RE.search(text, lo, cue.start) is not None)


def _in_onset_clause(ctx: _DocContext, s: int, e: int, cue: DateCue, triggers: list[_Span]) -> bool:
    """Whether a cue dates the start of a side's campaign in a clause enclosed in commas.

    "Russia, which began air strikes on September 30, said its jets hit X": the
    clause opens after a name, not after a strike word ("The strikes, which began at
    dawn on Tuesday, hit X" dates them), and a strike word follows its closing comma.
    """
    text = ctx.text
    if (
        "which" not in text[max(s, cue.start - 120) : cue.start]
        and "who" not in text[max(s, cue.start - 120) : cue.start]
    ):
        return False
    clause = _ONSET_CLAUSE_RE.search(text, max(s, cue.start - 120), cue.start)
    if clause is None or any(t.end == clause.start() for t in triggers):
        return False
    close = _CLAUSE_CLOSE_RE.match(text, cue.end, e)
    return close is not None and any(t.start >= close.end() for t in triggers)


#: How far before its heading's date a day without a year may fall and still be read so.
_HEADING_YEAR_SLACK = timedelta(days=180)


def _year_of_page(
    ctx: _DocContext, cue: DateCue, reference: date, resolved: ResolvedDate
) -> ResolvedDate:
    """Give a day written without a year the page's year when a heading dated it a year back.

    An incident heading ("Incident date: February 24, 2016") dates the
    entry, not the writing: "on the night of February 26" in a later entry
    of a page published in March is that February's, not the year before.
    """
    published = ctx.doc.published
    if (
        cue.kind != "explicit"
        or cue.year is not None
        or published is None
        or reference >= published
        or resolved.date >= reference - _HEADING_YEAR_SLACK
    ):
        return resolved
    later = resolve_cue(cue, published)
    if later is not None and reference <= later.date <= published:
        return later
    return resolved


_MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
# A month and its year ("March 2016").
_MONTH_YEAR = r"(?P<month>" + alternation(_MONTH_NAMES) + r")\s+(?P<year>(?:19|20)\d\d)\b"
# A chronology's entry opening its line on a month and its year ("Early March 2016 - ...",
# "23 August 2015 - ...", "March 2016:"), not a month told in passing ("since September 2015").
_MONTH_YEAR_RE = re.compile(
    r"^[ \t]*(?:(?:[Ee]arly|[Ll]ate|[Mm]id-?|[Ee]nd\s+of|[Bb]eginning\s+of)[ \t]*)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?" + _MONTH_YEAR,
    re.MULTILINE,
)


def _year_of_entry(ctx: _DocContext, cue: DateCue, resolved: ResolvedDate) -> ResolvedDate | None:
    """Give a day written without a year the year of the chronology entry of its month above.

    "Early March 2016 - ..." then "From March 20 to March 23 - ..." under an entry of the
    year before: the days are that March's. None when no such entry moves the year.
    """
    published = ctx.doc.published
    if cue.kind != "explicit" or cue.year is not None or cue.month is None or published is None:
        return None
    named = _month_year_above(ctx, cue)
    if named is None or named == resolved.date.year:
        return None
    try:
        day = resolved.date.replace(year=named)
    except ValueError:  # 29 February of a year without one
        return None
    return replace(resolved, date=day) if day <= published else None


#: How far before its report's day a day written without a year must fall for the years
#: the text told before it to be its own: a look back, not the latest such day's.
_LOOK_BACK = timedelta(days=90)
# "since 2015", "since September 2015": the onset of a period, not a season told.
_SINCE_BEFORE_RE = re.compile(r"\bsince\s+(?:[A-Z][a-z]+\.?\s+)?$", re.IGNORECASE)


def _year_told_before(
    ctx: _DocContext, cue: DateCue, reference: date, resolved: ResolvedDate
) -> ResolvedDate | None:
    """Give a day written without a year, months before the writing, the year told before it.

    A memoir published in the spring that opens "In the autumn of 2015, ..." and goes on
    "On 9 November, jets struck X" tells that autumn's 9 November, not the one of the
    year before its writing. Only when the day read in its latest year falls more than
    :data:`_LOOK_BACK` before the writing, and the latest year the text wrote before it
    (a flashback to an earlier one aside, a period's onset not counted) is the year before
    that reading. None when nothing moves the year.

    A chronology's entry opening its line ("Oct. 7 - Four warships fire ..." under
    "Sept. 30, 2015 - Russia launches ...") follows the entries before it at any distance
    from the writing, when an entry of that year was written with its month.
    """
    if cue.kind != "explicit" or cue.year is not None or cue.month is None:
        return None
    line = ctx.text.rfind("\n", 0, cue.start) + 1
    numbered = _NUMBERED_ITEM_RE.match(ctx.text, line, cue.start + 1)
    entry = (
        not ctx.text[line : cue.start].strip()
        or _BULLET_ITEM_RE.fullmatch(ctx.text, line, cue.start) is not None
        or (numbered is not None and numbered.end() == cue.start)
    )
    if not entry and resolved.date >= reference - _LOOK_BACK:
        return None
    years = _cached_spans(
        ctx,
        ("years",),
        lambda: [
            _Span(m.start(), m.end(), m.group())
            for m in YEAR_RE.finditer(ctx.text)
            if int(m.group()) <= reference.year
        ],
    )
    told = [
        int(y.label)
        for y in years[: bisect_right(years, cue.start, key=lambda y: y.start)]
        if not _SINCE_BEFORE_RE.search(ctx.text, max(0, y.start - 12), y.start)
    ]
    # Only the year before the latest reading: a year further back is history the text
    # recalls ("the clinic, built in 2009"), not the season it goes on to tell.
    if not told or max(told) != resolved.date.year - 1:
        return None
    year = max(told)
    # A story told in order: after "On October 7, 2015, ..." a yearless "February 3" is the
    # February after it.
    written = [
        date(c.year, c.month, c.day or 1)
        for index in range(bisect_right(ctx.sentence_starts, cue.start))
        for c in _sentence_cues(ctx, index)
        if c.start < cue.start and c.kind == "explicit" and c.year == year and c.month is not None
    ]
    if entry and not written:
        return None
    try:
        day = resolved.date.replace(year=year)
        if written and day < max(written):
            day = day.replace(year=year + 1)
    except ValueError:  # 29 February of a year without one
        return None
    return replace(resolved, date=day) if day < resolved.date else None


def _month_year_above(ctx: _DocContext, cue: DateCue) -> int | None:
    """Return the year of the chronology entry last dated by month and year above a cue.

    Only the nearest such entry counts, and only when it names the cue's month.
    """
    found = _cached_spans(
        ctx,
        ("month_years",),
        lambda: [
            _Span(m.start(), m.end(), f"{_MONTH_NAMES.index(m['month']) + 1} {m['year']}")
            for m in _MONTH_YEAR_RE.finditer(ctx.text)
        ],
    )
    i = bisect_right(found, cue.start - 1, key=lambda h: h.start) - 1
    while i >= 0 and found[i].end > cue.start:
        i -= 1
    if i < 0:
        return None
    month, year = found[i].label.split()
    return int(year) if int(month) == cue.month else None


# A chronology's month heading: a line holding a month's name alone ("JULY", "March 2016"),
# or opening its line before a colon ("January: Pictures of ..."). A range of months
# ("April-May:") heads no single month.
_MONTH_HEADING_RE = re.compile(
    r"^[ \t]*(?P<month>"
    + alternation(_MONTH_NAMES + [m.upper() for m in _MONTH_NAMES])
    + r")(?:[ \t]+(?:19|20)\d\d)?[ \t]*(?::|$)",
    re.MULTILINE,
)


# "In January the war comes back.", "by early March 2016": a month named with no day of its
# own, as the month of the days written alone after it.
_TOLD_MONTH_RE = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Bb]y|[Tt]hrough|[Tt]hat)\s+(?:(?:early|late|mid)[\s-])?(?P<month>"
    + alternation(_MONTH_NAMES)
    + r")\b(?:\s+(?P<year>(?:19|20)\d\d)\b)?(?![\s,]*\d)"
)


def _month_end(name: str, year: str, reference: date) -> date:
    """Return the last day of month ``name`` of ``year``, or ``reference`` if that comes first.

    An empty ``year`` is the month's latest year by the reference.
    """
    month = _MONTH_NAMES.index(name) + 1
    number = int(year) if year else reference.year - (month > reference.month)
    following = date(number + month // 12, month % 12 + 1, 1)
    return min(following - timedelta(days=1), reference)


def _nearest_before(ctx: _DocContext, spans: list[_Span], s: int, at: int) -> _Span | None:
    """Return the last of ``spans`` (sorted) before ``at``, or None when it lies too far back.

    It must lie in the sentence at ``s`` or the one before it, in the same paragraph.
    """
    i = bisect_right(spans, at, key=lambda h: h.start) - 1
    here = _sentence_at(ctx, s)
    floor = max(ctx.sentences[max(here - 1, 0)][0], ctx.paragraphs[_paragraph_index(ctx, s)])
    if i < 0 or spans[i].start < floor or spans[i].end > at:
        return None
    return spans[i]


def _told_month_end(ctx: _DocContext, s: int, at: int, reference: date) -> date | None:
    """Return the last day of the month named alone just before a day written alone, or None.

    A diary's "In January the war comes back. On the 9th a rocket hit the school" tells the
    9th of that January, not the latest 9th by the writing: the last month named with no
    day (its year when written, else its latest year by the reference) before the day at
    ``at``, in the sentence before the one at ``s`` or in that one, and in the same
    paragraph, bounds the day written alone.
    """
    months = _cached_spans(
        ctx,
        ("told_months",),
        lambda: [
            _Span(m.start(), m.end(), f"{m['month']} {m['year'] or ''}")
            for m in _TOLD_MONTH_RE.finditer(ctx.text)
        ],
    )
    told = _nearest_before(ctx, months, s, at)
    if told is None:
        return None
    name, _, written = told.label.partition(" ")
    return _month_end(name, written, reference)


# "On the morning of Monday February 1st jets struck X", "on 1 February": a day written with
# its month, whose month the days written alone after it go on in.
_DAY_AND_MONTH_RE = re.compile(
    r"\b(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>"
    + alternation(_MONTH_NAMES)
    + r")|(?P<m2>"
    + alternation(_MONTH_NAMES)
    + r")\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
)


def _written_month_end(
    ctx: _DocContext, s: int, at: int, day: int | None, reference: date
) -> date | None:
    """Return the last day of the month of a date written just before a day written alone.

    A long read's "On the morning of Monday February 1st jets struck X. Two days later, on
    the 3rd, bombs fell on Y" tells the 3rd of that February, not the latest 3rd by the
    writing: the last day written with its month before the day at ``at``, in the sentence
    before the one at ``s`` or in that one, and in the same paragraph, gives its month when
    the day alone falls on or after it.
    """
    if day is None:
        return None
    dates = _cached_spans(
        ctx,
        ("days_and_months",),
        lambda: [
            _Span(
                m.start(),
                m.end(),
                f"{m['d1'] or m['d2']} {m['m1'] or m['m2']} {m['year'] or ''}",
            )
            for m in _DAY_AND_MONTH_RE.finditer(ctx.text)
        ],
    )
    told = _nearest_before(ctx, dates, s, at)
    if told is None:
        return None
    written, name, year_text = told.label.split(" ")
    if day < int(written):
        return None
    return _month_end(name, year_text, reference)


def _heading_month_end(ctx: _DocContext, s: int, reference: date) -> date:
    """Return the last day of the month the heading above offset ``s`` names, or ``reference``.

    "On the 23rd" under a chronology's heading "JULY" is that July's 23rd, not the
    latest 23rd by the writing: the heading's month, in its latest year by the
    reference, bounds the day written alone.
    """
    headings = _cached_spans(
        ctx,
        ("month_headings",),
        lambda: [
            _Span(m.start(), m.end(), m["month"]) for m in _MONTH_HEADING_RE.finditer(ctx.text)
        ],
    )
    i = bisect_right(headings, s, key=lambda h: h.start) - 1
    if i < 0:
        return _scope_month_end(ctx, reference)
    return _month_end(headings[i].label.capitalize(), "", reference)


# "documented the killing of 900 civilians in May 2016", "Toll for May 2016": the month a
# report published early in the next one is about, named with its year in its opening.
_SCOPE_MONTH_RE = re.compile(r"\b(?:[Ii]n|[Ff]or|[Dd]uring)\s+" + _MONTH_YEAR)
#: How far into a report its opening runs (title lines and first paragraph).
_SCOPE_CHARS = 600
#: The last day of a month a report about the month before may be written on.
_SCOPE_LAST_DAY = 10


def _scope_month_end(ctx: _DocContext, reference: date) -> date:
    """Return the last day of the month before the writing, if the opening says it is about it.

    "On the 3rd" in a count of May published on 2 June is 3 May, not 3 June: the
    month named with its year after "in", "for" or "during" in the opening, when it
    is the month before a reference in the first days of its month, bounds the days
    written alone.
    """
    if reference.day > _SCOPE_LAST_DAY:
        return reference
    before = reference.replace(day=1) - timedelta(days=1)
    for m in _SCOPE_MONTH_RE.finditer(ctx.text, 0, _SCOPE_CHARS):
        month = _MONTH_NAMES.index(m["month"]) + 1
        if (int(m["year"]), month) == (before.year, before.month):
            return before
    return reference


def _on_the_eve(ctx: _DocContext, s: int, cue: DateCue, triggers: list[_Span]) -> bool:
    """Say whether a cue dates what a strike came on the eve of, not the strike itself."""
    if "eve" not in ctx.text[max(s, cue.start - 100) : cue.start]:
        return False
    eve = _EVE_OF_BEFORE_RE.search(ctx.text, max(s, cue.start - 100), cue.start)
    return eve is not None and not any(eve.end() <= t.start < cue.start for t in triggers)


# "shelling and air strikes", "artillery and warplanes": ground fire named with strikes.
#: A clause of cause opening right after a day: "on Monday after rebels shelled Y".
_CAUSE_AFTER_RE = re.compile(
    r"\s+(?:after|following|in\s+(?:response|retaliation)\s+(?:to|for))\s", re.IGNORECASE
)
_WITH_STRIKES_AFTER_RE = re.compile(
    r"\s+(?:and|or)\s+(?:\w+\s+)?(?:air\s*strikes?|air\s*raids?|raids|warplanes|jets"
    r"|helicopters|barrel\s+bombs|bombing|bombardment from the air)\b",
    re.IGNORECASE,
)
# "warplanes and artillery pounded X": the strikes named first, the ground fire with them.
_WITH_STRIKES_BEFORE_RE = re.compile(
    r"\b(?:air\s*strikes?|air\s*raids?|raids|warplanes|war\s+planes|jets|helicopters|aircraft"
    r"|bombers|barrel\s+bombs|bombing)\s+(?:and|or)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _day_frames_main_clause(ctx: _DocContext, s: int, cue: DateCue, t: _Span) -> bool:
    """Say whether a day opening the sentence dates a strike told after a fronted clause.

    "On 27 June, after rebels launched an offensive that retook X, the monitor reported
    heavy strikes on the town": the clause of time set off by commas after the day tells
    no strike of its own; the main clause after it, where the strike word stands, is
    the day's.
    """
    text = ctx.text
    if t.start < cue.end or not _DAY_OPENING_RE.fullmatch(text, s, cue.start):
        return False
    fronted = _FRONTED_CLAUSE_AFTER_DAY_RE.match(text, cue.end, t.start)
    return fronted is not None and not _in_range(ctx.triggers, cue.end, fronted.end())


def _apposed_counts(
    text: str, e: int, cues: list[DateCue], triggers: list[_Span]
) -> dict[int, int]:
    """Return the counts of days that describe the day written just before them.

    "On March 3, 2016, two days after the truce began, jets hit X": the count is set off
    by commas after the day and tells no strike of its own, so the day dates the strike.
    Maps each such cue's index to the end of its closing comma.
    """
    found: dict[int, int] = {}
    for i in range(1, len(cues)):
        cue, day = cues[i], cues[i - 1]
        if (
            cue.rule not in ("shift", "happ")
            or day.kind == "anaphoric"
            or (cue.rule == "shift" and not _AFTER_BEFORE_RE.search(cue.text))
            or not _APPOSITION_RE.fullmatch(text, day.end, cue.start)
        ):
            continue
        close = text.find(",", cue.end, e)
        if close != -1 and not any(cue.end <= t.start < close for t in triggers):
            found[i] = close + 1
    return found


# "On April 26, the day before the chlorine attack, air strikes hit X": a count of days set
# off by commas after a day describes that day by another event; the attack it names (no
# place named, all in lower case) is no strike the day could date.
# "On 27 February, a few hours after the truce began, helicopters dropped ...": hours after
# another event, set off the same way, describe the same day.
_DAY_DESCRIPTION_AFTER_RE = re.compile(
    r"\s*,\s*(?:(?:[Oo]nly|[Jj]ust)\s+)?(?:[Tt]he|[Aa]n?(?:\s+few)?|[Ff]ew|[Ss]everal|[Ss]ome|[Oo]ne"
    r"|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[1-9])\s+"
    r"(?:days?|nights?|weeks?|hours?)\s+(?:before|after)\s+[^,;.:()A-Z\n]{1,60}?,"
)


def _day_descriptions(
    text: str, cues: list[DateCue], triggers: list[_Span]
) -> tuple[list[_Span], dict[int, int]]:
    """Return the triggers outside the descriptions of a day set off by commas after it.

    "On April 26, the day before the chlorine attack, air strikes hit X": the attack
    names another day's event, so the day written before it dates the strikes after it.
    Also maps the start of each day so described to the end of its closing comma.
    """
    ends = {
        cue.start: m.end()
        for cue in cues
        if cue.kind != "anaphoric"
        and (m := _DAY_DESCRIPTION_AFTER_RE.match(text, cue.end)) is not None
    }
    if not ends:
        return triggers, ends
    spans = [(start, end) for start, end in ends.items()]
    return [t for t in triggers if not any(a < t.start < b for a, b in spans)], ends


_SAME_RE = re.compile(r"\bsame\b", re.IGNORECASE)
_THAT_RE = re.compile(r"\bthat\b", re.IGNORECASE)
# "pulled 11 bodies from a building in X after it was hit": what was found in a place told
# with the strike that left it, by a pronoun for the place; the day dates that strike too.
_AFTERMATH_RE = re.compile(
    r"\bafter\s+(?:it|they)\s+(?:was|were|had\s+been)\s+(?:(?:repeatedly|badly|directly)\s+)?$"
)
_AFTERMATH_REACH = 60
# Between a weekday in the possessive and the strike word it owns: "Sunday's air strike",
# "Friday's deadly Russian raids".
_OWNING_DAY_GAP_RE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}")


def _wounds_strike_after(text: str, cue: DateCue, triggers: list[_Span]) -> bool:
    """Whether the strike that dealt the wounds of a day is told right after that day.

    Parameters
    ----------
    text : str
        The document text.
    cue : DateCue
        A day told after "wounds he received" ("... received on 11 X").
    triggers : list of _Span
        The strike words of the sentence.

    Returns
    -------
    bool
        True when a clause of the strike follows the day ("..., when jets struck Y", "in an
        air strike on Y"): the day is that strike's, not an earlier one's.
    """
    if _WOUNDS_STRIKE_AFTER_RE.match(text, cue.end) is None:
        return False
    return any(cue.end < t.start <= cue.end + 60 for t in triggers)


def _aftermath_of(text: str, start: int, trigger: int) -> bool:
    """Say whether the strike word at ``trigger`` ends an aftermath clause opened after ``start``.

    The clause, "after it was", must be the only clause word between the day and the strike.
    """
    m = _AFTERMATH_RE.search(text, max(start, trigger - _AFTERMATH_REACH), trigger)
    return m is not None and not _OTHER_CLAUSE_RE.search(text, start, m.start())


# "a day later", "two days earlier", "the next day": counts of days whose day is the one a
# day written before them in the same sentence names.
# "struck X on Monday, while helicopters bombed Y the day before": the day before (or after)
# the day the sentence named, as much as "a day later" is.
# Between a day and a count of days set right after it: "on Thursday, two days after".
_APPOSED_COUNT_GAP_RE = re.compile(r"[ \t]*,[ \t]*(?:(?:just|only|barely|mere)[ \t]+)?")
_COUNT_FROM_DAY_RE = re.compile(
    r".*\b(?:later|earlier)$|the\s+(?:next|following)\s"
    r"|the\s+(?:day|night|evening)\s+(?:before|after)$|the\s+(?:previous|preceding)\s",
    re.I,
)


def counted_from_day_before(
    text: str, s: int, cues: list[DateCue], reference: date
) -> dict[int, date]:
    """Return the day each count of days counts from, where the sentence named one before it.

    "On Tuesday a hospital in X was hit, and a day later a clinic in Y": the count is
    told from the Tuesday of its own sentence, not from the strike of the sentence before.
    Maps the start of each such count to the day it counts from; a day a statement gives
    ("said on Friday that ... a day later") is no such day.

    Parameters
    ----------
    text : str
        The report's text.
    s : int
        Where the sentence starts.
    cues : list of DateCue
        The sentence's date cues, in order.
    reference : date
        The day the sentence was written.

    Returns
    -------
    dict
        Day counted from, by the start of the count's cue.
    """
    found: dict[int, date] = {}
    day: date | None = None
    day_end = s
    for cue in cues:
        if cue.kind != "anaphoric":
            day = None
            if (cue.kind == "explicit" or cue.weekday is not None) and not (
                _STATEMENT_BEFORE_RE.search(text, max(s, cue.start - 40), cue.start)
            ):
                resolved = resolve_cue(cue, reference)
                day = resolved.date if resolved is not None else None
                day_end = cue.end
        elif day is not None and (
            _COUNT_FROM_DAY_RE.match(cue.text)
            # "buried the dead in X on Thursday, two days after jets struck the market": a
            # count set right after the day by a comma counts from that day.
            or (cue.rule == "shift" and _APPOSED_COUNT_GAP_RE.fullmatch(text, day_end, cue.start))
        ):
            found[cue.start] = day
    return found


_WEEK_RULES = ("thisweek", "lastweek")


def _count_closes_strike(
    text: str,
    cues: list[DateCue],
    cue: DateCue,
    triggers: list[_Span],
    counted_from: dict[int, date],
) -> bool:
    """Say whether a count from the sentence's own day is the day of the strike it tells.

    "On 15 February he treated a boy whose legs had been crushed in an air strike on the
    market in X the day before": the day opening the sentence is the scene's, and the count
    closing the strike's clause, from that day, is the strike's. A count in a clause of its
    own ("...; fighters had shelled Y the day before") is another deed's.
    """
    if cue.start not in counted_from or not triggers:
        return False
    first = min(t.start for t in triggers)
    opening = next((c for c in cues if c.kind != "anaphoric"), None)
    return (
        opening is not None
        and opening.end <= first < cue.start
        and _CLAUSE_BREAK_RE.search(text, first, cue.start) is None
        and _GROUND_FIRE_RE.search(text, first, cue.start) is None
    )


# "The strikes, which hit a market, came a day after ...": the strikes told, then the count.
_CAME_BEFORE_RE = re.compile(r"\b(?:came|come|comes|coming)\s+(?:just\s+|only\s+)?$")


def _opening_day_alone(text: str, s: int, before: list[DateCue]) -> DateCue | None:
    """Return the day opening the sentence when it is the only day written before a cue.

    "On Tuesday, the monitor, a group based abroad, reported strikes on X that morning":
    "that morning" is the morning of the sentence's own day, not of the strike told before.
    """
    days = [c for c in before if c.kind != "anaphoric"]
    if len(days) == 1 and _DAY_OPENING_RE.fullmatch(text, s, days[0].start):
        return days[0]
    return None


def _sentence_date(
    ctx: _DocContext,
    s: int,
    e: int,
    triggers: list[_Span],
    reference: date,
    previous: date | None = None,
) -> tuple[ResolvedDate | None, bool]:
    """Return the sentence's strike date and whether it is attached to the strike itself.

    ``previous`` is the date of the strike told before, for "the same
    morning" and "the next day"; without it those cues are ignored. A
    period's bound dates the strikes it follows ("attacks on Hama since
    yesterday"), not another action ("a town troops have been trying to
    storm since Saturday").
    """
    text = ctx.text
    primary: list[tuple[int, int, DateCue]] = []
    statement: list[tuple[int, int, DateCue]] = []
    bound: DateCue | None = None
    cues = _sentence_cues(ctx, _sentence_at(ctx, s))
    triggers, described = _day_descriptions(text, cues, triggers)
    apposed = _apposed_counts(text, e, cues, triggers)
    counted_from = counted_from_day_before(text, s, cues, reference)
    for i, cue in enumerate(cues):
        if i in apposed or describes_day(cue, cues):
            continue
        if cue.rule == "sameday" and _SAME_RE.search(cue.text):
            # "took X on December 4 after strikes on Y on the same day": the day written
            # before it in the sentence, not the strike told earlier.
            earlier = next((c for c in reversed(cues[:i]) if c.kind != "anaphoric"), None)
            if earlier is not None:
                cue = replace(earlier, start=cue.start, end=cue.end)
        elif cue.rule == "sameday" and _THAT_RE.search(cue.text):
            # "claimed on October 27 that its jets had struck X that day", "said on Friday
            # ... announced on Monday, had flown sorties near X that day": the day the
            # speaker first named as his own, not the strike told earlier.
            earlier = next(
                (
                    c
                    for c in cues[:i]
                    if c.kind != "anaphoric"
                    and _STATEMENT_BEFORE_RE.search(text, max(s, c.start - 40), c.start)
                ),
                None,
            )
            if earlier is None:
                earlier = _opening_day_alone(text, s, cues[:i])
            if earlier is not None:
                cue = replace(earlier, start=cue.start, end=cue.end)
        if (
            cue.kind == "anaphoric"
            and previous is None
            and cue.rule != "priorday"
            and cue.start not in counted_from
            # "That Thursday" with no day told before is the last Thursday, as "Thursday" is.
            and cue.weekday is None
            # "The strikes came a day after helicopters bombed X": with no day told before,
            # the strikes told are the writing's, and X's a day before them.
            and not (
                cue.rule == "shift"
                and _AFTER_BEFORE_RE.search(cue.text)
                and _CAME_BEFORE_RE.search(text, max(s, cue.start - 30), cue.start)
            )
        ):
            continue
        opening = cue.rule == "shift" and _OPENING_RE.fullmatch(text, s, cue.start) is not None
        if cue.rule == "shift" and not opening and _AFTER_BEFORE_RE.search(cue.text):
            # "The raids came a day after jets hit X": the strike after the cue is the one
            # told now, a day before the raids told before; with no strike there, the cue
            # counts from something else ("two days after the truce").
            if not any(t.start > cue.end for t in triggers):
                continue
            # "Its jets struck 27 targets, a day after warships fired missiles at ...": the
            # strike before the comma is told now, a day after the other, which need not be
            # the strike told before; the count dates neither from it.
            if _COMMA_END_RE.search(text, s, cue.start) and any(
                s <= t.start and t.end <= cue.start for t in triggers
            ):
                continue
            cue = replace(cue, shift=-cue.shift)
        # The closest strike word in the cue's own clause: "struck X on Sunday, a day after
        # raids on Y" dates the strike before the comma, not the raids after it. A count of
        # days opening the sentence dates all of it.
        nearest = None
        # "The day before, jets struck X", "The night before Eid, jets struck X": the cue's
        # own "before" opens no other clause.
        # "Three days after the truce took effect on 27 February, jets struck X": a day
        # counted from a written one holds its whole clause.
        own_end = (
            cue.end
            if cue.rule in ("priorday", "daybefore", "feast", "happ", "sameday", "nextday")
            or (cue.kind == "explicit" and cue.shift)
            else cue.start
        )
        if i + 1 in apposed:
            # The day's own description ends at its closing comma.
            own_end = apposed[i + 1]
        elif cue.start in described:
            own_end = described[cue.start]
        for t in sorted(triggers, key=lambda t: abs(t.start - cue.start)):
            if _PEOPLES_VERB_BEFORE_RE.search(text, max(s, t.start - 16), t.start) and any(
                u.end <= t.start for u in triggers
            ):
                # "strikes near X on Sunday against fighters who had attacked the town a day
                # earlier": the people's own deed, not a strike; the strike word before it
                # keeps its own day.
                continue
            lo, hi = sorted((t.end, own_end if t.end > cue.start else cue.start))
            if opening or not _OTHER_CLAUSE_RE.search(text, lo, hi):
                nearest = t
                break
            if (
                (t.start > cue.end and _aftermath_of(text, cue.end, t.start))
                or (
                    t.start >= cue.end
                    and _DAY_OPENING_RE.fullmatch(text, s, cue.start)
                    and _CAUSE_HEAD_AFTER_DAY_RE.fullmatch(text, cue.end, t.start)
                )
                or _day_frames_main_clause(ctx, s, cue, t)
                or (
                    t.start >= cue.end
                    and not any(u.end <= cue.start for u in triggers)
                    # "The army took X on Tuesday after Russian air strikes on the town": the
                    # strikes head the clause of cause after the day of a deed of the ground.
                    and _CAUSE_HEAD_AFTER_DAY_RE.fullmatch(text, cue.end, t.start) is not None
                )
            ):
                # "On Sunday, after air strikes on X, the hospitals received 42 wounded": the
                # strikes head the clause of cause of the day's own event, told the same day.
                nearest = t
                break
        if nearest is None:
            if bound is None and any(
                t.end <= cue.start and _BEFORE_CLAUSE_RE.fullmatch(text, t.end, cue.start)
                for t in triggers
            ):
                bound = cue
            continue
        relative = (
            _RELATIVE_CLAUSE_RE.search(text, nearest.end, cue.start)
            if nearest.end <= cue.start
            else None
        )
        if (
            relative is not None
            and not _in_range(ctx.triggers, relative.start(), cue.start)
            # "The strikes, which began at dawn on Tuesday, hit X": a clause on the strikes
            # themselves, right after their word, gives their day.
            and not (
                relative.start() == nearest.end and (relative["pronoun"] or "").lower() == "which"
            )
            # "on the eve of the talks, which opened on Jan. 29": the day the eve is counted from.
            and not _on_the_eve(ctx, s, cue, triggers)
        ):
            # "fell on X, where families who fled Y last week had taken shelter": the day
            # of the relative clause's own verb ("where 12 people were killed on Sunday"
            # still tells of the strike).
            continue
        distance = abs(nearest.start - cue.start)
        period = _PERIOD_BOUND_BEFORE_RE.search(text, max(s, cue.start - 12), cue.start)
        # "spared until 4 June, when jets bombed X": a period's end whose clause tells the
        # strike; "since Saturday, when jets began ..." stays a period's start, and "since D,
        # when jets struck X" tells the strike of that day.
        is_end = period is not None and period["end"] is not None
        told_when = (
            period is not None
            and _WHEN_AFTER_BOUND_RE.match(text, cue.end) is not None
            and (is_end or _WHEN_BEGAN_RE.match(text, cue.end, min(e, cue.end + 90)) is None)
        )
        if told_when and not is_end:
            # The day the when-clause tells, not the window the start opens.
            cue = replace(cue, bound=None)
        if period is not None and not told_when:
            strike = [t for t in triggers if t.end <= cue.start]
            # "The spokesman said that since Saturday bombers had flown 35 sorties against X":
            # a period opening the clause of the strikes after it is their window.
            opens = not strike and (
                _SINCE_OPENS_CLAUSE_RE.search(text, max(s, cue.start - 40), cue.start)
                or _SINCE_OPENING_RE.fullmatch(text, s, cue.start)
            )
            if not opens and (
                not strike or _OTHER_PREDICATE_RE.search(text, strike[-1].end, cue.start)
            ):
                continue
        # The fire word must start within 30 characters, but is read whole: a window ending
        # inside "town" would read "TOW".
        fire = _GROUND_FIRE_RE.search(text, cue.end, e)
        if (
            fire is not None
            and fire.start() < cue.end + 30
            and not (cue.end <= nearest.start < fire.start())
            # "struck X on Monday; clashes broke out in Y": fire of another clause.
            and _CLAUSE_BREAK_RE.search(text, cue.end, fire.start()) is None
            # "struck X on Monday, and rebels shelled Y": the fire's own clause after the day.
            and _AND_CLAUSE_AFTER_DAY_RE.search(text, cue.end, fire.start()) is None
            # "Strikes on Monday hit X, and artillery shelled Y": a strike word comes first.
            and not _in_range(ctx.triggers, cue.end, fire.start())
            # "the next morning, when shelling and air strikes resume": fire told with strikes.
            and _WITH_STRIKES_AFTER_RE.match(text, fire.end()) is None
            and _WITH_STRIKES_BEFORE_RE.search(text, max(cue.end, fire.start() - 40), fire.start())
            is None
            # "struck X between November 15 and 16 after rebels shelled the capital": the
            # day closes the strike's clause; the fire is the cause told after it.
            and _CAUSE_AFTER_RE.match(text, cue.end) is None
        ):
            # "wounds sustained yesterday by snipers' fire": the day of other fire.
            continue
        if _in_onset_clause(ctx, s, e, cue, triggers):
            continue
        if _in_since_onset(text, s, cue):
            continue
        if cue.bound == "since" and _COUNT_SINCE_BEFORE_RE.search(
            text, max(s, cue.start - 60), cue.start
        ):
            continue
        if "since" in text[max(s, cue.start - 40) : cue.start] and _TRUCE_SINCE_BEFORE_RE.search(
            text, max(s, cue.start - 80), cue.start
        ):
            continue
        if _WOUNDS_BEFORE_RE.search(
            text, max(s, cue.start - 110), cue.start
        ) and not _wounds_strike_after(text, cue, triggers):
            # "a child died of wounds he sustained last week": the day of an earlier strike.
            continue
        if _REOPENED_BEFORE_RE.search(text, max(s, cue.start - 30), cue.start):
            # "closed after strikes on the town and reopened only on Sunday": the day it
            # opened again, not the strikes'.
            continue
        # A week the strike fell in ("Earlier this week, ... near X, on Tuesday") yields to a
        # day of it the sentence names.
        # A written day that opens a period ("since the November 13 attacks") yields to a day
        # the sentence gives a strike of its own ("..., with jets hitting X on November 15").
        explicit = cue.kind == "explicit" and cue.bound != "since"
        rank = 0 if explicit else 2 if cue.rule in _WEEK_RULES else 1
        if _count_closes_strike(text, cues, cue, triggers, counted_from):
            rank = -1
        elif cue.weekday is not None and any(
            _OWNING_DAY_GAP_RE.fullmatch(text, cue.end, t.start) for t in triggers
        ):
            # "victims of Sunday's air strike on X, Nov 15": the day that owns the strike is
            # its day; the caption's date is the picture's.
            rank = -1
        is_statement = (
            _STATEMENT_BEFORE_RE.search(text, max(s, cue.start - 40), cue.start)
            or _STATEMENT_AFTER_RE.search(text[cue.end : cue.end + 20])
            or (
                any(c.rule in _SPEAKER_COUNTS for c in cues if c is not cue)
                and _DAY_OPENING_RE.fullmatch(text, s, cue.start) is not None
                and _SAID_AFTER_OPENING_DAY_RE.match(text, cue.end, e) is not None
            )
        )
        (statement if is_statement else primary).append((rank, distance, cue))
    for group, attached in ((primary, True), (statement, False)):
        for _, _, cue in sorted(group, key=lambda x: (x[0], x[1])):
            anaphoric = cue.kind == "anaphoric" and (
                previous is not None or cue.start in counted_from
            )
            base = counted_from.get(cue.start, previous) if anaphoric else reference
            counts_from_speaker = (
                cue.rule == "pastwin"
                or (
                    # "claimed yesterday" is the speaker's own day.
                    cue.rule in ("priorday", "yesterday") and group is primary
                )
                or (
                    # "said on 7 December that its jets had struck X two days earlier": days
                    # counted back from the day the speaker spoke, in what it said.
                    cue.rule == "shift"
                    and cue.shift < 0
                    and group is primary
                    and any(
                        c.end <= cue.start and _THAT_RE.search(text[c.end : cue.start])
                        for _, _, c in statement
                    )
                )
            )
            if counts_from_speaker and statement:
                # "said on Monday ... in the past 24 hours": the window ends when the speaker
                # spoke; "said on Thursday ... the previous night" or "overnight": the night
                # before it.
                spoke = resolve_cue(min(statement, key=lambda x: x[:2])[2], reference)
                base = spoke.date if spoke else reference
                anaphoric = False
            if cue.rule == "dom" and not anaphoric:
                told = _told_month_end(ctx, s, cue.start, base)  # type: ignore[arg-type]
                told = told or _written_month_end(ctx, s, cue.start, cue.day, base)  # type: ignore[arg-type]
                base = told or _heading_month_end(ctx, s, base)  # type: ignore[arg-type]
            resolved = resolve_cue(cue, base)  # type: ignore[arg-type]
            if resolved is not None and not anaphoric:
                entry = _year_of_entry(ctx, cue, resolved)
                resolved = entry or _year_of_page(ctx, cue, reference, resolved)
                if entry is None:
                    resolved = _year_told_before(ctx, cue, reference, resolved) or resolved
            if resolved is not None and cue.rule != "feast" and _on_the_eve(ctx, s, cue, triggers):
                resolved = replace(resolved, date=resolved.date - timedelta(days=1))
            if resolved is not None:
                return resolved, attached
    if bound is not None and bound.kind != "anaphoric":
        # "struck X before the fighters entered it on Monday": the day that closes the
        # strikes is the closest the sentence gives.
        return resolve_cue(bound, reference), True
    return None, False


# "It is the seventeenth of November.", "It's Friday": a narration naming the scene's day.
_NARRATED_DAY_RE = re.compile(r"[\s\"'“‘]*(?:It\s+is|It['’]s)\s+(?:now\s+)?(?:the\s+)?")
# "It was Tuesday, 24 November.", "The morning of 24 November was cold.", "Tuesday, 24
# November, began like any other day.": a narration in the past names the day of its scene,
# a written date the sentence's complement or its subject.
_NARRATED_PAST_DAY_RE = re.compile(r"[\s\"'“‘]*It\s+was\s+(?:the\s+)?")
_DAY_SUBJECT_OPENING_RE = re.compile(
    r"[\s\"'“‘]*(?:The\s+(?:morning|afternoon|evening|night|day)\s+of\s+)?"
)
_DAY_SUBJECT_VERB_RE = re.compile(
    r"[ \t]*,?[ \t]+(?:began|started|dawned|was|had\s+begun)\b(?![ \t]+(?:when|as|after)\b)"
)
# "On Monday 8th, our partner sent us a message.", "he described the morning of Sunday, Feb. 7":
# a sentence telling of a message or an account given, the day of what it goes on to tell.
_ACCOUNT_RE = re.compile(
    r"\b(?:" + alternation(load("triggers")["account_verbs"]) + r")\b", re.IGNORECASE
)
# "The missiles were launched from a submarine ...", "Those had been fired from ships ...":
# weapons whose launch a sentence tells with no place struck of its own.
_LAUNCHED_RE = re.compile(r"\b(?:was|were|had\s+been|have\s+been)\s+(?:fired|launched)\b")


def _scene_date(ctx: _DocContext, index: int, reference: date) -> ResolvedDate | None:
    """Return the day of the sentence before, when it sets the scene with aircraft or a launch.

    "On Thursday we heard Russian jets over the town for an hour. They struck X."
    dates the strike the sentence after it tells without a day of its own; the
    scene-setting sentence strikes nothing itself, and both are in one paragraph.
    "The missiles were launched from ships on Wednesday. They hit X." dates it by the
    launch's one day, wherever the sentence writes it. A narration's "It is the seventeenth
    of November." names the day of the scene it goes on to tell.
    """
    if index == 0:
        return None
    ps, pe = ctx.sentences[index - 1]
    s, e = ctx.sentences[index]
    if (
        _also_struck(ctx, s)
        and _post_index(ctx, ps) == _post_index(ctx, s)
        and index - 1 not in ctx.struck_sentences
    ):
        # "Troops regained X on Thursday, the agency said. Russian jets also pounded Y.": a
        # strike told as done besides the deed the sentence before dated (no strike of its
        # own: its days may be of other strikes), in the paragraph after it or its own, is
        # of that deed's day.
        day = _deed_day(ctx, index - 1, reference)
        if day is not None and day.precision == "day":
            return day
    heading = _sentence_cues(ctx, index - 1)
    if (
        heading
        and not ctx.text[pe:s].strip()
        and ctx.text.count("\n", pe, s) == 1
        and _entry_line_day(ctx, index - 1, heading[-1])
    ):
        # "Anas B., 27 - Centre 3, X - 12/11/2015" over "Killed by a second strike on ...": a
        # roll's or a register's entry is headed by a line of names closed by its day, which
        # dates the line right below it.
        return resolve_cue(heading[-1], reference)
    if _paragraph_index(ctx, ps) != _paragraph_index(ctx, s):
        return None
    labelled = _paragraph_label_day(ctx, index, reference)
    if labelled is not None:
        return labelled
    if _RESPONSE_RE.search(ctx.text, s, e):
        # "Rebels shelled X on Tuesday. The army retaliated with air strikes on Y.": the
        # answer comes on the day of what it answers.
        return _deed_day(ctx, index - 1, reference)
    if _NARRATED_DAY_RE.match(ctx.text, ps):
        # "It is the seventeenth of November. Smoke stands over X, where jets have hit ...": a
        # narration in the present tense names its day as the scene before telling it.
        for cue in _sentence_cues(ctx, index - 1):
            if cue.kind != "anaphoric" and _NARRATED_DAY_RE.fullmatch(ctx.text, ps, cue.start):
                return resolve_cue(cue, reference)
        return None
    if _in_range(ctx.triggers, ps, pe):
        return None
    for cue in _sentence_cues(ctx, index - 1):
        if cue.kind == "explicit" and (
            _NARRATED_PAST_DAY_RE.fullmatch(ctx.text, ps, cue.start)
            or (
                _DAY_SUBJECT_OPENING_RE.fullmatch(ctx.text, ps, cue.start)
                and _DAY_SUBJECT_VERB_RE.match(ctx.text, cue.end)
            )
        ):
            # "It was Tuesday, 24 November. At 11am the jets came back and struck X": the
            # day a narration sets its scene on, a written date alone, is the strike's.
            return resolve_cue(cue, reference)
    if _ACCOUNT_RE.search(ctx.text, ps, pe):
        # "On Tuesday 20th, our partner sent us a message. Jets bombed X, he said.": the
        # message or account, striking nothing itself, tells of its one day's strike.
        cues = [c for c in _sentence_cues(ctx, index - 1) if c.kind != "anaphoric"]
        if len(cues) == 1:
            return resolve_cue(cues[0], reference)
    if _LAUNCHED_RE.search(ctx.text, ps, pe):
        # "Those were fired from warships on Wednesday. The ministry says they hit X.": the
        # day the weapons were launched, wherever it stands, is the day they struck.
        cues = [c for c in _sentence_cues(ctx, index - 1) if c.kind != "anaphoric"]
        return resolve_cue(cues[0], reference) if len(cues) == 1 else None
    if (
        not _SCENE_AIRCRAFT_RE.search(ctx.text, ps, pe)
        and not _WORST_DAY_RE.search(ctx.text, ps, pe)
        and not _RECURRENCE_RE.search(ctx.text, ps, pe)
    ):
        return None
    for cue in _sentence_cues(ctx, index - 1):
        if cue.kind != "anaphoric" and _SCENE_OPENING_RE.fullmatch(ctx.text, ps, cue.start):
            return resolve_cue(cue, reference)
    return None


def _deed_day(ctx: _DocContext, index: int, reference: date) -> ResolvedDate | None:
    """Return the last day a sentence writes that is no speaker's: the day of its deed."""
    ps = ctx.sentences[index][0]
    for cue in reversed(_sentence_cues(ctx, index)):
        if cue.kind != "anaphoric" and not _STATEMENT_BEFORE_RE.search(
            ctx.text, max(ps, cue.start - 40), cue.start
        ):
            return resolve_cue(cue, reference)
    return None


# "Russian jets also pounded X", "The air force also struck Y": a strike opening as done
# besides what the sentence before told.
_ALSO_OPENING_RE = re.compile(r"\s*(?:[\w'’-]+\s+){1,4}?also\s+")
_WORD_RE = re.compile(r"[\w'’-]+\s+")


def _also_struck(ctx: _DocContext, s: int) -> bool:
    """Say whether a sentence opens on its subject striking "also" ("Jets also struck X").

    The strike word comes right after "also" or one word later ("also reportedly hit"); what
    a voice "also tells" or a side "also continued to" do is no strike done besides a deed.
    """
    also = _ALSO_OPENING_RE.match(ctx.text, s)
    if also is None:
        return False
    word = _WORD_RE.match(ctx.text, also.end())
    return bool(_in_range(ctx.triggers, also.end(), (word.end() if word else also.end()) + 1))


# "The army retaliated with air strikes on X", "responded by bombing X": a strike told as the
# answer to what the sentence before told.
_RESPONSE_RE = re.compile(r"\b(?:responded|retaliated|hit\s+back)\s+(?:with|by)\b")
# "Tuesday: ...": a day and a colon opening a paragraph, the label of what it tells.
_DAY_LABEL_COLON_RE = re.compile(r"[ \t]*:[ \t]")


def _paragraph_label_day(ctx: _DocContext, index: int, reference: date) -> ResolvedDate | None:
    """Return the day labelling the paragraph of a sentence, as "Tuesday: ..." opens it.

    "Tuesday: Rebels shelled X, state media said. Jets struck Y.": a week's round-up or a
    chronology gives each paragraph its day as a label, which dates every sentence of it.
    """
    first = _sentence_at(ctx, ctx.paragraphs[_paragraph_index(ctx, ctx.sentences[index][0])])
    if first >= index:
        return None
    s = ctx.sentences[first][0]
    cues = _sentence_cues(ctx, first)
    if (
        not cues
        or cues[0].kind == "anaphoric"
        or ctx.text[s : cues[0].start].strip(" \t\n\"'“‘*-•")
        or _DAY_LABEL_COLON_RE.match(ctx.text, cues[0].end) is None
    ):
        return None
    return resolve_cue(cues[0], reference)


# A line of names and figures set apart by dashes, commas or bars before the day that closes
# it: "Anas B., 27 - Centre 3, X - 12/11/2015".
_ENTRY_FIELDS_BEFORE_RE = re.compile(r"[ \t]+[-–—|][ \t]*$")


def _entry_line_day(ctx: _DocContext, index: int, cue: DateCue) -> bool:
    """Say whether a sentence is an entry's heading line closed by a day written in full.

    The line is the whole sentence, strikes nothing, and its day, set off by a dash or a
    bar from the fields before it, closes it at the end of the line.
    """
    s, e = ctx.sentences[index]
    return (
        cue.kind == "explicit"
        and cue.day is not None
        and cue.year is not None
        and "\n" not in ctx.text[s:e]
        and not ctx.text[cue.end : e].strip(" \t.")
        and (e >= len(ctx.text) or ctx.text[e] == "\n")
        and _ENTRY_FIELDS_BEFORE_RE.search(ctx.text, s, cue.start) is not None
        and not _in_range(ctx.triggers, s, e)
    )


# "The army announced an offensive on X. That night, jets struck Y": what was announced is an
# event of its own, whose day "That night" points at, not a speaker's day.
_EVENT_ANNOUNCED_BEFORE_RE = re.compile(
    r"\b(?:announced|declared|launched|proclaimed)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w-]+\s+)?(?:offensive|operation|campaign|assault|truce|ceasefire|cease-fire"
    r"|curfew|pause|attack)\s+on\s+$",
    re.IGNORECASE,
)
# "Nobody was inside: it was a Sunday.": the weekday of the day told already, no new day.
_WEEKDAY_OF_DAY_TOLD_RE = re.compile(r"\b(?:it|that|which)\s+was\s+a\s+$", re.IGNORECASE)


def _day_told_just_before(
    ctx: _DocContext, index: int, last: tuple[ResolvedDate, int] | None, reference: date
) -> ResolvedDate | None:
    """Return the day a sentence before names, for "That morning" when it dated no strike.

    "... relentless since Nov. 15, the day the bombardment resumed. That morning, a
    strike hit X": the day written last in the sentence before, not the strike told
    earlier. A speaker's day ("said on Tuesday") is not the one pointed at. Sentences of
    the same paragraph naming no day may stand between ("She left on the 20th. 'We walked
    at night,' she said. 'That night the helicopters hit X'"), back to the strike told last.
    """
    if index == 0 or (last is not None and last[1] == index - 1):
        return None
    here = ctx.sentences[index][0]
    cues_here = _sentence_cues(ctx, index)
    # "At around 13:30 local time, aircraft fired ...": an hour with no day of its own, on the
    # day the sentence before names, as "That morning" is.
    if not any(c.kind == "anaphoric" for c in cues_here) and (
        cues_here or not _CLOCK_OPENING_RE.match(ctx.text, here)
    ):
        return None
    stop = max(last[1] if last is not None else -1, index - 1 - _DAY_BEFORE_REACH)
    for j in range(index - 1, stop, -1):
        s = ctx.sentences[j][0]
        if _post_index(ctx, s) != _post_index(ctx, here):
            return None
        if j < index - 1 and _paragraph_index(ctx, s) != _paragraph_index(ctx, here):
            return None
        cues = _sentence_cues(ctx, j)
        for cue in reversed(cues):
            if (
                cue.kind == "anaphoric"
                or _in_since_onset(ctx.text, s, cue)
                or (
                    _STATEMENT_BEFORE_RE.search(ctx.text, max(s, cue.start - 40), cue.start)
                    and not _EVENT_ANNOUNCED_BEFORE_RE.search(
                        ctx.text, max(s, cue.start - 60), cue.start
                    )
                )
                or (cue.rule == "wd" and _WEEKDAY_OF_DAY_TOLD_RE.search(ctx.text, s, cue.start))
                or _ALREADY_BEFORE_RE.search(ctx.text, max(s, cue.start - 60), cue.start)
                or _REOPENED_BEFORE_RE.search(ctx.text, max(s, cue.start - 30), cue.start)
            ):
                continue
            return resolve_cue(replace(cue, bound=None), reference)
        if cues or _in_range(ctx.triggers, s, ctx.sentences[j][1]):
            return None
    return None


# "At around 13:30 local time, ...", "At 9.15 am, ...": a sentence opening on an hour alone.
_CLOCK_OPENING_RE = re.compile(
    r"At[ \t]+(?:(?:around|about|approximately|roughly)[ \t]+)?\d{1,2}[:.]\d{2}\b[^,.\n]{0,20},"
)


# "The hospital had already been damaged on 2 August, when ...": a day told as background to
# the strike the report tells, not the one "The same day" points at.
_ALREADY_BEFORE_RE = re.compile(r"\bhad\s+already\s+(?:been\s+)?[a-z]+\b[^.;:]{0,40}$", re.I)


def _background_day(ctx: _DocContext, index: int, reference: date, dated: ResolvedDate) -> bool:
    """Say whether a sentence's day is told as background, after "had already".

    "The hospital had already been damaged on 2 August, when a barrel bomb fell ...": the
    earlier strike keeps its day, which later sentences do not carry on.
    """
    s = ctx.sentences[index][0]
    for cue in _sentence_cues(ctx, index):
        if cue.kind == "anaphoric" or not _ALREADY_BEFORE_RE.search(
            ctx.text, max(s, cue.start - 60), cue.start
        ):
            continue
        resolved = resolve_cue(cue, reference)
        if resolved is not None and resolved.date == dated.date:
            return True
    return False


#: How many sentences naming no day may stand between "That night" and the day it points at.
_DAY_BEFORE_REACH = 3


# "That was on Saturday night.": a sentence giving the day of what the one before told.
_DAY_TOLD_NEXT_RE = re.compile(r"[\s\"'“‘(]*(?:That|This|It)\s+was\s+(?:on\s+|late\s+on\s+)?")


def _day_told_next(ctx: _DocContext, index: int, reference: date) -> ResolvedDate | None:
    """Return the day the next sentence gives the strike just told, for "That was on Saturday".

    "... where rescuers say a helicopter dropped barrel bombs an hour earlier. That
    was on Saturday night.": the next sentence says nothing but that day.
    """
    if index + 1 >= len(ctx.sentences):
        return None
    s, e = ctx.sentences[index + 1]
    opening = _DAY_TOLD_NEXT_RE.match(ctx.text, s, e)
    if opening is None:
        return None
    for cue in _sentence_cues(ctx, index + 1):
        # The sentence says nothing but the day (it may open the next paragraph).
        if (
            cue.start == opening.end()
            and cue.kind != "anaphoric"
            and not ctx.text[cue.end : e].strip(" .!\"'”’)\n")
        ):
            return resolve_cue(cue, reference)
    return None


# "said the strike, on Wednesday, destroyed": the strike just told, given its day in passing.
_STRIKE_DAY_NEXT_RE = re.compile(
    r"\bthe\s+(?:air\s*)?(?:strike|raid|attack|bombing)s?,\s+(?=on\s)", re.IGNORECASE
)
#: How far into the next sentence "the strike, on ..." may come.
_STRIKE_DAY_NEXT_REACH = 80


def _strike_day_told_next(ctx: _DocContext, index: int, reference: date) -> ResolvedDate | None:
    """Return the day the next sentence of the paragraph gives "the strike" just told.

    "Jets hit a depot near X earlier this week." then "A statement said the strike, on
    Wednesday, destroyed two trucks.": the day set off by commas after "the strike" narrows
    the span the sentence before gave.
    """
    if index + 1 >= len(ctx.sentences):
        return None
    s, e = ctx.sentences[index + 1]
    if _paragraph_index(ctx, s) != _paragraph_index(ctx, ctx.sentences[index][0]):
        return None
    opening = _STRIKE_DAY_NEXT_RE.search(ctx.text, s, min(e, s + _STRIKE_DAY_NEXT_REACH))
    if opening is None:
        return None
    for cue in _sentence_cues(ctx, index + 1):
        if opening.end() <= cue.start <= opening.end() + 3 and cue.kind != "anaphoric":
            return resolve_cue(cue, reference)
    return None


# "X has been hit before.": a sentence opening a strike of the past, which the next tells.
_HIT_BEFORE_RE = re.compile(
    r"\b(?:has|had)\s+been\s+(?:hit|struck|bombed|targeted|attacked)\s+(?:many\s+times\s+)?"
    r"before\s*[.!]?[\s\"'”’]*$"
)
#: How far into the next sentence the day of the strike of the past may open.
_HIT_BEFORE_DAY_REACH = 12


def _day_of_strike_before(ctx: _DocContext, index: int, reference: date) -> ResolvedDate | None:
    """Return the day the next sentence gives a strike of the past, for "X has been hit before.".

    "X has been hit before. On 23 January a raid on a school there killed six pupils.": the
    sentence names X but no day; the next one, in its paragraph, opens on the day of that
    older strike, not of the strikes the report tells before.
    """
    s, e = ctx.sentences[index]
    if "before" not in ctx.text[s:e] or _HIT_BEFORE_RE.search(ctx.text, s, e) is None:
        return None
    if index + 1 >= len(ctx.sentences):
        return None
    ns, _ = ctx.sentences[index + 1]
    if _paragraph_index(ctx, ns) != _paragraph_index(ctx, s):
        return None
    for cue in _sentence_cues(ctx, index + 1):
        if cue.start <= ns + _HIT_BEFORE_DAY_REACH and cue.kind == "explicit":
            return resolve_cue(cue, reference)
    return None


# "3. Local Coordination Committees reported ...": a paragraph opened by its number, as
# a digest's numbered takeaways are written.
# A line of a list opened by a dash or a bullet ("-- Near X, ...", "- ...", "• ...").
_BULLET_ITEM_RE = re.compile(r"[ \t]*(?:--?|[•*\u2013\u2014])[ \t]+")
_NUMBERED_ITEM_RE = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+(?=[A-Z\"“])")


def _other_numbered_item(ctx: _DocContext, told: int, pos: int) -> bool:
    """Tell whether ``pos`` opens or lies in a numbered item other than the one at ``told``.

    A digest's numbered takeaways are separate findings: "3. ... a Russian
    airstrike hit a field hospital in X on November 30." does not date "4. ...
    Russian airstrikes reportedly targeted Y", which falls back on the report's
    own span. A day told before the first item still dates the items after it.
    """
    here = _paragraph_index(ctx, pos)
    there = _paragraph_index(ctx, told)
    if here == there:
        return False
    return all(
        _NUMBERED_ITEM_RE.match(ctx.text, ctx.paragraphs[i]) is not None for i in (here, there)
    )


# How many lines above a sentence the label opening its section may stand.
_SECTION_REACH = 12
_LINE_INDENT_RE = re.compile(r"[ \t]*")


def _labelled_section(ctx: _DocContext, pos: int) -> int | None:
    """Return the line opening the section ``pos`` lies in, when a place labels that line.

    "Hama province: ..." and "Idlib province: ..." open a roundup's sections, one per
    governorate, each a unit of its own as a digest's numbered items are.
    """
    here = _paragraph_index(ctx, pos)
    if _opens_on_governorate(ctx, here):
        return here
    for i in range(here, max(-1, here - _SECTION_REACH), -1):
        start = _LINE_INDENT_RE.match(ctx.text, ctx.paragraphs[i]).end()  # type: ignore[union-attr]
        m = _mention_at(ctx, start)
        if m is not None and labels_line(ctx, m):
            return i
    return None


# "In X countryside, ...", "In Y northern countryside, ...", "In Z, ...": a
# province-by-province report's paragraph opening on the governorate it covers.
_IN_GOVERNORATE_OPENING_RE = re.compile(r"In\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?")
_GOVERNORATE_OPENING_AFTER_RE = re.compile(
    r"(?:\s+(?:(?:north|south|east|west)\w*\s+)?(?:countryside|province|governorate))?\s*,"
)


def _opens_on_governorate(ctx: _DocContext, paragraph: int) -> bool:
    """Say whether a paragraph opens on "In" and the governorate it is about, then a comma.

    A state agency's report goes province by province, one paragraph each ("In X,
    ... on Saturday destroyed ...", then "In Y, units of the army ..."): a day told in
    one province's paragraph is that paragraph's own, not the next one's.
    """
    start = _LINE_INDENT_RE.match(ctx.text, ctx.paragraphs[paragraph]).end()  # type: ignore[union-attr]
    opening = _IN_GOVERNORATE_OPENING_RE.match(ctx.text, start)
    if opening is None:
        return False
    m = _mention_at(ctx, opening.end())
    return (
        m is not None
        and governorate_of(m.surface) is not None
        and _GOVERNORATE_OPENING_AFTER_RE.match(ctx.text, m.end) is not None
    )


def _other_labelled_section(ctx: _DocContext, told: int, pos: int) -> bool:
    """Tell whether ``pos`` lies in a place-labelled section other than the one of ``told``.

    "Hama province: ... the massacre committed by the warplanes on Wednesday in X" does
    not date "Idlib province: Warplanes carried out several raids on Y", which falls back
    on the report's own day; a day told before the first section still dates the sections.
    """
    here = _labelled_section(ctx, pos)
    if here is None:
        return False
    there = _labelled_section(ctx, told)
    return there is not None and there != here


# "Russian jets struck rebel-held towns in southern Syria on Wednesday": strikes on places
# the sentence leaves unnamed, by their kind.
# "in the northern countryside of X province": a countryside names no place of its own either.
def _names_places_of_lead(ctx: _DocContext, index: int, told: int) -> bool:
    """Say whether a sentence names the places a dated lead right before it left unnamed.

    "Russian jets struck rebel-held towns in southern Syria on Wednesday, rebels said."
    then "A rebel spokesman said at least 20 raids hit X and Y": the sentence before tells
    strikes on a day and names no place struck finer than a governorate, only their kind or
    their region; the next one names them, whoever speaks.
    """
    if told != index - 1:
        return False
    s, e = ctx.sentences[told]
    # "rebel-held villages in the X countryside": a governorate around them names none; nor
    # does a dateline's foreign capital ("X (Agency)- Jets struck ...").
    # "... in X province on Tuesday, a day after the army launched an offensive in
    # neighbouring Y": only the places the lead tells struck count, not those it names for
    # something else.
    struck = ctx.struck_sentences.get(told, set())
    if any(
        m.start in struck
        and (
            not m.candidates
            or (m.candidates[0].precision != "governorate" and m.candidates[0].country == "SY")
        )
        for m in _mentions_in(ctx, s, e)
    ):
        return False
    # A lead that tells the strikes' kind ("rebel-held towns", "rebel positions in the
    # north", "dozens of raids across X province") names none of them; a table's row or a
    # caption leads nothing.
    return "|" not in ctx.text[s:e] and not any(
        a <= ctx.sentences[index][0] < b for a, b in ctx.captions
    )


# "he told a briefing on Wednesday", "the ministry said on 18 November": the day a speaker
# spoke, right after the verb of saying and where he said it.
_SPOKE_ON_DAY_RE = re.compile(
    r"\b(?:said|says|told|announced|stated|added)(?:\s+(?:a|an|the|reporters|journalists"
    r"|briefing|statement|news|conference|press|in|at|to)){0,4}\s+(?:on\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|\d{1,2}\s+" + alternation(_MONTH_NAMES) + r"|" + alternation(_MONTH_NAMES) + r"\s+\d{1,2})\b"
)


def _goes_on_with_lead(
    ctx: _DocContext, index: int, last: tuple[ResolvedDate, int] | None, said: ResolvedDate
) -> bool:
    """Say whether a sentence dated only by its speaker's day goes on with the strikes just told.

    The strikes of the sentence right before, dated on or before the day the speaker spoke,
    in the same voice: "... delivered strikes on Tuesday, the general said." then "'Bombers
    struck 14 targets,' he told a briefing on Wednesday".
    """
    if last is None or last[1] != index - 1 or last[0].date > said.date:
        return False
    s, e = ctx.sentences[index]
    if _SPOKE_ON_DAY_RE.search(ctx.text, s, e) is None:
        return False
    own = _author_voice(ctx, index)
    return own is not None and own == _author_voice(ctx, last[1])


def _more_strikes(ctx: _DocContext, index: int, last: tuple[ResolvedDate, int] | None) -> bool:
    """Say whether a sentence opens on more of the strikes the sentence right before dated.

    "Jets hit X on Sunday, activists said." then "Another raid struck Y, according to the
    rescuers": more of the strikes just told, on their day, whoever tells them.
    """
    if last is None or _MORE_STRIKES_OPENING_RE.match(ctx.text, ctx.sentences[index][0]) is None:
        return False
    # "... said it had pulled 30 bodies from the rubble. A second strike hit Y": sentences
    # telling no strike and no day may stand between, in the same post.
    between = range(last[1] + 1, index)
    return len(between) <= _MORE_STRIKES_GAP and all(
        _post_index(ctx, ctx.sentences[j][0]) == _post_index(ctx, ctx.sentences[index][0])
        and not _in_range(ctx.triggers, *ctx.sentences[j])
        and not any(c.kind != "anaphoric" for c in _sentence_cues(ctx, j))
        for j in between
    )


#: How many sentences telling no strike may stand between a strike and "another raid".
_MORE_STRIKES_GAP = 2


def _in_question_turn(ctx: _DocContext, pos: int) -> bool:
    """Say whether ``pos`` lies in a transcript's question turn ("Question (X): ...").

    "Question (RIA Novosti): Can you comment on the statement of the coalition that it struck
    targets near X?": the journalist asks of a claim made elsewhere; the day the speaker told
    before the question is no day of that claim.
    """
    start = ctx.paragraphs[_paragraph_index(ctx, pos)]
    turn = _SPEAKER_TURN_RE.match(ctx.text, start)
    return turn is not None and _QUESTION_LABEL_RE.match(turn["label"]) is not None


def _strike_said_just_before(ctx: _DocContext, index: int, scope: _Scope) -> ResolvedDate | None:
    """Return the speaker's day that dated the strike the sentence just before told.

    "Its defence ministry said on Monday it had destroyed a depot near X. The Civil Defence
    says the jets hit a bakery in Y the same day": the strike before has no day but the one
    it was said on, and "the same day" points at it, not at a day told earlier.
    """
    if scope.said is None or scope.said_sentence != index - 1 or index == 0:
        return None
    if scope.date is not None and scope.date_sentence >= index - 1:
        return None
    if not _in_range(ctx.triggers, *ctx.sentences[index - 1]):
        return None
    return scope.said


# "I counted craters on two images: 2 October and 30 October", "Two images of the same area,
# taken on 1 February and 12 February 2016, show ...": a page naming the pair it compares.
_IMAGE_PAIR_RE = re.compile(
    r"\b(?:two|both|a\s+pair\s+of)\s+(?:[\w-]+\s+){0,2}?(?:images|pictures|photos)\b",
    re.IGNORECASE,
)
#: How far after the pair's words its two days may be written.
_IMAGE_PAIR_REACH = 80


def _told_by_craters(ctx: _DocContext, triggers: list[_Span]) -> bool:
    return any(ctx.lower.startswith("crater", t.start) for t in triggers)


def _image_pair_end(ctx: _DocContext, s: int, reference: date) -> ResolvedDate | None:
    """Give the later day of the two images a page compares, when named before ``s``.

    Found once per text: the first pair of images named with two days after it.
    """
    if not ctx.image_pair:
        found: tuple[int, ResolvedDate | None] = (len(ctx.text), None)
        for m in _IMAGE_PAIR_RE.finditer(ctx.text):
            cues = find_date_cues(
                ctx.text, m.end(), min(len(ctx.text), m.end() + _IMAGE_PAIR_REACH)
            )
            if len(cues) >= 2:
                found = (m.start(), resolve_cue(cues[-1], reference))
                break
        ctx.image_pair.append(found)
    at, day = ctx.image_pair[0]
    if day is None or at >= s or day.date > reference:
        return None
    return day


def _scoped_date(
    ctx: _DocContext, index: int, triggers: list[_Span], scope: _Scope, post: _Post
) -> ResolvedDate:
    """Date a strike sentence; a date tied to a strike carries to later sentences of the same voice.

    "Air strikes hit X, the Observatory said" continues the Observatory's
    report dated in the sentence before; "The coalition said ..." does not
    continue a Turkish report dated "on Saturday".
    """
    s, e = ctx.sentences[index]
    last = ctx.last_date
    if last is not None and _post_index(ctx, ctx.sentences[last[1]][0]) != _post_index(ctx, s):
        last = None
    if last is not None and (
        _other_numbered_item(ctx, ctx.sentences[last[1]][0], s)
        or _other_labelled_section(ctx, ctx.sentences[last[1]][0], s)
    ):
        last = None
    told_before = _day_told_just_before(ctx, index, last, post.date)
    previous = told_before or _strike_said_just_before(ctx, index, scope) or scope.date
    previous = previous or (last[0] if last else None)
    if previous is None and post.basis == "post":
        # "Tuesday, 13 December" over "It collapses the next morning, when strikes resume":
        # with no day told before it in its post, "the next morning" counts from the post's.
        previous = ResolvedDate(post.date, "day", post.basis)
    dated, attached = _sentence_date(
        ctx, s, e, triggers, post.date, previous.date if previous else None
    )
    if dated is None and _told_by_craters(ctx, triggers):
        # "Maardes: 118 new craters around the village" under "I counted craters on two
        # images: 2 October and 30 October": the images date what only they tell.
        pair = _image_pair_end(ctx, s, post.date)
        if pair is not None:
            return pair
    if dated is None and told_before is not None and _CLOCK_OPENING_RE.match(ctx.text, s):
        dated = told_before
    if dated is None:
        before = _day_of_strike_before(ctx, index, post.date)
        if before is not None:
            # A strike of the past: its day neither carries on nor comes from the text.
            return before
    if dated is not None and dated.precision in ("week", "window"):
        # "... hit a depot near X earlier this week." then "A statement said the strike, on
        # Wednesday, destroyed ...": the next sentence gives the span's strike its day.
        narrowed = _strike_day_told_next(ctx, index, post.date)
        if narrowed is not None and narrowed.date <= dated.date:
            dated = narrowed
    if any(a <= s < b for a, b in ctx.captions):
        # A caption's date is its own: it neither carries on nor comes from the text.
        return dated or ResolvedDate(post.date, "day", post.basis)
    if dated is not None and attached and _background_day(ctx, index, post.date, dated):
        # "The hospital had already been damaged on 2 August, when ...": the day stays its
        # own sentence's; "The same day" after it points at the strike the report tells.
        pass
    elif dated is not None and attached:
        scope.date, scope.date_sentence = dated, index
        ctx.prior_date, ctx.last_date = ctx.last_date, (dated, index)
    elif dated is not None and scope.said is None:
        scope.said, scope.said_sentence = dated, index
        if _goes_on_with_lead(ctx, index, last, dated):
            # "... struck ISIS targets on Tuesday, the general said." then "'Bombers struck
            # 14 targets near X,' he told a briefing on Wednesday": the speaker goes on with
            # the strikes of the day he told; the day he spoke is his.
            dated = last[0]  # type: ignore[index]
    elif dated is None and scope.date is not None:
        own = _claimant_of(ctx, index)
        # The report's own narrative ("Jets began sorties on 15 November.") dates what a
        # claimant says next of the same operation; another claimant's dated report does not.
        told = _voice(ctx, scope.date_sentence)
        if (
            own is None
            or told is None
            or own == told
            or _more_strikes(ctx, index, last)
            # "... killed 30 in X on Wednesday, rescuers said. The bombardment hit A and B,
            # according to Y": the strikes just told, whoever tells where they fell.
            or _SAME_STRIKES_OPENING_RE.match(ctx.text, s) is not None
            or _REPLY_TO_ACCOUNT_RE.search(ctx.text, s, min(e, s + _REPLY_OPENING_CHARS))
        ):
            dated = scope.date
    if dated is None and scope.date is None and scope.said is not None:
        # A wire lead's "..., sources said on Thursday" dates what the paragraph goes on telling.
        own = _claimant_of(ctx, index)
        if own is None or own == _voice(ctx, scope.said_sentence):
            dated = scope.said
    if dated is None and scope.date is None:
        dated = _scene_date(ctx, index, post.date)
    if dated is None and scope.date is None and last is not None and not _in_question_turn(ctx, s):
        # A briefing's or release's "On 19 November, ..." dates the examples
        # and list items after it, while the same institution speaks; a wire
        # lead's "on Friday" dates what later paragraphs tell without naming
        # any source ("The jets hit X and Y in 18 sorties").
        voice = _author_voice(ctx, index)
        if (
            (voice is not None and voice == _author_voice(ctx, last[1]))
            or _voice(ctx, index) is None
            or _SAME_STRIKES_OPENING_RE.match(ctx.text, s) is not None
            or _more_strikes(ctx, index, last)
            or _SAME_STRIKES_REPORTED_RE.search(ctx.text, s, ctx.sentences[index][1]) is not None
            # A release's "-- Near X, two strikes destroyed ..." lines under its lead "On
            # June 3, Coalition military forces conducted 17 strikes", which names no voice:
            # the lines are the lead's strikes, whatever voice their own words give them.
            or (_BULLET_ITEM_RE.match(ctx.text, s) is not None and _voice(ctx, last[1]) is None)
            or _names_places_of_lead(ctx, index, last[1])
        ):
            dated = last[0]
    if dated is None and scope.date is None:
        dated = _day_told_next(ctx, index, post.date)
    if dated is None and scope.date is None and scope.said is None and last is None:
        dated = _air_backed_operations_day(ctx, index, post.date)
    return dated or post.default or ResolvedDate(post.date, "day", post.basis)


# "Troops backed by Russian air power launched an offensive in X province on Tuesday",
# "Army units, in cooperation with the air force, carried out operations ... on Tuesday": a
# ground push the air war backs, told on its day.
_AIR_BACKED_OPERATIONS_RE = re.compile(
    r"\b(?:offensive|operations?|assault|advance[ds]?|push(?:ed)?|pressed|fighting|clashes"
    r"|battles?)\b",
    re.IGNORECASE,
)
# "destroyed", "struck", "hit": a strike word in the simple past, the deed of a day; not
# "has intensified", "have been hitting".
_PAST_STRIKE_VERB_RE = re.compile(r"[A-Za-z]+ed|struck|hit|blew\s+up", re.IGNORECASE)
_PERFECT_BEFORE_RE = re.compile(r"\b(?:has|have|had|will|would)\s+(?:been\s+)?$", re.I)
#: How many sentences back an air-backed push may date the strikes told after it.
_OPERATIONS_REACH = 4


def _air_backed_operations_day(
    ctx: _DocContext, index: int, reference: date
) -> ResolvedDate | None:
    """Return the day of the air-backed push a post told before a strike naming no day.

    "Army units, backed by the Russian air force, pressed their offensive in X province on
    Tuesday." then "A military source said the air force destroyed a command centre in Y":
    the strikes told after a ground push the air war backs, on the push's day, with no
    other day told between, are of that day.
    """
    here, end = ctx.sentences[index]
    if _BULLET_ITEM_RE.match(ctx.text, here) or not any(
        _PAST_STRIKE_VERB_RE.fullmatch(ctx.text, t.start, t.end)
        and not _PERFECT_BEFORE_RE.search(ctx.text, max(here, t.start - 20), t.start)
        for t in _in_range(ctx.triggers, here, end)
    ):
        # "where residents say the bombing has intensified": no strike of a day; a list's
        # item is the list's.
        return None
    for j in range(index - 1, max(-1, index - 1 - _OPERATIONS_REACH), -1):
        s, e = ctx.sentences[j]
        if _post_index(ctx, s) != _post_index(ctx, here):
            return None
        cues = [c for c in _sentence_cues(ctx, j) if c.kind != "anaphoric"]
        if not cues:
            # A strike told between with no day of its own is of the same push.
            continue
        if j in ctx.struck_sentences:
            # A strike of its own with a day: its day is that strike's, not a push's.
            return None
        if not (_AIR_BACKED_OPERATIONS_RE.search(ctx.text, s, e) and _has_air_word(ctx.text, s, e)):
            return None
        day = _deed_day(ctx, j, reference)
        return day if day is not None and day.precision == "day" else None
    return None


# The patterns tried most often open with a look-ahead of their first characters
# (see lexicon.quick_opening): the same matches, found with fewer tries.
_STATEMENT_BEFORE_RE = quick_opening(_STATEMENT_BEFORE_RE)
