"""A small in-process dask cluster for the tests of the dask engines."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import dask


@contextmanager
def local_cluster(workers: int) -> Iterator[Any]:
    """Yield a ``LocalCluster`` of ``workers`` single-threaded in-process workers.

    The timeouts are generous enough for a busy machine.
    """
    from distributed import LocalCluster

    timeouts = {
        "distributed.comm.timeouts.connect": "120s",
        "distributed.comm.timeouts.tcp": "120s",
    }
    with (
        dask.config.set(timeouts),
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=False, dashboard_address=":0"
        ) as local,
    ):
        yield local
