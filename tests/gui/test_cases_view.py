"""The cases view: the list with overdue cases marked in words and colour, a case's timeline
with its legal clocks, a new case and attempts added or corrected from the keyboard with errors
at their field, reminders saved as .ics, and the follow-up copied; the case log opens only after
the view is painted."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, QRect, QSize, Qt, QTime
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fallback_desktop import paths
from fallback_desktop.core.domain.case import Outcome, make_attempt, make_case
from fallback_desktop.core.store.cases import DATABASE_NAME, CaseStore
from fallback_desktop.gui.cases.list_model import (
    COL_DUE,
    COL_STATUS,
    OVERDUE_ON_DARK,
    OVERDUE_ON_LIGHT,
    CaseListModel,
    overdue_colour,
)
from fallback_desktop.gui.cases.view import CasesView
from fallback_desktop.gui.i18n import install_language
from fallback_desktop.gui.main_window import MainWindow
from fallback_desktop.session import Session
from tests.gui.conftest import TUESDAY_MORNING, FakeClock
from tests.gui.draft_helpers import Seams
from tests.shared import CALENDAR

TODAY = TUESDAY_MORNING.date()  # 2025-03-11
LAPTOP = QSize(1024, 600)
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _seed(store: CaseStore) -> tuple[int, int]:
    """An overdue case with one failed call, and a case still waiting."""
    late = make_case(
        company="Example Shop",
        product="Washer XY-100",
        reply_by=dt.date(2025, 3, 6),
        today=TODAY,
        opened_on=dt.date(2025, 3, 3),
        ordered_on=dt.date(2025, 3, 1),
        delivered_on=dt.date(2025, 3, 5),
    )
    late_id = store.add_case(late).id
    assert late_id is not None
    call = make_attempt(
        late,
        channel="phone",
        at=dt.datetime(2025, 3, 4, 9, 10, tzinfo=TUESDAY_MORNING.tzinfo),
        outcome="no_answer",
        now=TUESDAY_MORNING,
        wait_seconds=12 * 60,
        reference="A-118",
    )
    store.add_attempt(late_id, call)
    waiting = make_case(
        company="Sample Telecom",
        reply_by=dt.date(2025, 3, 13),
        today=TODAY,
        opened_on=dt.date(2025, 3, 10),
    )
    waiting_id = store.add_case(waiting).id
    assert waiting_id is not None
    return late_id, waiting_id


@pytest.fixture
def store(tmp_path: Path) -> CaseStore:
    found = CaseStore.open(tmp_path / "cases.sqlite3")
    _seed(found)
    return found


@pytest.fixture
def view(qtbot: QtBot, store: CaseStore, seams: Seams) -> CasesView:
    session = Session(lang="en", clock=FakeClock(TUESDAY_MORNING), calendar=CALENDAR, cases=store)
    shown = CasesView(session)
    qtbot.addWidget(shown)
    shown.resize(1024, 600)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.current is not None)
    return shown


def _child(root: QWidget, cls: type[QWidget], name: str) -> QWidget:
    found = root.findChild(cls, name)
    assert found is not None, name
    return found


def _click(qtbot: QtBot, root: QWidget, name: str) -> None:
    button = _child(root, QPushButton, name)
    assert isinstance(button, QPushButton)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_the_list_model_passes_the_model_tester(qtmodeltester, store: CaseStore) -> None:  # type: ignore[no-untyped-def]
    model = CaseListModel(TODAY, "en")
    model.set_rows(store.listed())
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_an_overdue_case_is_marked_in_words_and_colour(store: CaseStore) -> None:
    model = CaseListModel(TODAY, "en")
    model.set_rows(store.listed())
    late, waiting = model.index(0, COL_STATUS), model.index(1, COL_STATUS)
    assert late.data() == "overdue"
    assert "5 days ago" in model.index(0, COL_DUE).data()
    assert late.data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_ON_LIGHT
    assert waiting.data() == "waiting for a reply"
    assert waiting.data(Qt.ItemDataRole.ForegroundRole) is None
    model.set_lang("ko")
    assert late.data() == "답변 기한 지남"


def test_the_overdue_colour_follows_a_dark_theme() -> None:
    dark, light = QPalette(), QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    assert overdue_colour(dark) == OVERDUE_ON_DARK
    assert overdue_colour(light) == OVERDUE_ON_LIGHT


def test_the_case_log_opens_only_after_the_view_is_painted(qtbot: QtBot) -> None:
    session = Session(lang="en", clock=FakeClock(TUESDAY_MORNING), calendar=CALENDAR)
    shown = CasesView(session)
    qtbot.addWidget(shown)
    assert not session.cases_are_open
    shown.show()
    assert not session.cases_are_open  # not during show(), only once painted
    qtbot.waitUntil(lambda: session.cases_are_open)


def test_an_empty_log_says_how_to_begin(qtbot: QtBot) -> None:
    session = Session(lang="en", clock=FakeClock(TUESDAY_MORNING), calendar=CALENDAR)
    shown = CasesView(session)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: session.cases_are_open)
    label = _child(shown, QLabel, "caseStatus")
    assert isinstance(label, QLabel)
    qtbot.waitUntil(lambda: "Press New case" in label.text())


def test_the_timeline_shows_attempts_and_legal_clocks(view: CasesView) -> None:
    words = view.timeline.all_text()
    assert "Example Shop" in words
    assert "A-118" in words
    assert "no answer" in words
    assert "waited 12 min" in words
    assert "Article 17(1)" in words
    assert "This date is guidance, not legal advice." in words
    assert view.model.rowCount() == 2


def test_a_new_case_from_the_keyboard(qtbot: QtBot, view: CasesView, store: CaseStore) -> None:
    _click(qtbot, view, "newCaseButton")
    assert view.stack.currentIndex() == 1
    _click(qtbot, view, "caseSaveButton")  # no company yet
    error = _child(view, QLabel, "companyError")
    assert isinstance(error, QLabel)
    assert error.isVisible()
    assert error.text()
    assert len(store) == 2  # nothing stored
    company = _child(view, QLineEdit, "companyField")
    qtbot.keyClicks(company, "Acme Example")
    qtbot.keyClicks(_child(view, QLineEdit, "delivered_onField"), "2025-03-20")
    _click(qtbot, view, "caseSaveButton")  # a delivery still to come
    assert _child(view, QLabel, "delivered_onError").isVisible()
    delivered = _child(view, QLineEdit, "delivered_onField")
    assert isinstance(delivered, QLineEdit)
    delivered.clear()
    qtbot.keyClick(company, Qt.Key.Key_Return)  # Enter in a field saves
    assert len(store) == 3
    assert view.stack.currentIndex() == 0
    assert view.current is not None
    assert view.current.case.company == "Acme Example"


def test_an_attempt_added_then_corrected(qtbot: QtBot, view: CasesView, store: CaseStore) -> None:
    assert view.current is not None
    cid = view.current.case.id
    assert cid is not None
    _click(qtbot, view, "addAttemptButton")
    assert view.stack.currentIndex() == 2
    qtbot.keyClick(_child(view, QLineEdit, "agentField"), Qt.Key.Key_Escape)
    assert view.stack.currentIndex() == 0  # Escape leaves the form, nothing stored
    assert len(store.record(cid).attempts) == 1
    _click(qtbot, view, "addAttemptButton")
    wait = _child(view, QLineEdit, "wait_secondsField")
    qtbot.keyClicks(wait, "abc")
    _click(qtbot, view, "caseSaveButton")
    assert _child(view, QLabel, "wait_secondsError").isVisible()
    assert len(store.record(cid).attempts) == 1
    assert isinstance(wait, QLineEdit)
    wait.clear()
    qtbot.keyClicks(wait, "7")
    qtbot.keyClicks(_child(view, QLineEdit, "referenceField"), "B-7")
    _click(qtbot, view, "caseSaveButton")
    attempts = store.record(cid).attempts
    assert [a.reference for a in attempts] == ["A-118", "B-7"]
    assert attempts[1].wait_seconds == 7 * 60
    assert "B-7" in view.timeline.all_text()

    # Correct the first call: choose it in the timeline, Enter, change its reference.
    timeline = view.timeline
    row = next(r for r in range(timeline.count()) if "A-118" in timeline.item(r).text())
    timeline.setFocus()
    timeline.setCurrentRow(row)
    qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert view.stack.currentIndex() == 2
    reference = _child(view, QLineEdit, "referenceField")
    assert isinstance(reference, QLineEdit)
    reference.selectAll()
    qtbot.keyClicks(reference, "A-2025-118")
    _click(qtbot, view, "caseSaveButton")
    attempts = store.record(cid).attempts
    assert [a.reference for a in attempts] == ["A-2025-118", "B-7"]
    assert attempts[0].outcome is Outcome.NO_ANSWER


def test_a_reply_received_is_typed_in_and_ends_the_wait(
    qtbot: QtBot, view: CasesView, store: CaseStore
) -> None:
    """The letter sent, then the company's written reply: the time it came is what the
    person's own experience is measured from, and the case no longer waits."""
    assert view.current is not None
    cid = view.current.case.id
    assert cid is not None
    _click(qtbot, view, "addAttemptButton")
    outcome = _child(view, QComboBox, "outcomeField")
    assert isinstance(outcome, QComboBox)
    assert outcome.currentIndex() == list(Outcome).index(Outcome.NO_ANSWER)
    outcome.setCurrentIndex(list(Outcome).index(Outcome.SENT))
    _child(view, QComboBox, "channelField").setCurrentIndex(1)  # type: ignore[attr-defined]
    reply = _child(view, QLineEdit, "reply_atField")
    assert isinstance(reply, QLineEdit)
    qtbot.keyClicks(reply, "yesterday")
    _click(qtbot, view, "caseSaveButton")
    error = _child(view, QLabel, "reply_atError")
    assert error.isVisible()
    assert "yesterday" in error.text()  # type: ignore[attr-defined]
    reply.clear()
    qtbot.keyClicks(reply, "2025-03-11 09:45")
    _click(qtbot, view, "caseSaveButton")  # the reply before the letter was sent (10:30)
    assert "10:30" in error.text()  # type: ignore[attr-defined]
    at = _child(view, QDateTimeEdit, "atField")
    assert isinstance(at, QDateTimeEdit)
    at.setDateTime(QDateTime(QDate(2025, 3, 10), QTime(16, 5)))
    _click(qtbot, view, "caseSaveButton")
    sent = store.record(cid).attempts[-1]
    assert (sent.channel, sent.outcome) == ("email", Outcome.SENT)
    assert sent.reply_at == dt.datetime(2025, 3, 11, 9, 45, tzinfo=TUESDAY_MORNING.tzinfo)
    assert store.record(cid).replied
    assert "2025-03-11 09:45" in view.timeline.all_text()


