"""Events GeoDataFrames built in code, for tests."""

from __future__ import annotations

from datetime import date

import geopandas as gpd
import pandas as pd

from geo.ingest.points import with_points
from geo.record import EVENT_COLUMNS, StrikeEvent


def make_events(rows: list[dict]) -> gpd.GeoDataFrame:
    """Build an events GeoDataFrame with every documented column."""
    full = []
    for i, row in enumerate(rows):
        base = {c: None for c in EVENT_COLUMNS}
        base.update(
            event_id=f"doc:{i}",
            doc="doc",
            quote=f"Jets struck place {i}.",
            place_as_written=f"Place {i}",
            resolved=True,
            match_score=100.0,
            geo_precision="town",
            actor="russia",
            claimant="lcc",
            claimed_target="unspecified",
            time_precision="day",
            date_basis="explicit",
            event_date=date(2015, 10, 7),
        )
        base.update(row)
        full.append(base)
    return with_points(pd.DataFrame(full) if full else pd.DataFrame(columns=EVENT_COLUMNS))


def strike_event(place: str, **fields) -> StrikeEvent:
    """Build one extracted event naming ``place`` (fields override the defaults)."""
    values = dict(
        doc="seed",
        sentence_index=0,
        quote=f"Strikes hit {place}.",
        char_start=12,
        char_end=12 + len(place),
        place_as_written=place,
        event_date=date(2015, 10, 7),
        time_precision="day",
        date_basis="published",
        actor="russia",
        claimant="lcc",
        claimed_target="rebels",
    )
    values.update(fields)
    return StrikeEvent(**values)
