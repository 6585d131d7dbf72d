"""The review view's queue and event names as an analyst reads them: words, not codes."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from geo.review import queue as review

#: Why an event is queued, in words (the codes are :data:`geo.review.queue.REASONS`).
REASON_LABELS = {
    "unresolved": "Place not found",
    "low_score": "Loose match",
    "by_context": "Homonym chosen by context",
    "flagged": "Doubted",
}
#: Headers of the queue table.
QUEUE_HEADERS = {
    "reasons": "Why",
    "place_as_written": "As written",
    "place_name": "Placed at",
    "event_date": "Date",
    "doc": "Report",
}


def reasons_text(reasons: object) -> str:
    """Return the ``"|"``-joined reason codes of an event in words.

    Examples
    --------
    >>> reasons_text("low_score|flagged")
    'Loose match, doubted'
    >>> reasons_text("")
    ''
    """
    codes = [c for c in str(reasons or "").split("|") if c]
    words = [REASON_LABELS.get(c, c.replace("_", " ")) for c in codes]
    return ", ".join(w if i == 0 else w[:1].lower() + w[1:] for i, w in enumerate(words))


def event_names(events: pd.DataFrame, titles: Mapping[str, str]) -> dict[str, str]:
    """Map each event's ``event_key`` to "date · place → placed at · report title".

    Parameters
    ----------
    events : pandas.DataFrame
        Events with ``event_key``, ``event_date``, ``place_as_written``,
        ``place_name`` and ``doc``.
    titles : mapping of str to str
        Each document's title (:func:`geo.app.labels.doc_titles`).

    Returns
    -------
    dict
        In date order, as :func:`geo.review.queue.flaggable` orders them.
    """
    out = {}
    for key, name in review.flaggable(events).items():
        head, _, doc = name.rpartition(" · ")
        out[key] = f"{head} · {titles.get(doc, doc)}" if head else name
    return out


def queue_table(queue: pd.DataFrame, titles: Mapping[str, str]) -> pd.DataFrame:
    """Return the review queue as the page shows it: reasons in words, report titles.

    Parameters
    ----------
    queue : pandas.DataFrame
        As :func:`geo.review.queue.review_queue` returns it.
    titles : mapping of str to str
        Each document's title.

    Returns
    -------
    pandas.DataFrame
        Columns of :data:`QUEUE_HEADERS`, a fresh index.
    """
    out = pd.DataFrame(queue[list(QUEUE_HEADERS)]).copy()
    out["reasons"] = [reasons_text(r) for r in out["reasons"]]
    out["event_date"] = [("" if pd.isna(d) else str(d)) for d in out["event_date"]]
    out["doc"] = [titles.get(str(d), str(d)) for d in out["doc"]]
    return out.rename(columns=QUEUE_HEADERS).reset_index(drop=True)
