"""The desktop seams hand exactly what they were given to Qt, and report cancel as nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from fallback_desktop.gui import desktop


def test_copy_puts_text_on_the_clipboard(qtbot: QtBot) -> None:
    text = "제목: 세탁기 고장\n\n안녕하세요 😀"
    desktop.copy_to_clipboard(text)
    assert QGuiApplication.clipboard().text() == text


def test_open_url_keeps_the_encoding_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    uri = "mailto:help@example.com?subject=A%20%26%20B%2B1&body=line%0D%0A%EA%B0%80%25"
    assert desktop.open_url(uri) is True
    assert len(opened) == 1
    assert bytes(opened[0].toEncoded().data()).decode("ascii") == uri


def test_open_url_refuses_a_malformed_url(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert desktop.open_url("mailto:a@b.com?subject=100%") is False
    assert opened == []


def test_open_url_reports_when_nothing_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    assert desktop.open_url("mailto:a@b.com") is False


def test_ask_save_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    asked: list[tuple[str, str, str]] = []

    def fake(parent: object, title: str, start: str, filt: str, *_more: object) -> tuple[str, str]:
        asked.append((title, start, filt))
        return str(tmp_path / "편지.eml"), filt

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    got = desktop.ask_save_path(None, "Save", tmp_path / "x.eml", "Email (*.eml)")
    assert got == tmp_path / "편지.eml"
    assert asked == [("Save", str(tmp_path / "x.eml"), "Email (*.eml)")]


def test_ask_save_path_cancel_is_none(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert desktop.ask_save_path(None, "Save", tmp_path / "x.eml", "*.eml") is None


def test_ask_open_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    names = [str(tmp_path / "a.pdf"), str(tmp_path / "영수증.jpg")]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: (names, ""))
    assert desktop.ask_open_files(None, "Attach") == [Path(n) for n in names]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([], ""))
    assert desktop.ask_open_files(None, "Attach") == []
