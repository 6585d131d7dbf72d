"""Structure of the rendered map: links, escaping, legend, markers."""

from __future__ import annotations

import json
import re
from datetime import date

import folium
import geopandas as gpd
import pytest
import shapely
import shapely.geometry
from events_factory import make_events as events_from_rows
from shapely.geometry import box

from geo.control.layers import ControlLayer
from geo.output import assets, webmap

HOSTILE = "He said </script><script>alert(1)</script><img src=x onerror=alert(2)> `${alert(3)}` \\"
PLACES = [
    ("Aleppo", 36.20, 37.16, "opposition"),
    ("Raqqa", 35.95, 39.01, "isis"),
    ("Homs", 34.73, 36.71, "regime"),
    ("Talbiseh", 34.84, 36.73, "opposition"),
    ("Kobani", 36.89, 38.35, "kurdish"),
    ("Nowhere", None, None, None),
]


needs_assets = pytest.mark.usefixtures("front_end_installed")


def make_events(places=PLACES, quote: str = "Jets struck the town.") -> gpd.GeoDataFrame:
    """Events of one report at ``places`` ((name, lat, lon, faction); no lat: not located)."""
    return events_from_rows(
        [
            dict(
                event_id=f"doc1:{i}",
                doc="doc1",
                doc_title="Report <b>one</b>",
                doc_source="The Interpreter",
                doc_url="https://example.org/report",
                published=date(2015, 10, 8),
                quote=quote,
                place_as_written=place,
                place_name=None if lat is None else place,
                geo_precision=None if lat is None else "town",
                resolved=lat is not None,
                match_score=None,
                event_date=date(2015, 10, 7 + i % 3),
                time_precision="day",
                date_basis=None,
                actor="russia",
                claimant="LCC",
                claimed_target="rebels",
                controlled_by=faction,
                latitude=lat,
                longitude=lon,
            )
            for i, (place, lat, lon, faction) in enumerate(places)
        ]
    )


def make_layer(day: date = date(2015, 10, 1)) -> ControlLayer:
    gdf = gpd.GeoDataFrame(
        {"faction": ["isis", "regime", "opposition", "kurdish"]},
        geometry=[
            box(38, 35, 41, 36.5),
            box(35.8, 33, 37, 35),
            box(36.5, 35.5, 37.5, 36.5),
            box(38.1, 36.6, 42, 37.3),
        ],
        crs="EPSG:4326",
    )
    return ControlLayer(date=day, path=f"{day}.geojson", gdf=gdf)


def outside_links(page: str) -> list[str]:
    """URLs the page would fetch: script/link/img sources and CSS url()."""
    pattern = (
        r'<script[^>]*\bsrc="([^"]+)"|<link[^>]*\bhref="([^"]+)"|<img[^>]*\bsrc="([^"]+)"'
        r"|url\(\s*['\"]?((?:https?:)?//[^'\")]+)|@import\s+['\"]?([^'\";]+)"
    )
    return [next(g for g in m.groups() if g) for m in re.finditer(pattern, page)]


def strike_count(page: str) -> int:
    """Strikes drawn as markers: the rows of the page's marker scripts."""
    return sum(len(json.loads(rows)) for rows in re.findall(r"^\s*var rows = (.*);$", page, re.M))


@needs_assets
def test_self_contained_page_fetches_nothing_outside():
    page = webmap.render_html(make_events(), layer=make_layer(), self_contained=True)
    assert outside_links(page) == []
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page
    assert assets.INLINE_SCHEME not in page
    assert "L.map(" in page and "leaflet" in page.lower()


def test_cdn_page_links_the_cdns():
    page = webmap.render_html(make_events(), self_contained=False)
    links = outside_links(page)
    assert any("leaflet@1.9.3" in u for u in links)
    assert all(u.startswith("https://") for u in links)


