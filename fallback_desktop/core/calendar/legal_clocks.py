"""Deadlines a law sets for a consumer's case, counted as Korean law counts periods.

전자상거래 등에서의 소비자보호에 관한 법률 (전자상거래법):
- §17①: an online (mail-order) purchase may be withdrawn within 7 days of receiving the contract
  document, or of the delivery when the goods come later: the later of the two days counts.
- §17③: goods unlike their advertisement or the contract: within 3 months of the delivery and
  within 30 days of the day the buyer knew or could have known.
- §18①: the seller refunds within 3 business days of getting the goods back.

A period "from" a day does not count that day (민법 §157), so 7 days from 20 November end on
27 November, and months are counted on the calendar (민법 §160). When a period's last day is a
Saturday or a holiday, 민법 §161 moves its end to the next day; the dates here leave that out and
so are never later than the law's: the earlier date is the safe one to act by.

Only arithmetic and the article each date comes from live here; the words are in
resources/text/legal.json. Every place that shows such a date says it is guidance, not legal
advice (`NOT_ADVICE`).
"""

from __future__ import annotations

import calendar as month_calendar
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fallback_desktop.core.domain.hours import DEFAULT_HOURS
from fallback_desktop.core.text.catalog import Msg, msg
from fallback_desktop.core.text.days import Day

if TYPE_CHECKING:
    from fallback_desktop.core.calendar.business import BusinessCalendar

WITHDRAWAL_DAYS = 7
MISMATCH_MONTHS = 3
MISMATCH_DAYS = 30
REFUND_BUSINESS_DAYS = 3

NOT_ADVICE = msg("legal.not_advice")


@dataclass(frozen=True)
class LegalClock:
    """The last day to act (inclusive), what it is the last day for, and the article behind it."""

    what: Msg
    article: Msg
    deadline: dt.date

    def days_left(self, today: dt.date) -> int:
        """0 on the last day itself, negative once it has passed."""
        return (self.deadline - today).days

    def has_passed(self, today: dt.date) -> bool:
        return today > self.deadline

    def notice(self, today: dt.date) -> Msg:
        """One sentence: the date, the article, and how it stands today."""
        left = self.days_left(today)
        key = {0: "today", 1: "tomorrow"}.get(left, "ahead" if left > 1 else "passed")
        return msg(
            f"legal.deadline.{key}",
            what=self.what,
            article=self.article,
            deadline=Day(self.deadline),
            days=left,
        )


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month `months` later, or that month's last day when it is shorter
    (민법 §160: 31 January + 1 month ends on the last day of February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last = month_calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last))


def withdrawal_clock(
    contract_date: dt.date | None, delivered_date: dt.date | None
) -> LegalClock | None:
    """§17①: 7 days from the later of the contract document and the delivery; None when
    neither day is known."""
    known = [day for day in (contract_date, delivered_date) if day is not None]
    if not known:
        return None
    return LegalClock(
        msg("legal.what.withdrawal"),
        msg("legal.article.withdrawal"),
        max(known) + dt.timedelta(days=WITHDRAWAL_DAYS),
    )


def mismatch_clock(delivered_date: dt.date, found_out: dt.date | None = None) -> LegalClock:
    """§17③: both limits hold, so the earlier of 3 months from the delivery and 30 days from
    finding out. Without the day the buyer found out, the delivery day stands in for it: the
    buyer could have known from then, and the date given is the safe one."""
    noticed = found_out if found_out is not None else delivered_date
    deadline = min(
        add_months(delivered_date, MISMATCH_MONTHS),
        noticed + dt.timedelta(days=MISMATCH_DAYS),
    )
    return LegalClock(msg("legal.what.mismatch"), msg("legal.article.mismatch"), deadline)


def refund_clock(returned_date: dt.date, calendar: BusinessCalendar) -> LegalClock:
    """§18①: 3 business days (weekdays that are not public holidays) after the seller gets the
    goods back; for goods never delivered, pass the day the purchase was withdrawn."""
    weekdays = calendar.for_hours(DEFAULT_HOURS)
    day, counted = returned_date, 0
    while counted < REFUND_BUSINESS_DAYS:
        day += dt.timedelta(days=1)
        if weekdays.is_business_day(day):
            counted += 1
    return LegalClock(msg("legal.what.refund"), msg("legal.article.refund"), day)
