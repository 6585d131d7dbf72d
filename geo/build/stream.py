"""A build whose memory does not grow with the corpus.

``strikemap build`` runs in three passes:

1. :func:`spool` builds the corpus batch by batch (see :mod:`geo.build.batches`) and
   writes each batch's joined rows as one GeoParquet part of a dataset folder,
   with two working columns: the row's place in the corpus and a bucket drawn
   from its place.
2. The incidents only group rows of one place, so they are assigned bucket by
   bucket, a few buckets at a time (about :data:`ROWS_PER_PASS` rows), reading
   from the dataset only the columns they need.
3. :func:`write_outputs` reads the parts back one at a time and appends them
   to every output: GeoJSON, CSV, GeoParquet (one row group per batch),
   GeoPackage, KML and the unresolved table; the text outputs take a part in
   slices of :data:`TEXT_ROWS` rows.

Only one batch and one bucket group are held at a time, and eight bytes per
row: its incident id, packed as a number (see :func:`pack_incident_ids`).
The column types are those of a build of the whole corpus in memory: the
parts' Arrow types are unified (a column missing from every row of one batch
takes the type the other batches give it).
"""

from __future__ import annotations

import ctypes
import gc
import json
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import shapely
from tqdm import tqdm

from geo.analysis.incidents import _place_key, assign_incidents, incidents_frame
from geo.build.aside import start_aside
from geo.build.batches import Batch
from geo.control.layers import ControlLayer
from geo.errors import DocumentError, InputWarning
from geo.geocode.geocoders import SupportsGeocode
from geo.output import export
from geo.pipeline import outside_layers, warn_outside_count
from geo.record import FACTIONS

__all__ = ["MAP_MAX_EVENTS", "ROWS_PER_PASS", "Tally", "spool", "warn_outside", "write_outputs"]

#: Working columns of the spooled parts: the row's place in the corpus, its bucket.
ROW, BUCKET = "_row", "_bucket"
#: Buckets of places; the incidents are assigned a group of buckets at a time. Many
#: buckets keep each one small (a bucket is never split between passes) up to
#: corpora of tens of millions of events.
BUCKETS = 4096
#: Rows read at most (give or take a bucket) to assign the incidents in one pass.
ROWS_PER_PASS = 25_000
#: Rows turned into text at a time (GeoJSON, CSV, KML): the text writers hold
#: about 20 KB a row while they work, so a part is written in slices.
TEXT_ROWS = 2_000
#: Events drawn at most on ``map.html`` (the first ones, in corpus order).
MAP_MAX_EVENTS = 20_000
#: Columns the incidents need (see :func:`geo.analysis.incidents.incidents_frame`).
INCIDENT_COLUMNS = (
    "event_id",
    "doc",
    "place_id",
    "place_as_written",
    "place_name",
    "event_date",
    "date_basis",
    "claimant",
    "claimed_target",
    "actor",
    "controlled_by",
    "control_layer",
    "dist_to_isis_km",
    "geo_precision",
    "match_score",
    "published",
)


@dataclass
class Tally:
    """What the build counted while spooling: the summary line and the problems."""

    documents: int = 0
    events: int = 0
    resolved: int = 0
    factions: Counter[str] = field(default_factory=Counter)
    read_problems: list[DocumentError] = field(default_factory=list)
    extract_problems: list[DocumentError] = field(default_factory=list)
    bucket_rows: np.ndarray = field(default_factory=lambda: np.zeros(BUCKETS, dtype=np.int64))
    parts: list[Path] = field(default_factory=list)
    outside: int = 0
    outside_first: date | None = None

    @property
    def problems(self) -> list[DocumentError]:
        """Unreadable files, then documents whose dates could not be resolved."""
        return [*self.read_problems, *self.extract_problems]

    def summary(self) -> str:
        """Return the line :meth:`geo.pipeline.BuildResult.summary` gives."""
        n = self.events
        share = f"{self.resolved / n:.0%}" if n else "n/a"
        by_faction = ", ".join(
            f"{f} {self.factions[f]}" for f in (*FACTIONS, "none") if self.factions[f]
        )
        line = (
            f"{self.documents} documents, {n} events, {self.resolved}/{n} located ({share}); "
            f"ground held by: {by_faction or 'none'}"
        )
        if self.problems:
            line += f"; {len(self.problems)} document(s) skipped"
        return line


