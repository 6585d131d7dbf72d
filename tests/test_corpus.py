from datetime import date
from pathlib import Path

import pytest

from geo.errors import DocumentError, InputError
from geo.ingest.corpus import (
    MAX_DOCUMENT_BYTES,
    parse_document,
    read_corpus,
    safe_url,
    split_front_matter,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

EXPECTED_PUBLISHED = {
    "000_74f1f7d490c13f6e": date(2016, 11, 15),
    "001_ced8fcaa59235753": date(2015, 10, 29),
    "002_002fb6ada771653b": date(2015, 10, 8),
    "003_b4aa22d952779b39": date(2015, 10, 7),
    "004_bb534bff30fdb769": date(2015, 10, 7),
}


def test_seeds_read_with_manifest_dates():
    result = read_corpus(SEEDS)
    assert result.problems == []
    got = {d.doc_id: d.published for d in result.documents}
    assert got == EXPECTED_PUBLISHED
    sources = {d.doc_id: d.source for d in result.documents}
    assert sources["002_002fb6ada771653b"] == "BuzzFeed News"


def test_seed_text_is_unchanged():
    # Unchanged but for a no-break space, which reads as a space (one character for one).
    for doc in read_corpus(SEEDS).documents:
        written = (SEEDS / f"{doc.doc_id}.txt").read_text(encoding="utf-8")
        assert doc.text == written.replace("\u00a0", " ")


def test_front_matter_parsed_and_stripped():
    raw = b"---\ntitle: A report\npublished: 2015-10-07\nsource: LCC\nfoo: bar\n---\nBody text.\n"
    doc = parse_document("r.txt", raw)
    assert doc.published == date(2015, 10, 7)
    assert doc.title == "A report"
    assert doc.source == "LCC"
    assert doc.text == "Body text.\n"


def test_front_matter_beats_manifest_key_by_key():
    raw = b"---\npublished: 2015-10-09\n---\nBody.\n"
    manifest = {"file": "r.txt", "title": "From manifest", "published": "2015-10-01"}
    doc = parse_document("r.txt", raw, manifest=manifest)
    assert doc.published == date(2015, 10, 9)
    assert doc.title == "From manifest"


def test_front_matter_and_manifest_in_one_folder(tmp_path):
    (tmp_path / "a.txt").write_text("---\npublished: 2015-10-01\n---\nStrikes on Idlib.\n")
    (tmp_path / "b.txt").write_text("Strikes on Hama.\n")
    (tmp_path / "manifest.csv").write_text(
        "file,title,source,url,published\nb.txt,B,,,2015-10-02\n"
    )
    docs = {d.doc_id: d for d in read_corpus(tmp_path).documents}
    assert docs["a"].published == date(2015, 10, 1)
    assert docs["b"].published == date(2015, 10, 2)
    assert docs["b"].title == "B"


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        ("published: x".encode("utf-16"), "UTF-16"),
        ("Caf\u00e9 bombed".encode("latin-1"), "not valid UTF-8"),
        (b"---\npublished: 2015-10-07\nno closing line\n", "never closed"),
        (b"---\npublished: 2015-10-07\nthis is not a key value line\n---\nBody\n", "line 3"),
        (b"---\npublished: 2015-02-30\n---\nBody\n", "not a real day"),
        (b"---\npublished: 07/10/2015\n---\nBody\n", "not YYYY-MM-DD"),
        (b"---\npublished: 7 Oct\n---\nBody\n", "not YYYY-MM-DD"),
        (b"---\npublished: 30 Feb 2015\n---\nBody\n", "not a real day"),
        (b"---\npublished: 2015-10-07 25:61\n---\nBody\n", "not YYYY-MM-DD"),
        (b"---\npublished: 0001-01-01\n---\nJets struck X yesterday.\n", "outside 1990-2100"),
        (b"---\npublished: 2101-01-01\n---\nBody\n", "outside 1990-2100"),
        (b"---\npublished: 1989-12-31\n---\nBody\n", "outside 1990-2100"),
        (b"---\npublished: 2015-10-07\n---\n", "no text"),
        (b"A report with no date at all.\n", "no publication date"),
    ],
)
def test_bad_documents_give_one_line_errors(raw, fragment):
    with pytest.raises(DocumentError) as info:
        parse_document("bad.txt", raw)
    message = str(info.value)
    assert message.startswith("bad.txt: ")
    assert fragment in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "written",
    [
        "2016-11-16 14:22",
        "2016-11-16T14:22:05+03:00",
        "2016-11-16T23:10Z",
        "16 Nov 2016",
        "November 16, 2016",
        "Nov. 16, 2016",
        "Wed, 16 Nov 2016 14:22 GMT",
    ],
)
def test_a_publication_date_with_its_time_or_its_months_name_is_read(written):
    # A page's stamp keeps its time of day, or names the month: the day is as written.
    doc = parse_document("d.txt", f"---\npublished: {written}\n---\nBody\n".encode())
    assert doc.published == date(2016, 11, 16)


def test_oversized_document_is_refused():
    with pytest.raises(DocumentError, match="limit"):
        parse_document("big.txt", b"a" * (MAX_DOCUMENT_BYTES + 1))


def test_default_published_for_uploads_without_metadata():
    doc = parse_document("up.txt", b"Jets struck Talbiseh.", default_published=date(2015, 10, 1))
    assert doc.published == date(2015, 10, 1)


