"""Print maps: PNG, SVG or PDF of strikes and control areas, drawn offline.

geopandas draws the layers on a matplotlib figure (Agg, no display, no
network): neighbouring countries, Syria's outline, the control areas in
force, governorate lines, main cities, the strikes coloured by who held the
ground, then a legend, a title, a subtitle, the date range and an
attribution line. Text is never read as mathtext, so a ``$`` in a title
prints as it is.
"""

from __future__ import annotations

import html
import io
import math
from collections.abc import Sequence
from datetime import date

import geopandas as gpd
import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from geo.control.layers import Basemap
from geo.output.webmap import (
    ABROAD_COLOUR,
    ABROAD_EDGE_COLOUR,
    DATA_ATTRIBUTION,
    DEFAULT_TITLE,
    FACTION_COLOURS,
    GOVERNORATE_COLOUR,
    LAND_COLOUR,
    OUTLINE_COLOUR,
    SEA_COLOUR,
    UNKNOWN_COLOUR,
    Control,
    city_name,
    control_as_of,
    control_frame,
    date_range_text,
    event_dates,
    faction_colour,
    faction_label,
    located,
)
from geo.output.webmap import load_basemap as load_web_basemap
from geo.record import SYRIA_BOUNDS

#: Formats :func:`render_map` writes.
PRINT_FORMATS = ("png", "svg", "pdf")
#: Default size of a print map, in pixels (at :data:`DEFAULT_DPI`).
DEFAULT_SIZE = (1600, 1200)
#: Default resolution, dots per inch.
DEFAULT_DPI = 200
#: Share of the figure's height kept for the title block and the footer.
TITLE_SPACE = 0.12
FOOTER_SPACE = 0.05


def _plain_range(start: date | None, end: date | None) -> str:
    return html.unescape(date_range_text(start, end))


def _draw_basemap(ax: matplotlib.axes.Axes, base: Basemap, *, scale: float) -> None:
    if base.neighbours is not None and len(base.neighbours):
        base.neighbours.plot(
            ax=ax, color=ABROAD_COLOUR, edgecolor=ABROAD_EDGE_COLOUR, linewidth=0.5 * scale
        )
    if base.outline is not None and len(base.outline):
        base.outline.plot(ax=ax, color=LAND_COLOUR, edgecolor="none")


def _draw_overlays(ax: matplotlib.axes.Axes, base: Basemap | None, *, scale: float) -> None:
    if base is None:
        return
    if base.governorates is not None and len(base.governorates):
        base.governorates.boundary.plot(
            ax=ax, color=GOVERNORATE_COLOUR, linewidth=0.45 * scale, linestyle=(0, (3, 3))
        )
    if base.outline is not None and len(base.outline):
        base.outline.boundary.plot(ax=ax, color=OUTLINE_COLOUR, linewidth=0.9 * scale)


def _draw_cities(
    ax: matplotlib.axes.Axes, cities: gpd.GeoDataFrame | None, *, scale: float, bounds
) -> None:
    if cities is None or not len(cities):
        return
    minx, miny, maxx, maxy = bounds
    for row, point in zip(cities.to_dict("records"), cities.geometry, strict=True):
        if point is None or point.is_empty or point.geom_type != "Point":
            continue
        if not (minx <= point.x <= maxx and miny <= point.y <= maxy):
            continue
        ax.plot(point.x, point.y, "o", color="#333333", markersize=1.6 * scale, zorder=6)
        ax.annotate(
            city_name(row),
            (point.x, point.y),
            xytext=(3 * scale, 0),
            textcoords="offset points",
            fontsize=5.5 * scale,
            color="#333333",
            va="center",
            zorder=6,
            parse_math=False,
            annotation_clip=True,
        )


