from datetime import date

import geopandas as gpd
import numpy as np
import pytest
from geopandas.testing import assert_geodataframe_equal

from geo.control.dask_join import join_control_dask
from geo.control.join import join_control
from tests.support.cluster import local_cluster

pytest.importorskip("dask_geopandas")


@pytest.fixture(scope="module")
def cluster():
    """One small in-process cluster."""
    with local_cluster(1) as local:
        yield local


@pytest.fixture(scope="module")
def points():
    # Equality needs every state and the missing values, not volume.
    n = 10_000
    rng = np.random.default_rng(5)
    days = rng.integers(0, 460, n).astype("timedelta64[D]") + np.datetime64("2015-09-30")
    frame = gpd.GeoDataFrame(
        {"event_date": days.astype("datetime64[s]"), "n": np.arange(n)},
        geometry=gpd.points_from_xy(rng.uniform(35.4, 42.6, n), rng.uniform(32.2, 37.5, n)),
        crs=4326,
        index=rng.permutation(n) + 10,
    )
    frame.loc[frame.index[::97], "geometry"] = None
    frame.loc[frame.index[::101], "event_date"] = None
    return frame


def test_dask_equals_pandas_on_10k_points(points, layers):
    expected = join_control(points, layers)
    got = join_control_dask(points, layers, npartitions=7)
    assert_geodataframe_equal(got, expected)


def test_dask_small_input_on_local_cluster(layers, cluster):
    frame = gpd.GeoDataFrame(
        {"event_date": [date(2015, 10, 10), date(2016, 11, 20)]},
        geometry=gpd.points_from_xy([38.996, 37.952], [35.964, 36.527]),
        crs=4326,
    )
    got = join_control_dask(frame, layers, scheduler=cluster.scheduler_address, npartitions=2)
    assert got["controlled_by"].tolist() == ["isis", "kurdish"]
    assert_geodataframe_equal(got, join_control(frame, layers))


def test_dask_rejects_bad_arguments(layers):
    frame = gpd.GeoDataFrame(geometry=gpd.points_from_xy([38.9], [35.9]), crs=4326)
    with pytest.raises(ValueError, match="`layers` is empty"):
        join_control_dask(frame, [])
    with pytest.raises(ValueError, match="`npartitions` was 0"):
        join_control_dask(frame, layers, npartitions=0)
