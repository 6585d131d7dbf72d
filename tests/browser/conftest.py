"""Fixtures for the browser tests: Debian's chromium driven by Playwright.

Every request that leaves the test server (or, for files, the machine) is
aborted and recorded, so a test can assert that none was attempted. Starting
the app and the browser is :mod:`tests.support.browser`'s, shared with the screenshot
script and the map benchmark.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.support.browser import (
    CHROMIUM_PATH,
    COUNT_STRIKES_JS,
    PROJECT_ROOT,
    Guard,
    guard_requests,
    launch_chromium,
    run_app,
)

REPO = PROJECT_ROOT
__all__ = [
    "COUNT_STRIKES_JS",
    "REPO",
    "guarded_page",
    "opened_app",
    "run_app",
    "wait_for_strikes",
]


@pytest.fixture(scope="session", autouse=True)
def every_browser_test_needs_the_front_end(front_end_installed: None) -> None:
    """Every page a browser test opens draws its map with the installed front-end files."""


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    """The browser, or a skip (a failure with CI=true) when it is missing."""
    missing = None
    if not CHROMIUM_PATH.exists():
        missing = "chromium not installed (optional browser extra)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            missing = "playwright not installed (optional browser extra)"
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{missing}; CI=true requires the browser tests to run")
        pytest.skip(missing)
    return CHROMIUM_PATH


@pytest.fixture(scope="session")
def browser(chromium_path: Path) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch_chromium(p, executable=chromium_path)
        yield b
        b.close()


def guarded_page(browser: object, allowed: tuple[str, ...] = ()) -> tuple[object, Guard]:
    """Open a page whose outside requests are aborted and counted."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    return page, guard_requests(page, allowed)


@contextmanager
def opened_app(
    browser: object, url: str, timeout: float = 90_000
) -> Iterator[tuple[object, Guard]]:
    """Open the app at ``url`` in a guarded page once its first figure is shown."""
    page, guard = guarded_page(browser, allowed=(url,))
    try:
        page.goto(url)
        page.get_by_test_id("stMetric").first.wait_for(timeout=timeout)
        yield page, guard
    finally:
        page.context.close()


def wait_for_strikes(page_or_frame: object, expected: int, timeout: float = 20_000) -> int:
    """Wait until the strikes shown (markers plus cluster counts) settle at ``expected``.

    Returns the count seen last (so a mismatch shows in the assertion).
    """
    try:
        page_or_frame.wait_for_function(
            f"({COUNT_STRIKES_JS})() === {int(expected)}", timeout=timeout
        )
    except Exception:  # noqa: BLE001 - a timeout: report the count seen instead
        pass
    return page_or_frame.evaluate(COUNT_STRIKES_JS)


@pytest.fixture(scope="session")
def app_url(chromium_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Run ``streamlit run streamlit_app.py`` on a free port; stop it by its PID."""
    log = tmp_path_factory.mktemp("streamlit") / "streamlit.log"
    with run_app(log=log) as url:
        yield url
