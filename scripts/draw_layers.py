"""Build the offline basemap and compose the hand-drawn control layers.

Maintainer's tool, run from the repository root:

    python scripts/draw_layers.py basemap [--shared DIR]   # copy + simplify boundaries
    python scripts/draw_layers.py areas [--shared DIR]     # areas that change hands
    python scripts/draw_layers.py control                  # layers/src -> base layer

``basemap`` reads the shared reference data (OCHA boundaries and communities,
Natural Earth) and writes ``layers/basemap/``; ``areas`` reads
``layers/src/areas.py`` and the Aleppo (Columbia CSR) and Damascus (OCHA)
neighbourhood polygons and writes ``layers/control/areas.geojson``;
``control`` reads ``layers/src/YYYY-MM-DD.py``, ``layers/src/base_areas.csv``,
``layers/control/areas.geojson`` and ``layers/basemap/`` and writes the base
layer ``layers/control/YYYY-MM-DD.geojson``.

An entry of ``areas.py`` with ``"between_neighbourhoods": True`` keeps only the
ground between Aleppo's neighbourhood polygons (the streets that fell with them),
so each neighbourhood keeps its own change and date.

A source file assigns one Python literal, ``LAYER = {...}``, with ``date``, ``base`` (an earlier
date to start from, or None), ``notes`` (per faction) and ``strokes``: shapes
painted in order over a canvas that starts as all-regime Syria (or the
``base`` date's result). Each stroke gives a ``faction`` and either a
``ring`` of (lon, lat) vertices or a ``governorate`` P-code; it is clipped to
Syria and takes its ground from whatever faction held it before. Regime is
finally Syria minus the other factions, so factions never overlap and cover
Syria exactly.
"""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely
from shapely.geometry import Point, Polygon

from geo.output.export import write_with
from geo.record import FACTIONS

REPO = Path(__file__).resolve().parent.parent
LAYERS = REPO / "layers"
SRC = LAYERS / "src"
BASEMAP = LAYERS / "basemap"
CONTROL = LAYERS / "control"
DEFAULT_SHARED = REPO.parent / "shared" / "data"
GRID = 1e-5  # ~1 m; output coordinates keep five decimals
SIMPLIFY_DEG = 0.0015  # ~150 m, for governorate edges (coverage-preserving)
NEIGHBOUR_SIMPLIFY_DEG = 0.01

# (name on the map, OCHA community name_en, OCHA admin1_en, rank)
# rank 1 capital, 2 governorate centre, 3 other towns that reports name often.
CITIES = [
    ("Damascus", "Damascus", "Damascus", 1),
    ("Aleppo", "Aleppo", "Aleppo", 2),
    ("Homs", "Homs", "Homs", 2),
    ("Hama", "Hama", "Hama", 2),
    ("Latakia", "Lattakia", "Lattakia", 2),
    ("Tartus", "Tartous", "Tartous", 2),
    ("Idlib", "Idleb", "Idleb", 2),
    ("Raqqa", "Ar-Raqqa", "Ar-Raqqa", 2),
    ("Deir ez-Zor", "Deir-ez-Zor", "Deir-ez-Zor", 2),
    ("Hasakah", "Al-Hasakeh", "Al-Hasakeh", 2),
    ("Daraa", "Dar'a", "Dar'a", 2),
    ("Suwayda", "As-Sweida", "As-Sweida", 2),
    ("Quneitra", "Quneitra", "Quneitra", 2),
    ("Palmyra", "Tadmor", "Homs", 3),
    ("Qamishli", "Quamishli", "Al-Hasakeh", 3),
    ("Kobani", "Ain Al Arab", "Aleppo", 3),
    ("Manbij", "Menbij", "Aleppo", 3),
    ("al-Bab", "Al Bab", "Aleppo", 3),
    ("Jarabulus", "Jarablus", "Aleppo", 3),
    ("Azaz", "Azaz", "Aleppo", 3),
    ("Afrin", "Afrin", "Aleppo", 3),
    ("Tell Abyad", "Tell Abiad", "Ar-Raqqa", 3),
    ("Tabqa", "Al-Thawrah", "Ar-Raqqa", 3),
    ("al-Mayadin", "Al Mayadin", "Deir-ez-Zor", 3),
    ("Abu Kamal", "Abu Kamal", "Deir-ez-Zor", 3),
    ("Jisr al-Shughour", "Jisr-Ash-Shugur", "Idleb", 3),
    ("Maarat al-Numan", "Ma'arrat An Nu'man", "Idleb", 3),
    ("Rastan", "Ar-Rastan", "Homs", 3),
    ("Douma", "Duma", "Rural Damascus", 3),
    ("Ras al-Ain", "Ras Al Ain", "Al-Hasakeh", 3),
]


