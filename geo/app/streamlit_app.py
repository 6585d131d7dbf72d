"""strikemap: where air strikes in Syria fell, against who held the ground.

The page ships inside the package: ``strikemap app`` serves it from any folder,
and the checkout's top-level ``streamlit_app.py`` runs it. Streamlit's static
file serving serves the map's front-end files from ``static/`` beside the script.

The corpus folder (reports, ``manifest.csv``, ``corrections.csv``) and the
control-layer folder default to the shipped ``seeds/`` and ``layers/control/``;
the environment variables ``STRIKEMAP_SEEDS`` and ``STRIKEMAP_LAYERS`` point
the app at other folders. Corrections and redrawn control areas are written into
those folders.

``STRIKEMAP_EVENTS`` names a GeoParquet file (or folder) of joined events (as written by
``strikemap build``) that the app shows instead of building the corpus folder,
for large tables; the control layers still come from ``STRIKEMAP_LAYERS``.
"""

from __future__ import annotations

import copy
import dataclasses
import os
import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import altair as alt
import folium
import geopandas as gpd
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo.analysis import figures, filters
from geo.app import (
    bigtable,
    changelog,
    fixes,
    labels,
    livemap,
    places,
    reviewing,
    share,
    tables,
    uploads,
    viewdata,
    worker,
)
from geo.app import day as days
from geo.app.keys import file_stamp, folder_fingerprint, key_of, upload_fingerprint
from geo.control.layers import ControlLayer, layer_for_date, load_layers
from geo.errors import StrikemapError
from geo.extract.dates import SANE_FIRST
from geo.output import export, playback, printmap, webmap
from geo.output.assets import AssetError, apply_assets, check_installed
from geo.record import FACTIONS, SYRIA_BOUNDS
from geo.resources import layers_dir, seeds_dir
from geo.review import edits as editing
from geo.review import queue as review
from geo.review.corrections import corrections_frame, corrections_path, read_corrections

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
TITLE = "Air strikes in Syria"
VIEWS = ("Map and figures", "Contradictions", "Review and corrections", "Draw control areas")
UNIT_LABELS = {"incidents": "Incidents (one per strike)", "reports": "Reports (every mention)"}
TABLE_COLUMNS = [
    "event_date",
    "place_name",
    "place_as_written",
    "controlled_by",
    "ground_as_written",
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
    """The corpus folder: ``$STRIKEMAP_SEEDS`` or the shipped sample reports (``seeds/``)."""
    return Path(os.environ.get(SEEDS_ENV) or seeds_dir())


def control_dir() -> Path:
    """The control-layer folder: ``$STRIKEMAP_LAYERS`` or the shipped ``layers/control/``."""
    return Path(os.environ.get(LAYERS_ENV) or layers_dir() / "control")


def events_file() -> Path | None:
    """The events table named by ``$STRIKEMAP_EVENTS``, if any."""
    value = os.environ.get(EVENTS_ENV)
    return Path(value) if value else None


@st.cache_data(show_spinner="Reading the reports…", max_entries=4)
def load_seeds(fingerprint_key: str, src_dir: str, layers_dir: str):
    """Build the corpus (cached; the key changes when reports, corrections or layers change)."""
    from geo import pipeline

    return pipeline.build(Path(src_dir), layers_dir=Path(layers_dir))


@dataclasses.dataclass(frozen=True)
class LoadedEvents:
    """A prebuilt events table with the control layers, shaped like a build's result."""

    events: gpd.GeoDataFrame
    layers: Sequence[ControlLayer]
    problems: tuple[str, ...] = ()
    documents: tuple = ()


@st.cache_resource(show_spinner="Reading the events…", max_entries=2)
def load_events_file(fingerprint_key: str, path: str, layers_dir: str) -> LoadedEvents:
    """Read the filter widgets' columns of a GeoParquet of joined events (shared by every
    session, never modified); each view is read on its own (:func:`events_view`).

    ``path`` may be a GeoParquet file, a build's output folder or a folder of parts.
    """
    return LoadedEvents(events=bigtable.read_index(path), layers=load_layers(Path(layers_dir)))


@st.cache_resource(show_spinner="Reading the events…", max_entries=8)
def events_view(
    fingerprint_key: str, filters_key: str, path: str, _pushed: dict
) -> gpd.GeoDataFrame:
    """The rows of a GeoParquet of events in a date range and of some factions, with the
    page's columns: the filters are pushed into the Parquet reader (cached per table and
    filter state; shared by every session, never modified)."""
    return bigtable.read_view(path, _pushed)


@st.cache_data(show_spinner="Reading your reports…", max_entries=8)
def load_uploads(
    files: tuple[tuple[str, bytes], ...],
    published: date | None,
    layers_key: str,
    _layers,
    _known: frozenset[str],
):
    """Read uploaded reports with the corpus reader and build them; return (build, batch).

    The build runs in a worker process with a time limit, so a slow upload never
    holds the server for the other sessions.
    """
    batch = uploads.read_uploads(files, published, _known)
    if not batch.documents:
        return None, batch
    try:
        return worker.build_in_worker(batch.documents, _layers), batch
    except worker.UploadTimeoutError as exc:
        batch.errors.append(str(exc))
        return None, batch


@st.cache_resource(show_spinner="Loading the gazetteer…")
def gazetteer():
    from geo.geocode.gazetteer import load_gazetteer

    return load_gazetteer()


@st.cache_resource(show_spinner=False)
def place_index() -> places.PlaceIndex:
    """The gazetteer's names, normalised once for the place search."""
    return places.place_index(gazetteer().places, gazetteer().names_of)


@st.cache_data(show_spinner=False, max_entries=4)
def document_titles(events_key: str, _events: pd.DataFrame) -> dict[str, str]:
    """Each document's title (cached per table: a filter change does not redo it)."""
    return labels.doc_titles(_events)


@st.cache_data(show_spinner=False, max_entries=16)
def filter_options(events_key: str, _events: pd.DataFrame, column: str) -> list[str]:
    """A filter's choices (cached per table: a filter change does not sort 100,000 rows
    again)."""
    return tables.options(_events, column)


@st.cache_data(show_spinner=False, max_entries=4)
def date_bounds(events_key: str, _events: pd.DataFrame) -> tuple[date, date] | None:
    """The table's first and last dates (cached per table)."""
    return tables.date_bounds(_events)


#: Multi-choice filters: filter_events' argument -> (label, column).
FILTER_FIELDS = {
    "factions": ("Ground held by", "controlled_by"),
    "claimants": ("Claimed by", "claimant"),
    "actors": ("Actor", "actor"),
    "docs": ("Document", "doc"),
    "precisions": ("Located to", "geo_precision"),
}


def read_shared_view(events: pd.DataFrame, events_key: str) -> None:
    """On a session's first run, set the widgets from the link's URL parameters."""
    if st.session_state.get("shared_read"):
        return
    st.session_state["shared_read"] = True
    params = {name: st.query_params.get_all(name) for name in st.query_params}
    options = {
        f"f_{arg}": filter_options(events_key, events, col)
        for arg, (_, col) in FILTER_FIELDS.items()
    }
    bounds = date_bounds(events_key, events)
    for key, value in share.state_from_params(params, options, bounds).items():
        st.session_state[key] = value
    if st.session_state.get("f_docs"):
        st.session_state["f_docs_open"] = True  # the Document filter is shown


def write_shared_view(events: pd.DataFrame, events_key: str) -> None:
    """Keep the page's address in step with the view (only when it changed)."""
    wanted = share.params_from_state(st.session_state.to_dict(), date_bounds(events_key, events))
    if wanted != st.session_state.get("shared_written"):
        st.query_params.from_dict(wanted)
        st.session_state["shared_written"] = wanted


@st.cache_data(show_spinner=False, max_entries=16)
def busiest_day(events_key: str, _events: pd.DataFrame, first: date, last: date) -> date:
    """The day with the most strikes in a range (cached per table and range)."""
    return days.busiest_day(_events, first, last)


def documents_listed() -> bool:
    """Whether the Document filter is shown: its titles (thousands on a big table) go to
    the page only when asked for, or when a document is chosen (a shared link)."""
    start: dict[str, Any] = {} if "f_docs_open" in st.session_state else {"value": False}
    return st.sidebar.toggle(
        "Filter by document",
        key="f_docs_open",
        **start,
        help="List the reports by title, to show the strikes of some of them.",
    )


def sidebar_filters(
    events: pd.DataFrame, titles: dict[str, str], events_key: str
) -> tuple[dict, tuple[date | None, date | None], date | None]:
    """Draw the filter widgets; return filter_events' arguments, the date range and the day
    whose ground the map shows (``events_key`` names the table for the caches)."""
    st.sidebar.header("Filters")
    chosen: dict = {}
    span: tuple[date | None, date | None] = (None, None)
    shown_day: date | None = None
    bounds = date_bounds(events_key, events)
    if bounds is not None:
        first, last = bounds
        span = (first, last)
        if first < last:
            # A shared link may have set the range already: no default beside it.
            start: dict[str, Any] = {} if "dates" in st.session_state else {"value": (first, last)}
            picked = st.sidebar.slider(
                "Dates",
                min_value=first,
                max_value=last,
                **start,
                format="YYYY-MM-DD",
                key="dates",
                help="The strikes shown.",
            )
            first, last = picked[0], picked[1]
            span = (first, last)
            if span != bounds:
                chosen["date_from"], chosen["date_to"] = span
        lo, hi = first, last
        default = busiest_day(events_key, events, lo, hi)
        if lo < hi:
            shown_day = st.sidebar.slider(
                "Ground shown on",
                min_value=lo,
                max_value=hi,
                value=min(max(st.session_state.get("ground_day", default), lo), hi),
                format="YYYY-MM-DD",
                help="The map draws the control areas of this day and colours every strike "
                "by who held its place that day (the popup gives the ground on the strike's "
                "own date). Starts on the day with the most strikes.",
            )
            st.session_state["ground_day"] = shown_day
        else:
            shown_day = lo
    for arg, (label, column) in FILTER_FIELDS.items():
        if column == "doc" and not documents_listed():
            st.session_state.pop("f_docs", None)  # closed: no document chosen
            continue

        def name(value: Any, column: str = column) -> str:
            if column == "doc":
                return str(titles.get(value, value))
            code = None if value == filters.NO_FACTION else value
            return labels.label(column, code)

        values = st.sidebar.multiselect(
            label,
            filter_options(events_key, events, column),
            format_func=name,
            placeholder="All",
            key=f"f_{arg}",
        )
        if values:
            chosen[arg] = values
    text = st.sidebar.text_input("Search the quotes", key="f_text").strip()
    if text:
        chosen["text"] = text
    return chosen, span, shown_day


def upload_section() -> tuple[tuple[tuple[str, bytes], ...], date | None]:
    with st.sidebar.expander("Add your own reports (.txt)"):
        files = st.file_uploader(
            "Reports",
            type=["txt"],
            accept_multiple_files=True,
            key="uploads",
            max_upload_size=uploads.MAX_UPLOAD_MB,
            help="UTF-8 text, optionally with front matter (title, source, url, published). "
            f"At most {uploads.MAX_UPLOAD_MB} MB each.",
        )
        published = st.date_input(
            "Publication date for reports that do not give one",
            value=None,
            min_value=SANE_FIRST,
            key="upload_published",
            help="Reports that give no date are left out until you give one here.",
        )
    files, left_out = uploads.cap_uploads(files or [])
    if left_out:
        st.sidebar.warning(left_out)
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
    far_name = f"More than {figures.DEFAULT_FAR_KM:.0f} km"
    near_name = f"{figures.DEFAULT_FAR_KM:.0f} km or less"
    data = histogram.assign(
        band=[f"{a:.0f}-{b:.0f} km" for a, b in bands],
        distance=[far_name if f else near_name for f in histogram["far"]],
    )
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("from_km:Q", bin="binned", title="Distance to ISIS-held ground (km)"),
            x2="to_km:Q",
            y=alt.Y("count:Q", title=unit.capitalize()),
            color=alt.Color(
                "distance:N",
                scale=alt.Scale(domain=[near_name, far_name], range=["#56B4E9", "#CC79A7"]),
                legend=alt.Legend(title="From ISIS ground", orient="bottom"),
            ),
            tooltip=["band", "count"],
        )
        .properties(height=200)
    )


