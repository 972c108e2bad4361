"""A calendar day written out in a letter or a notice: "2026년 11월 20일", "20 November 2026"."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fallback_desktop.core.text.lang import Lang

_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_day(day: dt.date, lang: Lang) -> str:
    """The day in full, as a letter writes it."""
    if lang == "ko":
        return f"{day.year}년 {day.month}월 {day.day}일"
    return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class Day:
    """A day as a catalog parameter: worded in the language the message is shown in."""

    day: dt.date

    def render(self, lang: Lang) -> str:
        return format_day(self.day, lang)
