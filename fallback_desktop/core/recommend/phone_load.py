"""How busy Korean call-center lines typically are, by weekday and hour (1.0 = an average hour)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from fallback_desktop.core.calendar.business import (
    DEFAULT_HOURS,
    SEOUL,
    BusinessCalendar,
    to_seoul,
)

LOAD_SOURCE: dict[str, str] = {
    "ko": (
        "한 생명보험사 콜센터의 통화량 자료(쿠키뉴스, 2013)를 바탕으로 한 추정입니다. "
        "월요일은 평균의 약 1.3배로 붐비고, 11~14시가 가장 혼잡하며, 9~10시와 16~18시가 "
        "가장 빨리 연결되고, 수요일이 가장 한가하며, 월초·월말 영업일에 몰립니다."
    ),
    "en": (
        "An estimate based on a Korean life insurer's call-center data (reported by Kukinews, "
        "2013): Mondays run about 1.3 times the average load, 11:00-14:00 is the busiest, "
        "09:00-10:00 and 16:00-18:00 connect fastest, Wednesday is the lightest, and the first "
        "and last business days of the month are heavy."
    ),
}

# The published pattern (a life insurer's call-center data, 쿠키뉴스 2013), as factors whose
# product is the load relative to an average open hour. Weekday factors average 1.0 over
# Monday-Friday, with Monday at 1.3 and Wednesday the lowest.
WEEKDAY_FACTORS: dict[int, float] = {0: 1.30, 1: 0.97, 2: 0.85, 3: 0.93, 4: 0.95}
# No published figure for weekends (few lines open then): assume an average day.
WEEKEND_FACTOR = 1.0

# Hour factors average 1.0 over a 09-18 day with the 12-13 lunch closed. 11-14 is the peak and
# 13:00 the highest, since the article notes queues grow right after lunch.
HOUR_FACTORS: dict[int, float] = {
    9: 0.80,
    10: 1.00,
    11: 1.25,
    12: 1.25,
    13: 1.30,
    14: 1.05,
    15: 0.95,
    16: 0.85,
    17: 0.80,
}
# Hours before 09:00 or after 18:00 have no figure; they count like the quiet edge of the day.
_FIRST_HOUR, _LAST_HOUR = min(HOUR_FACTORS), max(HOUR_FACTORS)

# The first and last business day of a month bring bills and contract changes.
MONTH_BOUNDARY_FACTOR = 1.2

# Loads within this margin count as equal, so an earlier slot wins over a marginally quieter one.
_NEAR_EQUAL = 0.05
_LOOKAHEAD = dt.timedelta(days=7)


def _typical_load(weekday: int, hour: int) -> float:
    """Weekday x hour factor, without holidays or the month-boundary effect."""
    day_factor = WEEKDAY_FACTORS.get(weekday, WEEKEND_FACTOR)
    hour_factor = HOUR_FACTORS[min(max(hour, _FIRST_HOUR), _LAST_HOUR)]
    return day_factor * hour_factor


def relative_load(at: dt.datetime, calendar: BusinessCalendar) -> float | None:
    """Expected load at that instant (1.0 = average); None when the line is closed then."""
    moment = to_seoul(at)
    if not calendar.is_open(moment):
        return None
    return _load(moment, _month_factor(moment.date(), calendar))


def _month_factor(day: dt.date, calendar: BusinessCalendar) -> float:
    busy = calendar.is_first_or_last_business_day_of_month(day)
    return MONTH_BOUNDARY_FACTOR if busy else 1.0


def _load(moment: dt.datetime, month_factor: float) -> float:
    return round(_typical_load(moment.weekday(), moment.hour) * month_factor, 3)


def _first_open_moment_in_hour(
    intervals: list[tuple[dt.datetime, dt.datetime]], day: dt.date, hour: int
) -> dt.datetime | None:
    """The first staffed instant within [hour:00, hour+1:00) that day, if any."""
    hour_start = dt.datetime.combine(day, dt.time(hour), tzinfo=SEOUL)
    hour_end = hour_start + dt.timedelta(hours=1)
    for start, end in intervals:
        if start < hour_end and hour_start < end:
            return max(start, hour_start)
    return None


def weekly_grid(calendar: BusinessCalendar | None = None) -> dict[int, dict[int, float | None]]:
    """weekday (Monday = 0) -> hour (0-23) -> typical load, or None when the line is closed."""
    hours = DEFAULT_HOURS if calendar is None else calendar.hours
    # A picture of an ordinary week: holidays and month boundaries are left out.
    ordinary = BusinessCalendar(replace(hours, closed_on_holidays=False), overrides={})
    monday = dt.date(2024, 1, 8)  # any week will do; only the weekday pattern matters
    grid: dict[int, dict[int, float | None]] = {}
    for weekday in range(7):
        day = monday + dt.timedelta(days=weekday)
        intervals = ordinary.open_intervals(day)
        grid[weekday] = {
            hour: (
                None
                if _first_open_moment_in_hour(intervals, day, hour) is None
                else round(_typical_load(weekday, hour), 3)
            )
            for hour in range(24)
        }
    return grid


def quietest_hours(day: dt.date, calendar: BusinessCalendar, count: int = 2) -> list[dt.datetime]:
    """Start of the `count` quietest open hours that day, quietest first; [] if closed all day."""
    slots = _open_slots_of_day(day, calendar)
    slots.sort(key=lambda slot: (slot[1], slot[0]))
    return [moment for moment, _load in slots[: max(count, 0)]]


def _open_slots_of_day(day: dt.date, calendar: BusinessCalendar) -> list[tuple[dt.datetime, float]]:
    """Each staffed hour of the day as (its first open instant, its load), in time order."""
    intervals = calendar.open_intervals(day)
    if not intervals:
        return []
    month_factor = _month_factor(day, calendar)
    slots: list[tuple[dt.datetime, float]] = []
    for hour in range(24):
        moment = _first_open_moment_in_hour(intervals, day, hour)
        if moment is not None:
            slots.append((moment, _load(moment, month_factor)))
    return slots


def best_time_to_call(at: dt.datetime, calendar: BusinessCalendar) -> dt.datetime | None:
    """The quietest open hour from `at` within 7 days; a sooner slot wins among near-equal ones."""
    start = to_seoul(at)
    horizon = start + _LOOKAHEAD
    candidates: list[tuple[dt.datetime, float]] = []
    current = relative_load(start, calendar)
    if current is not None:
        candidates.append((start, current))
    day = start.date()
    while day <= horizon.date():
        candidates.extend(
            (moment, load)
            for moment, load in _open_slots_of_day(day, calendar)
            if start <= moment < horizon
        )
        day += dt.timedelta(days=1)
    if not candidates:
        return None
    lowest = min(load for _moment, load in candidates)
    return min(moment for moment, load in candidates if load <= lowest + _NEAR_EQUAL)
