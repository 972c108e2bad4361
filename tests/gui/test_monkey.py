"""A seeded monkey: a few thousand random actions on the shown window, hostile text included.

No action may raise (pytest-qt fails the test for an exception in any slot), no Qt warning may
appear (qt_log_level_fail), and at the end the window must still make sense.
"""

from __future__ import annotations

import datetime as dt
import email.policy
import random
from collections.abc import Callable, Iterator
from email.parser import BytesParser
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTimeZone
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from fallback_desktop.core.domain.channels import CHANNEL_IDS
from fallback_desktop.core.handoff.headers import FORBIDDEN_IN_HEADERS
from fallback_desktop.core.handoff.mailto import parse_mailto
from fallback_desktop.gui import desktop
from fallback_desktop.gui.main_window import MainWindow
from tests.gui.window_helpers import workspace_of

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

SEED = 20250311
ACTIONS = 3_000

LINE_INPUTS = ("companyEdit", "productEdit", "orderNumberEdit", "nameEdit", "phoneEdit")
TEXT_INPUTS = ("detailsEdit", "triedEdit", "resolutionEdit")
GOOD_ADDRESSES = ("help@example.com", "고객센터@한빛전자.kr", "cs@shop.example", "")
# Each carries "victim": none of them may ever reach the mail program.
HOSTILE_ADDRESSES = (
    "help@example.com\nBcc: victim@example.org",
    "help@example.com\r\nX-Victim: 1",
    "help@example.com, victim@example.org",
    "help@example.com;victim@example.org",
    "help@example.com\u2028victim@example.org",
    "victim@example.org?cc=victim@example.org",
    "Victim <victim@example.org>",
    "=?utf-8?q?victim=0A?=@example.org",
    "help@example.com%0D%0ABcc:victim@example.org",
)
PIECES = (
    "세탁기가 멈췄어요",
    "환불 요청드립니다. ",
    "😀👍🏽🇰🇷",
    "{{ 7*7 }}",
    "{% for x in range(9) %}x{% endfor %}",
    "{# #}",
    "\x00\x07\x1b[31m",
    "\r\n",
    "\n\n\n",
    "\u2028",
    "\u202e",
    "\t",
    "=?utf-8?b?QkNDOg==?=",
    "A-2024-1234",
    " ",
    "%0D%0A",
    "&subject=x",
)


def _text(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.08:
        return ""
    if roll < 0.16:
        # A big paste: 5,000 to 10,000 characters of Korean, emoji and controls.
        unit = "".join(rng.choice(PIECES) for _ in range(8))
        size = rng.randint(5_000, 10_000)
        return (unit * (size // max(len(unit), 1) + 1))[:size]
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 6)))


