"""Run one piece of a build in a forked process while the build goes on.

The outputs of a build are independent of each other: the map, which is pure
Python (folium and jinja), is drawn in a child process while this one writes
the tables. The child inherits everything loaded (no pickling of the inputs);
its error, if any, and its warnings come back to the caller, who sees them
as if the work had run in place.
"""

from __future__ import annotations

import multiprocessing
import pickle
import warnings
from collections.abc import Callable
from typing import Any

from geo.errors import StrikemapError

__all__ = ["Aside", "start_aside"]


class Aside:
    """Work started by :func:`start_aside`; :meth:`wait` returns once it is done."""

    def __init__(self, func: Callable[[], None], what: str) -> None:
        self.what = what
        self._process: Any = None
        self._conn: Any = None
        self._func: Callable[[], None] | None = func
        if "fork" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("fork")
            receive, send = context.Pipe(duplex=False)
            self._process = context.Process(target=_child, args=(func, send), daemon=True)
            self._process.start()
            send.close()
            self._conn = receive
            self._func = None

    def wait(self) -> None:
        """Wait for the work; re-raise its error and re-emit its warnings here.

        Where processes cannot be forked, the work runs now, in this process.

        Raises
        ------
        StrikemapError
            When the child ended without reporting (killed, out of memory).
        Exception
            The error the work raised.
        """
        if self._func is not None:
            func, self._func = self._func, None
            func()
            return
        if self._process is None:
            return
        try:
            outcome, caught = self._conn.recv()
        except EOFError:
            outcome, caught = None, []
        finally:
            self._conn.close()
            self._process.join()
            code = self._process.exitcode
            self._process = None
        for message, category in caught:
            warnings.warn(message, category, stacklevel=2)
        if isinstance(outcome, BaseException):
            raise outcome
        if outcome != "done":
            raise StrikemapError(f"{self.what}: its process ended without finishing (code {code})")


def start_aside(func: Callable[[], None], what: str) -> Aside:
    """Start ``func()`` in a forked process and return at once.

    Parameters
    ----------
    func : callable
        The work; it writes its own output and returns nothing.
    what : str
        What it makes (a file name), for the error when the process dies.

    Returns
    -------
    Aside
        Call :meth:`Aside.wait` before using what the work makes.
    """
    return Aside(func, what)


def _child(func: Callable[[], None], conn: Any) -> None:
    outcome: object = "done"
    with warnings.catch_warnings(record=True) as caught:
        try:
            func()
        except BaseException as exc:  # noqa: BLE001 - any failure goes back to the parent
            outcome = exc
    relayed = [(str(w.message), w.category) for w in caught]
    try:
        # An error whose class cannot be rebuilt from its pickle goes back as text.
        pickle.loads(pickle.dumps(outcome))
    except Exception:  # noqa: BLE001
        outcome = StrikemapError(f"{type(outcome).__name__}: {outcome}")
    conn.send((outcome, relayed))
    conn.close()
