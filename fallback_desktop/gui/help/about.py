"""What the About box adds below its description: the versions underneath the program, how
recent its data is, and its licence."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import qVersion

from fallback_desktop import __version__
from fallback_desktop.core.recommend.sources import holiday_years, latest_source_year
from fallback_desktop.core.text.catalog import text
from fallback_desktop.core.text.lang import Lang

# As in pyproject.toml's `license` (tests/gui/test_help.py keeps them the same).
LICENCE = "MIT"


def versions_text(lang: Lang) -> str:
    """Versions, the data's years and the licence, one line each."""
    first, last = holiday_years()
    lines = [
        text(
            "help.about.versions",
            lang,
            app=__version__,
            python=platform.python_version(),
            qt=qVersion(),
            pyside=PySide6.__version__,
        )
    ]
    year = latest_source_year()
    if year is not None:
        lines.append(text("help.about.data", lang, year=year, first=first, last=last))
    lines.append(text("help.about.licence", lang, licence=LICENCE))
    return "\n".join(lines)


def with_versions(description: str, lang: Lang) -> str:
    """The About box's text: the description, a blank line, then `versions_text`."""
    return f"{description}\n\n{versions_text(lang)}"
