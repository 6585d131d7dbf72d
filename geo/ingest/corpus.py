"""Reading the input corpus: UTF-8 text files with their metadata.

Metadata comes from YAML-style front matter (a first line ``---``, ``key: value``
lines, a closing ``---``) or from a ``manifest.csv`` beside the texts
(``file,title,source,url,published``). Both may appear in one folder; for a
file that has both, front matter wins key by key.

Every problem with a file is raised as :class:`~geo.errors.DocumentError`
whose message names the file and says what is wrong in one line.
"""

from __future__ import annotations

import csv
import html
import io
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from geo.errors import DocumentError, InputError
from geo.extract.dates import SANE_FIRST, SANE_LAST, in_sane_window
from geo.ingest.limits import read_input
from geo.record import Document

#: Largest document accepted, in bytes. Real reports are well under 1 MB.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
#: Name of the optional metadata table beside the texts.
MANIFEST_NAME = "manifest.csv"
#: Metadata keys strikemap uses; other keys are ignored.
METADATA_KEYS = ("title", "source", "url", "published")

_KEY_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_-]*)\s*:\s*(.*?)\s*$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: An ISO date with its time of day ("2016-11-16 14:22", "2016-11-16T14:22:05+03:00"): the
#: day as written is the publication date.
_ISO_DATE_TIME = re.compile(
    r"^(\d{4}-\d{2}-\d{2})[T ](?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?"
    r"\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?$"
)
#: A date written with its month's name ("7 Oct 2015", "October 7, 2015", "Wed, 07 Oct 2015
#: 14:22 GMT"), which no reader can take for another day; numbers alone ("07/10/2015") can.
_NAMED_MONTH = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?=[\s,\d]|$)",
    re.IGNORECASE,
)
#: A four-digit year, which a date with a month's name must still give.
_YEAR = re.compile(r"\b(?:19|20|21)\d{2}\b")


@dataclass(frozen=True)
class CorpusReadResult:
    """Documents read from a folder, and the files that could not be read."""

    documents: list[Document]
    problems: list[DocumentError]


def parse_date(value: str, where: str) -> date:
    """Parse a publication date: ``YYYY-MM-DD``, with or without a time of day.

    A date written with its month's name ("7 Oct 2015", "October 7, 2015") is read too;
    one written in numbers alone other than year first ("07/10/2015") is refused, as it
    reads as two days.

    Parameters
    ----------
    value : str
        The text of the date.
    where : str
        The file the value comes from, for the error message.

    Returns
    -------
    datetime.date

    Raises
    ------
    DocumentError
        If the value is not an ISO date, names an impossible day or lies
        outside 1990-2100.
    """
    value = value.strip().strip("'\"")
    timed = _ISO_DATE_TIME.match(value)
    if timed is not None:
        day = timed.group(1)
    elif _ISO_DATE.match(value):
        day = value
    elif len(_NAMED_MONTH.findall(value)) == 1 and _YEAR.search(value):
        return _named_month_date(value, where)
    else:
        raise DocumentError(where, f"published date {value!r} is not YYYY-MM-DD")
    try:
        parsed = date.fromisoformat(day)
    except ValueError:
        raise DocumentError(where, f"published date {value!r} is not a real day") from None
    if not in_sane_window(parsed):
        raise DocumentError(
            where,
            f"published date {value!r} is outside {SANE_FIRST.year}-{SANE_LAST.year}",
        )
    return parsed


