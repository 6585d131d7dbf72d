"""Extraction time grows linearly with the input: adversarial bodies for each pattern family.

Each body repeats a short unit of hostile text (``bench.hostile.UNITS``: runs of stops,
place lists, unclosed quotes, dates, actor words, ...) to the wanted size. The defects this
guards against grew four to six times per doubling of the input (100 KB of a place list took
29 s). The guard compares 100 KB with 10 KB of the same family: linear growth takes about ten
times as long, a square law a hundred times. A ratio does not depend on how fast the test
machine is; the times themselves, against the limits of 2 s for 100 KB and 20 s for 1 MB,
are figures of ``python -m bench.hostile`` (``make bench``).

Time is the CPU time of the extracting process, the best of three runs.
"""

from __future__ import annotations

import pytest

from bench.hostile import UNITS, best_cpu_seconds, body, extract_seconds

#: Growth allowed from 10 KB to 100 KB: linear is about 10 (8 to 14 measured, the fixed
#: cost of a report weighing more in the small body); a square law gives 100.
GROWTH = 25.0
#: Whatever the machine, 100 KB must not hold an app worker for long.
CEILING_S = 10.0


@pytest.mark.parametrize("family", sorted(UNITS))
def test_extraction_time_grows_linearly(family):
    small = extract_seconds(body(UNITS[family], 10_000))
    large = extract_seconds(body(UNITS[family], 100_000))
    assert large < CEILING_S, f"{family}: 100 KB took {large:.1f} s"
    assert large < GROWTH * max(small, 0.005), (
        f"{family}: 10 KB {small:.3f} s, 100 KB {large:.3f} s ({large / small:.0f} x)"
    )


def test_a_square_law_is_caught():
    """The guard's measure itself: a quadratic scan over the same bodies fails it."""

    def quadratic(text: str) -> int:
        return sum(text.count(text[i : i + 2], 0, i) for i in range(0, len(text), 20))

    unit = UNITS["place_list"]
    small_text, large_text = body(unit, 4_000), body(unit, 40_000)
    small = best_cpu_seconds(lambda: quadratic(small_text))
    large = best_cpu_seconds(lambda: quadratic(large_text))
    assert large > GROWTH * small
