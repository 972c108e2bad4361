"""The chosen case's next steps when the company does not answer: the 1372 online form's fields
filled from the case (one copy button each, the site opened in the browser, its phone hours),
the 한국소비자원 checklist with the case timeline as a PDF, and the 내용증명 letter as a PDF with
how to send it. The same documents as `case escalate` (core/writing/escalation.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fallback_desktop.core.domain.case import CaseRecord, Status
from fallback_desktop.core.text.catalog import msg, render_list, text
from fallback_desktop.gui import desktop
from fallback_desktop.gui.i18n import current_lang
from fallback_desktop.gui.widgets import clear_layout
from fallback_desktop.gui.write.channel_common import row_with_button, text_label

if TYPE_CHECKING:
    from fallback_desktop.session import Session

FIELD_CHARS = 80  # a field's value as the list shows it; the copy takes it whole


def _documents_dir() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(folder) if folder else Path.home()
    return path if path.is_dir() else Path.home()


class EscalationPanel(QWidget):
    """See the module's docstring; `say` puts one sentence in the view's status line."""

    def __init__(self, session: Session, say: Callable[[str], None]) -> None:
        super().__init__()
        self.setObjectName("escalationPanel")
        self.session = session
        self.say = say
        self.record: CaseRecord | None = None
        self.today = dt.date.today()
        self.when = text_label("escalationWhen")
        self.ccn_title = text_label("ccnTitle", bold=True)
        self.fields = QVBoxLayout()
        self.ccn_hours = text_label("ccnHours")
        self.open_ccn = QPushButton()
        self.open_ccn.setObjectName("openCcnButton")
        self.kca_title = text_label("kcaTitle", bold=True)
        self.kca_list = text_label("kcaChecklist")
        self.timeline_button = QPushButton()
        self.timeline_button.setObjectName("saveTimelinePdfButton")
        self.mail_title = text_label("certifiedTitle", bold=True)
        self.mail_how = text_label("certifiedHow")
        self.letter_button = QPushButton()
        self.letter_button.setObjectName("saveCertifiedLetterButton")
        # The post office needs both addresses on the letter; a pasted address with its line
        # breaks becomes one line (core.certified_letter).
        self.sender_address = QLineEdit()
        self.sender_address.setObjectName("senderAddressEdit")
        self.company_address = QLineEdit()
        self.company_address.setObjectName("companyAddressEdit")
        self.addresses = QFormLayout()
        self.address_labels = (QLabel(), QLabel())
        for label, edit in zip(
            self.address_labels, (self.sender_address, self.company_address), strict=True
        ):
            edit.setMaxLength(400)
            label.setBuddy(edit)
            self.addresses.addRow(label, edit)
        self.copy_buttons: list[QPushButton] = []
        column = QVBoxLayout(self)
        column.addWidget(self.when)
        column.addWidget(self.ccn_title)
        column.addLayout(self.fields)
        column.addWidget(self.ccn_hours)
        for widget in (self.open_ccn, self.kca_title, self.kca_list, self.timeline_button):
            column.addWidget(widget)
        column.addWidget(self.mail_title)
        column.addWidget(self.mail_how)
        column.addLayout(self.addresses)
        row = QHBoxLayout()
        row.addWidget(self.letter_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        self.open_ccn.clicked.connect(self.open_ccn_site)
        self.timeline_button.clicked.connect(self.save_timeline)
        self.letter_button.clicked.connect(self.save_letter)
        self.retranslate()

    def retranslate(self) -> None:
        self.open_ccn.setText(self.tr("Open the 1372 site in the browser (www.ccn.go.kr)"))
        self.timeline_button.setText(self.tr("Save the case timeline as PDF…"))
        self.letter_button.setText(self.tr("Save the certified letter (내용증명) as PDF…"))
        self.address_labels[0].setText(self.tr("Your postal address"))
        self.address_labels[1].setText(self.tr("The company's postal address"))
        self.show_record(self.record, self.today)

    def show_record(self, record: CaseRecord | None, today: dt.date) -> None:
        """The documents of this case (none, and the buttons off, for None)."""
        from fallback_desktop.core.writing.escalation import ccn_fields, ccn_hours, kca_checklist

        self.record, self.today, lang = record, today, current_lang()
        clear_layout(self.fields)
        self.copy_buttons = []
        for button in (self.open_ccn, self.timeline_button, self.letter_button):
            button.setEnabled(record is not None)
        self.ccn_title.setText(text("escalate.ccn.title", lang))
        self.ccn_hours.setText(ccn_hours(lang))
        self.kca_title.setText(text("escalate.kca.title", lang))
        self.mail_title.setText(self.tr("Certified letter (내용증명) through the post office"))
        self.mail_how.setText("\n".join(render_list(msg("escalate.mail.how"), lang)))
        self.when.setText(self._when(record, today))
        if record is None:
            self.kca_list.setText("")
            return
        self.kca_list.setText("\n".join(kca_checklist(record, lang)))
        empty = text("escalate.ccn.empty", lang)
        for index, field in enumerate(ccn_fields(record, lang)):
            shown = field.value.replace("\n", " ")
            if len(shown) > FIELD_CHARS:
                shown = shown[: FIELD_CHARS - 1] + "…"
            label = text_label(f"ccnField{index}")
            label.setText(f"{field.label}: {shown or empty}")
            button = QPushButton(self.tr("Copy"))
            button.setObjectName(f"copyCcnField{index}")
            button.setAccessibleName(self.tr("Copy %1").replace("%1", field.label))
            button.setEnabled(bool(field.value))
            button.clicked.connect(lambda _c=False, v=field.value: self._copy(v))
            self.fields.addWidget(row_with_button(label, button))
            self.copy_buttons.append(button)

    def _when(self, record: CaseRecord | None, today: dt.date) -> str:
        """Whether these steps are due: past the reply-by day with no answer, or not yet."""
        if record is None:
            return ""
        due = record.case.reply_by.isoformat()
        status = record.status(today)
        if status is Status.OVERDUE:
            words = self.tr(
                "The reply was due by %1 and has not come. These are the next steps, in "
                "order: 1372 first, then 한국소비자원, and a certified letter (내용증명) to put it "
                "on record."
            )
        elif status is Status.WAITING:
            words = self.tr(
                "The reply is due by %1. If it has not come by then, these are the next steps."
            )
        else:
            words = self.tr(
                "The company has answered. If the answer does not settle it, these are the next "
                "steps."
            )
        return words.replace("%1", due)

    def _copy(self, value: str) -> None:
        desktop.copy_to_clipboard(value)
        self.say(self.tr("Copied. Paste it into the same field on the 1372 site."))

    def open_ccn_site(self) -> None:
        from fallback_desktop.core.writing.escalation import CCN_URL

        if desktop.open_url(CCN_URL):
            self.say(self.tr("Opened www.ccn.go.kr in the browser."))
        else:
            self.say(self.tr("www.ccn.go.kr could not be opened."))

    def save_timeline(self) -> None:
        from fallback_desktop.core.writing.escalation import timeline_pdf

        record = self.record
        if record is not None:
            self._save(f"case-{record.case.id}-timeline.pdf", lambda: timeline_pdf(
                record, current_lang(), today=self.today
            ))  # fmt: skip

    def save_letter(self) -> None:
        from fallback_desktop.core.writing.certified_letter import Sender, certified_letter

        record = self.record
        if record is None:
            return
        profile, _loaded = self.session.files.load_profile()
        letter = certified_letter(
            record,
            current_lang(),
            sender=Sender(
                name=profile.name, phone=profile.phone, address=self.sender_address.text()
            ),
            reply_by=self.today + dt.timedelta(days=7),
            today=self.today,
            company_address=self.company_address.text(),
        )
        self._save(f"case-{record.case.id}-내용증명.pdf", letter.pdf)
        if letter.missing:
            lang = current_lang()
            words = [text(f"escalate.mail.missing.{field}", lang) for field in letter.missing]
            self.say(
                self.tr("Before you send it, write in by hand what the letter lacks: %1.").replace(
                    "%1", ", ".join(words)
                )
            )

    def _save(self, name: str, make: Callable[[], bytes]) -> None:
        from fallback_desktop.core.domain.errors import InputError
        from fallback_desktop.core.store.files import atomic_write_bytes

        path = desktop.ask_save_path(
            self, self.tr("Save as PDF"), _documents_dir() / name, self.tr("PDF (*.pdf)")
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            atomic_write_bytes(path, make(), backup=False)
        except InputError as error:
            self.say(error.text(current_lang()))
            return
        except OSError:
            self.say(self.tr("The PDF could not be saved there."))
            return
        self.say(self.tr("Saved %1.").replace("%1", path.name))
