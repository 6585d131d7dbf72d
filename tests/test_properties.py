"""Property-based tests: extraction, document parsing and the control join on generated input."""

from __future__ import annotations

import functools
import random
from datetime import date

import geopandas as gpd
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.control.join import join_control
from geo.control.layers import load_layers
from geo.errors import DocumentError
from geo.extract import extract_events
from geo.geocode.gazetteer import load_gazetteer
from geo.ingest.corpus import parse_document
from geo.record import Document

SETTINGS = settings(
    deadline=None,
    max_examples=60,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

GAZETTEER = load_gazetteer()
PLACES = [
    "Talbiseh", "Latamneh", "Kafranbel", "Aleppo", "Raqqa", "Idlib", "Homs", "Hama",
    "Douma", "Jisr al-Shughour", "Maarat al-Numan", "Deir ez-Zor", "Palmyra", "al-Bab",
    "Hanano", "Babila", "Daraa", "Rastan", "Tell Abyad", "Manbij", "Ariha", "Saraqib",
]  # fmt: skip
TRIGGERS = [
    "air strikes hit", "Russian jets struck", "warplanes bombed", "barrel bombs fell on",
    "an airstrike on", "raids targeted", "shelling of", "helicopters dropped barrels on",
    "the coalition struck", "bombing in", "missiles hit",
]  # fmt: skip
NOISE = [
    "today", "activists said", ",", ".", "\n", "\n\n", "in", "near", "the", "province",
    "on Tuesday", "(LCC)", "«", "»", "—", "'", '"', "killing 12", "countryside", "#",
    "\u200f", "\u00a0", "é", "حلب", "2015-10-07", "Oct. 7", "Mr.", "U.S.", "...",
]  # fmt: skip


#: The join is slower per example; fewer examples, each with a dozen points.
JOIN_SETTINGS = settings(SETTINGS, max_examples=12)


def document(text: str) -> Document:
    return Document(doc_id="prop", path="prop.txt", text=text, published=date(2015, 10, 7))


def check_spans(text: str) -> None:
    doc = document(text)
    for event in extract_events(doc, GAZETTEER.find_mentions):
        assert 0 <= event.char_start < event.char_end <= len(doc.text)
        assert doc.text[event.char_start : event.char_end] == event.place_as_written


@SETTINGS
@given(st.text(max_size=400))
def test_extraction_never_crashes_on_arbitrary_unicode(text: str) -> None:
    check_spans(text)


words = st.lists(st.sampled_from(PLACES + TRIGGERS + NOISE), max_size=40)
separators = st.lists(st.sampled_from([" ", " ", "  ", "\n", ", ", ". ", "\t", ""]), max_size=40)


@SETTINGS
@given(words, separators)
def test_spans_point_at_the_place_in_mixed_text(parts: list[str], seps: list[str]) -> None:
    text = "".join(p + (seps[i] if i < len(seps) else " ") for i, p in enumerate(parts))
    check_spans(text)


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(TRIGGERS), st.sampled_from(PLACES)), min_size=1))
def test_plain_strike_sentences_are_found_at_their_place(pairs: list[tuple[str, str]]) -> None:
    text = " ".join(f"{trigger} {place} today." for trigger, place in pairs)
    check_spans(text)


@SETTINGS
@given(st.binary(max_size=600))
def test_parse_document_returns_a_document_or_raises_document_error(raw: bytes) -> None:
    try:
        doc = parse_document("x.txt", raw, default_published=date(2015, 10, 7))
    except DocumentError as exc:
        assert "\n" not in exc.problem
    else:
        assert isinstance(doc, Document) and doc.text.strip()


front_matter = st.builds(
    lambda keys, body: "---\n" + "".join(keys) + "---\n" + body,
    st.lists(
        st.one_of(
            st.sampled_from(["published: 2015-10-07\n", "title: x\n", "url: javascript:x\n"]),
            st.text(max_size=30).map(lambda t: t + "\n"),
        ),
        max_size=5,
    ),
    st.text(max_size=100),
)


@SETTINGS
@given(front_matter, st.sampled_from(["utf-8", "utf-16", "latin-1", "utf-8-sig"]))
def test_parse_document_on_near_valid_front_matter(text: str, encoding: str) -> None:
    raw = text.encode(encoding, errors="replace")
    try:
        doc = parse_document("x.txt", raw)
    except DocumentError:
        return
    assert doc.url is None or doc.url.startswith(("http://", "https://"))


