"""Figures: shares by ground, per week, distance to ISIS, contradictions."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd
import pytest
from events_factory import make_events

from geo import pipeline
from geo.analysis import figures


def frame():
    # Two reports of one incident on ISIS ground, one on opposition ground far
    # from ISIS, one unlocated; two ISO weeks.
    return make_events(
        [
            dict(event_id="a", incident_id="i1", doc="d1", place_as_written="Raqqa",
                 longitude=39.0, latitude=35.95, controlled_by="isis", dist_to_isis_km=0.0,
                 claimant="russian_mod", claimed_target="isis", claim_vs_ground="consistent"),
            dict(event_id="b", incident_id="i1", doc="d2", place_as_written="Raqqa",
                 longitude=39.0, latitude=35.95, controlled_by="isis", dist_to_isis_km=0.0),
            dict(event_id="c", incident_id="i2", doc="d1", place_as_written="Kafranbel",
                 longitude=36.56, latitude=35.61, controlled_by="opposition",
                 dist_to_isis_km=84.0, event_date=date(2015, 10, 14),
                 claimant="russian_mod", claimed_target="isis", claim_vs_ground="contradicted",
                 control_layer="2015-10-07", dist_to_claimed_km=84.0, quote="ISIS targets hit"),
            dict(event_id="d", incident_id="i3", doc="d2", place_as_written="Nowhere",
                 resolved=False, controlled_by=None, claim_vs_ground="unknown"),
        ]
    )  # fmt: skip


def test_counted_groups_reports_into_incidents():
    events = frame()
    assert len(figures.counted(events, "reports")) == 4
    assert len(figures.counted(events, "incidents")) == 3


def test_counted_rejects_an_unknown_unit():
    with pytest.raises(ValueError, match="`unit` was 'strikes'"):
        figures.counted(frame(), "strikes")


def test_rows_without_incident_id_count_once_each():
    events = frame().assign(incident_id=None)
    assert len(figures.counted(events, "incidents")) == 4


def test_faction_shares_of_located_strikes():
    shares = figures.faction_shares(figures.counted(frame(), "incidents")).set_index("faction")
    assert list(shares.index) == ["isis", "opposition", "regime", "kurdish", "none"]
    assert shares.loc["isis", "count"] == 1 and shares.loc["opposition", "count"] == 1
    assert shares.loc["isis", "share"] == pytest.approx(0.5)
    by_report = figures.faction_shares(figures.counted(frame(), "reports")).set_index("faction")
    assert by_report.loc["isis", "share"] == pytest.approx(2 / 3)


def test_faction_shares_of_nothing():
    shares = figures.faction_shares(frame().iloc[0:0])
    assert shares["count"].sum() == 0 and shares["share"].isna().all()


def test_weekly_shares_by_iso_week():
    weekly = figures.weekly_shares(figures.counted(frame(), "incidents"))
    assert list(weekly["week"]) == ["2015-W41", "2015-W42"]
    assert list(weekly["week_start"]) == [date(2015, 10, 5), date(2015, 10, 12)]
    assert list(weekly["faction"]) == ["isis", "opposition"]
    assert weekly.groupby("week")["share"].sum().tolist() == [1.0, 1.0]


def test_isis_distance_share_beyond_threshold():
    summary = figures.isis_distance(figures.counted(frame(), "incidents"))
    assert (summary.n, summary.n_far) == (2, 1)
    assert summary.share_far == pytest.approx(0.5)
    empty = figures.isis_distance(pd.DataFrame({"dist_to_isis_km": []}))
    assert empty.n == 0 and math.isnan(empty.share_far)


def test_distance_histogram_bands():
    hist = figures.distance_histogram(pd.DataFrame({"dist_to_isis_km": [0, 5, 12, 55, None]}))
    assert list(hist["count"]) == [2, 1, 0, 0, 0, 1]
    assert list(hist["far"]) == [False] * 5 + [True]
    with pytest.raises(ValueError, match="bin_km"):
        figures.distance_histogram(frame(), bin_km=0)


def test_contradictions_table():
    table = figures.contradictions(frame())
    assert list(table.columns) == figures.CONTRADICTION_COLUMNS
    assert len(table) == 1
    row = table.iloc[0]
    assert (row["place"], row["claimant"], row["controlled_by"]) == (
        "Kafranbel",
        "russian_mod",
        "opposition",
    )
    assert row["dist_to_claimed_km"] == 84.0


@pytest.fixture(scope="module")
def seeds():
    return pipeline.build("seeds")


def test_seed_figures(seeds):
    events = seeds.events
    incidents = figures.counted(events, "incidents")
    assert len(incidents) == events["incident_id"].nunique() < len(events)
    shares = figures.faction_shares(incidents)
    assert shares["count"].sum() == len(incidents)
    assert shares["share"].sum() == pytest.approx(1.0)
    summary = figures.isis_distance(incidents)
    assert 0 < summary.n_far < summary.n
    hist = figures.distance_histogram(incidents)
    assert hist["count"].sum() == summary.n
    assert hist.loc[hist["far"], "count"].sum() == summary.n_far


def test_seed_contradictions_include_the_ministrys_isis_claims(seeds):
    table = figures.contradictions(seeds.events)
    assert len(table) == int((seeds.events["claim_vs_ground"] == "contradicted").sum()) > 0
    mod = table.loc[(table["claimant"] == "russian_mod") & (table["claimed_target"] == "isis")]
    assert len(mod) and (mod["controlled_by"] != "isis").all()
    assert (table["dist_to_claimed_km"] > 0).all()
    assert table["dist_to_claimed_km"].is_monotonic_decreasing
