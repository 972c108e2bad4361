"""The person's own experience: how long companies took to reply on a channel, from the case log.

Once a channel has at least REPLIES_NEEDED recorded replies (attempts with the moment the
company's reply came), the advice times it with the person's median wait instead of the
published figure, and says so ("내 경험: …"). The waits come from the store
(core.store.cases.recorded_waits); this room reads no file itself.

The median is the wall-clock time from sending to the reply, nights and weekends included, and
is used the way the published figure is: from when people are next there. A channel that takes
no case and answers at once (the help portal) has nothing to learn from and keeps its figures.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from fallback_desktop.core.domain.channels import Channel
from fallback_desktop.core.text.catalog import Msg, msg, text
from fallback_desktop.core.text.lang import Lang

# Fewer replies than this say too little about a channel to replace the published figure.
REPLIES_NEEDED = 3

_HOUR = 60
_DAY = 24 * _HOUR


@dataclass(frozen=True)
class Span:
    """A wait as a person says it: '2일 3시간' / '2 days 3 hours', '5시간 20분', '45분'."""

    minutes: int

    def render(self, lang: Lang) -> str:
        minutes = max(1, self.minutes)
        if minutes >= _DAY:
            days, hours = divmod(round(minutes / _HOUR), 24)
            return _join(_unit("day", days, lang), _unit("hour", hours, lang))
        if minutes >= _HOUR:
            hours, rest = divmod(minutes, _HOUR)
            return _join(_unit("hour", hours, lang), _unit("minute", rest, lang))
        return _unit("minute", minutes, lang)


def _unit(name: str, n: int, lang: Lang) -> str:
    if n <= 0:
        return ""
    if n == 1:
        return text(f"experience.one_{name}", lang)
    return text(f"experience.{name}s", lang, n=n)


def _join(*parts: str) -> str:
    return " ".join(part for part in parts if part)


@dataclass(frozen=True)
class Experience:
    """A channel's median reply time in the person's own case log, and how many replies it
    rests on (0 when the caller gave only the median)."""

    channel: str
    median: dt.timedelta
    replies: int

    @property
    def minutes(self) -> int:
        """The median in whole minutes, at least one."""
        return max(1, round(self.median.total_seconds() / 60))

    @property
    def reason(self) -> Msg:
        """'내 경험: 이 창구로는 보통 2일 3시간 만에 답이 왔어요 (기록된 답변 4건)'."""
        if self.replies <= 0:
            return msg("experience.reason_uncounted", wait=Span(self.minutes))
        return msg("experience.reason", wait=Span(self.minutes), replies=self.replies)

    def step(self, step: Msg) -> Msg:
        """A plan step's words with the experience its channel was timed with."""
        return msg("experience.step", step=step, wait=Span(self.minutes))

    def to_json(self) -> dict[str, int]:
        """The "experience" of a channel in `recommend --json`."""
        return {"median_minutes": self.minutes, "replies": self.replies}


Experiences = Mapping[str, Experience]


def experience_from(waits: Iterable[tuple[str, dt.timedelta]]) -> dict[str, Experience]:
    """Channel id -> Experience for each channel with at least REPLIES_NEEDED recorded waits
    (a negative wait, from a hand-edited file, is left out)."""
    import statistics  # only here: ranking without a case log does not need it

    found: dict[str, list[float]] = defaultdict(list)
    for channel, wait in waits:
        if wait >= dt.timedelta(0):
            found[channel].append(wait.total_seconds())
    return {
        channel: Experience(channel, dt.timedelta(seconds=statistics.median(seconds)), len(seconds))
        for channel, seconds in found.items()
        if len(seconds) >= REPLIES_NEEDED
    }


def as_experiences(given: Mapping[str, Experience | dt.timedelta] | None) -> dict[str, Experience]:
    """What a caller gave, as Experiences: a bare median counts as an experience of unknown
    size."""
    if not given:
        return {}
    return {
        channel: value if isinstance(value, Experience) else Experience(channel, value, 0)
        for channel, value in given.items()
    }


def applies(channel: Channel, found: Experience | None) -> Experience | None:
    """The experience to time the channel with: None for a channel without one, or one that
    answers at once without people (nothing of the person's changes that)."""
    if found is None or not channel.reply_waits_for_staff:
        return None
    return found


def timed_by(channel: Channel, found: Experience) -> Channel:
    """The channel as the timing sees it: its typical first reply the person's median."""
    return replace(channel, typical_minutes=found.minutes, typical_business_days=None)
