"""Shared set-up for the drafting pane tests: the pane, its widgets, and recorded seams."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from fallback_desktop.gui import desktop
from fallback_desktop.gui.write.pane import DraftPane
from fallback_desktop.session import Session
from tests.shared import CALENDAR

W = TypeVar("W", bound=QWidget)


@dataclass
class Seams:
    """What the pane handed to the desktop, and what the fake dialogs answer."""

    copied: list[str] = field(default_factory=list)
    opened: list[str] = field(default_factory=list)
    open_result: bool = True
    save_answer: Path | None = None
    save_asked: list[Path] = field(default_factory=list)
    files_to_add: list[Path] = field(default_factory=list)


def install_seams(monkeypatch: pytest.MonkeyPatch) -> Seams:
    seams = Seams()

    def open_url(url: str) -> bool:
        seams.opened.append(url)
        return seams.open_result

    def ask_save_path(parent: object, title: str, suggested: Path, filt: str) -> Path | None:
        seams.save_asked.append(suggested)
        return seams.save_answer

    monkeypatch.setattr(desktop, "copy_to_clipboard", seams.copied.append)
    monkeypatch.setattr(desktop, "open_url", open_url)
    monkeypatch.setattr(desktop, "ask_save_path", ask_save_path)
    monkeypatch.setattr(desktop, "ask_open_files", lambda parent, title: list(seams.files_to_add))
    return seams


def make_pane(qtbot: QtBot) -> DraftPane:
    """A pane whose first letter is on screen."""
    pane = DraftPane(Session(lang="en", calendar=CALENDAR))
    qtbot.addWidget(pane)
    qtbot.waitUntil(lambda: body(pane).toPlainText() != "")
    return pane


def child(pane: QWidget, cls: type[W], name: str) -> W:
    found = pane.findChild(cls, name)
    assert found is not None, f"no {cls.__name__} named {name}"
    return found


def line(pane: QWidget, name: str) -> QLineEdit:
    return child(pane, QLineEdit, name)


def text(pane: QWidget, name: str) -> QPlainTextEdit:
    return child(pane, QPlainTextEdit, name)


def button(pane: QWidget, name: str) -> QPushButton:
    return child(pane, QPushButton, name)


def label(pane: QWidget, name: str) -> QLabel:
    return child(pane, QLabel, name)


def subject(pane: QWidget) -> QLineEdit:
    return line(pane, "subjectEdit")


def body(pane: QWidget) -> QPlainTextEdit:
    return text(pane, "bodyEdit")


def visible_error(pane: QWidget, name: str) -> str:
    """The sentence shown under a field, or "" when none is shown."""
    err = label(pane, name)
    return err.text() if not err.isHidden() else ""


def message(pane: QWidget) -> str:
    """The sentence under the hand-off buttons, or "" when none is shown."""
    frame = child(pane, QWidget, "handoffMessage")
    return label(pane, "handoffMessageLabel").text() if not frame.isHidden() else ""


def fill_basic(pane: QWidget) -> None:
    """A short Korean letter's facts, with the letter (the email's page) on screen."""
    # As a person picks the email's page: the plan moves it no more.
    if hasattr(pane, "set_channel"):
        pane.set_channel("email", by_hand=True)
    helpers = pane.findChild(QWidget, "channelHelpers")
    if helpers is not None:
        helpers.channel_chosen.emit("email")  # type: ignore[attr-defined]
    line(pane, "toEdit").setText("help@example.com")
    line(pane, "companyEdit").setText("한빛전자")
    line(pane, "productEdit").setText("세탁기 WM-200")
    line(pane, "orderNumberEdit").setText("A-2024-1234")
    text(pane, "detailsEdit").setPlainText("탈수 중에 세탁기가 멈추고 오류 코드 E3가 뜹니다.")
    line(pane, "nameEdit").setText("김민지")
    line(pane, "phoneEdit").setText("010-1234-5678")
