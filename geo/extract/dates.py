"""Dates in report text: explicit dates, windows, relative words and live-blog posts.

Everything resolves against a reference date: the publication date of the
report, or the date of the live-blog post a sentence sits in. Weekday words
look back ("Wednesday" in a post dated Thursday 2015-10-08 is 2015-10-07);
"last Wednesday" is the latest Wednesday before the reference and "last week
on Wednesday" the Wednesday of the previous calendar week; "last night",
"overnight" and "yesterday" name the day before. A date written without a
year is the latest such date not after the reference. A window ("from 20 to
23 March", "over the past two days", "since 27 December") resolves to its
last day with precision "window". Dates outside :data:`SANE_FIRST` ..
:data:`SANE_LAST`, as references or results, resolve to nothing.

Candidate spans are found by one linear pattern. Spans whose parts the pattern
names (a day number, a month name, a year) are read from those parts; numeric
dates ("14/10/2016", "14.10.16"), whose field order and year width need
judgement, are read by ``dateparser``, once per distinct span.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TypedDict

from geo.extract.lexicon import alternation, load, quick_opening, with_opening_lookahead

__all__ = [
    "SANE_FIRST",
    "SANE_LAST",
    "DateCue",
    "PostHeader",
    "ResolvedDate",
    "find_caption_lines",
    "find_date_cues",
    "find_post_headers",
    "dateline_date",
    "headline_date",
    "in_sane_window",
    "is_dateline_cue",
    "resolve_cue",
    "resolve_date",
    "weekday_on_or_before",
    "window_span_days",
]

#: The first and last dates a report or an event may carry.
SANE_FIRST = date(1990, 1, 1)
SANE_LAST = date(2100, 12, 31)

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH_RE = (
    r"(?P<{g}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    # Headings in capitals: "CASE 2: SARMIN, 20 OCTOBER 2015", and a wire factbox's
    # "OCT. 7 -" (a short name in capitals closed by its stop).
    r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)(?=\.)"
    # A sidebar's, a caption's or a log's day in capitals, "TUE 2 AUG", "WEDNESDAY 30 SEP":
    # the short name after its day's number, without a stop.
    r"|(?<=\d[ \t])(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\b)\.?"
)
_WEEKDAY_RE = (
    r"(?P<{g}>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    # A body or a lead written in capitals: "STRUCK X ON TUESDAY".
    r"|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
)
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_ORD = r"(?:st|nd|rd|th)?"
_UNIT_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
#: Days of the month written as ordinal words ("the first of October").
#: Counts of days written as words in "the first ten days of January".
_SPAN_DAYS = {
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}

_ORDINAL_DAYS = {word: n for n, word in enumerate(_UNIT_ORDINALS, 1)} | {
    "twentieth": 20,
    "thirtieth": 30,
    "thirty-first": 31,
    **{f"twenty-{word}": 20 + n for n, word in enumerate(_UNIT_ORDINALS[:9], 1)},
}
_YEAR_RE = r"(?:,?\s+(?P<{g}>(?:19|20)\d\d)\b)?"
# "September 30 last year", "3 March this year": the year named in words after a date
# written without one (a retrospective's history).
_YEAR_WORD_RE = r"(?:\s+(?P<{g}>last|this)\s+year\b)?"
# "20-23", "20 to 23", "1 and 3" (a range of days)
_RANGE_SEP = r"\s*(?:-|–|—|to|until|till|through)\s*"

_FEASTS = load("feasts")
#: Each feast's spellings, its first and its last days.
_FEAST_NAMES = {key: re.compile(alternation(f["names"])) for key, f in _FEASTS["feasts"].items()}
_FEAST_DAYS = {
    key: {end: [date.fromisoformat(d) for d in f[end]] for end in ("first", "last")}
    for key, f in _FEASTS["feasts"].items()
}
_FEAST_PARTS = {" ".join(k.split()): tuple(v) for k, v in _FEASTS["parts"].items()}
_FEAST_RE = (
    # "on the eve of Eid al-Adha", "the last night of Ramadan", "on Eid al-Fitr"
    r"(?P<feast>\b(?:(?:[Tt]he\s+)?(?P<fpart>"
    + alternation([r"\s+".join(k.split()) for k in _FEASTS["parts"]])
    # "the night before Eid": a part ending in "before" needs no "of".
    + r")(?:\s+of\s+(?:the\s+)?|(?<=before)\s+)|(?<=\b[Oo]n\s))(?P<fname>"
    + alternation([n for f in _FEASTS["feasts"].values() for n in f["names"]])
    + r")\b)"
)

_HAPPENINGS = load("happenings")["happenings"]
#: Each happening's spellings, and the days it fell on.
_HAPPENING_NAMES = {key: re.compile(alternation(h["names"])) for key, h in _HAPPENINGS.items()}
#: The spellings of happenings counted by ordinal days ("the second day of the truce").
_HAPPENING_ORDINAL_NAMES = {
    key: re.compile(alternation(h["ordinal_names"]))
    for key, h in _HAPPENINGS.items()
    if "ordinal_names" in h
}
_HAPPENING_DAYS = {
    key: [date.fromisoformat(d) for d in h["days"]] for key, h in _HAPPENINGS.items()
}
#: The first day of the Russian air campaign, the period the project maps.
CAMPAIGN_START = _HAPPENING_DAYS["campaign_start"][0]
_HAPPENING_RE = (
    # "two days after the Paris attacks", "hours before the truce began", "on the eve of the
    # truce", "the day after the downing of the Russian jet": counted from a happening of the
    # period, by name, not from the strike told before.
    r"(?P<happ>\b(?:(?P<hcount>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even"
    r"|[Tt]en|[1-9]\d?)\s+(?P<hunit>hours?|days?|nights?|weeks?)\s+(?P<hway>after|before)"
    r"|(?P<hhours>[Hh]ours)\s+(?:after|before)"
    r"|(?P<heve>eve)\s+of|[Tt]he\s+(?:day|night)\s+(?P<hway2>after|before))\s+the\s+(?P<hname>"
    + alternation([n for h in _HAPPENINGS.values() for n in h["names"]])
    # "on the second day of the Russian air campaign", "the first day of a nationwide truce":
    # the happening's own day is the first.
    + r")|\b[Tt]he\s+(?P<hord>first|second|third|fourth|fifth|sixth|seventh|opening)"
    + r"\s+(?:day|night)\s+of\s+(?:the\s+|an?\s+)?(?P<hordname>"
    + alternation([n for h in _HAPPENINGS.values() for n in h.get("ordinal_names", [])])
    + r"))\b"
)

# The kinds of date expression, tried in this order at each position. Case-sensitive:
# month and weekday names are capitalised, and IGNORECASE is several times slower on
# this many alternatives. Every repeat is bounded or a run of spaces between fixed
# words, so a match costs linear time.
_CUE_KINDS = [
    # 2015-10-07, 2015/10/07; a timestamp's day, its time joined by "T" ("2016-04-19T14:05Z")
    r"(?P<iso>\b(?P<iy>(?:19|20)\d\d)(?P<isep>[-/.])(?P<im>[01]?\d)(?P=isep)"
    r"(?P<id>[0-3]?\d)(?:\b|(?=T\d\d:\d\d)))",
    # 14/10/2016, 14.10.2016, 14/10/16 (day first); 10/14/2016 (month first, a US
    # outlet's, read so when the day-first reading is no date)
    r"(?P<num>\b[0-3]?\d(?P<nsep>[-/.])[0-3]?\d(?P=nsep)(?:(?:19|20)\d\d|\d\d)\b)",
    # 07/03, 16/06 (day first, no year: a digest's or a chronology's short form). Both
    # parts of two digits and no third part, so that "9/11", "24/7" and scores are not
    # read as days.
    # "the night of 12/13 October" is two days of a month named after them (a range, below).
    r"(?P<numdm>(?<![\d/.-])(?P<ndd>[0-3]\d)/(?P<nmm>[01]\d)(?![/.-]?\d)"
    r"(?!\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))",
    # "On 4/1", "on the night of 24/1", "on 17/11" (day first, a part of one digit, no
    # year: a monitor's or a collective's short form). Only after "on" or "night of", or as
    # a post's stamp closing its line or followed by a dash ("#Raqqa 8/10 - 11:40 pm"), so
    # that scores and shares ("won 3/4 of the seats") are not read as days. After "on", a
    # second part that can be no month is a US reprint's day after its month ("on 11/24").
    # Or right after a weekday's name, which makes the numbers a day ("Tuesday 8/3:", a
    # weekly summary's day heading; "Tuesday, 8/3").
    r"(?P<numdm1>(?:(?<=\b[Oo]n\s)|(?<=\bnight\sof\s)"
    r"|(?<=(?:Mon|Fri|Sun)day\s)|(?<=(?:Mon|Fri|Sun)day,\s)|(?<=Tuesday\s)|(?<=Tuesday,\s)"
    r"|(?<=Wednesday\s)|(?<=Wednesday,\s)|(?<=(?:Thurs|Satur)day\s)|(?<=(?:Thurs|Satur)day,\s)"
    r"|(?<![\d/.,-])"
    r"(?=[0-3]?\d/[01]?\d(?:[ \t]+[-\u2013\u2014][ \t]|[ \t]*(?:\n|\Z))))"
    r"(?P<nd1>[0-3]?\d)/(?P<nm1>[01]?\d|(?:(?<=\b[Oo]n\s\d/)|(?<=\b[Oo]n\s[01]\d/))[1-3]\d)(?![/.-]?\d)"
    r"(?!\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))",
    # "on 17.11" (day first with a dot, no year: a ministry's or an agency's short form).
    # Only after "on", so that sums and scores are not read as days; or as a post's stamp,
    # a time of day right after it ("19.09, 20:05", as channels quoted in translation show);
    # or as a table row's first cell, closed by a bar ("02.10 | X | 4").
    r"(?P<numdot>(?:(?<=\b[Oo]n\s)|(?<![\w.,:])(?=[0-3]\d\.[01]\d,[ \t]+[0-2]\d:[0-5]\d\b)"
    r"|(?<![^\n])(?=[0-3]\d\.[01]\d[ \t]*\|))"
    r"(?P<dtd>[0-3]\d)\.(?P<dtm>[01]\d)(?![/.-]?\d))",
    # from 20 to 23 March / between 1 and 3 October 2016 / 1-3 Oct
    r"(?P<drange>(?P<ra>[0-3]?\d)"
    + _ORD
    + r"\s*(?:-|–|—|/|to|until|till|through|and)\s*(?:the\s+)?(?P<rb>[0-3]?\d)"
    + _ORD
    + r"(?:\s+of)?\s+"
    + _MONTH_RE.format(g="m4")
    + _YEAR_RE.format(g="y4")
    + ")",
    # March 20-23, 2016 / October 1 to 3
    r"(?P<mrange>"
    + _MONTH_RE.format(g="m5")
    + r"\s+(?P<ma>[0-3]?\d)"
    + _ORD
    + _RANGE_SEP
    + r"(?P<mb>[0-3]?\d)"
    + _ORD
    + r"\b"
    + _YEAR_RE.format(g="y5")
    + ")",
    # between February 1 and 4: "and" joins two days into a window after "between", or
    # when they follow one another ("on February 10 and 11"); strikes "on October 1 and
    # 3" fell on two days, not in a window, the first of them dating the cue.
    r"(?P<brange>"
    + _MONTH_RE.format(g="m7")
    + r"\s+(?P<ba>[0-3]?\d)"
    + _ORD
    + r"\s+and\s+(?P<bb>[0-3]?\d)"
    + _ORD
    # "March 22 and 8 a.m. March 23": a number followed by an hour's mark is no day.
    + r"\b(?!\s*(?:[AaPp]\.[Mm]\.|[AaPp][Mm]\b|:\d))"
    + _YEAR_RE.format(g="y7")
    + ")",
    # October 7, 2015 / Oct. 7 / Oct 5th / October the 7th / September 30 last year
    r"(?P<mdy>\b"
    + _MONTH_RE.format(g="m1")
    # "Oct.7": a short name's stop may stand for the space.
    + r"(?:\s+|(?<=\.))(?:the\s+)?(?P<d1>[0-3]?\d)"
    + _ORD
    + r"\b"
    + _YEAR_RE.format(g="y1")
    + _YEAR_WORD_RE.format(g="yw1")
    + ")",
    # 7 October 2015 / 3 October / 11th of October / 27th of last December / the
    # first of October (a day in words, as a speaker quoted says it)
    r"(?P<dmy>\b(?:(?P<d2>[0-3]?\d)"
    + _ORD
    + r"|[Tt]he\s+(?P<d2w>"
    + alternation(sorted(_ORDINAL_DAYS, key=len, reverse=True))
    # "the fourth day of October 2015": a filing's day in words, "day" written out.
    + r")(?=\s+(?:day\s+)?of\s)(?:\s+day(?=\s+of\s))?)"
    + r"(?:\s+of)?\s+(?P<q2>(?:[Ll]ast|[Tt]his)\s+)?"
    + _MONTH_RE.format(g="m2")
    + _YEAR_RE.format(g="y2")
    + _YEAR_WORD_RE.format(g="yw2")
    + ")",
    # "the first Sunday of February", "the last Friday in May 2016": a weekday counted within
    # a month, a day of that month (not the last day of its name before the writing).
    r"(?P<nthwd>\b[Tt]he\s+(?P<nth>first|second|third|fourth|last|final)\s+"
    + _WEEKDAY_RE.format(g="w8")
    + r"\s+(?:of|in)\s+"
    + _MONTH_RE.format(g="m10")
    + _YEAR_RE.format(g="y10")
    + ")",
    # mid-February / early in March 2016 / the end of October: a part of a month
    r"(?P<partmonth>\b(?:(?P<part>[Ee]arly|[Mm]id|[Ll]ate)(?:-|\s+)(?:in\s+)?"
    r"|[Tt]he\s+(?P<part2>start|beginning|middle|end"
    # the first days of October / the last week of May / the second week of June
    r"|(?:first|second|third|last|final)\s+(?:few\s+)?(?:days|week)"
    # the first ten days of January / the last 10 days of May / the second half of June:
    # a window inside the month, which takes its last day
    r"|(?P<span>first|last|final)\s+(?P<ndays>[1-3]?\d|"
    + alternation(sorted(_SPAN_DAYS, key=len, reverse=True))
    + r")\s+days|(?P<half>first|second|latter)\s+half)\s+of\s+"
    # "between August and October", "from August to October": a window of whole months,
    # which takes the last day of the last.
    + r"|(?P<mfrom>[Bb]etween|[Ff]rom)\s+"
    + _MONTH_RE.format(g="m9")
    + r"\s+(?:and|to|until|through)\s+)"
    + _MONTH_RE.format(g="m6")
    + _YEAR_RE.format(g="y6")
    + ")",
    # "late last month", "early this month", "at the end of last month": a part of the month
    # of writing or of the one before, its day the part's as "late January" takes the 25th.
    r"(?P<partrel>\b(?:(?P<prp>[Ee]arly|[Mm]id|[Ll]ate)(?:-|\s+)"
    r"|[Tt]he\s+(?P<prp2>start|beginning|middle|end)\s+of\s+)"
    r"(?P<q7>last|this|the\s+previous|the\s+past)\s+month\b(?![’']s))",
    # the 5th of this month / the 27th of last month / "on the 8th of the month", as
    # translated Arabic copy writes a day of the month of writing
    # "on the fifth of this month": the day in words, as a speaker says it.
    r"(?P<relmonth>\b(?:(?P<d3>[0-3]?\d)(?:st|nd|rd|th)|(?<=\b[Tt]he\s)(?P<d3w>"
    + alternation(sorted(_ORDINAL_DAYS, key=len, reverse=True))
    + r"))\s+of\s+"
    r"(?P<q3>this|last|the\s+same|the\s+current|the\s+previous|the\s+past|the)\s+month\b"
    # "the first of this month's strikes": a month's first item, not its first day.
    r"(?![’']s))",
    # "on the 9th", "since the 27th": a day of the month named alone, the latest
    # such day by the writing. Only where a sentence's words or stops follow it,
    # not a unit's name ("on the 4th Division").
    # "on Monday the 19th": after a weekday too, which the merge joins to it, a comma
    # between or none ("on Sunday, the 4th").
    # "X, the 21st: a barrel bomb ...": an incident headed by its place and its day alone, a
    # colon after the day, as "X, 16 February: ..." heads the incident before it.
    r"(?P<dom>(?<=[a-z],\s)the\s+(?P<d4h>[0-3]?\d)(?:st|nd|rd|th)(?=:)"
    r"|(?:(?<=\b[Oo]n\s)|(?<=\b[Ss]ince\s)|(?<=\b(?:Mon|Fri|Sun)day\s)|(?<=\bTuesday\s)"
    r"|(?<=\bWednesday\s)|(?<=\b(?:Thurs|Satur)day\s)"
    r"|(?<=\b(?:Mon|Fri|Sun)day,\s)|(?<=\bTuesday,\s)|(?<=\bWednesday,\s)"
    r"|(?<=\b(?:Thurs|Satur)day,\s)"
    # "on the morning of the 23rd", "in the early hours of the 9th": a part of that day.
    r"|(?<=\b(?:morning|evening)\sof\s)|(?<=\b(?:night|hours)\sof\s)|(?<=\bafternoon\sof\s)"
    # "from the 19th to the 22nd": the two ends of a window of days of the month.
    r"|(?<=\b[Ff]rom\s)|(?<=\bto\s)"
    # "between the 14th and the 16th": a window's two ends written the same way.
    r"|(?<=\b[Bb]etween\s)|(?<=\band\s)"
    # "The worst day was the 13th, when jets struck X": a day named as what a day was.
    r"|(?<=\bday\swas\s)|(?<=\bnight\swas\s))"
    r"the\s+(?:(?P<d4>[0-3]?\d)(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|to|when|at|in|as|after|before|while|morning|afternoon"
    # "on the afternoon of the 21st a helicopter dropped ...": the clause right after it.
    r"|evening|night|killing|but|an?"
    # "Raids on X on the 27th killed six": the sentence's verb right after the day.
    r"|killed|left|wounded|injured|destroyed|damaged|hit|struck|targeted|was|were|by|with"
    # "On the 4th they hit the market": a speaker's subject right after the day.
    r"|according|they|we|he|she)\b)"
    # "on the twenty-fifth, the Wednesday": a speaker's day in words, a stop right after it
    # (not "the first and second floors"); "What happened on the thirteenth: ..." a colon.
    # A day in words needs its own cue: "and the first, ..." is no window's end.
    r"|(?<!\band\sthe\s)(?<!\b[Bb]etween\sthe\s)(?P<d4w>"
    + alternation(sorted(_ORDINAL_DAYS, key=len, reverse=True))
    + r")(?=\s*[,.;:])))",
    # October 2015 (month precision)
    r"(?P<my>\b" + _MONTH_RE.format(g="m3") + r"\s+(?P<y3>(?:19|20)\d\d)\b)",
    # (over) the past two days / (in) the past 24 hours / the last three weeks
    r"(?P<pastwin>\b(?:[Pp]ast|[Ll]ast|[Pp]revious)\s+(?:(?:\d{1,3}|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|several|few|couple\s+of)\s+"
    r"(?:hours?|days?|weeks?|months?)|hours|days|weeks|months)\b|\b[Pp]ast\s+(?:week|month)\b"
    # "in recent days", "over the recent hours": a window to the day of writing.
    r"|\b(?:[Ii]n|[Oo]ver)\s+(?:the\s+)?(?:most\s+)?recent\s+(?:hours|days)\b)",
    # last week on Wednesday / last Wednesday
    r"(?P<lastwd>\b[Ll]ast\s+(?:week\s+(?:on\s+)?)?" + _WEEKDAY_RE.format(g="w1") + r"\b)",
    # overnight Thursday / Thursday night / on Tuesday
    r"(?P<wd>\b(?:[Oo]vernight\s+(?:on\s+)?)?" + _WEEKDAY_RE.format(g="w2") + _PART_OF_DAY + r"\b"
    # "on Tues." / "on Thurs.": a short name closed by its stop, read only after "on"
    # ("Sun", "Sat" and "Wed" are words too); "on Thurs," / "on Weds": a longer short
    # name, which is no word, needs no stop.
    r"|(?<=\b[Oo]n\s)(?P<w3>Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun)\.(?!\w)"
    r"|(?<=\b[Oo]n\s)(?P<w4>Tues|Weds|Thurs?)\b(?![.'’-]))",
    # the day before yesterday / the night before last: two days back
    r"(?P<daybefore>\b[Tt]he\s+(?:day\s+before\s+yesterday|night\s+before\s+last)\b)",
    # "The day before, jets struck X", "hit X the night before.", "the previous day"
    # ("sorties over the previous day": the day before the one who counts them spoke):
    # a day from the strike told before ("the day before the talks" counts from them)
    r"(?P<priorday>\b[Tt]he\s+(?:day|night|evening)\s+(?P<pway>before|after)"
    r"(?=\s*[,;.:)]|\s+(?:when|as|while)\b)"
    r"|(?<!\b[Ii]n\s)(?<!\b[Dd]uring\s)\b[Tt]he\s+(?:previous|preceding)"
    r"\s+(?:day|night|evening)\b(?!\s+(?:or|and)\b|['’]s\b))",
    # the same morning / that afternoon / the next day / later in the afternoon: the
    # day of the strike told before
    # ("That same evening, jets hit X": "same" only insists on the day pointed at)
    r"(?P<anaphor>\b(?:[Tt]h(?:e\s+(?:same|next|following)|at(?:\s+same)?)"
    r"|[Ll]ater\s+(?:in\s+the|that(?:\s+same)?|the\s+same))"
    r"\s+(?:day|morning|afternoon|evening|night)\b(?!\s+last\s+year\b)"
    # "hit targets in X in the same days": the days of the strikes told before, whose last
    # day a window takes.
    r"|\b[Tt]he\s+same\s+(?:days|period)\b"
    # "captured X on Thursday. Jets bombed Y throughout the day": the day just told.
    r"|\b(?:[Tt]hroughout|[Aa]ll\s+through)\s+the\s+day\b"
    # "had dropped barrel bombs on X a few hours earlier": hours back from the day told before
    # are that day; so are hours on from it ("Hours later, strikes hit X", "Within hours").
    r"|\b(?:[Aa]n|[Aa]\s+few|[Ss]everal|[Tt]wo|[Tt]hree|[Oo]nly)\s+hours?\s+"
    r"(?:earlier|later|before(?=\s*[,;.:)]))\b"
    r"|\b(?:[Hh]ours\s+later|[Ww]ithin\s+(?:(?:a\s+few|two|three)\s+)?hours"
    r"|[Ww]ithin\s+(?:the|an)\s+hour)\b"
    # "At the same time, helicopters dropped barrel bombs on X", "Minutes later,", "Shortly
    # afterwards,": opening a sentence, set off by a comma, the moment of the strike told
    # before, on its day.
    r"|(?:^|(?<=\n)|(?<=[.!?]\s))(?:(?:At|Around|At\s+(?:about|around)|In)\s+the\s+same"
    r"\s+(?:time|hours?|moment)|(?:Minutes|Moments)\s+(?:later|afterwards?)"
    r"|(?:Shortly|Soon)\s+(?:after(?:wards?)?|later)|In\s+(?:response|retaliation|reply))(?=\s*,)"
    # "In the evening, the same jets struck X": a part of the day opening its sentence, set
    # off by a comma and naming no day, is the day of the strike told before.
    r"|(?:^|(?<=\n)|(?<=[.!?]\s))In\s+the\s+(?:afternoon|evening)(?=\s*,)"
    # "The 1st of October, a Thursday. That Thursday morning jets hit X": a weekday after
    # "that" points back at the day just told, not at the last day of its name.
    r"|\b[Tt]hat\s+(?:same\s+)?" + _WEEKDAY_RE.format(g="w5") + r"\b"
    # "the following Wednesday", "the Wednesday after,": the first day of that name after
    # the day just told, not the last one before the writing.
    r"|\b[Tt]he\s+(?:next|following)\s+" + _WEEKDAY_RE.format(g="w6") + r"\b"
    r"|\b[Tt]he\s+" + _WEEKDAY_RE.format(g="w7") + r"\s+after(?=\s*[,;.:)]))",
    _HAPPENING_RE,
    # three days earlier / a day later / two nights before / a fortnight earlier: counted
    # from the strike told before ("a week earlier" is left out: it opens as often a voice's
    # own earlier saying, of a strike dated in its own words)
    r"(?P<shift>\b(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[1-9])"
    r"\s+(?:days?|nights?|fortnight)\s+(?:earlier|later|before|after)\b"
    # "Two weeks later, the jets came back": weeks counted on from the strike told before.
    r"|\b(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[1-4])\s+weeks?\s+later\b"
    # "on Tuesday, hours after jets hit X": hours apart are the same day.
    r"|\b[Hh]ours\s+(?:earlier|later|before|after)\b"
    # "Within 48 hours of the first strike on Sept. 30": a window counted on from a day,
    # dated by its last day (hours by whole days).
    r"|\b[Ww]ithin\s+(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[1-9]\d?)"
    r"\s+(?:hours|days?|weeks?)\s+of\b)",
    # "in the previous day's sorties": the day before the one who tells them, as yesterday.
    r"(?P<yesterday>\b[Yy]esterday\b|\b[Ll]ast\s+night\b|\b[Oo]vernight\b"
    r"|\b[Tt]he\s+(?:previous|preceding)\s+day['’]s\b)",
    # "Raids at this hour on X": a post's "at this hour" is its own day, as "now" is.
    r"(?P<today>\b[Tt]oday\b|\b[Tt]onight\b|\b[Tt]his\s+(?:morning|afternoon|evening)\b"
    r"|\b[Aa]t\s+this\s+(?:very\s+)?(?:hour|moment)\b)",
    r"(?P<lastweek>\b[Ll]ast\s+week\b)",
    # over the weekend / last weekend / this past weekend / all weekend: the Saturday and
    # Sunday just past
    r"(?P<weekend>\b(?:[Tt]he|[Tt]his|[Ll]ast|[Pp]ast|[Aa]ll)\s+weekend\b)",
    # a year ago today / two years ago to the day: the writing's own day, years back (an
    # anniversary's day, not the history of a year that "a year ago" alone tells)
    # "on the same day last year", "this day last year": a year back to the day, as well
    # "on this day in 2015", "on this date in 2016": the writing's own day in the year named
    # (a column or an anniversary piece headed by its day), not the writing's year.
    r"(?P<yearago>\b(?:(?P<yan>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree)\s+years?\s+ago\s+"
    r"(?:today|to\s+the\s+day|on\s+this\s+(?:very\s+)?day)"
    r"|(?:[Tt]he\s+same|[Tt]his)\s+(?:very\s+)?day\s+last\s+year"
    r"|(?:[Oo]n\s+)?[Tt]his\s+(?:very\s+)?(?:day|date)\s+in\s+(?P<yyr>(?:19|20)\d\d))\b)",
    # three weeks ago / two days ago / two nights ago / a month ago / 48 hours ago: counted
    # back from the writing (hours by whole days); "a week ago today" is the very day counted
    # back
    r"(?P<ago>\b(?P<agon>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even"
    r"|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[1-9]\d?)\s+(?P<agou>hours?|days?|nights?|weeks?|months?)\s+ago"
    r"(?P<agot>\s+(?:today|to\s+the\s+day))?\b)",
    # "Two weeks after the attack on X, we have assembled ...": a span after a strike that
    # reaches the writing, its clause in the present, counts back from the writing as "ago".
    r"(?P<afterago>\b(?P<aan>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even"
    r"|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[1-9]\d?)\s+(?P<aau>days?|weeks?|months?)"
    r"(?=\s+after\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:attacks?|strikes?|air\s*strikes?|raids?"
    r"|air\s+raids?|bombings?|massacres?)\b"
    r"[^.;:\n]{0,120}?,\s+(?:[\w'’-]+\s+){0,3}?(?:is|are|has|have|remains?|still)\b))",
    # earlier this week / this week: a window from the week's Monday to the writing
    r"(?P<thisweek>\b(?:(?P<twe>[Ee]arlier)\s+)?[Tt]his\s+week\b(?!['’]s?\b))",
    r"(?P<lastmonth>\b[Ll]ast\s+month\b)",
    # 29-Feb-2016 / 3-Oct-15 / 29/Feb/2016: a form's or a table's day, month and year
    r"(?P<dmyh>\b(?P<d8>[0-3]?\d)(?P<hsep>[-/])"
    + _MONTH_RE.format(g="m8")
    + r"(?P=hsep)(?P<y8>(?:19|20)\d\d|\d\d)\b)",
    # "24DEC15 1340Z", "241340ZDEC15", "03JAN2016": a message's date-time group, as security
    # alerts and military signals date themselves: the day, the hour and its zone letter or
    # not, the month's short name in capitals and the year, with no space between.
    r"(?P<dtg>\b(?P<d12>[0-3]\d)(?:[0-2]\d[0-5]\d[A-Z])?"
    r"(?P<m12>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?P<y12>(?:19|20)?\d\d)\b)",
    _FEAST_RE,
]
_CUE_OPENING = r"\b(?=[0-9ABCDEFHIJKLMNOPRSTWYabefhilmoptswy])"
# Each kind behind a look-ahead of its own first characters: at a position the engine
# enters only the kinds that can open there (the same matches, found in less time).
_CUE_RE = re.compile(
    _CUE_OPENING + alternation([with_opening_lookahead(kind) for kind in _CUE_KINDS])
)
# Between a weekday and the date it names: "Tuesday, 11 October", "Tuesday the 11th",
# "Tuesday (Oct. 11)".
_WEEKDAY_GAP_RE = re.compile(r"[ \t]*[,(]?[ \t]*(?:the[ \t]+)?", re.IGNORECASE)
# Between a date and the weekday set after it as its apposition: "October 1, a Thursday",
# "5 October (a Monday)", "the 1st, which was a Thursday".
_WEEKDAY_AFTER_GAP_RE = re.compile(r"[ \t]*[,(][ \t]*(?:which[ \t]+was[ \t]+)?an?[ \t]+")
# Between a count of days back and the weekday it fell on: "ten days ago, on a Friday".
_AGO_WEEKDAY_GAP_RE = re.compile(r"[ \t]*,?[ \t]*(?:on[ \t]+)?(?:an?[ \t]+)?", re.IGNORECASE)
# Between the two ends of a window written as two dates: "March 20 to March 23".
# "on Tuesday last week", "on Monday of last week", 'on Wednesday" of last week' (a quoted
# day closing its quote first).
_WEEK_DAY_GAP_RE = re.compile(r"[ \t]*[\"”]?[ \t]*,?[ \t]*(?:(?:on|of)[ \t]+)?", re.IGNORECASE)
# Between two weekdays of one list that a week named after the last of them covers: "on
# Monday and again on Wednesday of last week", "on Sunday or Monday last week".
_WEEKDAY_LIST_GAP_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:and|or)(?:[ \t]+(?:again|also))?[ \t]+(?:on[ \t]+)?", re.IGNORECASE
)
# Between a count of days after (or before) something and the day of that something, in
# one clause: "Three days after the truce took effect on 27 February", "two days after the
# funeral on 5 May". A few words, no comma.
_COUNTED_FROM_DAY_GAP_RE = re.compile(r"(?:[ \t]+[^\s,;:.!?\"“”()]+){0,8}?[ \t]+on[ \t]+")
# "between 8 a.m. March 22 and 8 a.m. March 23": an hour may open each end of the window.
_HOUR = r"(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)\s+)?"
_WINDOW_GAP_RE = re.compile(
    rf"\s*(?P<sep>-|–|—|to|until|till|through|and)\s*{_HOUR}", re.IGNORECASE
)
_BETWEEN_BEFORE_RE = re.compile(rf"\bbetween\s+(?:the\s+)?{_HOUR}$", re.IGNORECASE)
#: How far before a window's first date "between" (and an hour) may stand.
_BETWEEN_CHARS = 28
# "since 27 December", "since Saturday": a window that runs to the reference date.
_SINCE_BEFORE_RE = re.compile(r"\b(?:since|starting)\s+(?:the\s+)?$", re.IGNORECASE)
# "since the collapse of the truce on 19 September", "since the beginning of the cessation
# of hostilities on 27 February": the event that opened the window is
# dated, not a strike (lower-case words only: "since Russia began ... on" is a clause).
_SINCE_EVENT_BEFORE_RE = re.compile(
    r"\b[Ss]ince\s+the\s+(?:[a-z][\w'’-]*\s+){1,7}?(?:on|in)\s+(?:the\s+)?$"
)


@dataclass(frozen=True)
class DateCue:
    """A date expression found in a text.

    ``kind`` is "explicit" (a calendar date), "relative" (resolved against
    a reference date) or "anaphoric" ("the same morning", "the next day":
    resolved against the date of the event told before); ``start``/``end``
    index the searched text. ``window`` marks a span of days ("from 20 to 23
    March": ``day`` is the last one); ``bound`` is "since" when the date opens
    a window ("since 27 December" runs to the reference date); ``qualifier`` is "last" or
    "this" for "the 27th of last December", "last year" or "this year" for "September 30
    last year", and "last week" for a weekday of a list that a week named after its last day
    covers ("on Monday and again on Wednesday of last week"); ``shift`` counts the days from
    the event told before for "three days earlier" (-3) or "a day after" (+1).
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
    window: bool = False
    bound: str | None = None
    qualifier: str | None = None
    shift: int = 0
    #: A numeric date of a page that writes another one whose first field can be no month
    #: ("25-11-2015"): the page writes day first, so no other reading is tried.
    day_first: bool = False


@dataclass(frozen=True)
class ResolvedDate:
    """A resolved date with its precision ("day", "week", "month", "window") and basis.

    A "window" date is the last day of a span of days the text gives.
    """

    date: date
    precision: str
    basis: str


@dataclass(frozen=True)
class PostHeader:
    """A live-blog post header and what it says about the post's date.

    ``kind`` is "dated" (the header states a date, in ``date``), "timed" (a
    clock time only, "UPDATE 1850 GMT": the post shares the date of the post
    above it) or "bare" (neither, "Posted at" with its timestamp lost: the
    post's date must come from its text); "lead" is a paragraph opened by
    its own day ("Dec. 3 — ...", "Monday. ..."), which dates the paragraphs
    down to the next header without making the page a live blog.
    """

    start: int
    end: int
    kind: str
    date: date | None = None


def in_sane_window(value: date) -> bool:
    """Return whether a date lies between :data:`SANE_FIRST` and :data:`SANE_LAST`.

    Examples
    --------
    >>> in_sane_window(date(2016, 10, 14)), in_sane_window(date(1, 1, 1))
    (True, False)
    """
    return SANE_FIRST <= value <= SANE_LAST


def tells_day(cue: DateCue) -> bool:
    """Say whether a date cue names a day of its own (a written date or a weekday).

    A day of the month written without its month ("on the 3rd", "the 5th of this
    month") is a written date too.

    Parameters
    ----------
    cue : DateCue
        A cue :func:`find_date_cues` found.

    Returns
    -------
    bool
    """
    return cue.kind == "explicit" or cue.weekday is not None or cue.day is not None


def month_number(token: str) -> int:
    """Return the number of the month a name or abbreviation writes.

    Parameters
    ----------
    token : str
        "February", "Feb", "FEB." or any word opening with a month's three letters.

    Returns
    -------
    int
        1 to 12.
    """
    return _MONTHS[token[:3].lower()]


@functools.lru_cache(maxsize=1)
def _numeric_parser():  # noqa: ANN202 - dateparser's type, imported lazily
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "DATE_ORDER": "DMY",
            "PARSERS": ["custom-formats", "absolute-time"],
            "REQUIRE_PARTS": ["day", "month", "year"],
            "RELATIVE_BASE": datetime(2000, 1, 1),
        },
    )


