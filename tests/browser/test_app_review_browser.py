"""The review view's map in the app: drawn, close on the point, with the places around it."""

from __future__ import annotations

import pytest
from conftest import opened_app
from test_app_browser import LOAD_TIMEOUT
from test_app_places_browser import map_view, wait_idle

pytestmark = [pytest.mark.browser]


def test_the_review_map_is_drawn_close_on_the_point_with_the_villages_around(browser, app_url):
    with opened_app(browser, app_url, LOAD_TIMEOUT) as (page, guard):
        wait_idle(page)
        page.get_by_test_id("stRadio").filter(has_text="Contradictions").get_by_text(
            "Review and corrections", exact=True
        ).click()
        page.get_by_text("Gazetteer candidates").first.wait_for(timeout=LOAD_TIMEOUT)
        wait_idle(page)
        frame = page.locator('iframe[title="streamlit_folium.st_folium"]')
        assert frame.count() == 1  # the review map alone
        box = frame.bounding_box()
        # It once stayed zero pixels high: the places nearby broke the map's layer control.
        page.wait_for_function(
            """() => document.querySelector('iframe[title="streamlit_folium.st_folium"]')
                .getBoundingClientRect().height > 300""",
            timeout=LOAD_TIMEOUT,
        )
        box = frame.bounding_box()
        assert box["height"] > 300 and box["width"] > 300
        view = map_view(page)
        assert view is not None and view[2] >= 11, view  # close enough to tell villages apart
        inner = frame.content_frame
        assert inner.locator(".sm-near").count() > 0  # the villages around are named
        assert guard.outside == []
