"""One short sentence of our own per extraction rule (families of issue 9, linear time)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import extract_events, place_key, split_sentences
from geo.extract.events import cues_run_on
from geo.extract.sentences import MAX_SENTENCE
from geo.geocode.gazetteer import load_gazetteer
from geo.record import Document


@pytest.fixture(scope="module")
def finder():
    return load_gazetteer().find_mentions


def events(text: str, finder, published: date = date(2016, 2, 10)):
    return extract_events(Document("t", "t.txt", text, published), finder)


def places(text: str, finder, published: date = date(2016, 2, 10)) -> list[str]:
    return [ev.place_as_written for ev in events(text, finder, published)]


# -- linear time ---------------------------------------------------------------------


def test_an_endless_list_is_cut_after_a_comma():
    text = "Jets struck " + "Rastan, Talbiseh, " * 200
    spans = split_sentences(text)
    assert len(spans) > 1
    assert all(e - s <= MAX_SENTENCE for s, e in spans)
    assert all(text[s:e].endswith(",") for s, e in spans[:-1])


def test_a_run_of_stops_ends_one_sentence():
    text = "Jets struck Hama" + "." * 5000 + " Then they left."
    spans = split_sentences(text)
    assert text[spans[-1][0] : spans[-1][1]] == "Then they left."
    assert all(e - s <= MAX_SENTENCE for s, e in spans)


# -- the ninth set's families -----------------------------------------------------


def test_combat_flights_over_a_place_are_strikes(finder):
    text = "Russian jets carried out combat flights over the ISIL positions in Mahin on Sunday."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.actor) == ("Mahin", "russia")


def test_martyrs_a_toll_counts_are_civilians(finder):
    text = "#Hama: 9 martyrs, 6 of them in Russian airstrikes on the town of Kafr Zita."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_a_capitalised_compass_part_of_a_governorate_folds_into_its_towns(finder):
    text = (
        "Russian jets kept targeting militant positions on Sunday, inflicting heavy losses in "
        "Eastern Homs. Russian warplanes also bombed ISIL positions in the town of Mahin."
    )
    assert places(text, finder) == ["Mahin"]


def test_ground_forces_after_an_opening_phrase_lead_their_sentence(finder):
    text = (
        "The air force destroyed a depot in Khan Sheikhoun, the source said. In Daraa, army "
        "units destroyed a tunnel and killed a number of terrorists in Daraa al-Balad."
    )
    assert places(text, finder) == ["Khan Sheikhoun"]


def test_a_sniper_before_a_place_keeps_a_later_strike_from_it(finder):
    text = "Eight died, one of them shot by a sniper in Douma and seven in air raids on Saqba."
    assert places(text, finder) == ["Saqba"]


def test_an_attack_by_insurgents_on_a_place_is_no_strike(finder):
    text = (
        "Warplanes bombed ISIS hideouts in Hatla, while the garrison fought off attacks by "
        "militants on al-Jafra."
    )
    assert places(text, finder) == ["Hatla"]


def test_a_name_spelt_like_an_english_word_is_found_with_its_article(finder):
    text = "The air force bombed Nusra positions in the town of al-Eis on Sunday."
    assert places(text, finder) == ["al-Eis"]


def test_a_list_of_compass_parts_of_governorates_folds_into_their_towns(finder):
    text = (
        "Russian jets kept up their raids on Sunday, inflicting heavy losses in Eastern Homs and "
        "Southern Aleppo. They bombed the town of Mahin. Syrian jets bombed the town of al-Eis."
    )
    assert places(text, finder) == ["Mahin", "al-Eis"]


def test_syrian_fighter_jets_are_the_regime_s(finder):
    text = (
        "Russian jets hit Mahin. Syrian fighter jets also pounded militant positions in Tal Hadiya."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder)}
    assert found == {"Mahin": "russia", "Tal Hadiya": "regime"}


def test_a_commander_of_brigades_speaks_for_the_rebels(finder):
    text = (
        "Helicopters dropped barrel bombs on Rabia, according to a commander of the local brigades."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "rebels"


def test_a_think_tank_assessing_in_its_own_name_is_the_report_s_voice(finder):
    text = (
        "Key Takeaway: Regime forces advanced north of Aleppo City on February 3 while the "
        "ISW team tracked Russian air activity around the rebel supply corridor to the border.\n"
        "- ISW assesses with high confidence that Russian jets struck Tal Rifaat on February 3, "
        "after local activists reported heavy raids on the town in the early morning.\n"
        "- ISW assesses that the regime will push toward Azaz within days, as the Russian air "
        "campaign keeps up its pace over the northern Aleppo countryside.\n"
        "- Regime helicopters reportedly dropped barrel bombs on Kabani on February 4."
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder)}
    assert found["Kabani"] == "analysts"


def test_a_voice_saying_the_airstrikes_hit_goes_on_with_the_strikes_told_before(finder):
    text = (
        "Jets struck two suburbs of the capital on Sunday, killing nine people.\n\n"
        "The Observatory said the airstrikes hit homes in the town of Saqba."
    )
    (ev,) = events(text, finder, date(2016, 10, 31))
    assert ev.event_date == date(2016, 10, 30)


def test_a_death_from_earlier_wounds_is_no_strike_on_its_place(finder):
    text = (
        "Seven died in air raids on Talbiseh, and one man succumbed to his wounds, sustained "
        "weeks ago, in Rastan."
    )
    assert places(text, finder) == ["Talbiseh"]


def test_a_voice_attributing_the_same_attack_to_other_aircraft_adds_its_claim(finder):
    text = (
        "Activists said Russian jets struck a street in Haish, killing four. The Observatory "
        "attributed the same attack to regime aircraft."
    )
    found = {(ev.claimant, ev.actor) for ev in events(text, finder)}
    assert found == {("activists", "russia"), ("sohr", "regime")}


def test_attacks_from_a_launching_pad_are_no_strikes(finder):
    text = (
        "Jets bombed militant bases in Hawarin, which the militants use as a launching pad "
        "for attacks on the army in Sadad."
    )
    assert places(text, finder) == ["Hawarin"]


# -- family 1: coarse mentions -------------------------------------------------------


def test_a_province_beside_a_finer_place_of_the_same_day_adds_no_event(finder):
    text = "On Tuesday jets struck targets in Idlib province and bombed the town of Saraqib."
    assert places(text, finder) == ["Saraqib"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a governorate written with a possessive is still the governorate
        ("Jets struck the village of Kabani in Latakia's countryside on Tuesday.", ["Kabani"]),
        ("Warplanes hit Kafr Zita in Hama’s northern countryside on Tuesday.", ["Kafr Zita"]),
        # "the X area of <governorate>": X is in the governorate, not the reverse
        ("Jets pounded the Kabani area of Latakia on Tuesday.", ["Kabani"]),
        ("Jets hit the Saraqib area of Idlib province on Tuesday.", ["Saraqib"]),
        # ... while "the <area> town of X" still names X inside the first name
        ("Jets struck the eastern Ghouta town of Douma on Tuesday.", ["Douma"]),
    ],
)
def test_a_governorate_holding_the_place_before_it_adds_no_event(finder, text, expected):
    assert places(text, finder) == expected


def test_a_province_alone_stays_a_governorate_level_event(finder):
    (ev,) = events("Jets carried out raids across Latakia province on Tuesday.", finder)
    assert ev.place_level == "governorate"


def test_a_province_in_apposition_locates_the_place_before_it(finder):
    text = "On Tuesday jets flew 30 sorties around Palmyra, Homs province, hitting depots."
    assert places(text, finder) == ["Palmyra"]


def test_a_bare_name_after_a_comma_is_still_a_list_item(finder):
    text = "On Tuesday jets flew 30 sorties around Palmyra, Homs, destroying depots."
    assert "Palmyra" in places(text, finder)


# -- reference points ------------------------------------------------------------------


def test_a_place_named_right_before_near_is_struck_and_the_other_is_its_reference(finder):
    assert places("On Monday jets bombed Saraqib near Idlib.", finder) == ["Saraqib"]


def test_an_unknown_village_before_a_bearing_leaves_the_reference_unstruck(finder):
    text = "On Monday jets also targeted al Qubbeisat village east of Hama."
    assert places(text, finder) == []


def test_a_reference_alone_stays_the_place_near_the_strike(finder):
    (ev,) = events("On Monday jets struck depots near Hama.", finder)
    assert (ev.place_as_written, ev.place_relation) == ("Hama", "near")


def test_a_bare_city_name_is_not_a_province(finder):
    (ev,) = events("Coalition jets struck Raqqa on Tuesday.", finder)
    assert ev.place_level is None


# -- family 3: people and groups named after places -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck Binnish on Monday, said Abu Omar Saraqeb, a rebel commander.",
        "Russian jets struck Binnish, the Saraqib Media Office said.",
        "Russian jets struck Binnish, and the Douma 4 were never found.",
        "Russian jets struck Binnish on Monday, said Saleh Raqqawi, a resident.",
        "Jets hit Binnish on Monday. Hama is Being Slaughtered counted nine raids on the town, "
        "one of them on a bakery.",
    ],
)
def test_names_of_people_and_bodies_built_from_places_are_not_places(text, finder):
    assert places(text, finder) == ["Binnish"]


def test_a_facility_named_after_its_town_is_still_the_town(finder):
    assert places("Russian jets struck Kafr Nabl Hospital on Monday.", finder) == ["Kafr Nabl"]


# -- family 4: typography -------------------------------------------------------------


@pytest.mark.parametrize("name", ["Ma’arrat al‑Nu’man", "Ma‘arrat al-Nu‘man", "Maʿarrat al–Nuʿman"])
def test_apostrophes_and_dashes_inside_a_name_keep_one_place(name, finder):
    text = f"Russian jets bombed {name} on Monday."
    (ev,) = events(text, finder)
    assert ev.place_as_written == name
    assert text[ev.char_start : ev.char_end] == name


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_a_no_break_space_inside_a_group_name_keeps_it_a_group(space, finder):
    # The group's name ends in a town's name; the space before it may be a no-break one.
    text = f"Jets struck a depot of Liwa Fursan al{space}Binnish in Kafr Nabl on Monday."
    assert places(text, finder) == ["Kafr Nabl"]


@pytest.mark.parametrize("space", ["\u00a0", "\u2009"])
def test_a_no_break_space_inside_a_name_keeps_one_place(space, finder):
    text = f"Russian jets bombed Kafr{space}Nabl on Monday."
    (ev,) = events(text, finder)
    assert text[ev.char_start : ev.char_end] == f"Kafr{space}Nabl"


def test_a_hashtag_joined_by_underscores_is_one_place(finder):
    assert places("Russian air strikes this morning on #Kafr_Halab.", finder) == ["Kafr_Halab"]


# -- family 6: distance and bearing ---------------------------------------------------


def test_distance_and_bearing_give_an_offset_event(finder):
    text = "Russian jets destroyed a depot 12 kilometers southwest of the city of Deir ez-Zor."
    (ev,) = events(text, finder)
    assert (ev.offset_km, ev.offset_bearing) == (12.0, 225.0)


def test_two_offsets_from_one_town_are_two_events(finder):
    text = (
        "Russian jets destroyed a refinery 15 km southwest of Raqqa "
        "and a fuel depot 50 km south of Raqqa."
    )
    assert sorted(ev.offset_bearing for ev in events(text, finder)) == [180.0, 225.0]


def test_a_bearing_without_distance_puts_the_strike_beyond_a_capital(finder):
    (ev,) = events("On Monday jets struck rebel positions south of Aleppo City.", finder)
    assert (ev.place_relation, ev.offset_km, ev.offset_bearing) == ("near", 8.0, 180.0)


def test_a_bearing_without_distance_puts_the_strike_just_beyond_a_town(finder):
    text = "On Monday warplanes bombed farms to the north-west of the town of Saraqib."
    (ev,) = events(text, finder)
    assert (ev.offset_km, ev.offset_bearing) == (3.0, 315.0)


def test_a_compass_part_of_a_place_is_no_bearing_from_it(finder):
    (ev,) = events("On Monday jets struck villages in the north of Saraqib.", finder)
    assert ev.offset_km is None


def test_a_lowercase_name_after_a_place_cue_is_a_place(finder):
    text = "On Monday jets bombed a bakery in the town of saraqib."
    (ev,) = events(text, finder)
    assert ev.place_as_written == "saraqib"


def test_a_lowercase_common_word_after_a_place_cue_is_no_place(finder):
    text = "On Monday jets bombed the outskirts of the town of which it is part."
    assert places(text, finder) == []


def test_near_gives_way_to_a_distance_and_bearing_from_the_same_place(finder):
    text = (
        "Russian jets destroyed a fuel depot near Raqqa on Monday, Konashenkov said. "
        "The bombers destroyed the depot 20 km east of Raqqa, Konashenkov added."
    )
    (ev,) = events(text, finder)
    assert (ev.offset_km, ev.offset_bearing) == (20.0, 90.0)


def test_a_compass_part_of_a_province_is_placed_from_its_capital(finder):
    text = "Jets pounded hamlets in the western part of Hama province on Friday."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.place_level) == ("Hama", None)
    assert (ev.offset_km, ev.offset_bearing) == (20.0, 270.0)


def test_a_compass_adjective_before_a_countryside_names_its_part(finder):
    (ev,) = events("On Monday jets pounded the southern Idlib countryside.", finder)
    assert (ev.place_as_written, ev.offset_bearing) == ("Idlib", 180.0)


def test_a_compass_adjective_before_a_province_says_where_the_province_lies(finder):
    (ev,) = events("On Monday jets struck targets in the southern Daraa province.", finder)
    assert (ev.place_level, ev.offset_km) == ("governorate", None)


def test_a_compass_part_beside_a_finer_place_adds_no_event(finder):
    text = "On Monday jets pounded the southern Idlib countryside, hitting Kafr Nabl."
    assert places(text, finder) == ["Kafr Nabl"]


def test_near_a_city_described_in_between_is_still_near(finder):
    for text in (
        "Coalition jets killed ten civilians near the Syrian city of Raqqa on Tuesday.",
        "Coalition jets killed ten civilians near ISIS-held Raqqa on Tuesday.",
    ):
        (ev,) = events(text, finder)
        assert ev.place_relation == "near", text


def test_a_distance_converted_in_brackets_still_gives_an_offset(finder):
    text = "Russian jets destroyed a depot 40 kilometers (25 miles) north of Raqqa on Monday."
    (ev,) = events(text, finder)
    assert (ev.offset_km, ev.offset_bearing) == (40.0, 0.0)


def test_a_place_located_by_a_converted_distance_leaves_the_reference_unstruck(finder):
    text = (
        "A coalition air strike hit the village of Ain Issa on Tuesday, about 50 kilometers "
        "(31 miles) north of Raqqa."
    )
    assert places(text, finder) == ["Ain Issa"]


def test_a_province_list_carries_its_designation(finder):
    text = (
        "The ministry said jets struck targets in the provinces of Hama, Homs and Latakia "
        "on Tuesday, and destroyed a depot near Morek on Tuesday."
    )
    evs = events(text, finder)
    assert "Hama" not in [ev.place_as_written for ev in evs]
    assert {ev.place_as_written: ev.place_level for ev in evs}.get("Latakia") == "governorate"


# -- foreign places: known from the candidate's country --------------------------------


def test_a_foreign_place_is_known_from_its_country_not_its_name():
    from geo.record import Mention, Place

    def finder(text: str) -> list[Mention]:
        out = []
        for name, country in (("Moscow", "RU"), ("Hama", "SY")):
            i = text.find(name)
            if i >= 0:
                place = Place(name, name, 0.0, 0.0, "town", country=country)
                out.append(Mention(i, i + len(name), name, (place,)))
        return sorted(out, key=lambda m: m.start)

    text = "Russian jets struck Moscow and Hama on Monday."
    assert places(text, finder) == ["Hama"]


# -- family 2: strike words and lists ------------------------------------------------


def test_other_areas_of_a_town_countryside_are_near_the_town(finder):
    text = (
        "Jets carried out raids on the villages of Kafr Takharim and Armanaz "
        "and other areas of the Jisr al-Shughur countryside on Monday."
    )
    found = {ev.place_as_written: ev.place_relation for ev in events(text, finder)}
    assert found == {"Kafr Takharim": "in", "Armanaz": "in", "Jisr al-Shughur": "near"}


def test_a_list_after_the_neighborhoods_of_starts_with_its_first_name(finder):
    text = "Helicopters dropped barrels on the neighborhoods of al-Sukkari and Bustan al-Qasr."
    assert places(text, finder) == ["al-Sukkari", "Bustan al-Qasr"]


def test_a_city_holding_the_listed_neighbourhoods_is_no_event(finder):
    text = "Jets struck al-Sukkari and Bustan al-Qasr in Aleppo city on Monday."
    assert places(text, finder) == ["al-Sukkari", "Bustan al-Qasr"]


def test_unnamed_districts_of_a_city_make_the_city_the_struck_place(finder):
    text = "Regime warplanes bombed Kurdish-held districts of Hasakah city on Thursday."
    assert places(text, finder) == ["Hasakah"]


def test_a_hashtag_list_continues_over_line_breaks(finder):
    text = "Russian air strikes this morning on:\n#Atarib\n#Kafr_Halab\nand #Anadan\nPray for us."
    assert places(text, finder) == ["Atarib", "Kafr_Halab", "Anadan"]


def test_a_line_of_names_after_a_sentence_that_closed_is_no_list(finder):
    text = "Russian jets struck Saraqib on Monday.\nAtarib\nKafr Halab"
    assert places(text, finder) == ["Saraqib"]


def test_a_place_name_after_a_nationality_adjective_names_a_body(finder):
    text = "An officer of the Syrian Air Defense said Russian jets struck Binnish on Monday."
    assert places(text, finder) == ["Binnish"]


def test_a_bomb_that_exploded_in_a_place_is_a_strike_there(finder):
    text = "A bunker-buster bomb exploded in the Mashhad neighbourhood on Friday."
    assert places(text, finder) == ["Mashhad"]


def test_the_detonation_of_an_air_dropped_bomb_is_a_strike(finder):
    text = "The detonation of a vacuum bomb in Kafr Nabl killed four people."
    assert places(text, finder) == ["Kafr Nabl"]


# -- air or ground: who fired ------------------------------------------------------------


def test_a_car_bomb_is_no_air_strike(finder):
    text = "A car bomb exploded near a market in Azaz on Monday, killing ten."
    assert places(text, finder) == []


def test_a_suicide_bomber_is_no_aircraft(finder):
    text = "A suicide bomber struck an army checkpoint in Jableh on Monday."
    assert places(text, finder) == []


def test_a_sentence_led_by_ground_units_is_their_fire_despite_air_words_before(finder):
    text = (
        "The air force carried out raids on terrorist positions in Kafr Hamra.\n\n"
        "Army units pounded gatherings of terrorists in the villages of Nawa and Inkhil.\n\n"
        "Troops destroyed barricades as they targeted positions in Tafas."
    )
    assert places(text, finder) == ["Kafr Hamra"]


def test_a_sentence_led_by_ground_units_that_names_aircraft_keeps_its_strikes(finder):
    text = "Army units and Russian warplanes hit gatherings of militants in Salma on Monday."
    assert places(text, finder) == ["Salma"]


# -- hard-wrapped text, datelines, provinces -------------------------------------------


def test_a_hard_wrapped_paragraph_reads_as_running_text(finder):
    text = (
        "Analysts said on Monday that Russian warplanes carried out heavy\n"
        "raids overnight on rebel positions around the town of Kafr Nabl in\n"
        "southern Idlib, while government troops advanced on the outskirts\n"
        "of the city, according to residents who spoke by telephone.\n"
        "The ministry in Moscow has not commented on the reports so far.\n"
    )
    assert places(text, finder) == ["Kafr Nabl"]
    assert len(split_sentences(text)) == 2


def test_short_lines_are_not_joined_as_wrapped_text(finder):
    text = "Russian air strikes this morning on:\n#Atarib\n#Kafr_Halab\nand #Anadan\nPray for us."
    assert len(split_sentences(text)) == 5


def test_a_list_of_syrian_provinces_names_governorates(finder):
    text = (
        "The ministry said jets flew 40 sorties in the Syrian provinces of Raqqa, Homs and Latakia."
    )
    found = events(text, finder)
    assert [ev.place_level for ev in found] == ["governorate"] * 3


def test_the_russian_mod_is_a_claimant(finder):
    (ev,) = events("The Russian MoD said its jets struck Binnish on Monday.", finder)
    assert ev.claimant == "russian_mod"


def test_a_dateline_place_is_no_strike_when_the_sentence_names_another(finder):
    text = "Damascus, SANA-Army airstrikes destroyed terrorist positions in Talbiseh on Monday."
    assert places(text, finder) == ["Talbiseh"]


def test_a_dateline_place_is_the_strike_when_it_is_the_only_place(finder):
    text = "Saraqib, Idlib (Agency) — Russian jets hit a market on Monday."
    assert places(text, finder) == ["Saraqib"]


# -- launch sites, aliases, reference points, actors -------------------------------------


def test_a_ship_that_hit_targets_in_a_place_did_not_sail_there(finder):
    text = "Cruise missiles launched by the submarine hit the designated targets in Raqqa."
    assert places(text, finder) == ["Raqqa"]


def test_a_warship_that_fired_at_a_place_names_its_target(finder):
    assert places("A Russian warship in the Mediterranean fired missiles at Idlib.", finder) == [
        "Idlib"
    ]


def test_a_name_in_brackets_after_a_place_is_the_same_place(finder):
    text = (
        "Russian jets are pounding ISIS in the countryside of Palmyra (Tadmur), "
        "hitting positions in the villages of Arak and al-Sukhnah."
    )
    assert places(text, finder) == ["Arak", "al-Sukhnah"]


def test_the_capital_in_apposition_after_outskirts_is_a_reference(finder):
    text = (
        "Syrian aircraft bombed depots in Eastern Ghouta, "
        "on the eastern outskirts of the capital, Damascus, on Friday."
    )
    assert places(text, finder) == ["Eastern Ghouta"]


def test_a_quoted_facility_name_before_near_is_the_struck_place(finder):
    text = 'Russian jets raided the pumping station "Saraqib" near the city of Idlib.'
    assert places(text, finder) == ["Saraqib"]


def test_syrian_aircraft_are_the_regimes(finder):
    (ev,) = events("Syrian aircraft struck militant positions in Kafr Zita on Monday.", finder)
    assert ev.actor == "regime"


def test_a_ground_objective_is_no_struck_place(finder):
    text = "Government troops captured the town of Salma after jets struck Kinsabba on Monday."
    assert places(text, finder) == ["Kinsabba"]


def test_a_place_lost_on_the_ground_is_no_struck_place(finder):
    text = (
        "After a night of heavy bombardment the army captured Kafr Nabudah, then lost it and "
        "lost Morek to a counter-attack, while jets struck Lahaya."
    )
    assert places(text, finder) == ["Lahaya"]


def test_the_approaches_of_a_town_stormed_are_no_struck_place(finder):
    text = (
        "Backed by Russian warplanes, troops stormed the southern approaches of Nawa on "
        "Sunday, and jets bombed Tafas."
    )
    assert places(text, finder) == ["Tafas"]


def test_a_town_troops_close_in_on_is_no_struck_place(finder):
    text = "Troops close in on Nawa, Russian bombers hit rebel hubs in Tafas"
    assert places(text, finder) == ["Tafas"]


def test_a_hill_named_with_its_tell_is_the_ground_s_objective(finder):
    text = (
        "After a preparatory bombardment, the army captured Tell Skik and Atshan on Friday, "
        "and helicopters bombed Lahaya."
    )
    assert places(text, finder) == ["Lahaya"]


def test_a_place_troops_advanced_on_is_no_struck_place(finder):
    text = (
        "Kurdish fighters, supported by coalition jets, advanced towards Manbij "
        "as strikes hit positions in the village of Qabr Imo."
    )
    assert places(text, finder) == ["Qabr Imo"]


def test_aircraft_that_killed_people_in_a_place_struck_it(finder):
    text = "Russian warplanes killed at least 20 civilians in Kafr Nabl on Friday."
    assert places(text, finder) == ["Kafr Nabl"]


def test_a_casualty_word_after_ground_fighters_is_no_strike(finder):
    text = "The air war goes on.\n\nMilitants killed five soldiers in Salma on Saturday."
    assert places(text, finder) == []


def test_bombers_from_an_air_base_were_launched_there(finder):
    text = "Russian bombers from the air base Hmeimim destroyed fuel trucks in Maadan."
    assert places(text, finder) == ["Maadan"]


def test_a_spelling_with_a_short_skeleton_is_found_when_close(finder):
    text = "Helicopters dropped barrel bombs on Daraya on Monday."
    assert places(text, finder) == ["Daraya"]


def test_an_abbreviated_month_is_no_place(finder):
    text = "The air force struck Oqeirbat, a military source said on Sept. 23."
    assert places(text, finder) == ["Oqeirbat"]


def test_a_city_label_with_a_dash_opening_a_line_holds_the_places_after_it(finder):
    text = "Aleppo city - the neighborhoods of al-Sakhour and al-Shaar were hit by cluster bombs."
    assert places(text, finder) == ["al-Sakhour", "al-Shaar"]


def test_a_region_after_a_feature_word_and_in_holds_the_place(finder):
    text = "Russian jets struck Kabani hill in Jabal al-Akrad with vacuum missiles."
    assert places(text, finder) == ["Kabani"]


def test_a_weekday_dates_the_strike_of_its_own_clause(finder):
    text = "Russian warplanes struck a market in Ariha on Sunday, a day after raids on Binnish."
    found = events(text, finder, published=date(2016, 1, 11))
    assert {ev.place_as_written: ev.event_date for ev in found}["Ariha"] == date(2016, 1, 10)


def test_nearby_after_a_preposition_is_an_adjective_of_the_struck_place(finder):
    text = "Russian warplanes struck Ariha on Sunday, a day after raids on nearby Binnish."
    found = {ev.place_as_written: ev.place_relation for ev in events(text, finder)}
    assert found == {"Ariha": "in", "Binnish": "in"}


def test_a_hyphenated_name_in_a_list_opening_a_line_is_no_dateline(finder):
    text = "Karam al-Jabal, Salhin and al-Marjeh were among the districts bombarded on Monday."
    assert places(text, finder) == ["Karam al-Jabal", "Salhin", "al-Marjeh"]


def test_a_named_district_of_a_city_is_no_governorate(finder):
    (ev,) = events("Four barrel bombs fell on the Bustan al-Basha district on Monday.", finder)
    assert ev.place_level is None


def test_a_reference_far_from_the_places_struck_stays_a_near_event(finder):
    text = "Jets struck near Palmyra and hit Binnish on Monday."
    found = {ev.place_as_written: ev.place_relation for ev in events(text, finder)}
    assert found == {"Palmyra": "near", "Binnish": "in"}


def test_provinces_after_the_last_name_designate_the_whole_list(finder):
    text = "The ministry said its aircraft struck targets in Latakia, Hama and Homs provinces."
    assert [ev.place_level for ev in events(text, finder)] == ["governorate"] * 3


def test_every_line_above_the_body_is_a_heading(finder):
    text = (
        "Jets kill 20 in Aleppo\n\n"
        "Warplanes launch 40 airstrikes on towns in Aleppo province\n\n"
        "Russian warplanes struck Anadan and Hayan on Friday, activists said.\n"
    )
    assert places(text, finder) == ["Anadan", "Hayan"]


def test_a_name_after_a_patronymic_is_a_persons(finder):
    text = "Russian jets struck the Omar Bin al-Khattab school in Kafr Owaid on Tuesday."
    assert places(text, finder) == ["Kafr Owaid"]


def test_a_doubled_letter_keeps_a_name_that_folds_to_a_common_word(finder):
    assert places("Russian warplanes fired missiles at a school in Hass town.", finder) == ["Hass"]


def test_a_written_date_later_in_the_report_dates_a_headline_strike(finder):
    text = (
        "Alleged Russian strike on Hass, Idlib governorate: 22 children killed.\n\n"
        "On 26 October 2016, Russian warplanes fired missiles at a school in Hass."
    )
    (ev,) = events(text, finder, published=date(2016, 10, 28))
    assert (ev.event_date, ev.date_basis) == (date(2016, 10, 26), "explicit")


# -- second blind set: launch sites, destinations, actors, lowercase posts -----------------


def test_sorties_flown_from_an_air_base_spelt_another_way_were_launched_there(finder):
    text = "The air group performed 62 sorties from the Hmeymim airbase and hit a depot in Maadan."
    assert places(text, finder) == ["Maadan"]


def test_where_a_column_was_carrying_supplies_is_no_struck_place(finder):
    text = (
        "On Monday jets destroyed a column near Muhasan carrying fuel to the city of Deir ez-Zor."
    )
    assert places(text, finder) == ["Muhasan"]


def test_where_families_moved_to_is_no_struck_place(finder):
    text = "Jets hit the market of Sarmin on Monday, and many families have moved to Ariha."
    assert places(text, finder) == ["Sarmin"]


def test_an_air_force_abbreviation_names_the_regime(finder):
    (ev,) = events("SyAAF jets pounded militant positions in Inkhil on Monday.", finder)
    assert ev.actor == "regime"


def test_a_lowercase_nationality_names_the_actor_in_a_lowercase_post(finder):
    (ev,) = events("our teams responded to 3 russian airstrikes on the city of ariha today", finder)
    assert ev.actor == "russia"


def test_a_lowercase_name_after_neighborhoods_of_is_a_place(finder):
    text = "helicopters dropped 2 barrel bombs on the western neighborhoods of saraqeb at dawn"
    assert places(text, finder) == ["saraqeb"]


def test_sub_districts_around_finer_places_of_the_same_day_add_no_event(finder):
    text = (
        "Air strikes were reportedly carried out on 6 October in Ariha and Jisr al-Shughur "
        "sub-districts.\n\nOn 6 October, air strikes reportedly hit Mhambal and Kafr Oweid."
    )
    assert places(text, finder, date(2016, 10, 8)) == ["Mhambal", "Kafr Oweid"]


def test_a_province_struck_over_two_written_days_folds_into_a_finer_place_of_either(finder):
    text = (
        "On 14.01.2016 and 15.01.2016, aircraft engaged 90 facilities in Raqqa province."
        "\n\nOn 14.01.2016, a depot near the settlement of Maadan was destroyed."
    )
    assert places(text, finder, date(2016, 1, 16)) == ["Maadan"]


def test_a_bare_strike_in_a_report_led_by_the_air_war_is_an_air_strike(finder):
    text = (
        "Warplanes bombed the market of Sarmin on Monday.\n\n"
        "A trader said he lost his shop. His brother lives abroad. The roads were closed.\n\n"
        "A second strike hit Binnish on Monday, a nurse said."
    )
    assert places(text, finder) == ["Sarmin", "Binnish"]


def test_a_bare_strike_in_a_report_without_air_words_stays_unread(finder):
    text = (
        "Fighting went on around the town.\n\nA trader said he lost his shop. "
        "His brother lives abroad. The roads were closed.\n\nA second strike hit Binnish on Monday."
    )
    assert places(text, finder) == []


def test_a_governorate_set_after_a_place_says_where_it_lies(finder):
    text = "On Monday, jets struck a depot near the settlement of Rabia, province of Latakia."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.admin1_hint) == ("Rabia", "Latakia")


def test_a_house_struck_by_a_shell_in_a_report_led_by_the_air_war_is_no_air_strike(finder):
    text = (
        "Warplanes bombed the market of Sarmin on Monday.\n\n"
        "A trader said he lost his shop. His brother lives abroad. The roads were closed.\n\n"
        "A family in Binnish saw its house struck by an artillery shell."
    )
    assert places(text, finder) == ["Sarmin"]


def test_a_town_spelt_as_news_spell_it_is_found(finder):
    text = "Regime warplanes struck the neighbouring town of Moadamiyet al-Sham on Monday."
    assert places(text, finder) == ["Moadamiyet al-Sham"]


def test_days_earlier_count_back_from_the_strike_told_before(finder):
    text = (
        "Jets bombed the school of Kafr Naya on 16 February.\n\n"
        "Three days earlier, the family had left Tall Rifaat after a night of bombing."
    )
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 2, 20))}
    assert dated == {"Kafr Naya": date(2016, 2, 16), "Tall Rifaat": date(2016, 2, 13)}


def test_a_strike_told_a_day_after_another_comes_a_day_before_it(finder):
    text = (
        "Jets bombed Inkhil on 1 March.\n\n"
        "The raids came a day after the air force hit Nawa, a military source said."
    )
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 3, 2))}
    assert dated == {"Inkhil": date(2016, 3, 1), "Nawa": date(2016, 2, 29)}


def test_days_after_something_that_is_no_strike_do_not_date_the_strike(finder):
    text = "Jets bombed Inkhil on 1 March.\n\nJets struck Nawa two days after the truce began."
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 3, 9))}
    assert dated["Nawa"] != date(2016, 3, 3)


def test_a_province_struck_on_a_day_folds_into_an_undated_finer_place_of_it(finder):
    text = (
        "Jets carried out 20 airstrikes on Tuesday in the northern countryside of the Daraa "
        "Governorate.\n\nFighter jets targeted militant gatherings inside Inkhil."
    )
    assert places(text, finder, date(2016, 3, 2)) == ["Inkhil"]


def test_a_city_holding_named_neighbourhoods_on_its_eastern_side_is_no_event(finder):
    text = (
        "Helicopters dropped barrel bombs on the Bustan al-Qasr and al-Sakhour neighbourhoods "
        "of eastern Aleppo city on Monday."
    )
    assert places(text, finder) == ["Bustan al-Qasr", "al-Sakhour"]


def test_near_the_settlement_of_a_place_is_near_it(finder):
    text = "Su-34 bombers on Monday destroyed a field camp near the settlement of Maadan."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.place_relation) == ("Maadan", "near")


def test_a_long_titled_ministry_briefing_speaks_in_the_ministry_voice(finder):
    text = (
        "Briefing of the Ministry of Defence of the Russian Federation on the operation of the "
        "Aerospace Forces in the Syrian Arab Republic\n\n"
        "On 14.01.2016, Su-25 aircraft destroyed a column of vehicles near the settlement of "
        "Muhasan."
    )
    (ev,) = events(text, finder, date(2016, 1, 16))
    assert ev.claimant == "russian_mod"


def test_a_weekday_before_a_comma_is_no_place_a_near_cue_locates(finder):
    text = "On Monday, jets struck a depot near Saraqib."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.place_relation) == ("Saraqib", "near")


def test_a_lowercase_place_labelling_a_line_of_a_post_is_struck(finder):
    text = (
        "#idlib | 18/4 | jisr al-shughur: 1 russian airstrike on a residential building, 2 injured"
    )
    assert places(text, finder) == ["jisr al-shughur"]


def test_a_place_labelling_a_line_holds_the_places_struck_after_it(finder):
    text = "Idlib province: Warplanes struck the towns of Saraqib and Binnish on Monday."
    assert places(text, finder) == ["Saraqib", "Binnish"]


# -- homonyms: the governorate a report gives decides ---------------------------------


def _resolved(ev):
    return load_gazetteer().resolve(
        ev.place_as_written, city=ev.city_hint, admin1=ev.admin1_hint, context=ev.context_places
    )


def test_a_tally_governorate_holds_the_places_of_its_own_clause(finder):
    text = (
        "By Tuesday evening 20 people had died: 12 in Deir Ezzor, most of them in warplane "
        "raids on Hseinia, 8 in Aleppo."
    )
    (ev,) = events(text, finder)
    assert ev.admin1_hint == "Deir ez-Zor"
    assert _resolved(ev).place.admin1 == "Deir ez-Zor"


def test_a_count_after_a_comma_opens_a_new_clause_for_the_governorate(finder):
    text = "Jets hit a depot in Douma, dozens of trucks in Homs countryside on Monday."
    ev = next(ev for ev in events(text, finder) if ev.place_as_written == "Douma")
    assert ev.admin1_hint is None
    assert _resolved(ev).place.admin1 == "Rif Dimashq"


def test_a_governorate_after_a_bracketed_note_and_a_glued_country_locates_the_place(finder):
    text = (
        "Salhiya [approximate location], Deir Ezzor, SyriaTwo civilians died when coalition "
        "jets struck Salhiya near Albu Kamal on Monday."
    )
    hinted = [ev for ev in events(text, finder) if ev.place_as_written == "Salhiya"]
    assert hinted and all(ev.admin1_hint == "Deir ez-Zor" for ev in hinted)
    # The town near the border, not the city neighbourhood of the same name.
    assert {_resolved(ev).place.precision for ev in hinted} == {"town"}


def test_an_exact_spelling_in_the_named_governorate_beats_a_closer_town():
    res = load_gazetteer().resolve("Maskanah", admin1="Aleppo", context=["Aleppo"])
    assert res is not None and res.place.name == "Maskana - Onaiza"


def test_the_countryside_of_the_capital_is_covered_by_a_town_around_it(finder):
    text = (
        "On Tuesday jets struck targets in the countryside of Damascus. A command post in Douma "
        "was destroyed in the same raids."
    )
    assert places(text, finder) == ["Douma"]


@pytest.mark.parametrize(
    "text",
    [
        "Warplanes bombed Binnish on Monday; meanwhile the “Islamic state” targeted homes "
        "in Akhtarin with mortars.",
        "Nine people died on Monday: seven when jets bombed Binnish, two in Assad’s forces "
        "shelling on Salaheddin.",
    ],
)
def test_fire_of_a_quoted_group_or_of_a_leader_s_forces_is_no_air_strike(text, finder):
    assert places(text, finder) == ["Binnish"]


def test_strikes_told_as_background_are_no_strikes_of_the_report(finder):
    text = (
        "Warplanes struck Binnish on Monday. Doctors in Saraqib had previously blamed Russian "
        "jets for cluster bomb attacks on their clinic."
    )
    assert places(text, finder) == ["Binnish"]


def test_a_background_clause_leaves_the_strike_after_its_comma(finder):
    text = "The jets, which in the past had spared the town, bombed Binnish on Monday."
    assert places(text, finder) == ["Binnish"]


def test_the_end_of_a_struck_bridge_is_no_struck_place(finder):
    text = (
        "Jets bombed Binnish on Monday and also hit the bridge that connects the town of "
        "Saraqib to the highway."
    )
    assert places(text, finder) == ["Binnish"]


def test_a_landmark_the_table_knows_only_elsewhere_lies_in_the_report_s_city(finder):
    text = (
        "Russian jets struck the city of Raqqa on Friday, activists said.\n\n"
        "A wing of the National Hospital and tents of the Talaa Camp burned in the raids."
    )
    found = {ev.place_as_written: ev for ev in events(text, finder)}
    for name in ("National Hospital", "Talaa"):
        assert found[name].city_hint == "Raqqa"
        assert _resolved(found[name]).place.name == "Ar-Raqqa"


def test_a_group_after_a_preposition_is_the_object_of_the_strike(finder):
    text = (
        "Government pilots inflicted heavy losses on the militants in airstrikes on Monday "
        "around Binnish."
    )
    assert places(text, finder) == ["Binnish"]


def test_the_destruction_a_bomb_left_is_a_strike_and_destruction_alone_is_not(finder):
    text = (
        "A nurse who walked through the Sukkari neighbourhood of Aleppo on Friday described "
        "its destruction by a heavy bomb."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.event_date) == ("Sukkari", date(2016, 2, 5))
    assert places("Residents of Binnish spoke of the destruction of their homes.", finder) == []


def test_ground_forces_named_in_a_report_do_not_say_whose_aircraft_struck(finder):
    text = (
        "On 5 February, air strikes reportedly hit Binnish.\n\n"
        "Clashes between armed groups and government forces continued around Saraqib."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.actor) == ("Binnish", "unknown")


def test_a_ground_offensive_the_strikes_supported_is_not_their_actor(finder):
    text = (
        "On Monday Russian airstrikes backed a push of regime ground units against rebels "
        "close to Binnish."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.actor) == ("Binnish", "russia")


def test_a_quoted_paragraph_after_a_wire_lead_is_the_lead_s_speaker(finder):
    text = (
        "Government troops repelled an attack overnight, the Russian Defence Ministry said on "
        "Sunday.\n\n“During the night, Russian jets destroyed depots of the militants in Binnish.”"
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimant) == ("Binnish", "russian_mod")


def test_a_wire_lead_s_day_of_saying_dates_the_strikes_told_after_it(finder):
    text = (
        "The commander was killed in an air strike, rebel sources said on Thursday. An "
        "announcement said he was killed in an air strike near Binnish."
    )
    (ev,) = events(text, finder, published=date(2016, 9, 9))
    assert (ev.place_as_written, ev.event_date) == ("Binnish", date(2016, 9, 8))


def test_rebel_and_insurgent_sources_are_the_rebels_voice(finder):
    text = (
        "A brigade leader died when a raid hit his convoy in the countryside of Idlib, rebel "
        "sources said on Thursday. An insurgent source said the jets struck the village of "
        "Kafr Ruma."
    )
    found = [(ev.place_as_written, ev.claimant) for ev in events(text, finder)]
    assert found == [("Kafr Ruma", "rebels")]


def test_the_place_of_the_base_the_jets_flew_from_is_no_target(finder):
    text = (
        "Russian jets took off from Hmeimim airbase in Latakia to strike targets around Binnish "
        "on Monday."
    )
    assert places(text, finder) == ["Binnish"]


def test_coalition_strikes_are_air_strikes_without_another_air_word(finder):
    text = "Coalition strikes near Binnish destroyed oil wells on Monday."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.place_relation, ev.actor) == ("Binnish", "near", "coalition")


def test_each_governorate_of_a_tally_joined_by_and_keeps_its_places(finder):
    text = (
        "The Observatory documented 12 dead in Idlib, most of them in air raids on Saraqib, and "
        "six in Hama, most of them in raids on Latamneh."
    )
    hints = {ev.place_as_written: ev.admin1_hint for ev in events(text, finder)}
    assert hints == {"Saraqib": "Idlib", "Latamneh": "Hama"}


def test_a_sentence_doubting_that_aircraft_were_involved_tells_no_air_strike(finder):
    text = (
        "Russian jets pounded Saraqib on Monday. State television said the army had killed "
        "dozens of fighters near Binnish and destroyed their vehicles, without saying whether "
        "aircraft were involved."
    )
    assert places(text, finder) == ["Saraqib"]


@pytest.mark.parametrize(
    "text",
    [
        "Jets carried out 20 airstrikes on Friday in the north, a military source said.\n\n"
        "According to the source, fighter jets targeted gatherings inside Binnish.",
        "Russian warplanes on Friday pounded villages near the border, local sources said.\n\n"
        "The jets hit Binnish in 18 sorties, according to a rebel commander.",
    ],
)
def test_a_wire_lead_s_day_dates_the_paragraphs_that_go_on_with_its_strikes(text, finder):
    (ev,) = events(text, finder, published=date(2015, 11, 21))
    assert (ev.place_as_written, ev.event_date) == ("Binnish", date(2015, 11, 20))


def test_a_facility_named_after_a_town_far_from_the_report_s_city_stays_in_that_town(finder):
    text = (
        "Russian jets struck Aleppo on Friday.\n\nLater, warplanes bombed the Kafr Nabl Hospital."
    )
    found = {ev.place_as_written: ev for ev in events(text, finder)}
    assert _resolved(found["Kafr Nabl"]).place.admin1 == "Idlib"


def test_the_past_hours_or_days_are_a_window_of_the_report_not_its_background(finder):
    text = "In the past 24 hours warplanes struck Binnish."
    assert places(text, finder) == ["Binnish"]


def test_a_reference_after_a_place_s_area_locates_that_area(finder):
    text = "Airstrikes targeted the Binnish area, east of Idlib city, on Monday."
    assert places(text, finder) == ["Binnish"]


def test_a_network_named_after_its_town_is_an_activists_voice(finder):
    text = "Idlib is Being Slaughtered said Russian jets struck Binnish on Monday."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimant) == ("Binnish", "activists")


def test_a_governorate_set_beside_a_heading_name_locates_it_in_the_entry(finder):
    text = (
        "Salhiya, Deir Ezzor, Syria\n"
        "At least four civilians were killed in alleged coalition strikes on Salhiya."
    )
    ev = next(ev for ev in events(text, finder) if ev.char_start > text.index("\n"))
    assert ev.admin1_hint == "Deir ez-Zor"


def test_a_paragraph_going_on_with_the_strikes_keeps_their_source(finder):
    text = (
        "Russian jets struck Saraqib on Monday, the Observatory said.\n\n"
        "The strikes also hit Binnish, where a school was destroyed."
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder)}
    assert found == {"Saraqib": "sohr", "Binnish": "sohr"}


# -- third blind set: tables, spellings, dates ---------------------------------------


def test_rows_of_a_table_under_a_strike_heading_are_struck_places(finder):
    text = (
        "Air raids counted by our monitors this week, one line per town.\n\n"
        "IDLIB\n"
        "Binnish (Idlib) - 3 Feb - 2 - Russian - 0\n"
        "Sarmin (Idlib) - 5 Feb - 4 - unidentified - 1\n"
    )
    got = {ev.place_as_written: (ev.event_date, ev.actor) for ev in events(text, finder)}
    assert got == {
        "Binnish": (date(2016, 2, 3), "russia"),
        "Sarmin": (date(2016, 2, 5), "unknown"),
    }


def test_rows_of_a_table_under_prose_without_strikes_are_no_events(finder):
    text = (
        "Prices of bread in the markets this week, one line per town.\n"
        "Binnish (Idlib) - 3 Feb - 200 - 250\n"
        "Sarmin (Idlib) - 5 Feb - 210 - 260\n"
    )
    assert places(text, finder) == []


def test_a_town_in_its_kurdish_spelling_is_a_struck_place(finder):
    text = "On Tuesday coalition jets struck ISIS positions in Minbic and around Girê Spî."
    assert places(text, finder) == ["Minbic", "Girê Spî"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("In mid-January, Russian jets bombed Binnish day after day.", date(2016, 1, 15)),
        ("Early in February, Russian jets bombed Binnish again.", date(2016, 2, 5)),
        ("Two weeks ago, Russian jets bombed Binnish.", date(2016, 1, 27)),
        ("In the first days of January, Russian jets bombed Binnish.", date(2016, 1, 4)),
        ("During the last week of January, Russian jets bombed Binnish.", date(2016, 1, 27)),
    ],
)
def test_a_part_of_a_month_or_a_count_back_dates_the_strike(finder, text, day):
    (ev,) = events(text, finder)
    assert ev.event_date == day


def test_a_time_phrase_with_before_keeps_the_date_beside_it(finder):
    text = "On 3 February, just before dawn, Russian jets pounded Binnish."
    (ev,) = events(text, finder)
    assert ev.event_date == date(2016, 2, 3)


def test_a_deadline_after_before_keeps_the_date_beside_it(finder):
    text = "On 3 February, in the hours before the deadline, Russian jets pounded Binnish."
    (ev,) = events(text, finder)
    assert ev.event_date == date(2016, 2, 3)


def test_a_dated_case_heading_dates_the_strikes_beneath_it(finder):
    text = (
        "Between January and February 2016 we spoke to survivors of air strikes on towns "
        "in Idlib governorate.\n\n"
        "CASE 1: BINNISH, 3 JANUARY 2016\n\n"
        "At about noon, a missile struck a bakery in Binnish.\n\n"
        "CASE 2: SARMIN, 2 FEBRUARY 2016\n\n"
        "At dawn, two missiles struck a school in Sarmin.\n"
    )
    got = {ev.place_as_written: ev.event_date for ev in events(text, finder)}
    assert got == {"Binnish": date(2016, 1, 3), "Sarmin": date(2016, 2, 2)}


def test_the_narrative_day_carries_to_a_claim_told_next(finder):
    text = (
        "Russian bombers began combat sorties on 3 February. "
        "The Russian Defence Ministry claimed strikes on terrorist targets in Binnish."
    )
    got = {ev.place_as_written: ev.event_date for ev in events(text, finder)}
    assert got == {"Binnish": date(2016, 2, 3)}


def test_cluster_munitions_falling_on_a_town_strike_it(finder):
    assert places("At noon, cluster munitions fell on Binnish.", finder) == ["Binnish"]


def test_shells_falling_on_a_town_are_no_air_strike(finder):
    text = "Rebel shells that fell on Binnish are not counted as air strikes."
    assert places(text, finder) == []


def test_a_denial_does_not_reach_the_strike_said_after_it(finder):
    text = (
        "The Russian Defence Ministry denied striking Sarmin and said its aircraft had "
        "hit terrorist positions near Binnish on Monday."
    )
    assert places(text, finder) == ["Binnish"]


def test_a_place_called_besieged_is_struck(finder):
    text = "Regime helicopters dropped barrel bombs on the besieged town of Talbiseh on Monday."
    assert places(text, finder) == ["Talbiseh"]


def test_a_pause_in_the_bombing_of_a_city_is_no_strike(finder):
    text = "The campaign ended a two-week pause in the bombing of Saraqib on Monday."
    assert places(text, finder) == []


def test_a_place_ground_forces_approached_is_no_struck_place(finder):
    text = (
        "On Monday Turkish jets struck ISIS positions in Tadef, as allied fighters "
        "approached Binnish from the north."
    )
    assert places(text, finder) == ["Tadef"]


def test_leaflets_dropped_on_a_town_are_no_strike(finder):
    text = "On Monday regime planes dropped leaflets on Binnish urging fighters to surrender."
    assert places(text, finder) == []


def test_a_place_rescuers_came_from_is_no_struck_place(finder):
    text = (
        "On Monday jets raided Sarmin, and civil defence teams from Binnish came to help "
        "with the rescue."
    )
    assert places(text, finder) == ["Sarmin"]


def test_a_place_a_ground_column_advances_from_is_no_struck_place(finder):
    text = "On Monday Russian jets struck ISIS around Palmyra to help a column advancing from Homs."
    assert places(text, finder) == ["Palmyra"]


def test_a_place_troops_pushed_beside_is_no_struck_place(finder):
    text = (
        "On Monday, as troops pushed north of Idlib towards the border, Russian jets "
        "bombed Binnish."
    )
    assert places(text, finder) == ["Binnish"]


def test_a_strike_under_a_condition_is_no_strike(finder):
    text = (
        "Russian jets struck Sarmin on Monday. "
        "If they strike the bakery in Binnish, the town will go hungry."
    )
    assert places(text, finder) == ["Sarmin"]


def test_a_place_a_correction_withdraws_is_no_struck_place(finder):
    text = (
        "Russian jets struck Sarmin on Monday. An earlier version of this article said "
        "the school struck was in Saraqib; it was in Sarmin."
    )
    assert places(text, finder) == ["Sarmin"]


def test_a_truce_named_for_a_city_is_no_strike_there(finder):
    text = (
        "Russian jets struck Sarmin on Monday. The strikes came as a three-day truce "
        "announced for Saraqib was extended."
    )
    assert places(text, finder) == ["Sarmin"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday an air strike killed a mother and her two sons in Binnish.",
        "On Monday an air strike killed a family of six in Binnish.",
        "On Monday jets struck the water station in Binnish.",
        "On Monday jets hit the grain silos of Binnish.",
        "On Monday jets struck a clinic in Binnish.",
        "On Monday jets destroyed an aid convoy at Binnish.",
    ],
)
def test_victims_as_family_and_civilian_facilities_are_civilian_targets(finder, text):
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_jabhat_fatah_al_sham_is_a_rebel_target(finder):
    text = "On Monday Russian jets struck Jabhat Fatah al-Sham targets in Binnish."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "rebels"


def test_pro_regime_aircraft_are_of_unknown_side(finder):
    (ev,) = events("On Monday pro-regime aircraft struck Binnish.", finder)
    assert ev.actor == "unknown"


def test_a_hedged_nationality_leaves_the_actor_unknown(finder):
    text = (
        "On Monday two missiles hit Binnish, and people said the planes were Russian, "
        "but I cannot say that for sure."
    )
    (ev,) = events(text, finder)
    assert ev.actor == "unknown"


def test_a_general_staff_claiming_speaks_for_its_government(finder):
    text = "Turkish jets struck ISIS positions in Tadef on Monday, the Turkish General Staff said."
    (ev,) = events(text, finder)
    assert ev.claimant == "governments"


def test_rescuers_at_work_are_no_claimant(finder):
    text = "On Monday Russian jets raided Sarmin, and civil defence teams came to help."
    (ev,) = events(text, finder)
    assert ev.claimant == "reporter"


def test_fighters_of_a_brigade_who_speak_are_rebel_claimants(finder):
    text = "Fighters of a local brigade said Binnish was struck by Russian jets on Monday."
    (ev,) = events(text, finder)
    assert ev.claimant == "rebels"


def test_the_answers_of_an_interview_speak_for_the_organisation_introduced(finder):
    text = (
        "We spoke with a man who leads the Civil Defence teams in the town.\n\n"
        "Q: What happened this week?\n\n"
        "A: On Monday barrel bombs fell on Binnish, and we pulled out five people.\n"
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "civil_defence"


def test_a_statement_titled_by_a_government_speaks_for_it(finder):
    doc = Document(
        "t",
        "t.txt",
        "Thank you, Mr President. Yesterday, aircraft bombed Binnish again.",
        date(2016, 2, 10),
        title="Statement by France at the Security Council on Idlib",
    )
    (ev,) = extract_events(doc, finder)
    assert ev.claimant == "governments"


def test_a_doubt_with_if_keeps_the_strike(finder):
    assert places("It was not clear if Russian jets struck Binnish on Monday.", finder) == [
        "Binnish"
    ]


def test_a_strike_amid_fighting_near_a_town_is_near_it(finder):
    text = "On Monday Russian jets struck rebel positions amid fighting near Binnish."
    assert places(text, finder) == ["Binnish"]


# -- a summary's entries: a place labelling its line, dated after it --------------------


def test_a_place_labelling_its_line_with_a_region_in_brackets_is_struck(finder):
    text = "Strikes per town this month:\n\nTalbiseh (Homs): 8 strikes, Russian aircraft.\n"
    assert places(text, finder, date(2016, 3, 31)) == ["Talbiseh"]


def test_an_entry_is_dated_by_the_day_written_after_it_not_by_the_entry_before(finder):
    text = (
        "Strikes per town this month:\n\n"
        "Talbiseh (Homs): 8 air strikes. The worst on 4 March, when a school was hit.\n\n"
        "Binnish (Idlib): 3 air strikes. The worst on 11 March, when a mill was hit.\n"
    )
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 3, 31))}
    assert found == {"Talbiseh": date(2016, 3, 4), "Binnish": date(2016, 3, 11)}


def test_an_entry_takes_the_target_its_paragraph_names_after_it(finder):
    text = (
        "Strikes per town this month:\n\n"
        "Talbiseh (Homs): 8 air strikes. The worst on 4 March, when a school was hit.\n"
    )
    (ev,) = events(text, finder, date(2016, 3, 31))
    assert ev.claimed_target == "civilians"


def test_a_governorate_the_text_does_not_date_is_covered_by_its_dated_towns(finder):
    text = (
        "Our monitors counted 40 air strikes on towns of Homs governorate.\n\n"
        "Talbiseh (Homs): 8 air strikes. The worst on 4 March, when a school was hit.\n"
    )
    assert places(text, finder, date(2016, 3, 31)) == ["Talbiseh"]


# -- spellings of other languages' transliterations ------------------------------------


def test_a_german_spelling_of_a_town_is_found(finder):
    text = "On Monday warplanes bombed the town of Dschisr al-Schughur."
    assert places(text, finder) == ["Dschisr al-Schughur"]
    (mention,) = finder(text)
    assert mention.candidates[0].admin1 == "Idlib"


# -- actors named by an air force or an aircraft type ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 6 December, Royal Air Force aircraft struck a depot near Raqqa.",
        "On 6 December, Tornado aircraft struck a depot near Raqqa.",
        "On 6 December, French fighter-bombers struck a depot near Raqqa.",
    ],
)
def test_an_air_force_or_aircraft_type_names_the_coalition(finder, text):
    (ev,) = events(text, finder, date(2015, 12, 8))
    assert ev.actor == "coalition"


# -- places another country's name introduces ------------------------------------------


def test_places_listed_in_another_country_are_not_struck_in_syria(finder):
    text = (
        "On 6 December jets struck a depot near Raqqa. They also struck ISIS in Iraq, "
        "including around Ramadi and Sinjar."
    )
    assert places(text, finder, date(2015, 12, 8)) == ["Raqqa"]


def test_a_dateline_naming_two_places_is_no_struck_place(finder):
    text = (
        "Damascus/Beirut (dpa) - In air raids on the rebel-held part of Aleppo, nine people "
        "were killed on Monday."
    )
    assert places(text, finder) == ["Aleppo"]


def test_a_place_named_with_a_year_long_past_is_history(finder):
    text = (
        "Jets bombed Binnish on Monday. The aircraft that bombed Hama in 1982 belonged to "
        "the father of today's president."
    )
    assert places(text, finder) == ["Binnish"]


@pytest.mark.parametrize(
    "text",
    [
        "Jets bombed Saraqib on Monday amid heavy flights over the nearby Sarmada.",
        "Jets bombed Saraqib on Monday while helicopters were hovering above Sarmada.",
        "Jets bombed Saraqib on Monday, with warplanes in the airspace of the border Sarmada.",
        "Jets bombed Saraqib on Monday, and flights in the atmosphere of Sarmada went on.",
    ],
)
def test_a_place_aircraft_only_flew_over_is_not_struck(text, finder):
    assert places(text, finder) == ["Saraqib"]


def test_a_place_with_no_missions_flown_over_it_is_not_struck(finder):
    text = (
        "The ministry says its aircraft have flown no missions over Binnish for a week and "
        "calls reports of strikes lies."
    )
    assert places(text, finder) == []


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Local coordination committees say a helicopter bombed Binnish on Monday.", "lcc"),
        (
            "On Monday the coalition bombed a depot in Raqqa, the US military announced.",
            "coalition",
        ),
    ],
)
def test_claimants_written_in_lowercase_or_as_the_us_military(finder, text, claimant):
    (ev,) = events(text, finder)
    assert ev.claimant == claimant


def test_the_district_of_a_city_neighbourhood_is_no_province(finder):
    text = (
        "On Thursday air raids killed nine people, among them patients of a hospital in the "
        "district of al-Sukkari."
    )
    (ev,) = events(text, finder)
    assert ev.place_as_written == "al-Sukkari"
    assert ev.place_level is None


# -- fifth blind set: ordinary reports ----------------------------------------------


def test_a_town_after_its_place_cue_is_found_before_a_verb_of_saying(finder):
    text = "A barrel bomb fell on a house in the village of Kafr Takharim, said a rescuer."
    assert places(text, finder) == ["Kafr Takharim"]


def test_a_distance_written_in_words_places_the_strike_off_the_town(finder):
    text = "On Monday, jets hit a training camp fifteen kilometres north-east of the town of Idlib."
    (ev,) = events(text, finder)
    assert ev.offset_km == 15.0
    assert ev.offset_written


@pytest.mark.parametrize(
    "text",
    [
        "A teacher from Saraqib who saw the raid said jets hit the market of Binnish on Monday.",
        "Jets struck the town of Binnish on Monday, a doctor told us by telephone from Saraqib.",
    ],
)
def test_where_a_witness_comes_or_speaks_from_is_not_struck(finder, text):
    assert places(text, finder) == ["Binnish"]


def test_where_speakers_are_is_struck_only_when_no_other_place_is_named(finder):
    assert places("Residents in Saraqib say warplanes bombed Binnish on Monday.", finder) == [
        "Binnish"
    ]
    assert places("Residents in Saraqib say warplanes bombed the town on Monday.", finder) == [
        "Saraqib"
    ]


def test_the_objective_of_a_ground_assault_is_not_struck(finder):
    text = (
        "Jets bombed Binnish on Monday as troops pressed an assault on the western districts "
        "of Saraqib."
    )
    assert places(text, finder) == ["Binnish"]


def test_a_city_holding_the_struck_neighbourhoods_named_before_it_adds_no_event(finder):
    text = (
        "Warplanes struck al-Shaar neighbourhood in the eastern neighbourhoods of Aleppo city "
        "on Sunday."
    )
    assert places(text, finder) == ["al-Shaar"]


@pytest.mark.parametrize(
    "text",
    [
        "On Friday jets bombed the Binnish farms north of Idlib city.",
        "Binnish lies about five miles north-east of Idlib, a city jets have bombed for months.",
    ],
)
def test_a_reference_point_locating_a_named_place_is_not_struck(finder, text):
    assert "Idlib" not in places(text, finder)


def test_the_governorate_of_an_air_base_flown_from_is_not_struck(finder):
    text = "Missiles were moved on Monday to the Hmeimim air base in Latakia province."
    assert places(text, finder) == []


def test_where_a_road_or_corridor_leads_is_not_struck(finder):
    text = "Jets bombed Binnish on Monday, on the corridor the army wants to open towards Saraqib."
    assert places(text, finder) == ["Binnish"]


def test_strikes_forecast_with_three_words_between_are_not_struck(finder):
    text = "Russia will probably intensify its raids on Saraqib in the coming weeks."
    assert places(text, finder) == []


def test_a_governorate_of_several_words_opening_the_sentence_is_its_setting(finder):
    text = "In Deir ez-Zor province, jets struck an oil depot near al-Mayadin on Monday."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.place_relation) == ("al-Mayadin", "near")


def test_a_target_set_on_fire_is_struck_when_aircraft_are_told_of(finder):
    text = "Su-25 jets flew 20 sorties. A fuel depot in the town of Saraqib was set on fire."
    assert places(text, finder) == ["Saraqib"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "On Monday helicopters bombed the rebel-held district of al-Shaar, killing a "
            "woman and her son.",
            "civilians",
        ),
        ("On Monday helicopters bombed the rebel-held district of al-Shaar.", "rebels"),
        (
            "Warplanes raided al-Shaar neighbourhood on Monday, leaving casualties among citizens.",
            "civilians",
        ),
    ],
)
def test_victims_named_beside_a_rebel_held_place_make_the_target_civilians(finder, text, target):
    (ev,) = events(text, finder)
    assert ev.claimed_target == target


def test_victims_placed_at_another_town_say_nothing_of_this_one(finder):
    text = "On Monday jets struck Binnish and Taftanaz, killing three citizens in Taftanaz."
    targets = {ev.place_as_written: ev.claimed_target for ev in events(text, finder)}
    assert targets == {"Binnish": "unspecified", "Taftanaz": "civilians"}


def test_the_coalition_task_force_names_the_coalition_as_actor(finder):
    text = "On Sunday, CJTF-OIR aircraft conducted six strikes near Manbij."
    (ev,) = events(text, finder)
    assert ev.actor == "coalition"


def test_a_report_opening_on_russian_or_syrian_aircraft_leaves_later_strikes_unattributed(
    finder,
):
    text = (
        "Russian or Syrian government aircraft have used cluster bombs, a rights group said. "
        "On May 2, a jet struck a school in Talbiseh. Russia denies using such bombs. Russia "
        "says its jets fly elsewhere."
    )
    actors = {ev.place_as_written: ev.actor for ev in events(text, finder)}
    assert actors == {"Talbiseh": "unknown"}


def test_a_religious_adjective_is_no_place(finder):
    text = "Jets struck Hardan on Tuesday as troops pushed towards two Shi'ite towns."
    assert places(text, finder) == ["Hardan"]


def test_a_claimant_saying_it_carried_out_strikes_is_not_at_work(finder):
    text = "The coalition said it had carried out six air strikes near Raqqa on Sunday."
    (ev,) = events(text, finder)
    assert ev.claimant == "coalition"


def test_a_commander_in_a_rebel_alliance_speaks_for_the_rebels(finder):
    text = "A commander in the Southern Front rebel alliance said jets struck Nawa on Monday."
    (ev,) = events(text, finder)
    assert ev.claimant == "rebels"


def test_the_claim_a_ministry_dismisses_is_the_reporters_of_it(finder):
    text = (
        "Russian jets flew 40 sorties. The ministry dismissed reports by local activists that "
        "a clinic in the town of Sarmin had been hit on Monday."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimant) == ("Sarmin", "activists")


def test_each_place_takes_the_date_written_right_after_it(finder):
    text = "Jets struck Binnish on February 3 and, activists said, hit Saraqib on February 1."
    dates = {ev.place_as_written: ev.event_date for ev in events(text, finder)}
    assert dates == {"Binnish": date(2016, 2, 3), "Saraqib": date(2016, 2, 1)}


def test_words_describing_the_speaker_yield_to_the_target_of_the_claim(finder):
    text = (
        "A commander in the Southern Front rebel alliance said jets struck Nawa on Monday, "
        "hitting a bakery."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_a_town_before_an_inverted_attribution_is_found(finder):
    text = "On Monday warplanes hit Kafr Nabl, said the Observatory."
    assert places(text, finder) == ["Kafr Nabl"]


def test_the_monitor_of_wire_copy_is_the_observatory(finder):
    text = "On Monday warplanes struck Saraqib, killing four, the Britain-based monitor said."
    (ev,) = events(text, finder)
    assert ev.claimant == "sohr"


def test_a_strike_over_the_weekend_is_dated_by_its_sunday(finder):
    text = "Jets bombed Saraqib over the weekend, activists said."
    (ev,) = events(text, finder, published=date(2016, 2, 10))
    assert ev.event_date == date(2016, 2, 7)


def test_victims_placed_in_a_governorate_still_speak_of_its_town(finder):
    text = "On Monday an air strike hit a clinic in the Idlib countryside town of Sarmin."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bombs rained down on Saraqib on Monday.", ["Saraqib"]),
        ("Shells rained down on Saraqib on Monday.", []),
    ],
)
def test_weapons_of_the_air_raining_down_on_a_town_strike_it(finder, text, expected):
    assert places(text, finder) == expected


# -- sixth blind set ------------------------------------------------------------------


def test_a_list_item_opening_with_its_province_strikes_the_finer_place(finder):
    text = (
        "The ministry listed its targets:\n\n"
        "- in Idlib province, near the village of Ehsem, Su-25 jets destroyed two depots;"
    )
    assert places(text, finder) == ["Ehsem"]


def test_a_place_near_which_a_province_s_targets_lie_is_struck(finder):
    text = (
        "The ministry said its jets hit 40 targets in Idlib province on Tuesday, "
        "including a depot near Ehsem."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.place_relation) == ("Ehsem", "near")


def test_provinces_struck_since_an_event_are_covered_by_the_statement_s_incidents(finder):
    text = (
        "(Amman, March 3, 2016) – Government jets have bombed markets across Idlib and Hama "
        "governorates since the start of the truce on February 27, the group said today.\n\n"
        "On February 29, an airstrike hit the market in Sarmin. On March 1, a jet bombed "
        "the market in Kafr Zita."
    )
    assert places(text, finder, published=date(2016, 3, 3)) == ["Sarmin", "Kafr Zita"]


def test_no_missions_over_the_city_of_a_place_strike_nothing_there(finder):
    text = (
        "The ministry says its jets have flown no missions over the city of Aleppo since "
        "Friday and are striking IS targets around Palmyra."
    )
    assert places(text, finder) == ["Palmyra"]


def test_a_place_in_a_summary_since_a_year_long_past_is_history(finder):
    text = (
        "The group has recorded attacks on schools since 2012, including the bombing of "
        "classrooms in Rastan. On Monday jets struck a school in Talbiseh."
    )
    assert places(text, finder) == ["Talbiseh"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jets struck Talbiseh on Monday. The army pounded Rastan with tanks.", ["Talbiseh"]),
        ("Jets struck Talbiseh. They pounded Rastan with rockets.", ["Talbiseh", "Rastan"]),
    ],
)
def test_a_town_pounded_with_artillery_or_tanks_is_not_struck(finder, text, expected):
    assert places(text, finder) == expected


def test_a_place_a_ground_offensive_is_north_of_is_not_struck(finder):
    text = (
        "Jets struck Talbiseh on Monday. The ground offensive north of Hama is the latest "
        "in a series of attacks launched by government forces since Russia began its air campaign."
    )
    assert places(text, finder) == ["Talbiseh"]


def test_a_place_locating_towns_named_next_is_not_struck(finder):
    text = "On Monday jets struck villages north of Hama, hitting Kafr Zita and Latamneh."
    assert places(text, finder) == ["Kafr Zita", "Latamneh"]


def test_a_kunya_followed_by_a_role_names_a_person(finder):
    text = '"Jets struck Talbiseh at dawn," said Abu Omar, a spokesman for a rebel group.'
    assert places(text, finder) == ["Talbiseh"]


@pytest.mark.parametrize("source", ["by activists", "on opposition websites"])
def test_a_denied_report_of_a_strike_stays_the_reporters_claim(finder, source):
    text = (
        f'Konashenkov dismissed as "lies" reports {source} that jets had hit a clinic in '
        "Sarmin on Sunday."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimant) == ("Sarmin", "activists")


def test_people_killed_in_a_rebel_enclave_make_the_target_civilians(finder):
    text = (
        "Activists in the rebel enclave say air strikes hit Sarmin on Monday, "
        "killing at least six people."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_a_following_doubt_about_whose_jets_leaves_the_actor_unknown(finder):
    text = (
        "Russian jets have bombed Idlib province for weeks.\n\n"
        "On Monday warplanes struck a market in Sarmin, killing nine. "
        "It is not clear whether the jets were Russian or Syrian."
    )
    (ev,) = events(text, finder)
    assert ev.actor == "unknown"


def test_a_live_post_heading_naming_a_province_adds_no_event(finder):
    text = (
        "Posted at 11:20 GMT\n\n"
        "Jets return over the south\n\n"
        "Activists say air strikes hit the town of Nawa this morning, killing three people.\n\n"
        "Posted at 10:05 GMT\n\n"
        "Strike on bakery in Idlib province\n\n"
        "Rescuers say nine people were killed when warplanes struck a bakery in the town of "
        "Sarmin, in Idlib province, yesterday.\n\n"
        "Posted at 09:40 GMT\n\n"
        "Talks delayed\n\n"
        "The envoy says the next round of talks will not open before Friday."
    )
    assert places(text, finder) == ["Nawa", "Sarmin"]


def test_the_coalition_s_own_strike_report_is_its_claim(finder):
    text = (
        "Local sources said a family was killed in Qabasin.\n\n"
        "The coalition's daily strike report for Monday listed three air strikes near Manbij."
    )
    claims = {ev.place_as_written: ev.claimant for ev in events(text, finder)}
    assert claims["Manbij"] == "coalition"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ground force's attack beside a strike in a clause opened by "as"
        ("Rebels attacked Fuaa as Russian jets struck Binnish on Monday.", ["Binnish"]),
        (
            "Fighters of Jaish al-Fatah attacked Kefraya as Russian jets struck Taftanaz "
            "on Monday.",
            ["Taftanaz"],
        ),
        # what the strikes helped ground forces do is no strike
        (
            "Warplanes struck Anadan on Monday, helping government troops to break the siege "
            "of Nubl.",
            ["Anadan"],
        ),
    ],
)
def test_ground_forces_in_their_own_clause_strike_nothing(finder, text, expected):
    assert places(text, finder, date(2016, 2, 17)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jets hit the following villages on Monday: Kafr Hamra, Maarat al-Artiq and Hayan.",
        "Russian jets struck three towns on Monday: Kafr Hamra, Maarat al-Artiq, Hayan.",
    ],
)
def test_a_list_a_colon_opens_after_a_strike_names_the_places_struck(finder, text):
    evs = events(text, finder, date(2016, 2, 17))
    assert [ev.place_as_written for ev in evs] == ["Kafr Hamra", "Maarat al-Artiq", "Hayan"]
    # "the following villages" opens a list, not another clause: Monday dates them
    assert {ev.event_date for ev in evs} == {date(2016, 2, 15)}


def test_one_name_after_a_colon_is_no_list(finder):
    text = "Russian jets struck Anadan on Monday: Hayan residents said ten people died."
    assert places(text, finder, date(2016, 2, 17)) == ["Anadan"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets bombed Free Syrian Army positions in Kafr Nabudah on Monday.",
        "Russian warplanes struck a base of the New Syrian Army near Albu Kamal on Monday.",
    ],
)
def test_a_rebel_army_named_syrian_is_no_regime_actor(finder, text):
    (ev,) = events(text, finder, date(2016, 2, 17))
    assert ev.actor == "russia"


def test_a_capital_speaking_of_its_planes_names_claimant_and_actor(finder):
    (ev,) = events("Moscow says its planes hit Islamic State targets in Raqqa.", finder)
    assert (ev.claimant, ev.actor, ev.claimed_target) == ("russian_mod", "russia", "isis")


def test_the_coalition_speaking_of_its_aircraft_is_the_actor(finder):
    text = "The coalition said its aircraft struck an oil well near Deir ez-Zor on Monday."
    (ev,) = events(text, finder, date(2016, 2, 17))
    assert ev.actor == "coalition"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ground forces who speak of bombs falling are no ground fire
        ("Rebels say the bombs fell on their positions in Talbiseh.", ["Talbiseh"]),
        # ... but their own attack stays theirs
        ("Rebels said they attacked Fuaa as Russian jets struck Binnish.", ["Binnish"]),
    ],
)
def test_ground_forces_speaking_of_an_air_strike(finder, text, expected):
    assert places(text, finder) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Coalition strikes on Monday hit the Hazawneh district of Manbij, killing 15 people.",
        "Coalition strikes on Monday hit the Hazawneh neighbourhood in Manbij, killing 15.",
    ],
)
def test_a_district_of_a_town_is_looked_for_in_that_town(finder, text):
    (ev,) = events(text, finder, date(2016, 7, 20))
    assert (ev.place_as_written, ev.city_hint) == ("Hazawneh", "Manbij")


# -- seventh set of ordinary reports -----------------------------------------------------


def test_a_personal_name_ending_a_list_item_does_not_hide_the_next_item(finder):
    text = "On Monday jets struck the districts of Sheikh Saeed, Sakhour and al-Shaar."
    assert places(text, finder) == ["Sheikh Saeed", "Sakhour", "al-Shaar"]


def test_a_place_near_which_a_list_of_provinces_targets_lie_is_struck(finder):
    text = (
        "The ministry said its jets hit 49 targets in the provinces of Hama, Idlib and "
        "Latakia on Monday, including a command post near Latamneh."
    )
    found = {ev.place_as_written: ev.place_relation for ev in events(text, finder)}
    assert found["Latamneh"] == "near"


def test_a_second_region_locating_the_listed_villages_is_not_struck(finder):
    text = (
        "On Tuesday jets pounded positions in Kabani, Rabia and Atira in Jabal al-Akrad "
        "and Jabal al-Turkman."
    )
    assert places(text, finder) == ["Kabani", "Rabia", "Atira"]


def test_the_news_spelling_of_a_village_east_of_al_bab_is_found(finder):
    assert places("On Wednesday Turkish jets hit positions in the village of Bza'a.", finder) == [
        "Bza'a"
    ]


def test_a_place_people_fled_from_is_not_struck(finder):
    text = (
        "On Tuesday night missiles fell on the blocks of al-Maadi, where families who fled "
        "Masaken Hanano had taken shelter."
    )
    assert places(text, finder) == ["al-Maadi"]


def test_a_target_still_to_come_is_no_strike(finder):
    text = (
        "Russian jets pounded Kabani on Tuesday. Experts believe that the army's next "
        "target will be the town of Kinsabba."
    )
    assert places(text, finder) == ["Kabani"]


def test_a_town_used_to_fire_rockets_is_not_struck(finder):
    text = (
        "Russian jets pounded Kabani on Tuesday. Salma was the main stronghold of the "
        "militants and was used to fire rockets on the villages of the coast."
    )
    assert places(text, finder) == ["Kabani"]


def test_places_in_a_tally_since_the_start_of_the_year_are_not_struck(finder):
    text = (
        "On Monday jets struck the hospital in Taftanaz. Since the beginning of 2016, "
        "the group has documented 38 attacks on its hospitals, 27 of them in Idlib and "
        "Aleppo governorates."
    )
    assert places(text, finder) == ["Taftanaz"]


def test_an_organisation_s_initials_are_no_village(finder):
    text = "On Monday jets struck a field hospital run by SMRA in Taftanaz."
    assert places(text, finder) == ["Taftanaz"]


def test_a_place_of_which_forces_seized_a_share_is_not_struck(finder):
    text = (
        "Government forces have seized more than a third of rebel-held eastern Aleppo, "
        "as the bombing of the neighborhoods still in rebel hands went on on Monday."
    )
    assert places(text, finder) == []


def test_a_day_in_a_relative_clause_after_the_strike_does_not_date_it(finder):
    text = (
        "Jets struck Sheikh Saeed on Tuesday night.\n"
        "Missiles also fell on the blocks of al-Maadi, where families who fled their homes "
        "last week had taken shelter."
    )
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 12, 7))}
    assert found["al-Maadi"] == date(2016, 12, 6)


def test_a_headline_place_takes_the_weekday_the_body_gives_it(finder):
    text = (
        "Turkish jets hit 67 targets around al-Bab\n\n"
        "Turkish warplanes destroyed 67 targets on Wednesday, the army said on Thursday. "
        "The airstrikes hit positions in al-Bab and Tadif, it said."
    )
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 12, 22))}
    assert found["al-Bab"] == date(2016, 12, 21)


def test_the_day_of_what_followed_the_strike_bounds_it(finder):
    text = (
        "Coalition warplanes struck positions in the village of Tal Saman before the "
        "fighters entered it on Monday afternoon."
    )
    (ev,) = events(text, finder, date(2016, 11, 15))
    assert ev.event_date == date(2016, 11, 14)


def test_the_outlet_s_own_correspondent_is_the_reporter(finder):
    text = (
        "Activists said jets hit Tal Abyad on Sunday. "
        "Coalition warplanes struck positions in Tal Saman on Monday, our correspondent in "
        "the area reported."
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder)}
    assert found["Tal Saman"] == "reporter"


def test_an_institution_named_again_speaks_for_its_country(finder):
    text = (
        "Turkish warplanes destroyed 67 targets on Wednesday, the Turkish General Staff said.\n"
        "In a written statement, the General Staff said the airstrikes hit positions in Tadif."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "governments"


def test_the_free_syrian_army_names_no_regime_aircraft(finder):
    text = (
        "Turkish warplanes hit 67 targets on Wednesday, the army said.\n"
        "Free Syrian Army fighters clashed with militants west of the town.\n"
        "The Free Syrian Army has since retaken Jarablus.\n"
        "The statement said the airstrikes hit positions in Tadif."
    )
    (ev,) = events(text, finder)
    assert ev.actor == "coalition"


def test_an_airstrike_of_unknown_nationality_has_no_actor(finder):
    text = (
        "Coalition warplanes struck positions near Raqqa on Monday. An airstrike of unknown "
        "nationality hit a house in the town of al-Karama on Sunday."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder)}
    assert found["al-Karama"] == "unknown"


def test_a_convoy_delivering_humanitarian_aid_is_a_civilian_target(finder):
    text = (
        "Last night aircraft struck a convoy of the Red Crescent in Urum al-Kubra while it "
        "was delivering humanitarian aid."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_reported_speech_about_the_same_missiles_keeps_their_day(finder):
    text = (
        "Warplanes launched raids on Tuesday night on Sheikh Saeed, the Civil Defense said.\n"
        "An activist told the agency that the vacuum missiles fell on the blocks of al-Maadi."
    )
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 12, 7))}
    assert found["al-Maadi"] == date(2016, 12, 6)


def test_a_day_in_a_relative_clause_telling_the_toll_dates_the_strike(finder):
    text = "Russian jets struck the market in Saraqib, where 12 people were killed on Sunday."
    (ev,) = events(text, finder)
    assert ev.event_date == date(2016, 2, 7)


@pytest.mark.parametrize(
    "text",
    [
        "Air raids targeted Kafranbel on Monday, the Idlib Media Center said.",
        "The Daraa Media Office said barrel bombs hit Da'el on Monday.",
    ],
)
def test_a_local_media_centre_is_an_activists_claim(finder, text):
    (ev,) = events(text, finder, date(2016, 2, 17))
    assert ev.claimant == "activists"


def test_a_place_keeps_the_weekday_written_right_after_it(finder):
    text = (
        "Jets struck a bakery in Saraqeb on Monday, the second attack on a bakery since "
        "the raid on Kafr Nabl last month."
    )
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 10, 20))}
    assert dated["Saraqeb"] == date(2016, 10, 17)


def test_what_happened_days_before_is_no_strike_unless_it_was_one(finder):
    text = "Jets struck Saraqeb on Monday, a day after a UN convoy reached Binnish."
    assert places(text, finder, date(2016, 10, 20)) == ["Saraqeb"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Jets struck Saraqeb on Monday, a day after raids on Binnish killed five.", 16),
        ("A day after raids on Binnish, jets struck Saraqeb on Monday.", 16),
        ("Jets struck Saraqeb on Monday, two days after air strikes killed 20 in Binnish.", 15),
    ],
)
def test_a_strike_a_count_of_days_before_takes_its_own_day(finder, text, day):
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 10, 20))}
    assert dated == {"Saraqeb": date(2016, 10, 17), "Binnish": date(2016, 10, day)}


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said on Tuesday its planes had halted strikes on Aleppo.",
        "Russia said it had stopped its bombing of Aleppo on Tuesday.",
    ],
)
def test_strikes_said_to_have_stopped_are_no_strike(finder, text):
    assert places(text, finder) == []


# -- eighth blind set ----------------------------------------------------------------


def test_a_toll_item_killed_by_ground_fire_is_not_struck(finder):
    text = (
        "Idlib: 9 martyrs, 6 in Sarmin due to Russian warplanes shelling, 2 in Morek by tank "
        "shelling, and 1 in Taftanaz under the rubble of a house hit by a barrel bomb."
    )
    assert places(text, finder) == ["Sarmin", "Taftanaz"]


def test_a_hashtag_joining_the_article_by_an_underscore_names_a_place(finder):
    text = "#Aleppo: 4 martyrs in #al_Khafsa due to Russian warplanes shelling."
    assert places(text, finder) == ["al_Khafsa"]


def test_a_toll_item_names_its_own_killer(finder):
    text = (
        "Aleppo: 7 martyrs, 4 in Anadan by explosive barrels dropped by regime helicopters, "
        "and 3 in Hayan due to Russian warplanes shelling."
    )
    actors = {ev.place_as_written: ev.actor for ev in events(text, finder)}
    assert actors == {"Anadan": "regime", "Hayan": "russia"}


def test_a_mortar_team_struck_is_the_target_not_ground_fire(finder):
    text = "A coalition aircraft struck a Daesh mortar team about 5 km south-east of Dabiq."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.offset_km) == ("Dabiq", 5.0)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "The Ministry of Defence said that on Sunday RAF jets struck a Daesh "
            "headquarters in al-Tabqa.",
            "governments",
        ),
        (
            "The Russian Defence Ministry said coalition jets had struck a bridge in al-Tabqa.",
            "russian_mod",
        ),
    ],
)
def test_a_ministry_telling_of_the_coalition_s_strikes_is_a_government(finder, text, claimant):
    (ev,) = events(text, finder)
    assert (ev.actor, ev.claimant) == ("coalition", claimant)


def test_rockets_owned_by_a_ground_side_are_not_an_air_strike(finder):
    text = (
        "Russian jets struck Salma on Monday. The coast around Qardaha is the government's "
        "heartland, and rebel rockets had fallen on it for years."
    )
    assert places(text, finder) == ["Salma"]


def test_aid_named_before_dropped_is_no_weapon(finder):
    text = (
        "Russian jets struck Maadan on Monday. Photo: residents of Deir ez-Zor collect "
        "aid dropped by parachute, January 15, 2016."
    )
    assert places(text, finder) == ["Maadan"]


def test_a_name_after_my_colleague_is_a_person(finder):
    text = (
        "My colleague Samer, who runs the clinic in Zamalka, told me a Russian air strike "
        "on Saturday had destroyed the clinic's generator."
    )
    assert places(text, finder) == ["Zamalka"]


def test_a_strike_dated_years_before_the_report_is_history(finder):
    text = (
        "Jets struck Anadan on Monday. The video first appeared online in May 2014, when it "
        "was described as the aftermath of a barrel bomb in the al-Shaar district of Aleppo."
    )
    assert places(text, finder, published=date(2016, 8, 25)) == ["Anadan"]


def test_a_toll_item_naming_aircraft_alone_names_no_actor(finder):
    text = (
        "Idlib: 9 martyrs, 6 in Sarmin due to Russian warplanes shelling, "
        "and 3 in Taftanaz due to warplanes shelling."
    )
    actors = {ev.place_as_written: ev.actor for ev in events(text, finder)}
    assert actors == {"Sarmin": "russia", "Taftanaz": "unknown"}


@pytest.mark.parametrize(
    "text",
    [
        "The hill of Kabani had held out for three years. On Thursday, Russian jets struck it "
        "at least 30 times.",
        "A drone kept watch on Daesh activity around Raqqa. When fighters were seen at a "
        "compound on the edge of the city, coalition jets struck the compound.",
    ],
)
def test_a_strike_pointing_back_takes_the_place_of_the_sentence_before(finder, text):
    assert len({ev.place_as_written for ev in events(text, finder)}) == 1


def test_a_day_heading_dates_the_paragraphs_below_it(finder):
    text = (
        "Friday 30 September: Two Tornados flew a reconnaissance mission over Iraq.\n\n"
        "Over Syria, RAF jets struck a Daesh compound in al-Tabqa.\n\n"
        "Saturday 1 October: RAF jets struck a Daesh mortar team near Dabiq."
    )
    days = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 10, 3))}
    assert days == {"al-Tabqa": date(2016, 9, 30), "Dabiq": date(2016, 10, 1)}


def test_a_line_opening_on_a_ground_faction_after_its_label_tells_no_strike(finder):
    text = (
        "Idlib: Russian warplanes launched 6 raids on Sarmin.\n\n"
        "Aleppo: The Free Syrian Army destroyed a regime tank on the front of al-Eis."
    )
    assert places(text, finder) == ["Sarmin"]


def test_sources_a_report_lists_are_not_the_claimant_of_its_strikes(finder):
    text = (
        "Each dot marks a strike reported by two sources, among them the Syrian Civil "
        "Defence, local councils and the Idlib Media Centre. On 18 November, jets struck "
        "Kafr Sijnah."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "reporter"


def test_a_medic_named_as_the_speaker_after_a_comma_speaks_as_activists(finder):
    text = (
        "Russian jets struck Kabani on Thursday, the Observatory said. Late on Friday, a "
        "strike on a car park in Bdama killed five people, a doctor at the town's clinic "
        "said by phone."
    )
    claims = {ev.place_as_written: ev.claimant for ev in events(text, finder)}
    assert claims == {"Kabani": "sohr", "Bdama": "activists"}


def test_he_said_points_back_at_the_last_speaker_named(finder):
    text = (
        "The Observatory said jets struck al-Mayadin on Saturday.\n\n"
        '"Near the settlement of Ayyash, bombers destroyed a command post," ministry '
        "spokesman Igor Konashenkov told reporters.\n\n"
        "In the province of Raqqa, he said, Su-34 bombers struck a training camp near the "
        "settlement of Maadan."
    )
    claims = {ev.place_as_written: ev.claimant for ev in events(text, finder)}
    assert claims["Maadan"] == "russian_mod"


def test_a_symbol_the_map_defines_as_a_strike_is_a_strike_word(finder):
    text = (
        "Each dot on Map 3 marks a strike reported by two sources.\n\n"
        "Three dots appear around Latamneh, all on 17 November."
    )
    (ev,) = events(text, finder, date(2016, 11, 23))
    assert (ev.place_as_written, ev.place_relation) == ("Latamneh", "near")


def test_the_outskirts_of_the_town_named_again_make_the_strike_near_it(finder):
    text = (
        "This morning Syrian jets circled over Saqba and struck the fields on the outskirts "
        "of the town."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.place_relation) == ("Saqba", "near")


def test_fighters_of_a_brigade_make_the_target_rebels(finder):
    text = "On Friday, Russian strikes on Ghmam killed 11 fighters of a Turkmen brigade."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "rebels"


def test_where_ground_forces_went_after_a_strike_is_not_struck(finder):
    text = "Jets struck Saraqeb on Monday after rebels withdrew to Binnish."
    assert places(text, finder, date(2016, 10, 20)) == ["Saraqeb"]


def test_fighting_in_the_next_clause_does_not_undate_the_strike(finder):
    text = "Jets struck Saraqeb on Monday; clashes broke out in Binnish."
    (ev,) = events(text, finder, date(2016, 10, 20))
    assert ev.event_date == date(2016, 10, 17)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Saraqeb, a town on the M5 highway, rose against Assad in 2011. Russian jets bombed "
            "its market on Wednesday.",
            "Saraqeb",
        ),
        (
            "The town of Talbiseh has been under siege since 2012. Its residents depend on "
            "smuggled food. On Tuesday, warplanes struck its main square.",
            "Talbiseh",
        ),
    ],
)
def test_a_strike_on_its_market_points_back_at_the_place_named_before(finder, text, place):
    assert places(text, finder, date(2016, 10, 20)) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck Saraqeb on Monday, sources in Binnish told the agency.",
        "Jets struck Saraqeb on Monday, rescuers in Binnish told the agency.",
        "Jets struck Saraqeb on Monday to tighten the siege of Binnish.",
        "Jets struck Saraqeb on Monday, part of the battle for Binnish.",
    ],
)
def test_speakers_places_and_ground_objectives_beside_a_strike(finder, text):
    assert places(text, finder, date(2016, 10, 20)) == ["Saraqeb"]


def test_the_besieged_town_is_still_struck(finder):
    assert places("Jets pounded the besieged town of Madaya on Monday.", finder) == ["Madaya"]


def test_ground_fire_after_the_strike_words_leaves_the_strike_its_day(finder):
    text = "Strikes on Monday hit Kafr Zita, and artillery shelled Latamna."
    evs = extract_events(
        Document("t", "t.txt", text, date(2016, 10, 20), title="Russian air strikes hit Hama"),
        finder,
    )
    assert [(ev.place_as_written, ev.event_date) for ev in evs] == [
        ("Kafr Zita", date(2016, 10, 17))
    ]


def air_report(text, finder, published=date(2016, 10, 20)):
    """Events of a report whose title speaks of the air war."""
    doc = Document("t", "t.txt", text, published, title="Russian air strikes hit Idlib")
    return [(ev.place_as_written, ev.event_date) for ev in extract_events(doc, finder)]


def test_a_clause_on_the_strikes_themselves_gives_their_day(finder):
    text = "The strikes, which began at dawn on Tuesday, hit Kafr Nabl and Hass."
    assert air_report(text, finder) == [
        ("Kafr Nabl", date(2016, 10, 18)),
        ("Hass", date(2016, 10, 18)),
    ]


def test_raids_in_a_report_on_the_air_war_are_air_raids(finder):
    text = "The raids came late on Tuesday and early Wednesday in Kafr Nabl."
    assert air_report(text, finder) == [("Kafr Nabl", date(2016, 10, 18))]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, jets hit Sarmin; on Wednesday they bombed Binnish.",
        "Three days ago, jets hit Sarmin, and yesterday they bombed Binnish.",
        "Three days ago jets hit Sarmin; yesterday they bombed Binnish.",
    ],
)
def test_each_strike_clause_takes_the_day_it_holds(finder, text):
    assert air_report(text, finder) == [
        ("Sarmin", date(2016, 10, 17)),
        ("Binnish", date(2016, 10, 19)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Jets returned to bomb Binnish.",
        "Warplanes came back on Thursday to pound Binnish.",
        "Helicopters flew from the airport to bomb Binnish.",
    ],
)
def test_aircraft_that_go_back_or_set_out_to_bomb_a_place_strike_it(finder, text):
    assert [p for p, _ in air_report(text, finder)] == ["Binnish"]


@pytest.mark.parametrize(
    "text",
    ["Moscow threatened to bomb Binnish.", "The pilots refused to bomb Binnish."],
)
def test_a_will_to_bomb_a_place_is_no_strike(finder, text):
    assert air_report(text, finder) == []


def test_an_area_written_as_the_owner_of_a_town_only_locates_it(finder):
    assert air_report("Government jets bombed Eastern Ghouta's Douma.", finder) == [
        ("Douma", date(2016, 10, 20))
    ]


@pytest.mark.parametrize(
    "text",
    ["Bombs fell in and around Kafr Nabl on Monday.", "Bombs landed near Kafr Nabl."],
)
def test_air_weapons_falling_in_or_near_a_place_strike_it(finder, text):
    assert [p for p, _ in air_report(text, finder)] == ["Kafr Nabl"]


def test_shells_falling_in_a_place_are_no_strike(finder):
    assert air_report("Mortar shells fell in Kafr Nabl, state media said.", finder) == []


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb killed 12 people in Jableh, hours after jets hit Talbiseh.",
        "Jets hit Talbiseh; a suicide bomber killed five in Jableh.",
    ],
)
def test_a_bomb_of_the_ground_killing_people_is_no_strike(finder, text):
    assert [p for p, _ in air_report(text, finder)] == ["Talbiseh"]


def test_a_tally_by_province_adds_no_event_where_any_voice_names_a_finer_place(finder):
    text = (
        "Russia's ministry said its jets hit 40 targets in Idlib and Hama provinces on Monday. "
        "Activists said raids on Monday killed four in Sarmin."
    )
    assert [p for p, _ in air_report(text, finder)] == ["Hama provinces", "Sarmin"]


def test_a_claim_of_whose_ground_was_hit_in_a_province_stays_the_claimant_s_event(finder):
    text = (
        "Russia's ministry said its jets hit ISIS positions in Idlib province on Monday. "
        "Activists said raids on Monday killed four in Sarmin."
    )
    assert [p for p, _ in air_report(text, finder)] == ["Idlib province", "Sarmin"]


def test_the_dead_of_a_place_who_died_of_older_wounds_are_no_strike_on_it(finder):
    text = (
        "The monitor documented three deaths in airstrikes on the town of Hazano, and two "
        "others from the town of Harem died of wounds sustained in earlier raids."
    )
    assert [p for p, _ in air_report(text, finder)] == ["Hazano"]


@pytest.mark.parametrize(
    "text",
    [
        "Warplanes struck the Hama-Aleppo highway near Morek.",
        "Jets hit vehicles on the Damascus–Homs road near Morek.",
    ],
)
def test_the_two_ends_that_name_a_road_are_no_struck_places(finder, text):
    assert [p for p, _ in air_report(text, finder)] == ["Morek"]


def test_fighters_based_in_a_town_struck_elsewhere_leave_the_struck_place(finder):
    assert [p for p, _ in air_report("Jets bombed Hama-based rebels in Morek.", finder)] == [
        "Morek"
    ]


def test_targets_that_artillery_fired_on_are_no_strike(finder):
    text = (
        "The military said its jets hit 18 targets near Anadan, and that artillery fired on "
        "targets near Morek."
    )
    assert [p for p, _ in air_report(text, finder)] == ["Anadan"]


@pytest.mark.parametrize(
    "text",
    ["Jets struck tanks near Morek.", "Warplanes destroyed two regime tanks near Morek."],
)
def test_weapons_of_the_ground_a_strike_hit_leave_their_place_struck(finder, text):
    assert [p for p, _ in air_report(text, finder)] == ["Morek"]


# -- the twelfth set's families -----------------------------------------------------


def digest(text: str, finder, title: str = "Coalition strikes in Syria: the week by area"):
    """Events of a weekly digest of the coalition's strike reports."""
    doc = Document("t", "t.txt", text, date(2016, 12, 16), title=title)
    return extract_events(doc, finder)


def test_counted_strikes_in_a_report_on_coalition_strikes_are_air_strikes(finder):
    text = "December 10: Near Tabqa, two strikes destroyed an ISIL staging area."
    assert [(ev.place_as_written, ev.event_date) for ev in digest(text, finder)] == [
        ("Tabqa", date(2016, 12, 10))
    ]


def test_a_ground_offensive_located_by_compass_from_a_place_is_no_strike_on_it(finder):
    text = (
        "Russian jets struck positions in support of the regime offensive north of Hama on Monday."
    )
    assert places(text, finder) == []


@pytest.mark.parametrize(
    "text",
    [
        "December 12: Near Deir ez-Zor, one strike destroyed an ISIL oil wellhead.",
        "Jets hit an ISIL convoy near Raqqa on December 12, according to the Coalition.",
        "The Coalition reported that jets hit an ISIL convoy near Raqqa on December 12.",
    ],
)
def test_the_coalition_s_own_line_or_its_report_speaks_for_the_coalition(finder, text):
    (ev,) = digest(text, finder)
    assert ev.claimant == "coalition"


def test_ground_forces_something_was_seized_from_are_not_the_strikers(finder):
    text = (
        "The Coalition reported 94 strikes in Syria this week.\n\nDecember 13: Near Palmyra, "
        "three strikes destroyed artillery pieces the group had seized from regime forces."
    )
    (ev,) = digest(text, finder)
    assert ev.actor == "coalition"


def test_victims_of_one_clause_say_nothing_of_the_place_of_another(finder):
    text = (
        "Russian warplanes raided Nawa, killing 9 civilians, while regime helicopters dropped "
        "barrel bombs on Tafas."
    )
    assert [(ev.place_as_written, ev.claimed_target) for ev in events(text, finder)] == [
        ("Nawa", "civilians"),
        ("Tafas", "unspecified"),
    ]


def test_victims_in_a_clause_naming_no_place_tell_of_the_strike_in_the_next(finder):
    text = "Five civilians were killed when Russian jets struck the town of Nawa."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_victims_a_claim_does_not_mention_are_no_target(finder):
    text = (
        "State media said the air force destroyed weapons depots in Talbiseh on Monday, "
        "without mentioning civilian casualties."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "unspecified"


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets pounded the mountains. On the ground, the mujahideen repelled an attack "
        "on the hill of Jeb al-Ahmar, destroying a tank.",
        "Russian jets pounded the mountains. Assad's militias attacked the hill of Jeb al-Ahmar "
        "and destroyed two houses.",
    ],
)
def test_militias_and_mujahideen_leading_a_sentence_fight_on_the_ground(finder, text):
    assert places(text, finder) == []


def test_the_fast_and_the_feasts_are_no_places(finder):
    text = "Russian jets struck the market of Rastan as families broke the Ramadan fast on Sunday."
    assert places(text, finder) == ["Rastan"]


def test_a_reference_after_a_named_valley_locates_the_valley(finder):
    text = (
        "Regime warplanes raided the town of Ain al-Fijah in the Wadi Barada valley northwest "
        "of Damascus on Friday."
    )
    assert places(text, finder, date(2016, 12, 24)) == ["Ain al-Fijah"]


def test_a_capital_that_intends_something_is_a_government(finder):
    text = (
        "Russian jets pounded the south. Saturday's strikes on Daraa, a front that had been "
        "quiet for most of 2015, suggest that Moscow and Damascus intend to negotiate from "
        "the air."
    )
    assert places(text, finder, date(2016, 1, 31)) == ["Daraa"]


def test_an_outlet_or_a_correspondent_named_after_a_place_is_no_strike_on_it(finder):
    text = (
        "Nida al-Sham correspondent reported that Russian warplanes targeted the villages of "
        "Kafr Dulba and Obin."
    )
    assert places(text, finder, date(2015, 12, 19)) == ["Kafr Dulba", "Obin"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets struck Binnish on Saturday. Last year I wrote about the barrel bombs "
        "on Sarmin.",
        "Russian jets struck Binnish on Saturday. Two years ago, barrel bombs fell on Sarmin.",
    ],
)
def test_strikes_of_last_year_or_years_ago_are_history(finder, text):
    assert places(text, finder, date(2016, 1, 10)) == ["Binnish"]


def test_what_goes_on_in_conjunction_with_a_strike_says_nothing_of_its_target(finder):
    text = (
        "Warplanes believed to be Russian targeted the towns of Zitan and Khalasa, in "
        "conjunction with clashes between the rebels and the regime forces near Khan Touman."
    )
    assert [ev.claimed_target for ev in events(text, finder)] == ["unspecified", "unspecified"]


def test_raids_told_in_conjunction_with_shelling_are_strikes_of_their_own(finder):
    text = (
        "Government artillery pounded homes in al-Sakhour, in conjunction with raids by "
        "helicopters on the district of Bustan al-Qasr."
    )
    assert places(text, finder) == ["Bustan al-Qasr"]


def test_a_local_council_speaks_as_activists(finder):
    text = (
        "On Thursday, regime helicopters dropped barrel bombs on Basima, wounding eleven "
        "people, according to the Wadi Barada local council."
    )
    (ev,) = events(text, finder, date(2016, 12, 24))
    assert ev.claimant == "activists"


def test_the_day_of_earlier_wounds_does_not_date_a_strike(finder):
    text = (
        "Warplanes targeted the town of al-Hadher, while ISIS shelled Marea, and a child died "
        "of wounds he sustained last week."
    )
    (ev,) = events(text, finder, date(2015, 10, 22))
    assert (ev.place_as_written, ev.event_date) == ("al-Hadher", date(2015, 10, 22))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The ministry said its jets hit terrorist targets in Hama province, while the "
            "fighters and the civilians of the liberated areas pay the price.",
            "unspecified",
        ),
        (
            "Jets struck a convoy in Urum al-Kubra last night, while it was delivering "
            "humanitarian aid.",
            "civilians",
        ),
    ],
)
def test_a_later_clause_with_its_own_subject_says_nothing_of_the_target(finder, text, target):
    (ev,) = events(text, finder)
    assert ev.claimed_target == target


def test_victims_before_a_place_with_its_holder_in_apposition_stay_its_target(finder):
    text = (
        "The Observatory says 12 civilians were killed overnight when warplanes struck al-Bab, "
        "the ISIS-held town north-east of Aleppo."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_the_body_says_whose_aircraft_hit_a_place_its_title_packs_with_others(finder):
    text = (
        "The number of martyrs rises to 11 in Kafr Takharim, and helicopters drop barrel "
        "bombs on al-Tamanah\n\n"
        "The number of martyrs rose to 11 people killed by raids carried out this morning by "
        "warplanes believed to be Russian on the town of Kafr Takharim."
    )
    actors = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2015, 10, 22))}
    assert actors["Kafr Takharim"] == "russia"


def test_a_city_opening_the_sentence_is_the_setting_of_its_neighbourhoods(finder):
    text = "In Aleppo city, helicopters dropped barrel bombs on Qadi Askar and al-Salihin."
    assert [p for p, _ in air_report(text, finder)] == ["Qadi Askar", "al-Salihin"]


# -- the eleventh set's families ----------------------------------------------------


def test_near_the_settlements_of_a_list_locates_each_place(finder):
    text = "Su-24M bombers hit strongholds near the settlements of Tell Jabin and Kafin."
    assert [(ev.place_as_written, ev.place_relation) for ev in events(text, finder)] == [
        ("Tell Jabin", "near"),
        ("Kafin", "near"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A military source said that the Syrian Air Force also hit a depot in Maar Tamater.",
        "According to a field commander in the Tiger Forces, jets struck Maar Tamater at night.",
        "Jets pounded Maar Tamater on Tuesday, the military source told the agency.",
    ],
)
def test_a_syrian_military_source_speaks_for_the_state_side(finder, text):
    (ev,) = events(text, finder)
    assert ev.claimant == "sana"


def test_the_source_named_again_speaks_as_before(finder):
    text = (
        "Syrian jets hit Inkhil on Tuesday, a military source told this outlet.\n\n"
        "According to the source, the jets also struck the farms of Jasim."
    )
    assert [ev.claimant for ev in events(text, finder)] == ["sana", "sana"]


def test_the_vks_are_the_russian_air_force(finder):
    text = "The SAA advanced on Sunday as the VKS carried out 25 airstrikes over Tal Sabeen."
    (ev,) = events(text, finder)
    assert ev.actor == "russia"


def test_the_russian_side_of_a_truce_strikes_nothing(finder):
    text = (
        "The Syrian Arab Air Force carried out 87 sorties in the past 24 hours.\n\n"
        "In Idleb, 12 sorties hit the dens of terrorists in Maasaran.\n\n"
        "The army accepted a truce in Hasakah, reached through the Russian side."
    )
    assert [(ev.place_as_written, ev.actor) for ev in events(text, finder)] == [
        ("Maasaran", "regime")
    ]


def test_a_rate_grown_since_a_day_gives_no_strike_its_day(finder):
    text = (
        "Russian bombers flew 127 sorties over the past 24 hours, the ministry said on Tuesday.\n\n"
        '"The intensity of our sorties has grown since the weekend," the spokesman said.\n\n'
        "Near the settlement of Tell Mardikh, Su-24M aircraft struck an ammunition depot."
    )
    dated = [
        (ev.place_as_written, ev.event_date) for ev in events(text, finder, date(2015, 11, 17))
    ]
    assert dated == [("Tell Mardikh", date(2015, 11, 17))]


def test_hitting_after_the_aircraft_is_a_strike(finder):
    text = "On Wednesday the bombers returned, hitting oil storage sites near al-Ashara."
    assert places(text, finder, date(2015, 11, 20)) == ["al-Ashara"]


def test_an_agency_dateline_is_no_strike_when_the_report_names_struck_places(finder):
    text = (
        "Damascus, SANA - The Syrian Arab Air Force carried out 87 sorties in the past 24 hours, "
        "killing 300 terrorists.\n\n"
        "In Idleb, 12 sorties hit the dens of terrorists in Maasaran."
    )
    assert places(text, finder) == ["Maasaran"]


def test_an_agency_dateline_alone_stays_the_struck_place(finder):
    text = "Damascus, SANA - Terrorists' positions were hit in airstrikes on Tuesday."
    assert places(text, finder) == ["Damascus"]


@pytest.mark.parametrize(
    "text",
    [
        "The source added that army units killed a number of terrorists near Izraa.",
        "A military source told SANA that army units destroyed a tunnel in Izraa.",
    ],
)
def test_ground_units_after_reported_speech_are_the_ground_s_fire(finder, text):
    assert places("The air force struck Maasaran on Tuesday. " + text, finder) == ["Maasaran"]


@pytest.mark.parametrize(
    "text",
    [
        "Jets pounded Harasta on Sunday, and troops captured several farms near Douma.",
        "Jets pounded Harasta, paving the way for a push into the northern flank of Douma.",
    ],
)
def test_ground_taken_beside_a_place_or_a_flank_pushed_into_is_no_strike(finder, text):
    assert places(text, finder) == ["Harasta"]


def test_a_city_standing_for_its_government_is_no_strike(finder):
    text = "Russian jets have been striking in Syria at the request of the Damascus government."
    assert places(text, finder) == []


@pytest.mark.parametrize(
    "links",
    [
        "Related:\n\nRussian jets strike militants in Salma\n\nShare",
        "Read more: Russian jets strike militants in Salma",
    ],
)
def test_the_headlines_of_related_stories_are_no_strikes(finder, links):
    text = "Syrian jets struck Harasta on Sunday, killing four militants.\n\n" + links
    assert places(text, finder) == ["Harasta"]


def test_a_unit_named_by_its_number_is_no_place(finder):
    text = "Syrian jets struck militant positions near Deir Khabiyeh, where the 4th Division is."
    assert places(text, finder) == ["Deir Khabiyeh"]


def test_an_aircraft_s_nickname_after_its_model_is_no_place(finder):
    text = 'Tu-95MS "Bears" and Tu-22M3 bombers struck ISIS targets near Hazima on Tuesday.'
    assert places(text, finder) == ["Hazima"]


def test_the_side_whose_positions_were_shelled_is_not_the_striker(finder):
    text = (
        "Russian Su-24M bombers flew 40 sorties on Tuesday.\n\n"
        "Near the settlement of al-Hader, the bombers destroyed three tanks of terrorists "
        "who had been shelling positions of the Syrian army."
    )
    assert [(ev.place_as_written, ev.actor) for ev in events(text, finder)] == [
        ("al-Hader", "russia")
    ]


def test_the_strikes_told_before_tell_no_new_strike(finder):
    text = (
        "Syrian jets struck Harasta on Sunday.\n\n"
        "According to a source in Damascus, the army moved in after the strikes and took farms."
    )
    assert places(text, finder) == ["Harasta"]


def test_a_supply_line_to_a_place_only_points_at_it(finder):
    text = "Russian airstrikes helped the army sever the rebel supply line to northern Azaz."
    assert air_report(text, finder) == []


def test_strikes_a_side_will_go_on_focusing_on_a_place_are_still_to_come(finder):
    assert air_report("Russia will continue to focus its strikes on Anadan.", finder) == []


# -- the tenth set's families -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said its jets had not flown over Saraqib for a week and were instead "
        "bombing positions in Binnish.",
        "The ministry denied its aircraft had flown any sorties over Saraqib and said its jets "
        "were bombing positions in Binnish.",
        "The ministry says none of its planes have flown over Saraqib, and that the bombing of "
        "Binnish was its own.",
    ],
)
def test_a_place_no_aircraft_flew_over_is_not_struck(text, finder):
    assert places(text, finder) == ["Binnish"]


@pytest.mark.parametrize(
    "text",
    [
        "Warplanes struck Binnish on Monday. State media said rebel mortars and gas-cylinder "
        "bombs hit the districts of Sarmin.",
        "Government warplanes bombed Binnish on Monday, while insurgent shells hit Sarmin.",
    ],
)
def test_a_weapon_of_the_ground_hitting_a_place_is_no_strike(text, finder):
    assert places(text, finder) == ["Binnish"]


def test_aircraft_named_with_a_weapon_of_the_ground_still_strike(finder):
    assert places("Russian jets and mortars hit Sarmin on Monday.", finder) == ["Sarmin"]


@pytest.mark.parametrize("later", ["later in the afternoon", "later in the day"])
def test_later_in_the_day_of_another_voice_keeps_the_strike_told_before(later, finder):
    text = (
        "Jets struck Sarmin on Tuesday, the Observatory said. The Local Coordination "
        f"Committees said helicopters dropped barrel bombs on Binnish {later}."
    )
    got = {ev.place_as_written: ev.event_date for ev in events(text, finder)}
    assert got == {"Sarmin": date(2016, 2, 9), "Binnish": date(2016, 2, 9)}


@pytest.mark.parametrize("strikes", ["strikes", "air raids", "Russian jets"])
def test_another_voice_telling_the_strikes_without_an_article_keeps_their_day(strikes, finder):
    text = (
        "Jets bombed villages near Sarmin on Monday, according to activists.\nThe Observatory "
        f"says {strikes} hit Binnish and killed nine people."
    )
    got = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 12, 27))}
    assert got["Binnish"] == date(2016, 12, 26)


@pytest.mark.parametrize(
    "clause",
    ["a truce that took hold in late February", "talks that began in Geneva in late February"],
)
def test_a_date_in_a_clause_on_another_thing_does_not_date_the_strike(clause, finder):
    text = (
        "Airstrikes on Sarmin killed at least 37 people on Tuesday, activists said, in the "
        f"deadliest breach yet of {clause}."
    )
    (ev,) = events(text, finder, date(2016, 4, 20))
    assert ev.event_date == date(2016, 4, 19)


@pytest.mark.parametrize(
    "victims",
    [
        "wounding more than a dozen people",
        "and nine people were killed",
    ],
)
def test_people_however_counted_are_civilians(victims, finder):
    (ev,) = events(
        f"Regime helicopters dropped barrel bombs on Binnish on Monday, {victims}.", finder
    )
    assert ev.claimed_target == "civilians"


@pytest.mark.parametrize(
    "speaker",
    ["A spokesman for the Levant Front rebel group", "A spokeswoman of a local opposition faction"],
)
def test_the_spokesman_of_a_rebel_group_speaks_as_the_rebels(speaker, finder):
    text = f"{speaker} said regime helicopters dropped barrel bombs on Binnish overnight."
    (ev,) = events(text, finder)
    assert ev.claimant == "rebels"


def test_the_military_named_again_speaks_for_its_country(finder):
    text = (
        "A coalition strike killed two Turkish soldiers near Ghandoura, the Turkish military "
        "said.\nA coalition spokesman said its aircraft had hit Islamic State positions near "
        "Ghandoura.\nSeparately, the military said Turkish warplanes had struck targets of a "
        "Kurdish militia around the village of Sheikh Issa overnight."
    )
    got = {ev.place_as_written: ev.claimant for ev in events(text, finder)}
    assert got["Sheikh Issa"] == "governments"


@pytest.mark.parametrize(
    "group", ["the Free Doctors Association", "the local Medical Union", "the Health Directorate"]
)
def test_a_local_medical_body_speaks_as_the_activists(group, finder):
    text = f"Jets struck the clinic in Binnish twice on Monday morning, according to {group}."
    (ev,) = events(text, finder)
    assert ev.claimant == "activists"


def test_hitting_is_a_strike_word(finder):
    text = (
        "A coalition spokesman said its aircraft had been hitting Islamic State fighting "
        "positions near Ghandoura on Wednesday afternoon."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimant, ev.claimed_target) == (
        "Ghandoura",
        "coalition",
        "isis",
    )


def test_another_voice_telling_the_strikes_keeps_their_aircraft(finder):
    text = (
        "Government warplanes bombed villages near Sarmin on Monday, activists said.\n"
        "The Observatory says strikes hit Binnish and killed nine people.\n"
        "Russian jets struck Taftanaz on Sunday, the ministry said."
    )
    got = {ev.place_as_written: ev.actor for ev in events(text, finder)}
    assert got["Binnish"] == "regime"


def test_a_crowded_place_struck_is_civilian(finder):
    text = "A barrel bomb dropped by a government helicopter hit a crowded street in Binnish."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_civilians_killed_in_a_rebel_held_town_told_later_are_the_target(finder):
    text = (
        "Russian warplanes pounded the rebel-held town of Talbiseh on Thursday, the "
        "Observatory said.\nThe Observatory said at least 11 civilians were killed in "
        "Talbiseh, where a strike hit a residential block."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_a_target_named_before_the_next_place_is_that_place_s(finder):
    text = (
        "The ministry said its jets hit an ammunition depot near the town of Salma and an "
        "Islamic State command post near Palmyra on Thursday."
    )
    got = {ev.place_as_written: ev.claimed_target for ev in events(text, finder)}
    assert got == {"Salma": "unspecified", "Palmyra": "isis"}


def test_a_place_denied_flights_over_but_struck_by_others_stays_the_speaker_s_claim(finder):
    text = (
        "The ministry denied that its aircraft had flown over Binnish on Monday, and said the "
        "hospital had been destroyed by coalition aircraft."
    )
    assert places(text, finder) == ["Binnish"]


# -- the thirteenth set's families ------------------------------------------------


def test_victims_in_an_isis_held_town_are_civilians(finder):
    text = (
        "On Tuesday, Russian jets bombed the ISIS-held town of al-Quriyah, killing at least "
        "seven people, the Observatory said."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_an_isis_held_town_with_no_victims_is_an_isis_target(finder):
    text = "On Tuesday, Russian jets bombed the ISIS-held town of al-Quriyah."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "isis"


def test_a_place_naming_an_outlet_is_not_struck(finder):
    text = (
        "Russian warplanes struck the town of Inkhil on Wednesday, a resident told "
        "Hauran Direct by phone."
    )
    assert places(text, finder) == ["Inkhil"]


def test_a_governorate_locating_a_region_struck_is_no_event(finder):
    text = (
        "Russian airstrikes on November 9 concentrated on the Jabal al-Turkman region of "
        "northern Latakia Province."
    )
    assert places(text, finder) == ["Jabal al-Turkman"]


def test_a_ground_push_toward_a_highway_at_a_place_is_no_strike(finder):
    text = (
        "Russian jets struck Ghamam on Monday, preparing a regime push toward the M4 highway "
        "at Muhambal."
    )
    assert places(text, finder) == ["Ghamam"]


def test_a_compass_part_continues_a_list_of_reference_points(finder):
    text = (
        "Russian jets struck Ghamam on Monday, threatening the supply lines between Idlib and "
        "northern Latakia."
    )
    assert places(text, finder) == ["Ghamam"]


def test_a_city_whose_districts_are_named_next_only_locates_them(finder):
    text = (
        "Government warplanes pounded rebel-held districts of Aleppo on Monday. The "
        "Observatory said the jets struck the Bab al-Nairab and al-Marja neighborhoods."
    )
    assert sorted(places(text, finder)) == ["Bab al-Nairab", "al-Marja"]


def test_bodies_pulled_from_the_rubble_are_civilian_victims(finder):
    text = (
        "On Monday government aircraft struck the al-Marja neighborhood of Aleppo, where "
        "rescuers were pulling bodies from the rubble at nightfall."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_a_second_wave_of_strikes_keeps_the_aircraft_told_before(finder):
    text = (
        "Russian warplanes struck the town of Inkhil on Wednesday, killing nine civilians.\n\n"
        "In nearby Jasim, a second wave of strikes on Wednesday afternoon flattened two "
        "houses, a volunteer said.\n\n"
        "Regime helicopters dropped barrel bombs on Ibta on Tuesday. Regime forces also "
        "shelled Tafas, and the regime's jets struck Nawa."
    )
    actors = {ev.place_as_written: ev.actor for ev in events(text, finder)}
    assert actors["Jasim"] == "russia"


def test_monitors_a_strike_is_told_according_to_speak_as_the_observatory(finder):
    text = (
        "Airstrikes destroyed a hospital in the town of Darkush on Friday, killing six "
        "people, according to doctors and monitors."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "sohr"


# -- the fifteenth set's families ---------------------------------------------------


def test_the_day_a_side_s_campaign_began_does_not_date_its_strikes(finder):
    text = (
        "Russia, which began bombing in Syria on September 30, said its aircraft had hit "
        "40 targets in the past day in the province of Hama."
    )
    (ev,) = events(text, finder, date(2015, 11, 20))
    assert ev.event_date == date(2015, 11, 20)


def test_a_strike_clause_enclosed_after_its_strikes_still_dates_them(finder):
    text = "Air strikes, which began at dawn on Tuesday, hit Binnish and killed nine people."
    (ev,) = events(text, finder, date(2015, 11, 20))
    assert ev.event_date == date(2015, 11, 17)


def test_russia_said_after_a_clause_on_its_campaign_is_the_ministry_s_claim(finder):
    text = (
        "Russia, which joined the war in September, said its jets had struck 30 targets "
        "in the province of Hama on Sunday."
    )
    (ev,) = events(text, finder, date(2015, 11, 20))
    assert ev.claimant == "russian_mod"


def test_a_speaker_s_surname_alone_speaks_for_who_introduced_him(finder):
    text = (
        "The Syrian Observatory's director, Rami Haddad, gave the toll by phone on Monday.\n"
        "Haddad said helicopters dropped barrel bombs on Binnish on Sunday."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "sohr"


def test_the_government_leading_the_coalition_speaks_for_it(finder):
    text = (
        "A Pentagon spokesman said coalition aircraft struck an Islamic State "
        "headquarters in Raqqa on Tuesday."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "coalition"


def test_a_suicide_bombing_is_no_air_strike(finder):
    text = (
        "Jets hit Kawkab on Sunday. Islamic State fighters seized a village in the countryside "
        "of Homs province on Monday after a suicide bombing at an army checkpoint."
    )
    assert places(text, finder) == ["Kawkab"]


def test_an_attack_by_militias_is_the_ground_s(finder):
    text = (
        "Russian jets pounded Kawkab on Sunday. Rebels said they had beaten back an attack "
        "by allied militias on Halfaya."
    )
    assert places(text, finder) == ["Kawkab"]


def test_a_place_naming_an_operation_is_no_struck_place(finder):
    text = (
        "Jets struck Kawkab on Sunday. The ministry said its aircraft were hitting only the "
        "Nusra Front, whose fighters lead the Hama offensive."
    )
    assert places(text, finder) == ["Kawkab"]


def test_a_place_the_strikes_spared_is_no_struck_place(finder):
    text = "Binnish itself was spared on Monday after three days of heavy bombardment."
    assert places(text, finder) == []


def test_a_strike_of_its_own_outside_a_town_after_another_place_is_near_it(finder):
    text = (
        "Helicopters dropped barrel bombs on Binnish, killing four people, and a raid on a "
        "sheep farm outside Taftanaz killed a shepherd."
    )
    got = {ev.place_as_written: ev.place_relation for ev in events(text, finder)}
    assert got == {"Binnish": "in", "Taftanaz": "near"}


def test_a_city_locating_towns_the_next_sentences_name_is_no_struck_place(finder):
    text = (
        "Air raids killed nine people in villages north of Hama on Friday.\n"
        "Five died when jets hit the market in Kafr Zita, and four in Latamneh."
    )
    assert sorted(places(text, finder)) == ["Kafr Zita", "Latamneh"]


def test_a_city_locating_towns_no_sentence_names_stays_a_strike_near_it(finder):
    text = (
        "Air raids killed nine people in villages north of Hama on Friday.\n"
        "The United Nations called for a halt to the fighting."
    )
    assert places(text, finder) == ["Hama"]


def test_a_count_of_others_killed_are_civilians(finder):
    text = "Russian raids on Binnish killed six others on Sunday, the Observatory said."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_others_wounded_beside_fighters_killed_stay_fighters(finder):
    text = "Russian jets struck Binnish, killing five rebels and wounding ten others."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "rebels"


def test_civilians_the_same_voice_counts_in_the_places_just_told_are_their_target(finder):
    text = (
        "The Observatory said Russian jets hit Binnish and Taftanaz on Tuesday.\n"
        "The Observatory said 14 civilians were among the dead in the two towns."
    )
    got = {ev.place_as_written: ev.claimed_target for ev in events(text, finder)}
    assert got == {"Binnish": "civilians", "Taftanaz": "civilians"}


@pytest.mark.parametrize(
    "text",
    [
        "Turkish jets bombed the village of Tal Madiq overnight, the SDF said on Thursday.",
        "Turkish jets bombed Tal Madiq overnight, the Syrian Democratic Forces (SDF) said.",
        "Coalition jets hit Mahmudli on Monday, a source in the SDF said.",
    ],
)
def test_the_sdf_speaks_as_an_armed_group(finder, text):
    found = {ev.claimant for ev in events(text, finder)}
    assert found == {"rebels"}


def test_a_reference_after_a_named_region_and_a_comma_locates_the_region(finder):
    text = (
        "Jets carried out 20 raids on the villages of Hasia and Tal Madiq in the Shahba "
        "region, north of Aleppo, on Wednesday."
    )
    assert places(text, finder) == ["Hasia", "Tal Madiq"]


def test_an_attack_turned_back_is_the_ground_s(finder):
    text = (
        "Russian jets bombed Halfaya on Friday.\n\nLocal defence forces from Qamhana repelled "
        "a large-scale attack on the town's northern checkpoints on Thursday night."
    )
    assert places(text, finder) == ["Halfaya"]


def test_an_attack_turned_back_with_aircraft_is_the_air_war_s_too(finder):
    text = (
        "With the support of Russian aircraft, the garrison repelled an attack on Palmyra "
        "overnight."
    )
    assert places(text, finder) == ["Palmyra"]


def test_strikes_feared_are_none_yet(finder):
    text = (
        "Jets bombed Hajin on Sunday. The group moved its offices to Al Mayadin, fearing "
        "air strikes by the coalition."
    )
    assert places(text, finder) == ["Hajin"]
    text = "Residents fled Binnish when the fear of raids grew, and jets struck Binnish on Monday."
    assert places(text, finder) == ["Binnish"]


def test_a_place_word_in_a_body_s_name_with_two_heads_is_no_place(finder):
    text = (
        "Russian jets struck a field hospital in Kafr Yahmul on Tuesday, the Union of Medical "
        "Care and Relief Organizations said."
    )
    assert places(text, finder) == ["Kafr Yahmul"]


def test_a_speaker_named_again_by_the_last_word_of_the_name_speaks_for_the_same_body(finder):
    text = (
        "Russian jets struck Kansafra on Wednesday, Samir Darwish, a civil defence "
        "official in the province, told the agency.\\n\\nRegime helicopters also dropped "
        "barrel bombs on Bsanqul, killing five people, Darwish said."
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder)}
    assert found == {"Kansafra": "civil_defence", "Bsanqul": "civil_defence"}


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck Arak. Warplanes kept hitting targets in the desert after the liberation "
        "of Palmyra, the ministry said.",
        "Jets struck Arak, destroying a column of vehicles trying to break through toward Palmyra.",
    ],
)
def test_a_place_taken_or_made_for_on_the_ground_is_no_struck_place(finder, text):
    assert places(text, finder) == ["Arak"]


def test_an_institution_without_a_full_name_speaks_for_the_country_whose_forces_came_first(
    finder,
):
    text = (
        "Rebels backed by the Turkish Armed Forces advanced on the town, officials said.\n\n"
        "In a written statement, the General Staff said jets struck Qabasin on Sunday."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "governments"


def test_a_network_named_again_speaks_for_the_activists(finder):
    text = (
        "The activist network Raqqa Today, which reports from inside the province, said "
        "jets struck Ma'dan on Saturday.\n\nOn Sunday, warplanes bombed a water station in "
        "Hajin, the network said."
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder)}
    assert found["Hajin"] == "activists"


def test_the_place_a_ground_attack_came_from_is_no_struck_place(finder):
    text = (
        "Turkish jets bombed Tal Madiq overnight. Factions attacked the village of Tal Madiq "
        "from Marea after midnight, but the defenders repelled them."
    )
    assert places(text, finder) == ["Tal Madiq"]


def test_a_foreign_state_news_agency_is_no_sana(finder):
    text = (
        "The Turkish state news agency said Russian jets struck Kansafra on Wednesday, "
        "a civil defence official told it."
    )
    (ev,) = events(text, finder)
    assert ev.claimant != "sana"


def test_a_reconciliation_center_at_an_air_base_names_no_aircraft(finder):
    text = (
        "Jets struck Arak. Eighteen settlements joined the ceasefire, including Kafr Laha, and "
        "the Russian reconciliation center at the Hmeimim air base registered violations by "
        "militants, among them the shelling of Aleppo's Sheikh Maqsoud district."
    )
    assert places(text, finder) == ["Arak"]


def test_a_place_s_own_council_speaking_is_no_struck_place(finder):
    text = (
        "Turkish jets bombed Tal Madiq overnight.\n\nThe Afrin canton's executive council "
        "condemned the attack."
    )
    assert places(text, finder) == ["Tal Madiq"]


def test_farmers_killed_or_wounded_are_civilian_targets(finder):
    text = "Regime warplanes struck the outskirts of Urum al-Joz on Tuesday, wounding two farmers."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


# -- namesakes in a paragraph that names no other place --------------------------------


def test_a_place_alone_in_its_paragraph_takes_the_context_of_its_other_mention(finder):
    text = (
        "Coalition jets struck a checkpoint near al-Karama, east of Raqqa, on Tuesday.\n\n"
        "Activists said a later strike on al-Karama killed a family of four."
    )
    second = [ev for ev in events(text, finder) if ev.place_as_written == "al-Karama"][-1]
    assert second.context_places == ("Raqqa",)
    assert _resolved(second).place.admin1 == "Raqqa"


def test_a_place_alone_in_its_paragraph_is_placed_among_the_districts_around_it(finder):
    text = (
        "Warplanes pounded al-Ansari and Karm al-Jabal in eastern Aleppo on Sunday.\n\n"
        "The rescuers' own depot in Bustan al-Basha was hit in the afternoon, they said."
    )
    ev = next(ev for ev in events(text, finder) if ev.place_as_written == "Bustan al-Basha")
    assert _resolved(ev).place.admin1 == "Aleppo"


def test_a_place_alone_in_its_paragraph_takes_the_governorate_heading_its_section(finder):
    text = (
        "HAMA PROVINCE\nActivists said warplanes bombed a bakery in Qasr Ibn Wardan on Friday.\n\n"
        "DEIR EZ-ZOR PROVINCE\nWarplanes struck al-Kasra on Friday, hitting a school."
    )
    ev = next(ev for ev in events(text, finder) if ev.place_as_written == "al-Kasra")
    assert _resolved(ev).place.admin1 == "Deir ez-Zor"


def test_a_place_alone_in_its_paragraph_is_the_namesake_in_the_plain_named_beside_it(finder):
    # Hawash is a village of the Ghab (Hama) and one of the Homs hills; the plain and a
    # town near it, named in the paragraphs around, speak for the first.
    text = (
        "Warplanes hit the main hospital of the Ghab plain on Monday.\n\n"
        "Its doctors said bombing had gone on all night in al-Hawash.\n\n"
        "The front line at Suqaylabiyah is eight kilometres away."
    )
    ev = next(ev for ev in events(text, finder) if ev.place_as_written == "al-Hawash")
    assert _resolved(ev).place.admin1 == "Hama"


def test_an_entry_opened_by_its_own_day_counts_its_weekdays_from_that_day(finder):
    text = (
        "Nov. 4 — Activists say jets struck Kafr Naha on Sunday, killing a shepherd.\n\n"
        "Nov. 18 — The talks resume in Vienna."
    )
    (ev,) = events(text, finder, date(2015, 11, 20))
    assert ev.event_date == date(2015, 11, 1)


def test_a_paragraph_opened_by_a_weekday_is_dated_by_it(finder):
    text = (
        "Tuesday. Activists said Russian jets bombed Habit before dawn, killing two.\n\n"
        "Thursday. A quieter day in the air."
    )
    (ev,) = events(text, finder, date(2016, 3, 5))
    assert ev.event_date == date(2016, 3, 1)


def test_the_coalition_reporting_strikes_speaks_for_itself(finder):
    (ev,) = events("The coalition reports two air strikes near Suluk on Friday.", finder)
    assert ev.claimant == "coalition"


def test_bombs_that_had_fallen_on_a_place_struck_it(finder):
    text = "A monitor said cluster bombs had also fallen on the edge of Tal Hadya before noon."
    assert places(text, finder) == ["Tal Hadya"]


def test_the_dead_a_monitor_counts_are_civilian_targets(finder):
    text = "The monitor counted 14 dead in government air raids on Salaheddine on Sunday."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_shops_destroyed_are_a_civilian_target(finder):
    (ev,) = events("Russian jets bombed Kafr Naha, flattening a row of shops.", finder)
    assert ev.claimed_target == "civilians"


def test_tonnes_of_aid_dropped_over_a_town_are_no_strike(finder):
    text = "Russian jets dropped 15 tonnes of food over Madaya on Tuesday."
    assert places(text, finder) == []


def test_a_next_sentence_blaming_aircraft_names_the_actor(finder):
    text = (
        "Government jets hit Douma on Monday.\n\nOn Tuesday, activists said strikes hit a "
        "school in Kafr Naha, killing two pupils. They blamed Russian aircraft."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder)}
    assert found["Kafr Naha"] == "russia"


def test_victims_told_in_the_next_sentence_make_that_place_a_civilian_target(finder):
    text = (
        "Government jets struck Kafr Naha and Habit on Monday, the monitor said. "
        "Two brothers were killed in Habit when their house collapsed."
    )
    found = {ev.place_as_written: ev.claimed_target for ev in events(text, finder)}
    assert found == {"Kafr Naha": "unspecified", "Habit": "civilians"}


def test_a_live_page_s_summary_yields_the_actor_to_the_post_that_tells_the_strike(finder):
    text = (
        "Live: strikes across Idlib\n\n6.10pm GMT\n\nSummary\n\n"
        "Strikes hit Kafr Naha this morning, a monitor said.\n\n"
        "Russian jets were over the province all day.\n\n2.20pm GMT\n\n"
        "The Observatory says this morning's raids on Kafr Naha killed three people. "
        "It could not tell whether the jets were Russian or Syrian.\n"
    )
    (ev,) = [ev for ev in events(text, finder) if ev.place_as_written == "Kafr Naha"]
    assert ev.actor == "unknown"


# -- the seventeenth set's families ---------------------------------------------------


def test_an_incident_record_strikes_its_location_field(finder):
    text = (
        "Medical Watch\nAttacks on clinics in March\n\n"
        "1.\nDate: March 9, 2016\nLocation: Kafrsajna, Idlib governorate\n"
        "Facility: dental clinic\nAttack: air strike, one missile\n"
        "Alleged perpetrator: Russian forces\n\n"
        "2.\nDate: March 20, 2016\nLocation: Tasil, Daraa governorate\n"
        "Facility: pharmacy\nAttack: mortar shelling\n"
    )
    (ev,) = events(text, finder, date(2016, 4, 2))
    assert (ev.place_as_written, ev.event_date, ev.actor, ev.claimed_target) == (
        "Kafrsajna",
        date(2016, 3, 9),
        "russia",
        "civilians",
    )


def test_a_record_of_dated_entries_keeps_its_author(finder):
    text = (
        "Physicians for Human Rights\nRecord of attacks\n\n"
        "Date: May 2, 2016\nLocation: Hish\nAttack: air strike\n\n"
        "Date: May 8, 2016\nLocation: Jarjanaz\nAttack: barrel bombs\n"
    )
    assert {ev.claimant for ev in events(text, finder, date(2016, 6, 1))} == {"phr"}


def test_a_health_centre_hit_is_a_civilian_target(finder):
    text = "On 3 May, an air strike damaged the primary health care centre in Kafr Sajna village."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck two houses in Deir Foul on Monday.",
        "Jets struck the village of Deir Foul on Monday, killing four volunteers.",
    ],
)
def test_houses_hit_and_volunteers_killed_are_civilian_targets(finder, text):
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_what_the_strikes_hit_may_be_told_in_the_next_sentence(finder):
    text = (
        "On Monday, jets carried out six strikes on the village of Deir Foul. One of them hit "
        "the rescue team's depot, killing three volunteers."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_where_the_wounded_were_taken_is_not_what_was_hit(finder):
    text = "Helicopters dropped barrel bombs on Deir Foul on Monday. Two were taken to a hospital."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "unspecified"


def test_ground_weapons_fired_by_a_named_group_are_ground_fire(finder):
    text = (
        "Idlib: jets struck Hish on Monday.\n\n"
        "Daraa: On Tuesday, mortar shells fired by the Yarmouk Martyrs Brigade hit houses "
        "in Tasil, killing a child."
    )
    assert places(text, finder) == ["Hish"]


def test_a_city_named_before_its_neighbourhoods_of_is_no_struck_place(finder):
    text = (
        "On 2 May, air strikes hit the western Aleppo city neighbourhoods of al-Furqan and "
        "al-Hamdaniyah."
    )
    assert places(text, finder) == ["al-Furqan", "al-Hamdaniyah"]


def test_a_period_between_two_months_covers_a_governorate_to_the_later_one(finder):
    text = (
        "Air strikes killed 40 civilians in Hama and Idlib governorates between November 2015 "
        "and January 2016, the group said.\n\nOn January 12, 2016, a strike hit a school in "
        "Kafr Nabudah.\n\nOn November 20, 2015, a strike hit the market of Hish."
    )
    assert sorted(places(text, finder, date(2016, 2, 20))) == ["Hish", "Kafr Nabudah"]


def test_a_report_that_does_not_know_which_air_force_leaves_its_strikes_unknown(finder):
    text = (
        "On Monday, missiles struck the clinic in Busra al-Harir.\n\n"
        "The charity does not know which air force carried out the raids. Both Syrian and "
        "Russian military aircraft fly over the area."
    )
    (ev,) = events(text, finder)
    assert ev.actor == "unknown"


def test_strikes_the_same_morning_are_the_aircraft_told_before(finder):
    text = (
        "Regime helicopters dropped barrel bombs on Hish on Sunday, and regime helicopters hit "
        "Kafr Sajna.\n\nOn Monday, Russian jets struck al-Ghantu at dawn. One of them hit the "
        "clinic. The clinic's generator was destroyed.\n\nThe same morning, strikes on Deir Foul "
        "killed a farmer."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder)}
    assert found["Deir Foul"] == "russia"


def test_a_hit_whose_strikes_the_next_sentence_counts_is_a_strike(finder):
    text = Document(
        "t",
        "t.txt",
        "A clinic in Tasil was destroyed on Monday. Its staff moved to a school. "
        "Two days later, on Wednesday, the clinic in Jasim was hit twice within minutes. "
        "The second strike fell as the wounded were carried out.",
        date(2016, 2, 12),
        title="Jets bomb two clinics in the south",
    )
    assert "Jasim" in [ev.place_as_written for ev in extract_events(text, finder)]


def test_the_camp_of_a_section_is_the_place_its_heading_names(finder):
    text = (
        "B. Khan al-Shih\n\n41. Troops have encircled the area since June. The road to Sasa "
        "was closed in September.\n\n42. On 3 October, helicopters dropped barrel bombs on "
        "the camp, killing four civilians."
    )
    assert places(text, finder, date(2016, 12, 1)) == ["Khan al-Shih"]


def test_a_voice_cited_inside_a_long_quotation_does_not_speak_for_the_next_paragraph(finder):
    text = (
        'Statement by the Regional Director\n\nAMMAN, 3 May 2016 - "We are appalled by the '
        'attack on the school.\n\n"Residents told our partners that the jets were Syrian.\n\n'
        '"On 1 May, air strikes damaged a school in Hish; no child was hurt.'
    )
    (ev,) = events(text, finder, date(2016, 5, 3))
    assert ev.claimant == "reporter"


def test_one_place_struck_on_two_written_days_is_two_events(finder):
    text = (
        "On 3 October, jets struck the market of Hish, killing six people.\n\n"
        "On 9 October, a barrel bomb hit the school in Hish."
    )
    found = sorted(ev.event_date for ev in events(text, finder, date(2016, 10, 20)))
    assert found == [date(2016, 10, 3), date(2016, 10, 9)]


def test_each_sentence_striking_the_camp_of_a_section_is_a_strike_there(finder):
    text = (
        "B. Khan al-Shih\n\n41. Troops have encircled the area since June.\n\n42. On 3 October, "
        "helicopters dropped barrel bombs on the camp. On 9 October, a barrel bomb struck the "
        "camp's bakery."
    )
    found = sorted(ev.event_date for ev in events(text, finder, date(2016, 12, 1)))
    assert found == [date(2016, 10, 3), date(2016, 10, 9)]


# -- the eighteenth set's families --------------------------------------------------


def test_strikes_told_before_set_beside_another_happening_strike_none_of_its_places(finder):
    text = (
        "Regime jets bombed Hajin on Monday. The raids came as dozens of ISIS fighters "
        "arrived from Iraq through the town of al-Mayadin."
    )
    assert places(text, finder) == ["Hajin"]


def test_surface_to_surface_missiles_name_no_aircraft(finder):
    text = (
        "Regime jets bombed Zakiya on Tuesday. Regime forces in the town of Kisweh shelled "
        "the farms with surface-to-surface missiles."
    )
    assert places(text, finder) == ["Zakiya"]


def test_opposition_factions_destroying_a_tank_with_an_anti_tank_missile_is_ground_fire(finder):
    text = (
        "Russian jets struck Abzemo on Sunday. Fighting went on at the al-Mansoura front, "
        "where opposition factions said they had destroyed a regime tank with an anti-tank "
        "missile."
    )
    assert places(text, finder) == ["Abzemo"]


def test_what_most_of_a_side_s_strikes_have_hit_is_no_strike_of_a_day(finder):
    text = (
        "Jets struck Marayan on Monday. Rights groups say most of Russia's strikes have "
        "targeted rebel-held towns in Idlib and Hama rather than the Islamic State."
    )
    assert places(text, finder) == ["Marayan"]


def test_a_duty_of_bombing_given_to_a_squadron_is_no_strike(finder):
    text = (
        "Jets bombed Jayroud on Sunday. The squadron has been given the task of bombing the "
        "eastern Qalamoun area."
    )
    assert places(text, finder) == ["Jayroud"]


def test_an_air_base_named_for_its_helicopters_is_where_they_come_from(finder):
    text = "Hama military airport helicopters dropped barrel bombs on Kafr Zita on Monday."
    assert places(text, finder) == ["Kafr Zita"]


def test_the_air_base_an_officer_defected_from_is_no_struck_place(finder):
    text = (
        "Jets bombed Jayroud on Sunday. An officer who defected from the Dumayr military "
        "airport said the raids were flown by its pilots."
    )
    assert places(text, finder) == ["Jayroud"]


def test_a_town_as_the_family_name_of_a_titled_speaker_is_no_place(finder):
    text = (
        "Coalition jets struck Um Adasa on Tuesday. The commander, Azad Kobani, said the "
        "strikes killed 17 militants."
    )
    assert places(text, finder) == ["Um Adasa"]


def test_an_unlabelled_answer_after_a_question_speaks_for_the_interviewee(finder):
    text = (
        "AMMAN: Jets struck the town of Taldou on Wednesday, a media activist in the town "
        "told the site.\n\nQ: What happened the next day?\n\n"
        "On Thursday, helicopters dropped barrel bombs on Kafr Laha."
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder)}
    assert found["Kafr Laha"] == "activists"


def test_a_town_heading_a_council_s_two_word_name_is_no_struck_place(finder):
    text = (
        "Coalition jets struck Um Adasa on Tuesday, a commander of the Manbij Military "
        "Council told the agency."
    )
    assert places(text, finder) == ["Um Adasa"]


def test_a_military_council_of_local_fighters_speaks_as_an_armed_group(finder):
    text = (
        "Coalition jets struck Um Adasa on Tuesday, a commander of the Manbij Military "
        "Council told the agency."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "rebels"


def test_an_opposition_outlet_s_own_reporter_is_the_report_s_voice(finder):
    text = "Regime jets launched raids on Khan al-Shih on Wednesday, Orient News reporter said."
    (ev,) = events(text, finder)
    assert ev.claimant == "reporter"


def test_victims_told_in_the_sentences_right_after_a_strike_are_its_target(finder):
    text = (
        "On Tuesday, helicopters dropped barrel bombs on Kafr Laha all evening. People "
        "counted nine barrels. A bakery there was destroyed and two men were killed."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_victims_of_other_news_after_a_strike_are_not_its_target(finder):
    text = (
        "Helicopters dropped barrel bombs on Kafr Laha on Tuesday. Elsewhere, a car bomb "
        "killed five civilians."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "unspecified"


def test_the_hospital_the_wounded_were_taken_to_after_a_strike_is_no_target(finder):
    text = (
        "Helicopters dropped barrel bombs on Kafr Laha on Tuesday. Two injured, both taken to "
        "the nearest hospital."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "unspecified"


def test_a_fisherman_killed_is_a_civilian_target(finder):
    text = "On Saturday, a coalition aircraft bombed a ferry near Sbikhan, killing a fisherman."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_a_farmer_was_killed_after_a_strike_makes_it_a_civilian_target(finder):
    text = (
        "Two jets fired rockets at the outskirts of al-Ruhaybah on Monday, the activists "
        "said. A 60-year-old farmer was killed."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_the_one_air_force_a_report_names_in_support_strikes_its_unattributed_raids(finder):
    text = (
        "Army units, backed by the Syrian Arab Air Force, carried out operations on Tuesday. "
        "A headquarters of the terrorists was destroyed in an air strike in Daraa al-Balad."
    )
    (ev,) = events(text, finder)
    assert ev.actor == "regime"


def test_a_place_s_own_council_telling_bombs_fell_on_the_town_makes_it_struck(finder):
    text = (
        "The local council of Zakiya said that eight barrel bombs fell on the town on "
        "Wednesday afternoon and that a woman was killed."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimant) == ("Zakiya", "activists")


def test_a_place_s_own_council_telling_of_another_place_struck_is_not_struck(finder):
    text = "The local council of Zakiya said that jets struck Kanaker on Wednesday."
    assert places(text, finder) == ["Kanaker"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Russian jets bombed Tannab on Monday, Anka News Agency reported, citing local "
            "sources.",
            "media",
        ),
        ("Opposition sources said regime jets fired rockets at Saqba on Monday.", "activists"),
        ("Regime jets bombed Hasakah on Thursday, an Asayish spokesman said.", "rebels"),
        ("A spokesman for Faylaq al-Rahman said jets had struck Saqba on Monday.", "rebels"),
    ],
)
def test_an_agency_opposition_sources_and_an_armed_group_s_spokesman_speak(finder, text, claimant):
    (ev,) = events(text, finder)
    assert ev.claimant == claimant


def test_takfiri_militants_are_rebels(finder):
    text = "Russian jets pounded the hideouts of Takfiri militants in Hardatnin on Wednesday."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "rebels"


def test_the_day_a_truce_took_effect_does_not_date_a_strike_in_breach_of_it(finder):
    text = (
        "Regime jets killed nine people on Thursday when they hit a bakery in Saqba, the "
        "monitor said, in the worst breach of the truce since it took effect on February 27."
    )
    (ev,) = events(text, finder, published=date(2016, 4, 1))
    assert ev.event_date == date(2016, 3, 31)


def test_a_town_locating_struck_villages_after_two_words_of_description(finder):
    text = (
        "Russian jets bombed the villages of Mayer and Tannab, north of the Syrian border "
        "town of Azaz, on Monday."
    )
    assert sorted(places(text, finder)) == ["Mayer", "Tannab"]


def test_a_speaker_s_family_name_between_a_verb_of_saying_and_his_role(finder):
    text = '"Coalition jets hit Tannab at dawn on Friday," said Rezan Silo, the group\'s spokesman.'
    assert places(text, finder) == ["Tannab"]


def test_where_a_spokesman_speaks_from_after_a_comma_is_no_struck_place(finder):
    text = (
        "Coalition jets hit an ISIS convoy near Tannab on Friday, said the group's spokesman, "
        "speaking from Qamishli."
    )
    assert places(text, finder) == ["Tannab"]


def test_where_a_group_named_before_is_seated_is_no_struck_place(finder):
    text = (
        "A commander of Faylaq al-Rahman, the main rebel faction in Irbin, said regime jets "
        "struck Saqba on Monday."
    )
    assert places(text, finder) == ["Saqba"]


def test_the_strikes_on_a_governorate_sum_up_its_towns_struck_before(finder):
    text = (
        "Regime jets struck Armanaz and Hazano in northern Idlib on Monday, activists said. "
        "The strikes on Idlib came as talks went on in Ankara."
    )
    assert sorted(places(text, finder)) == ["Armanaz", "Hazano"]


def test_what_most_of_the_named_side_s_strikes_have_hit_is_no_strike_of_a_day(finder):
    text = (
        "Jets struck Talbiseh on Thursday. Rebels say most of the Russian strikes have hit "
        "civilians rather than ISIS, which has no fighters in the countryside of Hama."
    )
    assert places(text, finder) == ["Talbiseh"]


def test_the_camps_the_displaced_flee_towards_are_no_struck_place(finder):
    text = (
        "Jets struck Armanaz on Monday. The raids sent families fleeing towards the camps "
        "near Atmeh."
    )
    assert places(text, finder) == ["Armanaz"]


# -- the twentieth set's families --------------------------------------------------------


def test_a_day_without_year_under_an_earlier_incident_heading_takes_the_page_s_year(finder):
    text = (
        "Incident date: March 3, 2016\nLocation: Tadef\n\n"
        "Jets hit a bakery in Tadef, killing two men.\n\n"
        "Incident date: March 5-6, 2016 (night)\nLocation: Qabasin\n\n"
        "A woman was killed when an aircraft hit a house in Qabasin on the night of March 5."
    )
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 3, 12))}
    assert dated["Qabasin"] == date(2016, 3, 5)


def test_shelling_left_out_of_a_monitor_s_air_figures_is_no_strike(finder):
    text = (
        "Army shelling of Kafr Nabudah from positions in Suran, reported every week, "
        "is not counted in our air figures."
    )
    assert places(text, finder) == []


def test_activists_in_a_town_telling_of_the_town_struck_make_it_struck(finder):
    text = "Activists in Kafr Nabudah said regime jets struck the market of the town on Friday."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimant) == ("Kafr Nabudah", "activists")


def test_a_local_news_network_speaks_as_activists(finder):
    text = "Jets struck Hajin on Sunday, killing four, according to a local news network."
    (ev,) = events(text, finder)
    assert ev.claimant == "activists"


def test_armed_opposition_groups_attacking_a_place_are_ground_fighting(finder):
    text = (
        "Jets struck Inkhil on Monday. Armed opposition groups attacked army positions "
        "near Jasim on Monday but made no gains."
    )
    assert places(text, finder) == ["Inkhil"]


def test_a_pause_in_two_sides_air_strikes_on_a_place_is_no_strike(finder):
    text = "The pause in Russian and Syrian air strikes on Hayan held on Thursday."
    assert places(text, finder) == []


def test_strikes_a_monitor_expects_to_resume_are_no_strike(finder):
    text = (
        "Jets struck Saqba on Monday, killing two. We expect air strikes on the eastern "
        "districts to resume at their old pace, and the government to press its offensives "
        "in Eastern Ghouta."
    )
    assert places(text, finder) == ["Saqba"]


def test_a_bomb_that_lands_in_a_video_dates_the_strike_told_next(finder):
    text = (
        "A video posted on the evening of Tuesday, March 1, shows the moment a bomb lands "
        "on a bakery. The Media Office of the town said Russian jets had struck the bakery "
        "of Hayan, killing four men."
    )
    (ev,) = events(text, finder, date(2016, 3, 4))
    assert (ev.place_as_written, ev.event_date) == ("Hayan", date(2016, 3, 1))


def test_a_news_page_named_x_now_names_no_place(finder):
    text = (
        "Coalition jets struck a house in Markada on Monday. Raqqa Now said the strikes "
        "came at dawn, after ISIS fighters took up positions in the town."
    )
    assert places(text, finder) == ["Markada"]


def test_one_jet_from_an_airport_is_launched_from_it(finder):
    text = "A jet from Shayrat airport carried out an attack on Kafr Nabudah on Monday."
    assert places(text, finder) == ["Kafr Nabudah"]


# -- the nineteenth set's families ------------------------------------------------


def test_a_monitor_s_dated_strikes_go_on_with_the_aircraft_told_that_day(finder):
    text = (
        "Syrian government warplanes pounded two rebel-held villages north of Hama on Sunday, "
        "killing nine civilians.\n\nThe monitor said air strikes hit Maan and Kawkab on Sunday "
        "afternoon.\n\nRussia has flown raids over the province since last year. Residents "
        "said a Russian raid hit Kafr Nabudah on Saturday."
    )
    found = [ev for ev in events(text, finder) if ev.place_as_written in ("Maan", "Kawkab")]
    assert [ev.actor for ev in found] == ["regime", "regime"]


def test_strikes_a_voice_says_were_also_flown_go_on_with_the_aircraft_told_before(finder):
    text = (
        "Government jets struck Saqba on Tuesday, the monitor said.\n\nActivists said warplanes "
        "also fired rockets at Hamouriyah on Monday evening.\n\nRussian raids hit Kafr Batna "
        "last week, and Syrian jets hit Arbin on Sunday. Russia denies it."
    )
    found = [ev for ev in events(text, finder) if ev.place_as_written == "Hamouriyah"]
    assert [ev.actor for ev in found] == ["regime"]


def test_a_voice_s_strikes_on_another_day_do_not_go_on_with_the_aircraft_told_before(finder):
    text = (
        "Helicopters dropped barrel bombs on Saqba on Tuesday.\n\nActivists reported two strikes "
        "on Hamouriyah on Wednesday.\n\nRussian raids hit Kafr Batna last week, and Syrian jets "
        "hit Arbin on Sunday. Russia denies it."
    )
    found = [ev for ev in events(text, finder) if ev.place_as_written == "Hamouriyah"]
    assert [ev.actor for ev in found] == ["unknown"]


def test_a_place_after_the_comma_closing_a_reference_point_is_struck(finder):
    text = "Activists said jets hit Tal Mardikh, south of the town of Saraqeb, and Ehsem on Monday."
    assert places(text, finder) == ["Tal Mardikh", "Ehsem"]


def test_a_toll_told_before_of_strikes_on_counted_villages_makes_them_civilian_targets(finder):
    text = (
        "At least 14 people were killed in air strikes on two villages in Idlib province.\n\n"
        "The monitor said Russian jets hit Kafrouma and Ehsem on Monday."
    )
    found = [ev for ev in events(text, finder) if ev.place_as_written in ("Kafrouma", "Ehsem")]
    assert [ev.claimed_target for ev in found] == ["civilians", "civilians"]


def test_a_toll_told_before_of_a_named_place_leaves_the_next_places_unspecified(finder):
    text = (
        "At least 14 people were killed in air strikes on two villages near Saraqeb.\n\n"
        "The monitor said Russian jets hit Kafrouma and Ehsem on Monday."
    )
    found = [ev for ev in events(text, finder) if ev.place_as_written in ("Kafrouma", "Ehsem")]
    assert [ev.claimed_target for ev in found] == ["unspecified", "unspecified"]


def test_a_city_locating_villages_a_story_names_after_its_byline_is_no_struck_place(finder):
    text = (
        "Turkish jets struck Daesh hideouts in two villages north of Aleppo, the military said."
        "\n\nStaff and agencies\n\n16 Oct 2016\n\nTurkish warplanes destroyed Daesh shelters "
        "in the villages of Akhtarin and Turkman Bareh on Saturday, the General Staff said."
    )
    assert places(text, finder, date(2016, 10, 16)) == ["Akhtarin", "Turkman Bareh"]


def test_a_town_aid_is_to_reach_once_the_bombing_stops_is_no_struck_place(finder):
    text = (
        "Delegates in Vienna said they would not begin talks until the bombing of civilians "
        "stopped and aid reached besieged towns such as Madaya."
    )
    assert places(text, finder) == []


def test_the_group_said_speaks_for_the_last_group_named(finder):
    text = (
        "The Homs Media Center, an activist group, said jets hit al-Ghantou on Thursday.\n\n"
        "A day earlier, Russian jets struck al-Zaafarana, wounding two people, the group said."
    )
    assert [ev.claimant for ev in events(text, finder)] == ["activists", "activists"]


def test_families_under_the_rubble_of_the_place_named_again_are_civilian_targets(finder):
    text = (
        "Activists posted photographs of a building in Kawkab hit by a Russian raid on Saturday. "
        '"Kawkab tonight, families still under the rubble," the post read.'
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_a_town_fighters_close_in_on_is_no_struck_place(finder):
    assert places("Turkish jets hit Daesh targets as the FSA closes in on Dabiq", finder) == []


def test_a_town_fighters_take_is_no_struck_place(finder):
    text = (
        "Turkish jets struck Daesh hideouts in villages north of Aleppo, the military said, as "
        "Free Syrian Army fighters backed by Turkey took the town of Dabiq."
    )
    assert "Dabiq" not in places(text, finder)


def test_the_coalition_opening_a_sentence_is_the_it_that_says_it(finder):
    text = "The US-led coalition carried out three strikes near Hajin on Sunday, it said."
    (ev,) = events(text, finder)
    assert ev.claimant == "coalition"


# -- the twenty-second set's families ----------------------------------------------


def test_a_place_where_the_army_pushes_beside_the_strike_is_no_struck_place(finder):
    text = (
        "Helicopters dropped barrel bombs on Sarmin on Sunday, as the army pushed to cut off "
        "rebel pockets in Jabal al-Zawiya."
    )
    assert places(text, finder) == ["Sarmin"]


def test_a_town_an_offensive_brings_insurgents_near_is_no_struck_place(finder):
    text = (
        "Russian jets pounded rebel-held villages in the Ghab on Monday as insurgents pressed an "
        "offensive that has brought them within two kilometres of the Christian town of "
        "Suqaylabiyah."
    )
    assert "Suqaylabiyah" not in places(text, finder)


def test_what_a_side_seldom_strikes_is_no_struck_place(finder):
    text = (
        "Helicopters dropped barrel bombs on Inkhil on Friday. Russian jets have seldom been "
        "reported to strike in Sanamayn since their campaign began."
    )
    assert places(text, finder) == ["Inkhil"]


def test_the_day_places_were_taken_in_an_apposition_does_not_date_their_strike(finder):
    text = (
        "Russian jets pounded villages in northern Hama on Tuesday. The strikes hit "
        "al-Hamamiyat and Kernaz, two villages the rebels captured last week, activists said."
    )
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 2, 25))}
    assert found["al-Hamamiyat"] == found["Kernaz"] == date(2016, 2, 23)


def test_the_city_named_after_strikes_in_its_governorate_is_a_place_of_its_own(finder):
    text = (
        "Russian raids killed nine people in a village in Hama province on Friday. Su-34 "
        "bombers also destroyed a depot near the city of Hama, and jets hit Kafr Zita."
    )
    found = {ev.place_as_written: ev.place_relation for ev in events(text, finder)}
    assert found == {"Hama": "near", "Kafr Zita": "in"}


def test_a_stronghold_locating_a_village_named_next_is_no_struck_place(finder):
    text = (
        "Coalition raids killed 11 people in a village east of the jihadists' stronghold Raqqa "
        "on Sunday, a monitor said. The jets hit homes in the village of Ratla, it said."
    )
    assert places(text, finder) == ["Ratla"]


def test_a_reader_comment_under_the_report_names_no_struck_place(finder):
    text = (
        "Syrian government warplanes struck the town of Inkhil on Monday, a monitor said.\n\n"
        "Comments (2)  |  Share: Facebook  Twitter\n\n"
        "Joe K. - They bombed Homs again last week and nobody cares."
    )
    assert places(text, finder, date(2016, 6, 7)) == ["Inkhil"]


def test_a_comments_line_above_the_report_cuts_nothing(finder):
    text = "3 Comments\n\nSyrian government warplanes struck the town of Inkhil on Monday."
    assert places(text, finder, date(2016, 6, 7)) == ["Inkhil"]


def test_a_line_of_hashtags_names_no_struck_place(finder):
    text = "Jets hit Inkhil on Monday, a monitor said.\n\nTRENDING\n#Syria  #Raqqa  #Airstrikes"
    assert places(text, finder, date(2016, 6, 7)) == ["Inkhil"]


def test_a_line_of_hashtags_opened_by_the_line_above_is_a_list_of_places(finder):
    text = (
        "Government jets dropped barrel bombs on these towns today:\n"
        "#Inkhil #Jasim\n#Nawa #Tafas\n\n#Syria #Daraa #BarrelBombs"
    )
    assert places(text, finder, date(2016, 6, 7)) == ["Inkhil", "Jasim", "Nawa", "Tafas"]


def test_a_tag_line_names_no_air_force(finder):
    text = (
        "Jets hit Inkhil on Monday, a monitor said.\n\nTags: Syria | Daraa | air strikes | Russia"
    )
    (ev,) = events(text, finder, date(2016, 6, 7))
    assert (ev.place_as_written, ev.actor) == ("Inkhil", "unknown")


def test_a_reprints_originally_published_line_dates_its_weekdays(finder):
    text = (
        "Originally published March 4, 2016 at 9:10 am | Updated March 11, 2016\n\n"
        "Russian jets struck Kafr Nabudah on Friday, activists said."
    )
    (ev,) = events(text, finder, date(2016, 3, 11))
    assert ev.event_date == date(2016, 3, 4)


def test_a_wire_date_after_the_agency_and_a_dash_dates_its_weekdays(finder):
    text = (
        "WORLD | March 11, 2016\n\n"
        "BEIRUT (Reuters) - March 2, 2016 - Syrian warplanes hit Kafr Nabudah on Tuesday."
    )
    (ev,) = events(text, finder, date(2016, 3, 11))
    assert ev.event_date == date(2016, 3, 1)


def test_a_list_of_more_stories_below_the_report_names_no_struck_place(finder):
    text = (
        "Jets hit Inkhil on Monday, a monitor said.\n\n"
        "More from Syria\nJets pound Douma as talks stall\nBarrel bombs hit Daraya again"
    )
    assert places(text, finder, date(2016, 6, 7)) == ["Inkhil"]


def test_you_may_also_like_opens_other_stories(finder):
    text = (
        "Jets hit Inkhil on Monday, a monitor said.\n\n"
        "You may also like:\nAirstrike kills 12 in Idlib market"
    )
    assert places(text, finder, date(2016, 6, 7)) == ["Inkhil"]


# -- the twenty-third set's families --------------------------------------------------


def test_the_course_of_a_sides_strikes_is_no_strike_of_a_day(finder):
    text = (
        "Syrian jets bombed Tafas on Monday. Regime air strikes in Hama and Homs rose for a "
        "fourth week. Russian strikes in Aleppo, however, continued to land mostly on rebel "
        "districts. Strikes on Idlib are likely to continue."
    )
    assert places(text, finder) == ["Tafas"]


def test_a_line_labelled_observatory_is_the_observatorys_version(finder):
    text = "Observatory: jets believed to be Russian bombed Tafas on Monday, killing four people."
    (ev,) = events(text, finder)
    assert ev.claimant == "sohr"


def test_state_media_named_with_sana_in_brackets_are_sana(finder):
    text = "State media (SANA) said the air force destroyed terrorist dens in Tafas on Monday."
    (ev,) = events(text, finder)
    assert ev.claimant == "sana"


def test_the_sources_a_report_written_as_we_compares_are_not_its_author(finder):
    text = (
        "Method: we compare the accounts of local activists with those of the Syrian Observatory "
        "for Human Rights, and we give the higher toll when the two differ by a wide margin.\n\n"
        "Monday: jets bombed Tafas, killing two people.\n\n"
        "The Observatory counted 40 dead in the week. The Observatory is based in Britain."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "reporter"


def test_a_voice_counting_the_victims_next_speaks_for_a_strike_told_in_the_reports_voice(finder):
    text = "Syrian jets bombed Tafas on Monday. The White Helmets say four people were killed."
    (ev,) = events(text, finder)
    assert (ev.claimant, ev.claimed_target) == ("civil_defence", "civilians")


def test_a_digest_entry_opened_by_its_short_day_dates_its_sentences(finder):
    text = (
        "Fri 5 Feb. Local sources: Russian jets struck Tafas at dawn. Defence Ministry: jets "
        "bombed terrorist depots near Inkhil."
    )
    assert {ev.place_as_written: ev.event_date for ev in events(text, finder)} == {
        "Tafas": date(2016, 2, 5),
        "Inkhil": date(2016, 2, 5),
    }


def test_no_aircraft_carrying_out_strikes_is_a_denial(finder):
    text = (
        "Syrian jets bombed Tafas on Monday. The ministry said no Russian aircraft carried out "
        "strikes near Inkhil."
    )
    assert places(text, finder) == ["Tafas"]


def test_a_ministrys_claim_naming_no_aircraft_is_its_own_sides(finder):
    text = (
        "Activists reported Russian airstrikes on Tafas on Tuesday. Regime forces broke the "
        "siege of Kweires on Sunday. The MoD also claimed to have hit an ISIS depot near Nawa."
    )
    assert {ev.place_as_written: ev.actor for ev in events(text, finder)} == {
        "Tafas": "russia",
        "Nawa": "russia",
    }


def test_a_strike_assessed_as_one_sides_in_the_next_sentence_is_its(finder):
    text = (
        "Russian jets bombed Tafas on Monday. Two strikes hit Nawa on Tuesday. A video shows a "
        "house collapsed. The strike is assessed as likely Syrian."
    )
    assert {ev.place_as_written: ev.actor for ev in events(text, finder)} == {
        "Tafas": "russia",
        "Nawa": "regime",
    }


def test_a_monitors_tally_of_strikes_most_of_them_in_a_place_is_no_strike_of_a_day(finder):
    text = (
        "Syrian jets bombed Tafas on Monday. In January the network documented 312 air "
        "strikes, most of them in Daraa."
    )
    assert places(text, finder) == ["Tafas"]


def test_a_counter_attack_is_the_grounds(finder):
    text = "Syrian jets bombed Tafas on Monday. Nawa is contested after a rebel counter-attack."
    assert places(text, finder) == ["Tafas"]


def test_the_attack_a_strike_followed_is_no_struck_place(finder):
    text = "Russian jets bombed Tafas on Monday, after the militants' attack on Nawa."
    assert places(text, finder) == ["Tafas"]


def test_a_groups_premises_hit_are_not_its_voice(finder):
    text = "Russian jets struck a Civil Defence centre in Tafas on Monday."
    (ev,) = events(text, finder)
    assert ev.claimant == "reporter"


def test_premises_cited_as_the_source_are_its_voice(finder):
    text = (
        "Helicopters dropped barrel bombs near Tafas on Monday, according to the local "
        "Civil Defence centre."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "civil_defence"


def test_a_coalition_members_general_staff_speaks_of_its_own_jets(finder):
    text = (
        "Russian jets bombed Tafas on Monday. The Turkish General Staff said four ISIS targets "
        "were destroyed near Dabiq on Monday."
    )
    assert {ev.place_as_written: ev.actor for ev in events(text, finder)} == {
        "Tafas": "russia",
        "Dabiq": "coalition",
    }


def test_a_local_councils_offices_hit_are_a_civilian_target(finder):
    text = "Helicopters dropped barrel bombs on Nawa, damaging the local council's offices."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


# -- the twenty-fourth set's families -----------------------------------------------------


def test_a_day_setting_the_scene_with_aircraft_dates_the_strike_told_next(finder):
    text = (
        "On Tuesday, just before dawn, the whole village heard the jets circling overhead. "
        "They bombed Kafr Sajna and the olive press on its edge."
    )
    (ev,) = events(text, finder, published=date(2016, 3, 4))
    assert ev.event_date == date(2016, 3, 1)


def test_a_governorate_whose_mountains_hold_the_place_near_the_strike_is_no_struck_place(finder):
    text = (
        "The ministry said its bombers had destroyed a militant depot near Kinsabba, "
        "in the mountains of northern Latakia, on Monday."
    )
    assert places(text, finder) == ["Kinsabba"]


def test_a_town_locating_a_named_field_the_gazetteer_lacks_is_no_struck_place(finder):
    text = "Jets struck ISIS fighters near the Hayal gas field, east of Salamiyah, on Friday."
    assert places(text, finder) == []


def test_activists_in_a_place_located_by_a_town_speak_for_it(finder):
    text = (
        "Activists in the Ghab plain west of Hama said Russian jets had bombed "
        "Qastoun and Ziyara on Monday."
    )
    assert places(text, finder) == ["Qastoun", "Ziyara"]


def test_a_commander_of_a_named_division_speaks_for_an_armed_group(finder):
    text = (
        "Jets bombed Kafr Uwaid on Monday, according to a commander of the 13th Division, "
        "who said no one was hurt."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "rebels"


def test_a_commander_s_men_s_positions_hit_are_an_armed_group_s_target(finder):
    text = (
        "Jets bombed Kafr Uwaid on Monday, according to a commander of the 13th Division, "
        "who said the raids had hit his men's positions."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "rebels"


def test_the_same_speakers_named_again_are_the_last_claimant(finder):
    text = (
        "Barrel bombs fell on Hazzeh on Monday, the White Helmets said.\n\n"
        '"We lost our home," a neighbour said.\n\n'
        "A day earlier, jets struck Kafr Batna, wrecking a bakery, the same rescuers said."
    )
    assert [ev.claimant for ev in events(text, finder)] == ["civil_defence", "civil_defence"]


def test_the_hour_of_a_prayer_after_a_day_still_dates_the_strike(finder):
    text = "On Tuesday, shortly after the evening prayers, Russian jets struck Kafr Sajna."
    (ev,) = events(text, finder, published=date(2016, 3, 4))
    assert ev.event_date == date(2016, 3, 1)


def test_a_field_written_with_its_kind_is_the_place_of_its_name(finder):
    text = "Russian jets struck ISIS columns around the Mazrur oil field on Sunday."
    (ev,) = events(text, finder)
    assert place_key(ev.place_as_written) == place_key("Mazrur")


def test_a_relative_in_a_place_who_tells_of_a_strike_elsewhere_is_no_struck_place(finder):
    text = "My uncle in Ariha told me on Monday that jets had bombed Mhambel."
    assert places(text, finder) == ["Mhambel"]


def test_the_writer_s_home_beside_a_struck_village_is_no_struck_place(finder):
    text = "On Sunday, Russian jets bombed Maarzita, the village next to Heish where I grew up."
    assert places(text, finder) == ["Maarzita"]


def test_a_relative_s_home_named_in_a_strike_sentence_is_no_struck_place(finder):
    text = "Jets struck Mhambel on Monday, and my sister, who lives in Ariha, heard every blast."
    assert places(text, finder) == ["Mhambel"]


def test_a_strike_told_of_a_year_long_past_is_history(finder):
    text = "Back in 2013, a MiG bombed the bakery of Maarzita and killed my uncle."
    assert places(text, finder, published=date(2016, 3, 4)) == []


def test_a_place_struck_in_a_season_of_a_year_long_past_is_history(finder):
    text = "My father died when barrel bombs hit the market in Mhambel in the summer of 2013."
    assert places(text, finder, published=date(2016, 3, 4)) == []


def test_a_clinic_s_town_that_received_the_wounded_is_no_struck_place(finder):
    text = "Our field clinic in Ariha received 14 wounded from Saturday's air strikes on Mhambel."
    assert places(text, finder) == ["Mhambel"]


def test_a_home_named_as_the_only_struck_place_stays_struck(finder):
    text = "On Sunday, Russian jets bombed Kafr Nabl, where I grew up."
    assert places(text, finder, published=date(2016, 3, 4)) == ["Kafr Nabl"]


def test_a_clinic_s_town_named_alone_in_a_strike_sentence_stays_struck(finder):
    text = "Our clinic in Ariha received 14 wounded after air strikes hit the town's market."
    assert places(text, finder) == ["Ariha"]


def test_the_town_the_displaced_shelter_near_is_no_struck_place(finder):
    text = "Families who fled the bombing of Maarzita last week now live in tents near Ariha."
    assert places(text, finder) == ["Maarzita"]


def test_an_airport_helicopters_fly_out_of_is_where_they_took_off(finder):
    text = (
        "Regime helicopters, flying out of Hama airport, dropped two barrel bombs on "
        "Mhambel on Monday."
    )
    assert places(text, finder) == ["Mhambel"]


def test_places_a_strike_record_is_compared_with_are_no_struck_places(finder):
    text = "The ISIS capital has been bombed far less by Russian jets than Ariha or Mhambel."
    assert places(text, finder) == []


def test_two_days_back_opening_a_sentence_dates_the_strike(finder):
    for opening in ("The day before yesterday", "The night before last"):
        text = f"{opening}, warplanes bombed Kafr Uwaid."
        (ev,) = events(text, finder, published=date(2016, 2, 19))
        assert ev.event_date == date(2016, 2, 17)


def test_a_place_closed_since_a_strike_on_another_is_no_struck_place(finder):
    text = "The clinic in Ariha has been closed since jets struck nearby Mhambel on Monday."
    assert places(text, finder) == ["Mhambel"]


# -- the twenty-fifth set's families ------------------------------------------------


def test_the_day_before_counts_from_the_strike_told_before(finder):
    text = (
        "On Wednesday, helicopters dropped barrel bombs on Talbiseh, activists said.\n\n"
        "The day before, Russian jets struck Kafr Zita, the Observatory said."
    )
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 2, 12))}
    assert dated == {"Talbiseh": date(2016, 2, 10), "Kafr Zita": date(2016, 2, 9)}


def test_that_morning_is_the_day_the_sentence_before_names(finder):
    text = (
        "On Monday, jets struck Talbiseh, activists said.\n\n"
        "The siege has tightened since Feb. 2, the day the convoy was turned back. "
        "That morning, a strike hit a bakery in Kafr Zita, the Observatory said."
    )
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 2, 10))}
    assert dated == {"Talbiseh": date(2016, 2, 8), "Kafr Zita": date(2016, 2, 2)}


def test_how_long_a_side_has_been_bombing_does_not_date_its_strike(finder):
    text = (
        "The coalition, which has been bombing Islamic State since September 2014, said its "
        "aircraft destroyed fuel trucks near Tabqa, west of Raqqa, on Monday."
    )
    (ev,) = events(text, finder, date(2015, 11, 19))
    assert ev.event_date == date(2015, 11, 16)


def test_a_spokesman_for_a_group_named_with_a_unit_word_speaks_as_rebels(finder):
    text = (
        "Russian jets bombed Inkhil on Monday, a spokesman for the Southern Front told the "
        "agency.\n\nOn Tuesday, jets struck the outskirts of Nawa, the spokesman said."
    )
    claimants = {ev.place_as_written: ev.claimant for ev in events(text, finder)}
    assert claimants == {"Inkhil": "rebels", "Nawa": "rebels"}


def test_a_turkmen_commander_speaks_as_rebels(finder):
    text = "Helicopters dropped barrel bombs on Rabia on Sunday, a Turkmen commander said."
    (ev,) = events(text, finder)
    assert ev.claimant == "rebels"


def test_where_a_speaker_phones_from_nearby_is_no_struck_place(finder):
    text = (
        "Helicopters dropped barrel bombs on Kafr Nabl, wounding a woman, an activist said by "
        "telephone from nearby Hish."
    )
    assert places(text, finder) == ["Kafr Nabl"]


def test_a_town_captured_with_the_day_before_its_name_is_no_struck_place(finder):
    text = (
        "Russian jets struck Nawa on Friday, days after the army's capture on Jan. 26 of "
        "Sheikh Maskin, activists said."
    )
    assert places(text, finder, date(2016, 1, 30)) == ["Nawa"]


def test_a_place_targeted_with_shells_a_few_words_on_is_no_struck_place(finder):
    text = (
        "Helicopters dropped barrel bombs on Madyara on Thursday, the Observatory said.\n\n"
        "The factions targeted areas in the Abbasiyyin area of Damascus with several shells."
    )
    assert places(text, finder, date(2016, 7, 7)) == ["Madyara"]


def test_a_wire_dateline_gives_the_day_of_writing_not_the_strike_s(finder):
    text = (
        "BEIRUT, Feb 9 (Agency) - Russian jets struck Kafr Zita late on Sunday, the "
        "Observatory said on Tuesday."
    )
    (ev,) = events(text, finder, date(2016, 2, 11))
    assert ev.event_date == date(2016, 2, 7)


def test_the_previous_night_counts_from_the_day_its_speaker_spoke(finder):
    text = (
        "The coalition said on Thursday its aircraft had destroyed fuel trucks near Tabqa "
        "the previous night."
    )
    (ev,) = events(text, finder, date(2015, 11, 28))
    assert ev.event_date == date(2015, 11, 25)


def test_a_feast_s_eve_or_last_night_dates_a_strike(finder):
    text = (
        "Jets struck Kafr Zita on the eve of Eid al-Adha, killing five civilians, the "
        "Observatory said.\n\n"
        "On the last night of Ramadan, helicopters dropped barrel bombs on Douma."
    )
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 9, 14))}
    assert dated == {"Kafr Zita": date(2016, 9, 11), "Douma": date(2016, 7, 5)}


def test_on_the_eve_of_an_event_dated_in_the_clause_is_the_day_before_it(finder):
    text = (
        "Rebels said Russian jets bombed a depot in Kafr Zita on the eve of the talks in "
        "Geneva, which opened on Jan. 29."
    )
    (ev,) = events(text, finder, date(2016, 2, 10))
    assert ev.event_date == date(2016, 1, 28)


def test_the_dead_counted_in_words_after_a_strike_are_civilians(finder):
    text = "Syrian warplanes hit the main square of Inkhil on Wednesday. It counted nine dead."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_a_count_opening_a_sentence_is_no_place_and_tells_the_victims(finder):
    text = "Syrian warplanes hit the main square of Inkhil on Wednesday. Nine people were killed."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimed_target) == ("Inkhil", "civilians")


def test_the_coalition_saying_after_a_clause_on_itself_is_its_claimant(finder):
    text = (
        "The coalition, which has been bombing Islamic State since September 2014, said its "
        "aircraft destroyed fuel trucks near Tabqa on Monday."
    )
    (ev,) = events(text, finder, date(2015, 11, 19))
    assert ev.claimant == "coalition"


def test_overnight_counts_from_the_day_its_speaker_spoke(finder):
    text = (
        "BEIRUT (AP) -- Russian jets struck the town of Sarmin overnight, killing nine "
        "civilians, activists said Thursday."
    )
    (ev,) = events(text, finder, date(2016, 9, 11))
    assert ev.event_date == date(2016, 9, 7)


def test_a_field_commander_named_alone_speaks_as_the_army(finder):
    text = (
        "Russian jets bombed militant positions in Tafas this morning, a field commander told "
        "our correspondent. Warplanes also hit Nawa, the commander said."
    )
    assert [(ev.place_as_written, ev.claimant) for ev in events(text, finder)] == [
        ("Tafas", "sana"),
        ("Nawa", "sana"),
    ]


def test_a_rebel_field_commander_speaks_as_the_rebels(finder):
    text = "Russian jets bombed a depot in Tafas, a rebel field commander said."
    assert [ev.claimant for ev in events(text, finder)] == ["rebels"]


def test_victims_told_next_by_opposition_activists_are_the_strike_s(finder):
    text = (
        "Local sources said helicopters dropped barrel bombs on Inkhil last night. "
        "Opposition activists claim that six civilians were killed."
    )
    assert [ev.claimed_target for ev in events(text, finder)] == ["civilians"]


def test_where_an_activist_network_speaks_from_is_no_struck_place(finder):
    text = (
        "An activist network in Deir ez-Zor city said that jets struck a bakery in the town "
        "of al-Mayadin on Monday, killing four civilians."
    )
    assert places(text, finder) == ["al-Mayadin"]


def test_a_quoted_target_fired_on_with_artillery_is_no_strike(finder):
    text = (
        "Jets bombed Deir Muqrin on Monday. State media said army units had targeted "
        '"terrorist hideouts" near Ain al-Khadra with artillery fire.'
    )
    assert places(text, finder) == ["Deir Muqrin"]


def test_where_a_group_has_no_presence_is_no_struck_place(finder):
    text = (
        "Russian strikes have concentrated on the rear of the front, a sign that Moscow is "
        "targeting the rebels rather than ISIS, which has no presence in Talbiseh."
    )
    assert places(text, finder) == []


def test_warplanes_of_unknown_identity_are_no_side_s(finder):
    text = (
        "Government helicopters dropped barrel bombs on Tafas on Sunday. Activists said that "
        "warplanes of unknown identity struck a market in al-Mayadin on Monday."
    )
    assert [(ev.place_as_written, ev.actor) for ev in events(text, finder)] == [
        ("Tafas", "regime"),
        ("al-Mayadin", "unknown"),
    ]


def test_a_valley_s_media_office_speaks_as_activists(finder):
    text = (
        "Jets bombed the pumping station in Deir Muqrin on Friday, the Wadi Barada media "
        "office said. Jets struck a depot near Tadef, the ministry's media office said."
    )
    assert [(ev.place_as_written, ev.claimant) for ev in events(text, finder)] == [
        ("Deir Muqrin", "activists"),
        ("Tadef", "russian_mod"),
    ]


def test_a_second_voice_on_what_the_strike_hit_speaks_of_it_too(finder):
    text = (
        "The Russian Defence Ministry said its jets had destroyed a command post near "
        "Kafr Nabudah. Local activists said the strike hit a chicken farm instead."
    )
    assert [(ev.place_as_written, ev.claimant) for ev in events(text, finder)] == [
        ("Kafr Nabudah", "russian_mod"),
        ("Kafr Nabudah", "activists"),
    ]


# -- the twenty-eighth set's families ---------------------------------------------


def test_a_region_named_also_in_after_a_place_locates_it(finder):
    text = "The monitor recorded raids by jets on Hazzeh, also in Eastern Ghouta, on Friday."
    assert places(text, finder, date(2016, 3, 5)) == ["Hazzeh"]


def test_a_place_of_ground_fighting_near_it_is_no_struck_place(finder):
    text = (
        "Jets struck Hazzeh on Friday, and troops fought Jaish al-Islam on the ground "
        "near Marj al-Sultan."
    )
    assert places(text, finder, date(2016, 3, 5)) == ["Hazzeh"]


def test_a_place_keeps_its_own_day_after_a_reference_point(finder):
    text = (
        "Helicopters dropped barrel bombs on Sarmin on Friday, and on Binnish, north of "
        "Idlib, on Sunday."
    )
    dates = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 6, 21))}
    assert dates == {"Sarmin": date(2016, 6, 17), "Binnish": date(2016, 6, 19)}


def test_a_place_one_should_coordinate_with_is_its_government(finder):
    text = (
        "The embassy said on Friday that Paris should cooperate with Damascus, and that its "
        "jets had hit a depot near Muhasan on Tuesday."
    )
    assert places(text, finder, date(2015, 12, 4)) == ["Muhasan"]


def test_warplanes_a_monitor_believes_syrian_are_the_regimes(finder):
    text = "The monitor said warplanes it believed were Syrian struck the market of Sarmin."
    (ev,) = events(text, finder, date(2016, 4, 20))
    assert ev.actor == "regime"


def test_opposition_activists_speaking_name_no_target(finder):
    text = "Opposition activists said warplanes struck Khan al-Sobol on Tuesday evening."
    (ev,) = events(text, finder, date(2016, 10, 28))
    assert ev.claimed_target == "unspecified"


def test_an_embassy_speaks_for_its_government(finder):
    text = "The Russian embassy in Paris said its jets had hit a convoy near Muhasan on Tuesday."
    (ev,) = events(text, finder, date(2015, 12, 3))
    assert ev.claimant == "russian_mod"


def test_the_syrian_national_coalition_is_the_opposition_not_the_us_led_one(finder):
    text = "The Syrian National Coalition said warplanes bombed Hazzeh on Wednesday."
    (ev,) = events(text, finder, date(2016, 3, 5))
    assert (ev.actor, ev.claimant) == ("unknown", "rebels")


def test_a_letter_of_the_opposition_committee_speaks_for_it(finder):
    text = (
        "The High Negotiations Committee sent the UN a letter on Saturday. Among the breaches, "
        "the letter said, helicopters bombed Hazzeh on Wednesday."
    )
    (ev,) = events(text, finder, date(2016, 3, 5))
    assert ev.claimant == "rebels"


def test_victims_before_a_strike_told_after_and_are_not_its_own(finder):
    text = (
        "Jets hit the village of Taldou on Friday morning, killing six people, and struck "
        "farmland near Kafr Laha in the afternoon."
    )
    targets = {ev.place_as_written: ev.claimed_target for ev in events(text, finder)}
    assert targets == {"Taldou": "civilians", "Kafr Laha": "unspecified"}


def test_a_position_of_the_new_syrian_army_is_a_rebel_target(finder):
    text = "Russian jets struck a camp of the New Syrian Army near al-Tanf on Thursday."
    (ev,) = events(text, finder, date(2016, 6, 21))
    assert ev.claimed_target == "rebels"


def test_strikes_a_speaker_judges_are_no_new_strike(finder):
    text = (
        "The minister told reporters the strikes around Homs showed that Russia was not "
        "hitting Isil."
    )
    assert places(text, finder, date(2015, 10, 31)) == []


def test_a_strike_verb_after_and_is_no_support_of_the_phrase_before(finder):
    text = "Jets avoided areas covered by the truce and struck depots near al-Qaryatayn on Friday."
    assert places(text, finder, date(2016, 3, 5)) == ["al-Qaryatayn"]


def test_where_the_displaced_came_from_or_arrive_is_not_struck(finder):
    text = (
        "Displaced families from Palmyra were among the dead when Russian jets struck "
        "al-Quriyah on Monday. Families arriving in the town of Sarmada and in camps near "
        "Atmeh said jets bombed Zirbah on Tuesday."
    )
    assert places(text, finder, date(2016, 9, 14)) == ["al-Quriyah", "Zirbah"]


def test_where_the_carers_of_the_wounded_are_is_not_struck(finder):
    text = (
        "When a barrel bomb fell on Kafr Laha on Wednesday, the only surgeon was in a field "
        "clinic in Tal Dahab."
    )
    assert places(text, finder, date(2016, 5, 12)) == ["Kafr Laha"]


def test_a_city_holding_a_district_through_a_part_of_it_is_not_struck(finder):
    text = (
        "Regime warplanes struck al-Sukkari neighbourhood in the eastern part of Aleppo city "
        "on Sunday."
    )
    assert places(text, finder, date(2016, 8, 1)) == ["al-Sukkari"]


def test_a_place_whose_own_building_a_strike_hit_is_struck(finder):
    text = "Kafr Roma buried the 21 people killed when warplanes struck its main mosque on Friday."
    assert places(text, finder, date(2016, 12, 5)) == ["Kafr Roma"]


def test_a_local_dateline_in_figures_dates_the_writing_not_the_strike(finder):
    text = (
        "Hama, 14/09/2016 - Regime helicopters dropped barrel bombs on Kafr Zita late on "
        "Monday, activists said."
    )
    (ev,) = events(text, finder, date(2016, 9, 14))
    assert ev.event_date == date(2016, 9, 12)


def test_the_area_saying_what_sort_of_place_a_struck_town_is_is_not_struck(finder):
    text = "Helicopters dropped barrel bombs on Kafr Laha, a town in the Houla plain, on Monday."
    assert places(text, finder, date(2016, 5, 12)) == ["Kafr Laha"]
    listed = "Jets struck the towns of Hayan and Bayanoun, the village of Kafr Dael, on Monday."
    assert places(listed, finder, date(2016, 5, 12)) == ["Hayan", "Bayanoun", "Kafr Dael"]


def test_a_blast_on_the_ground_is_no_strike(finder):
    text = (
        "Russian warplanes struck the town of Kafr Dael on Sunday. A farmer was killed in a "
        "landmine explosion near the town of Tafas."
    )
    assert places(text, finder, date(2016, 8, 1)) == ["Kafr Dael"]


def test_the_high_ground_troops_push_from_is_not_struck(finder):
    text = (
        "Russian jets struck Armanaz on Saturday, near the road to Latakia, where government "
        "troops are pushing up from the mountains of Jabal al-Akrad."
    )
    assert places(text, finder, date(2015, 12, 21)) == ["Armanaz"]


def test_a_place_where_a_strike_fell_told_after_it_is_struck_whatever_came_from_it(finder):
    text = (
        "By noon a second wave of wounded arrived from Hafsarjah, a village in the hills west "
        "of Armanaz, where an air strike destroyed two houses."
    )
    assert places(text, finder, date(2015, 12, 21)) == ["Hafsarjah"]


def test_a_place_named_before_a_strike_in_the_town_is_struck(finder):
    text = (
        "Mourners filled the streets of al-Harak, a day after a barrel bomb dropped by a "
        "helicopter struck a primary school in the town on Friday."
    )
    assert places(text, finder, date(2016, 2, 13)) == ["al-Harak"]


def test_a_toll_s_lead_dates_the_items_under_it(finder):
    text = (
        "The monitor documented the death of 40 civilians on Sunday, 31/07/2016.\n\n"
        "Idlib: 22 civilians were killed in raids by Russian warplanes on Maarat Misrin."
    )
    (ev,) = events(text, finder, date(2016, 8, 1))
    assert ev.event_date == date(2016, 7, 31)


def test_whose_the_jets_were_said_next_names_the_actor(finder):
    text = (
        "Government helicopters dropped barrel bombs on Kafr Laha on Wednesday.\n\n"
        "Warplanes struck farmland on the outskirts of al-Zaafarana on Thursday, killing two "
        "shepherds, activists said. They said the jets were Russian."
    )
    actors = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2016, 5, 12))}
    assert actors == {"Kafr Laha": "regime", "al-Zaafarana": "russia"}


def test_a_strike_denied_with_neither_nor_is_none(finder):
    text = (
        "The army said neither Russian nor Syrian jets had bombed inside Saraqib since "
        "the truce, and that warplanes struck Sarmin on Friday."
    )
    assert places(text, finder, date(2016, 3, 12)) == ["Sarmin"]


def test_a_place_said_not_to_be_hit_is_no_struck_place(finder):
    text = (
        "Activists said jets struck Taftanaz twice on Sunday morning, and that Binnish was not hit."
    )
    assert places(text, finder, date(2016, 3, 14)) == ["Taftanaz"]


def test_a_ministry_spokesman_speaks_for_the_ministry_named_before(finder):
    text = (
        "Russian jets flew 60 sorties, the Defence Ministry said on Thursday, as monitors "
        "said most strikes fell on villages.\n\nA ministry spokesman told reporters that "
        "bombers destroyed a depot near Kafr Rumah on Wednesday."
    )
    (ev,) = events(text, finder, date(2015, 10, 16))
    assert ev.claimant == "russian_mod"
    other = (
        "The Turkish Foreign Ministry said it was alarmed, as monitors counted the dead.\n\n"
        "A ministry spokesman said Russian jets had bombed Kafr Rumah on Wednesday."
    )
    (ev,) = events(other, finder, date(2015, 10, 16))
    assert ev.claimant == "governments"


def test_a_documentation_office_speaks_as_activists(finder):
    text = (
        "The Idlib Martyrs documentation office said Russian jets bombed Hish on Wednesday, "
        "killing two farmers."
    )
    (ev,) = events(text, finder, date(2015, 10, 16))
    assert ev.claimant == "activists"


def test_a_speaker_named_after_his_title_and_body_is_no_place(finder):
    text = (
        "A spokesman for the Turkmen coastal brigades, Omer Kara, said by telephone that "
        "Russian jets bombed Ghmam on Thursday, killing two women."
    )
    assert places(text, finder, date(2015, 11, 27)) == ["Ghmam"]


def test_a_name_with_a_patronymic_after_it_is_no_place(finder):
    text = (
        "Russian jets bombed Jassim on Wednesday, hitting the Khawla bint al-Azwar girls' "
        "school, local activists said."
    )
    assert places(text, finder, date(2016, 2, 5)) == ["Jassim"]


def test_a_nurse_or_a_teenager_killed_is_a_civilian_victim(finder):
    text = "Russian jets bombed Nawa on Thursday afternoon, killing a nurse, activists said."
    (ev,) = events(text, finder, date(2016, 2, 5))
    assert ev.claimed_target == "civilians"
    other = "Russian jets struck Ibtaa on Friday, killing a man and a teenager, activists said."
    (ev,) = events(other, finder, date(2016, 2, 5))
    assert ev.claimed_target == "civilians"


def test_an_area_holding_villages_the_sentence_names_is_no_struck_place(finder):
    text = (
        "Regime helicopters dropped barrel bombs on villages in the Ghab plain on Tuesday, "
        "hitting a school in Qastoun and farms in Ziyara."
    )
    assert places(text, finder, date(2016, 1, 7)) == ["Qastoun", "Ziyara"]
    alone = "Regime helicopters dropped barrel bombs on villages in the Ghab plain on Tuesday."
    assert places(alone, finder, date(2016, 1, 7)) == ["Ghab plain"]


def test_the_reconciliation_centre_in_lower_case_speaks_for_the_ministry(finder):
    text = (
        "The Russian reconciliation centre said on Monday that the air force had struck "
        "firing points near Deir Ful on the night of 8 May."
    )
    (ev,) = events(text, finder, date(2016, 5, 10))
    assert ev.claimant == "russian_mod"


def test_according_to_the_general_speaks_for_the_voice_named_before(finder):
    text = (
        "Russian bombers struck 120 targets over the past day, the Defence Ministry said on "
        "Friday.\n\nIn Aleppo province, according to the general, a depot of the terrorists was "
        "destroyed on the outskirts of Dar Taizzah."
    )
    (ev,) = events(text, finder, date(2015, 11, 28))
    assert ev.claimant == "russian_mod"


# -- the twenty-ninth set's families ----------------------------------------------


def test_a_region_held_or_besieged_around_its_towns_is_no_struck_place(finder):
    text = (
        "Helicopters dropped barrel bombs on Zamalka and Kafr Batna in the besieged "
        "Eastern Ghouta on Tuesday, the rescuers said."
    )
    assert places(text, finder, date(2016, 11, 17)) == ["Zamalka", "Kafr Batna"]


def test_raids_that_have_not_stopped_for_days_are_a_course_not_a_strike(finder):
    text = "In Douma the air raids have not stopped for a month."
    assert places(text, finder, date(2016, 9, 30)) == []


def test_bombing_that_hardened_a_side_is_its_effect_not_a_strike(finder):
    text = (
        "The rebels still hold most of Idlib and the Ghab plain, and the bombing has hardened them."
    )
    assert places(text, finder, date(2016, 9, 30)) == []


def test_the_airstrikes_named_again_keep_the_side_whose_ground_they_hit(finder):
    text = (
        "Idlib, SANA - The air force on Sunday pounded the hideouts of Jabhat al-Nusra "
        "terrorists in Idlib countryside. A military source said the airstrikes destroyed a "
        "depot and three "
        "vehicles in Kafr Takharim and Armanaz."
    )
    targets = {ev.place_as_written: ev.claimed_target for ev in events(text, finder)}
    assert targets == {"Kafr Takharim": "rebels", "Armanaz": "rebels"}


def test_a_ground_assault_on_farms_near_a_place_is_the_ground_s(finder):
    text = (
        "Rebels said troops backed by militias launched a ground assault on orchards near "
        "Jisreen on Tuesday, and jets struck Kafr Batna."
    )
    assert places(text, finder, date(2016, 12, 9)) == ["Kafr Batna"]


def test_a_navy_s_base_named_beside_missiles_fired_is_no_struck_place(finder):
    text = (
        "Cruise missiles fired from warships hit Raqqa on Friday, and the Russian naval "
        "facility at Tartus is being expanded."
    )
    assert places(text, finder, date(2016, 12, 9)) == ["Raqqa"]


def test_a_governorate_struck_in_a_month_its_sentence_names_is_covered_by_that_month_s_towns(
    finder,
):
    text = (
        "Aircraft attacking the northern countryside of Hama struck two schools in March, "
        "killing 11 children, the group said today.\n\n"
        "On March 9, a bomb hit the primary school in Kafr Zita, a teacher said."
    )
    assert places(text, finder, date(2016, 4, 4)) == ["Kafr Zita"]


# -- the thirty-second set's families ---------------------------------------------------


def test_a_town_seized_with_its_day_before_the_object_is_not_struck(finder):
    text = (
        "Russian jets pounded Anadan on Sunday, and the Kurdish militia seized on Monday the "
        "town of Tel Rifat."
    )
    assert places(text, finder, date(2016, 2, 16)) == ["Anadan"]


def test_security_restored_to_a_town_is_a_capture(finder):
    text = (
        "Jets bombed Salma on Sunday, the same day army units restored the security and the "
        "stability to the town of Rabia."
    )
    assert places(text, finder, date(2016, 1, 12)) == ["Salma"]


def test_a_base_the_ground_forces_had_taken_is_not_struck(finder):
    text = (
        "Russian jets bombed Salma on Sunday, after the militia had taken the Menagh military "
        "airbase last week."
    )
    assert places(text, finder, date(2016, 2, 16)) == ["Salma"]


def test_camps_people_reach_are_not_struck(finder):
    text = (
        "Russian jets struck the bridge of Darkoush, cutting the road people take to reach "
        "the camps of Atmeh."
    )
    assert places(text, finder, date(2015, 10, 21)) == ["Darkoush"]


def test_the_hospital_the_wounded_were_taken_to_is_not_struck(finder):
    text = (
        "Jets bombed Buqrus at dawn, and the wounded were transferred to the hospital of "
        "al-Mayadeen."
    )
    assert places(text, finder, date(2016, 10, 26)) == ["Buqrus"]


def test_where_fighters_were_reinforced_from_is_not_struck(finder):
    text = (
        "Russian jets carried out 40 strikes on militants advancing toward Sukhnah, but the "
        "militants, who were reinforced from Raqqa, pressed their attack."
    )
    assert places(text, finder, date(2016, 12, 13)) == []


def test_a_family_named_after_its_ancestor_is_no_place(finder):
    text = "Russian jets struck Hish, killing a mother and her son from the family of al-Hamad."
    assert places(text, finder, date(2016, 10, 26)) == ["Hish"]


def test_according_to_the_same_source_speaks_for_the_last_named(finder):
    text = (
        "The Civil Defence said jets struck Sarmin on Sunday, killing four people.\n\n"
        "This morning, helicopters dropped barrel bombs on Taftanaz, according to the same "
        "source."
    )
    claimants = {ev.place_as_written: ev.claimant for ev in events(text, finder, date(2016, 12, 6))}
    assert claimants == {"Sarmin": "civil_defence", "Taftanaz": "civil_defence"}


def test_a_field_source_with_no_group_speaks_for_the_state(finder):
    text = (
        "The air force carried out on Monday sorties on the terrorists' hideouts in Taftanaz, "
        "a field source told our reporter."
    )
    (ev,) = events(text, finder, date(2016, 12, 6))
    assert ev.claimant == "sana"


def test_turkmen_brigades_are_an_armed_opposition_target(finder):
    text = (
        "On Sunday, regime helicopters dropped barrel bombs on Turkmen fighters' positions "
        "near Rabia."
    )
    (ev,) = events(text, finder, date(2016, 1, 12))
    assert ev.claimed_target == "rebels"


def test_a_turkmen_brigades_speaker_is_no_target(finder):
    text = (
        "Regime helicopters dropped barrel bombs on Rabia, according to a commander of the "
        "Turkmen brigades."
    )
    (ev,) = events(text, finder, date(2016, 1, 12))
    assert ev.claimed_target == "unspecified"


def test_an_armed_group_the_strikes_hit_told_next_is_their_target(finder):
    text = (
        "The air force carried out on Monday sorties on the hideouts of the terrorists in "
        "Kinsabba, a military source said.\n\n"
        "The source added that the sorties destroyed two depots of Jabhat al-Nusra and killed "
        "tens of its fighters, among them mercenaries from Chechnya."
    )
    (ev,) = events(text, finder, date(2016, 1, 12))
    assert ev.claimed_target == "rebels"


@pytest.mark.parametrize(
    "text",
    [
        "This morning, regime helicopters dropped barrel bombs on Sarmin, and two persons were "
        "injured.",
        "Helicopters dropped barrel bombs on the outskirts of Sarmin, killing a young man while "
        "he was working in his field.",
    ],
)
def test_persons_and_a_young_man_harmed_are_civilian_victims(finder, text):
    (ev,) = events(text, finder, date(2016, 12, 6))
    assert ev.claimed_target == "civilians"


def test_a_headline_s_earlier_attack_named_by_its_place_is_not_struck(finder):
    text = "Syrian jets pound terrorists in Zitan after Khan Touman attack"
    assert places(text, finder, date(2016, 5, 8)) == ["Zitan"]


def test_the_agent_of_a_place_s_passive_strike_names_its_actor(finder):
    text = (
        "Russian warplanes struck Tariq al-Bab, and the neighbourhood of Qadi Askar was "
        "targeted by barrel bombs."
    )
    actors = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2016, 11, 16))}
    assert actors == {"Tariq al-Bab": "russia", "Qadi Askar": "regime"}


def test_places_ground_forces_shell_in_a_clause_of_their_own_are_not_struck(finder):
    text = (
        "Russian jets struck Anadan, and the Turkish Armed Forces shelled positions around "
        "Tel Rifat in return."
    )
    assert places(text, finder, date(2016, 2, 16)) == ["Anadan"]


# -- a facility's name before the place that holds it ----------------------------------


def test_the_name_of_a_hospital_in_a_town_is_no_struck_place(finder):
    text = "Russian jets bombed the al-Shifa hospital in Kafr Nabl on Sunday, killing a nurse."
    assert places(text, finder) == ["Kafr Nabl"]


def test_a_school_named_after_its_district_stays_the_district(finder):
    text = "Helicopters dropped barrel bombs on the Bab al-Nairab school in Aleppo on Monday."
    assert "Bab al-Nairab" in places(text, finder)


def test_a_town_hospital_in_its_province_stays_the_town(finder):
    text = "Warplanes hit the Atareb hospital in Aleppo province on Friday."
    assert places(text, finder) == ["Atareb"]


def test_a_date_with_last_year_written_after_it_is_of_the_year_before(finder):
    text = (
        "On October 2 last year, the campaign's third day, jets struck Kafr Sijna, "
        "killing five people, activists said."
    )
    (ev,) = events(text, finder, date(2016, 10, 20))
    assert ev.event_date == date(2015, 10, 2)


def test_a_count_of_days_opening_a_sentence_without_a_comma_counts_from_the_strike_before(
    finder,
):
    text = (
        "On March 3, jets struck Kafr Sijna, killing four people, activists said. Three "
        "days later helicopters dropped barrel bombs on Hish, the Observatory said."
    )
    days = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 3, 9))}
    assert days == {"Kafr Sijna": date(2016, 3, 3), "Hish": date(2016, 3, 6)}


def test_the_weekday_a_sentence_gives_the_day_told_before_is_no_new_day(finder):
    text = (
        "A clinic in Hish was hit by a Russian air strike on March 6, activists said. "
        "The waiting room was empty: it was a Sunday. Two days earlier, helicopters had "
        "dropped barrel bombs on Kafr Sijna, the Observatory said."
    )
    days = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 3, 19))}
    assert days == {"Hish": date(2016, 3, 6), "Kafr Sijna": date(2016, 3, 4)}


def test_a_part_of_a_city_is_no_struck_place_beside_its_struck_districts(finder):
    text = (
        "The besieged eastern half of Aleppo has lost its last blood bank in a week of "
        "bombing. On Monday, jets struck a clinic in Salaheddine, the Civil Defence said."
    )
    assert places(text, finder, date(2016, 10, 4)) == ["Salaheddine"]


def test_a_part_of_a_city_s_countryside_stays_beside_its_struck_districts(finder):
    text = (
        "On Monday, jets struck a clinic in Salaheddine, the Civil Defence said. On "
        "Saturday, raids hit the western Aleppo countryside, activists said."
    )
    assert places(text, finder, date(2016, 10, 4)) == ["Salaheddine", "Aleppo"]


def test_who_says_so_may_come_between_where_and_the_aircraft_that_struck_there(finder):
    text = (
        "Two more wounded arrived from Hish, a village on the plain, where residents "
        "said a helicopter dropped barrel bombs on the mosque."
    )
    assert places(text, finder, date(2016, 3, 9)) == ["Hish"]


def test_a_sentence_saying_only_the_day_dates_the_strike_told_just_before(finder):
    text = (
        "The boy was carried in from Hish, where a helicopter dropped barrel bombs on "
        "his street.\n\nThat was on Saturday night. By Monday the clinic had run out of "
        "dressings."
    )
    (ev,) = events(text, finder, date(2016, 3, 9))
    assert ev.event_date == date(2016, 3, 5)


def test_rescuers_saying_speak_as_the_civil_defence(finder):
    text = "Jets bombed a bakery in Hish on Monday, killing three people, rescuers said."
    (ev,) = events(text, finder, date(2016, 3, 9))
    assert ev.claimant == "civil_defence"


def test_strikes_the_coalition_says_it_made_are_air_strikes(finder):
    text = (
        "The coalition said on Friday that strikes near Tabqa destroyed two boats used "
        "to ferry fighters on Thursday."
    )
    (ev,) = events(text, finder, date(2016, 11, 12))
    assert (ev.place_as_written, ev.claimant) == ("Tabqa", "coalition")


def test_the_place_across_the_river_from_a_struck_village_only_locates_it(finder):
    text = (
        "Air strikes near Kasrat Shaykh Juma, on the southern bank of the river across from "
        "Raqqa, destroyed two boats on Thursday."
    )
    assert places(text, finder, date(2016, 11, 12)) == ["Kasrat Shaykh Juma"]


def test_a_spokesman_named_by_the_city_he_speaks_in_does_not_strike_it(finder):
    text = (
        "Jets struck a bakery in Hish on Sunday, activists said. A spokesman in Damascus "
        "said the army was targeting terrorist positions only."
    )
    assert places(text, finder, date(2016, 10, 4)) == ["Hish"]


def test_a_district_named_as_where_other_districts_lie_is_their_area(finder):
    text = "Regime jets struck Bab al-Nasr and al-Farafira in the Old City on Monday."
    assert places(text, finder) == ["Bab al-Nasr", "al-Farafira"]


# -- the thirty-sixth set's families ------------------------------------------------


def test_a_region_whose_short_name_a_far_village_shares_is_no_struck_place(finder):
    text = "Government jets hit the town of Zebdin in the eastern Ghouta on Tuesday, killing four."
    assert places(text, finder, date(2016, 5, 12)) == ["Zebdin"]


def test_the_region_of_a_council_s_town_written_between_it_and_said_is_no_struck_place(finder):
    text = (
        "The local council of Kanaker, in the Western Ghouta of rural Damascus, said that "
        "helicopters dropped barrel bombs on the farms of Zakiya on Friday."
    )
    assert places(text, finder, date(2016, 8, 20)) == ["Zakiya"]


def test_a_basin_named_after_its_river_holds_the_town_struck_in_it(finder):
    text = "Unidentified warplanes carried out raids on the town of Jillin in the Yarmouk Basin."
    assert places(text, finder, date(2016, 5, 12)) == ["Jillin"]


def test_a_place_rebels_fire_on_before_the_aircraft_s_own_clause_is_not_struck(finder):
    text = (
        "Activists said rebels fired rockets on the village of Jourin, and government "
        "aircraft struck the village of Um Sharshouh, killing four people, on Saturday."
    )
    assert places(text, finder, date(2015, 9, 21)) == ["Um Sharshouh"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Rebels of the Southern Front said Russian jets bombed the village of Alma late "
            "on Wednesday.",
            "rebels",
        ),
        (
            "Regime helicopters dropped barrel bombs on Zebdin on Sunday, according to Faylaq "
            "al-Rahman, the second rebel group of the area.",
            "rebels",
        ),
        (
            "Warplanes struck the village of Masharah on Sunday, according to the Quneitra "
            "media office, which said the raids caused no deaths.",
            "activists",
        ),
    ],
)
def test_rebels_of_an_alliance_a_group_and_a_media_office_speak_for_their_side(
    finder, text, claimant
):
    (ev,) = events(text, finder, date(2016, 9, 12))
    assert ev.claimant == claimant


def test_a_place_of_what_went_on_a_day_before_the_strike_is_not_struck(finder):
    text = "Helicopters dropped barrel bombs on Kanaker a day after the buses left Khan al-Shih"
    assert places(text, finder, date(2016, 11, 30)) == ["Kanaker"]


@pytest.mark.parametrize(
    "text",
    [
        '"They want a truce like Madaya\'s, and they send the barrel bombs to say so," he said.',
        "The helicopters dropped barrel bombs, pushing the town toward the same fate as Zabadani.",
    ],
)
def test_a_place_likened_to_is_not_struck(finder, text):
    assert places(text, finder, date(2016, 8, 29)) == []


def test_shelling_by_a_side_on_the_ground_is_no_strike(finder):
    text = (
        "The Russian truce centre at the air base said it counted six violations, most of them "
        "rebel shelling of army positions in Latakia and Hama provinces."
    )
    assert places(text, finder, date(2016, 3, 8)) == []


def test_towns_the_army_besieges_beside_the_strikes_are_not_struck(finder):
    text = (
        "The delegation said it would not talk while Russian jets bombed civilians and the "
        "army besieged towns near Daraa."
    )
    assert places(text, finder, date(2016, 2, 4)) == []


def test_where_the_largest_rebel_group_stands_is_no_struck_place(finder):
    text = (
        "Helicopters dropped barrel bombs on Zebdin on Sunday, according to Faylaq al-Rahman, "
        "the second largest rebel group in the eastern Ghouta."
    )
    assert places(text, finder, date(2016, 11, 21)) == ["Zebdin"]


def test_warplanes_believed_syrian_in_a_comma_aside_are_the_regime_s(finder):
    text = "The monitor said warplanes, believed to be Syrian, raided Aqraba on Monday."
    (ev,) = events(text, finder, date(2016, 3, 8))
    assert ev.actor == "regime"


# -- the thirty-fifth set's families ------------------------------------------------


def test_where_families_leave_for_is_not_struck(finder):
    text = "Jets struck Saraqib on Monday, and families from Saraqib left for farms near Sarmin."
    assert places(text, finder) == ["Saraqib"]


def test_where_residents_cross_to_is_not_struck(finder):
    text = (
        "Russian raids hit Kafr Nabl on Tuesday. Residents were crossing the hills to "
        "Maarat al-Numan to escape the raids."
    )
    assert places(text, finder) == ["Kafr Nabl"]


def test_a_reference_after_a_place_and_its_day_parts_locates_it(finder):
    text = (
        "Coalition jets struck an oil plant near Maadan on Sunday night, east of the city of Raqqa."
    )
    assert places(text, finder) == ["Maadan"]


def test_a_name_before_river_names_water(finder):
    text = "Jets struck the village of Markada, on the Khabur river, on Monday."
    assert places(text, finder) == ["Markada"]


def test_a_name_before_a_type_number_names_an_aircraft(finder):
    text = (
        "Jets struck fuel trucks near Hatla on Sunday. Four A-10 jets and two gunships had "
        "dropped leaflets before the raid."
    )
    assert places(text, finder) == ["Hatla"]


def test_a_noose_tightened_around_a_place_is_the_grounds(finder):
    text = (
        "Army units tightened the noose on ISIS terrorists in Tadmur on Thursday, as the air "
        "force destroyed their dens in Arak."
    )
    assert places(text, finder) == ["Arak"]


def test_the_last_districts_of_a_city_closed_in_on_are_the_grounds(finder):
    text = (
        "Russian jets struck Jazal on Friday. The attack came as the army, backed by Russian air "
        "power and allied militias, closed in on the last rebel-held districts of eastern Aleppo."
    )
    assert places(text, finder) == ["Jazal"]


def test_flour_dropped_over_a_besieged_city_is_no_strike(finder):
    text = (
        "Russian jets struck Ayyash on Tuesday. A transport plane dropped 20 tonnes of flour by "
        "parachute over Deir ez-Zor the same day."
    )
    assert places(text, finder) == ["Ayyash"]


def test_the_spokesman_adding_speaks_for_the_claimant_named_before(finder):
    text = (
        "Russian jets destroyed a depot near Ayyash on Tuesday, the spokesman of the Russian "
        "Defence Ministry told journalists.\n\nNear Maadan, bombers destroyed a command post, "
        "the spokesman added."
    )
    claimants = {ev.place_as_written: ev.claimant for ev in events(text, finder)}
    assert claimants["Maadan"] == "russian_mod"


def test_the_struck_side_moving_near_a_place_is_struck_near_it(finder):
    text = (
        "Russian jets struck the militants as they advanced near Arak on Thursday, the Russian "
        "Defence Ministry said."
    )
    assert places(text, finder) == ["Arak"]


def test_a_school_sheltering_displaced_families_in_a_town_is_struck_there(finder):
    text = (
        "Russian jets bombed Maadan on Monday. On Tuesday, an air strike hit a school sheltering "
        "displaced families in Hunaida, killing five civilians."
    )
    assert places(text, finder) == ["Maadan", "Hunaida"]


@pytest.mark.parametrize(
    "text",
    [
        "Warplanes bombed three villages west of the city of Deir ez-Zor on Friday, killing "
        "eight people, activists said. A local activist said jets struck the village of "
        "Mheimideh before dawn.",
        "Warplanes bombed three villages west of the town of Deir ez-Zor on Friday, killing "
        "eight people, activists said. A local activist said jets struck the village of "
        "Mheimideh before dawn.",
    ],
)
def test_a_city_locating_villages_named_next_is_no_struck_place_after_city_of(finder, text):
    assert places(text, finder, date(2015, 11, 7)) == ["Mheimideh"]


def test_a_ground_clause_of_fighters_destroying_tanks_is_no_strike(finder):
    text = (
        "A rebel commander said Russian jets had bombed his group's positions in Qastun on "
        "Friday and that his fighters had destroyed two tanks near Qalaat al-Madiq."
    )
    assert places(text, finder, date(2015, 10, 10)) == ["Qastun"]


def test_a_push_in_the_countryside_of_a_city_is_the_ground_s(finder):
    text = (
        "Jets struck Qastun on Friday. The strikes came days after troops began a push in the "
        "countryside west of Hama, where rebels met them with guided missiles."
    )
    assert places(text, finder, date(2015, 10, 10)) == ["Qastun"]


def test_ammunition_dropped_to_fighters_is_no_strike(finder):
    text = (
        "Russian jets struck Maadan on Tuesday. Last month, U.S. cargo planes dropped "
        "ammunition to allied fighters in Hasakah province."
    )
    assert places(text, finder, date(2015, 11, 4)) == ["Maadan"]


def test_a_claim_naming_the_group_takes_the_side_its_ministry_named_before(finder):
    text = (
        "The ministry said its jets had hit seven facilities of the Islamic State group over "
        "the past day. On Sunday, a Su-24M destroyed an ammunition depot of the group near "
        "Kafr Sijna, the spokesman said."
    )
    (ev,) = events(text, finder, date(2015, 10, 12))
    assert ev.claimed_target == "isis"


def test_a_name_set_off_as_a_rebel_group_speaks_for_the_rebels(finder):
    text = (
        "Jaish al-Nasr, a rebel group that has received anti-tank missiles from abroad, said in "
        "a statement that Russian jets had bombed its positions in Qastun on Friday."
    )
    (ev,) = events(text, finder, date(2015, 10, 10))
    assert ev.claimant == "rebels"


def test_a_medical_society_speaks_as_the_activists(finder):
    text = (
        "A medical society that runs clinics in the north said Russian warplanes struck a field "
        "hospital in Kafr Oweid on Sunday, wounding two nurses."
    )
    (ev,) = events(text, finder, date(2015, 10, 27))
    assert ev.claimant == "activists"


def test_where_a_group_is_active_tells_who_it_is_not_a_struck_place(finder):
    text = (
        "A spokesman for Liwa al-Haq, a rebel group active in the countryside around Rastan, "
        "said Russian jets struck its positions in Um Sharshouh on Thursday."
    )
    assert places(text, finder, date(2015, 10, 2)) == ["Um Sharshouh"]


def test_a_front_north_of_a_city_is_located_by_it_not_struck(finder):
    text = (
        "Russian jets opened a new front north of Hama on Friday, striking the village of "
        "Lahaya for hours."
    )
    assert places(text, finder, date(2015, 10, 10)) == ["Lahaya"]


def test_a_province_in_a_sentence_of_several_weekdays_is_covered_by_any_of_them(finder):
    text = (
        "Ankara protested on Monday after a jet crossed its border on Saturday, as Russian "
        "warplanes struck Turkmen villages in Latakia province. Russian jets bombed the village "
        "of Kabani on Monday morning, a Turkmen commander said."
    )
    assert places(text, finder, date(2015, 10, 6)) == ["Kabani"]


def test_a_voice_saying_strikes_hit_a_building_there_speaks_of_the_place_just_told(finder):
    text = (
        "The Observatory said Russian jets struck Kafr Nan on Thursday, killing four civilians. "
        "A rebel commander said Russian strikes had hit his group's base there."
    )
    claimants = sorted(ev.claimant for ev in events(text, finder, date(2015, 10, 16)))
    assert claimants == ["rebels", "sohr"]


def test_targets_a_claimant_describes_after_the_strike_are_its_target(finder):
    text = (
        "The minister said cruise missiles had hit seven targets in Raqqa province on "
        'Wednesday. He named no town. "Every target was destroyed," he said, describing them '
        "as Islamic State depots and workshops."
    )
    (ev,) = events(text, finder, date(2015, 10, 8))
    assert ev.claimed_target == "isis"


# -- the thirty-fourth set's families -------------------------------------------------


def test_a_day_written_twice_dates_its_own_clause(finder):
    text = (
        "Yesterday, Saturday, warplanes raided the Jalloum district, and a clinic in "
        "al-Marjeh closed after jets had bombed it on Thursday the 3rd of March."
    )
    days = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 3, 6))}
    assert days["Jalloum"] == date(2016, 3, 5)
    assert days["al-Marjeh"] == date(2016, 3, 3)


def test_shelling_told_with_air_strikes_keeps_the_day_before_it(finder):
    text = (
        "On Tuesday a truce was agreed. It broke down the next morning, when shelling and "
        "air strikes resumed on al-Ansari."
    )
    (ev,) = events(text, finder, date(2016, 12, 12))
    assert ev.event_date == date(2016, 12, 7)


def test_the_next_day_with_nothing_told_before_counts_from_its_heading(finder):
    text = (
        "Monday, 5 December\nRebels leave the Old City.\n\n"
        "Wednesday, 7 December\nA pause is declared. The next day, air strikes hit al-Fardous "
        "again.\n\nFriday, 9 December\nTalks open in Ankara."
    )
    (ev,) = events(text, finder, date(2016, 12, 12))
    assert ev.event_date == date(2016, 12, 8)


def test_ground_forces_striking_with_ground_weapons_in_their_own_clause_strike_nothing(finder):
    text = (
        "Jets raided al-Kalaseh on Monday, the same day on which government forces hit a "
        "bakery in Bustan al-Qasr with mortars."
    )
    assert places(text, finder, date(2016, 12, 1)) == ["al-Kalaseh"]


def test_rescuers_saying_before_the_strike_speak_as_the_civil_defence(finder):
    text = "Rescuers say barrel bombs fell on Bab al-Nairab on Monday, killing four people."
    (ev,) = events(text, finder, date(2016, 11, 22))
    assert ev.claimant == "civil_defence"


def test_people_a_strike_kills_in_the_present_tense_are_civilians(finder):
    text = "Saturday, 3 December\nAir strikes on al-Marjeh kill at least 14 people, monitors say."
    (ev,) = events(text, finder, date(2016, 12, 5))
    assert ev.claimed_target == "civilians"


def test_a_blood_bank_struck_is_a_civilian_target(finder):
    text = "On Monday, barrel bombs destroyed a blood bank in al-Ansari, activists said."
    (ev,) = events(text, finder, date(2016, 11, 29))
    assert ev.claimed_target == "civilians"


def test_a_children_s_hospital_placed_elsewhere_names_no_victims_of_another_place(finder):
    text = "Jets raided Jabal Badro, and a children's hospital in al-Sakhour was hit the same day."
    targets = {ev.place_as_written: ev.claimed_target for ev in events(text, finder)}
    assert targets == {"Jabal Badro": "unspecified", "al-Sakhour": "civilians"}


def test_rebels_holding_a_line_beside_a_strike_are_not_its_target(finder):
    text = (
        "Warplanes pounded al-Haydariyeh on Monday, activists said, as rebels tried to hold the "
        "road to the north."
    )
    (ev,) = events(text, finder, date(2016, 11, 29))
    assert ev.claimed_target == "unspecified"


def test_a_toll_across_a_wider_area_after_a_strike_is_not_its_victims(finder):
    text = (
        "Helicopters dropped barrel bombs on al-Haydariyeh on Monday, activists said. They "
        "said 30 civilians had been killed across the north of the city."
    )
    (ev,) = events(text, finder, date(2016, 11, 29))
    assert ev.claimed_target == "unspecified"


def test_a_toll_in_the_entry_before_is_not_a_timeline_strike_s_victims(finder):
    text = (
        "Saturday, 10 December\nThe army takes Karm al-Jabal. Monitors say militiamen shot "
        "dead 20 civilians in three districts.\n\n"
        "Sunday, 11 December\nTalks stall in Geneva. Warplanes strike al-Kalaseh the same day.\n\n"
        "Monday, 12 December\nA ceasefire is announced."
    )
    (ev,) = events(text, finder, date(2016, 12, 14))
    assert ev.claimed_target == "unspecified"


def test_residents_speaking_speak_as_activists(finder):
    text = (
        'Barrel bombs fell on al-Marjeh on Tuesday, and "the bakery is gone," said Hassan '
        "Khalil, a resident of the district."
    )
    (ev,) = events(text, finder, date(2016, 12, 8))
    assert ev.claimant == "activists"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Faylaq al-Sham said in a statement that it had lost two men on the front. The "
            "statement said Russian jets struck the village of Hish at noon on Monday.",
            "rebels",
        ),
        (
            "Russian aircraft did not strike Hass, Defence Ministry spokesman Major General "
            'Igor Konashenkov said.\n\n"There were no flights," Konashenkov told reporters. '
            "He said the photos were fake.\n\nAt the same time, the general said Russian "
            "aircraft destroyed a depot near Sarmin on Monday.",
            "russian_mod",
        ),
    ],
)
def test_a_statement_or_a_general_named_again_speaks_for_the_voice_named_before(
    finder, text, claimant
):
    (ev,) = events(text, finder, date(2016, 10, 4))
    assert ev.claimant == claimant


def test_a_town_s_district_holding_a_struck_village_is_not_struck(finder):
    text = (
        "Activists said warplanes struck a bakery in Maarshamsheh, in the Maarat al-Numan "
        "district, on Monday morning."
    )
    assert places(text, finder, date(2016, 10, 4)) == ["Maarshamsheh"]


def test_where_a_struck_column_was_moving_is_not_struck(finder):
    text = (
        "The ministry said its jets destroyed a depot near Sarmin on Monday, as well as a "
        "column of trucks moving from the border towards Saraqib."
    )
    assert places(text, finder, date(2016, 10, 4)) == ["Sarmin"]


def test_where_the_wounded_died_is_not_struck(finder):
    text = (
        "The toll of the Russian air strikes on Taftanaz on Dec. 13 rose to 11, the Observatory "
        "said, after two of the wounded died in a field clinic in Binnish."
    )
    assert places(text, finder, date(2015, 12, 21)) == ["Taftanaz"]


def test_where_staff_moved_patients_is_not_struck(finder):
    text = (
        "A Russian air strike damaged a field hospital in Taftanaz on Monday. Staff had already "
        "moved most patients to Binnish after an air strike on the same building in January."
    )
    assert places(text, finder, date(2016, 2, 16)) == ["Taftanaz"]


def test_the_schools_the_displaced_shelter_in_are_no_struck_place(finder):
    text = (
        "Families who fled the bombing of Kafr Sajna last week are sheltering in three "
        "schools in Hish."
    )
    assert places(text, finder, date(2016, 3, 2)) == ["Kafr Sajna"]


def test_a_dateline_with_its_country_and_day_is_where_the_copy_was_filed(finder):
    text = (
        "HOMS, Syria, May 10 (Wire) - The US-led coalition said it had carried out three "
        "strikes near Tabqa on Monday."
    )
    assert places(text, finder, date(2016, 5, 11)) == ["Tabqa"]


def test_shelling_a_country_s_reconciliation_centre_records_is_no_air_strike(finder):
    text = (
        "Russia's reconciliation centre said it had recorded nine violations by rebels in 24 "
        "hours, among them shelling of Kinsabba."
    )
    assert places(text, finder, date(2016, 3, 9)) == []


def test_a_governorate_in_an_item_heading_sums_up_the_item_s_strikes(finder):
    text = (
        "Syria: jets hit towns; talks stall\n\n"
        "Daily bulletin | Thursday 3 March 2016\n\n"
        "Syria: Russian jets hit Sarmin, monitor says (Mar 2)\n"
        "Russian warplanes struck Sarmin on Wednesday afternoon, killing seven civilians, the "
        "Syrian Observatory for Human Rights said.\n\n"
        "Syria: coalition reports raids in Raqqa province (Mar 2)\n"
        "The US-led coalition said on Wednesday its aircraft had conducted four strikes near "
        "Maadan on Tuesday, destroying an Islamic State tactical unit.\n"
    )
    found = places(text, finder, date(2016, 3, 3))
    assert "Maadan" in found
    assert "Raqqa province" not in found


def test_a_name_best_known_abroad_is_its_namesake_in_the_governorate_written_after_it(finder):
    text = (
        "The Russian air force hit an arms depot near Sinjar in Idlib province overnight, the "
        "ministry said on Friday."
    )
    assert places(text, finder, date(2016, 1, 23)) == ["Sinjar"]
    abroad = "Kurdish fighters held Sinjar in Iraq while Russian jets struck Saraqib on Friday."
    assert places(abroad, finder, date(2016, 1, 23)) == ["Saraqib"]


def test_a_count_of_days_set_off_after_a_day_describes_that_day(finder):
    text = (
        "On June 8, 2016, three days after the ceasefire lapsed, regime helicopters dropped "
        "barrel bombs on Kafr Nabl."
    )
    assert [
        (ev.place_as_written, ev.event_date) for ev in events(text, finder, date(2016, 7, 1))
    ] == [("Kafr Nabl", date(2016, 6, 8))]


def test_a_count_of_nights_counts_from_the_strike_told_before(finder):
    text = "Jets bombed Saraqib on 4 May 2016. Two nights later they returned to hit Sarmin."
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 5, 20))}
    assert dated == {"Saraqib": date(2016, 5, 4), "Sarmin": date(2016, 5, 6)}


# -- the fortieth set's families ---------------------------------------------------


def test_the_countryside_between_struck_places_and_a_cue_keeps_the_cue_a_reference(finder):
    text = (
        "Warplanes struck Talmenes and Maar Shurin in the countryside east of Maarat al-Numan "
        "on Monday."
    )
    assert places(text, finder) == ["Talmenes", "Maar Shurin"]


def test_towns_whose_siege_was_broken_after_air_strikes_are_no_struck_places(finder):
    text = (
        "Troops broke the long siege of the Shiite villages of Fuaa and Kafraya on Friday after "
        "a week of heavy air strikes."
    )
    assert places(text, finder) == []


def test_a_denial_of_hitting_schools_after_a_strike_tells_no_victims(finder):
    text = (
        "The ministry said its bombers had destroyed a weapons store near Kafr Nabl on Monday. "
        "It denies targeting schools."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "unspecified"


def test_a_side_that_dropped_its_preconditions_dropped_no_bombs(finder):
    text = (
        "Jets bombed Saraqeb on Monday.\n\n"
        "In Damascus, a minister said talks would resume if the opposition dropped its "
        "preconditions."
    )
    assert places(text, finder) == ["Saraqeb"]


def test_help_from_the_air_that_was_missing_makes_no_air_war(finder):
    text = (
        "Fighters said they had beaten back an attack on Taftanaz without any support from the air."
    )
    assert places(text, finder) == []


def test_a_toll_opened_by_the_body_documenting_it_speaks_for_that_body(finder):
    text = (
        "Daily toll for Monday\n\n"
        "By the end of Monday, March 7, 2016, the Local Coordination Committees in Syria "
        "documented 23 martyrs, among them 4 children.\n\n"
        "8 martyrs in Idlib countryside: 5 in Sarmin by warplanes' raids on a bakery, and 3 "
        "in Binnish by artillery shelling.\n"
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder, date(2016, 3, 8))}
    assert found["Sarmin"] == "lcc"


def test_a_toll_heading_by_area_gives_its_victims_to_the_towns_after_its_colon(finder):
    text = (
        "11 martyrs in Idlib countryside: 7 in Sarmin by barrel bombs that regime "
        "helicopters dropped on the town."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_a_tally_with_its_area_and_period_before_most_of_them_is_no_strike(finder):
    text = (
        "Jets bombed Sarmin on Monday, killing two people. The group has recorded 23 barrel "
        "bomb attacks in Idlib governorate since January 1, most of them in the Binnish and "
        "Taftanaz areas."
    )
    assert places(text, finder) == ["Sarmin"]


def test_a_charity_not_in_a_position_to_say_whose_aircraft_leaves_the_actor_unknown(finder):
    text = (
        "A clinic we support in Sarmin was hit by two air strikes on Monday night, killing a "
        "nurse.\n\n"
        "The charity is not in a position to say which air force carried out the attack. "
        "Both Syrian and Russian aircraft fly over the Idlib countryside."
    )
    (ev,) = events(text, finder)
    assert ev.actor == "unknown"


def test_strikes_that_came_on_the_day_of_a_capture_leave_the_captured_town_unstruck(finder):
    text = (
        "Jets bombed Sarmin on Monday, killing two people. The strikes came on the day "
        "government forces, backed by Russian air cover, took Binnish."
    )
    assert places(text, finder) == ["Sarmin"]


def test_a_region_holding_a_village_and_the_hills_around_it_is_no_struck_place(finder):
    text = (
        "Russian warplanes carried out eight raids on Monday on the village of Kabani and the "
        "hills around it in Jabal al-Akrad."
    )
    assert places(text, finder) == ["Kabani"]


def test_an_area_holding_counted_villages_named_further_on_is_no_struck_place(finder):
    text = (
        "Aircraft dropped cluster bombs on two villages of Jabal al-Akrad in January, "
        "killing five civilians, the group said.\n\n"
        "On January 9, a cluster bomb struck a street in Kabani, killing three people. On "
        "January 12, jets dropped cluster bombs on a school in Kinsabba, killing two children."
    )
    assert places(text, finder, date(2016, 2, 1)) == ["Kabani", "Kinsabba"]


def test_a_province_labelled_entry_keeps_the_victims_of_the_next_village_s_strike(finder):
    text = (
        "Latakia province: Russian warplanes carried out six raids today on areas in the "
        "village of Kabani. Also, a woman was killed in raids by helicopters on the village "
        "of Kinsabba."
    )
    found = {ev.place_as_written: ev.claimed_target for ev in events(text, finder)}
    assert found["Kabani"] == "unspecified"
    assert found["Kinsabba"] == "civilians"


def test_activists_blaming_both_russian_and_regime_jets_leave_the_actor_unknown(finder):
    text = (
        "Four civilians were killed in strikes on the village of Kabani on Monday, according "
        "to local activists, who blamed both Russian and regime jets."
    )
    (ev,) = events(text, finder)
    assert ev.actor == "unknown"


# -- the forty-second set's families ------------------------------------------------------


def test_an_armed_group_named_by_its_own_name_attacks_on_the_ground(finder):
    text = (
        "Government jets struck Nawa on Sunday. Later, Harakat al-Muthanna attacked rebel "
        "positions in Jasim, and the town's defences held against attacks by opposition "
        "brigades from Inkhil."
    )
    assert places(text, finder, date(2016, 5, 16)) == ["Nawa"]


def test_an_earlier_attack_opening_its_sentence_is_no_struck_place(finder):
    text = "After the Maan attack, Russian jets struck Kafr Nabudah on Tuesday."
    assert places(text, finder, date(2016, 2, 10)) == ["Kafr Nabudah"]


def test_rockets_of_a_side_on_the_ground_are_no_air_strike(finder):
    text = (
        "Government helicopters bombed Anadan on Friday. Rebel rockets fired from the southern "
        "front struck the district of Hamdaniyah, killing two people, state media said."
    )
    assert places(text, finder, date(2016, 10, 22)) == ["Anadan"]


def test_a_day_of_march_before_a_reference_point_is_no_march_on_the_ground(finder):
    text = "The coalition said its aircraft conducted three strikes on 21 March near Markada."
    (ev,) = events(text, finder, date(2016, 3, 23))
    assert (ev.place_as_written, ev.place_relation) == ("Markada", "near")


def test_rebel_sources_say_who_speaks_not_what_was_hit(finder):
    text = "Russian jets bombed Kinsabba on Sunday, according to rebel sources."
    (ev,) = events(text, finder, date(2016, 1, 20))
    assert (ev.claimant, ev.claimed_target) == ("rebels", "unspecified")


def test_strikes_that_shifted_away_from_a_place_tell_the_campaign_s_course(finder):
    text = (
        "Troops took Kabani on Monday. Russian air strikes then shifted west of Kabani, "
        "toward the border."
    )
    assert places(text, finder, date(2016, 2, 10)) == []


def test_a_region_set_after_a_turn_of_the_report_locates_the_village_struck(finder):
    text = (
        "Jets struck Kafr Nabl on Monday. Further west, in the Ghab plain, helicopters dropped "
        "barrel bombs on Qastun on Tuesday."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Kafr Nabl", "Qastun"]


def test_a_spokesman_for_brigades_written_in_lower_case_speaks_for_the_rebels(finder):
    text = "A spokesman for the Turkmen brigades said Russian jets struck Kinsabba on Monday."
    (ev,) = events(text, finder, date(2016, 1, 20))
    assert ev.claimant == "rebels"


# -- the forty-first set's families ---------------------------------------------------


def test_what_a_side_s_strikes_have_done_so_far_is_no_strike_of_a_day(finder):
    text = (
        "The campaign is in its second week; so far its raids have fallen on Rastan and "
        "Talbiseh, while Moscow's bombers have so far hit Kafr Zita."
    )
    assert places(text, finder, date(2015, 10, 14)) == []


def test_a_country_s_stand_names_no_aircraft(finder):
    text = (
        "The governor condemned the terrorist attack in Jaramana, where a crowd had gathered "
        "to hail Russia's stance beside the army."
    )
    assert places(text, finder, date(2015, 10, 20)) == []


def test_a_headline_s_second_happening_after_a_comma_is_not_struck(finder):
    text = (
        "Air force targets terrorist dens in Zamalka, army repels attack near Jaramana, "
        "30 aid trucks enter Kanaker\n\nThe army said on Tuesday it had restored security."
    )
    assert places(text, finder, date(2016, 3, 1)) == ["Zamalka"]


def test_unidentified_aircraft_a_speaker_believes_russian_are_russia_s(finder):
    text = "Activists said unidentified jets, thought to be Russian, bombed Hazzeh on Sunday."
    (ev,) = events(text, finder, date(2015, 10, 19))
    assert ev.actor == "russia"


def test_a_town_s_local_council_speaking_of_the_town_keeps_it_struck(finder):
    text = "Zamalka's local council says regime helicopters dropped four barrel bombs on the town."
    (ev,) = events(text, finder, date(2016, 4, 2))
    assert (ev.place_as_written, ev.claimant) == ("Zamalka", "activists")


def test_a_reference_point_locating_an_unknown_scene_is_not_struck(finder):
    text = "In Wadi Barada, north-west of Damascus, helicopters dropped barrel bombs on Bassimeh."
    assert places(text, finder, date(2016, 5, 1)) == ["Bassimeh"]


def test_a_brigade_of_the_western_ghouta_is_a_rebel_target(finder):
    text = "The air force struck gatherings of Liwa Shuhada al-Islam terrorists in Moadamiya."
    (ev,) = events(text, finder, date(2016, 6, 5))
    assert ev.claimed_target == "rebels"


def test_the_city_part_a_road_leads_into_is_no_struck_place(finder):
    text = (
        "Russian jets bombed Kafr Hamra on Sunday to cut the Castello road, the only route "
        "into the rebel-held east of Aleppo city."
    )
    assert places(text, finder, date(2016, 7, 12)) == ["Kafr Hamra"]
    held = "Regime helicopters dropped barrel bombs on the rebel-held east of Aleppo on Sunday."
    assert places(held, finder, date(2016, 7, 12)) == ["Aleppo"]


# -- the forty-sixth set's families ---------------------------------------------------


def test_the_state_agency_written_sana_speaks_as_sana(finder):
    text = "Sana said the air force had hit a rocket launcher in Handarat on Friday."
    (ev,) = events(text, finder)
    assert (ev.claimant, ev.actor) == ("sana", "regime")


def test_a_civil_defence_named_after_its_province_is_not_struck(finder):
    text = "The Idlib Civil Defence said the aircraft dropped two bombs on a market."
    assert places(text, finder) == []


def test_strikes_told_as_weeks_of_bombing_are_no_strike_of_a_day(finder):
    text = "Troops cut the road into Talbiseh on Sunday after weeks of bombing had made it deadly."
    assert places(text, finder) == []


def test_the_eve_of_eid_written_alone_is_the_day_before_the_latest_eid(finder):
    text = "On the eve of Eid, air strikes on Talbiseh killed a mother and her three children."
    (ev,) = events(text, finder, date(2016, 9, 13))
    assert ev.event_date == date(2016, 9, 11)


def test_a_bomb_that_brought_down_a_building_struck_its_place(finder):
    text = "On Friday evening, one such bomb brought down a four-storey building in Talbiseh."
    (ev,) = events(text, finder, date(2016, 9, 25))
    assert (ev.place_as_written, ev.event_date) == ("Talbiseh", date(2016, 9, 23))


def test_people_sheltering_where_a_bomb_fell_are_civilians(finder):
    text = "Jets bombed a cellar in Talbiseh on Friday, where 40 people were sheltering."
    (ev,) = events(text, finder, date(2016, 9, 25))
    assert ev.claimed_target == "civilians"


def test_a_district_written_with_its_kind_word_is_one_place_with_its_bare_name(finder):
    text = (
        "Jets struck a bakery in the al-Shaar district on Monday, killing six people. "
        "Rescuers in al-Shaar said two more died on Tuesday."
    )
    assert len({place_key(p) for p in places(text, finder)}) == 1
    assert place_key("al-Shaar district") == place_key("al-Shaar")


def test_the_un_children_s_agency_speaks_as_the_rights_groups(finder):
    text = "Jets hit a water station in Talbiseh on Saturday, the UN children's agency said."
    (ev,) = events(text, finder, date(2016, 9, 25))
    assert ev.claimant == "rights_groups"


# -- the forty-fourth set's families ---------------------------------------------------


def test_a_place_in_a_clause_of_what_militants_used_a_struck_place_for_is_not_struck(finder):
    text = (
        "Su-25 jets destroyed a fuel depot in Kafr Dalba, which the terrorists had used to "
        "supply their units defending Ikko."
    )
    assert places(text, finder) == ["Kafr Dalba"]
    text = (
        "Russian bombers hit an arms store in the village of Arafit, which militants had used "
        "as a base for rocket attacks on the town of Kinda."
    )
    assert places(text, finder) == ["Arafit"]


def test_jeish_and_jaysh_al_fatah_are_a_rebel_target(finder):
    for group in ("Jeish al-Fatah", "Jaysh al-Fath"):
        text = f"Syrian jets pounded the hideouts of {group} in Banes on Monday."
        (ev,) = events(text, finder)
        assert ev.claimed_target == "rebels"


def test_according_to_the_spokesman_speaks_for_the_spokesman_named_before(finder):
    text = (
        "Russian aircraft made 40 sorties on Monday, Maj. Gen. Igor Konashenkov told "
        "journalists.\n\nAccording to the spokesman, Su-24M bombers destroyed an ammunition "
        "depot in the village of Arafit."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "russian_mod"


def test_a_spokesman_for_the_coalition_speaks_for_the_coalition(finder):
    text = (
        "Colonel John Dorrian, a spokesman for the US-led coalition, told reporters that its "
        "jets had hit ISIS oil wellheads near al-Kharita on Sunday."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "coalition"


def test_a_capital_judging_a_demand_is_its_government_not_a_struck_place(finder):
    text = (
        "The opposition said it would not attend the talks unless the bombing of civilian "
        "areas stopped, a demand Damascus described as blackmail."
    )
    assert places(text, finder) == []
    text = (
        "The opposition demanded an end to the air raids on civilians, which Damascus "
        "dismissed as propaganda."
    )
    assert places(text, finder) == []


def test_a_city_whose_edge_locates_a_named_area_is_not_struck(finder):
    text = (
        "Syrian jets struck IS positions near the al-Hweiqa area on the northern edge of "
        "Deir ez-Zor city on Thursday."
    )
    assert places(text, finder) == ["al-Hweiqa"]


def test_a_ground_deed_of_a_group_with_no_aircraft_is_no_strike(finder):
    text = (
        "Syrian warplanes struck Daesh positions in Arak on Friday.\n\n"
        "Daesh blew up the old prison in May 2015 and later destroyed a temple in Palmyra."
    )
    assert places(text, finder, date(2016, 3, 19)) == ["Arak"]


# -- the forty-third set's families -------------------------------------------------


def test_a_country_s_armed_forces_speak_as_its_government(finder):
    text = (
        "Turkish jets struck YPG positions in Ayn Dadat on Tuesday, the Turkish Armed Forces "
        "said in a statement."
    )
    (ev,) = events(text, finder, date(2016, 12, 7))
    assert ev.claimant == "governments"


def test_jets_of_an_anti_isis_coalition_strike(finder):
    text = "Jets of the international anti-Daesh coalition struck Daesh positions in Tal Jijan."
    (ev,) = events(text, finder, date(2016, 11, 21))
    assert (ev.place_as_written, ev.actor) == ("Tal Jijan", "coalition")


def test_a_town_that_fell_on_the_ground_before_a_strike_is_not_struck(finder):
    text = "Russian jets bombed the village of Ayn al-Bayda on Sunday, hours after Rabia fell."
    assert places(text, finder, date(2016, 1, 25)) == ["Ayn al-Bayda"]


def test_the_town_whose_hospital_took_the_wounded_is_not_struck(finder):
    text = (
        "Jets struck houses in Qatma on Wednesday, and fighters evacuated the wounded to the "
        "Manbij hospital."
    )
    assert places(text, finder, date(2016, 11, 10)) == ["Qatma"]


def test_a_newspaper_s_name_is_not_a_struck_place(finder):
    text = (
        "Turkish jets struck YPG positions in Ayn Dadat on Tuesday. Local sources told Daily "
        "Sabah that the buildings struck had been empty."
    )
    assert places(text, finder, date(2016, 12, 7)) == ["Ayn Dadat"]


def test_a_town_s_countryside_opening_a_sentence_locates_the_village_struck(finder):
    text = "In the Azaz countryside, Russian jets struck the village of Kafr Ghan on Monday."
    assert places(text, finder, date(2016, 2, 16)) == ["Kafr Ghan"]


def test_villages_around_a_town_named_next_are_located_by_it(finder):
    text = (
        "Russian jets kept up their raids on villages around the border town of Azaz on Monday. "
        "They struck the village of Kafr Ghan in the afternoon, killing five civilians."
    )
    assert places(text, finder, date(2016, 2, 16)) == ["Kafr Ghan"]


def test_the_targets_counted_before_keep_their_side(finder):
    text = (
        "Turkish jets destroyed 12 Daesh targets on Sunday, the General Staff said. The "
        "targets, including two shelters and a depot, were in the village of Sosiyan."
    )
    (ev,) = events(text, finder, date(2016, 11, 21))
    assert (ev.place_as_written, ev.claimed_target) == ("Sosiyan", "isis")


def test_just_before_iftar_is_an_hour_of_the_day_told(finder):
    text = "On the first day of Ramadan, just before iftar, two jets struck Batabo."
    (ev,) = events(text, finder, date(2016, 6, 14))
    assert ev.event_date == date(2016, 6, 6)


def test_a_town_s_countryside_holding_the_village_struck_is_no_event(finder):
    text = "Barrel bombs fell on Kafr Rouma in the Maarat al-Numan countryside on Tuesday."
    assert places(text, finder, date(2016, 9, 14)) == ["Kafr Rouma"]
    alone = "Russian jets struck the Jisr al-Shughur countryside on Monday."
    assert places(alone, finder, date(2016, 9, 14)) == ["Jisr al-Shughur"]


def test_an_activist_s_own_blog_speaks_as_the_reporter(finder):
    text = "Yesterday, Sunday, helicopters dropped barrel bombs on Qudsaya, killing five people."
    doc = Document(
        "t", "t.txt", text, date(2016, 10, 10), source="an activist's personal blog post"
    )
    (ev,) = extract_events(doc, finder)
    assert ev.claimant == "reporter"
    wire = Document("t", "t.txt", text, date(2016, 10, 10), source="a local activists' network")
    (ev,) = extract_events(wire, finder)
    assert ev.claimant == "activists"


def test_a_media_office_heading_its_timed_updates_speaks_for_them(finder):
    text = (
        "Maarat Media Office\n\nMonday 18 April 2016\n\n"
        "09:10 | Russian warplanes carried out three raids on the village of Kafr Rouma, "
        "targeting the mosque.\n\n"
        "11:30 | Regime helicopters dropped two barrel bombs on Maar Shamsheh.\n\n"
        "Tuesday 19 April 2016\n\n"
        "08:00 | Jets struck Tamanaa at dawn, wounding a shepherd.\n"
    )
    found = events(text, finder, date(2016, 4, 19))
    assert {ev.claimant for ev in found} == {"activists"}
    assert len(found) == 3


def test_the_night_before_eid_is_the_eve_of_the_latest_eid(finder):
    text = (
        "The night before Eid, at around eleven, four missiles fell on Kafr Rouma. "
        "A truce is due at sunset on Monday, the first day of Eid."
    )
    (ev,) = events(text, finder, date(2016, 9, 14))
    assert ev.event_date == date(2016, 9, 11)


def test_a_city_naming_the_road_that_leads_to_it_is_not_struck(finder):
    text = (
        "On Friday jets struck the hills around Qudsaya, where the rebels keep positions "
        "looking towards the Damascus road."
    )
    assert places(text, finder, date(2016, 10, 10)) == ["Qudsaya"]


def test_strikes_told_as_a_habit_with_no_day_are_no_event(finder):
    text = (
        "Since the start of Ramadan the villages west of Aleppo have been bombed almost "
        "every day. Jets have bombed Tqad in recent weeks."
    )
    assert places(text, finder, date(2016, 6, 14)) == []
    dated = "On Monday jets bombed Tqad, as they have almost every day."
    assert places(dated, finder, date(2016, 6, 14)) == ["Tqad"]


def test_barrels_dropped_on_a_place_are_the_regime_s(finder):
    text = "Last Friday a helicopter dropped two barrels on the vegetable market of Maar Shamsheh."
    (ev,) = events(text, finder, date(2016, 9, 14))
    assert ev.actor == "regime"


# -- the fiftieth set's families ---------------------------------------------------


def test_a_dated_list_item_strikes_the_places_heading_it(finder):
    text = (
        "- Saturday 6 Feb, Kafr Rouma: the bread oven, at dawn. Two strikes, four dead.\n\n"
        "- Sunday 7 Feb, Maar Tahroma and Tamanaa: the clinics. Regime helicopters, the watchers "
        "said.\n\n"
        "- Monday 8 Feb, Maarzita: the schools stayed shut.\n"
    )
    found = {ev.place_as_written: ev for ev in events(text, finder, date(2016, 2, 10))}
    assert set(found) == {"Kafr Rouma", "Maar Tahroma", "Tamanaa"}
    assert found["Kafr Rouma"].event_date == date(2016, 2, 6)
    assert found["Tamanaa"].event_date == date(2016, 2, 7)
    assert found["Tamanaa"].actor == "regime"


def test_an_activist_blog_speaks_as_the_reporter(finder):
    text = "On Monday jets struck the market of Kafr Rouma, killing four."
    doc = Document("t", "t.txt", text, date(2016, 2, 10), source="an activist blog")
    (ev,) = extract_events(doc, finder)
    assert ev.claimant == "reporter"


def test_russian_or_regime_strikes_are_of_an_unknown_air_force(finder):
    text = "Regime or Russian air strikes hit a bakery in Ariha on Monday, killing five."
    (ev,) = events(text, finder)
    assert ev.actor == "unknown"


def test_a_passive_clause_of_what_militants_used_a_struck_place_for_names_the_ground(finder):
    text = (
        "On Thursday jets hit a depot near Sukhnah, which had been used by the militants "
        "to arm their units around Palmyra."
    )
    assert places(text, finder) == ["Sukhnah"]


def test_where_staff_moved_what_patients_they_could_is_not_struck(finder):
    text = (
        "On Monday jets hit the clinic in Kafr Nabl and the nurses moved what patients they "
        "could to Hass."
    )
    assert places(text, finder) == ["Kafr Nabl"]


def test_a_strike_word_with_a_weapon_of_the_ground_after_it_is_no_air_strike(finder):
    text = (
        "Government warplanes bombed Kafr Nabl on Monday. The factions targeted with hell "
        "cannons army posts in the town of Suqaylabiyah."
    )
    assert places(text, finder) == ["Kafr Nabl"]


def test_a_governorate_holding_counted_points_of_bombing_is_no_struck_place(finder):
    text = (
        "Regime helicopters dropped barrel bombs on Kafr Zita and Latamneh today. The "
        "network recorded barrel bombs in 7 points in Hama and airstrikes in 4 points."
    )
    assert places(text, finder) == ["Kafr Zita", "Latamneh"]


def test_lines_headed_by_governorates_go_on_with_the_list_that_opened_them(finder):
    text = (
        "Strikes of 3-5 February: opposition media reported regime airstrikes on these "
        "towns:\n\n"
        "Aleppo Province: Hayyan; Anadan; Tal Rifaat.\n"
        "Loyalist militias entered Ratyan on February 4.\n\n"
        "Daraa Province: Nawa; Sheikh Miskeen.\n"
        "A convoy reached Bosra on February 3.\n"
    )
    found = events(text, finder, date(2016, 2, 8))
    assert {ev.place_as_written for ev in found} == {
        "Hayyan",
        "Anadan",
        "Tal Rifaat",
        "Nawa",
        "Sheikh Miskeen",
    }
    assert {ev.event_date for ev in found} == {date(2016, 2, 5)}
    assert {ev.claimant for ev in found} == {"activists"}


def test_the_observatory_named_by_where_it_is_based_is_the_monitor(finder):
    text = "Warplanes bombed Khan Sheikhoun on Tuesday, the UK-based Observatory said."
    (ev,) = events(text, finder, date(2016, 2, 10))
    assert ev.claimant == "sohr"


def test_a_local_rescue_team_cited_speaks_as_the_civil_defence(finder):
    text = "On Sunday jets hit the market of Sarmin, according to a local rescue team."
    (ev,) = events(text, finder, date(2016, 2, 10))
    assert ev.claimant == "civil_defence"


def test_a_turkmen_assembly_speaks_as_the_political_opposition(finder):
    text = (
        "Russian warplanes bombed the village of Kinsabba on Monday, killing two farmers, "
        "said Omer Kaya, a spokesman for the Syrian Turkmen Council."
    )
    (ev,) = events(text, finder, date(2016, 2, 10))
    assert ev.claimant == "rebels"


def test_a_water_pump_station_struck_is_a_civilian_facility(finder):
    text = "On Saturday a Russian strike knocked out the water pump station of Jisr al-Shughour."
    (ev,) = events(text, finder, date(2016, 2, 10))
    assert ev.claimed_target == "civilians"


def test_a_group_named_ajnad_al_is_a_rebel_target(finder):
    text = "The air force destroyed a base of Ajnad al-Kavkaz militants in Kinsabba on Sunday."
    (ev,) = events(text, finder, date(2016, 2, 10))
    assert ev.claimed_target == "rebels"


def test_where_most_of_a_side_s_strikes_have_fallen_is_no_strike_of_a_day(finder):
    text = (
        "Most Syrian air strikes have hit armed groups that hold the plains around Saraqib "
        "and Binnish."
    )
    assert places(text, finder, date(2016, 2, 10)) == []
    dated = "On Monday Syrian warplanes bombed Saraqib."
    assert places(dated, finder, date(2016, 2, 10)) == ["Saraqib"]


def test_strikes_that_continued_to_concentrate_on_an_area_are_its_course(finder):
    text = (
        "Regime airstrikes continued to concentrate on rebel-held ground in the countryside "
        "of Daraa and Quneitra provinces last week."
    )
    assert places(text, finder, date(2016, 2, 10)) == []


def test_reports_in_foreign_media_that_a_ministry_dismisses_speak_as_the_media(finder):
    text = (
        "A defence ministry spokesman briefed reporters on Tuesday. He dismissed reports in "
        "foreign media of an air strike on a bakery in the town of Kafr Nabl on Monday."
    )
    (ev,) = events(text, finder, date(2016, 2, 10))
    assert ev.claimant == "media"


def test_the_turkish_press_spelling_gmam_is_found(finder):
    text = "Russian jets bombed Gmam at dawn on Sunday, Turkmen fighters said."
    assert places(text, finder, date(2016, 2, 10)) == ["Gmam"]


def test_drone_opening_a_sentence_is_no_village(finder):
    text = "Drone footage showed the bombing of Kafr Nabl on Monday, the army said."
    assert places(text, finder, date(2016, 2, 10)) == ["Kafr Nabl"]


# -- the forty-eighth set's families --------------------------------------------------


def test_a_group_monitoring_the_war_is_the_observatory(finder):
    text = "Air raids killed nine people in Maadan on Monday, a group tracking the conflict said."
    (ev,) = events(text, finder, date(2016, 2, 10))
    assert ev.claimant == "sohr"


def test_the_sides_of_a_push_beside_a_strike_are_not_whose_aircraft_struck(finder):
    text = (
        "Raids killed 14 people in Maadan on Monday, the Observatory said, as regime forces "
        "backed by Russian warplanes pressed towards the town. It could not say whether "
        "Syrian or Russian planes carried out the raids."
    )
    (ev,) = events(text, finder, date(2016, 2, 10))
    assert ev.actor == "unknown"


def test_a_reference_opening_the_sentence_locates_the_place_named_after_it(finder):
    text = (
        "Meanwhile, west of Deir ez-Zor, Russian jets struck ISIS positions near the village "
        "of Ayyash on Tuesday."
    )
    assert places(text, finder, date(2016, 5, 4)) == ["Ayyash"]
    alone = "North of Hama, jets struck a convoy on Tuesday."
    assert places(alone, finder, date(2016, 5, 4)) == ["Hama"]


def test_a_grain_silo_and_workers_killed_up_to_a_count_are_civilians(finder):
    silo = "Activists said jets struck a grain silo in Hazima on Monday."
    (ev,) = events(silo, finder, date(2016, 3, 14))
    assert ev.claimed_target == "civilians"
    workers = "Activists said jets struck Hazima on Monday, killing up to four workers."
    (ev,) = events(workers, finder, date(2016, 3, 14))
    assert ev.claimed_target == "civilians"


def test_ground_weapons_listed_among_a_strike_s_objects_leave_the_place_struck(finder):
    text = (
        "The ministry said on Monday that its bombers had destroyed a fortified position "
        "and four tanks near Maadan."
    )
    assert places(text, finder, date(2016, 6, 22)) == ["Maadan"]


def test_a_long_apposition_ending_on_a_distance_still_describes_its_place(finder):
    text = (
        "Jets struck Maadan, a farming town with an old bridge on the river road some "
        "40 miles east of Raqqa, on Monday."
    )
    assert places(text, finder, date(2016, 6, 22)) == ["Maadan"]


def test_the_mercenaries_stand_for_the_side_named_so_before(finder):
    same = (
        "Fighters freed two villages from ISIS mercenaries on Monday, while coalition jets "
        "struck the mercenaries' positions in Maadan."
    )
    (ev,) = events(same, finder, date(2016, 6, 22))
    assert ev.claimed_target == "isis"
    later = (
        "The offensive against ISIS mercenaries entered its third week. Coalition jets "
        "struck a depot of the mercenaries near Maadan on Monday."
    )
    (ev,) = events(later, finder, date(2016, 6, 22))
    assert ev.claimed_target == "isis"


def test_sorties_over_the_previous_day_are_the_day_before_the_statement(finder):
    text = (
        "The ministry said on Friday its jets had flown 20 sorties over the previous day, "
        "destroying a depot near Maadan."
    )
    (ev,) = events(text, finder, date(2016, 6, 25))
    assert ev.event_date == date(2016, 6, 23)


def test_a_numbered_incident_headed_by_place_and_day_is_dated_by_its_heading(finder):
    text = (
        "Between 1 and 30 June 2016, we recorded 14 attacks on the eastern countryside.\n\n"
        "1. Kafr Rouma, 6 June. A jet dropped a bomb on the bakery of Kafr Rouma, "
        "killing two.\n\n"
        "2. Maar Shamsheh, 19 June. Shortly before dawn, a missile hit a school in "
        "Maar Shamsheh.\n"
    )
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 7, 4))}
    assert found == {"Kafr Rouma": date(2016, 6, 6), "Maar Shamsheh": date(2016, 6, 19)}


def test_where_the_voice_or_its_own_teams_are_is_no_struck_place(finder):
    volunteer = (
        "Helicopters dropped barrel bombs on Kafr Rouma on Monday, according to a local "
        "rescue volunteer in Maar Shamsheh."
    )
    assert places(volunteer, finder, date(2016, 9, 14)) == ["Kafr Rouma"]
    teams = (
        "Our crews in eastern Qalamoun worked through the night as the air raids on Yabroud "
        "went on."
    )
    assert places(teams, finder, date(2016, 9, 14)) == ["Yabroud"]


def test_a_line_of_share_buttons_names_no_place(finder):
    text = (
        "Syria: Jets strike villages as talks stall\n\n12 September 2016\n\n"
        "Share this with Messenger | Share this with WhatsApp | Share this with Email\n\n"
        "On Monday jets bombed the market in Jisr al-Shughur, killing six."
    )
    assert places(text, finder, date(2016, 9, 14)) == ["Jisr al-Shughur"]


def test_two_capitals_with_a_plural_verb_are_governments(finder):
    text = (
        "Jets struck Tqad on Monday, killing four. "
        "Moscow and Damascus say they strike only terrorists."
    )
    assert places(text, finder, date(2016, 9, 14)) == ["Tqad"]
    people = "Rescuers in Tqad and Kafr Naha say jets struck both villages on Monday."
    assert places(people, finder, date(2016, 9, 14)) == ["Tqad", "Kafr Naha"]


def test_a_kunya_before_a_body_s_role_is_a_person(finder):
    text = (
        "Jets bombed the bakery in Tqad on Monday, said Abu Talha, the head of the town's council."
    )
    assert places(text, finder, date(2016, 9, 14)) == ["Tqad"]


def test_the_high_ground_above_a_place_is_near_it(finder):
    text = "On Sunday helicopters dropped barrel bombs on the slopes above Kansabba."
    (ev,) = events(text, finder, date(2016, 9, 14))
    assert ev.place_relation == "near"


def test_victims_placed_in_a_list_are_placed_at_each_of_its_names(finder):
    text = "On Tuesday jets killed six people in Kafr Naha and Tqad, the Observatory said."
    assert {ev.claimed_target for ev in events(text, finder, date(2016, 9, 14))} == {"civilians"}


def test_the_turkish_armed_forces_by_their_initials_speak_for_their_jets(finder):
    text = "The TSK said its jets hit nine ISIS positions in Tadef on Tuesday."
    (ev,) = events(text, finder, date(2016, 12, 8))
    assert (ev.actor, ev.claimant) == ("coalition", "governments")


def test_an_article_written_apart_before_its_own_consonant_is_part_of_the_name(finder):
    text = (
        "Coalition aircraft conducted six strikes in Syria:\n"
        "-- Near As Safirah, two strikes engaged an ISIL tactical unit."
    )
    (ev,) = events(text, finder, date(2016, 10, 3))
    assert (ev.place_as_written, ev.place_relation) == ("As Safirah", "near")
    english = "At Tadef, jets struck an ISIS depot on Sunday."
    (ev,) = events(english, finder, date(2016, 12, 8))
    assert ev.place_as_written == "Tadef"


def test_the_gazetteer_knows_abu_kamal_and_arab_hasan_as_the_press_writes_them(finder):
    text = (
        "On Tuesday jets struck a water station in Arab Hassan, north of Manbij. Coalition "
        "aircraft conducted four strikes in Syria:\n"
        "-- Near Al Bukamal, one strike destroyed an ISIL tanker truck."
    )
    assert places(text, finder, date(2016, 8, 31)) == ["Arab Hassan", "Al Bukamal"]


def test_a_side_named_before_positions_is_the_ground_hit_not_the_striker(finder):
    text = (
        "Jets of the US-led coalition struck Syrian army positions near Ayyash on Sunday, the "
        "Russian defence ministry said."
    )
    (ev,) = events(text, finder, date(2016, 9, 19))
    assert ev.actor == "coalition"


def test_a_group_s_clause_after_as_tells_its_own_movement(finder):
    text = (
        "Turkish jets struck ISIS positions in Akhtarin on Monday as Daesh terrorists "
        "retreated towards Tadef."
    )
    assert places(text, finder, date(2016, 10, 18)) == ["Akhtarin"]


def test_where_aid_deliveries_go_is_no_struck_place(finder):
    text = (
        "Jets struck Zabadani on Friday. The raid came two days into a truce that was meant "
        "to allow aid deliveries to Madaya."
    )
    assert places(text, finder, date(2016, 4, 10)) == ["Zabadani"]


def test_where_a_statement_was_issued_is_no_struck_place(finder):
    text = (
        "In a statement issued in Kobani, the council said jets struck the village of Sarrin "
        "on Sunday."
    )
    assert places(text, finder, date(2016, 8, 29)) == ["Sarrin"]


def test_according_to_the_statement_speaks_for_the_one_who_issued_it(finder):
    text = (
        "In a statement, the Turkish General Staff said its jets hit ISIS targets in Akhtarin on "
        "Monday. Rebels took the village of Sawran, a rebel commander told reporters. According "
        "to the statement, coalition jets also struck two ISIS positions near Tadef."
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder, date(2016, 8, 30))}
    assert found["Tadef"] == "governments"


# -- the fifty-second set's families ---------------------------------------------


def test_sides_fighting_on_the_ground_beside_a_strike_are_not_its_target(finder):
    amid = (
        "Regime helicopters dropped barrel bombs on areas in the town of Kafr Nabl, amid "
        "fierce clashes between the regime forces and the rebel factions south of the town."
    )
    (ev,) = events(amid, finder, date(2016, 5, 4))
    assert ev.claimed_target == "unspecified"
    later = (
        "Helicopters dropped barrels on Kafr Nabl, amid continued clashes between the regime "
        "forces and the rebel factions, while Russian warplanes carried out raids on areas "
        "in the hills of Jabal Shahshabu."
    )
    found = events(later, finder, date(2016, 5, 4))
    assert len(found) == 2
    assert {ev.claimed_target for ev in found} == {"unspecified"}
    repelled = (
        "Russian jets dropped incendiary bombs on the village of Tardin on Sunday, as rebels "
        "repelled a new attempt by the militias to storm the hill."
    )
    (ev,) = events(repelled, finder, date(2016, 5, 4))
    assert ev.claimed_target == "unspecified"
    losses = (
        "Coalition warplanes targeted areas in Ain Issa, amid clashes between the SDF and the "
        "Islamic State organization, and reports of casualties in the ranks of the organization."
    )
    (ev,) = events(losses, finder, date(2016, 5, 4))
    assert ev.claimed_target == "isis"


def test_voices_named_by_their_kind_speak_for_their_side(finder):
    charity = (
        "On Monday an air strike hit the hospital in Maarat al-Numan, a London-based medical "
        "charity that runs it said."
    )
    (ev,) = events(charity, finder, date(2016, 5, 4))
    assert ev.claimant == "rights_groups"
    media = "Regime media claimed the air force had destroyed 'terrorist' positions in Tardin."
    (ev,) = events(media, finder, date(2016, 5, 4))
    assert ev.claimant == "state_media"
    medic = "Russian jets struck a clinic in Sarmin on Friday, a medical source told our reporter."
    (ev,) = events(medic, finder, date(2016, 5, 4))
    assert ev.claimant == "activists"


def test_an_area_a_where_clause_goes_on_from_holds_the_finer_place_struck(finder):
    text = (
        "The raids have also reached Jabal al-Zawiya, where Russian jets struck a school in the "
        "village of Kansafra on Monday."
    )
    assert places(text, finder, date(2016, 5, 4)) == ["Kansafra"]
    alone = (
        "Russian jets pounded Jabal al-Zawiya, where the rebels hold their positions, on Monday."
    )
    assert places(alone, finder, date(2016, 5, 4)) == ["Jabal al-Zawiya"]


def test_where_reinforcements_are_brought_is_not_struck(finder):
    text = (
        "Russian warplanes carried out raids on areas in Kansafra, and the Observatory monitored "
        "the arrival of reinforcements of the regime forces to Jurin."
    )
    assert places(text, finder, date(2016, 5, 4)) == ["Kansafra"]


def test_the_air_force_after_and_that_opens_a_clause_of_its_own(finder):
    text = (
        "The state news agency said the army had killed dozens of 'terrorists' around Kafr "
        "Naseh, and that the air force had destroyed a convoy near Atarib on Wednesday."
    )
    assert places(text, finder, date(2016, 5, 4)) == ["Atarib"]
    rockets = "Rebels fired rockets on Zahraa, and the air force struck Anadan on Wednesday."
    assert places(rockets, finder, date(2016, 5, 4)) == ["Anadan"]


def test_a_clause_naming_the_same_place_or_its_area_tells_what_was_hit_there(finder):
    same = (
        "Army units tightened the siege on Jabhat al-Nusra terrorists around Kansafra in Jabal "
        "al-Zawiya, and the air force destroyed a depot for them in Kansafra."
    )
    (ev,) = events(same, finder, date(2016, 5, 4))
    assert (ev.place_as_written, ev.claimed_target) == ("Kansafra", "rebels")
    area = (
        "In the Hama countryside, a man and his two daughters were killed when regime jets "
        "struck the village of Kafr Nabudah on Sunday."
    )
    (ev,) = events(area, finder, date(2016, 5, 4))
    assert ev.claimed_target == "civilians"


def test_a_monitor_s_single_dead_citizen_is_a_civilian_victim(finder):
    text = "Warplanes raided areas in Kafr Nabudah at dawn, causing the death of a citizen."
    (ev,) = events(text, finder, date(2016, 5, 4))
    assert ev.claimed_target == "civilians"


def test_a_front_line_lead_s_source_speaks_for_the_report(finder):
    text = (
        "Army retakes hill in southern Aleppo\n\nBy Staff - 12/02/2016\n\n"
        "ALEPPO, SYRIA (7:40 P.M.) – The Syrian Arab Army took the hill of al-Eis on Friday "
        "after a day of fighting, a military source told our correspondent.\n\n"
        "On Thursday evening, Russian warplanes struck the militants' positions in Khan Touman."
    )
    (ev,) = events(text, finder, date(2016, 2, 12))
    assert (ev.place_as_written, ev.claimant) == ("Khan Touman", "sana")


def test_the_gazetteer_knows_the_lajat_plateau_as_the_press_writes_it(finder):
    text = "On Monday helicopters dropped barrel bombs on villages of the Leja, the monitor said."
    assert places(text, finder, date(2016, 3, 8)) == ["Leja"]


def test_a_live_post_saying_the_jets_were_of_a_side_names_the_striker(finder):
    text = (
        "Rescuers in Ain Tarma say an air strike on a school killed two teachers on Sunday. They "
        "say the warplanes were Syrian. Russia denied flying over the area."
    )
    (ev,) = events(text, finder, date(2016, 3, 14))
    assert ev.actor == "regime"


def test_aircraft_whose_identity_could_not_be_told_are_unknown(finder):
    text = (
        "Russian jets have bombed the south for a week. On Monday, helicopters, whose nationality "
        "witnesses were unable to tell, fired rockets at Tafas, killing a boy."
    )
    (ev,) = events(text, finder, date(2016, 2, 2))
    assert ev.actor == "unknown"


def test_an_aside_strike_after_another_place_takes_none_of_its_victims(finder):
    text = (
        "The monitor recorded the death of two women and a boy, after helicopters dropped "
        "barrel bombs on Tafas on Sunday, while jets carried out raids on Nawa."
    )
    found = {ev.place_as_written: ev.claimed_target for ev in events(text, finder)}
    assert found == {"Tafas": "civilians", "Nawa": "unspecified"}


# -- the fifty-sixth set's families ---------------------------------------------------


def test_the_gazetteer_knows_telamnas_as_the_press_writes_it(finder):
    text = "On Thursday an air strike hit a school in Talmenes, south of Maarat al-Numan."
    assert "Talmenes" in places(text, finder, date(2016, 3, 4))


def test_a_paragraph_naming_only_places_abroad_can_say_whose_aircraft_is_unknown(finder):
    text = (
        "Warplanes struck a bakery in Kafr Sajna on Tuesday, a monitor said.\n\n"
        "The monitor said it was unable to say whether the aircraft were Russian or Syrian. "
        "Both air forces have flown over the north since Moscow entered the war.\n\n"
        "Russian jets also struck Hama on Monday, the Russian ministry said."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2016, 3, 2))}
    assert found["Kafr Sajna"] == "unknown"


def test_the_first_body_sentence_on_a_headline_place_says_whose_aircraft(finder):
    text = (
        "Hospital in Darkush hit; barrel bombs on Salqin\n\n"
        "The hospital in Darkush was struck by Russian jets on Monday morning. Regime "
        "helicopters dropped barrel bombs on Salqin the same day, and the Darkush team "
        "went there to help."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2016, 3, 8))}
    assert found["Darkush"] == "russia"


def test_a_word_cut_by_the_window_after_a_day_is_no_ground_fire(finder):
    text = "Jets carried out raids yesterday afternoon on areas in the town of Kafr Nabl."
    (ev,) = events(text, finder, date(2016, 5, 11))
    assert ev.event_date == date(2016, 5, 10)


def test_where_a_side_has_so_far_aimed_its_strikes_is_no_strike_of_a_day(finder):
    text = (
        "Turkey has so far focused its air strikes on Kurdish fighters around Afrin and Tal "
        "Rifaat, well away from Jarablus, the ministry said on Monday."
    )
    assert places(text, finder, date(2016, 1, 10)) == []


def test_a_side_named_before_camp_is_the_ground_hit_not_the_striker(finder):
    text = (
        "Two coalition jets bombed a Syrian army camp near Deir Hafer on Sunday, state media said."
    )
    (ev,) = events(text, finder, date(2016, 1, 12))
    assert ev.actor == "coalition"


def test_list_lines_under_another_country_s_heading_are_abroad(finder):
    text = (
        "On Oct. 14, coalition military forces conducted 12 strikes against ISIL terrorists in "
        "Syria and Iraq, using fighter and remotely piloted aircraft.\n\n"
        "Syria\n"
        "- Near Al Shaddadi, two strikes struck an ISIL tactical unit.\n\n"
        "Iraq\n"
        "- Near Al Huwayjah, one strike destroyed an ISIL bunker.\n"
        "- Near Bayji, one strike struck an ISIL sniper.\n"
    )
    assert places(text, finder, date(2015, 10, 15)) == ["Al Shaddadi"]


def test_a_source_in_apposition_as_a_local_news_network_speaks_as_activists(finder):
    text = (
        "Three people were killed when warplanes hit a bakery in Hajin on Tuesday, according "
        "to Euphrates Post, a local news network."
    )
    (ev,) = events(text, finder, date(2016, 3, 3))
    assert ev.claimant == "activists"


def test_between_a_month_s_day_and_a_bare_day_is_a_window_ending_on_the_last(finder):
    text = "Activists said Russian jets struck Kafr Zita between March 7 and 9."
    (ev,) = events(text, finder, date(2016, 3, 12))
    assert ev.event_date == date(2016, 3, 9)
    two_days = "Activists said Russian jets struck Kafr Zita on March 7 and 9."
    (ev,) = events(two_days, finder, date(2016, 3, 12))
    assert ev.event_date == date(2016, 3, 7)


def test_a_commander_of_a_group_named_with_particles_speaks_for_the_rebels(finder):
    text = (
        "A spokesman for the Fateh al-Sham Front, speaking from Idlib, said barrel bombs fell "
        "on Kafr Nabl on Tuesday, killing three children."
    )
    (ev,) = events(text, finder, date(2016, 8, 10))
    assert (ev.claimant, ev.claimed_target) == ("rebels", "civilians")


def test_an_agency_s_correspondents_speak_as_the_media_cited(finder):
    text = (
        "Jets struck a bakery in Saraqeb on Friday, killing four people, according to Anatolia "
        "News Agency reporters in the area."
    )
    (ev,) = events(text, finder, date(2016, 2, 14))
    assert ev.claimant == "media"


def test_aircraft_not_identified_yet_still_struck(finder):
    text = (
        "Regime helicopters dropped barrel bombs on Saraqeb. Aircraft that have not been "
        "identified yet bombed the village of Kafr Nabl on Monday."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2016, 3, 2))}
    assert found["Kafr Nabl"] == "unknown"


def test_a_day_told_in_one_numbered_item_does_not_date_the_next(finder):
    text = (
        "Air campaign digest: March 5 - March 11, 2016\n\n"
        "1. Activists said Russian jets struck a bakery in Kafr Nabl on March 7.\n\n"
        "2. Warplanes reportedly hit Hish and Maar Shurin in southern Idlib.\n"
    )
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 3, 12))}
    assert found["Kafr Nabl"] == date(2016, 3, 7)
    assert found["Hish"] == date(2016, 3, 11)


def test_a_distance_given_again_in_other_units_still_locates_the_place_before(finder):
    text = (
        "Jets bombed Maarat Misrin, a town of some 15,000 residents 12 km (7.5 miles) north "
        "of Idlib, on Sunday."
    )
    assert places(text, finder, date(2016, 1, 12)) == ["Maarat Misrin"]


@pytest.mark.parametrize(
    ("feast", "expected"),
    [
        ("on Christmas Eve", date(2015, 12, 24)),
        ("on Christmas Day", date(2015, 12, 25)),
        ("on New Year's Eve", date(2015, 12, 31)),
    ],
)
def test_a_feast_of_fixed_day_dates_the_strike(finder, feast, expected):
    text = f"The school in Hass was hit by a barrel bomb {feast}, a teacher said."
    (ev,) = events(text, finder, date(2016, 1, 20))
    assert ev.event_date == expected


def test_tanks_after_a_strike_by_aircraft_are_what_was_hit(finder):
    text = "Near Latamneh, Russian jets hit a rebel position with three tanks and a truck."
    assert places(text, finder, date(2016, 1, 12)) == ["Latamneh"]
    ground = "Near Latamneh, the army hit a rebel position with three tanks and a truck."
    assert places(ground, finder, date(2016, 1, 12)) == []


def test_a_displaced_family_s_town_of_origin_is_no_struck_place(finder):
    text = (
        "Regime helicopters bombed Hish on Sunday. A barrel bomb fell on a school in Kafr Nabl "
        "where a displaced family from Kafr Zita was living."
    )
    assert places(text, finder, date(2016, 1, 12)) == ["Hish", "Kafr Nabl"]


def test_an_agency_that_local_sources_told_speaks_as_the_media_cited(finder):
    text = (
        "Warplanes bombed a bakery in Saraqeb on Friday, local sources told the Ihlas News Agency."
    )
    (ev,) = events(text, finder, date(2016, 2, 14))
    assert ev.claimant == "media"


def test_a_paragraph_opened_by_the_village_struck_points_back_at_the_one_before(finder):
    text = (
        "Russian jets have flown over the valley every day since January.\n\n"
        "Kafr Nabl, a town of olive presses on the edge of Jabal al-Zawiya, has sheltered "
        "families from Hama since 2012.\n\n"
        "On Tuesday the town was bombed four times, a local doctor said."
    )
    assert places(text, finder, date(2016, 2, 4)) == ["Kafr Nabl"]


def test_neither_one_air_force_nor_the_other_having_struck_is_a_denial(finder):
    text = (
        "A spokesman said neither Russian nor Syrian jets had carried out raids on Kafr Hamra "
        "on Monday, but Syrian jets bombed Anadan."
    )
    assert places(text, finder, date(2016, 3, 10)) == ["Anadan"]


def test_the_same_day_points_at_the_day_written_before_it_in_its_sentence(finder):
    text = (
        "The push began on February 1. Pro-government fighters entered Tamura on March 3 after "
        "Syrian air raids on Hayyan and Bayanoun on the same day."
    )
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 3, 6))}
    assert found == {"Hayyan": date(2016, 3, 3), "Bayanoun": date(2016, 3, 3)}


def test_rebel_and_islamic_factions_lead_a_sentence_of_the_ground(finder):
    text = (
        "Warplanes carried out several raids yesterday on areas in Anadan. The rebel and "
        "Islamic factions targeted with several rockets areas in al-Zahraa neighbourhood."
    )
    assert places(text, finder, date(2016, 12, 8)) == ["Anadan"]


def test_wounds_from_an_earlier_bombing_tell_no_strike_under_a_province_heading(finder):
    text = (
        "Warplanes struck Anadan this morning.\n\n"
        "Idlib province: A woman from Sarmin died of wounds sustained in an earlier air raid "
        "on her town."
    )
    assert places(text, finder, date(2016, 12, 8)) == ["Anadan"]


def test_a_city_s_besieged_or_held_part_around_its_struck_districts_is_no_event(finder):
    text = (
        "Warplanes struck the Ferdous and Kalasa districts in the rebel-held part of Aleppo "
        "city on Monday."
    )
    assert places(text, finder, date(2016, 12, 8)) == ["Ferdous", "Kalasa"]


def test_a_call_to_stop_the_bombing_tells_no_strike(finder):
    text = (
        "Regime helicopters dropped barrel bombs on Anadan today. We call on all states that "
        "care about the people of Hayyan to act now to stop the bombing."
    )
    assert places(text, finder, date(2016, 12, 8)) == ["Anadan"]


def test_people_suffering_from_breathing_difficulties_are_civilian_victims(finder):
    text = (
        "Today regime helicopters dropped barrel bombs loaded with chlorine on Anadan at dawn. "
        "Medics treated 12 people suffering from breathing difficulties."
    )
    (ev,) = events(text, finder, date(2016, 11, 19))
    assert ev.claimed_target == "civilians"


def test_terrorists_firing_shells_at_a_town_in_state_copy_is_no_strike(finder):
    text = (
        "The air force destroyed terrorist hideouts in Kafr Zita on Monday. Meanwhile, "
        "terrorists targeted the town of Mhardeh with 4 rocket shells, injuring a child."
    )
    assert places(text, finder, date(2016, 2, 2)) == ["Kafr Zita"]


def test_a_medical_network_cited_speaks_as_activists(finder):
    text = (
        "On Thursday, an air strike hit the door of a dispensary in Saqba, according to the "
        "medical network that runs it."
    )
    (ev,) = events(text, finder, date(2016, 3, 5))
    assert ev.claimant == "activists"


def test_a_victim_counted_from_a_place_is_no_strike_there(finder):
    text = (
        "Warplanes struck Saqba on Monday, killing six people, two of them from the village "
        "of Jisrin."
    )
    assert places(text, finder, date(2015, 10, 20)) == ["Saqba"]


def test_a_count_in_thousands_in_an_apposition_keeps_the_reference_a_locator(finder):
    text = "Jets bombed Tasil, a village of some 12,000 people west of Nawa, on Monday."
    assert places(text, finder, date(2016, 3, 9)) == ["Tasil"]


def test_a_section_heading_with_a_place_and_two_days_dates_its_section(finder):
    text = (
        "Findings\n\nHelicopters bombed Nawa on March 1.\n\nTasil, March 3 and 5\n\n"
        "Regime helicopters dropped barrel bombs on the village of Tasil twice that week.\n"
    )
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 4, 2))}
    assert found["Tasil"] == date(2016, 3, 3)


def test_the_body_s_first_sentence_on_a_headline_place_says_where_the_bombs_fell(finder):
    text = (
        "Regime helicopters drop barrel bombs on Tafas\n\n"
        "Regime helicopters dropped barrel bombs on farms on the outskirts of Tafas on "
        "Sunday, killing three farmers.\n"
    )
    (ev,) = events(text, finder, date(2016, 4, 4))
    assert ev.place_relation == "near"


def test_the_struck_town_s_own_council_in_the_next_sentence_adds_its_claim(finder):
    text = (
        "Warplanes struck Saqba on Sunday, killing two, the Observatory said. The town's "
        "media office said a school was among the buildings damaged."
    )
    found = {ev.claimant for ev in events(text, finder, date(2016, 8, 2))}
    assert found == {"sohr", "activists"}


def test_two_voices_saying_together_each_claim_the_strike(finder):
    text = (
        "Jets bombed a bakery in Saraqib on Monday, killing four, the Observatory and the "
        "Civil Defence said."
    )
    found = {ev.claimant for ev in events(text, finder, date(2016, 8, 2))}
    assert found == {"sohr", "civil_defence"}


def test_a_roundabout_is_keyed_by_its_name(finder):
    text = "Warplanes carried out five raids on the Naim roundabout in Raqqa on Monday."
    found = {place_key(p) for p in places(text, finder, date(2016, 5, 10))}
    assert place_key("Naim roundabout") in found
    assert place_key("Naim roundabout") == place_key("Naim")


def test_aid_dropped_in_a_quantity_of_several_words_is_no_strike(finder):
    text = (
        "Cargo planes have dropped more than 40 tonnes of humanitarian supplies over Hajin "
        "since May."
    )
    assert places(text, finder, date(2016, 8, 2)) == []


def test_where_an_outlet_s_correspondent_reports_from_is_no_struck_place(finder):
    text = (
        "Our agency's correspondent on the Kobani front reported that coalition jets carried "
        "out raids on Tuesday on the village of Sarrin."
    )
    assert places(text, finder, date(2016, 8, 17)) == ["Sarrin"]


def test_a_relative_clause_between_districts_and_their_city_keeps_the_city_a_container(finder):
    text = (
        "Warplanes carried out raids on areas in al-Shaar and al-Sukkari neighbourhoods, which "
        "are held by rebels, in Aleppo city on Monday."
    )
    assert places(text, finder, date(2016, 8, 17)) == ["al-Shaar", "al-Sukkari"]


def test_whether_the_warplanes_are_one_side_s_or_another_s_leaves_them_unknown(finder):
    text = (
        "The monitor documented raids since dawn today on areas near Hajin, amid clashes "
        "between regime forces and the organization on its outskirts. It is not known so far "
        "whether the warplanes are Russian or belonging to the regime."
    )
    (ev,) = events(text, finder, date(2016, 10, 4))
    assert ev.actor == "unknown"


def test_where_families_flee_the_bombing_towards_is_no_struck_place(finder):
    text = (
        "Hundreds of families fled the bombing of the eastern countryside towards Manbij on Sunday."
    )
    assert places(text, finder, date(2016, 7, 22)) == []


def test_a_side_s_habit_in_a_relative_clause_after_its_name_is_no_strike_of_the_sentence(finder):
    text = (
        "The U.S.-led coalition, which also bombs the group in Hasakah province, said it had "
        "carried out four strikes near Raqqa on Saturday."
    )
    assert places(text, finder, date(2016, 6, 13)) == ["Raqqa"]


def test_a_rebel_force_s_spokesman_and_an_operations_room_speak_for_the_rebels(finder):
    text = (
        "Coalition aircraft struck ISIL positions in Hajin through Tuesday night, a spokesman "
        "for the rebel force told the newspaper."
    )
    (ev,) = events(text, finder, date(2016, 6, 13))
    assert ev.claimant == "rebels"
    room = (
        "On Monday night, coalition aircraft struck a car bomb near the village of Sarrin, the "
        "Manbij Shield operations room said in a statement."
    )
    (ev,) = events(room, finder, date(2016, 6, 14))
    assert ev.claimant == "rebels"


def test_a_target_after_a_place_and_a_comma_goes_on_with_the_list_of_targets(finder):
    text = (
        "Jets destroyed a command post south of Saraqib, an ammunition depot near Maarat "
        "al-Numan and a camp near Kafr Nabl on Monday."
    )
    assert places(text, finder, date(2016, 8, 17)) == ["Saraqib", "Maarat al-Numan", "Kafr Nabl"]


def test_the_two_places_bounding_an_area_struck_between_them_are_struck_near(finder):
    text = "Jets struck a field camp in the area between Hajin and al-Shuhail on Monday."
    found = {ev.place_as_written: ev.place_relation for ev in events(text, finder)}
    assert found == {"Hajin": "near", "al-Shuhail": "near"}
    road = "Jets struck a convoy on the road between Hajin and al-Shuhail on Monday."
    assert places(road, finder) == []


def test_a_drone_strike_us_officials_tell_is_the_coalition_s(finder):
    text = (
        "Warplanes struck Raqqa on Monday night. In Hajin itself, a drone strike on Sunday "
        "killed a senior Isis official in charge of the group's prisons, US officials said."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2016, 12, 14))}
    assert found["Hajin"] == "coalition"


def test_a_village_written_with_its_second_name_is_found_whole(finder):
    text = "Helicopters dropped barrel bombs on Aqareb al-Safiyeh on Monday, the monitor said."
    assert places(text, finder, date(2016, 5, 20)) == ["Aqareb al-Safiyeh"]


def test_a_family_name_after_a_title_or_in_a_byline_is_no_place(finder):
    text = (
        "By Rami Saraqib | AMMAN\n\nRussian jets struck Kafr Nabl on Monday, said the town's "
        "doctor, Dr Samer Binnish, who runs its clinic."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Kafr Nabl"]


def test_a_governorate_before_a_compass_countryside_holds_the_finer_places(finder):
    text = (
        "In Idlib southern countryside, army units, backed by the air force, destroyed "
        "terrorists' vehicles in the surroundings of Kafr Nabl and Hass."
    )
    assert places(text, finder, date(2016, 6, 28)) == ["Kafr Nabl", "Hass"]


def test_an_officer_or_a_soldier_from_a_town_is_where_they_came_from(finder):
    text = (
        "Russian jets struck Kafr Nabl on Monday. The toll of the government forces rose to 20 "
        "since the start of the attack on Friday, among them an officer from the city of "
        "Saraqib and two soldiers from Maarat al-Numan."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Kafr Nabl"]


def test_strikes_on_the_approaches_to_a_town_are_near_it(finder):
    text = "Jets carried out 30 strikes on the approaches to Saraqib on Monday, the ministry said."
    found = {ev.place_as_written: ev.place_relation for ev in events(text, finder)}
    assert found == {"Saraqib": "near"}


def test_a_base_s_other_name_in_brackets_is_still_the_launch_site(finder):
    text = (
        "On Monday, helicopters flying from the Kweires (Kuweires) airbase struck militants near "
        "Kafr Nabl, the ministry said."
    )
    assert places(text, finder) == ["Kafr Nabl"]


def test_a_town_controlled_by_the_organization_is_the_islamic_state_s_ground(finder):
    text = (
        "Helicopters dropped four barrel bombs on areas in the village of Kafr Nabl, which is "
        "controlled by the organization, at dawn today."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "isis"


def test_a_temple_or_a_tomb_named_after_a_god_or_a_saint_is_no_place(finder):
    text = "Russian jets struck Saraqib on Monday, days after the Temple of Hadad's gate fell."
    assert places(text, finder) == ["Saraqib"]


# -- the sixty-first set's families ---------------------------------------------------


def test_a_fronted_place_stands_when_the_later_place_is_the_target_s_way_or_fire(finder):
    column = "Near Saraqib, Su-24 aircraft destroyed a convoy of trucks heading to Idlib."
    assert places(column, finder) == ["Saraqib"]
    fire = (
        "West of Kafr Nabl, Su-34 bombers destroyed a mortar position of gunmen who had been "
        "shelling the village of Hish."
    )
    found = {ev.place_as_written: ev.place_relation for ev in events(fire, finder)}
    assert found == {"Kafr Nabl": "near"}


def test_a_byline_naming_an_activists_body_is_finer_than_the_source_s_activists(finder):
    text = (
        "Daily toll: 40 martyrs today\n\n"
        "Local Coordination Committees of Syria - Wednesday 2/3/2016\n\n"
        "Idlib:\nRegime warplanes bombed the town of Saraqib.\n"
    )
    doc = Document("t", "t.txt", text, date(2016, 3, 2), source="an activists' digest of the day")
    (ev,) = extract_events(doc, finder)
    assert ev.claimant == "lcc"


def test_the_jets_of_a_new_paragraph_are_those_of_the_paragraph_before(finder):
    text = (
        "French jets destroyed 12 targets on Tuesday, the ministry said.\n\n"
        "According to the statement, the jets struck depots in Raqqa.\n\n"
        "Syrian government helicopters bombed Talbiseh on Monday, activists said."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder)}
    assert found == {"Raqqa": "coalition", "Talbiseh": "regime"}


def test_strikes_that_only_open_a_span_since_their_start_are_no_strike(finder):
    text = (
        "Turkish warplanes bomb villages in the north\n\n"
        "Hundreds of families from Kafr Nabl and the surrounding villages have fled towards "
        "Sarmada and Atmeh since the start of the attacks, our correspondent said."
    )
    assert places(text, finder) == []


def test_rockets_of_a_ground_side_in_a_clause_beside_the_strike_are_the_ground_s(finder):
    text = (
        "Russian jets bombed Saraqib on Monday, while the opposition factions targeted "
        "the villages of Fuaa and Kafraya with dozens of rockets."
    )
    assert places(text, finder) == ["Saraqib"]
    air = "Russian jets bombed Saraqib on Monday, while helicopters targeted Binnish with rockets."
    assert places(air, finder) == ["Saraqib", "Binnish"]


def test_injuries_among_the_displaced_are_civilians(finder):
    text = "Jets struck Binnish on Monday, causing injuries among the displaced families there."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


# -- the sixty-fourth set's families ----------------------------------------------------


def test_a_factbox_bullet_opened_by_a_short_month_in_capitals_dates_its_paragraph(finder):
    text = (
        "Here are the main raids reported so far:\n\n"
        "* NOV. 3 - Jets hit Kafr Zita, activists say.\n\n"
        "* NOV. 8-10 - Russian jets hit Morek and Souran every day, the monitor says.\n"
    )
    found = {
        ev.place_as_written: str(ev.event_date) for ev in events(text, finder, date(2015, 11, 20))
    }
    assert found == {"Kafr Zita": "2015-11-03", "Morek": "2015-11-10", "Souran": "2015-11-10"}


def test_a_numeric_day_and_month_without_a_year_dates_the_strike(finder):
    text = (
        "Digest of 30/07/2016.\n\n"
        "On 11/07/2016 jets hit Kafr Zita. Between 21/07 and 23/07, helicopters dropped "
        "barrel bombs on Morek, the local council said."
    )
    published = date(2016, 7, 30)
    found = {ev.place_as_written: str(ev.event_date) for ev in events(text, finder, published)}
    assert found == {"Kafr Zita": "2016-07-11", "Morek": "2016-07-23"}


def test_a_free_media_outlet_named_after_a_place_and_a_medical_office_speak_as_activists(
    finder,
):
    text = "Russian jets hit Taybat al-Imam twice on Sunday, Hama Free Media said."
    (ev,) = events(text, finder, date(2016, 9, 12))
    assert (ev.place_as_written, ev.claimant) == ("Taybat al-Imam", "activists")
    office = "The town's Medical Office said jets struck Yabroud on Monday, killing four people."
    (ev,) = events(office, finder, date(2016, 9, 12))
    assert ev.claimant == "activists"


def test_turkey_s_general_staff_tells_its_own_jets(finder):
    text = (
        "Turkey's General Staff said on Friday that its jets had struck 12 Islamic State "
        "targets in Akhtarin the day before."
    )
    (ev,) = events(text, finder, date(2016, 11, 25))
    assert (ev.actor, ev.claimant) == ("coalition", "governments")


def test_a_monitor_telling_a_strike_without_saying_whose_leaves_the_striker_unknown(finder):
    text = (
        "Russian jets struck Kafr Zita on Monday. On Tuesday warplanes bombed Morek, the "
        "monitor said, without saying whose aircraft they were."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder)}
    assert found == {"Kafr Zita": "russia", "Morek": "unknown"}


def test_the_family_name_closing_a_byline_is_no_place(finder):
    text = (
        "Fact check: did jets hit a bakery in Kafr Zita on Monday?\n\n"
        "Verdict: FALSE. The bakery was hit, but a week earlier.\n\n"
        "By Rima Kinsabba | Verification Desk | 18 October 2016\n\n"
        "Russian jets struck Kafr Zita on Monday, the monitor said."
    )
    assert "Kinsabba" not in places(text, finder, date(2016, 10, 18))


# -- the sixty-third set's families -------------------------------------------------


def test_headlines_listed_under_read_also_tell_other_stories(finder):
    text = (
        "Jets struck the market of Saraqib on Friday, killing four people.\n\n"
        "Read also:\n"
        "- Helicopters drop barrel bombs on Kafr Zita\n"
        "- Rebels shell Fuah for a second day\n"
    )
    assert places(text, finder, date(2016, 3, 5)) == ["Saraqib"]


def test_a_facility_s_name_before_its_kind_is_no_place_far_from_the_town_holding_it(finder):
    text = (
        "Jets struck a field outside Kafr Nabl on Friday, a few hundred metres from the "
        "al-Salam hospital."
    )
    assert places(text, finder, date(2016, 3, 5)) == ["Kafr Nabl"]
    named = "On Monday, bombs fell in the street outside the National Hospital in Maarat al-Numan."
    assert places(named, finder, date(2016, 3, 8)) == ["Maarat al-Numan"]


def test_the_slope_a_struck_town_lies_on_only_locates_it(finder):
    text = (
        "Jets struck the market of Kafr Nabl, on the western slope of Jabal al-Zawiya, on Friday."
    )
    assert places(text, finder, date(2016, 3, 5)) == ["Kafr Nabl"]
    alone = "Barrel bombs fell on the southern slopes of Jabal al-Zawiya on Friday."
    assert [(ev.place_as_written, ev.place_relation) for ev in events(alone, finder)] == [
        ("Jabal al-Zawiya", "near")
    ]


def test_a_monitor_naming_whose_jets_struck_in_the_sentence_after_gives_the_actor(finder):
    text = (
        "Government helicopters dropped barrel bombs on Kafr Zita on Thursday.\n\n"
        "Air strikes hit a bakery in Saraqib on Friday, killing six people, a monitor said.\n\n"
        "The London-based Syrian Observatory for Human Rights said the planes that hit the "
        "bakery were thought to be Russian."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2016, 3, 5))}
    assert found["Saraqib"] == "russia"


def test_another_voice_putting_the_toll_at_its_own_figure_claims_the_strike(finder):
    text = (
        "Jets struck the vegetable market of Saraqib on Tuesday, killing 14 people, the "
        "Observatory said.\n\n"
        "Two children were among the dead, it said.\n\n"
        "The White Helmets rescue group put the death toll at 19."
    )
    found = {(ev.place_as_written, ev.claimant) for ev in events(text, finder, date(2016, 3, 9))}
    assert found == {("Saraqib", "sohr"), ("Saraqib", "civil_defence")}


def test_where_civilians_flee_the_fighting_is_no_struck_place(finder):
    text = (
        "Air strikes on 29 November hit a market in Saraqib.\n\nThese attacks come as "
        "thousands of civilians are fleeing the fighting in western Deir ez-Zor, and as the "
        "winter sets in."
    )
    assert places(text, finder, date(2016, 3, 9)) == ["Saraqib"]


def test_the_town_struck_after_a_sentence_naming_it_in_its_region_is_that_town(finder):
    text = (
        "Loyalist troops again failed to storm Kafr Nabudah in the Ghab plain after a week of "
        "attacks. Russian jets struck the town and the farms around it on Thursday, opposition "
        "media said."
    )
    assert places(text, finder, date(2016, 5, 14)) == ["Kafr Nabudah"]
    # A toll "in the town" names no strike on it: the sentence before stays unstruck.
    told = (
        "The farmers of Kafr Nabudah have tilled the Ghab plain for centuries. In 2013, rebel "
        "shells killed 12 people in the town, an attack still remembered."
    )
    assert places(told, finder, date(2016, 5, 14)) == []


def test_the_village_struck_beside_other_places_is_the_one_named_before(finder):
    text = (
        "Rescuers say regime forces have entered Hamouriyah after a day of heavy shelling. The "
        "monitor says at least 12 air strikes hit the town and nearby Saqba since dawn."
    )
    assert places(text, finder, date(2016, 5, 19)) == ["Hamouriyah", "Saqba"]


def test_a_village_taken_after_raids_on_the_village_is_struck(finder):
    text = (
        "Army units captured the village of Kafr Hamra in the western countryside on Tuesday "
        "after intense Russian air raids on the village, which also struck Anadan and Hraytan."
    )
    assert places(text, finder, date(2016, 5, 19)) == ["Kafr Hamra", "Anadan", "Hraytan"]
    # "the town centre in X", "the town hall of Y": a part of the place named after it.
    part = "Jets struck the town centre in Saraqeb and the village of Binnish on Monday."
    assert places(part, finder, date(2016, 5, 19)) == ["Saraqeb", "Binnish"]


def test_a_housing_estate_is_found_with_its_generic_words_in_lowercase(finder):
    # The landmark family "housing estate" writes such a row with its other generic words,
    # found in lowercase after the estate's own name.
    estate = "Warplanes pounded the 1070 housing estate overnight, rescuers said."
    assert places(estate, finder, date(2016, 8, 30)) == ["1070 housing estate"]
    project = "Helicopters dropped barrel bombs on the 1070 project on Thursday, a monitor said."
    assert places(project, finder, date(2016, 8, 30)) == ["1070 project"]


def test_a_terse_post_s_present_tense_drop_is_a_strike_word(finder):
    text = "15:10 | Regime warplanes drop cluster bombs on Kafr Nabl, two wounded."
    assert places(text, finder, date(2016, 10, 3)) == ["Kafr Nabl"]
    leaflets = "Planes drop leaflets on Kafr Nabl calling on fighters to surrender."
    assert places(leaflets, finder, date(2016, 10, 3)) == []
    weather = "Jets struck Kafr Nabl last month; now temperatures in Ariha drop below zero."
    assert "Ariha" not in places(weather, finder, date(2016, 10, 3))


def test_a_release_line_opening_with_its_own_day_speaks_for_the_coalition(finder):
    text = (
        "The task force said its aircraft conducted 11 strikes against ISIL in Syria on Tuesday."
        "\n\n-- Near Shaddadi, three strikes engaged an ISIL tactical unit.\n\n"
        "-- On Feb. 14, near Hasakah, two strikes destroyed an ISIL fighting position."
    )
    found = {
        ev.place_as_written: (ev.actor, ev.claimant)
        for ev in events(text, finder, date(2016, 2, 17))
    }
    assert found["Hasakah"] == ("coalition", "coalition")


def test_aircraft_committing_a_massacre_in_a_place_strike_it(finder):
    text = (
        "On Thursday, regime helicopters committed a new massacre in the town of Talbiseh, "
        "killing nine people, activists said."
    )
    assert [(ev.place_as_written, ev.actor) for ev in events(text, finder)] == [
        ("Talbiseh", "regime")
    ]
    ground = "On Thursday, ISIS committed a massacre in the town of Talbiseh, activists said."
    assert places(ground, finder) == []


def test_government_air_raids_are_the_regime_s(finder):
    text = (
        "Russian bombers hit Mahin on Friday.\n\n"
        "Government airstrikes on the town of Saqba killed seven people on Saturday, a monitor "
        "said."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2016, 3, 7))}
    assert found["Saqba"] == "regime"


def test_a_council_named_with_its_province_and_the_council_after_it_are_activists(finder):
    text = (
        "A raid hit a bakery in Tafas on Sunday, according to the Free Quneitra Council, "
        "which blamed Russian jets.\n\n"
        "Helicopters dropped barrel bombs on Inkhil on Saturday night, the council said."
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder, date(2016, 2, 9))}
    assert found == {"Tafas": "activists", "Inkhil": "activists"}


def test_the_media_office_of_the_town_speaks_as_activists(finder):
    text = (
        "Regime jets bombed the main street of Saraqib on Monday, killing a boy, according to "
        "the media office of the town."
    )
    assert [ev.claimant for ev in events(text, finder)] == ["activists"]


def test_the_same_voice_naming_the_aircraft_later_gives_the_actor_it_left_unknown(finder):
    text = (
        "Russian jets struck Nawa on Saturday, and government helicopters dropped barrel bombs "
        "on Dael.\n\n"
        "Air strikes on Tafas and Inkhil killed nine people on Sunday, activists said.\n\n"
        "In Inkhil, a raid hit the market, the activists said, adding that the jets were "
        "Russian."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2016, 2, 9))}
    assert (found["Tafas"], found["Inkhil"]) == ("unknown", "russia")


def test_where_fighters_withdraw_to_is_no_struck_place(finder):
    text = (
        "Russian jets bombed the militants' positions in Mahin on Sunday, and the militants "
        "are now retreating towards al-Qaryatain, a military source said."
    )
    assert places(text, finder, date(2015, 11, 3)) == ["Mahin"]


def test_a_clause_on_what_militants_use_a_struck_place_for_is_the_ground_s(finder):
    text = (
        "Warplanes pounded ISIS positions in Mahin on Sunday, which the militants use as a "
        "base for their attacks on the Sadad front."
    )
    assert places(text, finder, date(2015, 11, 3)) == ["Mahin"]


def test_an_item_heading_s_place_the_body_names_only_as_a_reference_is_no_event(finder):
    text = (
        "Jets strike Saraqib market\n"
        "(AFP) - Russian jets struck the market of Saraqib on Sunday, killing five people, a "
        "monitor said.\nSource: AFP\n\n"
        "Rescuers: air strikes kill nine near Maarat al-Numan\n"
        "(Reuters) - Air strikes on the village of Maarshamsheh, east of Maarat al-Numan, killed "
        "nine people on Monday, rescuers said.\nSource: Reuters\n"
    )
    assert "Maarat al-Numan" not in places(text, finder)
    assert "Maarshamsheh" in places(text, finder)


def test_strikes_on_the_town_after_the_heights_over_it_strike_the_town(finder):
    text = (
        "Government troops seized the ridges overlooking Morek following heavy air strikes on "
        "the town on Friday, a military source said."
    )
    assert [(ev.place_as_written, ev.place_relation) for ev in events(text, finder)] == [
        ("Morek", "in")
    ]


def test_a_day_of_the_month_written_as_an_ordinal_word_dates_the_strike(finder):
    text = (
        "The jets came back on the twenty-third of November and hit the bakery in Saraqib, "
        "killing five people, a volunteer said."
    )
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2015, 12, 2))}
    assert found == {"Saraqib": date(2015, 11, 23)}


def test_a_place_in_a_group_s_name_closed_by_a_unit_word_is_no_place(finder):
    text = (
        "A spokesman for the Jabal al-Akrad Brigade said Russian jets bombed its base near "
        "Kinsabba on Tuesday, wounding four fighters."
    )
    found = [(ev.place_as_written, ev.claimant) for ev in events(text, finder, date(2016, 1, 7))]
    assert found == [("Kinsabba", "rebels")]


def test_a_region_in_a_group_s_name_is_no_place(finder):
    text = (
        "Russian jets struck Kafr Nabudah on Sunday, killing three fighters of Liwa Ahrar "
        "al-Ghouta, the Observatory said."
    )
    assert places(text, finder, date(2016, 1, 5)) == ["Kafr Nabudah"]


def test_a_voice_telling_victims_in_a_place_just_struck_claims_the_strike(finder):
    text = (
        "Jets struck the vegetable market of Maarat al-Numan on Sunday morning, the "
        "Observatory said. The Syrian Civil Defence said eleven people, among them three "
        "children, were killed in Maarat al-Numan."
    )
    found = {(ev.place_as_written, ev.claimant) for ev in events(text, finder, date(2016, 1, 5))}
    assert found == {("Maarat al-Numan", "sohr"), ("Maarat al-Numan", "civil_defence")}


def test_fighters_counted_as_victims_or_their_positions_struck_are_rebels(finder):
    counted = "Regime jets bombed a farm outside Kafr Nabl on Monday, killing four fighters."
    assert [ev.claimed_target for ev in events(counted, finder, date(2016, 1, 5))] == ["rebels"]
    positions = "On Monday, Russian jets struck fighters' positions near Kansafra."
    assert [ev.claimed_target for ev in events(positions, finder, date(2016, 1, 5))] == ["rebels"]


def test_the_area_of_a_ground_offensive_in_a_place_is_no_struck_place(finder):
    text = "Russian jets struck Kafr Zita on Monday to support a regime offensive in Morek."
    assert places(text, finder, date(2016, 1, 6)) == ["Kafr Zita"]
    area = "The raids back an army offensive in northern Latakia and the Ghab plain, it said."
    assert places(area, finder, date(2016, 1, 6)) == []


def test_a_castle_village_is_found_as_the_press_writes_it(finder):
    text = "Coalition aircraft bombed a jihadist checkpoint at Qal'at Najm on Monday."
    assert places(text, finder, date(2016, 1, 6)) == ["Qal'at Najm"]


def test_towns_a_column_punches_through_to_or_frees_are_taken_on_the_ground(finder):
    text = (
        "On Sunday, jets bombed Tal Jabin for hours, and the army punched through to "
        "Mayer the next day."
    )
    assert places(text, finder, date(2016, 2, 9)) == ["Tal Jabin"]
    freed = "Jets pounded Marea on Thursday, and Kurdish fighters freed the town of Tal Rifaat."
    assert places(freed, finder, date(2016, 2, 12)) == ["Marea"]
    headline = "Jets hit Marea as YPG frees Tal Rifaat\n\nJets pounded Marea on Thursday."
    assert places(headline, finder, date(2016, 2, 12)) == ["Marea"]


def test_a_capital_whose_leave_or_verdict_is_told_speaks_for_its_government(finder):
    text = (
        "Jets struck a bakery in Saraqib on Monday, killing nine people, a toll Damascus "
        "disputes. The strikes came without the consent of Damascus."
    )
    assert places(text, finder, date(2016, 2, 9)) == ["Saraqib"]


def test_a_kurdish_force_s_media_officer_speaks_as_an_armed_group(finder):
    text = (
        "A YPG media officer, Mahmoud Hasan, told our agency that on Tuesday coalition jets "
        "struck ISIS positions in the village of Suluk."
    )
    assert [(ev.place_as_written, ev.claimant) for ev in events(text, finder)] == [
        ("Suluk", "rebels")
    ]


def test_a_bridge_named_after_a_town_in_the_city_of_another_is_the_city_s(finder):
    text = "On Tuesday, warplanes bombed the al-Mansoura Bridge in the city of Raqqa."
    assert places(text, finder, date(2016, 1, 21)) == ["Raqqa"]
    village = "On Tuesday, warplanes bombed the Jarablus bridge over the Euphrates."
    assert places(village, finder, date(2016, 1, 21)) == ["Jarablus"]


def test_where_a_struck_truck_s_load_set_out_from_is_no_struck_place(finder):
    text = (
        "On Friday, an aid lorry loaded with flour from the Bab al-Salama crossing was "
        "bombed near Azaz."
    )
    assert places(text, finder, date(2016, 2, 21)) == ["Azaz"]


def test_an_aid_foundation_cited_by_an_outlet_speaks_as_activists(finder):
    text = (
        "Jets hit the market of Binnish on Monday, killing six people, a Kuwaiti relief "
        "foundation said."
    )
    assert [ev.claimant for ev in events(text, finder, date(2016, 2, 21))] == ["activists"]


# -- the sixty-sixth set's families -------------------------------------------------------


def test_an_attacker_field_naming_aircraft_makes_an_entry_a_strike(finder):
    entry = "Record 12\nLocation: Sarmin, eastern Idlib countryside\nDate: 3 March 2016\n"
    by_air = entry + "Perpetrator: Syrian government helicopters\nCasualties: two women killed\n"
    on_ground = entry + "Perpetrator: pro-government militia\nCasualties: two women killed\n"
    assert places(by_air, finder, date(2016, 3, 12)) == ["Sarmin"]
    assert places(on_ground, finder, date(2016, 3, 12)) == []


def test_an_entry_s_note_takes_the_night_its_date_field_gives(finder):
    text = (
        "Location: Sarmin and Qminas, Idlib countryside\nDate: night of 8-9 March 2016\n"
        "Attacker: warplanes (Russian or regime)\nVictims: none\n"
        "Notes: Two raids hit the outskirts of Sarmin and one the centre of Qminas.\n"
    )
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 3, 12))}
    assert dated == {"Sarmin": date(2016, 3, 9), "Qminas": date(2016, 3, 9)}


def test_aircraft_followed_by_two_sides_as_alternatives_leave_the_striker_unknown(finder):
    text = (
        "Location: Qminas\nDate: 5 March 2016\nAttack: air strike\n"
        "Attacker: jets, Syrian or Russian\n"
    )
    assert [ev.actor for ev in events(text, finder, date(2016, 3, 12))] == ["unknown"]


def test_a_voice_of_an_entry_above_does_not_carry_into_the_next_entry(finder):
    text = (
        "Entry 1\nLocation: Kafr Nubl\nDate: 1 March 2016\nAttack: air strike\nVictims: none\n\n"
        "Entry 2\nLocation: Sarmin\nDate: 2 March 2016\nAttack: air strike\nNotes: A bakery "
        "was hit. The Jaish al-Fatah operations room said its fighters shelled an army post.\n\n"
        "Entry 3\nLocation: Qminas\nDate: 4 March 2016\nAttack: air strike\n"
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder, date(2016, 3, 12))}
    assert found["Qminas"] == "reporter"


def test_a_day_followed_by_the_shelling_the_strikes_answered_dates_the_strikes(finder):
    text = (
        "Government jets bombed Saqba and Hamouriyeh on Monday after Jaish al-Islam shelled "
        "the capital."
    )
    dated = {ev.event_date for ev in events(text, finder, date(2016, 3, 10))}
    assert dated == {date(2016, 3, 7)}


def test_support_strikes_followed_by_the_places_they_hit_strike_those_places(finder):
    text = (
        "Government troops, backed by Russian air strikes on Tell Bajer and Zitan on Monday, "
        "captured Khalsa."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2015, 11, 20))}
    assert found == {"Tell Bajer": "russia", "Zitan": "russia"}
    assert places("Troops, backed by Russian air strikes, captured Khalsa.", finder) == []


def test_a_ground_weapon_named_as_what_was_destroyed_before_the_place_is_struck(finder):
    text = "An artillery position on a hill near Kinsabba was destroyed by Su-24 bombers."
    assert places(text, finder, date(2015, 10, 20)) == ["Kinsabba"]


def test_a_massacre_committed_by_aircraft_is_a_strike(finder):
    text = (
        "The toll of the massacre committed by the Russian warplanes on Sunday evening in the "
        "village of Kafr Zita rose to 17 civilians."
    )
    found = [(ev.place_as_written, ev.actor) for ev in events(text, finder, date(2016, 3, 8))]
    assert found == [("Kafr Zita", "russia")]
    ground = "The massacre committed by the militias in Kafr Zita on Sunday was remembered."
    assert places(ground, finder, date(2016, 3, 8)) == []


def test_a_window_opened_by_a_long_named_event_runs_to_the_report_s_day(finder):
    text = (
        "Since the start of the nationwide cessation of hostilities on 27 February, government "
        "helicopters have dropped 40 barrel bombs on Kafr Zita."
    )
    found = [(ev.place_as_written, ev.event_date) for ev in events(text, finder, date(2016, 3, 20))]
    assert found == [("Kafr Zita", date(2016, 3, 20))]


def test_a_region_qualified_in_an_apposition_only_locates_the_town(finder):
    text = (
        "Jets hit the main square of Kafr Batna, a town in the besieged Eastern Ghouta, on Monday."
    )
    assert places(text, finder, date(2016, 3, 2)) == ["Kafr Batna"]
    larger = "Jets struck Ihsim, the largest town in the rebel-held Jabal al-Zawiya, on Monday."
    assert places(larger, finder, date(2016, 3, 2)) == ["Ihsim"]


def test_fighters_of_a_faction_named_as_a_side_in_the_fighting_are_no_voice(finder):
    text = (
        "Barrel bombs fell on the village of Kafr Zita on Sunday, as fighting raged between "
        "army units and the fighters of the Islamic factions on its outskirts."
    )
    (ev,) = events(text, finder, date(2016, 4, 5))
    assert (ev.place_as_written, ev.claimant) == ("Kafr Zita", "reporter")


def test_an_opposition_delegation_leaving_the_talks_is_no_voice(finder):
    text = (
        "Talking to journalists in Vienna, where the round has stalled since the opposition "
        "delegation suspended its attendance, the mediator said the raids were alarming.\n\n"
        "He also pointed to reports of air strikes on Wednesday on the town of Saraqib, which "
        "he said had hit a school."
    )
    (ev,) = events(text, finder, date(2016, 4, 21))
    assert (ev.place_as_written, ev.claimant) == ("Saraqib", "reporter")


def test_strikes_told_as_a_span_of_a_year_or_of_weeks_after_the_verb_are_no_event(finder):
    text = (
        "The record is mixed. A year of coalition raids on Tabqa has not broken the group's "
        "hold on the dam."
    )
    assert places(text, finder, date(2016, 5, 10)) == []
    after = (
        "The drone came down on Monday in the hills of western Idlib province, near the farms "
        "that government jets have struck for months."
    )
    assert places(after, finder, date(2016, 5, 10)) == []
    # "for the second time in weeks" tells a strike of its day.
    again = "Jets bombed Saraqeb for the second time in weeks on Monday."
    assert places(again, finder, date(2016, 5, 10)) == ["Saraqeb"]


def test_a_countrys_ambassador_or_envoy_speaks_for_its_government(finder):
    text = (
        "Italy's ambassador told the council that Russian jets had bombed a bakery in Binnish "
        "on Monday. The Russian envoy replied that his country's bombers had destroyed an arms "
        "depot near Taftanaz on Sunday."
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder, date(2016, 5, 10))}
    assert found == {"Binnish": "governments", "Taftanaz": "governments"}


def test_a_town_the_ground_forces_push_toward_in_a_direction_is_no_struck_place(finder):
    text = (
        "On the morning of 4 May, as loyalist troops backed by Russian air power pushed east "
        "toward the towns of Mayer and Bayanoun, a missile struck a bakery in Hraytan."
    )
    assert places(text, finder, date(2016, 5, 10)) == ["Hraytan"]


def test_positions_round_a_place_are_near_it(finder):
    text = "On Monday Russian jets struck positions round Tadmur and a depot in al-Sukhnah."
    found = {ev.place_as_written: ev.place_relation for ev in events(text, finder)}
    assert found == {"Tadmur": "near", "al-Sukhnah": "in"}


def test_a_brigades_headquarters_struck_is_the_rebels(finder):
    text = (
        "On 3 May Russian jets struck the battalion's headquarters in Kafr Nabudah, killing "
        "four of its fighters."
    )
    found = {ev.place_as_written: ev.claimed_target for ev in events(text, finder)}
    assert found == {"Kafr Nabudah": "rebels"}


def test_a_depot_wiped_out_by_jets_is_a_strike(finder):
    text = "On Sunday the ministry said its Su-24s had wiped out a terrorist depot in Kafr Nabudah."
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 5, 10))}
    assert found == {"Kafr Nabudah": date(2016, 5, 8)}


def test_a_place_locating_a_facility_named_with_its_kind_is_no_struck_place(finder):
    text = (
        "Jets destroyed a tanker convoy on Sunday near the al-Tanak oilfield, east of al-Mayadin."
    )
    assert places(text, finder, date(2016, 5, 10)) == ["al-Tanak oilfield"]


def test_a_dash_dateline_is_where_the_copy_was_filed_beside_other_struck_places(finder):
    text = (
        "KOBANI – Kurdish fighters pushed south towards the Euphrates on Monday while "
        "coalition jets kept up their raids on the militants.\n\n"
        "On Sunday, coalition aircraft struck a headquarters in the village of Suluk, the "
        "fighters said."
    )
    assert places(text, finder, date(2016, 2, 15)) == ["Suluk"]


def test_a_kurdish_given_name_then_a_town_closing_the_sentence_names_a_person(finder):
    text = (
        "Coalition jets bombed an arms depot in Tal Brak on Sunday, according to YPG field "
        "commander Şoreş Amûdê."
    )
    assert places(text, finder, date(2016, 2, 15)) == ["Tal Brak"]


def test_the_river_a_bridge_spans_is_water_and_the_place_near_it_locates_the_strike(finder):
    text = (
        "On Monday, coalition jets destroyed a bridge over the Balikh near the village of "
        "Suluk, cutting a supply line of the militants."
    )
    found = [(ev.place_as_written, ev.place_relation) for ev in events(text, finder)]
    assert found == [("Suluk", "near")]


def test_an_aircraft_model_after_government_is_the_regimes(finder):
    text = "Activists said government Su-22s bombed a bakery in Tal Rifaat on Sunday."
    assert [ev.actor for ev in events(text, finder)] == ["regime"]


def test_a_field_commander_of_a_kurdish_force_speaks_as_the_rebels(finder):
    text = "Coalition jets hit a depot near Tal Tamr on Saturday, a YPG field commander said."
    assert [ev.claimant for ev in events(text, finder)] == ["rebels"]


def test_a_place_after_the_bracketed_other_name_of_a_struck_place_only_locates_it(finder):
    text = (
        "Coalition jets struck militants near the Tishrin Dam (Tishreen Dam), east of the town "
        "of Manbij, on Monday."
    )
    assert places(text, finder) == ["Tishrin Dam"]


def test_the_explosion_of_a_landmine_is_a_blast_on_the_ground(finder):
    text = (
        "Coalition jets struck militants in Tal Tamr on Monday.\n\n"
        "A shepherd was killed by the explosion of a landmine near the village of Suluk."
    )
    assert places(text, finder) == ["Tal Tamr"]


def test_the_strike_named_again_with_what_it_destroyed_gives_its_target(finder):
    text = (
        "Coalition warplanes carried out one air strike near Tal Tamr on Monday. The strike "
        "destroyed an ISIL fighting position."
    )
    assert [ev.claimed_target for ev in events(text, finder)] == ["isis"]


def test_a_camp_taken_after_strikes_on_the_camp_is_struck(finder):
    text = (
        "Loyalist forces took the Yarmouk camp on Thursday, state media said, after heavy air "
        "strikes on the camp the night before."
    )
    assert places(text, finder, date(2016, 5, 19)) == ["Yarmouk"]
    # "the camp" of another sentence's strike names no place taken in this one.
    taken = "Loyalist forces took the Yarmouk camp on Thursday, state media said."
    assert places(taken, finder, date(2016, 5, 19)) == []


# -- the seventy-fifth set's families -------------------------------------------------


def test_an_aircraft_named_by_its_type_makes_a_weak_strike_word_an_air_strike(finder):
    text = (
        "The ministry said two Typhoons hit an ISIL command post at the Jafra oilfield on "
        "Sunday, and that a Reaper engaged a group of fighters in al-Shaddadi the same night."
    )
    found = [(ev.place_as_written, ev.actor) for ev in events(text, finder)]
    assert [p for p, _ in found] == ["Jafra oilfield", "al-Shaddadi"]
    assert found[0][1] == "coalition"


def test_strikes_told_in_the_perfect_since_a_dated_month_are_a_span_not_a_strike(finder):
    text = "Russian jets have pounded rebel towns since October 2015, above all round Talbiseh."
    assert places(text, finder, date(2016, 5, 10)) == []
    once = "Russian jets pounded Talbiseh on Monday for the first time since 2014."
    assert places(once, finder, date(2016, 5, 10)) == ["Talbiseh"]


def test_jets_that_set_fire_to_fields_struck_them(finder):
    text = "Activists said regime jets set fire to olive groves round Kafr Nabl on Friday."
    assert places(text, finder) == ["Kafr Nabl"]


def test_people_of_a_place_after_and_open_a_clause_of_their_own(finder):
    text = (
        "Russian jets struck an orchard near Ariha on Monday, and villagers in Kafr Zita say "
        "artillery fire has ruined their harvest."
    )
    assert places(text, finder) == ["Ariha"]


def test_strikes_used_as_the_means_of_a_ground_push_leave_its_objectives_unstruck(finder):
    text = (
        "Activists said Russian jets bombed Habit on Sunday. The army is using the raids to "
        "attack in the hills west of Kafr Zita."
    )
    assert places(text, finder) == ["Habit"]


def test_a_place_set_beside_the_strikes_in_a_comparison_is_not_struck(finder):
    text = (
        "The envoy said the coalition's air strikes had been precise, and that those who "
        "compare them to what the regime is doing in Douma are wrong."
    )
    assert places(text, finder) == []
    tally = "Russian jets struck Kafr Nabl 14 times on Monday, compared with twice in Ariha."
    assert places(tally, finder) == ["Kafr Nabl"]


def test_the_person_an_obituary_is_about_is_not_its_author(finder):
    text = "In May a missile struck the market of Kafr Nabl, killing her brother."
    doc = Document(
        "t", "t.txt", text, date(2016, 9, 1), source="a weekly's obituary of an activist"
    )
    assert [ev.claimant for ev in extract_events(doc, finder)] == ["reporter"]


# -- the seventy-sixth set's families ----------------------------------------------


def test_a_voice_claiming_the_strike_just_told_there_claims_it_too(finder):
    text = (
        "Warplanes pounded Saraqib on Sunday, activists said.\n\n"
        "Binnish was also hit. The state news agency SANA said the air force had destroyed an "
        "arms depot of the terrorists there."
    )
    found = {
        (ev.place_as_written, ev.claimant): (ev.actor, ev.claimed_target)
        for ev in events(text, finder)
    }
    assert ("Binnish", "reporter") in found
    # The agency's own claim: its bare "the air force" is the Syrian one.
    assert found[("Binnish", "sana")] == ("regime", "unspecified")


def test_a_denied_claim_naming_no_day_is_no_strike(finder):
    text = (
        "An army source denied reports on social media that its jets had taken part in strikes "
        "on Nawa, saying the air force only targets Daesh."
    )
    assert places(text, finder) == []
    # A denied claim with its own day stays its claimant's.
    dated = (
        "The ministry dismissed reports by activists that its jets had hit a hospital in Ariha "
        "on Monday."
    )
    assert places(dated, finder) == ["Ariha"]


def test_the_side_supported_from_the_air_is_not_the_striker(finder):
    text = (
        "Russian jets flew 30 sorties on Sunday in support of the Syrian army's advance, "
        "striking militants near Kinsabba, the ministry said."
    )
    assert [ev.actor for ev in events(text, finder)] == ["russia"]


def test_an_attack_being_prepared_is_no_strike(finder):
    text = (
        "Russian jets flew 30 sorties on Monday.\n\n"
        "A depot ten kilometres north of Khanasir was hit. According to the ministry, "
        "militants there had been preparing an attack on army positions east of the town of "
        "Athriya."
    )
    assert places(text, finder) == ["Khanasir"]


def test_an_activists_league_named_after_a_region_is_no_place(finder):
    text = "Jets struck Yabroud on Monday, the Qalamoun Free League, an activist group, said."
    assert places(text, finder) == ["Yabroud"]


def test_what_a_speaker_denies_was_hit_is_no_claimed_target(finder):
    text = (
        "The ministry said its jets struck a depot in Saraqib on Monday and denied that any "
        "hospital had been hit."
    )
    assert [ev.claimed_target for ev in events(text, finder)] == ["unspecified"]


def test_a_voice_placing_the_strike_just_told_on_the_edge_of_the_town_places_it_near(finder):
    text = (
        "Russian jets flew 20 sorties on Monday.\n\n"
        "Binnish was also hit. The ministry said its jets had destroyed a command post on the "
        "edge of the town."
    )
    found = {(ev.claimant, ev.place_relation) for ev in events(text, finder)}
    assert found == {("reporter", "in"), ("russian_mod", "near")}


def test_a_toll_over_the_places_just_struck_naming_one_of_them_is_all_of_theirs(finder):
    text = (
        "Jets pounded Kafr Nabl and Hass and Maarat Hurma on Sunday, activists said.\n\n"
        "The activists said 12 civilians were killed in the three villages, most of them in "
        "Hass, where a strike hit a school."
    )
    assert {ev.claimed_target for ev in events(text, finder)} == {"civilians"}


def test_local_officials_speak_as_activists(finder):
    text = "Jets struck a bakery in Atareb on Monday, local officials in the town said."
    assert [ev.claimant for ev in events(text, finder)] == ["activists"]


def test_the_media_centre_of_an_armed_campaign_speaks_as_the_rebels(finder):
    text = (
        "Coalition jets struck ISIS positions in the village of Suluk on Tuesday, the media "
        "centre of the Balikh Dawn campaign said."
    )
    assert [ev.claimant for ev in events(text, finder)] == ["rebels"]


def test_a_voice_rejecting_a_claim_on_the_place_just_struck_claims_the_strike_too(finder):
    text = (
        "Russian jets flew 20 sorties on Monday.\n\n"
        "Binnish was also hit. The ministry said its jets had killed 12 militants there. The "
        "local council rejected the claim, saying those killed in the town were farmers and "
        "their children."
    )
    found = {(ev.claimant, ev.claimed_target) for ev in events(text, finder)}
    assert ("activists", "civilians") in found


def test_a_list_broken_after_a_connective_runs_on_over_its_line_breaks(finder):
    text = (
        "Warplanes bombed since dawn the villages of\n"
        "#Kafr_Nabl, #Hass and\n"
        "#Maarat_Hurma, the local network said.\n"
    )
    assert places(text, finder) == ["Kafr_Nabl", "Hass", "Maarat_Hurma"]
    # A line closed by a stop or a colon is a line of its own.
    assert len(split_sentences("Raids this morning on:\n#Hass\n#Kafr_Nabl")) == 3


def test_victims_told_in_a_place_before_a_strike_clause_naming_none_are_its_victims(finder):
    text = "Two children died in Saraqeb as Russian jets bombed a school."
    assert places(text, finder) == ["Saraqeb"]
    # Ground forces' clause before the strike tells no victims there.
    moved = "Troops advanced on Kafr Nabl after regime helicopters dropped barrel bombs."
    assert places(moved, finder) == []


def test_a_city_closing_the_description_of_its_struck_district_only_locates_it(finder):
    text = (
        "Barrel bombs hit al-Sukkari district, the most crowded area held by the rebels in "
        "Aleppo city, on Monday."
    )
    assert places(text, finder) == ["al-Sukkari"]


def test_rockets_a_place_is_shelled_with_are_fired_from_the_ground(finder):
    text = (
        "Warplanes hit Hass on Sunday morning. In the evening Kafr Nabl was shelled with "
        '"hell cannon" rockets.'
    )
    assert places(text, finder) == ["Hass"]


def test_the_place_fighting_spreads_towards_is_the_grounds(finder):
    text = (
        "Jets bombed Hass on Monday. On Tuesday, as the fighting spread towards Kafr Nabl, "
        "another raid hit a bakery in Maarat Hurma."
    )
    assert places(text, finder) == ["Hass", "Maarat Hurma"]


def test_a_strike_told_after_a_comma_is_no_apposition_describing_the_place_before(finder):
    text = (
        "Jets bombed Hass on Monday. On Tuesday, as the clashes spread towards Kafr Nabl, "
        "another raid hit a school on the edge of Maarat Hurma."
    )
    found = events(text, finder)
    assert [(ev.place_as_written, ev.place_relation) for ev in found] == [
        ("Hass", "in"),
        ("Maarat Hurma", "near"),
    ]


def test_a_strike_told_according_to_a_medical_charity_is_a_rights_groups_claim(finder):
    text = (
        "A clinic in Kafr Nabl was hit by an air strike on Sunday, according to a British "
        "medical charity that runs it."
    )
    assert [ev.claimant for ev in events(text, finder)] == ["rights_groups"]


def test_a_truce_named_after_its_place_names_no_struck_place(finder):
    text = "Helicopters dropped barrel bombs on Hass on Monday, shaking the Kafr Nabl truce."
    assert places(text, finder) == ["Hass"]


def test_a_place_a_briefing_did_not_mention_is_not_struck(finder):
    text = (
        "Jets struck Hass on Monday, and the ministry's briefing did not mention Kafr Nabl at all."
    )
    assert places(text, finder) == ["Hass"]


def test_a_region_in_an_updates_highlights_holds_the_towns_struck_below(finder):
    text = (
        "Situation report\n\n"
        "Key points:\n"
        "• Air strikes in Jabal al-Zawiya reportedly killed 20 civilians in three days.\n"
        "• Two schools were affected.\n\n"
        "OVERVIEW\n"
        "On 4 February, an air strike reportedly hit a school in Kansafra, killing four "
        "children.\n"
    )
    assert places(text, finder) == ["Kansafra"]


def test_a_young_man_martyred_in_the_passive_is_a_civilian(finder):
    text = "Regime jets struck Hass on Monday evening; a young man was martyred near his home."
    assert [ev.claimed_target for ev in events(text, finder)] == ["civilians"]


# -- the seventy-fourth set's families ----------------------------------------------


def test_a_table_of_counts_by_governorate_names_no_struck_place(finder):
    text = (
        "Regime and Russian jets carried out 40 raids on schools last month.\n\n"
        "Raids by province, October 2016:\n"
        "Homs: 11\n"
        "Daraa: 9\n\n"
        "Jets struck a school in Talbiseh on 12 October."
    )
    assert places(text, finder, date(2016, 11, 3)) == ["Talbiseh"]


def test_a_hospital_named_after_the_town_written_before_it_is_the_towns(finder):
    text = "Warplanes struck the Darkush National Hospital on Tuesday, wounding two nurses."
    assert places(text, finder, date(2016, 4, 7)) == ["Darkush"]


def test_strikes_counted_since_a_campaign_began_are_no_strike_of_its_first_day(finder):
    text = (
        "Monitors have recorded 35 cluster bomb attacks on Rastan and Talbiseh since Russia "
        "began its campaign on 30 September. Jets struck Talbiseh on Monday."
    )
    assert places(text, finder, date(2015, 11, 20)) == ["Talbiseh"]


def test_a_place_struck_repeatedly_since_a_month_is_struck_on_the_day_told_after(finder):
    text = (
        "Hish, a village of farmers in Idlib province, had been hit repeatedly since March. "
        "On 2 May, a missile struck the courtyard of its school, killing two pupils."
    )
    assert [
        (ev.place_as_written, str(ev.event_date)) for ev in events(text, finder, date(2016, 5, 6))
    ] == [("Hish", "2016-05-02")]


def test_a_place_described_in_an_area_is_what_it_was_hit_points_back_at(finder):
    text = (
        "Hish, a village in the southern Idlib countryside, has a single clinic. On Tuesday "
        "it was hit by two air strikes, killing a nurse."
    )
    assert places(text, finder, date(2016, 5, 6)) == ["Hish"]


def test_a_witness_in_a_place_when_the_aircraft_came_tells_it_struck(finder):
    text = '"We were in the vegetable market of Kafr Batna when the helicopters came," he said.'
    assert places(text, finder, date(2016, 3, 2)) == ["Kafr Batna"]
    # A place named after the clause is the one struck, not the witness's.
    other = "I was at work in Kafr Batna when the jets struck Saqba on Monday."
    assert places(other, finder, date(2016, 3, 2)) == ["Saqba"]


def test_the_press_spelling_abyan_of_a_western_aleppo_village_is_known(finder):
    text = "Regime helicopters hit the village of Abyan Samaan in the western countryside today."
    assert places(text, finder, date(2016, 10, 3)) == ["Abyan Samaan"]


def test_the_area_of_a_governorate_around_a_finer_struck_place_is_a_hint(finder):
    text = (
        "The ministry said its jets had destroyed depots in the Hama area on Monday, among "
        "them one near Kafr Zita."
    )
    assert places(text, finder, date(2016, 4, 13)) == ["Kafr Zita"]


def test_a_resident_set_off_by_an_apposition_speaks_as_the_activists(finder):
    text = 'A resident of Kafr Batna, reached by phone, said: "Jets struck Hamouria on Tuesday."'
    assert [ev.claimant for ev in events(text, finder, date(2016, 1, 14))] == ["activists"]


# -- the seventy-third set's families ---------------------------------------------


def test_a_labelled_sections_own_relative_day_keeps_it_over_a_later_date(finder):
    text = (
        "Daraa province: Warplanes carried out raids this morning on areas in the town of "
        "Busra al-Harir. Clashes continue near the town of Atman, which the regime forces "
        "took yesterday, 20/06/2016."
    )
    dated = [(ev.place_as_written, ev.event_date) for ev in events(text, finder, date(2016, 6, 21))]
    assert dated == [("Busra al-Harir", date(2016, 6, 21))]


def test_a_day_told_in_one_governorates_section_does_not_date_the_next(finder):
    text = (
        "Homs province: The toll of the massacre committed by the warplanes on Tuesday in the "
        "town of Talbiseh rose to 7.\n\n"
        "Daraa province: Warplanes carried out several raids on areas in the town of Nawa."
    )
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 6, 23))}
    assert dated == {"Talbiseh": date(2016, 6, 21), "Nawa": date(2016, 6, 23)}


def test_targets_listed_after_the_strikes_that_counted_them_are_struck(finder):
    text = (
        "The defence ministry said its bombers had flown 30 sorties on Friday, destroying 41 "
        "Islamic State targets. They included an arms depot near Mahin and a camp near "
        "al-Sukhnah, it said."
    )
    found = [(ev.place_as_written, ev.claimed_target) for ev in events(text, finder)]
    assert found == [("Mahin", "isis"), ("al-Sukhnah", "isis")]


def test_a_facility_struck_is_placed_by_the_next_sentence_naming_it_again(finder):
    text = (
        "Rescuers said a barrel bomb fell beside a bakery early on Sunday. The bakery, in the "
        "town of Binnish, had just reopened; two bakers were wounded."
    )
    found = [(ev.place_as_written, ev.event_date, ev.actor) for ev in events(text, finder)]
    assert found == [("Binnish", date(2016, 2, 7), "regime")]
    # Another noun in the next sentence names no facility of the strike's.
    other = "Jets bombed a bakery early on Sunday. The ovens, in Binnish, had just been fixed."
    assert places(other, finder) == []


def test_the_places_of_a_toll_after_strikes_naming_none_are_struck(finder):
    text = (
        "Warplanes pounded rebel-held towns south of the city on Friday. Rescuers said 23 "
        "people were killed, most of them in Kafr Nabl and Hass."
    )
    found = [(ev.place_as_written, ev.claimant, ev.claimed_target) for ev in events(text, finder)]
    assert found == [
        ("Kafr Nabl", "civil_defence", "civilians"),
        ("Hass", "civil_defence", "civilians"),
    ]


def test_a_single_us_official_speaks_for_the_government(finder):
    text = "A senior U.S. official said Russian jets had bombed a clinic in Binnish on Tuesday."
    assert [ev.claimant for ev in events(text, finder)] == ["governments"]


def test_unmarked_jets_in_a_statement_going_on_are_the_speaking_armys(finder):
    text = (
        "Artillery hit 90 targets overnight, the Turkish General Staff said. Separately, jets "
        "destroyed three Daesh shelters in the village of Tal Jijan on Sunday."
    )
    assert [ev.actor for ev in events(text, finder)] == ["coalition"]


def test_the_towns_own_outskirts_struck_after_its_speakers_make_it_near(finder):
    text = "Activists in Hass said helicopters dropped barrel bombs on the town's eastern edge."
    found = [(ev.place_as_written, ev.place_relation) for ev in events(text, finder)]
    assert found == [("Hass", "near")]


def test_the_objective_of_an_attack_fighters_are_massing_for_is_not_struck(finder):
    text = (
        "The air force bombed Nusra gatherings in Kafr Hamra on Sunday, where the militants were "
        "massing for an attack on Layramoun."
    )
    assert places(text, finder) == ["Kafr Hamra"]


def test_update_lines_with_a_dotted_date_and_a_dashed_time_head_posts(finder):
    text = (
        "Update 14.11.2016 – 09:10\n"
        "Warplanes struck a market in Hass in the afternoon, rescuers said.\n\n"
        "Update 12.11.2016 – 18:40\n"
        "Rescuers said jets struck Kafr Nabl overnight."
    )
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 11, 14))}
    assert dated == {"Hass": date(2016, 11, 14), "Kafr Nabl": date(2016, 11, 11)}


def test_the_east_or_west_of_a_governorate_struck_is_inside_it(finder):
    text = "The ministry said its jets had hit militants in the east of Homs province on Sunday."
    found = [(ev.place_as_written, ev.place_relation) for ev in events(text, finder)]
    assert found == [("Homs province", "in")]


def test_a_man_killed_by_raids_is_a_civilian_victim(finder):
    text = "Warplanes carried out raids on the town of Kafr Nabl on Sunday, killing a man."
    assert [ev.claimed_target for ev in events(text, finder)] == ["civilians"]


def test_a_civilian_facility_damaged_in_the_next_sentence_is_the_target(finder):
    text = (
        "Air strikes were reported on Hass and Kafr Nabl on Sunday. A school in Hass was damaged."
    )
    found = {ev.place_as_written: ev.claimed_target for ev in events(text, finder)}
    assert found == {"Hass": "civilians", "Kafr Nabl": "unspecified"}


# -- the seventy-seventh set's families -------------------------------------------


def test_a_tag_line_with_bars_dates_the_post_below_it(finder):
    text = (
        "#Idlib | Tuesday 12 April 2016 | 20:10\n"
        "Warplanes bombed the market of Saraqeb this afternoon.\n\n"
        "#Maarat_al_Numan | Monday 11 April 2016 | 08:30\n"
        "A teacher from Kafr Nabl was arrested by a faction yesterday.\n"
    )
    (ev,) = events(text, finder, date(2016, 4, 13))
    assert (ev.place_as_written, ev.event_date) == ("Saraqeb", date(2016, 4, 12))


def test_posts_that_cite_no_one_speak_for_the_network_the_source_line_names(finder):
    text = (
        "#Idlib | Tuesday 12 April 2016 | 20:10\n"
        "Warplanes bombed the market of Saraqeb this afternoon, killing four.\n\n"
        "#Idlib | Monday 11 April 2016 | 08:30\n"
        "Jets struck a school in Binnish this morning.\n"
    )
    doc = Document("t", "t.txt", text, date(2016, 4, 13), source="a local activist network's posts")
    found = extract_events(doc, finder)
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [
        ("Saraqeb", "activists"),
        ("Binnish", "activists"),
    ]


def test_the_bulleted_headlines_under_a_previous_posts_line_tell_other_stories(finder):
    text = (
        "Jets bombed the market of Saraqeb this afternoon, killing four.\n\n"
        "Earlier posts:\n"
        "- Idlib Voices: a faction arrests a teacher in Binnish over a poem\n"
        "- Idlib Voices: Russian raids on the town of Kafr Nabl and the village of Hass kill "
        "seven on Sunday, 10 April, while the helicopters of the regime drop barrels on\n"
    )
    assert places(text, finder, date(2016, 4, 12)) == ["Saraqeb"]
    # A report's own sentence opening on the same words is no list.
    told = "Jets bombed Saraqeb on Monday.\nEarlier reports said jets also bombed Kafr Nabl.\n"
    assert places(told, finder, date(2016, 4, 12)) == ["Saraqeb", "Kafr Nabl"]


def test_the_villages_movers_come_from_and_the_places_they_flee_to_are_not_struck(finder):
    text = (
        "Hundreds of families from the villages of Kafr Sajna and Hish are fleeing towards "
        "Atmeh and the Turkish border, fearing more raids, as the regime and Russian "
        "warplanes bombed the market of Khan Shaykhun this morning."
    )
    assert places(text, finder, date(2016, 4, 12)) == ["Khan Shaykhun"]


def test_a_city_opening_the_sentence_holds_the_place_written_as_its_neighbourhood(finder):
    text = "In Hama city, regime warplanes fired rockets at areas in al-Qusour neighbourhood."
    assert places(text, finder, date(2016, 3, 22)) == ["al-Qusour"]


def test_strikes_told_as_earlier_this_month_are_no_strike_of_a_day(finder):
    text = (
        "Jets struck Tal Tamr on Sunday. Rescuers had counted earlier this month 40 dead in "
        "raids on the markets of Manbij and al-Bab."
    )
    assert places(text, finder, date(2016, 3, 22)) == ["Tal Tamr"]
    # The month after the strike dates something else, not the strike.
    told = "Jets stepped up raids on Tal Tamr as the push begun earlier this month stalled."
    assert places(told, finder, date(2016, 3, 22)) == ["Tal Tamr"]


def test_a_drone_is_a_word_of_air_war_for_a_weak_strike_word(finder):
    text = "A drone believed to be American targeted a motorcycle in Maskanah on Sunday."
    assert places(text, finder, date(2016, 3, 22)) == ["Maskanah"]


def test_an_area_opening_the_sentence_is_the_setting_of_a_strike_on_a_road_between_two_towns(
    finder,
):
    text = (
        "In Aleppo countryside, a coalition drone hit a pickup truck on the road between "
        "Manbij and Jarablus on Friday."
    )
    assert places(text, finder, date(2016, 3, 22)) == []


def test_each_place_ground_forces_move_from_is_where_they_set_out(finder):
    text = (
        "Coalition jets struck near Tal Abyad on Sunday to cover the Kurdish fighters as they "
        "move south from Suluk and Ain Issa."
    )
    assert places(text, finder, date(2016, 2, 20)) == ["Tal Abyad"]


def test_drivers_whose_death_a_monitor_counts_are_civilians(finder):
    text = "Monitors counted the death of four drivers in Russian raids on trucks near Tabqa today."
    assert [ev.claimed_target for ev in events(text, finder)] == ["civilians"]


def test_a_compass_part_of_a_governorate_struck_alone_is_the_governorate_struck(finder):
    (ev,) = events("On Sunday regime jets bombed the eastern Homs countryside.", finder)
    assert (ev.place_as_written, ev.place_relation) == ("Homs", "in")
    assert ev.offset_bearing == 90.0


def test_pro_government_outlets_are_state_media(finder):
    text = "Russian jets struck Tal Rifaat on Monday, pro-government outlets reported."
    assert [ev.claimant for ev in events(text, finder)] == ["state_media"]


def test_the_likelihood_of_strikes_is_no_strike(finder):
    text = "We judge the risk of heavier air strikes on Darayya and Douma next month to be high."
    assert places(text, finder) == []


def test_strikes_that_have_repeatedly_hit_a_place_since_a_day_are_a_habit(finder):
    text = (
        "Since the fall of Palmyra on 20 May, coalition jets have repeatedly struck the "
        "roads around al-Sukhnah."
    )
    assert places(text, finder, date(2015, 7, 1)) == []
    dated = "Since dawn on Monday, jets have repeatedly struck al-Sukhnah, killing four."
    assert places(dated, finder, date(2015, 7, 1)) == ["al-Sukhnah"]
    told = "Coalition jets have repeatedly struck al-Sukhnah, and hit it again on Monday."
    assert places(told, finder, date(2015, 7, 1)) == ["al-Sukhnah"]


def test_a_newspaper_dateline_in_capitals_before_a_colon_is_where_the_copy_was_filed(finder):
    text = (
        "HOMS: Air strikes on rebel-held villages north of the city killed nine people on "
        "Monday, activists said. Government jets also hit Talbiseh."
    )
    assert places(text, finder, date(2016, 3, 22)) == ["Talbiseh"]
    # Lines each opening with a place in capitals label the lines by place.
    posts = "SARAQEB: Jets struck the market at noon.\nBINNISH: Jets struck the school."
    assert places(posts, finder, date(2016, 3, 22)) == ["SARAQEB", "BINNISH"]


def test_a_family_from_a_place_comes_from_it(finder):
    text = (
        "An air strike on a mosque in Jisr al-Shughur killed two members of a family from Ariha "
        "on Friday, rescuers said."
    )
    assert places(text, finder, date(2016, 3, 22)) == ["Jisr al-Shughur"]


def test_nearby_after_and_is_an_adjective_of_the_place_itself(finder):
    text = "Government jets struck Saqba and nearby Hamouriyeh on Monday, killing six civilians."
    found = {ev.place_as_written: ev.place_relation for ev in events(text, finder)}
    assert found == {"Saqba": "in", "Hamouriyeh": "in"}


def test_a_defence_ministry_named_by_its_capital_speaks_for_that_government(finder):
    text = (
        "The aircraft struck an IS fighting position near Hajin on Sunday, Defence in "
        "Canberra said."
    )
    assert [ev.claimant for ev in events(text, finder)] == ["governments"]


def test_a_place_name_opening_a_byline_is_the_writers_given_name(finder):
    text = (
        "Jets pound Idlib town as talks stall\n\n"
        "Rescuers say the raids flattened homes in the rebel-held town\n\n"
        "By Salma Haddad | March 10, 2016 | 3 min read\n\n"
        "Warplanes struck Saraqeb on Tuesday, rescuers said."
    )
    assert places(text, finder, date(2016, 3, 10)) == ["Saraqeb"]


def test_a_word_after_a_captions_number_opens_its_sentence(finder):
    text = "3/5 Rubble fills a street of Binnish after barrel bombs fell on 08/03/2016."
    assert places(text, finder, date(2016, 3, 10)) == ["Binnish"]


def test_the_army_speaking_with_no_country_is_syrias_and_its_jets_the_regimes(finder):
    text = "Rebels seized Tell Malah; the army said its jets hit rebel columns near Kafr Zita."
    found = events(text, finder, date(2016, 3, 10))
    assert [(ev.place_as_written, ev.claimant, ev.actor) for ev in found] == [
        ("Kafr Zita", "state_media", "regime")
    ]
    # The army of a country named before it is that country's.
    told = "Turkish Army tanks shelled the YPG. The army said its jets hit sites near Tal Rifaat."
    assert [ev.claimant for ev in events(told, finder, date(2016, 3, 10))] == ["governments"]


def test_the_syrian_army_for_its_part_says_speaks_as_the_army(finder):
    text = (
        "Activists blamed Russia for the raid on Erbin. The Syrian army, for its part, says it "
        "targeted rebel positions on the edge of Zamalka today."
    )
    found = events(text, finder, date(2016, 3, 10))
    assert [ev.claimant for ev in found if ev.place_as_written == "Zamalka"] == ["state_media"]


def test_the_two_air_forces_named_together_do_not_tell_whose_struck(finder):
    text = "Russian and Syrian jets bombed the village of Kafr Hamra on Tuesday, residents said."
    assert [ev.actor for ev in events(text, finder)] == ["unknown"]


def test_aircraft_that_worked_over_positions_struck_them(finder):
    text = "Government jets worked over rebel trenches in Kafr Zita on Friday."
    assert places(text, finder, date(2016, 6, 14)) == ["Kafr Zita"]
    # Work done over a span of days strikes nothing.
    told = "Jets flew overhead as engineers worked over the weekend to mend the bridge in Hama."
    assert places(told, finder, date(2016, 6, 14)) == []


def test_where_a_struck_convoy_set_out_and_was_bound_for_are_no_struck_places(finder):
    text = (
        "On Monday, a column of rebel trucks leaving Binnish for the Hama front was hit by jets "
        "near Sarmin."
    )
    assert places(text, finder, date(2016, 6, 14)) == ["Sarmin"]
    # A convoy struck as it left, its way on untold, is struck there.
    left = "Russian jets struck an ISIS convoy leaving Raqqa on Monday."
    assert places(left, finder, date(2016, 6, 14)) == ["Raqqa"]


def test_aircraft_that_bomb_in_a_chronology_s_present_tense_strike(finder):
    text = "March 4: Government helicopters bomb Talbiseh, killing six."
    assert places(text, finder, date(2016, 12, 30)) == ["Talbiseh"]


def test_a_day_written_alone_takes_the_month_of_its_chronology_heading(finder):
    text = "MARCH\nTroops advance in the north. On the 9th, jets struck Kafr Takharim.\n"
    found = events(text, finder, date(2016, 12, 20))
    assert [ev.event_date for ev in found] == [date(2016, 3, 9)]


def test_a_day_of_the_month_in_words_may_write_out_the_word_day(finder):
    text = (
        "On or about the ninth day of November 2015, aircraft struck the village of Kafr Takharim."
    )
    found = events(text, finder, date(2016, 6, 1))
    assert [ev.event_date for ev in found] == [date(2015, 11, 9)]


def test_the_numbered_lines_under_a_heading_of_cited_works_tell_no_strike(finder):
    text = (
        "Jets struck Saraqib on Monday.\n\nReferences\n"
        '1. "Raids on Ariha kill ten", news agency, 2 May 2016.\n'
        '2. "Jets hit Binnish market", monitor report, 3 May 2016.\n'
    )
    assert places(text, finder, date(2016, 5, 10)) == ["Saraqib"]


def test_the_government_air_force_is_the_regime_s(finder):
    text = (
        "Rescuers said the government air force bombed Kafr Takharim on Monday; Russia denied "
        "flying there."
    )
    assert [ev.actor for ev in events(text, finder, date(2016, 5, 10))] == ["regime"]


def test_a_title_s_place_the_body_calls_a_region_is_the_area_of_the_places_struck(finder):
    text = (
        "Turkish jets bomb villages of Tal Rifaat\n\n"
        "Turkish jets struck the villages of Kafr Naya and Herbel in the Tal Rifaat region on "
        "Friday."
    )
    assert places(text, finder, date(2016, 10, 22)) == ["Kafr Naya", "Herbel"]


def test_a_title_s_place_near_struck_towns_the_body_names_unstruck_only_locates_them(finder):
    text = (
        "Russian jets back army push north of Hama\n\n"
        "* Monitor says jets hit towns near Saraqib highway\n\n"
        "Russian jets struck Kafr Naya and Herbel on Thursday, the Observatory said. Troops "
        "were fighting rebels near Saraqib."
    )
    doc = Document("t", "t.txt", text, date(2016, 10, 22), title=text.splitlines()[0])
    assert [ev.place_as_written for ev in extract_events(doc, finder)] == ["Kafr Naya", "Herbel"]


def test_a_comma_parts_two_names_a_gazetteer_spelling_joins(finder):
    text = "Helicopters dropped barrel bombs on Kafr Naseh, al-Atareb and Kafr Nouran on Sunday."
    assert places(text, finder, date(2016, 9, 25)) == ["Kafr Naseh", "al-Atareb", "Kafr Nouran"]


def test_the_rescue_group_saying_is_the_civil_defence(finder):
    text = "Jets hit the clinic in Kafr Naya on Friday, wounding two nurses, the rescue group said."
    assert [ev.claimant for ev in events(text, finder, date(2016, 10, 22))] == ["civil_defence"]


def test_russia_announcing_speaks_as_its_ministry(finder):
    text = (
        "Russia announced on Friday the launch of an operation in Hama province, saying its "
        "bombers had hit arms depots there."
    )
    assert [ev.claimant for ev in events(text, finder, date(2016, 10, 22))] == ["russian_mod"]


def test_an_apposition_after_a_speaker_s_name_says_what_kind_of_body_it_is(finder):
    text = (
        "Jets hit the hospital in Kafr Naya on Friday, the Idlib Medical Society, a medical "
        "charity, said."
    )
    assert [ev.claimant for ev in events(text, finder, date(2016, 10, 22))] == ["rights_groups"]


def test_a_day_dates_the_strike_told_as_what_left_the_place_it_found(finder):
    text = (
        "On Wednesday 12 October rescuers pulled four bodies from a house in Kafr Naya after "
        "it was hit by an air strike."
    )
    found = events(text, finder, date(2016, 10, 22))
    assert [ev.event_date for ev in found] == [date(2016, 10, 12)]


def test_a_list_s_next_place_after_a_comma_is_no_apposition_describing_the_first(finder):
    text = (
        "Jets pounded rebel-held areas on Sunday, hitting Kafr Naya, Herbel and Tal Rifaat "
        "and killing nine civilians, activists said."
    )
    found = events(text, finder, date(2016, 9, 20))
    assert [ev.claimed_target for ev in found] == ["civilians"] * 3


def test_the_area_a_ground_attack_set_out_from_is_no_struck_place(finder):
    text = (
        "For the tenth day, Russian aircraft have not approached Hama. This morning, terrorists "
        "of Jund al-Aqsa launched a massive attack on the northern districts of Hama from the "
        "area of Kafr Naya and Herbel."
    )
    assert not {"Kafr Naya", "Herbel"} & set(places(text, finder, date(2016, 10, 22)))


def test_a_column_struck_while_moving_near_a_place_is_struck_near_it(finder):
    text = (
        "On Monday, Syrian jets delivered strikes on a column of militant pick-up trucks moving "
        "near Tal Rifaat, destroying three."
    )
    found = events(text, finder, date(2016, 10, 22))
    assert [(ev.place_as_written, ev.place_relation) for ev in found] == [("Tal Rifaat", "near")]


def test_a_voice_opening_a_clause_after_and_claims_the_places_it_names(finder):
    text = (
        "Activists said helicopters dropped barrel bombs on Kafr Naya on Monday, and the civil "
        "defence said its teams could not reach several sites in Herbel because of the raids."
    )
    found = events(text, finder, date(2016, 10, 22))
    assert [ev.claimant for ev in found] == ["activists", "civil_defence"]


def test_an_attack_fighters_launch_themselves_is_the_ground_s(finder):
    text = (
        "For the tenth day, Russian aircraft have not approached Hama. This morning, terrorists "
        "of Jund al-Aqsa and groups allied to them launched a massive attack on the northern "
        "districts of Hama."
    )
    assert places(text, finder, date(2016, 10, 22)) == []


def test_isis_written_as_a_word_is_a_side_on_the_ground_before_a_strike_word(finder):
    text = (
        "Russian jets struck Kafr Naya on Monday. The road runs through ground that Isis can "
        "raid at will, and the villages along it, Herbel and Morek, are empty."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Kafr Naya"]


def test_aircraft_that_levelled_trenches_struck_the_place(finder):
    text = (
        "Russian jets flew ahead of the column. On Monday they levelled rebel trenches at "
        "Kafr Naya."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Kafr Naya"]


def test_a_cleft_from_a_place_names_where_aircraft_came_from(finder):
    text = (
        "Jets struck Kafr Naya on Monday; it was from Tabqa that the pilots who hit the town "
        "had flown."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Kafr Naya"]


def test_a_governorate_placing_an_unstruck_place_is_no_struck_place(finder):
    text = (
        "Helicopters struck Kafr Naya on Tuesday. The army, in cooperation with the air force, "
        "foiled an infiltration in the direction of Morek town in Hama northern countryside, "
        "where gunmen had been trying to attack the army posts."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Kafr Naya"]


def test_an_analyst_at_a_named_institute_speaks_as_the_analysts(finder):
    text = "Jets struck Kafr Naya on Monday, an analyst at the Middle East Institute said."
    assert [ev.claimant for ev in events(text, finder, date(2016, 2, 10))] == ["analysts"]


def test_the_coalition_saying_after_an_aside_speaks_for_itself(finder):
    text = "The coalition, in turn, said it had struck an ISIS checkpoint near Manbij on Monday."
    assert [ev.claimant for ev in events(text, finder, date(2016, 2, 10))] == ["coalition"]


def test_a_release_s_dashed_lines_take_the_day_of_its_lead(finder):
    text = (
        "On March 3, Coalition military forces conducted 6 strikes in Syria using fighter "
        "and remotely piloted aircraft.\n\n"
        "-- Near Manbij, two strikes destroyed an ISIL checkpoint.\n\n"
        "-- Near Al Hawl, one strike struck an ISIL tactical unit.\n"
    )
    found = events(text, finder, date(2016, 3, 5))
    assert [ev.event_date for ev in found] == [date(2016, 3, 3)] * 2


def test_one_place_struck_on_two_written_days_running_is_two_strikes(finder):
    text = (
        "On 3 March, coalition aircraft struck an ISIL checkpoint near Manbij.\n\n"
        "Additionally, on 2 March, coalition aircraft struck an ISIL depot near Manbij.\n"
    )
    found = events(text, finder, date(2016, 3, 5))
    assert sorted(ev.event_date for ev in found) == [date(2016, 3, 2), date(2016, 3, 3)]


def test_the_outlet_s_correspondent_told_last_speaks_not_the_group_struck(finder):
    text = (
        "Turkish jets bombed positions of the Jarablus Military Council in Kafr Naya on Monday, "
        "our channel's correspondent reported."
    )
    assert [ev.claimant for ev in events(text, finder, date(2016, 11, 25))] == ["reporter"]


def test_the_side_a_place_was_taken_from_is_no_claimed_target(finder):
    text = (
        "Turkish jets struck farms in Kafr Naya on Monday, in the areas liberated from ISIS "
        "last summer."
    )
    assert [ev.claimed_target for ev in events(text, finder, date(2016, 11, 25))] == ["unspecified"]


def test_the_second_capital_of_a_pair_a_side_deals_with_is_its_government(finder):
    text = (
        "The coalition, which says it does not coordinate with Tehran or Damascus, said two of "
        "its air strikes near Manbij on Friday had destroyed an ISIS depot."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Manbij"]


def test_a_region_struck_on_no_day_of_its_own_gives_way_to_dated_places_in_it(finder):
    text = (
        "Russian jets kept up their strikes on rebel positions in the Ghab plain.\n\n"
        "On Monday, jets struck Kafr Nabudah and Qalaat al-Madiq, the ministry said.\n"
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Kafr Nabudah", "Qalaat al-Madiq"]


def test_a_verb_of_saying_after_a_comma_opens_no_apposition_on_the_name_before(finder):
    text = (
        "The coalition, which does not coordinate with Moscow, said two of its air strikes near "
        "Manbij on Friday had destroyed an ISIS depot."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Manbij"]


# -- the eighty-fifth set's families ------------------------------------------------


def test_a_medical_union_named_the_other_way_round_speaks_as_activists(finder):
    text = (
        "A field hospital in Kafr Nabl was hit by an air strike on Monday, the Union of "
        "Medical Care and Relief Organizations said."
    )
    assert [ev.claimant for ev in events(text, finder, date(2016, 5, 10))] == ["activists"]


def test_a_count_of_days_counts_from_the_day_its_own_sentence_names(finder):
    text = (
        "A bakery in Ariha was bombed on Saturday.\n\n"
        "On Monday, jets struck a school in Taftanaz, and two days later a mosque in Binnish "
        "was hit, rescuers said."
    )
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 5, 10))}
    assert found["Taftanaz"] == date(2016, 5, 9)
    assert found["Binnish"] == date(2016, 5, 11)


def test_an_attack_turned_back_in_a_second_thing_said_is_the_ground_s(finder):
    text = (
        "The state agency said on Monday that jets had destroyed terrorist hideouts in Kafr "
        "Nabudah, and that the army had repelled an attack near Suqaylabiyah, a town that "
        "hears the jets every night."
    )
    found = events(text, finder, date(2016, 5, 10))
    assert [ev.place_as_written for ev in found] == ["Kafr Nabudah"]
    assert found[0].claimed_target == "unspecified"


def test_what_fighters_did_days_before_is_not_what_the_strike_hit(finder):
    text = (
        "State media said jets had destroyed terrorist dens in Kafr Nabudah on Monday, two "
        "days after rebels stormed the village, and that the army had restored calm."
    )
    assert [ev.claimed_target for ev in events(text, finder, date(2016, 5, 10))] == ["unspecified"]


def test_strikes_a_ground_push_followed_name_the_positions_they_hit(finder):
    text = (
        "The assault was preceded by dozens of air strikes by the Syrian Arab Air Force on the "
        "insurgents' positions in Kafr Nabudah and al-Habit."
    )
    assert places(text, finder, date(2016, 5, 10)) == ["Kafr Nabudah", "al-Habit"]


def test_strikes_backing_a_push_with_no_object_stay_the_push_s(finder):
    text = "Rebels, backed by Turkish air strikes, captured al-Rai on Sunday."
    assert places(text, finder, date(2016, 5, 10)) == []


def test_a_doctor_s_title_and_given_name_before_his_family_name_is_no_place(finder):
    text = (
        "Jets struck a field hospital in Kafr Nabl on Monday. Its chief surgeon, Dr Hassan "
        "Khattab, said the building had been hit twice."
    )
    assert places(text, finder, date(2016, 5, 10)) == ["Kafr Nabl"]


def test_a_raid_told_as_last_month_s_names_no_strike_of_a_day(finder):
    text = (
        "Regime helicopters dropped barrel bombs on Kafr Nabl on Monday.\n\n"
        "A teacher was buried today. She had been hurt in the raid on Ariha last month."
    )
    assert places(text, finder, date(2016, 5, 10)) == ["Kafr Nabl"]


def test_a_count_of_days_after_a_comma_does_not_date_the_strike_before_it_from_the_last(finder):
    text = (
        "Jets struck Sarmin overnight, rescuers said.\n\n"
        "The ministry said its bombers had hit 40 targets, two days after a frigate fired cruise "
        "missiles at targets in the east.\n\n"
        "The targets included a fuel depot in Kafr Takharim, the ministry said."
    )
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2015, 11, 20))}
    assert dated == {"Sarmin": date(2015, 11, 19), "Kafr Takharim": date(2015, 11, 20)}


def test_a_target_listed_after_a_semicolon_goes_on_with_the_verb_before_it(finder):
    text = (
        "In Idlib province, the ministry said, Su-34s destroyed an arms depot in Kafr Takharim; "
        "in Aleppo province, a militant camp near Hreitan."
    )
    assert places(text, finder, date(2015, 11, 20)) == ["Kafr Takharim", "Hreitan"]


def test_a_clause_after_a_semicolon_with_a_verb_of_its_own_is_not_a_listed_target(finder):
    text = (
        "Su-34s destroyed an arms depot in Kafr Takharim; a camp was later set up near Hreitan "
        "for the displaced."
    )
    assert places(text, finder, date(2015, 11, 20)) == ["Kafr Takharim"]


@pytest.mark.parametrize(
    "text",
    [
        "The army says troops have taken the village of Kafr Uwayd at the northern end of Jabal "
        "al-Zawiya after Russian strikes on Sarmin overnight.",
        "Troops took Kafr Uwayd in Jabal al-Zawiya after Russian strikes on Sarmin.",
    ],
)
def test_a_region_locating_a_place_taken_on_the_ground_is_not_struck(finder, text):
    assert places(text, finder, date(2016, 2, 10)) == ["Sarmin"]


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        ("Government troops take rebel town of Kafr Uwayd, Russian jets strike further west", []),
        ("Rebels storm the army's town of Kafr Uwayd, regime jets bomb Sarmin", ["Sarmin"]),
    ],
)
def test_a_place_taken_before_a_comma_and_aircraft_striking_after_it_is_not_struck(
    finder, text, struck
):
    assert places(text, finder, date(2016, 2, 10)) == struck


def test_rescuers_or_paramedics_killed_in_the_passive_are_civilian_victims(finder):
    text = (
        "Three of the centre's paramedics were wounded when jets struck the square of Kafr "
        "Takharim twice on Monday morning."
    )
    assert [ev.claimed_target for ev in events(text, finder, date(2016, 2, 10))] == ["civilians"]


def test_whose_aircraft_a_clause_after_a_place_blames_struck_that_place(finder):
    text = (
        "Residents said helicopters dropped barrel bombs on Sarmin, and a raid destroyed a "
        "clinic in Kafr Takharim at dawn, which they attributed to Russian aircraft."
    )
    actors = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2016, 2, 10))}
    assert actors == {"Sarmin": "regime", "Kafr Takharim": "russia"}


def test_the_activists_named_after_the_coordination_committees_tell_the_same_strike(finder):
    text = (
        "Regime helicopters dropped barrel bombs on Kafr Takharim on Sunday, the Local "
        "Coordination Committees reported. The activists said a bakery was destroyed."
    )
    assert [ev.claimed_target for ev in events(text, finder, date(2016, 2, 10))] == ["civilians"]


def test_a_header_naming_a_body_with_its_country_first_is_the_report_s_author(finder):
    text = (
        "Syrian Civil Defence | Idlib Directorate\n\n"
        "Since Friday our teams have answered dozens of calls across the province.\n\n"
        "On Saturday warplanes struck Binnish twice, and we pulled six people from the rubble."
    )
    found = events(text, finder, date(2016, 6, 20))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Binnish", "civil_defence")]


def test_the_state_news_agency_named_by_its_owner_is_sana(finder):
    text = (
        "The government's news agency said the air force had destroyed 'terrorist dens' in "
        "Binnish on Sunday."
    )
    assert [ev.claimant for ev in events(text, finder, date(2016, 6, 20))] == ["sana"]


def test_a_casualty_network_counting_its_own_toll_speaks_as_a_rights_group(finder):
    text = (
        "The Idlib Victims Network documented the killing of 40 civilians in May.\n\n"
        "On Monday, May 9, 2016, Russian warplanes fired missiles at Binnish, killing four "
        "civilians."
    )
    assert [ev.claimant for ev in events(text, finder, date(2016, 6, 1))] == ["rights_groups"]


def test_local_health_sources_speak_as_activists(finder):
    text = "Air strikes on Binnish on Sunday killed nine people, according to local medical sources"
    assert [ev.claimant for ev in events(text, finder, date(2016, 6, 20))] == ["activists"]


def test_an_incident_s_heading_line_gives_its_place_and_day_to_the_account_below(finder):
    text = (
        "Our partners recorded six attacks on schools in March.\n\n"
        "2. Kafr Nabudah, northern Hama - 6 March 2016\n"
        "An air strike hit the entrance of a secondary school during lessons, killing two "
        "pupils.\n\n"
        "3. Binnish, Idlib - 9 March 2016\n"
        "Barrel bombs fell beside the girls' school of Binnish at noon.\n"
    )
    found = events(text, finder, date(2016, 4, 1))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Kafr Nabudah", date(2016, 3, 6)),
        ("Binnish", date(2016, 3, 9)),
    ]


def test_a_day_opening_the_sentence_dates_the_strikes_heading_its_clause_of_cause(finder):
    text = (
        "Late on Tuesday, after air strikes on the main square of Binnish, the field hospital "
        "took in 30 wounded."
    )
    found = events(text, finder, date(2016, 6, 23))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Binnish", date(2016, 6, 21))
    ]


def test_shelling_as_the_subject_of_a_strike_word_is_ground_fire(finder):
    text = (
        "Warplanes struck Saraqib on Monday. On Tuesday, government shelling hit a bakery in "
        "Sarmin, killing two."
    )
    assert places(text, finder, date(2016, 5, 12)) == ["Saraqib"]


def test_a_city_whose_last_held_district_is_struck_only_holds_it(finder):
    text = (
        "On Friday an air strike hit a market in Tariq al-Bab, the last rebel-held district "
        "of Aleppo city, killing five."
    )
    assert places(text, finder, date(2016, 12, 12)) == ["Tariq al-Bab"]


def test_where_a_struck_vehicle_was_travelling_to_is_not_struck(finder):
    text = "Warplanes struck Binnish on Monday and hit an aid truck travelling to Sarmin."
    assert places(text, finder, date(2016, 5, 12)) == ["Binnish"]


def test_a_toll_after_an_aside_on_what_went_on_is_the_strike_s_victims(finder):
    text = (
        "Warplanes struck the outskirts of Sarmin on Sunday while the sun was setting, "
        "killing two men."
    )
    assert [ev.claimed_target for ev in events(text, finder, date(2016, 8, 11))] == ["civilians"]


def test_volunteers_counted_as_some_of_a_body_s_own_are_civilian_victims(finder):
    text = "Jets struck Sarmin on Sunday, wounding two of its volunteers."
    assert [ev.claimed_target for ev in events(text, finder, date(2016, 8, 11))] == ["civilians"]


def test_a_village_set_in_apposition_on_a_town_s_edge_is_struck_itself(finder):
    text = (
        "Helicopters dropped barrel bombs on Kafr Nabudah, a village on the town's southern "
        "fringe, on Sunday."
    )
    found = events(text, finder, date(2016, 5, 12))
    assert [(ev.place_as_written, ev.place_relation) for ev in found] == [("Kafr Nabudah", "in")]


def test_aircraft_said_not_to_be_identified_leave_the_strike_unattributed(finder):
    text = (
        "Helicopters dropped barrel bombs on Binnish on Friday.\n\n"
        "Air strikes hit the market of Sarmin on Saturday, killing four. The jets could not be "
        "identified.\n"
    )
    found = events(text, finder, date(2016, 5, 12))
    assert [(ev.place_as_written, ev.actor) for ev in found] == [
        ("Binnish", "regime"),
        ("Sarmin", "unknown"),
    ]


def test_a_building_collapsing_on_people_in_a_place_just_struck_makes_them_its_victims(finder):
    text = (
        "Warplanes struck Binnish and Sarmin on Friday. In Sarmin a school collapsed on the "
        "teachers sheltering inside."
    )
    found = events(text, finder, date(2016, 5, 12))
    assert [(ev.place_as_written, ev.claimed_target) for ev in found] == [
        ("Binnish", "unspecified"),
        ("Sarmin", "civilians"),
    ]


def test_victims_told_after_a_semicolon_are_those_of_their_own_clause_s_place(finder):
    text = (
        "Helicopters dropped barrel bombs on Binnish and Sarmin on Friday. Nobody was hurt in "
        "Binnish; in Sarmin a house collapsed on a family of four."
    )
    found = events(text, finder, date(2016, 5, 12))
    assert [(ev.place_as_written, ev.claimed_target) for ev in found] == [
        ("Binnish", "unspecified"),
        ("Sarmin", "civilians"),
    ]


def test_the_governorate_of_a_place_people_fled_is_not_struck(finder):
    text = (
        "Jets struck Sarmin on Monday. A wedding hall turned into a shelter for people who had "
        "fled the fighting in Jabal al-Turkman in Latakia was bombed at night."
    )
    assert places(text, finder, date(2016, 5, 12)) == ["Sarmin"]


def test_a_ministry_spokesman_named_as_a_title_before_his_name_speaks_for_the_ministry(finder):
    text = (
        "Russian bombers hit 30 targets of the Islamic State in Syria on Monday, the Defence "
        "Ministry in Moscow said on Tuesday.\n\nAmong the targets was a depot near Sarmin, "
        "ministry spokesman Oleg Sidorov said."
    )
    found = events(text, finder, date(2016, 2, 9))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Sarmin", "russian_mod")]


def test_security_restored_with_the_day_told_between_is_a_capture_not_a_strike(finder):
    text = (
        "Army restores security to Kafr Batna, air force destroys terrorists' dens\n\n"
        "Damascus Countryside, SANA - Army units restored on Friday security and stability to "
        "Kafr Batna village and the "
        "farms near it, after killing scores of terrorists and destroying their weapons.\n\n"
        "The air force also struck terrorists' positions in Douma on Friday, a military source "
        "said."
    )
    assert places(text, finder, date(2015, 12, 19)) == ["Douma"]


def test_camps_at_a_place_by_the_border_are_where_the_displaced_go(finder):
    text = (
        "Families fled the fighting towards camps along the Turkish border at Atmeh, after the "
        "bombing of Sarmin on Monday."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Sarmin"]


def test_strikes_a_deal_would_bring_are_no_strikes(finder):
    text = (
        "The fighting in Homs comes as the U.S. and Russia try to agree a deal in Vienna that "
        "would bring a nationwide ceasefire and joint strikes against jihadists."
    )
    assert places(text, finder, date(2016, 2, 10)) == []


def test_a_roundabout_named_after_a_place_is_a_square_of_the_struck_district(finder):
    text = (
        "Regime jets carried out five raids on the Qadam neighbourhood on Monday, concentrated "
        "on the Kanaker roundabout and the market."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Qadam"]


def test_the_russian_military_saying_with_an_adverb_between_speaks_as_the_ministry(finder):
    text = (
        "French jets struck Islamic State targets in Manbij on Monday, the Defence Ministry in "
        "Paris said.\n\nThe Russian military also said on Monday that its bombers had struck IS "
        "targets in al-Bab."
    )
    found = events(text, finder, date(2016, 2, 9))
    assert [(ev.place_as_written, ev.claimant) for ev in found][-1] == ("al-Bab", "russian_mod")


def test_a_share_of_a_campaign_s_strikes_charged_with_no_day_is_no_strike(finder):
    text = (
        "Moscow says its air war, which began on Sept. 30, targets only terrorists, but "
        "rebels say most of its strikes hit civilians in Rastan and Talbiseh."
    )
    assert places(text, finder, date(2015, 11, 20)) == []
    text = "Rebels said most of the Russian air strikes on Tuesday hit Talbiseh."
    assert places(text, finder, date(2015, 11, 20)) == ["Talbiseh"]


def test_a_place_opening_the_sentence_north_of_it_leaves_the_place_struck_near_a_town(finder):
    text = "Meanwhile, south of Hama, jets struck ISIS positions near the town of Talbiseh."
    found = events(text, finder, date(2015, 11, 20))
    assert [(ev.place_as_written, ev.place_relation) for ev in found] == [("Talbiseh", "near")]


def test_the_villages_an_assault_came_from_are_not_struck(finder):
    text = (
        "Jets bombed Talbiseh on Monday, a rebel group said, as it held off an ISIS assault "
        "from the villages of Rastan and Kafr Nabudah, which ISIS took last week."
    )
    assert places(text, finder, date(2015, 11, 20)) == ["Talbiseh"]


def test_a_group_named_after_the_word_rebel_speaks_as_the_rebels(finder):
    text = "Jets struck Talbiseh on Monday, the rebel Hamza Division said."
    assert [ev.claimant for ev in events(text, finder, date(2015, 11, 20))] == ["rebels"]


def test_a_village_the_press_writes_yousef_bek_is_found(finder):
    text = "Turkish jets bombed the village of Yousef Bek near Jarablus on Sunday."
    assert places(text, finder, date(2016, 8, 29)) == ["Yousef Bek"]


def test_strikes_only_supposed_as_the_subject_of_would_are_no_strike(finder):
    text = "More air strikes on Talbiseh and its bakeries could drive thousands out of the town."
    assert places(text, finder, date(2016, 2, 10)) == []
    text = "Air strikes on Talbiseh could have killed 20 people on Monday, rescuers said."
    assert places(text, finder, date(2016, 2, 10)) == ["Talbiseh"]


def test_a_place_the_ground_advance_went_through_is_not_struck(finder):
    text = "Russian jets struck Kafr Nabudah on Monday ahead of the army's push through Habit."
    assert places(text, finder, date(2016, 2, 10)) == ["Kafr Nabudah"]


# -- the ninety-third set's families ----------------------------------------------------


def test_a_capture_quoted_in_the_agency_s_words_is_no_strike(finder):
    text = (
        'An army source told SANA that troops had "restored security and stability" to '
        "Tal Rifaat and that jets had struck terrorist hideouts in Anadan on Sunday."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Anadan"]


def test_the_places_listed_after_where_an_attack_was_launched_from_are_not_struck(finder):
    text = (
        "Russian jets bombed Kafr Nabudah on Monday, and the army launched a ground attack "
        "from the Tal Rifaat and Anadan front towards the rebels."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Kafr Nabudah"]


def test_the_town_points_back_past_a_province_at_the_town_before_it(finder):
    text = (
        "Rastan. The town has been held by local rebels since 2012, and there is no "
        "sign of Islamic State fighters in Homs province. Activists said jets hit the town's "
        "market on Monday."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Rastan"]


def test_a_share_of_the_targets_before_opened_by_among_them_is_struck(finder):
    text = (
        "The ministry said its jets had flown 40 sorties on Monday, hitting 60 targets in the "
        "provinces of Homs and Hama. Among them, it named a weapons depot near Talbiseh."
    )
    found = events(text, finder, date(2016, 2, 10))
    assert ("Talbiseh", date(2016, 2, 8), "near") in [
        (ev.place_as_written, ev.event_date, ev.place_relation) for ev in found
    ]


def test_a_refinery_after_a_comma_goes_on_with_the_list_of_targets(finder):
    text = (
        "On Monday jets destroyed a command post south of Deir ez-Zor, an oil refinery at "
        "Mayadin and ammunition depots near the town of Albu Kamal."
    )
    assert "Albu Kamal" in places(text, finder, date(2016, 2, 10))


def test_a_ghab_village_the_press_writes_al_hwayz_is_found(finder):
    text = "Regime helicopters dropped barrel bombs on al-Hwayz in the Ghab plain on Monday."
    assert places(text, finder, date(2016, 2, 10)) == ["al-Hwayz"]


def test_an_item_among_the_targets_keeps_the_aircraft_of_the_strikes_before(finder):
    text = (
        "Russian jets flew 40 sorties on Monday, hitting 60 targets in the provinces of Homs "
        "and Hama. Among them, the ministry named a depot near Talbiseh, where government "
        "forces are massing."
    )
    found = [
        ev for ev in events(text, finder, date(2016, 2, 10)) if ev.place_as_written == "Talbiseh"
    ]
    assert [ev.actor for ev in found] == ["russia"]


def test_strikes_in_the_same_days_take_the_day_of_the_strikes_told_before(finder):
    text = (
        "The ministry said on Saturday its jets had hit a depot near Tal Rifaat on Thursday."
        "\n\nActivists said warplanes hit Tal Rifaat on Thursday, killing five.\n\nThe ministry "
        "also said it hit targets across Hama province in the same days, naming no towns."
    )
    found = events(text, finder, date(2016, 2, 9))
    assert [ev.event_date for ev in found if ev.place_as_written == "Hama province"] == [
        date(2016, 2, 4)
    ]


def test_no_evidence_of_any_strike_near_a_place_is_a_denial(finder):
    text = (
        "The ministry said its jets hit a depot near Tabqa on Sunday. A US official said the "
        "Pentagon had seen no evidence of any Russian strike near Tabqa."
    )
    found = events(text, finder, date(2016, 2, 10))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Tabqa", "russian_mod")]


# -- the ninety-second set's families ----------------------------------------------------


def test_strikes_told_day_after_day_with_no_day_are_no_strike(finder):
    text = (
        "Look back to the spring. Regime jets pounded Talbiseh and Rastan night after night "
        "until the rebels gave up the road."
    )
    assert places(text, finder, date(2016, 6, 1)) == []
    text = "In mid-May, regime jets pounded Talbiseh night after night."
    assert places(text, finder, date(2016, 6, 1)) == ["Talbiseh"]


def test_a_place_struck_at_least_a_counted_number_of_times_is_a_tally(finder):
    text = (
        "The clinic in Kafr Zita was hit by air strikes at least six times before the doctors "
        "left it in late March."
    )
    assert places(text, finder, date(2016, 6, 1)) == []
    text = "The clinic in Kafr Zita was hit by air strikes at least six times on Sunday."
    assert places(text, finder, date(2016, 6, 1)) == ["Kafr Zita"]


def test_the_aircraft_striking_a_place_as_a_habit_strike_it_again(finder):
    text = (
        "Regime helicopters have bombed Kafr Zita day after day.\n\n"
        "On Sunday, a strike hit the market in Kafr Zita, killing four people, activists said."
    )
    assert [(ev.place_as_written, ev.actor) for ev in events(text, finder, date(2016, 6, 1))] == [
        ("Kafr Zita", "regime")
    ]


def test_the_others_of_a_toll_died_where_the_same_strikes_fell(finder):
    text = (
        "The monitor said the dead included a family killed when an air strike hit a house in "
        "Talbiseh on Monday. Others were killed in Rastan, it said."
    )
    found = events(text, finder, date(2016, 6, 1))
    assert [(ev.place_as_written, ev.claimed_target) for ev in found] == [
        ("Talbiseh", "civilians"),
        ("Rastan", "civilians"),
    ]
    text = "Jets struck Talbiseh on Monday.\n\nOthers were killed in Rastan, the monitor said."
    assert places(text, finder, date(2016, 6, 1)) == ["Talbiseh"]


def test_one_of_the_targets_placed_after_the_strikes_is_struck(finder):
    text = (
        "Russian jets destroyed two weapons depots and a command post on Sunday, the ministry "
        "said. One of the depots was situated near the village of Kafr Zita, it added."
    )
    assert places(text, finder, date(2016, 6, 1)) == ["Kafr Zita"]


def test_a_weapon_deployed_near_a_place_is_launched_from_it(finder):
    text = (
        "A Russian missile battery, positioned near Jableh, also struck ISIS positions in "
        "Mahin on Sunday, the ministry said."
    )
    assert places(text, finder, date(2016, 6, 1)) == ["Mahin"]


# -- the ninety-fourth set's families -------------------------------------------------


def test_a_town_a_headline_says_the_regime_takes_is_not_struck(finder):
    text = (
        "Regime jets bomb villages as army takes Morek\n\n"
        "Regime jets bombed Kafr Zita on Monday, activists said."
    )
    assert places(text, finder) == ["Kafr Zita"]


def test_a_strike_that_took_place_near_a_town_is_no_capture(finder):
    text = "The air strike took place near Talbiseh on Monday, activists said."
    assert places(text, finder) == ["Talbiseh"]


def test_a_distance_after_a_governorate_set_between_commas_locates_the_struck_town(finder):
    text = (
        "Rockets from a warplane hit a clinic in Kafr Nabl, in the southern countryside of "
        "Idlib, some 30 km south of Saraqeb, on Monday."
    )
    assert places(text, finder) == ["Kafr Nabl"]


def test_jets_that_hammered_a_place_struck_it(finder):
    text = "Activists say regime jets hammered the farms around Talbiseh on Monday."
    assert [(ev.place_as_written, ev.place_relation) for ev in events(text, finder)] == [
        ("Talbiseh", "near")
    ]


def test_a_list_line_naming_a_towns_farms_goes_on_with_the_list(finder):
    text = (
        "Regime helicopters struck the following villages on Monday:\n"
        "- Kafr Zita\n- Morek farms\n- Lahaya"
    )
    assert places(text, finder) == ["Kafr Zita", "Morek", "Lahaya"]


def test_where_footage_of_the_raids_was_filmed_from_is_not_struck(finder):
    text = (
        "Russian jets struck Talbiseh on Monday, according to a pro-regime channel, which aired "
        "footage of the raids filmed from a hill near Rastan."
    )
    assert places(text, finder) == ["Talbiseh"]


def test_the_place_of_a_rebel_attack_on_regime_positions_is_not_struck(finder):
    text = "Jets struck Morek on Monday, during a rebel attack on regime positions at Kafr Nabudah."
    assert places(text, finder) == ["Morek"]


def test_an_area_holding_uncounted_villages_struck_below_is_no_event(finder):
    text = (
        "Syrian warplanes bombed opposition-held villages in Syria's Jabal al-Zawiya on Monday, "
        "activists said.\n\nActivists said the jets hit Kansafra and Ehsim on Monday."
    )
    assert places(text, finder) == ["Kansafra", "Ehsim"]
    text = (
        "Activists counted 30 raids on nine towns and villages of the southern Idlib countryside "
        "and Jabal al-Zawiya this week.\n\nSaturday 6 February\n- Syrian jets struck Kansafra."
    )
    assert places(text, finder) == ["Kansafra"]
    text = "Syrian warplanes bombed villages in Jabal al-Zawiya on Monday, activists said."
    assert places(text, finder) == ["Jabal al-Zawiya"]


def test_the_town_a_ground_push_sets_out_from_is_not_struck(finder):
    text = (
        "Russian jets struck Kafr Nabudah on Monday ahead of a pro-regime ground push from the "
        "regime-held town of Suqaylabiyah."
    )
    assert places(text, finder) == ["Kafr Nabudah"]


def test_that_night_points_at_the_day_named_sentences_before_not_the_last_strike(finder):
    text = (
        "Rescuers said the jets hit Kansafra on the 18th.\n\nAhmed left the village with his "
        'family on the 20th. His brother stayed. "We walked at night because in the day you '
        'could hear the planes," he said. "That night the helicopters dropped barrels on Ehsim, '
        'where we had hoped to rest."'
    )
    found = events(text, finder, date(2016, 2, 10))
    assert [(ev.place_as_written, str(ev.event_date)) for ev in found] == [
        ("Kansafra", "2016-01-18"),
        ("Ehsim", "2016-01-20"),
    ]


def test_the_previous_day_s_sorties_are_the_day_before_the_telling(finder):
    text = (
        "Jets hit Rastan on Tuesday. The defence ministry said its aircraft had destroyed "
        "positions near Talbiseh in the previous day's sorties."
    )
    found = events(text, finder, date(2015, 11, 20))
    assert [(ev.place_as_written, str(ev.event_date)) for ev in found] == [
        ("Rastan", "2015-11-17"),
        ("Talbiseh", "2015-11-19"),
    ]


def test_the_home_of_families_sheltering_where_the_strike_fell_is_not_struck(finder):
    text = (
        "On the 18th, jets hit the school in our village, where families from Rastan had been "
        "sleeping."
    )
    assert places(text, finder) == []
    text = "On Monday jets hit a school in Habit, where families from Rastan were sheltering."
    assert places(text, finder) == ["Habit"]


def test_a_numbered_incident_heading_with_a_comma_dates_and_places_its_body(finder):
    text = (
        "Incident notes\n\n"
        "1. Sarmin, 2 May 2016\n"
        "Two missiles struck the main clinic in Sarmin in the morning. A porter was killed.\n\n"
        "2. Taftanaz, night of 6 to 7 May 2016\n"
        "The National Hospital was hit again. A bomb fell in its yard, wounding a guard.\n"
    )
    found = events(text, finder, date(2016, 5, 20))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Sarmin", date(2016, 5, 2)),
        ("Taftanaz", date(2016, 5, 7)),
    ]


def test_a_dateline_with_a_comma_and_no_number_heads_no_incident(finder):
    text = "Gaziantep, 2 May 2016\nTwo missiles struck a clinic in the morning, killing a porter."
    assert places(text, finder, date(2016, 5, 20)) == []


def test_a_landmark_named_after_the_town_before_it_is_no_second_place(finder):
    text = "Jets struck the Homs National Hospital on Monday, killing two nurses."
    assert places(text, finder, date(2016, 5, 10)) == ["Homs"]


def test_a_demand_for_an_end_to_the_bombing_tells_no_strike(finder):
    text = "We demand:\n1. An immediate end to the bombing of the villages of Jabal Shashabo."
    assert places(text, finder, date(2016, 5, 10)) == []
    text = "Jets ended the calm with the bombing of Kafr Nabudah on Monday."
    assert places(text, finder, date(2016, 5, 10)) == ["Kafr Nabudah"]


def test_a_toll_of_raids_that_rose_tells_the_raids_not_their_course(finder):
    text = (
        "Warplanes struck Kafr Nabudah this morning. The death toll of yesterday's raids on "
        "the town of Habit rose to 11."
    )
    found = events(text, finder, date(2016, 2, 10))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Kafr Nabudah", date(2016, 2, 10)),
        ("Habit", date(2016, 2, 9)),
    ]
    text = "Regime air strikes on Habit rose for a third week."
    assert places(text, finder, date(2016, 2, 10)) == []


def test_the_regime_s_television_speaks_as_state_media(finder):
    text = (
        "The regime's television claimed on Tuesday that the air force had struck "
        "'terrorist gatherings' in Habit."
    )
    assert [ev.claimant for ev in events(text, finder, date(2016, 2, 10))] == ["state_media"]


def test_a_headline_rejecting_reports_of_a_strike_tells_none(finder):
    text = (
        "Defence ministry rejects reports of strike on Darkush bakery\n\n"
        "The ministry said on Thursday that its aircraft had flown no missions in the area."
    )
    assert places(text, finder, date(2016, 5, 19)) == []


def test_rescuers_telling_a_second_strike_on_the_same_street_speak_of_the_place_told(finder):
    text = (
        "Jets struck the vegetable market in Habit on Sunday, killing 12 people, the "
        "Observatory said. It said the aircraft were believed to be Russian. The Civil Defence "
        "said a second strike hit the same street ten minutes later, wounding two volunteers."
    )
    found = events(text, finder, date(2016, 6, 13))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [
        ("Habit", "sohr"),
        ("Habit", "civil_defence"),
    ]


# -- the ninety-sixth set's families ----------------------------------------------


def test_aircraft_in_an_aside_do_not_make_shelling_a_strike(finder):
    text = (
        "The Kuweires air base, from which army helicopters ferry flour to the encircled "
        "villages of Maskanah and Dibsi Afnan, came under heavy shelling on Tuesday."
    )
    assert places(text, finder, date(2016, 1, 18)) == []
    text = "Maskanah came under shelling from helicopters on Tuesday."
    assert places(text, finder, date(2016, 1, 18)) == ["Maskanah"]


def test_an_oil_field_written_with_field_alone_is_found(finder):
    text = "Coalition jets struck the Tuweinan field on Sunday, destroying a pumping station."
    assert places(text, finder, date(2016, 6, 20)) == ["Tuweinan field"]


def test_the_gas_plant_the_press_names_after_its_first_operator_is_found(finder):
    text = "Russian jets pounded the Conoco gas field on Friday."
    assert places(text, finder, date(2016, 6, 20)) == ["Conoco gas field"]


def test_a_modal_with_its_own_verb_does_not_reach_the_strike_after_it(finder):
    text = "Helicopters whose markings no witness could identify bombed the market of Abu Hamam."
    assert places(text, finder, date(2016, 7, 16)) == ["Abu Hamam"]
    text = "Helicopters could bomb the market of Abu Hamam on Friday."
    assert places(text, finder, date(2016, 7, 16)) == []


def test_a_day_opening_a_statement_is_what_the_previous_day_counts_from(finder):
    text = (
        "On 9 February, the Observatory reported that helicopters had dropped barrel bombs "
        "on Anadan the previous day."
    )
    (ev,) = events(text, finder, date(2016, 2, 12))
    assert ev.event_date == date(2016, 2, 8)


def test_a_strike_told_in_the_clause_of_a_month_with_no_day_is_history(finder):
    text = (
        "The siege has been the tightest since October, when regime helicopters bombed the "
        "bakery of Talbiseh."
    )
    assert places(text, finder, date(2016, 1, 18)) == []
    text = "On Monday, when regime helicopters bombed the bakery of Talbiseh, ten people died."
    assert places(text, finder, date(2016, 1, 18)) == ["Talbiseh"]


# -- the ninety-eighth set's families ------------------------------------------------------


def test_both_struck_points_back_at_the_pair_of_places_before_it(finder):
    text = (
        "Habit and Kafr Nabudah, villages south of Khan Sheikhoun, lie on the front line; "
        "rescuers say both were bombed by helicopters on Friday."
    )
    found = events(text, finder, date(2016, 4, 12))
    assert [(ev.place_as_written, str(ev.event_date)) for ev in found] == [
        ("Habit", "2016-04-08"),
        ("Kafr Nabudah", "2016-04-08"),
    ]
    text = "Habit and Kafr Nabudah lie on the front line. Rescuers say both were bombed on Friday."
    assert places(text, finder, date(2016, 4, 12)) == ["Habit", "Kafr Nabudah"]


def test_a_place_written_with_its_kind_word_before_an_apposition_is_the_one_described(finder):
    text = (
        "Jets struck the Bustan al-Qasr neighbourhood, the last rebel-held district of Aleppo "
        "city, on Monday."
    )
    assert places(text, finder, date(2016, 5, 31)) == ["Bustan al-Qasr"]
    text = (
        "Helicopters bombed the Ghab plain, a rebel-held area about 40 kilometres northwest of "
        "Hama city, on Monday."
    )
    assert places(text, finder, date(2016, 5, 31)) == ["Ghab plain"]


def test_governorates_holding_rebel_held_towns_give_way_to_the_towns_named_struck(finder):
    text = (
        "Rebel groups said government and Russian jets had bombed opposition villages in Idlib "
        "and Latakia provinces dozens of times since a ceasefire began three weeks ago.\n\n"
        "On Friday jets bombed the market of Ariha, and on Saturday helicopters hit Kinsabba."
    )
    assert places(text, finder, date(2016, 3, 14)) == ["Ariha", "Kinsabba"]


def test_the_place_of_a_hospital_the_wounded_were_taken_to_is_not_struck(finder):
    text = (
        "Jets struck the market of Salqin on Monday, rescuers said.\n\nVolunteers took the "
        "wounded to a clinic in Harem, a few kilometres to the north, because the town's own "
        "hospital was put out of service by a strike in January."
    )
    assert places(text, finder, date(2016, 3, 2)) == ["Salqin"]


def test_an_explosion_known_only_by_its_sound_is_no_strike(finder):
    text = (
        "Jets struck Khan Sheikhoun on Monday morning, activists said. In the evening a large "
        "explosion was heard in Maarat al-Numan, and residents heard two explosions in Kafr Nabl."
    )
    assert places(text, finder, date(2016, 3, 2)) == ["Khan Sheikhoun"]
    text = "Residents heard two explosions in Kafr Nabl as Russian jets bombed the town on Monday."
    assert places(text, finder, date(2016, 3, 2)) == ["Kafr Nabl"]


def test_the_aerospace_forces_as_subject_fly_so_a_mortar_after_is_what_they_hit(finder):
    text = (
        "Aircraft of the Russian Aerospace Forces destroyed a terrorist firing position with a "
        "mortar crew near Kafr Nabudah."
    )
    found = events(text, finder, date(2016, 5, 15))
    assert [(ev.place_as_written, ev.actor) for ev in found] == [("Kafr Nabudah", "russia")]


def test_a_place_name_after_said_and_before_a_surname_and_comma_is_a_given_name(finder):
    text = (
        '"The jets came back twice and hit the bakery on Monday," said Salma Haddad, a nurse '
        "at the clinic."
    )
    assert places(text, finder, date(2016, 5, 31)) == []


def test_the_outskirts_of_a_neighbouring_place_are_struck_near_it(finder):
    text = (
        "Jets struck Kafr Nabl on Monday, and helicopters dropped barrel bombs on the outskirts "
        "of neighbouring Hass."
    )
    found = events(text, finder, date(2016, 3, 2))
    assert [(ev.place_as_written, ev.place_relation) for ev in found] == [
        ("Kafr Nabl", "in"),
        ("Hass", "near"),
    ]


def test_the_number_of_strikes_rising_is_a_trend_but_a_toll_of_raids_rising_tells_them(finder):
    trend = (
        "Officials said on Sunday that the number of strikes in Raqqa and Deir ez-Zor provinces "
        "has doubled since the crash of the airliner, which was brought down by a bomb planted "
        "at Qamishli airport."
    )
    assert places(trend, finder, date(2015, 11, 22)) == []
    toll = "The number of dead in yesterday's air raids on the town of Binnish rose to 9."
    assert places(toll, finder, date(2016, 2, 10)) == ["Binnish"]


def test_a_quoted_post_under_its_authors_handle_is_dated_by_its_heading(finder):
    posts = (
        "Activists have posted a stream of messages since the offensive began.\n\n"
        "@north_idlib_news, Monday 8 February, 21:05\n"
        "Russian jets striking Sarmin since dawn. Four raids on the town so far\n\n"
        "@IdlibVoice, Wednesday 10 February, 09:30\n"
    )
    found = events(
        posts + "Now: warplanes hitting Taftanaz. Smoke everywhere", finder, date(2016, 2, 12)
    )
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Sarmin", date(2016, 2, 8)),
        ("Taftanaz", date(2016, 2, 10)),
    ]
    text = posts + "Overnight helicopters dropped barrel bombs on Taftanaz again."
    found = events(text, finder, date(2016, 2, 12))
    assert [ev.event_date for ev in found] == [date(2016, 2, 8), date(2016, 2, 9)]


def test_a_posts_closing_hashtags_are_its_tags_unless_its_clause_waits_for_them(finder):
    text = (
        "@idlib_voice, Monday 8 February, 09:12\n"
        "Russian jets bombing Sarmin since dawn. At least 4 raids on the town so far #Idlib #Russia"
    )
    assert places(text, finder, date(2016, 2, 9)) == ["Sarmin"]
    assert places("Jets bombed #Sarmin #Binnish", finder) == ["Sarmin", "Binnish"]
    text = "Russian jets pounded the market and the bakery in #Sarmin #Binnish"
    assert places(text, finder) == ["Sarmin", "Binnish"]


def test_the_day_weapons_were_launched_dates_what_the_next_sentence_says_they_hit(finder):
    text = (
        "Jets hit Sarmin on Monday, activists said.\n\nThose were launched from a submarine in "
        "the Mediterranean on Tuesday, flying over Lebanon. The ministry says they destroyed "
        "depots in Raqqa province, but it has given no places."
    )
    found = events(text, finder, date(2015, 10, 9))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Sarmin", date(2015, 10, 5)),
        ("Raqqa province", date(2015, 10, 6)),
    ]


def test_a_place_name_between_the_and_family_is_a_surname(finder):
    text = (
        "Neighbours carried out five members of the Saqba family, killed when jets struck their "
        "home on Monday, relatives said."
    )
    assert places(text, finder, date(2015, 10, 9)) == []
    assert places("Jets struck the family homes in Saqba on Monday.", finder) == ["Saqba"]


def test_a_day_of_the_month_with_no_month_named_is_the_month_of_writing(finder):
    text = "Regime jets struck the town of Harem on the 3rd of the month, killing two men."
    found = events(text, finder, date(2016, 4, 6))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [("Harem", date(2016, 4, 3))]


def test_the_place_the_wounded_were_taken_to_in_the_passive_is_not_struck(finder):
    text = (
        "Jets struck the market of Sarmada on Monday, rescuers said, and the injured were "
        "rushed to Dana, to the south."
    )
    assert places(text, finder, date(2016, 3, 2)) == ["Sarmada"]


def test_a_councils_name_in_the_possessive_names_no_place(finder):
    text = (
        "Jets struck Saraqeb on Monday, the head of the Manbij Local Council's relief office said."
    )
    assert places(text, finder, date(2016, 3, 2)) == ["Saraqeb"]


def test_a_family_name_after_a_title_a_given_name_and_a_fathers_name_is_no_place(finder):
    text = (
        "Jets struck Saraqeb on Monday, and Dr Khaled Mahmoud al-Issawi, who runs the clinic, "
        "said four were killed."
    )
    assert places(text, finder, date(2016, 3, 2)) == ["Saraqeb"]


def test_people_of_a_trade_named_by_their_home_villages_are_no_struck_places(finder):
    text = (
        "Jets struck the cattle market of Sarmin on Tuesday, when the traders of Taftanaz and "
        "Binnish sell their sheep, rescuers said."
    )
    assert places(text, finder, date(2016, 3, 2)) == ["Sarmin"]


def test_a_district_with_no_article_after_a_place_it_holds_is_no_struck_place(finder):
    text = "Warplanes struck the village of Armanaz, in Harem district, on Monday, activists said."
    assert places(text, finder, date(2016, 3, 2)) == ["Armanaz"]


def test_positions_consolidated_on_the_ground_under_air_cover_are_no_strike(finder):
    text = (
        "Local sources said government troops, backed by Russian jets, had consolidated their "
        "hold on the village of Salma and that the air force bombed the hill of Kabani."
    )
    assert places(text, finder, date(2016, 3, 2)) == ["Kabani"]


def test_a_press_digest_item_headed_by_its_paper_and_day_counts_from_that_day(finder):
    text = (
        "Press review, 12 April\n\n"
        "1. Al-Nahar (Lebanese, daily), 11 April: The paper said that regime helicopters "
        "dropped barrel bombs on the town of Daraya at dawn yesterday."
    )
    found = events(text, finder, date(2016, 4, 12))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [("Daraya", date(2016, 4, 10))]


# -- the hundred-and-first set's families ---------------------------------------------


def test_a_numbered_incident_headed_by_its_day_then_its_place_takes_that_day(finder):
    text = (
        "Incidents\n\n"
        "1. 3 March - Saraqeb, Idlib governorate. An air strike destroyed the ambulance depot "
        "of the town's clinic.\n\n"
        "2. 9 March - Sarmin, Idlib governorate. Jets struck the town's bakery.\n"
    )
    found = events(text, finder, date(2016, 4, 1))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Saraqeb", date(2016, 3, 3)),
        ("Sarmin", date(2016, 3, 9)),
    ]


def test_a_numbered_incident_headed_by_its_day_then_its_place_gives_that_place_to_its_attack(
    finder,
):
    text = (
        "Incidents\n\n"
        "1. 3 March - Saraqeb, Idlib governorate. A field clinic was damaged when an air strike "
        "hit the bakery beside it.\n"
    )
    found = events(text, finder, date(2016, 4, 1))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [("Saraqeb", date(2016, 3, 3))]


def test_an_entry_whose_summary_names_aircraft_striking_is_struck_at_its_location(finder):
    text = (
        "Entries.\n\n"
        "Date: 3 March 2016\n"
        "Location: Saraqeb, Idlib governorate\n"
        "Summary: Syrian helicopters struck the bakery at dawn.\n"
    )
    found = events(text, finder, date(2016, 4, 1))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [("Saraqeb", date(2016, 3, 3))]


def test_a_strike_told_some_winters_or_summers_ago_is_history(finder):
    text = (
        "Jets struck Binnish on Monday, rescuers said. Three summers ago a barrel bomb fell on "
        "the bakery of Taftanaz, and we still remember it."
    )
    assert places(text, finder, date(2016, 3, 2)) == ["Binnish"]


def test_that_same_evening_takes_the_day_the_sentence_before_names(finder):
    text = (
        "Jets struck Binnish last Friday, rescuers said.\n\n"
        "The talks broke down on Tuesday, 13 September. That same evening, a bakery was bombed "
        "in Sarmin."
    )
    found = events(text, finder, date(2016, 9, 28))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Binnish", date(2016, 9, 23)),
        ("Sarmin", date(2016, 9, 13)),
    ]


def test_a_weekday_with_the_nth_names_that_day_of_the_month(finder):
    text = "Helicopters dropped barrel bombs on Sarmin on Tuesday the 13th, rescuers said."
    found = events(text, finder, date(2016, 9, 28))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [("Sarmin", date(2016, 9, 13))]


def test_a_strike_a_few_hours_earlier_than_a_day_told_is_on_that_day(finder):
    text = (
        "Her cousin called from Gaziantep on Thursday evening.\n\n"
        "Jets had struck the market of Sarmin a few hours earlier, she said."
    )
    found = events(text, finder, date(2016, 3, 2))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [("Sarmin", date(2016, 2, 25))]


@pytest.mark.parametrize("opening", ["Hours later", "Within hours", "A few hours later"])
def test_hours_after_a_day_told_are_that_day(finder, opening):
    text = (
        "Jets struck Binnish on Friday, rescuers said.\n\n"
        f"On Monday evening the army said the truce was over. {opening}, activists reported "
        "heavy strikes on Sarmin."
    )
    found = events(text, finder, date(2016, 9, 21))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Binnish", date(2016, 9, 16)),
        ("Sarmin", date(2016, 9, 19)),
    ]


def test_raids_on_farmland_between_two_towns_are_near_both(finder):
    text = "Helicopters bombed farmland between Binnish and Taftanaz on Sunday, activists said."
    found = events(text, finder, date(2016, 2, 10))
    assert [(ev.place_as_written, ev.place_relation) for ev in found] == [
        ("Binnish", "near"),
        ("Taftanaz", "near"),
    ]


def test_strikes_a_side_has_carried_out_this_year_are_no_strike_of_a_day(finder):
    text = (
        "Jets struck Binnish on Monday, rescuers said. Russian jets have also carried out "
        "raids on Saraqeb this year, the group added."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Binnish"]


def test_a_us_posting_line_is_read_month_first_when_only_that_reading_is_by_the_page_date(finder):
    text = (
        "Posted: 11.05.2016 08:30 AM EST\n\n"
        "BEIRUT (AP) - Warplanes struck the market of Saraqeb on Tuesday, rescuers said."
    )
    found = events(text, finder, date(2016, 11, 5))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Saraqeb", date(2016, 11, 1))
    ]


def test_most_of_the_raids_after_raids_told_with_their_day_are_those_raids(finder):
    text = (
        "Warplanes carried out 15 raids on rebel-held villages on Monday, a monitor said.\n\n"
        "The monitor said most of the raids hit Kafr Nabl and Hass, where a school was damaged."
    )
    found = events(text, finder, date(2016, 2, 10))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Kafr Nabl", date(2016, 2, 8)),
        ("Hass", date(2016, 2, 8)),
    ]


def test_a_period_opening_the_clause_of_the_strikes_is_their_window(finder):
    text = (
        "The ministry again raised the raid of 3 March on Tal Rifaat.\n\n"
        "Its spokesman said that since Thursday its bombers had flown 40 sorties against "
        "Islamic State units in the village of Maskanah."
    )
    found = events(text, finder, date(2016, 3, 7))
    assert [(ev.place_as_written, ev.event_date) for ev in found][-1] == (
        "Maskanah",
        date(2016, 3, 7),
    )


def test_shelling_from_positions_on_the_ground_hitting_a_place_is_no_strike(finder):
    text = (
        "Warplanes struck Latamneh on Saturday, a monitor said. On Sunday, shelling from army "
        "positions around Morek hit homes in Kafr Zita, wounding four."
    )
    assert places(text, finder, date(2016, 9, 27)) == ["Latamneh"]


def test_a_region_dated_by_a_window_holds_the_places_struck_on_its_days(finder):
    text = (
        "Between 5 and 8 May, medics in the Jabal al-Zawiya recorded four air strikes near "
        "clinics.\n\n"
        "On 6 May, a missile hit the market of Kafr Nabl, killing a nurse."
    )
    assert places(text, finder, date(2016, 5, 10)) == ["Kafr Nabl"]


def test_a_height_overlooking_a_besieged_place_locates_itself_by_that_place(finder):
    text = "Jets bombed Jabal al-Arbaeen, a hill overlooking the besieged Ariha, on Monday."
    assert places(text, finder, date(2016, 2, 10)) == ["Jabal al-Arbaeen"]


def test_a_towns_own_committee_in_it_speaking_of_strikes_on_the_town_names_it_struck(finder):
    text = (
        "The media committee in Kafr Nabl said helicopters dropped barrel bombs on the town "
        "on Monday."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Kafr Nabl"]


def test_the_bombing_of_a_place_judged_for_what_it_indicates_is_no_strike_of_a_day(finder):
    text = (
        "Jets struck Sarmin on Monday, rescuers said. The renewed bombing of Saraqeb indicates "
        "that the truce of 27 February is over."
    )
    assert places(text, finder, date(2016, 3, 10)) == ["Sarmin"]


def test_a_city_part_beside_its_districts_in_the_same_dated_sentence_is_their_area(finder):
    text = (
        "On Friday, barrel bombs destroyed two schools in eastern Aleppo City, in the "
        "neighbourhoods of al-Shaar and Tariq al-Bab."
    )
    assert places(text, finder, date(2016, 10, 3)) == ["al-Shaar", "Tariq al-Bab"]


def test_ground_forces_doing_a_deed_of_the_ground_are_not_whose_aircraft_struck(finder):
    text = (
        "Russian jets carried out raids on rebel-held villages on Monday, a monitor said. The "
        "monitor said the raids hit Hass, a town that government forces have besieged for a "
        "year."
    )
    found = events(text, finder, date(2016, 2, 10))
    assert [(ev.place_as_written, ev.actor) for ev in found] == [("Hass", "russia")]


def test_an_entry_whose_attacker_field_names_an_air_power_is_struck_on_a_weak_strike_word(
    finder,
):
    text = (
        "Reported incidents of the month.\n\n"
        "Case 12\n"
        "Date: 9 May 2016\n"
        "Location: Saraqeb, Idlib governorate\n"
        "Alleged perpetrator: Russia or Syrian regime\n"
        "Deaths: 3\n"
        "Summary: A workshop was destroyed before dawn. Neighbours dug out the owner.\n"
        "Status: open\n\n"
        "Case 13\n"
        "Date: 10 May 2016\n"
        "Location: Maarat al-Numan, Idlib governorate\n"
        "Alleged perpetrator: pro-government militia\n"
        "Deaths: 1\n"
        "Summary: A checkpoint was destroyed at noon. Its guards fled.\n"
        "Status: open\n"
    )
    found = events(text, finder, date(2016, 6, 1))
    assert [(ev.place_as_written, ev.event_date, ev.actor) for ev in found] == [
        ("Saraqeb", date(2016, 5, 9), "unknown")
    ]


def test_an_entry_whose_attacker_is_the_coalition_tells_an_air_strike_without_an_air_word(
    finder,
):
    text = (
        "Reported incidents of the month.\n\n"
        "Case 14\n"
        "Date: 11 May 2016\n"
        "Location: Suluk, Raqqa governorate\n"
        "Alleged perpetrator: Coalition\n"
        "Deaths: 2\n"
        "Summary: A grain store was destroyed at night. Two guards died.\n"
        "Status: open\n"
    )
    found = events(text, finder, date(2016, 6, 1))
    assert [(ev.place_as_written, ev.event_date, ev.actor) for ev in found] == [
        ("Suluk", date(2016, 5, 11), "coalition")
    ]


def test_places_joined_by_and_in_an_entry_location_field_are_struck_alike(finder):
    text = (
        "Reported incidents of the month.\n\n"
        "Case 15\n"
        "Date: 12 May 2016\n"
        "Location: Binnish and Taftanaz, Idlib governorate\n"
        "Alleged perpetrator: Russia\n"
        "Deaths: 0\n"
        "Summary: Both towns hit in the morning.\n"
        "Status: open\n"
    )
    assert places(text, finder, date(2016, 6, 1)) == ["Binnish", "Taftanaz"]


def test_a_weekday_alone_on_its_line_dates_what_is_told_under_it(finder):
    text = (
        "The week on the front\n\n"
        "Our reporter sums up the army's push.\n\n"
        "Monday\n\n"
        "Jets struck Binnish at dawn, a military source said.\n\n"
        "Thursday:\n\n"
        "Helicopters dropped barrel bombs on Sarmin as the troops closed in.\n"
    )
    found = events(text, finder, date(2016, 3, 4))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Binnish", date(2016, 2, 29)),
        ("Sarmin", date(2016, 3, 3)),
    ]


def test_where_fighters_were_brought_from_is_not_struck(finder):
    text = (
        "Russian jets struck militants near Binnish on Monday, the ministry said. According to "
        "the general, the militants have thrown 600 fighters into the attack, brought from "
        'Sarmin and Taftanaz, "which became possible only after the coalition eased its '
        'pressure."'
    )
    assert places(text, finder, date(2016, 3, 2)) == ["Binnish"]


def test_a_speakers_home_town_told_with_who_is_from_is_not_struck(finder):
    text = (
        "On Sunday, jets struck the bakery of Binnish, according to the local director, "
        "Ahmad Kassem, who is from Taftanaz."
    )
    assert places(text, finder, date(2016, 3, 2)) == ["Binnish"]


def test_an_air_force_written_by_its_abbreviation_is_an_air_word(finder):
    text = "Thursday\n\nThe SyAAF hammered militant depots in Sarmin before noon."
    assert places(text, finder, date(2016, 3, 4)) == ["Sarmin"]


def test_aircraft_named_before_a_ground_arm_keep_the_strike_word_the_airs(finder):
    text = (
        "Jets and the army's artillery pounded Sarmin on Tuesday, a source said. Rebel "
        "artillery and mortars pounded Binnish the same day."
    )
    assert places(text, finder, date(2016, 3, 4)) == ["Sarmin"]


def test_what_a_side_says_its_aircraft_strike_in_the_present_is_a_standing_claim(finder):
    text = (
        "Jets struck Binnish on Monday, rescuers said. The ministry says it flies no sorties "
        'over the town, though it says its jets strike "terrorists" in Sarmin.'
    )
    assert places(text, finder, date(2016, 3, 2)) == ["Binnish"]


def test_an_army_field_commander_speaks_as_a_military_source(finder):
    text = (
        "Syrian warplanes hit a convoy of fighters in Sarmin on Monday, an army field "
        "commander said."
    )
    found = events(text, finder, date(2016, 3, 2))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Sarmin", "sana")]


def test_a_monitors_running_toll_since_a_day_by_province_is_no_strike(finder):
    text = (
        "Warplanes struck Binnish today, the monitor said. The monitor has documented the "
        "deaths of 640 people in Russian raids since the 30th of September, in the provinces of "
        "Hama, Homs and Daraa."
    )
    assert places(text, finder, date(2015, 11, 20)) == ["Binnish"]


def test_a_bulleted_village_with_a_note_in_brackets_stays_in_the_list(finder):
    text = (
        "On Sunday the regime helicopters came back. Here are the villages bombed that day:\n\n"
        "- Kafr Takharim (a mosque and the well)\n"
        "- Armanaz\n"
        "- Maarrat Misrin\n"
    )
    found = events(text, finder, date(2016, 2, 10))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Kafr Takharim", date(2016, 2, 7)),
        ("Armanaz", date(2016, 2, 7)),
        ("Maarrat Misrin", date(2016, 2, 7)),
    ]


def test_tanks_a_groups_own_fighters_destroyed_near_a_town_are_no_strike(finder):
    text = (
        "Russian jets struck Binnish on Monday, the monitor said. A rebel commander told "
        "reporters that his fighters had destroyed three tanks near Khan Shaykhun."
    )
    assert places(text, finder, date(2015, 10, 20)) == ["Binnish"]


def test_places_where_groups_named_before_the_strike_are_fighting_are_not_struck(finder):
    text = (
        "Jets struck Binnish on Monday, the ministry said. It added that units fighting around "
        "Nawa and Inkhil had sent the positions of 12 targets, which were bombed within hours."
    )
    assert places(text, finder, date(2015, 11, 10)) == ["Binnish"]


def test_a_line_of_names_continuing_a_list_strikes_with_the_aircraft_of_its_lead(finder):
    text = (
        "Regime helicopters dropped barrel bombs on Daraya on Saturday, activists said.\n\n"
        "Activists reported Russian airstrikes on Sunday in the following places:\n\n"
        "Idlib Province: Binnish and Taftanaz.\n"
    )
    found = events(text, finder, date(2016, 2, 10))
    assert [(ev.place_as_written, ev.actor) for ev in found] == [
        ("Daraya", "regime"),
        ("Binnish", "russia"),
        ("Taftanaz", "russia"),
    ]


def test_the_place_ground_forces_try_to_reach_a_town_from_is_not_struck(finder):
    text = "Jets struck Binnish on Monday, a town which the army has tried to reach from Taftanaz."
    assert places(text, finder, date(2016, 2, 10)) == ["Binnish"]


def test_the_sdf_general_command_written_with_its_arabic_initials_speaks_as_rebels(finder):
    text = (
        "Coalition jets hit IS positions in Suluk on Sunday, according to a statement of the "
        "QSD general command."
    )
    found = events(text, finder, date(2015, 11, 10))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Suluk", "rebels")]


def test_warships_told_again_in_reported_speech_go_on_with_the_salvo_told_before(finder):
    text = (
        "Russian warships fired cruise missiles at targets in Syria on Tuesday.\n\n"
        "The defence ministry said three ships had fired 18 missiles at camps in Deir ez-Zor "
        "province."
    )
    found = events(text, finder, date(2015, 11, 19))
    assert [ev.event_date for ev in found] == [date(2015, 11, 17)]


def test_a_broadcaster_named_by_its_countrys_adjective_reporting_speaks_as_media(finder):
    text = (
        "Russian jets struck rebel positions in Salqin on Friday, the Iraqi Alsumaria "
        "television reported."
    )
    found = events(text, finder, date(2015, 11, 10))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Salqin", "media")]


# -- the hundred-and-fourth set's families ---------------------------------------------


def test_a_spelling_of_a_ghouta_town_the_press_writes_is_found(finder):
    text = "Helicopters dropped barrel bombs on Zibdine on Monday, rescuers said."
    assert places(text, finder, date(2016, 5, 20)) == ["Zibdine"]


def test_a_governorate_city_struck_in_its_own_clause_is_no_container_of_another_province(finder):
    text = (
        "Warplanes bombed Deir ez-Zor on Friday, killing nine, and in Idlib helicopters dropped "
        "barrel bombs on Binnish on Saturday, the monitor said."
    )
    found = events(text, finder, date(2016, 5, 22))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Deir ez-Zor", date(2016, 5, 20)),
        ("Binnish", date(2016, 5, 21)),
    ]
    # A governorate around a town of its own stays a hint.
    assert places("Jets struck Idlib province on Monday, hitting Binnish.", finder) == ["Binnish"]


def test_the_rebel_held_east_of_a_city_is_its_part_around_struck_districts(finder):
    text = (
        "Raids on the besieged east of Aleppo killed 40 people this week, medics said.\n\n"
        "On Tuesday, jets hit the districts of al-Shaar and Karm al-Jabal, the medics said."
    )
    assert places(text, finder, date(2016, 10, 7)) == ["al-Shaar", "Karm al-Jabal"]


def test_neither_capital_nor_another_commenting_names_two_governments(finder):
    text = (
        "Jets hit a bakery in Sarmin on Monday, residents said. They blamed Russian or Syrian "
        "jets for the raids; neither Damascus nor Moscow commented on the raids."
    )
    assert places(text, finder, date(2016, 3, 2)) == ["Sarmin"]


def test_a_town_taken_after_weeks_of_fighting_in_which_jets_struck_is_no_strike_of_that_day(
    finder,
):
    text = (
        "Kafr Nabl was taken on Sunday after two weeks of fighting during which helicopters "
        "dropped barrel bombs on Hish, the monitor said."
    )
    assert places(text, finder, date(2016, 3, 2)) == []
    # A strike told before the span keeps its day.
    text = "Jets struck Sarmin on Monday after weeks of fighting in which rebels held the town."
    assert places(text, finder, date(2016, 3, 2)) == ["Sarmin"]


def test_a_province_joined_after_towns_of_other_governorates_is_struck_itself(finder):
    text = (
        "Russian bombers hit 40 targets near Tadmur and Mahin and in the province of Raqqa in "
        "the past day, the ministry said."
    )
    assert places(text, finder, date(2016, 3, 20)) == ["Tadmur", "Mahin", "province of Raqqa"]


def test_a_count_of_more_strikes_on_another_day_strikes_its_places_that_day(finder):
    text = (
        "The coalition said it conducted nine strikes near al-Shaddadi on Tuesday, destroying a "
        "tank and a mortar system, and four more on Monday near al-Hol."
    )
    found = events(text, finder, date(2016, 2, 25))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("al-Shaddadi", date(2016, 2, 23)),
        ("al-Hol", date(2016, 2, 22)),
    ]


def test_a_place_struck_again_on_a_day_told_in_its_own_sentence_is_a_second_strike(finder):
    text = (
        "On Sunday 3 April, jets bombed the market of Sarmin, rescuers said.\n\n"
        "Yesterday, their centre in Sarmin was hit by a missile, the rescuers said."
    )
    found = events(text, finder, date(2016, 4, 6))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Sarmin", date(2016, 4, 3)),
        ("Sarmin", date(2016, 4, 5)),
    ]


def test_the_edges_of_a_town_struck_are_near_it(finder):
    text = (
        "Helicopters dropped barrel bombs on Hish, a village north of Khan Shaykhun, and on the "
        "edges of Sarmin, rescuers said."
    )
    found = events(text, finder, date(2016, 1, 27))
    assert [(ev.place_as_written, ev.place_relation) for ev in found] == [
        ("Hish", "in"),
        ("Sarmin", "near"),
    ]


def test_mortar_bombs_are_fired_from_the_ground(finder):
    text = (
        "Jets bombed Kafr Nabouda on Monday. Mortar bombs killed four people in the market of "
        "Suqaylabiyah, state media said."
    )
    assert places(text, finder, date(2015, 12, 20)) == ["Kafr Nabouda"]


def test_the_factions_leading_a_sentence_fire_from_the_ground(finder):
    text = (
        "Hama: Russian warplanes struck the town of Kafr Nabouda, killing five civilians. The "
        "factions targeted regime positions in the town of Suqaylabiyah with rockets."
    )
    assert places(text, finder, date(2015, 12, 20)) == ["Kafr Nabouda"]


def test_a_place_whose_dead_fell_to_ground_fire_named_after_it_is_not_struck(finder):
    text = (
        "Helicopters dropped barrel bombs on Hayan, and two people were killed in the "
        "neighbourhood of al-Ashrafiyah by shells fired from the east of the city."
    )
    assert places(text, finder, date(2015, 12, 20)) == ["Hayan"]


def test_a_day_described_by_another_attack_set_off_by_commas_dates_the_strikes_after_it(finder):
    text = (
        "On March 3, the day before the market massacre, warplanes bombed the hospital of "
        "Kafr Nabl, rescuers said."
    )
    found = events(text, finder, date(2016, 3, 10))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Kafr Nabl", date(2016, 3, 3))
    ]


def test_a_relative_clause_s_day_after_struck_towns_in_a_second_clause_is_not_the_strike_s(
    finder,
):
    text = (
        "On Friday evening, jets bombed Kafr Nabl, while helicopters struck the villages of "
        "Hass and Kafr Oweid, which rebels captured on Monday."
    )
    found = events(text, finder, date(2016, 3, 12))
    assert {(ev.place_as_written, ev.event_date) for ev in found} == {
        ("Kafr Nabl", date(2016, 3, 11)),
        ("Hass", date(2016, 3, 11)),
        ("Kafr Oweid", date(2016, 3, 11)),
    }


def test_aircraft_that_have_been_seen_dropping_bombs_tell_a_pattern_not_a_strike(finder):
    text = "Only government helicopters have been seen dropping barrel bombs in Daraa."
    assert places(text, finder, date(2016, 5, 4)) == []
    text = "Government helicopters were seen dropping barrel bombs on Nawa on Monday."
    assert places(text, finder, date(2016, 5, 4)) == ["Nawa"]


def test_a_city_s_side_around_districts_struck_next_is_no_struck_place(finder):
    text = (
        "Jets kept up their bombing of the besieged east of Aleppo. On Thursday, barrel bombs "
        "hit the Hanano and al-Sukkari districts, rescuers said."
    )
    assert places(text, finder, date(2016, 10, 8)) == ["Hanano", "al-Sukkari"]


def test_a_report_a_denier_dismisses_keeps_its_claim_of_a_strike(finder):
    text = (
        "Russian jets did not bomb any schools, the ministry said, rejecting a report by a "
        "rights group that a school in Hass had been destroyed on Tuesday."
    )
    assert places(text, finder, date(2015, 11, 21)) == ["Hass"]
    text = (
        "The ministry dismissed a report by activists that a bakery in Kafr Oweid had been "
        "destroyed by Russian jets on Tuesday."
    )
    assert places(text, finder, date(2015, 11, 21)) == ["Kafr Oweid"]


def test_a_speaker_who_cannot_say_whether_they_were_syrian_or_russian_names_no_striker(finder):
    text = (
        "Russia says its jets are not flying over the city. A local official said jets had "
        "bombed Hass on Sunday, but that he could not say whether they were Russian or Syrian."
    )
    found = events(text, finder, date(2016, 11, 16))
    assert [(ev.place_as_written, ev.actor) for ev in found] == [("Hass", "unknown")]


def test_a_rebel_official_or_commander_saying_names_who_speaks_not_the_target(finder):
    text = "A rebel official said jets had bombed Hass on Sunday night."
    found = events(text, finder, date(2016, 3, 8))
    assert [(ev.place_as_written, ev.claimed_target) for ev in found] == [("Hass", "unspecified")]
    text = "A drone strike on Sunday killed a senior Isis official in Maskanah, US officials said."
    found = events(text, finder, date(2016, 3, 8))
    assert [(ev.place_as_written, ev.claimed_target) for ev in found] == [("Maskanah", "isis")]


def test_a_place_after_free_names_an_opposition_body_not_a_struck_place(finder):
    text = (
        "On Monday jets struck the market twice, according to the Directorate of Health in "
        "Free Idlib."
    )
    assert places(text, finder, date(2016, 2, 10)) == []
    text = "The Free Daraa Council said barrel bombs fell on the main square on Monday."
    assert places(text, finder, date(2016, 2, 10)) == []
    text = "Jets struck Saraqeb in Idlib province on Monday."
    assert places(text, finder, date(2016, 2, 10)) == ["Saraqeb"]


def test_the_ends_of_a_road_joined_by_a_spaced_dash_are_no_struck_places(finder):
    text = "Jets struck a fuel convoy on the Saraqeb – Ariha road on Monday."
    assert places(text, finder, date(2016, 2, 10)) == []
    text = "Jets struck Saraqeb on Monday – the town was almost empty."
    assert places(text, finder, date(2016, 2, 10)) == ["Saraqeb"]


def test_that_day_after_a_day_written_earlier_in_its_sentence_is_that_day(finder):
    text = (
        "Activists reported Russian strikes on Saraqeb on November 3. The ministry claimed on "
        "November 4 that its jets had struck ISIS depots 10 km south of Palmyra that day."
    )
    found = events(text, finder, date(2015, 11, 6))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Saraqeb", date(2015, 11, 3)),
        ("Palmyra", date(2015, 11, 4)),
    ]


def test_an_entry_s_place_named_only_as_a_road_s_end_in_its_summary_keeps_its_field(finder):
    text = (
        "Date: 26/11/2015\n"
        "Location: Saraqeb, Idlib governorate\n"
        "Alleged perpetrator: Russia\n"
        "Summary: A strike hit a line of lorries at a depot on the road from Saraqeb to the "
        "Bab al-Hawa crossing."
    )
    found = events(text, finder, date(2015, 12, 2))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Saraqeb", date(2015, 11, 26))
    ]


def test_strikes_told_by_the_ground_push_they_support_are_no_strike_of_a_day(finder):
    text = "Assessment\n\nRussian strikes in Idlib support the regime's efforts to take Saraqeb."
    assert places(text, finder, date(2015, 10, 28)) == []
    text = (
        "Assessment\n\nThe strikes in Hama, by contrast, prepare the ground for a regime "
        "offensive on Morek."
    )
    assert places(text, finder, date(2015, 10, 28)) == []
    text = "Assessment\n\nRussian strikes on Saraqeb on Monday killed nine people."
    assert places(text, finder, date(2015, 10, 28)) == ["Saraqeb"]


def test_a_fronted_near_cue_locates_its_own_strike_before_a_clause_striking_elsewhere(finder):
    text = (
        "In the area of Khan Shaykhun, Su-25 jets destroyed a weapons depot, while in Hama "
        "province bombers hit a training camp near Kafr Zita."
    )
    found = events(text, finder, date(2015, 10, 20))
    assert [(ev.place_as_written, ev.place_relation) for ev in found] == [
        ("Khan Shaykhun", "near"),
        ("Kafr Zita", "near"),
    ]


def test_targets_going_on_with_as_well_as_after_a_governorate_are_no_apposition(finder):
    text = (
        "Bombers destroyed a command post near Taftanaz, in Idlib province, as well as a "
        "fuel depot in the area of Binnish, the ministry said."
    )
    assert places(text, finder, date(2015, 11, 2)) == ["Taftanaz", "Binnish"]


def test_near_a_city_after_its_governorate_s_strikes_is_the_city_s_place(finder):
    text = (
        "Long-range bombers struck Islamic State facilities in the provinces of Homs and "
        "Raqqa on Monday, the ministry said.\n\n"
        "The strikes hit weapons depots near al-Qaryatayn and Raqqa, the ministry said."
    )
    found = events(text, finder, date(2015, 11, 24))
    assert ("Raqqa", "near", "isis") in [
        (ev.place_as_written, ev.place_relation, ev.claimed_target) for ev in found
    ]


def test_sorties_carried_out_after_a_launch_site_s_apposition_strike_the_place(finder):
    text = (
        "Syrian jets, taking off from the Shayrat airbase near Homs, conducted 12 raids on "
        "the outskirts of Talbiseh on Monday."
    )
    found = events(text, finder, date(2016, 1, 13))
    assert [(ev.place_as_written, ev.place_relation) for ev in found] == [("Talbiseh", "near")]


def test_a_day_told_in_one_governorate_s_paragraph_does_not_date_the_next(finder):
    text = (
        "Army units on Sunday carried out operations against terrorists in several provinces."
        "\n\nIn Hama countryside, the air force on Saturday destroyed terrorists' vehicles in "
        "Kafr Nabudah.\n\nIn Idlib, the air force destroyed a terrorists' headquarters in "
        "Sarmin."
    )
    found = events(text, finder, date(2015, 12, 20))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Kafr Nabudah", date(2015, 12, 19)),
        ("Sarmin", date(2015, 12, 20)),
    ]


def test_a_place_ground_forces_pushed_out_of_is_no_struck_place(finder):
    text = (
        "Government troops advanced out of Morek and took Atshan on Monday, with Russian "
        "strikes reported on Lahaya."
    )
    assert places(text, finder, date(2015, 10, 20)) == ["Lahaya"]


def test_the_syrian_army_s_command_speaks_as_state_media(finder):
    text = (
        "Jets destroyed three vehicles of the militants near Arak on Tuesday, according to "
        "the Syrian army's command."
    )
    found = events(text, finder, date(2016, 3, 30))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Arak", "state_media")]


def test_rebels_own_pages_speak_as_rebels(finder):
    text = "The rebel pages say a Russian strike hit a bakery in Kafr Zita on Monday."
    found = events(text, finder, date(2015, 10, 28))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Kafr Zita", "rebels")]


def test_jaish_al_izza_and_jaish_al_nasr_are_rebels(finder):
    text = "Jets struck Jaish al-Nasr positions in Kafr Nabudah on Sunday."
    found = events(text, finder, date(2015, 11, 2))
    assert [(ev.place_as_written, ev.claimed_target) for ev in found] == [
        ("Kafr Nabudah", "rebels")
    ]


def test_throughout_the_day_is_the_day_just_told(finder):
    text = (
        "Troops took Umm Hartein on Tuesday after a long battle. Russian jets bombed the rebel "
        "lines in Kafr Zita throughout the day."
    )
    found = events(text, finder, date(2015, 10, 24))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Kafr Zita", date(2015, 10, 20))
    ]


def test_a_dated_lead_on_unnamed_towns_dates_the_next_sentence_that_names_them(finder):
    text = (
        "Warplanes bombed rebel-held villages in the Idlib countryside on Monday, activists "
        "said.\n\nA spokesman for a rebel brigade said at least 15 raids hit Hass and Kafr Oweid."
    )
    found = events(text, finder, date(2016, 3, 16))
    assert {(ev.place_as_written, ev.event_date) for ev in found} == {
        ("Hass", date(2016, 3, 14)),
        ("Kafr Oweid", date(2016, 3, 14)),
    }


def test_an_air_force_in_cooperation_with_the_russian_one_names_no_single_striker(finder):
    text = (
        "The state agency said the Syrian Arab Air Force, in coordination with the Russian "
        "Aerospace Forces, destroyed a command post in Hass on Friday."
    )
    found = events(text, finder, date(2016, 3, 16))
    assert [(ev.place_as_written, ev.actor) for ev in found] == [("Hass", "unknown")]


def test_the_sentence_naming_a_dated_lead_s_towns_takes_the_lead_s_aircraft(finder):
    text = (
        "Russian warplanes pounded opposition-held villages in the south on Saturday, a day "
        "after troops took Sheikh Miskin, activists said.\n\nA spokesman for a rebel brigade "
        "said at least 15 raids hit Nawa and Jasim.\n\nThe Syrian army said it was pressing on."
    )
    found = events(text, finder, date(2016, 1, 25))
    assert {(ev.place_as_written, ev.actor, ev.event_date) for ev in found} == {
        ("Nawa", "russia", date(2016, 1, 23)),
        ("Jasim", "russia", date(2016, 1, 23)),
    }


def test_a_voice_with_a_relative_clause_saying_it_believed_whose_jets_names_the_striker(finder):
    text = (
        "Air strikes killed 12 people in Hass on Friday, a monitoring group said.\n\n"
        "The group, which relies on activists across the country, said it believed Russian "
        "warplanes had carried out the raids.\n\nSyrian government helicopters dropped barrel "
        "bombs on Kafr Oweid on Thursday, it added."
    )
    found = events(text, finder, date(2016, 3, 12))
    assert [(ev.place_as_written, ev.actor) for ev in found] == [
        ("Hass", "russia"),
        ("Kafr Oweid", "regime"),
    ]


def test_it_said_after_a_strike_speaks_as_the_body_named_before(finder):
    text = (
        "Jets killed nine people in Hass on Monday, the Syrian Observatory for Human Rights "
        "said.\n\nThe Britain-based monitor said it could not tell whose jets they were.\n\n"
        "Late on Sunday, warplanes struck the village of Kafr Oweid, it said."
    )
    found = events(text, finder, date(2016, 3, 15))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [
        ("Hass", "sohr"),
        ("Kafr Oweid", "sohr"),
    ]


def test_a_toll_after_the_voice_of_a_sentence_is_the_toll_of_all_its_strikes(finder):
    text = (
        "Helicopters dropped barrel bombs on Hass and Kafr Oweid, while jets hit Maarat "
        "al-Numan, the monitor said, killing at least 14 civilians."
    )
    found = events(text, finder, date(2016, 3, 12))
    assert {(ev.place_as_written, ev.claimed_target) for ev in found} == {
        ("Hass", "civilians"),
        ("Kafr Oweid", "civilians"),
        ("Maarat al-Numan", "civilians"),
    }


def test_what_carriers_drop_is_no_weapon_wherever_it_is_named(finder):
    text = (
        "Regime jets bombed Saraqib on Friday. Kuweires airbase has been cut off for months, "
        "and food reaches its garrison only by air, dropped by government transport planes "
        "landing at night."
    )
    assert places(text, finder, date(2015, 10, 3)) == ["Saraqib"]


def test_a_window_told_later_does_not_date_the_day_s_strike_on_a_place(finder):
    text = (
        "Helicopters dropped barrel bombs on Douma, wounding two children. "
        "The council recorded in the first ten days of March more than 90 barrel bombs "
        "on Douma."
    )
    found = events(text, finder, date(2016, 3, 14))
    assert date(2016, 3, 14) in {ev.event_date for ev in found}


def test_the_edge_of_a_town_after_its_named_parts_struck_leaves_the_town_struck(finder):
    text = (
        "Jets bombed the eastern neighbourhoods of Saraqib on Friday, and the fires spread to "
        "orchards on the edge of the town."
    )
    found = events(text, finder, date(2016, 2, 6))
    assert [(ev.place_as_written, ev.place_relation) for ev in found] == [("Saraqib", "in")]


def test_where_a_speaker_s_unit_is_is_no_struck_place(finder):
    text = (
        "Jets bombed Kafr Zita on Monday, activists said. Hassan Omar, who commands a battalion "
        "in the Latamneh area, said the raids had only one aim."
    )
    assert places(text, finder, date(2016, 6, 14)) == ["Kafr Zita"]


def test_a_place_under_bombardment_since_a_day_is_told_as_a_span(finder):
    text = (
        "Jets bombed Kafr Zita on Monday, activists said. Northern Hama has been under almost "
        "daily bombardment since the talks broke down in mid-April."
    )
    assert places(text, finder, date(2016, 6, 14)) == ["Kafr Zita"]


def test_a_health_directorate_named_after_its_province_is_no_struck_place(finder):
    text = (
        "Barrel bombs fell on the al-Sukkari district early on Friday. The Homs Health "
        "Directorate said the bombs hit the street outside a clinic."
    )
    assert places(text, finder, date(2016, 5, 7)) == ["al-Sukkari"]


def test_a_ground_assault_with_its_day_told_between_is_no_struck_place(finder):
    text = (
        "Russian jets bombed Hajin on Monday. The strikes came after the group's assault on "
        "Sunday on the government-held village of al-Jafra."
    )
    assert places(text, finder, date(2016, 3, 8)) == ["Hajin"]


def test_the_positions_ground_fire_came_from_are_no_struck_place(finder):
    text = (
        "Helicopters dropped barrel bombs on Darayya on Sunday, killing two. The army shelled the "
        'town with locally made "volcano" rockets from positions in Sahnaya.'
    )
    assert places(text, finder, date(2016, 5, 2)) == ["Darayya"]


def test_a_voice_opening_a_clause_after_while_speaks_for_its_own_side(finder):
    text = (
        "The Russian defence ministry said its jets had bombed Palmyra on Sunday, while the "
        "state news agency SANA said the army had destroyed IS vehicles in al-Qaryatain."
    )
    found = events(text, finder, date(2016, 3, 22))
    assert [(ev.place_as_written, ev.actor, ev.claimant) for ev in found] == [
        ("Palmyra", "russia", "russian_mod"),
        ("al-Qaryatain", "regime", "sana"),
    ]


def test_strikes_told_with_also_go_on_with_the_aircraft_told_before(finder):
    text = (
        "Russian jets carried out a dozen raids on Hajin on Monday, activists said. In Hajin, "
        "the raids hit a school.\n\n"
        "Missiles also struck the village of al-Susah, wounding two women.\n\n"
        "Regime helicopters dropped barrel bombs on the Hamidiya district on Sunday."
    )
    found = events(text, finder, date(2016, 3, 8))
    assert ("al-Susah", "russia") in [(ev.place_as_written, ev.actor) for ev in found]


def test_an_activist_s_first_person_account_speaks_as_the_reporter(finder):
    text = "On Monday, helicopters dropped barrel bombs on Inkhil, killing a farmer."
    doc = Document(
        "t", "t.txt", text, date(2016, 2, 10), source="a media activist's first-person testimony"
    )
    (ev,) = extract_events(doc, finder)
    assert ev.claimant == "reporter"


def test_workers_who_died_are_civilians(finder):
    text = (
        "Activists said warplanes struck a brick kiln in Hajin on Monday evening and that three "
        "labourers had died under the collapsed roof."
    )
    (ev,) = events(text, finder, date(2016, 4, 5))
    assert ev.claimed_target == "civilians"


def test_an_outlet_s_correspondent_with_an_adverb_before_his_verb_is_the_reporter(finder):
    text = (
        "The Jarabulus Military Council said in a statement that coalition jets struck ISIS "
        "positions in Sarrin on Friday. Our agency's correspondent later reported that coalition "
        "aircraft bombed ISIS fighters near Qara Qozak on Saturday."
    )
    found = events(text, finder, date(2016, 6, 13))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [
        ("Sarrin", "rebels"),
        ("Qara Qozak", "reporter"),
    ]


def test_a_paragraph_opened_by_a_strike_on_the_town_s_building_points_back(finder):
    text = (
        "Umm Ahmad still bakes bread for her neighbours in Hajin. She says flour is scarce.\n\n"
        "Warplanes struck the town's main square on Sunday, killing four civilians."
    )
    found = events(text, finder, date(2016, 5, 3))
    assert [(ev.place_as_written, str(ev.event_date)) for ev in found] == [("Hajin", "2016-05-01")]


def test_an_outlet_named_after_a_place_leaves_the_sentence_pointing_back(finder):
    text = (
        "Few shops are still open in Tall Rifaat. Jets struck the town's clinic on Monday night, "
        "killing three civilians, according to Aleppo 24, a local news network."
    )
    found = events(text, finder, date(2016, 2, 10))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Tall Rifaat", "activists")]


def test_the_place_a_person_left_is_no_struck_place(finder):
    text = (
        "Jets struck the market in Binnish on Monday, killing five, said a nurse who left "
        "Saraqib last week. A driver who left Taftanaz for Sarmin on Sunday said the jets "
        "also struck Binnish on Sunday."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Binnish"]


def test_the_suburb_north_west_of_deir_ez_zor_is_known_by_its_press_spellings(finder):
    for written in ("al-Baghaliya", "Baghaliyeh", "al-Bughayliyah"):
        (m,) = finder(f"Government jets bombed militants who had entered {written} on Monday.")
        assert (m.surface, m.candidates[0].admin1) == (written, "Deir ez-Zor")


# -- the hundred-and-sixteenth set's families ---------------------------------------------


def test_a_day_in_a_since_clause_on_a_beginning_dates_no_strike(finder):
    text = (
        "Regime jets pounded Jisr al-Shughur on Thursday in the heaviest raids since the "
        "cessation of hostilities began on 27 February, the civil defence said.\n\n"
        "Hours later, barrel bombs fell on the village of Bdama."
    )
    found = events(text, finder, date(2016, 4, 23))
    assert [(ev.place_as_written, str(ev.event_date)) for ev in found] == [
        ("Jisr al-Shughur", "2016-04-21"),
        ("Bdama", "2016-04-21"),
    ]


def test_headlines_under_a_most_read_mark_naming_its_section_tell_other_stories(finder):
    text = (
        "Russian jets struck the town of Talbiseh on Monday, killing four, activists said.\n\n"
        "MOST READ IN WORLD\n\n"
        "Celebrity chef opens new restaurant\n"
        "US drone strike kills militant commander near al-Bab, officials say\n"
    )
    assert places(text, finder) == ["Talbiseh"]


def test_a_letter_to_the_editor_under_the_report_tells_no_strike(finder):
    text = (
        "Russian jets struck the town of Talbiseh on Monday, killing four, activists said.\n\n"
        "Letters to the editor: Your report of 3 February failed to mention that jets also "
        "bombed the market in Daraya.\n"
    )
    assert places(text, finder) == ["Talbiseh"]


def test_a_place_no_aircraft_had_flown_over_is_not_struck(finder):
    text = (
        "The defence ministry said on Monday that its bombers had hit militant camps in "
        "Deir ez-Zor province, and insisted that no Russian aircraft had flown over Douma in "
        "a month."
    )
    assert [place_key(p) for p in places(text, finder)] == [place_key("Deir ez-Zor")]


def test_where_families_driven_from_a_place_now_live_is_not_that_place(finder):
    text = (
        "On Monday barrel bombs fell on Kafr Hamra and Haritan, where many of the families "
        "driven from Anadan now live."
    )
    assert places(text, finder) == ["Kafr Hamra", "Haritan"]


def test_a_spokesman_named_again_by_surname_speaks_for_the_ministry_of_his_title(finder):
    text = (
        "Russian bombers flew 40 sorties on Sunday, the Defence Ministry said on Monday.\n\n"
        '"Su-24 aircraft struck a command post of the terrorists near Kafr Zita," ministry '
        "spokesman Major-General Pavel Orlov told journalists.\n\n"
        "Near the village of Tamanah, a training camp of the Islamic State was destroyed, "
        "Orlov said."
    )
    found = events(text, finder, date(2015, 10, 12))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [
        ("Kafr Zita", "russian_mod"),
        ("Tamanah", "russian_mod"),
    ]


# -- the hundred-and-fifteenth set's families ------------------------------------------


def test_a_toll_s_lead_dates_its_items_under_the_page_s_own_date_line(finder):
    text = (
        "Daily toll\n\n"
        "5 March 2016\n\n"
        "The Observatory documented the death of 58 people yesterday, Friday 04-03-2016, "
        "among them 20 civilians.\n\n"
        "Idlib: 4 civilians were killed in regime airstrikes on the town of Saraqeb.\n\n"
        "Homs: warplanes struck the town of Talbiseh, killing a man."
    )
    found = events(text, finder, date(2016, 3, 5))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Saraqeb", date(2016, 3, 4)),
        ("Talbiseh", date(2016, 3, 4)),
    ]


def test_daraa_city_s_districts_and_camp_are_known_places(finder):
    text = (
        "Helicopters dropped barrel bombs on Tariq al-Sadd and on the Daraa camp on Sunday, "
        "and jets struck al-Manshiyeh on Monday."
    )
    assert places(text, finder, date(2016, 5, 10)) == [
        "Tariq al-Sadd",
        "Daraa camp",
        "al-Manshiyeh",
    ]


def test_the_day_before_counts_from_the_day_its_own_sentence_named(finder):
    text = (
        "A council that emptied the suburb last week met again.\n\n"
        "Russian jets struck Kafr Nabl on Tuesday, the activists said, while helicopters "
        "dropped barrel bombs on Hass the day before."
    )
    found = events(text, finder, date(2016, 6, 16))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Kafr Nabl", date(2016, 6, 14)),
        ("Hass", date(2016, 6, 13)),
    ]


def test_a_call_to_prayer_after_after_is_the_hour_not_another_event(finder):
    text = "A barrel bomb hit Jasim just after the dawn call to prayer on Sunday."
    (ev,) = events(text, finder, date(2016, 9, 21))
    assert ev.event_date == date(2016, 9, 18)


def test_a_city_s_district_after_the_district_of_is_no_province_around_the_places(finder):
    text = "Barrel bombs hit al-Shaar and the nearby district of al-Sakhour on Friday."
    assert places(text, finder, date(2016, 10, 3)) == ["al-Shaar", "al-Sakhour"]


def test_a_death_from_wounds_of_an_earlier_bombardment_is_no_strike_of_the_day(finder):
    text = (
        "Hama: two farmers were killed in regime airstrikes on the town of Kafr Zita, and a "
        "boy died of wounds he had sustained in the bombardment of Latamneh last week."
    )
    found = events(text, finder, date(2016, 11, 23))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Kafr Zita", date(2016, 11, 23))
    ]


def test_a_village_taken_on_the_ground_is_struck_when_the_strike_points_back_at_it(finder):
    text = (
        "According to a field commander in Hama, the army entered Kafr Nabouda after Russian "
        "jets bombed the trenches of the rebels in the village on Sunday."
    )
    assert places(text, finder, date(2016, 5, 10)) == ["Kafr Nabouda"]


def test_an_aircraft_model_after_the_syrian_air_force_s_initials_is_the_regime_s(finder):
    text = "SyAAF Sukhoi Su-22 bombers struck Kafr Zita on Friday."
    (ev,) = events(text, finder, date(2016, 10, 3))
    assert ev.actor == "regime"


def test_the_ends_of_a_road_written_x_to_y_road_are_no_struck_places(finder):
    text = (
        "Jets struck Maarat al-Numan on Sunday, and helicopters dropped barrel bombs on the "
        "Kafr Nabl to Hass road."
    )
    assert places(text, finder, date(2016, 6, 14)) == ["Maarat al-Numan"]


def test_the_same_day_points_past_a_day_told_after_had_already(finder):
    text = (
        "Jets struck the market of Saraqeb on Tuesday, killing five people.\n\n"
        "The town's hospital had already been hit on 3 May, when a missile fell near its "
        "gate.\n\n"
        "The same day, a clinic in Sarmin received 12 wounded after air strikes on the town's "
        "main street."
    )
    found = events(text, finder, date(2016, 5, 12))
    assert ("Sarmin", date(2016, 5, 10)) in [(ev.place_as_written, ev.event_date) for ev in found]


def test_the_seat_of_a_government_official_speaking_is_no_struck_place(finder):
    text = (
        "A government official in Idlib, who asked not to be named, denied that the air force "
        'had dropped barrel bombs and said jets targeted only "terrorist hideouts" in the '
        "northern districts."
    )
    assert places(text, finder, date(2016, 7, 13)) == []


def test_the_places_ground_weapons_were_used_to_target_are_no_struck_places(finder):
    text = (
        "The air force struck terrorist hideouts in the town of Nawa on Monday, destroying "
        "three rocket launchers used to target residential neighbourhoods in Izraa."
    )
    assert places(text, finder, date(2016, 3, 10)) == ["Nawa"]


def test_sorties_over_a_governorate_s_part_in_a_window_fold_into_its_struck_towns(finder):
    text = (
        "Government jets bombed Kafr Zita and Latamneh on Monday, state media said.\n\n"
        "The air force has carried out 50 sorties over northern Hama over the past two days, "
        "the army said."
    )
    assert places(text, finder, date(2016, 5, 10)) == ["Kafr Zita", "Latamneh"]


def test_a_toll_in_a_province_since_the_start_of_a_year_is_no_struck_place(finder):
    text = (
        "Helicopters dropped barrel bombs on Jasim on Friday. The network said on the 3rd of "
        "March that it had recorded the deaths of 52 civilians in Quneitra province since the "
        "start of 2016, killed by the raids of regime warplanes and helicopters."
    )
    assert places(text, finder, date(2016, 3, 5)) == ["Jasim"]


def test_a_strike_dated_only_by_last_month_is_no_event(finder):
    text = (
        "Warplanes hit Maarrat Misrin on Saturday. The school in Kafr Yahmul was closed after "
        "it was bombed last month."
    )
    assert places(text, finder, date(2016, 3, 7)) == ["Maarrat Misrin"]


def test_claims_of_strikes_called_a_lie_are_no_struck_place(finder):
    text = (
        "Russian jets struck Tadef on Sunday, the ministry said. Its spokesman called reports of "
        'raids on a bakery in Manbij "fabricated".'
    )
    assert places(text, finder, date(2016, 2, 22)) == ["Tadef"]


def test_a_free_syrian_army_faction_set_off_before_its_verb_speaks_as_rebels(finder):
    text = (
        "The Suqour Kafr Zita Battalion, a Free Syrian Army faction, said in a statement that "
        "jets had bombed a school in Morek on Thursday."
    )
    found = events(text, finder, date(2016, 5, 7))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Morek", "rebels")]


def test_the_body_a_statement_reached_is_not_its_speaker(finder):
    text = (
        "In a statement the Syrian Observatory for Human Rights obtained, the Liwa al-Haq, an "
        "opposition faction in the area, said warplanes had hit houses in Jasim on Sunday."
    )
    found = events(text, finder, date(2016, 3, 8))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Jasim", "rebels")]


def test_another_side_s_strike_on_another_day_at_the_same_place_is_kept(finder):
    text = (
        "Activists said Russian jets bombed Kafr Nubl on Thursday. Regime helicopters had "
        "dropped barrel bombs on Kafr Nubl on Wednesday, they said."
    )
    found = events(text, finder, date(2016, 2, 19))
    assert sorted((str(ev.event_date), ev.actor) for ev in found) == [
        ("2016-02-17", "regime"),
        ("2016-02-18", "russia"),
    ]


def test_two_tolls_joined_by_and_are_placed_at_the_town_they_name(finder):
    text = (
        "Helicopters dropped barrel bombs on Jasim and Inkhil on Friday, and local sources said "
        "a woman was killed and four other people were wounded in Inkhil."
    )
    found = {
        ev.place_as_written: ev.claimed_target for ev in events(text, finder, date(2016, 3, 5))
    }
    assert found == {"Jasim": "unspecified", "Inkhil": "civilians"}


def test_the_caption_of_a_file_picture_names_no_strike_of_the_page(finder):
    text = (
        "Coalition jets struck Tabqa on Sunday, the monitor said.\n\n"
        "Rubble in Deir Hafer after an air strike, in a file photo. Photograph: Reuters\n\n"
        "Fighting went on near the dam."
    )
    assert places(text, finder, date(2016, 6, 7)) == ["Tabqa"]


def test_the_dwellings_of_displaced_families_struck_in_a_town_make_it_struck(finder):
    text = (
        "Helicopters dropped barrel bombs on Friday on a school in Kafr Nubl and the tents of "
        "displaced families in Hass, activists said."
    )
    assert places(text, finder, date(2016, 6, 4)) == ["Kafr Nubl", "Hass"]


def test_a_running_toll_whose_number_has_risen_since_a_day_names_no_struck_place(finder):
    text = (
        "Warplanes struck the town of Kafr Nabl this morning, killing two women. The number "
        "of civilians killed by regime air raids since the 1st of January has risen to 912, in "
        "the provinces of Daraa, Aleppo and Raqqa."
    )
    assert places(text, finder, date(2016, 4, 3)) == ["Kafr Nabl"]


def test_a_ground_push_using_the_results_of_the_strikes_strikes_nothing(finder):
    text = (
        "Russian jets hit a depot near Tadef on Monday, the ministry said.\n\n"
        "The spokesman said the army, exploiting the results of the strikes, had liberated the "
        "settlements of Khanaser and Rasm al-Harmal."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Tadef"]
    toll = "Two women were hurt in Bustan al-Qasr as a result of the airstrikes, activists said."
    assert places(toll, finder, date(2016, 2, 10)) == ["Bustan al-Qasr"]


def test_a_pair_named_before_and_struck_as_the_two_towns_takes_the_day_it_was_named_on(finder):
    text = (
        "Black smoke hung over Kafr Nabl and Hass on Thursday morning, seen from the hills to "
        "the west. By noon, a dozen Russian raids had hit the two towns."
    )
    found = events(text, finder, date(2016, 2, 13))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Kafr Nabl", date(2016, 2, 11)),
        ("Hass", date(2016, 2, 11)),
    ]


def test_a_group_s_name_does_not_swallow_the_place_after_at(finder):
    text = "Su-34 bombers destroyed a depot of Jabhat al-Nusra at Maarrat Misrin on Sunday."
    assert places(text, finder, date(2016, 2, 10)) == ["Maarrat Misrin"]


def test_missiles_a_group_s_fighters_destroyed_tanks_with_strike_nothing(finder):
    text = (
        "Jets bombed Kafr Nabl on Sunday, activists said.\n\n"
        "A rebel spokesman said their fighters had destroyed a tank near Heish with guided "
        "missiles."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Kafr Nabl"]


def test_a_region_around_a_place_its_sentence_strikes_that_day_is_no_struck_place(finder):
    text = (
        "Up in the Turkmen mountains, rescuers said Russian jets had bombed Kinsabba on Saturday."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Kinsabba"]


def test_a_coordination_committee_named_after_its_town_speaks_as_the_lcc(finder):
    text = (
        "Helicopters dropped barrel bombs on Inkhil on Sunday, according to the Daraya "
        "Coordination Committee, an activist group."
    )
    (ev,) = events(text, finder, date(2016, 2, 10))
    assert ev.claimant == "lcc"


def test_two_successive_weekdays_joined_by_and_are_a_window_dated_by_the_last(finder):
    text = "Government jets pounded Inkhil on Friday and Saturday, the town's council said."
    (ev,) = events(text, finder, date(2016, 2, 22))
    assert ev.event_date == date(2016, 2, 20)


def test_two_weekdays_a_day_apart_joined_by_and_stay_two_days(finder):
    text = "Government jets pounded Inkhil on Wednesday and Friday, the town's council said."
    found = events(text, finder, date(2016, 2, 22))
    assert date(2016, 2, 17) in {ev.event_date for ev in found}


def test_a_count_of_days_in_a_clause_of_what_the_targets_did_keeps_the_strike_s_day(finder):
    text = (
        "Coalition jets carried out five strikes near Manbij on Thursday against militants "
        "who had attacked the village a day earlier, the coalition said."
    )
    (ev,) = events(text, finder, date(2016, 6, 4))
    assert ev.event_date == date(2016, 6, 2)


def test_a_victim_s_home_town_in_a_toll_is_no_struck_place(finder):
    text = (
        "The Observatory documented the death of five civilians, among them a boy from the "
        "town of Saraqeb who had been displaced with his parents, in the airstrikes on Sarmin."
    )
    assert places(text, finder, date(2016, 3, 8)) == ["Sarmin"]


def test_strikes_after_the_warplanes_returned_are_those_aircraft_s(finder):
    text = (
        "On Monday, Russian jets bombed the outskirts of Saraqeb, rescuers said.\n\n"
        "On Tuesday the jets came back. In Binnish, a strike flattened two houses, killing "
        "a nurse.\n\n"
        "Regime helicopters dropped barrel bombs on Taftanaz on Wednesday, activists said."
    )
    found = events(text, finder, date(2016, 2, 11))
    assert ("Binnish", "russia") in [(ev.place_as_written, ev.actor) for ev in found]


def test_residents_counted_among_the_wounded_are_no_voice(finder):
    text = (
        "The White Helmets said on Friday that warplanes bombed Kafr Takharim. Early on "
        "Saturday, helicopters dropped barrel bombs on Armanaz, wounding a rescuer and two "
        "residents who lived nearby."
    )
    found = events(text, finder, date(2016, 2, 7))
    assert ("Armanaz", "civil_defence") in [(ev.place_as_written, ev.claimant) for ev in found]


def test_residents_and_a_volunteer_wounded_are_civilian_victims(finder):
    text = "Barrel bombs fell on Armanaz on Saturday, wounding a volunteer and four villagers."
    (ev,) = events(text, finder, date(2016, 2, 7))
    assert ev.claimed_target == "civilians"


# -- the hundred-and-nineteenth set's families ----------------------------------------------


def test_an_incident_heading_opened_by_its_code_dates_its_entry(finder):
    text = (
        "AL401 – October 9, 2016\n\n"
        "Location: Kafr Nabl, Idlib governorate\n\n"
        "Summary: A man was killed in an air strike on a bakery in Kafr Nabl.\n\n"
        "AL402 – October 11, 2016\n\n"
        "Location: Hass, Idlib governorate\n\n"
        "Summary: Two civilians were killed in air strikes on a school in Hass at dawn."
    )
    found = events(text, finder, date(2016, 10, 20))
    assert [(ev.place_as_written, str(ev.event_date)) for ev in found] == [
        ("Kafr Nabl", "2016-10-09"),
        ("Hass", "2016-10-11"),
    ]


def test_the_area_of_a_place_is_an_item_of_a_list_of_struck_places(finder):
    text = (
        "Opposition activists reported Russian air strikes on March 3 in these locations:\n\n"
        "Aleppo Province: Anadan, Hayan and the area of Bayanoun."
    )
    found = events(text, finder, date(2016, 3, 4))
    assert [ev.place_as_written for ev in found] == ["Anadan", "Hayan", "Bayanoun"]


def test_a_facility_named_with_its_kind_capitalised_is_no_place_of_its_own(finder):
    text = "Helicopters dropped barrel bombs on al-Salam Hospital in the town of Maarat Misrin."
    assert places(text, finder, date(2016, 3, 8)) == ["Maarat Misrin"]


def test_an_airport_written_with_its_town_s_other_spelling_is_the_airport(finder):
    text = "Coalition jets struck Islamic State positions around al-Tabaqa military airport."
    assert places(text, finder, date(2016, 1, 10)) == ["al-Tabaqa military airport"]


def test_the_local_coordinating_committee_speaks_as_the_coordination_committees(finder):
    text = (
        "Helicopters dropped barrel bombs on the town of Habit on February 2, according to the "
        "local coordinating committee."
    )
    (ev,) = events(text, finder, date(2016, 2, 4))
    assert ev.claimant == "lcc"


def test_a_weapon_fired_by_aircraft_a_modal_clause_doubts_is_still_a_strike(finder):
    text = "Warplanes that we could not identify fired missiles at a bakery in Maarat Misrin."
    assert places(text, finder, date(2016, 6, 6)) == ["Maarat Misrin"]


def test_the_towns_a_struck_station_served_are_no_struck_places(finder):
    text = (
        "Jets struck the power station in Zeyzoun on Monday, cutting electricity to Jisr "
        "al-Shughour and Mhambal."
    )
    assert places(text, finder, date(2016, 6, 7)) == ["Zeyzoun"]


def test_mercenaries_in_the_lines_of_a_list_stand_for_the_side_its_lead_named(finder):
    text = (
        "Coalition warplanes carried out 15 airstrikes on Tuesday on positions of ISIS "
        "mercenaries around al-Bab, our correspondent reported as follows:\n\n"
        "- 4 airstrikes on the village of Qabasin, destroying a mercenaries' car.\n\n"
        "- 3 airstrikes on the mercenaries' positions near Arima.\n\n"
        "- 2 airstrikes on the mercenaries' checkpoint in Tal Battal.\n\n"
        "- 6 airstrikes on mercenary gatherings in the village of al-Hadath."
    )
    found = events(text, finder, date(2016, 7, 20))
    assert {ev.claimed_target for ev in found if ev.place_as_written != "al-Bab"} == {"isis"}


# -- the hundred-and-twentieth set's families ------------------------------------------


def test_a_road_s_two_ends_in_an_apposition_close_before_the_next_place(finder):
    text = (
        "Warplanes struck Khan Sheikhoun, a market town on the highway linking Hama and "
        "Idlib, and Kafr Sajna, the Observatory said on Monday."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Khan Sheikhoun", "Kafr Sajna"]


def test_a_worker_s_home_town_is_no_struck_place(finder):
    text = (
        "Jets bombed a fuel market near Maarat al-Numan on Monday, said Ahmad, a taxi driver "
        "from Kafr Nabl who saw the strike."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Maarat al-Numan"]


def test_where_smoke_was_seen_from_is_no_struck_place(finder):
    text = (
        "Smoke rose over Tal Rifaat after Russian strikes on Tuesday, seen from rebel positions "
        "outside Marea."
    )
    assert places(text, finder, date(2016, 2, 10)) == ["Tal Rifaat"]


def test_a_place_after_a_named_crossing_only_locates_it(finder):
    text = "Jets struck lorries near the Bab al-Hawa border crossing, west of Sarmada, on Monday."
    assert places(text, finder, date(2016, 2, 10)) == ["Bab al-Hawa"]


def test_a_second_reported_clause_s_day_does_not_date_the_first(finder):
    text = (
        "Russian jets pounded towns of Idlib province on Sunday, activists said. They said "
        "strikes killed six people in Saraqeb and Sarmin, and that a rocket hit a clinic in "
        "Taftanaz late on Friday."
    )
    found = events(text, finder, date(2016, 2, 10))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Saraqeb", date(2016, 2, 7)),
        ("Sarmin", date(2016, 2, 7)),
        ("Taftanaz", date(2016, 2, 5)),
    ]


def test_a_relative_saying_they_were_russian_jets_names_the_striker(finder):
    text = (
        "On Sunday, warplanes hit the bakery in Kafr Batna. My cousin says they were Russian "
        "jets, because they came in pairs.\n\nOn Saturday night, regime helicopters dropped "
        "barrel bombs on Hammouriyeh."
    )
    found = events(text, finder, date(2016, 10, 4))
    assert (found[0].place_as_written, found[0].actor) == ("Kafr Batna", "russia")


def test_a_blog_by_an_activist_speaks_as_the_reporter(finder):
    text = "On Monday, helicopters dropped barrel bombs on Inkhil, killing a farmer."
    doc = Document(
        "t", "t.txt", text, date(2016, 2, 10), source="a diary by a Syrian activist in exile"
    )
    (ev,) = extract_events(doc, finder)
    assert ev.claimant == "reporter"


def test_the_turkistan_islamic_party_is_a_rebel_group(finder):
    text = (
        "Russian jets struck positions of the Turkestan Islamic Party in Jisr al-Shughur on Monday."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "rebels"


def test_strikes_near_the_town_flown_over_are_near_it(finder):
    text = (
        "Russian warplanes carried out sorties over the town of Kinsabba on Monday and hit "
        "militant hideouts near the town."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.place_relation) == ("Kinsabba", "near")


def test_a_dateline_with_its_country_dates_the_writing(finder):
    text = "AMMAN, Jordan, Feb 9 (AP) — Jets struck Tal Rifaat late on Monday, activists said."
    (ev,) = events(text, finder, date(2016, 2, 17))
    assert ev.event_date == date(2016, 2, 8)


def test_a_dateline_under_a_page_s_posted_line_dates_the_writing(finder):
    text = (
        "Jets pound Aleppo\n\nPosted Saturday, May 7, 2016 | Filed under Syria\n\n"
        "BEIRUT, May 4 (AFP) — Government jets pounded rebel-held districts of Aleppo on "
        "Tuesday, a monitor said.\n\nThe monitor said raids hit Kallaseh and Sukkari."
    )
    found = events(text, finder, date(2016, 5, 7))
    assert {ev.event_date for ev in found} == {date(2016, 5, 3)}


def test_a_push_beside_a_place_toward_others_heads_for_them(finder):
    text = (
        "Regime jets bombed Kafr Nabudah on Sunday ahead of an army push west of Suqaylabiyah "
        "toward Qalaat al-Madiq and Tell Sukayk."
    )
    assert places(text, finder) == ["Kafr Nabudah"]


def test_took_the_villages_of_is_a_capture(finder):
    text = (
        "Insurgents also took the villages of Maan and Kawkab in the same attack, a blow to the "
        "troops that had seized them in May with heavy Russian air support."
    )
    assert places(text, finder) == []


def test_according_to_a_military_source_in_a_place_is_his_seat(finder):
    text = (
        "According to a security source in Latakia, the jets, flying from Hmeimim, hit militant "
        "positions on the road between Kinsabba and Salma."
    )
    assert places(text, finder) == []


def test_which_lies_some_km_from_a_place_only_locates_the_town(finder):
    text = (
        "Residents said jets hit a water station on the edge of the town, which sits on the "
        "highway some 20 km north of Hama."
    )
    assert places(text, finder) == []


def test_a_province_over_the_reporting_period_is_covered_by_its_towns(finder):
    text = (
        "Key points: Russian jets flew dozens of sorties over Hama province during the reporting "
        "period, while regime troops retook Kafr Nabudah on March 3.\n\n"
        "Activists reported Russian strikes on Kafr Zita on March 1."
    )
    assert places(text, finder, date(2016, 3, 5)) == ["Kafr Zita"]


def test_strikes_that_hit_the_area_of_a_town_are_near_it(finder):
    text = "Analysts believe Russian jets also struck the area of Kafr Nabl on Thursday."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.place_relation) == ("Kafr Nabl", "near")


def test_none_near_a_place_is_no_strike_there(finder):
    text = (
        "Activists said coalition jets struck a house in al-Hawl on Monday, killing five. The "
        "coalition's report for that day lists one strike near Shaddadi that destroyed a "
        "fighting position, and none near al-Hawl."
    )
    found = [(ev.place_as_written, ev.claimant) for ev in events(text, finder)]
    assert found == [("al-Hawl", "activists"), ("Shaddadi", "coalition")]


def test_fighters_of_a_side_named_by_their_community_speak_as_rebels(finder):
    text = (
        "Jets struck Salma on Monday. Opposition fighters said helicopters also dropped barrel "
        "bombs on Kinsabba late on Sunday."
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder)}
    assert found["Kinsabba"] == "rebels"


def test_the_same_aircraft_are_those_of_the_strike_told_before(finder):
    text = (
        "At dusk on Monday, warplanes that witnesses identified as Russian fired rockets at a "
        "clinic in Kafr Nabl, killing nine. Rescuers said a second strike hit the road outside."
        "\n\nThe following morning, the same aircraft struck the southern outskirts of Maarat "
        "al-Numan, destroying a mill.\n\nOn Saturday, regime helicopters dropped barrel bombs "
        "on Khan Shaykhun, activists said."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder)}
    assert found["Maarat al-Numan"] == "russia"


# -- the hundred-and-twenty-first set's families ------------------------------------------


def test_bombs_that_began_falling_on_a_town_struck_it(finder):
    text = "Cluster bombs started falling on the market in Binnish just before noon on Monday."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.event_date) == ("Binnish", date(2016, 2, 8))


def test_shells_that_kept_falling_on_a_town_are_no_strike(finder):
    text = "Shells kept falling on the market in Binnish on Monday, residents said."
    assert places(text, finder) == []


def test_provinces_summing_up_the_finer_places_told_are_no_strikes(finder):
    text = (
        "Overview: Regime jets kept up their attacks on rebel-held ground in Idlib and Hama "
        "provinces despite the truce.\n\n"
        "Idlib: Activists reported airstrikes on Saraqeb on March 5.\n\n"
        "Hama: The Civil Defence said helicopters dropped barrel bombs on Kafr Zita on March 5."
    )
    assert sorted(places(text, finder, date(2016, 3, 6))) == ["Kafr Zita", "Saraqeb"]


def test_a_city_known_with_its_word_opening_on_its_district_is_no_strike(finder):
    text = "In Idlib city, Russian jets struck a bakery in the al-Qusour district on Monday."
    assert places(text, finder) == ["al-Qusour"]


def test_victims_placed_there_are_not_those_of_the_place_struck_next(finder):
    text = (
        "Rescuers in the village said four people were killed there on Monday, and that Syrian "
        "jets also struck Kafr Nabl."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimed_target) == ("Kafr Nabl", "unspecified")


def test_a_numbered_or_bulleted_item_s_place_before_its_colon_is_struck(finder):
    text = (
        "The teams recorded these attacks on Sunday 6 March:\n\n"
        "1. Maarat Misrin: Russian jets struck a bakery. 4 dead.\n\n"
        "- Binnish: warplanes hit houses near the mosque."
    )
    assert places(text, finder) == ["Maarat Misrin", "Binnish"]


def test_munitions_on_what_they_hit_tell_a_strike(finder):
    text = "Kafr Takharim: cluster munitions on the western quarter of the town. 2 dead."
    assert places(text, finder) == ["Kafr Takharim"]


def test_a_speaking_town_struck_as_the_town_wins_over_the_area_around_it(finder):
    text = (
        "In the southern countryside of Idlib, the local council of Maaret Hurma said a jet "
        "fired a missile at the village's mosque on Monday."
    )
    assert places(text, finder) == ["Maaret Hurma"]


def test_a_capitalised_compass_word_keeps_a_road_s_second_end(finder):
    text = "Jets struck rebel supply lines between Hama and Northern Homs on Monday."
    assert places(text, finder) == []


def test_a_dated_paragraph_opening_a_list_with_its_colon_dates_the_items(finder):
    text = (
        "On Monday 7 March, the directorate's teams responded to the following attacks:\n\n"
        "1. Saraqeb: air strikes on the market. 3 dead.\n\n"
        "On Tuesday 8 March, the teams responded to:\n\n"
        "2. Sarmin: air strikes on a school. 2 dead."
    )
    found = events(text, finder, date(2016, 3, 9))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Saraqeb", date(2016, 3, 7)),
        ("Sarmin", date(2016, 3, 8)),
    ]


def test_a_region_s_coordination_speaks_as_a_coordination_committee(finder):
    text = "The Rural Hama Coordination said jets struck Kafr Zita on Sunday, killing four."
    (ev,) = events(text, finder)
    assert ev.claimant == "lcc"


def test_a_bulleted_item_s_label_is_the_place_its_strike_is_told_of(finder):
    text = (
        "Daily notes\n\n- Saraqeb: helicopters dropped two barrel bombs on the vegetable "
        "market after the noon prayer.\n\n- Sarmin: quiet day."
    )
    (ev,) = events(text, finder, date(2016, 3, 2))
    assert (ev.place_as_written, ev.actor) == ("Saraqeb", "regime")


def test_places_labelling_an_item_named_again_as_a_road_s_ends_are_not_struck(finder):
    text = (
        "Daily notes\n\n* Maarat Misrin / Binnish: warplanes struck the road between Maarat "
        "Misrin and Binnish at noon; a van was hit and its driver wounded.\n\n* Sarmin: quiet day."
    )
    assert places(text, finder, date(2016, 3, 2)) == []


def test_an_incident_headed_day_first_with_a_double_dash_and_a_bracketed_governorate(finder):
    text = (
        "INCIDENTS\n\n1. 12 May -- Taftanaz (Idlib governorate). Three missiles hit the "
        "courtyard of the clinic.\n\n2. 14 May, night -- Binnish (Idlib governorate). Barrel "
        "bombs fell beside the bakery."
    )
    found = events(text, finder, date(2016, 5, 20))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Taftanaz", date(2016, 5, 12)),
        ("Binnish", date(2016, 5, 14)),
    ]


def test_the_day_after_a_list_s_last_item_dates_the_whole_list(finder):
    text = (
        "Russian jets pounded militant positions in Habit, Kafr Sajna and Kafr Zita on "
        "November 2-4 in support of the army's ground offensive, which captured the village of "
        "Atshan on November 2."
    )
    found = events(text, finder, date(2015, 11, 6))
    assert {(ev.place_as_written, ev.event_date) for ev in found} == {
        ("Habit", date(2015, 11, 4)),
        ("Kafr Sajna", date(2015, 11, 4)),
        ("Kafr Zita", date(2015, 11, 4)),
    }


def test_where_a_ground_push_began_from_is_not_struck(finder):
    text = (
        "Russian aircraft struck Kafr Hamra and Haritan on September 25, ahead of the offensive "
        "that began this morning from Handarat."
    )
    assert places(text, finder, date(2016, 9, 26)) == ["Kafr Hamra", "Haritan"]


def test_a_city_locating_a_town_s_countryside_is_not_struck(finder):
    text = (
        "Helicopters dropped barrel bombs on the villages of Kafr Zita and Latamneh in the "
        "Morek countryside, north of Hama, on Friday."
    )
    assert "Hama" not in places(text, finder, date(2016, 4, 10))


def test_rescuers_there_naming_the_aircraft_speak_as_the_civil_defence(finder):
    text = (
        "On Sunday, jets hit the town of Sarmin, killing a family of four; rescuers there said "
        "the planes were Russian."
    )
    (ev,) = events(text, finder, date(2016, 11, 22))
    assert (ev.claimant, ev.actor) == ("civil_defence", "russia")


# -- ordinary copy: asides, capitals, weeks, hours, dates of forms ------------------------


def test_more_of_a_list_between_dashes_is_struck_with_it(finder):
    text = "Government jets bombed Talbiseh — and the town of Rastan — at dawn on Thursday."
    found = events(text, finder, date(2016, 5, 14))
    assert {(ev.place_as_written, ev.event_date) for ev in found} == {
        ("Talbiseh", date(2016, 5, 12)),
        ("Rastan", date(2016, 5, 12)),
    }


def test_a_clause_between_dashes_keeps_its_own_strikes(finder):
    text = "Government jets bombed Talbiseh — and rebels shelled Rastan — at dawn on Thursday."
    assert places(text, finder, date(2016, 5, 14)) == ["Talbiseh"]


def test_a_weekday_in_capitals_dates_the_strike(finder):
    text = "WARPLANES POUNDED THE TOWN OF DARAYYA ON SATURDAY, THE LOCAL COUNCIL SAID."
    (ev,) = events(text, finder, date(2016, 7, 5))
    assert ev.event_date == date(2016, 7, 2)


def test_earlier_this_week_is_a_window_before_the_writing(finder):
    text = "Russian bombers hit Tadif earlier this week, a monitor said."
    (ev,) = events(text, finder, date(2016, 1, 14))  # a Thursday
    assert (ev.event_date, ev.time_precision) == (date(2016, 1, 13), "window")


def test_a_weekday_names_the_day_of_the_week_told(finder):
    written = date(2016, 1, 14)  # a Thursday
    this_week = "Jets struck Tadif earlier this week, on Monday, the monitor said."
    last_week = "Jets struck Tadif on Tuesday last week, the monitor said."
    far = "Earlier this week, the monitor said, jets had struck a depot in Tadif, on Tuesday."
    assert [ev.event_date for ev in events(this_week, finder, written)] == [date(2016, 1, 11)]
    assert [ev.event_date for ev in events(last_week, finder, written)] == [date(2016, 1, 5)]
    assert [ev.event_date for ev in events(far, finder, written)] == [date(2016, 1, 12)]


def test_hours_ago_count_whole_days_back(finder):
    text = "Helicopters dropped barrel bombs on Kafr Batna 48 hours ago, rescuers said."
    (ev,) = events(text, finder, date(2016, 3, 9))
    assert ev.event_date == date(2016, 3, 7)


def test_a_day_month_and_year_joined_by_hyphens_is_a_date(finder):
    text = "Russian aircraft struck Jisr al-Shughur on 29-Feb-2016, killing five."
    (ev,) = events(text, finder, date(2016, 3, 4))
    assert ev.event_date == date(2016, 2, 29)


def test_where_speakers_now_live_is_not_struck(finder):
    text = (
        "A teacher from Kafr Zita, now living in Khan Shaykhun, said Russian jets destroyed "
        "her school in Kafr Zita."
    )
    assert places(text, finder, date(2016, 4, 10)) == ["Kafr Zita"]


def test_a_verb_of_battering_after_aircraft_is_a_strike(finder):
    text = "Helicopters strafed Kafr Owaid and warplanes pummelled Maarzita on Monday."
    assert places(text, finder, date(2016, 2, 3)) == ["Kafr Owaid", "Maarzita"]


def test_a_verb_of_battering_without_aircraft_is_no_strike(finder):
    text = "Russian jets struck Syria again. The minister blasted rebels in Maarzita on Monday."
    assert places(text, finder, date(2016, 2, 3)) == []


def test_where_someone_was_born_is_not_the_place_struck(finder):
    text = "Born and raised in Binnish, the nurse died when jets bombed Taftanaz on Sunday."
    assert places(text, finder, date(2016, 3, 2)) == ["Taftanaz"]


def test_where_people_fleeing_the_strikes_arrive_is_not_struck(finder):
    text = "Villagers fleeing the air raids on Kafr Hamra have reached the outskirts of Azaz."
    assert places(text, finder, date(2016, 2, 9)) == ["Kafr Hamra"]


def test_people_struck_as_they_arrive_are_struck_there(finder):
    text = "Warplanes killed nine people fleeing Kafr Hamra as they reached Azaz on Monday."
    assert "Azaz" in places(text, finder, date(2016, 2, 9))


def test_a_blog_post_by_a_writer_named_after_a_town_is_no_strike(finder):
    text = (
        "Jets Pound Rebel Positions in the Hills\n\n"
        "Posted by Samir Haddad | May 3, 2016 | 5 comments\n"
    )
    assert places(text, finder, date(2016, 5, 3)) == []


def test_a_title_dated_by_the_page_takes_the_day_the_body_tells(finder):
    text = (
        "Turkish jets pound militants around Qabasin\n\n"
        "Fighter jets destroyed 12 targets in Qabasin on Monday, the army said.\n"
    )
    found = events(text, finder, date(2016, 12, 7))  # a Wednesday
    assert {ev.event_date for ev in found if ev.place_as_written == "Qabasin"} == {
        date(2016, 12, 5)
    }


def test_a_title_keeps_the_page_day_when_the_body_tells_an_older_strike(finder):
    text = (
        "Russian jets pound Qabasin\n\n"
        "The town had been struck on 20 November, the army said, and was hit again.\n"
    )
    found = events(text, finder, date(2016, 12, 7))
    assert date(2016, 12, 7) in {ev.event_date for ev in found}


def test_a_town_named_before_its_liberation_is_not_struck(finder):
    text = "Russian jets pound hideouts in the hills after Qabasin liberation"
    assert places(text, finder, date(2016, 12, 7)) == []


def test_a_town_a_side_claims_in_a_title_is_its_capture(finder):
    text = "Russian jets pound the countryside as army claims Qabasin"
    assert places(text, finder, date(2016, 12, 7)) == []


def test_two_days_in_a_row_after_the_month_are_a_window(finder):
    found = events("Warplanes bombed Kafr Hamra on March 4 and 5.", finder, date(2016, 3, 8))
    assert [(ev.event_date, ev.time_precision) for ev in found] == [(date(2016, 3, 5), "window")]


def test_two_days_apart_after_the_month_keep_the_first(finder):
    found = events("Warplanes bombed Kafr Hamra on March 1 and 5.", finder, date(2016, 3, 8))
    assert [ev.event_date for ev in found] == [date(2016, 3, 1)]


def test_a_titled_given_name_before_a_family_name_with_its_article_is_a_person(finder):
    text = (
        "Russian warplanes bombed the north again.\n\n"
        "Activist Hadi al-Khatib, reporting from Taftanaz, said the strikes killed 12 on Monday."
    )
    assert places(text, finder, date(2016, 3, 2)) == ["Taftanaz"]


def test_a_common_given_name_before_a_place_with_its_article_is_a_person(finder):
    text = "Khaled al-Bab, a nurse, said Russian jets struck Taftanaz on Monday."
    assert places(text, finder, date(2016, 3, 2)) == ["Taftanaz"]


def test_a_part_of_a_day_of_the_month_named_alone_dates_the_strike(finder):
    text = "Warplanes bombed Kafr Hamra in the early hours of the 7th, the council said."
    (ev,) = events(text, finder, date(2016, 2, 9))
    assert ev.event_date == date(2016, 2, 7)


# -- the hundred-and-twenty-sixth set's families ------------------------------------------


def test_a_rights_network_s_and_citizen_journalists_own_reports_speak_for_them(finder):
    text = "On Monday, Russian warplanes struck the bakery in Kafr Hamra, destroying its oven."
    network = Document(
        "t", "t.txt", text, date(2016, 3, 2), source="a rights network's monthly report"
    )
    group = Document("t", "t.txt", text, date(2016, 3, 2), source="a citizen journalists' group")
    assert [ev.claimant for ev in extract_events(network, finder)] == ["rights_groups"]
    assert [ev.claimant for ev in extract_events(group, finder)] == ["activists"]


def test_a_count_table_under_a_heading_of_strikes_names_its_places_one_a_line(finder):
    text = (
        "Warplanes pounded the eastern desert all weekend.\n\n"
        "Air strikes recorded on Saturday, 5 March:\n\n"
        "al-Qaryatayn: 12\nMahin: 7\n\nThe toll is not yet known."
    )
    assert places(text, finder, date(2016, 3, 7)) == ["al-Qaryatayn", "Mahin"]


def test_a_count_table_s_rows_take_the_aircraft_told_above_the_table(finder):
    text = (
        "Russian jets carried out dozens of strikes on the eastern desert this weekend, the "
        "group said.\n\nNumber of strikes by place:\n\nal-Qaryatayn: 12\nMahin: 7"
    )
    found = events(text, finder, date(2016, 3, 7))
    assert [(ev.place_as_written, ev.actor) for ev in found] == [
        ("al-Qaryatayn", "russia"),
        ("Mahin", "russia"),
    ]


def test_a_strike_the_voice_could_not_confirm_is_not_struck(finder):
    text = (
        "Jets bombed Maskanah on Friday, residents said. The group could not confirm whether "
        "the planes also hit the village of Deir Hafer."
    )
    assert places(text, finder, date(2016, 7, 9)) == ["Maskanah"]


def test_a_toll_of_martyrs_in_a_town_before_the_strike_that_caused_it(finder):
    text = "Hama: 4 martyrs in Kafr Zita after regime helicopters dropped barrel bombs on a bakery."
    (ev,) = events(text, finder, date(2016, 4, 2))
    assert (ev.place_as_written, ev.actor) == ("Kafr Zita", "regime")


def test_a_toll_by_neighbourhood_after_strikes_told_in_its_paragraph(finder):
    text = (
        '"Jets hit the market in Sarmin at dawn," the rescue group said on Monday. It said 12 '
        "people had been killed in the towns of Binnish and Taftanaz since Sunday evening."
    )
    assert places(text, finder, date(2016, 10, 3)) == ["Sarmin", "Binnish", "Taftanaz"]


def test_a_toll_by_town_with_a_cause_of_its_own_is_not_the_strikes(finder):
    text = (
        '"Jets hit the market in Sarmin at dawn," the rescue group said on Monday. It said 12 '
        "people had been killed in the towns of Binnish and Taftanaz by regime shelling."
    )
    assert places(text, finder, date(2016, 10, 3)) == ["Sarmin"]


def test_the_city_of_a_report_headed_by_a_town_s_own_outlet_is_that_town(finder):
    text = (
        "MOADAMIYEH LOCAL COUNCIL\nDaily report\n\n"
        "- At noon, helicopters dropped six barrel bombs on the eastern edge of the city.\n\n"
        "- Aid has not entered Moadamiyeh for three weeks."
    )
    found = events(text, finder, date(2016, 6, 2))
    assert [(place_key(ev.place_as_written), ev.event_date) for ev in found] == [
        (place_key("Moadamiyeh"), date(2016, 6, 2))
    ]


# -- the 129th set's families ---------------------------------------------------------


def test_the_barrens_and_the_wadi_of_a_town_are_beside_it(finder):
    text = "On Friday, helicopters dropped barrel bombs on the barrens (jurd) of Yabroud."
    (ev,) = events(text, finder, date(2015, 11, 2))
    assert (ev.place_as_written, ev.place_relation) == ("Yabroud", "near")


def test_where_a_ground_assault_set_out_from_is_not_struck(finder):
    text = (
        "Jets hit Zabadani on Monday, and militias tried to storm the town from the direction "
        "of the hills of Bloudan."
    )
    assert places(text, finder, date(2015, 8, 4)) == ["Zabadani"]


def test_an_airport_helicopters_come_from_is_not_struck(finder):
    text = (
        "Barrel bombs fell on Darayya on Sunday. They come from the Mezzeh airport, residents said."
    )
    assert places(text, finder, date(2016, 5, 3)) == ["Darayya"]


def test_a_military_airport_infiltrated_toward_and_its_reference_are_not_struck(finder):
    text = (
        "Warplanes struck ISIS depots near Jayroud on Monday, hitting units that tried to "
        "infiltrate toward the Dumayr military airport, some 40 km northeast of Damascus."
    )
    assert places(text, finder, date(2016, 4, 6)) == ["Jayroud"]


def test_a_region_opening_a_sentence_with_a_compass_word_is_not_struck(finder):
    text = "In West Qalamoun, regime jets struck the outskirts of Rankous on Saturday."
    assert places(text, finder, date(2016, 4, 4)) == ["Rankous"]


def test_a_region_s_revolutionaries_gathering_speaks_as_rebels_and_is_not_struck(finder):
    text = "The Zabadani Revolutionaries Gathering said regime jets had bombed Madaya on Friday."
    (ev,) = events(text, finder, date(2015, 9, 1))
    assert (ev.place_as_written, ev.claimant) == ("Madaya", "rebels")


def test_a_media_office_named_after_its_region_speaks_as_activists(finder):
    text = (
        "Helicopters dropped barrel bombs on Moadamiya on Friday, the media office of the "
        "Western Ghouta said."
    )
    (ev,) = events(text, finder, date(2016, 9, 4))
    assert ev.claimant == "activists"


def test_a_spokesman_for_the_martyrs_of_a_town_brigade_speaks_as_rebels(finder):
    text = (
        "A spokesman for the Martyrs of Nawa Brigade said helicopters had dropped barrel bombs "
        "on Jasim on Friday."
    )
    (ev,) = events(text, finder, date(2016, 3, 7))
    assert (ev.place_as_written, ev.claimant) == ("Jasim", "rebels")


def test_where_the_displaced_are_sheltering_is_not_struck(finder):
    text = (
        "Jets struck Kafr Zeita on Monday. The families displaced from the town are now "
        "sheltering in the schools and mosques of Morek."
    )
    assert places(text, finder, date(2016, 5, 4)) == ["Kafr Zeita"]


def test_a_person_quoted_by_name_and_calling_speaks_as_activists(finder):
    text = '"Jets hit Inkhil yesterday," said Omar Haddad, a teacher who now lives in Beirut.'
    (ev,) = events(text, finder, date(2016, 6, 2))
    assert (ev.place_as_written, ev.claimant) == ("Inkhil", "activists")


def test_the_city_whose_water_was_cut_is_not_struck(finder):
    text = (
        "Jets bombed Ain al-Fijah on Friday; the council blamed the regime for cutting the "
        "water from Damascus."
    )
    assert places(text, finder, date(2016, 12, 30)) == ["Ain al-Fijah"]


def test_no_one_able_to_tell_whose_jets_leaves_the_actor_unknown(finder):
    text = (
        "Jets struck Nawa on Friday, and nobody was able to tell whether the jets were Syrian "
        "or Russian."
    )
    (ev,) = events(text, finder, date(2016, 6, 1))
    assert ev.actor == "unknown"


def test_a_commander_in_a_place_s_shield_forces_speaks_as_sana(finder):
    text = (
        "Russian jets struck ISIS positions near Jayroud on Sunday, according to a field "
        "commander in the Coastal Shield Forces."
    )
    (ev,) = events(text, finder, date(2016, 4, 5))
    assert ev.claimant == "sana"


def test_a_month_abbreviated_after_its_day_ends_the_sentence_before_a_capital(finder):
    spans = split_sentences("Jets hit Inkhil on 4 Dec. Inkhil remains besieged by the army.")
    assert len(spans) == 2
    assert len(split_sentences("Jets hit Inkhil on Dec. 4 and again later.")) == 1


# -- the hundred-and-twenty-seventh set's families ------------------------------------


def test_places_of_dated_list_items_opened_by_a_line_telling_strikes(finder):
    text = (
        "Reported strikes this week are listed by province.\n\nIdlib Province\n"
        "- Mar. 3: Taftanaz; Binnish\n- Mar. 5: Sarmin (two raids)\n\nHama Province\n"
        "- 07/03/2016: Kafr Zita. Witnesses said the bombs fell at noon."
    )
    found = events(text, finder, date(2016, 3, 9))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Taftanaz", date(2016, 3, 3)),
        ("Binnish", date(2016, 3, 3)),
        ("Sarmin", date(2016, 3, 5)),
        ("Kafr Zita", date(2016, 3, 7)),
    ]


def test_dated_list_items_under_a_line_telling_no_strike_are_no_strikes(finder):
    text = "Towns the army took this month:\n- Mar. 3: Taftanaz; Binnish\n- Mar. 5: Sarmin"
    assert places(text, finder, date(2016, 3, 9)) == []


def test_government_forces_or_russian_aircraft_name_no_single_striker(finder):
    text = (
        "Syrian government forces or Russian aircraft dropped cluster munitions on the town of "
        "Taftanaz on Monday, a rights group said."
    )
    (ev,) = events(text, finder, date(2016, 3, 9))
    assert ev.actor == "unknown"


def test_a_place_name_between_a_title_and_a_surname_is_a_given_name(finder):
    text = "Our correspondent Salma Haddad, in Amman, says the bombing went on all night."
    assert places(text, finder, date(2016, 3, 9)) == []


def test_the_start_of_a_road_bombed_along_its_way_is_not_struck(finder):
    text = "Families describe bombing along the road north from Idlib on Monday."
    assert places(text, finder, date(2016, 3, 9)) == []


def test_a_governorate_s_mountains_beside_its_villages_struck_that_day_add_no_event(finder):
    text = (
        "Activists said jets hit Kinsabba on Friday. The ministry said on Friday it had struck "
        "militant bases in the Latakia mountains."
    )
    assert places(text, finder, date(2016, 1, 30)) == ["Kinsabba"]


def test_forces_fighting_on_the_ground_beside_a_strike_are_not_its_striker(finder):
    text = (
        "Russian jets pounded Marea on Monday. Activists also reported air strikes on the town "
        "of Tal Rifaat, where rebels and government forces have been fighting for weeks."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2016, 2, 9))}
    assert found["Tal Rifaat"] == "russia"


def test_a_bread_convoy_struck_is_a_civilian_target(finder):
    text = "Rescuers said jets hit a flour truck near Sarmin on Thursday."
    (ev,) = events(text, finder, date(2016, 3, 9))
    assert ev.claimed_target == "civilians"


def test_a_pro_opposition_page_speaks_as_activists(finder):
    text = "A pro-opposition Facebook page alleged that jets had struck Sarmin on Thursday."
    (ev,) = events(text, finder, date(2016, 3, 9))
    assert ev.claimant == "activists"


# -- the hundred-and-twenty-eighth set's families ---------------------------------------------


def test_a_weekday_cut_short_before_its_date_ends_no_sentence(finder):
    text = (
        "Jets struck the village of Khasham on Thu. 10/12/2015, killing a shepherd, activists said."
    )
    (ev,) = events(text, finder, date(2015, 12, 13))
    assert (ev.place_as_written, ev.event_date) == ("Khasham", date(2015, 12, 10))


def test_the_capital_whose_air_force_raids_is_not_struck(finder):
    text = (
        "Helicopters dropped barrel bombs on Tafas on Friday, in the heaviest raids by Damascus "
        "on the town this year."
    )
    assert places(text, finder, date(2016, 5, 8)) == ["Tafas"]


def test_hours_ago_count_back_whole_days(finder):
    text = "Warplanes hit a school in Kafr Zita 72 hours ago, local activists said."
    (ev,) = events(text, finder, date(2016, 3, 10))
    assert ev.event_date == date(2016, 3, 7)


def test_another_raid_goes_on_with_the_day_of_the_strikes_told_before(finder):
    text = (
        "Regime jets hit a bakery in Binnish on Sunday morning, activists said. Another raid "
        "struck a school in Sarmin, killing two children, according to the Civil Defence."
    )
    found = events(text, finder, date(2016, 5, 3))
    assert {(ev.place_as_written, ev.event_date) for ev in found} == {
        ("Binnish", date(2016, 5, 1)),
        ("Sarmin", date(2016, 5, 1)),
    }


def test_a_toll_of_the_strikes_placing_a_share_at_one_town_is_every_town_s(finder):
    text = (
        "Russian jets launched dozens of strikes on Anadan, Hayan and Bayanoun on Friday, "
        "according to the Civil Defence. The strikes hit homes and a market, the rescuers said, "
        "adding that 15 civilians were killed, nine of them in Hayan."
    )
    found = events(text, finder, date(2016, 2, 6))
    assert {ev.place_as_written: ev.claimed_target for ev in found} == {
        "Anadan": "civilians",
        "Hayan": "civilians",
        "Bayanoun": "civilians",
    }


def test_a_bare_make_is_the_regime_s_in_a_report_naming_no_russian_strike(finder):
    text = (
        "Syrian government warplanes bombed the town of Inkhil on Monday, activists said. "
        "On Tuesday, two Sukhoi jets struck the village of Jasim, the activists said. "
        "Russian diplomats in Amman proposed a truce for the south."
    )
    found = events(text, finder, date(2016, 6, 8))
    assert {ev.place_as_written: ev.actor for ev in found} == {
        "Inkhil": "regime",
        "Jasim": "regime",
    }


def test_a_toll_placing_most_dead_at_one_town_outweighs_who_holds_the_towns(finder):
    text = (
        "Russian jets pounded the rebel enclave of northern Hama on Sunday, striking Kafr Zita, "
        "Latamneh and Morek, activists said. The activists said 12 people were killed, most of "
        "them in Latamneh, where a strike destroyed a school."
    )
    found = events(text, finder, date(2015, 10, 13))
    assert {ev.place_as_written: ev.claimed_target for ev in found} == {
        "Kafr Zita": "civilians",
        "Latamneh": "civilians",
        "Morek": "civilians",
    }


# -- the 125th set's families ---------------------------------------------------------


def test_the_areas_of_the_settlements_of_a_list_are_near_each(finder):
    text = "Russian jets hit militant bases in the areas of the settlements of Salma and Rabia."
    found = events(text, finder, date(2016, 1, 20))
    assert {(ev.place_as_written, ev.place_relation) for ev in found} == {
        ("Salma", "near"),
        ("Rabia", "near"),
    }


def test_a_bare_target_after_a_comma_goes_on_with_the_list(finder):
    text = (
        "Bombers destroyed a command post near Raqqa, fuel depots near Maadan and a camp "
        "near Tabqa on Tuesday."
    )
    assert places(text, finder, date(2015, 11, 20)) == ["Raqqa", "Maadan", "Tabqa"]


def test_a_day_and_month_with_a_dot_after_on_dates_the_strike(finder):
    text = "Russian bombers struck Maadan on 14.11, the ministry said on Tuesday."
    (ev,) = events(text, finder, date(2015, 11, 17))
    assert ev.event_date == date(2015, 11, 14)


def test_hours_ago_in_a_ministry_s_words_count_back_whole_days(finder):
    text = "Russian aircraft destroyed a depot in Anadan 72 hours ago, the ministry said."
    (ev,) = events(text, finder, date(2016, 2, 12))
    assert ev.event_date == date(2016, 2, 9)


def test_a_name_after_also_known_as_is_the_same_place(finder):
    text = "Russian jets struck the ancient city of Palmyra, also known as Tadmur, on Monday."
    assert places(text, finder, date(2016, 5, 20)) == ["Palmyra"]


def test_a_crossing_a_column_came_through_is_not_struck(finder):
    text = "Russian jets hit trucks in Azaz that had come through the Bab al-Salama crossing."
    assert places(text, finder, date(2016, 2, 20)) == ["Azaz"]


def test_reports_by_human_rights_groups_that_a_ministry_denies_are_the_groups_claim(finder):
    text = (
        "The ministry dismissed reports by 'so-called human rights groups' that its jets had "
        "killed civilians in Hreitan on Friday."
    )
    (ev,) = events(text, finder, date(2016, 2, 14))
    assert ev.claimant == "rights_groups"


def test_an_official_of_the_free_syrian_army_speaks_as_the_rebels(finder):
    text = (
        "An official of the Free Syrian Army said a depot near Kafr Nabl was hit by Russian "
        "jets on Friday."
    )
    (ev,) = events(text, finder, date(2015, 10, 12))
    assert ev.claimant == "rebels"


def test_a_source_in_the_syrian_army_speaks_as_a_military_source(finder):
    text = (
        "Warplanes struck Morek on Sunday, killing a rebel commander, a source in the Syrian "
        "army said."
    )
    (ev,) = events(text, finder, date(2016, 9, 5))
    assert ev.claimant == "sana"


def test_a_coalition_government_saying_it_struck_is_its_own_raid_and_claim(finder):
    text = (
        "Russian jets struck Talbiseh on Monday. Britain said it had struck an Islamic State "
        "depot near Raqqa on Sunday."
    )
    found = {ev.place_as_written: ev for ev in events(text, finder, date(2015, 12, 8))}
    assert (found["Raqqa"].actor, found["Raqqa"].claimant) == ("coalition", "governments")


# -- the hundred-and-thirtieth set's families ---------------------------------------------


def test_an_item_opened_by_a_number_and_a_hyphen_is_labelled_by_its_place(finder):
    text = "Responses:\n\n1- Talbiseh: jets targeted the town with three raids.\n"
    assert places(text, finder, date(2016, 5, 3)) == ["Talbiseh"]


def test_a_thread_item_s_counter_and_day_head_its_place(finder):
    text = (
        "Attacks this week:\n\n"
        "(2/5) Mon 9 May - Kafr Takharim, Idlib countryside: a bakery was hit by two missiles "
        "from a warplane.\n"
    )
    (ev,) = events(text, finder, date(2016, 5, 12))
    assert (ev.place_as_written, ev.event_date) == ("Kafr Takharim", date(2016, 5, 9))


def test_a_paragraph_closing_on_its_day_and_a_colon_dates_the_items_below(finder):
    text = (
        "What our teams did on Monday 9.5.2016:\n\n"
        "1. Talbiseh: helicopters dropped barrel bombs on the market.\n"
    )
    (ev,) = events(text, finder, date(2016, 5, 11))
    assert ev.event_date == date(2016, 5, 9)


# -- the hundred-and-thirty-second set's families -----------------------------------------


def test_fighting_raging_after_a_strike_is_the_ground_s_battle(finder):
    text = "Helicopters dropped barrel bombs on Anadan on Monday, and fighting is raging in Hayan."
    assert places(text, finder, date(2016, 2, 2)) == ["Anadan"]


def test_evacuees_from_a_city_come_from_it(finder):
    text = "Jets struck Binnish on Monday as buses carrying evacuees from eastern Aleppo arrived."
    assert places(text, finder, date(2016, 12, 20)) == ["Binnish"]


def test_a_surgeon_opening_the_sentence_speaks_as_activists(finder):
    text = "A surgeon at a field clinic in Douma says jets struck the market of Arbeen overnight."
    (ev,) = events(text, finder, date(2016, 3, 8))
    assert (ev.place_as_written, ev.claimant) == ("Arbeen", "activists")


# -- the hundred-and-thirty-third set's families ------------------------------------------


def test_a_passive_clause_on_the_places_capture_does_not_date_the_strike(finder):
    text = (
        "State media said Tuesday that jets destroyed positions near Morek, a town taken by "
        "the insurgents early last month."
    )
    (ev,) = events(text, finder, date(2016, 2, 10))
    assert ev.event_date == date(2016, 2, 9)


def test_a_medical_charity_named_in_french_is_a_rights_group(finder):
    text = (
        "Médecins Sans Frontières says a clinic it supports in Tafas was hit by two missiles on "
        "Monday."
    )
    (ev,) = events(text, finder, date(2016, 2, 10))
    assert ev.claimant == "rights_groups"


def test_a_surgeon_s_home_town_is_no_struck_place(finder):
    text = (
        "An airstrike hit the market in Maarat al-Numan on Saturday.\n\n"
        '"Clinics are being hit every week," said Dr. Omar Aziz, a surgeon from Saraqeb.'
    )
    assert places(text, finder, date(2016, 4, 25)) == ["Maarat al-Numan"]


def test_a_roundabout_in_a_sentence_naming_no_place_lies_in_the_city_told_before(finder):
    text = (
        "Russian jets bombed Raqqa on Sunday night. Activists said the raids hit a market near "
        "the al-Naeem roundabout."
    )
    assert places(text, finder, date(2015, 12, 21)) == ["Raqqa"]


def test_the_place_a_struck_town_is_the_last_before_is_a_reference(finder):
    text = (
        "Warplanes struck Marea on Monday, the last rebel town before the border crossing of "
        "Bab al-Salama."
    )
    assert places(text, finder, date(2016, 2, 15)) == ["Marea"]


def test_a_destination_itself_hit_in_a_clause_after_it_is_struck(finder):
    text = "The wounded were taken to a clinic in Atareb, which was itself struck by a missile."
    assert places(text, finder, date(2016, 10, 12)) == ["Atareb"]


def test_a_named_doctor_who_runs_a_hospital_speaks_as_the_activists(finder):
    text = (
        "Dr Samir Haddad, who runs a field hospital in the east, said a missile struck a clinic "
        "in Atareb on Monday."
    )
    (ev,) = events(text, finder, date(2016, 10, 12))
    assert ev.claimant == "activists"


# -- the 135th set's families ---------------------------------------------------------


def test_a_name_written_with_a_unicode_or_non_breaking_hyphen_is_found(finder):
    text = "Helicopters dropped barrel bombs on al\u2011Rastan and Kafr\u2010Laha on Monday."
    found = places(text, finder, date(2016, 3, 2))
    assert found == ["al\u2011Rastan", "Kafr\u2010Laha"]
    assert place_key(found[0]) == place_key("al-Rastan")


def test_a_unit_named_after_martyrs_is_no_civilian_victim(finder):
    text = (
        "The air force destroyed positions of the ISIS-affiliated Khalid Martyrs Brigade "
        "in Tafas today, a military source told SANA."
    )
    (ev,) = events(text, finder, date(2016, 5, 4))
    assert ev.claimed_target == "isis"


def test_a_revolution_coordinators_union_speaks_as_activists(finder):
    text = (
        "Helicopters dropped barrel bombs on Talbiseh on Sunday, the Homs Coordinators Union said."
    )
    (ev,) = events(text, finder, date(2016, 5, 4))
    assert ev.claimant == "activists"


def test_the_wounded_taken_to_hospitals_in_the_town_and_in_another_mark_no_strike_there(finder):
    text = (
        "Jets struck Sarmin on Monday, and the wounded were taken to field hospitals in the "
        "town and in Binnish."
    )
    assert places(text, finder, date(2016, 5, 4)) == ["Sarmin"]


def test_a_given_name_before_a_kunya_built_family_name_is_no_place(finder):
    text = (
        "A local commander, Adnan Abu Hassan, told reporters that jets had struck Manbij on Monday."
    )
    assert places(text, finder, date(2016, 5, 4)) == ["Manbij"]


def test_a_party_to_a_deal_is_no_air_force_striking(finder):
    text = (
        "Warplanes struck Talbiseh on Monday morning.\n\n"
        "Families left al-Waer under a deal between the regime and the district's committee."
    )
    (ev,) = events(text, finder, date(2016, 5, 4))
    assert ev.actor == "unknown"


# -- the 131st set's families ---------------------------------------------------------------


def test_ground_forces_launching_a_ground_attack_neither_strike_nor_are_struck_at(finder):
    text = (
        "Russian warplanes bombed the Latakia mountains on Tuesday. The jets hit Kinsabba, hours "
        "after government forces backed by allied militias launched a ground attack on Jabal "
        "al-Akrad from the direction of Salma."
    )
    found = {ev.place_as_written: ev for ev in events(text, finder, date(2015, 11, 25))}
    assert found["Kinsabba"].actor == "russia"
    assert "Jabal al-Akrad" not in found


def test_where_supply_lines_lead_is_no_struck_place(finder):
    text = (
        "Jets struck Ghmam on Monday, likely to cut the rebels' supply lines from the border "
        "toward Jabal al-Akrad."
    )
    assert places(text, finder, date(2016, 1, 20)) == ["Ghmam"]


def test_the_town_names_again_the_place_introduced_as_a_town_on_its_day(finder):
    text = (
        "Government troops and allied fighters took the town of Morek on March 3 after an "
        "offensive launched from the army stronghold of Souran. Russian jets bombed the town "
        "throughout the last days of the fight."
    )
    (ev,) = events(text, finder, date(2016, 3, 6))
    assert (ev.place_as_written, ev.event_date, ev.actor) == ("Morek", date(2016, 3, 3), "russia")


def test_injuries_to_citizens_are_civilians(finder):
    text = (
        "Helicopters dropped barrel bombs on Kafr Zita yesterday, which resulted in injuries to "
        "a number of citizens."
    )
    (ev,) = events(text, finder, date(2016, 4, 2))
    assert ev.claimed_target == "civilians"


def test_they_came_back_carries_the_aircraft_their_paragraph_named(finder):
    text = (
        "We know the Russian jets by their sound. They hit the bakery in Saqba.\n\n"
        "At noon they came back and struck Kafr Batna."
    )
    found = {ev.place_as_written: ev for ev in events(text, finder, date(2016, 1, 5))}
    assert found["Kafr Batna"].actor == "russia"


def test_a_hedged_purpose_of_the_strikes_is_no_claimed_target(finder):
    text = (
        "Activists reported Russian air strikes on Kabani on Friday, probably meant to break "
        "the rebels' hold on the ridge."
    )
    (ev,) = events(text, finder, date(2016, 1, 30))
    assert ev.claimed_target == "unspecified"


# -- the hundred-and-thirty-fourth set's families -----------------------------------------


def test_tags_below_a_raid_at_this_hour_and_their_next_line_are_struck(finder):
    text = (
        "Helicopters over the valley again. Raids at this hour on\n"
        "#Kafr_Zita #Latamneh\n"
        "#Morek\n"
        "Stay safe.\n"
    )
    assert places(text, finder, date(2016, 4, 2)) == ["Kafr_Zita", "Latamneh", "Morek"]


def test_gunners_shelling_in_a_while_clause_are_not_the_jets_actor(finder):
    text = (
        "Russian jets bombed Kafr Zita on Tuesday. The jets also raided Latamneh and Morek, "
        "while regime artillery at the nearby checkpoints shelled the farms."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2016, 4, 6))}
    assert found["Latamneh"] == "russia"


def test_a_faction_alliance_named_coalition_is_not_the_air_coalition(finder):
    text = "Fighters of the Jaish al-Islam coalition said they had destroyed a tank outside Morek."
    assert places(text, finder, date(2016, 4, 6)) == []


# -- the 136th set's families ---------------------------------------------------------


def test_a_strike_on_a_meeting_makes_its_place_struck(finder):
    text = (
        "A rebel commander was killed on Monday in an air strike on a meeting of field leaders "
        "in Kafr Zita."
    )
    assert places(text, finder, date(2016, 3, 2)) == ["Kafr Zita"]


def test_a_charity_named_without_borders_is_no_place(finder):
    text = (
        "Jets struck a clinic run by Karama Without Borders in Kafr Nabl on Monday, activists said."
    )
    assert places(text, finder, date(2016, 3, 2)) == ["Kafr Nabl"]


def test_the_observatory_named_by_its_chief_speaks_as_the_monitor(finder):
    text = (
        "Jets struck Kafr Nabl on Monday, a monitor said. Observatory chief Ahmad Saleh said a "
        "second raid hit Hass the same evening."
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder, date(2016, 3, 2))}
    assert found["Hass"] == "sohr"


def test_a_paragraph_opened_hours_later_strikes_the_town_told_before(finder):
    text = (
        "In Kafr Nabl, a food delivery reached the bakery on Tuesday morning.\n\n"
        "Hours later, helicopters dropped barrel bombs on the town, the local council said."
    )
    assert places(text, finder, date(2016, 3, 2)) == ["Kafr Nabl"]


def test_the_groups_capital_before_a_place_yields_to_civilian_victims(finder):
    text = (
        "In the Islamic State's self-declared capital Raqqa, residents said jets hit a crowded "
        "market on Monday."
    )
    (ev,) = events(text, finder, date(2016, 3, 2))
    assert ev.claimed_target == "civilians"


def test_the_powers_that_brokered_a_truce_are_not_whose_jets_struck(finder):
    text = (
        "Helicopters dropped barrel bombs on Hass on Friday.\n\n"
        "The ceasefire that Washington and Russia brokered in March is barely holding. In the "
        "south, warplanes hit a bakery in Nawa on Sunday, a local activist said."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2016, 4, 20))}
    assert found["Nawa"] == "regime"


def test_a_medical_charity_named_before_the_charity_said_speaks(finder):
    text = (
        "Jets hit a clinic run by the medical charity Hope Relief in Kafr Nabl on Monday night, "
        "the charity said."
    )
    (ev,) = events(text, finder, date(2016, 3, 2))
    assert ev.claimant == "rights_groups"


def test_a_family_killed_when_a_house_collapsed_in_one_town_is_not_the_others(finder):
    text = (
        "Russian jets struck Hass and Kafr Nabl on Monday, a monitor said, and a family of five "
        "was killed when their house collapsed in Kafr Nabl."
    )
    found = {ev.place_as_written: ev.claimed_target for ev in events(text, finder)}
    assert found == {"Hass": "unspecified", "Kafr Nabl": "civilians"}


# -- the hundred-and-thirty-seventh set's families ----------------------------------------


def test_a_masthead_in_capitals_over_day_headings_speaks_for_its_items(finder):
    text = (
        "SYRIA CIVIL DEFENCE -- IDLIB DIRECTORATE\n"
        "Weekly statement\n\n"
        "Monday 3 October\n\n"
        "- Sarmin: two air strikes on the bakery at noon. 3 killed.\n\n"
        "Tuesday 4 October\n\n"
        "- Binnish: a helicopter dropped a barrel bomb on the school.\n"
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder, date(2016, 10, 5))}
    assert found == {"Sarmin": "civil_defence", "Binnish": "civil_defence"}


def test_a_military_source_placed_in_a_town_speaks_for_the_source_after(finder):
    text = (
        "A military source in Hama told the site that the army had retaken two hills. "
        "Jets struck the militants in Kafr Zita on Monday, the source said."
    )
    (ev,) = events(text, finder, date(2016, 9, 6))
    assert ev.claimant == "sana"


def test_according_to_a_named_rescue_worker_is_the_civil_defence(finder):
    text = (
        "Jets hit the market of Saraqeb on Friday, according to Omar Khalil, a rescue worker "
        "in the town."
    )
    (ev,) = events(text, finder, date(2016, 9, 3))
    assert ev.claimant == "civil_defence"


def test_housing_blocks_are_civilians(finder):
    text = "Helicopters dropped barrel bombs on the housing blocks of Masaken Hanano on Monday."
    (ev,) = events(text, finder, date(2016, 11, 30))
    assert ev.claimed_target == "civilians"


def test_the_number_of_people_killed_in_strikes_has_risen_tells_the_strikes(finder):
    text = (
        "The number of the people who were killed yesterday in the strikes of warplanes on "
        "the town of Sarmin has risen to nine."
    )
    found = [(ev.place_as_written, ev.event_date) for ev in events(text, finder, date(2016, 12, 3))]
    assert found == [("Sarmin", date(2016, 12, 2))]


# -- the 138th set's families ---------------------------------------------------------


def test_a_count_set_after_a_day_counts_back_from_it(finder):
    text = "Crowds gathered on Friday, three days after jets bombed the bakery in Saraqib."
    (ev,) = events(text, finder, date(2016, 3, 5))
    assert ev.event_date == date(2016, 3, 1)


def test_a_clause_of_harm_with_its_own_day_dates_its_place(finder):
    text = (
        "Warplanes hit a school in Sarmin on 2 March, and a bakery in Binnish was "
        "destroyed on Friday."
    )
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 3, 6))}
    assert found == {"Sarmin": date(2016, 3, 2), "Binnish": date(2016, 3, 4)}


def test_a_city_owning_its_districts_only_holds_them(finder):
    text = "Helicopters bombed Aleppo city's Sukkari and al-Kalasa districts on Monday."
    assert places(text, finder, date(2016, 5, 3)) == ["Sukkari", "al-Kalasa"]


def test_a_place_named_as_party_to_a_deal_is_not_struck(finder):
    text = "Jets bombed Rastan on Sunday as the Talbiseh reconciliation agreement faltered."
    assert places(text, finder, date(2016, 5, 3)) == ["Rastan"]


def test_militants_fighting_near_a_place_are_the_targets_users_not_struck(finder):
    text = (
        'Bombers struck Raqqa on Monday. "Near Maskanah, a depot used to supply militants '
        'fighting near Kweires was destroyed," he said.'
    )
    assert places(text, finder, date(2015, 11, 18)) == ["Raqqa", "Maskanah"]


# -- the 139th set's families -------------------------------------------------------------------


def test_a_colon_list_goes_on_past_a_bracketed_locator(finder):
    text = (
        "Aid workers reported air strikes on the following villages: Kansafra (Ariha "
        "sub-district) and Mhambel (Ariha sub-district)."
    )
    assert places(text, finder) == ["Kansafra", "Mhambel"]


def test_a_road_s_second_end_told_by_its_kind_is_no_struck_place(finder):
    text = "Jets hit a fuel truck on the road between Saraqib and the market town of Binnish."
    assert places(text, finder) == []


def test_positions_around_a_place_that_forces_shell_from_are_no_struck_place(finder):
    text = "Jets struck Kafr Laha, on a road that the army shells from its positions around Qabu."
    assert places(text, finder) == ["Kafr Laha"]


def test_a_town_people_are_to_leave_under_a_deal_is_no_struck_place(finder):
    text = "Jets struck Douma on Monday. Under the deal, 300 fighters are to leave Moadamiyeh."
    assert places(text, finder) == ["Douma"]


def test_rescuers_in_a_region_speak_as_civil_defence_from_it(finder):
    text = "Rescuers in the northern Ghouta say jets have hit Harasta and Arbin since dawn."
    found = events(text, finder)
    assert [ev.place_as_written for ev in found] == ["Harasta", "Arbin"]
    assert {ev.claimant for ev in found} == {"civil_defence"}


def test_a_bracketed_sub_district_keeps_its_town_s_own_strike(finder):
    text = (
        "Air strikes hit Mhambel (Ariha sub-district) on Monday. "
        "On Tuesday, the Ariha bakery was damaged in an air strike."
    )
    assert places(text, finder) == ["Mhambel", "Ariha"]


def test_a_monitoring_group_named_by_its_base_is_the_observatory(finder):
    text = "Jets struck Kafr Nabl on Monday, killing four, a London-based monitoring group said."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimant) == ("Kafr Nabl", "sohr")


# -- the 141st set's families ---------------------------------------------------------


def test_two_air_forces_named_as_two_phrases_are_unknown(finder):
    text = "The Syrian Air Force and the Russian warplanes bombed Kafr Zita on Monday."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.actor) == ("Kafr Zita", "unknown")


def test_aircraft_not_identified_as_either_side_are_unknown(finder):
    text = "Jets that could not be identified as Russian or Syrian struck Binnish on Monday."
    (ev,) = events(text, finder)
    assert ev.actor == "unknown"


def test_the_negotiations_committee_under_another_word_order_speaks_as_rebels(finder):
    text = "Russian jets bombed Talbiseh on Monday, the High Committee for Negotiations said."
    (ev,) = events(text, finder)
    assert ev.claimant == "rebels"


def test_villages_forces_attack_with_air_support_set_off_by_commas_are_not_struck(finder):
    text = (
        "On Monday, government troops, backed by Russian air cover, attacked the village of "
        "Kinsabba, and regime jets struck Salma."
    )
    assert places(text, finder) == ["Salma"]


def test_where_the_fighting_has_moved_is_no_struck_place(finder):
    text = (
        "The fighting has moved to the plain, around Khan Tuman and al-Eis, and there are "
        "reports of air strikes on Hayan."
    )
    assert places(text, finder) == ["Hayan"]


def test_shelling_before_a_parallel_report_of_air_strikes_stays_ground_fire(finder):
    text = "Residents spoke of shelling of Jobar and of air strikes on Zamalka on Monday."
    assert places(text, finder) == ["Zamalka"]


def test_a_running_tally_since_a_day_told_before_is_no_strike_of_a_day(finder):
    text = "The monitor has counted since then 40 air strikes on areas in Hama and Latakia."
    assert places(text, finder) == []


def test_a_lead_s_countryside_dates_the_towns_of_the_next_paragraph(finder):
    text = (
        "MOSCOW (Agency)- Jets struck the positions of militants in the countryside of Hama "
        "province on Monday.\n\nJets pounded Kafr Zita and Morek, a military source said."
    )
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder)}
    assert found["Kafr Zita"] == date(2016, 2, 8)


def test_a_day_called_the_worst_dates_the_strikes_told_next(finder):
    text = "On Sunday we saw the deadliest day of the month. Air strikes hit the market in Saraqib."
    (ev,) = events(text, finder)
    assert ev.event_date == date(2016, 2, 7)


def test_hours_after_another_event_set_off_by_commas_describe_the_day(finder):
    text = "On 3 February, a few hours after the talks opened, helicopters bombed Darat Izza."
    (ev,) = events(text, finder)
    assert ev.event_date == date(2016, 2, 3)


def test_the_district_of_a_city_the_report_names_is_no_administrative_district(finder):
    text = "In Aleppo, air strikes hit a clinic in the neighbouring district of al-Mashhad."
    assert "al-Mashhad" in places(text, finder)


def test_jets_coming_back_to_a_place_strike_it(finder):
    text = "The warplanes came back to Ariha on Tuesday morning, residents said."
    assert places(text, finder) == ["Ariha"]


def test_headquarters_of_the_factions_are_rebels(finder):
    text = "Jets struck Azaz on Monday, targeting the headquarters of the factions there."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "rebels"


# -- the 143rd set's families ---------------------------------------------------------


def test_committees_spelt_co_ordination_speak_as_the_lcc(finder):
    text = "Local co-ordination committees: five killed in air raids on Kafr Zita."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimant) == ("Kafr Zita", "lcc")


def test_kurdish_led_forces_saying_a_strike_speak_as_rebels(finder):
    text = "Kurdish-led forces say coalition jets struck positions east of Tal Abyad on Sunday."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimant) == ("Tal Abyad", "rebels")


def test_a_place_only_locating_a_camp_for_the_displaced_is_no_struck_place(finder):
    text = "Jets hit the Kammuneh camp for displaced families near Atmeh on Friday."
    assert places(text, finder) == ["Kammuneh"]


def test_rescue_workers_telling_when_the_strike_came_speak_of_it_too(finder):
    text = (
        "Jets struck the market in Saraqib on Monday, the Observatory said. "
        "It said the jets were thought to be Russian. "
        "Rescue workers said the strikes came just after noon."
    )
    found = events(text, finder)
    assert [ev.place_as_written for ev in found] == ["Saraqib", "Saraqib"]
    assert {ev.claimant for ev in found} == {"sohr", "civil_defence"}


def test_a_count_of_targets_in_governorate_names_alone_counts_by_governorate(finder):
    text = (
        "Activists said jets struck Talbiseh on Sunday. Russia's defence ministry said its "
        "jets hit 90 targets in Hama, Homs and Latakia on Sunday."
    )
    assert places(text, finder) == ["Talbiseh", "Hama", "Latakia"]


def test_a_place_near_the_road_to_a_town_locates_the_strike(finder):
    text = "Jets hit a lorry on Tuesday on the road to Darkush, near the village of Armanaz."
    assert places(text, finder) == ["Armanaz"]


# -- the 142nd set's families -------------------------------------------------------------------


def test_a_hard_wrapped_opening_paragraph_is_body_not_title(finder):
    text = (
        "Syria round-up\n"
        "\n"
        "Russian jets flew 40 sorties on Monday and hit targets in\n"
        "the provinces of Hama and Idlib, the ministry said.\n"
    )
    assert places(text, finder) == ["provinces of Hama", "Idlib"]


def test_an_entry_s_note_under_a_blank_line_tells_its_place_s_strike(finder):
    text = (
        "Entry 12\n"
        "Date: March 3, 2016\n"
        "Location: Saraqib, Idlib governorate\n"
        "Alleged belligerents: Russian Military\n"
        "\n"
        "Summary: Witnesses said an air strike hit a bakery in the town at noon.\n"
    )
    (ev,) = events(text, finder, date(2016, 3, 10))
    assert (ev.place_as_written, str(ev.event_date)) == ("Saraqib", "2016-03-03")


def test_places_roads_lead_towards_are_no_struck_places(finder):
    text = "Jets hit trucks on the roads west of Saraqib, towards Binnish and Taftanaz, on Monday."
    assert places(text, finder) == ["Saraqib"]


def test_it_naming_places_after_a_ministry_speaks_for_the_ministry(finder):
    text = (
        "Bombers hit IS targets near Raqqa on Tuesday, the Russian defence ministry said. "
        "It named the towns of Maskanah and Deir Hafer, where depots were destroyed."
    )
    found = events(text, finder, date(2016, 8, 20))
    assert [ev.place_as_written for ev in found] == ["Raqqa", "Maskanah", "Deir Hafer"]
    assert {ev.claimant for ev in found} == {"russian_mod"}


def test_the_target_named_in_the_next_sentence_is_the_strike_s_target(finder):
    text = "Jets struck Maadan on Monday. The target was an ISIS checkpoint in the town."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimed_target) == ("Maadan", "isis")


# -- the 140th set's families -------------------------------------------------------------------


def test_a_brigade_s_media_office_heading_its_statement_speaks_as_rebels(finder):
    text = (
        "Jaysh al-Sahel -- Media Office\nStatement No. 12\n\n"
        "At dawn on Monday, Russian warplanes bombed the homes of civilians in Kansafra."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimant) == ("Kansafra", "rebels")


def test_the_official_repeats_the_government_official_named_before(finder):
    text = (
        "A senior U.S. defense official criticised the Russian campaign on Tuesday. "
        "The official, who asked not to be named, said Russian jets had bombed rebels near "
        "Kafr Zita on Monday."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimant) == ("Kafr Zita", "governments")


def test_a_reply_denying_the_account_before_it_keeps_that_account_s_day(finder):
    text = (
        "A U.S. official said Russian jets had bombed rebels near Kafr Zita on Monday. "
        "Moscow's Defence Ministry denied it, saying its jets had destroyed Islamic State "
        "depots in the province of Raqqa."
    )
    assert {ev.event_date for ev in events(text, finder)} == {date(2016, 2, 8)}


def test_reports_by_foreign_media_that_a_side_rejects_are_the_media_s_claim(finder):
    text = (
        "The ministry rejected reports by foreign media outlets that Russian jets had bombed "
        "a clinic in Kafr Zita on Monday."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimant) == ("Kafr Zita", "media")


def test_a_group_s_name_in_another_transliteration_is_the_same_target(finder):
    text = "Russian jets struck a headquarters of the Jaysh al-Islam grouping near Douma on Monday."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimed_target) == ("Douma", "rebels")


def test_towns_in_the_north_of_a_province_only_locate_the_towns_named_after(finder):
    text = (
        "Russian jets hit towns in the north of Hama province on Monday, activists said. "
        "The Observatory said strikes on Kafr Zita and Latamneh killed 12 civilians."
    )
    assert places(text, finder) == ["Kafr Zita", "Latamneh"]


def test_a_voice_noting_another_s_announcement_gives_the_claim_to_the_announcer(finder):
    text = (
        "The Observatory notes that the Russian Ministry of Defence announced on Monday that "
        "its aircraft had hit ISIS positions in the Hama countryside."
    )
    (ev,) = events(text, finder)
    assert (ev.claimant, ev.claimed_target) == ("russian_mod", "isis")


def test_a_group_that_has_received_antitank_missiles_is_a_rebel_target(finder):
    text = (
        "Russian jets struck near Kafr Zita on Monday, hitting a base belonging to a group that "
        "has received American-made antitank missiles, a U.S. official said."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimed_target) == ("Kafr Zita", "rebels")


def test_a_briefing_s_next_province_after_and_opens_its_own_clause(finder):
    text = (
        "Russian jets destroyed an ISIS camp near Kafr Zita in Hama province on Monday, and in "
        "the province of Idlib a bunker used by terrorists near Kafr Nabl was destroyed, the "
        "ministry said."
    )
    found = {ev.place_as_written: ev.claimed_target for ev in events(text, finder)}
    assert found == {"Kafr Zita": "isis", "Kafr Nabl": "unspecified"}


def test_a_voice_closing_a_sentence_on_the_city_told_before_claims_it_too(finder):
    text = (
        "Air strikes killed 12 people in Ariha on Monday, activists said. "
        "The raids hit a market near the city's main square, the Civil Defence said."
    )
    found = {(ev.place_as_written, ev.claimant) for ev in events(text, finder)}
    assert found == {("Ariha", "activists"), ("Ariha", "civil_defence")}


# -- the 144th set's families ---


def test_assad_regime_and_russian_airstrikes_name_no_single_striker(finder):
    text = "Nine people were killed on Monday in Assad regime and Russian airstrikes on Binnish."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.actor) == ("Binnish", "unknown")


def test_a_place_shelled_in_a_passive_clause_after_a_strike_is_not_struck(finder):
    text = (
        "The monitor said warplanes struck Taftanaz on Monday, and that the village of Binnish "
        "was shelled by government artillery."
    )
    assert places(text, finder) == ["Taftanaz"]


def test_aircraft_of_no_side_before_a_while_clause_take_the_aircraft_told_before(finder):
    text = (
        "Russian jets struck Binnish on Monday.\n\n"
        "Warplanes also hit Taftanaz, while regime helicopters dropped barrel bombs on Saraqib."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder)}
    assert found == {"Binnish": "russia", "Taftanaz": "russia", "Saraqib": "regime"}


def test_an_opposition_medical_body_closing_a_sentence_speaks_as_activists(finder):
    text = (
        "Jets struck Taftanaz overnight, the monitor said. An air raid hit a field hospital in "
        "Binnish on Saturday, an opposition medical body said."
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder)}
    assert found == {"Taftanaz": "sohr", "Binnish": "activists"}


# -- the 146th set's families -------------------------------------------------------------------


def test_howitzers_firing_on_targets_after_a_strike_are_ground_fire(finder):
    text = (
        "Jets destroyed 14 Daesh targets in northern Syria on Monday, the army said.\n\n"
        "Howitzers fired on 30 Daesh targets around Sheikh Rih and Turkman Bareh."
    )
    assert places(text, finder) == []


def test_the_approaches_of_a_town_are_near_it(finder):
    text = "Coalition jets struck ISIS positions on the northern approaches of Tabqa on Monday."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.place_relation) == ("Tabqa", "near")


def test_where_rockets_came_from_is_no_struck_place(finder):
    text = (
        "Jets struck Islamic State positions on Monday after rockets hit a border town. "
        "Officials said the rockets were fired from militant-held ground outside Dabiq."
    )
    assert "Dabiq" not in places(text, finder)


def test_the_targets_after_a_voice_are_those_counted_before(finder):
    text = (
        "Turkish jets hit 12 Daesh targets on Monday, the army said. In a statement, the army "
        "said the targets, including depots, were in the village of Suran."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "isis"


def test_a_road_named_after_a_landmark_is_no_struck_place(finder):
    text = "On Sunday coalition aircraft struck an ammunition store near the Tishreen Dam road."
    assert places(text, finder) == []


def test_an_aircraft_that_was_hit_strikes_nothing(finder):
    text = (
        "Russian jets bombed hill villages on Tuesday. Two crewmen died when a helicopter "
        "was hit during the rescue near Salma."
    )
    assert "Salma" not in places(text, finder)


# -- the 145th set's families ---------------------------------------------------------


def test_ground_forces_after_a_voice_set_off_by_commas_lead_a_ground_sentence(finder):
    text = (
        "The air force struck terrorist hideouts in Saqba on Monday. In Harasta, the officer "
        "said, army units targeted a gathering of gunmen near the main road."
    )
    assert places(text, finder) == ["Saqba"]


def test_fighting_between_groups_going_on_after_a_strike_is_the_ground_s(finder):
    text = (
        "Air strikes hit Kafr Batna on Tuesday, and fighting between rival rebel factions "
        "continued around Hazzeh."
    )
    assert places(text, finder) == ["Kafr Batna"]


def test_a_monitor_named_by_its_kind_is_no_place(finder):
    text = "Residents told the Monitor that jets bombed Arbeen on Friday."
    assert places(text, finder) == ["Arbeen"]


def test_a_ground_clause_before_while_and_the_air_force_is_no_strike(finder):
    text = (
        "A field commander said that a unit of the army destroyed a bunker in Harasta, while "
        "warplanes struck Arbeen on Monday."
    )
    assert places(text, finder) == ["Arbeen"]


def test_a_unified_office_s_masthead_speaks_for_its_report(finder):
    text = (
        "UNIFIED MEDICAL OFFICE - HARASTA\nDaily report\n\n"
        "Warplanes struck the market of Harasta this morning, killing 4 people.\n"
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "activists"


def test_groups_fighting_on_after_a_strike_are_not_its_target(finder):
    text = (
        "On 3 March, air strikes were reported on the outskirts of Kafr Batna, and fighting "
        "between armed opposition groups continued in and around Hazzeh."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimed_target) == ("Kafr Batna", "unspecified")


# -- ordinary copy: short weekday names, fire from the air ----------------------------------


def test_a_weekday_s_short_name_after_on_dates_the_strike(finder):
    text = "Regime helicopters dropped barrel bombs on Kafr Zita on Tues., medics said."
    (ev,) = events(text, finder, date(2016, 2, 12))
    assert (ev.place_as_written, ev.event_date) == ("Kafr Zita", date(2016, 2, 9))


def test_fire_from_the_air_is_a_strike(finder):
    text = "The villages of Kafr Zita and Latamneh came under heavy fire from the air on Sunday."
    found = events(text, finder, date(2016, 2, 10))
    assert {(ev.place_as_written, ev.event_date) for ev in found} == {
        ("Kafr Zita", date(2016, 2, 7)),
        ("Latamneh", date(2016, 2, 7)),
    }


def test_fire_from_the_ground_is_no_strike(finder):
    text = "Kafr Zita came under heavy fire from government troops on Sunday, activists said."
    assert places(text, finder) == []


def test_a_unit_named_in_lower_case_after_its_town_is_no_place_struck(finder):
    text = "Jets bombed Kafr Hamra, where the Anadan brigade keeps its depots."
    assert places(text, finder) == ["Kafr Hamra"]


def test_a_unit_s_headquarters_stands_in_its_town(finder):
    text = "Regime jets struck the Hayan battalion headquarters on Monday."
    assert places(text, finder) == ["Hayan"]


def test_a_council_named_after_its_town_tells_of_strikes_on_it(finder):
    text = (
        "The Hayan local council said three civilians died when barrel bombs struck the "
        "town's market on Monday."
    )
    assert places(text, finder) == ["Hayan"]


def test_a_day_before_a_clause_of_shelling_joined_by_and_dates_the_strike(finder):
    text = "Jets struck Kafr Hamra on Thursday, and rebels shelled the nearby hills."
    (ev,) = events(text, finder, date(2016, 4, 30))
    assert ev.event_date == date(2016, 4, 28)


def test_a_side_firing_in_a_clause_of_its_own_is_not_the_target(finder):
    text = "Jets struck Kafr Hamra on Thursday, and rebels shelled the nearby hills."
    (ev,) = events(text, finder, date(2016, 4, 30))
    assert ev.claimed_target == "unspecified"


def test_each_place_of_a_list_takes_its_day_in_brackets(finder):
    text = "Barrel bombs hit Kafr Hamra (Monday), Hayan (Tuesday) and Anadan (Wednesday)."
    found = events(text, finder, date(2016, 4, 30))
    assert {(ev.place_as_written, ev.event_date) for ev in found} == {
        ("Kafr Hamra", date(2016, 4, 25)),
        ("Hayan", date(2016, 4, 26)),
        ("Anadan", date(2016, 4, 27)),
    }


def test_a_day_counted_right_after_a_place_runs_from_the_day_before_it(finder):
    text = "Kafr Hamra was bombed by jets on Monday and Hayan the following day."
    found = events(text, finder, date(2016, 4, 30))
    assert {(ev.place_as_written, ev.event_date) for ev in found} == {
        ("Kafr Hamra", date(2016, 4, 25)),
        ("Hayan", date(2016, 4, 26)),
    }


def test_a_clause_of_a_day_and_a_place_leaves_its_strike_word_out(finder):
    text = "Jets struck Kafr Hamra on Monday, and on Wednesday Hayan."
    found = events(text, finder, date(2016, 4, 30))
    assert {(ev.place_as_written, ev.event_date) for ev in found} == {
        ("Kafr Hamra", date(2016, 4, 25)),
        ("Hayan", date(2016, 4, 27)),
    }


# -- the 147th set's families ---------------------------------------------------------


def test_a_numbered_incident_headed_by_its_day_then_its_place_on_its_own_line(finder):
    text = (
        "2. 9 March 2016 - Saraqib\n"
        "A missile from a fixed-wing aircraft hit the blood bank, wounding two nurses.\n"
    )
    (ev,) = events(text, finder, date(2016, 4, 1))
    assert (ev.place_as_written, ev.event_date) == ("Saraqib", date(2016, 3, 9))


def test_a_facility_named_after_a_region_under_an_incident_heading_is_the_heading_s_town(
    finder,
):
    text = (
        "3. 2 April 2016 - Kafr Nabl\n"
        "The Jabal al-Zawiya Surgical Hospital, which serves all of Jabal al-Zawiya, was "
        "hit by two air strikes.\n"
    )
    assert places(text, finder, date(2016, 5, 1)) == ["Kafr Nabl"]


def test_witnesses_describing_the_aircraft_give_the_actor(finder):
    text = (
        "An air strike hit the main bakery in Ariha on Sunday. Residents described the jets "
        "as Russian."
    )
    (ev,) = events(text, finder)
    assert ev.actor == "russia"


def test_a_dispensary_struck_is_a_civilian_target(finder):
    text = "On Monday an air strike destroyed the dispensary in Binnish."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_rockets_fired_by_a_side_of_the_ground_are_no_strike(finder):
    text = (
        "Air strikes hit Kafr Zita on Monday. On Tuesday, rockets fired by armed groups "
        "reportedly hit residential areas of Suqaylabiyah."
    )
    assert places(text, finder) == ["Kafr Zita"]


def test_civilians_among_fighters_counted_dead_the_sentence_after_are_the_target(finder):
    text = (
        "Warplanes struck Maarat al-Numan on Friday, the monitor said. It said four "
        "fighters and three civilians had been killed."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_the_terrorists_positions_stand_for_the_side_the_sentence_before_named(finder):
    text = (
        "The air force kept up its strikes on Ahrar al-Sham terrorists on Friday. The "
        "warplanes hit the terrorists' positions in Khan Sheikhoun and Saraqib."
    )
    evs = events(text, finder)
    assert [(ev.place_as_written, ev.claimed_target) for ev in evs] == [
        ("Khan Sheikhoun", "rebels"),
        ("Saraqib", "rebels"),
    ]


# -- the 148th set's families ---------------------------------------------------------


def test_a_tally_s_heading_day_first_gives_its_day_and_place_to_the_lines_below(finder):
    text = (
        "Weekly tally\n\n"
        "Saturday 13 February -- Taftanaz\n"
        "Two missiles hit the grain store at noon. 3 killed.\n\n"
        "Monday 15 February -- Binnish / Sarmin\n"
        "Barrel bombs fell on the fields between Binnish and Sarmin. No casualties.\n"
    )
    found = sorted(
        (ev.place_as_written, ev.event_date) for ev in events(text, finder, date(2016, 2, 17))
    )
    assert found == [
        ("Binnish", date(2016, 2, 15)),
        ("Sarmin", date(2016, 2, 15)),
        ("Taftanaz", date(2016, 2, 13)),
    ]


def test_a_bulleted_list_of_related_headlines_ends_at_a_blank_line(finder):
    text = (
        "Jets struck Ariha on Monday, residents said.\n\n"
        "Related News\n"
        "- Talks on aid corridor stall\n"
        "- Border crossing closed for a second day\n\n"
        "The district has been a target of air raids for months. On Jan. 4, jets hit a mill\n"
        "in the village of Kafr Lata, killing two workers, residents said at the time\n"
    )
    assert sorted(places(text, finder)) == ["Ariha", "Kafr Lata"]


def test_rebels_saying_where_they_are_and_rescuers_also_saying_are_voices(finder):
    text = (
        "Warplanes bombed the edge of Kafr Lata on Monday, rebels in the area said. "
        "Rescuers also said jets had struck Binnish late on Tuesday."
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder)}
    assert found == {"Kafr Lata": "rebels", "Binnish": "civil_defence"}


def test_a_place_owning_its_neighbouring_village_only_locates_it(finder):
    text = "Jets struck a bakery in Ariha's neighbouring village of Mhambel on Monday."
    assert places(text, finder) == ["Mhambel"]


def test_shelling_by_a_side_of_the_ground_is_no_strike(finder):
    text = (
        "Troops, backed by Russian jets, advanced on hills near Kabani, while shelling by "
        "fighters of the Fatah alliance hit homes in Slinfah on Monday."
    )
    assert places(text, finder) == []


def test_air_weapons_used_on_a_place_strike_it(finder):
    text = "A rights group said cluster bombs were used on Taftanaz on Sunday."
    assert places(text, finder) == ["Taftanaz"]


def test_a_day_opening_the_sentence_dates_the_strike_after_a_fronted_clause(finder):
    text = (
        "On 3 February, after insurgents launched an offensive that retook a hill, the "
        "monitor reported heavy Russian air strikes on Taftanaz."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.event_date) == ("Taftanaz", date(2016, 2, 3))


# -- ordinary copy: a short month closed by its stop, a place's people speaking ------------


def test_a_short_month_s_stop_may_stand_for_the_space_before_the_day(finder):
    text = "Warplanes bombed a bakery in Binnish on Nov.3, the monitor said."
    (ev,) = events(text, finder, date(2015, 11, 20))
    assert (ev.place_as_written, ev.event_date) == ("Binnish", date(2015, 11, 3))


def test_residents_of_a_place_speaking_of_the_town_tell_its_strike(finder):
    text = "Residents of Sarmin said helicopters had bombed the town's bakery on Tuesday."
    (ev,) = events(text, finder, date(2016, 4, 30))
    assert (ev.place_as_written, ev.event_date) == ("Sarmin", date(2016, 4, 26))


def test_residents_of_a_place_speaking_of_another_place_leave_theirs_unstruck(finder):
    text = "Residents of Sarmin said helicopters had bombed Binnish on Tuesday."
    assert places(text, finder) == ["Binnish"]


def test_a_place_told_where_it_lies_by_a_distance_leaves_the_other_place_a_reference(finder):
    text = (
        "Air strikes on Idlib\n\nBinnish, which was bombed on Tuesday, lies about 8 km from Sarmin."
    )
    (ev,) = events(text, finder, date(2016, 4, 30))
    assert (ev.place_as_written, ev.event_date) == ("Binnish", date(2016, 4, 26))


def test_where_an_aircraft_came_down_is_no_place_it_struck(finder):
    text = (
        "Insurgents shot down a government helicopter near Sarmin on Tuesday after it bombed "
        "Binnish."
    )
    assert places(text, finder) == ["Binnish"]


def test_a_line_headed_by_its_place_and_day_before_a_colon_strikes_the_place(finder):
    text = (
        "Attacks on markets\n\n"
        "Sarmin, 14 November 2015: a barrel bomb hit the vegetable market, killing four.\n"
        "Binnish, Idlib, 16 Nov.: jets struck the main square."
    )
    found = events(text, finder, date(2015, 12, 1))
    assert {(ev.place_as_written, ev.event_date) for ev in found} == {
        ("Sarmin", date(2015, 11, 14)),
        ("Binnish", date(2015, 11, 16)),
    }


def test_a_strike_told_hours_after_a_day_set_off_by_a_comma_is_that_day_s(finder):
    text = (
        "Sieges in the south\n\nThe last families left Daraya on Thursday, just hours after "
        "helicopters bombed Moadamiya."
    )
    (ev,) = events(text, finder, date(2016, 4, 30))
    assert (ev.place_as_written, ev.event_date) == ("Moadamiya", date(2016, 4, 28))


def test_a_sentence_going_on_after_a_place_and_a_comma_is_no_apposition_of_it(finder):
    text = (
        "Briefing in Moscow, a general said bombers had hit 30 targets around Palmyra on Thursday."
    )
    (ev,) = events(text, finder, date(2016, 4, 30))
    assert (ev.place_as_written, ev.event_date) == ("Palmyra", date(2016, 4, 28))


def test_a_man_from_a_town_saying_the_town_was_hit_tells_his_own_town_struck(finder):
    text = (
        "Raids go on\n\nA man from Kafranbel said his cousin was killed when jets hit the "
        "town on Friday."
    )
    (ev,) = events(text, finder, date(2016, 4, 30))
    assert (ev.place_as_written, ev.event_date) == ("Kafranbel", date(2016, 4, 29))


def test_where_the_speaker_was_when_another_place_was_hit_is_not_struck(finder):
    text = '"We were still in Sarmin when they bombed Binnish on Friday," she said.'
    assert places(text, finder) == ["Binnish"]


def test_a_place_taken_after_air_strikes_on_the_town_is_struck_on_the_day_it_fell(finder):
    text = (
        "Army advances in Hama\n\nState television said troops entered Kafr Nabudah on "
        "Wednesday after Russian air strikes on the town."
    )
    (ev,) = events(text, finder, date(2016, 4, 30))
    assert (ev.place_as_written, ev.event_date) == ("Kafr Nabudah", date(2016, 4, 27))


def _titled(title: str, body: str, finder, published: date):
    text = title + "\n\n" + body
    return extract_events(Document("t", "t.txt", text, published, title=title), finder)


def test_the_lead_s_strike_naming_no_place_is_the_title_s_town_on_the_lead_s_day(finder):
    found = _titled(
        "Market raid in Sarmin",
        "Eleven people were killed on Wednesday when a bomb fell on a crowded vegetable "
        "market, rescuers said.",
        finder,
        date(2016, 4, 30),
    )
    assert {(ev.place_as_written, ev.event_date) for ev in found} == {("Sarmin", date(2016, 4, 27))}


def test_a_governorate_labelling_the_title_leaves_its_town_the_lead_s(finder):
    found = _titled(
        "Idlib: jets bomb Binnish",
        "Residents said the raids on Wednesday destroyed a bakery.",
        finder,
        date(2016, 4, 30),
    )
    assert {(ev.place_as_written, ev.event_date) for ev in found} == {
        ("Binnish", date(2016, 4, 27))
    }


def test_a_lead_placing_its_strike_elsewhere_leaves_the_title_s_town_alone(finder):
    found = _titled(
        "Families flee Sarmin",
        "Jets hit Binnish on Wednesday. A bomb also fell near a school on Thursday.",
        finder,
        date(2016, 4, 30),
    )
    assert {ev.place_as_written for ev in found} == {"Binnish"}


# -- the 149th set's families ---------------------------------------------------------


def test_strikes_on_the_areas_of_the_settlements_of_a_list_are_beside_each(finder):
    text = (
        "The ministry said its aircraft carried out strikes on the areas of the settlements of "
        "Anadan and Hreitan on Friday, destroying depots of the militants."
    )
    found = events(text, finder)
    assert sorted((ev.place_as_written, ev.place_relation) for ev in found) == [
        ("Anadan", "near"),
        ("Hreitan", "near"),
    ]


def test_the_planes_of_the_tyrant_are_the_regime_s(finder):
    text = "On Sunday the planes of the tyrant struck the bakery in Kafr Nabl."
    (ev,) = events(text, finder)
    assert ev.actor == "regime"


def test_an_outlet_s_bracketed_leaning_at_its_item_head_speaks_for_the_item(finder):
    text = (
        "* Tishreen (Damascus, pro-government): The air force destroyed terrorist dens in "
        "Arbeen on Sunday.\n\n"
        "* Qasioun Voice (opposition): Warplanes struck a school in Saqba on Sunday, the site "
        "added.\n"
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder)}
    assert found == {"Arbeen": "state_media", "Saqba": "activists"}


def test_fighting_between_two_named_groups_going_on_is_the_ground_s(finder):
    text = (
        "Warplanes struck Arbeen on Tuesday, and fighting between Jaish al-Islam and Faylaq "
        "al-Rahman continued in Hazzeh."
    )
    assert places(text, finder) == ["Arbeen"]


def test_where_evacuated_families_came_from_and_were_housed_is_not_struck(finder):
    text = (
        "Activists said that jets struck Kafr Nabl in the evening with two raids, and that the "
        "families from Madaya, evacuated to the north in early May, were housed in Sarmada."
    )
    assert places(text, finder) == ["Kafr Nabl"]


def test_among_them_a_speaker_named_in_quotes_is_a_share_of_the_count(finder):
    text = (
        "The spokesman said aircraft hit 80 facilities in the provinces of Hama and Homs. "
        'Among them he named "a depot of the militants near Kafr Zita".'
    )
    assert "Kafr Zita" in places(text, finder)


def test_an_advance_in_a_place_beside_strikes_is_the_ground_s(finder):
    text = "State television reported air force strikes on Arbeen and an advance in Harasta."
    assert places(text, finder) == ["Arbeen"]


def test_a_comrade_s_nom_de_guerre_after_a_town_is_a_person(finder):
    text = (
        "Jets struck Tal Rifaat on Monday night. Comrade Heval Manbij, a spokesman of the "
        'front, said that "the bombing went on until dawn".'
    )
    assert places(text, finder) == ["Tal Rifaat"]


def test_a_post_s_day_and_month_stamp_before_its_time_dates_it(finder):
    text = '"Idlib Today" (opposition), 05.02, 14:20: "Warplanes struck the market of Kafr Nabl."'
    (ev,) = events(text, finder)
    assert ev.event_date == date(2016, 2, 5)


def test_the_body_named_before_a_statement_title_s_colon_issues_it(finder):
    doc = Document(
        "t",
        "t.txt",
        "On the night of 3 February, warplanes bombed the village of Maranaz, wounding "
        "four civilians.",
        date(2016, 2, 4),
        title="SDF General Command: Statement on the bombing of our villages",
    )
    (ev,) = extract_events(doc, finder)
    assert ev.claimant == "rebels"


def test_an_outlet_s_bracketed_opposition_leaning_is_no_target(finder):
    text = "* Qasioun Voice (opposition weekly): Russian jets struck Saqba at dawn on Monday."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "unspecified"


# -- the 150th set's families ---------------------------------------------------------------------
def test_a_part_of_the_day_opening_a_sentence_is_the_day_told_before(finder):
    text = (
        "Jets struck Maadan on Monday, killing two shepherds.\n\n"
        "In the evening, the same jets bombed Hamimah, activists said."
    )
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder)}
    assert found["Hamimah"] == date(2016, 2, 8)


def test_a_day_s_month_before_on_is_no_march_on_a_place(finder):
    text = "Residents said the air strikes of 14 March on the village of Hamimah hit two houses."
    (ev,) = events(text, finder, published=date(2016, 3, 20))
    assert (ev.place_as_written, ev.event_date) == ("Hamimah", date(2016, 3, 14))


def test_the_sides_of_clashes_going_on_where_a_strike_fell_are_not_its_striker(finder):
    text = (
        "Warplanes believed to be Russian bombed Arak this morning. Warplanes also targeted the "
        "vicinity of Hawarin, where heavy clashes continue between IS fighters and regime forces."
    )
    ev = events(text, finder)[-1]
    assert (ev.place_as_written, ev.actor, ev.claimed_target) == (
        "Hawarin",
        "russia",
        "unspecified",
    )


def test_a_name_joined_to_al_din_names_a_person_not_a_place(finder):
    text = "Jets bombed the Fakhr al-Din school in Arak on Tuesday, residents said."
    assert places(text, finder) == ["Arak"]


# -- the 151st set's families ---------------------------------------------------------


def test_an_armed_group_s_masthead_in_capitals_speaks_for_its_statement(finder):
    text = (
        "THE LEVANT FRONT\nMedia Office\nStatement No. 7\n\n"
        "This morning, Russian warplanes struck the market of Hayyan, killing three people.\n"
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "rebels"
    army = "SYRIAN ARAB ARMY\n\nWarplanes struck the market of Hayyan this morning.\n"
    (ev,) = events(army, finder)
    assert ev.claimant != "rebels"


def test_a_local_media_network_s_own_list_is_its_own_voice(finder):
    text = "- Tafas: two raids by Russian warplanes on the town this morning."
    doc = Document(
        "t", "t.txt", text, date(2016, 10, 10), source="a local media network's daily list"
    )
    (ev,) = extract_events(doc, finder)
    assert ev.claimant == "reporter"


def test_places_the_strikes_came_after_are_not_struck(finder):
    text = (
        "Warplanes struck Tafas on Wednesday. The strikes came after the army repelled an "
        "assault by the rebels on Sheikh Miskeen."
    )
    assert places(text, finder) == ["Tafas"]


def test_a_place_whose_hills_forces_were_pushed_back_from_is_no_strike(finder):
    text = (
        "Jets carried out ten raids on Nawa on Monday, days after the rebels pushed the army "
        "back from the hills east of Jassem."
    )
    assert places(text, finder) == ["Nawa"]


def test_a_region_flown_over_before_the_town_struck_is_no_place(finder):
    text = "Russian jets flew sorties over the Ghab plain on Monday, striking the town of Qastoun."
    assert places(text, finder) == ["Qastoun"]


def test_the_militants_media_outlets_speak_as_the_rebels(finder):
    text = (
        "The air force struck Tafas on Monday. The militants' media outlets claimed that the "
        "strikes on Tafas had killed civilians."
    )
    assert [(ev.claimant, ev.claimed_target) for ev in events(text, finder)][-1] == (
        "rebels",
        "civilians",
    )


def test_rebels_named_first_of_two_voices_speak(finder):
    text = "Russian jets bombed Nawa on Monday, rebels and residents said."
    (ev,) = events(text, finder)
    assert ev.claimant == "rebels"


def test_the_northern_part_of_a_governorate_s_area_is_the_governorate(finder):
    text = (
        "Jets bombed rebel positions in the northern Hama area on Monday, activists said. "
        "They struck the town of Kafr Zita, activists said."
    )
    assert places(text, finder) == ["Kafr Zita"]


# -- the 154th set's families ---------------------------------------------------------------------
def test_the_hearer_a_voice_told_closing_its_clause_is_no_place(finder):
    text = "Helicopters dropped barrel bombs on Tafas on Sunday, a farmer from the town told Nawa."
    assert places(text, finder) == ["Tafas"]


def test_the_edges_of_a_town_are_beside_it_as_its_edge_is(finder):
    text = "Helicopters dropped barrel bombs on the edges of Tafas on Sunday, residents said."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.place_relation) == ("Tafas", "near")


def test_in_after_a_speaker_s_noun_places_the_speaker_not_the_victims(finder):
    text = "Jets struck Tafas on Sunday, killing two people, residents in Nawa said."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimed_target) == ("Tafas", "civilians")


def test_whose_aircraft_a_voice_says_after_two_sentences_of_toll_and_history(finder):
    text = (
        "Jets struck a school in Tafas on Tuesday. A pupil and a teacher were killed. "
        "The school had been hit once before, in May. Members of the network in the town "
        "said the aircraft were Russian."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.actor) == ("Tafas", "russia")


def test_a_side_named_as_hearsay_then_taken_back_leaves_the_striker_unknown(finder):
    text = (
        "Jets hit the market in Nawa on Tuesday morning, a nurse said. "
        "People say Russian planes, but we cannot know from here."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.actor) == ("Nawa", "unknown")


# -- the 153rd set's families ---------------------------------------------------------------------
def test_a_place_a_caption_gave_and_the_sentence_shows_wrong_is_not_struck(finder):
    text = (
        "Russian jets bombed Kafr Zita on Sunday, rescuers said. A photo posted as an air strike "
        "on Morek the same day was actually taken in Kafr Zita, investigators found."
    )
    assert places(text, finder) == ["Kafr Zita"]


def test_speakers_from_a_place_who_tell_a_strike_there_tell_their_own_place(finder):
    text = "Local activists from Kafr Zita said that warplanes bombed a bakery there on Sunday."
    assert places(text, finder) == ["Kafr Zita"]


def test_a_capitalised_strike_opening_a_record_s_note_is_no_place(finder):
    text = (
        "K-12 | 2016-03-02 | Kafr Zita | regime (helicopter) | CONFIRMED | "
        "Strike near the school at noon; 2 killed."
    )
    assert "Strike" not in places(text, finder)


def test_a_semicolon_inside_a_record_s_cell_parts_no_clause(finder):
    text = (
        "K-14 | 2016-03-04 | Kafr Zita | regime (helicopter) | rescuers; a media office | "
        "CONFIRMED | Barrel bombs on the eastern quarter."
    )
    assert places(text, finder) == ["Kafr Zita"]


def test_fixed_wing_named_alone_is_an_air_word(finder):
    text = "K-15 | 2016-03-05 | Kafr Zita | regime (fixed-wing) | rescuers | Two strikes at noon."
    assert places(text, finder) == ["Kafr Zita"]


def test_the_coalition_that_lists_strikes_speaks_as_the_coalition(finder):
    text = (
        "The coalition lists three strikes near Shaddadi on 4 May against ISIL fighting positions."
    )
    (ev,) = events(text, finder, published=date(2016, 5, 9))
    assert (ev.place_as_written, ev.claimant) == ("Shaddadi", "coalition")


# -- the 152nd set's families ---------------------------------------------------------------------
def test_a_record_s_facility_field_places_its_strike_and_a_weapon_field_tells_the_air(finder):
    text = (
        "Case 12\n"
        "Date: 3 March 2016\n"
        "Facility: Nour field hospital, Saqba, Rif Dimashq\n"
        "Weapon: barrel bomb\n"
        "Perpetrator: Syrian government forces\n"
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.event_date, ev.actor) == ("Saqba", date(2016, 3, 3), "regime")


def test_a_rise_in_strikes_over_a_span_is_the_campaign_s_course_not_a_strike(finder):
    text = (
        "Rescuers said they were alarmed by the escalation of air strikes on Saqba and Douma "
        "since last Friday."
    )
    assert places(text, finder) == []


def test_the_number_of_strikes_having_grown_names_no_struck_place(finder):
    text = (
        "The number of air strikes on rebel-held areas has increased sharply, particularly in "
        "Saraqeb and Ariha."
    )
    assert places(text, finder) == []


def test_the_governorates_of_a_list_designate_each_name_as_a_governorate(finder):
    text = (
        "The group recorded eleven raids in the governorates of Idlib and Hama this week. On "
        "Monday jets struck Saraqeb; on Tuesday they struck Kafr Zita."
    )
    assert places(text, finder) == ["Saraqeb", "Kafr Zita"]


def test_remnants_of_submunitions_found_under_a_finding_s_place_and_day_tell_its_strike(finder):
    text = (
        "Findings by location\n\n"
        "2. Saqba, 9 March 2016. Investigators photographed unexploded bomblets in a courtyard."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.event_date) == ("Saqba", date(2016, 3, 9))


def test_a_report_unable_to_attribute_attacks_to_either_air_force_names_no_striker(finder):
    text = (
        "Since Russia joined the war, attacks on markets have grown. The group was unable to "
        "attribute the attacks to either the Syrian or the Russian air force.\n\n"
        "On 3 March 2016, aerial attacks struck the market of Saraqeb at noon."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.actor) == ("Saraqeb", "unknown")


def test_not_having_been_able_to_establish_the_air_force_leaves_the_strikes_unknown(finder):
    text = (
        "Government jets bombed Douma on Monday. On Tuesday, air strikes hit a market in "
        "Saraqeb. We have not been able to establish which air force carried out these strikes."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder)}
    assert found["Saraqeb"] == "unknown"


def test_where_a_facility_s_stores_were_evacuated_to_is_no_struck_place(finder):
    text = (
        "Staff evacuated the medical supplies to a hospital in Sarmin before jets struck the "
        "clinic in Saraqeb on Monday."
    )
    assert places(text, finder) == ["Saraqeb"]


def test_the_end_of_a_journey_a_strike_caught_on_the_road_is_no_struck_place(finder):
    text = "On Monday warplanes hit an ambulance on its way back from Sarmin, killing the driver."
    assert places(text, finder) == []


def test_an_item_s_full_weekday_and_day_before_its_place_label_keep_the_label(finder):
    text = "3. Monday 9 May - Saqba: two barrel bombs dropped by helicopters hit the clinic."
    (ev,) = events(text, finder, published=date(2016, 5, 16))
    assert (ev.place_as_written, ev.event_date) == ("Saqba", date(2016, 5, 9))


def test_a_strike_named_as_an_example_of_reports_left_out_is_no_strike(finder):
    text = (
        "Jets struck Saraqeb on Monday. We did not include reports we could not verify, such as "
        "a reported air strike on Sarmin on Tuesday."
    )
    assert places(text, finder) == ["Saraqeb"]


# -- the 155th set's families ---


def test_a_district_said_undamaged_is_no_struck_place(finder):
    text = (
        "Jets struck Saraqeb on Monday. The ministry showed pictures it said proved the "
        "Sarmin area was undamaged."
    )
    assert places(text, finder) == ["Saraqeb"]


def test_a_striker_the_speaker_could_not_confirm_is_unknown(finder):
    text = (
        "Russian diplomats met in Ankara. The monitor reported air strikes on Saraqeb on Monday "
        "but could not confirm who carried them out."
    )
    (ev,) = events(text, finder)
    assert ev.actor == "unknown"


def test_a_town_whose_ruin_is_forecast_is_no_struck_place(finder):
    text = (
        "Jets struck Saraqeb on Monday. The envoy warned that Sarmin could be completely "
        "destroyed if the air strikes went on."
    )
    assert places(text, finder) == ["Saraqeb"]


def test_whose_the_aircraft_over_an_area_were_said_next_is_the_strike_s_actor(finder):
    text = (
        "Russia's ministry spoke of its sorties. A strike hit the bakery in Saraqeb on Friday, "
        "a charity said. The monitor said the jets over the town were Syrian."
    )
    (ev,) = events(text, finder)
    assert ev.actor == "regime"


# -- the 156th set's families ---------------------------------------------------------


def test_the_answers_labelled_with_the_introduced_person_s_name_speak_for_his_organisation(finder):
    text = (
        "Omar Basha is a volunteer with the Civil Defence in the north.\n\n"
        "Q: What happened this week?\n\n"
        "OMAR BASHA: On Monday the planes struck Binnish, near the bakery.\n"
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "civil_defence"


def test_where_a_first_person_speaker_was_at_work_or_on_an_errand_is_no_struck_place(finder):
    text = (
        "On Monday, while we were recording in Sarmin, jets struck the town of Binnish. "
        "On Tuesday I was in Taftanaz to fetch my mother when planes bombed Saraqeb."
    )
    assert places(text, finder) == ["Binnish", "Saraqeb"]


def test_a_day_of_the_month_spoken_as_an_ordinal_word_alone_dates_the_strike(finder):
    text = "Jets struck Binnish on the nineteenth, the Thursday, and no one was hurt."
    (ev,) = events(text, finder, published=date(2016, 5, 27))
    assert ev.event_date == date(2016, 5, 19)


def test_whose_aircraft_put_first_in_the_next_sentence_before_who_said_so_is_the_actor(finder):
    text = (
        "On Monday night the planes hit Binnish, near the mosque. Russian jets, the watchers "
        "said, coming in low.\n\n"
        "On Tuesday helicopters dropped barrel bombs on Sarmin."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder)}
    assert found["Binnish"] == "russia"


def test_whose_aircraft_added_last_after_and_that_in_the_next_sentence_is_the_actor(finder):
    text = (
        "Activists say air strikes have killed six people in Binnish. They told us the planes "
        "hit a clinic at dawn, and that they were Russian.\n\n"
        "Government helicopters dropped barrel bombs on Sarmin yesterday."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder)}
    assert found["Binnish"] == "russia"


# -- the 158th set's families ---------------------------------------------------------


def test_state_tv_s_bare_air_force_left_unnamed_in_the_next_sentence_is_unknown(finder):
    text = (
        "State television said air force units bombed gatherings in Binnish on Monday. "
        "It did not say which air force."
    )
    (ev,) = events(text, finder)
    assert ev.actor == "unknown"


def test_voices_from_a_town_telling_the_town_s_part_struck_tell_their_own_town(finder):
    text = "Residents from Binnish tell a radio station that jets hit the town's bakery on Monday."
    assert places(text, finder) == ["Binnish"]


def test_a_second_voice_on_the_town_s_part_where_bombs_fell_claims_the_strike_too(finder):
    text = (
        "Activists said helicopters dropped barrel bombs on Binnish on Monday. "
        "The monitor says three barrel bombs fell on the town's northern quarter."
    )
    assert {ev.claimant for ev in events(text, finder)} == {"activists", "sohr"}


def test_where_a_rescue_service_s_team_is_based_is_not_struck_beside_a_struck_place(finder):
    text = "Rescuers of the Civil Defence in Sarmin say jets struck a bakery in Binnish on Monday."
    assert places(text, finder) == ["Binnish"]


def test_a_strike_by_an_air_force_flying_on_its_own_account_is_not_the_campaign_s(finder):
    text = (
        "Israeli jets struck two army positions near Khan Arnabeh overnight. "
        "Regime helicopters dropped barrel bombs on Jassem on Monday."
    )
    assert places(text, finder) == ["Jassem"]


def test_a_timestamp_line_after_a_read_more_line_opens_the_next_post(finder):
    text = (
        "10:40\nJets struck Binnish this morning, activists said.\n\nRead more\n\n"
        "09:15\nHelicopters hit the outskirts of #Sarmin overnight, no one hurt\n"
    )
    assert places(text, finder) == ["Binnish", "Sarmin"]


def test_a_region_under_a_campaign_counted_in_days_is_no_event_beside_its_struck_towns(finder):
    text = (
        "Jets struck Douma and Harasta on Tuesday, activists said. It was the fourth day of "
        "air strikes on Eastern Ghouta, where the towns are besieged."
    )
    assert places(text, finder) == ["Douma", "Harasta"]


# -- the 160th set's families ---


def test_a_text_table_row_reads_its_place_under_the_header_place_column(finder):
    text = (
        "Air raids counted by our monitors in March, one line per town.\n\n"
        "Date    | Town       | District | Killed | Notes\n"
        "--------|------------|----------|--------|-----------\n"
        "4 Mar   | Binnish    | Idlib    | 3      | none\n"
        "9 Mar   | Taftanaz   | Idlib    | 0      | school hit\n"
    )
    found = {
        (ev.place_as_written, ev.event_date)
        for ev in events(text, finder, published=date(2016, 3, 31))
    }
    assert found == {("Binnish", date(2016, 3, 4)), ("Taftanaz", date(2016, 3, 9))}


def test_a_weekday_in_capitals_heading_a_paragraph_dates_its_strikes(finder):
    text = (
        "THE WEEK IN REVIEW\n\n"
        "TUESDAY. Helicopters dropped barrel bombs on Binnish, rescuers said.\n\n"
        "THURSDAY. Jets struck Taftanaz, activists said.\n"
    )
    found = {
        ev.place_as_written: ev.event_date
        for ev in events(text, finder, published=date(2016, 12, 10))
    }
    assert found == {"Binnish": date(2016, 12, 6), "Taftanaz": date(2016, 12, 8)}


# -- the 157th set's families ---------------------------------------------------------


def test_whose_the_counted_targets_were_told_in_the_next_sentence_is_the_claimed_target(finder):
    text = (
        "The ministry said its ships fired missiles at nine targets in the provinces of Raqqa "
        "and Deir ez-Zor on Friday. He said the targets included fuel depots belonging to the "
        "Islamic State group.\n\n"
        "On Saturday jets struck Binnish."
    )
    found = {place_key(ev.place_as_written): ev.claimed_target for ev in events(text, finder)}
    assert found[place_key("Deir ez-Zor")] == "isis"


def test_unclear_whether_the_aircraft_were_one_side_or_another_leaves_the_actor_unknown(finder):
    text = (
        "Russian jets were seen over the north on Monday. Activists said air strikes hit "
        "Binnish on Tuesday. It was unclear whether the planes were Russian or Syrian."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder)}
    assert found["Binnish"] == "unknown"


def test_a_coalition_member_saying_on_a_day_that_its_aircraft_struck_is_the_coalition(finder):
    text = "Britain said on Friday its jets had struck an oil field near Raqqa overnight."
    (ev,) = events(text, finder)
    assert (ev.claimant, ev.actor) == ("governments", "coalition")


def test_the_name_of_an_ambassador_placed_in_a_city_is_no_place(finder):
    text = (
        "Jets struck Binnish on Monday. The ambassador in Beirut, Samir Haddad, said the "
        "strike hit a bakery."
    )
    assert places(text, finder) == ["Binnish"]


def test_the_strike_given_its_day_in_the_next_sentence_narrows_this_week(finder):
    text = (
        "Coalition aircraft hit a fuel depot near Raqqa earlier this week, officials said. "
        "A statement said the strike, on Tuesday, destroyed three trucks."
    )
    (ev,) = events(text, finder, published=date(2016, 2, 13))
    assert ev.event_date == date(2016, 2, 9)


def test_the_united_states_saying_its_coalition_aircraft_struck_is_the_coalition_s_voice(finder):
    text = "Washington said its coalition jets hit an oil well near Raqqa on Monday."
    (ev,) = events(text, finder)
    assert ev.claimant == "coalition"


def test_a_thing_outside_a_town_after_other_struck_places_is_struck_near_it(finder):
    text = (
        "Jets hit a depot near Sarmin and an army post outside Binnish overnight, both in "
        "the north of Idlib province."
    )
    assert places(text, finder) == ["Sarmin", "Binnish"]


def test_strikes_that_helped_ground_forces_cut_a_road_strike_no_place_named_after(finder):
    text = (
        "In January, air strikes had helped the army's troops cut the road south of Hama. "
        "On Monday jets struck Binnish."
    )
    assert places(text, finder) == ["Binnish"]


# -- the 159th set's families ---------------------------------------------------------


def test_where_a_voice_speaks_from_set_off_by_commas_is_no_struck_place(finder):
    text = (
        "A spokesman for the Sham Legion, speaking from Maarat al-Numan, said jets had bombed "
        "Kafr Nabl on Monday."
    )
    assert places(text, finder) == ["Kafr Nabl"]


def test_a_quoted_weapon_name_of_the_ground_after_with_is_ground_fire(finder):
    text = (
        "Helicopters dropped barrel bombs on Kafr Nabl on Monday. The Salah al-Din district was "
        'targeted with "home-made" mortar shells from the north, killing two.'
    )
    assert places(text, finder) == ["Kafr Nabl"]


def test_an_officer_of_the_general_staff_s_operations_directorate_speaks_for_the_ministry(finder):
    text = (
        "The chief of the Main Operational Directorate told reporters that aircraft destroyed "
        "a depot near Kafr Nabl on Monday."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "russian_mod"


def test_a_claim_judged_false_after_a_copula_is_no_strike(finder):
    text = (
        "Russian jets struck targets near Saraqeb on Monday, the ministry said. Claims of "
        "strikes on a school in Binnish were pure propaganda, it added."
    )
    assert places(text, finder) == ["Saraqeb"]


def test_doctors_saying_after_a_comma_or_named_by_their_town_speak_as_activists(finder):
    text = (
        "Five people died when bombs hit a clinic in Binnish on Monday, local doctors said. "
        "Doctors in Sarmin said jets had struck Taftanaz on Sunday."
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder)}
    assert found == {"Binnish": "activists", "Taftanaz": "activists"}


def test_a_place_that_comes_under_ground_shelling_beside_a_strike_is_not_struck(finder):
    text = "Jets pounded Binnish on Monday as the town of Sarmin came under rebel artillery fire."
    assert places(text, finder) == ["Binnish"]


def test_the_target_of_a_count_of_ground_shells_is_not_struck(finder):
    text = (
        "Helicopters bombed Binnish on Monday. Since the truce, Sarmin has been the target of "
        "some 300 mortar shells, its council says."
    )
    assert places(text, finder) == ["Binnish"]


# -- the 161st set's families ---------------------------------------------------------


def test_air_strikes_and_artillery_as_one_subject_strike_the_place(finder):
    text = "Air strikes and artillery fire hit the town of Kafr Nabl on Friday, killing six people."
    (ev,) = events(text, finder, date(2016, 3, 20))
    assert (ev.place_as_written, ev.event_date) == ("Kafr Nabl", date(2016, 3, 18))


def test_strikes_and_then_guns_on_another_place_leave_that_place_to_the_guns(finder):
    text = "Air strikes on Binnish went on and artillery hit Sarmin on Friday."
    assert places(text, finder, date(2016, 3, 20)) == ["Binnish"]


def test_a_worker_with_a_named_body_in_a_place_tells_its_strike(finder):
    text = "A volunteer with the White Helmets in Saraqib said jets had bombed the town's bakery."
    (ev,) = events(text, finder, date(2016, 3, 20))
    assert (ev.place_as_written, ev.claimant) == ("Saraqib", "civil_defence")


def test_rebels_in_a_part_of_the_province_speak_as_rebels(finder):
    text = "Rebels in the south of the province said jets bombed Kafr Nabl on Sunday."
    (ev,) = events(text, finder, date(2016, 3, 20))
    assert (ev.place_as_written, ev.claimant) == ("Kafr Nabl", "rebels")


def test_the_group_s_fighters_struck_are_the_side_named_before(finder):
    text = (
        "Islamic State fighters advanced on the air base. Jets struck the group's fighters "
        "near Sukhnah on Friday."
    )
    (ev,) = events(text, finder, date(2016, 3, 20))
    assert (ev.place_as_written, ev.claimed_target) == ("Sukhnah", "isis")


def test_the_place_locating_a_speaker_s_place_is_no_struck_place(finder):
    text = (
        "A commander, speaking by phone from Saraqib, across the line in Idlib, said jets "
        "had hit a truck on the highway overnight."
    )
    assert places(text, finder, date(2016, 3, 20)) == []


def test_activists_from_a_place_telling_of_the_city_tell_its_strike(finder):
    text = "Activists from Maarat al-Numan said jets bombed the eastern districts of the city."
    (ev,) = events(text, finder, date(2016, 3, 20))
    assert (ev.place_as_written, ev.claimant) == ("Maarat al-Numan", "activists")


def test_aircraft_that_inflicted_losses_on_a_side_near_a_place_struck_it(finder):
    text = 'State media said the air force had "inflicted heavy losses on militants" near Morek.'
    (ev,) = events(text, finder, date(2016, 3, 20))
    assert (ev.place_as_written, ev.place_relation) == ("Morek", "near")


def test_ground_troops_inflicting_losses_strike_no_place(finder):
    text = "The army inflicted heavy losses on the militants near Morek on Sunday."
    assert places(text, finder, date(2016, 3, 20)) == []


def test_a_paragraph_opened_by_he_said_goes_on_with_the_town_before(finder):
    text = (
        "Rebels took full control of Kafr Nabl on Friday, a commander said.\n\n"
        "He said jets had carried out 30 strikes on the town on Thursday."
    )
    (ev,) = events(text, finder, date(2016, 3, 20))
    assert (ev.place_as_written, ev.event_date) == ("Kafr Nabl", date(2016, 3, 17))


def test_a_toll_going_on_to_aircraft_that_also_struck_elsewhere_tells_a_strike(finder):
    text = (
        "Activists said eight people were killed in Binnish on Monday, and that jets also "
        "struck Taftanaz on Sunday."
    )
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 3, 22))}
    assert found == {"Binnish": date(2016, 3, 21), "Taftanaz": date(2016, 3, 20)}


def test_a_toll_of_ground_fire_going_on_to_aircraft_tells_no_strike_there(finder):
    text = "Two men were killed in Binnish by snipers, and that jets also struck Taftanaz."
    assert places(text, finder, date(2016, 3, 22)) == ["Taftanaz"]


# -- the 162nd set's families ---------------------------------------------------------


def test_places_between_which_a_struck_place_lies_only_locate_it(finder):
    text = (
        "On Friday two barrel bombs hit Kafr Nabl, a town that lies between the hills "
        "and the old quarter of Hama city."
    )
    assert places(text, finder) == ["Kafr Nabl"]


def test_where_an_evacuations_buses_carry_people_is_no_struck_place(finder):
    text = (
        "Blue coaches carry the fighters to Atarib, weeks after an incendiary bombing burned "
        "the last bakery."
    )
    assert places(text, finder) == []


def test_a_region_leading_the_finer_places_the_next_sentence_strikes_adds_no_event(finder):
    text = (
        "Jets killed nine people in the Ghab plain on Friday, the Observatory said.\n\n"
        "The Observatory said five died in raids on Qalaat al-Madiq and four in strikes on "
        "Kafr Nabudah."
    )
    assert places(text, finder) == ["Qalaat al-Madiq", "Kafr Nabudah"]


def test_the_victims_a_region_leads_with_are_those_of_the_places_sharing_its_toll(finder):
    text = (
        "Jets killed nine civilians in the Ghab plain on Friday, the Observatory said.\n\n"
        "The Observatory said five died in raids on Qalaat al-Madiq and four in strikes on "
        "Kafr Nabudah."
    )
    assert [ev.claimed_target for ev in events(text, finder)] == ["civilians", "civilians"]


def test_a_shelter_for_the_displaced_struck_in_the_passive_is_struck_where_it_stands(finder):
    text = (
        "Helicopters dropped barrel bombs on Sarmin on Thursday. Locals said a mosque housing "
        "displaced people in Kafr Nabl was struck before noon on Friday."
    )
    assert places(text, finder) == ["Sarmin", "Kafr Nabl"]


def test_an_agency_told_by_he_hears_the_speaker_named_before(finder):
    text = (
        "Helicopters dropped barrel bombs on Sarmin on Sunday, a local council member said. "
        '"They hit the bakery at dawn," he told Reuters.'
    )
    (ev,) = events(text, finder)
    assert (ev.claimant, ev.claimed_target) == ("activists", "civilians")


def test_a_camp_for_refugees_of_a_people_is_what_the_bearing_after_it_locates(finder):
    assert places(
        "Jets bombed the Atmeh camp for Syrian refugees north of Idlib on Friday.", finder
    ) == ["Atmeh"]


def test_the_sources_of_fire_the_army_answers_are_no_struck_place(finder):
    text = (
        "Jets struck Binnish on Monday. The state agency said rebels had fired mortar rounds "
        "at a school, and that the army had answered by targeting the sources of fire in Sarmin."
    )
    assert places(text, finder) == ["Binnish"]


def test_the_town_of_a_paragraph_naming_no_place_is_the_one_the_title_names(finder):
    text = (
        "The last families of Kafr Nabl left the town on Sunday under a truce.\n\n"
        "The truce came after a month of sieges. Medics in the town said helicopters dropped "
        "barrel bombs on the southern quarter on 3 May."
    )
    doc = Document("t", "t.txt", text, date(2016, 5, 9), title="Kafr Nabl empties under truce")
    found = extract_events(doc, finder)
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Kafr Nabl", date(2016, 5, 3))
    ]


# -- the 163rd set's families ---------------------------------------------------------


def test_victims_before_a_strike_of_its_own_after_and_stay_with_the_first_place(finder):
    text = "Jets struck Binnish on Sunday, killing two people, and hit a bakery in Sarmin."
    found = {ev.place_as_written: ev.claimed_target for ev in events(text, finder)}
    assert found == {"Binnish": "civilians", "Sarmin": "civilians"}


def test_each_dated_bulletin_item_speaks_for_the_agency_its_dateline_credits(finder):
    text = (
        "Air force hits dens in Hama countryside\n3 May 2016\n\n"
        "Hama, SANA - Air force units destroyed dens of terrorists in Kafr Zita.\n\n"
        "Army units hit Idlib countryside\n2 May 2016\n\n"
        "Idlib, SANA - Air force units carried out airstrikes on terrorists' positions in "
        "Khan Shaykhun, destroying their vehicles."
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder, date(2016, 5, 3))}
    assert found == {"Kafr Zita": "sana", "Khan Shaykhun": "sana"}


def test_a_headline_of_terrorists_targeting_a_place_with_shells_is_no_strike(finder):
    text = (
        "Air force jets struck Nawa on Monday.\n\n"
        "Terrorists target Sheikh Miskin with rocket shells\n\nA child was hurt."
    )
    assert places(text, finder) == ["Nawa"]


def test_where_a_group_tries_to_expand_toward_is_not_struck(finder):
    text = "Jets hit IS positions in Yalda on Friday as the group tried to expand toward Babila."
    assert places(text, finder) == ["Yalda"]


def test_the_army_whose_positions_were_hit_is_not_the_striker(finder):
    text = (
        "On Monday, aircraft of the US-led coalition bombed positions of the Syrian army "
        "near Ayyash."
    )
    (ev,) = events(text, finder)
    assert ev.actor == "coalition"


def test_the_side_a_strike_let_act_afterwards_is_not_its_target(finder):
    text = (
        "Coalition jets struck army posts near Ayyash on Monday, which allowed Islamic State "
        "fighters to seize the hill."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "unspecified"


def test_a_days_airstrikes_take_the_aircraft_told_striking_that_day(finder):
    text = (
        "Syrian warplanes strike rebel positions near Damascus\n\n"
        "Syrian warplanes struck Douma on Sunday, state TV said.\n\n"
        "The Syrian army took several farms near Harasta, the TV said.\n\n"
        "On Saturday, Syrian and Russian jets pounded Islamic State positions in the area of "
        "Yalda, according to a military source.\n\n"
        "A monitor said at least seven civilians were killed in Saturday's airstrikes on Babila."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2016, 5, 1))}
    assert found["Babila"] == "unknown"


def test_the_centre_named_again_speaks_for_the_reconciliation_centre(finder):
    text = (
        "The Russian Centre for the Reconciliation of Opposing Sides reported 12 violations. "
        "The centre also said coalition aircraft struck Ayyash on Monday."
    )
    (ev,) = events(text, finder)
    assert (ev.actor, ev.claimant) == ("coalition", "russian_mod")


# -- the 164th set's families ---------------------------------------------------------


def test_the_military_repeating_a_general_staff_named_before_speaks_for_its_government(finder):
    text = (
        "Jets destroyed 12 targets near Binnish on Tuesday, the Turkish General Staff said. "
        "The strikes also hit depots in Sarmin, the military said in a statement."
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder)}
    assert found == {"Binnish": "governments", "Sarmin": "governments"}


def test_the_raids_of_a_sentence_hit_what_the_toll_before_them_counted(finder):
    text = (
        "The monitor said nine civilians, two of them children, died in raids by warplanes on "
        "Monday. The raids targeted the town of Sarmin."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_howitzers_that_targeted_a_place_are_ground_fire(finder):
    text = (
        "Jets bombed Binnish on Monday. Howitzers and rocket launchers also targeted positions "
        "near Sarmin, the army said."
    )
    assert places(text, finder) == ["Binnish"]


def test_where_movers_told_by_the_noun_arrival_come_to_is_no_struck_place(finder):
    text = (
        "Jets bombed Binnish on Monday. Rescuers reported the arrival of hundreds of families "
        "from the villages to the town of Sarmin, fleeing the raids."
    )
    assert places(text, finder) == ["Binnish"]


def test_a_coalition_s_records_showing_strikes_are_its_claim(finder):
    text = (
        "Coalition records show that aircraft carried out six strikes near Sarmin on the "
        "night of March 3."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "coalition"


def test_a_window_between_two_dates_each_opened_by_an_hour_ends_on_its_last_day(finder):
    text = (
        "Coalition aircraft conducted three strikes near Sarmin between 8 a.m. Jan. 4 and "
        "8 a.m. Jan. 5, destroying an ISIL fighting position."
    )
    (ev,) = events(text, finder)
    assert ev.event_date == date(2016, 1, 5)


# -- the 165th set's families ---------------------------------------------------------


def test_a_facebook_page_s_posts_named_in_the_source_line_speak_as_activists(finder):
    text = (
        "Posted 3 March 2016 at 4:10 PM\n"
        "Regime helicopters dropped barrel bombs on Binnish after the noon prayer.\n\n"
        "Posted 2 March 2016 at 9:00 AM\n"
        "Warplanes struck Sarmin at dawn.\n"
    )
    doc = Document(
        "t", "t.txt", text, date(2016, 3, 3), source="a Facebook page's posts, translated"
    )
    found = {ev.place_as_written: ev.claimant for ev in extract_events(doc, finder)}
    assert found == {"Binnish": "activists", "Sarmin": "activists"}


def test_a_prayer_named_in_arabic_is_an_hour_not_another_event(finder):
    text = "On Friday 4 March, after the maghrib prayer, regime warplanes struck Binnish."
    doc = Document("t", "t.txt", text, date(2016, 3, 20))
    (ev,) = extract_events(doc, finder)
    assert ev.event_date == date(2016, 3, 4)


def test_today_dated_in_brackets_is_the_bracketed_day(finder):
    text = "Today (Tuesday, 2 Ramadan 1437 / 7 June) regime warplanes struck Binnish."
    doc = Document("t", "t.txt", text, date(2016, 6, 9))
    (ev,) = extract_events(doc, finder)
    assert ev.event_date == date(2016, 6, 7)


# -- the 166th set's families ---


def test_monitors_in_the_plural_saying_speak_as_the_monitor(finder):
    text = "Jets struck Binnish on Tuesday, killing four people, monitors said."
    (ev,) = events(text, finder)
    assert ev.claimant == "sohr"


def test_the_depot_a_convoy_set_out_from_is_no_struck_place(finder):
    text = (
        "Jets bombed Binnish on Monday. The convoy of 12 trucks had set out from the warehouse "
        "in Sarmin and was hit from the air as it unloaded."
    )
    assert places(text, finder) == ["Binnish"]


def test_a_span_of_weeks_in_a_where_clause_after_the_place_leaves_the_strike_dated(finder):
    text = (
        "Jets fired missiles near Sarmin on Monday, where fighters had been clashing with "
        "troops in recent weeks."
    )
    assert places(text, finder) == ["Sarmin"]


# -- the 167th set's families ---------------------------------------------------------


def test_jets_flattening_villages_strike_them(finder):
    text = (
        "Russian jets worked their way along the plain on Monday, flattening Binnish and "
        "Taftanaz, activists said."
    )
    assert places(text, finder) == ["Binnish", "Taftanaz"]
    assert places("Russia was too busy flattening Binnish to notice.", finder) == []


def test_a_body_supporting_the_struck_hospital_is_no_voice(finder):
    text = "On Monday missiles struck a hospital supported by MSF in Sarmin, killing nine people."
    (ev,) = events(text, finder)
    assert ev.claimant == "reporter"


def test_a_day_on_which_it_happened_again_dates_the_next_sentence(finder):
    text = (
        "On Sunday, February 7, it happened again, a few streets away. Warplanes struck a "
        "school in Sarmin, killing nine people, activists said."
    )
    (ev,) = events(text, finder)
    assert ev.event_date == date(2016, 2, 7)


def test_the_first_week_of_a_month_ends_on_its_seventh_day(finder):
    text = "Russian jets struck Binnish in the first week of January, activists said."
    (ev,) = events(text, finder)
    assert ev.event_date == date(2016, 1, 7)


def test_a_bare_multitude_killed_counts_civilians(finder):
    text = (
        "Russian jets struck Binnish on Monday, activists said, killing dozens and wounding more."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


# -- ordinary copy: where people were when it fell, what it left ---------------------------


def test_where_people_were_when_a_strike_naming_no_place_fell_is_struck(finder):
    text = "My cousins were in Sarmin when the helicopters bombed the bakery on Sunday."
    (ev,) = events(text, finder, date(2016, 4, 30))
    assert (ev.place_as_written, ev.event_date) == ("Sarmin", date(2016, 4, 24))
    # The strike naming its own place leaves where they were alone.
    assert places("My cousins were in Sarmin when the helicopters bombed Binnish.", finder) == [
        "Binnish"
    ]


def test_what_the_strikes_told_before_left_at_a_place_sets_them_there(finder):
    text = (
        "Government aircraft bombed rebel-held towns on Monday. Rescuers in Sarmin dug "
        "four bodies out of the rubble after the raids."
    )
    (ev,) = events(text, finder, date(2016, 4, 30))
    assert (ev.place_as_written, ev.event_date) == ("Sarmin", date(2016, 4, 25))
    text = (
        "Government aircraft bombed rebel-held towns on Monday. Rebels advanced on Sarmin "
        "after the raids."
    )
    assert places(text, finder) == []


def test_a_longer_short_weekday_after_on_needs_no_stop(finder):
    (ev,) = events("Helicopters bombed Sarmin on Thurs, rescuers said.", finder, date(2016, 4, 30))
    assert ev.event_date == date(2016, 4, 28)
    (ev,) = events("Helicopters bombed Sarmin on Weds, rescuers said.", finder, date(2016, 4, 30))
    assert ev.event_date == date(2016, 4, 27)


def test_days_ago_counted_in_words_beyond_seven(finder):
    text = "Helicopters bombed Sarmin ten days ago, rescuers said."
    (ev,) = events(text, finder, date(2016, 4, 30))
    assert ev.event_date == date(2016, 4, 20)


def test_a_christian_feast_is_no_place(finder):
    text = "Helicopters bombed Sarmin over the Easter weekend and again at Christmas."
    assert places(text, finder) == ["Sarmin"]


def test_people_fleeing_a_place_speaking_of_the_town_tell_its_strike(finder):
    text = "Families fleeing Sarmin for the border told us helicopters bombed the town on Tuesday."
    (ev,) = events(text, finder, date(2016, 4, 30))
    assert (ev.place_as_written, ev.event_date) == ("Sarmin", date(2016, 4, 26))
    text = "Families fleeing Sarmin for the border told us helicopters bombed Binnish on Tuesday."
    assert places(text, finder) == ["Binnish"]


def test_an_armed_group_named_alone_closing_the_sentence_speaks_for_the_rebels(finder):
    text = "Helicopters bombed Sarmin on Tuesday, Jaish al-Nasr said."
    (ev,) = events(text, finder, date(2016, 4, 30))
    assert ev.claimant == "rebels"
    text = "The Free Syrian Army said helicopters bombed Sarmin on Tuesday."
    (ev,) = events(text, finder, date(2016, 4, 30))
    assert ev.claimant == "rebels"


# -- the 168th set's families ---------------------------------------------------------


def test_where_a_side_fights_or_what_it_holds_in_a_which_clause_is_no_struck_place(finder):
    text = (
        "Jets bombed Sarmin on Friday, and the army said the raids helped its troops, which "
        "are fighting rebels near Ariha."
    )
    assert places(text, finder) == ["Sarmin"]
    text = "Jets bombed Sarmin on Friday; the alliance, which holds Binnish, said two men died."
    assert places(text, finder) == ["Sarmin"]


def test_a_side_striking_somewhere_for_a_year_tells_no_strike_of_a_day(finder):
    text = (
        "The envoy met officials of the coalition, which has been bombing militants near "
        "al-Bab for more than a year."
    )
    assert places(text, finder) == []


def test_a_keywords_line_without_a_colon_names_no_struck_place(finder):
    text = "Jets struck Sarmin on Monday, rescuers said.\n\nKeywords Syria, Idlib, Binnish, raids"
    assert places(text, finder) == ["Sarmin"]


def test_the_targets_being_a_sides_sites_names_the_side(finder):
    text = (
        "Warships fired cruise missiles on Friday. The ministry said the targets were ISIS "
        "sites near al-Bab."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "isis"


def test_rebels_in_a_named_town_with_an_aside_speak_as_rebels(finder):
    text = (
        "Russian jets struck Sarmin on Monday. Rebels in Binnish, a town held since 2012, said "
        "jets bombed Binnish on Tuesday."
    )
    assert {ev.place_as_written: ev.claimant for ev in events(text, finder)}["Binnish"] == "rebels"


def test_a_region_set_apart_from_the_places_before_is_not_around_them(finder):
    lead = (
        "On Tuesday, Russian aircraft struck Kabani and the nearby village of Ghammam, a "
        "monitor said. Rebels in Haffa, a town they took in 2012, said the bombing there had "
        "been almost constant since Sunday.\n\n"
    )
    tail = "Jabal al-Turkman near the border, residents say the strikes have emptied hamlets."
    assert "Jabal al-Turkman" in places(lead + "Farther north, in the " + tail, finder)
    assert "Jabal al-Turkman" not in places(lead + "In the " + tail, finder)


# -- the 169th set's families ---------------------------------------------------------


def test_a_school_named_after_the_guns_is_what_the_strike_hit(finder):
    text = "Jets bombed militant gatherings near the tank school in Hayan on Monday."
    assert places(text, finder) == ["Hayan"]


def test_a_later_voice_placed_by_its_province_tells_its_own_clause(finder):
    text = (
        "Russian and Syrian jets have pounded the north all week. Rescuers said barrel bombs "
        "hit Kafr Naha overnight, and a local network in Idlib province reports that "
        "warplanes struck Binnish this morning."
    )
    found = {ev.place_as_written: ev for ev in events(text, finder)}
    assert (found["Binnish"].claimant, found["Binnish"].actor) == ("activists", "unknown")


def test_a_quoted_post_naming_the_aircraft_gives_the_strike_told_before_its_side(finder):
    text = (
        "Helicopters dropped barrel bombs on Maskanah. Rescuers said Tadef was hit twice at "
        "dawn. Their post read: Russian jets bomb #Tadef again, our teams are on site."
    )
    found = {ev.actor for ev in events(text, finder) if ev.place_as_written == "Tadef"}
    assert found == {"russia"}


def test_others_waiting_at_the_edge_of_the_town_leave_the_strike_in_it(finder):
    text = (
        "Helicopters dropped barrel bombs on Muadamiya again as food lorries waited at the "
        "edge of the town."
    )
    (ev,) = events(text, finder)
    assert ev.place_relation == "in"


def test_victims_at_a_spot_in_another_place_are_not_this_ones(finder):
    text = (
        "Jets struck Taftanaz and Binnish on Sunday, killing three people in a crowded market "
        "in Binnish."
    )
    found = {ev.place_as_written: ev.claimed_target for ev in events(text, finder)}
    assert found == {"Taftanaz": "unspecified", "Binnish": "civilians"}


def test_civilians_counted_next_outweigh_who_holds_the_town(finder):
    text = (
        "Russian jets bombed Maskanah, an ISIS-held town on the Euphrates, late on Friday, "
        "activists said. The activists said seven civilians were killed."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


# -- the 170th set's families ---------------------------------------------------------


def test_a_tracker_incident_line_set_off_by_bars_dates_its_entry(finder):
    text = (
        "Incidents of the week\n\n"
        "AB-0102 | January 15, 2016 | Sarmin, Idlib governorate\n"
        "Summary: Jets struck a bakery in Sarmin on Friday morning, activists said.\n\n"
        "AB-0107 | January 19, 2016 | Binnish, Idlib governorate\n"
        "Summary: Warplanes hit the market in Binnish, killing five people, activists said.\n"
    )
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder)}
    assert dated == {"Sarmin": date(2016, 1, 15), "Binnish": date(2016, 1, 19)}


def test_a_sub_numbered_incident_heading_with_a_bracketed_area_dates_its_incident(finder):
    text = (
        "3. Incidents\n\n"
        "3.2 Sarmin (eastern Idlib countryside), 9 January\n"
        "A helicopter dropped a barrel bomb on the eastern side of the town.\n"
        "Two people were killed.\n"
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.event_date) == ("Sarmin", date(2016, 1, 9))


def test_the_facility_first_hit_on_a_day_of_its_own_is_the_struck_facility_place(finder):
    text = (
        "A hospital in Sarmin was hit by air strikes on Sunday, 7 February, the second attack "
        "in a week. Two nurses were killed. The facility was first hit on Wednesday 3 "
        "February, when a bomb fell on its pharmacy."
    )
    dated = sorted(ev.event_date for ev in events(text, finder) if ev.place_as_written == "Sarmin")
    assert dated == [date(2016, 2, 3), date(2016, 2, 7)]


def test_the_day_a_school_reopened_after_strikes_is_not_the_strikes_day(finder):
    text = (
        "On Tuesday morning an air strike hit a school in Binnish, killing four pupils. The "
        "school had been closed after strikes on the town and had reopened only on Sunday. "
        "The same morning, jets struck the market in Sarmin, rescuers said."
    )
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder)}
    assert dated["Sarmin"] == date(2016, 2, 9)


def test_a_means_field_naming_aircraft_makes_the_entry_an_air_strike(finder):
    text = (
        "Incident 2\n"
        "Date: 9 January 2016\n"
        "Location: Sarmin, the old bakery\n"
        "Means: fixed-wing aircraft\n"
        "Casualties: 4 killed\n"
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.event_date) == ("Sarmin", date(2016, 1, 9))


def test_a_count_of_people_killed_before_the_strike_counts_civilians(finder):
    text = "Activists reported four people killed when Russian aircraft struck Sarmin on Monday."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_a_city_after_a_towns_size_and_governorate_only_locates_the_town(finder):
    text = (
        "On Monday an air strike hit a school in Sarmin, a town of about 20,000 people in "
        "Idlib province, south-east of Idlib city."
    )
    assert places(text, finder) == ["Sarmin"]


# -- the 171st set's families ---------------------------------------------------------


def test_a_power_named_as_party_to_a_truce_strikes_nothing(finder):
    text = (
        "A week after a U.S.-Russian truce collapsed, the town is under heavy bombardment."
        "\n\nRussian and Syrian jets have struck the area since Thursday.\n\nOn Friday, a "
        "bomb brought down a block in Sarmin, rescuers said.\n\nRussia says the strikes "
        "target terrorists."
    )
    (ev,) = events(text, finder)
    assert ev.actor == "unknown"


def test_headlines_under_a_related_content_heading_are_other_stories(finder):
    text = (
        "Russian jets struck Sarmin on Monday, activists said.\n\nRelated content\n"
        "Jets pound Binnish as talks stall 03.02.2016\n"
    )
    assert places(text, finder) == ["Sarmin"]


def test_a_single_shell_hitting_a_home_is_ground_fire(finder):
    text = (
        "Russian jets struck Binnish on Friday. Her son was killed when a shell hit their home "
        "in Sarmin."
    )
    assert places(text, finder) == ["Binnish"]


def test_an_apartment_block_struck_counts_civilians(finder):
    text = "On Friday, a bomb brought down an apartment block in Sarmin, rescuers said."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_a_side_striking_somewhere_since_a_month_tells_a_span_not_a_day(finder):
    text = (
        "Government jets have been carrying out raids on Sarmin since early March, rescuers said."
    )
    assert places(text, finder, date(2016, 4, 30)) == []
    text = "Government jets have been carrying out raids on Sarmin since dawn, rescuers said."
    assert places(text, finder, date(2016, 4, 30)) == ["Sarmin"]


# -- the 173rd set's families ---


def test_provinces_of_a_list_holding_none_of_its_example_places_are_struck(finder):
    text = (
        "The ministry said its jets had hit 40 targets in Homs, Deir ez-Zor and Raqqa provinces "
        "over the past day, among them a depot at Tadmur."
    )
    found = places(text, finder)
    assert "Tadmur" in found
    assert {"Deir ez-Zor", "Raqqa provinces"} <= set(found)
    assert "Homs" not in found


def test_what_a_base_is_used_for_is_no_strike(finder):
    text = (
        "Troops shelled Sarmin, and reinforcements reached the airport, which the army uses to "
        "launch helicopter raids on the villages."
    )
    assert places(text, finder) == []


def test_a_bare_field_commander_after_an_armed_group_speaks_for_it(finder):
    text = (
        "Rebels took the hill on Monday, the operations room said. Jets bombed Sarmin during "
        "the battle, a field commander said."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "rebels"
    text = "A field commander said jets bombed Sarmin on Monday."
    (ev,) = events(text, finder)
    assert ev.claimant == "sana"


def test_a_bodys_own_office_closing_the_opening_sentence_speaks_for_its_list(finder):
    text = (
        "STATEMENT\n\nVolunteers of the Hama Civil Defence Directorate searched the ruins of "
        "two villages through the night, the directorate's media office said today.\n\n"
        "Sunday 10 January\n- 9:15 am: warplanes struck the village of Kafr Zita. 4 killed.\n\n"
        "Monday 11 January\n- 8:00 am: jets hit Morek. 2 killed.\n"
    )
    found = events(text, finder, date(2016, 1, 12))
    assert [ev.claimant for ev in found] == ["civil_defence", "civil_defence"]


def test_a_toll_in_the_villages_of_a_region_carries_to_its_villages_struck_next(finder):
    text = (
        "At least nine civilians died in air raids on villages of the Jabal al-Zawiya area last "
        "week, the Observatory said. It recorded strikes on Kansafra and Maarzaf on Monday."
    )
    found = events(text, finder, date(2016, 1, 12))
    assert [(ev.place_as_written, ev.claimed_target) for ev in found] == [
        ("Kansafra", "civilians"),
        ("Maarzaf", "civilians"),
    ]


def test_a_list_items_bare_count_of_the_killed_counts_civilians(finder):
    (ev,) = events("Jets hit Sarmin on Monday. 5 killed.", finder, date(2016, 1, 12))
    assert ev.claimed_target == "civilians"
    (ev,) = events("Jets hit Sarmin on Monday, with 12 fighters killed.", finder, date(2016, 1, 12))
    assert ev.claimed_target != "civilians"


def test_a_day_after_every_day_since_only_bounds_the_habit(finder):
    text = "Warplanes have bombed Sarmin every day since the ceasefire collapsed on 19 September."
    assert places(text, finder) == []
    text = "Warplanes bombed Sarmin on Monday, as they have every day since the truce collapsed."
    assert places(text, finder) == ["Sarmin"]


def test_strikes_around_the_town_named_before_fall_near_it(finder):
    text = "Troops captured Sarmin on Tuesday. Jets struck the hills around the town on Sunday."
    (ev,) = events(text, finder, date(2016, 1, 12))
    assert (ev.place_as_written, ev.place_relation) == ("Sarmin", "near")
    text = "Troops captured Sarmin on Tuesday. Jets struck the town on Sunday."
    (ev,) = events(text, finder, date(2016, 1, 12))
    assert ev.place_relation == "in"


def test_strikes_in_the_weeks_before_a_fall_end_on_the_falls_day(finder):
    text = (
        "The town of Sarmin fell on Sunday. Residents said jets had bombed Binnish in the two "
        "weeks before it fell."
    )
    (ev,) = events(text, finder, date(2016, 1, 12))
    assert (ev.place_as_written, ev.event_date) == ("Binnish", date(2016, 1, 10))


# -- the 172nd set's families ---------------------------------------------------------


def test_what_a_named_place_overlooks_only_locates_it(finder):
    text = "Jets struck army posts on Kafr Zita, overlooking the town of Latamneh, on Tuesday."
    assert places(text, finder) == ["Kafr Zita"]
    text = "Jets struck army posts on the hills overlooking Latamneh on Tuesday."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.place_relation) == ("Latamneh", "near")


def test_the_side_of_a_region_a_struck_town_lies_in_is_no_strike(finder):
    text = "Helicopters dropped barrel bombs on Kafr Zita in the northern part of the Ghab plain."
    assert places(text, finder) == ["Kafr Zita"]


def test_a_body_that_did_not_comment_is_no_voice(finder):
    text = "The ministry did not comment, but the state news agency said jets struck Sarmin."
    (ev,) = events(text, finder)
    assert ev.claimant == "sana"


def test_an_aid_group_cited_speaks_as_the_rights_groups(finder):
    text = "Trucks were hit in an air strike near Azaz, according to a Turkish aid group."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimant) == ("Azaz", "rights_groups")


def test_a_where_clause_of_ground_forces_names_their_goal_and_no_striker(finder):
    text = (
        "Warplanes hit Sarmin on Monday, where government forces are trying to widen the"
        " corridor they opened to the villages of Nubl and Zahraa."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.actor) == ("Sarmin", "unknown")


def test_a_place_waiting_in_an_as_clause_is_no_strike(finder):
    text = "Jets pound Sarmin as the besieged town of Madaya waits for aid."
    assert places(text, finder) == ["Sarmin"]


def test_a_day_the_voice_adds_after_its_verb_leaves_also_strikes_with_the_lead(finder):
    text = (
        "Russian jets struck Douma on Sunday, medics said.\n\n"
        "Raids also hit Saqba, rescuers said, adding that teams searched there late on Sunday.\n\n"
        "On Saturday, regime helicopters dropped barrel bombs on Arbeen."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2015, 12, 14))}
    assert found["Saqba"] == "russia"


def test_a_body_apposed_as_an_opposition_body_speaks_as_the_activists(finder):
    text = "The Hama Revolution Council, an opposition body, said jets fired missiles at Kafr Zita."
    (ev,) = events(text, finder)
    assert ev.claimant == "activists"


def test_a_city_opening_the_sentence_holds_its_side_whose_districts_come_next(finder):
    text = (
        "In Aleppo, jets kept up their bombardment of the rebel-held east on Tuesday. Rescuers"
        " said strikes hit the districts of al-Shaar and al-Sakhour."
    )
    assert places(text, finder) == ["al-Shaar", "al-Sakhour"]
    text = "In Aleppo, jets kept up their bombardment of the rebel-held east on Tuesday."
    assert places(text, finder) == ["Aleppo"]


# -- the 174th set's families ---------------------------------------------------------


def test_an_attack_turned_back_after_a_strike_is_the_grounds(finder):
    text = "Jets bombed Saqba on Monday, and the rebels repelled the attack on Harasta."
    assert places(text, finder) == ["Saqba"]


def test_the_arabic_word_for_rebels_opens_a_clause_of_the_ground(finder):
    text = (
        'Activists said jets struck Kafranbel on Sunday, and that "the thuwar repelled an '
        'attack of the army" near Heish.'
    )
    assert places(text, finder) == ["Kafranbel"]


def test_the_days_of_the_raids_counted_strike_no_city_around_its_districts(finder):
    text = (
        "Helicopters dropped barrel bombs on the Joura and Qusour districts of Deir ez-Zor "
        "city on Friday, the fourth day of raids on the city."
    )
    assert places(text, finder) == ["Joura", "Qusour"]


def test_a_delegates_home_town_is_not_where_he_says_they_bomb(finder):
    text = (
        "A delegate from Inkhil, Abu Omar, said the Russians were bombing them while talking "
        "of peace."
    )
    assert places(text, finder) == []


def test_a_medical_source_placed_before_its_verb_speaks(finder):
    text = (
        "Four people died when jets struck a bakery in Kafr Batna on Sunday, a medical source "
        "in the town told our reporter."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "activists"


def test_a_bodys_bare_name_repeats_its_full_name(finder):
    text = (
        "Jets struck Tal Tamr on Friday, the Asayish general command said. On Thursday, raids "
        "hit two checkpoints in Tal Hamis, the general command said."
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder)}
    assert found["Tal Hamis"] == "rebels"


def test_a_state_daily_named_in_brackets_and_a_pro_regime_paper_speak_as_state_media(finder):
    text = (
        "Al-Thawra (state daily): jets destroyed terrorist dens in Kafr Nabudah on Monday. "
        "The pro-government Al-Ikhbariya television said jets destroyed a depot in Morek."
    )
    assert {ev.claimant for ev in events(text, finder)} == {"state_media"}


def test_a_legion_named_after_a_town_is_no_place(finder):
    text = (
        "Jets struck Talbiseh on Monday. The raids came hours after the Rastan Legion said it "
        "had taken a checkpoint."
    )
    assert places(text, finder) == ["Talbiseh"]


def test_two_air_forces_destroying_are_no_ground_forces(finder):
    text = "The Russian and Syrian air forces destroyed depots in Jisr al-Shughour on Monday."
    assert places(text, finder) == ["Jisr al-Shughour"]


def test_where_families_have_arrived_after_fleeing_is_no_struck_place(finder):
    text = (
        "Jets struck Tafas on Monday. Families from Tafas have arrived in Nawa and Jasim after "
        "fleeing the raids."
    )
    assert places(text, finder) == ["Tafas"]


def test_a_count_of_the_same_weapons_on_the_next_place_opens_its_own_clause(finder):
    text = (
        "Helicopters dropped four barrel bombs on Nawa at dawn, damaging the national hospital, "
        "and two on the farms west of Inkhil."
    )
    found = {ev.place_as_written: ev.claimed_target for ev in events(text, finder)}
    assert found == {"Nawa": "civilians", "Inkhil": "unspecified"}


def test_aircraft_that_worked_on_gatherings_struck_them(finder):
    text = "Russian jets worked on Sunday night on gatherings of militants near Kafr Nabudah."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.actor) == ("Kafr Nabudah", "russia")


def test_the_advance_of_a_side_towards_a_town_is_the_grounds(finder):
    text = (
        "Jets struck positions near Morek on Monday in preparation for the advance of the army "
        "towards Khan Sheikhoun."
    )
    assert places(text, finder) == ["Morek"]


def test_a_paper_quoting_a_field_source_speaks_for_the_state(finder):
    text = "Quoting a field source, the paper said jets struck positions near Morek on Monday."
    (ev,) = events(text, finder)
    assert ev.claimant == "sana"


# -- the 175th set's families ---------------------------------------------------------


def test_a_list_of_captions_opens_each_with_its_own_place(finder):
    text = (
        "1/2\nSARMIN, SYRIA - FEBRUARY 8: Rescuers dig after Russian jets struck Binnish "
        "on Monday, activists said.\n\n2/2\nSARMIN, SYRIA - FEBRUARY 8: A girl walks past "
        "rubble.\n\n3/3\nTAFTANAZ, SYRIA - FEBRUARY 7: Smoke rises after jets struck the "
        "town on Sunday, activists said.\n"
    )
    assert "TAFTANAZ" in places(text, finder)


def test_a_place_named_twice_before_the_town_is_one_antecedent(finder):
    text = (
        "SARMIN, SYRIA - FEBRUARY 8: Boys look at a crater in Sarmin. Activists said "
        "helicopters dropped barrel bombs on the town on Monday."
    )
    assert places(text, finder) == ["Sarmin"]


def test_a_facility_shown_with_its_place_is_struck_in_the_next_sentence(finder):
    text = (
        "A nurse sweeps glass from the floor of a small clinic in Sarmin. The clinic was hit "
        "by an air strike on Monday, activists said."
    )
    (ev,) = events(text, finder)
    assert ev.place_as_written == "Sarmin"
    assert ev.event_date == date(2016, 2, 8)


def test_a_bearing_from_a_city_then_near_a_town_locates_the_strike_by_the_town(finder):
    text = "Jets struck rebel positions east of Idlib, near Sarmin, on Monday, activists said."
    (ev,) = events(text, finder)
    assert ev.place_as_written == "Sarmin"
    assert ev.place_relation == "near"


def test_a_transcript_speaker_named_with_a_medics_role_speaks_as_activists(finder):
    text = (
        "[10:02:11] ANNA BELL, HOST: Doctor, what happened?\n\n"
        "DR. SAMI NOURI, SURGEON, IDLIB: Our clinic was quiet until noon.\n\n"
        "BELL: And then?\n\n"
        "NOURI: On Monday, the planes struck Sarmin twice.\n"
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "activists"


def test_a_narration_naming_its_day_dates_the_scene_after_it(finder):
    text = (
        "The camera pans across a roof. It is the ninth of January, a week after the raids "
        "began. Smoke rises over Sarmin, where jets have hit a depot."
    )
    (ev,) = events(text, finder)
    assert ev.event_date == date(2016, 1, 9)


def test_a_side_saying_the_planes_struck_is_no_target(finder):
    text = "Rebels say the Russian planes also struck Sarmin on Sunday."
    (ev,) = events(text, finder)
    assert ev.claimant == "rebels"
    assert ev.claimed_target == "unspecified"


def test_a_place_taken_after_jets_bombed_the_town_is_struck_on_the_day_it_fell(finder):
    text = "Government forces took Sarmin on Tuesday after helicopters bombed the town."
    (ev,) = events(text, finder, date(2016, 4, 30))
    assert (ev.place_as_written, ev.event_date) == ("Sarmin", date(2016, 4, 26))
    text = "Government forces took Sarmin on Tuesday after helicopters bombed Binnish."
    (ev,) = events(text, finder, date(2016, 4, 30))
    assert (ev.place_as_written, ev.event_date) == ("Binnish", date(2016, 4, 26))


# -- the 176th set's families ---------------------------------------------------------


def test_a_place_name_ending_on_a_kunya_before_a_family_name_is_a_person(finder):
    text = "Jets struck Sarmin on Monday, a resident, Omar Abu Hadid, told reporters."
    assert places(text, finder) == ["Sarmin"]


def test_a_toll_told_as_mostly_fighters_is_the_side_named_before(finder):
    text = (
        "Russian jets bombed the Islamic State-held villages east of the city on Monday. "
        "At least 15 people were killed in raids on Sarmin, most of them militants."
    )
    (ev,) = [ev for ev in events(text, finder) if ev.place_as_written == "Sarmin"]
    assert ev.claimed_target == "isis"


def test_the_militants_own_agency_is_a_news_agency_cited(finder):
    text = "The group's Amaq agency said Russian jets had killed nine people in Sarmin on Sunday."
    (ev,) = events(text, finder)
    assert ev.claimant == "media"


def test_a_place_told_as_where_fighters_massed_is_the_side_named_before(finder):
    text = (
        "The Islamic State group attacked the airport on Friday. "
        "Jets struck Sarmin on Saturday, where the militants had gathered before the assault."
    )
    (ev,) = [ev for ev in events(text, finder) if ev.place_as_written == "Sarmin"]
    assert ev.claimed_target == "isis"


# -- the 177th set's families ---------------------------------------------------------


def test_a_sentence_counting_a_groups_fighters_dead_gives_the_strike_its_target(finder):
    text = (
        "The monitor said coalition jets struck Sarmin on Tuesday. "
        "It said 9 Islamic State fighters were killed."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "isis"


def test_positions_of_the_gangs_are_rebels(finder):
    text = "Warplanes struck positions of the gangs in Sarmin on Tuesday, our correspondent said."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "rebels"


def test_a_military_councils_masthead_with_its_office_speaks_for_rebels(finder):
    text = (
        "SARMIN MILITARY COUNCIL - PRESS OFFICE\n"
        "Statement\n\n"
        "Coalition warplanes struck a gathering in Binnish on Tuesday.\n"
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "rebels"


def test_victims_of_a_where_clause_after_a_later_place_are_that_places(finder):
    text = (
        "Jets struck Sarmin, causing damage, and Binnish, east of the town, where three "
        "people were killed, on Tuesday."
    )
    found = {ev.place_as_written: ev.claimed_target for ev in events(text, finder)}
    assert found["Sarmin"] == "unspecified"
    assert found["Binnish"] == "civilians"


def test_a_voice_giving_the_civilians_among_a_toll_told_before_claims_the_strike(finder):
    text = (
        "Jets struck positions around Binnish on Tuesday, killing 30 militants, the army said. "
        "The monitor said 6 of those killed were civilians."
    )
    found = {(ev.claimant, ev.claimed_target) for ev in events(text, finder)}
    assert ("sohr", "civilians") in found


# -- ordinary copy: a place naming its people, a place left in ruins by aircraft -------------


def test_a_place_written_before_its_peoples_noun_is_whom_they_belong_to(finder):
    for text in (
        "A Binnish activist said jets hit Sarmin on Tuesday.",
        "Jets hit Sarmin on Tuesday, said a Binnish rebel commander.",
        "Two Binnish men were killed when jets hit Sarmin on Tuesday.",
    ):
        assert [ev.place_as_written for ev in events(text, finder)] == ["Sarmin"], text


def test_a_place_naming_its_people_is_struck_when_the_sentence_names_no_other(finder):
    text = "A Sarmin resident said jets hit the town's market on Tuesday."
    assert [ev.place_as_written for ev in events(text, finder)] == ["Sarmin"]


def test_a_place_reduced_to_rubble_by_aircraft_is_struck(finder):
    (ev,) = events("A bakery in Sarmin was reduced to rubble by Russian jets on Tuesday.", finder)
    assert ev.place_as_written == "Sarmin"
    assert ev.actor == "russia"


def test_a_place_reduced_to_ruins_by_years_of_war_is_not_struck(finder):
    text = (
        "Warplanes kept up their raids across the province on Tuesday. "
        "The old market of Sarmin was reduced to ruins in years of fighting."
    )
    assert [ev.place_as_written for ev in events(text, finder)] == []


def test_a_day_after_a_place_yields_to_the_day_of_the_strikes_told_after_it(finder):
    text = "Rescuers searched the ruins of Sarmin on Tuesday after Monday's air strikes."
    (ev,) = events(text, finder)
    assert ev.event_date == date(2016, 2, 8)


def test_a_day_after_a_place_struck_before_it_stays_the_places(finder):
    text = "Jets struck Sarmin on Tuesday after Monday's air strikes on Binnish."
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder)}
    assert found == {"Sarmin": date(2016, 2, 9), "Binnish": date(2016, 2, 8)}


def test_the_border_people_fled_towards_at_a_place_is_not_struck(finder):
    text = "Jets hit Sarmin on Tuesday as thousands fled towards the Turkish border at Binnish."
    assert places(text, finder) == ["Sarmin"]


def test_a_body_announcing_what_its_aircraft_carried_out_speaks(finder):
    for verb in ("announced", "claimed", "insisted"):
        text = (
            f"The defence ministry {verb} its aircraft had carried out 20 sorties on Tuesday "
            "against militant positions, naming a command post near Sarmin."
        )
        (ev,) = events(text, finder)
        assert ev.claimant == "russian_mod", verb


def test_a_place_written_as_a_given_name_before_a_family_name_or_a_role_is_a_person(finder):
    for text in (
        "Hisham al-Omari, head of the local council, said jets hit Sarmin on Tuesday.",
        "Jets hit Sarmin on Tuesday, said Hisham Qassab, a rescuer.",
        "Nada, a teacher, said jets hit Sarmin on Tuesday.",
    ):
        assert places(text, finder) == ["Sarmin"], text


def test_a_place_written_as_a_given_name_in_a_list_of_places_is_struck(finder):
    assert places("Jets hit Hisham and Sarmin on Tuesday.", finder) == ["Hisham", "Sarmin"]


def test_the_united_states_accusing_or_saying_speaks_as_a_government(finder):
    for text in (
        "The United States said Russian jets had bombed a clinic in Sarmin on Tuesday.",
        "Washington accused Syrian aircraft of striking a bakery in Sarmin on Tuesday.",
    ):
        (ev,) = events(text, finder)
        assert ev.claimant == "governments", text


def test_the_united_states_telling_of_a_coalition_strike_speaks_for_the_coalition(finder):
    text = "Washington said coalition aircraft had struck army positions near Sarmin on Tuesday."
    (ev,) = events(text, finder)
    assert ev.claimant == "coalition"


def test_the_united_states_saying_what_a_strike_was_tells_no_strike(finder):
    text = (
        "Coalition aircraft struck army positions near Sarmin on Tuesday, an attack "
        "Washington said was a mistake."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "reporter"


# -- the 179th set's families ---------------------------------------------------------


def test_warplanes_also_striking_on_another_day_are_those_named_before(finder):
    text = (
        "Warplanes believed to be Russian struck Sarmin this morning, the monitor said.\n\n"
        "Warplanes also carried out raids yesterday evening on the town of Binnish.\n\n"
        "Regime helicopters dropped barrel bombs on Taftanaz. Regime forces shelled Saraqib."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder)}
    assert found["Binnish"] == "russia"


def test_a_toll_naming_civilians_beside_fighters_claims_civilians(finder):
    text = "Jets struck Sarmin on Tuesday, killing at least five rebel fighters and two civilians."
    (ev,) = events(text, finder)
    assert ev.claimed_target == "civilians"


def test_a_place_taken_after_days_of_strikes_naming_no_object_was_struck(finder):
    text = "Troops seized the town of Sarmin on Monday after days of heavy Russian airstrikes."
    assert places(text, finder) == ["Sarmin"]
    text = (
        "Binnish fell on Monday; Sarmin, on the hill above the road, was taken by militias "
        "after what rebels described as the heaviest Russian bombardment they had seen."
    )
    assert places(text, finder) == ["Sarmin"]


def test_a_place_naming_an_offensive_after_a_bearing_is_no_struck_place(finder):
    text = "Jets struck Sarmin on Monday, the biggest gain of the southern Idlib offensive so far."
    assert places(text, finder) == ["Sarmin"]


def test_a_place_taken_on_a_day_after_days_of_strikes_takes_that_day(finder):
    text = (
        "Sarmin, on the hill above the road, was taken by militias on Sunday after what "
        "rebels described as the heaviest Russian bombardment they had seen."
    )
    (ev,) = events(text, finder)
    assert ev.event_date == date(2016, 2, 7)


# -- the 178th set's families ---------------------------------------------------------


def test_not_yet_able_to_determine_whose_planes_leaves_the_strike_unknown(finder):
    text = (
        "Regime forces shelled the area on Monday. "
        "Jets bombed Sarmin on Tuesday morning, the monitor said. "
        "It said it could not yet determine whether the planes were Russian or Syrian."
    )
    (ev,) = events(text, finder)
    assert ev.actor == "unknown"


def test_a_city_written_with_its_word_after_its_governorate_is_struck_apart(finder):
    text = (
        "Air strikes on two markets in Idlib province killed 30 people on Sunday, the monitor "
        "said. It said jets struck a market in the centre of Idlib city, killing 18, and "
        "another hit the market in Sarmin, killing 12."
    )
    assert "Idlib city" in places(text, finder)


def test_bodies_found_in_a_place_before_a_strike_clause_naming_none_place_it(finder):
    text = "Rescuers pulled nine bodies from the rubble in Binnish after jets hit a row of shops."
    assert places(text, finder) == ["Binnish"]


def test_a_strike_told_as_earlier_in_the_week_is_a_strike_of_its_own(finder):
    text = (
        "Jets struck Sarmin on Saturday, killing two, activists said. "
        "Earlier in the week, activists said jets had struck Sarmin on Tuesday."
    )
    found = sorted(ev.event_date for ev in events(text, finder, date(2016, 6, 12)))
    assert found == [date(2016, 6, 7), date(2016, 6, 11)]


def test_strikes_that_helped_troops_and_their_allies_push_strike_no_goal(finder):
    text = (
        "Moscow began its air campaign on Sept. 30. Its strikes have helped government troops "
        "and their allies push toward the border north of Aleppo."
    )
    assert places(text, finder) == []


def test_a_place_after_a_pause_in_the_bombing_of_it_is_not_struck(finder):
    text = (
        "Air strikes on villages in Idlib province killed nine people on Monday, rescuers said, "
        "as a pause in the bombing of Hama held for a second day."
    )
    assert "Hama" not in places(text, finder)


def test_a_blame_told_after_a_quote_paragraph_naming_the_place_struck_gives_the_actor(finder):
    text = (
        "Air strikes on Tuesday hit a bakery in the town of Sarmin, rescuers said.\n\n"
        '"They came back when people were helping the wounded," said a volunteer who was '
        "at the scene in Sarmin.\n\n"
        "Activists blamed Russian warplanes. Moscow denies striking civilians.\n\n"
        "Elsewhere, government helicopters dropped barrel bombs on Binnish late on Tuesday, "
        "the monitor said.\n"
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder)}
    assert found == {"Sarmin": "russia", "Binnish": "regime"}


def test_a_region_after_a_governorate_holding_the_places_before_is_struck(finder):
    text = "Russian jets raided Sarmin in northern Idlib and the Ghab plain on Tuesday."
    assert places(text, finder) == ["Sarmin", "Ghab plain"]


def test_regions_listed_after_the_places_they_hold_are_not_struck(finder):
    text = "Jets hit Sarmin and Binnish in the Ghab plain and the Ruj plain on Tuesday."
    assert places(text, finder) == ["Sarmin", "Binnish"]


def test_a_place_the_strikes_spared_or_a_correction_sets_apart_is_not_struck(finder):
    for text in (
        "Warplanes kept up their raids. The raids spared Binnish but hit Sarmin on Tuesday.",
        "Jets struck Sarmin on Tuesday, sparing the town of Binnish.",
        "Jets struck Sarmin on Tuesday, not Binnish as first reported.",
    ):
        assert places(text, finder) == ["Sarmin"], text


def test_a_place_told_as_a_frequent_target_with_no_day_is_no_strike_of_a_day(finder):
    for text in (
        "Sarmin is a frequent target of Russian jets.",
        "Sarmin has often been targeted by Russian jets.",
    ):
        assert places(text, finder) == [], text
    assert places("Sarmin, a frequent target of jets, was hit again on Tuesday.", finder) == [
        "Sarmin"
    ]


def test_a_rescue_worker_cited_or_saying_speaks_as_the_civil_defence(finder):
    for text in (
        "Helicopters dropped barrel bombs on Sarmin on Tuesday, according to a rescue worker.",
        "Helicopters dropped barrel bombs on Sarmin on Tuesday, a rescue worker said.",
    ):
        (ev,) = events(text, finder)
        assert ev.claimant == "civil_defence", text


def test_the_aerospace_forces_named_without_their_country_are_russias(finder):
    text = "Aircraft of the Aerospace Forces struck a depot near Sarmin on Tuesday."
    (ev,) = events(text, finder)
    assert ev.actor == "russia"


# -- the 180th set's families ---------------------------------------------------------


def test_the_day_a_truce_named_after_since_took_effect_is_not_the_strikes(finder):
    text = (
        "Activists said helicopters dropped barrel bombs on the town of Nawa in Daraa province "
        "on Sunday, the worst violation in the south since a ceasefire took effect on Jan. 30."
    )
    (ev,) = events(text, finder)
    assert ev.event_date == date(2016, 2, 7)


def test_a_place_name_given_as_a_nickname_is_a_person(finder):
    text = (
        "Jets struck a bakery in Sarmin on Monday, said a volunteer who gave only his "
        "nickname, Abu Kamal."
    )
    assert places(text, finder) == ["Sarmin"]


def test_a_governorate_between_a_bearing_and_towns_folds_into_its_towns(finder):
    text = (
        "Warplanes pounded north Idlib villages on Monday. "
        "Activists said jets struck Binnish and Sarmin on Monday."
    )
    assert sorted(places(text, finder)) == ["Binnish", "Sarmin"]


def test_the_ground_a_side_pulled_back_from_is_not_struck(finder):
    text = (
        "A rebel commander said his men were being bombed day and night and had pulled back "
        "from the village of Binnish."
    )
    assert places(text, finder) == []


def test_a_place_that_falls_in_a_clause_of_time_is_not_struck(finder):
    text = "Jets pound Islamic State targets after Sukhnah falls"
    assert places(text, finder) == []


def test_the_place_movers_leave_in_a_clause_of_time_is_not_struck(finder):
    text = "Jets hit Sarmin on Monday as the first buses left Binnish under a local truce."
    assert places(text, finder) == ["Sarmin"]


def test_ground_given_up_under_the_strikes_told_after_it_is_struck(finder):
    text = "Rebels were forced to withdraw from Sarmin after days of heavy Russian air strikes."
    assert places(text, finder) == ["Sarmin"]


# -- the 181st set's families ---


def test_a_place_after_a_common_given_name_is_a_family_name(finder):
    text = "Jets struck Kafranbel on Monday, killing Ahmed Ariha and two of his sons."
    assert places(text, finder) == ["Kafranbel"]


def test_a_family_name_written_alone_after_the_full_name_is_the_person(finder):
    text = (
        "Mohammed Ariha, a teacher, left for Turkey last year. On Monday jets struck "
        "Kafranbel, killing Ariha and his brother."
    )
    assert places(text, finder) == ["Kafranbel"]


def test_a_title_a_given_name_and_a_family_name_make_a_person(finder):
    text = "Rebel leader Zahran Kanaan was killed in an air strike on Saraqeb on Friday."
    assert places(text, finder) == ["Saraqeb"]


def test_a_name_opening_a_line_wrapped_after_a_lowercase_word_opens_no_sentence(finder):
    text = "Two men were killed when jets struck the farms of the village of\n  Ibta on Tuesday."
    assert places(text, finder) == ["Ibta"]


def test_a_military_source_speaking_with_an_aside_of_anonymity_is_the_state_voice(finder):
    text = (
        "A military source, speaking on condition of anonymity, told us the air force had "
        "bombed militant positions in Harasta on Friday."
    )
    assert [ev.claimant for ev in events(text, finder)] == ["sana"]


def test_the_edge_of_the_town_where_named_sides_clash_leaves_the_strike_in_it(finder):
    text = (
        "Helicopters dropped barrel bombs on Darayya on Tuesday, amid clashes between the "
        "army and rebel fighters on the town's southern edges."
    )
    assert [ev.place_relation for ev in events(text, finder)] == ["in"]


def test_a_doctors_network_named_by_its_region_speaks_as_activists(finder):
    text = "Jets struck a clinic in Kafranbel on Monday, the Jabal al-Zawiya Doctors Network said."
    assert [ev.claimant for ev in events(text, finder)] == ["activists"]


def test_near_a_building_named_by_its_town_is_in_the_town(finder):
    text = "A barrel bomb fell near the Saraqeb main hospital on Wednesday, activists said."
    assert [ev.place_relation for ev in events(text, finder)] == ["in"]


def test_a_town_struck_after_a_person_bearing_its_name_was_named_is_struck(finder):
    text = (
        "The commander, Hamza Saqba, said his men would hold the line. "
        "Later on Tuesday, jets struck Saqba and killed four people."
    )
    assert places(text, finder) == ["Saqba"]


def test_a_strike_told_at_the_same_time_as_the_one_before_takes_its_day(finder):
    for opening in (
        "At the same time,",
        "In the same hours,",
        "Minutes later,",
        "Shortly afterwards,",
    ):
        text = (
            "Jets bombed the market in Sarmin on Monday morning, the council said.\n\n"
            f"{opening} helicopters dropped barrel bombs on Binnish, rescuers said."
        )
        found = {ev.place_as_written: ev.event_date for ev in events(text, finder)}
        assert found == {"Sarmin": date(2016, 2, 8), "Binnish": date(2016, 2, 8)}, opening


def test_aircraft_named_as_the_presidents_own_are_the_regimes(finder):
    for text in (
        "Assad's warplanes struck Sarmin on Tuesday.",
        "Assad's helicopters dropped barrel bombs on Sarmin on Tuesday.",
    ):
        (ev,) = events(text, finder)
        assert ev.actor == "regime", text
    (ev,) = events("Russian and Assad's warplanes struck Sarmin on Tuesday.", finder)
    assert ev.actor == "unknown"


def test_a_camp_of_displaced_people_the_strike_hit_places_it_in_its_town(finder):
    text = "Russian jets struck a displaced persons camp in Sarmin on Tuesday."
    assert places(text, finder) == ["Sarmin"]
    text = "Jets struck Binnish on Tuesday, sending families fleeing to camps near Sarmin."
    assert places(text, finder) == ["Binnish"]


# -- the 183rd set's families ---------------------------------------------------


def test_a_window_of_days_of_the_month_alone_takes_its_last_day(finder):
    text = "From the 3rd to the 5th, jets pounded Sarmin day and night."
    (ev,) = events(text, finder, date(2016, 2, 10))
    assert ev.event_date == date(2016, 2, 5)


def test_a_day_of_the_month_alone_before_its_clause_dates_the_strike(finder):
    text = "On the evening of the 6th a helicopter dropped two barrel bombs on Sarmin."
    (ev,) = events(text, finder, date(2016, 2, 10))
    assert ev.event_date == date(2016, 2, 6)


def test_the_base_raids_set_out_from_is_no_struck_place(finder):
    text = (
        "Witnesses saw jets leave on raids towards the eastern countryside from the Shayrat "
        "airbase on Monday."
    )
    assert places(text, finder) == []


def test_a_place_locating_a_works_named_by_its_trade_is_no_struck_place(finder):
    text = "Jets struck the Jihar gas company, east of Palmyra, on Monday."
    assert "Palmyra" not in places(text, finder)


def test_the_districts_possessive_points_back_at_the_quarter_not_its_city(finder):
    text = (
        "About 40,000 people remain in Bab Amr, in the city of Homs.\n\n"
        "On Friday, a government air raid on the neighbourhood's main street killed three men, "
        "activists said."
    )
    assert places(text, finder) == ["Bab Amr"]


def test_a_thing_struck_by_its_bearing_from_the_one_town_is_near_it(finder):
    text = "Sarmin: activists said a Russian jet hit a bakery east of the town on Monday."
    (ev,) = events(text, finder)
    assert ev.place_relation == "near"


def test_a_single_syrian_aircraft_is_the_regimes(finder):
    text = "Residents said a Syrian warplane struck a bakery in Sarmin on Monday."
    (ev,) = events(text, finder)
    assert ev.actor == "regime"


# -- the 182nd set's families ---------------------------------------------------------


def test_a_place_hit_by_the_guns_after_an_air_sentence_is_shelled(finder):
    text = (
        "Warplanes struck Binnish on Monday. Sarmin and Taftanaz, hit by artillery from army "
        "positions, were also damaged."
    )
    assert places(text, finder) == ["Binnish"]


def test_the_observatory_without_its_article_at_a_line_head_is_the_monitor(finder):
    text = "Nov 3 - Observatory says jets hit Binnish, killing six."
    (ev,) = events(text, finder)
    assert ev.claimant == "sohr"


def test_a_foreign_country_s_media_saying_is_the_media(finder):
    text = "Jets struck the village of Binnish on Monday, Turkish media said."
    (ev,) = events(text, finder)
    assert ev.claimant == "media"


def test_that_night_after_an_offensive_announced_on_a_day_is_that_day(finder):
    text = (
        "Jets struck Sarmin on 3 May. The army announced an offensive on 6 May. "
        "That night, jets struck Binnish."
    )
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 6, 1))}
    assert dated["Binnish"] == date(2016, 5, 6)


def test_a_day_opening_a_bracket_after_each_place_is_that_place_s(finder):
    text = "Stars mark Sarmin (Feb 3, regime jets) and Binnish (Feb 5, barrel bombs)."
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder)}
    assert dated == {"Sarmin": date(2016, 2, 3), "Binnish": date(2016, 2, 5)}


def test_the_aircraft_in_the_bracket_after_a_place_are_that_place_s(finder):
    text = "Strikes hit Sarmin (Feb 3, regime jets) and Binnish (Feb 5, Russian jets)."
    actors = {ev.place_as_written: ev.actor for ev in events(text, finder)}
    assert actors == {"Sarmin": "regime", "Binnish": "russia"}


def test_the_voice_credited_in_the_bracket_after_a_place_is_that_place_s(finder):
    text = (
        "Strikes hit Sarmin (Feb 3, regime jets, per local rescuers) and Binnish (Feb 5, "
        "Russian jets, per the Observatory)."
    )
    voices = {ev.place_as_written: ev.claimant for ev in events(text, finder)}
    assert voices == {"Sarmin": "civil_defence", "Binnish": "sohr"}


def test_a_month_s_strikes_and_a_later_day_s_on_one_place_are_two(finder):
    text = (
        "Jan 2016: Russia says its bombers struck targets near Sukhnah.\n\n"
        "March 13, 2016: The ministry says its jets struck targets near Sukhnah."
    )
    dated = sorted(ev.event_date for ev in events(text, finder, date(2016, 3, 20)))
    assert dated == [date(2016, 1, 1), date(2016, 3, 13)]


def test_it_counting_strikes_is_the_body_named_before(finder):
    text = (
        "The Syrian Observatory for Human Rights says jets flew 300 sorties\nthis week. "
        "On Monday alone it counted strikes on Binnish."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "sohr"


def test_a_strike_told_months_back_by_its_month_alone_is_history(finder):
    text = "Their strikes on Binnish in early February emptied the town, activists say."
    assert places(text, finder, date(2016, 6, 20)) == []


def test_a_side_saying_next_it_struck_claims_the_strikes_just_told(finder):
    text = (
        "Air strikes hit Sarmin on Tuesday, killing 12 people, the monitor said. "
        "Russia said it had targeted Islamic State positions."
    )
    found = {(ev.claimant, ev.claimed_target) for ev in events(text, finder)}
    assert found == {("sohr", "civilians"), ("russian_mod", "isis")}


# -- one place struck on two days in one sentence ---------------------------------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a day, then "and again" with the second
        ("Jets bombed Sarmin on Monday and again on Thursday.", [1, 4]),
        # the first day in an apposition, "struck again" with the second
        ("Sarmin, hit by air strikes on Monday, was struck again on Thursday.", [1, 4]),
        # the main clause dated by the second day, the first in a relative clause
        ("Sarmin, which jets bombed on Monday, was again hit on Thursday.", [1, 4]),
        # the second day counted from the first
        ("Helicopters dropped barrel bombs on Sarmin on Monday and again the next day.", [1, 2]),
        # every place told before "again"
        ("Jets struck Sarmin and Binnish on Monday and bombed them again on Thursday.", [1, 4]),
    ],
)
def test_a_place_struck_again_on_a_later_day_is_two_strikes(finder, text, days):
    found = events(text, finder, date(2016, 2, 6))
    by_place: dict[str, set[date]] = {}
    for ev in found:
        by_place.setdefault(ev.place_as_written, set()).add(ev.event_date)
    assert by_place
    assert all(got == {date(2016, 2, day) for day in days} for got in by_place.values())


def test_again_after_another_place_is_that_place_s_day_only(finder):
    text = "Jets struck Sarmin on Monday and Binnish again on Thursday."
    dated = {(ev.place_as_written, ev.event_date) for ev in events(text, finder, date(2016, 2, 6))}
    assert ("Sarmin", date(2016, 2, 4)) not in dated
    assert ("Sarmin", date(2016, 2, 1)) in dated


def test_fighting_again_on_a_later_day_is_no_second_strike(finder):
    text = "Sarmin was hit by air strikes on Monday, and fighting flared again on Thursday."
    assert [ev.event_date for ev in events(text, finder, date(2016, 2, 6))] == [date(2016, 2, 1)]


# -- a governorate's north or south; a region located by a bearing; a body named by its place


@pytest.mark.parametrize(
    ("text", "bearing"),
    [
        ("Russian jets hit rebel positions in northern Hama on Monday.", 0.0),
        ("Warplanes struck rebel-held towns in southern Idlib overnight, a monitor said.", 180.0),
        ("Jets pounded north-western Aleppo on Monday, activists said.", 315.0),
    ],
)
def test_the_north_or_south_of_a_governorate_named_for_its_capital_is_that_part_of_it(
    finder, text, bearing
):
    (ev,) = events(text, finder, date(2015, 10, 13))
    # The governorate's own land, put out from the capital in the part's direction.
    assert (ev.offset_km, ev.offset_bearing, ev.offset_written) == (20.0, bearing, False)


def test_a_governorate_s_south_in_a_report_naming_its_capital_s_districts_stays_the_city(
    finder,
):
    text = "Jets struck al-Sukkari and al-Ansari in southern Aleppo on Monday."
    found = events(text, finder, date(2016, 9, 27))
    assert {ev.place_as_written for ev in found} == {"al-Sukkari", "al-Ansari"}
    assert all(ev.place_level is None for ev in found)


def test_each_governorate_of_a_list_of_parts_holds_the_towns_named_after(finder):
    text = (
        "Russian warplanes struck rebel-held towns in northern Hama and southern Idlib "
        "overnight, a monitor said. The raids hit Kafr Zita in Hama province, and Khan "
        "Shaykhun in Idlib."
    )
    assert places(text, finder, date(2015, 10, 13)) == ["Kafr Zita", "Khan Shaykhun"]


def test_a_city_locating_a_region_by_bearing_is_no_struck_place(finder):
    text = "In Eastern Ghouta, east of Damascus, helicopters dropped barrel bombs on Douma."
    assert places(text, finder, date(2016, 5, 1)) == ["Douma"]


def test_a_body_named_by_its_place_before_its_kind_speaks_for_it(finder):
    text = (
        "On Thursday, regime helicopters dropped barrel bombs on Binnish, wounding eleven "
        "people, according to the Saraqeb local council."
    )
    (ev,) = events(text, finder, date(2016, 12, 24))
    assert ev.place_as_written == "Binnish"
    assert ev.claimant == "activists"


def test_the_offices_of_a_body_named_by_its_place_are_struck_there(finder):
    text = "Jets struck Binnish and the Saraqeb local council building on Friday."
    assert places(text, finder, date(2016, 12, 24)) == ["Binnish", "Saraqeb"]


# -- the 184th set's families ---------------------------------------------------------


def test_a_government_body_s_masthead_speaks_where_its_copy_cites_no_one(finder):
    text = (
        "KINGDOM OF NORWAY\nMINISTRY OF FOREIGN AFFAIRS\n\n"
        "Russian aircraft bombed the village of Binnish on 3 March."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "governments"


def test_a_site_name_before_the_dash_leaves_the_body_after_it_the_author(finder):
    text = (
        "Norge Portal - Ministry of Foreign Affairs and Trade\n\n"
        "Regime jets struck the market of Sarmin on Monday."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "governments"


def test_a_body_then_the_briefing_it_gives_names_the_author(finder):
    text = (
        "Department of Defense Press Briefing by the Spokesman\n\n"
        "SPOKESMAN: Russian jets struck Binnish on Monday."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "governments"


def test_a_judged_rise_in_strikes_over_a_counted_span_is_no_strike_of_a_day(finder):
    text = "Officials noted a worrying increase in raids on Sarmin over the past three weeks."
    assert places(text, finder) == []


def test_a_side_that_has_been_bombing_a_place_relentlessly_tells_a_habit(finder):
    text = "Government helicopters have been bombing Binnish incessantly, residents say."
    assert places(text, finder) == []


def test_the_side_a_statement_calls_on_is_not_whose_strike_it_tells(finder):
    text = (
        "An air strike hit the school of Binnish yesterday, killing nine children. "
        "The ministers call on the regime to return to the talks in good faith."
    )
    (ev,) = events(text, finder)
    assert ev.actor == "unknown"


def test_the_side_called_on_to_stop_attacks_is_the_one_charged_with_them(finder):
    text = (
        "An air strike hit the school of Binnish yesterday, killing nine children. "
        "The ministers call on the regime to stop its attacks on civilians."
    )
    (ev,) = events(text, finder)
    assert ev.actor == "regime"


def test_a_second_thing_struck_keeping_its_preposition_lies_outside_the_town(finder):
    text = "Jets struck on Tuesday in Sarmin and in the olive groves just outside Binnish."
    found = {ev.place_as_written: ev.place_relation for ev in events(text, finder)}
    assert found == {"Sarmin": "in", "Binnish": "near"}


def test_a_target_taken_back_after_an_aside_is_no_target(finder):
    text = (
        "Russian strikes are not, for the most part, aimed at ISIS. "
        "The strikes Russia carried out on Monday hit Binnish."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target != "isis"


def test_who_holds_the_ground_told_right_after_is_whom_the_strikes_hit(finder):
    text = (
        "Russian jets struck Binnish on Monday. Those are villages where ISIS is not present. "
        "There are rebel brigades there, officials said."
    )
    (ev,) = events(text, finder)
    assert ev.claimed_target == "rebels"


def test_a_place_opening_with_a_kunya_after_a_preposition_of_place_is_the_place(finder):
    text = "Air strikes targeted vehicles in Abu al-Duhur, the source said."
    assert places(text, finder, date(2016, 2, 3)) == ["Abu al-Duhur"]


def test_a_kunya_after_a_verb_of_saying_with_a_role_after_is_still_a_person(finder):
    text = "Jets struck Sarmin on Monday, said Abu Omar, a local activist."
    assert places(text, finder, date(2016, 2, 3)) == ["Sarmin"]


# -- the 185th set's families ---------------------------------------------------


def test_bulleted_items_labelled_by_places_under_a_strike_list_are_struck(finder):
    text = (
        "Warplanes bombed the town on Sunday, the rescuers said.\n\n"
        "The raids on Sunday hit the following areas:\n\n"
        "  * Sarmin: a school destroyed, 4 dead\n"
        "  * Binnish and Taftanaz: 9 dead, among them 2 children\n"
    )
    assert sorted(places(text, finder)) == ["Binnish", "Sarmin", "Taftanaz"]


def test_the_side_a_strike_by_another_fell_on_is_no_striker(finder):
    text = "The raid by coalition jets on the Syrian army near Palmyra on Sunday killed 40 men."
    (ev,) = events(text, finder)
    assert ev.actor == "coalition"


def test_a_government_and_its_russian_ally_pressing_a_campaign_are_either_side(finder):
    text = (
        "Air strikes hit Binnish on Monday, activists said, as the Syrian government and "
        "its Russian ally pressed their offensive."
    )
    (ev,) = events(text, finder)
    assert ev.actor == "unknown"


def test_rockets_fired_by_a_government_s_ground_forces_are_no_air_strike(finder):
    text = (
        "Jets bombed Sarmin on Friday, killing six people, while 15 rockets fired by the "
        "government forces fell on Binnish."
    )
    assert places(text, finder) == ["Sarmin"]


def test_a_clinic_placed_by_region_then_town_that_received_the_wounded_is_no_strike(finder):
    text = (
        "The charity supports a clinic in the southern countryside of Idlib, in Sarmin, which "
        "received 12 wounded on Sunday from an air strike on the market in nearby Binnish."
    )
    assert places(text, finder) == ["Binnish"]


def test_a_city_in_a_story_s_highlights_holds_the_districts_struck_below(finder):
    text = (
        "Story highlights\n"
        "- Rescuers say 14 killed in Aleppo air raids\n"
        "- The UN calls for a pause\n\n"
        "Air raids hit the neighborhoods of al-Shaar and Tariq al-Bab on Sunday, rescuers said."
    )
    assert sorted(places(text, finder)) == ["Tariq al-Bab", "al-Shaar"]


def test_a_place_named_outlet_s_correspondent_names_who_reports(finder):
    text = "Al Sharq's reporter in Idlib province said jets hit Sarmin on Friday."
    assert places(text, finder) == ["Sarmin"]


def test_a_place_struck_after_a_denial_and_a_saying_participle_is_the_claim(finder):
    text = (
        "Russia's defence ministry denied its jets had struck Idlib, saying they had hit "
        "targets near Jisr al-Shughour instead."
    )
    found = [(ev.place_as_written, ev.claimant) for ev in events(text, finder)]
    assert found == [("Jisr al-Shughour", "russian_mod")]


def test_a_place_set_against_the_one_struck_with_not_in_is_spared(finder):
    text = "The ministry said its jets had hit targets near Jisr al-Shughour, not in Idlib."
    assert places(text, finder) == ["Jisr al-Shughour"]


# -- a campaign's start in a month named alone; the latest of the strikes told before


def test_aircraft_that_began_striking_a_place_in_a_month_named_alone_tell_a_span(finder):
    text = "Russian warplanes began striking Ariha last October, residents say."
    assert places(text, finder, date(2016, 1, 14)) == []


def test_a_place_struck_a_counted_number_of_times_since_a_month_is_a_tally(finder):
    text = "Russian warplanes have struck Ariha three times since October."
    assert places(text, finder, date(2016, 1, 14)) == []


def test_aircraft_that_began_striking_on_a_day_struck_that_day(finder):
    text = "Russian warplanes began striking Ariha on Sunday, residents say."
    assert [ev.event_date for ev in events(text, finder, date(2016, 1, 14))] == [date(2016, 1, 10)]


def test_the_latest_strike_on_the_place_told_before_is_a_strike_there(finder):
    text = (
        "Omar, a baker from Ariha, has moved his ovens twice. Since the raids began, he "
        "says, the town's market has been hit three times.\n\n"
        "The most recent strike came on Sunday, when a missile fell near the main square, "
        "killing five people."
    )
    found = [(ev.place_as_written, ev.event_date) for ev in events(text, finder, date(2016, 1, 14))]
    assert found == [("Ariha", date(2016, 1, 10))]


def test_a_place_hit_a_counted_number_of_times_since_a_happening_is_a_tally(finder):
    text = "Since the air raids began, the market in Ariha has been hit by jets three times."
    assert places(text, finder, date(2016, 1, 14)) == []


def test_a_place_hit_a_counted_number_of_times_since_a_weekday_is_struck(finder):
    text = "Since Monday, the market in Ariha has been hit by jets three times."
    assert places(text, finder, date(2016, 1, 14)) == ["Ariha"]


def test_the_farms_named_after_a_place_are_that_place_s(finder):
    assert place_key("the al-Mallah farms") == place_key("Mallah")
    text = "Russian jets struck the Mallah farms north of Aleppo on Monday."
    assert places(text, finder, date(2016, 7, 20)) == ["Mallah farms"]


# -- the 186th set's families ---


def test_a_family_name_a_person_pronoun_follows_is_no_place(finder):
    text = "Luay al-Jisri, who worked for a local radio, was killed on Monday in an air strike."
    assert places(text, finder) == []


def test_a_strike_framed_by_a_past_month_alone_is_history(finder):
    text = (
        "Jets struck the bakery in Sarmin on Sunday 19 June. "
        "In March, he recalls, barrel bombs levelled a school in Binnish."
    )
    assert places(text, finder, date(2016, 6, 22)) == ["Sarmin"]


def test_a_states_representative_named_by_its_country_speaks_for_its_government(finder):
    text = (
        "The representative of Spain recalled the bombing on Tuesday of the hospital in "
        "Binnish, which he said had been carried out by the regime."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "governments"


def test_a_later_clauses_voice_may_run_on_past_its_cue_before_its_verb(finder):
    text = (
        "The ministry said its jets had hit depots near Sarmin on Monday, and the Syrian "
        "Observatory for Human Rights said warplanes struck Binnish."
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder)}
    assert found["Binnish"] == "sohr"


def test_a_person_set_off_by_what_a_witness_is_speaks_as_activists(finder):
    text = "Fatima, a farmer from Binnish, said helicopters had dropped barrel bombs on Sarmin."
    (ev,) = events(text, finder)
    assert ev.claimant == "activists"


def test_a_province_joined_by_as_well_as_holding_no_finer_place_is_struck(finder):
    text = (
        "The ministry said its jets had hit depots in Sarmin on Monday, as well as targets "
        "in the north of Hama province."
    )
    assert len(places(text, finder)) == 2


def test_the_aircraft_the_next_sentence_attributes_the_strikes_to_are_their_actor(finder):
    text = (
        "Russian jets bombed Sarmin on Thursday. Air strikes hit Binnish on Friday. "
        "Diplomats attributed those strikes to Syrian and Russian aircraft."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder)}
    assert found == {"Sarmin": "russia", "Binnish": "unknown"}


# -- the 187th set's families ---------------------------------------------------------


def test_two_columns_run_together_line_by_line_are_read_column_by_column(finder):
    left = [
        "The town of Sarmin lay quiet for most",
        "of the winter, and its market reopened",
        "in January. Rebels shelled Fuaa from",
        "positions north of the town at night.",
    ]
    right = [
        "On 2 February, jets struck the market",
        "of Binnish, killing nine people, the",
        "council said. The raid came a day",
        "after talks resumed in Geneva.",
    ]
    text = "\n".join(f"{a:<42}{b}" for a, b in zip(left, right, strict=True)) + "\n"
    (ev,) = events(text, finder)
    assert ev.place_as_written == "Binnish"
    assert text[ev.char_start : ev.char_end] == "Binnish"
    assert ev.event_date == date(2016, 2, 2)


def test_a_month_hyphenated_across_a_line_break_is_the_month_not_a_place(finder):
    text = "Russian jets struck Saraqib on 14 Janu-\nary, killing four people, activists said."
    (ev,) = events(text, finder)
    assert ev.place_as_written == "Saraqib"
    assert ev.event_date == date(2016, 1, 14)


def test_a_fortnight_earlier_counts_fourteen_days_back_from_the_strike_told_before(finder):
    text = (
        "Helicopters dropped barrel bombs on Kafr Nabl on 20 January, and a fortnight "
        "earlier jets had struck a school in Hass, the council said."
    )
    dates = {ev.place_as_written: ev.event_date for ev in events(text, finder)}
    assert dates["Hass"] == date(2016, 1, 6)


def test_rows_of_a_table_flattened_into_words_keep_their_own_days(finder):
    text = (
        "The year was the hardest our teams have known since the charity was set\n"
        "up, and the clinics we support in the north of the country were damaged\n"
        "more often than in any year before it. Staff kept working in basements\n"
        "and moved their stores twice, while the roads to the border were often\n"
        "closed by fighting for days at a time.\n\n"
        "Table 1. Attacks on the clinics we support, 2015\n"
        "Clinic Town Date Attack\n"
        "Mother and child clinic Binnish, Idlib 4 Nov Air strike\n"
        "Dental clinic Saraqib, Idlib 9 Nov Air strike\n"
    )
    dates = {ev.place_as_written: ev.event_date for ev in events(text, finder)}
    assert dates == {"Binnish": date(2015, 11, 4), "Saraqib": date(2015, 11, 9)}


def test_where_strikes_drove_people_to_is_no_struck_place(finder):
    text = (
        "Air strikes on Kafr Nabl on Sunday drove some 4,000 people north to the camps near "
        "Sarmada, "
        "the local council said."
    )
    assert places(text, finder) == ["Kafr Nabl"]


def test_strikes_told_over_the_months_that_followed_are_no_strike_of_a_day(finder):
    text = (
        "Helicopters dropped barrel bombs on Inkhil on 3 March. Nearby Nawa and Jasim were "
        "bombed again and again in the months that followed, residents said."
    )
    assert places(text, finder, date(2016, 9, 1)) == ["Inkhil"]


def test_places_hit_a_counted_number_of_times_over_months_are_a_tally(finder):
    text = (
        "After Russia entered the air war on 30 September, the schools we run in Idlib and "
        "Hama were hit nine times in four months."
    )
    assert places(text, finder, date(2016, 3, 1)) == []


def test_days_earlier_in_what_a_speaker_said_count_back_from_the_day_it_spoke(finder):
    text = (
        "Jets struck Raqqa on 2 March, activists said. The French ministry said on 9 March "
        "that its Rafales had also struck a depot near Tabqa three days earlier."
    )
    dates = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 3, 12))}
    assert dates["Tabqa"] == date(2016, 3, 6)


def test_strikes_that_have_reached_into_a_province_tell_the_campaign_s_course(finder):
    text = (
        "Russian jets struck Salma on 29 January, activists said. Their strikes have also "
        "spread as far as Idlib province, residents said."
    )
    assert places(text, finder) == ["Salma"]


def test_where_aircraft_are_based_given_by_bearing_is_no_target(finder):
    text = (
        "Helicopters based a few miles north of Hama dropped barrel bombs on Latamneh on "
        "Sunday, activists said."
    )
    assert places(text, finder) == ["Latamneh"]


# -- the 188th set's families ---


def test_a_turkmen_council_official_speaks_for_the_political_opposition(finder):
    text = (
        "Mehmet Yildiz, a Turkmen council official in the area, told reporters that Russian "
        "jets bombed Kinsabba on Friday."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "rebels"


def test_syrian_television_saying_is_state_media(finder):
    text = "The air force struck militants' positions in Sarmin on Friday, Syrian TV reported."
    (ev,) = events(text, finder)
    assert ev.claimant == "state_media"


def test_the_uns_childrens_agency_speaks_as_a_rights_group(finder):
    text = (
        "A school in Binnish was damaged in Sunday's air strikes, the UN's children's agency said."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "rights_groups"


def test_two_air_forces_named_as_aviation_leave_the_actor_unknown(finder):
    text = "The Syrian and Russian aviation attacked the militants' positions in Sarmin on Friday."
    (ev,) = events(text, finder)
    assert ev.actor == "unknown"


def test_a_dateline_closed_by_its_bracketed_credit_is_no_struck_place(finder):
    text = (
        "Hama, May 4 (Agency) Government warplanes struck Kafr Zita on Tuesday, "
        "the state news agency reported."
    )
    assert places(text, finder, date(2016, 5, 4)) == ["Kafr Zita"]


def test_a_city_named_with_its_word_after_a_place_within_it_only_holds_it(finder):
    text = "Government jets struck Daraa al-Balad in Daraa city on Tuesday."
    assert places(text, finder, date(2016, 6, 8)) == ["Daraa al-Balad"]


def test_a_reference_after_the_province_holding_the_place_struck_only_locates_it(finder):
    text = (
        "Russian jets bombed the town of Deir Hafer in the eastern countryside of Aleppo "
        "province near Kuweires airbase on Friday."
    )
    assert places(text, finder, date(2016, 6, 4)) == ["Deir Hafer"]


def test_and_that_the_aircraft_open_a_second_thing_said_without_a_comma(finder):
    text = (
        "The agency said gunmen had killed nine farmers in Muhassan and that the air force "
        "had struck their hideouts in Ayyash on Sunday."
    )
    assert places(text, finder, date(2016, 1, 18)) == ["Ayyash"]


def test_a_second_name_given_right_after_a_place_adds_no_place(finder):
    text = (
        "Russian jets bombed villages in the Bayirbucak region, known in Syria as Jabal "
        "al-Turkman, on Friday. The jets struck Kinsabba and Salma on Friday."
    )
    assert "Jabal al-Turkman" not in places(text, finder, date(2015, 12, 5))


def test_an_attack_the_next_sentence_lays_on_aircraft_is_their_strike(finder):
    text = (
        "Talks stalled after the attack on Sunday on a relief convoy at Sarmin that killed "
        "nine drivers. Washington blamed Russian aircraft."
    )
    (ev,) = events(text, finder, date(2016, 9, 22))
    assert (ev.place_as_written, ev.actor) == ("Sarmin", "russia")


def test_the_voice_laying_a_strike_on_aircraft_next_is_its_claimant(finder):
    text = (
        "Talks stalled after the attack on Sunday on a relief convoy at Sarmin that killed "
        "nine drivers. Washington blamed Russian aircraft."
    )
    (ev,) = events(text, finder, date(2016, 9, 22))
    assert ev.claimant == "governments"


@pytest.mark.parametrize(
    "text",
    [
        "Government forces dropped leaflets on Sarmin on Monday, then bombed it on Tuesday.",
        "Regime troops surrounded Sarmin on Monday and jets struck it on Tuesday.",
    ],
)
def test_a_strike_coming_back_to_the_place_by_a_pronoun_has_its_own_day(finder, text):
    lead = "Syrian and Russian warplanes kept up their bombing of the north this week.\n\n"
    found = [
        (ev.place_as_written, ev.event_date) for ev in events(lead + text, finder, date(2016, 2, 6))
    ]
    assert found == [("Sarmin", date(2016, 2, 2))]


# -- the 189th set's families ---


def test_a_post_labelled_by_its_place_and_a_time_word_strikes_it(finder):
    text = "Talbiseh this morning: the bakery and a school destroyed by Russian missiles."
    (ev,) = events(text, finder, date(2015, 12, 2))
    assert (ev.place_as_written, ev.actor) == ("Talbiseh", "russia")


def test_a_place_compared_as_bombed_too_in_the_present_is_no_strike_of_a_day(finder):
    text = "She will not move to Atarib. Where would she go? Atarib is bombed too, she wrote."
    assert places(text, finder, date(2016, 5, 3)) == []


def test_a_place_of_a_denied_clause_is_not_struck_when_the_speaker_names_its_own(finder):
    text = (
        "The ministry denied on Tuesday that its jets had flown over Ariha, saying its "
        "aircraft were striking targets in Latakia province."
    )
    assert places(text, finder, date(2016, 3, 2)) == ["Latakia province"]


def test_a_caption_of_a_place_alone_after_the_raid_strikes_it(finder):
    text = "Binnish after the Russian raid. Three houses gone, one family under the rubble."
    (ev,) = events(text, finder, date(2015, 11, 4))
    assert (ev.place_as_written, ev.actor) == ("Binnish", "russia")


# -- ordinary copy, 37th round ---


def test_a_clause_with_its_own_day_after_a_ground_push_is_a_strike_of_its_own(finder):
    text = (
        "Jets pounded Zitan as government troops advanced on it, and on 12 November a "
        "school in Binnish was destroyed, teachers said."
    )
    found = events(text, finder, date(2015, 11, 20))
    assert [(ev.place_as_written, ev.event_date) for ev in found][1:] == [
        ("Binnish", date(2015, 11, 12))
    ]
    assert found[0].place_as_written == "Zitan"
    pushed = "Jets pounded Zitan as government troops advanced on Binnish and Sarmin."
    assert places(pushed, finder, date(2015, 11, 20)) == ["Zitan"]


def test_a_kunya_before_a_relative_clause_of_a_person_is_no_place(finder):
    text = (
        "'Nobody can sleep,' said Abu Bakr, who runs a bakery in Binnish, after jets struck "
        "the town on Monday."
    )
    assert places(text, finder, date(2015, 10, 14)) == ["Binnish"]
    residents = "Residents of Abu Kamal, who have nowhere to go, said jets struck the town."
    assert places(residents, finder, date(2015, 10, 14)) == ["Abu Kamal"]


def test_a_numeric_date_is_read_month_first_when_only_that_reading_falls_in_the_fortnight(
    finder,
):
    text = "Rescuers said Russian jets struck the market of Binnish on 11/3/2015, killing four."
    (ev,) = events(text, finder, date(2015, 11, 12))
    assert ev.event_date == date(2015, 11, 3)
    # Day first it is the third of November, in the same fortnight: read as written.
    text = "Rescuers said Russian jets struck the market of Binnish on 3/11/2015, killing four."
    (ev,) = events(text, finder, date(2015, 11, 12))
    assert ev.event_date == date(2015, 11, 3)


def test_a_clause_of_names_and_a_day_after_a_semicolon_takes_the_strike_verb_before(finder):
    text = (
        "Jets kept up their raids on the north. Kafr Nabl was hit on Monday; Hass and Kafr "
        "Ruma on Tuesday."
    )
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2015, 11, 19))}
    assert dated == {
        "Kafr Nabl": date(2015, 11, 16),
        "Hass": date(2015, 11, 17),
        "Kafr Ruma": date(2015, 11, 17),
    }
    text = (
        "Jets kept up their raids on the north. Kafr Nabl was hit on Monday; the army took "
        "Hass on Tuesday."
    )
    assert places(text, finder, date(2015, 11, 19)) == ["Kafr Nabl"]


def test_where_something_was_moved_from_before_a_strike_elsewhere_is_no_struck_place(finder):
    text = (
        "The ministry said the militants had relocated their command post from Kafr Nabl to "
        "the outskirts of Hass, where Su-24s struck it on Monday."
    )
    assert places(text, finder, date(2015, 10, 27)) == ["Hass"]


# -- the 191st set's families ---


def test_a_wrapped_line_ending_at_a_stop_goes_on_in_its_voice(finder):
    text = (
        "Rescue workers in Syria say that at least a dozen people were\n"
        "killed when jets struck the crowded markets of two towns on Sunday.\n"
        "The first strike hit the grain market in Saraqib at about nine; a\n"
        "second came minutes later as neighbours ran to help the wounded, and\n"
        "most of the dead there were traders, porters and their customers.\n"
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimant) == ("Saraqib", "civil_defence")


def test_rescue_workers_in_a_country_speak_as_rescuers(finder):
    (ev,) = events("Rescue workers in Syria say jets struck Saraqib on Monday.", finder)
    assert ev.claimant == "civil_defence"


def test_an_unnamed_rights_group_speaks_as_rights_groups(finder):
    (ev,) = events("A rights group said jets struck a clinic in Saraqib on Monday.", finder)
    assert ev.claimant == "rights_groups"


def test_a_toll_of_a_later_clause_of_strikes_on_a_place_is_that_place_s(finder):
    text = (
        "Activists said jets bombed Saraqib on Friday, and that air strikes on Binnish on "
        "Thursday killed nine children."
    )
    found = {ev.place_as_written: ev.claimed_target for ev in events(text, finder)}
    assert found == {"Saraqib": "unspecified", "Binnish": "civilians"}


def test_a_heading_above_a_hard_wrapped_item_locating_its_town_is_no_strike(finder):
    text = (
        "Bakery bombed\n"
        "Russian jets struck a bakery in Saraqib on Tuesday morning as people\n"
        "queued for bread, killing five, a local activist said, and a second\n"
        "raid an hour later hit the road out of the town towards the south.\n"
        "\n"
        "Market hit in Idlib\n"
        "At least six people were killed on Friday when government aircraft hit\n"
        "a market in Binnish, north-east of Idlib, rescuers said. The market\n"
        "had been moved to a covered car park last year after two earlier raids.\n"
    )
    assert places(text, finder) == ["Saraqib", "Binnish"]


def test_a_city_locating_unnamed_towns_is_no_strike_when_one_is_named(finder):
    text = (
        "Air strikes on rebel-held villages west of Aleppo killed 12 people on Sunday, most "
        "of them in Kafr Naha."
    )
    assert places(text, finder) == ["Kafr Naha"]
    alone = "Air strikes on rebel-held villages west of Aleppo killed 12 people on Sunday."
    assert places(alone, finder) == ["Aleppo"]


def test_a_city_part_on_the_page_s_day_is_held_by_its_districts_struck_that_day(finder):
    text = (
        "Jets pounded rebel-held eastern Aleppo after the army declared the truce over on "
        "Sunday evening. Rescuers said bombs hit homes in al-Shaar and Tariq al-Bab."
    )
    assert places(text, finder) == ["al-Shaar", "Tariq al-Bab"]


def test_a_sentence_opening_on_a_year_long_past_without_a_comma_tells_history(finder):
    text = (
        "In 2013 a barrel bomb destroyed the school she taught at in Hass. On Monday jets "
        "struck Kafr Nabl, where she now lives."
    )
    assert places(text, finder, date(2016, 2, 20)) == ["Kafr Nabl"]


# -- the 190th set's families ---


def test_a_campaigns_media_centre_named_again_speaks_for_the_campaign(finder):
    text = (
        "SDF fighters entered two villages on Sunday, the Anger of Khabur media centre said.\n\n"
        "Coalition jets struck the positions of the mercenaries near Suluk, the media centre said."
    )
    (ev,) = events(text, finder, date(2016, 5, 10))
    assert (ev.place_as_written, ev.claimant) == ("Suluk", "rebels")


def test_citizens_counted_before_killed_are_civilians(finder):
    text = "The toll is as follows:\n- 3 citizens killed in airstrikes by regime jets on Sarmin\n"
    (ev,) = events(text, finder, date(2016, 5, 10))
    assert (ev.place_as_written, ev.claimed_target) == ("Sarmin", "civilians")


def test_a_post_heading_with_its_author_set_off_by_middle_dots_dates_the_post(finder):
    text = (
        "Binnish Media Office · 4 May 2016 · 09:10\n"
        "Overnight: warplanes struck Sarmin, a man wounded.\n\n"
        "Binnish Media Office · 5 May 2016 · 11:00\n"
        "A quiet morning in the town so far.\n"
    )
    (ev,) = events(text, finder, date(2016, 5, 5))
    assert (ev.place_as_written, ev.event_date) == ("Sarmin", date(2016, 5, 3))


def test_the_region_an_airbase_flown_from_lies_in_is_no_struck_place(finder):
    text = "Jets flying from the Hmeimim airbase in the coastal province of Latakia hit Taftanaz."
    assert places(text, finder, date(2016, 1, 12)) == ["Taftanaz"]


def test_a_voice_saying_what_the_raids_hit_next_claims_the_strike_told_before(finder):
    text = (
        "Government warplanes bombed Saraqib for a third day, killing at least nine people.\n\n"
        "The Britain-based Syrian Observatory for Human Rights says the raids hit a market."
    )
    (ev,) = events(text, finder, date(2016, 2, 3))
    assert (ev.place_as_written, ev.claimant) == ("Saraqib", "sohr")


def test_a_quoted_group_after_of_is_whom_the_raids_killed_not_who_struck(finder):
    text = 'Six members of the "Islamic State" group killed in airstrikes on their base near Hajin.'
    (ev,) = events(text, finder, date(2016, 1, 20))
    assert (ev.place_as_written, ev.claimed_target) == ("Hajin", "isis")


def test_a_hashtag_naming_a_district_in_lower_case_is_the_place_struck(finder):
    text = "Regime helicopters dropped barrel bombs on #alShaar this morning. #Aleppo"
    assert places(text, finder, date(2016, 10, 10)) == ["alShaar"]


# -- the 192nd set's families ---


def test_a_place_a_ground_subject_reached_or_took_beside_a_strike_is_not_struck(finder):
    text = "Russian jets bombed Hayan on 3 February, the day the offensive reached Mayer."
    assert places(text, finder) == ["Hayan"]
    text = "Helicopters dropped barrel bombs on Hayan on Friday as the army took Mayer."
    assert places(text, finder) == ["Hayan"]


def test_a_place_left_behind_that_aircraft_struck_in_a_relative_clause_is_struck(finder):
    text = "The families had come from Ratyan and Hayan, which Russian jets bombed on 3 February."
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder)}
    assert dated == {"Ratyan": date(2016, 2, 3), "Hayan": date(2016, 2, 3)}


def test_a_place_naming_a_rescue_body_in_lowercase_is_no_place(finder):
    text = "Jets struck Saqba on Monday, said Omar Haddad of the Ghouta civil defence."
    assert places(text, finder) == ["Saqba"]
    text = "Jets struck the Douma civil defence centre on Monday."
    assert places(text, finder) == ["Douma"]
    text = "Jets struck Mayadin on Monday, the group Raqqa Is Being Slaughtered Silently said."
    assert places(text, finder) == ["Mayadin"]


def test_a_denial_of_hitting_civilians_is_no_civilian_target(finder):
    text = "The ministry said its jets hit targets in Hama province and denied hitting civilians."
    (ev,) = events(text, finder)
    assert ev.claimed_target != "civilians"


def test_ground_whose_hold_troops_consolidate_is_not_struck(finder):
    text = "Jets struck Kabani on Monday, helping troops consolidate their hold on Salma."
    assert places(text, finder) == ["Kabani"]


def test_a_strike_told_according_to_an_opposition_media_office_is_the_activists(finder):
    text = (
        "Helicopters dropped barrel bombs on Kafr Zita on Friday, according to the "
        "opposition's media office in the town."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "activists"


def test_a_claim_of_whose_ground_a_province_was_goes_to_its_finer_places_that_day(finder):
    text = (
        "The ministry said its bombers struck Islamic State targets in Deir ez-Zor province "
        "on Monday. It said Su-34s hit a depot near the town of Muhassan."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.claimed_target) == ("Muhassan", "isis")


def test_the_day_a_story_was_updated_is_no_strike_day(finder):
    text = (
        "Editor's note: This story was updated on 18 May to add the rescuers' account of the "
        "Tuesday raids on Rastan.\n\nHelicopters dropped barrel bombs on Rastan on Tuesday "
        "morning, rescuers said."
    )
    assert {ev.event_date for ev in events(text, finder, date(2016, 5, 18))} == {date(2016, 5, 17)}


# -- the 193rd set's families ---------------------------------------------------------


def test_a_clause_in_apposition_to_a_year_long_past_tells_history(finder):
    text = (
        "She joined the rescuers in 2013, the year the barrel bombs began to fall on Hass and "
        "Kafr Nabl. On Monday jets struck Saraqib."
    )
    assert places(text, finder, date(2016, 3, 1)) == ["Saraqib"]


def test_bombs_putting_a_place_out_of_service_strike_it(finder):
    text = (
        "Russian jets bombed eastern Aleppo all night. On Friday bombs put the field hospital "
        "in al-Shaar out of service."
    )
    assert places(text, finder, date(2016, 10, 1)) == ["al-Shaar"]


def test_state_television_s_warplanes_named_by_no_nation_are_the_state_s(finder):
    text = (
        "Russian jets have flown over the north since Wednesday. State television said on "
        "Friday that warplanes struck terrorist hideouts in Harasta."
    )
    (ev,) = events(text, finder, date(2015, 10, 10))
    assert (ev.place_as_written, ev.claimant, ev.actor) == ("Harasta", "state_media", "regime")


def test_what_was_struck_there_is_in_the_place_the_sentence_before_names(finder):
    text = (
        "Her brother still drives a taxi in Saqba. His uncle's house there was hit by "
        "government jets on Monday, he said."
    )
    (ev,) = events(text, finder, date(2016, 2, 10))
    assert (ev.place_as_written, ev.event_date) == ("Saqba", date(2016, 2, 8))


def test_a_coalition_report_listing_strikes_or_targets_near_a_place_strikes_it(finder):
    text = "The coalition's weekly report listed three strikes near Tabqa on Friday."
    (ev,) = events(text, finder, date(2016, 3, 1))
    assert (ev.place_as_written, ev.claimant, ev.place_relation) == ("Tabqa", "coalition", "near")
    text = "The coalition's own daily report listed two ISIL fighting positions near Tabqa."
    (ev,) = events(text, finder, date(2016, 3, 1))
    assert (ev.place_as_written, ev.claimant, ev.claimed_target) == ("Tabqa", "coalition", "isis")


def test_a_thing_struck_in_a_place_beside_another_on_its_edge_keeps_the_place_struck(finder):
    text = "Air strikes hit the bakery in Hass and a school on the edge of the town on Monday."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.place_relation) == ("Hass", "in")
    alone = "Air strikes hit a school on the edge of the town of Hass on Monday."
    (ev,) = events(alone, finder)
    assert (ev.place_as_written, ev.place_relation) == ("Hass", "near")


def test_the_day_a_narration_sets_its_scene_on_dates_the_strike_told_next(finder):
    for scene in (
        "It was Monday, 14 December.",
        "The morning of 14 December was grey and cold.",
        "Monday, 14 December, began like any other day in the town.",
    ):
        text = f"{scene} Shortly after nine the jets came back and struck the market in Binnish."
        (ev,) = events(text, finder, date(2016, 1, 20))
        assert ev.event_date == date(2015, 12, 14), scene
    # A day told of something else, or a weekday alone, sets no scene.
    text = "The talks began on 14 December. Jets struck the market in Binnish."
    (ev,) = events(text, finder, date(2015, 12, 20))
    assert ev.event_date == date(2015, 12, 20)


def test_a_coalition_release_line_of_a_single_strike_speaks_for_the_coalition(finder):
    text = (
        "Attack and fighter aircraft conducted three strikes in Syria:\n\n"
        "-- Near Hass, a strike destroyed an ISIL wellhead.\n"
        "-- Near Kafr Nabl, two strikes struck an ISIL tactical unit.\n"
    )
    found = events(text, finder, date(2016, 6, 12))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [
        ("Hass", "coalition"),
        ("Kafr Nabl", "coalition"),
    ]


# -- the 194th set's families ---


def test_the_general_command_of_a_kurdish_led_force_speaks_for_that_force(finder):
    text = "On Friday, the general command of the SDF said Turkish jets hit a post near Tal Tamr."
    (ev,) = events(text, finder, date(2016, 11, 5))
    assert (ev.place_as_written, ev.claimant) == ("Tal Tamr", "rebels")


def test_local_sources_who_spoke_to_an_agency_are_the_agency_cited(finder):
    text = (
        "Jets struck Qabasin on Tuesday, according to local sources who spoke to Anka News Agency."
    )
    (ev,) = events(text, finder, date(2016, 11, 9))
    assert (ev.place_as_written, ev.claimant) == ("Qabasin", "media")


def test_the_city_of_a_provincial_capital_is_struck_beside_a_town_of_its_province(finder):
    text = "Jets bombed the city of Hama and the town of Kafr Zita on Sunday night."
    assert places(text, finder, date(2016, 10, 3)) == ["Hama", "Kafr Zita"]


def test_strikes_on_the_approaches_to_the_base_named_before_are_near_it(finder):
    text = (
        "Militants kept up attacks on the Kweires airbase, where jets hit them on the "
        "approaches to the base."
    )
    (ev,) = events(text, finder, date(2016, 1, 8))
    assert (ev.place_as_written, ev.place_relation) == ("Kweires airbase", "near")


def test_a_day_counted_from_a_happening_named_is_counted_from_its_day(finder):
    cases = [
        ("Two days after the Paris attacks, French jets struck Hass.", date(2015, 11, 15)),
        ("A day after the downing of the Russian jet, warplanes pounded Hass.", date(2015, 11, 25)),
        ("On the eve of the truce, jets struck Hass, activists said.", date(2016, 2, 26)),
        ("Jets struck Hass two days after the truce took effect.", date(2016, 2, 29)),
        # A day the sentence writes is the strike's; the count only describes it.
        ("On 9 February, two weeks before the truce, jets struck Hass.", date(2016, 2, 9)),
    ]
    for text, day in cases:
        (ev,) = events(text, finder, date(2016, 3, 5))
        assert ev.event_date == day, text
    # The latest of the happenings of its name before the report: a truce of September.
    (ev,) = events("On the eve of the truce, jets struck Hass.", finder, date(2016, 9, 20))
    assert ev.event_date == date(2016, 9, 11)


# -- ordinary copy, 38th round -------------------------------------------------------


def test_a_strike_told_as_the_answer_to_what_the_sentence_before_told_takes_its_day(finder):
    cases = [
        "Rebels shelled Nubl on Tuesday. In response, jets struck Hayan.",
        "Rebels shelled Nubl on Tuesday. Soon after, jets struck Hayan.",
        "Rebels took a hill near Nubl on Tuesday. The army retaliated with air strikes on Hayan.",
        "Rebels shelled Nubl on Tuesday. The regime responded by bombing Hayan.",
        "Rebels shelled Nubl on Tuesday, state media said. Warplanes came within the hour, "
        "striking Hayan.",
    ]
    for text in cases:
        (ev,) = events(text, finder, date(2016, 5, 7))
        assert (ev.place_as_written, ev.event_date) == ("Hayan", date(2016, 5, 3)), text
    # A day of its own is the strike's.
    text = (
        "Rebels shelled Nubl on Tuesday. The army retaliated with air strikes on Hayan on Friday."
    )
    (ev,) = events(text, finder, date(2016, 5, 7))
    assert ev.event_date == date(2016, 5, 6)


def test_a_day_labelling_a_paragraph_dates_each_of_its_sentences(finder):
    cases = [
        ("Tuesday: Rebels shelled Nubl, state media said. Jets struck Hayan.", date(2016, 5, 3)),
        ("Oct. 14: Aid reached the besieged town. Jets struck Hayan.", date(2015, 10, 14)),
        ("* Monday: A convoy was stopped. Helicopters bombed Hayan.", date(2016, 5, 2)),
    ]
    for text, day in cases:
        (ev,) = events(text, finder, date(2016, 5, 7))
        assert ev.event_date == day, text
    # A label that is no day, and a day written inside the first sentence, label nothing.
    for text in (
        "Update: Rebels shelled Nubl on Tuesday, state media said. Jets struck Hayan.",
        "The talks resumed on Tuesday: no one came. Jets struck Hayan.",
    ):
        (ev,) = events(text, finder, date(2016, 5, 7))
        assert ev.event_date == date(2016, 5, 7), text


def test_strikes_every_day_of_a_recent_span_are_its_strikes_not_a_habit(finder):
    for text in (
        "Jets have struck Hayan every day since Sunday, activists said.",
        "Warplanes have bombed Hayan every day since the weekend.",
        "Jets have hit Hayan every day for the past three days.",
    ):
        (ev,) = events(text, finder, date(2016, 5, 7))
        assert (ev.place_as_written, ev.event_date, ev.time_precision) == (
            "Hayan",
            date(2016, 5, 7),
            "window",
        ), text
    # Every day of a long span, or of a span a happening opens, stays a habit.
    for text in (
        "Hayan is bombed almost every day.",
        "Jets have bombed Hayan every day since the truce collapsed.",
    ):
        assert places(text, finder, date(2016, 5, 7)) == [], text


def test_voices_of_ordinary_wire_copy_named_in_more_ways(finder):
    cases = [
        ("the Britain-based war monitor said", "sohr"),
        ("the French foreign ministry said", "governments"),
        ("the British Foreign Office said", "governments"),
        ("Turkey's foreign ministry said", "governments"),
        ("Iran's Tasnim news agency reported", "media"),
        ("Turkey's state-run Dogan agency reported", "media"),
        ("Lebanon's Al-Mayadeen TV reported", "media"),
        ("the pro-regime Sham FM radio said", "state_media"),
        ("pro-government Al-Masdar News reported", "state_media"),
        # Russia's agencies are left to the voice they cite.
        ("Russia's RIA news agency said, citing the defence ministry", "russian_mod"),
    ]
    for voice, claimant in cases:
        text = f"Jets struck Kafr Nabl on Tuesday, {voice}."
        (ev,) = events(text, finder, date(2016, 5, 4))
        assert ev.claimant == claimant, voice


def test_makes_only_the_syrian_air_force_flies_are_the_regimes(finder):
    for text in (
        "Two MiG-23s struck Kafr Nabl on Tuesday.",
        "An L-39 jet fired rockets at Kafr Nabl on Tuesday.",
    ):
        (ev,) = events(text, finder, date(2016, 5, 4))
        assert ev.actor == "regime", text
    # The Russian carrier's MiG-29K is no Syrian make.
    (ev,) = events("A MiG-29K struck Kafr Nabl on Tuesday.", finder, date(2016, 11, 17))
    assert ev.actor != "regime"


def test_a_day_and_a_strike_a_comparison_names_after_since_are_not_the_strikes(finder):
    # The day after "since" bounds the comparison; the strike's day is its own or the writing's.
    cases = [
        (
            "Jets pounded Hass in the worst bombing since the truce of 27 February.",
            date(2016, 5, 4),
        ),
        ("Jets pounded Hass on Tuesday, the deadliest day since 15 March.", date(2016, 5, 3)),
        (
            "Air strikes on Hass were the fiercest since August 2015, activists said.",
            date(2016, 5, 4),
        ),
    ]
    for text, day in cases:
        (ev,) = events(text, finder, date(2016, 5, 4))
        assert (ev.place_as_written, ev.event_date) == ("Hass", day), text
    # The strike it is compared with is no strike of the day.
    text = "Jets pounded Hass on Tuesday, the heaviest raids since the bombing of Ariha in August."
    assert places(text, finder, date(2016, 5, 4)) == ["Hass"]
    # A day after "since" with no comparison still opens a span of strikes told as such.
    text = "Jets have pounded Hass every day since Sunday."
    (ev,) = events(text, finder, date(2016, 5, 4))
    assert ev.event_date == date(2016, 5, 4)


def test_a_place_beside_those_struck_that_the_strikes_spared_is_not_struck(finder):
    for text in (
        "Jets struck Binnish but spared neighbouring Taftanaz on Tuesday.",
        "Warplanes spared the nearby town of Taftanaz but hit Binnish on Tuesday.",
    ):
        assert places(text, finder, date(2016, 5, 4)) == ["Binnish"], text
    text = "Jets hit Binnish and neighbouring Taftanaz on Tuesday."
    assert places(text, finder, date(2016, 5, 4)) == ["Binnish", "Taftanaz"]


# -- blind195: the 195th set's families ---


def test_hospitals_where_the_wounded_died_at_a_time_told_are_no_strike(finder):
    cases = [
        "Jets struck the town of Arbin on Sunday, and more of the wounded died overnight in "
        "field hospitals in Saqba and Zamalka.",
        "Jets struck the town of Arbin on Sunday, and two of the wounded died later in a field "
        "hospital in Saqba.",
    ]
    for text in cases:
        assert places(text, finder, date(2016, 4, 5)) == ["Arbin"], text
    # A strike told after the time is the place's own.
    text = (
        "Jets struck the town of Arbin on Sunday, and two more people died overnight in a raid "
        "on Saqba."
    )
    assert places(text, finder, date(2016, 4, 5)) == ["Arbin", "Saqba"]


def test_a_research_body_named_by_its_kind_speaks_as_analysts(finder):
    # Its masthead above its own summary, and its name in a sentence.
    text = (
        "Centre for Gulf Policy Research\nWeekly Syria Brief\n\n"
        "Regime aircraft struck Talbiseh on March 3, killing four civilians."
    )
    (ev,) = events(text, finder, date(2016, 3, 10))
    assert ev.claimant == "analysts"
    text = "Jets struck Talbiseh on Thursday, the Institute for Regional Security Studies said."
    (ev,) = events(text, finder, date(2016, 3, 10))
    assert ev.claimant == "analysts"
    # A centre for the documentation of violations is no research body.
    text = "Jets struck Talbiseh on Thursday, the Centre for Documentation of Violations said."
    (ev,) = events(text, finder, date(2016, 3, 10))
    assert ev.claimant != "analysts"


def test_a_place_told_where_it_lies_then_west_of_another_is_located_by_it(finder):
    cases = [
        "Jets struck the town of Salqin near the border, west of Harem, on Monday.",
        "Jets struck the village of Salqin in the hills, north of Harem, on Monday.",
        "Jets struck the town of Salqin on the Orontes river, west of Harem, with four raids.",
    ]
    for text in cases:
        assert places(text, finder, date(2016, 3, 30)) == ["Salqin"], text
    # A second strike told after the comma keeps its reference point.
    text = "Jets struck Salqin in the morning, and later struck targets west of Harem."
    assert places(text, finder, date(2016, 3, 30)) == ["Salqin", "Harem"]


def test_a_places_media_centre_in_lower_case_speaks_as_activists(finder):
    cases = [
        "On Sunday a helicopter dropped barrel bombs on the outskirts of Talbiseh, the Talbiseh "
        "media centre said.",
        "Jets struck Talbiseh on Sunday, the Rastan media center reported.",
    ]
    for text in cases:
        (ev,) = events(text, finder, date(2016, 3, 30))
        assert ev.claimant == "activists", text
    # An armed campaign's media centre stays the rebels'.
    text = "Jets struck Talbiseh on Sunday, the Wrath of Homs media centre said."
    (ev,) = events(text, finder, date(2016, 3, 30))
    assert ev.claimant == "rebels"


def test_a_day_told_before_after_and_a_wave_of_strikes_or_what_aircraft_fired_is_theirs(finder):
    for text in (
        "At least 8 people died in Hass on Tuesday after warplanes fired missiles at a street.",
        "Smoke rose over Hass on Tuesday after a wave of Russian strikes.",
        "Rebels left Hass on Tuesday after helicopters dropped barrel bombs on the town.",
    ):
        (ev,) = events(text, finder, date(2016, 5, 5))
        assert (ev.place_as_written, ev.event_date) == ("Hass", date(2016, 5, 3)), text


# -- blind196 ---


def test_the_coalition_as_the_subject_of_a_strike_verb_strikes_from_the_air(finder):
    for text in (
        "The coalition had struck the village of Hisheh twice on Monday night, the commander said.",
        "The coalition hit Ain Issa on Monday.",
        "The coalition then targeted Suluk on Monday.",
    ):
        (ev,) = events(text, finder, date(2016, 5, 20))
        assert (ev.actor, str(ev.event_date)) == ("coalition", "2016-05-16"), text
    # An alliance of rebel groups named with its kind is no air force.
    assert places("The rebel coalition struck Suluk on Monday.", finder, date(2016, 5, 20)) == []


def test_kurdish_officials_speak_for_the_kurdish_led_forces(finder):
    for text in (
        "Kurdish officials said regime jets bombed an Asayish post in Amuda on Sunday.",
        "Regime jets bombed a checkpoint in Amuda on Sunday, Kurdish authorities said.",
    ):
        (ev,) = events(text, finder, date(2016, 8, 20))
        assert ev.claimant == "rebels", text
    # The officials of Iraq's Kurdish region are another government's.
    text = "Iraqi Kurdish officials said regime jets bombed a checkpoint in Amuda on Sunday."
    (ev,) = events(text, finder, date(2016, 8, 20))
    assert ev.claimant != "rebels"


def test_a_city_after_a_district_and_its_kind_word_with_a_bearing_only_locates_it(finder):
    for text in (
        "Warplanes struck the al-Sukkari neighbourhood in the south of Aleppo city at dawn.",
        "Warplanes struck the al-Sukkari district south of Aleppo city at dawn.",
    ):
        assert places(text, finder, date(2016, 10, 3)) == ["al-Sukkari"], text
    # A thing struck with no name before the bearing is located near the city.
    text = "Warplanes struck a farm in the south of Aleppo city at dawn."
    assert places(text, finder, date(2016, 10, 3)) == ["Aleppo"]


def test_a_given_name_after_a_military_or_courtesy_title_is_no_place(finder):
    for text in (
        "Regime jets bombed Amuda on Tuesday, Col. Dana Whitlock told reporters.",
        "Regime jets bombed Amuda on Tuesday, spokesman Major Karen Holt said.",
        "Regime jets bombed Amuda on Tuesday, said Dr Salma Nouri, a surgeon.",
    ):
        assert places(text, finder, date(2016, 8, 25)) == ["Amuda"], text
    # A place named with its sheikh opens its own name.
    assert places("Jets bombed Sheikh Maqsoud on Tuesday.", finder, date(2016, 8, 25)) == [
        "Sheikh Maqsoud"
    ]


def test_the_us_military_s_own_report_listing_strikes_speaks_for_the_coalition(finder):
    for text in (
        "The US military's daily strike report for Tuesday listed four strikes on ISIL "
        "positions 'near Suluk'.",
        "The American military's own summary said two strikes hit ISIL fighting positions "
        "near Suluk on Tuesday.",
    ):
        (ev,) = events(text, finder, date(2016, 6, 10))
        assert (ev.place_as_written, ev.claimant, ev.actor) == ("Suluk", "coalition", "coalition")
    # Another army's report is not the coalition's.
    text = "The Syrian military's daily report said strikes hit Suluk on Tuesday."
    assert all(ev.claimant != "coalition" for ev in events(text, finder, date(2016, 6, 10)))


def test_victims_told_next_with_the_place_they_came_from_are_the_strike_s(finder):
    for after in (
        "Seven drivers were killed; most of them were from Raqqa province.",
        "Seven farmers were killed, all of whom came from the village of Hisheh.",
    ):
        text = f"Jets struck oil tankers near Suluk around noon. {after}"
        (ev,) = events(text, finder, date(2016, 6, 10))
        assert (ev.place_as_written, ev.claimed_target) == ("Suluk", "civilians"), after
    # Victims killed in another place are that place's, not the strike's told before.
    text = "Jets struck oil tankers near Suluk around noon. Seven farmers were killed in Hisheh."
    (ev,) = events(text, finder, date(2016, 6, 10))
    assert ev.claimed_target == "unspecified"


# -- blind197 -----------------------------------------------------------------------


def test_a_body_s_masthead_named_with_its_country_after_it_speaks_for_its_copy(finder):
    cases = [
        ("Ministry of Defence of the Russian Federation", "russian_mod"),
        ("Ministry of Defense of Russia", "russian_mod"),
        ("Ministry of Foreign Affairs of the Republic of Turkey", "governments"),
        ("Ministry of Foreign Affairs of the Kingdom of Norway", "governments"),
    ]
    for head, voice in cases:
        text = f"{head}\n\nNews > Briefings\n\nOn Monday, aircraft destroyed a depot near Binnish."
        (ev,) = events(text, finder)
        assert ev.claimant == voice, head
    # A body named in a sentence of the header, not on its own line, writes nothing.
    text = (
        "A spokesman for the Ministry of Defence of the Russian Federation was not reached.\n\n"
        "On Monday, aircraft destroyed a depot near Binnish."
    )
    (ev,) = events(text, finder)
    assert ev.claimant != "russian_mod"


def test_a_general_command_line_under_an_armed_group_s_name_speaks_for_the_group(finder):
    body = "\n\nStatement No. 3\n\nRegime jets bombed Binnish at dawn today, killing two children."
    for head in (
        "Jaish al-Tahrir al-Watani\nGeneral Command - Media Office",
        "Liwa Shuhada al-Sahel (the Coast Martyrs Brigade)\nGeneral Command",
        "Harakat Abnaa al-Sahl\nThe General Command",
    ):
        (ev,) = events(head + body, finder)
        assert ev.claimant == "rebels", head
    # Under no group's name, the General Command is the Syrian army's.
    (ev,) = events("Damascus, 4 March\nGeneral Command - Media Office" + body, finder)
    assert ev.claimant == "state_media"


def test_two_air_forces_named_by_their_possessives_together_are_unknown(finder):
    for text in (
        "The Russian enemy's warplanes and the regime's warplanes struck Binnish at dawn.",
        "Russia's jets and the Assad regime's helicopters bombed Binnish on Monday.",
        "The regime's warplanes and the Russian occupier's aircraft pounded Binnish on Monday.",
        "The regime's and Russia's warplanes struck Binnish at dawn.",
    ):
        (ev,) = events(text, finder)
        assert ev.actor == "unknown", text
    # One air force named by its possessive stays its own.
    (ev,) = events("The regime's warplanes struck Binnish at dawn.", finder)
    assert ev.actor == "regime"
    (ev,) = events("Russia's warplanes struck Binnish while the regime's troops advanced.", finder)
    assert ev.actor == "russia"


def test_a_count_of_strikes_since_a_day_does_not_date_the_strike_told(finder):
    for text in (
        "On 5 May, the clinic in Sarmin was damaged by air strikes for the third time since "
        "early April.",
        "On 5 May, an air strike hit the school of Sarmin, the second such attack since 1 April.",
        "On Thursday, jets struck the bakery of Sarmin for the fourth time since mid-April.",
    ):
        (ev,) = events(text, finder, date(2016, 5, 7))
        assert ev.event_date == date(2016, 5, 5), text
    # "Since" opening the strikes' own window still dates them by it.
    (ev,) = events("Jets have struck Sarmin daily since 1 May.", finder, date(2016, 5, 7))
    assert ev.event_date == date(2016, 5, 7)


def test_an_item_headed_by_a_night_or_a_span_of_days_then_its_place_tells_that_place(finder):
    for text in (
        "- Night of 4-5 Mar - Sarmin: a barrel bomb hit the eastern quarter.",
        "- 4-5 Mar - Sarmin: helicopters dropped barrel bombs on the market.",
        "2. The night of 4 March - Sarmin: jets struck the bakery.",
    ):
        (ev,) = events(text, finder, date(2016, 3, 10))
        assert ev.place_as_written == "Sarmin", text
        assert ev.event_date in (date(2016, 3, 4), date(2016, 3, 5)), text
    # A night named inside a sentence, not heading an item, labels no place.
    text = "- Residents of Sarmin fled on the night of 4-5 Mar - the road was open."
    assert places(text, finder, date(2016, 3, 10)) == []


def test_strikes_that_came_a_day_after_another_with_no_day_told_before_count_from_the_writing(
    finder,
):
    text = (
        "Russian jets struck Hass, killing 11 people, activists said on Monday.\n\n"
        "The strikes came a day after helicopters dropped barrel bombs on nearby Ariha, the "
        "Local Coordination Committees said."
    )
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 2, 15))}
    assert found == {"Hass": date(2016, 2, 15), "Ariha": date(2016, 2, 14)}
    # A day told before is counted from, as before.
    text = "Jets struck Hass on Saturday.\n\nThe strikes came a day after helicopters bombed Ariha."
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 2, 15))}
    assert found == {"Hass": date(2016, 2, 13), "Ariha": date(2016, 2, 12)}


def test_a_camp_struck_close_to_a_place_is_near_it(finder):
    for text in (
        "Jets struck a camp for displaced people close to Atmeh on Tuesday.",
        "Jets struck a camp for the displaced next to Atmeh on Tuesday.",
    ):
        (ev,) = events(text, finder, date(2016, 5, 4))
        assert (ev.place_as_written, ev.place_relation) == ("Atmeh", "near"), text


# -- blind199 ---


def test_places_a_struck_facility_served_are_not_struck(finder):
    for text in (
        "On 5 May, jets hit the mill in Sarmin, which ground flour and produced bread for "
        "some 12,000 people in the town and villages including Binnish and Taftanaz.",
        "On 5 May, an air strike damaged the pumping station of Sarmin, which supplies Binnish "
        "and Taftanaz.",
        "On 5 May, missiles struck the power plant near Sarmin feeding homes in Binnish and "
        "Taftanaz.",
    ):
        assert places(text, finder, date(2016, 5, 7)) == ["Sarmin"], text
    # With no place struck before it, the place a facility serves is where it was struck.
    text = "On 5 May, jets struck a field hospital serving Binnish."
    assert places(text, finder, date(2016, 5, 7)) == ["Binnish"]


def test_a_bridge_linking_a_town_to_a_bank_stands_at_that_town(finder):
    for text in (
        "Jets struck the bridge linking the town of Binnish to the eastern bank on Thursday.",
        "Russian warplanes bombed the bridge that links Sarmin to the other side of the river "
        "on Thursday.",
        "On Thursday, coalition jets destroyed the bridge connecting Sarmin with the western "
        "bank, residents said.",
    ):
        (ev,) = events(text, finder, date(2016, 5, 7))
        assert ev.place_as_written in ("Binnish", "Sarmin"), text
        assert ev.event_date == date(2016, 5, 5), text
    # A bridge between two towns still has its ends as no struck places.
    text = "Jets struck the bridge linking the town of Binnish to Sarmin on Thursday."
    assert "Binnish" not in places(text, finder, date(2016, 5, 7))


# -- blind198 ---


def test_the_day_of_wounds_dates_the_strike_told_right_after_it(finder):
    for text, day in (
        (
            "A nurse died on 20 August of wounds she sustained on 12 August, when jets struck "
            "the clinic of Anadan.",
            12,
        ),
        (
            "Died on 25 August in a hospital abroad of the wounds he received on 9 August, when "
            "helicopters dropped barrel bombs on Anadan.",
            9,
        ),
        (
            "A boy died on 22 August of wounds he received on 15 August in an air strike on "
            "Anadan.",
            15,
        ),
    ):
        (ev,) = events(text, finder, date(2016, 9, 3))
        assert ev.event_date == date(2016, 8, day), text
    # Wounds of an earlier day beside a strike told on its own day: the strike's day stays.
    text = "A man died of wounds he received on 2 August, and jets struck Anadan on 29 August."
    (ev,) = events(text, finder, date(2016, 9, 3))
    assert ev.event_date == date(2016, 8, 29)


def test_a_list_heading_naming_one_side_gives_its_aircraft_to_the_items_under_it(finder):
    text = (
        "Killed by regime forces:\n\n"
        "1. Ali Saleh, 40, from Ariha. Killed on 3 March in Sarmin, when missiles hit the "
        "market.\n\n"
        "Killed by Russian forces:\n\n"
        "2. Huda Saleh, 30, from Ariha. Killed on 5 March in Binnish, when missiles hit the "
        "main road.\n"
        "3. Omar Saleh, 12. Killed on 6 March in Maarat Misrin, when a bomb hit a school.\n"
    )
    actors = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2016, 4, 2))}
    assert actors == {"Sarmin": "regime", "Binnish": "russia", "Maarat Misrin": "russia"}
    # A paragraph under the heading that is no list item is left to the other rules.
    text = (
        "Killed by Russian forces:\n\n"
        "Ali Saleh, 40, was killed on 3 March in Sarmin, when missiles hit the market.\n"
    )
    (ev,) = events(text, finder, date(2016, 4, 2))
    assert ev.actor == "unknown"


def test_a_clause_on_whose_the_aircraft_were_is_no_voice_of_the_strike(finder):
    for text in (
        "Warplanes, which activists believe to be Russian, struck Sarmin on Sunday, the "
        "Observatory said.",
        "Helicopters that residents say were the regime's hit Sarmin on Sunday, the "
        "Observatory said.",
    ):
        (ev,) = events(text, finder, date(2016, 4, 5))
        assert ev.claimant == "sohr", text
    # Activists telling the strike itself still speak for it.
    (ev,) = events("Activists said warplanes struck Sarmin on Sunday.", finder, date(2016, 4, 5))
    assert ev.claimant == "activists"
    # In a reporter's story with no other voice, those who say whose the aircraft were are
    # the strike's source.
    text = "On Monday, warplanes that residents said were Russian hit Sarmin, killing two men."
    (ev,) = events(text, finder, date(2016, 4, 5))
    assert ev.claimant == "activists"
    # A monitor's own post: the activists who believe it say whose the aircraft were only.
    text = "Warplanes, which activists believe to be Russian, struck Sarmin on Sunday."
    doc = Document(
        "t", "t.txt", text, date(2016, 4, 5), source="Syrian Observatory for Human Rights"
    )
    (ev,) = extract_events(doc, finder)
    assert ev.claimant == "sohr"


def test_another_strike_told_after_sentences_of_no_strike_takes_the_day_of_the_last(finder):
    text = (
        "Russian strikes on a market in Saraqeb killed 44 people on Tuesday, activists said.\n\n"
        "The Civil Defence said it had pulled 30 bodies from the rubble. A second strike on "
        "nearby Sarmin killed 12 more, it said."
    )
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 4, 20))}
    assert found == {"Saraqeb": date(2016, 4, 19), "Sarmin": date(2016, 4, 19)}
    # A day told between is another story's: the second strike is not carried past it.
    text = (
        "Russian strikes on a market in Saraqeb killed 44 people on Tuesday, activists said.\n\n"
        "The talks resumed on Wednesday. A second strike on nearby Sarmin killed 12, rescuers said."
    )
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 4, 21))}
    assert found["Sarmin"] != date(2016, 4, 19)


def test_a_strike_a_distance_from_a_place_is_near_it(finder):
    for text in (
        "Jets struck a convoy 5 km from Saraqeb on Tuesday.",
        "Warplanes hit a farm a few kilometres away from the town of Saraqeb on Tuesday.",
    ):
        (ev,) = events(text, finder, date(2016, 5, 4))
        assert (ev.place_as_written, ev.place_relation) == ("Saraqeb", "near"), text
    # Where jets flew from stays no struck place.
    text = "Jets that took off from Hmeimim struck a convoy 5 km from Saraqeb on Tuesday."
    assert places(text, finder, date(2016, 5, 4)) == ["Saraqeb"]


# -- blind202 ---


def test_a_title_cased_armed_masthead_with_its_office_speaks_for_rebels(finder):
    for head in (
        "Sarmin Operations Room - Media Office",
        "The Northern Front | Press Office",
        "Idlib Free Legion – Information Centre",
    ):
        text = f"{head}\nStatement No. 4\n\nRussian jets struck the village of Binnish on Monday.\n"
        (ev,) = events(text, finder, date(2016, 3, 2))
        assert ev.claimant == "rebels", head
    # A state's army, or the joint room of the government's allies, is no armed group of the
    # ground; nor is a town's own media office.
    for head in (
        "Syrian Arab Army - Media Office",
        "Joint Operations Room - Media Office",
        "Binnish Media Office",
    ):
        text = f"{head}\nStatement No. 4\n\nRussian jets struck the village of Binnish on Monday.\n"
        (ev,) = events(text, finder, date(2016, 3, 2))
        assert ev.claimant != "rebels", head


def test_a_towns_surroundings_or_outskirts_by_its_possessive_are_near_it(finder):
    for text in (
        "Russian warplanes carried out 4 raids on Sarmin's surroundings on Monday.",
        "Helicopters dropped barrels on Sarmin’s eastern outskirts on Monday.",
        "Jets pounded Sarmin's environs and the village of Binnish on Monday.",
    ):
        found = {ev.place_as_written: ev.place_relation for ev in events(text, finder)}
        assert found["Sarmin"] == "near", text
    # The town's own buildings, and a city's suburbs, stand in it.
    for text in (
        "Jets struck Sarmin's market on Monday.",
        "Jets struck Aleppo's eastern suburbs on Monday.",
    ):
        (ev,) = events(text, finder)
        assert ev.place_relation == "in", text


def test_a_foreign_prime_minister_or_his_deputy_speaks_for_his_government(finder):
    for text in (
        "Turkish Deputy Prime Minister Ali Kaya said Russian jets struck Yamadi on Sunday.",
        "Turkey's prime minister said Russian jets struck Yamadi on Sunday.",
        # Named again by his surname after his words, as wire copy does.
        'British Prime Minister John Hale spoke in London on Monday. "Russian planes '
        'bombed Yamadi on Sunday," Hale said.',
    ):
        (ev,) = events(text, finder, date(2016, 1, 26))
        assert ev.claimant == "governments", text
    # Syria's own prime minister is no foreign government.
    text = "Syrian Prime Minister Omar Hadi said jets struck Yamadi on Sunday."
    (ev,) = events(text, finder, date(2016, 1, 26))
    assert ev.claimant != "governments"


def test_a_report_that_cannot_say_whose_aircraft_leaves_its_strikes_unknown(finder):
    head = "Following the regime's capture of Kafr Nabl on 3 March, families fled north.\n\n"
    strike = "- 5 March: an airstrike hit the main square of Sarmin, killing two men.\n\n"
    for tail in (
        "Our team cannot say whose aircraft carried out these strikes.",
        "We cannot tell whether they were Syrian or Russian.",
    ):
        (ev,) = events(head + strike + tail, finder, date(2016, 3, 9))
        assert ev.actor == "unknown", tail
    # Without the words, the side the report names most stays its strikes' default.
    (ev,) = events(head + strike, finder, date(2016, 3, 9))
    assert ev.actor == "regime"


def test_a_spokesman_for_a_turkmen_brigade_speaks_for_rebels(finder):
    text = (
        "Russian jets struck Sarmin on Thursday, Omar Saleh, a spokesman for a Turkmen brigade "
        "in the area, said by telephone. On Wednesday, he added, a mosque in Binnish was "
        "damaged when bombs fell in the square."
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder, date(2016, 3, 4))}
    assert found == {"Sarmin": "rebels", "Binnish": "rebels"}
    text = "Jets struck Sarmin on Thursday, a commander in a Turkmen group said."
    (ev,) = events(text, finder, date(2016, 3, 4))
    assert ev.claimant == "rebels"
    # Turkmen villagers are no armed group's voice.
    text = "Jets struck Sarmin on Thursday, a Turkmen villager from the area said."
    (ev,) = events(text, finder, date(2016, 3, 4))
    assert ev.claimant != "rebels"


# -- blind201 ---


def test_a_place_a_speaker_takes_back_at_once_is_no_struck_place(finder):
    for text in (
        "Activists say a clinic in Sarmin - sorry, in Binnish - was bombed last night.",
        "Rescuers say jets struck Sarmin - I'm sorry, Binnish - on Sunday.",
        "Jets bombed the market of Sarmin, sorry, of Binnish, on Sunday.",
        "Activists say a clinic in Sarmin - correction, in Binnish - was bombed last night.",
    ):
        assert places(text, finder, date(2016, 3, 9)) == ["Binnish"], text
    # "sorry to say" takes nothing back.
    text = "Jets struck Sarmin, sorry to say, and Binnish on Sunday."
    assert places(text, finder, date(2016, 3, 9)) == ["Sarmin", "Binnish"]


def test_a_subtitle_file_s_cues_run_on_as_the_speech_they_cut(finder):
    text = (
        "Harbour.Lights.EN.srt\n\n"
        "1\n00:00:10,000 --> 00:00:13,500\nOn the night of the 4th of March,\n"
        "helicopters dropped barrel bombs\n\n"
        "2\n00:00:13,700 --> 00:00:16,000\non the bakery in Sarmin.\n\n"
        "3\n00:00:20,000 --> 00:00:23,000\nNobody slept in the town that night.\n"
    )
    (ev,) = events(text, finder, date(2016, 5, 2))
    assert (ev.place_as_written, ev.event_date) == ("Sarmin", date(2016, 3, 4))
    # Every span stays where it was written.
    assert text[ev.char_start : ev.char_end] == "Sarmin"
    # One time code alone is no subtitle file: its lines are left as written.
    text = "Clip 00:00:10,000 --> 00:00:13,500\nOn the night of the 4th of March,\nthe town slept."
    assert cues_run_on(text) == text


def test_a_turn_opening_on_the_name_of_a_speaker_the_transcript_labels_is_no_place(finder):
    text = (
        "ANCHOR (SARAH OKAFOR): Over to our correspondent. What happened?\n"
        "CORRESPONDENT (LIVE): Sarah, jets struck the hospital in Azaz at nine this morning."
    )
    assert places(text, finder, date(2016, 3, 9)) == ["Azaz"]
    # With no label naming such a person, the name is left to the other rules.
    text = (
        "ANCHOR: Over to our correspondent. What happened?\n"
        "CORRESPONDENT (LIVE): Hama, jets struck the hospital in the city at nine this morning."
    )
    assert places(text, finder, date(2016, 3, 9)) == ["Hama"]


def test_nobody_as_the_subject_of_a_strike_word_denies_the_strike(finder):
    for text in (
        "Because nobody is bombing Sarmin from the air, the market is full again.",
        "Nobody has been bombing Sarmin, the ministry said on Sunday.",
    ):
        assert places(text, finder, date(2016, 3, 9)) == [], text
    # "nobody" with its own verb leaves the strike told.
    for text in (
        "Nobody knows why jets struck Sarmin on Sunday.",
        "Nobody was hurt when jets struck Sarmin on Sunday.",
    ):
        assert places(text, finder, date(2016, 3, 9)) == ["Sarmin"], text


def test_a_weekday_after_a_count_of_days_back_names_the_day_counted(finder):
    for text in (
        "Ten days ago, on a Friday, jets hit the market in Sarmin.",
        "Jets hit the market in Sarmin ten days ago, on a Friday.",
    ):
        (ev,) = events(text, finder, date(2016, 2, 15))
        assert ev.event_date == date(2016, 2, 5), text
    # Two weeks back from a Monday, "on a Sunday" is the Sunday nearest the day counted.
    (ev,) = events("Two weeks ago, on a Sunday, jets hit Sarmin.", finder, date(2016, 2, 15))
    assert ev.event_date == date(2016, 1, 31)
    # A weekday with words of its own between is another day, the last of its name.
    text = "Two days ago jets hit Sarmin, and on Friday they hit Binnish."
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 2, 15))}
    assert found == {"Sarmin": date(2016, 2, 13), "Binnish": date(2016, 2, 12)}


def test_a_government_saying_in_the_present_its_jets_struck_speaks_for_its_own_strike(finder):
    for text in (
        "Britain says its jets struck an Islamic State depot in Raqqa overnight.",
        "France says jets from the carrier Foch struck Islamic State posts in Raqqa overnight.",
        "France says jets from the carrier Louis de Bourbon struck posts in Raqqa overnight.",
    ):
        (ev,) = events(text, finder, date(2016, 3, 9))
        assert (ev.actor, ev.claimant) == ("coalition", "governments"), text
    # Jets a government does not call its own are no strike it tells as its own.
    text = "France says jets struck a hospital in Sarmin overnight."
    (ev,) = events(text, finder, date(2016, 3, 9))
    assert ev.claimant != "governments"


# -- blind200 ---


def test_where_a_caption_s_smoke_was_seen_from_is_no_struck_place(finder):
    for text in (
        "Smoke rises over Sarmin after air raids on Monday, seen from the nearby town of Binnish.",
        "Smoke rises over Sarmin after air strikes on Monday, as seen from Binnish.",
        "Smoke billows over Sarmin after Russian raids on Monday, photographed from Binnish.",
    ):
        assert places(text, finder, date(2016, 2, 10)) == ["Sarmin"], text
    # A place after a verb of watching that is no vantage point stays struck.
    text = "Jets struck Binnish on Monday, and from Binnish the smoke was seen for miles."
    assert places(text, finder, date(2016, 2, 10)) == ["Binnish"]


def test_a_strike_told_by_a_past_year_after_the_place_is_history(finder):
    for text in (
        "Boys play football beside a clinic in Sarmin on Saturday. The clinic was hit by a "
        "barrel bomb in 2013 and has been empty since.",
        "A man sells bread outside a mosque in Sarmin that was badly damaged in an air raid "
        "in 2014.",
    ):
        assert places(text, finder, date(2016, 10, 24)) == [], text
    # A strike told before it is another strike, and a year of the report is no history.
    text = "Jets struck Sarmin on Saturday; its clinic was hit by a barrel bomb in 2013."
    assert places(text, finder, date(2016, 10, 24)) == ["Sarmin"]
    text = "Boys play beside a clinic in Sarmin. The clinic was hit by a barrel bomb in 2016."
    assert places(text, finder, date(2016, 10, 24)) == ["Sarmin"]


def test_nearby_after_over_or_a_strike_verb_is_an_adjective_of_the_place(finder):
    for text in (
        "Jets bombed Binnish on Monday. Smoke also rose over nearby Sarmin, hit an hour later.",
        "Russian jets bombed Binnish and struck nearby Sarmin on Monday.",
    ):
        found = {ev.place_as_written: ev.place_relation for ev in events(text, finder)}
        assert found == {"Binnish": "in", "Sarmin": "in"}, text
    # "nearby" after a thing struck is a preposition: the strike is beside the place.
    text = "Russian jets struck a fuel convoy nearby Sarmin on Monday."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.place_relation) == ("Sarmin", "near")


def test_a_day_told_minutes_before_or_after_a_strike_dates_it(finder):
    for text in (
        "A rescuer walks through the market of Sarmin on Monday, minutes before an air strike "
        "hit the same street.",
        "On Monday a boy sells bread in Sarmin, moments after an air raid hit the square.",
    ):
        (ev,) = events(text, finder, date(2016, 2, 10))
        assert ev.event_date == date(2016, 2, 8), text
    # A day before another clause's "before" stays that clause's.
    text = "Families left Sarmin on Monday, before an air raid hit the square."
    (ev,) = events(text, finder, date(2016, 2, 10))
    assert ev.event_date != date(2016, 2, 8)


def test_a_caption_s_picture_taken_in_a_month_long_past_is_history(finder):
    text = (
        "A clinic damaged by a Russian air strike in Sarmin, Idlib province, in this picture "
        "taken February 2016."
    )
    assert places(text, finder, date(2016, 11, 20)) == []
    # A picture taken on a day dates its strike, and a month of the last weeks is no history.
    text = (
        "A clinic damaged by a Russian air strike in Sarmin, Idlib province, in this picture "
        "taken February 14, 2016."
    )
    assert places(text, finder, date(2016, 11, 20)) == ["Sarmin"]
    text = (
        "A clinic damaged by a Russian air strike in Sarmin, Idlib province, in this picture "
        "taken November 2016."
    )
    assert places(text, finder, date(2016, 11, 20)) == ["Sarmin"]


def test_civil_defence_workers_at_the_site_of_a_strike_are_at_work(finder):
    text = "Civil defence workers at the site of an air strike in Sarmin, Idlib, on Monday."
    (ev,) = events(text, finder)
    assert ev.claimant == "reporter"
    # The same workers saying what the strike did speak for it.
    text = "Jets struck Sarmin on Monday, civil defence workers at the site of the raid said."
    (ev,) = events(text, finder)
    assert ev.claimant == "civil_defence"


# -- blind204 ---


def test_hills_and_a_gathering_bounded_by_two_towns_are_struck_near_both(finder):
    for text in (
        "On Sunday jets struck the hills between Kafr Nabl and Hass, where rebels hold posts.",
        "Warplanes hit a gathering of vehicles belonging to the rebels between Kafr Nabl and "
        "Hass on Sunday.",
        "Helicopters bombed a convoy between Kafr Nabl and Hass on Sunday.",
    ):
        found = {ev.place_as_written: ev.place_relation for ev in events(text, finder)}
        assert found == {"Kafr Nabl": "near", "Hass": "near"}, text
    # A convoy on the road between two towns was on the road: its ends only orient.
    text = "Helicopters bombed a convoy on the road between Kafr Nabl and Hass on Sunday."
    assert places(text, finder) == []


def test_a_place_named_as_the_kind_of_people_a_struck_building_shelters_is_not_struck(finder):
    for text in (
        "On Sunday jets struck a school in Kafr Nabl where some Hass families were lodged.",
        "On Sunday jets struck a mosque in Kafr Nabl housing Hass families.",
        "On Sunday jets struck Kafr Nabl, where dozens of Hass families have taken refuge.",
    ):
        assert places(text, finder) == ["Kafr Nabl"], text
    # People of the place speaking after "where" speak of a strike, not of their shelter.
    text = "On Sunday jets struck a school in Kafr Nabl where Hass residents said four died."
    assert "Hass" in places(text, finder)


def test_an_activist_s_timeline_on_his_blog_speaks_as_the_reporter(finder):
    text = "3 May: Helicopters drop barrel bombs on Kafr Nabl. Two children are killed."
    for source in (
        "an activist's timeline of his town's siege on his blog",
        "a citizen journalist's timeline on her own blog",
    ):
        doc = Document("t", "t.txt", text, date(2016, 5, 20), source=source)
        (ev,) = extract_events(doc, finder)
        assert ev.claimant == "reporter", source
    # A timeline kept elsewhere stays the voice of whoever keeps it.
    doc = Document("t", "t.txt", text, date(2016, 5, 20), source="an activists' network timeline")
    (ev,) = extract_events(doc, finder)
    assert ev.claimant == "activists"


# -- blind205 ---


def test_a_later_line_correcting_y_to_x_moves_the_strike_to_x(finder):
    for text in (
        "09:10 Jets struck Salqin, 3 wounded.\n"
        "09:55 Correction to our 09:10 post: the raid was on Harem, not Salqin.",
        "08:02 Ali: barrel bombs on Salqin now\n"
        "08:04 Ali: my mistake, the bombs fell on Harem not Salqin",
        "07:30 RUSSIAN JETS HIT SALQIN\n"
        "08:15 ADMIN: POST ABOVE WAS WRONG - THE STRIKES WERE ON HAREM, NOT SALQIN.",
    ):
        assert [p.lower() for p in places(text, finder)] == ["harem"], text
    # Y named again with a day of its own in the correcting line keeps its strike.
    text = (
        "10:00 Jets struck Salqin overnight.\n"
        "11:00 Correction: it was Harem, not Salqin, that was hit overnight. Salqin was hit "
        "on Sunday."
    )
    assert sorted(places(text, finder)) == ["Harem", "Salqin"]
    # Without a word of correcting, "X, not Y" takes nothing back from an earlier line.
    text = "09:10 Jets struck Salqin, 3 wounded.\n09:55 The wounded went to Harem, not Salqin."
    assert places(text, finder) == ["Salqin"]


def test_a_day_heading_framed_by_dashes_dates_the_lines_below(finder):
    for head in ("— Monday 08/02/2016 —", "- 08.02.2016 -", "=== 8 February 2016 ==="):
        text = (
            f"Alerts of the network\n\n{head}\n\n"
            "06:40 Warplanes: raids on Salqin.\n"
            "09:15 Helicopter: barrel bombs on Harem.\n\n"
            "— Tuesday 09/02/2016 —\n\n"
            "07:05 Warplanes: raids on Armanaz."
        )
        found = {ev.place_as_written: ev.event_date for ev in events(text, finder)}
        assert found == {
            "Salqin": date(2016, 2, 8),
            "Harem": date(2016, 2, 8),
            "Armanaz": date(2016, 2, 9),
        }, head
    # A line framed by dashes that holds no day heads nothing: the lines keep the page's day.
    text = "Alerts\n\n— Latest alerts —\n\n06:40 Warplanes: raids on Salqin."
    (ev,) = events(text, finder)
    assert ev.event_date == date(2016, 2, 10)


def test_a_list_in_capitals_after_a_road_s_first_end_bounds_the_road_too(finder):
    for text in (
        "JETS HIT A FUEL CONVOY ON THE ROAD BETWEEN SALQIN AND HAREM AT DAWN.",
        "JETS HIT A FUEL CONVOY ON THE ROAD BETWEEN SALQIN, HAREM AT DAWN.",
    ):
        assert places(text, finder) == [], text
    # Places a strike verb lists in capitals stay struck, and near both when near the first.
    text = "JETS STRUCK NEAR SALQIN AND HAREM AT DAWN."
    found = {ev.place_as_written: ev.place_relation for ev in events(text, finder)}
    assert found == {"SALQIN": "near", "HAREM": "near"}
    text = "JETS STRUCK SALQIN AND HAREM AT DAWN."
    assert places(text, finder) == ["SALQIN", "HAREM"]


# -- blind203 ---


def test_a_foreign_ministry_of_defence_written_in_full_speaks_for_its_government(finder):
    for text in (
        "On Monday, French jets hit what the French Ministry of Defence described as a "
        "command centre in Raqqa.",
        "On Monday, British jets bombed what the British Ministry of Defence described as a "
        "command centre of the group in Raqqa.",
        "French jets struck a depot in Raqqa on Monday, the French Ministry of Defence said.",
    ):
        (ev,) = events(text, finder)
        assert ev.claimant == "governments", text
    # The ministry with no country, or Russia's, stays the Russian ministry.
    for text in (
        "Jets struck a depot in Raqqa on Monday, the Ministry of Defence said.",
        "Jets struck a depot in Raqqa on Monday, the Russian Ministry of Defence said.",
    ):
        (ev,) = events(text, finder)
        assert ev.claimant == "russian_mod", text


def test_an_incident_headed_by_a_named_enumerator_its_place_and_its_day(finder):
    for text in (
        "Incident 2 - Binnish, 9 March 2016. Two missiles hit the bakery; 6 civilians killed.",
        "Case 5: Binnish, 9 March 2016. A jet struck the square at noon; 4 killed.",
    ):
        (ev,) = events(text, finder, date(2016, 4, 1))
        assert (ev.place_as_written, ev.event_date) == ("Binnish", date(2016, 3, 9)), text
    # A heading with no enumerator, or a word that numbers nothing, heads no incident.
    for text in (
        "Clinic - Binnish, 9 March 2016. Two missiles hit the bakery; 6 civilians killed.",
        "Incident - Binnish, 9 March 2016. Two missiles hit the bakery; 6 civilians killed.",
    ):
        assert places(text, finder, date(2016, 4, 1)) == [], text


def test_an_incident_heading_s_day_marked_approximate_still_heads_it(finder):
    for text in (
        "4. Binnish, 9 March 2016 (approximate). Two missiles hit the bakery; 6 killed.",
        "Incident 4 - Binnish, 9 March 2016 (approx.). A jet hit the bakery; 6 killed.",
    ):
        (ev,) = events(text, finder, date(2016, 4, 1))
        assert (ev.place_as_written, ev.event_date) == ("Binnish", date(2016, 3, 9)), text
    # Another word in brackets after the day is no such mark.
    text = "4. Binnish, 9 March 2016 (Wednesday). Two missiles hit the bakery; 6 killed."
    assert places(text, finder, date(2016, 4, 1)) == []


def test_a_bare_bomb_after_aircraft_named_by_their_model_is_a_strike(finder):
    for text in (
        "On Monday, residents watched two aircraft, which they took for Su-22s, bomb the "
        "bakery in Sarmin.",
        "On Monday, residents saw two MiG-23s bomb the bakery in Sarmin.",
    ):
        assert places(text, finder) == ["Sarmin"], text
    # A year's decade before "bomb" names no aircraft.
    text = "In the 1980s, bomb shelters were dug under the bakery in Sarmin."
    assert places(text, finder) == []


# -- blind206 ---


def test_an_outlet_a_digest_credits_in_its_source_line_speaks_as_media(finder):
    for text in (
        "Gazete Yarin says Russian jets bombed the bakery in Sarmin on Monday.\n\n"
        "Sources: Gazete Yarin 9 Feb 16 p3; Akşam Postasi 9 Feb 16 p7",
        "Halab Sawt reports that Russian jets bombed the bakery in Sarmin on Monday. "
        "(Halab Sawt website, 9 Feb)",
        "Kanal Sever (0700) carries a report saying Russian jets bombed the bakery in Sarmin "
        "on Monday.\n\nSources: Kanal Sever, Moscow, in Russian 9 Feb 16",
        "Gazete Yarin, in a report from the border, says Russian jets bombed the bakery in "
        "Sarmin on Monday.\n\nSources: Gazete Yarin 9 Feb 16 p3",
    ):
        (ev,) = events(text, finder)
        assert ev.claimant == "media", text
    # The city an outlet works from, credited before its language, is no outlet; nor does an
    # outlet credited nowhere on the page speak as one.
    for text in (
        "Moscow says Russian jets bombed the bakery in Sarmin on Monday.\n\n"
        "Source: Kanal Sever, Moscow, in Russian 9 Feb 16",
        "Gazete Yarin says Russian jets bombed the bakery in Sarmin on Monday.",
    ):
        (ev,) = events(text, finder)
        assert ev.claimant != "media", text


def test_the_headlines_under_a_related_items_heading_are_other_items(finder):
    for heading in ("Related items", "Related reports"):
        text = (
            "Jets struck the bakery in Sarmin on Monday, the agency said.\n\n"
            f"{heading}\n"
            "- Opposition site reports barrel bombs on Binnish (8 Feb 16)\n"
            "- State TV says air force hits terrorists in Taftanaz (7 Feb 16)\n"
        )
        assert places(text, finder) == ["Sarmin"], heading
    # A line under the heading that ends on a stop is the report going on, not a headline.
    text = (
        "Jets struck the bakery in Sarmin on Monday, the agency said.\n\n"
        "Related items\n"
        "Jets also bombed Binnish on Monday, the agency said.\n"
    )
    assert places(text, finder) == ["Sarmin", "Binnish"]


def test_a_place_before_voice_names_an_outlet(finder):
    for text in (
        "Taftanaz Voice says Russian jets bombed the bakery in Sarmin on Monday.",
        "Jets bombed the bakery in Sarmin on Monday, Taftanaz Voice reported.",
    ):
        assert places(text, finder) == ["Sarmin"], text
    # A voice that is no outlet's name leaves the place before it struck.
    text = "Residents of Sarmin voiced anger after jets bombed the bakery in Binnish on Monday."
    assert places(text, finder) == ["Binnish"]


# -- blind207 ---


def test_a_counterfactual_or_a_debated_strike_tells_no_strike(finder):
    for text in (
        "Were Moscow sincere, its early sorties would have gone to Mayadin or to Sarmin.",
        "The bombs would have fallen on Mayadin if the generals meant it.",
        "Tonight deputies vote on whether Denmark should join the bombing of Mayadin.",
        "The senators voted to join the air strikes on Mayadin next month.",
        "Ministers are still debating whether to bomb Mayadin.",
    ):
        assert places(text, finder) == [], text
    # A strike told with a counterfactual of its toll, or a coalition joined on a day, stays.
    for text in (
        "Jets struck Mayadin on Monday; the toll would have been higher without shelters.",
        "Danish jets joined the bombing of Mayadin on Monday.",
    ):
        assert places(text, finder) == ["Mayadin"], text


def test_a_doubt_on_two_air_forces_weighed_first_leaves_the_actor_unknown(finder):
    for text in (
        "On Monday missiles struck a clinic near Sarmin. Whether the jets were Russian or Syrian, "
        "the aid group could not say.",
        "On Monday air strikes hit a school in Sarmin. Whether the planes were regime or Russian, "
        "witnesses were unable to tell.",
    ):
        (ev,) = events(text, finder)
        assert ev.actor == "unknown", text
    # Two air forces weighed with no doubt after them leave the sentence's own actor.
    text = (
        "On Monday Russian jets hit a clinic near Sarmin. Whether the jets were Russian or "
        "Syrian mattered little to the wounded."
    )
    (ev,) = events(text, finder)
    assert ev.actor == "russia"


def test_a_road_out_of_a_place_is_near_it(finder):
    for text in (
        "On Monday jets hit the road out of Sarmin, burning a car.",
        "On Monday jets struck the highway leading out of Sarmin.",
    ):
        (ev,) = events(text, finder)
        assert (ev.place_as_written, ev.place_relation) == ("Sarmin", "near"), text
    # A strike in the place itself, its people leaving by road, stays in it.
    text = "On Monday jets hit the market in Sarmin as families fled out of town."
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.place_relation) == ("Sarmin", "in")


def test_a_correction_of_where_the_wounded_went_moves_no_strike(finder):
    struck = "08:10 Jets struck Ariha this morning, two dead.\n"
    for line in (
        "09:30 Correction: the injured were brought to Mhambel, not Ariha.",
        "09:30 Sorry, the injured went to a clinic in Mhambel, not Ariha.",
    ):
        assert places(struck + line, finder) == ["Ariha"], line
    # A line that sets right where the strike fell still moves it, close to X too.
    for line in (
        "09:30 Correction: the raid was on Mhambel, not Ariha.",
        "09:30 Correction: the strike was close to Mhambel, not Ariha.",
        "09:30 Correction: the jets came back to bomb sites in Mhambel, not Ariha.",
    ):
        assert places(struck + line, finder) == ["Mhambel"], line


# -- blind208 ---


def test_a_sidebar_item_dated_in_capitals_strikes_its_places(finder):
    text = (
        "THE WEEK AT A GLANCE\n\n"
        "MON 8 FEB - Sarmin, Idlib gov.: jets bomb the bakery; 3 killed.\n\n"
        "TUE 9 FEB - Heish: army takes the hill (ground).\n\n"
        "WED 10 FEB - Binnish and Taftanaz, Idlib countryside, some 5 km apart: warplanes hit "
        "both towns.\n\n"
        "THU 11 FEB - Ariha, Idlib gov.: rebels shell an army post (ground)."
    )
    found = {(ev.place_as_written, str(ev.event_date)) for ev in events(text, finder)}
    # The governorate after the places only locates them; ground items strike nothing.
    assert found == {
        ("Sarmin", "2016-02-08"),
        ("Binnish", "2016-02-10"),
        ("Taftanaz", "2016-02-10"),
    }
    # A wire dateline in capitals still dates the writing, not a strike.
    (ev,) = events("BEIRUT, Feb 9 (Agency) - Jets struck Sarmin late on Monday.", finder)
    assert str(ev.event_date) == "2016-02-08"


def test_a_voice_in_brackets_closing_its_sentence_speaks_for_it(finder):
    for text, voice in (
        ("On 2 February jets hit the bakery in Sarmin; 3 killed (SOHR).", "sohr"),
        ("On 2 February jets hit the bakery in Sarmin, killing 3 (LCC).", "lcc"),
    ):
        (ev,) = events(text, finder)
        assert ev.claimant == voice, text
    # A credit in brackets that opens the story (a dateline) is still no voice of the claim.
    (ev,) = events("BEIRUT (Reuters) - Jets hit the bakery in Sarmin on Tuesday.", finder)
    assert ev.claimant == "reporter"


def test_a_cell_naming_a_towns_outskirts_in_brackets_is_near_it(finder):
    text = (
        "| Date | Location | What |\n|---|---|---|\n"
        "| 3 Feb | Sarmin (outskirts) | jets struck a farm |\n"
        "| 4 Feb | Binnish (centre) | jets struck the market |"
    )
    found = {ev.place_as_written: ev.place_relation for ev in events(text, finder)}
    # A cell naming another part of the town in brackets leaves it struck in the town.
    assert found == {"Sarmin": "near", "Binnish": "in"}


# -- blind210 ---


def test_a_year_ago_today_dates_a_strike_on_the_anniversary(finder):
    for text, day in (
        ("A year ago today, Russian jets struck the market in Sarmin.", date(2015, 10, 20)),
        ("A year ago today Russian jets struck the market in Sarmin.", date(2015, 10, 20)),
        ("One year ago to the day, jets bombed the market in Sarmin.", date(2015, 10, 20)),
    ):
        (ev,) = events(text, finder, date(2016, 10, 20))
        assert ev.event_date == day, text
    # "A year ago" alone tells a strike of history, without a day: no event.
    text = "A year ago Russian jets struck the market in Sarmin."
    assert places(text, finder, date(2016, 10, 20)) == []


def test_a_dateline_of_two_cities_joined_by_a_slash_dates_the_writing(finder):
    for text in (
        "AMMAN/ANKARA, Oct 20 - Jets struck the market in Sarmin on Monday.",
        "ANKARA/BEIRUT, Oct 20 (Agency) - Jets struck the market in Sarmin on Monday.",
    ):
        (ev,) = events(text, finder, date(2016, 10, 20))
        assert ev.event_date == date(2016, 10, 17), text
    # The dateline's day gives way to the day the sentence tells.
    text = "AMMAN/ANKARA, Oct 20 - A year ago today, jets struck the market in Sarmin."
    (ev,) = events(text, finder, date(2016, 10, 20))
    assert ev.event_date == date(2015, 10, 20)


def test_russian_or_syrian_regime_aircraft_are_either_sides(finder):
    for text in (
        "On Monday an aid convoy was hit at Sarmin by Russian or Syrian regime aircraft.",
        "On Monday jets, Russian or Syrian regime, struck the market in Sarmin.",
    ):
        (ev,) = events(text, finder)
        assert ev.actor == "unknown", text
    # The regime's jets named alone stay the regime's.
    (ev,) = events("On Monday Syrian regime jets struck the market in Sarmin.", finder)
    assert ev.actor == "regime"


def test_a_day_in_full_is_history_by_its_year_before_the_campaign_and_by_days_in_it(finder):
    # "first struck on 23 September 2014" in a report of 2016: background, though fewer than
    # 730 days back, as a strike of that year told by its month is.
    for text, published in (
        ("Coalition jets first bombed Tabqa on 23 September 2014.", date(2016, 6, 10)),
        ("In May 2014 jets bombed the market in Tabqa.", date(2016, 2, 14)),
    ):
        assert places(text, finder, published) == [], text
    # The year before the writing is no history; nor is a day of the campaign written in full
    # in a review of early 2017, unless it lies more than two years back in days.
    for published in (date(2016, 9, 1), date(2017, 2, 14)):
        text = "On 20 October 2015, jets bombed the market in Tabqa."
        (ev,) = events(text, finder, published)
        assert ev.event_date == date(2015, 10, 20), published
    text = "On 20 October 2015, jets bombed the market in Tabqa."
    assert places(text, finder, date(2017, 10, 21)) == []
    assert places("In May 2015 jets bombed the market in Tabqa.", finder, date(2017, 2, 14)) == []


# -- blind209 ---


def test_a_short_month_in_capitals_after_a_day_dates_its_entries(finder):
    text = (
        "FRIDAY 6 NOV\n\n0810 - A pair of jets hit Sarmin.\n\n"
        "SATURDAY 7 NOV\n\n1145 - Spotters saw strikes on Binnish."
    )
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2015, 11, 9))}
    assert found == {"Sarmin": date(2015, 11, 6), "Binnish": date(2015, 11, 7)}
    (ev,) = events("On 4 DEC two jets bombed Sarmin.", finder, date(2015, 12, 9))
    assert ev.event_date == date(2015, 12, 4)
    # A word in capitals that only begins like a month's short name is no month.
    (ev,) = events("On Monday jets bombed Sarmin, and 30 DECOYS burned.", finder, date(2015, 12, 9))
    assert ev.event_date == date(2015, 12, 7)


def test_a_rights_group_with_a_clause_on_its_work_speaks_as_a_rights_group(finder):
    for text in (
        "The Aleppo Remnants Project, a rights group that collects bomb fragments, said jets "
        "struck Binnish on Monday.",
        "Kafr Monitor, a rights group which records each raid in the north, said aircraft "
        "bombed Binnish on Monday.",
    ):
        (ev,) = events(text, finder)
        assert ev.claimant == "rights_groups", text
    # A clause closed by another body's verb of saying leaves that body the speaker.
    text = (
        "A rights group that officials call biased, the Russian Defence Ministry said, invented "
        "the raid; its jets struck Binnish on Monday."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "russian_mod"


def test_a_ships_position_by_distance_from_a_coastal_place_is_no_strike_there(finder):
    for text in (
        "The cruiser fired eight missiles at targets in Idlib on Monday from a position some 40 "
        "nautical miles west of Jableh.",
        "Its fighters took off on Monday, bombing camps inland from their position about 30 km "
        "off the coast of Jableh.",
    ):
        assert "Jableh" not in places(text, finder), text
    # A rebel position struck at a distance from a place stays a strike beside it.
    (ev,) = events("On Monday jets bombed a rebel position about 5 km west of Jableh.", finder)
    assert (ev.place_as_written, ev.place_relation) == ("Jableh", "near")


def test_the_place_a_ground_push_approaches_from_is_no_strike(finder):
    for text in (
        "On Monday jets bombed Sadad, which the army is approaching from Mheen.",
        "On Monday jets bombed Sadad as militia units approached from Mheen.",
    ):
        assert places(text, finder) == ["Sadad"], text
    # A place approached, struck, stays struck.
    assert places("On Monday jets bombed Sadad as troops approached it.", finder) == ["Sadad"]


def test_a_correcting_line_s_own_strike_on_x_takes_the_corrected_strike_s_attributes(finder):
    text = (
        "Monday 8 February\n"
        "09:10 Russian jets struck Ariha, 3 civilians killed.\n"
        "09:55 Correction: the raid was on Mhambel, not Ariha."
    )
    (ev,) = events(text, finder)
    assert (ev.place_as_written, ev.event_date, ev.actor, ev.claimed_target) == (
        "Mhambel",
        date(2016, 2, 8),
        "russia",
        "civilians",
    )
    # A strike X had before the correction stays X's own; Y's only goes.
    text = (
        "Monday 8 February\n"
        "08:00 Jets struck Mhambel.\n"
        "09:10 Russian jets struck Ariha, 3 civilians killed.\n"
        "09:55 Correction: the raid was on Mhambel, not Ariha."
    )
    assert places(text, finder) == ["Mhambel"]


# -- blind212 ------------------------------------------------------------------------


def test_craters_counted_new_or_seen_in_imagery_are_strikes(finder):
    for text in (
        "Our analysts count 23 new craters in Kafr Hamra between the two images.",
        "Seven craters are visible on the western side of Kafr Hamra in the later image.",
        "The second picture shows 12 fresh craters around Kafr Hamra.",
    ):
        assert places(text, finder) == ["Kafr Hamra"], text
    # Craters with no count of new ones, or old ones a place keeps, tell no strike.
    for text in (
        "Farmers filled in the craters on the road from Kafr Hamra last spring.",
        "Children play near two craters in Kafr Hamra, left from years ago.",
    ):
        assert places(text, finder) == [], text


def test_a_vantage_point_after_an_aside_on_the_clip_is_no_strike(finder):
    for text in (
        "One clip, posted as the raid on Monday from a rooftop in Saqba, really showed jets "
        "hitting Zamalka.",
        "A video, shared widely on Monday, from a hilltop near Saqba shows jets bombing Zamalka.",
    ):
        assert places(text, finder) == ["Zamalka"], text
    # Video from the struck place itself keeps it struck.
    assert places("Video from Saqba shows jets bombing the town on Monday.", finder) == ["Saqba"]


# -- blind213 ---


def test_a_speakers_delegation_or_office_in_an_official_record_is_his_turns_voice(finder):
    for label, voice in (
        ("Mr. Dubois (France) (spoke in French):", "governments"),
        ("Mr. Orlov (Russian Federation) (spoke in Russian):", "russian_mod"),
        ("Mr. Haddad (Syrian Arab Republic) (spoke in Arabic):", "sana"),
        ("Ms. Lind (Under-Secretary-General for Political Affairs):", "rights_groups"),
        ("The Minister for Africa (Ms Jane Porter):", "governments"),
        ("Mr Tom Hale (Minister of State):", "governments"),
        ("Dr. Anna Berg (Physicians for Human Rights):", "phr"),
    ):
        text = (
            "The meeting was called to order at 10.10 a.m.\n\n"
            f"{label} I thank the Council.\n\n"
            "On Monday, aircraft bombed the bakery in Binnish, killing six people."
        )
        (ev,) = events(text, finder)
        assert ev.claimant == voice, label
    # The label may stand alone on its line above the answer.
    text = (
        "To ask the Secretary of State what reports he has received.\n\n"
        "Mr Tom Hale (Minister of State):\n\n"
        "On Monday, aircraft bombed the bakery in Binnish."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "governments"
    # A member named by his seat after an office's turn speaks as no office.
    text = (
        "Mr. Dubois (France) (spoke in French): We are alarmed.\n\n"
        "Mr Ross Kemp (Northfield) (Lab): On Monday, aircraft bombed the bakery in Binnish."
    )
    (ev,) = events(text, finder)
    assert ev.claimant != "governments"
    # An asker's outlet in brackets is no voice of the turn.
    text = (
        "Q (state television): Did aircraft bomb the bakery in Binnish on Monday?\n\n"
        "A: I cannot say."
    )
    assert all(ev.claimant != "state_media" for ev in events(text, finder))


def test_a_parliaments_resolution_speaks_in_its_own_recitals(finder):
    text = (
        "The Parliament,\n\n- having regard to its previous resolutions,\n\n"
        "C. whereas on 3 May aircraft bombed the hospital in Binnish, killing four nurses;"
    )
    for title in (
        "European Parliament resolution of 12 May 2016 on the attacks on hospitals",
        "Parliamentary Assembly resolution 2107 (2016) on medical care in war",
    ):
        doc = Document("t", "t.txt", text, date(2016, 5, 12), title=title)
        (ev,) = extract_events(doc, finder)
        assert ev.claimant == "governments", title
    # A news story about a resolution keeps its own voice.
    doc = Document(
        "t", "t.txt", text, date(2016, 5, 12), title="Lawmakers pass resolution on hospitals"
    )
    (ev,) = extract_events(doc, finder)
    assert ev.claimant != "governments"


def test_a_toll_before_a_comma_and_the_next_clause_is_the_first_places(finder):
    for text in (
        "Jets struck the town of Binnish on Monday, killing five civilians, and a bakery in "
        "Taftanaz was hit the next day.",
        "Aircraft bombed Binnish on Monday, killing three civilians, and that a clinic in "
        "Taftanaz was hit on Tuesday.",
    ):
        found = {ev.place_as_written: ev.claimed_target for ev in events(text, finder)}
        assert found.get("Binnish") == "civilians", text
    # Victims placed at another place with no clause between stay that place's.
    text = "Jets struck rebel positions in Binnish on Monday, killing five civilians in Taftanaz."
    found = {ev.place_as_written: ev.claimed_target for ev in events(text, finder)}
    assert found.get("Binnish") == "rebels"


# -- blind211 ---


def test_a_footnote_marker_after_the_stop_still_ends_the_sentence(finder):
    text = "Jets bombed Sarmin at dawn.[4] Rebels withdrew.[5][6] Aid came.[citation needed] Then"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Jets bombed Sarmin at dawn.[4]",
        "Rebels withdrew.[5][6]",
        "Aid came.[citation needed]",
        "Then",
    ]
    # The next sentence's date no longer reaches the strike before the marker.
    text = "3 March – Jets bombed Sarmin, the council said.[4] Troops took Binnish on 9 March.[5]"
    (ev,) = events(text, finder, date(2016, 3, 20))
    assert ev.event_date == date(2016, 3, 3)
    # A marker inside a sentence, or one not after a stop, ends nothing.
    text = "Jets bombed Sarmin [4] and Binnish on 3 March, killing 12 [a] People said."
    assert len(split_sentences(text)) == 1


def test_a_legend_line_keeps_a_table_under_its_strike_heading(finder):
    text = (
        "Air strikes recorded by the network in March:\n\n"
        "Key: CD = civil defence; LC = local council\n\n"
        "Date | Place | Source | Killed | Notes\n"
        "3 March | Sarmin | CD | 4 | market\n"
        "5 March | Binnish | LC | 2 | School\n"
    )
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 3, 20))}
    assert found == {"Sarmin": date(2016, 3, 3), "Binnish": date(2016, 3, 5)}
    # A line of prose above the table, legend or not, still parts it from the heading.
    text = (
        "Air strikes recorded by the network in March:\n\n"
        "Troops moved north after the talks failed, and the roads were shut.\n\n"
        "Date | Place | Source | Killed\n3 March | Sarmin | CD | 4\n"
    )
    assert events(text, finder, date(2016, 3, 20)) == []


def test_the_day_a_span_ends_when_a_strike_comes_dates_that_strike(finder):
    for text in (
        "The town was spared until 4 June, when government helicopters bombed Sarmin.",
        "Calm held in the north until 4 June 2016 when jets struck Sarmin twice.",
    ):
        (ev,) = events(text, finder, date(2016, 11, 20))
        assert ev.event_date == date(2016, 6, 4), text
    # A bound with no clause of its own after it still only ends a span.
    for text in (
        "Jets bombed Sarmin, which had been calm until 4 June.",
        "Jets pounded Sarmin until 4 June, when talks began.",
    ):
        (ev,) = events(text, finder, date(2016, 11, 20))
        assert ev.event_date != date(2016, 6, 4), text


def test_a_talk_page_signature_is_a_sentence_of_its_own(finder):
    text = (
        ":The ministry said on 13 July that its jets had hit Sarmin the previous night -- "
        "Sarmin, not Binnish. --Abu Nour 2 (talk) 15:10, 19 July 2016 (UTC)"
    )
    (ev,) = events(text, finder, date(2016, 7, 21))
    assert ev.event_date == date(2016, 7, 12)
    spans = split_sentences(text)
    assert text[spans[-1][0] : spans[-1][1]].startswith("--Abu Nour 2 (talk)")
    # A spaced dash in prose, or "(talk)" without a signature's dashes, splits nothing.
    text = "Jets bombed Sarmin -- the talks (talk) went on -- and Binnish on 3 March."
    assert len(split_sentences(text)) == 1


def test_a_period_opened_since_a_day_when_a_bombing_began_stays_a_period(finder):
    # "since Saturday, when warplanes began ...": the start of a period, not the day of one
    # strike; the strike told next with its own day keeps it.
    text = (
        "Statement\n\nMhambel, Tuesday 9 August 2016\n\n"
        "Our teams in Mhambel have worked without rest since Saturday, when warplanes began "
        "the heaviest bombing the town has known.\n\n"
        "On Saturday evening, jets struck the market in the centre of Mhambel, killing 13 people."
    )
    (ev,) = events(text, finder, date(2016, 8, 9))
    assert (ev.event_date, ev.time_precision) == (date(2016, 8, 6), "day")


def test_a_count_of_quoted_targets_or_of_strikes_in_governorate_names_counts_by_governorate(
    finder,
):
    # The count's noun in quotation marks, or a count of strikes or raids, counts by
    # governorate as a count of targets does: the finer place struck that day covers its own.
    for text in (
        "The ministry said its jets hit 120 \u201cterrorist targets\u201d in Latakia, Hama and "
        "Homs on Sunday. Its planes struck near Kinsibba, in the Latakia countryside, on Sunday.",
        "The ministry said its jets flew 64 air strikes in Latakia, Hama and Homs on Sunday. "
        "Its planes struck near Kinsibba, in the Latakia countryside, on Sunday.",
        "The ministry said its jets carried out 40 \u2018anti-terror\u2019 raids in Latakia, Hama "
        "and Homs on Sunday. Its planes struck near Kinsibba, in the Latakia countryside, on "
        "Sunday.",
    ):
        assert places(text, finder) == ["Hama", "Homs", "Kinsibba"], text
    # A count of people killed in a list of such names is no count of strikes by governorate.
    text = (
        "Jets killed 12 civilians in Latakia, Hama and Homs on Sunday. Planes also struck near "
        "Kinsibba, in the Latakia countryside, on Sunday."
    )
    assert places(text, finder) == ["Latakia", "Hama", "Homs", "Kinsibba"]


def test_the_strikes_just_told_keep_their_day_whoever_says_where_they_fell(finder):
    # A sentence opening on the strikes just told ("The raids", "The bombardment") goes on
    # with their day, though a new voice tells where they fell.
    for text in (
        "Air strikes killed 30 people in Idlib province on Monday, rescuers said. The raids "
        "hit Sarmin and Taftanaz, activists said.",
        "Jets killed 30 people across Idlib province on 14 November, medics said. The "
        "bombardment hit Sarmin and Taftanaz, according to local activists.",
    ):
        found = events(text, finder, date(2016, 11, 17))
        assert [(ev.place_as_written, ev.event_date) for ev in found] == [
            ("Sarmin", date(2016, 11, 14)),
            ("Taftanaz", date(2016, 11, 14)),
        ], text
    # Another voice telling strikes of its own, not opening on those told, is not dated by them.
    text = (
        "Air strikes killed 30 people in Idlib province on Monday, rescuers said. Activists "
        "said jets struck Sarmin."
    )
    (ev,) = events(text, finder, date(2016, 11, 17))
    assert ev.event_date == date(2016, 11, 17)


# -- blind214 ---


def test_a_producer_named_before_a_clause_of_telling_is_no_place(finder):
    # "tell our producer X Y that ...": a staff title, a given name spelt as a village, a
    # family name and the clause the telling opens: a person, not a place struck.
    for text in (
        "Rescuers in Idlib tell our producer Dana Whitmore that jets hit Binnish this morning.",
        "Activists told our producer Dana Whitcombe that jets struck Binnish on Monday.",
    ):
        assert places(text, finder) == ["Binnish"], text
    # The same village struck keeps its strike.
    assert places("Jets struck Dana and Binnish this morning, rescuers said.", finder) == [
        "Dana",
        "Binnish",
    ]


def test_a_military_source_that_tells_speaks_as_one_that_told(finder):
    # A live page's present tense: "a military source tells us" is the state's voice, as
    # "told us" is; activists telling of a source stay the activists'.
    for text in (
        "A Syrian military source tells us jets hit militant positions near Binnish on Monday.",
        "A military source tells the channel that aircraft struck Binnish on Monday.",
    ):
        (ev,) = events(text, finder)
        assert ev.claimant == "sana", text
    (ev,) = events("Activists tell us a military source lied; jets hit Binnish on Monday.", finder)
    assert ev.claimant == "activists"


def test_an_opposition_media_office_saying_speaks_as_activists(finder):
    # "the opposition's media office in X said": a local voice, as when a strike is told
    # according to it, wherever the office is and whatever opens the sentence.
    for text in (
        "The opposition's media office in Kafr Nabl said jets bombed Binnish on Monday.",
        "On Monday, the local media office in Maarat al-Numan said jets bombed Binnish.",
    ):
        claimants = {ev.place_as_written: ev.claimant for ev in events(text, finder)}
        assert claimants["Binnish"] == "activists", text
    # The office struck is no voice.
    (ev,) = events("Jets hit the opposition's media office in Binnish on Monday.", finder)
    assert ev.claimant != "activists"


def test_a_sides_possessive_before_its_speaker_is_no_target(finder):
    # "the opposition's media office in X said": the side names who speaks, not what was
    # hit, as "opposition activists said" does.
    for text in (
        "The opposition's media office in Kafr Nabl said jets bombed Binnish on Monday.",
        "On Monday, the rebels' media office reported that jets bombed Binnish.",
    ):
        targets = {ev.place_as_written: ev.claimed_target for ev in events(text, finder)}
        assert targets["Binnish"] == "unspecified", text
    # A side's own positions struck stay its own.
    (ev,) = events("Jets bombed the opposition's positions in Binnish on Monday.", finder)
    assert ev.claimed_target == "rebels"


# -- blind215 ---


def test_a_doubt_on_whose_aircraft_before_any_air_force_named_leaves_the_striker_unknown(finder):
    # The report's first word on the aircraft is a doubt; the one air force named later is
    # blamed for another, older strike, and does not speak for the report's own.
    for doubt in (
        "It was not immediately clear whether the jets were Syrian or Russian.",
        "It is not clear whether the warplanes were Russian or Syrian.",
    ):
        text = (
            "Air strikes hit a school in Sarmin on Tuesday, killing four children, residents "
            f"said. {doubt}\n\nOn 3 January, jets bombed a convoy near Binnish in a raid the "
            "opposition blamed on Russia."
        )
        found = {ev.place_as_written: ev.actor for ev in events(text, finder)}
        assert found["Sarmin"] == "unknown", doubt
        assert found["Binnish"] == "russia", doubt
    # An air force named before the doubt still speaks for the strikes that name none; the
    # doubt's own strike is of an unknown one.
    text = (
        "Russian jets struck Ariha on Monday, activists said.\n\nJets bombed Sarmin again on "
        "Tuesday, the same activists said.\n\nA farm outside Binnish was also hit on Wednesday; "
        "it was not immediately clear whether the jets were Syrian or Russian."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder)}
    assert (found["Sarmin"], found["Binnish"]) == ("russia", "unknown")


def test_a_commander_placed_before_his_verb_of_saying_is_who_speaks_not_what_was_hit(finder):
    for text in (
        "A rebel commander in the area said jets had struck Sarmin on Monday.",
        "A rebel official in Idlib told reporters that warplanes hit Binnish on Monday.",
    ):
        (ev,) = events(text, finder)
        assert ev.claimed_target == "unspecified", text
    # A commander killed where the strike fell is still what was hit.
    (ev,) = events("Jets struck Sarmin on Monday, killing a rebel commander in the town.", finder)
    assert ev.claimed_target == "rebels"


def test_a_marketplace_struck_is_a_civilian_facility_as_a_market_is(finder):
    for text in (
        "Jets hit a marketplace in Sarmin on Monday, activists said.",
        "Rockets fired from warplanes struck the marketplaces of Binnish on Tuesday.",
    ):
        (ev,) = events(text, finder)
        assert ev.claimed_target == "civilians", text
    # A base beside a market is still the base.
    (ev,) = events("Jets struck a rebel base near the Sarmin marketplace on Monday.", finder)
    assert ev.claimed_target == "rebels"


def test_strikes_that_came_a_day_after_barrel_bombs_on_x_date_x_one_day_back_only(finder):
    # The count dates the whole sentence already; barrel bombs named after it count no
    # second day back.
    text = (
        "Air strikes hit Sarmin on Tuesday, activists said.\n\nThe strikes came a day after "
        "helicopters dropped barrel bombs on the village of Binnish, activists said."
    )
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder)}
    assert found == {"Sarmin": date(2016, 2, 9), "Binnish": date(2016, 2, 8)}
    (ev,) = events("The strikes came a day after jets dropped barrel bombs on Binnish.", finder)
    assert ev.event_date == date(2016, 2, 9)
    # A day of the sentence's own still counts the barrel bombs back from it.
    text = "The raids on Sarmin on Monday came a day after barrel bombs on Binnish."
    found = {ev.place_as_written: ev.event_date for ev in events(text, finder)}
    assert found == {"Sarmin": date(2016, 2, 8), "Binnish": date(2016, 2, 7)}


def test_a_stronghold_in_a_region_set_after_a_town_describes_the_town(finder):
    for text in (
        "Jets hit Sarmin, a rebel stronghold in the Ghab plain, on Thursday.",
        "Jets hit the outskirts of Sarmin, an opposition bastion in the Ghab plain, on Thursday.",
    ):
        assert places(text, finder) == ["Sarmin"], text
    # A stronghold struck in the region, no town before it, is the region's.
    text = "Jets struck Sarmin and a rebel stronghold in the Ghab plain on Thursday."
    assert places(text, finder) == ["Sarmin", "Ghab plain"]


def test_a_written_day_opening_a_period_yields_to_the_day_of_a_strike_of_its_own(finder):
    for text in (
        "France has stepped up its raids on Raqqa since the November 13 attacks, with its "
        "jets hitting a depot in the city on November 15.",
        "French jets have hit Raqqa since 13 November, and struck a depot there on 15 November.",
    ):
        (ev,) = events(text, finder, date(2015, 11, 24))
        assert ev.event_date == date(2015, 11, 15), text
    # A period alone still ends on the day of writing.
    text = "French jets have hit Raqqa daily since 13 November."
    (ev,) = events(text, finder, date(2015, 11, 24))
    assert ev.event_date == date(2015, 11, 24)


# -- blind216 ---


def test_bare_plural_military_sources_speak_as_the_military_source(finder):
    for text in (
        "Jets pounded militant positions in Sarmin on Monday, military sources said.",
        "Military sources told the agency that jets pounded Sarmin on Monday.",
        "Jets pounded Sarmin on Monday, Syrian military sources added.",
    ):
        (ev,) = events(text, finder)
        assert ev.claimant == "sana", text
    # A quotation naming its own speaker goes on from none of the lead's voices before it.
    text = (
        "Troops reached the edge of Palmyra, military sources say.\n\n"
        "\u201cOn Monday our jets hit 40 targets,\u201d a spokesman for the Russian Defence "
        "Ministry told journalists. Among the targets destroyed were depots near Sarmin, he said."
    )
    (ev,) = events(text, finder)
    assert ev.claimant == "russian_mod"
    # A side's or another country's military sources are not the Syrian army's.
    for text in (
        "Jets pounded Sarmin on Monday, rebel military sources said.",
        "Jets pounded Sarmin on Monday, Turkish military sources said.",
    ):
        assert "sana" not in {ev.claimant for ev in events(text, finder)}, text


def test_the_kurdish_units_named_in_full_or_with_initials_in_brackets_speak_as_rebels(finder):
    for text in (
        "The People's Protection Units (YPG) said regime jets bombed Ghweiran on Thursday.",
        "The Women's Protection Units said regime jets bombed Ghweiran on Thursday.",
        "The Kurdish security forces (Asayish) said regime jets bombed Ghweiran on Thursday.",
    ):
        (ev,) = events(text, finder)
        assert ev.claimant == "rebels", text
    # The units named as what was struck do not speak.
    text = "Regime jets bombed the People's Protection Units in Ghweiran on Thursday, SANA said."
    (ev,) = events(text, finder)
    assert ev.claimant == "sana"


def test_the_committees_after_the_coordination_committees_speak_for_them(finder):
    # A paragraph and a sentence without a voice between them: nothing carries the voice.
    text = (
        "The Local Coordination Committees said jets struck the market in Binnish on Monday. "
        "The wounded were taken to a clinic in the town.\n\n"
        "The committees also reported that helicopters dropped barrel bombs on Sarmin on Tuesday."
    )
    assert {ev.place_as_written: ev.claimant for ev in events(text, finder)} == {
        "Binnish": "lcc",
        "Sarmin": "lcc",
    }
    # With no committees named before, the bare word repeats no one.
    (ev,) = events("Jets struck Sarmin on Tuesday, the committees said.", finder)
    assert ev.claimant != "lcc"


def test_a_period_opened_on_a_day_when_a_strike_came_dates_that_strike(finder):
    for text in (
        "The villages have had no rest since 3.6.2016, when helicopters bombed Sarmin.",
        "Shelling has gone on since 3 June, when jets struck Sarmin with cluster bombs.",
    ):
        (ev,) = events(text, finder, date(2016, 6, 9))
        assert (ev.event_date, ev.time_precision) == (date(2016, 6, 3), "day"), text
    # A when-clause telling a beginning keeps the day a period's start.
    text = "Jets have pounded Sarmin since 3 June, when the offensive began."
    (ev,) = events(text, finder, date(2016, 6, 9))
    assert ev.event_date != date(2016, 6, 3)


def test_the_assembly_after_an_assembly_named_in_full_speaks_for_it(finder):
    text = (
        "Jets bombed Salma on Monday, according to the Syrian Turkmen Assembly. Aid reached "
        "the camps.\n\nSpeaking to reporters, a spokesman for the Assembly said the raids had "
        "gone on for days, and that jets struck Kinsabba on Tuesday."
    )
    assert {ev.place_as_written: ev.claimant for ev in events(text, finder)} == {
        "Salma": "rebels",
        "Kinsabba": "rebels",
    }
    # With no assembly named before, the bare name repeats no one.
    (ev,) = events("A spokesman for the Assembly said jets struck Kinsabba on Tuesday.", finder)
    assert ev.claimant != "rebels"


def test_two_names_folding_to_one_spelling_key_but_far_apart_are_two_places(finder):
    # Vowels and doubled letters dropped, two towns may share a key; the gazetteer's
    # candidates, far apart, tell them apart, while two spellings of one town stay one event.
    text = "Russian jets struck Maadan and al-Mayadin on Monday, the Observatory said."
    assert places(text, finder) == ["Maadan", "al-Mayadin"]
    text = "Jets struck Sarmin and Sarman on Monday, activists said."
    assert places(text, finder) == ["Sarmin", "Sarman"]
    text = "Jets struck Sarmin on Monday. In Sarmeen, a school was hit."
    assert places(text, finder) == ["Sarmin"]
    # What was struck "near X" after X's province was named is near the city.
    text = (
        "A bomber hit a refinery in the area of Maadan, in Raqqa province, the ministry said. "
        "Long-range bombers struck depots near Raqqa, it added."
    )
    assert places(text, finder) == ["Maadan", "Raqqa"]


# -- blind217 ---


def test_other_aircraft_set_apart_from_those_named_are_of_no_named_side(finder):
    # "warplanes believed to be Russian struck A, while other warplanes hit B": 'other'
    # sets B's aircraft apart; the sentence does not say whose they were.
    for text in (
        "Warplanes believed to be Russian bombed Sarmin on Monday, while other warplanes hit "
        "Binnish and Taftanaz.",
        "Russian jets struck Sarmin on Monday and other aircraft targeted Binnish, activists said.",
    ):
        actors = {ev.place_as_written: ev.actor for ev in events(text, finder)}
        assert actors["Sarmin"] == "russia", text
        assert actors["Binnish"] == "unknown", text
    # The other jets of those named go back to them; other Russian jets are Russia's.
    for text in (
        "Four Russian jets flew in; two struck Sarmin and the other jets hit Binnish on Monday.",
        "Russian jets struck Sarmin on Monday, while other Russian jets hit Binnish.",
    ):
        actors = {ev.place_as_written: ev.actor for ev in events(text, finder)}
        assert actors["Binnish"] == "russia", text


def test_a_headline_and_its_byline_above_the_pages_date_make_no_live_page(finder):
    # "X Update: March 1 - 7, 2016", a byline, then the page's own date: one body under its
    # headline, whose numbered notes do not go on in a voice a note before them cited.
    text = (
        "Syria Weekly Update: March 1 - 7, 2016\n\nBy Ann Lee and the Levant Team\n\n"
        "March 8, 2016\n\n1. Idlib: Jets struck Sarmin on March 5, according to the Turkish "
        "General Staff.\n\n2. Aleppo: Russian aircraft struck Anadan on March 6.\n"
    )
    found = {ev.place_as_written: ev for ev in events(text, finder, date(2016, 3, 8))}
    assert found["Sarmin"].claimant == "governments"
    assert found["Anadan"].claimant != "governments"
    # A live page whose dated posts hold sentences stays a live page: each post its own day.
    text = (
        "Syria live: March 7, 2016\n\nJets struck Sarmin this morning, rescuers said. Crews "
        "were at the scene.\n\nMarch 6, 2016\n\nRussian aircraft struck Anadan this morning.\n"
    )
    found = {ev.place_as_written: ev for ev in events(text, finder, date(2016, 3, 8))}
    assert found["Sarmin"].event_date == date(2016, 3, 7)
    assert found["Anadan"].event_date == date(2016, 3, 6)


def test_a_place_the_ground_forces_took_keeps_its_own_day_from_the_strikes(finder):
    # "jets hit X, as troops pushed on from hills they seized last week": the day of the
    # taking, in a clause of its own after a preposition of the troops' movement.
    for text in (
        "Jets bombed Sarmin, activists said, as troops pushed on from hills they seized last week.",
        "Jets bombed Sarmin, activists said, as troops moved toward villages the army "
        "captured on Monday.",
    ):
        (ev,) = events(text, finder, date(2016, 7, 17))
        assert ev.event_date == date(2016, 7, 17), text
    # The strike's own day in such a sentence still dates it, and a movement toward a
    # place no one took leaves the day to the strikes.
    for text in (
        "Jets bombed Sarmin on Friday, activists said, as troops pushed on from hills they "
        "seized last week.",
        "Jets bombed Sarmin as troops pushed on from hills near the town on Friday.",
    ):
        (ev,) = events(text, finder, date(2016, 7, 17))
        assert ev.event_date == date(2016, 7, 15), text


def test_a_region_set_after_the_other_side_of_a_place_only_locates_its_towns(finder):
    # "On the other side of the capital, in the X, ...": the region is the sentence's
    # setting, as after "Elsewhere,", and the towns struck in it carry the strikes.
    for text in (
        "On the other side of the capital, in the Eastern Ghouta, monitors said jets struck "
        "Douma and Saqba on Thursday.",
        "At the far side of the city, in the Eastern Ghouta, jets bombed Douma on Thursday.",
    ):
        assert "Eastern Ghouta" not in places(text, finder), text
    # The region struck alone stays struck.
    text = "On the other side of the capital, jets struck the Eastern Ghouta on Thursday."
    assert places(text, finder) == ["Eastern Ghouta"]


def test_a_live_posts_heading_above_its_date_line_is_read_against_its_own_post(finder):
    # "Barrel bombs near X" over "12 March, 2016" over a post naming X only as the
    # countryside its struck villages lie in: the heading sums up its own post.
    text = (
        "Monitor - news\n\nJets pound the town of Sarmin\n14 March, 2016\n\nActivists: Jets "
        "struck Sarmin this morning, killing 4 civilians.\n\nBarrel bombs near Jisr al-Shughur\n"
        "12 March, 2016\n\nActivists: Helicopters dropped barrel bombs on the village of "
        "Badama in the Jisr al-Shughur countryside this afternoon.\n\nA man dies of wounds\n"
        "11 March, 2016\n\nActivists: A man from Binnish died today of his wounds.\n"
    )
    found = places(text, finder, date(2016, 3, 14))
    assert "Jisr al-Shughur" not in found
    assert "Badama" in found and "Sarmin" in found
    # A heading whose place its post tells struck keeps it.
    text = text.replace(
        "on the village of Badama in the Jisr al-Shughur countryside", "near Jisr al-Shughur"
    )
    assert "Jisr al-Shughur" in places(text, finder, date(2016, 3, 14))


# -- blind218 ---


def test_a_brief_item_under_another_countrys_heading_names_places_there(finder):
    # A news-in-brief column: a country's name alone on a line, perhaps over a headline.
    text = (
        "IRAQ\nJets pound the Euphrates valley\nCoalition aircraft struck Islamic State "
        "positions near Haditha and Ramadi on Sunday, the coalition said.\n\n"
        "SYRIA\nRussian jets struck Saraqib on Sunday, activists said."
    )
    assert places(text, finder, date(2016, 2, 9)) == ["Saraqib"]
    text = "Iraq\nJets hit hideouts near Sinjar on Friday, the army said.\n"
    assert places(text, finder, date(2016, 2, 9)) == []
    # An item naming Syria, or a border, may tell a neighbour's jets over Syrian ground.
    text = (
        "Turkey\nTurkish jets struck Islamic State positions near al-Rai in northern Syria on "
        "Friday, the army said."
    )
    assert places(text, finder, date(2016, 2, 9)) == ["al-Rai"]
    # A paragraph under a paragraph, not under the heading, is another item.
    text = (
        "Iraq\nTroops advanced on the town of Hit on Friday.\n"
        "Jets struck Saraqib on Friday, activists said."
    )
    assert places(text, finder, date(2016, 2, 9)) == ["Saraqib"]


def test_a_place_set_abroad_by_its_countrys_adjective_or_its_sentences_opening(finder):
    # "the Iraqi town of X": another country's place, whatever namesake Syria holds.
    text = (
        "Unidentified jets bombed a depot in the Iraqi town of Haditha on Monday, an official "
        "said. Russian jets struck Saraqib on Monday, activists said."
    )
    assert places(text, finder, date(2016, 2, 9)) == ["Saraqib"]
    # A ticker's line opening on another country tells of that country.
    text = (
        "* In Iraq, coalition aircraft hit targets near Ramadi and Haditha, the coalition "
        "says.\n* Russian jets struck Saraqib on Monday, activists say."
    )
    assert places(text, finder, date(2016, 2, 9)) == ["Saraqib"]
    # Unless it names Syria: a neighbour's jets may strike across the border.
    text = "In Turkey, the army said its jets struck positions near al-Rai in Syria on Monday."
    assert places(text, finder, date(2016, 2, 9)) == ["al-Rai"]
    # A town of Syria's own province is no town abroad.
    text = "Jets struck the town of Haditha in Homs province on Monday, activists said."
    assert places(text, finder, date(2016, 2, 9)) == ["Haditha"]


def test_where_a_person_from_a_town_now_lives_is_no_place_struck(finder):
    text = (
        "Jets struck Saraqib on Monday, the Civil Defence said. A teacher from Saraqib, now "
        "in Sarmada, said the raids had gone on all night."
    )
    assert places(text, finder, date(2016, 2, 9)) == ["Saraqib"]
    text = (
        "Jets struck Saraqib on Monday. A nurse from the town, who is now living in Atmeh, "
        "said the clinic was hit."
    )
    assert places(text, finder, date(2016, 2, 9)) == ["Saraqib"]
    # A strike told "now" on a town is a strike.
    text = "Jets are now pounding Sarmada and Atmeh, activists said on Monday."
    assert places(text, finder, date(2016, 2, 9)) == ["Sarmada", "Atmeh"]


# -- blind219 ---


def test_the_hospital_a_relative_clause_says_the_victims_were_taken_to_is_no_place_struck(
    finder,
):
    # "wounding N people, who were taken to the X Hospital in Y": where they were cared for.
    for text in (
        "Helicopters dropped barrel bombs on Sarmin on Thursday, wounding a man and his son, "
        "who were taken to the Central Hospital in Saraqib, the Civil Defence said.",
        "Jets struck Sarmin on Thursday, injuring four farmers who were later transferred to "
        "a field hospital in Saraqib, activists said.",
        "Jets struck Sarmin on Thursday, wounding a girl who was rushed to Saraqib.",
    ):
        assert places(text, finder, date(2016, 5, 7)) == ["Sarmin"], text
    # A hospital struck is struck, whoever was treated in it.
    text = (
        "Jets struck the Central Hospital in Saraqib on Thursday, killing two nurses who were "
        "treating the wounded, activists said."
    )
    assert places(text, finder, date(2016, 5, 7)) == ["Saraqib"]


def test_a_place_that_has_not_had_a_week_without_strikes_tells_a_record_not_a_strike(finder):
    # "Since the truce began on DAY, X has not had a single week without air strikes": the
    # span's record, neither a strike nor one of the truce's first day.
    for text in (
        "Helicopters dropped barrel bombs on Sarmin on Thursday, the Civil Defence said. Since "
        "the truce began on the 27th of February, Saraqib has not had a single week without air "
        "strikes, its rescuers said, adding that they had answered 140 strikes on the town in "
        "that time.",
        "Jets struck Sarmin on Thursday, the Civil Defence said. Since the ceasefire took effect "
        "on 27 February, Saraqib has not known one day without bombing, the council said, "
        "adding that 60 raids had hit the town.",
    ):
        assert places(text, finder, date(2016, 5, 7)) == ["Sarmin"], text
    # A place told struck on a day of its own stays struck.
    text = (
        "Russian jets struck Sarmin on Thursday, activists said. Saraqib, which has not had a "
        "single week without air strikes since February, was struck again on Friday."
    )
    assert places(text, finder, date(2016, 5, 7)) == ["Sarmin", "Saraqib"]


def test_a_region_locating_a_town_struck_is_the_towns_area_when_named_again(finder):
    # "strikes on the town of X in the Y, the first strikes on the Y since ...": the region
    # located X, and the strikes told on it again are X's.
    for text, town in (
        (
            "Warplanes struck areas in the town of Douma in the Eastern Ghouta this morning, "
            "the first strikes on the Eastern Ghouta in a month, the Observatory said.",
            "Douma",
        ),
        (
            "Jets bombed the village of Kafr Nabudah in the Ghab plain on Monday, the heaviest "
            "raids on the Ghab plain since the truce, activists said.",
            "Kafr Nabudah",
        ),
    ):
        assert places(text, finder, date(2016, 3, 16)) == [town], text
    # The region struck on a day of its own, or named struck beside the town, stays struck.
    text = (
        "Jets struck the town of Douma in the Eastern Ghouta on Friday, three days after "
        "strikes on the Eastern Ghouta on Tuesday, activists said."
    )
    assert places(text, finder, date(2016, 3, 16)) == ["Douma", "Eastern Ghouta"]
    text = "Jets struck the Eastern Ghouta and the town of Douma on Friday, activists said."
    assert places(text, finder, date(2016, 3, 16)) == ["Eastern Ghouta", "Douma"]


def test_other_raids_in_a_clause_of_their_own_do_not_take_what_the_first_strikes_hit(finder):
    # "the strikes hit a market ..., while other raids targeted the outskirts of X": the
    # market is the first strikes'; the other raids' place keeps its own target.
    for text in (
        "Russian jets struck Sarmin on Friday, activists said. The strikes hit a crowded market "
        "behind the mosque, while other raids targeted the outskirts of Binnish.",
        "Russian jets pounded Sarmin on Friday, the reporter said. The raids destroyed a school "
        "near the square, and other strikes hit the edge of Binnish.",
    ):
        found = {ev.place_as_written: ev for ev in events(text, finder, date(2016, 5, 7))}
        assert found["Binnish"].claimed_target == "unspecified", text
    # The victims of the same strikes at the place they name stay theirs.
    text = (
        "Russian jets struck Sarmin on Friday, activists said. The strikes hit a crowded market "
        "behind the mosque, killing 9 civilians in Binnish."
    )
    found = {ev.place_as_written: ev for ev in events(text, finder, date(2016, 5, 7))}
    assert found["Binnish"].claimed_target == "civilians"
    # A clause naming its own place keeps its own victims.
    text = (
        "Jets struck a market in Sarmin on Friday, killing 9 civilians, while other raids "
        "targeted Binnish, activists said."
    )
    found = {ev.place_as_written: ev for ev in events(text, finder, date(2016, 5, 7))}
    assert found["Sarmin"].claimed_target == "civilians"


def test_a_releases_place_and_full_date_opening_its_lead_dates_the_writing(finder):
    # "X, 12 March 2016 - The charity condemns the strikes that have hit ... in the Y
    # countryside since Thursday": the day of writing, not of the strikes the lead sums up,
    # which the release then tells one by one.
    text = (
        "Reyhanli, 12 March 2016 - The charity condemns the strikes that have hit two clinics it "
        "runs in the southern countryside of Idlib since Thursday.\n\nOn Thursday 10 March, a "
        "missile struck our clinic in Kafr Nabl.\n\nOn Friday 11 March, jets hit the road "
        "outside our clinic in Hass."
    )
    assert places(text, finder, date(2016, 3, 12)) == ["Kafr Nabl", "Hass"]
    text = (
        "Amman, 12 March 2016 \u2013 The agency deplores the air strikes that have hit schools in "
        "the countryside of Daraa since Wednesday.\n\nOn Wednesday, jets struck a school in "
        "Nawa.\n\nOn Thursday, a school in Inkhil was hit."
    )
    assert places(text, finder, date(2016, 3, 12)) == ["Nawa", "Inkhil"]
    # A strike told in the lead keeps the day: the written one when the page went up later.
    text = "Gaziantep, 10 March 2016 - Jets struck the town of Sarmin, the charity said."
    (ev,) = events(text, finder, date(2016, 3, 14))
    assert ev.event_date == date(2016, 3, 10)
    (ev,) = events(text, finder, date(2016, 3, 10))
    assert ev.event_date == date(2016, 3, 10)


# -- blind220 ---


def test_a_ground_bombardment_is_shelling_no_air_strike(finder):
    # "under a heavy ground bombardment": the ground forces' guns, not aircraft.
    for text in (
        "Opposition fighters pulled out of Ibta on Friday under a heavy ground bombardment.",
        "The army's ground bombing of Ibta went on all Friday, activists said.",
    ):
        assert places(text, finder, date(2016, 2, 7)) == [], text
    # The air named with it, or a bombardment of no kind, stays a strike.
    for text in (
        "Opposition fighters pulled out of Ibta on Friday under heavy air and ground "
        "bombardment, activists said.",
        "Jets kept up their bombardment of Ibta on Friday, activists said.",
    ):
        assert places(text, finder, date(2016, 2, 7)) == ["Ibta"], text


def test_a_regions_own_name_in_brackets_after_its_translation_only_locates(finder):
    # "in the Kurdish Mountain (Jabal al-Akrad)": the region given twice, where the struck
    # villages lie.
    text = (
        "Helicopters dropped barrel bombs on Kabani and Ain al-Bayda in the Kurdish Mountain "
        "(Jabal al-Akrad) on Monday, the monitor said."
    )
    assert places(text, finder, date(2016, 1, 20)) == ["Kabani", "Ain al-Bayda"]
    text = (
        "Jets struck the village of Ghamam in the Turkmens' mountain (Jabal al-Turkman) on "
        "Monday, activists said."
    )
    assert places(text, finder, date(2016, 1, 20)) == ["Ghamam"]
    # The region struck in its own clause stays struck.
    text = (
        "Jets struck Kabani, and helicopters bombed the Kurdish Mountain (Jabal al-Akrad) on "
        "Monday, activists said."
    )
    assert places(text, finder, date(2016, 1, 20)) == ["Kabani", "Jabal al-Akrad"]


def test_local_sources_who_told_a_newspaper_speak_as_the_paper_cited(finder):
    # "local sources told the X Daily": the paper cited, as an agency they told is.
    for text in (
        "Russian jets struck Kabani on Monday, local sources told the Levant Daily.",
        "Russian jets struck Kabani on Monday, local sources told the Anatolian Star by phone.",
        "Russian jets struck Kabani on Monday, a local source told the Gulf Times.",
    ):
        (ev,) = events(text, finder, date(2016, 1, 20))
        assert ev.claimant == "media", text
    # Local sources saying, or telling a monitor, are the activists.
    for text in (
        "Russian jets struck Kabani on Monday, local sources said.",
        "Russian jets struck Kabani on Monday, local sources told activists.",
    ):
        (ev,) = events(text, finder, date(2016, 1, 20))
        assert ev.claimant == "activists", text


def test_a_local_media_gathering_speaks_as_the_activists(finder):
    for text in (
        "On Saturday night, helicopters dropped barrel bombs on Nawa, the Nawa Media Gathering "
        "said.",
        "Helicopters dropped barrel bombs on Nawa on Saturday, according to the Free Nawa Media "
        "Gathering.",
    ):
        (ev,) = events(text, finder, date(2016, 1, 25))
        assert ev.claimant == "activists", text
    # A region's revolutionaries' gathering is the armed opposition's voice.
    text = (
        "On Saturday night, helicopters dropped barrel bombs on Nawa, the Hauran "
        "Revolutionaries Gathering said."
    )
    (ev,) = events(text, finder, date(2016, 1, 25))
    assert ev.claimant == "rebels"


def test_the_edge_of_town_without_an_article_is_beside_the_town_named(finder):
    # "on the southern edge of town": the idiom's bare "town" is the one named.
    for text in (
        "In Marea itself, jets struck a poultry farm on the southern edge of town on Saturday, "
        "residents said.",
        "Jets struck a poultry farm in Marea, on the outskirts of town, on Saturday.",
    ):
        (ev,) = events(text, finder, date(2016, 2, 8))
        assert ev.place_relation == "near", text
    # The middle of town is the town itself.
    text = "In Marea, jets struck a poultry farm in the centre of town on Saturday."
    (ev,) = events(text, finder, date(2016, 2, 8))
    assert ev.place_relation == "in"


def test_that_morning_is_the_morning_of_the_day_opening_its_sentence(finder):
    before = "Turkey said Russian jets bombed Yamadi on Thursday, killing civilians. "
    for text in (
        "On Tuesday, the Observatory, which counts the dead through a network of sources, "
        "reported that Russian jets struck Saraqib that morning.",
        "On Tuesday, activists said Russian strikes hit Saraqib that morning.",
    ):
        found = {ev.place_as_written: ev for ev in events(before + text, finder, date(2016, 1, 15))}
        assert found["Saraqib"].event_date == date(2016, 1, 12), text
    # With no day of its own, the sentence's "that morning" is the strike told before.
    text = before + "Activists said Russian strikes hit Saraqib that morning."
    found = {ev.place_as_written: ev for ev in events(text, finder, date(2016, 1, 15))}
    assert found["Saraqib"].event_date == date(2016, 1, 14)


# -- blind222 ---


def test_the_second_verb_of_fighters_pushing_on_is_the_ground(finder):
    before = "Russian jets struck Arak on Monday. "
    for text in (
        "Islamic State fighters advanced south from Sukhnah and attacked army posts at the "
        "Jazal oil field on Tuesday.",
        "Rebels pushed into the plain and attacked regime checkpoints near Mahin on Tuesday.",
    ):
        assert places(before + text, finder, date(2016, 12, 22)) == ["Arak"], text
    # Aircraft named after the "and" strike on their own.
    text = (
        "Islamic State fighters advanced south from Palmyra, and Russian jets attacked their "
        "columns near Sukhnah on Tuesday."
    )
    assert "Sukhnah" in places(before + text, finder, date(2016, 12, 22))
    text = "Regime forces advanced on Mahin and warplanes struck Sukhnah on Tuesday."
    assert "Sukhnah" in places(before + text, finder, date(2016, 12, 22))


def test_a_voice_named_after_an_agency_dateline_speaks_for_its_sentence(finder):
    for text, voice in (
        (
            "Hama, SANA - The General Command of the Army and the Armed Forces said that "
            "coalition aircraft struck an army post near Arak on Saturday.",
            "state_media",
        ),
        (
            "Homs, SANA-The Russian Defence Ministry said its aircraft struck ISIS convoys near "
            "Arak on Saturday.",
            "russian_mod",
        ),
    ):
        (ev,) = events(text, finder, date(2016, 12, 18))
        assert ev.claimant == voice, text
    # With no other voice named, the dateline's agency tells the strike.
    text = "Homs, SANA - The air force struck ISIS convoys near Arak on Saturday."
    (ev,) = events(text, finder, date(2016, 12, 18))
    assert ev.claimant == "sana"


def test_a_side_joined_to_held_holds_the_place_and_strikes_nothing(finder):
    for text in (
        "Russian air strikes hit the regime-held town of Mahin overnight.",
        "Militants swept into Mahin on Sunday, overrunning the government-controlled town "
        "despite a night of Russian air strikes.",
    ):
        (ev,) = events(text, finder, date(2016, 12, 12))
        assert ev.actor == "russia", text
    # The side named as the aircraft's owner still strikes the held town.
    text = "Regime jets struck the ISIS-held town of Mahin on Monday."
    (ev,) = events(text, finder, date(2016, 12, 12))
    assert ev.actor == "regime"


# -- blind221 ---


def test_two_air_forces_quoted_as_either_name_no_striker(finder):
    # "'Russian or Syrian' aircraft": the either-or in quotation marks is still a doubt.
    for text in (
        'Medics said on Friday that "Russian or Syrian" warplanes had bombed a clinic in Binnish.',
        "Medics said on Friday that ‘Syrian or Russian’ jets had bombed a clinic in Binnish.",
    ):
        (ev,) = events(text, finder, date(2016, 11, 20))
        assert ev.actor == "unknown", text
    # One air force in quotation marks is still that air force.
    text = 'Medics said on Friday that "Russian" warplanes had bombed a clinic in Binnish.'
    (ev,) = events(text, finder, date(2016, 11, 20))
    assert ev.actor == "russia"


def test_a_day_opening_strikes_named_before_ground_fire_dates_them(finder):
    # "On X, warplanes and artillery pounded Y": the strikes come first, the fire with them.
    for text in (
        "On Monday, warplanes and artillery pounded Qadi Askar, the civil defence said.",
        "On Monday, regime jets and rocket launchers pounded Qadi Askar for hours.",
    ):
        (ev,) = events(text, finder, date(2016, 11, 23))
        assert ev.event_date == date(2016, 11, 21), text
    # Ground fire alone on the day is no strike's day.
    text = "Jets struck Qadi Askar, where a man died of wounds from artillery fire on Monday."
    (ev,) = events(text, finder, date(2016, 11, 23))
    assert ev.event_date != date(2016, 11, 21)


def test_a_toll_the_strikes_placed_whole_at_one_place_is_that_places(finder):
    # "The strikes killed N people in A": the next sentence's toll is A's alone.
    text = (
        "Jets struck Karm al-Jabal, al-Marja and Qadi Askar on Monday, the monitor said. "
        "The strikes killed at least seven people, three of them children, in al-Marja."
    )
    found = {ev.place_as_written: ev for ev in events(text, finder, date(2016, 11, 23))}
    assert found["al-Marja"].claimed_target == "civilians"
    assert found["Karm al-Jabal"].claimed_target == "unspecified"
    assert found["Qadi Askar"].claimed_target == "unspecified"
    # A share of the toll placed at one of them leaves the toll to them all.
    text = (
        "Jets struck Karm al-Jabal, al-Marja and Qadi Askar on Monday, the monitor said. "
        "The strikes killed 12 civilians, seven of them in al-Marja."
    )
    found = {ev.place_as_written: ev for ev in events(text, finder, date(2016, 11, 23))}
    assert found["Karm al-Jabal"].claimed_target == "civilians"


def test_a_toll_in_those_places_points_back_at_the_places_struck(finder):
    # "killed in those two districts": the places of the strike just told, pointed at again.
    for text in (
        "Helicopters dropped barrel bombs on al-Marja and Qadi Askar overnight, the monitor "
        "said.\n\nAt least 11 people were killed in those two districts, the monitor said.",
        "Helicopters dropped barrel bombs on al-Marja and Qadi Askar overnight, the monitor "
        "said. Eight people were killed in these neighbourhoods, it said.",
    ):
        found = {ev.place_as_written: ev for ev in events(text, finder, date(2016, 11, 23))}
        assert found["al-Marja"].claimed_target == "civilians", text
        assert found["Qadi Askar"].claimed_target == "civilians", text
    # The districts pointed at with no one harmed tell no victims.
    text = (
        "Helicopters dropped barrel bombs on al-Marja and Qadi Askar overnight, the monitor "
        "said. Those two districts are home to 30,000 people."
    )
    found = {ev.place_as_written: ev for ev in events(text, finder, date(2016, 11, 23))}
    assert found["al-Marja"].claimed_target == "unspecified"


# -- blind223 ---


def test_every_day_since_a_day_of_the_month_tells_the_day_after_when(finder):
    # "every day since the 9th, when ...": the day of the month opens the span with a strike of
    # its own, as "every day since Friday, when ..." does.
    text = (
        "Warplanes have bombed the towns of the plain every day since the 9th, when three raids "
        "struck the bakery in Kafr Takharim, killing four people."
    )
    found = {ev.place_as_written: ev for ev in events(text, finder, date(2015, 11, 14))}
    assert found["Kafr Takharim"].event_date == date(2015, 11, 9)
    text = (
        "Jets have hit the hills every single day since the 21st, when a strike destroyed the "
        "school in Bsanqul."
    )
    found = {ev.place_as_written: ev for ev in events(text, finder, date(2015, 11, 25))}
    assert found["Bsanqul"].event_date == date(2015, 11, 21)
    # A habit since a month's start names no day.
    text = "Warplanes have bombed Kafr Takharim every day since the start of the month."
    assert "Kafr Takharim" not in places(text, finder, date(2015, 11, 14))


def test_an_analysts_own_we_assess_speaks_as_analysts(finder):
    # "struck X and Y on <day>, we assess": the analysts' own judgement, as "ISW assesses" is.
    for text in (
        "Central Hama: Russian and regime aircraft struck Kafr Zita and Morek on February 2, "
        "we assess, the heaviest raids there this month.",
        "We assess that regime helicopters bombed Kafr Zita on February 2.",
        "Regime helicopters also bombed Kafr Zita on February 2, we now assess.",
    ):
        found = {ev.place_as_written: ev for ev in events(text, finder, date(2016, 2, 8))}
        assert found["Kafr Zita"].claimant == "analysts", text
    # Quoted, the words are the speaker's.
    text = (
        '"We assess that Russian jets struck Kafr Zita on February 2," a U.S. defense official '
        "told reporters."
    )
    found = {ev.place_as_written: ev for ev in events(text, finder, date(2016, 2, 8))}
    assert found["Kafr Zita"].claimant == "governments"


def test_a_monitors_toll_told_as_deaths_documented_in_one_place_is_that_places(finder):
    # "documented the death of N civilians ... in B": the victims of the strike just told on B.
    for toll in (
        "The monitor documented the death of nine civilians, among them three women, in Kafr "
        "Oweid, and the wounding of 20 others.",
        "It documented the deaths of seven civilians in Kafr Oweid.",
        "The network documented the killing of five civilians in Kafr Oweid.",
    ):
        text = "Warplanes struck Sfuhen, Kafr Oweid and Fattira on Sunday, the monitor said. "
        text += toll
        found = {ev.place_as_written: ev for ev in events(text, finder, date(2015, 11, 3))}
        assert found["Kafr Oweid"].claimed_target == "civilians", toll
        assert found["Sfuhen"].claimed_target == "unspecified", toll
    # A fighter's death names no civilian victims.
    text = (
        "Warplanes struck Sfuhen, Kafr Oweid and Fattira on Sunday, the monitor said. It "
        "documented the death of a rebel commander in Kafr Oweid."
    )
    found = {ev.place_as_written: ev for ev in events(text, finder, date(2015, 11, 3))}
    assert found["Kafr Oweid"].claimed_target == "unspecified"


# -- blind224 ---------------------------------------------------------------------------------


def test_a_un_humanitarian_official_by_role_speaks_as_the_un(finder):
    # "the UN's regional humanitarian coordinator said": the UN's voice, not the wire's.
    for text in (
        '"Warplanes struck a clinic in Binnish," Ana Ruiz, the UN\'s deputy humanitarian '
        "coordinator for Syria, said on Tuesday.",
        "Jets struck a school in Binnish on Monday, the United Nations humanitarian "
        "coordinator in Damascus said.",
        "Jets struck a school in Binnish on Monday, the UN relief chief told reporters.",
        "Jets struck a school in Binnish on Monday, according to the U.N. aid chief.",
    ):
        (ev,) = events(text, finder, date(2016, 11, 22))
        assert ev.claimant == "rights_groups", text
    # A UN official named in passing beside another voice does not speak for the strike.
    text = (
        "Jets struck a school in Binnish on Monday, the Observatory said, as the UN "
        "humanitarian coordinator arrived in Damascus."
    )
    (ev,) = events(text, finder, date(2016, 11, 22))
    assert ev.claimant == "sohr"


def test_according_to_the_spokesman_points_back_at_the_spokesman_named(finder):
    # "the ministry's spokesman said ... The Pentagon denied ... According to the spokesman":
    # the spokesman's body, not the voice named last.
    text = (
        "The Russian Defence Ministry's spokesman said on Saturday that no jets had flown "
        "near the town. The Pentagon has denied that its planes were there. According to the "
        "spokesman, bombers struck a command post near Taftanaz."
    )
    (ev,) = events(text, finder, date(2016, 2, 20))
    assert ev.claimant == "russian_mod"
    # With no spokesman named before, the voice named last still speaks.
    text = (
        "The Pentagon said on Saturday that its planes had not flown near the town. According "
        "to the spokesman, coalition jets struck a command post near Taftanaz."
    )
    (ev,) = events(text, finder, date(2016, 2, 20))
    assert ev.claimant != "russian_mod"


def test_a_symbol_bullet_opens_a_place_labelled_item(finder):
    # "🔴 X: ... the neighbourhoods of the city": a post's symbol bullet, as "- X:" is.
    for text in (
        "Summary of the day:\n\n🔴 Binnish: at 10:05 helicopters dropped 3 barrel bombs on the "
        "eastern neighbourhoods of the city. 2 dead.\n\n🔸 Sarmin: no strikes today.",
        "▪️ Binnish: regime jets bombed the southern neighbourhoods of the city at dawn.",
    ):
        assert places(text, finder, date(2016, 9, 10)) == ["Binnish"], text
    # The label whose line tells a strike on another town named is not the city struck.
    text = (
        "Summary of the day:\n\n🔴 Binnish: our team was sent to Sarmin, where helicopters "
        "dropped barrel bombs on the city."
    )
    assert places(text, finder, date(2016, 9, 10)) == ["Sarmin"]


def test_a_medical_charity_named_after_a_place_is_no_place_struck(finder):
    # "X Medical Relief said", "the X Medical Society said": the place names the charity.
    for text in (
        "Jets struck a clinic in Binnish at dawn on Thursday, according to a statement by "
        "Hayat Medical Relief.",
        "A hospital in Binnish was hit by two air strikes on Thursday, the Sarmin Medical "
        "Society said.",
    ):
        assert places(text, finder, date(2016, 8, 6)) == ["Binnish"], text
    # Medical words in lower case after a town struck leave it struck.
    text = "Jets struck a clinic in Sarmin on Thursday, medical relief workers said."
    assert places(text, finder, date(2016, 8, 6)) == ["Sarmin"]


def test_a_region_on_which_finer_places_struck_lie_only_locates_them(finder):
    # "the villages of X and Y on the Z plateau": Z locates them, as "in the Z region" does.
    for text, want in (
        (
            "Warplanes struck the villages of Balyun and Ibdita on the Jabal al-Zawiya "
            "plateau on Tuesday.",
            ["Balyun", "Ibdita"],
        ),
        (
            "Warplanes struck the villages of Qastoun and Ziyara on the Ghab plain on Tuesday.",
            ["Qastoun", "Ziyara"],
        ),
    ):
        assert places(text, finder, date(2016, 9, 27)) == want, text
    # The region struck alone is the place struck.
    text = "Warplanes struck the Jabal al-Zawiya plateau on Tuesday."
    assert places(text, finder, date(2016, 9, 27)) == ["Jabal al-Zawiya"]


# -- blind225 ---------------------------------------------------------------------------


def test_a_denial_of_any_strikes_by_both_air_forces_names_no_place_struck(finder):
    # "neither A nor B aircraft carried out any strikes on X": both sides deny, with "any".
    for text in (
        "The ministry said neither Russian nor Syrian aircraft carried out any strikes on the "
        "market in Binnish on Tuesday.",
        '"Neither Russian nor Syrian aircraft carried out any air strikes near Sarmin," the '
        "general told reporters.",
    ):
        assert places(text, finder, date(2016, 9, 21)) == [], text
    # Aircraft that carried out strikes, with no denial, struck the place.
    text = "The ministry said Syrian aircraft carried out strikes on the market in Binnish."
    assert places(text, finder, date(2016, 9, 21)) == ["Binnish"]


def test_the_second_writer_of_a_byline_is_no_place(finder):
    # "By A B and X Y | CITY": X is the second writer's given name.
    for text in (
        "Air strike on aid trucks kills 12\n\nBy Tom Perry and Salma Kh | GENEVA/BEIRUT | "
        "Tuesday, 20 Sep 2016\n\nJets struck Binnish on Tuesday.",
        "Air strike on aid trucks kills 12\n\n(Reporting by Laila Bassam and Salma Kh; "
        "Editing by Jon Boyle)\n\nJets struck Binnish on Tuesday.",
    ):
        assert places(text, finder, date(2016, 9, 20)) == ["Binnish"], text
    # Two places joined by "and" in a sentence stay places.
    text = "Jets struck Binnish and Salma on Tuesday."
    assert places(text, finder, date(2016, 9, 20)) == ["Binnish", "Salma"]


def test_a_militant_groups_attack_on_a_place_is_no_strike(finder):
    # "an Islamic State attack on X", "a rebel attack on the town of X": the ground's attack,
    # even beside a strike told in the same sentence.
    for text, want in (
        (
            "The coalition raid on Friday opened the way for an Islamic State attack on Binnish.",
            [],
        ),
        (
            "Russian jets bombed Sarmin on Friday, hours before an ISIS assault on Binnish.",
            ["Sarmin"],
        ),
    ):
        assert places(text, finder, date(2016, 9, 17)) == want, text
    # An air force's attack on the place is the strike.
    text = "The Russian attack on Binnish on Friday killed 12 civilians."
    assert places(text, finder, date(2016, 9, 17)) == ["Binnish"]


# -- blind226 ---


def test_an_armed_front_saying_speaks_as_rebels(finder):
    # "The X Front said", an aside allowed before the verb, and "the Front" repeating it.
    for text in (
        "The Levant Front said on Friday that Russian jets had struck Saraqib.",
        "The Levant Front, an alliance of rebel factions in the north, said Russian jets had "
        "struck Saraqib.",
        "The Levant Front said on Friday that its fighters held the line. In a statement, the "
        "Front also said Russian jets had struck Saraqib on Thursday.",
    ):
        (ev,) = events(text, finder, date(2016, 2, 6))
        assert ev.claimant == "rebels", text
    # A front line in lower case is no group speaking.
    text = "On the southern front, Russian jets struck Saraqib, the Observatory said."
    (ev,) = events(text, finder, date(2016, 2, 6))
    assert ev.claimant == "sohr"


def test_every_item_of_a_list_a_voice_introduces_speaks_for_it(finder):
    # "X listed the raids as follows:" then "- A: ...", "- B: ...": every item is X's.
    text = (
        "The Levant Front said on Friday that Russian jets had raided five towns.\n\n"
        "In its statement, the Front listed the raids as follows:\n\n"
        "- Tuesday 2 February: Russian raids on Saraqib.\n"
        "- Wednesday 3 February: raids on the town of Binnish.\n"
        "- Thursday 4 February: raids on the outskirts of Taftanaz."
    )
    found = events(text, finder, date(2016, 2, 6))
    assert [ev.place_as_written for ev in found] == ["Saraqib", "Binnish", "Taftanaz"]
    assert {ev.claimant for ev in found} == {"rebels"}
    # Items under a paragraph with no colon are not introduced by it.
    text = (
        "The Levant Front said on Friday that Russian jets had raided five towns.\n\n"
        "- Tuesday 2 February: Russian raids on Saraqib.\n"
        "- Wednesday 3 February: raids on the town of Binnish."
    )
    found = events(text, finder, date(2016, 2, 6))
    assert [ev.claimant for ev in found] == ["reporter", "reporter"]


def test_a_city_a_place_before_the_comma_is_part_of_only_holds_it(finder):
    # "X, the old quarter of Y city", "X, the besieged old quarter of Y city": Y holds X.
    for text in (
        "Helicopters bombed Bab Hood, the old quarter of Homs city, on Sunday.",
        "Helicopters bombed Bab Hood, the besieged old quarter of Homs city, on Sunday.",
        "Helicopters bombed Bab Hood, the rebel-held part of Homs city, on Sunday.",
    ):
        assert places(text, finder, date(2016, 3, 8)) == ["Bab Hood"], text
    # The city's part struck with no place named before it is the city's.
    text = "Helicopters bombed the old quarter of Homs city on Sunday."
    assert places(text, finder, date(2016, 3, 8)) == ["Homs"]


def test_the_ground_an_alliance_gathers_its_factions_from_is_not_struck(finder):
    # "the X Front, the alliance of rebel factions in Y and Z, said": Y and Z are its ground.
    for text in (
        "The Levant Front, the alliance of Free Syrian Army factions in Idlib and Hama, said "
        "on Friday that Russian jets had carried out 20 raids on four towns since Monday.",
        "The Levant Front, an alliance of rebel factions in Idlib, said on Friday that "
        "Russian jets had carried out 20 raids since Monday.",
    ):
        assert places(text, finder, date(2016, 2, 6)) == [], text
    # The alliance's ground struck by name later in the sentence is struck.
    text = (
        "The Levant Front, an alliance of rebel factions in Idlib, said on Friday that "
        "Russian jets had carried out raids on Idlib."
    )
    assert places(text, finder, date(2016, 2, 6)) == ["Idlib"]


def test_a_list_of_symbol_bullets_a_voice_introduces_speaks_for_it(finder):
    # A post's symbol bullets ("🔴 A: ...") make a list as dashes do: every item under the
    # paragraph that introduces it with a colon is that voice's.
    text = (
        "The Southern Front said on Sunday that regime helicopters had bombed four villages.\n\n"
        "The Front gave the raids of the week as follows:\n\n"
        "🔴 Thursday 12 May: barrel bombs on the town of Nawa.\n"
        "🔴 Friday 13 May: raids on the outskirts of Inkhil.\n"
        "▪️ Saturday 14 May: barrel bombs on Jasim."
    )
    found = events(text, finder, date(2016, 5, 15))
    assert [ev.place_as_written for ev in found] == ["Nawa", "Inkhil", "Jasim"]
    assert {ev.claimant for ev in found} == {"rebels"}


def test_the_place_a_front_is_named_at_is_beside_the_place_struck(finder):
    # "near the front with the regime at X": X locates the front, not a strike.
    for text in (
        "A regime jet fired rockets at the edge of Arbin, near the front with the regime at "
        "Harasta, on Monday.",
        "Helicopters dropped barrel bombs on Kafr Batna, near the front line at Jobar, on Monday.",
    ):
        found = places(text, finder, date(2016, 3, 8))
        assert found and "Harasta" not in found and "Jobar" not in found, text
    # A front struck by name is struck.
    text = "Jets pounded the front line at Jobar on Monday."
    assert places(text, finder, date(2016, 3, 8)) == ["Jobar"]


# -- blind227 ---


def test_an_assistant_secretary_general_speaks_in_a_record_as_the_un(finder):
    # "Ms. X (Assistant Secretary-General for ...):" is a UN official's turn, as an
    # Under-Secretary-General's is.
    for office in (
        "Assistant Secretary-General for Humanitarian Affairs",
        "Deputy Secretary-General",
        "Under-Secretary-General for Humanitarian Affairs",
    ):
        text = (
            "The President: I give the floor to Mr. Lund.\n\n"
            f"Mr. Lund ({office}): On 12 May, air strikes on the town of Kafr Nabl hit a "
            "market, killing nine people.\n"
        )
        (ev,) = events(text, finder, date(2016, 5, 16))
        assert ev.claimant == "rights_groups", office
    # A member named by his seat has no voice of his own: the record's.
    text = (
        "Mr. Hale (Bodmin) (Con): On 12 May, air strikes on the town of Kafr Nabl hit a "
        "market, killing nine people.\n"
    )
    (ev,) = events(text, finder, date(2016, 5, 16))
    assert ev.claimant != "rights_groups"


def test_a_body_whose_words_a_speaker_disputes_is_no_voice(finder):
    # "What X calls an air strike was ...": X is named, the speaker goes on speaking.
    for named in ("the representative of France", "the French ambassador"):
        text = (
            "Mr. Jaafari (Syrian Arab Republic) (spoke in Arabic): "
            f"What {named} calls a massacre was a car bomb. Yesterday the Syrian Arab Air "
            "Force destroyed terrorist hideouts of Jabhat al-Nusra in Kafr Nabl.\n"
        )
        (ev,) = events(text, finder, date(2016, 5, 16))
        assert ev.claimant == "sana", named
    # The body saying it itself speaks.
    text = (
        "The French ambassador said regime helicopters had dropped barrel bombs on Kafr "
        "Nabl on Sunday."
    )
    (ev,) = events(text, finder, date(2016, 5, 16))
    assert ev.claimant == "governments"


def test_a_speaker_a_transcript_introduced_as_a_doctor_speaks_as_a_medic(finder):
    # "... is Dr X Y, who runs a clinic" then "X Y: ..." and "Y: ...": the medic speaks.
    text = (
        "TOM REED (presenter): With us from Idlib province is Dr Samir Haddad, a surgeon "
        "in the town of Maarat al-Numan.\n\n"
        "SAMIR HADDAD: Yesterday two jets struck the market in Kafr Nabl.\n\n"
        "REED: And today?\n\n"
        "HADDAD: This morning helicopters dropped barrel bombs on Binnish.\n"
    )
    found = events(text, finder, date(2016, 3, 9))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [
        ("Kafr Nabl", "activists"),
        ("Binnish", "activists"),
    ]
    # The presenter's own turn after the doctor's is the programme's voice again.
    text = (
        "TOM REED (presenter): With us is Dr Samir Haddad, a surgeon.\n\n"
        "SAMIR HADDAD: We are tired.\n\n"
        "REED: Reports say jets struck the market in Kafr Nabl yesterday.\n"
    )
    (ev,) = events(text, finder, date(2016, 3, 9))
    assert ev.claimant == "reporter"
    # A speaker the introduction gives no such title keeps the report's voice.
    text = (
        "TOM REED (presenter): With us is Samir Haddad, a teacher.\n\n"
        "SAMIR HADDAD: Yesterday two jets struck the market in Kafr Nabl.\n"
    )
    (ev,) = events(text, finder, date(2016, 3, 9))
    assert ev.claimant == "reporter"


def test_a_speakers_day_of_the_month_before_a_colon_or_a_subject(finder):
    # "What happened on the thirteenth: ...", "On the 4th they hit ...": the day of the month.
    for text, day in (
        ("What happened on the thirteenth: residents say Russian jets hit Kafr Nabl.", 13),
        ("It was not the first time. On the 4th they bombed the market in Kafr Nabl.", 4),
        ("On the 9th we saw helicopters drop barrel bombs on Kafr Nabl.", 9),
    ):
        (ev,) = events(text, finder, date(2016, 10, 20))
        assert ev.event_date == date(2016, 10, day), text
    # A list's first item after "to the first:" is no day.
    from geo.extract.dates import find_date_cues

    assert find_date_cues("Now to the first: the talks in Geneva.") == []


def test_a_strike_the_voice_finds_no_sign_of_is_not_struck(finder):
    # "I've seen nothing that confirms an airstrike in X", "no evidence of a strike on X".
    for text in (
        "I've seen nothing that confirms an airstrike in Kafr Nabl on Monday.",
        "The spokesman said there was no evidence of a Russian strike on Kafr Nabl on Monday.",
        "We have no indication of air strikes near Kafr Nabl on Monday, the official said.",
    ):
        assert places(text, finder, date(2016, 3, 9)) == [], text
    # A sign found is a strike told.
    text = "Activists said they had evidence of a Russian strike on Kafr Nabl on Monday."
    assert places(text, finder, date(2016, 3, 9)) == ["Kafr Nabl"]


def test_the_ground_struck_fighters_fire_on_is_not_struck(finder):
    # "militants in A, who fire on civilians in the X district": X is their fire's ground.
    for text in (
        "The air force targeted militants in Talbiseh, who fire on civilians in the Akrama "
        "district, on Monday.",
        "Jets struck terrorists in Talbiseh, who have been shelling homes in Akrama, on Monday.",
    ):
        assert places(text, finder, date(2016, 3, 9)) == ["Talbiseh"], text
    # Jets "which" hit a place are striking it.
    text = "Russian jets, which struck homes in Akrama on Monday, flew from Hmeimim."
    assert "Akrama" in places(text, finder, date(2016, 3, 9))


# -- blind228 ---------------------------------------------------------------------------


def test_a_bracketed_incident_heading_with_a_run_of_towns_dates_its_body(finder):
    # "(2) 09/02/2016 - X, Y." heads the incident told below it, the enumerator in brackets
    # kept in the heading's sentence, the heading naming one town or a run of towns.
    text = (
        "Incidents recorded\n\n"
        "(1) 05/02/2016 - Ariha. A helicopter dropped two barrel bombs on the vegetable "
        "market of Ariha.\n\n"
        "(2) 09/02/2016 - Binnish, Taftanaz. Jets fired rockets at homes in Binnish and at a "
        "clinic in Taftanaz.\n\n"
        "(3) 14/02/2016 - Saraqib and Sarmin. Warplanes struck a bakery in Saraqib and a "
        "school in Sarmin."
    )
    found = events(text, finder, date(2016, 3, 1))
    assert [(ev.place_as_written, str(ev.event_date)) for ev in found] == [
        ("Ariha", "2016-02-05"),
        ("Binnish", "2016-02-09"),
        ("Taftanaz", "2016-02-09"),
        ("Saraqib", "2016-02-14"),
        ("Sarmin", "2016-02-14"),
    ]
    # Two towns joined by "to" name a stretch of road, no run of towns: no heading.
    text = (
        "Incidents recorded\n\n"
        "(2) 09/02/2016 - Binnish to Taftanaz. Jets fired rockets at homes in Binnish."
    )
    assert [str(ev.event_date) for ev in events(text, finder, date(2016, 3, 1))] == ["2016-03-01"]


def test_a_strike_on_one_side_of_the_town_pointed_back_at_is_near_it(finder):
    # "on farmland east of the town", "the hills above the village": the place named before
    # only locates the strike, under an incident's heading as after a sentence naming it.
    text = (
        "Incidents recorded\n\n"
        "(4) 11/03/2016 - Sarmin. Helicopters dropped three barrel bombs on farmland north of "
        "the town."
    )
    found = events(text, finder, date(2016, 4, 1))
    assert [(ev.place_as_written, ev.place_relation) for ev in found] == [("Sarmin", "near")]
    text = "Rebels held Binnish on Friday. Jets struck the hills above the town on Thursday."
    found = events(text, finder, date(2016, 4, 2))
    assert [(ev.place_as_written, ev.place_relation) for ev in found] == [("Binnish", "near")]
    # The town itself struck stays in it.
    text = "Rebels held Binnish on Friday. Jets struck the town on Thursday."
    found = events(text, finder, date(2016, 4, 2))
    assert [(ev.place_as_written, ev.place_relation) for ev in found] == [("Binnish", "in")]


def test_strikes_on_a_place_counted_by_month_are_a_tally(finder):
    # A chart's title or a table's caption counting strikes on a place by month or by week
    # tells no strike of a day.
    for text in (
        "GRAPHIC: Air attacks on Idlib province by month, January-June 2016 (source: monitors)",
        "Russian air strikes in Hama by week since October.",
    ):
        assert places(text, finder, date(2016, 7, 1)) == [], text
    # Attacks on a place told with their day stay strikes.
    text = "Russian air attacks on Idlib killed 12 people on Tuesday."
    assert places(text, finder, date(2016, 7, 1)) == ["Idlib"]


def test_a_place_pounded_almost_daily_with_no_day_is_a_habit(finder):
    # "pounded almost daily during last year's battle": a habit over a span, no strike of a day.
    for text in (
        "Unlike Kafr Nabl, which regime jets bombed almost daily during last winter's offensive.",
        "Helicopters hit Sarmin nearly daily last spring.",
    ):
        assert places(text, finder, date(2016, 7, 1)) == [], text
    # With its days told, the strikes are those days'.
    text = "Helicopters hit Sarmin almost daily on Monday and Tuesday."
    assert places(text, finder, date(2016, 7, 1)) == ["Sarmin"]


# -- blind229 ---------------------------------------------------------------------


def test_syrias_own_defence_ministry_speaks_as_a_military_voice(finder):
    # "the Syrian Defence Ministry said", "Syria's Ministry of Defence": the state's own
    # military voice ('sana'), not Russia's ministry, and not Russia's jets.
    for text in (
        "The Syrian Defence Ministry said its air force had bombed ISIS hideouts in Maadan "
        "on Sunday.",
        "On Monday the Syrian government's Defense Ministry claimed that its jets had hit "
        "ISIS gatherings in Maadan on Sunday.",
        "Syria's Ministry of Defence said on Monday that its air force had struck ISIS "
        "positions in Maadan on Sunday.",
    ):
        (ev,) = events(text, finder, date(2016, 3, 14))
        assert (ev.claimant, ev.actor) == ("sana", "regime"), text
    # Russia's ministry, named with its country or alone, is still Russia's.
    for text in (
        "The Russian Defence Ministry said its jets had bombed ISIS hideouts in Maadan on Sunday.",
        "The Defence Ministry in Moscow said its jets had hit ISIS hideouts in Maadan on Sunday.",
    ):
        (ev,) = events(text, finder, date(2016, 3, 14))
        assert (ev.claimant, ev.actor) == ("russian_mod", "russia"), text


def test_a_province_joined_by_and_in_opens_the_next_item_of_a_list(finder):
    # "near X and in Y province near Z": the governorate opens a new item with its own place
    # near the cue; it holds no place before it, and Z is struck, not a reference of it.
    for text, want in (
        (
            "Over the past day Russian aircraft hit militant positions near Salma and in "
            "Idlib province near Saraqib.",
            ["Salma", "Saraqib"],
        ),
        (
            "Russian bombers destroyed depots in Hama province near Kafr Zita and in Homs "
            "province near Talbiseh, the ministry said.",
            ["Kafr Zita", "Talbiseh"],
        ),
    ):
        assert places(text, finder, date(2016, 1, 12)) == want, text
    # A governorate holding the place before it still only places it: Z locates X.
    text = "Jets bombed the town of Kafr Zita in Hama province near Murak on Monday."
    assert places(text, finder, date(2016, 1, 12)) == ["Kafr Zita"]


def test_a_citizen_journalism_network_speaks_as_the_activists(finder):
    # A citizen journalism network speaks as citizen journalists do, 'activists', in a
    # sentence or as a page's source line.
    text = "A citizen journalism network said Russian jets bombed the market in Maadan on Sunday."
    (ev,) = events(text, finder, date(2016, 3, 14))
    assert ev.claimant == "activists"
    post = "14:10 Warplanes struck the grain silos in Maadan this afternoon."
    for source, voice in (
        ("a citizen journalism network's timed posts", "activists"),
        ("a citizen-journalism collective's page", "activists"),
        # A page of another kind keeps its own voice.
        ("a broadcaster's web story", "reporter"),
    ):
        doc = Document(
            "t", "t.txt", post, date(2016, 3, 14), source=f"written for strikemap ({source})"
        )
        (ev,) = extract_events(doc, finder)
        assert ev.claimant == voice, source


def test_a_fronted_place_stays_struck_beside_the_place_a_target_meant_to_attack(finder):
    # "Near X, jets destroyed vehicles of militants, which were preparing an attack on the
    # positions of the troops defending Y": Y is what the target meant to attack, so the
    # fronted X is no reference of it and locates the strike, however long the words about Y.
    for text in (
        "Near Maadan, Su-34 bombers destroyed three pickup trucks of the terrorists, which were "
        "preparing an assault on the positions of the government forces defending the Tabqa "
        "airbase.",
        "In the area of Maadan, aircraft hit a column of militants who were about to storm "
        "the garrison guarding the Tabqa airbase.",
        "Near Maadan, jets destroyed a convoy of fighters that was planning to attack the army "
        "units holding the Tabqa airbase.",
    ):
        assert "Maadan" in places(text, finder, date(2016, 1, 12)), text
    # A place the strike itself hit after the fronted one is the place struck; the fronted
    # one only locates it.
    text = "Near Maadan, jets destroyed three pickup trucks and bombed the Tabqa airbase."
    assert places(text, finder, date(2016, 1, 12)) == ["Tabqa airbase"]


def test_a_quoted_caption_the_next_sentence_denies_names_no_place_struck(finder):
    # "Channels captioned all of them 'Jets bombing of X'. None of them is X.": a caption
    # quoted with no "as", its place denied by the sentence after it.
    for text in (
        'Pro-government pages captioned all of them "Terrorist bombing of Maadan". None of '
        "them is Maadan.",
        "Two accounts captioned both of them 'Russian strike on Maadan'. Neither of the clips "
        "was filmed there.",
    ):
        assert places(text, finder, date(2016, 11, 19)) == [], text
    # A caption the next sentence does not deny still tells the strike it names.
    text = 'Activists captioned it "Russian bombing of Maadan". Jets struck the town on Friday.'
    assert places(text, finder, date(2016, 11, 19)) == ["Maadan"]


# -- blind230 ---


def test_a_military_source_set_off_by_whom_he_spoke_to_speaks_as_the_state(finder):
    # ", speaking to X's correspondent in Y, said": the outlet he spoke to only carries his
    # word; the source is the army's.
    for text in (
        "An army officer, speaking to Al Alam's reporter in Homs, said helicopters bombed "
        "Talbiseh on Monday.",
        "A Syrian military source, speaking to the agency by telephone, said jets hit "
        "Talbiseh on Monday.",
    ):
        found = events(text, finder, date(2016, 2, 10))
        assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Talbiseh", "sana")], text
    # A rebel or a resident speaking to the outlet stays a rebel's or a resident's.
    text = "A rebel commander, speaking to our correspondent, said jets hit Talbiseh on Monday."
    assert [ev.claimant for ev in events(text, finder)] == ["rebels"]
    text = "A resident, speaking to our correspondent, said jets hit Talbiseh on Monday."
    assert [ev.claimant for ev in events(text, finder)] == ["activists"]


def test_the_hills_surrounding_a_town_are_near_it(finder):
    # "raids on the hills surrounding the town of X": high ground round a place is beside it,
    # as the hills above it are.
    for text in (
        "Russian jets carried out ten raids on the hills surrounding the town of Kafr Nabl "
        "on Sunday.",
        "Helicopters dropped barrels on the heights surrounding Kafr Nabl on Sunday.",
    ):
        found = events(text, finder, date(2016, 2, 10))
        assert [(ev.place_as_written, ev.place_relation) for ev in found] == [
            ("Kafr Nabl", "near")
        ], text
    # The town itself struck stays in it.
    text = "Russian jets carried out ten raids on the town of Kafr Nabl on Sunday."
    found = events(text, finder, date(2016, 2, 10))
    assert [(ev.place_as_written, ev.place_relation) for ev in found] == [("Kafr Nabl", "in")]


def test_the_field_points_the_wounded_were_taken_to_are_no_strike(finder):
    # "the wounded were transferred to the field points in the town of X", and translated
    # copy's verb first ("were transferred the wounded to the field points in X"): the field
    # medical points the victims went to, not a place struck.
    for text in (
        "Jets struck the town of Kafr Nabl on Monday, and the wounded were transferred to the "
        "field points in the town of Maarat al-Numan.",
        "Jets struck the town of Kafr Nabl on Monday, and were transferred the wounded to the "
        "field points in Maarat al-Numan.",
        "Jets struck Kafr Nabl on Monday; medics took the wounded to a field point in "
        "Maarat al-Numan.",
    ):
        assert places(text, finder, date(2016, 2, 10)) == ["Kafr Nabl"], text
    # Field points struck themselves are a strike on their town.
    text = "Jets struck the field points in the town of Maarat al-Numan on Monday."
    assert places(text, finder, date(2016, 2, 10)) == ["Maarat al-Numan"]


def test_the_place_a_ground_attack_comes_from_the_side_of_is_no_strike(finder):
    # "an attack on the ground towards X from the side of the village of Y": translated copy's
    # "from the direction of Y", where the attackers set out, not a place struck.
    for text in (
        "Jets struck Kafr Nabl on Sunday, as the regime forces attacked on the ground from the "
        "side of the village of Hass.",
        "Jets struck Kafr Nabl on Sunday, coinciding with an attack towards Maarat al-Numan "
        "from the side of Hass.",
    ):
        assert "Hass" not in places(text, finder, date(2016, 2, 10)), text
        assert "Kafr Nabl" in places(text, finder, date(2016, 2, 10)), text
    # A side of a place struck stays a strike on it.
    text = "Jets struck the western side of Hass on Sunday."
    assert places(text, finder, date(2016, 2, 10)) == ["Hass"]


def test_the_place_of_a_ground_operation_is_no_strike(finder):
    # "launched its ground operation in X on the 7th, the same day jets struck Y": the
    # ground's own operation, as a ground offensive or attack is, not a strike on X.
    for text in (
        "The army began a ground operation in Jabal al-Zawiya on Sunday, the same day Russian "
        "jets struck Kafr Nabl.",
        "Troops pressed their ground operations against Hass on Sunday as Russian jets struck "
        "Kafr Nabl.",
    ):
        assert places(text, finder, date(2016, 2, 10)) == ["Kafr Nabl"], text
    # Strikes in support of the operation stay strikes on the place struck.
    text = "Russian jets struck Hass on Sunday to support the army's ground operations."
    assert places(text, finder, date(2016, 2, 10)) == ["Hass"]


def test_the_place_the_ground_forces_want_to_threaten_is_no_strike(finder):
    # "the rebels want to threaten X itself and the airport the helicopters take off from": the
    # ground's next objective, not a place struck, whatever aircraft the sentence names.
    for text in (
        "'The insurgents want to threaten Masyaf itself and the base the barrel bomb "
        "helicopters fly from,' he said.",
        "Jets struck Kafr Zita on Monday as the rebels threatened Masyaf.",
    ):
        assert "Masyaf" not in places(text, finder, date(2016, 8, 31)), text
    # The strikes that threaten a place's hospital struck the place.
    text = "Jets struck Masyaf on Monday, and further raids threaten its hospital."
    assert places(text, finder, date(2016, 8, 31)) == ["Masyaf"]


# -- blind231 ---------------------------------------------------------------------------


def test_aviation_names_aircraft_for_a_weak_strike_verb(finder):
    # "Syrian aviation struck ...", "regime aviation hit ...": aviation is aircraft, so the
    # weak verbs of striking are air strikes after it, as after "warplanes".
    for text in (
        "Syrian aviation struck Nusra positions in Kafr Nabl on Monday, the source said.",
        "Syrian aviation and artillery had hit militants in Kafr Nabl on Monday, he said.",
        "Regime aviation targeted a depot in Kafr Nabl on Monday.",
    ):
        assert places(text, finder, date(2016, 12, 8)) == ["Kafr Nabl"], text
    # Civil aviation flies no strikes; artillery alone is ground fire.
    for text in (
        "The civil aviation authority said flights over Kafr Nabl were hit by delays on Monday.",
        "Syrian artillery struck militants in Kafr Nabl on Monday.",
    ):
        assert places(text, finder, date(2016, 12, 8)) == [], text


def test_ground_shells_with_a_connective_before_their_verb_are_ground_fire(finder):
    # "Rocket shells, meanwhile, hit X" after a paragraph of air strikes: the connective set
    # off by commas leaves the shells the subject of the verb, so X is shelled, not struck.
    for text in (
        "The air force struck militants in Talbiseh on Monday, the source said.\n\n"
        "The terrorists' rocket shells, meanwhile, targeted the neighbourhoods of Akrama and "
        "al-Zahraa, claiming the lives of two citizens.",
        "The air force struck militants in Talbiseh on Monday.\n\n"
        "The terrorists' mortar shells, in turn, hit Akrama, killing a girl.",
    ):
        assert places(text, finder, date(2016, 12, 8)) == ["Talbiseh"], text
    # Aircraft with the same connective still strike.
    text = "Jets bombed Talbiseh on Monday. Warplanes, meanwhile, hit Rastan, killing a girl."
    assert places(text, finder, date(2016, 12, 8)) == ["Talbiseh", "Rastan"]


def test_a_sentence_saying_whose_aircraft_is_unclear_names_no_striker(finder):
    # "It wasn't clear whose jets", "no word on whose aircraft they were", in the sentence
    # after the strike: the side asked for, not told, outweighs the report's air force.
    for doubt in (
        "It wasn't clear whose jets.",
        "There was no word on whose aircraft they were.",
        "It was not known whose warplanes carried out the raid.",
    ):
        text = (
            "Russian jets pounded Saraqib on Sunday. Jets struck the market in Kafr Nabl "
            f"early on Monday, residents said. {doubt}"
        )
        actors = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2016, 12, 8))}
        assert actors == {"Saraqib": "russia", "Kafr Nabl": "unknown"}, doubt
    # Whose aircraft told is a striker named.
    text = (
        "Russian jets pounded Saraqib on Sunday. Jets struck the market in Kafr Nabl early on "
        "Monday, residents said. It was clear whose jets they were: Russian ones."
    )
    actors = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2016, 12, 8))}
    assert actors == {"Saraqib": "russia", "Kafr Nabl": "russia"}


def test_a_side_saying_it_is_targeting_only_militants_tells_no_strike(finder):
    # "accused X of war crimes, which it denies, saying it is targeting only militants": a
    # claim of whom a side strikes in general, with no day, names no place struck.
    for text in (
        "Jets struck Kafr Nabl on Monday. Rights groups have accused Damascus and Moscow of "
        "war crimes, which both deny, saying they are targeting only militants.",
        "Jets struck Kafr Nabl on Monday. Washington accused Damascus of the raids, but it "
        "says it is only targeting terrorists.",
    ):
        assert places(text, finder, date(2016, 12, 8)) == ["Kafr Nabl"], text
    # Strikes on militants alone, told with their place and day, are strikes.
    text = "The ministry said jets struck only militants in Kafr Nabl on Monday."
    assert places(text, finder, date(2016, 12, 8)) == ["Kafr Nabl"]


def test_people_sleeping_or_hiding_where_a_strike_fell_are_civilians(finder):
    # "hit the basement of a building where forty people were sleeping": the people the strike
    # fell on, as "were sheltering" already said.
    for text in (
        "A bomb hit the basement of a building in Kafr Nabl where about forty people were "
        "sleeping, rescuers said on Monday.",
        "Jets struck a block in Kafr Nabl on Monday where families were hiding, activists said.",
    ):
        (ev,) = events(text, finder, date(2016, 12, 8))
        assert ev.claimed_target == "civilians", text
    # Fighters asleep at their base are the side's, not civilians.
    text = "Jets struck a Nusra base in Kafr Nabl on Monday where fighters were sleeping."
    (ev,) = events(text, finder, date(2016, 12, 8))
    assert ev.claimed_target == "rebels"


def test_the_day_of_the_strike_that_dealt_wounds_is_that_strikes_alone(finder):
    # "died of wounds he sustained in the strikes on Y on Sunday": Sunday is Y's strike; the
    # sentence's other strike and the sentences after keep the day the report gives.
    text = (
        "The group documented the death of 20 civilians yesterday, Tuesday 22 November:\n\n"
        "- 9 people killed in raids on Hamouriyeh, and a woman died of wounds she sustained "
        "in the strikes on Saqba on Sunday\n\n"
        "Warplanes also struck Kafr Batna."
    )
    found = events(text, finder, date(2016, 11, 23))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Hamouriyeh", date(2016, 11, 22)),
        ("Saqba", date(2016, 11, 20)),
        ("Kafr Batna", date(2016, 11, 22)),
    ]
    # Alone in its sentence, the wounds' strike takes the day written after its place.
    text = (
        "Jets struck Zamalka on Tuesday. A boy died of wounds he received in the raid on "
        "Arbin on Sunday."
    )
    found = events(text, finder, date(2016, 11, 23))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Zamalka", date(2016, 11, 22)),
        ("Arbin", date(2016, 11, 20)),
    ]


def test_a_day_told_inside_a_window_is_a_strike_of_its_own(finder):
    # "barrel bombs on X between Sunday and Tuesday", then "a barrel bomb hit the bakery in X
    # on Monday": the window's strikes, dated by its last day, and Monday's strike beside them.
    text = (
        "Government helicopters dropped dozens of barrel bombs on Kafr Batna between Sunday "
        "and Tuesday, activists said. A barrel bomb hit the bakery in Kafr Batna on Monday, "
        "killing four people, they said."
    )
    found = events(text, finder, date(2016, 11, 23))
    assert [(ev.event_date, ev.time_precision) for ev in found] == [
        (date(2016, 11, 22), "window"),
        (date(2016, 11, 21), "day"),
    ]
    assert found[1].claimed_target == "civilians"
    text = (
        "Russian jets have pounded Maarat al-Numan over the past three days, the Observatory "
        "said. On Monday a strike on the market of Maarat al-Numan killed nine people, it said."
    )
    found = events(text, finder, date(2016, 11, 23))
    assert [(ev.event_date, ev.time_precision) for ev in found] == [
        (date(2016, 11, 23), "window"),
        (date(2016, 11, 21), "day"),
    ]
    # A day long before the window is the place's background, told with it as before.
    text = (
        "Russian jets have pounded Maarat al-Numan over the past three days, the Observatory "
        "said. On 2 November a strike on the market of Maarat al-Numan killed nine people."
    )
    found = events(text, finder, date(2016, 11, 23))
    assert [(ev.event_date, ev.time_precision) for ev in found] == [(date(2016, 11, 23), "window")]


def test_a_window_in_its_own_clause_dates_its_places_not_the_next_clauses_day(finder):
    # "had bombed X and Y repeatedly in recent days, and on Monday struck Z": the window dates
    # X and Y, to the day of writing; Monday is Z's.
    text = (
        "Activists said Russian jets had bombed Kafr Zita and Morek repeatedly in recent "
        "days, and on Monday struck the village of Latamneh, killing a family of five."
    )
    found = events(text, finder, date(2015, 11, 11))
    assert [(ev.place_as_written, ev.event_date, ev.time_precision) for ev in found] == [
        ("Kafr Zita", date(2015, 11, 11), "window"),
        ("Morek", date(2015, 11, 11), "window"),
        ("Latamneh", date(2015, 11, 9), "day"),
    ]
    # "and on Monday" opens its clause without a comma too.
    text = "Activists said jets had bombed Kafr Zita over the past week and on Monday struck Morek."
    found = events(text, finder, date(2015, 11, 11))
    assert [(ev.event_date, ev.time_precision) for ev in found] == [
        (date(2015, 11, 11), "window"),
        (date(2015, 11, 9), "day"),
    ]
    # "and on nearby Y on May 25" goes on with the places of the day written after them.
    text = "Regime jets dropped barrel bombs on Kafr Zita and on nearby Morek on May 25."
    found = events(text, finder, date(2016, 5, 27))
    assert [ev.event_date for ev in found] == [date(2016, 5, 25), date(2016, 5, 25)]
    # Alone, "in recent days" is a window to the day of writing.
    (ev,) = events("Jets have bombed Kafr Zita in recent days, activists said.", finder)
    assert (ev.event_date, ev.time_precision) == (date(2016, 2, 10), "window")


def test_a_chronology_entry_of_month_and_year_gives_its_year_to_the_days_below(finder):
    # A timeline's entries: "Late October 2016 - ..." then "On October 28 - ..." under an
    # entry of the year before: the month named with its year on the line above.
    text = (
        "Timeline: the siege of the town\n\n"
        "Updated 02/11/2016 | News desk\n\n"
        "12 July 2015 - Rebels take the hills above the town.\n\n"
        "3 November 2015 - The army shells the bridge.\n\n"
        "Late October 2016 - Troops gather south of Morek.\n\n"
        "From October 25 to October 28 - Russian jets strike Kafr Zita up to 30 times a day, "
        "the ministry says.\n"
    )
    (ev,) = events(text, finder, date(2016, 11, 2))
    assert (ev.place_as_written, ev.event_date) == ("Kafr Zita", date(2016, 10, 28))
    # A month told in passing in a sentence is no entry: the day is read by the entry above,
    # as before.
    text = (
        "Updated 02/11/2016 | News desk\n\n"
        "3 November 2015 - The army shells the bridge.\n\n"
        "The campaign had begun with raids on the north in October 2016, officials said.\n\n"
        "From October 25 to October 28 - Russian jets strike Kafr Zita, the ministry says.\n"
    )
    (ev,) = events(text, finder, date(2016, 11, 2))
    assert ev.event_date == date(2015, 10, 28)


# -- blind232 ---


def test_a_human_rights_monitor_counting_its_own_toll_speaks_as_a_rights_group(finder):
    # "The X Human Rights Monitor documented the killing of ...": the body's own toll, its
    # later lines citing no one speaking for it, as a casualty network's do.
    for name in ("Euphrates Human Rights Monitor", "Syrian Human Rights Committee"):
        text = (
            f"The {name} documented the killing of 310 civilians in April.\n\n"
            "On the 9th, Russian warplanes fired missiles at Binnish, killing four civilians."
        )
        found = events(text, finder, date(2016, 5, 2))
        assert [ev.claimant for ev in found] == ["rights_groups"], name
    # Under a page's title lines (a breadcrumb, a headline, a date and masthead line).
    text = (
        "Reports > Monthly Toll > April 2016\n\n"
        "Toll for April 2016: 310 civilians killed\n\n"
        "Monday, May 2, 2016 | Euphrates Human Rights Monitor\n\n"
        "The Euphrates Human Rights Monitor documented the killing of 310 civilians in April.\n\n"
        "On the 9th, Russian warplanes fired missiles at Binnish, killing four civilians."
    )
    assert [ev.claimant for ev in events(text, finder, date(2016, 5, 2))] == ["rights_groups"]
    # The Observatory's name ends on the rights: it stays the Observatory.
    text = (
        "The Syrian Observatory for Human Rights said Russian warplanes struck Binnish on Sunday."
    )
    assert [ev.claimant for ev in events(text, finder, date(2016, 5, 2))] == ["sohr"]


def test_a_window_of_days_of_the_month_written_between_two_ordinals_takes_its_last_day(finder):
    # "Between the 5th and the 7th, jets carried out raids on X": the window's last day.
    text = (
        "Jets struck Saraqib on the 2nd. Between the 5th and the 7th, warplanes carried out "
        "more than twenty raids on Binnish."
    )
    found = events(text, finder, date(2016, 5, 20))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Saraqib", date(2016, 5, 2)),
        ("Binnish", date(2016, 5, 7)),
    ]
    # Two days of the month joined by "and" without "between" stay two days.
    text = "Jets struck Saraqib on the 5th and Binnish on the 7th."
    found = events(text, finder, date(2016, 5, 20))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Saraqib", date(2016, 5, 5)),
        ("Binnish", date(2016, 5, 7)),
    ]


def test_days_written_alone_in_a_report_on_the_month_before_are_that_month_s(finder):
    # A count published on 1 June that opens on "in May 2016": "On the 2nd" is 2 May.
    text = (
        "The monitor recorded the death of 600 civilians in May 2016.\n\n"
        "On the 2nd, helicopters dropped barrel bombs on Binnish. The previous day, jets "
        "struck Saraqib."
    )
    found = events(text, finder, date(2016, 6, 1))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Binnish", date(2016, 5, 2)),
        ("Saraqib", date(2016, 5, 1)),
    ]
    # Written late in the next month, a day alone is the month of the writing.
    found = events(text, finder, date(2016, 6, 20))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Binnish", date(2016, 6, 2)),
        ("Saraqib", date(2016, 6, 1)),
    ]


def test_a_place_hit_before_takes_the_day_the_next_sentence_opens_on(finder):
    # "X has been hit before. On 23 January a raid on a school there killed six": the older
    # strike's own day; the paragraph after returns to the report's days.
    text = (
        "Jets struck Jasim on Tuesday.\n\n"
        "Nawa has been hit before. On 23 January a regime raid on a school there killed six "
        "pupils. Since then lessons are held in basements.\n\n"
        "On Wednesday jets struck Tafas."
    )
    found = events(text, finder, date(2016, 2, 13))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Jasim", date(2016, 2, 9)),
        ("Nawa", date(2016, 1, 23)),
        ("Tafas", date(2016, 2, 10)),
    ]
    text = (
        "Jets struck Jasim on Tuesday. Inkhil had been bombed many times before. On 3 January "
        "2016 a barrel bomb there destroyed the bakery."
    )
    found = events(text, finder, date(2016, 2, 13))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Jasim", date(2016, 2, 9)),
        ("Inkhil", date(2016, 1, 3)),
    ]
    # With no day opening the next sentence, the place keeps the day told before.
    text = (
        "Jets struck Jasim on Tuesday. Nawa has been hit before. Its school moved into "
        "basements in January."
    )
    found = events(text, finder, date(2016, 2, 13))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Jasim", date(2016, 2, 9)),
        ("Nawa", date(2016, 2, 9)),
    ]


def test_a_rescue_group_at_work_that_tells_its_work_speaks_as_the_civil_defence(finder):
    # "Civil Defence volunteers in X pulled three bodies from a house ..., the group said":
    # the group at work, speaking at the sentence's end.
    for text in (
        "On Friday, Civil Defence volunteers in Arbin pulled three bodies from a house hit in "
        "an air raid, the group said in a statement.",
        "Civil defence teams recovered two bodies from a house in Arbin hit by an air strike "
        "on Friday, the group said.",
    ):
        assert [ev.claimant for ev in events(text, finder, date(2016, 2, 13))] == [
            "civil_defence"
        ], text
    # Rescuers only at work, another voice telling it, stay at work.
    text = "Civil defence teams came to help after jets struck Arbin on Friday, activists said."
    assert [ev.claimant for ev in events(text, finder, date(2016, 2, 13))] == ["activists"]


# -- blind233 ---
def test_the_hearer_told_on_a_weekday_or_by_phone_is_no_place(finder):
    # "a spokesman told X on Thursday": the outlet or person told, its clause closed after a
    # weekday, a means or "that", is no place, as one closing its clause at once is.
    for text in (
        "Jets bombed Tafas overnight, killing four fighters, a commander told Nawa on Thursday.",
        "Jets bombed Tafas overnight, a commander told Nawa by telephone.",
        "A commander told Nawa late on Wednesday that jets had bombed Tafas overnight.",
    ):
        assert places(text, finder, date(2016, 10, 20)) == ["Tafas"], text
    # A hearer named as people goes on; the place struck after the telling is still found.
    text = "A commander told reporters on Thursday that jets had bombed Nawa overnight."
    assert places(text, finder, date(2016, 10, 20)) == ["Nawa"]


def test_families_from_a_place_who_had_come_there_name_their_home_not_a_strike(finder):
    # "houses that were hit belonged to families from X who had come there": where the movers
    # came from to the place struck, not a second place struck.
    for text in (
        "Jets bombed Tafas overnight. Some of the houses that were hit belonged to families "
        "from Nawa who had come there to escape the fighting.",
        "Jets bombed Tafas overnight, hitting homes of people from Nawa who had fled to the "
        "town in the spring.",
    ):
        assert places(text, finder, date(2016, 10, 20)) == ["Tafas"], text
    # Families from a place struck there are victims of a strike on their own place.
    text = "Jets bombed Tafas and Nawa overnight, killing families from both towns."
    assert places(text, finder, date(2016, 10, 20)) == ["Tafas", "Nawa"]


def test_a_commander_of_a_unit_from_a_place_names_his_home_not_a_strike(finder):
    # "said Y, commander of a rebel brigade from X": the unit between the person and "from"
    # still makes X his home town, as "a commander from X" does.
    text = (
        "'The planes hit anything that moves on the road,' said Abu Ali, commander of a "
        "rebel brigade from Nawa. Jets bombed Tafas on Tuesday, activists said."
    )
    assert places(text, finder, date(2016, 2, 3)) == ["Tafas"]
    text = "Jets bombed Tafas on Tuesday, said a spokesman of the Omari brigade from Nawa."
    assert places(text, finder, date(2016, 2, 3)) == ["Tafas"]


def test_a_country_named_as_a_side_lets_no_shelling_count_as_the_air_war(finder):
    # "... had been shelled from across the border and that the Russian side regarded this as
    # a provocation": a party named as a side is no aircraft, so the shelling stays the guns'.
    for text in (
        "He said that positions near Nawa had been shelled from across the border and that "
        "the Russian side regarded this as a provocation.",
        "Kurdish positions near Nawa were shelled on Monday, which the Russian side condemned.",
    ):
        assert places(text, finder, date(2016, 2, 16)) == [], text
    # Shelling told with aircraft in its own clause is still the air war's.
    text = "Russian jets shelled Nawa on Monday, the Russian side said."
    assert places(text, finder, date(2016, 2, 16)) == ["Nawa"]


def test_a_shelter_of_the_displaced_struck_as_the_verb_s_second_object_is_struck(finder):
    # "struck a hospital in Y and a school sheltering displaced families in X": the shelter is
    # the verb's second object, struck in X, as it is when it comes first.
    for text in (
        "On Monday, jets struck a children's hospital in Tafas and a school sheltering "
        "displaced families in Nawa, killing 14 people.",
        "Missiles hit the main bakery of Tafas and a mosque housing refugees in Nawa on Monday.",
    ):
        assert places(text, finder, date(2016, 2, 16)) == ["Tafas", "Nawa"], text
    # The displaced staying somewhere, with no shelter struck, still name no place struck.
    text = "Jets struck Tafas on Monday, and displaced families sheltering in Nawa fled again."
    assert places(text, finder, date(2016, 2, 16)) == ["Tafas"]


# -- blind234 ---


def test_a_bare_weekday_heading_counts_on_from_the_dated_heading_above(finder):
    # "Saturday:" opening its bullet under a dated "Thursday 12 May:" is the Saturday after it, in
    # the week the statement covers, not the one before it.
    text = (
        "Our teams responded to these attacks this week:\n\n"
        "* Monday 9 May: Russian jets struck the market in Saraqib.\n\n"
        "* Wednesday: a helicopter dropped barrel bombs on Taftanaz.\n\n"
        "* Thursday 12 May: a warplane hit the bakery in Sarmin.\n\n"
        "* Saturday: raids hit the outskirts of Binnish."
    )
    found = events(text, finder, date(2016, 5, 16))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Saraqib", date(2016, 5, 9)),
        ("Taftanaz", date(2016, 5, 11)),
        ("Sarmin", date(2016, 5, 12)),
        ("Binnish", date(2016, 5, 14)),
    ]
    # A weekday after the heading's day that the statement was not yet written on stays the
    # one before it (a list of days running back).
    text = "* Thursday 12 May: Russian jets hit Sarmin.\n\n* Tuesday: jets struck Binnish."
    found = events(text, finder, date(2016, 5, 16))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Sarmin", date(2016, 5, 12)),
        ("Binnish", date(2016, 5, 10)),
    ]


def test_capitals_the_text_defines_as_a_bodys_initials_are_no_place(finder):
    # "the Syrian Relief and Aid Fund (SARA)": SARA, wherever the text writes it again, is the
    # fund's initials, though a village is spelt alike.
    text = (
        "The Syrian Relief and Aid Fund (SARA) said on Monday that warplanes had struck a "
        "clinic supported by SARA in Saraqib, and a SARA-run bakery in Binnish."
    )
    assert places(text, finder) == ["Saraqib", "Binnish"]
    # Capitals the text defines for nothing stay a place as written.
    text = "Jets struck SARA and Binnish on Monday, the monitor said."
    assert places(text, finder) == ["SARA", "Binnish"]


def test_a_quote_opening_on_what_a_side_would_go_on_doing_tells_no_strike(finder):
    # 'the army would "keep up its strikes on ..."': a vow, its quote opening on the verb.
    text = (
        "Helicopters dropped barrel bombs on Saraqib, a military source said.\n\n"
        "The governor toured the ward in Ariha and met the wounded, saying the air force would "
        '"continue to strike the terrorists wherever they hide."'
    )
    assert places(text, finder) == ["Saraqib"]
    text = (
        "Helicopters dropped barrel bombs on Saraqib, a military source said.\n\n"
        "The governor met the wounded at the hospital in Idlib, saying the jets will "
        "\u201ckeep striking them until the province is free.\u201d"
    )
    assert places(text, finder) == ["Saraqib"]
    # Without the vow's quote the strike a sentence tells is kept.
    text = "Helicopters dropped barrel bombs on Saraqib and Binnish, a military source said."
    assert places(text, finder) == ["Saraqib", "Binnish"]


def test_a_place_given_two_days_apart_is_struck_on_each(finder):
    # "hit X and Y on 2 October and 14 October": two strikes on each place of the run.
    text = "Warplanes hit Kafr Zita and Morek on 2 October and 14 October, activists said."
    found = events(text, finder, date(2016, 11, 10))
    assert sorted((ev.place_as_written, ev.event_date) for ev in found) == [
        ("Kafr Zita", date(2016, 10, 2)),
        ("Kafr Zita", date(2016, 10, 14)),
        ("Morek", date(2016, 10, 2)),
        ("Morek", date(2016, 10, 14)),
    ]
    # Weekdays apart as much ("on Monday and Thursday").
    text = "Warplanes hit Kafr Zita on Monday and Thursday, killing six people."
    found = events(text, finder, date(2016, 11, 10))
    assert [ev.event_date for ev in found] == [date(2016, 11, 7), date(2016, 11, 10)]
    # Two days next to each other are a window's ends, dated by the last.
    text = "Jets bombed Kafr Zita on Tuesday and Wednesday, activists said."
    (ev,) = events(text, finder, date(2016, 11, 10))
    assert (ev.event_date, ev.time_precision) == (date(2016, 11, 9), "window")


def test_days_counted_after_that_night_count_from_the_day_told_before(finder):
    # "Two days after that night, the jets hit Y": two days on from the night told before, not
    # that night itself.
    text = (
        "On 4 February, helicopters dropped barrel bombs on Nawa. Two days after that night, "
        "the jets hit Inkhil. Three days before that day, jets had struck Jasim."
    )
    found = events(text, finder, date(2016, 2, 10))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Nawa", date(2016, 2, 4)),
        ("Inkhil", date(2016, 2, 6)),
        ("Jasim", date(2016, 2, 3)),
    ]
    # "That night" alone is the night told before.
    text = "On 4 February, helicopters bombed Nawa. That night, the jets hit Inkhil."
    found = events(text, finder, date(2016, 2, 10))
    assert [ev.event_date for ev in found] == [date(2016, 2, 4), date(2016, 2, 4)]


# -- blind236 ---


def test_aircraft_believed_to_be_of_two_air_forces_are_unknown(finder):
    # "jets thought to be both X and Y": two air forces named together tell no single striker.
    for text in (
        "Jets thought to be both Russian and Syrian bombed Tafas on Friday, activists said.",
        "Warplanes, believed to be Syrian and Russian, struck Jasim on Friday, residents said.",
        "Aircraft said to be both Syrian and Russian hit Nawa on Friday, activists said.",
    ):
        assert [ev.actor for ev in events(text, finder, date(2016, 2, 13))] == ["unknown"], text
    # Believed to be of one air force only, the aircraft stay that force's.
    text = "Jets thought to be Russian bombed Tafas on Friday, activists said."
    assert [ev.actor for ev in events(text, finder, date(2016, 2, 13))] == ["russia"]


def test_a_place_name_a_speaker_gave_as_his_name_is_a_person(finder):
    # "A commander, who gave his name as X, said jets struck Y": X is the name he goes by.
    for text in (
        "A rebel fighter, who gave his name as Abu Kamal, said jets struck a clinic in Sarmin "
        "on Monday.",
        "A nurse who gave only her first name as Abu Kamal said jets struck a clinic in "
        "Sarmin on Monday.",
        "One resident, who identified himself only as Abu Kamal, said jets struck a clinic in "
        "Sarmin on Monday.",
    ):
        assert places(text, finder) == ["Sarmin"], text
    # A place after "gave" that is no name given stays a place.
    text = "Jets struck Abu Kamal on Monday, and the monitor gave the toll as 12."
    assert places(text, finder) == ["Abu Kamal"]


def test_a_claim_that_does_not_correspond_to_reality_is_no_strike(finder):
    # A ministry's verdict on a claim: "Information ... about strikes on X does not
    # correspond to reality" tells no strike on X.
    for text in (
        "Information published by some outlets about strikes of Russian jets on a school in "
        "the settlement of Sarmin does not correspond to reality.",
        "Reports in Western media about air raids on the market of Sarmin do not correspond "
        "to the facts, the ministry said.",
    ):
        assert places(text, finder) == [], text
    # A strike told, then a verdict on something else, stays a strike.
    text = (
        "Jets struck Sarmin on Monday. Information about the number of dead does not "
        "correspond to reality, the ministry said."
    )
    assert places(text, finder) == ["Sarmin"]


def test_the_hospital_the_wounded_were_driven_to_is_not_struck(finder):
    # "wounding two X who were driven to a hospital in Y": where the wounded were cared for.
    for text in (
        "Jets struck a school in Sarmin on Monday, wounding three teachers who were driven to "
        "a hospital in Binnish.",
        "Jets struck a school in Sarmin on Monday; the injured were flown to a hospital in "
        "Binnish.",
        "Jets struck a school in Sarmin on Monday, injuring four pupils, who were ferried to "
        "a clinic in Binnish.",
    ):
        assert places(text, finder) == ["Sarmin"], text
    # Places struck after the wounding stay struck.
    text = "Jets struck Sarmin on Monday, wounding five, and then hit Binnish."
    assert places(text, finder) == ["Sarmin", "Binnish"]


def test_the_far_end_of_a_road_that_links_a_town_with_it_is_not_struck(finder):
    # "the road that links the town with X": X is where the road leads, not a struck place.
    for text in (
        "Jets struck Sarmin on Monday, and the army hopes to reach the highway that links the "
        "town with Binnish.",
        "Jets struck Sarmin on Monday, near the road that connects the town to Binnish.",
    ):
        assert places(text, finder) == ["Sarmin"], text
    # A place struck after "links" with no road's end before it stays struck.
    text = "Jets struck the bridge that links the two banks and then hit Binnish on Monday."
    assert places(text, finder) == ["Binnish"]


# -- blind235 ---


def test_wounds_from_a_strike_on_a_place_days_ago_keep_that_strike(finder):
    # "died of wounds he sustained in an airstrike on X three days ago": the earlier strike,
    # on the day counted back, as "... on X on Friday" is.
    for text, place, day in (
        (
            "A boy died on Monday of wounds he sustained in an air raid on the town of Kafr "
            "Zita three days ago.",
            "Kafr Zita",
            date(2016, 2, 5),
        ),
        (
            "Two women died of injuries they received in the airstrikes on Khan Shaykhun 2 "
            "days ago, the monitor said.",
            "Khan Shaykhun",
            date(2016, 2, 6),
        ),
    ):
        found = events(text, finder, date(2016, 2, 8))
        assert [(ev.place_as_written, ev.event_date) for ev in found] == [(place, day)], text
    # Wounds from shelling are no strike, whatever day is told after.
    text = "A girl died of wounds she sustained in the shelling of Kafr Zita two days ago."
    assert events(text, finder, date(2016, 2, 8)) == []


def test_a_place_hit_by_a_missile_of_the_ground_is_no_place_struck(finder):
    # "..., while X was hit by a surface-to-surface missile fired by regime forces": a
    # missile or rocket of the ground, named as such or by who fired it, after the aircraft.
    for text in (
        "Jets raided Kafr Zita on Monday, while Khan Shaykhun was hit by two ground-to-ground "
        "rockets.",
        "Helicopters bombed Kafr Zita on Monday, while the village of Khan Shaykhun was struck "
        "by a surface-to-surface missile.",
        "Warplanes struck Kafr Zita at dawn, while Khan Shaykhun was hit by a rocket fired by "
        "government troops.",
    ):
        found = events(text, finder, date(2016, 2, 8))
        assert [ev.place_as_written for ev in found] == ["Kafr Zita"], text
    # A missile fired by aircraft stays a strike.
    text = (
        "Jets raided Kafr Zita on Monday, while Khan Shaykhun was hit by a missile fired by a jet."
    )
    found = events(text, finder, date(2016, 2, 8))
    assert [ev.place_as_written for ev in found] == ["Kafr Zita", "Khan Shaykhun"]


def test_a_street_named_after_a_place_is_not_that_place(finder):
    # "on the X street", "al-X street": a town's street bearing a place's or a day's name.
    for text in (
        "Jets hit shops on al-Thawra street in Saraqib on Friday.",
        "On Friday warplanes struck the market of Saraqib and houses on the Aleppo street.",
    ):
        found = events(text, finder, date(2016, 2, 8))
        assert [ev.place_as_written for ev in found] == ["Saraqib"], text
    # A street of the town struck, the town named after it, stays the town.
    text = "On Friday warplanes struck a street in Binnish."
    assert [ev.place_as_written for ev in events(text, finder, date(2016, 2, 8))] == ["Binnish"]


def test_strikes_stepped_up_on_a_place_over_a_span_tell_the_campaigns_course(finder):
    # "have stepped up attacks on X since the truce collapsed": the rate of strikes raised
    # over a span, as "an escalation of raids on X in recent weeks" is; no strike of a day.
    for text in (
        "Government jets have stepped up attacks on Kafr Zita since the truce collapsed.",
        "Russia has intensified its air strikes on Khan Shaykhun in recent weeks, residents say.",
    ):
        assert events(text, finder, date(2016, 2, 8)) == [], text
    # Raised on a day, or with a toll of a day, they are that day's strikes.
    for text in (
        "Government jets stepped up their raids on Kafr Zita on Friday.",
        "Government jets have intensified their raids on Kafr Zita, killing six on Friday.",
    ):
        found = events(text, finder, date(2016, 2, 8))
        assert [(ev.place_as_written, ev.event_date) for ev in found] == [
            ("Kafr Zita", date(2016, 2, 5))
        ], text


def test_the_firers_of_a_ground_missile_clause_are_not_whose_aircraft_struck(finder):
    # "Warplanes struck X, while Y was hit by a surface-to-surface missile fired by regime
    # forces": the clause's firers are the ground's; the warplanes stay unnamed.
    for text in (
        "Warplanes raided Kafr Zita on Monday, while Khan Shaykhun was hit by a "
        "surface-to-surface missile fired by regime forces.",
        "Jets bombed Kafr Zita on Monday, while Khan Shaykhun was hit by a rocket fired by "
        "government troops.",
    ):
        assert [ev.actor for ev in events(text, finder, date(2016, 2, 8))] == ["unknown"], text
    # The aircraft's own side named before the clause keeps it.
    text = (
        "Regime warplanes raided Kafr Zita on Monday, while Khan Shaykhun was hit by a rocket "
        "fired by rebels."
    )
    assert [ev.actor for ev in events(text, finder, date(2016, 2, 8))] == ["regime"]


# -- blind238 ---


def test_where_a_speaker_grew_up_is_his_home_not_a_struck_place(finder):
    # "said Dr. X, who grew up in Y": where someone was raised is his home, as where he was
    # born is; the strike stays at the place the sentence names struck.
    for text in (
        "Jets bombed a school in Douma on Monday, said Dr. Samer, who grew up in Harasta.",
        "Jets bombed a school in Douma on Monday, said the nurse, who was raised in Harasta.",
    ):
        found = events(text, finder, date(2016, 1, 12))
        assert [(ev.place_as_written, ev.event_date) for ev in found] == [
            ("Douma", date(2016, 1, 11))
        ], text
    # A town that "grew up around" a road is no person's home: struck as it was.
    text = (
        "Jets struck a market in Douma and the town of Harasta, which grew up around the old "
        "road, on Monday."
    )
    assert places(text, finder, date(2016, 1, 12)) == ["Douma", "Harasta"]


def test_a_region_s_lead_killing_scores_is_shared_out_among_its_towns(finder):
    # "..., killing scores of terrorists" in a lead on a region, then the towns struck in it
    # that day in the same voice: "scores" counts the dead as "dozens" does, and the towns
    # carry the strikes and the lead's target.
    text = (
        "Damascus, SANA – Army units, in cooperation with the air force, carried out on "
        "Thursday operations against the dens of Jaish al-Islam terrorists in Eastern Ghouta, "
        "killing scores of terrorists and destroying their equipment.\n\n"
        "A military source told SANA that the air force struck the gatherings of terrorists "
        "in Zamalka and Arbin."
    )
    found = events(text, finder, date(2016, 7, 14))
    assert [(ev.place_as_written, ev.event_date, ev.claimed_target) for ev in found] == [
        ("Zamalka", date(2016, 7, 14), "rebels"),
        ("Arbin", date(2016, 7, 14), "rebels"),
    ]
    # Towns of another governorate leave the region its own strike.
    text = text.replace("Zamalka and Arbin", "Saraqib and Binnish")
    assert places(text, finder, date(2016, 7, 14)) == ["Eastern Ghouta", "Saraqib", "Binnish"]


def test_what_a_struck_place_faces_is_no_place_struck(finder):
    # "the farmland on the western edge of X, facing Y": Y is what the struck ground faces
    # across the lines, as a front or a balcony faces a place; only X was struck.
    for text in (
        "On Friday, warplanes launched nine raids on the farmland on the western edge of "
        "Darayya, facing Moadamiya, burning the wheat crops.",
        "Warplanes struck the hills of Darayya facing Moadamiya on Friday.",
    ):
        found = events(text, finder, date(2016, 6, 11))
        assert [(ev.place_as_written, ev.event_date) for ev in found] == [
            ("Darayya", date(2016, 6, 10))
        ], text
    # A place struck that is "facing" hardship stays struck; "opposite X" stays beside X.
    assert places("Warplanes struck Moadamiya on Friday, facing no resistance.", finder) == [
        "Moadamiya"
    ]
    found = events("Warplanes struck the farms opposite Moadamiya on Friday.", finder)
    assert [(ev.place_as_written, ev.place_relation) for ev in found] == [("Moadamiya", "near")]


def test_a_report_s_one_barrel_bomb_line_names_no_side_for_its_other_strikes(finder):
    # "barrel bombs were dropped on X", the report's only word on any side, beside "an air
    # strike reportedly hit Y": the weapon tells whose X's strike was, not whose Y's was.
    text = (
        "• On 16 May, an air strike reportedly hit a school in Kafr Batna.\n"
        "• On 17 May, local sources reported that barrel bombs were dropped on Marj al-Sultan."
    )
    found = events(text, finder, date(2016, 5, 18))
    assert [(ev.place_as_written, ev.actor) for ev in found] == [
        ("Kafr Batna", "unknown"),
        ("Marj al-Sultan", "regime"),
    ]
    # The helicopter that dropped them named: the report's strikes are the regime's.
    for dropped in (
        "barrel bombs dropped by a helicopter landed on",
        "a helicopter dropped barrel bombs on",
    ):
        found = events(
            text.replace("barrel bombs were dropped on", dropped), finder, date(2016, 5, 18)
        )
        assert [(ev.place_as_written, ev.actor) for ev in found] == [
            ("Kafr Batna", "regime"),
            ("Marj al-Sultan", "regime"),
        ], dropped


def test_a_speaker_s_remit_and_home_after_his_quote_are_no_places_struck(finder):
    # '"...," said Dr. X, the charity's coordinator for the Y, who grew up in Z': the area he
    # works for and the town he grew up in describe the speaker, not where a strike fell.
    text = (
        '"Our colleagues treat patients under roofs that are being bombed," said Dr. Samer, '
        "the charity's medical coordinator for the Ghouta, who grew up in Harasta."
    )
    assert events(text, finder, date(2016, 1, 12)) == []
    text = "Jets bombed a school in Douma on Monday, said Dr. Samer, the coordinator for Saqba."
    assert places(text, finder, date(2016, 1, 12)) == ["Douma"]
    # The coordinator's own office struck in a town stays that town's strike.
    text = "Jets struck the office of the charity's coordinator in Douma on Monday."
    assert places(text, finder, date(2016, 1, 12)) == ["Douma"]


# -- blind237 ---


def test_a_citizens_network_speaks_as_activists(finder):
    # "a local citizen network's English page", "the citizens' media network said": a network
    # of citizens, named so without the journalism, is the activists' voice, as a citizen
    # journalism network is, in a page's source line or in a sentence.
    post = (
        "Hajin | 10:15\nUnidentified warplanes struck the industrial area of Hajin at noon, "
        "wounding two civilians, our network's team reports."
    )
    for text, source in (
        (post, "written for strikemap (a local citizen network's English page)"),
        ("Unidentified warplanes struck Hajin on Monday, the citizens' media network said.", None),
        ("Unidentified warplanes struck Hajin on Monday, a local citizen network said.", None),
    ):
        doc = Document("t", "t.txt", text, date(2016, 11, 27), source=source)
        found = extract_events(doc, finder)
        assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Hajin", "activists")]
    # A news network's own page stays the reporter's.
    source = "written for strikemap (a news network's page)"
    doc = Document("t", "t.txt", post, date(2016, 11, 27), source=source)
    assert [ev.claimant for ev in extract_events(doc, finder)] == ["reporter"]


def test_the_place_a_last_town_held_by_a_side_is_told_before_is_not_struck(finder):
    # "outside X, the last town held by the group before Y": who holds the town may come
    # between its kind and "before"; Y is still what X is told against along the way.
    for text in (
        "Jets bombed a convoy outside Khan Shaykhun, the last town held by the rebels before "
        "Morek, on Monday, killing six drivers.",
        "Jets bombed Khan Shaykhun, the first town in rebel hands on the road to Morek, on Monday.",
    ):
        found = events(text, finder, date(2016, 2, 10))
        assert [ev.place_as_written for ev in found] == ["Khan Shaykhun"], text
    # A town held by a side, and another place joined after it, are both struck.
    text = "Jets bombed Khan Shaykhun, a town held by the rebels, and Morek on Monday."
    assert places(text, finder) == ["Khan Shaykhun", "Morek"]


def test_the_place_of_a_funeral_held_or_attended_is_not_struck(finder):
    # "Hundreds attended the funeral in X of three brothers killed in a strike on Y", "the
    # funerals were held in X": where the dead were mourned, not where they were killed.
    for text in (
        "Hundreds attended the funeral in Kafr Zita of three brothers who were killed in "
        "Thursday's air strike on Khan Shaykhun.",
        "The funerals of the victims were held in Kafr Zita on Friday, a day after jets struck "
        "Khan Shaykhun.",
    ):
        found = events(text, finder, date(2016, 2, 8))
        assert [(ev.place_as_written, ev.event_date) for ev in found] == [
            ("Khan Shaykhun", date(2016, 2, 4))
        ], text
    # A funeral struck, or mourners struck at it, stays the place struck.
    for text in (
        "Jets struck a funeral in Kafr Zita on Thursday.",
        "An air strike on a funeral in Kafr Zita killed 12 on Thursday.",
        "Jets struck mourners attending a funeral in Kafr Zita on Thursday.",
    ):
        assert places(text, finder, date(2016, 2, 8)) == ["Kafr Zita"], text


def test_aircraft_witnesses_took_for_syrian_ones_are_the_regimes(finder):
    # "jets the drivers took for Syrian ones", "planes that residents took to be Syrian": the
    # witnesses' belief names the regime, as "believed to be Syrian" does, and the aircraft's
    # word may open the sentence, after Russian jets told before.
    for text in (
        "Russian jets bombed Arak on Sunday. Jets the drivers took for Syrian ones hit Kabajeb "
        "on Monday.",
        "Russian jets bombed Arak on Sunday. Jets believed to be Syrian hit Kabajeb on Monday.",
        "Russian jets bombed Arak on Sunday. Planes that residents took to be Syrian hit "
        "Kabajeb on Monday.",
    ):
        found = events(text, finder, date(2016, 11, 6))
        assert [(ev.place_as_written, ev.actor) for ev in found] == [
            ("Arak", "russia"),
            ("Kabajeb", "regime"),
        ], text
    # Jets a speaker believes of two air forces stay unknown.
    text = "Jets believed to be Syrian and Russian hit Kabajeb on Monday."
    assert [ev.actor for ev in events(text, finder, date(2016, 11, 6))] == ["unknown"]


def test_the_observatory_named_with_a_ministrys_scorn_is_the_observatory(finder):
    # "Reports of the so-called Observatory about strikes ... on X on Tuesday are a
    # fabrication": the claim judged false but dated stays the monitor's, as with "the
    # so-called Syrian Observatory".
    for text in (
        "Reports of the so-called Observatory about strikes of Russian aircraft on a market in "
        "Kafr Zita on Tuesday are a fabrication.",
        "Reports by the self-styled Observatory that Russian aircraft struck a market in Kafr "
        "Zita on Tuesday are a fabrication.",
    ):
        found = events(text, finder, date(2016, 5, 12))
        assert [(ev.place_as_written, ev.event_date, ev.claimant) for ev in found] == [
            ("Kafr Zita", date(2016, 5, 10), "sohr")
        ], text
    # An observatory of another kind, in lower case, is no monitor.
    text = "The so-called observatory of the militants claims Russian jets struck Kafr Zita."
    assert [ev.claimant for ev in events(text, finder, date(2016, 5, 12))] == ["reporter"]


def test_an_aside_counting_victims_placed_at_one_place_says_nothing_of_another(finder):
    # "raids on X and Y, killing 11 people in Y, among them four children": the children are
    # among Y's dead; X's target is not told.
    text = (
        "Russian jets raided Kafr Zita and Khan Shaykhun, killing 11 people in Khan Shaykhun, "
        "among them four children."
    )
    found = events(text, finder)
    assert [(ev.place_as_written, ev.claimed_target) for ev in found] == [
        ("Kafr Zita", "unspecified"),
        ("Khan Shaykhun", "civilians"),
    ]
    # Victims placed at no place, or at every place of the list, are each place's.
    for text in (
        "Russian jets raided Kafr Zita and Khan Shaykhun, killing 11 people, among them four "
        "children.",
        "Russian jets raided Kafr Zita and Khan Shaykhun, killing 11 people in Kafr Zita and "
        "Khan Shaykhun, among them four children.",
    ):
        found = events(text, finder)
        assert [ev.claimed_target for ev in found] == ["civilians", "civilians"], text


def test_brothers_or_sisters_killed_by_a_count_are_civilians(finder):
    # "three brothers who were killed in Thursday's air strike on X", "killing two sisters":
    # family members killed, as "her three children" are, civilians.
    for text in (
        "Hundreds attended the funeral in Kafr Zita of three brothers who were killed in "
        "Thursday's air strike on Khan Shaykhun.",
        "Three brothers were killed in an air strike on Khan Shaykhun on Thursday.",
        "Jets struck Khan Shaykhun on Thursday, killing two sisters.",
    ):
        found = events(text, finder, date(2016, 2, 8))
        assert [(ev.place_as_written, ev.claimed_target) for ev in found] == [
            ("Khan Shaykhun", "civilians")
        ], text
    # Brothers told as fighters stay fighters.
    text = (
        "Jets struck Khan Shaykhun on Thursday, where three brothers fighting with the rebels "
        "were killed."
    )
    assert [ev.claimed_target for ev in events(text, finder, date(2016, 2, 8))] == ["rebels"]


def test_a_briefings_question_takes_no_day_the_speaker_told_before_it(finder):
    # "Question (X): Can you comment on the statement of the coalition that it struck targets
    # near Y?": the journalist asks of a claim made elsewhere; with no day of its own, it is
    # the briefing's, not the day of the speaker's account before it.
    opening = "Major General Oleg Semenov: Near Deir ez-Zor, on May 10, bombers destroyed a convoy."
    text = (
        opening + "\n\nQuestion (RIA Novosti): Can you comment on the statement of the coalition "
        "that it struck targets near Palmyra?"
    )
    found = events(text, finder, date(2016, 5, 12))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Deir ez-Zor", date(2016, 5, 10)),
        ("Palmyra", date(2016, 5, 12)),
    ]
    # The speaker's own next turn goes on with the day he told.
    text = opening + "\n\nMajor General Oleg Semenov: Bombers also destroyed a depot near Palmyra."
    found = events(text, finder, date(2016, 5, 12))
    assert [ev.event_date for ev in found] == [date(2016, 5, 10), date(2016, 5, 10)]


def test_where_a_convoy_was_going_after_where_it_came_from_is_not_struck(finder):
    # "a convoy ... that was moving from the Syrian-Iraqi border towards X": where the convoy
    # was going, told after where it came from, as "a column heading to X" is.
    text = (
        "Near Deir ez-Zor, on May 10, bombers destroyed a convoy of tanker trucks that was "
        "moving from the Syrian-Iraqi border towards al-Mayadin."
    )
    found = events(text, finder, date(2016, 5, 12))
    assert [(ev.place_as_written, ev.place_relation) for ev in found] == [("Deir ez-Zor", "near")]
    # A place struck after the convoy's way is still struck.
    text = "Bombers destroyed a convoy moving from the border towards al-Mayadin and struck Hajin."
    assert places(text, finder, date(2016, 5, 12)) == ["Hajin"]


# -- the 239th set's families ----------------------------------------------------------


def test_strikes_as_the_subject_of_a_relative_clause_after_a_list_strike_each_place(finder):
    # "families came from X and Y, where air strikes hit residential areas": the strikes, as
    # aircraft are, the clause's subject; every place of the list it closes is struck.
    for text in (
        "Most families came from Nawa and Jasim, where air strikes hit homes on Sunday.",
        "The families fled Nawa and Jasim, where barrel bombs destroyed a school on Sunday.",
    ):
        found = events(text, finder, date(2016, 2, 8))
        assert [(ev.place_as_written, ev.event_date) for ev in found] == [
            ("Nawa", date(2016, 2, 7)),
            ("Jasim", date(2016, 2, 7)),
        ], text
    # Shells in the clause are the ground's: where the families came from stays unstruck.
    text = "Most families came from Nawa and Jasim, where shells hit homes on Sunday."
    assert "Nawa" not in places(text, finder, date(2016, 2, 8))


def test_the_un_refugee_agency_speaks_as_a_rights_group(finder):
    # UNHCR, "the UN refugee agency", and its teams recording what it found speak as the other
    # UN agencies do (UNICEF), not as the reporter.
    for text in (
        "Air strikes hit a school in Nawa on Sunday, the UN refugee agency said.",
        "UNHCR's protection team recorded that air strikes hit homes in Nawa on Sunday.",
    ):
        (ev,) = events(text, finder, date(2016, 2, 8))
        assert (ev.place_as_written, ev.claimant) == ("Nawa", "rights_groups"), text
    # A resident telling the agency keeps his own voice.
    text = "Air strikes hit a school in Nawa on Sunday, a resident told UNHCR."
    assert [ev.claimant for ev in events(text, finder, date(2016, 2, 8))] == ["activists"]


def test_the_direction_of_the_settlement_of_a_place_is_where_an_attack_came_from(finder):
    # "from the direction of the settlement of X": a ministry's word for a town, where the
    # ground's attack came from, as "from the direction of the town of X" is.
    text = (
        "Jets struck Ibta on Monday.\n\nAttacks on the positions of the Syrian army were "
        "carried out from the direction of the settlement of Nawa."
    )
    assert places(text, finder, date(2016, 2, 8)) == ["Ibta"]
    # A strike near the settlement of X stays X's.
    text = "Aircraft destroyed a depot near the settlement of Nawa on Monday."
    assert places(text, finder, date(2016, 2, 8)) == ["Nawa"]


def test_aircraft_whose_side_is_hedged_open_a_clause_after_a_comma(finder):
    # "X, while warplanes believed to be Russian struck the outskirts of Y": aircraft, their
    # side hedged before the verb, are the clause's subject; no apposition describing X.
    for text in (
        "Jets bombed Nawa on Monday, while warplanes believed to be Russian struck the "
        "outskirts of Jasim on Tuesday.",
        "Jets bombed Nawa on Monday, while jets, thought to be Syrian, hit the outskirts of "
        "Jasim on Tuesday.",
    ):
        found = events(text, finder, date(2016, 2, 10))
        assert [(ev.place_as_written, ev.event_date, ev.place_relation) for ev in found] == [
            ("Nawa", date(2016, 2, 8), "in"),
            ("Jasim", date(2016, 2, 9), "near"),
        ], text
    # An apposition after the comma still only locates the place before it.
    assert places("Jets bombed Nawa on Monday, a town north of Jasim.", finder) == ["Nawa"]


def test_a_facility_first_hit_on_a_weekday_is_an_earlier_strike_on_its_place(finder):
    # "The market was first hit on Thursday morning": a weekday is a day of the facility's
    # own, as a calendar day is ("first hit on 2 May"); its place is the one told before.
    text = (
        "Russian jets struck the market in Nawa again on Monday. The market was first hit on "
        "Thursday morning, killing 14 civilians."
    )
    found = events(text, finder, date(2016, 2, 10))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Nawa", date(2016, 2, 8)),
        ("Nawa", date(2016, 2, 4)),
    ]
    # A span with no day of its own ("last week") adds no strike.
    text = (
        "Russian jets struck the market in Nawa again on Monday. The market was first hit last "
        "week, killing 14 civilians."
    )
    assert [ev.event_date for ev in events(text, finder, date(2016, 2, 10))] == [date(2016, 2, 8)]


def test_a_voice_named_in_an_item_stamped_with_its_time_stays_in_that_item(finder):
    # "[07:30] Forwarded from Civil Defence - X: ..." then "[09:30] #Y | A warplane hit ...":
    # each item opened by its clock time in brackets is a unit of its own; the voice of the
    # one above does not carry into the next.
    head = (
        "Free Voice - channel (translated from Arabic)\n\nSunday 7 February 2016\n\n"
        "[21:15] #Nawa | Russian warplanes are now striking the town.\n\n"
        "Monday 8 February 2016\n\n"
    )
    text = head + (
        "[07:30] Forwarded from Civil Defence - Daraa: Our teams pulled two bodies from a house "
        "hit by Russian warplanes in Nawa.\n\n[09:30] #Jasim | A warplane hit a school in Jasim.\n"
    )
    found = events(text, finder, date(2016, 2, 8))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [
        ("Nawa", "reporter"),
        ("Nawa", "civil_defence"),
        ("Jasim", "reporter"),
    ]
    # Within one item the voice goes on.
    text = head + (
        "[07:30] The Civil Defence said two bodies were pulled from a house hit by Russian "
        "warplanes in Nawa. A warplane also hit a school in Jasim.\n\n[09:30] Nothing new.\n"
    )
    found = events(text, finder, date(2016, 2, 8))
    assert [ev.claimant for ev in found if ev.place_as_written == "Jasim"] == ["civil_defence"]


def test_a_local_news_channels_own_posts_speak_as_activists(finder):
    # The source line names a local (or opposition) news channel's posts: every post citing
    # no one is its activists' report, as an activist network's posts are.
    text = (
        "Free Voice - channel (translated from Arabic)\n\nSunday 7 February 2016\n\n"
        "[21:15] #Nawa | Russian warplanes are now striking the town.\n\n"
        "Monday 8 February 2016\n\n[09:30] #Jasim | A warplane hit a school in Jasim.\n"
    )

    def voices(source: str) -> list[str]:
        doc = Document("t", "t.txt", text, date(2016, 2, 8), source=source)
        return [ev.claimant for ev in extract_events(doc, finder)]

    assert voices("a local news channel's posts, translated") == ["activists", "activists"]
    # A broadcaster's channel is no local channel: its posts keep the reporter's voice.
    assert voices("a broadcaster's news channel's live posts") == ["reporter", "reporter"]


def test_refugees_reporting_what_they_fled_speak_as_residents(finder):
    # "Refugees also reported that barrel bombs were dropped on X": people who fled tell what
    # befell their place, as residents do.
    text = "Refugees also reported that barrel bombs were dropped on Nawa on Sunday."
    assert [ev.claimant for ev in events(text, finder, date(2016, 2, 8))] == ["activists"]
    # Refugees only named beside another voice leave it speaking.
    text = "Barrel bombs were dropped on Nawa on Sunday, the agency said, as refugees arrived."
    assert [ev.claimant for ev in events(text, finder, date(2016, 2, 8))] == ["reporter"]


# -- blind240 ---


def test_the_coalition_saying_after_an_aside_on_its_members_speaks_for_itself(finder):
    # "The U.S.-led coalition, of which Turkey is a member, said it carried out one strike near
    # X": the aside tells who belongs to it, as "which has been bombing IS since 2014" tells
    # what it does; the coalition still speaks.
    for text in (
        "The U.S.-led coalition, of which Turkey is a member, said it carried out one strike "
        "near Manbij on Monday.",
        "The coalition, of which Britain is a member, said its jets carried out one strike near "
        "Manbij on Monday.",
    ):
        found = events(text, finder, date(2016, 6, 14))
        assert [(ev.place_as_written, ev.claimant, ev.event_date) for ev in found] == [
            ("Manbij", "coalition", date(2016, 6, 13))
        ], text
    # A member named after a plain comma, with no relative word, is no aside of the coalition.
    text = "Coalition jets, Turkey's among them, struck Manbij on Monday."
    assert [ev.claimant for ev in events(text, finder, date(2016, 6, 14))] == ["reporter"]


def test_what_a_place_would_become_is_no_strike(finder):
    # "ISIS fighters moved their families into houses in X, which people fear will make the
    # area a target": what the move would make of the place, a strike to come, if any.
    opening = "Russian jets struck al-Mishlab yesterday evening.\n\n"
    for text in (
        opening + "ISIS fighters moved their families overnight into houses in al-Rumaila, "
        "which people fear will make the area a target.",
        opening + "Residents fear the fighters' move to al-Rumaila would turn the district into "
        "a target.",
    ):
        found = events(text, finder, date(2016, 1, 13))
        assert [(ev.place_as_written, ev.event_date) for ev in found] == [
            ("al-Mishlab", date(2016, 1, 12))
        ], text
    # A place struck, then told what the strike made of it, is still struck.
    text = "Jets struck al-Rumaila yesterday and made the district a ruin."
    assert places(text, finder, date(2016, 1, 13)) == ["al-Rumaila"]


def test_what_a_side_was_preparing_something_to_attack_is_not_struck(finder):
    # "the gangs were preparing the car bombs to attack the fighters' positions around X":
    # what the car bombs were made ready for, an attack to come, as "preparing to attack" is.
    opening = "Coalition aircraft bombed a car bomb workshop in Khneiz on Sunday night. "
    for text in (
        opening + "He said the gangs were preparing the car bombs to attack the fighters' "
        "positions around Ain Issa.",
        opening + "The militants had prepared a truck bomb to hit the checkpoint near Ain Issa.",
    ):
        found = events(text, finder, date(2016, 2, 2))
        assert [(ev.place_as_written, ev.event_date) for ev in found] == [
            ("Khneiz", date(2016, 1, 31))
        ], text
    # Where the thing prepared was struck is still struck.
    text = "The gangs prepared the car bombs in a workshop that coalition jets struck in Khneiz."
    assert places(text, finder, date(2016, 2, 2)) == ["Khneiz"]


def test_a_side_that_has_been_bombing_a_place_with_no_day_tells_its_campaign(finder):
    # "The Russians, too, have been bombing the Euphrates valley": what a side has been doing,
    # with no day in the sentence, is the campaign's course, no strike of a day.
    for text in (
        "The Russians, too, have been bombing the Euphrates valley.",
        "Russian jets have been bombing Tabqa, killing dozens.",
    ):
        assert places(text, finder, date(2016, 3, 2)) == [], text
    # With a day in the sentence the strikes are that day's.
    for text, day in (
        ("Russian jets have been bombing Tabqa this morning.", date(2016, 3, 2)),
        ("Russian jets have been bombing Tabqa since Sunday.", date(2016, 3, 2)),
    ):
        found = events(text, finder, date(2016, 3, 2))
        assert [(ev.place_as_written, ev.event_date) for ev in found] == [("Tabqa", day)], text


# -- the 241st set: Homs city and the northern Homs countryside ----------------------------


def test_a_statements_title_naming_an_armed_group_gives_the_statement_its_voice(finder):
    # "Statement of the X Operations Room on Y (translated)": the armed group the title names
    # issues the statement, though an opposition site's source line carries it.
    text = "At dawn on Thursday, Russian aircraft bombed the town of Talbiseh, killing four people."
    source = "written for strikemap (a rebel faction's statement as an opposition site carries it)"
    for title in (
        "Statement of the Houla Operations Room on the massacres of the occupier (translated)",
        "Statement by the Northern Homs Front: the crimes of the Russian occupier",
    ):
        for src in (source, None):
            doc = Document("t", "t.txt", text, date(2016, 11, 4), title=title, source=src)
            (ev,) = extract_events(doc, finder)
            assert (ev.place_as_written, ev.claimant) == ("Talbiseh", "rebels"), (title, src)
    # A state's army named so keeps its reading: no rebels.
    for title in (
        "Statement of the Syrian Arab Army on the operations in the Homs countryside",
        "Statement of the Civil Defence on the attacks in the Homs countryside",
    ):
        doc = Document("t", "t.txt", text, date(2016, 11, 4), title=title, source=source)
        (ev,) = extract_events(doc, finder)
        assert ev.claimant != "rebels", title


def test_the_same_day_after_a_strike_dated_by_its_speakers_day_is_that_day(finder):
    # "Its defence ministry said on Monday it had destroyed a depot near X. The Civil Defence
    # says the jets hit a bakery in Y the same day": the strike before is dated only by the day
    # it was said on, and "the same day" points at it, not at a day told earlier.
    opening = (
        "The Observatory said Russian jets struck Talbiseh on Sunday.\n\n"
        "The defence ministry said on Monday it had destroyed an ammunition depot near Kafr Nan. "
    )
    text = opening + "The Civil Defence says the jets hit a bakery in Tasnin the same day."
    found = events(text, finder, date(2016, 12, 8))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Talbiseh", date(2016, 12, 4)),
        ("Kafr Nan", date(2016, 12, 5)),
        ("Tasnin", date(2016, 12, 5)),
    ]
    # A speaker's day before a sentence that tells no strike is not the one pointed at.
    text = (
        "The Observatory said Russian jets struck Talbiseh on Sunday.\n\n"
        "The ministry said on Monday that talks would go on. "
        "The Civil Defence says the jets hit a bakery in Tasnin the same day."
    )
    found = events(text, finder, date(2016, 12, 8))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Talbiseh", date(2016, 12, 4)),
        ("Tasnin", date(2016, 12, 4)),
    ]


def test_victims_of_a_clause_placed_in_one_place_of_a_list_are_that_places(finder):
    # "struck X and Y on Thursday, and in Y a house was flattened, killing a family of five":
    # a clause of its own opened by "in" and a place counts that place's victims, not X's.
    for text in (
        "Russian warplanes struck al-Rastan and Talbiseh on Thursday, and in Talbiseh a house "
        "was flattened, killing a family of five.",
        "Russian warplanes struck al-Rastan and Talbiseh on Thursday; in Talbiseh a house was "
        "flattened, killing a family of five.",
    ):
        found = events(text, finder, date(2015, 10, 16))
        assert [(ev.place_as_written, ev.claimed_target) for ev in found] == [
            ("al-Rastan", "unspecified"),
            ("Talbiseh", "civilians"),
        ], text
    # A toll after the list with no clause of its own, or after "in" a province locating the
    # list, is every place's.
    for text in (
        "Russian warplanes struck al-Rastan and Talbiseh on Thursday, killing a family of five.",
        "Russian warplanes struck al-Rastan and Talbiseh, in Homs province, on Thursday, "
        "killing a family of five.",
    ):
        found = events(text, finder, date(2015, 10, 16))
        assert [
            (ev.place_as_written, ev.claimed_target)
            for ev in found
            if ev.place_as_written != "Homs"
        ] == [("al-Rastan", "civilians"), ("Talbiseh", "civilians")], text
    # "in X and the children's hospital in Y": a list of where the strikes fell, each its own.
    text = (
        "Missiles struck two hospitals within hours, in Talbiseh and the children's hospital "
        "in al-Rastan."
    )
    found = events(text, finder, date(2015, 10, 16))
    assert [(ev.place_as_written, ev.claimed_target) for ev in found] == [
        ("Talbiseh", "civilians"),
        ("al-Rastan", "civilians"),
    ]
    # "X, in the Y hills, had been hit by missiles that destroyed a clinic": the aside locates X.
    text = (
        "Local activists said the village of Kafr Laha, in the Houla hills, had been hit on "
        "Sunday night by missiles that destroyed a clinic."
    )
    found = events(text, finder, date(2015, 10, 16))
    assert [ev.claimed_target for ev in found if ev.place_as_written == "Kafr Laha"] == [
        "civilians"
    ]


def test_the_countryside_by_a_compass_point_from_a_governorates_city_is_the_governorate(finder):
    # "pounded the countryside north of X": the governorate's northern countryside, as "the
    # northern countryside of X" is; the towns struck in it that day carry the strikes.
    text = (
        "For a third day Russian jets have pounded the countryside north of Homs. Activists "
        "said the jets struck Talbiseh this morning."
    )
    assert places(text, finder, date(2015, 10, 16)) == ["Talbiseh"]
    # A spot placed by a compass point from the city is still struck near it.
    text = "Russian jets struck a workshop north of Homs this morning."
    found = events(text, finder, date(2015, 10, 16))
    assert [(ev.place_as_written, ev.place_relation) for ev in found] == [("Homs", "near")]


# -- blind243 ---------------------------------------------------------------------------


def test_an_item_opening_on_a_thing_in_a_place_and_a_colon_is_struck_there(finder):
    # "2. The bakery in X: hit by a strike on Monday, 14 November": a note's item names the
    # thing in its place, then after the colon what struck it.
    text = (
        "Status of the bakeries we support:\n\n"
        "1. The main bakery in al-Sukkari: hit by two air strikes on Monday, 14 November.\n\n"
        "2. The mill in Tariq al-Bab: barrel bombs dropped by helicopters on Tuesday, "
        "15 November, destroyed its roof.\n\n"
        "3. The depot in al-Kallaseh: has received flour from the mill since Tuesday.\n"
    )
    found = events(text, finder, date(2016, 11, 17))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("al-Sukkari", date(2016, 11, 14)),
        ("Tariq al-Bab", date(2016, 11, 15)),
    ]
    assert found[1].actor == "regime"
    # A label in the middle of a line, after words of its own, keeps its old reading.
    text = "We spoke to the manager of the main bakery in al-Sukkari: hit, he said, by nobody."
    assert places(text, finder, date(2016, 11, 17)) == []


def test_aircraft_said_to_have_carried_out_most_of_the_raids_are_their_actor(finder):
    # "It said Russian jets had carried out most of the raids": the strikes the sentence before
    # told, given to the aircraft that carried most or all of them out.
    opening = (
        "Troops tightened the siege on Thursday while warplanes pounded the east, a monitor "
        "said.\n\n"
    )
    closing = (
        "\n\nRescuers said helicopters dropped barrel bombs on al-Sakhour on Thursday morning."
    )
    told = (
        "Air strikes on Wednesday hit a bakery in al-Shaar and a school in Tariq al-Bab, the "
        "Observatory said. It said Russian jets had carried out most of the raids and that two "
        "women were among the dead."
    )
    found = events(opening + told + closing, finder, date(2016, 11, 17))
    assert [(ev.place_as_written, ev.event_date, ev.actor) for ev in found] == [
        ("al-Shaar", date(2016, 11, 16), "russia"),
        ("Tariq al-Bab", date(2016, 11, 16), "russia"),
        ("al-Sakhour", date(2016, 11, 17), "regime"),
    ]
    # Raids elsewhere the jets carried out leave the strikes told before with no air force.
    text = opening + told.replace("most of the raids", "raids elsewhere in the province") + closing
    assert [ev.actor for ev in events(text, finder, date(2016, 11, 17))] == [
        "unknown",
        "unknown",
        "regime",
    ]


# -- blind242 ---


def test_a_statement_titled_by_an_armed_group_speaks_for_it(finder):
    # "Statement of the X Brigades on the battles of Y": the group its title names by its unit
    # word issues the statement, and every line that cites no one is the group's.
    text = "On Sunday, Russian warplanes struck the village of Kabani with more than 20 raids."
    for title in (
        "Statement of the Coastal Brigades on the battles of the mountain (translated)",
        "Statement by the Mountain Front on the regime's attack",
        "Communique from the Sahel Division",
    ):
        doc = Document("t", "t.txt", text, date(2016, 2, 15), title=title)
        found = extract_events(doc, finder)
        assert [(ev.place_as_written, ev.claimant, ev.event_date) for ev in found] == [
            ("Kabani", "rebels", date(2016, 2, 14))
        ], title
    # A state's army named so is no armed group of the ground; a title naming no unit word
    # keeps the report's own voice.
    for title in (
        "Statement by the Syrian Arab Army on the battles of the mountain",
        "Statement of the Coastal Committee on the battles of the mountain",
    ):
        doc = Document("t", "t.txt", text, date(2016, 2, 15), title=title)
        assert [ev.claimant for ev in extract_events(doc, finder)] != ["rebels"], title


def test_information_on_strikes_judged_false_tells_no_strike(finder):
    # "Information published by certain media on the alleged strikes on civilian objects in the
    # settlement of X does not correspond to reality": the claim was on the strikes, as
    # "information about strikes on X" is, and the ministry's verdict tells no strike on X.
    opening = "Near the settlement of Kabani, aircraft engaged a fortified area. "
    for text in (
        opening + "Information published by certain media on the alleged strikes on civilian "
        "objects in the settlement of Yamadi does not correspond to reality.",
        opening + "Reports regarding strikes on a school in Yamadi are false.",
    ):
        found = events(text, finder, date(2016, 1, 25))
        assert [(ev.place_as_written, ev.event_date) for ev in found] == [
            ("Kabani", date(2016, 1, 25))
        ], text
    # Information on strikes with no verdict on it is still the strikes' report.
    text = "Information on Russian strikes on Yamadi came from activists on Sunday."
    assert places(text, finder, date(2016, 1, 25)) == ["Yamadi"]


def test_a_region_after_a_village_and_its_surroundings_only_locates_it(finder):
    # "raids on areas in X village and its surroundings in Jabal al-Akrad": the kind of place
    # written after its name, the region still only says where the village and its
    # surroundings lie, as it does after "X and its surroundings".
    for text in (
        "Warplanes carried out 12 raids this morning on areas in Kabani village and its "
        "surroundings in Jabal al-Akrad.",
        "Warplanes carried out raids this morning on Kabani town and its outskirts in Jabal "
        "al-Akrad.",
    ):
        found = events(text, finder, date(2016, 4, 20))
        assert [(ev.place_as_written, ev.event_date) for ev in found] == [
            ("Kabani", date(2016, 4, 20))
        ], text
    # A region joined to the village by "and" alone is one more place struck.
    text = "Warplanes carried out raids this morning on Kabani village and Jabal al-Akrad."
    assert places(text, finder, date(2016, 4, 20)) == ["Kabani", "Jabal al-Akrad"]


def test_aircraft_of_either_of_two_air_forces_are_unknown(finder):
    # "The strike was carried out either by Russian or by Syrian government aircraft": the
    # speaker names two air forces as alternatives, neither the striker, as two named
    # together ("Syrian and Russian jets") are, though the report names Russia elsewhere.
    denial = " The Russian Defence Ministry denied that its aircraft had struck the school."
    for second in (
        "The strike was carried out either by Russian or by Syrian government aircraft.",
        "The bombs were dropped by either Syrian or Russian jets, the group said.",
        "It was either regime or Russian aircraft, the only two air forces flying there.",
    ):
        text = "Aircraft attacked a school in Kabani on Tuesday, the group found. " + second
        found = events(text + denial, finder, date(2016, 10, 28))
        assert [(ev.place_as_written, ev.actor, ev.event_date) for ev in found] == [
            ("Kabani", "unknown", date(2016, 10, 25))
        ], second
    # One air force named as the alternative to a thing that is no aircraft keeps its actor.
    text = (
        "Aircraft attacked a school in Kabani on Tuesday, the group found. The strike was "
        "carried out either by Russian jets or by rebel shells, it said." + denial
    )
    assert [ev.actor for ev in events(text, finder, date(2016, 10, 28))] == ["russia"]


def test_a_region_named_by_its_governorates_possessive_only_locates_a_village(finder):
    # "the village of X, in Idlib's Jabal al-Zawiya area": the region after the village,
    # named with its governorate's possessive, still only says where the village lies, as
    # "X, in the Jabal al-Zawiya area" does.
    for text in (
        "Aircraft attacked a school in the village of Hass, in Idlib's Jabal al-Zawiya area, "
        "on Oct. 26.",
        "Warplanes struck Hass in Idlib's Jabal al-Zawiya on Oct. 26.",
    ):
        found = events(text, finder, date(2016, 11, 28))
        assert [(ev.place_as_written, ev.event_date) for ev in found] == [
            ("Hass", date(2016, 10, 26))
        ], text
    # The region joined to the village by "and" alone is one more place struck.
    text = "Warplanes struck Hass and Jabal al-Zawiya on Oct. 26."
    assert places(text, finder, date(2016, 11, 28)) == ["Hass", "Jabal al-Zawiya"]


# -- the 245th set's families --------------------------------------------------------


def test_an_outlet_town_named_after_the_strike_sentence_takes_the_sentence_day(finder):
    # A town's media centre heads its posts, and "the town" of a post points at that town,
    # which the posts name only further down: the sentence's clauses hold no place after it,
    # and the strike keeps the sentence's own day.
    text = (
        "Kafr Zita Media Centre\nMonday 12/12/2016\n\n#Update | 12:30\nYesterday (Sunday) "
        "warplanes struck the town 3 times, wounding 5 civilians.\n\n#Update | 13:05\n"
        "Artillery shells on the road to Kafr Zita, material damage.\n"
    )
    found = events(text, finder, date(2016, 12, 12))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Kafr Zita", date(2016, 12, 11))
    ]


def test_a_count_of_the_targets_by_place_keeps_their_side(finder):
    # "Jets struck 40 targets of ISIL around X." then "According to the statement, 22 of the
    # targets were hit in X, 10 in Y and 8 in Z": a count of the targets counted before, by
    # place, gives every place of the count the side those targets were of.
    opening = "Turkish jets struck 40 targets of ISIL around Qabasin on Monday, the army said. "
    for second in (
        "According to the statement, 22 of the targets were hit in Qabasin, 10 in Tadef and 8 "
        "in Hazwan.",
        "12 of the targets were hit in Tadef and 8 in Hazwan.",
    ):
        found = events(opening + second, finder, date(2016, 12, 20))
        assert {ev.place_as_written: ev.claimed_target for ev in found} | {"Qabasin": "isis"} == {
            "Qabasin": "isis",
            "Tadef": "isis",
            "Hazwan": "isis",
        }, second
    # A count of people by place is no count of the targets, and keeps its own reading.
    text = opening + "According to the statement, 12 of the wounded were taken to Tadef."
    assert places(text, finder, date(2016, 12, 20)) == ["Qabasin"]


def test_a_place_later_in_a_line_of_a_release_section_on_another_country_lies_there(finder):
    # "Strikes in Iraq" heading a strike release's section, a blank line under it, then
    # "-- Attack aircraft conducted 8 strikes against ISIL in X and Y provinces": the places
    # of the section's lines lie in that country, wherever in the line they come.
    text = (
        "On Aug. 3, coalition military forces conducted 10 strikes against ISIL.\n\n"
        "Strikes in Syria\n\n-- Near Manbij, 2 strikes destroyed an ISIL fighting position.\n\n"
        "Strikes in Iraq\n\n-- Attack and fighter aircraft conducted 8 strikes against ISIL in "
        "Anbar and Nineveh provinces.\n"
    )
    assert places(text, finder, date(2016, 8, 4)) == ["Manbij"]
    # Under the section on Syria, a place later in a line is still struck.
    text = (
        "On Aug. 3, coalition military forces conducted 10 strikes against ISIL.\n\n"
        "Strikes in Syria\n\n-- Attack aircraft conducted 2 strikes against ISIL near Manbij.\n"
    )
    assert places(text, finder, date(2016, 8, 4)) == ["Manbij"]


def test_a_strike_told_again_by_as_was_or_as_did_keeps_the_place_the_sentence_opens_on(finder):
    # "Near X, a camp was destroyed, as was a depot in the area of Y": "as was" (or "as
    # were", "as did") tells a second strike leaving its verb out, so Y is a place of its
    # own strike and the opening X stays the first strike's place.
    opening = "The ministry said its aircraft flew 28 sorties on Tuesday. "
    for second in (
        "Near the settlement of Kafr Nabl, a training camp of the militants was destroyed, as "
        "was a fuel depot of the same group in the area of Saraqib.",
        "Near the settlement of Kafr Nabl, jets struck a column of armoured vehicles, as did "
        "helicopters near Saraqib.",
    ):
        found = events(opening + second, finder, date(2016, 10, 19))
        assert {ev.place_as_written: ev.place_relation for ev in found} == {
            "Kafr Nabl": "near",
            "Saraqib": "near",
        }, second
    # A place told after "as was" with no thing struck is no strike of its own: the opening
    # place still only sets the scene of the strike near the later one.
    text = opening + "Meanwhile, east of Kafr Nabl, jets struck positions near the town of Saraqib."
    assert places(text, finder, date(2016, 10, 19)) == ["Saraqib"]


def test_a_place_the_targets_fighters_were_attacking_is_no_strike_when_the_sentence_opens_on_one(
    finder,
):
    # "Near X, a depot supplying the militants attacking the Y district was destroyed": the
    # strike is told at the place the sentence opens on; Y is what the target's fighters were
    # doing, named in a participle after them.
    opening = "The ministry said its aircraft flew 28 sorties on Tuesday. "
    for second in (
        "Near the settlement of Ariha, a depot of ammunition used to supply the militants "
        "attacking the Saraqib district was destroyed.",
        "In the area of Ariha, aircraft destroyed a base of terrorists besieging Saraqib.",
    ):
        found = events(opening + second, finder, date(2016, 10, 19))
        assert [(ev.place_as_written, ev.place_relation) for ev in found] == [("Ariha", "near")], (
            second
        )
    # With no place opening the sentence, the fighters' ground is where the strike fell.
    text = opening + "Aircraft struck the militants attacking Saraqib."
    assert places(text, finder, date(2016, 10, 19)) == ["Saraqib"]


def test_a_place_abroad_after_a_fronted_place_leaves_it_the_strikes_place(finder):
    # '"In the area of the settlement of X, a depot and two vehicles were eliminated," the
    # spokesman told reporters in Moscow': a place abroad later in the sentence is none the
    # opening X could locate, so X stays the strike's place.
    text = (
        'The ministry said on Tuesday that its aircraft flew 40 sorties. "Near the settlement '
        "of Salma, a jet destroyed a command post. In the area of the settlement of Kinsabba, an "
        'ammunition depot and two armored vehicles were eliminated," a ministry spokesman told '
        "reporters in Moscow."
    )
    assert [(ev.place_as_written, ev.place_relation) for ev in events(text, finder)] == [
        ("Salma", "near"),
        ("Kinsabba", "near"),
    ]
    # A place in Syria later in the sentence is still the one the opening place locates.
    text = (
        "The ministry said on Tuesday that its aircraft flew 40 sorties. Meanwhile, east of "
        "Kinsabba, jets struck positions near the town of Salma."
    )
    assert places(text, finder) == ["Salma"]


def test_speakers_named_as_the_agent_of_their_report_are_where_they_are_not_a_strike(finder):
    # "Jets struck X on Tuesday, as reported by activists in Y": the report's speakers,
    # named after "reported by", are in Y; Y is no place struck.
    for tail in (
        "as reported by activists in Saraqib.",
        "as was reported by local residents in Saraqib.",
    ):
        text = "Russian jets struck a column of militants near Kafr Nabl on Tuesday, " + tail
        assert places(text, finder, date(2016, 10, 27)) == ["Kafr Nabl"], tail
    # A place the report itself tells struck after "reported" is still struck.
    text = "Activists reported that Russian jets struck Kafr Nabl and Saraqib on Tuesday."
    assert places(text, finder, date(2016, 10, 27)) == ["Kafr Nabl", "Saraqib"]


# -- the 246th set's families --------------------------------------------------------


def test_a_bodys_own_sources_in_the_area_speak_as_local_sources(finder):
    # "According to our sources in the area, Russian air strikes hit X": a body's or an outlet's
    # own sources where the strikes fell are local sources, not its own voice.
    for text in (
        "According to our sources in the area, Russian air strikes hit Arak on Sunday.",
        "Russian air strikes hit Arak on Sunday, its sources on the ground said.",
    ):
        found = events(text, finder, date(2016, 12, 13))
        assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Arak", "activists")], text
    # Its sources in the army are no local sources.
    text = "According to our sources in the army, Russian air strikes hit Arak on Sunday."
    assert [ev.claimant for ev in events(text, finder, date(2016, 12, 13))] != ["activists"]


def test_a_centre_that_assesses_a_strike_speaks_as_analysts(finder):
    # "The Center assesses that Russian strikes on X on March 24 aimed to cut ...": a research
    # body naming itself by its kind gives its own judgement, as "ISW assesses" does.
    for text in (
        "The Center assesses that Russian strikes on al-Sukhnah on March 24 aimed to cut the "
        "supply line.",
        "The Institute also assesses that Russian jets struck al-Sukhnah on March 24.",
    ):
        found = events(text, finder, date(2016, 3, 25))
        assert [(ev.place_as_written, ev.claimant) for ev in found] == [
            ("al-Sukhnah", "analysts")
        ], text
    # A centre that reports, not assesses, keeps its old reading.
    text = "The centre reported that Russian jets struck al-Sukhnah on March 24."
    assert [ev.claimant for ev in events(text, finder, date(2016, 3, 25))] != ["analysts"]


def test_raids_around_the_city_of_the_title_are_near_that_city(finder):
    # "Islamic State retakes X" over a story whose paragraph, naming no place, says jets
    # "carried out dozens of raids around the city": the raids are located by the city the
    # story is about, not another place the city locates.
    title = "Islamic State retakes Palmyra despite Russian air strikes"
    lead = "Islamic State fighters swept back into the ancient city of Palmyra on Sunday.\n\n"
    found = _titled(
        title,
        lead + "The Syrian Observatory for Human Rights said Russian warplanes had carried out "
        "dozens of raids around the city overnight Saturday into Sunday.",
        finder,
        date(2016, 12, 11),
    )
    assert [(ev.place_as_written, ev.event_date, ev.place_relation) for ev in found] == [
        ("Palmyra", date(2016, 12, 10), "near")
    ]
    # The heights west of the city are another place the city only locates.
    found = _titled(
        title,
        lead + "The Syrian Observatory for Human Rights said Russian warplanes had struck the "
        "heights west of the city overnight Saturday into Sunday.",
        finder,
        date(2016, 12, 11),
    )
    assert found == []


def test_a_strike_told_as_a_relative_described_it_speaks_as_a_local_account(finder):
    # "Russian jets hit X on the 11th, as his cousin described them on the phone": a relative's
    # or a neighbour's account is a local one, as a resident's is.
    for text in (
        "Russian jets hit the northern edge of Palmyra on the 11th, as his cousin described "
        "them on the phone.",
        "Russian jets hit the northern edge of Palmyra on the 11th, as her neighbours told it.",
    ):
        found = events(text, finder, date(2016, 12, 15))
        assert [(ev.place_as_written, ev.event_date, ev.claimant) for ev in found] == [
            ("Palmyra", date(2016, 12, 11), "activists")
        ], text
    # A relative who only watched tells nothing of his own.
    text = "Russian jets hit the northern edge of Palmyra on the 11th, as his cousin watched."
    assert [ev.claimant for ev in events(text, finder, date(2016, 12, 15))] != ["activists"]


# -- the 247th set's families --------------------------------------------------------


def test_a_week_ago_today_is_the_day_whole_weeks_back(finder):
    # "A week ago today, ... struck X" on a Thursday: the Thursday before, not the writing's
    # own day nor a week's window.
    text = "A week ago today, warplanes struck the hospital in Ariha, killing two nurses."
    found = events(text, finder, date(2016, 10, 27))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [("Ariha", date(2016, 10, 20))]
    text = "Two weeks ago today, helicopters dropped barrel bombs on Sarmin."
    found = events(text, finder, date(2016, 10, 27))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Sarmin", date(2016, 10, 13))
    ]
    # "Today" after a clause of its own keeps the writing's day.
    text = "A week ago the town was quiet; today, warplanes struck the hospital in Ariha."
    found = events(text, finder, date(2016, 10, 27))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [("Ariha", date(2016, 10, 27))]


def test_a_strike_logs_timed_entries_are_strikes_of_their_own_lines(finder):
    # A log of one strike a line, no full stops: "HH:MM | place | aircraft | note". Each
    # line is a strike of its own, its aircraft cell giving the actor; the note's places
    # (where the wounded were taken) are not struck.
    text = (
        "DAILY STRIKE LOG\nDate of strikes: 2016-08-06 (Saturday)\nTimes are local, "
        "24-hour clock, aircraft identified by observers' network\n\n"
        "06:45 | Maarat al-Numan | Russian warplane | 2 missiles on the vegetable market, 3 dead\n"
        "09:10 | Sarmin | helicopter | 2 barrel bombs on the eastern neighbourhood, 5 wounded\n"
        "10:35 | Taftanaz | - | artillery shells fired from al-Foua, material damage\n"
        "15:40 | Kafr Nabl | warplane (unknown) | houses west of the market, 4 wounded taken "
        "to Hass\n"
        "18:05 | Jisr al-Shughour | Russian warplane | near the bakery, bakery stopped work\n"
    )
    found = events(text, finder, date(2016, 8, 7))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Maarat al-Numan", date(2016, 8, 6)),
        ("Sarmin", date(2016, 8, 6)),
        ("Kafr Nabl", date(2016, 8, 6)),
        ("Jisr al-Shughour", date(2016, 8, 6)),
    ]
    assert {ev.place_as_written: ev.actor for ev in found}["Sarmin"] == "regime"
    assert {ev.place_as_written: ev.actor for ev in found}["Jisr al-Shughour"] == "russia"
    # A line of prose opened by a clock time keeps its own reading: the place after its
    # strike word is struck.
    text = "14:20 - Russian jets now hitting Banes and Tal Hadiya, locals say.\n"
    assert places(text, finder, date(2015, 11, 12)) == ["Banes", "Tal Hadiya"]


def test_a_post_headed_by_an_iso_timestamp_takes_its_day(finder):
    # A live blog's posts headed by ISO timestamps ("2016-04-18T21:15Z"), newest first: a
    # post's "this evening" is the day of its own stamp, not the page's.
    text = (
        "All times GMT.\n\n2016-04-19T09:40Z\nActivists say warplanes struck the market in "
        "Kafr Nabl this morning.\n\n2016-04-18T21:15Z\nThe Civil Defence says its centre in "
        "Darkush was hit by two air strikes this evening.\n"
    )
    found = events(text, finder, date(2016, 4, 19))
    assert sorted((ev.place_as_written, ev.event_date) for ev in found) == [
        ("Darkush", date(2016, 4, 18)),
        ("Kafr Nabl", date(2016, 4, 19)),
    ]
    # A date and a clock set apart by a space is read as before; a number run on after a
    # date ("2016-04-18T2") is no timestamp.
    text = "Posted 2016-04-18 21:15 GMT\nWarplanes struck Darkush this evening.\n"
    found = events(text, finder, date(2016, 4, 19))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Darkush", date(2016, 4, 18))
    ]


def test_workers_of_a_place_after_and_open_a_clause_of_their_own(finder):
    # "Air strikes hit the hospital in X, and the health workers of Y are now preparing to
    # evacuate theirs": people of a place opening a clause of their own after ", and", as
    # farmers and residents do; Y is where they work, not a place struck.
    text = (
        "On Thursday air strikes hit the main hospital in Ariha, and the health workers of "
        "Jisr al-Shughour are now preparing to evacuate theirs."
    )
    assert places(text, finder, date(2016, 10, 27)) == ["Ariha"]
    # Without people opening the clause, the second place is struck with the first.
    text = (
        "On Thursday air strikes hit the main hospital in Ariha, and the clinic of "
        "Jisr al-Shughour."
    )
    assert places(text, finder, date(2016, 10, 27)) == ["Ariha", "Jisr al-Shughour"]


def test_strikes_over_the_past_month_are_no_strike_of_a_day(finder):
    # "Over the past month, we have received reports of strikes on markets in X and Y" after
    # a strike of yesterday: a span of a month with no day of its own, as "in recent weeks"
    # is, tells no strike of a day.
    text = (
        "I am horrified by reports that yesterday air strikes hit a bakery in Ariha.\n\n"
        "Over the past month, the United Nations has also received reports of strikes on "
        "markets in Saraqib and Maarat al-Numan; we are working to verify them."
    )
    found = events(text, finder, date(2016, 10, 27))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [("Ariha", date(2016, 10, 26))]
    # A window of a day keeps its strikes, dated by the statement.
    text = (
        "Yesterday air strikes hit a bakery in Ariha.\n\nOver the past 24 hours, jets also "
        "struck markets in Saraqib and Maarat al-Numan."
    )
    found = events(text, finder, date(2016, 10, 27))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Ariha", date(2016, 10, 26)),
        ("Saraqib", date(2016, 10, 27)),
        ("Maarat al-Numan", date(2016, 10, 27)),
    ]


# -- blind248 ---


def test_a_casualty_documentation_network_is_a_rights_group(finder):
    # "the X Casualty Documentation Network documented": a casualty network named with its
    # work (documentation, recording, monitoring) counts and reports as a rights group, as
    # the casualty network named without it does.
    for text in (
        "The Ghouta Casualty Documentation Network documented the killing of four civilians "
        "when government helicopters dropped barrel bombs on Saqba on 14 Oct.",
        "Government helicopters dropped barrel bombs on Saqba on 14 Oct, the Damascus "
        "Victims Recording Network said.",
    ):
        found = events(text, finder, date(2015, 11, 4))
        assert [(ev.place_as_written, ev.claimant) for ev in found] == [
            ("Saqba", "rights_groups")
        ], text
    # A documentation office of a town is a local voice and keeps its reading.
    text = (
        "Government helicopters dropped barrel bombs on Saqba on 14 Oct, the Saqba Martyrs "
        "documentation office said."
    )
    assert [ev.claimant for ev in events(text, finder, date(2015, 11, 4))] == ["activists"]


def test_a_claim_judged_false_with_its_spreader_named_is_no_strike(finder):
    # "Claims by terrorist media of air strikes on X are baseless"; "Information spread by the
    # so-called Observatory for Human Rights about strikes on X does not correspond to
    # reality": who spread the claim, named between the claim and what it is of, leaves it a
    # claim judged false, and a scornful "so-called" denies nothing of its own.
    for text in (
        "Military source: claims by terrorist media of air strikes on residential areas of "
        "Harasta are baseless.",
        "Information spread by the so-called Syrian Observatory for Human Rights about strikes "
        "of Russian aircraft on the settlement of Harasta does not correspond to reality.",
    ):
        assert places(text, finder, date(2016, 3, 12)) == [], text
    # A claim by a named voice that is not judged false stays its strike.
    text = (
        "Reports by local activists of air strikes on residential areas of Harasta on Friday "
        "were confirmed by rescuers."
    )
    assert places(text, finder, date(2016, 3, 12)) == ["Harasta"]


def test_a_window_of_whole_months_takes_the_last_day_of_the_last(finder):
    # "Between August and October, aircraft struck X": a window of whole months, in a
    # quarterly report, ends on the last day of its last month, as a window inside a month
    # ends on its last day.
    for text, published, day in (
        (
            "Between August and October, pro-government aircraft struck Douma almost daily, "
            "according to local activists.",
            date(2016, 11, 21),
            date(2016, 10, 31),
        ),
        (
            "From June to September 2015, regime helicopters dropped barrel bombs on Douma, "
            "activists said.",
            date(2015, 12, 1),
            date(2015, 9, 30),
        ),
    ):
        assert [(ev.place_as_written, ev.event_date) for ev in events(text, finder, published)] == [
            ("Douma", day)
        ], text
    # A window of days of a month keeps its own last day.
    text = "Between 1 and 3 October, aircraft struck Douma, activists said."
    assert [ev.event_date for ev in events(text, finder, date(2016, 11, 21))] == [date(2016, 10, 3)]


def test_a_reports_contacts_on_the_ground_speak_as_activists(finder):
    # "according to the project's contacts in the enclave": the people on the ground a
    # report cites speak as activists, as sources there do.
    for text in (
        "Aircraft struck Douma on 3 October, according to the project's contacts in the enclave.",
        "Aircraft struck Douma on 3 October, according to our contacts inside the town.",
    ):
        found = events(text, finder, date(2016, 11, 21))
        assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Douma", "activists")]
    # A voice named by its name keeps its own reading.
    text = "Aircraft struck Douma on 3 October, according to the Observatory."
    assert [ev.claimant for ev in events(text, finder, date(2016, 11, 21))] == ["sohr"]


def test_strikes_by_forces_loyal_to_the_president_are_the_regimes(finder):
    # "air strikes by forces loyal to Syria's President Bashar al-Assad", as a caption writes
    # them: the president's forces are the regime, as "Assad's forces" are.
    for text in (
        "Rescuers search a site hit by what activists said were air strikes by forces loyal to "
        "Syria's President Bashar al-Assad in Douma, December 13, 2015.",
        "Forces loyal to President Assad dropped bombs on Douma on Sunday, activists said.",
    ):
        found = events(text, finder, date(2015, 12, 16))
        assert [(ev.place_as_written, ev.actor) for ev in found] == [("Douma", "regime")], text
    # Strikes a caption gives to Russia stay Russia's.
    text = (
        "Smoke rises after what activists said were Russian air strikes on Douma, December "
        "15, 2015."
    )
    assert [ev.actor for ev in events(text, finder, date(2015, 12, 16))] == ["russia"]


def test_a_post_opening_on_its_places_hashtag_and_a_colon_is_struck_there(finder):
    # "#X now: Russian warplanes bombed the bridge road at dawn": a local network's post heads
    # its strike with the hashtag of its place and a colon; the strike is the place's.
    for post in (
        "#Raqqa now: Russian warplanes bombed the bridge road and the clock roundabout at dawn, "
        "3 civilians killed",
        "#Raqqa: Russian jets hit the old grain silos in the east of the city, killing 7 civilians",
    ):
        assert places(post + "\n", finder, date(2016, 3, 9)) == ["Raqqa"], post
    # A hashtag heading a post that tells no strike gives none, and one inside a line heads
    # nothing.
    text = "#Raqqa: families leave for Tabqa as bread prices rise\n"
    assert places(text, finder, date(2016, 3, 9)) == []
    text = "Photos shared under #Raqqa: Russian jets over the old grain silos\n"
    assert places(text, finder, date(2016, 3, 9)) == []


# -- the 250th set's families --------------------------------------------------------


def test_a_transcript_turn_labelled_by_a_role_alone_speaks_in_that_roles_voice(finder):
    # "NURSE: ...", "RESCUE WORKER: ...": a role in capitals with no name before it is the
    # speaker's voice, as "X Y, NURSE:" is; "HOST:" stays the programme's own voice.
    intro = "The programme spoke to Saraqib on Thursday.\n\nHOST: What happened yesterday?\n\n"
    strike = "Yesterday Russian jets struck the market in Saraqib, killing four people."
    for label, voice in (("NURSE", "activists"), ("RESCUE WORKER", "civil_defence")):
        (ev,) = events(f"{intro}{label}: {strike}", finder, date(2016, 5, 12))
        assert (ev.place_as_written, ev.event_date, ev.claimant) == (
            "Saraqib",
            date(2016, 5, 11),
            voice,
        ), label
    # A name alone is no role: the turn keeps the page's voice, and so does the host's.
    (ev,) = events(f"{intro}KHALED: {strike}", finder, date(2016, 5, 12))
    assert ev.claimant == "reporter"
    text = f"The programme spoke to Saraqib on Thursday.\n\nHOST: {strike}\n\nNURSE: Smoke."
    (ev,) = events(text, finder, date(2016, 5, 12))
    assert ev.claimant == "reporter"


def test_a_count_of_days_counts_from_the_day_written_in_its_own_clause(finder):
    # "Three days after the truce took effect on 27 February, ...": the written day is the one
    # counted from, not the strike's (2016 is a leap year).
    for text in (
        "Three days after the cessation of hostilities took effect on 27 February 2016, a jet "
        "struck the ambulance point in Saraqib.",
        "Two days after the funeral on 28 February, a jet struck the ambulance point in Saraqib.",
    ):
        (ev,) = events(text, finder, date(2016, 5, 12))
        assert (ev.place_as_written, ev.event_date) == ("Saraqib", date(2016, 3, 1)), text
    # A day set off by a comma after a count of days is the strike's own.
    text = "Two days later, on 27 February, a jet struck the ambulance point in Saraqib."
    (ev,) = events(text, finder, date(2016, 5, 12))
    assert ev.event_date == date(2016, 2, 27)


def test_aircraft_that_came_back_for_a_place_struck_it(finder):
    # "the jets came back for the bakery in X": aircraft coming back for a target struck it,
    # as they do when they "came back to" strike it.
    text = (
        "Russian jets struck the market in Talbiseh on Tuesday. On Thursday the jets came back "
        "for the bakery in Rastan."
    )
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 10, 15))}
    assert dated == {"Talbiseh": date(2016, 10, 11), "Rastan": date(2016, 10, 13)}
    # People who came back for their things struck nothing.
    text = (
        "Russian jets struck the market in Talbiseh on Tuesday. On Thursday the families came "
        "back for their belongings in Rastan."
    )
    assert places(text, finder, date(2016, 10, 15)) == ["Talbiseh"]


def test_weeks_later_counts_on_from_the_strike_told_before(finder):
    # "Two weeks later, jets hit Y": weeks counted on from the day of the strike told before.
    text = (
        "Russian jets struck the market in Talbiseh on 1 October. Two weeks later, jets hit Rastan."
    )
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 10, 30))}
    assert dated == {"Talbiseh": date(2016, 10, 1), "Rastan": date(2016, 10, 15)}
    # A day set off by a comma after the count is the strike's own.
    text = (
        "Russian jets struck the market in Talbiseh on 1 October. Two weeks later, on 16 "
        "October, jets hit Rastan."
    )
    dated = {ev.place_as_written: ev.event_date for ev in events(text, finder, date(2016, 10, 30))}
    assert dated["Rastan"] == date(2016, 10, 16)


def test_witnesses_who_identified_the_aircraft_as_one_sides_name_whose_they_were(finder):
    # "Witnesses identified the aircraft as Russian", a sentence after the strike: whose the
    # aircraft were, as "described the aircraft as" tells it.
    later = "\n\nOn 2 November 2016, a jet of the Syrian Air Force struck the clinic in Halfaya."
    text = (
        "On 6 October 2016, fixed-wing aircraft struck the surgical hospital in Kafr Zita. Two "
        "staff members were killed. Witnesses identified the aircraft as Russian by their "
        f"flight pattern.{later}"
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2017, 1, 20))}
    assert found == {"Kafr Zita": "russia", "Halfaya": "regime"}
    # Witnesses who identified the dead name no aircraft: the report's side stays the actor.
    text = (
        "On 6 October 2016, fixed-wing aircraft struck the surgical hospital in Kafr Zita. Two "
        f"staff members were killed. Witnesses identified the bodies as those of two nurses.{later}"
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2017, 1, 20))}
    assert found == {"Kafr Zita": "regime", "Halfaya": "regime"}


def test_a_place_where_the_raids_were_fewer_is_compared_not_struck(finder):
    # "moved the school to X, where the raids were fewer": strikes told as fewer (rarer, less
    # frequent) somewhere compare places, no strike of a day, after a strike told as much.
    opening = "Jets struck the market in Sarmin on Monday.\n\n"
    for second in (
        "He refused every offer to move the school to Binnish, where the raids were fewer.",
        "Families moved to Binnish, where air strikes were far less frequent.",
    ):
        assert places(opening + second, finder) == ["Sarmin"], second
    # Raids that killed people there are a strike.
    text = opening + "Families moved to Binnish, where the raids killed four people."
    assert places(text, finder) == ["Sarmin", "Binnish"]


def test_the_lines_of_a_list_a_sentence_says_a_body_keeps_speak_in_that_bodys_voice(finder):
    # "What follows is the list the town's media office keeps" then bulleted items: each item
    # is the office's (`activists`), and the paragraph after the list is the page's again.
    text = (
        "People in the province count every raid. What follows is the list the town's media "
        "office keeps.\n\n• 3 January 2016: helicopters drop barrel bombs on Sarmin.\n• 19 March "
        "2016: jets strike the market in Binnish.\n\nOn Tuesday, jets struck the market in "
        "Taftanaz."
    )
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder, date(2016, 11, 26))}
    assert found == {"Sarmin": "activists", "Binnish": "activists", "Taftanaz": "reporter"}
    # A list the page keeps itself is the page's own.
    text = text.replace("the town's media office keeps", "we kept")
    found = {ev.place_as_written: ev.claimant for ev in events(text, finder, date(2016, 11, 26))}
    assert set(found.values()) == {"reporter"}


def test_a_night_of_the_campaign_written_in_full_is_history_only_two_years_back(finder):
    # "On the night of 1 to 2 November 2015", in a submission of January 2017: a night (or a
    # span of days) written in full is dated as a day written in full is, history only two
    # years back in days, not by its calendar year.
    text = (
        "On the night of 1 to 2 November 2015, helicopters dropped two barrel bombs at the "
        "entrance of the clinic in Kafr Nabudah."
    )
    (ev,) = events(text, finder, date(2017, 1, 20))
    assert (ev.place_as_written, ev.event_date) == ("Kafr Nabudah", date(2015, 11, 2))
    # A span before the campaign stays history.
    text = "Between 14 and 17 October 2013, jets struck Kafr Nabudah."
    assert places(text, finder, date(2017, 1, 20)) == []


def test_aircraft_a_speaker_does_not_know_whose_are_unknown(finder):
    # "some plane, I don't know whose, struck X": the speaker says he cannot tell whose the
    # aircraft were, whatever the sentences before named.
    opening = "NURSE: On Monday the helicopters dropped barrel bombs on Talbiseh. "
    text = opening + "And last night some plane, I don't know whose, struck the farms of Rastan."
    found = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2016, 5, 12))}
    assert found == {"Talbiseh": "regime", "Rastan": "unknown"}
    # Not knowing why the aircraft came leaves them the sentences' before.
    text = (
        opening + "And last night the helicopters came again, I don't know why, and struck Rastan."
    )
    found = {ev.place_as_written: ev.actor for ev in events(text, finder, date(2016, 5, 12))}
    assert found == {"Talbiseh": "regime", "Rastan": "regime"}


def test_a_thing_on_a_road_named_after_a_town_is_not_in_the_town(finder):
    # "the grain silos on the X road": a road named after the town it leads to, the silos on
    # it; the town is no place struck.
    text = (
        "Khan Shaykhun has been hit before. On 12 October 2015, Russian jets struck the grain "
        "silos on the Habit road in Khan Shaykhun."
    )
    assert places(text, finder, date(2016, 11, 26)) == ["Khan Shaykhun"]
    # Jets that struck the town itself, on its road, still struck the town.
    text = "On 12 October 2015, Russian jets struck the road in Habit."
    assert places(text, finder, date(2016, 11, 26)) == ["Habit"]


# -- the 249th set's families ------------------------------------------------------------


def test_an_attack_on_a_thing_is_the_air_s_when_a_later_sentence_gives_that_thing_to_the_air(
    finder,
):
    # "A convoy came under attack at X" tells no air: a later sentence naming the same thing
    # (or "the site") with a word of the air says the attack came from the air, and the place
    # is struck on the day the attack was told.
    published = date(2016, 9, 20)
    for later in (
        "Asked whether the convoy was struck from the air, the spokesman would not say.",
        "The raids on the convoy went on for two hours, and only two air forces fly there.",
        "Witnesses said barrel bombs fell on the site within minutes.",
    ):
        text = (
            "A relief convoy of the Red Crescent came under attack yesterday evening at Kafr "
            "Naha as its trucks were unloaded. Twelve drivers were killed, the agency said. "
            "Deliveries in the area have been suspended. " + later
        )
        found = events(text, finder, published)
        assert [(ev.place_as_written, ev.event_date) for ev in found] == [
            ("Kafr Naha", date(2016, 9, 19))
        ], later
        assert found[0].claimed_target == "civilians"
    text = (
        "The charity condemned the attack on its warehouse at Kafr Naha on Monday night, in "
        "which two guards died. Staff said the site was hit from the air."
    )
    assert places(text, finder, published) == ["Kafr Naha"]
    # Named again with no word of the air, the attack stays no strike; nor does a later
    # sentence of the air about another thing make it one.
    for later in (
        "Gunmen looted the convoy before dawn.",
        "Jets struck the town of Babis on Tuesday.",
    ):
        text = (
            "A relief convoy of the Red Crescent came under attack yesterday evening at Kafr "
            "Naha as its trucks were unloaded. Twelve drivers were killed. " + later
        )
        assert "Kafr Naha" not in places(text, finder, published), later


def test_the_voices_that_give_an_attack_on_a_thing_to_the_air_claim_it(finder):
    # The attack's own sentence names no voice: the strike is the claim of the one who tells
    # its air, and each other voice telling it from the air has a row of its own, with its
    # aircraft; a voice denying that aircraft struck the thing adds none.
    text = (
        "An attack on a convoy of 20 trucks at Kafr Naha killed 15 civilians on Monday "
        'evening. "The trucks were struck from the air as they unloaded," the UN\'s '
        "humanitarian chief said. The Syrian Observatory for Human Rights said Syrian or "
        "Russian warplanes carried out the raids on the convoy. The Russian Defence Ministry "
        "said its aircraft had not carried out any strikes on the convoy."
    )
    found = events(text, finder, date(2016, 9, 20))
    assert sorted((ev.place_as_written, ev.claimant, ev.actor) for ev in found) == [
        ("Kafr Naha", "rights_groups", "unknown"),
        ("Kafr Naha", "sohr", "unknown"),
    ]
    assert {ev.event_date for ev in found} == {date(2016, 9, 19)}


def test_bombs_that_fell_again_on_a_place_struck_it(finder):
    # "bombs fell again on X": an adverb of repetition between the verb of falling and its
    # preposition still tells bombs falling on the place.
    published = date(2016, 9, 26)
    for sentence in (
        "On Saturday, bombs fell again on Kafr Naha and on Babis, according to rescuers.",
        "On Saturday, missiles fell once more on Kafr Naha and on Babis, rescuers said.",
    ):
        found = events(sentence, finder, published)
        assert [(ev.place_as_written, ev.event_date) for ev in found] == [
            ("Kafr Naha", date(2016, 9, 24)),
            ("Babis", date(2016, 9, 24)),
        ], sentence
    # Shells that fell again are the ground's, as shells that fell are.
    text = "On Saturday, shells fell again on Kafr Naha, according to rescuers."
    assert places(text, finder, published) == []


def test_a_span_after_a_strike_reaching_the_writing_counts_back_from_it(finder):
    # "Two weeks after the air strike on X, we have assembled ...": a span after the strike
    # whose clause is in the present reaches the writing, so the strike fell that long
    # before it.
    published = date(2016, 10, 3)
    for sentence, day in (
        (
            "Two weeks after the air strike on the aid convoy at Kafr Naha, we have assembled "
            "27 videos into a single timeline.",
            date(2016, 9, 19),
        ),
        (
            "Ten days after the air strike on the market in Kafr Naha, the town is still "
            "burying its dead.",
            date(2016, 9, 23),
        ),
    ):
        found = events(sentence, finder, published)
        assert [(ev.place_as_written, ev.event_date) for ev in found] == [("Kafr Naha", day)], (
            sentence
        )
    # A span after the strike told in the past reaches another past day, not the writing.
    text = "Two weeks after the air strike on the market in Kafr Naha, the army took the town."
    assert [ev.event_date for ev in events(text, finder, published)] != [date(2016, 9, 19)]


def test_a_striker_asked_for_first_and_then_not_known_leaves_the_strikes_unknown(finder):
    # "As to who carried it out, we are not in a position to say": the striker asked for
    # first, the doubt after it, says the report does not know whose aircraft, as "we cannot
    # say who carried it out" does; an air force named elsewhere does not speak for it.
    opening = (
        "A strike hit the market in Kafr Naha on Monday evening, killing 12 people, rescuers "
        "said. A Russian official said Moscow's aircraft had not flown there.\n\n"
    )
    for doubt in (
        "As to who carried it out, we are not in a position to say.",
        "Whose aircraft they were, the charity cannot tell.",
    ):
        found = events(opening + doubt, finder, date(2016, 9, 20))
        assert [(ev.place_as_written, ev.actor) for ev in found] == [("Kafr Naha", "unknown")], (
            doubt
        )
    # The striker asked for, then named, is no doubt.
    text = opening + "As to who carried it out, the rescuers blame Russian jets."
    assert [ev.actor for ev in events(text, finder, date(2016, 9, 20))] == ["russia"]


def test_a_toll_of_another_attack_the_strikes_came_after_is_none_of_theirs(finder):
    # "Strikes hit rebel-held towns on Tuesday, a day after an attack on an aid convoy that
    # killed about 20 people": the toll told after the other attack is that attack's, and
    # gives the towns the next sentence names no civilian victims.
    after = "The Observatory said warplanes struck Kafr Naha and Babis on Tuesday morning."
    text = (
        "Air strikes hit rebel-held towns west of Aleppo on Tuesday, a day after an attack on "
        "an aid convoy that killed about 20 people. " + after
    )
    found = events(text, finder, date(2016, 9, 20))
    assert [(ev.place_as_written, ev.claimed_target) for ev in found] == [
        ("Kafr Naha", "unspecified"),
        ("Babis", "unspecified"),
    ]
    # The strikes' own toll, told before, still makes their places civilian targets.
    text = (
        "Air strikes on two rebel-held towns west of Aleppo killed 14 people on Tuesday. " + after
    )
    found = events(text, finder, date(2016, 9, 20))
    assert [(ev.place_as_written, ev.claimed_target) for ev in found] == [
        ("Kafr Naha", "civilians"),
        ("Babis", "civilians"),
    ]


def test_media_named_by_a_quantity_whose_reports_are_denied_speak_as_media(finder):
    # "denied the reports circulated by some media outlets that the air force targeted X on
    # Monday": the claim, kept for its day, is the outlets', named by a quantity as Western
    # media are named by their side.
    for sentence in (
        "A military source denied on Tuesday the reports circulated by some media outlets that "
        "the Syrian Arab Air Force targeted a convoy in Kafr Naha on Monday evening.",
        "A military source denied on Tuesday the reports of several news sites that the Syrian "
        "Arab Air Force targeted a convoy in Kafr Naha on Monday evening.",
    ):
        found = events(sentence, finder, date(2016, 9, 20))
        assert [(ev.place_as_written, ev.claimant, ev.event_date) for ev in found] == [
            ("Kafr Naha", "media", date(2016, 9, 19))
        ], sentence
    # Outlets named by no quantity keep the old reading.
    text = (
        "A military source denied on Tuesday the reports circulated by outlets that the Syrian "
        "Arab Air Force targeted a convoy in Kafr Naha on Monday evening."
    )
    assert [ev.claimant for ev in events(text, finder, date(2016, 9, 20))] != ["media"]


# -- the 251st set's families -----------------------------------------------------------


def test_a_strike_on_the_armys_positions_claims_no_side(finder):
    # "strikes on the positions of the Syrian army on X, surrounded by ISIS militants": the
    # army's positions are what was hit; the side round them after is not the target.
    for text in (
        "Coalition aircraft carried out four strikes on the positions of the Syrian army on "
        "Jabal Tharda, surrounded by ISIS militants, on Saturday.",
        'Amaq said that "crusader planes struck the positions of the Nusayri army on Jabal '
        'Tharda", after which IS fighters stormed the hills on Saturday.',
        "Coalition jets struck the army's positions on Jabal Tharda on Saturday, which had "
        "held out against ISIS for two years.",
    ):
        found = events(text, finder, date(2016, 9, 17))
        assert [(ev.place_as_written, ev.claimed_target) for ev in found] == [
            ("Jabal Tharda", "unspecified")
        ], text
    # The army's positions the militants attack are their aim: the strike hit the militants.
    text = "Russian jets struck ISIS militants attacking army positions near al-Jafra on Saturday."
    found = events(text, finder, date(2016, 9, 17))
    assert [(ev.place_as_written, ev.claimed_target) for ev in found] == [("al-Jafra", "isis")]


def test_a_meetings_coverage_speaker_speaks_for_his_delegation(finder):
    # "VITALY X (Russian Federation) said that ...": a meetings-coverage summary's speaker,
    # his delegation in brackets at the head of his paragraph, speaks for it, as his turn in
    # the record does.
    text = (
        "The Council met in emergency session.\n\n"
        "VITALY ORLOV (Russian Federation) said that on Saturday coalition aircraft had struck "
        "the positions of the Syrian army on Jabal Tharda.\n\n"
        "MATTHEW RYDER (United Kingdom) said that Russian and Syrian aircraft had bombed the "
        "market of al-Mayadin the evening before, killing 14 civilians.\n\n"
        "Bashar Khalil (Syria) said the air force had struck ISIS in Muhasan on Saturday."
    )
    found = events(text, finder, date(2016, 9, 17))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [
        ("Jabal Tharda", "russian_mod"),
        ("al-Mayadin", "governments"),
        ("Muhasan", "sana"),
    ]
    # A body named with its initials in brackets keeps its own reading.
    text = "The Syrian Observatory (SOHR) said aircraft struck Muhasan on Saturday."
    assert [ev.claimant for ev in events(text, finder, date(2016, 9, 17))] == ["sohr"]


def test_an_airport_aircraft_had_taken_off_from_is_a_launch_site(finder):
    # "had taken off from the X airport": where the aircraft flew from, as "took off from" is.
    text = (
        "Aircraft of the Syrian Arab Air Force had taken off from the Deir ez-Zor airport and "
        "struck ISIS in Muhasan on Saturday."
    )
    found = events(text, finder, date(2016, 9, 17))
    assert [ev.place_as_written for ev in found] == ["Muhasan"]
    # The airport struck stays struck.
    text = "Russian jets struck the Deir ez-Zor airport on Saturday, after ISIS had taken it."
    found = events(text, finder, date(2016, 9, 17))
    assert [ev.place_as_written for ev in found] == ["Deir ez-Zor airport"]


def test_a_bearing_from_a_city_then_the_hills_struck_locates_the_hills(finder):
    # "southeast of X, near the city's airport, on the Y hills": X only orients the finer
    # place the strike fell on, as "southwest of X, near Y" does.
    for text in (
        "Coalition jets struck positions southeast of Deir ez-Zor, on the Jabal Tharda hills, "
        "on Saturday.",
        "Coalition jets struck positions southeast of Deir ez-Zor, near the city's airport, on "
        "the Jabal Tharda hills, on Saturday.",
    ):
        found = events(text, finder, date(2016, 9, 17))
        assert [(ev.place_as_written, ev.place_relation) for ev in found] == [
            ("Jabal Tharda", "in")
        ], text
    # A bearing with no finer place after it keeps the city, near it.
    text = (
        "Coalition jets struck positions southeast of Deir ez-Zor, on Saturday, killing soldiers."
    )
    found = events(text, finder, date(2016, 9, 17))
    assert [(ev.place_as_written, ev.place_relation) for ev in found] == [("Deir ez-Zor", "near")]


def test_districts_of_a_city_named_with_where_it_lies_are_the_districts_named_next(finder):
    # "struck districts of the eastern Syrian city of X" then "the jets hit A and B": the city
    # only locates the districts named next, as "districts of the city of X" does.
    text = (
        "Russian warplanes struck Islamic State-held districts of the eastern Syrian city of "
        "Deir ez-Zor on Monday, a monitoring group said. The Syrian Observatory for Human "
        "Rights said the jets hit al-Huweiqa and al-Sheikh Yassin."
    )
    found = events(text, finder, date(2016, 4, 11))
    assert [ev.place_as_written for ev in found] == ["al-Huweiqa", "al-Sheikh Yassin"]
    # With no district named next, the city is the struck place.
    text = (
        "Russian warplanes struck Islamic State-held districts of the eastern Syrian city of "
        "Deir ez-Zor on Monday, a monitoring group said."
    )
    found = events(text, finder, date(2016, 4, 11))
    assert [ev.place_as_written for ev in found] == ["Deir ez-Zor"]


def test_a_sentence_pointing_the_reader_to_other_pages_tells_no_strike(finder):
    # "For more on the coalition's strikes in X, see the daily strike releases.": what other
    # pages tell, no strike of the report's own.
    text = (
        "Coalition aircraft struck Daesh near al-Bukamal on Saturday. For more on the "
        "coalition's strikes in Raqqa province, see the daily strike releases."
    )
    found = events(text, finder, date(2016, 9, 17))
    assert [ev.place_as_written for ev in found] == ["al-Bukamal"]
    # A sentence opening on the same words that tells a strike keeps it.
    text = "For more on the strikes, Russian jets struck Raqqa on Saturday."
    assert [ev.place_as_written for ev in events(text, finder, date(2016, 9, 17))] == ["Raqqa"]


def test_who_besieges_a_place_set_off_before_its_locating_cue(finder):
    # "the X hills, surrounded by ISIS militants, in the vicinity of the Y airport": the aside
    # says who besieges the place struck; Y only locates it.
    for text in (
        "On Saturday coalition aircraft struck the Jabal Tharda hills, surrounded by ISIS "
        "militants, in the vicinity of the Deir ez-Zor airport.",
        "On Saturday jets struck the Jabal Tharda hills, held by ISIS fighters, near Deir ez-Zor.",
    ):
        found = events(text, finder, date(2016, 9, 17))
        assert [ev.place_as_written for ev in found] == ["Jabal Tharda"], text
    # With no place named before the aside, the cue's place is where the strike was close to.
    text = "On Saturday jets struck army posts, surrounded by ISIS militants, near Deir ez-Zor."
    found = events(text, finder, date(2016, 9, 17))
    assert [(ev.place_as_written, ev.place_relation) for ev in found] == [("Deir ez-Zor", "near")]


def test_a_post_headed_by_its_place_hashtag_and_time_strikes_that_place(finder):
    # "#X | 08:20" on a line of its own, then "... dropped barrel bombs on the town": the
    # heading names the post's place, which "the town" and "the city" of its post point at.
    text = (
        "Monday 8/2/2016\n\n"
        "#Saraqib | 08:20\n"
        "Regime helicopters dropped 3 barrel bombs on the town at dawn, no casualties so far.\n\n"
        "#Binnish | Sunday 7 February 2016 | 11:05\n"
        "Yesterday Russian jets struck the city twice, wounding 4 civilians.\n"
    )
    found = events(text, finder, date(2016, 2, 8))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Saraqib", date(2016, 2, 8)),
        ("Binnish", date(2016, 2, 7)),
    ]
    # A post on the heading's own line is filed under the tag: its own places are struck.
    text = "#Idlib | 8/2 | Russian jets struck the town of Sarmin this morning, 3 wounded.\n"
    assert [ev.place_as_written for ev in events(text, finder, date(2016, 2, 8))] == ["Sarmin"]
    # A heading is no strike of its own: a post telling none strikes nothing.
    text = "#Saraqib | 08:20\nThe market reopened this morning after a week of calm.\n"
    assert events(text, finder, date(2016, 2, 8)) == []


def test_nights_counted_back_and_a_weekday_with_its_date_in_brackets(finder):
    # "two nights ago": the night of the day two days before the writing, as "two days ago".
    found = events(
        "Two nights ago Russian jets struck Talbiseh, activists said.", finder, date(2015, 10, 14)
    )
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Talbiseh", date(2015, 10, 12))
    ]
    # "on Wednesday (Oct. 7)": the weekday and the date in brackets are one day, the date's.
    text = "Russian jets struck Talbiseh on Wednesday (Oct. 7), activists said."
    found = events(text, finder, date(2015, 10, 14))
    assert [ev.event_date for ev in found] == [date(2015, 10, 7)]
    # A weekday alone still counts back from the writing; brackets after it that hold no
    # date change nothing.
    text = "Russian jets struck Talbiseh on Wednesday (local time), activists said."
    found = events(text, finder, date(2015, 10, 16))
    assert [ev.event_date for ev in found] == [date(2015, 10, 14)]


def test_a_voice_named_with_an_indefinite_article_blaming_aircraft_claims_the_strike(finder):
    # blind252: "... a house on the edge of X was struck. A local activist network blamed
    # Russian jets": the voice that lays the strike told just before on aircraft claims it, as
    # "The network blamed ..." does, before any voice of an earlier sentence.
    for text in (
        "The Observatory put the toll at nine. On the night of 2-3 February a family of three "
        "was killed when a house on the edge of Kafr Naya was struck. A local activist network "
        "blamed Russian jets.",
        "Incident 4 (night)\nThe Observatory put the toll at nine.\nA family of three was "
        "killed when a house in Kafr Naya was struck on 3 February. An activist group blamed "
        "Russian jets, while others named no aircraft.",
    ):
        found = events(text, finder, date(2016, 2, 12))
        assert [(ev.place_as_written, ev.actor, ev.claimant) for ev in found] == [
            ("Kafr Naya", "russia", "activists")
        ], text
    # A sentence blaming no aircraft leaves the voice carried from before.
    text = (
        "The Observatory said a family of three was killed on 3 February. A house in Kafr "
        "Naya was struck by Russian jets. A local activist network said the house was empty."
    )
    found = events(text, finder, date(2016, 2, 12))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Kafr Naya", "sohr")]


def test_the_dead_from_a_town_wounded_in_a_raid_on_the_town(finder):
    # blind252: "2 martyrs from X succumbed to wounds sustained in a Russian raid on the town
    # the previous day": the raid that wounded them struck their town, the day before the
    # toll's own.
    text = (
        "Aleppo: 29 martyrs on Wednesday 3/2/2016\n- 2 martyrs from Bayanoun succumbed to "
        "wounds sustained in a Russian raid on the town the previous day"
    )
    found = events(text, finder, date(2016, 2, 4))
    assert [(ev.place_as_written, ev.event_date, ev.actor) for ev in found] == [
        ("Bayanoun", date(2016, 2, 2), "russia")
    ]
    text = (
        "Two men from Bayanoun died of wounds sustained in a Russian raid on the town on Tuesday."
    )
    found = events(text, finder, date(2016, 2, 6))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Bayanoun", date(2016, 2, 2))
    ]
    # Wounds from shelling of the town, or a raid on another place, leave the home town.
    text = "Two men from Bayanoun died of wounds sustained in regime shelling on the town."
    assert events(text, finder, date(2016, 2, 6)) == []
    text = "Two men from Bayanoun died of wounds sustained in a Russian raid on Anadan on Tuesday."
    assert [ev.place_as_written for ev in events(text, finder, date(2016, 2, 6))] == ["Anadan"]


def test_aircraft_that_rain_bombs_on_a_place_strike_it(finder):
    # "Jets rained bombs on X", "helicopters rain death on X": the weapon rained on the place
    # from the air is a strike on it, as "bombs rained down on X" is.
    for text in (
        "Jets rained bombs on Saraqib on Tuesday, activists said.",
        "Regime helicopters rained barrel bombs down on Saraqib on Tuesday, activists said.",
        "Regime helicopters rain death on Saraqib, activists said on Tuesday.",
    ):
        found = events(text, finder, date(2015, 10, 14))
        assert [ev.place_as_written for ev in found] == ["Saraqib"], text
    # Words rained with no weapon of the air, or by no aircraft, strike nothing.
    for text in (
        "Critics rained scorn on the governor of Saraqib on Tuesday.",
        "Rebels rained bombs on Saraqib's wedding with their fireworks on Tuesday.",
    ):
        assert events(text, finder, date(2015, 10, 14)) == [], text


# -- the 254th blind set --------------------------------------------------------------


def test_according_to_the_statement_with_none_named_before_is_the_last_speakers(finder):
    # "..., the General Staff said Friday. According to the statement, jets had also hit X":
    # no statement named before, "the statement" is what the last speaker said, across a
    # paragraph and a gloss on statements in general.
    text = (
        "Turkish jets struck Daesh targets in Yusuf Bayk on Thursday evening, the Turkish "
        "General Staff said Friday.\n\nThe authorities often use the word in their statements "
        "to mean killed or captured.\n\nAccording to the statement, Turkish jets had also hit "
        "Daesh targets in Jarablus on Aug. 24."
    )
    found = events(text, finder, date(2016, 8, 26))
    assert [(ev.place_as_written, ev.claimant, ev.event_date) for ev in found] == [
        ("Yusuf Bayk", "governments", date(2016, 8, 25)),
        ("Jarablus", "governments", date(2016, 8, 24)),
    ]
    # With no speaker named before, the sentence stays the report's own.
    text = "According to the statement, Turkish jets had also hit Daesh targets in Jarablus."
    found = events(text, finder, date(2016, 8, 26))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Jarablus", "reporter")]


def test_the_attacks_of_an_armed_group_on_a_place_are_the_ground_s(finder):
    # "the attacks of the X militia on Y with mortar shells": the group's own attacks, as
    # attacks "by" it are, in a story of the air force's strikes.
    text = (
        "The air force targeted positions of the terrorists in al-Nashwa on Friday, a military "
        "source said.\n\nThe source added that the operations came in response to the attacks "
        "of the Asayish militia on the National Hospital in the city with mortar shells."
    )
    found = events(text, finder, date(2016, 8, 20))
    assert [ev.place_as_written for ev in found] == ["al-Nashwa"]
    # The attacks of aircraft stay strikes.
    text = (
        "The air force struck al-Nashwa on Friday, a military source said. The source added "
        "that the attacks of the warplanes on Ghweiran killed scores of terrorists."
    )
    found = events(text, finder, date(2016, 8, 20))
    assert [ev.place_as_written for ev in found] == ["al-Nashwa", "Ghweiran"]


def test_aircraft_that_came_back_this_time_to_a_place_struck_it(finder):
    # "the planes came back, this time to X: four strikes on the market street": the aircraft
    # came back to X, as "the planes came back to X" tells.
    for text in (
        "Late on Wednesday the Russian jets came back, this time to Marea: four strikes on the "
        "market street.",
        "Late on Wednesday the Russian jets came back this time to Marea.",
    ):
        found = events(text, finder, date(2016, 2, 18))
        assert [(ev.place_as_written, ev.event_date) for ev in found] == [
            ("Marea", date(2016, 2, 17))
        ], text
    # People who came back to a place tell no strike.
    text = "Late on Wednesday the families came back, this time to Marea."
    assert places(text, finder, date(2016, 2, 18)) == []


def test_friends_in_a_town_s_media_office_speak_as_activists(finder):
    # "..., according to friends in the town's media office" and "..., the same friends say":
    # the people of a local media office speak for it, as the office does.
    text = (
        "Late on Wednesday Russian jets struck Marea, according to friends in the town's media "
        "office.\n\nThe regime's helicopters dropped barrel bombs on Kafr Kalbin yesterday "
        "afternoon, the same friends say."
    )
    found = events(text, finder, date(2016, 2, 18))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [
        ("Marea", "activists"),
        ("Kafr Kalbin", "activists"),
    ]
    # Friends with no media office named are no claimant.
    text = "Late on Wednesday Russian jets struck Marea, according to friends in the town."
    found = events(text, finder, date(2016, 2, 18))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Marea", "reporter")]


# -- the 253rd set's families -----------------------------------------------------------


def test_a_timeline_entry_opened_by_a_clock_time_and_a_gap_is_a_line_of_its_own(finder):
    # An aggregator's one-line entries, "21:40  <entry> - <source>", are items like "21:40 -
    # <entry>": each its own sentence, with its own voice and the day heading above it.
    text = (
        "6 September 2016\n\n"
        "21:40  Regime helicopters dropped barrel bombs on Kafr Zita - local activists\n"
        "22:55  Clashes between rebels and regime forces on the outskirts of Maardes\n\n"
        "7 September 2016\n\n"
        "00:30  Russian jets struck Kafr Nabudah, the Observatory says\n"
        "06:50  Rebels fire Grad rockets at Muhardeh, two killed - pro-government media\n"
        "08:10  SANA: Syrian Arab Air Force destroyed vehicles of terrorists near Souran\n"
        "11:05  Hama city: funeral of army officers killed in the fighting for Morek\n"
    )
    found = events(text, finder, date(2016, 9, 7))
    assert [(ev.place_as_written, str(ev.event_date), ev.claimant) for ev in found] == [
        ("Kafr Zita", "2016-09-06", "activists"),
        ("Kafr Nabudah", "2016-09-07", "sohr"),
        ("Souran", "2016-09-07", "sana"),
    ]
    # A hard-wrapped paragraph whose line opens on a clock time and one space runs on: the
    # voice at the end of the sentence is the strike's.
    text = (
        "The raids went on through the day across the north of the province, and Russian jets\n"
        "struck the town of Kafr Zita on the morning of Monday for the first time shortly after\n"
        "10:30 local time, a spokesman for the Syrian Civil Defence said, adding that the teams\n"
        "had pulled two bodies from the rubble of a house near the town's market, and that\n"
        "another raid followed in the afternoon without causing casualties, the spokesman said.\n"
    )
    found = events(text, finder, date(2016, 10, 4))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Kafr Zita", "civil_defence")]


def test_doctors_named_by_where_they_work_speak_as_activists(finder):
    # ", doctors at the hospital said": doctors set off by where they work speak as local
    # doctors do.
    text = (
        "Regime warplanes struck a hospital in Kafr Nabudah twice in the afternoon, doctors at "
        "the hospital said."
    )
    found = events(text, finder, date(2016, 10, 12))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Kafr Nabudah", "activists")]
    # The hospital itself saying is no doctors' voice.
    text = (
        "Regime warplanes struck a hospital in Kafr Nabudah twice in the afternoon, the "
        "hospital said."
    )
    found = events(text, finder, date(2016, 10, 12))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Kafr Nabudah", "reporter")]


def test_a_thing_in_a_place_struck_as_it_after_its_clause_is_the_place_struck(finder):
    # "A hospital in X was put out of service after warplanes struck it twice": the strike's
    # object "it" is the thing named before, in X; X is the struck place.
    text = (
        "A hospital in Kafr Nabudah was put out of service after regime warplanes struck it "
        "twice in the afternoon, doctors said."
    )
    found = events(text, finder, date(2016, 10, 12))
    assert [(ev.place_as_written, ev.actor, ev.claimant, ev.claimed_target) for ev in found] == [
        ("Kafr Nabudah", "regime", "activists", "civilians")
    ]
    # "it" standing for a thing that is no place's (a school families from X moved into)
    # keeps X, where they came from, no struck place.
    text = (
        "Families from Kafr Nabudah had moved into the school before regime warplanes struck "
        "it on Tuesday."
    )
    assert events(text, finder, date(2016, 10, 12)) == []


def test_strikes_people_protest_against_are_no_strike_where_they_gather(finder):
    # "residents of X took part in a protest against the bombing": the strikes are what the
    # protest is against, no strike told in X.
    for text in (
        "Hundreds of residents of Kafranbel took part in a protest against the bombing after "
        "Friday prayers, activists said.",
        "Residents of Kafranbel rallied against the Russian air strikes on Friday.",
    ):
        assert events(text, finder, date(2016, 10, 12)) == [], text
    # A strike told beside a protest against something else keeps its place.
    text = "Russian jets struck Kafranbel on Friday during a protest against the regime."
    found = events(text, finder, date(2016, 10, 12))
    assert [(ev.place_as_written, str(ev.event_date)) for ev in found] == [
        ("Kafranbel", "2016-10-07")
    ]


def test_the_same_facility_struck_on_an_earlier_day_is_the_one_a_strike_named_before(finder):
    # "The same market was hit on 12 October 2015": the market the story's strike named, at
    # its place, however many sentences of background came between, on its own day.
    story = (
        "Warplanes struck the main market of Saraqib on Monday, killing 11, rescuers said. "
        "The town lies on the highway south of Idlib. "
        "Its council said the dead included four children. "
        "Russia's defence ministry denied flying over the province. "
        "Rebel groups have held the town since 2012. "
    )
    found = events(
        story + "The same market was hit on 12 October 2015, residents said.",
        finder,
        date(2016, 10, 4),
    )
    assert sorted((ev.place_as_written, ev.event_date) for ev in found) == [
        ("Saraqib", date(2015, 10, 12)),
        ("Saraqib", date(2016, 10, 3)),
    ]
    # "The market" without "same", that far from the strike, is no strike told on it.
    found = events(
        story + "The market was hit on 12 October 2015, residents said.", finder, date(2016, 10, 4)
    )
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Saraqib", date(2016, 10, 3))
    ]


def test_a_live_page_stamp_of_time_ago_and_its_date_dates_its_post(finder):
    # "Yesterday | 11.10.2016", "2 hours ago | 12.10.2016": a live page's relative stamp set
    # off by a bar from the day it stands for heads a post of that day.
    text = (
        "Syria live: Idlib strikes\n\n"
        "2 hours ago | 12.10.2016\n"
        "Russian jets struck Saraqib this morning, activists said.\n\n"
        "Yesterday | 11.10.2016\n"
        "Regime helicopters dropped barrel bombs on Kafr Nabl, rescuers said.\n\n"
        "2 days ago | 10.10.2016\n"
        "Warplanes hit Ariha in the evening, the Civil Defence said.\n"
    )
    found = events(text, finder, date(2016, 10, 12))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Saraqib", date(2016, 10, 12)),
        ("Kafr Nabl", date(2016, 10, 11)),
        ("Ariha", date(2016, 10, 10)),
    ]
    # A bar after "Yesterday" with no date stands for nothing: the page's day goes on.
    text = "Yesterday | Opinion\nRussian jets struck Saraqib this morning, activists said.\n"
    found = events(text, finder, date(2016, 10, 12))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Saraqib", date(2016, 10, 12))
    ]


def test_a_side_the_aircraft_were_unlike_is_no_striker(finder):
    # blind255: "jets that flew at a high altitude, unlike the regime's helicopters, struck X
    # and Y": the side named after a word of contrast is what the jets were unlike; the story's
    # Russian warplanes struck.
    text = (
        "Russian warplanes bombed rebel-held areas of the south on Tuesday, rebels said. A "
        "rebel spokesman said jets that flew at a high altitude, unlike the regime's "
        "helicopters, struck Nawa and Jasim on Tuesday."
    )
    found = events(text, finder, date(2015, 10, 22))
    assert [(ev.place_as_written, ev.actor) for ev in found] == [
        ("Nawa", "russia"),
        ("Jasim", "russia"),
    ]
    text = (
        "Russian warplanes bombed rebel-held areas of the south on Tuesday, rebels said. A "
        "rebel spokesman said jets, rather than the regime's helicopters, struck Nawa."
    )
    found = events(text, finder, date(2015, 10, 22))
    assert [(ev.place_as_written, ev.actor) for ev in found] == [("Nawa", "russia")]
    # The regime's helicopters named as the strikers keep the regime.
    text = (
        "Russian warplanes bombed rebel-held areas of the south on Tuesday, rebels said. A "
        "rebel spokesman said the regime's helicopters struck Nawa on Tuesday."
    )
    found = events(text, finder, date(2015, 10, 22))
    assert [(ev.place_as_written, ev.actor) for ev in found] == [("Nawa", "regime")]


def test_a_count_of_strikes_since_the_morning_is_the_day_s(finder):
    # blind255: "X and the hills around Y were struck at least 12 times since the morning": a
    # count since dawn or the morning tells that day's strikes, not a running tally.
    for tail in ("since the morning", "since dawn", "today"):
        text = (
            "Russian warplanes pounded Turkmen villages on Wednesday. The village of Yamadi "
            f"and the hills around Ghamam were struck at least 12 times {tail}."
        )
        found = events(text, finder, date(2015, 11, 25))
        assert [(ev.place_as_written, ev.event_date, ev.place_relation) for ev in found] == [
            ("Yamadi", date(2015, 11, 25), "in"),
            ("Ghamam", date(2015, 11, 25), "near"),
        ], tail
    # A count with no day stays a tally; so does one since a month.
    for tail in ("", " since October"):
        text = (
            "Russian warplanes pounded Turkmen villages. The village of Yamadi has been struck "
            f"at least 12 times{tail}."
        )
        assert events(text, finder, date(2015, 11, 25)) == [], tail


def test_the_group_of_a_speaker_set_off_by_commas_is_no_target(finder):
    # blind255: "..., said Ahmet Hacioglu, a commander of a Turkmen brigade in the mountains":
    # the brigade is the speaker's own, not what was hit.
    for text in (
        "Russian jets struck the hills around Ghamam on Wednesday, said Ahmet Hacioglu, a "
        "commander of a Turkmen brigade in the mountains.",
        "Russian jets struck the hills around Ghamam on Wednesday, Ahmet Hacioglu, a commander "
        "of a Turkmen brigade in the mountains, said.",
    ):
        found = events(text, finder, date(2015, 11, 25))
        assert [(ev.place_as_written, ev.claimant, ev.claimed_target) for ev in found] == [
            ("Ghamam", "rebels", "unspecified")
        ], text
    # A commander of the brigade killed, and the brigade's positions struck, are the target.
    text = (
        "Russian jets struck Ghamam on Wednesday, killing Ahmet Hacioglu, a commander of a "
        "Turkmen brigade."
    )
    found = events(text, finder, date(2015, 11, 25))
    assert [(ev.place_as_written, ev.claimed_target) for ev in found] == [("Ghamam", "rebels")]
    text = "Russian jets struck the positions of a Turkmen brigade in Ghamam on Wednesday."
    found = events(text, finder, date(2015, 11, 25))
    assert [(ev.place_as_written, ev.claimed_target) for ev in found] == [("Ghamam", "rebels")]


def test_a_governorate_owning_a_region_only_locates_it(finder):
    # blind255: "pounded rebel positions in Latakia's Jabal Al-Akrad on Tuesday": the
    # governorate written as the region's owner only locates it, as it locates a town it owns.
    text = (
        "Russian warplanes pounded rebel positions in Latakia's Jabal Al-Akrad on Tuesday, a "
        "monitoring group said."
    )
    found = events(text, finder, date(2016, 2, 3))
    assert [(ev.place_as_written, ev.event_date) for ev in found] == [
        ("Jabal Al-Akrad", date(2016, 2, 2))
    ]
    text = (
        "Russian warplanes pounded rebel positions in Idlib's Jabal al-Zawiya on Tuesday, a "
        "monitoring group said."
    )
    found = events(text, finder, date(2016, 2, 3))
    assert [ev.place_as_written for ev in found] == ["Jabal al-Zawiya"]
    # The governorate and the region named side by side are both struck.
    text = (
        "Russian warplanes pounded rebel positions in Latakia and Jabal Al-Akrad on Tuesday, a "
        "monitoring group said."
    )
    found = events(text, finder, date(2016, 2, 3))
    assert [ev.place_as_written for ev in found] == ["Latakia", "Jabal Al-Akrad"]


# -- blind256 --------------------------------------------------------------------------


def test_a_channel_exports_bracketed_stamps_date_its_posts(finder):
    # "[18.10.16 22:15]" on a line of its own: a channel export's post stamp, day first with a
    # two-digit year and a clock time, dates the post below it.
    text = (
        "Channel posts, translated\n\n"
        "[18.10.16 22:15]\n"
        "Urgent: a regime helicopter dropped two barrel bombs on Moadamiya a little while ago.\n\n"
        "[19.10.16 07:05]\n"
        "Warplanes struck Khan al-Shih at dawn.\n"
    )
    found = events(text, finder, date(2016, 10, 19))
    assert [(ev.place_as_written, str(ev.event_date)) for ev in found] == [
        ("Moadamiya", "2016-10-18"),
        ("Khan al-Shih", "2016-10-19"),
    ]
    # Without its clock time "18.10.16" may be a version or a score: no day.
    text = "Channel posts, translated\n\n[18.10.16]\nWarplanes struck Khan al-Shih at dawn.\n"
    found = events(text, finder, date(2016, 10, 19))
    assert [(ev.place_as_written, str(ev.event_date)) for ev in found] == [
        ("Khan al-Shih", "2016-10-19")
    ]


def test_a_medic_or_resident_telling_a_live_page_in_the_present_speaks_as_activists(finder):
    # "13:05 - A medic in X, the neighbouring town, tells us ...", "A resident of X reached by
    # phone says ...": a medic set off by an aside, after a post's clock time, and a resident
    # reached by phone speak as activists, whatever voice a post before them had.
    text = (
        "11:30 - State television says the army has restored security in the farms.\n\n"
        "13:05 - A medic in Moadamiya, the neighbouring town, tells us warplanes struck the "
        "town just before noon, wounding two women."
    )
    found = events(text, finder, date(2016, 8, 26))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Moadamiya", "activists")]
    text = (
        "Russia's Defence Ministry says it is monitoring the evacuation.\n\n"
        "A resident of Khan al-Shih reached by phone says regime aircraft fired rockets at the "
        "town at about 22:00."
    )
    found = events(text, finder, date(2016, 8, 26))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Khan al-Shih", "activists")]
    # A resident named as struck, not as the speaker, leaves the voice of the sentence.
    text = (
        "State television said warplanes struck Moadamiya at noon, wounding a resident reached "
        "by ambulance crews."
    )
    found = events(text, finder, date(2016, 8, 26))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Moadamiya", "state_media")]


def test_a_rebel_group_opening_its_sentence_as_the_speaker_is_no_target(finder):
    # "Rebels of the Southern Front said ...", "6/ This morning the Southern Front says ...": the
    # group speaks (a numbered post's number before it); what it says was struck is the target.
    for text in (
        "Rebels of the Southern Front said regime aircraft bombed Jasim on Sunday morning.",
        "6/ This morning the Southern Front says regime helicopters dropped barrel bombs on Jasim.",
    ):
        found = events(text, finder, date(2016, 8, 29))
        assert [(ev.place_as_written, ev.claimant, ev.claimed_target) for ev in found] == [
            ("Jasim", "rebels", "unspecified")
        ], text
    # The group's own positions struck, told after it, keep the group the target.
    text = "The Southern Front said regime aircraft bombed its positions in Jasim on Sunday."
    found = events(text, finder, date(2016, 8, 29))
    assert [(ev.place_as_written, ev.claimant, ev.claimed_target) for ev in found] == [
        ("Jasim", "rebels", "rebels")
    ]


def test_a_count_of_strikes_since_dawn_is_the_days_strikes(finder):
    # "hit X at least 15 times since dawn": the count the day's strikes have reached so far,
    # not a running tally; the strikes are the day's.
    for text in (
        "Rebels said warplanes hit Jasim at least 15 times since dawn.",
        "Warplanes struck Jasim more than 20 times this morning, rebels said.",
    ):
        found = events(text, finder, date(2016, 11, 15))
        assert [(ev.place_as_written, str(ev.event_date)) for ev in found] == [
            ("Jasim", "2016-11-15")
        ], text
    # A count with no day, or since a month, stays a tally: no strike of a day.
    for text in (
        "Rebels said warplanes have hit Jasim at least 15 times.",
        "Rebels said warplanes have hit Jasim more than 20 times since October.",
    ):
        assert events(text, finder, date(2016, 11, 15)) == [], text


# -- the 257th blind set's families ---------------------------------------------------------


def test_a_list_by_day_without_bullets_under_a_paragraph_telling_strikes(finder):
    # "September 30: X and Y in northern Homs Province." lines opening their own paragraphs
    # on their day, under a paragraph whose first sentence tells strikes and whose last does
    # not ("Russian aircraft operate from Z."), are the places struck on each day.
    text = (
        "Russian Airstrikes in Syria, the first week\n\n"
        "The list below gives the locations we assess were struck on each day. Russian "
        "aircraft operate from Hmeimim Airbase in Latakia Province.\n\n"
        "September 30: Talbiseh and Rastan in northern Homs Province; Latamneh in northern "
        "Hama Province.\n\n"
        "October 2: Ghamam and Doreen in Latakia Province.\n"
    )
    found = events(text, finder, date(2015, 10, 7))
    assert [(ev.place_as_written, str(ev.event_date)) for ev in found] == [
        ("Talbiseh", "2015-09-30"),
        ("Rastan", "2015-09-30"),
        ("Latamneh", "2015-09-30"),
        ("Ghamam", "2015-10-02"),
        ("Doreen", "2015-10-02"),
    ]
    # The same list under a paragraph telling no strikes (towns taken on the ground) tells
    # none.
    text = (
        "Russian Airstrikes in Syria, the first week\n\n"
        "The list below gives the towns the regime entered on each day. Its troops move from "
        "Hama city.\n\n"
        "September 30: Talbiseh and Rastan in northern Homs Province.\n\n"
        "October 2: Ghamam and Doreen in Latakia Province.\n"
    )
    assert events(text, finder, date(2015, 10, 7)) == []


def test_a_think_tank_writing_its_initials_for_we_is_the_author(finder):
    # "ISS assesses that ..." in a report headed by the "Institute for the Study of Security":
    # the body whose capitals the initials are writes the report, its unattributed strikes
    # its own assessment.
    text = (
        "Weekly update | Institute for the Study of Security\n\n"
        "Russian aircraft struck Kafranbel on October 5, killing two fighters of a rebel group. "
        "ISS assesses that the strikes aim to set conditions for a regime ground offensive in "
        "northern Hama.\n"
    )
    found = events(text, finder, date(2015, 10, 7))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Kafranbel", "analysts")]
    # Initials that are no named body's keep the report's own voice.
    text = text.replace("ISS assesses", "RSB assesses")
    found = events(text, finder, date(2015, 10, 7))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Kafranbel", "reporter")]


def test_a_rebel_group_named_with_its_kind_before_its_saying_speaks_as_rebels(finder):
    # "The Jaish al-X rebel group said in a statement that ...": the group's name, then its
    # kind, then its verb of saying, speaks as the group does, as "The Jaish al-X group
    # said" does; what its statement says was hit is the target, not its kind.
    text = (
        "The Jaish al-Ghab rebel group said in a statement on Saturday that Russian warplanes "
        "had bombed Qastun and Ziyara, targeting homes and bakeries."
    )
    found = events(text, finder, date(2015, 10, 10))
    assert [(ev.place_as_written, ev.claimant, ev.claimed_target) for ev in found] == [
        ("Qastun", "rebels", "civilians"),
        ("Ziyara", "rebels", "civilians"),
    ]
    # The group named with its kind doing something else than saying is no speaker.
    text = (
        "The Jaish al-Ghab rebel group lost three fighters on Saturday after Russian warplanes "
        "had bombed Qastun and Ziyara."
    )
    found = events(text, finder, date(2015, 10, 10))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [
        ("Qastun", "reporter"),
        ("Ziyara", "reporter"),
    ]


def test_rebels_in_a_place_named_with_an_article_speak_as_rebels(finder):
    # "Rebels in Jabal al-Zawiya, a hilly area of Idlib Province, said ...": a place name
    # whose later word is joined to its article ("al-Zawiya") names where the rebels speak
    # from, as a name of capitalised words does.
    text = (
        "Rebels in Jabal al-Zawiya, a hilly area of Idlib Province, said Russian jets had hit "
        "Kansafra on Saturday."
    )
    found = events(text, finder, date(2015, 10, 4))
    assert [ev.claimant for ev in found if ev.place_as_written == "Kansafra"] == ["rebels"]
    # Rebels there doing something else than saying are no speakers.
    text = (
        "Rebels in Jabal al-Zawiya fled after Russian jets hit Kansafra on Saturday, residents "
        "said."
    )
    found = events(text, finder, date(2015, 10, 4))
    assert [(ev.place_as_written, ev.claimant) for ev in found] == [("Kansafra", "activists")]


def test_a_place_bombed_all_weekend_is_dated_by_the_weekend_s_last_day(finder):
    # "bombed all weekend", as "over the weekend": a window of the Saturday and Sunday just
    # past, dated by the Sunday.
    text = "Rebels say Russian jets bombed Kinsabba all weekend."
    found = events(text, finder, date(2015, 10, 20))
    assert [(ev.place_as_written, str(ev.event_date)) for ev in found] == [
        ("Kinsabba", "2015-10-18")
    ]
    # "all week" is no weekend: the writing's own week, its day kept.
    text = "Rebels say Russian jets bombed Kinsabba all week."
    found = events(text, finder, date(2015, 10, 20))
    assert [(ev.place_as_written, str(ev.event_date)) for ev in found] == [
        ("Kinsabba", "2015-10-20")
    ]


def test_a_dated_item_closed_by_its_source_is_a_list_line(finder):
    # "October 5: X, according to local activists.": the item's places, then the source that
    # gives them, in a list by day under a line telling strikes.
    text = (
        "Russian aircraft struck these locations:\n\n"
        "October 5: Kafranbel, according to local activists.\n\n"
        "October 6: Morek and Lahaya.\n"
    )
    found = events(text, finder, date(2015, 10, 7))
    assert [(ev.place_as_written, str(ev.event_date), ev.claimant) for ev in found] == [
        ("Kafranbel", "2015-10-05", "activists"),
        ("Morek", "2015-10-06", "reporter"),
        ("Lahaya", "2015-10-06", "reporter"),
    ]
    # A place after the source is no item of places alone.
    text = (
        "Russian aircraft struck these locations:\n\n"
        "October 5: Kafranbel, according to local activists, and Morek.\n\n"
        "October 6: Morek and Lahaya.\n"
    )
    found = events(text, finder, date(2015, 10, 7))
    assert [(ev.place_as_written, str(ev.event_date)) for ev in found] == [
        ("Morek", "2015-10-06"),
        ("Lahaya", "2015-10-06"),
    ]


def test_a_place_measured_from_the_areas_hit_is_no_struck_place(finder):
    # "X, more than 300 km (190 miles) from the areas hit": the places struck named by a
    # participle after a distance from them; X is measured away from the strikes.
    text = (
        "Russian jets struck Talbiseh on Thursday. Islamic State's stronghold is Raqqa, in the "
        "north-east, more than 300 km (190 miles) from the areas hit."
    )
    assert places(text, finder, date(2015, 10, 1)) == ["Talbiseh"]
    # The areas hit named as including a place keep it struck.
    text = (
        "Russian jets struck Talbiseh on Thursday. The areas hit include Raqqa, 300 km (190 "
        "miles) away."
    )
    assert places(text, finder, date(2015, 10, 1)) == ["Talbiseh", "Raqqa"]


def test_a_place_locating_a_ground_offensive_by_a_bearing_is_no_struck_place(finder):
    # "hit targets around X yesterday as part of the offensive south of Y": Y is where the
    # offensive is, no place struck.
    text = (
        "Russian jets hit al-Hader yesterday as part of the offensive south of Aleppo, the "
        "ministry said."
    )
    assert places(text, finder, date(2015, 10, 20)) == ["al-Hader"]
    # Positions struck south of a place keep it, near the strikes.
    text = "Russian jets hit positions south of Aleppo yesterday as the offensive went on."
    assert places(text, finder, date(2015, 10, 20)) == ["Aleppo"]


def test_a_wires_numbered_update_block_kept_below_heads_a_post_of_its_own(finder):
    # "UPDATE 2 - 1130 GMT" below the newest lead: an earlier block of the same story, whose
    # sentences take the story's day, not a day the lead's last paragraph told.
    text = (
        "BEIRUT, Oct 14 (Wire) - Russian jets struck Talbiseh on Wednesday, activists said. "
        "Helicopters had dropped barrel bombs on Rastan on Monday night, they said.\n\n"
        "UPDATE 2 - 1130 GMT\n"
        "Activists said the jets had also hit Teir Maalla, killing a farmer.\n\n"
        "UPDATE 1 - 0845 GMT\n"
        "Russian jets struck Talbiseh early on Wednesday, activists said.\n"
    )
    found = events(text, finder, date(2015, 10, 14))
    assert ("Teir Maalla", date(2015, 10, 14)) in [
        (ev.place_as_written, ev.event_date) for ev in found
    ]
    # Without the block's heading the sentence goes on with the day told just before it.
    found = events(text.replace("UPDATE 2 - 1130 GMT\n", ""), finder, date(2015, 10, 14))
    assert ("Teir Maalla", date(2015, 10, 12)) in [
        (ev.place_as_written, ev.event_date) for ev in found
    ]


# -- blind259 --------------------------------------------------------------------------


def test_a_status_lists_numbered_facility_item_places_the_strike_told_after_it(finder):
    # "1. The A hospital, X - OUT OF SERVICE. Hit in air strikes on 16 November": a medical
    # charity's status item heads the facility with its place and its status in capitals;
    # the strike told after it on its line names no place and falls in X.
    text = (
        "Situation update, 19 November 2016.\n\n"
        "1. The Nour hospital, al-Shaar - OUT OF SERVICE. Hit in air strikes on 16 November; "
        "the generator was destroyed.\n\n"
        "2. Blood bank, al-Maadi - PARTIALLY FUNCTIONING. Barrel bombs landed beside the "
        "building on the night of 17 November.\n"
    )
    found = events(text, finder, date(2016, 11, 19))
    assert [(ev.place_as_written, str(ev.event_date), ev.actor) for ev in found] == [
        ("al-Shaar", "2016-11-16", "unknown"),
        ("al-Maadi", "2016-11-17", "regime"),
    ]
    # An item whose status is told in words, not capitals, heads no strike.
    text = (
        "Situation update, 19 November 2016.\n\n"
        "1. The Nour hospital, al-Shaar - it was closed. Hit in air strikes on 16 November; "
        "the generator was destroyed.\n"
    )
    assert places(text, finder, date(2016, 11, 19)) == []


def test_statements_about_strikes_judged_a_fabrication_tell_no_strike(finder):
    # 'Statements by the so-called "Y" about air strikes on a hospital in X ... are a
    # fabrication': a ministry's verdict on others' statements, as on their reports.
    text = (
        'Statements by the so-called "White Helmets" about air strikes on a hospital in '
        "al-Sukkari, circulated by Western media, are a fabrication. Russian aircraft struck "
        "targets near Khan Sheikhoun during the day."
    )
    assert places(text, finder, date(2016, 12, 15)) == ["Khan Sheikhoun"]
    # Statements about strikes that no verdict judges keep their place struck.
    text = (
        'Statements by the so-called "White Helmets" about air strikes on a hospital in '
        "al-Sukkari were shared widely on Thursday."
    )
    assert places(text, finder, date(2016, 12, 15)) == ["al-Sukkari"]


def test_a_sides_denial_of_strikes_leaves_unmarked_strikes_unknown(finder):
    # "It again says Russian jets have not struck inside the city": the side named only to
    # deny its strikes, and its officials speaking, name no striker of the unmarked strikes.
    text = (
        "1/ Air strikes since dawn on al-Ansari and al-Zebdiyeh, residents say.\n\n"
        "2/ Russia's military says its centre will run the exit. It again says Russian jets "
        "have not struck inside the city since October.\n"
    )
    found = events(text, finder, date(2016, 12, 13))
    assert [(ev.place_as_written, ev.actor) for ev in found] == [
        ("al-Ansari", "unknown"),
        ("al-Zebdiyeh", "unknown"),
    ]
    # A side the report names striking stays the striker of its unmarked strikes.
    text = (
        "1/ Air strikes since dawn on al-Ansari and al-Zebdiyeh, residents say.\n\n"
        "2/ Russia's military says its centre will run the exit. Russian jets have pounded "
        "the east of the city since October.\n"
    )
    found = events(text, finder, date(2016, 12, 13))
    assert [(ev.place_as_written, ev.actor) for ev in found] == [
        ("al-Ansari", "russia"),
        ("al-Zebdiyeh", "russia"),
    ]


def test_a_live_pages_posts_closed_by_their_stamps_take_the_stamps_days(finder):
    # "... tonight, killing nine people. (23:12, 3 Dec)": each paragraph closed by its clock
    # time and day is a post of that day, the posts crossing midnight, newest first.
    text = (
        "Activists say warplanes struck al-Shaar again in the past half hour. (00:41, 4 Dec)\n\n"
        "The Civil Defence says helicopters dropped barrel bombs on Bustan al-Qasr tonight, "
        "killing nine people. (23:12, 3 Dec)\n"
    )
    found = events(text, finder, date(2016, 12, 4))
    assert [(ev.place_as_written, str(ev.event_date)) for ev in found] == [
        ("al-Shaar", "2016-12-04"),
        ("Bustan al-Qasr", "2016-12-03"),
    ]
    # One stamp alone makes no live page: the page's day dates "tonight".
    text = (
        "The Civil Defence says helicopters dropped barrel bombs on Bustan al-Qasr tonight, "
        "killing nine people. (23:12, 3 Dec)\n"
    )
    found = events(text, finder, date(2016, 12, 4))
    assert [(ev.place_as_written, str(ev.event_date)) for ev in found] == [
        ("Bustan al-Qasr", "2016-12-04"),
    ]


def test_a_toll_items_bare_count_followed_by_the_means_counts_civilians(finder):
    # "- X: 9 killed, barrel bombs dropped by helicopters.": a rescuers' toll item, its bare
    # count of the killed followed by what killed them, counts people, as "9 killed." does.
    text = (
        "Daily report | Wednesday 30/11/2016\n\n"
        "By neighbourhood:\n\n"
        "- Bab al-Nairab: 9 killed, barrel bombs dropped by helicopters.\n"
        "- Karm al-Qaterji: 4 killed, air strikes with vacuum missiles.\n"
    )
    found = events(text, finder, date(2016, 11, 30))
    assert [(ev.place_as_written, ev.claimed_target) for ev in found] == [
        ("Bab al-Nairab", "civilians"),
        ("Karm al-Qaterji", "civilians"),
    ]
    # A count followed by who they were, not by the means, claims no civilians.
    text = (
        "Daily report | Wednesday 30/11/2016\n\n"
        "By neighbourhood:\n\n"
        "- Bab al-Nairab: 9 killed, most of them fighters, in barrel bombs dropped by "
        "helicopters.\n"
        "- Karm al-Qaterji: 4 killed, air strikes with vacuum missiles.\n"
    )
    found = events(text, finder, date(2016, 11, 30))
    assert [(ev.place_as_written, ev.claimed_target) for ev in found] == [
        ("Bab al-Nairab", "unspecified"),
        ("Karm al-Qaterji", "civilians"),
    ]


def test_people_queuing_for_bread_where_a_strike_fell_are_civilians(finder):
    # "barrel bombs fell on X last night as people queued for bread": the people the strike
    # fell among, waiting for bread, food or aid, are civilians, as people sheltering are.
    text = "Activists say barrel bombs fell on al-Fardous last night as people queued for bread."
    found = events(text, finder, date(2016, 12, 13))
    assert [(ev.place_as_written, ev.claimed_target) for ev in found] == [
        ("al-Fardous", "civilians"),
    ]
    # Without the people queuing, the same strike claims no target.
    text = "Activists say barrel bombs fell on al-Fardous last night. No figures yet."
    found = events(text, finder, date(2016, 12, 13))
    assert [(ev.place_as_written, ev.claimed_target) for ev in found] == [
        ("al-Fardous", "unspecified"),
    ]
