"""The live chat page (what to have ready, the opening line, tips), the portal page (search
words, one copy button each) and the app page (where to go, and the message to paste)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.gui.fitting import tint
from fallback_desktop.gui.i18n import current_lang
from fallback_desktop.gui.widgets import clear_layout
from fallback_desktop.gui.write.channel_common import (
    MISSING_COLOUR,
    OK_COLOUR,
    HelperInput,
    HelperPage,
    LinkButton,
    NoticeBox,
    action_button,
    row_with_button,
    text_label,
)
from fallback_desktop.gui.write.record_offer import RecordOffer


def _rows() -> tuple[QWidget, QVBoxLayout]:
    box = QWidget()
    rows = QVBoxLayout(box)
    rows.setContentsMargins(0, 0, 0, 0)
    rows.setSpacing(2)
    return box, rows


class ChatPage(HelperPage):
    """Getting ready for a live chat: a checklist, a line to paste first, and tips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("chatPage", parent)
        self.ready_title = text_label("chatReadyTitle", bold=True)
        self.ready_box, self.ready_rows = _rows()
        self.ready_box.setObjectName("chatReadyList")
        self.opening_title = text_label("chatOpeningTitle", bold=True)
        self.opening = NoticeBox("chatOpening")
        self.copy_button = action_button("copyOpeningButton")
        self.tips_title = text_label("chatTipsTitle", bold=True)
        self.tips = text_label("chatTips")
        self.open_button = LinkButton("openChatButton", self)
        self.record_offer = RecordOffer("chatRecordOffer")
        self.ready: tuple[tuple[str, str], ...] = ()
        self.ready_lines: list[QLabel] = []
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.column.addWidget(self.ready_title)
        self.column.addWidget(self.ready_box)
        self.column.addSpacing(8)
        self.column.addWidget(self.opening_title)
        self.column.addWidget(self.opening)
        self.column.addLayout(buttons)
        self.column.addWidget(self.status)
        self.column.addSpacing(8)
        self.column.addWidget(self.tips_title)
        self.column.addWidget(self.tips)
        self.column.addSpacing(8)
        self.column.addWidget(self.record_offer)
        self.column.addStretch(1)
        self.copy_button.clicked.connect(lambda: self.copy(self.opening.label.text()))
        self.retranslate()

    def retranslate(self) -> None:
        self.ready_title.setText(self.tr("Have these ready before the chat:"))
        self.ready_box.setAccessibleName(self.tr("What to have ready"))
        self.opening_title.setText(self.tr("The first message to paste:"))
        self.copy_button.setText(self.tr("Copy the first message"))
        self.tips_title.setText(self.tr("During the chat:"))
        self.open_button.retranslate()
        self._show_ready()

    def fill(self, data: HelperInput) -> None:
        from fallback_desktop.core.writing.channel_texts import chat_sheet

        address = data.company.address("chat") if data.company is not None else None
        self.open_button.set_address(address.value if address is not None else None)
        try:
            sheet = chat_sheet(data.fields, data.lang, purpose=data.purpose)
        except InputError as error:
            self.say(error.text(current_lang()))
            return
        if sheet.ready != self.ready:
            self.ready = sheet.ready
            self._show_ready()
        self.opening.set_text(sheet.opening)
        self.tips.setText("\n".join(f"• {tip}" for tip in sheet.tips))
        self.tips_title.setVisible(bool(sheet.tips))
        if self.record_offer.isHidden():
            from fallback_desktop.core.domain.case import Outcome

            ways = (Outcome.ANSWERED, Outcome.RESOLVED, Outcome.CALLBACK_PROMISED)
            self.record_offer.offer("chat", (*ways, Outcome.CUT_OFF, Outcome.NO_ANSWER))

    def _show_ready(self) -> None:
        # The lines are kept and re-worded: made anew on every keystroke, they cost a frame.
        lines = self.ready_lines
        while len(lines) < len(self.ready):
            new: QLabel = text_label(f"chatReady{len(lines)}")
            new.setProperty("ready", None)
            self.ready_rows.addWidget(new)
            lines.append(new)
        for index, line in enumerate(lines):
            line.setVisible(index < len(self.ready))
        for line, (label, value) in zip(lines, self.ready, strict=False):
            if value:
                words, name = f"✓  {label}: {value}", f"{label}: {value}"
            else:
                words = f"✗  {label} — " + self.tr("not filled in yet")
                name = f"{label}: " + self.tr("missing")
            if line.text() != words:
                line.setText(words)
                line.setAccessibleName(name)
            if line.property("ready") != bool(value):
                line.setProperty("ready", bool(value))
                tint(line, OK_COLOUR if value else MISSING_COLOUR)


