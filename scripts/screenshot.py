"""Take a screenshot of the running app for the README.

Starts ``streamlit run streamlit_app.py`` on a free local port, opens it in
Debian's chromium through Playwright (every request outside the app is
aborted), waits for the map's strikes, and writes ``docs/screenshot.png``.

Usage: python -m scripts.screenshot [docs/screenshot.png] [--width 1400 --height 1000]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tests.support.browser import COUNT_STRIKES_IN_APP_JS, guard_requests, launch_chromium, run_app


def shoot(url: str, out: Path, width: int, height: int) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_page(viewport={"width": width, "height": height})
        guard = guard_requests(page, url)
        page.goto(url)
        page.wait_for_function(f"({COUNT_STRIKES_IN_APP_JS})() > 0", timeout=90_000)
        page.wait_for_timeout(1500)  # let the zoom animation and charts settle
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out))
        browser.close()
    if guard.blocked:
        print(f"{guard.blocked} outside request(s) aborted", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, help="default docs/screenshot.png")
    parser.add_argument("--out", dest="out_option", type=Path, help="the same, as an option")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=1000)
    args = parser.parse_args(argv)
    out = args.out_option or args.out or Path("docs") / "screenshot.png"
    with run_app() as url:
        shoot(url, out, args.width, args.height)
    print(f"screenshot written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
