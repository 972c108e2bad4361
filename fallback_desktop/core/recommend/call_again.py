"""When to call again after a call that did not get through — the reminder the plan implies.

The case's latest attempt was a call that was not answered, was busy or was cut off, and the
company has not answered on any channel: the phone line's next stretch of hours that is not the
one under way (after lunch, or 09:00 the next business morning), on the company's own hours when
the directory has them, else the usual hours of a phone line. None when there is nothing to call
again about.
"""

from __future__ import annotations

import datetime as dt

from fallback_desktop.core.calendar.business import BusinessCalendar, to_seoul
from fallback_desktop.core.domain.case import CaseRecord, Outcome
from fallback_desktop.core.domain.hours import ChannelHours
from fallback_desktop.core.recommend.ranking import channel_hours

NOT_THROUGH = frozenset({Outcome.NO_ANSWER, Outcome.BUSY, Outcome.CUT_OFF})


def call_again_at(
    record: CaseRecord,
    now: dt.datetime,
    calendar: BusinessCalendar,
    company_hours: ChannelHours | None = None,
) -> dt.datetime | None:
    """See the module's docstring; `now` is aware."""
    if not record.attempts or record.replied:
        return None
    last = record.attempts[-1]
    if last.channel != "phone" or last.outcome not in NOT_THROUGH:
        return None
    line = calendar.for_hours(channel_hours(company_hours)["phone"])
    moment = to_seoul(now)
    if line.is_open(moment):
        closes = line.closes_at(moment)
        if closes is not None:
            moment = closes
    return line.next_opening(moment)


__all__ = ["NOT_THROUGH", "call_again_at"]
