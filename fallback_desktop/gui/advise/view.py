"""Everything inside the main window: situation and recommendation on the left, draft and
comparison on the right, and the one-way flow between them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fallback_desktop.core.domain.channels import CHANNEL_IDS
from fallback_desktop.gui.advise.channel_model import (
    CHANNEL_ID_ROLE,
    COL_CHANNEL,
    ChannelTableModel,
    sorted_proxy,
)
from fallback_desktop.gui.advise.channel_table import ChannelTable
from fallback_desktop.gui.advise.recommendation_card import RecommendationCard
from fallback_desktop.gui.advise.situation_panel import SituationPanel
from fallback_desktop.gui.first_paint import after_first_paint
from fallback_desktop.gui.fitting import FittedScrollArea
from fallback_desktop.gui.write.pane import DraftPane

if TYPE_CHECKING:
    from fallback_desktop.core.domain.company import Company
    from fallback_desktop.core.domain.situation import Situation
    from fallback_desktop.core.recommend.experience import Experience
    from fallback_desktop.core.recommend.ranking import Recommendation
    from fallback_desktop.session import Session


class AdviseView(QSplitter):
    """Situation → recommendation → draft; the comparison table beside the draft."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.session = session
        self.recommendation: Recommendation | None = None
        # What the chosen company put into the letter's fields, so a value the person typed
        # there is never overwritten by the next company.
        self._filled: dict[str, str] = {}
        # Once the person picks a channel for the letter, a new plan no longer changes it.
        self._channel_picked_by_hand = False
        # The person's own reply times (channel id -> median), read from the case log once the
        # answer and the letter are on screen; a view not yet shown reads them when it is.
        self.experience: dict[str, Experience] = {}
        self._experience_begun = False

        # Built in the order a person works through them, which is also the Tab order.
        self.situation_panel = SituationPanel(session)
        self.card = RecommendationCard(session)
        self.channel_model = ChannelTableModel(self)
        self.channel_proxy = sorted_proxy(self.channel_model, self)
        self.channel_table = ChannelTable(self.channel_proxy)
        self.draft_pane = DraftPane(session, render_when_shown=False)
        # After the draft pane: it is the one that tells the person about a broken draft file.
        self.situation_panel.restore_saved()
        self._build_layout()
        self._connect_signals()
        self._retranslate()
        # After the workspace's first paint: the answer, then (once that is painted) the letter.
        after_first_paint(self, self._first_answer, settle_ms=0)

    # --- construction -------------------------------------------------------------------------

    def _connect_signals(self) -> None:
        self.situation_panel.situationChanged.connect(self._on_situation_changed)
        self.situation_panel.company_combo.companyChanged.connect(self._fill_letter)
        selection = self.channel_table.selectionModel()
        selection.selectionChanged.connect(self._on_row_selected)
        self.card.backRequested.connect(self.show_recommendation)
        self.draft_pane.helpers.channel_chosen.connect(self._channel_picked)

    def _build_layout(self) -> None:
        left = self.left_column = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 8, 8)
        left_layout.addWidget(self.situation_panel)
        left_layout.addWidget(self.card, 1)
        # Wide enough for the situation inputs (their longest choice whole) at any text size,
        # with the vertical scroll bar showing.
        self.left_scroll = FittedScrollArea(left, "adviseScroll")

        self.table_box = QGroupBox()
        table_layout = QVBoxLayout(self.table_box)
        table_layout.addWidget(self.channel_table)
        # At small window sizes the table may scroll, but never below three rows.
        self.channel_table.setMinimumHeight(self.channel_table.height_for_rows(3))
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.addWidget(self.table_box)
        self.right_splitter.addWidget(self.draft_pane)
        self.right_splitter.setStretchFactor(0, 0)
        self.right_splitter.setStretchFactor(1, 1)
        self.right_splitter.setChildrenCollapsible(False)

        self.addWidget(self.left_scroll)
        self.addWidget(self.right_splitter)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setSizes([400, 880])
        self.setChildrenCollapsible(False)

    def apply_initial_sizes(self, width: int, height: int) -> None:
        """Share width × height between the columns and between the table and the draft."""
        # The whole ranking in view when there is room (two fifths of the height at most, so
        # the draft keeps the rest); the left column about a third of the width.
        left = max(self.left_scroll.minimumSizeHint().width(), min(430, int(width * 0.32)))
        self.setSizes([left, width - left])
        box_margins = self.table_box.sizeHint().height() - self.channel_table.sizeHint().height()
        table = self.channel_table.height_for_rows(len(CHANNEL_IDS)) + max(box_margins, 0)
        table = min(table, max(int(height * 0.4), self.channel_table.minimumHeight()))
        self.right_splitter.setSizes([table, max(height - table, 1)])

    # --- the one-way flow ---------------------------------------------------------------------

    def _first_answer(self) -> None:
        self.refresh()
        # The first letter takes longer (template engine, phone and address checks), so it waits
        # until the recommendation it follows is on screen.
        after_first_paint(self, self._first_letter, settle_ms=0)

    def _first_letter(self) -> None:
        self.draft_pane.render_first()
        # Last, the case log: nothing of it is read before the answer and the letter show.
        self._experience_begun = True
        after_first_paint(self, self._experience_when_shown)

    def _experience_when_shown(self) -> None:
        if self.isVisible():  # a view never shown opens no file (showEvent reads it then)
            self.refresh_experience()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if self._experience_begun:
            # Shown at last, or back from the cases view where a reply may have been recorded.
            after_first_paint(self, self._experience_when_shown)
        super().showEvent(event)

    def refresh_experience(self) -> None:
        """Read the person's own reply times from the case log again and, when they changed,
        rank once more (e.g. after a reply was recorded in the cases view)."""
        import sqlite3

        from fallback_desktop.core.domain.errors import InputError
        from fallback_desktop.core.recommend.experience import experience_from
        from fallback_desktop.core.store.cases import recorded_waits

        try:
            store = self.session.open_cases(verify_later=True)
            found = experience_from(recorded_waits(store))
        except (InputError, OSError, sqlite3.Error):
            found = {}  # a log that cannot be read is said in the cases view
        if found != self.experience:
            self.experience = found
            if self.recommendation is not None:
                self.refresh()

    def refresh(self) -> None:
        """Rank the channels for the current situation and show the result everywhere."""
        self._show_recommendation(self.situation_panel.situation())

    def _on_situation_changed(self, situation: Situation) -> None:
        before = self.recommendation
        self._show_recommendation(situation)
        # A situation the person changed gets its new plan on show; the minute the clock moves
        # on leaves the channel they are reading about where it is.
        if before is not None and not self._only_the_clock_moved(before, situation):
            self.show_recommendation()

    def _show_recommendation(self, situation: Situation) -> None:
        # Deferred: the recommender pulls in holiday data, which is not needed to paint the window.
        from fallback_desktop.core.recommend.ranking import recommend

        company = self.situation_panel.company_combo.company()
        calendar = self.session.calendar
        mine = self.experience
        self._present(recommend(situation, calendar=calendar, company=company, experience=mine))

    def _present(self, rec: Recommendation) -> None:
        """Show a ranking everywhere, worded in the current language."""
        self.recommendation = rec
        if not self._channel_picked_by_hand:
            # The letter gets ready for the plan's first step (or the best channel).
            first = next((step.channel for step in rec.plan.steps if step.channel), None)
            self.draft_pane.set_channel(
                first or (rec.ranking[0].channel if rec.ranking else "email")
            )
        self.channel_model.set_recommendation(rec)
        # New words ("Opens tomorrow 09:00" where "Open now" stood) may need other widths.
        self.channel_table.fit_columns()
        self.card.set_recommendation(rec)
        self._title_table()

    def _title_table(self) -> None:
        company = self.recommendation.company if self.recommendation is not None else None
        if company is None:
            self.table_box.setTitle(self.tr("Compare all channels"))
        else:
            title = self.tr("Compare the channels of %1").replace("%1", company.name)
            self.table_box.setTitle(title)

    def _only_the_clock_moved(self, rec: Recommendation, after: Situation) -> bool:
        before = rec.situation
        same_choices = (before.urgency, before.context, before.needs) == (
            after.urgency,
            after.context,
            after.needs,
        )
        same_company = rec.company == self.situation_panel.company_combo.company()
        return same_choices and same_company and self.situation_panel.is_following_clock()

    def _fill_letter(self, company: Company | None) -> None:
        """The letter's To and company from the chosen company, where the person typed nothing
        of their own."""
        email = company.address("email") if company is not None else None
        values = {"to": email.value if email else "", "company": company.name if company else ""}
        self.draft_pane.set_company(company)
        form = self.draft_pane.form
        for key, value in values.items():
            if form.text(key) in ("", self._filled.get(key, "")):
                form.set_value(key, value)
                self._filled[key] = value

    # --- one channel in full --------------------------------------------------------------------

    def _on_row_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.channel_table.selectionModel().selectedRows(COL_CHANNEL)
        if not rows:
            self.card.show_channel(None)
            return
        channel_id = rows[0].data(CHANNEL_ID_ROLE)
        self.card.show_channel(str(channel_id))
        self._channel_picked(str(channel_id))
        self._bring_card_into_view()

    def _channel_picked(self, channel: str) -> None:
        """The person chose the channel to write for (a table row or the letter's choice)."""
        self._channel_picked_by_hand = True
        self.draft_pane.set_channel(channel, by_hand=True)

    def _bring_card_into_view(self) -> None:
        # In a short window the card lies below the situation: scroll its top into view, unless
        # it already shows near the top of the column.
        bar = self.left_scroll.verticalScrollBar()
        top = self.card.mapTo(self.left_column, self.card.rect().topLeft()).y() - 8
        if not bar.value() <= top <= bar.value() + self.left_scroll.viewport().height() // 3:
            bar.setValue(top)

    def show_recommendation(self) -> None:
        """Back from a channel's details to the plan and the recommendation."""
        self.channel_table.clearSelection()
        self.card.show_channel(None)

    # --- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            # Core's answer holds no words: the same ranking, worded again, is all that changes.
            if self.recommendation is not None:
                self._present(self.recommendation)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._title_table()
        self.channel_table.setAccessibleName(self.tr("Channel comparison"))
