"""Webmail from the window (a menu of services, by mouse or keyboard), and Qt's messages about
links that fail, which must not carry the person's data to the terminal."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import Qt, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from fallback_desktop.core.handoff.mailto import parse_mailto
from fallback_desktop.gui import desktop
from fallback_desktop.gui.i18n import install_language
from fallback_desktop.gui.qt_messages import install_message_filter, scrub
from fallback_desktop.gui.write.pane import DraftPane
from tests.gui.draft_helpers import Seams, body, button, fill_basic, line, message, subject
from tests.gui.draft_helpers import visible_error as error_under
from tests.gui.handoff_helpers import action

# A popup menu on the offscreen platform says these; harmless.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints",
    "does not support raise",
    "does not support grabbing the keyboard",
)


def _choose(pane: DraftPane, service_id: str) -> None:
    action(pane, f"webmail_{service_id}").trigger()


@pytest.mark.parametrize(
    ("service_id", "host", "name"),
    [
        ("naver", "mail.naver.com", "Naver Mail"),
        ("daum", "mail.daum.net", "Daum Mail"),
        ("gmail", "mail.google.com", "Gmail"),
        ("outlook", "outlook.live.com", "Outlook.com"),
    ],
)
def test_each_service_opens_with_the_letter_on_the_clipboard(
    pane: DraftPane, seams: Seams, service_id: str, host: str, name: str
) -> None:
    fill_basic(pane)
    _choose(pane, service_id)
    (url,) = seams.opened
    assert urlsplit(url).scheme == "https"
    assert urlsplit(url).netloc == host
    assert body(pane).toPlainText()[:20] not in url  # the letter never rides in the link
    assert seams.copied == [body(pane).toPlainText()]
    assert name in message(pane)
    assert "(Ctrl+V)" in message(pane) or "(⌘V)" in message(pane)


def test_gmail_and_outlook_get_the_address_and_subject(pane: DraftPane, seams: Seams) -> None:
    fill_basic(pane)
    _choose(pane, "gmail")
    _choose(pane, "outlook")
    gmail, outlook = seams.opened
    inner = parse_qs(urlsplit(gmail).query)["url"][0]
    assert parse_mailto(inner) == ("help@example.com", subject(pane).text(), "")
    query = parse_qs(urlsplit(outlook).query)
    assert query == {"to": ["help@example.com"], "subject": [subject(pane).text()]}


def test_naver_and_daum_say_to_press_write_first(pane: DraftPane, seams: Seams) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "ko")
    fill_basic(pane)
    _choose(pane, "naver")
    assert "네이버 메일" in message(pane)
    assert "메일 쓰기를 누르고" in message(pane)


def test_a_browser_that_does_not_open_still_leaves_the_letter(
    pane: DraftPane, seams: Seams
) -> None:
    seams.open_result = False
    fill_basic(pane)
    _choose(pane, "daum")
    assert seams.copied == [body(pane).toPlainText()]
    assert "did not open" in message(pane)
    assert "clipboard" in message(pane)


def test_a_hostile_address_stops_webmail_at_the_field(pane: DraftPane, seams: Seams) -> None:
    fill_basic(pane)
    line(pane, "toEdit").setText("a@b.com\nBcc: x@y.z")
    _choose(pane, "gmail")
    assert seams.opened == []
    assert seams.copied == []
    assert error_under(pane, "toError")


def test_the_webmail_menu_works_from_the_keyboard(
    pane: DraftPane, seams: Seams, qtbot: QtBot
) -> None:
    fill_basic(pane)
    pane.show()
    qtbot.waitExposed(pane)
    webmail = button(pane, "webmailButton")
    assert webmail.accessibleName()
    assert button(pane, "copyMenuButton").accessibleName()
    webmail.setFocus()
    qtbot.waitUntil(webmail.hasFocus)
    qtbot.keyClick(webmail, Qt.Key.Key_Space)
    menu = webmail.menu()
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions()] == [
        "Naver Mail",
        "Daum Mail",
        "Gmail",
        "Outlook.com",
    ]
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(seams.opened) == 1)
    assert urlsplit(seams.opened[0]).netloc == "mail.google.com"


def test_the_service_names_follow_the_language(pane: DraftPane, qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "ko")
    menu = button(pane, "webmailButton").menu()
    assert menu is not None
    qtbot.waitUntil(lambda: menu.actions()[0].text() == "네이버 메일")
    assert isinstance(button(pane, "copyMenuButton"), QPushButton)


# --- Qt's own messages -------------------------------------------------------------------------

PLANTED = ("김민지", "010-0000-1234", "minji.kim@example.com")


@pytest.mark.parametrize(
    "text",
    [
        "Unable to detect a launcher for 'mailto:minji.kim@example.com?subject=김민지'",
        "This plugin does not support QPlatformServices::openDocument() for "
        "'file:///home/u/.local/share/outbox/김민지 환불.eml'.",
        "Could not open C:\\Users\\minji\\outbox\\a.eml",
        "call 010-0000-1234 later",
    ],
)
def test_scrub_cuts_a_message_where_personal_data_begins(text: str) -> None:
    kept = scrub(text)
    assert kept.endswith("[…]")
    for secret in (*PLANTED, "minji", "mailto", "file:"):
        assert secret not in kept


def test_scrub_leaves_qt_s_own_words_alone() -> None:
    for text in (
        "QWidget::setTabOrder: 'first' and 'second' must be in the same window",
        "QFont::setPointSizeF: Point size <= 0 (-1.000000), must be greater than 0",
    ):
        assert scrub(text) == text


@pytest.mark.no_qt_log  # Qt's messages must reach our filter, not pytest-qt's recorder
def test_a_failing_link_leaves_no_personal_data_on_the_terminal(
    qapp: QApplication, capfd: pytest.CaptureFixture[str]
) -> None:
    if QGuiApplication.platformName() != "offscreen":
        pytest.skip("only the offscreen platform is sure to open nothing")
    name, phone, address = PLANTED
    from urllib.parse import quote

    link = f"mailto:{address}?subject={quote(name, safe='')}&body={quote(phone, safe='')}"
    draft = "file:///tmp/outbox/" + quote(f"{name} {phone}.eml")
    try:
        qInstallMessageHandler(None)  # Qt's default: shows that Qt names the link in full
        assert not desktop.open_url(link)
        shown = capfd.readouterr().err
        if address not in shown:
            pytest.skip("this Qt does not print failing links")
        install_message_filter()
        assert not desktop.open_url(link)
        assert not desktop.open_url(draft)
        shown = capfd.readouterr().err
    finally:
        qInstallMessageHandler(None)
    assert "[…]" in shown  # Qt still said something, without the person's data
    for secret in (*PLANTED, "%EA%B9%80"):
        assert secret not in shown
