"""Files shipped inside the package, found with :mod:`importlib.resources`.

The gazetteer and the front-end scripts live in ``geo/data``; the control layers
and the basemap are edited in the top-level ``layers/`` folder of a checkout and
installed as the package ``geo._layers``; the sample reports of ``seeds/``
as ``geo._seeds``; the app's front-end files are copied
into ``geo/app/static/vendor`` from the npm packages. Found this way, they are
where the code expects them both in a source checkout and in an installed wheel,
whatever the working folder.
"""

from __future__ import annotations

import csv
import json
from functools import cache
from importlib.resources import files
from pathlib import Path


def package_path(package: str, *parts: str) -> Path:
    """Return the file-system path of a resource shipped in ``package``.

    Parameters
    ----------
    package : str
        Dotted name of the package holding the resource, e.g. ``"geo.data"``.
    *parts : str
        Path components below the package folder.

    Returns
    -------
    Path
        The resource's path (wheels install unzipped, so it is a real file or folder).

    Examples
    --------
    >>> package_path("geo.data", "gazetteer.csv").name
    'gazetteer.csv'
    """
    resource = files(package).joinpath(*parts)
    if not isinstance(resource, Path):  # a zipped or namespace install: not supported
        raise RuntimeError(f"{package}: package data is not on the file system ({resource!r})")
    return resource


def layers_dir() -> Path:
    """Return the folder of the shipped control layers and basemap (``layers/``)."""
    return package_path("geo._layers")


def seeds_dir() -> Path:
    """Return the folder of the sample reports shipped with the package (``seeds/``)."""
    return package_path("geo._seeds")


def data_dir() -> Path:
    """Return the folder of the shipped gazetteer and front-end scripts (``geo/data``)."""
    return package_path("geo.data")


@cache
def label_rows() -> tuple[dict[str, str], ...]:
    """Return the rows of the shipped code labels, ``geo/data/labels.csv``.

    Each row names a ``column`` of the events table, a ``code`` of it, its
    human ``label`` and, for claimants, whether their statements are claims of
    a target (``claims_targets``).

    Returns
    -------
    tuple of dict
        One dict per row, keyed by the table's header.
    """
    text = files("geo.data").joinpath("labels.csv").read_text(encoding="utf-8")
    return tuple(csv.DictReader(text.splitlines()))


@cache
def foreign_spellings() -> tuple[tuple[str, str], ...]:
    """Return the letter groups of other languages' transliterations and their English ones.

    Read from ``geo/data/spellings.csv`` (a German "Dschisr" is an English
    "Jisr"), longest group first so that "dsch" is replaced before "sch".

    Returns
    -------
    tuple of (str, str)
        ``(written, english)`` pairs, lowercase.
    """
    text = files("geo.data").joinpath("spellings.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines())
    pairs = {(row["written"].lower(), row["english"].lower()) for row in rows}
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


@cache
def generic_words() -> frozenset[str]:
    """Return the words of which a name made wholly names a kind of site, not one place.

    Read from ``geo/data/generic_words.json`` ("Sugar Factory", "Military
    Checkpoint": many towns have one).

    Returns
    -------
    frozenset of str
        Lowercase words.
    """
    text = files("geo.data").joinpath("generic_words.json").read_text(encoding="utf-8")
    return frozenset(json.loads(text)["words"])


@cache
def landmark_words() -> tuple[tuple[frozenset[str], tuple[str, ...]], ...]:
    """Return the families of generic words that name one kind of landmark.

    Read from ``geo/data/landmark_words.csv``: each row lists the ways reports
    write one kind, "{}" standing for the landmark's own name ("{} airbase",
    "{} air base", "mount {}", ...), so that a landmark known as "X Airport" is
    found as "X airbase" too, and the kinds of gazetteer rows it applies to
    (empty: every landmark).

    Returns
    -------
    tuple of (frozenset of str, tuple of str)
        Per family, the row kinds and the lowercase forms, longest first.
    """
    text = files("geo.data").joinpath("landmark_words.csv").read_text(encoding="utf-8")
    families = []
    for row in csv.DictReader(text.splitlines()):
        kinds = frozenset(k.strip() for k in row["kinds"].split("|") if k.strip())
        forms = {form.strip().lower() for form in row["written"].split("|") if form.strip()}
        families.append((kinds, tuple(sorted(forms, key=lambda form: (-len(form), form)))))
    return tuple(families)
