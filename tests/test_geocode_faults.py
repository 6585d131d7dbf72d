"""The opt-in online geocoder against a misbehaving local service.

A stub Nominatim on 127.0.0.1 (a thread, a random free port, a bounded number
of requests) answers each request from a script: a good answer, a 500, a 429,
a timeout, garbage or JSON of the wrong shape. The geocoder built by
:func:`geo.geocode.geocoders.make_nominatim` must retry with a wait between attempts,
keep its minimum delay between requests (measured on the server side), fall
back to the offline gazetteer with a warning once the retries are spent, and
never leave a corrupt cache, not even when killed while writing it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from events_factory import strike_event as event

from geo.geocode.geocoders import (
    CachedGeocoder,
    GeocoderFallbackWarning,
    geocode_events,
    make_nominatim,
)

#: Most requests one test may send; the stub answers 503 past it and the test fails.
MAX_REQUESTS = 40
#: Client timeout used against the stub (a "timeout" answer sleeps longer).
CLIENT_TIMEOUT = 0.3
#: Client timeout for scripts with no stall.
RELAXED_TIMEOUT = 10.0
ROOT = Path(__file__).resolve().parent.parent

GOOD = [
    {
        "place_id": 7,
        "osm_type": "node",
        "osm_id": 42,
        "lat": "35.1",
        "lon": "36.7",
        "display_name": "Stubtown, Hama, Syria",
        "name": "Stubtown",
        "addresstype": "village",
    }
]
BODIES = {
    "ok": json.dumps(GOOD).encode(),
    "empty": b"[]",
    "garbage": b"<html><body>Bad gateway</body></html>",
    "truncated": json.dumps(GOOD).encode()[:25],
    "wrong_shape": b'{"features": "unexpected"}',
    "bad_number": json.dumps([{**GOOD[0], "lat": "north", "lon": "east"}]).encode(),
}


@dataclass
class Stub:
    """A scripted Nominatim: ``script[i]`` says how to answer request ``i``."""

    script: list[str]
    stop: threading.Event = field(default_factory=threading.Event)
    times: list[float] = field(default_factory=list)
    queries: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    host: str = ""

    def next(self, query: str) -> str:
        with self.lock:
            self.times.append(time.monotonic())
            self.queries.append(query)
            n = len(self.times)
        if n > MAX_REQUESTS:
            return "overload"
        return self.script[min(n, len(self.script)) - 1]

    def gaps(self) -> list[float]:
        return [b - a for a, b in zip(self.times, self.times[1:], strict=False)]


def _handler(stub: Stub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            query = parse_qs(urlparse(self.path).query).get("q", [""])[0]
            action = stub.next(query)
            if action == "timeout":
                stub.stop.wait(CLIENT_TIMEOUT * 4)
                action = "ok"
            status = {"500": 500, "429": 429, "overload": 503}.get(action, 200)
            body = BODIES.get(action, b"{}")
            self.send_response(status)
            if status == 429:
                self.send_header("Retry-After", "0")
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except OSError:
                pass  # the client gave up (timeout)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@pytest.fixture
def stub() -> Iterator[Stub]:
    state = Stub(script=["ok"])
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    state.host = f"127.0.0.1:{server.server_port}"
    try:
        yield state
    finally:
        state.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
    assert len(state.times) <= MAX_REQUESTS + 3  # past it, the client gives up after retries


def online(stub: Stub, cache: Path, **kwargs: float) -> CachedGeocoder:
    # A short client timeout only where the stub is scripted to stall: elsewhere a
    # loaded machine must not turn a slow answer into an unscripted retry.
    stalls = "timeout" in stub.script
    options = {
        "min_delay_seconds": 0.0,
        "error_wait_seconds": 0.05,
        "max_retries": 2,
        "timeout": CLIENT_TIMEOUT if stalls else RELAXED_TIMEOUT,
    }
    options.update(kwargs)
    return make_nominatim("strikemap-tests", cache, domain=stub.host, scheme="http", **options)


def cache_entries(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize("fault", ["500", "429", "timeout", "garbage", "truncated"])
def test_retries_after_a_fault_then_succeeds(stub: Stub, tmp_path: Path, gaz, fault: str) -> None:
    stub.script = [fault, fault, "ok"]
    geocoder = online(stub, tmp_path / "n.json", error_wait_seconds=0.2)
    df = geocode_events([event("Stubtown")], gazetteer=gaz, online=geocoder)
    assert df.loc[0, "resolved"] and df.loc[0, "place_id"] == "online:node42"
    assert len(stub.times) == 3
    # geopy waits error_wait_seconds after each failed attempt (timeouts add their own wait)
    assert all(gap >= 0.2 - 0.02 for gap in stub.gaps()), stub.gaps()
    assert list(cache_entries(tmp_path / "n.json").values())[0]["latitude"] == 35.1


@pytest.mark.parametrize("fault", ["500", "429", "timeout", "garbage", "wrong_shape", "bad_number"])
def test_spent_retries_fall_back_to_the_gazetteer(
    stub: Stub, tmp_path: Path, gaz, fault: str
) -> None:
    stub.script = [fault]
    cache = tmp_path / "n.json"
    geocoder = online(stub, cache)
    with pytest.warns(GeocoderFallbackWarning, match="using the offline gazetteer"):
        df = geocode_events([event("Latamneh")], gazetteer=gaz, online=geocoder, fallback=False)
    assert df.loc[0, "resolved"] and df.loc[0, "place_id"].startswith("ocha:")
    assert 1 <= len(stub.times) <= 3  # one try and at most max_retries retries
    assert not cache.exists() or cache_entries(cache) == {}  # a failure is never cached


def test_failure_for_an_unknown_name_leaves_it_unresolved(stub: Stub, tmp_path: Path, gaz) -> None:
    stub.script = ["500"]
    geocoder = online(stub, tmp_path / "n.json", max_retries=1)
    with pytest.warns(GeocoderFallbackWarning, match="left unresolved"):
        df = geocode_events([event("Qaryat al-Mafqud")], gazetteer=gaz, online=geocoder)
    assert not df.loc[0, "resolved"]
    assert len(stub.times) == 2


def test_minimum_delay_between_requests(stub: Stub, tmp_path: Path, gaz) -> None:
    stub.script = ["empty", "500", "empty", "429", "empty", "empty"]
    geocoder = online(stub, tmp_path / "n.json", min_delay_seconds=0.5, error_wait_seconds=0.0)
    names = ["Qaryat al-Mafqud", "Qaryat al-Majhul", "Tell Xqzv", "Khirbet Vzqx"]
    df = geocode_events([event(n) for n in names], gazetteer=gaz, online=geocoder)
    assert not df["resolved"].any()
    assert len(stub.times) == 6
    # Arrival times on the server jitter with load; without the limiter the gaps
    # would be a few milliseconds, so a wide margin still shows it at work.
    assert min(stub.gaps()) >= 0.5 - 0.15, stub.gaps()


def test_cache_survives_failures_and_answers_later(stub: Stub, tmp_path: Path, gaz) -> None:
    cache = tmp_path / "n.json"
    stub.script = ["ok", "500", "500", "500", "garbage", "garbage", "garbage"]
    geocoder = online(stub, cache)
    geocode_events([event("Stubtown")], gazetteer=gaz, online=geocoder)
    before = cache.read_bytes()
    for name in ("Qaryat al-Mafqud", "Qaryat al-Majhul"):
        with pytest.warns(GeocoderFallbackWarning):
            geocode_events([event(name)], gazetteer=gaz, online=geocoder)
    assert cache.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["n.json"]
    requests = len(stub.times)
    again = online(stub, cache)
    df = geocode_events([event("Stubtown")], gazetteer=gaz, online=again)
    assert df.loc[0, "resolved"] and len(stub.times) == requests  # from the cache


def test_retry_logging_prints_no_traceback(stub: Stub, tmp_path: Path) -> None:
    """geopy logs each retry with its traceback; a user must not see it on stderr."""
    stub.script = ["500"]
    script = textwrap.dedent(
        f"""
        import warnings
        from datetime import date
        from geo.geocode.geocoders import geocode_events, make_nominatim
        from geo.record import StrikeEvent
        warnings.simplefilter("ignore")
        geocoder = make_nominatim(
            "strikemap-tests", {str(tmp_path / "n.json")!r}, 0.0, domain={stub.host!r},
            scheme="http", timeout=0.3, max_retries=2, error_wait_seconds=0.0,
        )
        event = StrikeEvent(
            doc="d", sentence_index=0, quote="Strikes hit Qaryat al-Mafqud.",
            char_start=12, char_end=28, place_as_written="Qaryat al-Mafqud",
            event_date=date(2015, 10, 7), time_precision="day", date_basis="published",
            actor="russia", claimant="lcc", claimed_target="rebels",
        )
        print(geocode_events([event], online=geocoder)["resolved"].tolist())
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[False]"
    assert len(stub.times) == 3
    assert "Traceback" not in proc.stderr, proc.stderr