# ---------------------------------------------------------------------------
# Maps


@st.cache_resource(show_spinner=False, max_entries=4)
def map_frame(events_key: str, _events: gpd.GeoDataFrame, with_areas: bool) -> folium.Map:
    """The part of the main map that no filter changes, once per table (see
    :mod:`geo.app.livemap`). Give :func:`st_folium` a copy: rendering a map adds to it."""
    return livemap.frame_map(_events, title=TITLE, with_areas=with_areas)


@st.cache_resource(show_spinner=False, max_entries=MAP_CACHE_ENTRIES)
def map_layers(
    view_key: str,
    _view: gpd.GeoDataFrame,
    _layer,
    span: tuple[date | None, date | None],
    shown_day: date | None,
    heatmap: bool,
    rings: bool,
    _data_of: Callable[[gpd.GeoDataFrame], dict] | None = None,
) -> livemap.ViewLayers:
    """The layers of a view of the main map, once per filter state and day (``view_key``).

    Give :func:`st_folium` a copy of the groups and control: it renames and renders them.
    """
    return livemap.view_layers(
        _view,
        layer=_layer,
        title=TITLE,
        span=span,
        ground_day=shown_day,
        heatmap=heatmap,
        rings=rings,
        cluster_threshold=1,  # strikes at one position cluster and fan out at any count
        big_threshold=APP_BIG_THRESHOLD,
        publish=viewdata.publisher(viewdata.static_dir()),
        data_of=_data_of,
    )


