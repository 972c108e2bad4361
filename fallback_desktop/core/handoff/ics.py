"""Reminders as an iCalendar file (RFC 5545) the person adds to their own calendar, written
with the `icalendar` library (loaded only when a file is made).

Each reminder is one VEVENT: an all-day entry (DTSTART;VALUE=DATE, DTEND the next day, shown as
free time) or a timed one in Asia/Seoul with its VTIMEZONE, each with a DISPLAY VALARM; UID
stable per case and kind of entry, DTSTAMP the moment the file was made, and the summary and
description in the language asked for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from fallback_desktop.core.domain.reminder import TIMED_LENGTH, Reminder
from fallback_desktop.core.text.catalog import render
from fallback_desktop.core.text.lang import Lang

PRODID = "-//Fallback Desk//Case reminders//KO"


def reminders_ics(reminders: Sequence[Reminder], lang: Lang, stamp: dt.datetime) -> bytes:
    """The .ics file's bytes (UTF-8, CRLF line ends, lines folded at 75 octets); `stamp` is
    the aware moment the file is made (its DTSTAMP)."""
    from icalendar import Alarm, Calendar, Event

    if stamp.tzinfo is None:
        raise ValueError("a timezone-aware stamp is needed")
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    utc_stamp = stamp.astimezone(dt.UTC).replace(microsecond=0)
    for reminder in reminders:
        summary = render(reminder.summary, lang)
        event = Event()
        event.add("uid", reminder.uid)
        event.add("dtstamp", utc_stamp)
        start = reminder.start
        if isinstance(start, dt.datetime):
            event.add("dtstart", start.replace(microsecond=0))
            event.add("dtend", start.replace(microsecond=0) + TIMED_LENGTH)
        else:
            event.add("dtstart", start)
            event.add("dtend", start + dt.timedelta(days=1))
            event.add("transp", "TRANSPARENT")
        event.add("summary", summary)
        event.add("description", render(reminder.description, lang))
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", reminder.alarm)
        event.add_component(alarm)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
