"""Tables of struck places: one row per line, the strike word only in a heading above.

A monitoring network's tally names the strikes once, in a heading or a column
header ("Air strikes recorded this week", "Place | Date | Strikes"), then gives
one line per place: "Kafr Hamra (Jebel Saman) - 28 Sep - 6 - Russian - 0". A
row is a line of at least three cells split by " - ", " | " or tabs whose first
cell opens with a place name; the row is a strike when the nearest line above
the table that is neither a row, a blank nor a short heading names a strike,
or a heading or header row on the way does.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from geo.extract.lexicon import alternation, load

#: Cell separators: a spaced dash, a bar or a tab.
_CELL_SPLIT_RE = re.compile(r"[ \t]+[-–—|][ \t]+|\t+|[ \t]*\|[ \t]*")
#: Fewest cells a table row holds.
MIN_CELLS = 3
#: Longest cell: a row's cells are short; prose set off by dashes is not.
MAX_CELL_CHARS = 40
#: Longest cell of a row opened and closed by bars ("| a | b | c |"), whose bars mark it.
MAX_BARRED_CELL_CHARS = 80
#: Longest row: a longer line is no row, and is not split to find out.
MAX_ROW_CHARS = 400
#: A heading: a short line without a final stop ("ALEPPO GOVERNORATE", "26 Sep - 2 Oct").
_HEADING_CHARS = 80
_STOP_RE = re.compile(r"[.!?][\"'”’)\]]*\s*$")
#: How many lines above a row the search for its heading goes.
_LOOK_BACK = 60
#: How much of a long line of prose above a table is read for a strike word.
_PROSE_CHARS = 2000


def row_cells(line: str, closed: bool = False, barred: bool = False) -> list[str]:
    """Return the cells of a table row, or an empty list when the line is no row.

    Parameters
    ----------
    line : str
        One line of text, without its line break.

    Returns
    -------
    list of str
        The stripped cells when there are at least ``MIN_CELLS``, none empty
        ("- a note" is a list item, not a row) and none longer than
        ``MAX_CELL_CHARS``; with ``closed``, a final bar closes the last cell; with
        ``barred``, a row opened and closed by bars ("| a | b | c |") is read too.

    Examples
    --------
    >>> row_cells("Tell Hamra (Harim) - 3 May - 2 - Russian")
    ['Tell Hamra (Harim)', '3 May', '2', 'Russian']
    >>> row_cells("Jets struck the town - witnesses said.")
    []
    """
    if len(line) > MAX_ROW_CHARS:
        return []
    body = line.strip()
    limit = MAX_CELL_CHARS
    if barred and len(body) > 2 and body[0] == "|" and body[-1] == "|":
        # "| 04/01/2016 | X, primary school | Y |": a row opened and closed by bars, as
        # a table written in markdown has them; the bars mark its cells, however long.
        if _RULE_LINE_RE.fullmatch(body):
            return []
        body = body[1:-1].strip()
        limit = MAX_BARRED_CELL_CHARS
    elif not body or body[0] in "-–—|":
        return []
    if closed:
        # "5 Nov | X | Y | 4 |" in a table whose header row names its columns: a bar
        # closing the row ends its last cell, empty or not.
        body = body.removesuffix("|").rstrip()
    cells = [c.strip() for c in _CELL_SPLIT_RE.split(body)]
    if len(cells) < MIN_CELLS or not all(0 < len(c) <= limit for c in cells):
        return []
    return cells


def is_row(line: str) -> bool:
    """Say whether a line is a table row (see :func:`row_cells`)."""
    return bool(row_cells(line))


def is_barred_row(line: str) -> bool:
    """Say whether a line is a table row, opened and closed by bars or not."""
    return bool(row_cells(line, barred=True))


#: A count row: a short name, a colon and a number alone ("X city: 58", "Y oil field: 11").
_COUNT_ROW_RE = re.compile(
    rf"[ \t]*+[^\s:|\d][^:|\n\d]{{0,{MAX_CELL_CHARS}}}:[ \t]*+\d{{1,5}}[ \t]*+"
)


def is_count_row(line: str) -> bool:
    """Say whether a line is a count row: a name, a colon and a number, nothing else.

    Examples
    --------
    >>> is_count_row("Old town and the castle: 14")
    True
    >>> is_count_row("Jets struck the town at 10:30")
    False
    """
    return len(line) <= MAX_ROW_CHARS and _COUNT_ROW_RE.fullmatch(line) is not None


def first_cell_end(text: str, s: int, e: int) -> int:
    """Return where the first cell of the row ``text[s:e]`` ends."""
    m = _CELL_SPLIT_RE.search(text, s, e)
    return m.start() if m else e


#: A rule under a table's header row: dashes, bars, pluses, equals signs and spaces alone.
_RULE_LINE_RE = re.compile(r"[ \t]*[-–—=+|][-–—=+| \t]*")


def is_rule(line: str) -> bool:
    """Say whether a line is a rule of a table: dashes, bars, pluses, equals signs alone.

    Examples
    --------
    >>> is_rule("--------|--------|-----")
    True
    >>> is_rule("- a list item")
    False
    """
    return _RULE_LINE_RE.fullmatch(line) is not None


def past_rules(text: str, s: int, e: int) -> int:
    r"""Return where the sentence ``text[s:e]`` begins once the rule lines opening it are passed.

    A rule under a header row ("------|------|") may open the sentence of the first row
    below it; the row begins on the next line.

    Examples
    --------
    >>> t = "---|---|\n4 May | Tell Hamra | 3"
    >>> t[past_rules(t, 0, len(t)) :]
    '4 May | Tell Hamra | 3'
    """
    while s < e:
        end = text.find("\n", s, e)
        if end < 0 or not _RULE_LINE_RE.fullmatch(text, s, end):
            return s
        s = end + 1
    return s


def place_cell(text: str, s: int, e: int) -> tuple[int, int] | None:
    r"""Return the span of a row's place cell when its table's header puts places in a later column.

    A tally that opens its rows with a date or a number ("12 Nov | X | Y | 11") names
    its columns in a header row above ("Date | Place | Governorate | Killed"): the place
    is the cell under the header cell that names a place field, not the first cell. A row
    of comma-separated values is read under its header line the same way, and a dated
    entry's line ("04/02/2016, X, Russian forces (warplanes), 7 killed") has its place
    after its day.

    Parameters
    ----------
    text : str
        The report text.
    s, e : int
        The span of the row (a sentence on one line).

    Returns
    -------
    tuple of int or None
        The cell's span in ``text``; None when the line is no row, when no header row
        is met walking up over rows and rules, or when the header's place column is
        the first (the first cell then holds the place already).

    Examples
    --------
    >>> t = "Date | Place | Deaths |\n---|---|---|\n2 May | Tell Hamra | 4 |"
    >>> a, b = place_cell(t, 38, len(t))
    >>> t[a:b]
    'Tell Hamra'
    """
    span = _line_at(text, s)
    if span is None:
        return None
    dated = _dated_row(text, *span)
    if dated is not None:
        # A dated entry's line: the place follows the day.
        return dated.span(1)
    csv = _csv_header_and_row(text, *span)
    if csv is not None:
        # A comma-separated row: the field under the header's place field.
        field_no = next(i for i, c in enumerate(csv[0]) if c in _PLACE_FIELDS)
        at = span[0]
        for _ in range(field_no):
            at = text.index(",", at, span[1]) + 1
        comma = text.find(",", at, span[1])
        return at, (comma if comma >= 0 else span[1])
    if not row_cells(text[span[0] : span[1]], closed=True, barred=True):
        return None
    column = header_place_column(text, span[0], barred=True)
    if not column:
        return None
    line_start, line_end = span
    at = line_start + len(text[line_start:line_end]) - len(text[line_start:line_end].lstrip())
    if text.startswith("|", at):
        # "| 4 May | X |": the bar opening a markdown row opens its first cell.
        at += 1
    for i, sep in enumerate(_CELL_SPLIT_RE.finditer(text, at, line_end)):
        if i == column - 1:
            nxt = _CELL_SPLIT_RE.search(text, sep.end(), line_end)
            return sep.end(), (nxt.start() if nxt else line_end)
    return None


# "Place (governorate)", "Location (district)": a header cell naming a field, then in brackets
# what its cells add after the name ("X (Aleppo)"); the bracketed words do not rename the field.
_QUALIFIED_FIELD_RE = re.compile(r"(?P<field>[^()]{1,31}?)\s*\([^()]{1,30}\)")


def header_field(cell: str) -> str:
    """Return the field a table's header cell names, lowercase, without a bracketed qualifier.

    Examples
    --------
    >>> header_field("Place (governorate)")
    'place'
    >>> header_field("Killed (of whom children)")
    'killed'
    >>> header_field("Location")
    'location'
    """
    m = _QUALIFIED_FIELD_RE.fullmatch(cell.strip())
    return (m.group("field") if m else cell).strip().lower()


def header_place_column(text: str, start: int, barred: bool = False) -> int | None:
    """Return the place column of the header row above the line at ``start``, or None.

    Walking up over rows (closed by a bar or not) and rules under the header, the first
    line that is neither ends the walk; a row whose cell names a place field ("Place",
    "Location") is the header, and the index of that cell is returned.
    """
    header = _header_cells(text, start, barred)
    if header is None:
        return None
    return next(i for i, c in enumerate(header) if header_field(c) in _PLACE_FIELDS)


def _header_cells(text: str, start: int, barred: bool = False) -> list[str] | None:
    """Return the cells of the header row above the line at ``start`` (see above), or None."""
    for _ in range(_LOOK_BACK):
        if start == 0:
            return None
        end = start - 1
        start = text.rfind("\n", max(0, end - MAX_ROW_CHARS - 1), end) + 1
        line = text[start:end]
        if _RULE_LINE_RE.fullmatch(line):
            continue
        cells = row_cells(line, closed=True, barred=barred)
        if not cells:
            return None
        if any(header_field(c) in _PLACE_FIELDS for c in cells):
            return cells
    return None


# A line of comma-separated values: three or more fields parted by commas with no blank after
# them ("2016-08-07,X,Aleppo,Russian,8,Civil Defence").
_CSV_LINE_RE = re.compile(r"[^,\n]{1,40}(?:,[^,\s][^,\n]{0,39}){2,20}")


def _csv_header_and_row(text: str, start: int, end: int) -> tuple[list[str], list[str]] | None:
    """Return the header's fields and the row's, when the line ``text[start:end]`` is a CSV row.

    An extract of comma-separated values pasted into a story writes its header line first
    ("date,place,governorate,aircraft,killed,source"), then one row a line. The line is a
    row when, walking up over lines of the same shape, a header naming a place field is met
    and the row has as many fields as the header; a field with a comma inside quotes breaks
    the count, and the line is then read as prose.
    """
    if not _CSV_LINE_RE.fullmatch(text, start, end):
        return None
    row = [c.strip() for c in text[start:end].split(",")]
    for _ in range(_LOOK_BACK):
        if start == 0:
            return None
        end = start - 1
        start = text.rfind("\n", max(0, end - MAX_ROW_CHARS - 1), end) + 1
        if not _CSV_LINE_RE.fullmatch(text, start, end):
            return None
        cells = [c.strip().lower() for c in text[start:end].split(",")]
        if any(c in _PLACE_FIELDS for c in cells):
            return (cells, row) if len(cells) == len(row) else None
    return None


# A dated entry of a report's table written as a line of text: a numeric day, then the place,
# the party responsible and the victims, parted by commas and blanks ("04/02/2016, X, Russian
# forces (warplanes), 7 civilians killed").
_DATED_ROW_RE = re.compile(
    r"[ \t]*(?:\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2}),[ \t]+([^,\n]{1,60}),[ \t]+"
    r"([^,\n]{1,60}?(?:\([^()\n]{1,60}\))?),[ \t]+[^\n]{1,80}"
)


def _dated_row(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the match of a dated entry's line ``text[start:end]`` (see above), or None."""
    return _DATED_ROW_RE.fullmatch(text, start, end)


