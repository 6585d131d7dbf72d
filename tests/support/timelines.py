"""Small timelines of control for tests: a country of two factions and its changes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import geopandas as gpd
import pandas as pd
from shapely.geometry import box

from geo.control.layers import ControlLayer
from geo.control.timeline import CHANGE_COLUMNS, Timeline

#: The day of the base layer.
BASE_DAY = date(2015, 9, 30)


def change_row(**values: object) -> dict:
    """Return a row of the change table: the given columns, the others empty."""
    out = dict.fromkeys(CHANGE_COLUMNS, "")
    out.update(values)
    return out


def two_factions(rows: Sequence[dict]) -> Timeline:
    """A country split at longitude 39, ISIS west and the regime east, and changes.

    The base layer covers longitudes 38-40 and latitudes 35-36. The changes'
    ``area`` may name "strip": the band between longitudes 38.5 and 39 (drawn
    to 1 km); a row without an area moves a disc around its point.
    """
    base = gpd.GeoDataFrame(
        {"faction": ["isis", "regime"]},
        geometry=[box(38, 35, 39, 36), box(39, 35, 40, 36)],
        crs="EPSG:4326",
    )
    areas = gpd.GeoDataFrame(
        {"area": ["strip"], "name": ["the strip"], "accuracy_km": [1.0]},
        geometry=[box(38.5, 35, 39, 36)],
        crs="EPSG:4326",
    )
    log = pd.DataFrame(list(rows), columns=list(CHANGE_COLUMNS))
    snapshot = ControlLayer(date=BASE_DAY, path="base", gdf=base)
    return Timeline.from_parts([snapshot], log, areas)
