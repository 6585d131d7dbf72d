"""Claims against the ground: what a claimant says was hit, and who held it.

The Russian MoD reporting "ISIS targets near Maarrat al-Nuuman" names a
faction; the control layer in force that day says who held the ground. This
module compares the two for every event.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Transformer

from geo.control.join import DISTANCE_CRS, event_days
from geo.control.layers import ControlLayer
from geo.control.timeline import Timeline
from geo.resources import label_rows

#: The faction each claimed target names; other targets name no faction.
CLAIMED_FACTION = {"isis": "isis", "rebels": "opposition"}
#: Values of ``claim_vs_ground``: ``near_front`` is a claim the ground would
#: contradict but for a front closer than the drawing's accuracy there; ``coarse``
#: a claim about a place located only to a district, governorate or region.
VERDICTS = ("contradicted", "consistent", "near_front", "coarse", "no_claim", "unknown")
#: Precisions too coarse to score a claim: the point stands for a whole area.
COARSE_PRECISIONS = ("district", "governorate", "region", "direction")


@cache
def claiming_claimants() -> frozenset[str]:
    """Return the claimants whose statements are claims of a target.

    A party that carried out strikes (a defence ministry, a state news
    agency) claims what it hit; reporters, monitors and analysts describe the
    strikes ("rebel-held areas"), which is no claim. Read from the
    ``claims_targets`` column of ``geo/data/labels.csv``.
    """
    return frozenset(
        row["code"]
        for row in label_rows()
        if row["column"] == "claimant" and row.get("claims_targets") == "yes"
    )


def claimed_faction(claimed_target: pd.Series) -> pd.Series:
    """Map ``claimed_target`` to the faction it names (None for no faction)."""
    return (
        claimed_target.map(CLAIMED_FACTION)
        .astype(object)
        .where(claimed_target.isin(CLAIMED_FACTION), None)
    )


def claim_vs_ground(events: pd.DataFrame) -> pd.Series:
    """Compare each event's claimed target with the faction holding the ground.

    Parameters
    ----------
    events : pandas.DataFrame
        Joined events with ``claimed_target``, ``controlled_by`` and
        ``resolved``; ``control_certainty`` when present.

    Returns
    -------
    pandas.Series
        Per row: ``no_claim`` when no faction was claimed (unspecified,
        civilians) or the claimant only describes the strikes (see
        :func:`claiming_claimants`); ``coarse`` when the place is located only
        to a district, governorate or region; ``unknown`` when the place is
        unresolved or outside every control area; ``consistent`` when the
        claimed faction held the ground; ``contradicted`` when another
        faction did; ``near_front`` when another faction did but the strike
        lies on a front line closer than the drawing's accuracy
        (``control_certainty`` is ``frontline``), so the ground cannot
        contradict the claim.
    """
    claimed = claimed_faction(events["claimed_target"])
    if "claimant" in events.columns:
        claimed = claimed.where(events["claimant"].isin(claiming_claimants()), None)
    ground = events["controlled_by"]
    located = events["resolved"].fillna(False).astype(bool) & ground.notna()
    coarse = (
        events["geo_precision"].isin(COARSE_PRECISIONS)
        if "geo_precision" in events.columns
        else pd.Series(False, index=events.index)
    )
    certainty = events.get("control_certainty", pd.Series(None, index=events.index, dtype=object))
    frontline = (certainty == "frontline").fillna(False).to_numpy(dtype=bool)
    differs = np.where(frontline, "near_front", "contradicted")
    verdict = np.where(
        claimed.isna(),
        "no_claim",
        np.where(
            ~located,
            "unknown",
            np.where(coarse, "coarse", np.where(claimed == ground, "consistent", differs)),
        ),
    )
    return pd.Series(verdict, index=events.index, dtype=object)


def contradiction_counts(events: pd.DataFrame) -> dict[str, int]:
    """Count the contradictions that survive the front-line tolerance and those set aside.

    Parameters
    ----------
    events : pandas.DataFrame
        Events with ``claim_vs_ground`` (see :func:`claim_vs_ground`).

    Returns
    -------
    dict of str to int
        ``contradicted``: claims the ground contradicts beyond the drawing's
        accuracy; ``near_front``: claims that would be contradicted but lie
        on a front closer than that accuracy; ``without_tolerance``: their sum.
    """
    verdict = events.get("claim_vs_ground", pd.Series(dtype=object))
    contradicted = int((verdict == "contradicted").sum())
    near_front = int((verdict == "near_front").sum())
    return {
        "contradicted": contradicted,
        "near_front": near_front,
        "without_tolerance": contradicted + near_front,
    }


def distance_to_claimed_km(
    events: gpd.GeoDataFrame,
    layers: Sequence[ControlLayer] | Timeline,
    date_column: str = "event_date",
) -> pd.Series:
    """Distance from each event to the nearest ground of the faction its claimant named.

    Computed in EPSG:32637 against the control in force on each event's own
    date (the same state :func:`geo.control.join.join_control` uses: the
    latest layer with the changes dated up to that day); 0 inside that
    faction's ground; NaN when no faction was claimed, the place is
    unresolved, or the faction held nothing that day.

    Parameters
    ----------
    events : geopandas.GeoDataFrame
        Events with ``claimed_target`` and point geometry (any CRS; none
        means EPSG:4326).
    layers : sequence of ControlLayer or Timeline
        The control the events were joined with.
    date_column : str, default "event_date"
        Column of the events' dates; missing dates use the earliest control.

    Returns
    -------
    pandas.Series
        Kilometres, aligned with ``events``.
    """
    out = np.full(len(events), np.nan)
    if events.empty or not layers:
        return pd.Series(out, index=events.index)
    timeline = layers if isinstance(layers, Timeline) else Timeline.from_parts(list(layers))
    claimed = claimed_faction(events["claimed_target"]).to_numpy()
    geometry = events.geometry
    if geometry.crs is None:
        geometry = geometry.set_crs("EPSG:4326")
    geometry = geometry.to_crs("EPSG:4326")
    points = geometry.to_numpy()
    located = ~(geometry.isna().to_numpy() | shapely.is_empty(points))
    located &= shapely.get_type_id(points) == 0
    x, y = np.full(len(events), np.nan), np.full(len(events), np.nan)
    x[located], y[located] = shapely.get_x(points[located]), shapely.get_y(points[located])
    state = timeline.state_index(event_days(events, date_column))
    to_metres = Transformer.from_crs("EPSG:4326", DISTANCE_CRS, always_xy=True)
    wanted = located & pd.notna(claimed)
    for position in np.unique(state[wanted]):
        factions, pieces = timeline.pieces(int(position))
        indexes = timeline.segment_indexes(int(position))
        for faction in set(claimed[wanted & (state == position)]):
            rows = np.flatnonzero(wanted & (state == position) & (claimed == faction))
            if faction not in indexes:
                continue
            px, py = to_metres.transform(x[rows], y[rows])
            metres = indexes[faction].distances(np.column_stack([px, py]))
            own = pieces[factions == faction]
            inside = shapely.STRtree(own).query(shapely.points(x[rows], y[rows]), "intersects")[0]
            metres[inside] = 0.0
            out[rows] = metres / 1000.0
    return pd.Series(out, index=events.index)


def add_claim_columns(events: gpd.GeoDataFrame, layers: Sequence[ControlLayer]) -> gpd.GeoDataFrame:
    """Return ``events`` with ``claim_vs_ground`` and ``dist_to_claimed_km`` added."""
    out = events.copy()
    out["claim_vs_ground"] = claim_vs_ground(out)
    out["dist_to_claimed_km"] = distance_to_claimed_km(out, layers)
    return out
