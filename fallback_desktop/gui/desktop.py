"""Desktop seams: the clipboard, opening a URL, and file dialogs.

Each is a tiny function so tests can replace it with monkeypatch and nothing real opens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from fallback_desktop.core.handoff.route import Platform
from fallback_desktop.core.handoff.route import current_platform as _platform_of
from fallback_desktop.gui.i18n import current_lang


def current_platform() -> Platform:
    """Windows, macOS or Linux (any freedesktop.org desktop): how a letter is handed over."""
    return _platform_of()


def copy_to_clipboard(text: str) -> None:
    """Put plain text on the system clipboard."""
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)


def open_url(url: str) -> bool:
    """Hand an already percent-encoded URL (e.g. mailto:) to the desktop; True if it took it.

    Qt prints a URL that fails to open in full; gui/qt_messages.py keeps that off the terminal."""
    # Strict parsing of the encoded bytes: Qt must not re-interpret or "fix" the escapes.
    qurl = QUrl.fromEncoded(url.encode("ascii"), QUrl.ParsingMode.StrictMode)
    if not qurl.isValid():
        return False
    return QDesktopServices.openUrl(qurl)


def file_dialog_options() -> QFileDialog.Option:
    """The desktop's own file dialog when it speaks the window's language, else Qt's.

    A native dialog speaks the system's language: in a Korean window on an English system it
    would say "Save" and "Cancel". Qt's dialog takes the window's language (gui/i18n.py).
    """
    system = QLocale.system().uiLanguages()
    first = system[0].lower() if system else QLocale.system().name().lower()
    if first.startswith(current_lang()):
        return QFileDialog.Option(0)
    return QFileDialog.Option.DontUseNativeDialog


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, filter: str) -> Path | None:
    """Ask where to save a file; None if the person cancelled."""
    chosen, _selected = QFileDialog.getSaveFileName(
        parent, title, str(suggested), filter, "", file_dialog_options()
    )
    return Path(chosen) if chosen else None


def ask_open_files(parent: QWidget | None, title: str) -> list[Path]:
    """Ask for files to attach; an empty list if the person cancelled."""
    chosen, _selected = QFileDialog.getOpenFileNames(
        parent, title, "", "", "", file_dialog_options()
    )
    return [Path(name) for name in chosen]


def ask_yes_no(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """A question with two named answers; True for `yes`. `no` is the safe default."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button
