"""Regenerate resources/data/kr_public_holidays.json from the installed `holidays` package.

Run `make holidays` (or `python -m tools.holidays`) after upgrading `holidays`; a test fails when
the shipped table and the package disagree.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from typing import Any

from fallback_desktop.core.calendar.holidays import (
    FIRST_YEAR,
    HOLIDAY_LANGUAGE,
    LAST_YEAR,
    SOURCE,
    library_holidays,
    table_path,
)
from fallback_desktop.core.store.files import atomic_write_bytes


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
