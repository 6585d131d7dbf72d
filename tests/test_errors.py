"""The error classes survive a pickle round trip (the app caches build results pickled)."""

from __future__ import annotations

import pickle

import pytest

from geo.errors import CorrectionsError, DocumentError, InputError, LayerError


@pytest.mark.parametrize("cls", [InputError, DocumentError, LayerError, CorrectionsError])
def test_errors_pickle_with_their_path_and_problem(cls) -> None:
    error = cls("reports/<b>a</b>.txt", "file is binary, not text")
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is cls
    assert (back.path, back.problem, str(back)) == (error.path, error.problem, str(error))
