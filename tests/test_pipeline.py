import multiprocessing
import sys
from pathlib import Path

from geo import pipeline
from geo.geocode.gazetteer import load_gazetteer
from geo.ingest.corpus import read_corpus

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CAN_FORK = "fork" in multiprocessing.get_all_start_methods() and sys.version_info < (3, 12)


def test_extraction_in_worker_processes_gives_the_same_events(monkeypatch):
    documents = read_corpus(SEEDS).documents
    gazetteer = load_gazetteer()
    alone = pipeline.extract_all(documents, gazetteer=gazetteer)
    monkeypatch.setattr(pipeline, "MIN_DOCS_PER_WORKER", 1)
    # Where processes cannot be forked safely the build stays in one process.
    assert pipeline._worker_count(2, len(documents)) == (2 if CAN_FORK else 1)
    assert pipeline.extract_all(documents, gazetteer=gazetteer, workers=2) == alone


def test_few_documents_are_extracted_in_process():
    assert pipeline._worker_count(None, pipeline.MIN_DOCS_PER_WORKER - 1) == 1
    assert pipeline._worker_count(1, 10_000) == 1
