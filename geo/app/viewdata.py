"""Big views' strike data as files the app serves, rather than text in the map's script.

A canvas layer's data (megabytes at 100,000 strikes) written into the map's script
travels with every rerun, through the websocket and into the map's frame, even when
the view has not changed. Written once per view into ``static/views/`` beside the
page's script (Streamlit serves that folder), the script holds only its address: the
browser fetches it from the app's own server, once per view.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import geopandas as gpd

from geo.output import webmap
from geo.output.assets import DEFAULT_STATIC_URL

#: Sub-folder of the static folder that holds the views' data.
VIEWS_FOLDER = "views"
#: Files kept (newest first); more than the app keeps maps in its caches.
KEEP_FILES = 48


def static_dir() -> Path | None:
    """Return the folder Streamlit serves for the script it runs (None outside a run)."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    if ctx is None or not getattr(ctx, "main_script_path", None):
        return None
    return Path(ctx.main_script_path).parent / "static"


def prune(folder: Path, keep: int = KEEP_FILES) -> None:
    """Delete all but the ``keep`` most recently used data files of ``folder``."""
    files = sorted(folder.glob("*.bin"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[keep:]:
        old.unlink(missing_ok=True)


def publisher(
    static: Path | None, static_url: str = DEFAULT_STATIC_URL
) -> Callable[[bytes], str | None]:
    """Return a function that stores data in ``static/views/`` and returns its URL.

    Parameters
    ----------
    static : Path or None
        The served static folder (see :func:`static_dir`); None, or a folder that
        does not exist or cannot be written, keeps the data in the script.
    static_url : str
        URL prefix of the static route.

    Returns
    -------
    callable
        ``publish(data) -> URL or None``. Files are named by their content, written
        whole (a temporary file renamed), and the oldest beyond :data:`KEEP_FILES`
        removed.
    """

    def publish(data: bytes) -> str | None:
        if static is None or not static.is_dir():
            return None
        folder = static / VIEWS_FOLDER
        name = hashlib.sha256(data).hexdigest()[:32] + ".bin"
        target = folder / name
        try:
            folder.mkdir(exist_ok=True)
            ignore = folder / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# Written by the app at run time.\n*\n", encoding="utf-8")
            if target.exists():
                os.utime(target)
            else:
                part = folder / f".{name}.{os.getpid()}.part"
                part.write_bytes(data)
                os.replace(part, target)
            prune(folder)
        except OSError:
            return None
        return f"{static_url.rstrip('/')}/{VIEWS_FOLDER}/{name}"

    return publish


def cutter(
    encoded: Callable[[], webmap.EncodedStrikes], fresh_keys: Iterable[str] = ()
) -> Callable[[gpd.GeoDataFrame], dict[str, Any]]:
    """Return a function that makes a view's canvas data from an encoding of its table.

    Parameters
    ----------
    encoded : callable
        Returns the table's encoding (:func:`geo.output.webmap.encode_strikes` of its
        located rows); called only when a view needs a canvas layer, so that views
        drawn as markers do not encode the table.
    fresh_keys : iterable of str
        Columns (keys of :data:`geo.output.webmap.STRIKE_COLUMNS`) the view may hold
        otherwise than the table (the ground of the day shown): encoded from the view.

    Returns
    -------
    callable
        ``data_of(points) -> dict``, as :func:`geo.output.webmap.strike_data`; a view
        with rows the table lacks is encoded whole.
    """
    keys = tuple(fresh_keys)

    def data_of(points: gpd.GeoDataFrame) -> dict[str, Any]:
        table = encoded()
        if not table.labels.is_unique:
            return webmap.strike_data(points)
        rows = table.labels.get_indexer(points.index)
        if len(rows) and rows.min() < 0:
            return webmap.strike_data(points)
        return webmap.select_strikes(table, rows, points, keys)

    return data_of
