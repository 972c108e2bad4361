"""The helper for every channel: the letter for email, and a page of its own for the web form,
messenger and SNS, live chat, the help portal, the phone and the company's app.

A choice at the top picks the page; the window also picks it (`set_channel`) when the person
chooses a step of the plan or a row of the channel table. Only the page on screen is brought up
to date as the fields change; another page catches up when it is shown.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from fallback_desktop.core.domain.channels import CHANNEL_IDS
from fallback_desktop.core.text.catalog import text
from fallback_desktop.gui.fitting import FittedScrollArea, WholeTextComboBox
from fallback_desktop.gui.i18n import current_lang
from fallback_desktop.gui.widgets import guard_wheel
from fallback_desktop.gui.write.channel_common import HelperInput, HelperPage

if TYPE_CHECKING:
    from fallback_desktop.core.calendar.business import BusinessCalendar
    from fallback_desktop.core.domain.company import Company
    from fallback_desktop.core.text.lang import Lang
    from fallback_desktop.core.writing.fields import DraftFields

# Pages that serve more than one channel.
PAGE_OF = {"sns": "messenger"}
PAGE_CHARS = 30


class ChannelHelpers(QWidget):
    """One page per channel under a choice of channel; `set_fields` feeds the page on screen."""

    channel_chosen = Signal(str)  # the person picked another channel in the choice
    call_finished = Signal(int)  # seconds waited, when the person stops the call timer

    def __init__(
        self,
        letter: QWidget,
        parent: QWidget | None = None,
        *,
        scroll_pages: bool = True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """`letter` is the email page as it is; with scroll_pages each page scrolls on its own
        (leave it on unless the whole helper sits in a scroll area)."""
        super().__init__(parent)
        self.setObjectName("channelHelpers")
        self._letter = letter
        self._scroll = scroll_pages
        self._clock = clock
        self._input: HelperInput | None = None
        self.pages: dict[str, HelperPage] = {}
        self._holders: dict[str, QWidget] = {}
        self.channel = "email"

        self.combo_label = QLabel()
        self.combo = WholeTextComboBox()
        self.combo.setObjectName("helperChannelCombo")
        for cid in CHANNEL_IDS:
            self.combo.addItem("", cid)
        guard_wheel(self.combo)
        self.combo_label.setBuddy(self.combo)
        self.stack = QStackedWidget()
        self.stack.setObjectName("helperPages")

        top = QHBoxLayout()
        top.addWidget(self.combo_label)
        top.addWidget(self.combo)
        top.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.stack, 1)

        self._retranslate()
        self.set_channel("email")
        self.combo.currentIndexChanged.connect(self._chosen)

    # -- pages --------------------------------------------------------------------------------

    def _holder(self, channel: str) -> QWidget:
        """The widget the stack shows for `channel`, made the first time it is asked for."""
        key = PAGE_OF.get(channel, channel)
        holder = self._holders.get(key)
        if holder is None:
            content = self._letter if key == "email" else self._make_page(key)
            holder = (
                FittedScrollArea(content, f"{key}PageScroll", min_chars=PAGE_CHARS)
                if self._scroll
                else content
            )
            self._holders[key] = holder
            self.stack.addWidget(holder)
        return holder

    def _make_page(self, key: str) -> HelperPage:
        page: HelperPage
        if key == "webform":
            from fallback_desktop.gui.write.channel_webform import WebformPage

            page = WebformPage()
        elif key == "messenger":
            from fallback_desktop.gui.write.channel_messenger import MessengerPage

            page = MessengerPage()
        elif key == "chat":
            from fallback_desktop.gui.write.channel_chat import ChatPage

            page = ChatPage()
        elif key == "portal":
            from fallback_desktop.gui.write.channel_chat import PortalPage

            page = PortalPage()
        elif key == "app":
            from fallback_desktop.gui.write.channel_chat import AppPage

            page = AppPage()
        else:
            from fallback_desktop.gui.write.channel_phone import PhonePage

            page = PhonePage(clock=self._clock)
            page.timer.call_finished.connect(self.call_finished)
        self.pages[key] = page
        return page

    def current_page(self) -> HelperPage | None:
        """The page on screen; None while it is the letter."""
        return self.pages.get(PAGE_OF.get(self.channel, self.channel))

    # -- choosing -----------------------------------------------------------------------------

    def set_channel(self, channel_id: str) -> None:
        """Show the page for `channel_id` (one of CHANNEL_IDS); unknown ids are ignored."""
        if channel_id not in CHANNEL_IDS:
            return
        self.channel = channel_id
        index = self.combo.findData(channel_id)
        if self.combo.currentIndex() != index:
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(index)
            self.combo.blockSignals(False)
        holder = self._holder(channel_id)
        page = self.current_page()
        if page is not None and hasattr(page, "set_mode"):
            page.set_mode(channel_id)
        self.stack.setCurrentWidget(holder)
        self._catch_up()

    def _chosen(self, index: int) -> None:
        channel = str(self.combo.itemData(index))
        self.set_channel(channel)
        self.channel_chosen.emit(channel)

    # -- content ------------------------------------------------------------------------------

    def set_fields(
        self,
        fields: DraftFields,
        lang: Lang,
        purpose: str,
        company: Company | None,
        now: dt.datetime,
        calendar: BusinessCalendar,
    ) -> None:
        """New facts: the page on screen shows them now, the others when they are shown.

        `lang` is the letter's language; what is said to the person follows the screen's."""
        self._input = HelperInput(fields, lang, purpose, company, now, calendar)
        self._catch_up()

    def _catch_up(self) -> None:
        page = self.current_page()
        if page is None or self._input is None or not self.isVisible():
            return
        if page.shown_input is not self._input:
            page.refresh(self._input)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._catch_up()

    # -- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        lang = current_lang()
        self.combo_label.setText(self.tr("Channel:"))
        self.combo.setAccessibleName(self.tr("Which channel to get ready for"))
        for index in range(self.combo.count()):
            cid = str(self.combo.itemData(index))
            self.combo.setItemText(index, text(f"channel.{cid}.name", lang))
