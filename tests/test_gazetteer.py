import csv

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geo.geocode.gazetteer import (
    DEFAULT_GAZETTEER_PATH,
    Gazetteer,
    OfflineGazetteer,
    Resolution,
    canonical_admin1,
    haversine_km,
    load_gazetteer,
    normalize,
    skeleton,
)
from geo.names import APOSTROPHES, DASHES, plain_typography
from geo.record import GEO_PRECISIONS, Mention

# Hand-checked against OCHA communities / Wikipedia map points (decimal degrees).
LATAMNEH = (35.32, 36.62)
KAFRANBEL = (35.61, 36.56)
ALEPPO_HANANO = (36.228, 37.203)

TRANSLITERATIONS = [
    ("Latamneh", "Al-Lataminah", "Latameneh"),
    ("Kafr Zita", "Kafr Zeita", "Kafrzita"),
    ("Habit", "Hbit", "Alhbit"),
    ("Maarat al-Numan", "Ma'arrat al-Nu'man", "MAARRAT AL-NUUMAN"),
    ("Darat Azzah", "Daret Azza"),
    ("Palmyra", "Tadmor"),
    ("Deir Hafer", "Dayr Hafir"),
    ("Marshamsha", "Maar Shamsheh"),
    ("Kafranbel", "Kafr Nabl"),
    ("Talbiseh", "Talbisa"),
]


def near(place, latlon, km=3.0) -> bool:
    return haversine_km(place.lat, place.lon, *latlon) <= km


# -- normalisation ----------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ma'arrat al-Nu'man", "MAARRAT AL-NUUMAN"),
        ("Ma’arat al-Nu’man", "Maarat al-Numan"),
        ("Kafr Zeita", "Kafr Zita"),
        ("Kfar Zita", "Kafr Zita"),
        ("Kafrzita", "Kafrzeita"),
        ("Tell Rifaat", "Tal Rifaat"),
        ("Deir Hafer", "Dayr Hafir"),
        ("Jebel al-Akrad", "Jabal Akrad"),
        ("Ein Issa", "Ayn Issa"),
        ("Talbiseh", "Talbisa"),
        ("al-Haydariyah", "Haidaria"),
        ("Khirbet Ghazaleh", "Khirbat Ghazala"),
        ("ar-Rastan", "Rastan"),
    ],
)
def test_normalize_folds_spelling_variants(a, b):
    assert normalize(a) == normalize(b)


def test_normalize_keeps_distinct_names_apart():
    assert normalize("Hama") != normalize("Homs")
    assert normalize("Idlib") != normalize("Daraa")


def test_normalize_does_not_strip_a_lone_article():
    assert normalize("Al") == "al"
    assert normalize("") == ""


@pytest.mark.parametrize("group", TRANSLITERATIONS, ids=lambda g: g[0])
def test_skeleton_or_gazetteer_joins_transliterations(gaz, group):
    ids = {gaz.resolve(name).place.place_id for name in group}
    assert len(ids) == 1, ids


def test_arabic_skeleton_matches_latin():
    assert skeleton("كفر نبل") == skeleton("Kafr Nabl") == skeleton("Kafranbel")
    assert skeleton("معرة النعمان") == skeleton("Maarat al-Numan")
    assert skeleton("دارة عزة") == skeleton("Darat Azzah")
    assert skeleton("حماة") == skeleton("Hama")


def test_canonical_admin1_spellings():
    assert canonical_admin1("Idleb") == "Idlib"
    assert canonical_admin1("Idlib province") == "Idlib"
    assert canonical_admin1("Dar'a") == "Daraa"
    assert canonical_admin1("Rural Damascus") == "Rif Dimashq"
    assert canonical_admin1("Dayr az-Zawr") == "Deir ez-Zor"
    assert canonical_admin1("Al-Hasakeh") == "Hasakah"
    assert canonical_admin1("Kafranbel") is None
    assert canonical_admin1(None) is None


# -- loading ----------------------------------------------------------------


def test_load_is_cached(gaz):
    assert load_gazetteer() is gaz
    assert load_gazetteer(DEFAULT_GAZETTEER_PATH) is gaz
    with DEFAULT_GAZETTEER_PATH.open(encoding="utf-8", newline="") as handle:
        fresh = Gazetteer(csv.DictReader(handle))
    # The packaged table also holds the places abroad, known by their country.
    abroad = [p for p in gaz.places if p.country != "SY"]
    assert abroad and len(fresh.places) + len(abroad) == len(gaz.places)


