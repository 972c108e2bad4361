"""A letter in progress outlives a normal close, until the person starts a new one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from fallback_desktop.core.store.profile import UserFiles
from fallback_desktop.gui import desktop
from fallback_desktop.gui.main_window import MainWindow
from fallback_desktop.gui.write.pane import DraftPane
from tests.gui.conftest import FakeClock
from tests.gui.draft_helpers import (
    body,
    button,
    child,
    fill_basic,
    line,
    make_pane,
    subject,
    text,
)
from tests.gui.window_helpers import workspace_of

FILES = UserFiles.in_user_folders
# Still ahead when the letter is opened again (the pane reads the real clock).
REPLY_BY = QDate.currentDate().addDays(40)

pytestmark = [
    pytest.mark.usefixtures("seams"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def _date(pane: QWidget, name: str) -> QDateEdit:
    return child(pane, QDateEdit, name)


def _write_a_letter(pane: DraftPane, qtbot: QtBot) -> None:
    fill_basic(pane)
    text(pane, "triedEdit").setPlainText("11월 24일 두 번 전화했습니다.")
    child(pane, QCheckBox, "incidentDateKnown").setChecked(True)
    _date(pane, "incidentDateEdit").setDate(QDate(2025, 3, 2))
    _date(pane, "replyByEdit").setDate(REPLY_BY)
    body(pane).setPlainText("손으로 다듬은 편지")
    qtbot.waitUntil(lambda: FILES().load_draft_state()[0].body_override == "손으로 다듬은 편지")


def test_after_a_normal_close_the_letter_is_there_again(qtbot: QtBot) -> None:
    first = make_pane(qtbot)
    _write_a_letter(first, qtbot)
    first.mark_clean_exit()

    second = make_pane(qtbot)
    assert child(second, QWidget, "recoveryBar").isHidden()  # nothing to decide: it is just there
    assert line(second, "companyEdit").text() == "한빛전자"
    assert line(second, "orderNumberEdit").text() == "A-2024-1234"
    assert text(second, "detailsEdit").toPlainText().startswith("탈수 중에")
    assert text(second, "triedEdit").toPlainText() == "11월 24일 두 번 전화했습니다."
    assert child(second, QCheckBox, "incidentDateKnown").isChecked()
    assert _date(second, "incidentDateEdit").date() == QDate(2025, 3, 2)
    # The reply-by date the person chose is kept while it is still ahead.
    assert _date(second, "replyByEdit").date() == REPLY_BY
    assert body(second).toPlainText() == "손으로 다듬은 편지"
    assert not child(second, QWidget, "regenerateNotice").isHidden()
    assert line(second, "nameEdit").text() == "김민지"


def test_a_reply_by_date_that_has_passed_is_chosen_again(qtbot: QtBot) -> None:
    first = make_pane(qtbot)
    fill_basic(first)
    _date(first, "replyByEdit").setDate(QDate(2020, 1, 10))
    first.mark_clean_exit()

    second = make_pane(qtbot)
    assert text(second, "detailsEdit").toPlainText().startswith("탈수 중에")
    assert _date(second, "replyByEdit").date() > QDate(2020, 1, 10)


def test_a_new_letter_clears_the_problem_and_keeps_the_contact_details(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pane = make_pane(qtbot)
    _write_a_letter(pane, qtbot)
    line(pane, "emailEdit").setText("minji@example.com")
    receipt = tmp_path / "영수증.pdf"
    receipt.write_bytes(b"%PDF-1.4")
    pane.form.attachments.set_paths([receipt])
    old_subject = subject(pane).text()

    pane.new_letter()
    for name in ("toEdit", "companyEdit", "productEdit", "orderNumberEdit"):
        assert line(pane, name).text() == "", name
    for name in ("detailsEdit", "triedEdit", "resolutionEdit"):
        assert text(pane, name).toPlainText() == "", name
    assert not child(pane, QCheckBox, "incidentDateKnown").isChecked()
    assert child(pane, QListWidget, "attachmentList").count() == 0
    assert child(pane, QWidget, "regenerateNotice").isHidden()
    assert body(pane).toPlainText() != "손으로 다듬은 편지"
    assert subject(pane).text() != old_subject
    # The person is still the same person.
    assert line(pane, "nameEdit").text() == "김민지"
    assert line(pane, "phoneEdit").text() == "010-1234-5678"
    assert line(pane, "emailEdit").text() == "minji@example.com"
    assert "김민지" in body(pane).toPlainText()
    # And it is remembered that way at once.
    state = FILES().load_draft_state()[0]
    assert state.body_override is None
    assert state.fields.get("details") == ""

    pane.mark_clean_exit()
    again = make_pane(qtbot)
    assert text(again, "detailsEdit").toPlainText() == ""
    assert line(again, "nameEdit").text() == "김민지"


def test_the_new_letter_button_asks_first_when_there_is_something_to_lose(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers: list[bool] = [False]
    asked: list[str] = []

    def ask(_parent: object, title: str, *_rest: object) -> bool:
        asked.append(title)
        return answers[0]

    monkeypatch.setattr(desktop, "ask_yes_no", ask)
    pane = make_pane(qtbot)
    fill_basic(pane)
    qtbot.mouseClick(button(pane, "newLetterButton"), Qt.MouseButton.LeftButton)
    assert asked
    assert line(pane, "companyEdit").text() == "한빛전자"  # "keep this one"

    answers[0] = True
    qtbot.mouseClick(button(pane, "newLetterButton"), Qt.MouseButton.LeftButton)
    assert line(pane, "companyEdit").text() == ""
    # Nothing left to lose: no question this time.
    asked.clear()
    qtbot.mouseClick(button(pane, "newLetterButton"), Qt.MouseButton.LeftButton)
    assert not asked


def test_closing_and_opening_the_window_keeps_the_letter(
    qtbot: QtBot, fake_clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(desktop, "ask_yes_no", lambda *_args: True)
    first = MainWindow(clock=fake_clock)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: workspace_of(first).draft_pane.subject_text() != "")
    fill_basic(workspace_of(first).draft_pane)
    first.close()

    second = MainWindow(clock=fake_clock)
    qtbot.addWidget(second)
    second.show()
    pane = workspace_of(second).draft_pane
    qtbot.waitUntil(lambda: pane.subject_text() != "")
    assert line(pane, "productEdit").text() == "세탁기 WM-200"
    assert "세탁기 WM-200" in subject(pane).text()

    # The File menu starts a new one.
    second.new_letter_action.trigger()
    assert line(pane, "productEdit").text() == ""
    assert line(pane, "nameEdit").text() == "김민지"
    assert second.new_letter_action.shortcut().toString()  # Ctrl+N
    second.close()

    third = MainWindow(clock=fake_clock)
    qtbot.addWidget(third)
    assert line(workspace_of(third).draft_pane, "productEdit").text() == ""
    assert line(workspace_of(third).draft_pane, "nameEdit").text() == "김민지"
