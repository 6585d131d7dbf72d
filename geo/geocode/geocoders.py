"""The geocoding stage: strike events in, one located row per event out.

Offline by default: every event is resolved against the packaged gazetteer
(:mod:`geo.geocode.gazetteer`) with its city, governorate and context hints. An
online geocoder (Nominatim through :func:`make_nominatim`) is opt-in, used
either for the names the gazetteer cannot resolve or first for every name;
when the service fails, the gazetteer answers and a warning says so. A name
nobody can resolve stays in the table, unresolved, with NaN coordinates.
"""

from __future__ import annotations

import json
import logging
import math
import threading
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import pandas as pd
from geopy.adapters import URLLibAdapter
from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.location import Location
from pyproj import Geod

from geo.errors import GeocoderServiceError
from geo.geocode.gazetteer import Gazetteer, Resolution, load_gazetteer, normalize
from geo.names import split_designator
from geo.output.export import write_with
from geo.record import SYRIA_BOUNDS, StrikeEvent

__all__ = [
    "GEOCODE_COLUMNS",
    "CachedGeocoder",
    "GeocoderFallbackWarning",
    "geocode_events",
    "make_nominatim",
]

#: Columns added to the event fields, in order.
GEOCODE_COLUMNS = [
    "place_name",
    "place_id",
    "admin1",
    "geo_precision",
    "match_score",
    "resolved",
    "latitude",
    "longitude",
    "alternatives",
    "by_context",
]
#: Score given to an online match (the service reports no comparable score).
ONLINE_SCORE = 70.0
DEFAULT_RETRIES = 2
DEFAULT_ERROR_WAIT_SECONDS = 5.0
DEFAULT_TIMEOUT_SECONDS = 10.0

# Nominatim address types -> strikemap precision.
_NOMINATIM_PRECISION = {
    "neighbourhood": "neighbourhood",
    "suburb": "neighbourhood",
    "quarter": "neighbourhood",
    "city_district": "neighbourhood",
    "city": "town",
    "town": "town",
    "village": "town",
    "hamlet": "town",
    "county": "district",
    "district": "district",
    "state": "governorate",
    "province": "governorate",
    "region": "region",
}


# geopy's rate limiter logs every retry with its traceback. Without a handler
# Python prints that on stderr; failures reach the user as one warning instead.
# An application that configures logging still receives the records.
logging.getLogger("geopy").addHandler(logging.NullHandler())


class GeocoderFallbackWarning(UserWarning):
    """The online geocoder failed; the offline gazetteer answered instead."""


class SupportsGeocode(Protocol):
    """Anything with geopy's ``geocode(query, exactly_one=True)`` method."""

    def geocode(self, query: str, *, exactly_one: bool = True) -> Any:
        """Return a :class:`geopy.location.Location` or None."""


@dataclass(frozen=True)
class _Located:
    """One geocoding result, whatever produced it."""

    place_name: str
    place_id: str
    admin1: str | None
    geo_precision: str
    match_score: float
    latitude: float
    longitude: float
    alternatives: str
    by_context: bool

    def as_row(self) -> dict[str, Any]:
        return {
            "place_name": self.place_name,
            "place_id": self.place_id,
            "admin1": self.admin1,
            "geo_precision": self.geo_precision,
            "match_score": self.match_score,
            "resolved": True,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "alternatives": self.alternatives,
            "by_context": self.by_context,
        }


_UNRESOLVED: dict[str, Any] = {
    "place_name": None,
    "place_id": None,
    "admin1": None,
    "geo_precision": None,
    "match_score": math.nan,
    "resolved": False,
    "latitude": math.nan,
    "longitude": math.nan,
    "alternatives": "",
    "by_context": False,
}


def _from_resolution(res: Resolution) -> _Located:
    names = dict.fromkeys(
        f"{p.name} ({p.admin1})" if p.admin1 else p.name for p in res.alternatives
    )
    return _Located(
        place_name=res.place.name,
        place_id=res.place.place_id,
        admin1=res.place.admin1,
        geo_precision=res.place.precision,
        match_score=res.score,
        latitude=res.place.lat,
        longitude=res.place.lon,
        alternatives="|".join(names),
        by_context=res.by_context,
    )


