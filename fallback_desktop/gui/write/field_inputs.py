"""The input for each kind of field: a line, a text box, a date, a tick box."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fallback_desktop.core.writing.fields import Field
from fallback_desktop.gui.widgets import DateEdit


def plain_edit(name: str, min_lines: int, max_lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    # Tab moves on to the next field, so the whole form works from the keyboard.
    edit.setTabChangesFocus(True)
    line = edit.fontMetrics().lineSpacing()
    edit.setMinimumHeight(line * min_lines + 12)
    # A long text scrolls inside the box, so the rest of the form stays in view.
    edit.setMaximumHeight(line * max_lines + 12)
    return edit


def date_edit(name: str) -> QDateEdit:
    # Takes a whole typed date; the wheel over it scrolls the form, not the date. It is never
    # narrower than its text at any text size.
    edit = DateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def line_edit(spec: Field) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(spec.widget)
    edit.setClearButtonEnabled(True)
    if spec.max_length:
        edit.setMaxLength(spec.max_length)
    edit.setPlaceholderText(spec.example)
    return edit


def tick_box(name: str) -> QCheckBox:
    """A yes-or-no field, or the box that says a date is known; its text is its label."""
    box = QCheckBox()
    box.setObjectName(name)
    return box


def field_row(
    field_input: QWidget,
    below: Iterable[QWidget],
    *,
    label: QLabel | None = None,
    tick: QCheckBox | None = None,
    narrow: bool = False,
) -> QWidget:
    """One field's row: its label above the input (room for long Korean labels), or the tick
    box that says a date is known beside it; the sentences about it below. A narrow input (a
    date) keeps its own width. One widget, so a purpose that does not need the field hides it."""
    row = QWidget()
    box = QVBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(3)
    if label is not None:
        box.addWidget(label)
    if tick is not None or narrow:
        line = QHBoxLayout()
        if tick is not None:
            line.addWidget(tick)
        line.addWidget(field_input)
        line.addStretch(1)
        box.addLayout(line)
    else:
        box.addWidget(field_input)
    for widget in below:
        box.addWidget(widget)
    box.addSpacing(4)
    return row


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
