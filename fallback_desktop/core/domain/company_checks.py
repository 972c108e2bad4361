"""Typed or imported text -> the values of a Company, or one catalog sentence saying what is wrong.

The company editor and every import use these, so a fact is held to the same rules however it
arrives: phone numbers through phonenumbers (region KR, STYLE rule 9), email addresses through
email-validator, web addresses only with http or https and without a user name before the host
(STYLE rule 17: what is shown as the host is where the link goes).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from urllib.parse import urlsplit

from fallback_desktop.core.domain.channels import CHANNEL_IDS
from fallback_desktop.core.domain.company import (
    UNKNOWN,
    Address,
    ChannelEntry,
    Company,
    Fact,
    name_key,
)
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.domain.hours import SATURDAY, Hours
from fallback_desktop.core.text.catalog import msg

NAME_CHARS = 100
LABEL_CHARS = 60
ARS_CHARS = 60
SOURCE_CHARS = 500
NOTE_CHARS = 2000
URL_CHARS = 2000
MAX_OTHER_NAMES = 20
MAX_ADDRESSES = 20
# Between the other names in one CSV cell, so it cannot stand inside a name.
NAME_SEPARATOR = "|"

# Which kind of address each channel takes.
WEB_CHANNELS = frozenset({"sns", "chat", "messenger", "webform", "portal"})
OPENABLE_SCHEMES = frozenset({"http", "https"})

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):(?![0-9])")
_DAY = re.compile(r"(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\.?")
# Characters that reorder or hide text on screen, so a label could show one thing and be another.
_HIDDEN = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def problem(key: str, at: str, **params: object) -> InputError:
    """An InputError about the field `at`, with the catalog sentence company.problem.<key>."""
    return InputError(msg(f"company.problem.{key}", **params), field=at)


def _field_words(field: str) -> object:
    return msg(f"company.field.{field}")


def clean_line(value: str, field: str, limit: int, *, multiline: bool = False) -> str:
    """The text without surrounding spaces; InputError for control characters (a line break
    unless `multiline`), half characters, or more than `limit` characters."""
    text = value.replace("\r\n", "\n").strip() if multiline else value.strip()
    for char in text:
        category = unicodedata.category(char)
        if char == "\n" and multiline:
            continue
        if category in ("Cc", "Cs", "Zl", "Zp") or char in _HIDDEN:
            raise problem("control_character", field, field=_field_words(field))
    if len(text) > limit:
        too_long = {"field": _field_words(field), "limit": limit, "length": len(text)}
        raise problem("too_long", field, **too_long)
    return text


def check_name(value: str, field: str = "name") -> str:
    """A company name or other name: one line, not empty, no '|'."""
    name = clean_line(value, field, NAME_CHARS)
    if not name:
        raise problem("name_missing", field)
    if NAME_SEPARATOR in name:
        raise problem("bar_in_name", field, value=name)
    return name


def parse_phone(value: str) -> str:
    """A number that can be dialled from Korea, in E.164 (080-720-8000 -> +82807208000)."""
    text = clean_line(value, "address", 40)
    if text.lower().startswith("tel:"):
        text = text[4:]
    if not text:
        raise problem("address_missing", "address")
    import phonenumbers
    from phonenumbers import shortnumberinfo

    try:
        number = phonenumbers.parse(text, "KR")
    except phonenumbers.NumberParseException:
        raise problem("phone_invalid", "address", value=text) from None
    if not (phonenumbers.is_valid_number(number) or shortnumberinfo.is_valid_short_number(number)):
        raise problem("phone_invalid", "address", value=text)
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def parse_email(value: str) -> str:
    """One email address, normalized; a mailto: link is taken for its address."""
    text = clean_line(value, "address", 320)
    if text.lower().startswith("mailto:"):
        text = text[7:].split("?", 1)[0]
    if not text:
        raise problem("address_missing", "address")
    if any(c in text for c in "<>,; ") or text.count("@") != 1:
        raise problem("email_invalid", "address", value=text)
    from email_validator import EmailNotValidError, validate_email

    try:
        return str(validate_email(text, check_deliverability=False).normalized)
    except EmailNotValidError:
        raise problem("email_invalid", "address", value=text) from None


def _scheme(text: str) -> str | None:
    found = _SCHEME.match(text)
    return found.group(1).lower() if found else None


def parse_web(value: str) -> str:
    """A web address that is safe to open: http or https, a host with a dot, no user name.
    Without a scheme (pf.kakao.com/_abc) https:// is assumed."""
    text = clean_line(value, "address", URL_CHARS)
    if not text:
        raise problem("address_missing", "address")
    scheme = _scheme(text)
    if scheme is None:
        if "@" in text.split("/", 1)[0] or text.startswith(("/", "\\")) or " " in text:
            raise problem("url_invalid", "address", value=text)
        text = "https://" + text
    elif scheme in ("mailto", "tel"):
        raise problem("url_wrong_kind", "address", value=text)
    elif scheme not in OPENABLE_SCHEMES:
        raise problem("url_unsafe", "address", scheme=scheme)
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        _ = parts.port  # raises for a port that is not a number
    except ValueError:
        raise problem("url_invalid", "address", value=text) from None
    if parts.username is not None or parts.password is not None:
        raise problem("url_userinfo", "address", value=text)
    if "." not in host.strip(".") or any(c.isspace() for c in text) or "\\" in parts.netloc:
        raise problem("url_invalid", "address", value=text)
    return text


def parse_app(value: str) -> str:
    """The app's store page (a web address) or, where no link is known, its name."""
    text = clean_line(value, "address", URL_CHARS)
    if not text:
        raise problem("address_missing", "address")
    head = text.split("/", 1)[0]
    if _scheme(text) is not None or ("." in head and " " not in text):
        return parse_web(text)
    return clean_line(text, "address", NAME_CHARS)


def parse_address_value(channel: str, value: str) -> str:
    """The stored form of an address typed for `channel`."""
    if channel == "phone":
        return parse_phone(value)
    if channel == "email":
        return parse_email(value)
    if channel == "app":
        return parse_app(value)
    return parse_web(value)


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
    alike: a line open on Saturdays only is that one weekday (not a Saturday stretch)."""
    if hours is None or hours.weekdays or hours.saturday is None:
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
