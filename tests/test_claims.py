from datetime import date

from events_factory import make_events

from geo.analysis.claims import add_claim_columns, claim_vs_ground, contradiction_counts
from geo.control.join import join_control
from tests.support.timelines import change_row, two_factions


def _joined(rows, layers):
    return add_claim_columns(join_control(make_events(rows), layers), layers)


def test_isis_claim_on_opposition_ground_is_contradicted(layers):
    # Kafranbel (Idlib) was held by the opposition in October 2015.
    out = _joined(
        [
            dict(place_as_written="Kafranbel", longitude=36.561, latitude=35.614,
                 claimant="russian_mod", claimed_target="isis"),
            dict(place_as_written="Raqqa", longitude=39.009, latitude=35.950,
                 claimant="russian_mod", claimed_target="isis"),
            dict(place_as_written="Kafranbel", longitude=36.561, latitude=35.614,
                 claimant="lcc", claimed_target="civilians"),
            dict(place_as_written="Nowhere", claimant="russian_mod", claimed_target="isis",
                 resolved=False),
        ],
        layers,
    )  # fmt: skip
    assert list(out["claim_vs_ground"]) == ["contradicted", "consistent", "no_claim", "unknown"]
    # Kafranbel lies tens of kilometres from the nearest ISIS ground of that layer
    assert out["dist_to_claimed_km"].iloc[0] > 40
    assert out["dist_to_claimed_km"].iloc[1] == 0
    assert out["dist_to_claimed_km"].isna().iloc[2:].all()


def test_rebels_claim_maps_to_opposition(layers):
    out = _joined(
        [
            dict(longitude=36.561, latitude=35.614, claimed_target="rebels",
                 claimant="sana", event_date=date(2015, 10, 7)),
            dict(longitude=36.276, latitude=33.513, claimed_target="rebels",
                 claimant="sana", event_date=date(2015, 10, 7)),
        ],
        layers,
    )  # fmt: skip
    assert list(out["claim_vs_ground"]) == ["consistent", "contradicted"]
    assert out["dist_to_claimed_km"].iloc[1] > 0


def test_verdict_without_layers_uses_columns_only():
    events = make_events(
        [
            dict(claimant="russian_mod", claimed_target="isis", controlled_by="isis"),
            dict(claimant="russian_mod", claimed_target="isis", controlled_by=None),
            dict(claimed_target="unspecified", controlled_by="regime"),
        ]
    )
    assert list(claim_vs_ground(events)) == ["consistent", "unknown", "no_claim"]


def test_a_description_of_the_ground_is_no_claim(layers):
    # "Jets struck rebel-held districts of the city, the reporter wrote": the reporter
    # describes the area; only the party that struck claims a target.
    out = _joined(
        [
            dict(longitude=36.276, latitude=33.513, claimed_target="rebels",
                 claimant="reporter", event_date=date(2015, 10, 7)),
            dict(longitude=36.276, latitude=33.513, claimed_target="rebels",
                 claimant="analysts", event_date=date(2015, 10, 7)),
            dict(longitude=36.276, latitude=33.513, claimed_target="rebels",
                 claimant="russian_mod", event_date=date(2015, 10, 7)),
        ],
        layers,
    )  # fmt: skip
    assert list(out["claim_vs_ground"]) == ["no_claim", "no_claim", "contradicted"]


def test_a_claim_located_to_a_governorate_is_too_coarse_to_score(layers):
    # "Missiles hit ISIS positions in Idlib province": the governorate's centre point
    # says nothing about who held the struck place.
    out = _joined(
        [
            dict(place_as_written="Idlib province", longitude=36.561, latitude=35.614,
                 geo_precision="governorate", claimant="russian_mod", claimed_target="isis"),
            dict(place_as_written="Kafranbel", longitude=36.561, latitude=35.614,
                 geo_precision="town", claimant="russian_mod", claimed_target="isis"),
        ],
        layers,
    )  # fmt: skip
    assert list(out["claim_vs_ground"]) == ["coarse", "contradicted"]
    assert out["dist_to_claimed_km"].iloc[0] > 40


# The two-faction country (ISIS west of longitude 39, the regime east):
# on 2016-03-01 the regime takes the strip between longitudes 38.5 and 39.
def _small_timeline():
    return two_factions(
        [
            change_row(date=date(2016, 3, 1), area="strip", place="the strip",
                       from_faction="isis", to_faction="regime"),
        ]
    )  # fmt: skip


def _claims(points, days, timeline):
    events = make_events(
        [
            dict(place_as_written=f"p{i}", longitude=x, latitude=y, event_date=day,
                 claimant="russian_mod", claimed_target="isis")
            for i, ((x, y), day) in enumerate(zip(points, days, strict=True))
        ]
    )  # fmt: skip
    return add_claim_columns(join_control(events, timeline), timeline)


def test_distance_to_claimed_uses_the_control_of_each_events_day():
    timeline = _small_timeline()
    # Longitude 38.75: ISIS ground before the change, regime ground after it.
    out = _claims([(38.75, 35.5)] * 2, [date(2016, 2, 28), date(2016, 3, 2)], timeline)
    assert list(out["controlled_by"]) == ["isis", "regime"]
    assert out["dist_to_claimed_km"].iloc[0] == 0
    # After the change ISIS ground ends at longitude 38.5: about 22.7 km west.
    assert 22 < out["dist_to_claimed_km"].iloc[1] < 23.5
    assert list(out["claim_vs_ground"]) == ["consistent", "contradicted"]


def test_claim_on_a_front_closer_than_the_accuracy_is_not_contradicted():
    timeline = _small_timeline()
    # 0.3 km east of the new front (accuracy 1 km there), and 20 km east of it.
    out = _claims([(38.5033, 35.5), (38.72, 35.5)], [date(2016, 6, 1)] * 2, timeline)
    assert list(out["controlled_by"]) == ["regime", "regime"]
    assert list(out["control_certainty"]) == ["frontline", "inside"]
    assert list(out["claim_vs_ground"]) == ["near_front", "contradicted"]
    assert contradiction_counts(out) == {
        "contradicted": 1,
        "near_front": 1,
        "without_tolerance": 2,
    }
