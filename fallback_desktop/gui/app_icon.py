"""The app's icon for its windows, from the PNGs drawn for it (resources/icons)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from fallback_desktop.gui.identity import APP_ID
from fallback_desktop.paths import resource

__all__ = ["APP_ID", "WINDOW_ICON_SIZES", "app_icon"]

# What title bars, task switchers and taskbars ask for. Larger sizes are the launcher's, from the
# installed icon theme; each size given here is read and sent to the window system when the
# window first shows, so the list stays short.
WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128)


def app_icon() -> QIcon:
    """The icon in the window sizes; null if the files are missing (the window opens anyway)."""
    icon = QIcon()
    for size in WINDOW_ICON_SIZES:
        path = resource("icons", f"fallback-desk-{size}.png")
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))  # sized: no file is read yet
    return icon