class Monkey:
    """Random actions on the window, with what they handed to the (fake) desktop."""

    def __init__(self, window: MainWindow, qtbot: QtBot, folder: Path, seed: int) -> None:
        self.window = window
        self.qtbot = qtbot
        self.folder = folder
        self.rng = random.Random(seed)
        self.opened: list[str] = []
        self.copied: list[str] = []
        self.saved: list[Path] = []
        self.files: list[Path] = []
        self.hostile_to = False
        self.actions: list[Callable[[], None]] = [
            self.set_line,
            self.set_line,
            self.set_text,
            self.set_text,
            self.set_address,
            self.set_address,
            self.set_combo,
            self.choose_channel,
            self.toggle_box,
            self.set_when,
            self.back_to_now,
            self.set_dates,
            self.hand_edit_subject,
            self.hand_edit_body,
            self.click_copy,
            self.click_mail,
            self.click_mail,
            self.click_eml,
            self.click_message_button,
            self.regenerate,
            self.add_files,
            self.remove_file,
            self.remove_file,
            self.delete_a_file,
            self.switch_language,
            self.toggle_large_text,
            self.save_now,
            self.process_events,
        ]

    # -- the fake desktop ---------------------------------------------------------------------

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def open_url(url: str) -> bool:
            self.opened.append(url)
            return self.rng.random() < 0.8

        def ask_save_path(parent: object, title: str, suggested: Path, filt: str) -> Path | None:
            if self.rng.random() < 0.2:
                return None
            path = self.folder / f"saved-{len(self.saved)}"
            self.saved.append(path)
            return path

        def ask_open_files(parent: object, title: str) -> list[Path]:
            chosen = []
            for _ in range(self.rng.randint(0, 2)):
                name = self.rng.choice(["영수증.pdf", "photo.jpg", "계약서.hwp", "notes.txt"])
                path = self.folder / f"{len(self.files)}-{name}"
                path.write_bytes(self.rng.randbytes(self.rng.randint(0, 2_000)))
                self.files.append(path)
                chosen.append(path)
            return chosen

        monkeypatch.setattr(desktop, "copy_to_clipboard", self.copied.append)
        monkeypatch.setattr(desktop, "open_url", open_url)
        monkeypatch.setattr(desktop, "ask_save_path", ask_save_path)
        monkeypatch.setattr(desktop, "ask_open_files", ask_open_files)

    # -- widgets ------------------------------------------------------------------------------

    def find(self, kind: type, name: str):  # type: ignore[no-untyped-def]
        found = self.window.findChild(kind, name)
        assert found is not None, name
        return found

    def click(self, name: str) -> None:
        button = self.find(QPushButton, name)
        if button.isVisible() and button.isEnabled():
            self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    # -- actions ------------------------------------------------------------------------------

    def set_line(self) -> None:
        self.find(QLineEdit, self.rng.choice(LINE_INPUTS)).setText(_text(self.rng))

    def set_text(self) -> None:
        self.find(QPlainTextEdit, self.rng.choice(TEXT_INPUTS)).setPlainText(_text(self.rng))

    def set_address(self) -> None:
        self.hostile_to = self.rng.random() < 0.5
        pool = HOSTILE_ADDRESSES if self.hostile_to else GOOD_ADDRESSES
        edit = self.find(QLineEdit, self.rng.choice(["toEdit", "toEdit", "emailEdit"]))
        edit.setText(self.rng.choice(pool))
        edit.editingFinished.emit()  # as when the person leaves the field

    def set_combo(self) -> None:
        combo = self.find(QComboBox, self.rng.choice(["urgencyCombo", "contextCombo"]))
        combo.setCurrentIndex(self.rng.randrange(combo.count()))

    def choose_channel(self) -> None:
        """Another channel's page for the letter, the email's most often (the letter is the
        page most of the other actions work on)."""
        combo = self.find(QComboBox, "helperChannelCombo")
        if self.rng.random() < 0.6:
            combo.setCurrentIndex(combo.findData("email"))
        else:
            combo.setCurrentIndex(self.rng.randrange(combo.count()))

    def toggle_box(self) -> None:
        name = self.rng.choice(
            ["needAttachments", "needRecord", "needSensitive", "incidentDateKnown"]
        )
        box = self.find(QCheckBox, name)
        box.setChecked(not box.isChecked())

    def set_when(self) -> None:
        edit = self.find(QDateTimeEdit, "whenEdit")
        moment = dt.datetime(2025, 3, 11, 10, 30) + dt.timedelta(
            minutes=self.rng.randint(-60 * 24 * 60, 60 * 24 * 400)
        )
        edit.setDateTime(
            QDateTime.fromString(
                moment.isoformat(timespec="minutes"), Qt.DateFormat.ISODate
            ).toTimeZone(QTimeZone(b"Asia/Seoul"))
        )

    def back_to_now(self) -> None:
        self.click("backToNowButton")

    def set_dates(self) -> None:
        edit = self.find(QDateEdit, self.rng.choice(["incidentDateEdit", "replyByEdit"]))
        edit.setDate(QDate(2025, 3, 11).addDays(self.rng.randint(-4_000, 4_000)))

    def hand_edit_subject(self) -> None:
        subject = self.find(QLineEdit, "subjectEdit")
        subject.setFocus()
        subject.end(False)
        # ASCII only: Qt's test library cannot type Hangul.
        self.qtbot.keyClicks(subject, self.rng.choice(["!", " urgent", "abc"]))

    def hand_edit_body(self) -> None:
        self.find(QPlainTextEdit, "bodyEdit").setPlainText(_text(self.rng))

    def click_copy(self) -> None:
        self.click("copyButton")

    def click_mail(self) -> None:
        self.click("mailButton")

    def click_eml(self) -> None:
        self.click("emlButton")

    def click_message_button(self) -> None:
        self.click("handoffMessageButton")

    def regenerate(self) -> None:
        self.click("regenerateButton")

    def add_files(self) -> None:
        self.click("addAttachmentButton")

    def remove_file(self) -> None:
        files = self.find(QListWidget, "attachmentList")
        if files.count():
            files.setCurrentRow(self.rng.randrange(files.count()))
            self.click("removeAttachmentButton")

    def delete_a_file(self) -> None:
        existing = [path for path in self.files if path.exists()]
        if existing:
            self.rng.choice(existing).unlink()

    def switch_language(self) -> None:
        self.window.language_actions[self.rng.choice(["ko", "en"])].trigger()

    def toggle_large_text(self) -> None:
        self.window.large_text_action.toggle()

    def save_now(self) -> None:
        workspace_of(self.window).draft_pane.save_now()

    def process_events(self) -> None:
        QApplication.processEvents()

    def run(self, count: int) -> None:
        for _ in range(count):
            self.rng.choice(self.actions)()


