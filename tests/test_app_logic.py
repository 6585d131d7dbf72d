"""The app's logic as plain functions: uploads, cache keys, merged tables, corrections, undo."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point

from geo.app import fixes, keys, labels, tables, uploads
from geo.ingest import corpus

REPO = Path(__file__).resolve().parent.parent
DATED = b"---\ntitle: A report\npublished: 2015-10-09\n---\nJets struck the market of a town.\n"
UNDATED = b"Warplanes hit a bakery in the old quarter on Tuesday.\n"


def test_uploads_past_the_limit_are_left_out_and_named():
    files = [f"r{i:02d}.txt" for i in range(uploads.MAX_UPLOADS + 2)]
    kept, warning = uploads.cap_uploads(files)
    assert kept == files[: uploads.MAX_UPLOADS]
    assert warning == (
        f"Only the first {uploads.MAX_UPLOADS} of {len(files)} uploaded files are read; "
        "the other 2 were left out."
    )
    assert uploads.cap_uploads(files[:3], limit=3) == (files[:3], None)
    assert uploads.cap_uploads([]) == ([], None)


def test_one_size_limit_for_the_reader_the_widget_and_the_server():
    config = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] == uploads.MAX_UPLOAD_MB
    assert uploads.MAX_UPLOAD_MB * 1024 * 1024 == corpus.MAX_DOCUMENT_BYTES


def test_an_upload_over_the_limit_is_refused_by_the_corpus_reader():
    big = b"published: x\n" + b"a" * (corpus.MAX_DOCUMENT_BYTES + 1)
    batch = uploads.read_uploads([("big.txt", big)], date(2015, 10, 1))
    assert batch.documents == []
    assert len(batch.errors) == 1 and "big.txt" in batch.errors[0] and "limit" in batch.errors[0]


def test_an_upload_is_read_like_a_corpus_file():
    batch = uploads.read_uploads([("mine.txt", DATED)])
    (doc,) = batch.documents
    assert doc.doc_id == "upload/mine"
    assert doc.published == date(2015, 10, 9) and doc.title == "A report"
    assert doc.text == corpus.parse_document("mine.txt", DATED).text


def test_an_undated_upload_is_never_dated_today():
    batch = uploads.read_uploads([("undated.txt", UNDATED)])
    assert batch.documents == [] and batch.undated == ["undated.txt"]
    given = uploads.read_uploads([("undated.txt", UNDATED)], date(2015, 11, 2))
    assert [d.published for d in given.documents] == [date(2015, 11, 2)]
    assert given.undated == []


def test_the_same_file_twice_is_read_once():
    batch = uploads.read_uploads([("a.txt", DATED), ("b.txt", DATED)])
    assert [d.doc_id for d in batch.documents] == ["upload/a"]
    assert batch.duplicates == ["b.txt is the same file as a.txt: read once"]


def test_a_copy_of_a_corpus_report_is_read_once():
    seed = corpus.parse_document("seed.txt", DATED)
    known = uploads.corpus_hashes([seed])
    batch = uploads.read_uploads([("copy.txt", DATED)], known=known)
    assert batch.documents == [] and "copy.txt repeats a report" in batch.duplicates[0]


def test_cache_keys_follow_the_files(tmp_path):
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    first = keys.folder_fingerprint(tmp_path)
    (tmp_path / "a.txt").write_text("one more", encoding="utf-8")
    second = keys.folder_fingerprint(tmp_path)
    assert keys.key_of(first) != keys.key_of(second)
    assert keys.folder_fingerprint(tmp_path / "absent") == ()
    assert keys.upload_fingerprint([("x.txt", b"1")]) != keys.upload_fingerprint([("x.txt", b"2")])


def _events(places: list[str], grounds: list[str | None]) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {
            "event_key": [f"k{i}" for i in range(len(places))],
            "place_as_written": places,
            "controlled_by": grounds,
            "event_date": [date(2015, 10, 7 + i) for i in range(len(places))],
        },
        geometry=[Point(36.5 + i, 35.0) for i in range(len(places))],
        crs="EPSG:4326",
    )


def test_merging_keeps_the_seeds_then_the_uploads():
    seeds, mine = _events(["A", "B"], ["isis", None]), _events(["C"], ["regime"])
    merged = tables.combined_events(seeds, mine)
    assert list(merged["place_as_written"]) == ["A", "B", "C"]
    assert merged.crs == "EPSG:4326" and list(merged.index) == [0, 1, 2]
    assert tables.combined_events(seeds, None) is seeds
    assert tables.options(merged, "controlled_by") == ["isis", "none", "regime"]
    assert tables.date_bounds(merged) == (date(2015, 10, 7), date(2015, 10, 8))
    assert tables.date_bounds(merged.assign(event_date=None)) is None


def test_buttons_map_to_corrections_of_the_event_shown():
    common = dict(place="Kafr Nabl", current_place_id="p1", current_date=date(2015, 10, 7))
    assert fixes.correction_for("use_candidate", candidate="p2", **common) == ("location", "p2")
    assert fixes.correction_for("use_click", clicked="35.1,36.2", **common) == (
        "location",
        "35.1,36.2",
    )
    assert fixes.correction_for("date", picked_date=date(2015, 10, 9), **common) == (
        "date",
        "2015-10-09",
    )
    assert fixes.correction_for("not_strike", **common) == ("not_strike", "")


@pytest.mark.parametrize(
    ("button", "picked"),
    [
        ("use_candidate", {"candidate": "p1"}),  # the current place: no change
        ("use_candidate", {"candidate": None}),
        ("use_click", {"clicked": ""}),
        ("date", {"picked_date": date(2015, 10, 7)}),  # the current date: no change
        ("date", {"picked_date": None}),
    ],
)
def test_a_button_that_would_change_nothing_saves_nothing(button, picked):
    with pytest.raises(fixes.NothingToSave):
        fixes.correction_for(
            button, place="X", current_place_id="p1", current_date=date(2015, 10, 7), **picked
        )


def test_undo_puts_a_file_back_or_removes_it(tmp_path):
    target = tmp_path / "corrections.csv"
    absent = fixes.snapshot(target, "first correction")
    target.write_text("one\n", encoding="utf-8")
    present = fixes.snapshot(target)
    target.write_text("one\ntwo\n", encoding="utf-8")
    fixes.restore(present)
    assert target.read_text(encoding="utf-8") == "one\n"
    fixes.restore(absent)
    assert not target.exists()


def test_ground_changes_lists_the_strikes_that_moved():
    after = _events(["A", "B", "C"], ["isis", "regime", None])
    before = {"k0": "opposition", "k1": "regime", "k2": float("nan"), "k9": "isis"}
    assert fixes.ground_changes(after, before) == [("A", "opposition", "isis")]


def test_labels_replace_codes():
    assert labels.label("claimant", "russian_mod") == "Russian MoD"
    assert labels.label("claimant", "lcc") == "Local Coordination Committees"
    assert labels.label("controlled_by", "isis") == "ISIS"
    assert labels.label("actor", None) == "Unknown"
    frame = pd.DataFrame(
        {
            "doc": ["000_ab", "001_cd"],
            "doc_title": ["Jets over the valley", None],
            "claimant": ["russian_mod", "sana"],
            "dist_to_claimed_km": [76.4948, 1.488],
        }
    )
    shown = labels.labelled(frame[["doc", "claimant", "dist_to_claimed_km"]])
    assert list(shown.columns) == ["Document", "Claimed by", "Km to claimed ground"]
    shown = labels.labelled(frame)
    assert list(shown["Claimed by"]) == ["Russian MoD", "SANA (Syrian state news agency)"]
    assert list(shown["Km to claimed ground"]) == ["76 km", "1.5 km"]
    assert labels.doc_titles(frame) == {"000_ab": "Jets over the valley", "001_cd": "001_cd"}


def test_the_ground_a_report_names_is_labelled_as_the_ground_and_blank_where_unnamed():
    frame = pd.DataFrame(
        {"controlled_by": ["regime", "regime"], "ground_as_written": ["opposition", None]}
    )
    shown = labels.labelled(frame)
    assert list(shown.columns) == ["Ground held by", "Ground as written"]
    assert list(shown["Ground as written"]) == ["Opposition", ""]
    assert list(shown["Ground held by"]) == ["Regime", "Regime"]


def test_every_claimant_the_extractor_names_has_a_label():
    from geo.extract.lexicon import load

    named = set(load("claimants")["groups"])
    assert named <= set(labels.code_labels()["claimant"])


def test_places_near_a_point_are_the_villages_around_it_nearest_first():
    from geo.record import Place

    places = [
        Place("a", "Far Town", 36.0, 38.0, "town"),
        Place("b", "Next Village", 35.01, 36.5, "town"),
        Place("c", "Here", 35.0, 36.5, "neighbourhood"),
        Place("d", "The Governorate", 35.0, 36.5, "governorate"),
    ]
    assert [p.name for p in tables.places_near(places, 35.0, 36.5)] == ["Here", "Next Village"]


def test_a_map_of_one_layer_colours_each_strike_by_that_layer():
    from test_webmap import make_events, make_layer

    from geo.app import day as days

    # Two strikes on ISIS ground (38-41 E) and one on regime ground, each with the ground
    # of its own date saying otherwise.
    events = make_events([("A", 35.8, 39.0, "regime"), ("B", 36.0, 40.0, "opposition"),
                          ("C", 34.0, 36.2, "isis")])  # fmt: skip
    shown = days.on_layer(events, make_layer())
    assert list(shown["controlled_by"]) == ["isis", "isis", "regime"]
    assert list(shown[days.OWN_DAY_GROUND]) == ["regime", "opposition", "isis"]
    assert list(events["controlled_by"]) == ["regime", "opposition", "isis"]  # not changed