def test_table_is_modest_and_well_formed(gaz):
    assert DEFAULT_GAZETTEER_PATH.stat().st_size < 3_000_000
    assert len(gaz) > 9000
    ids = [p.place_id for p in gaz.places]
    assert len(ids) == len(set(ids))
    for place in gaz.places:
        assert place.precision in GEO_PRECISIONS
        if place.country == "SY":
            assert 32.0 < place.lat < 37.5 and 35.5 < place.lon < 42.5, place


def test_every_governorate_present(gaz):
    govs = {p.admin1 for p in gaz.places if p.precision == "governorate" and p.country == "SY"}
    assert len(govs) == 14
    assert {"Idlib", "Hama", "Rif Dimashq", "Deir ez-Zor"} <= govs


# -- resolve ----------------------------------------------------------------


def test_latamneh_is_in_hama(gaz):
    res = gaz.resolve("Latamneh")
    assert isinstance(res, Resolution)
    assert res.place.admin1 == "Hama"
    assert near(res.place, LATAMNEH)
    assert res.score == 100.0


def test_kafranbel_is_in_idlib(gaz):
    res = gaz.resolve("Kafranbel")
    assert res.place.admin1 == "Idlib"
    assert near(res.place, KAFRANBEL)


def test_skeleton_match_scores_below_exact(gaz):
    res = gaz.resolve("Ltamneh")
    assert res is not None
    assert res.score == 90.0
    assert any(near(p, LATAMNEH) for p in (res.place, *res.alternatives))


def test_arabic_query(gaz):
    res = gaz.resolve("كفر نبل")
    assert near(res.place, KAFRANBEL)
    assert res.score == 88.0


def test_fuzzy_match_for_a_typo(gaz):
    res = gaz.resolve("Kansafrra town")
    assert res is None or res.score <= 85.0
    res = gaz.resolve("Maarat al-Numaan")
    assert res is not None and res.place.admin1 == "Idlib"


@pytest.mark.parametrize("name", ["Xyzzyqwv", "Brussels", "", "   "])
def test_unresolvable_names_return_none(gaz, name):
    assert gaz.resolve(name) is None


def test_hanano_needs_the_city(gaz):
    plain = gaz.resolve("Hanano")
    with_city = gaz.resolve("Hanano", city="Aleppo")
    in_context = gaz.resolve("Hanano", context=["Aleppo", "Haidaria"])
    assert plain.place.admin1 == "Raqqa"
    for res in (with_city, in_context):
        assert res.place.precision == "neighbourhood"
        assert res.place.city == "Aleppo"
        assert near(res.place, ALEPPO_HANANO, km=1.0)
        assert res.by_context
    assert plain.place in with_city.alternatives


def test_babila_idlib_vs_damascus(gaz):
    idlib = gaz.resolve("Babila", admin1="Idlib")
    damascus = gaz.resolve("Babbila", context=["Yalda", "Damascus"])
    assert idlib.place.admin1 == "Idlib"
    assert damascus.place.admin1 == "Rif Dimashq"
    assert idlib.by_context and damascus.by_context


def test_harra_daraa_vs_hara_latakia(gaz):
    assert gaz.resolve("al-Harra", admin1="Daraa").place.admin1 == "Daraa"
    assert gaz.resolve("Hara", admin1="Latakia").place.admin1 == "Latakia"
    assert gaz.resolve("Hara", context=["Jableh", "Latakia"]).place.admin1 == "Latakia"
    assert gaz.resolve("al-Harra", context=["Tell Mutawwaq", "Daraa"]).place.admin1 == "Daraa"


@pytest.mark.parametrize(
    ("name", "precision"),
    [
        ("Hama", "town"),
        ("HAMA", "town"),
        ("Hama province", "governorate"),
        ("Hama Governorate", "governorate"),
        ("Hama countryside", "governorate"),
        ("the northern countryside of Hama", "governorate"),
        ("Idlib province", "governorate"),
        ("Rural Damascus", "governorate"),
        ("Aleppo city", "town"),
    ],
)
def test_governorate_versus_capital(gaz, name, precision):
    res = gaz.resolve(name)
    assert res.place.precision == precision


def test_regions_resolve_with_region_precision(gaz):
    for name in (
        "Ghab plain",
        "Eastern Ghouta",
        "Jabal al-Zawiya",
        "Qalamoun",
        "Jabal al-Hass",
        "Wadi Barada",
        "Barada valley",
    ):
        res = gaz.resolve(name)
        assert res.place.precision == "region", name
        assert res.place.admin1 is not None


