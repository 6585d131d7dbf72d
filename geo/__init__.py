"""strikemap: map air-strike reports against who held the ground.

The data flow is the package layout::

    ingest -> extract -> geocode -> control (layers, join) -> analysis -> output

with :mod:`geo.pipeline` chaining the stages. The names below are the public
API; they are imported lazily so that ``import geo`` stays cheap (the CLI's
``join`` command never loads folium or the gazetteer).
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Document": "geo.record",
    "StrikeEvent": "geo.record",
    "Place": "geo.record",
    "Mention": "geo.record",
    "read_corpus": "geo.ingest.corpus",
    "parse_document": "geo.ingest.corpus",
    "extract_events": "geo.extract",
    "load_gazetteer": "geo.geocode.gazetteer",
    "OfflineGazetteer": "geo.geocode.gazetteer",
    "geocode_events": "geo.geocode.geocoders",
    "ControlLayer": "geo.control.layers",
    "load_layers": "geo.control.layers",
    "layer_for_date": "geo.control.layers",
    "join_control": "geo.control.join",
    "build": "geo.pipeline",
    "build_documents": "geo.pipeline",
    "BuildResult": "geo.pipeline",
    "build_map": "geo.output.webmap",
    "render_html": "geo.output.webmap",
    "StrikemapError": "geo.errors",
    "InputError": "geo.errors",
    "DocumentError": "geo.errors",
    "LayerError": "geo.errors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    """Import a public name from its module on first use."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'geo' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
