"""Companies as CSV that Korean Excel opens (STYLE rule 16), one row per address.

Columns (header row required, any order, only `name` required): name, other_names (split by
'|'), note, channel (an id such as phone, or its Korean or English name), address, label, ars,
max_chars, source, verified, hours (core.domain.hours_text's line), hours_source,
hours_verified. A company takes as many rows as it has addresses; its other names and note
stand on any one of them, a channel's hours on any one row of that channel (the same value
written again is fine, a different one is an error). A company without channels is one row
with the channel left empty; a channel whose address is unknown, one row without an address.
Also read (never written): a column per channel for a sheet with one row per company, and
Korean headers (core.store.csv_sheet).

Written as UTF-8 with a BOM and CRLF line ends; read from UTF-8, UTF-16 with a BOM (tab
separated, as Excel's "Unicode text") or CP949/EUC-KR (what older Korean Excel saves). A cell
that begins with = + - @, tab or CR is written with ' before it, so a spreadsheet shows it as
text instead of running it; reading undoes that. A cell that begins with '=' without the ' is
refused: it was meant as a formula, or will be run as one by the next spreadsheet to open it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from fallback_desktop.core.domain.company import Address, ChannelEntry, Company, Fact
from fallback_desktop.core.domain.company_checks import NAME_SEPARATOR
from fallback_desktop.core.domain.hours_text import hours_to_text
from fallback_desktop.core.store.csv_sheet import (
    COLUMNS,
    CellError,
    Sheet,
    column_letter,
    escape_cell,
)
from fallback_desktop.core.store.exchange_common import Found, Problems, decode, read_bytes
from fallback_desktop.core.text.catalog import msg

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["COLUMNS", "companies_to_csv", "read_csv_file", "read_csv_text"]


# --- export --------------------------------------------------------------------------------


def _fact_cells(fact: Fact) -> list[str]:
    return [fact.source, "" if fact.verified is None else fact.verified.isoformat()]


def _address_cells(address: Address | None) -> list[str]:
    """address, label, ars, max_chars, source, verified."""
    if address is None:
        return ["", "", "", "", "", ""]
    cap = "" if address.max_chars is None else str(address.max_chars)
    return [address.shown(), address.label, address.ars, cap, *_fact_cells(address.fact)]


def _channel_rows(entry: ChannelEntry) -> list[list[str]]:
    """channel … hours_verified: a row per address, the hours on the first."""
    hours = [
        "" if entry.hours is None else hours_to_text(entry.hours),
        *_fact_cells(entry.hours_fact),
    ]
    addresses: Sequence[Address | None] = entry.addresses or (None,)
    return [
        [entry.channel, *_address_cells(address), *(hours if i == 0 else ["", "", ""])]
        for i, address in enumerate(addresses)
    ]


def _company_rows(company: Company) -> list[list[str]]:
    """Its rows: the name on each, other names and note on the first only."""
    tails = [row for entry in company.channels for row in _channel_rows(entry)]
    tails = tails or [[""] * (len(COLUMNS) - 3)]
    first = [company.name, NAME_SEPARATOR.join(company.other_names), company.note]
    return [[*(first if i == 0 else [company.name, "", ""]), *t] for i, t in enumerate(tails)]


def companies_to_csv(companies: Sequence[Company]) -> bytes:
    """The export file (UTF-8 with BOM, CRLF, risky cells marked)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for company in companies:
        writer.writerows([escape_cell(cell) for cell in row] for row in _company_rows(company))
    return buffer.getvalue().encode("utf-8-sig")


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    return "\t" if "\t" in first and "," not in first else ","


def read_csv_text(text: str) -> list[Found]:
    """The companies of a CSV text; ImportFileError naming row and column of what is wrong."""
    problems = Problems()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    try:
        rows = list(reader)
    except csv.Error:
        problems.add(msg("exchange.csv_syntax", row=reader.line_num))
        problems.check()
    if not rows:
        problems.add(msg("exchange.at_row", row=1, problem=msg("exchange.csv_no_name_column")))
        problems.check()
    try:
        sheet = Sheet(rows[0])
    except CellError as bad:
        column = bad.column if isinstance(bad.column, int) else None
        if column is None:
            problems.add(msg("exchange.at_row", row=1, problem=bad.problem))
        else:
            letter, header = column_letter(column), rows[0][column]
            problems.add(
                msg("exchange.at_cell", row=1, column=letter, header=header, problem=bad.problem)
            )
        problems.check()
        raise AssertionError from None  # not reached: check() raised
    for row, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue  # blank rows a spreadsheet leaves at the end
        try:
            sheet.add_row(row, cells)
        except CellError as bad:
            problems.add(sheet.place(row, bad))
            if problems.full:
                break
    problems.check()
    found = []
    for company in sheet.companies.values():
        try:
            made = sheet.build(company)
        except CellError as bad:
            problems.add(sheet.place(company.row, bad))
            continue
        found.append(Found(made, msg("exchange.row_at", row=company.row, name=company.name)))
    problems.check()
    return found


def read_csv_file(path: Path) -> list[Found]:
    text, _encoding = decode(read_bytes(path), path)
    return read_csv_text(text)
