"""The comparison table's view: one line per channel, sortable, a row picked by mouse or keys.

It holds no channel data of its own (the model does). What it adds is fitting: in a narrow
window the columns that matter least step aside, in turn, until the rest show whole without
sideways scrolling: first "Good at" and "Watch out for" (when they would show only a few
letters), then the usual first reply, then the hours (the "Now" column's tooltip still gives
them). Everything set aside is in the tooltips and in the picked channel's details.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableView,
    QWidget,
)

from fallback_desktop.gui.advise.channel_model import (
    COL_HOURS,
    COL_REPLY,
    COL_STRENGTHS,
    COL_WEAKNESSES,
    ChannelTableModel,
)

# The columns that give way, in the order they step aside; the texts of the first group are
# elided anyway, so they need only a useful width (in digit widths), the others their whole one.
ELIDED = (COL_STRENGTHS, COL_WEAKNESSES)
YIELDING = (ELIDED, (COL_REPLY,), (COL_HOURS,))
USEFUL_CHARS = 16
MIN_SECTION = 90


class _Header(QHeaderView):
    """The table's column headings; it can tell a heading's width even while it is hidden."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        # As QTableView sets up its own heading row.
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def heading_width(self, section: int) -> int:
        """The width the heading asks for (sectionSizeHint says 0 for a hidden section)."""
        return self.sectionSizeFromContents(section).width()


class ChannelTable(QTableView):
    """The `channelTable`; Escape clears the picked row (back to the recommendation)."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitting = True  # not while it is being set up
        # Fitting runs when the width changed (not at every geometry update) and when the owner
        # says the words did; text widths are remembered until the font changes.
        self._fitted_width = -1
        self._text_widths: dict[tuple[str, bool], int] = {}
        self.setObjectName("channelTable")
        self._header = _Header(self)
        self.setHorizontalHeader(self._header)
        self.setModel(model)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # Single-line rows keep the channels in view; full texts are in each cell's tooltip.
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab moves on to the draft; arrow keys still move between rows and cells.
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in ELIDED:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(MIN_SECTION)
        self._fitting = False

    def height_for_rows(self, rows: int) -> int:
        """Pixels the table needs to show `rows` rows without scrolling."""
        row_height = self.verticalHeader().defaultSectionSize()
        scrollbar = self.horizontalScrollBar().sizeHint().height()
        header = self.horizontalHeader().sizeHint().height()
        return header + rows * row_height + scrollbar + 2 * self.frameWidth()

    def fit_columns(self) -> None:
        """Set aside as few yielding columns as lets the others show whole (see the module).

        Runs by itself when the table's width, font or language changes; call it when the
        model's words change (a new answer)."""
        yielding = {column for group in YIELDING for column in group}

        def need(column: int) -> int:
            if column in ELIDED:
                return max(self.fontMetrics().horizontalAdvance("0") * USEFUL_CHARS, MIN_SECTION)
            heading = self._header.heading_width(column)
            return max(self._contents_width(column), heading, MIN_SECTION)

        model = self.model()
        if model is None:
            return
        self._fitted_width = self.viewport().width()
        columns = range(model.columnCount())
        room = self.viewport().width() - sum(need(c) for c in columns if c not in yielding)
        # The groups that stay, most wanted first, as long as each fits whole beside the others.
        hidden: set[int] = set()
        for group in reversed(YIELDING):
            wanted = sum(need(column) for column in group)
            if hidden or wanted > room:
                hidden.update(group)
            room -= wanted
        for column in yielding:
            if self.isColumnHidden(column) != (column in hidden):
                self.setColumnHidden(column, column in hidden)
        # Without the stretching columns, the last one on show takes up the room that is left.
        self._header.setStretchLastSection(all(column in hidden for column in ELIDED))

    def _contents_width(self, column: int) -> int:
        """The width every row's text in the column asks for, shown or not (Qt's own measure
        looks only at the columns and rows on screen, and asks the delegate, which is slow)."""
        widest = max(
            (self._text_width(text, bold) for text, bold in self._texts(column)), default=0
        )
        # The item's text margins on both sides, as the style lays them out, and the grid line.
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        # One pixel more for the text layout rounding up its fractional width.
        return widest + 2 * margin + 1 + (1 if self.showGrid() else 0)

    def _texts(self, column: int) -> list[tuple[str, bool]]:
        model = self.model()
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        if isinstance(source, ChannelTableModel):
            return source.column_texts(column)
        texts = []
        for row in range(model.rowCount()):
            index = model.index(row, column)
            bold = isinstance(index.data(Qt.ItemDataRole.FontRole), QFont)
            texts.append((str(index.data() or ""), bold))
        return texts

    def _text_width(self, text: str, bold: bool) -> int:
        width = self._text_widths.get((text, bold))
        if width is None:
            font = QFont(self.font())
            font.setBold(bold)
            width = self._text_widths[(text, bold)] = QFontMetrics(font).horizontalAdvance(text)
        return width

    def hidden_columns(self) -> set[int]:
        """The yielding columns that have stepped aside."""
        return {c for group in YIELDING for c in group if self.isColumnHidden(c)}

    # --- Qt -----------------------------------------------------------------------------------

    def updateGeometries(self) -> None:  # noqa: N802 (Qt override)
        # Called once the viewport has its new size: the moment to fit the columns to it.
        super().updateGeometries()
        if not self._fitting and self._fitted_width != self.viewport().width():
            self._fitting = True
            try:
                self.fit_columns()
            finally:
                self._fitting = False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._text_widths.clear()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self.fit_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape and self.selectionModel().hasSelection():
            self.clearSelection()
            event.accept()
            return
        super().keyPressEvent(event)