def _buckets(events: pd.DataFrame) -> np.ndarray:
    """Return each row's bucket, drawn from its place (stable across runs)."""
    if not len(events):
        return np.zeros(0, dtype=np.int16)
    hashed = pd.util.hash_pandas_object(_place_key(events), index=False).to_numpy()
    return (hashed % BUCKETS).astype(np.int16)


def spool(batches: Iterable[Batch], folder: Path, layers: Sequence[ControlLayer]) -> Tally:
    """Write each batch's rows as a GeoParquet part of ``folder``; count as it goes.

    Parameters
    ----------
    batches : iterable of Batch
        The batches, in corpus order.
    folder : Path
        An empty folder for the parts (``part-00000.parquet``, ...).
    layers : sequence of ControlLayer
        To count the events dated far outside them (see :func:`warn_outside`).

    Returns
    -------
    Tally
    """
    tally = Tally()
    row = 0
    for batch in batches:
        events = batch.events
        tally.documents += len(batch.documents)
        tally.read_problems.extend(batch.read_problems)
        tally.extract_problems.extend(batch.extract_problems)
        if not len(events) and tally.parts:
            continue
        tally.events += len(events)
        tally.resolved += int(events["resolved"].sum()) if len(events) else 0
        tally.factions.update(events["controlled_by"].fillna("none").tolist())
        count, earliest = outside_layers(events, layers)
        tally.outside += count
        if earliest is not None:
            tally.outside_first = min(earliest, tally.outside_first or earliest)
        frame = events.copy()
        frame[ROW] = np.arange(row, row + len(frame), dtype=np.int64)
        frame[BUCKET] = _buckets(frame)
        tally.bucket_rows += np.bincount(frame[BUCKET], minlength=BUCKETS)
        row += len(frame)
        part = folder / f"part-{len(tally.parts):05d}.parquet"
        frame.to_parquet(part, index=False)
        tally.parts.append(part)
    return tally


def warn_outside(tally: Tally, layers: Sequence[ControlLayer]) -> None:
    """Warn once about the events dated far outside the layers, as a build in memory does."""
    if tally.outside and tally.outside_first is not None:
        warn_outside_count(tally.outside, tally.events, tally.outside_first, layers)


def unified_schema(parts: Sequence[Path]) -> pa.Schema:
    """Return one Arrow schema for every part (types promoted, the first part's metadata)."""
    schemas = [pq.read_schema(p) for p in parts]
    unified = pa.unify_schemas(schemas, promote_options="permissive")
    return unified.with_metadata(schemas[0].metadata)


def _to_frame(table: pa.Table) -> gpd.GeoDataFrame:
    """Turn an Arrow table of a part (WKB geometry) into a GeoDataFrame in EPSG:4326."""
    geometry = shapely.from_wkb(table.column("geometry").to_numpy(zero_copy_only=False))
    frame = table.drop_columns(["geometry"]).to_pandas()
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


def read_part(part: Path, schema: pa.Schema, columns: Sequence[str] | None = None) -> pa.Table:
    """Read a part with the unified schema (missing columns as nulls)."""
    names = list(columns) if columns is not None else schema.names
    if columns is None:
        table = pq.read_table(part)
    else:  # only the columns asked for are read (not the reports' long texts)
        with pq.ParquetFile(part) as parquet:  # opened once for its schema and columns
            present = set(parquet.schema_arrow.names)
            table = parquet.read(columns=[n for n in names if n in present])
    arrays = [
        table.column(n).cast(schema.field(n).type)
        if n in table.column_names
        else pa.nulls(len(table), schema.field(n).type)
        for n in names
    ]
    return pa.table(arrays, schema=pa.schema([schema.field(n) for n in names]))


