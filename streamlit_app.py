"""strikemap: where air strikes in Syria fell, against who held the ground.

Run with ``streamlit run streamlit_app.py`` (``.streamlit/config.toml`` turns
on static file serving, which serves the map's front-end files locally).
"""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import date
from pathlib import Path

import altair as alt
import geopandas as gpd
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo import export, filters, webmap
from geo.assets import check_installed
from geo.errors import DocumentError, StrikemapError
from geo.record import FACTIONS

HERE = Path(__file__).resolve().parent
SEEDS_DIR = HERE / "seeds"
LAYERS_DIR = HERE / "layers"
#: Largest uploaded report accepted, in bytes.
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
#: Most reports uploaded at once.
MAX_UPLOADS = 50
TITLE = "Air strikes in Syria"
TABLE_COLUMNS = [
    "event_date",
    "place_name",
    "place_as_written",
    "controlled_by",
    "actor",
    "claimant",
    "claimed_target",
    "weapon",
    "geo_precision",
    "doc",
    "quote",
]


def folder_fingerprint(*folders: Path) -> tuple[tuple[str, int, int], ...]:
    """(path, size, mtime) of every file under the folders: the cache key of a build."""
    out = []
    for folder in folders:
        if folder.is_dir():
            for p in sorted(folder.rglob("*")):
                if p.is_file():
                    stat = p.stat()
                    out.append((str(p.relative_to(HERE)), stat.st_size, stat.st_mtime_ns))
    return tuple(out)


@st.cache_data(show_spinner="Reading the reports…", max_entries=4)
def load_seeds(fingerprint_key: str):
    """Build the seed corpus (cached; the key changes when seeds or layers change)."""
    from geo import pipeline

    return pipeline.build(SEEDS_DIR)


@st.cache_data(show_spinner="Reading your reports…", max_entries=8)
def load_uploads(files: tuple[tuple[str, bytes], ...], published: date, layers_key: str, _layers):
    """Extract uploaded reports; return the build and the per-file error messages."""
    from geo import corpus, pipeline

    docs, errors = [], []
    for name, raw in files:
        if len(raw) > MAX_UPLOAD_BYTES:
            errors.append(
                f"{name}: file is {len(raw) / 1e6:.1f} MB; the limit is "
                f"{MAX_UPLOAD_BYTES / 1e6:.0f} MB per report"
            )
            continue
        try:
            doc = corpus.parse_document(name, raw, default_published=published)
        except DocumentError as exc:
            errors.append(str(exc))
            continue
        docs.append(dataclasses.replace(doc, doc_id=f"upload/{doc.doc_id}"))
    if not docs:
        return None, errors
    return pipeline.build_documents(docs, layers=_layers), errors


def key_of(fingerprint: tuple) -> str:
    return hashlib.sha256(repr(fingerprint).encode()).hexdigest()[:16]


def combined_events(seed_events: gpd.GeoDataFrame, upload_events) -> gpd.GeoDataFrame:
    if upload_events is None or not len(upload_events):
        return seed_events
    return gpd.GeoDataFrame(
        pd.concat([seed_events, upload_events], ignore_index=True),
        geometry="geometry",
        crs="EPSG:4326",
    )


def options(events: pd.DataFrame, column: str) -> list[str]:
    return sorted(events[column].fillna(filters.NO_FACTION).astype(str).unique())


def sidebar_filters(events: pd.DataFrame) -> dict:
    """Draw the filter widgets; return the keyword arguments of filter_events."""
    st.sidebar.header("Filters")
    days = pd.to_datetime(events["event_date"], errors="coerce").dropna()
    chosen: dict = {}
    if len(days):
        first, last = days.min().date(), days.max().date()
        picked = st.sidebar.date_input(
            "Date range", value=(first, last), min_value=first, max_value=last, key="dates"
        )
        if isinstance(picked, tuple | list) and len(picked) == 2:
            if (picked[0], picked[1]) != (first, last):
                chosen["date_from"], chosen["date_to"] = picked[0], picked[1]
    labels = {
        "factions": ("Ground held by", "controlled_by"),
        "claimants": ("Claimed by", "claimant"),
        "actors": ("Actor", "actor"),
        "docs": ("Document", "doc"),
        "precisions": ("Located to", "geo_precision"),
    }
    for arg, (label, column) in labels.items():
        values = st.sidebar.multiselect(
            label, options(events, column), placeholder="All", key=f"f_{arg}"
        )
        if values:
            chosen[arg] = values
    text = st.sidebar.text_input("Search the quotes", key="f_text").strip()
    if text:
        chosen["text"] = text
    return chosen


def upload_section() -> tuple[tuple[tuple[str, bytes], ...], date]:
    with st.sidebar.expander("Add your own reports (.txt)"):
        files = st.file_uploader(
            "Reports",
            type=["txt"],
            accept_multiple_files=True,
            key="uploads",
            help="UTF-8 text, optionally with front matter (title, source, url, published). "
            f"At most {MAX_UPLOAD_BYTES // (1024 * 1024)} MB each.",
        )
        published = st.date_input(
            "Publication date for reports that do not give one",
            value=date.today(),
            key="upload_published",
        )
    files = list(files or [])[:MAX_UPLOADS]
    return tuple((f.name, f.getvalue()) for f in files), published


def faction_counts(events: pd.DataFrame) -> pd.DataFrame:
    held = events["controlled_by"].fillna(filters.NO_FACTION).astype(str)
    order = [*FACTIONS, filters.NO_FACTION]
    counts = held.value_counts().reindex(order, fill_value=0)
    return pd.DataFrame(
        {
            "faction": [webmap.faction_label(f) if f in FACTIONS else "Unknown" for f in order],
            "strikes": counts.to_numpy(),
            "colour": [webmap.faction_colour(f if f in FACTIONS else None) for f in order],
        }
    )


