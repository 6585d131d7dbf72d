"""Command-line interface: ``strikemap build``, ``strikemap map`` and ``strikemap join``.

Errors in the user's input are printed as one line naming the file and the
problem, with exit status 2 and no traceback. A build where some documents
could not be read goes on with the others and exits with status 3.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
import warnings
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from geo.errors import InputError, InputWarning, StrikemapError, printable
from geo.record import CONTROL_COLUMNS

if TYPE_CHECKING:
    from geo.geocode.geocoders import SupportsGeocode

EXIT_OK = 0
EXIT_USAGE = 2
#: Some documents were skipped; the outputs hold the others.
EXIT_PARTIAL = 3

OUTPUT_FILES = (
    "strikes.geojson",
    "strikes.csv",
    "strikes.parquet",
    "strikes.gpkg",
    "strikes.kml",
    "incidents.geojson",
    "unresolved.csv",
    "map.html",
)
#: Every file of a published output folder: the outputs and the list of them.
PUBLISHED_FILES = (*OUTPUT_FILES, "build.json")


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a YYYY-MM-DD date") from None


def make_parser() -> argparse.ArgumentParser:
    """Build the argument parser."""
    parser = argparse.ArgumentParser(
        prog="strikemap",
        description="Map air-strike reports against who held the ground.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="extract, geocode and join a folder of reports")
    b.add_argument("src_dir", type=Path, help="folder of .txt reports")
    b.add_argument("--out", type=Path, required=True, help="output folder")
    b.add_argument(
        "--format",
        choices=["strikemap", "acled"],
        default="strikemap",
        help="columns of strikes.csv: strikemap's own (default) or ACLED-compatible",
    )
    b.add_argument(
        "--wait",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="how long to wait for another build into the same --out (default 60)",
    )
    b.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="local processes (default) or dask workers for reading, extraction and geocoding",
    )
    b.add_argument(
        "--scheduler",
        default=None,
        help="with --engine dask: a scheduler address such as tcp://127.0.0.1:8786 "
        "(default: a local cluster, one worker per core)",
    )
    _add_common(b)

    m = sub.add_parser(
        "map", help="write an HTML map (static or played by day) or a print map (PNG, SVG, PDF)"
    )
    m.add_argument(
        "src_dir",
        type=Path,
        help="folder of .txt reports, or events written by build (.parquet, .geojson)",
    )
    m.add_argument("--out", type=Path, default=None, help="output .html file")
    mode = m.add_mutually_exclusive_group()
    mode.add_argument(
        "--self-contained",
        dest="self_contained",
        action="store_true",
        default=True,
        help="inline every asset: works offline, no third-party request (default)",
    )
    mode.add_argument(
        "--cdn",
        dest="self_contained",
        action="store_false",
        help="link the libraries from public CDNs for a small file",
    )
    m.add_argument("--title", default=None, help="map title")
    m.add_argument("--from", dest="date_from", type=_iso_date, default=None, help="first day")
    m.add_argument("--to", dest="date_to", type=_iso_date, default=None, help="last day")
    m.add_argument(
        "--faction",
        action="append",
        default=None,
        choices=["isis", "opposition", "regime", "kurdish", "none"],
        help="keep strikes on ground held by this faction (repeatable)",
    )
    m.add_argument("--tiles", action="store_true", help="add online tile layers (needs network)")
    _add_map_outputs(m)
    _add_common(m)

    j = sub.add_parser("join", help="add who held the ground to a file of points (e.g. ACLED)")
    j.add_argument("points", type=Path, help="points: .csv, .geojson or .parquet (GeoParquet)")
    j.add_argument("--out", type=Path, required=True, help="output: .csv, .geojson or .parquet")
    j.add_argument("--layers", type=Path, default=None, help="folder of control layers")
    j.add_argument("--engine", choices=["pandas", "dask"], default="pandas", help="join engine")
    j.add_argument(
        "--overwrite",
        action="store_true",
        help="replace the control columns (controlled_by, ...) the input already has",
    )
    j.add_argument(
        "--scheduler",
        default=None,
        help="with --engine dask: threads (default), local (a local cluster) "
        "or a scheduler address such as tcp://127.0.0.1:8786",
    )

    a = sub.add_parser("app", help="serve the analyst's app (Streamlit) in the browser")
    a.add_argument(
        "src_dir", type=Path, nargs="?", default=None, help="folder of reports (default: seeds)"
    )
    a.add_argument("--layers", type=Path, default=None, help="folder of control layers")
    a.add_argument("--events", type=Path, default=None, help="GeoParquet of joined events")
    a.add_argument("--port", type=int, default=8501, help="TCP port (default 8501)")
    a.add_argument("--address", default=None, help="address to bind (default: Streamlit's)")
    return parser


def _size(value: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", value.strip().lower())
    if not match:
        raise argparse.ArgumentTypeError(f"{value!r} is not a size in pixels such as 1600x1200")
    return int(match.group(1)), int(match.group(2))


def _add_map_outputs(m: argparse.ArgumentParser) -> None:
    """Options of ``map`` for the played-by-day HTML map and the print maps."""
    m.add_argument(
        "--animate",
        action="store_true",
        help="--out plays the strikes day by day with the control areas of each day",
    )
    m.add_argument(
        "--fade",
        type=int,
        default=7,
        metavar="DAYS",
        help="with --animate: days after which a strike has faded (0: never; default 7)",
    )
    m.add_argument("--subtitle", default=None, help="subtitle of the map")
    for fmt in ("png", "svg", "pdf"):
        m.add_argument(
            f"--{fmt}", type=Path, default=None, metavar="FILE", help=f"write a print map as {fmt}"
        )
    m.add_argument(
        "--size",
        type=_size,
        default=(1600, 1200),
        metavar="WxH",
        help="print map size in pixels (default 1600x1200)",
    )


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--layers", type=Path, default=None, help="folder of control layers")
    p.add_argument(
        "--geocoder",
        choices=["offline", "nominatim"],
        default="offline",
        help="offline gazetteer (default) or Nominatim as fallback (needs network)",
    )
    p.add_argument(
        "--user-agent",
        default=None,
        help="user agent for Nominatim (required with --geocoder nominatim)",
    )
    p.add_argument(
        "--corrections",
        type=Path,
        default=None,
        help="analysts' corrections (default: corrections.csv in SRC_DIR, if present)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


def _online(args: argparse.Namespace) -> SupportsGeocode | None:
    if args.geocoder != "nominatim":
        return None
    if not args.user_agent:
        raise StrikemapError(
            "--geocoder nominatim needs --user-agent 'yourapp/1.0 (you@example.org)'"
        )
    from geo.geocode.geocoders import make_nominatim

    cache = Path.home() / ".cache" / "strikemap" / "nominatim.json"
    return make_nominatim(user_agent=args.user_agent, cache_path=cache)


def _build(args: argparse.Namespace):  # noqa: ANN202 - BuildResult import is lazy
    from geo.errors import CorrectionsError
    from geo.pipeline import build

    if args.corrections is not None and not os.path.lexists(args.corrections):
        raise CorrectionsError(args.corrections, "no such file (named by --corrections)")
    engine = _check_engine(args)
    return build(
        args.src_dir,
        layers_dir=args.layers,
        geocoder=args.geocoder,
        online=_online(args),
        corrections=args.corrections,
        progress=not args.quiet and sys.stderr.isatty(),
        workers=None,
        engine=engine,
        scheduler=getattr(args, "scheduler", None),
    )


def _check_engine(args: argparse.Namespace) -> str:
    """Return the build engine; refuse a scheduler without dask, or dask not installed."""
    engine = getattr(args, "engine", "local")
    if getattr(args, "scheduler", None) and engine != "dask":
        raise StrikemapError("--scheduler needs --engine dask")
    if engine == "dask":
        try:
            import distributed  # noqa: F401
        except ImportError as exc:
            raise StrikemapError(
                f"--engine dask needs the dask extra (pip install 'strikemap[dask]'): {exc}"
            ) from None
    return engine


def _one_line(text: str) -> str:
    r"""Escape control characters (a newline in a file name) so a message stays one line.

    Examples
    --------
    >>> _one_line("two\nlines.txt: document is empty")
    'two\\nlines.txt: document is empty'
    """
    return printable(text)


def _report_problems(result) -> None:  # noqa: ANN001
    for problem in result.problems:
        print(_one_line(f"strikemap: skipped: {problem}"), file=sys.stderr)


def _check_output(target: Path, *, folder: bool) -> None:
    """Refuse an output path that cannot be written, before any work is done.

    Nothing is created here, so a build that fails later leaves no trace.
    """
    if folder and target.exists() and not target.is_dir():
        raise StrikemapError(f"{target}: --out must be a folder")
    if not folder and target.is_dir():
        raise StrikemapError(f"{target}: --out is a folder; name an .html file")
    parent = target if folder else target.parent
    for ancestor in (parent, *parent.parents):
        if ancestor.exists():
            if not ancestor.is_dir():
                raise StrikemapError(f"{target}: cannot write: {ancestor} is a file, not a folder")
            break


def _make_folder(folder: Path, target: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StrikemapError(f"{target}: cannot write: {exc.strerror or exc}") from None


def cmd_build(args: argparse.Namespace) -> int:
    """Run ``strikemap build``: write every output of a build to ``--out``.

    The corpus is built batch by batch into a working folder of Parquet
    parts, then every output is made from the parts into a new folder that
    replaces ``--out`` in one step (see :mod:`geo.build.stream`).
    """
    from geo.build.stream import spool_corpus, write_outputs
    from geo.errors import CorrectionsError
    from geo.output.folder import publish, working_folder

    out: Path = args.out
    _check_output(out, folder=True)
    if args.corrections is not None and not os.path.lexists(args.corrections):
        raise CorrectionsError(args.corrections, "no such file (named by --corrections)")
    _check_engine(args)
    online = _online(args)
    if online is not None and args.engine == "dask":
        raise StrikemapError("--engine dask geocodes offline only (no --geocoder nominatim)")
    with working_folder(out) as parts:
        tally, layers = spool_corpus(
            args.src_dir,
            parts,
            layers_dir=args.layers,
            corrections=args.corrections,
            engine=args.engine,
            scheduler=args.scheduler,
            online=online,
            progress=not args.quiet and sys.stderr.isatty(),
        )

        def write(folder: Path) -> None:
            write_outputs(tally, folder, layers=layers, acled=args.format == "acled")

        try:
            publish(out, write, names=OUTPUT_FILES, wait=args.wait)
        except OSError as exc:
            raise StrikemapError(f"{out}: cannot write: {exc.strerror or exc}") from None
    _report_problems(tally)
    print(tally.summary())
    return EXIT_PARTIAL if tally.problems else EXIT_OK


def _map_input(args: argparse.Namespace):  # noqa: ANN202 - a build result or the same shape
    """Return the events, layers and skipped-file problems of a corpus or an events file."""
    if args.src_dir.is_file():
        from types import SimpleNamespace

        from geo.control.layers import load_layers
        from geo.ingest.events import read_events

        return SimpleNamespace(
            events=read_events(args.src_dir), layers=load_layers(args.layers), problems=[]
        )
    return _build(args)


def cmd_map(args: argparse.Namespace) -> int:
    """Run ``strikemap map``: an HTML map (static or played by day) and print maps."""
    from geo.analysis import filters
    from geo.output import export, webmap

    prints = {fmt: getattr(args, fmt) for fmt in ("png", "svg", "pdf") if getattr(args, fmt)}
    if args.out is None and not prints:
        raise StrikemapError("map needs --out FILE.html, or --png, --svg or --pdf FILE")
    if args.animate and args.out is None:
        raise StrikemapError("--animate needs --out FILE.html")
    if args.fade < 0:
        raise StrikemapError(f"--fade must be 0 or more days, got {args.fade}")
    for fmt, target in prints.items():
        if target.suffix.lower() != f".{fmt}":
            raise StrikemapError(f"{target}: --{fmt} must name a .{fmt} file")
    for target in [args.out, *prints.values()]:
        if target is not None:
            _check_output(target, folder=False)
    result = _map_input(args)
    events = filters.filter_events(
        result.events,
        date_from=args.date_from,
        date_to=args.date_to,
        factions=args.faction,
    )
    title = args.title or "strikemap"
    date_range = (args.date_from, args.date_to) if args.date_from or args.date_to else None
    files: dict[Path, bytes] = {}
    if args.out is not None and args.animate:
        from geo.output.playback import playback_html

        files[args.out] = playback_html(
            events,
            layers=result.layers,
            title=title,
            subtitle=args.subtitle,
            date_range=date_range,
            fade_days=args.fade,
        ).encode()
    elif args.out is not None:
        files[args.out] = webmap.render_html(
            events,
            layers=result.layers,
            title=title,
            self_contained=args.self_contained,
            tiles=args.tiles,
            date_range=date_range,
        ).encode()
    if prints:
        from geo.output.playback import control_from_layers
        from geo.output.printmap import render_map

        last = args.date_to or webmap.event_dates(events)[1]
        if last is None:
            raise InputError(args.src_dir, "no dated strike to draw a print map of; give --to")
        control = control_from_layers(result.layers)(last)
        for fmt, target in prints.items():
            files[target] = render_map(
                events,
                control,
                fmt=fmt,
                title=title,
                subtitle=args.subtitle,
                date_range=date_range,
                size=args.size,
            )
    # Every file is made before any is written: a failure leaves no partial set.
    for target, data in files.items():
        _make_folder(target.parent, target)
        export.atomic_write_bytes(target, data)
    _report_problems(result)
    for target, data in files.items():
        print(_one_line(f"{target}: {len(events)} strikes, {len(data) / 1e6:.2f} MB"))
    return EXIT_PARTIAL if result.problems else EXIT_OK


def cmd_join(args: argparse.Namespace) -> int:
    """Run ``strikemap join``: add the control columns to a file of points."""
    from geo.control.layers import load_layers
    from geo.control.timeline import Timeline
    from geo.errors import InputError
    from geo.ingest.points import read_points, read_points_frame
    from geo.output import export

    out: Path = args.out
    if out.suffix.lower() not in export.TABLE_SUFFIXES:
        raise StrikemapError(f"{out}: --out must end in one of {', '.join(export.TABLE_SUFFIXES)}")
    if args.scheduler and args.engine != "dask":
        raise StrikemapError("--scheduler needs --engine dask")
    _check_output(out, folder=False)
    layers = load_layers(args.layers)
    if args.engine == "dask":
        points = read_points(args.points)
    else:
        # The states of control are composed while the points are read (a
        # small file stops it at once; the join composes what it needs).
        halt = layers.compose_ahead() if isinstance(layers, Timeline) else None
        try:
            # The pandas engine joins plain longitude/latitude columns: no Point is built.
            points = read_points_frame(args.points)
        finally:
            if halt is not None:
                halt()
    present = [c for c in CONTROL_COLUMNS if c in points.columns]
    if present and not args.overwrite:
        raise InputError(
            args.points,
            f"already has a {present[0]!r} column (joined before?); pass --overwrite to replace it",
        )
    points = points.drop(columns=present)
    if args.engine == "dask":
        from geo.control.dask_join import join_control_dask

        try:
            joined = join_control_dask(points, layers, scheduler=args.scheduler)
        except ImportError as exc:
            raise StrikemapError(
                f"--engine dask needs the dask extra (pip install 'strikemap[dask]'): {exc}"
            ) from None
    else:
        from geo.control.join import join_control

        joined = join_control(points, layers)
    _make_folder(out.parent, out)
    export.write_table(joined, out)
    held = int(joined["controlled_by"].notna().sum())
    print(_one_line(f"{out}: {len(joined)} points, {held} on ground held by a faction"))
    return EXIT_OK


def cmd_app(args: argparse.Namespace) -> int:
    """Serve the packaged app on the given corpus until it is stopped."""
    from geo.app.launch import serve

    for path in (args.src_dir, args.layers):
        if path is not None and not path.is_dir():
            raise InputError(path, "is not a folder")
    if args.events is not None and not args.events.exists():
        raise InputError(args.events, "does not exist")
    return serve(
        args.src_dir, layers=args.layers, events=args.events, port=args.port, address=args.address
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status.

    Parameters
    ----------
    argv : sequence of str, optional
        Arguments without the program name (default: ``sys.argv[1:]``).

    Returns
    -------
    int
        0 on success, 2 on a usage or input error, 3 when some documents
        were skipped.
    """
    parser = make_parser()
    args = parser.parse_args(argv)
    commands = {"build": cmd_build, "map": cmd_map, "join": cmd_join, "app": cmd_app}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", InputWarning)
        status = _run(commands[args.command], args)
    for warning in caught:
        if issubclass(warning.category, InputWarning):
            print(_one_line(f"strikemap: warning: {warning.message}"), file=sys.stderr)
        else:  # a library's own warning: shown as Python would have shown it
            warnings.showwarning(
                warning.message, warning.category, warning.filename, warning.lineno
            )
    return status


def _run(command: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run one command; turn the errors of bad input into one line and a status."""
    try:
        return command(args)
    except StrikemapError as exc:
        print(_one_line(f"strikemap: error: {exc}"), file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:  # a file that vanished, a full disk, a permission
        where = f"{exc.filename}: " if exc.filename else ""
        print(_one_line(f"strikemap: error: {where}{exc.strerror or exc}"), file=sys.stderr)
        return EXIT_USAGE
    except (ValueError, csv.Error) as exc:  # input the checks above did not anticipate
        print(_one_line(f"strikemap: error: {type(exc).__name__}: {exc}"), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("strikemap: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