def _passes(bucket_rows: np.ndarray) -> list[list[int]]:
    """Group consecutive buckets into passes of about :data:`ROWS_PER_PASS` rows."""
    groups: list[list[int]] = [[]]
    rows = 0
    for bucket, count in enumerate(bucket_rows.tolist()):
        if groups[-1] and rows + count > ROWS_PER_PASS:
            groups.append([])
            rows = 0
        groups[-1].append(bucket)
        rows += count
    return groups


#: What every incident id starts with; hex digits follow (see ``geo.analysis.incidents``).
INCIDENT_PREFIX = "inc-"


def pack_incident_ids(ids: Sequence[str], digits: int) -> np.ndarray:
    """Return incident ids as numbers: the ``digits`` hex digits after the prefix.

    Eight bytes a row rather than a string object (about 70 bytes), so that
    the ids of every row of a large corpus take little memory.

    Examples
    --------
    >>> pack_incident_ids(["inc-00000000ff"], 10).tolist()
    [255]
    """
    width = len(INCIDENT_PREFIX) + digits
    if not 0 < digits <= 16:
        raise ValueError(f"`digits` was {digits} but is expected to be from 1 to 16")
    for name in ids:
        if len(name) != width or not name.startswith(INCIDENT_PREFIX):
            raise ValueError(f"`ids` held {name!r}, not 'inc-' and {digits} hex digits")
    return np.array([int(name[len(INCIDENT_PREFIX) :], 16) for name in ids], dtype=np.uint64)


def unpack_incident_ids(packed: np.ndarray, digits: int) -> np.ndarray:
    """Return the ids :func:`pack_incident_ids` packed, as an object array of strings.

    Examples
    --------
    >>> unpack_incident_ids(pack_incident_ids(["inc-00000000ff"], 10), 10).tolist()
    ['inc-00000000ff']
    """
    return np.array([f"{INCIDENT_PREFIX}{v:0{digits}x}" for v in packed.tolist()], dtype=object)


@dataclass(frozen=True)
class IncidentIds:
    """The ``incident_id`` of every row, by its place in the corpus, packed."""

    packed: np.ndarray
    digits: int

    def take(self, rows: np.ndarray) -> np.ndarray:
        """Return the ids of the given rows as strings."""
        return unpack_incident_ids(self.packed[rows], self.digits)


def incident_ids(tally: Tally, schema: pa.Schema, incidents_out: Path) -> IncidentIds:
    """Assign the incidents pass by pass; write ``incidents.geojson`` as it goes.

    Returns
    -------
    IncidentIds
        The ``incident_id`` of every row, by its place in the corpus.
    """
    packed = np.zeros(tally.events, dtype=np.uint64)
    digits = 0
    wanted = [c for c in (*INCIDENT_COLUMNS, "geometry", ROW, BUCKET) if c in schema.names]
    groups = _passes(tally.bucket_rows)
    files = _split_by_pass(tally.parts, schema, wanted, groups, incidents_out.parent)
    first = True
    try:
        with open(incidents_out, "w", encoding="utf-8") as out:
            out.write(_HEAD)
            for path in files:
                table = pq.read_table(path)
                if not table.num_rows:
                    continue
                frame = _to_frame(table.sort_by(ROW))
                frame["incident_id"] = assign_incidents(frame)
                names = frame["incident_id"].tolist()
                digits = digits or len(names[0]) - len(INCIDENT_PREFIX)
                packed[frame[ROW].to_numpy()] = pack_incident_ids(names, digits)
                text = export.geojson_text(incidents_frame(frame))
                first = _append_features(out, text, first)
            out.write(_TAIL)
    finally:
        for path in files:
            path.unlink(missing_ok=True)
    return IncidentIds(packed, digits)


