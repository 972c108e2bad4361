"""Short reasons a person understands, chosen from what moved a channel's score most.

A reason is a catalog message (key + parameters, resources/text/reasons.json): the window and
the command line word it in the reader's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fallback_desktop.core.calendar.business import BusinessCalendar
from fallback_desktop.core.domain.channels import Channel
from fallback_desktop.core.domain.situation import HORIZON_MINUTES, Situation, Urgency
from fallback_desktop.core.recommend.phone_load import phone_advice
from fallback_desktop.core.recommend.timing import Timing
from fallback_desktop.core.text.catalog import Msg, Words, msg
from fallback_desktop.core.text.timefmt import Duration, Moment

MAX_REASONS = 3

# A fit at or above GOOD earns a positive reason, at or below POOR a warning.
GOOD_FIT = 0.9
POOR_FIT = 0.6


@dataclass(frozen=True)
class Reason:
    message: Msg
    importance: float  # larger first; ties keep the order they were found in


def _closed_key(at: dt.datetime, calendar: BusinessCalendar) -> str:
    day = at.date()
    hours = calendar.hours
    if calendar.hours.closed_on_holidays and calendar.holiday_name(day, "ko"):
        return "reason.closed_holiday"
    if day.weekday() not in hours.weekdays:
        return "reason.closed_weekend"
    clock = at.time()
    if hours.lunch and hours.lunch[0] <= clock < hours.lunch[1]:
        return "reason.closed_lunch"
    if clock < hours.opens:
        return "reason.closed_before"
    return "reason.closed_after"


def _holiday(day: dt.date, calendar: BusinessCalendar) -> Words:
    return Words(calendar.holiday_name(day, "ko") or "", calendar.holiday_name(day, "en") or "")


def _availability(
    channel: Channel, at: dt.datetime, timing: Timing, calendar: BusinessCalendar
) -> Reason:
    if channel.availability == "business_hours":
        if timing.opens_at is None:
            closes = calendar.closes_at(at)
            until = closes.strftime("%H:%M") if closes else ""
            return Reason(msg("reason.open_staffed", until=until), 6)
        opens = Moment(timing.opens_at, at)
        key = _closed_key(at, calendar)
        if key == "reason.closed_holiday":
            return Reason(msg(key, opens=opens, holiday=_holiday(at.date(), calendar)), 100)
        return Reason(msg(key, opens=opens), 100)
    if channel.id == "portal":
        return Reason(msg("reason.portal_any_hour"), 4)
    if timing.opens_at is not None and channel.reply_waits_for_staff:
        return Reason(msg("reason.send_now_staff_later", opens=Moment(timing.opens_at, at)), 7)
    return Reason(msg("reason.send_any_hour"), 5)


def _speed(
    channel: Channel, situation: Situation, timing: Timing, calendar: BusinessCalendar
) -> list[Reason]:
    urgent = situation.urgency in (Urgency.NOW, Urgency.TODAY)
    slow = urgent and timing.eta_minutes > HORIZON_MINUTES[situation.urgency]
    reasons = []
    if timing.eta_minutes > 0:  # "at once" is already said by the availability reason
        key = "reason.eta_slow" if slow else "reason.eta_fast"
        reasons.append(Reason(msg(key, eta=Duration(timing.eta_minutes)), 9 if urgent else 3))
    if channel.id == "phone":
        reasons.append(Reason(msg("reason.phone_failed"), 2))
        reasons += _phone_load(situation.at, calendar)
    return reasons


def _phone_load(at: dt.datetime, calendar: BusinessCalendar) -> list[Reason]:
    """Busy or not right now, from the same advice the window and the command line show."""
    advice = phone_advice(at, calendar)
    if advice.state == "quiet":
        return [Reason(msg("reason.phone_quiet"), 4)]
    if advice.state == "busy":
        if advice.when is None:
            return [Reason(msg("reason.phone_busy_all_week"), 8)]
        return [Reason(msg("reason.phone_busy", quieter=Moment(advice.when, advice.at)), 8)]
    return []  # closed: the availability reason says when it opens


def _fit(channel: Channel, situation: Situation) -> list[Reason]:
    reasons = []
    place = situation.context.value
    context_fit = channel.fit.context[place]
    if context_fit >= GOOD_FIT and place != "home":
        reasons.append(Reason(msg(f"reason.context_{place}_good"), 5))
    elif context_fit <= POOR_FIT:
        reasons.append(Reason(msg(f"reason.context_{place}_poor"), 20 * (1 - context_fit)))
    for need in sorted(situation.needs):
        fit = channel.fit.needs[need]
        if fit >= 0.7:
            reasons.append(Reason(msg(f"reason.need_{need.value}_good"), 10 * fit))
        elif fit <= 0.3:
            reasons.append(Reason(msg(f"reason.need_{need.value}_poor"), 30 * (1 - fit)))
    if channel.fit.takes_case <= 0.3:
        reasons.append(Reason(msg("reason.case_poor"), 12))
    elif channel.fit.takes_case < 0.8:
        reasons.append(Reason(msg("reason.case_partial"), 4))
    relaxed = situation.urgency in (Urgency.WEEK, Urgency.ANYTIME)
    if relaxed and channel.reply_waits_for_staff and channel.fit.hands_free >= GOOD_FIT:
        reasons.append(Reason(msg("reason.async_good"), 6))
    return reasons


def explain(
    channel: Channel, situation: Situation, timing: Timing, calendar: BusinessCalendar
) -> list[Msg]:
    """Two or three reasons for this channel, most important first."""
    candidates = [_availability(channel, situation.at, timing, calendar)]
    candidates += _speed(channel, situation, timing, calendar)
    candidates += _fit(channel, situation)
    ordered = sorted(enumerate(candidates), key=lambda pair: (-pair[1].importance, pair[0]))
    return [reason.message for _, reason in ordered[:MAX_REASONS]]
