"""The pipeline: reports -> events -> geocoded points -> control-joined GeoDataFrame.

The CLI and the app both call :func:`build` (a folder) or
:func:`build_documents` (documents already in memory, e.g. uploads); neither
holds logic of its own.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import geopandas as gpd
import pandas as pd
from tqdm import tqdm

from geo.analysis.claims import add_claim_columns
from geo.analysis.incidents import assign_incidents, incidents_frame
from geo.control.join import join_control
from geo.control.layers import ControlLayer, load_layers
from geo.control.timeline import Timeline
from geo.control.written import on_written_ground
from geo.errors import DocumentError, InputError, InputWarning, StrikemapError
from geo.extract import extract_events
from geo.extract.dates import SANE_FIRST, SANE_LAST, in_sane_window
from geo.geocode.gazetteer import Gazetteer, load_gazetteer
from geo.geocode.geocoders import SupportsGeocode, geocode_events
from geo.ingest.corpus import list_texts, read_corpus, read_manifest
from geo.ingest.points import with_points
from geo.record import (
    EVENT_COLUMNS,
    FACTIONS,
    JOINED_COLUMNS,
    Document,
    StrikeEvent,
    ordered_columns,
)
from geo.review.corrections import (
    Correction,
    apply_corrections,
    corrections_path,
    event_key,
    read_corrections,
    warn_about_places,
)

#: Columns of ``unresolved.csv``.
UNRESOLVED_COLUMNS = [
    "event_id",
    "doc",
    "place_as_written",
    "event_date",
    "char_start",
    "char_end",
    "quote",
]


@dataclass(frozen=True)
class BuildResult:
    """Everything one build produces.

    Attributes
    ----------
    events : geopandas.GeoDataFrame
        One row per event, columns :data:`~geo.record.EVENT_COLUMNS` plus
        ``geometry`` (EPSG:4326; empty for unresolved places).
    unresolved : pandas.DataFrame
        The events whose place could not be located.
    documents : list of Document
        The documents read.
    layers : list of ControlLayer
        The control layers used, by date.
    problems : list of DocumentError
        Documents that could not be read (the build went on without them).
    """

    events: gpd.GeoDataFrame
    unresolved: pd.DataFrame
    documents: list[Document]
    layers: Sequence[ControlLayer]
    problems: list[DocumentError] = field(default_factory=list)

    @property
    def incidents(self) -> gpd.GeoDataFrame:
        """One row per incident (reports of one strike grouped)."""
        return incidents_frame(self.events)

    def summary(self) -> str:
        """Return a one-line summary: documents, events, resolved share, factions."""
        n = len(self.events)
        resolved = int(self.events["resolved"].sum()) if n else 0
        share = f"{resolved / n:.0%}" if n else "n/a"
        counts = self.events["controlled_by"].fillna("none").value_counts()
        by_faction = ", ".join(
            f"{f} {int(counts.get(f, 0))}" for f in (*FACTIONS, "none") if counts.get(f, 0)
        )
        line = (
            f"{len(self.documents)} documents, {n} events, {resolved}/{n} located ({share}); "
            f"ground held by: {by_faction or 'none'}"
        )
        if self.problems:
            line += f"; {len(self.problems)} document(s) skipped"
        return line


def event_id(event: StrikeEvent) -> str:
    """Return a stable key for an event: document and span of the place mention."""
    return f"{event.doc}:{event.char_start}-{event.char_end}"


#: Fewest documents per worker process: below it, starting a process costs more than it saves.
MIN_DOCS_PER_WORKER = 100
#: Chunks of documents per worker, so that a worker finishing early takes another.
CHUNKS_PER_WORKER = 4


def extract_all(
    documents: Sequence[Document],
    *,
    gazetteer: Gazetteer,
    progress: bool = False,
    workers: int | None = 1,
    problems: list[DocumentError] | None = None,
) -> list[StrikeEvent]:
    """Extract the strike events of every document (one matcher pass each).

    Parameters
    ----------
    documents : sequence of Document
        The reports.
    gazetteer : Gazetteer
        Finds the place mentions.
    progress : bool, default False
        Show a progress bar on stderr.
    workers : int or None, default 1
        Processes to extract with; None for one per core. Several are used
        only where processes can be forked (Linux) and there are at least
        :data:`MIN_DOCS_PER_WORKER` documents per process; the events are
        the same, in the same order, whatever the number.
    problems : list of DocumentError, optional
        Where a document whose dates cannot be resolved (a date out of the
        calendar's range) is noted; it then gives no event. Without a list
        the error is raised.

    Returns
    -------
    list of StrikeEvent
        Document by document, in the order of ``documents``.
    """
    count = _worker_count(workers, len(documents))
    if count > 1:
        events, failed = _extract_in_processes(documents, gazetteer, count, progress)
    else:
        events, failed = [], []
        iterator = tqdm(documents, desc="extract", unit="doc", disable=not progress, leave=False)
        for doc in iterator:
            _extract_one(doc, gazetteer, events, failed)
    if failed and problems is None:
        raise failed[0]
    if problems is not None:
        problems.extend(failed)
    return events


def _extract_one(
    doc: Document, gazetteer: Gazetteer, events: list[StrikeEvent], failed: list[DocumentError]
) -> None:
    """Extract one document's events into ``events``; note it in ``failed`` if dates overflow."""
    if not in_sane_window(doc.published):  # built in memory, past the reader's check
        failed.append(
            DocumentError(
                doc.path,
                f"published date {doc.published} is out of range "
                f"({SANE_FIRST.year}-{SANE_LAST.year})",
            )
        )
        return
    try:
        events.extend(extract_events(doc, gazetteer.find_mentions))
    except OverflowError as exc:  # a relative date beyond the calendar (year 1 or 9999)
        failed.append(DocumentError(doc.path, f"a date in the report is out of range: {exc}"))


def _worker_count(workers: int | None, documents: int) -> int:
    """Return how many processes to extract ``documents`` with (1: in this process)."""
    wanted = (os.cpu_count() or 1) if workers is None else workers
    # Forking a process that already runs library threads is deprecated from
    # Python 3.12 on (possible deadlocks); those versions extract in-process.
    if (
        wanted <= 1
        or "fork" not in multiprocessing.get_all_start_methods()
        or sys.version_info >= (3, 12)
    ):
        return 1
    return max(1, min(wanted, documents // MIN_DOCS_PER_WORKER))


#: What a forked extraction worker inherits: the documents and the gazetteer.
#: Set in each worker by :func:`_init_worker`, never in the parent process.
_WORKER_STATE: dict[str, object] = {}


def _init_worker(documents: Sequence[Document], gazetteer: Gazetteer) -> None:
    _WORKER_STATE["documents"] = documents
    _WORKER_STATE["gazetteer"] = gazetteer


def _extract_range(bounds: tuple[int, int]) -> tuple[list[StrikeEvent], list[DocumentError]]:
    documents: Sequence[Document] = _WORKER_STATE["documents"]  # type: ignore[assignment]
    gazetteer: Gazetteer = _WORKER_STATE["gazetteer"]  # type: ignore[assignment]
    events: list[StrikeEvent] = []
    failed: list[DocumentError] = []
    for doc in documents[bounds[0] : bounds[1]]:
        _extract_one(doc, gazetteer, events, failed)
    return events, failed


def _extract_in_processes(
    documents: Sequence[Document], gazetteer: Gazetteer, workers: int, progress: bool
) -> tuple[list[StrikeEvent], list[DocumentError]]:
    """Extract contiguous ranges of documents in forked processes; keep document order.

    Forked workers inherit the documents and the loaded gazetteer, so only
    the range bounds go to them and only the events come back.
    """
    edges = [
        round(i * len(documents) / (workers * CHUNKS_PER_WORKER))
        for i in range(workers * CHUNKS_PER_WORKER + 1)
    ]
    ranges = [(a, b) for a, b in zip(edges[:-1], edges[1:], strict=True) if b > a]
    context = multiprocessing.get_context("fork")
    events: list[StrikeEvent] = []
    failed: list[DocumentError] = []
    with context.Pool(workers, initializer=_init_worker, initargs=(documents, gazetteer)) as pool:
        parts = pool.imap(_extract_range, ranges)
        for part, part_failed in tqdm(
            parts, total=len(ranges), desc="extract", disable=not progress, leave=False
        ):
            events.extend(part)
            failed.extend(part_failed)
    return events, failed


def events_frame(
    events: Sequence[StrikeEvent],
    documents: Sequence[Document],
    *,
    gazetteer: Gazetteer,
    online: SupportsGeocode | None = None,
    corrections: Sequence[Correction] = (),
    warn_corrections: bool = True,
) -> gpd.GeoDataFrame:
    """Geocode events, apply corrections and return a GeoDataFrame in EPSG:4326.

    Parameters
    ----------
    events : sequence of StrikeEvent
        Extracted events.
    documents : sequence of Document
        The documents they come from (for title, source, URL, date).
    gazetteer : Gazetteer
        The offline gazetteer.
    online : geopy Geocoder, optional
        An online geocoder used as fallback (opt-in).
    corrections : sequence of Correction
        Analysts' corrections (see :mod:`geo.review.corrections`).
    warn_corrections : bool, default True
        Warn about corrections naming unknown places (a build in batches
        warns once for the whole corpus instead).

    Returns
    -------
    geopandas.GeoDataFrame
    """
    table = geocode_events(events, gazetteer=gazetteer, online=online)
    if len(table):
        by_id = {d.doc_id: d for d in documents}
        table.insert(0, "event_id", [event_id(e) for e in events])
        table["event_key"] = [event_key(by_id[e.doc], e.char_start, e.char_end) for e in events]
    else:
        table = pd.DataFrame(columns=[c for c in EVENT_COLUMNS if c not in JOINED_COLUMNS])
    table = apply_corrections(table, corrections, locate=gazetteer.get, warn=warn_corrections)
    meta = {d.doc_id: (d.title, d.source, d.url, d.published) for d in documents}
    table["doc_title"] = [meta.get(d, (None,) * 4)[0] for d in table["doc"]]
    table["doc_source"] = [meta.get(d, (None,) * 4)[1] for d in table["doc"]]
    table["doc_url"] = [meta.get(d, (None,) * 4)[2] for d in table["doc"]]
    table["published"] = [meta.get(d, (None,) * 4)[3] for d in table["doc"]]
    return with_points(table)


def join_events(
    events: gpd.GeoDataFrame, layers: Sequence[ControlLayer] | Timeline
) -> gpd.GeoDataFrame:
    """Add who held the ground under each geocoded event, and what that says of its claims.

    Strikes on a city named with its holder ("rebel-held X") are first moved
    onto that holder's ground (:func:`geo.control.written.on_written_ground`),
    then joined with the control in force on each event's date
    (:func:`geo.control.join.join_control`) and given the claim columns
    (:func:`geo.analysis.claims.add_claim_columns`).

    Parameters
    ----------
    events : geopandas.GeoDataFrame
        Geocoded events, as :func:`events_frame` gives them.
    layers : sequence of ControlLayer or Timeline
        The control on each day.

    Returns
    -------
    geopandas.GeoDataFrame
        The events with the control and claim columns.
    """
    events = on_written_ground(events, layers)
    joined = join_control(events, layers, date_column="event_date")
    return add_claim_columns(joined, layers)


def order_columns(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Put the event columns in their documented order, extras after, geometry last."""
    return gdf[ordered_columns(gdf.columns) + ["geometry"]]


def unresolved_table(events: gpd.GeoDataFrame) -> pd.DataFrame:
    """Return the events whose place could not be located, for review."""
    if not len(events):
        return pd.DataFrame(columns=UNRESOLVED_COLUMNS)
    rows = events.loc[~events["resolved"].astype(bool)]
    return pd.DataFrame(rows[[c for c in UNRESOLVED_COLUMNS if c in rows.columns]])


def build_documents(
    documents: Sequence[Document],
    *,
    layers: Sequence[ControlLayer] | None = None,
    layers_dir: Path | None = None,
    gazetteer: Gazetteer | None = None,
    online: SupportsGeocode | None = None,
    problems: Sequence[DocumentError] = (),
    corrections: Sequence[Correction] = (),
    progress: bool = False,
    workers: int | None = 1,
) -> BuildResult:
    """Run extraction, geocoding, corrections and the control join on documents.

    Parameters
    ----------
    documents : sequence of Document
        The reports.
    layers : sequence of ControlLayer, optional
        Control layers; loaded from ``layers_dir`` (default: the shipped
        layers) when not given.
    layers_dir : Path, optional
        Folder of ``YYYY-MM-DD.geojson`` control layers.
    gazetteer : Gazetteer, optional
        Defaults to the packaged offline gazetteer.
    online : geopy Geocoder, optional
        Online fallback geocoder (opt-in).
    problems : sequence of DocumentError
        Documents already found unreadable, carried into the result.
    corrections : sequence of Correction
        Analysts' corrections, applied after geocoding.
    progress : bool, default False
        Show progress bars on stderr.
    workers : int or None, default 1
        Processes to extract with (None: one per core); see :func:`extract_all`.

    Returns
    -------
    BuildResult
    """
    gazetteer = gazetteer or load_gazetteer()
    if layers is None:
        layer_list = load_layers(layers_dir)
    else:  # a Timeline stays one: listing it would compose every state
        layer_list = layers if hasattr(layers, "at") else list(layers)
    problems = list(problems)
    skipped = len(problems)
    events = extract_all(
        documents, gazetteer=gazetteer, progress=progress, workers=workers, problems=problems
    )
    failed = {p.path for p in problems[skipped:]}
    documents = [d for d in documents if d.path not in failed]
    frame = events_frame(
        events, documents, gazetteer=gazetteer, online=online, corrections=corrections
    )
    joined = join_events(frame, layer_list)
    joined["incident_id"] = assign_incidents(joined)
    joined = order_columns(joined)
    warn_outside_layers(joined, layer_list)
    return BuildResult(
        events=joined,
        unresolved=unresolved_table(joined),
        documents=list(documents),
        layers=layer_list,
        problems=list(problems),
    )


#: Days before the first control layer or after the last within which an event
#: still counts as covered by them (the nearest layer is used either way).
LAYER_MARGIN_DAYS = 180


def _layer_range(layers: Sequence[ControlLayer]) -> tuple[date, date]:
    days = getattr(layers, "state_days", None)
    if days is not None and len(days):
        # A timeline knows its states' days without composing every state.
        dates = [d.astype(object) for d in (days.min(), days.max())]
    else:
        dates = [min(layer.date for layer in layers), max(layer.date for layer in layers)]
    margin = timedelta(days=LAYER_MARGIN_DAYS)
    return dates[0] - margin, dates[1] + margin


def outside_layers(events: pd.DataFrame, layers: Sequence[ControlLayer]) -> tuple[int, date | None]:
    """Count the events dated far outside the control layers; return it and the earliest."""
    if not len(events) or not layers or "event_date" not in events:
        return 0, None
    first, last = _layer_range(layers)
    dates = [
        d.date() if isinstance(d, datetime) else d
        for d in events["event_date"]
        if isinstance(d, date) and not pd.isna(d)
    ]
    outside = [d for d in dates if not first <= d <= last]
    return len(outside), min(outside) if outside else None


def warn_outside_count(
    count: int, total: int, earliest: date, layers: Sequence[ControlLayer]
) -> None:
    """Warn that ``count`` of ``total`` events are dated outside the layers' range."""
    first, last = _layer_range(layers)
    warnings.warn(
        InputWarning(
            f"{count} of {total} events are dated outside the control "
            f"layers' range ({first.isoformat()} to {last.isoformat()}, e.g. "
            f"{earliest.isoformat()}); their faction is the nearest layer's"
        ),
        stacklevel=3,
    )


def warn_outside_layers(events: pd.DataFrame, layers: Sequence[ControlLayer]) -> None:
    """Warn about events dated far outside the control layers' dates.

    Such events still get the nearest layer's faction, which says little
    about who held the ground then.
    """
    count, earliest = outside_layers(events, layers)
    if count and earliest is not None:
        warn_outside_count(count, len(events), earliest, layers)


def _raise_nothing_readable(folder: Path, problems: Sequence[DocumentError]) -> None:
    """Stop a build where no report could be read (outputs would be empty)."""
    if len(problems) == 1:
        raise problems[0]
    raise InputError(
        folder, f"none of the {len(problems)} .txt reports could be read; first: {problems[0]}"
    )


def build(
    src_dir: str | Path,
    *,
    layers_dir: Path | None = None,
    geocoder: str = "offline",
    online: SupportsGeocode | None = None,
    corrections: str | Path | None = None,
    progress: bool = False,
    workers: int | None = 1,
    engine: str = "local",
    scheduler: str | None = None,
    batch_docs: int | None = None,
) -> BuildResult:
    """Build the joined events of every report in a folder.

    Parameters
    ----------
    src_dir : str or Path
        Folder of ``.txt`` reports (with front matter or a ``manifest.csv``).
    layers_dir : Path, optional
        Folder of control layers (default: the shipped ``layers/control``).
    geocoder : {"offline", "nominatim"}
        ``"offline"`` uses only the packaged gazetteer; ``"nominatim"`` needs
        ``online`` (see :func:`geo.geocode.geocoders.make_nominatim`) and uses it where
        the gazetteer has no answer.
    online : geopy Geocoder, optional
        The online geocoder for ``geocoder="nominatim"``.
    corrections : str or Path, optional
        Corrections file; default ``corrections.csv`` in ``src_dir`` (if any).
    progress : bool, default False
        Show progress bars on stderr.
    workers : int or None, default 1
        Processes to extract with (None: one per core); see :func:`extract_all`.
    engine : {"local", "dask"}
        ``"dask"`` reads, extracts, geocodes and joins batches of documents
        as dask tasks (see :mod:`geo.build.batches`); the events are the same.
    scheduler : str, optional
        With ``engine="dask"``: a scheduler address (``tcp://host:8786``);
        default a local cluster started for the build.
    batch_docs : int, optional
        Documents per dask task (default :data:`geo.build.batches.DEFAULT_BATCH_DOCS`).

    Returns
    -------
    BuildResult

    Raises
    ------
    InputError
        When the folder is missing or holds no ``.txt`` report, its manifest or
        a control layer is broken, or none of its reports can be read (one
        unreadable report among readable ones is listed in ``problems``).
    """
    if geocoder not in ("offline", "nominatim"):
        raise ValueError(f"`geocoder` was {geocoder!r} but is expected to be offline or nominatim")
    if engine not in ("local", "dask"):
        raise ValueError(f"`engine` was {engine!r} but is expected to be local or dask")
    if engine == "dask":
        if geocoder != "offline":
            raise StrikemapError("--engine dask geocodes offline only (no --geocoder nominatim)")
        return _build_on_dask(
            Path(src_dir),
            layers_dir=layers_dir,
            corrections=corrections,
            scheduler=scheduler,
            batch_docs=batch_docs,
        )
    corpus = read_corpus(src_dir)
    if not corpus.documents:
        _raise_nothing_readable(Path(src_dir), corpus.problems)
    fixes = read_corrections(corrections or corrections_path(src_dir))
    return build_documents(
        corpus.documents,
        layers_dir=layers_dir,
        online=online if geocoder == "nominatim" else None,
        problems=corpus.problems,
        corrections=fixes,
        progress=progress,
        workers=workers,
    )


def batch_inputs(
    folder: Path, corrections: str | Path | None, layers_dir: Path | None
) -> tuple[list[Path], dict[str, dict[str, str]], list[Correction], Sequence[ControlLayer]]:
    """Read what every batch of a build shares: report paths, manifest, corrections, layers.

    Parameters
    ----------
    folder : Path
        The folder of reports.
    corrections : str, Path or None
        The corrections file (default: the folder's own).
    layers_dir : Path or None
        The control layers (default: the packaged ones).

    Returns
    -------
    (paths, manifest, corrections, layers)
        Location corrections to unknown places or outside Syria are warned about once.
    """
    paths = list_texts(folder)
    if not paths:
        raise InputError(folder, "folder holds no .txt reports")
    manifest = read_manifest(folder)
    fixes = read_corrections(corrections or corrections_path(folder))
    layers = load_layers(layers_dir)
    if fixes:
        warn_about_places(fixes, load_gazetteer().get)
    return paths, manifest, fixes, layers


def _build_on_dask(
    folder: Path,
    *,
    layers_dir: Path | None,
    corrections: str | Path | None,
    scheduler: str | None,
    batch_docs: int | None,
) -> BuildResult:
    """Run :func:`build` with the per-document stages as dask tasks, batch by batch."""
    from geo.build.batches import DEFAULT_BATCH_DOCS, chunk, concat_batches, dask_batches

    paths, manifest, fixes, layer_list = batch_inputs(folder, corrections, layers_dir)
    frames: list[gpd.GeoDataFrame] = []
    documents: list[Document] = []
    read_problems: list[DocumentError] = []
    extract_problems: list[DocumentError] = []
    chunks = chunk(paths, batch_docs or DEFAULT_BATCH_DOCS)
    for batch in dask_batches(
        chunks, manifest, layers=layer_list, corrections=fixes, scheduler=scheduler
    ):
        frames.append(batch.events)
        documents.extend(batch.documents)
        read_problems.extend(batch.read_problems)
        extract_problems.extend(batch.extract_problems)
    if not documents and not extract_problems:
        _raise_nothing_readable(folder, read_problems)
    joined = concat_batches(frames)
    warn_outside_layers(joined, layer_list)
    return BuildResult(
        events=joined,
        unresolved=unresolved_table(joined),
        documents=documents,
        layers=layer_list,
        problems=[*read_problems, *extract_problems],
    )
