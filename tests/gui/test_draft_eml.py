"""Saving the letter as .eml, with attachments, and what happens when a file has gone."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from fallback_desktop.core.handoff.route import Platform
from fallback_desktop.gui import desktop
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
    visible_error,
)
from tests.gui.handoff_helpers import read_opened_draft


def _read(path: Path) -> EmailMessage:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def _attach(pane: DraftPane, seams: Seams, qtbot: QtBot, *files: Path) -> None:
    seams.files_to_add = list(files)
    qtbot.mouseClick(button(pane, "addAttachmentButton"), Qt.MouseButton.LeftButton)


def test_eml_saved_and_parsed_back(
    pane: DraftPane, seams: Seams, qtbot: QtBot, tmp_path: Path
) -> None:
    fill_basic(pane)
    line(pane, "emailEdit").setText("me@example.com")
    seams.save_answer = tmp_path / "letter.eml"
    qtbot.mouseClick(button(pane, "emlButton"), Qt.MouseButton.LeftButton)
    msg = _read(tmp_path / "letter.eml")
    assert msg["To"] == "help@example.com"
    assert msg["From"] == "me@example.com"
    assert msg["Subject"] == subject(pane).text()
    assert msg["X-Unsent"] == "1"
    content = msg.get_body(("plain",))
    assert content is not None
    assert content.get_content().replace("\r\n", "\n") == body(pane).toPlainText()
    assert str(tmp_path / "letter.eml") in message(pane)
    # The suggested file name: company, product and today's date, whole words, no quotes.
    today = dt.date.today().isoformat()
    assert seams.save_asked[0].name == f"한빛전자 세탁기 WM-200 {today}.eml"


def test_eml_suffix_is_added_and_cancel_writes_nothing(
    pane: DraftPane, seams: Seams, qtbot: QtBot, tmp_path: Path
) -> None:
    fill_basic(pane)
    qtbot.mouseClick(button(pane, "emlButton"), Qt.MouseButton.LeftButton)
    assert list(tmp_path.glob("*.eml")) == []
    seams.save_answer = tmp_path / "편지"
    qtbot.mouseClick(button(pane, "emlButton"), Qt.MouseButton.LeftButton)
    assert (tmp_path / "편지.eml").is_file()


def test_attachments_go_into_the_eml_not_the_mailto(
    pane: DraftPane, seams: Seams, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(desktop, "current_platform", lambda: Platform.WINDOWS)
    fill_basic(pane)
    receipt = tmp_path / "영수증.pdf"
    receipt.write_bytes(b"%PDF-1.4 receipt")
    _attach(pane, seams, qtbot, receipt)
    attached = child(pane, QListWidget, "attachmentList")
    assert attached.count() == 1
    assert "영수증.pdf" in body(pane).toPlainText()

    # The mail program gets the files in an .eml draft: a mail link cannot carry them.
    qtbot.mouseClick(button(pane, "mailButton"), Qt.MouseButton.LeftButton)
    assert len(seams.opened) == 1
    assert not seams.opened[0].startswith("mailto:")
    assert ".eml" in message(pane)
    opened = read_opened_draft(seams.opened[0])

    seams.save_answer = tmp_path / "with-files.eml"
    qtbot.mouseClick(button(pane, "emlButton"), Qt.MouseButton.LeftButton)
    for msg in (opened, _read(tmp_path / "with-files.eml")):
        parts = list(msg.iter_attachments())
        assert [p.get_filename() for p in parts] == ["영수증.pdf"]
        assert parts[0].get_content_type() == "application/pdf"
        assert parts[0].get_content() == b"%PDF-1.4 receipt"


def test_removing_an_attachment(
    pane: DraftPane, seams: Seams, qtbot: QtBot, tmp_path: Path
) -> None:
    files = [tmp_path / "a.jpg", tmp_path / "b.jpg"]
    for f in files:
        f.write_bytes(b"x")
    _attach(pane, seams, qtbot, *files)
    _attach(pane, seams, qtbot, files[0])  # the same file twice is listed once
    attached = child(pane, QListWidget, "attachmentList")
    assert attached.count() == 2
    attached.setCurrentRow(0)
    qtbot.mouseClick(button(pane, "removeAttachmentButton"), Qt.MouseButton.LeftButton)
    assert [attached.item(i).text() for i in range(attached.count())] == ["b.jpg"]


def test_vanished_attachment_names_the_file_and_writes_nothing(
    pane: DraftPane, seams: Seams, qtbot: QtBot, tmp_path: Path
) -> None:
    fill_basic(pane)
    photo = tmp_path / "고장사진.jpg"
    photo.write_bytes(b"jpeg")
    _attach(pane, seams, qtbot, photo)
    photo.unlink()
    seams.save_answer = tmp_path / "out.eml"
    qtbot.mouseClick(button(pane, "emlButton"), Qt.MouseButton.LeftButton)
    assert seams.save_asked == []
    assert not (tmp_path / "out.eml").exists()
    assert "고장사진.jpg" in visible_error(pane, "attachmentsError")


def test_bad_own_email_is_shown_next_to_it(
    pane: DraftPane, seams: Seams, qtbot: QtBot, tmp_path: Path
) -> None:
    fill_basic(pane)
    line(pane, "emailEdit").setText("me@example.com\nBcc: x@y.z")
    seams.save_answer = tmp_path / "out.eml"
    qtbot.mouseClick(button(pane, "emlButton"), Qt.MouseButton.LeftButton)
    assert not (tmp_path / "out.eml").exists()
    assert visible_error(pane, "emailError")