def _split_by_pass(
    parts: Sequence[Path],
    schema: pa.Schema,
    columns: Sequence[str],
    groups: Sequence[Sequence[int]],
    folder: Path,
) -> list[Path]:
    """Copy the incidents' columns of every part into one file per pass, in one scan."""
    pass_of = np.zeros(BUCKETS, dtype=np.int64)
    for index, group in enumerate(groups):
        pass_of[group] = index
    files = [folder / f".incidents-{i:04d}.parquet" for i in range(len(groups))]
    writers: list[pq.ParquetWriter] = []
    try:
        for part in parts:
            table = read_part(part, schema, columns)
            if not writers:
                writers = [pq.ParquetWriter(f, table.schema) for f in files]
            which = pass_of[table.column(BUCKET).to_numpy()]
            for index in np.unique(which).tolist():
                writers[index].write_table(table.filter(pa.array(which == index)))
    finally:
        for writer in writers:
            writer.close()
    return [f for f in files if f.exists()]


_HEAD = '{"type": "FeatureCollection", "features": ['
_TAIL = "]}"


def _append_features(out: object, text: str, first: bool) -> bool:
    """Append the features of a FeatureCollection text to an open collection."""
    body = text[len(_HEAD) : -len(_TAIL)]
    if not body:
        return first
    if not first:
        out.write(", ")  # type: ignore[attr-defined]
    out.write(body)  # type: ignore[attr-defined]
    return False


def parts_frames(tally: Tally, schema: pa.Schema, ids: IncidentIds) -> Iterator[gpd.GeoDataFrame]:
    """Yield each part as the rows a build in memory would give (incident ids included)."""
    from geo.pipeline import order_columns

    for part in tally.parts:
        frame = _to_frame(read_part(part, schema))
        frame["incident_id"] = ids.take(frame[ROW].to_numpy()) if len(frame) else []
        yield order_columns(frame.drop(columns=[ROW, BUCKET]))


def _first_rows(
    tally: Tally, schema: pa.Schema, columns: Sequence[str] | None = None
) -> pd.DataFrame:
    """Return the first :data:`MAP_MAX_EVENTS` rows of the parts, as the map draws them.

    Only ``columns`` (and the geometry) are read when given, else every column.
    """
    from geo.pipeline import order_columns

    names = None
    if columns is not None:
        names = [n for n in schema.names if n in {*columns, "geometry"}]
    drawn: list[pd.DataFrame] = []
    room = MAP_MAX_EVENTS
    for part in tally.parts:
        frame = _to_frame(read_part(part, schema, names))
        frame = frame.drop(columns=[c for c in (ROW, BUCKET) if c in frame.columns])
        drawn.append(order_columns(frame.iloc[:room]))
        room -= len(drawn[-1])
        if room <= 0:
            break
    kept = [f for f in drawn if len(f)] or drawn[:1]
    return pd.concat(kept, ignore_index=True) if len(kept) > 1 else kept[0]


