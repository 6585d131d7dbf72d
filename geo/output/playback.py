"""Time playback: a self-contained HTML map that plays the strikes day by day.

The page holds every strike once, with the day it fell on, and every distinct
state of the control areas once, with the days it was in force. A small script
(``geo/data/playback.js``) shows, for the day in the readout, the strikes of
that day and the previous ones fading over a chosen span, and the control
areas in force that day. Play, pause, steps of a day or a week and a slider
move the day.

Where the control areas come from is one argument, ``control_for``: any
function giving the control in force on a date (a
:class:`~geo.control.layers.ControlLayer`, a GeoDataFrame with ``faction`` and
``geometry`` columns, or None for none). :func:`control_from_layers` makes one
from the dated layers of :mod:`geo.control.layers`.

All text reaches the page as data; the script puts it in with
``textContent``, never as markup.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeAlias

import folium
import folium.plugins
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from branca.element import MacroElement
from jinja2 import Template

from geo.control.layers import Basemap, layer_for_date
from geo.output.assets import apply_assets, inline_assets
from geo.output.webmap import (
    CONTROL_TOLERANCE,
    DATA_ATTRIBUTION,
    DEFAULT_TITLE,
    FACTION_COLOURS,
    SEA_COLOUR,
    Control,
    LayerLike,
    Overlay,
    PageStyle,
    RawText,
    add_basemap,
    add_city_labels,
    area_features,
    base_map,
    column_or_none,
    control_as_of,
    control_frame,
    date_range_text,
    esc,
    event_dates,
    faction_label,
    fit_view,
    legend_html,
    located,
    pack_strike_data,
    strike_data,
    strike_script,
    title_lines,
)
from geo.output.webmap import (
    load_basemap as load_web_basemap,
)
from geo.record import FACTIONS
from geo.resources import data_dir

#: A function giving the control areas in force on a date.
ControlSource: TypeAlias = Callable[[date], Control]
#: The playback script (vanilla JS on top of Leaflet), shipped as package data.
PLAYBACK_JS = data_dir() / "playback.js"
#: Fade spans offered by the page, in days (0: strikes stay, no fading).
FADE_CHOICES = (1, 3, 7, 14, 30, 0)
#: Default fade span, in days.
DEFAULT_FADE_DAYS = 7


def control_from_layers(layers: Sequence[LayerLike]) -> ControlSource:
    """Return a control source that picks the dated layer in force on each day.

    Parameters
    ----------
    layers : sequence of ControlLayer
        Dated layers (see :func:`geo.control.layers.load_layers`); may be empty.

    Returns
    -------
    callable
        ``control_for(day)``: the latest layer dated on or before ``day``
        (the earliest before the first one), None when there is no layer.
    """
    ordered = sorted(layers, key=lambda layer: layer.date)
    if not ordered:
        return lambda _day: None
    return lambda day: layer_for_date(ordered, day)


def _fingerprint(gdf: gpd.GeoDataFrame) -> str:
    """Return a digest of a control state's factions and geometries (equal states, equal digest)."""
    h = hashlib.sha256()
    for faction, geom in zip(gdf["faction"].astype(str), gdf.geometry, strict=True):
        h.update(faction.encode())
        h.update(shapely.to_wkb(geom, hex=False) if geom is not None else b"")
    return h.hexdigest()


def _state_geojson(gdf: gpd.GeoDataFrame) -> dict[str, Any]:
    known = gdf[gdf["faction"].isin(FACTIONS)]
    features = [
        {"type": "Feature", "properties": f["properties"], "geometry": f["geometry"]}
        for f in area_features(known, CONTROL_TOLERANCE)
    ]
    return {"type": "FeatureCollection", "features": features}


@dataclass(frozen=True)
class ControlTimeline:
    """The distinct control states of a span of days and when each is in force.

    Attributes
    ----------
    states : list of dict
        One GeoJSON FeatureCollection per distinct state (``faction`` property).
    labels : list of str or None
        What each state is "as of" (a layer's date), for the readout.
    changes : list of (int, int)
        ``(day index, state index)`` at each day the state changes, the first
        at day 0; state index -1 means no control areas.
    """

    states: list[dict[str, Any]]
    labels: list[str | None]
    changes: list[tuple[int, int]]

    def state_on(self, day_index: int) -> int:
        """Return the state index in force on a day index (-1: none)."""
        current = -1
        for start, state in self.changes:
            if start > day_index:
                break
            current = state
        return current