@functools.lru_cache(maxsize=4096)
def _numeric_date(span: str) -> tuple[int, int, int] | None:
    """Read a numeric date ("14/10/2016"), day first unless only month first is possible."""
    parts = re.split(r"[-/.]", span)
    # A two-digit year only with slashes: "14.10.16" is as likely a version or a score.
    if len(parts[2]) == 2 and "/" not in span:
        return None
    parsed = _numeric_parser().get_date_data(span).date_obj
    if parsed is None:
        return None
    return parsed.year, parsed.month, parsed.day


# A clock time right after a date ("18.10.16 22:15"): the date is a post's stamp, as a
# channel's export shows it, so a two-digit year with dots is a day, not a version or a score.
_STAMP_TIME_RE = re.compile(r"[ \t]+[0-2]?\d:[0-5]\d\b")


def _dotted_stamp_date(span: str) -> tuple[int, int, int] | None:
    """Read a post's stamp "18.10.16" (day, month, two-digit year of this century)."""
    parts = span.split(".")
    if len(parts) != 3 or len(parts[2]) != 2:
        return None
    day, month, year = int(parts[0]), int(parts[1]), 2000 + int(parts[2])
    try:
        date(year, month, day)
    except ValueError:
        return None
    return year, month, day


# A numeric date with a year whose first field can be no month ("25-11-2015", "13.12.2015").
_DAY_PAST_TWELVE_FIRST_RE = re.compile(
    r"(?<![\d/.-])(?:1[3-9]|2\d|3[01])(?P<sep>[-/.])[01]?\d(?P=sep)(?:19|20)\d\d\b"
)


