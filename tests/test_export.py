import json
import os
import signal
import subprocess
import sys
import textwrap

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest

from geo.output import export


def test_geojson_is_rfc7946(small_events, tmp_path):
    path = export.write_geojson(small_events, tmp_path / "s.geojson")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    assert "crs" not in data
    # unresolved events have no point and stay out of the GeoJSON
    assert len(data["features"]) == 2
    first = data["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [36.56, 35.61]}
    assert first["properties"]["event_date"] == "2015-10-07"
    assert first["properties"]["place_as_written"] == "Kafranbel"


def test_geojson_reads_back_with_geopandas(small_events, tmp_path):
    path = export.write_geojson(small_events, tmp_path / "s.geojson")
    back = gpd.read_file(path)
    assert list(back["place_as_written"]) == ["Kafranbel", "Raqqa"]
    assert back.crs.to_epsg() == 4326


def test_csv_has_coordinates_and_all_events(small_events, tmp_path):
    path = export.write_csv(small_events, tmp_path / "s.csv")
    back = pd.read_csv(path)
    assert len(back) == 3
    assert {"latitude", "longitude"} <= set(back.columns)
    assert "geometry" not in back.columns
    assert back.loc[2, "quote"] == 'Strikes hit "Nowhere" <b>town</b>.'


def test_parquet_round_trip(small_events, tmp_path):
    path = export.write_parquet(small_events, tmp_path / "s.parquet")
    back = gpd.read_parquet(path)
    assert back.crs.to_epsg() == 4326
    assert len(back) == 3
    assert back.geometry.iloc[0].x == pytest.approx(36.56)


def test_failed_write_keeps_previous_file(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("previous")
    with pytest.raises(RuntimeError):
        with export.atomic_path(target) as tmp:
            tmp.write_text("half")
            raise RuntimeError("boom")
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_sigkill_halfway_leaves_previous_output_whole(tmp_path):
    target = tmp_path / "big.txt"
    target.write_text("previous")
    script = textwrap.dedent(
        f"""
        import os, sys
        from geo.output import export
        with export.atomic_path({str(target)!r}) as tmp:
            with open(tmp, "w") as fh:
                fh.write("x" * 100000)
                fh.flush()
                print("writing", flush=True)
                sys.stdin.readline()
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "writing"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdin.close()
    proc.stdout.close()
    assert target.read_text() == "previous"


def test_kml_names_its_layer_not_the_temporary_file(small_events, tmp_path):
    path = export.write_kml(small_events, tmp_path / "s.kml")
    text = path.read_text(encoding="utf-8")
    assert '<Schema name="strikes"' in text and ".tmp" not in text
    assert text.count("</Placemark>") == 2  # located events only


# Building a geometry with a NaN coordinate warns; here it is the point.
@pytest.mark.filterwarnings("ignore:invalid value encountered:RuntimeWarning")
def test_located_mask_drops_missing_empty_and_nan_geometries():
    import shapely

    from geo.output.export import located_mask

    geoms = np.array(
        [
            shapely.Point(36.2, 36.1),
            None,
            shapely.Point(),
            shapely.Point(np.nan, np.nan),
            shapely.LineString([(36.0, 35.0), (np.nan, 35.5), (36.4, 35.9)]),
            shapely.LineString([(36.0, 35.0), (36.4, 35.9)]),
            shapely.Point(37.1, 36.2),
        ],
        dtype=object,
    )
    assert located_mask(geoms).tolist() == [True, False, False, False, False, True, True]