def row_names_aircraft(text: str, s: int) -> bool:
    r"""Say whether the row at ``s`` names aircraft or an air weapon under its header's column.

    A table whose header row names its columns ("| Date | Location | Object | Attribution |")
    tells each row's air strike in the cell under its attacker or weapon column
    ("fixed-wing, Russian Federation (probable)", "helicopter, Syrian Arab Air Force"), as
    an entry's "Attacker:" field does; no heading above need name the strikes.

    Examples
    --------
    >>> t = "| Date | Location | Attribution |\n|---|---|---|\n"
    >>> t += "| 4/1/2016 | X | fixed-wing, unidentified |"
    >>> row_names_aircraft(t, t.rfind("| 4"))
    True
    >>> row_names_aircraft(t.replace("fixed-wing", "ground forces"), t.rfind("| 4"))
    False
    """
    span = _line_at(text, s)
    if span is None:
        return False
    dated = _dated_row(text, *span)
    if dated is not None:
        # "04/02/2016, X, Russian forces (warplanes), 7 civilians killed": the party
        # responsible, after the place, tells an air strike by naming aircraft or an air
        # weapon; a party alone ("Russian forces") tells no weapon.
        party = dated.group(2)
        return bool(_AIRCRAFT_RE.search(party) or _AIR_WEAPON_RE.search(party))
    csv = _csv_header_and_row(text, *span)
    if csv is not None:
        # "date,place,aircraft,killed" over "2016-08-07,X,Russian,8": a column headed by
        # aircraft names whose aircraft struck; a field of it naming none tells no strike.
        return any(
            _AIRCRAFT_RE.fullmatch(name) and cell.lower() not in _NO_AIRCRAFT_CELLS
            for name, cell in zip(*csv, strict=True)
        )
    under = _under_header(text, span)
    if under is None:
        return False
    for name, cell in zip(*under, strict=True):
        if name in _ATTACKER_FIELDS and _AIRCRAFT_RE.search(cell):
            return True
        if name in _WEAPON_FIELDS and (_AIRCRAFT_RE.search(cell) or _AIR_WEAPON_RE.search(cell)):
            return True
    return False


