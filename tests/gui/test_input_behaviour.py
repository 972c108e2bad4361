"""What inputs do with the mouse wheel, the Enter key and a typed date."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fallback_desktop.gui import desktop
from fallback_desktop.gui.main_window import MainWindow
from tests.gui.draft_helpers import Seams, fill_basic
from tests.gui.window_helpers import reveal, workspace_of

# The offscreen platform says these when a window shows or a button's menu pops up; harmless.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints",
    "does not support raise",
    "does not support grabbing the keyboard",
)


def _value(box: QWidget) -> object:
    if isinstance(box, QComboBox):
        return box.currentIndex()
    if isinstance(box, QDateTimeEdit):
        return box.dateTime()
    assert isinstance(box, QAbstractSpinBox)
    return box.text()


def _wheel(widget: QWidget, notches: int = -1) -> None:
    """One turn of the wheel over the middle of `widget`, as the window system delivers it.

    Sent to the window, not the widget: only such an event travels on to the parents when the
    widget leaves it, as a real wheel turn does.
    """
    window = widget.window()
    handle = window.windowHandle()
    assert handle is not None
    centre = widget.mapTo(window, QPoint(widget.width() // 2, widget.height() // 2))
    QTest.wheelEvent(handle, QPointF(centre), QPoint(0, 120 * notches))
    QApplication.processEvents()


def _boxes(window: QWidget) -> list[QWidget]:
    found = [*window.findChildren(QAbstractSpinBox), *window.findChildren(QComboBox)]
    return [box for box in found if box.isEnabled()]


def _scrolled_page(widget: QWidget) -> QScrollArea:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    assert isinstance(parent, QScrollArea)
    return parent


# --- the wheel ---------------------------------------------------------------------------------


def test_the_wheel_over_an_unfocused_box_scrolls_the_page_not_the_value(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    main_window.resize(1024, 600)
    qtbot.waitUntil(lambda: main_window.height() == 600)
    known = main_window.findChild(QWidget, "incidentDateKnown")
    assert known is not None
    known.setProperty("checked", True)  # the incident date is enabled, as in the report
    boxes = _boxes(main_window)
    names = {box.objectName() for box in boxes}
    assert {"companyCombo", "urgencyCombo", "contextCombo", "whenEdit"} <= names
    assert {"incidentDateEdit", "replyByEdit"} <= names
    for box in boxes:
        reveal(box)
        main_window.setFocus()
        assert not box.hasFocus()
        before = _value(box)
        _wheel(box)
        _wheel(box, notches=+1)
        _wheel(box)
        assert _value(box) == before, box.objectName()


def test_the_wheel_goes_on_to_the_scrolling_page(main_window: MainWindow, qtbot: QtBot) -> None:
    main_window.resize(1024, 600)
    qtbot.waitUntil(lambda: main_window.height() == 600)
    date = main_window.findChild(QDateEdit, "replyByEdit")
    assert date is not None
    page = _scrolled_page(date)
    reveal(date)
    bar = page.verticalScrollBar()
    assert bar.maximum() > 0
    before = bar.value()
    down = before < bar.maximum()
    _wheel(date, notches=-1 if down else +1)
    assert bar.value() != before
    assert (bar.value() > before) == down


def test_a_focused_box_takes_the_wheel(main_window: MainWindow, qtbot: QtBot) -> None:
    for name in ("urgencyCombo", "replyByEdit", "whenEdit"):
        box = main_window.findChild(QWidget, name)
        assert box is not None
        reveal(box)
        box.setFocus()
        qtbot.waitUntil(box.hasFocus)
        before = _value(box)
        _wheel(box)
        assert _value(box) != before, name


# --- Enter on a button -------------------------------------------------------------------------


def test_enter_presses_the_focused_button(
    main_window: MainWindow, qtbot: QtBot, seams: Seams, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(desktop, "ask_yes_no", lambda *_args: False)
    pane = workspace_of(main_window).draft_pane
    fill_basic(pane)
    main_window.activateWindow()
    pressed = 0
    names: set[str] = set()
    for button in main_window.findChildren(QPushButton):
        if not button.isEnabled() or not button.isVisibleTo(main_window):
            continue
        names.add(button.objectName())
        reveal(button)
        button.setFocus()
        qtbot.waitUntil(button.hasFocus)
        key = Qt.Key.Key_Return if pressed % 2 else Qt.Key.Key_Enter
        with qtbot.waitSignal(button.clicked, timeout=2000):
            qtbot.keyClick(button, key)
        menu = button.menu()
        if menu is not None:  # a menu button (more ways to copy, webmail): its menu opens
            qtbot.waitUntil(menu.isVisible)
            menu.hide()
        pressed += 1
    assert {"newLetterButton", "copyButton", "mailButton", "emlButton"} <= names
    # Copy and the rest really ran: Enter is the same as a click.
    assert seams.copied


def test_enter_in_a_text_field_presses_nothing(main_window: MainWindow, qtbot: QtBot) -> None:
    edit = main_window.findChild(QLineEdit, "toEdit")
    copy = main_window.findChild(QPushButton, "copyButton")
    assert edit is not None
    assert copy is not None
    reveal(edit)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    with qtbot.assertNotEmitted(copy.clicked, wait=200):
        qtbot.keyClick(edit, Qt.Key.Key_Return)


# --- typing a date -----------------------------------------------------------------------------


@pytest.fixture
def incident(main_window: MainWindow, qtbot: QtBot) -> QDateEdit:
    known = main_window.findChild(QWidget, "incidentDateKnown")
    date = main_window.findChild(QDateEdit, "incidentDateEdit")
    assert known is not None
    assert date is not None
    known.setProperty("checked", True)
    date.setDate(QDate(2026, 11, 29))
    reveal(date)
    main_window.activateWindow()
    return date


def _typed(qtbot: QtBot, date: QDateEdit, text: str) -> QDate:
    qtbot.keyClicks(date, text)
    qtbot.keyClick(date, Qt.Key.Key_Tab)  # leaving the field settles what was typed
    return date.date()


@pytest.mark.parametrize("text", ["2026-11-22", "20261122", "2026-1-5", "2026.11.22", "2024-02-29"])
def test_a_whole_date_typed_after_tabbing_in(qtbot: QtBot, incident: QDateEdit, text: str) -> None:
    incident.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(incident.hasFocus)
    parts = [text[:4], text[4:6], text[6:]] if text.isdigit() else text.replace(".", "-").split("-")
    expected = QDate(*(int(part) for part in parts))
    assert _typed(qtbot, incident, text) == expected


@pytest.mark.parametrize("where", [0.1, 0.5, 0.9])
def test_a_whole_date_typed_over_any_part(qtbot: QtBot, incident: QDateEdit, where: float) -> None:
    # Double-clicking a part selects it, as a person does before typing over it.
    line = incident.findChild(QLineEdit)
    assert line is not None
    x = int(line.fontMetrics().horizontalAdvance("2026-11-29") * where) + 2
    qtbot.mouseDClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))
    qtbot.waitUntil(incident.hasFocus)
    assert _typed(qtbot, incident, "2026-11-22") == QDate(2026, 11, 22)


def test_a_whole_date_typed_over_everything(qtbot: QtBot, incident: QDateEdit) -> None:
    incident.setFocus()
    qtbot.waitUntil(incident.hasFocus)
    qtbot.keyClick(incident, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert _typed(qtbot, incident, "2025-12-31") == QDate(2025, 12, 31)


def test_one_part_can_still_be_changed_alone(qtbot: QtBot, incident: QDateEdit) -> None:
    line = incident.findChild(QLineEdit)
    assert line is not None
    x = int(line.fontMetrics().horizontalAdvance("2026-11-29") * 0.9) + 2
    qtbot.mouseDClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))
    assert _typed(qtbot, incident, "15") == QDate(2026, 11, 15)
