"""Above the form: what the letter is for (its fields, wording and checks follow at once) and
the letter's own language, independent of the window's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDateEdit, QLabel, QWidget
from pytestqt.qtbot import QtBot

from fallback_desktop.gui import i18n
from fallback_desktop.gui.write.pane import DraftPane
from fallback_desktop.session import Session
from tests.gui import test_laptop_window as laptop_checks
from tests.gui.conftest import TUESDAY_MORNING, FakeClock
from tests.gui.draft_helpers import body, child, fill_basic, line, subject
from tests.shared import CALENDAR

# The offscreen platform says this when a top-level window is shown; it is harmless.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

TODAY = TUESDAY_MORNING.date()  # Tuesday 11 March 2025
REFUND_ONLY = ("amountEdit", "paymentMethodEdit", "paymentDateEdit", "onlinePurchaseCheck")


@pytest.fixture
def fixed(qtbot: QtBot, seams: object) -> DraftPane:
    """A pane on a fixed clock, its first letter on screen, checks recorded."""
    pane = DraftPane(Session(lang="en", calendar=CALENDAR, clock=FakeClock(TUESDAY_MORNING)))
    qtbot.addWidget(pane)
    qtbot.waitUntil(lambda: body(pane).toPlainText() != "")
    return pane


@pytest.fixture
def korean_window(qapp: QApplication) -> Iterator[None]:
    i18n.install_language(qapp, "ko")
    yield
    i18n.install_language(qapp, "en")


def combo(pane: QWidget, name: str) -> QComboBox:
    return child(pane, QComboBox, name)


def choose(pane: QWidget, name: str, data: str) -> None:
    """Pick an item by its data, as a person picking from the list does."""
    box = combo(pane, name)
    box.setCurrentIndex(box.findData(data))


def shown(pane: DraftPane, name: str) -> bool:
    """Whether the input is part of the form now (its row not hidden for this purpose)."""
    widget = child(pane, QWidget, name)
    return not any(w.isHidden() for w in _ancestors(widget, pane.form))


def _ancestors(widget: QWidget, root: QWidget) -> Iterator[QWidget]:
    while widget is not root:
        yield widget
        parent = widget.parentWidget()
        assert parent is not None
        widget = parent


def set_day(pane: DraftPane, key: str, day: dt.date) -> None:
    pane.form.known[key].setChecked(True)
    pane.form.set_date(key, day)


def test_the_purpose_comes_first_with_every_purpose_by_its_id(fixed: DraftPane) -> None:
    purposes = combo(fixed, "purposeCombo")
    assert [purposes.itemData(i) for i in range(purposes.count())] == [
        "general", "refund", "exchange", "repair", "cancel", "delivery", "billing",
    ]  # fmt: skip
    assert purposes.currentData() == "general"
    assert purposes.itemText(1) == "Refund"
    assert fixed.form.tab_chain()[:4] == [
        purposes,
        combo(fixed, "letterLangCombo"),
        combo(fixed, "templateCombo"),
        line(fixed, "toEdit"),
    ]
    assert purposes.accessibleName() == "What you are writing about"


def test_the_purpose_shows_its_fields_and_rewrites_the_letter_at_once(fixed: DraftPane) -> None:
    fill_basic(fixed)
    assert subject(fixed).text().startswith("[Inquiry]")
    assert not any(shown(fixed, name) for name in REFUND_ONLY)

    choose(fixed, "purposeCombo", "refund")
    assert all(shown(fixed, name) for name in REFUND_ONLY)
    assert not shown(fixed, "promisedDateEdit")
    assert subject(fixed).text().startswith("[Refund request]")
    assert (
        "Please refund the amount I paid to the original payment method."
        in body(fixed).toPlainText()
    )
    line(fixed, "amountEdit").setText("39,000원")
    assert "(39,000원)" in body(fixed).toPlainText()

    choose(fixed, "purposeCombo", "delivery")
    assert shown(fixed, "promisedDateEdit")
    assert shown(fixed, "trackingNumberEdit")
    assert not shown(fixed, "amountEdit")
    assert subject(fixed).text().startswith("[Delivery problem]")
    assert "39,000원" not in body(fixed).toPlainText()  # not asked for here, so not said

    choose(fixed, "purposeCombo", "refund")
    assert line(fixed, "amountEdit").text() == "39,000원"  # kept while it was hidden
    assert "(39,000원)" in body(fixed).toPlainText()


def test_a_group_with_nothing_for_the_purpose_stays(fixed: DraftPane) -> None:
    # Every group keeps some field for every purpose; none is left as an empty frame.
    for index in range(combo(fixed, "purposeCombo").count()):
        combo(fixed, "purposeCombo").setCurrentIndex(index)
        assert all(not box.isHidden() for box in fixed.form.groups.values())


def test_the_checks_ask_for_the_purposes_facts(
    fixed: DraftPane, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown_checks: list[list[tuple[str, bool, str]]] = []
    monkeypatch.setattr(fixed.preview, "set_checks", shown_checks.append)
    choose(fixed, "purposeCombo", "refund")
    facts = {key: (ok, words) for key, ok, words in shown_checks[-1]}["facts"]
    assert facts == (False, "For a refund, add: payment date, amount, payment method.")
    line(fixed, "amountEdit").setText("39,000원")
    line(fixed, "paymentMethodEdit").setText("card")
    set_day(fixed, "payment_date", TODAY)
    keys = [key for key, _ok, _words in shown_checks[-1]]
    assert keys == ["subject", "details", "facts", "contact"]
    assert shown_checks[-1][2][1] is True
    choose(fixed, "purposeCombo", "general")
    assert [key for key, _ok, _words in shown_checks[-1]] == ["subject", "details", "contact"]


@pytest.mark.usefixtures("korean_window")
def test_an_english_letter_in_a_korean_window(fixed: DraftPane, qtbot: QtBot) -> None:
    fill_basic(fixed)
    qtbot.waitUntil(lambda: subject(fixed).text().startswith("[문의]"))
    assert combo(fixed, "letterLangCombo").currentData() == "ko"  # following the window

    choose(fixed, "letterLangCombo", "en")
    assert subject(fixed).text().startswith("[Inquiry]")
    assert body(fixed).toPlainText().startswith("Dear 한빛전자 customer service team,")
    # The window itself still speaks Korean.
    assert combo(fixed, "purposeCombo").itemText(0) == "일반 문의"
    assert "법률" not in body(fixed).toPlainText()

    # Once chosen, the letter keeps its language when the window changes its own.
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install_language(app, "en")
    QApplication.processEvents()
    i18n.install_language(app, "ko")
    QApplication.processEvents()
    assert subject(fixed).text().startswith("[Inquiry]")
    assert combo(fixed, "letterLangCombo").currentData() == "en"


@pytest.mark.usefixtures("korean_window")
def test_the_withdrawal_window_is_noted_as_guidance(fixed: DraftPane, qtbot: QtBot) -> None:
    note = child(fixed, QLabel, "withdrawalNote")
    choose(fixed, "purposeCombo", "refund")
    assert note.isHidden()
    child(fixed, QCheckBox, "onlinePurchaseCheck").setChecked(True)
    assert "주문·구입·계약한 날이나 물건을 받은 날" in note.text()
    assert "제17조" not in body(fixed).toPlainText()

    set_day(fixed, "delivered_date", TODAY - dt.timedelta(days=1))
    # Delivered on 10 March: the window closes on 17 March, 6 days from today.
    assert not note.isHidden()
    assert "2025년 3월 17일까지" in note.text()
    assert "6일 남았습니다" in note.text()
    assert "이 날짜는 안내이며 법률 자문이 아닙니다." in note.text()
    assert "제17조 제1항" in body(fixed).toPlainText()
    assert "2025년 3월 17일까지" in body(fixed).toPlainText()

    set_day(fixed, "delivered_date", TODAY - dt.timedelta(days=30))
    assert "이미 지났습니다" in note.text()
    assert "제17조" not in body(fixed).toPlainText()

    choose(fixed, "purposeCombo", "exchange")
    assert not shown(fixed, "onlinePurchaseCheck")
    assert note.text() == ""


def test_the_choices_are_remembered_with_the_draft(fixed: DraftPane, qtbot: QtBot) -> None:
    fill_basic(fixed)
    choose(fixed, "purposeCombo", "billing")
    choose(fixed, "letterLangCombo", "ko")
    line(fixed, "expectedAmountEdit").setText("29,000원")
    fixed.mark_clean_exit()

    again = DraftPane(Session(lang="en", calendar=CALENDAR, clock=FakeClock(TUESDAY_MORNING)))
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: body(again).toPlainText() != "")
    assert combo(again, "purposeCombo").currentData() == "billing"
    assert combo(again, "letterLangCombo").currentData() == "ko"
    assert shown(again, "expectedAmountEdit")
    assert subject(again).text().startswith("[청구 오류]")
    assert "29,000원" in body(again).toPlainText()


def test_a_tick_is_saved_and_put_back(fixed: DraftPane, qtbot: QtBot) -> None:
    choose(fixed, "purposeCombo", "repair")
    child(fixed, QCheckBox, "inWarrantyCheck").setChecked(True)
    assert fixed.form.values()["in_warranty"] == "yes"
    assert "free of charge" in body(fixed).toPlainText()
    fixed.form.set_values({"in_warranty": ""})
    assert not child(fixed, QCheckBox, "inWarrantyCheck").isChecked()
    assert "free of charge" not in body(fixed).toPlainText()


def test_a_new_letter_starts_general_in_the_same_language(fixed: DraftPane) -> None:
    fill_basic(fixed)
    choose(fixed, "purposeCombo", "cancel")
    choose(fixed, "letterLangCombo", "ko")
    set_day(fixed, "end_date", TODAY + dt.timedelta(days=20))
    fixed.new_letter()
    assert combo(fixed, "purposeCombo").currentData() == "general"
    assert combo(fixed, "letterLangCombo").currentData() == "ko"
    assert not shown(fixed, "endDateEdit")
    assert fixed.form.date("end_date") is None
    assert subject(fixed).text().startswith("[문의]")


def test_new_dates_start_unknown_and_disabled(fixed: DraftPane) -> None:
    for name in ("orderDate", "paymentDate", "statementDate", "promisedDate", "deliveredDate"):
        assert not child(fixed, QCheckBox, name + "Known").isChecked()
        assert not child(fixed, QDateEdit, name + "Edit").isEnabled()


# -- on a laptop screen, with the most fields a purpose shows -------------------------------------


@pytest.fixture(params=["ko-normal", "ko-large", "en-large"])
def laptop_cancel(
    request: pytest.FixtureRequest, qapp: QApplication, qtbot: QtBot, seams: object
) -> Iterator[QWidget]:
    """The main window at 1024×600 with a cancellation letter: its fields and the legal note."""
    from PySide6.QtGui import QFont

    from fallback_desktop.gui.fonts import apply_text_size, setup_fonts
    from fallback_desktop.gui.main_window import MainWindow
    from tests.gui.window_helpers import workspace_of

    lang, size = str(request.param).split("-")
    original = QFont(qapp.font())
    setup_fonts(qapp, False)
    i18n.install_language(qapp, "ko" if lang == "ko" else "en")
    apply_text_size(qapp, size == "large")
    window = MainWindow(clock=FakeClock(TUESDAY_MORNING))
    qtbot.addWidget(window)
    window.large_text_action.setChecked(size == "large")
    window.resize(laptop_checks.LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    pane = workspace_of(window).draft_pane
    qtbot.waitUntil(lambda: pane.subject_text() != "")
    fill_basic(pane)
    choose(pane, "purposeCombo", "cancel")
    child(pane, QCheckBox, "onlinePurchaseCheck").setChecked(True)
    set_day(pane, "delivered_date", TODAY)
    assert not child(pane, QLabel, "withdrawalNote").isHidden()
    qtbot.waitUntil(lambda: window.size() == laptop_checks.LAPTOP)
    laptop_checks._settle(qtbot)
    yield window
    qapp.setFont(original)
    qapp.setProperty("fallbackBasePointSize", None)


def test_the_purposes_fields_fit_a_laptop_screen(laptop_cancel: QWidget, qtbot: QtBot) -> None:
    laptop_checks.test_no_input_is_cut_at_the_right_edge(laptop_cancel, qtbot)  # type: ignore[arg-type]
    laptop_checks.test_choices_and_labels_show_their_whole_text(laptop_cancel, qtbot)  # type: ignore[arg-type]