def _under_header(text: str, span: tuple[int, int]) -> tuple[list[str], list[str]] | None:
    """Return a table row's header names (lowercase) and its cells, when they pair one to one.

    The row is the line ``text[span[0]:span[1]]``, its cells parted by bars; the header is
    the row of names above it.
    """
    cells = row_cells(text[span[0] : span[1]], closed=True, barred=True)
    if not cells:
        return None
    header = _header_cells(text, span[0], barred=True)
    if header is None or len(header) != len(cells):
        return None
    return [header_field(name) for name in header], cells


#: Fields of an aircraft column that name no aircraft.
_NO_AIRCRAFT_CELLS = frozenset({"-", "–", "—", "none", "n/a", "no", "0", "nil"})


def row_tells_no_strike(text: str, s: int) -> bool:
    r"""Say whether the table row at ``s`` tells fire from the ground or no strike at all.

    A daily table headed by the strikes of the day gives a row to every town: one whose
    cells name only fire from the ground ("X | 9 | artillery and mortar shells | 1
    killed") or whose count under the header's column of strikes is nought ("Y | 0 | — |
    —") tells no air strike on its place.

    Examples
    --------
    >>> t = "Town | strikes | type | casualties\nX | 9 | artillery and mortars | 1 killed"
    >>> row_tells_no_strike(t, t.rfind("X"))
    True
    >>> row_tells_no_strike(t.replace("artillery and mortars", "air strikes"), t.rfind("X"))
    False
    """
    span = _line_at(text, s)
    if span is None:
        return False
    line = text[span[0] : span[1]]
    cells = row_cells(line, closed=True, barred=True)
    if not cells:
        return False
    if (
        _GROUND_FIRE_RE.search(line)
        and not _AIR_STRIKE_RE.search(line)
        and not _AIRCRAFT_RE.search(line)
        and not _AIR_WEAPON_RE.search(line)
    ):
        return True
    under = _under_header(text, span)
    return under is not None and any(
        name in _COUNT_FIELDS and cell == "0" for name, cell in zip(*under, strict=True)
    )


