"""Dated facts of control, each run against the composed control of its day.

``tests/data/control_facts.csv`` holds one row per (place, day, faction) with
the source that reports it: points chosen on both sides of each front that
moved in 2015-2016 (east Aleppo neighbourhoods, Palmyra, Manbij, Jarabulus,
Darayya, Latakia, Daraa, Deir ez-Zor, ...) and places whose holder did not
change, so that a wrong date or a misdrawn polygon fails a named test.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from geo.control.join import join_control
from geo.control.layers import load_layers
from geo.record import FACTIONS

FACTS_CSV = Path(__file__).parent / "data" / "control_facts.csv"
COLUMNS = ["place", "lat", "lon", "date", "faction", "source", "url"]
FIRST_DAY, LAST_DAY = date(2015, 9, 30), date(2016, 12, 31)
MIN_FACTS = 70


def _read_facts() -> list[dict[str, str]]:
    with FACTS_CSV.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


FACTS = _read_facts()


def _fact_id(row: dict[str, str]) -> str:
    return f"{row['place']} {row['date']}"


@pytest.fixture(scope="module")
def joined() -> pd.DataFrame:
    """Every fact joined once with the shipped control (one vectorised join)."""
    frame = pd.DataFrame(FACTS)
    points = pd.DataFrame(
        {
            "longitude": frame["lon"].astype(float),
            "latitude": frame["lat"].astype(float),
            "event_date": [date.fromisoformat(d) for d in frame["date"]],
        }
    )
    out = join_control(points, load_layers())
    out["id"] = [_fact_id(row) for row in FACTS]
    return out.set_index("id")


def test_facts_table_is_well_formed() -> None:
    assert list(FACTS[0].keys()) == COLUMNS
    assert len(FACTS) >= MIN_FACTS
    ids = [_fact_id(row) for row in FACTS]
    assert len(ids) == len(set(ids)), "a place is listed twice on one day"
    for row in FACTS:
        assert row["faction"] in FACTIONS, row
        assert FIRST_DAY <= date.fromisoformat(row["date"]) <= LAST_DAY, row
        assert 32.3 <= float(row["lat"]) <= 37.4 and 35.6 <= float(row["lon"]) <= 42.4, row
        assert row["source"].strip() and row["url"].startswith("http"), row


def test_facts_test_both_sides_of_changes() -> None:
    """Most places whose holder changed are checked before and after the change."""
    by_place: dict[str, set[str]] = {}
    for row in FACTS:
        by_place.setdefault(row["place"], set()).add(row["faction"])
    changed = [place for place, factions in by_place.items() if len(factions) > 1]
    assert len(changed) >= 30


@pytest.mark.parametrize("fact", FACTS, ids=_fact_id)
def test_fact(fact: dict[str, str], joined: pd.DataFrame) -> None:
    row = joined.loc[_fact_id(fact)]
    assert row["controlled_by"] == fact["faction"], (
        f"{fact['place']} on {fact['date']}: layers say {row['controlled_by']} "
        f"(decided by {row['control_layer']}), {fact['source']} says {fact['faction']}"
    )


def test_facts_pass_count(joined: pd.DataFrame, capsys: pytest.CaptureFixture[str]) -> None:
    expected = pd.Series([row["faction"] for row in FACTS], index=joined.index)
    passed = int((joined["controlled_by"] == expected).sum())
    with capsys.disabled():
        print(f"\ncontrol facts: {passed}/{len(FACTS)} agree with the layers")
    assert passed == len(FACTS)
