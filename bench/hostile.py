"""Hostile bodies for the extraction patterns, and the time they take to extract.

Each body repeats a short unit of hostile text (runs of stops, place lists, unclosed
quotes, dates, actor words, ...) to the wanted size, with no line break. Extraction must
stay linear in the input: 100 KB of any family in under 2 s and 1 MB in under 20 s on the
reference machine (2 cores). ``tests/test_linear_time.py`` checks the growth, which does
not depend on the machine; this module prints the times against those limits::

    .venv/bin/python -m bench.hostile            # 10 KB, 100 KB and 1 MB of each family
    .venv/bin/python -m bench.hostile --no-1mb   # leave out the 1 MB bodies

Times are CPU seconds of this process (best of three for 10 KB and 100 KB, one run for
1 MB), so they measure the patterns rather than how busy the machine is.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date

#: One unit of hostile text per pattern family; repeated to size.
UNITS = {
    # sentence ends: long runs of stops and exclamation marks inside one line
    "stops": "Jets struck Talbiseh" + "." * 20_000 + "!" * 20_000 + " ",
    # a strike word followed by an endless list of places (ground-fire and role scans)
    "place_list": "Russian jets struck Talbiseh, Rastan, Kafr Zita, Morek, Saraqib, ",
    # an opening quote that never closes, with claimants inside
    "unclosed_quote": "“the Observatory said Russian jets bombed Douma and Saqba ",
    # many dates after one strike word (other-clause and period-bound scans)
    "dates": "struck Hama after 12 October 2015, since Saturday, on Nov. 9, until 14/10/2016, ",
    # actor words of several sides with "whether ... or" (actor disjunction)
    "actors": "whether Russian jets or regime helicopters or coalition aircraft struck Hama, ",
    # apostrophes, hyphens and hashtags inside names
    "typography": "#Ma’arrat_al‑Nu’man and Kafr‑Nabl’s ‘market’ were bombed ",
    # distances and bearings chained without end
    "offsets": "15 kilometers southwest of the city of Raqqa and 20 km north of ",
    # person and group cues around place names
    "people": "Abu Omar Saraqeb, Saleh Raqqawi, the Douma 4 and Homs Media Center said jets hit ",
    # footnote numbers printed against names, as text taken from a page keeps them
    "footnote_marks": "jets struck Talbiseh12 and Rastan3, the Su24 over Morek45; ",
}

#: The limits of the reference machine, in CPU seconds, by body size in bytes.
LIMITS = {100_000: 2.0, 1_000_000: 20.0}


def body(unit: str, size: int) -> str:
    """Repeat ``unit`` to ``size`` characters, with no line break.

    Parameters
    ----------
    unit : str
        The hostile text to repeat.
    size : int
        Length of the body in characters.

    Returns
    -------
    str
    """
    return (unit * (size // len(unit) + 1))[:size]


def best_cpu_seconds(func: Callable[[], object], tries: int = 3) -> float:
    """Return the shortest CPU time of ``tries`` calls of ``func``, as ``timeit`` reports.

    Parameters
    ----------
    func : callable
        The work to time, called with no argument.
    tries : int, optional
        How many times to call it.

    Returns
    -------
    float
    """
    best = float("inf")
    for _ in range(tries):
        start = time.process_time()
        func()
        best = min(best, time.process_time() - start)
    return best


def extract_seconds(text: str, tries: int = 3) -> float:
    """Return the shortest CPU time of extracting ``text`` with the packaged gazetteer.

    Parameters
    ----------
    text : str
        The report body.
    tries : int, optional
        How many times to extract it.

    Returns
    -------
    float
        CPU seconds of the fastest run, as ``timeit`` reports.
    """
    from geo.extract import extract_events
    from geo.geocode.gazetteer import load_gazetteer
    from geo.record import Document

    finder = load_gazetteer().find_mentions
    finder("Hama")  # the gazetteer's indexes are built before the clock starts
    doc = Document("hostile", "hostile.txt", text, date(2016, 1, 1))
    return best_cpu_seconds(lambda: extract_events(doc, finder), tries)


def main(argv: list[str] | None = None) -> int:
    """Print the extraction time of each family's bodies, one figure per line."""
    parser = argparse.ArgumentParser(prog="python -m bench.hostile", description=__doc__)
    parser.add_argument("--no-1mb", action="store_true", help="leave out the 1 MB bodies")
    args = parser.parse_args(argv)
    sizes = [10_000, 100_000] + ([] if args.no_1mb else [1_000_000])
    for family in sorted(UNITS):
        seconds = {}
        for size in sizes:
            seconds[size] = extract_seconds(body(UNITS[family], size), 1 if size >= 1e6 else 3)
            limit = LIMITS.get(size)
            verdict = (
                ""
                if limit is None
                else f" (limit {limit:g} s: {'within' if seconds[size] < limit else 'OVER'})"
            )
            print(
                f"hostile_{family}_{size // 1000}kb: {seconds[size]:.3f} s CPU{verdict}", flush=True
            )
        print(
            f"hostile_{family}_growth_10kb_to_100kb: {seconds[100_000] / seconds[10_000]:.1f} x",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
