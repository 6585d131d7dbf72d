"""Labelled report sets (``tests/data/eval``, ``tests/data/blind``): their tables and events.

Each set is a folder of reports with a manifest and CSV tables of what a reader
labelled in them; the tests score the extractor's events against those tables.
"""

from __future__ import annotations

import csv
from pathlib import Path

from geo.extract import extract_events
from geo.geocode.gazetteer import load_gazetteer
from geo.ingest.corpus import read_corpus
from geo.record import StrikeEvent


def read_rows(folder: Path, name: str) -> list[dict[str, str]]:
    """Return the rows of the set's table ``name`` (a UTF-8 CSV with a header).

    Parameters
    ----------
    folder : Path
        The labelled set.
    name : str
        File name of the table, e.g. ``expected_events.csv``.

    Returns
    -------
    list of dict
    """
    with open(folder / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def extract_folder(folder: Path) -> dict[str, list[StrikeEvent]]:
    """Return the events extracted from each report of a set, with the packaged gazetteer.

    Parameters
    ----------
    folder : Path
        The labelled set; every report in it must be readable.

    Returns
    -------
    dict
        Events per document id, in the corpus' order.
    """
    finder = load_gazetteer().find_mentions
    result = read_corpus(folder)
    assert not result.problems, result.problems
    return {doc.doc_id: extract_events(doc, finder) for doc in result.documents}
