"""The analysis views in a real browser, on a temporary copy of the seeds and layers.

The app is started with ``STRIKEMAP_SEEDS`` and ``STRIKEMAP_LAYERS`` pointing at
the copies, so corrections and redrawn areas never touch the project's files.
Every outside request is aborted and counted.
"""

from __future__ import annotations

import csv
import shutil
import time
from pathlib import Path

import pytest
from conftest import COUNT_STRIKES_JS, REPO, opened_app, run_app

from geo import pipeline
from geo.app import day as days
from geo.cli import main
from geo.control.layers import layer_for_date, load_layers
from tests.support.browser import map_frame as shared_map_frame
from tests.support.browser import metric, wait_idle

pytestmark = [
    pytest.mark.browser,
]
LOAD_TIMEOUT = 90_000
TITLE_JS = "() => document.querySelector('.sm-titlebox').innerText"
OUTSIDE = "203.0.113.5"
HOSTILE_REPORT = f"""---
title: A test report with a hostile quote
source: Test wire
published: 2015-10-13
---
The Russian Defence Ministry said Su-24 jets destroyed an ISIS command post in Kafr Nabl
![pixel](http://{OUTSIDE}/p.png) [read more](http://{OUTSIDE}/x) on Tuesday.
"""

try:
    from playwright.sync_api import Error as PlaywrightError
except ImportError:  # the chromium_path fixture skips (or fails on CI) with the reason
    PlaywrightError = RuntimeError


