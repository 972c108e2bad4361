"""Rank the eight channels for a situation, and put a plan above them (docs/scoring.md).

The order is honest before it is clever: channels that can be used here and answer within the
urgency come first; then those that answer later (when none is in time, in the order their
first reply comes); then the help portal, a first look that takes no case; last, channels the
person cannot use where they are or that cannot carry what they need. Within each group a
weighted, explainable score decides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fallback_desktop.core.calendar.business import BusinessCalendar, to_seoul
from fallback_desktop.core.domain.channels import CHANNEL_IDS, Channel, load_channels
from fallback_desktop.core.domain.hours import ChannelHours, Hours
from fallback_desktop.core.domain.situation import Situation, Urgency
from fallback_desktop.core.recommend.plan import Plan, make_plan
from fallback_desktop.core.recommend.ranked import GROUPS, Group, Ranked
from fallback_desktop.core.recommend.reasons import explain, has_caveat, may_hold_back, usable_here
from fallback_desktop.core.recommend.timing import Timing, channel_timing, deadline_minutes
from fallback_desktop.core.text.catalog import Msg, msg, render
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.text.timefmt import Moment

if TYPE_CHECKING:  # the first answer at start-up does without them
    from fallback_desktop.core.domain.company import Company
    from fallback_desktop.core.recommend.experience import Experience

# The weight of each factor per urgency: the more urgent, the more speed and acting now count;
# the less urgent, the more it matters that you need not sit on hold or in a chat window.
SPEED_WEIGHT = {Urgency.NOW: 45, Urgency.TODAY: 30, Urgency.WEEK: 15, Urgency.ANYTIME: 5}
ACT_NOW_WEIGHT = {Urgency.NOW: 10, Urgency.TODAY: 5, Urgency.WEEK: 0, Urgency.ANYTIME: 0}
ASYNC_WEIGHT = {Urgency.NOW: 0, Urgency.TODAY: 5, Urgency.WEEK: 10, Urgency.ANYTIME: 15}
CONTEXT_WEIGHT = 20
NEED_WEIGHT = 15

# A need the channel cannot meet at all (fit 0) halves its score: e.g. personal data on SNS.
UNMET_NEED_FACTOR = 0.5
# A channel that cannot take the case (takes_case 0) keeps only this share of its score: the
# portal answers documented questions at once but is no place to lodge a complaint.
NO_CASE_SHARE = 0.5


@dataclass(frozen=True)
class Recommendation:
    situation: Situation
    ranking: tuple[Ranked, ...]
    plan: Plan = field(default_factory=lambda: Plan(steps=()))
    # The hours each channel was timed with: the company's where known, else the defaults.
    hours: Mapping[str, Hours] = field(default_factory=dict)
    # The company advised about: only its channels are ranked, in its hours. None = unknown.
    company: Company | None = None

    def to_json(self, lang: Lang) -> dict[str, Any]:
        """The object `recommend --json` prints (PRODUCT.md), its texts worded in lang."""
        s = self.situation
        return {
            "at": to_seoul(s.at).isoformat(),
            "urgency": s.urgency.value,
            "context": s.context.value,
            "needs": sorted(n.value for n in s.needs),
            "company": None if self.company is None else self.company.name,
            "plan": [step.to_json(lang) for step in self.plan.steps],
            "ranking": [
                {
                    "channel": r.channel,
                    "rank": r.rank,
                    "score": r.score,
                    "open_now": r.open_now,
                    "eta_minutes": r.eta_minutes,
                    "reasons": [render(reason, lang) for reason in r.reasons],
                    "experience": None if r.experience is None else r.experience.to_json(),
                }
                for r in self.ranking
            ],
        }


def _score(channel: Channel, situation: Situation, timing: Timing, horizon: int) -> float:
    """Weighted mean of the factors, 0–100."""
    urgency = situation.urgency
    speed = horizon / (horizon + timing.eta_minutes)  # a reply at the horizon scores half
    # Speed counts only as far as the channel can take your case and you get an answer at all.
    # Acting now means a person there for a live channel (a chatbot alone does not count), and
    # for a written one that the message joins the queue now.
    acts_now = timing.opens_at is None if channel.kind == "live" else timing.open_now
    factors: list[tuple[float, float]] = [
        (SPEED_WEIGHT[urgency], speed * channel.fit.takes_case * channel.fit.reach),
        (ACT_NOW_WEIGHT[urgency], 1.0 if acts_now else 0.0),
        (ASYNC_WEIGHT[urgency], channel.fit.hands_free),
        (CONTEXT_WEIGHT, channel.fit.context[situation.context.value]),
    ]
    factors += [(NEED_WEIGHT, channel.fit.needs[need]) for need in sorted(situation.needs)]
    total_weight = sum(w for w, _ in factors)
    score = 100 * sum(w * f for w, f in factors) / total_weight
    score *= NO_CASE_SHARE + (1 - NO_CASE_SHARE) * channel.fit.takes_case
    if any(channel.fit.needs[need] == 0 for need in situation.needs):
        score *= UNMET_NEED_FACTOR
    return round(score, 1)


def _group(channel: Channel, situation: Situation, timing: Timing, deadline: int) -> Group:
    if not usable_here(channel, situation):
        return "unusable"
    if not channel.takes_case:
        return "first_look"
    return "in_time" if timing.eta_minutes <= deadline else "late"


@dataclass(frozen=True)
class _Entry:
    channel: Channel
    timing: Timing
    score: float
    group: Group


def _order(entries: list[_Entry]) -> list[_Entry]:
    """Groups first; when nothing is in time, later channels by the hour their reply comes."""
    any_in_time = any(e.group == "in_time" for e in entries)

    def key(entry: _Entry) -> tuple[int, float, float, int]:
        hour = 0.0
        if not any_in_time and entry.group == "late" and entry.timing.reply_at is not None:
            hour = entry.timing.reply_at.replace(minute=0, second=0, microsecond=0).timestamp()
        index = CHANNEL_IDS.index(entry.channel.id)
        return (GROUPS.index(entry.group), hour, -entry.score, index)

    return sorted(entries, key=key)


def _top_note(top: _Entry, entries: list[_Entry], situation: Situation) -> Msg | None:
    """Why the first channel leads when a usable one without a caveat would answer sooner."""
    sooner = [
        e
        for e in entries
        if e is not top
        and e.group != "unusable"
        and e.timing.eta_minutes < top.timing.eta_minutes
        and not may_hold_back(e.channel, situation)
    ]
    if not sooner:
        return None
    if top.group == "in_time":
        return msg(f"reason.soon_enough_{situation.urgency.value}")
    reply = top.timing.reply_at or to_seoul(situation.at)
    return msg("reason.as_soon_as_any", reply=Moment(reply, to_seoul(situation.at)))


def channel_hours(company: ChannelHours | None = None) -> dict[str, Hours]:
    """Each channel's hours: the company's where it gives them, else the channel's default."""
    given = company or {}
    return {c.id: given.get(c.id, c.hours) for c in load_channels()}


