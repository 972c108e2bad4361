"""The case log in the window, grabbed as it stands (used by tools/screenshots.py): the offer to
record a handed-off letter and what it says once recorded, the offer after a timed call, then
the cases view with an overdue case (its banner) and its next steps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

# Example facts only: no real company's contact data.
OVERDUE = {
    "company": "예시마트 온라인몰",
    "product": "무선청소기 VC-20",
    "order_number": "2026-1116-0032",
    "happened": "배송받은 다음 날부터 충전이 되지 않습니다.",
    "wanted": "환불해 주세요.",
}


def _seed(window: object) -> None:
    """An overdue case with a failed call and a web form sent, in the window's own log."""
    from fallback_desktop.core.domain.case import SEOUL, make_attempt, make_case

    session = window.session  # type: ignore[attr-defined]
    store = session.open_cases()
    now = session.now()
    today = now.date()
    opened = today - dt.timedelta(days=13)
    case = store.add_case(
        make_case(
            company=OVERDUE["company"],
            product=OVERDUE["product"],
            order_number=OVERDUE["order_number"],
            happened=OVERDUE["happened"],
            wanted=OVERDUE["wanted"],
            purpose="refund",
            reply_by=today - dt.timedelta(days=9),
            today=today,
            opened_on=opened,
            ordered_on=opened - dt.timedelta(days=3),
            delivered_on=opened - dt.timedelta(days=1),
        )
    )
    assert case.id is not None
    for days, channel, outcome, wait, reference in (
        (12, "phone", "no_answer", 25 * 60, ""),
        (12, "webform", "sent", None, "Q-20261117-118"),
    ):
        moment = dt.datetime.combine(opened + dt.timedelta(days=13 - days), dt.time(9, 40), SEOUL)
        attempt = make_attempt(
            case, channel=channel, at=moment, outcome=outcome, now=now, wait_seconds=wait,
            reference=reference,
        )  # fmt: skip
        store.add_attempt(case.id, attempt)


def shoot_cases(
    window: object, settle: Callable[[], None], grab: Callable[[object, str], None]
) -> None:
    """Grab `record-letter`, `recorded`, `record-call`, `cases` and `cases-next-steps`."""
    from PySide6.QtWidgets import QComboBox, QPushButton, QScrollArea, QTabWidget, QWidget

    assert isinstance(window, QWidget)
    combo = window.findChild(QComboBox, "helperChannelCombo")
    copy = window.findChild(QPushButton, "copyButton")
    if combo is None or copy is None:
        return
    tabs = window.findChild(QTabWidget, "draftTabs")
    if tabs is not None and tabs.isVisible():
        tabs.setCurrentIndex(1)
    combo.setCurrentIndex(combo.findData("email"))
    settle()
    copy.click()
    settle()
    for area in window.findChildren(QScrollArea):
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    settle()
    grab(window, "record-letter")
    sent = window.findChild(QPushButton, "record_sent")
    if sent is not None:
        sent.click()
        settle()
        grab(window, "recorded")
    combo.setCurrentIndex(combo.findData("phone"))
    settle()
    phone = window.workspace.draft_pane.helpers.pages.get("phone")  # type: ignore[attr-defined]
    if phone is not None:
        phone.timer.call_finished.emit(754)
        settle()
        for area in window.findChildren(QScrollArea):
            area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
        settle()
        grab(window, "record-call")
    combo.setCurrentIndex(combo.findData("email"))
    _seed(window)
    views = window.views  # type: ignore[attr-defined]
    index = views.index_of("cases")
    if index is None:
        return
    views.show_view(index)
    view = views.view("cases")
    settle()
    settle()
    for row in range(view.model.rowCount()):
        if OVERDUE["company"] in str(view.model.index(row, 0).data()):
            view.list.selectRow(row)
    settle()
    grab(window, "cases")
    button = window.findChild(QPushButton, "showNextStepsButton")
    if button is not None and button.isVisible():
        button.click()
        settle()
        grab(window, "cases-next-steps")
    views.show_view(0)
    settle()
