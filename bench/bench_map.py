"""Map benchmarks: the seeds in the real app and browser, and a big synthetic map.

Prints one figure per line, ``name: value unit``:

    map_seeds_html: size of the self-contained HTML map of the seeds (goal <= 2 MB)
    map_seeds_render_html: time to make that page in Python
    map_first_map_warm: app page load to strikes drawn, build cached (goal <= 3 s)
    map_filter_change: typing a search to the map showing the new view (goal <= 1 s)
    map_first_map_warm_routed, map_filter_change_routed: the same with every
        request going through Playwright's route handler, as in the browser tests
    map_app_events: events of the app on a big table (``STRIKEMAP_EVENTS``, a
        GeoParquet of synthetic joined events)
    map_first_map_warm_big: page load to strikes drawn on that table
    map_filter_change_big: a quote search to the map showing the new count
        (goal <= 1 s at 100,000 events)
    map_filter_change_cpu, map_filter_change_cpu_big: CPU time the whole stack
        (this process, the app's server, the browser) used meanwhile
    map_filter_settled_big: the same to the end of the page (figures, table)
    map_big_strikes: number of synthetic strikes of the big map
    map_big_build_html: time to make its self-contained page in Python
    map_big_html: its size (goal <= 15 MB)
    map_big_first_render: file:// page load to every strike decoded and drawn,
        headless chromium (goal <= 5 s)
    map_playback_seeds_html: size of the played-by-day map of the seeds (``map --animate``)
    map_playback_strikes, map_playback_build_html, map_playback_html: the same on
        synthetic strikes (default 20,000): count, time to make, size
    map_playback_ready: file:// page load until the first day is shown
    map_playback_step: one step of a week (fading after 7 days), median

Usage: ``python -m bench.bench_map [--runs 3] [--big 100000] [--app-events 100000]
[--skip-app] [--skip-app-big] [--skip-app-seeds] [--skip-seeds-html]``; from
``bench/__main__.py``: ``bench_map.main(["--runs", "3"])``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tests.support.browser import (
    COUNT_STRIKES_IN_APP_JS,
    OFFLINE_RESOLVER_ARG,
    guard_requests,
    launch_chromium,
    run_app,
)

REPO = Path(__file__).resolve().parent.parent
#: Strikes a person sees in the app's map iframe (-1 until it holds a map).
COUNT_IN_APP_JS = COUNT_STRIKES_IN_APP_JS
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

    from bench.synth import town_rows
    from geo.record import ACTORS, CLAIMED_TARGETS, EVENT_COLUMNS, FACTIONS

    rng = np.random.default_rng(seed)
    rows = town_rows()
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
        controlled_by=rng.choice(np.array([*FACTIONS, None], dtype=object), n),
        latitude=lat[pick],
        longitude=lon[pick],
    )
    points = gpd.points_from_xy(lon[pick], lat[pick], crs="EPSG:4326")
    return gpd.GeoDataFrame(frame, geometry=points, crs="EPSG:4326")


# ---------------------------------------------------------------------------
# Figures


def seeds_html() -> None:
    from geo import pipeline
    from geo.output import webmap

    result = pipeline.build(REPO / "seeds")
    webmap.render_html(result.events, layers=result.layers)  # warm caches
    start = time.perf_counter()
    page = webmap.render_html(result.events, layers=result.layers, self_contained=True)
    say("map_seeds_render_html", time.perf_counter() - start, "s")
    say("map_seeds_html", len(page.encode()) / 1e6, "MB")


def markers_map(n: int) -> None:
    """The HTML of a map of ``n`` strikes drawn as markers (the most a map draws so)."""
    from geo.output import webmap

    events = synthetic_events(n)
    webmap.render_html(events.iloc[:50])  # warm caches (basemap, assets)
    wall, cpu = time.perf_counter(), time.process_time()
    page_html = webmap.render_html(events, big_threshold=max(n, webmap.DEFAULT_BIG_THRESHOLD))
    say("map_markers_strikes", n)
    say("map_markers_build_html", time.perf_counter() - wall, "s")
    say("map_markers_build_html_cpu", time.process_time() - cpu, "s")
    say("map_markers_html", len(page_html.encode()) / 1e6, "MB")


def big_map(n: int, runs: int) -> None:
    from playwright.sync_api import sync_playwright

    from geo.output import webmap

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
            browser = launch_chromium(p)
            for _ in range(runs):
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                page = context.new_page()
                guard_requests(page)
                start = time.perf_counter()
                page.goto(target.as_uri(), wait_until="commit")
                page.wait_for_function(CANVAS_READY_JS, arg=n, timeout=120_000, polling=20)
                page.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")
                renders.append(time.perf_counter() - start)
                context.close()
            browser.close()
    say("map_big_first_render", statistics.median(renders), "s")


def playback(n: int, runs: int) -> None:
    from playwright.sync_api import sync_playwright

    from geo import pipeline
    from geo.control.layers import load_layers
    from geo.output.playback import playback_html

    layers = load_layers()
    seeds = pipeline.build(REPO / "seeds")
    say(
        "map_playback_seeds_html",
        len(playback_html(seeds.events, layers=layers).encode()) / 1e6,
        "MB",
    )
    events = synthetic_events(n)
    start = time.perf_counter()
    page_html = playback_html(events, layers=layers)
    say("map_playback_strikes", n)
    say("map_playback_build_html", time.perf_counter() - start, "s")
    say("map_playback_html", len(page_html.encode()) / 1e6, "MB")
    with tempfile.TemporaryDirectory(prefix="strikemap-bench-") as tmp:
        target = Path(tmp) / "playback.html"
        target.write_text(page_html, encoding="utf-8")
        ready, steps = [], []
        with sync_playwright() as p:
            browser = launch_chromium(p)
            for _ in range(runs):
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                page = context.new_page()
                guard_requests(page)
                start = time.perf_counter()
                page.goto(target.as_uri(), wait_until="commit")
                page.wait_for_selector(".sm-playback[data-ready]", timeout=120_000)
                ready.append(time.perf_counter() - start)
                page.evaluate("() => window.StrikemapPlayback.players[0].setDay(200)")
                steps.append(
                    page.evaluate(
                        """() => { const p = window.StrikemapPlayback.players[0];
                        const t = performance.now(); p.step(7);
                        return new Promise(r => requestAnimationFrame(
                            () => r((performance.now() - t) / 1000))); }"""
                    )
                )
                context.close()
            browser.close()
    say("map_playback_ready", statistics.median(ready), "s")
    say("map_playback_step", statistics.median(steps), "s")


def tree_cpu() -> float:
    """Return the CPU seconds (user and system) used so far by this process and every
    live process under it (the app's server, the browser), read from ``/proc``.

    The difference around a step is the CPU it cost on the whole stack, a figure that
    other work on a shared machine does not inflate as it does wall time.
    """
    tick = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    used: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            text = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2 :].split()
        pid = int(entry)
        children.setdefault(int(fields[1]), []).append(pid)
        used[pid] = (int(fields[11]) + int(fields[12])) / tick
    total, todo = 0.0, [os.getpid()]
    while todo:
        pid = todo.pop()
        total += used.get(pid, 0.0)
        todo.extend(children.get(pid, []))
    return total


def wait_count(page: Any, test: str, timeout: float = 120_000) -> None:
    """Wait until the strikes in the app's map pass ``test`` (JS, on ``n``)."""
    page.wait_for_function(
        f"() => {{ const n = ({COUNT_IN_APP_JS})(); return n >= 0 && ({test}); }}",
        timeout=timeout,
        polling=20,
    )


def app_figures(
    runs: int,
    *,
    routed: bool,
    events: Path | None = None,
    search: str = "no report says this 1234",
    expected: int = 0,
    label: str = "",
) -> None:
    """Time the app's first map (warm) and a filter change.

    The filter change types ``search`` in the sidebar's quote search and waits
    for the map iframe to show ``expected`` strikes; on a big table,
    ``map_filter_settled`` then waits for the end of the page (the events
    table's caption).

    ``routed`` sends every request through Playwright's route handler, as the
    browser tests do (this disables the browser cache and adds a round trip
    to Python per request); otherwise outside hosts are made unresolvable in
    the browser itself, which keeps its cache, as for a person using the app.
    ``events`` is a GeoParquet the app shows instead of the seeds.
    """
    from playwright.sync_api import sync_playwright

    env = {"STRIKEMAP_EVENTS": str(events)} if events is not None else {}
    firsts, changes, settled, cpus = [], [], [], []
    with run_app(env=env, timeout=180) as url, sync_playwright() as p:
        browser = launch_chromium(p, args=() if routed else (OFFLINE_RESOLVER_ARG,))
        page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        if routed:
            guard_requests(page, url)
        page.goto(url)  # cold: builds or reads the events and caches them
        wait_count(page, "n > 0", timeout=300_000)
        for _ in range(runs):
            start = time.perf_counter()
            page.goto(url)
            wait_count(page, "n > 0")
            firsts.append(time.perf_counter() - start)
            total = page.evaluate(COUNT_IN_APP_JS)
            box = page.get_by_label("Search the quotes")
            box.fill(search)
            cpu = tree_cpu()
            start = time.perf_counter()
            box.press("Enter")
            wait_count(page, f"n === {int(expected)} && n !== {int(total)}")
            changes.append(time.perf_counter() - start)
            cpus.append(tree_cpu() - cpu)
            if events is not None:
                page.get_by_text(f"of {expected:,} events").wait_for(timeout=120_000)
                settled.append(time.perf_counter() - start)
        browser.close()
    suffix = label + ("_routed" if routed else "")
    say(f"map_first_map_warm{suffix}", statistics.median(firsts), "s")
    say(f"map_filter_change{suffix}", statistics.median(changes), "s")
    say(f"map_filter_change_cpu{suffix}", statistics.median(cpus), "s")
    if settled:
        say(f"map_filter_settled{suffix}", statistics.median(settled), "s")


def app_big(n: int, runs: int) -> None:
    """The app on ``n`` synthetic joined events read from a GeoParquet file."""
    from geo.output import export

    events = synthetic_events(n)
    search = "according to SANA"
    expected = int(events["quote"].str.contains(search, regex=False).sum())
    with tempfile.TemporaryDirectory(prefix="strikemap-bench-") as tmp:
        table = export.write_parquet(events, Path(tmp) / "events.parquet")
        del events
        say("map_app_events", n)
        app_figures(
            runs, routed=False, events=table, search=search, expected=expected, label="_big"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_map", description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="browser runs (median shown)")
    parser.add_argument("--big", type=int, default=100_000, help="strikes of the big map")
    parser.add_argument("--skip-app", action="store_true", help="leave out the app figures")
    parser.add_argument("--skip-big", action="store_true", help="leave out the big map")
    parser.add_argument(
        "--markers",
        type=int,
        default=3000,
        help="strikes of the map drawn as markers (0: none)",
    )
    parser.add_argument(
        "--playback", type=int, default=20_000, help="strikes of the played-by-day map (0: none)"
    )
    parser.add_argument(
        "--app-events", type=int, default=100_000, help="events of the app on a big table"
    )
    parser.add_argument(
        "--skip-app-big", action="store_true", help="leave out the app on a big table"
    )
    parser.add_argument(
        "--skip-app-seeds", action="store_true", help="leave out the app on the seeds"
    )
    parser.add_argument(
        "--skip-seeds-html", action="store_true", help="leave out the seeds' HTML map"
    )
    args = parser.parse_args(argv)
    say("map_machine", f"{os.cpu_count()} cores")
    if not args.skip_seeds_html:
        seeds_html()
    if not args.skip_app:
        if not args.skip_app_seeds:
            app_figures(args.runs, routed=False)
            app_figures(args.runs, routed=True)
        if not args.skip_app_big:
            app_big(args.app_events, args.runs)
    if args.markers:
        markers_map(args.markers)
    if not args.skip_big:
        big_map(args.big, args.runs)
    if args.playback:
        playback(args.playback, args.runs)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    raise SystemExit(main())
