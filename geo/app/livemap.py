"""The app's main map in two parts, so that a filter change redraws only the view.

The frame (basemap, place names, legend, page style, full-screen button, keyboard
access and the opening fit on the whole table) depends on the table alone: it is
built once, and its script is the same on every rerun, so the map component keeps
the map already on the page (Leaflet, the basemap and the place names stay loaded).
The view's layers (the control areas of the day shown, the strikes, the heatmap, the
contradiction rings and the title box's text) and the layer control are sent beside
the frame as feature groups, which the component swaps in the map on the page when
they change.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

import folium
import folium.plugins
import geopandas as gpd
from branca.element import MacroElement
from folium.elements import JSCSSMixin
from jinja2 import Template

from geo.app.a11y import KeyboardAccess
from geo.output import webmap
from geo.output.assets import JQUERY_ASSETS, apply_assets
from geo.record import FACTIONS

#: Name of the feature group that holds the strikes (marker layer or canvas).
STRIKES_GROUP = "Strikes"


class PluginFiles(JSCSSMixin, MacroElement):
    """The front-end files of every layer a view may add later (popups, clusters, heatmaps).

    The map component loads files only with the first map, so the frame loads them.
    """

    default_js = [
        # folium's popups call jQuery.
        *[(name, url) for name, url in folium.folium._default_js if name in JQUERY_ASSETS],
        *folium.plugins.MarkerCluster.default_js,
        *folium.plugins.HeatMap.default_js,
    ]
    default_css = [*folium.plugins.MarkerCluster.default_css]

    def __init__(self) -> None:
        super().__init__()
        self._name = "PluginFiles"


class HideLayer(MacroElement):
    """Takes a layer off the map once added (it stays in the layer control, unticked)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this.target.get_name() }}.remove();
        {% endmacro %}
        """
    )

    def __init__(self, target: folium.map.Layer) -> None:
        super().__init__()
        self._name = "HideLayer"
        self.target = target


@dataclasses.dataclass(frozen=True)
class ViewLayers:
    """The layers of one view of the main map, to send beside its frame.

    Attributes
    ----------
    groups : tuple of FeatureGroup
        Control areas, strikes, heatmap and the rest, in drawing order.
    control : LayerControl
        The layer control listing them with the frame's own layers.
    shown : int
        Strikes drawn.
    ringed : int or None
        Contradicted strikes ringed; None when rings are off or the view is too big.
    """

    groups: tuple[folium.FeatureGroup, ...]
    control: folium.LayerControl
    shown: int
    ringed: int | None


def frame_map(
    events: gpd.GeoDataFrame,
    *,
    title: str,
    with_areas: bool,
    basemap: webmap.Basemap | None = None,
) -> folium.Map:
    """Return the part of the main map that does not depend on the filters.

    Parameters
    ----------
    events : GeoDataFrame
        The whole table: the map opens on its located events.
    title : str
        The map's title (the title box's first line until a view fills it).
    with_areas : bool
        Whether views draw control areas (the legend shows their swatches).
    basemap : Basemap, optional
        Default: :func:`geo.output.webmap.load_basemap`.

    Returns
    -------
    folium.Map
        With local front-end files; no layer control (it comes with the view).
    """
    m = webmap.base_map(labels_z=640)
    base = basemap if basemap is not None else webmap.load_basemap()
    if base is not None:
        webmap.add_basemap(m, base)
        webmap.add_city_labels(m, base.cities)
    webmap.Overlay(
        "".join(webmap.title_lines(title, None)),
        position="topright",
        css_class="sm-box sm-titlebox",
    ).add_to(m)
    webmap.Overlay(
        webmap.legend_html(FACTIONS, with_areas=with_areas),
        position="bottomright",
        css_class="sm-box sm-legend",
    ).add_to(m)
    attribution = webmap.DATA_ATTRIBUTION
    if with_areas:
        attribution += " &middot; Control areas: approximate"
    webmap.PageStyle(background=webmap.SEA_COLOUR, attribution=attribution).add_to(m)
    folium.plugins.Fullscreen(position="topleft").add_to(m)
    PluginFiles().add_to(m)
    KeyboardAccess().add_to(m)
    webmap.fit_view(m, events)
    m.get_root().title = webmap.esc(title)
    return apply_assets(m, "local")


def view_layers(
    view: gpd.GeoDataFrame,
    *,
    layer: webmap.LayerLike | None,
    title: str,
    span: tuple[date | None, date | None],
    ground_day: date | None,
    heatmap: bool,
    rings: bool,
    cluster_threshold: int,
    big_threshold: int,
    publish: Callable[[bytes], str | None] | None = None,
    data_of: Callable[[gpd.GeoDataFrame], Mapping[str, Any]] | None = None,
) -> ViewLayers:
    """Return the layers of one view, to send beside :func:`frame_map`.

    Parameters
    ----------
    view : GeoDataFrame
        The filtered events, coloured by the ground of ``ground_day``.
    layer : LayerLike or None
        The control layer in force on ``ground_day``.
    title : str
        The map's title.
    span : (date or None, date or None)
        The dates of the view, shown in the title box.
    ground_day : date or None
        The day whose ground the map shows.
    heatmap : bool
        Add a heatmap; the strikes then start hidden (ticked in the layer control).
    rings : bool
        Ring contradicted claims (on views of at most ``big_threshold`` strikes).
    cluster_threshold, big_threshold : int
        As for :func:`geo.output.webmap.build_map`.
    publish, data_of : callable, optional
        Where a canvas layer's data goes and how it is made (see
        :class:`geo.output.webmap.StrikeCanvas`).

    Returns
    -------
    ViewLayers
    """
    groups: list[folium.FeatureGroup] = []
    if layer is not None:
        areas = folium.FeatureGroup(name=f"Control areas ({webmap.esc(layer.date)})")
        webmap.add_control_areas(areas, layer)
        groups.append(areas)
    n = len(webmap.located(view))
    strikes = folium.FeatureGroup(name=f"{STRIKES_GROUP} ({n})")
    heat = folium.FeatureGroup(name="Heatmap") if heatmap else None
    shown = webmap.add_strikes(
        strikes,
        view,
        cluster_threshold=cluster_threshold,
        big_threshold=big_threshold,
        heatmap=heatmap,
        heat_to=heat,
        publish=publish,
        data_of=data_of,
    )
    groups.append(strikes)
    if heat is not None:
        groups.append(heat)
    rest = folium.FeatureGroup(name="View", control=False)
    ringed = (
        webmap.add_contradiction_rings(rest, view) if rings and shown <= big_threshold else None
    )
    start, end = span
    if start is None and end is None:
        start, end = webmap.event_dates(view)
    webmap.TitleText(
        webmap.title_html(
            title,
            start=start,
            end=end,
            shown=shown,
            unlocated=len(view) - shown,
            layers=[layer] if layer is not None else [],
            ground_day=ground_day,
        )
    ).add_to(rest)
    if heatmap:
        HideLayer(strikes).add_to(rest)
    groups.append(rest)
    # The groups' front-end files are relinked to the local copies on a scratch map;
    # the component puts the groups on the frame.
    scratch = folium.Map(tiles=None)
    for group in groups:
        group.add_to(scratch)
    apply_assets(scratch, "local")
    control = folium.LayerControl(position="topright", collapsed=True)
    return ViewLayers(groups=tuple(groups), control=control, shown=shown, ringed=ringed)