def control_timeline(control_for: ControlSource, start: date, days: int) -> ControlTimeline:
    """Call ``control_for`` on every day and keep each distinct state once.

    Parameters
    ----------
    control_for : callable
        The control source (see :data:`ControlSource`).
    start : date
        First day.
    days : int
        Number of days.

    Returns
    -------
    ControlTimeline
    """
    states: list[dict[str, Any]] = []
    labels: list[str | None] = []
    by_digest: dict[str, int] = {}
    by_object: dict[int, int] = {}
    keep: list[Control] = []  # keeps id() of the objects seen unique during the loop
    changes: list[tuple[int, int]] = []
    for i in range(days):
        control = control_for(start + timedelta(days=i))
        keep.append(control)
        index = by_object.get(id(control))
        if index is None:
            gdf = control_frame(control)
            if gdf is None:
                index = -1
            else:
                digest = _fingerprint(gdf)
                index = by_digest.get(digest, -2)
                if index == -2:
                    index = by_digest[digest] = len(states)
                    states.append(_state_geojson(gdf))
                    labels.append(control_as_of(control))
            by_object[id(control)] = index
        if not changes or changes[-1][1] != index:
            changes.append((i, index))
    return ControlTimeline(states=states, labels=labels, changes=changes)


def playback_data(
    events: gpd.GeoDataFrame,
    control_for: ControlSource,
    *,
    date_range: tuple[date | None, date | None] | None = None,
    fade_days: int = DEFAULT_FADE_DAYS,
) -> dict[str, Any]:
    """Return what the playback page needs, as JSON-serialisable data.

    Parameters
    ----------
    events : GeoDataFrame
        Events in EPSG:4326; those with a point and a date are played.
    control_for : callable
        Control source (see :data:`ControlSource`).
    date_range : (date, date), optional
        First and last day of the playback; default the events' first and
        last dates (either end may be None to use the events' own).
    fade_days : int
        Span after which a strike has faded out (0: strikes stay).

    Returns
    -------
    dict
        ``start`` (ISO day), ``days``, ``strikes`` (the columns of
        :func:`geo.output.webmap.strike_data` plus ``day``, one day index per
        strike, sorted by day), ``states``, ``labels``, ``changes`` (see
        :class:`ControlTimeline`), ``fade`` and ``fades`` (choices).
    """
    first, last = event_dates(events)
    if date_range is not None:
        first, last = date_range[0] or first, date_range[1] or last
    points = located(events)
    days_of = pd.to_datetime(column_or_none(points, "event_date"), errors="coerce")
    if first is None or last is None or last < first:
        first = last = first or last or date.today()
    start = pd.Timestamp(first)
    index = ((days_of - start).dt.days).to_numpy(dtype="float64", na_value=np.nan)
    total = (last - first).days + 1
    keep = ~np.isnan(index) & (index >= 0) & (index < total)
    played = points.loc[keep]
    order = np.argsort(index[keep], kind="stable")
    played = played.iloc[order]
    strikes = strike_data(played)
    strikes["day"] = index[keep][order].astype(int).tolist()
    timeline = control_timeline(control_for, first, total)
    return {
        "start": first.isoformat(),
        "days": total,
        "strikes": strikes,
        "states": timeline.states,
        "labels": timeline.labels,
        "changes": [list(c) for c in timeline.changes],
        "fade": int(fade_days),
        "fades": list(FADE_CHOICES),
    }


class PlaybackLayer(MacroElement):
    """The playback script and its data, added to a folium map.

    Parameters
    ----------
    data : dict
        From :func:`playback_data`.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this.library }}
        window.StrikemapPlayback.start({{ this._parent.get_name() }}, "{{ this.blob }}");
        {% endmacro %}
        """
    )

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__()
        self._name = "Playback"
        # Base64 of deflated JSON: nothing in it can end the script or run code.
        self.blob = pack_strike_data(data)
        self.library = strike_script(PLAYBACK_JS)

    def render(self, **kwargs: Any) -> None:
        """Add the script to the page without compiling the data as a template."""
        script = self._template.module.__dict__["script"](self, kwargs)
        self.get_root().script.add_child(RawText(str(script)), name=self.get_name())


def _title_markup(
    title: str,
    subtitle: str | None,
    *,
    start: date,
    end: date,
    played: int,
    left_out: int,
) -> str:
    parts = title_lines(title, subtitle)
    sub = f"{date_range_text(start, end)} &middot; {played} strike{'s' if played != 1 else ''}"
    if left_out:
        sub += f" ({left_out} without a place or date in range, not played)"
    parts.append(f'<div class="sm-sub">{sub}</div>')
    return "".join(parts)


