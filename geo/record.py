"""The records that flow through the pipeline: documents and strike events.

The data flow is ``Document`` (text + metadata) -> ``StrikeEvent`` (one struck
place in one report, with provenance) -> geocoded, joined rows of a
GeoDataFrame whose columns are listed in :data:`EVENT_COLUMNS`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, NamedTuple, TypeVar

import numpy as np

#: Who carried out a strike.
ACTORS = ("russia", "regime", "coalition", "unknown")
#: What the claimant says was hit.
CLAIMED_TARGETS = ("isis", "rebels", "civilians", "unspecified")
#: Factions of the control layers.
FACTIONS = ("isis", "opposition", "regime", "kurdish")
#: How sure the faction under a strike is: ``inside`` its ground, or on the
#: ``frontline`` (the nearest front is closer than the drawing's accuracy there).
CERTAINTIES = ("inside", "frontline")
#: How precise a geocode is, finest first.
#: ``offset``: a point computed from a distance and bearing given in the report
#: ("15 kilometers southwest of the city of X").
#: "offset" is a point at a distance and bearing the report gives from a place;
#: "direction" a point put a nominal distance out from a place on the side the
#: report names without saying how far ("south of X", "the western part of X
#: province"), as coarse as a district.
GEO_PRECISIONS = (
    "neighbourhood",
    "town",
    "district",
    "governorate",
    "region",
    "offset",
    "direction",
)
#: How a struck place relates to the strike: the place itself, or close to it.
PLACE_RELATIONS = ("in", "near")
#: How precise an event date is; "window" is the last day of a span of days the
#: report gives ("from 20 to 23 March", "over the past two days").
TIME_PRECISIONS = ("day", "week", "month", "window")
#: Where an event date came from: a date written in the text, a relative word
#: ("today", "Tuesday") resolved against a reference date, a live-blog post's
#: own date, or the publication date when the text gives no cue.
DATE_BASES = ("explicit", "relative", "post", "published")


_Coord = TypeVar("_Coord", float, np.ndarray)


class BBox(NamedTuple):
    """A box of longitude and latitude in degrees (EPSG:4326), its edges named.

    The tuple is ``(west, south, east, north)``, which is shapely's and
    geopandas' ``(minx, miny, maxx, maxy)``; Leaflet wants the ``(lat, lon)``
    corners of :attr:`leaflet_corners` instead.
    """

    west: float
    south: float
    east: float
    north: float

    @property
    def xy_bounds(self) -> tuple[float, float, float, float]:
        """``(minx, miny, maxx, maxy)``, as shapely and geopandas give bounds."""
        return (self.west, self.south, self.east, self.north)

    @property
    def leaflet_corners(self) -> list[list[float]]:
        """South-west and north-east corners as ``[lat, lon]`` pairs (Leaflet's ``fitBounds``)."""
        return [[self.south, self.west], [self.north, self.east]]

    def padded(self, degrees: float) -> BBox:
        """Return the box grown by ``degrees`` on every side (to a millionth of a degree)."""
        grow = (-degrees, -degrees, degrees, degrees)
        return BBox(*(round(v + d, 6) for v, d in zip(self, grow, strict=True)))

    def contains(self, lon: _Coord, lat: _Coord) -> _Coord:
        """Return whether each point (``lon``, ``lat``) lies in the box, edges included.

        Parameters
        ----------
        lon, lat : float or numpy.ndarray
            Longitudes and latitudes in degrees.

        Returns
        -------
        bool or numpy.ndarray of bool
            Like the inputs; False where a coordinate is NaN.
        """
        return (lon >= self.west) & (lon <= self.east) & (lat >= self.south) & (lat <= self.north)


#: Syria's extent, rounded outwards to a tenth of a degree: the view a map of the
#: whole country opens on, and where an online geocoder's answers must lie.
SYRIA_BOUNDS = BBox(west=35.6, south=32.3, east=42.4, north=37.4)
#: Syria's extent with a margin of 0.3 degrees: input (a layer, a point, a
#: corrected location) reaching outside it is misplaced, often lat/lon swapped.
SYRIA_CHECK_BOUNDS = SYRIA_BOUNDS.padded(0.3)

#: The zoom levels every map allows (Leaflet clamps a view asked for outside them).
MIN_ZOOM, MAX_ZOOM = 4, 18

#: ISO 3166 code of the country the reports are about; places elsewhere are foreign.
HOME_COUNTRY = "SY"


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: one named place with a point location.

    ``precision`` is one of :data:`GEO_PRECISIONS`; ``city`` is set for
    neighbourhoods (the city they belong to); ``admin1`` is the governorate's
    common English name ("Idlib", "Rif Dimashq", ...); ``country`` is the
    ISO 3166 code of the country the place lies in ("SY" for Syria).
    """

    place_id: str
    name: str
    lat: float
    lon: float
    precision: str
    admin1: str | None = None
    admin2: str | None = None
    city: str | None = None
    name_ar: str | None = None
    rank: int = 0
    country: str = HOME_COUNTRY


@dataclass(frozen=True)
class Mention:
    """A place name found in a text, with the gazetteer entries it may denote.

    ``start``/``end`` index the text the mention was found in (``text[start:end]``
    is ``surface``); ``candidates`` are ordered best first.
    """

    start: int
    end: int
    surface: str
    candidates: tuple[Place, ...]


@dataclass(frozen=True)
class Document:
    """One report: its text and metadata.

    ``text`` is the body with any front matter removed; every character span
    in the pipeline refers to it.
    """

    doc_id: str
    path: str
    text: str
    published: date
    title: str | None = None
    source: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class StrikeEvent:
    """One struck place in one report, with provenance.

    The geocoder resolves ``place_as_written`` using the hints: ``city_hint``
    (a city the place lies in, e.g. Aleppo for "Hanano"), ``admin1_hint`` (a
    governorate named nearby) and ``context_places`` (the other places named
    in the same paragraph). ``place_relation`` is "in" when the report says
    the place itself was struck and "near" when it only names the place the
    strike was close to ("a roadblock near X", "a workshop north of X", "the X
    countryside"). ``place_level`` is "governorate" when the report names a
    whole governorate as the struck area and no finer place in it on that
    date: the event locates the area, not a point. ``offset_km`` and
    ``offset_bearing`` (degrees clockwise from north) place the strike at a
    distance and bearing from the named place; ``offset_written`` is False
    when the report gives the bearing alone and the distance is a nominal one
    (the event is then located to "direction", not "offset").
    ``ground_as_written`` is the faction the report names as holding a divided
    city's ground struck ("rebel-held X": ``opposition``), None when it names none.
    """

    doc: str
    sentence_index: int
    quote: str
    char_start: int
    char_end: int
    place_as_written: str
    event_date: date | None
    time_precision: str
    date_basis: str
    actor: str
    claimant: str
    claimed_target: str
    weapon: str | None = None
    city_hint: str | None = None
    admin1_hint: str | None = None
    context_places: tuple[str, ...] = field(default_factory=tuple)
    place_relation: str = "in"
    place_level: str | None = None
    offset_km: float | None = None
    offset_bearing: float | None = None
    offset_written: bool = True
    ground_as_written: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """Return the event as a plain dict (``context_places`` joined by ``|``)."""
        d = asdict(self)
        d["context_places"] = "|".join(self.context_places)
        return d


#: Columns of the joined events GeoDataFrame, in output order (plus ``geometry``).
EVENT_COLUMNS = [
    "event_id",
    "doc",
    "doc_title",
    "doc_source",
    "doc_url",
    "published",
    "sentence_index",
    "quote",
    "char_start",
    "char_end",
    "place_as_written",
    "place_name",
    "place_id",
    "admin1",
    "geo_precision",
    "match_score",
    "resolved",
    "event_date",
    "time_precision",
    "date_basis",
    "actor",
    "claimant",
    "claimed_target",
    "weapon",
    "longitude",
    "latitude",
    "controlled_by",
    "control_layer",
    "dist_to_isis_km",
    "dist_to_front_km",
    "control_certainty",
    "claim_vs_ground",
    "dist_to_claimed_km",
    "incident_id",
    "event_key",
    "corrected",
    "place_relation",
]
#: Columns the join with the control layers adds (:func:`geo.control.join.join_control`).
CONTROL_COLUMNS = (
    "controlled_by",
    "control_layer",
    "dist_to_isis_km",
    "dist_to_front_km",
    "control_certainty",
)
#: Columns the build adds after geocoding: the join's, the claims' and the incidents'.
JOINED_COLUMNS = (*CONTROL_COLUMNS, "claim_vs_ground", "dist_to_claimed_km", "incident_id")


def ordered_columns(columns: Iterable[str]) -> list[str]:
    """Return the event columns among ``columns`` in output order, then the others.

    Parameters
    ----------
    columns : iterable of str
        A table's columns.

    Returns
    -------
    list of str
        The columns of :data:`EVENT_COLUMNS` present, in its order, then any
        other column in its own order; ``geometry`` is left out.

    Examples
    --------
    >>> ordered_columns(["geometry", "note", "latitude", "event_id"])
    ['event_id', 'latitude', 'note']
    """
    present = list(columns)
    known = [c for c in EVENT_COLUMNS if c in present]
    return known + [c for c in present if c not in known and c != "geometry"]
