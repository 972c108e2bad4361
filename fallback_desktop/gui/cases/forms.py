"""The two small forms of the cases view: a new case, and an attempt (new or corrected).

Every value goes through core's checks (core.domain.case); what is wrong is said in one
sentence under its field, and the keyboard is put there.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fallback_desktop.core.domain.case import (
    SEOUL,
    Attempt,
    Case,
    Outcome,
    make_attempt,
    make_case,
    seoul,
)
from fallback_desktop.core.domain.channels import CHANNEL_IDS
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.domain.purposes import PURPOSE_IDS, purpose_name
from fallback_desktop.core.text.catalog import msg, render, text
from fallback_desktop.core.writing.follow_up import channel_name
from fallback_desktop.gui.i18n import current_lang
from fallback_desktop.gui.widgets import DateEdit

OPTIONAL_DAYS = ("incident_date", "ordered_on", "delivered_on", "returned_on")


def _day_of(edit: QLineEdit, field: str) -> dt.date | None:
    typed = edit.text().strip()
    if not typed:
        return None
    try:
        return dt.date.fromisoformat(typed)
    except ValueError:
        words = msg(f"case.field.{field}")
        raise InputError(msg("error.bad_day", field=words, value=typed), field=field) from None


class _Form(QWidget):
    """A form whose fields each have an error line under them; Enter in a one-line field
    submits it."""

    submitted = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addStretch(1)

    def add(self, field: str, widget: QWidget) -> None:
        label = QLabel()
        label.setBuddy(widget)
        error = QLabel()
        error.setObjectName(f"{field}Error")
        error.setWordWrap(True)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.hide()
        widget.setObjectName(widget.objectName() or f"{field}Field")
        column = QWidget()
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget)
        box.addWidget(error)
        self.form.addRow(label, column)
        if isinstance(widget, QLineEdit):
            widget.returnPressed.connect(self.submitted)
        self.labels[field], self.fields[field], self.errors[field] = label, widget, error

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.clear()
            error.hide()

    def show_error(self, error: InputError) -> None:
        """The sentence under its field (under the first one when the field is unknown)."""
        field = error.field if error.field in self.errors else next(iter(self.errors))
        label = self.errors[field]
        label.setText(error.text(current_lang()))
        label.show()
        self.fields[field].setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The labels' words in the current language; each form sets its own."""


def _line(limit: int = 100) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(limit * 2)  # longer than allowed is said in words, not cut silently
    return edit


class CaseForm(_Form):
    """A new case: the company, what it is about, its days and the reply-by day."""

    def __init__(self) -> None:
        super().__init__("caseForm")
        self.add("company", _line())
        self.add("product", _line(200))
        self.add("order_number", _line())
        self.purpose = QComboBox()
        self.add("purpose", self.purpose)
        self.add("reply_by", DateEdit())
        for field in OPTIONAL_DAYS:
            self.add(field, _line(10))
        self.happened = QPlainTextEdit()
        self.happened.setTabChangesFocus(True)
        self.add("happened", self.happened)
        self.retranslate()

    def line(self, field: str) -> QLineEdit:
        widget = self.fields[field]
        assert isinstance(widget, QLineEdit)
        return widget

    @property
    def reply_by(self) -> DateEdit:
        widget = self.fields["reply_by"]
        assert isinstance(widget, DateEdit)
        return widget

    def start(self, reply_by: dt.date) -> None:
        """Empty fields, the suggested reply-by day, the keyboard in the company's name."""
        self.clear_errors()
        for field in ("company", "product", "order_number", *OPTIONAL_DAYS):
            self.line(field).clear()
        self.happened.clear()
        self.purpose.setCurrentIndex(PURPOSE_IDS.index("general"))
        self.reply_by.setDate(QDate(reply_by.year, reply_by.month, reply_by.day))
        self.fields["company"].setFocus()

    def case(self, today: dt.date) -> Case | None:
        """The checked case, or None with the problem shown at its field."""
        self.clear_errors()
        try:
            days = {field: _day_of(self.line(field), field) for field in OPTIONAL_DAYS}
            due = self.reply_by.date()
            return make_case(
                company=self.line("company").text(),
                product=self.line("product").text(),
                order_number=self.line("order_number").text(),
                purpose=PURPOSE_IDS[max(self.purpose.currentIndex(), 0)],
                happened=self.happened.toPlainText(),
                reply_by=dt.date(due.year(), due.month(), due.day()),
                today=today,
                incident_date=days["incident_date"],
                ordered_on=days["ordered_on"],
                delivered_on=days["delivered_on"],
                returned_on=days["returned_on"],
            )
        except InputError as error:
            self.show_error(error)
            return None

    def retranslate(self) -> None:
        lang = current_lang()
        index = max(self.purpose.currentIndex(), 0)
        self.purpose.clear()
        self.purpose.addItems([render(purpose_name(p), lang) for p in PURPOSE_IDS])
        self.purpose.setCurrentIndex(index)
        self.labels["purpose"].setText(self.tr("&Purpose"))
        self.labels["reply_by"].setText(self.tr("&Reply by"))
        self.labels["company"].setText(self.tr("&Company"))
        for field in ("product", "order_number", *OPTIONAL_DAYS, "happened"):
            words = text(f"case.field.{field}", lang)
            self.labels[field].setText(words[:1].upper() + words[1:])
        for field in OPTIONAL_DAYS:
            self.line(field).setPlaceholderText("YYYY-MM-DD")