def _from_location(location: Location, gazetteer: Gazetteer) -> _Located | None:
    lat, lon = float(location.latitude), float(location.longitude)
    if not SYRIA_BOUNDS.contains(lon, lat):  # online results outside Syria are discarded
        return None
    raw = location.raw if isinstance(location.raw, dict) else {}
    kind = str(raw.get("addresstype") or raw.get("type") or "")
    osm = f"{raw.get('osm_type', '')}{raw.get('osm_id', '')}" or str(raw.get("place_id", ""))
    name = str(raw.get("name") or location.address.split(",")[0])
    admin1 = _admin1_of(lat, lon, gazetteer)
    return _Located(
        place_name=name,
        place_id=f"online:{osm}",
        admin1=admin1,
        geo_precision=_NOMINATIM_PRECISION.get(kind, "town"),
        match_score=ONLINE_SCORE,
        latitude=lat,
        longitude=lon,
        alternatives="",
        by_context=False,
    )


def _admin1_of(lat: float, lon: float, gazetteer: Gazetteer) -> str | None:
    """Governorate of the nearest gazetteer town (no polygons at run time)."""
    best, best_d = None, math.inf
    for place in gazetteer.places:
        if place.precision != "town":
            continue
        d = (place.lat - lat) ** 2 + ((place.lon - lon) * math.cos(math.radians(lat))) ** 2
        if d < best_d:
            best, best_d = place.admin1, d
    return best


def _online(query: str, online: SupportsGeocode, gazetteer: Gazetteer) -> _Located | None:
    """Ask the online geocoder; raise GeocoderServiceError when it fails."""
    try:
        location = online.geocode(query, exactly_one=True)
    except (GeopyError, OSError) as exc:
        raise GeocoderServiceError(f"online geocoder failed for {query!r}: {exc}") from exc
    except (KeyError, TypeError, ValueError) as exc:  # JSON of an unexpected shape
        raise GeocoderServiceError(
            f"online geocoder gave an unreadable answer for {query!r}: {exc!r}"
        ) from exc
    if isinstance(location, list):
        location = location[0] if location else None
    return None if location is None else _from_location(location, gazetteer)


def _locate(
    event: StrikeEvent,
    gazetteer: Gazetteer,
    online: SupportsGeocode | None,
    fallback: bool,
) -> _Located | None:
    name = event.place_as_written
    if event.place_level == "governorate" and event.admin1_hint:
        # A governorate named as the struck area resolves to the governorate, not its capital;
        # "the countryside of Damascus" or a bare "Damascus" in a list of provinces is the
        # governorate around the capital, unless the report writes "governorate".
        word = split_designator(event.place_as_written)[1]
        name = f"{event.admin1_hint} {'governorate' if word == 'governorate' else 'province'}"

    def offline() -> _Located | None:
        res = gazetteer.resolve(
            name, city=event.city_hint, admin1=event.admin1_hint, context=event.context_places
        )
        return None if res is None else _from_resolution(res)

    def ask_online(service: SupportsGeocode) -> _Located | None:
        query = f"{name}, {event.city_hint}" if event.city_hint else name
        return _online(query, service, gazetteer)

    if online is None:
        return offline()
    if fallback:
        found = offline()
        if found is not None:
            return found
        try:
            return ask_online(online)
        except GeocoderServiceError as exc:
            warnings.warn(f"{exc}; left unresolved", GeocoderFallbackWarning, stacklevel=4)
            return None
    try:
        found = ask_online(online)
    except GeocoderServiceError as exc:
        warnings.warn(f"{exc}; using the offline gazetteer", GeocoderFallbackWarning, stacklevel=4)
        return offline()
    return found if found is not None else offline()


