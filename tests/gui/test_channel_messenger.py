"""The messenger/SNS page: personal data marked as the person types, masked one by one or all
at once, and a question before a message with personal data showing is copied."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from fallback_desktop.gui import desktop
from fallback_desktop.gui.write.channel_messenger import (
    MARK_BACKGROUND,
    MARK_TEXT,
    MessengerPage,
    utf16_index,
)
from tests.gui.draft_helpers import Seams

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

# Clearly made-up data of the shapes the scan looks for.
MESSAGE = "주문 건으로 문의드려요. 연락처 010-0000-1234, 메일 hong@example.com 으로 부탁드려요."


def make_page(qtbot: QtBot, message: str = MESSAGE) -> MessengerPage:
    page = MessengerPage()
    qtbot.addWidget(page)
    page.show()
    page.text.setPlainText(message)  # as if typed (Korean cannot go through keyClicks)
    qtbot.waitUntil(lambda: page.scanned == message)  # the debounced scan has run
    return page


def _relative_luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def test_findings_are_marked_and_listed(qtbot: QtBot) -> None:
    page = make_page(qtbot)
    assert [f.kind for f in page.findings] == ["phone", "email"]
    marks = page.text.extraSelections()
    assert [m.cursor.selectedText() for m in marks] == ["010-0000-1234", "hong@example.com"]
    listed = page.findings_list.findChild(type(page.findings_title), "personalData0")
    assert listed is not None
    assert listed.text().startswith("010-0000-1234 — ")
    assert page.mask_all_button.isVisibleTo(page)
    assert len(page.mask_buttons) == 2


def test_the_mark_reads_in_light_and_dark_themes() -> None:
    # The mark sets its own text colour, so its contrast does not depend on the theme.
    light = _relative_luminance(QColor(MARK_BACKGROUND))
    dark = _relative_luminance(QColor(MARK_TEXT))
    assert (light + 0.05) / (dark + 0.05) >= 7


def test_mask_one_finding(qtbot: QtBot) -> None:
    page = make_page(qtbot)
    page.mask_buttons[0].click()
    text = page.text.toPlainText()
    assert "010-****-1234" in text
    assert "hong@example.com" in text
    assert [f.kind for f in page.findings] == ["email"]
    assert page.hand_edited  # the message now differs from what the fields make


def test_mask_all_and_undo_in_one_step(qtbot: QtBot) -> None:
    page = make_page(qtbot)
    page.mask_all_button.click()
    text = page.text.toPlainText()
    assert "010-0000-1234" not in text
    assert "hong@example.com" not in text
    assert page.findings == []
    assert not page.mask_all_button.isVisibleTo(page)
    assert page.findings_title.text() == "No personal data found in the message."
    page.text.undo()
    assert page.text.toPlainText() == MESSAGE


def test_masking_counts_characters_as_qt_does(qtbot: QtBot) -> None:
    message = "😀😀 010-0000-1234"
    assert utf16_index(message, 3) == 5
    page = make_page(qtbot, message)
    page.mask_all()
    assert page.text.toPlainText() == "😀😀 010-****-1234"


def test_a_finding_listed_before_an_edit_is_masked_where_it_is_now(qtbot: QtBot) -> None:
    page = make_page(qtbot)
    old = page.findings[0]
    page.text.setPlainText("앞에 더 적었어요. " + MESSAGE)  # before the scan catches up
    page.mask_one(old)
    assert "010-****-1234" in page.text.toPlainText()
    assert page.text.toPlainText().startswith("앞에 더 적었어요. ")


def test_copy_with_personal_data_asks_once(
    qtbot: QtBot, seams: Seams, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answer = [False]

    def ask(parent: object, title: str, text: str, yes: str, no: str) -> bool:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(desktop, "ask_yes_no", ask)
    page = make_page(qtbot)
    page.copy_button.click()
    assert asked == ["Copy the message with personal data showing?"]
    assert seams.copied == []
    answer[0] = True
    page.copy_button.click()
    assert seams.copied == [MESSAGE]
    assert len(asked) == 2


def test_copy_without_personal_data_does_not_ask(
    qtbot: QtBot, seams: Seams, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(desktop, "ask_yes_no", lambda *a: pytest.fail("asked"))
    page = make_page(qtbot)
    page.mask_all()
    page.copy_button.click()
    assert seams.copied == [page.text.toPlainText()]
    assert page.status.text() == "Copied."


def test_copy_scans_text_typed_a_moment_ago(
    qtbot: QtBot, seams: Seams, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def ask(parent: object, title: str, text: str, yes: str, no: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(desktop, "ask_yes_no", ask)
    page = make_page(qtbot, "안녕하세요")
    qtbot.keyClicks(page.text, " 01000001234")  # copied before the debounced scan runs
    page.copy_button.click()
    assert asked
    assert seams.copied == []


def test_sns_mode_gives_other_advice(qtbot: QtBot) -> None:
    page = make_page(qtbot)
    messenger_hint = page.hint.text()
    page.set_mode("sns")
    assert page.hint.text() != messenger_hint
    assert "official" in page.hint.text()
