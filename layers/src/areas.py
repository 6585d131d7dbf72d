"""Hand-drawn areas that change hands in ``layers/control/changes.csv``.

Each entry names an ``area`` (the id a change row refers to), a ``name`` and
either a ``ring`` of (lon, lat) vertices, with a comment per vertex saying
which front the segment starting there follows, or ``of``: the id of another
area, cut to the ``box`` (lon_min, lat_min, lon_max, lat_max) given, for an
area whose parts fell on different days. ``accuracy_km`` is how far the
drawn edge may be from the real front (default 5 km west of 38.5 E, 10 km east).
Rings are clipped to Syria's outline. Aleppo's neighbourhoods (CSR polygons)
and Damascus's (OCHA) are added by ``scripts/draw_layers.py areas``.
"""

AREAS = [
    # first drawn for the 2015-12-27 layer
    {
        "area": "kweires-corridor",
        "name": "corridor to Kweires airbase",
        "ring": [
            (37.44, 36.10),  # Safira's east
            (37.47, 36.095),  # Safira's north-east
            (37.63, 36.16),  # Kweires' south
            (37.63, 36.215),  # Kweires' north
            (37.55, 36.22),  # ISIS (Deir Hafer road) to the north
            (37.47, 36.15),  # south-east of the thermal power plant (ISIS until 2016-02-16)
        ],
    },
    # first drawn for the 2015-12-27 layer
    {
        "area": "south-aleppo-hader",
        "name": "southern Aleppo countryside: al-Hader, Jabal al-Hass",
        "ring": [
            (37.06, 36.11),  # south of Aleppo's Ramouseh: opposition Khan Tuman to the west
            (37.20, 36.13),  # airport road
            (37.30, 36.07),  # Safira
            (37.30, 35.92),  # Jabal al-Hass south
            (37.15, 35.92),  # south of Banan al-Has
            (37.06, 35.96),  # south of al-Hader
            (37.03, 36.00),  # al-Hader west, opposition al-Eis to the west
            (37.06, 36.06),  # east of Khalasah (opposition until 2015-12-08)
        ],
    },
    # first drawn for the 2015-12-27 layer
    {
        "area": "hama-atshan",
        "name": "north-east Hama: Atshan and Umm Hartayn",
        "ring": [
            (36.67, 35.35),
            (36.72, 35.43),
            (36.90, 35.46),
            (36.97, 35.40),
            (36.80, 35.36),
        ],
    },
    {
        "area": "hama-tulaysiyah",
        "name": "north-east Hama: al-Tulaysiyah, al-Qahira and Tall al-Aswad",
        "ring": [
            (36.86, 35.3741),  # on the Atshan area's edge, Umm Haratayn to the north
            (36.95, 35.3953),  # on the Atshan area's edge
            (36.94, 35.35),  # south of al-Tulaysiyah
            (36.87, 35.34),  # south of Tall al-Aswad, regime Maan road beyond
        ],
    },
    # first drawn for the 2015-12-27 layer
    {
        "area": "tishreen-dam",
        "name": "Tishreen Dam and the Sarrin plain",
        "ring": [
            (38.15, 36.62),  # Euphrates east bank
            (38.20, 36.42),  # east bank north of the dam
            (38.14, 36.36),  # west-bank bridgehead at the dam
            (38.20, 36.33),  # dam, south side
            (38.32, 36.38),  # plain south-east of the dam
            (38.35, 36.50),  # south of Sarrin
            (38.28, 36.55),  # Sarrin
        ],
    },
    # first drawn for the 2015-12-27 layer
    {
        "area": "al-hol",
        "name": "al-Hol and the south-east of Hasakah",
        "ring": [
            (40.95, 36.47),  # south-east of Hasakah city
            (41.00, 36.30),  # south of al-Hol
            (41.40, 36.25),  # desert south-east of al-Hol
            (41.80, 36.30),  # towards the Iraqi border
            (42.50, 36.30),  # Iraq
            (42.50, 36.55),  # Iraq
            (41.30, 36.52),  # north of al-Hol
        ],
    },
    # first drawn for the 2016-04-01 layer
    {
        "area": "nubl-zahraa-corridor",
        "name": "corridor from north Aleppo to Nubl and Zahraa",
        "ring": [
            (37.20, 36.31),  # Sheikh Najjar's north
            (37.12, 36.335),  # Hardatnin-Ratyan, opposition Handarat/Hayan to the south-west
            (37.085, 36.39),  # north of Maarasat al-Khan
            (37.045, 36.378),  # between Maarasat al-Khan and Mayer (opposition until 2016-02-05)
            (37.022, 36.378),  # Zahraa's north-east
            (36.98, 36.40),  # Nubl's north
            (36.965, 36.355),  # Nubl's west
            (37.03, 36.36),  # Bayanoun's north (opposition, with Hayyan, to the south)
            (37.075, 36.365),  # north of Ratyan (taken 2016-02-05)
            (37.11, 36.345),  # east of Ratyan
            (37.14, 36.31),  # the Hardatnin-Sheikh Najjar road
            (37.18, 36.28),  # Sheikh Najjar
        ],
    },
    # first drawn for the 2016-04-01 layer
    {
        "area": "tell-rifaat",
        "name": "Tell Rifaat, Menagh, Deir Jamal, Kafr Naya",
        "ring": [
            (36.97, 36.40),  # Afrin's south-east corner
            (37.04, 36.40),  # north of Zahraa
            (37.12, 36.45),  # east of Tell Rifaat, opposition Marea to the east
            (37.13, 36.50),  # north-east of Tell Rifaat
            (37.07, 36.545),  # south of Azaz (opposition)
            (36.98, 36.56),  # Afrin's eastern edge
        ],
    },
    # first drawn for the 2016-04-01 layer
    {
        "area": "east-aleppo-countryside",
        "name": "east of Aleppo towards Deir Hafer",
        "ring": [
            (37.30, 36.295),  # Sheikh Najjar's east
            (37.45, 36.33),  # south of Tadef (ISIS)
            (37.58, 36.27),  # west of Deir Hafer (ISIS)
            (37.66, 36.21),  # north-east of Kweires
            (37.64, 36.15),  # south-east of Kweires
            (37.46, 36.11),  # thermal power plant
        ],
    },
    # first drawn for the 2016-04-01 layer
    {
        "area": "latakia-hills",
        "name": "Latakia: Jabal al-Akrad and Jabal al-Turkman (Salma, Rabia)",
        "ring": [
            (35.95, 35.96),  # Turkey, north of Kessab
            (36.17, 35.96),  # Turkey: opposition keeps a strip east of this line
            (36.17, 35.78),  # west of the Jisr al-Shughour road
            (36.155, 35.75),  # west of Kinsabba (opposition until 2016-02-18)
            (36.20, 35.71),  # west of Kabani (opposition)
            (36.26, 35.64),  # Ghab edge
            (36.22, 35.58),  # Jurin
            (36.00, 35.60),  # regime rear
        ],
    },
    # first drawn for the 2016-04-01 layer
    {
        "area": "sheikh-miskin",
        "name": "Sheikh Miskin and Atman",
        "ring": [
            (36.11, 32.80),
            (36.215, 32.79),
            (36.215, 32.87),
            (36.12, 32.87),
        ],
    },
    # first drawn for the 2016-04-01 layer
    {
        "area": "palmyra",
        "name": "Palmyra and the road from T4",
        "ring": [
            (37.85, 34.70),  # north of the Homs-Palmyra road
            (38.05, 34.76),  # Jazal oil fields
            (38.35, 34.66),  # north-east of Palmyra, ISIS al-Sukhnah road beyond
            (38.42, 34.52),  # east of Palmyra
            (38.25, 34.44),  # south of Palmyra
            (37.85, 34.44),  # south of the road
        ],
    },
    # first drawn for the 2016-04-01 layer
    {
        "area": "shaddadi",
        "name": "al-Shaddadi and southern Hasakah",
        "ring": [
            (40.40, 36.42),  # Abd al-Aziz mountains' south
            (40.55, 36.15),  # Khabur valley
            (40.65, 35.96),  # south of al-Shaddadi
            (40.85, 35.95),  # south-east of al-Shaddadi, ISIS Markada to the south
            (41.05, 36.10),  # desert
            (41.30, 36.20),  # south of al-Hol
            (42.50, 36.20),  # Iraq
            (42.50, 36.55),  # Iraq
            (40.60, 36.45),  # back north of the Khabur
        ],
    },
    # first drawn for the 2016-04-01 layer
    {
        "area": "al-tanf",
        "name": "al-Tanf (New Syrian Army)",
        "ring": [
            (38.45, 33.62),
            (38.95, 33.62),
            (39.10, 33.40),
            (38.80, 33.20),
            (38.45, 33.40),
        ],
    },
    # first drawn for the 2016-04-01 layer
    {
        "area": "yarmouk-basin-tasil",
        "name": "Yarmouk basin, grown to Tasil, Adwan and Jillin",
        "ring": [
            (35.78, 32.68),
            (35.95, 32.66),
            (36.03, 32.76),
            (36.035, 32.90),
            (35.92, 32.905),
            (35.78, 32.82),
        ],
    },
    # first drawn for the 2016-08-15 layer
    {
        "area": "manbij",
        "name": "Manbij pocket",
        "ring": [
            (37.82, 36.42),  # west of Manbij, ISIS (al-Bab, Arimah) to the west
            (37.82, 36.58),  # north-west of Manbij
            (37.95, 36.66),  # Sajur river: ISIS Jarabulus to the north
            (38.13, 36.66),  # Sajur mouth on the Euphrates
            (38.15, 36.62),  # Euphrates, Kobani canton across it
            (38.20, 36.42),  # Euphrates, Tishreen Dam
            (38.10, 36.28),  # south of the dam's west bank
            (37.95, 36.30),  # south of Manbij, ISIS to the south
        ],
    },
    # first drawn for the 2016-08-15 layer
    {
        "area": "qaryatayn",
        "name": "al-Qaryatayn",
        "ring": [
            (37.10, 34.15),
            (37.15, 34.32),
            (37.40, 34.38),
            (37.40, 34.15),
        ],
    },
    # first drawn for the 2016-08-15 layer
    {
        "area": "castello-road",
        "name": "Castello road, Handarat, Bani Zaid, Layramoun",
        "ring": [
            (37.11, 36.238),  # Zahraa association
            (37.15, 36.245),  # Bani Zaid
            (37.165, 36.253),  # Castello road: al-Awijah and Shuqayyif (opposition) to the east
            (37.17, 36.28),  # west of Handarat camp (fought over until 2016-09-29)
            (37.20, 36.31),  # Handarat hill, joined to Sheikh Najjar and the Nubl corridor
            (37.12, 36.335),  # Hardatnin
            (37.10, 36.28),  # Mallah farms
            (37.08, 36.25),  # Layramoun's west
        ],
    },
    # first drawn for the 2016-08-15 layer
    {
        "area": "eis-khan-tuman",
        "name": "al-Eis and Khan Tuman",
        "ring": [
            (36.95, 36.00),
            (37.02, 35.96),  # al-Eis hill's east
            (37.005, 36.01),  # between al-Eis and Birnah
            (36.99, 36.04),  # west of Birnah (regime until 2016-06-18)
            (37.00, 36.07),  # west of Zaytan (regime until 2016-06-18)
            (37.04, 36.10),  # Khan Tuman's south-east
            (37.08, 36.115),
            (37.03, 36.15),
            (36.95, 36.12),
        ],
    },
    # first drawn for the 2016-08-15 layer
    {
        "area": "ramouseh-corridor",
        "name": "Ramouseh corridor into east Aleppo",
        "ring": [
            (37.04, 36.145),  # Khan Tuman side
            (37.10, 36.14),  # artillery college south
            (37.14, 36.148),  # Ramouseh
            (37.146, 36.156),  # Sheikh Saeed's west corner, where it joined east Aleppo
            (37.13, 36.162),  # south of Tal az-Zarazir (east Aleppo)
            (37.10, 36.163),  # artillery college north
            (37.05, 36.170),  # west end
        ],
    },
    # first drawn for the 2016-08-15 layer
    {
        "area": "ghouta-marj",
        "name": "Eastern Ghouta: the Marj area",
        "ring": [
            (36.405, 33.46),  # west of Deir al-Asafir (taken with the Marj on 2016-05-19)
            (36.50, 33.44),
            (36.57, 33.50),
            (36.50, 33.503),  # south of Nashabiyah, rebel-held until 2018
            (36.42, 33.50),  # north-west of Deir al-Asafir, Zabdin beyond
        ],
    },
    # first drawn for the 2016-11-15 layer
    {
        "area": "euphrates-shield",
        "name": "Euphrates Shield strip: Jarabulus, Dabiq, al-Rai",
        "ring": [
            (37.20, 37.00),  # Turkey, north of the old Azaz-Marea pocket
            (37.20, 36.53),  # south-east of Marea
            (37.30, 36.47),  # south of Dabiq and Akhtarin, ISIS al-Bab beyond
            (37.45, 36.47),  # south of Akhtarin, north of Qabasin (ISIS)
            (37.60, 36.55),  # towards Ghandoura
            (37.80, 36.62),  # Sajur river: SDF Manbij to the south
            (37.95, 36.66),  # Sajur
            (38.13, 36.66),  # Sajur mouth
            (38.100, 36.663),  # Euphrates west bank, Kobani (SDF) across it
            (38.068, 36.682),  # Euphrates west bank
            (38.050, 36.71),  # Euphrates west bank
            (38.040, 36.75),  # Euphrates west bank, al-Shuyukh (SDF) across it
            (38.031, 36.80),  # Jarabulus on the Euphrates
            (38.031, 37.00),  # Turkey
        ],
    },
    # first drawn for the 2016-11-15 layer
    {
        "area": "manbij-sajur",
        "name": "Manbij to the Sajur, Arimah",
        "ring": [
            (37.70, 36.40),  # Arimah's west, ISIS al-Bab to the west
            (37.72, 36.55),  # north-west of Arimah
            (37.80, 36.62),  # Sajur, Euphrates Shield to the north
            (37.95, 36.66),  # Sajur
            (38.13, 36.66),  # Sajur mouth
            (38.15, 36.62),  # Euphrates, Kobani canton across it
            (38.20, 36.42),  # Tishreen Dam
            (38.10, 36.28),  # south of the dam
            (37.85, 36.30),  # south of Manbij
        ],
    },
    # first drawn for the 2016-11-15 layer
    {
        "area": "ain-issa-south",
        "name": "SDF gains south of Ain Issa (Wrath of Euphrates)",
        "ring": [
            (38.70, 36.40),
            (39.15, 36.42),
            (39.10, 36.22),
            (38.75, 36.25),
        ],
    },
    {
        "area": "raqqa-tal-saman",
        "name": "SDF gains round Tal Saman, north of Raqqa (Wrath of Euphrates, phase 1)",
        "ring": [
            (38.75, 36.25),  # south-west corner of the gains south of Ain Issa
            (39.10, 36.22),  # Balikh valley, the gains south of Ain Issa to the north
            (39.08, 36.17),  # Balikh valley, south of Tal Saman (Tell Samin)
            (38.85, 36.17),  # south-west of Tal Saman, ISIS to the south
        ],
    },
    {
        "area": "raqqa-north-west",
        "name": "SDF gains north-west of Raqqa to Lake Assad (Wrath of Euphrates, phase 2)",
        "ring": [
            (38.20, 36.40),  # Lake Assad's north-east shore, the Kobani canton to the north
            (38.70, 36.45),  # west of Ain Issa, along the canton's southern edge
            (38.75, 36.25),  # west edge of the phase 1 gains
            (38.70, 36.17),  # phase 1 gains to the east
            (38.45, 36.14),  # front towards Jabar and Tabqa, ISIS to the south
            (38.25, 36.14),  # Lake Assad's east shore south of Jurneyyeh
            (38.15, 36.25),  # Lake Assad
        ],
    },
    # first drawn for the 2016-11-15 layer
    {
        "area": "darayya-moadamiya",
        "name": "Darayya and Moadamiya",
        "ring": [
            (36.165, 33.450),
            (36.205, 33.435),
            (36.255, 33.448),
            (36.255, 33.472),
            (36.175, 33.480),
        ],
    },
    # first drawn for the 2016-11-15 layer
    {
        "area": "halfaya",
        "name": "northern Hama: Halfaya",
        "ring": [
            (36.56, 35.30),
            (36.62, 35.245),
            (36.66, 35.255),
            (36.66, 35.30),
            (36.60, 35.315),
        ],
    },
    # areas of the base drawing that change hands later
    {
        "area": "khan-al-shih",
        "name": "Khan al-Shih pocket",
        "ring": [(36.030, 33.340), (36.120, 33.335), (36.125, 33.400), (36.040, 33.405)],
    },
    {
        "area": "al-tall",
        "name": "al-Tall, north of Damascus (rebel-held under a truce)",
        "accuracy_km": 2.0,
        "ring": [
            (36.290, 33.590),  # south: Mnin road
            (36.330, 33.592),  # east edge of the town
            (36.332, 33.620),  # north-east, hills towards Mnin
            (36.292, 33.622),  # north-west, Maarat Saidnaya road
        ],
    },
    {
        "area": "morek",
        "name": "Morek and its tank battalion, north Hama",
        "ring": [
            (36.665, 35.355),  # south-west, towards Latamneh
            (36.715, 35.355),  # south-east, M5 south of the town
            (36.720, 35.395),  # north-east, Khan Shaykhun road
            (36.668, 35.398),  # north-west
        ],
    },
    {
        "area": "palmyra-town",
        "name": "Palmyra, its ruins and the hills west of the town",
        "accuracy_km": 3.0,
        "ring": [
            (38.19, 34.53),  # west: Jazal road, the hills
            (38.32, 34.52),  # south-east, the airport road
            (38.34, 34.58),  # east, towards al-Sukhnah
            (38.20, 34.60),  # north-west, the Palmyra castle hill
        ],
    },
    {
        "area": "deir-ez-zor-tharda",
        "name": "Jabal Thardah, the hills south of Deir ez-Zor airport",
        "accuracy_km": 2.0,
        "ring": [
            (40.10, 35.23),  # west end of the ridge, past its westernmost hill
            (40.20, 35.23),  # east end, above the airport road
            (40.20, 35.27),  # north edge: airport to the north-east
            (40.13, 35.275),  # the cemetery road
            (40.10, 35.262),  # the ridge's north-west foot
        ],
    },
    {
        "area": "deir-ez-zor-baghaliyah",
        "name": "al-Baghaliyah and Ayyash, north-west of Deir ez-Zor city",
        "accuracy_km": 2.0,
        "ring": [
            (40.04, 35.37),  # Ayyash, the army depots
            (40.10, 35.37),  # al-Baghaliyah's east edge, city to the south-east
            (40.10, 35.40),  # Euphrates bank
            (40.04, 35.43),  # north-west, Ayyash village
        ],
    },
    {
        "area": "deir-ez-zor-east-districts",
        "name": "Deir ez-Zor city's eastern districts: al-Hamidiyah, al-Hawiqa, al-Jubaylah",
        "accuracy_km": 2.0,
        "ring": [
            (40.143, 35.349),  # Euphrates bank north of the centre, army-held al-Qusour west
            (40.143, 35.334),  # the centre's front line, the army's side to the west
            (40.150, 35.329),  # south of al-Rashdiyah
            (40.163, 35.329),  # north of Jabal Harabesh and the army's Harabesh district
            (40.185, 35.324),  # the workers' and industrial districts, Harabesh to the south
            (40.200, 35.330),  # the city's eastern end
            (40.185, 35.345),  # Euphrates bank, Hawijat Saqr island beyond
            (40.160, 35.352),  # Euphrates bank at al-Hamidiyah and al-Hawiqa
        ],
    },
    {
        "area": "hasakah-city",
        "name": "al-Hasakah city: the districts the YPG took from the government (2016-08-23)",
        "ring": [
            (40.715, 36.475),  # al-Nashwa's south-west, the Khabur valley
            (40.785, 36.468),  # Ghwayran's south-east, the Shaddadi road
            (40.795, 36.500),  # the city's eastern edge, the army's Kawkab hill beyond
            (40.775, 36.530),  # north-east, the Qamishli road
            (40.725, 36.530),  # north-west, the Ras al-Ain road
            (40.708, 36.500),  # al-Nashwa's western edge
        ],
    },
    {
        "area": "east-aleppo-fringe-north",
        "name": "east Aleppo's northern fringe: Ard al-Hamra, Jabal Badro, Hanano's fields",
        "accuracy_km": 1.0,
        "ring": [
            (37.178, 36.238),  # Baidin's west edge, Sheikh Maqsoud beyond
            (37.198, 36.257),  # Ard al-Hamra, north
            (37.213, 36.252),  # Ard al-Hamra, east
            (37.215, 36.235),  # Hanano's north-east
            (37.218, 36.213),  # Jabal Badro's east
            (37.200, 36.212),  # Sakhour's east
            (37.180, 36.222),  # Sheikh Khodr
        ],
    },
    {
        "area": "aleppo-old-city",
        "name": "Aleppo's Old City (opposition-held until 2016-12-07)",
        "accuracy_km": 0.5,
        "ring": [
            (37.1535, 36.1920),  # Bab Qinnasrin, al-Kallaseh (fell 2016-12-12) to the west
            (37.1690, 36.1920),  # al-Asileh and Muhammad Bek
            (37.1690, 36.2060),  # Bab al-Hadid and Aghyor
            (37.1535, 36.2060),  # Jdeydeh (regime) to the north-west
        ],
    },
    {
        "area": "aleppo-sheikh-lutfi",
        "name": "Aleppo: Sheikh Lutfi and the ground east of al-Marja (fell 2016-12-07)",
        "accuracy_km": 0.5,
        "between_neighbourhoods": True,
        "ring": [
            (37.1695, 36.196),  # Bab al-Nairab, the Old City (fell the same day) to the north-west
            (37.207, 36.196),  # east of Karm al-Myassar
            (37.207, 36.163),  # the airport road, regime-held beyond
            (37.1695, 36.163),  # south of al-Salihin's eastern edge (fell 2016-12-12)
        ],
    },
    {
        "area": "east-aleppo-streets-north",
        "name": "east Aleppo: the streets between the neighbourhoods north of the Old City",
        "accuracy_km": 0.5,
        "between_neighbourhoods": True,
        "ring": [
            (37.170, 36.197),  # Qadi Askar, the Old City to the west
            (37.215, 36.197),  # east of Karm al-Myassar
            (37.215, 36.2135),  # Hanano's south-east
            (37.170, 36.2135),  # south of Sheikh Fares and Bustan al-Basha (Kurdish)
        ],
    },
    {
        "area": "east-aleppo-streets-south",
        "name": "east Aleppo: the streets between Sheikh Saeed, Karm al-Daadaa and al-Salihin",
        "accuracy_km": 0.5,
        "between_neighbourhoods": True,
        "ring": [
            (37.158, 36.165),  # Sheikh Saeed's east
            (37.1695, 36.165),  # the ground east of al-Marja beyond
            (37.1695, 36.180),  # al-Salihin
            (37.158, 36.180),  # Karm al-Daadaa
        ],
    },
    # parts of areas drawn above that fell on different days
    {
        "area": "latakia-salma",
        "name": "Jabal al-Akrad: Salma and its hills",
        "of": "latakia-hills",
        "box": (35.9, 35.55, 36.4, 35.76),
    },
    {
        "area": "latakia-rabia",
        "name": "Jabal al-Turkman: Rabia",
        "of": "latakia-hills",
        "box": (35.9, 35.76, 36.4, 36.0),
    },
    {
        "area": "ramouseh-colleges",
        "name": "Ramouseh: the military colleges and al-Ramouseh, retaken on 2016-09-04",
        "of": "ramouseh-corridor",
        "box": (37.085, 36.10, 37.20, 36.20),
    },
    {
        "area": "al-eis",
        "name": "al-Eis and its hill",
        "of": "eis-khan-tuman",
        "box": (36.8, 35.8, 37.2, 36.05),
    },
    {
        "area": "khan-tuman",
        "name": "Khan Tuman",
        "of": "eis-khan-tuman",
        "box": (36.8, 36.05, 37.2, 36.3),
    },
    {
        "area": "darayya",
        "name": "Darayya",
        "of": "darayya-moadamiya",
        "box": (36.212, 33.40, 36.30, 33.50),
    },
    {
        "area": "moadamiya",
        "name": "Moadamiyat al-Sham",
        "of": "darayya-moadamiya",
        "box": (36.10, 33.40, 36.212, 33.50),
    },
    {
        "area": "jarabulus",
        "name": "Jarabulus and the border east of the Sajur",
        "of": "euphrates-shield",
        "box": (37.85, 36.5, 38.2, 37.0),
    },
    {
        "area": "border-strip",
        "name": "border strip from al-Rai to the Sajur",
        "of": "euphrates-shield",
        "box": (37.0, 36.62, 37.85, 37.0),
    },
    {
        "area": "dabiq",
        "name": "Dabiq, Akhtarin and south to al-Bab's outskirts",
        "of": "euphrates-shield",
        "box": (37.0, 36.3, 37.85, 36.62),
    },
]
