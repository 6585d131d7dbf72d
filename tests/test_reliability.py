"""Hostile and doubtful input, round two: formula cells, NUL bytes, date overflow, warnings.

The broken files that stop a build (FIFOs, devices, giant files, duplicate
keys, names that are not UTF-8 ...) are cases of ``tests/bad_inputs``; the
output folder under concurrent builds and kills is ``test_output_folder.py``.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import warnings
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from hostile.corpus import CONTROL_FILE_NAMES, FORMULA_PAYLOADS

from geo.cli import main
from geo.errors import InputWarning, printable
from geo.output import export
from geo.pipeline import build_documents
from geo.record import Document
from geo.review.corrections import Correction, corrections_csv_text, read_corrections

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ROOT / "layers" / "control"
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _report(published: str, body: str, title: str = "A report", source: str = "Wire") -> str:
    return f"---\ntitle: {title}\nsource: {source}\npublished: {published}\n---\n{body}\n"


def cells(path: Path) -> list[list[str]]:
    """Every row of a CSV file, header included, as the csv module reads it."""
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def dangerous(rows: list[list[str]]) -> list[str]:
    """Cells a spreadsheet would run as a formula (plain numbers are harmless)."""
    out = []
    for row in rows:
        for cell in row:
            if cell.startswith(TRIGGERS):
                try:
                    float(cell)
                except ValueError:
                    out.append(cell)
    return out


# --- CSV formula injection --------------------------------------------------


@pytest.fixture(scope="module")
def formula_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Reports whose title, source, quote and file name start like formulas."""
    folder = tmp_path_factory.mktemp("formulas")
    for i, payload in enumerate(FORMULA_PAYLOADS[:4]):
        text = _report(
            "2015-10-07",
            f"{payload.text} Russian jets struck Talbiseh today, activists said.",
            title=payload.text,
            source=payload.text,
        )
        (folder / f"{i:02d}_{payload.name}.txt").write_text(text, encoding="utf-8")
    (folder / "@SUM(1).txt").write_text(
        _report("2015-10-08", "Russian jets struck Rastan today."), encoding="utf-8"
    )
    (folder / "=unresolved.txt").write_text(
        _report("2015-10-09", "Russian jets struck Qaryat Nowhere today."), encoding="utf-8"
    )
    return folder


