"""A view to share: filters, dates, day shown and map position in the page's address."""

from __future__ import annotations

from datetime import date

from test_app import app, metric  # noqa: F401 - the fixture
from test_webmap import make_events

from geo.app import share
from geo.output import webmap
from geo.record import MAX_ZOOM, MIN_ZOOM, BBox

BOUNDS = (date(2015, 10, 7), date(2015, 10, 9))
OPTIONS = {"f_factions": ["isis", "opposition", "regime"], "f_docs": ["doc1"]}


def test_a_link_sets_filters_dates_day_and_position():
    params = {
        "ground": ["isis", "regime", "isis"],
        "doc": ["doc1"],
        "q": ["  jets "],
        "from": ["2015-10-08"],
        "to": ["2015-10-09"],
        "day": ["2015-10-09"],
        "lat": ["35.5"],
        "lon": ["38.25"],
        "zoom": ["9"],
    }
    state = share.state_from_params(params, OPTIONS, BOUNDS)
    assert state == {
        "f_factions": ["isis", "regime"],
        "f_docs": ["doc1"],
        "f_text": "jets",
        "dates": (date(2015, 10, 8), date(2015, 10, 9)),
        "ground_day": date(2015, 10, 9),
        "map_view": (35.5, 38.25, 9),
    }
    # Written back, the same view reads the same.
    again = share.params_from_state(state, BOUNDS)
    assert (
        share.state_from_params(
            {k: v if isinstance(v, list) else [v] for k, v in again.items()}, OPTIONS, BOUNDS
        )
        == state
    )


def test_a_bad_link_is_dropped_not_raised():
    params = {
        "ground": ["<script>", "nobody"],
        "from": ["2015-13-40"],
        "to": ["1999-01-01"],
        "day": ["2030-01-01"],
        "lat": ["nan"],
        "lon": ["38"],
        "zoom": ["9"],
    }
    state = share.state_from_params(params, OPTIONS, BOUNDS)
    # Unknown factions, a malformed date and a position with a non-number are
    # dropped; a range ending before the table's first date is clamped to that
    # date, and the day shown into the range.
    first = BOUNDS[0]
    assert state == {"dates": (first, first), "ground_day": first}
    assert share.state_from_params({"day": ["2030-01-01"]}, OPTIONS, BOUNDS) == {
        "ground_day": BOUNDS[1]
    }


def test_the_default_view_writes_no_filter():
    assert share.params_from_state({"dates": BOUNDS, "f_factions": []}, BOUNDS) == {}


def test_map_view_of_what_the_map_returns():
    assert share.map_view_of({"center": {"lat": 35, "lng": 38}, "zoom": 8}) == (35.0, 38.0, 8)
    assert share.map_view_of({"center": None, "zoom": None}) is None
    assert share.map_view_of(None) is None


def test_the_app_opens_the_view_a_link_gives(app):  # noqa: F811
    app.query_params["ground"] = ["opposition"]
    app.query_params["q"] = "Jets"
    app.session_state["shared_read"] = False
    app.run()
    assert not app.exception
    assert app.multiselect(key="f_factions").value == ["opposition"]
    assert app.text_input(key="f_text").value == "Jets"
    assert metric(app, "Reports in view") == "2"


def test_the_app_writes_the_view_into_the_address(app):  # noqa: F811
    app.multiselect(key="f_factions").set_value(["opposition"]).run()
    app.sidebar.slider(key="dates").set_value((date(2015, 10, 7), date(2015, 10, 8))).run()
    assert not app.exception
    written = {k: v if isinstance(v, list) else [v] for k, v in app.query_params.items()}
    assert written["ground"] == ["opposition"]
    assert (written["from"], written["to"]) == (["2015-10-07"], ["2015-10-08"])


