"""The list of files to attach to the letter, with add and remove buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fallback_desktop.gui import desktop


class AttachmentList(QWidget):
    """Files chosen by the person; `changed` fires whenever the list changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("attachmentList")
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        # A few rows are enough; the form around it scrolls.
        self.list.setMaximumHeight(96)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addAttachmentButton")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeAttachmentButton")
        self.remove_button.setEnabled(False)
        self._delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        self._delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

        self._retranslate()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self._delete_shortcut.activated.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)

    def _retranslate(self) -> None:
        self.add_button.setText(self.tr("Add &file…"))
        self.remove_button.setText(self.tr("Remo&ve"))
        self.list.setToolTip(self.tr("Files to send with the letter, such as receipts or photos"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def paths(self) -> tuple[Path, ...]:
        """The attached files, in the order they were added."""
        return tuple(
            Path(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
        )

    def set_paths(self, paths: list[Path] | tuple[Path, ...]) -> None:
        """Replace the list (e.g. when a saved draft is restored)."""
        self.list.clear()
        self._append(paths)
        self.changed.emit()

    def add_paths(self, paths: list[Path]) -> None:
        """Add files that are not in the list yet."""
        known = set(self.paths())
        fresh = [p for p in paths if p not in known]
        if fresh:
            self._append(fresh)
            self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted((self.list.row(item) for item in self.list.selectedItems()), reverse=True)
        for row in rows:
            self.list.takeItem(row)
        if rows:
            self.changed.emit()
        self._update_buttons()

    def _append(self, paths: list[Path] | tuple[Path, ...]) -> None:
        for path in paths:
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.list.addItem(item)
        self._update_buttons()

    def _choose_files(self) -> None:
        self.add_paths(desktop.ask_open_files(self, self.tr("Choose files to attach")))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))
