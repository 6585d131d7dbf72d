"""A view to share: the address of a view, opened in a fresh browser, shows the same view."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest
from conftest import guarded_page
from test_app_browser import LOAD_TIMEOUT, map_frame, strikes_in_frame

from tests.support.browser import metric

pytestmark = [pytest.mark.browser]

MAP_ZOOM_JS = """() => {
    const m = Object.keys(window).filter(k => k.startsWith('map_')).map(k => window[k])
        .find(v => v && typeof v.getZoom === 'function');
    return m ? m.getZoom() : null;
}"""


def open_app(browser, url: str, base: str):
    page, guard = guarded_page(browser, allowed=(base,))
    page.goto(url)
    page.get_by_test_id("stMetric").first.wait_for(timeout=LOAD_TIMEOUT)
    return page, guard


def chips(page, label: str) -> list[str]:
    box = page.get_by_test_id("stMultiSelect").filter(has_text=label)
    tags = box.locator('[data-testid="stMultiSelectTagsContainer"] [data-tag]:visible')
    return [t.get_attribute("aria-label") for t in tags.all()]


def test_a_shared_address_reopens_the_same_view(browser, app_url):
    page, guard = open_app(browser, app_url, app_url)
    try:
        total = metric(page, "Located on the map")
        page.get_by_test_id("stMultiSelect").filter(has_text="Ground held by").click()
        options = [o.inner_text().strip() for o in page.get_by_role("option").all()]
        faction = next(o for o in options if o in ("ISIS", "Regime", "Opposition"))
        page.get_by_role("option", name=faction, exact=True).click()
        page.keyboard.press("Escape")
        page.wait_for_function("() => location.search.includes('ground=')", timeout=LOAD_TIMEOUT)
        narrowed = metric(page, "Located on the map")
        assert 0 < narrowed < total
        assert strikes_in_frame(page, narrowed) == narrowed
        # Move the map: its position goes into the address too.
        _, frame = map_frame(page)
        frame.locator(".leaflet-control-zoom-in").click()
        page.wait_for_function(
            "() => new URLSearchParams(location.search).has('zoom')", timeout=LOAD_TIMEOUT
        )
        page.wait_for_timeout(1500)  # let the last rerun write the address
        shared = page.url
        assert guard.outside == []
    finally:
        page.context.close()

    query = parse_qs(urlparse(shared).query)
    assert query["ground"] and query["day"] and query["zoom"]
    fresh, fresh_guard = open_app(browser, shared, app_url)
    try:
        # The shared address is applied on the session's first run; wait for its chip.
        fresh.get_by_test_id("stMultiSelect").filter(has_text="Ground held by").locator(
            '[data-testid="stMultiSelectTagsContainer"] [data-tag]'
        ).first.wait_for(timeout=LOAD_TIMEOUT)
        assert chips(fresh, "Ground held by") == [faction]
        assert metric(fresh, "Located on the map") == narrowed
        assert strikes_in_frame(fresh, narrowed) == narrowed
        _, frame = map_frame(fresh)
        frame.wait_for_function(f"({MAP_ZOOM_JS})() === {int(query['zoom'][0])}", timeout=20_000)
        day = fresh.get_by_test_id("stSlider").filter(has_text="Ground shown on")
        assert query["day"][0] in day.inner_text()
        assert fresh_guard.outside == []
    finally:
        fresh.context.close()
