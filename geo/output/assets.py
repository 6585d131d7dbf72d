"""Front-end files for the maps: where they live and how a map links them.

folium links Leaflet, jQuery, Bootstrap, Font Awesome and its plugins from
CDNs, so with no network a map is blank. strikemap declares those files as npm
dependencies (``package.json``) and copies the few it needs into
``static/vendor/`` (``python -m geo.output.assets install``, run by ``make setup``
after ``npm ci``). A map then links them in one of three modes:

``local``
    URLs under Streamlit's static route (``/app/static/vendor/...``); the app
    runs with ``server.enableStaticServing``.
``inline``
    every script and stylesheet is written into the page, and the fonts and
    images they use become ``data:`` URIs: the file works from ``file://``
    and makes no outside request.
``cdn``
    folium's own CDN links (small file, needs the network).

Links are set on each element (instance attributes), never on folium's
classes, so concurrent Streamlit sessions do not affect one another.
"""

from __future__ import annotations

import base64
import mimetypes
import re
import shutil
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath

import folium
import folium.plugins
from branca.element import Element

from geo.errors import StrikemapError

#: Link modes understood by :func:`apply_assets`.
ASSET_MODES = ("local", "inline", "cdn")
#: URL prefix of Streamlit's static file route (files in ``static/``).
DEFAULT_STATIC_URL = "/app/static"
#: Folder that would hold ``node_modules`` and the top-level app in a source checkout.
PROJECT_ROOT = Path(__file__).resolve().parents[2]
#: Package folder of the app: Streamlit serves ``static/`` beside the script it runs.
APP_DIR = Path(__file__).resolve().parents[1] / "app"
#: Prefix of the placeholder URLs that :func:`inline_assets` replaces.
INLINE_SCHEME = "strikemap-asset:"

#: folium's asset names -> file under ``static/vendor``.
VENDOR_FILES: dict[str, str] = {
    # folium.Map
    "leaflet": "leaflet/dist/leaflet.js",
    "jquery": "jquery/dist/jquery.min.js",
    "bootstrap": "bootstrap/dist/js/bootstrap.bundle.min.js",
    "awesome_markers": "leaflet-awesome-markers/js/leaflet.awesome-markers.min.js",
    "leaflet_css": "leaflet/dist/leaflet.css",
    "bootstrap_css": "bootstrap/dist/css/bootstrap.min.css",
    "glyphicons_css": "bootstrap3/css/glyphicons.css",
    "awesome_markers_font_css": "fontawesome-free/css/all.min.css",
    "awesome_markers_css": "leaflet-awesome-markers/css/leaflet.awesome-markers.css",
    "awesome_rotate_css": "folium/leaflet.awesome.rotate.css",
    # folium.plugins.MarkerCluster
    "markerclusterjs": "leaflet.markercluster/dist/leaflet.markercluster.js",
    "markerclustercss": "leaflet.markercluster/dist/MarkerCluster.css",
    "markerclusterdefaultcss": "leaflet.markercluster/dist/MarkerCluster.Default.css",
    # folium.plugins.Fullscreen
    "Control.Fullscreen.js": "leaflet.fullscreen/Control.FullScreen.js",
    "Control.FullScreen.css": "leaflet.fullscreen/Control.FullScreen.css",
    # folium.plugins.Draw (folium 0.20 links leaflet.draw 1.0.2)
    "leaflet_draw_js": "leaflet-draw/dist/leaflet.draw.js",
    "leaflet_draw_css": "leaflet-draw/dist/leaflet.draw.css",
    # folium.plugins.HeatMap
    "leaflet-heat.js": "leaflet.heat/dist/leaflet-heat.js",
}


#: Assets used only by folium's icon markers (``folium.Icon``).
ICON_ASSETS = frozenset(
    {
        "awesome_markers",
        "awesome_markers_css",
        "awesome_markers_font_css",
        "glyphicons_css",
        "awesome_rotate_css",
    }
)


