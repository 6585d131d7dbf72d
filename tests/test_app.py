"""The Streamlit app's widgets and state, with a pipeline stand-in built in code."""

from __future__ import annotations

import os
import shutil
import sys
import types
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest
from test_webmap import make_events, make_layer

import geo
from geo.record import Document

APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")


def clear_caches() -> None:
    """Forget built events and maps (the maps are keyed on the corpus folders, which the
    fake pipeline does not change)."""
    st.cache_data.clear()
    st.cache_resource.clear()


def fake_pipeline() -> types.ModuleType:
    """A module with ``build``/``build_documents`` returning fixed events."""
    module = types.ModuleType("geo.pipeline")

    def result(events, documents):
        return types.SimpleNamespace(
            events=events,
            unresolved=pd.DataFrame(),
            documents=documents,
            layers=[make_layer()],
            problems=[],
        )

    def build(src_dir, **_kwargs):
        return result(make_events(), [])

    def build_documents(docs: list[Document], **_kwargs):
        places = [(f"Place {i}", 35.5, 38.0 + i * 0.1, "isis") for i, _ in enumerate(docs)]
        events = make_events(places, quote=docs[0].text[:80])
        events["doc"] = [d.doc_id for d in docs]
        return result(events, list(docs))

    module.build = build
    module.build_documents = build_documents
    return module


@pytest.fixture
def app(monkeypatch) -> AppTest:
    fake = fake_pipeline()
    monkeypatch.setitem(sys.modules, "geo.pipeline", fake)
    monkeypatch.setattr(geo, "pipeline", fake, raising=False)
    # Uploads are built in a worker process (tests/test_app_worker.py): here, by the fake.
    monkeypatch.setattr(
        "geo.app.worker.build_in_worker",
        lambda docs, layers=None, **_kwargs: fake.build_documents(list(docs)),
    )
    clear_caches()
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    yield at
    clear_caches()


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def test_app_loads_and_shows_the_events(app):
    assert not app.exception
    assert not app.error
    assert metric(app, "Reports in view") == "6"
    assert metric(app, "Located on the map") == "5"
    assert metric(app, "On ISIS-held ground") == "1 (20%)"
    assert metric(app, "Strikes in view") == "6"
    assert [s.value for s in app.subheader][:3] == [
        "Share of incidents by who held the ground",
        "Distance to ISIS-held ground",
        "Events in view",
    ]
    assert len(app.dataframe) >= 1


def test_filters_narrow_the_view(app):
    app.multiselect(key="f_factions").set_value(["opposition"]).run()
    assert metric(app, "Reports in view") == "2"
    app.multiselect(key="f_factions").set_value([]).run()
    app.text_input(key="f_text").set_value("no such words").run()
    assert metric(app, "Reports in view") == "0"
    assert not app.exception


def test_date_filter(app):
    slider = app.sidebar.slider(key="dates")
    assert slider.value == (date(2015, 10, 7), date(2015, 10, 9))
    slider.set_value((date(2015, 10, 7), date(2015, 10, 7))).run()
    assert metric(app, "Reports in view") == "2"
    assert any("control areas as of 2015-10-01" in c.value for c in app.caption)


def test_upload_adds_events_beside_the_seeds(app):
    text = b"---\ntitle: My report\npublished: 2015-10-09\n---\nJets struck Raqqa today.\n"
    app.file_uploader(key="uploads").upload("mine.txt", text, "text/plain").run()
    assert not app.exception and not app.error
    assert metric(app, "Reports in view") == "7"
    app.sidebar.toggle(key="f_docs_open").set_value(True).run()
    assert any("upload/mine" in o for o in app.multiselect(key="f_docs").options)
    app.multiselect(key="f_docs").set_value(["upload/mine"]).run()
    assert metric(app, "Reports in view") == "1"


