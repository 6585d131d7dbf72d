"""Find a place in the app: the search zooms the map to a gazetteer place and lists its strikes."""

from __future__ import annotations

import csv
import io
import re
import time

import pandas as pd
import pytest
from conftest import opened_app
from test_app_browser import LOAD_TIMEOUT, download, map_frame

from geo.app import places
from geo.geocode.gazetteer import load_gazetteer
from tests.support.browser import wait_idle

pytestmark = [pytest.mark.browser]

#: A town of the seed reports, written as an analyst might type it.
QUERY = "palmyra"
#: The Leaflet map in the streamlit-folium iframe: its centre and zoom.
MAP_VIEW_JS = """() => {
    const m = Object.keys(window).filter(k => k.startsWith('map_')).map(k => window[k])
        .find(v => v && typeof v.getZoom === 'function');
    if (!m) return null;
    const c = m.getCenter();
    return [c.lat, c.lng, m.getZoom()];
}"""


def map_view(page, timeout_s: float = 60.0, want=None):
    """Return the map's (lat, lon, zoom), once ``want`` accepts it (the iframe is re-created)."""
    deadline = time.monotonic() + timeout_s
    seen = None
    while time.monotonic() < deadline:
        try:
            _, frame = map_frame(page)
            seen = frame.evaluate(MAP_VIEW_JS)
        except Exception:  # noqa: BLE001 - the iframe was replaced under us: look again
            seen = None
        if seen is not None and (want is None or want(seen)):
            return seen
        page.wait_for_timeout(250)
    return seen


def test_finding_a_place_zooms_the_map_there_and_lists_its_strikes(browser, app_url):
    gaz = load_gazetteer()
    place = places.find_places(places.place_index(gaz.places, gaz.names_of), QUERY)[0]
    zoom = places.ZOOM[place.precision]
    with opened_app(browser, app_url, LOAD_TIMEOUT) as (page, guard):
        wait_idle(page, timeout_ms=180_000)
        before = map_view(page)
        assert before is not None and before[2] < zoom  # the map opens on all of Syria

        search = page.get_by_role("textbox", name="Find a place")
        search.fill(QUERY)
        search.press("Enter")
        wait_idle(page, timeout_ms=180_000)
        picker = page.get_by_test_id("stSelectbox").filter(has_text="Places found")
        picker.click()
        page.get_by_role("option", name=places.place_label(place), exact=True).click()
        wait_idle(page, timeout_ms=180_000)

        def there(view) -> bool:
            lat, lon, z = view
            return z == zoom and abs(lat - place.lat) < 0.01 and abs(lon - place.lon) < 0.01

        view = map_view(page, want=there)
        assert view is not None and there(view), (view, place)

        listed = page.get_by_test_id("stExpander").filter(has_text=f"Strikes at {place.name}")
        label = listed.locator("summary").inner_text()
        count = int(re.search(r"in this view: (\d+)", label).group(1))
        # The same strikes as the view's own table gives for the place, and at least the
        # reports geocoded to the place itself.
        table = pd.DataFrame(
            csv.DictReader(io.StringIO(download(page, "CSV").path().read_text(encoding="utf-8")))
        )
        expected = places.strikes_at(table, place)
        assert count == len(expected) > 0
        assert (table["place_id"] == place.place_id).sum() <= count
        grid = listed.get_by_test_id("stDataFrame")
        grid.wait_for(timeout=LOAD_TIMEOUT)
        rows = grid.locator('[role="row"]')
        shown = rows.count() - 1  # the header row
        assert shown == count, grid.inner_text()
        # The grid draws on a canvas; its cells' text is in the accessible table beside it.
        cells = grid.locator('[role="gridcell"]').all_text_contents()
        for name, day in expected[["place_name", "event_date"]].head(5).itertuples(index=False):
            assert name in cells and any(day in c for c in cells), (name, day, cells)
        assert guard.outside == []
