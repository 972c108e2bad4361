"""Korean business hours: open now, when it opens next, holidays and a company's own hours."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from fallback_desktop.core.calendar.business import (
    DEFAULT_HOURS,
    SEOUL,
    BusinessCalendar,
    Hours,
    to_seoul,
)
from fallback_desktop.core.calendar.holidays import load_overrides
from fallback_desktop.paths import resource

TEMPORARY_HOLIDAY = dt.date(2026, 11, 25)  # an ordinary Wednesday, made a day off for the test


def seoul(text: str) -> dt.datetime:
    """'2026-11-24 10:00' as a Seoul time."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=SEOUL)


@pytest.fixture
def calendar() -> BusinessCalendar:
    return BusinessCalendar()


@pytest.mark.parametrize(
    ("at", "is_open", "next_opening"),
    [
        ("2026-11-24 10:00", True, "2026-11-24 10:00"),  # Tuesday morning
        ("2026-11-24 09:00", True, "2026-11-24 09:00"),  # the opening minute counts as open
        ("2026-11-24 08:59", False, "2026-11-24 09:00"),
        ("2026-11-24 12:00", False, "2026-11-24 13:00"),  # lunch starts: closed
        ("2026-11-24 12:30", False, "2026-11-24 13:00"),
        ("2026-11-24 13:00", True, "2026-11-24 13:00"),  # back from lunch
        ("2026-11-24 18:00", False, "2026-11-25 09:00"),  # closing minute is already closed
        ("2026-11-20 19:00", False, "2026-11-23 09:00"),  # Friday evening -> Monday
        ("2026-11-21 11:00", False, "2026-11-23 09:00"),  # Saturday
        ("2026-11-22 23:59", False, "2026-11-23 09:00"),  # Sunday night
    ],
)
def test_open_now_and_next_opening_on_ordinary_days(
    calendar: BusinessCalendar, at: str, is_open: bool, next_opening: str
) -> None:
    assert calendar.is_open(seoul(at)) is is_open
    assert calendar.next_opening(seoul(at)) == seoul(next_opening)


@pytest.mark.parametrize(
    ("at", "next_opening"),
    [
        # 추석 2026 runs Thursday to Saturday, then the weekend
        ("2026-09-23 18:30", "2026-09-28 09:00"),
        ("2026-09-25 10:00", "2026-09-28 09:00"),
        # 개천절 (Fri) + weekend + 추석 with its substitute day (Wed) + 한글날 (Thu) in 2025
        ("2025-10-02 18:00", "2025-10-10 09:00"),
        ("2025-10-08 10:00", "2025-10-10 09:00"),
        # 삼일절 2026 falls on a Sunday; Monday is its substitute holiday
        ("2026-02-27 18:00", "2026-03-03 09:00"),
        # the 2026 local election day
        ("2026-06-03 10:00", "2026-06-04 09:00"),
        # 설날 2026 (Mon-Wed)
        ("2026-02-13 18:00", "2026-02-19 09:00"),
    ],
)
def test_next_opening_skips_holiday_runs(
    calendar: BusinessCalendar, at: str, next_opening: str
) -> None:
    assert not calendar.is_open(seoul(at))
    assert calendar.next_opening(seoul(at)) == seoul(next_opening)


@pytest.mark.parametrize(
    ("day", "ko", "en"),
    [
        (dt.date(2026, 9, 25), "추석", "Chuseok"),
        (dt.date(2025, 10, 8), "추석 대체 휴일", "Alternative holiday for Chuseok"),
        (
            dt.date(2026, 3, 2),
            "삼일절 대체 휴일",
            "Alternative holiday for Independence Movement Day",
        ),
        (dt.date(2026, 6, 3), "지방선거일", "Local Election Day"),
    ],
)
def test_holidays_are_named_in_both_languages(
    calendar: BusinessCalendar, day: dt.date, ko: str, en: str
) -> None:
    assert calendar.holiday_name(day, "ko") == ko
    assert calendar.holiday_name(day, "en") == en
    assert not calendar.is_business_day(day)


def test_an_ordinary_weekday_has_no_holiday_name(calendar: BusinessCalendar) -> None:
    assert calendar.holiday_name(dt.date(2026, 11, 24), "ko") is None
    assert calendar.is_business_day(dt.date(2026, 11, 24))


