"""The letter as it will be sent: subject, body, the checklist, and the hand-off buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fallback_desktop.gui import desktop
from fallback_desktop.gui.fitting import NoticeFrame, tint
from fallback_desktop.gui.write.handoff_buttons import HandoffButtons

if TYPE_CHECKING:
    from fallback_desktop.gui.write.record_offer import RecordOffer

CHECK_KEYS = ("subject", "details", "contact")
ERROR_COLOUR = "#b00020"
OK_COLOUR = "#1b5e20"
MISSING_COLOUR = "#8a1c1c"


class _LetterEdit(QPlainTextEdit):
    """The letter box. It asks for only a few lines: it sits in a scroll area that sizes its
    content by preferred height, and a tall request would push the buttons out of view; when
    there is more room, the box still grows into it."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * 5 + 12)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # Always room to read a few lines of the letter, however small the window; measured
        # each time, so it holds for large text too.
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * 4 + 12)


def _bar(name: str) -> tuple[QFrame, QLabel, QPushButton]:
    """A quiet framed line of text with one action button, hidden until needed."""
    frame = NoticeFrame("#fff8e1", "#e0c060")
    frame.setObjectName(name)
    label = QLabel()
    label.setObjectName(f"{name}Label")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    button = QPushButton()
    layout = QHBoxLayout(frame)
    layout.setContentsMargins(8, 6, 8, 6)
    layout.addWidget(label, 1)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
    frame.hide()
    return frame, label, button


