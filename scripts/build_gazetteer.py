"""Build geo/data/gazetteer.csv from the shared source data and the curated aliases.

Maintainer's tool; the package only reads its output. Run from the repository root::

    .venv/bin/python scripts/build_gazetteer.py --data PATH/TO/reference/data

Sources (see geo/data/SOURCES.md for origins and licences):

* ``gazetteer/ocha_syr_admin4_communities_2015.csv``: the base table (communities);
* ``gazetteer/geonames_cities_sy.csv``: population and spellings, merged into a
  community within 5 km with a similar name, else added;
* ``gazetteer/wikipedia_syria_detailed_map.csv``: news-style spellings, hills,
  bases; merged likewise (communities only) or added;
* ``gazetteer/city_neighbourhoods.csv`` and ``boundaries/ocha_syr_admin5_*``:
  neighbourhoods of Aleppo, Homs, Deir ez-Zor and Damascus;
* ``boundaries/ocha_syr_admin1_2015.geojson``/``admin2``: governorates and districts
  (one interior point each), and the governorate/district of every added point;
* ``geo/data/aliases.csv``: curated spellings (``target``) and places the sources
  lack (own ``lat``/``lon``).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry
from shapely.strtree import STRtree
from unidecode import unidecode

from geo.names import (
    ARTICLES,
    GOVERNORATES,
    _ascii_tokens,
    canonical_admin1,
    normalize,
    plain_typography,
    skeleton,
)
from geo.output.export import write_with
from geo.resources import landmark_words

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"
DEFAULT_ALIASES = REPO / "geo" / "data" / "aliases.csv"
DEFAULT_OUT = REPO / "geo" / "data" / "gazetteer.csv"

COLUMNS = [
    "place_id",
    "name",
    "alt_names",
    "name_ar",
    "lat",
    "lon",
    "precision",
    "kind",
    "admin1",
    "admin2",
    "city",
    "population",
    "rank",
    "source",
]

# Rank by OCHA capital level: 0 national, 1 governorate, 2 district, 3 sub-district.
CAPITAL_RANK = {"0": 100, "1": 90, "2": 70, "3": 50}
RANK_COMMUNITY = 30
RANK_WIKI_COMMUNITY = 25
RANK_SITE = 15
RANK_NEIGHBOURHOOD = 20
RANK_GOVERNORATE = 60
RANK_DISTRICT = 40
MERGE_RADIUS_KM = 5.0
MERGE_FUZZ = 80.0
#: A name in a site's parentheses that a town this close spells alike is the town's.
SITE_TOWN_KM = 15.0

WIKI_KINDS = {
    "": "community",
    "hill": "hill",
    "base": "base",
    "air": "airbase",
    "heli": "airbase",
    "industry": "industry",
    "oil": "oilfield",
    "naval": "naval",
}


@dataclass
class Row:
    place_id: str
    name: str
    lat: float
    lon: float
    precision: str
    kind: str
    source: str
    alt_names: list[str] = field(default_factory=list)
    name_ar: str = ""
    admin1: str = ""
    admin2: str = ""
    city: str = ""
    population: int = 0
    rank: int = RANK_COMMUNITY

    def add_names(self, names: Iterable[str]) -> None:
        for name in names:
            name = name.strip()
            if name and name != self.name and name not in self.alt_names:
                self.alt_names.append(name)

    def all_names(self) -> list[str]:
        return [self.name, *self.alt_names]

    def as_csv(self) -> dict[str, str]:
        return {
            "place_id": self.place_id,
            "name": self.name,
            "alt_names": "|".join(self.alt_names),
            "name_ar": self.name_ar,
            "lat": f"{self.lat:.5f}",
            "lon": f"{self.lon:.5f}",
            "precision": self.precision,
            "kind": self.kind,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "city": self.city,
            "population": str(self.population or ""),
            "rank": str(self.rank),
            "source": self.source,
        }


class Areas:
    """Governorate and district polygons, for point-in-polygon lookups."""

    def __init__(self, admin1: Path, admin2: Path) -> None:
        self.admin1 = _features(admin1)
        self.admin2 = _features(admin2)
        self._tree1 = STRtree([g for g, _ in self.admin1])
        self._tree2 = STRtree([g for g, _ in self.admin2])

    def locate(self, lat: float, lon: float) -> tuple[str, str]:
        point = Point(lon, lat)
        gov = _containing(self._tree1, self.admin1, point)
        dist = _containing(self._tree2, self.admin2, point)
        admin1 = canonical_admin1(gov["NAME_EN"]) if gov else None
        return admin1 or "", dist["NAME_EN"] if dist else ""


def _features(path: Path) -> list[tuple[BaseGeometry, dict[str, str]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [(shape(f["geometry"]), f["properties"]) for f in data["features"]]


def _containing(tree: STRtree, feats: list, point: Point) -> dict[str, str] | None:
    for i in tree.query(point, predicate="intersects"):
        return feats[int(i)][1]
    nearest = tree.nearest(point)
    if nearest is not None and feats[int(nearest)][0].distance(point) < 0.02:
        return feats[int(nearest)][1]
    return None


def _interior_point(geom: BaseGeometry) -> tuple[float, float]:
    centroid = geom.centroid
    point = centroid if geom.contains(centroid) else geom.representative_point()
    return point.y, point.x


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", unidecode(text).lower()).strip("-") or "x"


def _split_compound(name: str) -> list[str]:
    """Parts of an OCHA compound name; after " / " comes a qualifier, not a name."""
    head = name.split(" / ")[0]
    return [p.strip() for p in head.split(" - ") if p.strip()]


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


class Table:
    """Rows plus a coarse grid index for merging nearby same-name places."""

    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.by_id: dict[str, Row] = {}
        self._grid: dict[tuple[int, int], list[Row]] = {}

    def add(self, row: Row) -> Row:
        base, n = row.place_id, 2
        while row.place_id in self.by_id:
            row.place_id = f"{base}-{n}"
            n += 1
        self.rows.append(row)
        self.by_id[row.place_id] = row
        self._grid.setdefault(_cell(row.lat, row.lon), []).append(row)
        return row

    def near(self, lat: float, lon: float) -> Iterable[Row]:
        ci, cj = _cell(lat, lon)
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                yield from self._grid.get((ci + di, cj + dj), [])

    def find_same(self, names: list[str], lat: float, lon: float) -> Row | None:
        best, best_d = None, MERGE_RADIUS_KM
        for row in self.near(lat, lon):
            if row.precision != "town" or row.kind != "community":
                continue
            d = _km(lat, lon, row.lat, row.lon)
            if d <= best_d and _similar(names, row.all_names()):
                best, best_d = row, d
        return best


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return int(lat * 10 // 1), int(lon * 10 // 1)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from geo.geocode.gazetteer import haversine_km

    return haversine_km(lat1, lon1, lat2, lon2)


#: Stems of the words telling apart the villages of a pair ("X al-Sharqi", "Upper X").
_SIDE_RE = re.compile(
    r"sharq|eastern|gharb|western|shamal|northern|janub|southern|fawq|fouq|upper|taht|lower|qibl"
)
_SIDE_OF = {"eastern": "sharq", "western": "gharb", "northern": "shamal", "southern": "janub"}
_SIDE_OF |= {"upper": "fawq", "fouq": "fawq", "lower": "taht"}


def _sides(names: list[str]) -> set[str]:
    found = {m.group() for n in names for m in _SIDE_RE.finditer(unidecode(n).lower())}
    return {_SIDE_OF.get(side, side) for side in found}


def _similar(a: list[str], b: list[str]) -> bool:
    sides_a, sides_b = _sides(a), _sides(b)
    if sides_a and sides_b and not sides_a & sides_b:
        # "Salam al-Gharbi" is not "Eastern Salam", however alike the rest of the names.
        return False
    keys_b = {normalize(n).replace(" ", "") for n in b}
    skels_b = {skeleton(n) for n in b}
    for name in a:
        key = normalize(name).replace(" ", "")
        skel = skeleton(name)
        if key in keys_b or (len(skel) >= 3 and skel in skels_b):
            return True
        if any(fuzz.ratio(key, k) >= MERGE_FUZZ for k in keys_b):
            return True
    return False


def add_admin(table: Table, areas: Areas) -> None:
    for geom, props in areas.admin1:
        canon = canonical_admin1(props["NAME_EN"]) or props["NAME_EN"]
        lat, lon = _interior_point(geom)
        row = Row(f"adm1:{props['PCODE']}", canon, lat, lon, "governorate", "governorate", "ocha")
        row.add_names([props["NAME_EN"], *GOVERNORATES.get(canon, ())])
        row.name_ar = re.sub(r"^مدينة\s+", "", props["NAME_ARA"])
        row.admin1, row.rank = canon, RANK_GOVERNORATE
        table.add(row)
    for geom, props in areas.admin2:
        lat, lon = _interior_point(geom)
        row = Row(
            f"adm2:{props['PCODE']}", props["NAME_EN"], lat, lon, "district", "district", "ocha"
        )
        row.name_ar = re.sub(r"^مركز\s+", "", props["NAME_ARA"])
        row.admin1 = canonical_admin1(props["ADMIN1_EN"]) or ""
        row.admin2, row.rank = props["NAME_EN"], RANK_DISTRICT
        table.add(row)


_GLUED_ARTICLE = re.compile(r"^(?:El|Al)([aeiou])(?=[a-z]{2})")


def _article_apart(name: str, arabic: str) -> str | None:
    """The name with OCHA's glued article written apart ("Elashayer" -> "al-Ashayer").

    OCHA glues the article to the word; before a vowel (an ayn-initial word) the
    spelling-insensitive key cannot tell it from the word's own letters ("Eliyeh" has
    none), so the Arabic word, which shows the article, decides. Words are paired
    with the Arabic words in order; None when they do not pair up or nothing changes.
    """
    words, arabic_words = name.split(), arabic.split()
    if len(words) != len(arabic_words):
        return None
    out = [
        _GLUED_ARTICLE.sub(lambda m: "al-" + m.group(1).upper(), word)
        if ar.startswith("ال")
        else word
        for word, ar in zip(words, arabic_words, strict=True)
    ]
    return " ".join(out) if out != words else None


#: OCHA's English leading word for a part of a pair of villages, and the Arabic adjective the
#: press transliterates after the name instead, masculine and feminine.
_PAIR_WORDS = {
    "eastern": ("Sharqi", "Sharqiyah"),
    "western": ("Gharbi", "Gharbiyah"),
    "northern": ("Shamali", "Shamaliyah"),
    "southern": ("Janubi", "Janubiyah"),
    "upper": ("Fawqani", "Fawqaniyah"),
    "lower": ("Tahtani", "Tahtaniyah"),
}


def _trailing_adjective(name: str, name_ar: str) -> list[str]:
    """Return the press spelling of an OCHA "Western X": "X al-Gharbiyah" (or "al-Gharbi").

    The Arabic name, which puts the adjective after the name, says whether it is feminine.
    """
    head, _, core = name.partition(" ")
    forms = _PAIR_WORDS.get(head.lower())
    if forms is None or not core or " - " in core:
        return []
    words = name_ar.split()
    feminine = bool(words) and words[-1].endswith(("ية", "ة"))
    return [f"{core} al-{forms[1] if feminine else forms[0]}"]


def add_ocha(table: Table, path: Path) -> None:
    for rec in _read_csv(path):
        parts = _split_compound(rec["name_en"])
        row = Row(
            f"ocha:{rec['pcode']}",
            rec["name_en"],
            float(rec["lat"]),
            float(rec["lon"]),
            "town",
            "community",
            "ocha",
        )
        row.add_names([*parts, *_split_compound(rec["name_en_ref"])])
        ar_parts = [p for p in rec["name_ar"].split(" / ")[0].split("_") if p.strip()]
        if len(ar_parts) == len(parts):
            row.add_names(
                [a for p, ar in zip(parts, ar_parts, strict=True) if (a := _article_apart(p, ar))]
            )
        row.name_ar = rec["name_ar"]
        row.add_names(_trailing_adjective(rec["name_en"], rec["name_ar"]))
        if len(ar_parts) > 1:
            row.add_names(ar_parts)
        row.admin1 = canonical_admin1(rec["admin1_en"]) or rec["admin1_en"]
        row.admin2 = rec["admin2_en"]
        level = (rec["capital_level"] or "").split(".")[0]
        row.rank = CAPITAL_RANK.get(level, RANK_COMMUNITY)
        table.add(row)


def add_geonames(table: Table, path: Path, areas: Areas) -> None:
    for rec in _read_csv(path):
        lat, lon = float(rec["lat"]), float(rec["lon"])
        names = [rec["name"]]
        pop = int(float(rec["population"] or 0))
        same = table.find_same(names, lat, lon)
        if same is not None:
            same.add_names(names)
            same.population = max(same.population, pop)
            same.source = _add_source(same.source, "geonames")
            continue
        gid = rec["geonameid"].split(".")[0] if rec["geonameid"] else _slug(rec["name"])
        row = Row(f"gn:{gid}", rec["name"], lat, lon, "town", "community", "geonames")
        row.admin1, row.admin2 = areas.locate(lat, lon)
        row.population = pop
        table.add(row)


# Text in a label's parentheses that qualifies the place instead of naming it: a height
# ("(406m)"), a number or year, a compass word, or a note with words in lowercase
# ("(hill)", "(former nuclear facility)"; articles excepted).
_QUALIFIER = re.compile(r"^(?:[\d\s.]+|.*\d\s*m\b.*|(?i:east|west|north|south))$")
_NAME_PARTICLES = ARTICLES | {"of", "de", "des", "bin", "ibn"}


def _is_qualifier(text: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'‘’`]*", text)
    lowercase = [w for w in words if w[0].islower() and w.lower() not in _NAME_PARTICLES]
    return bool(_QUALIFIER.match(text) or lowercase or not words)


# "oil/gas": a choice of two lowercase words inside one name, not two names.
_WORD_CHOICE = re.compile(r"\b([a-z]+)/([a-z]+)\b")


def _wiki_names(label: str) -> tuple[list[str], list[str]]:
    """Names in a map label: the label without parentheses, then the names inside them.

    The text in parentheses is most often another name of the place (a Turkish or
    Kurdish name, a unit's number: "Nawarah (Kelez)", "Air Defense Base (Brigade
    82)"); written mid-label it stands for the word before it ("Minakh (Menagh)
    Airbase" is also "Menagh Airbase"). Heights, years, compass words and notes in
    lowercase are qualifiers and are dropped. A slash between two lowercase words
    is a choice of one word ("Al Mahr oil/gas fields" is "Al Mahr oil fields" and
    "Al Mahr gas fields"); between names it separates them.
    """
    outer = re.sub(r"\s+", " ", re.sub(r"\s*\([^)]*\)\s*", " ", label)).strip()
    choice = _WORD_CHOICE.search(outer)
    if choice is not None:
        # "Al Mahr oil/gas fields": one place, written with either word.
        outer = " / ".join(
            outer[: choice.start()] + w + outer[choice.end() :] for w in choice.groups()
        )
    names = [n.strip() for n in re.split(r"\s*/\s*", outer) if n.strip()] or [label]
    inner = []
    for match in re.finditer(r"\(([^)]*)\)", label):
        if _is_qualifier(match.group(1)):
            continue
        rest = label[match.end() :].strip()
        rest = "" if "(" in rest else rest
        for part in re.split(r"\s*[,/]\s*", match.group(1)):
            if part.strip():
                inner.append(f"{part.strip()} {rest}".strip())
    return names, [n for n in dict.fromkeys(inner) if n not in names]


def _name_keys(table: Table) -> set[str]:
    return {normalize(n).replace(" ", "") for row in table.rows for n in row.all_names()}


def add_wikipedia(table: Table, path: Path, areas: Areas) -> list[tuple[Row, list[str]]]:
    """Add the map's places; return the sites with the names their parentheses hold.

    Those names are added by :func:`add_site_names` once every other place is in
    the table.
    """
    sites = []
    for rec in _read_csv(path):
        mark = rec["mark"]
        if mark.startswith("BSicon") and re.search(r"\bdam\b", rec["name"], re.IGNORECASE):
            kind = "dam"
        elif not mark.startswith("m.") or mark.startswith("m.pass"):
            continue
        else:
            suffix = mark.split("_", 1)[1] if "_" in mark else ""
            kind = WIKI_KINDS.get(suffix, "community")
        lat, lon = float(rec["lat"]), float(rec["lon"])
        names, inner = _wiki_names(rec["name"])
        if kind == "community":
            names += inner
            same = table.find_same(names, lat, lon)
            if same is not None:
                same.add_names(names)
                same.source = _add_source(same.source, "wikipedia")
                continue
        row = Row(f"wiki:{_slug(names[0])}", names[0], lat, lon, "town", kind, "wikipedia")
        row.add_names(names[1:])
        row.admin1, row.admin2 = areas.locate(lat, lon)
        row.rank = RANK_WIKI_COMMUNITY if kind == "community" else RANK_SITE
        table.add(row)
        if kind != "community" and inner:
            sites.append((row, inner))
    return sites


def add_site_names(table: Table, sites: list[tuple[Row, list[str]]]) -> None:
    """Add the names in a site's parentheses, unless another place has them.

    A site's parentheses often name the town or quarter it lies in ("4th Division
    (Mezzeh)", "Tombs Valley (Palmyra)"): such a name is the other place's, not the
    site's.
    """
    known = _name_keys(table)
    for row, names in sites:
        row.add_names(
            n
            for n in names
            if normalize(n).replace(" ", "") not in known and not _town_nearby(table, row, n)
        )


def _town_nearby(table: Table, site: Row, name: str) -> bool:
    """Say whether a town or quarter near ``site`` is spelled like ``name`` ("Hirjillah")."""
    return any(
        row.kind in ("community", "neighbourhood")
        and _km(site.lat, site.lon, row.lat, row.lon) <= SITE_TOWN_KM
        and _similar([name], row.all_names())
        for row in table.near(site.lat, site.lon)
    )


def add_neighbourhoods(table: Table, csv_path: Path, admin5: Path, areas: Areas) -> None:
    for rec in _read_csv(csv_path):
        lat, lon = float(rec["lat"]), float(rec["lon"])
        row = Row(
            f"nbh:{_slug(rec['city'])}:{_slug(rec['name'])}",
            rec["name"],
            lat,
            lon,
            "neighbourhood",
            "neighbourhood",
            f"neighbourhoods:{rec['source']}",
        )
        row.add_names(rec["alt_names"].split("|"))
        row.name_ar = rec["name_ar"]
        row.city, row.rank = rec["city"], RANK_NEIGHBOURHOOD
        row.admin1, row.admin2 = areas.locate(lat, lon)
        table.add(row)
    for geom, props in _features(admin5):
        if props["HAY_EN"] in ("Unknown", ""):
            continue
        lat, lon = _interior_point(geom)
        row = Row(
            f"ocha5:{props['HAY_PCODE']}",
            props["HAY_EN"],
            lat,
            lon,
            "neighbourhood",
            "neighbourhood",
            "ocha",
        )
        row.city, row.rank = props["CITY_NAME"], RANK_NEIGHBOURHOOD
        row.admin1, row.admin2 = areas.locate(lat, lon)
        table.add(row)


def _add_source(sources: str, new: str) -> str:
    parts = sources.split("+")
    return sources if new in parts else f"{sources}+{new}"


def _find_target(table: Table, target: str, admin1: str, city: str) -> list[Row]:
    if target in table.by_id:
        return [table.by_id[target]]
    key = normalize(target).replace(" ", "")
    hits = [
        r
        for r in table.rows
        if not r.place_id.startswith("alias:")
        and key in {normalize(n).replace(" ", "") for n in r.all_names()}
        and (not admin1 or r.admin1 == admin1)
        and (not city or r.city == city)
    ]
    return hits


def add_aliases(table: Table, path: Path, areas: Areas) -> list[str]:
    problems = []
    for n, rec in enumerate(_read_csv(path), start=2):
        alias, target = rec["alias"].strip(), rec["target"].strip()
        admin1 = canonical_admin1(rec["admin1"]) or rec["admin1"].strip()
        spellings = [a.strip() for a in alias.split("|") if a.strip()]
        if target:
            hits = _find_target(table, target, admin1, rec["city"].strip())
            if len(hits) != 1:
                problems.append(f"line {n}: target {target!r} matched {len(hits)} places")
                continue
            hits[0].add_names(spellings)
            if rec.get("rank"):
                hits[0].rank = max(hits[0].rank, int(rec["rank"]))
            hits[0].source = _add_source(hits[0].source, "alias")
            continue
        if not rec["lat"] or not rec["lon"]:
            problems.append(f"line {n}: alias {alias!r} has neither target nor lat/lon")
            continue
        lat, lon = float(rec["lat"]), float(rec["lon"])
        row = Row(
            f"alias:{_slug(spellings[0])}",
            spellings[0],
            lat,
            lon,
            rec["precision"].strip() or "town",
            rec["kind"].strip() or "site",
            "alias",
        )
        row.add_names(spellings[1:])
        located = areas.locate(lat, lon)
        row.admin1 = admin1 or located[0]
        row.admin2 = located[1] if row.precision != "region" else ""
        row.city = rec["city"].strip()
        row.rank = int(rec["rank"]) if rec.get("rank") else RANK_SITE
        table.add(row)
    return problems


def add_landmark_spellings(table: Table) -> None:
    """Write every landmark named with a generic word with the other words of its family.

    Reports call one air base "X airbase", "X air base", "X airport" or "X military
    airport", one oil field "X oil field" or "X oilfield", one hill "Jabal X", "Mount
    X" or "X mountain" (``geo/data/landmark_words.csv``, "{}" standing for X).
    """
    families = landmark_words()
    for row in table.rows:
        if row.kind in ("neighbourhood", "district", "governorate", "region"):
            continue
        # Compared word by word: "X air base" and "X airbase" are different words in text.
        keys = {normalize(n) for n in row.all_names()}
        for name in row.all_names():
            for kinds, forms in families:
                if kinds and row.kind not in kinds:
                    continue
                core = next((c for f in forms if (c := _landmark_core(name, f))), None)
                if core is None:
                    continue
                for form in forms:
                    spelling = form.replace("{}", core)
                    spelling = spelling[0].upper() + spelling[1:]
                    key = normalize(spelling)
                    if key not in keys:
                        keys.add(key)
                        row.add_names([spelling])
                break


def _landmark_core(name: str, form: str) -> str | None:
    """The landmark's own name in ``name`` written as ``form`` ("{} airbase"), or None."""
    head, tail = form.split("{}")
    lower = plain_typography(name).lower()
    if len(name) <= len(head) + len(tail) or not (lower.startswith(head) and lower.endswith(tail)):
        return None
    core = name[len(head) : len(name) - len(tail)].strip()
    # A core that is only an article or initials ("Tell As", "U.N. Hill") names nothing alone.
    words = _ascii_tokens(core)
    return core if any(len(w) >= 2 and w not in ARTICLES for w in words) else None


