"""Tables the app shows: the corpus and uploads merged, filter options, date bounds."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import geopandas as gpd
import numpy as np
import pandas as pd

from geo.analysis import filters
from geo.record import Place


def combined_events(
    seed_events: gpd.GeoDataFrame, upload_events: gpd.GeoDataFrame | None
) -> gpd.GeoDataFrame:
    """Return the corpus's events followed by the uploads' (EPSG:4326).

    Parameters
    ----------
    seed_events : GeoDataFrame
        Events of the corpus (or of an events table).
    upload_events : GeoDataFrame, optional
        Events of uploaded reports; None or empty leaves the seeds unchanged.

    Returns
    -------
    GeoDataFrame
    """
    if upload_events is None or not len(upload_events):
        return seed_events
    return gpd.GeoDataFrame(
        pd.concat(
            [seed_events, upload_events.to_crs(seed_events.crs or "EPSG:4326")], ignore_index=True
        ),
        geometry="geometry",
        crs=seed_events.crs or "EPSG:4326",
    )


def options(events: pd.DataFrame, column: str) -> list[str]:
    """Return the distinct values of a column, sorted, missing ones as "none"."""
    if column not in events.columns:
        return []
    return sorted(events[column].fillna(filters.NO_FACTION).astype(str).unique())


def date_bounds(events: pd.DataFrame) -> tuple[date, date] | None:
    """Return the first and last event dates, or None when no event is dated."""
    if "event_date" not in events.columns:
        return None
    days = pd.to_datetime(events["event_date"], errors="coerce").dropna()
    if not len(days):
        return None
    return days.min().date(), days.max().date()


def places_near(
    places: Sequence[Place], lat: float, lon: float, radius_km: float = 12.0, limit: int = 80
) -> list[Place]:
    """Return the gazetteer's towns and neighbourhoods within ``radius_km`` of a point.

    The review map shows them, so that an analyst placing a strike sees the villages
    around it. Nearest first; distances on the sphere's local plane (good to a few
    per cent at this range).

    Parameters
    ----------
    places : sequence of Place
        The gazetteer's places.
    lat, lon : float
        The point, WGS84.
    radius_km : float
        Search radius.
    limit : int
        Most places returned.

    Returns
    -------
    list of Place
    """
    fine = [p for p in places if p.precision in ("town", "neighbourhood")]
    if not fine:
        return []
    lats = np.array([p.lat for p in fine])
    lons = np.array([p.lon for p in fine])
    dy = (lats - lat) * 111.32
    dx = (lons - lon) * 111.32 * np.cos(np.radians(lat))
    dist = np.hypot(dx, dy)
    order = [i for i in np.argsort(dist, kind="stable") if dist[i] <= radius_km]
    return [fine[i] for i in order[:limit]]
