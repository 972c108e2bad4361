"""What the JSON and the CSV import share: size limit, encodings, problems with their place."""

from __future__ import annotations

import codecs
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fallback_desktop.core.domain.company import Company
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.text.catalog import Msg, msg

if TYPE_CHECKING:
    from pathlib import Path

MAX_IMPORT_MB = 20
MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1_000_000
MAX_PROBLEMS = 20
FORMAT_ID = "fallback-desk/companies"
FORMAT_VERSION = 1

# Besides Hangul, what Korean spreadsheets commonly hold; a CP949 guess showing anything else
# (Hanja, kana, Cyrillic …) is more likely another encoding read wrongly.
_KOREAN_SYMBOLS = frozenset("·ㆍ“”‘’～※○●◎■□▲△▶▷◆◇★☆→←↑↓、。「」『』《》〈〉【】…")


class ImportFileError(InputError):
    """An import that cannot be taken: the first problem as the message, all of them (up to
    MAX_PROBLEMS) in `problems`, each naming where it is."""

    def __init__(self, problems: Sequence[Msg]) -> None:
        first = problems[0]
        if len(problems) > 1:
            first = msg("exchange.and_more", first=first, more=len(problems) - 1)
        super().__init__(first, field="file")
        self.problems = tuple(problems)


class Problems:
    """Collects what is wrong, up to MAX_PROBLEMS, and raises them together."""

    def __init__(self) -> None:
        self.items: list[Msg] = []

    def add(self, problem: Msg) -> None:
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(problem)

    @property
    def full(self) -> bool:
        return len(self.items) >= MAX_PROBLEMS

    def check(self) -> None:
        if self.items:
            raise ImportFileError(self.items)


@dataclass(frozen=True)
class Found:
    """A company read from a file, and where it stands there (for duplicate names)."""

    company: Company
    where: Msg


def file_problem(key: str, path: Path, **params: object) -> ImportFileError:
    return ImportFileError([msg(f"exchange.{key}", name=path.name, **params)])


def read_bytes(path: Path) -> bytes:
    """The file's bytes; refused when it is not a readable regular file or is too big."""
    try:
        if not path.is_file():
            raise file_problem("not_a_file", path)
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            mb = f"{size / 1_000_000:,.0f}"
            raise file_problem("too_big", path, size=mb, limit=MAX_IMPORT_MB)
        with open(path, "rb") as handle:
            data = handle.read(MAX_IMPORT_BYTES + 1)
    except OSError as error:
        raise file_problem("unreadable", path, reason=error.strerror or "") from None
    if len(data) > MAX_IMPORT_BYTES:  # grew while being read
        raise file_problem(
            "too_big", path, size=f"{len(data) / 1_000_000:,.0f}", limit=MAX_IMPORT_MB
        )
    return data


def _plausibly_korean(text: str) -> bool:
    """Whether text decoded by guess reads as Korean: besides ASCII, only Hangul and the usual
    symbols, and mostly the 2,350 everyday syllables of KS X 1001 — Japanese or Chinese bytes
    read as CP949 come out as a run of the rare syllables only CP949 adds (뱦떈밺쀍)."""
    syllables = rare = 0
    for char, count in Counter(text).items():
        if char.isascii() or char in _KOREAN_SYMBOLS:
            continue
        if "\uac00" <= char <= "\ud7a3":
            syllables += count
            rare += count if len(char.encode("euc-kr")) > 2 else 0
        elif not unicodedata.name(char, "").startswith(("HANGUL", "FULLWIDTH", "CIRCLED")):
            return False
    return rare * 2 <= syllables or syllables < 2


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """(text, encoding name): UTF-8 (with or without BOM), UTF-16 with a BOM, or CP949 (which
    includes EUC-KR) when the result reads as Korean; otherwise refused with the reason."""
    try:
        if data.startswith(codecs.BOM_UTF8):
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8"
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")
            if not _plausibly_korean(text):
                raise file_problem("encoding_unknown", path)
            return text, "utf-16"
    except UnicodeDecodeError:
        raise file_problem("encoding_broken", path) from None
    if b"\x00" in data:
        raise file_problem("not_text", path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        raise file_problem("encoding_unknown", path) from None
    if not _plausibly_korean(text):
        raise file_problem("encoding_unknown", path)
    return text, "cp949"


def check_duplicates(found: Iterable[Found], problems: Problems) -> list[Company]:
    """The companies, after reporting every name that stands twice (compared as names are)."""
    first: dict[str, Found] = {}
    kept: list[Company] = []
    for item in found:
        seen = first.get(item.company.key)
        if seen is not None:
            problems.add(
                msg(
                    "exchange.duplicate_name",
                    where=item.where,
                    name=item.company.name,
                    first=seen.where,
                )
            )
            continue
        first[item.company.key] = item
        kept.append(item.company)
    return kept
