"""Every file the window keeps, replaced with garbage: the window still opens and says so once,
the garbage is kept aside untouched, and the contact details typed next survive a restart."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from fallback_desktop import paths
from fallback_desktop.core.calendar.business import SEOUL
from fallback_desktop.gui.main_window import MainWindow
from tests.gui.window_helpers import workspace_of

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

NOW = dt.datetime(2025, 3, 11, 10, 30, tzinfo=SEOUL)


def _random_bytes() -> bytes:
    # 0xff can never start UTF-8 text, so this never parses by luck.
    return b"\xff" + random.Random(20250311).randbytes(300)


GOOD_PROFILE = {"name": "이전 이름", "phone": "010-0000-0000", "email": "old@example.com"}

GARBAGE: dict[str, bytes | None] = {
    "random-bytes": _random_bytes(),
    "empty": b"",
    "truncated-json": json.dumps(GOOD_PROFILE, ensure_ascii=False).encode()[:25],
    "json-list": b'["name", "phone"]\n',
    "json-string": b'"just text"',
    "invalid-utf8": b'{"name": "\xc0\xaf\xed\xa0\x80"}',
    "nul-bytes": b"\x00" * 64,
    "deep-nesting": b"[" * 100_000,
    "directory": None,  # a folder where the file should be
}


def _kept_files() -> dict[str, Path]:
    """Every file the window reads from the user's folders at start."""
    return {
        "settings": paths.config_dir() / "settings.json",
        "profile": paths.config_dir() / "contact-profile.json",
        "draft": paths.state_dir() / "draft-autosave.json",
    }


def _spoil(path: Path, garbage: bytes | None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if garbage is None:
        path.mkdir()
        (path / "inside.txt").write_bytes(b"kept")
    else:
        path.write_bytes(garbage)


def _open_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow(clock=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.recommendation is not None)
    qtbot.waitUntil(lambda: workspace_of(window).draft_pane.body_text() != "")
    return window


def _visible_notices(window: MainWindow) -> list[str]:
    """The sentences on show for the person: the status bar and the message under the letter."""
    shown = []
    if window.statusBar().isVisible() and window.statusBar().currentMessage():
        shown.append(window.statusBar().currentMessage())
    label = window.findChild(QLabel, "handoffMessageLabel")
    assert label is not None
    if label.isVisible() and label.text():
        shown.append(label.text())
    return shown


def _edit(window: QWidget, name: str) -> QLineEdit:
    edit = window.findChild(QLineEdit, name)
    assert edit is not None, name
    return edit


def _aside(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".broken-*"))


def _assert_kept_byte_for_byte(path: Path, garbage: bytes | None) -> None:
    (kept,) = _aside(path)
    if garbage is None:
        assert kept.is_dir()
        assert (kept / "inside.txt").read_bytes() == b"kept"
    else:
        assert kept.read_bytes() == garbage


def _type_contact_details_and_close(window: MainWindow, qtbot: QtBot) -> None:
    # setText, not keyClicks: Qt's test library cannot type Hangul.
    _edit(window, "nameEdit").setText("김민지 😀")
    _edit(window, "phoneEdit").setText("010-1234-5678")
    _edit(window, "emailEdit").setText("minji@example.com")
    window.close()


def _assert_profile_is_back(window: MainWindow) -> None:
    assert _edit(window, "nameEdit").text() == "김민지 😀"
    assert _edit(window, "phoneEdit").text() == "010-1234-5678"
    assert _edit(window, "emailEdit").text() == "minji@example.com"
    assert "김민지 😀" in workspace_of(window).draft_pane.body_text()


@pytest.mark.parametrize("kind", list(GARBAGE))
@pytest.mark.parametrize("which", ["settings", "profile", "draft"])
def test_a_broken_file_is_reported_once_kept_aside_and_the_profile_survives(
    which: str, kind: str, qtbot: QtBot
) -> None:
    path = _kept_files()[which]
    garbage = GARBAGE[kind]
    _spoil(path, garbage)

    first = _open_window(qtbot)

    notices = _visible_notices(first)
    assert len(notices) == 1, notices
    assert path.name in notices[0]
    assert "\n" not in notices[0]
    _assert_kept_byte_for_byte(path, garbage)

    _type_contact_details_and_close(first, qtbot)
    second = _open_window(qtbot)

    _assert_profile_is_back(second)
    assert _visible_notices(second) == []  # told once, not at every start
    _assert_kept_byte_for_byte(path, garbage)
    second.close()


def test_everything_broken_at_once_names_every_file(qtbot: QtBot) -> None:
    files = _kept_files()
    for path in files.values():
        _spoil(path, GARBAGE["truncated-json"])

    first = _open_window(qtbot)

    shown = " ".join(_visible_notices(first))
    for path in files.values():
        assert path.name in shown
        _assert_kept_byte_for_byte(path, GARBAGE["truncated-json"])
    _type_contact_details_and_close(first, qtbot)
    second = _open_window(qtbot)
    _assert_profile_is_back(second)
    assert _visible_notices(second) == []
    second.close()


@pytest.mark.parametrize("kind", ["random-bytes", "directory"])
def test_a_broken_profile_and_backup_are_both_kept(kind: str, qtbot: QtBot) -> None:
    path = _kept_files()["profile"]
    backup = path.with_name(path.name + ".bak")
    _spoil(path, GARBAGE[kind])
    _spoil(backup, GARBAGE["empty"])

    first = _open_window(qtbot)

    (notice,) = _visible_notices(first)
    assert path.name in notice
    _assert_kept_byte_for_byte(path, GARBAGE[kind])
    _assert_kept_byte_for_byte(backup, b"")
    _type_contact_details_and_close(first, qtbot)
    second = _open_window(qtbot)
    _assert_profile_is_back(second)
    second.close()


def test_a_good_backup_is_used_when_the_profile_is_broken(qtbot: QtBot) -> None:
    path = _kept_files()["profile"]
    _spoil(path.with_name(path.name + ".bak"), json.dumps(GOOD_PROFILE).encode())
    _spoil(path, GARBAGE["truncated-json"])

    window = _open_window(qtbot)

    (notice,) = _visible_notices(window)
    assert "backup" in notice
    assert _edit(window, "nameEdit").text() == GOOD_PROFILE["name"]
    _assert_kept_byte_for_byte(path, GARBAGE["truncated-json"])
    window.close()
