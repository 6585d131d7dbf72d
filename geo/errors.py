"""Exceptions raised for broken inputs and services.

Each subclasses a built-in base so that ``except ValueError`` keeps working.
A place that cannot be geocoded is *data* (an unresolved event), never an
exception: these are for files and services that are themselves broken.
"""

from __future__ import annotations

import re
from pathlib import Path

#: Characters never printed as they are: C0 and C1 controls, DEL, line and
#: paragraph separators, bidirectional controls (which reorder the rest of a
#: line, such as U+202E) and lone surrogates (bytes of a non-UTF-8 file name).
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that is not UTF-8, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    if match.group() in "\n\r\t":
        return repr(match.group())[1:-1]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    r"""Escape the characters of ``text`` that would break or disguise a one-line message.

    Examples
    --------
    >>> printable("two\nlines\u202e.txt")
    'two\\nlines\\u202e.txt'
    >>> printable("caf\udce9.txt")
    'caf\\xe9.txt'
    """
    return _UNPRINTABLE.sub(_escape, text)


class StrikemapError(Exception):
    """Base class for every error strikemap reports to the user."""


class InputError(StrikemapError, ValueError):
    """A user-supplied file or folder cannot be used.

    Parameters
    ----------
    path : str or Path
        The offending file or folder.
    problem : str
        One line saying what is wrong with it.
    """

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(printable(f"{self.path}: {problem}"))

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        # Pickle with the constructor's arguments: the app's cache stores build results
        # (and their skipped-file errors) pickled, and the default would call cls(message).
        return (self.__class__, (self.path, self.problem))


class DocumentError(InputError):
    """A text document cannot be read or its metadata is malformed."""


class LayerError(InputError):
    """A control layer is unreadable or fails validation."""


class CorrectionsError(InputError):
    """A corrections file is unreadable or malformed."""


class GeocoderServiceError(StrikemapError, RuntimeError):
    """An online geocoding service failed (timeouts, HTTP errors, garbage)."""


class InputWarning(UserWarning):
    """Input that is used, but probably not as its author meant (printed as a warning)."""
