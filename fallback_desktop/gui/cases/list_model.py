"""The rows of the case list: company, product, status, what is due, and the last attempt.

An overdue case stands out twice: its status says so in words, and the row is drawn in a
warning colour and bold type.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from fallback_desktop.core.domain.case import Status
from fallback_desktop.core.store.case_rows import CaseLine
from fallback_desktop.core.text.catalog import text
from fallback_desktop.core.text.days import format_day
from fallback_desktop.core.text.lang import Lang

ID_ROLE = Qt.ItemDataRole.UserRole
COL_COMPANY, COL_PRODUCT, COL_STATUS, COL_DUE, COL_LAST = range(5)
# Red enough to stand out from the text around it, and readable on the list's background.
OVERDUE_ON_LIGHT = QColor("#b00020")
OVERDUE_ON_DARK = QColor("#ff8a80")
_Index = QModelIndex | QPersistentModelIndex


def overdue_colour(palette: QPalette) -> QColor:
    """The overdue rows' text colour for the list's background (light or dark theme)."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return OVERDUE_ON_DARK if dark else OVERDUE_ON_LIGHT


def due_text(line: CaseLine, today: dt.date, lang: Lang) -> str:
    """What is due: the reply-by day, and how long ago it passed; '' once answered."""
    status = line.status(today)
    day = format_day(line.reply_by, lang)
    if status is Status.OVERDUE:
        return text("case.cli.due_passed", lang, day=day, days=(today - line.reply_by).days)
    if status is Status.WAITING:
        key = "case.cli.due_today" if line.reply_by == today else "case.cli.due"
        return text(key, lang, day=day)
    return ""


class CaseListModel(QAbstractTableModel):
    """Cases as the store listed them; the row's ID_ROLE is the case's id."""

    def __init__(self, today: dt.date, lang: Lang, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: Sequence[CaseLine] = ()
        self._today = today
        self._lang: Lang = lang
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence[CaseLine], today: dt.date | None = None) -> None:
        """Show these cases instead, as of `today` when given."""
        self.beginResetModel()
        self._rows = rows
        if today is not None:
            self._today = today
        self.endResetModel()

    def set_lang(self, lang: Lang) -> None:
        self._lang = lang
        if self._rows:
            last = self.index(len(self._rows) - 1, COL_LAST)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COL_LAST)

    def line(self, row: int) -> CaseLine | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, cid: int) -> int | None:
        """The row holding the case with that id, or None when it is not shown."""
        for row, item in enumerate(self._rows):
            if item.id == cid:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt override)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt override)
        return 0 if parent.isValid() else COL_LAST + 1

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Company"),
            self.tr("Product"),
            self.tr("Status"),
            self.tr("Due"),
            self.tr("Last attempt"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.parent().isValid():
            return None
        item = self.line(index.row())
        column = index.column()
        if item is None or not 0 <= column <= COL_LAST:
            return None
        if role == ID_ROLE:
            return item.id
        overdue = item.status(self._today) is Status.OVERDUE
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._text(item, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(overdue_colour(QGuiApplication.palette())) if overdue else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if overdue else None
        return None

    def _text(self, item: CaseLine, column: int) -> str:
        lang = self._lang
        if column == COL_COMPANY:
            return item.company
        if column == COL_PRODUCT:
            return item.product
        if column == COL_STATUS:
            return text(f"case.status.{item.status(self._today).value}", lang)
        if column == COL_DUE:
            return due_text(item, self._today, lang)
        if item.last_attempt is None:
            return text("case.cli.attempts_none", lang)
        return f"{item.last_attempt:%Y-%m-%d %H:%M}"
