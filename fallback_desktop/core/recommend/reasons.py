"""Short reasons a person understands, chosen from what moved a channel's place most.

A reason is a catalog message (key + parameters, resources/text/reasons.json): the window and
the command line word it in the reader's language. The reasons that explain the order come
first: why a channel cannot be used here, when a closed one opens, that it cannot answer in
time, and — where a faster channel is not first — what holds that one back (CAVEATS) or why the
first one is still the better step (ORDER_NOTES).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fallback_desktop.core.calendar.business import BusinessCalendar
from fallback_desktop.core.domain.channels import CANNOT, Channel
from fallback_desktop.core.domain.hours import SATURDAY
from fallback_desktop.core.domain.situation import Need, Situation, Urgency
from fallback_desktop.core.recommend.phone_load import phone_advice
from fallback_desktop.core.recommend.timing import Timing
from fallback_desktop.core.text.catalog import Msg, Words, msg
from fallback_desktop.core.text.timefmt import Duration, Moment

if TYPE_CHECKING:
    from fallback_desktop.core.recommend.experience import Experience

MAX_REASONS = 3

# A fit at or above GOOD earns a positive reason, at or below POOR a warning; below USABLE the
# place rules the channel out (the phone at work: you cannot talk there).
GOOD_FIT = 0.9
POOR_FIT = 0.6
USABLE_FIT = 0.3
LIMITED_FIT = 0.3

# Importance: larger first; ties keep the order they were found in.
BLOCKING = 110.0  # cannot be used here, or cannot carry what is needed
CLOSED = 100.0
LATE = 60.0
EXPLAINS_ORDER = 50.0

# Reasons that say what holds a channel back even when it answers sooner than the first one.
CAVEATS: frozenset[str] = frozenset(
    {
        "reason.phone_failed",
        "reason.case_poor",
        "reason.case_partial",
        *(f"reason.context_{place}_poor" for place in ("home", "moving", "work")),
        *(f"reason.need_{need.value}_poor" for need in Need),
        *(f"reason.need_{need.value}_limited" for need in Need),
    }
)
# Reasons that say why the first channel leads although another would answer sooner.
ORDER_NOTES: frozenset[str] = frozenset(
    {*(f"reason.soon_enough_{urgency.value}" for urgency in Urgency), "reason.as_soon_as_any"}
)


@dataclass(frozen=True)
class Reason:
    message: Msg
    importance: float


def usable_here(channel: Channel, situation: Situation) -> bool:
    """Whether the person can use it where they are and it can carry every need they ticked."""
    if channel.fit.context[situation.context.value] < USABLE_FIT:
        return False
    return all(channel.can_carry(need) for need in situation.needs)


def may_hold_back(channel: Channel, situation: Situation) -> bool:
    """Whether the channel has a caveat to show in this situation (one of CAVEATS)."""
    if channel.id == "phone" or channel.fit.takes_case < 0.8:
        return True
    if channel.fit.context[situation.context.value] <= POOR_FIT:
        return True
    return any(channel.fit.needs[need] <= LIMITED_FIT for need in situation.needs)


def _closed_key(at: dt.datetime, calendar: BusinessCalendar) -> str:
    day = at.date()
    hours = calendar.hours
    if hours.closed_on_holidays and calendar.holiday_name(day, "ko"):
        return "reason.closed_holiday"
    stretch = hours.stretch(day.weekday())
    if stretch is None:
        return "reason.closed_weekend" if day.weekday() >= SATURDAY else "reason.closed_today"
    clock = at.time()
    lunch = hours.lunch_on(day.weekday())
    if lunch and lunch[0] <= clock < lunch[1]:
        return "reason.closed_lunch"
    if clock < stretch[0]:
        return "reason.closed_before"
    return "reason.closed_after"


def _holiday(day: dt.date, calendar: BusinessCalendar) -> Words:
    return Words(calendar.holiday_name(day, "ko") or "", calendar.holiday_name(day, "en") or "")


def _availability(
    channel: Channel, at: dt.datetime, timing: Timing, calendar: BusinessCalendar
) -> Reason:
    if timing.opens_at is not None and calendar.is_open(at):
        closes = calendar.closes_at(at)
        until = closes.strftime("%H:%M") if closes else ""
        opens = Moment(timing.opens_at, at)
        return Reason(msg("reason.closing_soon", closes=until, opens=opens), CLOSED)
    if channel.availability == "business_hours":
        if timing.opens_at is None:
            if calendar.hours.is_around_the_clock:
                return Reason(msg("reason.open_around_the_clock"), 6)
            closes = calendar.closes_at(at)
            until = closes.strftime("%H:%M") if closes else ""
            return Reason(msg("reason.open_staffed", until=until), 6)
        opens = Moment(timing.opens_at, at)
        key = _closed_key(at, calendar)
        if key == "reason.closed_holiday":
            return Reason(msg(key, opens=opens, holiday=_holiday(at.date(), calendar)), CLOSED)
        return Reason(msg(key, opens=opens), CLOSED)
    if not channel.reply_waits_for_staff:
        return Reason(msg("reason.portal_any_hour"), 4)
    if timing.opens_at is not None:
        key = (
            "reason.chatbot_now_people_later"
            if channel.chatbot_any_hour
            else ("reason.send_now_staff_later")
        )
        return Reason(msg(key, opens=Moment(timing.opens_at, at)), 7)
    return Reason(msg("reason.send_any_hour"), 5)


def _speed(
    channel: Channel,
    situation: Situation,
    timing: Timing,
    calendar: BusinessCalendar,
    deadline: int,
) -> list[Reason]:
    urgent = situation.urgency in (Urgency.NOW, Urgency.TODAY)
    reasons = []
    if channel.takes_case and timing.eta_minutes > deadline:
        key = f"reason.late_{situation.urgency.value}"
        reasons.append(Reason(msg(key, eta=Duration(timing.eta_minutes)), LATE))
    elif timing.eta_minutes > 0:  # "at once" is already said by the availability reason
        reasons.append(
            Reason(msg("reason.eta_fast", eta=Duration(timing.eta_minutes)), 9 if urgent else 3)
        )
    if channel.id == "phone":
        reasons.append(Reason(msg("reason.phone_failed"), 2))
        reasons += _phone_load(situation.at, calendar)
    return reasons


def _phone_load(at: dt.datetime, calendar: BusinessCalendar) -> list[Reason]:
    """Busy or not right now, from the same advice the window and the command line show."""
    advice = phone_advice(at, calendar)
    if advice.state == "quiet":
        return [Reason(msg("reason.phone_quiet"), 7)]
    if advice.state == "busy":
        if advice.when is None:
            return [Reason(msg("reason.phone_busy_all_week"), 8)]
        return [Reason(msg("reason.phone_busy", quieter=Moment(advice.when, advice.at)), 8)]
    return []  # closed: the availability reason says when it opens


def _need(channel: Channel, need: Need) -> Reason | None:
    fit = channel.fit.needs[need]
    if fit <= CANNOT:
        return Reason(msg(f"reason.need_{need.value}_poor"), BLOCKING)
    if fit <= LIMITED_FIT:
        return Reason(msg(f"reason.need_{need.value}_limited"), 30 * (1 - fit))
    if fit >= 0.7:
        return Reason(msg(f"reason.need_{need.value}_good"), 10 * fit)
    return None


def _fit(channel: Channel, situation: Situation) -> list[Reason]:
    reasons = []
    place = situation.context.value
    context_fit = channel.fit.context[place]
    if context_fit < USABLE_FIT:
        reasons.append(Reason(msg(f"reason.context_{place}_poor"), BLOCKING))
    elif context_fit >= GOOD_FIT and place != "home":
        reasons.append(Reason(msg(f"reason.context_{place}_good"), 5))
    elif context_fit <= POOR_FIT:
        reasons.append(Reason(msg(f"reason.context_{place}_poor"), 20 * (1 - context_fit)))
    reasons += [r for need in sorted(situation.needs) if (r := _need(channel, need)) is not None]
    if channel.fit.takes_case <= 0.3:
        reasons.append(Reason(msg("reason.case_poor"), EXPLAINS_ORDER))
    elif channel.fit.takes_case < 0.8:
        reasons.append(Reason(msg("reason.case_partial"), 4))
    relaxed = situation.urgency in (Urgency.WEEK, Urgency.ANYTIME)
    if relaxed and channel.reply_waits_for_staff and channel.fit.hands_free >= GOOD_FIT:
        reasons.append(Reason(msg("reason.async_good"), 6))
    return reasons


def explain(
    channel: Channel,
    situation: Situation,
    timing: Timing,
    calendar: BusinessCalendar,
    *,
    deadline: int,
    faster_than_top: bool = False,
    top_note: Msg | None = None,
    experience: Experience | None = None,
) -> list[Msg]:
    """Two or three reasons for this channel, most important first.

    `calendar` is for the channel's own hours; `deadline` the minutes within which a reply is
    in time. A channel that answers sooner than the first one shows what holds it back; the
    first one shows `top_note` when it leads although another would answer sooner. A channel
    timed with the person's own `experience` always says so, last.
    """
    candidates = [_availability(channel, situation.at, timing, calendar)]
    candidates += _speed(channel, situation, timing, calendar, deadline)
    candidates += _fit(channel, situation)
    if faster_than_top:
        candidates = [
            Reason(r.message, max(r.importance, EXPLAINS_ORDER)) if r.message.key in CAVEATS else r
            for r in candidates
        ]
    if top_note is not None:
        candidates.append(Reason(top_note, EXPLAINS_ORDER))
    ordered = sorted(enumerate(candidates), key=lambda pair: (-pair[1].importance, pair[0]))
    chosen = [reason.message for _, reason in ordered[:MAX_REASONS]]
    return chosen if experience is None else [*chosen, experience.reason]


def has_caveat(reasons: tuple[Msg, ...] | list[Msg]) -> bool:
    """Whether one of the reasons says what holds the channel back."""
    return any(reason.key in CAVEATS for reason in reasons)
