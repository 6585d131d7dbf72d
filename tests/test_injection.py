"""Hostile text in reports never becomes markup or script in the rendered map.

Structural checks on the HTML and JavaScript folium writes (the browser tests
in ``tests/browser/test_injection_browser.py`` check what actually runs).
Exports are data, so there the text must come back exactly as written.
"""

from __future__ import annotations

import base64
import csv
import html
import io
import json
import re
import zlib
from html.parser import HTMLParser
from pathlib import Path

import geopandas as gpd
import pytest
from hostile.corpus import (
    HOSTILE_FILE_NAMES,
    JAVASCRIPT_URL,
    PAYLOADS,
    reports,
    with_hostile_places,
    write_corpus,
)

from geo import pipeline
from geo.output import export, webmap

#: Tags the popup, tooltip, title and legend markup may hold.
ALLOWED_TAGS = {"div", "span", "table", "tr", "th", "td", "blockquote", "a", "h4"}
#: Attributes those tags may carry.
ALLOWED_ATTRS = {"class", "style", "href", "target", "rel", "id"}
#: Payloads that would change the page if they reached it unescaped.
ACTIVE = [p for p in PAYLOADS if re.search(r"[<>`]|\$\{", p.text)]
#: Payloads that would be markup anywhere in the page (the others only matter in
#: the backquoted strings folium writes, checked popup by popup).
MARKUP = [p for p in PAYLOADS if "<" in p.text]


class Markup(HTMLParser):
    """Collect the tags, attributes and text of a markup fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(fragment: str) -> Markup:
    parser = Markup()
    parser.feed(fragment)
    parser.close()
    return parser


def assert_inert(fragment: str) -> str:
    """Assert a fragment holds only the expected tags and safe links; return its text."""
    parsed = parse(fragment)
    for tag, attrs in parsed.tags:
        assert tag in ALLOWED_TAGS, f"unexpected <{tag}> in {fragment[:200]!r}"
        for name, value in attrs:
            assert name in ALLOWED_ATTRS, f"unexpected attribute {name!r} on <{tag}>"
            if name == "href":
                assert value and value.startswith(("https://", "http://")), value
    return "".join(parsed.text)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> gpd.GeoDataFrame:
    folder = tmp_path_factory.mktemp("hostile")
    write_corpus(folder)
    result = pipeline.build(folder)
    assert result.problems == []
    return with_hostile_places(result.events)


@pytest.fixture(scope="module")
def page(hostile: gpd.GeoDataFrame) -> str:
    title = "Map " + " ".join(p.text for p in ACTIVE)
    m = webmap.build_map(hostile, title=title, assets="cdn")
    return m.get_root().render()


def template_literals(page: str, opener: str) -> list[str]:
    """Return the contents of the backquoted strings that follow ``opener``."""
    return re.findall(re.escape(opener) + r"\s*`(.*?)`", page, flags=re.S)


def marker_rows(page: str) -> list[list[object]]:
    """Return the rows of the page's strike markers: position, colour, popup, tooltip."""
    found = re.findall(r"^\s*var rows = (.*);$", page, flags=re.M)
    for raw in found:
        assert "</" not in raw and "<!--" not in raw  # nothing in the data closes the script
    return [row for raw in found for row in json.loads(raw)]


def test_every_report_yields_an_event(hostile: gpd.GeoDataFrame) -> None:
    assert set(hostile["doc"]) == {Path(r.file_name).stem for r in reports()}
    assert webmap.located(hostile).shape[0] == len(hostile)
    for report in reports():
        if report.payload.name.startswith(("file_name", "long")):
            continue
        quotes = hostile.loc[hostile["doc"] == Path(report.file_name).stem, "quote"]
        assert quotes.str.contains(report.payload.as_read, regex=False).any(), report.file_name


@pytest.mark.parametrize("payload", MARKUP, ids=lambda p: p.name)
def test_no_markup_payload_reaches_the_page_raw(page: str, payload) -> None:
    assert payload.text not in page


def test_popups_hold_only_inert_markup_and_show_the_text(
    page: str, hostile: gpd.GeoDataFrame
) -> None:
    popups = [str(row[3]) for row in marker_rows(page)]
    assert len(popups) == len(hostile)
    texts = []
    for popup in popups:
        assert "${" not in popup and "</script" not in popup.lower()
        texts.append(assert_inert(popup))
    shown = "\n".join(texts)
    for report in reports():
        expected = report.payload.as_read
        if report.payload.name.startswith("file_name"):
            # A titled report shows publisher and title, never its file name.
            assert Path(report.file_name).stem not in shown
            expected = "Source: Wire \u00b7 Named \u00b7 2015-10-09"
        assert expected in shown, report.payload.name
    assert "&lt;b&gt;not bold&lt;/b&gt; &amp; &#96; &quot;" in shown


