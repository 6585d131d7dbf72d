"""Measure how many press spellings of sampled villages the gazetteer places right.

Maintainer's tool. It draws communities at random from the OCHA community list,
writes each name the ways English-language press transliterates Arabic names
(article kept, dropped or split off, ' for ayn, ee/ou/oo, e/a, doubled
consonants, -eh/-a/-ah endings, Deir/Dayr, Tal/Tell, Kafr/Kfar, words run
together, the opening hamza vowel), resolves every spelling with the packaged
gazetteer (alone, with its governorate, and as found whole in a sentence naming
the governorate), and counts a spelling as right when the place chosen lies
within 5 km of the community. Run from the repository root::

    .venv/bin/python scripts/variant_sample.py --data PATH/TO/reference/data
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from geo.geocode.gazetteer import Gazetteer, Resolution, haversine_km, load_gazetteer
from geo.names import canonical_admin1

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"
RIGHT_KM = 5.0


def _sub(pattern: str, repl: str) -> Callable[[str], str]:
    return lambda name: re.sub(pattern, repl, name)


def _article(name: str, arabic: str) -> list[str]:
    """The article the Arabic name has, written as the press does (or dropped)."""
    if "ال" not in arabic:
        return []
    glued = re.sub(
        r"\b(?:El|Al)(?!lah)([a-z])(?=[a-z]{2})", lambda m: "al-" + m.group(1).upper(), name
    )
    out = [glued, re.sub(r"\bal-", "", glued), re.sub(r"\bal-", "al ", glued)]
    if arabic.startswith("ال") and not name.lower().startswith(("al", "el")):
        out += [f"al-{name}", f"Al {name}"]
    return out


def _ayn(name: str, arabic: str) -> list[str]:
    out = [re.sub(r"([aeiou])\1", r"\1'\1", name)]
    if arabic.startswith("ع") and name[0] in "AEIOU":
        out.append("'" + name)
    out.append(re.sub(r"aa\b", "a", name))
    return out


FAMILIES: dict[str, Callable[[str, str], list[str]]] = {
    "article": _article,
    "ayn": _ayn,
    "vowels ee/ou/oo": lambda n, a: [
        _sub(r"i", "ee")(n),
        _sub(r"u", "ou")(n),
        _sub(r"u", "oo")(n),
        _sub(r"ei", "ay")(n),
    ],
    "e/a": lambda n, a: [
        _sub(r"(?<=[a-z])e(?=[a-z])(?!h\b)", "a")(n),
        _sub(r"(?<=[a-z])e(?=[a-z])(?!h\b)", "i")(n),
    ],
    "doubled consonants": lambda n, a: [
        re.sub(r"([b-df-hj-np-tv-z])\1", r"\1", n),
        re.sub(r"(?<=[aeiou])([bdklmnrst])(?=[aeiou])", r"\1\1", n, count=1),
    ],
    "endings": lambda n, a: [
        _sub(r"iyeh\b", "iya")(n),
        _sub(r"iyeh\b", "iyah")(n),
        _sub(r"eh\b", "a")(n),
        _sub(r"eh\b", "ah")(n),
        _sub(r"a\b", "eh")(n),
    ],
    "prefixes": lambda n, a: [
        _sub(r"\bDeir\b", "Dayr")(n),
        _sub(r"\bDeir\b", "Der")(n),
        _sub(r"\bTal\b", "Tell")(n),
        _sub(r"\bTall\b", "Tal")(n),
        _sub(r"\bKafr\b", "Kfar")(n),
        _sub(r"\bKafr\b", "Kafar")(n),
        _sub(r"\bEin\b", "Ain")(n),
        _sub(r"\bUm\b", "Umm")(n),
    ],
    "run together": lambda n, a: [
        re.sub(r"\b(Kafr|Deir|Tal|Ein|Beit|Um) (\w)", lambda m: m.group(1) + m.group(2).lower(), n)
    ],
    "opening vowel": lambda n, a: [
        re.sub(r"^[AEI](?=[^aeiou\W]{2})", v, n) for v in ("A", "I", "E") if v != n[:1]
    ],
    "q/k": lambda n, a: [_sub(r"q", "k")(n), _sub(r"Q", "K")(n)],
}


def _combined(name: str, arabic: str) -> list[str]:
    """Several families at once, as one report writes a name."""
    out = []
    for spelling in _article(name, arabic) or [name]:
        for step in (
            _sub(r"iyeh\b", "iya"),
            _sub(r"eh\b", "ah"),
            _sub(r"\bDeir\b", "Dayr"),
            _sub(r"\bTal\b", "Tell"),
            _sub(r"\bEin\b", "Ayn"),
            _sub(r"ei", "ay"),
            _sub(r"(?<=[a-z])i(?=[a-z])", "ee"),
        ):
            spelling = step(spelling)
        out.append(spelling)
    return out


FAMILIES["combined"] = _combined


def variants(name: str, arabic: str) -> dict[str, list[str]]:
    """Press spellings of one community name, by family (the name itself left out)."""
    out = {}
    for family, make in FAMILIES.items():
        found = [v for v in dict.fromkeys(make(name, arabic)) if v and v != name]
        if found:
            out[family] = found
    return out


def _resolve(gaz: Gazetteer, spelling: str, admin1: str, mode: str) -> Resolution | None:
    """Resolve a spelling alone ("bare"), with its governorate, or as found in a sentence."""
    if mode == "bare":
        return gaz.resolve(spelling)
    if mode == "admin1":
        return gaz.resolve(spelling, admin1=admin1)
    text = f"Warplanes struck {spelling} in {admin1} province on Monday, activists said."
    whole = [m for m in gaz.find_mentions(text) if m.surface == spelling]
    return gaz.resolve(spelling, admin1=admin1) if whole else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    parser.add_argument("--gazetteer", type=Path, default=None, help="gazetteer table")
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--seed", type=int, default=2015)
    parser.add_argument("--show", action="store_true", help="print every spelling missed")
    args = parser.parse_args(argv)
    path = args.data / "gazetteer" / "ocha_syr_admin4_communities_2015.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if " - " not in r["name_en"]]
    sample = random.Random(args.seed).sample(rows, args.size)
    gaz = load_gazetteer(args.gazetteer)
    tally: dict[str, Counter[str]] = {
        "bare": Counter(),
        "admin1": Counter(),
        "sentence": Counter(),
    }
    by_family: Counter[str] = Counter()
    family_right: Counter[str] = Counter()
    for rec in sample:
        lat, lon = float(rec["lat"]), float(rec["lon"])
        admin1 = canonical_admin1(rec["admin1_en"]) or rec["admin1_en"]
        name = rec["name_en"].split(" / ")[0]
        for family, spellings in variants(name, rec["name_ar"]).items():
            for spelling in spellings:
                for mode in tally:
                    res = _resolve(gaz, spelling, admin1, mode)
                    ok = res is not None and (
                        haversine_km(lat, lon, res.place.lat, res.place.lon) <= RIGHT_KM
                    )
                    tally[mode]["right" if ok else "wrong" if res else "none"] += 1
                    if mode == "sentence":
                        by_family[family] += 1
                        family_right[family] += ok
                        if args.show and not ok:
                            got = res.place.name if res else "-"
                            print(f"  miss {family}: {spelling!r} ({name}, {admin1}) -> {got}")
    for mode, counts in tally.items():
        total = sum(counts.values())
        print(
            f"{mode}: {counts['right']}/{total} right ({counts['right'] / total:.3f}), "
            f"{counts['wrong']} wrong place, {counts['none']} not found"
        )
    for family, n in by_family.items():
        print(f"  {family}: {family_right[family]}/{n} ({family_right[family] / n:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
