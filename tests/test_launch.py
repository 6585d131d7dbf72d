"""`strikemap app` passes a termination signal on to the server it started."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

SERVER_STANDIN = """
import sys, time
from geo.app import launch
pid_file = sys.argv[1]
launch.app_command = lambda port=8501, address=None: [
    sys.executable, "-c",
    "import os, sys, time; open(sys.argv[1], 'w').write(str(os.getpid())); time.sleep(120)",
    pid_file,
]
sys.exit(launch.serve())
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_terminating_the_app_command_stops_its_server(tmp_path: Path) -> None:
    pid_file = tmp_path / "server.pid"
    parent = subprocess.Popen([sys.executable, "-c", SERVER_STANDIN, str(pid_file)])
    try:
        deadline = time.monotonic() + 60
        while not (pid_file.exists() and pid_file.read_text()) and time.monotonic() < deadline:
            time.sleep(0.05)
        server = int(pid_file.read_text())
        assert _alive(server)
        parent.send_signal(signal.SIGTERM)
        parent.wait(timeout=30)  # it ends with the status of the server it stopped
        deadline = time.monotonic() + 10
        while _alive(server) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(server)
    finally:
        parent.kill()
        parent.wait()