def test_tooltips_hold_only_inert_markup(page: str, hostile: gpd.GeoDataFrame) -> None:
    # The strikes' tooltips, then the contradiction rings' (written by folium).
    tooltips = [str(row[4]) for row in marker_rows(page)] + template_literals(page, "bindTooltip(")
    assert len(tooltips) >= len(hostile)
    for tooltip in tooltips:
        assert "${" not in tooltip and "</script" not in tooltip.lower()
        assert_inert(tooltip)


@pytest.mark.parametrize("payload", PAYLOADS, ids=lambda p: p.name)
def test_tooltip_of_a_hostile_place_shows_it_as_text(payload) -> None:
    tooltip = webmap.tooltip_text({"place_as_written": payload.text, "event_date": None})
    assert "`" not in tooltip and "${" not in tooltip
    assert assert_inert(tooltip).startswith(payload.text)


def test_title_legend_and_page_title_are_escaped(page: str) -> None:
    overlays = [json.loads(m) for m in re.findall(r"div\.innerHTML = (\".*?\");\n", page)]
    assert len(overlays) == 2
    title_box, legend = (assert_inert(markup) for markup in overlays)
    for payload in ACTIVE:
        assert payload.text in title_box
    assert "Ground held by" in legend
    head = re.search(r"<title>(.*?)</title>", page, flags=re.S).group(1)
    assert "<" not in head
    assert html.unescape(head).startswith("Map <script>")


def test_javascript_urls_never_become_links(page: str) -> None:
    assert not re.search(r"href\s*=\s*[\"']?\s*javascript:", page, flags=re.I)
    hrefs = re.findall(r'href=\\?"([^"\\]*)', page)
    assert hrefs and all(h.startswith("https://") for h in hrefs)


def test_markup_in_a_url_is_escaped() -> None:
    from test_webmap import make_events

    events = make_events([("Raqqa", 35.95, 39.01, "isis")])
    events["doc_url"] = 'https://example.org/"><img src=x onerror=window.__pwned=1>'
    popup = webmap.popup_html(events.iloc[0].to_dict())
    assert "<img" not in popup
    assert assert_inert(popup)


def test_big_map_carries_the_text_as_data(hostile: gpd.GeoDataFrame) -> None:
    page = webmap.build_map(hostile, assets="cdn", big_threshold=1).get_root().render()
    for payload in MARKUP:
        assert payload.text not in page
    blob = re.search(r'StrikemapCanvas\.decode\("([A-Za-z0-9+/=]*)"\)', page).group(1)
    data = json.loads(zlib.decompress(base64.b64decode(blob)).decode("utf-8"))
    quotes = set(data["c"]["q"]["v"])
    assert quotes == set(hostile["quote"])
    urls = [doc[2] for doc in data["c"]["s"]["v"]]
    assert JAVASCRIPT_URL not in urls
    assert all(u is None or u.startswith("https://") for u in urls)


def test_contradiction_text_is_safe_in_a_tooltip() -> None:
    """The app's contradiction rings label strikes with extracted words; esc covers HTML."""
    text = webmap.js_template_safe(webmap.esc("`${window.__pwned=1}` <b>"))
    assert "`" not in text and "${" not in text and "<b>" not in text


def test_csv_export_keeps_the_text_literally(hostile: gpd.GeoDataFrame) -> None:
    rows = list(csv.DictReader(io.StringIO(export.csv_text(hostile))))
    assert [r["quote"] for r in rows] == list(hostile["quote"])
    assert [r["doc_title"] for r in rows] == list(hostile["doc_title"])
    assert [r["place_as_written"] for r in rows] == list(hostile["place_as_written"])
    assert not any(r["doc_url"].startswith("javascript:") for r in rows)


def test_geojson_export_keeps_the_text_literally(hostile: gpd.GeoDataFrame) -> None:
    features = json.loads(export.geojson_text(hostile))["features"]
    props = {f["properties"]["event_id"]: f["properties"] for f in features}
    for row in hostile.itertuples():
        assert props[row.event_id]["quote"] == row.quote
        assert props[row.event_id]["doc_source"] == row.doc_source
        assert props[row.event_id]["doc"] == row.doc


def test_hostile_file_names_become_plain_document_ids(hostile: gpd.GeoDataFrame) -> None:
    stems = {Path(name).stem for name in HOSTILE_FILE_NAMES[:2]}
    assert stems <= set(hostile["doc"])
