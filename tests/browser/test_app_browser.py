"""The Streamlit app in a real browser, with every outside request aborted."""

from __future__ import annotations

import csv
import io
import json
import re
import time

import pytest
from conftest import COUNT_STRIKES_JS, guarded_page, opened_app, wait_for_strikes

from tests.support.browser import map_frame as shared_map_frame
from tests.support.browser import metric

pytestmark = [
    pytest.mark.browser,
]
LOAD_TIMEOUT = 90_000

try:
    from playwright.sync_api import Error as PlaywrightError
except ImportError:  # the chromium_path fixture skips (or fails on CI) with the reason
    PlaywrightError = RuntimeError


@pytest.fixture(scope="module")
def app(browser, app_url):
    with opened_app(browser, app_url, LOAD_TIMEOUT) as opened:
        yield opened


def wait_metric(page, label: str, expected: int) -> None:
    page.wait_for_function(
        """([label, expected]) => [...document.querySelectorAll('[data-testid="stMetric"]')]
            .some(m => m.innerText.includes(label) &&
                  parseInt(m.querySelector('[data-testid="stMetricValue"]').innerText)
                    === expected)""",
        arg=[label, expected],
        timeout=LOAD_TIMEOUT,
    )


def map_frame(page):
    return shared_map_frame(page, timeout_ms=LOAD_TIMEOUT)


def strikes_in_frame(page, expected: int, timeout: float = 60) -> int:
    """Count the strikes in the map iframe until it shows ``expected`` (it is
    re-created when the view changes, so look it up afresh each time)."""
    deadline = time.monotonic() + timeout
    seen = -1
    while time.monotonic() < deadline:
        try:
            _, frame = map_frame(page)
            seen = wait_for_strikes(frame, expected, timeout=5_000)
        except PlaywrightError:
            seen = -1
        if seen == expected:
            return seen
        page.wait_for_timeout(250)
    return seen


def shown_strikes(page) -> int:
    return strikes_in_frame(page, metric(page, "Located on the map"))


def settled(page) -> None:
    """Wait until the map has reported its position (written into the address) and the
    reruns it causes are over: a download clicked during a rerun is of a stale run."""
    page.wait_for_function(
        "() => new URLSearchParams(location.search).has('zoom')", timeout=LOAD_TIMEOUT
    )
    page.get_by_test_id("stStatusWidget").wait_for(state="detached", timeout=LOAD_TIMEOUT)


def download(page, label: str):
    settled(page)
    button = page.get_by_test_id("stDownloadButton").filter(has_text=label)
    with page.expect_download(timeout=LOAD_TIMEOUT) as info:
        button.click()
    return info.value


def test_app_loads_the_seeds_and_draws_the_map(app):
    page, guard = app
    assert metric(page, "Reports in view") > 0
    iframe, frame = map_frame(page)
    box = iframe.bounding_box()
    assert box["height"] > 300 and box["width"] > 300
    assert frame.locator(".sm-legend").is_visible()
    located = metric(page, "Located on the map")
    assert located > 0
    assert shown_strikes(page) == located
    assert guard.outside == []


def test_filter_changes_the_markers(app):
    page, guard = app
    total = metric(page, "Located on the map")
    search = page.get_by_label("Search the quotes")
    search.fill("no report says this 1234")
    search.press("Enter")
    wait_metric(page, "Reports in view", 0)
    assert strikes_in_frame(page, 0) == 0
    search.fill("")
    search.press("Enter")
    wait_metric(page, "Located on the map", total)
    assert shown_strikes(page) == total

    page.get_by_test_id("stMultiSelect").filter(has_text="Ground held by").click()
    options = [o.inner_text().strip() for o in page.get_by_role("option").all()]
    faction = next(o for o in options if o in ("ISIS", "Regime", "Opposition", "Kurdish forces"))
    page.get_by_role("option", name=faction, exact=True).click()
    page.keyboard.press("Escape")
    page.wait_for_function(
        f"""() => [...document.querySelectorAll('[data-testid="stMetric"]')]
            .some(m => m.innerText.includes('Located on the map') &&
                  parseInt(m.querySelector('[data-testid="stMetricValue"]').innerText)
                    !== {total})""",
        timeout=LOAD_TIMEOUT,
    )
    narrowed = metric(page, "Located on the map")
    assert 0 < narrowed < total
    assert shown_strikes(page) == narrowed
    assert guard.outside == []


def test_downloads_are_valid(app, tmp_path, browser):
    page, guard = app
    in_view = metric(page, "Reports in view")
    located = metric(page, "Located on the map")

    geojson = json.loads(download(page, "GeoJSON").path().read_text(encoding="utf-8"))
    assert geojson["type"] == "FeatureCollection"
    assert len(geojson["features"]) == located
    assert all(f["geometry"]["type"] == "Point" for f in geojson["features"])

    text = download(page, "CSV").path().read_text(encoding="utf-8")
    assert len(list(csv.DictReader(io.StringIO(text)))) == in_view

    html_path = tmp_path / "map.html"
    download(page, "HTML map").save_as(html_path)
    assert guard.outside == []
    offline, offline_guard = guarded_page(browser)
    try:
        offline.goto(html_path.as_uri())
        offline.wait_for_selector(".leaflet-container")
        assert wait_for_strikes(offline, located) == located
        assert offline.evaluate(COUNT_STRIKES_JS) == located
        assert offline_guard.outside == []
    finally:
        offline.context.close()


def test_popups_name_the_source_not_the_file(app, tmp_path, browser):
    page, guard = app
    html_path = tmp_path / "sources.html"
    download(page, "HTML map").save_as(html_path)
    offline, offline_guard = guarded_page(browser)
    try:
        offline.goto(html_path.as_uri())
        offline.wait_for_selector(".leaflet-container")
        offline.locator("path.strike-marker").first.click(force=True)
        source = offline.locator(".leaflet-popup .sm-source")
        source.wait_for(timeout=10_000)
        text = source.inner_text()
        # Publisher · title · date, and no file name such as 000_74f1f7d490c13f6e.
        assert re.fullmatch(r"Source: .+ · .+ · \d{4}-\d{2}-\d{2}", text.strip()), text
        assert not re.search(r"\b\d{3}_[0-9a-f]{16}\b", text), text
        for link in source.locator("a").all():
            assert link.get_attribute("rel") == "noopener noreferrer"
            assert link.get_attribute("target") == "_blank"
            assert link.get_attribute("href").startswith(("http://", "https://"))
        assert offline_guard.outside == [] and guard.outside == []
    finally:
        offline.context.close()


def test_print_map_of_the_view(app, tmp_path):
    from PIL import Image

    from geo.output.printmap import DEFAULT_SIZE

    page, guard = app
    path = tmp_path / "view.png"
    download(page, "Print map (PNG)").save_as(path)
    with Image.open(path) as image:
        assert image.format == "PNG" and image.size == DEFAULT_SIZE
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50  # a drawn map, not a blank page
    assert guard.outside == []