def test_the_valley_of_the_river_lies_among_its_villages(gaz):
    valley = gaz.resolve("Wadi Barada").place
    spring = gaz.resolve("Ain al-Fijeh").place
    assert valley.admin1 == spring.admin1 == "Rif Dimashq"
    assert abs(valley.lat - spring.lat) < 0.1 and abs(valley.lon - spring.lon) < 0.1


def test_a_press_spelling_of_a_mountain_town_resolves(gaz):
    assert gaz.resolve("Sergaya").place.name == gaz.resolve("Serghaya").place.name == "Sarghaya"


def test_air_base_aliases(gaz):
    res = gaz.resolve("Hmeimim airbase")
    assert res.place.admin1 == "Latakia"
    assert gaz.resolve("Kuweires airbase").place.admin1 == "Aleppo"


@pytest.mark.parametrize(
    ("kurdish", "usual"),
    [
        ("Minbic", "Manbij"),
        ("Kobanê", "Ain al-Arab"),
        ("Qamişlo", "Qamishli"),
        ("Cerablus", "Jarablus"),
        ("Efrîn", "Afrin"),
        ("Serêkaniyê", "Ras al-Ain"),
        ("Girê Spî", "Tell Abiad"),
        ("Dêrik", "al-Malikiyah"),
        ("Til Temir", "Tal Tamer"),
        ("Reqa", "Raqqa"),
    ],
)
def test_kurdish_spellings_name_the_same_town(gaz, kurdish, usual):
    got, want = gaz.resolve(kurdish), gaz.resolve(usual)
    assert got is not None and want is not None
    assert got.place.place_id == want.place.place_id


# -- find_mentions ----------------------------------------------------------

SEED = (
    "The LCC report bombs on the Hanano and Haidaria neighborhoods, and on the western "
    "suburbs of Babis and al-Atareb. Missiles struck Tal Hadya and Saraqib, and Jabal "
    "al-Hass. Cluster bombs hit Maarat al-Numan, Kansafra and Kafranbel in Idlib province."
)


def surfaces(mentions: list[Mention]) -> list[str]:
    return [m.surface for m in mentions]


def test_find_mentions_in_seed_sentence(gaz):
    found = surfaces(gaz.find_mentions(SEED))
    assert found == [
        "Hanano",
        "Haidaria",
        "Babis",
        "al-Atareb",
        "Tal Hadya",
        "Saraqib",
        "Jabal al-Hass",
        "Maarat al-Numan",
        "Kansafra",
        "Kafranbel",
        "Idlib province",
    ]


def test_mentions_index_the_text(gaz):
    for m in gaz.find_mentions(SEED):
        assert SEED[m.start : m.end] == m.surface
        assert m.candidates


def test_mention_candidates_best_first(gaz):
    (hama,) = gaz.find_mentions("Strikes near Hama.")
    assert hama.candidates[0].precision == "town"
    assert hama.candidates[0].admin1 == "Hama"
    (prov,) = gaz.find_mentions("Strikes in Hama Province.")
    assert prov.surface == "Hama Province"
    assert [p.precision for p in prov.candidates] == ["governorate"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets struck Latamneh, Kafr Zita, Habit and Darat Azzah.",
        "A row of strikes on Kafrzita and KAFRZITA.",
        "Photo: Ma’arat al-Nu’man and Marshamsha, then Palmyra and Rastan.",
    ],
)
def test_news_spellings_are_found(gaz, text):
    assert len(gaz.find_mentions(text)) >= 2


def test_seed_places_found(gaz):
    text = (
        "Sukayk, Talbiseh, Latamneh, Kafr Zita, Habit, Darat Azzah, Marshamsha, Palmyra, "
        "Rastan, Aleppo, Idlib, Hama, Homs, Daraa, Latakia, Raqqa, Deir ez-Zor."
    )
    found = surfaces(gaz.find_mentions(text))
    assert len(found) == 17, found


@pytest.mark.parametrize(
    "text",
    [
        "What We Know So Far: the state has no plan.",
        "Tell me more. Has the army left? Big news from Omar and Sheikh.",
        "the town of tal hara omar sheikh was quiet",
        "SANA said so, and Maria Zakharova rejected it.",
        "Hassan Haj Ali told Reuters on Wednesday.",
        "It was Hell, a doctor said, back in Toulon.",
        "- Monitors and rescuers say dozens were killed.",
        "The raids came on Thurs., Oct. 8, and again on Tues.",
    ],
)
def test_no_flood_on_common_words(gaz, text):
    assert gaz.find_mentions(text) == []