@st.cache_resource(show_spinner=False, max_entries=4)
def encoded_strikes(table_key: str, _table: gpd.GeoDataFrame) -> webmap.EncodedStrikes:
    """The canvas data of a table's located rows, encoded once per table (``table_key``):
    a big view's data is then cut from it rather than encoded again."""
    return webmap.encode_strikes(webmap.located(_table))


def strike_data_of(table_key: str, table: gpd.GeoDataFrame) -> Callable[[gpd.GeoDataFrame], dict]:
    """How the views of ``table`` make their canvas data (see :func:`viewdata.cutter`).

    The ground of the day shown (``controlled_by``) differs from the table's: it is
    encoded from the view.
    """
    return viewdata.cutter(lambda: encoded_strikes(table_key, table), fresh_keys=("g",))


@dataclasses.dataclass(frozen=True)
class ViewFigures:
    """The figures of a view (see :mod:`geo.analysis.figures`), counted once."""

    located: gpd.GeoDataFrame
    incidents: gpd.GeoDataFrame
    contradicted: pd.DataFrame
    coarse: pd.DataFrame
    shares: pd.DataFrame
    distance: figures.DistanceSummary
    weekly: pd.DataFrame
    histogram: pd.DataFrame


@st.cache_resource(show_spinner=False, max_entries=MAP_CACHE_ENTRIES)
def view_figures(view_key: str, _view: gpd.GeoDataFrame, unit: str) -> ViewFigures:
    """The figures of a view, once per filter state and unit: a rerun that changes no
    filter (a map moved, a box ticked) does not count again (shared, never modified)."""
    incidents = figures.counted(_view, "incidents")
    units = incidents if unit == "incidents" else figures.counted(_view, unit)
    return ViewFigures(
        located=webmap.located(_view),
        incidents=incidents,
        contradicted=figures.contradictions(_view),
        coarse=figures.contradictions(_view, "coarse"),
        shares=figures.faction_shares(units),
        distance=figures.isis_distance(units),
        weekly=figures.weekly_shares(units),
        histogram=figures.distance_histogram(units),
    )


@st.cache_data(show_spinner=False, max_entries=8)
def day_ground(events_key: str, _events: gpd.GeoDataFrame, _layers, day: date) -> pd.Series:
    """Who held each event's place on ``day`` (cached per table and day, so that a
    filter change does not join again)."""
    return days.ground_series(_events, layer_for_date(_layers, day))


@st.cache_data(show_spinner="Preparing the playback…", max_entries=4)
def playback_page(
    view_key: str,
    _view: gpd.GeoDataFrame,
    _layers,
    span: tuple[date | None, date | None],
    title: str,
    subtitle: str | None,
) -> str:
    """The played-by-day map of a view (self-contained HTML), once per filter state."""
    return playback.playback_html(
        _view, layers=_layers, title=title, subtitle=subtitle, date_range=span
    )


def playback_section(
    view: gpd.GeoDataFrame, layers, span: tuple[date | None, date | None], view_key: str
) -> None:
    """Play the filtered strikes day by day, with the control areas of each day."""
    st.subheader("Play day by day")
    on = st.toggle(
        "Show the playback",
        key="playback",
        help="Strikes appear on their day and fade after the span chosen in the map; the "
        "control areas change with the day. Play, pause and step by day or week in the map.",
    )
    title = st.session_state.get("dl_title", TITLE).strip() or TITLE
    subtitle = (st.session_state.get("dl_subtitle") or "").strip() or None
    if on:
        page = playback_page(view_key, view, layers, span, title, subtitle)
        st.iframe(page, height=620)
    st.download_button(
        "Played-by-day map (HTML, works offline)",
        lambda: playback_page(view_key, view, layers, span, title, subtitle),
        file_name="strikemap-playback.html",
        mime="text/html",
        key="dl_playback",
        on_click="ignore",
    )


