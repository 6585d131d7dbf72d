"""Print maps: valid files of the size asked for, with the map, legend and title drawn."""

from __future__ import annotations

import io
from datetime import date

import numpy as np
import pytest
from events_factory import make_events
from PIL import Image
from test_playback import LAYERS, layer

from geo.output import printmap

TITLE = "Strikes & claims <autumn> $5$"


def strikes(n: int = 30):
    rng = np.random.default_rng(7)
    return make_events(
        [
            dict(
                place_as_written=f"P{i}",
                longitude=float(rng.uniform(36.0, 41.0)),
                latitude=float(rng.uniform(33.0, 36.8)),
                controlled_by=["isis", "regime", "opposition", None][i % 4],
                event_date=date(2015, 10, 1 + i % 20),
            )
            for i in range(n)
        ]
    )


def pixels(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)


def map_area(img: np.ndarray) -> np.ndarray:
    h, w, _ = img.shape
    top = int(h * printmap.TITLE_SPACE) + 5
    bottom = int(h * (1 - printmap.FOOTER_SPACE)) - 5
    return img[top:bottom, 5 : w - 5]


def test_png_has_the_requested_size_and_draws_the_map():
    png = printmap.render_png(strikes(), LAYERS[1], title=TITLE, size=(1000, 700))
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    image = Image.open(io.BytesIO(png))
    assert image.size == (1000, 700)
    area = map_area(pixels(png))
    sea = np.array([int(printmap.SEA_COLOUR[i : i + 2], 16) for i in (1, 3, 5)])
    background = np.all(np.abs(area - sea) <= 2, axis=2) | np.all(area >= 250, axis=2)
    assert (~background).mean() > 0.3  # land, areas, strikes


def test_strikes_and_control_areas_change_the_picture():
    empty = strikes().iloc[:0]
    bare = pixels(printmap.render_png(empty, None, title="T", size=(800, 600)))
    with_strikes = pixels(printmap.render_png(strikes(), None, title="T", size=(800, 600)))
    with_areas = pixels(printmap.render_png(empty, LAYERS[0], title="T", size=(800, 600)))
    changed = lambda a, b: (np.abs(map_area(a) - map_area(b)).sum(axis=2) > 30).sum()  # noqa: E731
    assert changed(bare, with_strikes) > 500
    assert changed(bare, with_areas) > 500


def test_svg_keeps_title_and_subtitle_as_text():
    svg = printmap.render_map(
        strikes(), LAYERS[0], fmt="svg", title=TITLE, subtitle="Autumn 2015"
    ).decode("utf-8")
    assert svg.lstrip().startswith("<?xml")
    assert "Strikes &amp; claims &lt;autumn&gt; $5$" in svg
    assert "Autumn 2015" in svg
    assert "as of 2015-10-01" in svg
    assert "<script" not in svg


def test_pdf_is_a_pdf():
    pdf = printmap.render_map(strikes(), layer(date(2016, 1, 1), "opposition"), fmt="pdf")
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")


def test_a_view_narrower_than_syria_is_shown_widened_to_the_page():
    minx, miny, maxx, maxy = printmap._bounds(strikes(), (36.0, 35.0, 37.5, 36.5), 2.0)
    assert (miny, maxy) == (35.0, 36.5) and minx < 36.0 and maxx > 37.5


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [(dict(fmt="jpeg"), "fmt"), (dict(size=(10, 10)), "size")],
)
def test_bad_arguments_are_refused(kwargs, message):
    with pytest.raises(ValueError, match=message):
        printmap.render_map(strikes(), None, **kwargs)
