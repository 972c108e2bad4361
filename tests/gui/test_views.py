"""The main window hosts views: one registration adds a view; navigation shows from two on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from fallback_desktop.gui import views
from fallback_desktop.gui.main_window import MainWindow
from fallback_desktop.gui.views import ViewSpec
from fallback_desktop.session import Session

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _notes_view(_session: Session) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    edit = QLineEdit()
    edit.setObjectName("notesEdit")
    layout.addWidget(edit)
    return page


@pytest.fixture
def two_views(monkeypatch: pytest.MonkeyPatch) -> None:
    """A second view registered, before the window that hosts the views is built."""
    monkeypatch.setattr(
        views, "VIEWS", [views.VIEWS[0], ViewSpec("notes", lambda: "Notes", _notes_view)]
    )


@pytest.fixture
def one_view(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the first view registered."""
    monkeypatch.setattr(views, "VIEWS", views.VIEWS[:1])


def test_one_view_shows_no_navigation(one_view: None, main_window: MainWindow) -> None:
    window = main_window
    assert window.views.count() == 1
    assert not window.views.tabBar().isVisible()
    shortcuts = [a.shortcut().toString() for a in window.view_menu.actions()]
    assert "Ctrl+1" not in shortcuts


def test_a_second_registration_brings_navigation_by_keyboard_and_for_screen_readers(
    two_views: None, main_window: MainWindow, qtbot: QtBot
) -> None:
    window = main_window
    host = window.views
    assert host.count() == 2
    assert host.tabBar().isVisible()
    assert [host.tabText(i) for i in range(2)] == ["Advice and letter", "Notes"]
    assert host.widget(1).accessibleName() == "Notes"

    # A view other than the first is built when it is first shown: nothing of it before.
    assert host.widget(1).findChild(QLineEdit, "notesEdit") is None

    # From the View menu (Ctrl+2), the keyboard lands inside the chosen view.
    by_shortcut = {a.shortcut().toString(): a for a in window.view_menu.actions()}
    by_shortcut["Ctrl+2"].trigger()
    assert host.currentIndex() == 1
    notes = host.widget(1).findChild(QLineEdit, "notesEdit")
    qtbot.waitUntil(lambda: notes.hasFocus())

    # Ctrl+Tab moves on, as in every tabbed program.
    qtbot.keyClick(notes, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert host.currentIndex() == 0
    assert window.workspace is host.widget(0)
