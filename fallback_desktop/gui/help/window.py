"""The Help window: a list of pages (how-to, questions, numbers' sources, shortcuts) beside a
reader. It stays open beside the main window, follows the language and the text size, and opens
only http(s) links, in the browser, saying which site first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fallback_desktop.core.text.lang import Lang
from fallback_desktop.gui import desktop
from fallback_desktop.gui.companies.facts import safe_url, url_host
from fallback_desktop.gui.help.pages import PAGE_IDS, page_markdown, page_title
from fallback_desktop.gui.i18n import current_lang

# Small enough for a 1024×600 screen with its task bar and the window's frame.
PREFERRED_SIZE = (880, 520)


class HelpWindow(QDialog):
    """Pages in a list (`helpPages`), the chosen one in a reader (`helpBrowser`)."""

    def __init__(self, shortcuts: Callable[[Lang], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setModal(False)
        self._shortcuts = shortcuts
        self.pages = QListWidget(self)
        self.pages.setObjectName("helpPages")
        for page_id in PAGE_IDS:
            self.pages.addItem(QListWidgetItem(page_id))  # titled in retranslate
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(False)  # every link goes through _on_link
        self.status = QLabel(self)
        self.status.setObjectName("helpStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)

        row = QHBoxLayout()
        row.addWidget(self.pages)
        row.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.pages.currentRowChanged.connect(lambda _row: self._show_current())
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.highlighted.connect(self._on_hover)
        self.resize(*PREFERRED_SIZE)
        self.retranslate()

    def page_id(self) -> str:
        """The page on show."""
        return PAGE_IDS[max(self.pages.currentRow(), 0)]

    def show_page(self, page_id: str) -> None:
        """Bring the window forward on that page (made afresh: shortcuts may have changed)."""
        row = PAGE_IDS.index(page_id)
        if self.pages.currentRow() == row:
            self._show_current()
        else:
            self.pages.setCurrentRow(row)
        if self.isVisible():  # behind the main window, perhaps: forward
            self.raise_()
        else:
            self._fit_screen()
            self.show()
        self.activateWindow()
        self.browser.setFocus()

    def _show_current(self) -> None:
        page = self.page_id()
        self.browser.setMarkdown(page_markdown(page, current_lang(), self._shortcuts))
        self.browser.setAccessibleName(page_title(page, current_lang()))
        self.status.clear()

    def _fit_screen(self) -> None:
        screen = (self.parentWidget() or self).screen()
        room = screen.availableGeometry()
        self.resize(
            min(self.width(), room.width() - 40),
            min(self.height(), room.height() - 60),
        )

    # --- links --------------------------------------------------------------------------------

    def _web_address(self, url: QUrl) -> str | None:
        address = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        if url.scheme().lower() not in ("http", "https"):
            return None
        return safe_url(address)

    def _on_hover(self, url: QUrl) -> None:
        address = self._web_address(url)
        if address is None:
            self.status.clear()
        else:
            self.status.setText(
                self.tr("Opens in your browser: %1").replace("%1", url_host(address))
            )

    def _on_link(self, url: QUrl) -> None:
        if not url.scheme() and url.path() in PAGE_IDS:  # a link to another page of Help
            self.pages.setCurrentRow(PAGE_IDS.index(url.path()))
            return
        address = self._web_address(url)
        if address is None:
            self.status.setText(self.tr("This link cannot be opened."))
            return
        host = url_host(address)
        if desktop.open_url(address):
            self.status.setText(self.tr("Opened %1 in the browser.").replace("%1", host))
        else:
            self.status.setText(self.tr("%1 could not be opened.").replace("%1", host))

    # --- language and text size ---------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_list()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lang = current_lang()
        self.setWindowTitle(self.tr("Help: Fallback Desk"))
        self.pages.setAccessibleName(self.tr("Help pages"))
        for row, page_id in enumerate(PAGE_IDS):
            item = self.pages.item(row)
            if item is not None:
                item.setText(page_title(page_id, lang))
        self._fit_list()
        if self.pages.currentRow() < 0:
            self.pages.setCurrentRow(0)
        else:
            self._show_current()

    def _fit_list(self) -> None:
        # Every title whole, in either language and at any text size; the reader takes the rest.
        metrics = self.pages.fontMetrics()
        widest = max(metrics.horizontalAdvance(page_title(p, current_lang())) for p in PAGE_IDS)
        self.pages.setFixedWidth(widest + metrics.averageCharWidth() * 4)
