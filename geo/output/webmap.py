"""The folium map: control areas, strikes, a vector basemap, legend and title.

This module builds the map shared by the app and the static HTML export. It
imports folium, never streamlit. Every text that reaches the page (quotes,
titles, places, sources) is HTML-escaped, and the popup markup is also made
safe for the JavaScript template literal folium wraps it in.
"""

from __future__ import annotations

import base64
import dataclasses
import html
import itertools
import json
import math
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, TypeAlias

import folium
import folium.plugins
import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj
import shapely
from branca.element import Element, MacroElement
from folium.elements import ElementAddToElement
from jinja2 import Template

from geo.analysis.claims import CLAIMED_FACTION
from geo.control import layers as layers_mod
from geo.control.layers import Basemap
from geo.errors import LayerError
from geo.output.assets import DEFAULT_STATIC_URL, apply_assets, inline_assets
from geo.record import FACTIONS, MAX_ZOOM, MIN_ZOOM, SYRIA_BOUNDS
from geo.resources import data_dir

#: Okabe-Ito colours (readable with the common colour-vision deficiencies).
FACTION_COLOURS: dict[str, str] = {
    "isis": "#000000",
    "opposition": "#009E73",
    "regime": "#D55E00",
    "kurdish": "#E69F00",
}
#: Colour of strikes whose ground is unknown (no layer, or outside every area).
UNKNOWN_COLOUR = "#8C8C8C"
#: Colours of the offline basemap, the same on the web map, the playback and the print map:
#: the sea and the page around the map, neighbouring countries and their borders,
#: Syria, its outline and its governorate boundaries.
SEA_COLOUR = "#dfe9ef"
ABROAD_COLOUR = "#ebe8e2"
ABROAD_EDGE_COLOUR = "#b4aea4"
LAND_COLOUR = "#fdfcf9"
OUTLINE_COLOUR = "#4d4d4d"
GOVERNORATE_COLOUR = "#9a9a9a"
#: Legend labels of the factions.
FACTION_LABELS: dict[str, str] = {
    "isis": "ISIS",
    "opposition": "Opposition",
    "regime": "Regime",
    "kurdish": "Kurdish forces",
}
#: Above this many strikes the markers are clustered.
DEFAULT_CLUSTER_THRESHOLD = 150
#: Above this many strikes they are drawn on one canvas from a compact data blob
#: (no DOM node, marker object or popup markup per strike).
DEFAULT_BIG_THRESHOLD = 3000
#: Coordinates of the canvas layer are stored as integers in units of 1e-5 degree (~1 m).
COORD_SCALE = 100_000
#: The canvas layer's drawing and popup code (vanilla JS on top of Leaflet).
STRIKE_CANVAS_JS = data_dir() / "strike_canvas.js"
#: What the canvas layer and the playback share: reading the data, the strike popup.
STRIKE_SHARED_JS = data_dir() / "strike_shared.js"
#: Leaflet.heat options of the heatmap layer.
HEATMAP_OPTIONS = {"radius": 12, "blur": 15, "minOpacity": 0.3, "maxZoom": 11}
#: Default map title.
DEFAULT_TITLE = "Air strikes in Syria"
#: Opt-in tile layers: (name, URL template, attribution).
TILE_LAYERS = (
    (
        "OpenStreetMap",
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        "&copy; OpenStreetMap contributors",
    ),
    (
        "Light (CARTO)",
        "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png",
        "&copy; OpenStreetMap contributors &copy; CARTO",
    ),
    (
        "Satellite (Esri)",
        "https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}",
        "Imagery &copy; Esri, Maxar, Earthstar Geographics",
    ),
)
#: The event columns a map reads (besides ``geometry``): the dates, the popups
#: and the canvas data. A caller holding wider tables may read only these.
MAP_COLUMNS = (
    "event_date",
    "place_name",
    "place_as_written",
    "place_relation",
    "time_precision",
    "controlled_by",
    "control_layer",
    "control_certainty",
    "dist_to_front_km",
    "actor",
    "claimant",
    "claimed_target",
    "claim_vs_ground",
    "dist_to_claimed_km",
    "weapon",
    "geo_precision",
    "ground_as_written",
    "quote",
    "doc",
    "doc_title",
    "doc_url",
    "doc_source",
    "published",
)
#: Attribution of the project's own data, always shown.
DATA_ATTRIBUTION = (
    "Boundaries: UN OCHA Syria CODs (CC BY-IGO), Natural Earth &middot; Places: GeoNames, OCHA"
)


class LayerLike(Protocol):
    """What the map needs from a control layer (see :class:`geo.control.layers.ControlLayer`)."""

    @property
    def date(self) -> date:
        """The day the areas apply from."""
        ...

    @property
    def gdf(self) -> gpd.GeoDataFrame:
        """One row per faction, columns ``faction`` and ``geometry``."""
        ...


#: Control areas as the maps take them: a layer, a GeoDataFrame with ``faction``
#: and ``geometry`` columns (its ``attrs["label"]`` saying what they are as of), or none.
Control: TypeAlias = LayerLike | gpd.GeoDataFrame | None


def control_frame(control: Control) -> gpd.GeoDataFrame | None:
    """Return the control areas as a GeoDataFrame, None when there are none."""
    if control is None:
        return None
    gdf = control if isinstance(control, gpd.GeoDataFrame) else getattr(control, "gdf", None)
    if gdf is None or not len(gdf):
        return None
    return gdf


def control_as_of(control: Control) -> str | None:
    """Return what a map says the areas are "as of": a layer's date, or a frame's label."""
    when = getattr(control, "date", None)
    if isinstance(when, date):
        return when.isoformat()
    if isinstance(control, gpd.GeoDataFrame) and control.attrs.get("label") is not None:
        return str(control.attrs["label"])
    return None


#: Simplification tolerance of basemap polygons, degrees (about 300 m).
BASEMAP_TOLERANCE = 0.003
#: Simplification tolerance of control areas, degrees (about 100 m).
CONTROL_TOLERANCE = 0.001


def simplify(gdf: gpd.GeoDataFrame, tolerance: float) -> gpd.GeoDataFrame:
    """Return ``gdf`` in EPSG:4326, simplified by ``tolerance`` degrees, empty rows dropped."""
    out = gdf.to_crs("EPSG:4326") if gdf.crs is not None else gdf.set_crs("EPSG:4326")
    geoms = out.geometry
    if tolerance > 0 and not geoms.geom_type.isin(["Point", "MultiPoint"]).all():
        geoms = geoms.simplify(tolerance, preserve_topology=True)
    geoms = shapely.set_precision(geoms.values, 1e-4, mode="pointwise")
    out = out.copy()
    out.geometry = gpd.GeoSeries(geoms, index=out.index, crs="EPSG:4326")
    return out[~out.geometry.is_empty & out.geometry.notna()]


@lru_cache(maxsize=1)
def _wgs84() -> pyproj.CRS:
    # Parsed once: ``to_crs("EPSG:4326")`` parses it on every call, then returns
    # a copy of a frame already in it (about 4 ms a layer).
    return pyproj.CRS.from_user_input("EPSG:4326")


@lru_cache(maxsize=2048)
def _simple_geometry(wkb: bytes, tolerance: float) -> dict[str, Any] | None:
    """GeoJSON geometry of a WKB as :func:`simplify` draws it; None if empty (shared: read only)."""
    geom = shapely.from_wkb(wkb)
    if tolerance > 0 and geom.geom_type not in ("Point", "MultiPoint"):
        geom = shapely.simplify(geom, tolerance, preserve_topology=True)
    geom = shapely.set_precision(geom, 1e-4, mode="pointwise")
    if geom is None or geom.is_empty:
        return None
    return geojson_geometry(geom)