def test_the_document_titles_go_to_the_page_only_when_asked_for(app):
    assert not [m for m in app.sidebar.multiselect if m.key == "f_docs"]
    app.sidebar.toggle(key="f_docs_open").set_value(True).run()
    docs = app.sidebar.multiselect(key="f_docs")
    assert docs.options
    docs.set_value([docs.options[0]]).run()
    assert "doc" in app.query_params  # the chosen document is in the page's address
    # Closed again: no document chosen.
    app.sidebar.toggle(key="f_docs_open").set_value(False).run()
    assert not [m for m in app.sidebar.multiselect if m.key == "f_docs"]
    assert "doc" not in app.query_params and "f_docs" not in app.session_state


def test_an_undated_upload_waits_for_a_date(app):
    app.file_uploader(key="uploads").upload("nodate.txt", b"Jets struck a bakery.\n", "text/plain")
    app.run()
    assert not app.exception
    assert metric(app, "Reports in view") == "6"  # not dated today, not added
    warnings = [w.value.replace("\\", "") for w in app.sidebar.warning]
    assert any("nodate.txt" in w and "no publication date" in w for w in warnings)
    app.sidebar.date_input(key="upload_published").set_value(date(2015, 10, 8)).run()
    assert metric(app, "Reports in view") == "7"
    assert app.sidebar.slider(key="dates").value[1] == date(2015, 10, 9)


def test_the_same_file_twice_adds_its_events_once(app):
    text = b"---\npublished: 2015-10-09\n---\nJets struck Raqqa today.\n"
    uploader = app.file_uploader(key="uploads")
    uploader.upload("one.txt", text, "text/plain").upload("again.txt", text, "text/plain").run()
    assert not app.exception
    assert metric(app, "Reports in view") == "7"
    assert any("same file" in i.value.replace("\\", "") for i in app.sidebar.info)


def test_uploads_past_the_limit_are_named_not_dropped_silently(app):
    uploader = app.file_uploader(key="uploads")
    for i in range(52):
        text = f"---\npublished: 2015-10-09\n---\nJets struck Raqqa, report {i}.\n".encode()
        uploader.upload(f"r{i:02d}.txt", text, "text/plain")
    uploader.run()
    assert not app.exception
    warned = [w.value.replace("\\", "") for w in app.sidebar.warning]
    assert any("first 50 of 52" in w and "other 2 were left out" in w for w in warned)


def test_bad_upload_gives_a_clear_error(app):
    app.file_uploader(key="uploads").upload("bad.txt", b"\xff\xfe\x00\x81 not text", "text/plain")
    app.run()
    assert not app.exception
    # The message is markdown with its punctuation escaped (it names an untrusted file).
    assert app.error and "bad.txt" in app.error[0].value.replace("\\", "")
    assert metric(app, "Reports in view") == "6"


def test_real_pipeline_on_the_seeds():
    clear_caches()
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    assert int(metric(at, "Reports in view")) > 0


def test_count_switch_counts_reports_or_incidents(app):
    # Two reports of one strike: one incident, two reports.
    assert metric(app, "On ISIS-held ground") == "1 (20%)"
    assert app.sidebar.radio(key="count_unit").value == "incidents"
    app.sidebar.radio(key="count_unit").set_value("reports").run()
    assert not app.exception
    assert app.subheader[0].value == "Share of reports by who held the ground"


def test_views_render_without_errors(app):
    for view in ("Contradictions", "Review and corrections", "Draw control areas"):
        app.radio(key="view").set_value(view).run()
        assert not app.exception, view
    app.radio(key="view").set_value("Draw control areas").run()
    assert app.selectbox(key="draw_faction").options == [
        "ISIS",
        "Opposition",
        "Regime",
        "Kurdish forces",
    ]
    assert not [b for b in app.button if b.key == "draw_save"]  # nothing drawn yet


@pytest.fixture
def seeds_copy(tmp_path, monkeypatch):
    repo = Path(APP).parent
    shutil.copytree(repo / "seeds", tmp_path / "seeds")
    shutil.copytree(repo / "layers" / "control", tmp_path / "control")
    monkeypatch.setenv("STRIKEMAP_SEEDS", str(tmp_path / "seeds"))
    monkeypatch.setenv("STRIKEMAP_LAYERS", str(tmp_path / "control"))
    clear_caches()
    yield tmp_path / "seeds", tmp_path / "control"
    clear_caches()


@pytest.fixture
def real_app(seeds_copy) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    return at