def row_counts_victims(text: str, s: int) -> bool:
    r"""Say whether the table row at ``s`` counts victims under its header's column of them.

    "Town | strikes | type | casualties" over "X | 4 | air strikes | 2 wounded": a number
    other than nought and the victims, under a column of the killed or the wounded, counts
    the victims of the row's strike. A bare number ("X | 4" under "Place | Killed") names
    no victims, as a table's bare toll is read.

    Examples
    --------
    >>> t = "Place | type | casualties\nX | air strike | 2 wounded"
    >>> row_counts_victims(t, t.rfind("X"))
    True
    >>> row_counts_victims(t.replace("2 wounded", "2"), t.rfind("X"))
    False
    """
    span = _line_at(text, s)
    if span is None:
        return False
    under = _csv_header_and_row(text, *span) or _under_header(text, span)
    return under is not None and any(
        name in _VICTIM_FIELDS and _VICTIM_COUNT_RE.match(cell) is not None
        for name, cell in zip(*under, strict=True)
    )


def _line_at(text: str, pos: int) -> tuple[int, int] | None:
    """Return the span of the line holding ``pos``, or None when it is longer than a row.

    The search for the line's ends is bounded, so that a text of one long line costs
    a bounded look per sentence.
    """
    lo = max(0, pos - MAX_ROW_CHARS - 1)
    start = text.rfind("\n", lo, pos) + 1
    if start == 0 and lo > 0:
        return None
    end = text.find("\n", pos, pos + MAX_ROW_CHARS + 1)
    if end < 0:
        if len(text) > pos + MAX_ROW_CHARS:
            return None
        end = len(text)
    return start, end


