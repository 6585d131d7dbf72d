"""strikemap: where air strikes in Syria fell, against who held the ground.

Run with ``streamlit run streamlit_app.py`` (``.streamlit/config.toml`` turns
on static file serving, which serves the map's front-end files locally).

The corpus folder (reports, ``manifest.csv``, ``corrections.csv``) and the
control-layer folder default to the project's ``seeds/`` and
``layers/control/``; the environment variables ``STRIKEMAP_SEEDS`` and
``STRIKEMAP_LAYERS`` point the app at other folders. Corrections and redrawn
control areas are written into those folders.

``STRIKEMAP_EVENTS`` names a GeoParquet file of joined events (as written by
``strikemap build``) that the app shows instead of building the corpus folder,
for large tables; the control layers still come from ``STRIKEMAP_LAYERS``.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import os
import re
from datetime import date
from pathlib import Path

import altair as alt
import folium
import geopandas as gpd
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo.analysis import figures, filters
from geo.control.layers import layer_for_date, load_layers
from geo.errors import DocumentError, StrikemapError
from geo.output import export, webmap
from geo.output.assets import AssetError, apply_assets, check_installed
from geo.record import FACTIONS
from geo.review import edits as editing
from geo.review import queue as review
from geo.review.corrections import corrections_frame, corrections_path, read_corrections

HERE = Path(__file__).resolve().parent
#: Environment variables naming the corpus folder and the control-layer folder.
SEEDS_ENV = "STRIKEMAP_SEEDS"
LAYERS_ENV = "STRIKEMAP_LAYERS"
#: Environment variable naming a GeoParquet of joined events shown instead of the corpus.
EVENTS_ENV = "STRIKEMAP_EVENTS"
#: Rows of the events table drawn in the page (the downloads hold every row).
TABLE_ROWS = 1000
#: Above this many located strikes the app's map draws them on one canvas (popups built
#: on click) rather than as markers: streamlit-folium turns each marker with its popup
#: into script on every rerun (about 2 ms each), so 500 markers cost a second.
APP_BIG_THRESHOLD = webmap.DEFAULT_CLUSTER_THRESHOLD
#: Built maps kept per filter state.
MAP_CACHE_ENTRIES = 16
#: Largest uploaded report accepted, in bytes.
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
#: Most reports uploaded at once.
MAX_UPLOADS = 50
TITLE = "Air strikes in Syria"
VIEWS = ("Map and figures", "Contradictions", "Review and corrections", "Draw control areas")
UNIT_LABELS = {"incidents": "Incidents (one per strike)", "reports": "Reports (every mention)"}
TABLE_COLUMNS = [
    "event_date",
    "place_name",
    "place_as_written",
    "controlled_by",
    "claim_vs_ground",
    "actor",
    "claimant",
    "claimed_target",
    "weapon",
    "geo_precision",
    "incident_id",
    "doc",
    "quote",
]


def corpus_dir() -> Path:
    """The corpus folder: ``$STRIKEMAP_SEEDS`` or the project's ``seeds/``."""
    return Path(os.environ.get(SEEDS_ENV) or HERE / "seeds")


def control_dir() -> Path:
    """The control-layer folder: ``$STRIKEMAP_LAYERS`` or ``layers/control/``."""
    return Path(os.environ.get(LAYERS_ENV) or HERE / "layers" / "control")


def events_file() -> Path | None:
    """The events table named by ``$STRIKEMAP_EVENTS``, if any."""
    value = os.environ.get(EVENTS_ENV)
    return Path(value) if value else None


def folder_fingerprint(*folders: Path) -> tuple[tuple[str, int, int], ...]:
    """(path, size, mtime) of every file under the folders: the cache key of a build."""
    out = []
    for folder in folders:
        if folder.is_dir():
            for p in sorted(folder.rglob("*")):
                if p.is_file():
                    stat = p.stat()
                    out.append((str(p), stat.st_size, stat.st_mtime_ns))
    return tuple(out)


@st.cache_data(show_spinner="Reading the reports…", max_entries=4)
def load_seeds(fingerprint_key: str, src_dir: str, layers_dir: str):
    """Build the corpus (cached; the key changes when reports, corrections or layers change)."""
    from geo import pipeline

    return pipeline.build(Path(src_dir), layers_dir=Path(layers_dir))


