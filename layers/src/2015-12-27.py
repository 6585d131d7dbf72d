"""Control areas on 2015-12-27, after Kweires and Tishreen Dam.

On 2015-12-27: after the regime relieved Kweires airbase
(2015-11-10) and took al-Hader and Jabal al-Hass south of Aleppo (Nov 2015),
the SDF took al-Hol (2015-11-13) and Tishreen Dam (2015-12-26).
Painted over the 2015-10-07 result; (lon, lat) vertices, comments per segment.
"""

LAYER = {
    "date": "2015-12-27",
    "base": "2015-10-07",
    "notes": {
        "isis": (
            "As on 2015-10-07, less al-Hol (SDF), Tishreen Dam (SDF) and the corridor to "
            "Kweires (regime). Hand-drawn, fronts within ~5-15 km."
        ),
        "opposition": (
            "As on 2015-10-07, less the southern Aleppo countryside (al-Hader, Jabal al-Hass) "
            "and the Atshan area in north-east Hama taken by the regime. Hand-drawn."
        ),
        "kurdish": (
            "YPG/SDF (SDF formed 2015-10): Afrin canton, Sheikh Maqsoud, the Kobani-Jazira "
            "strip with al-Hol (2015-11-13) and Tishreen Dam (2015-12-26)."
        ),
    },
    "strokes": [
        {
            "faction": "regime",
            "name": "corridor to Kweires airbase",
            "ring": [
                (37.40, 36.12),  # thermal power plant, south side
                (37.47, 36.095),  # Safira's north-east
                (37.63, 36.16),  # Kweires' south
                (37.63, 36.215),  # Kweires' north
                (37.55, 36.22),  # ISIS (Deir Hafer road) to the north
                (37.44, 36.185),  # thermal power plant, north side
            ],
        },
        {
            "faction": "regime",
            "name": "southern Aleppo countryside: al-Hader, Jabal al-Hass",
            "ring": [
                (37.06, 36.11),  # south of Aleppo's Ramouseh: opposition Khan Tuman to the west
                (37.20, 36.13),  # airport road
                (37.30, 36.07),  # Safira
                (37.30, 35.92),  # Jabal al-Hass south
                (37.15, 35.92),  # south of Banan al-Has
                (37.06, 35.96),  # south of al-Hader
                (37.03, 36.00),  # al-Hader west, opposition al-Eis to the west
            ],
        },
        {
            "faction": "regime",
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
            "faction": "kurdish",
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
        {
            "faction": "kurdish",
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
    ],
}
