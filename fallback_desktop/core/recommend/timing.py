"""When a channel can be used and how long until its first reply."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fallback_desktop.core.calendar.business import BusinessCalendar
from fallback_desktop.core.domain.channels import Channel
from fallback_desktop.core.recommend.phone_load import relative_load


@dataclass(frozen=True)
class Timing:
    """When a channel can be used and when its first reply can be expected."""

    open_now: bool
    opens_at: dt.datetime | None  # when staff are next there, if not now
    eta_minutes: int
    phone_load: float | None = None


def channel_timing(channel: Channel, at: dt.datetime, calendar: BusinessCalendar) -> Timing:
    """Open now, and minutes to a first reply including the wait until staff are there."""
    staffed_now = calendar.is_open(at)
    opens_at = None if staffed_now else calendar.next_opening(at)
    wait = (
        0 if staffed_now or not channel.reply_waits_for_staff else calendar.minutes_until_open(at)
    )
    typical = channel.typical_minutes
    load = None
    if channel.id == "phone":
        load = relative_load(opens_at or at, calendar)
        typical = round(typical * (load or 1.0))
    open_now = staffed_now or channel.availability == "any_hour"
    return Timing(open_now=open_now, opens_at=opens_at, eta_minutes=wait + typical, phone_load=load)
