import multiprocessing

import pytest

from geo import pipeline
from geo.corpus import read_corpus
from geo.gazetteer import load_gazetteer


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="workers need fork"
)
def test_extraction_in_worker_processes_gives_the_same_events(monkeypatch):
    documents = read_corpus("seeds").documents
    gazetteer = load_gazetteer()
    alone = pipeline.extract_all(documents, gazetteer=gazetteer)
    monkeypatch.setattr(pipeline, "MIN_DOCS_PER_WORKER", 1)
    assert pipeline._worker_count(2, len(documents)) == 2
    assert pipeline.extract_all(documents, gazetteer=gazetteer, workers=2) == alone


def test_few_documents_are_extracted_in_process():
    assert pipeline._worker_count(None, pipeline.MIN_DOCS_PER_WORKER - 1) == 1
    assert pipeline._worker_count(1, 10_000) == 1
