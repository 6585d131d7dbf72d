"""A big self-contained map (canvas layer) opened from file://, in a real browser."""

from __future__ import annotations

import pytest
from conftest import guarded_page

from geo.output import webmap

pytestmark = [
    pytest.mark.browser,
]

N = 20_000
HOSTILE = "<img src=x onerror=window.__pwned=1>"
#: The number of strikes the canvas layer decoded (set once its data is read).
CANVAS_COUNT_JS = """() => {
    const c = document.querySelector('canvas.strike-canvas');
    return c ? parseInt(c.dataset.count, 10) : -1;
}"""
#: Container coordinates of the first strike, from the layer itself.
FIRST_STRIKE_JS = """() => {
    const name = Object.keys(window).find(k => k.startsWith('strike_canvas_'));
    const layer = window[name];
    const p = layer._map.latLngToContainerPoint(layer._latLng(0));
    return [p.x, p.y];
}"""


def big_events(n: int):
    import geopandas as gpd
    import numpy as np
    from test_webmap import make_events

    # The first strike stands alone in the south; the others fill a grid further north.
    base = make_events([("Lonely", 33.0, 36.6, "isis")], quote=HOSTILE)
    rng = np.random.default_rng(7)
    lat = rng.uniform(34.5, 36.8, n - 1)
    lon = rng.uniform(36.5, 41.5, n - 1)
    rest = base.loc[base.index.repeat(n - 1)].reset_index(drop=True)
    rest = rest.assign(
        place_name=[f"P{i}" for i in range(n - 1)],
        quote="Jets struck the town.",
        controlled_by=rng.choice(["isis", "regime", "opposition", "kurdish", None], n - 1),
    )
    rest = rest.set_geometry(gpd.points_from_xy(lon, lat, crs="EPSG:4326"))
    return gpd.GeoDataFrame(
        gpd.pd.concat([base, rest], ignore_index=True), geometry="geometry", crs="EPSG:4326"
    )


@pytest.fixture(scope="module")
def big_export(tmp_path_factory):
    target = tmp_path_factory.mktemp("big") / "big.html"
    target.write_text(webmap.render_html(big_events(N), title="Big map"), encoding="utf-8")
    return target


def test_big_export_draws_every_strike_on_a_canvas(browser, big_export):
    page, guard = guarded_page(browser)
    try:
        page.goto(big_export.as_uri())
        page.wait_for_function(f"({CANVAS_COUNT_JS})() > 0", timeout=25_000)
        assert page.evaluate(CANVAS_COUNT_JS) == N
        assert page.locator("path.strike-marker").count() == 0
        assert page.locator(".leaflet-marker-icon.strike-cluster").count() == 0
        # The canvas has been painted: some pixels are not transparent.
        painted = page.evaluate(
            """() => {
                const c = document.querySelector('canvas.strike-canvas');
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let n = 0;
                for (let i = 3; i < d.length; i += 4) { if (d[i]) n++; }
                return n;
            }"""
        )
        assert painted > 1000
        assert f"{N} strikes mapped" in page.locator(".sm-sub").first.inner_text()
        assert guard.outside == [] and guard.errors == [] and guard.dialogs == []
    finally:
        page.context.close()


def test_click_opens_a_popup_with_the_quote_as_text(browser, big_export):
    page, guard = guarded_page(browser)
    try:
        page.goto(big_export.as_uri())
        page.wait_for_function(f"({CANVAS_COUNT_JS})() > 0", timeout=25_000)
        x, y = page.evaluate(FIRST_STRIKE_JS)
        box = page.locator(".leaflet-container").bounding_box()
        page.mouse.click(box["x"] + x, box["y"] + y)
        quote = page.locator(".sm-popup blockquote")
        quote.wait_for(timeout=5_000)
        assert quote.inner_text().strip() == HOSTILE
        assert page.locator(".sm-popup img").count() == 0
        assert page.locator(".sm-popup .sm-place").inner_text().startswith("Lonely")
        link = page.locator(".sm-popup .sm-source a")
        assert link.get_attribute("href") == "https://example.org/report"
        assert page.evaluate("() => window.__pwned") is None
        assert guard.outside == [] and guard.errors == [] and guard.dialogs == []
    finally:
        page.context.close()
