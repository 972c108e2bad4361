"""Choosing a company in the window: its channels only, in its hours, and the letter addressed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot

from fallback_desktop.core.domain.company_checks import make_address, make_channel, make_company
from fallback_desktop.core.domain.hours import Hours
from fallback_desktop.core.store.directory import Directory
from fallback_desktop.gui.advise.channel_model import CHANNEL_ID_ROLE
from fallback_desktop.gui.advise.plan_view import PlanView
from fallback_desktop.gui.main_window import MainWindow
from fallback_desktop.session import Session
from tests.gui.conftest import FakeClock

# The offscreen platform cannot do these for the list of matches; nothing a person would see.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints",
    "does not support raise",
    "does not support grabbing the keyboard",
)

AROUND_THE_CLOCK = Hours.around_the_clock()


@pytest.fixture
def directory(tmp_path: Path) -> Directory:
    found = Directory.open(tmp_path / "c.sqlite3")
    found.add(
        make_company(
            "가나전자",
            ["Gana"],
            [
                make_channel("phone", [make_address("phone", "1588-0000", ars="2 → 0")]),
                make_channel("email", [make_address("email", "help@example.com")]),
            ],
        )
    )
    found.add(
        make_company(
            "다라물산",
            channels=[
                make_channel("phone", [make_address("phone", "080-000-0000")], AROUND_THE_CLOCK),
                make_channel("chat", [make_address("chat", "https://www.example.com/chat")]),
                make_channel("email", [make_address("email", "cs@example.org")]),
            ],
        )
    )
    return found


@pytest.fixture
def window(qtbot: QtBot, fake_clock: FakeClock, directory: Directory) -> MainWindow:
    session = Session(lang="en", clock=fake_clock, directory=directory)
    shown = MainWindow(session=session)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.recommendation is not None)
    return shown


def _combo(window: MainWindow) -> QComboBox:
    combo = window.findChild(QComboBox, "companyCombo")
    assert combo is not None
    return combo


def _choose(window: MainWindow, qtbot: QtBot, name: str) -> None:
    """Type (or clear) the name in the box and press Enter, as a person does."""
    combo = _combo(window)
    combo.setFocus()
    line = combo.lineEdit()
    line.setText(name)  # Korean cannot be typed key by key in tests
    qtbot.keyClick(line, Qt.Key.Key_Return)


def _rows(window: MainWindow) -> list[str]:
    table = window.findChild(QTableView, "channelTable")
    model = table.model()
    return sorted(str(model.index(r, 0).data(CHANNEL_ID_ROLE)) for r in range(model.rowCount()))


def _field(window: MainWindow, name: str) -> QLineEdit:
    edit = window.findChild(QLineEdit, name)
    assert edit is not None
    return edit


def test_the_box_is_editable_empty_and_guarded(window: MainWindow) -> None:
    combo = _combo(window)
    assert combo.isEditable()
    assert combo.currentText() == ""
    assert len(_rows(window)) == 8
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel needs focus


def test_the_directory_opens_when_the_person_reaches_for_it(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    assert not main_window.session.directory_is_open
    combo = _combo(main_window)
    assert combo.count() == 0
    combo.setFocus()
    qtbot.waitUntil(lambda: combo.count() == 1)
    assert combo.itemText(0) == "쿠쿠"  # the sample entry
    assert main_window.session.directory_is_open


def test_choosing_a_company_without_chat_ranks_only_its_channels(
    window: MainWindow, qtbot: QtBot
) -> None:
    _choose(window, qtbot, "가나전자")
    qtbot.waitUntil(lambda: _rows(window) == ["email", "phone"])
    rec = window.recommendation
    assert rec is not None
    assert rec.company is not None
    assert rec.company.name == "가나전자"
    assert {r.channel for r in rec.ranking} == {"email", "phone"}
    plan = window.findChild(PlanView, "planView")
    assert plan is not None
    assert "1588-0000" in plan.text()
    assert "charged from a mobile" in plan.text()

    _choose(window, qtbot, "")
    qtbot.waitUntil(lambda: len(_rows(window)) == 8)
    assert window.recommendation is not None
    assert window.recommendation.company is None


def test_found_by_another_name_typed(window: MainWindow, qtbot: QtBot) -> None:
    combo = _combo(window)
    combo.setFocus()
    qtbot.waitUntil(lambda: combo.count() == 3)  # the sample and the two above
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "gana")
    completer = combo.completer()
    assert completer is not None
    assert completer.model().rowCount() == 1
    assert completer.model().index(0, 0).data() == "가나전자"
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _rows(window) == ["email", "phone"])


def test_a_24_hour_line_at_night(window: MainWindow, qtbot: QtBot, fake_clock: FakeClock) -> None:
    fake_clock.now = fake_clock.now.replace(hour=23)
    window.workspace.situation_panel.refresh_clock()  # type: ignore[union-attr]
    _choose(window, qtbot, "다라물산")
    qtbot.waitUntil(lambda: _rows(window) == ["chat", "email", "phone"])
    rec = window.recommendation
    assert rec is not None
    phone = next(r for r in rec.ranking if r.channel == "phone")
    assert phone.open_now
    assert rec.ranking[0].channel == "phone"
    assert rec.situation.at.hour == 23
    assert isinstance(rec.situation.at, dt.datetime)


def test_the_letter_is_addressed_unless_the_person_typed_their_own(
    window: MainWindow, qtbot: QtBot
) -> None:
    to, company = _field(window, "toEdit"), _field(window, "companyEdit")
    _choose(window, qtbot, "가나전자")
    qtbot.waitUntil(lambda: to.text() == "help@example.com")
    assert company.text() == "가나전자"
    _choose(window, qtbot, "다라물산")  # what the box put there follows the choice
    qtbot.waitUntil(lambda: to.text() == "cs@example.org")
    assert company.text() == "다라물산"

    to.clear()
    qtbot.keyClicks(to, "me@example.net")
    _choose(window, qtbot, "가나전자")
    qtbot.waitUntil(lambda: company.text() == "가나전자")
    assert to.text() == "me@example.net"  # typed by the person: kept


def test_no_company_typed_over_a_company_field(window: MainWindow, qtbot: QtBot) -> None:
    company = _field(window, "companyEdit")
    company.clear()
    qtbot.keyClicks(company, "My shop")
    _choose(window, qtbot, "가나전자")
    qtbot.waitUntil(lambda: _rows(window) == ["email", "phone"])
    assert company.text() == "My shop"
    assert _field(window, "toEdit").text() == "help@example.com"


def test_an_unknown_name_means_every_channel(window: MainWindow, qtbot: QtBot) -> None:
    _choose(window, qtbot, "가나전자")
    qtbot.waitUntil(lambda: len(_rows(window)) == 2)
    _choose(window, qtbot, "없는회사")
    qtbot.waitUntil(lambda: len(_rows(window)) == 8)
    assert isinstance(window.findChild(QWidget, "companyCombo"), QComboBox)


def test_picked_from_the_list_by_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    combo = _combo(window)
    combo.setFocus()
    qtbot.waitUntil(lambda: combo.count() == 3)
    row = combo.findText("다라물산")
    assert row >= 0
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    view.setCurrentIndex(combo.model().index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _rows(window) == ["chat", "email", "phone"])
    assert combo.currentText() == "다라물산"
