"""Fixtures for the browser tests: Debian's chromium driven by Playwright.

Every request that leaves the test server (or, for files, the machine) is
aborted and recorded, so a test can assert that none was attempted.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
REPO = Path(__file__).resolve().parents[2]
#: Schemes that never leave the machine.
LOCAL_SCHEMES = ("data:", "blob:", "about:", "file:")


#: JavaScript counting the strikes a person sees: single markers plus cluster counts.
COUNT_STRIKES_JS = """() => {
    const singles = document.querySelectorAll('path.strike-marker').length;
    let clustered = 0;
    document.querySelectorAll('.strike-cluster span').forEach(s => {
        clustered += parseInt(s.textContent, 10);
    });
    return singles + clustered;
}"""


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    """The browser, or a skip (a failure with CI=true) when it is missing."""
    missing = None
    if not CHROMIUM.exists():
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
    return CHROMIUM


@pytest.fixture(scope="session")
def browser(chromium_path: Path) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(chromium_path), args=CHROMIUM_ARGS)
        yield b
        b.close()


@dataclass
class Guard:
    """Records the requests that were aborted because they left the allowed origin."""

    allowed: tuple[str, ...]
    outside: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def handle(self, route: object) -> None:
        url = route.request.url
        if url.startswith(LOCAL_SCHEMES + self.allowed):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()


def guarded_page(browser: object, allowed: tuple[str, ...] = ()) -> tuple[object, Guard]:
    """Open a page whose outside requests are aborted and counted."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    guard = Guard(allowed=allowed)
    page.route("**/*", guard.handle)
    page.on("dialog", lambda d: (guard.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: guard.errors.append(str(e)))
    return page, guard


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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited early with code {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"streamlit did not answer on {url} within {timeout:.0f} s")


@pytest.fixture(scope="session")
def app_url(chromium_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Run ``streamlit run streamlit_app.py`` on a free port; stop it by its PID."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = tmp_path_factory.mktemp("streamlit") / "streamlit.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "streamlit_app.py",
                "--server.port",
                str(port),
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
                "--browser.gatherUsageStats",
                "false",
            ],
            cwd=REPO,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_healthy(url, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