def test_reminders_are_saved_as_ics(
    view: CasesView, seams: Seams, tmp_path: Path, qtbot: QtBot
) -> None:
    seams.save_answer = tmp_path / "reminders"
    _click(qtbot, view, "caseIcsButton")
    saved = (tmp_path / "reminders.ics").read_bytes()
    assert saved.startswith(b"BEGIN:VCALENDAR")
    assert b"Example Shop" in saved
    assert "reminders.ics" in view.status.text()
    # Its last call was not answered: call again when the line is next staffed, after lunch.
    assert "2025-03-11 13:00" in view.status.text()
    assert b"20250311T130000" in saved


def test_the_follow_up_cites_the_attempt_and_is_copied(
    view: CasesView, seams: Seams, qtbot: QtBot
) -> None:
    words = view.details.follow_up.toPlainText()
    assert "A-118" in words
    assert "1372" in words
    _click(qtbot, view, "copyFollowUpButton")
    assert seams.copied == [words]


def _window(qtbot: QtBot, clock: FakeClock) -> MainWindow:
    window = MainWindow(clock=clock)
    qtbot.addWidget(window)
    return window


def test_overdue_cases_are_named_once_in_the_status_bar_after_the_paint(
    qtbot: QtBot, fake_clock: FakeClock
) -> None:
    stored = CaseStore.open(paths.data_dir() / DATABASE_NAME)
    _seed(stored)
    _seed(stored)  # two overdue, two waiting
    stored.close()
    window = _window(qtbot, fake_clock)
    assert not window.session.cases_are_open
    window.show()
    assert not window.session.cases_are_open  # not before the window is painted
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "")
    assert window.statusBar().currentMessage() == "2 cases are past their reply-by date."
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]
    install_language(QApplication.instance(), "ko")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "2건의 답변 기한이 지났어요.")
    # Beside it, the way to them.
    button = window.statusBar().findChild(QPushButton, "showOverdueCasesButton")
    assert isinstance(button, QPushButton)
    assert button.isVisible()
    assert button.text() == "문의 기록 보기"
    button.click()
    assert window.views.currentIndex() == window.views.index_of("cases")
    view = window.views.view("cases")
    assert isinstance(view, CasesView)
    qtbot.waitUntil(lambda: view.current is not None)
    assert view.current is not None
    assert view.details.overdue.isVisible()  # the most overdue first, its next steps offered
    qtbot.waitUntil(
        lambda: window.statusBar().findChild(QPushButton, "showOverdueCasesButton") is None
    )


