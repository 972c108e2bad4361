"""Keeping the letter in progress: saving it a moment after each change, and the bar that offers
back a draft left behind when the app did not close normally."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from fallback_desktop.core.store.profile import ContactProfile, DraftState
from fallback_desktop.core.writing.fields import registry
from fallback_desktop.gui.fitting import NoticeFrame

if TYPE_CHECKING:
    from fallback_desktop.core.store.profile import UserFiles
    from fallback_desktop.gui.write.fields_form import DraftFieldsForm

# Saving touches the disk with fsync; gather a burst of keystrokes into one write.
SAVE_DELAY_MS = 400


def offers_draft(state: DraftState) -> bool:
    """True when a saved state holds something the person wrote about the problem."""
    content = {spec.key for spec in registry() if spec.content}
    return (
        any(v.strip() for k, v in state.fields.items() if k in content)
        or bool(state.subject_override)
        or bool(state.body_override)
    )


def save_draft(
    files: UserFiles,
    fields: dict[str, str],
    subject_override: str | None,
    body_override: str | None,
    *,
    clean_exit: bool,
    purpose: str = "general",
    letter_lang: str | None = None,
) -> None:
    """Store the draft, keeping what other parts of the window keep in the same state."""
    state, _loaded = files.load_draft_state()
    files.save_draft_state(
        dataclasses.replace(
            state,
            fields=fields,
            purpose=purpose,
            letter_lang="ko" if letter_lang == "ko" else "en" if letter_lang == "en" else None,
            subject_override=subject_override,
            body_override=body_override,
            clean_exit=clean_exit,
        )
    )


class DraftSaver(QObject):
    """Writes the form, the letter's choices and hand edits a moment after the last change
    (`schedule`), or at once (`persist`, which raises OSError); the contact details only when
    they changed (`profile_dirty`)."""

    def __init__(
        self,
        files: UserFiles,
        form: DraftFieldsForm,
        overrides: Callable[[], dict[str, str | None]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._files = files
        self._form = form
        self._overrides = overrides
        self.profile_dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)

    def schedule(self) -> None:
        self.timer.start()

    def persist(self, *, clean_exit: bool = False) -> None:
        self.timer.stop()
        overrides = self._overrides()
        choices = self._form.choices
        save_draft(
            self._files,
            self._form.values(),
            overrides["subject"],
            overrides["body"],
            clean_exit=clean_exit,
            purpose=choices.purpose(),
            letter_lang=choices.chosen_lang(),
        )
        if self.profile_dirty:
            self._files.save_profile(ContactProfile(**self._form.remembered()))
            self.profile_dirty = False


class RecoveryBar(NoticeFrame):
    """Non-modal: the person can keep writing and decide later."""

    def __init__(self, parent: QWidget | None = None) -> None:
        # Painted, not styled: a style sheet would keep its text from growing with large text.
        super().__init__("#e3f2fd", "#90caf9", parent)
        self.setObjectName("recoveryBar")
        self.label = QLabel()
        self.label.setObjectName("recoveryLabel")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreDraftButton")
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discardDraftButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self._retranslate()
        self.hide()

    def _retranslate(self) -> None:
        self.label.setText(self.tr("There is a draft you were writing last time."))
        self.restore_button.setText(self.tr("Bring it bac&k"))
        self.discard_button.setText(self.tr("Discard it"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
