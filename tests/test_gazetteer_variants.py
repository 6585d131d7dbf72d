"""The ways English-language reports write a place name, one family per test.

Each family pairs spellings a report may use with the spelling the table holds
(OCHA's, the map's, a landmark's): both must find the same place, in a sentence
and through :meth:`Gazetteer.resolve` with the governorate named.
"""

from __future__ import annotations

import pytest

from geo.geocode.gazetteer import haversine_km, load_gazetteer

#: family -> (as a report writes it, as the table writes it, governorate)
FAMILIES: dict[str, list[tuple[str, str, str]]] = {
    # OCHA glues the article to an ayn-initial word ("Tal Elasfar").
    "article written apart": [
        ("Tal al-Asfar", "Tal Elasfar", "Hasakah"),
        ("Marj al-Akhdar", "Marj Elakhdar", "Hasakah"),
        ("Qasr al-Abyad", "Qasr Elabyad", "Idlib"),
    ],
    "article dropped or kept": [
        ("Rastan", "Ar-Rastan", "Homs"),
        ("al-Atareb", "Atareb", "Aleppo"),
        ("Ash-Shaddadi", "Shaddadah", "Hasakah"),
    ],
    "opening hamza vowel": [
        ("Ibtaa", "Abtaa", "Daraa"),
        ("Irbin", "Arbin", "Rif Dimashq"),
        ("Inkhel", "Ankhal", "Daraa"),
    ],
    "apostrophe for ayn": [
        ("Kafr 'Uwayd", "Kafr Oweid", "Idlib"),
        ("Ma'arshurin", "Maar Shurin", "Idlib"),
    ],
    "vowels ee/ou/e/a": [
        ("Khan Sheikhoun", "Khan Shaykun", "Idlib"),
        ("Seraqeb", "Saraqab", "Idlib"),
        ("Heritan", "Haritan", "Aleppo"),
    ],
    "endings -eh/-a/-ah/-iyeh": [
        ("Salamiyah", "As-Salamiyeh", "Hama"),
        ("Salamieh", "As-Salamiyeh", "Hama"),
        ("Mhardeh", "Muhradah", "Hama"),
    ],
    "prefixes Deir/Tal/Kafr/Ain/Khirbet": [
        ("Dayr al-Asafir", "Deir Elasafir", "Rif Dimashq"),
        ("Tell Rifaat", "Tall Refaat", "Aleppo"),
        ("Kfar Hamra", "Kafr Hamra", "Aleppo"),
        ("Khirbat Ghazaleh", "Kherbet Ghazala", "Daraa"),
    ],
    "doubled consonants": [
        ("Daraya", "Darayya", "Rif Dimashq"),
        ("Tayyibat al-Imam", "Tiba Elemam", "Hama"),
    ],
    "words run together": [
        ("Kafrnabuda", "Kafr Nabutha", "Hama"),
        ("Deirhafer", "Dayr Hafir", "Aleppo"),
    ],
    # A landmark is written with any generic word of its family.
    "landmark words": [
        ("Jirah airport", "Jirah Airbase", "Aleppo"),
        ("Hama airbase", "Hama Military Airport", "Hama"),
        ("Jafra oilfield", "Jafra oil field", "Deir ez-Zor"),
        ("Sijan oil fields", "Sijan Oil Field", "Deir ez-Zor"),
        ("Mount Al-Rous", "Jabal Al-Rous", "Latakia"),
        ("Ateera hill", "Tall Ateera", "Latakia"),
        ("Al-Hawl camp", "Al-Hawl Refugee Camp", "Hasakah"),
        ("Beit Jin farms", "Mazraet Beit Jin", "Rif Dimashq"),
        ("al-Rukban camp", "Rukban Border Crossing", "Rif Dimashq"),
    ],
    # "Al Mahr oil/gas fields": the map's label offers a choice of one word.
    "a choice of words in the map's label": [
        ("Mahr gas field", "Al Mahr oil fields", "Homs"),
        ("Jihar oil field", "Jihar gas fields", "Homs"),
    ],
    # The map writes other names in parentheses: "Nawarah (Kelez)".
    "other names in the map's parentheses": [
        ("Kelez", "Nawarah", "Latakia"),
        ("Rmelan air base", "Abu Hajar Airport", "Hasakah"),
        ("Qalat Semaan", "Saint Simeon Citadel", "Aleppo"),
    ],
    # Russian copy writes the English "j" as "dzh", French copy as "dj" (spellings.csv).
    "Russian and French letters for j": [
        ("Manbidzh", "Menbij", "Aleppo"),
        ("Dzharablus", "Jarablus", "Aleppo"),
        ("Hadjar al-Aswad", "Hajar Aswad", "Rif Dimashq"),
    ],
    # Turkish copy writes "gh" as "g" ("dag" for "dagh"), and a table may too.
    "g for gh": [
        ("Gandura", "Ghandorah", "Aleppo"),
        ("Kizil Dagh", "Qızıldag", "Latakia"),
    ],
}


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize("family", FAMILIES)
def test_a_spelling_family_resolves_to_the_place_of_the_table_spelling(gaz, family):
    for written, table, admin1 in FAMILIES[family]:
        want = gaz.resolve(table, admin1=admin1)
        got = gaz.resolve(written, admin1=admin1)
        assert want is not None, table
        assert got is not None, written
        assert haversine_km(got.place.lat, got.place.lon, want.place.lat, want.place.lon) <= 5.0


@pytest.mark.parametrize("family", FAMILIES)
def test_a_spelling_family_is_found_whole_in_a_sentence(gaz, family):
    for written, table, admin1 in FAMILIES[family]:
        mentions = gaz.find_mentions(f"Warplanes struck {written} on Monday, activists said.")
        assert [m.surface for m in mentions] == [written]
        want = gaz.resolve(table, admin1=admin1)
        assert want is not None
        assert want.place in mentions[0].candidates


def test_dams_are_places_of_their_own(gaz):
    mentions = gaz.find_mentions("Jets struck near the Tishrin dam and the town of Tishrin.")
    dam, town = (m.candidates[0] for m in mentions)
    assert [m.surface for m in mentions] == ["Tishrin dam", "Tishrin"]
    assert dam != town


def test_a_site_does_not_take_the_name_of_the_town_it_lies_in(gaz):
    # The map labels the hospital "National Hospital (Jisr al-Shughour)": the name in
    # parentheses is the town's, which another row holds.
    res = gaz.resolve("Jisr al-Shughour")
    assert res is not None
    assert res.place.rank > 20
    assert not any("Hospital" in name for name in gaz.names_of(res.place.place_id))
