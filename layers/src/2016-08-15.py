"""Control areas on 2016-08-15, after Manbij.

On 2016-08-15: after the SDF took Manbij (2016-08-12), the
regime cut the Castello road (2016-07) and the opposition opened a corridor
through Ramouseh into east Aleppo (2016-08-06); the regime retook
al-Qaryatayn (2016-04-03); Jaish al-Fateh retook al-Eis (2016-04) and Khan
Tuman (2016-05); the regime took the Marj area of Eastern Ghouta (2016-05).
Painted over the 2016-04-01 result.
"""

LAYER = {
    "date": "2016-08-15",
    "base": "2016-04-01",
    "notes": {
        "isis": (
            "As on 2016-04-01, less Manbij (SDF) and al-Qaryatayn (regime); still holding "
            "Jarabulus, al-Bab, al-Rai, Raqqa, Tabqa and most of Deir ez-Zor. Hand-drawn."
        ),
        "opposition": (
            "As on 2016-04-01, plus al-Eis and Khan Tuman south of Aleppo and the Ramouseh "
            "corridor into east Aleppo (opened 2016-08-06), less the Castello road/Handarat "
            "(regime, 2016-07) and the Marj area of Eastern Ghouta. Hand-drawn."
        ),
        "kurdish": (
            "YPG/SDF: Afrin canton with Tell Rifaat; Sheikh Maqsoud; the Kobani-Jazira strip "
            "and, west of the Euphrates, Manbij and its countryside to the Sajur river "
            "(2016-08-12)."
        ),
    },
    "strokes": [
        {
            "faction": "kurdish",
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
        {
            "faction": "regime",
            "name": "al-Qaryatayn",
            "ring": [
                (37.10, 34.15),
                (37.15, 34.32),
                (37.40, 34.38),
                (37.40, 34.15),
            ],
        },
        {
            "faction": "regime",
            "name": "Castello road, Handarat, Bani Zaid, Layramoun",
            "ring": [
                (37.11, 36.238),  # Zahraa association
                (37.15, 36.245),  # Bani Zaid
                (37.19, 36.26),  # Castello road
                (37.20, 36.31),  # Handarat, joined to Sheikh Najjar and the Nubl corridor
                (37.12, 36.335),  # Hardatnin
                (37.10, 36.28),  # Mallah farms
                (37.08, 36.25),  # Layramoun's west
            ],
        },
        {
            "faction": "opposition",
            "name": "al-Eis and Khan Tuman",
            "ring": [
                (36.95, 36.00),
                (37.02, 35.96),
                (37.035, 36.05),
                (37.08, 36.115),
                (37.03, 36.15),
                (36.95, 36.12),
            ],
        },
        {
            "faction": "opposition",
            "name": "Ramouseh corridor into east Aleppo",
            "ring": [
                (37.04, 36.145),  # Khan Tuman side
                (37.10, 36.14),  # artillery college south
                (37.14, 36.148),  # Ramouseh
                (37.17, 36.160),  # Sheikh Saeed, joining east Aleppo
                (37.165, 36.172),  # Ramouseh north: regime west Aleppo beyond
                (37.10, 36.163),  # artillery college north
                (37.05, 36.170),  # west end
            ],
        },
        {
            "faction": "regime",
            "name": "Eastern Ghouta: the Marj area",
            "ring": [
                (36.42, 33.46),
                (36.50, 33.44),
                (36.57, 33.50),
                (36.50, 33.53),
                (36.43, 33.50),
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
