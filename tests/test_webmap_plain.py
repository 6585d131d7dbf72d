"""The control areas' layer and tooltip put in the page what folium's would, uncompiled."""

from __future__ import annotations

import re

import folium
import geopandas as gpd
import pytest
from branca.element import Element
from shapely.geometry import box

from geo.output import webmap

TEXTS = [
    "",
    "\n",
    "\n\n",
    "plain",
    "plain\n",
    "plain\n\n",
    "  var x = {a: 1};\n  ",
    '{"type": "Feature", "properties": {"held_by": "Regime"}}\n',
    "a { b } c\n",
    "{{ 1 + 1 }}",
    "{% if x %}y{% endif %}\n",
    "{# comment #}",
    "line\r\nline\rline\n",
    "tab\tand unicode \u2028 \u00e9\n",
    "{ {x} }\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_rendered_element_renders_as_an_element_of_the_text(text):
    assert webmap.rendered_element(text).render() == Element(text).render()


def _ids_out(page: str) -> str:
    return re.sub(r"[0-9a-f]{32}", "X", page)


def _page(layer_class: type, tooltip_class: type) -> str:
    gdf = gpd.GeoDataFrame(
        {"faction": ["isis", "regime"], "held_by": ["ISIS", "Regime"]},
        geometry=[box(38, 35, 39, 36), box(36, 33, 37.5, 34.2)],
        crs="EPSG:4326",
    )
    m = folium.Map(tiles=None)
    for show in (False, True):
        layer_class(
            {"type": "FeatureCollection", "features": webmap.area_features(gdf)},
            name="Control areas",
            style_function=lambda f: {"color": webmap.faction_colour(f["properties"]["faction"])},
            tooltip=tooltip_class(fields=["faction"], aliases=["Held by"]),
            show=show,
            pane="areas",
        ).add_to(m)
    return _ids_out(m.get_root().render())


def test_area_layer_and_tooltip_render_as_folium_does():
    assert _page(webmap.AreaLayer, webmap.AreaTooltip) == _page(
        folium.GeoJson, folium.GeoJsonTooltip
    )


def test_area_features_of_another_crs_are_drawn_in_degrees():
    gdf = gpd.GeoDataFrame(
        {"faction": ["isis"]}, geometry=[box(38, 35, 39, 36)], crs="EPSG:4326"
    ).to_crs("EPSG:3857")
    (feature,) = webmap.area_features(gdf)
    lon, lat = feature["geometry"]["coordinates"][0][0]
    assert 37.99 < lon < 39.01 and 34.99 < lat < 36.01
    assert feature["properties"] == {"faction": "isis"}