@pytest.fixture(scope="module")
def folders(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(REPO / "seeds", root / "seeds")
    shutil.copytree(REPO / "layers" / "control", root / "control")
    # A claim whose quote holds a Markdown image and link to an outside address.
    (root / "seeds" / "900_hostile.txt").write_text(HOSTILE_REPORT, encoding="utf-8")
    return root / "seeds", root / "control"


@pytest.fixture(scope="module")
def server(chromium_path, folders, tmp_path_factory):
    """The app on the temporary folders; stopped by its PID."""
    seeds, control = folders
    log = tmp_path_factory.mktemp("streamlit") / "streamlit.log"
    env = {"STRIKEMAP_SEEDS": str(seeds), "STRIKEMAP_LAYERS": str(control)}
    with run_app(env=env, log=log) as url:
        yield url


@pytest.fixture
def page(browser, server):
    with opened_app(browser, server, LOAD_TIMEOUT) as opened:
        yield opened


def build(folders):
    seeds, control = folders
    return pipeline.build(seeds, layers_dir=control).events


def open_view(page, name: str) -> None:
    page.get_by_test_id("stRadio").get_by_text(name, exact=True).click()


def map_frame(page):
    return shared_map_frame(page, timeout_ms=LOAD_TIMEOUT)[1]


def in_map(page, script: str, ok, timeout: float = 60) -> object:
    """Evaluate ``script`` in the map until ``ok(result)`` holds; return the last result
    (the map iframe is re-created when the view changes, so look it up afresh each time)."""
    deadline = time.monotonic() + timeout
    seen = None
    while time.monotonic() < deadline:
        try:
            seen = map_frame(page).evaluate(script)
        except PlaywrightError:
            seen = None
        if ok(seen):
            break
        page.wait_for_timeout(250)
    return seen


def test_contradiction_view_lists_the_contradicted_events(page, folders):
    page, guard = page
    events = build(folders)
    contradicted = events.loc[events["claim_vs_ground"] == "contradicted"]
    assert metric(page, "Contradicted claims") == len(contradicted) > 0
    frame = map_frame(page)
    frame.wait_for_selector("path.contradiction-marker", timeout=LOAD_TIMEOUT)
    assert frame.locator("path.contradiction-marker").count() == len(contradicted)

    open_view(page, "Contradictions")
    page.get_by_text(f"Claims the ground contradicts ({len(contradicted)})").wait_for(
        timeout=LOAD_TIMEOUT
    )
    grid = page.get_by_test_id("stDataFrame").first
    grid.wait_for(timeout=LOAD_TIMEOUT)
    page.wait_for_timeout(1000)
    # The hostile quote is among the rows, yet nothing was fetched and nothing is a link.
    assert "900_hostile" in set(contradicted["doc"])
    assert page.locator(f'img[src*="{OUTSIDE}"], a[href*="{OUTSIDE}"]').count() == 0
    assert [u for u in guard.outside if OUTSIDE in u] == []
    assert guard.outside == []


def test_date_slider_moves_the_strikes_and_the_layer(page, folders):
    page, guard = page
    events = build(folders)
    located = events.loc[events["resolved"].astype(bool)]
    last, first = max(events["event_date"]), min(events["event_date"])
    assert in_map(page, COUNT_STRIKES_JS, lambda n: n == len(located)) == len(located)
    # The map opens on one day, the busiest, with that day's ground (not the range's end).
    busiest = days.busiest_day(events, first, last)
    opening = layer_for_date(load_layers(folders[1]), busiest).date.isoformat()
    caption = page.get_by_test_id("stCaptionContainer").filter(has_text="Ground shown on")
    assert f"Ground shown on {busiest.isoformat()}: control areas as of {opening}" in (
        caption.inner_text()
    )
    title = in_map(page, TITLE_JS, lambda t: t and f"as of {opening}" in t)
    assert f"as of {opening}" in title and opening != last.isoformat()
    # The map's title names the day the sidebar's slider shows, as the caption does.
    assert f"Ground shown on {busiest.isoformat()}: control areas as of {opening}" in (
        title.replace("\n", " ")
    )

    end = page.get_by_test_id("stSlider").get_by_role("slider").nth(1)
    end.focus()
    end.press("Home")  # the end of the range moves to the first day
    expected_layer = min(events["control_layer"])
    page.get_by_text(f"control areas as of {expected_layer}").wait_for(timeout=LOAD_TIMEOUT)
    on_first_day = int((located["event_date"] == first).sum())
    assert 0 < on_first_day < len(located)
    page.wait_for_function(
        """n => [...document.querySelectorAll('[data-testid="stMetric"]')].some(m =>
            m.innerText.includes('Reports in view') &&
            parseInt(m.querySelector('[data-testid="stMetricValue"]').innerText) === n)""",
        arg=on_first_day,
        timeout=LOAD_TIMEOUT,
    )
    assert in_map(page, COUNT_STRIKES_JS, lambda n: n == on_first_day) == on_first_day
    title = in_map(page, TITLE_JS, lambda t: t and f"as of {expected_layer}" in t)
    assert f"as of {expected_layer}" in title and last.isoformat() not in title
    assert guard.outside == []


def test_review_marks_an_event_not_a_strike(page, folders):
    page, guard = page
    seeds, _ = folders
    before = build(folders)
    total = metric(page, "Reports in view")
    assert total == len(before)
    open_view(page, "Review and corrections")
    picker = page.get_by_test_id("stSelectbox").filter(has_text="Event to correct")
    picker.wait_for(timeout=LOAD_TIMEOUT)
    shown = page.get_by_role("combobox", name="Event to correct").input_value()
    victim = next(
        row
        for row in before.to_dict("records")
        if f"{row['event_date']} · {row['place_as_written']}" in shown
    )
    page.get_by_role("button", name="Not a strike").click()
    page.get_by_text(f"Saved: {victim['place_as_written']} marked not a strike.").wait_for(
        timeout=LOAD_TIMEOUT
    )
    gone = f"{victim['event_date']} · {victim['place_as_written']}"
    combo = page.get_by_role("combobox", name="Event to correct")
    deadline = time.monotonic() + 60
    while gone in combo.input_value() and time.monotonic() < deadline:
        page.wait_for_timeout(250)
    assert gone not in combo.input_value()

    with (seeds / "corrections.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["event_key"], r["action"]) for r in rows] == [(victim["event_key"], "not_strike")]
    after = build(folders)
    assert victim["event_key"] not in set(after["event_key"])
    # the command line applies the correction saved in the app
    out = seeds.parent / "cli-out"
    status = main(["build", str(seeds), "--out", str(out), "--layers", str(folders[1]), "-q"])
    assert status == 0
    with (out / "strikes.csv").open(encoding="utf-8") as fh:
        keys = {row["event_key"] for row in csv.DictReader(fh)}
    assert victim["event_key"] not in keys and len(keys) == len(before) - 1

    open_view(page, "Map and figures")
    page.wait_for_function(
        """n => [...document.querySelectorAll('[data-testid="stMetric"]')].some(m =>
            m.innerText.includes('Reports in view') &&
            parseInt(m.querySelector('[data-testid="stMetricValue"]').innerText) === n)""",
        arg=total - 1,
        timeout=LOAD_TIMEOUT,
    )
    assert guard.outside == []


def test_drawn_area_changes_who_held_a_strike(page, folders):
    page, guard = page
    _, control = folders
    events = build(folders)
    layer_days = {p.stem for p in control.glob("*.geojson")}
    target = next(
        row
        for row in events.sort_values("event_date").to_dict("records")
        if row["controlled_by"] == "opposition" and row["event_date"].isoformat() not in layer_days
    )
    day = target["event_date"]

    open_view(page, "Draw control areas")
    page.get_by_text("Starting from the layer of").wait_for(timeout=LOAD_TIMEOUT)
    page.get_by_role("spinbutton", name="year, Date of the new layer").click()
    page.keyboard.type(day.strftime("%Y%m%d"))
    page.keyboard.press("Escape")
    page.get_by_text("Pick who holds the area").click()  # leave the field: the date is set
    base = layer_for_date(load_layers(control), day).date.isoformat()
    page.get_by_text(f"Starting from the layer of {base}.").wait_for(timeout=LOAD_TIMEOUT)
    in_map(page, "() => !!document.querySelector('.leaflet-draw-draw-polygon')", bool)
    wait_idle(page)  # the reruns after the map is drawn may re-create its frame
    frame = map_frame(page)
    lat, lon = target["latitude"], target["longitude"]
    frame.evaluate(
        "([lat, lon]) => { window.map.setView([lat, lon], 11, {animate: false}); }", [lat, lon]
    )
    frame.locator(".leaflet-draw-draw-polygon").click()
    box = frame.locator(".leaflet-container").bounding_box()
    x, y = frame.evaluate(
        "([lat, lon]) => { const p = window.map.latLngToContainerPoint([lat, lon]);"
        " return [p.x, p.y]; }",
        [lat, lon],
    )
    cx, cy, d = box["x"] + x, box["y"] + y, 25
    for dx, dy in [(-d, -d), (d, -d), (d, d), (-d, d), (-d, -d)]:
        page.mouse.click(cx + dx, cy + dy)
        page.wait_for_timeout(150)  # separate clicks, not a double-click (which ends the shape)
    save = page.get_by_role("button", name="Save area")
    save.wait_for(timeout=LOAD_TIMEOUT)
    save.click()
    page.get_by_text("changed ground").wait_for(timeout=LOAD_TIMEOUT)
    assert (
        f"{target['place_as_written']} (Opposition → ISIS)"
        in page.get_by_text("changed ground").inner_text()
    )

    assert (control / f"{day.isoformat()}.geojson").exists()
    assert {p.stem for p in control.glob("*.geojson")} == layer_days | {day.isoformat()}
    after = build(folders)
    moved = after.loc[after["event_key"] == target["event_key"]].iloc[0]
    assert moved["controlled_by"] == "isis"
    assert moved["control_layer"] == day.isoformat()
    assert guard.outside == []


def test_map_options_heatmap_rings_and_ground_of_the_day(page, folders):
    page, guard = page
    events = build(folders)
    contradicted = events.loc[events["claim_vs_ground"] == "contradicted"]
    frame = map_frame(page)
    frame.wait_for_selector("path.contradiction-marker", timeout=LOAD_TIMEOUT)
    # The caption names the one day whose ground is drawn, not the end of the range.
    caption = (
        page.get_by_test_id("stCaptionContainer").filter(has_text="Ground shown on").inner_text()
    )
    assert "coloured by who held its place that day" in caption
    # Strikes stacked at one position are clustered (a count), not hidden under each other.
    stacked = events.loc[events["resolved"].astype(bool)].groupby(["latitude", "longitude"]).size()
    assert stacked.max() > 1
    assert in_map(page, "() => document.querySelectorAll('.strike-cluster').length", bool) > 0
    # City names sit above the markers, read in one step once both panes have their
    # stacking order (a map drawn again has its panes before its style sheet applies).
    z = frame.wait_for_function(
        "() => { const l = document.querySelector('.leaflet-labels-pane');"
        " const m = document.querySelector('.leaflet-marker-pane');"
        " if (l === null || m === null) return null;"
        " const z = [getComputedStyle(l).zIndex, getComputedStyle(m).zIndex];"
        " return z.includes('auto') ? null : z; }",
        timeout=LOAD_TIMEOUT,
    ).json_value()
    assert int(z[0]) > int(z[1])

    page.get_by_text("Ring contradicted claims").click()
    page.get_by_text("Contradiction rings are off").wait_for(timeout=LOAD_TIMEOUT)
    assert (
        in_map(
            page,
            "() => document.querySelectorAll('path.contradiction-marker').length",
            lambda n: n == 0,
        )
        == 0
    )
    page.get_by_text("Heatmap").first.click()
    # Markers hidden at every zoom: none drawn at the start, none after zooming in.
    assert in_map(page, COUNT_STRIKES_JS, lambda n: n == 0) == 0
    for zoom in (9, 12, 15):
        seen = in_map(
            page,
            f"() => {{ window.map.setZoom({zoom}, {{animate: false}}); return "
            "document.querySelectorAll('path.strike-marker, .strike-cluster').length; }",
            lambda n: n == 0,
        )
        assert seen == 0, zoom
    page.get_by_text("Heatmap").first.click()
    page.get_by_text("Ring contradicted claims").click()
    assert len(contradicted) > 0
    assert guard.outside == []
