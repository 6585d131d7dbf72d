"""An output folder is one unit: concurrent builds and kills never leave a mixed set.

Builds run as processes forked from one helper process that has already
imported strikemap and loaded the gazetteer, so that twenty builds and twenty
kills take about a minute on two idle cores instead of several. Every
published set must hold exactly the outputs and ``build.json``, every file
must have the SHA-256 that ``build.json`` lists, and every row of
``strikes.csv`` and ``strikes.geojson`` must come from one corpus.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from geo.cli import OUTPUT_FILES, PUBLISHED_FILES, main
from geo.output.folder import STAMP_NAME, folder_lock, working_folder

ROOT = Path(__file__).resolve().parent.parent
#: One control layer instead of the shipped five: loading them is much of a small build.
LAYER = ROOT / "layers" / "control" / "2015-09-30.geojson"
PAIRS = 10
KILLS = 20

#: A helper that imports strikemap once and forks a build per request.
_SPAWNER = r"""
import json, os, sys, traceback
import geo.cli, geo.pipeline, geo.output.export, geo.output.webmap, geo.output.folder
import pyogrio, pyarrow.parquet
from geo.geocode.gazetteer import load_gazetteer
load_gazetteer()  # cached: every forked build starts with the gazetteer loaded
print("ready", flush=True)
for line in sys.stdin:
    request = json.loads(line)
    if "argv" in request:
        pid = os.fork()
        if pid == 0:
            fd = os.open(request["log"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(fd, 1)
            os.dup2(fd, 2)
            try:
                status = geo.cli.main(request["argv"])
            except BaseException:
                traceback.print_exc()
                status = 99
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(status)
        print(pid, flush=True)
    else:
        _, status = os.waitpid(request["wait"], 0)
        print(os.waitstatus_to_exitcode(status), flush=True)
"""


class Spawner:
    """Start builds as forks of a process that has strikemap imported."""

    def __init__(self, logs: Path) -> None:
        self.logs = logs
        self.count = 0
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _SPAWNER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert self._read() == "ready"

    def _read(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def _send(self, request: dict) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        return self._read()

    def start(self, *argv: str) -> tuple[int, Path]:
        """Fork a build; return its pid and the file its stdout and stderr go to."""
        self.count += 1
        log = self.logs / f"build{self.count:03d}.log"
        return int(self._send({"argv": list(argv), "log": str(log)})), log

    def wait(self, pid: int) -> int:
        """Return the exit status of a build (minus the signal number if killed)."""
        return int(self._send({"wait": pid}))

    def close(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self.proc.stdout.close()


@pytest.fixture(scope="module")
def spawner(tmp_path_factory: pytest.TempPathFactory):
    s = Spawner(tmp_path_factory.mktemp("logs"))
    yield s
    s.close()


def _corpus(folder: Path, prefix: str, town: str, day: int) -> Path:
    folder.mkdir()
    for i in range(12):
        (folder / f"{prefix}{i:02d}.txt").write_text(
            f"---\npublished: 2015-10-{day + i % 5:02d}\n---\n"
            f"Russian jets struck {town} today, activists said.\n",
            encoding="utf-8",
        )
    return folder


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("corpora")
    (root / "layers").mkdir()
    (root / "layers" / LAYER.name).write_bytes(LAYER.read_bytes())
    return {
        "a": _corpus(root / "a", "a", "Rastan", 7),
        "b": _corpus(root / "b", "b", "Talbiseh", 14),
        "layers": root / "layers",
    }


def build_args(corpora: dict[str, Path], corpus: str, out: Path, *extra: str) -> list[str]:
    """The command line of a quiet build of one corpus with the one layer."""
    return ["build", str(corpora[corpus]), "--out", str(out), "-q"] + [
        "--layers",
        str(corpora["layers"]),
        *extra,
    ]


def whole_set(out: Path) -> tuple[str, str]:
    """Check a published set; return its build id and the corpus it came from."""
    assert sorted(p.name for p in out.iterdir()) == sorted(PUBLISHED_FILES)
    listed = json.loads((out / STAMP_NAME).read_text(encoding="utf-8"))
    assert sorted(listed["files"]) == sorted(OUTPUT_FILES)
    for name, digest in listed["files"].items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest, name
    docs = set(pd.read_csv(out / "strikes.csv")["doc"])
    features = json.loads((out / "strikes.geojson").read_text(encoding="utf-8"))["features"]
    docs |= {f["properties"]["doc"] for f in features}
    corpus = {d[0] for d in docs}
    assert len(corpus) == 1, docs
    return listed["build_id"], corpus.pop()


def no_visible_leftovers(out: Path, *expected: str) -> None:
    """Beside ``out`` only the expected folders and hidden names; nothing extra inside."""
    visible = sorted(p.name for p in out.parent.iterdir() if not p.name.startswith("."))
    assert visible == sorted({out.name, *expected}), visible


def test_concurrent_pairs_publish_whole_sets(
    spawner: Spawner, corpora: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    rng = random.Random(14)
    seen: set[str] = set()
    for pair in range(PAIRS):
        first, second = ("a", "b") if pair % 2 == 0 else ("b", "a")
        x, log_x = spawner.start(*build_args(corpora, first, out))
        time.sleep(rng.uniform(0, 0.5))
        y, log_y = spawner.start(*build_args(corpora, second, out))
        for pid, log in ((x, log_x), (y, log_y)):
            status = spawner.wait(pid)
            assert status == 0, log.read_text(encoding="utf-8")
            assert "Traceback" not in log.read_text(encoding="utf-8")
        build_id, _ = whole_set(out)
        seen.add(build_id)
    assert len(seen) == PAIRS  # every pair published a new set
    no_visible_leftovers(out)
    assert not list(tmp_path.glob(".out.*"))  # no lock, no temporary folder left


def test_kills_at_random_moments_leave_a_whole_set(
    spawner: Spawner, corpora: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert main(build_args(corpora, "a", out)) == 0
    start = time.monotonic()
    pid, _ = spawner.start(*build_args(corpora, "b", out))
    # How long the build writes its new set, watched under the current load: the kills meant
    # for that phase land inside it, however short it is beside the whole build.
    seen: list[float] = []
    while time.monotonic() - start < 60:
        if _writing(out):
            seen.append(time.monotonic())
        elif seen:
            break
        time.sleep(0.002)
    assert spawner.wait(pid) == 0
    duration = time.monotonic() - start  # one build, measured under the current load
    writing = max(seen[-1] - seen[0], 0.01) if seen else 0.1 * duration
    rng = random.Random(7)
    phases: list[str] = []
    ids = {whole_set(out)[0]}
    for i in range(KILLS):
        began = time.monotonic()
        pid, log = spawner.start(*build_args(corpora, "ab"[i % 2], out))
        if i % 2:
            # Every other kill lands while the outputs are written or published.
            while not _writing(out) and time.monotonic() - began < 10 * duration:
                time.sleep(0.005)
            time.sleep(rng.uniform(0, 0.8 * writing))
        else:
            time.sleep(rng.uniform(0, 1.2 * duration))
        phase = "writing" if _writing(out) else "before writing"
        os.kill(pid, signal.SIGKILL)
        status = spawner.wait(pid)
        assert status in (0, -signal.SIGKILL), log.read_text(encoding="utf-8")
        phases.append("finished" if status == 0 else phase)
        ids.add(whole_set(out)[0])
        no_visible_leftovers(out)
    counts = {p: phases.count(p) for p in sorted(set(phases))}
    print(f"kills by phase: {counts}; {len(ids)} distinct sets seen")
    assert counts.get("writing", 0) >= KILLS // 4
    # The next build clears what the killed ones left (hidden folders, the lock file).
    assert main(build_args(corpora, "a", out)) == 0
    assert whole_set(out)[1] == "a"
    assert not list(tmp_path.glob(".out.*"))


def _writing(out: Path) -> bool:
    """Tell whether a build is writing its new set beside ``out``."""
    return any(out.parent.glob(f".{out.name}.new-*"))


def test_second_build_gives_up_after_wait(
    corpora: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(build_args(corpora, "a", out)) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    capsys.readouterr()
    with folder_lock(out.resolve()):
        status = main(build_args(corpora, "b", out, "--wait", "0.3"))
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "another build is writing this folder; gave up after 0.3 s" in err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_folder_with_other_files_is_not_replaced(
    corpora: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("my own notes\n", encoding="utf-8")
    status = main(build_args(corpora, "a", out))
    err = capsys.readouterr().err
    assert status == 2
    assert "holds files strikemap did not write ('notes.txt')" in err
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


def _write_one(text: str):  # noqa: ANN202 - a writer for publish()
    def write(folder: Path) -> None:
        (folder / "strikes.csv").write_text(text, encoding="utf-8")

    return write


def test_publish_without_an_atomic_exchange(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where renameat2 is missing the swap is two renames; the result is the same."""
    from geo.output import folder

    monkeypatch.setattr(folder, "_exchange", lambda a, b: False)
    out = tmp_path / "out"
    first = folder.publish(out, _write_one("first\n"), names=["strikes.csv"])
    second = folder.publish(out, _write_one("second\n"), names=["strikes.csv"])
    assert first != second
    assert json.loads((out / STAMP_NAME).read_text(encoding="utf-8"))["build_id"] == second
    assert (out / "strikes.csv").read_text(encoding="utf-8") == "second\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_set_left_between_two_renames_is_put_back(tmp_path: Path) -> None:
    """A build killed after moving the old set aside, before moving the new one in."""
    from geo.output import folder

    out = tmp_path / "out"
    folder.publish(out, _write_one("old\n"), names=["strikes.csv"])
    out.rename(tmp_path / ".out.old-0123")
    (tmp_path / ".out.new-4567").mkdir()  # the new set, half written
    with folder_lock(out):
        folder._clean_leftovers(out)
    assert (out / "strikes.csv").read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_working_folders_of_dead_builds_are_removed_by_the_next(
    corpora: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = tmp_path / f".out.parts-{dead.pid}-abc123"
    (left / "part").mkdir(parents=True)
    alive = tmp_path / f".out.parts-{os.getpid()}-def456"
    alive.mkdir()
    assert main(build_args(corpora, "a", out)) == 0
    assert not left.exists()  # its build is gone: what it spooled goes too
    assert alive.exists()  # a build still running keeps its parts
    assert sorted(p.name for p in tmp_path.glob(".out.parts-*")) == [alive.name]


def test_a_working_folder_lies_beside_the_output_and_goes_when_done(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with working_folder(out) as parts:
        assert parts.parent == tmp_path.resolve()
        assert parts.name.startswith(f".out.parts-{os.getpid()}-")
        (parts / "part-0.parquet").write_bytes(b"spooled")
    assert not parts.exists()
