"""A governorate's capital is a city of its own, and a city-governorate's parts are the city's."""

from __future__ import annotations

from datetime import date

from geo.extract import extract_events
from geo.geocode.gazetteer import haversine_km
from geo.geocode.geocoders import geocode_events
from geo.record import Document


def _located(text: str, gaz) -> list[tuple[str, float]]:
    """Each event's place and its distance (km) from that place's own gazetteer point."""
    doc = Document("t", "t.txt", text, date(2016, 3, 11))
    frame = geocode_events(extract_events(doc, gaz.find_mentions), gazetteer=gaz)
    out = []
    for row in frame.itertuples():
        own = gaz.resolve(row.place_name)
        out.append(
            (
                row.place_name,
                haversine_km(row.latitude, row.longitude, own.place.lat, own.place.lon),
            )
        )
    return out


def test_a_governorate_capital_is_never_taken_for_a_part_of_the_city_named_before(gaz):
    # A city named as a place of another city ("the X neighbourhood of Y" read loosely)
    # is the city itself when it is a governorate's capital.
    for name, city in (("Homs", "Damascus"), ("Hama", "Aleppo"), ("Idlib", "Aleppo")):
        found = gaz.resolve(name, city=city)
        assert found is not None and found.place.admin1 == name, (name, city)
    text = (
        "Jets struck eastern Damascus on Thursday, activists said.\n\n"
        "Jets pounded the rebel-held neighbourhood of Homs on Thursday."
    )
    assert [name for name, _ in _located(text, gaz)] == ["Damascus", "Homs"]


def test_a_minor_place_named_as_a_part_of_a_city_is_still_in_that_city(gaz):
    # A landmark the table knows only far away, named as a city's part, lies in the city.
    found = gaz.resolve("National Hospital", city="Raqqa")
    assert found is not None and found.place.admin1 == "Raqqa"


def test_a_city_governorates_compass_part_is_the_citys_part(gaz):
    # "southern X" for a governorate that is its city alone (its countryside is a governorate
    # of its own) is the city's south, a few km out; for any other it is the countryside.
    text = "Jets struck southern Damascus and southern Aleppo on Thursday, activists said."
    (damascus, near), (aleppo, far) = _located(text, gaz)
    assert (damascus, aleppo) == ("Damascus", "Aleppo")
    assert 2.0 < near < 5.0
    assert far > 15.0
    ((_, countryside),) = _located(
        "Jets struck the southern Damascus countryside on Thursday.", gaz
    )
    assert countryside > 15.0


def _point_of(text: str, name: str, gaz) -> tuple[float, float]:
    """Where the event of the place written ``name`` was located."""
    doc = Document("t", "t.txt", text, date(2016, 8, 19))
    frame = geocode_events(extract_events(doc, gaz.find_mentions), gazetteer=gaz)
    row = frame[frame.place_as_written == name].iloc[0]
    return row.latitude, row.longitude


def _all_within(texts: tuple[str, ...], name: str, city: str, gaz, km: float = 3.0) -> None:
    """Assert that each text's event at the place written ``name`` lies within ``km`` of a city."""
    town = gaz.resolve(f"{city} city").place
    for text in texts:
        point = _point_of(text, name, gaz)
        assert haversine_km(*point, town.lat, town.lon) < km, text


def test_a_neighbourhood_of_another_city_named_in_a_report_on_one_city_lies_in_that_city(gaz):
    # "Jets bombed Kurdish-held districts of Y city. The strikes hit the X district": X, a
    # neighbourhood the table knows only in another city, lies in Y, the one city the report
    # names, not in the city whose neighbourhood bears the name.
    text = (
        "Government jets bombed Kurdish-held districts of Hasakah city on Friday, the Asayish "
        "said.\n\nThe strikes hit the Kallaseh district, killing four civilians."
    )
    hasakah = gaz.resolve("Hasakah city").place
    assert haversine_km(*_point_of(text, "Kallaseh", gaz), hasakah.lat, hasakah.lon) < 3.0
    # The same district told in a report on its own city stays there.
    own = gaz.resolve("al-Kallaseh", city="Aleppo").place
    aleppo = text.replace("Hasakah city", "Aleppo city")
    assert _point_of(aleppo, "Kallaseh", gaz) == (own.lat, own.lon)
    # A report naming several cities but not the neighbourhood's says nothing of which.
    several = (
        "Jets bombed Idlib city and Hama city on Thursday.\n\n"
        "On Friday the strikes hit the Kallaseh district, killing four civilians."
    )
    assert _point_of(several, "Kallaseh", gaz) == (own.lat, own.lon)


def test_a_well_known_neighbourhood_named_as_a_part_of_another_city_is_that_citys(gaz):
    # A neighbourhood belongs to its own city however well known it is: a part of city Y
    # bearing its name is in Y.
    found = gaz.resolve("al-Kallaseh", city="Hasakah")
    assert found is not None and found.place.admin1 == "Hasakah"
    found = gaz.resolve("al-Kallaseh", city="Aleppo")
    assert found is not None and found.place.city == "Aleppo"