#: How near (km) the better-known town a compound's later part names must lie for the part
#: to be read as the compound's qualifier (its district seat) rather than its own name.
QUALIFIER_KM = 25.0


def drop_qualifiers(table: Table) -> None:
    """Drop from a compound community's names the later part that names its district town.

    OCHA writes a community that shares its name with others as "Hjeileh - Elbab" or
    "Mjeidel - Safita": the part after the dash is the better-known town nearby that
    tells the namesakes apart, not a name of the community. Kept as a name, a strike on
    that town could be placed at the village.
    """
    by_key: dict[str, list[Row]] = {}
    for row in table.rows:
        if row.precision == "town" and " - " not in row.name:
            for name in row.all_names():
                by_key.setdefault(normalize(name).replace(" ", ""), []).append(row)
    for row in table.rows:
        if not row.place_id.startswith("ocha:") or " - " not in row.name:
            continue
        for part in _split_compound(row.name)[1:]:
            towns = [
                town
                for town in by_key.get(normalize(part).replace(" ", ""), [])
                if town.rank > row.rank
                and _km(row.lat, row.lon, town.lat, town.lon) <= QUALIFIER_KM
            ]
            if not towns:
                continue
            theirs = {normalize(n).replace(" ", "") for town in towns for n in town.all_names()}
            row.alt_names = [
                n for n in row.alt_names if normalize(n).replace(" ", "") not in theirs
            ]