#: folium.Map's Bootstrap files: nothing strikemap draws uses them (kept with icons).
BOOTSTRAP_ASSETS = frozenset({"bootstrap", "bootstrap_css"})
#: jQuery: folium uses it for popups (``$(`...`)[0]``) and a few elements only.
JQUERY_ASSETS = frozenset({"jquery"})


def needs_jquery(elements: Iterable[Element]) -> bool:
    """Return True when an element's script calls jQuery.

    In folium 0.20 these are popups, GeoJSON loaded by URL (``embed=False``),
    the time-slider choropleth and a map with ``objects_to_stay_in_front``.
    """
    for e in elements:
        if isinstance(e, folium.Popup | folium.plugins.TimeSliderChoropleth):
            return True
        if isinstance(e, folium.GeoJson) and not getattr(e, "embed", True):
            return True
        if isinstance(e, folium.Map) and getattr(e, "objects_to_stay_in_front", None):
            return True
    return False


@dataclass(frozen=True)
class CopySpec:
    """Files of one npm package copied into ``static/vendor``.

    Attributes
    ----------
    package : str
        Folder under ``node_modules``.
    target : str
        Folder under ``static/vendor``.
    paths : tuple of str
        Files or folders inside the package, copied with their relative path.
    """

    package: str
    target: str
    paths: tuple[str, ...]


#: What ``install`` copies out of ``node_modules``.
COPY_SPECS = (
    CopySpec("leaflet", "leaflet", ("dist/leaflet.js", "dist/leaflet.css", "dist/images")),
    CopySpec("jquery", "jquery", ("dist/jquery.min.js",)),
    CopySpec(
        "bootstrap",
        "bootstrap",
        ("dist/js/bootstrap.bundle.min.js", "dist/css/bootstrap.min.css"),
    ),
    CopySpec("bootstrap3", "bootstrap3", ("dist/fonts",)),
    CopySpec(
        "drmonty-leaflet-awesome-markers",
        "leaflet-awesome-markers",
        ("js/leaflet.awesome-markers.min.js", "css/leaflet.awesome-markers.css", "css/images"),
    ),
    CopySpec("@fortawesome/fontawesome-free", "fontawesome-free", ("css/all.min.css", "webfonts")),
    CopySpec(
        "leaflet.markercluster",
        "leaflet.markercluster",
        (
            "dist/leaflet.markercluster.js",
            "dist/MarkerCluster.css",
            "dist/MarkerCluster.Default.css",
        ),
    ),
    CopySpec(
        "leaflet.fullscreen",
        "leaflet.fullscreen",
        ("Control.FullScreen.js", "Control.FullScreen.css", "icon-fullscreen.svg"),
    ),
    CopySpec(
        "leaflet-draw",
        "leaflet-draw",
        ("dist/leaflet.draw.js", "dist/leaflet.draw.css", "dist/images"),
    ),
    CopySpec("leaflet.heat", "leaflet.heat", ("dist/leaflet-heat.js",)),
)


class AssetError(StrikemapError, RuntimeError):
    """A front-end file is missing or a map element needs an unknown one."""


def vendor_dir(root: Path | None = None) -> Path:
    """Return the folder of the installed front-end files.

    Parameters
    ----------
    root : Path, optional
        Folder holding ``static/`` (default: the package's app folder, which ships in
        the wheel and beside which ``strikemap app`` runs Streamlit).

    Returns
    -------
    Path
        ``<root>/static/vendor``.
    """
    return (root or APP_DIR) / "static" / "vendor"


def _is_checkout(root: Path) -> bool:
    return (root / "streamlit_app.py").is_file() and (root / "package.json").is_file()


def check_installed(root: Path | None = None) -> list[str]:
    """Return the asset files that are missing (empty when all are installed)."""
    base = vendor_dir(root)
    return [rel for rel in VENDOR_FILES.values() if not (base / rel).is_file()]


