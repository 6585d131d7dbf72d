"""The control change log in the app: listed, searchable, with each change's status that day."""

from __future__ import annotations

import csv
import re
from collections import Counter
from datetime import date

import pytest
from conftest import opened_app
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from test_app_browser import LOAD_TIMEOUT
from test_app_places_browser import wait_idle

from geo.app import changelog
from geo.control.layers import load_layers
from geo.resources import layers_dir

pytestmark = [pytest.mark.browser]


def known_row() -> dict[str, str]:
    """The latest change of the committed table whose place is written once only."""
    with (layers_dir() / "control" / "changes.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    once = Counter(r["place"].strip() for r in rows)
    return next(r for r in reversed(rows) if once[r["place"].strip()] == 1 and r["source"])


def test_the_change_log_lists_a_committed_change_with_its_source_and_status(browser, app_url):
    row = known_row()
    with opened_app(browser, app_url, LOAD_TIMEOUT) as (page, guard):
        wait_idle(page)
        box = page.get_by_test_id("stExpander").filter(has_text="Control changes")
        title = box.locator("summary").inner_text()
        found = re.search(r"(\d+) in force on (\d{4}-\d{2}-\d{2}), (\d+) in the log", title)
        assert found, title
        in_force, day, total = int(found[1]), date.fromisoformat(found[2]), int(found[3])
        expected = changelog.change_table(load_layers(layers_dir() / "control"), day)
        assert (in_force, total) == (changelog.counts(expected)[changelog.IN_FORCE], len(expected))

        search = box.get_by_role("textbox", name="Search place or source")
        for _ in range(3):
            # Open the expander; a click lost to a rerun is made again.
            if not search.is_visible():
                box.locator("summary").click()
            try:
                search.wait_for(timeout=10_000)
                break
            except PlaywrightTimeout:
                wait_idle(page)
        grid = box.get_by_test_id("stDataFrame")
        for _ in range(3):
            # A search typed while the app reruns can be lost: type it again.
            search.fill(row["place"].strip(), timeout=LOAD_TIMEOUT)
            search.press("Enter")
            wait_idle(page)
            grid.wait_for(timeout=LOAD_TIMEOUT)
            # The grid draws on a canvas; its cells' text is in the accessible table beside it.
            cells = grid.locator('[role="gridcell"]').all_text_contents()
            if row["place"].strip() in cells:
                break
        assert row["date"] in cells and row["place"].strip() in cells, cells
        assert row["source"].strip() in cells, cells
        status = "Not yet (later)" if date.fromisoformat(row["date"]) > day else None
        if status:
            assert status in cells, cells
        else:
            assert {"In force", "Replaced by a later change"} & set(cells), cells
        assert guard.outside == []