KILL_SCRIPT = """
import sys
from pathlib import Path
from geo.geocode.geocoders import make_nominatim

geocoder = make_nominatim(
    "strikemap-tests", Path(sys.argv[1]), 0.0, domain=sys.argv[2], scheme="http", timeout=2.0
)
print("ready", flush=True)
for i in range(10_000):
    geocoder.geocode(f"Stubtown {i}")
"""


def _seed_cache(path: Path, entries: int) -> None:
    location = {"address": "Stubtown, Hama, Syria", "latitude": 35.1, "longitude": 36.7}
    data = {f"seed {i}|seed {i}|": {**location, "raw": GOOD[0]} for i in range(entries)}
    path.write_text(json.dumps(data), encoding="utf-8")


def _kill_during_writes(cache: Path, stub: Stub, delay: float) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, str(cache), stub.host],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        start = len(stub.times)
        deadline = time.monotonic() + 30
        while len(stub.times) == start and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(delay)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        if proc.stdout is not None:
            proc.stdout.close()


def test_cache_is_whole_after_a_kill_mid_write(stub: Stub, tmp_path: Path) -> None:
    """Each answer rewrites a cache of 20,000 entries; SIGKILLs land during writes."""
    stub.script = ["ok"]
    interrupted = 0
    for i, delay in enumerate((0.05, 0.2, 0.45)):
        folder = tmp_path / f"run{i}"
        folder.mkdir()
        cache = folder / "n.json"
        _seed_cache(cache, 20_000)
        _kill_during_writes(cache, stub, delay)
        assert len(cache_entries(cache)) >= 20_000
        CachedGeocoder(lambda *a, **k: None, cache)  # loads without complaint
        # A temporary file left beside the cache (".n.json.<random>.tmp.json") marks a kill.
        interrupted += any(p.name.startswith(".") and ".tmp" in p.name for p in folder.iterdir())
    assert stub.times, "the geocoder never asked the stub"
    assert interrupted, "no kill landed while the cache was being written"
