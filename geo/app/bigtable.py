"""A big events table read in pieces, never whole.

The filter widgets need a few short columns of every row (their choices and
the date range); the page needs most columns, but only of the rows the
filters keep. So the app reads the widgets' columns once, and the rows of a
date range and of the factions asked for with those filters pushed into the
Parquet reader (:func:`geo.ingest.events.read_events_dataset`: row groups
outside them are skipped) and the page's columns alone. The other filters
(claimants, actors, documents, precision, quote text) run in memory on those
rows, so typing a search does not read the table again. A download reads every
column of the view's rows when it is asked for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from geo.analysis import filters
from geo.ingest.events import read_events_dataset
from geo.record import EVENT_COLUMNS

#: Columns the filter widgets, the date range and the document titles read.
INDEX_COLUMNS = (
    "event_id",
    "event_date",
    "controlled_by",
    "claimant",
    "actor",
    "doc",
    "doc_title",
    "geo_precision",
)
#: Filters of :func:`geo.analysis.filters.filter_events` pushed into the Parquet reader.
PUSHED_FILTERS = ("date_from", "date_to", "factions")
#: Columns no part of the page reads: a mention's position in its report.
UNSHOWN_COLUMNS = ("sentence_index", "char_start", "char_end")
#: Columns of a view the page reads (the map, figures, tables, review), and the ground a
#: report names for a divided city (an output column of the build, not of every table).
PAGE_COLUMNS = (*(c for c in EVENT_COLUMNS if c not in UNSHOWN_COLUMNS), "ground_as_written")


def split_filters(chosen: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split ``filter_events`` arguments into those pushed to the reader and the others.

    Examples
    --------
    >>> split_filters({"factions": ["isis"], "text": "jets"})
    ({'factions': ['isis']}, {'text': 'jets'})
    """
    pushed = {k: v for k, v in chosen.items() if k in PUSHED_FILTERS}
    return pushed, {k: v for k, v in chosen.items() if k not in PUSHED_FILTERS}


def read_index(path: str | Path) -> gpd.GeoDataFrame:
    """Return the widgets' columns of every event (and its point).

    Parameters
    ----------
    path : str or Path
        A GeoParquet file, a build's output folder or a folder of parts.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns :data:`INDEX_COLUMNS` the table has, and ``geometry``.
    """
    return read_events_dataset(path, columns=INDEX_COLUMNS)


def read_view(
    path: str | Path, chosen: Mapping[str, Any], columns: Sequence[str] | None = PAGE_COLUMNS
) -> gpd.GeoDataFrame:
    """Return the events that pass the filters, read with the filters pushed down.

    Parameters
    ----------
    path : str or Path
        As for :func:`read_index`.
    chosen : mapping
        Arguments of :func:`geo.analysis.filters.filter_events` (date bounds,
        value lists, text); the same rows come back.
    columns : sequence of str or None
        Columns read; None reads every column.

    Returns
    -------
    geopandas.GeoDataFrame
        In EPSG:4326, row order of the table.
    """
    return read_events_dataset(path, columns=columns, **chosen)


def ground_of_rows(
    index: pd.DataFrame, ground: pd.Series, pushed: Mapping[str, Any], rows: pd.DataFrame
) -> pd.Series | None:
    """Return who held each of the ``rows`` read, from the ground of every row of the index.

    The ground of a day is joined once for the whole table (on the index); the rows a
    pushed-down read returns are the index rows that pass the same filters, in the same
    order, so their ground is taken from there rather than joined again.

    Parameters
    ----------
    index : pandas.DataFrame
        The widgets' columns of every row (:func:`read_index`), uploads appended.
    ground : pandas.Series
        Who held each index row's place on the day shown, on the index's labels.
    pushed : mapping
        The filters the rows were read with.
    rows : pandas.DataFrame
        The rows read with ``pushed`` (:func:`read_view`), uploads appended alike.

    Returns
    -------
    pandas.Series or None
        On ``rows``' labels; None when the rows do not match the index's (then the
        ground has to be joined on ``rows`` themselves).
    """
    kept = filters.filter_events(index, **pushed)
    if len(kept) != len(rows):
        return None
    if "event_id" in kept.columns and "event_id" in rows.columns:
        ids = kept["event_id"].astype(object).to_numpy()
        if not (ids == rows["event_id"].astype(object).to_numpy()).all():
            return None
    return pd.Series(ground.reindex(kept.index).to_numpy(), index=rows.index, dtype=object)