def draw_map(events: gpd.GeoDataFrame, layer) -> folium.Map:
    m = webmap.build_map(
        events, layer=layer, title=f"Ground of {layer.date.isoformat()}", assets="cdn"
    )
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


def flash(message: str, kind: str = "success") -> None:
    """Keep a message for the next run (``kind``: success, info or error)."""
    st.session_state["flash"] = (kind, message)


def save_fix(src_dir: str, key: str, button: str, row: dict) -> None:
    state = st.session_state
    place = str(row["place_as_written"])
    try:
        action, value = fixes.correction_for(
            button,
            place=place,
            current_place_id=row.get("place_id"),
            current_date=row.get("event_date") if isinstance(row.get("event_date"), date) else None,
            candidate=state.get(f"fix_candidate_{key}"),
            clicked=state.get("fix_clicked"),
            picked_date=state.get(f"fix_date_{key}"),
        )
    except fixes.NothingToSave as exc:
        flash(f"Nothing saved: {md(exc)}", "info")
        return
    note = state.pop(f"fix_note_{key}", "") or ""
    path = corrections_path(src_dir)
    undo = fixes.snapshot(path, f"correction of {place}")
    try:
        editing.save_correction(src_dir, key, action, value, note)
    except (ValueError, StrikemapError) as exc:
        flash(f"Could not save the correction: {md(exc)}", "error")
        return
    state.setdefault("undo_stack", []).append(undo)
    load_seeds.clear()
    what = {"location": f"location set to {md(value)}", "not_strike": "marked not a strike"}
    flash(f"Saved: {md(place)} {what.get(action, f'date set to {md(value)}')}.")


def undo_last() -> None:
    stack = st.session_state.get("undo_stack") or []
    if not stack:
        return
    snap = stack.pop()
    try:
        fixes.restore(snap)
    except OSError as exc:
        flash(f"Could not undo the {md(snap.label)}: {md(exc)}", "error")
        return
    load_seeds.clear()
    flash(f"Undone: the {md(snap.label)}.")


def save_drawing(layers, layers_dir: str, area: dict, before: dict[str, object]) -> None:
    state = st.session_state
    faction, on = state.get("draw_faction"), state.get("draw_date")
    if faction is None or on is None:
        st.warning("Pick a faction and a date for the drawn area first.")
        return
    undo = fixes.snapshot(Path(layers_dir) / f"{on.isoformat()}.geojson", f"area drawn on {on}")
    try:
        _, path = editing.save_area(layers, layers_dir, faction, area, on)
    except (ValueError, StrikemapError) as exc:
        flash(f"Could not save the area: {md(exc)}", "error")
        return
    state.setdefault("undo_stack", []).append(undo)
    load_seeds.clear()
    state["ground_before"] = before
    flash(f"Saved control layer {path.name}: {webmap.faction_label(faction)} holds the drawn area.")


# ---------------------------------------------------------------------------
# Views


#: Columns of the list of a place's strikes.
PLACE_COLUMNS = ["event_date", "place_name", "controlled_by", "claimant", "actor", "doc_title"]


def find_place(view: gpd.GeoDataFrame) -> None:
    """A search box over the gazetteer: zoom the map to the place picked and list its strikes."""
    left, right = st.columns(2)
    query = left.text_input(
        "Find a place",
        key="find_place",
        placeholder="A town, district or governorate",
        help="Any spelling of a gazetteer name (al-Bab, Al Bab, Bab); Arabic names too.",
    )
    if not query.strip():
        return
    found = places.find_places(place_index(), query)
    if not found:
        right.caption("No place of that name in the gazetteer.")
        return
    by_id = {p.place_id: p for p in found}
    pick = right.selectbox(
        "Places found",
        list(by_id),
        format_func=lambda pid: places.place_label(by_id[pid]),
        key="find_pick",
    )
    place = by_id.get(pick)
    if place is None:
        return
    # Zoom once per place picked: the analyst may pan away afterwards.
    if st.session_state.get("find_applied") != pick:
        st.session_state["find_applied"] = pick
        zoom = places.ZOOM.get(place.precision, 11)
        st.session_state[share.MAP_KEY] = (place.lat, place.lon, zoom)
    strikes = places.strikes_at(view, place)
    with st.expander(f"Strikes at {place.name} in this view: {len(strikes)}", expanded=True):
        if len(strikes):
            shown = strikes[[c for c in PLACE_COLUMNS if c in strikes.columns]]
            st.dataframe(labels.labelled(shown), hide_index=True, width="stretch", key="place_list")
        else:
            st.caption("No strike in this view at this place.")