def _write(gdf: gpd.GeoDataFrame, path: Path) -> None:
    # Written beside the target and renamed over it: an interrupted run leaves the
    # committed file whole. The layer keeps the target's name, not the temporary one.
    write_with(
        path,
        lambda tmp: gdf.to_file(
            tmp,
            layer=path.stem,
            driver="GeoJSON",
            RFC7946="YES",
            COORDINATE_PRECISION=5,
            WRITE_BBOX="NO",
        ),
    )
    print(f"wrote {path.relative_to(REPO)} ({path.stat().st_size:,} bytes)")


def build_basemap(shared: Path) -> None:
    boundaries = shared / "boundaries"
    admin1 = gpd.read_file(boundaries / "ocha_syr_admin1_2015.geojson").to_crs(4326)
    simplified = shapely.coverage_simplify(admin1.geometry.to_numpy(), SIMPLIFY_DEG)
    simplified = shapely.set_precision(shapely.make_valid(simplified), GRID)
    governorates = gpd.GeoDataFrame(
        {
            "name": admin1["NAME_EN"],
            "name_ar": admin1["NAME_ARA"],
            "pcode": admin1["PCODE"],
        },
        geometry=simplified,
        crs=4326,
    ).sort_values("pcode")
    _write(governorates, BASEMAP / "governorates.geojson")

    outline = shapely.set_precision(shapely.union_all(simplified), GRID)
    outline = shapely.MultiPolygon(
        [p for p in shapely.get_parts(outline) if p.area > 1e-6]
    )  # drops slivers left between simplified edges; keeps Arwad island
    _write(
        gpd.GeoDataFrame({"name": ["Syria"]}, geometry=[outline], crs=4326),
        BASEMAP / "syria_outline.geojson",
    )

    ne = gpd.read_file(boundaries / "ne_10m_admin0_syria_and_neighbours.geojson").to_crs(4326)
    neighbours = gpd.GeoDataFrame(
        {"name": ne["NAME_EN"], "iso_a3": ne["ISO_A3"]},
        geometry=shapely.make_valid(ne.geometry.simplify(NEIGHBOUR_SIMPLIFY_DEG).to_numpy()),
        crs=4326,
    )
    _write(neighbours, BASEMAP / "neighbours.geojson")

    communities = pd.read_csv(shared / "gazetteer" / "ocha_syr_admin4_communities_2015.csv")
    rows = []
    for name, ocha_name, admin1_en, rank in CITIES:
        match = communities[
            (communities["name_en"] == ocha_name) & (communities["admin1_en"] == admin1_en)
        ]
        if len(match) > 1:  # same name twice: keep the district or governorate centre
            match = match[match["capital_level"].notna()]
        if len(match) != 1:
            raise SystemExit(f"city {name!r}: {len(match)} OCHA matches for {ocha_name!r}")
        row = match.iloc[0]
        rows.append(
            {
                "name": name,
                "name_ar": row["name_ar"],
                "admin1": admin1_en,
                "rank": rank,
                "ocha_pcode": row["pcode"],
                "geometry": Point(round(row["lon"], 5), round(row["lat"], 5)),
            }
        )
    _write(gpd.GeoDataFrame(rows, crs=4326), BASEMAP / "cities.geojson")


def _literal(path: Path, name: str):
    # The file is parsed, never run: only the literal assigned to `name` is read.
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    values = [
        node.value
        for node in tree.body
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == [name]
    ]
    if len(values) != 1:
        raise SystemExit(f"{path.name}: expected one `{name} = ...` literal")
    return ast.literal_eval(values[0])


