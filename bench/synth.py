"""Synthetic inputs for the benchmarks: a report corpus and a table of points.

Everything is drawn from a seeded ``random.Random`` (or numpy generator), so
the same arguments always give the same files. Report sentences name real
places of the packaged gazetteer, with strike triggers, actors, claimants,
explicit and relative dates, lists of places, reference points ("near X"),
launch sites and neighbourhoods of cities, in the shape of 2015-2016 news.
"""

from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

from geo.geocode.gazetteer import DEFAULT_GAZETTEER_PATH

DEFAULT_SEED = 20151007
FIRST_DAY = date(2015, 9, 30)
LAST_DAY = date(2016, 12, 31)
#: Syria's bounding box with a margin, so that some points fall abroad or at sea.
POINTS_BOUNDS = (35.0, 32.0, 42.9, 37.6)

MONTHS = (
    "January February March April May June July August September October November December"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

ACTORS = (
    "Russian warplanes",
    "Russian jets",
    "Syrian government helicopters",
    "regime warplanes",
    "US-led coalition aircraft",
    "Sukhoi Su-24 bombers",
    "Syrian army jets",
)
CLAIMANTS = (
    "the Syrian Observatory for Human Rights",
    "the Local Coordination Committees",
    "activists",
    "the Russian Defence Ministry",
    "SANA",
    "the White Helmets",
    "local sources",
    "Reuters",
)
TARGETS = (
    "ISIS positions",
    "rebel positions",
    "a field hospital",
    "a market",
    "residential buildings",
    "a school",
    "Islamic State command posts",
)
WEAPONS = ("cluster bombs", "barrel bombs", "unguided bombs", "cruise missiles", "rockets")
LAUNCH_SITES = (
    "Hmeimim airbase in Latakia",
    "warships in the Caspian Sea",
    "the Admiral Kuznetsov in the Mediterranean",
)
#: Share of sentences that report a strike; the rest is context and quotes.
STRIKE_SHARE = 0.2
#: The same share in a dense corpus (a feed of strike reports only, about 5x the events).
DENSE_STRIKE_SHARE = 1.0
SOURCES = ("The Interpreter", "Reuters", "Al Jazeera", "Syria Direct", "Enab Baladi", "AFP")


@dataclass(frozen=True)
class _Places:
    towns: list[str]
    governorates: list[str]
    neighbourhoods: list[tuple[str, str]]
    #: The towns of each governorate, by its name: a report names a governorate's own towns.
    towns_in: dict[str, list[str]]


def _load_places(path: Path = DEFAULT_GAZETTEER_PATH) -> _Places:
    towns, governorates, neighbourhoods = [], [], []
    by_admin1: dict[str, list[str]] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = row["name"]
            if not name.isascii() or not name[:1].isupper():
                continue
            if row["precision"] == "governorate":
                governorates.append((name, row["admin1"]))
            elif row["precision"] == "neighbourhood" and row["city"]:
                neighbourhoods.append((name, row["city"]))
            elif row["precision"] == "town" and row["kind"] == "community":
                towns.append(name)
                by_admin1.setdefault(row["admin1"], []).append(name)
    named = [(name, admin1) for name, admin1 in governorates if by_admin1.get(admin1)]
    return _Places(
        towns,
        [name for name, _ in named],
        neighbourhoods,
        {name: by_admin1[admin1] for name, admin1 in named},
    )


class _Writer:
    """Draws report sentences from one random generator."""

    def __init__(
        self, rng: random.Random, places: _Places, strike_share: float = STRIKE_SHARE
    ) -> None:
        self.rng = rng
        self.places = places
        self.strike_share = strike_share

    def town(self) -> str:
        return self.rng.choice(self.places.towns)

    def gov(self) -> str:
        return self.rng.choice(self.places.governorates)

    def town_in(self, gov: str) -> str:
        return self.rng.choice(self.places.towns_in[gov])

    def day(self, published: date) -> str:
        r = self.rng.random()
        if r < 0.3:
            d = published - timedelta(days=self.rng.randint(0, 6))
            return f"on {d.day} {MONTHS[d.month - 1]} {d.year}"
        if r < 0.5:
            d = published - timedelta(days=self.rng.randint(0, 3))
            return f"on {MONTHS[d.month - 1]} {d.day}"
        if r < 0.7:
            return self.rng.choice(("yesterday", "this morning", "on Sunday", "last night"))
        if r < 0.8:
            return f"on {self.rng.choice(WEEKDAYS)}"
        return ""

    def strike(self, published: date) -> str:
        rng = self.rng
        when = self.day(published)
        kind = rng.randrange(7)
        if kind == 0:
            gov = self.gov()
            return (
                f"{rng.choice(ACTORS)} struck {self.town_in(gov)} in {gov} province {when}, "
                f"according to {rng.choice(CLAIMANTS)}."
            )
        if kind == 1:
            gov = self.gov()
            towns = ", ".join(self.town_in(gov) for _ in range(rng.randint(1, 3)))
            return (
                f"Air strikes hit the {gov} towns of {towns} and {self.town_in(gov)} {when}, "
                f"{rng.choice(CLAIMANTS)} reported."
            )
        if kind == 2:
            name, city = rng.choice(self.places.neighbourhoods)
            return (
                f"{rng.choice(ACTORS)} dropped {rng.choice(WEAPONS)} on the {name} neighbourhood "
                f"of {city} {when}, killing at least {rng.randint(2, 40)} people."
            )
        if kind == 3:
            return (
                f"{rng.choice(ACTORS).capitalize()} bombed {rng.choice(TARGETS)} in "
                f"{self.town()}, {rng.randint(3, 30)} km north of {self.town()}, {when}."
            )
        if kind == 4:
            return (
                f"Missiles launched from {rng.choice(LAUNCH_SITES)} struck {self.town()} "
                f"and {self.town()} {when}, the ministry said."
            )
        if kind == 5:
            gov = self.gov()
            return (
                f"{rng.choice(CLAIMANTS).capitalize()} said airstrikes {when} targeted "
                f"{rng.choice(TARGETS)} near {self.town_in(gov)} in the {gov} countryside."
            )
        return (
            f"Barrel bombs were dropped on {self.town()} {when}, while shelling continued "
            f"around {self.town()}."
        )

    def filler(self) -> str:
        rng = self.rng
        kind = rng.randrange(6)
        if kind == 0:
            return f"Residents fled from {self.town()} towards {self.town()} as fighting went on."
        if kind == 1:
            return (
                "The Kremlin said the campaign would continue until its goals were met, "
                f"and officials met in {rng.choice(('Geneva', 'Vienna', 'Moscow'))} to discuss "
                "a ceasefire that neither side expected to hold for long."
            )
        if kind == 2:
            return (
                "Video posted online showed smoke rising over the skyline, "
                f"though it could not be independently verified by {rng.choice(SOURCES)}."
            )
        if kind == 3:
            return (
                f"Rebels said they had repelled an advance on {self.town()} after days of "
                "heavy clashes with pro-government militias."
            )
        if kind == 4:
            return (
                "Aid agencies warned that hospitals in the area were running short of fuel "
                "and medicine, and that thousands of families were sleeping in the open "
                "near the border with Turkey."
            )
        return (
            "Analysts said the pattern of the campaign suggested that its aim was to shore "
            "up government lines rather than to fight the Islamic State, a charge that "
            "Moscow has repeatedly denied."
        )

    def paragraph(self, published: date) -> str:
        sentences = []
        for _ in range(self.rng.randint(3, 6)):
            strike = self.rng.random() < self.strike_share
            sentences.append(self.strike(published) if strike else self.filler())
        return _tidy(" ".join(sentences))

    def document(self, index: int, target_bytes: int) -> str:
        published = FIRST_DAY + timedelta(days=self.rng.randint(0, (LAST_DAY - FIRST_DAY).days))
        head = (
            "---\n"
            f"title: Air strikes in Syria, report {index}\n"
            f"source: {self.rng.choice(SOURCES)}\n"
            f"url: https://example.org/reports/{index}\n"
            f"published: {published.isoformat()}\n"
            "---\n"
        )
        paragraphs: list[str] = []
        size = len(head)
        while size < target_bytes:
            paragraphs.append(self.paragraph(published))
            size += len(paragraphs[-1]) + 2
        return head + "\n\n".join(paragraphs) + "\n"


_LOOSE_SPACE = re.compile(r" +(?=[ ,.])")


def _tidy(text: str) -> str:
    """Remove the spaces an empty date leaves ("of Homs , killing")."""
    return _LOOSE_SPACE.sub("", text)


def write_corpus(
    folder: str | Path,
    n_documents: int = 2_000,
    *,
    doc_bytes: int = 5_000,
    seed: int = DEFAULT_SEED,
    dense: bool = False,
) -> int:
    """Write ``n_documents`` synthetic reports as ``.txt`` files with front matter.

    ``dense`` makes every sentence report a strike (:data:`DENSE_STRIKE_SHARE`).
    Returns the total size in bytes.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    share = DENSE_STRIKE_SHARE if dense else STRIKE_SHARE
    writer = _Writer(random.Random(seed), _load_places(), share)
    total = 0
    for i in range(n_documents):
        text = writer.document(i, doc_bytes)
        data = text.encode("utf-8")
        (folder / f"report_{i:05d}.txt").write_bytes(data)
        total += len(data)
    return total


def town_rows(path: Path = DEFAULT_GAZETTEER_PATH) -> list[dict[str, str]]:
    """Return the gazetteer's rows of towns and neighbourhoods: where strikes are placed.

    Parameters
    ----------
    path : Path
        A gazetteer table; default the packaged one.

    Returns
    -------
    list of dict
        Its rows whose ``precision`` is ``town`` or ``neighbourhood``, in table order.
    """
    with open(path, encoding="utf-8", newline="") as handle:
        return [r for r in csv.DictReader(handle) if r["precision"] in ("town", "neighbourhood")]


def _town_coordinates(path: Path = DEFAULT_GAZETTEER_PATH) -> np.ndarray:
    return np.array([(float(r["lon"]), float(r["lat"])) for r in town_rows(path)])


def points_table(n: int, *, seed: int = DEFAULT_SEED, scattered: float = 0.1) -> pa.Table:
    """Return ``n`` ACLED-like points in and around Syria.

    Like ACLED's, most points sit at a town of the gazetteer (within about
    2 km); the ``scattered`` share is spread evenly over a box around Syria,
    so some fall abroad or at sea. Columns ``event_id_cnty``, ``event_date``
    ("07 October 2015"), ``latitude``, ``longitude``, ``fatalities``.
    """
    rng = np.random.default_rng(seed)
    towns = _town_coordinates()
    xy = towns[rng.integers(0, len(towns), n)] + rng.normal(0.0, 0.015, (n, 2))
    spread = rng.random(n) < scattered
    xmin, ymin, xmax, ymax = POINTS_BOUNDS
    xy[spread, 0] = rng.uniform(xmin, xmax, spread.sum())
    xy[spread, 1] = rng.uniform(ymin, ymax, spread.sum())
    days = rng.integers(0, (LAST_DAY - FIRST_DAY).days + 1, n)
    stamps = np.datetime64(FIRST_DAY.isoformat()) + days.astype("timedelta64[D]")
    dates = pc.strftime(pa.array(stamps), format="%d %B %Y")
    return pa.table(
        {
            "event_id_cnty": pa.array([f"SYR{i}" for i in range(n)]),
            "event_date": dates,
            "latitude": np.round(xy[:, 1], 4),
            "longitude": np.round(xy[:, 0], 4),
            "fatalities": rng.integers(0, 20, n),
        }
    )


def write_points_csv(path: str | Path, n: int, *, seed: int = DEFAULT_SEED) -> int:
    """Write ``n`` synthetic points as an ACLED-style CSV; return its size in bytes."""
    path = Path(path)
    pa_csv.write_csv(points_table(n, seed=seed), path)
    return path.stat().st_size