def test_local_mode_links_the_static_route():
    m = webmap.build_map(make_events(), assets="local")
    page = m.get_root().render()
    links = outside_links(page)
    assert links and all(u.startswith("/app/static/vendor/") for u in links)
    assert "/app/static/vendor/leaflet/dist/leaflet.js" in links


def test_assets_are_set_per_map_not_on_the_class():
    before_js, before_css = list(folium.Map.default_js), list(folium.Map.default_css)
    webmap.build_map(make_events(), assets="local")
    assert folium.Map.default_js == before_js and folium.Map.default_css == before_css
    assert folium.plugins.MarkerCluster.default_js[0][1].startswith("https://")


@needs_assets
def test_hostile_text_is_escaped():
    title = "<script>alert('title')</script>"
    page = webmap.render_html(
        make_events(quote=HOSTILE), layer=make_layer(), title=title, self_contained=True
    )
    assert "<script>alert(" not in page
    assert "<img src=x" not in page
    assert "${alert(3)}" not in page
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "<title>&lt;script&gt;" in page


def test_popup_shows_fields_and_source():
    markup = webmap.popup_html(make_events().iloc[0].to_dict())
    for text in (
        "Aleppo",
        "2015-10-07",
        "LCC",
        "rebels",
        "russia",
        "Opposition",
        "Jets struck the town.",
        "Report &lt;b&gt;one&lt;/b&gt;",
        "The Interpreter",
    ):
        assert text in markup
    assert 'href="https://example.org/report"' in markup


def test_popup_drops_unsafe_links():
    row = make_events().iloc[0].to_dict() | {"doc_url": "javascript:alert(1)"}
    assert "javascript:" not in webmap.popup_html(row)


def test_js_template_safe():
    assert webmap.js_template_safe("`${x}`\\") == "&#96;&#36;{x}&#96;&#92;"


def test_legend_lists_every_faction_with_its_colour():
    page = webmap.build_map(make_events(), layer=make_layer(), assets="cdn").get_root().render()
    for faction, colour in webmap.FACTION_COLOURS.items():
        assert webmap.FACTION_LABELS[faction] in page
        assert colour in page
    assert "sm-legend" in page and "Ground held by" in page


def test_one_marker_per_located_event_and_counts_in_title():
    events = make_events()
    page = webmap.build_map(events, assets="cdn").get_root().render()
    assert strike_count(page) == 5
    assert "5 strikes mapped (1 not located)" in page
    assert "7 Oct 2015" in page and "9 Oct 2015" in page


def test_marker_rows_carry_each_strikes_position_colour_popup_and_tooltip():
    events = webmap.located(make_events())
    page = webmap.build_map(events, assets="cdn").get_root().render()
    rows = json.loads(re.search(r"^\s*var rows = (.*);$", page, re.M).group(1))
    records = events.to_dict("records")
    assert [(r[0], r[1]) for r in rows] == [(p.y, p.x) for p in events.geometry]
    assert [r[2] for r in rows] == [webmap.faction_colour(e["controlled_by"]) for e in records]
    assert [r[3] for r in rows] == [webmap.popup_html(e) for e in records]
    assert [r[4] for r in rows] == [webmap.tooltip_text(e) for e in records]
    # One script for all the strikes: no element, hence no template, per strike.
    assert page.count("L.circleMarker(") == 1 and "L.popup(" in page


def test_many_strikes_are_clustered():
    places = [(f"P{i}", 35 + i * 0.001, 38 + i * 0.001, "isis") for i in range(30)]
    page = (
        webmap.build_map(make_events(places), assets="cdn", cluster_threshold=10)
        .get_root()
        .render()
    )
    assert "L.markerClusterGroup(" in page
    assert strike_count(page) == 30


def test_controls_and_attribution():
    page = webmap.build_map(make_events(), layer=make_layer(), assets="cdn").get_root().render()
    assert "L.control.scale(" in page
    assert "L.control.fullscreen(" in page
    assert "L.control.layers(" in page
    assert "UN OCHA" in page and "GeoNames" in page
    assert "OpenStreetMap" not in page
    assert "tile.openstreetmap.org" not in page


