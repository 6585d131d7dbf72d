"""Broken input through the real command line: one clear line, the right status, nothing lost.

The cases live in ``tests/bad_inputs/cases.py`` (listed in its README). Each
runs ``strikemap`` in-process on a workspace whose output folder already holds
the outputs of an earlier good build, and checks the exit status, that stderr
is exactly one line naming the file and the problem without a traceback, that
the earlier outputs are byte-identical (or, when a bad report is skipped,
rewritten whole) and that no temporary file is left. A few cases also run as
``python -m geo`` subprocesses. Builds killed at random moments and builds
racing into one folder are in ``test_output_folder.py``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import geopandas as gpd
import pandas as pd
import pytest
from bad_inputs.cases import (
    DOCUMENT_CASES,
    GOOD_TEXT,
    HERE,
    INPUT_CASES,
    SHIPPED_LAYER,
    DocumentCase,
    InputCase,
    Workspace,
    unreadable,
)

from geo.cli import OUTPUT_FILES, PUBLISHED_FILES, main
from geo.errors import printable

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def shown(path: Path) -> str:
    """A path as the one-line error prints it (control characters escaped)."""
    return printable(str(path))


def tree(root: Path) -> dict[str, bytes | None]:
    """Every file under ``root`` (relative name -> bytes; None for large or special files)."""
    out: dict[str, bytes | None] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = Path(dirpath, name)
            rel = str(path.relative_to(root))
            if path.is_symlink() or not path.is_file() or path.stat().st_size > 1_000_000:
                out[rel] = None
            else:
                out[rel] = path.read_bytes()
    return out


def assert_one_line(err: str, prefix: str, path: Path, problem: str) -> None:
    assert "Traceback" not in err, err
    lines = err.splitlines()
    assert len(lines) == 1 and err.endswith("\n"), err
    line = lines[0]
    assert line.startswith(prefix), line
    assert shown(path) in line, line
    assert re.search(problem, line), line


def assert_outputs_whole(out: Path) -> None:
    """Every output parses: GeoJSON, CSV, GeoParquet, GeoPackage, KML and HTML."""
    assert set(OUTPUT_FILES) <= {p.name for p in out.iterdir()}
    for name in OUTPUT_FILES:
        path = out / name
        if name.endswith(".geojson"):
            assert json.loads(path.read_text(encoding="utf-8"))["type"] == "FeatureCollection"
        elif name.endswith(".csv"):
            pd.read_csv(path)
        elif name.endswith(".parquet"):
            gpd.read_parquet(path)
        elif name.endswith(".gpkg"):
            gpd.read_file(path, engine="pyogrio")
        elif name.endswith(".kml"):
            ElementTree.parse(path)
        elif name.endswith(".html"):
            assert path.read_text(encoding="utf-8").rstrip().endswith("</html>")
        else:  # pragma: no cover - a new output needs a check here
            raise AssertionError(f"no whole-file check for {name}")


@pytest.fixture(scope="module")
def earlier_outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("earlier")
    src = root / "src"
    src.mkdir()
    (src / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    out = root / "out"
    assert main(["build", str(src), "--out", str(out), "--quiet"]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(PUBLISHED_FILES)
    return out


@pytest.fixture
def ws(tmp_path: Path, earlier_outputs: Path) -> Workspace:
    space = Workspace(tmp_path)
    space.src.mkdir()
    (space.src / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    space.layers.mkdir()
    shutil.copy(SHIPPED_LAYER, space.layers)
    shutil.copytree(earlier_outputs, space.out)
    return space


def test_there_are_at_least_thirty_cases() -> None:
    assert len(DOCUMENT_CASES) + len(INPUT_CASES) >= 30
    ids = [c.id for c in DOCUMENT_CASES + INPUT_CASES]
    assert len(ids) == len(set(ids))


def test_readme_lists_every_case() -> None:
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    for case in DOCUMENT_CASES + INPUT_CASES:
        assert f"`{case.id}`" in readme, case.id


@pytest.mark.parametrize("case", DOCUMENT_CASES, ids=lambda c: c.id)
def test_bad_report_alone_stops_the_build(
    case: DocumentCase, ws: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = ws.root / "corpus"
    folder.mkdir()
    bad = case.make(folder)
    before = tree(ws.root)
    status = main(["build", str(folder), "--out", str(ws.out), "--quiet"])
    captured = capsys.readouterr()
    assert status == 2, captured
    assert_one_line(captured.err, "strikemap: error: ", bad, case.problem)
    assert captured.out == ""
    assert tree(ws.root) == before


@pytest.mark.parametrize("case", DOCUMENT_CASES, ids=lambda c: c.id)
def test_bad_report_among_good_ones_is_skipped(
    case: DocumentCase, ws: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = case.make(ws.src)
    names = set(tree(ws.root))
    status = main(["build", str(ws.src), "--out", str(ws.out), "--quiet"])
    captured = capsys.readouterr()
    assert status == 3, captured
    assert_one_line(captured.err, "strikemap: skipped: ", bad, case.problem)
    assert "document(s) skipped" in captured.out
    assert set(tree(ws.root)) == names  # nothing new: no temporary file left
    assert_outputs_whole(ws.out)
    assert set(pd.read_csv(ws.out / "strikes.csv")["doc"]) == {"good"}


@pytest.mark.parametrize("case", INPUT_CASES, ids=lambda c: c.id)
def test_bad_input_is_one_line_and_loses_nothing(
    case: InputCase, ws: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    argv, named = case.make(ws)
    before = tree(ws.root)
    status = main(argv)
    captured = capsys.readouterr()
    assert status == 2, captured
    assert_one_line(captured.err, "strikemap: error: ", named, case.problem)
    assert tree(ws.root) == before


def test_missing_front_end_files_stop_the_build_in_one_line(
    ws: Workspace, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A checkout whose front-end files were never installed: the map, drawn in its own
    # process, cannot be made, and the earlier outputs stay as they were.
    from geo.output import assets

    bare = ws.root / "bare_app"
    bare.mkdir()
    monkeypatch.setattr(assets, "APP_DIR", bare)
    before = tree(ws.root)
    status = main(["build", str(ws.src), "--out", str(ws.out), "--quiet"])
    captured = capsys.readouterr()
    assert status == 2, captured
    missing = bare / "static" / "vendor"
    assert_one_line(captured.err, "strikemap: error: ", missing, "front-end file not installed")
    assert tree(ws.root) == before


def test_unreadable_report(ws: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    locked = unreadable(ws.src)
    status = main(["build", str(ws.src), "--out", str(ws.out), "--quiet"])
    captured = capsys.readouterr()
    if os.access(locked, os.R_OK):  # root reads mode-000 files: a plain build
        assert status == 0, captured
        assert captured.err == ""
    else:
        assert status == 3, captured
        assert_one_line(
            captured.err, "strikemap: skipped: ", locked, "cannot read file: Permission denied"
        )
    assert_outputs_whole(ws.out)


SUBPROCESS_CASES = ["binary", "utf16le_bom", "huge", "newline_in_name"]
SUBPROCESS_INPUTS = ["layer_not_json", "layer_swapped_latlon", "out_under_file", "manifest_binary"]


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "geo", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        cwd=ROOT,
    )


@pytest.mark.parametrize("case_id", SUBPROCESS_CASES)
def test_bad_report_as_subprocess(case_id: str, ws: Workspace) -> None:
    case = next(c for c in DOCUMENT_CASES if c.id == case_id)
    folder = ws.root / "corpus"
    folder.mkdir()
    bad = case.make(folder)
    before = tree(ws.root)
    proc = run_cli("build", str(folder), "--out", str(ws.out))
    assert proc.returncode == 2, proc.stderr
    assert_one_line(proc.stderr, "strikemap: error: ", bad, case.problem)
    assert tree(ws.root) == before


@pytest.mark.parametrize("case_id", SUBPROCESS_INPUTS)
def test_bad_input_as_subprocess(case_id: str, ws: Workspace) -> None:
    case = next(c for c in INPUT_CASES if c.id == case_id)
    argv, named = case.make(ws)
    before = tree(ws.root)
    proc = run_cli(*argv)
    assert proc.returncode == 2, proc.stderr
    assert_one_line(proc.stderr, "strikemap: error: ", named, case.problem)
    assert tree(ws.root) == before


def test_one_bad_report_as_subprocess_exits_3(ws: Workspace) -> None:
    (ws.src / "latin1.txt").write_bytes("caf\u00e9\n".encode("latin-1"))
    proc = run_cli("build", str(ws.src), "--out", str(ws.out))
    assert proc.returncode == 3, proc.stderr
    assert_one_line(proc.stderr, "strikemap: skipped: ", ws.src / "latin1.txt", "UTF-8")
    assert_outputs_whole(ws.out)


def test_layer_with_altitudes_is_accepted(
    ws: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ws.layer_data()

    def add_z(coords: list) -> list:
        return (
            coords + [350.0] if isinstance(coords[0], float | int) else [add_z(c) for c in coords]
        )

    for feature in data["features"]:
        feature["geometry"]["coordinates"] = add_z(feature["geometry"]["coordinates"])
    ws.write_layer(data)
    status = main(
        ["build", str(ws.src), "--out", str(ws.out), "--quiet", "--layers", str(ws.layers)]
    )
    assert status == 0, capsys.readouterr()
    assert pd.read_csv(ws.out / "strikes.csv")["controlled_by"].notna().all()
