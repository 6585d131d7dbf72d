"""Hostile reports in a real browser: no payload runs, every payload shows as text.

Each payload of ``tests/hostile`` would set ``window.__pwned`` (or open a
dialog, or fetch an outside address) if it ever ran or rendered as markup.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import guarded_page, opened_app, run_app
from hostile.corpus import (
    FLAG,
    HOSTILE_FILE_NAMES,
    PAYLOADS,
    front_matter,
    reports,
    with_hostile_places,
    write_corpus,
)

from geo import pipeline
from geo.output import webmap
from tests.support.browser import map_frame as shared_map_frame
from tests.support.browser import wait_idle

pytestmark = [
    pytest.mark.browser,
]
LOAD_TIMEOUT = 90_000
PWNED_JS = f"() => typeof window.{FLAG} === 'undefined' && typeof parent.{FLAG} === 'undefined'"
#: Opens every popup and tooltip of a folium map in turn; returns their text.
OPEN_ALL_JS = """() => {
    const name = Object.keys(window).find(k => k.startsWith('map_') && window[k] instanceof L.Map);
    const map = window[name];
    const popups = [], tooltips = [];
    // Markers inside a cluster are not on the map: take them from their group and add
    // each one for the moment its popup and tooltip are opened.
    const layers = new Set();
    map.eachLayer(layer => {
        const clustered = L.MarkerClusterGroup && layer instanceof L.MarkerClusterGroup;
        (clustered ? layer.getLayers() : [layer]).forEach(l => layers.add(l));
    });
    layers.forEach(layer => {
        const added = !layer._map && (layer.getPopup && layer.getPopup());
        if (added) map.addLayer(layer);
        if (layer.getPopup && layer.getPopup()) {
            layer.openPopup();
            const node = layer.getPopup().getElement();
            popups.push(node ? node.querySelector('.leaflet-popup-content').textContent : null);
            layer.closePopup();
        }
        if (layer.getTooltip && layer.getTooltip() && layer.options.className === 'strike-marker') {
            layer.openTooltip();
            const node = layer.getTooltip().getElement();
            tooltips.push(node ? node.textContent.trim() : null);
            layer.closeTooltip();
        }
        if (added) map.removeLayer(layer);
    });
    const found = document.querySelectorAll(
        '.leaflet-container img[src="x"], .leaflet-container svg[onload], .leaflet-container ' +
        'iframe, .leaflet-container a[href^="javascript"], .leaflet-container script');
    return {popups, tooltips, injected: found.length};
}"""
#: The same for the big map's canvas layer: build the popup of every strike.
OPEN_ALL_CANVAS_JS = """() => {
    const name = Object.keys(window).find(k => k.startsWith('strike_canvas_'));
    const layer = window[name];
    const popups = [];
    for (let i = 0; i < layer.count; i++) {
        layer._open([i], 0);
        popups.push(layer._popup.getElement().querySelector('.leaflet-popup-content').textContent);
    }
    const found = document.querySelectorAll(
        '.sm-popup img, .sm-popup svg, .sm-popup iframe, .sm-popup script, ' +
        '.sm-popup a[href^="javascript"]');
    return {popups, tooltips: [], injected: found.length};
}"""


def expected_texts() -> list[str]:
    """Text that the popups must show as written, one per hostile report."""
    out = []
    for report in reports():
        # A popup names the report by its title; the file name stands in only for a
        # report with no title, and every hostile report here has one.
        if not report.payload.name.startswith("file_name"):
            out.append(report.payload.as_read)
    return out


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    write_corpus(folder)
    return folder


@pytest.fixture(scope="module")
def hostile_events(hostile_dir: Path):
    return with_hostile_places(pipeline.build(hostile_dir).events)


def check_clean(page_or_frame, guard) -> None:
    assert page_or_frame.evaluate(PWNED_JS), "a payload ran"
    assert guard.dialogs == [], guard.dialogs
    assert guard.outside == [], guard.outside
    assert guard.errors == [], guard.errors


def check_popups(seen: dict, n: int) -> None:
    assert len(seen["popups"]) == n and None not in seen["popups"]
    assert seen["injected"] == 0
    shown = "\n".join(seen["popups"])
    for text in expected_texts():
        assert text in shown, text
    assert '<img src=x onerror="window.__pwned=1">' in shown
    assert "&lt;b&gt;not bold&lt;/b&gt; &amp; &#96; &quot;" in shown


@pytest.mark.parametrize("big", [False, True], ids=["markers", "canvas"])
def test_exported_map_of_the_hostile_corpus(browser, tmp_path, hostile_events, big):
    title = "Export " + " ".join(p.text for p in PAYLOADS)
    target = tmp_path / "hostile.html"
    target.write_text(
        webmap.render_html(hostile_events, title=title, big_threshold=1 if big else 3000),
        encoding="utf-8",
    )
    page, guard = guarded_page(browser)
    try:
        page.goto(target.as_uri())
        page.wait_for_selector(".leaflet-container")
        if big:
            page.wait_for_function(
                "() => parseInt(document.querySelector('canvas.strike-canvas')"
                "?.dataset.count || '0', 10) > 0",
                timeout=20_000,
            )
        else:
            page.locator("path.strike-marker").first.wait_for()
            # A person's hover and click, then every popup and tooltip from Leaflet itself.
            marker = page.locator("path.strike-marker").first
            marker.hover(force=True)
            marker.click(force=True)
            page.locator(".sm-popup blockquote").wait_for()
        seen = page.evaluate(OPEN_ALL_CANVAS_JS if big else OPEN_ALL_JS)
        check_popups(seen, len(hostile_events))
        if not big:
            assert len(seen["tooltips"]) == len(hostile_events)
        assert page.locator(".sm-title").inner_text().strip() == title
        assert page.title() == title
        assert page.locator(".sm-legend").is_visible()
        check_clean(page, guard)
    finally:
        page.context.close()


# ---------------------------------------------------------------------------
# The app on the hostile corpus


@pytest.fixture(scope="module")
def hostile_app(chromium_path, hostile_dir, tmp_path_factory) -> Iterator[str]:
    """``streamlit run`` on the hostile corpus (``STRIKEMAP_SEEDS``); stopped by its PID."""
    # A report the app skips, whose file name is markdown that would fetch an image.
    (hostile_dir / HOSTILE_FILE_NAMES[2]).write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00binary")
    log = tmp_path_factory.mktemp("streamlit-hostile") / "streamlit.log"
    with run_app(env={"STRIKEMAP_SEEDS": str(hostile_dir)}, log=log) as url:
        yield url


@pytest.fixture(scope="module")
def app(browser, hostile_app):
    with opened_app(browser, hostile_app, LOAD_TIMEOUT) as opened:
        yield opened


def map_frame(page):
    """The map's iframe once its markers are drawn (it is re-created on reruns)."""
    return shared_map_frame(page, ready="path.strike-marker", timeout_ms=LOAD_TIMEOUT)[1]