class PortalPage(HelperPage):
    """Words to search the company's help pages with, each ready to copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("portalPage", parent)
        self.title = text_label("portalTitle", bold=True)
        self.hint = text_label("portalHint")
        self.words_box, self.word_rows = _rows()
        self.words_box.setObjectName("portalWords")
        self.empty = text_label("portalEmpty")
        self.open_button = LinkButton("openPortalButton", self)
        self.words: tuple[str, ...] = ()
        self.copy_buttons: list[QPushButton] = []
        for widget in (self.title, self.hint, self.words_box, self.empty):
            self.column.addWidget(widget)
        self.column.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.column.addWidget(self.status)
        self.column.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Words to search the company's help pages with:"))
        self.hint.setText(
            self.tr(
                "The help pages answer common problems at once, but they take no case: "
                "if nothing fits, write to the company."
            )
        )
        self.empty.setText(
            self.tr("Fill in the product or what happened, and search words appear here.")
        )
        self.words_box.setAccessibleName(self.tr("Search words"))
        self.open_button.retranslate()
        self._show_words()

    def fill(self, data: HelperInput) -> None:
        from fallback_desktop.core.writing.channel_texts import portal_words

        address = data.company.address("portal") if data.company is not None else None
        self.open_button.set_address(address.value if address is not None else None)
        try:
            words = portal_words(data.fields, data.lang)
        except InputError as error:
            self.say(error.text(current_lang()))
            return
        if words != self.words:
            self.words = words
            self._show_words()

    def _show_words(self) -> None:
        clear_layout(self.word_rows)
        self.copy_buttons = []
        for index, word in enumerate(self.words):
            label = text_label(f"portalWord{index}")
            label.setText(word)
            button = QPushButton(self.tr("Copy"))
            button.setObjectName(f"copyPortalWord{index}")
            button.setAccessibleName(self.tr("Copy %1").replace("%1", word))
            button.clicked.connect(lambda _c=False, w=word: self.copy(w))
            self.word_rows.addWidget(row_with_button(label, button))
            self.copy_buttons.append(button)
        self.words_box.setVisible(bool(self.words))
        self.empty.setVisible(not self.words)


class AppPage(HelperPage):
    """The company's app: its 1:1 inquiry takes the same short message as a messenger chat."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("appPage", parent)
        self.title = text_label("appTitle", bold=True)
        self.where = text_label("appWhere")
        self.message = NoticeBox("appText")
        self.copy_button = action_button("copyAppButton")
        self.open_button = LinkButton("openAppButton", self)
        self.app_name = ""
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        for widget in (self.title, self.where, self.message):
            self.column.addWidget(widget)
        self.column.addLayout(buttons)
        self.column.addWidget(self.status)
        self.column.addStretch(1)
        self.copy_button.clicked.connect(lambda: self.copy(self.message.label.text()))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("In the company's app"))
        where = self.tr(
            "Open the app, find its 1:1 inquiry (often under My page or Customer center) "
            "and paste this message. The answer comes as a notice in the app."
        )
        if self.app_name:
            where = self.tr("App: %1").replace("%1", self.app_name) + "\n" + where
        self.where.setText(where)
        self.copy_button.setText(self.tr("Copy the message"))
        self.open_button.retranslate()

    def fill(self, data: HelperInput) -> None:
        from fallback_desktop.core.writing.channel_texts import messenger_text

        address = data.company.address("app") if data.company is not None else None
        value = address.value if address is not None else None
        self.open_button.set_address(value)
        self.app_name = "" if value is None or self.open_button.url() else value
        self.retranslate()
        try:
            message = messenger_text(data.fields, data.lang, purpose=data.purpose)
        except InputError as error:
            self.say(error.text(current_lang()))
            return
        self.message.set_text(message)
