"""``strikemap app``: start Streamlit on the app shipped inside the package.

Streamlit serves the map's front-end files from the ``static/`` folder beside the
script it runs, so the packaged script (``geo/app/streamlit_app.py``) runs with
its own ``static/vendor`` from any working folder. The settings of the project's
``.streamlit/config.toml`` are passed as flags, because an installed package has
no project folder for Streamlit to read them from.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from geo.resources import package_path

#: The Streamlit script inside the package.
APP_SCRIPT = package_path("geo.app", "streamlit_app.py")

#: Streamlit settings of the app (mirrors ``.streamlit/config.toml``).
STREAMLIT_FLAGS: tuple[str, ...] = (
    "--server.enableStaticServing=true",
    "--server.headless=true",
    "--server.runOnSave=false",
    "--server.fileWatcherType=none",
    "--browser.gatherUsageStats=false",
    "--client.toolbarMode=viewer",
    "--theme.base=light",
)


def app_command(port: int = 8501, *, address: str | None = None) -> list[str]:
    """Return the command line that serves the packaged app.

    Parameters
    ----------
    port : int
        TCP port to listen on.
    address : str, optional
        Address to bind (Streamlit's default when omitted).

    Returns
    -------
    list of str
        ``python -m streamlit run .../geo/app/streamlit_app.py`` with the app's flags.
    """
    cmd = [sys.executable, "-m", "streamlit", "run", str(APP_SCRIPT), f"--server.port={port}"]
    if address:
        cmd.append(f"--server.address={address}")
    return [*cmd, *STREAMLIT_FLAGS]


def app_environment(
    corpus: Path | None, layers: Path | None, events: Path | None
) -> dict[str, str]:
    """Return the environment for the app process, pointing it at the given folders.

    Parameters
    ----------
    corpus, layers, events : Path or None
        Corpus folder, control-layers folder and event table; ``None`` keeps the
        app's default (the packaged sample reports and layers).

    Returns
    -------
    dict
        A copy of this process's environment with ``STRIKEMAP_*`` set.
    """
    env = dict(os.environ)
    for name, value in (
        ("STRIKEMAP_SEEDS", corpus),
        ("STRIKEMAP_LAYERS", layers),
        ("STRIKEMAP_EVENTS", events),
    ):
        if value is not None:
            env[name] = str(Path(value).resolve())
    return env


def serve(
    corpus: Path | None = None,
    *,
    layers: Path | None = None,
    events: Path | None = None,
    port: int = 8501,
    address: str | None = None,
    extra: Sequence[str] = (),
) -> int:
    """Serve the app until it is stopped, and return Streamlit's exit status.

    A termination signal sent to this process is passed on to the server, so
    that stopping ``strikemap app`` by its process id stops the app too.
    """
    cmd = [*app_command(port, address=address), *extra]
    with subprocess.Popen(cmd, env=app_environment(corpus, layers, events)) as proc:

        def forward(signum: int, _frame: object) -> None:
            proc.send_signal(signum)

        for sig in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, forward)
        try:
            return proc.wait()
        except KeyboardInterrupt:
            # Ctrl-C reaches the server too (same process group): let it stop cleanly.
            return proc.wait()
