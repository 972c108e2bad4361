"""A reminder for the person's own calendar: a day (all day) or a moment, what to call it, and
when its alarm rings. core.calendar.case_clocks makes them from a case; core.handoff.ics writes
them as an .ics file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fallback_desktop.core.text.catalog import Msg

# A timed reminder (a call to make) takes this long in the calendar.
TIMED_LENGTH = dt.timedelta(minutes=15)


@dataclass(frozen=True)
class Reminder:
    """One calendar entry of a case.

    `key` tells the entries of one case apart and stays the same when the file is made again
    (so a calendar updates the entry rather than adding a second one): 'reply_by',
    'legal_<clock>', 'call_again'. `start` is a date for an all-day entry, an aware datetime for
    a timed one. `alarm` is when the alarm rings relative to the start (negative: before it).
    """

    key: str
    case_id: int
    case_opened: dt.date
    start: dt.date | dt.datetime
    summary: Msg
    description: Msg
    alarm: dt.timedelta

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, dt.datetime)

    @property
    def uid(self) -> str:
        """Stable for this case and kind of entry; no personal data in it."""
        opened = self.case_opened.strftime("%Y%m%d")
        return f"case-{self.case_id}-{opened}-{self.key}@fallback-desktop"