def test_an_override_date_closes_the_line() -> None:
    names = {"ko": "임시공휴일", "en": "Temporary holiday"}
    calendar = BusinessCalendar(overrides={TEMPORARY_HOLIDAY: names})
    assert calendar.holiday_name(TEMPORARY_HOLIDAY, "ko") == "임시공휴일"
    assert calendar.holiday_name(TEMPORARY_HOLIDAY, "en") == "Temporary holiday"
    assert not calendar.is_open(seoul("2026-11-25 10:00"))
    assert calendar.next_opening(seoul("2026-11-24 18:00")) == seoul("2026-11-26 09:00")


def test_the_shipped_override_file_loads_and_names_every_day_in_both_languages() -> None:
    document = json.loads(resource("data", "holiday_overrides.json").read_text(encoding="utf-8"))
    assert document["about"].strip()
    overrides = load_overrides()
    assert len(overrides) == len(document["holidays"])
    for names in overrides.values():
        assert names["ko"]
        assert names["en"]
    calendar = BusinessCalendar()
    assert not any(calendar.is_business_day(day) for day in overrides)


def test_an_override_file_is_read_and_bad_entries_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "overrides.json"
    entries = [
        {"date": "2026-11-25", "ko": "임시공휴일", "en": "Temporary holiday"},
        {"date": "25/11/2026", "ko": "잘못된 날짜", "en": "Bad date"},
        {"date": "2026-11-26", "ko": "영어 이름 없음"},
    ]
    path.write_text(json.dumps({"about": "test", "holidays": entries}), encoding="utf-8")
    assert load_overrides(path) == {
        TEMPORARY_HOLIDAY: {"ko": "임시공휴일", "en": "Temporary holiday"}
    }


@pytest.mark.parametrize(
    "content",
    [None, b"", b"{not json", b"[1, 2]", b'{"holidays": "2026-11-25"}', b"\xff\xfe\x00broken"],
    ids=["missing", "empty", "broken", "a list", "not a list", "not utf-8"],
)
def test_a_missing_or_broken_override_file_means_no_extra_holidays(
    tmp_path: Path, content: bytes | None
) -> None:
    path = tmp_path / "overrides.json"
    if content is not None:
        path.write_bytes(content)
    assert load_overrides(path) == {}


def test_input_in_another_offset_is_read_as_seoul_time(calendar: BusinessCalendar) -> None:
    at = dt.datetime.fromisoformat("2026-11-24T01:30:00+00:00")  # 10:30 in Seoul
    assert to_seoul(at) == seoul("2026-11-24 10:30")
    assert to_seoul(at).tzinfo == SEOUL
    assert calendar.is_open(at)
    # 09:30 UTC on Tuesday is 18:30 in Seoul: closed until Wednesday morning
    evening = dt.datetime.fromisoformat("2026-11-24T09:30:00+00:00")
    assert calendar.next_opening(evening) == seoul("2026-11-25 09:00")


def test_a_naive_time_is_refused(calendar: BusinessCalendar) -> None:
    with pytest.raises(ValueError, match="timezone"):
        calendar.is_open(dt.datetime(2026, 11, 24, 10, 0))


def test_next_opening_returns_the_same_moment_when_open(calendar: BusinessCalendar) -> None:
    at = dt.datetime.fromisoformat("2026-11-24T01:30:00+00:00")
    assert calendar.next_opening(at) == at
    assert calendar.next_opening(at).tzinfo == SEOUL


@pytest.mark.parametrize(
    ("at", "minutes"),
    [
        ("2026-11-24 10:00", 0),
        ("2026-11-24 12:30", 30),
        ("2026-11-24 12:59:30", 1),  # part of a minute rounds up
        ("2026-11-24 08:00", 60),
        ("2026-11-24 18:00", 15 * 60),
        ("2026-11-20 18:00", (2 * 24 + 15) * 60),  # Friday close -> Monday 09:00
    ],
)
def test_minutes_until_open(calendar: BusinessCalendar, at: str, minutes: int) -> None:
    assert calendar.minutes_until_open(seoul(at)) == minutes


@pytest.mark.parametrize(
    ("at", "closes"),
    [
        ("2026-11-24 11:30", "2026-11-24 12:00"),  # the lunch break ends the morning
        ("2026-11-24 09:00", "2026-11-24 12:00"),
        ("2026-11-24 13:00", "2026-11-24 18:00"),
        ("2026-11-24 17:59", "2026-11-24 18:00"),
        ("2026-11-24 12:15", None),
        ("2026-11-24 18:00", None),
        ("2026-11-21 10:00", None),
    ],
)
def test_closes_at(calendar: BusinessCalendar, at: str, closes: str | None) -> None:
    expected = None if closes is None else seoul(closes)
    assert calendar.closes_at(seoul(at)) == expected


