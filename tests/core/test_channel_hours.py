"""Hours per channel: each line timed with its own hours, all sharing one holiday calendar."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from fallback_desktop.core.calendar.business import SEOUL, BusinessCalendar
from fallback_desktop.core.domain.channels import CHANNEL_IDS, load_channels
from fallback_desktop.core.domain.hours import (
    DEFAULT_HOURS,
    Hours,
    hours_from_json,
    hours_to_json,
)
from fallback_desktop.core.recommend.ranking import channel_hours
from fallback_desktop.core.text.catalog import render
from tests.shared import CALENDAR


def seoul(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=SEOUL)


HALF_SATURDAY = Hours(saturday=(dt.time(9, 0), dt.time(13, 0)))
ALWAYS = Hours.around_the_clock()
ALWAYS_BUT_HOLIDAYS = Hours.around_the_clock(closed_on_holidays=True)


@pytest.mark.parametrize(
    ("hours", "at", "is_open", "next_opening"),
    [
        # Saturday half-day: open in the morning, no lunch break, closed after 13:00
        (HALF_SATURDAY, "2026-11-28 09:00", True, "2026-11-28 09:00"),
        (HALF_SATURDAY, "2026-11-28 12:30", True, "2026-11-28 12:30"),
        (HALF_SATURDAY, "2026-11-28 13:00", False, "2026-11-30 09:00"),
        (HALF_SATURDAY, "2026-11-27 18:30", False, "2026-11-28 09:00"),  # Friday -> Saturday
        (HALF_SATURDAY, "2026-11-24 12:30", False, "2026-11-24 13:00"),  # weekday lunch stays
        (HALF_SATURDAY, "2026-09-26 10:00", False, "2026-09-28 09:00"),  # 추석 Saturday: closed
        # 24 hours: every hour of every day, holidays too
        (ALWAYS, "2026-11-22 03:00", True, "2026-11-22 03:00"),  # Sunday night
        (ALWAYS, "2026-11-24 12:30", True, "2026-11-24 12:30"),  # no lunch break
        (ALWAYS, "2026-09-25 10:00", True, "2026-09-25 10:00"),  # 추석
        # 24 hours but closed on public holidays
        (ALWAYS_BUT_HOLIDAYS, "2026-09-25 10:00", False, "2026-09-27 00:00"),  # 추석 ends Sat
        (ALWAYS_BUT_HOLIDAYS, "2026-11-22 03:00", True, "2026-11-22 03:00"),
        # The defaults: weekdays with lunch, closed at weekends and on holidays
        (DEFAULT_HOURS, "2026-11-28 10:00", False, "2026-11-30 09:00"),
        (DEFAULT_HOURS, "2026-11-24 12:00", False, "2026-11-24 13:00"),
        (DEFAULT_HOURS, "2026-02-16 10:00", False, "2026-02-19 09:00"),  # 설날
    ],
)
def test_each_kind_of_hours(hours: Hours, at: str, is_open: bool, next_opening: str) -> None:
    calendar = CALENDAR.for_hours(hours)
    assert calendar.is_open(seoul(at)) is is_open
    assert calendar.next_opening(seoul(at)) == seoul(next_opening)


def test_other_hours_share_the_one_holiday_calendar() -> None:
    base = BusinessCalendar(
        overrides={dt.date(2026, 11, 25): {"ko": "임시공휴일", "en": "Day off"}}
    )
    chat = base.for_hours(HALF_SATURDAY)
    assert chat is base.for_hours(Hours(saturday=(dt.time(9, 0), dt.time(13, 0))))
    assert chat.for_hours(DEFAULT_HOURS) is base
    assert chat.holiday_name(dt.date(2026, 11, 25), "ko") == "임시공휴일"
    assert not chat.is_open(seoul("2026-11-25 10:00"))
    chat.holiday_name(dt.date(2027, 5, 5), "en")  # a year looked up through one sibling ...
    assert base._holiday_years is chat._holiday_years  # ... is known to all of them


@pytest.mark.parametrize(
    ("at", "days", "expected"),
    [
        ("2026-11-24 10:30", 1, "2026-11-25 10:30"),
        ("2026-11-27 10:30", 1, "2026-11-30 10:30"),  # Friday -> Monday
        ("2026-11-22 22:00", 1, "2026-11-24 09:00"),  # Sunday night: Monday opens, Tuesday
        ("2026-11-22 22:00", 3, "2026-11-26 09:00"),
        ("2026-09-23 10:00", 1, "2026-09-28 10:00"),  # across 추석 (24–26) and the weekend
        ("2026-11-24 12:30", 1, "2026-11-25 13:00"),  # queued at lunch: after lunch next day
    ],
)
def test_business_days_count_only_staffed_days(at: str, days: int, expected: str) -> None:
    assert CALENDAR.add_business_days(seoul(at), days) == seoul(expected)


def test_the_calendar_knows_the_years_of_its_holiday_table() -> None:
    assert CALENDAR.covers(dt.date(2026, 11, 24))
    assert CALENDAR.covers(seoul(f"{CALENDAR.first_year}-01-01 00:00"))
    assert CALENDAR.covers(seoul(f"{CALENDAR.last_year}-12-31 23:59"))
    assert not CALENDAR.covers(dt.date(1900, 1, 1))
    assert not CALENDAR.covers(dt.date(2100, 1, 1))
    # The same instant is Seoul's New Year already.
    assert CALENDAR.covers(dt.datetime(CALENDAR.first_year - 1, 12, 31, 20, 0, tzinfo=dt.UTC))


@pytest.mark.parametrize(
    "hours",
    [
        DEFAULT_HOURS,
        HALF_SATURDAY,
        ALWAYS,
        ALWAYS_BUT_HOLIDAYS,
        Hours(weekdays=frozenset({0, 2, 4}), opens=dt.time(10), closes=dt.time(0), lunch=None),
        Hours(closed_on_holidays=False, lunch=(dt.time(11, 30), dt.time(12, 30))),
    ],
)
def test_hours_round_trip_through_json(hours: Hours) -> None:
    assert hours_from_json(hours_to_json(hours)) == hours


def test_a_directory_entry_fills_in_only_what_it_knows() -> None:
    assert hours_from_json({}) == DEFAULT_HOURS
    assert hours_from_json({"saturday": ["09:00", "13:00"]}) == HALF_SATURDAY
    assert hours_from_json({"around_the_clock": True}) == ALWAYS
    assert hours_from_json({"lunch": None}).lunch is None
    assert hours_from_json({"closes": "24:00", "lunch": None}).closes == dt.time(0)


@pytest.mark.parametrize(
    "bad",
    [
        {"opens": "9 o'clock"},
        {"weekdays": "mon-fri"},
        {"lunch": ["13:00"]},
        {"closed_on_holidays": "yes"},
        {"opens": "18:00", "closes": "09:00"},
        {"weekdays": [], "saturday": None},
        {"saturday": ["13:00", "09:00"]},
    ],
)
def test_bad_hours_are_refused_with_a_reason(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - each case has its own message
        hours_from_json(bad)


def test_hours_are_worded_in_both_languages() -> None:
    assert render(DEFAULT_HOURS.describe(), "ko") == (
        "평일 09:00–18:00 (점심 12:00–13:00 제외) · 공휴일 휴무"
    )
    assert render(HALF_SATURDAY.describe(), "en") == (
        "weekdays 09:00–18:00 (closed 12:00–13:00 for lunch) · Sat 09:00–13:00"
        " · closed on public holidays"
    )
    assert render(ALWAYS.describe(), "ko") == "24시간 · 공휴일에도 운영"


def test_every_channel_has_default_hours_and_a_company_replaces_them_one_by_one() -> None:
    channels = {c.id: c for c in load_channels()}
    assert list(channels) == list(CHANNEL_IDS)
    staffed = [cid for cid in CHANNEL_IDS if cid != "portal"]
    assert all(channels[cid].hours == DEFAULT_HOURS for cid in staffed)
    assert channels["portal"].hours.is_around_the_clock
    used = channel_hours({"chat": HALF_SATURDAY})
    assert used["chat"] == HALF_SATURDAY
    assert all(used[cid] == channels[cid].hours for cid in CHANNEL_IDS if cid != "chat")


@pytest.mark.parametrize(
    ("channel", "ko"),
    [
        ("phone", "상담 시간: 평일 09:00–18:00"),
        ("chat", "상담 시간: 평일 09:00–18:00"),
        ("messenger", "챗봇은 언제든 · 상담원: 평일 09:00–18:00"),
        ("webform", "언제든 접수 · 답변: 평일 09:00–18:00"),
        ("email", "언제든 접수 · 답변: 평일 09:00–18:00"),
        ("portal", "언제든 (사람이 답하지 않음)"),
    ],
)
def test_each_channel_says_how_its_hours_apply(channel: str, ko: str) -> None:
    found = next(c for c in load_channels() if c.id == channel)
    assert render(found.hours_words(), "ko").startswith(ko)
    saturday = render(found.hours_words(HALF_SATURDAY), "ko")
    assert channel == "portal" or "토 09:00–13:00" in saturday
