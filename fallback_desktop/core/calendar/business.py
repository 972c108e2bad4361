"""Korean business days and staffed hours: when a line is open, and when it opens next."""

from __future__ import annotations

import datetime as dt
import logging
import math
import zoneinfo
from collections.abc import Mapping

from fallback_desktop.core.calendar.holidays import (
    FIRST_YEAR,
    LAST_YEAR,
    library_holidays,
    load_overrides,
    shipped_table,
)
from fallback_desktop.core.domain.hours import DEFAULT_HOURS, MIDNIGHT, Hours
from fallback_desktop.core.text.lang import Lang

log = logging.getLogger(__name__)

SEOUL = zoneinfo.ZoneInfo("Asia/Seoul")

# Long closures (설날 or 추석 next to a weekend) last about a week; a year is a safe upper bound.
_SEARCH_DAYS = 366

# Hours live with the domain (a company directory stores them); re-exported for callers here.
__all__ = ["DEFAULT_HOURS", "SEOUL", "BusinessCalendar", "Hours", "to_seoul"]


def to_seoul(at: dt.datetime) -> dt.datetime:
    """The same instant in Asia/Seoul; a naive datetime is refused because its zone is unknown."""
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("a timezone-aware datetime is needed")
    return at.astimezone(SEOUL)


def _as_date(day: dt.date) -> dt.date:
    # A datetime is also a date; an aware one is read as its Seoul calendar day.
    if isinstance(day, dt.datetime):
        return to_seoul(day).date() if day.tzinfo is not None else day.date()
    return day