def read_source(path: Path) -> dict:
    spec = _literal(path, "LAYER")
    if spec.get("date") != path.stem:
        raise SystemExit(f"{path.name}: `date` {spec.get('date')!r} differs from the file name")
    return spec


def _ring(vertices: list, where: str) -> Polygon:
    polygon = Polygon(vertices)
    if not polygon.is_valid:
        raise SystemExit(f"{where}: invalid ring: {shapely.is_valid_reason(polygon)}")
    return polygon


def _give(canvas: dict, faction: str, shape) -> dict:
    """Give ``shape`` to ``faction``: cut it out of every faction's ground, add it to one."""
    canvas = dict(canvas)
    for other in FACTIONS:
        canvas[other] = shapely.difference(canvas[other], shape)
    canvas[faction] = shapely.union(canvas[faction], shape)
    return canvas


def _stroke_shape(stroke: dict, syria, governorates: gpd.GeoDataFrame, where: str):
    if "ring" in stroke:
        shape = _ring(stroke["ring"], where)
    elif "governorate" in stroke:
        match = governorates[governorates["pcode"] == stroke["governorate"]]
        if match.empty:
            raise SystemExit(f"{where}: unknown governorate {stroke['governorate']!r}")
        shape = match.geometry.iloc[0]
    else:
        raise SystemExit(f"{where}: a stroke needs `ring` or `governorate`")
    return shapely.intersection(shape, syria)


def compose(spec: dict, canvas: dict, syria, governorates: gpd.GeoDataFrame) -> dict:
    for number, stroke in enumerate(spec["strokes"]):
        where = f"{spec['date']} stroke {number} ({stroke.get('name', '?')})"
        faction = stroke["faction"]
        if faction not in FACTIONS:
            raise SystemExit(f"{where}: unknown faction {faction!r}")
        canvas = _give(canvas, faction, _stroke_shape(stroke, syria, governorates, where))
    return canvas


def _clean(geom, min_area: float = 1e-6):
    geom = shapely.set_precision(shapely.make_valid(geom), GRID)
    polygons = [
        p for p in shapely.get_parts(geom) if p.geom_type == "Polygon" and p.area > min_area
    ]
    return shapely.MultiPolygon(polygons) if polygons else None


def build_control() -> None:
    outline = gpd.read_file(BASEMAP / "syria_outline.geojson").geometry.union_all()
    governorates = gpd.read_file(BASEMAP / "governorates.geojson")
    empty = shapely.MultiPolygon()
    results: dict[str, dict] = {}
    notes_by_date: dict[str, dict] = {}
    for path in sorted(SRC.glob("[0-9]*.py")):
        spec = read_source(path)
        if spec["base"]:
            canvas = results[spec["base"]]
            notes = dict(notes_by_date[spec["base"]])
        else:
            canvas = {f: empty for f in FACTIONS} | {"regime": outline}
            notes = {}
        notes.update(spec["notes"])
        canvas = compose(spec, canvas, outline, governorates)
        if not spec["base"] and (SRC / "base_areas.csv").exists():
            canvas = paint_base_areas(canvas, gpd.read_file(CONTROL / "areas.geojson"))
        results[spec["date"]] = canvas
        notes_by_date[spec["date"]] = notes

        others = {f: _clean(canvas[f]) for f in FACTIONS if f != "regime"}
        taken = shapely.union_all([g for g in others.values() if g is not None])
        others["regime"] = _clean(shapely.difference(outline, taken))
        rows = [
            {
                "faction": f,
                "date": spec["date"],
                "notes": notes.get(f, ""),
                "geometry": others[f],
            }
            for f in FACTIONS
            if others[f] is not None
        ]
        _write(gpd.GeoDataFrame(rows, crs=4326), CONTROL / f"{spec['date']}.geojson")


CSR_ATTRIBUTION = (
    "Columbia University Center for Spatial Research, Conflict Urbanism: Aleppo (MIT licence)"
)
OCHA_ATTRIBUTION = "UN OCHA Syria, Common Operational Datasets (via HDX), CC BY-IGO"
CITY_ACCURACY_KM = 0.5


