"""`strikemap build --engine dask`: the same events as the local engine."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from geopandas.testing import assert_geodataframe_equal

from bench import synth
from geo.build.batches import chunk
from geo.cli import main
from geo.pipeline import build
from geo.resources import seeds_dir
from tests.support.cluster import local_cluster

pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    """Two in-process workers."""
    with local_cluster(2) as local:
        yield local


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """Two hundred short generated reports: many batches, some without events."""
    folder = tmp_path_factory.mktemp("generated")
    synth.write_corpus(folder, 60, doc_bytes=900, seed=13)
    return folder


def _same(got, expected):
    assert_geodataframe_equal(got.events, expected.events)
    pd.testing.assert_frame_equal(got.unresolved, expected.unresolved)
    assert got.summary() == expected.summary()
    assert [d.doc_id for d in got.documents] == [d.doc_id for d in expected.documents]


def test_dask_build_equals_local_on_the_seeds(cluster):
    expected = build(seeds_dir())
    got = build(seeds_dir(), engine="dask", scheduler=cluster.scheduler_address, batch_docs=2)
    assert len(got.events) > 20
    _same(got, expected)


def test_dask_build_equals_local_on_generated_reports(cluster, generated):
    expected = build(generated)
    got = build(generated, engine="dask", scheduler=cluster.scheduler_address, batch_docs=9)
    assert len(got.events) > 100  # enough events over 60 reports for several batches
    assert got.events["event_id"].is_unique
    _same(got, expected)


def test_dask_build_keeps_unreadable_reports_as_problems(cluster, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for doc in sorted(seeds_dir().glob("*.txt"))[:2]:
        (corpus / doc.name).write_bytes(doc.read_bytes())
    (corpus / "manifest.csv").write_bytes((seeds_dir() / "manifest.csv").read_bytes())
    (corpus / "zz_empty.txt").write_bytes(b"")
    expected = build(corpus)
    got = build(corpus, engine="dask", scheduler=cluster.scheduler_address, batch_docs=1)
    _same(got, expected)
    assert [str(p) for p in got.problems] == [str(p) for p in expected.problems]
    assert len(got.problems) == 1


def test_cli_build_on_a_scheduler_writes_the_local_outputs(cluster, tmp_path):
    local, dask_out = tmp_path / "local", tmp_path / "dask"
    assert main(["build", str(seeds_dir()), "--out", str(local), "-q"]) == 0
    address = cluster.scheduler_address
    args = ["build", str(seeds_dir()), "--out", str(dask_out), "-q", "--engine", "dask"]
    assert main([*args, "--scheduler", address]) == 0
    for name in ("strikes.geojson", "strikes.csv", "incidents.geojson", "unresolved.csv"):
        assert (dask_out / name).read_bytes() == (local / name).read_bytes(), name
    features = json.loads((dask_out / "strikes.geojson").read_text())["features"]
    assert len(features) > 20


def test_scheduler_needs_the_dask_engine(tmp_path, capsys):
    args = ["build", str(seeds_dir()), "--out", str(tmp_path / "o"), "--scheduler", "x"]
    assert main(args) == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_chunk_cuts_in_order():
    assert chunk(list(range(7)), 3) == [[0, 1, 2], [3, 4, 5], [6]]
    with pytest.raises(ValueError):
        chunk([1], 0)
