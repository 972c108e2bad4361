"""The main window: situation and recommendation on the left, draft and comparison on the right."""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QHeaderView,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fallback_desktop import __version__
from fallback_desktop.core.model import CHANNEL_IDS, Lang
from fallback_desktop.core.profile import Preferences, load_preferences, save_preferences
from fallback_desktop.core.storage import Loaded
from fallback_desktop.gui.channel_model import (
    COL_STRENGTHS,
    COL_WEAKNESSES,
    ChannelTableModel,
    sorted_proxy,
)
from fallback_desktop.gui.draft_pane import DraftPane
from fallback_desktop.gui.first_paint import after_first_paint
from fallback_desktop.gui.i18n import current_lang, ensure_language, install_language
from fallback_desktop.gui.recommendation_card import RecommendationCard
from fallback_desktop.gui.situation_panel import Clock, SituationPanel, named, seoul_now

if TYPE_CHECKING:
    from fallback_desktop.core.business_calendar import BusinessCalendar
    from fallback_desktop.core.model import Situation
    from fallback_desktop.core.recommend import Recommendation

log = logging.getLogger(__name__)

LANGUAGE_NAMES: dict[Lang, str] = {"ko": "한국어", "en": "English"}


class MainWindow(QMainWindow):
    """Situation → recommendation → draft, in one window; menus for language, text size, about."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        preferences: tuple[Preferences, Loaded] | None = None,
        clock: Clock = seoul_now,
    ) -> None:
        super().__init__(parent)
        prefs, loaded = preferences if preferences is not None else load_preferences()
        self._prefs = prefs
        # A window made without going through run() still speaks the person's language.
        app = QApplication.instance()
        if app is not None:
            ensure_language(app, prefs.lang)
        self._notice = (loaded.notice_ko, loaded.notice_en)
        self._calendar: BusinessCalendar | None = None
        self.recommendation: Recommendation | None = None
        self._sized = False

        # Built in the order a person works through them, which is also the Tab order.
        self.situation_panel = SituationPanel(clock=clock)
        self.card = RecommendationCard()
        self.channel_model = ChannelTableModel(self)
        self.channel_proxy = sorted_proxy(self.channel_model, self)
        self.channel_table = self._build_table()
        self.draft_pane = DraftPane()
        # After the draft pane: it is the one that tells the person about a broken draft file.
        self.situation_panel.restore_saved()
        self._build_layout()
        self._build_menus()
        self._connect_signals()
        self._retranslate()
        self._show_notice()
        self.situation_panel.urgency_combo.setFocus()
        # The first ranking loads holiday data; let the window reach the screen first.
        after_first_paint(self, self.refresh)

    # --- construction -------------------------------------------------------------------------

    def _build_table(self) -> QTableView:
        table = named(QTableView(), "channelTable")
        table.setModel(self.channel_proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # Single-line rows keep all six channels in view; full texts are in each cell's tooltip.
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab moves on to the draft; arrow keys still move between rows and cells.
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (COL_STRENGTHS, COL_WEAKNESSES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)
        return table

    def _build_layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 8, 8)
        left_layout.addWidget(self.situation_panel)
        left_layout.addWidget(self.card, 1)
        self.left_scroll = QScrollArea()
        self.left_scroll.setWidget(left)
        self.left_scroll.setWidgetResizable(True)
        self.left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Wide enough for the situation inputs even with the vertical scroll bar showing.
        scrollbar = self.left_scroll.verticalScrollBar().sizeHint().width()
        frame = 2 * self.left_scroll.frameWidth()
        self.left_scroll.setMinimumWidth(left.minimumSizeHint().width() + scrollbar + frame)

        self.table_box = QGroupBox()
        table_layout = QVBoxLayout(self.table_box)
        table_layout.addWidget(self.channel_table)
        # At small window sizes the table may scroll, but never below three rows.
        self.channel_table.setMinimumHeight(self._table_height(3))
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.addWidget(self.table_box)
        self.right_splitter.addWidget(self.draft_pane)
        self.right_splitter.setStretchFactor(0, 0)
        self.right_splitter.setStretchFactor(1, 1)
        self.right_splitter.setChildrenCollapsible(False)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.left_scroll)
        self.splitter.addWidget(self.right_splitter)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 880])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.resize(1280, 800)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[Lang, QAction] = {}
        for lang, name in LANGUAGE_NAMES.items():
            # Each language is named in itself, so it can be found whatever is showing.
            action = QAction(name, self, checkable=True)
            action.setData(lang)
            action.setChecked(lang == current_lang())
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action
        self.large_text_action = QAction(self, checkable=True)
        self.large_text_action.setChecked(self._prefs.large_text)
        self.view_menu.addAction(self.large_text_action)
        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.help_menu.addAction(self.about_action)

    def _connect_signals(self) -> None:
        self.situation_panel.situationChanged.connect(self._on_situation_changed)
        self.language_group.triggered.connect(self._on_language_chosen)
        self.large_text_action.toggled.connect(self._on_large_text_toggled)
        self.about_action.triggered.connect(self.show_about)

    # --- the one-way flow ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Rank the channels for the current situation and show the result everywhere."""
        self._show_recommendation(self.situation_panel.situation())

    def _on_situation_changed(self, situation: Situation) -> None:
        self._show_recommendation(situation)

    def _show_recommendation(self, situation: Situation) -> None:
        # Deferred: the recommender pulls in holiday data, which is not needed to paint the window.
        from fallback_desktop.core.business_calendar import BusinessCalendar
        from fallback_desktop.core.recommend import recommend

        if self._calendar is None:
            self._calendar = BusinessCalendar()
        lang = current_lang()
        rec = recommend(situation, lang, calendar=self._calendar)
        self.recommendation = rec
        self.channel_model.set_recommendation(rec, lang)
        self.card.set_recommendation(rec, lang, self._calendar)

    def _table_height(self, rows: int) -> int:
        """Pixels the comparison table needs to show `rows` rows without scrolling."""
        table = self.channel_table
        row_height = table.verticalHeader().defaultSectionSize()
        scrollbar = table.horizontalScrollBar().sizeHint().height()
        header = table.horizontalHeader().sizeHint().height()
        return header + rows * row_height + scrollbar + 2 * table.frameWidth()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if not self._sized:
            self._sized = True
            self._apply_initial_sizes()
        super().showEvent(event)

    def _apply_initial_sizes(self) -> None:
        # The whole ranking in view when there is room (a third of the height at most, so the
        # draft keeps the rest); the left column about a third of the width.
        width, height = self.width(), self.height()
        left = max(self.left_scroll.minimumWidth(), min(430, int(width * 0.32)))
        self.splitter.setSizes([left, width - left])
        box_margins = self.table_box.sizeHint().height() - self.channel_table.sizeHint().height()
        table = self._table_height(len(CHANNEL_IDS)) + max(box_margins, 0)
        table = min(table, max(int(height * 0.34), self.channel_table.minimumHeight()))
        self.right_splitter.setSizes([table, max(height - table, 1)])

    # --- menus --------------------------------------------------------------------------------

    def _on_language_chosen(self, action: QAction) -> None:
        lang: Lang = "ko" if action.data() == "ko" else "en"
        if lang == current_lang():
            return
        app = QApplication.instance()
        assert app is not None
        install_language(app, lang)
        self._save_preferences(dataclasses.replace(self._prefs, lang=lang))

    def _on_large_text_toggled(self, large: bool) -> None:
        from fallback_desktop.gui.app import apply_text_size

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_text_size(app, large)
        self._save_preferences(dataclasses.replace(self._prefs, large_text=large))

    def _save_preferences(self, prefs: Preferences) -> None:
        self._prefs = prefs
        try:
            save_preferences(prefs)
        except OSError as exc:
            log.warning("could not save preferences: %s", exc)
            self.statusBar().showMessage(self.tr("Your settings could not be saved."))

    def show_about(self) -> None:
        """The About box: what this is and its version."""
        text = self.tr(
            "Fallback Desk %1\n\nWhen a call to a customer center does not connect, it suggests "
            "the best other way to reach the company and helps you write the message.\n\n"
            "Everything stays on this computer."
        ).replace("%1", __version__)
        QMessageBox.about(self, self.tr("About Fallback Desk"), text)

    # --- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.recommendation is not None:
                self.refresh()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Fallback Desk: other ways to reach customer service"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.large_text_action.setText(self.tr("&Larger text"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Fallback Desk"))
        self.table_box.setTitle(self.tr("Compare all channels"))
        self.channel_table.setAccessibleName(self.tr("Channel comparison"))
        for lang, action in self.language_actions.items():
            action.setChecked(lang == current_lang())
        # A start-up notice still on show follows the language switch.
        if self.statusBar().currentMessage() in {n for n in self._notice if n}:
            self._show_notice()

    def _show_notice(self) -> None:
        notice_ko, notice_en = self._notice
        notice = notice_ko if current_lang() == "ko" else notice_en
        if notice:
            self.statusBar().showMessage(notice)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        # A normal close: the draft will not be offered back as if after a crash.
        self.draft_pane.mark_clean_exit()
        super().closeEvent(event)
