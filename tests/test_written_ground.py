"""A divided city named with its holder ("rebel-held X") is struck on that holder's ground."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
import shapely

from geo.control.written import on_written_ground
from geo.extract import extract_events
from geo.extract.ground import written_holder
from geo.pipeline import build_documents
from geo.record import Document


def _holder(text: str, name: str) -> str | None:
    at = text.rindex(name)
    return written_holder(text, at, at + len(name))


@pytest.mark.parametrize(
    ("text", "name", "holder"),
    [
        ("Jets pounded rebel-held Aleppo on Monday.", "Aleppo", "opposition"),
        ("Bombs fell on the opposition-controlled districts of Homs.", "Homs", "opposition"),
        ("Raids hit the rebel-held east of the city of Aleppo.", "Aleppo", "opposition"),
        ("Raids hit rebel areas of Daraa overnight.", "Daraa", "opposition"),
        ("Strikes hit neighbourhoods held by the rebels in Aleppo.", "Aleppo", "opposition"),
        ("Jets struck Aleppo's rebel-held east at dawn.", "Aleppo", "opposition"),
        ("Shells fell on government-held western Aleppo.", "Aleppo", "regime"),
        ("Jets bombed Islamic State-held parts of Deir ez-Zor.", "Deir ez-Zor", "isis"),
        ("Jets bombed IS-held Raqqa.", "Raqqa", "isis"),
        ("Planes hit Kurdish-held districts of Hasakah.", "Hasakah", "kurdish"),
        # No holder named, or one that is not the place's.
        ("Jets pounded Aleppo on Monday.", "Aleppo", None),
        ("Rebels in Aleppo said jets struck the city.", "Aleppo", None),
        ("Jets pounded the besieged east of Aleppo.", "Aleppo", None),
        ("Rebel-held areas were hit, and so was Aleppo.", "Aleppo", None),
    ],
)
def test_the_holder_a_report_names_for_a_place(text, name, holder):
    assert _holder(text, name) == holder


def test_only_a_city_large_enough_to_be_divided_carries_its_holder(gaz):
    def carried(text: str) -> list[str | None]:
        doc = Document("t", "t.txt", text, date(2016, 10, 12))
        return [ev.ground_as_written for ev in extract_events(doc, gaz.find_mentions)]

    assert carried("Russian jets pounded rebel-held Aleppo on Tuesday.") == ["opposition"]
    # A town's point stands for all of it: the layers alone say who held it.
    assert carried("Russian jets pounded the rebel-held town of Saraqeb on Tuesday.") == [None]
    assert carried("Russian jets pounded Aleppo on Tuesday.") == [None]


def _built(text: str, published: date, layers) -> pd.DataFrame:
    doc = Document("t", "t.txt", text, published)
    return build_documents([doc], layers=layers).events


def test_a_strike_on_the_rebel_held_city_lies_on_rebel_ground_until_it_fell(layers):
    text = "Russian jets pounded rebel-held Aleppo on Tuesday, killing 20 people, medics said."
    # The city's point lies on the regime's side of the front; the east was the
    # opposition's from 2012 until its last pocket was emptied on 22 December 2016.
    for published in (date(2015, 11, 4), date(2016, 10, 12), date(2016, 12, 21)):
        (row,) = _built(text, published, layers).itertuples()
        assert row.controlled_by == "opposition", published
        assert row.geo_precision == "direction"
        assert row.place_relation == "in"
    plain = _built("Russian jets pounded Aleppo on Tuesday.", date(2016, 10, 12), layers)
    assert list(plain["controlled_by"]) == ["regime"]
    # A holder with no ground within the city's reach that day: the layers decide, the point stays.
    text = "Russian jets pounded Islamic State-held Aleppo on Tuesday."
    (row,) = _built(text, date(2016, 10, 12), layers).itertuples()
    assert row.ground_as_written == "isis"
    assert (row.controlled_by, row.geo_precision) == ("regime", "town")


def test_a_point_already_on_the_ground_named_stays(layers):
    text = "Rebel shells and Russian jets hit regime-held Aleppo on Tuesday, state media said."
    built = _built(text, date(2016, 10, 12), layers)
    plain = _built("Russian jets hit Aleppo on Tuesday.", date(2016, 10, 12), layers)
    assert list(built["ground_as_written"]) == ["regime"]
    assert list(built["longitude"]) == list(plain["longitude"])
    assert list(built["geo_precision"]) == ["town"]


def test_the_moved_point_lies_inside_the_holders_ground_within_the_citys_reach(layers):
    from geo.control.timeline import Timeline

    text = "Jets struck the opposition-held districts of Homs on Tuesday, activists said."
    built = _built(text, date(2016, 3, 9), layers)
    (row,) = built.itertuples()
    timeline = layers if isinstance(layers, Timeline) else Timeline.from_parts(list(layers))
    state = timeline.at(date(2016, 3, 8)).gdf
    held = state.geometry[state["faction"] == "opposition"].union_all()
    assert held.contains(shapely.Point(row.longitude, row.latitude))
    plain = _built("Jets struck Homs on Tuesday.", date(2016, 3, 9), layers)
    centre = shapely.Point(plain["longitude"].iloc[0], plain["latitude"].iloc[0])
    # Within the reach of 8 km (about 0.08 degrees of longitude at this latitude).
    assert centre.distance(shapely.Point(row.longitude, row.latitude)) < 0.09


def test_an_analysts_correction_is_never_moved(layers):
    text = "Russian jets pounded rebel-held Aleppo on Tuesday."
    frame = _built(text, date(2016, 10, 12), layers)
    plain = _built("Russian jets pounded Aleppo on Tuesday.", date(2016, 10, 12), layers)
    columns = ["longitude", "latitude", "event_date", "geo_precision", "ground_as_written"]
    events = plain.assign(ground_as_written="opposition", corrected=True)[[*columns, "corrected"]]
    events = events.set_geometry(plain.geometry)
    assert on_written_ground(events, layers) is events
    moved = on_written_ground(events.assign(corrected=False), layers)
    assert moved["longitude"].iloc[0] == pytest.approx(frame["longitude"].iloc[0])
    assert moved.geometry.iloc[0].x == pytest.approx(frame["longitude"].iloc[0])


def test_a_held_district_of_a_city_is_the_citys_not_the_provinces(gaz, layers):
    # "the district of X" alone may be the administrative district, but a side holds a
    # city's districts: "the opposition-held district of X" is in the city.
    def level(text: str) -> list[str | None]:
        doc = Document("t", "t.txt", text, date(2016, 3, 11))
        return [ev.place_level for ev in extract_events(doc, gaz.find_mentions)]

    assert level("Warplanes struck the opposition-held district of Homs on Thursday.") == [None]
    assert level("Warplanes struck a rebel-controlled neighbourhood of Hama on Thursday.") == [None]
    assert level("Warplanes struck the district of Homs on Thursday.") == ["governorate"]
    text = "Warplanes struck the opposition-held district of Homs on Thursday, activists said."
    (row,) = _built(text, date(2016, 3, 11), layers).itertuples()
    assert (row.place_name, row.controlled_by) == ("Homs", "opposition")


def test_a_held_city_folds_into_its_districts_struck_that_day_by_the_same_voice(gaz):
    def struck(text: str) -> list[tuple[str, str]]:
        doc = Document("t", "t.txt", text, date(2016, 9, 24))
        return [(e.place_as_written, e.claimant) for e in extract_events(doc, gaz.find_mentions)]

    # The held part is the area the districts lie in: the districts carry the strikes.
    text = (
        "Jets hit a bakery in a rebel-held district of Aleppo on Friday, rescuers said. "
        "The civil defence said the raid struck the Sukkari district on Friday."
    )
    assert [place for place, _ in struck(text)] == ["Sukkari"]
    text = (
        "Warplanes bombed rebel-held parts of Aleppo on Friday, the Observatory said, "
        "hitting the Shaar and Sakhour districts."
    )
    assert sorted(place for place, _ in struck(text)) == ["Sakhour", "Shaar"]
    # Another voice's claim on whose ground was hit stays its own event.
    text = (
        "Bombs hit the Shaar district on Friday, rescuers said. "
        "Russian jets struck only terrorists in rebel-held areas of Aleppo on Friday, "
        "the defence ministry said."
    )
    assert ("Aleppo", "russian_mod") in struck(text)


def test_rows_are_moved_by_position_whatever_their_index(layers):
    # A batch's rows may repeat index labels: only the row naming a holder moves.
    plain = _built("Russian jets pounded Aleppo on Tuesday.", date(2016, 10, 12), layers)
    columns = ["longitude", "latitude", "event_date", "geo_precision"]
    two = pd.concat([plain, plain])[columns].set_geometry(pd.concat([plain, plain]).geometry)
    two = two.assign(ground_as_written=[None, "opposition"])
    assert list(two.index) == [0, 0]
    moved = on_written_ground(two, layers)
    assert list(moved["geo_precision"]) == ["town", "direction"]
    assert moved["longitude"].iloc[0] == two["longitude"].iloc[0]
    assert moved["longitude"].iloc[1] != two["longitude"].iloc[1]
    assert moved.geometry.iloc[1].x == pytest.approx(moved["longitude"].iloc[1])
    assert moved.geometry.iloc[0].x == pytest.approx(two["longitude"].iloc[0])


def test_the_map_says_the_ground_the_report_names(layers):
    import base64
    import json
    import re
    import zlib

    from geo.output import webmap

    text = "Russian jets pounded rebel-held Aleppo on Tuesday. Jets also struck Saraqeb on Tuesday."
    events = webmap.located(_built(text, date(2016, 10, 12), layers))
    popups = {row["place_as_written"]: webmap.popup_html(row) for row in events.to_dict("records")}
    assert "<th>Ground as written</th><td>opposition</td>" in popups["Aleppo"]
    assert "Ground as written" not in popups["Saraqeb"]
    # A map too big for markers carries the column as data for its one popup builder.
    page = webmap.build_map(events, assets="cdn", big_threshold=1).get_root().render()
    blob = re.search(r'StrikemapCanvas\.decode\("([A-Za-z0-9+/=]*)"\)', page).group(1)
    data = json.loads(zlib.decompress(base64.b64decode(blob)).decode("utf-8"))
    assert data["c"]["h"]["v"] == ["opposition"]
    assert 'row("Ground as written", v("h"))' in page
