"""Claims against the ground: what a claimant says was hit, and who held it.

The Russian MoD reporting "ISIS targets near Maarrat al-Nuuman" names a
faction; the control layer in force that day says who held the ground. This
module compares the two for every event.
"""

from __future__ import annotations

from collections.abc import Sequence

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo.control.join import DISTANCE_CRS
from geo.control.layers import ControlLayer

#: The faction each claimed target names; other targets name no faction.
CLAIMED_FACTION = {"isis": "isis", "rebels": "opposition"}
#: Values of ``claim_vs_ground``.
VERDICTS = ("contradicted", "consistent", "no_claim", "unknown")


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
        civilians); ``unknown`` when the place is unresolved or outside every
        control area; ``consistent`` when the claimed faction held the
        ground; ``contradicted`` when another faction did.
    """
    claimed = claimed_faction(events["claimed_target"])
    ground = events["controlled_by"]
    located = events["resolved"].fillna(False).astype(bool) & ground.notna()
    verdict = np.where(
        claimed.isna(),
        "no_claim",
        np.where(~located, "unknown", np.where(claimed == ground, "consistent", "contradicted")),
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
