"""A row picked in the comparison table shows that channel in full on the card; and back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fallback_desktop.core.domain.channels import get_channel
from fallback_desktop.core.text.catalog import render, render_list
from fallback_desktop.gui.advise.channel_model import CHANNEL_ID_ROLE
from fallback_desktop.gui.fonts import setup_fonts
from fallback_desktop.gui.i18n import install_language
from fallback_desktop.gui.main_window import MainWindow
from tests.gui.conftest import FakeClock
from tests.gui.window_helpers import workspace_of

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def child(window: QWidget, cls: type[QWidget], name: str) -> QWidget:
    found = window.findChild(cls, name)
    assert found is not None, name
    return found


def table_of(window: MainWindow) -> QTableView:
    table = child(window, QTableView, "channelTable")
    assert isinstance(table, QTableView)
    return table


def label(window: MainWindow, name: str) -> QLabel:
    found = child(window, QLabel, name)
    assert isinstance(found, QLabel)
    return found


def row_of(table: QTableView, channel_id: str) -> QModelIndex:
    model = table.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(CHANNEL_ID_ROLE) == channel_id:
            return index
    raise AssertionError(channel_id)


def click_row(qtbot: QtBot, table: QTableView, channel_id: str) -> None:
    table.scrollTo(row_of(table, channel_id))
    rect = table.visualRect(row_of(table, channel_id))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def details_shown(window: MainWindow) -> bool:
    details = window.findChild(QWidget, "channelDetails")  # made when first needed
    return details is not None and details.isVisible()


def test_a_clicked_row_shows_that_channel_in_full(main_window: MainWindow, qtbot: QtBot) -> None:
    rec = main_window.recommendation
    assert rec is not None
    third = rec.ranking[2]
    table = table_of(main_window)
    click_row(qtbot, table, third.channel)
    assert details_shown(main_window)
    title = label(main_window, "detailsChannel")
    channel = get_channel(third.channel)
    assert title.text() == render(channel.name, "en")
    assert title.property("channelId") == third.channel
    assert title.isVisible()
    status = label(main_window, "detailsStatus").text()
    assert status.startswith(f"Rank 3 of {len(rec.ranking)}.")
    reasons = label(main_window, "detailsReasons").text()
    assert all(render(reason, "en") in reasons for reason in third.reasons)
    tips = label(main_window, "detailsTips").text()
    assert all(tip in tips for tip in render_list(channel.tips, "en"))
    assert label(main_window, "detailsHours").text()
    strengths = label(main_window, "detailsStrengths").text()
    assert all(point in strengths for point in render_list(channel.strengths, "en"))
    # The recommendation makes way, but keeps what the window promises to assistive tools.
    assert not label(main_window, "recommendedChannel").isVisible()
    assert label(main_window, "recommendedChannel").property("channelId") == rec.ranking[0].channel
    assert not child(main_window, QWidget, "planView").isVisible()


def test_the_back_button_returns_to_the_recommendation(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    table = table_of(main_window)
    click_row(qtbot, table, "phone")
    back = child(main_window, QPushButton, "backToRecommendation")
    assert back.isVisible()
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert not details_shown(main_window)
    assert label(main_window, "recommendedChannel").isVisible()
    assert not table.selectionModel().hasSelection()


def test_by_keyboard_arrows_pick_a_row_and_escape_goes_back(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    table = table_of(main_window)
    table.setFocus()
    # Reaching the table shows nothing new by itself: the person has not picked a row.
    assert not details_shown(main_window)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    picked = table.currentIndex().siblingAtColumn(0).data(CHANNEL_ID_ROLE)
    assert details_shown(main_window)
    assert label(main_window, "detailsChannel").property("channelId") == picked
    qtbot.keyClick(table, Qt.Key.Key_Down)
    following = table.currentIndex().siblingAtColumn(0).data(CHANNEL_ID_ROLE)
    assert following != picked
    assert label(main_window, "detailsChannel").property("channelId") == following
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert not details_shown(main_window)
    assert label(main_window, "recommendedChannel").isVisible()
    assert QApplication.focusWidget() is table  # still where the person was


def test_a_new_situation_brings_back_its_plan(main_window: MainWindow, qtbot: QtBot) -> None:
    click_row(qtbot, table_of(main_window), "email")
    assert details_shown(main_window)
    urgency = child(main_window, QComboBox, "urgencyCombo")
    assert isinstance(urgency, QComboBox)
    urgency.setCurrentIndex(urgency.findData("now"))
    assert not details_shown(main_window)
    assert not table_of(main_window).selectionModel().hasSelection()


def test_the_clock_moving_on_leaves_the_details_open_and_up_to_date(
    main_window: MainWindow, qtbot: QtBot, fake_clock: FakeClock
) -> None:
    click_row(qtbot, table_of(main_window), "phone")
    assert "Open now" in label(main_window, "detailsStatus").text()
    fake_clock.advance(hours=12)  # Tuesday 22:30
    workspace_of(main_window).situation_panel.refresh_clock()
    assert details_shown(main_window)
    assert "Closed now, opens tomorrow 09:00" in label(main_window, "detailsStatus").text()


def test_details_in_korean(main_window: MainWindow, qtbot: QtBot, qapp: QApplication) -> None:
    click_row(qtbot, table_of(main_window), "chat")
    install_language(qapp, "ko")
    title = label(main_window, "detailsChannel")
    qtbot.waitUntil(lambda: title.text() == render(get_channel("chat").name, "ko"))
    back = child(main_window, QPushButton, "backToRecommendation")
    assert isinstance(back, QPushButton)
    assert back.text() == "← 추천으로 돌아가기"
    assert "위." in label(main_window, "detailsStatus").text()


def whole_in_view(window: MainWindow) -> bool:
    """The top of the details (the way back, the name, where it stands, its hours) in view."""
    names = ("backToRecommendation", "detailsChannel", "detailsStatus", "detailsHours")
    widgets = [child(window, QWidget, name) for name in names]
    return all(w.visibleRegion().boundingRect().size() == w.size() for w in widgets)


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    """The application font as `run()` sets it for large text; put back afterwards."""
    original = QFont(qapp.font())
    setup_fonts(qapp, True)
    yield
    qapp.setFont(original)
    qapp.setProperty("fallbackBasePointSize", None)


def test_the_details_come_into_view_in_a_short_window(
    large_text: None, main_window: MainWindow, qtbot: QtBot
) -> None:
    main_window.resize(1024, 600)
    qtbot.waitUntil(lambda: main_window.height() == 600)
    column = child(main_window, QScrollArea, "adviseScroll")
    assert isinstance(column, QScrollArea)
    for scrolled in (0, column.verticalScrollBar().maximum()):
        # Wherever the person left the column (the situation, or the card's tips).
        column.verticalScrollBar().setValue(scrolled)
        click_row(qtbot, table_of(main_window), "chat" if scrolled else "app")
        # Once the layout has caught up with the switch, as a person sees it.
        qtbot.waitUntil(lambda: whole_in_view(main_window), timeout=2000)


def test_the_way_back_is_next_to_the_table_when_tabbing(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    table = table_of(main_window)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert details_shown(main_window)
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    back = child(main_window, QPushButton, "backToRecommendation")
    assert QApplication.focusWidget() is back
    qtbot.keyClick(back, Qt.Key.Key_Return)  # Enter presses the focused button (animated)
    qtbot.waitUntil(lambda: not details_shown(main_window))
    assert label(main_window, "recommendedChannel").isVisible()
