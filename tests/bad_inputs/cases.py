"""The bad inputs of ``test_bad_inputs.py``, built in code.

Each case writes its broken file (or folder) into a fresh workspace and says
which file the one-line error must name and what it must say. Two cases use
the small real files of this folder (``files/``); everything else, including
the 50 MB text, is generated at test time so nothing large is committed.

``DOCUMENT_CASES`` are broken reports: alone in a folder they stop the build
(exit 2); beside a good report they are skipped (exit 3). ``INPUT_CASES`` are
broken folders, manifests, control layers and output paths (exit 2).
"""

from __future__ import annotations

import copy
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
ROOT = HERE.parent.parent
SHIPPED_LAYER = ROOT / "layers" / "control" / "2015-09-30.geojson"

GOOD_TEXT = (
    "---\ntitle: Strikes on Talbiseh\npublished: 2015-10-07\n---\n"
    "Russian jets struck Talbiseh in Homs province today, activists said.\n"
)
BODY = "Russian jets struck Talbiseh in Homs province today, activists said.\n"


def front(published: str = "2015-10-07", body: str = BODY, extra: str = "") -> str:
    """Return a report with front matter."""
    return f"---\ntitle: A report\n{extra}published: {published}\n---\n{body}"


@dataclass
class Workspace:
    """Folders of one case: a corpus, a layers folder and an output folder."""

    root: Path

    @property
    def src(self) -> Path:
        return self.root / "src"

    @property
    def layers(self) -> Path:
        return self.root / "layers"

    @property
    def out(self) -> Path:
        return self.root / "out"

    def layer_data(self) -> dict:
        """The shipped base layer as a dict, to be broken by a case."""
        return json.loads(SHIPPED_LAYER.read_text(encoding="utf-8"))

    def write_layer(self, data: object, name: str = "2015-12-27.geojson") -> Path:
        """Write a layer beside the good one; return its path."""
        path = self.layers / name
        path.write_text(json.dumps(data), encoding="utf-8")
        return path


# --- broken reports ---------------------------------------------------------


@dataclass(frozen=True)
class DocumentCase:
    """A broken report.

    ``make(folder)`` writes it into ``folder`` and returns the path the error
    must name; ``problem`` is a regular expression the error must match.
    """

    id: str
    description: str
    make: Callable[[Path], Path]
    problem: str
    expected: str