def _named_month_date(value: str, where: str) -> date:
    """Parse a publication date written with its month's name ("October 7, 2015")."""
    from dateparser import parse

    found = parse(
        value,
        languages=["en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    if found is None:
        raise DocumentError(where, f"published date {value!r} is not a real day of a year")
    parsed = found.date()
    if not in_sane_window(parsed):
        raise DocumentError(
            where,
            f"published date {value!r} is outside {SANE_FIRST.year}-{SANE_LAST.year}",
        )
    return parsed


#: Character references a page's HTML leaves in copied text ("&amp;", "&#8217;", "&nbsp;"),
#: written whole, with their closing semicolon; one not known to HTML stays as written.
_CHARACTER_REFERENCE = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
#: Characters that show nothing but part a word for every pattern and name matcher
#: ("Sara\u00adqeb" read as "Sara"): the soft hyphen, the zero-width space, the word
#: joiner, a byte-order mark inside the text and the directional marks and embeddings. The
#: zero-width joiner and non-joiner are kept: they shape Arabic and Persian script.
_INVISIBLE = str.maketrans(
    "",
    "",
    "\u00ad\u200b\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
)
#: Spaces other than the space a page's typography puts where a line must not break or a
#: gap is to be thin ("14\u00a0October", "Oct.\u202f9"), and the line and paragraph
#: separators some exports write: each becomes the space or line break every pattern
#: reads, one character for one, so offsets stay those of the text.
_SPACES = str.maketrans(
    dict.fromkeys(
        "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
        "\u2009\u200a\u202f\u205f\u3000",
        " ",
    )
    | dict.fromkeys("\u0085\u2028\u2029", "\n")
)


def decode_text(raw: bytes, where: str) -> str:
    r"""Decode a document's bytes as UTF-8, refusing what is not text.

    Parameters
    ----------
    raw : bytes
        The file's content.
    where : str
        The file name, for the error message.

    Returns
    -------
    str
        The text, with a leading byte-order mark removed, line endings
        normalised to ``\\n``, HTML character references (``&amp;``,
        ``&#8217;``, ``&nbsp;``) decoded, invisible characters that would
        split a word (soft hyphens, zero-width spaces, directional marks)
        removed, and no-break, thin and other typographic spaces read as a
        space (line and paragraph separators as a line break). Offsets of
        events are offsets into this text.

    Raises
    ------
    DocumentError
        For empty, oversized, binary, UTF-16 or otherwise non-UTF-8 content.
    """
    if len(raw) > MAX_DOCUMENT_BYTES:
        limit = MAX_DOCUMENT_BYTES // (1024 * 1024)
        size = len(raw) / (1024 * 1024)
        raise DocumentError(where, f"file is {size:.1f} MB, over the {limit} MB limit")
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise DocumentError(where, "file is UTF-32 text; save it as UTF-8")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(where, "file is UTF-16 text; save it as UTF-8")
    if b"\x00" in raw[:8192]:
        if _looks_like_utf16(raw[:8192]):
            raise DocumentError(
                where, "file looks like UTF-16 text without a byte-order mark; save it as UTF-8"
            )
        raise DocumentError(where, "file is binary, not text")
    # A NUL later on is refused too: exports would disagree on it (CSV keeps it,
    # GeoPackage and KML cut the text there).
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise DocumentError(where, f"file holds a NUL byte (byte {nul}), not text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            where, f"file is not valid UTF-8 (byte {exc.start}); save it as UTF-8"
        ) from None
    text = _CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group()), text.removeprefix("\ufeff"))
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE).translate(_SPACES)
    if not text.strip():
        raise DocumentError(where, "document is empty")
    return text


def _looks_like_utf16(sample: bytes) -> bool:
    """Tell UTF-16 without a byte-order mark from binary: NULs at one parity only.

    Text in a Latin script saved as UTF-16 has a zero high byte in almost every
    code unit, so nearly all even (big-endian) or all odd (little-endian)
    bytes are NUL and almost none of the others.
    """
    half = len(sample) // 2
    if half < 2:
        return False
    even, odd = sample[0 : 2 * half : 2].count(0), sample[1 : 2 * half : 2].count(0)
    high, low = max(even, odd), min(even, odd)
    return high >= 0.9 * half and low <= 0.02 * half