@pytest.mark.parametrize("fmt", ["strikemap", "acled"])
def test_no_csv_cell_starts_a_formula(formula_corpus: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    assert main(["build", str(formula_corpus), "--out", str(out), "-q", "--format", fmt]) == 0
    strikes = cells(out / "strikes.csv")
    assert dangerous(strikes) == []
    assert dangerous(cells(out / "unresolved.csv")) == []
    flat = [c for row in strikes for c in row]
    for payload in FORMULA_PAYLOADS[:4]:  # kept, behind one quote, where it was written
        assert any(c.startswith("'" + payload.text) for c in flat), payload.name
    if fmt == "strikemap":
        assert "'@SUM(1)" in flat  # the document named after its file
        table = pd.read_csv(out / "strikes.csv")
        assert (table["latitude"] > 0).all()  # numeric columns stay numbers
    # The other exports keep the text exactly as written.
    features = json.loads((out / "strikes.geojson").read_text(encoding="utf-8"))["features"]
    assert {f["properties"]["doc_title"] for f in features} >= {
        p.text for p in FORMULA_PAYLOADS[:4]
    }


def test_neutralise_keeps_numbers_and_escapes_tab_and_cr() -> None:
    frame = pd.DataFrame(
        {
            "text": [p.text for p in FORMULA_PAYLOADS] + ["-3.5", "+12", "ok", None],
            "value": [-3.5] * 6 + [-1.0, 2.0, 3.0, 4.0],
        }
    )
    written = export.csv_text(frame)
    rows = list(csv.reader(io.StringIO(written, newline="")))
    assert dangerous(rows) == []
    texts = [r[0] for r in rows[1:]]
    # A carriage return inside a cell becomes a line feed, which the writer quotes.
    assert texts[:6] == ["'" + p.text.replace("\r", "\n") for p in FORMULA_PAYLOADS]
    assert texts[6:9] == ["-3.5", "+12", "ok"]  # numbers in a text column are no formulas
    assert [r[1] for r in rows[1:3]] == ["-3.5", "-3.5"]


def test_join_csv_neutralises_cells_and_headers(tmp_path: Path) -> None:
    points = tmp_path / "points.csv"
    points.write_text(
        "latitude,longitude,event_date,notes,fatalities,=cmd\n"
        '34.8,36.7,2015-10-07,"=HYPERLINK(""x"")",-3,@a\n'
        "35.9,39.0,2015-10-07,-3.5,2,b\n",
        encoding="utf-8",
    )
    out = tmp_path / "joined.csv"
    assert main(["join", str(points), "--out", str(out)]) == 0
    rows = cells(out)
    assert dangerous(rows) == []
    header = rows[0]
    assert "'=cmd" in header and "=cmd" not in header
    assert {"controlled_by", "control_layer", "dist_to_isis_km"} <= set(header)
    assert rows[1][3:6] == ['\'=HYPERLINK("x")', "-3", "'@a"]
    assert rows[2][3] == "-3.5"


def test_corrections_file_round_trips_formula_keys(tmp_path: Path) -> None:
    fixes = [
        Correction("=cmd|x|0123456789", "not_strike", "", "+note"),
        Correction("'quoted|x|0123456789", "doubt", "@why"),
    ]
    path = tmp_path / "corrections.csv"
    path.write_text(corrections_csv_text(fixes), encoding="utf-8")
    assert dangerous(cells(path)) == []
    assert [(c.event_key, c.action, c.value, c.note) for c in read_corrections(path)] == [
        (c.event_key, c.action, c.value, c.note) for c in fixes
    ]


# --- NUL bytes ---------------------------------------------------------------


def test_nul_byte_anywhere_skips_the_report_so_exports_agree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_text(_report("2015-10-07", "Jets struck Rastan today."), "utf-8")
    filler = "A sentence about nothing at all. " * 400
    body = filler + "\nRussian jets struck Talbiseh today\x00, activists said SECRET."
    (src / "nul.txt").write_text(_report("2015-10-07", body), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "-q"]) == 3
    assert "nul.txt: file holds a NUL byte" in capsys.readouterr().err
    docs = {
        "csv": set(pd.read_csv(out / "strikes.csv")["doc"]),
        "geojson": {
            f["properties"]["doc"]
            for f in json.loads((out / "strikes.geojson").read_text("utf-8"))["features"]
        },
        "gpkg": {
            r[0] for r in sqlite3.connect(out / "strikes.gpkg").execute("select doc from strikes")
        },
    }
    assert all(found == {"good"} for found in docs.values()), docs
    for name in ("strikes.csv", "strikes.kml", "strikes.gpkg", "strikes.geojson", "map.html"):
        data = (out / name).read_bytes()
        assert b"SECRET" not in data, name
        if name != "strikes.gpkg":  # SQLite pages are zero-padded
            assert b"\x00" not in data, name


# --- dates that overflow -----------------------------------------------------


def test_report_whose_dates_overflow_is_skipped_and_the_build_goes_on() -> None:
    """Documents built in memory, as the app builds uploads, skip the reader's date checks."""
    docs = [
        Document(
            "ancient", "ancient.txt", "Russian jets struck Talbiseh last week.", date(1, 1, 1)
        ),
        Document("far", "far.txt", "Russian jets struck Rastan next week.", date(9999, 12, 31)),
        Document("good", "good.txt", "Russian jets struck Talbiseh today.", date(2015, 10, 7)),
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InputWarning)  # events far outside the layers' dates
        result = build_documents(docs)
    skipped = {p.path for p in result.problems}
    assert "ancient.txt" in skipped
    assert all("out of range" in str(p) for p in result.problems)
    assert "good" in set(result.events["doc"])
    assert {d.doc_id for d in result.documents} == {"ancient", "far", "good"} - {
        Path(p).stem for p in skipped
    }


# --- warnings ----------------------------------------------------------------


