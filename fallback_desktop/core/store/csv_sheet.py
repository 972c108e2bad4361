"""Reading CSV rows into companies: rows grouped by company name and channel, each cell checked
where it stands, so every problem names its row and column (format: core.store.exchange_csv)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple, TypeVar

from fallback_desktop.core.domain.channels import CHANNEL_IDS
from fallback_desktop.core.domain.company import (
    UNKNOWN,
    Address,
    ChannelEntry,
    Company,
    Fact,
    name_key,
)
from fallback_desktop.core.domain.company_checks import (
    NAME_SEPARATOR,
    check_channel,
    check_name,
    make_address,
    make_channel,
    make_company,
    make_fact,
)
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.domain.hours import Hours
from fallback_desktop.core.domain.hours_text import HoursTextError, hours_from_text
from fallback_desktop.core.text.catalog import Msg, msg, text

T = TypeVar("T")

COLUMNS = (
    "name", "other_names", "note", "channel", "address", "label", "ars", "max_chars",
    "source", "verified", "hours", "hours_source", "hours_verified",
)  # fmt: skip
# Also read (never written): one column per channel, for a sheet with one row per company —
# the channel's address (several on lines of their own), its hours, and two of its details.
WIDE_COLUMNS = (
    *CHANNEL_IDS,
    *(f"{cid}_hours" for cid in CHANNEL_IDS),
    "phone_ars",
    "webform_max_chars",
)
# Korean headers a person may write instead (spaces do not count).
_ALIASES = {
    "이름": "name", "회사": "name", "회사명": "name", "회사이름": "name",
    "다른이름": "other_names", "별칭": "other_names", "메모": "note", "창구": "channel",
    "주소": "address", "출처": "source", "확인한날": "verified", "확인일": "verified",
    "운영시간": "hours", "영업시간": "hours", "ars": "ars",
}  # fmt: skip
_RISKY_START = ("=", "+", "-", "@", "\t", "\r")
_PER_ADDRESS = ("label", "ars", "max_chars", "source", "verified")
_LONG_ONLY = ("address", "label", "ars", "max_chars", "hours")


def needs_quote_mark(cell: str) -> bool:
    """True when a spreadsheet could run the cell (or when it already starts with the mark
    before such a cell, so that reading it back gives the same text)."""
    return cell.startswith(_RISKY_START) or (cell.startswith("'") and needs_quote_mark(cell[1:]))


def escape_cell(cell: str) -> str:
    return "'" + cell if needs_quote_mark(cell) else cell


def unescape_cell(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and needs_quote_mark(cell[1:]) else cell


def _channel_names() -> dict[str, str]:
    """Channel ids, and the channels' Korean and English names, as a cell may give them."""
    names = {cid: cid for cid in CHANNEL_IDS}
    for cid in CHANNEL_IDS:
        for lang in ("ko", "en"):
            names["".join(text(f"channel.{cid}.name", lang).casefold().split())] = cid
    return names


