"""Shared fixtures: event tables built in code, shipped layers, gazetteer, front-end files."""

from __future__ import annotations

from datetime import date

import geopandas as gpd
import pytest
from events_factory import make_events

from geo.control.layers import load_layers
from geo.geocode.gazetteer import Gazetteer, load_gazetteer


@pytest.fixture(scope="session")
def front_end_installed() -> None:
    """Fail clearly when the front-end files are missing: they are not optional."""
    from geo.output.assets import check_installed

    missing = check_installed()
    if missing:
        pytest.fail(f"front-end files not installed (run `make setup`): {', '.join(missing[:3])}")


@pytest.fixture(scope="session")
def layers():
    """The shipped control layers (the composed timeline is cached across modules)."""
    return load_layers()


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    """The packaged gazetteer."""
    return load_gazetteer()


@pytest.fixture
def small_events() -> gpd.GeoDataFrame:
    return make_events(
        [
            dict(
                place_as_written="Kafranbel",
                longitude=36.56,
                latitude=35.61,
                controlled_by="opposition",
                claimant="lcc",
                doc="a",
            ),
            dict(
                place_as_written="Raqqa",
                longitude=39.01,
                latitude=35.95,
                controlled_by="isis",
                claimant="russian_mod",
                claimed_target="isis",
                doc="b",
                event_date=date(2015, 10, 9),
            ),
            dict(
                place_as_written="Nowhere",
                resolved=False,
                match_score=None,
                geo_precision=None,
                controlled_by=None,
                doc="b",
                event_date=None,
                quote='Strikes hit "Nowhere" <b>town</b>.',
            ),
        ]
    )
