"""Reaching into a main window whose workspace has been built."""

from __future__ import annotations

from fallback_desktop.gui.advise.view import AdviseView
from fallback_desktop.gui.main_window import MainWindow


def workspace_of(window: MainWindow) -> AdviseView:
    """The window's workspace; fails the test if it has not been built."""
    assert window.workspace is not None, "the window's workspace was never built"
    return window.workspace
