"""The advice in the window uses the person's own reply times once the case log holds three
replies on a channel: read after the window is painted, then shown on the channel's row, in
its details and in the plan step that uses it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel
from pytestqt.qtbot import QtBot

from fallback_desktop import paths
from fallback_desktop.core.domain.case import make_attempt, make_case
from fallback_desktop.core.domain.situation import Urgency
from fallback_desktop.core.store.cases import DATABASE_NAME, CaseStore
from fallback_desktop.gui.advise.channel_model import COL_ETA
from fallback_desktop.gui.advise.plan_view import PlanView
from fallback_desktop.gui.i18n import install_language
from fallback_desktop.gui.main_window import MainWindow
from tests.gui.conftest import TUESDAY_MORNING, FakeClock
from tests.gui.window_helpers import workspace_of

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

EN_REASON = "Your experience: replies on this channel came in about 1 hour (3 recorded replies)"
KO_STEP = "(내 경험: 이 창구로는 보통 1시간 만에 답이 왔어요)"


def _seed(replies: int) -> None:
    """`replies` email replies in the case log, 30, 60, 90 … minutes after each email."""
    store = CaseStore.open(paths.data_dir() / DATABASE_NAME)
    today = TUESDAY_MORNING.date()
    opened = today - dt.timedelta(days=10)
    case = make_case(company="Example Shop", reply_by=today, today=today, opened_on=opened)
    case = store.add_case(case)
    for n in range(1, replies + 1):
        at = TUESDAY_MORNING - dt.timedelta(days=5)
        reply = at + dt.timedelta(minutes=30 * n)
        attempt = make_attempt(
            case, channel="email", at=at, outcome="answered", now=TUESDAY_MORNING, reply_at=reply
        )
        store.add_attempt(int(case.id or 0), attempt)
    store.close()


def _window(qtbot: QtBot) -> MainWindow:
    window = MainWindow(clock=FakeClock(TUESDAY_MORNING))
    qtbot.addWidget(window)
    view = workspace_of(window)
    # A week's time and attachments to send: email leads the plan.
    urgency = view.findChild(QComboBox, "urgencyCombo")
    assert urgency is not None
    urgency.setCurrentIndex(urgency.findData(Urgency.WEEK.value))
    attachments = view.findChild(QCheckBox, "needAttachments")
    assert attachments is not None
    attachments.setChecked(True)
    return window


def _eta_cell(window: MainWindow) -> str:
    model = workspace_of(window).channel_model
    row = model.row_of("email")
    return str(model.index(row, COL_ETA).data(Qt.ItemDataRole.DisplayRole))


def test_three_replies_show_as_your_experience(qtbot: QtBot) -> None:
    _seed(3)
    window = _window(qtbot)
    view = workspace_of(window)
    assert not window.session.cases_are_open
    window.show()
    assert not window.session.cases_are_open  # not before the window is painted
    qtbot.waitUntil(lambda: "email" in view.experience)
    rec = window.recommendation
    assert rec is not None
    email = next(r for r in rec.ranking if r.channel == "email")
    assert email.eta_minutes == 60  # sent 10:30, a reply by 11:30 in the person's experience
    assert _eta_cell(window) == "about 1 h (Your experience)"
    # The channel's details say why.
    view.card.show_channel("email")
    details = view.findChild(QLabel, "detailsReasons")
    assert details is not None
    assert EN_REASON in details.text()
    # The plan's email step says so too, in Korean as well.
    plan = view.findChild(PlanView, "planView")
    assert plan is not None
    assert "(Your experience: replies here came in about 1 hour.)" in plan.text()
    install_language(QApplication.instance(), "ko")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: KO_STEP in plan.text())
    assert _eta_cell(window) == "약 1시간 (내 경험)"


def test_two_replies_leave_the_published_figures(qtbot: QtBot) -> None:
    _seed(2)
    window = _window(qtbot)
    window.show()
    qtbot.waitUntil(lambda: window.session.cases_are_open)
    workspace_of(window).refresh_experience()  # as at start-up, whether or not it ran yet
    assert workspace_of(window).experience == {}
    assert "experience" not in _eta_cell(window).lower()


def test_a_reply_recorded_later_is_used_after_a_refresh(qtbot: QtBot) -> None:
    _seed(2)
    window = _window(qtbot)
    window.show()
    view = workspace_of(window)
    qtbot.waitUntil(lambda: window.session.cases_are_open)
    store = window.session.cases
    case = store.listed()[0]
    at = TUESDAY_MORNING - dt.timedelta(days=1)
    third = make_attempt(
        store.record(case.id).case, channel="email", at=at, outcome="answered",
        now=TUESDAY_MORNING, reply_at=at + dt.timedelta(hours=1),
    )  # fmt: skip
    store.add_attempt(case.id, third)
    # As after typing the reply's time in the cases view: back on the advice, it is read again.
    assert window.views is not None
    window.views.show_view(window.views.index_of("cases") or 0)
    qtbot.wait(5)
    window.views.show_view(0)
    qtbot.waitUntil(lambda: "email" in view.experience)
    assert view.experience["email"].replies == 3
    assert _eta_cell(window) == "about 1 h (Your experience)"


def test_a_damaged_log_leaves_the_advice_as_it_was(qtbot: QtBot) -> None:
    log = paths.data_dir() / DATABASE_NAME
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_bytes(b"this is not a database at all" * 100)
    window = _window(qtbot)
    window.show()
    qtbot.waitUntil(lambda: window.session.cases_are_open)
    workspace_of(window).refresh_experience()  # as at start-up: no exception, no experience
    assert workspace_of(window).experience == {}
    assert window.recommendation is not None
    assert "experience" not in _eta_cell(window).lower()
    assert list(log.parent.glob(f"{DATABASE_NAME}.broken-*"))  # set aside, never deleted
