"""Uploads are built in a worker process with a time limit."""

from __future__ import annotations

import time
from datetime import date

import pytest

from geo.app.worker import UploadTimeoutError, build_in_worker
from geo.pipeline import build_documents
from geo.record import Document

DOCS = [
    Document("upload/a", "a.txt", "Russian jets struck Talbiseh today.", date(2015, 10, 7)),
    Document("upload/b", "b.txt", "Warplanes bombed Rastan on Tuesday.", date(2015, 10, 8)),
]


def test_worker_builds_what_the_pipeline_builds():
    here = build_documents(DOCS)
    there = build_in_worker(DOCS, timeout=120)
    assert list(there.events["place_as_written"]) == list(here.events["place_as_written"])
    assert list(there.events["controlled_by"]) == list(here.events["controlled_by"])


def test_a_build_past_its_limit_is_stopped_with_a_message():
    started = time.monotonic()
    with pytest.raises(UploadTimeoutError, match="took longer than 0.01 s"):
        build_in_worker(DOCS, timeout=0.01)
    assert time.monotonic() - started < 10  # the caller is not held until the build ends
