"""`--self-test` from the source tree: what the bundle's smoke test relies on works here too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_self_test(cwd: Path, source: Path) -> subprocess.CompletedProcess[str]:
    """`python -m fallback_desktop --self-test` with the package found in source."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(source)}
    return subprocess.run(
        [sys.executable, "-m", "fallback_desktop", "--self-test"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_self_test_opens_the_window_and_finds_everything(tmp_path: Path) -> None:
    done = run_self_test(tmp_path, ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("self-test: plan shown")
    assert lines[1] == "self-test: letter written"
    assert lines[-1] == "OK"


def test_a_missing_translation_fails_it_by_name(tmp_path: Path) -> None:
    """A bundle without the Korean translation must not pass: copy the resources, drop it."""
    import shutil

    package = tmp_path / "src" / "fallback_desktop"
    skip = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "fallback_desktop", package, ignore=skip)
    shutil.copytree(ROOT / "resources", package / "resources")
    (package / "resources" / "translations" / "fallback_desktop_ko.qm").unlink()
    done = run_self_test(tmp_path, tmp_path / "src")
    assert done.returncode == 1
    assert "FAILED: translations" in done.stderr
    assert "OK" not in done.stdout.splitlines()
