"""The whole drafting flow works from the keyboard alone, in the order of the form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.draft_helpers import Seams, body, make_pane, subject

EXPECTED_ORDER = [
    "toEdit",
    "companyEdit",
    "productEdit",
    "orderNumberEdit",
    "incidentDateKnown",
    "incidentDateEdit",
    "detailsEdit",
    "triedEdit",
    "resolutionEdit",
    "replyByEdit",
    "nameEdit",
    "phoneEdit",
    "emailEdit",
    "attachmentList",
    "addAttachmentButton",
    "helperChannelCombo",
    "newLetterButton",
    "subjectEdit",
    "bodyEdit",
    "copyButton",
    "copyMenuButton",
    "mailButton",
    "emlButton",
    "webmailButton",
]


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    # A date edit's inner line edit has no name of its own; report the date edit.
    while not widget.objectName() and widget.parentWidget() is not None:
        widget = widget.parentWidget()
    return widget


# The offscreen platform says this when a top-level widget is shown; it is harmless.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_keyboard_only_fill_and_copy(qtbot: QtBot, seams: Seams) -> None:
    pane = make_pane(qtbot)
    pane.resize(900, 700)
    pane.show()
    qtbot.waitExposed(pane)
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    to = pane.findChild(QWidget, "toEdit")
    assert to is not None
    to.setFocus()
    qtbot.waitUntil(lambda: _focused() is to)

    typed = {
        "toEdit": "help@example.com",
        "companyEdit": "ACME",
        "productEdit": "Washer WM-200",
        "orderNumberEdit": "A-1234",
        "detailsEdit": "The washer stops during spin and shows error E3.",
        "phoneEdit": "010-1234-5678",
    }
    visited: list[str] = []
    for _ in range(len(EXPECTED_ORDER) + 5):
        name = _focused().objectName()
        visited.append(name)
        if name in typed:
            qtbot.keyClicks(_focused(), typed[name])
        if name == "incidentDateKnown":
            qtbot.keyClick(_focused(), Qt.Key.Key_Space)
        if name == "copyButton":
            break
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)

    # A date edit takes Tab through its year, month and day before moving on.
    distinct = [n for i, n in enumerate(visited) if i == 0 or visited[i - 1] != n]
    assert distinct == EXPECTED_ORDER[: EXPECTED_ORDER.index("copyButton") + 1]
    assert "Washer WM-200" in subject(pane).text()
    assert "error E3" in body(pane).toPlainText()

    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    assert len(seams.copied) == 1
    assert seams.copied[0].startswith(f"Subject: {subject(pane).text()}\n\n")

    # Shift+Tab walks back; copy's menu, then the mail and .eml buttons follow copy.
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused().objectName() == "copyMenuButton"
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused().objectName() == "mailButton"
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused().objectName() == "emlButton"
    qtbot.keyClick(_focused(), Qt.Key.Key_Backtab)
    assert _focused().objectName() == "mailButton"
    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    assert len(seams.opened) == 1


def test_mnemonic_reaches_the_field(qtbot: QtBot, seams: Seams) -> None:
    pane = make_pane(qtbot)
    pane.show()
    qtbot.waitExposed(pane)
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    qtbot.keyClick(pane, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _focused().objectName() == "companyEdit")
