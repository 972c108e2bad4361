"""How busy Korean call-center lines typically are, by weekday and hour (1.0 = an average hour)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Literal

from fallback_desktop.core.calendar.business import (
    DEFAULT_HOURS,
    SEOUL,
    BusinessCalendar,
    to_seoul,
)
from fallback_desktop.core.text.catalog import Msg, msg
from fallback_desktop.core.text.timefmt import Duration, Moment

# Where the pattern below comes from, in words the window shows beside any advice drawn from it.
LOAD_SOURCE = msg("phone.load_source")

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


def _slots_ahead(start: dt.datetime, calendar: BusinessCalendar) -> list[tuple[dt.datetime, float]]:
    """Each staffed hour from `start` to a week later, with its load; `start` itself if open."""
    horizon = start + _LOOKAHEAD
    slots: list[tuple[dt.datetime, float]] = []
    current = relative_load(start, calendar)
    if current is not None:
        slots.append((start, current))
    day = start.date()
    while day <= horizon.date():
        slots.extend(
            (moment, load)
            for moment, load in _open_slots_of_day(day, calendar)
            if start <= moment < horizon
        )
        day += dt.timedelta(days=1)
    return slots


def _quietest(slots: list[tuple[dt.datetime, float]]) -> dt.datetime | None:
    """The quietest slot's moment; a sooner one wins among near-equal loads."""
    if not slots:
        return None
    lowest = min(load for _moment, load in slots)
    return min(moment for moment, load in slots if load <= lowest + _NEAR_EQUAL)


def best_time_to_call(at: dt.datetime, calendar: BusinessCalendar) -> dt.datetime | None:
    """The quietest open hour from `at` within 7 days; a sooner slot wins among near-equal ones."""
    return _quietest(_slots_ahead(to_seoul(at), calendar))


# At or above this load (15% over an average hour) the line counts as busy.
BUSY_LOAD = 1.15

PhoneState = Literal["closed", "quiet", "busy"]


@dataclass(frozen=True)
class PhoneAdvice:
    """When to call, seen from one moment: the one answer the reasons, the window and the
    command line all give."""

    state: PhoneState
    at: dt.datetime  # the moment asked about, in Seoul
    # closed: when the line opens; busy: a quieter time to call (None: none this week).
    when: dt.datetime | None = None
    wait_minutes: int = 0  # closed: how long until it opens

    def message(self) -> Msg:
        """The advice as one sentence of the catalog."""
        if self.state == "closed" and self.when is not None:
            opens = Moment(self.when, self.at)
            return msg("phone.advice_closed", opens=opens, wait=Duration(self.wait_minutes))
        if self.state == "busy":
            if self.when is None:
                return msg("phone.advice_busy_all_week")
            return msg("phone.advice_busy", quieter=Moment(self.when, self.at))
        return msg("phone.advice_quiet")


def phone_advice(at: dt.datetime, calendar: BusinessCalendar) -> PhoneAdvice:
    """Closed until when; or not busy now; or busy now, and a quieter time to call.

    The quieter time is the quietest hour later today that is not busy (the sooner of
    near-equal ones); when today has none, the quietest time of the coming week that is clearly
    quieter than now.
    """
    moment = to_seoul(at)
    load = relative_load(moment, calendar)
    if load is None:
        opens = calendar.next_opening(moment)
        return PhoneAdvice("closed", moment, opens, calendar.minutes_until_open(moment))
    if load < BUSY_LOAD:
        return PhoneAdvice("quiet", moment)
    later_today = [
        (slot, slot_load)
        for slot, slot_load in _open_slots_of_day(moment.date(), calendar)
        if slot > moment and slot_load < BUSY_LOAD
    ]
    if later_today:
        return PhoneAdvice("busy", moment, _quietest(later_today))
    ahead = [
        (slot, slot_load)
        for slot, slot_load in _slots_ahead(moment, calendar)
        if slot > moment and slot_load < load - _NEAR_EQUAL
    ]
    return PhoneAdvice("busy", moment, _quietest(ahead))
