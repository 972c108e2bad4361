"""The running window takes what a start hands it: it comes forward, and a mailto: link's address
goes into the letter's To field, a file into its attachments.

Arguments given to this very start (a launcher's `fallback-desktop mailto:…`) are taken the same
way once the window has built its letter; those from later starts arrive through the
single-instance server (gui/single_instance.py).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.text.catalog import text
from fallback_desktop.gui.i18n import current_lang
from fallback_desktop.gui.launch import is_mailto

if TYPE_CHECKING:
    from fallback_desktop.core.text.lang import Lang
    from fallback_desktop.gui.main_window import MainWindow
    from fallback_desktop.gui.write.fields_form import DraftFieldsForm

log = logging.getLogger(__name__)

# While the window is still building its letter, look again this often.
RETRY_MS = 100
NOTICE_MS = 10_000


def main_window() -> MainWindow | None:
    """The app's main window, once it exists."""
    from fallback_desktop.gui.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            return widget
    return None


def bring_forward(window: QWidget, activation: dict[str, str]) -> None:
    """Un-minimise, raise and activate; where the desktop refuses, the taskbar entry asks for it."""
    # Here, not at the top: the first use of Qt's namespace costs ~20 ms, too much before the
    # window's first paint, and this module loads then.
    from PySide6.QtCore import Qt

    token = activation.get("XDG_ACTIVATION_TOKEN")
    if token:
        # Wayland lets a window take the focus with the token the launcher gave the later start;
        # Qt's Wayland plugin reads it from the environment when the window asks to be active.
        os.environ["XDG_ACTIVATION_TOKEN"] = token
    state = window.windowState()
    if state & Qt.WindowState.WindowMinimized:
        window.setWindowState(
            (state & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


class WindowDoor(QObject):
    """Hands arguments to the main window as soon as it can take them (its letter is built)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[str] = []
        self._activation: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RETRY_MS)
        self._timer.timeout.connect(self._deliver)

    def receive(self, args: list[str], activation: dict[str, str]) -> None:
        """Arguments for the window (this start's own, or a later start's): bring the window
        forward if it is there, and hand them over once it can take them."""
        window = main_window()
        if window is not None:
            bring_forward(window, activation)
        else:
            self._activation = activation
        self._pending.extend(args)
        self._deliver()

    def _deliver(self) -> None:
        window = main_window()
        if window is not None and self._activation:
            bring_forward(window, self._activation)
            self._activation = {}
        if not self._pending:
            return
        if window is None or window.workspace is None:
            self._timer.start()  # the letter is not built yet
            return
        pending, self._pending = self._pending, []
        notices = [hand_to_letter(window, argument) for argument in pending]
        shown = [notice for notice in notices if notice]
        if shown:
            window.statusBar().showMessage(" ".join(shown), NOTICE_MS)


def hand_to_letter(window: MainWindow, argument: str) -> str:
    """Put one argument into the letter; the sentence to show about it ("" for none)."""
    workspace = window.workspace
    assert workspace is not None
    form = workspace.draft_pane.form
    lang = current_lang()
    window.views.setCurrentWidget(workspace)
    if is_mailto(argument):
        return _address_from_link(form, argument, lang)
    path = Path(argument)
    if not path.is_file():
        return text("handed.missing", lang, name=path.name)
    form.file_lists["attachments"].add_paths([path])
    return text("handed.attached", lang, name=path.name)


def _address_from_link(form: DraftFieldsForm, link: str, lang: Lang) -> str:
    from fallback_desktop.core.handoff.headers import validate_address
    from fallback_desktop.core.handoff.mailto import parse_mailto

    try:
        recipients, _subject, _body = parse_mailto(link)
        # One address only (a comma-joined list is never one address): the first one.
        first = recipients.split(",")[0].strip()
        address = validate_address(first, "to", required=True)
    except InputError as error:
        return text("handed.to_refused", lang, reason=error.text(lang))
    except ValueError:
        log.info("a handed mailto: link could not be read")
        return ""
    form.set_value("to", address)
    return text("handed.to_filled", lang)