def test_places_abroad_are_found_as_foreign_and_never_located(gaz):
    found = gaz.find_mentions("NATO ministers met in Brussels and Moscow.")
    assert [(m.surface, m.candidates[0].country) for m in found] == [
        ("Brussels", "BE"),
        ("Moscow", "RU"),
    ]
    assert gaz.resolve("Moscow") is None


def test_a_place_before_said_is_a_place_after_a_preposition(gaz):
    # "said" after a name marks a person, not after "in X" or "from X".
    text = "Medics in Kafr Zita said two died; a man from Saraqeb told reporters more."
    assert surfaces(gaz.find_mentions(text)) == ["Kafr Zita", "Saraqeb"]


def test_mentions_do_not_overlap_and_prefer_longest(gaz):
    ms = gaz.find_mentions("Strikes on Tell Mutawwaq and Palmyra Airport today.")
    assert surfaces(ms) == ["Tell Mutawwaq", "Palmyra Airport"]
    ends = [m.end for m in ms]
    starts = [m.start for m in ms]
    assert all(e <= s for e, s in zip(ends, starts[1:], strict=False))


def test_words_separated_by_other_words_do_not_join(gaz):
    found = gaz.find_mentions("Kafr and Zita")
    assert all(m.surface != "Kafr and Zita" and m.start > 0 for m in found)
    assert surfaces(gaz.find_mentions("Kafr Zita")) == ["Kafr Zita"]


# -- geopy subclass ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "precision"),
    [
        ("air strikes in the province of Hama in the West", "province of Hama", "governorate"),
        ("nearby areas in the neighbouring province of Idlib", "province of Idlib", "governorate"),
        ("in the northern countryside of Hama", "countryside of Hama", "governorate"),
        ("destroyed in Deir Hafer and al-Bab in Aleppo province", "al-Bab", "town"),
        ("an Islamic State position at Telu-Dakua", "Telu-Dakua", "town"),
        ("jets struck the town of Menagh, by the airbase", "Menagh", "town"),
    ],
)
def test_designators_articles_and_aliases_are_found(gaz, text, surface, precision):
    found = {m.surface: m for m in gaz.find_mentions(text)}
    assert surface in found
    res = gaz.resolve(surface)
    assert res is not None and res.place.precision == precision


def test_a_rejected_long_match_leaves_the_name_inside(gaz):
    # "province of Hama" written in lowercase is still a mention; "Bab" alone is not.
    assert [m.surface for m in gaz.find_mentions("the Bab crossing")] == []
    surfaces = [m.surface for m in gaz.find_mentions("the province of Hama and Homs")]
    assert surfaces == ["province of Hama", "Homs"]


def test_offline_gazetteer_is_a_geopy_geocoder(gaz):
    geocoder = OfflineGazetteer(gaz)
    assert isinstance(geocoder, Geocoder)
    loc = geocoder.geocode("Latamneh")
    assert isinstance(loc, Location)
    assert (round(loc.latitude, 2), round(loc.longitude, 2)) == LATAMNEH
    assert loc.raw["precision"] == "town"
    assert loc.raw["admin1"] == "Hama"
    assert loc.raw["score"] == 100.0
    assert loc.raw["place_id"].startswith("ocha:")
    assert "Syria" in loc.address


def test_offline_gazetteer_alternatives_and_hints(gaz):
    geocoder = OfflineGazetteer(gaz)
    locs = geocoder.geocode("Hanano", exactly_one=False, city="Aleppo")
    assert isinstance(locs, list) and len(locs) >= 2
    assert locs[0].raw["city"] == "Aleppo"
    assert geocoder.geocode("Xyzzyqwv") is None
    with pytest.raises(TypeError, match="query"):
        geocoder.geocode(42)


def test_opening_vowel_and_short_names_with_article():
    # Bidama / Bdama: a vowel written between the two opening consonants.
    assert normalize("Bidama") == normalize("Bdama")
    # A three-letter name counts when written with its article.
    assert normalize("al-Tah") == normalize("Tah")


