"""The published phone load pattern: busy Mondays and midday, quiet Wednesdays and day edges."""

from __future__ import annotations

import datetime as dt
from statistics import mean

import pytest

from fallback_desktop.core.calendar.business import SEOUL, BusinessCalendar, Hours
from fallback_desktop.core.recommend.phone_load import (
    BUSY_LOAD,
    LOAD_SOURCE,
    best_time_to_call,
    phone_advice,
    quietest_hours,
    relative_load,
    weekly_grid,
)
from fallback_desktop.core.text.catalog import msg, render
from fallback_desktop.core.text.timefmt import Duration, Moment

# An ordinary week in November 2026, clear of holidays and of month boundaries.
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY = (dt.date(2026, 11, 16 + n) for n in range(5))


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=SEOUL)


def load(calendar: BusinessCalendar, day: dt.date, hour: int) -> float:
    value = relative_load(at(day, hour), calendar)
    assert value is not None, f"expected the line to be open on {day} at {hour}:00"
    return value


def day_average(calendar: BusinessCalendar, day: dt.date) -> float:
    return mean(load(calendar, day, hour) for hour in (9, 10, 11, 13, 14, 15, 16, 17))


@pytest.fixture
def calendar() -> BusinessCalendar:
    return BusinessCalendar(overrides={})


def test_monday_runs_about_one_third_above_average(calendar: BusinessCalendar) -> None:
    week_average = mean(day_average(calendar, day) for day in (TUESDAY, WEDNESDAY, THURSDAY))
    assert day_average(calendar, MONDAY) == pytest.approx(1.3, abs=0.05)
    assert day_average(calendar, MONDAY) > day_average(calendar, TUESDAY)
    assert week_average < 1.0


def test_wednesday_is_the_lightest_day(calendar: BusinessCalendar) -> None:
    others = (MONDAY, TUESDAY, THURSDAY, FRIDAY)
    assert all(day_average(calendar, WEDNESDAY) < day_average(calendar, day) for day in others)


@pytest.mark.parametrize("day", [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY])
def test_midday_is_busier_than_the_edges_of_the_day(
    calendar: BusinessCalendar, day: dt.date
) -> None:
    midday = [load(calendar, day, hour) for hour in (11, 13)]
    edges = [load(calendar, day, hour) for hour in (9, 16, 17)]
    assert min(midday) > max(edges)
    assert load(calendar, day, 13) >= load(calendar, day, 11)  # queues grow right after lunch


def test_a_line_open_over_lunch_is_busy_at_noon() -> None:
    calendar = BusinessCalendar(Hours(lunch=None), overrides={})
    assert load(calendar, TUESDAY, 12) > load(calendar, TUESDAY, 10)
    assert load(calendar, TUESDAY, 12) > load(calendar, TUESDAY, 16)


@pytest.mark.parametrize(
    ("busy_day", "ordinary_day"),
    [
        (dt.date(2026, 12, 1), dt.date(2026, 12, 8)),  # first business day, a Tuesday
        (dt.date(2026, 12, 31), dt.date(2026, 12, 24)),  # last business day, a Thursday
        (dt.date(2026, 11, 30), dt.date(2026, 11, 23)),  # last business day, a Monday
    ],
)
def test_month_boundary_days_are_heavier(
    calendar: BusinessCalendar, busy_day: dt.date, ordinary_day: dt.date
) -> None:
    assert busy_day.weekday() == ordinary_day.weekday()
    assert load(calendar, busy_day, 10) > load(calendar, ordinary_day, 10)


@pytest.mark.parametrize(
    "moment",
    [
        at(TUESDAY, 8, 59),
        at(TUESDAY, 12, 30),
        at(TUESDAY, 18),
        at(dt.date(2026, 11, 21), 10),  # Saturday
        at(dt.date(2026, 9, 25), 10),  # 추석
    ],
)
def test_closed_hours_have_no_load(calendar: BusinessCalendar, moment: dt.datetime) -> None:
    assert relative_load(moment, calendar) is None


def test_load_reads_times_in_other_offsets_as_seoul(calendar: BusinessCalendar) -> None:
    utc = dt.datetime(2026, 11, 17, 2, 0, tzinfo=dt.UTC)  # Tuesday 11:00 in Seoul
    assert relative_load(utc, calendar) == load(calendar, TUESDAY, 11)


def test_weekly_grid_covers_seven_days_of_twenty_four_hours() -> None:
    grid = weekly_grid()
    assert sorted(grid) == list(range(7))
    assert all(sorted(hours) == list(range(24)) for hours in grid.values())


def test_weekly_grid_shows_closed_hours_as_empty() -> None:
    grid = weekly_grid()
    open_hours = {9, 10, 11, 13, 14, 15, 16, 17}
    for weekday in range(5):
        assert {hour for hour, value in grid[weekday].items() if value is not None} == open_hours
    assert all(value is None for weekday in (5, 6) for value in grid[weekday].values())
    monday_ten, wednesday_ten = grid[0][10], grid[2][10]
    assert monday_ten is not None
    assert wednesday_ten is not None
    assert monday_ten > wednesday_ten


def test_weekly_grid_follows_a_company_s_own_hours() -> None:
    hours = Hours(
        weekdays=frozenset(range(6)), opens=dt.time(9, 30), closes=dt.time(13), lunch=None
    )
    grid = weekly_grid(BusinessCalendar(hours, overrides={}))
    assert grid[5][9] is not None  # open from 09:30, so the 9 o'clock hour counts
    assert grid[5][12] is not None
    assert grid[5][13] is None
    assert all(value is None for value in grid[6].values())


