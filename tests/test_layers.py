import json
from datetime import date
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from shapely.geometry import Point, Polygon, box

from geo.control.layers import (
    DEFAULT_CONTROL_DIR,
    ControlLayer,
    date_from_name,
    layer_for_date,
    load_basemap,
    load_layer,
    load_layers,
    validate_layer,
)
from geo.errors import LayerError
from geo.record import FACTIONS

SHIPPED = [p for p in sorted(DEFAULT_CONTROL_DIR.glob("*.geojson")) if date_from_name(p)]
REQUIRED_DATES = {date(2015, 9, 30)}

# (lon, lat) from the OCHA communities list
PLACES = {
    "raqqa": (38.996, 35.964),
    "idlib": (36.635, 35.932),
    "kafranbel": (36.561, 35.613),
    "latamneh": (36.620, 35.321),
    "talbiseh": (36.730, 34.844),
    "latakia": (35.776, 35.513),
    "tartus": (35.895, 34.890),  # 1 km inland of the OCHA point, which lies offshore
    "damascus": (36.291, 33.510),
    "amuda": (40.930, 37.104),
    "kobani": (38.348, 36.891),
    "palmyra": (38.277, 34.557),
    "manbij": (37.952, 36.527),
    "jarabulus": (38.010, 36.819),
    "gaziantep": (37.383, 37.066),
}


@pytest.fixture(scope="module")
def basemap():
    return load_basemap()


def by_date(layers, iso):
    return layer_for_date(layers, date.fromisoformat(iso))


def faction_at(layer, place):
    hits = layer.gdf[layer.gdf.contains(Point(*PLACES[place]))]
    return hits["faction"].iloc[0] if len(hits) else None


def write_layer(path: Path, features: list[dict], **extra) -> Path:
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features, **extra}))
    return path


def feature(faction, geometry) -> dict:
    return {
        "type": "Feature",
        "properties": {"faction": faction},
        "geometry": shapely.geometry.mapping(geometry),
    }


SQUARE_A = box(36.0, 35.0, 36.5, 35.5)
SQUARE_B = box(37.0, 35.0, 37.5, 35.5)


# --- shipped layers -------------------------------------------------------