# Spellings the table lacks, found by consonant skeleton and a close rapidfuzz score.
SKELETON_SPELLINGS = [
    ("Jets raided the village of Kfernaha at dawn.", "Kfernaha", "Kafr Naha"),
    ("Two markets in Orm al-Kubra were hit.", "Orm al-Kubra", "Urum al-Kubra"),
    ("Warplanes bombed #Maarat_Noaman again.", "Maarat_Noaman", "Ma'arrat An Nu'man"),
    ("Shells fell on Al-Khfseh overnight.", "Al-Khfseh", "Al-Khafsa"),
    ("The raids reached Khan Touman and beyond.", "Khan Touman", "Khantuman"),
]


@pytest.mark.parametrize(("text", "surface", "name"), SKELETON_SPELLINGS)
def test_unlisted_spellings_are_found_by_skeleton(gaz, text, surface, name):
    mentions = gaz.find_mentions(text)
    assert [m.surface for m in mentions] == [surface]
    assert mentions[0].candidates[0].name == name


@pytest.mark.parametrize(
    "text",
    [
        "Barack Obama spoke to reporters.",
        "Twenty people were wounded.",
        "It was late. Smoke rose over the hills.",
        "The agency wrote SyriaIn a statement.",
    ],
)
def test_skeleton_fallback_skips_people_numbers_and_glued_words(gaz, text):
    assert gaz.find_mentions(text) == []


@pytest.mark.parametrize("mark", ["'", "\u2019"])
def test_a_possessive_is_no_part_of_a_name_s_spelling(gaz, mark):
    # "Douma's market": the name is "Douma", a spelling of the table; with its "'s" the
    # word's skeleton ("Dumas") would be close to another village's name ("Dimas").
    mentions = gaz.find_mentions(f"Jets struck Douma{mark}s main market.")
    assert [(m.surface, m.candidates[0].name) for m in mentions] == [("Douma", "Duma")]
    # A spelling the table lacks is looked up without its possessive too.
    mentions = gaz.find_mentions(f"Jets struck Kfernaha{mark}s school.")
    assert [(m.surface, m.candidates[0].name) for m in mentions] == [("Kfernaha", "Kafr Naha")]


def test_an_unlisted_spelling_opening_a_sentence_is_found_when_it_was_struck(gaz):
    # "Mhambel" is no spelling of the table (it has "Mhambal"); opening its sentence, the
    # capital says nothing, the verb after it does.
    mentions = gaz.find_mentions("Jets hit Ariha. Mhambel was also struck.")
    assert [m.surface for m in mentions] == ["Ariha", "Mhambel"]
    assert gaz.find_mentions("It was late. Mhambel rose over the hills.") == []


def test_skeleton_resolution_prefers_the_closest_spelling(gaz):
    # Several places share the skeleton m-z-l; the closest spelling decides.
    res = gaz.resolve("M’eizileh")
    assert res is not None
    assert "Moezleh" in gaz.names_of(res.place.place_id)


@pytest.mark.parametrize("apostrophe", list(APOSTROPHES))
@pytest.mark.parametrize("dash", ["-", *DASHES])
def test_raw_typography_matches_as_the_plain_text_does(gaz, apostrophe, dash):
    raw = f"Jets struck Ma{apostrophe}arat al{dash}Nu{apostrophe}man and Kafr{dash}Nabl at dawn."
    found = [(m.start, m.end, [p.place_id for p in m.candidates]) for m in gaz.find_mentions(raw)]
    plain = plain_typography(raw)
    assert found == [
        (m.start, m.end, [p.place_id for p in m.candidates]) for m in gaz.find_mentions(plain)
    ]
    assert len(found) == 2


def test_another_spelling_wins_over_an_exact_homonym_when_context_points_to_it(gaz):
    # "al Duweir" is spelt exactly like a Homs village; the Deir ez-Zor place is listed as
    # "Dweir". Named beside Deir ez-Zor, the close spelling in that governorate wins.
    alone = gaz.resolve("al Duweir")
    in_context = gaz.resolve("al Duweir", admin1="Deir Ezzor", context=["Mayadin"])
    assert alone.place.admin1 == "Homs"
    assert in_context.place.admin1 == "Deir ez-Zor"
    assert in_context.score < alone.score
    assert in_context.by_context
    assert alone.place in in_context.alternatives


