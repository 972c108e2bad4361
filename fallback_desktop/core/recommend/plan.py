"""The plan above the ranking: what to do now, what next and when, and when to escalate.

A plan is a few steps a person can follow. Each step says when it happens ("now", "later" at a
given moment, or "escalate"), which channel it uses (None for a step about no channel, such as
"nothing can answer today"), and its words as a catalog message (resources/text/plan.json),
worded at the edge.

How the steps are chosen (docs/scoring.md, "The plan"):
- when nothing can answer within the urgency, the first step says so, and when a person can
  answer at the earliest; the best live channel then leads, so the case goes in writing now and
  a person is reached as soon as one is there;
- otherwise the first usable channel of the ranking leads. A live one (chat, messenger, phone)
  open now: use it now, and if that does not settle it, put the case in writing. A live one that
  opens within an hour and a half: get ready now, contact it when it opens. One that opens later:
  leave the case in writing now so it is first in the queue, and contact the live channel when
  it opens (or call at that day's quietest hour). A written one: send it now, and if no reply
  comes by the end of its usual range, contact the best live channel;
- the phone is never a step when the person cannot use it (at work: they cannot talk there);
- a phone step names the company's number when the directory knows it, what a call costs from a
  mobile, and the keys that reach a person as the person noted them;
- a step whose channel was timed with the person's own reply time says so, and waits for a
  written reply at least twice that long before following up;
- last, when to give up and go to 1372: three business days after the company is first staffed
  (the end of a 1:1 inquiry's usual 1–3 business days), and after every other step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from fallback_desktop.core.calendar.business import DEFAULT_HOURS, BusinessCalendar, to_seoul
from fallback_desktop.core.domain.channels import Channel, get_channel
from fallback_desktop.core.domain.hours import Hours
from fallback_desktop.core.domain.situation import Context, Need, Situation
from fallback_desktop.core.recommend.phone_load import phone_advice, quietest_hours
from fallback_desktop.core.recommend.ranked import Ranked
from fallback_desktop.core.text.catalog import Msg, Words, msg, render
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.text.timefmt import Duration, Moment

if TYPE_CHECKING:  # the first answer at start-up does without them
    from fallback_desktop.core.domain.company import Address
    from fallback_desktop.core.recommend.experience import Experiences

When = Literal["now", "later", "escalate"]

# A live channel that opens within this many minutes (a whole lunch break, the hour and a half
# before opening) is worth waiting for without writing first.
WAIT_FOR_LIVE_MINUTES = 90
# Give up on the company after this many business days from when it is first staffed.
ESCALATE_AFTER_BUSINESS_DAYS = 3

_NO_WORDS = Words("", "")


@dataclass(frozen=True)
class Step:
    """One thing to do: when, with which channel, at what moment, in what words."""

    when: When
    channel: str | None
    at: dt.datetime | None
    message: Msg

    def to_json(self, lang: Lang) -> dict[str, object]:
        """One entry of `recommend --json`'s "plan" (PRODUCT.md)."""
        return {
            "when": self.when,
            "channel": self.channel,
            "at": None if self.at is None else to_seoul(self.at).isoformat(),
            "text": render(self.message, lang),
        }


@dataclass(frozen=True)
class Plan:
    """The steps in the order to take them; `in_time` is False when nothing can answer within
    the urgency, which the first step then says plainly."""

    steps: tuple[Step, ...]
    in_time: bool = True


@dataclass(frozen=True)
class _Ctx:
    situation: Situation
    at: dt.datetime
    calendar: BusinessCalendar
    hours: Mapping[str, Hours]

    def moment(self, when: dt.datetime) -> Moment:
        return Moment(to_seoul(when), self.at)

    def staffed(self, channel_id: str) -> BusinessCalendar:
        return self.calendar.for_hours(self.hours.get(channel_id, get_channel(channel_id).hours))


@dataclass(frozen=True)
class PhoneLine:
    """A company's number as a phone step names it: the number, what it costs from a mobile, and
    the ARS keys when noted. Worded only when shown, so ranking never loads phonenumbers."""

    address: Address

    def render(self, lang: Lang) -> str:
        cost = self.address.cost
        words = msg(
            "plan.phone_ars" if self.address.ars else "plan.phone_number",
            number=self.address.shown(),
            cost=_NO_WORDS if cost is None else cost.words,
            ars=self.address.ars,
        )
        return render(words, lang)


