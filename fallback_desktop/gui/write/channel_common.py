"""What every channel helper page shares: its input, the page frame, links and copy buttons."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fallback_desktop.gui import desktop
from fallback_desktop.gui.advise.text_label import TextLabel
from fallback_desktop.gui.companies.facts import safe_url, url_host
from fallback_desktop.gui.fitting import NoticeFrame

if TYPE_CHECKING:
    import datetime as dt

    from fallback_desktop.core.calendar.business import BusinessCalendar
    from fallback_desktop.core.domain.company import Company
    from fallback_desktop.core.text.lang import Lang
    from fallback_desktop.core.writing.fields import DraftFields

OK_COLOUR = "#1b5e20"
MISSING_COLOUR = "#8a1c1c"


@dataclass(frozen=True)
class HelperInput:
    """What the helpers are made from; `lang` is the letter's language, not the screen's."""

    fields: DraftFields
    lang: Lang
    purpose: str
    company: Company | None
    now: dt.datetime
    calendar: BusinessCalendar


class HelperPage(QWidget):
    """One channel's page. `refresh` shows an input; the page words its own chrome."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.shown_input: HelperInput | None = None
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.status = text_label(f"{name}Status")
        self.status.hide()

    def refresh(self, data: HelperInput) -> None:
        """Show what `data` makes; the owner calls this only while the page is visible."""
        self.shown_input = data
        self.fill(data)

    def fill(self, data: HelperInput) -> None:
        """Put what `data` makes into the page's widgets."""
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.shown_input is not None and self.isVisible():
                self.fill(self.shown_input)
            else:
                self.shown_input = None  # filled again, in the new language, when next shown
        super().changeEvent(event)

    def say(self, words: str) -> None:
        """A short line about what just happened (copied, opened)."""
        self.status.setText(words)
        self.status.setVisible(bool(words))

    def copy(self, value: str) -> None:
        desktop.copy_to_clipboard(value)
        self.say(self.tr("Copied."))


def text_label(name: str = "", *, bold: bool = False) -> TextLabel:
    """A wrapped, selectable plain-text label."""
    label = TextLabel(None, name)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    if bold:
        font = QFont()
        font.setBold(True)  # only bold: the size keeps following the larger-text setting
        label.setFont(font)
    return label


def row_with_button(label: QLabel, button: QPushButton) -> QWidget:
    """A line of a list: its words, and the button that acts on them beside them."""
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(label)
    line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    line.addStretch(1)
    return row


def action_button(name: str) -> QPushButton:
    """A button that asks only for its own width and a comfortable height."""
    button = QPushButton()
    button.setObjectName(name)
    button.setMinimumHeight(36)
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return button


class NoticeBox(NoticeFrame):
    """A quiet yellow box of plain text lines (what was shortened, a changed message)."""

    def __init__(self, name: str) -> None:
        super().__init__("#fff8e1", "#e0c060")
        self.setObjectName(name)
        self.label = text_label(f"{name}Label")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(8, 6, 8, 6)
        self.column.addWidget(self.label)
        self.hide()

    def set_text(self, words: str) -> None:
        self.label.setText(words)
        self.setVisible(bool(words))


class LinkButton(QPushButton):
    """Opens one of the company's addresses in the browser; the host is on the button.

    Hidden while there is no address, or when it is not a web, mail or phone link (STYLE 17)."""

    def __init__(self, name: str, page: HelperPage) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setMinimumHeight(36)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._page = page
        self._url: str | None = None
        self.clicked.connect(self._open)
        self.hide()

    def set_address(self, value: str | None) -> None:
        self._url = safe_url(value) if value else None
        if self._url is not None and self._url.startswith(("http://", "https://")):
            self.retranslate()
            self.setVisible(True)
        else:
            self._url = None
            self.hide()

    def url(self) -> str | None:
        return self._url

    def retranslate(self) -> None:
        if self._url is not None:
            self.setText(self.tr("Open %1 in the browser").replace("%1", url_host(self._url)))
            self.setToolTip(self._url)
            self.setAccessibleName(self.text())

    def _open(self) -> None:
        if self._url is None:
            return
        host = url_host(self._url)
        if desktop.open_url(self._url):
            self._page.say(self.tr("Opened %1 in the browser.").replace("%1", host))
        else:
            self._page.say(self.tr("%1 could not be opened.").replace("%1", host))


class ScaledLabel(QLabel):
    """A label whose text is `scale` times the page's text. The page calls `follow` when its
    font changes (larger text): a label with a font of its own would not follow by itself."""

    def __init__(self, name: str, scale: float) -> None:
        super().__init__()
        self.setObjectName(name)
        self._scale = scale
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab, to select and copy

    def follow(self, font: QFont) -> None:
        scaled = QFont(font)
        scaled.setPointSizeF(font.pointSizeF() * self._scale)
        scaled.setBold(True)
        if scaled != self.font():
            self.setFont(scaled)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("0") * 8, metrics.height())
