"""Type and size limits for every input file.

Only regular files are read: a FIFO would block a build forever and a link to
a device such as ``/dev/zero`` would fill the memory. Each kind of input has a
size limit well above any real file of that kind. A file is opened without
blocking, checked with ``fstat`` and read at most one byte past its limit, so
a file that grows while it is read is refused too.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from geo.errors import InputError

_MB = 1024 * 1024
#: Largest accepted file of each kind, in bytes.
LIMITS = {
    "report": 20 * _MB,
    "manifest": 20 * _MB,
    "corrections": 20 * _MB,
    "layer": 100 * _MB,
    "points": 4096 * _MB,
}

_KINDS = {
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a folder",
}


def _what(mode: int) -> str:
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def _size_problem(size: int, limit: int) -> str:
    return f"file is {size / _MB:.1f} MB, over the {limit // _MB} MB limit"


def check_input(path: str | Path, kind: str, error: type[InputError] = InputError) -> int:
    """Check that ``path`` is a regular file within the limit of its kind; return its size.

    For inputs a library reads by path (point files): the file is not opened.

    Raises
    ------
    InputError
        (or ``error``) naming the file: not a regular file, or too large.
    OSError
        If the file cannot be examined.
    """
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise error(path, f"is {_what(st.st_mode)}, not a regular file")
    if st.st_size > LIMITS[kind]:
        raise error(path, _size_problem(st.st_size, LIMITS[kind]))
    return st.st_size


def read_input(path: str | Path, kind: str, error: type[InputError] = InputError) -> bytes:
    """Read an input file, refusing what is not a regular file or is over its limit.

    Parameters
    ----------
    path : str or Path
        The file (a link is followed; a link to a device is refused).
    kind : str
        One of :data:`LIMITS`.
    error : type of InputError
        The error to raise, so each reader keeps its own kind.

    Returns
    -------
    bytes

    Raises
    ------
    InputError
        (or ``error``) naming the file and the problem.
    OSError
        If the file cannot be opened or read.
    """
    limit = LIMITS[kind]
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise error(path, f"is {_what(st.st_mode)}, not a regular file")
        if st.st_size > limit:
            raise error(path, _size_problem(st.st_size, limit))
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise error(path, _size_problem(len(data), limit))
    return data