def recommend(
    situation: Situation,
    *,
    calendar: BusinessCalendar,
    hours: ChannelHours | None = None,
    company: Company | None = None,
    experience: Mapping[str, Experience | dt.timedelta] | None = None,
) -> Recommendation:
    """The channels best first, each with a score, timing and short reasons, and the plan above
    them: all eight, or with `company` only those it has, in its hours. `hours` maps channel
    id -> hours (default: the company's); channels it leaves out keep their defaults. Holidays
    come from `calendar`. `experience` maps channel id -> the person's own median reply time
    (core.recommend.experience), which then times that channel instead of the published figure."""
    at = to_seoul(situation.at)
    situation = Situation(situation.urgency, situation.context, at, frozenset(situation.needs))
    used = channel_hours(company.hours if hours is None and company is not None else hours)
    deadline = deadline_minutes(situation.urgency, at)
    channels = [c for c in load_channels() if company is None or company.has(c.id)]
    if not channels:
        plan = make_plan(situation, (), calendar, used)
        return Recommendation(situation, (), plan, used, company)
    mine: dict[str, Experience] = {}
    timed = {c.id: c for c in channels}  # as the timing sees them
    if experience:
        from fallback_desktop.core.recommend.experience import applies, as_experiences, timed_by

        given = as_experiences(experience)
        mine = {c.id: e for c in channels if (e := applies(c, given.get(c.id))) is not None}
        timed |= {cid: timed_by(timed[cid], found) for cid, found in mine.items()}
    entries = []
    for channel in channels:
        timing = channel_timing(timed[channel.id], at, calendar.for_hours(used[channel.id]))
        score = _score(channel, situation, timing, deadline)
        entries.append(_Entry(channel, timing, score, _group(channel, situation, timing, deadline)))
    ordered = _order(entries)
    top = ordered[0]
    note = _top_note(top, ordered, situation)
    ranking = []
    for index, entry in enumerate(ordered, start=1):
        channel, timing = entry.channel, entry.timing
        staffed = calendar.for_hours(used[channel.id])
        faster = entry is not top and timing.eta_minutes < top.timing.eta_minutes
        reasons = explain(
            channel,
            situation,
            timing,
            staffed,
            deadline=deadline,
            faster_than_top=faster and entry.group != "unusable",
            top_note=note if entry is top else None,
            experience=mine.get(channel.id),
        )
        ranking.append(
            Ranked(
                channel=channel.id,
                rank=index,
                score=entry.score,
                open_now=timing.open_now,
                eta_minutes=timing.eta_minutes,
                reasons=tuple(reasons),
                opens_at=timing.opens_at if channel.availability == "business_hours" else None,
                group=entry.group,
                staffed_at=timing.opens_at,
                reply_at=timing.reply_at,
                experience=mine.get(channel.id),
            )
        )
    result = tuple(ranking)
    phone = None if company is None else company.phone
    plan = make_plan(situation, result, calendar, used, phone=phone, experience=mine)
    return Recommendation(situation, result, plan, used, company)


__all__ = [
    "GROUPS",
    "Group",
    "Ranked",
    "Recommendation",
    "channel_hours",
    "has_caveat",
    "recommend",
]
