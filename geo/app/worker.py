"""Building uploaded reports in a worker process with a time limit.

Streamlit serves every browser session from one process: a report whose
extraction ran for minutes would hold the interpreter for everyone. Uploads are
therefore built in a separate process (started fresh, not forked from the
server's threads) that is killed when it runs past its time limit; the analyst
gets a one-line message and the other sessions never wait.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

from geo.errors import StrikemapError

if TYPE_CHECKING:
    from geo.control.layers import ControlLayer
    from geo.pipeline import BuildResult
    from geo.record import Document

#: Seconds an upload batch may take to build (``STRIKEMAP_UPLOAD_SECONDS`` overrides it).
DEFAULT_UPLOAD_SECONDS = 120.0


class UploadTimeoutError(StrikemapError, TimeoutError):
    """Building uploaded reports took longer than the time limit."""


def upload_seconds() -> float:
    """Return the time limit for building uploads, in seconds."""
    try:
        return float(os.environ.get("STRIKEMAP_UPLOAD_SECONDS", DEFAULT_UPLOAD_SECONDS))
    except ValueError:
        return DEFAULT_UPLOAD_SECONDS


def _build(
    documents: Sequence[Document], layers: Sequence[ControlLayer] | None, out: Connection
) -> None:
    from geo.pipeline import build_documents

    try:
        out.send(("ok", build_documents(documents, layers=layers)))
    except Exception as exc:  # sent back whole; the server decides what to show
        out.send(("error", exc))
    finally:
        out.close()


def build_in_worker(
    documents: Sequence[Document],
    layers: Sequence[ControlLayer] | None = None,
    *,
    timeout: float | None = None,
) -> BuildResult:
    """Build ``documents`` in a fresh process and return its result.

    Parameters
    ----------
    documents : sequence of Document
        Reports already read (see :mod:`geo.app.uploads`).
    layers : sequence of ControlLayer, optional
        The control layers (or timeline) to join with; the shipped ones by default.
    timeout : float, optional
        Seconds before the worker is killed (default :func:`upload_seconds`).

    Returns
    -------
    BuildResult
        What :func:`geo.pipeline.build_documents` returns for the documents.

    Raises
    ------
    UploadTimeoutError
        If the build runs past ``timeout``; the worker is killed.
    """
    limit = upload_seconds() if timeout is None else timeout
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    worker = context.Process(target=_build, args=(list(documents), layers, send), daemon=True)
    worker.start()
    send.close()
    try:
        if not receive.poll(limit):
            worker.kill()
            raise UploadTimeoutError(
                f"reading the uploaded reports took longer than {limit:g} s and was stopped; "
                "upload fewer or shorter reports"
            )
        status, payload = receive.recv()
    except EOFError:
        raise StrikemapError("the worker building the uploads stopped without a result") from None
    finally:
        receive.close()
        worker.join(timeout=5)
    if status == "error":
        raise payload
    return payload
