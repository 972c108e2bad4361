"""A company in the person's directory: its names, and for each channel it really has, the
addresses, the hours people answer there, and where each fact came from and when it was checked.

Plain values, checked when they are made (core.domain.company_checks turns typed or imported
text into them). A channel the company is not listed with is a channel it does not have; a
channel listed without hours is answered in that channel's default hours (channels.json).
Phone numbers are kept in E.164 (+82807208000) and shown in the national form (080-720-8000).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from urllib.parse import urlsplit

from fallback_desktop.core.domain.hours import Hours
from fallback_desktop.core.text.catalog import Msg, msg, text
from fallback_desktop.core.text.lang import Lang

# A fact not checked for longer than this is shown as possibly out of date.
STALE_AFTER_DAYS = 365

_E164 = re.compile(r"\+[1-9][0-9]{2,14}")


@dataclass(frozen=True)
class Fact:
    """Where a fact came from (free text: a web page, a receipt, "called them") and the day it
    was last found true; None when nobody has checked it."""

    source: str = ""
    verified: dt.date | None = None

    def age_days(self, today: dt.date) -> int | None:
        """Days since it was last checked (0 = today); None when never checked."""
        return None if self.verified is None else (today - self.verified).days

    def is_stale(self, today: dt.date) -> bool:
        """Never checked, or not for more than a year."""
        age = self.age_days(today)
        return age is None or age > STALE_AFTER_DAYS


UNKNOWN = Fact()  # no source given, never checked


class PhoneCost(Enum):
    """What a call costs from a mobile phone (한국소비자원 2021: 15XX/16XX/18XX are charged
    per second from mobiles, 080 is free)."""

    FREE = "free"
    PAID = "paid"  # a 15XX/16XX/18XX number: charged from a mobile, even with unlimited calls
    STANDARD = "standard"  # an ordinary number, at the caller's usual rate

    @property
    def words(self) -> Msg:
        return msg(f"company.phone_cost.{self.value}")


def phone_cost(e164: str) -> PhoneCost:
    """The cost class of a number kept in E.164, without loading phonenumbers."""
    if not e164.startswith("+82"):
        return PhoneCost.STANDARD
    national = e164[3:]
    if national.startswith("80") and len(national) == 9:
        return PhoneCost.FREE
    if national[:2] in ("15", "16", "18") and len(national) == 8:
        return PhoneCost.PAID
    return PhoneCost.STANDARD


def shown_phone(e164: str) -> str:
    """080-720-8000 for a Korean number, +1 650-… style for one abroad."""
    import phonenumbers

    number = phonenumbers.parse(e164, "KR")
    fmt = phonenumbers.PhoneNumberFormat
    style = fmt.NATIONAL if number.country_code == 82 else fmt.INTERNATIONAL
    return str(phonenumbers.format_number(number, style))


@dataclass(frozen=True)
class Address:
    """One way in on a channel: a number, an email address, a web address, or an app's name.

    `ars` (phone only) is the key presses to reach a person, as the person noted them;
    `max_chars` (web form only) the form's length cap; `label` what the person calls it
    ("Instagram", "카카오톡 채널", "AS 접수").
    """

    value: str
    label: str = ""
    ars: str = ""
    max_chars: int | None = None
    fact: Fact = UNKNOWN

    @property
    def is_phone(self) -> bool:
        return _E164.fullmatch(self.value) is not None

    @property
    def is_web(self) -> bool:
        return self.value.startswith(("https://", "http://"))

    @property
    def cost(self) -> PhoneCost | None:
        """For a phone number, what it costs from a mobile; None for anything else."""
        return phone_cost(self.value) if self.is_phone else None

    def shown(self) -> str:
        """The address as a person reads it (a phone number in the national form)."""
        return shown_phone(self.value) if self.is_phone else self.value

    @property
    def host(self) -> str:
        """A web address's host, to show before it is opened (STYLE rule 17); else ""."""
        return (urlsplit(self.value).hostname or "") if self.is_web else ""


@dataclass(frozen=True)
class ChannelEntry:
    """A channel the company has: its addresses (possibly none known yet) and its hours
    (None: unknown, so the channel's default hours are used)."""

    channel: str
    addresses: tuple[Address, ...] = ()
    hours: Hours | None = None
    hours_fact: Fact = UNKNOWN

    @property
    def primary(self) -> Address | None:
        """The first address, the one offered first."""
        return self.addresses[0] if self.addresses else None


def name_key(name: str) -> str:
    """What makes two names the same name: width, case and spaces do not count."""
    return "".join(unicodedata.normalize("NFKC", name).casefold().split())


@dataclass(frozen=True)
class Company:
    """A company of the directory. `id` is the directory's own number (None before it is
    stored) and `sample` marks the bundled sample entry; neither counts in comparisons."""

    name: str
    other_names: tuple[str, ...] = ()  # 한글, English, short names — searched like the name
    channels: tuple[ChannelEntry, ...] = ()  # at most one per channel id, in CHANNEL_IDS order
    note: str = ""
    id: int | None = field(default=None, compare=False)
    sample: bool = field(default=False, compare=False)

    @cached_property
    def key(self) -> str:
        """The name as names are compared (name_key)."""
        return name_key(self.name)

    @property
    def names(self) -> tuple[str, ...]:
        """The name and the other names, the name first."""
        return (self.name, *self.other_names)

    @property
    def channel_ids(self) -> tuple[str, ...]:
        """The channels it has, in CHANNEL_IDS order."""
        return tuple(entry.channel for entry in self.channels)

    def has(self, channel: str) -> bool:
        return any(entry.channel == channel for entry in self.channels)

    def entry(self, channel: str) -> ChannelEntry | None:
        for entry in self.channels:
            if entry.channel == channel:
                return entry
        return None

    @property
    def hours(self) -> Mapping[str, Hours]:
        """Channel id -> its own hours, for the channels whose hours are known; the ranking
        uses the channel's default for the rest (core.recommend.ranking.channel_hours)."""
        return {e.channel: e.hours for e in self.channels if e.hours is not None}

    @property
    def phone(self) -> Address | None:
        """The first phone number, the one the phone step names."""
        entry = self.entry("phone")
        return None if entry is None else entry.primary

    def address(self, channel: str) -> Address | None:
        """The first address on a channel; None when the company lacks it or none is known."""
        entry = self.entry(channel)
        return None if entry is None else entry.primary


# A fact old enough to doubt is marked with this, in the window and on the command line.
STALE_MARK = "⚠"


def fact_text(fact: Fact, today: dt.date, lang: Lang, about: str = "") -> str:
    """A line like "출처: … · 2025-03-02 확인(365일 전)", the stale mark first when it is old
    or never checked; `about` names the fact ("운영 시간") when the line above is not its own."""
    parts: list[str] = []
    if fact.source:
        parts.append(f"{text('company.cli.source', lang)}: {fact.source}")
    age = fact.age_days(today)
    if fact.verified is None or age is None:
        parts.append(text("company.cli.never_verified", lang))
    else:
        parts.append(text("company.cli.verified", lang, day=fact.verified.isoformat(), days=age))
    line = " · ".join(parts)
    if about:
        line = f"{about}: {line}"
    if fact.is_stale(today):
        mark = text("company.cli.stale", lang) if fact.verified is not None else ""
        line = f"{STALE_MARK} {line}" + (f" — {mark}" if mark else "")
    return line