def test_bad_document_does_not_stop_the_others(tmp_path):
    (tmp_path / "good.txt").write_text("---\npublished: 2015-10-01\n---\nStrikes on Idlib.\n")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00")
    result = read_corpus(tmp_path)
    assert [d.doc_id for d in result.documents] == ["good"]
    assert len(result.problems) == 1
    assert "bad.txt" in str(result.problems[0])


def test_missing_and_empty_folders(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_corpus(tmp_path / "nope")
    with pytest.raises(InputError, match="no .txt"):
        read_corpus(tmp_path)


def test_crlf_and_bom_are_normalised():
    doc = parse_document("w.txt", b"\xef\xbb\xbf---\r\npublished: 2015-10-07\r\n---\r\nLine\r\n")
    assert doc.text == "Line\n"


HEAD = "---\npublished: 2016-03-03\n---\n"


@pytest.mark.parametrize(
    ("body", "text"),
    [
        # A page's HTML character references, named and numbered, decoded.
        (
            "Jets hit Ma&#8217;arat al-Numan &amp; Kafr&nbsp;Nabl.",
            "Jets hit Ma\u2019arat al-Numan & Kafr Nabl.",
        ),
        # No-break, thin and other typographic spaces are spaces; line and paragraph
        # separators are line breaks. One character for one: offsets do not move.
        (
            "On 14\u00a0October, Oct.\u202f9, al-Bab\u2009and\u3000Azaz.\u2028Next\u2029line.",
            "On 14 October, Oct. 9, al-Bab and Azaz.\nNext\nline.",
        ),
        ("Raids on Tal&#x2d;Rifaat &mdash; again.", "Raids on Tal-Rifaat \u2014 again."),
        # A reference HTML does not know, or one without its semicolon, is text.
        ("AT&T and R&D; &copy 2016 &bogus;", "AT&T and R&D; &copy 2016 &bogus;"),
        # A line break written as a reference is a line break like the others.
        ("One.&#13;&#10;Two.", "One.\nTwo."),
        # Invisible characters inside or between words are dropped.
        ("Sara\u00adqeb and Bin\u200bnish\u200e were hit\u2060.", "Saraqeb and Binnish were hit."),
        # Joiners that shape Arabic script are kept.
        (
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0645",
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0645",
        ),
    ],
)
def test_page_residue_is_decoded(body, text):
    doc = parse_document("w.txt", (HEAD + body).encode())
    assert doc.text == text


def test_a_report_of_page_residue_gives_the_events_of_its_plain_text():
    from geo.extract import extract_events
    from geo.geocode.gazetteer import load_gazetteer

    finder = load_gazetteer().find_mentions
    plain = parse_document(
        "a.txt", (HEAD + "Russian jets struck Saraqeb and Kafr Nabl on Tuesday.").encode()
    )
    residue = parse_document(
        "a.txt",
        (HEAD + "Russian&nbsp;jets struck Sara\u00adqeb &amp; Kafr&#160;Nabl on Tuesday.").encode(),
    )
    places = [
        (e.place_as_written.replace("\u00a0", " "), e.event_date)
        for e in extract_events(residue, finder)
    ]
    expected = [(e.place_as_written, e.event_date) for e in extract_events(plain, finder)]
    assert places == expected
    assert [p for p, _ in expected] == ["Saraqeb", "Kafr Nabl"]


def test_an_incident_list_whose_days_are_written_with_no_break_spaces_keeps_its_days():
    # A page types "11&nbsp;October" so that the day and month stay on one line: each entry
    # of the list is still dated by its own day, as with a plain space.
    from geo.extract import extract_events
    from geo.geocode.gazetteer import load_gazetteer

    finder = load_gazetteer().find_mentions
    body = (
        "Between 1 and 31 October 2016 we recorded the attacks below.\n\n"
        "1. Kafr Nabl, 4{s}October. An aircraft bombed the market of Kafr Nabl, killing three.\n\n"
        "2. Hass, 11{s}October. A missile hit a clinic on the edge of Hass.\n\n"
        "3. Ihsim, 17{s}October. A helicopter dropped two barrel bombs near a school in Ihsim.\n"
    )
    head = "---\ntitle: Attacks on the south of Idlib\npublished: 2016-11-02\n---\n"
    found = {}
    for space in (" ", "&nbsp;", "\u00a0", "\u202f"):
        doc = parse_document("l.txt", (head + body.format(s=space)).encode())
        found[space] = [(e.place_as_written, e.event_date) for e in extract_events(doc, finder)]
    assert found[" "] == [
        ("Kafr Nabl", date(2016, 10, 4)),
        ("Hass", date(2016, 10, 11)),
        ("Ihsim", date(2016, 10, 17)),
    ]
    assert found["&nbsp;"] == found["\u00a0"] == found["\u202f"] == found[" "]


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a", True),
        ("http://example.org/a", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,<script>x</script>", False),
        ("//example.org", False),
        ("", False),
    ],
)
def test_only_http_urls_are_kept(url, kept):
    assert (safe_url(url) is not None) is kept


def test_front_matter_without_opening_is_body():
    meta, body = split_front_matter("Title\n---\nmore", "x.txt")
    assert meta == {}
    assert body == "Title\n---\nmore"


def test_publication_date_outside_the_sane_window_skips_only_that_report(tmp_path):
    (tmp_path / "good.txt").write_text("---\npublished: 2015-10-01\n---\nStrikes on Idlib.\n")
    (tmp_path / "old.txt").write_text("---\npublished: 0001-01-01\n---\nJets struck Idlib.\n")
    result = read_corpus(tmp_path)
    assert [d.doc_id for d in result.documents] == ["good"]
    assert [str(p).split(":")[0] for p in result.problems] == [str(tmp_path / "old.txt")]
