"""Publishing an output folder as one unit.

A build writes every output into a new hidden folder beside ``--out`` and then
swaps it with ``--out`` in one step, so a reader sees the previous set of files
or the new one, never a mix, and a build killed at any moment leaves the
previous set whole. A lock beside the folder keeps two builds from publishing
into it at the same time; the second waits a bounded time, then gives up with
a one-line error.

Each published set holds ``build.json``: an id for the build and the SHA-256
of every other file, so a set can be checked to come whole from one build.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import hashlib
import json
import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from geo.errors import StrikemapError

#: Name of the file listing a published set.
STAMP_NAME = "build.json"
#: Default seconds a build waits for another build into the same folder.
DEFAULT_WAIT = 60.0
#: Seconds between two attempts to take a held lock.
_POLL = 0.05

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _sibling(out: Path, kind: str) -> str:
    return f".{out.name}.{kind}"


def lock_path(out: Path) -> Path:
    """Return the lock file of an output folder (hidden, beside it)."""
    return out.parent / _sibling(out, "lock")


@contextlib.contextmanager
def folder_lock(out: Path, *, wait: float = DEFAULT_WAIT) -> Iterator[None]:
    """Hold the lock of an output folder; wait at most ``wait`` seconds for it.

    The lock is an ``flock`` on a hidden file beside the folder, released by
    the kernel if the process dies. The file is removed on release; a waiter
    that locked a file removed meanwhile starts again on the new one.

    Raises
    ------
    StrikemapError
        When another build still holds the lock after ``wait`` seconds.
    """
    path = lock_path(out)
    deadline = time.monotonic() + wait
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            if time.monotonic() >= deadline:
                raise StrikemapError(
                    f"{out}: another build is writing this folder; gave up after "
                    f"{wait:g} s (see --wait)"
                ) from None
            time.sleep(_POLL)
            continue
        try:
            same = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)  # the holder removed this file while we waited: lock the new one
    try:
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        os.close(fd)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2``); False where unsupported."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p]
    renameat2.argtypes += [ctypes.c_uint]
    rc = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if rc == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))


@contextlib.contextmanager
def working_folder(out: Path) -> Iterator[Path]:
    """Yield a hidden working folder beside ``out``, removed when the block ends.

    A build spools its parts there rather than in the system's temporary
    folder: on the disk the outputs go to, and where the next build of the
    same ``out`` removes it (see :func:`_clean_leftovers`) if this process is
    killed before it can.

    Parameters
    ----------
    out : Path
        The output folder the work is for.

    Yields
    ------
    Path
        An empty folder named ``.<out>.parts-<pid>-<random>``.
    """
    out = Path(os.path.realpath(out))
    out.parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=_sibling(out, f"parts-{os.getpid()}-"), dir=out.parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _is_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _dead_working_folders(out: Path) -> list[Path]:
    """Return the working folders beside ``out`` whose build process is gone."""
    dead = []
    for folder in out.parent.glob(_sibling(out, "parts-*")):
        pid = folder.name[len(_sibling(out, "parts-")) :].split("-", 1)[0]
        if pid.isdigit() and not _is_alive(int(pid)):
            dead.append(folder)
    return dead


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _clean_leftovers(out: Path) -> None:
    """Remove the hidden folders a killed build left beside ``out`` (lock held).

    If a build was killed between the two renames of the fallback swap, the
    previous set is still in its hidden folder: it is put back first.
    """
    old = sorted(out.parent.glob(_sibling(out, "old-*")), key=lambda p: p.stat().st_mtime)
    if not out.exists() and old:
        os.rename(old.pop(), out)
    for stale in [*old, *out.parent.glob(_sibling(out, "new-*")), *_dead_working_folders(out)]:
        shutil.rmtree(stale, ignore_errors=True)


def _check_foreign(out: Path, names: Iterable[str]) -> None:
    """Refuse to replace a folder that holds files strikemap did not write."""
    if not out.is_dir():
        return
    allowed = {*names, STAMP_NAME}
    foreign = sorted(
        p.name for p in out.iterdir() if p.name not in allowed and not _is_old_temporary(p.name)
    )
    if foreign:
        shown = ", ".join(repr(n) for n in foreign[:3])
        raise StrikemapError(
            f"{out}: --out holds files strikemap did not write ({shown}); "
            "name an empty folder or the folder of an earlier build"
        )


def _is_old_temporary(name: str) -> bool:
    # Temporary files of earlier versions, which wrote each output in place.
    return name.startswith(".") and ".tmp" in name


def _sha256(path: Path) -> str:
    """Return a file's SHA-256, read in blocks (outputs of large builds run to GB)."""
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def stamp(folder: Path, build_id: str) -> dict[str, object]:
    """Write ``build.json`` listing the files of ``folder`` and return its content."""
    files = {
        p.name: _sha256(p) for p in sorted(folder.iterdir()) if p.is_file() and p.name != STAMP_NAME
    }
    content: dict[str, object] = {
        "build_id": build_id,
        "written": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "files": files,
    }
    path = folder / STAMP_NAME
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(content, fh, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    return content


def publish(
    out: Path,
    write: Callable[[Path], None],
    *,
    names: Iterable[str],
    wait: float = DEFAULT_WAIT,
) -> str:
    """Write a set of outputs with ``write(folder)`` and publish it as ``out`` in one step.

    Parameters
    ----------
    out : Path
        The output folder (created if missing; a link is followed).
    write : callable
        Writes every output file into the folder it is given.
    names : iterable of str
        The files a build writes: a folder holding anything else is refused
        rather than replaced.
    wait : float
        Seconds to wait for another build into the same folder.

    Returns
    -------
    str
        The id of the build, as written in ``build.json``.

    Raises
    ------
    StrikemapError
        When ``out`` is or holds the current folder, holds other files, or
        another build holds it longer than ``wait``.
    """
    out = Path(os.path.realpath(out))
    cwd = Path.cwd().resolve()
    if cwd == out or out in cwd.parents:
        raise StrikemapError(f"{out}: --out is the current folder or holds it; name a subfolder")
    names = list(names)
    build_id = uuid.uuid4().hex
    out.parent.mkdir(parents=True, exist_ok=True)
    with folder_lock(out, wait=wait):
        _clean_leftovers(out)
        _check_foreign(out, names)
        new = Path(tempfile.mkdtemp(prefix=_sibling(out, "new-"), dir=out.parent))
        try:
            os.chmod(new, 0o755)
            write(new)
            stamp(new, build_id)
            _fsync_dir(new)
            if not out.exists():
                os.rename(new, out)
            elif _exchange(new, out):
                shutil.rmtree(new)  # now holds the previous set
            else:
                old = out.parent / _sibling(out, f"old-{build_id}")
                os.rename(out, old)
                os.rename(new, out)
                shutil.rmtree(old, ignore_errors=True)
            _fsync_dir(out.parent)
        finally:
            if new.exists():
                shutil.rmtree(new, ignore_errors=True)
    return build_id
