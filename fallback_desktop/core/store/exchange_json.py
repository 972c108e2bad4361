"""The app's own JSON for companies (format "fallback-desk/companies", version 1; README).

    {"format": "fallback-desk/companies", "version": 1, "companies": [
      {"name": "쿠쿠", "other_names": [], "note": "",
       "channels": {"phone": {"addresses": [{"value": "080-720-8000", "ars": "", "label": "",
                                             "source": "…", "verified": "2025-03-11"}],
                              "hours": {…the object of core.domain.hours…},
                              "hours_source": "…", "hours_verified": null}}}]}

A file may hold one company as {"format": …, "version": 1, "company": {…}} instead, so a
shared list can keep one file per company. Also read: a bare list of companies, and a channel
given as just its address or a list of addresses (what `company list --json` prints).

Export leaves out empty values and writes the same bytes for the same directory (companies in
the list's order, channels in CHANNEL_IDS order), so files kept under version control change
only where a fact changed. Keys starting with "$" (e.g. "$comment") are ignored; any other
unknown key is refused, as a typo would be.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from fallback_desktop.core.domain.company import Address, ChannelEntry, Company, Fact
from fallback_desktop.core.domain.company_checks import (
    check_channel,
    make_address,
    make_channel,
    make_company,
    make_fact,
)
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.domain.hours import hours_from_json, hours_to_json
from fallback_desktop.core.store.exchange_common import (
    FORMAT_ID,
    FORMAT_VERSION,
    MAX_IMPORT_BYTES,
    MAX_IMPORT_MB,
    Found,
    Problems,
    decode,
    file_problem,
    read_bytes,
)
from fallback_desktop.core.text.catalog import Msg, msg

T = TypeVar("T")
_SHORT_LIST = re.compile(r"\[\s+([^\[\]{}]*?)\s+\]")
_LIST_GAP = re.compile(r",\n\s+")
# "sample" is what `company list --json` adds; it is not a fact and is not taken.
_COMPANY_KEYS = {"name", "other_names", "note", "channels", "sample"}
_CHANNEL_KEYS = {"addresses", "hours", "hours_source", "hours_verified"}
_ADDRESS_KEYS = {"value", "label", "ars", "max_chars", "source", "verified"}
_HOURS_TYPES: dict[str, Callable[[Any], bool]] = {
    "weekdays": lambda v: isinstance(v, list) and all(type(d) is int for d in v),
    "opens": lambda v: isinstance(v, str),
    "closes": lambda v: isinstance(v, str),
    "lunch": lambda v: v is None or (isinstance(v, list) and all(isinstance(t, str) for t in v)),
    "saturday": lambda v: v is None or (isinstance(v, list) and all(isinstance(t, str) for t in v)),
    "around_the_clock": lambda v: isinstance(v, bool),
    "closed_on_holidays": lambda v: isinstance(v, bool),
}


class _FieldError(Exception):
    """A problem at one field of one company (field path, catalog message)."""

    def __init__(self, field: str, problem: Msg) -> None:
        super().__init__(field)
        self.field = field
        self.problem = problem


def _type_name(value: object) -> Msg:
    kind = {bool: "boolean", int: "number", float: "number", str: "text", list: "list"}
    name = "null" if value is None else kind.get(type(value), "object")
    return msg(f"exchange.type.{name}")


def _expect(value: object, kind: type, field: str, expected: str) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        problem = msg("exchange.wrong_type", expected=msg(f"exchange.type.{expected}"),
                      found=_type_name(value))  # fmt: skip
        raise _FieldError(field, problem)
    return value


def _text(data: dict[str, Any], key: str, field: str) -> str:
    value = data.get(key, "")
    return "" if value is None else str(_expect(value, str, f"{field}{key}", "text"))


def _keys(data: dict[str, Any], allowed: set[str], field: str) -> None:
    for key in data:
        if key not in allowed and not str(key).startswith("$"):
            raise _FieldError(f"{field}{key}", msg("exchange.unknown_key", name=key))


# The checks name fields as the editor does; the file names some of them otherwise.
_JSON_KEY = {"address": "value"}


def _checked(field: str, make: Callable[[], T], *, inner: bool = True) -> T:
    """Run a check of core.domain.company_checks; the problem names the key it was about
    (with inner=False, `field` itself)."""
    try:
        return make()
    except InputError as error:
        key = _JSON_KEY.get(error.field or "", error.field or "") if inner else ""
        raise _FieldError(".".join(p for p in (field, key) if p), error.message) from None


def _address(channel: str, raw: object, field: str) -> Address:
    if isinstance(raw, str):  # just the address
        return _checked(f"{field}.value", lambda: make_address(channel, raw), inner=False)
    data = _expect(raw, dict, field, "object")
    _keys(data, _ADDRESS_KEYS, f"{field}.")
    value = _expect(data.get("value"), str, f"{field}.value", "text")
    cap = data.get("max_chars")
    if cap is not None:
        _expect(cap, int, f"{field}.max_chars", "number")
    verified = data.get("verified")
    if verified is not None:
        _expect(verified, str, f"{field}.verified", "text")
    return _checked(
        field,
        lambda: make_address(
            channel,
            value,
            label=_text(data, "label", f"{field}."),
            ars=_text(data, "ars", f"{field}."),
            max_chars=cap,
            source=_text(data, "source", f"{field}."),
            verified=verified,
        ),
    )


def _hours(raw: object, field: str) -> Any:
    if raw is None:
        return None
    data = _expect(raw, dict, field, "object")
    for key, value in data.items():
        check = _HOURS_TYPES.get(key)
        if check is None:
            raise _FieldError(f"{field}.{key}", msg("exchange.unknown_key", name=key))
        if not check(value):
            raise _FieldError(f"{field}.{key}", msg("company.problem.hours_json"))
    try:
        return hours_from_json(data)
    except ValueError:
        raise _FieldError(field, msg("company.problem.hours_json")) from None


def _channel(channel: str, raw: object, field: str) -> ChannelEntry:
    _checked(field, lambda: check_channel(channel), inner=False)
    if raw is None or isinstance(raw, (str, list)):  # just its address(es), as `list` prints
        raw = {"addresses": [] if raw is None else [raw] if isinstance(raw, str) else raw}
    data = _expect(raw, dict, field, "object")
    _keys(data, _CHANNEL_KEYS, f"{field}.")
    addresses = _expect(data.get("addresses", []), list, f"{field}.addresses", "list")
    made = [_address(channel, a, f"{field}.addresses[{i}]") for i, a in enumerate(addresses)]
    hours = _hours(data.get("hours"), f"{field}.hours")
    verified = data.get("hours_verified")
    if verified is not None:
        _expect(verified, str, f"{field}.hours_verified", "text")
    source = _text(data, "hours_source", f"{field}.")
    fact = _checked(field, lambda: make_fact(source, verified, prefix="hours_"))
    return _checked(
        f"{field}.addresses", lambda: make_channel(channel, made, hours, fact), inner=False
    )


def company_from_json(raw: object) -> Company:
    """One company object of the format; _FieldError names the field that is wrong."""
    data = _expect(raw, dict, "", "object")
    _keys(data, _COMPANY_KEYS, "")
    name = _expect(data.get("name"), str, "name", "text")
    others = _expect(data.get("other_names", []), list, "other_names", "list")
    for i, other in enumerate(others):
        _expect(other, str, f"other_names[{i}]", "text")
    channels = _expect(data.get("channels", {}), dict, "channels", "object")
    entries = [_channel(str(cid), raw, f"channels.{cid}") for cid, raw in channels.items()]
    note = _text(data, "note", "")
    return _checked("", lambda: make_company(name, others, entries, note))


def _document_companies(document: object) -> list[object]:
    if isinstance(document, list):  # companies alone, as `company list --json` prints them
        return document
    data = _expect(document, dict, "", "object")
    if data.get("format") != FORMAT_ID:
        raise _FieldError("format", msg("exchange.not_our_format", format=FORMAT_ID))
    version = data.get("version")
    if type(version) is not int or version < 1:
        raise _FieldError("version", msg("exchange.bad_version"))
    if version > FORMAT_VERSION:
        raise _FieldError("version", msg("exchange.version_new", version=version))
    _keys(data, {"format", "version", "companies", "company"}, "")
    if "company" in data and "companies" not in data:
        return [data["company"]]
    return list(_expect(data.get("companies"), list, "companies", "list"))


def read_json_text(text: str, label: Msg | None = None) -> list[Found]:
    """The companies of one JSON document; ImportFileError for everything that is wrong."""
    problems = Problems()

    def where(place: Msg) -> Msg:
        return place if label is None else msg("exchange.in_file", file=label, place=place)

    try:
        document = json.loads(text)
    except RecursionError:
        problems.add(where(msg("exchange.json_too_deep")))
        problems.check()
        raise AssertionError from None  # not reached: check() raised
    except json.JSONDecodeError as error:
        problems.add(where(msg("exchange.json_syntax", line=error.lineno, column=error.colno)))
        problems.check()
        raise AssertionError from None
    try:
        raws = _document_companies(document)
    except _FieldError as bad:
        problems.add(where(msg("exchange.at_field", field=bad.field, problem=bad.problem)))
        problems.check()
        raise AssertionError from None
    found: list[Found] = []
    for number, raw in enumerate(raws, start=1):
        name = raw.get("name") if isinstance(raw, dict) else None
        place = msg(
            "exchange.company_at", number=number, name=name if isinstance(name, str) else "?"
        )
        try:
            found.append(Found(company_from_json(raw), where(place)))
        except _FieldError as bad:
            field = bad.field or "name"
            problems.add(
                where(msg("exchange.at_company", place=place, field=field, problem=bad.problem))
            )
            if problems.full:
                break
    problems.check()
    return found


def read_json_file(path: Path) -> list[Found]:
    text, _encoding = decode(read_bytes(path), path)
    return read_json_text(text)


def read_folder(folder: Path) -> list[Found]:
    """Every *.json file under a folder (a shared list with one company per file), in path
    order; all are checked before any is taken."""
    files = sorted(p for p in folder.rglob("*.json") if p.is_file())
    total = sum(p.stat().st_size for p in files)
    if total > MAX_IMPORT_BYTES:
        raise file_problem("too_big", folder, size=f"{total / 1_000_000:,.0f}", limit=MAX_IMPORT_MB)
    found: list[Found] = []
    problems = Problems()
    for path in files:
        label = path.relative_to(folder).as_posix()
        try:
            text, _encoding = decode(read_bytes(path), path)
            found += read_json_text(text, msg("exchange.file_name", name=label))
        except InputError as error:
            for problem in getattr(error, "problems", (error.message,)):
                problems.add(problem)
    problems.check()
    return found


# --- export --------------------------------------------------------------------------------


def _fact(fact: Fact, prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    if fact.source:
        out[f"{prefix}source"] = fact.source
    if fact.verified is not None:
        out[f"{prefix}verified"] = fact.verified.isoformat()
    return out


def _address_json(address: Address) -> dict[str, Any]:
    out: dict[str, Any] = {"value": address.shown()}
    if address.label:
        out["label"] = address.label
    if address.ars:
        out["ars"] = address.ars
    if address.max_chars is not None:
        out["max_chars"] = address.max_chars
    return out | _fact(address.fact)


def company_to_json(company: Company) -> dict[str, Any]:
    """The company as an object of the format (empty values left out)."""
    out: dict[str, Any] = {"name": company.name}
    if company.other_names:
        out["other_names"] = list(company.other_names)
    if company.note:
        out["note"] = company.note
    channels: dict[str, Any] = {}
    for entry in company.channels:
        channel: dict[str, Any] = {}
        if entry.addresses:
            channel["addresses"] = [_address_json(a) for a in entry.addresses]
        if entry.hours is not None:
            channel["hours"] = hours_to_json(entry.hours)
        channels[entry.channel] = channel | _fact(entry.hours_fact, "hours_")
    out["channels"] = channels
    return out


def companies_to_json(companies: Sequence[Company]) -> bytes:
    """The export file: UTF-8, two-space indents, a final line break."""
    document = {
        "format": FORMAT_ID,
        "version": FORMAT_VERSION,
        "companies": [company_to_json(c) for c in companies],
    }
    text = json.dumps(document, ensure_ascii=False, indent=2)
    # Lists of plain values (weekdays, a lunch break, other names) on one line, as people
    # write them: JSON strings hold no raw line breaks, so only layout is touched.
    text = _SHORT_LIST.sub(lambda m: "[" + _LIST_GAP.sub(", ", m.group(1)) + "]", text)
    return (text + "\n").encode("utf-8")