def test_contradictions_view_on_the_seeds(real_app):
    n = int(metric(real_app, "Contradicted claims"))
    assert n > 0
    real_app.radio(key="view").set_value("Contradictions").run()
    assert real_app.subheader[0].value == f"Claims the ground contradicts ({n})"
    table = real_app.dataframe[0].value
    assert len(table) == n
    # human labels, not codes; only the parties that struck make claims of a target
    assert set(table["Claimed by"]) <= {
        "Russian MoD",
        "SANA (Syrian state news agency)",
        "Syrian state media",
        "Kremlin",
        "US-led coalition",
    }
    assert "Russian MoD" in set(table["Claimed by"])
    # coarse places are listed apart, and shown as such
    assert set(table["Located to"]) <= {"Town", "Neighbourhood"}
    assert real_app.subheader[1].value.startswith("Claims too coarse to score")
    coarse = real_app.dataframe[1].value
    assert set(coarse["Located to"]) <= {
        "District (coarse)",
        "Governorate (coarse)",
        "Region (coarse)",
    }
    # distances with the precision of their sources: whole km, or one decimal below 10 km
    for text in [*table["To claimed ground"], *coarse["To claimed ground"]]:
        number = text.removesuffix(" km")
        assert text.endswith(" km") and (float(number) < 10 or "." not in number), text


def test_the_events_table_shows_the_ground_a_report_names(real_app):
    grid = events_grid(real_app)
    named = grid["Ground as written"]
    # The seeds name a holder for a divided city once or more ("rebel-held areas in X"),
    # and most strikes name none: those rows are blank, not "Unknown".
    assert "Opposition" in set(named)
    assert (named == "").sum() > len(grid) / 2
    assert list(grid.columns).index("Ground as written") == (
        list(grid.columns).index("Ground held by") + 1
    )


def test_review_corrections_are_saved_and_applied(real_app, seeds_copy):
    seeds, _ = seeds_copy
    total = int(metric(real_app, "Reports in view"))
    real_app.radio(key="view").set_value("Review and corrections").run()
    picked = real_app.selectbox(key="review_pick").value
    real_app.button(key="fix_not_strike").click().run()
    assert not real_app.exception
    assert real_app.success and "marked not a strike" in real_app.success[0].value
    assert picked not in real_app.selectbox(key="review_pick").options
    text = (seeds / "corrections.csv").read_text(encoding="utf-8")
    assert f"{picked},not_strike" in text

    second = real_app.selectbox(key="review_pick").value
    real_app.date_input(key=f"fix_date_{second}").set_value(date(2015, 10, 20))
    real_app.button(key="fix_set_date").click().run()
    assert f"{second},date,2015-10-20" in (seeds / "corrections.csv").read_text(encoding="utf-8")

    real_app.radio(key="view").set_value("Map and figures").run()
    assert int(metric(real_app, "Reports in view")) == total - 1


def test_review_picks_a_gazetteer_candidate(real_app, seeds_copy):
    seeds, _ = seeds_copy
    real_app.radio(key="view").set_value("Review and corrections").run()
    key = real_app.selectbox(key="review_pick").value
    other = real_app.selectbox(key=f"fix_candidate_{key}").options[1]
    real_app.selectbox(key=f"fix_candidate_{key}").select_index(1)
    real_app.button(key="fix_use_candidate").click().run()
    assert not real_app.exception
    assert "location set to" in real_app.success[0].value
    rows = (seeds / "corrections.csv").read_text(encoding="utf-8")
    assert f"{key},location," in rows
    assert other  # the label shown for the place id that was saved


def test_heatmap_option_redraws_without_errors(app):
    assert app.sidebar.checkbox(key="heatmap").value is False
    app.sidebar.checkbox(key="heatmap").check().run()
    assert not app.exception
    assert metric(app, "Located on the map") == "5"


