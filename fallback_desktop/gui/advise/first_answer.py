"""What the window shows before its controls: a short line, then at once the plan and the channel.

The frame goes on screen with one line ("getting ready"). Right after that first paint the
answer a person came for — the plan and the best channel for the situation they last chose,
at this moment — replaces the line, while the full view (situation panel, card, table, letter)
is still being built; the view then takes the frame's place. Only QLabel and layouts are used
here, and core is imported when the answer is made, so the frame stays as light as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fallback_desktop.gui.fonts import TITLE_SCALE

if TYPE_CHECKING:
    from fallback_desktop.core.recommend.ranking import Recommendation
    from fallback_desktop.session import Session

# Wide enough for a plan step on one or two lines, narrow enough to read at a glance.
COLUMN_WIDTH = 640


class FirstAnswer(QWidget):
    """The frame's content: a waiting line, then the plan and the recommended channel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.waiting = self._label("waitingLabel")
        self.heading = self._label("firstAnswerHeading")
        self.channel_label = self._label("recommendedChannel")
        self.plan_label = self._label("planView")
        # Plain text in the card title's size: nothing here needs rich text or a size of its own.
        title = QFont(self.channel_label.font())
        title.setPointSizeF(title.pointSizeF() * TITLE_SCALE)
        title.setBold(True)
        self.channel_label.setFont(title)
        column = QVBoxLayout()
        for label in (self.waiting, self.heading, self.channel_label, self.plan_label):
            column.addWidget(label)
            if label is not self.waiting:
                # Only hidden ones are told: showing a label before it has a parent would open
                # it as a window of its own (a native window, about 10 ms of the first frame).
                label.hide()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.recommendation: Recommendation | None = None

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setMaximumWidth(COLUMN_WIDTH)
        return label

    def retire(self) -> None:
        """Give the names back before the full view takes over, so only its widgets answer to
        `planView` and `recommendedChannel` (for tests and assistive tools)."""
        for label in (self.waiting, self.heading, self.channel_label, self.plan_label):
            label.setObjectName("")

    def set_waiting_text(self, text: str) -> None:
        self.waiting.setText(text)

    def answer(self, session: Session, heading: str) -> None:
        """Rank for the situation saved last time, at this moment, and show plan and channel."""
        from fallback_desktop.core.domain.channels import get_channel
        from fallback_desktop.core.domain.situation import Situation
        from fallback_desktop.core.recommend.ranking import recommend
        from fallback_desktop.core.text.catalog import render

        state = session.files.peek_draft_state()
        situation = Situation.from_ids(state.urgency, state.context, state.needs, session.now())
        rec = recommend(situation, calendar=session.calendar)
        self.recommendation = rec
        lang = session.lang
        top = rec.ranking[0].channel
        name = render(get_channel(top).name, lang)
        steps = [render(step.message, lang) for step in rec.plan.steps]
        self.heading.setText(heading)
        self.channel_label.setText(name)
        self.channel_label.setProperty("channelId", top)
        self.channel_label.setAccessibleName(f"{heading} {name}")
        self.plan_label.setText("\n".join(f"{n}. {step}" for n, step in enumerate(steps, 1)))
        self.plan_label.setAccessibleName("\n".join(steps))
        self.waiting.hide()
        for label in (self.heading, self.channel_label, self.plan_label):
            label.show()