def _bounds(
    events: gpd.GeoDataFrame, bounds: tuple[float, float, float, float] | None, aspect: float
) -> tuple[float, float, float, float]:
    """Return the view (minx, miny, maxx, maxy) filling an axes of ``aspect`` (width/height)."""
    if bounds is None:
        bounds = SYRIA_BOUNDS.xy_bounds
    minx, miny, maxx, maxy = bounds
    mid_lat = math.radians((miny + maxy) / 2)
    # Degrees of longitude shrink with cos(latitude): widen or heighten the view to fill the axes.
    width = (maxx - minx) * math.cos(mid_lat)
    height = maxy - miny
    if width / height < aspect:
        grow = (aspect * height - width) / math.cos(mid_lat) / 2
        minx, maxx = minx - grow, maxx + grow
    else:
        grow = (width / aspect - height) / 2
        miny, maxy = miny - grow, maxy + grow
    return minx, miny, maxx, maxy


def render_map(
    events: gpd.GeoDataFrame,
    control: Control = None,
    *,
    fmt: str = "png",
    title: str = DEFAULT_TITLE,
    subtitle: str | None = None,
    date_range: tuple[date | None, date | None] | None = None,
    size: tuple[int, int] = DEFAULT_SIZE,
    dpi: int = DEFAULT_DPI,
    bounds: tuple[float, float, float, float] | None = None,
    basemap: Basemap | None = None,
) -> bytes:
    """Draw a print map and return the file's bytes.

    Parameters
    ----------
    events : GeoDataFrame
        Events in EPSG:4326 (``controlled_by`` colours them); rows without a
        point are left out and counted in the date line.
    control : ControlLayer or GeoDataFrame, optional
        The control areas to draw (``faction`` and ``geometry``), for example
        the layer in force on the last day shown.
    fmt : {"png", "svg", "pdf"}
        File format.
    title, subtitle : str
        Text above the map. The subtitle defaults to the number of strikes.
    date_range : (date, date), optional
        Dates printed under the title; default the events' first and last.
    size : (int, int)
        Width and height in pixels; the PNG has exactly this size (SVG and
        PDF have the same proportions, ``size / dpi`` inches).
    dpi : int
        Resolution; text and line widths scale with ``size`` so a larger map
        looks the same, only sharper.
    bounds : (minx, miny, maxx, maxy), optional
        Area to show in degrees (the current view); default all of Syria.
        It is widened to the figure's proportions.
    basemap : Basemap, optional
        Default: :func:`geo.output.webmap.load_basemap`.

    Returns
    -------
    bytes

    Raises
    ------
    ValueError
        If ``fmt`` is unknown or ``size`` is not positive.
    """
    if fmt not in PRINT_FORMATS:
        raise ValueError(f"`fmt` was {fmt!r} but is expected to be one of {PRINT_FORMATS}")
    width, height = size
    if width < 200 or height < 150 or width > 20_000 or height > 20_000:
        raise ValueError(f"size {width}x{height} px is outside 200x150 to 20000x20000")
    scale = min(width, height) / dpi / 4.0
    base = basemap if basemap is not None else load_web_basemap()
    start, end = date_range if date_range is not None else event_dates(events)
    fallback_start, fallback_end = event_dates(events)
    start, end = start or fallback_start, end or fallback_end

    fig = Figure(figsize=(width / dpi, height / dpi), dpi=dpi, facecolor="white")
    FigureCanvasAgg(fig)
    map_top = 1 - TITLE_SPACE
    ax = fig.add_axes((0, FOOTER_SPACE, 1, map_top - FOOTER_SPACE))
    ax.set_facecolor(SEA_COLOUR)
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_linewidth(0.5 * scale)
        spine.set_color("#777777")
    axes_aspect = width / (height * (map_top - FOOTER_SPACE))
    minx, miny, maxx, maxy = _bounds(events, bounds, axes_aspect)

    if base is not None:
        _draw_basemap(ax, base, scale=scale)
    areas = control_frame(control)
    if areas is not None:
        areas = areas.to_crs("EPSG:4326") if areas.crs is not None else areas
        colours = [faction_colour(f) for f in areas["faction"]]
        areas.plot(ax=ax, color=colours, alpha=0.3, edgecolor="none", zorder=3)
        areas.boundary.plot(ax=ax, color=colours, linewidth=0.5 * scale, alpha=0.8, zorder=3)
    _draw_overlays(ax, base, scale=scale)
    points = located(events)
    if len(points):
        colours = [faction_colour(f) for f in points.get("controlled_by", [None] * len(points))]
        ax.scatter(
            points.geometry.x,
            points.geometry.y,
            s=(4.0 * scale) ** 2,
            c=colours,
            edgecolors="white",
            linewidths=0.5 * scale,
            alpha=0.9,
            zorder=7,
        )
    if base is not None:
        _draw_cities(ax, base.cities, scale=scale, bounds=(minx, miny, maxx, maxy))
    ax.set_xlim(minx, maxx)
    ax.set_ylim(miny, maxy)
    ax.set_aspect("auto")
    ax.set_xlabel("")
    ax.set_ylabel("")

    strikes_handles = [
        Line2D(
            [], [], marker="o", linestyle="none", markersize=4.5 * scale,
            markerfacecolor=colour, markeredgecolor="white", label=faction_label(f),
        )
        for f, colour in (*FACTION_COLOURS.items(), (None, UNKNOWN_COLOUR))
    ]  # fmt: skip
    handles: Sequence[Line2D | Patch]
    if areas is not None:
        # Two columns: areas on the left (padded to the strikes' five rows), strikes on the right.
        area_handles = [
            Patch(facecolor=colour, alpha=0.45, edgecolor=colour, label=faction_label(f))
            for f, colour in FACTION_COLOURS.items()
        ]
        area_handles.append(Patch(facecolor="none", edgecolor="none", label=""))
        handles, heading, columns = (
            [*area_handles, *strikes_handles],
            "Areas held by  |  strikes on ground held by",
            2,
        )
    else:
        handles, heading, columns = strikes_handles, "Strikes on ground held by", 1
    legend = ax.legend(
        handles=handles,
        loc="lower right",
        fontsize=5.5 * scale,
        title=heading,
        title_fontsize=5.5 * scale,
        frameon=True,
        framealpha=0.92,
        ncols=columns,
        borderpad=0.6,
    )
    legend.set_zorder(10)

    shown = len(points)
    left_out = len(events) - shown
    fig.text(
        0.015, 1 - 0.015, title, fontsize=11 * scale, fontweight="bold", va="top",
        parse_math=False, gid="sm-title",
    )  # fmt: skip
    if subtitle is None:
        subtitle = f"{shown} strike{'s' if shown != 1 else ''} mapped"
        if left_out:
            subtitle += f" ({left_out} not located)"
    line = _plain_range(start, end)
    as_of = control_as_of(control)
    if areas is not None:
        line += " · control areas" + (f" as of {as_of}" if as_of else "") + " (approximate)"
    fig.text(0.015, 1 - 0.055, subtitle, fontsize=7.5 * scale, va="top", parse_math=False)
    fig.text(
        0.015, 1 - 0.09, line, fontsize=6.5 * scale, va="top", color="#444444", parse_math=False
    )
    fig.text(
        0.015,
        FOOTER_SPACE / 2,
        html.unescape(DATA_ATTRIBUTION) + " · strikes: strikemap, from news reports",
        fontsize=5 * scale,
        va="center",
        color="#555555",
        parse_math=False,
    )
    out = io.BytesIO()
    metadata = {"Title": title} if fmt in ("svg", "pdf") else {"Title": title, "Software": None}
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "strikemap"}):
        fig.savefig(out, format=fmt, dpi=dpi, facecolor="white", metadata=metadata)
    return out.getvalue()


def render_png(
    events: gpd.GeoDataFrame,
    control: Control = None,
    *,
    title: str = DEFAULT_TITLE,
    subtitle: str | None = None,
    date: tuple[date | None, date | None] | None = None,
    size: tuple[int, int] = DEFAULT_SIZE,
    bounds: tuple[float, float, float, float] | None = None,
) -> bytes:
    """Return a PNG print map (see :func:`render_map`); ``date`` is the date range shown."""
    return render_map(
        events,
        control,
        fmt="png",
        title=title,
        subtitle=subtitle,
        date_range=date,
        size=size,
        bounds=bounds,
    )
