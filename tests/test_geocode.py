import json
import math
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pandas as pd
import pytest
from events_factory import strike_event as event
from geopy.exc import GeocoderUnavailable
from geopy.location import Location

from geo.extract import extract_events
from geo.geocode.geocoders import (
    GEOCODE_COLUMNS,
    CachedGeocoder,
    GeocoderFallbackWarning,
    geocode_events,
    make_nominatim,
)
from geo.record import Document


class FakeGeocoder:
    """A dict-backed stand-in for a geopy geocoder."""

    def __init__(self, answers: dict[str, tuple[float, float]], fail: bool = False) -> None:
        self.answers = answers
        self.fail = fail
        self.queries: list[str] = []

    def geocode(self, query: str, *, exactly_one: bool = True, **kwargs):
        self.queries.append(query)
        if self.fail:
            raise GeocoderUnavailable("service down")
        if query not in self.answers:
            return None
        lat, lon = self.answers[query]
        raw = {"name": query, "osm_type": "node", "osm_id": 1, "addresstype": "village"}
        return Location(f"{query}, Syria", (lat, lon), raw)


def test_columns_and_one_row_per_event(gaz):
    events = [event("Latamneh"), event("Hanano", city_hint="Aleppo"), event("Xyzzyqwv")]
    df = geocode_events(events, gazetteer=gaz)
    assert isinstance(df, pd.DataFrame)
    assert len(df) == 3
    assert list(df.columns[-len(GEOCODE_COLUMNS) :]) == GEOCODE_COLUMNS
    assert set(events[0].as_dict()) <= set(df.columns)
    assert df["resolved"].dtype == bool
    assert df["latitude"].dtype == float


def test_resolved_rows_have_hand_checked_coordinates(gaz):
    df = geocode_events([event("Latamneh"), event("Kafranbel")], gazetteer=gaz)
    lat = df.loc[0]
    assert lat["resolved"] and lat["admin1"] == "Hama" and lat["geo_precision"] == "town"
    assert abs(lat["latitude"] - 35.32) < 0.02 and abs(lat["longitude"] - 36.62) < 0.02
    assert lat["match_score"] == 100.0
    assert df.loc[1, "admin1"] == "Idlib"


def test_unresolved_rows_are_kept_without_coordinates(gaz):
    df = geocode_events([event("Xyzzyqwv")], gazetteer=gaz)
    row = df.loc[0]
    assert not row["resolved"]
    assert math.isnan(row["latitude"]) and math.isnan(row["longitude"])
    assert math.isnan(row["match_score"])
    assert row["place_as_written"] == "Xyzzyqwv"


def test_event_hints_drive_homonyms(gaz):
    events = [
        event("Hanano", city_hint="Aleppo"),
        event("Babila", admin1_hint="Idlib"),
        event("Babila", context_places=("Yalda", "Damascus")),
        event("Hama province"),
    ]
    df = geocode_events(events, gazetteer=gaz)
    assert df.loc[0, "geo_precision"] == "neighbourhood" and df.loc[0, "admin1"] == "Aleppo"
    assert df.loc[0, "by_context"]
    assert "Raqqa" in df.loc[0, "alternatives"]
    assert df.loc[1, "admin1"] == "Idlib"
    assert df.loc[2, "admin1"] == "Rif Dimashq"
    assert df.loc[3, "geo_precision"] == "governorate"
    assert df.loc[2, "context_places"] == "Yalda|Damascus"


def test_online_is_only_a_fallback_by_default(gaz):
    fake = FakeGeocoder({"Qaryat al-Mafqud": (35.5, 36.5)})
    df = geocode_events([event("Latamneh"), event("Qaryat al-Mafqud")], gazetteer=gaz, online=fake)
    assert fake.queries == ["Qaryat al-Mafqud"]
    assert df.loc[1, "resolved"] and df.loc[1, "place_id"] == "online:node1"
    assert df.loc[1, "latitude"] == 35.5
    assert df.loc[1, "admin1"] is not None