def test_no_notice_when_nothing_is_overdue(qtbot: QtBot, fake_clock: FakeClock) -> None:
    window = _window(qtbot, fake_clock)
    window.show()
    qtbot.waitUntil(lambda: window.session.cases_are_open)
    qtbot.wait(20)
    assert window.statusBar().currentMessage() == ""


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_view_fits_a_laptop_screen(qtbot: QtBot, fake_clock: FakeClock, lang: str) -> None:
    install_language(QApplication.instance(), lang)  # type: ignore[arg-type]
    stored = CaseStore.open(paths.data_dir() / DATABASE_NAME)
    _seed(stored)
    stored.close()
    window = _window(qtbot, fake_clock)
    window.resize(LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.workspace is not None)
    index = next(i for i, spec in enumerate(window.views.specs) if spec.id == "cases")
    window.views.show_view(index)
    view = window.views.view("cases")
    assert isinstance(view, CasesView)
    qtbot.waitUntil(lambda: view.current is not None)
    for page, start in enumerate((view.cancel, view.start_case, view.start_attempt)):
        start()
        assert view.stack.currentIndex() == page
        for _ in range(3):
            QApplication.sendPostedEvents()
            qtbot.wait(1)
        hint = window.minimumSizeHint()
        assert hint.width() <= LAPTOP.width(), (page, hint)
        assert hint.height() <= LAPTOP.height(), (page, hint)
        assert window.size() == LAPTOP
        buttons = [b for b in view.findChildren(QPushButton) if b.isVisible()]
        assert buttons
        for button in buttons:
            place = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
            assert window.rect().contains(place), (page, button.objectName())


