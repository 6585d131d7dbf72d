"""Exceptions raised for broken inputs and services.

Each subclasses a built-in base so that ``except ValueError`` keeps working.
A place that cannot be geocoded is *data* (an unresolved event), never an
exception: these are for files and services that are themselves broken.
"""

from __future__ import annotations

from pathlib import Path


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
        super().__init__(f"{self.path}: {problem}")

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
