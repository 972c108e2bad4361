"""Fixtures shared by the window tests: the application, a fixed clock, a ready main window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from fallback_desktop.core.calendar.business import SEOUL
from fallback_desktop.gui.i18n import current_lang, install_language
from fallback_desktop.gui.write.pane import DraftPane
from tests.gui.draft_helpers import Seams, install_seams, make_pane

# A Tuesday in March with no holiday: lines are staffed, not the Monday rush, not lunch.
TUESDAY_MORNING = dt.datetime(2025, 3, 11, 10, 30, tzinfo=SEOUL)


class FakeClock:
    """A clock the test moves by hand; the window reads it like the real one."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["fallback-desktop-tests"]


@pytest.fixture(autouse=True)
def english_afterwards(qapp: object) -> Iterator[None]:
    """Each test starts in English; a test that switches to Korean does not leak it."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    install_language(app, "en")  # whatever the machine's locale
    yield
    if current_lang() != "en":
        install_language(app, "en")


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock(TUESDAY_MORNING)


@pytest.fixture
def main_window(qtbot: QtBot, fake_clock: FakeClock):  # type: ignore[no-untyped-def]
    """A MainWindow on the fixed clock, with its first recommendation shown."""
    from fallback_desktop.gui.main_window import MainWindow

    window = MainWindow(clock=fake_clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.recommendation is not None)
    return window


@pytest.fixture
def seams(monkeypatch: pytest.MonkeyPatch) -> Seams:
    """The desktop seams (clipboard, mail program, file dialogs) replaced by recorders."""
    return install_seams(monkeypatch)


@pytest.fixture
def pane(qtbot: QtBot, seams: Seams) -> DraftPane:
    """A draft pane whose first letter is on screen, with the seams recorded."""
    return make_pane(qtbot)