def asset_url(name: str, mode: str, *, static_url: str = DEFAULT_STATIC_URL) -> str:
    """Return the URL a map uses for folium's asset ``name`` in ``mode``.

    Parameters
    ----------
    name : str
        folium's key for the file (``"leaflet"``, ``"markerclusterjs"``, ...).
    mode : {"local", "inline"}
        ``local`` gives a URL under ``static_url``; ``inline`` a placeholder
        replaced by :func:`inline_assets`.
    static_url : str
        URL prefix of the static route.

    Returns
    -------
    str
    """
    try:
        rel = VENDOR_FILES[name]
    except KeyError:
        raise AssetError(
            f"folium asset {name!r} has no local copy; known assets: {sorted(VENDOR_FILES)}"
        ) from None
    if mode == "inline":
        return f"{INLINE_SCHEME}{rel}"
    return f"{static_url.rstrip('/')}/vendor/{rel}"


def _relink(
    links: Iterable[tuple[str, str]], mode: str, static_url: str, drop: frozenset[str]
) -> list[tuple[str, str]]:
    return [
        (name, asset_url(name, mode, static_url=static_url))
        for name, _ in links
        if name not in drop
    ]


def iter_elements(element: Element) -> Iterable[Element]:
    """Yield ``element`` and all its descendants, depth first."""
    yield element
    for child in list(element._children.values()):
        yield from iter_elements(child)


def apply_assets(
    m: folium.Map,
    mode: str = "local",
    *,
    static_url: str = DEFAULT_STATIC_URL,
    prune: bool | None = None,
) -> folium.Map:
    """Point every element of ``m`` that loads JS/CSS at the files for ``mode``.

    Call it after all layers and plugins are added. Links are set per
    element, so folium's class defaults stay untouched.

    Parameters
    ----------
    m : folium.Map
        The map, complete.
    mode : {"local", "inline", "cdn"}
        See the module docstring.
    static_url : str
        URL prefix of the static route, for ``local``.
    prune : bool, optional
        Leave out the files the map does not use: the icon-marker files (Font
        Awesome, Glyphicons, awesome-markers) and Bootstrap when it has no
        ``folium.Icon``, jQuery when no element calls it (see
        :func:`needs_jquery`). Files that a plugin declares itself are kept.
        They are most of an inlined page's weight and of the requests a
        served page makes. Default: True.

    Returns
    -------
    folium.Map
        ``m`` itself.

    Raises
    ------
    ValueError
        If ``mode`` is unknown.
    AssetError
        If an element needs a file with no local copy.
    """
    if mode not in ASSET_MODES:
        raise ValueError(f"`mode` was {mode!r} but is expected to be one of {ASSET_MODES}")
    if mode == "cdn":
        return m
    elements = list(iter_elements(m))
    if prune is None:
        prune = True
    drop: frozenset[str] = frozenset()
    if prune:
        if not any(isinstance(e, folium.Icon) for e in elements):
            drop |= ICON_ASSETS | BOOTSTRAP_ASSETS
        if not needs_jquery(elements):
            drop |= JQUERY_ASSETS
        declared = {
            name
            for e in elements
            if isinstance(e, folium.elements.JSCSSMixin) and not isinstance(e, folium.Map)
            for name, _ in (*e.default_js, *e.default_css)
        }
        drop -= declared
    for element in elements:
        if isinstance(element, folium.elements.JSCSSMixin):
            element.default_js = _relink(element.default_js, mode, static_url, drop)
            element.default_css = _relink(element.default_css, mode, static_url, drop)
    return m


# ---------------------------------------------------------------------------
# Inlining


