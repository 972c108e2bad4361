"""What the pane remembers: contact details across runs, and a draft left by a crash."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fallback_desktop.core.store.profile import DraftState, UserFiles
from fallback_desktop.gui.write.pane import DraftPane
from tests.gui.draft_helpers import (
    body,
    button,
    child,
    line,
    make_pane,
    text,
)

FILES = UserFiles.in_user_folders

# Every test here runs with the desktop seams recorded, never the real clipboard or dialogs.
pytestmark = pytest.mark.usefixtures("seams")


def _recovery_bar(pane: DraftPane) -> QWidget:
    return child(pane, QWidget, "recoveryBar")


def test_contact_details_are_remembered(qtbot: QtBot) -> None:
    first = make_pane(qtbot)
    line(first, "nameEdit").setText("김민지")
    line(first, "phoneEdit").setText("010-1234-5678")
    line(first, "emailEdit").setText("minji@example.com")
    qtbot.waitUntil(lambda: FILES().load_profile()[0].email == "minji@example.com")
    first.mark_clean_exit()

    second = make_pane(qtbot)
    assert line(second, "nameEdit").text() == "김민지"
    assert line(second, "phoneEdit").text() == "010-1234-5678"
    assert line(second, "emailEdit").text() == "minji@example.com"
    assert "김민지" in body(second).toPlainText()
    assert _recovery_bar(second).isHidden()


def test_draft_after_a_crash_is_offered_back(qtbot: QtBot) -> None:
    first = make_pane(qtbot)
    text(first, "detailsEdit").setPlainText(
        "환불 요청 건입니다. 두 번 전화했지만 연결되지 않았습니다."
    )
    line(first, "orderNumberEdit").setText("B-77")
    body(first).setPlainText("손으로 고친 편지")
    qtbot.waitUntil(lambda: FILES().load_draft_state()[0].body_override == "손으로 고친 편지")
    assert FILES().load_draft_state()[0].clean_exit is False
    # No mark_clean_exit(): the run ended without a normal close.

    second = make_pane(qtbot)
    bar = _recovery_bar(second)
    assert not bar.isHidden()
    assert text(second, "detailsEdit").toPlainText() == ""
    qtbot.mouseClick(button(second, "restoreDraftButton"), Qt.MouseButton.LeftButton)
    assert bar.isHidden()
    assert text(second, "detailsEdit").toPlainText().startswith("환불 요청 건입니다.")
    assert line(second, "orderNumberEdit").text() == "B-77"
    assert body(second).toPlainText() == "손으로 고친 편지"
    assert not child(second, QWidget, "regenerateNotice").isHidden()


def test_restoring_keeps_what_was_typed_meanwhile(qtbot: QtBot) -> None:
    first = make_pane(qtbot)
    text(first, "detailsEdit").setPlainText("예전에 쓰던 내용")
    line(first, "productEdit").setText("세탁기")
    qtbot.waitUntil(lambda: FILES().load_draft_state()[0].fields.get("product") == "세탁기")

    second = make_pane(qtbot)
    line(second, "productEdit").setText("건조기")
    qtbot.mouseClick(button(second, "restoreDraftButton"), Qt.MouseButton.LeftButton)
    assert line(second, "productEdit").text() == "건조기"
    assert text(second, "detailsEdit").toPlainText() == "예전에 쓰던 내용"


def test_discarding_forgets_the_old_draft(qtbot: QtBot) -> None:
    first = make_pane(qtbot)
    text(first, "detailsEdit").setPlainText("버릴 초안")
    qtbot.waitUntil(lambda: FILES().load_draft_state()[0].fields.get("details") == "버릴 초안")

    second = make_pane(qtbot)
    qtbot.mouseClick(button(second, "discardDraftButton"), Qt.MouseButton.LeftButton)
    assert _recovery_bar(second).isHidden()
    assert FILES().load_draft_state()[0].fields.get("details") == ""

    third = make_pane(qtbot)
    assert _recovery_bar(third).isHidden()


def test_a_clean_exit_keeps_the_letter_without_asking(qtbot: QtBot) -> None:
    first = make_pane(qtbot)
    text(first, "detailsEdit").setPlainText("쓰다 만 편지")
    first.mark_clean_exit()
    assert FILES().load_draft_state()[0].clean_exit is True

    second = make_pane(qtbot)
    assert _recovery_bar(second).isHidden()
    assert text(second, "detailsEdit").toPlainText() == "쓰다 만 편지"


def test_undecided_offer_survives_a_normal_close(qtbot: QtBot) -> None:
    first = make_pane(qtbot)
    text(first, "detailsEdit").setPlainText("아직 결정 안 한 초안")
    qtbot.waitUntil(
        lambda: FILES().load_draft_state()[0].fields.get("details") == "아직 결정 안 한 초안"
    )

    second = make_pane(qtbot)
    second.mark_clean_exit()  # closed without choosing either button

    third = make_pane(qtbot)
    assert not _recovery_bar(third).isHidden()


def test_the_situation_saved_by_others_is_kept(qtbot: QtBot) -> None:

    FILES().save_draft_state(DraftState(urgency="now", context="work", clean_exit=True))
    pane = make_pane(qtbot)
    text(pane, "detailsEdit").setPlainText("내용")
    pane.save_now()
    state = FILES().load_draft_state()[0]
    assert (state.urgency, state.context) == ("now", "work")
    assert state.fields["details"] == "내용"
