"""Hours as one line a person can read and type in a spreadsheet cell, and back.

    Mon-Fri 09:00-18:00; lunch 12:00-13:00; Sat 09:00-13:00; holidays closed
    24h; holidays open

Parts are split by ';'. Days are Mon … Sun (or 월 … 일), single or as ranges, joined by ','.
A part that names Saturday alone, beside other days, is Saturday's own stretch (no lunch that
day). 'lunch' (점심)
is a break on the other days; without it there is none. 'holidays closed|open' (공휴일 휴무|운영)
says whether public holidays are worked; without it, a 24-hour line works them and others do
not (as in core.domain.hours). Times may be joined with '-', '~' or '–'; 24:00 is midnight.
`hours_to_text` writes exactly what `hours_from_text` reads back to the same Hours.
"""

from __future__ import annotations

import datetime as dt
import re

from fallback_desktop.core.domain.hours import MIDNIGHT, SATURDAY, Hours

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAYS = {name.lower(): index for index, name in enumerate(DAY_NAMES)}
_DAYS.update({name: index for index, name in enumerate("월화수목금토일")})
_DAYS.update({f"{name}요일": index for index, name in enumerate("월화수목금토일")})
_DAYS.update({"평일": -1, "weekdays": -1})  # Monday to Friday

_TIME = r"(\d{1,2}):(\d{2})"
_SPAN = re.compile(rf"{_TIME}\s*[-~–]\s*{_TIME}")
_AROUND = {"24h", "24시간", "24/7"}
_LUNCH = {"lunch", "점심"}
_HOLIDAYS = {
    ("holidays", "closed"): True,
    ("holidays", "open"): False,
    ("공휴일", "휴무"): True,
    ("공휴일", "운영"): False,
}


class HoursTextError(ValueError):
    """The text is not hours in the form above."""


def _time(hour: str, minute: str) -> dt.time:
    h, m = int(hour), int(minute)
    if (h, m) == (24, 0):
        return MIDNIGHT
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise HoursTextError(f"{hour}:{minute}")
    return dt.time(h, m)


def _span(text: str) -> tuple[dt.time, dt.time]:
    found = _SPAN.fullmatch(text.strip())
    if found is None:
        raise HoursTextError(text)
    return _time(found.group(1), found.group(2)), _time(found.group(3), found.group(4))


def _days(text: str) -> frozenset[int]:
    days: set[int] = set()
    for item in text.split(","):
        ends = [end.strip().lower() for end in re.split(r"[-~–]", item)]
        if len(ends) > 2 or not all(end in _DAYS for end in ends):
            raise HoursTextError(item)
        first, last = _DAYS[ends[0]], _DAYS[ends[-1]]
        if first == -1 or last == -1:
            if len(ends) != 1:
                raise HoursTextError(item)
            days.update(range(5))
        elif first <= last:
            days.update(range(first, last + 1))
        else:  # Sat-Mon wraps round the week
            days.update([*range(first, 7), *range(0, last + 1)])
    return frozenset(days)


def _split_days_and_span(part: str) -> tuple[str, str]:
    found = re.search(r"\d", part)
    if found is None:
        raise HoursTextError(part)
    return part[: found.start()].strip(), part[found.start() :]


def hours_from_text(text: str) -> Hours:
    """Hours from the line described above; HoursTextError when it is not in that form."""
    parts = [part.strip() for part in text.split(";") if part.strip()]
    if not parts:
        raise HoursTextError(text)
    around = False
    closed: bool | None = None
    lunch: tuple[dt.time, dt.time] | None = None
    saturday: tuple[dt.time, dt.time] | None = None
    weekdays: frozenset[int] = frozenset()
    stretch: tuple[dt.time, dt.time] | None = None
    for part in parts:
        words = tuple(part.lower().split())
        if part.lower() in _AROUND:
            around = True
        elif words in _HOLIDAYS:
            closed = _HOLIDAYS[words]
        elif words and words[0] in _LUNCH:
            lunch = _span(part[len(words[0]) :])
        else:
            label, span_text = _split_days_and_span(part)
            days, span = _days(label), _span(span_text)
            if days == {SATURDAY} and saturday is None:
                saturday = span
            elif stretch is None or stretch == span:
                weekdays, stretch = weekdays | days, span
            else:
                raise HoursTextError(part)  # Hours has one stretch for the days besides Saturday
    try:
        if around:
            if stretch is not None or saturday is not None or lunch is not None:
                raise HoursTextError(text)
            return Hours.around_the_clock(closed_on_holidays=bool(closed))
        if stretch is None:
            if saturday is None:
                raise HoursTextError(text)
            # Saturday alone is a line open on Saturdays only, kept the one way Hours has.
            weekdays, stretch, saturday = frozenset({SATURDAY}), saturday, None
        opens, closes = stretch
        return Hours(
            weekdays=weekdays,
            opens=opens,
            closes=closes,
            lunch=lunch,
            closed_on_holidays=True if closed is None else closed,
            saturday=saturday,
        )
    except ValueError as error:
        raise HoursTextError(str(error)) from None


def _clock(value: dt.time) -> str:
    return "24:00" if value == MIDNIGHT else value.strftime("%H:%M")


def _span_text(span: tuple[dt.time, dt.time]) -> str:
    return f"{span[0].strftime('%H:%M')}-{_clock(span[1])}"


def _days_text(days: frozenset[int]) -> str:
    runs: list[list[int]] = []
    for day in sorted(days):
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return ",".join(
        DAY_NAMES[run[0]] if len(run) == 1 else f"{DAY_NAMES[run[0]]}-{DAY_NAMES[run[-1]]}"
        for run in runs
    )


def hours_to_text(hours: Hours) -> str:
    """The line hours_from_text reads back to the same Hours."""
    holidays = "holidays closed" if hours.closed_on_holidays else "holidays open"
    if hours.is_around_the_clock:
        return f"24h; {holidays}"
    parts: list[str] = []
    if hours.weekdays:
        parts.append(f"{_days_text(hours.weekdays)} {_span_text((hours.opens, hours.closes))}")
    if hours.lunch is not None:
        parts.append(f"lunch {_span_text(hours.lunch)}")
    if hours.saturday is not None:
        parts.append(f"Sat {_span_text(hours.saturday)}")
    parts.append(holidays)
    return "; ".join(parts)