def test_quietest_hours_are_the_edges_of_the_day(calendar: BusinessCalendar) -> None:
    assert quietest_hours(TUESDAY, calendar) == [at(TUESDAY, 9), at(TUESDAY, 17)]
    three = quietest_hours(TUESDAY, calendar, count=3)
    assert three[2] == at(TUESDAY, 16)


def test_quietest_hours_on_a_closed_day_is_empty(calendar: BusinessCalendar) -> None:
    assert quietest_hours(dt.date(2026, 11, 21), calendar) == []
    assert quietest_hours(dt.date(2026, 9, 25), calendar) == []


def test_quietest_hours_start_when_the_line_opens() -> None:
    hours = Hours(opens=dt.time(9, 30), closes=dt.time(17, 30))
    calendar = BusinessCalendar(hours, overrides={})
    assert at(TUESDAY, 9, 30) in quietest_hours(TUESDAY, calendar)


def test_best_time_on_a_monday_morning_is_a_quieter_slot(calendar: BusinessCalendar) -> None:
    now = at(MONDAY, 11)
    best = best_time_to_call(now, calendar)
    assert best is not None
    assert best > now
    best_load = relative_load(best, calendar)
    assert best_load is not None
    assert best_load < load(calendar, MONDAY, 11)
    assert best - now < dt.timedelta(days=7)


def test_best_time_is_now_when_now_is_already_the_quietest(calendar: BusinessCalendar) -> None:
    now = at(WEDNESDAY, 9, 10)
    assert best_time_to_call(now, calendar) == now


def test_best_time_prefers_the_sooner_of_two_equally_quiet_slots(
    calendar: BusinessCalendar,
) -> None:
    # Wednesday afternoon is as quiet, or nearly, as the quietest hours of the week ahead:
    # from Wednesday 10:00 the advice is that afternoon, not the next Wednesday morning.
    best = best_time_to_call(at(WEDNESDAY, 10), calendar)
    assert best is not None
    assert best.date() == WEDNESDAY
    assert best.hour in (16, 17)


def test_best_time_skips_a_holiday_run() -> None:
    calendar = BusinessCalendar(overrides={})
    best = best_time_to_call(at(dt.date(2026, 9, 24), 10), calendar)  # 추석 eve
    assert best is not None
    assert best.date() >= dt.date(2026, 9, 28)
    assert calendar.is_open(best)


def test_best_time_is_none_when_the_line_stays_closed_all_week() -> None:
    closed = {TUESDAY + dt.timedelta(days=n): {"ko": "휴무", "en": "Closed"} for n in range(10)}
    calendar = BusinessCalendar(overrides=closed)
    assert best_time_to_call(at(TUESDAY, 10), calendar) is None


def test_the_source_is_cited_in_both_languages() -> None:
    assert "2013" in render(LOAD_SOURCE, "ko")
    assert "쿠키뉴스" in render(LOAD_SOURCE, "ko")
    assert "2013" in render(LOAD_SOURCE, "en")


# --- the one answer to "when is the phone quieter" ------------------------------------------


def test_a_closed_line_says_when_it_opens(calendar: BusinessCalendar) -> None:
    night = at(TUESDAY, 22)
    advice = phone_advice(night, calendar)
    assert advice.state == "closed"
    assert advice.when == at(WEDNESDAY, 9)
    opens, wait = Moment(at(WEDNESDAY, 9), night), Duration(11 * 60)
    assert advice.message() == msg("phone.advice_closed", opens=opens, wait=wait)
    assert (
        render(advice.message(), "en")
        == "The phone line opens tomorrow 09:00 (about 11 h from now)."
    )
    assert render(advice.message(), "ko") == "전화 상담은 내일 09:00에 엽니다(지금부터 약 11시간)."


def test_a_busy_monday_morning_points_to_a_quieter_hour_that_day(
    calendar: BusinessCalendar,
) -> None:
    now = at(MONDAY, 11, 30)
    advice = phone_advice(now, calendar)
    assert advice.state == "busy"
    assert advice.when is not None
    assert advice.when.date() == MONDAY
    assert advice.when > now
    quieter = relative_load(advice.when, calendar)
    assert quieter is not None
    assert quieter < BUSY_LOAD
    assert "A quieter time to call: today 17:00." in render(advice.message(), "en")


def test_the_quiet_edge_of_the_day_is_not_busy(calendar: BusinessCalendar) -> None:
    advice = phone_advice(at(WEDNESDAY, 9, 10), calendar)
    assert advice.state == "quiet"
    assert advice.when is None
    assert advice.message() == msg("phone.advice_quiet")


def test_late_on_a_busy_day_the_quieter_time_is_another_day(calendar: BusinessCalendar) -> None:
    # The last business day of the month, late: nothing quieter is left that day.
    last = dt.date(2026, 11, 30)
    advice = phone_advice(at(last, 17, 30), calendar)
    assert advice.state == "busy"
    assert advice.when is not None
    assert advice.when.date() > last
    assert calendar.is_open(advice.when)


def test_the_suggested_quieter_time_is_itself_not_busy(calendar: BusinessCalendar) -> None:
    for day in (MONDAY, TUESDAY, FRIDAY, dt.date(2026, 11, 30)):
        for hour in range(9, 18):
            advice = phone_advice(at(day, hour, 20), calendar)
            if advice.state == "busy":
                assert advice.when is not None
                assert phone_advice(advice.when, calendar).state == "quiet", (day, hour)
