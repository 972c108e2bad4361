"""The six ways to reach a company: facts from resources/data/channels.json, words from the
catalog (resources/text/channels.json, keys channel.<id>.* and source.*)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from fallback_desktop.core.domain.situation import Need
from fallback_desktop.core.text.catalog import Msg, msg
from fallback_desktop.paths import resource

CHANNEL_IDS: tuple[str, ...] = ("phone", "email", "sns", "chat", "portal", "app")

Availability = Literal["any_hour", "business_hours"]


@dataclass(frozen=True)
class Source:
    """Where a figure comes from (a catalog key); year is None where the source gives none."""

    key: str
    year: str | None

    @property
    def message(self) -> Msg:
        """The source's name, with its year when it has one."""
        if self.year:
            return msg("source.with_year", source=msg(self.key), year=self.year)
        return msg(self.key)


@dataclass(frozen=True)
class ReplyEstimate:
    """Published first-reply range in minutes; high None means a reply may never come."""

    low_minutes: int
    high_minutes: int | None
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Fit:
    """How well a channel serves a place or a need, from 0 (not at all) to 1 (well)."""

    context: dict[str, float]
    needs: dict[Need, float]
    takes_case: float
    reach: float = 1.0
    hands_free: float = 1.0


@dataclass(frozen=True)
class Channel:
    id: str
    availability: Availability
    reply_waits_for_staff: bool
    typical_minutes: int
    reply: ReplyEstimate
    fit: Fit

    @property
    def name(self) -> Msg:
        return msg(f"channel.{self.id}.name")

    # Lists: word them with render_list(channel.tips, lang), one line per item.
    @property
    def strengths(self) -> Msg:
        return msg(f"channel.{self.id}.strengths")

    @property
    def weaknesses(self) -> Msg:
        return msg(f"channel.{self.id}.weaknesses")

    @property
    def tips(self) -> Msg:
        return msg(f"channel.{self.id}.tips")


def _channel(raw: dict[str, Any]) -> Channel:
    reply = raw["reply"]
    fit = raw["fit"]
    return Channel(
        id=raw["id"],
        availability=raw["availability"],
        reply_waits_for_staff=bool(raw["reply_waits_for_staff"]),
        typical_minutes=int(raw["typical_minutes"]),
        reply=ReplyEstimate(
            low_minutes=int(reply["low_minutes"]),
            high_minutes=None if reply["high_minutes"] is None else int(reply["high_minutes"]),
            sources=tuple(Source(s["text"], s["year"]) for s in reply["sources"]),
        ),
        fit=Fit(
            context={k: float(v) for k, v in fit["context"].items()},
            needs={need: float(fit[need.value]) for need in Need},
            takes_case=float(fit["takes_case"]),
            reach=float(fit.get("reach", 1.0)),
            hands_free=float(fit.get("hands_free", 1.0)),
        ),
    )


@cache
def load_channels() -> tuple[Channel, ...]:
    """The six channels in CHANNEL_IDS order."""
    raw = json.loads(resource("data", "channels.json").read_text(encoding="utf-8"))
    by_id = {c["id"]: _channel(c) for c in raw["channels"]}
    if set(by_id) != set(CHANNEL_IDS):
        raise ValueError(
            f"channels.json must describe exactly {CHANNEL_IDS}, found {sorted(by_id)}"
        )
    return tuple(by_id[cid] for cid in CHANNEL_IDS)


def get_channel(channel_id: str) -> Channel:
    for channel in load_channels():
        if channel.id == channel_id:
            return channel
    raise KeyError(channel_id)
