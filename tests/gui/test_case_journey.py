"""A case followed end to end in the window, as a person would: a letter written, two calls
that did not get through (timed on the phone page), the web form sent, no reply by the day
asked for, the follow-up that cites all three, then the 1372 form's fields and a 내용증명 PDF —
in Korean, each step recorded in one click where it happened."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from fallback_desktop.core.domain.case import Outcome, Status
from fallback_desktop.gui.cases.view import CasesView
from fallback_desktop.gui.i18n import install_language
from fallback_desktop.gui.main_window import MainWindow
from fallback_desktop.gui.write.record_offer import RecordOffer
from tests.gui.conftest import FakeClock
from tests.gui.draft_helpers import Seams
from tests.gui.window_helpers import workspace_of

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _press(window: MainWindow, offer_name: str, button_name: str) -> None:
    offer = window.findChild(RecordOffer, offer_name)
    assert offer is not None, offer_name
    assert offer.isVisible(), offer_name
    button = offer.findChild(QPushButton, button_name)
    assert button is not None, button_name
    button.click()
    assert offer.done is not None, offer.prompt.text()  # recorded, not refused


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) not here")
def test_two_failed_calls_a_web_form_no_reply_then_a_follow_up_1372_and_a_certified_letter(
    qtbot: QtBot, main_window: MainWindow, fake_clock: FakeClock, seams: Seams, tmp_path: Path
) -> None:
    install_language(QApplication.instance(), "ko")  # type: ignore[arg-type]
    pane = workspace_of(main_window).draft_pane
    qtbot.waitUntil(lambda: pane.body_text() != "")  # the letter is on screen
    pane.form.edits["company"].setText("가나전자")
    pane.form.edits["product"].setText("드럼세탁기 XY-100")
    pane.form.edits["order_number"].setText("20250301-0045")
    pane.form.field_widget("details").setPlainText("탈수 중에 멈추고 E3 오류가 뜹니다.")  # type: ignore[attr-defined]
    pane.form.field_widget("resolution").setPlainText("방문 수리를 원합니다.")  # type: ignore[attr-defined]

    # Tuesday 10:30: the first call, 12 minutes on hold, nobody answered.
    pane.set_channel("phone", by_hand=True)
    phone = pane.helpers.pages["phone"]
    qtbot.waitUntil(phone.isVisible)
    phone.timer.call_finished.emit(12 * 60)  # type: ignore[attr-defined]
    _press(main_window, "callRecordOffer", "record_no_answer")
    # 14:05: the second call, busy.
    fake_clock.advance(hours=3, minutes=35)
    phone.timer.call_finished.emit(4 * 60)  # type: ignore[attr-defined]
    _press(main_window, "callRecordOffer", "record_busy")
    # 14:20: the company's web form, the text copied and sent there.
    fake_clock.advance(minutes=15)
    pane.set_channel("webform", by_hand=True)
    webform = pane.helpers.pages["webform"]
    qtbot.waitUntil(webform.isVisible)
    copy = webform.findChild(QPushButton, "copyWebformButton")
    assert copy is not None
    copy.click()
    _press(main_window, "webformRecordOffer", "record_sent")

    # Nine days on, nothing has come: the case is overdue.
    fake_clock.advance(days=9)
    views = main_window.views
    assert views is not None
    views.show_view(views.index_of("cases") or 0)
    view = views.view("cases")
    assert isinstance(view, CasesView)
    qtbot.waitUntil(lambda: view.current is not None)
    assert view.current is not None
    record = view.current
    assert record.case.company == "가나전자"
    assert [(a.channel, a.outcome) for a in record.attempts] == [
        ("phone", Outcome.NO_ANSWER),
        ("phone", Outcome.BUSY),
        ("webform", Outcome.SENT),
    ]
    assert record.attempts[0].wait_seconds == 12 * 60
    assert record.status(view.today()) is Status.OVERDUE
    assert view.details.overdue.isVisible()

    # The follow-up cites every attempt by its day and what came of it.
    follow = view.details.follow_up.toPlainText()
    assert "[재문의]" in follow
    for day in ("2025-03-11", "2025년 3월 11일", "3월 11일"):
        if day in follow:
            break
    else:
        pytest.fail(f"the attempts' day is not in the follow-up:\n{follow}")
    assert "응답 없음" in follow
    assert "1372" in follow
    view.details.copy_button.click()
    assert seams.copied[-1] == follow

    # The next steps: 1372's fields, then the 내용증명 with both addresses.
    view.details.overdue_button.click()
    panel = view.details.escalation
    assert panel.isVisible()
    assert "1372" in panel.when.text()
    panel.copy_buttons[0].click()
    assert seams.copied[-1]
    panel.open_ccn.click()
    assert seams.opened[-1] == "https://www.ccn.go.kr"
    panel.sender_address.setText("서울특별시 종로구 예시로 1")
    panel.company_address.setText("경기도 성남시 예시대로 2")
    seams.save_answer = tmp_path / "내용증명.pdf"
    panel.letter_button.click()
    words = subprocess.run(
        ["pdftotext", "-raw", str(tmp_path / "내용증명.pdf"), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    for expected in ("가나전자", "드럼세탁기 XY-100", "20250301-0045", "예시로 1", "예시대로 2"):
        assert expected in words, expected
    assert words.count("2025") >= 3  # the attempts' days are in it
