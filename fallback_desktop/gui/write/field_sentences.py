"""The sentence under a field: an error from sending, or a quiet remark of the field checks."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from fallback_desktop.gui.fitting import tint


def _label(key: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"{key}Error")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # Through the palette: a style sheet would keep the text from growing with large text.
    tint(label, "#b00020", bold=True)
    label.hide()
    return label


def _marked(text: str) -> str:
    return "⚠ " + text


class FieldSentences:
    """One hidden label per field, and which of them hold a remark rather than an error."""

    def __init__(self, keys: Iterable[str], widget_of: Callable[[str], QWidget]) -> None:
        self.labels = {key: _label(key) for key in keys}
        self._widget_of = widget_of
        self._remarks: dict[str, str] = {}  # shown now, by key

    def put(self, key: str, text: str) -> None:
        label = self.labels[key]
        label.setText(_marked(text))
        label.show()
        # Read out with the field, so a screen reader user hears why it is marked.
        self._widget_of(key).setAccessibleDescription(text)

    def clear(self, key: str) -> None:
        label = self.labels[key]
        if label.isHidden():
            return
        label.clear()
        label.hide()
        self._widget_of(key).setAccessibleDescription("")

    def text(self, key: str) -> str:
        label = self.labels[key]
        return label.text() if not label.isHidden() else ""

    def show_remarks(self, wanted: Mapping[str, str]) -> None:
        """Show these remarks; earlier ones that no longer apply go, errors stay."""
        for key, shown in self._remarks.items():
            if wanted.get(key) != shown and self.text(key) == _marked(shown):
                self.clear(key)
        for key, remark in wanted.items():
            if not self.text(key):
                self.put(key, remark)
        self._remarks = dict(wanted)
