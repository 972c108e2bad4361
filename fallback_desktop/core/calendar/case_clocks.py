"""A case's clocks — its reply-by day and the legal deadlines its days start — and the
reminders made of them for the person's calendar.

The legal arithmetic is core.calendar.legal_clocks's; here only which clocks a case's known
days start: the withdrawal window (§17①) from the order or delivery day, the window for goods
unlike their advertisement (§17③) from the delivery and the day the problem was found, the
seller's refund (§18①) from the day it got the goods back.
"""

from __future__ import annotations

import datetime as dt

from fallback_desktop.core.calendar.business import BusinessCalendar
from fallback_desktop.core.calendar.legal_clocks import (
    NOT_ADVICE,
    LegalClock,
    mismatch_clock,
    refund_clock,
    withdrawal_clock,
)
from fallback_desktop.core.domain.case import Case, seoul
from fallback_desktop.core.domain.reminder import Reminder
from fallback_desktop.core.text.catalog import msg
from fallback_desktop.core.text.days import Day

# When the alarms ring: on the reply-by day at 09:00, the day before a legal deadline at 09:00
# (time to act), ten minutes before a call.
REPLY_BY_ALARM = dt.timedelta(hours=9)
LEGAL_ALARM = -dt.timedelta(hours=15)
CALL_ALARM = -dt.timedelta(minutes=10)


def legal_clocks(case: Case, calendar: BusinessCalendar) -> list[LegalClock]:
    """The legal deadlines the case's known days start, earliest first."""
    clocks: list[LegalClock] = []
    withdrawal = withdrawal_clock(case.ordered_on, case.delivered_on)
    if withdrawal is not None:
        clocks.append(withdrawal)
    if case.delivered_on is not None:
        # The incident is when the person found the problem, but only from the delivery on:
        # an earlier day (a late delivery) says nothing about the goods themselves.
        found = case.incident_date
        if found is not None and found < case.delivered_on:
            found = None
        clocks.append(mismatch_clock(case.delivered_on, found))
    if case.returned_on is not None:
        clocks.append(refund_clock(case.returned_on, calendar))
    return sorted(clocks, key=lambda clock: clock.deadline)


def clock_key(clock: LegalClock) -> str:
    """'withdrawal', 'mismatch' or 'refund': the clock's kind, from the words it carries."""
    return clock.what.key.rsplit(".", 1)[-1]


def _about(case: Case) -> str:
    return f"{case.company} · {case.product}" if case.product else case.company


def reminders(
    case: Case,
    calendar: BusinessCalendar,
    today: dt.date,
    *,
    call_again: dt.datetime | None = None,
) -> list[Reminder]:
    """The calendar entries of a stored case: its reply-by day, each legal deadline that has
    not passed, and a call to make again at `call_again` (aware) when given."""
    if case.id is None:
        raise ValueError("reminders need a stored case (with its id)")
    about = _about(case)

    def entry(
        key: str, start: dt.date | dt.datetime, words: str, alarm: dt.timedelta, /, **params: object
    ) -> Reminder:
        summary = msg(f"case.ics.{words}.summary", about=about, **params)
        description = msg(f"case.ics.{words}.description", company=case.company, **params)
        assert case.id is not None
        return Reminder(key, case.id, case.opened_on, start, summary, description, alarm)

    found = [entry("reply_by", case.reply_by, "reply_by", REPLY_BY_ALARM, day=Day(case.reply_by))]
    for clock in legal_clocks(case, calendar):
        if clock.has_passed(today):
            continue
        found.append(
            entry(
                f"legal_{clock_key(clock)}",
                clock.deadline,
                "legal",
                LEGAL_ALARM,
                what=clock.what,
                article=clock.article,
                deadline=Day(clock.deadline),
                not_advice=NOT_ADVICE,
            )
        )
    if call_again is not None:
        found.append(entry("call_again", seoul(call_again), "call_again", CALL_ALARM))
    return found