def test_tiles_only_when_asked():
    page = webmap.build_map(make_events(), tiles=True, assets="cdn").get_root().render()
    assert "tile.openstreetmap.org" in page and "OpenStreetMap contributors" in page
    assert "World_Imagery" in page


def test_map_fills_its_frame():
    page = webmap.build_map(make_events(), assets="cdn").get_root().render()
    assert re.search(r"width:\s*100(\.0)?%", page) and re.search(r"height:\s*100(\.0)?%", page)
    assert 'name="viewport"' in page


def test_layers_in_force_picks_layers_by_event_date():
    early, late = make_layer(date(2015, 10, 1)), make_layer(date(2016, 11, 1))
    events = make_events()
    assert webmap.layers_in_force([early, late], events, None) == [early]
    events.loc[0, "event_date"] = date(2016, 11, 15)
    assert webmap.layers_in_force([late, early], events, None) == [early, late]
    assert webmap.layers_in_force([], events, None) == []


def test_empty_view_still_draws_a_map():
    events = make_events()[0:0]
    page = webmap.build_map(events, assets="cdn").get_root().render()
    assert strike_count(page) == 0 and "0 strikes mapped" in page


def test_unknown_asset_mode_is_rejected():
    with pytest.raises(ValueError, match="`mode` was 'web'"):
        assets.apply_assets(folium.Map(tiles=None), "web")


def test_inline_css_turns_relative_urls_into_data_uris(tmp_path):
    vendor = assets.vendor_dir(tmp_path)
    (vendor / "pkg" / "images").mkdir(parents=True)
    (vendor / "pkg" / "images" / "a.png").write_bytes(b"\x89PNG")
    (vendor / "pkg" / "f.woff2").write_bytes(b"wOF2")
    css = (
        ".a{background:url(images/a.png)} .b{behavior:url(#default#VML)}"
        '@font-face{font-family:x;src:url("f.woff2") format("woff2"),url(f.ttf) format("truetype")}'
    )
    out = assets.inline_css(css, "pkg/style.css", tmp_path)
    assert 'url("data:image/png;base64,' in out
    assert "data:font/woff2;base64," in out and "f.ttf" not in out
    assert "url(#default#VML)" in out


def test_inline_css_rejects_outside_urls(tmp_path):
    with pytest.raises(assets.AssetError, match="outside URL"):
        assets.inline_css(".a{background:url(https://example.org/a.png)}", "x.css", tmp_path)


def test_glyphicons_css_keeps_only_icon_rules():
    css = (
        "html{font-size:10px}"
        '@font-face{font-family:"Glyphicons Halflings";src:url("../fonts/g.woff2")}'
        '.glyphicon{display:inline-block}.glyphicon-star:before{content:"*"}.btn{color:red}'
    )
    out = assets.glyphicons_css(css)
    assert ".glyphicon{" in out and ".glyphicon-star:before" in out
    assert ".btn" not in out and "html{" not in out
    assert "../dist/fonts/g.woff2" in out


@needs_assets
def test_self_contained_size_is_reasonable():
    page = webmap.render_html(make_events(), layer=make_layer(), self_contained=True)
    assert len(page.encode()) < 2_000_000


def plugin_map(plugin: folium.elements.JSCSSMixin, mode: str) -> str:
    m = webmap.build_map(make_events(), assets="cdn")
    plugin.add_to(m)
    assets.apply_assets(m, mode)
    page = m.get_root().render()
    return assets.inline_assets(page) if mode == "inline" else page


@pytest.mark.parametrize(
    "plugin, names",
    [
        (lambda: folium.plugins.Draw(export=False), ("leaflet_draw_js", "leaflet_draw_css")),
        (
            lambda: folium.plugins.HeatMap([[35.0, 38.0], [35.1, 38.1]], control=False),
            ("leaflet-heat.js",),
        ),
    ],
    ids=["draw", "heatmap"],
)
def test_plugins_have_local_copies(plugin, names):
    page = plugin_map(plugin(), "local")
    links = outside_links(page)
    assert links and all(u.startswith("/app/static/vendor/") for u in links)
    for name in names:
        assert assets.asset_url(name, "local") in links


