"""The played-by-day map opened from file:// in chromium with every outside request blocked."""

from __future__ import annotations

import html
import re
from datetime import date, timedelta

import pytest
import shapely
from conftest import guarded_page
from test_playback import EARLY, LAYERS, strikes

from geo.control.layers import layer_for_date, load_layers
from geo.output import playback, webmap

pytestmark = [pytest.mark.browser]

READY = ".sm-playback[data-ready]"
PLAYER = "window.StrikemapPlayback.players[0]"
#: Class of the control area drawn at (lat, lon), looked up where a person would point.
AREA_AT_JS = f"""([lat, lon]) => {{
    const p = {PLAYER}.map.latLngToContainerPoint([lat, lon]);
    const box = {PLAYER}.map.getContainer().getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + p.x, box.top + p.y);
    return hit && hit.classList.contains('control-area') ? hit.getAttribute('class') : null;
}}"""
#: A point inside the test layers' changing box, away from every strike.
BOX_POINT = (35.2, 36.5)


def open_page(browser, tmp_path, html: str):
    target = tmp_path / "playback.html"
    target.write_text(html, encoding="utf-8")
    page, guard = guarded_page(browser)
    page.goto(target.as_uri())
    page.wait_for_selector(READY, timeout=20_000)
    return page, guard


def state(page) -> dict:
    box = page.locator(".sm-playback")
    return {
        "day": box.get_attribute("data-day"),
        "places": page.evaluate(f"{PLAYER}.shownPlaces()"),
        "areas": page.locator(".sm-areas").text_content(),
        "held": page.evaluate(AREA_AT_JS, list(BOX_POINT)),
    }


def test_stepping_changes_strikes_and_areas_offline(browser, tmp_path):
    html = playback.playback_html(strikes(), layers=LAYERS, title="Playback", fade_days=3)
    page, guard = open_page(browser, tmp_path, html)
    try:
        now = state(page)
        assert now["day"] == EARLY.isoformat()
        assert now["places"] == ["Early"]
        assert "as of 2015-10-01" in now["areas"]
        assert "control-isis" in now["held"]
        assert page.locator(".sm-date").text_content() == "Mon 5 Oct 2015"

        page.locator(".sm-fwd-week").click()
        page.locator(".sm-fwd-week").click()
        now = state(page)
        assert now["day"] == "2015-10-19"
        assert now["places"] == []  # faded after three days
        assert "control-isis" in now["held"]

        page.locator(".sm-fwd-day").click()
        now = state(page)
        assert now["day"] == "2015-10-20"
        assert "as of 2015-10-20" in now["areas"]
        assert "control-regime" in now["held"]

        page.locator(".sm-fwd-day").click()
        assert state(page)["places"] == ["Late"]
        assert page.locator(".sm-fwd-day").is_disabled()  # the last day

        page.locator(".sm-back-week").click()
        now = state(page)
        assert (now["day"], now["places"]) == ("2015-10-14", [])
        assert "control-isis" in now["held"]

        page.select_option("select.sm-fade", "0")  # never fade: every strike so far
        page.locator(".sm-fwd-week").click()
        assert state(page)["places"] == ["Early", "Late"]
        assert guard.outside == [] and guard.errors == [] and guard.dialogs == []
    finally:
        page.context.close()


def test_hostile_quote_shows_as_text_in_the_popup(browser, tmp_path):
    html = playback.playback_html(strikes(), layers=LAYERS, title="<b>T</b>")
    page, guard = open_page(browser, tmp_path, html)
    try:
        page.evaluate(f"() => {{ {PLAYER}.shown.get(0).openPopup(); }}")
        quote = page.locator(".sm-popup blockquote")
        quote.wait_for()
        assert quote.text_content().startswith("</script><script>alert('q')")
        assert page.locator(".sm-popup img").count() == 0
        assert page.locator(".sm-titlebox .sm-title").text_content() == "<b>T</b>"
        page.wait_for_timeout(300)
        assert guard.dialogs == [] and guard.errors == [] and guard.outside == []
    finally:
        page.context.close()


