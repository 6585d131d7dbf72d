"""A big events table read in pieces, never whole.

The filter widgets need a few short columns of every row (their choices and
the date range); the page needs most columns, but only of the rows the
filters keep. So the app reads the widgets' columns once, and each view with
its filters pushed into the Parquet reader
(:func:`geo.ingest.events.read_events_dataset`) and the page's columns alone;
a download reads every column of the view's rows when it is asked for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import geopandas as gpd

from geo.ingest.events import read_events_dataset
from geo.record import EVENT_COLUMNS

#: Columns the filter widgets, the date range and the document titles read.
INDEX_COLUMNS = (
    "event_date",
    "controlled_by",
    "claimant",
    "actor",
    "doc",
    "doc_title",
    "geo_precision",
)
#: Columns no part of the page reads: a mention's position in its report.
UNSHOWN_COLUMNS = ("sentence_index", "char_start", "char_end")
#: Columns of a view the page reads (the map, figures, tables, review).
PAGE_COLUMNS = tuple(c for c in EVENT_COLUMNS if c not in UNSHOWN_COLUMNS)


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
