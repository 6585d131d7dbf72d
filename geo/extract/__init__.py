"""Extraction: report text in, strike events with provenance out (no I/O).

The stages live in their own modules: ``sentences`` (sentence spans),
``triggers`` (strike words and their scope), ``roles`` (what a place mention
is in its sentence), ``voices`` (claimants), ``attributes`` (actor, target,
weapon, hints), ``timing`` (the date of a strike sentence, from ``dates``) and
``events`` (the whole report). Vocabularies are data files in ``vocab/``.
"""

from geo.extract.events import extract_events
from geo.extract.sentences import split_sentences
from geo.names import place_key

__all__ = ["extract_events", "place_key", "split_sentences"]
