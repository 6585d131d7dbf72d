"""Figures of the analysis: who held the ground where strikes fell, and how far from ISIS.

Every figure counts either incidents (one strike reported by several sources
counts once, see :mod:`geo.analysis.incidents`) or reports (one row per event). The
functions take the joined events and return plain tables, so the app, the CLI
and notebooks draw the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd

from geo.analysis.filters import NO_FACTION
from geo.analysis.incidents import incidents_frame
from geo.record import FACTIONS

#: What a figure counts.
UNITS = ("incidents", "reports")
#: Distance (km) from ISIS-held ground beyond which a strike is called far from ISIS.
DEFAULT_FAR_KM = 50.0
#: Width of the distance histogram's bins, km.
DEFAULT_BIN_KM = 10.0
#: Order of the ground labels in the share tables.
GROUND_ORDER = (*FACTIONS, NO_FACTION)
#: Columns of :func:`contradictions`.
CONTRADICTION_COLUMNS = [
    "event_date",
    "place",
    "geo_precision",
    "claimant",
    "claimed_target",
    "quote",
    "controlled_by",
    "control_layer",
    "dist_to_claimed_km",
    "doc",
    "incident_id",
    "event_key",
]


def _check_unit(unit: str) -> None:
    if unit not in UNITS:
        raise ValueError(f"`unit` was {unit!r} but is expected to be in {UNITS}")


def _with_incident_ids(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Give rows without an ``incident_id`` one of their own (their ``event_id`` or position)."""
    own = (
        events["event_id"].astype(object)
        if "event_id" in events.columns
        else pd.Series([f"row-{i}" for i in range(len(events))], index=events.index)
    )
    ids = events["incident_id"] if "incident_id" in events.columns else pd.Series(None)
    ids = ids.reindex(events.index).astype(object)
    filled = ids.where(ids.notna(), "event:" + own.astype(str))
    return events.assign(incident_id=filled)


def _located_mask(frame: pd.DataFrame) -> np.ndarray:
    geom = frame.geometry
    return (geom.notna() & ~geom.is_empty).to_numpy()


def counted(events: gpd.GeoDataFrame, unit: str = "incidents") -> gpd.GeoDataFrame:
    """Return the rows a figure counts: one per incident, or one per report.

    Parameters
    ----------
    events : geopandas.GeoDataFrame
        Joined events (``controlled_by``, ``event_date``, ``dist_to_isis_km``,
        geometry; ``incident_id`` where grouped, otherwise each row is its
        own incident).
    unit : {"incidents", "reports"}
        What to count.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``event_date``, ``controlled_by``, ``dist_to_isis_km`` and
        geometry (at least); for incidents, the location and ground of the
        most precise report.

    Examples
    --------
    >>> from shapely.geometry import Point
    >>> events = gpd.GeoDataFrame(
    ...     {"event_id": ["a", "b"], "incident_id": ["i1", "i1"], "doc": ["d1", "d2"],
    ...      "place_as_written": ["X", "X"], "place_name": ["X", "X"],
    ...      "event_date": ["2015-10-07", "2015-10-07"], "controlled_by": ["isis", "isis"],
    ...      "control_layer": [None, None], "dist_to_isis_km": [0.0, 0.0],
    ...      "geo_precision": ["town", "town"], "match_score": [100, 100],
    ...      "claimant": ["lcc", "sana"], "claimed_target": ["unspecified", "isis"],
    ...      "actor": ["russia", "russia"], "date_basis": ["explicit", "explicit"]},
    ...     geometry=[Point(38, 35), Point(38, 35)], crs="EPSG:4326")
    >>> len(counted(events, "incidents")), len(counted(events, "reports"))
    (1, 2)
    """
    _check_unit(unit)
    if unit == "reports" or events.empty:
        return events
    return incidents_frame(_with_incident_ids(events))


