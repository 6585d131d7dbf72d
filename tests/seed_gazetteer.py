"""A small mention finder built in code for the extraction tests.

It knows every place name written in the five seed reports (struck or not,
Syrian or foreign), so the extraction tests measure the extractor's own
decisions (what was struck, dates, actors, claimants) independently of the
packaged gazetteer's coverage.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from geo.record import Mention, Place

GOVERNORATES = {
    "Aleppo": "Aleppo",
    "Idlib": "Idlib",
    "Idleb": "Idlib",
    "Homs": "Homs",
    "Hama": "Hama",
    "Hamah": "Hama",
    "Damascus": "Damascus",
    "Daraa": "Daraa",
    "Raqqa": "Raqqa",
    "al-Raqqa": "Raqqa",
    "Latakia": "Latakia",
    "Tartus": "Tartus",
}
TOWNS = {
    "Babis": "Aleppo", "al-Atareb": "Aleppo", "Tal Hadya": "Aleppo", "Saraqib": "Idlib",
    "Jabal al-Hass": "Aleppo", "Maarat al-Numan": "Idlib", "Ma’arat al-Nu’man": "Idlib",
    "MAARRAT AL-NUUMAN": "Idlib", "Kansafra": "Idlib", "Kafranbel": "Idlib",
    "Sukayk": "Idlib", "Hayyan": "Aleppo", "Tiba Emam": "Hama", "Douma": "Rif Dimashq",
    "al-Harra": "Daraa", "Tell Mutawwaq": "Daraa", "Latamneh": "Hama", "Latameneh": "Hama",
    "Al Latamneh": "Hama", "Al Lataminah": "Hama", "Palmyra": "Homs", "Deir Hafer": "Aleppo",
    "al-Bab": "Aleppo", "Marea": "Aleppo", "Talbiseh": "Homs", "Morek": "Hama",
    "Habit": "Idlib", "Kafrzita": "Hama", "KAFRZITA": "Hama", "Kafr Zita": "Hama",
    "Darat Azzah": "Aleppo", "Telu-Dakua": "Rif Dimashq", "Rastan": "Homs", "Aqrab": "Hama",
    "Babila": "Idlib", "Marshamsha": "Idlib", "Kafr Nabudah": "Hama", "Al Sayyad": "Hama",
    "Khan Shaykhun": "Idlib", "Alhbit": "Idlib", "Golan Heights": "Quneitra",
}  # fmt: skip
NEIGHBOURHOODS = {
    "Hanano": "Aleppo", "Haidaria": "Aleppo", "Firdous": "Aleppo", "Salhin": "Aleppo",
    "Deir Hafir": "Aleppo", "al-Myassar": "Aleppo", "Rashedeen": "Aleppo",
}  # fmt: skip
#: Places outside Syria, with the country a gazetteer gives them ("XX": a sea or a region
#: of several countries); the whole country "Syria" names no place to strike either.
FOREIGN = {
    "Caspian Sea": "XX", "Mediterranean": "XX", "Brussels": "BE", "Moscow": "RU", "Paris": "FR",
    "Ankara": "TR", "Beirut": "LB", "London": "GB", "Turkey": "TR", "Iraq": "IQ",
    "Lebanon": "LB", "Egypt": "EG", "Europe": "XX", "Jordan": "JO", "Manchester": "GB",
    "Syria": "XX", "Gaziantep": "TR", "Geneva": "CH", "Kiev": "UA", "Munich": "DE",
}  # fmt: skip


def _places() -> dict[str, tuple[Place, ...]]:
    table: dict[str, tuple[Place, ...]] = {}
    for name, gov in GOVERNORATES.items():
        table[name] = (
            Place(f"city:{gov}", gov, 0.0, 0.0, "town", admin1=gov),
            Place(f"gov:{gov}", gov, 0.0, 0.0, "governorate", admin1=gov),
        )
    for name, gov in TOWNS.items():
        table[name] = (Place(f"town:{name}", name, 0.0, 0.0, "town", admin1=gov),)
    for name, city in NEIGHBOURHOODS.items():
        table[name] = (
            Place(f"nb:{name}", name, 0.0, 0.0, "neighbourhood", admin1=city, city=city),
        )
    for name, country in FOREIGN.items():
        table[name] = (Place(f"foreign:{name}", name, 0.0, 0.0, "region", country=country),)
    return table


def make_finder(names: Iterable[str] | None = None) -> Callable[[str], list[Mention]]:
    """Return a finder over the seed place names (or the given subset)."""
    table = _places()
    if names is not None:
        table = {n: table.get(n, ()) for n in names}
    ordered = sorted(table, key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ordered)
    pattern = re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w’'])")

    def find(text: str) -> list[Mention]:
        return [
            Mention(m.start(), m.end(), m.group(), table[re.sub(r"\s+", " ", m.group())])
            for m in pattern.finditer(text)
        ]

    return find
