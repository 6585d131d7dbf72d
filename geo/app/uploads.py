"""Reports uploaded in the app, read by the corpus reader with its size limit.

Uploads go through :func:`geo.ingest.corpus.parse_document`, the reader of the
corpus folder, so they meet the same checks and the same size limit
(:data:`MAX_UPLOAD_MB`, also the upload widget's and ``.streamlit/config.toml``'s
``server.maxUploadSize``). A report that gives no publication date is never
dated by the clock: it waits until the analyst gives a date. A file uploaded
twice, or a copy of a corpus report, is read once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from geo.app.keys import content_hash
from geo.errors import DocumentError
from geo.ingest import corpus
from geo.record import Document

#: The corpus reader's limit, in whole megabytes (MiB), as Streamlit counts them.
MAX_UPLOAD_MB = corpus.MAX_DOCUMENT_BYTES // (1024 * 1024)
#: Most reports read from one upload; the widget takes more, the rest are named left out.
MAX_UPLOADS = 50
#: Prefix of the document ids of uploads, keeping them apart from the corpus's.
UPLOAD_PREFIX = "upload/"
_File = TypeVar("_File")

#: Stand-in publication date that marks a report giving none (never shown or used).
_NO_DATE = date.min


@dataclass
class UploadBatch:
    """What came of a batch of uploaded files.

    Attributes
    ----------
    documents : list of Document
        Reports ready to build (ids prefixed with :data:`UPLOAD_PREFIX`).
    errors : list of str
        One line per file that could not be read.
    undated : list of str
        Files that give no publication date (and none was supplied).
    duplicates : list of str
        One line per file skipped as a copy of another.
    """

    documents: list[Document] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)


def cap_uploads(files: Sequence[_File], limit: int = MAX_UPLOADS) -> tuple[list[_File], str | None]:
    """Keep the first ``limit`` uploaded files, and say how many were left out.

    Parameters
    ----------
    files : sequence
        The uploaded files, in the order they were given.
    limit : int, default :data:`MAX_UPLOADS`
        Most files read.

    Returns
    -------
    kept : list
        The files read.
    warning : str or None
        The line to show the analyst when files were left out, else None.
    """
    kept = list(files[:limit])
    if len(files) <= limit:
        return kept, None
    return kept, (
        f"Only the first {limit} of {len(files)} uploaded files are read; "
        f"the other {len(files) - limit} were left out."
    )


def text_hash(text: str) -> str:
    """Return the hash of a document's body, to recognise a copy of it."""
    return content_hash(text.strip().encode("utf-8"))


def corpus_hashes(documents: Sequence[Document]) -> frozenset[str]:
    """Return the body hashes of the corpus's documents (see :func:`read_uploads`)."""
    return frozenset(text_hash(d.text) for d in documents)


def read_uploads(
    files: Iterable[tuple[str, bytes]],
    published: date | None = None,
    known: frozenset[str] = frozenset(),
) -> UploadBatch:
    """Read uploaded reports as the corpus reader reads files.

    Parameters
    ----------
    files : iterable of (str, bytes)
        File name and content of each upload, in order.
    published : date, optional
        Publication date of reports that give none. When None, such reports
        are listed in ``undated`` and left out; they are never dated today.
    known : frozenset of str
        Body hashes (:func:`corpus_hashes`) of reports already shown; an
        upload with the same body is a duplicate.

    Returns
    -------
    UploadBatch
    """
    batch = UploadBatch()
    seen_bytes: dict[str, str] = {}
    seen_text: set[str] = set(known)
    for name, raw in files:
        digest = content_hash(raw)
        if digest in seen_bytes:
            batch.duplicates.append(f"{name} is the same file as {seen_bytes[digest]}: read once")
            continue
        seen_bytes[digest] = name
        try:
            doc = corpus.parse_document(name, raw, default_published=published or _NO_DATE)
        except DocumentError as exc:
            batch.errors.append(str(exc))
            continue
        if doc.published == _NO_DATE:
            batch.undated.append(name)
            continue
        body = text_hash(doc.text)
        if body in seen_text:
            batch.duplicates.append(f"{name} repeats a report already shown: read once")
            continue
        seen_text.add(body)
        batch.documents.append(dataclasses.replace(doc, doc_id=f"{UPLOAD_PREFIX}{doc.doc_id}"))
    return batch