def _ground(frame: pd.DataFrame) -> pd.Series:
    held = frame["controlled_by"].astype(object)
    return held.where(held.isin(FACTIONS), NO_FACTION).astype(str)


def faction_shares(units: gpd.GeoDataFrame) -> pd.DataFrame:
    """Share of located strikes on each faction's ground.

    Parameters
    ----------
    units : geopandas.GeoDataFrame
        Rows from :func:`counted`; rows with no geometry are left out.

    Returns
    -------
    pandas.DataFrame
        One row per value of :data:`GROUND_ORDER` (``"none"`` for strikes
        outside every control area), columns ``faction``, ``count`` and
        ``share`` (of the located strikes; NaN when none is located).
    """
    located = units.loc[_located_mask(units)] if len(units) else units
    counts = (
        _ground(located).value_counts().reindex(GROUND_ORDER, fill_value=0)
        if len(located)
        else pd.Series(0, index=list(GROUND_ORDER))
    )
    total = int(counts.sum())
    shares = counts / total if total else counts * np.nan
    return pd.DataFrame(
        {
            "faction": list(GROUND_ORDER),
            "count": counts.to_numpy().astype(int),
            "share": shares.to_numpy().astype(float),
        }
    )


def weekly_shares(units: gpd.GeoDataFrame) -> pd.DataFrame:
    """Share of located strikes on each faction's ground, per ISO week.

    Parameters
    ----------
    units : geopandas.GeoDataFrame
        Rows from :func:`counted`; undated and unlocated rows are left out.

    Returns
    -------
    pandas.DataFrame
        Columns ``week`` (ISO week, ``"2015-W41"``), ``week_start`` (its
        Monday, a ``datetime.date``), ``faction``, ``count`` and ``share`` (of
        that week's strikes). Only the (week, faction) pairs with strikes are
        listed, weeks in order.
    """
    columns = ["week", "week_start", "faction", "count", "share"]
    if units.empty:
        return pd.DataFrame(columns=columns)
    located = units.loc[_located_mask(units)]
    days = pd.to_datetime(located["event_date"], errors="coerce")
    frame = pd.DataFrame({"day": days, "faction": _ground(located)}).dropna(subset=["day"])
    if frame.empty:
        return pd.DataFrame(columns=columns)
    iso = frame["day"].dt.isocalendar()
    frame["week"] = [f"{y}-W{w:02d}" for y, w in zip(iso["year"], iso["week"], strict=True)]
    monday = frame["day"] - pd.to_timedelta(frame["day"].dt.day_of_week, unit="D")
    frame["week_start"] = monday.dt.date
    table = frame.groupby(["week", "week_start", "faction"]).size().rename("count").reset_index()
    table["share"] = table["count"] / table.groupby("week")["count"].transform("sum")
    order = {f: i for i, f in enumerate(GROUND_ORDER)}
    table = table.sort_values(
        ["week_start", "faction"], key=lambda s: s.map(order) if s.name == "faction" else s
    )
    table["count"] = table["count"].astype(int)
    return table[columns].reset_index(drop=True)


@dataclass(frozen=True)
class DistanceSummary:
    """How far located strikes fell from ISIS-held ground.

    Attributes
    ----------
    n : int
        Strikes with a distance (located, on a date a layer covers).
    n_far : int
        Strikes more than ``far_km`` from ISIS-held ground.
    share_far : float
        ``n_far / n`` (NaN when ``n`` is 0).
    median_km : float
        Median distance (NaN when ``n`` is 0).
    far_km : float
        The threshold.
    """

    n: int
    n_far: int
    share_far: float
    median_km: float
    far_km: float


def _distances(units: pd.DataFrame) -> pd.Series:
    if units.empty or "dist_to_isis_km" not in units.columns:
        return pd.Series([], dtype=float)
    return pd.to_numeric(units["dist_to_isis_km"], errors="coerce").dropna()


