"""About one channel, for the row the person picked in the comparison table: where it stands in
this situation and why, its hours, what it can carry, what it is good at, what to watch out for,
how soon it usually answers, and tips."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from fallback_desktop.core.domain.channels import get_channel
from fallback_desktop.core.text.catalog import render, render_list
from fallback_desktop.gui.advise.channel_words import status_text
from fallback_desktop.gui.advise.text_label import TextLabel
from fallback_desktop.gui.i18n import current_lang

if TYPE_CHECKING:
    from fallback_desktop.core.recommend.ranking import Ranked, Recommendation
    from fallback_desktop.core.text.lang import Lang

TITLE_SCALE = 1.6


def _bullets(lines: Iterable[str], mark: str = "•") -> str:
    return "\n".join(f"{mark} {line}" for line in lines)


def _bold() -> QFont:
    # Only the weight: the family and size keep following the window (larger text included).
    font = QFont()
    font.setBold(True)
    return font


class ChannelDetails(QWidget):
    """One channel in full; `backRequested` when the person asks for the recommendation again."""

    backRequested = Signal()  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channelDetails")
        self._channel: str | None = None
        self._rec: Recommendation | None = None

        self.back_button = QPushButton(self)
        self.back_button.setObjectName("backToRecommendation")
        self.back_button.clicked.connect(self.backRequested)
        self.heading = self._label("detailsHeading")
        self.channel_label = self._label("detailsChannel")
        self.status_label = self._label("detailsStatus", bold=True)
        self.hours_heading = self._label("detailsHoursHeading", bold=True)
        self.hours_label = self._label("detailsHours")
        self.carries_heading = self._label("detailsCarriesHeading", bold=True)
        self.carries_label = self._label("detailsCarries")
        self.reasons_heading = self._label("detailsReasonsHeading", bold=True)
        self.reasons_label = self._label("detailsReasons")
        self.strengths_heading = self._label("detailsStrengthsHeading", bold=True)
        self.strengths_label = self._label("detailsStrengths")
        self.weaknesses_heading = self._label("detailsWeaknessesHeading", bold=True)
        self.weaknesses_label = self._label("detailsWeaknesses")
        self.reply_heading = self._label("detailsReplyHeading", bold=True)
        self.reply_label = self._label("detailsReply")
        self.tips_heading = self._label("detailsTipsHeading", bold=True)
        self.tips_label = self._label("detailsTips")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.channel_label)
        layout.addWidget(self.status_label)
        for heading, body in (
            (self.hours_heading, self.hours_label),
            (self.reasons_heading, self.reasons_label),
            (self.carries_heading, self.carries_label),
            (self.strengths_heading, self.strengths_label),
            (self.weaknesses_heading, self.weaknesses_label),
            (self.reply_heading, self.reply_label),
            (self.tips_heading, self.tips_label),
        ):
            layout.addSpacing(6)
            layout.addWidget(heading)
            layout.addWidget(body)
        self._update_fonts()
        self._render()

    def _label(self, name: str, *, bold: bool = False) -> QLabel:
        label = TextLabel(self, name)
        if bold:
            label.setFont(_bold())
        return label

    def _update_fonts(self) -> None:
        # Derived from the widget's own font, so the larger-text setting scales the title too.
        title = QFont(self.font())
        title.setPointSizeF(self.font().pointSizeF() * TITLE_SCALE)
        title.setBold(True)
        self.channel_label.setFont(title)

    # --- what it shows ------------------------------------------------------------------------

    def channel(self) -> str | None:
        """The id of the channel shown, or None."""
        return self._channel

    def show_channel(self, channel_id: str, rec: Recommendation | None) -> None:
        """Show channel_id as it stands in rec (its rank, state now and reasons)."""
        self._channel = channel_id
        self._rec = rec
        self._render()

    def _render(self) -> None:
        self.back_button.setText(self.tr("← Back to the recommendation"))
        self.heading.setText(self.tr("About this channel"))
        self.hours_heading.setText(self.tr("Hours"))
        self.reasons_heading.setText(self.tr("In your situation"))
        self.carries_heading.setText(self.tr("What it can carry"))
        self.strengths_heading.setText(self.tr("Good at"))
        self.weaknesses_heading.setText(self.tr("Watch out for"))
        self.reply_heading.setText(self.tr("Usual first reply"))
        self.tips_heading.setText(self.tr("Before you start"))
        if self._channel is None:
            return
        lang = current_lang()
        channel = get_channel(self._channel)
        name = render(channel.name, lang)
        self.channel_label.setText(name)
        self.channel_label.setProperty("channelId", channel.id)
        self.setAccessibleName(self.tr("About %1").replace("%1", name))
        self.status_label.setText(self._status(lang))
        hours = self._rec.hours.get(channel.id) if self._rec is not None else None
        self.hours_label.setText(render(channel.hours_words(hours), lang))
        ranked = self._ranked()
        reasons = [render(reason, lang) for reason in ranked.reasons] if ranked else []
        self.reasons_label.setText(_bullets(reasons))
        self.reasons_heading.setVisible(bool(reasons))
        self.reasons_label.setVisible(bool(reasons))
        self.carries_label.setText(_bullets(render_list(channel.carries_words, lang)))
        self.strengths_label.setText(_bullets(render_list(channel.strengths, lang)))
        self.weaknesses_label.setText(_bullets(render_list(channel.weaknesses, lang)))
        reply = channel.reply.range.render(lang)
        sources = [render(source.message, lang) for source in channel.reply.sources]
        self.reply_label.setText("\n".join([reply, *(f"({source})" for source in sources)]))
        tips = render_list(channel.tips, lang)
        self.tips_label.setText(_bullets(tips, "✓"))
        self.tips_heading.setVisible(bool(tips))
        self.tips_label.setVisible(bool(tips))

    def _ranked(self) -> Ranked | None:
        if self._rec is None:
            return None
        return next((r for r in self._rec.ranking if r.channel == self._channel), None)

    def _status(self, lang: Lang) -> str:
        ranked = self._ranked()
        if ranked is None or self._rec is None:
            # Not in this ranking (the company does not offer it).
            return self.tr("Not ranked for this situation.")
        place = (
            self.tr("Rank %1 of %2.")
            .replace("%1", str(ranked.rank))
            .replace("%2", str(len(self._rec.ranking)))
        )
        return f"{place} {status_text(ranked, self._rec.situation.at, lang)}"

    # --- Qt -----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        elif event.type() == QEvent.Type.FontChange:
            self._update_fonts()
        super().changeEvent(event)
