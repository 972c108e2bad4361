"""What the person is told when the directory file was damaged and set aside: the notice, and
the last backup offered back with one button."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.text.catalog import render, text
from fallback_desktop.gui.i18n import current_lang

if TYPE_CHECKING:
    from fallback_desktop.core.store.directory import Directory


class BackupOffer(QWidget):
    """Hidden until `offer` finds a notice; the button shows only when there is a backup."""

    def __init__(self, restored: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryNotice")
        self._restored = restored
        self._directory: Directory | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton()
        self.button.setObjectName("restoreBackupButton")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.button.clicked.connect(self.restore)
        self.hide()
        self._retranslate()

    def offer(self, directory: Directory) -> None:
        """Show the directory's notice (once: it is taken), with the backup when there is one."""
        self._directory = directory
        notice = directory.take_notice()
        if notice is None:
            return
        self.label.setText(render(notice, current_lang()))
        self.button.setVisible(directory.last_backup() is not None)
        self.show()

    def restore(self) -> None:
        if self._directory is None:
            return
        try:
            backup = self._directory.restore_backup()
        except InputError as error:
            self.label.setText(error.text(current_lang()))
            self.button.hide()
            return
        path = self._directory.db.path
        self.label.setText(
            text(
                "directory.restored",
                current_lang(),
                made=backup.made.strftime("%Y-%m-%d %H:%M"),
                rows=backup.rows,
                path=str(path.with_name(path.name + ".before-restore")),
            )
        )
        self.button.hide()
        self._restored()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.button.setText(self.tr("&Restore the backup"))
        self.button.setAccessibleName(self.tr("Restore the backup"))
