"""When a channel can be used, when people are there, and when its first reply can be expected."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from fallback_desktop.core.calendar.business import SEOUL, BusinessCalendar, to_seoul
from fallback_desktop.core.domain.channels import Channel
from fallback_desktop.core.domain.situation import HORIZON_MINUTES, Urgency
from fallback_desktop.core.recommend.phone_load import relative_load


@dataclass(frozen=True)
class Timing:
    """When a channel can be used and when its first reply can be expected."""

    open_now: bool  # it can be used, or a message sent, right now
    opens_at: dt.datetime | None  # when people are next there, if not now
    eta_minutes: int  # from now to the first reply by a person (0: at once, self-service)
    phone_load: float | None = None
    reply_at: dt.datetime | None = None  # the moment of that first reply, in Seoul


def deadline_minutes(urgency: Urgency, at: dt.datetime) -> int:
    """How far ahead a reply still counts as in time: an hour for "now", the end of the day
    (midnight in Korea) for "today", 7 and 30 days for "this week" and "no rush"."""
    if urgency is Urgency.TODAY:
        moment = to_seoul(at)
        midnight = dt.datetime.combine(moment.date() + dt.timedelta(days=1), dt.time(), SEOUL)
        return max(1, math.floor((midnight - moment).total_seconds() / 60))
    return HORIZON_MINUTES[urgency]


def channel_timing(channel: Channel, at: dt.datetime, calendar: BusinessCalendar) -> Timing:
    """Timing on the channel's own hours (`calendar` is already for them).

    Minutes to a first reply = the wait until people are there + the typical reply, and a
    written reply that would fall outside staffed hours comes when they next open; a reply
    given in business days counts that many staffed days from the moment people are there.
    """
    moment = to_seoul(at)
    if not channel.reply_waits_for_staff:
        return Timing(True, None, channel.typical_minutes, reply_at=moment)
    staffed_now = calendar.is_open(moment)
    opens_at = None if staffed_now else calendar.next_opening(moment)
    if staffed_now and channel.kind == "live":
        # Minutes before lunch or closing are too late to start a call or a chat: people are
        # next there for you when the following stretch opens.
        closes = calendar.closes_at(moment)
        if (
            closes is not None
            and moment + dt.timedelta(minutes=_typical(channel, moment, calendar)) > closes
        ):
            following = calendar.next_opening(closes)
            if following > closes:
                staffed_now, opens_at = False, following
    start = opens_at or moment
    load = relative_load(start, calendar) if channel.id == "phone" else None
    if channel.typical_business_days is not None:
        reply_at = calendar.add_business_days(start, channel.typical_business_days)
    else:
        reply_at = start + dt.timedelta(minutes=_typical(channel, start, calendar))
        if channel.kind != "live" and not calendar.is_open(reply_at):
            # A written reply is written by people at work: one the average would place in the
            # evening or at lunch comes when they are back.
            reply_at = calendar.next_opening(reply_at)
    eta = math.ceil((reply_at - moment).total_seconds() / 60)
    open_now = staffed_now or channel.availability == "any_hour"
    return Timing(open_now, opens_at, eta, load, reply_at)


def _typical(channel: Channel, start: dt.datetime, calendar: BusinessCalendar) -> int:
    """The typical first reply in minutes once people are there; the phone's by its load."""
    if channel.id != "phone":
        return channel.typical_minutes
    return round(channel.typical_minutes * (relative_load(start, calendar) or 1.0))