def build(data: Path, aliases: Path) -> tuple[Table, list[str]]:
    gaz, bnd = data / "gazetteer", data / "boundaries"
    areas = Areas(bnd / "ocha_syr_admin1_2015.geojson", bnd / "ocha_syr_admin2_2015.geojson")
    table = Table()
    add_admin(table, areas)
    add_ocha(table, gaz / "ocha_syr_admin4_communities_2015.csv")
    add_geonames(table, gaz / "geonames_cities_sy.csv", areas)
    sites = add_wikipedia(table, gaz / "wikipedia_syria_detailed_map.csv", areas)
    add_neighbourhoods(
        table,
        gaz / "city_neighbourhoods.csv",
        bnd / "ocha_syr_admin5_city_neighbourhoods_2015.geojson",
        areas,
    )
    problems = add_aliases(table, aliases, areas)
    add_site_names(table, sites)
    add_landmark_spellings(table)
    drop_qualifiers(table)
    return table, problems


def _write_rows(table: Table, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in table.rows:
            writer.writerow(row.as_csv())


def write(table: Table, out: Path) -> None:
    """Write the table to ``out`` atomically: a failed run leaves the previous table whole."""
    write_with(out, lambda tmp: _write_rows(table, tmp))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    parser.add_argument("--aliases", type=Path, default=DEFAULT_ALIASES)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    table, problems = build(args.data, args.aliases)
    for problem in problems:
        print(f"{args.aliases}: {problem}", file=sys.stderr)
    if problems:
        return 1
    write(table, args.out)
    counts: dict[str, int] = {}
    for row in table.rows:
        counts[row.precision] = counts.get(row.precision, 0) + 1
    print(f"wrote {len(table.rows)} places to {args.out} ({counts})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