def map_and_figures(
    view: gpd.GeoDataFrame,
    layers,
    span: tuple[date | None, date | None],
    unit: str,
    *,
    view_key: str,
    shown_day: date | None,
    ground: pd.Series | None,
    heatmap: bool = False,
    rings: bool = True,
    whole: Callable[[], gpd.GeoDataFrame] | None = None,
    events: gpd.GeoDataFrame | None = None,
    events_key: str = "",
    data_of: Callable[[gpd.GeoDataFrame], dict] | None = None,
) -> None:
    """The main view: top figures, the map, the change log, charts, table, downloads.

    ``events`` is the whole table (the map opens on it; default ``view``) and
    ``events_key`` names it for the caches; ``data_of`` makes a big view's canvas data
    (see :func:`strike_data_of`).
    """
    # On a phone the three figures stay side by side (see PHONE_STYLE), so the map
    # comes within the first screen. They are filled in after the map is sent, so that
    # counting the incidents does not hold the map back.
    top = st.container(key="top_figures").columns(3)
    find_place(view)
    # The map comes before the figures, so it is shown while they are computed.
    layer = layer_for_date(layers, shown_day) if layers else None
    mapped = view
    if layer is not None and ground is not None:
        mapped = days.recoloured(view, ground)
    try:
        table = view if events is None else events
        frame = map_frame(events_key or view_key, table, bool(layers))
        parts = map_layers(
            f"{view_key}:{shown_day}", mapped, layer, span, shown_day, heatmap, rings, data_of
        )
    except AssetError as exc:
        st.warning(f"The map's front-end files are not installed locally: {md(exc)}")
        st.stop()
    ringed = parts.ringed
    # One copy of the groups and control together: they share a scratch parent.
    groups, control = copy.deepcopy((parts.groups, parts.control))
    # The map's position goes into the page's address (a view to share); a shared
    # link's position is applied on top of the map's own fit. The frame's script is
    # the same on every run, so the map on the page stays and only the view's layers
    # are swapped.
    opened = st.session_state.get(share.MAP_KEY)
    returned = st_folium(
        copy.deepcopy(frame),
        feature_group_to_add=list(groups),
        layer_control=control,
        returned_objects=["center", "zoom", "bounds"],
        use_container_width=True,
        height=600,
        key="main_map",
        **({"center": opened[:2], "zoom": opened[2]} if opened else {}),
    )
    st.session_state["map_bounds"] = share.bounds_of(returned)
    moved = share.map_view_of(returned)
    # A new ask, or a new map (its frame changed), has not been shown yet.
    ask = (events_key or view_key, bool(layers), opened)
    settled = st.session_state.get("map_asked") == ask and st.session_state.get("map_settled")
    st.session_state["map_asked"] = ask
    st.session_state["map_settled"] = share.map_settled(moved, opened, bool(settled))
    if share.map_moved(moved, opened, bool(settled)):
        st.session_state[share.MAP_KEY] = moved
    if layer is not None and shown_day is not None:
        if not rings:
            ring_text = "Contradiction rings are off."
        elif ringed is not None:
            ring_text = "Dashed rings mark contradicted claims."
        else:
            ring_text = (
                "Contradicted claims are not ringed on a view this big: narrow the "
                "filters, or open the Contradictions view."
            )
        st.caption(
            f"Ground shown on {shown_day.isoformat()}: control areas as of "
            f"{layer.date.isoformat()} (the layer in force that day), and every strike "
            f"coloured by who held its place that day. {ring_text}"
        )

    facts = view_figures(view_key, view, unit)
    located, incidents = facts.located, facts.incidents
    top[0].metric(
        "Strikes in view",
        len(incidents),
        help="One strike reported by several sources counts once.",
    )
    top[1].metric("Reports in view", len(view), help="Every mention of a strike in a report.")
    top[2].metric("Located on the map", len(located), help="Reports placed on the map.")
    contradicted, coarse = facts.contradicted, facts.coarse

    change_log_section(layers, shown_day)

    shares, distance = facts.shares, facts.distance
    on_isis = shares.loc[shares["faction"] == "isis"].iloc[0]
    low = st.columns(3)
    low[0].metric(
        "On ISIS-held ground",
        f"{int(on_isis['count'])} ({on_isis['share']:.0%})" if shares["count"].sum() else "0",
        help=f"Counting {unit}, on the ground of each strike's own date.",
    )
    low[1].metric(
        f"Over {distance.far_km:.0f} km from ISIS",
        f"{distance.n_far} ({distance.share_far:.0%})" if distance.n else "0",
        help=f"Counting {unit}; distance to the nearest ISIS-held ground of the layer in force.",
    )
    low[2].metric(
        "Contradicted claims",
        len(contradicted),
        help="Claims of a target by the party that struck, contradicted by the ground. "
        f"{len(coarse)} more claim(s) name a place known only to a district, governorate, "
        "region or side of a place: too coarse to score (see the Contradictions view).",
    )

    st.subheader(f"Share of {unit} by who held the ground")
    left, right = st.columns(2)
    with left:
        st.altair_chart(faction_chart(shares, unit), width="stretch")
    with right:
        weekly = facts.weekly
        if len(weekly):
            st.altair_chart(weekly_chart(weekly), width="stretch")
    st.subheader("Distance to ISIS-held ground")
    histogram = facts.histogram
    if len(histogram):
        st.altair_chart(distance_chart(histogram, unit), width="stretch")
        st.caption(
            f"{distance.n_far} of {distance.n} {unit} ({distance.share_far:.0%}) fell more "
            f"than {distance.far_km:.0f} km from ISIS-held ground; median "
            f"{distance.median_km:.0f} km."
        )

    st.subheader("Events in view")
    shown = view[[c for c in TABLE_COLUMNS if c in view.columns]].head(TABLE_ROWS)
    st.dataframe(labels.labelled(shown), hide_index=True, width="stretch")
    if len(view) > TABLE_ROWS:
        st.caption(
            f"The first {TABLE_ROWS:,} of {len(view):,} events; the CSV and GeoJSON "
            "downloads hold them all."
        )
    unlocated = view.loc[~view.index.isin(located.index)]
    if len(unlocated):
        with st.expander(f"{len(unlocated)} event(s) whose place could not be located"):
            st.dataframe(
                labels.labelled(unlocated[["place_as_written", "event_date", "doc", "quote"]]),
                hide_index=True,
                width="stretch",
            )
    downloads(view, layers, layer=layer, span=span, whole=whole)
    playback_section(view, layers, span, view_key)