_PLAYBACK_CSS = """
<style>
.sm-playback { min-width: 17rem; }
.sm-playback .sm-pb-row { display: flex; align-items: center; gap: 4px; margin: 2px 0;
    flex-wrap: wrap; }
.sm-playback button { border: 1px solid #999; background: #fff; border-radius: 3px;
    padding: 1px 7px; font: inherit; cursor: pointer; min-width: 2.2em; }
.sm-playback button:focus-visible, .sm-playback input:focus-visible,
.sm-playback select:focus-visible { outline: 2px solid #0072B2; outline-offset: 1px; }
.sm-playback .sm-play { min-width: 4.2em; font-weight: 600; }
.sm-playback .sm-date { font-weight: 600; font-size: 14px; margin-left: 4px;
    font-variant-numeric: tabular-nums; }
.sm-playback input[type=range] { width: 100%; margin: 2px 0; }
.sm-playback select { font: inherit; }
.sm-playback label { display: inline-flex; gap: 3px; align-items: center; }
</style>
"""


def build_playback_map(
    events: gpd.GeoDataFrame,
    control_for: ControlSource | None = None,
    *,
    layers: Sequence[LayerLike] | None = None,
    basemap: Basemap | None = None,
    title: str = DEFAULT_TITLE,
    subtitle: str | None = None,
    date_range: tuple[date | None, date | None] | None = None,
    fade_days: int = DEFAULT_FADE_DAYS,
) -> folium.Map:
    """Build the playback map (inline assets; render it with :func:`playback_html`).

    Parameters are those of :func:`playback_html`.

    Returns
    -------
    folium.Map
    """
    if control_for is None:
        control_for = control_from_layers(layers or [])
    data = playback_data(events, control_for, date_range=date_range, fade_days=fade_days)
    start = date.fromisoformat(data["start"])
    end = start + timedelta(days=data["days"] - 1)
    played = len(data["strikes"]["day"])
    m = base_map(labels_z=380)
    base = basemap if basemap is not None else load_web_basemap()
    if base is not None:
        add_basemap(m, base)
        add_city_labels(m, base.cities)
    Overlay(
        _title_markup(
            title,
            subtitle,
            start=start,
            end=end,
            played=played,
            left_out=len(events) - played,
        ),
        position="topright",
        css_class="sm-box sm-titlebox",
    ).add_to(m)
    Overlay(
        legend_html(FACTIONS, with_areas=bool(data["states"])),
        position="bottomright",
        css_class="sm-box sm-legend",
    ).add_to(m)
    attribution = DATA_ATTRIBUTION
    if data["states"]:
        attribution += " &middot; Control areas: approximate"
    PageStyle(background=SEA_COLOUR, attribution=attribution).add_to(m)
    m.get_root().header.add_child(RawText(_PLAYBACK_CSS), name="playback_css")
    folium.plugins.Fullscreen(position="topleft").add_to(m)
    data["factions"] = {f: [faction_label(f), c] for f, c in FACTION_COLOURS.items()}
    PlaybackLayer(data).add_to(m)
    fit_view(m, events)
    m.get_root().title = esc(title)
    return apply_assets(m, "inline")


def playback_html(
    events: gpd.GeoDataFrame,
    control_for: ControlSource | None = None,
    *,
    layers: Sequence[LayerLike] | None = None,
    basemap: Basemap | None = None,
    title: str = DEFAULT_TITLE,
    subtitle: str | None = None,
    date_range: tuple[date | None, date | None] | None = None,
    fade_days: int = DEFAULT_FADE_DAYS,
) -> str:
    """Return a self-contained HTML page that plays the strikes day by day.

    Every script, stylesheet and font is inline: opened from ``file://`` the
    page makes no outside request.

    Parameters
    ----------
    events : GeoDataFrame
        Joined events in EPSG:4326; those with a point and a date in the range
        are played, the others are counted in the title box.
    control_for : callable, optional
        Control areas in force on a day (see :data:`ControlSource`); default
        :func:`control_from_layers` of ``layers``. Each distinct state is
        stored once.
    layers : sequence of ControlLayer, optional
        Dated control layers, used when ``control_for`` is not given.
    basemap : Basemap, optional
        Default: :func:`geo.output.webmap.load_basemap`.
    title, subtitle : str
        Shown in the title box (escaped).
    date_range : (date, date), optional
        First and last day of the playback; default the events' dates.
    fade_days : int
        Initial fade span in days (the reader can change it); 0 keeps every
        strike on the map once it has appeared.

    Returns
    -------
    str
        The page.

    Examples
    --------
    >>> from geo.control.layers import load_layers
    >>> html = playback_html(events, layers=load_layers(), title="Strikes")  # doctest: +SKIP
    """
    m = build_playback_map(
        events,
        control_for,
        layers=layers,
        basemap=basemap,
        title=title,
        subtitle=subtitle,
        date_range=date_range,
        fade_days=fade_days,
    )
    return inline_assets(m.get_root().render())
