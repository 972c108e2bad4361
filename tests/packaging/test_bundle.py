"""The built one-folder bundle (`make dist`), started as a new user would start it.

Runs only when a bundle exists: dist/fallback-desktop/, or the folder FALLBACK_DESK_BUNDLE names.
Every start gets a clean environment — no venv, no PYTHONPATH, PATH=/usr/bin:/bin, an empty
profile — and runs from an empty folder. packaging/smoke.sh does the same from a shell.
"""

from __future__ import annotations

import email
import email.policy
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from fallback_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("FALLBACK_DESK_BUNDLE") or ROOT / "dist" / "fallback-desktop")
PROGRAM = BUNDLE / ("fallback-desktop.exe" if sys.platform == "win32" else "fallback-desktop")
# What the bundle may weigh on disk (docs/packaging.md says where the megabytes go).
SIZE_LIMIT_MB = 200
# Ceiling against a hang only.
START_S = 90.0

pytestmark = pytest.mark.skipif(
    not PROGRAM.is_file(), reason="no bundle built (make dist, or set FALLBACK_DESK_BUNDLE)"
)


@pytest.fixture
def clean(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A new user's environment: nothing of the project's, an empty profile."""
    home = tmp_path / "new-user"
    home.mkdir()
    # Short: a socket's path must fit in 108 bytes, and pytest's own folders are deep.
    run = Path(tempfile.mkdtemp(prefix="fd-bundle-"))
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "ko_KR.UTF-8",
        "LC_CTYPE": "C.UTF-8",
        "FALLBACK_DESK_HOME": str(tmp_path / "profile"),
        "XDG_RUNTIME_DIR": str(run),
        "QT_QPA_PLATFORM": "xcb" if os.environ.get("DISPLAY") else "offscreen",
    }
    if os.environ.get("DISPLAY"):
        env["DISPLAY"] = os.environ["DISPLAY"]
        if os.environ.get("XAUTHORITY"):
            env["XAUTHORITY"] = os.environ["XAUTHORITY"]
    yield env
    for leftover in run.iterdir():
        leftover.unlink()
    run.rmdir()


def start(env: dict[str, str], *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(PROGRAM), *args],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=START_S,
        check=False,
    )


def test_it_says_its_version(clean: dict[str, str], tmp_path: Path) -> None:
    done = start(clean, "--version", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"fallback-desktop {__version__}"


def test_the_window_shows_the_plan_and_finds_every_resource(
    clean: dict[str, str], tmp_path: Path
) -> None:
    done = start(clean, "--self-test", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == "OK"
    assert lines[0].startswith("self-test: plan shown")
    for what in ("translations", "templates", "icon", "holidays", "phone and mail", "time zone"):
        assert any(line.startswith(f"self-test: {what} found") for line in lines), what


def test_the_command_line_works_in_korean(clean: dict[str, str], tmp_path: Path) -> None:
    advice = start(
        clean,
        *("recommend", "--urgency", "today", "--context", "home"),
        *("--at", "2026-11-24T10:30+09:00", "--json"),
        cwd=tmp_path,
    )
    assert advice.returncode == 0, advice.stderr
    answer = json.loads(advice.stdout)
    assert answer["plan"]
    assert answer["ranking"][0]["rank"] == 1
    letter = tmp_path / "문의.eml"
    draft = start(
        clean,
        *("--lang", "ko", "draft", "--to", "help@example.com", "--company", "예시전자"),
        *("--phone", "010-0000-0000", "--details", "탈수 중 멈춤"),
        *("--format", "eml", "--output", str(letter)),
        cwd=tmp_path,
    )
    assert draft.returncode == 0, draft.stderr
    message = email.message_from_bytes(letter.read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    assert "예시전자" in message.get_body().get_content()  # type: ignore[union-attr]


def test_a_pdf_is_made_with_every_library_it_loads(clean: dict[str, str], tmp_path: Path) -> None:
    """fpdf2 imports Pillow; a library of Pillow's left out would make it warn on every PDF."""
    opened = start(
        clean,
        *("--lang", "en", "case", "new", "--company", "예시전자", "--product", "세탁기 XY-100"),
        *("--purpose", "repair", "--incident-date", "2026-11-20"),
        cwd=tmp_path,
    )
    assert opened.returncode == 0, opened.stderr
    timeline = tmp_path / "timeline.pdf"
    made = start(
        clean,
        *("--lang", "en", "case", "escalate", "1", "--to", "kca", "--output", str(timeline)),
        cwd=tmp_path,
    )
    assert made.returncode == 0, made.stderr
    assert made.stderr == ""
    assert timeline.read_bytes().startswith(b"%PDF-")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig")
def test_fonts_come_from_the_system() -> None:
    """The system's fontconfig and FreeType, with its font cache (docs/packaging.md)."""
    names = {path.name for path in BUNDLE.rglob("*.so*")}
    for system in ("libfontconfig.so.1", "libfreetype.so.6"):
        assert system not in names, system


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Unix socket")
def test_a_second_start_of_the_bundle_hands_over(clean: dict[str, str], tmp_path: Path) -> None:
    first = subprocess.Popen(
        [str(PROGRAM)],
        cwd=tmp_path,
        env=clean,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        run = Path(clean["XDG_RUNTIME_DIR"])
        deadline = time.monotonic() + START_S
        while not any(run.iterdir()):  # the first start listens before it makes its window
            assert first.poll() is None, "the first start ended"
            assert time.monotonic() < deadline, "the first start never listened"
            time.sleep(0.05)
        second = start(clean, "mailto:help@example.com", cwd=tmp_path)
        assert second.returncode == 0, second.stderr  # handed over; no window of its own
        assert first.poll() is None
    finally:
        first.terminate()
        first.wait(timeout=START_S)


def test_nothing_of_the_developers_is_inside_and_the_size_is_kept() -> None:
    inside = {path.relative_to(BUNDLE).as_posix() for path in BUNDLE.rglob("*")}
    for unwanted in ("pytest", "_pytest", "hypothesis", "mypy", "ruff", "tests", "benchmarks"):
        assert not any(f"/{unwanted}/" in f"/{path}/" for path in inside), unwanted
    assert not any(path.endswith(".ts") for path in inside)  # translation sources
    qt_translations = [p for p in inside if "PySide6" in p and p.endswith(".qm")]
    assert all(p.endswith("_ko.qm") for p in qt_translations), qt_translations
    assert not any("QtWebEngine" in p or "QtQuick" in p or "QtQml" in p for p in inside)
    # Each file once (PyInstaller links a library's second name to the first).
    files = [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()]
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    assert size_mb <= SIZE_LIMIT_MB, f"{size_mb:.0f} MB"