def _write(name: str, data: bytes | str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        return path

    return make


def _big(folder: Path) -> Path:
    path = folder / "big.txt"
    line = b"Russian jets struck Talbiseh in Homs province today, activists said.\n"
    with path.open("wb") as fh:
        fh.write(front().encode())
        block = line * (1024 * 1024 // len(line) + 1)
        for _ in range(50):
            fh.write(block)
    return path


def _symlink_loop(folder: Path) -> Path:
    path = folder / "loop.txt"
    other = folder / "loop.lnk"
    path.symlink_to(other.name)
    other.symlink_to(path.name)
    return path


def _dangling(folder: Path) -> Path:
    path = folder / "dangling.txt"
    path.symlink_to("gone.txt")
    return path


def _manifest_date(folder: Path) -> Path:
    (folder / "manifest.csv").write_text(
        "file,title,published\nfrom_manifest.txt,A report,2015-02-30\n", encoding="utf-8"
    )
    path = folder / "from_manifest.txt"
    path.write_text(BODY, encoding="utf-8")
    return path


def _newline_name(folder: Path) -> Path:
    path = folder / "two\nlines.txt"
    path.write_bytes(b"")
    return path


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def _device_link(folder: Path) -> Path:
    path = folder / "zeros.txt"
    path.symlink_to("/dev/zero")
    return path


def _late_nul(folder: Path) -> Path:
    path = folder / "late_nul.txt"
    filler = "Filler sentence without any place in it. " * 300  # past the first 8 KB
    path.write_text(front(body=filler + "\nRussian jets struck Talbiseh\x00 today.\n"))
    return path


def _name_not_utf8(folder: Path) -> Path:
    path = folder / os.fsdecode(b"caf\xe9.txt")
    path.write_text(GOOD_TEXT, encoding="utf-8")
    return path


def _control_name(folder: Path) -> Path:
    path = folder / "x\x1b[2J\x9b2J\u202etxt.exe.txt"
    path.write_bytes(b"")
    return path


_UTF16_TEXT = front()
DOCUMENT_CASES = [
    DocumentCase(
        "binary",
        "PNG bytes saved as .txt",
        _write("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
        r"file is binary, not text",
        "file is binary, not text",
    ),
    DocumentCase(
        "empty", "zero bytes", _write("empty.txt", b""), "document is empty", "document is empty"
    ),
    DocumentCase(
        "whitespace",
        "only spaces, tabs and newlines",
        _write("blank.txt", " \n\t\r\n  \n"),
        "document is empty",
        "document is empty",
    ),
    DocumentCase(
        "utf16le_bom",
        "UTF-16 little-endian with byte-order mark",
        _write("utf16le.txt", _UTF16_TEXT.encode("utf-16")),
        r"UTF-16 text; save it as UTF-8",
        "file is UTF-16 text; save it as UTF-8",
    ),
    DocumentCase(
        "utf16be_bom",
        "UTF-16 big-endian with byte-order mark",
        _write("utf16be.txt", b"\xfe\xff" + _UTF16_TEXT.encode("utf-16-be")),
        r"UTF-16 text; save it as UTF-8",
        "file is UTF-16 text; save it as UTF-8",
    ),
    DocumentCase(
        "utf16le_nobom",
        "UTF-16 little-endian without byte-order mark",
        _write("utf16le_nobom.txt", _UTF16_TEXT.encode("utf-16-le")),
        r"UTF-16 text without a byte-order mark; save it as UTF-8",
        "file looks like UTF-16 text without a byte-order mark; save it as UTF-8",
    ),
    DocumentCase(
        "utf16be_nobom",
        "UTF-16 big-endian without byte-order mark",
        _write("utf16be_nobom.txt", _UTF16_TEXT.encode("utf-16-be")),
        r"UTF-16 text without a byte-order mark; save it as UTF-8",
        "file looks like UTF-16 text without a byte-order mark; save it as UTF-8",
    ),
    DocumentCase(
        "utf32",
        "UTF-32 with byte-order mark",
        _write("utf32.txt", _UTF16_TEXT.encode("utf-32")),
        r"UTF-32 text; save it as UTF-8",
        "file is UTF-32 text; save it as UTF-8",
    ),
    DocumentCase(
        "latin1_generated",
        "Latin-1 text (accented names)",
        _write("latin1.txt", front(body="Frappes sur Ma\u00e2rrat.\n").encode("latin-1")),
        r"not valid UTF-8 \(byte \d+\)",
        "file is not valid UTF-8 (byte N); save it as UTF-8",
    ),
    DocumentCase(
        "latin1_real",
        "a report saved as Windows-1252 (files/cp1252_report.txt)",
        lambda folder: Path(shutil.copy(FILES / "cp1252_report.txt", folder)),
        r"not valid UTF-8 \(byte \d+\)",
        "file is not valid UTF-8 (byte N); save it as UTF-8",
    ),
    DocumentCase(
        "huge",
        "a 50 MB text (generated)",
        _big,
        r"file is 50\.\d MB, over the 20 MB limit",
        "file is 50.0 MB, over the 20 MB limit",
    ),
    DocumentCase(
        "unterminated_front_matter",
        "front matter opened with --- and never closed",
        _write("open.txt", "---\ntitle: A report\npublished: 2015-10-07\n" + BODY),
        r"front matter opened with '---' on line 1 is never closed",
        "front matter opened with '---' on line 1 is never closed",
    ),
    DocumentCase(
        "malformed_front_matter",
        "a front matter line that is not key: value",
        _write("malformed.txt", front(extra="this line has no colon\n")),
        r"front matter line 3 is not 'key: value'",
        "front matter line 3 is not 'key: value': 'this line has no colon'",
    ),
    DocumentCase(
        "impossible_date",
        "published: 2015-02-30",
        _write("feb30.txt", front(published="2015-02-30")),
        r"published date '2015-02-30' is not a real day",
        "published date '2015-02-30' is not a real day",
    ),
    DocumentCase(
        "non_iso_date",
        "published: 7 October",
        _write("prose_date.txt", front(published="7 October")),
        r"published date '7 October' is not YYYY-MM-DD",
        "published date '7 October' is not YYYY-MM-DD",
    ),
    DocumentCase(
        "slash_date",
        "published: 10/07/2015",
        _write("slash_date.txt", front(published="10/07/2015")),
        r"published date '10/07/2015' is not YYYY-MM-DD",
        "published date '10/07/2015' is not YYYY-MM-DD",
    ),
    DocumentCase(
        "missing_date",
        "no published date in front matter nor manifest",
        _write("undated.txt", "---\ntitle: A report\n---\n" + BODY),
        r"no publication date",
        "no publication date: add 'published: YYYY-MM-DD' front matter or a row in manifest.csv",
    ),
    DocumentCase(
        "front_matter_no_body",
        "front matter and nothing after it",
        _write("headless.txt", "---\ntitle: A report\npublished: 2015-10-07\n---\n\n"),
        r"document has front matter but no text",
        "document has front matter but no text",
    ),
    DocumentCase(
        "manifest_impossible_date",
        "manifest.csv gives the report published 2015-02-30",
        _manifest_date,
        r"published date '2015-02-30' is not a real day",
        "published date '2015-02-30' is not a real day",
    ),
    DocumentCase(
        "symlink_loop",
        "loop.txt -> loop.lnk -> loop.txt",
        _symlink_loop,
        r"cannot read file: Too many levels of symbolic links",
        "cannot read file: Too many levels of symbolic links",
    ),
    DocumentCase(
        "dangling_symlink",
        "a .txt link to a file that is gone",
        _dangling,
        r"cannot read file: No such file or directory",
        "cannot read file: No such file or directory",
    ),
    DocumentCase(
        "newline_in_name",
        "an empty file whose name holds a newline (the error stays on one line)",
        _newline_name,
        r"document is empty",
        "document is empty (the name is printed as two\\nlines.txt)",
    ),
    DocumentCase(
        "fifo_report",
        "a named pipe called pipe.txt (reading it would wait forever)",
        _fifo,
        r"is a FIFO \(named pipe\), not a regular file",
        "is a FIFO (named pipe), not a regular file",
    ),
    DocumentCase(
        "device_link_report",
        "zeros.txt, a link to /dev/zero (reading it would fill the memory)",
        _device_link,
        r"is a character device, not a regular file",
        "is a character device, not a regular file",
    ),
    DocumentCase(
        "late_nul",
        "a NUL byte after the first 8 KB, in the middle of a strike sentence",
        _late_nul,
        r"file holds a NUL byte \(byte \d+\), not text",
        "file holds a NUL byte (byte N), not text",
    ),
    DocumentCase(
        "duplicate_front_matter_key",
        "published given twice in the front matter",
        _write("twice.txt", front(extra="published: 2016-01-01\n")),
        r"front matter key 'published' appears twice \(lines 3 and 4\)",
        "front matter key 'published' appears twice (lines 3 and 4)",
    ),
    DocumentCase(
        "name_not_utf8",
        "a file name that is not UTF-8 (Latin-1 byte 0xE9)",
        _name_not_utf8,
        r"file name is not valid UTF-8; rename the file",
        "file name is not valid UTF-8; rename the file (the name is printed as caf\\xe9.txt)",
    ),
    DocumentCase(
        "control_chars_in_name",
        "an empty file whose name holds ESC, a C1 control and U+202E (right-to-left override)",
        _control_name,
        r"document is empty",
        "document is empty (the name is printed as x\\x1b[2J\\x9b2J\\u202etxt.exe.txt)",
    ),
]


# --- broken folders, manifests, layers and output paths ----------------------


@dataclass(frozen=True)
class InputCase:
    """A broken input other than a report.

    ``make(ws)`` breaks the workspace and returns the command line (without
    the program name) and the path the error must name.
    """

    id: str
    description: str
    make: Callable[[Workspace], tuple[list[str], Path]]
    problem: str
    expected: str


def _build(ws: Workspace, src: Path | None = None, *extra: str) -> list[str]:
    return ["build", str(src or ws.src), "--out", str(ws.out), "--quiet", *extra]


def _with_layers(ws: Workspace) -> list[str]:
    return _build(ws, None, "--layers", str(ws.layers))


def _layer_case(mutate: Callable[[Workspace], Path]) -> Callable[[Workspace], tuple]:
    def make(ws: Workspace) -> tuple[list[str], Path]:
        return _with_layers(ws), mutate(ws)

    return make


def _missing_folder(ws: Workspace) -> tuple[list[str], Path]:
    missing = ws.root / "no_such_folder"
    return _build(ws, missing), missing


def _file_not_folder(ws: Workspace) -> tuple[list[str], Path]:
    path = ws.src / "good.txt"
    return _build(ws, path), path


def _no_txt(ws: Workspace) -> tuple[list[str], Path]:
    folder = ws.root / "notes"
    folder.mkdir()
    (folder / "report.md").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "report.txt.bak").write_text(GOOD_TEXT, encoding="utf-8")
    return _build(ws, folder), folder


def _all_bad(ws: Workspace) -> tuple[list[str], Path]:
    folder = ws.root / "all_bad"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"")
    (folder / "b.txt").write_bytes(b"\x00\x01")
    return _build(ws, folder), folder


def _corpus_file(name: str, content: bytes) -> Callable[[Workspace], tuple[list[str], Path]]:
    """Write ``content`` as the corpus folder's file ``name`` and build the folder."""

    def make(ws: Workspace) -> tuple[list[str], Path]:
        path = ws.src / name
        path.write_bytes(content)
        return _build(ws), path

    return make


def _manifest(content: bytes) -> Callable[[Workspace], tuple[list[str], Path]]:
    return _corpus_file("manifest.csv", content)


def _not_json(ws: Workspace) -> Path:
    path = ws.layers / "2015-12-27.geojson"
    path.write_text("{'type': 'FeatureCollection', features: [", encoding="utf-8")
    return path


def _empty_layer(ws: Workspace) -> Path:
    path = ws.layers / "2015-12-27.geojson"
    path.write_bytes(b"")
    return path


def _binary_layer(ws: Workspace) -> Path:
    path = ws.layers / "2015-12-27.geojson"
    path.write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00\xff\xfe\x00garbage")
    return path


def _not_collection(ws: Workspace) -> Path:
    return ws.write_layer(ws.layer_data()["features"][0])


def _no_features(ws: Workspace) -> Path:
    return ws.write_layer({"type": "FeatureCollection", "features": []})


def _swap(coords: object) -> object:
    if isinstance(coords[0], (int, float)):
        return [coords[1], coords[0]]
    return [_swap(c) for c in coords]


def _swapped(ws: Workspace) -> Path:
    data = ws.layer_data()
    for feature in data["features"]:
        geometry = feature["geometry"]
        geometry["coordinates"] = _swap(geometry["coordinates"])
    return ws.write_layer(data)


def _replace_geometry(ws: Workspace, faction: str, geometry: dict) -> Path:
    data = ws.layer_data()
    for feature in data["features"]:
        if feature["properties"]["faction"] == faction:
            feature["geometry"] = geometry
    return ws.write_layer(data)


def _self_intersecting(ws: Workspace) -> Path:
    bowtie = [[[38.0, 35.0], [38.4, 35.4], [38.4, 35.0], [38.0, 35.4], [38.0, 35.0]]]
    return _replace_geometry(ws, "kurdish", {"type": "Polygon", "coordinates": bowtie})


def _overlap(ws: Workspace) -> Path:
    data = ws.layer_data()
    isis = next(f for f in data["features"] if f["properties"]["faction"] == "isis")
    for feature in data["features"]:
        if feature["properties"]["faction"] == "kurdish":
            feature["geometry"] = copy.deepcopy(isis["geometry"])
    return ws.write_layer(data)


def _set_property(ws: Workspace, faction: str, value: object) -> Path:
    data = ws.layer_data()
    for feature in data["features"]:
        if feature["properties"]["faction"] == faction:
            if value is None:
                del feature["properties"]["faction"]
            else:
                feature["properties"]["faction"] = value
    return ws.write_layer(data)


def _with(mutate: Callable[[dict], object]) -> Callable[[Workspace], Path]:
    def make(ws: Workspace) -> Path:
        data = ws.layer_data()
        mutate(data)
        return ws.write_layer(data)

    return make


def _unknown_crs(data: dict) -> None:
    data["crs"] = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::99999"}}


def _nan_vertex(data: dict) -> None:
    data["features"][3]["geometry"]["coordinates"][0][0][0] = [float("nan"), 36.0]


def _duplicate(data: dict) -> None:
    data["features"].append(copy.deepcopy(data["features"][0]))


def _deep(ws: Workspace) -> Path:
    path = ws.layers / "2015-12-27.geojson"
    path.write_text("[" * 100_000, encoding="utf-8")
    return path


def _epsg3857(ws: Workspace) -> Path:
    path = ws.layers / "2015-12-27.geojson"
    shutil.copy(FILES / "webmercator_layer.geojson", path)
    return path


def _misnamed(ws: Workspace) -> Path:
    ws.write_layer(ws.layer_data(), name="october.geojson")
    return ws.layers


def _no_layers(ws: Workspace) -> Path:
    (ws.layers / SHIPPED_LAYER.name).unlink()
    (ws.layers / "notes.txt").write_text("layers go here\n", encoding="utf-8")
    return ws.layers


def _missing_layers(ws: Workspace) -> tuple[list[str], Path]:
    missing = ws.root / "no_layers_here"
    return _build(ws, None, "--layers", str(missing)), missing


def _out_is_file(ws: Workspace) -> tuple[list[str], Path]:
    path = ws.root / "out.txt"
    path.write_text("not a folder\n", encoding="utf-8")
    return ["build", str(ws.src), "--out", str(path), "--quiet"], path


def _out_under_file(ws: Workspace) -> tuple[list[str], Path]:
    path = ws.root / "out.txt"
    path.write_text("not a folder\n", encoding="utf-8")
    return ["build", str(ws.src), "--out", str(path / "sub"), "--quiet"], path / "sub"


def _map_out_is_folder(ws: Workspace) -> tuple[list[str], Path]:
    return ["map", str(ws.src), "--out", str(ws.out), "--quiet"], ws.out


def _map_out_under_file(ws: Workspace) -> tuple[list[str], Path]:
    path = ws.root / "out.txt"
    path.write_text("not a folder\n", encoding="utf-8")
    return ["map", str(ws.src), "--out", str(path / "map.html"), "--quiet"], path / "map.html"


def _points(name: str, content: bytes | None) -> Callable[[Workspace], tuple[list[str], Path]]:
    def make(ws: Workspace) -> tuple[list[str], Path]:
        path = ws.root / name
        if content is not None:
            path.write_bytes(content)
        return ["join", str(path), "--out", str(ws.out / "joined.csv")], path

    return make


def _corrections(content: bytes) -> Callable[[Workspace], tuple[list[str], Path]]:
    return _corpus_file("corrections.csv", content)


_CORRECTIONS_HEADER = b"event_key,action,value,note,updated\n"


def _special(kind: str, name: str, how: str, size_mb: int = 0) -> Callable[[Workspace], tuple]:
    """An input of ``kind`` that is a FIFO, a link to /dev/zero or a sparse ``size_mb`` file."""

    def make(ws: Workspace) -> tuple[list[str], Path]:
        folder = {"manifest": ws.src, "corrections": ws.src, "layer": ws.layers}.get(kind, ws.root)
        path = folder / name
        if how == "fifo":
            os.mkfifo(path)
        elif how == "device":
            path.symlink_to("/dev/zero")
        else:  # sparse: the size is refused before anything is read
            with path.open("wb") as fh:
                fh.truncate(size_mb * 1024 * 1024)
        if kind == "layer":
            return _with_layers(ws), path
        if kind == "points":
            return ["join", str(path), "--out", str(ws.out / "joined.csv")], path
        return _build(ws), path

    return make


def _missing_corrections(ws: Workspace) -> tuple[list[str], Path]:
    path = ws.root / "corections.csv"
    return _build(ws, None, "--corrections", str(path)), path


def _layer_crs_points(ws: Workspace) -> tuple[list[str], Path]:
    path = ws.root / "points.geojson"
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::99999"}},
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"event_date": "2015-10-07"},
                        "geometry": {"type": "Point", "coordinates": [36.7, 34.8]},
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    return ["join", str(path), "--out", str(ws.out / "joined.csv")], path