_SCRIPT_LINK = re.compile(
    r'<script src="' + re.escape(INLINE_SCHEME) + r'(?P<rel>[^"]+)"></script>'
)
_CSS_LINK = re.compile(
    r'<link rel="stylesheet" href="' + re.escape(INLINE_SCHEME) + r'(?P<rel>[^"]+)"/>'
)
_CSS_URL = re.compile(r"url\(\s*(?P<q>['\"]?)(?P<url>[^'\")]+)(?P=q)\s*\)")
_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}")
_SOURCE_MAP = re.compile(r"^\s*(//|/\*)# sourceMappingURL=.*$", re.MULTILINE)
#: Font formats kept when inlining (every current browser reads woff2).
_KEPT_FONT_EXT = (".woff2",)


def _read_vendor(rel: str, root: Path | None) -> str:
    path = vendor_dir(root) / rel
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AssetError(
            f"{path}: front-end file not installed; "
            "run `npm ci` then `python -m geo.output.assets install`"
        ) from None


@lru_cache(maxsize=64)
def _data_uri(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if path.suffix == ".woff2":
        mime = "font/woff2"
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    return f"data:{mime};base64,{data}"


def _keep_woff2_only(font_face: str) -> str:
    """Drop the non-woff2 ``src`` entries of an ``@font-face`` rule."""
    if ".woff2" not in font_face:
        return font_face

    def fix_src(match: re.Match[str]) -> str:
        parts = [p for p in match.group(1).split(",") if any(e in p for e in _KEPT_FONT_EXT)]
        return "src:" + ",".join(p.strip() for p in parts)

    return re.sub(r"src:\s*([^;}]*)", fix_src, font_face)


def inline_css(css: str, css_rel: str, root: Path | None = None) -> str:
    """Return ``css`` with every relative ``url()`` replaced by a ``data:`` URI.

    Parameters
    ----------
    css : str
        Stylesheet text.
    css_rel : str
        Its path under ``static/vendor`` (relative URLs resolve from there).
    root : Path, optional
        Project folder (see :func:`vendor_dir`).

    Returns
    -------
    str
    """
    css = _FONT_FACE.sub(lambda m: _keep_woff2_only(m.group(0)), css)
    base = PurePosixPath(css_rel).parent
    vendor = vendor_dir(root)

    def replace(match: re.Match[str]) -> str:
        url = match.group("url").strip()
        if url.startswith(("data:", "#")):
            return match.group(0)
        if re.match(r"^[a-z]+:|^//", url, re.IGNORECASE):
            raise AssetError(f"{css_rel}: stylesheet refers to an outside URL {url!r}")
        clean = url.split("#")[0].split("?")[0]
        path = (vendor / base / clean).resolve()
        if not path.is_file():
            raise AssetError(f"{css_rel}: file {clean!r} referenced by the stylesheet is missing")
        return f'url("{_data_uri(path)}")'

    return _CSS_URL.sub(replace, _SOURCE_MAP.sub("", css))


def _script_text(js: str) -> str:
    """Make ``js`` safe inside ``<script>``: no closing tag, no source map link."""
    return re.sub(r"</(script)", r"<\\/\1", _SOURCE_MAP.sub("", js), flags=re.IGNORECASE)


@lru_cache(maxsize=32)
def _inline_block(kind: str, rel: str, root: Path | None) -> str:
    text = _read_vendor(rel, root)
    if kind == "js":
        return f"<script>{_script_text(text)}</script>"
    body = inline_css(text, rel, root)
    return "<style>" + body.replace("</style", "<\\/style") + "</style>"


def inline_assets(html: str, root: Path | None = None) -> str:
    """Replace the placeholder links of an ``inline`` map by the files' content.

    Parameters
    ----------
    html : str
        A page rendered from a map prepared with ``apply_assets(m, "inline")``.
    root : Path, optional
        Project folder (see :func:`vendor_dir`).

    Returns
    -------
    str
        The self-contained page.
    """
    html = _SCRIPT_LINK.sub(lambda m: _inline_block("js", m.group("rel"), root), html)
    html = _CSS_LINK.sub(lambda m: _inline_block("css", m.group("rel"), root), html)
    if INLINE_SCHEME in html:
        raise AssetError("a placeholder asset link was left in the page (unexpected markup)")
    return html


# ---------------------------------------------------------------------------
# Installation from node_modules


def glyphicons_css(bootstrap3_css: str) -> str:
    """Return only Bootstrap 3's glyphicon rules (font and icon classes).

    Bootstrap 3's full stylesheet would fight Bootstrap 5, which folium also
    loads; folium only needs the icon font.
    """
    font_faces = [
        m.group(0) for m in _FONT_FACE.finditer(bootstrap3_css) if "Glyphicons" in m.group(0)
    ]
    rules = re.findall(r"(?:(?<=\})|^)\s*(\.glyphicon[^{}]*\{[^}]*\})", bootstrap3_css)
    fonts = [f.replace("../fonts/", "../dist/fonts/") for f in font_faces]
    return "\n".join(["/* Glyphicons rules of Bootstrap 3.4.1 (MIT). */", *fonts, *rules]) + "\n"


def rotate_css() -> str:
    """Return the ``fa-rotate-N`` classes folium gives rotated marker icons."""
    rules = [
        f".fa-rotate-{n}{{-webkit-transform:rotate({n}deg);transform:rotate({n}deg)}}"
        for n in range(360)
    ]
    return "/* Icon rotation for folium markers (Icon(angle=N)). */\n" + "\n".join(rules) + "\n"


def _copy(src: Path, dst: Path) -> None:
    if src.is_dir():
        shutil.copytree(src, dst, dirs_exist_ok=True)
    else:
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dst)


