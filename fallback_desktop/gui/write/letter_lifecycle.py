"""A letter's life in the drafting pane: put back after a restart or a crash, and begun anew.

A mixin of DraftPane (gui/write/pane.py), which holds everything named below."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from fallback_desktop.core.domain.purposes import DEFAULT_PURPOSE
from fallback_desktop.core.writing.drafting import default_reply_by

if TYPE_CHECKING:
    from fallback_desktop.core.store.profile import DraftState
    from fallback_desktop.gui.write.draft_layout import FormAndLetter
    from fallback_desktop.gui.write.fields_form import DraftFieldsForm
    from fallback_desktop.gui.write.preview import DraftPreview
    from fallback_desktop.gui.write.recovery import DraftSaver, RecoveryBar
    from fallback_desktop.session import Session


class LetterLifecycle:
    """Restore the earlier letter, discard it, or start a new one."""

    _session: Session
    form: DraftFieldsForm
    preview: DraftPreview
    recovery: RecoveryBar
    sides: FormAndLetter
    saver: DraftSaver
    _overrides: dict[str, str | None]
    _touched: set[str]
    _loading: bool
    _recovered: DraftState | None
    _kept_reply_by: dt.date | None

    def _render(self) -> None:
        raise NotImplementedError

    def _persist(self, *, clean_exit: bool = False) -> None:
        raise NotImplementedError

    def _schedule_save(self) -> None:
        raise NotImplementedError

    def has_content(self) -> bool:
        raise NotImplementedError

    def is_hand_edited(self) -> bool:
        raise NotImplementedError

    def _put_back(self, state: DraftState) -> None:
        """The saved letter back in the form; what the person typed since this start stays."""
        values = {k: v for k, v in state.fields.items() if k not in self._touched}
        self.form.set_values(values)
        if "choices" not in self._touched:
            self.form.set_choices(state.purpose, state.letter_lang)
        if "reply_by" in values:
            self._kept_reply_by = self.form.date("reply_by")
        if state.subject_override is not None and "subject" not in self._touched:
            self._overrides["subject"] = state.subject_override
        if state.body_override is not None and "body" not in self._touched:
            self._overrides["body"] = state.body_override
        self.preview.notice.setVisible(self.is_hand_edited())

    def restore_previous(self) -> None:
        """Bring back the draft from the run that did not end normally."""
        state = self._recovered
        if state is None:
            return
        self._put_back(state)
        self.recovery.hide()
        self._recovered = None
        self._render()
        self._schedule_save()

    def discard_previous(self) -> None:
        """Forget the earlier draft."""
        self.recovery.hide()
        self._recovered = None
        self._persist()

    def ask_new_letter(self) -> None:
        """Start a new letter, after asking when this one holds anything worth keeping."""
        if not self.has_content() or self.preview.confirm_new_letter():
            self.new_letter()

    def new_letter(self) -> None:
        """Clear the problem, the wishes and hand edits for another letter; contact details stay."""
        self._loading = True
        try:
            self.form.set_values({k: "" for k, s in self.form.specs.items() if not s.remembered})
            self.form.set_choices(DEFAULT_PURPOSE, self.form.choices.chosen_lang())  # same language
            today = self._session.now().date()
            self.form.set_date("reply_by", default_reply_by(today, self._session.calendar))
        finally:
            self._loading = False
        for key in self.form.errors:
            self.form.clear_error(key)
        self.preview.clear_subject_error()
        self._overrides = {"subject": None, "body": None}
        self._touched.clear()
        self._kept_reply_by = None
        self.recovery.hide()
        self._recovered = None
        self.preview.notice.hide()
        self.preview.hide_message()
        self._render()
        self._persist()
        first = self.form.tab_chain()[0]
        self.sides.reveal(first)
        first.setFocus()
