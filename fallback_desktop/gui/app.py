"""Start the window: the application object, a readable Hangul font, the language, the loop."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from fallback_desktop.core.profile import Preferences, load_preferences
from fallback_desktop.gui.i18n import install_language, system_lang
from fallback_desktop.paths import APP_NAME

if TYPE_CHECKING:
    from fallback_desktop.core.model import Lang

# Families with full Hangul coverage, best first: Linux, Windows, macOS.
HANGUL_FAMILIES = (
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "Malgun Gothic",
    "Apple SD Gothic Neo",
    "NanumGothic",
    "NanumBarunGothic",
)
# Older eyes: never smaller than this, even where the platform default is tiny.
MIN_POINT_SIZE = 11.0
LARGE_TEXT_FACTOR = 1.25
_BASE_SIZE_PROPERTY = "fallbackBasePointSize"


def choose_lang(explicit: Lang | None, prefs: Preferences) -> Lang:
    """The command line wins, then the saved choice, then the system locale."""
    return explicit or prefs.lang or system_lang()


def hangul_family(available: list[str]) -> str | None:
    """The first installed family that covers Hangul well, or None."""
    installed = set(available)
    return next((family for family in HANGUL_FAMILIES if family in installed), None)


def setup_fonts(app: QApplication, large_text: bool) -> None:
    """Pick a Hangul-capable family and a size older people can read."""
    font = QFont(app.font())
    family = hangul_family(QFontDatabase.families())
    if family is not None:
        font.setFamilies([family, *font.families()])
    base = max(font.pointSizeF(), MIN_POINT_SIZE)
    app.setProperty(_BASE_SIZE_PROPERTY, base)
    font.setPointSizeF(base)
    app.setFont(font)
    apply_text_size(app, large_text)


def apply_text_size(app: QApplication, large_text: bool) -> None:
    """Switch between the normal and the large text size for the whole application."""
    base = app.property(_BASE_SIZE_PROPERTY)
    if not isinstance(base, float):
        base = max(app.font().pointSizeF(), MIN_POINT_SIZE)
        app.setProperty(_BASE_SIZE_PROPERTY, base)
    font = QFont(app.font())
    font.setPointSizeF(base * (LARGE_TEXT_FACTOR if large_text else 1.0))
    app.setFont(font)


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
    app.setDesktopFileName(APP_NAME)
    return app


def run(lang: Lang | None = None, argv: list[str] | None = None) -> int:
    """Open the main window in lang (or the saved / system language) and run until it closes."""
    app = create_application(sys.argv[:1] if argv is None else argv)
    loaded_prefs = load_preferences()
    prefs = loaded_prefs[0]
    setup_fonts(app, prefs.large_text)
    install_language(app, choose_lang(lang, prefs))

    # Imported here so `fallback-desktop --version` and friends never pay for the window.
    from fallback_desktop.gui.main_window import MainWindow

    # The frame goes on screen first; the workspace is built the moment it is shown.
    window = MainWindow(preferences=loaded_prefs, build_later=True)
    screen = app.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        window.resize(min(1280, available.width()), min(800, available.height()))
    window.show()
    return app.exec()
