"""Desktop seams: the clipboard, opening a URL, and file dialogs.

Each is a tiny function so tests can replace it with monkeypatch and nothing real opens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def copy_to_clipboard(text: str) -> None:
    """Put plain text on the system clipboard."""
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)


def open_url(url: str) -> bool:
    """Hand an already percent-encoded URL (e.g. mailto:) to the desktop; True if it took it."""
    # Strict parsing of the encoded bytes: Qt must not re-interpret or "fix" the escapes.
    qurl = QUrl.fromEncoded(url.encode("ascii"), QUrl.ParsingMode.StrictMode)
    if not qurl.isValid():
        return False
    return QDesktopServices.openUrl(qurl)


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, filter: str) -> Path | None:
    """Ask where to save a file; None if the person cancelled."""
    chosen, _selected = QFileDialog.getSaveFileName(parent, title, str(suggested), filter)
    return Path(chosen) if chosen else None


def ask_open_files(parent: QWidget | None, title: str) -> list[Path]:
    """Ask for files to attach; an empty list if the person cancelled."""
    chosen, _selected = QFileDialog.getOpenFileNames(parent, title)
    return [Path(name) for name in chosen]