class AttemptForm(_Form):
    """An attempt: channel, when, the wait in minutes, outcome, reference, agent and notes."""

    def __init__(self) -> None:
        super().__init__("attemptForm")
        self.channel = QComboBox()
        self.add("channel", self.channel)
        self.at = QDateTimeEdit()
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.add("at", self.at)
        self.wait = _line(10)
        self.add("wait_seconds", self.wait)
        self.outcome = QComboBox()
        self.add("outcome", self.outcome)
        self.reference = _line()
        self.add("reference", self.reference)
        self.agent = _line()
        self.add("agent", self.agent)
        self.reply = _line(20)
        self.reply.setPlaceholderText("YYYY-MM-DD HH:MM")
        self.add("reply_at", self.reply)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.add("notes", self.notes)
        self.correcting: Attempt | None = None
        self.retranslate()

    def start(self, now: dt.datetime, attempt: Attempt | None = None) -> None:
        """Empty fields at `now`, or those of the attempt being corrected."""
        self.clear_errors()
        self.correcting = attempt
        at = (attempt.at if attempt is not None else now).astimezone(SEOUL)
        day, clock = QDate(at.year, at.month, at.day), QTime(at.hour, at.minute)
        self.at.setDateTime(QDateTime(day, clock))
        self.channel.setCurrentIndex(CHANNEL_IDS.index(attempt.channel) if attempt else 0)
        outcomes = list(Outcome)
        ended = attempt.outcome if attempt else Outcome.NO_ANSWER
        self.outcome.setCurrentIndex(outcomes.index(ended))
        reply = attempt.reply_at if attempt is not None else None
        self.reply.setText("" if reply is None else seoul(reply).strftime("%Y-%m-%d %H:%M"))
        wait = attempt.wait_seconds if attempt is not None else None
        self.wait.setText("" if wait is None else str(round(wait / 60)))
        self.reference.setText(attempt.reference if attempt else "")
        self.agent.setText(attempt.agent if attempt else "")
        self.notes.setPlainText(attempt.notes if attempt else "")
        self.channel.setFocus()

    def attempt(self, case: Case, now: dt.datetime) -> Attempt | None:
        """The checked attempt (with the corrected one's id), or None with the problem shown."""
        self.clear_errors()
        typed = self.at.dateTime()
        day, clock = typed.date(), typed.time()
        at = dt.datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=SEOUL
        )
        before = self.correcting
        try:
            return make_attempt(
                case,
                channel=CHANNEL_IDS[max(self.channel.currentIndex(), 0)],
                at=at,
                outcome=list(Outcome)[max(self.outcome.currentIndex(), 0)].value,
                now=now,
                wait_seconds=self._wait_seconds(),
                reference=self.reference.text(),
                agent=self.agent.text(),
                notes=self.notes.toPlainText(),
                reply_at=self._reply_at(),
                id=None if before is None else before.id,
            )
        except InputError as error:
            self.show_error(error)
            return None

    def _reply_at(self) -> dt.datetime | None:
        """When the company's written reply came (Korea time), or None when not given."""
        typed = " ".join(self.reply.text().split())
        if not typed:
            return None
        try:
            moment = dt.datetime.fromisoformat(typed)
        except ValueError:
            problem = msg("case.problem.reply_time", value=typed)
            raise InputError(problem, field="reply_at") from None
        return moment.replace(tzinfo=SEOUL) if moment.tzinfo is None else moment

    def _wait_seconds(self) -> int | None:
        typed = self.wait.text().strip()
        if not typed:
            return None
        parts = typed.split(":")
        if len(parts) > 2 or not all(p.isascii() and p.isdigit() for p in parts):
            raise InputError(msg("case.problem.wait_invalid"), field="wait_seconds")
        seconds = int(parts[0]) * 60 + (int(parts[1]) if len(parts) == 2 else 0)
        if len(parts) == 2 and int(parts[1]) >= 60:
            raise InputError(msg("case.problem.wait_invalid"), field="wait_seconds")
        return seconds

    def retranslate(self) -> None:
        lang = current_lang()
        for box, names in (
            (self.channel, [channel_name(c, lang) for c in CHANNEL_IDS]),
            (self.outcome, [text(f"case.outcome.{o.value}", lang) for o in Outcome]),
        ):
            index = max(box.currentIndex(), 0)
            box.clear()
            box.addItems(names)
            box.setCurrentIndex(index)
        self.labels["channel"].setText(self.tr("C&hannel"))
        self.labels["at"].setText(self.tr("&When"))
        self.labels["wait_seconds"].setText(self.tr("Wait (&minutes)"))
        self.labels["outcome"].setText(self.tr("&Outcome"))
        self.labels["reply_at"].setText(self.tr("Reply came (optional)"))
        for field in ("reference", "agent", "notes"):
            words = text(f"case.field.{field}", lang)
            self.labels[field].setText(words[:1].upper() + words[1:])
