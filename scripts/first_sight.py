"""Score a blind set as the extractor first read it, by place name and by the 10 km rule.

Maintainer's tool. A blind set (``tests/data/blindNN``) is labelled and committed before
the extractor reads it; its first-sight figures are those of the tree of that commit.
This script builds the set with that tree and with the working tree, then prints two
scores of the first-sight events:

* **by name**: a predicted place is right when a label of its report has the same
  name, as ``tests/test_blind_sets.py`` scores (with the working tree's name key);
* **10 km**: a predicted event is right when it lies within 10 km of a labelled place
  of its report, and a label is found when a prediction lies within 10 km of it, the
  matching of scorers that compare points rather than names. A label's point is where
  the working tree places it (labels carry names, not points), so a label the working
  tree still misses can be found only by name.

Run from the repository root, for example::

    .venv/bin/python scripts/first_sight.py blind40 blind41

``--now`` scores the working tree's events the same two ways: the set's figures now.

It needs git and the front-end files installed (``make`` does both).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.geocode.gazetteer import haversine_km  # noqa: E402
from geo.names import place_key  # noqa: E402

MATCH_KM = 10.0
VENDOR = Path("geo/app/static/vendor")

Point = tuple[float, float]


class Event(NamedTuple):
    """A built event: its report, its place as written and its point."""

    doc: str
    place: str
    point: Point | None


def label_commit(name: str) -> str:
    """Return the commit that added the set's labels."""
    out = subprocess.run(
        [
            "git",
            "log",
            "--format=%H",
            "--diff-filter=A",
            "--",
            f"tests/data/{name}/expected_events.csv",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    if not out:
        raise SystemExit(f"{name}: no commit adds tests/data/{name}/expected_events.csv")
    return out[-1]


def export_tree(commit: str, into: Path) -> None:
    """Write the package and layers of ``commit`` into ``into``, with the front-end files."""
    archive = subprocess.run(
        ["git", "archive", commit, "geo", "layers"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    shutil.copytree(ROOT / VENDOR, into / VENDOR, dirs_exist_ok=True)


def build(tree: Path, folder: Path, out: Path) -> list[Event]:
    """Build ``folder`` with the package at ``tree``; return its events."""
    subprocess.run(
        [sys.executable, "-m", "geo", "build", str(folder), "--out", str(out), "-q"],
        cwd=tree,
        env=os.environ | {"PYTHONPATH": str(tree)},
        check=True,
        capture_output=True,
    )
    events = []
    for feature in json.loads((out / "strikes.geojson").read_text(encoding="utf-8"))["features"]:
        props, geometry = feature["properties"], feature["geometry"]
        point = (geometry["coordinates"][1], geometry["coordinates"][0]) if geometry else None
        events.append(Event(props["doc"], props["place_as_written"], point))
    return events


def f1(p: float, r: float) -> float:
    """Harmonic mean of precision and recall."""
    return 2 * p * r / (p + r) if p + r else 0.0


def score(name: str, first: list[Event], now: list[Event]) -> str:
    """Return one line of first-sight figures, by name and by the 10 km rule."""
    with open(ROOT / "tests/data" / name / "expected_events.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    wanted = {(r["doc"], place_key(r["place_as_written"])) for r in rows}
    named = {(e.doc, place_key(e.place)) for e in first}
    labels = []
    for r in rows:
        at = [
            e.point
            for e in now
            if (e.doc, place_key(e.place)) == (r["doc"], place_key(r["place_as_written"]))
        ]
        labels.append(Event(r["doc"], r["place_as_written"], at[0] if at else None))

    def near(a: Point | None, b: Point | None) -> bool:
        return a is not None and b is not None and haversine_km(*a, *b) <= MATCH_KM

    def right(e: Event) -> bool:
        return (e.doc, place_key(e.place)) in wanted or any(
            g.doc == e.doc and near(g.point, e.point) for g in labels
        )

    def found(g: Event) -> bool:
        return (g.doc, place_key(g.place)) in named or any(
            e.doc == g.doc and near(g.point, e.point) for e in first
        )

    p_name = len(named & wanted) / len(named) if named else 1.0
    r_name = len(named & wanted) / len(wanted)
    p_km = sum(map(right, first)) / len(first) if first else 1.0
    r_km = sum(map(found, labels)) / len(labels)
    return (
        f"{name}: by name P {p_name:.3f} R {r_name:.3f} F1 {f1(p_name, r_name):.3f} | "
        f"10 km P {p_km:.3f} R {r_km:.3f} F1 {f1(p_km, r_km):.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", help="blind set names, e.g. blind40")
    parser.add_argument(
        "--now",
        action="store_true",
        help="score the working tree's events instead (a set's figures now, by the same rules)",
    )
    args = parser.parse_args(argv)
    for name in args.sets:
        folder = ROOT / "tests/data" / name
        with tempfile.TemporaryDirectory() as tmp:
            now = build(ROOT, folder, Path(tmp) / "now")
            if args.now:
                first = now
            else:
                old = Path(tmp) / "tree"
                export_tree(label_commit(name), old)
                first = build(old, folder, Path(tmp) / "first")
        print(score(name, first, now))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
