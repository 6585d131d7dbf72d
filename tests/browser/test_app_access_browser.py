"""Keyboard, screen readers and small screens: the app's map and controls."""

from __future__ import annotations

import pytest
from conftest import guarded_page
from test_app_browser import LOAD_TIMEOUT, app, map_frame  # noqa: F401 - the fixture

pytestmark = [pytest.mark.browser]

NAMED_FOCUS_JS = """() => {
    const el = document.activeElement;
    return el ? [el.getAttribute('role'), el.getAttribute('aria-label') || ''] : null;
}"""


def test_strikes_are_reached_by_tab_named_and_opened_by_enter(app):  # noqa: F811
    page, guard = app
    _, frame = map_frame(page)
    frame.wait_for_selector('[role="button"][aria-label]', timeout=LOAD_TIMEOUT)
    names = frame.locator('path.strike-marker[tabindex="0"]').evaluate_all(
        "els => els.map(e => e.getAttribute('aria-label'))"
    )
    assert names and all(n.startswith("Strike: ") and len(n) > len("Strike: ") for n in names)
    # From the map, Tab moves onto a strike (or a cluster of strikes), each with a name.
    frame.locator(".leaflet-container").focus()
    focused = None
    for _ in range(40):
        frame.page.keyboard.press("Tab")
        focused = frame.evaluate(NAMED_FOCUS_JS)
        if focused and focused[0] == "button" and focused[1].startswith("Strike: "):
            break
    assert focused and focused[1].startswith("Strike: "), focused
    frame.page.keyboard.press("Enter")
    frame.locator(".leaflet-popup .sm-popup").wait_for(timeout=10_000)
    clusters = frame.locator(".marker-cluster[aria-label]")
    for label in clusters.evaluate_all("els => els.map(e => e.getAttribute('aria-label'))"):
        assert label.split()[0].isdigit() and "strikes here" in label
    assert guard.outside == []


def test_on_a_phone_the_map_comes_before_the_filters(browser, app_url):
    page, guard = guarded_page(browser, allowed=(app_url,))
    page.set_viewport_size({"width": 390, "height": 844})
    try:
        page.goto(app_url)
        page.get_by_test_id("stMetric").first.wait_for(timeout=LOAD_TIMEOUT)
        iframe, _ = map_frame(page)
        box = iframe.bounding_box()
        assert box["width"] <= 390 and box["height"] > 300
        sidebar = page.get_by_test_id("stSidebar")
        filters = page.get_by_label("Search the quotes")
        # The filters wait in the side panel, closed (off screen) on a phone ...
        panel = sidebar.bounding_box()
        assert panel is None or panel["x"] + panel["width"] <= 0
        place = filters.bounding_box()
        assert place is None or place["x"] + place["width"] <= 0
        # ... and the map starts within the first screen, before any filter.
        assert box["y"] < 844, box
        # The top figures' labels are whole, not cut off with an ellipsis.
        cut = page.evaluate(
            """() => [...document.querySelectorAll('[data-testid="stMetricLabel"]')]
                .filter(l => [l, ...l.querySelectorAll('*')].some(e =>
                    e.scrollWidth > e.clientWidth + 1))
                .map(l => l.innerText)"""
        )
        assert cut == [], cut
        assert guard.outside == []
    finally:
        page.context.close()


def test_on_a_phone_the_title_box_leaves_the_map_in_view(browser, app_url):
    from test_export_browser import PHONE_TITLE_SHARE, TITLE_SHARE_JS

    page, guard = guarded_page(browser, allowed=(app_url,))
    page.set_viewport_size({"width": 390, "height": 844})
    try:
        page.goto(app_url)
        page.get_by_test_id("stMetric").first.wait_for(timeout=LOAD_TIMEOUT)
        _, frame = map_frame(page)
        # The title box holds the view's text (dates, counts, the day's ground) by now.
        frame.wait_for_selector(".sm-titlebox .sm-ground", timeout=LOAD_TIMEOUT)
        share = frame.evaluate(TITLE_SHARE_JS)
        assert 0 < share <= PHONE_TITLE_SHARE, share
        assert guard.outside == []
    finally:
        page.context.close()
