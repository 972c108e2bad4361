"""The companies view's row of buttons: add, edit, delete and undo while browsing; save and
cancel while editing."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

BROWSING = ("add", "edit", "delete", "undo")
EDITING = ("save", "cancel")


class CompanyButtons(QWidget):
    """`buttons[name]` for each of BROWSING and EDITING (object name `<name>CompanyButton`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for name in BROWSING + EDITING:
            button = QPushButton()
            button.setObjectName(f"{name}CompanyButton")
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        self.retranslate()

    def set_editing(self, on: bool) -> None:
        """Show the buttons of editing (on) or of browsing."""
        for name in BROWSING:
            self.buttons[name].setVisible(not on)
        for name in EDITING:
            self.buttons[name].setVisible(on)

    def retranslate(self) -> None:
        words = {
            "add": self.tr("&Add"),
            "edit": self.tr("&Edit"),
            "delete": self.tr("De&lete"),
            "undo": self.tr("&Undo"),
            "save": self.tr("&Save"),
            "cancel": self.tr("Cancel"),
        }
        for name, label in words.items():
            self.buttons[name].setText(label)
            # Without the mnemonic: "추가(&A)" is read as "추가".
            self.buttons[name].setAccessibleName(re.sub(r"\(&.\)$", "", label).replace("&", ""))
