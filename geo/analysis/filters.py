"""Filtering joined events: the same filters for the app, the CLI and exports."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pandas as pd

#: Label used for events outside every control polygon or unresolved.
NO_FACTION = "none"


def _keep(values: Iterable[str] | None) -> set[str] | None:
    if values is None:
        return None
    return {str(v) for v in values}


def filter_events(
    events: pd.DataFrame,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    factions: Iterable[str] | None = None,
    claimants: Iterable[str] | None = None,
    actors: Iterable[str] | None = None,
    docs: Iterable[str] | None = None,
    precisions: Iterable[str] | None = None,
    text: str | None = None,
) -> pd.DataFrame:
    """Return the events that pass every given filter.

    A filter left as ``None`` keeps everything; an empty collection keeps
    nothing. Events without a date are dropped only when a date bound is set.

    Parameters
    ----------
    events : pandas.DataFrame or geopandas.GeoDataFrame
        Joined events (columns of :data:`geo.record.EVENT_COLUMNS`).
    date_from, date_to : datetime.date, optional
        Inclusive bounds on ``event_date``.
    factions : iterable of str, optional
        Values of ``controlled_by`` to keep; ``"none"`` keeps events outside
        every control area and unresolved events.
    claimants, actors, docs, precisions : iterable of str, optional
        Values of ``claimant``, ``actor``, ``doc`` and ``geo_precision`` to keep.
    text : str, optional
        Case-insensitive substring searched in ``quote`` and ``place_as_written``.

    Returns
    -------
    Same type as ``events``
        A filtered view (row order kept).
    """
    mask = pd.Series(True, index=events.index)
    if date_from is not None or date_to is not None:
        days = pd.to_datetime(events["event_date"], errors="coerce")
        if date_from is not None:
            mask &= days >= pd.Timestamp(date_from)
        if date_to is not None:
            mask &= days <= pd.Timestamp(date_to)
    keep = _keep(factions)
    if keep is not None:
        mask &= events["controlled_by"].fillna(NO_FACTION).astype(str).isin(keep)
    for column, values in (
        ("claimant", claimants),
        ("actor", actors),
        ("doc", docs),
        ("geo_precision", precisions),
    ):
        keep = _keep(values)
        if keep is not None:
            mask &= events[column].fillna(NO_FACTION).astype(str).isin(keep)
    if text:
        # Column-wise substring tests run in Arrow's C kernels; building one
        # concatenated, case-folded string per row costs ten times more.
        found = pd.Series(False, index=events.index)
        for column in ("quote", "place_as_written"):
            values = events[column].astype("string")
            found |= values.str.contains(text, case=False, regex=False).fillna(False).astype(bool)
        mask &= found
    return events.loc[mask]