@dataclasses.dataclass(frozen=True)
class LoadedEvents:
    """A prebuilt events table with the control layers, shaped like a build's result."""

    events: gpd.GeoDataFrame
    layers: list
    problems: tuple[str, ...] = ()
    documents: tuple = ()


@st.cache_resource(show_spinner="Reading the events…", max_entries=2)
def load_events_file(fingerprint_key: str, path: str, layers_dir: str) -> LoadedEvents:
    """Read a GeoParquet of joined events (shared by every session, never modified)."""
    events = gpd.read_parquet(path)
    if events.crs is None:
        events = events.set_crs("EPSG:4326")
    return LoadedEvents(events=events, layers=load_layers(Path(layers_dir)))


@st.cache_data(show_spinner="Reading your reports…", max_entries=8)
def load_uploads(files: tuple[tuple[str, bytes], ...], published: date, layers_key: str, _layers):
    """Extract uploaded reports; return the build and the per-file error messages."""
    from geo import pipeline
    from geo.ingest import corpus

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


@st.cache_resource(show_spinner="Loading the gazetteer…")
def gazetteer():
    from geo.geocode.gazetteer import load_gazetteer

    return load_gazetteer()


def key_of(fingerprint: object) -> str:
    return hashlib.sha256(repr(fingerprint).encode()).hexdigest()[:16]


def file_stamp(path: Path) -> tuple[int, int]:
    """(size, mtime) of a file: part of the cache key of what is read from it."""
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


def upload_fingerprint(files: tuple[tuple[str, bytes], ...]) -> tuple[tuple[str, str], ...]:
    return tuple((name, hashlib.sha256(raw).hexdigest()) for name, raw in files)


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


def date_bounds(events: pd.DataFrame) -> tuple[date, date] | None:
    days = pd.to_datetime(events["event_date"], errors="coerce").dropna()
    if not len(days):
        return None
    return days.min().date(), days.max().date()


def sidebar_filters(events: pd.DataFrame) -> tuple[dict, tuple[date | None, date | None]]:
    """Draw the filter widgets; return filter_events' keyword arguments and the date range."""
    st.sidebar.header("Filters")
    chosen: dict = {}
    span: tuple[date | None, date | None] = (None, None)
    bounds = date_bounds(events)
    if bounds is not None:
        first, last = bounds
        span = (first, last)
        if first < last:
            picked = st.sidebar.slider(
                "Dates",
                min_value=first,
                max_value=last,
                value=(first, last),
                format="YYYY-MM-DD",
                key="dates",
                help="Drives the strikes shown and the control layer drawn "
                "(the layer in force on the end date).",
            )
            span = (picked[0], picked[1])
            if span != (first, last):
                chosen["date_from"], chosen["date_to"] = span
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
    return chosen, span


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


# ---------------------------------------------------------------------------
# Charts


def faction_name(faction: str) -> str:
    return webmap.faction_label(faction) if faction in FACTIONS else "Unknown"


def faction_chart(shares: pd.DataFrame, unit: str) -> alt.Chart:
    data = shares.assign(
        ground=[faction_name(f) for f in shares["faction"]],
        colour=[webmap.faction_colour(f if f in FACTIONS else None) for f in shares["faction"]],
    )
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("count:Q", title=unit.capitalize()),
            y=alt.Y("ground:N", sort=list(data["ground"]), title=None),
            color=alt.Color("colour:N", scale=None),
            tooltip=["ground", "count", alt.Tooltip("share:Q", format=".0%")],
        )
        .properties(height=180)
    )


def weekly_chart(weekly: pd.DataFrame) -> alt.Chart:
    data = weekly.assign(
        ground=[faction_name(f) for f in weekly["faction"]],
        week_start=pd.to_datetime(weekly["week_start"]),
    )
    names = [webmap.faction_label(f) for f in FACTIONS] + ["Unknown"]
    colours = [webmap.faction_colour(f) for f in FACTIONS] + [webmap.UNKNOWN_COLOUR]
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("week:O", title="ISO week"),
            y=alt.Y("share:Q", title="Share", axis=alt.Axis(format="%"), stack="normalize"),
            color=alt.Color(
                "ground:N", scale=alt.Scale(domain=names, range=colours), title="Ground held by"
            ),
            tooltip=["week", "ground", "count", alt.Tooltip("share:Q", format=".0%")],
        )
        .properties(height=200)
    )