def write_outputs(
    tally: Tally,
    folder: Path,
    *,
    layers: Sequence[ControlLayer],
    acled: bool = False,
    title: str = "strikemap",
) -> None:
    """Write every output of a spooled build into ``folder``, part by part.

    Parameters
    ----------
    tally : Tally
        What :func:`spool` wrote.
    folder : Path
        The (new, empty) output folder.
    layers : sequence of ControlLayer
        For the map.
    acled : bool, default False
        Write ``strikes.csv`` in ACLED-compatible columns.
    title : str
        Title of the map.
    """
    import pyogrio

    from geo.pipeline import unresolved_table

    schema = unified_schema(tally.parts)

    def draw() -> None:
        from geo.output import webmap  # folium: imported where the map is drawn

        html = webmap.render_html(
            gpd.GeoDataFrame(
                _first_rows(tally, schema, webmap.MAP_COLUMNS), geometry="geometry", crs="EPSG:4326"
            ),
            layers=layers,
            title=title,
            self_contained=True,
        )
        (folder / "map.html").write_text(html, encoding="utf-8")

    # The map draws the first events, which need no incident ids: it is made
    # in a child process, from the parts it reads, while this one assigns the
    # incidents and writes the tables.
    map_html = start_aside(draw, str(folder / "map.html"))
    ids = incident_ids(tally, schema, folder / "incidents.geojson")
    frames = parts_frames(tally, schema, ids)
    writer: pq.ParquetWriter | None = None
    first = True
    vector_written = False
    kml = _KmlStream(folder / "strikes.kml")
    with (
        open(folder / "strikes.geojson", "w", encoding="utf-8") as geojson,
        open(folder / "strikes.csv", "w", encoding="utf-8", newline="") as csv_out,
        open(folder / "unresolved.csv", "w", encoding="utf-8", newline="") as unresolved,
    ):
        geojson.write(_HEAD)
        for index, frame in enumerate(frames):
            for piece, head in _slices(frame, TEXT_ROWS, index == 0):
                first = _append_features(geojson, export.geojson_text(piece), first)
                table = export.acled_frame(piece) if acled else piece
                _append_csv(csv_out, export.csv_text(table), head)
                _append_csv(unresolved, export.csv_text(unresolved_table(piece)), head)
            arrow = _geoparquet_table(frame)
            if writer is None:
                writer = pq.ParquetWriter(folder / "strikes.parquet", arrow.schema)
            writer.write_table(arrow.cast(writer.schema))
            vector = export._vector_frame(frame)
            for start in range(0, max(len(vector), 1), TEXT_ROWS):
                kml.add(vector.iloc[start : start + TEXT_ROWS])
            if len(vector) or (index == len(tally.parts) - 1 and not vector_written):
                pyogrio.write_dataframe(
                    vector,
                    folder / "strikes.gpkg",
                    driver="GPKG",
                    layer="strikes",
                    use_arrow=True,
                    append=vector_written,
                )
                vector_written = True
        geojson.write(_TAIL)
    kml.close()
    if writer is not None:
        writer.close()
    if tally.events > MAP_MAX_EVENTS:
        warnings.warn(
            InputWarning(
                f"map.html draws the first {MAP_MAX_EVENTS} of {tally.events} events "
                "(strikes.geojson and strikes.parquet hold them all)"
            ),
            stacklevel=2,
        )
    map_html.wait()


def _slices(
    frame: gpd.GeoDataFrame, rows: int, first: bool
) -> Iterator[tuple[gpd.GeoDataFrame, bool]]:
    """Yield ``frame`` in slices of at most ``rows`` (at least one, maybe empty).

    Each slice comes with whether it is the very first one written (``first``
    for the part's first slice, then False).
    """
    starts = range(0, max(len(frame), 1), rows)
    for number, start in enumerate(starts):
        yield frame.iloc[start : start + rows], first and number == 0


def _append_csv(out: object, text: str, first: bool) -> None:
    """Append CSV text to an open file, its header line only the first time."""
    out.write(text if first else text.split("\n", 1)[1])  # type: ignore[attr-defined]


def _geoparquet_table(frame: gpd.GeoDataFrame) -> pa.Table:
    """Return a part as an Arrow table with GeoParquet metadata, without a bounding box.

    The box of one part is not the file's: it is left out (it is optional).
    """
    from geopandas.io.arrow import _geopandas_to_arrow

    table = _geopandas_to_arrow(frame[export.property_columns(frame) + ["geometry"]], index=False)
    meta = json.loads(table.schema.metadata[b"geo"])
    for column in meta["columns"].values():
        column.pop("bbox", None)
    return table.replace_schema_metadata(
        {**table.schema.metadata, b"geo": json.dumps(meta).encode()}
    )


