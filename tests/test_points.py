import json
from datetime import datetime

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from shapely.geometry import LineString, Point

from geo.errors import InputError
from geo.ingest.points import parse_dates, read_points

ACLED_CSV = (
    "event_id_cnty,event_date,year,latitude,longitude,fatalities\n"
    "SYR1,07 October 2015,2015,35.6130,36.5610,3\n"
    "SYR2,27 December 2015,2015,35.9640,38.9960,0\n"
    "SYR3,,2016,33.5100,36.2910,1\n"
)


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_acled_csv(tmp_path):
    points = read_points(write(tmp_path, "acled.csv", ACLED_CSV))
    assert list(points.columns) == [
        "event_id_cnty", "event_date", "year", "latitude", "longitude", "fatalities", "geometry"
    ]  # fmt: skip
    assert points.crs.equals("EPSG:4326")
    assert points["event_date"].dtype == "datetime64[s]"
    assert points["event_date"].iloc[0] == pd.Timestamp(2015, 10, 7)
    assert pd.isna(points["event_date"].iloc[2])
    assert points.geometry.iloc[0].equals(Point(36.561, 35.613))
    assert points["fatalities"].tolist() == [3, 0, 1]


def test_aliases_any_case_iso_dates(tmp_path):
    text = "Date,LAT,Lon,note\n2015-10-07,35.6,36.5,a\n2016-04-02T10:00:00,35.9,38.9,b\n"
    points = read_points(write(tmp_path, "p.csv", text))
    assert {"event_date", "latitude", "longitude", "note"} <= set(points.columns)
    assert points["event_date"].tolist() == [pd.Timestamp(2015, 10, 7), pd.Timestamp(2016, 4, 2)]


def test_missing_coordinate_gives_missing_geometry(tmp_path):
    points = read_points(write(tmp_path, "p.csv", "latitude,longitude\n35.6,36.5\n,36.5\n"))
    assert points.geometry.iloc[0] is not None
    assert points.geometry.iloc[1] is None


def test_geojson(tmp_path):
    frame = gpd.GeoDataFrame(
        {"event_date": ["07 October 2015", "2016-11-20"], "name": ["a", "b"]},
        geometry=[Point(36.561, 35.613), Point(37.952, 36.527)],
        crs=4326,
    )
    path = tmp_path / "p.geojson"
    frame.to_file(path, driver="GeoJSON")
    points = read_points(path)
    assert points["event_date"].tolist() == [pd.Timestamp(2015, 10, 7), pd.Timestamp(2016, 11, 20)]
    assert points["longitude"].tolist() == [36.561, 37.952]
    assert points["latitude"].tolist() == [35.613, 36.527]


def test_geoparquet_and_plain_parquet(tmp_path):
    frame = gpd.GeoDataFrame(
        {"event_date": pd.to_datetime(["2015-10-07", "2016-11-20"])},
        geometry=[Point(36.561, 35.613), Point(37.952, 36.527)],
        crs=4326,
    )
    frame.to_parquet(tmp_path / "geo.parquet")
    points = read_points(tmp_path / "geo.parquet")
    assert points["latitude"].tolist() == [35.613, 36.527]
    assert points["event_date"].iloc[1] == pd.Timestamp(2016, 11, 20)

    pd.DataFrame({"lat": [35.6], "lng": [36.5], "date": ["07 October 2015"]}).to_parquet(
        tmp_path / "plain.parquet"
    )
    plain = read_points(tmp_path / "plain.parquet")
    assert plain.geometry.iloc[0].equals(Point(36.5, 35.6))


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        ("p.csv", "event_date,place\n2015-10-07,x\n", "no latitude or longitude column"),
        ("p.csv", "latitude,longitude\n35.6,abc\n", "`longitude`: 1 value(s) are not numbers"),
        ("p.csv", "latitude,longitude\n135.6,36.5\n", "`latitude`: 1 value(s) outside ±90"),
        (
            "p.csv",
            "latitude,longitude,event_date\n35,36,someday\n",
            "are not dates, e.g. 'someday'",
        ),
        ("p.txt", "latitude,longitude\n35,36\n", "extension '.txt' is not one of"),
        ("p.geojson", "{not json", "cannot be read as GeoJSON"),
    ],
)
def test_errors_name_file_and_problem(tmp_path, name, text, problem):
    path = write(tmp_path, name, text)
    with pytest.raises(InputError) as info:
        read_points(path)
    assert str(info.value).startswith(str(path))
    assert problem in info.value.problem
    assert "\n" not in str(info.value)


def test_every_problem_reported_at_once(tmp_path):
    path = write(tmp_path, "p.csv", "latitude,longitude,date\n95,abc,never\n")
    with pytest.raises(InputError) as info:
        read_points(path)
    for part in ("`latitude`", "`longitude`", "`event_date`"):
        assert part in info.value.problem


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_points(tmp_path / "absent.csv")


def test_geojson_with_lines_is_refused(tmp_path):
    path = tmp_path / "lines.geojson"
    gpd.GeoDataFrame(geometry=[LineString([(36, 35), (37, 36)])], crs=4326).to_file(path)
    with pytest.raises(InputError, match="not Points, e.g. feature 0 is a LineString"):
        read_points(path)


def test_geojson_without_geometry_is_refused(tmp_path):
    data = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": None, "properties": {"event_date": "2015-10-07"}}
    ]}  # fmt: skip
    path = write(tmp_path, "empty.geojson", json.dumps(data))
    with pytest.raises(InputError, match="no point geometry"):
        read_points(path)


def test_parse_dates_once_per_distinct_value():
    values = pa.array(["07 October 2015", "7 Oct 2015", "2015-10-07", "", None])
    parsed = parse_dates(values)
    assert parsed.dtype == np.dtype("datetime64[s]")
    assert [p.astype(datetime) for p in parsed[:3]] == [datetime(2015, 10, 7)] * 3
    assert np.isnat(parsed[3]) and np.isnat(parsed[4])