@needs_assets
@pytest.mark.parametrize(
    "plugin, marker",
    [
        (lambda: folium.plugins.Draw(export=True), "L.Control.Draw"),
        (
            lambda: folium.plugins.HeatMap([[35.0, 38.0], [35.1, 38.1]], control=False),
            "L.heatLayer",
        ),
    ],
    ids=["draw", "heatmap"],
)
def test_plugins_inline_with_no_outside_request(plugin, marker):
    page = plugin_map(plugin(), "inline")
    assert outside_links(page) == []
    assert assets.INLINE_SCHEME not in page
    assert marker in page


def grid_events(n: int, quote: str = "Jets struck the town.") -> gpd.GeoDataFrame:
    places = [
        (f"P{i}", 33.0 + (i % 100) * 0.04, 36.0 + (i // 100) * 0.03, "isis") for i in range(n)
    ]
    return make_events(places, quote=quote)


def canvas_data(page: str) -> dict:
    import base64
    import json
    import zlib

    blob = re.search(r'StrikemapCanvas\.decode\("([A-Za-z0-9+/=]+)"\)', page).group(1)
    return json.loads(zlib.decompress(base64.b64decode(blob)))


def test_big_map_is_one_canvas_layer_with_data_not_markup():
    page = (
        webmap.build_map(grid_events(40, quote=HOSTILE), assets="cdn", big_threshold=30)
        .get_root()
        .render()
    )
    assert strike_count(page) == 0
    assert "bindPopup" not in page and "circleMarker" not in page
    assert "new window.StrikemapCanvas.Layer(" in page
    assert "40 strikes mapped" in page
    # the hostile quote is only in the compressed blob, never in the page source
    assert "onerror" not in page and "alert(" not in page
    data = canvas_data(page)
    assert len(data["lat"]) == len(data["lon"]) == 40
    assert data["lat"][0] == round(33.0 * webmap.COORD_SCALE)
    quotes = data["c"]["q"]
    assert quotes["v"] == [HOSTILE] and quotes["i"] == [0] * 40
    assert data["c"]["g"]["v"] == ["isis"]
    doc_id, title, url, source, published = data["c"]["s"]["v"][0]
    assert (doc_id, title, url) == ("doc1", "Report <b>one</b>", "https://example.org/report")
    assert (source, published) == ("The Interpreter", "2015-10-08")


def test_big_map_popup_code_never_uses_markup():
    js = webmap.STRIKE_SHARED_JS.read_text(encoding="utf-8")
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js
    assert "textContent" in js


def test_one_popup_builder_serves_the_big_map_and_the_playback():
    from geo.output import playback

    for script in (webmap.STRIKE_CANVAS_JS, playback.PLAYBACK_JS):
        js = script.read_text(encoding="utf-8")
        assert "shared.popup(" in js and 'el("blockquote"' not in js, script.name
        page_script = webmap.strike_script(script)
        assert page_script.index("window.StrikemapShared =") < page_script.index(js[:60])


def test_strike_data_drops_unsafe_links_and_blank_values():
    events = grid_events(3)
    events.loc[0, "doc_url"] = "javascript:alert(1)"
    events.loc[1, "place_name"] = "  "
    events.loc[2, "weapon"] = ""
    data = webmap.strike_data(webmap.located(events))
    assert data["c"]["s"]["v"][0][2] is None
    assert data["c"]["p"]["v"][data["c"]["p"]["i"][1]] == "P1"
    assert data["c"]["e"]["i"] == [-1, -1, -1]


def test_small_maps_keep_markers_with_popups():
    page = webmap.build_map(grid_events(20), assets="cdn", big_threshold=30).get_root().render()
    assert strike_count(page) == 20 and "StrikemapCanvas" not in page


@pytest.mark.parametrize("n, big", [(10, 30), (40, 30)], ids=["markers", "canvas"])
def test_heatmap_option(n, big):
    m = webmap.build_map(grid_events(n), assets="local", big_threshold=big, heatmap=True)
    page = m.get_root().render()
    assert "L.heatLayer(" in page
    assert assets.asset_url("leaflet-heat.js", "local") in outside_links(page)
    assert '"Heatmap"' in page  # listed in the layer control


def test_local_mode_loads_only_what_the_map_uses():
    small = outside_links(webmap.build_map(make_events(), assets="local").get_root().render())
    big = outside_links(
        webmap.build_map(grid_events(40), assets="local", big_threshold=30).get_root().render()
    )
    for links in (small, big):
        assert not any("bootstrap" in u or "fontawesome" in u for u in links)
        assert assets.asset_url("leaflet", "local") in links
    # The strikes' popups are built without jQuery, on small maps as on big ones.
    assert assets.asset_url("jquery", "local") not in small
    assert assets.asset_url("jquery", "local") not in big
    assert not any("markercluster" in u for u in big)


def test_icons_keep_their_files():
    m = webmap.build_map(make_events(), assets="cdn")
    folium.Marker((35, 38), icon=folium.Icon(icon="star")).add_to(m)
    links = outside_links(assets.apply_assets(m, "local").get_root().render())
    assert assets.asset_url("bootstrap_css", "local") in links
    assert assets.asset_url("awesome_markers", "local") in links


@needs_assets
def test_big_self_contained_page_fetches_nothing_outside():
    page = webmap.render_html(grid_events(40), big_threshold=30, heatmap=True)
    assert outside_links(page) == []
    assert "L.heatLayer" in page and "StrikemapCanvas" in page


def test_contradiction_rings_and_draw_control_are_escaped_and_counted():
    events = events_from_rows(
        [
            dict(longitude=36.56, latitude=35.61, claim_vs_ground="contradicted",
                 claimant="<img src=x onerror=alert(1)>", claimed_target="isis",
                 controlled_by="opposition"),
            dict(longitude=38.99, latitude=35.95, claim_vs_ground="consistent"),
        ]
    )  # fmt: skip
    m = webmap.build_map(events, assets="cdn")
    assert webmap.add_contradiction_rings(m, events) == 1
    webmap.add_draw_control(m)
    page = m.get_root().render()
    assert "contradiction-marker" in page and "L.Control.Draw" in page
    assert "<img src=x" not in page


def test_the_changes_of_the_period_are_listed_newest_first_and_escaped():
    from tests.support.timelines import change_row, two_factions

    timeline = two_factions(
        [
            change_row(date=date(2015, 10, 2), area="strip", place="Early town",
                       from_faction="isis", to_faction="regime", source="Monitor"),
            change_row(date=date(2015, 10, 8), place="<img src=x onerror=alert(1)>",
                       lat="35.5", lon="39.6", from_faction="regime", to_faction="opposition",
                       source="Council <b>statement</b>", url="javascript:alert(1)"),
            change_row(date=date(2015, 10, 9), area="strip", place="Late town",
                       from_faction="regime", to_faction="isis", source="Wire",
                       url="https://example.org/wire"),
            change_row(date=date(2016, 1, 5), area="strip", place="Later town",
                       from_faction="isis", to_faction="regime", source="Agency"),
        ]
    )  # fmt: skip
    markup = webmap.changes_html(timeline, date(2015, 10, 7), date(2015, 10, 9))
    assert markup is not None and markup.startswith('<details class="sm-changes">')
    assert "(2)" in markup and "Early town" not in markup and "Later town" not in markup
    assert markup.index("Late town") < markup.index("&lt;img")  # newest first
    assert "<img" not in markup and "<b>" not in markup and "javascript:" not in markup
    assert '<a href="https://example.org/wire"' in markup
    assert webmap.changes_html(timeline, date(2015, 10, 7), date(2015, 10, 9), limit=1).endswith(
        '<div class="sm-muted">and 1 earlier</div></details>'
    )
    assert webmap.changes_html(timeline, date(2016, 6, 1), None) is None
    assert webmap.changes_html([make_layer()], None, None) is None
    html = webmap.render_html(make_events(), layers=timeline)
    assert "Changes of control in this period (2)" in html


def decoded(data: dict) -> dict[str, list]:
    """The canvas data as one value per strike and column (codes resolved)."""
    columns = {k: [c["v"][i] if i >= 0 else None for i in c["i"]] for k, c in data["c"].items()}
    return {**columns, "lat": data["lat"], "lon": data["lon"]}


def test_a_views_data_cut_from_the_tables_encoding_is_its_own_encoding():
    events = grid_events(12)
    events["quote"] = [f"Quote {i % 5}" for i in range(len(events))]
    events.loc[3, "weapon"] = "barrel bombs"
    points = webmap.located(events)
    table = webmap.encode_strikes(points)
    view = points.iloc[[1, 3, 4, 7]]
    cut = webmap.select_strikes(table, table.labels.get_indexer(view.index))
    assert decoded(cut) == decoded(webmap.strike_data(view))
    # Only the values the view uses travel: 4 of the 5 quotes, one weapon.
    assert len(cut["c"]["q"]["v"]) == 4 and cut["c"]["e"]["v"] == ["barrel bombs"]
    assert cut["c"]["e"]["i"] == [-1, 0, -1, -1]


def test_a_views_own_columns_are_encoded_from_the_view():
    points = webmap.located(grid_events(6))
    table = webmap.encode_strikes(points)
    view = points.iloc[[0, 2]].copy()
    view["controlled_by"] = ["regime", None]
    rows = table.labels.get_indexer(view.index)
    data = decoded(webmap.select_strikes(table, rows, view, ["g"]))
    assert data["g"] == ["regime", None]
    assert decoded(webmap.select_strikes(table, rows))["g"] == ["isis", "isis"]


def test_area_features_draw_each_geometry_as_simplify_does_and_reuse_it():
    wiggly = shapely.Polygon(
        [(36.0 + i * 1e-4, 35.0 + (i % 2) * 2e-4) for i in range(200)]
        + [(36.02, 34.9), (36.0, 34.9)]
    )
    other = box(37.0, 35.0, 37.5, 35.5)
    first = gpd.GeoDataFrame(
        {"faction": ["isis", "regime"]}, geometry=[wiggly, other], crs="EPSG:4326"
    )
    # The next state: the regime's ground moved, the ISIS ground did not.
    second = gpd.GeoDataFrame(
        {"faction": ["isis", "regime"]},
        geometry=[shapely.Polygon(wiggly.exterior.coords), box(37.0, 35.0, 37.6, 35.5)],
        crs="EPSG:4326",
    )
    one = webmap.area_features(first, webmap.CONTROL_TOLERANCE)
    two = webmap.area_features(second, webmap.CONTROL_TOLERANCE)
    expected = webmap.simplify(first, webmap.CONTROL_TOLERANCE)
    for feature, geom in zip(one, expected.geometry, strict=True):
        assert shapely.geometry.shape(feature["geometry"]).equals(geom)
    assert len(shapely.geometry.shape(one[0]["geometry"]).exterior.coords) < 200
    assert [f["properties"] for f in one] == [{"faction": "isis"}, {"faction": "regime"}]
    assert two[0]["geometry"] is one[0]["geometry"]  # simplified once for both states
    assert two[1]["geometry"] != one[1]["geometry"]


def test_area_features_leave_out_empty_rows():
    frame = gpd.GeoDataFrame(
        {"faction": ["isis", "kurdish"]},
        geometry=[box(38.0, 35.0, 38.5, 35.5), shapely.Polygon()],
        crs="EPSG:4326",
    )
    assert [f["id"] for f in webmap.area_features(frame)] == ["0"]