#: Markdown that Streamlit renders from untrusted text, found in the app's pages.
MARKDOWN_INJECTED = "img[src*='203.0.113.7'], a[href^='javascript']"


def test_app_shows_the_hostile_corpus_as_text(app):
    page, guard = app
    frame = map_frame(page)
    seen = frame.evaluate(OPEN_ALL_JS)
    assert len(seen["popups"]) >= len(reports()) and seen["injected"] == 0
    shown = "\n".join(seen["popups"])
    for report in reports():
        if not report.payload.name.startswith("file_name"):
            assert report.payload.as_read in shown, report.payload.name
    assert len(seen["tooltips"]) == len(seen["popups"])
    assert frame.locator(".sm-legend").is_visible()
    assert frame.locator(".sm-title").inner_text().strip() == "Air strikes in Syria"
    # The first table in view (the change log's sits in a closed expander).
    page.get_by_test_id("stDataFrame").filter(visible=True).first.wait_for(timeout=LOAD_TIMEOUT)
    check_clean(frame, guard)
    check_clean(page, guard)


def test_skipped_report_is_named_as_text(app):
    page, guard = app
    warning = page.get_by_test_id("stAlert").filter(has_text="Skipped a report")
    warning.first.wait_for(timeout=LOAD_TIMEOUT)
    text = warning.first.inner_text()
    assert "file is binary" in text
    check_clean(page, guard)
    assert HOSTILE_FILE_NAMES[2] in text
    assert page.locator(MARKDOWN_INJECTED).count() == 0


def test_app_survives_a_rerun_with_a_skipped_report(app):
    """The cached build (with its skipped-report errors) is read back on every rerun."""
    page, guard = app
    page.get_by_text("Contradictions", exact=True).click()
    page.get_by_text("Claims the ground contradicts").wait_for(timeout=LOAD_TIMEOUT)
    assert page.get_by_test_id("stException").count() == 0
    page.get_by_text("Map and figures", exact=True).click()
    map_frame(page)
    assert page.get_by_test_id("stException").count() == 0
    check_clean(page, guard)


def test_review_view_shows_a_quote_as_text(app):
    page, guard = app
    page.get_by_text("Review and corrections", exact=True).click()
    try:
        page.get_by_test_id("stMultiSelect").filter(has_text="Events you doubt").click(
            timeout=LOAD_TIMEOUT
        )
        page.keyboard.type("Douma")
        page.get_by_role("option").filter(has_text="Douma").first.click()
        page.keyboard.press("Escape")
        page.get_by_text("Russian jets struck Douma").first.wait_for(timeout=LOAD_TIMEOUT)
        page.wait_for_timeout(500)
        assert page.get_by_test_id("stException").count() == 0
        check_clean(page, guard)
        assert page.locator(MARKDOWN_INJECTED).count() == 0
        assert (
            "![pixel](http://203.0.113.7/pixel.png)"
            in page.get_by_test_id("stMarkdown")
            .filter(has_text="Russian jets struck Douma")
            .first.inner_text()
        )
    finally:
        page.get_by_text("Map and figures", exact=True).click()
        map_frame(page)


