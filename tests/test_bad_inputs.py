"""Broken input through the real command line: one clear line, the right status, nothing lost.

The cases live in ``tests/bad_inputs/cases.py`` (listed in its README). Each
runs ``strikemap`` in-process on a workspace whose output folder already holds
the outputs of an earlier good build, and checks the exit status, that stderr
is exactly one line naming the file and the problem without a traceback, that
the earlier outputs are byte-identical (or, when a bad report is skipped,
rewritten whole) and that no temporary file is left. A few cases also run as
``python -m geo`` subprocesses, and builds are SIGKILLed halfway through
writing to show that every output is either the old file or a complete new one.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
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

from geo.cli import OUTPUT_FILES, main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def shown(path: Path) -> str:
    """A path as the one-line error prints it (control characters escaped)."""
    return str(path).replace("\n", "\\n")


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
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUT_FILES)
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


# --- SIGKILL halfway through writing ----------------------------------------


COPIES = 10


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed reports copied COPIES times: a build that writes big outputs."""
    folder = tmp_path_factory.mktemp("big")
    for path in SEEDS.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        for i in range(COPIES):
            (folder / f"{path.stem}_{i:03d}.txt").write_text(text, encoding="utf-8")
    rows = pd.read_csv(SEEDS / "manifest.csv")
    copies = [
        rows.assign(file=rows["file"].str.replace(".txt", f"_{i:03d}.txt")) for i in range(COPIES)
    ]
    pd.concat(copies).to_csv(folder / "manifest.csv", index=False)
    return folder


@pytest.fixture(scope="module")
def previous_outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("previous")
    proc = run_cli("build", str(SEEDS), "--out", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    return out


def _kill_while_writing(src: Path, out: Path, delay: float) -> set[str]:
    """Start a build into ``out``; SIGKILL it ``delay`` s after its first write began.

    Returns the names of the outputs that were replaced before the kill.
    """
    before = {name: (out / name).stat().st_mtime_ns for name in OUTPUT_FILES}
    proc = subprocess.Popen(
        [sys.executable, "-m", "geo", "build", str(src), "--out", str(out), "--quiet"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if any(p.name.startswith(".") for p in out.iterdir()):
                break  # a temporary output file exists: writing has begun
            time.sleep(0.002)
        time.sleep(delay)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    return {name for name in OUTPUT_FILES if (out / name).stat().st_mtime_ns != before[name]}


KILL_DELAYS = (0.0, 0.01, 0.03, 0.08, 0.2, 0.5)


def test_sigkill_halfway_leaves_old_or_whole_outputs(
    big_corpus: Path, previous_outputs: Path, tmp_path: Path
) -> None:
    """Kill builds at several moments of their writing; each output stays whole.

    The builds run side by side, each into its own copy of earlier outputs.
    """
    outs = []
    for i in range(len(KILL_DELAYS)):
        out = tmp_path / f"out{i}"
        shutil.copytree(previous_outputs, out)
        outs.append(out)
    old = {name: (previous_outputs / name).read_bytes() for name in OUTPUT_FILES}
    with ThreadPoolExecutor(max_workers=len(KILL_DELAYS)) as pool:
        replaced = list(
            pool.map(
                lambda out, delay: _kill_while_writing(big_corpus, out, delay), outs, KILL_DELAYS
            )
        )
    print("outputs replaced before each kill:", [sorted(r) for r in replaced])
    for out in outs:
        assert_outputs_whole(out)
        for name in OUTPUT_FILES:
            assert (out / name).stat().st_size > 0, name
        leftovers = [p.name for p in out.iterdir() if p.name not in OUTPUT_FILES]
        assert all(p.startswith(".") and ".tmp" in p for p in leftovers), leftovers
    # At least one kill landed between the first and the last output written.
    assert any(0 < len(r) < len(OUTPUT_FILES) for r in replaced), replaced
    for out, names in zip(outs, replaced, strict=True):
        for name in set(OUTPUT_FILES) - names:
            assert (out / name).read_bytes() == old[name], name
    # The next build over a killed one's leftovers succeeds.
    proc = run_cli("build", str(SEEDS), "--out", str(outs[0]), "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert_outputs_whole(outs[0])


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