def geojson_geometry(geom: shapely.Geometry) -> dict[str, Any]:
    """Return ``json.loads(shapely.to_geojson(geom))``, read from the coordinates for polygons.

    The text round trip took a third of a control area's drawing; the
    coordinates are the same floats (GEOS writes each one exactly) in the same
    rings, in the same order.

    Parameters
    ----------
    geom : shapely.Geometry
        A non-empty 2D geometry.

    Returns
    -------
    dict
        A GeoJSON geometry.
    """
    kind = geom.geom_type
    if kind not in ("Polygon", "MultiPolygon") or shapely.has_z(geom):
        geometry: dict[str, Any] = json.loads(shapely.to_geojson(geom))
        return geometry
    _, coords, offsets = shapely.to_ragged_array([geom])
    points = coords.tolist()
    rings = [points[a:b] for a, b in itertools.pairwise(offsets[0].tolist())]
    polygons = [rings[a:b] for a, b in itertools.pairwise(offsets[1].tolist())]
    return {"type": kind, "coordinates": polygons if kind == "MultiPolygon" else polygons[0]}


def area_features(
    gdf: gpd.GeoDataFrame,
    tolerance: float = CONTROL_TOLERANCE,
    *,
    columns: Sequence[str] = ("faction",),
) -> list[dict[str, Any]]:
    """Return a layer's rows as GeoJSON features, simplified as :func:`simplify` does.

    A control state differs from the one before it in the ground of one or two
    factions, so each geometry is simplified once and reused (cached on its WKB)
    while a build or a playback draws state after state.

    Parameters
    ----------
    gdf : GeoDataFrame
        Polygons (any CRS; drawn in EPSG:4326).
    tolerance : float
        Simplification tolerance in degrees.
    columns : sequence of str
        The columns kept as properties.

    Returns
    -------
    list of dict
        One feature per non-empty row, ``id`` the row's index as text.
    """
    if gdf.crs is not None and not gdf.crs.is_exact_same(_wgs84()):
        gdf = gdf.to_crs("EPSG:4326")
    if not len(gdf):
        return []
    wkbs = shapely.to_wkb(gdf.geometry.values)
    values = [gdf[column].tolist() for column in columns]
    records = [dict(zip(columns, row, strict=True)) for row in zip(*values, strict=True)]
    features = []
    for index, wkb, props in zip(gdf.index, wkbs, records, strict=True):
        geometry = _simple_geometry(wkb, tolerance) if wkb is not None else None
        if geometry is None:
            continue
        features.append(
            {
                "id": str(index),
                "type": "Feature",
                "properties": props,
                "geometry": geometry,
            }
        )
    return features


@lru_cache(maxsize=4)
def _load_basemap_cached(folder: str | None, stamp: tuple[tuple[str, int], ...]) -> Basemap:
    raw = layers_mod.load_basemap(Path(folder) if folder else None)
    return Basemap(
        outline=simplify(raw.outline, BASEMAP_TOLERANCE),
        governorates=simplify(raw.governorates, BASEMAP_TOLERANCE),
        neighbours=simplify(raw.neighbours, BASEMAP_TOLERANCE),
        cities=simplify(raw.cities, 0),
    )


def load_basemap(folder: Path | None = None) -> Basemap | None:
    """Read and simplify the vector basemap (cached until its files change).

    Parameters
    ----------
    folder : Path, optional
        Default: ``layers/basemap`` of the project (see :mod:`geo.control.layers`).

    Returns
    -------
    Basemap or None
        None when the basemap files are missing or unreadable: the map is
        then drawn without it.
    """
    base = Path(folder or layers_mod.DEFAULT_BASEMAP_DIR)
    paths = [base / name for name in layers_mod.BASEMAP_FILES.values()]
    if not all(p.is_file() for p in paths):
        return None
    stamp = tuple((p.name, p.stat().st_mtime_ns) for p in paths)
    try:
        return _load_basemap_cached(str(folder) if folder else None, stamp)
    except LayerError:
        return None


def base_map(*, labels_z: int) -> folium.Map:
    """Return an empty map of Syria with the basemap, control-area and label panes.

    Parameters
    ----------
    labels_z : int
        Stacking order of the city-name pane (markers sit at 600).

    Returns
    -------
    folium.Map
        A full-size map with no tiles.
    """
    m = folium.Map(
        location=[35.0, 38.5],
        zoom_start=7,
        tiles=None,
        minZoom=MIN_ZOOM,
        maxZoom=MAX_ZOOM,
        control_scale=True,
        width="100%",
        height="100%",
    )
    folium.map.CustomPane("basemap", z_index=200, pointer_events=False).add_to(m)
    folium.map.CustomPane("areas", z_index=350, pointer_events=True).add_to(m)
    folium.map.CustomPane("labels", z_index=labels_z, pointer_events=False).add_to(m)
    return m


def layers_in_force(
    layers: Sequence[LayerLike], events: pd.DataFrame, end: date | None
) -> list[LayerLike]:
    """Return the control layers that apply to the events' dates, oldest first.

    Parameters
    ----------
    layers : sequence of ControlLayer
        All layers.
    events : DataFrame
        Events with ``event_date``.
    end : date, optional
        Date used when no event has one (the end of the selected range).

    Returns
    -------
    list of ControlLayer
    """
    if not layers:
        return []
    days = pd.to_datetime(events.get("event_date", pd.Series(dtype=object)), errors="coerce")
    dates = sorted({d.date() for d in days.dropna()})
    picked = [layers_mod.layer_for_date(layers, d) for d in dates] or [
        layers_mod.layer_for_date(layers, end)
    ]
    unique = {id(layer): layer for layer in picked}
    return sorted(unique.values(), key=lambda layer: layer.date)


# ---------------------------------------------------------------------------
# Text helpers