def test_each_part_of_a_list_of_a_citys_parts_lies_in_that_city(gaz):
    # "the A and B neighbourhoods of Y city": A is a part of Y as much as B is, whether or not
    # the table knows B, so a neighbourhood the table knows only in another city lies in Y.
    _all_within(
        (
            "Regime jets bombed the Kallaseh and Qarmouta neighbourhoods of Hasakah city on "
            "Friday.",
            "Regime jets bombed the Kallaseh, Nashwa and Qarmouta districts of Hasakah on Friday.",
        ),
        "Kallaseh",
        "Hasakah",
        gaz,
    )
    # A list of places that are no parts ("A and B, towns near Y") keeps the table's own.
    own = gaz.resolve("al-Kallaseh", city="Aleppo").place
    apart = "Regime jets bombed Kallaseh and Qarmouta near the road to Hasakah on Friday."
    assert _point_of(apart, "Kallaseh", gaz) == (own.lat, own.lon)


def test_a_part_named_of_the_city_lies_in_the_city_the_report_is_about(gaz):
    # "the A and B districts in the city": the city is the one the sentence named before, or
    # the one the report named as a city, not the city whose neighbourhood bears the name.
    _all_within(
        (
            "Regime jets pounded Hasakah city on Friday.\n\n"
            "The strikes hit the Kallaseh and Qarmouta districts in the city, killing six.",
            "Regime jets pounded Hasakah on Friday, hitting the Kallaseh district in the city.",
        ),
        "Kallaseh",
        "Hasakah",
        gaz,
    )
    # "in the city" after a place that is no part ("X, a village near the city") says nothing.
    own = gaz.resolve("al-Kallaseh", city="Aleppo").place
    apart = (
        "Regime jets pounded Hasakah on Friday.\n\n"
        "The strikes also hit Kallaseh, killing six people in the city."
    )
    assert _point_of(apart, "Kallaseh", gaz) == (own.lat, own.lon)


def test_a_part_of_a_city_the_table_does_not_know_is_placed_at_that_city(gaz):
    # "the A and B neighbourhoods of Y city", "Y's A district": A is a quarter of Y though the
    # table knows no A; it is told as struck and placed at Y's own point, a town's precision.
    hasakah = gaz.resolve("Hasakah city").place
    for text, name in (
        (
            "Regime jets bombed the Qarmouta and Zuhour neighbourhoods of Hasakah city on Friday.",
            "Qarmouta",
        ),
        (
            "Regime jets bombed the Qarmouta and Zuhour neighbourhoods of Hasakah city on Friday.",
            "Zuhour",
        ),
        ("Helicopters dropped barrel bombs on Hasakah's Qarmouta district on Friday.", "Qarmouta"),
        ("Jets struck the Qarmouta quarter in the city of Hasakah on Friday.", "Qarmouta"),
    ):
        assert _point_of(text, name, gaz) == (hasakah.lat, hasakah.lon), text
    doc = Document(
        "t", "t.txt", "Jets struck the Qarmouta district of Hasakah on Friday.", date(2016, 8, 19)
    )
    frame = geocode_events(extract_events(doc, gaz.find_mentions), gazetteer=gaz)
    assert list(frame.geo_precision) == ["town"]
    # A capitalised word before a part of a place that is no city, a list the article does not
    # open ("Syrian Regime Bombs Kurdish Districts of X", a headline) or a side's adjective
    # ("the Kurdish-majority neighbourhoods of X") names no quarter.
    for text in (
        "Syrian Regime Bombs Kurdish Districts of Hasakah",
        "Jets bombed the Kurdish-majority neighbourhoods of Hasakah city on Friday.",
        "Jets struck the Qarmouta district of Idlib province on Friday.",
    ):
        doc = Document("t", "t.txt", text, date(2016, 8, 19))
        names = [e.place_as_written for e in extract_events(doc, gaz.find_mentions)]
        assert not {"Qarmouta", "Kurdish", "Kurdish-majority"} & set(names), text


def test_a_known_quarter_of_another_city_named_by_the_citys_possessive_lies_in_that_city(gaz):
    # "Y's A and B districts": A, a neighbourhood the table knows only in another city, is Y's.
    _all_within(
        (
            "Helicopters dropped barrel bombs on Hasakah's Kallaseh and Qarmouta districts on "
            "Friday.",
            "Jets struck Hasakah's Kallaseh district on Friday.",
        ),
        "Kallaseh",
        "Hasakah",
        gaz,
    )
    # A possessive not followed by the quarter's word ("Hasakah's governor said Kallaseh was
    # hit") names no quarter of it.
    own = gaz.resolve("al-Kallaseh", city="Aleppo").place
    apart = "Jets struck Kallaseh on Friday, Hasakah's governor said of the Aleppo raids."
    assert _point_of(apart, "Kallaseh", gaz) == (own.lat, own.lon)


def test_the_provincial_capital_is_placed_at_the_city(gaz):
    # "the provincial capital" of X province is X's city, at its own point.
    text = (
        "Russian jets pounded towns across Idlib province on Wednesday. Eight strikes hit the "
        "provincial capital, killing five civilians."
    )
    idlib = gaz.resolve("Idlib city").place
    assert _point_of(text, "provincial capital", gaz) == (idlib.lat, idlib.lon)