def row_under_strike_heading(text: str, s: int, names_strike: Callable[[int, int], bool]) -> bool:
    """Say whether the line at ``s`` is a table row under a heading that names strikes.

    Parameters
    ----------
    text : str
        The report text.
    s : int
        An offset on the row's line.
    names_strike : callable
        ``(start, end) -> bool``: whether the text span names an air strike.

    Returns
    -------
    bool
        True when the line is a row and, walking up over rows, blank lines and
        short headings, a line naming a strike is met before any other prose.
    """
    span = _line_at(text, s)
    if span is None:
        return False
    first = text[span[0] : span[1]]
    # A count table ("X: 58") under "Number of air strikes documented ...:" names its
    # places one a line, as a table of cells does.
    counts = is_count_row(first)
    closed = row_cells(first, closed=True) and header_place_column(text, span[0]) is not None
    if not (counts or is_row(first) or closed):
        return False
    start = span[0]
    for _ in range(_LOOK_BACK):
        if start == 0:
            return False
        # The line above ends at ``start - 1``; of a long one, its last part is read.
        end = start - 1
        start = text.rfind("\n", max(0, end - _PROSE_CHARS), end) + 1
        if start == 0 and end > _PROSE_CHARS:
            start = end - _PROSE_CHARS
        line = text[start:end]
        if not line.strip():
            continue
        if names_strike(start, end):
            return True
        heading = len(line.strip()) <= _HEADING_CHARS and not _STOP_RE.search(line)
        # A rule under the header row ("------|------|----") is the table's own, however long.
        rule = _RULE_LINE_RE.fullmatch(line) is not None
        # A legend of the table's abbreviations ("Key: A = ...; B = ...") stands between a
        # list's introduction and its table.
        legend = _LEGEND_RE.match(line) is not None
        if not (is_row(line) or heading or rule or legend or (counts and is_count_row(line))):
            return False
    return False


