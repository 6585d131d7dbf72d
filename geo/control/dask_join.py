"""The control join on dask-geopandas, for point tables past one machine.

Rows are partitioned by date: sorted by the control layer in force on their
day, so each partition meets one or two layers, then cut into equal
partitions. Every partition runs :func:`geo.control.join.join_control`, whose result
for a row depends on that row alone, so the answer is exactly the pandas
engine's, in the input's order and index.

The scheduler is dask's threaded one by default (light, no processes; the
join releases the GIL). ``"local"`` starts a :class:`distributed.LocalCluster`
for the call; any other string is the address of a running scheduler
(``tcp://host:8786``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import geopandas as gpd
import numpy as np

from geo.control.join import DEFAULT_SNAP_KM, event_days, join_control
from geo.control.layers import ControlLayer
from geo.control.timeline import Timeline

__all__ = ["DEFAULT_PARTITION_ROWS", "LOCAL_SCHEDULERS", "join_control_dask"]

#: Rows per partition when ``npartitions`` is not given.
DEFAULT_PARTITION_ROWS = 250_000
#: Dask's in-process schedulers, usable by name.
LOCAL_SCHEDULERS = ("threads", "synchronous", "processes")


def _by_date(points: gpd.GeoDataFrame, timeline: Timeline, date_column: str) -> np.ndarray:
    """Return the row order that groups rows by the control in force (stable)."""
    return np.argsort(timeline.state_index(event_days(points, date_column)), kind="stable")


def join_control_dask(
    points: gpd.GeoDataFrame,
    layers: Sequence[ControlLayer],
    date_column: str = "event_date",
    snap_km: float = DEFAULT_SNAP_KM,
    *,
    npartitions: int | None = None,
    scheduler: str | None = None,
) -> gpd.GeoDataFrame:
    """Run :func:`geo.control.join.join_control` over date partitions with dask-geopandas.

    Parameters
    ----------
    points : geopandas.GeoDataFrame
        Events as points.
    layers : sequence of ControlLayer
        The control layers.
    date_column : str, default "event_date"
        Column of dates (see :func:`geo.control.join.join_control`).
    snap_km : float, default 1.0
        See :func:`geo.control.join.join_control`.
    npartitions : int, optional
        Number of partitions; by default one per
        :data:`DEFAULT_PARTITION_ROWS` rows.
    scheduler : str, optional
        None or ``"threads"`` (default), ``"synchronous"``, ``"processes"``,
        ``"local"`` (a local cluster started for the call) or a scheduler
        address such as ``"tcp://127.0.0.1:8786"``.

    Returns
    -------
    geopandas.GeoDataFrame
        The same frame as :func:`geo.control.join.join_control` returns.

    Raises
    ------
    ValueError
        When ``layers`` is empty or ``npartitions`` is not positive.
    """
    import dask
    import dask_geopandas

    if not layers:
        raise ValueError("`layers` is empty: at least one control layer is needed")
    if npartitions is not None and npartitions < 1:
        raise ValueError(f"`npartitions` was {npartitions} but is expected to be at least 1")
    count = len(points)
    if npartitions is None:
        npartitions = max(1, -(-count // DEFAULT_PARTITION_ROWS))
    timeline = layers if isinstance(layers, Timeline) else Timeline.from_parts(list(layers))
    order = _by_date(points, timeline, date_column)
    meta = join_control(points.iloc[:0], timeline, date_column, snap_km)
    # Dask would turn string columns into pd.NA strings: keep pandas' own dtypes.
    with dask.config.set({"dataframe.convert-string": False}):
        frame = dask_geopandas.from_geopandas(
            points.iloc[order], npartitions=npartitions, sort=False
        )
        joined = frame.map_partitions(
            join_control, timeline, date_column, snap_km, meta=meta, align_dataframes=False
        )
        result = _compute(joined, scheduler)
    return result.iloc[np.argsort(order, kind="stable")]


def _compute(frame: Any, scheduler: str | None) -> gpd.GeoDataFrame:
    """Compute a dask frame on the named scheduler (see :func:`join_control_dask`)."""
    if scheduler is None or scheduler in LOCAL_SCHEDULERS:
        return frame.compute(scheduler=scheduler or "threads")
    from distributed import Client, LocalCluster

    if scheduler == "local":
        with (
            LocalCluster(processes=False, dashboard_address=":0") as cluster,
            Client(cluster) as client,
        ):
            return client.compute(frame).result()
    with Client(scheduler) as client:
        return client.compute(frame).result()
