"""The letter side's page for every channel, grabbed in the window as it stands (used by
tools/screenshots.py): the email's letter, the web form text, the messenger message with its
personal-data check, the chat sheet, the portal words and the phone sheet with its picture."""

from __future__ import annotations

from collections.abc import Callable

CHANNELS = ("email", "webform", "messenger", "chat", "portal", "phone")

# A message with a phone number in it, so the personal-data check has something to show.
MESSAGE = (
    "안녕하세요. 드럼세탁기 XY-100 건으로 문의드립니다. 탈수 중에 멈추고 E3 오류가 떠요. "
    "주문번호 20261122-0045871, 연락처 010-0000-1234로 연락 주세요."
)


def shoot_helpers(
    window: object, settle: Callable[[], None], grab: Callable[[object, str], None]
) -> None:
    """Grab `helper-<channel>` for each channel; the letter tab first in a narrow window."""
    from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QScrollArea, QTabWidget, QWidget

    assert isinstance(window, QWidget)
    combo = window.findChild(QComboBox, "helperChannelCombo")
    if combo is None:
        return
    tabs = window.findChild(QTabWidget, "draftTabs")
    if tabs is not None and tabs.isVisible():
        tabs.setCurrentIndex(1)
    for channel in CHANNELS:
        combo.setCurrentIndex(combo.findData(channel))
        settle()
        if channel == "messenger":
            message = window.findChild(QPlainTextEdit, "messengerText")
            if message is not None:
                message.setPlainText(MESSAGE)
                settle()
        for area in window.findChildren(QScrollArea):
            if area.objectName() == "draftPreviewScroll":
                area.verticalScrollBar().setValue(0)
        settle()
        grab(window, f"helper-{channel}")
    combo.setCurrentIndex(combo.findData("email"))
    settle()
