"""Typed or imported text -> the values of a Company, or one catalog sentence saying what is wrong.

The company editor and every import use these, so a fact is held to the same rules however it
arrives (addresses: core.domain.address_checks; every text: core.domain.field_checks).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace

from fallback_desktop.core.domain.address_checks import NAME_CHARS, parse_address_value
from fallback_desktop.core.domain.channels import CHANNEL_IDS
from fallback_desktop.core.domain.company import (
    UNKNOWN,
    Address,
    ChannelEntry,
    Company,
    Fact,
    name_key,
)
from fallback_desktop.core.domain.field_checks import clean_line, problem
from fallback_desktop.core.domain.hours import SATURDAY, Hours

LABEL_CHARS = 60
ARS_CHARS = 60
SOURCE_CHARS = 500
NOTE_CHARS = 2000
MAX_OTHER_NAMES = 20
MAX_ADDRESSES = 20
# Between the other names in one CSV cell, so it cannot stand inside a name.
NAME_SEPARATOR = "|"


_DAY = re.compile(r"(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\.?")


def check_name(value: str, field: str = "name") -> str:
    """A company name or other name: one line, not empty, no '|'."""
    name = clean_line(value, field, NAME_CHARS)
    if not name:
        raise problem("name_missing", field)
    if NAME_SEPARATOR in name:
        raise problem("bar_in_name", field, value=name)
    return name


def parse_day(
    value: str | dt.date | None, field: str, today: dt.date | None = None
) -> dt.date | None:
    """A verified-on day: 2025-03-11, 2025/3/11 or 2025. 3. 11. (as spreadsheets write it);
    None when empty. A day that has not come yet is refused."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        day = value
    else:
        text = clean_line(value, field, 40)
        if not text:
            return None
        found = _DAY.fullmatch(text)
        try:
            if found is None:
                raise ValueError(text)
            day = dt.date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
        except ValueError:
            raise problem("date_invalid", field, value=text) from None
    if day > (today or dt.date.today()) + dt.timedelta(days=1):
        raise problem("date_future", field, value=day.isoformat())
    return day


def parse_max_chars(value: str | int | None) -> int | None:
    """A web form's length cap: a whole number from 1 (thousands separators allowed)."""
    if value is None or value == "":
        return None
    text = str(value).strip().replace(",", "")
    if isinstance(value, bool) or not text.isdigit() or not 0 < int(text) <= 1_000_000:
        raise problem("max_chars_invalid", "max_chars", value=str(value))
    return int(text)


def make_fact(source: str, verified: str | dt.date | None, *, prefix: str = "") -> Fact:
    """A fact's source and verified day, checked."""
    if not source and not verified:
        return UNKNOWN
    return Fact(
        source=clean_line(source, f"{prefix}source", SOURCE_CHARS),
        verified=parse_day(verified, f"{prefix}verified"),
    )


def make_address(
    channel: str,
    value: str,
    *,
    label: str = "",
    ars: str = "",
    max_chars: str | int | None = None,
    source: str = "",
    verified: str | dt.date | None = None,
) -> Address:
    """One address of a channel, every part checked."""
    ars = clean_line(ars, "ars", ARS_CHARS)
    if ars and channel != "phone":
        raise problem("ars_not_phone", "ars")
    cap = parse_max_chars(max_chars)
    if cap is not None and channel != "webform":
        raise problem("max_chars_not_webform", "max_chars")
    return Address(
        value=parse_address_value(channel, value),
        label=clean_line(label, "label", LABEL_CHARS),
        ars=ars,
        max_chars=cap,
        fact=make_fact(source, verified),
    )


def check_channel(channel: str) -> str:
    """A channel id of CHANNEL_IDS (spaces and case forgiven)."""
    cid = channel.strip().lower()
    if cid not in CHANNEL_IDS:
        raise problem("channel_unknown", "channel", value=channel, choices=", ".join(CHANNEL_IDS))
    return cid


def settled_hours(hours: Hours | None) -> Hours | None:
    """Hours that say the same thing are kept the same way, so they compare, store and export
    alike: a line open on Saturdays only is that one weekday (not a Saturday stretch, which
    would also win over a weekday stretch of its own)."""
    if hours is None or hours.saturday is None or hours.weekdays - {SATURDAY}:
        return hours
    opens, closes = hours.saturday
    return replace(
        hours, weekdays=frozenset({SATURDAY}), opens=opens, closes=closes, lunch=None, saturday=None
    )


def make_channel(
    channel: str,
    addresses: Iterable[Address] = (),
    hours: Hours | None = None,
    hours_fact: Fact = UNKNOWN,
) -> ChannelEntry:
    """A channel the company has, with its addresses (no address twice)."""
    cid = check_channel(channel)
    kept = tuple(addresses)
    if len(kept) > MAX_ADDRESSES:
        raise problem("too_many", "address", limit=MAX_ADDRESSES)
    seen: set[str] = set()
    for address in kept:
        if address.value in seen:
            raise problem("address_twice", "address", value=address.value)
        seen.add(address.value)
    return ChannelEntry(cid, kept, settled_hours(hours), hours_fact)


def make_company(
    name: str,
    other_names: Iterable[str] = (),
    channels: Iterable[ChannelEntry] = (),
    note: str = "",
) -> Company:
    """A company with its name checked, its other names without repeats, and its channels in
    CHANNEL_IDS order (each at most once)."""
    main = check_name(name)
    keys = {name_key(main)}
    others: list[str] = []
    for other in other_names:
        checked = check_name(other, "other_names")
        if name_key(checked) in keys:
            raise problem("same_name_twice", "other_names", value=checked)
        keys.add(name_key(checked))
        others.append(checked)
    if len(others) > MAX_OTHER_NAMES:
        raise problem("too_many", "other_names", limit=MAX_OTHER_NAMES)
    by_id: dict[str, ChannelEntry] = {}
    for entry in channels:
        if entry.channel in by_id:
            raise problem("channel_twice", "channel", value=entry.channel)
        by_id[entry.channel] = entry
    ordered = tuple(by_id[cid] for cid in CHANNEL_IDS if cid in by_id)
    return Company(
        main, tuple(others), ordered, clean_line(note, "note", NOTE_CHARS, multiline=True)
    )
