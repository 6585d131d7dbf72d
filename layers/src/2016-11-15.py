"""Control areas on 2016-11-15, east Aleppo besieged, after Euphrates Shield.

On 2016-11-15: east Aleppo besieged again (the regime closed
the Ramouseh corridor on 2016-09-04); Turkish-backed opposition holds the
Jarabulus-Dabiq-al-Rai strip after Euphrates Shield (from 2016-08-24);
SDF holds Manbij to the Sajur and began advancing on Raqqa (2016-11-06);
the regime took Darayya (2016-08-26) and Moadamiya (2016-10); opposition
took Halfaya in northern Hama (2016-08-29). ISIS still holds al-Bab, Raqqa
and most of Deir ez-Zor; Palmyra is regime (until 2016-12-11).
Painted over the 2016-08-15 result.
"""

LAYER = {
    "date": "2016-11-15",
    "base": "2016-08-15",
    "notes": {
        "isis": (
            "As on 2016-08-15, less the Jarabulus-Dabiq-al-Rai border strip (opposition, "
            "Euphrates Shield) and the steppe south of Ain Issa (SDF); holds al-Bab, Raqqa, "
            "Tabqa, most of Deir ez-Zor, al-Sukhnah. Hand-drawn, fronts within ~5-15 km."
        ),
        "opposition": (
            "Turkish-backed opposition (Euphrates Shield) from Azaz to Jarabulus, Dabiq, "
            "Akhtarin and al-Rai; east Aleppo besieged (Ramouseh closed 2016-09-04); Idlib, "
            "west Aleppo countryside, northern Hama with Halfaya; Rastan pocket; Eastern "
            "Ghouta (smaller), Zabadani/Madaya, Wadi Barada, Khan al-Shih; Daraa/Quneitra; "
            "al-Tanf. Darayya and Moadamiya now regime. Hand-drawn."
        ),
        "regime": (
            "Syria minus the other factions: west Aleppo with the Castello road and the "
            "Ramouseh/artillery college area, Palmyra (until 2016-12-11), Darayya, Moadamiya."
        ),
        "kurdish": (
            "YPG/SDF: Afrin canton with Tell Rifaat; Sheikh Maqsoud; Manbij to the Sajur; the "
            "Kobani-Jazira strip with the first gains south of Ain Issa (2016-11)."
        ),
    },
    "strokes": [
        {
            "faction": "opposition",
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
                (38.10, 36.70),  # Euphrates west bank, Kobani (SDF) across it
                (38.06, 36.80),  # Jarabulus on the Euphrates
                (38.06, 37.00),  # Turkey
            ],
        },
        {
            "faction": "kurdish",
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
        {
            "faction": "kurdish",
            "name": "SDF gains south of Ain Issa (Wrath of Euphrates)",
            "ring": [
                (38.70, 36.40),
                (39.15, 36.42),
                (39.10, 36.22),
                (38.75, 36.25),
            ],
        },
        {
            "faction": "regime",
            "name": "Aleppo: the siege ring around east Aleppo",
            "ring": [
                (37.04, 36.19),  # western suburbs
                (37.06, 36.155),  # artillery college (retaken 2016-09-04)
                (37.13, 36.135),  # Ramouseh
                (37.20, 36.135),  # airport road
                (37.26, 36.15),  # airport
                (37.30, 36.29),  # Sheikh Najjar
                (37.20, 36.32),  # Handarat
                (37.13, 36.29),  # Mallah
                (37.10, 36.25),  # Layramoun
                (37.06, 36.22),  # Zahraa association
            ],
        },
        {
            "faction": "opposition",
            "name": "east Aleppo (besieged)",
            "ring": [
                (37.150, 36.172),  # old city: regime west Aleppo beyond
                (37.175, 36.152),  # Sheikh Saeed
                (37.200, 36.170),  # Karm al-Tarrab front with the airport
                (37.210, 36.220),  # Jabal Badro and Hanano
                (37.192, 36.248),  # Haydariya and Baidin
                (37.172, 36.243),  # Sheikh Maqsoud's eastern edge
                (37.165, 36.222),  # Bustan al-Basha
                (37.162, 36.195),  # citadel: regime
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
        {
            "faction": "regime",
            "name": "Darayya and Moadamiya",
            "ring": [
                (36.165, 33.450),
                (36.205, 33.435),
                (36.255, 33.448),
                (36.255, 33.472),
                (36.175, 33.480),
            ],
        },
        {
            "faction": "opposition",
            "name": "northern Hama: Halfaya",
            "ring": [
                (36.56, 35.30),
                (36.62, 35.245),
                (36.66, 35.255),
                (36.66, 35.30),
                (36.60, 35.315),
            ],
        },
    ],
}