@pytest.fixture
def events_table(tmp_path, monkeypatch):
    """``STRIKEMAP_EVENTS`` pointing at a GeoParquet of 1,200 events built in code."""
    from geo.output import export

    base = make_events()
    many = base.loc[base.index.repeat(200)].reset_index(drop=True)
    many["event_id"] = [f"doc1:{i}" for i in range(len(many))]
    many["doc"] = [f"doc{i % 10}" for i in range(len(many))]
    many["claim_vs_ground"] = "contradicted"
    target = export.write_parquet(many, tmp_path / "events.parquet")
    monkeypatch.setenv("STRIKEMAP_EVENTS", str(target))
    monkeypatch.setenv("STRIKEMAP_SEEDS", str(tmp_path / "no-corpus"))
    clear_caches()
    yield many
    clear_caches()


def test_app_shows_an_events_table_instead_of_the_corpus(events_table):
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception and not at.error
    assert metric(at, "Reports in view") == str(len(events_table))
    assert metric(at, "Located on the map") == "1000"
    # The page shows the first rows only; the downloads hold every row.
    assert len(events_grid(at)) == 1000
    assert any("The first 1,000 of 1,200 events" in c.value for c in at.caption)
    # No ring per contradicted strike on a view this big, and the caption says why.
    assert any("not ringed on a view this big" in c.value for c in at.caption)
    at.sidebar.toggle(key="f_docs_open").set_value(True).run()
    at.multiselect(key="f_docs").set_value(["doc0"]).run()
    at.multiselect(key="f_factions").set_value(["opposition"]).run()
    assert metric(at, "Located on the map") == "40"
    assert any("Dashed rings mark contradicted claims" in c.value for c in at.caption)


def events_grid(at: AppTest) -> pd.DataFrame:
    """The "Events in view" table of the page (the one with the quotes)."""
    return next(d.value for d in at.dataframe if "Quote" in d.value.columns)


def test_app_reads_a_folder_of_parts_with_the_filters_pushed_down(
    events_table, tmp_path, monkeypatch
):
    from geo.analysis.filters import filter_events
    from geo.app import bigtable
    from geo.output import export

    folder = tmp_path / "parts"
    folder.mkdir()
    for k, start in enumerate(range(0, len(events_table), 500)):
        export.write_parquet(events_table.iloc[start : start + 500], folder / f"p{k}.parquet")
    monkeypatch.setenv("STRIKEMAP_EVENTS", str(folder))
    reads: list[dict] = []
    real = bigtable.read_events_dataset

    def recorded(path, **kwargs):
        reads.append(kwargs)
        return real(path, **kwargs)

    monkeypatch.setattr(bigtable, "read_events_dataset", recorded)
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception and not at.error
    assert metric(at, "Reports in view") == str(len(events_table))
    # The widgets' columns of every row, then the view with the page's columns only.
    assert reads[0] == {"columns": bigtable.INDEX_COLUMNS}
    assert reads[1] == {"columns": bigtable.PAGE_COLUMNS}
    at.sidebar.toggle(key="f_docs_open").set_value(True).run()
    at.multiselect(key="f_docs").set_value(["doc0", "doc3"]).run()
    assert len(reads) == 2  # a document filter runs on the rows read
    at.multiselect(key="f_factions").set_value(["opposition", "none"]).run()
    # The factions go into the reader.
    assert reads[-1] == {"columns": bigtable.PAGE_COLUMNS, "factions": ["opposition", "none"]}
    want = filter_events(events_table, docs=["doc0", "doc3"], factions=["opposition", "none"])
    assert 0 < len(want) < len(events_table)
    assert metric(at, "Reports in view") == str(len(want))
    grid = events_grid(at)
    assert sorted(grid["Quote"]) == sorted(want["quote"])


def test_missing_events_table_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_EVENTS", str(tmp_path / "absent.parquet"))
    clear_caches()
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert at.error and "could not be loaded" in at.error[0].value


def _event_dates(at: AppTest) -> dict[str, date | None]:
    from geo import pipeline

    events = pipeline.build(
        Path(os.environ["STRIKEMAP_SEEDS"]), layers_dir=Path(os.environ["STRIKEMAP_LAYERS"])
    ).events
    return dict(zip(events["event_key"].astype(str), events["event_date"], strict=True))