def test_namesakes_of_one_standing_go_to_the_one_nearer_the_places_named_with_them(gaz):
    # Two villages called Kasra, of one rank: none of the places named beside it lies
    # within 30 km of either, but the ones east of Raqqa are twice as near the Deir ez-Zor
    # village as the Aleppo one (the table would otherwise decide by its count of spellings).
    alone = gaz.resolve("al-Kasra")
    found = gaz.resolve("al-Kasra", context=["al-Sabkha", "Ghanem al-Ali"])
    assert alone.place.admin1 == "Aleppo"
    assert found.place.admin1 == "Deir ez-Zor"
    assert found.by_context


def test_names_that_are_both_neighbourhoods_of_one_city_are_that_citys(gaz):
    # Each name is also a village far away, the better-known one alone; named together,
    # they are the two districts of Aleppo.
    assert gaz.resolve("al-Fardous").place.admin1 != "Aleppo"
    found = gaz.resolve("al-Fardous", context=["Bustan al-Basha"])
    other = gaz.resolve("Bustan al-Basha", context=["al-Fardous"])
    assert (found.place.precision, found.place.city) == ("neighbourhood", "Aleppo")
    assert (other.place.precision, other.place.city) == ("neighbourhood", "Aleppo")


def test_the_press_spelling_of_a_ghouta_town_finds_it_beside_its_homs_namesake(gaz):
    found = gaz.resolve("Hazzeh", context=["Ain Tarma", "Eastern Ghouta"])
    assert (found.place.name, found.place.admin1) == ("Hezzeh", "Rif Dimashq")
    assert any(p.admin1 == "Homs" for p in found.alternatives)


def test_the_press_spelling_of_a_north_aleppo_town_is_not_the_larger_idlib_town(gaz):
    # "Marea" is only a skeleton of Maarat al-Numan's names; it is a known spelling of Mare'.
    found = gaz.resolve("Marea")
    assert (found.place.name, found.place.admin1) == ("Mare'", "Aleppo")


def test_an_exact_homonym_stays_when_context_does_not_favour_another_spelling(gaz):
    found = gaz.resolve("al Duweir", context=["Qusayr", "Rastan"])
    assert found.place.admin1 == "Homs"


@pytest.mark.parametrize(
    "name",
    ["Rif Dimashq", "Damascus countryside", "the countryside of Damascus", "Damascus province"],
)
def test_the_province_around_the_capital_is_rif_dimashq(gaz, name):
    found = gaz.resolve(name)
    assert (found.place.admin1, found.place.precision) == ("Rif Dimashq", "governorate")


def test_the_capitals_own_governorate_when_written_so(gaz):
    found = gaz.resolve("Damascus governorate")
    assert (found.place.admin1, found.place.precision) == ("Damascus", "governorate")


def test_a_lowercase_name_is_found_only_after_a_place_cue(gaz):
    found = [m.surface for m in gaz.find_mentions("in the city of raqqa and in raqqa itself")]
    assert found == ["raqqa"]


def test_homonyms_all_outside_the_named_governorate_leave_the_name_unresolved(gaz):
    # The table knows villages of this skeleton in Raqqa, Hasakah, Idlib, Aleppo and
    # Deir ez-Zor, none in Daraa.
    assert gaz.resolve("M’eizileh") is not None
    assert gaz.resolve("M’eizileh", admin1="Daraa") is None
    # A closer spelling in the named governorate is still found.
    res = gaz.resolve("Hseinia", admin1="Deir ez-Zor")
    assert res is not None and res.place.admin1 == "Deir ez-Zor"
    # Of several homonyms outside the governorate named, one just over its border is meant.
    res = gaz.resolve("Salhiyeh", admin1="Latakia")
    assert res is not None and res.place.admin1 == "Idlib"
    assert gaz.resolve("Salhiyeh", admin1="Daraa") is None


def test_a_lone_village_far_outside_the_named_governorate_leaves_the_name_unresolved(gaz):
    # The table knows one village of this name, in Hasakah: a text placing it in Aleppo
    # province names another, missing from the table, not that one.
    assert gaz.resolve("Tal al-Eis").place.admin1 == "Hasakah"
    assert gaz.resolve("Tal al-Eis", admin1="Hasakah").place.admin1 == "Hasakah"
    assert gaz.resolve("Tal al-Eis", admin1="Aleppo") is None
    # A town of some standing is still the town when the text gets its governorate wrong.
    assert gaz.resolve("Manbij", admin1="Raqqa").place.admin1 == "Aleppo"