def make_plan(
    situation: Situation,
    ranking: tuple[Ranked, ...],
    calendar: BusinessCalendar,
    hours: Mapping[str, Hours],
    *,
    phone: Address | None = None,
    experience: Experiences | None = None,
) -> Plan:
    """The steps for this situation, from the ranking made for it (see the module's notes);
    `phone` is the company's number, named in the phone steps; `experience` (channel id ->
    the person's own reply time; default: what the ranking was timed with) is named in the
    steps of those channels."""
    ctx = _Ctx(situation, to_seoul(situation.at), calendar, hours)
    in_time = any(r.group == "in_time" for r in ranking)
    # Channels a person can use here that take the case, in the ranking's order.
    usable = [r for r in ranking if r.usable and get_channel(r.channel).takes_case]
    steps: list[Step] = []
    if not in_time:
        steps.append(_nothing_in_time(ctx, usable))
    if usable:
        top = usable[0]
        live = [r for r in usable if get_channel(r.channel).kind == "live"]
        written = _written(usable, situation)
        # When nothing is in time, the case goes in writing now and a person is reached as soon
        # as one is there, whichever channel the ranking crowned.
        lead = live[0] if live and not in_time else top
        if get_channel(lead.channel).kind == "live":
            steps += _live_first(ctx, lead, written, usable)
        else:
            steps += _written_first(ctx, lead, live)
    if experience is None:
        experience = {r.channel: r.experience for r in ranking if r.experience is not None}
    steps = [_with_experience(step, experience) for step in steps]
    if phone is not None and phone.is_phone:
        steps = [_with_number(step, phone) for step in steps]
    steps.append(_escalate(ctx, steps))
    return Plan(steps=tuple(steps), in_time=in_time)


def _with_experience(step: Step, experience: Experiences) -> Step:
    found = None if step.channel is None else experience.get(step.channel)
    if found is None:
        return step
    return Step(step.when, step.channel, step.at, found.step(step.message))


def _with_number(step: Step, phone: Address) -> Step:
    if step.channel != "phone":
        return step
    words = msg("plan.with_phone", step=step.message, phone=PhoneLine(phone))
    return Step(step.when, step.channel, step.at, words)


def _written(usable: list[Ranked], situation: Situation) -> Ranked | None:
    """The best place to leave the case in writing: among written channels that fully take a
    case, the one that best keeps a record, answers at all, and suits the place and needs —
    not the quickest, since the live step is there for speed."""

    def suits(r: Ranked) -> tuple[float, int]:
        fit = get_channel(r.channel).fit
        needs = sum(fit.needs[need] for need in situation.needs if need is not Need.RECORD)
        value = fit.context[situation.context.value] + fit.needs[Need.RECORD] + fit.reach + needs
        return (round(value, 3), -r.rank)

    candidates = [
        r
        for r in usable
        if get_channel(r.channel).kind == "written" and get_channel(r.channel).fit.takes_case >= 0.8
    ]
    return max(candidates, key=suits, default=None)


def _nothing_in_time(ctx: _Ctx, usable: list[Ranked]) -> Step:
    urgency = ctx.situation.urgency.value
    firsts = [r.staffed_at or r.reply_at for r in usable]
    known = [moment for moment in firsts if moment is not None]
    if not known:
        return Step("now", None, None, msg(f"plan.nothing_{urgency}_at_all"))
    return Step("now", None, None, msg(f"plan.nothing_{urgency}", opens=ctx.moment(min(known))))


def _live_first(ctx: _Ctx, top: Ranked, written: Ranked | None, usable: list[Ranked]) -> list[Step]:
    channel = get_channel(top.channel)
    if top.staffed_at is None:  # people are there now
        first = Step("now", top.channel, None, _use_now(ctx, channel, top))
        if written is None:
            return [first]
        then = msg("plan.then_write", leave=get_channel(written.channel).leave_words)
        return [first, Step("later", written.channel, None, then)]
    opens = top.staffed_at
    phone_usable = any(r.channel == "phone" for r in usable)
    wait = (opens - ctx.at).total_seconds() / 60
    if wait <= WAIT_FOR_LIVE_MINUTES or written is None:
        ready = msg("plan.get_ready", opens=ctx.moment(opens), reach=channel.reach_words)
        return [
            Step("now", top.channel, None, ready),
            _contact_at(ctx, channel, opens, phone_usable, "plan.contact_at"),
        ]
    leave = get_channel(written.channel).leave_words
    if written.staffed_at is None:  # people are at the queue now
        words = msg("plan.write_first_now", leave=leave)
    else:
        words = msg("plan.write_first", leave=leave, queue=ctx.moment(written.staffed_at))
    return [
        Step("now", written.channel, None, words),
        _contact_at(ctx, channel, opens, phone_usable, "plan.follow_up_at"),
    ]


