"""The phone sheet: the number and what it costs, the ARS keys, the hours, the best time to call,
and how busy the line typically is by weekday and hour — as values the window paints, and as
text a screen reader or the command line reads.

The load pattern and the advice are core.recommend.phone_load's, so the sheet, the
recommendation card and the command line say the same thing about when to call.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from fallback_desktop.core.calendar.business import BusinessCalendar
from fallback_desktop.core.domain.channels import get_channel
from fallback_desktop.core.domain.company import Address, Company, shown_phone
from fallback_desktop.core.domain.hours import Hours
from fallback_desktop.core.recommend.phone_load import BUSY_LOAD as BUSY_LOAD
from fallback_desktop.core.recommend.phone_load import LOAD_SOURCE, phone_advice, weekly_grid
from fallback_desktop.core.text.catalog import Msg, msg, render, render_list, text
from fallback_desktop.core.text.lang import Lang

# Below this load (10% under an average hour) the line counts as quiet; from BUSY_LOAD (the
# advice's threshold, re-exported for the window's picture) it counts as busy.
QUIET_LOAD = 0.9

Grid = tuple[tuple[float | None, ...], ...]


@dataclass(frozen=True)
class PhoneSheet:
    """What to know before calling. `company` is the company's name ("" when none is chosen)."""

    number: str | None  # shown form, e.g. "080-720-8000"; None when unknown
    cost: Msg | None  # free / paid from a mobile / standard; None when the number is unknown
    ars: str  # keys as the person noted them ("" = none)
    hours: str  # the line's hours in words
    grid: Grid  # 7 weekdays (Mon..Sun) x 24 hours; load 1.0 = average; None = closed
    best: str  # the best time to call, in words
    source: str  # where the load pattern comes from
    company: str = ""


def phone_hours(company: Company | None) -> Hours:
    """The company's own phone hours where known, else the phone channel's default hours."""
    entry = None if company is None else company.entry("phone")
    if entry is not None and entry.hours is not None:
        return entry.hours
    return get_channel("phone").hours


@lru_cache(maxsize=64)
def _shown(value: str) -> str:
    return shown_phone(value)


def _number(address: Address | None) -> str | None:
    if address is None:
        return None
    return _shown(address.value) if address.is_phone else address.value


def load_word(load: float) -> Msg:
    """한가 / 보통 / 붐빔 for a load (1.0 = an average hour)."""
    if load < QUIET_LOAD:
        return msg("channel_text.load.quiet")
    if load < BUSY_LOAD:
        return msg("channel_text.load.normal")
    return msg("channel_text.load.busy")


def phone_sheet(
    company: Company | None, now: dt.datetime, calendar: BusinessCalendar, lang: Lang
) -> PhoneSheet:
    """The sheet for the company's first phone number (or for an unknown company), seen at now."""
    hours = phone_hours(company)
    line = calendar.for_hours(hours)
    address = None if company is None else company.phone
    cost = None if address is None or address.cost is None else address.cost.words
    by_day = weekly_grid(line)
    return PhoneSheet(
        number=_number(address),
        cost=cost,
        ars="" if address is None else address.ars,
        hours=render(hours.describe(), lang),
        grid=tuple(tuple(by_day[day][hour] for hour in range(24)) for day in range(7)),
        best=render(phone_advice(now, line).message(), lang),
        source=render(LOAD_SOURCE, lang),
        company="" if company is None else company.name,
    )


def _clock(hour: int) -> str:
    return f"{hour:02d}:00"


def day_spans(row: tuple[float | None, ...], lang: Lang) -> str:
    """One weekday's open hours with their load in words: '09:00–10:00 보통 · 10:00–12:00 붐빔'."""
    spans: list[str] = []
    hour = 0
    while hour < len(row):
        load = row[hour]
        if load is None:
            hour += 1
            continue
        word, end = load_word(load), hour + 1
        while end < len(row) and (after := row[end]) is not None and load_word(after) == word:
            end += 1
        spans.append(
            text("channel_text.phone.span", lang, start=_clock(hour), end=_clock(end), load=word)
        )
        hour = end
    return " · ".join(spans) or text("channel_text.phone.closed_day", lang)


def grid_lines(grid: Grid, lang: Lang) -> list[str]:
    """The grid as one line per weekday, Monday first."""
    names = render_list(msg("time.weekdays"), lang)
    return [
        text("channel_text.phone.day", lang, weekday=names[day], spans=day_spans(row, lang))
        for day, row in enumerate(grid)
    ]


def _number_line(sheet: PhoneSheet, lang: Lang) -> str:
    if sheet.number is None:
        key = "no_number" if sheet.company else "no_company"
        return text(f"channel_text.phone.{key}", lang)
    if sheet.cost is None:
        return text("channel_text.phone.number_plain", lang, number=sheet.number)
    return text("channel_text.phone.number", lang, number=sheet.number, cost=sheet.cost)


def phone_sheet_text(sheet: PhoneSheet, lang: Lang) -> str:
    """The whole sheet as text, the weekday x hour picture included (for screen readers too)."""
    lines = [_number_line(sheet, lang)]
    if sheet.ars:
        lines.append(text("channel_text.phone.ars", lang, keys=sheet.ars))
    elif sheet.number is not None:
        lines.append(text("channel_text.phone.ars_hint", lang))
    lines.append(text("hours.channel.staffed", lang, hours=sheet.hours))
    lines.append(text("channel_text.phone.best", lang, advice=sheet.best))
    lines += ["", text("channel_text.phone.grid_title", lang), *grid_lines(sheet.grid, lang)]
    lines += ["", text("channel_text.phone.source", lang, source=sheet.source)]
    return "\n".join(lines) + "\n"
