"""Time playback in the app: the played-by-day map of the filtered strikes."""

from __future__ import annotations

import re

from test_app import app  # noqa: F401 - the fixture


def shown_page(at) -> str:
    frames = at.get("iframe")
    assert len(frames) == 1
    return frames[0].proto.srcdoc


def test_the_playback_is_off_until_asked_and_then_shows_the_view(app):  # noqa: F811
    assert not app.get("iframe")
    app.toggle(key="playback").set_value(True).run()
    assert not app.exception
    page = shown_page(app)
    assert "<script" in page and "sm-title" in page
    # Every script, stylesheet and image inline (links in the attribution are not fetched).
    assert not re.search(r'src="https?://|<link[^>]*href="https?://', page)
    size_all = len(page)
    app.multiselect(key="f_factions").set_value(["opposition"]).run()
    narrowed = shown_page(app)
    assert narrowed != page and len(narrowed) < size_all


def test_the_playback_carries_the_typed_title(app):  # noqa: F811
    app.text_input(key="dl_title").set_value("Strikes by day").run()
    app.toggle(key="playback").set_value(True).run()
    assert "<title>Strikes by day</title>" in shown_page(app)
