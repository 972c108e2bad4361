"""Recording an attempt in one click where it happened: the letter handed off, the call timer
stopped on the phone page, a chat over — into the open case of the letter's company or a new
one opened from the letter, with "Show the case" and "Undo"; what cannot be recorded is one
sentence in the offer and nothing is written."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from fallback_desktop import paths
from fallback_desktop.core.domain.case import Outcome
from fallback_desktop.core.store.cases import DATABASE_NAME, CaseStore
from fallback_desktop.gui.cases.view import CasesView
from fallback_desktop.gui.main_window import MainWindow
from fallback_desktop.gui.write.pane import DraftPane
from fallback_desktop.gui.write.record_offer import RecordOffer
from tests.gui.conftest import TUESDAY_MORNING
from tests.gui.draft_helpers import Seams

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _log() -> CaseStore:
    return CaseStore.open(paths.data_dir() / DATABASE_NAME)


def _pane(window: MainWindow) -> DraftPane:
    assert window.workspace is not None
    return window.workspace.draft_pane


def _write(pane: DraftPane, company: str = "Example Shop") -> None:
    pane.set_channel("email", by_hand=True)  # the letter's own page
    pane.form.edits["company"].setText(company)
    pane.form.edits["product"].setText("Washer XY-100")
    pane.form.field_widget("details").setPlainText("It leaks from the second wash.")  # type: ignore[attr-defined]
    pane.form.set_date("reply_by", dt.date(2025, 3, 14))


def _offer(window: MainWindow, name: str) -> RecordOffer:
    found = window.findChild(RecordOffer, name)
    assert found is not None, name
    return found


def _press(offer: RecordOffer, name: str) -> None:
    button = offer.findChild(QPushButton, name)
    assert button is not None, name
    assert button.isVisible(), name
    button.click()


def test_a_copied_letter_is_recorded_as_sent_in_a_new_case_shown_and_undone(
    qtbot: QtBot, main_window: MainWindow, seams: Seams
) -> None:
    pane = _pane(main_window)
    _write(pane)
    assert main_window.findChild(RecordOffer, "letterRecordOffer") is None  # built when needed
    pane.preview.copy_button.click()
    offer = _offer(main_window, "letterRecordOffer")
    assert offer.isVisible()
    assert not offer.findChild(QPushButton, "undoRecordButton").isVisible()  # type: ignore[union-attr]
    _press(offer, "record_sent")

    (line,) = _log().listed()
    record = _log().record(line.id)
    assert (record.case.company, record.case.product) == ("Example Shop", "Washer XY-100")
    assert record.case.happened == "It leaks from the second wash."
    assert record.case.reply_by == dt.date(2025, 3, 14)
    assert [(a.channel, a.outcome, a.at) for a in record.attempts] == [
        ("email", Outcome.SENT, TUESDAY_MORNING)
    ]
    words = offer.findChild(QLabel, "letterRecordOfferText")
    assert words is not None
    assert "new case" in words.text()
    assert "2025-03-14" in words.text()
    assert not offer.findChild(QPushButton, "record_sent").isVisible()  # type: ignore[union-attr]

    # Handing the same letter off again does not offer to record it twice.
    pane.handoff.copy()
    assert "new case" in words.text()

    _press(offer, "showRecordedCaseButton")
    assert main_window.views is not None
    view = main_window.views.built_view("cases")
    assert isinstance(view, CasesView)
    assert main_window.views.currentIndex() == main_window.views.index_of("cases")
    qtbot.waitUntil(lambda: view.current is not None)
    assert view.current is not None
    assert view.current.case.id == line.id

    main_window.views.show_view(0)  # back to the letter
    _press(offer, "undoRecordButton")
    assert len(_log()) == 0
    assert offer.buttons[0].isVisible()  # it can be recorded again
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)

    pane.handoff.copy_letter()  # for a web form: offered for that channel
    assert "Web form" in words.text()
    _press(offer, "record_sent")
    assert [a.channel for a in _log().record(_log().listed()[0].id).attempts] == ["webform"]
    assert view.model.rowCount() == 1  # the open cases view follows


def test_a_timed_call_and_a_chat_join_the_letters_open_case(
    qtbot: QtBot, main_window: MainWindow, seams: Seams
) -> None:
    pane = _pane(main_window)
    _write(pane)
    pane.preview.copy_button.click()
    _press(_offer(main_window, "letterRecordOffer"), "record_sent")

    pane.set_channel("phone", by_hand=True)
    phone = pane.helpers.pages["phone"]
    qtbot.waitUntil(lambda: phone.isVisible())
    call = _offer(main_window, "callRecordOffer")
    assert not call.isVisible()  # nothing to record before a call is timed
    phone.timer.call_finished.emit(754)  # type: ignore[attr-defined]
    assert call.isVisible()
    text = call.findChild(QLabel, "callRecordOfferText")
    assert text is not None
    assert "12 min 34 s" in text.text()
    names = [b.objectName() for b in call.buttons]
    assert names == [
        "record_no_answer",
        "record_busy",
        "record_cut_off",
        "record_answered",
        "record_callback_promised",
        "record_resolved",
    ]
    _press(call, "record_busy")

    pane.set_channel("chat", by_hand=True)
    chat = _offer(main_window, "chatRecordOffer")
    qtbot.waitUntil(lambda: chat.isVisible())
    _press(chat, "record_answered")

    (line,) = _log().listed()
    attempts = _log().record(line.id).attempts
    assert [(a.channel, a.outcome, a.wait_seconds) for a in attempts] == [
        ("phone", Outcome.BUSY, 754),  # began when the timer started, before the letter
        ("email", Outcome.SENT, None),
        ("chat", Outcome.ANSWERED, None),
    ]
    assert _log().listed()[0].replied


def test_without_a_company_the_offer_says_so_and_writes_nothing(
    main_window: MainWindow, seams: Seams
) -> None:
    pane = _pane(main_window)
    _write(pane, company="")
    pane.preview.copy_button.click()
    offer = _offer(main_window, "letterRecordOffer")
    _press(offer, "record_sent")
    words = offer.findChild(QLabel, "letterRecordOfferText")
    assert words is not None
    assert "company" in words.text().lower()
    assert len(_log()) == 0
    assert offer.findChild(QPushButton, "record_sent").isVisible()  # type: ignore[union-attr]


@pytest.mark.parametrize(("channel", "page", "copy"), [
    ("webform", "webform", "copyWebformButton"),
    ("messenger", "messenger", "copyMessengerButton"),
    ("sns", "messenger", "copyMessengerButton"),
])  # fmt: skip
def test_copying_a_web_form_text_or_a_message_offers_to_record_it_as_sent(
    qtbot: QtBot, main_window: MainWindow, seams: Seams, channel: str, page: str, copy: str
) -> None:
    pane = _pane(main_window)
    _write(pane)
    pane.set_channel(channel, by_hand=True)
    shown = pane.helpers.pages[page]
    qtbot.waitUntil(lambda: shown.isVisible())
    button = shown.findChild(QPushButton, copy)
    assert button is not None
    button.click()
    offer = _offer(main_window, f"{page}RecordOffer")
    assert offer.isVisible()
    _press(offer, "record_sent")
    (line,) = _log().listed()
    assert [(a.channel, a.outcome) for a in _log().record(line.id).attempts] == [
        (channel, Outcome.SENT)
    ]
