"""`strikemap map --animate` and the print maps from the command line."""

from __future__ import annotations

import io
from pathlib import Path

import geopandas as gpd
import pytest
from PIL import Image
from test_playback import blob_of

from geo.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("build")
    assert main(["build", str(SEEDS), "--out", str(out), "--quiet"]) == 0
    return out


def test_animate_writes_a_played_map_of_the_filtered_strikes(tmp_path, capsys):
    target = tmp_path / "anim.html"
    args = ["map", str(SEEDS), "--animate", "--out", str(target), "--fade", "14", "--quiet"]
    assert main([*args, "--from", "2015-10-01", "--to", "2015-12-31", "--title", "Q4"]) == 0
    data = blob_of(target.read_text(encoding="utf-8"))
    assert (data["start"], data["fade"]) == ("2015-10-01", 14)
    assert data["days"] == 92
    assert 0 < len(data["strikes"]["day"]) < 70
    labels = data["labels"]  # the first day of each distinct control state drawn
    assert labels == sorted(labels) and len(labels) > 1
    assert labels[0] <= "2015-10-01" and labels[-1] <= "2015-12-31"
    assert "<title>Q4</title>" in target.read_text(encoding="utf-8")
    assert f"{target}: " in capsys.readouterr().out


def test_print_maps_of_an_events_file(built, tmp_path):
    png, svg, pdf = tmp_path / "m.png", tmp_path / "m.svg", tmp_path / "m.pdf"
    status = main(
        ["map", str(built / "strikes.parquet"), "--png", str(png), "--svg", str(svg),
         "--pdf", str(pdf), "--size", "900x600", "--title", "Seed strikes", "--faction", "isis"]
    )  # fmt: skip
    assert status == 0
    assert Image.open(io.BytesIO(png.read_bytes())).size == (900, 600)
    text = svg.read_text(encoding="utf-8")
    events = gpd.read_parquet(built / "strikes.parquet")
    on_isis = int((events["controlled_by"] == "isis").sum())
    assert "Seed strikes" in text and f"{on_isis} strikes mapped" in text
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_animate_reads_geojson_events_too(built, tmp_path):
    target = tmp_path / "a.html"
    assert main(["map", str(built / "strikes.geojson"), "--animate", "--out", str(target)]) == 0
    located = gpd.read_file(built / "strikes.geojson")
    located = located[~located.geometry.is_empty & located.geometry.notna()]
    assert len(blob_of(target.read_text(encoding="utf-8"))["strikes"]["day"]) == len(located)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--animate", "--png", "{tmp}/x.png"], "--animate needs --out"),
        ([], "needs --out"),
        (["--png", "{tmp}/x.svg"], "--png must name a .png file"),
        (["--out", "{tmp}/x.html", "--fade", "-1"], "--fade must be"),
    ],
)
def test_bad_output_options_exit_2_and_write_nothing(tmp_path, capsys, args, message):
    argv = ["map", str(SEEDS), *[a.format(tmp=tmp_path) for a in args], "--quiet"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("events.parquet", b"not parquet", "cannot be read as GeoParquet"),
        ("events.geojson", b'{"type": "FeatureCollection"', "cannot be read as GeoJSON"),
        ("events.csv", b"a,b\n", "expected a folder of reports or an events file"),
        (
            "events.geojson",
            b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"x":1},'
            b'"geometry":{"type":"Point","coordinates":[36,35]}}]}',
            "no `event_date` column",
        ),
    ],
)
def test_bad_events_file_is_one_line(tmp_path, capsys, name, content, message):
    source = tmp_path / name
    source.write_bytes(content)
    assert main(["map", str(source), "--png", str(tmp_path / "m.png")]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "m.png").exists()


def test_size_must_be_pixels(tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        main(["map", str(SEEDS), "--png", str(tmp_path / "m.png"), "--size", "big"])
    assert info.value.code == 2
    assert "not a size in pixels" in capsys.readouterr().err