def _page_writes_day_first(text: str, separator: str) -> bool:
    """Tell whether a text writes a numeric date with ``separator`` that is day first by force.

    A page writes all its numeric dates in one order: an activists' channel that titles one
    video "X 25-11-2015" titles another "Y 12-11-2015" day first too.
    """
    return separator in _day_first_separators(text)


@functools.lru_cache(maxsize=8)
def _day_first_separators(text: str) -> frozenset[str]:
    # Once per text, not once per numeric date: a page of many dates is scanned once.
    return frozenset(m["sep"] for m in _DAY_PAST_TWELVE_FIRST_RE.finditer(text))


def _day(token: str | None) -> int | None:
    if token is None:
        return None
    day = _ORDINAL_DAYS[token.lower()] if token[0].isalpha() else int(token)
    return day if 1 <= day <= 31 else None


def _span_end(m: re.Match[str]) -> int:
    """Return the last day of a window inside a month; 31 stands for the month's last day.

    "The first ten days" end on the 10th, "the first half" on the 15th, "the last ten
    days" and "the second half" on the month's last day.
    """
    if m["half"]:
        return 15 if m["half"] == "first" else 31
    if m["span"] != "first":
        # "the last ten days" and a window of whole months ("between August and October").
        return 31
    count = m["ndays"]
    return min(31, _SPAN_DAYS[count] if count in _SPAN_DAYS else int(count))


