"""The control areas' layer and tooltip put in the page what folium's would, uncompiled."""

from __future__ import annotations

import json
import re

import folium
import geopandas as gpd
import numpy as np
import pytest
import shapely
from branca.element import Element
from events_factory import make_events as events_from_rows
from shapely.geometry import GeometryCollection, LineString, MultiPolygon, Point, Polygon, box

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


def test_area_layer_renders_as_folium_does():
    assert _page(webmap.AreaLayer, folium.GeoJsonTooltip) == _page(
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


def _varied_events(n: int) -> gpd.GeoDataFrame:
    rows = []
    for i in range(n):
        rows.append(
            dict(
                event_id=f"d{i % 3}:{i}",
                doc=f"d{i % 3}",
                doc_title=f"Report {i % 3}",
                doc_source="Outlet" if i % 2 else None,
                doc_url="https://example.org/r" if i % 4 else None,
                place_as_written=f"Place {i}",
                place_name=f"Town {i}" if i % 5 else None,
                place_relation="near" if i % 7 == 0 else None,
                latitude=33 + (i % 17) * 0.2 if i % 9 else None,
                longitude=36 + (i % 13) * 0.2 if i % 9 else None,
                controlled_by=["isis", "regime", None, "kurdish"][i % 4],
                control_layer="2015-10-01" if i % 3 else None,
                control_certainty="frontline" if i % 6 == 0 else "interior",
                dist_to_front_km=float(i % 11) if i % 4 else None,
                published=f"2015-11-{1 + i % 3:02d}" if i % 5 else None,
                claim_vs_ground=["contradicted", "consistent", "no_claim"][i % 3],
                dist_to_claimed_km=float(i % 23),
                claimed_target=["isis", "rebels", "unspecified"][i % 3],
                weapon="barrel bomb" if i % 4 == 1 else None,
                time_precision=["day", "week"][i % 2],
                event_date=None if i % 10 == 0 else f"2015-10-{1 + i % 28:02d}",
            )
        )
    return events_from_rows(rows)


@pytest.mark.parametrize("n", [8, 40])
def test_a_map_of_the_map_columns_is_the_map_of_every_column(n):
    events = _varied_events(n)
    narrow = events[[c for c in events.columns if c in {*webmap.MAP_COLUMNS, "geometry"}]]

    def page(frame: gpd.GeoDataFrame) -> str:
        m = webmap.build_map(frame, assets="cdn", big_threshold=30, cluster_threshold=5)
        return _ids_out(m.get_root().render())

    assert page(narrow) == page(events)


def _varied_geometries() -> list[shapely.Geometry]:
    rng = np.random.default_rng(7)
    shapes: list[shapely.Geometry] = [
        box(36, 33, 37.5, 34.2),
        box(0, 0, 10, 10).difference(box(2, 2, 3, 3)).difference(box(5, 5, 6, 6)),
        MultiPolygon([box(0, 0, 1, 1), box(2, 2, 3, 3).difference(box(2.2, 2.2, 2.4, 2.4))]),
        Point(38.5, 35.1),
        LineString([(0, 0), (1, 1)]),
        Polygon([(0, 0, 1), (1, 0, 1), (1, 1, 1)]),
        GeometryCollection([Point(0, 0), box(0, 0, 1, 1)]),
    ]
    for _ in range(40):
        centres = rng.uniform([35, 32], [42, 37], size=(int(rng.integers(1, 6)), 2))
        blobs = [Point(x, y).buffer(rng.uniform(0.01, 0.8), quad_segs=8) for x, y in centres]
        merged = shapely.union_all(blobs).difference(Point(centres[0]).buffer(0.005))
        simple = shapely.simplify(merged, 0.001, preserve_topology=True)
        shapes.append(shapely.set_precision(simple, 1e-4, mode="pointwise"))
    return shapes


def test_geojson_geometry_is_the_geojson_text_read_back():
    for geom in _varied_geometries():
        expected = json.loads(shapely.to_geojson(geom))
        assert webmap.geojson_geometry(geom) == expected
        assert json.dumps(webmap.geojson_geometry(geom)) == json.dumps(expected)