def _present(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    try:
        if pd.isna(value):
            return False
    except (TypeError, ValueError):
        pass
    return str(value).strip() != ""


def esc(value: Any) -> str:
    """Return ``value`` as HTML-escaped text (empty for missing values)."""
    if not _present(value):
        return ""
    if isinstance(value, datetime | pd.Timestamp):
        value = value.date().isoformat()
    elif isinstance(value, date):
        value = value.isoformat()
    return html.escape(str(value), quote=True)


def js_template_safe(markup: str) -> str:
    """Make markup safe inside a JavaScript template literal.

    folium embeds popup and tooltip HTML in backquoted strings, where a
    backquote ends the string, ``${`` runs code and a backslash escapes; all
    three become HTML character references, which display the same.
    """
    return markup.replace("\\", "&#92;").replace("`", "&#96;").replace("$", "&#36;")


def script_json(value: Any) -> str:
    """Return ``value`` as JSON that can stand inside an HTML ``<script>`` element.

    ``</`` (which could close the element) and ``<!--`` (which changes how it
    is parsed) are written with JSON escapes; the decoded values are unchanged.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("<!--", "\\u003c!--")


def faction_colour(faction: Any) -> str:
    """Return the colour of a faction (grey for unknown or missing)."""
    if not _present(faction):
        return UNKNOWN_COLOUR
    return FACTION_COLOURS.get(str(faction), UNKNOWN_COLOUR)


def faction_label(faction: Any) -> str:
    """Return the display name of a faction ("Unknown" when missing)."""
    if not _present(faction):
        return "Unknown"
    return FACTION_LABELS.get(str(faction), str(faction).title())


def _safe_url(url: Any) -> str | None:
    if not _present(url):
        return None
    text = str(url).strip()
    return text if text.lower().startswith(("http://", "https://")) else None


def popup_html(row: Mapping[str, Any]) -> str:
    """Return the popup markup of one strike (every value escaped).

    Parameters
    ----------
    row : mapping
        One row of the events table (:data:`~geo.record.EVENT_COLUMNS`).

    Returns
    -------
    str
    """
    place = esc(row.get("place_name")) or esc(row.get("place_as_written"))
    written = esc(row.get("place_as_written"))
    if written and written != place:
        place += f' <span class="sm-muted">(&ldquo;{written}&rdquo;)</span>'
    if row.get("place_relation") == "near":
        place = f'<span class="sm-muted">near</span> {place}'
    when = esc(row.get("event_date")) or "date unknown"
    if _present(row.get("time_precision")) and row.get("time_precision") != "day":
        when += f' <span class="sm-muted">(to the {esc(row.get("time_precision"))})</span>'
    ground = faction_label(row.get("controlled_by"))
    if _present(row.get("control_layer")):
        ground += f' <span class="sm-muted">(layer {esc(row.get("control_layer"))})</span>'
    fields = [
        ("Date", when),
        ("Ground held by", ground),
        ("Front", front_text(row)),
        ("Actor", esc(row.get("actor"))),
        ("Claimed by", esc(row.get("claimant"))),
        ("Claimed target", esc(row.get("claimed_target"))),
        ("Claim vs ground", claim_text(row)),
        ("Weapon", esc(row.get("weapon"))),
        ("Located to", esc(row.get("geo_precision"))),
        ("Ground as written", esc(row.get("ground_as_written"))),
    ]
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in fields if v)
    markup = (
        f'<div class="sm-popup"><div class="sm-place">{place}</div>'
        f"<table>{rows}</table>"
        f"<blockquote>{esc(row.get('quote'))}</blockquote>"
        f'<div class="sm-source">Source: {source_html(row)}</div></div>'
    )
    return js_template_safe(markup)


def front_text(row: Mapping[str, Any]) -> str:
    """Return the distance to the front and how sure the ground is, escaped ("" if unknown)."""
    distance = row.get("dist_to_front_km")
    if distance is None or not _present(distance):
        return ""
    text = f"{float(distance):.1f} km away"
    if row.get("control_certainty") == "frontline":
        text += ' <span class="sm-muted">(front line: within the map&rsquo;s accuracy)</span>'
    return text


def source_html(row: Mapping[str, Any]) -> str:
    """Return a strike's source as publisher, title and date, escaped.

    The title links the report when its URL (front matter or manifest) is
    http(s); the link opens in a new tab and sends no referrer. The file name
    stands in only for a report with no title.
    """
    title = esc(row.get("doc_title")) or esc(row.get("doc"))
    url = _safe_url(row.get("doc_url"))
    if url and title:
        href = html.escape(url, quote=True)
        title = f'<a href="{href}" target="_blank" rel="noopener noreferrer">{title}</a>'
    parts = (esc(row.get("doc_source")), title, esc(row.get("published")))
    return " &middot; ".join(x for x in parts if x)


def claim_text(row: Mapping[str, Any]) -> str:
    """Return the claim-versus-ground verdict of a strike, escaped ("" if no claim)."""
    verdict = row.get("claim_vs_ground")
    if not _present(verdict) or verdict in ("no_claim", "unknown"):
        return ""
    text = esc(verdict)
    distance = row.get("dist_to_claimed_km")
    if verdict == "contradicted" and distance is not None and _present(distance):
        faction = CLAIMED_FACTION.get(str(row.get("claimed_target")))
        text += f" ({float(distance):.0f} km from {esc(faction_label(faction))} ground)"
    return text


def tooltip_text(row: Mapping[str, Any]) -> str:
    """Return the short hover text of one strike (escaped)."""
    place = esc(row.get("place_name")) or esc(row.get("place_as_written"))
    return js_template_safe(f"{place} &middot; {esc(row.get('event_date')) or 'date unknown'}")


def _fmt_day(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


def date_range_text(start: date | None, end: date | None) -> str:
    """Return a date range for display ("7 Oct 2015 - 15 Nov 2016")."""
    if start is None and end is None:
        return "no dates"
    if start is None or end is None or start == end:
        return _fmt_day(start or end)  # type: ignore[arg-type]
    return f"{_fmt_day(start)} &ndash; {_fmt_day(end)}"


def event_dates(events: pd.DataFrame) -> tuple[date | None, date | None]:
    """Return the first and last event date of ``events`` (None when there are none)."""
    if "event_date" not in events or not len(events):
        return None, None
    days = pd.to_datetime(events["event_date"], errors="coerce").dropna()
    if days.empty:
        return None, None
    return days.min().date(), days.max().date()


# ---------------------------------------------------------------------------
# Map pieces


class Overlay(MacroElement):
    """A Leaflet control holding fixed markup (legend, title box)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var ctl = L.control({position: {{ this.position|tojson }}});
            ctl.onAdd = function() {
                var div = L.DomUtil.create('div', {{ this.css_class|tojson }});
                div.innerHTML = {{ this.markup_json }};
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                return div;
            };
            ctl.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
        """
    )

    def __init__(self, markup: str, *, position: str, css_class: str) -> None:
        super().__init__()
        self._name = "Overlay"
        self.position = position
        self.css_class = css_class
        # JSON in a <script>: keep "</" from closing the script element.
        self.markup_json = script_json(markup)


class PageStyle(MacroElement):
    """CSS for the legend, title box, popups and clusters; page attribution."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>
        html, body { width: 100%; height: 100%; margin: 0; padding: 0; }
        .leaflet-container { background: {{ this.background }};
            font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        .sm-box { background: rgba(255,255,255,.93); padding: 6px 9px; border-radius: 4px;
            box-shadow: 0 1px 4px rgba(0,0,0,.3); max-width: 22rem; color: #222; }
        .sm-title { font-weight: 600; font-size: 15px; margin: 0 0 2px; }
        .sm-sub { font-size: 12px; color: #444; }
        .sm-legend { font-size: 12px; }
        .sm-legend h4 { font-size: 12px; font-weight: 600; margin: 4px 0 2px; }
        .sm-legend .sm-row { display: flex; align-items: center; gap: 6px; margin: 1px 0; }
        .sm-swatch { width: 14px; height: 14px; border: 1px solid #555; opacity: .85;
            display: inline-block; flex: none; }
        .sm-blank { border-color: transparent; }
        .sm-dot { width: 12px; height: 12px; border-radius: 50%; border: 1.5px solid #fff;
            box-shadow: 0 0 0 1px #555; display: inline-block; flex: none; }
        .sm-popup { font-size: 12px; max-width: 340px; }
        .sm-popup .sm-place { font-weight: 600; font-size: 14px; margin-bottom: 3px; }
        .sm-popup table { border-collapse: collapse; margin-bottom: 4px; }
        .sm-popup th { text-align: left; font-weight: 600; padding: 0 8px 0 0;
            vertical-align: top; white-space: nowrap; }
        .sm-popup td { padding: 0; }
        .sm-popup blockquote { margin: 4px 0; padding: 3px 8px; border-left: 3px solid #999;
            background: #f6f6f6; font-style: italic; max-height: 9em; overflow: auto;
            white-space: pre-wrap; }
        .sm-muted { color: #666; font-weight: normal; }
        .sm-nav { display: flex; align-items: center; gap: 6px; margin-bottom: 4px; }
        .sm-nav button { border: 1px solid #bbb; background: #fff; border-radius: 3px;
            padding: 0 6px; font: inherit; cursor: pointer; }
        .sm-nav button:disabled { opacity: .4; cursor: default; }
        .sm-source { color: #333; }
        .city-label { font-size: 11px; color: #333; white-space: nowrap;
            text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff; pointer-events: none; }
        .city-dot { display: inline-block; width: 5px; height: 5px; border-radius: 50%;
            background: #333; margin: 0 3px 1px 0; vertical-align: middle; }
        .strike-cluster div { background: rgba(40,40,40,.85); color: #fff; font-weight: 600; }
        .strike-cluster { background: rgba(40,40,40,.3); }
        .sm-changelist { font-size: 12px; }
        .sm-changelist summary { cursor: pointer; font-weight: 600; }
        .sm-changelist time { font-weight: 600; }
        .sm-changelist ol { margin: 4px 0 0; padding-left: 1.2em; max-height: 14em;
            overflow: auto; }
        @media (max-width: 520px) {
            .sm-box { max-width: 12rem; padding: 4px 6px; }
            .sm-title { font-size: 13px; }
            .sm-legend { font-size: 11px; }
        }
        </style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.attributionControl
            .addAttribution({{ this.attribution_json }});
        {% endmacro %}
        """
    )

    def __init__(self, *, background: str, attribution: str) -> None:
        super().__init__()
        self._name = "PageStyle"
        self.background = background
        self.attribution_json = script_json(attribution)


def legend_html(factions: Iterable[str], *, with_areas: bool) -> str:
    """Return the legend markup: one row per faction (area swatch, strike dot)."""
    names: list[str | None] = [*factions, None]
    head = "Ground held by" + (" (areas, strikes)" if with_areas else " (strikes)")
    rows = [f"<h4>{head}</h4>"]
    for f in names:
        swatch = (
            f'<span class="sm-swatch" style="background:{faction_colour(f)}"></span>'
            if with_areas and f is not None
            else ('<span class="sm-swatch sm-blank"></span>' if with_areas else "")
        )
        label = esc(faction_label(f)) if f is not None else "Unknown / outside areas"
        rows.append(
            f'<div class="sm-row">{swatch}<span class="sm-dot" '
            f'style="background:{faction_colour(f)}"></span>{label}</div>'
        )
    return "".join(rows)


def title_lines(title: str, subtitle: str | None) -> list[str]:
    """Return the title and the analyst's subtitle, escaped, as the title box's first lines.

    Parameters
    ----------
    title : str
        The map's title.
    subtitle : str or None
        A line under it; left out when empty.

    Returns
    -------
    list of str
        HTML ``div`` elements.
    """
    lines = [f'<div class="sm-title">{esc(title)}</div>']
    if subtitle:
        lines.append(f'<div class="sm-sub sm-subtitle">{esc(subtitle)}</div>')
    return lines


def title_html(
    title: str,
    *,
    start: date | None,
    end: date | None,
    shown: int,
    unlocated: int,
    layers: Sequence[LayerLike] = (),
    subtitle: str | None = None,
    ground_day: date | None = None,
) -> str:
    """Return the title box markup: title, subtitle, date range, counts, layer dates.

    Parameters
    ----------
    title : str
        The map's title.
    start, end : date or None
        The dates of the strikes shown.
    shown, unlocated : int
        Strikes drawn, and events that could not be placed.
    layers : sequence of LayerLike
        The control layers drawn.
    subtitle : str, optional
        A line under the title.
    ground_day : date, optional
        The day whose ground the map shows (one layer, the one in force that day):
        the box names that day, then the date the areas in force were drawn as of,
        as the app's "Ground shown on" slider and caption do.

    Returns
    -------
    str
        HTML.
    """
    parts = title_lines(title, subtitle)
    sub = f"{date_range_text(start, end)} &middot; {shown} strike{'s' if shown != 1 else ''} mapped"
    if unlocated:
        sub += f" ({unlocated} not located)"
    parts.append(f'<div class="sm-sub">{sub}</div>')
    if layers and ground_day is not None:
        dates = ", ".join(esc(layer.date) for layer in layers)
        parts.append(
            f'<div class="sm-sub sm-ground">Ground shown on {esc(ground_day.isoformat())}: '
            f"control areas as of {dates} (approximate)</div>"
        )
    elif layers:
        dates = ", ".join(esc(layer.date) for layer in layers)
        parts.append(f'<div class="sm-sub">Control areas as of {dates} (approximate)</div>')
    return "".join(parts)


#: Changes of control listed on a map, newest first; the rest are counted.
CHANGES_LISTED = 40


def changes_html(
    layers: Any, start: date | None, end: date | None, limit: int = CHANGES_LISTED
) -> str | None:
    """Return a folded list of the changes of control dated in a map's period.

    Parameters
    ----------
    layers : Timeline or sequence of LayerLike
        The control the map draws; plain layers without a change table give None.
    start, end : date or None
        The period of the strikes shown; None leaves that end open.
    limit : int
        Changes listed, newest first; the others are counted.

    Returns
    -------
    str or None
        HTML (a ``<details>`` element, folded): each change's date, place, from and
        to, and source (linked when its address is a plain web address). None when
        no change is dated in the period.
    """
    log = layers.change_log() if hasattr(layers, "change_log") else None
    if log is None or not len(log):
        return None
    days = pd.to_datetime(log["date"], errors="coerce").dt.date
    keep = days.notna()
    if start is not None:
        keep &= days >= start
    if end is not None:
        keep &= days <= end
    rows = log[keep.to_numpy()].assign(day=days[keep]).sort_values("day", ascending=False)
    if not len(rows):
        return None
    items = []
    for row in rows.head(limit).to_dict("records"):
        place = row.get("place") if _present(row.get("place")) else row.get("area")
        moved = (
            f"{esc(faction_label(row.get('from_faction')))} &rarr; "
            f"{esc(faction_label(row.get('to_faction')))}"
        )
        source = esc(row.get("source")) if _present(row.get("source")) else ""
        url = _safe_url(row.get("url"))
        if url and source:
            source = f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{source}</a>'
        items.append(
            f"<li><time>{esc(row['day'].isoformat())}</time> {esc(place)}: {moved}"
            + (f' <span class="sm-muted">({source})</span>' if source else "")
            + "</li>"
        )
    more = len(rows) - min(limit, len(rows))
    tail = f'<div class="sm-muted">and {more} earlier</div>' if more else ""
    return (
        f'<details class="sm-changes"><summary>Changes of control in this period ({len(rows)})'
        f"</summary><ol>{''.join(items)}</ol>{tail}</details>"
    )


class TitleText(MacroElement):
    """Script that puts new markup in the map's title box.

    The box is an :class:`Overlay` with the ``sm-titlebox`` class; the script comes
    with layers sent to a map already on the page.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        document.querySelectorAll('.sm-titlebox').forEach(function (box) {
            box.innerHTML = {{ this.markup_json }};
        });
        {% endmacro %}
        """
    )

    def __init__(self, markup: str) -> None:
        super().__init__()
        self._name = "TitleText"
        self.markup_json = script_json(markup)


def add_basemap(m: folium.Map, basemap: Basemap) -> None:
    """Draw the vector basemap (neighbours, Syria, governorates) in the ``basemap`` pane."""

    def add(gdf: gpd.GeoDataFrame | None, name: str, style: dict[str, Any]) -> None:
        if gdf is None or not len(gdf):
            return
        folium.GeoJson(
            gdf[["geometry"]].to_json(),
            name=name,
            style_function=lambda _f: style,
            interactive=False,
            control=False,
            pane="basemap",
        ).add_to(m)

    add(
        basemap.neighbours,
        "Neighbouring countries",
        {"fillColor": ABROAD_COLOUR, "fillOpacity": 1, "color": ABROAD_EDGE_COLOUR, "weight": 0.8},
    )
    add(
        basemap.outline,
        "Syria",
        {"fillColor": LAND_COLOUR, "fillOpacity": 1, "color": OUTLINE_COLOUR, "weight": 1.4},
    )
    add(
        basemap.governorates,
        "Governorates",
        {"fill": False, "color": GOVERNORATE_COLOUR, "weight": 0.7, "dashArray": "3 3"},
    )


def city_name(row: Mapping[str, Any]) -> str:
    """Return the name of a basemap city, whichever name column its file has."""
    for key in ("name", "NAME", "name_en", "NAME_EN", "asciiname", "label"):
        if _present(row.get(key)):
            return str(row[key])
    return ""


class CityLabels(MacroElement):
    """Every city name of a feature group, made in the page from one list.

    One element rather than one folium marker per city: rendering a marker costs a
    template compilation, and the app renders the map on every rerun.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (group, rows) {
            rows.forEach(function (r) {
                L.marker([r[0], r[1]], {
                    icon: L.divIcon({html: r[2], className: "city-label",
                                     iconSize: [140, 14], iconAnchor: [3, 7]}),
                    interactive: false,
                    pane: "labels"
                }).addTo(group);
            });
        })({{ this._parent.get_name() }}, {{ this.rows_json }});
        {% endmacro %}
        """
    )

    def __init__(self, rows: Sequence[tuple[float, float, str]]) -> None:
        super().__init__()
        self._name = "CityLabels"
        self.rows_json = script_json([list(r) for r in rows])


def add_city_labels(m: folium.Map, cities: gpd.GeoDataFrame | None) -> None:
    """Add the city names as non-interactive labels in the ``labels`` pane."""
    if cities is None or not len(cities):
        return
    group = folium.FeatureGroup(name="City names", pane="labels", show=True)
    rows = [
        (
            round(point.y, 5),
            round(point.x, 5),
            f'<span class="city-dot"></span>{esc(city_name(row))}',
        )
        for row, point in zip(cities.to_dict("records"), cities.geometry, strict=True)
        if point is not None and not point.is_empty and point.geom_type == "Point"
    ]
    CityLabels(rows).add_to(group)
    group.add_to(m)


def add_control_areas(m: Element, layer: LayerLike, *, show: bool = True) -> None:
    """Draw a layer's control areas in the ``areas`` pane, on a map or a feature group.

    Parameters
    ----------
    m : Element
        The map or feature group to draw on.
    layer : LayerLike
        The control layer.
    show : bool
        Shown when the map opens.
    """
    gdf = layer.gdf
    if gdf is None or not len(gdf):
        return
    gdf = gdf.assign(held_by=[faction_label(f) for f in gdf["faction"]])
    features = area_features(gdf, CONTROL_TOLERANCE, columns=("faction", "held_by"))
    AreaLayer(
        {"type": "FeatureCollection", "features": features},
        name=f"Control areas ({esc(layer.date)})",
        style_function=lambda f: {
            "fillColor": faction_colour(f["properties"]["faction"]),
            "fillOpacity": 0.28,
            "color": faction_colour(f["properties"]["faction"]),
            "weight": 0.8,
            "opacity": 0.7,
        },
        tooltip=folium.GeoJsonTooltip(fields=["held_by"], aliases=["Held by"]),
        show=show,
        pane="areas",
    ).add_to(m)


_CLUSTER_ICON = """function(cluster) {
    var n = cluster.getChildCount();
    var size = n < 10 ? 30 : (n < 100 ? 36 : 42);
    return L.divIcon({html: '<div><span>' + n + '</span></div>',
                      className: 'marker-cluster strike-cluster', iconSize: L.point(size, size)});
}"""


def located(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return the events that have a point geometry."""
    if not len(events):
        return events
    geom = events.geometry
    mask = geom.notna() & ~geom.is_empty
    return events.loc[mask.to_numpy()]


def add_strikes(
    m: Element,
    events: gpd.GeoDataFrame,
    *,
    cluster_threshold: int,
    big_threshold: int,
    heatmap: bool,
    heat_to: Element | None = None,
    publish: Callable[[bytes], str | None] | None = None,
    data_of: Callable[[gpd.GeoDataFrame], Mapping[str, Any]] | None = None,
) -> int:
    """Draw the located strikes on ``m``: markers, clusters or one canvas layer.

    Parameters
    ----------
    m : Element
        The map or feature group to draw on.
    events : GeoDataFrame
        Events; rows with no geometry are left out.
    cluster_threshold, big_threshold, heatmap
        As for :func:`build_map`.
    heat_to : Element, optional
        Where the heatmap goes (default ``m``).
    publish, data_of : callable, optional
        For a canvas layer: see :class:`StrikeCanvas`.

    Returns
    -------
    int
        The number of strikes drawn.
    """
    heat_parent = m if heat_to is None else heat_to
    points = located(events)
    n = len(points)
    name = f"Strikes ({n})"
    if n > big_threshold:
        canvas = StrikeCanvas(points, name=name, show=not heatmap, publish=publish, data_of=data_of)
        canvas.add_to(m)
        if heatmap:
            StrikeHeat(canvas).add_to(heat_parent)
        return n
    if heatmap and n:
        coords = np.column_stack([points.geometry.y, points.geometry.x]).round(5).tolist()
        folium.plugins.HeatMap(coords, name="Heatmap", **HEATMAP_OPTIONS).add_to(heat_parent)
    # With a heatmap the markers start hidden at every zoom (tick them in the layer control).
    if n > cluster_threshold:
        # No zoom turns clustering off: strikes at one position stay one cluster that
        # fans out (spiderfies) when clicked at the deepest zoom.
        target: folium.map.Layer = folium.plugins.MarkerCluster(
            name=name,
            icon_create_function=_CLUSTER_ICON,
            options={"maxClusterRadius": 40, "spiderfyOnMaxZoom": True},
            show=not heatmap,
        )
    else:
        target = folium.FeatureGroup(name=name, show=not heatmap)
    StrikeMarkers(points).add_to(target)
    target.add_to(m)
    return n


#: Leaflet options of a strike's circle marker (its fill colour is the faction's).
MARKER_OPTIONS: dict[str, Any] = {
    "radius": 7,
    "color": "#ffffff",
    "weight": 1.5,
    "fill": True,
    "fillOpacity": 0.9,
    "className": "strike-marker",
}


class StrikeMarkers(MacroElement):
    """The strikes of a small map as circle markers, with popups and tooltips.

    One script draws every marker from one array of rows (position, colour,
    popup and tooltip markup): the page holds the same markers, popups and
    tooltips as one ``folium.CircleMarker`` with its ``Popup`` and ``Tooltip``
    per strike would give, without rendering three templates per strike and
    compiling each output again as a template (most of the time of a map of
    a few thousand strikes).

    Parameters
    ----------
    points : GeoDataFrame
        Located events.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function () {
            var parent = {{ this._parent.get_name() }};
            var options = {{ this.options }};
            var rows = {{ this.rows }};
            var markers = rows.map(function (r) {
                var style = Object.assign({fillColor: r[2]}, options);
                var marker = L.circleMarker([r[0], r[1]], style);
                var content = document.createElement("div");
                content.style.width = "100.0%";
                content.style.height = "100.0%";
                content.innerHTML = r[3];
                marker.bindPopup(L.popup({maxWidth: 360}).setContent(content));
                marker.bindTooltip("<div>" + r[4] + "</div>", {sticky: true});
                return marker;
            });
            if (parent.addLayers) { parent.addLayers(markers); }
            else { markers.forEach(function (marker) { marker.addTo(parent); }); }
        })();
        {% endmacro %}
        """
    )

    def __init__(self, points: gpd.GeoDataFrame) -> None:
        super().__init__()
        self._name = "StrikeMarkers"
        rows = [
            [
                point.y,
                point.x,
                faction_colour(row.get("controlled_by")),
                popup_html(row),
                tooltip_text(row),
            ]
            for row, point in zip(points.to_dict("records"), points.geometry, strict=True)
        ]
        self.count = len(rows)
        self.options = script_json(MARKER_OPTIONS)
        self.rows = script_json(rows)

    def render(self, **kwargs: Any) -> None:
        """Add the script to the page without compiling it as a template (it holds the rows)."""
        script = self._template.module.__dict__["script"](self, kwargs)
        self.get_root().script.add_child(RawText(str(script)), name=self.get_name())


# ---------------------------------------------------------------------------
# Big maps: one canvas layer fed by a compact, compressed data blob


def _plain(value: Any) -> str | None:
    """Return ``value`` as display text (dates as ISO days), None when missing."""
    if type(value) is str:
        return value if value.strip() else None
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, datetime | pd.Timestamp):
        text = value.date().isoformat()
    elif isinstance(value, date):
        text = value.isoformat()
    else:
        text = str(value)
    return text if text.strip() else None


def _dictionary(values: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Dictionary-encode a column: one code per row (-1: none) and the distinct display texts."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    # tolist() first: iterating an Arrow-backed array item by item is slow.
    items = uniques.tolist() if hasattr(uniques, "tolist") else list(uniques)
    texts = [_plain(u) for u in items]
    # Values that display alike (a date and its timestamp) share a code; blanks get -1.
    remap = np.full(len(texts) + 1, -1, dtype=np.int64)
    seen: dict[str, int] = {}
    for k, text in enumerate(texts):
        if text is not None:
            remap[k] = seen.setdefault(text, len(seen))
    return remap[codes], list(seen)


def column_or_none(points: pd.DataFrame, name: str) -> pd.Series:
    """Return column ``name``, or a column of None when the table lacks it."""
    if name in points:
        return points[name]
    return pd.Series([None] * len(points), index=points.index, dtype=object)


def _blank(values: pd.Series) -> np.ndarray:
    """Return a mask of missing or blank values."""
    return (values.isna() | (values.astype("string").str.strip() == "")).to_numpy(dtype=bool)


#: Columns of the canvas data (one-letter keys) and the event column each shows.
STRIKE_COLUMNS = {
    "p": "place_name",
    "w": "place_as_written",
    "d": "event_date",
    "t": "time_precision",
    "g": "controlled_by",
    "l": "control_layer",
    "a": "actor",
    "c": "claimant",
    "x": "claimed_target",
    "e": "weapon",
    "r": "geo_precision",
    "h": "ground_as_written",
    "n": "place_relation",
    "v": "claim_vs_ground",
    "q": "quote",
    "s": "doc",
}


@dataclasses.dataclass(frozen=True)
class EncodedStrikes:
    """The canvas data of a table, encoded once, from which any subset of rows is cut.

    Attributes
    ----------
    labels : pandas.Index
        The rows' labels, in order.
    lat, lon : numpy.ndarray
        Integer coordinates (:data:`COORD_SCALE`).
    codes : dict of str to numpy.ndarray
        Per column key (:data:`STRIKE_COLUMNS`), one code per row (-1: none).
    values : dict of str to list
        Per column key, the value of each code.
    """

    labels: pd.Index
    lat: np.ndarray
    lon: np.ndarray
    codes: dict[str, np.ndarray]
    values: dict[str, list[Any]]


def _place_column(points: pd.DataFrame) -> pd.Series:
    """Return the place's name, or the place as written when it has none."""
    written = column_or_none(points, "place_as_written")
    name = column_or_none(points, "place_name")
    return name.astype(object).where(~_blank(name), written.astype(object))


def _precision_column(points: pd.DataFrame) -> pd.Series:
    """Return the time precision, None for a day (the popup says nothing then)."""
    precision = column_or_none(points, "time_precision").astype(object)
    return precision.where(precision.astype(str) != "day", None)


def _doc_codes(points: pd.DataFrame) -> tuple[np.ndarray, list[Any]]:
    """Return one code per row and, per code, its document's fields as a 5-item list."""
    doc_codes, _ = pd.factorize(column_or_none(points, "doc"), use_na_sentinel=True)
    codes, first = np.unique(doc_codes, return_index=True)
    first = first[codes >= 0]
    doc_values = [
        [_plain(d), _plain(t), _safe_url(u), _plain(o), _plain(p)]
        for d, t, u, o, p in zip(
            *(
                column_or_none(points, name).iloc[first].tolist()
                for name in ("doc", "doc_title", "doc_url", "doc_source", "published")
            ),
            strict=True,
        )
    ]
    return doc_codes, doc_values


def _column_codes(points: pd.DataFrame, key: str) -> tuple[np.ndarray, list[Any]]:
    """Return the codes and values of canvas column ``key`` (see :data:`STRIKE_COLUMNS`)."""
    if key == "s":
        return _doc_codes(points)
    if key == "p":
        values = _place_column(points)
    elif key == "t":
        values = _precision_column(points)
    elif key == "v":
        values = _claim_column(points)
    else:
        values = column_or_none(points, STRIKE_COLUMNS[key])
    codes, texts = _dictionary(values)
    return codes, texts


def encode_strikes(points: gpd.GeoDataFrame) -> EncodedStrikes:
    """Return the canvas data of every row of ``points``, to cut views from.

    Parameters
    ----------
    points : GeoDataFrame
        Located events (point geometries, EPSG:4326).

    Returns
    -------
    EncodedStrikes
        See :func:`select_strikes`.
    """
    lat = np.round(points.geometry.y.to_numpy() * COORD_SCALE).astype(np.int64)
    lon = np.round(points.geometry.x.to_numpy() * COORD_SCALE).astype(np.int64)
    codes: dict[str, np.ndarray] = {}
    values: dict[str, list[Any]] = {}
    for key in STRIKE_COLUMNS:
        codes[key], values[key] = _column_codes(points, key)
    return EncodedStrikes(points.index, lat, lon, codes, values)


def _cut(codes: np.ndarray, values: list[Any], rows: np.ndarray) -> dict[str, list[Any]]:
    """Return the codes of ``rows`` renumbered over the values they use (in code order)."""
    picked = codes[rows]
    used = np.unique(picked[picked >= 0])
    # The last slot stays -1, so that code -1 (none) maps to itself.
    remap = np.full(len(values) + 1, -1, dtype=np.int64)
    remap[used] = np.arange(len(used))
    return {"v": [values[k] for k in used.tolist()], "i": remap[picked].tolist()}


def select_strikes(
    encoded: EncodedStrikes,
    rows: np.ndarray,
    fresh: pd.DataFrame | None = None,
    fresh_keys: Iterable[str] = (),
) -> dict[str, Any]:
    """Return the canvas data of some rows of an encoded table (see :func:`strike_data`).

    Parameters
    ----------
    encoded : EncodedStrikes
        From :func:`encode_strikes`.
    rows : numpy.ndarray
        Positions of the rows, in ``encoded``.
    fresh : DataFrame, optional
        The same rows as they are now, for columns that differ from the table's.
    fresh_keys : iterable of str
        Keys of :data:`STRIKE_COLUMNS` encoded from ``fresh`` rather than cut.

    Returns
    -------
    dict
        JSON-serialisable.
    """
    rows = np.asarray(rows, dtype=np.int64)
    redo = set(fresh_keys) if fresh is not None else set()
    columns: dict[str, dict[str, list[Any]]] = {}
    for key in STRIKE_COLUMNS:
        if key in redo and fresh is not None:
            codes, values = _column_codes(fresh, key)
            columns[key] = {"v": values, "i": codes.tolist()}
        else:
            columns[key] = _cut(encoded.codes[key], encoded.values[key], rows)
    return {
        "k": COORD_SCALE,
        "lat": encoded.lat[rows].tolist(),
        "lon": encoded.lon[rows].tolist(),
        "c": columns,
        "factions": {f: [faction_label(f), faction_colour(f)] for f in FACTION_COLOURS},
        "unknown": [faction_label(None), UNKNOWN_COLOUR],
    }


def strike_data(points: gpd.GeoDataFrame) -> dict[str, Any]:
    """Return the strikes as compact columns for the canvas layer.

    Coordinates are integers (:data:`COORD_SCALE`); every text column is
    dictionary-encoded (``{"v": distinct values, "i": one code per strike}``,
    code -1 for none) under a one-letter key; the document fields (id, title,
    link, outlet, publication date) are one column of 5-item lists. Values are
    plain text: the page builds the popup with ``textContent``, never as markup.

    Parameters
    ----------
    points : GeoDataFrame
        Located events (point geometries, EPSG:4326).

    Returns
    -------
    dict
        JSON-serialisable.
    """
    return select_strikes(encode_strikes(points), np.arange(len(points)))


def _claim_column(points: gpd.GeoDataFrame) -> pd.Series:
    """Return the popup's claim-versus-ground text per strike (None when nothing was claimed).

    The same text as :func:`claim_text`, built column-wise for big maps.
    """
    verdict = column_or_none(points, "claim_vs_ground").astype(object)
    shown = verdict.isin(["contradicted", "consistent"])
    distance = pd.to_numeric(column_or_none(points, "dist_to_claimed_km"), errors="coerce")
    labels = {t: faction_label(f) for t, f in CLAIMED_FACTION.items()}
    target = column_or_none(points, "claimed_target").map(labels).fillna(faction_label(None))
    detail = (
        " ("
        + distance.round().astype("Int64").astype(str)
        + " km from "
        + target.astype(str)
        + " ground)"
    )
    with_detail = (verdict == "contradicted") & distance.notna()
    text = verdict.astype(str).where(~with_detail, verdict.astype(str) + detail)
    return text.astype(object).where(shown, None)


def deflate_strike_data(data: Mapping[str, Any]) -> bytes:
    """Return ``data`` as JSON, deflated (zlib format, read by ``DecompressionStream``)."""
    raw = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return zlib.compress(raw, 4)


def pack_strike_data(data: Mapping[str, Any]) -> str:
    """Return ``data`` as JSON, deflated and base64-encoded.

    Base64 holds no character that HTML, a JavaScript string or a template
    literal would interpret, so the blob cannot break out of the script it
    sits in; the page inflates it with the browser's ``DecompressionStream``.
    """
    return base64.b64encode(deflate_strike_data(data)).decode("ascii")


@lru_cache(maxsize=4)
def strike_script(path: Path) -> str:
    """Return a strike script of the package, preceded by :data:`STRIKE_SHARED_JS` it uses."""
    return STRIKE_SHARED_JS.read_text(encoding="utf-8") + "\n" + path.read_text(encoding="utf-8")


class RawText(Element):
    """Text put in the page as it is (branca compiles an element's output as a template)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        """Return the text."""
        return self.text


#: What makes text a Jinja template rather than plain text: tags, comments, and the
#: carriage returns Jinja turns into newlines.
_TEMPLATE_MARKS = ("{{", "{%", "{#", "\r")


def rendered_element(text: str) -> Element:
    """Return an element rendering ``text`` as ``Element(text)`` does, compiled only if needed.

    branca compiles the text of an ``Element`` as a Jinja template; text with no
    template syntax renders as itself less one final newline, which this gives
    without the compilation (about 10 ms for a control layer's script, its data
    included).
    """
    if any(mark in text for mark in _TEMPLATE_MARKS):
        return Element(text)
    return RawText(text[:-1] if text.endswith("\n") else text)


class PlainMacro(MacroElement):
    """A macro element whose rendered header, html and script are not compiled again.

    ``MacroElement.render`` puts each rendered macro in the page as ``Element(text)``,
    which compiles the text, data included, as a template; this puts the same
    bytes in the page through :func:`rendered_element`. Listed after a folium
    class among the bases (``class X(folium.GeoJson, PlainMacro)``), it takes the
    place of ``MacroElement.render`` under that class's own ``render``.
    """

    def render(self, **kwargs: Any) -> None:
        """Render the macros into the page, then the children (as ``MacroElement`` does)."""
        figure = self.get_root()
        macros = self._template.module.__dict__
        for part in ("header", "html", "script"):
            macro = macros.get(part)
            if macro is not None:
                getattr(figure, part).add_child(
                    rendered_element(str(macro(self, kwargs))), name=self.get_name()
                )
        for element in self._children.values():
            element.render(**kwargs)


class AreaLayer(folium.GeoJson, PlainMacro):
    """``folium.GeoJson`` whose script (data included) goes into the page uncompiled."""


class StrikeCanvas(folium.map.Layer):
    """All strikes as one canvas layer, with popups built on click.

    Parameters
    ----------
    points : GeoDataFrame
        Located events.
    name : str
        Name in the layer control.
    show : bool
        Shown when the map opens.
    publish : callable, optional
        Stores the deflated data where the page's server serves it and returns its
        URL (None: keep it in the script): a page that swaps its layers then
        receives a few bytes of script rather than megabytes.
    data_of : callable, optional
        Returns the layer's data for ``points`` (default :func:`strike_data`); a page
        that shows many views of one table cuts them from an encoding of the table
        (:func:`select_strikes`) rather than encoding each again.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this.library }}
        var {{ this.get_name() }} = new window.StrikemapCanvas.Layer({});
        {% if this.url %}
        {{ this.get_name() }}.ready = window.StrikemapCanvas.fetchData({{ this.url|tojson }});
        {% else %}
        {{ this.get_name() }}.ready = window.StrikemapCanvas.decode("{{ this.blob }}");
        {% endif %}
        {{ this.get_name() }}.ready.then(
            function (d) { {{ this.get_name() }}.setData(d); },
            function (err) { window.StrikemapCanvas.fail({{ this._parent.get_name() }}, err); }
        );
        {% endmacro %}
        """
    )

    def __init__(
        self,
        points: gpd.GeoDataFrame,
        *,
        name: str,
        show: bool = True,
        publish: Callable[[bytes], str | None] | None = None,
        data_of: Callable[[gpd.GeoDataFrame], Mapping[str, Any]] | None = None,
    ) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "StrikeCanvas"
        self.count = len(points)
        raw = deflate_strike_data((data_of or strike_data)(points))
        self.url = publish(raw) if publish is not None else None
        self.blob = "" if self.url else base64.b64encode(raw).decode("ascii")
        self.library = strike_script(STRIKE_CANVAS_JS)

    def render(self, **kwargs: Any) -> None:
        """Add the layer's script to the page without compiling it as a template.

        The script holds megabytes of data: branca would otherwise compile it
        as a Jinja template (about a second for 100,000 strikes).
        """
        if self.show:
            self.add_child(
                ElementAddToElement(
                    element_name=self.get_name(), element_parent_name=self._parent.get_name()
                ),
                name=self.get_name() + "_add",
            )
        script = self._template.module.__dict__["script"](self, kwargs)
        self.get_root().script.add_child(RawText(str(script)), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class StrikeHeat(folium.elements.JSCSSMixin, folium.map.Layer):
    """A heatmap (Leaflet.heat) of the strikes of a :class:`StrikeCanvas`.

    Parameters
    ----------
    source : StrikeCanvas
        The layer whose points it uses (no second copy of the data).
    name : str
        Name in the layer control.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.heatLayer([], {{ this.options|tojson }});
        {{ this.source.get_name() }}.ready.then(function () {
            {{ this.get_name() }}.setLatLngs({{ this.source.get_name() }}.latLngs());
        });
        {% endmacro %}
        """
    )
    default_js = folium.plugins.HeatMap.default_js

    def __init__(self, source: StrikeCanvas, *, name: str = "Heatmap") -> None:
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "StrikeHeat"
        self.source = source
        self.options = dict(HEATMAP_OPTIONS)


def fit_view(m: folium.Map, events: gpd.GeoDataFrame) -> None:
    """Open the map on the located events, or on all of Syria when none is located."""
    points = located(events)
    if len(points):
        minx, miny, maxx, maxy = points.total_bounds
        pad = 0.15
        m.fit_bounds([(miny - pad, minx - pad), (maxy + pad, maxx + pad)], max_zoom=10)
    else:
        m.fit_bounds(SYRIA_BOUNDS.leaflet_corners)


def build_map(
    events: gpd.GeoDataFrame,
    *,
    layer: LayerLike | None = None,
    layers: Sequence[LayerLike] | None = None,
    basemap: Basemap | None = None,
    title: str = DEFAULT_TITLE,
    subtitle: str | None = None,
    assets: str = "local",
    tiles: bool = False,
    date_range: tuple[date | None, date | None] | None = None,
    cluster_threshold: int = DEFAULT_CLUSTER_THRESHOLD,
    big_threshold: int = DEFAULT_BIG_THRESHOLD,
    heatmap: bool = False,
    static_url: str = DEFAULT_STATIC_URL,
) -> folium.Map:
    """Build the strike map.

    Parameters
    ----------
    events : GeoDataFrame
        Events in EPSG:4326 with the columns of :data:`~geo.record.EVENT_COLUMNS`;
        rows with no geometry are counted as "not located" and not drawn.
    layer : ControlLayer, optional
        One control layer to draw (``faction`` and ``geometry`` columns).
    layers : sequence of ControlLayer, optional
        All control layers: those in force on the events' dates are drawn,
        the latest shown and the others available in the layer control.
        Ignored when ``layer`` is given.
    basemap : Basemap, optional
        Vector basemap; default :func:`load_basemap` of the project.
    title : str
        Title shown on the map (escaped).
    subtitle : str, optional
        A line under the title (escaped).
    assets : {"local", "inline", "cdn"}
        How the page links the front-end files (see :mod:`geo.output.assets`).
    tiles : bool, default False
        Add the online tile layers (OpenStreetMap, light, satellite).
    date_range : (date, date), optional
        Dates shown under the title; default: the events' first and last dates.
    cluster_threshold : int
        Cluster the markers when more strikes than this are drawn.
    big_threshold : int
        Above this many strikes, draw them all on one canvas from a compact
        data blob, with popups built on click (:class:`StrikeCanvas`), instead
        of one marker with its popup per strike.
    heatmap : bool, default False
        Add a heatmap of the strikes (Leaflet.heat). On a big map it is shown
        and the strike points start hidden (tick them in the layer control).
    static_url : str
        URL prefix of the static route, for ``assets="local"``.

    Returns
    -------
    folium.Map
    """
    start, end = date_range if date_range is not None else event_dates(events)
    drawn = [layer] if layer is not None else layers_in_force(layers or [], events, end)
    # City names above the strike markers (600), so that markers never hide them.
    m = base_map(labels_z=640)
    if tiles:
        for i, (name, url, attr) in enumerate(TILE_LAYERS):
            folium.TileLayer(url, name=name, attr=attr, show=i == 0, overlay=False).add_to(m)
    base = basemap if basemap is not None else load_basemap()
    if base is not None:
        add_basemap(m, base)
    for i, control in enumerate(drawn):
        add_control_areas(m, control, show=i == len(drawn) - 1)
    if base is not None:
        add_city_labels(m, base.cities)
    shown = add_strikes(
        m, events, cluster_threshold=cluster_threshold, big_threshold=big_threshold, heatmap=heatmap
    )
    Overlay(
        title_html(
            title,
            start=start,
            end=end,
            shown=shown,
            unlocated=len(events) - shown,
            layers=drawn,
            subtitle=subtitle,
        ),
        position="topright",
        css_class="sm-box sm-titlebox",
    ).add_to(m)
    Overlay(
        legend_html(FACTIONS, with_areas=bool(drawn)),
        position="bottomright",
        css_class="sm-box sm-legend",
    ).add_to(m)
    changes = changes_html(layers, start, end) if layer is None else None
    if changes is not None:
        Overlay(changes, position="bottomleft", css_class="sm-box sm-changelist").add_to(m)
    attribution = DATA_ATTRIBUTION
    if drawn:
        attribution += " &middot; Control areas: approximate"
    PageStyle(background=SEA_COLOUR if not tiles else "#ddd", attribution=attribution).add_to(m)
    folium.plugins.Fullscreen(position="topleft").add_to(m)
    folium.LayerControl(position="topright", collapsed=True).add_to(m)
    fit_view(m, events)
    m.get_root().title = esc(title)
    return apply_assets(m, assets, static_url=static_url)


def render_html(
    events: gpd.GeoDataFrame,
    *,
    self_contained: bool = True,
    **kwargs: Any,
) -> str:
    """Return the map as a standalone HTML page.

    Parameters
    ----------
    events : GeoDataFrame
        As for :func:`build_map`.
    self_contained : bool, default True
        Inline every script, stylesheet, font and image, so the page works
        from ``file://`` with no outside request; False links the CDNs.
    **kwargs
        Passed to :func:`build_map` (``layer``, ``basemap``, ``title``,
        ``tiles``, ``date_range``, ...).

    Returns
    -------
    str
    """
    m = build_map(events, assets="inline" if self_contained else "cdn", **kwargs)
    page = m.get_root().render()
    return inline_assets(page) if self_contained else page


#: Ring colour of contradicted claims (Okabe-Ito reddish purple, unused by the factions).
CONTRADICTION_COLOUR = "#CC79A7"


def add_contradiction_rings(m: Element, events: gpd.GeoDataFrame) -> int:
    """Ring the strikes whose claim the ground contradicts.

    Parameters
    ----------
    m : Element
        The map or feature group to draw on (call
        :func:`geo.output.assets.apply_assets` afterwards).
    events : GeoDataFrame
        Events with ``claim_vs_ground``; only located, contradicted ones are ringed.

    Returns
    -------
    int
        How many strikes were ringed.
    """
    if "claim_vs_ground" not in events.columns or not len(events):
        return 0
    rows = located(events.loc[events["claim_vs_ground"] == "contradicted"])
    group = folium.FeatureGroup(name="Contradicted claims", control=False)
    for row, point in zip(rows.to_dict("records"), rows.geometry, strict=True):
        text = (
            f"Contradicted: {row.get('claimant')} claimed {row.get('claimed_target')}; "
            f"ground held by {faction_label(row.get('controlled_by'))}"
        )
        folium.CircleMarker(
            (point.y, point.x),
            radius=12,
            color=CONTRADICTION_COLOUR,
            weight=3,
            dash_array="4 3",
            fill=False,
            className="contradiction-marker",
            tooltip=folium.Tooltip(js_template_safe(esc(text))),
        ).add_to(group)
    group.add_to(m)
    return len(rows)


def add_draw_control(m: folium.Map) -> folium.plugins.Draw:
    """Add a polygon and rectangle drawing tool (no editing, no export) to a map."""
    draw = folium.plugins.Draw(
        export=False,
        show_geometry_on_click=False,
        draw_options={
            "polyline": False,
            "circle": False,
            "marker": False,
            "circlemarker": False,
            "rectangle": True,
            "polygon": True,
        },
        edit_options={"edit": False, "remove": False},
    )
    draw.add_to(m)
    return draw