def test_a_skeleton_match_inside_the_named_governorate_beats_a_closer_spelling_outside(gaz):
    # "Meizleh" (Hasakah) is spelled closer, but Deir ez-Zor's villages are written Moezleh;
    # of the two there, the one near the town named beside it is meant.
    res = gaz.resolve("M’eizileh", admin1="Deir Ezzor", context=["Sur"])
    assert res is not None
    assert (res.place.name, res.place.admin1, res.place.admin2) == (
        "Moezleh",
        "Deir ez-Zor",
        "Deir-ez-Zor",
    )
    # With nothing to tell the two apart, neither is guessed.
    assert gaz.resolve("M’eizileh", admin1="Deir Ezzor") is None


def test_a_like_spelling_far_from_the_places_named_around_it_is_not_chosen(gaz):
    # "al-Malaha" is spelled like Malha, a Hama village the table knows; a report naming
    # it beside places of Aleppo means another place.
    assert gaz.resolve("al-Malaha") is not None
    assert gaz.resolve("al-Malaha", context=["Aleppo", "Khalasa"]) is None
    # A town of some standing spelled oddly is the town, whatever else is named.
    for context in (["Maarat al-Numan"], ["Mayadin", "Hasakah"]):
        assert gaz.resolve("Kafr Nbl", context=context).place.name == "Kafr Nobol"


def test_homonyms_all_far_from_the_places_named_around_them_are_not_chosen(gaz):
    # Villages spelled like this lie in Raqqa, Aleppo's far east and As-Suwayda; beside
    # places of Aleppo city the name is the farms north of the city, the one place of
    # that name near them.
    assert gaz.resolve("al-Malaah") is not None
    near = gaz.resolve("al-Malaah", context=["al-Rashedin", "Aleppo"]).place
    assert (near.name, near.admin1) == ("Mallah", "Aleppo")
    assert gaz.resolve("al-Malaha", context=["al-Rashedin", "Aleppo"]) is None
    # A town better known than its namesakes is kept wherever the others lie.
    assert gaz.resolve("Palmyra", context=["Aleppo"]) is not None


def test_a_compound_community_is_not_named_after_its_district_town():
    # OCHA's "Hjeileh - Elbab" is a Hjeileh told apart by the town of al-Bab nearby.
    gaz = load_gazetteer()
    found = gaz.resolve("al-Bab", context=("Manbij",))
    assert found is not None and found.place.name == "Al Bab"
    assert gaz.resolve("Safita", context=("Mjeidel",)).place.name == "Safita"


def test_one_of_a_pair_of_villages_is_found_as_the_press_writes_it():
    # OCHA writes "Western Ghariyeh"; reports write the adjective after the name.
    gaz = load_gazetteer()
    west = gaz.resolve("al-Ghariyah al-Gharbiyah")
    east = gaz.resolve("Ghariyeh al-Sharqiyah")
    assert (west.place.name, west.place.admin1) == ("Western Ghariyeh", "Daraa")
    assert (east.place.name, east.place.admin1) == ("Eastern Ghariyeh", "Daraa")


def test_the_western_village_of_a_pair_is_not_merged_into_the_eastern_one():
    gaz = load_gazetteer()
    west = gaz.resolve("Salam al-Gharbi")
    assert west is not None and west.place.name != "Eastern Salam"
    assert gaz.resolve("Deir Sharqi").place.name == "Eastern Deir"


def test_english_words_in_title_case_are_no_villages(gaz):
    # Each of these words shares a consonant skeleton (or a key) with a village of the table.
    text = (
        "The Opposition Media Centre and the Health Care Directorate said a Source in the "
        "School Square was Worried about Bread, Rubble and Tallies of Battles."
    )
    assert surfaces(gaz.find_mentions(text)) == []
    # The villages keep their own spellings.
    assert surfaces(gaz.find_mentions("Jets struck Madaya and Falyun.")) == ["Madaya", "Falyun"]


@pytest.mark.parametrize(
    "name", ["al-Hamidiyah", "al-Sheikh Yassin", "Rashdiya", "al-Jubaila", "al-Kanamat"]
)
def test_districts_of_the_eastern_city_resolve_within_it(gaz, name):
    found = gaz.resolve(name, city="Deir ez-Zor").place
    city = gaz.resolve("Deir ez-Zor city").place
    assert (found.precision, found.city) == ("neighbourhood", "Deir ez-Zor")
    assert abs(found.lat - city.lat) < 0.05 and abs(found.lon - city.lon) < 0.05


