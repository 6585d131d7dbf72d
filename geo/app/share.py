"""A view to share: the filters, dates, day shown and map position as URL parameters.

The page reads them once, on a session's first run, into the widgets' state, and
writes them back whenever the view changes, so that the page's address reopens
the same view. Values that do not fit the table (an unknown faction, a date out
of range, a malformed number) are dropped, never raised: a link is untrusted input.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from geo.record import MAX_ZOOM, MIN_ZOOM, BBox

#: Widget key of each multi-choice filter -> its URL parameter.
FILTER_PARAMS = {
    "f_factions": "ground",
    "f_claimants": "claimant",
    "f_actors": "actor",
    "f_docs": "doc",
    "f_precisions": "located",
}
TEXT_PARAM = "q"
FROM_PARAM, TO_PARAM, DAY_PARAM = "from", "to", "day"
LAT_PARAM, LON_PARAM, ZOOM_PARAM = "lat", "lon", "zoom"
#: Session-state keys the page uses for the date range, the day shown and the map view.
DATES_KEY, DAY_KEY, TEXT_KEY, MAP_KEY = "dates", "ground_day", "f_text", "map_view"
#: Longest quote search kept from a link.
MAX_TEXT = 200


def _day(values: Sequence[str]) -> date | None:
    try:
        return date.fromisoformat(values[-1]) if values else None
    except ValueError:
        return None


def _number(values: Sequence[str], low: float, high: float) -> float | None:
    try:
        value = float(values[-1]) if values else math.nan
    except ValueError:
        return None
    return value if math.isfinite(value) and low <= value <= high else None


def state_from_params(
    params: Mapping[str, Sequence[str]],
    options: Mapping[str, Sequence[str]],
    bounds: tuple[date, date] | None,
) -> dict[str, Any]:
    """Return the session state a shared link asks for.

    Parameters
    ----------
    params : mapping of str to sequence of str
        Every value of each URL parameter (``st.query_params.get_all``).
    options : mapping of str to sequence of str
        The choices each filter widget (keys of :data:`FILTER_PARAMS`) offers.
    bounds : (date, date), optional
        The first and last event dates; dates outside are clamped.

    Returns
    -------
    dict
        Widget keys and values: the multi-choice filters, ``f_text``, ``dates``
        (first, last), ``ground_day`` and ``map_view`` (lat, lon, zoom), each
        only when the link gives a usable value.
    """
    state: dict[str, Any] = {}
    for key, name in FILTER_PARAMS.items():
        allowed = set(options.get(key, ()))
        picked = list(dict.fromkeys(v for v in params.get(name, ()) if v in allowed))
        if picked:
            state[key] = picked
    text = (list(params.get(TEXT_PARAM, ())) or [""])[-1].strip()[:MAX_TEXT]
    if text:
        state[TEXT_KEY] = text
    if bounds is not None:
        first, last = bounds

        def clamp(d: date) -> date:
            return min(max(d, first), last)

        lo, hi = _day(params.get(FROM_PARAM, ())), _day(params.get(TO_PARAM, ()))
        if lo or hi:
            lo, hi = clamp(lo or first), clamp(hi or last)
            if lo <= hi and (lo, hi) != (first, last):
                state[DATES_KEY] = (lo, hi)
        shown = _day(params.get(DAY_PARAM, ()))
        if shown is not None:
            lo, hi = state.get(DATES_KEY, (first, last))
            state[DAY_KEY] = min(max(shown, lo), hi)
    lat = _number(params.get(LAT_PARAM, ()), -90, 90)
    lon = _number(params.get(LON_PARAM, ()), -180, 180)
    zoom = _number(params.get(ZOOM_PARAM, ()), 0, 30)
    if lat is not None and lon is not None and zoom is not None:
        # The view the map will show: a zoom it does not allow is clamped, as Leaflet would.
        state[MAP_KEY] = (lat, lon, min(max(int(zoom), MIN_ZOOM), MAX_ZOOM))
    return state


def params_from_state(state: Mapping[str, Any], bounds: tuple[date, date] | None) -> dict:
    """Return the URL parameters of the view in ``state`` (defaults left out).

    Parameters
    ----------
    state : mapping
        The session state (widget keys as in :func:`state_from_params`).
    bounds : (date, date), optional
        The first and last event dates: a date range covering them is the
        default and is not written.

    Returns
    -------
    dict of str to str or list of str
    """
    params: dict[str, Any] = {}
    for key, name in FILTER_PARAMS.items():
        values = [str(v) for v in state.get(key) or ()]
        if values:
            params[name] = values
    text = str(state.get(TEXT_KEY) or "").strip()
    if text:
        params[TEXT_PARAM] = text
    span = state.get(DATES_KEY)
    if span and bounds is not None and tuple(span) != tuple(bounds):
        params[FROM_PARAM], params[TO_PARAM] = span[0].isoformat(), span[1].isoformat()
    shown = state.get(DAY_KEY)
    if isinstance(shown, date):
        params[DAY_PARAM] = shown.isoformat()
    view = state.get(MAP_KEY)
    if view:
        lat, lon, zoom = view
        params[LAT_PARAM], params[LON_PARAM] = f"{lat:.4f}", f"{lon:.4f}"
        params[ZOOM_PARAM] = str(int(zoom))
    return params


def map_view_of(returned: Mapping[str, Any] | None) -> tuple[float, float, int] | None:
    """Return (lat, lon, zoom) from what the map component returned, or None."""
    returned = returned or {}
    center, zoom = returned.get("center") or {}, returned.get("zoom")
    try:
        return float(center["lat"]), float(center["lng"]), int(zoom)  # type: ignore[arg-type]
    except (KeyError, TypeError, ValueError):  # a missing or malformed view: None
        return None


#: Two map centres closer than this, in degrees (about 10 m), are one view: the map
#: reports back a centre snapped to its pixels, which must not count as a move (each move
#: reruns the page and sets the view again).
SAME_CENTRE_DEG = 1e-4


def same_view(a: tuple[float, float, int] | None, b: tuple[float, float, int] | None) -> bool:
    """Whether two (lat, lon, zoom) views are the same, up to the map's pixel snapping.

    Parameters
    ----------
    a, b : (lat, lon, zoom) or None
        Map views; None is only the same as None.

    Returns
    -------
    bool
    """
    if a is None or b is None:
        return a is b
    return (
        a[2] == b[2] and abs(a[0] - b[0]) < SAME_CENTRE_DEG and abs(a[1] - b[1]) < SAME_CENTRE_DEG
    )


def map_moved(
    reported: tuple[float, float, int] | None,
    asked: tuple[float, float, int] | None,
    settled: bool,
) -> bool:
    """Whether the analyst moved the map: a report away from the view asked for.

    On a run that asks the map for a new view (a place found, a shared link), the
    component still returns where it was; and on a slow machine the map may report its
    own first view before it shows the one asked for. Taking either for a move would ask
    for that old view on the next run: a shared link would open where the map began. So a
    report counts only once the map has shown the view asked for (see :func:`map_settled`).

    Parameters
    ----------
    reported : (lat, lon, zoom) or None
        What the map returned on this run.
    asked : (lat, lon, zoom) or None
        The view this run asks the map for.
    settled : bool
        Whether the map showed ``asked`` on an earlier run that asked for it too; no
        view asked for (None, the map's own fit) needs none.

    Returns
    -------
    bool
    """
    if reported is None or not (settled or asked is None):
        return False
    return not same_view(reported, asked)


def map_settled(
    reported: tuple[float, float, int] | None,
    asked: tuple[float, float, int] | None,
    settled_before: bool,
) -> bool:
    """Whether the map has shown the view asked for, as of this run.

    Parameters
    ----------
    reported : (lat, lon, zoom) or None
        What the map returned on this run.
    asked : (lat, lon, zoom) or None
        The view this run asks the map for; None (the map's own fit) asks for nothing
        and so is settled from the start.
    settled_before : bool
        Whether the map had shown ``asked`` on an earlier run that asked for it (false
        when the ask or the map itself is new).

    Returns
    -------
    bool
    """
    return asked is None or settled_before or same_view(reported, asked)


def bounds_of(returned: Mapping[str, Any] | None) -> BBox | None:
    """Return the box the map component shows, its edges named, or None.

    Parameters
    ----------
    returned : mapping or None
        What the map component returned: Leaflet's ``bounds`` with its
        ``_southWest`` and ``_northEast`` corners.

    Returns
    -------
    BBox or None
        None when the bounds are missing, not numbers, or enclose nothing.
    """
    bounds = (returned or {}).get("bounds") or {}
    try:
        sw, ne = bounds["_southWest"], bounds["_northEast"]
        box = BBox(
            west=float(sw["lng"]),
            south=float(sw["lat"]),
            east=float(ne["lng"]),
            north=float(ne["lat"]),
        )
    except (KeyError, TypeError, ValueError):
        return None
    ok = all(math.isfinite(v) for v in box) and box.south < box.north and box.west < box.east
    return box if ok else None