def isis_distance(units: pd.DataFrame, far_km: float = DEFAULT_FAR_KM) -> DistanceSummary:
    """Summarise the distance from each strike to the nearest ISIS-held ground.

    Parameters
    ----------
    units : pandas.DataFrame
        Rows from :func:`counted` with ``dist_to_isis_km`` (0 on ISIS ground).
    far_km : float
        Threshold of :attr:`DistanceSummary.share_far`.

    Returns
    -------
    DistanceSummary

    Examples
    --------
    >>> s = isis_distance(pd.DataFrame({"dist_to_isis_km": [0.0, 20.0, 60.0, 80.0, None]}))
    >>> s.n, s.n_far, s.share_far
    (4, 2, 0.5)
    """
    dist = _distances(units)
    n = len(dist)
    n_far = int((dist > far_km).sum())
    return DistanceSummary(
        n=n,
        n_far=n_far,
        share_far=n_far / n if n else float("nan"),
        median_km=float(dist.median()) if n else float("nan"),
        far_km=float(far_km),
    )


def distance_histogram(
    units: pd.DataFrame, bin_km: float = DEFAULT_BIN_KM, far_km: float = DEFAULT_FAR_KM
) -> pd.DataFrame:
    """Count strikes per band of distance to ISIS-held ground.

    Parameters
    ----------
    units : pandas.DataFrame
        Rows from :func:`counted` with ``dist_to_isis_km``.
    bin_km : float
        Width of a band, km (positive).
    far_km : float
        Bands starting at or beyond this distance are marked ``far``.

    Returns
    -------
    pandas.DataFrame
        Columns ``from_km``, ``to_km``, ``count`` and ``far`` (bool), one row
        per band from 0 to the largest distance, empty bands included.
    """
    if not bin_km > 0:
        raise ValueError(f"`bin_km` was {bin_km!r} but is expected to be positive")
    dist = _distances(units)
    columns = ["from_km", "to_km", "count", "far"]
    if dist.empty:
        return pd.DataFrame(columns=columns)
    n_bins = int(np.floor(dist.max() / bin_km)) + 1
    index = np.minimum(np.floor(dist.to_numpy() / bin_km).astype(int), n_bins - 1)
    counts = np.bincount(index, minlength=n_bins)
    starts = np.arange(n_bins) * bin_km
    return pd.DataFrame(
        {
            "from_km": starts,
            "to_km": starts + bin_km,
            "count": counts.astype(int),
            "far": starts >= far_km,
        }
    )


def contradictions(events: pd.DataFrame, verdict: str = "contradicted") -> pd.DataFrame:
    """List the events whose claim the ground contradicts.

    Parameters
    ----------
    events : pandas.DataFrame
        Joined events with ``claim_vs_ground`` (see :mod:`geo.analysis.claims`).
    verdict : str
        The verdict listed: ``coarse`` lists the claims whose place is known
        too coarsely to be scored.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`CONTRADICTION_COLUMNS`, farthest from the claimed
        faction's ground first; ``place`` is the gazetteer name, else the
        place as written. The index is that of ``events``.
    """
    if events.empty or "claim_vs_ground" not in events.columns:
        return pd.DataFrame(columns=CONTRADICTION_COLUMNS)
    rows = events.loc[events["claim_vs_ground"] == verdict]
    name = rows["place_name"] if "place_name" in rows.columns else rows["place_as_written"]
    table = pd.DataFrame(
        {
            c: (rows[c] if c in rows.columns else pd.Series(None, index=rows.index, dtype=object))
            for c in CONTRADICTION_COLUMNS
            if c != "place"
        },
        index=rows.index,
    )
    table.insert(1, "place", name.where(name.notna(), rows["place_as_written"]))
    table["dist_to_claimed_km"] = pd.to_numeric(table["dist_to_claimed_km"], errors="coerce")
    return table.sort_values("dist_to_claimed_km", ascending=False, kind="stable")[
        CONTRADICTION_COLUMNS
    ]
