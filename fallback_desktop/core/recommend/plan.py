"""The plan above the ranking: what to do now, what next and when, and when to escalate.

A plan is a few steps a person can follow. Each step says when it happens ("now", "later" at a
given moment, or "escalate"), which channel it uses (None for a step about no channel, such as
"nothing can answer today"), and its words as a catalog message, worded at the edge.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from fallback_desktop.core.calendar.business import to_seoul
from fallback_desktop.core.text.catalog import Msg, render
from fallback_desktop.core.text.lang import Lang

When = Literal["now", "later", "escalate"]


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
