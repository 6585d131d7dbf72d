"""Work run in a forked process while the build goes on (geo.build.aside)."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest

from geo.build.aside import start_aside
from geo.errors import InputWarning, LayerError, StrikemapError


def test_the_work_is_done_once_waited_for(tmp_path: Path) -> None:
    target = tmp_path / "map.html"

    def work() -> None:
        target.write_text("<html></html>", encoding="utf-8")

    aside = start_aside(work, str(target))
    aside.wait()
    assert target.read_text(encoding="utf-8") == "<html></html>"
    aside.wait()  # a second wait has nothing left to do
    assert target.exists()


def test_the_error_of_the_work_is_raised_by_wait() -> None:
    def work() -> None:
        raise StrikemapError("layers/areas.geojson: not a polygon layer")

    aside = start_aside(work, "map.html")
    with pytest.raises(StrikemapError, match="not a polygon layer"):
        aside.wait()


def test_an_error_that_cannot_be_rebuilt_comes_back_as_text() -> None:
    class Unpicklable(Exception):
        def __init__(self, a: str, b: str) -> None:
            super().__init__(f"{a} and {b}")

    def work() -> None:
        raise Unpicklable("one", "two")

    with pytest.raises(StrikemapError, match="Unpicklable: one and two"):
        start_aside(work, "map.html").wait()


def test_a_project_error_keeps_its_class() -> None:
    def work() -> None:
        raise LayerError("layers/2016-01-01.geojson", "no faction column")

    with pytest.raises(LayerError) as caught:
        start_aside(work, "map.html").wait()
    assert "no faction column" in str(caught.value)


def test_the_warnings_of_the_work_reach_the_caller() -> None:
    def work() -> None:
        warnings.warn(InputWarning("map.html draws the first 10 of 12 events"), stacklevel=1)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", InputWarning)
        start_aside(work, "map.html").wait()
    assert [(w.category, str(w.message)) for w in caught] == [
        (InputWarning, "map.html draws the first 10 of 12 events")
    ]


def test_a_process_that_dies_is_reported_with_what_it_made() -> None:
    def work() -> None:
        os._exit(9)

    with pytest.raises(StrikemapError, match=r"map\.html: .*ended without finishing \(code 9\)"):
        start_aside(work, "map.html").wait()
