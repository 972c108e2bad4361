"""The phone page: the number, what a call costs, the ARS keys, the hours, the best time to
call with the weekday × hour picture, and a timer for the wait."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QWidget

from fallback_desktop.core.text.catalog import msg, render, render_list
from fallback_desktop.gui.i18n import current_lang
from fallback_desktop.gui.write.channel_common import (
    HelperInput,
    HelperPage,
    ScaledLabel,
    action_button,
    text_label,
)
from fallback_desktop.gui.write.phone_grid import PhoneGrid
from fallback_desktop.gui.write.record_offer import RecordOffer

NUMBER_SCALE = 1.6
TICK_MS = 250


def minutes_seconds(seconds: int) -> str:
    """07:12 — the running timer."""
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class CallTimer(QWidget):
    """Start when you dial, stop when someone answers (or you give up): how long it took.

    `clock` gives monotonic seconds (tests pass their own); `call_finished` carries the wait."""

    call_finished = Signal(int)

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self._clock = clock
        self._started: float | None = None
        self._last: int | None = None  # seconds of the last finished wait
        self.button = action_button("callTimerButton")
        self.label = QLabel()
        self.label.setObjectName("callTimerLabel")
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.label, 1)
        self.button.clicked.connect(self.toggle)
        self.retranslate()

    def running(self) -> bool:
        return self._started is not None

    def elapsed(self) -> int:
        """Whole seconds since the start (0 when not running)."""
        if self._started is None:
            return 0
        return max(0, int(self._clock() - self._started))

    def toggle(self) -> None:
        if self._started is None:
            self._started = self._clock()
            self._last = None
            self._ticker.start()
        else:
            seconds = self.elapsed()
            self._started = None
            self._last = seconds
            self._ticker.stop()
            self.call_finished.emit(seconds)
        self.retranslate()

    def tick(self) -> None:
        text = minutes_seconds(self.elapsed())
        if self.label.text() != text:
            self.label.setText(text)

    def retranslate(self) -> None:
        self.label.setAccessibleName(self.tr("Time waited"))
        if self._started is not None:
            self.button.setText(self.tr("Stop the timer"))
            self.tick()
        elif self._last is not None:
            self.button.setText(self.tr("Start the timer again"))
            self.label.setText(
                self.tr("Waited %1 min %2 s")
                .replace("%1", str(self._last // 60))
                .replace("%2", str(self._last % 60))
            )
        else:
            self.button.setText(self.tr("Start the call timer"))
            self.label.setText(minutes_seconds(0))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PhonePage(HelperPage):
    """Everything for the call itself; its words follow the screen's language."""

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__("phonePage", parent)
        self.number = ScaledLabel("phoneNumber", NUMBER_SCALE)
        self.no_number = text_label("phoneNoNumber")
        self.copy_button = action_button("copyPhoneButton")
        self.cost = text_label("phoneCost")
        self.ars = text_label("phoneArs")
        self.hours = text_label("phoneHours")
        self.best_title = text_label("phoneBestTitle", bold=True)
        self.best = text_label("phoneBest")
        self.grid = PhoneGrid()
        self.source = text_label("phoneSource")
        self.text_toggle = action_button("phoneGridTextToggle")
        self.text_toggle.setCheckable(True)
        self.sheet_text = QPlainTextEdit()
        self.sheet_text.setObjectName("phoneSheetText")
        self.sheet_text.setReadOnly(True)
        self.sheet_text.setTabChangesFocus(True)
        self.sheet_text.hide()
        self.timer_title = text_label("callTimerTitle", bold=True)
        self.timer_hint = text_label("callTimerHint")
        self.timer = CallTimer(clock)
        self.record_offer = RecordOffer("callRecordOffer")
        self._seen: tuple[object, ...] | None = None

        number_row = QHBoxLayout()
        number_row.addWidget(self.number)
        number_row.addWidget(self.copy_button)
        number_row.addStretch(1)
        self.column.addLayout(number_row)
        parts: list[list[QWidget]] = [
            [self.no_number, self.cost, self.ars, self.hours, self.status],
            [self.best_title, self.best, self.grid, self.source, self.text_toggle, self.sheet_text],
            [self.timer_title, self.timer_hint, self.timer, self.record_offer],
        ]
        for part in parts:
            for widget in part:
                self.column.addWidget(widget)
            self.column.addSpacing(6)
        self.column.addStretch(1)
        self.copy_button.clicked.connect(lambda: self.copy(self.number.text()))
        self.text_toggle.toggled.connect(self.sheet_text.setVisible)
        self.timer.call_finished.connect(self.offer_record)
        self.number.follow(self.font())
        self.retranslate()

    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("Copy the number"))
        self.number.setAccessibleName(self.tr("Phone number"))
        self.best_title.setText(self.tr("When to call"))
        self.grid.setAccessibleName(self.tr("How busy the line usually is, by weekday and hour"))
        self.text_toggle.setText(self.tr("Read it as text"))
        self.sheet_text.setAccessibleName(self.tr("The phone sheet as text"))
        self.timer_title.setText(self.tr("Timing the wait"))
        self.timer_hint.setText(
            self.tr("Start when you dial and stop when a person answers, or when you give up.")
        )

    def offer_record(self, seconds: int) -> None:
        """The timer stopped: how did the call end? One click records it with its wait."""
        from fallback_desktop.core.domain.case import Outcome

        failed = (Outcome.NO_ANSWER, Outcome.BUSY, Outcome.CUT_OFF)
        ways = (*failed, Outcome.ANSWERED, Outcome.CALLBACK_PROMISED, Outcome.RESOLVED)
        self.record_offer.offer("phone", ways, seconds)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FontChange:
            self.number.follow(self.font())  # larger text makes the number larger too
        super().changeEvent(event)

    def fill(self, data: HelperInput) -> None:
        from fallback_desktop.core.calendar.business import to_seoul
        from fallback_desktop.core.writing.channel_texts import phone_sheet, phone_sheet_text

        lang = current_lang()  # for the person, not for the company: the screen's language
        # The sheet does not depend on the letter's fields: typing changes nothing here.
        seen = (data.company, data.now.replace(second=0, microsecond=0), id(data.calendar), lang)
        if seen == self._seen:
            return
        self._seen = seen
        sheet = phone_sheet(data.company, data.now, data.calendar, lang)
        known = sheet.number is not None
        self.number.setText(sheet.number or "")
        self.number.setVisible(known)
        self.copy_button.setVisible(known)
        self.no_number.setVisible(not known)
        self.no_number.setText(
            self.tr("No number is known for this company yet. Add it under Companies.")
            if data.company is not None
            else self.tr("Choose a company to see its number here.")
        )
        self.cost.setText(render(sheet.cost, lang) if sheet.cost is not None else "")
        self.cost.setVisible(sheet.cost is not None)
        self.ars.setText(self.tr("ARS keys to reach a person: %1").replace("%1", sheet.ars))
        self.ars.setVisible(bool(sheet.ars))
        self.hours.setText(self.tr("Hours: %1").replace("%1", sheet.hours))
        self.best.setText(sheet.best)
        self.source.setText(self.tr("Source: %1").replace("%1", sheet.source))
        self.source.setVisible(bool(sheet.source))
        local = to_seoul(data.now)
        days = render_list(msg("time.weekdays"), lang)
        self.grid.set_grid(sheet.grid, (local.weekday(), local.hour), days)
        self.grid.setVisible(len(self.grid.hours) > 0)
        words = phone_sheet_text(sheet, lang)
        self.grid.setAccessibleDescription(words)
        if self.sheet_text.toPlainText() != words:
            self.sheet_text.setPlainText(words)
