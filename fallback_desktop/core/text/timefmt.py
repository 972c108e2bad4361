"""Durations and moments as parameters that word themselves, the way a person says them.

Core hands these to a message (`msg("reason.eta_fast", eta=Duration(30))`) and the edge words
them in the reader's language; the words live in resources/text/time.json.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fallback_desktop.core.text.catalog import msg, render_list, text
from fallback_desktop.core.text.lang import Lang


def _amount(minutes: int, lang: Lang) -> str:
    """Rounded to the unit a person would use: minutes, hours, then days."""
    if minutes < 60:
        return text("time.minutes", lang, n=minutes)
    if minutes < 48 * 60:
        return text("time.hours", lang, n=round(minutes / 60))
    days = round(minutes / 1440)
    return text("time.one_day", lang) if days == 1 else text("time.days", lang, n=days)


@dataclass(frozen=True)
class Duration:
    """A wait: 'about 5 min'; 0 is 'at once'; None means a reply may never come."""

    minutes: int | None

    def render(self, lang: Lang) -> str:
        if self.minutes is None:
            return text("time.never", lang)
        if self.minutes <= 0:
            return text("time.at_once", lang)
        return text("time.about", lang, amount=_amount(self.minutes, lang))


@dataclass(frozen=True)
class ReplyRange:
    """A published range in minutes, e.g. '12 h–2 days' or '3 min+, or never' (high None);
    with business_days, a range of business days ('1–3 business days')."""

    low: int
    high: int | None
    business_days: bool = False

    def render(self, lang: Lang) -> str:
        if self.business_days:
            if self.high is None or self.high == self.low:
                return text("time.business_days", lang, n=self.low)
            return text("time.business_days_range", lang, low=self.low, high=self.high)
        if self.high is not None and self.high <= 0:
            return text("time.immediate", lang)
        low = _amount(self.low, lang) if self.low > 0 else text("time.immediate", lang)
        if self.high is None:
            return text("time.range_open", lang, low=low)
        if self.high == self.low:
            return low
        return text("time.range", lang, low=low, high=_amount(self.high, lang))


@dataclass(frozen=True)
class Moment:
    """An instant as seen from `now`: 'today 13:00', 'tomorrow 09:00', 'Thu 26 Nov 09:00'.

    Both datetimes in the same zone (Asia/Seoul for everything the app plans).
    """

    at: dt.datetime
    now: dt.datetime

    def render(self, lang: Lang) -> str:
        clock = self.at.strftime("%H:%M")
        day = self.at.date()
        days = (day - self.now.date()).days
        if days == 0:
            return text("time.today", lang, clock=clock)
        if days == 1:
            return text("time.tomorrow", lang, clock=clock)
        weekday = render_list(msg("time.weekdays"), lang)[day.weekday()]
        month = render_list(msg("time.months"), lang)[day.month - 1]
        return text("time.date", lang, month=month, day=day.day, weekday=weekday, clock=clock)
