"""The three columns of the templates view: the list with its buttons, the editor with its
problems, and the preview. Widgets and words only; what they do lives in view.py."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fallback_desktop.core.domain.purposes import PURPOSE_IDS, purpose_name
from fallback_desktop.core.text.catalog import has, render
from fallback_desktop.core.writing.user_templates import MAX_NAME
from fallback_desktop.gui.i18n import current_lang

LINE_ROLE = Qt.ItemDataRole.UserRole
COLUMN_ROLE = Qt.ItemDataRole.UserRole + 1
# Enough rows of problems to see several at once, while the editor keeps most of the height.
PROBLEM_ROWS = 4


def _plain_label(name: str = "") -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _name_for_readers(label: str) -> str:
    # Without the mnemonic: "새로 만들기(&N)" is read as "새로 만들기".
    return re.sub(r"\(&.\)$", "", label).replace("&", "")


def monospace() -> QFont:
    """A fixed-width family only: the size still follows the window's (and large text)."""
    font = QFont()
    font.setFamilies([QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()])
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


class ListColumn(QWidget):
    """The person's templates and the buttons that add, copy, delete and bring one back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _plain_label()
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.heading.setBuddy(self.list)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for index, name in enumerate(("new", "duplicate", "delete", "undo")):
            button = QPushButton()
            button.setObjectName(f"{name}TemplateButton")
            self.buttons[name] = button
            grid.addWidget(button, index // 2, index % 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.list, 1)
        column.addLayout(grid)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("&Your templates"))
        self.list.setAccessibleName(self.tr("Your templates"))
        words = {
            "new": self.tr("&New"),
            "duplicate": self.tr("Dupli&cate"),
            "delete": self.tr("&Delete"),
            "undo": self.tr("&Undo delete"),
        }
        for name, label in words.items():
            self.buttons[name].setText(label)
            self.buttons[name].setAccessibleName(_name_for_readers(label))
        self.buttons["new"].setToolTip(self.tr("A new template, starting from the standard letter"))


class EditorColumn(QWidget):
    """The template's name and text, the problems found in it, and Save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_label = QLabel()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("templateNameEdit")
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_label.setBuddy(self.name_edit)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("templateEditor")
        self.editor.setFont(monospace())
        # Tab leaves the editor, so the keyboard is never trapped in it.
        self.editor.setTabChangesFocus(True)
        self.editor_label = QLabel()
        self.editor_label.setBuddy(self.editor)
        self.problems_label = _plain_label()
        self.problems = QListWidget()
        self.problems.setObjectName("templateProblems")
        self.problems.setWordWrap(True)
        self.problems_label.setBuddy(self.problems)
        self.status = _plain_label("templateStatus")
        self.save = QPushButton()
        self.save.setObjectName("saveTemplateButton")

        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.name_edit, 1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.status, 1)
        save_row.addWidget(self.save, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(name_row)
        column.addWidget(self.editor_label)
        column.addWidget(self.editor, 3)
        column.addWidget(self.problems_label)
        column.addWidget(self.problems, 1)
        column.addLayout(save_row)
        self.fit_problems()

    def fit_problems(self) -> None:
        """Room for a few problems at the current text size."""
        rows = self.problems.fontMetrics().lineSpacing() * PROBLEM_ROWS
        self.problems.setMaximumHeight(rows + 2 * self.problems.frameWidth() + 8)

    def retranslate(self) -> None:
        self.name_label.setText(self.tr("Na&me:"))
        self.name_edit.setAccessibleName(self.tr("Template name"))
        self.editor_label.setText(self.tr("&Template (Ctrl+S saves)"))
        self.editor.setAccessibleName(self.tr("Template text"))
        self.problems_label.setText(self.tr("&Problems (Enter goes to the line)"))
        self.problems.setAccessibleName(self.tr("Problems in the template"))
        self.save.setText(self.tr("&Save"))
        self.save.setAccessibleName(self.tr("Save"))


class PreviewColumn(QWidget):
    """The template filled with an example letter, in the language chosen above it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.lang = QComboBox()
        self.lang.setObjectName("templatePreviewLang")
        self.lang.addItem("한국어", "ko")
        self.lang.addItem("English", "en")
        self.heading.setBuddy(self.lang)
        self.purpose = QComboBox()
        self.purpose.setObjectName("templatePreviewPurpose")
        for purpose in PURPOSE_IDS:
            self.purpose.addItem("", purpose)
        self.note = _plain_label("templatePreviewNote")
        self.note.hide()
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("templatePreview")
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        choices = QHBoxLayout()
        choices.addWidget(self.lang)
        choices.addWidget(self.purpose, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addLayout(choices)
        column.addWidget(self.note)
        column.addWidget(self.preview, 1)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Previe&w with an example letter:"))
        self.lang.setAccessibleName(self.tr("Language of the example letter"))
        self.purpose.setAccessibleName(self.tr("Purpose of the example letter"))
        lang = current_lang()
        for index, purpose in enumerate(PURPOSE_IDS):
            name = purpose_name(purpose)
            self.purpose.setItemText(index, render(name, lang) if has(name.key) else purpose)
        self.preview.setAccessibleName(self.tr("Preview of the letter"))
