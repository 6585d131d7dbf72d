"""Human labels for the codes of the events table, read from ``geo/data/labels.csv``."""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import cache
from typing import Any

import pandas as pd

from geo.resources import label_rows

#: Column headers of the tables the app shows.
COLUMN_LABELS = {
    "event_date": "Date",
    "place_name": "Place",
    "place_as_written": "As written",
    "controlled_by": "Ground held by",
    "ground_as_written": "Ground as written",
    "claim_vs_ground": "Claim vs ground",
    "actor": "Actor",
    "claimant": "Claimed by",
    "claimed_target": "Claimed target",
    "weapon": "Weapon",
    "geo_precision": "Located to",
    "incident_id": "Incident",
    "doc": "Document",
    "doc_title": "Document",
    "quote": "Quote",
    "control_layer": "Control layer",
    "dist_to_claimed_km": "Km to claimed ground",
}


#: The holder a report names for a divided city ("rebel-held X"): a faction code.
NAMED_HOLDER = "ground_as_written"


@cache
def code_labels() -> dict[str, dict[str, str]]:
    """Return ``{column: {code: label}}`` from the packaged ``labels.csv``."""
    out: dict[str, dict[str, str]] = {}
    for row in label_rows():
        out.setdefault(row["column"], {})[row["code"]] = row["label"]
    return out


def _missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def label(column: str, code: Any) -> str:
    """Return the display name of a code ("Unknown" for a missing one).

    Examples
    --------
    >>> label("claimant", "russian_mod")
    'Russian MoD'
    >>> label("claimant", "new_voice")
    'New voice'
    """
    if _missing(code) or str(code) == "":
        return "Unknown"
    known = code_labels().get(column, {})
    text = str(code)
    return known.get(text, text.replace("_", " ").capitalize())


def doc_titles(events: pd.DataFrame) -> dict[str, str]:
    """Map each document id to its title (the id when the report gives none)."""
    if "doc" not in events.columns:
        return {}
    firsts = events.drop_duplicates("doc")  # one row per document: fast on big tables
    titles = firsts["doc_title"] if "doc_title" in firsts.columns else firsts["doc"]
    out: dict[str, str] = {}
    for doc, title in zip(firsts["doc"], titles, strict=True):
        if _missing(doc) or doc in out:
            continue
        out[str(doc)] = str(title) if not _missing(title) and str(title).strip() else str(doc)
    counts = pd.Series(list(out.values())).value_counts()
    # Two reports with one title are told apart by their ids.
    return {d: (f"{t} ({d})" if t != d and counts[t] > 1 else t) for d, t in out.items()}


def km_text(km: Any) -> str:
    """Return a distance with the precision its sources allow.

    Examples
    --------
    >>> km_text(76.4948)
    '76 km'
    >>> km_text(1.4882)
    '1.5 km'
    >>> km_text(float("nan"))
    ''
    """
    if _missing(km):
        return ""
    value = float(km)
    return f"{value:.1f} km" if value < 10 else f"{value:.0f} km"


def labelled(frame: pd.DataFrame, columns: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Return a copy of a table with its codes replaced by labels and headers renamed.

    Parameters
    ----------
    frame : DataFrame
        Columns of the events table.
    columns : mapping, optional
        Headers to use; default :data:`COLUMN_LABELS`.

    Returns
    -------
    DataFrame
    """
    out = pd.DataFrame(frame).copy()
    coded = code_labels()
    for column in out.columns:
        if column in coded:
            out[column] = [label(column, v) for v in out[column]]
    if NAMED_HOLDER in out.columns:
        # A faction, labelled as the ground is; blank where the report names no holder.
        out[NAMED_HOLDER] = [
            "" if _missing(v) or str(v) == "" else label("controlled_by", v)
            for v in out[NAMED_HOLDER]
        ]
    if "doc" in out.columns:
        titles = doc_titles(frame)
        out["doc"] = [titles.get(str(d), str(d)) for d in out["doc"]]
    if "dist_to_claimed_km" in out.columns:
        out["dist_to_claimed_km"] = [km_text(v) for v in out["dist_to_claimed_km"]]
    names = dict(COLUMN_LABELS if columns is None else columns)
    return out.rename(columns={c: names.get(c, c) for c in out.columns})