def change_log_section(layers, shown_day: date | None) -> None:
    """The control change log: what changed hands, when, on what source; which changes are
    in force on the day the map shows."""
    table = changelog.change_table(layers, shown_day) if layers else None
    if table is None or not len(table):
        return
    tally = changelog.counts(table)
    on = shown_day.isoformat() if shown_day else "the last day"
    with st.expander(
        f"Control changes: {tally[changelog.IN_FORCE]} in force on {on}, {len(table)} in the log",
        key="changes_box",
    ):
        st.caption(
            "Each row gives an area or place to a new holder from its date on; the map's "
            "control is the base layer with every change up to the day shown painted over "
            "it. In force: dated on or before the day shown and not wholly painted over by "
            "a later change."
        )
        first, last = min(table["date"]), max(table["date"])
        c1, c2, c3 = st.columns([2, 2, 2])
        picked = c1.slider(
            "Changes dated",
            min_value=first,
            max_value=last,
            value=(first, last),
            format="YYYY-MM-DD",
            key="ch_dates",
        )
        sides = c2.multiselect(
            "Lost or gained by",
            list(FACTIONS),
            format_func=webmap.faction_label,
            placeholder="All",
            key="ch_factions",
        )
        text = c3.text_input("Search place or source", key="ch_text").strip()
        only = st.checkbox(f"Only the changes in force on {on}", key="ch_in_force")
        shown = changelog.filter_changes(
            table,
            date_from=picked[0],
            date_to=picked[1],
            factions=sides or None,
            text=text or None,
            in_force_only=only,
        )
        st.dataframe(
            changelog.shown_changes(shown),
            hide_index=True,
            width="stretch",
            key="changes",
            column_config={
                changelog.HEADERS["url"]: st.column_config.LinkColumn(display_text="report")
            },
        )
        st.caption(f"{len(shown)} of {len(table)} changes.")


def contradiction_table(table: pd.DataFrame, titles: dict[str, str]) -> pd.DataFrame:
    """The Contradictions view's table: labels, not codes; report text never rendered."""
    return pd.DataFrame(
        {
            "Date": table["event_date"].astype(str),
            "Place": table["place"],
            "Located to": [labels.label("geo_precision", v) for v in table["geo_precision"]],
            "Claimed by": [labels.label("claimant", v) for v in table["claimant"]],
            "Claimed target": [labels.label("claimed_target", v) for v in table["claimed_target"]],
            "Ground held by": [labels.label("controlled_by", v) for v in table["controlled_by"]],
            "Control layer": table["control_layer"],
            "To claimed ground": [labels.km_text(v) for v in table["dist_to_claimed_km"]],
            "Quote": table["quote"],
            "Document": [titles.get(str(d), str(d)) for d in table["doc"]],
        }
    ).reset_index(drop=True)


def contradictions_view(view: gpd.GeoDataFrame, titles: dict[str, str]) -> None:
    table = figures.contradictions(view)
    coarse = figures.contradictions(view, "coarse")
    st.subheader(f"Claims the ground contradicts ({len(table)})")
    st.caption(
        "The party that struck (a defence ministry, a state news agency) named a target "
        "faction; the control layer in force that day says another faction held the place. "
        "Reporters' and monitors' descriptions of an area are not claims. Distance: to the "
        "nearest ground of the claimed faction, from a point as precise as “Located to”."
    )
    # Report text is shown in a data grid, which never renders it as Markdown or HTML:
    # a quote holding an image or a link stays text and fetches nothing.
    if len(table):
        st.dataframe(
            contradiction_table(table, titles), hide_index=True, width="stretch", key="contra"
        )
    else:
        st.info("No contradicted claim in this view.")
    if len(coarse):
        st.subheader(f"Claims too coarse to score ({len(coarse)})")
        st.caption(
            "The place is known only to a district, governorate or region: its point is the "
            "area's centre, which says nothing about who held the place struck."
        )
        st.dataframe(
            contradiction_table(coarse, titles), hide_index=True, width="stretch", key="coarse"
        )


def review_view(events: gpd.GeoDataFrame, layers, titles: dict[str, str]) -> None:
    src = str(corpus_dir())
    st.subheader("Review and corrections")
    st.caption(
        "Unresolved places, loose geocodes, homonyms chosen by context and the events you "
        f"doubt. Corrections are saved to {corrections_path(corpus_dir()).name} in the corpus "
        "folder and applied by every build."
    )
    labels = reviewing.event_names(events, titles)
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
        st.dataframe(reviewing.queue_table(queue, titles), hide_index=True, width="stretch")
        keys = [str(k) for k in queue["event_key"]]
        reasons = dict(zip(keys, queue["reasons"], strict=True))
        key = st.selectbox(
            "Event to correct",
            keys,
            format_func=lambda k: f"{labels.get(k, k)} ({reviewing.reasons_text(reasons.get(k))})",
            key="review_pick",
        )
        rows = events.loc[events["event_key"].astype(str) == key] if key else events.iloc[0:0]
        if len(rows) and pd.notna(rows["event_key"].iloc[0]):
            correction_form(src, rows.iloc[0], layers, titles)
        else:
            st.info("This event has no key (it was not built from a corpus folder).")
    fixes = read_corrections(corrections_path(corpus_dir()))
    if fixes:
        with st.expander(f"{len(fixes)} saved correction(s)"):
            st.dataframe(corrections_frame(fixes), hide_index=True, width="stretch")


#: Half the side, in degrees, of the area the review map opens on around the point (about 9 km).
REVIEW_SPAN = 0.04
#: Review map: no title box, a compact legend, names of the villages around the point.
REVIEW_MAP_STYLE = """<style>
.sm-titlebox { display: none; }
.sm-legend { font-size: 11px; padding: 4px 6px; max-width: 150px; opacity: 0.9; }
.sm-legend h4 { font-size: 11px; margin: 0 0 2px; }
.sm-near { font: 11px sans-serif; color: #333; white-space: nowrap;
           text-shadow: 0 0 2px #fff, 0 0 2px #fff; }
</style>"""


def add_nearby_places(m: folium.Map, places) -> None:
    """Name the gazetteer's villages and neighbourhoods around the point under review."""
    # Not listed in the layer control: a group added after the map's control breaks
    # the map in the page (it is drawn zero pixels high).
    group = folium.FeatureGroup(name="Places nearby", control=False)
    for place in places:
        folium.Marker(
            (place.lat, place.lon),
            icon=folium.DivIcon(
                html=f'<span class="city-dot"></span>{webmap.esc(place.name)}',
                class_name="sm-near",
                icon_size=(140, 14),
                icon_anchor=(3, 7),
            ),
            interactive=False,
        ).add_to(group)
    group.add_to(m)


