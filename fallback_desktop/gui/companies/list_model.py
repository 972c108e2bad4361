"""The rows of the companies list: each company's name, with its other names for context."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from fallback_desktop.core.store.company_rows import Listed

ID_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex


class CompanyListModel(QAbstractListModel):
    """Companies as the directory listed or found them; the row's ID_ROLE is the company's id."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: Sequence[Listed] = ()

    def set_rows(self, rows: Sequence[Listed]) -> None:
        """Show these companies instead (a search's matches, or the whole directory)."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def extend(self, rows: Sequence[Listed]) -> None:
        """Show `rows` where the rows shown are their beginning (the first screen, shown while
        the rest was read): the rest is added below, the selection and scrolling stay."""
        shown = len(self._rows)
        if shown and list(rows[:shown]) == list(self._rows):
            if len(rows) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(rows) - 1)
                self._rows = rows
                self.endInsertRows()
            else:
                self._rows = rows
        else:
            self.set_rows(rows)

    def row_of(self, cid: int) -> int | None:
        """The row holding the company with that id, or None when it is not shown."""
        for row, item in enumerate(self._rows):
            if item.id == cid:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt override)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column():
            return None
        item = self._rows[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,  # the whole line, where a narrow list cuts it
        ):
            if item.other_names:
                return f"{item.name} ({', '.join(item.other_names)})"
            return item.name
        if role == ID_ROLE:
            return item.id
        return None
