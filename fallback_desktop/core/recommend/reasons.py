"""Short reasons a person understands, chosen from what moved a channel's score most."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache

from fallback_desktop.core.calendar.business import BusinessCalendar
from fallback_desktop.core.domain.channels import Channel
from fallback_desktop.core.domain.situation import HORIZON_MINUTES, Situation, Urgency
from fallback_desktop.core.recommend.phone_load import best_time_to_call, quietest_hours
from fallback_desktop.core.recommend.timing import Timing
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.text.timefmt import format_duration, format_moment
from fallback_desktop.paths import resource

MAX_REASONS = 3

# A fit at or above GOOD earns a positive reason, at or below POOR a warning.
GOOD_FIT = 0.9
POOR_FIT = 0.6
# The phone counts as busy when its load is this much above the average.
BUSY_LOAD = 1.15


@dataclass(frozen=True)
class Reason:
    text: str
    importance: float  # larger first; ties keep the order they were found in


@cache
def _texts() -> dict[str, dict[str, str]]:
    raw = json.loads(resource("data", "reasons.json").read_text(encoding="utf-8"))
    texts: dict[str, dict[str, str]] = raw["texts"]
    return texts


def reason_text(key: str, lang: Lang, **values: str) -> str:
    return _texts()[key][lang].format(**values)


def _closed_key(at: dt.datetime, calendar: BusinessCalendar) -> str:
    day = at.date()
    hours = calendar.hours
    if calendar.hours.closed_on_holidays and calendar.holiday_name(day, "ko"):
        return "closed.holiday"
    if day.weekday() not in hours.weekdays:
        return "closed.weekend"
    clock = at.time()
    if hours.lunch and hours.lunch[0] <= clock < hours.lunch[1]:
        return "closed.lunch"
    if clock < hours.opens:
        return "closed.before"
    return "closed.after"


def _availability(
    channel: Channel, at: dt.datetime, timing: Timing, calendar: BusinessCalendar, lang: Lang
) -> Reason:
    when = format_moment(timing.opens_at, at, lang) if timing.opens_at else ""
    if channel.availability == "business_hours":
        if timing.opens_at is None:
            closes = calendar.closes_at(at)
            until = closes.strftime("%H:%M") if closes else ""
            return Reason(reason_text("open.staffed", lang, until=until), 6)
        key = _closed_key(at, calendar)
        holiday = calendar.holiday_name(at.date(), lang) or ""
        return Reason(reason_text(key, lang, when=when, holiday=holiday), 100)
    if channel.id == "portal":
        return Reason(reason_text("portal.any_hour", lang), 4)
    if timing.opens_at is not None and channel.reply_waits_for_staff:
        return Reason(reason_text("send.now_staff_later", lang, when=when), 7)
    return Reason(reason_text("send.any_hour", lang), 5)


def _speed(
    channel: Channel,
    situation: Situation,
    timing: Timing,
    calendar: BusinessCalendar,
    lang: Lang,
) -> list[Reason]:
    eta = format_duration(timing.eta_minutes, lang)
    urgent = situation.urgency in (Urgency.NOW, Urgency.TODAY)
    slow = urgent and timing.eta_minutes > HORIZON_MINUTES[situation.urgency]
    reasons = []
    if timing.eta_minutes > 0:  # "at once" is already said by the availability reason
        key = "eta.slow" if slow else "eta.fast"
        reasons.append(Reason(reason_text(key, lang, eta=eta), 9 if urgent else 3))
    if channel.id == "phone":
        reasons.append(Reason(reason_text("phone.failed", lang), 2))
        if timing.phone_load is not None and timing.opens_at is None:
            if timing.phone_load >= BUSY_LOAD:
                best = _quieter_time(situation.at, calendar)
                if best is not None:
                    moment = format_moment(best, situation.at, lang)
                    reasons.append(Reason(reason_text("phone.busy", lang, best=moment), 8))
            else:
                reasons.append(Reason(reason_text("phone.quiet", lang), 4))
    return reasons


def _quieter_time(at: dt.datetime, calendar: BusinessCalendar) -> dt.datetime | None:
    """A quieter hour later today if there is one, else the best time in the coming week."""
    later_today = [h for h in quietest_hours(at.date(), calendar, count=24) if h > at]
    return later_today[0] if later_today else best_time_to_call(at, calendar)


def _fit(channel: Channel, situation: Situation, lang: Lang) -> list[Reason]:
    reasons = []
    context_fit = channel.fit.context[situation.context.value]
    if context_fit >= GOOD_FIT and situation.context.value != "home":
        reasons.append(Reason(reason_text(f"context.{situation.context.value}.good", lang), 5))
    elif context_fit <= POOR_FIT:
        key = f"context.{situation.context.value}.poor"
        reasons.append(Reason(reason_text(key, lang), 20 * (1 - context_fit)))
    for need in sorted(situation.needs):
        fit = channel.fit.needs[need]
        if fit >= 0.7:
            reasons.append(Reason(reason_text(f"need.{need.value}.good", lang), 10 * fit))
        elif fit <= 0.3:
            reasons.append(Reason(reason_text(f"need.{need.value}.poor", lang), 30 * (1 - fit)))
    if channel.fit.takes_case <= 0.3:
        reasons.append(Reason(reason_text("case.poor", lang), 12))
    elif channel.fit.takes_case < 0.8:
        reasons.append(Reason(reason_text("case.partial", lang), 4))
    relaxed = situation.urgency in (Urgency.WEEK, Urgency.ANYTIME)
    if relaxed and channel.reply_waits_for_staff and channel.fit.hands_free >= GOOD_FIT:
        reasons.append(Reason(reason_text("async.good", lang), 6))
    return reasons


def explain(
    channel: Channel,
    situation: Situation,
    timing: Timing,
    calendar: BusinessCalendar,
    lang: Lang,
) -> list[Reason]:
    """Two or three reasons for this channel, most important first."""
    candidates = [_availability(channel, situation.at, timing, calendar, lang)]
    candidates += _speed(channel, situation, timing, calendar, lang)
    candidates += _fit(channel, situation, lang)
    ordered = sorted(enumerate(candidates), key=lambda pair: (-pair[1].importance, pair[0]))
    return [reason for _, reason in ordered[:MAX_REASONS]]
