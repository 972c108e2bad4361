"""The Help menu's pages: how-to (F1), questions and answers, where the numbers come from and
the keyboard shortcuts, each opening the one Help window on its page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from fallback_desktop.core.text.lang import Lang
from fallback_desktop.gui.help.about import with_versions
from fallback_desktop.gui.help.pages import PAGE_IDS
from fallback_desktop.gui.help.shortcuts import shortcuts_markdown
from fallback_desktop.gui.help.window import HelpWindow
from fallback_desktop.gui.i18n import current_lang


class HelpActions(QObject):
    """One menu item per Help page, added to `menu`; the window is made when first asked for."""

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self.help_window: HelpWindow | None = None
        self.actions: dict[str, QAction] = {}
        for page_id in PAGE_IDS:
            action = QAction(window)
            action.triggered.connect(lambda _checked=False, p=page_id: self.show_page(p))
            menu.addAction(action)
            self.actions[page_id] = action
        self.actions["howto"].setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        menu.addSeparator()
        window.installEventFilter(self)  # the window's language switch renames these too
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def with_versions(self, description: str) -> str:
        """The About box's text: its description, then versions, data years and licence."""
        return with_versions(description, current_lang())

    def _shortcuts(self, lang: Lang) -> str:
        return shortcuts_markdown(self._window.menuBar(), lang)

    def show_page(self, page_id: str) -> HelpWindow:
        """Open (or bring forward) the Help window on that page."""
        if self.help_window is None:
            self.help_window = HelpWindow(self._shortcuts, self._window)
        self.help_window.show_page(page_id)
        return self.help_window

    def retranslate(self) -> None:
        self.actions["howto"].setText(self.tr("&How to use"))
        self.actions["faq"].setText(self.tr("&Questions and answers"))
        self.actions["sources"].setText(self.tr("&Where the numbers come from"))
        self.actions["shortcuts"].setText(self.tr("&Keyboard shortcuts"))
