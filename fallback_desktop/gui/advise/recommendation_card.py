"""The answer at a glance: the plan, then the best channel now, why, when it opens, the
runner-up and tips; or, for a channel picked in the comparison table, that channel in full."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from fallback_desktop.core.domain.channels import get_channel
from fallback_desktop.core.text.catalog import render, render_list
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.gui.advise.channel_words import status_text
from fallback_desktop.gui.advise.plan_view import PlanView
from fallback_desktop.gui.advise.text_label import TextLabel
from fallback_desktop.gui.fonts import TITLE_SCALE
from fallback_desktop.gui.i18n import current_lang

if TYPE_CHECKING:
    from fallback_desktop.core.recommend.ranking import Recommendation
    from fallback_desktop.gui.advise.channel_details import ChannelDetails
    from fallback_desktop.session import Session

# A warm, light card with dark text, drawn by hand rather than with a style sheet: a style sheet
# would pin the card's font and stop the larger-text setting from reaching it.
CARD_FILL = QColor("#fff8e1")
CARD_BORDER = QColor("#d9a400")
CARD_TEXT = QColor("#1a1a1a")


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _bullets(lines: tuple[str, ...] | list[str], mark: str = "•") -> str:
    return "\n".join(f"{mark} {line}" for line in lines)


class RecommendationCard(QFrame):
    """Shows a Recommendation: its plan, the top channel large, its reasons, timing, runner-up
    and tips. `show_channel` swaps that for one channel's details until `show_channel(None)`;
    the details' back button emits `backRequested`."""

    backRequested = Signal()  # noqa: N815 (Qt signal naming)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("recommendationCard")
        palette = self.palette()
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, CARD_TEXT)
        self.setPalette(palette)
        self._rec: Recommendation | None = None

        self.plan_view = PlanView(self)
        # Made the first time a channel is picked: most answers never need it.
        self.details: ChannelDetails | None = None
        self.heading = self._label("cardHeading")
        self.channel_label = self._label("recommendedChannel")
        self.status_label = self._label("recommendedStatus")
        self.reasons_label = self._label("recommendedReasons")
        self.phone_label = self._label("phoneAdvice")
        self.runner_up_label = self._label("runnerUp")
        self.tips_heading = self._label("tipsHeading")
        self.tips_label = self._label("recommendedTips")

        # The recommendation below the plan, all hidden while a channel's details show. One
        # flat column of labels: nesting them in a widget of their own made every new answer
        # take longer to lay out.
        self._summary = (
            self.heading,
            self.channel_label,
            self.status_label,
            self.reasons_label,
            self.phone_label,
            self.runner_up_label,
            self.tips_heading,
            self.tips_label,
        )
        self._wanted: dict[QWidget, bool] = dict.fromkeys(self._summary, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(self.plan_view)
        layout.addSpacing(4)
        for label in self._summary:
            layout.addWidget(label)
        layout.addStretch(1)
        self._layout = layout
        self._update_fonts()
        self._render()

    def _update_fonts(self) -> None:
        # Derived from the card's own font, so the larger-text setting scales the title too.
        title = QFont(self.font())
        title.setPointSizeF(self.font().pointSizeF() * TITLE_SCALE)
        title.setBold(True)
        self.channel_label.setFont(title)
        status = QFont(self.font())
        status.setBold(True)
        self.status_label.setFont(status)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(CARD_BORDER, 2))
        painter.setBrush(CARD_FILL)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 10, 10)
        painter.end()

    def _label(self, name: str) -> QLabel:
        return TextLabel(self, name)

    def set_recommendation(self, rec: Recommendation) -> None:
        """Show rec, worded in the interface's current language (and the details, if shown,
        as the channel stands in rec)."""
        self._rec = rec
        shown = self.showing_channel()
        if shown is not None and self.details is not None:
            self.details.show_channel(shown, rec)
        self._render()

    def show_channel(self, channel_id: str | None) -> None:
        """Show one channel in full instead of the plan and recommendation; None goes back."""
        if channel_id is None:
            if self.details is not None and not self.details.isHidden():
                self.details.hide()
                self._apply_visibility()
            return
        details = self._details()
        details.show_channel(channel_id, self._rec)
        details.show()
        self._apply_visibility()

    def _details(self) -> ChannelDetails:
        if self.details is None:
            from fallback_desktop.gui.advise.channel_details import ChannelDetails

            self.details = ChannelDetails(self)
            self.details.backRequested.connect(self.backRequested)
            # Below the summary, above the stretch that keeps the card's content at the top.
            self._layout.insertWidget(self._layout.count() - 1, self.details)
            # Made late, its button would come last when tabbing: put it where the card is,
            # after the last input before the card (Qt orders only widgets that take focus).
            before: QWidget | None = self.previousInFocusChain()
            while before not in (None, self) and not _takes_tab(before):
                before = before.previousInFocusChain()
            if before is not None and before is not self:
                QWidget.setTabOrder(before, self.details.back_button)
        return self.details

    def _apply_visibility(self) -> None:
        """The plan and the summary's labels as wanted, or none of them under the details."""
        summary = self.details is None or self.details.isHidden()
        self.plan_view.setVisible(summary and self.plan_view.has_steps())
        for widget, wanted in self._wanted.items():
            widget.setVisible(summary and wanted)

    def showing_channel(self) -> str | None:
        """The channel whose details are shown, or None while the recommendation is."""
        if self.details is None or self.details.isHidden():
            return None
        return self.details.channel()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        elif event.type() == QEvent.Type.FontChange:
            self._update_fonts()
        super().changeEvent(event)

    # --- rendering ----------------------------------------------------------------------------

    def _render(self) -> None:
        self._render_summary(current_lang())
        self._apply_visibility()

    def _render_summary(self, lang: Lang) -> None:
        self.heading.setText(self.tr("Best way to reach them now"))
        self.tips_heading.setText(self.tr("Before you start"))
        rec = self._rec
        if rec is not None:
            self.plan_view.set_plan(rec.plan, rec.situation.at)
        if rec is None or not rec.ranking:
            # No ranking yet, or none at all (a company that offers none of the channels).
            waiting = rec is None
            words = self.tr("Working it out…") if waiting else self.tr("No channel to suggest")
            self.channel_label.setText(words)
            self.channel_label.setProperty("channelId", "")
            for label in (self.status_label, self.reasons_label, self.runner_up_label):
                label.setText("")
            for label in (self.phone_label, self.tips_heading, self.tips_label):
                self._wanted[label] = False
            return
        top = rec.ranking[0]
        name = render(get_channel(top.channel).name, lang)
        self.channel_label.setText(name)
        self.channel_label.setProperty("channelId", top.channel)
        self.channel_label.setAccessibleName(self.tr("Recommended channel: %1").replace("%1", name))
        self.status_label.setText(status_text(top, rec.situation.at, lang))
        self.reasons_label.setText(_bullets([render(reason, lang) for reason in top.reasons]))
        self._wanted[self.reasons_label] = bool(top.reasons)
        self.runner_up_label.setText(self._runner_up_text(lang))
        tips = render_list(get_channel(top.channel).tips, lang)
        self.tips_label.setText(_bullets(tips, "✓"))
        self._wanted[self.tips_heading] = self._wanted[self.tips_label] = bool(tips)
        self._render_phone(lang)

    def _runner_up_text(self, lang: Lang) -> str:
        assert self._rec is not None
        if len(self._rec.ranking) < 2:
            return ""
        second = self._rec.ranking[1]
        name = render(get_channel(second.channel).name, lang)
        if second.reasons:
            return (
                self.tr("Second choice: %1 — %2")
                .replace("%1", name)
                .replace("%2", render(second.reasons[0], lang))
            )
        return self.tr("Second choice: %1").replace("%1", name)

    def _render_phone(self, lang: Lang) -> None:
        """The same advice about calling that the phone's reasons and the command line give."""
        rec = self._rec
        assert rec is not None
        phone = next((r for r in rec.ranking[:2] if r.channel == "phone"), None)
        self._wanted[self.phone_label] = phone is not None and phone.usable
        if not self._wanted[self.phone_label]:
            return
        # Deferred: the phone-load tables and holiday data are only needed once phone comes up.
        from fallback_desktop.core.recommend.phone_load import LOAD_SOURCE, phone_advice

        calendar = self._session.calendar
        calendar = calendar.for_hours(rec.hours.get("phone", calendar.hours))
        advice = phone_advice(rec.situation.at, calendar)
        self.phone_label.setText(f"☎ {render(advice.message(), lang)}")
        self.phone_label.setToolTip(render(LOAD_SOURCE, lang))