INPUT_CASES = [
    InputCase(
        "missing_folder",
        "source folder does not exist",
        _missing_folder,
        "folder does not exist",
        "folder does not exist",
    ),
    InputCase(
        "file_not_folder",
        "source is a file, not a folder",
        _file_not_folder,
        "is not a folder of .txt reports",
        "is not a folder of .txt reports",
    ),
    InputCase(
        "no_txt",
        "folder with .md and .txt.bak files only",
        _no_txt,
        "folder holds no .txt reports",
        "folder holds no .txt reports",
    ),
    InputCase(
        "all_documents_bad",
        "every report of the folder is broken",
        _all_bad,
        r"none of the 2 \.txt reports could be read; first: .*a\.txt: document is empty",
        "none of the 2 .txt reports could be read; first: <file>: <problem>",
    ),
    InputCase(
        "manifest_no_file_column",
        "manifest.csv without a `file` column",
        _manifest(b"name,title,published\ngood.txt,A,2015-10-07\n"),
        "manifest has no 'file' column",
        "manifest has no 'file' column",
    ),
    InputCase(
        "manifest_not_utf8",
        "manifest.csv in Latin-1",
        _manifest("file,title\ngood.txt,Ma\u00e2rrat\n".encode("latin-1")),
        r"manifest is not valid UTF-8 \(byte \d+\)",
        "manifest is not valid UTF-8 (byte N); save it as UTF-8",
    ),
    InputCase(
        "manifest_binary",
        "manifest.csv that is a zip archive",
        _manifest(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256))),
        r"manifest is binary, not CSV text",
        "manifest is binary, not CSV text",
    ),
    InputCase(
        "manifest_unclosed_quote",
        "an unclosed quote that swallows 200 kB into one field",
        _manifest(b'file,title\ngood.txt,"never closed\n' + b"x" * 200_000 + b"\n"),
        r"manifest is not valid CSV \(line \d+\): field larger than field limit",
        "manifest is not valid CSV (line N): field larger than field limit (131072)",
    ),
    InputCase(
        "corrections_binary",
        "corrections.csv holding NUL bytes",
        _corrections(_CORRECTIONS_HEADER + b"good:Talbiseh:ab12,date,\x00\x00\x00\n"),
        r"file is binary, not CSV",
        "file is binary, not CSV",
    ),
    InputCase(
        "corrections_not_utf8",
        "corrections.csv saved as Latin-1",
        _corrections(
            _CORRECTIONS_HEADER + "good:Talbiseh:ab12,not_strike,,caf\u00e9,\n".encode("latin-1")
        ),
        r"file is not UTF-8 text",
        "file is not UTF-8 text",
    ),
    InputCase(
        "corrections_missing_columns",
        "corrections.csv without event_key and action columns",
        _corrections(b"key,what\nx,y\n"),
        r"missing column\(s\): action, event_key",
        "missing column(s): action, event_key",
    ),
    InputCase(
        "corrections_bad_action",
        "a correction whose action is unknown",
        _corrections(_CORRECTIONS_HEADER + b"good:Talbiseh:ab12,delete,,,\n"),
        r"line 2: action 'delete' is not one of",
        "line 2: action 'delete' is not one of location, not_strike, date",
    ),
    InputCase(
        "corrections_bad_date",
        "a date correction to 2015-02-30",
        _corrections(_CORRECTIONS_HEADER + b"good:Talbiseh:ab12,date,2015-02-30,,\n"),
        r"line 2: date '2015-02-30' is not YYYY-MM-DD",
        "line 2: date '2015-02-30' is not YYYY-MM-DD",
    ),
    InputCase(
        "corrections_unclosed_quote",
        "an unclosed quote that swallows 200 kB into one field",
        _corrections(_CORRECTIONS_HEADER + b'good:Talbiseh:ab12,date,"' + b"x" * 200_000),
        r"malformed CSV: field larger than field limit",
        "malformed CSV: field larger than field limit (131072)",
    ),
    InputCase(
        "layer_not_json",
        "layer with Python-style quotes",
        _layer_case(_not_json),
        r"not JSON: ",
        "not JSON: Expecting property name enclosed in double quotes: line 1 ...",
    ),
    InputCase(
        "layer_empty",
        "zero-byte layer",
        _layer_case(_empty_layer),
        r"file is empty",
        "file is empty",
    ),
    InputCase(
        "layer_binary",
        "zip bytes named .geojson",
        _layer_case(_binary_layer),
        r"not UTF-8 JSON",
        "not UTF-8 JSON (byte N)",
    ),
    InputCase(
        "layer_not_collection",
        "a single Feature instead of a FeatureCollection",
        _layer_case(_not_collection),
        "not a GeoJSON FeatureCollection",
        "not a GeoJSON FeatureCollection",
    ),
    InputCase(
        "layer_no_features",
        "FeatureCollection with an empty features list",
        _layer_case(_no_features),
        "no features",
        "no features",
    ),
    InputCase(
        "layer_swapped_latlon",
        "every coordinate written lat, lon",
        _layer_case(_swapped),
        r"geometry reaches outside Syria's bounds .*longitude, latitude in that order",
        "geometry reaches outside Syria's bounds (...); coordinates must be longitude, "
        "latitude in that order",
    ),
    InputCase(
        "layer_self_intersecting",
        "a bow-tie polygon",
        _layer_case(_self_intersecting),
        r"feature 3 has invalid geometry: Self-intersection\[",
        "feature 3 has invalid geometry: Self-intersection[38.2 35.2]",
    ),
    InputCase(
        "layer_overlap",
        "kurdish drawn over isis",
        _layer_case(_overlap),
        r"factions 'isis' and 'kurdish' overlap by [\d.]+ km²",
        "factions 'isis' and 'kurdish' overlap by N km²",
    ),
    InputCase(
        "layer_unknown_faction",
        "faction: hezbollah",
        _layer_case(lambda ws: _set_property(ws, "kurdish", "hezbollah")),
        r"feature 3: unknown faction 'hezbollah'",
        "feature 3: unknown faction 'hezbollah', ...",
    ),
    InputCase(
        "layer_missing_faction",
        "one feature without `faction`",
        _layer_case(lambda ws: _set_property(ws, "kurdish", None)),
        r"feature 3 has no `faction`",
        "feature 3 has no `faction`",
    ),
    InputCase(
        "layer_point",
        "a Point where a polygon belongs",
        _layer_case(
            lambda ws: _replace_geometry(ws, "kurdish", {"type": "Point", "coordinates": [37, 36]})
        ),
        r"feature 3 is a Point, expected Polygon or MultiPolygon",
        "feature 3 is a Point, expected Polygon or MultiPolygon",
    ),
    InputCase(
        "layer_null_geometry",
        "a feature with geometry null",
        _layer_case(lambda ws: _replace_geometry(ws, "kurdish", None)),
        r"feature 3 has no geometry",
        "feature 3 has no geometry",
    ),
    InputCase(
        "layer_epsg3857",
        "layer in Web Mercator metres with a crs member (files/webmercator_layer.geojson)",
        _layer_case(_epsg3857),
        r"CRS is EPSG:3857, expected WGS84",
        "CRS is EPSG:3857, expected WGS84 ...",
    ),
    InputCase(
        "layer_unknown_crs",
        "a crs member naming EPSG:99999",
        _layer_case(_with(_unknown_crs)),
        r"`crs` member 'urn:ogc:def:crs:EPSG::99999' is no known CRS",
        "`crs` member 'urn:ogc:def:crs:EPSG::99999' is no known CRS; ...",
    ),
    InputCase(
        "layer_nan",
        "a vertex with NaN longitude (accepted by Python's json, not by JSON)",
        _layer_case(_with(_nan_vertex)),
        r"not JSON: NaN is not a JSON number",
        "not JSON: NaN is not a JSON number",
    ),
    InputCase(
        "layer_empty_collection_geometry",
        "an empty GeometryCollection as a faction's geometry",
        _layer_case(
            _with(
                lambda d: d["features"][3].update(
                    geometry={"type": "GeometryCollection", "geometries": []}
                )
            )
        ),
        r"feature 3 has no geometry",
        "feature 3 has no geometry",
    ),
    InputCase(
        "layer_numeric_faction",
        "faction: 5",
        _layer_case(_with(lambda d: d["features"][3]["properties"].update(faction=5))),
        r"feature 3: unknown faction '5'",
        "feature 3: unknown faction '5', ...",
    ),
    InputCase(
        "layer_features_not_list",
        'features: "x"',
        _layer_case(_with(lambda d: d.update(features="x"))),
        r"not a GeoJSON FeatureCollection: `features` is not a list",
        "not a GeoJSON FeatureCollection: `features` is not a list",
    ),
    InputCase(
        "layer_duplicate_faction",
        "the isis feature twice",
        _layer_case(_with(_duplicate)),
        r"duplicate faction 'isis'",
        "duplicate faction 'isis'; factions 'isis' and 'isis' overlap by N km²",
    ),
    InputCase(
        "layer_deep_nesting",
        "100,000 nested arrays (the JSON parser's recursion limit)",
        _layer_case(_deep),
        r"not JSON: nested too deeply",
        "not JSON: nested too deeply",
    ),
    InputCase(
        "layer_misnamed",
        "october.geojson beside a dated layer",
        _layer_case(_misnamed),
        r"file names must be YYYY-MM-DD\.geojson, got \['october\.geojson'\]",
        "file names must be YYYY-MM-DD.geojson, got ['october.geojson']",
    ),
    InputCase(
        "layers_none",
        "--layers folder without any .geojson",
        _layer_case(_no_layers),
        r"no YYYY-MM-DD\.geojson control layer found",
        "no YYYY-MM-DD.geojson control layer found",
    ),
    InputCase(
        "layers_missing",
        "--layers folder that does not exist",
        _missing_layers,
        "not a folder of control layers",
        "not a folder of control layers",
    ),
    InputCase(
        "points_no_coordinates",
        "strikemap join on a CSV with place names but no latitude/longitude",
        _points("points.csv", b"event_date,location,notes\n2015-10-07,Talbiseh,x\n"),
        r"no latitude or longitude column",
        "no latitude or longitude column (columns are [...]); expected latitude and longitude, "
        "in decimal degrees",
    ),
    InputCase(
        "points_text_coordinates",
        "strikemap join on a CSV whose latitude is text",
        _points("points.csv", b"event_date,latitude,longitude\n2015-10-07,north,36.7\n"),
        r"`latitude`: 1 value\(s\) are not numbers, e.g. 'north' \(row 1\)",
        "`latitude`: 1 value(s) are not numbers, e.g. 'north' (row 1)",
    ),
    InputCase(
        "points_empty",
        "strikemap join on an empty CSV",
        _points("points.csv", b""),
        r"cannot be read as CSV: Empty CSV file",
        "cannot be read as CSV: Empty CSV file",
    ),
    InputCase(
        "points_missing",
        "strikemap join on a file that does not exist",
        _points("points.csv", None),
        r"no such file",
        "no such file",
    ),
    InputCase(
        "out_is_file",
        "build --out naming an existing file",
        _out_is_file,
        "--out must be a folder",
        "--out must be a folder",
    ),
    InputCase(
        "out_under_file",
        "build --out inside a path whose parent is a file",
        _out_under_file,
        r"cannot write: .*out\.txt is a file, not a folder",
        "cannot write: <tmp>/out.txt is a file, not a folder",
    ),
    InputCase(
        "map_out_is_folder",
        "map --out naming an existing folder",
        _map_out_is_folder,
        r"--out is a folder; name an \.html file",
        "--out is a folder; name an .html file",
    ),
    InputCase(
        "map_out_under_file",
        "map --out inside a path whose parent is a file",
        _map_out_under_file,
        r"cannot write: .*out\.txt is a file, not a folder",
        "cannot write: <tmp>/out.txt is a file, not a folder",
    ),
    InputCase(
        "manifest_device",
        "manifest.csv, a link to /dev/zero",
        _special("manifest", "manifest.csv", "device"),
        r"is a character device, not a regular file",
        "is a character device, not a regular file",
    ),
    InputCase(
        "manifest_too_big",
        "a 21 MB manifest.csv (sparse)",
        _special("manifest", "manifest.csv", "sparse", 21),
        r"file is 21\.0 MB, over the 20 MB limit",
        "file is 21.0 MB, over the 20 MB limit",
    ),
    InputCase(
        "corrections_device",
        "corrections.csv, a link to /dev/zero",
        _special("corrections", "corrections.csv", "device"),
        r"is a character device, not a regular file",
        "is a character device, not a regular file",
    ),
    InputCase(
        "layer_fifo",
        "a layer that is a named pipe (reading it would wait forever)",
        _special("layer", "2015-12-27.geojson", "fifo"),
        r"is a FIFO \(named pipe\), not a regular file",
        "is a FIFO (named pipe), not a regular file",
    ),
    InputCase(
        "layer_too_big",
        "a 101 MB layer (sparse)",
        _special("layer", "2015-12-27.geojson", "sparse", 101),
        r"file is 101\.0 MB, over the 100 MB limit",
        "file is 101.0 MB, over the 100 MB limit",
    ),
    InputCase(
        "points_fifo",
        "strikemap join on a named pipe",
        _special("points", "points.csv", "fifo"),
        r"is a FIFO \(named pipe\), not a regular file",
        "is a FIFO (named pipe), not a regular file",
    ),
    InputCase(
        "corrections_missing",
        "--corrections naming a file that does not exist (a typo)",
        _missing_corrections,
        r"no such file \(named by --corrections\)",
        "no such file (named by --corrections)",
    ),
    InputCase(
        "corrections_date_out_of_range",
        "a date correction to year 9999",
        _corrections(_CORRECTIONS_HEADER + b"good:Talbiseh:ab12,date,9999-12-31,,\n"),
        r"line 2: date '9999-12-31' is outside 1990-2100",
        "line 2: date '9999-12-31' is outside 1990-2100",
    ),
    InputCase(
        "points_duplicate_column",
        "strikemap join on a CSV that names latitude twice",
        _points(
            "points.csv",
            b"latitude,latitude,longitude,event_date\n34.8,34.8,36.7,2015-10-07\n",
        ),
        r"column 'latitude' appears more than once; rename one",
        "column 'latitude' appears more than once; rename one",
    ),
    InputCase(
        "points_unknown_crs",
        "strikemap join on GeoJSON whose crs member names EPSG:99999",
        _layer_crs_points,
        r"`crs` member 'urn:ogc:def:crs:EPSG::99999' is no known CRS",
        "`crs` member 'urn:ogc:def:crs:EPSG::99999' is no known CRS; ...",
    ),
    InputCase(
        "points_already_joined",
        "strikemap join on a CSV that already has a controlled_by column",
        _points(
            "points.csv",
            b"latitude,longitude,event_date,controlled_by\n34.8,36.7,2015-10-07,isis\n",
        ),
        r"already has a 'controlled_by' column \(joined before\?\); pass --overwrite",
        "already has a 'controlled_by' column (joined before?); pass --overwrite to replace it",
    ),
]


def unreadable(folder: Path) -> Path:
    """Write a report with mode 000 (still readable by root)."""
    path = folder / "locked.txt"
    path.write_text(GOOD_TEXT, encoding="utf-8")
    os.chmod(path, 0)
    return path
