"""When people answer on a line: weekdays, a Saturday half-day, lunch, 24-hour lines, holidays.

One `Hours` describes one channel of one company. What the app ships are defaults per channel
(resources/data/channels.json, from PRODUCT.md: weekdays 09:00–18:00, lunch 12:00–13:00 closed,
closed at weekends and on public holidays); a company's own hours are a mapping from channel id
to `Hours`, read from and written as the JSON object `hours_to_json` makes, e.g.

    {"weekdays": [0, 1, 2, 3, 4], "opens": "09:00", "closes": "18:00",
     "lunch": ["12:00", "13:00"], "saturday": ["09:00", "13:00"], "closed_on_holidays": true}
    {"around_the_clock": true, "closed_on_holidays": false}

Missing keys take the defaults. Holidays are not part of Hours: every line shares one holiday
calendar (core.calendar.business.BusinessCalendar.for_hours).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fallback_desktop.core.text.catalog import Msg, msg, render_list, text
from fallback_desktop.core.text.lang import Lang

MIDNIGHT = dt.time(0, 0)
SATURDAY = 5
_EVERY_DAY = frozenset(range(7))


@dataclass(frozen=True)
class Hours:
    """Staffed hours in Seoul local time. `closes` of 00:00 means open until midnight.

    `saturday`, when set, is Saturday's own stretch (a half day, no lunch break) and wins over
    `weekdays` for Saturday. A 24-hour line is `Hours.around_the_clock()`.
    """

    weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday = 0
    opens: dt.time = dt.time(9, 0)
    closes: dt.time = dt.time(18, 0)
    lunch: tuple[dt.time, dt.time] | None = (dt.time(12, 0), dt.time(13, 0))
    closed_on_holidays: bool = True
    saturday: tuple[dt.time, dt.time] | None = None

    def __post_init__(self) -> None:
        if not self.weekdays and self.saturday is None:
            raise ValueError("Hours needs at least one day")
        if not all(isinstance(day, int) and 0 <= day <= 6 for day in self.weekdays):
            raise ValueError("Hours weekdays must be 0 (Monday) to 6 (Sunday)")
        if self.closes != MIDNIGHT and self.closes <= self.opens:
            raise ValueError("Hours must close after they open")
        if self.lunch is not None and self.lunch[0] >= self.lunch[1]:
            raise ValueError("a lunch break must end after it starts")
        if self.saturday is not None and not (
            self.saturday[0] < self.saturday[1] or self.saturday[1] == MIDNIGHT
        ):
            raise ValueError("Saturday hours must close after they open")

    @classmethod
    def around_the_clock(cls, *, closed_on_holidays: bool = False) -> Hours:
        """A line that is staffed every hour of every day (holidays too, unless told)."""
        return cls(_EVERY_DAY, MIDNIGHT, MIDNIGHT, None, closed_on_holidays)

    @property
    def is_around_the_clock(self) -> bool:
        return (
            self.weekdays == _EVERY_DAY
            and self.opens == MIDNIGHT
            and self.closes == MIDNIGHT
            and self.lunch is None
            and self.saturday is None  # a Saturday of its own is not around the clock
        )

    def stretch(self, weekday: int) -> tuple[dt.time, dt.time] | None:
        """That weekday's (opens, closes), before lunch and holidays; None when not staffed."""
        if weekday == SATURDAY and self.saturday is not None:
            return self.saturday
        if weekday in self.weekdays:
            return (self.opens, self.closes)
        return None

    def lunch_on(self, weekday: int) -> tuple[dt.time, dt.time] | None:
        """The lunch break that day: none on a Saturday with its own (half-day) hours."""
        if weekday == SATURDAY and self.saturday is not None:
            return None
        return self.lunch

    def describe(self) -> Msg:
        """The hours in a person's words, e.g. '평일 09:00–18:00 (점심 12:00–13:00 제외) · …'."""
        return msg("hours.summary", hours=HoursWords(self))


DEFAULT_HOURS = Hours()

# A company directory fills this in per channel; channels it does not mention keep the defaults.
ChannelHours = Mapping[str, Hours]


def _clock(value: dt.time) -> str:
    return "24:00" if value == MIDNIGHT else value.strftime("%H:%M")