def install(root: Path | None = None, node_modules: Path | None = None) -> Path:
    """Copy the front-end files from ``node_modules`` into ``static/vendor``.

    Parameters
    ----------
    root : Path, optional
        Project folder (default: the source checkout).
    node_modules : Path, optional
        Where ``npm ci`` put the packages (default: ``<root>/node_modules``).

    Returns
    -------
    Path
        The vendor folder.

    Raises
    ------
    AssetError
        If a package or file is missing (``npm ci`` not run).
    """
    modules = node_modules or (root or PROJECT_ROOT) / "node_modules"
    target = vendor_dir(root)
    for spec in COPY_SPECS:
        for rel in spec.paths:
            src = modules / spec.package / rel
            if not src.exists():
                raise AssetError(f"{src}: missing; run `npm ci` first")
            _copy(src, target / spec.target / rel)
        for licence in (modules / spec.package).glob("LICEN[CS]E*"):
            _copy(licence, target / spec.target / licence.name)
    b3 = (modules / "bootstrap3" / "dist" / "css" / "bootstrap.css").read_text(encoding="utf-8")
    glyph = target / VENDOR_FILES["glyphicons_css"]
    glyph.parent.mkdir(parents=True, exist_ok=True)
    glyph.write_text(glyphicons_css(b3), encoding="utf-8")
    rotate = target / VENDOR_FILES["awesome_rotate_css"]
    rotate.parent.mkdir(parents=True, exist_ok=True)
    rotate.write_text(rotate_css(), encoding="utf-8")
    missing = check_installed(root)
    if missing:
        raise AssetError(f"{target}: still missing after install: {missing}")
    if root is None and _is_checkout(PROJECT_ROOT):
        # `streamlit run streamlit_app.py` in a checkout serves the top-level static/.
        mirror = vendor_dir(PROJECT_ROOT)
        shutil.rmtree(mirror, ignore_errors=True)
        shutil.copytree(target, mirror)
    return target


def main(argv: list[str] | None = None) -> int:
    """Run ``python -m geo.output.assets install|check``."""
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else "install"
    if command == "install":
        print(f"front-end files installed in {install()}")
        return 0
    if command == "check":
        missing = check_installed()
        for rel in missing:
            print(f"missing: static/vendor/{rel}", file=sys.stderr)
        return 1 if missing else 0
    print(f"usage: python -m geo.output.assets [install|check], got {command!r}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
