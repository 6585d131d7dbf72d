"""The ground of one day: the layer in force and who held each strike's place that day."""

from __future__ import annotations

from datetime import date

import geopandas as gpd
import pandas as pd

from geo.control.join import join_control
from geo.control.layers import ControlLayer
from geo.ingest.points import lonlat_arrays

#: Column keeping who held a strike's place on the strike's own date.
OWN_DAY_GROUND = "ground_on_strike_day"


def busiest_day(events: pd.DataFrame, first: date, last: date) -> date:
    """Return the day with the most strikes between ``first`` and ``last``.

    Ties go to the earliest day; with no dated strike, ``last``.
    """
    days = pd.to_datetime(events.get("event_date"), errors="coerce").dropna().dt.date
    days = days[(days >= first) & (days <= last)]
    if not len(days):
        return last
    counts = days.value_counts()
    return min(counts.index[counts == counts.max()])


def ground_series(events: pd.DataFrame, layer: ControlLayer) -> pd.Series:
    """Return who held each event's place under ``layer`` (missing where unlocated).

    Parameters
    ----------
    events : DataFrame
        Events with ``longitude`` and ``latitude`` (EPSG:4326), or a geometry.
    layer : ControlLayer
        The layer of the day shown.

    Returns
    -------
    Series
        Faction codes, aligned with ``events``.
    """
    if not len(events):
        return pd.Series([], index=events.index, dtype=object)
    if {"longitude", "latitude"} <= set(events.columns):
        lon, lat = lonlat_arrays(events)
        points: pd.DataFrame = pd.DataFrame({"longitude": lon, "latitude": lat}, index=events.index)
    else:
        points = gpd.GeoDataFrame(index=events.index, geometry=events.geometry, crs=events.crs)
    joined = join_control(points, [layer], date_column="no such column")
    return pd.Series(joined["controlled_by"].to_numpy(), index=events.index, dtype=object)


def recoloured(events: gpd.GeoDataFrame, ground: pd.Series) -> gpd.GeoDataFrame:
    """Return the events with ``controlled_by`` taken from ``ground`` (on the index).

    The ground of each strike's own date is kept in :data:`OWN_DAY_GROUND`.
    """
    out = events.copy()
    out[OWN_DAY_GROUND] = events["controlled_by"] if "controlled_by" in events else None
    out["controlled_by"] = ground.reindex(events.index).to_numpy()
    return out


def on_layer(events: gpd.GeoDataFrame, layer: ControlLayer) -> gpd.GeoDataFrame:
    """Return the events coloured by who held their places under ``layer``.

    A map that draws one layer's areas colours its strikes by that same ground, so
    that no marker sits on ground of another colour; the ground of each strike's
    own date is kept in :data:`OWN_DAY_GROUND`.
    """
    return recoloured(events, ground_series(events, layer))
