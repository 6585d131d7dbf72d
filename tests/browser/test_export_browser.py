"""An exported self-contained map, opened from file://, in a real browser."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import COUNT_STRIKES_JS, guarded_page, wait_for_strikes

from geo.output import assets, webmap

pytestmark = [
    pytest.mark.browser,
]

HOSTILE = "</script><script>alert('quote')</script><img src=x onerror=alert('img')> `${alert(1)}`"


def events_in_code(n: int):
    from test_webmap import make_events

    places = [(f"P{i}", 33.5 + (i % 20) * 0.18, 36.3 + (i // 20) * 0.4, "isis") for i in range(n)]
    places.append(("Nowhere", None, None, None))
    return make_events(places, quote=HOSTILE)


#: Fresh loads of a clustered map allowed when its first drawing is cut short.
RELOADS = 3
REDRAW_WITHOUT_ANIMATION_JS = """() => {
    const key = Object.keys(window).find(k => k.startsWith('map_') && window[k].setView);
    const m = window[key];
    const zoom = m.getZoom();
    m.setView(m.getCenter(), zoom - 1, {animate: false});
    m.setView(m.getCenter(), zoom, {animate: false});
}"""


def open_file(browser, path: Path):
    page, guard = guarded_page(browser)
    page.goto(path.as_uri())
    page.wait_for_selector(".leaflet-container")
    page.wait_for_function(f"({COUNT_STRIKES_JS})() > 0", timeout=20_000)
    return page, guard


@pytest.mark.parametrize("n", [12, 240], ids=["markers", "clustered"])
def test_exported_map_shows_every_strike_offline(browser, tmp_path, n):
    from test_webmap import make_layer

    target = tmp_path / "map.html"
    target.write_text(
        webmap.render_html(events_in_code(n), layer=make_layer(), title="<b>Export</b>"),
        encoding="utf-8",
    )
    page, guard = open_file(browser, target)
    try:
        shown = wait_for_strikes(page, n)
        for _ in range(RELOADS):
            if shown == n or n <= webmap.DEFAULT_CLUSTER_THRESHOLD:
                break
            # In headless chromium the clusters' first zoom animation is now and then cut
            # short by the next, leaving markers of the zoom before on the page (about one
            # load in eight here); a view set without animation, else a fresh load, draws
            # the map as a reader's browser does.
            page.evaluate(REDRAW_WITHOUT_ANIMATION_JS)
            shown = wait_for_strikes(page, n)
            if shown != n:
                page.reload()
                page.wait_for_selector(".leaflet-container")
                shown = wait_for_strikes(page, n)
        assert shown == n
        assert guard.outside == []
        assert guard.dialogs == [] and guard.errors == []
        assert "<b>Export</b>" in page.locator(".sm-title").inner_text()
        assert page.locator(".sm-legend").is_visible()
        assert page.locator(".leaflet-control-scale").is_visible()
        box = page.locator(".leaflet-container").bounding_box()
        assert box["width"] >= 1200 and box["height"] >= 900
    finally:
        page.context.close()


def test_popup_shows_the_quote_literally(browser, tmp_path):
    target = tmp_path / "map.html"
    target.write_text(webmap.render_html(events_in_code(3)), encoding="utf-8")
    page, guard = open_file(browser, target)
    try:
        page.locator("path.strike-marker").first.click(force=True)
        quote = page.locator(".sm-popup blockquote")
        quote.wait_for()
        assert quote.inner_text().strip() == HOSTILE
        assert guard.dialogs == [] and guard.outside == []
    finally:
        page.context.close()


def test_seed_map_from_the_cli(browser, tmp_path):
    from geo import cli

    repo = Path(__file__).resolve().parents[2]
    target = tmp_path / "seeds.html"
    assert cli.main(["map", str(repo / "seeds"), "--out", str(target)]) in (0, 1)
    page, guard = open_file(browser, target)
    try:
        from geo import pipeline

        expected = len(webmap.located(pipeline.build(repo / "seeds").events))
        assert wait_for_strikes(page, expected) == expected
        # The changes of control of the period, folded; opened, they list their
        # sources, and still nothing is fetched.
        changes = page.locator(".sm-changelist details")
        assert changes.count() == 1 and changes.get_attribute("open") is None
        changes.locator("summary").click()
        assert page.locator(".sm-changelist li").first.is_visible()
        assert guard.outside == []
    finally:
        page.context.close()


def plugin_export(tmp_path: Path, plugin) -> Path:
    m = webmap.build_map(events_in_code(5), assets="cdn")
    plugin.add_to(m)
    assets.apply_assets(m, "inline")
    target = tmp_path / "plugin.html"
    target.write_text(assets.inline_assets(m.get_root().render()), encoding="utf-8")
    return target


def test_draw_control_works_offline(browser, tmp_path):
    import folium.plugins

    target = plugin_export(tmp_path, folium.plugins.Draw(export=True))
    page, guard = open_file(browser, target)
    try:
        page.locator(".leaflet-draw-draw-polygon").wait_for()
        assert page.locator(".leaflet-draw-toolbar").count() >= 1
        # the toolbar's sprite is an inlined image
        sprite = page.evaluate(
            """() => getComputedStyle(document.querySelector('.leaflet-draw-toolbar a'))
                .backgroundImage"""
        )
        assert 'url("data:image/' in sprite
        assert guard.outside == [] and guard.errors == []
    finally:
        page.context.close()


def test_heatmap_works_offline(browser, tmp_path):
    target = tmp_path / "heat.html"
    page_html = webmap.render_html(events_in_code(30), heatmap=True)
    target.write_text(page_html, encoding="utf-8")
    # The markers start hidden under the heatmap: wait for the map, not for strikes.
    page, guard = guarded_page(browser)
    page.goto(target.as_uri())
    page.wait_for_selector(".leaflet-container")
    try:
        page.locator("canvas.leaflet-heatmap-layer").wait_for(state="attached")
        # the heat layer is drawn (a sized canvas) from local assets alone
        size = page.evaluate(
            "() => { const c = document.querySelector('canvas.leaflet-heatmap-layer');"
            " return [c.width, c.height]; }"
        )
        assert min(size) > 0
        assert guard.outside == [] and guard.errors == []
    finally:
        page.context.close()


def test_big_map_heatmap_works_offline(browser, tmp_path):
    target = tmp_path / "bigheat.html"
    target.write_text(
        webmap.render_html(events_in_code(60), heatmap=True, big_threshold=50), encoding="utf-8"
    )
    page, guard = guarded_page(browser)
    try:
        page.goto(target.as_uri())
        page.locator("canvas.leaflet-heatmap-layer").wait_for(state="attached")
        # the strike points start hidden under the heatmap; the heat layer got all points
        page.wait_for_function(
            """() => { const k = Object.keys(window).find(n => n.startsWith('strike_heat_'));
                       return k && window[k]._latlngs.length === 60; }""",
            timeout=20_000,
        )
        assert guard.outside == [] and guard.errors == []
    finally:
        page.context.close()


#: Share of the map's area the title box may cover on a phone.
PHONE_TITLE_SHARE = 0.15
TITLE_SHARE_JS = """() => {
    const m = document.querySelector('.leaflet-container').getBoundingClientRect();
    const t = document.querySelector('.sm-titlebox').getBoundingClientRect();
    return (t.width * t.height) / (m.width * m.height);
}"""


def test_on_a_phone_the_title_box_leaves_the_map_in_view(browser, tmp_path):
    from test_webmap import make_layer

    target = tmp_path / "map.html"
    target.write_text(
        webmap.render_html(
            events_in_code(12),
            layer=make_layer(),
            title="Air strikes in Syria, autumn 2015",
            subtitle="Strikes reported by three news agencies, placed on the ground of the day",
        ),
        encoding="utf-8",
    )
    page, guard = guarded_page(browser)
    page.set_viewport_size({"width": 390, "height": 844})
    try:
        page.goto(target.as_uri())
        page.wait_for_selector(".sm-titlebox")
        share = page.evaluate(TITLE_SHARE_JS)
        assert 0 < share <= PHONE_TITLE_SHARE, share
        assert guard.outside == []
    finally:
        page.context.close()
