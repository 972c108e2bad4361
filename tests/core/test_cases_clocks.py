"""A case's clocks and its reminders: the reply-by day in Korean business days, the legal
deadlines its known days start (dates worked out by hand), and the .ics file — read back with
vobject, a parser that has nothing to do with the icalendar library that wrote it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
import vobject

from fallback_desktop.core.calendar.case_clocks import clock_key, legal_clocks, reminders
from fallback_desktop.core.domain.case import SEOUL, Case, make_case
from fallback_desktop.core.handoff.ics import PRODID, reminders_ics
from fallback_desktop.core.writing.drafting import default_reply_by
from tests.shared import CALENDAR

TODAY = dt.date(2026, 11, 30)
NOW = dt.datetime(2026, 11, 30, 10, 0, tzinfo=SEOUL)


def _case(**more: object) -> Case:
    values: dict[str, object] = {
        "company": "가나전자",
        "product": "세탁기 XY-100",
        "reply_by": dt.date(2026, 12, 2),
        "today": TODAY,
        "opened_on": dt.date(2026, 11, 23),
    }
    return replace(make_case(**{**values, **more}), id=12)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("opened", "expected"),
    [
        (dt.date(2026, 11, 27), dt.date(2026, 12, 2)),  # Fri: Mon, Tue, Wed
        (dt.date(2026, 11, 23), dt.date(2026, 11, 26)),  # Mon: Tue, Wed, Thu
        # 추석 2026 is Thu 24 – Sat 26 September: Mon 28, Tue 29, Wed 30.
        (dt.date(2026, 9, 23), dt.date(2026, 9, 30)),
        # 개천절 falls on Saturday 3 October 2026; its substitute is Monday the 5th, and
        # 한글날 is Friday the 9th: Tue 6, Wed 7, Thu 8.
        (dt.date(2026, 10, 2), dt.date(2026, 10, 8)),
        (dt.date(2026, 10, 7), dt.date(2026, 10, 13)),  # Thu 8, (Fri 9 한글날), Mon 12, Tue 13
        (dt.date(2026, 12, 31), dt.date(2027, 1, 6)),  # (1 Jan) Mon 4, Tue 5, Wed 6
    ],
)
def test_the_default_reply_by_is_three_korean_business_days(
    opened: dt.date, expected: dt.date
) -> None:
    assert default_reply_by(opened, CALENDAR) == expected


def test_the_legal_clocks_a_case_starts_worked_out_by_hand() -> None:
    case = _case(
        ordered_on=dt.date(2026, 11, 15),
        delivered_on=dt.date(2026, 11, 18),
        incident_date=dt.date(2026, 11, 20),
    )
    clocks = {clock_key(c): c.deadline for c in legal_clocks(case, CALENDAR)}
    # §17①: 7 days from the later of order and delivery (18 Nov) = 25 Nov.
    # §17③: 3 months from delivery (18 Feb 2027) and 30 days from finding out (20 Nov →
    # 20 Dec): the earlier.
    assert clocks == {"withdrawal": dt.date(2026, 11, 25), "mismatch": dt.date(2026, 12, 20)}


def test_an_incident_before_the_delivery_does_not_shorten_the_mismatch_window() -> None:
    case = _case(delivered_on=dt.date(2026, 11, 18), incident_date=dt.date(2026, 11, 10))
    mismatch = [c for c in legal_clocks(case, CALENDAR) if clock_key(c) == "mismatch"]
    assert mismatch[0].deadline == dt.date(2026, 12, 18)  # 30 days from the delivery


def test_the_refund_clock_counts_business_days_from_the_return() -> None:
    case = _case(delivered_on=dt.date(2026, 11, 18), returned_on=dt.date(2026, 11, 24))
    refund = [c for c in legal_clocks(case, CALENDAR) if clock_key(c) == "refund"]
    assert refund[0].deadline == dt.date(2026, 11, 27)  # Tue 24: Wed 25, Thu 26, Fri 27
    # Thu 24 Dec 2026: Christmas (Fri) and the weekend do not count: Mon 28, Tue 29, Wed 30.
    christmas = replace(case, returned_on=dt.date(2026, 12, 24))
    refund = [c for c in legal_clocks(christmas, CALENDAR) if clock_key(c) == "refund"]
    assert refund[0].deadline == dt.date(2026, 12, 30)
    assert not legal_clocks(_case(), CALENDAR)  # no days known: no clock


def test_reminders_cover_reply_by_open_legal_deadlines_and_a_call() -> None:
    case = _case(ordered_on=dt.date(2026, 11, 15), delivered_on=dt.date(2026, 11, 18))
    call = dt.datetime(2026, 12, 7, 0, 0, tzinfo=dt.UTC)  # 09:00 in Seoul
    found = reminders(case, CALENDAR, TODAY, call_again=call)
    # The withdrawal window ended on 25 Nov, before today: no reminder for it.
    assert [r.key for r in found] == ["reply_by", "legal_mismatch", "call_again"]
    assert [r.start for r in found] == [
        dt.date(2026, 12, 2),
        dt.date(2026, 12, 18),  # 30 days from the delivery: before 3 months from it
        dt.datetime(2026, 12, 7, 9, 0, tzinfo=SEOUL),
    ]
    assert len({r.uid for r in found}) == 3
    again = reminders(case, CALENDAR, TODAY, call_again=call)
    assert [r.uid for r in again] == [r.uid for r in found]  # stable: a calendar updates them
    assert "가나전자" not in found[0].uid  # no personal data in an id


def _unfolded_lines(data: bytes) -> list[str]:
    assert b"\r\n" in data
    assert b"\n" not in data.replace(b"\r\n", b"")  # every line ends in CRLF
    for line in data.split(b"\r\n"):
        assert len(line) <= 75, line  # RFC 5545 §3.1: folded at 75 octets
    return data.decode("utf-8").replace("\r\n ", "").split("\r\n")


def test_the_ics_file_reads_back_with_another_parser() -> None:
    case = _case(ordered_on=dt.date(2026, 11, 15), delivered_on=dt.date(2026, 11, 18))
    call = dt.datetime(2026, 12, 7, 9, 0, tzinfo=SEOUL)
    data = reminders_ics(reminders(case, CALENDAR, TODAY, call_again=call), "ko", NOW)
    lines = _unfolded_lines(data)
    assert f"PRODID:{PRODID}" in lines

    calendar = vobject.readOne(data.decode("utf-8"))
    assert calendar.version.value == "2.0"
    events = {
        event.uid.value.split("-", 3)[-1].split("@")[0]: event for event in calendar.vevent_list
    }
    assert set(events) == {"reply_by", "legal_mismatch", "call_again"}

    reply = events["reply_by"]
    assert reply.dtstart.value == dt.date(2026, 12, 2)  # all day: a date, not a time
    assert not isinstance(reply.dtstart.value, dt.datetime)
    assert reply.dtend.value == dt.date(2026, 12, 3)
    assert reply.summary.value == "답변 기한: 가나전자 · 세탁기 XY-100"
    assert "2026년 12월 2일까지" in reply.description.value
    assert "1372" in reply.description.value
    assert reply.valarm.trigger.value == dt.timedelta(hours=9)  # 09:00 that day
    assert reply.valarm.action.value == "DISPLAY"
    assert reply.dtstamp.value == NOW.astimezone(dt.UTC)

    legal = events["legal_mismatch"]
    assert legal.dtstart.value == dt.date(2026, 12, 18)
    assert "전자상거래법 제17조 제3항" in legal.description.value
    assert "이 날짜는 안내이며 법률 자문이 아닙니다." in legal.description.value
    assert legal.valarm.trigger.value == -dt.timedelta(hours=15)  # 09:00 the day before

    timed = events["call_again"]
    start = timed.dtstart.value
    assert isinstance(start, dt.datetime)
    assert start == call
    assert start.utcoffset() == dt.timedelta(hours=9)  # its zone came with the file
    assert timed.dtend.value - start == dt.timedelta(minutes=15)
    assert timed.summary.value.startswith("다시 전화하기: 가나전자")
    assert timed.valarm.trigger.value == -dt.timedelta(minutes=10)


def test_the_ics_file_speaks_english_when_asked() -> None:
    data = reminders_ics(reminders(_case(), CALENDAR, TODAY), "en", NOW)
    event = vobject.readOne(data.decode("utf-8")).vevent
    assert event.summary.value == "Reply due: 가나전자 · 세탁기 XY-100"
    assert "by 2 December 2026" in event.description.value


def test_a_naive_stamp_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        reminders_ics([], "ko", dt.datetime(2026, 11, 30))
