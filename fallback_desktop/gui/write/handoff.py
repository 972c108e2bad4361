"""Handing the letter over: clipboard, the mail program, webmail, or an .eml file.

Which way the letter goes to the mail program is core's decision (core/handoff/route.py);
this class carries it out and says in one sentence what happened.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QUrl

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.handoff.filename import eml_file_name
from fallback_desktop.core.handoff.route import Step, outcome, paste_keys, plan_handoff
from fallback_desktop.core.text.catalog import Msg, msg
from fallback_desktop.core.writing.fields import field_of_error
from fallback_desktop.gui import desktop
from fallback_desktop.gui.i18n import current_lang
from fallback_desktop.gui.write.fields_form import DraftFieldsForm
from fallback_desktop.gui.write.preview import DraftPreview


class DraftHandoff(QObject):
    """Copy, mail and .eml actions; every outcome ends in one sentence the person can read."""

    def __init__(
        self,
        form: DraftFieldsForm,
        preview: DraftPreview,
        has_content: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = form
        self.preview = preview
        self._has_content = has_content
        self._saved_path: Path | None = None
        buttons = preview.buttons
        buttons.copy_letter_action.triggered.connect(self.copy_letter)
        buttons.copy_both_action.triggered.connect(self.copy)
        buttons.webmail_chosen.connect(self.open_webmail)

    # -- actions ------------------------------------------------------------------------------

    def copy(self) -> None:
        if not self._ready():
            return
        label = "제목" if current_lang() == "ko" else "Subject"
        subject, body = self._letter()
        desktop.copy_to_clipboard(f"{label}: {subject}\n\n{body}")
        self.preview.show_message(
            self.tr(
                "Copied. Paste it (Ctrl+V) into your mail or the company's web form, "
                "and add the subject if the form asks for one."
            )
        )
        self._offer_record("email")

    def copy_letter(self) -> None:
        """The letter alone, for a web form whose subject is a field of its own."""
        if not self._ready():
            return
        desktop.copy_to_clipboard(self._letter()[1])
        self._say(msg("handoff.copied_letter", paste=self._paste()))
        self._offer_record("webform")

    def mail(self) -> None:
        """The whole letter in a mail link when it fits; else an .eml draft, or the address
        and subject in a link with the letter on the clipboard (core decides, by platform)."""
        from fallback_desktop.core.handoff.mailto import build_mailto

        if not self._ready():
            return
        to = self._checked_address()
        if to is None:
            return
        subject, body = self._letter()
        files = self.form.attachments.paths()
        platform = desktop.current_platform()
        try:
            # Its length decides the way; it opens only when it fits (core.route).
            uri = build_mailto(to, subject, body, limit=sys.maxsize)
            route = plan_handoff(len(uri), bool(files), platform)
            opened, copied = None, False
            for step in route.steps:
                if step is Step.MAILTO:
                    done = desktop.open_url(uri)
                elif step is Step.EML_DRAFT:
                    done = self._open_draft(to, subject, body, files)
                else:
                    desktop.copy_to_clipboard(body)
                    copied = True
                    done = desktop.open_url(self._short_link(to, subject))
                if done:
                    opened = step
                    break
        except InputError as error:
            self._show_input_error(error)
            return
        said = outcome(opened, files=len(files), copied=copied, platform=platform)
        if opened is None:
            self._offer_eml(said.render(current_lang()))
        else:
            self._say(said)
            self._offer_record("email")

    def open_webmail(self, service_id: str) -> None:
        """The service's compose page (or mail home) in the browser; the letter on the clipboard."""
        from fallback_desktop.core.handoff.webmail import webmail, webmail_outcome, webmail_url

        if not self._ready():
            return
        to = self._checked_address()
        if to is None:
            return
        service = webmail(service_id)
        subject, body = self._letter()
        try:
            url = webmail_url(service, to, subject)
        except InputError as error:
            self._show_input_error(error)
            return
        desktop.copy_to_clipboard(body)
        opened = desktop.open_url(url)
        files = len(self.form.attachments.paths())
        self._say(webmail_outcome(service, opened=opened, files=files, paste=self._paste()))
        self._offer_record("email")

    def save_eml(self) -> None:
        from fallback_desktop.core.handoff.eml import build_eml, write_eml

        if not self._ready():
            return
        to = self._checked_address()
        if to is None:
            return
        subject, body = self._letter()
        try:
            # Built before the dialog: a problem is reported without asking for a place first.
            data = build_eml(
                to, subject, body, self.form.attachments.paths(), sender=self._sender()
            )
        except InputError as error:
            self._show_input_error(error)
            return
        path = desktop.ask_save_path(
            self.preview,
            self.tr("Save the letter as an .eml file"),
            _documents_dir() / self._suggested_name(),
            self.tr("Email draft (*.eml)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".eml":
            path = path.with_name(path.name + ".eml")
        try:
            write_eml(path, data)
        except InputError as error:
            self._show_input_error(error)
            return
        except OSError as error:
            self.preview.show_message(
                self.tr("Could not save {path}: {reason}").format(
                    path=str(path), reason=error.strerror or str(error)
                )
            )
            return
        self._saved_path = path
        self.preview.show_message(
            self.tr(
                "Saved to {path}. Open that file to send the letter from your mail program."
            ).format(path=str(path)),
            "open_eml",
            self.tr("O&pen it"),
        )
        self._offer_record("email")

    def run_message_action(self) -> None:
        """The button inside the message: save as .eml instead, or open the saved file."""
        action = self.preview.message_action()
        if action == "eml":
            self.save_eml()
        elif action == "open_eml" and self._saved_path is not None:
            url = QUrl.fromLocalFile(str(self._saved_path))
            opened = desktop.open_url(bytes(url.toEncoded().data()).decode("ascii"))
            if not opened:
                self.preview.show_message(
                    self.tr("The file could not be opened here. It is saved at {path}.").format(
                        path=str(self._saved_path)
                    )
                )

    # -- helpers ------------------------------------------------------------------------------

    def _offer_record(self, channel: str) -> None:
        """Once the letter is on its way: record it in the case log in one click."""
        self.preview.record_offer().offer_sent(channel)

    def _open_draft(self, to: str, subject: str, body: str, files: Sequence[Path]) -> bool:
        """Write the draft to the outbox and open it; False when it could not be written or
        nothing opened it. InputError (e.g. a file gone) propagates: the person fixes it."""
        from fallback_desktop.core.handoff.eml import build_eml
        from fallback_desktop.core.handoff.outbox import put_in_outbox

        data = build_eml(to, subject, body, files, sender=self._sender())
        try:
            path = put_in_outbox(self._suggested_name(), data)
        except OSError:
            return False
        url = QUrl.fromLocalFile(str(path))
        return desktop.open_url(bytes(url.toEncoded().data()).decode("ascii"))

    @staticmethod
    def _short_link(to: str, subject: str) -> str:
        """A mail link with the address and the subject only (the address alone if even the
        subject is too long for a link)."""
        from fallback_desktop.core.handoff.mailto import MailtoTooLong, build_mailto

        try:
            return build_mailto(to, subject, "")
        except MailtoTooLong:
            return build_mailto(to, "", "")

    @staticmethod
    def _paste() -> str:
        return paste_keys(desktop.current_platform())

    def _say(self, message: Msg) -> None:
        self.preview.show_message(message.render(current_lang()))

    def _letter(self) -> tuple[str, str]:
        return self.preview.subject.text(), self.preview.body.toPlainText()

    def _ready(self) -> bool:
        """False (and says what to fill in) when there is no letter to hand over yet."""
        if self._has_content():
            return True
        self.form.show_error(
            "details",
            self.tr("First write here what went wrong; the letter is made from it."),
        )
        self.preview.hide_message()
        self.form.field_widget("details").setFocus()
        return False

    def _checked_address(self) -> str | None:
        """The company's address, checked by core; None after showing why it is not usable."""
        from fallback_desktop.core.handoff.headers import validate_address

        try:
            return validate_address(self.form.text("to"), "to", required=False)
        except InputError as error:
            self._show_input_error(error)
            return None

    def _suggested_name(self) -> str:
        """Company, product and today's date: a name the person recognises in a folder."""
        company, product = self.form.text("company"), self.form.text("product")
        return eml_file_name(company, product, dt.date.today(), self.tr("letter"))

    def _sender(self) -> str:
        return self.form.text("email").strip()

    def _show_input_error(self, error: InputError) -> None:
        text = error.text(current_lang())
        # Which field the error belongs next to; anything else goes under the buttons.
        key = field_of_error(error.field)
        if error.field == "subject":
            self.preview.hide_message()
            self.preview.show_subject_error(text)
            self.preview.subject.setFocus()
            return
        if key is None:
            self.preview.show_message(text)
            return
        self.preview.hide_message()
        self.form.show_error(key, text)
        self.form.field_widget(key).setFocus()

    def _offer_eml(self, text: str) -> None:
        self.preview.show_message(text, "eml", self.tr("Save as .eml &instead"))


def _documents_dir() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(folder) if folder else Path.home()
    return path if path.is_dir() else Path.home()
