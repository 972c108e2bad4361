"""Small behaviours every input in the window shares, learned from people using it.

- A spin box, date edit or combo box takes the mouse wheel only when it has focus: otherwise the
  wheel scrolls the page under it, instead of quietly changing a date or a choice.
- Enter (or Return) on a focused push button presses it, as Space does, in any window.
- A date can be typed whole ("2026-11-22"), separators and all.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QLayout,
    QPushButton,
    QWidget,
)

_GUARD_NAME = "wheelGuard"
_SEPARATORS = frozenset("-./ ")


class _WheelGuard(QObject):
    """Lets the wheel through to its box only while the box has focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        wheel = event.type() == QEvent.Type.Wheel
        if wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            # Ignored and filtered: the box never sees it, and Qt hands it to the parent,
            # which is the scrolling page.
            event.ignore()
            return True
        return False


def clear_layout(layout: QLayout) -> None:
    """Take every widget out of a layout that is filled anew: out of the tree at once (a
    screen reader or a search must not find it), freed later."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()


def guard_wheel(box: QWidget) -> None:
    """Let `box` (spin box, date edit, combo box) take the wheel only while it has focus."""
    if box.findChild(_WheelGuard, _GUARD_NAME, Qt.FindChildOption.FindDirectChildrenOnly):
        return
    # Strong focus: a wheel turn over the box does not give it focus (and so the wheel) either.
    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    guard = _WheelGuard(box)
    guard.setObjectName(_GUARD_NAME)
    box.installEventFilter(guard)


def guard_wheel_below(root: QWidget) -> None:
    """Guard every spin box, date edit and combo box inside `root`."""
    for box in root.findChildren(QAbstractSpinBox):
        guard_wheel(box)
    for combo in root.findChildren(QComboBox):
        guard_wheel(combo)


class _EnterPresses(QObject):
    """Watches a window: an Enter no one took, while a push button has focus, presses it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        button = QApplication.focusWidget()
        if isinstance(button, QPushButton) and button.isEnabled() and button.isVisible():
            # The button itself passed the key on (outside dialogs it reacts only to Space).
            button.animateClick()
            return True
        return False


def enter_presses_buttons(window: QWidget) -> None:
    """Enter on any focused push button inside `window` presses it.

    A key a child leaves unhandled travels up to the window, where this filter sees it; so it
    holds for buttons added later, too.
    """
    watcher = _EnterPresses(window)
    window.installEventFilter(watcher)


class DateEdit(QDateEdit):
    """A date field that takes a whole typed date ("2026-11-22") and leaves the wheel to the page.

    QDateEdit edits one part of the date at a time, wherever the cursor happens to be, and moves
    on by itself once a part is complete, so a separator typed next skips a whole part. Here,
    with the year first (yyyy-MM-dd), three digits in a row can only be a year: the field starts
    again at the year with them; and a separator right after the field moved on by itself
    counts as already typed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""  # digits and separators typed in a row since the last other key
        guard_wheel(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        typed = event.text()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if not (plain and len(typed) == 1 and (typed.isdigit() or typed in _SEPARATORS)):
            self._typed = ""
            super().keyPressEvent(event)
            return
        line = self.lineEdit()
        if typed in _SEPARATORS:
            start = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
            self._typed += typed if self._typed else ""
            if start > 0 and line.text()[start - 1] in _SEPARATORS:
                event.accept()  # the field already moved past this separator on its own
                return
            super().keyPressEvent(event)
            return
        if line.text() and line.selectedText() == line.text():
            self._select_year()  # typing over the whole date begins with its first part
        self._typed += typed
        if len(self._typed) == 3 and self._typed.isdigit():
            # Whatever part the first two digits went into, they were the start of a year.
            self._select_year()
            for digit in self._typed:
                super().keyPressEvent(_key_of(digit))
            return
        super().keyPressEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # A date cut short is misread; a layout may squeeze the field to its preferred width.
        return self.sizeHint()

    def _select_year(self) -> None:
        self.setCurrentSectionIndex(0)
        self.setSelectedSection(self.sectionAt(0))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        self._typed = ""
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        self._typed = ""
        super().focusOutEvent(event)


def _key_of(digit: str) -> QKeyEvent:
    key = Qt.Key(Qt.Key.Key_0.value + int(digit))
    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, digit)
