"""The eight ways to reach a company: facts from resources/data/channels.json, words from the
catalog (resources/text/channels.json, keys channel.<id>.* and source.*)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from fallback_desktop.core.domain.hours import Hours, hours_from_json
from fallback_desktop.core.domain.situation import Need
from fallback_desktop.core.text.catalog import Msg, msg
from fallback_desktop.core.text.timefmt import ReplyRange
from fallback_desktop.paths import resource

# The order PRODUCT.md lists them in, which is also the order of the window's table.
CHANNEL_IDS: tuple[str, ...] = (
    "phone",
    "email",
    "sns",
    "chat",
    "messenger",
    "webform",
    "portal",
    "app",
)

Availability = Literal["any_hour", "business_hours"]
Kind = Literal["live", "written", "self_service"]
Carry = Literal["yes", "some", "no"]
# What a channel can carry, by the name PRODUCT.md uses; the need each one serves.
CARRIED: dict[str, Need] = {
    "attachments": Need.ATTACHMENTS,
    "record": Need.RECORD,
    "personal_data": Need.SENSITIVE,
}
# A fit at or below this means the channel cannot do it at all (carries "no").
CANNOT = 0.1


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
    """Published first-reply range once people are there; high None: a reply may never come.

    A range given in business days (the web form's 1–3) keeps them in `business_days`; the
    minutes are then a calendar-day stand-in (1 day = 1,440 min) for sorting and old callers.
    """

    low_minutes: int
    high_minutes: int | None
    sources: tuple[Source, ...]
    business_days: tuple[int, int] | None = None

    @property
    def range(self) -> ReplyRange:
        """The range as words that render themselves ('12 h–2 days', '1–3 business days')."""
        if self.business_days is not None:
            return ReplyRange(*self.business_days, business_days=True)
        return ReplyRange(self.low_minutes, self.high_minutes)


@dataclass(frozen=True)
class Offered:
    """The share of Korean companies that offer the channel, and where the figure comes from."""

    percent: float
    source: Source


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
    kind: Kind
    availability: Availability
    reply_waits_for_staff: bool
    # The first reply once people are there: minutes, or business days when that is set.
    typical_minutes: int
    reply: ReplyEstimate
    fit: Fit
    hours: Hours  # when people answer, where the company's own hours are unknown
    carries: dict[str, Carry]
    chatbot_any_hour: bool = False
    typical_business_days: int | None = None
    offered: Offered | None = None

    def can_carry(self, need: Need) -> bool:
        """False when the channel cannot serve the need at all (e.g. files by phone)."""
        return self.fit.needs[need] > CANNOT

    @property
    def takes_case(self) -> bool:
        """Whether someone there takes up a case (the portal only shows documented answers)."""
        return self.fit.takes_case >= 0.5

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

    def hours_words(self, hours: Hours | None = None) -> Msg:
        """When it can be used and when people answer, e.g. 'Accepted at any hour · answered:
        weekdays 09:00–18:00 …'; `hours` are the company's for this channel, else the default."""
        described = (hours or self.hours).describe()
        if self.kind == "self_service":
            return msg("hours.channel.self_service")
        if self.chatbot_any_hour:
            return msg("hours.channel.chatbot", hours=described)
        if self.availability == "any_hour":
            return msg("hours.channel.any_hour", hours=described)
        return msg("hours.channel.staffed", hours=described)

    @property
    def carries_words(self) -> Msg:
        """What it can carry (attachments, a written record, personal data), one line each."""
        return msg(f"channel.{self.id}.carries")

    @property
    def reach_words(self) -> Msg:
        """'채팅 상담으로' / 'through live chat': how to say "contact them this way"."""
        return msg(f"channel.{self.id}.reach")

    @property
    def leave_words(self) -> Msg:
        """'1:1 문의 게시판에 문의를 남겨' / 'leave …': how to say "leave a message this way"."""
        return msg(f"channel.{self.id}.leave")


_DAY_MINUTES = 24 * 60


def _reply(reply: dict[str, Any]) -> ReplyEstimate:
    sources = tuple(Source(s["text"], s["year"]) for s in reply["sources"])
    if "low_business_days" in reply:
        low, high = int(reply["low_business_days"]), int(reply["high_business_days"])
        return ReplyEstimate(low * _DAY_MINUTES, high * _DAY_MINUTES, sources, (low, high))
    high_minutes = reply["high_minutes"]
    return ReplyEstimate(
        int(reply["low_minutes"]), None if high_minutes is None else int(high_minutes), sources
    )


def _channel(raw: dict[str, Any], default_hours: Hours) -> Channel:
    fit = raw["fit"]
    hours = raw["hours"]
    business_days = raw.get("typical_business_days")
    offered = raw.get("offered")
    channel = Channel(
        id=raw["id"],
        kind=raw["kind"],
        availability=raw["availability"],
        reply_waits_for_staff=bool(raw["reply_waits_for_staff"]),
        typical_minutes=(
            int(business_days) * _DAY_MINUTES
            if business_days is not None
            else int(raw["typical_minutes"])
        ),
        reply=_reply(raw["reply"]),
        fit=Fit(
            context={k: float(v) for k, v in fit["context"].items()},
            needs={need: float(fit[need.value]) for need in Need},
            takes_case=float(fit["takes_case"]),
            reach=float(fit.get("reach", 1.0)),
            hands_free=float(fit.get("hands_free", 1.0)),
        ),
        hours=default_hours if hours == "default" else hours_from_json(hours),
        carries={name: raw["carries"][name] for name in CARRIED},
        chatbot_any_hour=bool(raw.get("chatbot_any_hour", False)),
        typical_business_days=None if business_days is None else int(business_days),
        offered=(
            None
            if offered is None
            else Offered(float(offered["percent"]), Source(offered["text"], offered["year"]))
        ),
    )
    _check_carries(channel)
    return channel


def _check_carries(channel: Channel) -> None:
    # The words a person reads ("carries") and the numbers the ranking uses ("fit") must agree.
    for name, need in CARRIED.items():
        fit = channel.fit.needs[need]
        expected = "no" if fit <= CANNOT else "yes" if fit >= 0.7 else "some"
        if channel.carries[name] != expected:
            raise ValueError(f"channels.json: {channel.id} carries {name} should be {expected}")


@cache
def load_channels() -> tuple[Channel, ...]:
    """The eight channels in CHANNEL_IDS order."""
    raw = json.loads(resource("data", "channels.json").read_text(encoding="utf-8"))
    default_hours = hours_from_json(raw["default_hours"])
    by_id = {c["id"]: _channel(c, default_hours) for c in raw["channels"]}
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
