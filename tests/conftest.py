"""Every test runs with its own empty user folders and without a real display."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The single-instance socket lives in the runtime folder: the run's own, short (a socket's path
# is limited to about 100 bytes), so that a test process ended abruptly leaves nothing in /tmp.
os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="fd-run-")
atexit.register(shutil.rmtree, os.environ["XDG_RUNTIME_DIR"], ignore_errors=True)


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        path = home / sub
        path.mkdir(parents=True)
        monkeypatch.setenv(var, str(path))
    # The app's own seam, which holds on every platform (XDG variables mean nothing on Windows
    # or macOS): all of the person's folders under this test's home.
    monkeypatch.setenv("FALLBACK_DESK_HOME", str(home / "app"))
    return home