def split_front_matter(text: str, where: str) -> tuple[dict[str, str], str]:
    """Split YAML-style front matter from the body of a document.

    Parameters
    ----------
    text : str
        The decoded document.
    where : str
        The file name, for the error message.

    Returns
    -------
    metadata : dict of str to str
        The known keys found (unknown keys are ignored).
    body : str
        The text after the closing ``---`` (the whole text when there is no
        front matter).

    Raises
    ------
    DocumentError
        If the front matter is not closed, holds a line that is not
        ``key: value`` or names a key twice.
    """
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    closing = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), None)
    if closing is None:
        raise DocumentError(where, "front matter opened with '---' on line 1 is never closed")
    meta: dict[str, str] = {}
    first_line: dict[str, int] = {}
    for lineno, line in enumerate(lines[1:closing], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _KEY_LINE.match(line)
        if match is None:
            raise DocumentError(
                where, f"front matter line {lineno} is not 'key: value': {line.strip()[:60]!r}"
            )
        key, value = match.group(1).lower(), match.group(2).strip().strip("'\"")
        if key in first_line:
            raise DocumentError(
                where,
                f"front matter key {key!r} appears twice (lines {first_line[key]} and {lineno})",
            )
        first_line[key] = lineno
        if key in METADATA_KEYS:
            meta[key] = value
    body = "\n".join(lines[closing + 1 :])
    if not body.strip():
        raise DocumentError(where, "document has front matter but no text")
    return meta, body


def safe_url(url: str | None) -> str | None:
    """Keep a source URL only if it is an http(s) link.

    ``javascript:`` and ``data:`` URLs from untrusted metadata would run or
    render in a reader's browser once the URL becomes a link in a map.
    """
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url.strip()
    return None


def parse_document(
    name: str,
    raw: bytes,
    *,
    manifest: dict[str, str] | None = None,
    default_published: date | None = None,
    path: str | None = None,
) -> Document:
    """Build a :class:`~geo.record.Document` from a file's bytes.

    Parameters
    ----------
    name : str
        The file name; its stem becomes the document id.
    raw : bytes
        The file's content.
    manifest : dict of str to str, optional
        This file's row of ``manifest.csv``, if any.
    default_published : datetime.date, optional
        Publication date to use when neither front matter nor manifest gives
        one (the app uses it for uploads without metadata).
    path : str, optional
        The path to report in messages (defaults to ``name``).

    Returns
    -------
    Document

    Raises
    ------
    DocumentError
        If the file cannot be read as a document.
    """
    where = path or name
    text = decode_text(raw, where)
    front, body = split_front_matter(text, where)
    meta = {**(manifest or {}), **front}
    published_text = (meta.get("published") or "").strip()
    if published_text:
        published = parse_date(published_text, where)
    elif default_published is not None:
        published = default_published
    else:
        raise DocumentError(
            where,
            "no publication date: add 'published: YYYY-MM-DD' front matter "
            f"or a row in {MANIFEST_NAME}",
        )
    return Document(
        doc_id=Path(name).stem,
        path=where,
        text=body,
        published=published,
        title=(meta.get("title") or "").strip() or None,
        source=(meta.get("source") or "").strip() or None,
        url=safe_url(meta.get("url")),
    )


def read_manifest(folder: Path) -> dict[str, dict[str, str]]:
    """Read ``manifest.csv`` in a folder, keyed by file name.

    Parameters
    ----------
    folder : Path
        The corpus folder.

    Returns
    -------
    dict
        File name to its metadata row (empty when there is no manifest).

    Raises
    ------
    DocumentError
        If the manifest is unreadable or lacks the ``file`` column.
    """
    path = folder / MANIFEST_NAME
    if not os.path.lexists(path):
        return {}
    try:
        raw = read_input(path, "manifest", DocumentError)
    except OSError as exc:
        raise DocumentError(path, f"cannot read manifest: {exc.strerror or exc}") from None
    if b"\x00" in raw:
        raise DocumentError(path, "manifest is binary, not CSV text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            path, f"manifest is not valid UTF-8 (byte {exc.start}); save it as UTF-8"
        ) from None
    reader = csv.DictReader(io.StringIO(text))
    rows: dict[str, dict[str, str]] = {}
    try:
        if not reader.fieldnames or "file" not in [f.strip() for f in reader.fieldnames]:
            raise DocumentError(path, "manifest has no 'file' column")
        for row in reader:
            clean = {(k or "").strip(): (v or "").strip() for k, v in row.items()}
            if clean.get("file"):
                rows[clean["file"]] = clean
    except csv.Error as exc:
        raise DocumentError(
            path, f"manifest is not valid CSV (line {reader.line_num}): {exc}"
        ) from None
    return rows


def list_texts(folder: Path) -> list[Path]:
    """List the ``.txt`` files of a corpus folder, sorted by name.

    Raises
    ------
    InputError
        If the folder does not exist or is not a folder.
    """
    if not folder.exists():
        raise InputError(folder, "folder does not exist")
    if not folder.is_dir():
        raise InputError(folder, "is not a folder of .txt reports")
    # Broken links, link loops, FIFOs and devices are kept so that reading them
    # reports the problem; only folders named .txt are passed over.
    return sorted(p for p in folder.iterdir() if p.suffix.lower() == ".txt" and not _is_dir(p))


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a link loop: reading it says so
        return False


def read_bytes(path: Path) -> bytes:
    """Read a report's bytes, refusing an oversized file before reading it.

    Raises
    ------
    DocumentError
        If the file is over :data:`MAX_DOCUMENT_BYTES` or not a regular file
        (a FIFO, a device).
    OSError
        If the file cannot be opened or read.
    """
    return read_input(path, "report", DocumentError)


def read_corpus(folder: str | Path) -> CorpusReadResult:
    """Read every ``.txt`` report in a folder.

    A file that cannot be read is reported in ``problems`` and the others are
    still read, so one bad report does not stop a build.

    Parameters
    ----------
    folder : str or Path
        The corpus folder.

    Returns
    -------
    CorpusReadResult

    Raises
    ------
    InputError
        If the folder is missing, holds no ``.txt`` file, or its manifest is
        broken.
    """
    folder = Path(folder)
    paths = list_texts(folder)
    if not paths:
        raise InputError(folder, "folder holds no .txt reports")
    return read_documents(paths, read_manifest(folder))


def read_documents(paths: Iterable[Path], manifest: dict[str, dict[str, str]]) -> CorpusReadResult:
    """Read the given reports of a corpus folder (one batch of :func:`read_corpus`).

    Parameters
    ----------
    paths : iterable of Path
        Report files, in the order wanted.
    manifest : dict
        The folder's manifest rows (see :func:`read_manifest`).

    Returns
    -------
    CorpusReadResult
        The documents read and the files that could not be read.
    """
    documents: list[Document] = []
    problems: list[DocumentError] = []
    for path in paths:
        try:
            path.name.encode("utf-8")
        except UnicodeEncodeError:
            problems.append(DocumentError(path, "file name is not valid UTF-8; rename the file"))
            continue
        try:
            raw = read_bytes(path)
        except OSError as exc:
            problems.append(DocumentError(path, f"cannot read file: {exc.strerror or exc}"))
            continue
        except DocumentError as exc:
            problems.append(exc)
            continue
        try:
            documents.append(
                parse_document(path.name, raw, manifest=manifest.get(path.name), path=str(path))
            )
        except DocumentError as exc:
            problems.append(exc)
    return CorpusReadResult(documents=documents, problems=problems)
