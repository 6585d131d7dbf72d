"""Incidents: one strike, many reports.

Reports of the same place on the same date from different documents or
claimants describe one incident. Where either date was resolved from a
relative word ("yesterday", "Tuesday") or only known from the publication
date, a day either side still counts as the same date, because the two
reporters may have counted days from different clocks.
"""

from __future__ import annotations

import hashlib

import geopandas as gpd
import numpy as np
import pandas as pd

from geo.names import place_key
from geo.record import GEO_PRECISIONS

#: Date bases whose day may be off by one.
LOOSE_DATE_BASES = frozenset({"relative", "published", "post"})
#: How many days apart two loose dates may be and still be one incident.
LOOSE_DAYS = 1


def _place_key(events: pd.DataFrame) -> pd.Series:
    """Key identifying the place: the gazetteer id, else the normalised text."""
    key = events["place_id"].astype(object)
    missing = key.isna().to_numpy()
    if missing.any():
        # Only the unlocated rows need their text's key, each distinct text once.
        written = events.loc[missing, "place_as_written"].fillna("").astype(str)
        keys = {text: "text:" + place_key(text) for text in written.unique()}
        key = key.copy()
        key[missing] = written.map(keys).to_numpy()
    return key.astype(str)


def _incident_id(place_key: str, day: object) -> str:
    digest = hashlib.sha1(f"{place_key}|{day}".encode()).hexdigest()[:10]
    return f"inc-{digest}"


def _naive_days(values: pd.Series) -> np.ndarray:
    """Return dates as ``datetime64`` (NaT where missing), local time for aware timestamps."""
    days = pd.to_datetime(values, errors="coerce")
    if getattr(days.dtype, "tz", None) is not None:
        days = days.dt.tz_localize(None)
    return days.to_numpy()


def assign_incidents(events: pd.DataFrame) -> pd.Series:
    """Group events into incidents and return each row's ``incident_id``.

    Events are sorted by date within each place; an event joins the running
    incident when its date equals the incident's last date, or is at most
    :data:`LOOSE_DAYS` away and either date is loose (relative, post or
    publication date). Undated events of a place form one incident.

    Parameters
    ----------
    events : pandas.DataFrame
        Joined events with ``place_id``, ``place_as_written``, ``event_date``
        and ``date_basis``.

    Returns
    -------
    pandas.Series
        ``incident_id`` per row, aligned with ``events``. The id is derived
        from the place and the incident's first date, so it is stable across
        rebuilds.
    """
    if events.empty:
        return pd.Series([], index=events.index, dtype=object)
    frame = pd.DataFrame(
        {
            "key": _place_key(events).to_numpy(),
            "day": _naive_days(events["event_date"]),
            "loose": events["date_basis"].isin(LOOSE_DATE_BASES).to_numpy(),
        },
        index=np.arange(len(events)),
    )
    frame = frame.sort_values(["key", "day"], kind="stable")
    key = frame["key"].to_numpy()
    day = frame["day"].to_numpy()
    loose = frame["loose"].to_numpy()
    # Each row against the one before it (sorted by place, then date): the same
    # place, and both undated, or the same date, or close dates either of them loose.
    undated = np.isnat(day)
    gap = day[1:] - day[:-1]
    days_apart = np.abs(
        np.where(undated[1:] | undated[:-1], np.timedelta64(0), gap) // np.timedelta64(1, "D")
    )
    same = (key[1:] == key[:-1]) & (
        (undated[1:] & undated[:-1])
        | (
            ~undated[1:]
            & ~undated[:-1]
            & ((gap == np.timedelta64(0)) | ((loose[1:] | loose[:-1]) & (days_apart <= LOOSE_DAYS)))
        )
    )
    starts = np.flatnonzero(np.r_[True, ~same])
    first = np.where(
        undated[starts], "undated", np.datetime_as_string(day[starts], unit="D")
    ).tolist()
    names = [_incident_id(k, f) for k, f in zip(key[starts].tolist(), first, strict=True)]
    incident_of_row = np.cumsum(np.r_[True, ~same]) - 1
    ids = np.empty(len(events), dtype=object)
    ids[frame.index.to_numpy()] = np.array(names, dtype=object)[incident_of_row]
    return pd.Series(ids, index=events.index, dtype=object)


#: Which date to trust most when the reports of an incident disagree.
DATE_BASIS_RANK = {"explicit": 0, "post": 1, "relative": 2, "published": 3}


def _as_dates(values: object) -> list[object]:
    """Return days as ``datetime.date`` (None where missing), in one conversion."""
    return np.asarray(values, dtype="datetime64[D]").tolist()