class _KmlStream:
    """``strikes.kml`` written part by part: each part's placemarks, renumbered, in one file.

    Each part, as :func:`geo.output.export._vector_frame` gives it, goes through
    :func:`geo.output.export.write_kml_vector`, so the file is the one
    :func:`geo.output.export.write_kml` gives for the whole table.
    """

    _ID = re.compile(r'<Placemark id="strikes\.(\d+)">')

    def __init__(self, target: Path) -> None:
        self.target = target
        self.out = open(target, "w", encoding="utf-8")  # noqa: SIM115 - closed in close()
        self.tail: str | None = None
        self.count = 0

    def add(self, frame: gpd.GeoDataFrame) -> None:
        scratch = self.target.with_name(".part.kml")
        export.write_kml_vector(frame, scratch)
        text = scratch.read_text(encoding="utf-8")
        scratch.unlink()
        start, end = text.find("<Placemark"), text.rfind("</Placemark>") + len("</Placemark>")
        if start < 0:
            start = end = text.rfind("</Folder>")
        if self.tail is None:
            self.out.write(text[:start])
            self.tail = text[end:]
        elif start < end and self.count:
            self.out.write(text[text.rfind("\n", 0, start) : start])
        body = text[start:end]
        offset = self.count
        self.count += body.count("<Placemark id=")
        if offset:
            body = self._ID.sub(lambda m: f'<Placemark id="strikes.{int(m[1]) + offset}">', body)
        self.out.write(body)

    def close(self) -> None:
        self.out.write(self.tail or "")
        self.out.close()


def give_back_memory() -> None:
    """Hand the C heap's free pages back to the system, where the C library can.

    The join builds its states of control on worker threads, and glibc keeps
    each thread's heap once they are freed, where the main thread, which writes
    the outputs, does not reuse them: without this, the freed states still
    count in the build's peak. Elsewhere (no ``malloc_trim``) it does nothing.
    """
    gc.collect()
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)


def spool_corpus(
    src_dir: str | Path,
    folder: Path,
    *,
    layers_dir: Path | None = None,
    corrections: str | Path | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    batch_docs: int | None = None,
    workers: int | None = None,
    online: SupportsGeocode | None = None,
    progress: bool = False,
) -> tuple[Tally, Sequence[ControlLayer]]:
    """Build a corpus folder batch by batch into the parts of ``folder``.

    Parameters
    ----------
    src_dir : str or Path
        Folder of ``.txt`` reports.
    folder : Path
        An empty working folder for the parts.
    layers_dir : Path, optional
        Folder of control layers (default: the shipped ones).
    corrections : str or Path, optional
        Corrections file; default ``corrections.csv`` in ``src_dir`` (if any).
    engine : {"local", "dask"}
        Forked processes of this machine, or dask workers.
    scheduler : str, optional
        With ``engine="dask"``: a scheduler address (default: a local cluster).
    batch_docs : int, optional
        Documents per batch (default :data:`geo.build.batches.DEFAULT_BATCH_DOCS`).
    workers : int or None
        Local processes (None: one per core).
    online : geopy Geocoder, optional
        Online fallback geocoder (the batches are then built in this process).
    progress : bool, default False
        Show a progress bar of the batches on stderr.

    Returns
    -------
    (Tally, layers)

    Raises
    ------
    InputError
        When the folder is missing, holds no report, or none can be read.
    """
    from geo.build.batches import (
        DEFAULT_BATCH_DOCS,
        chunk,
        dask_batches,
        forked_batches,
        local_batches,
        unshared,
    )
    from geo.pipeline import _raise_nothing_readable, batch_inputs

    src = Path(src_dir)
    paths, manifest, fixes, layers = batch_inputs(src, corrections, layers_dir)
    chunks = chunk(paths, batch_docs or DEFAULT_BATCH_DOCS)
    # The join's composed states live on a copy of the layers, freed on return.
    joined_on = unshared(layers)
    batches: Iterable[Batch]
    if online is not None:
        batches = local_batches(
            chunks, manifest, layers=joined_on, corrections=fixes, online=online
        )
    elif engine == "dask":
        batches = dask_batches(
            chunks, manifest, layers=joined_on, corrections=fixes, scheduler=scheduler
        )
    else:
        batches = forked_batches(
            chunks, manifest, layers=joined_on, corrections=fixes, workers=workers
        )
    batches = tqdm(batches, total=len(chunks), desc="build", unit="batch", disable=not progress)
    tally = spool(batches, folder, joined_on)
    del batches, joined_on
    give_back_memory()
    if not tally.documents and not tally.extract_problems:
        _raise_nothing_readable(src, tally.read_problems)
    warn_outside(tally, layers)
    return tally, layers
