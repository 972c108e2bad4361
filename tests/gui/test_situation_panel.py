"""The situation panel: what the person picks becomes one Situation, on Korea time."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from fallback_desktop.core.calendar.business import SEOUL
from fallback_desktop.core.domain.situation import Context, Need, Situation, Urgency
from fallback_desktop.core.store.profile import UserFiles
from fallback_desktop.gui.advise.situation_panel import SituationPanel
from fallback_desktop.gui.i18n import install_language
from fallback_desktop.session import Session

from .conftest import TUESDAY_MORNING, FakeClock

# The offscreen platform says so whenever a top-level widget is shown; nothing to fix here.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def panel(qtbot: QtBot, fake_clock: FakeClock) -> SituationPanel:
    widget = SituationPanel(Session(lang="en", clock=fake_clock))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def when_edit(panel: SituationPanel) -> QDateTimeEdit:
    edit = panel.findChild(QDateTimeEdit, "whenEdit")
    assert edit is not None
    return edit


def test_starts_on_the_clock_with_sensible_defaults(panel: SituationPanel) -> None:
    situation = panel.situation()
    assert situation == Situation(Urgency.TODAY, Context.HOME, TUESDAY_MORNING, frozenset())
    assert situation.at.tzinfo is not None
    assert "10:30" in when_edit(panel).text()
    assert panel.is_following_clock()
    assert not panel.findChild(QPushButton, "backToNowButton").isEnabled()


def test_combo_items_carry_the_ids(panel: SituationPanel) -> None:
    urgency = panel.findChild(QComboBox, "urgencyCombo")
    context = panel.findChild(QComboBox, "contextCombo")
    assert [urgency.itemData(i) for i in range(urgency.count())] == [u.value for u in Urgency]
    assert [context.itemData(i) for i in range(context.count())] == [c.value for c in Context]
    assert all(urgency.itemText(i) for i in range(urgency.count()))


def test_choosing_urgency_and_place_emits_the_situation(
    panel: SituationPanel, qtbot: QtBot
) -> None:
    urgency = panel.findChild(QComboBox, "urgencyCombo")
    context = panel.findChild(QComboBox, "contextCombo")
    with qtbot.waitSignal(panel.situationChanged) as blocker:
        urgency.setCurrentIndex(urgency.findData("now"))
    assert blocker.args[0].urgency is Urgency.NOW
    with qtbot.waitSignal(panel.situationChanged) as blocker:
        context.setFocus()
        qtbot.keyClick(context, Qt.Key.Key_End)
    assert blocker.args[0].context is Context.WORK


def test_ticking_needs_with_the_mouse(panel: SituationPanel, qtbot: QtBot) -> None:
    for name, need in (
        ("needAttachments", Need.ATTACHMENTS),
        ("needRecord", Need.RECORD),
        ("needSensitive", Need.SENSITIVE),
    ):
        box = panel.findChild(QCheckBox, name)
        with qtbot.waitSignal(panel.situationChanged) as blocker:
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
        assert need in blocker.args[0].needs
    assert panel.situation().needs == frozenset(Need)


def test_follows_the_clock_without_counting_as_a_choice(
    panel: SituationPanel, qtbot: QtBot, fake_clock: FakeClock
) -> None:
    fake_clock.advance(minutes=5)
    with qtbot.waitSignal(panel.situationChanged) as blocker:
        panel.refresh_clock()
    assert blocker.args[0].at == TUESDAY_MORNING + dt.timedelta(minutes=5)
    assert "10:35" in when_edit(panel).text()
    assert panel.is_following_clock()


def test_a_chosen_time_stays_until_back_to_now(
    panel: SituationPanel, qtbot: QtBot, fake_clock: FakeClock
) -> None:
    chosen = dt.datetime(2025, 3, 12, 9, 15, tzinfo=SEOUL)
    with qtbot.waitSignal(panel.situationChanged) as blocker:
        when_edit(panel).setDateTime(QDateTime.fromSecsSinceEpoch(int(chosen.timestamp())))
    assert blocker.args[0].at == chosen
    assert not panel.is_following_clock()
    back = panel.findChild(QPushButton, "backToNowButton")
    assert back.isEnabled()

    fake_clock.advance(minutes=3)
    panel.refresh_clock()
    assert panel.situation().at == chosen

    with qtbot.waitSignal(panel.situationChanged) as blocker:
        qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert blocker.args[0].at == TUESDAY_MORNING + dt.timedelta(minutes=3)
    assert panel.is_following_clock()
    assert not back.isEnabled()


def test_typing_a_time_counts_as_a_choice(panel: SituationPanel, qtbot: QtBot) -> None:
    edit = when_edit(panel)
    edit.setFocus()
    edit.setCurrentSection(QDateTimeEdit.Section.HourSection)
    with qtbot.waitSignal(panel.situationChanged):
        qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert panel.situation().at.hour == 11
    assert not panel.is_following_clock()


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("new_york")
def test_korea_time_whatever_the_machine_zone(qtbot: QtBot, fake_clock: FakeClock) -> None:
    panel = SituationPanel(Session(lang="en", clock=fake_clock))
    qtbot.addWidget(panel)
    assert "10:30" in when_edit(panel).text()
    assert panel.situation().at == TUESDAY_MORNING
    assert panel.situation().at.utcoffset() == dt.timedelta(hours=9)


def test_every_input_is_labelled(panel: SituationPanel) -> None:
    labels = panel.findChildren(QLabel)
    buddies = {label.buddy() for label in labels if label.buddy() is not None}
    for name in ("urgencyCombo", "contextCombo", "whenEdit"):
        widget = panel.findChild(QComboBox, name) or panel.findChild(QDateTimeEdit, name)
        assert widget in buddies, name
    when_label = next(label for label in labels if label.buddy() is when_edit(panel))
    assert "Korea time" in when_label.text()


def test_speaks_korean_after_the_switch(panel: SituationPanel, qtbot: QtBot, qapp) -> None:  # type: ignore[no-untyped-def]
    install_language(qapp, "ko")
    urgency = panel.findChild(QComboBox, "urgencyCombo")
    qtbot.waitUntil(lambda: urgency.itemText(0) == "지금 당장")
    assert panel.title() == "지금 상황"
    assert panel.findChild(QPushButton, "backToNowButton").text() == "지금으로"
    assert "(화)" in when_edit(panel).text()
    assert panel.situation().urgency is Urgency.TODAY
    assert panel.is_following_clock()


def test_choices_are_remembered_for_next_time(
    panel: SituationPanel, qtbot: QtBot, fake_clock: FakeClock
) -> None:
    panel.findChild(QComboBox, "urgencyCombo").setCurrentIndex(0)
    panel.findChild(QComboBox, "contextCombo").setCurrentIndex(1)
    qtbot.mouseClick(panel.findChild(QCheckBox, "needRecord"), Qt.MouseButton.LeftButton)
    # Written a moment later, as one write for the burst of clicks.
    saved = UserFiles.in_user_folders()
    qtbot.waitUntil(lambda: saved.peek_draft_state().needs == ("record",))
    assert saved.peek_draft_state().urgency == "now"

    again = SituationPanel(Session(lang="en", clock=fake_clock))
    qtbot.addWidget(again)
    again.restore_saved()
    assert again.situation() == Situation(
        Urgency.NOW, Context.MOVING, TUESDAY_MORNING, frozenset({Need.RECORD})
    )
    assert again.is_following_clock()