def test_the_popup_is_the_one_the_static_map_shows(browser, tmp_path):
    """The playback builds its popups with the same code as the big map: same rows, same source."""
    events = strikes().assign(
        doc_title="Jets over the valley",
        doc_source="Daily Courier",
        doc_url="https://example.org/valley",
        published="2015-10-06",
        weapon="bombs",
    )
    page, guard = open_page(browser, tmp_path, playback.playback_html(events, layers=LAYERS))
    try:
        page.evaluate(f"() => {{ {PLAYER}.shown.get(0).openPopup(); }}")
        popup = page.locator(".sm-popup")
        popup.wait_for()
        early = events[events["place_as_written"] == "Early"].iloc[0].to_dict()
        static = html.unescape(re.sub(r"<[^>]+>", "", webmap.source_html(early)))
        assert popup.locator(".sm-source").text_content() == f"Source: {static}"
        assert popup.locator(".sm-source a").get_attribute("href") == "https://example.org/valley"
        rows = popup.locator("th").all_text_contents()
        assert rows[0] == "Date" and "Ground held by" in rows and "Weapon" in rows
        assert guard.dialogs == [] and guard.errors == [] and guard.outside == []
    finally:
        page.context.close()


def test_play_and_pause(browser, tmp_path):
    page, guard = open_page(browser, tmp_path, playback.playback_html(strikes(), layers=LAYERS))
    try:
        # A day a second: the seventeen days of the strikes take longer to play than a loaded
        # machine takes between the two clicks, so the second click pauses a running player
        # (at the last day the player stops by itself and a click plays it again).
        page.select_option("select.sm-speed", "1")
        play = page.locator(".sm-play")
        play.click()
        assert play.get_attribute("aria-pressed") == "true"
        page.wait_for_function(
            "() => document.querySelector('.sm-playback').dataset.day > '2015-10-06'"
        )
        play.click()
        assert play.text_content() == "Play"
        stopped = page.locator(".sm-playback").get_attribute("data-day")
        page.wait_for_timeout(600)
        assert page.locator(".sm-playback").get_attribute("data-day") == stopped
        assert guard.outside == [] and guard.errors == []
    finally:
        page.context.close()


def ground(layer) -> list[tuple[str, bytes]]:
    """Each faction's area as normalised WKB (a topological ``equals`` on whole states
    takes minutes; the page keeps a state once per identical set of areas)."""
    gdf = layer.gdf
    wkb = shapely.to_wkb(shapely.normalize(gdf.geometry.values))
    return sorted(zip(gdf["faction"].astype(str), wkb, strict=True))


def test_seeds_play_with_the_shipped_layers_of_each_day(browser, tmp_path):
    from geo import pipeline

    result = pipeline.build(pipeline.Path(__file__).resolve().parents[2] / "seeds")
    layers = load_layers()
    page, guard = open_page(
        browser, tmp_path, playback.playback_html(result.events, layers=layers, fade_days=0)
    )
    try:
        start = date.fromisoformat(page.locator(".sm-playback").get_attribute("data-day"))
        days = int(page.locator("input.sm-slider").get_attribute("max")) + 1
        seen_layers = set()
        for i in [*range(0, days, 30), days - 1]:
            # Return nothing: the player itself would be serialised back, all its areas included.
            page.evaluate(f"(i) => {{ {PLAYER}.setDay(i); }}", i)
            day = start + timedelta(days=i)
            label = page.locator(".sm-areas").text_content()
            shown_as_of = date.fromisoformat(label.split("as of ")[1][:10])
            # The page stores each distinct state once, labelled with the first day it
            # held: the state shown is the one in force, whatever day first drew it.
            in_force = layer_for_date(layers, day)
            first_drawn = layer_for_date(layers, shown_as_of)
            assert shown_as_of <= day
            assert ground(in_force) == ground(first_drawn)
            assert page.locator("path.control-area").count() > 0
            seen_layers.add(shown_as_of)
        assert len(seen_layers) > 1
        shown = int(page.locator(".sm-playback").get_attribute("data-shown"))
        assert shown == len(result.events)  # never fading: the last day shows every strike
        assert guard.outside == [] and guard.errors == [] and guard.dialogs == []
    finally:
        page.context.close()
