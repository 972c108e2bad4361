"""The person's situation: urgency, place, needs and the moment to plan for (Korea time)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTimer, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fallback_desktop.core.calendar.business import SEOUL
from fallback_desktop.core.domain.situation import Context, Need, Situation, Urgency
from fallback_desktop.gui.advise.company_combo import CompanyCombo
from fallback_desktop.gui.fitting import LabelsBesideOrAbove, WholeTextComboBox
from fallback_desktop.gui.i18n import current_lang, qlocale
from fallback_desktop.gui.widgets import guard_wheel

if TYPE_CHECKING:
    from fallback_desktop.session import Session

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 300

W = TypeVar("W", bound=QObject)


def named(obj: W, name: str) -> W:
    """obj with its objectName set, for the names tests and assistive tools look for."""
    obj.setObjectName(name)
    return obj


def _seoul_zone() -> QTimeZone:
    zone = QTimeZone(b"Asia/Seoul")
    # Korea has kept UTC+9 without daylight saving since 1988, so a fixed offset is a safe stand-in.
    return zone if zone.isValid() else QTimeZone.fromSecondsAheadOfUtc(9 * 3600)


class SituationPanel(QGroupBox):
    """Collects a Situation and emits situationChanged(Situation) whenever any part changes."""

    situationChanged = Signal(object)  # noqa: N815 (Qt signal naming)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._clock = session.clock
        self._zone = _seoul_zone()
        self._following_clock = True
        self._setting_programmatically = False
        # Starts as the defaults: nothing is written until the person changes something.
        self._remembered = self._memory_of(Urgency.TODAY.value, Context.HOME.value, (), None)

        self.company_combo = named(CompanyCombo(session), "companyCombo")
        self.urgency_combo = named(WholeTextComboBox(), "urgencyCombo")
        for urgency in Urgency:
            self.urgency_combo.addItem("", urgency.value)
        self.urgency_combo.setCurrentIndex(self.urgency_combo.findData(Urgency.TODAY.value))
        self.context_combo = named(WholeTextComboBox(), "contextCombo")
        for context in Context:
            self.context_combo.addItem("", context.value)

        self.need_boxes: dict[Need, QCheckBox] = {
            Need.ATTACHMENTS: named(QCheckBox(), "needAttachments"),
            Need.RECORD: named(QCheckBox(), "needRecord"),
            Need.SENSITIVE: named(QCheckBox(), "needSensitive"),
        }

        self.when_edit = named(QDateTimeEdit(), "whenEdit")
        self.when_edit.setTimeZone(self._zone)
        self.when_edit.setCalendarPopup(True)
        self.now_button = named(QPushButton(), "backToNowButton")
        self.clock_note = named(QLabel(), "clockNote")
        self.clock_note.setWordWrap(True)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._unsaved = False

        self._build_layout()
        self._show_moment(self._clock())
        self._update_clock_note()
        self._retranslate()
        self._connect_signals()
        self._schedule_tick()

    def _build_layout(self) -> None:
        # Every label beside its input when all fit, otherwise every label above its input.
        form = LabelsBesideOrAbove()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.company_label = QLabel()
        self.urgency_label = QLabel()
        self.context_label = QLabel()
        self.needs_label = QLabel()
        self.when_label = QLabel()
        form.addRow(self.company_label, self.company_combo)
        form.addRow(self.urgency_label, self.urgency_combo)
        form.addRow(self.context_label, self.context_combo)
        needs = QVBoxLayout()
        for box in self.need_boxes.values():
            needs.addWidget(box)
        form.addRow(self.needs_label, needs)
        form.addRow(self.when_label, self.when_edit)
        # The way back to the clock sits with the sentence that says whether it is followed;
        # below the form, which would not give the wrapped sentence the height it needs.
        clock_row = QHBoxLayout()
        clock_row.addWidget(self.clock_note, 1)
        clock_row.addWidget(self.now_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addLayout(clock_row)
        # QFormLayout only sets buddies for rows added with a text label, so set them here.
        self.company_label.setBuddy(self.company_combo)
        self.urgency_label.setBuddy(self.urgency_combo)
        self.context_label.setBuddy(self.context_combo)
        self.needs_label.setBuddy(self.need_boxes[Need.ATTACHMENTS])
        self.when_label.setBuddy(self.when_edit)
        # The mouse wheel scrolls the column unless the person is in the box.
        for chooser in (self.company_combo, self.urgency_combo, self.context_combo, self.when_edit):
            guard_wheel(chooser)

    def _connect_signals(self) -> None:
        self.company_combo.companyChanged.connect(self._emit_situation)
        self.urgency_combo.currentIndexChanged.connect(self._emit_situation)
        self.context_combo.currentIndexChanged.connect(self._emit_situation)
        for box in self.need_boxes.values():
            box.toggled.connect(self._emit_situation)
        self.when_edit.dateTimeChanged.connect(self._on_time_edited)
        self.now_button.clicked.connect(self.follow_clock)
        self._timer.timeout.connect(self.refresh_clock)

    # --- what the panel reports -------------------------------------------------------------

    def situation(self) -> Situation:
        """The situation as the person has described it."""
        needs = frozenset(need for need, box in self.need_boxes.items() if box.isChecked())
        return Situation(
            urgency=Urgency(self.urgency_combo.currentData()),
            context=Context(self.context_combo.currentData()),
            at=self.planned_at(),
            needs=needs,
        )

    def planned_at(self) -> dt.datetime:
        """The moment in the time field, in Asia/Seoul, to the minute."""
        msecs = self.when_edit.dateTime().toMSecsSinceEpoch()
        return dt.datetime.fromtimestamp(msecs / 1000, SEOUL)

    def is_following_clock(self) -> bool:
        """True while the time field tracks the clock rather than a time the person chose."""
        return self._following_clock

    # --- the clock ----------------------------------------------------------------------------

    def follow_clock(self) -> None:
        """Go back to planning for the present moment, and keep following the clock."""
        self._following_clock = True
        self._update_clock_note()
        self.refresh_clock()

    def refresh_clock(self) -> None:
        """Called each minute: move the time field along with the clock unless a time was chosen."""
        if self._following_clock:
            self._show_moment(self._clock())
        self._schedule_tick()

    def _schedule_tick(self) -> None:
        now = self._clock()
        # Fire just after the next minute starts, so the field never lags the wall clock.
        into_minute = now.second * 1000 + now.microsecond // 1000
        self._timer.start(max(60_000 - into_minute, 0) + 200)

    def _show_moment(self, moment: dt.datetime) -> None:
        minute = moment.astimezone(SEOUL).replace(second=0, microsecond=0)
        value = QDateTime.fromMSecsSinceEpoch(int(minute.timestamp() * 1000), self._zone)
        if value == self.when_edit.dateTime():
            return
        self._setting_programmatically = True
        try:
            self.when_edit.setDateTime(value)
        finally:
            self._setting_programmatically = False
        self._emit_situation()

    def _on_time_edited(self) -> None:
        if self._setting_programmatically:
            return
        self._following_clock = False
        self._update_clock_note()
        self._emit_situation()

    def _emit_situation(self) -> None:
        situation = self.situation()
        self._remember(situation)
        self.situationChanged.emit(situation)

    # --- memory between runs ------------------------------------------------------------------

    def restore_saved(self) -> None:
        """Put back the urgency, place and needs chosen last time (the time follows the clock)."""
        state, _loaded = self._session.files.load_draft_state()
        self._remembered = self._memory_of(state.urgency, state.context, state.needs, None)
        inputs = [self.urgency_combo, self.context_combo, *self.need_boxes.values()]
        # One change notice for the whole restore, not one per input.
        for widget in inputs:
            widget.blockSignals(True)
        try:
            self.urgency_combo.setCurrentIndex(max(self.urgency_combo.findData(state.urgency), 0))
            self.context_combo.setCurrentIndex(max(self.context_combo.findData(state.context), 0))
            for need, box in self.need_boxes.items():
                box.setChecked(need.value in state.needs)
        finally:
            for widget in inputs:
                widget.blockSignals(False)
        self._emit_situation()

    @staticmethod
    def _memory_of(
        urgency: str, context: str, needs: Iterable[str], planned_at: str | None
    ) -> tuple[str, str, tuple[str, ...], str | None]:
        return urgency, context, tuple(sorted(needs)), planned_at

    def _remember(self, situation: Situation) -> None:
        planned = None if self._following_clock else situation.at.isoformat()
        needs = (need.value for need in situation.needs)
        memory = self._memory_of(situation.urgency.value, situation.context.value, needs, planned)
        # Clock ticks change nothing worth keeping, so they never touch the disk.
        if memory == self._remembered:
            return
        self._remembered = memory
        # Written a moment later, off the path from a click to the new answer (a save waits
        # for the disk twice); a burst of clicks becomes one write.
        self._unsaved = True
        self._save_timer.start()

    def save_now(self) -> None:
        """Write the remembered situation if a write is pending (e.g. when the window closes)."""
        self._save_timer.stop()
        if not self._unsaved:
            return
        self._unsaved = False
        state, _loaded = self._session.files.load_draft_state()
        urgency, context, kept_needs, planned_at = self._remembered
        updated = dataclasses.replace(
            state, urgency=urgency, context=context, needs=kept_needs, planned_at=planned_at
        )
        try:
            self._session.files.save_draft_state(updated)
        except OSError as exc:
            log.warning("could not remember the situation: %s", exc)

    # --- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _update_clock_note(self) -> None:
        self.now_button.setEnabled(not self._following_clock)
        if self._following_clock:
            self.clock_note.setText(self.tr("Following the clock: this is the time now."))
        else:
            self.clock_note.setText(
                self.tr("Planning ahead for the time you chose. Press “Back to now” to return.")
            )

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Your situation"))
        self.company_label.setText(self.tr("Company"))
        self.company_combo.line.setPlaceholderText(self.tr("Any company (search by name)"))
        self.urgency_label.setText(self.tr("How urgent is it?"))
        self.context_label.setText(self.tr("Where are you?"))
        self.needs_label.setText(self.tr("What do you need?"))
        self.when_label.setText(self.tr("When (Korea time)"))
        urgency_texts = {
            Urgency.NOW.value: self.tr("Right now"),
            Urgency.TODAY.value: self.tr("Today"),
            Urgency.WEEK.value: self.tr("This week"),
            Urgency.ANYTIME.value: self.tr("No rush"),
        }
        context_texts = {
            Context.HOME.value: self.tr("At home, at a computer"),
            Context.MOVING.value: self.tr("On the move, phone only"),
            Context.WORK.value: self.tr("At work, can't talk on the phone"),
        }
        for combo, texts in (
            (self.urgency_combo, urgency_texts),
            (self.context_combo, context_texts),
        ):
            for index in range(combo.count()):
                combo.setItemText(index, texts[combo.itemData(index)])
        self.need_boxes[Need.ATTACHMENTS].setText(self.tr("I need to send files or photos"))
        self.need_boxes[Need.RECORD].setText(self.tr("I want a written record"))
        self.need_boxes[Need.SENSITIVE].setText(self.tr("Personal data is involved"))
        self.need_boxes[Need.SENSITIVE].setToolTip(
            self.tr("For example an ID number, card number, address or health details.")
        )
        self.now_button.setText(self.tr("Back to now"))
        self.when_edit.setAccessibleName(self.tr("When (Korea time)"))
        # A new display format is not the person choosing a time.
        self._setting_programmatically = True
        try:
            self.when_edit.setLocale(qlocale(current_lang()))
            self.when_edit.setDisplayFormat(
                "yyyy-MM-dd (ddd) HH:mm" if current_lang() == "ko" else "ddd yyyy-MM-dd HH:mm"
            )
        finally:
            self._setting_programmatically = False
        self._update_clock_note()