def test_online_primary_and_results_outside_syria_dropped(gaz):
    fake = FakeGeocoder({"Latamneh": (48.85, 2.35)})
    df = geocode_events([event("Latamneh")], gazetteer=gaz, online=fake, fallback=False)
    assert fake.queries == ["Latamneh"]
    assert df.loc[0, "place_id"].startswith("ocha:")


def test_service_error_falls_back_to_gazetteer_with_warning(gaz):
    fake = FakeGeocoder({}, fail=True)
    with pytest.warns(GeocoderFallbackWarning, match="offline gazetteer"):
        df = geocode_events([event("Latamneh")], gazetteer=gaz, online=fake, fallback=False)
    assert df.loc[0, "resolved"]
    with pytest.warns(GeocoderFallbackWarning, match="unresolved"):
        df = geocode_events([event("Xyzzyqwv")], gazetteer=gaz, online=fake)
    assert not df.loc[0, "resolved"]


def test_cache_is_written_atomically_and_reused(tmp_path, monkeypatch):
    fake = FakeGeocoder({"Somewhere": (35.0, 37.0)})
    path = tmp_path / "cache" / "nominatim.json"
    replaced: list[tuple[str, str]] = []
    real_replace = __import__("os").replace

    def spy(src, dst):
        replaced.append((str(src), str(dst)))
        real_replace(src, dst)

    monkeypatch.setattr("geo.output.export.os.replace", spy)
    cached = CachedGeocoder(fake.geocode, path)
    assert cached.geocode("Somewhere").latitude == 35.0
    assert cached.geocode("Nowhere") is None
    assert replaced and all(dst == str(path) for _, dst in replaced)
    assert all(Path(src).parent == path.parent for src, _ in replaced)
    assert list(path.parent.iterdir()) == [path]
    data = json.loads(path.read_text(encoding="utf-8"))
    assert len(data) == 2 and None in data.values()

    again = CachedGeocoder(FakeGeocoder({}, fail=True).geocode, path)
    assert again.geocode("Somewhere").longitude == 37.0
    assert again.geocode("Nowhere") is None


def test_corrupt_cache_is_reported(tmp_path):
    path = tmp_path / "cache.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(RuntimeError, match="cache"):
        CachedGeocoder(FakeGeocoder({}).geocode, path)


class _StubNominatim(BaseHTTPRequestHandler):
    hits: list[dict[str, list[str]]] = []

    def do_GET(self) -> None:  # noqa: N802
        query = parse_qs(urlparse(self.path).query)
        type(self).hits.append(query)
        body = []
        if query.get("q") == ["Stubtown"]:
            body = [
                {
                    "place_id": 7,
                    "osm_type": "node",
                    "osm_id": 42,
                    "lat": "35.1",
                    "lon": "36.7",
                    "display_name": "Stubtown, Hama, Syria",
                    "name": "Stubtown",
                    "addresstype": "village",
                }
            ]
        payload = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def stub_server():
    _StubNominatim.hits = []
    server = HTTPServer(("127.0.0.1", 0), _StubNominatim)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_make_nominatim_against_local_stub(tmp_path, stub_server, gaz):
    online = make_nominatim(
        "strikemap-tests", tmp_path / "n.json", 0.0, domain=stub_server, scheme="http"
    )
    df = geocode_events([event("Stubtown"), event("Stubtown")], gazetteer=gaz, online=online)
    assert df["resolved"].all()
    assert df.loc[0, "place_id"] == "online:node42"
    assert df.loc[0, "latitude"] == 35.1
    assert len(_StubNominatim.hits) == 1  # second lookup served from the cache
    assert _StubNominatim.hits[0]["countrycodes"] == ["sy"]
    assert (tmp_path / "n.json").exists()


def test_make_nominatim_requires_user_agent(tmp_path):
    with pytest.raises(ValueError, match="user_agent"):
        make_nominatim("  ", tmp_path / "n.json")