def distance_chart(histogram: pd.DataFrame, unit: str) -> alt.Chart:
    bands = zip(histogram["from_km"], histogram["to_km"], strict=True)
    data = histogram.assign(band=[f"{a:.0f}-{b:.0f} km" for a, b in bands])
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("from_km:Q", bin="binned", title="Distance to ISIS-held ground (km)"),
            x2="to_km:Q",
            y=alt.Y("count:Q", title=unit.capitalize()),
            color=alt.Color(
                "far:N",
                scale=alt.Scale(domain=[False, True], range=["#56B4E9", "#CC79A7"]),
                legend=alt.Legend(title=f"> {figures.DEFAULT_FAR_KM:.0f} km"),
            ),
            tooltip=["band", "count"],
        )
        .properties(height=200)
    )


# ---------------------------------------------------------------------------
# Maps


@st.cache_resource(show_spinner=False, max_entries=MAP_CACHE_ENTRIES)
def main_map(
    view_key: str,
    _view: gpd.GeoDataFrame,
    _layer,
    span: tuple[date | None, date | None],
    heatmap: bool,
) -> tuple[folium.Map, int | None]:
    """Build the main map of a view, once per filter state (``view_key``).

    Returns the map and the number of contradicted strikes ringed, or None when
    the view is too big for one ring per strike. Give :func:`st_folium` a copy:
    rendering a folium map adds to it.
    """
    m = webmap.build_map(
        _view,
        layer=_layer,
        title=TITLE,
        assets="cdn",
        date_range=span,
        heatmap=heatmap,
        big_threshold=APP_BIG_THRESHOLD,
    )
    rings = (
        webmap.add_contradiction_rings(m, _view)
        if len(webmap.located(_view)) <= APP_BIG_THRESHOLD
        else None
    )
    apply_assets(m, "local")  # last, so that every element added above gets local files
    return m, rings


def draw_map(events: gpd.GeoDataFrame, layer) -> folium.Map:
    m = webmap.build_map(events, layer=layer, title="Draw a control area", assets="cdn")
    webmap.add_draw_control(m)
    try:
        apply_assets(m, "local")
    except AssetError as exc:
        st.warning(f"The drawing tools' front-end files are not installed locally: {md(exc)}")
    return m


# ---------------------------------------------------------------------------
# Edits (callbacks run before the script, so the rerun already sees the new files)


_MARKDOWN_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")


