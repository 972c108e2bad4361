"""South Korea's public holidays for the years people plan in, as a table built from `holidays`.

The `holidays` package stays the one source of the dates and names; this table is generated from
it (`make holidays`, which runs `tools/holidays.py`) so the running app can answer about these
years without loading the package. Years outside the table still ask it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from fallback_desktop.core.text.lang import Lang

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


def load_overrides(path: Path | None = None) -> dict[dt.date, dict[str, str]]:
    """One-off holidays: the bundled list, then the person's own file (which wins on a date).

    With `path`, only that file. A missing or unreadable file counts as empty (and is logged).
    """
    if path is None:
        from fallback_desktop.paths import resource, user_holidays_file

        try:
            bundled = load_overrides(resource("data", "holiday_overrides.json"))
        except FileNotFoundError:
            bundled = {}
        return {**bundled, **load_overrides(user_holidays_file())}
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        log.warning("holiday overrides in %s could not be read: %s", path, exc)
        return {}
    entries = document.get("holidays", []) if isinstance(document, dict) else None
    if not isinstance(entries, list):
        log.warning("holiday overrides in %s have no 'holidays' list", path)
        return {}
    overrides: dict[dt.date, dict[str, str]] = {}
    for entry in entries:
        parsed = _parse_override(entry)
        if parsed is None:
            log.warning("skipping a malformed holiday override in %s: %r", path, entry)
            continue
        overrides[parsed[0]] = parsed[1]
    return overrides


def _parse_override(entry: Any) -> tuple[dt.date, dict[str, str]] | None:
    if not isinstance(entry, dict):
        return None
    date_text, ko, en = entry.get("date"), entry.get("ko"), entry.get("en")
    if not (isinstance(date_text, str) and isinstance(ko, str) and isinstance(en, str)):
        return None
    if not (ko.strip() and en.strip()):
        return None
    try:
        day = dt.date.fromisoformat(date_text)
    except ValueError:
        return None
    return day, {"ko": ko.strip(), "en": en.strip()}
