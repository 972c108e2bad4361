"""Rank the six channels for a situation: a weighted, explainable score (docs/scoring.md)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from fallback_desktop.core.calendar.business import BusinessCalendar, to_seoul
from fallback_desktop.core.domain.channels import CHANNEL_IDS, Channel, load_channels
from fallback_desktop.core.domain.situation import HORIZON_MINUTES, Situation, Urgency
from fallback_desktop.core.recommend.plan import Plan
from fallback_desktop.core.recommend.reasons import explain
from fallback_desktop.core.recommend.timing import Timing, channel_timing
from fallback_desktop.core.text.catalog import Msg, render
from fallback_desktop.core.text.lang import Lang

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
class Ranked:
    channel: str
    rank: int
    score: float
    open_now: bool
    eta_minutes: int | None
    reasons: tuple[Msg, ...]  # worded at the edge: render(reason, lang)
    opens_at: dt.datetime | None  # next opening in Seoul when closed now


@dataclass(frozen=True)
class Recommendation:
    situation: Situation
    ranking: tuple[Ranked, ...]
    plan: Plan = field(default_factory=lambda: Plan(steps=()))

    def to_json(self, lang: Lang) -> dict[str, Any]:
        """The object `recommend --json` prints (PRODUCT.md), its reasons worded in lang."""
        s = self.situation
        return {
            "at": to_seoul(s.at).isoformat(),
            "urgency": s.urgency.value,
            "context": s.context.value,
            "needs": sorted(n.value for n in s.needs),
            "company": None,
            "plan": [step.to_json(lang) for step in self.plan.steps],
            "ranking": [
                {
                    "channel": r.channel,
                    "rank": r.rank,
                    "score": r.score,
                    "open_now": r.open_now,
                    "eta_minutes": r.eta_minutes,
                    "reasons": [render(reason, lang) for reason in r.reasons],
                }
                for r in self.ranking
            ],
        }


def _score(channel: Channel, situation: Situation, timing: Timing) -> float:
    """Weighted mean of the factors, 0–100."""
    urgency = situation.urgency
    horizon = HORIZON_MINUTES[urgency]
    speed = horizon / (horizon + timing.eta_minutes)  # a reply at the horizon scores half
    # Speed counts only as far as the channel can take your case and you get through at all.
    factors: list[tuple[float, float]] = [
        (SPEED_WEIGHT[urgency], speed * channel.fit.takes_case * channel.fit.reach),
        (ACT_NOW_WEIGHT[urgency], 1.0 if timing.open_now else 0.0),
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


def recommend(situation: Situation, *, calendar: BusinessCalendar) -> Recommendation:
    """All six channels, best first, each with a score, timing and short reasons."""
    at = to_seoul(situation.at)
    situation = Situation(situation.urgency, situation.context, at, frozenset(situation.needs))
    scored = []
    for channel in load_channels():
        timing = channel_timing(channel, at, calendar)
        score = _score(channel, situation, timing)
        reasons = explain(channel, situation, timing, calendar)
        scored.append((channel, timing, score, reasons))
    scored.sort(key=lambda item: (-item[2], CHANNEL_IDS.index(item[0].id)))
    ranking = tuple(
        Ranked(
            channel=channel.id,
            rank=index,
            score=score,
            open_now=timing.open_now,
            eta_minutes=timing.eta_minutes,
            reasons=tuple(reasons),
            opens_at=timing.opens_at if channel.availability == "business_hours" else None,
        )
        for index, (channel, timing, score, reasons) in enumerate(scored, start=1)
    )
    return Recommendation(situation=situation, ranking=ranking)
