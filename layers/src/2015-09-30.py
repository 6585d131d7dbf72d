"""Base control areas, 2015-09-30: the eve of Russia's air campaign.

On 2015-10-07: the first week of Russia's air campaign and the
start of the regime's ground offensive in northern Hama.
Strokes are painted in order over an all-regime Syria; each takes its ground
from whatever was painted before. Vertices are (lon, lat); each comment says
which front the segment starting at that vertex follows. Vertices outside
Syria only close a ring: it is clipped to the country outline.
"""

LAYER = {
    "date": "2015-09-30",
    "base": None,
    "notes": {
        "isis": (
            "Raqqa and Deir ez-Zor governorates (less the regime pocket in Deir ez-Zor city "
            "and airport), the Euphrates valley, the eastern desert with Palmyra (since "
            "2015-05) and al-Qaryatayn (since 2015-08), eastern Aleppo countryside (al-Bab, "
            "Deir Hafer, Manbij, Jarabulus, besieging Kweires), southern Hasakah (al-Hol, "
            "al-Shaddadi); Yarmouk camp and Hajar al-Aswad in Damascus; the Yarmouk basin "
            "(Liwa Shuhada al-Yarmouk, counted as isis). Hand-drawn, fronts within ~5-15 km."
        ),
        "opposition": (
            "Idlib governorate after Jaish al-Fateh's 2015 offensive (Idlib city, Jisr "
            "al-Shughour, Ariha, Abu al-Duhur airbase), northern Hama countryside "
            "(Latamneh, Kafr Zita, Kafr Nabudah, Qalaat al-Madiq), northern Ghab, Jabal "
            "al-Akrad and Jabal al-Turkman, western/southern/northern Aleppo countryside "
            "and east Aleppo city, the Azaz-Marea corridor, the Rastan-Talbiseh-Houla pocket "
            "and al-Waer, Eastern Ghouta, Darayya/Moadamiya, south Damascus (Yalda, Babbila), "
            "Zabadani/Madaya, Wadi Barada, Khan al-Shih, Beit Jinn, eastern Qalamoun, most of "
            "Daraa and Quneitra (Southern Front, Nusra). Hand-drawn, fronts within ~3-10 km."
        ),
        "regime": (
            "Syria minus the other factions: Damascus, the coast, Homs, Hama, Suwayda, the M5 "
            "corridor, west Aleppo with the airport and the Khanaser road, Nubl/Zahraa, "
            "Fuah/Kafraya, Kweires airbase, Deir ez-Zor city pocket, parts of Hasakah and "
            "Qamishli cities, the Homs desert to T4. Includes the Israeli-occupied Golan where "
            "the OCHA outline covers it."
        ),
        "kurdish": (
            "YPG: Afrin canton, Sheikh Maqsoud (Aleppo), and the contiguous Kobani-Tell "
            "Abyad-Jazira strip (Tell Abyad since 2015-06, Ain Issa, Tell Tamer, Tell Brak, "
            "Tal Hamis); regime pockets in Hasakah and Qamishli excluded."
        ),
    },
    "strokes": [
        {
            "faction": "opposition",
            "name": "north-west: Idlib, west Aleppo, north Hama, Latakia hills",
            "ring": [
                (36.00, 35.88),  # Jabal al-Turkman: front south-east of regime-held Kessab
                (35.97, 35.80),  # west of Rabia, Jabal al-Turkman's western front
                (36.03, 35.73),  # Jabal al-Akrad, west of Salma
                (35.985, 35.67),  # west of Ghamam (opposition until 2015-11-06)
                (36.12, 35.64),  # south of Salma and Doreen
                (36.22, 35.61),  # Jabal al-Akrad's southern edge to the Ghab
                (36.235, 35.628),  # north of the army's Jurin camp
                (36.255, 35.628),  # north-east of Jurin
                (36.30, 35.62),  # Ghab: regime holds Jurin to the south
                (36.36, 35.53),  # west of Qalaat al-Madiq, across the Ghab plain
                (36.37, 35.39),  # south of Qalaat al-Madiq
                (36.44, 35.40),  # north of regime Suqaylabiyah
                (36.52, 35.37),  # Kafr Nabudah's southern fields
                (36.58, 35.30),  # west of Latamneh, north of Halfaya (regime)
                (36.64, 35.30),  # south of Latamneh, north of the Zalin checkpoint (regime)
                (36.69, 35.30),  # south of Maarkaba and Lahaya (Morek cut out in base_areas.csv)
                (36.71, 35.40),  # north of Morek, Khan Shaykhun opposition
                (36.85, 35.42),  # east of the M5: Atshan area, regime to the south
                (37.02, 35.48),  # north-east Hama countryside
                (37.15, 35.62),  # south-east of Abu al-Duhur
                (37.22, 35.85),  # southern Aleppo countryside: regime and ISIS to the east
                (37.25, 36.02),  # west of Safira
                (37.20, 36.13),  # south of the airport (regime strips painted later)
                (37.21, 36.23),  # east Aleppo's eastern edge, regime Sheikh Najjar beyond
                (37.22, 36.31),  # north of the central prison
                (37.25, 36.36),  # Tell Jabin area, ISIS front painted later
                (37.30, 36.45),  # south-east of Marea
                (37.30, 36.95),  # into Turkey
                (36.70, 36.95),  # Turkey
                (36.45, 36.45),  # Hatay
                (36.30, 36.30),  # Hatay
                (36.20, 36.00),  # Hatay
                (36.02, 35.95),  # back to the border east of Kessab
            ],
        },
        {
            "faction": "isis",
            "name": "the east, the desert and eastern Aleppo",
            "ring": [
                (37.20, 37.20),  # Turkey, north of the Marea front
                (37.20, 36.56),  # Marea-Sawran front: opposition west, ISIS (Sawran) east
                (37.27, 36.45),  # south-east of Marea
                (37.25, 36.36),  # east of Tall Susayn and Kafr Qaris (opposition until 2015-10-09)
                (37.35, 36.30),  # east of Sheikh Najjar
                (37.42, 36.20),  # north-west of the thermal power plant
                (37.42, 36.15),  # west of the thermal power plant (ISIS until 2016-02-16)
                (37.46, 36.12),  # east of Safira
                (37.50, 35.95),  # east of the Khanaser road
                (37.56, 35.78),  # east of Khanaser
                (37.50, 35.50),  # east of the Ithriyah road
                (37.45, 35.33),  # east of Ithriyah
                (37.30, 35.15),  # east of Sabburah
                (37.18, 35.00),  # east of Salamiyah
                (37.10, 34.88),  # eastern Homs countryside
                (37.40, 34.80),  # north of the Homs-Palmyra road
                (37.95, 34.92),  # around the Shaer gas field (regime)
                (38.00, 34.75),  # east of Shaer
                (38.04, 34.69),  # east of the Jazal oil field (regime until 2016-12-08)
                (37.88, 34.55),  # between T4 (regime) and Palmyra (ISIS)
                (37.75, 34.42),  # south-east of T4
                (37.40, 34.38),  # south of the Homs-Palmyra road
                (37.15, 34.32),  # between Mahin (regime) and al-Qaryatayn (ISIS)
                (37.10, 34.15),  # desert south of al-Qaryatayn
                (36.95, 33.90),  # eastern Qalamoun mountains, ISIS side
                (37.00, 33.70),  # east of Dumayr airbase
                (37.10, 33.40),  # desert east of Rif Dimashq
                (37.05, 33.10),  # Badia east of the Suwayda plateau
                (37.00, 32.70),  # east of Suwayda's villages
                (37.10, 32.20),  # Jordan border
                (43.00, 31.50),  # Iraq
                (43.00, 37.50),  # Turkey
            ],
        },
        {
            "faction": "kurdish",
            "name": "Afrin canton",
            "ring": [
                (36.60, 36.36),  # Hatay border south-west of Jandairis
                (36.75, 36.36),  # south of Jandairis: opposition (Atmeh, Darat Izza) to the south
                (36.92, 36.40),  # south-east corner, west of Nubl
                (36.97, 36.50),  # east edge facing Tell Rifaat and Menagh (opposition)
                (36.98, 36.60),  # west of Azaz
                (36.96, 36.70),  # north-east corner
                (36.96, 37.00),  # Turkey
                (36.40, 37.00),  # Turkey
                (36.40, 36.36),  # Hatay
            ],
        },
        {
            "faction": "kurdish",
            "name": "Kobani, Tell Abyad and Jazira",
            "ring": [
                (38.031, 37.20),  # Turkey
                (38.031, 36.80),  # Euphrates east bank: ISIS holds Jarabulus across the river
                (38.040, 36.75),  # Euphrates: al-Shuyukh on the east bank
                (38.050, 36.71),  # Euphrates
                (38.068, 36.682),  # Euphrates
                (38.100, 36.663),  # Euphrates, its bend above the Sajur mouth
                (38.142, 36.655),  # Euphrates at the Sajur mouth
                (38.15, 36.62),  # Euphrates, north of Qara Qozak
                (38.30, 36.52),  # south of Sarrin (YPG since 2015-07)
                (38.55, 36.46),  # steppe south of the Kobani-Tell Abyad road
                (38.80, 36.35),  # south of Ain Issa
                (39.00, 36.38),  # Balikh valley front
                (39.30, 36.45),  # south of Suluk
                (39.70, 36.52),  # south of Mabrouka
                (40.05, 36.50),  # west of Tell Tamer
                (40.30, 36.42),  # Abd al-Aziz mountains
                (40.60, 36.38),  # south-west of Hasakah
                (40.78, 36.42),  # south of Hasakah city
                (41.00, 36.47),  # south of Tell Brak, ISIS holds al-Hol
                (41.30, 36.50),  # north of al-Hol
                (41.70, 36.52),  # south of Tal Hamis
                (42.50, 36.52),  # Iraq
                (42.50, 37.50),  # Turkey
            ],
        },
        {
            "faction": "opposition",
            "name": "Rastan-Talbiseh-Houla pocket",
            "ring": [
                (36.48, 34.85),  # Houla plain, west of Kafr Laha
                (36.445, 34.925),  # west of Aqrab, on the Hama side of the pocket
                (36.47, 34.95),  # north of Aqrab
                (36.505, 34.945),  # north of Tall Dahab, the Houla's northern town
                (36.512, 34.925),  # Tall Dahab's east, towards Harbnafsa (regime)
                (36.50, 34.905),  # north-east of Kafr Laha
                (36.60, 34.91),  # north-west of Rastan, regime Hama-Homs villages to the north
                (36.63, 34.90),  # south-west of the army's al-Zara and its power plant
                (36.69, 34.915),  # south-east of al-Zara
                (36.70, 34.96),  # Rastan dam
                (36.77, 34.97),  # north-east of Rastan
                (36.80, 34.93),  # east of Rastan
                (36.76, 34.86),  # east of Talbiseh along the M5
                (36.73, 34.79),  # south of Teir Maalah, Homs city's northern edge
                (36.66, 34.78),  # Dar al-Kabira
                (36.58, 34.83),  # south of Houla
            ],
        },
        {
            "faction": "opposition",
            "name": "al-Waer, Homs",
            "ring": [
                (36.635, 34.735),
                (36.670, 34.730),
                (36.672, 34.755),
                (36.640, 34.758),
            ],
        },
        {
            "faction": "opposition",
            "name": "Eastern Ghouta",
            "ring": [
                (36.330, 33.525),  # Jobar: front with central Damascus
                (36.350, 33.565),  # Qaboun/Harasta
                (36.385, 33.600),  # north of Douma
                (36.440, 33.615),  # north-east of Douma
                (36.500, 33.570),  # Marj, east edge
                (36.530, 33.572),  # Maydaa (opposition until 2016-07-09)
                (36.560, 33.500),  # Nashabiyah
                (36.500, 33.440),  # south-east: regime Damascus airport road to the south
                (36.420, 33.460),  # south of Zabdin
                (36.360, 33.500),  # Ein Tarma/Jaramana front
            ],
        },
        {
            "faction": "opposition",
            "name": "Darayya and Moadamiya",
            "ring": [
                (36.170, 33.455),
                (36.205, 33.440),
                (36.250, 33.450),
                (36.250, 33.470),
                (36.180, 33.475),
            ],
        },
        {
            "faction": "opposition",
            "name": "south Damascus: Yalda, Babbila, Beit Sahm",
            "ring": [
                (36.300, 33.450),
                (36.340, 33.452),
                (36.340, 33.478),
                (36.300, 33.480),
            ],
        },
        {
            "faction": "opposition",
            "name": "Zabadani and Madaya",
            "ring": [
                (36.065, 33.675),  # south of Madaya
                (36.120, 33.675),  # Madaya's east, the army's Bludan road beyond
                (36.115, 33.745),  # Zabadani's north-east, the army's Bludan to the east
                (36.070, 33.745),  # Zabadani's north-west, the Lebanese border hills
            ],
        },
        {
            "faction": "opposition",
            "name": "Beit Jinn pocket on Mount Hermon's slopes",
            "ring": [
                (35.855, 33.325),  # west of Beit Jinn, the Lebanese border beyond
                (35.900, 33.330),  # north of Beit Jinn, the army's Arna to the north
                (35.985, 33.322),  # north-east of Mughr al-Mir, Hina and Kafr Hawar to the north
                (35.985, 33.295),  # south-east of Mughr al-Mir
                (35.900, 33.295),  # south of Mazraat Beit Jinn
                (35.850, 33.300),  # Hermon slopes, the army's Hadar to the south-west
            ],
        },
        {
            "faction": "opposition",
            "name": "Wadi Barada",
            "ring": [
                (36.060, 33.605),
                (36.190, 33.595),
                (36.195, 33.625),
                (36.065, 33.645),
            ],
        },
        {
            "faction": "opposition",
            "name": "Qudsaya and al-Hamah (local truce until 2016-10-13)",
            "ring": [
                (36.208, 33.535),
                (36.238, 33.535),
                (36.235, 33.568),
                (36.205, 33.568),
            ],
        },
        {
            "faction": "opposition",
            "name": "Khan al-Shih pocket",
            "ring": [
                (36.030, 33.340),
                (36.120, 33.335),
                (36.125, 33.400),
                (36.040, 33.405),
            ],
        },
        {
            "faction": "opposition",
            "name": "eastern Qalamoun: Ruhaybah, Jayrud, Dumayr town",
            "ring": [
                (36.600, 33.680),  # south-west of Ruhaybah
                (36.650, 33.760),  # Qalamoun ridge
                (36.740, 33.860),  # north of Jayrud
                (36.880, 33.850),  # ISIS to the east
                (36.850, 33.750),  # east of Jayrud
                (36.720, 33.665),  # north of Dumayr airbase (regime)
                (36.670, 33.625),  # Dumayr town
            ],
        },
        {
            "faction": "opposition",
            "name": "southern front: Daraa and Quneitra",
            "ring": [
                (35.70, 33.22),  # Golan ceasefire line, north of Quneitra
                (35.815, 33.225),  # west of Jubata al-Khashab
                (35.83, 33.245),  # north of Jubata al-Khashab, the army's Hadar beyond
                (35.855, 33.245),  # north of Tarnaja
                (35.87, 33.225),  # Ufaniya, the army's Baath city pocket to the south-east
                (36.00, 33.22),  # regime Hadar to the north (Beit Jinn pocket drawn apart)
                (36.08, 33.17),  # Kafr Shams, regime 'triangle' to the north
                (36.17, 33.10),  # west of Sanamayn (regime corridor painted later)
                (36.30, 33.15),  # Lajat's north-western edge
                (36.50, 33.05),  # Lajat, Suwayda's villages to the east
                (36.45, 32.90),  # Suwayda border
                (36.40, 32.75),  # west of Suwayda city
                (36.45, 32.62),  # Suwayda border
                (36.56, 32.52),  # east of Bosra
                (36.62, 32.30),  # Jordan border
                (35.60, 32.30),  # Jordan
                (35.60, 33.22),  # Golan
            ],
        },
        {
            "faction": "isis",
            "name": "Yarmouk basin (Liwa Shuhada al-Yarmouk)",
            "ring": [
                (35.80, 32.68),
                (35.90, 32.70),
                (35.93, 32.76),  # west of Jillin and Adwan (opposition until March 2016)
                (35.94, 32.84),  # west of Tasil (opposition until 2016-03-21)
                (35.90, 32.865),
                (35.78, 32.80),
            ],
        },
        {
            "faction": "isis",
            "name": "Yarmouk camp and Hajar al-Aswad",
            "ring": [
                (36.285, 33.445),
                (36.308, 33.444),
                (36.312, 33.474),
                (36.296, 33.482),
                (36.285, 33.472),
            ],
        },
        {
            "faction": "regime",
            "name": "west Aleppo, the airport and the Khanaser road",
            "ring": [
                (37.072, 36.19),  # west of Minyan; Rashidin 4 and 5, Khan Tuman to the west
                (37.06, 36.17),  # Artillery school
                (37.13, 36.15),  # Ramouseh: opposition (Sheikh Saeed) to the east
                (37.20, 36.14),  # south of the airport
                (37.28, 36.10),  # the road to Safira, southern side
                (37.35, 36.05),  # Safira west
                (37.42, 35.98),  # west of the Khanaser road
                (37.47, 35.78),  # west of Khanaser
                (37.47, 35.60),  # west of the road
                (37.40, 35.38),  # west of Ithriyah
                (37.20, 35.18),  # west of Sabburah, joining the Salamiyah countryside
                (37.28, 35.16),  # Sabburah
                (37.44, 35.33),  # Ithriyah: ISIS to the east
                (37.52, 35.55),  # the road to Ithriyah
                (37.56, 35.79),  # Khanaser
                (37.52, 35.95),  # the Khanaser road
                (37.44, 36.05),  # Safira
                (37.42, 36.11),  # north of Safira
                (37.31, 36.15),  # the road to Safira, northern side
                (37.26, 36.185),  # airport and Nairab
                (37.20, 36.165),  # airport west
                (37.17, 36.17),  # old city south-east: east Aleppo (opposition) to the north-east
                (37.165, 36.19),  # citadel front
                (37.165, 36.215),  # old city north
                (37.15, 36.232),  # north: Sheikh Maqsoud (Kurdish) painted later
                (37.11, 36.238),  # Zahraa association front
                (37.085, 36.222),  # west of New Aleppo and the Zahraa association
            ],
        },
        {
            "faction": "regime",
            "name": "Sheikh Najjar, the central prison and the airport's north",
            "ring": [
                (37.20, 36.17),
                (37.26, 36.19),
                (37.28, 36.23),
                (37.30, 36.295),
                (37.22, 36.305),
                (37.195, 36.302),  # the central prison's north-west corner, Handarat beyond
                (37.19, 36.275),
                (37.215, 36.23),
                (37.205, 36.19),
            ],
        },
        {
            "faction": "regime",
            "name": "Nubl and Zahraa (besieged)",
            "ring": [
                (36.965, 36.355),
                (37.030, 36.345),
                (37.022, 36.378),  # Zahraa's north-east: Mayer (opposition) beyond
                (36.980, 36.400),
            ],
        },
        {
            "faction": "regime",
            "name": "Fuah and Kafraya (besieged)",
            "ring": [
                (36.665, 35.970),
                (36.720, 35.970),
                (36.722, 36.003),
                (36.668, 36.003),
            ],
        },
        {
            "faction": "regime",
            "name": "Kweires airbase (besieged by ISIS)",
            "ring": [
                (37.55, 36.165),
                (37.615, 36.165),
                (37.615, 36.205),
                (37.55, 36.205),
            ],
        },
        {
            "faction": "regime",
            "name": "Deir ez-Zor city west, airport, Brigade 137",
            "ring": [
                (40.02, 35.31),
                (40.08, 35.355),
                (40.15, 35.345),
                (40.21, 35.29),
                (40.20, 35.235),
                (40.10, 35.23),
                (40.06, 35.27),
            ],
        },
        {
            "faction": "regime",
            "name": "Hasakah city centre and south, Kawkab",
            "ring": [
                (40.70, 36.47),
                (40.80, 36.46),
                (40.90, 36.54),
                (40.86, 36.585),
                (40.76, 36.525),
                (40.71, 36.50),
            ],
        },
        {
            "faction": "regime",
            "name": "Qamishli centre and airport",
            "ring": [
                (41.165, 36.995),
                (41.245, 37.005),
                (41.275, 37.045),  # Allaya prison (regime until 2016-04-21)
                (41.275, 37.062),
                (41.255, 37.08),
                (41.190, 37.08),
            ],
        },
        {
            "faction": "regime",
            "name": "Quneitra: Baath city and Khan Arnabah",
            "ring": [
                (35.85, 33.15),  # south-west of Baath city
                (35.93, 33.15),  # south of Jaba
                (35.96, 33.22),  # east of Khan Arnabah
                (35.88, 33.26),  # north, towards Hadar
                (35.865, 33.215),  # Ufaniya; rebel Jubata al-Khashab and Tarnaja to the west
            ],
        },
        {
            "faction": "regime",
            "name": "Daraa: the M5 corridor, Izra, Sanamayn, Daraa al-Mahatta",
            "ring": [
                (36.14, 33.13),  # Ghabaghib-Sanamayn, opposition Kafr Shams to the west
                (36.24, 33.20),  # north-east of Sanamayn
                (36.26, 33.05),  # Lajat's western edge
                (36.285, 32.90),  # east of Izra
                (36.26, 32.84),  # south-east of Izra
                (36.22, 32.72),  # east of Khirbet Ghazaleh
                (36.15, 32.64),  # Daraa al-Mahatta's east
                (36.12, 32.608),  # Daraa city: al-Balad (opposition) to the south
                (36.085, 32.62),  # Daraa city west
                (36.09, 32.645),  # north of Daraa
                (36.13, 32.665),  # east of Atman (opposition until 2016-02-05)
                (36.18, 32.73),  # west of Khirbet Ghazaleh
                (36.21, 32.85),  # east of Sheikh Miskin (opposition)
                (36.21, 32.95),  # Mahajjah
                (36.16, 33.05),  # west of Sanamayn
            ],
        },
        {
            "faction": "kurdish",
            "name": "Sheikh Maqsoud, Aleppo",
            "ring": [
                (37.145, 36.222),
                (37.168, 36.222),
                (37.172, 36.240),
                (37.150, 36.243),
            ],
        },
    ],
}