def correction_form(src: str, row: pd.Series, layers, titles: dict[str, str]) -> None:
    place = str(row["place_as_written"])
    key = str(row["event_key"])
    title = titles.get(str(row["doc"]), str(row["doc"]))
    st.markdown(f"**{md(place)}** in *{md(title)}*: “{md(row['quote'])}”")
    day = row.get("event_date")
    day = day if isinstance(day, date) else None
    one = gpd.GeoDataFrame([row], geometry="geometry", crs="EPSG:4326")
    layer = layer_for_date(layers, day) if layers else None
    left, right = st.columns([3, 2])
    with left:
        m = webmap.build_map(one, layer=layer, title=f"Where is {place}?", assets="cdn")
        # The question is in the page; on the map the title box would hide the ground.
        m.get_root().header.add_child(folium.Element(REVIEW_MAP_STYLE))
        if not len(webmap.located(one)):
            m.fit_bounds(SYRIA_BOUNDS.leaflet_corners)
        else:
            point = one.geometry.iloc[0]
            add_nearby_places(m, tables.places_near(gazetteer().places, point.y, point.x))
            # Close enough to tell the villages around the point apart and click the right one
            # (in place of the map's own fit, which stops at a whole region's zoom).
            for name, child in list(m._children.items()):
                if isinstance(child, folium.map.FitBounds):
                    del m._children[name]
            m.fit_bounds(
                [
                    [point.y - REVIEW_SPAN, point.x - REVIEW_SPAN],
                    [point.y + REVIEW_SPAN, point.x + REVIEW_SPAN],
                ]
            )
        apply_assets(m, "local")
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
        # Every field is keyed by the event: each event shows its own values, and a
        # value typed for one event is never saved for another.
        st.selectbox(
            "Gazetteer candidates",
            list(names),
            format_func=lambda pid: names.get(pid, pid),
            key=f"fix_candidate_{key}",
        )
        facts = row.to_dict()
        st.button(
            "Use this place",
            key="fix_use_candidate",
            on_click=save_fix,
            args=(src, key, "use_candidate", facts),
            disabled=not names,
        )
        st.button(
            f"Use the clicked point ({st.session_state['fix_clicked'] or 'click the map'})",
            key="fix_use_click",
            on_click=save_fix,
            args=(src, key, "use_click", facts),
            disabled=not point,
        )
        st.date_input("Date of the strike", value=day, min_value=SANE_FIRST, key=f"fix_date_{key}")
        st.button(
            "Change the date", key="fix_set_date", on_click=save_fix, args=(src, key, "date", facts)
        )
        st.button(
            "Not a strike",
            key="fix_not_strike",
            on_click=save_fix,
            args=(src, key, "not_strike", facts),
        )
        st.text_input("Note (optional)", key=f"fix_note_{key}")


