"""What a launcher hands to the window: a mailto: link's address to To, a file to attachments."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fallback_desktop.gui.handed import WindowDoor, hand_to_letter
from fallback_desktop.gui.launch import Launch, local_file, window_launch

# The offscreen platform notes what it cannot do (size hints, raising a window); nothing is wrong.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise"
)


def test_links_files_and_the_self_check_open_the_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    receipt = tmp_path / "영수증 사진.jpg"
    receipt.write_bytes(b"\xff\xd8")
    assert window_launch(["mailto:help@example.com"]) == Launch(handed=("mailto:help@example.com",))
    assert window_launch(["MAILTO:help@example.com"]) is not None
    assert window_launch(["--lang", "en", "mailto:a@example.com"]) == Launch(
        "en", handed=("mailto:a@example.com",)
    )
    assert window_launch([str(receipt)]) == Launch(handed=(str(receipt),))
    url = "file://" + str(receipt).replace(" ", "%20").replace(
        "영수증", "%EC%98%81%EC%88%98%EC%A6%9D"
    )
    assert window_launch([url]) == Launch(handed=(str(receipt),))
    assert window_launch(["--self-test"]) == Launch(self_test=True)
    assert window_launch(["--lang=ko", "--self-test"]) == Launch("ko", self_test=True)


def test_commands_stay_the_command_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "channels").write_text("a file named like a command")
    assert window_launch(["channels"]) is None
    assert window_launch(["--version"]) is None
    assert window_launch(["recommend", "--urgency", "now"]) is None
    assert window_launch(["--lang", "xx", "mailto:a@example.com"]) is None
    assert window_launch([str(tmp_path / "missing.pdf")]) is None
    assert window_launch(["mailto:a@example.com", "mailto:b@example.com"]) is None
    assert local_file("file://elsewhere.example.com/etc/passwd") is None
    assert local_file(str(tmp_path)) is None  # a folder is not attached


def test_a_links_address_goes_to_the_letters_to(main_window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    form = main_window.workspace.draft_pane.form
    notice = hand_to_letter(main_window, "mailto:Help@Example.com?subject=x&body=y")
    assert form.text("to") == "Help@example.com"
    assert "To" in notice


def test_a_link_with_two_addresses_gives_the_first_only(main_window) -> None:  # type: ignore[no-untyped-def]
    form = main_window.workspace.draft_pane.form
    hand_to_letter(main_window, "mailto:a@example.com,b@example.com")
    assert form.text("to") == "a@example.com"


def test_a_bad_address_is_refused_and_the_letter_kept(main_window) -> None:  # type: ignore[no-untyped-def]
    form = main_window.workspace.draft_pane.form
    form.set_value("to", "kept@example.com")
    notice = hand_to_letter(main_window, "mailto:not-an-address%0D%0ABcc:x@example.com")
    assert form.text("to") == "kept@example.com"
    assert "cannot be used" in notice


def test_a_file_is_attached_and_a_missing_one_said(main_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    attachments = main_window.workspace.draft_pane.form.file_lists["attachments"]
    receipt = tmp_path / "receipt.pdf"
    receipt.write_bytes(b"%PDF-1.4\n")
    assert "receipt.pdf" in hand_to_letter(main_window, str(receipt))
    assert attachments.paths() == (receipt,)
    notice = hand_to_letter(main_window, str(tmp_path / "gone.pdf"))
    assert "could not be found" in notice
    assert attachments.paths() == (receipt,)


def test_the_door_waits_for_the_letter_then_tells_in_the_status_bar(
    main_window, qtbot: QtBot
) -> None:  # type: ignore[no-untyped-def]
    door = WindowDoor()
    door.receive(["mailto:help@example.com"], {})
    qtbot.waitUntil(lambda: main_window.workspace.draft_pane.form.text("to") == "help@example.com")
    assert "To" in main_window.statusBar().currentMessage()
    door.receive(["mailto:other@example.com"], {})
    assert main_window.workspace.draft_pane.form.text("to") == "other@example.com"