def column_letter(index: int) -> str:
    """A, B, … Z, AA, … as a spreadsheet names its columns (index from 0)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class CellError(Exception):
    """A problem in one row, at a column (by name or position) or at the row as a whole."""

    def __init__(self, column: str | int | None, problem: Msg) -> None:
        super().__init__(str(column))
        self.column = column
        self.problem = problem


def _check(column: str, make: Callable[[], T]) -> T:
    try:
        return make()
    except InputError as error:
        raise CellError(error.field or column, error.message) from None


class _Cells(NamedTuple):
    """One channel's cells in a row — from the `channel` and `address` columns, or from the
    channel's own columns — and which column each check's field stands in."""

    address: str
    label: str
    ars: str
    max_chars: str
    hours_column: str
    places: dict[str, str]  # a check's field (address, ars, …) -> the column it stands in


@dataclass
class _Channel:
    row: int
    addresses: list[Address] = field(default_factory=list)
    hours_row: int | None = None
    hours_cells: tuple[str, str, str] = ("", "", "")
    hours: Hours | None = None
    hours_fact: Fact = UNKNOWN


@dataclass
class _Company:
    row: int
    name: str
    others: tuple[int, str] | None = None  # (row, cell)
    note: tuple[int, str] | None = None
    channels: dict[str, _Channel] = field(default_factory=dict)


def _same_or_set(
    row: int, column: str, current: tuple[int, str] | None, value: str
) -> tuple[int, str] | None:
    if not value:
        return current
    if current is not None and current[1] != value:
        raise CellError(column, msg("exchange.csv_differs", row=current[0]))
    return current or (row, value)


def _hours(cells: tuple[str, str, str]) -> tuple[Hours | None, Fact]:
    line, source, verified = cells
    hours = None
    if line:
        try:
            hours = hours_from_text(line)
        except HoursTextError:
            raise CellError("hours", msg("company.problem.hours_text", value=line)) from None
    return hours, _check("hours", lambda: make_fact(source, verified, prefix="hours_"))


class Sheet:
    """The rows read so far, grouped by company (by name) and channel."""

    def __init__(self, header: list[str]) -> None:
        self.channel_names = _channel_names()
        self.columns: dict[str, int] = {}
        self.headers = list(header)
        for i, raw in enumerate(header):
            if not raw.strip() and i == len(header) - 1 and i:
                continue  # a trailing separator some programs add
            name = self._column(raw)
            if name is None:
                known = ", ".join((*COLUMNS, *WIDE_COLUMNS))
                raise CellError(i, msg("exchange.csv_unknown_column", column=raw, columns=known))
            if name in self.columns:
                raise CellError(i, msg("exchange.csv_column_twice", column=raw))
            self.columns[name] = i
        if "name" not in self.columns:
            raise CellError(None, msg("exchange.csv_no_name_column"))
        self.width = len(header)
        self.wide = [cid for cid in CHANNEL_IDS if {cid, f"{cid}_hours"} & set(self.columns)]
        self.blank = dict.fromkeys((*COLUMNS, *WIDE_COLUMNS), "")
        self.companies: dict[str, _Company] = {}
        # A company's name stands on each of its rows: checked once.
        self.names: dict[str, tuple[str, str]] = {}
        # The same hours are written for many channels: read once.
        self.hours: dict[tuple[str, str, str], tuple[Hours | None, Fact]] = {}

    def _column(self, raw: str) -> str | None:
        words = raw.strip().casefold().split()
        joined = "".join(words)
        column = "_".join(words)
        if column in COLUMNS or column in WIDE_COLUMNS:
            return column
        return _ALIASES.get(joined) or self.channel_names.get(joined)

    def place(self, row: int, bad: CellError) -> Msg:
        """Where a problem is, in the words a spreadsheet user finds it by."""
        column = bad.column
        if isinstance(column, str):
            column = self.columns.get(column)
        if column is None:
            return msg("exchange.at_row", row=row, problem=bad.problem)
        header = self.headers[column] if column < len(self.headers) else ""
        letter = column_letter(column)
        return msg("exchange.at_cell", row=row, column=letter, header=header, problem=bad.problem)

    def add_row(self, row: int, cells: list[str]) -> None:
        if any(cell.startswith("=") for cell in cells):
            at = next(i for i, cell in enumerate(cells) if cell.startswith("="))
            raise CellError(at, msg("exchange.csv_formula"))
        if len(cells) > self.width and any(cell.strip() for cell in cells[self.width :]):
            raise CellError(self.width, msg("exchange.csv_too_many_cells"))
        count = len(cells)
        values = self.blank.copy()
        for column, at in self.columns.items():
            if at < count and cells[at]:
                values[column] = unescape_cell(cells[at])
        raw = values["name"]
        known = self.names.get(raw)
        if known is None:
            checked = _check("name", lambda: check_name(raw))
            known = self.names[raw] = (checked, name_key(checked))
        name, key = known
        company = self.companies.get(key)
        if company is None:
            company = self.companies[key] = _Company(row, name)
        elif company.name != name:
            spelling = msg("exchange.csv_name_spelling", row=company.row, first=company.name)
            raise CellError("name", spelling)
        company.others = _same_or_set(
            row, "other_names", company.others, values["other_names"].strip()
        )
        note = values["note"].replace("\r\n", "\n").strip()
        company.note = _same_or_set(row, "note", company.note, note)
        self._channel(row, company, values)

    def _channel(self, row: int, company: _Company, values: dict[str, str]) -> None:
        raw = values["channel"].strip()
        wide = [c for c in self.wide if values[c].strip() or values[f"{c}_hours"].strip()]
        if raw:
            cid = self.channel_names.get("".join(raw.casefold().split()))
            if cid is None:
                cid = _check("channel", lambda: check_channel(raw))
            cells = _Cells(
                values["address"], values["label"], values["ars"], values["max_chars"], "hours", {}
            )
            if not cells.address.strip():
                given = next((c for c in _PER_ADDRESS if values[c].strip()), None)
                if given is not None:
                    raise CellError(given, msg("exchange.csv_needs_address"))
            self._add(row, company, cid, values, cells)
        elif any(values[c].strip() for c in _LONG_ONLY):
            raise CellError("channel", msg("exchange.csv_needs_channel"))
        elif not wide and any(values[c].strip() for c in ("source", "verified")):
            raise CellError("source", msg("exchange.csv_needs_address"))
        for cid in wide:
            ars = values["phone_ars"] if cid == "phone" else ""
            cap = values["webform_max_chars"] if cid == "webform" else ""
            hours = f"{cid}_hours"
            places = {"address": cid, "hours": hours, "ars": "phone_ars"}
            places["max_chars"] = "webform_max_chars"
            for line in values[cid].splitlines() or [""]:
                self._add(row, company, cid, values, _Cells(line, "", ars, cap, hours, places))

    def _add(
        self, row: int, company: _Company, cid: str, values: dict[str, str], cells: _Cells
    ) -> None:
        """One address (or none) and the hours of channel `cid`, from one row."""
        channel = company.channels.setdefault(cid, _Channel(row))
        try:
            if cells.address.strip():
                made = _check("address", lambda: make_address(
                    cid, cells.address, label=cells.label, ars=cells.ars,
                    max_chars=cells.max_chars, source=values["source"],
                    verified=values["verified"],
                ))  # fmt: skip
                if any(a.value == made.value for a in channel.addresses):
                    shown = cells.address.strip()
                    raise CellError("address", msg("exchange.csv_repeated", value=shown))
                channel.addresses.append(made)
            hours = values[cells.hours_column].strip()
            self._hours(row, channel, (hours, values["hours_source"], values["hours_verified"]))
        except CellError as bad:
            column = bad.column
            if isinstance(column, str):
                column = cells.places.get(column, column)
            raise CellError(column, bad.problem) from None

    def _hours(self, row: int, channel: _Channel, cells: tuple[str, str, str]) -> None:
        stripped = (cells[0], cells[1].strip(), cells[2].strip())
        if not any(stripped):
            return
        if channel.hours_row is not None:
            if channel.hours_cells != stripped:
                raise CellError("hours", msg("exchange.csv_differs", row=channel.hours_row))
            return
        read = self.hours.get(cells)
        if read is None:
            read = self.hours[cells] = _hours(cells)
        channel.hours, channel.hours_fact = read
        channel.hours_row, channel.hours_cells = row, stripped

    def build(self, company: _Company) -> Company:
        """The company its rows describe, checked as a whole."""
        others = [] if company.others is None else company.others[1].split(NAME_SEPARATOR)

        def entry(cid: str, channel: _Channel) -> ChannelEntry:
            return make_channel(cid, channel.addresses, channel.hours, channel.hours_fact)

        entries = [
            _check("address", lambda c=cid, ch=channel: entry(c, ch))  # type: ignore[misc]
            for cid, channel in company.channels.items()
        ]
        note = "" if company.note is None else company.note[1]
        kept = [other.strip() for other in others if other.strip()]
        return _check("name", lambda: make_company(company.name, kept, entries, note))