_RECORDS = load("records")
_PLACE_FIELDS = frozenset(_RECORDS["place"])
_LEGEND_RE = re.compile(
    r"[ \t]*+" + alternation(_RECORDS["legend"]) + r"[ \t]*+:[ \t]*+[^=:\n]{1,40}=",
    re.IGNORECASE,
)
_DATE_FIELDS = frozenset(_RECORDS["date"])
_ATTACKER_FIELDS = frozenset(_RECORDS["attacker"])
_FACILITY_FIELDS = frozenset(_RECORDS["facility"])
_WEAPON_FIELDS = frozenset(_RECORDS["weapon"])
_CLAIM_FIELDS = frozenset(_RECORDS["claim"])
#: Words of a weapon field's value that make it an air strike ("barrel bombs (two)").
_AIR_WEAPON_RE = re.compile(r"\b(?:" + "|".join(_RECORDS["air_weapons"]) + r")\b", re.IGNORECASE)
#: Words of an attacker field's value that make it an air strike ("Russian fixed-wing aircraft").
_AIRCRAFT_RE = re.compile(r"\b(?:" + "|".join(_RECORDS["aircraft"]) + r")\b", re.IGNORECASE)
#: Powers an attacker field may name that strike in Syria only from the air ("Coalition").
_GROUND_FIRE_RE = re.compile(r"\b(?:" + "|".join(_RECORDS["ground_fire"]) + r")\b", re.IGNORECASE)
_AIR_STRIKE_RE = re.compile(r"\b(?:" + "|".join(_RECORDS["air_strikes"]) + r")\b", re.IGNORECASE)
_COUNT_FIELDS = frozenset(_RECORDS["counts"])
_VICTIM_FIELDS = frozenset(_RECORDS["victims"])
# A cell counting victims in words: a number other than nought and the victims ("4 killed",
# "2 wounded", "3 civilians"). A bare number ("4" under "Killed") names no victims.
_VICTIM_COUNT_RE = re.compile(
    r"(?:approx\.?[ \t]*|about[ \t]+|at[ \t]+least[ \t]+)?0*[1-9]\d{0,4}[ \t]+"
    r"(?:killed|dead|wounded|injured|civilians?|people|children)\b"
)
_AIR_POWER_RE = re.compile(r"\b(?:" + "|".join(_RECORDS["air_powers"]) + r")", re.IGNORECASE)
#: A field line: a short name, a colon, a value ("Location: Kafr Halab, Aleppo governorate").
_FIELD_RE = re.compile(r"[ \t]*([A-Za-z][A-Za-z ]{0,30}?)[ \t]*:[ \t]*\S")
#: How many lines above and below a field line its entry may reach.
_RECORD_LINES = 12


def field_name(text: str, s: int) -> str | None:
    """Return the name of the field a line opens with ("location"), or None.

    Parameters
    ----------
    text : str
        The report text.
    s : int
        Where the line (or the sentence at its start) begins.

    Returns
    -------
    str or None
        The field name, lowercase, when the line opens with a short name (up to 31 letters
        and spaces) and a colon; callers check the name against the fields they know.

    Examples
    --------
    >>> field_name("Location: Kafr Halab, Aleppo governorate", 0)
    'location'
    >>> field_name("Jets struck the town centre twice on Monday: a witness said so.", 0) is None
    True
    """
    m = _FIELD_RE.match(text, s)
    return m.group(1).lower() if m else None


def is_place_field(text: str, s: int) -> bool:
    r"""Say whether the line at ``s`` is a record's place field ("Location: X").

    A facility field ("Facility: a field hospital, X neighborhood") is the place field of an
    entry that has no location field of its own; beside one, it only names what was hit.

    Examples
    --------
    >>> is_place_field("Date: 3 May\nFacility: a clinic, X\nWeapon: barrel bomb", 12)
    True
    >>> is_place_field("Facility: an ambulance of X\nLocation: a road near Y", 0)
    False
    """
    name = field_name(text, s)
    if name in _PLACE_FIELDS:
        return True
    if name not in _FACILITY_FIELDS:
        return False
    start, end = _block_span(text, s)
    return not any(field_name(text, line) in _PLACE_FIELDS for line in _lines_of(text, start, end))


def is_facility_field(text: str, s: int) -> bool:
    """Say whether the line at ``s`` is a record's facility field ("Facility: a clinic, X")."""
    return field_name(text, s) in _FACILITY_FIELDS


def is_air_weapon_field(text: str, s: int) -> bool:
    """Say whether the line at ``s`` is a weapon field naming a weapon dropped from the air.

    Examples
    --------
    >>> is_air_weapon_field("Weapon: barrel bombs (two)", 0)
    True
    >>> is_air_weapon_field("Weapon: mortar rounds", 0)
    False

    A weapon field naming the aircraft itself ("Means: fixed-wing aircraft") names an air
    strike as well.

    >>> is_air_weapon_field("Means: fixed-wing aircraft", 0)
    True
    """
    return _field_has(text, s, _WEAPON_FIELDS, _AIR_WEAPON_RE) or _field_has(
        text, s, _WEAPON_FIELDS, _AIRCRAFT_RE
    )