@pytest.mark.parametrize(
    ("tag", "place"),
    [
        ("#MaaratAlNuman", "Ma'arrat An Nu'man"),
        ("#Maarat_alNuman", "Ma'arrat An Nu'man"),
        ("#alBab", "Al Bab"),
        ("#Deir_ezZor", "Deir-ez-Zor"),
    ],
)
def test_a_hashtag_of_words_run_together_is_the_place_its_words_spell(tag, place):
    (mention,) = load_gazetteer().find_mentions(f"Jets hit {tag} again tonight.")
    assert mention.surface == tag[1:]
    assert place in [c.name for c in mention.candidates]


def test_a_hashtag_whose_words_spell_no_place_names_none():
    assert load_gazetteer().find_mentions("Hospitals hit again #SaveAleppo #StandWithSyria") == []
    # A channel's or a group's tag is no village whose consonants its words share.
    assert load_gazetteer().find_mentions("Footage shared by #AlJazeera and #AlNusra") == []


@pytest.mark.parametrize(
    ("name", "other"),
    [
        # A generic head both names share makes them look alike: "Tal X" is not "Tal Y".
        ("Tal Hurin", "Tall Turin"),
        ("Tall Kurdi", "Tell Kurin"),
        # A name whose distinctive part opens with another letter is another place.
        ("al-Assali", "Sali"),
    ],
)
def test_a_like_spelling_must_keep_what_tells_the_place_apart(gaz, name, other):
    found = gaz.resolve(name)
    assert found is None or found.place.name != other


def test_a_slip_of_the_pen_inside_the_distinctive_part_still_matches(gaz):
    found = gaz.resolve("Kafr Takharin")
    assert (found.place.name, found.place.admin1) == ("Kafr Takharim", "Idlib")
    assert found.score <= 85.0


@pytest.mark.parametrize(
    ("sentence", "surface", "admin1"),
    [
        ("Jets hit the al-Assali district of southern Damascus.", "al-Assali", "Damascus"),
        ("Shells fell on Tadamon, beside the camp.", "Tadamon", "Damascus"),
        ("Raids hit Tal Kurdi, north-east of the town.", "Tal Kurdi", "Rif Dimashq"),
        ("A raid on Margada killed two.", "Margada", "Hasakah"),
    ],
)
def test_places_the_press_names_that_the_sources_lack_or_spell_otherwise(
    gaz, sentence, surface, admin1
):
    (mention,) = [m for m in gaz.find_mentions(sentence) if m.surface == surface]
    assert mention.candidates[0].admin1 == admin1


def test_a_name_made_of_words_for_a_kind_of_site_is_not_looked_for(gaz):
    # Many towns have a sugar factory or a military checkpoint: the town named beside it
    # carries the strike, not a namesake of the table elsewhere.
    for text in (
        "Jets struck the Sugar Factory near Maskanah on Tuesday.",
        "Jets struck the Military Checkpoint near Palmyra on Tuesday.",
        "The raids targeted the National Hospital, killing eight of its staff.",
    ):
        found = [m.surface for m in gaz.find_mentions(text)]
        assert not any(w in name for name in found for w in ("Factory", "Checkpoint", "Hospital"))
    # A name with a word of its own is a place the table knows.
    assert [m.surface for m in gaz.find_mentions("Jets struck the Zurbah Power Plant.")] == [
        "Zurbah Power Plant"
    ]


def test_a_settlement_named_by_an_english_word_is_found_after_its_kind(gaz):
    text = "Warplanes targeted the villages of Has and Tel Minnis on Friday."
    assert [m.surface for m in gaz.find_mentions(text)] == ["Has", "Tel Minnis"]
    # The same word elsewhere is English.
    text = "The town of Kafr Nabl Has been struck, and Tel Minnis has been spared."
    assert "Has" not in [m.surface for m in gaz.find_mentions(text)]
    # Abroad, such a town is more often named beside its fighting than its strikes.
    text = "Iraqi troops cleared the last pockets in the town of Hit on the Euphrates."
    assert "Hit" not in [m.surface for m in gaz.find_mentions(text)]


def test_an_article_at_a_line_s_end_opens_the_name_on_the_next_line(gaz):
    text = "warplanes fired missiles at the hospital in Idlib's al-\nTamanah town"
    assert [m.surface for m in gaz.find_mentions(text)][-1] == "al-\nTamanah"
    # On one line, as before.
    assert [m.surface for m in gaz.find_mentions("strikes on al-Tamanah")] == ["al-Tamanah"]
