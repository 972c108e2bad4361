"""The mail button with a real Korean letter: whole in a link when it fits, else an .eml draft
with its files, else the address and subject with the letter on the clipboard; and copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fallback_desktop.core.handoff.mailto import MAILTO_LIMIT, parse_mailto
from fallback_desktop.core.handoff.route import Platform
from fallback_desktop.gui import desktop
from fallback_desktop.gui.write.pane import DraftPane
from fallback_desktop.paths import data_dir
from tests.gui.draft_helpers import Seams, body, button, fill_basic, message, subject, text
from tests.gui.handoff_helpers import action, body_of, opened_path, read_opened_draft

# About 3,500 characters of an ordinary complaint, as a person writes it.
PARAGRAPH = (
    "지난달 25일에 온라인 매장에서 드럼 세탁기를 구입했고 이틀 뒤에 설치 기사님이 오셔서 "
    "설치를 마쳤습니다. 그런데 일주일쯤 지나자 탈수를 할 때마다 큰 소음이 나더니, 어제는 "
    "탈수 도중에 갑자기 멈추고 화면에 오류 코드 E3가 떴습니다. 전원을 껐다가 다시 켜 보고 "
    "설명서에 나온 대로 배수 필터도 청소했지만 같은 증상이 세 번 되풀이되었습니다.\n"
)
LONG_DETAILS = (PARAGRAPH * 20)[:3_500]


def _platform(monkeypatch: pytest.MonkeyPatch, platform: Platform) -> None:
    monkeypatch.setattr(desktop, "current_platform", lambda: platform)


def _attach_two(pane: DraftPane, seams: Seams, qtbot: QtBot, folder: Path) -> list[Path]:
    files = [folder / "영수증 사본.pdf", folder / "고장 사진.jpg"]
    for index, path in enumerate(files):
        path.write_bytes(bytes(range(256)) * (index + 2))
    seams.files_to_add = files
    qtbot.mouseClick(button(pane, "addAttachmentButton"), Qt.MouseButton.LeftButton)
    return files


def _click_mail(pane: DraftPane, qtbot: QtBot) -> None:
    qtbot.mouseClick(button(pane, "mailButton"), Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("platform", [Platform.WINDOWS, Platform.LINUX])
def test_a_long_korean_letter_with_two_files_opens_whole_in_one_click(
    pane: DraftPane,
    seams: Seams,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    platform: Platform,
) -> None:
    _platform(monkeypatch, platform)
    fill_basic(pane)
    text(pane, "detailsEdit").setPlainText(LONG_DETAILS)
    files = _attach_two(pane, seams, qtbot, tmp_path)
    _click_mail(pane, qtbot)

    assert len(seams.opened) == 1
    assert seams.copied == []  # the draft holds everything; the clipboard is left alone
    draft = read_opened_draft(seams.opened[0])
    assert draft["X-Unsent"] == "1"
    assert draft["To"] == "help@example.com"
    assert draft["Subject"] == subject(pane).text()
    assert LONG_DETAILS.strip() in body_of(draft)
    assert body_of(draft) == body(pane).toPlainText().rstrip("\n")
    parts = list(draft.iter_attachments())
    assert [p.get_filename() for p in parts] == [f.name for f in files]
    assert [p.get_content() for p in parts] == [f.read_bytes() for f in files]
    # In the app's own outbox, not beside the person's documents.
    assert opened_path(seams.opened[0]).parent == data_dir() / "outbox"
    said = message(pane)
    assert ".eml" in said
    assert "(2)" in said


def test_on_macos_the_link_carries_address_and_subject_and_the_letter_waits(
    pane: DraftPane, seams: Seams, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _platform(monkeypatch, Platform.MACOS)
    fill_basic(pane)
    text(pane, "detailsEdit").setPlainText(LONG_DETAILS)
    _attach_two(pane, seams, qtbot, tmp_path)
    _click_mail(pane, qtbot)

    assert len(seams.opened) == 1  # Apple Mail would open an .eml read-only: no draft file
    assert parse_mailto(seams.opened[0]) == ("help@example.com", subject(pane).text(), "")
    assert seams.copied == [body(pane).toPlainText()]
    said = message(pane)
    assert "clipboard" in said
    assert "⌘V" in said
    assert "attach the files (2)" in said


def test_when_no_program_opens_the_draft_the_link_and_clipboard_follow(
    pane: DraftPane, seams: Seams, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _platform(monkeypatch, Platform.LINUX)
    opened: list[str] = []

    def open_url(url: str) -> bool:  # no program for .eml files; one for mail links
        opened.append(url)
        return url.startswith("mailto:")

    monkeypatch.setattr(desktop, "open_url", open_url)
    fill_basic(pane)
    text(pane, "detailsEdit").setPlainText(LONG_DETAILS)
    _click_mail(pane, qtbot)

    assert [url.split(":")[0] for url in opened] == ["file", "mailto"]
    assert parse_mailto(opened[1])[2] == ""
    assert seams.copied == [body(pane).toPlainText()]
    assert "address and subject only" in message(pane)
    assert "(Ctrl+V)" in message(pane)


def test_when_nothing_opens_the_person_is_told_what_to_do_next(
    pane: DraftPane, seams: Seams, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _platform(monkeypatch, Platform.WINDOWS)
    seams.open_result = False
    fill_basic(pane)
    text(pane, "detailsEdit").setPlainText(LONG_DETAILS)
    _click_mail(pane, qtbot)

    assert len(seams.opened) == 2  # the draft, then the short link
    assert seams.copied == [body(pane).toPlainText()]
    said = message(pane)
    assert "No mail program opened" in said
    assert "clipboard" in said
    offer = button(pane, "handoffMessageButton")
    assert not offer.isHidden()
    assert ".eml" in offer.text()


def test_a_letter_that_fits_opens_whole_in_a_link(
    pane: DraftPane, seams: Seams, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    for platform in Platform:
        _platform(monkeypatch, platform)
        seams.opened.clear()
        fill_basic(pane)
        _click_mail(pane, qtbot)
        (uri,) = seams.opened
        assert len(uri) <= MAILTO_LIMIT
        assert parse_mailto(uri)[2] == body(pane).toPlainText()
        assert seams.copied == []
        assert "Send" in message(pane)


def test_korean_messages_say_what_happened(
    pane: DraftPane, seams: Seams, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from fallback_desktop.gui.i18n import install_language

    _platform(monkeypatch, Platform.WINDOWS)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "ko")
    seams.open_result = False
    fill_basic(pane)
    text(pane, "detailsEdit").setPlainText(LONG_DETAILS)
    _click_mail(pane, qtbot)
    assert "메일 프로그램이 열리지 않았어요" in message(pane)
    assert "클립보드" in message(pane)


def test_copy_offers_the_letter_alone_and_subject_with_letter(
    pane: DraftPane, seams: Seams, qtbot: QtBot
) -> None:
    fill_basic(pane)
    action(pane, "copyLetterAction").trigger()
    assert seams.copied == [body(pane).toPlainText()]
    assert "letter alone" in message(pane)
    action(pane, "copySubjectAndLetterAction").trigger()
    qtbot.mouseClick(button(pane, "copyButton"), Qt.MouseButton.LeftButton)
    both = f"Subject: {subject(pane).text()}\n\n{body(pane).toPlainText()}"
    assert seams.copied[1:] == [both, both]  # the plain click still copies both


def test_copying_the_letter_alone_needs_a_letter(pane: DraftPane, seams: Seams) -> None:
    action(pane, "copyLetterAction").trigger()
    assert seams.copied == []
