"""Where the form and the letter sit: side by side when the pane is wide enough for both,
otherwise as two tabs, so that neither is ever squeezed until its inputs are cut off."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QScrollArea,
    QSplitter,
    QStackedLayout,
    QTabWidget,
    QWidget,
)

from fallback_desktop.gui.fitting import FittedScrollArea

# Comfortable widths, in digits: room for an address or a product name in the form, and for
# the letter's lines and buttons beside it.
FORM_CHARS = 36
LETTER_CHARS = 40


class FormAndLetter(QWidget):
    """The form's and the letter's scroll areas, arranged for the width the pane has."""

    def __init__(self, form: QWidget, letter: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_scroll = FittedScrollArea(form, "draftFieldsScroll", min_chars=FORM_CHARS)
        # The letter side scrolls too, so a short window squeezes nothing into overlap.
        self.letter_scroll = FittedScrollArea(letter, "draftPreviewScroll", min_chars=LETTER_CHARS)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("draftSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("draftTabs")
        self.tabs.setDocumentMode(True)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.splitter)
        self._stack.addWidget(self.tabs)
        self._tabbed: bool | None = None
        # After a font change, once every child has its new font.
        self._font_timer = QTimer(self)
        self._font_timer.setSingleShot(True)
        self._font_timer.setInterval(0)
        self._font_timer.timeout.connect(self._rearrange)
        self._arrange(tabbed=False)

    # -- arrangement --------------------------------------------------------------------------

    def is_tabbed(self) -> bool:
        """True while the form and the letter are shown one at a time, as tabs."""
        return bool(self._tabbed)

    def side_by_side_width(self) -> int:
        """The narrowest width at which both fit next to each other."""
        form = self.form_scroll.minimumSizeHint().width()
        letter = self.letter_scroll.minimumSizeHint().width()
        return form + letter + self.splitter.handleWidth()

    def _arrange(self, *, tabbed: bool) -> None:
        if tabbed == self._tabbed:
            return
        self._tabbed = tabbed
        app = QApplication.instance()
        focus = app.focusWidget() if isinstance(app, QApplication) else None
        if focus is not None and not self.isAncestorOf(focus):
            focus = None
        if tabbed:
            self.tabs.addTab(self.form_scroll, "")
            self.tabs.addTab(self.letter_scroll, "")
            self._stack.setCurrentWidget(self.tabs)
        else:
            self.splitter.addWidget(self.form_scroll)
            self.splitter.addWidget(self.letter_scroll)
            self._stack.setCurrentWidget(self.splitter)
            form = self.form_scroll.minimumSizeHint().width()
            letter = self.letter_scroll.minimumSizeHint().width()
            self.splitter.setSizes([form * 100, letter * 110])
        self.form_scroll.show()
        self.letter_scroll.show()
        self._retranslate()
        if focus is not None:
            # Moving the two sides takes the focus away; the person keeps their place.
            self.reveal(focus)
            focus.setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        self._arrange(tabbed=event.size().width() < self.side_by_side_width())
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # As tabs, only the wider of the two sides has to fit.
        form = self.form_scroll.minimumSizeHint()
        letter = self.letter_scroll.minimumSizeHint()
        bar = self.tabs.tabBar().sizeHint().height()
        return QSize(max(form.width(), letter.width()), max(form.height(), letter.height()) + bar)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        form = self.form_scroll.sizeHint()
        letter = self.letter_scroll.sizeHint()
        width = form.width() + letter.width() + self.splitter.handleWidth()
        return QSize(width, max(form.height(), letter.height()))

    # -- bringing something into view ---------------------------------------------------------

    def reveal(self, widget: QWidget) -> None:
        """Show the side that holds `widget` and scroll it into view."""
        for scroll in (self.form_scroll, self.letter_scroll):
            content = scroll.widget()
            if content is not None and (content is widget or content.isAncestorOf(widget)):
                if self._tabbed:
                    self.tabs.setCurrentWidget(scroll)
                _ensure_visible(scroll, widget)

    def show_letter(self) -> None:
        """Bring the letter side forward (it is always in view when side by side)."""
        if self._tabbed:
            self.tabs.setCurrentWidget(self.letter_scroll)

    # -- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.FontChange:
            # Larger text needs more room: the arrangement is decided again.
            self._font_timer.start()
        super().changeEvent(event)

    def _rearrange(self) -> None:
        self._arrange(tabbed=self.width() < self.side_by_side_width())

    def _retranslate(self) -> None:
        titles = (self.tr("1. The facts"), self.tr("2. The letter"))
        for scroll, title in zip((self.form_scroll, self.letter_scroll), titles, strict=True):
            index = self.tabs.indexOf(scroll)
            if index >= 0:
                self.tabs.setTabText(index, title)


def _ensure_visible(scroll: QScrollArea, widget: QWidget) -> None:
    if scroll.widget() is not widget:
        scroll.ensureWidgetVisible(widget)
