"""Cache keys of the app: what identifies a build, an upload batch or a view."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

#: A file's identity in a cache key: (path, size, mtime in ns).
Stamp = tuple[str, int, int]


def folder_fingerprint(*folders: Path) -> tuple[Stamp, ...]:
    """Return (path, size, mtime_ns) of every file under the folders, sorted.

    The key of a build: it changes when a report, a correction or a layer does.

    Parameters
    ----------
    *folders : Path
        Folders to walk; a missing folder adds nothing.

    Returns
    -------
    tuple of (str, int, int)
    """
    out: list[Stamp] = []
    for folder in folders:
        if folder.is_dir():
            for p in sorted(folder.rglob("*")):
                if p.is_file():
                    stat = p.stat()
                    out.append((str(p), stat.st_size, stat.st_mtime_ns))
    return tuple(out)


def file_stamp(path: Path) -> Stamp:
    """Return (path, size, mtime_ns) of one file."""
    stat = path.stat()
    return str(path), stat.st_size, stat.st_mtime_ns


def content_hash(raw: bytes) -> str:
    """Return the SHA-256 of some bytes, in hex."""
    return hashlib.sha256(raw).hexdigest()


def upload_fingerprint(files: Iterable[tuple[str, bytes]]) -> tuple[tuple[str, str], ...]:
    """Return (name, content hash) of each uploaded file, in order."""
    return tuple((name, content_hash(raw)) for name, raw in files)


def key_of(value: object) -> str:
    """Return a short, stable key for any value with a deterministic ``repr``.

    Examples
    --------
    >>> key_of(("a", 1)) == key_of(("a", 1))
    True
    >>> len(key_of(None))
    16
    """
    return hashlib.sha256(repr(value).encode()).hexdigest()[:16]
