"""The question asked before leaving a template with unsaved changes (a seam tests replace)."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

Answer = Literal["save", "discard", "cancel"]


def ask_save_changes(parent: QWidget | None, name: str) -> Answer:
    """Save, discard or stay: Enter saves, Escape stays (nothing is lost by a stray key)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("TemplateUnsaved", "Unsaved changes"),
        QCoreApplication.translate(
            "TemplateUnsaved", "The template '%1' has changes that are not saved yet."
        ).replace("%1", name),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    save = box.addButton(
        QCoreApplication.translate("TemplateUnsaved", "&Save"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("TemplateUnsaved", "&Discard changes"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("TemplateUnsaved", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return "save"
    if clicked is discard:
        return "discard"
    return "cancel"