def geocode_events(
    events: Sequence[StrikeEvent],
    *,
    gazetteer: Gazetteer | None = None,
    online: SupportsGeocode | None = None,
    fallback: bool = True,
) -> pd.DataFrame:
    """Locate each event's place; one row per event, unresolved rows kept.

    Parameters
    ----------
    events : sequence of StrikeEvent
        Events from the extraction stage.
    gazetteer : Gazetteer, optional
        Defaults to the packaged gazetteer (:func:`geo.geocode.gazetteer.load_gazetteer`).
    online : geopy Geocoder or CachedGeocoder, optional
        An online geocoder (see :func:`make_nominatim`). None (the default)
        keeps everything offline.
    fallback : bool, optional
        With ``online``: True asks the online geocoder only for names the
        gazetteer cannot resolve; False asks it first for every name and uses
        the gazetteer when it finds nothing or fails. A failure emits a
        :class:`GeocoderFallbackWarning`.

    Returns
    -------
    pandas.DataFrame
        The fields of :meth:`StrikeEvent.as_dict` followed by
        :data:`GEOCODE_COLUMNS`. ``latitude``/``longitude`` are NaN and
        ``resolved`` is False when no place was found: coordinates are never
        invented.
    """
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    fields = _event_columns()
    # Offline resolution depends only on the name and its hints: resolve each
    # distinct (name, hints) once per call. Online answers are cached by the
    # geocoder itself, and its failures must warn for each event.
    cache: dict[tuple[Any, ...], dict[str, Any]] = {}
    rows = []
    for event in events:
        key = (
            event.place_as_written,
            event.city_hint,
            event.admin1_hint,
            event.context_places,
            event.place_level,
        )
        found = cache.get(key) if online is None else None
        if found is None:
            located = _locate(event, gaz, online, fallback)
            found = located.as_row() if located is not None else _UNRESOLVED
            cache[key] = found
        if event.offset_km is not None and event.offset_bearing is not None and found["resolved"]:
            found = _offset(found, event.offset_km, event.offset_bearing, event.offset_written)
        row = [getattr(event, f) for f in fields]
        row[_CONTEXT_AT] = "|".join(event.context_places)
        rows.append([*row, *(found[c] for c in GEOCODE_COLUMNS)])
    frame = pd.DataFrame(rows, columns=[*fields, *GEOCODE_COLUMNS])
    frame["resolved"] = frame["resolved"].astype(bool)
    frame["by_context"] = frame["by_context"].astype(bool)
    for col in ("match_score", "latitude", "longitude"):
        frame[col] = frame[col].astype(float)
    return frame


_GEOD = Geod(ellps="WGS84")


def _offset(found: dict[str, Any], km: float, bearing: float, written: bool) -> dict[str, Any]:
    """Move a located place by a distance and bearing (on the WGS84 ellipsoid).

    A distance the report does not give (``written`` False) is a nominal one:
    the point is located to "direction", coarse.
    """
    lon, lat, _ = _GEOD.fwd(found["longitude"], found["latitude"], bearing, km * 1000.0)
    precision = "offset" if written else "direction"
    return {**found, "latitude": lat, "longitude": lon, "geo_precision": precision}


def _event_columns() -> list[str]:
    return list(StrikeEvent.__dataclass_fields__)


_CONTEXT_AT = _event_columns().index("context_places")


class CachedGeocoder:
    """An online geocode function behind a persistent JSON cache.

    Each query is looked up in the cache first; misses call ``geocode`` (for
    Nominatim, a :class:`geopy.extra.rate_limiter.RateLimiter`) and are
    stored, hits and misses alike ("not found" is cached too). The cache file
    is rewritten atomically (:func:`geo.output.export.write_with`), so an
    interrupted run never leaves a truncated cache.

    Parameters
    ----------
    geocode : callable
        ``geocode(query, exactly_one=True, **kwargs)`` returning a geopy
        ``Location`` or None, raising :class:`geopy.exc.GeopyError` on
        service errors.
    cache_path : Path
        JSON file; created with its folder if missing.
    query_kwargs : dict, optional
        Extra keyword arguments for every call (e.g. ``country_codes``).
    """

    def __init__(
        self,
        geocode: Callable[..., Location | None],
        cache_path: Path,
        *,
        query_kwargs: dict[str, Any] | None = None,
    ) -> None:
        self._geocode = geocode
        self.cache_path = Path(cache_path)
        self._kwargs = dict(query_kwargs or {})
        self._lock = threading.Lock()
        self._cache: dict[str, dict[str, Any] | None] = _read_cache(self.cache_path)

    def geocode(self, query: str, *, exactly_one: bool = True) -> Location | None:
        """Geocode ``query`` from the cache or the service.

        Parameters
        ----------
        query : str
            Free-text query.
        exactly_one : bool, optional
            Accepted for geopy compatibility; one location is always returned.

        Returns
        -------
        geopy.location.Location or None
        """
        key = _cache_key(query, self._kwargs)
        with self._lock:
            if key in self._cache:
                return _location_from_json(self._cache[key])
        location = self._geocode(query, exactly_one=True, **self._kwargs)
        if isinstance(location, list):
            location = location[0] if location else None
        with self._lock:
            self._cache[key] = _location_to_json(location)
            _write_cache_atomically(self.cache_path, self._cache)
        return location


