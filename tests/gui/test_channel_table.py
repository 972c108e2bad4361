"""The comparison table's view: whatever its width, the columns on show are whole, none cut at
the right edge, and what steps aside is the least needed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fallback_desktop.core.domain.situation import Context, Situation, Urgency
from fallback_desktop.core.recommend.ranking import recommend
from fallback_desktop.gui.advise.channel_model import (
    COL_CHANNEL,
    COL_ETA,
    COL_HOURS,
    COL_NOW,
    COL_REPLY,
    COL_STRENGTHS,
    COL_WEAKNESSES,
    COLUMN_COUNT,
    ChannelTableModel,
    sorted_proxy,
)
from fallback_desktop.gui.advise.channel_table import ChannelTable
from fallback_desktop.gui.fonts import setup_fonts
from fallback_desktop.gui.i18n import install_language
from fallback_desktop.gui.main_window import MainWindow
from tests.shared import CALENDAR

from .conftest import TUESDAY_MORNING, FakeClock

ALWAYS = {COL_CHANNEL, COL_NOW, COL_ETA}


@pytest.fixture
def table(qtbot: QtBot) -> ChannelTable:
    model = ChannelTableModel()
    view = ChannelTable(sorted_proxy(model, model))
    view.setParent(None)
    qtbot.addWidget(view)
    model.setParent(view)
    situation = Situation(Urgency.TODAY, Context.HOME, TUESDAY_MORNING)
    model.set_recommendation(recommend(situation, calendar=CALENDAR))
    view.resize(1800, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def shown(table: ChannelTable) -> set[int]:
    return {c for c in range(COLUMN_COUNT) if not table.isColumnHidden(c)}


def fits(table: ChannelTable) -> bool:
    """Every column on show gets at least the width its contents and heading ask for."""
    header = table.horizontalHeader()
    for column in shown(table) - {COL_STRENGTHS, COL_WEAKNESSES}:
        wanted = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        if header.sectionSize(column) < wanted:
            return False
    total = sum(header.sectionSize(c) for c in shown(table))
    return total <= table.viewport().width()


def narrower(qtbot: QtBot, table: ChannelTable, width: int) -> None:
    table.resize(width, 400)
    qtbot.waitUntil(lambda: table.width() == width)
    QApplication.sendPostedEvents()


def test_wide_shows_every_column(table: ChannelTable) -> None:
    assert shown(table) == set(range(COLUMN_COUNT))
    assert fits(table)
    assert not table.horizontalScrollBar().isVisible()


def test_narrowing_sets_aside_the_least_needed_first(qtbot: QtBot, table: ChannelTable) -> None:
    seen: list[set[int]] = []
    for width in range(1800, 250, -20):
        narrower(qtbot, table, width)
        if not seen or seen[-1] != shown(table):
            seen.append(shown(table))
        assert shown(table) >= ALWAYS, width
        if shown(table) != ALWAYS:
            # Only the three that never step aside may leave too little room.
            assert fits(table), (width, shown(table))
    everything = set(range(COLUMN_COUNT))
    assert seen == [
        everything,
        everything - {COL_STRENGTHS, COL_WEAKNESSES},
        everything - {COL_STRENGTHS, COL_WEAKNESSES, COL_REPLY},
        ALWAYS,
    ]
    # Wider again, they come back.
    narrower(qtbot, table, 1800)
    assert shown(table) == everything


def test_korean_fits_too(qtbot: QtBot, table: ChannelTable, qapp: QApplication) -> None:
    install_language(qapp, "ko")
    qtbot.waitUntil(lambda: table.model().headerData(0, Qt.Orientation.Horizontal) == "창구")
    proxy = table.model()
    assert isinstance(proxy, QSortFilterProxyModel)
    source = proxy.sourceModel()
    assert isinstance(source, ChannelTableModel)
    source.retranslate()  # as the window does when the language changes
    for width in (1800, 900, 700):
        narrower(qtbot, table, width)
        assert fits(table), width
    assert COL_HOURS in shown(table)


def test_escape_lets_go_of_the_picked_row(qtbot: QtBot, table: ChannelTable) -> None:
    table.setFocus()
    table.selectRow(2)
    assert table.selectionModel().hasSelection()
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert not table.selectionModel().hasSelection()


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
@pytest.mark.parametrize("combo", ["ko-normal", "ko-large", "en-normal", "en-large"])
def test_on_a_laptop_screen_the_table_reads_without_sideways_scrolling(
    combo: str, qapp: QApplication, qtbot: QtBot, fake_clock: FakeClock
) -> None:
    lang, size = combo.split("-")
    original = QFont(qapp.font())
    setup_fonts(qapp, size == "large")
    install_language(qapp, "ko" if lang == "ko" else "en")
    try:
        window = MainWindow(clock=fake_clock)
        qtbot.addWidget(window)
        window.resize(1024, 600)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.recommendation is not None)
        table = window.findChild(ChannelTable, "channelTable")
        assert table is not None
        qtbot.waitUntil(lambda: fits(table))
        assert shown(table) >= ALWAYS
        assert not table.horizontalScrollBar().isVisible()
        # Every channel's hours are there: in their column, or in the "Now" column's tooltip.
        model = table.model()
        for row in range(model.rowCount()):
            hours = model.index(row, COL_NOW).data(Qt.ItemDataRole.ToolTipRole)
            assert hours, row
    finally:
        qapp.setFont(original)
        qapp.setProperty("fallbackBasePointSize", None)
