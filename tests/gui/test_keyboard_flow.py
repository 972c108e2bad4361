"""A person who uses only the keyboard gets from the situation to a copied letter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from fallback_desktop.gui.main_window import MainWindow
from tests.gui.draft_helpers import Seams

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

MAX_TABS = 60


def _focused_name() -> str:
    widget: QWidget | None = QApplication.focusWidget()
    while widget is not None and not widget.objectName():
        widget = widget.parentWidget()
    return widget.objectName() if widget is not None else ""


def _tab_to(qtbot: QtBot, window: MainWindow, name: str) -> None:
    for _ in range(MAX_TABS):
        if _focused_name() == name:
            return
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}; stuck at {_focused_name()!r}")


def test_situation_fields_and_copy_by_keyboard_alone(
    main_window: MainWindow, qtbot: QtBot, seams: Seams
) -> None:
    window = main_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    urgency = window.findChild(QComboBox, "urgencyCombo")
    context = window.findChild(QComboBox, "contextCombo")
    assert urgency is not None
    assert context is not None
    assert _focused_name() == "urgencyCombo"  # where a person starts

    # Situation: urgency "now", place "work", and a written record — keys only.
    qtbot.keyClick(urgency, Qt.Key.Key_Home)
    _tab_to(qtbot, window, "contextCombo")
    qtbot.keyClick(context, Qt.Key.Key_End)
    _tab_to(qtbot, window, "needRecord")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert urgency.currentData() == "now"
    assert context.currentData() == "work"
    rec = window.recommendation
    assert rec is not None
    assert rec.situation.context.value == "work"
    assert [n.value for n in rec.situation.needs] == ["record"]
    assert rec.ranking[0].channel != "phone"  # nobody is told to phone from work

    # The letter's fields.
    for name, text in (
        ("toEdit", "help@example.com"),
        ("productEdit", "Washer XY-100"),
        ("detailsEdit", "It stops mid-spin and shows error E3 every time."),
        ("phoneEdit", "010-1234-5678"),
    ):
        _tab_to(qtbot, window, name)
        qtbot.keyClicks(QApplication.focusWidget(), text)
    # The letter's own page, chosen by keyboard (the plan may have put another channel's there).
    helper = window.findChild(QComboBox, "helperChannelCombo")
    assert helper is not None
    _tab_to(qtbot, window, "helperChannelCombo")
    qtbot.keyClick(helper, Qt.Key.Key_Home)
    for _ in range(helper.count()):
        if helper.currentData() == "email":
            break
        qtbot.keyClick(helper, Qt.Key.Key_Down)
    assert helper.currentData() == "email"
    subject = window.findChild(QLineEdit, "subjectEdit")
    assert subject is not None
    qtbot.waitUntil(lambda: "Washer XY-100" in subject.text())

    # Copy, by keyboard.
    _tab_to(qtbot, window, "copyButton")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert len(seams.copied) == 1
    copied = seams.copied[0]
    assert "Washer XY-100" in copied
    assert "error E3" in copied
    assert "010-1234-5678" in copied
