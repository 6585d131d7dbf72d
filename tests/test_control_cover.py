"""The composed control is a cover of Syria on every day.

On every day a change takes effect, and on any day between two changes, the
factions' polygons are valid, together cover Syria's outline
(``layers/basemap/syria_outline.geojson``) and do not overlap.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.control.layers import (
    DEFAULT_CONTROL_DIR,
    ControlLayer,
    load_basemap,
    load_layers,
)
from geo.control.timeline import AREAS_FILE, Timeline, read_areas
from geo.record import FACTIONS

#: Gap or overhang allowed between the union of the factions and the outline, as a
#: share of the outline's area (1e-6 is about 0.2 km² of 185,000: vertex rounding
#: to five decimals and the slivers composition drops).
COVER_TOLERANCE = 1e-6
#: Largest overlap allowed between two factions, in square degrees (about 10 m²).
OVERLAP_TOLERANCE_DEG2 = 1e-9

TIMELINE = load_layers()
STATE_DAYS = [day.astype(object) for day in TIMELINE.state_days]


@pytest.fixture(scope="module")
def outline() -> shapely.Geometry:
    return shapely.union_all(load_basemap().outline.geometry.to_numpy())


def _check_cover(layer: ControlLayer, outline: shapely.Geometry) -> None:
    gdf = layer.gdf
    assert set(gdf["faction"]) <= set(FACTIONS)
    assert gdf["faction"].is_unique
    geoms = gdf.geometry.to_numpy()
    assert shapely.is_valid(geoms).all()
    union = shapely.union_all(geoms)
    allowed = COVER_TOLERANCE * outline.area
    gap = shapely.difference(outline, union).area
    overhang = shapely.difference(union, outline).area
    assert gap <= allowed, f"{layer.date}: {gap:.2e} deg² of Syria held by nobody"
    assert overhang <= allowed, f"{layer.date}: {overhang:.2e} deg² outside Syria"
    first, second = np.triu_indices(len(geoms), k=1)
    overlaps = shapely.area(shapely.intersection(geoms[first], geoms[second]))
    assert (overlaps <= OVERLAP_TOLERANCE_DEG2).all(), (
        f"{layer.date}: factions overlap by {overlaps.max():.2e} deg²"
    )


def test_every_change_day_has_a_state() -> None:
    change_days = sorted({change.date for change in TIMELINE.changes})
    first = TIMELINE.snapshots[0].date
    assert set(day for day in change_days if day > first) <= set(STATE_DAYS)
    assert STATE_DAYS[-1] >= date(2016, 12, 22)


@pytest.mark.parametrize("position", range(len(STATE_DAYS)), ids=[str(d) for d in STATE_DAYS])
def test_cover_on_change_day(position: int, outline: shapely.Geometry) -> None:
    layer = TIMELINE[position]
    assert layer.date == STATE_DAYS[position]
    _check_cover(layer, outline)


#: Pairs of consecutive change days with at least one day strictly between them.
GAPS = [
    (before, after)
    for before, after in zip(STATE_DAYS, STATE_DAYS[1:], strict=False)
    if (after - before).days > 1
]


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(gap=st.sampled_from(GAPS), fraction=st.floats(0.0, 1.0, exclude_max=True))
def test_cover_between_changes(
    gap: tuple[date, date], fraction: float, outline: shapely.Geometry
) -> None:
    """A day between two changes, composed afresh, is a cover equal to the earlier change's."""
    before, after = gap
    day = before + timedelta(days=1 + int(fraction * ((after - before).days - 1)))
    assert before < day < after
    folder = Path(DEFAULT_CONTROL_DIR)
    fresh = Timeline.from_parts(TIMELINE.snapshots, TIMELINE.log, read_areas(folder / AREAS_FILE))
    layer = fresh.at(day)
    assert layer.date == before
    _check_cover(layer, outline)
    cached = TIMELINE.control_on(day).set_index("faction").geometry
    composed = gpd.GeoSeries(layer.gdf.geometry.to_numpy(), index=layer.gdf["faction"])
    assert set(cached.index) == set(composed.index)
    for faction in composed.index:
        differ = shapely.symmetric_difference(cached[faction], composed[faction]).area
        assert differ <= COVER_TOLERANCE * outline.area, faction
