"""Map benchmarks: the seeds in the real app and browser, and a big synthetic map.

Prints one figure per line, ``name: value unit``:

    map_seeds_html: size of the self-contained HTML map of the seeds (goal <= 2 MB)
    map_seeds_render_html: time to make that page in Python
    map_first_map_warm: app page load to strikes drawn, build cached (goal <= 3 s)
    map_filter_change: typing a search to the map showing the new view (goal <= 1 s)
    map_first_map_warm_routed, map_filter_change_routed: the same with every
        request going through Playwright's route handler, as in the browser tests
    map_big_strikes: number of synthetic strikes of the big map
    map_big_build_html: time to make its self-contained page in Python
    map_big_html: its size (goal <= 15 MB)
    map_big_first_render: file:// page load to every strike decoded and drawn,
        headless chromium (goal <= 5 s)

Usage: ``python -m bench.bench_map [--runs 3] [--big 100000] [--skip-app]``; from
``bench/__main__.py``: ``bench_map.main(["--runs", "3"])``.
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

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
#: Strikes a person sees in the app's map: markers, cluster counts, canvas strikes.
COUNT_IN_FRAME_JS = """(cond) => {
    const f = document.querySelector('iframe[src*="streamlit_folium"]');
    const d = f && f.contentDocument;
    if (!d || !d.querySelector('.leaflet-container')) return false;
    const canvas = d.querySelector('canvas.strike-canvas');
    const n = d.querySelectorAll('path.strike-marker').length +
        [...d.querySelectorAll('.strike-cluster span')]
            .reduce((a, s) => a + parseInt(s.textContent, 10), 0) +
        (canvas ? parseInt(canvas.dataset.count, 10) : 0);
    return cond === 'some' ? n > 0 : n === 0;
}"""
#: Every strike of a big (canvas) map decoded and drawn.
CANVAS_READY_JS = """(n) => {
    const c = document.querySelector('canvas.strike-canvas');
    return c && parseInt(c.dataset.count, 10) === n;
}"""
FIRST_DAY = date(2015, 9, 30)


def say(name: str, value: float | int | str, unit: str = "") -> None:
    """Print one figure on its own line."""
    text = f"{value:.3g}" if isinstance(value, float) else str(value)
    print(f"{name}: {text} {unit}".rstrip(), flush=True)


# ---------------------------------------------------------------------------
# Synthetic strikes


def synthetic_events(n: int, *, seed: int = 20151007, per_doc: int = 8) -> Any:
    """Return ``n`` located strikes at gazetteer towns, with unique report sentences.

    Each group of ``per_doc`` strikes shares a document (title, outlet, link,
    publication date); every strike has its own quote of about 130 characters,
    so the quotes are most of the data, as in a real archive.
    """
    import geopandas as gpd
    import numpy as np
    import pandas as pd

    from geo.gazetteer import DEFAULT_GAZETTEER_PATH
    from geo.record import ACTORS, CLAIMED_TARGETS, EVENT_COLUMNS, FACTIONS

    rng = np.random.default_rng(seed)
    with open(DEFAULT_GAZETTEER_PATH, encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["precision"] in ("town", "neighbourhood")]
    names = np.array([r["name"] for r in rows], dtype=object)
    govs = np.array([r["admin1"] or "Syria" for r in rows], dtype=object)
    precision = np.array([r["precision"] for r in rows], dtype=object)
    lat = np.array([float(r["lat"]) for r in rows])
    lon = np.array([float(r["lon"]) for r in rows])
    forces = ("Russian warplanes", "Regime helicopters", "Coalition aircraft", "Syrian army jets")
    claimants = np.array(["SOHR", "LCC", "Russian MoD", "SANA", "White Helmets", "locals"])
    weapons = np.array([None, "barrel bombs", "cluster bombs", "cruise missiles"], dtype=object)

    pick = rng.integers(0, len(rows), n)
    doc_index = np.arange(n) // per_doc
    doc_day = rng.integers(0, 450, doc_index.max() + 1 if n else 0)
    day = doc_day[doc_index] - rng.integers(0, 3, n)
    published = [FIRST_DAY + timedelta(days=int(d)) for d in doc_day[doc_index]]
    when = [FIRST_DAY + timedelta(days=int(d)) for d in day]
    force = rng.integers(0, len(forces), n)
    claimant = claimants[rng.integers(0, len(claimants), n)]
    killed = rng.integers(1, 60, n)
    quotes = [
        f"{forces[force[i]]} struck {names[pick[i]]} in {govs[pick[i]]} province on "
        f"{when[i]:%d %B %Y}, killing at least {killed[i]} people, according to {claimant[i]}."
        for i in range(n)
    ]
    frame = pd.DataFrame({c: pd.Series([None] * n, dtype=object) for c in EVENT_COLUMNS})
    frame = frame.assign(
        event_id=[f"report_{d:06d}:{i}" for i, d in enumerate(doc_index)],
        doc=[f"report_{d:06d}" for d in doc_index],
        doc_title=[f"Air strikes in Syria, report {d}" for d in doc_index],
        doc_source=rng.choice(["Reuters", "AFP", "Syria Direct", "Enab Baladi"], n),
        doc_url=[f"https://example.org/reports/{d}" for d in doc_index],
        published=published,
        quote=quotes,
        place_as_written=names[pick],
        place_name=names[pick],
        geo_precision=precision[pick],
        resolved=True,
        event_date=when,
        time_precision="day",
        actor=rng.choice(list(ACTORS), n),
        claimant=claimant,
        claimed_target=rng.choice(list(CLAIMED_TARGETS), n),
        weapon=weapons[rng.integers(0, len(weapons), n)],
        controlled_by=rng.choice([*FACTIONS, None], n),
        latitude=lat[pick],
        longitude=lon[pick],
    )
    points = gpd.points_from_xy(lon[pick], lat[pick], crs="EPSG:4326")
    return gpd.GeoDataFrame(frame, geometry=points, crs="EPSG:4326")


# ---------------------------------------------------------------------------
# Figures


def seeds_html() -> None:
    from geo import pipeline, webmap

    result = pipeline.build(REPO / "seeds")
    webmap.render_html(result.events, layers=result.layers)  # warm caches
    start = time.perf_counter()
    page = webmap.render_html(result.events, layers=result.layers, self_contained=True)
    say("map_seeds_render_html", time.perf_counter() - start, "s")
    say("map_seeds_html", len(page.encode()) / 1e6, "MB")


def launch(playwright: Any) -> Any:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def big_map(n: int, runs: int) -> None:
    from playwright.sync_api import sync_playwright

    from geo import webmap

    events = synthetic_events(n)
    webmap.render_html(events.iloc[:5000])  # warm caches (basemap, assets)
    start = time.perf_counter()
    page_html = webmap.render_html(events)
    build_s = time.perf_counter() - start
    say("map_big_strikes", n)
    say("map_big_build_html", build_s, "s")
    say("map_big_html", len(page_html.encode()) / 1e6, "MB")
    with tempfile.TemporaryDirectory(prefix="strikemap-bench-") as tmp:
        target = Path(tmp) / "big.html"
        target.write_text(page_html, encoding="utf-8")
        del page_html
        renders = []
        with sync_playwright() as p:
            browser = launch(p)
            for _ in range(runs):
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                page = context.new_page()
                page.route(
                    "**/*",
                    lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort(),
                )
                start = time.perf_counter()
                page.goto(target.as_uri(), wait_until="commit")
                page.wait_for_function(CANVAS_READY_JS, arg=n, timeout=120_000, polling=20)
                page.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")
                renders.append(time.perf_counter() - start)
                context.close()
            browser.close()
    say("map_big_first_render", statistics.median(renders), "s")


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


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 90) -> None:
    import urllib.request

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


def app_figures(runs: int, *, routed: bool) -> None:
    """Time the app's first map (warm) and a filter change.

    ``routed`` sends every request through Playwright's route handler, as the
    browser tests do (this disables the browser cache and adds a round trip
    to Python per request); otherwise outside hosts are made unresolvable in
    the browser itself, which keeps its cache, as for a person using the app.
    """
    from playwright.sync_api import sync_playwright

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = start_app(port)
    firsts, changes = [], []
    try:
        wait_healthy(url, proc)
        with sync_playwright() as p:
            if routed:
                browser = launch(p)
            else:
                rules = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
                browser = p.chromium.launch(executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, rules])
            page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
            if routed:
                page.route(
                    "**/*",
                    lambda r: (
                        r.continue_()
                        if r.request.url.startswith((url, "data:", "blob:"))
                        else r.abort()
                    ),
                )
            page.goto(url)  # cold: builds and caches the seeds
            page.wait_for_function(COUNT_IN_FRAME_JS, arg="some", timeout=120_000, polling=20)
            for _ in range(runs):
                start = time.perf_counter()
                page.goto(url)
                page.wait_for_function(COUNT_IN_FRAME_JS, arg="some", timeout=120_000, polling=20)
                firsts.append(time.perf_counter() - start)
                search = page.get_by_label("Search the quotes")
                search.fill("no report says this 1234")
                start = time.perf_counter()
                search.press("Enter")
                page.wait_for_function(COUNT_IN_FRAME_JS, arg="none", timeout=120_000, polling=20)
                changes.append(time.perf_counter() - start)
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    suffix = "_routed" if routed else ""
    say(f"map_first_map_warm{suffix}", statistics.median(firsts), "s")
    say(f"map_filter_change{suffix}", statistics.median(changes), "s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_map", description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="browser runs (median shown)")
    parser.add_argument("--big", type=int, default=100_000, help="strikes of the big map")
    parser.add_argument("--skip-app", action="store_true", help="leave out the app figures")
    parser.add_argument("--skip-big", action="store_true", help="leave out the big map")
    args = parser.parse_args(argv)
    say("map_machine", f"{os.cpu_count()} cores")
    seeds_html()
    if not args.skip_app:
        app_figures(args.runs, routed=False)
        app_figures(args.runs, routed=True)
    if not args.skip_big:
        big_map(args.big, args.runs)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    raise SystemExit(main())
