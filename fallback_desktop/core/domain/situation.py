"""The situation a person is in when the call did not connect: the recommender's input."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class Urgency(StrEnum):
    NOW = "now"
    TODAY = "today"
    WEEK = "week"
    ANYTIME = "anytime"


# How far ahead "fast enough" reaches for each urgency, in minutes. "Today" means before the
# day ends: the recommender counts to midnight (core.recommend.timing.deadline_minutes), and
# the figure here is only a working day's length for callers without a moment.
HORIZON_MINUTES: dict[Urgency, int] = {
    Urgency.NOW: 60,
    Urgency.TODAY: 8 * 60,
    Urgency.WEEK: 7 * 24 * 60,
    Urgency.ANYTIME: 30 * 24 * 60,
}


class Context(StrEnum):
    HOME = "home"
    MOVING = "moving"
    WORK = "work"


class Need(StrEnum):
    ATTACHMENTS = "attachments"
    RECORD = "record"
    SENSITIVE = "sensitive"


@dataclass(frozen=True)
class Situation:
    """Urgency, place, needs and the (timezone-aware) moment to plan for."""

    urgency: Urgency
    context: Context
    at: dt.datetime
    needs: frozenset[Need] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if self.at.tzinfo is None or self.at.utcoffset() is None:
            raise ValueError("Situation.at must be timezone-aware")

    @classmethod
    def from_ids(
        cls, urgency: str, context: str, needs: Iterable[str], at: dt.datetime
    ) -> Situation:
        """A situation from saved ids; an id no longer known falls back to the default."""
        known_needs = {need.value for need in Need}
        return cls(
            Urgency(urgency) if urgency in {u.value for u in Urgency} else Urgency.TODAY,
            Context(context) if context in {c.value for c in Context} else Context.HOME,
            at,
            frozenset(Need(n) for n in needs if n in known_needs),
        )