def _span(start: dt.time, end: dt.time) -> str:
    return f"{start.strftime('%H:%M')}–{_clock(end)}"


@dataclass(frozen=True)
class HoursWords:
    """Hours worded at the edge (a catalog parameter that renders itself)."""

    hours: Hours

    def render(self, lang: Lang) -> str:
        h = self.hours
        if h.is_around_the_clock:
            parts = [text("hours.around_the_clock", lang)]
        else:
            parts = [self._days(lang)]
            if h.saturday is not None and SATURDAY not in h.weekdays:
                parts.append(text("hours.saturday", lang, span=_span(*h.saturday)))
        holidays = "hours.holidays_closed" if h.closed_on_holidays else "hours.holidays_open"
        parts.append(text(holidays, lang))
        return " · ".join(parts)

    def _days(self, lang: Lang) -> str:
        h = self.hours
        days = sorted(h.weekdays)
        if days == [0, 1, 2, 3, 4]:
            label = text("hours.weekdays", lang)
        elif days == list(range(6)):
            label = text("hours.mon_sat", lang)
        elif days == list(range(7)):
            label = text("hours.every_day", lang)
        else:
            names = render_list(msg("time.weekdays"), lang)
            label = ",".join(names[d] for d in days)
        line = f"{label} {_span(h.opens, h.closes)}"
        if h.lunch is not None:
            line += " " + text("hours.lunch", lang, span=_span(*h.lunch))
        return line


def _parse_time(value: Any, where: str) -> dt.time:
    if not isinstance(value, str):
        raise ValueError(f"{where}: expected a time such as '09:00'")
    if value.strip() == "24:00":
        return MIDNIGHT
    try:
        return dt.time.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{where}: {value!r} is not a time such as '09:00'") from None


def _parse_span(value: Any, where: str) -> tuple[dt.time, dt.time] | None:
    if value is None:
        return None
    if not (isinstance(value, list) and len(value) == 2):
        raise ValueError(f"{where}: expected [from, to] such as ['12:00', '13:00'] or null")
    return (_parse_time(value[0], where), _parse_time(value[1], where))


def hours_from_json(data: Mapping[str, Any]) -> Hours:
    """Hours from the JSON object described above; ValueError names what is wrong."""
    if not isinstance(data, Mapping):
        raise ValueError("hours: expected an object")
    around = data.get("around_the_clock", False)
    if not isinstance(around, bool):
        raise ValueError("hours.around_the_clock: expected true or false")
    # A 24-hour line usually runs on holidays too; a staffed one usually does not.
    closed = data.get("closed_on_holidays", not around)
    if not isinstance(closed, bool):
        raise ValueError("hours.closed_on_holidays: expected true or false")
    if around:
        return Hours.around_the_clock(closed_on_holidays=closed)
    weekdays = data.get("weekdays", [0, 1, 2, 3, 4])
    if not (isinstance(weekdays, list) and all(type(d) is int for d in weekdays)):
        raise ValueError("hours.weekdays: expected a list of day numbers, Monday = 0")
    default = DEFAULT_HOURS
    return Hours(
        weekdays=frozenset(weekdays),
        opens=_parse_time(data.get("opens", "09:00"), "hours.opens"),
        closes=_parse_time(data.get("closes", "18:00"), "hours.closes"),
        lunch=_parse_span(data["lunch"], "hours.lunch") if "lunch" in data else default.lunch,
        closed_on_holidays=closed,
        saturday=_parse_span(data.get("saturday"), "hours.saturday"),
    )


def hours_to_json(hours: Hours) -> dict[str, Any]:
    """The JSON object hours_from_json reads back to the same Hours."""
    if hours.is_around_the_clock:
        return {"around_the_clock": True, "closed_on_holidays": hours.closed_on_holidays}

    def span(value: tuple[dt.time, dt.time] | None) -> list[str] | None:
        return None if value is None else [value[0].strftime("%H:%M"), _clock(value[1])]

    return {
        "weekdays": sorted(hours.weekdays),
        "opens": hours.opens.strftime("%H:%M"),
        "closes": _clock(hours.closes),
        "lunch": span(hours.lunch),
        "saturday": span(hours.saturday),
        "closed_on_holidays": hours.closed_on_holidays,
    }
