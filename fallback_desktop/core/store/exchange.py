"""Import and export of the directory: the app's own JSON and CSV that Korean Excel opens.

An import is read and checked whole before anything is written (Directory.merge then writes it
in one transaction), so a file with one bad cell changes nothing; each problem names its row
and column (CSV) or its company and field (JSON), in the catalog's words. Refused, and why:
files over MAX_IMPORT_MB; text that is neither UTF-8 nor Korean (EUC-KR/CP949), which decoded
by guess would store mojibake; anything the company editor would refuse (core.domain
.company_checks). The formats: core.store.exchange_json, core.store.exchange_csv, README.

`read_import` takes a .json or .csv file, or a folder of .json files (a shared list kept in a
public repository, one company per file), and returns the companies in file order.
"""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from enum import Enum
from pathlib import Path

from fallback_desktop.core.domain.company import Company
from fallback_desktop.core.store.exchange_common import (
    MAX_IMPORT_BYTES,
    MAX_IMPORT_MB,
    ImportFileError,
    Problems,
    check_duplicates,
    file_problem,
)
from fallback_desktop.core.store.exchange_csv import companies_to_csv, read_csv_file
from fallback_desktop.core.store.exchange_json import (
    companies_to_json,
    read_folder,
    read_json_file,
)

__all__ = [
    "MAX_IMPORT_BYTES",
    "MAX_IMPORT_MB",
    "ExportFormat",
    "ImportFileError",
    "export",
    "read_import",
]


class ExportFormat(Enum):
    JSON = "json"
    CSV = "csv"


def export(companies: Sequence[Company], fmt: ExportFormat) -> bytes:
    """The export file's bytes: the same directory always gives the same bytes."""
    if fmt is ExportFormat.CSV:
        return companies_to_csv(companies)
    return companies_to_json(companies)


def read_import(path: Path) -> list[Company]:
    """Every company of an import file or folder, checked; ImportFileError when anything is
    wrong (nothing is then to be written)."""
    path = Path(path)
    if path.is_dir():
        found = read_folder(path)
    elif _looks_like_json(path):
        found = read_json_file(path)
    else:
        found = read_csv_file(path)
    problems = Problems()
    companies = check_duplicates(found, problems)
    problems.check()
    if not companies:
        raise file_problem("empty", path)
    return companies


def _looks_like_json(path: Path) -> bool:
    suffix = path.suffix.lower()
    if suffix == ".json":
        return True
    if suffix in (".csv", ".tsv", ".txt"):
        return False
    try:
        with open(path, "rb") as handle:
            head = handle.read(64)
    except OSError:
        return False
    head = head.removeprefix(codecs.BOM_UTF8).lstrip()
    return head[:1] in (b"{", b"[")