@pytest.fixture
def app_font() -> Iterator[None]:
    """The larger-text action changes the application font; later tests get theirs back."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = QFont(app.font())
    yield
    app.setFont(font)


def test_a_few_thousand_random_actions(
    main_window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    app_font: None,
) -> None:
    print(f"monkey seed: {SEED}, actions: {ACTIONS}")
    monkey = Monkey(main_window, qtbot, tmp_path, SEED)
    monkey.install(monkeypatch)

    monkey.run(ACTIONS)
    QApplication.processEvents()
    written = [p.with_suffix(".eml") for p in monkey.saved if p.with_suffix(".eml").exists()]
    letter = workspace_of(monkey.window).draft_pane.body_text()
    print(
        f"opened {len(monkey.opened)}, copied {len(monkey.copied)}, .eml saved {len(written)}, "
        f"files {len(monkey.files)}, letter {len(letter)} chars"
    )

    # Still consistent: a recommendation among the six, a one-line subject.
    channel = monkey.find(QLabel, "recommendedChannel")
    assert channel.property("channelId") in CHANNEL_IDS
    assert channel.text()
    subject = monkey.find(QLineEdit, "subjectEdit").text()
    assert not any(char in FORBIDDEN_IN_HEADERS for char in subject)
    # Nothing hostile reached the mail program; what did is one clean address or none.
    assert monkey.opened, "the monkey never opened the mail program; change the seed"
    for url in monkey.opened:
        assert url.isascii()
        if url.startswith("mailto:"):
            # A hostile own-email may show as text inside the body; never as a recipient or header.
            path, _, query = url.removeprefix("mailto:").partition("?")
            assert "victim" not in path.lower()
            keys = [pair.partition("=")[0] for pair in query.split("&")] if query else []
            assert set(keys) <= {"subject", "body"}
            to, _subject, _body = parse_mailto(url)
            assert to in GOOD_ADDRESSES
        else:
            assert url.startswith("file://")
    for text in monkey.copied:
        # Subject and letter (its subject line whole), or the letter alone for a mail link.
        if text.startswith(("Subject: ", "제목: ")):
            assert "\n" not in text.split("\n\n", 1)[0]
    # Every .eml written is a whole message with only the expected headers.
    assert written, "the monkey never saved an .eml; change the seed"
    for path in written:
        message = BytesParser(policy=email.policy.default).parsebytes(path.read_bytes())
        assert message["X-Unsent"] == "1"
        assert "victim" not in str(message.get("To", "")).lower()

    # And the window closes and opens again without complaint.
    main_window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not again.statusBar().currentMessage()
