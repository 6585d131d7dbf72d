"""Run the Streamlit app and drive it in chromium, with no request leaving the machine.

Private infrastructure shared by the browser tests, the screenshot script and
the map benchmark: a free local port, ``streamlit run`` as a child process
stopped by its PID, Debian's chromium launched through Playwright with the
flags that keep it offline, a route handler that aborts (and records) every
request outside the app, and the JavaScript that counts the strikes a person
sees on a map.

Playwright is a development extra: it is imported inside the functions that
need it, so the package imports without it.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import Error as PlaywrightError

PROJECT_ROOT = Path(__file__).resolve().parents[2]
#: The app that :func:`run_app` serves by default.
DEFAULT_APP = PROJECT_ROOT / "streamlit_app.py"
#: Debian's chromium (installed by the setup step).
CHROMIUM_PATH = Path("/usr/bin/chromium")
#: Flags that keep chromium from calling home (updates, sync, safe browsing lists).
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
#: Makes every host but the local one unresolvable in the browser itself; unlike a
#: route handler this keeps the browser cache, as for a person using the app.
OFFLINE_RESOLVER_ARG = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
#: URL schemes that never leave the machine.
LOCAL_SCHEMES = ("data:", "blob:", "about:", "file:")
#: Seconds to wait for ``streamlit run`` to answer its health check.
DEFAULT_START_TIMEOUT = 90.0

#: JavaScript counting the strikes a person sees on a map page: single markers,
#: cluster counts and the strikes of the big map's canvas layer.
COUNT_STRIKES_JS = """() => {
    const singles = document.querySelectorAll('path.strike-marker').length;
    let clustered = 0;
    document.querySelectorAll('.strike-cluster span').forEach(s => {
        clustered += parseInt(s.textContent, 10);
    });
    const canvas = document.querySelector('canvas.strike-canvas');
    const drawn = canvas ? parseInt(canvas.dataset.count || '0', 10) : 0;
    return singles + clustered + drawn;
}"""
#: The same, run in the app's page on the streamlit-folium iframe; ``-1`` until
#: the iframe holds a Leaflet map.
COUNT_STRIKES_IN_APP_JS = (
    """() => {
    const f = document.querySelector('iframe[src*="streamlit_folium"]');
    const d = f && f.contentDocument;
    if (!d || !d.querySelector('.leaflet-container')) return -1;
    return (function (document) { return ("""
    + COUNT_STRIKES_JS
    + """)(); })(d);
}"""
)


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free now.

    Returns
    -------
    int
    """
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(
    url: str, proc: subprocess.Popen[bytes], timeout: float = DEFAULT_START_TIMEOUT
) -> None:
    """Wait until Streamlit answers its health check at ``url``.

    Parameters
    ----------
    url : str
        Base URL of the app.
    proc : subprocess.Popen
        The ``streamlit run`` process (an early exit is reported at once).
    timeout : float
        Seconds to wait.

    Raises
    ------
    RuntimeError
        If the process exits or does not answer in time.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited early with code {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"streamlit did not answer on {url} within {timeout:.0f} s")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop the process by its PID: terminate, then kill if it lingers."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


@contextmanager
def run_app(
    *,
    env: Mapping[str, str] | None = None,
    port: int | None = None,
    app: Path = DEFAULT_APP,
    log: Path | None = None,
    timeout: float = DEFAULT_START_TIMEOUT,
) -> Iterator[str]:
    """Serve the app with ``streamlit run`` on 127.0.0.1; yield its URL.

    Parameters
    ----------
    env : mapping, optional
        Variables added to this process's environment (``STRIKEMAP_SEEDS``...).
    port : int, optional
        Port to serve on; default a free one.
    app : Path
        The Streamlit script; it runs from its own folder.
    log : Path, optional
        File that receives Streamlit's output; default discarded.
    timeout : float
        Seconds to wait for the app to answer.

    Yields
    ------
    str
        ``http://127.0.0.1:PORT``. The process is stopped by its PID on exit.
    """
    port = free_port() if port is None else port
    url = f"http://127.0.0.1:{port}"
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(app),
        "--server.port", str(port), "--server.address", "127.0.0.1",
        "--server.headless", "true", "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    out = log.open("wb") if log is not None else subprocess.DEVNULL
    try:
        proc = subprocess.Popen(
            cmd,
            cwd=app.parent,
            env={**os.environ, **(env or {})},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    finally:
        if log is not None:
            out.close()
    try:
        wait_healthy(url, proc, timeout)
        yield url
    finally:
        _stop(proc)


def launch_chromium(
    playwright: Any, *, args: Sequence[str] = (), executable: Path = CHROMIUM_PATH
) -> Any:
    """Launch Debian's chromium, headless, with the flags that keep it offline.

    Parameters
    ----------
    playwright : playwright.sync_api.Playwright
        The object yielded by ``sync_playwright()``.
    args : sequence of str
        Extra command-line flags (for example :data:`OFFLINE_RESOLVER_ARG`).
    executable : Path
        The browser binary.

    Returns
    -------
    playwright.sync_api.Browser
    """
    return playwright.chromium.launch(executable_path=str(executable), args=[*CHROMIUM_ARGS, *args])


@dataclass
class Guard:
    """What a guarded page tried: requests aborted, dialogs dismissed, script errors.

    Parameters
    ----------
    allowed : tuple of str
        URL prefixes let through besides :data:`LOCAL_SCHEMES`.
    """

    allowed: tuple[str, ...]
    outside: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def blocked(self) -> int:
        """Number of requests aborted because they left the allowed origins."""
        return len(self.outside)

    def handle(self, route: Any) -> None:
        """Let a local request through; abort and record any other."""
        url = route.request.url
        if url.startswith(LOCAL_SCHEMES + self.allowed):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()


def guard_requests(page: Any, allowed_origin: str | Sequence[str] = ()) -> Guard:
    """Abort every request of ``page`` outside ``allowed_origin``; record what it tried.

    Every request goes through Playwright's route handler (which turns off the
    browser cache). Dialogs are dismissed and recorded, and uncaught script
    errors recorded, so a caller can assert that none happened.

    Parameters
    ----------
    page : playwright.sync_api.Page
        The page to guard, before it navigates.
    allowed_origin : str or sequence of str
        URL prefixes let through (the app's URL); ``data:``, ``blob:``,
        ``about:`` and ``file:`` always are.

    Returns
    -------
    Guard
        Its ``blocked`` count and ``outside`` list grow as requests are aborted.
    """
    allowed = (allowed_origin,) if isinstance(allowed_origin, str) else tuple(allowed_origin)
    guard = Guard(allowed=allowed)
    page.route("**/*", guard.handle)
    page.on("dialog", lambda d: (guard.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: guard.errors.append(str(e)))
    return guard


#: Selector of the app's map iframe (streamlit-folium's component).
MAP_IFRAME = 'iframe[src*="streamlit_folium"]'


def map_frame(
    page: Any, *, ready: str = ".leaflet-container", timeout_ms: float = 90_000
) -> tuple[Any, Any]:
    """Return the app's map iframe locator and its frame once ``ready`` is in it.

    streamlit-folium re-creates the iframe when the view changes; in between,
    the element may have no frame yet, or its frame may be detached while it is
    awaited (a rerun replaced it), so it is looked up again until one is ready.

    Parameters
    ----------
    page : playwright Page
        The app's page.
    ready : str
        A selector that must exist in the frame before it is returned.
    timeout_ms : float
        How long to wait in all, in milliseconds.

    Returns
    -------
    (Locator, Frame)
    """
    iframe = page.locator(MAP_IFRAME).first
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        iframe.wait_for(timeout=timeout_ms)
        frame = iframe.element_handle().content_frame()
        if frame is not None:
            try:
                frame.wait_for_selector(ready, timeout=timeout_ms)
            except PlaywrightError as error:
                if "detached" not in str(error) or time.monotonic() > deadline:
                    raise
                continue
            return iframe, frame
        if time.monotonic() > deadline:
            raise TimeoutError("the map iframe never got a frame")
        page.wait_for_timeout(100)


def wait_idle(page: Any, *, quiet_ms: int = 1000, timeout_ms: float = 90_000) -> None:
    """Wait until the app has not been running a script for ``quiet_ms`` in a row.

    A rerun can re-create the map iframe (the map reports its position once drawn), so a
    test that works inside the frame waits for the reruns to settle first.

    Parameters
    ----------
    page : playwright Page
        The app's page.
    quiet_ms : int
        How long the status widget must stay away, in milliseconds.
    timeout_ms : float
        How long to wait in all, in milliseconds.
    """
    running = page.locator('[data-testid="stStatusWidget"]')
    deadline = time.monotonic() + timeout_ms / 1000
    quiet_since = time.monotonic()
    while time.monotonic() < deadline:
        if running.count():
            quiet_since = time.monotonic()
        elif (time.monotonic() - quiet_since) * 1000 >= quiet_ms:
            return
        page.wait_for_timeout(100)
    raise TimeoutError("the app kept rerunning")


def metric(page: Any, label: str) -> int:
    """Return the number a Streamlit metric shows under ``label`` (its leading digits).

    Parameters
    ----------
    page : playwright Page
        The app's page.
    label : str
        Text of the metric's label.

    Returns
    -------
    int
    """
    value = (
        page.get_by_test_id("stMetric")
        .filter(has_text=label)
        .get_by_test_id("stMetricValue")
        .inner_text()
    )
    found = re.match(r"\d+", value.strip())
    if found is None:
        raise ValueError(f"metric {label!r} shows no number: {value!r}")
    return int(found.group(0))
