"""The build in batches of documents, in this process or on dask workers.

Every stage before the incidents depends on one document alone (reading,
extraction, geocoding, corrections) or on one row alone (the control join and
the claim columns). A corpus is therefore cut into batches of documents, each
batch is built on its own, and the results put end to end are the rows of a
build of the whole corpus, in the same order. Only the incidents group rows
across documents: they are assigned once every batch is done.

On dask (``engine="dask"``), each batch is one task: a worker reads the batch's
files, extracts and geocodes them, and sends back its rows, which are joined
to the control layers here (the join is fast, and its composed control areas
are then held once rather than by every worker). The corpus
folder must be readable at the same path on every worker (a shared disk).
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import itertools
import logging
import os
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from geo.analysis.incidents import assign_incidents
from geo.control.layers import ControlLayer
from geo.control.timeline import Timeline
from geo.errors import DocumentError
from geo.geocode.gazetteer import Gazetteer, load_gazetteer
from geo.geocode.geocoders import SupportsGeocode
from geo.ingest.corpus import read_documents
from geo.record import Document
from geo.review.corrections import Correction

__all__ = [
    "DEFAULT_BATCH_DOCS",
    "ENGINES",
    "Batch",
    "build_batch",
    "concat_batches",
    "dask_batches",
    "local_batches",
    "unshared",
]

#: Documents per batch: enough to amortise a task, few enough to keep memory flat.
DEFAULT_BATCH_DOCS = 200
#: Engines of ``strikemap build``.
ENGINES = ("local", "dask")
#: Batches a dask client keeps submitted ahead of the one it waits for, per worker thread.
AHEAD_PER_THREAD = 2


@dataclass(frozen=True)
class Batch:
    """The joined rows of one batch of documents.

    Attributes
    ----------
    events : geopandas.GeoDataFrame
        Extracted, geocoded, corrected and joined events, with the claim
        columns; no ``incident_id`` yet.
    documents : list of Document
        The documents that gave events (their text dropped: only the
        metadata travels back).
    read_problems : list of DocumentError
        Files of the batch that could not be read.
    extract_problems : list of DocumentError
        Documents whose dates could not be resolved.
    """

    events: gpd.GeoDataFrame
    documents: list[Document]
    read_problems: list[DocumentError]
    extract_problems: list[DocumentError]


def chunk(items: Sequence[Any], size: int) -> list[list[Any]]:
    """Cut ``items`` into consecutive lists of at most ``size``.

    Examples
    --------
    >>> chunk([1, 2, 3, 4, 5], 2)
    [[1, 2], [3, 4], [5]]
    """
    if size < 1:
        raise ValueError(f"`size` was {size} but is expected to be at least 1")
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def build_batch(
    paths: Sequence[Path],
    manifest: dict[str, dict[str, str]],
    *,
    layers: Sequence[ControlLayer] | None,
    corrections: Sequence[Correction] = (),
    online: SupportsGeocode | None = None,
    gazetteer: Gazetteer | None = None,
) -> Batch:
    """Read, extract, geocode, correct and join one batch of report files.

    Parameters
    ----------
    paths : sequence of Path
        The batch's report files, in corpus order.
    manifest : dict
        Manifest rows of the folder (only the batch's files are looked up).
    layers : sequence of ControlLayer or None
        The control layers (or a Timeline); None leaves the join to the
        caller (see :func:`join_batch`), so that workers do not each hold
        the composed control areas.
    corrections : sequence of Correction
        Analysts' corrections; applied without warning (the caller warns once).
    online : geopy Geocoder, optional
        Online fallback geocoder.
    gazetteer : Gazetteer, optional
        Defaults to the packaged gazetteer, loaded once per process.

    Returns
    -------
    Batch
    """
    from geo.pipeline import events_frame, extract_all

    gazetteer = gazetteer or load_gazetteer()
    corpus = read_documents(paths, manifest)
    failed: list[DocumentError] = []
    events = extract_all(corpus.documents, gazetteer=gazetteer, workers=1, problems=failed)
    skipped = {p.path for p in failed}
    documents = [d for d in corpus.documents if d.path not in skipped]
    frame = events_frame(
        events,
        documents,
        gazetteer=gazetteer,
        online=online,
        corrections=corrections,
        warn_corrections=False,
    )
    batch = Batch(
        events=frame,
        documents=[dataclasses.replace(d, text="") for d in documents],
        read_problems=list(corpus.problems),
        extract_problems=failed,
    )
    return batch if layers is None else join_batch(batch, layers)


def unshared(layers: Sequence[ControlLayer]) -> Sequence[ControlLayer]:
    """Return the layers with composed states of their own, for one build's join.

    A timeline is shared by every caller of :func:`geo.control.layers.load_layers`
    and keeps each state of control it composes (hundreds of MB once a corpus
    spans the whole period). A build joins on a copy without those states, so
    that they are freed when its batches are done and the outputs are written
    in the memory they took. A list of snapshot layers is returned as it is.
    """
    return copy.copy(layers) if isinstance(layers, Timeline) else layers


def join_batch(batch: Batch, layers: Sequence[ControlLayer]) -> Batch:
    """Add who held the ground and the claim columns to a batch's rows."""
    from geo.pipeline import join_events

    return dataclasses.replace(batch, events=join_events(batch.events, layers))


def concat_batches(frames: Sequence[gpd.GeoDataFrame]) -> gpd.GeoDataFrame:
    """Put batches' rows end to end and assign the incidents across them.

    Batches without rows are left out, so that their empty columns do not
    turn a numeric column into objects.
    """
    from geo.pipeline import order_columns

    kept = [f for f in frames if len(f)] or list(frames[:1])
    joined = pd.concat(kept, ignore_index=True) if len(kept) > 1 else kept[0]
    # A column missing from every row of one batch is all None there (object),
    # which makes the column object after concatenation; one frame of every row
    # would have inferred its type from the values present: infer it again.
    mixed = [
        c
        for c in joined.columns
        if joined[c].dtype == object and any(f[c].dtype != object for f in kept)
    ]
    for c in mixed:
        joined[c] = joined[c].infer_objects()
    joined = gpd.GeoDataFrame(joined, geometry="geometry", crs="EPSG:4326")
    joined["incident_id"] = assign_incidents(joined)
    return order_columns(joined)


def local_batches(
    chunks: Sequence[Sequence[Path]],
    manifest: dict[str, dict[str, str]],
    *,
    layers: Sequence[ControlLayer],
    corrections: Sequence[Correction] = (),
    online: SupportsGeocode | None = None,
) -> Iterator[Batch]:
    """Build the batches one after the other in this process, in order."""
    gazetteer = load_gazetteer()
    for paths in chunks:
        yield build_batch(
            paths,
            _rows_of(manifest, paths),
            layers=layers,
            corrections=corrections,
            online=online,
            gazetteer=gazetteer,
        )


def _rows_of(manifest: dict[str, dict[str, str]], paths: Sequence[Path]) -> dict[str, Any]:
    """Return the manifest rows of the given files only (what a task needs)."""
    return {p.name: manifest[p.name] for p in paths if p.name in manifest}


@contextlib.contextmanager
def dask_client(scheduler: str | None = None) -> Iterator[Any]:
    """Yield a dask client: on a new local cluster, or on a running scheduler.

    Parameters
    ----------
    scheduler : str, optional
        None or ``"local"``: a :class:`distributed.LocalCluster` of one
        single-threaded worker process per core, started for the build.
        Otherwise the address of a running scheduler (``tcp://host:8786``).
    """
    from distributed import Client, LocalCluster

    if scheduler in (None, "local"):
        with (
            LocalCluster(
                n_workers=os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                # A free port: None still binds the default 8787, so two builds would clash.
                dashboard_address=":0",
                # The cluster's own chatter (a slow worker killed at shutdown) is
                # not the build's news: errors only.
                silence_logs=logging.ERROR,
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    with Client(scheduler) as client:
        yield client


def dask_batches(
    chunks: Sequence[Sequence[Path]],
    manifest: dict[str, dict[str, str]],
    *,
    layers: Sequence[ControlLayer],
    corrections: Sequence[Correction] = (),
    scheduler: str | None = None,
) -> Iterator[Batch]:
    """Build the batches as dask tasks and yield them in corpus order.

    Only a few batches per worker thread are submitted ahead of the one
    awaited, so results do not pile up on the cluster faster than they are
    consumed.
    """
    with dask_client(scheduler) as client:
        threads = max(1, sum(client.nthreads().values()))
        shared = client.scatter([list(corrections)], broadcast=True, hash=False)
        pending: deque[Any] = deque()
        todo = iter(chunks)
        ahead = AHEAD_PER_THREAD * threads

        def submit() -> bool:
            paths = next(todo, None)
            if paths is None:
                return False
            pending.append(
                client.submit(
                    _batch_task,
                    [str(p) for p in paths],
                    _rows_of(manifest, paths),
                    shared[0],
                    pure=False,
                )
            )
            return True

        while len(pending) < ahead and submit():
            pass
        while pending:
            future = pending.popleft()
            batch = future.result()
            future.release()
            submit()
            yield join_batch(batch, layers)


def _batch_task(
    paths: list[str],
    manifest: dict[str, dict[str, str]],
    corrections: list[Correction],
) -> Batch:
    """One dask task: :func:`build_batch` on a worker, without the join."""
    return build_batch([Path(p) for p in paths], manifest, layers=None, corrections=corrections)


#: What a forked batch worker inherits (set in the worker by :func:`_init_forked`).
_FORKED: dict[str, Any] = {}


def _init_forked(manifest: dict[str, dict[str, str]], corrections: Sequence[Correction]) -> None:
    _FORKED.update(manifest=manifest, corrections=corrections)


def _forked_task(paths: Sequence[Path]) -> Batch:
    return build_batch(
        paths,
        _FORKED["manifest"],
        layers=None,
        corrections=_FORKED["corrections"],
    )


def forked_batches(
    chunks: Sequence[Sequence[Path]],
    manifest: dict[str, dict[str, str]],
    *,
    layers: Sequence[ControlLayer],
    corrections: Sequence[Correction] = (),
    workers: int | None = None,
) -> Iterator[Batch]:
    """Build the batches in forked processes of this machine; yield them in order.

    Falls back to :func:`local_batches` where processes cannot be forked, or
    for a single batch or worker. The workers inherit the loaded gazetteer
    and the corrections; only the paths go to them. The join runs here.
    """
    from geo.pipeline import _worker_count

    count = min(_worker_count(workers, len(chunks) * 100), len(chunks))
    if count <= 1:
        yield from local_batches(chunks, manifest, layers=layers, corrections=corrections)
        return
    import multiprocessing

    load_gazetteer()  # loaded once, before the fork
    context = multiprocessing.get_context("fork")
    with context.Pool(count, initializer=_init_forked, initargs=(manifest, corrections)) as pool:
        # A window of submitted batches rather than imap, whose results would pile
        # up here whenever the join and the writing fall behind the workers.
        todo = iter(chunks)
        pending = deque(
            pool.apply_async(_forked_task, (paths,))
            for paths in itertools.islice(todo, AHEAD_PER_THREAD * count)
        )
        while pending:
            batch = pending.popleft().get()
            following = next(todo, None)
            if following is not None:
                pending.append(pool.apply_async(_forked_task, (following,)))
            yield join_batch(batch, layers)
