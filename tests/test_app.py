"""The Streamlit app's widgets and state, with a pipeline stand-in built in code."""

from __future__ import annotations

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
    assert metric(app, "Strikes in view") == "6"
    assert metric(app, "Located on the map") == "5"
    assert metric(app, "On ground held by ISIS") == "1 (20%)"
    assert metric(app, "Incidents in view") == "6"
    assert [s.value for s in app.subheader][:3] == [
        "Share of incidents by who held the ground",
        "Distance to ISIS-held ground",
        "Events in view",
    ]
    assert len(app.dataframe) >= 1


def test_filters_narrow_the_view(app):
    app.multiselect(key="f_factions").set_value(["opposition"]).run()
    assert metric(app, "Strikes in view") == "2"
    app.multiselect(key="f_factions").set_value([]).run()
    app.text_input(key="f_text").set_value("no such words").run()
    assert metric(app, "Strikes in view") == "0"
    assert not app.exception


def test_date_filter(app):
    slider = app.sidebar.slider(key="dates")
    assert slider.value == (date(2015, 10, 7), date(2015, 10, 9))
    slider.set_value((date(2015, 10, 7), date(2015, 10, 7))).run()
    assert metric(app, "Strikes in view") == "2"
    assert any("Control areas as of 2015-10-01" in c.value for c in app.caption)


def test_upload_adds_events_beside_the_seeds(app):
    text = b"---\ntitle: My report\npublished: 2015-10-09\n---\nJets struck Raqqa today.\n"
    app.file_uploader(key="uploads").upload("mine.txt", text, "text/plain").run()
    assert not app.exception and not app.error
    assert metric(app, "Strikes in view") == "7"
    assert "upload/mine" in app.multiselect(key="f_docs").options


def test_bad_upload_gives_a_clear_error(app):
    app.file_uploader(key="uploads").upload("bad.txt", b"\xff\xfe\x00\x81 not text", "text/plain")
    app.run()
    assert not app.exception
    # The message is markdown with its punctuation escaped (it names an untrusted file).
    assert app.error and "bad.txt" in app.error[0].value.replace("\\", "")
    assert metric(app, "Strikes in view") == "6"


def test_real_pipeline_on_the_seeds():
    clear_caches()
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    assert int(metric(at, "Strikes in view")) > 0


def test_count_switch_counts_reports_or_incidents(app):
    # Two reports of one strike: one incident, two reports.
    assert metric(app, "On ground held by ISIS") == "1 (20%)"
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
    table = real_app.table[0].value
    assert len(table) == n
    assert "russian_mod" in set(table["Claimant"])


def test_review_corrections_are_saved_and_applied(real_app, seeds_copy):
    seeds, _ = seeds_copy
    total = int(metric(real_app, "Strikes in view"))
    real_app.radio(key="view").set_value("Review and corrections").run()
    picked = real_app.selectbox(key="review_pick").value
    real_app.button(key="fix_not_strike").click().run()
    assert not real_app.exception
    assert real_app.success and "marked not a strike" in real_app.success[0].value
    assert picked not in real_app.selectbox(key="review_pick").options
    text = (seeds / "corrections.csv").read_text(encoding="utf-8")
    assert f"{picked},not_strike" in text

    second = real_app.selectbox(key="review_pick").value
    real_app.date_input(key="fix_date").set_value(date(2015, 10, 20))
    real_app.button(key="fix_set_date").click().run()
    assert f"{second},date,2015-10-20" in (seeds / "corrections.csv").read_text(encoding="utf-8")

    real_app.radio(key="view").set_value("Map and figures").run()
    assert int(metric(real_app, "Strikes in view")) == total - 1


def test_review_picks_a_gazetteer_candidate(real_app, seeds_copy):
    seeds, _ = seeds_copy
    real_app.radio(key="view").set_value("Review and corrections").run()
    key = real_app.selectbox(key="review_pick").value
    other = real_app.selectbox(key="fix_candidate").options[1]
    real_app.selectbox(key="fix_candidate").select_index(1)
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
    assert metric(at, "Strikes in view") == str(len(events_table))
    assert metric(at, "Located on the map") == "1000"
    # The page shows the first rows only; the downloads hold every row.
    assert len(at.dataframe[0].value) == 1000
    assert any("The first 1,000 of 1,200 events" in c.value for c in at.caption)
    # No ring per contradicted strike on a view this big, and the caption says why.
    assert any("not ringed on a view this big" in c.value for c in at.caption)
    at.multiselect(key="f_docs").set_value(["doc0"]).run()
    at.multiselect(key="f_factions").set_value(["opposition"]).run()
    assert metric(at, "Located on the map") == "40"
    assert any("Dashed rings mark contradicted claims" in c.value for c in at.caption)


def test_missing_events_table_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_EVENTS", str(tmp_path / "absent.parquet"))
    clear_caches()
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert at.error and "could not be loaded" in at.error[0].value
