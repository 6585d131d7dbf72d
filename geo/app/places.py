"""Find a place: gazetteer names matched as typed, and the strikes at the place found."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from geo.geocode.gazetteer import normalize
from geo.ingest.points import lonlat_arrays
from geo.record import Place

#: Lowest rapidfuzz ratio for a name that neither equals, starts with nor holds the query.
FUZZY_CUTOFF = 85.0
#: Zoom the map opens at for each kind of place.
ZOOM = {"neighbourhood": 14, "town": 12, "district": 10, "governorate": 9, "region": 8}
#: A strike belongs to a place when geocoded to it, or within this distance of its point
#: (a town's strikes include those placed on its outskirts; a governorate's, those in it).
RADIUS_KM = {"neighbourhood": 1.5, "town": 3.0, "district": 20.0, "governorate": 0.0, "region": 0.0}


@dataclasses.dataclass(frozen=True)
class PlaceIndex:
    """The gazetteer's spellings, normalised, each with the place it names."""

    places: tuple[Place, ...]
    keys: tuple[str, ...]
    owner: tuple[int, ...]


def place_index(
    places: Sequence[Place], names_of: Callable[[str], Sequence[str]] | None = None
) -> PlaceIndex:
    """Return the search index of ``places`` (normalised once).

    Parameters
    ----------
    places : sequence of Place
        The gazetteer's places.
    names_of : callable, optional
        Every spelling of a place id (:meth:`Gazetteer.names_of`); default the name alone.
    """
    keys: list[str] = []
    owner: list[int] = []
    for i, place in enumerate(places):
        names = (names_of(place.place_id) if names_of else ()) or (place.name,)
        for key in dict.fromkeys(normalize(n) for n in names):
            if key:
                keys.append(key)
                owner.append(i)
    return PlaceIndex(tuple(places), tuple(keys), tuple(owner))


def find_places(index: PlaceIndex, query: str, limit: int = 8) -> list[Place]:
    """Return the places whose name matches ``query``, best first.

    A name equal to the query (in any spelling :func:`normalize` folds) comes
    first, then names starting with it, holding it, and close fuzzy matches;
    within each, higher gazetteer rank first, then larger places (governorates
    before towns). An Arabic query is matched against the Arabic names.

    Parameters
    ----------
    index : PlaceIndex
        From :func:`place_index`.
    query : str
        What the analyst typed.
    limit : int
        Most places returned.

    Returns
    -------
    list of Place
    """
    text = query.strip()[:100]
    if not text:
        return []
    key = normalize(text)
    scored: dict[int, float] = {}

    def score(i: int, value: float) -> None:
        scored[i] = max(scored.get(i, 0.0), value)

    if key:
        for name, i in zip(index.keys, index.owner, strict=True):
            if name == key:
                score(i, 100.0)
            elif name.startswith(key):
                score(i, 95.0)
            elif len(key) >= 3 and key in name:
                score(i, 90.0)
    for i, place in enumerate(index.places):
        if place.name_ar and text in place.name_ar:
            score(i, 95.0)
    if key and len(key) >= 4 and len(scored) < limit:
        for _, value, j in process.extract(
            key, index.keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=limit
        ):
            score(index.owner[j], min(float(value), 89.0))
    size = {"region": 4, "governorate": 3, "district": 2, "town": 1, "neighbourhood": 0}
    order = sorted(
        scored,
        key=lambda i: (
            -scored[i],
            -index.places[i].rank,
            -size.get(index.places[i].precision, 0),
            index.places[i].name,
        ),
    )
    return [index.places[i] for i in order[:limit]]


def place_label(place: Place) -> str:
    """Return a place's name with what it is and where ("Tall Abyad, town, Ar-Raqqa")."""
    kind = place.precision
    where = place.city if place.precision == "neighbourhood" and place.city else place.admin1
    return ", ".join([place.name, *(x for x in (kind, where) if x and x != place.name)])


def strikes_at(events: pd.DataFrame, place: Place) -> pd.DataFrame:
    """Return the events at ``place``: geocoded to it, within its radius, or in its governorate.

    Parameters
    ----------
    events : DataFrame
        Events with ``place_id``, ``latitude``, ``longitude`` and ``admin1``.
    place : Place
        A gazetteer place.

    Returns
    -------
    DataFrame
        The matching rows, by date.
    """
    if not len(events):
        return events
    hit = events.get("place_id", pd.Series(None, index=events.index)).astype(str) == str(
        place.place_id
    )
    if place.precision in ("governorate", "region") and place.admin1 and "admin1" in events:
        hit |= events["admin1"].astype(str) == str(place.admin1)
    radius = RADIUS_KM.get(place.precision, 0.0)
    if radius and {"latitude", "longitude"} <= set(events.columns):
        lon, lat = lonlat_arrays(events)
        dy = (lat - place.lat) * 111.32
        dx = (lon - place.lon) * 111.32 * np.cos(np.radians(place.lat))
        hit |= np.nan_to_num(np.hypot(dx, dy), nan=np.inf) <= radius
    found = events.loc[hit]
    return found.sort_values("event_date", kind="stable") if "event_date" in found else found
