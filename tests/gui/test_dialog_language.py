"""The file dialogs speak the window's language, even where the system speaks another."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QPushButton,
    QToolButton,
    QTreeView,
)
from pytestqt.qtbot import QtBot

from fallback_desktop.gui import desktop
from fallback_desktop.gui.i18n import install_language

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

HANGUL = re.compile("[가-힣]")
ENGLISH_SYSTEM = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
KOREAN_SYSTEM = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)


def _system(monkeypatch: pytest.MonkeyPatch, locale: QLocale) -> None:
    monkeypatch.setattr(desktop.QLocale, "system", staticmethod(lambda: locale))


def _words_in(
    ask: Callable[[], object], qtbot: QtBot, *, kinds: bool = True
) -> tuple[list[str], object]:
    """Open a dialog through `ask`, read what it shows, cancel it; the texts and the answer.

    With `kinds`, also the "Type" column of the folder listing (a folder's kind is Qt's word;
    a file's comes from the system's MIME database, which may lack Korean).
    """
    shown: list[str] = []
    tries = [0]

    def read_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        tries[0] += 1
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, read_and_cancel)  # not open yet
            return
        listing = dialog.findChild(QTreeView)
        assert listing is not None
        model, root = listing.model(), listing.rootIndex()
        if model.rowCount(root) == 0 and tries[0] < 500:
            QTimer.singleShot(10, read_and_cancel)  # the folder is read in the background
            return
        if kinds:
            shown.extend(
                str(model.index(row, 2, root).data()) for row in range(model.rowCount(root))
            )
        shown.extend(
            w.text().replace("&", "")
            for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)
            if w.isVisible() and w.text()
        )
        shown.extend(b.toolTip() for b in dialog.findChildren(QToolButton) if b.toolTip())
        dialog.reject()

    QTimer.singleShot(0, read_and_cancel)
    answer = ask()
    return shown, answer


def test_the_save_dialog_speaks_korean_in_a_korean_window(
    qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _system(monkeypatch, ENGLISH_SYSTEM)
    install_language(qapp, "ko")
    (tmp_path / "영수증").mkdir()
    shown, answer = _words_in(
        lambda: desktop.ask_save_path(None, "편지 저장", tmp_path / "편지.eml", "이메일 (*.eml)"),
        qtbot,
    )
    assert answer is None  # cancelled
    assert len(shown) >= 7  # labels, Save and Cancel, the tool buttons' tips, the folder's kind
    assert "폴더" in shown
    english = [text for text in shown if not HANGUL.search(text)]
    assert not english, english


def test_the_attach_dialog_speaks_korean_in_a_korean_window(
    qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _system(monkeypatch, ENGLISH_SYSTEM)
    install_language(qapp, "ko")
    shown, answer = _words_in(
        lambda: desktop.ask_open_files(None, "첨부할 파일"), qtbot, kinds=False
    )
    assert answer == []
    assert len(shown) >= 6
    english = [text for text in shown if not HANGUL.search(text)]
    assert not english, english


def test_an_english_window_has_an_english_dialog(
    qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _system(monkeypatch, KOREAN_SYSTEM)
    install_language(qapp, "en")
    (tmp_path / "receipts").mkdir()
    shown, _answer = _words_in(
        lambda: desktop.ask_save_path(None, "Save", tmp_path / "letter.eml", "Email (*.eml)"),
        qtbot,
    )
    assert "Look in:" in shown
    assert "Folder" in shown
    assert not [text for text in shown if HANGUL.search(text)]


def test_the_desktop_dialog_only_when_it_speaks_the_same_language(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    native = QFileDialog.Option(0)
    qt_own = QFileDialog.Option.DontUseNativeDialog
    install_language(qapp, "ko")
    _system(monkeypatch, KOREAN_SYSTEM)
    assert desktop.file_dialog_options() == native
    _system(monkeypatch, ENGLISH_SYSTEM)
    assert desktop.file_dialog_options() == qt_own
    install_language(qapp, "en")
    assert desktop.file_dialog_options() == native
    _system(monkeypatch, KOREAN_SYSTEM)
    assert desktop.file_dialog_options() == qt_own
