"""The messenger and SNS page: a short message the person may change, checked for personal
data as they type, with a one-click mask per finding and a question before copying it bare."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.text.catalog import render
from fallback_desktop.gui import desktop
from fallback_desktop.gui.i18n import current_lang
from fallback_desktop.gui.widgets import clear_layout
from fallback_desktop.gui.write.channel_common import (
    HelperInput,
    HelperPage,
    LinkButton,
    NoticeBox,
    action_button,
    row_with_button,
    text_label,
)
from fallback_desktop.gui.write.record_offer import RecordOffer

if TYPE_CHECKING:
    from fallback_desktop.core.writing.personal_data import Finding

SCAN_DELAY_MS = 100
# The mark on a finding: its own dark text on amber, so it reads in light and dark themes alike,
# and a wavy underline, so it is not told by colour alone.
MARK_BACKGROUND = "#ffd54f"
MARK_TEXT = "#1a1a1a"
MARK_LINE = "#b00020"


def utf16_index(text: str, index: int) -> int:
    """Qt counts UTF-16 code units: an emoji before a finding counts twice there."""
    return len(text[:index].encode("utf-16-le")) // 2


class MessengerPage(HelperPage):
    """For a messenger chat (카카오톡 채널, 네이버 톡톡) and, in `sns` mode, a DM."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("messengerPage", parent)
        self.mode = "messenger"
        self.title = text_label("messengerTitle", bold=True)
        self.hint = text_label("messengerHint")
        self.text = QPlainTextEdit()
        self.text.setObjectName("messengerText")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.edited_notice = NoticeBox("messengerEdited")
        self.regenerate_button = QPushButton()
        self.regenerate_button.setObjectName("messengerRegenerateButton")
        self.edited_notice.column.addWidget(self.regenerate_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.findings_title = text_label("personalDataTitle", bold=True)
        self.findings_list = QWidget()
        self.findings_list.setObjectName("personalDataList")
        self.rows = QVBoxLayout(self.findings_list)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.mask_all_button = action_button("maskAllButton")
        self.copy_button = action_button("copyMessengerButton")
        self.open_button = LinkButton("openMessengerButton", self)
        self.findings: list[Finding] = []
        self.mask_buttons: list[QPushButton] = []
        self.scanned: str | None = None  # the text the findings belong to
        self.hand_edited = False
        self._setting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SCAN_DELAY_MS)

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        for widget in (self.title, self.hint, self.text, self.edited_notice):
            self.column.addWidget(widget)
        self.column.addWidget(self.findings_title)
        self.column.addWidget(self.findings_list)
        self.column.addWidget(self.mask_all_button)
        self.column.addLayout(buttons)
        self.column.addWidget(self.status)
        self.record_offer = RecordOffer("messengerRecordOffer")
        self.column.addWidget(self.record_offer)
        self.column.addStretch(1)

        self.text.textChanged.connect(self._text_changed)
        self._timer.timeout.connect(self.scan_now)
        self.mask_all_button.clicked.connect(self.mask_all)
        self.copy_button.clicked.connect(self.copy_message)
        self.regenerate_button.clicked.connect(self.regenerate)
        self.retranslate()

    def set_mode(self, channel: str) -> None:
        """The messenger or the sns channel: the same message, other advice, another link."""
        if channel != self.mode:
            self.mode = channel
            self.retranslate()
            if self.shown_input is not None:
                self._set_link(self.shown_input)

    def retranslate(self) -> None:
        if self.mode == "sns":
            self.title.setText(self.tr("Message for the company's social media account"))
            self.hint.setText(
                self.tr(
                    "Check that the account is the company's official one first. "
                    "A DM is no place for personal data."
                )
            )
        else:
            self.title.setText(self.tr("Message for the company's messenger chat"))
            self.hint.setText(self.tr("Send personal data only when the agent asks for it."))
        self.text.setAccessibleName(self.tr("Message (you can change it)"))
        self.edited_notice.set_text(
            self.tr("You changed the message, so it no longer follows the fields.")
            if self.hand_edited
            else ""
        )
        self.regenerate_button.setText(self.tr("Make it again from the fields"))
        self.mask_all_button.setText(self.tr("Mask all"))
        self.mask_all_button.setToolTip(self.tr("Hides most digits of every finding"))
        self.copy_button.setText(self.tr("Copy the message"))
        self.open_button.retranslate()
        self.findings_list.setAccessibleName(self.tr("Personal data in the message"))
        if self.scanned is not None:
            self._show_findings()

    # -- content ------------------------------------------------------------------------------

    def fill(self, data: HelperInput) -> None:
        self._set_link(data)
        if not self.hand_edited:  # the person's own words stay until they ask for the fields'
            from fallback_desktop.core.writing.channel_texts import messenger_text

            try:
                self._put(messenger_text(data.fields, data.lang, purpose=data.purpose))
            except InputError as error:
                self.say(error.text(current_lang()))
        if self.text.toPlainText() != self.scanned:
            self._timer.start()  # the first look, once the page is on screen

    def _set_link(self, data: HelperInput) -> None:
        address = data.company.address(self.mode) if data.company is not None else None
        self.open_button.set_address(address.value if address is not None else None)

    def _put(self, message: str) -> None:
        if self.text.toPlainText() == message:
            return
        self._setting = True
        try:
            self.text.setPlainText(message)
        finally:
            self._setting = False

    def regenerate(self) -> None:
        """Drop the person's changes and make the message from the fields again."""
        self.hand_edited = False
        self.edited_notice.set_text("")
        if self.shown_input is not None:
            self.fill(self.shown_input)

    def _text_changed(self) -> None:
        if not self._setting and not self.hand_edited:
            self.hand_edited = True
            self.edited_notice.set_text(
                self.tr("You changed the message, so it no longer follows the fields.")
            )
        self._timer.start()  # findings follow the text a moment after typing stops

    # -- personal data ------------------------------------------------------------------------

    def scan_now(self) -> list[Finding]:
        """Scan the message as it stands (this loads phonenumbers the first time)."""
        from fallback_desktop.core.writing.personal_data import scan

        self._timer.stop()
        message = self.text.toPlainText()
        if message != self.scanned:
            self.scanned = message
            self.findings = scan(message)
            self._mark()
            self._show_findings()
        return self.findings

    def _mark(self) -> None:
        message = self.scanned or ""
        marks: list[QTextEdit.ExtraSelection] = []
        for finding in self.findings:
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(MARK_BACKGROUND))
            fmt.setForeground(QColor(MARK_TEXT))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(MARK_LINE))
            selection.format = fmt
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(utf16_index(message, finding.start))
            cursor.setPosition(utf16_index(message, finding.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            marks.append(selection)
        self.text.setExtraSelections(marks)

    def _show_findings(self) -> None:
        clear_layout(self.rows)
        self.mask_buttons = []
        lang = current_lang()
        message = self.scanned or ""
        if not self.findings:
            self.findings_title.setText(self.tr("No personal data found in the message."))
        else:
            self.findings_title.setText(self.tr("Personal data in the message:"))
        for index, finding in enumerate(self.findings):
            what = render(finding.label, lang)
            label = text_label(f"personalData{index}")
            label.setText(f"{message[finding.start : finding.end]} — {what}")
            button = QPushButton(self.tr("Mask"))
            button.setObjectName(f"maskButton{index}")
            button.setAccessibleName(self.tr("Mask: %1").replace("%1", what))
            button.clicked.connect(lambda _c=False, f=finding: self.mask_one(f))
            self.rows.addWidget(row_with_button(label, button))
            self.mask_buttons.append(button)
        self.findings_list.setVisible(bool(self.findings))
        self.mask_all_button.setVisible(bool(self.findings))

    def _replace(self, findings: list[Finding]) -> None:
        """Mask the findings in place, as one step the person can undo (Ctrl+Z)."""
        message = self.text.toPlainText()
        cursor = QTextCursor(self.text.document())
        cursor.beginEditBlock()
        for finding in sorted(findings, key=lambda f: f.start, reverse=True):
            cursor.setPosition(utf16_index(message, finding.start))
            cursor.setPosition(utf16_index(message, finding.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(finding.masked)
        cursor.endEditBlock()
        self.scan_now()

    def mask_one(self, finding: Finding) -> None:
        """Mask one finding (found again if the text changed since it was listed)."""
        seen = (self.scanned or "")[finding.start : finding.end]
        current = self.scan_now()
        message = self.scanned or ""
        same = [f for f in current if f.kind == finding.kind and message[f.start : f.end] == seen]
        if same:
            self._replace(same[:1])
        self.say(self.tr("Masked."))

    def mask_all(self) -> None:
        findings = self.scan_now()
        if findings:
            self._replace(findings)
        self.say(self.tr("Masked."))

    def copy_message(self) -> None:
        """Copy the message; when personal data still shows, ask once first."""
        if self.scan_now() and not desktop.ask_yes_no(
            self,
            self.tr("Personal data is showing"),
            self.tr("Copy the message with personal data showing?"),
            self.tr("Copy anyway"),
            self.tr("Cancel"),
        ):
            return
        self.copy(self.text.toPlainText())
        self.record_offer.offer_sent(self.mode)
