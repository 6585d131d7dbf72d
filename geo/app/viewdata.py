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
from collections.abc import Callable
from pathlib import Path

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