def test_review_fields_show_and_save_the_event_shown(real_app, seeds_copy):
    seeds, _ = seeds_copy
    dates = _event_dates(real_app)
    real_app.radio(key="view").set_value("Review and corrections").run()
    first = real_app.selectbox(key="review_pick").value
    assert real_app.date_input(key=f"fix_date_{first}").value == dates[first]
    real_app.text_input(key=f"fix_note_{first}").set_value("typed for the first").run()
    from geo import pipeline
    from geo.review import queue

    events = pipeline.build(
        Path(os.environ["STRIKEMAP_SEEDS"]), layers_dir=Path(os.environ["STRIKEMAP_LAYERS"])
    ).events
    second = str(queue.review_queue(events)["event_key"].iloc[1])
    real_app.selectbox(key="review_pick").set_value(second).run()
    assert real_app.selectbox(key="review_pick").value == second != first
    # the second event shows its own date, and no note typed for the first
    assert real_app.date_input(key=f"fix_date_{second}").value == dates[second]
    assert real_app.text_input(key=f"fix_note_{second}").value == ""
    # "Change the date" without a new date changes nothing and writes nothing
    real_app.button(key="fix_set_date").click().run()
    assert not (seeds / "corrections.csv").exists()
    assert any("already dated" in i.value for i in [*real_app.success, *real_app.info])
    # "Use this place" on the current candidate writes nothing either
    candidates = real_app.selectbox(key=f"fix_candidate_{second}")
    if candidates.options:
        candidates.select_index(0)
        real_app.button(key="fix_use_candidate").click().run()
        assert not (seeds / "corrections.csv").exists()
    real_app.button(key="fix_not_strike").click().run()
    rows = (seeds / "corrections.csv").read_text(encoding="utf-8")
    assert f"{second},not_strike,," in rows and "typed for the first" not in rows


def test_a_saved_correction_can_be_undone(real_app, seeds_copy):
    seeds, _ = seeds_copy
    total = int(metric(real_app, "Reports in view"))
    real_app.radio(key="view").set_value("Review and corrections").run()
    real_app.button(key="fix_not_strike").click().run()
    assert (seeds / "corrections.csv").exists()
    real_app.button(key="undo").click().run()
    assert not real_app.exception
    assert not (seeds / "corrections.csv").exists()
    assert any("Undone" in s.value for s in real_app.success)
    real_app.radio(key="view").set_value("Map and figures").run()
    assert int(metric(real_app, "Reports in view")) == total


def test_review_view_names_reasons_and_reports_not_codes(real_app):
    from geo import pipeline
    from geo.review.queue import REASONS

    real_app.radio(key="view").set_value("Review and corrections").run()
    assert not real_app.exception
    events = pipeline.build(
        Path(os.environ["STRIKEMAP_SEEDS"]), layers_dir=Path(os.environ["STRIKEMAP_LAYERS"])
    ).events
    ids = {str(d) for d in events["doc"]}
    titles = {str(t) for t in events["doc_title"].dropna()}
    queue = real_app.dataframe[0].value
    assert list(queue.columns) == ["Why", "As written", "Placed at", "Date", "Report"]
    assert len(queue) > 0
    # Reports by title, reasons in words: no document id, no reason code.
    assert not set(queue["Report"]) & ids and set(queue["Report"]) <= titles | ids
    words = " ".join(queue["Why"])
    assert not any(code in words for code in REASONS if "_" in code) and words
    picker = real_app.selectbox(key="review_pick")
    for option in picker.options:
        assert not any(doc in option for doc in ids), option
    shown = real_app.markdown[[m.value.startswith("**") for m in real_app.markdown].index(True)]
    assert not any(doc in shown.value for doc in ids), shown.value


def test_draw_view_starts_on_the_day_the_map_shows(real_app):
    day = real_app.session_state["ground_day"]
    real_app.radio(key="view").set_value("Draw control areas").run()
    assert not real_app.exception
    assert real_app.date_input(key="draw_date").value == day
    from geo.control.layers import layer_for_date, load_layers

    base = layer_for_date(load_layers(Path(os.environ["STRIKEMAP_LAYERS"])), day)
    assert any(
        f"Starting from the layer of {base.date.isoformat()}." in c.value for c in real_app.caption
    )
