"""Put a divided city's strike on the ground its report names ("rebel-held X").

A city is one point in the gazetteer, and in a divided city that point lies on
one side's ground: a strike on "rebel-held X" located there would be joined as
the other side's ground, the answer inverted. Extraction carries the holder the
report names (``ground_as_written``, see :mod:`geo.extract.ground`); here, on
the strike's own date, a point not on that holder's ground is moved to the
nearest of it within the city's reach, a little inside its edge. When the
holder held no ground within reach that day, the point stays where it was: the
layers, not the report, decide who held the ground, and the report only says
which part of the city was struck.

A moved point is located to ``direction`` (a part of the place, as coarse as a
district), as a city's side named without a distance is.
"""

from __future__ import annotations

from collections.abc import Sequence

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Transformer

from geo.control.join import DISTANCE_CRS, event_days
from geo.control.layers import ControlLayer
from geo.control.timeline import Timeline
from geo.record import FACTIONS

#: How far (km) from a city's point its ground may lie: the reach of a large city.
CITY_REACH_KM = 8.0
#: How far (km) inside the holder's edge a moved point is put, so that it does
#: not sit on the front line the layers draw.
INSET_KM = 0.3


def on_written_ground(
    events: gpd.GeoDataFrame,
    layers: Sequence[ControlLayer] | Timeline,
    reach_km: float = CITY_REACH_KM,
    inset_km: float = INSET_KM,
) -> gpd.GeoDataFrame:
    """Move strikes on a city named with its holder onto that holder's ground.

    Parameters
    ----------
    events : geopandas.GeoDataFrame
        Geocoded events in EPSG:4326 with ``longitude``, ``latitude``,
        ``event_date``, ``geo_precision`` and, optionally,
        ``ground_as_written`` (a faction of :data:`geo.record.FACTIONS`) and
        ``corrected`` (rows an analyst placed are never moved).
    layers : sequence of ControlLayer or Timeline
        The control on each day.
    reach_km : float, default 8.0
        How far from the city's point the holder's ground is looked for.
    inset_km : float, default 0.3
        How far inside the holder's edge the point is put (nearer the edge
        when the ground is too narrow).

    Returns
    -------
    geopandas.GeoDataFrame
        ``events`` itself when no row moves, else a copy with the moved rows'
        coordinates, geometry and ``geo_precision`` (``direction``) changed.

    Examples
    --------
    A strike on "rebel-held X" whose point lies on regime ground, with
    opposition ground 2 km east, is put 0.3 km inside that ground; the point
    of a strike on "regime-held X" already on regime ground stays.
    """
    if "ground_as_written" not in events.columns or not len(events):
        return events
    holder = events["ground_as_written"]
    wanted = holder.isin(FACTIONS).to_numpy() & events["longitude"].notna().to_numpy()
    if "corrected" in events.columns:
        wanted &= ~events["corrected"].fillna(False).astype(bool).to_numpy()
    rows = np.flatnonzero(wanted)
    if rows.size == 0:
        return events
    timeline = layers if isinstance(layers, Timeline) else Timeline.from_parts(list(layers))
    states = timeline.state_index(event_days(events, "event_date")[rows])
    to_metres = Transformer.from_crs("EPSG:4326", DISTANCE_CRS, always_xy=True)
    to_degrees = Transformer.from_crs(DISTANCE_CRS, "EPSG:4326", always_xy=True)
    x, y = to_metres.transform(
        events["longitude"].to_numpy(float)[rows], events["latitude"].to_numpy(float)[rows]
    )
    ground: dict[tuple[int, str], shapely.Geometry] = {}
    moved: dict[int, tuple[float, float]] = {}
    for i, (row, state) in enumerate(zip(rows, states, strict=True)):
        faction = str(holder.iloc[row])
        key = (int(state), faction)
        if key not in ground:
            gdf = timeline[int(state)].gdf
            held = gdf.geometry[gdf["faction"] == faction].to_numpy()
            area = shapely.union_all(held) if len(held) else shapely.Polygon()
            # Projecting may bring near vertices together: a valid shape is needed to cut it.
            metric = shapely.transform(area, to_metres.transform, interleaved=False)
            ground[key] = shapely.make_valid(metric)
            shapely.prepare(ground[key])
        target = _nearest_inside(ground[key], shapely.Point(x[i], y[i]), reach_km, inset_km)
        if target is not None:
            moved[int(row)] = to_degrees.transform(target.x, target.y)
    if not moved:
        return events
    # By position: a batch's index may repeat labels.
    at = np.fromiter(moved, dtype=np.intp, count=len(moved))
    lon, lat = (np.array(v) for v in zip(*moved.values(), strict=True))
    out = events.copy()
    for column, values in (("longitude", lon), ("latitude", lat)):
        column_values = out[column].to_numpy(dtype=float, copy=True)
        column_values[at] = values
        out[column] = column_values
    precision = out["geo_precision"].to_numpy(dtype=object, copy=True)
    precision[at] = "direction"
    out["geo_precision"] = pd.Series(precision, index=out.index, dtype=out["geo_precision"].dtype)
    geometry = out.geometry.to_numpy().copy()
    geometry[at] = shapely.points(lon, lat)
    out[out.geometry.name] = gpd.GeoSeries(geometry, index=out.index, crs=out.crs)
    return out


def _nearest_inside(
    ground: shapely.Geometry, point: shapely.Point, reach_km: float, inset_km: float
) -> shapely.Point | None:
    """Return the point of ``ground`` within reach nearest ``point``, inset from its edge.

    None when ``point`` is already on that ground or no such ground lies within reach.
    """
    if ground.is_empty or ground.contains(point):
        return None
    near = shapely.intersection(ground, point.buffer(reach_km * 1000.0))
    if near.is_empty or near.area == 0.0:
        return None
    inner = near.buffer(-inset_km * 1000.0)
    part = inner if not inner.is_empty else near
    # The shortest line from the ground to the point starts at the ground's nearest point.
    return shapely.Point(shapely.shortest_line(part, point).coords[0])
