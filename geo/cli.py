"""Command-line interface: ``strikemap build`` and ``strikemap map``.

Errors in the user's input are printed as one line naming the file and the
problem, with exit status 2 and no traceback. A build where some documents
could not be read goes on with the others and exits with status 3.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from .errors import StrikemapError

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
    _add_common(b)

    m = sub.add_parser("map", help="write a static HTML map of a folder of reports")
    m.add_argument("src_dir", type=Path, help="folder of .txt reports")
    m.add_argument("--out", type=Path, required=True, help="output .html file")
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
    _add_common(m)
    return parser


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


def _online(args: argparse.Namespace) -> object | None:
    if args.geocoder != "nominatim":
        return None
    if not args.user_agent:
        raise StrikemapError(
            "--geocoder nominatim needs --user-agent 'yourapp/1.0 (you@example.org)'"
        )
    from .geocode import make_nominatim

    cache = Path.home() / ".cache" / "strikemap" / "nominatim.json"
    return make_nominatim(user_agent=args.user_agent, cache_path=cache)


def _build(args: argparse.Namespace):  # noqa: ANN202 - BuildResult import is lazy
    from .pipeline import build

    return build(
        args.src_dir,
        layers_dir=args.layers,
        geocoder=args.geocoder,
        online=_online(args),
        corrections=args.corrections,
        progress=not args.quiet and sys.stderr.isatty(),
    )


def _report_problems(result) -> None:  # noqa: ANN001
    for problem in result.problems:
        print(f"strikemap: skipped: {problem}", file=sys.stderr)


def cmd_build(args: argparse.Namespace) -> int:
    """Run ``strikemap build``: write every output of a build to ``--out``."""
    from . import export, webmap

    result = _build(args)
    out: Path = args.out
    if out.exists() and not out.is_dir():
        raise StrikemapError(f"{out}: --out must be a folder")
    out.mkdir(parents=True, exist_ok=True)
    export.write_geojson(result.events, out / "strikes.geojson")
    if args.format == "acled":
        export.write_acled_csv(result.events, out / "strikes.csv")
    else:
        export.write_csv(result.events, out / "strikes.csv")
    export.write_parquet(result.events, out / "strikes.parquet")
    export.write_gpkg(result.events, out / "strikes.gpkg")
    export.write_kml(result.events, out / "strikes.kml")
    export.write_geojson(result.incidents, out / "incidents.geojson")
    export.write_csv(result.unresolved, out / "unresolved.csv")
    html = webmap.render_html(
        result.events, layers=result.layers, title="strikemap", self_contained=True
    )
    export.atomic_write_text(out / "map.html", html)
    _report_problems(result)
    print(result.summary())
    return EXIT_PARTIAL if result.problems else EXIT_OK


def cmd_map(args: argparse.Namespace) -> int:
    """Run ``strikemap map``: write one static HTML map of a folder of reports."""
    from . import export, filters, webmap

    result = _build(args)
    events = filters.filter_events(
        result.events,
        date_from=args.date_from,
        date_to=args.date_to,
        factions=args.faction,
    )
    html = webmap.render_html(
        events,
        layers=result.layers,
        title=args.title or "strikemap",
        self_contained=args.self_contained,
        tiles=args.tiles,
        date_range=(args.date_from, args.date_to) if args.date_from or args.date_to else None,
    )
    export.atomic_write_text(args.out, html)
    _report_problems(result)
    print(f"{args.out}: {len(events)} strikes, {len(html.encode()) / 1e6:.2f} MB")
    return EXIT_PARTIAL if result.problems else EXIT_OK


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
    commands = {"build": cmd_build, "map": cmd_map}
    try:
        return commands[args.command](args)
    except StrikemapError as exc:
        print(f"strikemap: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("strikemap: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
