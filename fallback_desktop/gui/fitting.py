"""Pieces that keep fitting their text at any size: normal or large text, Korean or English.

Style sheets are avoided on purpose: a widget with a style sheet keeps the font it had when the
sheet was applied, so the larger-text setting would pass it by. Colours go through the palette
and frames are painted by hand instead.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QProxyStyle,
    QScrollArea,
    QStyle,
    QStyleOption,
    QWidget,
)


class FittedScrollArea(QScrollArea):
    """Scrolls up and down only, and is never narrower than its content needs.

    Its minimum width follows the content's (plus the scroll bar), so a splitter or layout
    around it makes room instead of cutting inputs off at the right edge, and the minimum
    grows with larger text. `min_chars` sets a comfortable floor, in digit widths (a CJK
    font's "average" character is a full-width one, twice as wide as a digit).
    """

    def __init__(self, content: QWidget, name: str, *, min_chars: int = 0) -> None:
        super().__init__()
        self.setObjectName(name)
        self._min_chars = min_chars
        self._last_hint = QSize()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # The content's layout changed (larger text, another language, a row shown): tell the
        # splitter or layout around this area, which otherwise keeps its old minimum.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            hint = self.minimumSizeHint()
            if hint != self._last_hint:
                self._last_hint = hint
                self.updateGeometry()
        return super().eventFilter(watched, event)

    def _chrome(self) -> int:
        return self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def _floor(self) -> int:
        return self.fontMetrics().horizontalAdvance("0") * self._min_chars

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        base = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return base
        width = max(content.minimumSizeHint().width(), self._floor()) + self._chrome()
        return QSize(width, base.height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        base = super().sizeHint()
        content = self.widget()
        if content is None:
            return base
        width = max(content.sizeHint().width(), self._floor()) + self._chrome()
        return QSize(max(width, self.minimumSizeHint().width()), base.height())


class LabelsBesideOrAbove(QFormLayout):
    """A form whose labels sit beside their inputs when every row fits, else above them all.

    Qt's own WrapLongRows wraps only the rows that do not fit, which reads as a jumble in a
    narrow column; this keeps the rows alike, and lets the column shrink to the wrapped width.
    """

    def _column_widths(self) -> tuple[int, int]:
        labels, fields = [0], [0]
        for row in range(self.rowCount()):
            label = self.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None:
                labels.append(label.sizeHint().width())
                fields.append(field.minimumSize().width())
        return max(labels), max(fields)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        labels, fields = self._column_widths()
        margins = self.contentsMargins()
        beside = labels + self.horizontalSpacing() + fields + margins.left() + margins.right()
        policy = QFormLayout.RowWrapPolicy.DontWrapRows
        if rect.width() < beside:
            policy = QFormLayout.RowWrapPolicy.WrapAllRows
        if self.rowWrapPolicy() != policy:
            self.setRowWrapPolicy(policy)
        super().setGeometry(rect)

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        labels, fields = self._column_widths()
        margins = self.contentsMargins()
        width = max(labels, fields) + margins.left() + margins.right()
        return QSize(width, super().minimumSize().height())


class WholeTextComboBox(QComboBox):
    """A choice that is never narrower than its longest item, in any language or text size.

    QComboBox forgets its preferred width when the font or the items change, but keeps an
    old minimum: after switching to large text it could be squeezed to "At home, at a comput".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.sizeHint()


def tint(widget: QWidget, color: str, *, bold: bool = False) -> None:
    """Text in `color` (and bold), while the font's family and size still follow the window."""
    palette = widget.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, QColor(color))
    widget.setPalette(palette)
    if bold:
        # A font that says only "bold": its size keeps coming from the application.
        font = QFont()
        font.setBold(True)
        widget.setFont(font)


class NoticeFrame(QFrame):
    """A quiet rounded box in a light colour, for a line of news with a button beside it."""

    def __init__(self, fill: str, border: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fill = QColor(fill)
        self._border = QColor(border)
        palette = self.palette()
        # Dark text on the light box whatever the desktop theme (a dark theme has light text).
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, QColor("#1a1a1a"))
        self.setPalette(palette)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self._border, 1))
        painter.setBrush(self._fill)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.end()


class _RoomyMenuStyle(QProxyStyle):
    """Menu items a little wider than the style asks for.

    Qt measures a menu item and then elides its text to a slightly narrower box; with a
    Korean label and a mnemonic in brackets ("글자 크게(&T)") the text came out as "글자 …T)".
    """

    def sizeFromContents(  # noqa: N802 (Qt override)
        self,
        contents: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        # Qt passes no widget for some items; the type stubs do not say so.
        hint = super().sizeFromContents(contents, option, size, cast(QWidget, widget))
        if contents == QStyle.ContentsType.CT_MenuItem:
            hint.setWidth(hint.width() + 2 * option.fontMetrics.averageCharWidth())
        return hint


def roomy_menus(*menus: QWidget) -> None:
    """Give each menu the roomy item style, so no label is cut short at any text size."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for menu in menus:
        style = _RoomyMenuStyle(app.style().name())
        style.setParent(menu)  # lives as long as the menu
        menu.setStyle(style)
