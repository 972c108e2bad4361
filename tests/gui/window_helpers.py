"""Reaching into a main window whose workspace has been built."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QStackedWidget, QTabWidget, QWidget

from fallback_desktop.gui.advise.view import AdviseView
from fallback_desktop.gui.main_window import MainWindow


def workspace_of(window: MainWindow) -> AdviseView:
    """The window's workspace; fails the test if it has not been built."""
    assert window.workspace is not None, "the window's workspace was never built"
    return window.workspace


def reveal(widget: QWidget) -> None:
    """Do what a person would to see `widget`: pick the tab it is on, scroll it into view."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(tabs, QTabWidget):
            tabs.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()
    # Scrolled from the outermost area inwards, once every tab on the way is showing.
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()
