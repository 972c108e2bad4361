"""Reading CSV rows into companies: rows grouped by company name and channel, each cell checked
where it stands, so every problem names its row and column (format: core.store.exchange_csv)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

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
_RISKY_START = ("=", "+", "-", "@", "\t", "\r")
_PER_ADDRESS = ("label", "ars", "max_chars", "source", "verified")


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
        self.columns: dict[str, int] = {}
        for i, raw in enumerate(header):
            name = raw.strip().lower()
            if not name and i == len(header) - 1 and i:
                continue  # a trailing separator some programs add
            if name not in COLUMNS:
                known = ", ".join(COLUMNS)
                raise CellError(i, msg("exchange.csv_unknown_column", column=raw, columns=known))
            if name in self.columns:
                raise CellError(i, msg("exchange.csv_column_twice", column=raw))
            self.columns[name] = i
        if "name" not in self.columns:
            raise CellError(None, msg("exchange.csv_no_name_column"))
        self.width = len(header)
        self.channel_names = _channel_names()
        self.companies: dict[str, _Company] = {}
        # A company's name stands on each of its rows: checked once.
        self.names: dict[str, tuple[str, str]] = {}
        # The same hours are written for many channels: read once.
        self.hours: dict[tuple[str, str, str], tuple[Hours | None, Fact]] = {}

    def place(self, row: int, bad: CellError) -> Msg:
        """Where a problem is, in the words a spreadsheet user finds it by."""
        column = bad.column
        if isinstance(column, str):
            column = self.columns.get(column)
        if column is None:
            return msg("exchange.at_row", row=row, problem=bad.problem)
        header = next((name for name, at in self.columns.items() if at == column), "")
        letter = column_letter(column)
        return msg("exchange.at_cell", row=row, column=letter, header=header, problem=bad.problem)

    def add_row(self, row: int, cells: list[str]) -> None:
        if any(cell.startswith("=") for cell in cells):
            at = next(i for i, cell in enumerate(cells) if cell.startswith("="))
            raise CellError(at, msg("exchange.csv_formula"))
        if len(cells) > self.width and any(cell.strip() for cell in cells[self.width :]):
            raise CellError(self.width, msg("exchange.csv_too_many_cells"))
        count = len(cells)
        values = dict.fromkeys(COLUMNS, "")
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
        hours_cells = (values["hours"].strip(), values["hours_source"], values["hours_verified"])
        if not raw:
            given = ("address", *_PER_ADDRESS, "hours", "hours_source", "hours_verified")
            if any(values[c].strip() for c in given):
                raise CellError("channel", msg("exchange.csv_needs_channel"))
            return
        cid = self.channel_names.get("".join(raw.casefold().split()))
        if cid is None:
            cid = _check("channel", lambda: check_channel(raw))
        channel = company.channels.setdefault(cid, _Channel(row))
        address = values["address"]
        if address.strip():
            made = _check("address", lambda: make_address(
                cid, address, label=values["label"], ars=values["ars"],
                max_chars=values["max_chars"], source=values["source"],
                verified=values["verified"],
            ))  # fmt: skip
            if any(a.value == made.value for a in channel.addresses):
                raise CellError("address", msg("exchange.csv_repeated", value=address.strip()))
            channel.addresses.append(made)
        else:
            given_here = next((c for c in _PER_ADDRESS if values[c].strip()), None)
            if given_here is not None:
                raise CellError(given_here, msg("exchange.csv_needs_address"))
        stripped = tuple(cell.strip() for cell in hours_cells)
        if any(stripped):
            if channel.hours_row is not None:
                if channel.hours_cells != stripped:
                    raise CellError("hours", msg("exchange.csv_differs", row=channel.hours_row))
                return
            read = self.hours.get(hours_cells)
            if read is None:
                read = self.hours[hours_cells] = _hours(hours_cells)
            channel.hours, channel.hours_fact = read
            channel.hours_row, channel.hours_cells = row, (stripped[0], stripped[1], stripped[2])

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