def is_claim_field(text: str, s: int) -> bool:
    """Say whether the line at ``s`` names a claimed target ("Claimed target: a depot")."""
    return field_name(text, s) in _CLAIM_FIELDS


def opens_key_field(line: str) -> bool:
    """Say whether a line opens with a record's place or date field ("Location: X").

    Parameters
    ----------
    line : str
        One line of a report.

    Returns
    -------
    bool
        True for a line naming an entry's place or its date, which is a line of its own.

    Examples
    --------
    >>> opens_key_field("Location: Kafr Halab, western Aleppo countryside")
    True
    >>> opens_key_field("Jets struck the town at dawn, residents said")
    False
    """
    name = field_name(line, 0)
    return name is not None and (name in _PLACE_FIELDS or name in _DATE_FIELDS)


def is_date_field(text: str, s: int) -> bool:
    """Say whether the line at ``s`` is a record's date field ("Date: June 4, 2016")."""
    return field_name(text, s) in _DATE_FIELDS


def is_air_attacker_field(text: str, s: int) -> bool:
    """Say whether the line at ``s`` names aircraft as an entry's attacker.

    Parameters
    ----------
    text : str
        The report text.
    s : int
        Where the line begins.

    Returns
    -------
    bool
        True for an attacker field whose value names aircraft.

    Examples
    --------
    >>> is_air_attacker_field("Perpetrator: government helicopters (barrel bombs)", 0)
    True
    >>> is_air_attacker_field("Perpetrator: pro-government militia", 0)
    False
    """
    return _attacker_field_has(text, s, _AIRCRAFT_RE)


def names_air_power(text: str, s: int) -> bool:
    """Say whether the line at ``s`` is an attacker field naming a power that strikes from the air.

    Parameters
    ----------
    text : str
        The report text.
    s : int
        Where the line begins.

    Returns
    -------
    bool
        True for an attacker field whose value names Russia or the coalition, alone or
        beside another party; a strike word elsewhere in the entry then tells its air strike.

    Examples
    --------
    >>> names_air_power("Alleged perpetrator: Russia or Syrian regime", 0)
    True
    >>> names_air_power("Perpetrator: Russian-backed militia", 0)
    False
    """
    return _attacker_field_has(text, s, _AIR_POWER_RE)


#: "Attributed perpetrator: unknown (Syrian or Russian ...)": a value opening on no striker.
_UNKNOWN_ATTACKER_RE = re.compile(
    r"[^:\n]*:[ \t]*" + alternation(_RECORDS["unknown_attacker"]) + r"\b", re.IGNORECASE
)


def names_no_attacker(text: str, start: int, end: int) -> bool:
    """Say whether a line of an entry is an attacker field whose value opens on no striker.

    Parameters
    ----------
    text : str
        The report text.
    start, end : int
        The entry's span (see ``record_span``); each of its lines is read.

    Returns
    -------
    bool
        True for an attacker field opening with "unknown" or "unidentified", whatever
        air forces a bracket after it guesses at.

    Examples
    --------
    >>> names_no_attacker("Perpetrator: unknown (Syrian or Russian aircraft)", 0, 49)
    True
    >>> names_no_attacker("Perpetrator: Russian aircraft (unknown type)", 0, 44)
    False
    """
    return any(
        field_name(text, line) in _ATTACKER_FIELDS
        and _UNKNOWN_ATTACKER_RE.match(text, line) is not None
        for line in _lines_of(text, start, end)
    )


def _attacker_field_has(text: str, s: int, pattern: re.Pattern[str]) -> bool:
    """Say whether the line at ``s`` is an attacker field whose line ``pattern`` matches."""
    return _field_has(text, s, _ATTACKER_FIELDS, pattern)


def _field_has(text: str, s: int, fields: frozenset[str], pattern: re.Pattern[str]) -> bool:
    """Say whether the line at ``s`` is one of ``fields`` and ``pattern`` matches its line."""
    if field_name(text, s) not in fields:
        return False
    end = text.find("\n", s)
    end = len(text) if end < 0 else end
    return pattern.search(text, s, end) is not None