def _good_src(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_text(
        _report("2015-10-07", "Russian jets struck Talbiseh today."), "utf-8"
    )
    return src


def warnings_of(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("strikemap: warning: ")]


def test_correction_to_unknown_place_or_outside_syria_warns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _good_src(tmp_path)
    (src / "corrections.csv").write_text(
        "event_key,action,value,note,updated\n"
        "good|Talbiseh|x,location,no_such_place_id,,\n"
        'other|Rastan|y,location,"48.85,2.35",,\n',
        encoding="utf-8",
    )
    assert main(["build", str(src), "--out", str(tmp_path / "out"), "-q"]) == 0
    found = warnings_of(capsys.readouterr().err)
    assert any("1 location correction(s) name a place the gazetteer does not know" in w
               and "'no_such_place_id'" in w for w in found), found  # fmt: skip
    assert any("1 location correction(s) lie outside Syria, e.g. '48.85,2.35'" in w for w in found)


def test_join_warns_about_points_outside_syria_and_swapped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    points = tmp_path / "points.csv"
    points.write_text(
        "latitude,longitude,event_date\n"
        "34.8,36.7,2015-10-07\n"  # Talbiseh
        "36.7,34.8,2015-10-07\n"  # the same, swapped: in the sea
        "39.0,35.9,2015-10-07\n"  # Raqqa, swapped
        "48.85,2.35,2015-10-07\n",  # far away
        encoding="utf-8",
    )
    assert main(["join", str(points), "--out", str(tmp_path / "j.csv")]) == 0
    found = warnings_of(capsys.readouterr().err)
    assert len(found) == 1, found
    assert "3 of 4 points lie outside Syria, 2 of them inside if latitude and longitude are " \
        "swapped (e.g. row 2" in found[0]  # fmt: skip


def test_events_dated_outside_the_layers_warn(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "old.txt").write_text(_report("2001-05-05", "Jets struck Talbiseh today."), "utf-8")
    (src / "now.txt").write_text(_report("2015-10-07", "Jets struck Rastan today."), "utf-8")
    assert main(["build", str(src), "--out", str(tmp_path / "out"), "-q"]) == 0
    found = warnings_of(capsys.readouterr().err)
    assert (
        len(found) == 1
        and "1 of 2 events are dated outside the control layers' range" in (found[0])
    ), found
    assert "e.g. 2001-05-05" in found[0]


def test_join_overwrite_replaces_control_columns(tmp_path: Path) -> None:
    points = tmp_path / "points.csv"
    points.write_text(
        "latitude,longitude,event_date,controlled_by\n34.8,36.7,2015-10-07,stale\n", "utf-8"
    )
    out = tmp_path / "j.csv"
    assert main(["join", str(points), "--out", str(out)]) == 2
    assert not out.exists()
    assert main(["join", str(points), "--out", str(out), "--overwrite"]) == 0
    table = pd.read_csv(out)
    assert list(table.columns).count("controlled_by") == 1
    assert table["controlled_by"].tolist() != ["stale"]


# --- control characters in file names ----------------------------------------


@pytest.mark.parametrize("name", CONTROL_FILE_NAMES, ids=["esc", "c1", "rlo", "isolate"])
def test_control_characters_in_names_are_escaped(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _good_src(tmp_path)
    (src / name).write_bytes(b"")
    assert main(["build", str(src), "--out", str(tmp_path / "out"), "-q"]) == 3
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert err.isascii() and all(c.isprintable() for c in err.rstrip("\n")), repr(err)
    assert printable(name) in err and "document is empty" in err


def test_printable_escapes_every_kind() -> None:
    raw = "a\x00b\x1bc\x7fd\x85e\x9bf\u061cg\u200eh\u2028i\u202aj\u202ek\u2066l\u2069m\udcffn"
    shown = printable(raw)
    assert shown.isascii() and shown.isprintable()
    assert shown == (
        "a\\x00b\\x1bc\\x7fd\\x85e\\x9bf\\u061cg\\u200eh\\u2028i\\u202aj\\u202ek"
        "\\u2066l\\u2069m\\xffn"
    )
    assert printable("Aleppo, حلب — ok") == "Aleppo, حلب — ok"  # ordinary text untouched
