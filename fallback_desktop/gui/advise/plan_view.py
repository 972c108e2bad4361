"""The plan at the top of the recommendation card: what to do now, what next and when, and when
to escalate, worded from the catalog in the interface's language."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from fallback_desktop.core.text.catalog import render
from fallback_desktop.core.text.timefmt import Moment
from fallback_desktop.gui.advise.text_label import TextLabel
from fallback_desktop.gui.i18n import current_lang

if TYPE_CHECKING:
    from fallback_desktop.core.recommend.plan import Plan, Step
    from fallback_desktop.core.text.lang import Lang

HEADING_SCALE = 1.2
# White inside the warm card, so the plan is the first thing the eye lands on.
PLAN_FILL = QColor("#ffffff")
PLAN_BORDER = QColor("#d9a400")
# When nothing can answer in time the border and that first line turn a dark, readable red.
LATE_BORDER = QColor("#b3261e")
LATE_TEXT = QColor("#8c1d18")
WHEN_TEXT = QColor("#5c4300")
WARNING_MARK = "⚠"


def _tinted(label: QLabel, color: QColor) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(palette)


def _bold() -> QFont:
    # Only the weight: the family and size keep following the window (larger text included).
    font = QFont()
    font.setBold(True)
    return font


class PlanView(QFrame):
    """The steps of a Plan, one under another: when (bold), then what to do.

    A step about no channel that happens now (such as "nothing can answer today") stands without
    a "when" line. `text()` is the whole plan as plain lines, which is also what a screen reader
    is given as the widget's accessible name.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planView")
        self._plan: Plan | None = None
        self._now: dt.datetime | None = None
        self._text = ""
        self._lang: Lang | None = None
        self._late = False
        self.heading = self._label("planHeading")
        self._rows: list[tuple[QLabel, QLabel]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 10, 12, 10)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.heading)
        self._layout.addSpacing(4)
        self._update_fonts()

    def _label(self, name: str) -> QLabel:
        return TextLabel(self, name)

    def _row(self, index: int) -> tuple[QLabel, QLabel]:
        """The index-th pair of labels, made the first time a plan has that many steps."""
        while len(self._rows) <= index:
            when = self._label(f"planWhen{len(self._rows) + 1}")
            when.setFont(_bold())
            _tinted(when, WHEN_TEXT)
            step = self._label(f"planStep{len(self._rows) + 1}")
            if self._rows:
                self._layout.addSpacing(6)
            self._layout.addWidget(when)
            self._layout.addWidget(step)
            self._rows.append((when, step))
        return self._rows[index]

    def _update_fonts(self) -> None:
        heading = QFont(self.font())
        heading.setPointSizeF(self.font().pointSizeF() * HEADING_SCALE)
        heading.setBold(True)
        self.heading.setFont(heading)

    # --- what it shows ------------------------------------------------------------------------

    def set_plan(self, plan: Plan, now: dt.datetime) -> None:
        """Show plan, whose moments are worded as seen from now (the situation's time)."""
        # Many changes of the situation leave the plan as it was: nothing to lay out again.
        if (plan, now, current_lang()) == (self._plan, self._now, self._lang):
            return
        self._plan = plan
        self._now = now
        self._render()

    def has_steps(self) -> bool:
        """Whether there is a plan to show (none until the first recommendation)."""
        return self._plan is not None and bool(self._plan.steps)

    def text(self) -> str:
        """The whole plan as plain text, one step a line, as a screen reader reads it."""
        return self._text

    def is_late(self) -> bool:
        """True when the plan says nothing can answer within the urgency."""
        return self._late

    def retranslate(self) -> None:
        """Word the plan again in the interface's current language."""
        self._render()

    def _render(self) -> None:
        lang = self._lang = current_lang()
        self.heading.setText(self.tr("What to do"))
        plan = self._plan
        steps = plan.steps if plan is not None else ()
        self._late = plan is not None and not plan.in_time
        lines: list[str] = []
        for index, step in enumerate(steps):
            when_label, step_label = self._row(index)
            words = render(step.message, lang)
            when = self._when(step, lang)
            warn = self._late and index == 0
            if warn:
                words = f"{WARNING_MARK} {words}"
            when_label.setText(when)
            when_label.setVisible(bool(when))
            step_label.setText(words)
            step_label.setVisible(True)
            if step_label.property("warning") != warn:
                step_label.setProperty("warning", warn)
                # An empty font or palette is the card's own: large text and colours follow it.
                step_label.setFont(_bold() if warn else QFont())
                if warn:
                    _tinted(step_label, LATE_TEXT)
                else:
                    step_label.setPalette(QPalette())
            lines.append(f"{when}: {words}" if when else words)
        for when_label, step_label in self._rows[len(steps) :]:
            when_label.hide()
            step_label.hide()
        self._text = "\n".join(lines)
        self.setAccessibleName(self._text)
        self.setAccessibleDescription(self.heading.text())
        self.update()

    def _when(self, step: Step, lang: Lang) -> str:
        if step.when == "escalate":
            return self.tr("If still nothing")
        if step.when == "later":
            if step.at is None or self._now is None:
                return self.tr("Then")
            moment = Moment(step.at.astimezone(self._now.tzinfo), self._now)
            return self.tr("Then, %1").replace("%1", moment.render(lang))
        # A statement such as "nothing can answer today" needs no "Now" in front of it.
        return "" if step.channel is None else self.tr("Now")

    # --- Qt -----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        elif event.type() == QEvent.Type.FontChange:
            self._update_fonts()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(LATE_BORDER if self._late else PLAN_BORDER, 2 if self._late else 1))
        painter.setBrush(PLAN_FILL)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
        painter.end()