def _use_now(ctx: _Ctx, channel: Channel, top: Ranked) -> Msg:
    if channel.id == "phone":
        return msg("plan.call_now", advice=phone_advice(ctx.at, ctx.staffed("phone")).message())
    return msg("plan.live_now", reach=channel.reach_words, eta=Duration(top.eta_minutes))


def _contact_at(
    ctx: _Ctx, channel: Channel, opens: dt.datetime, phone_usable: bool, key: str
) -> Step:
    """Contact the live channel when it opens; the phone at that day's quietest hour."""
    quiet = _quietest_from(ctx, opens) if phone_usable else None
    if channel.id == "phone":
        moment = quiet or opens
        return Step("later", "phone", moment, msg("plan.call_at", at=ctx.moment(moment)))
    alt: Msg | Words = _NO_WORDS if quiet is None else msg("plan.or_call", quiet=ctx.moment(quiet))
    text = msg(key, opens=ctx.moment(opens), reach=channel.reach_words, alt=alt)
    return Step("later", channel.id, opens, text)


def _quietest_from(ctx: _Ctx, opens: dt.datetime) -> dt.datetime | None:
    """The phone's quietest open hour on the day `opens` falls, from `opens` on."""
    phone = ctx.staffed("phone")
    slots = [s for s in quietest_hours(opens.date(), phone, count=24) if s >= opens]
    return slots[0] if slots else None


def _written_first(ctx: _Ctx, top: Ranked, live: list[Ranked]) -> list[Step]:
    channel = get_channel(top.channel)
    reply = top.reply_at or ctx.at
    now = msg(
        "plan.write_now",
        leave=channel.leave_words,
        reply=ctx.moment(reply),
        range=channel.reply.range,
    )
    steps = [Step("now", top.channel, None, now)]
    if not live:
        return steps
    by = _reply_overdue(ctx, channel, top)
    follow = get_channel(live[0].channel)
    staffed = ctx.staffed(follow.id)
    opens = staffed.next_opening(by)
    if follow.id == "phone":
        opens = _quietest_from(ctx, opens) or opens
    key = "plan.if_no_reply_then" if opens == by else "plan.if_no_reply_at"
    words = msg(key, by=ctx.moment(by), opens=ctx.moment(opens), reach=follow.reach_words)
    steps.append(Step("later", follow.id, opens, words))
    return steps


def _reply_overdue(ctx: _Ctx, channel: Channel, top: Ranked) -> dt.datetime:
    """The end of the channel's usual reply range: after this, no answer means follow up."""
    staffed = ctx.staffed(channel.id)
    start = top.staffed_at or ctx.at
    if channel.reply.business_days is not None:
        by = staffed.add_business_days(start, channel.reply.business_days[1])
    else:
        high = channel.reply.high_minutes or 2 * channel.typical_minutes
        by = start + dt.timedelta(minutes=max(high, channel.typical_minutes))
    if top.experience is not None:  # the person's replies took this long: wait twice that
        by = max(by, start + 2 * top.experience.median)
    return by


def _escalate(ctx: _Ctx, steps: list[Step]) -> Step:
    company = ctx.calendar.for_hours(DEFAULT_HOURS)
    by = company.add_business_days(ctx.at, ESCALATE_AFTER_BUSINESS_DAYS)
    latest = max((s.at for s in steps if s.at is not None), default=None)
    if latest is not None and latest >= by:
        by = company.add_business_days(latest, 1)
    key = "plan.escalate_online" if ctx.situation.context is Context.WORK else "plan.escalate"
    return Step("escalate", None, by, msg(key, by=ctx.moment(by)))
