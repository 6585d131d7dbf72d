"""Find a place: the search over gazetteer names and the strikes at the place found."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from test_app import app, metric  # noqa: F401 - the fixture

from geo.app import places
from geo.geocode.gazetteer import load_gazetteer
from geo.record import Place

TOWN = Place("t1", "Tall Hamra", 35.50, 38.00, "town", admin1="Raqqa", rank=40)
OTHER = Place("t2", "Tell Hamra", 33.00, 36.00, "town", admin1="Homs", rank=10)
GOV = Place("g1", "Raqqa", 35.90, 38.90, "governorate", admin1="Raqqa", rank=60)
HOOD = Place("n1", "Bab Sharqi", 35.52, 38.02, "neighbourhood", city="Tall Hamra", name_ar="باب")


@pytest.fixture(scope="module")
def small() -> places.PlaceIndex:
    aliases = {"t1": ("Tall Hamra", "Tal al-Hamra")}
    return places.place_index([TOWN, OTHER, GOV, HOOD], lambda pid: aliases.get(pid, ()))


def test_any_spelling_finds_the_place_best_ranked_first(small):
    # Both towns fold to the same name: the higher-ranked comes first.
    assert places.find_places(small, "tel hamra") == [TOWN, OTHER]
    assert places.find_places(small, "Tal al-Hamra")[0] == TOWN  # a recorded alias
    assert places.find_places(small, "Raq") == [GOV]  # the start of a name
    assert places.find_places(small, "باب") == [HOOD]  # Arabic
    assert places.find_places(small, "Raqqaa") == [GOV]  # a misspelling
    assert places.find_places(small, "   ") == []
    assert places.find_places(small, "Zzyzx") == []


def test_place_labels_say_what_and_where():
    assert places.place_label(TOWN) == "Tall Hamra, town, Raqqa"
    assert places.place_label(HOOD) == "Bab Sharqi, neighbourhood, Tall Hamra"
    assert places.place_label(GOV) == "Raqqa, governorate"


def test_the_real_gazetteer_finds_towns_by_their_usual_spellings():
    gaz = load_gazetteer()
    index = places.place_index(gaz.places, gaz.names_of)
    for query in ("Aleppo", "Idleb", "Maarat al-Numan", "al-Bab"):
        found = places.find_places(index, query)
        assert found and found[0].precision == "town", query


def events(rows) -> pd.DataFrame:
    return pd.DataFrame(
        rows, columns=["place_id", "admin1", "latitude", "longitude", "event_date", "place_name"]
    )


def test_strikes_at_a_town_its_outskirts_and_a_governorate():
    table = events(
        [
            ("t1", "Raqqa", 35.50, 38.00, date(2015, 10, 9), "Tall Hamra"),
            ("x", "Raqqa", 35.51, 38.01, date(2015, 10, 8), "a farm nearby"),  # 1.4 km
            ("y", "Raqqa", 35.60, 38.00, date(2015, 10, 7), "a village"),  # 11 km
            ("z", "Homs", 34.70, 36.70, date(2015, 10, 7), "Homs"),
            (None, None, None, None, None, "Nowhere"),
        ]
    )
    at_town = places.strikes_at(table, TOWN)
    assert list(at_town["place_name"]) == ["a farm nearby", "Tall Hamra"]  # by date
    assert len(places.strikes_at(table, GOV)) == 3
    assert len(places.strikes_at(table.iloc[0:0], TOWN)) == 0


def test_the_app_zooms_to_the_place_and_lists_its_strikes(app):  # noqa: F811
    app.text_input(key="find_place").set_value("Raqqa").run()
    assert not app.exception
    picked = app.selectbox(key="find_pick")
    assert picked.value is not None
    place = load_gazetteer().get(picked.value)
    lat, lon, zoom = app.session_state["map_view"]
    assert (lat, lon, zoom) == (place.lat, place.lon, places.ZOOM[place.precision])
    listed = next(e for e in app.expander if e.label.startswith("Strikes at"))
    # The fake corpus has one strike at Raqqa (35.95, 39.01), next to the town.
    assert listed.label == f"Strikes at {place.name} in this view: 1"
    assert metric(app, "Reports in view") == "6"  # the search does not filter