def test_the_next_steps_give_the_1372_fields_and_both_pdfs(
    qtbot: QtBot, view: CasesView, seams: Seams, tmp_path: Path
) -> None:
    import shutil
    import subprocess

    panel = view.details.escalation
    view.details.next_steps.setCurrentIndex(1)
    assert panel.record is not None
    from fallback_desktop.core.writing.escalation import ccn_fields

    ids = [f.id for f in ccn_fields(panel.record, "en")]
    company = panel.copy_buttons[ids.index("company")]
    qtbot.mouseClick(company, Qt.MouseButton.LeftButton)
    assert seams.copied[-1] == panel.record.case.company
    qtbot.mouseClick(panel.open_ccn, Qt.MouseButton.LeftButton)
    assert seams.opened[-1] == "https://www.ccn.go.kr"
    for button, name in (
        (panel.timeline_button, "timeline.pdf"),
        (panel.letter_button, "letter.pdf"),
    ):
        seams.save_answer = tmp_path / name
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        data = (tmp_path / name).read_bytes()
        assert data.startswith(b"%PDF")
        if shutil.which("pdftotext"):
            words = subprocess.run(
                ["pdftotext", str(tmp_path / name), "-"], capture_output=True, text=True,
                check=True,
            ).stdout  # fmt: skip
            assert panel.record.case.company in words


def test_an_overdue_case_offers_the_next_steps_and_a_waiting_one_says_when(
    qtbot: QtBot, view: CasesView
) -> None:
    banner = _child(view, QWidget, "caseOverdueBanner")
    when = _child(view, QLabel, "escalationWhen")
    assert view.current is not None
    assert view.current.case.company == "Example Shop"  # overdue since 2025-03-06
    assert banner.isVisible()
    assert view.details.next_steps.currentIndex() == 0
    _click(qtbot, view, "showNextStepsButton")
    assert view.details.next_steps.currentIndex() == 1
    assert "2025-03-06" in when.text()  # type: ignore[attr-defined]
    assert "has not come" in when.text()  # type: ignore[attr-defined]
    view.list.selectRow(1)  # Sample Telecom, due 2025-03-13
    assert view.current.case.company == "Sample Telecom"
    assert not banner.isVisible()
    assert "due by 2025-03-13. If it has not come by then" in when.text()  # type: ignore[attr-defined]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) not here")
def test_the_certified_letter_carries_both_addresses_typed_in(
    qtbot: QtBot, view: CasesView, seams: Seams, tmp_path: Path
) -> None:
    import subprocess

    panel = view.details.escalation
    view.details.next_steps.setCurrentIndex(1)
    # Pasted from a web page: line breaks and all.
    panel.sender_address.setText("서울특별시 종로구 세종대로 1\n101동 202호")
    panel.company_address.setText("경기도 성남시 분당구 예시로 10")
    seams.save_answer = tmp_path / "letter.pdf"
    qtbot.mouseClick(panel.letter_button, Qt.MouseButton.LeftButton)
    words = subprocess.run(
        ["pdftotext", "-raw", str(tmp_path / "letter.pdf"), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "세종대로 1 101동 202호" in words
    assert "분당구 예시로 10" in words
    assert "address" not in view.status.text().lower()  # nothing about addresses left to add


def test_the_overdue_button_goes_once_the_cases_are_on_screen_by_any_way(
    qtbot: QtBot, fake_clock: FakeClock
) -> None:
    stored = CaseStore.open(paths.data_dir() / DATABASE_NAME)
    _seed(stored)
    stored.close()
    window = _window(qtbot, fake_clock)
    window.show()
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.findChild(QPushButton, "showOverdueCasesButton") is not None)
    window.views.show_view(window.views.index_of("cases") or 0)  # Ctrl+4, or the tab
    qtbot.waitUntil(lambda: bar.findChild(QPushButton, "showOverdueCasesButton") is None)
    window.views.show_view(0)
    assert bar.findChild(QPushButton, "showOverdueCasesButton") is None  # not back