def drawing_view(
    events: gpd.GeoDataFrame,
    layers,
    span: tuple[date | None, date | None],
    shown_day: date | None,
) -> None:
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
    # Starts on the day whose ground the page shows, and the strikes are coloured by the
    # ground of the layer drawn, so that no marker sits on areas of another day.
    on = c2.date_input(
        "Date of the new layer version",
        value=shown_day or span[1] or layers[-1].date,
        key="draw_date",
    )
    base = layer_for_date(layers, on)
    st.caption(f"Starting from the layer of {base.date.isoformat()}.")
    drawn = st_folium(
        draw_map(days.on_layer(events, base), base),
        returned_objects=["last_active_drawing"],
        height=520,
        use_container_width=True,
        key=f"dmap_{base.date.isoformat()}",  # a new map when the layer changes
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


def print_map(
    view: gpd.GeoDataFrame,
    layer,
    span: tuple[date | None, date | None] | None,
    title: str,
    subtitle: str | None,
) -> bytes:
    """The print map (PNG) of the view: the area on screen, the ground of the day shown."""
    area = st.session_state.get("map_bounds")
    return printmap.render_png(
        view,
        layer,
        title=title,
        subtitle=subtitle,
        date=span,
        bounds=area.xy_bounds if area else None,
    )


def downloads(
    view: gpd.GeoDataFrame,
    layers,
    *,
    layer=None,
    span: tuple[date | None, date | None] | None = None,
    whole: Callable[[], gpd.GeoDataFrame] | None = None,
) -> None:
    """Download buttons for the view; each file is made only when its button is clicked.

    ``whole`` reads the view with every column for the GeoJSON and CSV files, when
    the page holds only the columns it shows.
    """
    rows = whole or (lambda: view)
    st.subheader("Download this view")
    t1, t2 = st.columns(2)
    title = t1.text_input("Title of the map", value=TITLE, key="dl_title", max_chars=120)
    subtitle = t2.text_input("Subtitle", key="dl_subtitle", max_chars=200)
    title = title.strip() or TITLE
    subtitle_or_none = subtitle.strip() or None
    c1, c2, c3, c4 = st.columns(4)
    c1.download_button(
        "GeoJSON",
        lambda: export.geojson_text(rows()),
        file_name="strikes.geojson",
        mime="application/geo+json",
        key="dl_geojson",
        on_click="ignore",
    )
    c2.download_button(
        "CSV",
        lambda: export.csv_text(rows()),
        file_name="strikes.csv",
        mime="text/csv",
        key="dl_csv",
        on_click="ignore",
    )
    c3.download_button(
        "HTML map (works offline)",
        lambda: webmap.render_html(
            view, layers=layers, title=title, subtitle=subtitle_or_none, self_contained=True
        ),
        file_name="strikemap.html",
        mime="text/html",
        key="dl_html",
        on_click="ignore",
    )
    c4.download_button(
        "Print map (PNG)",
        lambda: print_map(view, layer, span, title, subtitle_or_none),
        file_name="strikemap.png",
        mime="image/png",
        key="dl_png",
        on_click="ignore",
        help="The area on screen, the ground of the day shown, with title, dates, legend "
        "and sources, for slides and print.",
    )


#: Narrow screens: a smaller title and the top figures side by side, so that the map
#: comes within the first screen (the filters are in the side panel, closed on a phone).
PHONE_STYLE = """<style>
@media (max-width: 640px) {
  h1 { font-size: 1.6rem !important; padding-top: 0 !important; }
  .st-key-top_figures [data-testid="stHorizontalBlock"] {
    flex-wrap: nowrap !important; gap: 0.5rem; }
  .st-key-top_figures [data-testid="stColumn"] { min-width: 0 !important; flex: 1 1 0 !important; }
  .st-key-top_figures [data-testid="stMetricValue"] { font-size: 1.4rem; }
  .st-key-top_figures [data-testid="stMetricLabel"] p { font-size: 0.75rem; }
  /* A label wraps rather than end in an ellipsis ("Located on the …"). */
  .st-key-top_figures [data-testid="stMetricLabel"],
  .st-key-top_figures [data-testid="stMetricLabel"] * {
    white-space: normal !important; overflow: visible !important;
    text-overflow: clip !important; height: auto !important; }
}
</style>"""


def main() -> None:
    st.set_page_config(page_title="strikemap", page_icon=":world_map:", layout="wide")
    st.html(PHONE_STYLE)
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
            seed_key = (*folder_fingerprint(layers_dir), file_stamp(table))
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
        kind, text = message
        {"error": st.error, "info": st.info}.get(kind, st.success)(text)
    stack = st.session_state.get("undo_stack") or []
    if stack:
        st.button(f"Undo the last edit ({md(stack[-1].label)})", key="undo", on_click=undo_last)
    before = st.session_state.pop("ground_before", None)
    if before is not None and "event_key" in result.events.columns:
        changed = [
            f"{place} ({webmap.faction_label(old)} → {webmap.faction_label(new)})"
            for place, old, new in fixes.ground_changes(result.events, before)
        ]
        st.info(
            f"{len(changed)} strike(s) changed ground: {md(', '.join(changed))}"
            if changed
            else "No strike changed ground."
        )

    files, published = upload_section()
    upload_events = None
    if files:
        known = uploads.corpus_hashes(list(getattr(result, "documents", ()) or ()))
        built, batch = load_uploads(files, published, key_of(seed_key), result.layers, known)
        for error in batch.errors:
            st.error(f"Could not use an uploaded report: {md(error)}")
        for note in batch.duplicates:
            st.sidebar.info(md(note))
        if batch.undated:
            st.sidebar.warning(
                f"{md(', '.join(batch.undated))}: no publication date. Give one under "
                "“Publication date for reports that do not give one” to add them."
            )
        if built is not None:
            upload_events = built.events
            st.sidebar.success(
                f"{len(built.documents)} uploaded report(s), {len(built.events)} "
                "events, shown beside the seeds for this session."
            )

    events = tables.combined_events(result.events, upload_events)
    events_key = key_of((seed_key, upload_fingerprint(files), published))
    titles = document_titles(events_key, events)
    read_shared_view(events, events_key)
    chosen, span, shown_day = sidebar_filters(events, titles, events_key)
    heatmap = st.sidebar.checkbox(
        "Heatmap",
        key="heatmap",
        help="Show where strikes concentrate, with the strike markers hidden; tick them back "
        "on in the map's layer control.",
    )
    rings = st.sidebar.checkbox(
        "Ring contradicted claims", value=True, key="rings", help="Dashed rings on the map."
    )
    filters_key = key_of(sorted(chosen.items()))
    view_key = key_of((events_key, filters_key, span, heatmap, rings))
    whole: Callable[[], gpd.GeoDataFrame] | None = None
    if table is not None:
        # A big table: the date range and factions go into the Parquet reader, which reads
        # only the page's columns; the other filters run on those rows in memory, as on
        # the uploads.
        pushed, rest = bigtable.split_filters(chosen)
        pushed_key = key_of(sorted(pushed.items()))
        base = events_view(key_of(seed_key), pushed_key, str(table), pushed)
        if upload_events is not None:
            base = tables.combined_events(base, filters.filter_events(upload_events, **pushed))
        view = filters.filter_events(base, **rest)

        def whole() -> gpd.GeoDataFrame:
            every = bigtable.read_view(str(table), chosen, columns=None)
            extra = (
                filters.filter_events(upload_events, **chosen)
                if upload_events is not None
                else None
            )
            return tables.combined_events(every, extra)

        data_of = strike_data_of(key_of((events_key, pushed_key)), base)
    else:
        view = filters.filter_events(events, **chosen)
        data_of = strike_data_of(events_key, events)
    ground = None
    if result.layers and shown_day is not None:
        # Who held each place on the day shown: joined once per table and day.
        ground = day_ground(events_key, events, result.layers, shown_day)
        if table is not None:
            ground = bigtable.ground_of_rows(events, ground, pushed, base)
            if ground is None:  # rows that do not match the index: join them
                ground_key = key_of((events_key, pushed_key))
                ground = day_ground(ground_key, base, result.layers, shown_day)
    unit = st.sidebar.radio(
        "Figures count",
        list(figures.UNITS),
        format_func=UNIT_LABELS.get,
        key="count_unit",
        help="One strike reported by several sources is one incident.",
    )
    page = st.radio("View", VIEWS, horizontal=True, key="view", label_visibility="collapsed")
    if page == VIEWS[0]:
        map_and_figures(
            view,
            result.layers,
            span,
            unit,
            view_key=view_key,
            shown_day=shown_day,
            ground=ground,
            heatmap=heatmap,
            rings=rings,
            whole=whole,
            events=events,
            events_key=events_key,
            data_of=data_of,
        )
    elif page == VIEWS[1]:
        contradictions_view(view, titles)
    elif page == VIEWS[2]:
        review_view(view if table is not None else result.events, result.layers, titles)
    else:
        drawing_view(view, result.layers, span, shown_day)
    write_shared_view(events, events_key)
    st.caption(
        "Boundaries: UN OCHA Syria CODs (CC BY-IGO), Natural Earth. Places: GeoNames, OCHA. "
        "Control areas are approximate."
    )


main()
