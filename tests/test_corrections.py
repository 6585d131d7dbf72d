import shutil
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from geo.cli import main
from geo.errors import CorrectionsError
from geo.output import export
from geo.pipeline import build
from geo.record import Document
from geo.review.corrections import (
    Correction,
    corrections_frame,
    doubted_keys,
    event_key,
    read_corrections,
    remove,
    upsert,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _doc(text: str) -> Document:
    return Document(doc_id="d", path="d.txt", text=text, published=date(2015, 10, 7))


def test_key_survives_edits_elsewhere_in_the_document():
    text = "Intro line.\nJets struck Talbiseh in northern Homs today.\n"
    start = text.index("Talbiseh")
    key = event_key(_doc(text), start, start + 8)
    edited = "A new first paragraph was added.\n" + text
    start2 = edited.index("Talbiseh")
    assert event_key(_doc(edited), start2, start2 + 8) == key
    assert key.startswith("d|Talbiseh|")


def test_key_distinguishes_two_mentions_of_one_place():
    text = "Jets struck Talbiseh on Monday. Later, artillery shelled Talbiseh again."
    first = text.index("Talbiseh")
    second = text.index("Talbiseh", first + 1)
    assert event_key(_doc(text), first, first + 8) != event_key(_doc(text), second, second + 8)


def _write(path: Path, corrections):
    export.write_csv(corrections_frame(corrections), path)


def _seed_copy(tmp_path: Path) -> Path:
    src = tmp_path / "seeds"
    shutil.copytree(SEEDS, src)
    return src


def test_corrections_apply_in_every_build(tmp_path):
    src = _seed_copy(tmp_path)
    before = build(src).events
    talbiseh = before[before["place_as_written"] == "Talbiseh"].iloc[0]
    first = before.iloc[0]
    fixes = upsert([], talbiseh["event_key"], "location", "36.0,37.0", note="moved")
    fixes = upsert(fixes, talbiseh["event_key"], "date", "2015-10-01")
    fixes = upsert(fixes, first["event_key"], "not_strike")
    _write(src / "corrections.csv", fixes)

    after = build(src).events
    assert len(after) == len(before) - 1
    assert first["event_key"] not in set(after["event_key"])
    row = after[after["event_key"] == talbiseh["event_key"]].iloc[0]
    assert (row["latitude"], row["longitude"]) == (36.0, 37.0)
    assert row["event_date"] == date(2015, 10, 1)
    assert row["corrected"] == "location|date"

    # the CLI applies the same file
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--quiet"]) == 0
    table = pd.read_csv(out / "strikes.csv")
    assert len(table) == len(after)
    moved = table[table["event_key"] == talbiseh["event_key"]].iloc[0]
    assert moved["latitude"] == 36.0


def test_location_by_gazetteer_id(tmp_path):
    src = _seed_copy(tmp_path)
    events = build(src).events
    target = events[events["place_as_written"] == "Babila"].iloc[0]
    other = events[events["place_as_written"] == "Kafranbel"].iloc[0]
    _write(src / "corrections.csv", upsert([], target["event_key"], "location", other["place_id"]))
    fixed = build(src).events
    row = fixed[fixed["event_key"] == target["event_key"]].iloc[0]
    assert row["place_id"] == other["place_id"]
    assert row["latitude"] == pytest.approx(other["latitude"])


def test_upsert_replaces_same_action():
    fixes = upsert([], "k", "date", "2015-10-01")
    fixes = upsert(fixes, "k", "date", "2015-10-02")
    assert [(c.action, c.value) for c in fixes] == [("date", "2015-10-02")]


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"event_key,value\nk,1\n", "missing column(s): action"),
        (b"event_key,action,value\nk,explode,\n", "action 'explode'"),
        (b"event_key,action,value\nk,date,2015-02-30\n", "line 2: date"),
        (b"event_key,action,value\nk,location,\n", "location needs"),
        (b'event_key,action,value\nk,location,"200,10"\n', "not a lat,lon"),
        (b"event_key,action,value\n,date,2015-10-01\n", "empty event_key"),
        (b"\xff\xfe\x00k", "not UTF-8"),
        (b"event_key,action\x00\n", "binary"),
    ],
)
def test_corrupted_corrections_file(tmp_path, content, fragment):
    path = tmp_path / "corrections.csv"
    path.write_bytes(content)
    with pytest.raises(CorrectionsError) as info:
        read_corrections(path)
    assert str(info.value).startswith(f"{path}: ")
    assert fragment in str(info.value)


def test_corrupted_corrections_stop_the_cli_cleanly(tmp_path, capsys):
    src = _seed_copy(tmp_path)
    (src / "corrections.csv").write_text("event_key,action\nk,explode\n")
    assert main(["build", str(src), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "corrections.csv: line 2: action 'explode'" in err
    assert err.count("\n") == 1


def test_missing_file_means_no_corrections(tmp_path):
    assert read_corrections(tmp_path / "corrections.csv") == []
    assert corrections_frame([Correction("k", "not_strike")]).shape == (1, 5)


def test_doubt_is_recorded_without_changing_the_event(tmp_path):
    src = _seed_copy(tmp_path)
    before = build(src).events
    row = before.iloc[3]
    fixes = upsert([], row["event_key"], "doubt", "two outlets disagree")
    _write(src / "corrections.csv", fixes)
    after = build(src).events
    again = after[after["event_key"] == row["event_key"]].iloc[0]
    assert again["corrected"] == "doubt"
    assert again["latitude"] == row["latitude"]
    assert doubted_keys(read_corrections(src / "corrections.csv")) == {row["event_key"]}
    assert remove(fixes, row["event_key"], "doubt") == []
