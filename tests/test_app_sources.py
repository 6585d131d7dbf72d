"""Sources in the map's popups: publisher, title and date, the report linked safely."""

from __future__ import annotations

import re
from datetime import date

from geo.output import webmap

ROW = {
    "place_name": "Tall Abyad",
    "doc": "004_3f2a9c",
    "doc_title": "Jets hit <em>the</em> market",
    "doc_source": "Daily Courier & Post",
    "doc_url": 'https://example.org/a?x=1&y="2"',
    "published": date(2015, 11, 2),
    "quote": "Jets hit the market at noon.",
}


def source_of(row: dict) -> str:
    markup = webmap.popup_html(row)
    return re.search(r'<div class="sm-source">(.*?)</div></div>$', markup).group(1)


def test_popup_shows_publisher_title_and_date_not_the_file_name():
    source = source_of(ROW)
    assert source.startswith("Source: Daily Courier &amp; Post &middot; <a ")
    assert "Jets hit &lt;em&gt;the&lt;/em&gt; market</a> &middot; 2015-11-02" in source
    assert "004_3f2a9c" not in source


def test_the_report_link_opens_a_new_tab_without_referrer():
    source = source_of(ROW)
    link = re.search(r"<a ([^>]*)>", source).group(1)
    assert 'href="https://example.org/a?x=1&amp;y=&quot;2&quot;"' in link
    assert 'target="_blank"' in link and 'rel="noopener noreferrer"' in link


def test_only_http_links_are_made():
    for url in ("javascript:alert(1)", "data:text/html,hi", "file:///etc/passwd", " ftp://x"):
        assert "<a " not in source_of({**ROW, "doc_url": url})


def test_a_report_with_no_title_falls_back_to_its_file_name():
    source = source_of({**ROW, "doc_title": None, "doc_url": None, "doc_source": None})
    assert source == "Source: 004_3f2a9c &middot; 2015-11-02"


def test_the_big_map_builds_the_same_source_line():
    script = webmap.STRIKE_SHARED_JS.read_text(encoding="utf-8")
    assert 'a.rel = "noopener noreferrer"' in script
    assert '"[" + (doc[0]' not in script  # the file name is no longer printed beside the title
