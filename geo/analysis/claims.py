"""Claims against the ground: what a claimant says was hit, and who held it.

The Russian MoD reporting "ISIS targets near Maarrat al-Nuuman" names a
faction; the control layer in force that day says who held the ground. This
module compares the two for every event.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from functools import cache
from importlib import resources

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo.control.join import DISTANCE_CRS
from geo.control.layers import ControlLayer

#: The faction each claimed target names; other targets name no faction.
CLAIMED_FACTION = {"isis": "isis", "rebels": "opposition"}
#: Values of ``claim_vs_ground``.
VERDICTS = ("contradicted", "consistent", "coarse", "no_claim", "unknown")
#: Precisions too coarse to score a claim: the point stands for a whole area.
COARSE_PRECISIONS = ("district", "governorate", "region")


@cache
def claiming_claimants() -> frozenset[str]:
    """Return the claimants whose statements are claims of a target.

    A party that carried out strikes (a defence ministry, a state news
    agency) claims what it hit; reporters, monitors and analysts describe the
    strikes ("rebel-held areas"), which is no claim. Read from the
    ``claims_targets`` column of ``geo/data/labels.csv``.
    """
    text = resources.files("geo").joinpath("data/labels.csv").read_text(encoding="utf-8")
    return frozenset(
        row["code"]
        for row in csv.DictReader(text.splitlines())
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
        Joined events with ``claimed_target``, ``controlled_by`` and ``resolved``.

    Returns
    -------
    pandas.Series
        Per row: ``no_claim`` when no faction was claimed (unspecified,
        civilians) or the claimant only describes the strikes (see
        :func:`claiming_claimants`); ``coarse`` when the place is located only
        to a district, governorate or region; ``unknown`` when the place is
        unresolved or outside every control area; ``consistent`` when the
        claimed faction held the ground; ``contradicted`` when another
        faction did.
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
    verdict = np.where(
        claimed.isna(),
        "no_claim",
        np.where(
            ~located,
            "unknown",
            np.where(coarse, "coarse", np.where(claimed == ground, "consistent", "contradicted")),
        ),
    )
    return pd.Series(verdict, index=events.index, dtype=object)


def distance_to_claimed_km(events: gpd.GeoDataFrame, layers: Sequence[ControlLayer]) -> pd.Series:
    """Distance from each event to the nearest ground of the faction its claimant named.

    Computed in EPSG:32637 against the control layer each event was joined
    with (``control_layer``); 0 inside that faction's ground; NaN when no
    faction was claimed, the place is unresolved, or the faction held nothing
    that day.

    Parameters
    ----------
    events : geopandas.GeoDataFrame
        Joined events (``claimed_target``, ``control_layer``, geometry).
    layers : sequence of ControlLayer
        The layers the events were joined with.

    Returns
    -------
    pandas.Series
        Kilometres, aligned with ``events``.
    """
    out = np.full(len(events), np.nan)
    if events.empty:
        return pd.Series(out, index=events.index)
    claimed = claimed_faction(events["claimed_target"]).to_numpy()
    layer_of = events["control_layer"].to_numpy()
    by_date = {layer.date.isoformat(): layer for layer in layers}
    projected = events.geometry.to_crs(DISTANCE_CRS).to_numpy()
    for (day, faction), rows in _groups(layer_of, claimed).items():
        layer = by_date.get(day)
        if layer is None:
            continue
        ground = layer.gdf.loc[layer.gdf["faction"] == faction]
        if ground.empty:
            continue
        area = shapely.union_all(ground.to_crs(DISTANCE_CRS).geometry.to_numpy())
        shapely.prepare(area)
        out[rows] = shapely.distance(projected[rows], area) / 1000.0
    return pd.Series(out, index=events.index)


def _groups(layer_of: np.ndarray, claimed: np.ndarray) -> dict[tuple[str, str], np.ndarray]:
    """Row positions per (layer date, claimed faction), for located, claimed rows."""
    groups: dict[tuple[str, str], list[int]] = {}
    for i, (day, faction) in enumerate(zip(layer_of, claimed, strict=True)):
        if day is None or faction is None or pd.isna(day):
            continue
        groups.setdefault((str(day), str(faction)), []).append(i)
    return {k: np.asarray(v, dtype=np.intp) for k, v in groups.items()}


def add_claim_columns(events: gpd.GeoDataFrame, layers: Sequence[ControlLayer]) -> gpd.GeoDataFrame:
    """Return ``events`` with ``claim_vs_ground`` and ``dist_to_claimed_km`` added."""
    out = events.copy()
    out["claim_vs_ground"] = claim_vs_ground(out)
    out["dist_to_claimed_km"] = distance_to_claimed_km(out, layers)
    return out
