"""The examples in the package's docstrings run and give what they show."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "geo"
#: The app's entry script runs the app when imported; it holds no examples.
SKIPPED = {"geo.app.streamlit_app"}
MODULES = sorted(
    name
    for path in PACKAGE.rglob("*.py")
    if ">>> " in path.read_text(encoding="utf-8")
    and (name := ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)) not in SKIPPED
)


def test_modules_with_examples_are_found():
    assert "geo.extract.tables" in MODULES and "geo.analysis.figures" in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0, f"{name} has no example that runs"
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