# ---------------------------------------------------------------------------
# Uploads


def upload(page, files: list[dict]) -> None:
    """Give ``files`` to the uploader once the app has settled.

    A rerun that is still running can re-create the uploader, and files given to the
    input it replaces are never sent: the page waits for the app to go quiet first.
    """
    wait_idle(page)
    expander = page.get_by_test_id("stExpander").filter(has_text="Add your own reports")
    uploader = expander.get_by_test_id("stFileUploader")
    if not uploader.is_visible():
        expander.get_by_text("Add your own reports").click()
        uploader.wait_for(timeout=LOAD_TIMEOUT)
        wait_idle(page)
    expander.locator("input[type=file]").set_input_files(files)


def report_bytes(town: str) -> bytes:
    head = front_matter("Uploaded <b>title</b>", "Wire", "javascript:window.__pwned=1")
    return (head + f"Russian jets struck {town} <img src=x onerror=window.__pwned=1>.\n").encode()


@pytest.fixture(scope="module")
def uploaded(browser, hostile_app):
    """A fresh page of the app with three hostile uploads (oversize: test_app_logic.py)."""
    page, guard = guarded_page(browser, allowed=(hostile_app,))
    page.goto(hostile_app)
    page.get_by_test_id("stMetric").first.wait_for(timeout=LOAD_TIMEOUT)
    files = [
        {"name": HOSTILE_FILE_NAMES[0], "mimeType": "text/plain", "buffer": report_bytes("Hama")},
        {"name": HOSTILE_FILE_NAMES[2], "mimeType": "text/plain", "buffer": b"\x00\x01\x02" * 9},
        {"name": "report.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n%\xe2\xe3"},
    ]
    upload(page, files)
    yield page, guard
    page.context.close()


def test_uploads_give_clear_messages_and_run_nothing(uploaded):
    page, guard = uploaded
    errors = page.get_by_test_id("stAlert").filter(has_text="Could not use an uploaded report")
    page.wait_for_function(
        """() => [...document.querySelectorAll('[data-testid="stAlert"]')]
            .filter(a => a.innerText.includes('Could not use an uploaded report')).length >= 1""",
        timeout=LOAD_TIMEOUT,
    )
    messages = "\n".join(errors.all_inner_texts())
    assert "file is binary, not text" in messages
    # The non-text file is refused by the uploader itself, with a message beside it.
    uploader = page.get_by_test_id("stFileUploader")
    assert "report.pdf" in uploader.inner_text()
    assert "not allowed" in uploader.inner_text()
    success = page.get_by_test_id("stAlert").filter(has_text="uploaded report(s)")
    success.first.wait_for(timeout=LOAD_TIMEOUT)
    assert "1 uploaded report(s)" in success.first.inner_text()
    # The hostile name is a document like the others, shown as text in the filter.
    page.get_by_text("Filter by document", exact=True).click()
    page.get_by_test_id("stMultiSelect").filter(has_text="Document").click()
    page.keyboard.type("img src")
    option = page.get_by_role("option").filter(has_text="<img src=x onerror=")
    option.first.wait_for(timeout=LOAD_TIMEOUT)
    assert option.count() >= 1  # the upload, beside a corpus report of the same title
    page.keyboard.press("Escape")
    # The upload's strike is on the map once the reruns it set off have settled (a rerun
    # can replace the map's frame while it is read).
    hostile = "<img src=x onerror=window.__pwned=1>"
    for _ in range(5):
        wait_idle(page)
        frame = map_frame(page)
        seen = frame.evaluate(OPEN_ALL_JS)
        assert seen["injected"] == 0
        if any(hostile in p for p in seen["popups"]):
            break
    assert any(hostile in p for p in seen["popups"])
    check_clean(frame, guard)
    check_clean(page, guard)


def test_upload_error_names_the_file_as_text(uploaded):
    page, guard = uploaded
    errors = page.get_by_test_id("stAlert").filter(has_text="Could not use an uploaded report")
    errors.first.wait_for(timeout=LOAD_TIMEOUT)
    shown = "\n".join(errors.all_inner_texts())
    # The browser folds the doubled backslash of the name when uploading; the
    # markdown must still show literally, not as an image.
    assert "![pixel](http:" in shown and "pixel.png).txt" in shown
    assert page.locator(MARKDOWN_INJECTED).count() == 0