class DraftPreview(QWidget):
    """Subject and body, editable; `hand_edited` fires only for the person's own edits."""

    hand_edited = Signal(str)  # "subject" or "body"
    message_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setting = False
        self.subject_label = QLabel()
        self.subject = QLineEdit()
        self.subject.setObjectName("subjectEdit")
        self.subject_label.setBuddy(self.subject)
        self.subject_error = QLabel()
        self.subject_error.setObjectName("subjectError")
        self.subject_error.setWordWrap(True)
        self.subject_error.setTextFormat(Qt.TextFormat.PlainText)
        tint(self.subject_error, ERROR_COLOUR, bold=True)
        self.subject_error.hide()
        self.body_label = QLabel()
        self.body = _LetterEdit()
        self.body.setObjectName("bodyEdit")
        self.body.setTabChangesFocus(True)
        self.body_label.setBuddy(self.body)
        self.body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.notice, self.notice_label, self.regenerate_button = _bar("regenerateNotice")
        self.regenerate_button.setObjectName("regenerateButton")

        self.checklist_title = QLabel()
        self.checks = {key: QLabel() for key in CHECK_KEYS}
        for key, label in self.checks.items():
            label.setObjectName(f"check_{key}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)

        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyButton")
        self.mail_button = QPushButton()
        self.mail_button.setObjectName("mailButton")
        self.eml_button = QPushButton()
        self.eml_button.setObjectName("emlButton")
        for button in (self.copy_button, self.mail_button, self.eml_button):
            button.setMinimumHeight(40)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Only "bold": the size keeps following the larger-text setting.
        bold = QFont()
        bold.setBold(True)
        self.copy_button.setFont(bold)
        self.buttons = HandoffButtons(self.copy_button, self.mail_button, self.eml_button)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newLetterButton")

        self.message, self.message_label, self.message_button = _bar("handoffMessage")
        self.message_button.setObjectName("handoffMessageButton")
        self._message_action: str | None = None
        self._record_offer: RecordOffer | None = None

        self._build_layout()
        self._retranslate()
        self._connect_signals()

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.subject_label, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        layout.addWidget(self.subject)
        layout.addWidget(self.subject_error)
        layout.addWidget(self.body_label)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.notice)
        checklist = QVBoxLayout()
        checklist.setSpacing(2)
        checklist.addWidget(self.checklist_title)
        for label in self.checks.values():
            checklist.addWidget(label)
        layout.addLayout(checklist)
        layout.addWidget(self.buttons)
        layout.addWidget(self.message)

    def _retranslate(self) -> None:
        self.subject_label.setText(self.tr("&Subject"))
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body_label.setText(self.tr("Lette&r (you can change it)"))
        self.body.setAccessibleName(self.tr("Letter"))
        self.notice_label.setText(
            self.tr(
                "You changed the letter by hand, so it no longer follows the fields. "
                "Your text is kept."
            )
        )
        self.regenerate_button.setText(self.tr("Re&generate from the fields"))
        self.checklist_title.setText(self.tr("Before you send:"))
        self.copy_button.setText(self.tr("&Copy subject and letter"))
        self.mail_button.setText(self.tr("&Open in mail program"))
        self.eml_button.setText(self.tr("Save as .em&l file"))
        self.new_button.setText(self.tr("New letter"))
        self.new_button.setToolTip(
            self.tr("Clears this letter to start another; your contact details stay")
        )
        self.copy_button.setToolTip(self.tr("Puts the subject and the letter on the clipboard"))
        self.mail_button.setToolTip(self.tr("Opens a new message in your mail program"))
        self.eml_button.setToolTip(
            self.tr("Saves a draft file with attachments that your mail program can open")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        # textEdited fires only for the person's typing, never for setText.
        self.subject.textEdited.connect(lambda _t: self.hand_edited.emit("subject"))
        self.body.textChanged.connect(self._body_changed)

    def _body_changed(self) -> None:
        if not self._setting:
            self.hand_edited.emit("body")

    def tab_chain(self) -> list[QWidget]:
        """Subject, letter, then the actions."""
        return [
            self.new_button,
            self.subject,
            self.body,
            self.regenerate_button,
            self.copy_button,
            self.buttons.copy_menu_button,
            self.mail_button,
            self.eml_button,
            self.buttons.webmail_button,
            self.message_button,
        ]

    # -- content ------------------------------------------------------------------------------

    def set_draft(self, subject: str, body: str) -> None:
        """Show a freshly rendered draft without counting it as a hand edit."""
        self._setting = True
        try:
            if self.subject.text() != subject:
                self.subject.setText(subject)
                self.subject.setCursorPosition(0)
            if self.body.toPlainText() != body:
                self.body.setPlainText(body)
        finally:
            self._setting = False

    def confirm_new_letter(self) -> bool:
        """Ask before clearing a letter for a new one; True to go ahead."""
        return desktop.ask_yes_no(
            self,
            self.tr("Start a new letter?"),
            self.tr(
                "What you wrote about this problem and your changes to the letter will be "
                "cleared. Your contact details stay."
            ),
            self.tr("Start a new letter"),
            self.tr("Keep this one"),
        )

    def show_subject_error(self, text: str) -> None:
        """One sentence right under the subject line."""
        self.subject_error.setText("⚠ " + text)
        self.subject_error.show()
        self.subject.setAccessibleDescription(text)

    def clear_subject_error(self) -> None:
        if not self.subject_error.isHidden():
            self.subject_error.hide()
            self.subject.setAccessibleDescription("")

    def set_checks(self, items: list[tuple[str, bool, str]]) -> None:
        """(key, ok, text) per check; the mark is a symbol and a word, not colour alone."""
        for key, ok, text in items:
            label = self.checks.get(key)
            if label is None:
                continue
            mark = "✓" if ok else "✗"
            label.setText(f"{mark}  {text}")
            tint(label, OK_COLOUR if ok else MISSING_COLOUR)
            state = self.tr("done") if ok else self.tr("missing")
            label.setAccessibleName(f"{text}: {state}")

    def show_message(self, text: str, action: str | None = None, action_text: str = "") -> None:
        """A sentence under the buttons; `action` names what the button does ("eml")."""
        self.message_label.setText(text)
        self._message_action = action
        self.message_button.setVisible(action is not None)
        self.message_button.setText(action_text)
        self.message.show()
        self.message_shown.emit()

    def hide_message(self) -> None:
        self.message.hide()
        self._message_action = None

    def message_text(self) -> str:
        return self.message_label.text() if not self.message.isHidden() else ""

    def message_action(self) -> str | None:
        return self._message_action

    def record_offer(self) -> RecordOffer:
        """The offer to record a hand-off in the case log, under the message; built when
        first needed."""
        if self._record_offer is None:
            from fallback_desktop.gui.write.record_offer import RecordOffer

            offer = RecordOffer("letterRecordOffer")
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.indexOf(self.message) + 1, offer)
            self._record_offer = offer
        return self._record_offer