#: The day standing for a part of a month ("mid-February" is the 15th).
_PART_DAYS = {
    "early": 5,
    "start": 5,
    "beginning": 5,
    "mid": 15,
    "middle": 15,
    "late": 25,
    "end": 25,
    "first": 4,
    "second": 11,
    "third": 18,
    "last": 27,
    "final": 27,
}

#: The last day of a week counted from a month's start ("the second week of June" ends on the
#: 14th).
_WEEK_ENDS = {"first": 7, "second": 14, "third": 21}

#: Days in the unit of "a fortnight earlier" (a day or a night is one).
_SHIFT_UNIT_DAYS = {"fortnight": 14, "week": 7, "weeks": 7}

#: Counts written as words in "three days earlier".
_COUNT_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}


#: Days a unit of a window ("the past three weeks") spans.
_WINDOW_UNIT_DAYS = {"hour": 0, "day": 1, "week": 7, "month": 31}
#: Counts a window writes without a number ("the past few days").
_VAGUE_COUNTS = {"couple of": 2, "few": 3, "several": 5}
_WINDOW_SPAN_RE = re.compile(
    r"(?P<count>\d{1,3}|[a-z]+(?:\s+of)?)\s+(?P<unit>hour|day|week|month)s?$", re.IGNORECASE
)


