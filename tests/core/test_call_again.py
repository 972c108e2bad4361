"""When to call again after a call that did not get through, worked out by hand around lunch,
the evening, a weekend and a holiday, on the usual and on a company's own phone hours."""

from __future__ import annotations

import datetime as dt

import pytest

from fallback_desktop.core.calendar.business import SEOUL, BusinessCalendar
from fallback_desktop.core.domain.case import CaseRecord, make_attempt, make_case
from fallback_desktop.core.domain.hours import hours_from_json
from fallback_desktop.core.recommend.call_again import call_again_at

CALENDAR = BusinessCalendar()


def _record(now: dt.datetime, *tries: tuple[str, str, object]) -> CaseRecord:
    today = now.date()
    case = make_case(
        company="가나전자", reply_by=today + dt.timedelta(days=3), today=today,
        opened_on=today - dt.timedelta(days=20), id=1,
    )  # fmt: skip
    attempts = []
    for minutes, (channel, outcome, reply) in enumerate(tries, start=1):
        at = now - dt.timedelta(days=1, minutes=100 - minutes)
        attempts.append(
            make_attempt(
                case,
                channel=channel,
                at=at,
                outcome=outcome,
                now=now,
                reply_at=at + dt.timedelta(minutes=5) if reply else None,
            )
        )
    return CaseRecord(case, tuple(attempts))


def _at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=SEOUL)


@pytest.mark.parametrize(("now", "expected"), [
    ("2026-11-27 10:30", "2026-11-27 13:00"),  # Friday morning: after lunch
    ("2026-11-27 12:20", "2026-11-27 13:00"),  # at lunch
    ("2026-11-27 14:00", "2026-11-30 09:00"),  # Friday afternoon: Monday morning
    ("2026-11-27 19:00", "2026-11-30 09:00"),  # Friday evening
    ("2026-11-28 11:00", "2026-11-30 09:00"),  # Saturday
    ("2026-09-23 15:00", "2026-09-28 09:00"),  # the Wednesday before 추석 (24th–26th Sept)
    ("2026-10-02 19:00", "2026-10-06 09:00"),  # 개천절 on Saturday, its substitute on Monday
])  # fmt: skip
def test_after_a_call_that_did_not_get_through(now: str, expected: str) -> None:
    moment = _at(now)
    record = _record(moment, ("email", "sent", False), ("phone", "busy", False))
    assert call_again_at(record, moment, CALENDAR) == _at(expected)


def test_the_companys_own_phone_hours_are_used() -> None:
    moment = _at("2026-11-27 19:00")  # Friday evening; this line is open on Saturday mornings
    hours = {"phone": hours_from_json({"saturday": ["09:00", "13:00"]})}
    record = _record(moment, ("phone", "no_answer", False))
    assert call_again_at(record, moment, CALENDAR, hours) == _at("2026-11-28 09:00")


@pytest.mark.parametrize("tries", [
    (),
    (("phone", "answered", False),),
    (("phone", "busy", False), ("webform", "sent", False)),  # the latest was not a call
    (("email", "sent", True), ("phone", "cut_off", False)),  # they replied in writing
])  # fmt: skip
def test_nothing_to_call_again_about(tries: tuple[tuple[str, str, bool], ...]) -> None:
    moment = _at("2026-11-27 10:30")
    assert call_again_at(_record(moment, *tries), moment, CALENDAR) is None
