"""The drafting pane: the facts, the letter made from them, and the ways to send it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.store.profile import DraftState
from fallback_desktop.core.text.catalog import render
from fallback_desktop.core.writing.checklist import check_draft
from fallback_desktop.core.writing.drafting import (
    Draft,
    DraftFields,
    default_reply_by,
    render_email,
)
from fallback_desktop.core.writing.engine_loading import load_jinja
from fallback_desktop.core.writing.fields import check_fields
from fallback_desktop.core.writing.withdrawal import withdrawal_notes
from fallback_desktop.gui.first_paint import after_first_paint
from fallback_desktop.gui.i18n import current_lang
from fallback_desktop.gui.source_lines import forget_source_lines
from fallback_desktop.gui.write.channel_pages import ChannelHelpers
from fallback_desktop.gui.write.draft_layout import FormAndLetter
from fallback_desktop.gui.write.fields_form import DraftFieldsForm
from fallback_desktop.gui.write.handoff import DraftHandoff
from fallback_desktop.gui.write.letter_lifecycle import LetterLifecycle
from fallback_desktop.gui.write.preview import DraftPreview
from fallback_desktop.gui.write.record_offer import AttemptRecorder
from fallback_desktop.gui.write.recovery import DraftSaver, RecoveryBar, offers_draft

if TYPE_CHECKING:
    from fallback_desktop.core.domain.company import Company
    from fallback_desktop.core.writing.letter_case import LetterFacts
    from fallback_desktop.session import Session


class DraftPane(LetterLifecycle, QWidget):
    """Fields -> core.drafting -> subject/body preview -> clipboard, mail program or .eml."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, render_when_shown: bool = True
    ) -> None:
        """With render_when_shown=False the owner calls `render_first()` when it sees fit."""
        super().__init__(parent)
        self._session = session
        self.form = DraftFieldsForm()
        self.preview = DraftPreview()
        self.recovery = RecoveryBar()
        self.handoff = DraftHandoff(self.form, self.preview, self.has_content, self)
        self.recorder = AttemptRecorder(session, self.letter_facts, self)
        self._overrides: dict[str, str | None] = {"subject": None, "body": None}
        self._touched: set[str] = set()
        self._loading = False
        self._rendered = False
        self._recovered: DraftState | None = None
        self._kept_reply_by: dt.date | None = None  # of a letter carried over from last time
        self.company: Company | None = None
        self._channel = "email"
        self.saver = DraftSaver(session.files, self.form, lambda: self._overrides, self)

        self._build_layout()
        self._set_tab_order()
        self._load_saved()
        self._connect_signals()
        forget_source_lines()  # the workspace's modules are in; their text is not needed
        if render_when_shown:
            # Rendering pulls in the template engine; let the pane reach the screen first.
            after_first_paint(self, self.render_first)

    # -- construction -------------------------------------------------------------------------

    def _build_layout(self) -> None:
        # The letter is the email's page; the other channels' texts are pages beside it.
        self.helpers = ChannelHelpers(self.preview, scroll_pages=False)
        self.sides = FormAndLetter(self.form, self.helpers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.recovery)
        layout.addWidget(self.sides, 1)

    def _set_tab_order(self) -> None:
        """The recovery offer, then the form top to bottom, then the letter and its buttons."""
        chain = [
            self.recovery.restore_button,
            self.recovery.discard_button,
            *self.form.tab_chain(),
            self.helpers.combo,
            *self.preview.tab_chain(),
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.form.changed.connect(self._field_changed)
        self.form.choices.changed.connect(self._choice_changed)
        self.preview.hand_edited.connect(self._hand_edited)
        self.preview.regenerate_button.clicked.connect(self.regenerate)
        self.preview.new_button.clicked.connect(self.ask_new_letter)
        self.preview.copy_button.clicked.connect(self.handoff.copy)
        self.preview.mail_button.clicked.connect(self.handoff.mail)
        self.preview.eml_button.clicked.connect(self.handoff.save_eml)
        self.preview.message_button.clicked.connect(self.handoff.run_message_action)
        self.form.edits["to"].editingFinished.connect(self._check_to)
        self.recovery.restore_button.clicked.connect(self.restore_previous)
        self.recovery.discard_button.clicked.connect(self.discard_previous)
        self.saver.timer.timeout.connect(self._persist)
        self.form.error_shown.connect(self._reveal_error)
        self.preview.message_shown.connect(lambda: self.sides.reveal(self.preview.message))

    def _reveal_error(self, key: str) -> None:
        """Scroll so that the field and the sentence under it are both in view."""
        self.sides.reveal(self.form.field_widget(key))
        self.sides.reveal(self.form.errors[key])

    def _load_saved(self) -> None:
        """Contact details; the letter left by a normal close, or one left by a crash offered."""
        profile, loaded_profile = self._session.files.load_profile()
        state, loaded_state = self._session.files.load_draft_state()
        self._loading = True
        try:
            self.form.set_values(dataclasses.asdict(profile))
        finally:
            self._loading = False
        if offers_draft(state) and state.clean_exit:
            # Closed normally: the letter in progress is simply there again.
            self._put_back(state)
        elif offers_draft(state):
            self._recovered = state
            self.recovery.show()
        lang = current_lang()
        # Both files may be broken: one message names both, rather than the second hiding the first.
        notices = [x.notice.render(lang) for x in (loaded_profile, loaded_state) if x.notice]
        if notices:
            self.preview.show_message(" ".join(notices))

    def render_first(self) -> None:
        """The first letter, with the default reply-by date unless one was chosen already."""
        # default_reply_by loads the holiday calendar; render_email loads Jinja (here without
        # OpenSSL). The lines of what was imported since and now are dropped before and after.
        forget_source_lines()
        load_jinja()
        today = self._session.now().date()
        kept = self._kept_reply_by
        if "reply_by" not in self._touched and (kept is None or kept < today):
            self._loading = True
            try:
                self.form.set_date("reply_by", default_reply_by(today, self._session.calendar))
            finally:
                self._loading = False
        self._render()
        self.helpers.set_channel(self._channel)
        forget_source_lines()

    # -- rendering ----------------------------------------------------------------------------

    def set_company(self, company: Company | None) -> None:
        """The company the letter is for: its channels' addresses, hours and caps."""
        self.company = company
        if self._rendered:
            self._render()

    def set_channel(self, channel: str, *, by_hand: bool = False) -> None:
        """Get the letter ready for this channel (the plan's step or a row of the table);
        before the first letter is made, once it is (the start shows the plan first). The
        plan does not move the person away from a notice shown under the letter."""
        if not by_hand and self.preview.message_text():
            channel = "email"
        self._channel = channel
        if self._rendered:
            self.helpers.set_channel(channel)

    def letter_facts(self) -> LetterFacts:
        """What a case opened from this letter is made of (gui/write/record_offer)."""
        from fallback_desktop.core.writing.letter_case import LetterFacts

        company_id = None if self.company is None else self.company.id
        fields = self.fields()
        if not self._rendered:  # the reply-by day is set with the first letter
            fields = fields.replace(reply_by=None)
        return LetterFacts(fields, self.form.choices.purpose(), company_id)

    def fields(self) -> DraftFields:
        """The form's content as core.drafting's input."""
        return self.form.draft_fields()

    def _render(self) -> None:
        """Render the letter for its purpose and in its language (notes and checks in the
        window's); hand-edited parts are left alone."""
        lang, choices = current_lang(), self.form.choices
        purpose, today, fields = choices.purpose(), self._session.now().date(), self.fields()
        self.form.show_notes(check_fields(fields, today), lang)
        notes = withdrawal_notes(fields, purpose, today)
        self.form.show_legal_note(" ".join(render(note, lang) for note in notes))
        self.helpers.set_fields(
            fields, choices.letter_lang(), purpose, self.company, self._session.now(),
            self._session.calendar,
        )  # fmt: skip
        try:
            draft = render_email(
                fields, choices.letter_lang(), choices.template(), purpose=purpose, today=today
            )
        except InputError as error:
            self.preview.show_message(error.text(lang))
            return
        self._rendered = True
        subject, body = self._overrides["subject"], self._overrides["body"]
        self.preview.set_draft(
            draft.subject if subject is None else subject,
            draft.body if body is None else body,
        )
        self._update_checks(fields, Draft(subject=self.subject_text(), body=self.body_text()))

    def _update_checks(self, fields: DraftFields, draft: Draft) -> None:
        items = check_draft(fields, draft, self.form.choices.purpose())
        self.preview.set_checks([(i.key, i.ok, i.message.render(current_lang())) for i in items])

    def subject_text(self) -> str:
        return self.preview.subject.text()

    def body_text(self) -> str:
        return self.preview.body.toPlainText()

    def is_hand_edited(self) -> bool:
        return any(value is not None for value in self._overrides.values())

    def has_content(self) -> bool:
        """True when there is a letter worth handing over."""
        return self.form.has_content() or self.is_hand_edited()

    def regenerate(self) -> None:
        """Drop the hand edits and make the letter from the fields again."""
        self._overrides = {"subject": None, "body": None}
        self.preview.notice.hide()
        self._render()
        self._schedule_save()

    # -- reactions ----------------------------------------------------------------------------

    def _field_changed(self, key: str) -> None:
        if self._loading:
            return
        self._touched.add(key)
        if self.form.specs[key].remembered:
            self.saver.profile_dirty = True
        if key in self.form.errors:
            # The person is fixing it; the sentence comes back on the next check if still wrong.
            self.form.clear_error(key)
        self._changed()

    def _choice_changed(self) -> None:
        """Another purpose or letter language: the form has its fields, the letter follows."""
        if not self._loading:
            self._touched.add("choices")  # beside the field keys: the choices above the form
            self._changed()

    def _changed(self) -> None:
        self.preview.hide_message()
        if self.is_hand_edited():
            self.preview.notice.show()
        self._render()
        self._schedule_save()

    def _hand_edited(self, which: str) -> None:
        self._overrides[which] = self.subject_text() if which == "subject" else self.body_text()
        if which == "subject":
            self.preview.clear_subject_error()
        self.preview.hide_message()
        if self._rendered:
            self._update_checks(self.fields(), Draft(self.subject_text(), self.body_text()))
        self._schedule_save()

    def _check_to(self) -> None:
        """Say at once when the company's address cannot work, not only when sending."""
        from fallback_desktop.core.handoff.headers import validate_address

        try:
            validate_address(self.form.text("to"), "to", required=False)
        except InputError as error:
            self.form.show_error("to", error.text(current_lang()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange and self._rendered:
            # Children re-translate themselves; the letter follows the new language.
            self._render()
        super().changeEvent(event)

    # -- saving and recovery ------------------------------------------------------------------

    def _schedule_save(self) -> None:
        self.saver.schedule()

    def _persist(self, *, clean_exit: bool = False) -> None:
        try:
            self.saver.persist(clean_exit=clean_exit)
        except OSError as error:
            self.preview.show_message(
                self.tr("Your draft could not be saved on this computer: {reason}").format(
                    reason=error.strerror or str(error)
                )
            )

    def save_now(self) -> None:
        """Write the draft and contact details at once instead of after the short delay."""
        self._persist()

    def mark_clean_exit(self) -> None:
        """The window closes normally: the letter is simply there again at the next start."""
        if self._recovered is not None and not self._touched:
            # The person has not decided about the earlier draft yet: keep offering it.
            self.saver.timer.stop()
            return
        self._persist(clean_exit=True)
