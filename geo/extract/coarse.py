"""Coarse mentions: a governorate named as a struck area beside finer places in it.

"Jets struck targets in Idlib and Hama provinces" next to "... hit Saraqib
and Kafr Zita" on the same day: the provinces add no event, the towns carry
the strikes. A governorate that is the only location of its strikes on that
date stays an event, marked ``place_level="governorate"`` so that nothing
shows it as a precise point.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import replace
from datetime import date, timedelta

from geo.names import canonical_admin1
from geo.record import Mention, StrikeEvent


def _governorate_of(ev: StrikeEvent, m: Mention | None) -> str | None:
    """Return the governorate an event's place lies in.

    The one its candidates agree on, else the one the text gives, else the
    best-ranked candidate's (the town a bare "Douma" means without context).
    """
    if m is not None and m.candidates:
        found = {p.admin1 for p in m.candidates if p.admin1}
        if len(found) == 1:
            return found.pop()
    if ev.admin1_hint or m is None or not m.candidates:
        return ev.admin1_hint
    return m.candidates[0].admin1


#: The key under which finer places of every voice are gathered.
_ANY_VOICE = "*"
#: The voices of the striking sides, whose word on whose ground they hit is their claim.
_STRIKING_VOICES = frozenset({"russian_mod", "kremlin", "coalition", "sana", "state_media"})
#: A mention written as one province ("the province of X", "X governorate"), not a city nor a
#: list of provinces (a tally of targets by province).
_PROVINCE_WORD_RE = re.compile(r"\b(?:province|governorate)\b", re.IGNORECASE)
#: Claimed targets that name whose ground was hit (the claims set against the ground).
_FACTION_TARGETS = frozenset({"isis", "rebels"})


def fold_coarse(
    events: list[StrikeEvent],
    mentions: Mapping[int, Mention],
    level: Callable[[Mention], str | None],
    days: Callable[[StrikeEvent], Collection[date]] | None = None,
    months: Callable[[StrikeEvent], Collection[date]] | None = None,
    held: Callable[[StrikeEvent], bool] | None = None,
    reach: Callable[[StrikeEvent], date | None] | None = None,
) -> list[StrikeEvent]:
    """Drop governorate events covered by finer events of the same date; mark the others.

    A coarse event whose sentence writes several dates ("on 14.01.2016 and
    15.01.2016 ... in the provinces of A and B") is covered by finer events of
    any of them; a finer event whose text gives no date (dated by publication)
    covers it whatever its date, and a coarse event whose text gives no date is
    covered by finer events of any date.

    Parameters
    ----------
    events : list of StrikeEvent
        One report's events.
    mentions : mapping
        The report's place mentions by start offset.
    level : callable
        ``mention -> "governorate" | "district" | None``: whether a mention
        names a whole governorate or a sub-district.
    days : callable, optional
        ``event -> dates``: the calendar dates written in a coarse event's
        sentence, besides its own date.
    months : callable, optional
        ``event -> dates``: the first days of the months written in a coarse
        event's sentence ("between December 2015 and February 2016"); a period
        runs to the end of the last of them.
    held : callable, optional
        ``event -> bool``: whether a coarse event's governorate is written as held by a side
        ("rebel-held Idlib province"), which tells whose ground it is, not a claim of whose
        ground was hit.
    reach : callable, optional
        ``event -> date | None``: the first day of a window a coarse event is dated by, when
        its sentence gives the window's length ("over the past 24 hours"); such a window
        is covered only by the finer places of its own days.

    Returns
    -------
    list of StrikeEvent
        The events without the covered governorates, in the same order.
    """
    coarse: dict[int, str] = {}
    finer: set[tuple[str, object, object]] = set()
    finer_days: dict[tuple[str, str], list[date]] = {}
    undated: set[tuple[str, str]] = set()
    for i, ev in enumerate(events):
        m = mentions.get(ev.char_start)
        kind = level(m) if m is not None else None
        if kind is not None:
            coarse[i] = kind
            continue
        gov = _governorate_of(ev, m)
        if gov is not None:
            for voice in (ev.claimant, _ANY_VOICE):
                finer.add((gov, ev.event_date, voice))
                if ev.event_date is not None:
                    finer_days.setdefault((gov, voice), []).append(ev.event_date)
                if ev.date_basis == "published":
                    # Undated in its text, a finer place may be of any day the report tells.
                    undated.add((gov, voice))
    if not coarse:
        return events
    govs = {i: _coarse_governorate(events[i], mentions.get(events[i].char_start)) for i in coarse}
    summaries = _summary_sentences(events, govs, finer_days)
    out = []
    # "struck ISIS targets in X province on Wednesday. ... bombers hit oil installations near
    # Y": a striking side's word on whose ground it hit in the province goes to the finer places
    # it names there that day in another sentence, whose own words name no side ("In X
    # province, a depot near Y was destroyed" is one place told once).
    claims: dict[tuple[str, object, str], tuple[str, int]] = {}
    for i, ev in enumerate(events):
        if i not in coarse:
            out.append(ev)
            continue
        gov = govs[i]
        if ev.sentence_index in summaries:
            continue
        written = {ev.event_date, *(days(ev) if days is not None else ())}
        in_months = months(ev) if months is not None else ()
        # A claim of whose ground was hit ("ISIS positions in Idlib province") is the
        # claimant's own, to be set against the ground, and covered only by its own finer
        # places; a tally of sorties or deaths by province is covered by the finer places
        # any voice names.
        voice = ev.claimant if ev.claimed_target in _FACTION_TARGETS else _ANY_VOICE
        if voice != _ANY_VOICE and held is not None and held(ev):
            # "air strikes on several towns in rebel-held Idlib province": who holds the
            # province is no claim of what was hit; any voice's finer places there cover it.
            voice = _ANY_VOICE
        if gov is not None and (
            (gov, voice) in undated
            # Undated in its text, a governorate may be of any day its finer places are.
            or (ev.date_basis == "published" and (gov, voice) in finer_days)
            or any((gov, day, voice) in finer for day in written)
            or _in_period(
                ev,
                finer_days.get((gov, voice), ()),
                in_months,
                reach(ev) if reach is not None else None,
            )
            or _in_written_month(ev, finer_days.get((gov, voice), ()), in_months)
        ):
            m = mentions.get(ev.char_start)
            if (
                voice != _ANY_VOICE
                and ev.claimant in _STRIKING_VOICES
                and m is not None
                and _PROVINCE_WORD_RE.search(m.surface)
            ):
                claims[(gov, ev.event_date, ev.claimant)] = (ev.claimed_target, ev.sentence_index)
            continue
        out.append(replace(ev, place_level=coarse[i]))
    if claims:
        out = [_with_province_claim(ev, mentions, claims) for ev in out]
    return out


def _with_province_claim(
    ev: StrikeEvent,
    mentions: Mapping[int, Mention],
    claims: Mapping[tuple[str, object, str], tuple[str, int]],
) -> StrikeEvent:
    """Give a finer event the claimed target its claimant gave its province that day."""
    if ev.claimed_target != "unspecified" or ev.place_level or ev.claimant is None:
        return ev
    gov = _governorate_of(ev, mentions.get(ev.char_start))
    claim = claims.get((gov, ev.event_date, ev.claimant)) if gov is not None else None
    if claim is None or claim[1] == ev.sentence_index:
        return ev
    return replace(ev, claimed_target=claim[0])


def _coarse_governorate(ev: StrikeEvent, m: Mention | None) -> str | None:
    """Name the governorate a coarse event stands for."""
    # "the countryside of X" is the governorate around the city X, as press copy names it.
    return (
        (canonical_admin1(m.surface) if m is not None else None)
        or ev.admin1_hint
        or _governorate_of(ev, m)
    )


def _summary_sentences(
    events: list[StrikeEvent],
    govs: Mapping[int, str | None],
    finer_days: Mapping[tuple[str, str], list[date]],
) -> set[int]:
    """Find the sentences that only sum up, by governorate, the finer places a report tells.

    A sentence giving no day of its own that names two governorates or more as
    struck ("Russia and the regime continued to strike terrain in A, B and C
    provinces"), each of them holding finer places the report tells struck,
    whoever tells them, is the report's summary of those places: none of its
    governorates is a strike of its own, whatever target it claims.
    """
    by_sentence: dict[int, list[int]] = {}
    for i in govs:
        by_sentence.setdefault(events[i].sentence_index, []).append(i)
    summaries = set()
    for index, members in by_sentence.items():
        named = {govs[i] for i in members}
        if (
            len(named) >= 2
            and all(events[i].date_basis == "published" for i in members)
            and all(gov is not None and (gov, _ANY_VOICE) in finer_days for gov in named)
        ):
            summaries.add(index)
    return summaries


def _in_written_month(ev: StrikeEvent, days: Collection[date], months: Collection[date]) -> bool:
    """Say whether a finer place was struck, by the coarse event's day, in a month it names.

    "Aircraft attacking the countryside of Homs struck a clinic, a market and a
    bus in February, ..., the group said today": the sentence is dated by its
    speaker's day, its strikes by the month, and the places struck that month
    carry them.
    """
    if not months or ev.event_date is None:
        return False
    return any(day <= ev.event_date and day.replace(day=1) in months for day in days)


#: How far back a period dated only by its end ("between October and December 2015") reaches.
_PERIOD_DAYS = 92


def _in_period(
    ev: StrikeEvent,
    days: Collection[date],
    months: Collection[date] = (),
    first: date | None = None,
) -> bool:
    """Say whether a finer place falls in the period a coarse event is dated by.

    "Survivors of air strikes on towns in Idlib and Hama between October and
    December 2015" beside cases in those months: a governorate dated by a month
    or a window, not a day, is covered by the finer places of that period. A
    period whose sentence writes a later month ("between December 2015 and
    February 2016") runs to the end of that month. A window whose first day ``first`` is
    known ("struck targets in A, B and C provinces over the past 24 hours") reaches back
    to it only: a town of one of them struck a week before is no part of it.
    """
    if ev.event_date is None or ev.time_precision not in ("month", "week", "window"):
        return False
    end = ev.event_date
    later = max(months, default=end)
    if later > end:
        end = (later.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    elif ev.time_precision == "month":
        end = (end.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    elif ev.time_precision == "week":
        end = end + timedelta(days=6)
    start = ev.event_date - timedelta(days=_PERIOD_DAYS)
    if first is not None and ev.time_precision == "window" and later <= ev.event_date:
        start = first
    return any(start <= day <= end for day in days)
