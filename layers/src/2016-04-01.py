"""Control areas on 2016-04-01, after Palmyra and the Nubl/Zahraa corridor.

On 2016-04-01: after the regime cut the opposition's corridor
north of Aleppo and relieved Nubl and Zahraa (2016-02-03), the YPG/SDF took
Tell Rifaat and Menagh (2016-02-15), the regime took Salma and Rabia in
Latakia (Jan 2016) and Sheikh Miskin in Daraa (Jan 2016), the SDF took
al-Shaddadi (2016-02-19), the regime retook Palmyra (2016-03-27) and the
New Syrian Army took al-Tanf (2016-03). Painted over the 2015-12-27 result.
"""

LAYER = {
    "date": "2016-04-01",
    "base": "2015-12-27",
    "notes": {
        "isis": (
            "As on 2015-12-27, less Palmyra and its surroundings (regime since 2016-03-27), "
            "al-Shaddadi and southern Hasakah (SDF), the area east of Aleppo taken by the "
            "regime towards Deir Hafer, and al-Tanf (opposition); al-Qaryatayn still ISIS "
            "(retaken 2016-04-03). The Yarmouk basin group grew (Tasil, Adwan, Jillin). "
            "Hand-drawn, fronts within ~5-15 km."
        ),
        "opposition": (
            "As on 2015-12-27, less the corridor north of Aleppo (regime to Nubl/Zahraa; "
            "Tell Rifaat and Menagh to the YPG), Jabal al-Akrad and Jabal al-Turkman in "
            "Latakia (Salma, Rabia) and Sheikh Miskin; east Aleppo still supplied via the "
            "Castello road; al-Tanf (New Syrian Army) added. Hand-drawn."
        ),
        "regime": (
            "Syria minus the other factions; now also Palmyra, the corridor to Nubl/Zahraa, "
            "the Latakia hills, Sheikh Miskin and the countryside east of Aleppo."
        ),
        "kurdish": (
            "YPG/SDF: Afrin canton extended east to Tell Rifaat, Menagh airbase and Deir "
            "Jamal; Sheikh Maqsoud; the Kobani-Jazira strip with Tishreen Dam, al-Hol and "
            "al-Shaddadi (2016-02-19)."
        ),
    },
    "strokes": [
        {
            "faction": "regime",
            "name": "corridor from north Aleppo to Nubl and Zahraa",
            "ring": [
                (37.20, 36.31),  # Sheikh Najjar's north
                (37.12, 36.335),  # Hardatnin-Ratyan, opposition Handarat/Hayan to the south-west
                (37.06, 36.365),  # Mayer
                (37.035, 36.395),  # Zahraa's north-east
                (36.965, 36.355),  # Nubl's west
                (37.03, 36.33),  # Bayanoun front (opposition to the south)
                (37.10, 36.30),  # Ratyan south
                (37.18, 36.28),  # Sheikh Najjar
            ],
        },
        {
            "faction": "kurdish",
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
        {
            "faction": "regime",
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
        {
            "faction": "regime",
            "name": "Latakia: Jabal al-Akrad and Jabal al-Turkman (Salma, Rabia)",
            "ring": [
                (35.95, 35.96),  # Turkey, north of Kessab
                (36.17, 35.96),  # Turkey: opposition keeps a strip east of this line
                (36.17, 35.78),  # west of the Jisr al-Shughour road
                (36.20, 35.71),  # west of Kabani (opposition)
                (36.26, 35.64),  # Ghab edge
                (36.22, 35.58),  # Jurin
                (36.00, 35.60),  # regime rear
            ],
        },
        {
            "faction": "regime",
            "name": "Sheikh Miskin and Atman",
            "ring": [
                (36.11, 32.80),
                (36.215, 32.79),
                (36.215, 32.87),
                (36.12, 32.87),
            ],
        },
        {
            "faction": "regime",
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
        {
            "faction": "kurdish",
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
        {
            "faction": "opposition",
            "name": "al-Tanf (New Syrian Army)",
            "ring": [
                (38.45, 33.62),
                (38.95, 33.62),
                (39.10, 33.40),
                (38.80, 33.20),
                (38.45, 33.40),
            ],
        },
        {
            "faction": "isis",
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
