"""The gazetteer's per-name caches carry nothing of one resolution's context into another."""

from geo.geocode.gazetteer import (
    ABROAD_PATH,
    DEFAULT_GAZETTEER_PATH,
    Gazetteer,
    _read_rows,
)

# Names with namesakes, other spellings or neighbourhoods, each asked in several contexts.
QUERIES = [
    ("Hanano", {"context": ["Aleppo", "Haidaria"]}),
    ("Hanano", {}),
    ("Babbila", {"context": ["Yalda", "Damascus"]}),
    ("Babbila", {"context": ["Saraqeb", "Idlib"]}),
    ("Hara", {"context": ["Jableh", "Latakia"]}),
    ("al-Harra", {"context": ["Tell Mutawwaq", "Daraa"]}),
    ("al Duweir", {"admin1": "Deir Ezzor", "context": ["Mayadin"]}),
    ("al Duweir", {"context": ["Qusayr", "Rastan"]}),
    ("Dweir", {"context": ["Mayadin", "Deir Ezzor"]}),
    ("Dweir", {"city": "Aleppo"}),
    ("al-Fardous", {"context": ["Bustan al-Basha"]}),
    ("Bustan al-Basha", {"context": ["al-Fardous"]}),
    ("Hazzeh", {"context": ["Ain Tarma", "Eastern Ghouta"]}),
    ("M'eizileh", {"admin1": "Deir Ezzor"}),
    ("Latamneh", {"admin1": "Hama", "context": ["Kafr Zita", "Morek"]}),
    ("Idlib province", {"context": ["Saraqeb"]}),
    ("Damascus", {"context": ["Douma", "Harasta"]}),
]


def _fresh() -> Gazetteer:
    return Gazetteer(_read_rows(DEFAULT_GAZETTEER_PATH) + _read_rows(ABROAD_PATH))


def test_resolutions_do_not_depend_on_what_was_resolved_before():
    forward, backward = _fresh(), _fresh()
    first = [forward.resolve(name, **hints) for name, hints in QUERIES * 2]
    last = [backward.resolve(name, **hints) for name, hints in reversed(QUERIES)][::-1]
    assert first[: len(QUERIES)] == first[len(QUERIES) :] == last