def faction_chart(events: pd.DataFrame) -> alt.Chart:
    data = faction_counts(events)
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("strikes:Q", title="Strikes"),
            y=alt.Y("faction:N", sort=list(data["faction"]), title=None),
            color=alt.Color("colour:N", scale=None),
            tooltip=["faction", "strikes"],
        )
        .properties(height=180)
    )


def daily_chart(events: pd.DataFrame) -> alt.Chart:
    days = pd.to_datetime(events["event_date"], errors="coerce")
    held = events["controlled_by"].fillna(filters.NO_FACTION).astype(str)
    data = (
        pd.DataFrame({"day": days, "held": held})
        .dropna(subset=["day"])
        .groupby(["day", "held"])
        .size()
        .rename("strikes")
        .reset_index()
    )
    data["faction"] = [
        webmap.faction_label(h) if h in FACTIONS else "Unknown" for h in data["held"]
    ]
    names = [webmap.faction_label(f) for f in FACTIONS] + ["Unknown"]
    colours = [webmap.faction_colour(f) for f in FACTIONS] + [webmap.UNKNOWN_COLOUR]
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("day:T", title="Date"),
            y=alt.Y("strikes:Q", title="Strikes"),
            color=alt.Color(
                "faction:N", scale=alt.Scale(domain=names, range=colours), title="Ground held by"
            ),
            tooltip=[alt.Tooltip("day:T"), "faction", "strikes"],
        )
        .properties(height=180)
    )


def downloads(view: gpd.GeoDataFrame, layers) -> None:
    """Download buttons for the view; each file is made only when its button is clicked."""
    st.subheader("Download this view")
    c1, c2, c3 = st.columns(3)
    c1.download_button(
        "GeoJSON",
        lambda: export.geojson_text(view),
        file_name="strikes.geojson",
        mime="application/geo+json",
        key="dl_geojson",
        on_click="ignore",
    )
    c2.download_button(
        "CSV",
        lambda: export.csv_text(view),
        file_name="strikes.csv",
        mime="text/csv",
        key="dl_csv",
        on_click="ignore",
    )
    c3.download_button(
        "HTML map (works offline)",
        lambda: webmap.render_html(view, layers=layers, title=TITLE, self_contained=True),
        file_name="strikemap.html",
        mime="text/html",
        key="dl_html",
        on_click="ignore",
    )


def main() -> None:
    st.set_page_config(page_title="strikemap", page_icon=":world_map:", layout="wide")
    st.title(TITLE)
    st.caption(
        "Strikes reported in the news, placed on the map and compared with who held the ground. "
        "Locations and control areas are approximate."
    )
    missing = check_installed()
    if missing:
        st.warning(
            "The map's front-end files are not installed (run `make setup`), so the map "
            f"may stay blank with no network. Missing: {', '.join(missing[:3])}…"
        )
    seed_key = folder_fingerprint(SEEDS_DIR, LAYERS_DIR)
    try:
        result = load_seeds(key_of(seed_key))
    except StrikemapError as exc:
        st.error(f"The seed reports could not be built: {exc}")
        st.stop()
    for problem in result.problems:
        st.warning(f"Skipped a report: {problem}")

    files, published = upload_section()
    upload_events = None
    if files:
        built, errors = load_uploads(files, published, key_of(seed_key), result.layers)
        for message in errors:
            st.error(f"Could not use an uploaded report: {message}")
        if built is not None:
            upload_events = built.events
            st.sidebar.success(
                f"{len(built.documents)} uploaded report(s), {len(built.events)} "
                "events, shown beside the seeds for this session."
            )

    events = combined_events(result.events, upload_events)
    chosen = sidebar_filters(events)
    view = filters.filter_events(events, **chosen)

    located = webmap.located(view)
    n_isis = int((located["controlled_by"] == "isis").sum()) if len(located) else 0
    m1, m2, m3 = st.columns(3)
    m1.metric("Strikes in view", len(view))
    m2.metric("Located on the map", len(located))
    m3.metric(
        "On ground held by ISIS", f"{n_isis} ({n_isis / len(located):.0%})" if len(located) else "0"
    )

    fmap = webmap.build_map(view, layers=result.layers, title=TITLE, assets="local")
    st_folium(fmap, returned_objects=[], use_container_width=True, height=600)

    left, right = st.columns(2)
    with left:
        st.subheader("Strikes by who held the ground")
        st.altair_chart(faction_chart(located), width="stretch")
    with right:
        st.subheader("Strikes per day")
        st.altair_chart(daily_chart(view), width="stretch")

    st.subheader("Events in view")
    st.dataframe(
        pd.DataFrame(view[[c for c in TABLE_COLUMNS if c in view.columns]]),
        hide_index=True,
        width="stretch",
    )
    unlocated = view.loc[~view.index.isin(located.index)]
    if len(unlocated):
        with st.expander(f"{len(unlocated)} event(s) whose place could not be located"):
            st.dataframe(
                pd.DataFrame(unlocated[["place_as_written", "event_date", "doc", "quote"]]),
                hide_index=True,
                width="stretch",
            )
    downloads(view, result.layers)
    st.caption(
        "Boundaries: UN OCHA Syria CODs (CC BY-IGO), Natural Earth. Places: GeoNames, OCHA. "
        "Control areas are approximate."
    )


main()
