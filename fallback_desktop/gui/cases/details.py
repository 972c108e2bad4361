"""The chosen case in the cases view: its timeline, the buttons for its attempts and its
reminders (.ics), and the follow-up letter with its copy button."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fallback_desktop.core.domain.case import CaseRecord, Status
from fallback_desktop.gui import desktop
from fallback_desktop.gui.cases.escalation import EscalationPanel
from fallback_desktop.gui.cases.timeline import CaseTimeline
from fallback_desktop.gui.i18n import current_lang

if TYPE_CHECKING:
    from fallback_desktop.session import Session


def _button(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    return button


def _documents_dir() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(folder) if folder else Path.home()
    return path if path.is_dir() else Path.home()


class CaseDetails(QWidget):
    """See the module's docstring; `say` puts one sentence in the view's status line."""

    def __init__(self, session: Session, say: Callable[[str], None]) -> None:
        super().__init__()
        self.session = session
        self.say = say
        self.record: CaseRecord | None = None
        self.timeline = CaseTimeline()
        self.add_attempt_button = _button("addAttemptButton")
        self.correct_attempt_button = _button("correctAttemptButton")
        self.ics_button = _button("caseIcsButton")
        self.follow_up_label = QLabel()
        self.follow_up = QPlainTextEdit()
        self.follow_up.setObjectName("followUpText")
        self.follow_up.setReadOnly(True)
        self.follow_up.setTabChangesFocus(True)
        self.follow_up_label.setBuddy(self.follow_up)
        self.copy_button = _button("copyFollowUpButton")

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.timeline, 3)
        row = QHBoxLayout()
        for button in (self.add_attempt_button, self.correct_attempt_button, self.ics_button):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        # What to send next: the follow-up, or past it the escalation ladder (one tab each).
        follow = QWidget()
        follow_column = QVBoxLayout(follow)
        follow_column.addWidget(self.follow_up_label)
        follow_column.addWidget(self.follow_up, 1)
        follow_column.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.escalation = EscalationPanel(session, say)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.escalation)
        self.overdue = QFrame()
        self.overdue.setObjectName("caseOverdueBanner")
        self.overdue.setFrameShape(QFrame.Shape.StyledPanel)
        self.overdue_label = QLabel()
        self.overdue_label.setWordWrap(True)
        self.overdue_button = _button("showNextStepsButton")
        banner = QHBoxLayout(self.overdue)
        banner.addWidget(self.overdue_label, 1)
        banner.addWidget(self.overdue_button)
        column.addWidget(self.overdue)
        self.next_steps = QTabWidget()
        self.next_steps.setObjectName("caseNextSteps")
        self.next_steps.addTab(follow, "")
        self.next_steps.addTab(scroll, "")
        column.addWidget(self.next_steps, 2)
        self.ics_button.clicked.connect(self.save_ics)
        self.copy_button.clicked.connect(self.copy_follow_up)
        self.overdue_button.clicked.connect(lambda: self.next_steps.setCurrentIndex(1))
        self.show_record(None, dt.date.today())

    def show_record(self, record: CaseRecord | None, today: dt.date) -> None:
        """The case's timeline and follow-up (nothing, and the buttons off, for None)."""
        self.record = record
        lang = current_lang()
        self.timeline.show_record(record, today, self.session.calendar, lang)
        self.escalation.show_record(record, today)
        self.follow_up.setPlainText(self._follow_up_text(record, today))
        # Past the reply-by day with no answer, the next steps are offered, not left to find.
        late = record is not None and record.status(today) is Status.OVERDUE
        self.overdue.setVisible(late)
        for button in (
            self.add_attempt_button,
            self.correct_attempt_button,
            self.ics_button,
            self.copy_button,
        ):
            button.setEnabled(record is not None)

    def _follow_up_text(self, record: CaseRecord | None, today: dt.date) -> str:
        if record is None:
            return ""
        from fallback_desktop.core.writing.drafting import default_reply_by
        from fallback_desktop.core.writing.follow_up import follow_up

        profile, _loaded = self.session.files.load_profile()
        letter = follow_up(
            record,
            "email",
            current_lang(),
            reply_by=default_reply_by(today, self.session.calendar),
            today=today,
            name=profile.name,
            phone=profile.phone,
            email=profile.email,
        )
        return f"{letter.subject}\n\n{letter.body}"

    def save_ics(self) -> None:
        """Ask where, then write the case's reminders there as an .ics file."""
        record = self.record
        if record is None or record.case.id is None:
            return
        from fallback_desktop.core.calendar.case_clocks import reminders
        from fallback_desktop.core.domain.case import seoul
        from fallback_desktop.core.handoff.ics import reminders_ics
        from fallback_desktop.core.store.files import atomic_write_bytes

        now = self.session.now()
        again = self._call_again(record, now)
        today = seoul(now).date()
        entries = reminders(record.case, self.session.calendar, today, call_again=again)
        data = reminders_ics(entries, current_lang(), now)
        path = desktop.ask_save_path(
            self,
            self.tr("Save the reminders for your calendar"),
            _documents_dir() / f"case-{record.case.id}.ics",
            self.tr("Calendar file (*.ics)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        try:
            atomic_write_bytes(path, data, backup=False)
        except OSError:
            self.say(self.tr("The calendar file could not be saved there."))
            return
        saved = self.tr("Saved %1: open it to add the reminders to your calendar.")
        if again is not None:
            saved = self.tr(
                "Saved %1: open it to add the reminders to your calendar, with a call again at %2."
            ).replace("%2", f"{again:%Y-%m-%d %H:%M}")
        self.say(saved.replace("%1", path.name))

    def _call_again(self, record: CaseRecord, now: dt.datetime) -> dt.datetime | None:
        """After a call that did not get through: the phone line's next hours (the company's
        own when the directory knows them)."""
        from fallback_desktop.core.domain.errors import InputError
        from fallback_desktop.core.recommend.call_again import call_again_at

        hours = None
        cid = record.case.company_id
        if cid is not None:
            try:
                company = self.session.directory.by_id(cid)
            except InputError:  # a directory that cannot be read: the usual hours
                company = None
            hours = None if company is None else company.hours
        return call_again_at(record, now, self.session.calendar, hours)

    def copy_follow_up(self) -> None:
        words = self.follow_up.toPlainText()
        if words:
            desktop.copy_to_clipboard(words)
            self.say(self.tr("The follow-up is copied: paste it into your mail."))

    def retranslate(self) -> None:
        self.overdue_label.setText(
            self.tr(
                "No answer by the reply-by day. Send the follow-up, or go to the next steps: "
                "1372, 한국소비자원 and a certified letter."
            )
        )
        self.overdue_button.setText(self.tr("Show the &next steps"))
        self.timeline.setAccessibleName(self.tr("Timeline of the case"))
        self.add_attempt_button.setText(self.tr("&Add attempt"))
        self.correct_attempt_button.setText(self.tr("Co&rrect attempt"))
        self.ics_button.setText(self.tr("Save reminders (.&ics)"))
        self.follow_up_label.setText(self.tr("&Follow-up letter"))
        self.copy_button.setText(self.tr("&Copy follow-up"))
        self.next_steps.setTabText(0, self.tr("Follow-up"))
        self.next_steps.setTabText(1, self.tr("If they still do not answer"))
        self.escalation.retranslate()
