"""Time playback inside the app: the played-by-day map steps through the days offline."""

from __future__ import annotations

import pytest
from test_app_browser import LOAD_TIMEOUT, app  # noqa: F401 - the fixture

pytestmark = [pytest.mark.browser]

READY = ".sm-playback[data-ready]"


def playback_frame(page):
    iframe = page.locator('iframe[srcdoc*="sm-playback"]').first
    iframe.wait_for(timeout=LOAD_TIMEOUT)
    frame = iframe.element_handle().content_frame()
    frame.wait_for_selector(READY, timeout=LOAD_TIMEOUT)
    return frame


def test_the_app_plays_the_view_day_by_day(app):  # noqa: F811
    page, guard = app
    page.get_by_text("Show the playback").click()
    frame = playback_frame(page)
    first = frame.locator(".sm-date").text_content()
    frame.locator(".sm-fwd-day").click()
    frame.wait_for_function(
        "(before) => document.querySelector('.sm-date').textContent !== before", arg=first
    )
    stepped = frame.locator(".sm-date").text_content()
    frame.locator(".sm-fwd-week").click()
    frame.wait_for_function(
        "(before) => document.querySelector('.sm-date').textContent !== before", arg=stepped
    )
    # Play moves the day on by itself; pause stops it.
    frame.locator(".sm-play").click()
    frame.wait_for_timeout(1500)
    frame.locator(".sm-play").click()
    paused = frame.locator(".sm-date").text_content()
    frame.wait_for_timeout(1000)
    assert frame.locator(".sm-date").text_content() == paused
    assert frame.locator(".sm-areas").count() >= 1  # the control areas of the day
    assert guard.outside == []
    page.get_by_text("Show the playback").click()  # leave the page as the other tests expect