def build_areas(shared: Path) -> None:
    """Write ``layers/control/areas.geojson``: hand-drawn areas and city neighbourhoods."""
    outline = gpd.read_file(BASEMAP / "syria_outline.geojson").geometry.union_all()
    entries = _literal(SRC / "areas.py", "AREAS")
    rings = {e["area"]: _ring(e["ring"], f"areas.py {e['area']}") for e in entries if "ring" in e}
    rows = []
    for entry in entries:
        where = f"areas.py {entry.get('area', '?')}"
        if "ring" in entry:
            shape = rings[entry["area"]]
        elif "of" in entry and entry["of"] in rings:
            shape = shapely.intersection(rings[entry["of"]], shapely.box(*entry["box"]))
        else:
            raise SystemExit(f"{where}: needs `ring`, or `of` (a drawn area) and `box`")
        rows.append(
            {
                "area": entry["area"],
                "name": entry["name"],
                "source": "hand-drawn",
                "accuracy_km": entry.get("accuracy_km"),
                "geometry": shapely.intersection(shape, outline),
            }
        )
    csr = gpd.read_file(shared / "boundaries" / "csr_aleppo_neighbourhoods.geojson").to_crs(4326)
    csr["geometry"] = shapely.make_valid(csr.geometry.to_numpy())
    for csr_id, group in csr.groupby("csr_id"):
        rows.append(
            {
                "area": f"aleppo-{int(csr_id)}",
                "name": f"Aleppo: {group['name'].iloc[0]}",
                "source": CSR_ATTRIBUTION,
                "accuracy_km": CITY_ACCURACY_KM,
                "geometry": shapely.union_all(group.geometry.to_numpy()),
            }
        )
    ocha = gpd.read_file(
        shared / "boundaries" / "ocha_syr_admin5_city_neighbourhoods_2015.geojson"
    ).to_crs(4326)
    for row in ocha.itertuples():
        rows.append(
            {
                "area": f"damascus-{row.HAY_PCODE}",
                "name": f"Damascus: {' '.join(row.HAY_EN.split())}",
                "source": OCHA_ATTRIBUTION,
                "accuracy_km": CITY_ACCURACY_KM,
                "geometry": shapely.make_valid(row.geometry),
            }
        )
    frame = gpd.GeoDataFrame(rows, crs=4326)
    frame["geometry"] = [_clean(g, 1e-9) for g in frame.geometry]
    empty = frame[frame.geometry.isna()]
    if len(empty):
        raise SystemExit(f"areas outside Syria: {list(empty['area'])}")
    between = {e["area"] for e in entries if e.get("between_neighbourhoods")}
    if between:
        # streets between the CSR polygons: the neighbourhoods keep their own rows and dates
        is_csr = frame["source"] == CSR_ATTRIBUTION
        neighbourhoods = shapely.union_all(frame.loc[is_csr, "geometry"].to_numpy())
        cut = frame["area"].isin(between)
        frame.loc[cut, "geometry"] = [
            _clean(shapely.difference(g, neighbourhoods), 1e-9) for g in frame.loc[cut, "geometry"]
        ]
    dupes = frame["area"][frame["area"].duplicated()]
    if len(dupes):
        raise SystemExit(f"area ids used twice: {sorted(set(dupes))}")
    _write(frame, CONTROL / "areas.geojson")


def paint_base_areas(canvas: dict, areas: gpd.GeoDataFrame) -> dict:
    """Paint ``layers/src/base_areas.csv`` (city-scale detail of the base date) over a canvas."""
    table = pd.read_csv(SRC / "base_areas.csv", dtype=str, comment="#")
    shapes = dict(zip(areas["area"], areas.geometry, strict=True))
    for row in table.itertuples():
        if row.area not in shapes or row.faction not in FACTIONS:
            raise SystemExit(
                f"base_areas.csv: unknown area or faction in {row.area}, {row.faction}"
            )
        canvas = _give(canvas, row.faction, shapes[row.area])
    return canvas


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=["basemap", "areas", "control"])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args()
    if args.step == "basemap":
        build_basemap(args.shared)
    elif args.step == "areas":
        build_areas(args.shared)
    else:
        build_control()


if __name__ == "__main__":
    main()
