"""Take a screenshot of the running app for the README.

Starts ``streamlit run streamlit_app.py`` on a free local port, opens it in
Debian's chromium through Playwright (every request outside the app is
aborted), waits for the map's strikes, and writes ``docs/screenshot.png``.

Usage: python scripts/screenshot.py [--out docs/screenshot.png] [--width 1400 --height 1000]
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
COUNT_STRIKES_JS = """() => document.querySelectorAll('path.strike-marker').length +
    [...document.querySelectorAll('.strike-cluster span')]
        .reduce((n, s) => n + parseInt(s.textContent, 10), 0)"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(port: int) -> subprocess.Popen:
    cmd = [
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
    ]
    return subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"streamlit exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"streamlit did not answer on {url}")


def shoot(url: str, out: Path, width: int, height: int) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": width, "height": height})
        page.route(
            "**/*",
            lambda r: (
                r.continue_() if r.request.url.startswith((url, "data:", "blob:")) else r.abort()
            ),
        )
        page.goto(url)
        iframe = page.locator('iframe[src*="streamlit_folium"]').first
        iframe.wait_for(timeout=90_000)
        frame = iframe.element_handle().content_frame()
        frame.wait_for_function(f"({COUNT_STRIKES_JS})() > 0", timeout=90_000)
        page.wait_for_timeout(1500)  # let the zoom animation and charts settle
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out))
        browser.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshot.png")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=1000)
    args = parser.parse_args(argv)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = start_app(port)
    try:
        wait_healthy(url, proc)
        shoot(url, args.out, args.width, args.height)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
    print(f"screenshot written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