def _incident_dates(ranked: pd.DataFrame) -> dict[object, object]:
    """Pick each incident's date from its reports.

    The date with the most trusted basis wins (a written date over a
    resolved weekday over the publication date); then the date most reports
    give; then the later one, since reports often say when a strike was
    announced rather than when it happened, and an announcement follows it.
    """
    frame = pd.DataFrame(
        {
            "incident_id": ranked["incident_id"].to_numpy(),
            "day": ranked["_day"].to_numpy(),
            "basis": ranked["date_basis"].map(DATE_BASIS_RANK).fillna(9).to_numpy(),
        }
    ).dropna(subset=["day"])
    if frame.empty:
        return {}
    votes = (
        frame.groupby(["incident_id", "day"])
        .agg(basis=("basis", "min"), n=("basis", "size"))
        .reset_index()
        .sort_values(["incident_id", "basis", "n", "day"], ascending=[True, True, False, False])
    )
    best = votes.drop_duplicates("incident_id")
    return dict(zip(best["incident_id"], best["day"], strict=True))


def _precision_rank(values: pd.Series) -> pd.Series:
    order = {p: i for i, p in enumerate(GEO_PRECISIONS)}
    return values.map(order).fillna(len(GEO_PRECISIONS))


def incidents_frame(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Summarise events (with ``incident_id``) into one row per incident.

    The location is the most precise geocode among the reports (finest
    ``geo_precision``, then highest ``match_score``).

    Parameters
    ----------
    events : geopandas.GeoDataFrame
        Joined events carrying ``incident_id``.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``incident_id``, ``place_name``, ``event_date``, ``n_sources``
        (distinct documents), ``n_reports``, ``documents``, ``claimants``,
        ``claims`` (``claimant: target`` side by side), ``actors``,
        ``controlled_by``, ``control_layer``, ``dist_to_isis_km``,
        ``geo_precision`` and the geometry of the best location.
    """
    columns = [
        "incident_id", "place_name", "event_date", "date_first", "date_last", "n_sources",
        "n_reports", "documents", "claimants", "claims", "actors", "controlled_by",
        "control_layer", "dist_to_isis_km", "geo_precision", "event_ids",
    ]  # fmt: skip
    if events.empty:
        return gpd.GeoDataFrame(
            columns=[*columns, "geometry"], geometry="geometry", crs="EPSG:4326"
        )
    # Sort the few columns used, not the whole frame of events.
    needed = [
        "incident_id", "date_basis", "doc", "claimant", "actor", "event_id", "place_name",
        "place_as_written", "controlled_by", "control_layer", "dist_to_isis_km",
        "geo_precision",
    ]  # fmt: skip
    ranked = (
        pd.DataFrame(events[needed])
        .assign(
            geometry=events.geometry.to_numpy(),
            _rank=_precision_rank(events["geo_precision"]).to_numpy(),
            _score=-pd.to_numeric(events["match_score"], errors="coerce").fillna(0).to_numpy(),
            _claim=(
                events["claimant"].astype(str) + ": " + events["claimed_target"].astype(str)
            ).to_numpy(),
            _day=pd.to_datetime(events["event_date"], errors="coerce").to_numpy(),
        )
        .sort_values(["incident_id", "_rank", "_score"], kind="stable")
    )
    ranked = ranked[ranked["incident_id"].notna()]  # as groupby leaves them out
    groups = ranked.groupby("incident_id", sort=False)
    best = groups.head(1).set_index("incident_id")

    # Sorted by incident, each incident's rows are one slice.
    ids = ranked["incident_id"].to_numpy()
    starts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]]).tolist()
    slices = list(zip(starts, [*starts[1:], len(ids)], strict=True))

    def joined(column: str, sep: str = "|", *, unique: bool = True) -> list[str]:
        # One pass over plain lists: a pandas groupby with a Python lambda
        # slices a sub-frame per incident and is ~50x slower.
        values = ranked[column].astype(str).to_numpy().tolist()
        if unique:
            return [sep.join(sorted(set(values[a:b]))) for a, b in slices]
        return [sep.join(values[a:b]) for a, b in slices]

    place = best["place_name"].where(best["place_name"].notna(), best["place_as_written"])
    first_day = groups["_day"].min()
    last_day = groups["_day"].max()
    chosen = _incident_dates(ranked)
    table = pd.DataFrame(
        {
            "incident_id": best.index,
            "place_name": place.to_numpy(),
            "event_date": _as_dates([chosen.get(i, None) for i in best.index]),
            "date_first": _as_dates(first_day.loc[best.index].to_numpy()),
            "date_last": _as_dates(last_day.loc[best.index].to_numpy()),
            "n_sources": groups["doc"].nunique().loc[best.index].to_numpy(),
            "n_reports": groups.size().loc[best.index].to_numpy(),
            "documents": joined("doc"),
            "claimants": joined("claimant"),
            "claims": joined("_claim", "; "),
            "actors": joined("actor"),
            "controlled_by": best["controlled_by"].to_numpy(),
            "control_layer": best["control_layer"].to_numpy(),
            "dist_to_isis_km": best["dist_to_isis_km"].to_numpy(),
            "geo_precision": best["geo_precision"].to_numpy(),
            "event_ids": joined("event_id", unique=False),
        }
    )
    return gpd.GeoDataFrame(table, geometry=best["geometry"].to_numpy(), crs="EPSG:4326")
