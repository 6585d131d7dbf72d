import json
import subprocess
import sys

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from geopandas.testing import assert_geodataframe_equal
from pandas.testing import assert_frame_equal

from geo.cli import main
from geo.errors import InputWarning

ACLED_CSV = (
    "event_id_cnty,event_date,latitude,longitude,fatalities\n"
    "SYR1,10 October 2015,35.964,38.996,3\n"  # Raqqa
    "SYR2,20 November 2016,36.527,37.952,0\n"  # Manbij
    "SYR3,10 October 2015,33.510,36.291,1\n"  # Damascus
    "SYR4,10 October 2015,37.066,37.383,0\n"  # Gaziantep, Turkey
)


@pytest.fixture
def acled(tmp_path):
    path = tmp_path / "acled.csv"
    path.write_text(ACLED_CSV, encoding="utf-8")
    return path


def test_join_csv_to_csv(acled, tmp_path, capsys):
    out = tmp_path / "joined.csv"
    assert main(["join", str(acled), "--out", str(out)]) == 0
    table = pd.read_csv(out)
    assert table.columns.tolist() == [
        "event_id_cnty", "event_date", "latitude", "longitude", "fatalities",
        "controlled_by", "control_layer", "dist_to_isis_km", "dist_to_front_km",
        "control_certainty",
    ]  # fmt: skip
    assert table["event_date"].tolist()[:2] == ["2015-10-10", "2016-11-20"]
    assert table["controlled_by"].fillna("none").tolist() == ["isis", "kurdish", "regime", "none"]
    assert table["control_layer"].tolist()[0] == "2015-09-30"
    assert table["dist_to_isis_km"].iloc[0] == 0
    assert "4 points, 3 on ground held by a faction" in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("suffix", [".parquet", ".geojson"])
def test_join_to_geo_formats_and_back(acled, tmp_path, suffix):
    out = tmp_path / f"joined{suffix}"
    assert main(["join", str(acled), "--out", str(out)]) == 0
    frame = gpd.read_parquet(out) if suffix == ".parquet" else gpd.read_file(out)
    assert frame["controlled_by"].fillna("none").tolist() == ["isis", "kurdish", "regime", "none"]
    assert frame.geometry.x.round(3).tolist() == [38.996, 37.952, 36.291, 37.383]
    if suffix == ".geojson":
        assert "crs" not in json.loads(out.read_text(encoding="utf-8"))
    again = tmp_path / "again.csv"
    assert main(["join", str(out), "--out", str(again), "--overwrite"]) == 0
    assert pd.read_csv(again)["controlled_by"].fillna("none").tolist()[:3] == [
        "isis", "kurdish", "regime",
    ]  # fmt: skip


def test_join_dask_engine_matches_pandas(acled, tmp_path):
    pandas_out, dask_out = tmp_path / "p.parquet", tmp_path / "d.parquet"
    assert main(["join", str(acled), "--out", str(pandas_out)]) == 0
    assert main(["join", str(acled), "--out", str(dask_out), "--engine", "dask"]) == 0
    pd.testing.assert_frame_equal(gpd.read_parquet(dask_out), gpd.read_parquet(pandas_out))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--out", "x.txt"], "--out must end in one of .csv, .geojson, .parquet"),
        (["--out", "x.csv", "--scheduler", "tcp://127.0.0.1:1"], "--scheduler needs --engine dask"),
    ],
)
def test_join_usage_errors(acled, tmp_path, capsys, args, message):
    args = [a if not a.startswith("x.") else str(tmp_path / a) for a in args]
    assert main(["join", str(acled), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_join_input_error_is_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("latitude,longitude,event_date\n35.9,abc,someday\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["join", str(bad), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"strikemap: error: {bad}: ")
    assert "`longitude`" in err and "`event_date`" in err and err.count("\n") == 1
    assert not out.exists()


def test_join_does_not_import_the_map_stack(acled, tmp_path):
    code = (
        "import sys; from geo.cli import main; "
        f"main(['join', {str(acled)!r}, '--out', {str(tmp_path / 'o.parquet')!r}]); "
        "print(sorted(m for m in ('folium', 'streamlit', 'branca', 'dask') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize("suffix", [".parquet", ".geojson", ".csv"])
def test_join_output_equals_geodataframe_path(tmp_path, suffix):
    # `strikemap join` skips building Points; its files must match the ones
    # written from read_points + join_control on a GeoDataFrame.
    from geo.control.join import join_control
    from geo.control.layers import load_layers
    from geo.ingest.points import read_points
    from geo.output import export

    rng = np.random.default_rng(2)
    n = 5_000
    rows = ["event_date,latitude,longitude,fatalities"] + [
        f"{d},{la:.4f},{lo:.4f},{f}"
        for d, la, lo, f in zip(
            rng.choice(["10 October 2015", "20 November 2016", ""], n),
            rng.uniform(32.0, 37.6, n),
            rng.uniform(35.0, 42.9, n),
            rng.integers(0, 9, n),
            strict=True,
        )
    ]
    rows[7] = "2016-01-01,,38.1,0"  # a missing coordinate
    src = tmp_path / "points.csv"
    src.write_text("\n".join(rows) + "\n", encoding="utf-8")
    fast, slow = tmp_path / f"fast{suffix}", tmp_path / f"slow{suffix}"
    assert main(["join", str(src), "--out", str(fast)]) == 0
    with pytest.warns(InputWarning, match="points lie outside Syria"):  # the box's corners
        points = read_points(src)
    export.write_table(join_control(points, load_layers()), slow)
    if suffix == ".csv":
        assert fast.read_bytes() == slow.read_bytes()
        return
    read = gpd.read_parquet if suffix == ".parquet" else gpd.read_file
    got, expected = read(fast), read(slow)
    assert got.crs == expected.crs
    assert got.geometry.isna().sum() == 1
    assert_geodataframe_equal(got, expected)


def test_rejoin_replaces_every_column_the_join_adds(acled, tmp_path):
    first, again = tmp_path / "first.csv", tmp_path / "again.csv"
    assert main(["join", str(acled), "--out", str(first)]) == 0
    joined = pd.read_csv(first)
    # A table holding any one column of a join counts as joined before.
    partial = tmp_path / "partial.csv"
    joined.drop(columns=["controlled_by", "control_layer", "dist_to_isis_km"]).to_csv(
        partial, index=False
    )
    assert main(["join", str(partial), "--out", str(tmp_path / "no.csv")]) == 2
    assert main(["join", str(first), "--out", str(again), "--overwrite"]) == 0
    assert_frame_equal(pd.read_csv(again), joined)