def _cache_key(query: str, kwargs: dict[str, Any]) -> str:
    extras = ";".join(f"{k}={kwargs[k]}" for k in sorted(kwargs))
    return f"{normalize(query)}|{query.strip().lower()}|{extras}"


def _location_to_json(location: Location | None) -> dict[str, Any] | None:
    if location is None:
        return None
    raw = location.raw if isinstance(location.raw, dict) else {}
    return {
        "address": location.address,
        "latitude": location.latitude,
        "longitude": location.longitude,
        "raw": json.loads(json.dumps(raw, default=str)),
    }


def _location_from_json(data: dict[str, Any] | None) -> Location | None:
    if data is None:
        return None
    return Location(data["address"], (data["latitude"], data["longitude"]), data["raw"])


def _read_cache(path: Path) -> dict[str, dict[str, Any] | None]:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GeocoderServiceError(f"{path}: geocoding cache is unreadable: {exc}") from exc
    if not isinstance(data, dict):
        raise GeocoderServiceError(f"{path}: geocoding cache is not a JSON object")
    return data


def _write_cache_atomically(path: Path, cache: dict[str, Any]) -> None:
    def dump(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(cache, handle, ensure_ascii=False, indent=1, sort_keys=True)

    write_with(path, dump)


def make_nominatim(
    user_agent: str,
    cache_path: Path,
    min_delay_seconds: float = 1.0,
    *,
    domain: str | None = None,
    scheme: str = "https",
    max_retries: int = DEFAULT_RETRIES,
    error_wait_seconds: float = DEFAULT_ERROR_WAIT_SECONDS,
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
) -> CachedGeocoder:
    """Build an opt-in, rate-limited, cached Nominatim geocoder for Syria.

    Respect the Nominatim usage policy: a real ``user_agent`` naming your
    application, at most one request per second, results cached.

    Parameters
    ----------
    user_agent : str
        Identifies the application to the service.
    cache_path : Path
        JSON cache of past answers (written atomically).
    min_delay_seconds : float, optional
        Minimum delay between requests.
    domain : str, optional
        Service host; geopy's public Nominatim when None.
    scheme : str, optional
        ``"https"`` or ``"http"`` (for a self-hosted or local service).
    max_retries : int, optional
        Retries on service errors before giving up.
    error_wait_seconds : float, optional
        Wait before each retry (at least ``min_delay_seconds``).
    timeout : float, optional
        Seconds to wait for each answer before counting the request as failed.

    Returns
    -------
    CachedGeocoder
        Pass it as ``online=`` to :func:`geocode_events`.
    """
    if not user_agent or not user_agent.strip():
        raise ValueError(f"user_agent must name the application, instead got: {user_agent!r}")
    extra = {"domain": domain} if domain else {}
    # URLLibAdapter makes exactly one HTTP request per call. geopy's default
    # adapter (requests, when installed) retries 429s and timeouts itself,
    # immediately, behind the rate limiter's back.
    nominatim = Nominatim(
        user_agent=user_agent,
        scheme=scheme,
        timeout=timeout,
        adapter_factory=URLLibAdapter,
        **extra,
    )
    limited = RateLimiter(
        nominatim.geocode,
        min_delay_seconds=min_delay_seconds,
        max_retries=max_retries,
        error_wait_seconds=max(error_wait_seconds, min_delay_seconds),
        swallow_exceptions=False,
    )
    return CachedGeocoder(
        limited, cache_path, query_kwargs={"country_codes": "sy", "addressdetails": False}
    )
