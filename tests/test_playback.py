"""The played-by-day map: control states stored once, strikes by day, a self-contained page."""

from __future__ import annotations

import base64
import json
import re
import zlib
from datetime import date, timedelta

import geopandas as gpd
import pytest
from events_factory import make_events
from shapely.geometry import box

from geo.control.layers import ControlLayer, layer_for_date, load_layers
from geo.output import playback

HOSTILE = "</script><script>alert('q')</script><img src=x onerror=alert(1)> `${alert(2)}` \\"


def layer(day: date, held_by: str) -> ControlLayer:
    """A layer where the box around (36.5, 35.0) is held by ``held_by``."""
    gdf = gpd.GeoDataFrame(
        {"faction": [held_by, "kurdish"]},
        geometry=[box(36.0, 34.5, 37.0, 35.5), box(39.0, 36.5, 40.0, 37.0)],
        crs="EPSG:4326",
    )
    return ControlLayer(date=day, path=f"{day}.geojson", gdf=gdf)


EARLY, LATE = date(2015, 10, 5), date(2015, 10, 21)
LAYERS = [layer(date(2015, 10, 1), "isis"), layer(date(2015, 10, 20), "regime")]


def strikes():
    return make_events(
        [
            dict(place_as_written="Late", longitude=36.9, latitude=35.4, event_date=LATE),
            dict(place_as_written="Early", longitude=36.1, latitude=34.6, event_date=EARLY),
            dict(place_as_written="Undated", longitude=36.2, latitude=34.7, event_date=None),
            dict(place_as_written="Nowhere", resolved=False, event_date=date(2015, 10, 6)),
        ]
    ).assign(quote=HOSTILE)


def blob_of(page: str) -> dict:
    match = re.search(r'StrikemapPlayback\.start\(\w+, "([A-Za-z0-9+/=]+)"\)', page)
    assert match, "the page holds no playback data"
    return json.loads(zlib.decompress(base64.b64decode(match.group(1))))


def test_each_distinct_control_state_is_kept_once_with_the_days_it_holds():
    start = date(2015, 9, 25)
    timeline = playback.control_timeline(playback.control_from_layers(LAYERS), start, 40)
    assert len(timeline.states) == 2
    assert timeline.labels == ["2015-10-01", "2015-10-20"]
    # Before the first layer the earliest applies; the second from its own date on.
    assert timeline.changes == [(0, 0), ((date(2015, 10, 20) - start).days, 1)]
    for i in range(40):
        expected = layer_for_date(LAYERS, start + timedelta(days=i)).date.isoformat()
        assert timeline.labels[timeline.state_on(i)] == expected
    factions = [f["properties"]["faction"] for f in timeline.states[1]["features"]]
    assert factions == ["regime", "kurdish"]


def test_a_source_giving_a_fresh_frame_every_day_still_stores_each_state_once():
    def compose(day: date) -> gpd.GeoDataFrame | None:
        if day < date(2015, 10, 3):
            return None
        frame = layer_for_date(LAYERS, day).gdf.copy()  # a new object each day
        frame.attrs["label"] = f"composed for {day:%B}"
        return frame

    timeline = playback.control_timeline(compose, date(2015, 10, 1), 30)
    assert len(timeline.states) == 2
    assert [state for _, state in timeline.changes] == [-1, 0, 1]
    assert timeline.labels[0] == "composed for October"


def test_strikes_are_sorted_by_day_and_only_dated_located_ones_are_played():
    data = playback.playback_data(strikes(), playback.control_from_layers(LAYERS), fade_days=3)
    assert data["start"] == "2015-10-05"
    assert data["days"] == 17
    assert data["strikes"]["day"] == [0, 16]
    places = data["strikes"]["c"]["p"]
    assert [places["v"][i] for i in places["i"]] == ["Early", "Late"]
    assert data["fade"] == 3


def test_a_date_range_limits_the_days_played():
    data = playback.playback_data(
        strikes(),
        playback.control_from_layers(LAYERS),
        date_range=(date(2015, 10, 1), date(2015, 10, 10)),
    )
    assert (data["start"], data["days"]) == ("2015-10-01", 10)
    assert data["strikes"]["day"] == [4]


def test_page_is_self_contained_and_text_is_data_not_markup():
    from test_webmap import outside_links

    page = playback.playback_html(strikes(), layers=LAYERS, title=HOSTILE, subtitle="Sub & title")
    assert outside_links(page) == []
    assert "<script>alert" not in page
    assert "&lt;/script&gt;" in page  # the title, escaped
    assert "Sub &amp; title" in page
    assert "StrikemapPlayback" in page and "L.map(" in page
    data = blob_of(page)
    assert data["strikes"]["c"]["q"]["v"] == [HOSTILE]
    assert len(data["states"]) == 2


def test_page_size_grows_with_states_not_with_days():
    short = playback.playback_html(
        strikes(), layers=LAYERS, date_range=(date(2015, 10, 1), date(2015, 10, 31))
    )
    long = playback.playback_html(
        strikes(), layers=LAYERS, date_range=(date(2015, 10, 1), date(2016, 12, 31))
    )
    assert len(blob_of(long)["states"]) == len(blob_of(short)["states"]) == 2
    assert abs(len(long) - len(short)) < 200


def test_shipped_layers_give_one_state_per_layer_over_the_seed_period():
    layers = load_layers()
    timeline = playback.control_timeline(
        playback.control_from_layers(layers), date(2015, 9, 30), 450
    )
    # Each distinct state once, labelled with a day the control changed on.
    change_days = {layer.date.isoformat() for layer in layers}
    assert timeline.labels[0] == "2015-09-30"
    assert set(timeline.labels) <= change_days
    assert timeline.labels == sorted(timeline.labels) and len(timeline.labels) > 10


def test_no_layers_and_no_events_still_make_a_page():
    page = playback.playback_html(strikes().iloc[:0], layers=[])
    data = blob_of(page)
    assert data["states"] == [] and data["changes"] == [[0, -1]]
    assert data["days"] == 1


@pytest.mark.parametrize("fade", [0, 14])
def test_fade_span_is_passed_to_the_page(fade):
    data = blob_of(playback.playback_html(strikes(), layers=LAYERS, fade_days=fade))
    assert data["fade"] == fade
