"""A plain-text label that wraps, for the card's changing sentences.

QLabel works out its preferred and smallest size by laying its text out several times over
(a golden-ratio search among them) whenever the text changes; the card changes a dozen
sentences at every answer, and those layouts were a good part of the time the new answer
took to show. Inside a column whose width the layout sets, the label needs only its height
for that width, which Qt asks for separately (heightForWidth).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

# Wide enough for any word the card shows; the column is far wider than this anyway.
MIN_CHARS = 8
PREFERRED_CHARS = 36


class TextLabel(QLabel):
    """Plain text, wrapped, selectable with the mouse; sizes without trial layouts."""

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("0") * MIN_CHARS, metrics.height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        width = self.fontMetrics().horizontalAdvance("0") * PREFERRED_CHARS
        return QSize(width, self.heightForWidth(width))