# --- the join ---------------------------------------------------------------

LAYERS = load_layers()
#: Points closer than this to a faction boundary (degrees, about 2 km) are not sampled.
EDGE_BAND = 0.02
OUTSIDE_SYRIA = {
    "Turkey (Gaziantep)": (37.38, 37.07),
    "Turkey (Sanliurfa)": (38.79, 37.16),
    "Iraq (Mosul)": (43.13, 36.34),
    "Iraq (Baghdad)": (44.36, 33.31),
    "Lebanon (Beirut)": (35.50, 33.89),
    "Jordan (Amman)": (35.93, 31.95),
    "Mediterranean": (35.20, 35.40),
    "Cyprus": (33.38, 35.17),
}


@functools.cache
def core_of(polygon: shapely.Geometry) -> shapely.Geometry:
    """``polygon`` less a band of EDGE_BAND along its boundary (once per polygon)."""
    core = polygon.buffer(-EDGE_BAND)
    shapely.prepare(core)
    return core


def sample_inside(polygon: shapely.Geometry, rng: random.Random, n: int) -> list[shapely.Point]:
    """Random points inside ``polygon``, at least EDGE_BAND from its boundary."""
    core = core_of(polygon)
    if core.is_empty:
        return []
    xmin, ymin, xmax, ymax = core.bounds
    points: list[shapely.Point] = []
    for _ in range(n * 200):
        point = shapely.Point(rng.uniform(xmin, xmax), rng.uniform(ymin, ymax))
        if core.contains(point):
            points.append(point)
            if len(points) == n:
                break
    return points


#: States sampled for the property: every tenth change day and the last (all 103 take minutes).
SAMPLED_STATES = [*LAYERS[::10], LAYERS[-1]]


@pytest.mark.parametrize("layer", SAMPLED_STATES, ids=lambda layer: layer.date.isoformat())
@JOIN_SETTINGS
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_point_inside_a_faction_polygon_gets_that_faction(layer, seed: int) -> None:
    rng = random.Random(seed)
    points, expected = [], []
    for faction, polygon in zip(layer.gdf["faction"], layer.gdf.geometry, strict=True):
        for point in sample_inside(polygon, rng, 3):
            points.append(point)
            expected.append(faction)
    assert points
    frame = gpd.GeoDataFrame(
        {"event_date": [layer.date] * len(points)}, geometry=points, crs="EPSG:4326"
    )
    joined = join_control(frame, LAYERS)
    assert joined["controlled_by"].tolist() == expected
    # What decided it: the base layer or a change, dated on or before the day.
    assert all(label[:10] <= layer.date.isoformat() for label in joined["control_layer"])


@pytest.mark.parametrize("place", sorted(OUTSIDE_SYRIA))
def test_point_outside_syria_gets_no_faction(place: str) -> None:
    lon, lat = OUTSIDE_SYRIA[place]
    frame = gpd.GeoDataFrame(
        {"event_date": [layer.date for layer in LAYERS]},
        geometry=[shapely.Point(lon, lat)] * len(LAYERS),
        crs="EPSG:4326",
    )
    joined = join_control(frame, LAYERS)
    assert joined["controlled_by"].isna().all(), joined["controlled_by"].tolist()


#: Syria and about 10 km around it: points beyond are outside every layer.
NEAR_SYRIA = shapely.union_all(LAYERS[0].gdf.geometry.to_numpy()).buffer(0.1)
shapely.prepare(NEAR_SYRIA)


@JOIN_SETTINGS
@given(
    st.lists(
        st.tuples(
            st.floats(min_value=25.0, max_value=50.0), st.floats(min_value=25.0, max_value=45.0)
        ),
        min_size=1,
        max_size=20,
    )
)
def test_points_far_outside_syria_get_no_faction(coords: list[tuple[float, float]]) -> None:
    points = [shapely.Point(lon, lat) for lon, lat in coords]
    points = [p for p in points if not NEAR_SYRIA.contains(p)]
    frame = gpd.GeoDataFrame(
        {"event_date": [LAYERS[i % len(LAYERS)].date for i in range(len(points))]},
        geometry=points,
        crs="EPSG:4326",
    )
    assert join_control(frame, LAYERS)["controlled_by"].isna().all()
