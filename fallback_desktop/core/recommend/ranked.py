"""One channel's place in a recommendation: what the ranking, the plan and the views read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from fallback_desktop.core.text.catalog import Msg

if TYPE_CHECKING:
    from fallback_desktop.core.recommend.experience import Experience

# Why a channel stands where it does, in the order the groups are ranked: it answers within
# the urgency; it answers, but later; it is only a first look (takes no case); it cannot be used
# where the person is, or cannot carry what they need.
Group = Literal["in_time", "late", "first_look", "unusable"]
GROUPS: tuple[Group, ...] = ("in_time", "late", "first_look", "unusable")


@dataclass(frozen=True)
class Ranked:
    channel: str
    rank: int
    score: float
    open_now: bool
    eta_minutes: int | None
    reasons: tuple[Msg, ...]  # worded at the edge: render(reason, lang)
    opens_at: dt.datetime | None  # next opening in Seoul, for a staffed-only channel closed now
    group: Group = "in_time"
    staffed_at: dt.datetime | None = None  # when people are next there (any channel), if not now
    reply_at: dt.datetime | None = None  # when the first reply is expected, in Seoul
    # The person's own reply time the channel was timed with, when their case log has one.
    experience: Experience | None = None

    @property
    def usable(self) -> bool:
        """Whether the person can use it here and it carries what they need."""
        return self.group != "unusable"
