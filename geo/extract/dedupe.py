"""One event per strike: merging the mentions of a place in a report.

A report names a struck place many times. Mentions of one place, claimant and day
are one strike; two days written for the place, a day told inside an earlier window,
or a later day told in a sentence of its own are strikes of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

from geo.names import place_key
from geo.record import StrikeEvent

#: The longest window a day told later is read inside ("this week", "since Saturday").
_WEEK = timedelta(days=7)


def _deduplicate(
    events: list[StrikeEvent],
    live_blog: bool,
    in_headline: Callable[[StrikeEvent], bool] = lambda ev: False,
    apart: Callable[[StrikeEvent, StrikeEvent], bool] = lambda first, ev: False,
    own_day: Callable[[StrikeEvent], bool] = lambda ev: False,
    earlier: Callable[[StrikeEvent], bool] = lambda ev: False,
    apart_places: Callable[[StrikeEvent, StrikeEvent], str | None] = lambda first, ev: None,
) -> list[StrikeEvent]:
    """Keep one event per place and claimant (per place, date and claimant in a live blog).

    Two days written for one place ("On 2 October ... On 7 October ...", or June 3 and
    June 2 in one release) are two strikes, each kept; so is a later day told in its own
    sentence after the first ("On Sunday 15 May, ... X", then "Today at dawn, our centre in
    X was hit").

    Each claimant's report of a place is its own event, so that claims can be
    compared with the ground: the Russian MoD's "ISIS roadblock in Hama" is
    not folded into the reporter's "strikes in Hama". The first mention is
    kept; a later one by the same claimant fills in a target or weapon the
    first did not state (a photo caption repeating a strike, say), or whose aircraft
    the first left unknown, and the civilian victims it names there replace a first
    "rebels".

    Two names whose spellings fold to one key but that name places far apart
    (``apart_places`` gives the second's place, from their gazetteer candidates) are two
    places.
    """
    kept: dict[tuple[object, ...], StrikeEvent] = {}
    # The places whose headline actor the body has already told: a later mention (a team or
    # a centre named after the town) does not tell it again.
    actor_told: set[tuple[object, ...]] = set()
    # Likewise the places whose headline relation the body has already told.
    relation_told: set[tuple[object, ...]] = set()
    for ev in events:
        key: tuple[object, ...] = (
            place_key(ev.place_as_written),
            ev.event_date if live_blog else None,
            ev.claimant,
            ev.offset_km,
            ev.offset_bearing,
        )
        first = kept.get(key)
        other = apart_places(first, ev) if first is not None else None
        if other is not None:
            # Two names folding to one key ("Maadan", "al-Mayadin"): the table tells them
            # apart.
            key = (*key, other)
            first = kept.get(key)
        if first is not None and (
            _another_day(first, ev)
            or _earlier_window(first, ev)
            # "X, hit on Monday, was struck again on Thursday": one mention, two strikes.
            or (first.char_start == ev.char_start and first.event_date != ev.event_date)
            or (
                # Told later and on a later day: "towns already hit last week" told after
                # this week's strikes is their background, not a strike of its own.
                first.event_date is not None
                and ev.event_date is not None
                and ev.event_date > first.event_date
                and first.time_precision == ev.time_precision == "day"
                and own_day(first)
                and own_day(ev)
            )
            or _other_aircraft_other_day(first, ev, own_day)
            or _day_of_window(first, ev, own_day)
            or (
                # "Earlier in the week, ... X ... on Tuesday" after Saturday's strike on X: a
                # strike of its own, told as earlier, on the day its sentence writes.
                first.event_date is not None
                and ev.event_date is not None
                and ev.event_date < first.event_date
                and own_day(ev)
                and earlier(ev)
            )
        ):
            # "On 2 October, ... the camp" and "On 7 October, ... the camp": two strikes.
            key = (*key, ev.event_date)
            first = kept.get(key)
        if first is not None and apart(first, ev):
            # The city named after its governorate's strikes: a place of its own.
            key = (*key, "city")
            first = kept.get(key)
        if first is None:
            kept[key] = ev
            continue
        updates: dict[str, object] = {}
        if first.claimed_target == "unspecified" and ev.claimed_target != "unspecified":
            updates["claimed_target"] = ev.claimed_target
        elif first.claimed_target == "rebels" and ev.claimed_target == "civilians":
            # "pounded the rebel-held town of X" then "11 civilians were killed in X": the
            # claimant's civilian victims there name the target, as in one sentence.
            updates["claimed_target"] = "civilians"
        if first.weapon is None and ev.weapon is not None:
            updates["weapon"] = ev.weapon
        if (
            first.actor == "unknown"
            and ev.actor != "unknown"
            and (first.event_date is None or ev.event_date in (None, first.event_date))
        ):
            # "air strikes on X and Y, activists said", then "In Y, a raid hit a school, the
            # activists said the aircraft were Russian": the same voice says whose they were.
            # Aircraft of another day over the place say nothing of the first strike's.
            updates["actor"] = ev.actor
        if in_headline(first) and not in_headline(ev) and key not in actor_told:
            # A title packs several strikes in one line ("... in X, and helicopters drop
            # barrel bombs on Y"); the body's first sentence on X says whose aircraft hit it.
            actor_told.add(key)
            if first.actor != ev.actor:
                updates["actor"] = ev.actor
        if in_headline(first) and not in_headline(ev) and key not in relation_told:
            # "... barrel bombs on X" in a title, then "barrel bombs on areas in the outskirts
            # of X town" in the body: the body's first sentence on X says where they fell.
            relation_told.add(key)
            if first.place_relation == "in" and ev.place_relation == "near":
                updates["place_relation"] = "near"
        if first.place_relation == "near" and ev.place_relation == "in":
            # A later "in X" is the better location.
            updates["place_relation"] = "in"
        if first.date_basis == "published" and ev.date_basis in ("explicit", "relative"):
            # A headline dated by the page, then "On 26 October, ... in X" or "on Wednesday,
            # ... in X": the written day.
            updates.update(
                event_date=ev.event_date,
                time_precision=ev.time_precision,
                date_basis=ev.date_basis,
            )
        if updates:
            kept[key] = replace(first, **updates)  # type: ignore[arg-type]
    for key, ev in kept.items():
        whole = kept.get(key[:-1]) if key[-1] == "city" else None
        if (
            whole is not None
            and ev.claimed_target == "unspecified"
            and whole.event_date == ev.event_date
        ):
            # "IS targets in the X province", "a command centre of the terrorists on the
            # outskirts of X itself": the claimant's targets in the governorate that day are
            # the city's.
            kept[key] = replace(ev, claimed_target=whole.claimed_target)
    return list(kept.values())


def _day_of_window(
    first: StrikeEvent, ev: StrikeEvent, own_day: Callable[[StrikeEvent], bool]
) -> bool:
    """Say whether a later mention of a place tells a strike on a day inside the first's window.

    "Barrel bombs on X between Sunday and Tuesday", then "a barrel bomb hit the bakery in X
    on Monday": the window's strikes, dated by its last day, and Monday's, a strike of its
    own on the day its sentence writes. A day told on the window's last day is one of its
    strikes, told again.
    """
    return (
        first.time_precision == "window"
        and ev.time_precision == "day"
        and first.event_date is not None
        and ev.event_date is not None
        and timedelta(0) < first.event_date - ev.event_date < _WEEK
        and own_day(ev)
    )


def _other_aircraft_other_day(
    first: StrikeEvent, ev: StrikeEvent, own_day: Callable[[StrikeEvent], bool]
) -> bool:
    """Say whether a later mention of a place tells another side's strike on another day.

    "Russian warplanes struck X on Tuesday", then "Government helicopters had dropped barrel
    bombs on X on Monday": two strikes, each with its aircraft and its own day, not the
    first told again (an earlier day told later by the same side may be its background).
    """
    return (
        first.event_date is not None
        and ev.event_date is not None
        and ev.event_date != first.event_date
        and first.time_precision == ev.time_precision == "day"
        and "unknown" not in (first.actor, ev.actor)
        and first.actor != ev.actor
        and own_day(first)
        and own_day(ev)
    )


def _earlier_window(first: StrikeEvent, ev: StrikeEvent) -> bool:
    """Say whether a later mention tells a place's strikes over a window before the first's day.

    A daily report's "barrel bombs on X since dawn", dated by the page, then "the network
    documented in the first half of the month at least 300 barrel bombs on X": the window is
    a span of strikes of its own, ended before the day the report tells, not that day's date.
    """
    return (
        first.event_date is not None
        and ev.event_date is not None
        and first.date_basis == "published"
        and ev.date_basis == "explicit"
        and ev.time_precision == "window"
        and ev.event_date < first.event_date
    )


def _another_day(first: StrikeEvent, ev: StrikeEvent) -> bool:
    """Say whether two events of a place are dated by different calendar days, each written.

    A release's "On June 3, ... Near X" and "Additionally, on June 2, ... Near X" are two
    strikes, a day apart as much as a week.
    """
    if first.event_date is None or ev.event_date is None:
        return False
    if (
        first.time_precision == "month"
        and ev.time_precision in ("day", "window")
        and first.date_basis == "explicit"
        and (first.event_date.year, first.event_date.month)
        != (ev.event_date.year, ev.event_date.month)
    ):
        # "Nov 2015: bombers struck near X", then "March 13, 2016: ... near X": a month's
        # strikes and a later day's, told apart, are two strikes.
        return True
    return (
        first.date_basis == ev.date_basis == "explicit"
        and first.time_precision == ev.time_precision == "day"
        and abs((ev.event_date - first.event_date).days) >= 1
    )