def md(text: object) -> str:
    """Escape report-derived text for Streamlit's markdown.

    Quotes, place and file names come from untrusted reports: unescaped, a
    quote holding ``![x](http://...)`` would make the reader's browser fetch
    an outside address. A backslash before every ASCII punctuation character
    neutralises markdown, HTML, ``:emoji:``/``:color[]`` and ``$`` math.
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


def flash(message: str) -> None:
    st.session_state["flash"] = message


def save_fix(src_dir: str, key: str, action: str, place: str) -> None:
    state = st.session_state
    note = state.get("fix_note", "")
    if action == "location_pick":
        action, value = "location", state.get("fix_candidate") or ""
    elif action == "location_click":
        action, value = "location", state.get("fix_clicked") or ""
    elif action == "date":
        picked = state.get("fix_date")
        value = picked.isoformat() if isinstance(picked, date) else ""
    else:
        value = ""
    if action == "location" and not value:
        flash(f"Nothing to save for {md(place)}: pick a place or click the map first.")
        return
    try:
        editing.save_correction(src_dir, key, action, value, note)
    except (ValueError, StrikemapError) as exc:
        flash(f"Could not save the correction: {md(exc)}")
        return
    load_seeds.clear()
    what = {"location": f"location set to {md(value)}", "not_strike": "marked not a strike"}
    flash(f"Saved: {md(place)} {what.get(action, f'date set to {md(value)}')}.")


def save_drawing(layers, layers_dir: str, area: dict, before: dict[str, object]) -> None:
    state = st.session_state
    faction, on = state.get("draw_faction"), state.get("draw_date")
    try:
        _, path = editing.save_area(layers, layers_dir, faction, area, on)
    except (ValueError, StrikemapError) as exc:
        flash(f"Could not save the area: {md(exc)}")
        return
    load_seeds.clear()
    state["ground_before"] = before
    flash(f"Saved control layer {path.name}: {webmap.faction_label(faction)} holds the drawn area.")


def ground_changes(events: pd.DataFrame, before: dict[str, object]) -> list[str]:
    out = []
    for key, place, held in zip(
        events["event_key"], events["place_as_written"], events["controlled_by"], strict=True
    ):
        old = before.get(key)
        if key in before and (old or None) != (held or None):
            out.append(f"{place} ({old} → {held})")
    return out


# ---------------------------------------------------------------------------
# Views


def map_and_figures(
    view: gpd.GeoDataFrame,
    layers,
    span: tuple[date | None, date | None],
    unit: str,
    *,
    view_key: str,
    heatmap: bool = False,
) -> None:
    located = webmap.located(view)
    m1, m2, m3, m4, m5, m6 = st.columns(6)
    m1.metric("Strikes in view", len(view))
    m3.metric("Located on the map", len(located))

    # The map comes before the figures, so it is shown while they are computed.
    end = span[1]
    layer = layer_for_date(layers, end) if layers else None
    try:
        fmap, rings = main_map(view_key, view, layer, span, heatmap)
    except AssetError as exc:
        st.warning(f"The map's front-end files are not installed locally: {md(exc)}")
        st.stop()
    if layer is not None:
        st.caption(
            f"Control areas as of {layer.date.isoformat()} (the layer in force on "
            f"{end.isoformat() if end else 'the first date'}). "
            + (
                "Dashed rings mark contradicted claims."
                if rings is not None
                else "Contradicted claims are not ringed on a view this big: narrow the "
                "filters, or open the Contradictions view."
            )
        )
    st_folium(
        copy.deepcopy(fmap),
        returned_objects=[],
        use_container_width=True,
        height=600,
        key="main_map",
    )

    units = figures.counted(view, unit)
    shares = figures.faction_shares(units)
    distance = figures.isis_distance(units)
    n_contradicted = len(figures.contradictions(view))
    n_incidents = len(units) if unit == "incidents" else len(figures.counted(view, "incidents"))
    on_isis = shares.loc[shares["faction"] == "isis"].iloc[0]
    m2.metric("Incidents in view", n_incidents)
    m4.metric(
        "On ground held by ISIS",
        f"{int(on_isis['count'])} ({on_isis['share']:.0%})" if shares["count"].sum() else "0",
        help=f"Counting {unit}.",
    )
    m5.metric(
        f"More than {distance.far_km:.0f} km from ISIS ground",
        f"{distance.n_far} ({distance.share_far:.0%})" if distance.n else "0",
        help=f"Counting {unit}; distance to the nearest ISIS-held ground of the layer in force.",
    )
    m6.metric("Contradicted claims", n_contradicted)

    st.subheader(f"Share of {unit} by who held the ground")
    left, right = st.columns(2)
    with left:
        st.altair_chart(faction_chart(shares, unit), width="stretch")
    with right:
        weekly = figures.weekly_shares(units)
        if len(weekly):
            st.altair_chart(weekly_chart(weekly), width="stretch")
    st.subheader("Distance to ISIS-held ground")
    histogram = figures.distance_histogram(units)
    if len(histogram):
        st.altair_chart(distance_chart(histogram, unit), width="stretch")
        st.caption(
            f"{distance.n_far} of {distance.n} {unit} ({distance.share_far:.0%}) fell more "
            f"than {distance.far_km:.0f} km from ISIS-held ground; median "
            f"{distance.median_km:.0f} km."
        )

    st.subheader("Events in view")
    st.dataframe(
        pd.DataFrame(view[[c for c in TABLE_COLUMNS if c in view.columns]].head(TABLE_ROWS)),
        hide_index=True,
        width="stretch",
    )
    if len(view) > TABLE_ROWS:
        st.caption(
            f"The first {TABLE_ROWS:,} of {len(view):,} events; the CSV and GeoJSON "
            "downloads hold them all."
        )
    unlocated = view.loc[~view.index.isin(located.index)]
    if len(unlocated):
        with st.expander(f"{len(unlocated)} event(s) whose place could not be located"):
            st.dataframe(
                pd.DataFrame(unlocated[["place_as_written", "event_date", "doc", "quote"]]),
                hide_index=True,
                width="stretch",
            )
    downloads(view, layers)


def contradictions_view(view: gpd.GeoDataFrame) -> None:
    table = figures.contradictions(view)
    st.subheader(f"Claims the ground contradicts ({len(table)})")
    st.caption(
        "The claimant named a target faction; the control layer in force that day says "
        "another faction held the place. Distance: to the nearest ground of the claimed faction."
    )
    if not len(table):
        st.info("No contradicted claim in this view.")
        return
    shown = pd.DataFrame(
        {
            "Date": table["event_date"].astype(str),
            "Place": table["place"],
            "Claimant": table["claimant"],
            "Claimed target": table["claimed_target"],
            "Ground held by": table["controlled_by"],
            "Control layer": table["control_layer"],
            "Km to claimed ground": table["dist_to_claimed_km"].round(1),
            "Quote": table["quote"],
            "Document": table["doc"],
        }
    )
    st.table(shown.reset_index(drop=True))


def review_view(events: gpd.GeoDataFrame, layers) -> None:
    src = str(corpus_dir())
    st.subheader("Review and corrections")
    st.caption(
        "Unresolved places, loose geocodes, homonyms chosen by context and the events you "
        f"doubt. Corrections are saved to {corrections_path(corpus_dir()).name} in the corpus "
        "folder and applied by every build."
    )
    labels = review.flaggable(events)
    flagged = st.multiselect(
        "Events you doubt",
        list(labels),
        format_func=lambda k: labels.get(k, k),
        key="flagged",
        placeholder="None",
    )
    queue = review.review_queue(events, flagged=flagged)
    if not len(queue):
        st.info("Nothing to review.")
    else:
        st.dataframe(
            pd.DataFrame(queue[["reasons", "place_as_written", "place_name", "event_date", "doc"]]),
            hide_index=True,
            width="stretch",
        )
        keys = [str(k) for k in queue["event_key"]]
        reasons = dict(zip(keys, queue["reasons"], strict=True))
        key = st.selectbox(
            "Event to correct",
            keys,
            format_func=lambda k: f"{labels.get(k, k)} [{reasons.get(k, '')}]",
            key="review_pick",
        )
        rows = events.loc[events["event_key"].astype(str) == key] if key else events.iloc[0:0]
        if len(rows) and pd.notna(rows["event_key"].iloc[0]):
            correction_form(src, rows.iloc[0], layers)
        else:
            st.info("This event has no key (it was not built from a corpus folder).")
    fixes = read_corrections(corrections_path(corpus_dir()))
    if fixes:
        with st.expander(f"{len(fixes)} saved correction(s)"):
            st.dataframe(corrections_frame(fixes), hide_index=True, width="stretch")


def correction_form(src: str, row: pd.Series, layers) -> None:
    place = str(row["place_as_written"])
    key = str(row["event_key"])
    st.markdown(f"**{md(place)}** in *{md(row['doc'])}*: “{md(row['quote'])}”")
    day = row.get("event_date")
    day = day if isinstance(day, date) else None
    one = gpd.GeoDataFrame([row], geometry="geometry", crs="EPSG:4326")
    layer = layer_for_date(layers, day) if layers else None
    left, right = st.columns([3, 2])
    with left:
        m = webmap.build_map(one, layer=layer, title=f"Where is {place}?", assets="local")
        if not len(webmap.located(one)):
            m.fit_bounds([list(webmap.SYRIA_BOUNDS[0]), list(webmap.SYRIA_BOUNDS[1])])
        clicked = st_folium(
            m, returned_objects=["last_clicked"], height=420, use_container_width=True, key="rmap"
        )
    point = (clicked or {}).get("last_clicked")
    st.session_state["fix_clicked"] = (
        editing.location_value(point["lat"], point["lng"]) if point else ""
    )
    with right:
        cands = review.candidates(gazetteer(), row)
        names = {c.place_id: c.label + (" (current)" if c.chosen else "") for c in cands}
        st.selectbox(
            "Gazetteer candidates",
            list(names),
            format_func=lambda pid: names.get(pid, pid),
            key="fix_candidate",
        )
        st.button(
            "Use this place",
            key="fix_use_candidate",
            on_click=save_fix,
            args=(src, key, "location_pick", place),
            disabled=not names,
        )
        st.button(
            f"Use the clicked point ({st.session_state['fix_clicked'] or 'click the map'})",
            key="fix_use_click",
            on_click=save_fix,
            args=(src, key, "location_click", place),
            disabled=not point,
        )
        st.date_input("Date of the strike", value=day or date(2015, 10, 1), key="fix_date")
        st.button(
            "Change the date", key="fix_set_date", on_click=save_fix, args=(src, key, "date", place)
        )
        st.button(
            "Not a strike",
            key="fix_not_strike",
            on_click=save_fix,
            args=(src, key, "not_strike", place),
        )
        st.text_input("Note (optional)", key="fix_note")


def drawing_view(events: gpd.GeoDataFrame, layers, span: tuple[date | None, date | None]) -> None:
    st.subheader("Draw control areas")
    st.caption(
        "Pick who holds the area and the date, draw a polygon or rectangle on the map, then "
        "save: the area becomes that faction's in a new layer version (taken from the other "
        "factions), used by every build from then on."
    )
    if not layers:
        st.info("No control layer to start from.")
        return
    c1, c2 = st.columns(2)
    c1.selectbox("Held by", list(FACTIONS), format_func=webmap.faction_label, key="draw_faction")
    on = c2.date_input(
        "Date of the new layer version", value=span[1] or layers[-1].date, key="draw_date"
    )
    base = layer_for_date(layers, on)
    st.caption(f"Starting from the layer of {base.date.isoformat()}.")
    drawn = st_folium(
        draw_map(events, base),
        returned_objects=["last_active_drawing"],
        height=520,
        use_container_width=True,
        key="dmap",
    )
    area = ((drawn or {}).get("last_active_drawing") or {}).get("geometry")
    if area and area.get("type") in ("Polygon", "MultiPolygon"):
        st.write(f"Drawn: a {area['type'].lower()}.")
        before = dict(zip(events["event_key"], events["controlled_by"], strict=True))
        st.button(
            "Save area",
            key="draw_save",
            type="primary",
            on_click=save_drawing,
            args=(layers, str(control_dir()), area, before),
        )
    else:
        st.write("Draw an area with the polygon or rectangle tool (top left of the map).")


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
    src, layers_dir, table = corpus_dir(), control_dir(), events_file()
    try:
        if table is not None:
            seed_key = (*folder_fingerprint(layers_dir), (str(table), *file_stamp(table)))
            result = load_events_file(key_of(seed_key), str(table), str(layers_dir))
        else:
            seed_key = folder_fingerprint(src, layers_dir)
            result = load_seeds(key_of(seed_key), str(src), str(layers_dir))
    except (StrikemapError, OSError, ValueError) as exc:
        st.error(f"The events could not be loaded: {md(exc)}")
        st.stop()
    for problem in result.problems:
        st.warning(f"Skipped a report: {md(problem)}")
    message = st.session_state.pop("flash", None)
    if message:
        (st.error if message.startswith("Could not") else st.success)(message)
    before = st.session_state.pop("ground_before", None)
    if before is not None and "event_key" in result.events.columns:
        changed = ground_changes(result.events, before)
        st.info(
            f"{len(changed)} strike(s) changed ground: {md(', '.join(changed))}"
            if changed
            else "No strike changed ground."
        )

    files, published = upload_section()
    upload_events = None
    if files:
        built, errors = load_uploads(files, published, key_of(seed_key), result.layers)
        for error in errors:
            st.error(f"Could not use an uploaded report: {md(error)}")
        if built is not None:
            upload_events = built.events
            st.sidebar.success(
                f"{len(built.documents)} uploaded report(s), {len(built.events)} "
                "events, shown beside the seeds for this session."
            )

    events = combined_events(result.events, upload_events)
    chosen, span = sidebar_filters(events)
    heatmap = st.sidebar.checkbox(
        "Heatmap",
        key="heatmap",
        help="Show where strikes concentrate; the strikes layer can be ticked back on "
        "in the map's layer control.",
    )
    view = filters.filter_events(events, **chosen)
    view_key = key_of(
        (seed_key, upload_fingerprint(files), published, sorted(chosen.items()), span, heatmap)
    )
    unit = st.sidebar.radio(
        "Figures count",
        list(figures.UNITS),
        format_func=UNIT_LABELS.get,
        key="count_unit",
        help="One strike reported by several sources is one incident.",
    )
    page = st.radio("View", VIEWS, horizontal=True, key="view", label_visibility="collapsed")
    if page == VIEWS[0]:
        map_and_figures(view, result.layers, span, unit, view_key=view_key, heatmap=heatmap)
    elif page == VIEWS[1]:
        contradictions_view(view)
    elif page == VIEWS[2]:
        review_view(result.events, result.layers)
    else:
        drawing_view(view, result.layers, span)
    st.caption(
        "Boundaries: UN OCHA Syria CODs (CC BY-IGO), Natural Earth. Places: GeoNames, OCHA. "
        "Control areas are approximate."
    )


main()