def test_default_day_is_split_by_lunch(calendar: BusinessCalendar) -> None:
    assert calendar.open_intervals(dt.date(2026, 11, 24)) == [
        (seoul("2026-11-24 09:00"), seoul("2026-11-24 12:00")),
        (seoul("2026-11-24 13:00"), seoul("2026-11-24 18:00")),
    ]
    assert calendar.open_intervals(dt.date(2026, 9, 25)) == []


SATURDAY_SHOP = Hours(
    weekdays=frozenset({0, 1, 2, 3, 4, 5}),
    opens=dt.time(9, 0),
    closes=dt.time(13, 0),
    lunch=None,
)


@pytest.mark.parametrize(
    ("at", "is_open", "next_opening"),
    [
        ("2026-11-21 10:00", True, "2026-11-21 10:00"),  # Saturday morning
        ("2026-11-24 12:30", True, "2026-11-24 12:30"),  # no lunch break
        ("2026-11-21 13:00", False, "2026-11-23 09:00"),  # Saturday close -> Monday
        ("2026-11-20 14:00", False, "2026-11-21 09:00"),  # Friday afternoon -> Saturday
        ("2026-09-26 10:00", False, "2026-09-28 09:00"),  # a holiday Saturday stays closed
    ],
)
def test_a_company_with_its_own_hours(at: str, is_open: bool, next_opening: str) -> None:
    calendar = BusinessCalendar(SATURDAY_SHOP, overrides={})
    assert calendar.is_open(seoul(at)) is is_open
    assert calendar.next_opening(seoul(at)) == seoul(next_opening)


def test_a_line_that_works_on_holidays_is_open_on_chuseok() -> None:
    hours = Hours(closed_on_holidays=False)
    calendar = BusinessCalendar(hours, overrides={})
    assert calendar.is_open(seoul("2026-09-25 10:00"))
    assert calendar.holiday_name(dt.date(2026, 9, 25), "ko") == "추석"


def test_a_line_open_until_midnight() -> None:
    calendar = BusinessCalendar(Hours(closes=dt.time(0, 0), lunch=None), overrides={})
    assert calendar.is_open(seoul("2026-11-24 23:59"))
    assert calendar.closes_at(seoul("2026-11-24 23:00")) == seoul("2026-11-25 00:00")


@pytest.mark.parametrize(
    "make_hours",
    [
        lambda: Hours(weekdays=frozenset()),
        lambda: Hours(weekdays=frozenset({7})),
        lambda: Hours(opens=dt.time(18, 0), closes=dt.time(9, 0)),
        lambda: Hours(lunch=(dt.time(13, 0), dt.time(12, 0))),
    ],
    ids=["no weekdays", "weekday out of range", "closes before it opens", "lunch backwards"],
)
def test_impossible_hours_are_refused(make_hours: Callable[[], Hours]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - each case has its own message
        make_hours()


def test_search_for_an_opening_ends_when_the_line_never_opens() -> None:
    everyday_off = {
        dt.date(2026, 1, 1) + dt.timedelta(days=n): {"ko": "휴무", "en": "Closed"}
        for n in range(800)
    }
    calendar = BusinessCalendar(overrides=everyday_off)
    with pytest.raises(ValueError, match="no staffed hours"):
        calendar.next_opening(seoul("2026-01-01 10:00"))


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2026, 12, 1), True),  # Tuesday, first business day of December
        (dt.date(2026, 12, 31), True),  # Thursday, last business day
        (dt.date(2026, 12, 2), False),
        (dt.date(2026, 11, 2), True),  # Monday after a weekend that began the month
        (dt.date(2026, 11, 30), True),  # Monday, last business day of November
        (dt.date(2026, 11, 1), False),  # Sunday
        (dt.date(2026, 10, 30), True),  # Friday, last business day of October
        (dt.date(2026, 10, 1), True),
        (dt.date(2026, 10, 2), False),
    ],
)
def test_first_or_last_business_day_of_month(
    calendar: BusinessCalendar, day: dt.date, expected: bool
) -> None:
    assert calendar.is_first_or_last_business_day_of_month(day) is expected


def test_default_hours_are_weekdays_nine_to_six_with_lunch() -> None:
    assert Hours() == DEFAULT_HOURS
    assert DEFAULT_HOURS.weekdays == frozenset(range(5))
    assert DEFAULT_HOURS.lunch == (dt.time(12, 0), dt.time(13, 0))