def test_an_offset_event_lies_at_the_computed_point():
    from dataclasses import replace as _replace
    from datetime import date

    from pyproj import Geod

    from geo.extract import extract_events
    from geo.geocode.geocoders import geocode_events
    from geo.record import Document

    text = "Russian jets destroyed a depot 15 kilometers southwest of the city of Raqqa."
    (ev,) = extract_events(Document("t", "t.txt", text, date(2015, 11, 24)))
    plain = _replace(ev, offset_km=None, offset_bearing=None)
    frame = geocode_events([ev, plain])
    moved, town = frame.iloc[0], frame.iloc[1]
    assert moved["geo_precision"] == "offset"
    az, _, dist = Geod(ellps="WGS84").inv(
        town["longitude"], town["latitude"], moved["longitude"], moved["latitude"]
    )
    assert abs(dist - 15_000) < 1 and abs((az % 360) - 225) < 0.1


def test_a_listed_province_of_the_capital_is_the_governorate_around_it(gaz):
    text = "Jets flew 40 sorties in the provinces of Homs, Damascus and Latakia on Monday."
    found = extract_events(Document("t", "t.txt", text, date(2016, 2, 10)), gaz.find_mentions)
    df = geocode_events(found, gazetteer=gaz)
    assert list(df["admin1"]) == ["Homs", "Rif Dimashq", "Latakia"]
    assert set(df["geo_precision"]) == {"governorate"}


def test_a_divided_citys_side_lies_inside_that_side(gaz, layers):
    # "rebel-held eastern X": the point goes a nominal distance into the side named, so the
    # ground is the side's, not the city centre's; the event stays in the city, coarse.
    import geopandas as gpd

    from geo.control.join import join_control

    def joined(text: str, published: date) -> pd.DataFrame:
        found = extract_events(Document("t", "t.txt", text, published), gaz.find_mentions)
        frame = geocode_events(found, gazetteer=gaz)
        points = gpd.GeoDataFrame(
            frame,
            geometry=gpd.points_from_xy(frame["longitude"], frame["latitude"]),
            crs=4326,
        )
        return join_control(points, layers)

    for text in (
        "Jets pounded rebel-held eastern Aleppo on Monday, killing 12 people, medics said.",
        "Barrel bombs fell on the besieged east of Aleppo on Monday, rescuers said.",
        "Jets hit Aleppo's eastern districts on Monday, the Observatory said.",
    ):
        (row,) = joined(text, date(2016, 10, 11)).itertuples()
        assert (row.place_relation, row.geo_precision) == ("in", "direction"), text
        assert row.longitude > 37.16 and row.controlled_by == "opposition", text
    (row,) = joined("Jets struck western Aleppo on Monday.", date(2016, 10, 11)).itertuples()
    assert row.longitude < 37.12 and row.controlled_by == "regime"
    # The governorate's side keeps its own reading (its countryside, well out of the city),
    # and a town's side is the town.
    text = "Jets struck the eastern Aleppo countryside on Monday."
    (row,) = joined(text, date(2016, 10, 11)).itertuples()
    assert row.offset_km == 20.0 and row.longitude > 37.3
    (row,) = joined("Jets struck eastern Douma on Monday.", date(2016, 10, 11)).itertuples()
    assert row.geo_precision == "town" and pd.isna(row.offset_km)


def test_a_side_without_a_distance_is_located_coarsely():
    # "south of X" and "the western part of X province" name a side, not a
    # distance: the point is put a nominal distance out and says so.
    from datetime import date

    from geo.extract import extract_events
    from geo.geocode.geocoders import geocode_events
    from geo.record import Document

    for text in (
        "Government helicopters dropped barrel bombs on farms south of Hama city on Friday.",
        "Russian jets pounded villages in the western part of Aleppo province on Friday.",
    ):
        found = extract_events(Document("t", "t.txt", text, date(2016, 3, 4)))
        assert [ev.offset_written for ev in found] == [False], text
        frame = geocode_events(found)
        assert list(frame["geo_precision"]) == ["direction"], text
    written = "Jets bombed a depot 12 km south of Hama city on Friday."
    (ev,) = extract_events(Document("t", "t.txt", written, date(2016, 3, 4)))
    assert ev.offset_written and geocode_events([ev]).iloc[0]["geo_precision"] == "offset"
