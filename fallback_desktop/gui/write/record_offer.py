"""Recording an attempt in one click, where it happened: under the letter once it is handed
off, on the phone page when the call timer stops, on the chat page after a chat.

`AttemptRecorder` belongs to the letter's pane (it knows the letter's facts and the session);
each `RecordOffer` finds it among its ancestors' children, so a page needs no wiring. The
attempt joins the open case of the letter's company or opens one (core.writing.letter_case);
the offer then says where it went, with "Show the case" and "Undo".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.text.catalog import text
from fallback_desktop.gui.i18n import current_lang

if TYPE_CHECKING:
    from fallback_desktop.core.domain.case import Outcome
    from fallback_desktop.core.text.lang import Lang
    from fallback_desktop.core.writing.letter_case import LetterFacts, Recorded
    from fallback_desktop.session import Session

# Buttons per row: six outcomes of a call fit a narrow side pane in two rows.
_PER_ROW = 3


class AttemptRecorder(QObject):
    """Records attempts of the letter's case; `recorded` carries the case's id after a
    recording or its undo, `show_case` asks the window to bring that case forward."""

    recorded = Signal(int)
    show_case = Signal(int)

    def __init__(
        self, session: Session, facts: Callable[[], LetterFacts], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attemptRecorder")
        self._session = session
        self._facts = facts

    def record(self, channel: str, outcome: Outcome, wait_seconds: int | None) -> Recorded:
        """Record it now (InputError: one sentence, nothing written)."""
        from fallback_desktop.core.writing.letter_case import record_attempt

        session = self._session
        done = record_attempt(
            session.open_cases(),
            self._facts(),
            channel=channel,
            outcome=outcome.value,
            now=session.now(),
            calendar=session.calendar,
            wait_seconds=wait_seconds,
        )
        self.recorded.emit(done.case.id or 0)
        return done

    def forget(self, done: Recorded) -> None:
        from fallback_desktop.core.writing.letter_case import forget

        forget(self._session.open_cases(), done)
        self.recorded.emit(done.case.id or 0)


def find_recorder(widget: QWidget) -> AttemptRecorder | None:
    """The recorder of the pane `widget` sits in, or None (a page shown on its own)."""
    holder: QWidget | None = widget
    while holder is not None:
        found = holder.findChild(
            AttemptRecorder, "attemptRecorder", Qt.FindChildOption.FindDirectChildrenOnly
        )
        if found is not None:
            return found
        holder = holder.parentWidget()
    return None


def _duration(seconds: int, lang: Lang) -> str:
    """'12분 34초' / '12 min 34 s': the wait as the call timer showed it."""
    minutes, rest = divmod(seconds, 60)
    if minutes:
        return text("case.record.minutes_seconds", lang, m=minutes, s=rest)
    return text("case.record.seconds", lang, s=rest)


class RecordOffer(QFrame):
    """'Record this in your cases?' with one button per outcome; then where it went."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.channel = "email"
        self.outcomes: tuple[Outcome, ...] = ()
        self.wait_seconds: int | None = None
        self.done: Recorded | None = None
        self.prompt = QLabel()
        self.prompt.setObjectName(f"{name}Text")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        self.show_button = QPushButton()
        self.show_button.setObjectName("showRecordedCaseButton")
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoRecordButton")
        after = QGridLayout()
        after.setContentsMargins(0, 0, 0, 0)
        after.addWidget(self.show_button, 0, 0)
        after.addWidget(self.undo_button, 0, 1)
        after.setColumnStretch(2, 1)
        column = QVBoxLayout(self)
        column.addWidget(self.prompt)
        column.addLayout(self.grid)
        column.addLayout(after)
        self.show_button.clicked.connect(self._show_case)
        self.undo_button.clicked.connect(self.undo)
        self.hide()

    # --- what the person sees ----------------------------------------------------------------

    def offer_sent(self, channel: str) -> None:
        """A letter, form text or message handed off on `channel`: record it as sent."""
        from fallback_desktop.core.domain.case import Outcome

        self.offer(channel, (Outcome.SENT,))

    def offer(
        self, channel: str, outcomes: Sequence[Outcome], wait_seconds: int | None = None
    ) -> None:
        """Show the offer for an attempt on `channel` that ended in one of `outcomes`; nothing
        shows where there is no case log to record in (a page on its own)."""
        if find_recorder(self) is None:
            return
        again = (channel, tuple(outcomes)) == (self.channel, self.outcomes)
        if self.done is not None and again and wait_seconds is None:
            self.show()  # the same letter handed off once more: it is recorded already
            return
        self.channel, self.outcomes, self.wait_seconds = channel, tuple(outcomes), wait_seconds
        self.done = None
        while self.buttons:
            button = self.buttons.pop()
            self.grid.removeWidget(button)
            button.setParent(None)  # out of the tree at once, for findChild too
            button.deleteLater()
        for index, ended in enumerate(self.outcomes):
            button = QPushButton()
            button.setObjectName(f"record_{ended.value}")
            button.clicked.connect(lambda _checked=False, o=ended: self.record(o))
            self.grid.addWidget(button, index // _PER_ROW, index % _PER_ROW)
            self.buttons.append(button)
        self._retranslate()
        self.show()

    def record(self, outcome: Outcome) -> None:
        recorder = find_recorder(self)
        if recorder is None:
            return
        try:
            self.done = recorder.record(self.channel, outcome, self.wait_seconds)
        except InputError as error:
            self.prompt.setText(error.text(current_lang()))
            return
        self._retranslate()

    def undo(self) -> None:
        recorder, done = find_recorder(self), self.done
        if recorder is None or done is None:
            return
        try:
            recorder.forget(done)
        except InputError as error:
            self.prompt.setText(error.text(current_lang()))
            return
        self.done = None
        self._retranslate()

    def _show_case(self) -> None:
        recorder, done = find_recorder(self), self.done
        if recorder is not None and done is not None and done.case.id is not None:
            recorder.show_case.emit(done.case.id)

    # --- words -------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        lang = current_lang()
        recorded = self.done is not None
        for button, ended in zip(self.buttons, self.outcomes, strict=True):
            button.setText(text(f"case.record.button.{ended.value}", lang))
            button.setVisible(not recorded)
        self.show_button.setText(self.tr("Show the case"))
        self.undo_button.setText(self.tr("Undo"))
        self.show_button.setVisible(recorded)
        self.undo_button.setVisible(recorded)
        self.prompt.setText(self._words(lang))

    def _words(self, lang: Lang) -> str:
        channel = text(f"channel.{self.channel}.name", lang)
        done = self.done
        if done is None:
            key = "case.record.offer"
            if self.wait_seconds is not None:
                key = "case.record.offer_call"
            elif self.channel == "chat":
                key = "case.record.offer_chat"
            wait = _duration(self.wait_seconds or 0, lang)
            return text(key, lang, channel=channel, wait=wait)
        case = done.case
        about = f"{case.company} · {case.product}" if case.product else case.company
        key = "case.record.done_new" if done.created else "case.record.done"
        outcome = text(f"case.outcome.{done.attempt.outcome.value}", lang)
        due = case.reply_by.isoformat()
        return text(key, lang, about=about, channel=channel, outcome=outcome, reply_by=due)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and not self.isHidden():
            self._retranslate()


__all__ = ["AttemptRecorder", "RecordOffer", "find_recorder"]
