"""Extraction: report text in, strike events with provenance out (no I/O).

The stages live in their own modules: ``sentences`` (sentence spans),
``triggers`` (strike words and their scope), ``roles`` (what a place mention is
in its sentence, with ``levels`` for the level of place a name is,
``references`` for places named only to locate another, ``containers`` for
places written as holding others and ``datelines`` for lines a place opens as a
label, a dateline or a caption), ``voices`` (claimants), ``attributes`` (actor,
target, weapon, hints), ``timing`` (the date of a strike sentence, from
``dates``), ``days`` (days of their own for the places of a sentence) and
``events`` (the whole report; ``unknown_parts`` adds the quarters of a city the
gazetteer does not know, named as the city's, and ``capitals`` "the provincial
capital"). Around a sentence: ``page`` (title lines, datelines, links and
comments), ``headings`` (headings and list items over the strikes below them),
``records`` (entries of fields and rows of tables), ``antecedents`` (the place
a sentence points back at), ``carried`` (the aircraft and voice a sentence goes
on with) and ``sequels`` (what the sentences after a strike add to it). After
the sentences: ``areas`` and ``coarse`` (areas named around finer struck
places) and ``dedupe`` (one event per strike). Vocabularies are data files in
``vocab/``.
"""

from geo.extract.events import extract_events
from geo.extract.sentences import split_sentences
from geo.names import place_key

__all__ = ["extract_events", "place_key", "split_sentences"]
