from datetime import date

from events_factory import make_events

from geo.analysis.incidents import assign_incidents, incidents_frame


def _events(rows):
    for i, row in enumerate(rows):
        row.setdefault("event_id", f"e{i}")
        row.setdefault("longitude", 36.6)
        row.setdefault("latitude", 35.3)
    return make_events(rows)


def test_same_place_same_day_two_documents_is_one_incident():
    events = _events(
        [
            dict(doc="a", place_id="ocha:C1", place_name="Latamneh", claimant="lcc"),
            dict(
                doc="b",
                place_id="ocha:C1",
                place_name="Latamneh",
                claimant="russian_mod",
                claimed_target="isis",
            ),
            dict(doc="b", place_id="ocha:C2", place_name="Kafr Zita"),
        ]
    )
    events["incident_id"] = assign_incidents(events)
    assert events["incident_id"].iloc[0] == events["incident_id"].iloc[1]
    assert events["incident_id"].iloc[0] != events["incident_id"].iloc[2]
    table = incidents_frame(events)
    latamneh = table.set_index("place_name").loc["Latamneh"]
    assert latamneh["n_sources"] == 2
    assert latamneh["documents"] == "a|b"
    assert latamneh["claims"] == "lcc: unspecified; russian_mod: isis"


def test_one_day_apart_joins_only_when_a_date_is_relative():
    explicit = _events(
        [
            dict(doc="a", place_id="p", event_date=date(2015, 10, 7), date_basis="explicit"),
            dict(doc="b", place_id="p", event_date=date(2015, 10, 8), date_basis="explicit"),
        ]
    )
    ids = assign_incidents(explicit)
    assert ids.iloc[0] != ids.iloc[1]
    relative = _events(
        [
            dict(doc="a", place_id="p", event_date=date(2015, 10, 7), date_basis="explicit"),
            dict(doc="b", place_id="p", event_date=date(2015, 10, 8), date_basis="relative"),
        ]
    )
    ids = assign_incidents(relative)
    assert ids.iloc[0] == ids.iloc[1]
    far = _events(
        [
            dict(doc="a", place_id="p", event_date=date(2015, 10, 7), date_basis="relative"),
            dict(doc="b", place_id="p", event_date=date(2015, 10, 10), date_basis="relative"),
        ]
    )
    ids = assign_incidents(far)
    assert ids.iloc[0] != ids.iloc[1]


def test_ids_are_stable_and_best_location_is_most_precise():
    rows = [
        dict(doc="a", place_id="p", geo_precision="governorate", longitude=36.0, latitude=35.0),
        dict(doc="b", place_id="p", geo_precision="town", longitude=36.5, latitude=35.5),
    ]
    first = assign_incidents(_events([dict(r) for r in rows]))
    again = assign_incidents(_events([dict(r) for r in reversed(rows)]))
    assert set(first) == set(again)
    events = _events([dict(r) for r in rows])
    events["incident_id"] = assign_incidents(events)
    table = incidents_frame(events)
    assert len(table) == 1
    assert table.geometry.iloc[0].x == 36.5
    assert table["geo_precision"].iloc[0] == "town"


def test_unresolved_places_group_by_text():
    events = _events(
        [
            dict(doc="a", place_id=None, place_as_written="Tal Abyad Hill", resolved=False),
            dict(doc="b", place_id=None, place_as_written="tal abyad hill", resolved=False),
        ]
    )
    ids = assign_incidents(events)
    assert ids.iloc[0] == ids.iloc[1]


def test_empty_events():
    events = _events([])
    assert len(assign_incidents(events)) == 0
    assert len(incidents_frame(events.assign(incident_id=[]))) == 0
