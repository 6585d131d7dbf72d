"""The change log of control in the app: statuses on the day shown, filters, labels."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from shapely.geometry import box

from geo.app import changelog
from geo.control.layers import load_layers
from geo.control.timeline import Timeline
from geo.resources import layers_dir
from tests.support.timelines import change_row, two_factions

MARCH, APRIL, MAY = date(2016, 3, 1), date(2016, 4, 1), date(2016, 5, 1)


def _timeline() -> Timeline:
    """Three changes of hands in spring 2016 in the two-faction country.

    March: the regime takes the strip 38.5-39. April: ISIS takes it back whole.
    May: the opposition takes a village (a disc) far from the strip.
    """
    return two_factions(
        [
            change_row(date=MARCH, area="strip", place="Strip town", from_faction="isis",
                       to_faction="regime", source="Wire report of March", confidence="high"),
            change_row(date=APRIL, area="strip", place="Strip town", from_faction="regime",
                       to_faction="isis", source="Monitor, April", confidence="medium"),
            change_row(date=MAY, place="Hilltop village", lat="35.5", lon="39.6", radius_km="1",
                       from_faction="regime", to_faction="opposition", source="Local council"),
        ]
    )  # fmt: skip


def test_a_change_is_in_force_from_its_day_until_a_later_one_paints_over_it():
    timeline = _timeline()
    before = changelog.change_table(timeline, date(2016, 2, 1))
    assert list(before["status"]) == [changelog.LATER] * 3
    march = changelog.change_table(timeline, date(2016, 3, 15))
    assert list(march["status"]) == [changelog.IN_FORCE, changelog.LATER, changelog.LATER]
    may = changelog.change_table(timeline, MAY)
    assert list(may["status"]) == [changelog.REPLACED, changelog.IN_FORCE, changelog.IN_FORCE]
    assert changelog.counts(may) == {"in force": 2, "replaced": 1, "later": 0}


def test_a_change_partly_painted_over_stays_in_force():
    days = [MARCH, APRIL]
    half = [box(0, 0, 2, 1), box(1, 0, 2, 1)]
    assert changelog.change_status(days, half, APRIL) == [changelog.IN_FORCE] * 2
    whole = [box(1, 0, 2, 1), box(0, 0, 3, 1)]
    assert changelog.change_status(days, whole, APRIL) == [changelog.REPLACED, changelog.IN_FORCE]
    with pytest.raises(ValueError, match="differ in length"):
        changelog.change_status(days, half[:1], APRIL)


def test_plain_layers_have_no_change_log():
    layer = _timeline().snapshots[0]
    assert changelog.change_table([layer], MAY) is None


def test_filters_by_dates_faction_text_and_status():
    table = changelog.change_table(_timeline(), MAY)
    by_date = changelog.filter_changes(table, date_from=APRIL, date_to=APRIL)
    assert list(by_date["source"]) == ["Monitor, April"]
    # A faction keeps what it lost as well as what it gained.
    gained_or_lost = changelog.filter_changes(table, factions=["opposition"])
    assert list(gained_or_lost["place"]) == ["Hilltop village"]
    assert len(changelog.filter_changes(table, factions=["regime"])) == 3
    assert len(changelog.filter_changes(table, factions=[])) == 0
    assert list(changelog.filter_changes(table, text="wire")["date"]) == [MARCH]  # source
    assert list(changelog.filter_changes(table, text="HILLTOP")["date"]) == [MAY]  # place
    assert list(changelog.filter_changes(table, text="strip")["date"]) == [MARCH, APRIL]  # area
    in_force = changelog.filter_changes(table, in_force_only=True)
    assert list(in_force["date"]) == [APRIL, MAY]


def test_the_page_shows_names_not_codes():
    shown = changelog.shown_changes(changelog.change_table(_timeline(), MARCH))
    first = shown.iloc[0]
    assert first["Date"] == "2016-03-01"
    assert (first["From"], first["To"]) == ("ISIS", "Regime")
    assert first["On the day shown"] == "In force"
    assert shown.iloc[2]["On the day shown"] == "Not yet (later)"
    assert list(shown.columns) == [changelog.HEADERS[c] for c in changelog.COLUMNS]


def test_the_shipped_change_table_is_listed_row_for_row():
    with (layers_dir() / "control" / "changes.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    last = max(date.fromisoformat(r["date"]) for r in rows)
    table = changelog.change_table(load_layers(layers_dir() / "control"), last)
    assert len(table) == len(rows)
    assert changelog.counts(table)[changelog.LATER] == 0
    listed = set(
        zip(table["date"].map(date.isoformat), table["place"], table["source"], strict=True)
    )
    for row in rows:
        assert (row["date"], row["place"].strip(), row["source"].strip()) in listed
    # On the last day every front is in force somewhere: the latest change surely is.
    assert table["status"].iloc[-1] == changelog.IN_FORCE