class BusinessCalendar:
    """Staffed hours on Korean business days, aware of public, substitute and election holidays.

    One calendar holds the holidays; `for_hours` gives the same calendar for another line's hours
    (each channel, each company), sharing the holiday data instead of loading it again.
    """

    # The years whose holidays are known well enough to plan in (the bundled table's range).
    first_year = FIRST_YEAR
    last_year = LAST_YEAR

    def __init__(
        self,
        hours: Hours = DEFAULT_HOURS,
        overrides: Mapping[dt.date, Mapping[str, str]] | None = None,
    ) -> None:
        self.hours = hours
        source = load_overrides() if overrides is None else overrides
        self._overrides: dict[dt.date, dict[str, str]] = {
            day: dict(names) for day, names in source.items()
        }
        self._holiday_years: dict[tuple[int, Lang], dict[dt.date, str]] = {}
        self._siblings: dict[Hours, BusinessCalendar] = {hours: self}

    def for_hours(self, hours: Hours) -> BusinessCalendar:
        """The same holidays for a line with other hours; cheap, and the same object each time."""
        sibling = self._siblings.get(hours)
        if sibling is None:
            sibling = object.__new__(BusinessCalendar)
            sibling.hours = hours
            sibling._overrides = self._overrides
            sibling._holiday_years = self._holiday_years
            sibling._siblings = self._siblings
            self._siblings[hours] = sibling
        return sibling

    def covers(self, day: dt.date) -> bool:
        """Whether the day lies in the years this calendar knows the holidays of."""
        return self.first_year <= _as_date(day).year <= self.last_year

    def _official_holidays(self, year: int, lang: Lang) -> dict[dt.date, str]:
        key = (year, lang)
        if key not in self._holiday_years:
            # The bundled table spares loading `holidays` for the years people plan in.
            table = shipped_table()
            if table is not None and table.covers(year):
                self._holiday_years[key] = table.names(year, lang)
            else:
                self._holiday_years[key] = library_holidays(year, lang)
        return self._holiday_years[key]

    def holiday_name(self, day: dt.date, lang: Lang) -> str | None:
        """The holiday's name in the language asked for, or None on an ordinary day."""
        day = _as_date(day)
        override = self._overrides.get(day)
        if override is not None:
            return override.get(lang) or override.get("ko") or override.get("en")
        return self._official_holidays(day.year, lang).get(day)

    def is_business_day(self, day: dt.date) -> bool:
        """A staffed day (a weekday, or Saturday with its own hours) that is not a holiday
        (unless the line works on holidays)."""
        day = _as_date(day)
        if self.hours.stretch(day.weekday()) is None:
            return False
        return not (self.hours.closed_on_holidays and self.holiday_name(day, "ko") is not None)

    def open_intervals(self, day: dt.date) -> list[tuple[dt.datetime, dt.datetime]]:
        """Half-open [start, end) staffed stretches that day, in Seoul; lunch splits them."""
        day = _as_date(day)
        stretch = self.hours.stretch(day.weekday())
        if stretch is None or not self.is_business_day(day):
            return []
        opens, closes = stretch
        start = dt.datetime.combine(day, opens, tzinfo=SEOUL)
        if closes == MIDNIGHT:
            end = dt.datetime.combine(day + dt.timedelta(days=1), MIDNIGHT, tzinfo=SEOUL)
        else:
            end = dt.datetime.combine(day, closes, tzinfo=SEOUL)
        lunch = self.hours.lunch_on(day.weekday())
        if lunch is None:
            return [(start, end)]
        lunch_start = dt.datetime.combine(day, lunch[0], tzinfo=SEOUL)
        lunch_end = dt.datetime.combine(day, lunch[1], tzinfo=SEOUL)
        pieces = [(start, min(end, lunch_start)), (max(start, lunch_end), end)]
        return [(a, b) for a, b in pieces if a < b]

    def _interval_at(self, at: dt.datetime) -> tuple[dt.datetime, dt.datetime] | None:
        moment = to_seoul(at)
        for start, end in self.open_intervals(moment.date()):
            if start <= moment < end:
                return start, end
        return None

    def is_open(self, at: dt.datetime) -> bool:
        """Whether the line is staffed at that instant."""
        return self._interval_at(at) is not None

    def next_opening(self, at: dt.datetime) -> dt.datetime:
        """The first staffed instant at or after `at`, in Seoul (`at` itself when open now)."""
        moment = to_seoul(at)
        if self._interval_at(moment) is not None:
            return moment
        day = moment.date()
        for _ in range(_SEARCH_DAYS):
            for start, _end in self.open_intervals(day):
                if start >= moment:
                    return start
            day += dt.timedelta(days=1)
        raise ValueError(f"no staffed hours within {_SEARCH_DAYS} days of {moment.isoformat()}")

    def minutes_until_open(self, at: dt.datetime) -> int:
        """0 when open now; otherwise whole minutes, rounded up, until the next opening."""
        waiting = self.next_opening(at) - to_seoul(at)
        return math.ceil(waiting.total_seconds() / 60)

    def closes_at(self, at: dt.datetime) -> dt.datetime | None:
        """When the current open stretch ends (lunch or closing time); None when closed."""
        interval = self._interval_at(at)
        return None if interval is None else interval[1]

    def add_business_days(self, at: dt.datetime, days: int) -> dt.datetime:
        """The same clock time `days` staffed days after `at`'s next staffed moment (or the
        next staffed moment after that): how "answered within N business days" is timed."""
        start = self.next_opening(at)
        day = start.date()
        counted = 0
        for _ in range(_SEARCH_DAYS):
            if counted == days:
                break
            day += dt.timedelta(days=1)
            if self.is_business_day(day):
                counted += 1
        else:
            raise ValueError(f"no {days} staffed days within {_SEARCH_DAYS} days of {start}")
        return self.next_opening(dt.datetime.combine(day, start.timetz()))

    def is_first_or_last_business_day_of_month(self, day: dt.date) -> bool:
        """True on the month's first or last business day, when call lines are busiest."""
        day = _as_date(day)
        if not self.is_business_day(day):
            return False
        earlier = (day.replace(day=n) for n in range(1, day.day))
        if not any(self.is_business_day(other) for other in earlier):
            return True
        following = day + dt.timedelta(days=1)
        while following.month == day.month:
            if self.is_business_day(following):
                return False
            following += dt.timedelta(days=1)
        return True