def window_span_days(cue: DateCue) -> int | None:
    """Return how many days before its last day a window of the past reaches.

    "the past 24 hours" reaches back one day, "the past three weeks" 21 days.
    A window that writes no length ("in recent days", "the past weeks") gives
    None.

    Examples
    --------
    >>> cue = DateCue(start=0, end=0, text="past 24 hours", kind="relative", rule="pastwin")
    >>> window_span_days(cue)
    1
    >>> window_span_days(DateCue(0, 0, "last three weeks", "relative", "pastwin"))
    21
    >>> window_span_days(DateCue(0, 0, "in recent days", "relative", "pastwin")) is None
    True
    """
    if cue.rule != "pastwin":
        return None
    found = _WINDOW_SPAN_RE.search(cue.text)
    if found is None:
        return None
    word = found["count"].lower()
    count = int(word) if word.isdigit() else _COUNT_WORDS.get(word) or _VAGUE_COUNTS.get(word)
    if count is None:
        return None
    unit = found["unit"].lower()
    if unit == "hour":
        return max(1, -(-count // 24))
    return count * _WINDOW_UNIT_DAYS[unit]


class _CueSpan(TypedDict):
    """Where a cue sits in the text and which alternative of the pattern found it."""

    start: int
    end: int
    text: str
    rule: str


_COLON_DAY_RE = re.compile(r"\s*:")
_ON_BEFORE_RE = re.compile(r"\b[Oo]n\s$")


def _after_on(m: re.Match[str]) -> bool:
    """Tell whether the match follows the word "on" (a few characters read, not the text)."""
    return _ON_BEFORE_RE.search(m.string, max(0, m.start() - 3), m.start()) is not None


#: The groups of a day and its month in the cues written as numbers with no year.
_DAY_MONTH_GROUPS = {"numdm": ("ndd", "nmm"), "numdm1": ("nd1", "nm1"), "numdot": ("dtd", "dtm")}


def _cue_from_match(m: re.Match[str]) -> DateCue | None:
    rule = m.lastgroup
    text = m.group()
    base = _CueSpan(start=m.start(), end=m.end(), text=text, rule=rule or "")
    # One name per field across the branches below; some leave them unknown.
    year: int | None
    day: int | None
    if rule == "iso":
        return DateCue(
            kind="explicit", year=int(m["iy"]), month=int(m["im"]), day=int(m["id"]), **base
        )
    if rule == "num":
        parsed = _numeric_date(text)
        if parsed is None and _STAMP_TIME_RE.match(m.string, m.end()):
            parsed = _dotted_stamp_date(text)
        if parsed is None:
            return None
        year, month, day = parsed
        day_first = _page_writes_day_first(m.string, m["nsep"])
        return DateCue(
            kind="explicit", year=year, month=month, day=day, day_first=day_first, **base
        )
    if rule in _DAY_MONTH_GROUPS:
        day_group, month_group = _DAY_MONTH_GROUPS[rule]
        day, month = int(m[day_group]), int(m[month_group])
        if month > 12 and 1 <= day <= 12 and (rule == "numdm1" or _after_on(m)):
            # "on 11/24", "on 10/14": no month is 24 or 14, so the reprint writes the month
            # first.
            day, month = month, day
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        return DateCue(kind="explicit", month=month, day=day, **base)
    if rule in ("drange", "mrange", "brange"):
        groups = {"drange": "ra rb m4 y4", "mrange": "ma mb m5 y5", "brange": "ba bb m7 y7"}
        first, last, mon, year_s = (m[g] for g in groups[rule].split())
        lo, hi = _day(first), _day(last)
        if lo is None or hi is None:
            return None
        year = int(year_s) if year_s else None
        # "March 20 to 3 villages": not a range; the day next to the month is the date.
        window = hi > lo
        if rule == "brange" and not m.string[
            max(0, m.start() - 9) : m.start()
        ].rstrip().lower().endswith("between"):
            window = hi == lo + 1
        day = hi if window or rule == "drange" else lo
        return DateCue(
            kind="explicit", year=year, month=month_number(mon), day=day, window=window, **base
        )
    if rule in ("mdy", "dmy"):
        mon, day_s, year_s = (
            (m["m1"], m["d1"], m["y1"])
            if rule == "mdy"
            else (m["m2"], m["d2"] or m["d2w"], m["y2"])
        )
        day = _day(day_s)
        if day is None:
            return None
        year = int(year_s) if year_s else None
        qualifier = m["q2"].strip().lower() if rule == "dmy" and m["q2"] else None
        year_word = m["yw1"] if rule == "mdy" else m["yw2"]
        if year_word:
            qualifier = f"{year_word} year"
        return DateCue(
            kind="explicit",
            year=year,
            month=month_number(mon),
            day=day,
            qualifier=qualifier,
            **base,
        )
    if rule == "dom":
        if m["d4w"] and _COLON_DAY_RE.match(m.string, m.end()) and not _after_on(m):
            # "on the thirteenth: ..." is a day; "turn to the first: ..." a list's item.
            return None
        day = _day(m["d4"] or m["d4w"] or m["d4h"])
        return None if day is None else DateCue(kind="relative", day=day, **base)
    if rule == "partrel":
        part = (m["prp"] or m["prp2"]).lower()
        qualifier = "this" if m["q7"] == "this" else "last"
        return DateCue(kind="relative", day=_PART_DAYS[part], qualifier=qualifier, **base)
    if rule == "relmonth":
        day = _day(m["d3"] or m["d3w"])
        if day is None:
            return None
        qualifier = "this" if m["q3"].split()[-1] in ("this", "the", "same", "current") else "last"
        return DateCue(kind="relative", day=day, qualifier=qualifier, **base)
    if rule == "nthwd":
        # The count and the weekday ride in the qualifier ("nth:1:6", the first Sunday); the
        # day is found once the year is known.
        weekday = _WEEKDAYS.index(m["w8"].lower())
        nth = 5 if m["nth"] in ("last", "final") else _ORDINAL_DAYS[m["nth"]]
        return DateCue(
            kind="explicit",
            year=int(m["y10"]) if m["y10"] else None,
            month=month_number(m["m10"]),
            qualifier=f"nth:{nth}:{weekday}",
            **base,
        )
    if rule == "partmonth":
        year = int(m["y6"]) if m["y6"] else None
        month = month_number(m["m6"])
        if m["span"] or m["half"] or m["mfrom"]:
            return DateCue(
                kind="explicit", year=year, month=month, day=_span_end(m), window=True, **base
            )
        part = (m["part"] or m["part2"]).lower().split()[0]
        if part in _WEEK_ENDS and (m["part2"] or "").lower().endswith("week"):
            # "in the first week of February": a week counted from the month's start, a
            # window that takes its last day (the 7th); the last week keeps its own day.
            return DateCue(
                kind="explicit", year=year, month=month, day=_WEEK_ENDS[part], window=True, **base
            )
        return DateCue(kind="explicit", year=year, month=month, day=_PART_DAYS[part], **base)
    if rule == "yearago":
        # The years counted back ride in ``shift``, as "ago" counts its days there.
        if m["yyr"]:
            # "on this day in 2015": the year itself rides in ``year``; the day is the writing's.
            return DateCue(kind="relative", year=int(m["yyr"]), **base)
        years = _COUNT_WORDS[m["yan"].lower()] if m["yan"] else 1
        return DateCue(kind="relative", shift=-years, **base)
    if rule in ("ago", "afterago"):
        unit = (m["agou"] or m["aau"]).rstrip("s")
        count = m["agon"] or m["aan"]
        number = _COUNT_WORDS.get(count.lower()) or int(count)
        if unit == "hour":
            # "48 hours ago": the days the hours make, counted back from the writing.
            return DateCue(kind="relative", shift=-(number // 24), qualifier="day", **base)
        if unit == "night":
            # "two nights ago": the night of the day so many days back.
            return DateCue(kind="relative", shift=-number, qualifier="day", **base)
        shift = -number * {"day": 1, "week": 7, "month": 30}[unit]
        if m["agot"] and unit == "week":
            # "a week ago today": the writing's own weekday, whole weeks back.
            return DateCue(kind="relative", shift=shift, qualifier="day", **base)
        return DateCue(kind="relative", shift=shift, qualifier=unit, **base)
    if rule == "thisweek":
        return DateCue(kind="relative", window=True, shift=-1 if m["twe"] else 0, **base)
    if rule in ("dmyh", "dtg"):
        g = ("d8", "m8", "y8") if rule == "dmyh" else ("d12", "m12", "y12")
        day = _day(m[g[0]])
        if day is None:
            return None
        year = int(m[g[2]])
        return DateCue(
            kind="explicit",
            year=year + 2000 if year < 100 else year,
            month=month_number(m[g[1]]),
            day=day,
            **base,
        )
    if rule == "my":
        return DateCue(kind="explicit", year=int(m["y3"]), month=month_number(m["m3"]), **base)
    if rule == "pastwin":
        return DateCue(kind="relative", window=True, **base)
    if rule in ("lastwd", "wd"):
        name = (m["w1"] if rule == "lastwd" else m["w2"] or m["w3"] or m["w4"]).lower()
        weekday = next(i for i, full in enumerate(_WEEKDAYS) if full.startswith(name[:3]))
        return DateCue(kind="relative", weekday=weekday, **base)
    if rule == "shift":
        words = text.lower().split()
        if len(words) == 2:
            return DateCue(kind="anaphoric", shift=0, **base)
        if words[0] == "within":
            count = _COUNT_WORDS.get(words[1]) or int(words[1])
            unit = words[2]
            days = count // 24 if unit == "hours" else count * _SHIFT_UNIT_DAYS.get(unit, 1)
            return DateCue(kind="anaphoric", shift=days, **base)
        count, unit, way = words
        days = (_COUNT_WORDS.get(count) or int(count)) * _SHIFT_UNIT_DAYS.get(unit, 1)
        return DateCue(kind="anaphoric", shift=days if way in ("later", "after") else -days, **base)
    if rule == "happ" and m["hord"]:
        key = next(k for k, v in _HAPPENING_ORDINAL_NAMES.items() if v.fullmatch(m["hordname"]))
        nth = 1 if m["hord"] == "opening" else _ORDINAL_DAYS[m["hord"]]
        return DateCue(kind="relative", qualifier=key, shift=nth - 1, **base)
    if rule == "happ":
        key = next(k for k, names in _HAPPENING_NAMES.items() if names.fullmatch(m["hname"]))
        if m["hhours"]:
            days = 0
        elif m["heve"]:
            days = -1
        elif m["hway2"]:
            days = 1 if m["hway2"] == "after" else -1
        else:
            unit = m["hunit"].lower()
            count = m["hcount"].lower()
            days = _COUNT_WORDS.get(count) or int(count)
            # "48 hours after the truce took effect": whole days of hours are days after it;
            # fewer hours fall on the happening's own day.
            days = days // 24 if unit.startswith("hour") else days
            days *= 7 if unit.startswith("week") else 1
            days = days if m["hway"] == "after" else -days
        return DateCue(kind="relative", qualifier=key, shift=days, **base)
    if rule == "feast":
        key = next(k for k, names in _FEAST_NAMES.items() if names.fullmatch(m["fname"]))
        part = " ".join(m["fpart"].lower().split()) if m["fpart"] else "first day"
        end, offset = _FEAST_PARTS[part]
        # The feast's key and the part's day are kept in the qualifier and the shift; "last
        # year" after it ("on New Year's Eve last year") marks a feast gone by.
        gone = ":past" if _LAST_YEAR_AFTER_RE.match(m.string, m.end()) else ""
        return DateCue(kind="relative", qualifier=f"{key}:{end}{gone}", shift=offset, **base)
    if rule == "priorday":
        later = m["pway"] == "after"
        return DateCue(kind="anaphoric", shift=1 if later else -1, **base)
    if rule == "anaphor":
        later = text.lower().split()[1] in ("next", "following") or m["w7"] is not None
        span: _CueSpan = {**base, "rule": "nextday" if later else "sameday"}
        named = m["w5"] or m["w6"] or m["w7"]
        if named:
            weekday = _WEEKDAYS.index(named.lower())
            return DateCue(kind="anaphoric", weekday=weekday, **span)
        return DateCue(kind="anaphoric", **span)
    return DateCue(kind="relative", **base)


def _successive_weekdays(first: DateCue, second: DateCue) -> bool:
    """Say whether two weekday cues name a day and the day after it, with no qualifier.

    >>> sun = DateCue(kind="relative", start=0, end=6, text="Sunday", rule="wd", weekday=6)
    >>> mon = DateCue(kind="relative", start=11, end=17, text="Monday", rule="wd", weekday=0)
    >>> _successive_weekdays(sun, mon), _successive_weekdays(mon, sun)
    (True, False)
    """
    return (
        first.weekday is not None
        and second.weekday is not None
        and first.qualifier is None
        and second.qualifier is None
        and (first.weekday + 1) % 7 == second.weekday
    )


# "Today (Sunday, 12 June)", "Yesterday (Saturday 11 June)": the day in brackets right after a
# relative day names it; another calendar's date may stand beside it ("7 Ramadan 1437 / 12 June").
_BRACKETED_DAY_RE = re.compile(r"\s*\([^()\n]{0,50}\)")


def _dated_in_brackets(text: str, cues: list[DateCue]) -> list[DateCue]:
    """Replace "today" or "yesterday" by the explicit date its brackets give right after it."""
    out: list[DateCue] = []
    skip_until = -1
    for i, cue in enumerate(cues):
        if cue.start < skip_until:
            continue
        bracket = (
            _BRACKETED_DAY_RE.match(text, cue.end) if cue.rule in ("today", "yesterday") else None
        )
        if bracket is not None:
            inside = [
                c
                for c in cues[i + 1 :]
                if c.end <= bracket.end() and c.kind == "explicit" and c.day is not None
            ]
            if inside:
                last = inside[-1]
                out.append(replace(last, start=cue.start, text=text[cue.start : last.end]))
                skip_until = bracket.end()
                continue
        out.append(cue)
    return out


# "on 1 October (Russian Ministry of Defence, 2 October 2015)": a citation in brackets right
# after a day written without its year, closing with the full date of the source it cites.
_CITATION_BRACKET_RE = re.compile(r"[ \t]*\([^()\n]{1,80}\)")


def _full_date_within(cues: list[DateCue], first: int, end: int) -> DateCue | None:
    """Return the first cue from ``cues[first]`` on, ending by ``end``, that gives a full day.

    The cues are in text order: the walk stops at the first cue starting at ``end`` or after,
    so a text of many bracketed days costs a few looks per bracket, not one per cue after it.
    """
    for j in range(first, len(cues)):
        cue = cues[j]
        if cue.start >= end:
            return None
        if (
            cue.end <= end
            and cue.kind == "explicit"
            and cue.year is not None
            and cue.month is not None
            and cue.day is not None
            and not cue.window
        ):
            return cue
    return None


def _cited_years(text: str, cues: list[DateCue]) -> list[DateCue]:
    """Give a day written without a year the year of the citation in brackets right after it.

    A paper cites its source's date after the day it tells ("in X on 1 October (Russian
    Ministry of Defence, 2 October 2015)"): the day is the latest such day not after the
    source's date, whatever the paper's own date.
    """
    out: list[DateCue] = []
    for i, cue in enumerate(cues):
        if cue.kind == "explicit" and cue.year is None and cue.day and cue.month:
            bracket = _CITATION_BRACKET_RE.match(text, cue.end)
            cited = None if bracket is None else _full_date_within(cues, i + 1, bracket.end())
            if cited is not None and cited.year and cited.month and cited.day:
                try:
                    source_day = date(cited.year, cited.month, cited.day)
                except ValueError:
                    source_day = None
                if source_day is not None:
                    year = _year_for(cue.month, cue.day, source_day, None)
                    cue = replace(cue, year=year)
        out.append(cue)
    return out


def _merge(text: str, cues: list[DateCue]) -> list[DateCue]:
    """Join a weekday with the date it names, and two dates that bound a window."""
    out: list[DateCue] = []
    for cue in cues:
        prev = out[-1] if out else None
        if (
            prev is not None
            and {prev.rule, cue.rule} in ({"wd", "thisweek"}, {"wd", "lastweek"})
            and _WEEK_DAY_GAP_RE.fullmatch(text[prev.end : cue.start])
        ):
            # "earlier this week, on Monday", "on Tuesday last week": the weekday names the
            # day of the week the other cue points at.
            day = prev if prev.rule == "wd" else cue
            week = cue if day is prev else prev
            out[-1] = replace(
                day,
                start=prev.start,
                end=cue.end,
                text=text[prev.start : cue.end],
                rule="lastwd" if week.rule == "lastweek" else "wd",
            )
            if day is prev and week.rule == "lastweek":
                # "on Monday and again on Wednesday of last week": the week named after the
                # list's last weekday is the week of the weekdays listed before it too.
                k = len(out) - 2
                while (
                    k >= 0
                    and out[k].rule == "wd"
                    and not out[k].window
                    and _WEEKDAY_LIST_GAP_RE.fullmatch(text, out[k].end, out[k + 1].start)
                ):
                    out[k] = replace(out[k], rule="lastwd", qualifier="last week")
                    k -= 1
            continue
        if (
            prev is not None
            and prev.rule == "ago"
            and cue.rule == "wd"
            and _AGO_WEEKDAY_GAP_RE.fullmatch(text[prev.end : cue.start])
        ):
            # "ten days ago, on a Friday": the weekday names the day counted back, not the
            # last one of its name.
            out[-1] = replace(
                prev, end=cue.end, text=text[prev.start : cue.end], weekday=cue.weekday
            )
            continue
        if (
            prev is not None
            and prev.rule == "shift"
            and cue.rule == "sameday"
            and prev.text.lower().endswith(("after", "before"))
            and not text[prev.end : cue.start].strip()
        ):
            # "Two days after that night, jets hit X": the day told before, counted on from;
            # "that night" is what the count starts at, no day of its own.
            out[-1] = replace(prev, end=cue.end, text=text[prev.start : cue.end])
            continue
        if (
            prev is not None
            and cue.rule == "wd"
            and prev.day is not None
            and (prev.kind == "explicit" or prev.rule == "dom")
            and _WEEKDAY_AFTER_GAP_RE.fullmatch(text, prev.end, cue.start)
        ):
            # "The 1st of October, a Thursday", "on 5 October (a Monday)": the weekday set
            # after the date names the same day, as one set before it does.
            out[-1] = replace(
                prev, end=cue.end, text=text[prev.start : cue.end], weekday=cue.weekday
            )
            continue
        if prev is not None and prev.rule == cue.rule == "wd":
            window = _WINDOW_GAP_RE.fullmatch(text[prev.end : cue.start])
            if window is not None and (
                window["sep"].lower() != "and"
                or _BETWEEN_BEFORE_RE.search(text, max(0, prev.start - _BETWEEN_CHARS), prev.start)
                or _successive_weekdays(prev, cue)
            ):
                # "between Monday and Wednesday", "on Sunday and Monday": a window ending on
                # its last weekday (two days apart, "on Monday and Wednesday", stay two days).
                out[-1] = replace(
                    cue, start=prev.start, text=text[prev.start : cue.end], window=True
                )
                continue
        if (
            prev is not None
            and cue.day is not None
            and (cue.kind == "explicit" or cue.rule == "dom")
        ):
            gap = text[prev.end : cue.start]
            if (
                cue.kind == "explicit"
                and (prev.rule == "happ" or (prev.rule == "shift" and prev.text[-5:] != "later"))
                and prev.text.split()[-1].lower() not in ("earlier", "later")
                and _COUNTED_FROM_DAY_GAP_RE.fullmatch(gap)
            ):
                # "Three days after the truce took effect on 27 February": the written day is
                # the one counted from, and the count's day is the date the cue tells.
                out[-1] = replace(
                    cue, start=prev.start, text=text[prev.start : cue.end], shift=prev.shift
                )
                continue
            if prev.rule == "wd" and _WEEKDAY_GAP_RE.fullmatch(gap):
                # "Tuesday, 11 October 2016", "Monday the 19th": one date, named twice.
                out[-1] = replace(
                    cue, start=prev.start, text=text[prev.start : cue.end], weekday=prev.weekday
                )
                continue
            window = _WINDOW_GAP_RE.fullmatch(gap)
            if (
                window is not None
                # "from the 19th to the 22nd": two days of the month alone bound one too.
                and (prev.kind == cue.kind == "explicit" or prev.rule == cue.rule == "dom")
                and prev.day is not None
                and (
                    window["sep"].lower() != "and"
                    or _BETWEEN_BEFORE_RE.search(
                        text, max(0, prev.start - _BETWEEN_CHARS), prev.start
                    )
                )
            ):
                # "From March 20 to March 23": the window ends on its last day.
                out[-1] = replace(
                    cue,
                    start=prev.start,
                    text=text[prev.start : cue.end],
                    year=cue.year or prev.year,
                    window=True,
                )
                continue
        out.append(cue)
    out = _dated_in_brackets(text, out)
    return [
        replace(c, bound="since")
        if _SINCE_BEFORE_RE.search(text, max(0, c.start - 16), c.start)
        or _SINCE_EVENT_BEFORE_RE.search(text, max(0, c.start - 90), c.start)
        else c
        for c in out
    ]  # fmt: skip


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
    return _cited_years(text, _merge(text, cues)) if cues else cues


def weekday_on_or_before(reference: date, weekday: int) -> date:
    """Return the latest date on or before ``reference`` falling on ``weekday`` (Monday=0).

    Examples
    --------
    >>> weekday_on_or_before(date(2015, 10, 8), 2)
    datetime.date(2015, 10, 7)
    """
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


_WEEK_WORD_RE = re.compile(r"\bweek\b", re.IGNORECASE)


def _previous_week_weekday(reference: date, weekday: int) -> date:
    monday = reference - timedelta(days=reference.weekday())
    return monday - timedelta(days=7) + timedelta(days=weekday)


def _year_for(month: int, day: int, reference: date, qualifier: str | None) -> int:
    """Return the year of a date written without one: the latest not after the reference.

    A day after the reference is last year's ("December 12" in a January
    report); one day of slack allows for time zones. "Last December" is the
    December before the reference's month, "this October" the reference's year.
    """
    year = reference.year
    if qualifier in ("this", "this year"):
        return year
    if qualifier == "last year":
        return year - 1
    if qualifier == "last":
        return year - 1 if month >= reference.month else year
    try:
        value = date(year, month, day)
    except ValueError:
        # 29 February of a non-leap reference year: the last leap year before it.
        return year - 1 - (year - 1) % 4 if month == 2 and day == 29 else year
    return year - 1 if value > reference + timedelta(days=1) else year


#: How close to the reference a month-first reading must fall, and how far the day-first one,
#: for a numeric date whose fields both fit a month to be read month first.
_MONTH_FIRST_NEAR = timedelta(days=14)
_DAY_FIRST_FAR = timedelta(days=31)


def _month_first_if_nearer(cue: DateCue, value: date, reference: date) -> date:
    """Read "12.02.2015" month first when only that reading falls by the reference.

    A US outlet's "Posted: 12.02.2015" on a page of 2 December 2015 is December 2, not
    February 12: numbers are read day first, unless both fields fit a month, the month-first
    reading falls within a fortnight before the reference (a report tells strikes of its
    days, "on 11/3/2015" in a story of 12 November) and the day-first one does not
    fall within a month of it, or the day-first reading falls after the reference and the
    month-first one does not.
    """
    if cue.day is None or cue.month is None or cue.day > 12 or cue.day == cue.month:
        return value
    swapped = date(value.year, cue.day, cue.month)
    near = timedelta(0) <= reference - swapped <= _MONTH_FIRST_NEAR
    if near and abs(reference - value) > _DAY_FIRST_FAR:
        return swapped
    if value > reference + timedelta(days=1) and swapped <= reference + timedelta(days=1):
        # "10/12/2015" on a page of 20 October 2015: day first it is yet to come; a report
        # tells what has happened, so it is October 12.
        return swapped
    return value


def _month_first_if_ahead(cue: DateCue, value: date, reference: date) -> date:
    """Read a day and month with no year ("8/10") month first when day first it is yet to come.

    A tracker's entries under "Week of August 8-14" ("8/10 - The ministry claimed ...") write
    the month first: day first, 8 October is after the page's day and would be put back a
    year, while 10 August falls in the fortnight before it. The month-first reading is taken
    only then, so that a day-first "28/12" in a January report keeps its December.
    """
    if cue.day is None or cue.month is None or cue.day > 12 or cue.day == cue.month:
        return value
    if date(reference.year, cue.month, cue.day) <= reference + timedelta(days=1):
        return value
    swapped = date(_year_for(cue.day, cue.month, reference, None), cue.day, cue.month)
    if timedelta(0) <= reference - swapped <= _MONTH_FIRST_NEAR:
        return swapped
    return value


def _nth_weekday(year: int, month: int, nth: int, weekday: int) -> date:
    """Return the ``nth`` day falling on ``weekday`` (Monday=0) in a month; 5 is the last.

    Examples
    --------
    >>> _nth_weekday(2016, 2, 1, 6), _nth_weekday(2016, 5, 5, 4)
    (datetime.date(2016, 2, 7), datetime.date(2016, 5, 27))
    """
    if nth == 5:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _explicit_date(cue: DateCue, reference: date) -> ResolvedDate | None:
    assert cue.month is not None
    if cue.rule == "nthwd" and cue.qualifier is not None:
        nth, weekday = (int(part) for part in cue.qualifier.split(":")[1:])
        year = cue.year
        if year is None:
            # The year of the month's first day, the latest not after the writing.
            year = _year_for(cue.month, 1, reference, None)
        value = _nth_weekday(year, cue.month, nth, weekday)
        if cue.year is None and value > reference + timedelta(days=1):
            value = _nth_weekday(year - 1, cue.month, nth, weekday)
        return ResolvedDate(value, "day", "explicit")
    if cue.year is not None:
        year = cue.year
    else:
        # "mid-March" written on 12 March is this March's: its year goes by the month.
        day = 1 if cue.rule == "partmonth" else cue.day or 1
        year = _year_for(cue.month, day, reference, cue.qualifier)
    day = cue.day or 1
    if cue.rule == "partmonth":
        # A window to the month's end ("the last ten days of February") ends on its last day.
        day = min(day, calendar.monthrange(year, cue.month)[1])
    try:
        # "Three days after the truce took effect on 27 February": counted from the date.
        value = date(year, cue.month, day) + timedelta(days=cue.shift)
    except ValueError:
        return None
    if cue.rule == "partmonth" and value > reference and value.month == reference.month:
        value = reference
    if cue.rule == "num" and not cue.day_first:
        value = _month_first_if_nearer(cue, value, reference)
    elif cue.rule in _DAY_MONTH_GROUPS and cue.year is None and not cue.shift:
        value = _month_first_if_ahead(cue, value, reference)
    precision = "window" if cue.window else "day" if cue.day else "month"
    if cue.rule == "partmonth" and not cue.window:
        precision = "week"
    return ResolvedDate(value, precision, "explicit")


def _relative_month_day(cue: DateCue, reference: date) -> ResolvedDate | None:
    """Resolve "the 5th of this month", "the 27th of last month"."""
    assert cue.day is not None
    first = reference.replace(day=1)
    if cue.qualifier == "last":
        first = (first - timedelta(days=1)).replace(day=1)
    try:
        return ResolvedDate(first.replace(day=cue.day), "day", "relative")
    except ValueError:
        return None


def _latest_month_day(cue: DateCue, reference: date) -> ResolvedDate | None:
    """Resolve "the 9th" written alone: the latest such day by the reference (a day's slack)."""
    assert cue.day is not None
    first = reference.replace(day=1)
    for _ in range(3):  # a 31st may skip a shorter month
        try:
            value = first.replace(day=cue.day)
        except ValueError:
            value = None
        if value is not None and value <= reference + timedelta(days=1):
            return ResolvedDate(value, "day", "relative")
        first = (first - timedelta(days=1)).replace(day=1)
    return None


def _years_back(day: date, years: int) -> date:
    """Return the same calendar day ``years`` years before (29 February falls to the 28th)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _happening_day(cue: DateCue, reference: date) -> ResolvedDate | None:
    """Resolve a day counted from a happening: its latest day not after the writing."""
    past = [d for d in _HAPPENING_DAYS[cue.qualifier or ""] if d <= reference]
    return ResolvedDate(max(past) + timedelta(days=cue.shift), "day", "explicit") if past else None


#: A feast whose day comes within this many days after the writing is the coming one, unless
#: "last year" follows it.
_COMING_FEAST_DAYS = 14
_LAST_YEAR_AFTER_RE = re.compile(r"\s+last\s+year\b", re.IGNORECASE)


def _feast_day(cue: DateCue, reference: date) -> ResolvedDate | None:
    """Resolve a part of a feast: its latest occurrence whose day is not after the writing.

    A part still to come in the weeks after the writing ("a truce comes into force with the
    start of Eid al-Adha", written a week before it) is the coming feast's, no day of a strike:
    not the same feast a year before.
    """
    key, end, *gone = (cue.qualifier or ":").split(":")
    days = [d + timedelta(days=cue.shift) for d in _FEAST_DAYS[key][end]]
    if not gone and any(
        reference < d <= reference + timedelta(days=_COMING_FEAST_DAYS) for d in days
    ):
        return None
    past = [d for d in days if d <= reference]
    return ResolvedDate(max(past), "day", "explicit") if past else None


def _resolve(cue: DateCue, reference: date) -> ResolvedDate | None:
    if cue.bound == "since" and (cue.kind == "explicit" or cue.rule in ("dom", "wd")):
        # The window opened by "since 27 December" or "since Saturday" runs to the reference
        # date. "Since yesterday" keeps its day: a bound a day back is that day's.
        return ResolvedDate(reference, "window", "relative")
    if cue.kind == "explicit":
        return _explicit_date(cue, reference)
    rule = cue.rule
    if rule == "pastwin":
        return ResolvedDate(reference, "window", "relative")
    if rule == "relmonth":
        return _relative_month_day(cue, reference)
    if rule == "partrel":
        # "early this month" written on the 3rd is no later than the writing.
        found = _relative_month_day(cue, reference)
        if found is None:
            return None
        return ResolvedDate(min(found.date, reference), "week", "relative")
    if rule == "dom":
        return _latest_month_day(cue, reference)
    if rule == "lastwd":
        assert cue.weekday is not None
        if _WEEK_WORD_RE.search(cue.text) or cue.qualifier == "last week":
            return ResolvedDate(_previous_week_weekday(reference, cue.weekday), "day", "relative")
        # "last Tuesday" written on a Saturday is four days before, not eleven.
        before = reference - timedelta(days=1)
        return ResolvedDate(weekday_on_or_before(before, cue.weekday), "day", "relative")
    if rule == "wd":
        assert cue.weekday is not None
        day = weekday_on_or_before(reference, cue.weekday)
        return ResolvedDate(day, "window" if cue.window else "day", "relative")
    if rule == "today":
        return ResolvedDate(reference, "day", "relative")
    if rule == "yearago":
        if cue.year is not None:
            if cue.year > reference.year:
                return None
            # The year is written, so the day is told in full, as "15 October 2015" is.
            day = _years_back(reference, reference.year - cue.year)
            return ResolvedDate(day, "day", "explicit")
        return ResolvedDate(_years_back(reference, -cue.shift), "day", "relative")
    if rule == "yesterday":
        return ResolvedDate(reference - timedelta(days=1), "day", "relative")
    if rule in ("shift", "priorday"):
        return ResolvedDate(reference + timedelta(days=cue.shift), "day", "relative")
    if rule == "sameday":
        if cue.weekday is not None:
            # "That Thursday": the day of that name the day told before falls on or after
            # (the last one before the writing when no day was told).
            return ResolvedDate(weekday_on_or_before(reference, cue.weekday), "day", "relative")
        return ResolvedDate(reference, "day", "relative")
    if rule == "nextday":
        if cue.weekday is not None:
            # "The following Wednesday": the first day of that name after the day told.
            ahead = (cue.weekday - reference.weekday() - 1) % 7 + 1
            return ResolvedDate(reference + timedelta(days=ahead), "day", "relative")
        return ResolvedDate(reference + timedelta(days=1), "day", "relative")
    if rule == "daybefore":
        return ResolvedDate(reference - timedelta(days=2), "day", "relative")
    if rule in ("ago", "afterago"):
        precision = "day" if cue.qualifier == "day" else cue.qualifier or "day"
        counted = reference + timedelta(days=cue.shift)
        if cue.weekday is not None:
            # "ten days ago, on a Friday": the day of that name nearest the day counted back.
            off = (cue.weekday - counted.weekday() + 3) % 7 - 3
            return ResolvedDate(counted + timedelta(days=off), "day", "relative")
        return ResolvedDate(counted, precision, "relative")
    if rule == "thisweek":
        # Days of the writing's week before it ("earlier this week"), or up to it ("this
        # week"): a window dated by its last day, the writing's own on a Monday.
        monday = reference - timedelta(days=reference.weekday())
        last = max(monday, reference + timedelta(days=cue.shift))
        return ResolvedDate(last, "window", "relative")
    if rule == "lastweek":
        # The calendar week before the writing's, a window dated by its last day, the Sunday.
        sunday = reference - timedelta(days=reference.weekday() + 1)
        return ResolvedDate(sunday, "window", "relative")
    if rule == "weekend":
        # A window of two days, dated by its last one: the Sunday on or before the writing,
        # or the Saturday when written on a Saturday.
        last = reference if reference.weekday() == 5 else weekday_on_or_before(reference, 6)
        return ResolvedDate(last, "window", "relative")
    if rule == "feast":
        return _feast_day(cue, reference)
    if rule == "happ":
        return _happening_day(cue, reference)
    if rule == "lastmonth":
        first = reference.replace(day=1) - timedelta(days=1)
        return ResolvedDate(first.replace(day=1), "month", "relative")
    return None


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
        None when the cue names an impossible date, or when the reference or
        the result lies outside :data:`SANE_FIRST` .. :data:`SANE_LAST`.
    """
    if not in_sane_window(reference):
        return None
    try:
        resolved = _resolve(cue, reference)
    except (OverflowError, ValueError):
        return None
    if resolved is None or not in_sane_window(resolved.date):
        return None
    return resolved


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
    # "UPDATE 1850 GMT:"; a wire's numbered block kept below its newer ones, "UPDATE 2 - 1130
    # GMT", heads a post of its own as well.
    r"|(?P<update>UPDATE(?:D)?\s+(?:\d{1,2}\s*[-–—]\s*)?\d{1,2}:?\d{2}\s*"
    r"(?:GMT|BST|UTC|ET|EST|EDT|CET|CEST)?\s*:?)"
    r"|(?P<original>ORIGINAL ENTRY\s*:)"
    r"|(?P<dayline>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+[^\n]{3,30}$)"
    # A short line that may be a date alone: "September 15, 2016", "Date: 2016-08-19 09:25".
    # An activist network's post heading: "#Raqqa | Saturday 9 January 2016 | 17:00".
    # Its tags are blanked as a page's tags are (see ``events``), leaving the bar, unless the
    # heading is a line of its own.
    # A social-media post quoted under its author's handle: "@handle, Friday 5 February, 09:12".
    # A tracker's incident line, its fields set off by bars: "AB-0311 | 20 May 2016 | X, Y
    # governorate" (its code, its day and its place).
    # A bot's or a log's day heading framed by dashes: "— Tuesday 02/02/2016 —".
    r"|(?P<dateline>[0-9A-Z][^\n]{4,44}$|[#|@][^\n]{4,80}$"
    r"|[-–—=]{1,3}[ \t]+[0-9A-Z][^\n]{4,44}[ \t][-–—=]{1,3}[ \t]*$"
    r"|[A-Z]{1,5}-?\d{1,5}[ \t]*\|[^\n]{4,80}$"
    # A channel export's post stamp in square brackets: "[18.10.16 22:15]".
    r"|\[[0-9][^\n\]]{4,30}\][ \t]*$)"
    r")",
    re.MULTILINE,
)
# What may stand around the date of a date-only line: a label ("Date:", "Incident date"),
# a weekday abbreviation, a clock time, or
# a place heading the day ("Aleppo, 14/10/2016", "14 October - Aleppo").
_DATELINE_BEFORE_RE = re.compile(
    # "CASE 2: SARMIN, 20 OCTOBER 2015": a numbered label, then a place; an incident list's
    # heading may bear its number alone ("3. Heish, night of 11 to 12 June 2016"), and the
    # part of the day may come before a day or a night's two days.
    r"[ \t]*(?:(?:\#[\w’'-]+(?:[ \t]+\#[\w’'-]+)*)?[ \t]*\|[ \t]*)?"
    r"(?:[-–—=]{1,3}[ \t]+)?"
    r"(?:(?:(?:[A-Za-z]{2,12}[ \t]+)?\d{1,3}[ \t]*[:.)-][ \t]*)?"
    # A page's post heading may set its author off by a middle dot ("X Y · 9 March 2016 · 10:05").
    r"[A-Za-z][A-Za-z’' -]{0,24}?(?::|,|[ \t][-–—·])"
    r"(?:[ \t]*(?:the[ \t]+)?(?:night|morning|afternoon|evening|early[ \t]+hours)[ \t]+of)?"
    # "Update 22.12.2016 – 11:25": a live page's update line; "UPDATE 2 - 14/12/2015",
    # "Update #3: 14.12.2015": a numbered one, as a crowdfunding page or an appeal writes them.
    r"|(?:Update|UPDATE)[dD]?(?:[ \t]+\#?\d{1,3}[ \t]*[-–—:])?"
    # "Week of Oct 3-9": a month in review's heading for a week, its span's last day.
    r"|(?:[Ww]eek|WEEK)[ \t]+(?:of|OF)"
    # "CS097 – November 27, 2015": a tracker's incident code, its letters joined to its
    # number, heads the incident's entry.
    r"|[A-Z]{1,5}-?\d{1,5}[ \t]*[-–—:|]"
    # A quoted post's author: "@handle," before the post's day.
    r"|@\w{1,30}[ \t]*(?:[,:|·]|[-–—])"
    # A collective's post heading opened by its place's tag, the day after a space: "#Raqqa
    # 8/10 - 11:40 pm", "#Tabqa 9/10".
    r"|\#[A-Za-z][\w’'-]{1,30}[ \t]"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?"
    # "2 hours ago | 12.10.2016", "Yesterday | 11.10.2016": a live page's relative stamp set
    # off by a bar from the day it stands for.
    r"|(?:\d{1,2}[ \t]+(?:minutes?|mins?|hours?|hrs?|days?)[ \t]+ago|[Yy]esterday|[Tt]oday"
    r"|[Jj]ust[ \t]+now)[ \t]*\|)?[ \t]*"
)
# A second day of the same month may follow ("Inkhil, February 9 and 11"): the heading's
# section runs from its first day, as "on March 7 and 9" in a sentence does.
_DATELINE_AFTER_RE = re.compile(
    r"(?:[ \t]+(?:and|&)[ \t]+\d{1,2}(?![\d:.]))?"
    # "22.12.2016 – 11:25": a dash may come before the time.
    r"(?:[ \t,|·]*|[ \t]*[-–—][ \t]*(?=\d))"
    # An ISO timestamp's time: "2016-04-19T14:05Z".
    r"(?:(?:at[ \t]+|T)?\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:Z|[ \t]*[A-Z]{2,4})?)?"
    # The part of the day after a dash, or in brackets: "#Raqqa 10/10 - morning", an
    # incident entry's "Date: June 28, 2016 (night)".
    r"(?:[ \t]*(?:[-–—]?[ \t]*(?:morning|afternoon|evening|night|noon|midnight|dawn)\b"
    r"|\((?:morning|afternoon|evening|night|noon|midnight|dawn)\)))?"
    # A tracker's bar-set place field may be longer: "| X, Y governorate".
    r"(?:[ \t]*[-–—:][ \t]*[A-Z][A-Za-z’' ,-]{0,24}|[ \t]*\|[ \t]*[A-Z][A-Za-z’' ,-]{0,48})?[ \t]*"
    # The dashes closing a framed heading: "— 02/02/2016 —".
    r"(?:[-–—=]{1,3}[ \t]*)?"
)


_CLOCK_RE = re.compile(r"\b\d{1,2}[:.]?\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)

_WEEKDAY_NAMES = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_SHORT = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
# A week in review heads its paragraphs with the day in capitals ("TUESDAY. Rebels ...").
_WEEKDAY_CAPITALS = r"(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
# A weekday alone on its line, a colon allowed: a story's heading for what that day brought.
_BARE_WEEKDAY_LINE_RE = re.compile(r"[ \t]*(" + _WEEKDAY_NAMES + r")[ \t]*:?[ \t]*")
_MONTH_WORD = r"[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"
# A paragraph opened by its own day, as running timelines and day-by-day roundups write
# them: "Dec. 3 — The ministry says ...", "Monday 6 June: ...", "Monday. Russian jets ...",
# "TUESDAY. Rebels ..." (a week in review's day in capitals),
# a digest's "Tue 16 Feb. Local sources: ..." (the stop closing the month's short name).
# The day heads what follows: the paragraph's "on Wednesday night" counts back from it.
# A report's numbered incidents head each paragraph with its place and day ("3. Kafr
# Laha, 17 October. A helicopter ..."): the number and the place come before the day; or
# with the number alone before the day, the place after it ("4. 17 October - Kafr Laha"). A
# digest of the press heads each item with the paper, a note on it in brackets and the
# paper's day ("2. Al-Hayat (Saudi-owned, London), 9 March: ..."): the day heads the item.
# A factbox's bullets open the same way ("* OCT. 12-14 - Russian aircraft pound ..."): the
# bullet goes before the day, and a span of days heads its paragraph by its last day.
# A monitor's month in review writes the day with its ordinal ("25th July. The releases ...",
# "July 25th - ...") or in figures, day before month ("28/07. Aircraft struck ...").
_LEAD_DAY_RE = re.compile(
    r"^[ \t]*(?:[*•][ \t]+)?(?:"
    rf"(?P<weekday>{_WEEKDAY_NAMES}|{_WEEKDAY_CAPITALS})\.[ \t]+(?=[A-Z])"
    r"|(?P<date>(?:(?:[A-Za-z]{2,12}[ \t]+)?\d{1,3}[.):][ \t]+"
    r"(?:[A-Z][A-Za-z’'-]*(?:[ \t][A-Za-z’'-]+){0,3}(?:[ \t]+\([^()\n]{1,60}\))?,[ \t]+)?)?"
    rf"(?:(?:{_WEEKDAY_NAMES},?|{_WEEKDAY_SHORT})[ \t]+)?"
    rf"(?:{_MONTH_WORD}[ \t]+\d{{1,2}}{_ORDINAL}(?:-\d{{1,2}})?"
    rf"|\d{{1,2}}{_ORDINAL}[ \t]+{_MONTH_WORD}"
    r"|\d{1,2}/\d\d(?:/\d{2}(?:\d{2})?)?\.?)"
    r"(?:,?[ \t]+\d{4})?)"
    r"[ \t]*(?:[—–:-]|(?<=[A-Za-z]\.)|(?<=/\d\d\.))[ \t]+(?=[A-Z\"“]))",
    re.MULTILINE,
)


def _lead_day_headers(text: str, reference: date) -> list[PostHeader]:
    """Return the paragraphs opened by their own day, each as a dated header."""
    headers = []
    for m in _LEAD_DAY_RE.finditer(text):
        cues = find_date_cues(text, m.start(), m.end())
        if m.lastgroup == "date":
            cues = [c for c in cues if c.kind == "explicit" and c.day]
        resolved = resolve_cue(cues[0], reference) if len(cues) == 1 else None
        if resolved is not None and resolved.precision in ("day", "window"):
            headers.append(PostHeader(m.start(), m.end(), "lead", resolved.date))
    return headers


_BRACKETED_STAMP_RE = re.compile(r"[ \t]*\[([^\n\[\]]{1,30})\][ \t]*")


def _date_only_line(text: str, start: int, end: int) -> DateCue | None:
    """Return the date of a line holding a date and at most a label or a clock time."""
    bracketed = _BRACKETED_STAMP_RE.fullmatch(text, start, end)
    if bracketed is not None:
        # "[18.10.16 22:15]": the brackets of a channel export's stamp frame the line.
        start, end = bracketed.start(1), bracketed.end(1)
    cues = [c for c in find_date_cues(text, start, end) if c.kind == "explicit" and c.day]
    if len(cues) != 1:
        return None
    cue = cues[0]
    if _DATELINE_BEFORE_RE.fullmatch(text, start, cue.start) and _DATELINE_AFTER_RE.fullmatch(
        text, cue.end, end
    ):
        return cue
    return None


# "... killing at least nine people. (23:12, 3 Dec)": a live page's post closed by its clock
# time and day in brackets at the end of its paragraph.
_TRAILING_STAMP_RE = re.compile(
    r"[ \t]\((?P<stamp>\d{1,2}[:.]\d{2},[ \t]*\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)\)[ \t]*$",
    re.MULTILINE,
)


#: The shortest post body before a trailing stamp.
_TRAILING_STAMP_BODY = 20


def _trailing_stamp_headers(text: str, reference: date) -> list[PostHeader]:
    """Return the paragraphs closed by their own stamp, each as a header dated by it.

    A live blog or a thread may set each post's time and day after its text, "(23:12, 3
    Dec)", the posts crossing midnight: the paragraph is a post of that day, its
    "tonight" and "this afternoon" the stamp's. Two stamps at least make such a page.
    """
    if "(" not in text:
        return []
    headers = []
    for m in _TRAILING_STAMP_RE.finditer(text):
        line = text.rfind("\n", 0, m.start()) + 1
        if m.start() - line < _TRAILING_STAMP_BODY:
            continue
        stamp = m.start("stamp"), m.end("stamp")
        cues = [c for c in find_date_cues(text, *stamp) if c.kind == "explicit" and c.day]
        resolved = resolve_cue(cues[0], reference) if len(cues) == 1 else None
        if resolved is not None and resolved.precision == "day":
            headers.append(PostHeader(line, line, "dated", resolved.date))
    return headers if len(headers) >= 2 else []


# "Date of listing: 18.7.2016" closing a sanctions entry, "Date of birth: 3.7.1961": a line
# dating an act other than a post or a strike is no post's heading.
_ACT_DATE_LINE_RE = re.compile(
    r"[ \t]*date[ \t]+of[ \t]+(?:" + alternation(load("posts")["act_date_labels"]) + r")[ \t]*:",
    re.IGNORECASE,
)


def find_post_headers(text: str, reference: date) -> list[PostHeader]:
    r"""Find live-blog post headers and the dates they state.

    Recognised: "Posted at ..." / "Updated at ..." lines, "UPDATE 1850 GMT:"
    markers, "ORIGINAL ENTRY:" and weekday date lines such as
    "Wednesday, Oct. 7", and lines that hold a date alone ("September 15,
    2016", "Date: 2016-08-19 09:25"): a list of incidents under date
    headings is read as posts, each dated by its heading.

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
        if rule == "dateline":
            if _ACT_DATE_LINE_RE.match(text, m.start()):
                continue
            cue = _date_only_line(text, m.start(), m.end())
            resolved = resolve_cue(cue, reference) if cue is not None else None
            if resolved is not None and resolved.precision in ("day", "window"):
                headers.append(PostHeader(m.start(), m.end(), "dated", resolved.date))
            weekday = _BARE_WEEKDAY_LINE_RE.fullmatch(m.group()) if resolved is None else None
            if weekday is not None:
                # "Saturday" alone on its line heads what a story tells of that day: the
                # last such day on or before the page's date.
                wd = _WEEKDAYS.index(weekday.group(1).lower())
                back = (reference.weekday() - wd) % 7
                headers.append(PostHeader(m.start(), m.end(), "dated", reference - timedelta(back)))
            continue
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
    if _LEAD_DAY_RE.search(text):
        headers = _with_headers(headers, _lead_day_headers(text, reference))
    return _with_headers(headers, _trailing_stamp_headers(text, reference))


def _with_headers(headers: list[PostHeader], more: list[PostHeader]) -> list[PostHeader]:
    """Add the headers of ``more`` that start where none of ``headers`` does, in text order."""
    taken = {h.start for h in headers}
    return sorted(headers + [h for h in more if h.start not in taken], key=lambda h: h.start)


_SENTENCE_END_RE = re.compile(r"[.!?][\"'’”)\]]*\s*$")


def headline_date(title: str | None, text: str, published: date) -> ResolvedDate | None:
    """Return the date a report's headline gives to what it heads.

    The headline is the title, or else the text's first line when it reads as
    a heading (no closing stop, not a photo caption): "Daily brief for 14/10/2016", "Strikes of
    20-23 March". Its calendar date (or window) dates the strikes of the text
    that carry no date of their own; relative words in a headline are left to
    the text.

    Parameters
    ----------
    title : str or None
        The report's title.
    text : str
        The report's text.
    published : date
        The publication date, for dates written without a year.

    Returns
    -------
    ResolvedDate or None
        With basis "explicit" (or "relative" for "since 27 December", which
        runs to publication).

    Examples
    --------
    >>> headline_date("Daily brief for 14/10/2016", "", date(2016, 10, 15)).date
    datetime.date(2016, 10, 14)
    """
    lines = [title] if title else []
    first = next((line for line in text[:400].splitlines() if line.strip()), "")
    if (
        not lines
        and first
        and len(first) <= 160
        and not _SENTENCE_END_RE.search(first)
        and not find_caption_lines(first)
    ):
        lines.append(first)
    for line in lines:
        for cue in find_date_cues(line):
            if cue.kind != "explicit" or not cue.day:
                continue
            resolved = resolve_cue(cue, published)
            if resolved is not None:
                return resolved
    return None


# A wire dateline opening a line: "MOSCOW, November 23.", "BEIRUT, Oct 12 (Agency) -".
# "MOSCOW, November 23.", "BEIRUT (Reuters) - Sept 6, 2016 -": a dash may follow the agency.
# "X, 05/12/2016 -": a local outlet's dateline, its place in title case, its date in figures;
# "X, 16 Oct 2015 (Agency) -", "X, Oct 16, 2015 -": or written with its year.
# "X, March 10 (Agency) --": or with no year, the agency in brackets and a dash after it.
# "AMMAN/ANKARA, Oct 12 -": a story filed from two cities joins them with a slash.
_DATELINE_OPENING_RE = re.compile(
    # A weekday in capitals ("MON 8 FEB -", a sidebar's item) is no city.
    r"^[ \t]*(?:(?!(?:MON|TUES?|WED(?:NES)?|THU(?:RS?)?|FRI|SAT(?:UR)?|SUN)(?:DAY)?\b)"
    r"[A-Z][A-Z.'’ /-]{1,30}(?:[ \t]*\([^()\n]{1,30}\)(?:[ \t]*[-–—])?)?,?[ \t]+"
    # "ALEPPO, Syria, May 4 (AFP) —": the country or state may follow the city.
    r"(?:[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?,[ \t]+(?=[0-9A-Z]))?"
    r"(?=[0-9A-Z])"
    r"|[A-Z][a-z'’-]+(?:[ -][A-Z][a-z'’-]+){0,2},[ \t]+(?=\d{1,2}[/.]\d{1,2}[/.]\d{4}\b"
    r"|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{4}\b"
    r"|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4}\b"
    # "Amman, March 10 (Agency) --": no year, the agency in brackets and a dash closing it.
    r"|(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)"
    r"[ \t]+\([^()\n]{1,30}\)[ \t]*[-–—]))",
    re.MULTILINE,
)
# A reprint's line giving when the copy first went up: "Originally published November 20, 2015".
_FIRST_PUBLISHED_RE = re.compile(
    r"^[ \t]*(?:Originally|First)[ \t]+published(?:[ \t]+on)?[ \t]*:?[ \t]+",
    re.MULTILINE | re.IGNORECASE,
)
_DATELINE_CLOSING_RE = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*[-–—.:(]")
#: How far into a text a wire dateline may stand (after a title line or two).
_DATELINE_REACH = 600


def is_dateline_cue(text: str, start: int, cue: DateCue) -> bool:
    """Say whether a cue is the date of a wire dateline opening the line at ``start``.

    "BEIRUT, Feb 9 (Agency) - Jets killed 11 people late on Monday": the
    dateline dates the writing, from which "late on Monday" counts.

    Examples
    --------
    >>> text = "BEIRUT, Feb 9 (Agency) - Jets struck late on Monday."
    >>> is_dateline_cue(text, 0, find_date_cues(text)[0])
    True
    """
    opening = _DATELINE_OPENING_RE.match(text, start)
    return (
        opening is not None
        and opening.end() == cue.start
        and _DATELINE_CLOSING_RE.match(text, cue.end) is not None
    )


def dateline_date(text: str, published: date) -> date | None:
    """Return the date of a wire dateline near the top of a text.

    "MOSCOW, November 23. Russian aircraft over the past two days ...": the
    dateline gives the day the copy was written, which relative words count
    from when the page went up a day or more later. A reprint's "Originally
    published November 20, 2015" line near the top does the same.

    Parameters
    ----------
    text : str
        A document text.
    published : date
        The publication date; a dateline after it (beyond a day) is ignored.

    Returns
    -------
    date or None

    Examples
    --------
    >>> dateline_date("MOSCOW, November 23. Jets struck.", date(2015, 11, 24))
    datetime.date(2015, 11, 23)
    """
    for m in _DATELINE_OPENING_RE.finditer(text, 0, min(len(text), _DATELINE_REACH)):
        cues = find_date_cues(text, m.end(), min(len(text), m.end() + 40))
        if not cues or cues[0].start != m.end() or cues[0].kind != "explicit" or not cues[0].day:
            continue
        if not _DATELINE_CLOSING_RE.match(text, cues[0].end):
            continue
        resolved = resolve_cue(cues[0], published)
        if resolved is not None and resolved.date <= published + timedelta(days=1):
            return resolved.date
    for m in _FIRST_PUBLISHED_RE.finditer(text, 0, min(len(text), _DATELINE_REACH)):
        cues = find_date_cues(text, m.end(), min(len(text), m.end() + 40))
        if not cues or cues[0].start != m.end() or cues[0].kind != "explicit" or not cues[0].day:
            continue
        resolved = resolve_cue(cues[0], published)
        if resolved is None or resolved.date > published + timedelta(days=1):
            continue
        if _updated_above(text, m.start(), m.group(), resolved.date, published):
            continue
        return resolved.date
    return None


def _updated_above(text: str, start: int, mark: str, first: date, published: date) -> bool:
    """Say whether a page's own later stamp stands on the line above its "First published".

    "Thursday 26 November 2015 13.05 GMT" over "First published on Wednesday 25
    November 2015 22.40 GMT": the page carries the story as updated, so its days
    count from the update, not from the first version. A reprint's "Originally
    published" line dates the copy reprinted, whatever stamp stands above it.
    """
    if "first" not in mark.lower():
        return False
    end = text.rfind("\n", 0, start)
    if end < 0:
        return False
    above = text[text.rfind("\n", 0, end) + 1 : end]
    for cue in find_date_cues(above):
        if cue.kind != "explicit" or not cue.day:
            continue
        resolved = resolve_cue(cue, published)
        if resolved is not None and first < resolved.date <= published + timedelta(days=1):
            return True
    return False


# A photo caption: "Photo: ...", "PHOTO: ...", "... Photograph: A. Name", "(Agency/A. Name)".
# The scan finds the credit word; the line around it is then checked.
# Two scans, each with a literal prefix the engine searches for quickly.
_CAPTION_SCANS = (
    re.compile(r"P(?:hoto|HOTO|icture)|Image"),
    re.compile(r"\([A-Z][\w.-]{1,20}/"),
)
_CAPTION_OPENING_RE = re.compile(
    r"[ \t]*(?:File[ \t]+)?(?:Photo|PHOTO|Photograph|Picture|Image)[ \t]*:"
)
_CAPTION_CREDIT_RE = re.compile(
    r"(?:Photo|PHOTO|Photograph|Picture|Image)(?:[ \t]+courtesy(?:[ \t]+of)?)?[ \t]*:"
    r"|Photo[ \t]+courtesy\b"
    r"|\([A-Z][\w.-]{1,20}/[ \t]*[A-Z][^()\n]{1,40}\)"
)
#: How far before the end of its line a credit may stand.
_CAPTION_CREDIT_TAIL = 80


def find_caption_lines(text: str) -> list[tuple[int, int]]:
    r"""Return the spans of photo-caption lines.

    A caption's own date ("Smoke rises over X, Oct. 12. Photo: A. Name")
    dates the caption alone: it does not carry to the text around it, and an
    undated caption takes no date from the text.

    Parameters
    ----------
    text : str
        A document text.

    Returns
    -------
    list of tuple of int
        ``(start, end)`` of each caption line, in text order.

    Examples
    --------
    >>> text = "Jets struck X.\nSmoke over Y on Oct. 12. Photo: A. Name\n"
    >>> [text[a:b] for a, b in find_caption_lines(text)]
    ['Smoke over Y on Oct. 12. Photo: A. Name']
    """
    spans: set[tuple[int, int]] = set()
    for scan in _CAPTION_SCANS:
        for m in scan.finditer(text):
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.start())
            end = len(text) if end == -1 else end
            if (start, end) in spans:
                continue
            if _CAPTION_OPENING_RE.match(text, start, end) or (
                end - m.start() <= _CAPTION_CREDIT_TAIL
                and _CAPTION_CREDIT_RE.match(text, m.start(), end)
            ):
                spans.add((start, end))
    return sorted(spans)


# The patterns tried most often open with a look-ahead of their first characters
# (see lexicon.quick_opening): the same matches, found with fewer tries.
_SINCE_EVENT_BEFORE_RE = quick_opening(_SINCE_EVENT_BEFORE_RE)