def test_required_dates_are_shipped(layers):
    assert REQUIRED_DATES <= {layer.date for layer in layers}
    assert [layer.date for layer in layers] == sorted(layer.date for layer in layers)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_layer_is_valid(path):
    layer = load_layer(path)
    assert layer.gdf.crs.to_epsg() == 4326
    assert list(layer.gdf.columns) == ["faction", "geometry"]
    assert set(layer.gdf["faction"]) <= set(FACTIONS)
    assert layer.gdf["faction"].is_unique
    assert layer.gdf.is_valid.all()


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_layer_is_rfc7946(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    assert "crs" not in data
    for feat in data["features"]:
        assert feat["properties"]["date"] == path.stem
        assert feat["properties"]["notes"]
        lon, lat = shapely.get_coordinates(shapely.geometry.shape(feat["geometry"]))[0]
        assert 35 < lon < 43 and 32 < lat < 38  # lon first


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_factions_do_not_overlap_and_cover_syria(path, basemap):
    layer = load_layer(path)
    projected = layer.gdf.to_crs("EPSG:6933")
    geoms = list(projected.geometry)
    for i in range(len(geoms)):
        for j in range(i + 1, len(geoms)):
            assert geoms[i].intersection(geoms[j]).area < 1e4  # m²
    outline = basemap.outline.to_crs("EPSG:6933").union_all()
    union = shapely.union_all(geoms)
    assert outline.difference(union).area / outline.area < 1e-4
    assert union.difference(outline).area / outline.area < 1e-4


def test_raqqa_is_isis_on_every_date(layers):
    for layer in layers:
        assert faction_at(layer, "raqqa") == "isis", layer.date


@pytest.mark.parametrize("place", ["idlib", "kafranbel", "latamneh", "talbiseh"])
def test_opposition_towns_on_2015_10_07(layers, place):
    assert faction_at(by_date(layers, "2015-10-07"), place) == "opposition"


@pytest.mark.parametrize("place", ["latakia", "tartus", "damascus"])
def test_regime_cities_on_every_date(layers, place):
    for layer in layers:
        assert faction_at(layer, place) == "regime", layer.date


@pytest.mark.parametrize("place", ["amuda", "kobani"])
def test_kurdish_towns_on_every_date(layers, place):
    for layer in layers:
        assert faction_at(layer, place) == "kurdish", layer.date


@pytest.mark.parametrize(
    ("iso", "place", "faction"),
    [
        ("2015-10-07", "palmyra", "isis"),
        ("2016-04-01", "palmyra", "regime"),
        ("2016-11-15", "palmyra", "regime"),
        ("2015-10-07", "manbij", "isis"),
        ("2016-11-15", "manbij", "kurdish"),
        ("2015-10-07", "jarabulus", "isis"),
        ("2016-11-15", "jarabulus", "opposition"),
    ],
)
def test_front_moves(layers, iso, place, faction):
    assert faction_at(by_date(layers, iso), place) == faction


def test_turkey_is_outside_every_layer(layers):
    for layer in layers:
        assert faction_at(layer, "gaziantep") is None


# --- basemap ----------------------------------------------------------------


def test_basemap_frames(basemap):
    assert len(basemap.outline) == 1
    assert len(basemap.governorates) == 14
    assert basemap.governorates.is_valid.all()
    assert {"Syria", "Turkey", "Iraq", "Jordan", "Lebanon"} <= set(basemap.neighbours["name"])
    assert len(basemap.cities) >= 25
    assert {"Damascus", "Aleppo", "Raqqa", "Palmyra"} <= set(basemap.cities["name"])
    assert (basemap.cities.geom_type == "Point").all()
    for frame in (basemap.outline, basemap.governorates, basemap.neighbours, basemap.cities):
        assert frame.crs.to_epsg() == 4326


def test_cities_lie_in_syria(basemap):
    outline = basemap.outline.union_all()
    assert basemap.cities.within(outline.buffer(0.01)).all()


# --- validation ---------------------------------------------------------------


def test_valid_handmade_layer_loads(tmp_path):
    path = write_layer(
        tmp_path / "2015-10-07.geojson",
        [feature("isis", SQUARE_B), feature("opposition", SQUARE_A)],
    )
    layer = load_layer(path)
    assert layer.date == date(2015, 10, 7)
    assert sorted(layer.gdf["faction"]) == ["isis", "opposition"]


def test_partial_user_layer_is_accepted(tmp_path):
    path = write_layer(tmp_path / "2016-01-01.geojson", [feature("kurdish", SQUARE_A)])
    assert len(load_layer(path).gdf) == 1


def test_not_json(tmp_path):
    path = tmp_path / "2015-10-07.geojson"
    path.write_text("this is not json {")
    with pytest.raises(LayerError, match="2015-10-07.geojson: not JSON"):
        load_layer(path)


def test_missing_file(tmp_path):
    with pytest.raises(LayerError, match="cannot be read"):
        load_layer(tmp_path / "2015-10-07.geojson")


def test_self_intersecting_bowtie(tmp_path):
    bowtie = Polygon([(36.0, 35.0), (36.5, 35.5), (36.5, 35.0), (36.0, 35.5)])
    path = write_layer(tmp_path / "2015-10-07.geojson", [feature("regime", bowtie)])
    with pytest.raises(LayerError, match=r"2015-10-07.geojson: .*Self-intersection\[36.25 35.25\]"):
        load_layer(path)


def test_overlapping_factions(tmp_path):
    other = box(36.2, 35.2, 36.8, 35.8)
    path = write_layer(
        tmp_path / "2015-10-07.geojson", [feature("isis", SQUARE_A), feature("regime", other)]
    )
    with pytest.raises(LayerError, match="factions 'isis' and 'regime' overlap by"):
        load_layer(path)


def test_the_overlap_is_measured_in_square_kilometres(tmp_path):
    # A 0.1 by 0.1 degree square at 35.5 N is about 101 km².
    other = box(36.4, 35.4, 36.6, 35.6)
    path = write_layer(
        tmp_path / "2015-10-07.geojson", [feature("isis", SQUARE_A), feature("regime", other)]
    )
    with pytest.raises(LayerError, match=r"overlap by 100\.[0-9]{2} km²"):
        load_layer(path)


@pytest.mark.parametrize("noded", ["west", "east"])
def test_a_long_border_noded_on_one_side_only_is_no_overlap(tmp_path, noded):
    # A straight border of some 550 km, with a vertex every 14 km on one side only (as a
    # change drawn against its neighbour leaves it): no overlap, whichever side has them.
    steps = [i / 40 for i in range(1, 40)]
    border = [(36.0 + 5 * s, 34.0 + 3 * s) for s in steps]
    west = Polygon([(36.0, 34.0), *(border if noded == "west" else []), (41.0, 37.0), (36.0, 37.0)])
    east = Polygon(
        [(36.0, 34.0), (41.0, 34.0), (41.0, 37.0), *(border[::-1] if noded == "east" else [])]
    )
    path = write_layer(
        tmp_path / "2015-10-07.geojson", [feature("isis", west), feature("kurdish", east)]
    )
    assert list(load_layer(path).gdf["faction"]) == ["isis", "kurdish"]


def test_unknown_and_duplicate_faction(tmp_path):
    path = write_layer(
        tmp_path / "2015-10-07.geojson",
        [feature("rebels", SQUARE_A), feature("isis", SQUARE_B), feature("isis", SQUARE_B)],
    )
    with pytest.raises(LayerError) as info:
        load_layer(path)
    message = str(info.value)
    assert message.startswith(str(path))
    assert "unknown faction 'rebels'" in message
    assert "duplicate faction 'isis'" in message


def test_missing_faction_property(tmp_path):
    feat = feature("isis", SQUARE_A)
    feat["properties"] = {"name": "somewhere"}
    path = write_layer(tmp_path / "2015-10-07.geojson", [feat])
    with pytest.raises(LayerError, match="missing `faction` property"):
        load_layer(path)


def test_swapped_lat_lon(tmp_path):
    swapped = box(35.0, 36.0, 35.5, 36.5)  # Idlib's square, with lat and lon swapped
    path = write_layer(tmp_path / "2015-10-07.geojson", [feature("isis", swapped)])
    with pytest.raises(LayerError, match="outside Syria's bounds.*longitude, latitude"):
        load_layer(path)


def test_non_wgs84_crs(tmp_path):
    utm = gpd.GeoDataFrame({"faction": ["isis"]}, geometry=[SQUARE_A], crs=4326).to_crs(32637)
    path = tmp_path / "2015-10-07.geojson"
    utm.to_file(path, driver="GeoJSON")
    with pytest.raises(LayerError, match="2015-10-07.geojson: CRS is EPSG:32637"):
        load_layer(path)


def test_point_geometry(tmp_path):
    path = write_layer(tmp_path / "2015-10-07.geojson", [feature("isis", Point(36.5, 35.5))])
    with pytest.raises(LayerError, match="feature 0 is a Point"):
        load_layer(path)


def test_every_problem_reported_at_once(tmp_path):
    bowtie = Polygon([(36.0, 35.0), (36.5, 35.5), (36.5, 35.0), (36.0, 35.5)])
    path = write_layer(
        tmp_path / "2015-10-07.geojson", [feature("rebels", SQUARE_A), feature("isis", bowtie)]
    )
    with pytest.raises(LayerError) as info:
        load_layer(path)
    assert "unknown faction" in str(info.value) and "Self-intersection" in str(info.value)
    assert str(info.value).count("; ") >= 1


def test_validate_layer_directly():
    gdf = gpd.GeoDataFrame({"faction": ["isis"]}, geometry=[SQUARE_A], crs="OGC:CRS84")
    validate_layer(gdf, "ok.geojson")
    with pytest.raises(LayerError, match="bad.geojson"):
        validate_layer(gdf.assign(faction=["nobody"]), "bad.geojson")


def test_load_layers_rejects_misnamed_file(tmp_path):
    write_layer(tmp_path / "october.geojson", [feature("isis", SQUARE_A)])
    with pytest.raises(LayerError, match="YYYY-MM-DD.geojson"):
        load_layers(tmp_path)


def test_load_layers_sorted_from_folder(tmp_path):
    for iso in ("2016-11-15", "2015-10-07"):
        write_layer(tmp_path / f"{iso}.geojson", [feature("isis", SQUARE_A)])
    assert [layer.date.isoformat() for layer in load_layers(tmp_path)] == [
        "2015-10-07",
        "2016-11-15",
    ]


def test_load_layers_empty_folder(tmp_path):
    with pytest.raises(LayerError, match="no YYYY-MM-DD.geojson"):
        load_layers(tmp_path)


def test_date_from_name():
    assert date_from_name("2016-04-01.geojson") == date(2016, 4, 1)
    assert date_from_name("2016-13-01.geojson") is None
    assert date_from_name("x/2016-04-01.json") is None


# --- layer_for_date ---------------------------------------------------------------


def _stub(iso):
    return ControlLayer(date=date.fromisoformat(iso), path=f"{iso}.geojson", gdf=None)


STUBS = [_stub("2016-11-15"), _stub("2015-10-07"), _stub("2016-04-01")]


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (None, "2015-10-07"),
        (date(2014, 1, 1), "2015-10-07"),
        (date(2015, 10, 7), "2015-10-07"),
        (date(2016, 3, 31), "2015-10-07"),
        (date(2016, 4, 1), "2016-04-01"),
        (date(2016, 11, 14), "2016-04-01"),
        (date(2016, 11, 15), "2016-11-15"),
        (date(2020, 1, 1), "2016-11-15"),
    ],
)
def test_layer_for_date(when, expected):
    assert layer_for_date(STUBS, when).date.isoformat() == expected


def test_layer_for_date_needs_layers():
    with pytest.raises(ValueError, match="`layers` is empty"):
        layer_for_date([], date(2016, 1, 1))


def test_validation_of_many_overlapping_features_is_fast_and_its_report_short(tmp_path):
    # 2,000 boxes of one faction, each overlapping its neighbours: one line, capped.
    import time

    n = 2000
    boxes = [box(36 + i * 0.002, 34, 36 + i * 0.002 + 0.01, 34.01) for i in range(n)]
    gdf = gpd.GeoDataFrame({"faction": ["isis"] * n}, geometry=boxes, crs="EPSG:4326")
    started = time.process_time()  # CPU time: not how busy a shared machine is
    with pytest.raises(LayerError) as caught:
        validate_layer(gdf, tmp_path / "many.geojson")
    assert time.process_time() - started < 10
    message = str(caught.value)
    assert "\n" not in message and len(message) < 2000
    assert message.count(";") == 5 and "more problems" in message
