"""South Korea's public holidays for the years people plan in, as a table built from `holidays`.

The `holidays` package stays the one source of the dates and names; this table is generated from
it (`python -m fallback_desktop.core.holiday_table`, or `make holidays`) so the running app can
answer about these years without loading the package. Years outside the table still ask it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from fallback_desktop.core.model import Lang

log = logging.getLogger(__name__)

# The `holidays` package's language code for each interface language.
HOLIDAY_LANGUAGE: dict[Lang, str] = {"ko": "ko", "en": "en_US"}

# The package's Korean lunar dates run to 2100; these are the years the app is planned around.
FIRST_YEAR = 2015
LAST_YEAR = 2040

TABLE_NAME = "kr_public_holidays.json"

SOURCE = (
    'holidays.country_holidays("KR", years=<year>, language=<code>), one year at a time; codes '
    + ", ".join(f"{lang}: {code}" for lang, code in HOLIDAY_LANGUAGE.items())
    + "; regenerate with `make holidays`"
)


@dataclass(frozen=True)
class HolidayTable:
    """Holiday names by date for the years first_year..last_year, in every interface language."""

    first_year: int
    last_year: int
    by_year: Mapping[int, Mapping[dt.date, Mapping[str, str]]]

    def covers(self, year: int) -> bool:
        """Whether the table answers for that whole year."""
        return self.first_year <= year <= self.last_year

    def names(self, year: int, lang: Lang) -> dict[dt.date, str]:
        """That year's holidays named in `lang`; {} for a year the table does not cover."""
        return {day: names[lang] for day, names in self.by_year.get(year, {}).items()}


def table_path() -> Path:
    """Where the table is bundled (a checkout's resources/ or the wheel's)."""
    from fallback_desktop.paths import resource

    return resource("data", TABLE_NAME)


def shipped_table() -> HolidayTable | None:
    """The bundled table, read once on first use; None after one warning when it is unusable."""
    try:
        path = table_path()
    except FileNotFoundError as exc:
        _warn_once(str(exc))
        return None
    return _read_table(path)


@cache
def _warn_once(reason: str) -> None:
    log.warning("the bundled holiday table is not used: %s", reason)


@cache
def _read_table(path: Path) -> HolidayTable | None:
    # Cached per path: a damaged file is reported once, not on every question.
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        log.warning("the holiday table %s could not be read: %s", path, exc)
        return None
    try:
        return parse_table(document)
    except ValueError as exc:
        log.warning("the holiday table %s is not usable: %s", path, exc)
        return None


def parse_table(document: Any) -> HolidayTable:
    """The table a generated document describes; ValueError when any part of it is off.

    A partly readable table is refused as a whole: a missing day would silently count as a
    business day, while the package still knows the right answer.
    """
    if not isinstance(document, dict):
        raise ValueError("expected a JSON object")
    first, last, days = document.get("first_year"), document.get("last_year"), document.get("days")
    if not (type(first) is int and type(last) is int and first <= last):
        raise ValueError("first_year and last_year must be years, first <= last")
    if not isinstance(days, dict):
        raise ValueError("'days' must be an object")
    by_year: dict[int, dict[dt.date, dict[str, str]]] = {
        year: {} for year in range(first, last + 1)
    }
    for key, names in days.items():
        try:
            day = dt.date.fromisoformat(key)
        except ValueError:
            raise ValueError(f"{key!r} is not a YYYY-MM-DD date") from None
        if day.year not in by_year:
            raise ValueError(f"{key} lies outside {first}-{last}")
        if not (
            isinstance(names, dict)
            and all(isinstance(names.get(lang), str) and names[lang] for lang in HOLIDAY_LANGUAGE)
        ):
            raise ValueError(f"{key} needs a name in each of {', '.join(HOLIDAY_LANGUAGE)}")
        by_year[day.year][day] = {lang: names[lang] for lang in HOLIDAY_LANGUAGE}
    empty = [year for year, found in by_year.items() if not found]
    if empty:
        raise ValueError(f"no holidays listed for {', '.join(map(str, empty))}")
    return HolidayTable(first, last, by_year)


def library_holidays(year: int, lang: Lang) -> dict[dt.date, str]:
    """That year's holidays straight from the `holidays` package (slow and large to load)."""
    import holidays  # heavy: only when a year is outside the table, or to build it

    table = holidays.country_holidays("KR", years=year, language=HOLIDAY_LANGUAGE[lang])
    return {day: str(name) for day, name in table.items()}


def build_document(first_year: int = FIRST_YEAR, last_year: int = LAST_YEAR) -> dict[str, Any]:
    """The table as the installed `holidays` package gives it, ready to be rendered."""
    from importlib.metadata import version

    days: dict[str, dict[str, str]] = {}
    for year in range(first_year, last_year + 1):
        for lang in HOLIDAY_LANGUAGE:
            for day, name in library_holidays(year, lang).items():
                # The app looks a date up in its own year's list, so that is what is kept.
                if day.year == year:
                    days.setdefault(day.isoformat(), {})[lang] = name
    for key, names in days.items():
        if set(names) != set(HOLIDAY_LANGUAGE):
            raise ValueError(f"{key} is not named in every language: {names}")
    return {
        "source": SOURCE,
        "holidays_version": version("holidays"),
        "first_year": first_year,
        "last_year": last_year,
        "days": {key: dict(sorted(days[key].items())) for key in sorted(days)},
    }


def render(document: Mapping[str, Any]) -> str:
    """Sorted, UTF-8 JSON with one line per date, so a new release shows up as a short diff."""

    def value(item: Any) -> str:
        return json.dumps(item, ensure_ascii=False, sort_keys=True)

    lines = ["{"]
    keys = sorted(document)
    for index, key in enumerate(keys):
        comma = "," if index < len(keys) - 1 else ""
        item = document[key]
        if isinstance(item, Mapping) and item:
            lines.append(f"  {value(key)}: {{")
            entries = sorted(item)
            lines.extend(
                f"    {value(entry)}: {value(item[entry])}{',' if n < len(entries) - 1 else ''}"
                for n, entry in enumerate(entries)
            )
            lines.append(f"  }}{comma}")
        else:
            lines.append(f"  {value(key)}: {value(item)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> int:
    from fallback_desktop.core.storage import atomic_write_bytes

    document = build_document()
    path = table_path()
    atomic_write_bytes(path, render(document).encode("utf-8"), backup=False)
    # The writer's temp file is private to its owner; a bundled resource is for every user.
    path.chmod(0o644)
    print(
        f"wrote {path}: {len(document['days'])} days, {FIRST_YEAR}-{LAST_YEAR},"
        f" holidays {document['holidays_version']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