def test_the_html_download_carries_the_typed_title(app):  # noqa: F811
    app.text_input(key="dl_title").set_value("Strikes near the river").run()
    app.text_input(key="dl_subtitle").set_value("October <2015>").run()
    assert not app.exception
    assert app.text_input(key="dl_title").value == "Strikes near the river"
    page = webmap.render_html(
        make_events(), title="Strikes near the river", subtitle="October <2015>"
    )
    # The title box is set from a JSON string: quotes and slashes come escaped.
    assert '<div class=\\"sm-title\\">Strikes near the river<\\/div>' in page
    assert '<div class=\\"sm-sub sm-subtitle\\">October &lt;2015&gt;<\\/div>' in page
    assert "<2015>" not in page


def test_bounds_of_what_the_map_returns():
    returned = {
        "bounds": {"_southWest": {"lat": 34, "lng": 36}, "_northEast": {"lat": 36, "lng": 39}}
    }
    assert share.bounds_of(returned) == BBox(west=36.0, south=34.0, east=39.0, north=36.0)
    flat = {"bounds": {"_southWest": {"lat": 34, "lng": 36}, "_northEast": {"lat": 34, "lng": 39}}}
    assert share.bounds_of(flat) is None
    assert share.bounds_of({"bounds": None}) is None


def test_a_centre_snapped_to_the_pixels_is_not_a_move():
    opened = (34.55, 38.27, 12)
    # The map hands back the centre it drew, a few metres off what it was given.
    assert share.same_view(opened, (34.550004, 38.269993, 12))
    assert not share.same_view(opened, (34.56, 38.27, 12))  # panned about a kilometre
    assert not share.same_view(opened, (34.55, 38.27, 11))  # zoomed out
    assert not share.same_view(opened, None) and share.same_view(None, None)


def test_a_report_counts_as_a_move_only_once_the_map_showed_the_view_asked_for():
    syria, town = (34.6, 37.5, 7), (34.55, 38.27, 12)
    # The first report of a new page (its own fit) is kept: no view was asked for.
    assert share.map_settled(None, None, False)
    assert share.map_moved(syria, None, False)
    # A place is found (or a shared link opened): the map still reports where it was,
    # and on a slow machine it reports its own first view again on the next run.
    settled = share.map_settled(syria, town, False)
    assert not settled and not share.map_moved(syria, town, settled)
    settled = share.map_settled(syria, town, settled)
    assert not settled and not share.map_moved(syria, town, settled)
    # It reports the place's view, a few metres off: shown, and not a move.
    near = (34.550003, 38.270002, 12)
    assert not share.map_moved(near, town, settled)
    settled = share.map_settled(near, town, settled)
    assert settled
    # The analyst pans: a report away from the view asked for, once it was shown.
    assert share.map_moved((34.7, 38.1, 12), town, settled)
    assert not share.map_moved(None, town, settled)


def test_a_shared_zoom_the_map_does_not_allow_is_clamped_to_one_it_does():
    far_in = share.state_from_params({"lat": ["35"], "lon": ["38"], "zoom": ["23"]}, {}, None)
    far_out = share.state_from_params({"lat": ["35"], "lon": ["38"], "zoom": ["1"]}, {}, None)
    assert far_in[share.MAP_KEY] == (35.0, 38.0, MAX_ZOOM)
    assert far_out[share.MAP_KEY] == (35.0, 38.0, MIN_ZOOM)
    bad = share.state_from_params({"lat": ["35"], "lon": ["38"], "zoom": ["-3"]}, {}, None)
    assert share.MAP_KEY not in bad


def test_a_link_that_names_a_document_opens_the_document_filter(app):  # noqa: F811
    doc = app.sidebar.toggle(key="f_docs_open")
    assert doc.value is False
    events_docs = "doc1"
    app.query_params["doc"] = [events_docs]
    app.session_state["shared_read"] = False
    app.run()
    assert not app.exception
    assert app.sidebar.toggle(key="f_docs_open").value is True
    assert app.multiselect(key="f_docs").value == [events_docs]
    written = {k: v if isinstance(v, list) else [v] for k, v in app.query_params.items()}
    assert written["doc"] == [events_docs]
