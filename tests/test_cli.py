import json
import re
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from geo.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    status = main(["build", str(SEEDS), "--out", str(out), "--quiet"])
    return status, out


def test_build_writes_every_output(built, capsys):
    status, out = built
    assert status == 0
    for name in ("strikes.geojson", "strikes.csv", "strikes.parquet", "unresolved.csv", "map.html"):
        assert (out / name).stat().st_size > 0, name
    leftovers = [p.name for p in out.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_outputs_agree(built):
    _, out = built
    table = pd.read_csv(out / "strikes.csv")
    parquet = gpd.read_parquet(out / "strikes.parquet")
    geojson = json.loads((out / "strikes.geojson").read_text(encoding="utf-8"))
    unresolved = pd.read_csv(out / "unresolved.csv")
    assert len(table) == len(parquet)
    assert len(geojson["features"]) == int(table["resolved"].sum())
    assert len(unresolved) == len(table) - int(table["resolved"].sum())
    assert "crs" not in geojson
    for feature in geojson["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert 35.5 < lon < 42.5 and 32.0 < lat < 37.5  # lon/lat order, inside Syria
        assert feature["properties"]["controlled_by"] in {"isis", "opposition", "regime", "kurdish"}
    assert set(table["doc"]) == {p.stem for p in SEEDS.glob("*.txt")}


def test_summary_line(tmp_path, capsys):
    status = main(["build", str(SEEDS), "--out", str(tmp_path), "--quiet"])
    assert status == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert line.startswith("5 documents, ")
    assert "located" in line and "ground held by" in line


def test_missing_folder_is_a_one_line_error(tmp_path, capsys):
    status = main(["build", str(tmp_path / "missing"), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1
    assert "missing: folder does not exist" in err
    assert "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_bad_document_is_skipped_with_distinct_status(tmp_path, capsys):
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_text(
        "---\npublished: 2015-10-07\n---\nRussian jets struck Talbiseh in Homs province today.\n"
    )
    (src / "bad.txt").write_bytes(b"\x00\x01\x02")
    status = main(["build", str(src), "--out", str(tmp_path / "out"), "--quiet"])
    captured = capsys.readouterr()
    assert status == 3
    assert "bad.txt: file is binary" in captured.err
    table = pd.read_csv(tmp_path / "out" / "strikes.csv")
    assert list(table["doc"].unique()) == ["good"]


def test_failed_build_leaves_previous_outputs(built, tmp_path):
    _, out = built
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    broken_layers = tmp_path / "layers"
    broken_layers.mkdir()
    (broken_layers / "2015-10-07.geojson").write_text("{ not json")
    status = main(["build", str(SEEDS), "--out", str(out), "--layers", str(broken_layers)])
    assert status == 2
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_map_command_filters_and_modes(tmp_path, capsys):
    full = tmp_path / "full.html"
    assert main(["map", str(SEEDS), "--out", str(full), "--quiet"]) == 0
    isis = tmp_path / "isis.html"
    assert main(["map", str(SEEDS), "--out", str(isis), "--faction", "isis", "--quiet"]) == 0
    cdn = tmp_path / "cdn.html"
    assert main(["map", str(SEEDS), "--out", str(cdn), "--cdn", "--title", "T", "--quiet"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    counts = [int(line.split(": ")[1].split(" ")[0]) for line in lines]
    assert counts[1] < counts[0]
    assert cdn.stat().st_size < full.stat().st_size
    html = full.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=[\"']?(https?:)?//", html)
    assert re.search(r"<(script|link)[^>]+(src|href)=[\"']?https://", cdn.read_text("utf-8"))


def test_bad_date_argument_exits_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        main(["map", str(SEEDS), "--out", str(tmp_path / "m.html"), "--from", "2015-13-01"])
    assert info.value.code == 2
    assert "not a YYYY-MM-DD date" in capsys.readouterr().err


def test_python_dash_m(tmp_path):
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "geo", "build", str(tmp_path / "nope"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().endswith("nope: folder does not exist")
