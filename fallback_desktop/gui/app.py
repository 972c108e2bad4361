"""Start the window: the application object, a readable Hangul font, the language, the loop."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from fallback_desktop.core.store.profile import Preferences
from fallback_desktop.gui.fonts import setup_fonts
from fallback_desktop.gui.i18n import install_language, system_lang
from fallback_desktop.paths import APP_NAME

if TYPE_CHECKING:
    from fallback_desktop.core.text.lang import Lang


def choose_lang(explicit: Lang | None, prefs: Preferences) -> Lang:
    """The command line wins, then the saved choice, then the system locale."""
    return explicit or prefs.lang or system_lang()


def create_application(argv: list[str]) -> QApplication:
    """The QApplication and the names the desktop knows it by.

    High-DPI: Qt 6 passes fractional scale factors (125%, 150%) through unrounded by default,
    so text stays sharp and sized as the person set it; nothing to change here.
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("")
    # The launcher entry's id (gui/launch.py): Wayland and the taskbar find name and icon by it.
    from fallback_desktop.gui.identity import APP_ID

    app.setDesktopFileName(APP_ID)
    return app


def run(lang: Lang | None = None, argv: list[str] | None = None) -> int:
    """Open the main window in lang (or the saved / system language) and run until it closes."""
    from fallback_desktop.gui.qt_messages import install_message_filter
    from fallback_desktop.session import Session

    install_message_filter()  # before Qt says anything: it names failing links in full
    app = create_application(sys.argv[:1] if argv is None else argv)
    session = Session(lang="en")  # the language is settled below, from the saved choice
    loaded_prefs = session.files.load_preferences()
    prefs = loaded_prefs[0]
    setup_fonts(app, prefs.large_text)
    session.lang = choose_lang(lang, prefs)
    install_language(app, session.lang)

    # Imported here so `fallback-desktop --version` and friends never pay for the window.
    from fallback_desktop.gui.main_window import MainWindow

    # The frame goes on screen first; the workspace is built the moment it is shown.
    window = MainWindow(session=session, preferences=loaded_prefs, build_later=True)
    screen = app.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        window.resize(min(1280, available.width()), min(800, available.height()))
    window.show()
    from fallback_desktop.gui.first_paint import after_first_paint

    # Two paints on: after the frame's, and after the first answer's (gui/advise/first_answer.py).
    after_first_paint(
        window, lambda: after_first_paint(window, _after_first_paint, settle_ms=0), settle_ms=0
    )
    return app.exec()


def _after_first_paint() -> None:
    """What the first frame does not need: the window icon (reading and sending its sizes
    costs the first frame about 10 ms; the title bar takes it a moment later), and the log."""
    from fallback_desktop.gui.app_icon import app_icon
    from fallback_desktop.logs import install_excepthook, setup_logging

    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setWindowIcon(app_icon())
    setup_logging()
    install_excepthook()
