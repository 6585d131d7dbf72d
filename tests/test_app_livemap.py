"""The app's main map: a frame kept on the page and the view's layers sent beside it."""

from __future__ import annotations

import copy
import json
import re
import zlib
from datetime import date
from typing import Any

import pytest
import streamlit_folium
from test_webmap import make_events, make_layer

from geo.app import livemap, viewdata
from geo.output import webmap

LAYER_DAY = date(2015, 9, 30)
SHOWN_DAY = date(2015, 10, 7)


def layers_of(view, *, heatmap: bool = False, big_threshold: int = 150) -> livemap.ViewLayers:
    return livemap.view_layers(
        view,
        layer=make_layer(LAYER_DAY),
        title="Air strikes",
        span=(date(2015, 10, 1), date(2015, 10, 9)),
        ground_day=SHOWN_DAY,
        heatmap=heatmap,
        rings=True,
        cluster_threshold=1,
        big_threshold=big_threshold,
    )


def sent(monkeypatch, frame, parts: livemap.ViewLayers) -> dict[str, Any]:
    """What st_folium sends to the page for ``frame`` with ``parts``."""
    seen: dict[str, Any] = {}
    monkeypatch.setattr(streamlit_folium, "_component_func", lambda **kw: seen.update(kw))
    groups, control = copy.deepcopy((parts.groups, parts.control))
    streamlit_folium.st_folium(
        copy.deepcopy(frame),
        feature_group_to_add=list(groups),
        layer_control=control,
        returned_objects=["center", "zoom"],
        key="main_map",
    )
    return seen


@pytest.fixture(scope="module")
def frame():
    return livemap.frame_map(make_events(), title="Air strikes", with_areas=True)


def test_a_filter_change_keeps_the_map_and_swaps_the_layers(monkeypatch, frame):
    events = make_events()
    whole = sent(monkeypatch, frame, layers_of(events))
    one = sent(monkeypatch, frame, layers_of(events.iloc[:1]))
    # Same script and key: the page keeps its map (no new frame, no reload of Leaflet,
    # basemap or place names); only the view's layers differ.
    assert whole["script"] == one["script"] and whole["key"] == one["key"]
    assert whole["feature_group"] != one["feature_group"]
    assert f"Strikes ({len(webmap.located(events))})" in whole["layer_control"]
    assert "Strikes (1)" in one["layer_control"]
    assert "Control areas (2015-09-30)" in one["layer_control"]


def test_the_title_names_the_day_shown_and_the_areas_in_force(monkeypatch, frame):
    """The sidebar's "Ground shown on" day and the map's title box name the same day."""
    text = sent(monkeypatch, frame, layers_of(make_events()))["feature_group"]
    assert "Ground shown on 2015-10-07: control areas as of 2015-09-30" in text


def test_title_box_markup_names_the_day_shown():
    markup = webmap.title_html(
        "T", start=None, end=None, shown=1, unlocated=0, layers=[make_layer(LAYER_DAY)],
        ground_day=SHOWN_DAY,
    )  # fmt: skip
    assert "Ground shown on 2015-10-07: control areas as of 2015-09-30" in markup
    plain = webmap.title_html(
        "T", start=None, end=None, shown=1, unlocated=0, layers=[make_layer(LAYER_DAY)]
    )
    assert "Control areas as of 2015-09-30" in plain and "Ground shown" not in plain


def test_every_file_the_page_loads_is_local(monkeypatch, frame):
    for heatmap in (False, True):
        for big in (150, 1):  # markers, or one canvas
            args = sent(
                monkeypatch, frame, layers_of(make_events(), heatmap=heatmap, big_threshold=big)
            )
            links = [*args["js_links"], *args["css_links"]]
            assert links and not [u for u in links if re.match(r"(https?:)?//", u)]
            # What a later view may need is loaded with the first one.
            assert any("markercluster" in u for u in args["js_links"])
            assert any("jquery" in u for u in args["js_links"])


def test_heatmap_hides_the_strikes_but_keeps_them_in_the_layer_control(monkeypatch, frame):
    args = sent(monkeypatch, frame, layers_of(make_events(), heatmap=True))
    hidden = re.findall(r"(feature_group_feature_group_\d+)\.remove\(\)", args["feature_group"])
    assert len(hidden) == 1
    assert "Heatmap" in args["layer_control"] and "Strikes (" in args["layer_control"]
    # The hidden group is the strikes' (the second, after the control areas).
    assert hidden == ["feature_group_feature_group_1"]


def test_a_big_views_data_is_a_served_file(tmp_path):
    publish = viewdata.publisher(tmp_path, static_url="/app/static")
    events = make_events()
    parts = livemap.view_layers(
        events,
        layer=None,
        title="T",
        span=(None, None),
        ground_day=None,
        heatmap=False,
        rings=False,
        cluster_threshold=1,
        big_threshold=1,  # a canvas layer
        publish=publish,
    )
    files = list((tmp_path / viewdata.VIEWS_FOLDER).glob("*.bin"))
    assert len(files) == 1
    data = json.loads(zlib.decompress(files[0].read_bytes()))
    assert len(data["lat"]) == len(webmap.located(events))
    canvas = next(
        c for g in parts.groups for c in g._children.values() if isinstance(c, webmap.StrikeCanvas)
    )
    assert canvas.url == f"/app/static/views/{files[0].name}" and canvas.blob == ""
    # Git leaves the folder alone; the same data is the same file.
    assert (tmp_path / viewdata.VIEWS_FOLDER / ".gitignore").read_text().strip().endswith("*")
    assert publish(files[0].read_bytes()) == canvas.url


def test_data_stays_in_the_script_without_a_served_folder(tmp_path):
    assert viewdata.publisher(None)(b"x") is None
    assert viewdata.publisher(tmp_path / "missing")(b"x") is None


def test_only_the_newest_files_are_kept(tmp_path):
    publish = viewdata.publisher(tmp_path)
    urls = [publish(str(i).encode()) for i in range(viewdata.KEEP_FILES + 5)]
    kept = {p.name for p in (tmp_path / viewdata.VIEWS_FOLDER).glob("*.bin")}
    assert len(kept) == viewdata.KEEP_FILES
    assert urls[-1] is not None and urls[-1].rsplit("/", 1)[1] in kept


def test_a_views_canvas_data_is_cut_from_the_tables_encoding():
    events = webmap.located(make_events())
    calls = []

    def table() -> webmap.EncodedStrikes:
        calls.append(1)
        return webmap.encode_strikes(events)

    data_of = viewdata.cutter(table, fresh_keys=("g",))
    view = events.iloc[[0, 2]].copy()
    view["controlled_by"] = "regime"
    data = data_of(view)
    assert len(data["lat"]) == 2 and calls == [1]
    assert data["c"]["g"]["v"] == ["regime"] and data["c"]["g"]["i"] == [0, 0]
    assert data["c"]["p"] == webmap.strike_data(view)["c"]["p"]
    # Rows the table lacks (other labels): the view is encoded whole.
    other = view.set_axis([100, 101])
    assert data_of(other) == webmap.strike_data(other)