def record_span(text: str, s: int) -> tuple[int, int]:
    """Return the span of the entry holding the line at ``s``: its run of non-blank lines.

    Parameters
    ----------
    text : str
        The report text.
    s : int
        An offset on one of the entry's lines.

    Returns
    -------
    tuple of int
        Start and end of the entry, at most ``_RECORD_LINES`` lines either side.
    """
    start, end = _block_span(text, s)
    # "Summary: Local sources said a strike hit the town" set off by a blank line under an
    # entry's field lines is the entry's own note: a paragraph opening with a field other
    # than a place or a date, holding no place field and pointing back at the entry's place
    # by its kind ("the town", "the city's"), joins the block of fields just above it.
    if _note_paragraph(text, start, end):
        above = _paragraph_above(text, start)
        if above is not None and _has_place_field(text, *above):
            return above[0], end
    below = _paragraph_below(text, end)
    if below is not None and _has_place_field(text, start, end) and _note_paragraph(text, *below):
        return start, below[1]
    return start, end


#: "the town", "the city's": a note pointing back at its entry's place by the place's kind.
_KIND_BACK_RE = re.compile(r"\bthe\s+(?:town|city|village)\b(?!\s+of\b)", re.IGNORECASE)


#: A line drawn across a page ("---", "* * *", "=====") parts entries as a blank line does:
#: a database export or a log rules its entries off one from the next.
_ENTRY_RULE_RE = re.compile(r"[-=_*~ \t]+")


def _parts_entries(text: str, start: int, end: int) -> bool:
    """Say whether the line from ``start`` to ``end`` is blank or a rule between entries."""
    line = text[start:end]
    return not line.strip() or (
        _ENTRY_RULE_RE.fullmatch(line) is not None
        and len(line.replace(" ", "").replace("\t", "")) >= 3
    )


def _block_span(text: str, s: int) -> tuple[int, int]:
    """Return the run of lines holding ``s`` between blank or rule lines.

    At most ``_RECORD_LINES`` lines either side.
    """
    start = text.rfind("\n", 0, s) + 1
    for _ in range(_RECORD_LINES):
        above = text.rfind("\n", 0, max(0, start - 1)) + 1
        if start == 0 or _parts_entries(text, above, start - 1):
            break
        start = above
    end = text.find("\n", s)
    end = len(text) if end < 0 else end
    for _ in range(_RECORD_LINES):
        below = text.find("\n", end + 1)
        below = len(text) if below < 0 else below
        if end >= len(text) or _parts_entries(text, end + 1, below):
            break
        end = below
    return start, end


def _lines_of(text: str, start: int, end: int) -> list[int]:
    """Return the starts of the lines between ``start`` and ``end``."""
    starts = [start]
    at = text.find("\n", start, end)
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1, end)
    return starts


def _has_place_field(text: str, start: int, end: int) -> bool:
    """Say whether a block of lines holds a place field."""
    return any(is_place_field(text, line) for line in _lines_of(text, start, end))


def _note_paragraph(text: str, start: int, end: int) -> bool:
    """Say whether a block opens with a field other than a place or a date, and has no place."""
    name = field_name(text, start)
    return (
        name is not None
        and name not in _PLACE_FIELDS
        and name not in _DATE_FIELDS
        and _KIND_BACK_RE.search(text, start, end) is not None
        and not _has_place_field(text, start, end)
    )


def _paragraph_above(text: str, start: int) -> tuple[int, int] | None:
    """Return the block of lines just above ``start`` past one blank line, if any."""
    if start < 2 or text[start - 1] != "\n":
        return None
    blank = text.rfind("\n", 0, start - 1)
    if blank < 0 or text[blank + 1 : start - 1].strip():
        return None
    if blank == 0 or not text[text.rfind("\n", 0, blank) + 1 : blank].strip():
        return None
    return _block_span(text, blank - 1)


def _paragraph_below(text: str, end: int) -> tuple[int, int] | None:
    """Return the block of lines just below ``end`` past one blank line, if any."""
    blank = text.find("\n", end + 1)
    if end >= len(text) or blank < 0 or text[end + 1 : blank].strip():
        return None
    nxt = text.find("\n", blank + 1)
    nxt = len(text) if nxt < 0 else nxt
    if not text[blank + 1 : nxt].strip():
        return None
    return _block_span(text, blank + 1)
