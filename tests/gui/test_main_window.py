"""The whole window: the situation drives the card and the table; menus switch language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fallback_desktop import __version__, paths
from fallback_desktop.core.domain.channels import CHANNEL_IDS, get_channel
from fallback_desktop.core.store.profile import UserFiles
from fallback_desktop.core.text.catalog import render
from fallback_desktop.gui.advise.channel_model import CHANNEL_ID_ROLE
from fallback_desktop.gui.main_window import MainWindow
from tests.gui.window_helpers import reveal, workspace_of

from .conftest import FakeClock

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

HANGUL = re.compile("[가-힣]")
PRODUCT_NAMES = {
    "urgencyCombo": QComboBox,
    "contextCombo": QComboBox,
    "needAttachments": QCheckBox,
    "needRecord": QCheckBox,
    "needSensitive": QCheckBox,
    "channelTable": QTableView,
    "recommendedChannel": QLabel,
    "planView": QWidget,
    "subjectEdit": QLineEdit,
    "bodyEdit": QPlainTextEdit,
    "copyButton": QPushButton,
    "mailButton": QPushButton,
    "emlButton": QPushButton,
}
DRAFT_INPUTS = (
    "toEdit",
    "companyEdit",
    "productEdit",
    "orderNumberEdit",
    "detailsEdit",
    "nameEdit",
    "phoneEdit",
    "emailEdit",
)


def child(window: QWidget, name: str) -> QWidget:
    found = window.findChild(QWidget, name)
    assert found is not None, name
    return found


def top_row_id(window: MainWindow) -> str:
    model = child(window, "channelTable").model()
    return str(model.data(model.index(0, 0), CHANNEL_ID_ROLE))


def test_every_named_widget_is_there(main_window: MainWindow) -> None:
    for name, kind in PRODUCT_NAMES.items():
        assert isinstance(child(main_window, name), kind), name
    for name in (*DRAFT_INPUTS, "whenEdit"):
        child(main_window, name)


def test_card_and_table_agree_on_the_best_channel(main_window: MainWindow) -> None:
    rec = main_window.recommendation
    assert rec is not None
    title = child(main_window, "recommendedChannel")
    assert title.property("channelId") == rec.ranking[0].channel
    assert title.text() == render(get_channel(rec.ranking[0].channel).name, "en")
    assert top_row_id(main_window) == rec.ranking[0].channel
    table = child(main_window, "channelTable")
    assert table.model().rowCount() == len(CHANNEL_IDS)


def test_changing_the_situation_updates_everything(main_window: MainWindow, qtbot: QtBot) -> None:
    urgency = child(main_window, "urgencyCombo")
    context = child(main_window, "contextCombo")
    assert isinstance(urgency, QComboBox)
    assert isinstance(context, QComboBox)
    urgency.setCurrentIndex(urgency.findData("now"))
    context.setCurrentIndex(context.findData("work"))
    qtbot.mouseClick(child(main_window, "needSensitive"), Qt.MouseButton.LeftButton)
    rec = main_window.recommendation
    assert rec is not None
    assert rec.situation.urgency == "now"
    assert rec.situation.context == "work"
    assert "sensitive" in rec.situation.needs
    title = child(main_window, "recommendedChannel")
    assert title.property("channelId") == rec.ranking[0].channel == top_row_id(main_window)
    # Personal data never goes to a public channel first.
    assert title.property("channelId") != "sns"


def test_the_clock_moving_past_opening_time_changes_the_answer(
    main_window: MainWindow, fake_clock: FakeClock
) -> None:
    import datetime as dt

    from fallback_desktop.core.calendar.business import SEOUL

    fake_clock.now = dt.datetime(2025, 3, 11, 23, 0, tzinfo=SEOUL)
    workspace_of(main_window).situation_panel.refresh_clock()
    rec = main_window.recommendation
    assert rec is not None
    assert rec.situation.at == fake_clock.now
    phone = next(r for r in rec.ranking if r.channel == "phone")
    assert not phone.open_now


def test_language_menu_switches_live_and_is_remembered(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    main_window.language_actions["ko"].trigger()
    qtbot.waitUntil(lambda: main_window.view_menu.title() == "보기(&V)")
    assert HANGUL.search(main_window.windowTitle())
    assert main_window.language_menu.title() == "언어(&L)"
    rec = main_window.recommendation
    assert rec is not None
    title = child(main_window, "recommendedChannel")
    qtbot.waitUntil(lambda: title.text() == render(get_channel(rec.ranking[0].channel).name, "ko"))
    assert UserFiles.in_user_folders().load_preferences()[0].lang == "ko"

    main_window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: main_window.view_menu.title() == "&View")
    assert UserFiles.in_user_folders().load_preferences()[0].lang == "en"
    assert main_window.language_actions["en"].isChecked()


def test_broken_settings_file_is_reported_once(qtbot: QtBot, fake_clock: FakeClock) -> None:
    settings = paths.config_dir() / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("{ not json", encoding="utf-8")
    window = MainWindow(clock=fake_clock)
    qtbot.addWidget(window)
    _prefs, loaded = UserFiles.in_user_folders().load_preferences()
    assert loaded.notice is None  # moved aside: the next start is quiet
    message = window.statusBar().currentMessage()
    assert message
    assert not HANGUL.search(message)


def test_about_names_the_version(main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    main_window.about_action.trigger()
    assert shown
    assert __version__ in shown[0]


def test_larger_text_makes_the_text_larger(
    main_window: MainWindow, qapp: QApplication, qtbot: QtBot
) -> None:
    original = QFont(qapp.font())
    title = child(main_window, "recommendedChannel")
    title_before = title.font().pointSizeF()
    try:
        main_window.large_text_action.trigger()
        large = qapp.font().pointSizeF()
        assert large > original.pointSizeF()
        qtbot.waitUntil(lambda: title.font().pointSizeF() > title_before)
        assert UserFiles.in_user_folders().load_preferences()[0].large_text
        main_window.large_text_action.trigger()
        assert qapp.font().pointSizeF() < large
        assert not UserFiles.in_user_folders().load_preferences()[0].large_text
    finally:
        qapp.setFont(original)
        qapp.setProperty("fallbackBasePointSize", None)


def test_tab_order_follows_the_flow(main_window: MainWindow) -> None:
    chain: list[str] = []
    widget = child(main_window, "urgencyCombo")
    for _ in range(400):
        if widget.objectName():
            chain.append(widget.objectName())
        widget = widget.nextInFocusChain()
    order = ["urgencyCombo", "contextCombo", "needAttachments", "whenEdit", "channelTable"]
    order.append("toEdit")
    positions = [chain.index(name) for name in order]
    assert positions == sorted(positions), chain


def _labelled(widget: QWidget, buddies: set[QWidget]) -> bool:
    if widget in buddies or widget.accessibleName():
        return True
    return isinstance(widget, QAbstractButton) and bool(widget.text().replace("&", ""))


def test_every_input_has_a_label_or_an_accessible_name(main_window: MainWindow) -> None:
    buddies = {lbl.buddy() for lbl in main_window.findChildren(QLabel) if lbl.buddy()}
    inputs = [
        w
        for w in main_window.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.isVisibleTo(main_window)
        and w.objectName()
        and not w.objectName().startswith("qt_")
        and not isinstance(w, QScrollArea)
    ]
    assert len(inputs) > 10
    unlabelled = [w.objectName() for w in inputs if not _labelled(w, buddies)]
    assert not unlabelled


def _window_rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _scroll_into_view(widget: QWidget) -> None:
    reveal(widget)


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1024, 640)])
def test_the_essentials_can_be_seen_and_do_not_overlap(
    main_window: MainWindow, qtbot: QtBot, width: int, height: int
) -> None:
    main_window.resize(width, height)
    qtbot.waitUntil(lambda: main_window.size() == QSize(width, height))
    # The letter on screen, on its own page (the plan may have put another channel's there).
    pane = workspace_of(main_window).draft_pane
    qtbot.waitUntil(lambda: pane.body_text() != "")
    pane.helpers.combo.setCurrentIndex(pane.helpers.combo.findData("email"))
    for name in ("urgencyCombo", "recommendedChannel", "channelTable", "subjectEdit", "copyButton"):
        widget = child(main_window, name)
        _scroll_into_view(widget)
        assert widget.isVisible(), name
        assert not widget.visibleRegion().isEmpty(), name
    card = _window_rect(workspace_of(main_window).card, main_window)
    situation = _window_rect(workspace_of(main_window).situation_panel, main_window)
    table = _window_rect(child(main_window, "channelTable"), main_window)
    draft = _window_rect(workspace_of(main_window).draft_pane, main_window)
    for first, second in ((card, table), (card, draft), (situation, table), (table, draft)):
        assert not first.intersects(second)
    assert main_window.rect().contains(table)
    assert main_window.rect().contains(draft)


def test_at_full_size_the_whole_ranking_shows_without_scrolling(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    table = child(main_window, "channelTable")
    assert isinstance(table, QTableView)
    last_row = table.visualRect(table.model().index(len(CHANNEL_IDS) - 1, 0))
    assert table.viewport().rect().contains(last_row)
