"""The drafting pane as a person uses it: fields become a letter, hand edits stay, copy, mail."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from fallback_desktop.core.handoff.mailto import parse_mailto
from fallback_desktop.core.handoff.route import Platform
from fallback_desktop.gui import desktop, i18n
from fallback_desktop.gui.write.pane import DraftPane
from tests.gui.draft_helpers import (
    Seams,
    body,
    button,
    child,
    fill_basic,
    line,
    message,
    subject,
    text,
    visible_error,
)
from tests.gui.handoff_helpers import body_of, read_opened_draft


def test_fields_appear_in_subject_and_body(pane: DraftPane) -> None:
    fill_basic(pane)
    assert "세탁기 WM-200" in subject(pane).text()
    letter = body(pane).toPlainText()
    for fact in ("한빛전자", "A-2024-1234", "오류 코드 E3", "김민지", "010-1234-5678"):
        assert fact in letter


def test_checklist_shows_marks_and_words(pane: DraftPane) -> None:
    checks = [child(pane, QLabel, f"check_{k}").text() for k in ("subject", "details", "contact")]
    assert all(c.startswith("✗") for c in checks[1:])
    fill_basic(pane)
    checks = [child(pane, QLabel, f"check_{k}").text() for k in ("subject", "details", "contact")]
    assert all(c.startswith("✓") and len(c) > 5 for c in checks)


def test_hand_edit_is_kept_and_regenerate_replaces_it(pane: DraftPane, qtbot: QtBot) -> None:
    fill_basic(pane)
    notice = child(pane, QWidget, "regenerateNotice")
    subject(pane).setFocus()
    subject(pane).end(False)
    qtbot.keyClicks(subject(pane), " URGENT")
    mine = subject(pane).text()
    assert mine.endswith(" URGENT")
    assert notice.isHidden()

    line(pane, "productEdit").setText("건조기 DR-9")
    assert subject(pane).text() == mine
    assert not notice.isHidden()
    # The body was not touched by hand, so it still follows the fields.
    assert "건조기 DR-9" in body(pane).toPlainText()

    qtbot.mouseClick(button(pane, "regenerateButton"), Qt.MouseButton.LeftButton)
    assert "건조기 DR-9" in subject(pane).text()
    assert "URGENT" not in subject(pane).text()
    assert notice.isHidden()


def test_hand_edited_body_survives_field_edits(pane: DraftPane) -> None:
    fill_basic(pane)
    body(pane).setPlainText("제가 직접 쓴 편지입니다.")
    line(pane, "companyEdit").setText("다른 회사")
    assert body(pane).toPlainText() == "제가 직접 쓴 편지입니다."


def test_copy_puts_subject_and_body_on_the_clipboard(
    pane: DraftPane, seams: Seams, qtbot: QtBot
) -> None:
    fill_basic(pane)
    qtbot.mouseClick(button(pane, "copyButton"), Qt.MouseButton.LeftButton)
    assert seams.copied == [f"Subject: {subject(pane).text()}\n\n{body(pane).toPlainText()}"]
    assert message(pane)


def test_copying_an_empty_draft_says_what_to_fill_in(
    pane: DraftPane, seams: Seams, qtbot: QtBot
) -> None:
    qtbot.mouseClick(button(pane, "copyButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(pane, "mailButton"), Qt.MouseButton.LeftButton)
    assert seams.copied == []
    assert seams.opened == []
    assert visible_error(pane, "detailsError")
    text(pane, "detailsEdit").setPlainText("전원이 켜지지 않습니다.")
    assert not visible_error(pane, "detailsError")


def test_mail_opens_a_mailto_for_the_typed_address(
    pane: DraftPane, seams: Seams, qtbot: QtBot
) -> None:
    fill_basic(pane)
    qtbot.mouseClick(button(pane, "mailButton"), Qt.MouseButton.LeftButton)
    assert len(seams.opened) == 1
    to, subj, letter = parse_mailto(seams.opened[0])
    assert to == "help@example.com"
    assert subj == subject(pane).text()
    assert letter == body(pane).toPlainText()
    assert message(pane)


def test_mail_without_a_mail_program_says_so(pane: DraftPane, seams: Seams, qtbot: QtBot) -> None:
    fill_basic(pane)
    seams.open_result = False
    qtbot.mouseClick(button(pane, "mailButton"), Qt.MouseButton.LeftButton)
    assert len(seams.opened) == 1
    assert "copy" in message(pane).lower()


@pytest.mark.parametrize(
    "hostile",
    [
        "a@b.com\nBcc: x@y.z",
        "a@b.com, c@d.com",
        "a@b.com\r\nCc: c@d.com",
        "Kim <a@b.com>",
        "not an address",
    ],
)
def test_hostile_address_never_reaches_the_mail_program(
    pane: DraftPane, seams: Seams, qtbot: QtBot, hostile: str
) -> None:
    fill_basic(pane)
    line(pane, "toEdit").setText(hostile)
    qtbot.mouseClick(button(pane, "mailButton"), Qt.MouseButton.LeftButton)
    assert seams.opened == []
    error = visible_error(pane, "toError")
    assert error
    assert "\n" not in error.strip()
    assert line(pane, "toEdit").text() == hostile  # nothing typed is lost


def test_a_pasted_address_with_a_trailing_line_break_works(
    pane: DraftPane, seams: Seams, qtbot: QtBot
) -> None:
    fill_basic(pane)
    line(pane, "toEdit").setText(" help@example.com\n")
    qtbot.mouseClick(button(pane, "mailButton"), Qt.MouseButton.LeftButton)
    assert parse_mailto(seams.opened[0])[0] == "help@example.com"


def test_error_goes_away_when_the_address_is_fixed(
    pane: DraftPane, seams: Seams, qtbot: QtBot
) -> None:
    fill_basic(pane)
    line(pane, "toEdit").setText("a@b.com, c@d.com")
    qtbot.mouseClick(button(pane, "mailButton"), Qt.MouseButton.LeftButton)
    assert visible_error(pane, "toError")
    line(pane, "toEdit").setText("a@b.com")
    assert not visible_error(pane, "toError")
    qtbot.mouseClick(button(pane, "mailButton"), Qt.MouseButton.LeftButton)
    assert len(seams.opened) == 1


def test_long_korean_letter_goes_as_a_draft_not_a_cut_link(
    pane: DraftPane, seams: Seams, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(desktop, "current_platform", lambda: Platform.LINUX)
    fill_basic(pane)
    text(pane, "detailsEdit").setPlainText("세탁기가 멈춥니다. " * 40)
    qtbot.mouseClick(button(pane, "mailButton"), Qt.MouseButton.LeftButton)
    # No mail link (it would be longer than MAILTO_LIMIT and be cut): the .eml draft opens.
    assert [url[:8] for url in seams.opened] == ["file:///"]
    draft = read_opened_draft(seams.opened[0])
    assert draft["X-Unsent"] == "1"
    assert body_of(draft) == body(pane).toPlainText().rstrip("\n")
    assert ".eml" in message(pane)


def test_empty_address_still_opens_the_mail_program(
    pane: DraftPane, seams: Seams, qtbot: QtBot
) -> None:
    fill_basic(pane)
    line(pane, "toEdit").clear()
    qtbot.mouseClick(button(pane, "mailButton"), Qt.MouseButton.LeftButton)
    assert len(seams.opened) == 1
    assert parse_mailto(seams.opened[0])[0] == ""


def test_huge_korean_text_and_emoji_lose_nothing(
    pane: DraftPane, seams: Seams, qtbot: QtBot
) -> None:
    fill_basic(pane)
    huge = ("가나다라마바사아자차카타파하 😀👍🏽 " * 600)[:10_000]
    text(pane, "detailsEdit").setPlainText(huge)
    assert text(pane, "detailsEdit").toPlainText() == huge
    assert huge.strip() in body(pane).toPlainText()
    qtbot.mouseClick(button(pane, "copyButton"), Qt.MouseButton.LeftButton)
    assert huge.strip() in seams.copied[0]
    qtbot.mouseClick(button(pane, "mailButton"), Qt.MouseButton.LeftButton)
    # Far too long for a mail link: the draft that opens holds all of it.
    assert len(seams.opened) == 1
    assert huge.strip() in body_of(read_opened_draft(seams.opened[0]))


def test_language_change_rerenders_the_letter(pane: DraftPane, qtbot: QtBot) -> None:
    fill_basic(pane)
    english = body(pane).toPlainText()
    copy_text = button(pane, "copyButton").text()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        i18n.install_language(app, "ko")
        qtbot.waitUntil(lambda: body(pane).toPlainText() != english)
        assert "안녕하세요" in body(pane).toPlainText() or "드립니다" in body(pane).toPlainText()
    finally:
        i18n.install_language(app, "en")
    qtbot.waitUntil(lambda: body(pane).toPlainText() == english)
    assert button(pane, "copyButton").text() == copy_text


def test_language_change_keeps_a_hand_edit(pane: DraftPane, qtbot: QtBot) -> None:
    fill_basic(pane)
    body(pane).setPlainText("My own words.")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        i18n.install_language(app, "ko")
        qtbot.waitUntil(lambda: i18n.current_lang() == "ko")
        QApplication.processEvents()
        assert body(pane).toPlainText() == "My own words."
    finally:
        i18n.install_language(app, "en")


def test_every_input_has_a_name_for_screen_readers(pane: DraftPane) -> None:
    inputs: list[QWidget] = [
        *pane.findChildren(QLineEdit),
        *pane.findChildren(QPlainTextEdit),
        *pane.findChildren(QDateEdit),
    ]
    buddies = {lbl.buddy() for lbl in pane.findChildren(QLabel) if lbl.buddy() is not None}
    for widget in inputs:
        if widget.parent() is not None and isinstance(widget.parent(), QDateEdit):
            continue  # the line edit inside a date edit
        assert widget.accessibleName() or widget in buddies, widget.objectName()
