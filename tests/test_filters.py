from datetime import date

from geo.analysis.filters import filter_events


def test_no_filter_keeps_all(small_events):
    assert len(filter_events(small_events)) == 3


def test_date_range_drops_undated_only_when_bounded(small_events):
    out = filter_events(small_events, date_from=date(2015, 10, 8))
    assert list(out["place_as_written"]) == ["Raqqa"]
    out = filter_events(small_events, date_to=date(2015, 10, 7))
    assert list(out["place_as_written"]) == ["Kafranbel"]


def test_faction_none_keeps_unjoined(small_events):
    out = filter_events(small_events, factions=["none", "isis"])
    assert list(out["place_as_written"]) == ["Raqqa", "Nowhere"]
    assert len(filter_events(small_events, factions=[])) == 0


def test_claimant_doc_and_text(small_events):
    assert list(filter_events(small_events, claimants=["russian_mod"])["place_as_written"]) == [
        "Raqqa"
    ]
    assert len(filter_events(small_events, docs=["b"])) == 2
    assert list(filter_events(small_events, text="NOWHERE")["place_as_written"]) == ["Nowhere"]
