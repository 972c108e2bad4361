"""Words for a company's facts: where each came from, when it was last checked and how long ago,
and whether it is old enough to doubt. Also which addresses may be opened in the browser."""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote, urlsplit

from fallback_desktop.core.domain.company import Fact
from fallback_desktop.core.text.catalog import text
from fallback_desktop.core.text.lang import Lang

# STYLE rule 17: nothing else from a person's data is handed to the desktop.
SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
STALE_MARK = "⚠"


def fact_text(fact: Fact, today: dt.date, lang: Lang, about: str = "") -> str:
    """A line like "출처: … · 2025-03-02 확인(365일 전)", the stale mark first when it is old
    or never checked; `about` names the fact ("운영 시간") when the line above is not its own."""
    parts: list[str] = []
    if fact.source:
        parts.append(f"{text('company.cli.source', lang)}: {fact.source}")
    age = fact.age_days(today)
    if fact.verified is None or age is None:
        parts.append(text("company.cli.never_verified", lang))
    else:
        parts.append(text("company.cli.verified", lang, day=fact.verified.isoformat(), days=age))
    line = " · ".join(parts)
    if about:
        line = f"{about}: {line}"
    if fact.is_stale(today):
        mark = text("company.cli.stale", lang) if fact.verified is not None else ""
        line = f"{STALE_MARK} {line}" + (f" — {mark}" if mark else "")
    return line


def safe_url(value: str) -> str | None:
    """`value` as an ASCII URL to hand to the desktop, or None when its scheme is not safe."""
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or any(c in value for c in "\r\n\t\0"):
        return None
    # Non-ASCII (a Korean path) percent-encoded; what is already encoded is kept as it is.
    return quote(value.strip(), safe=":/?#[]@!$&'()*+,;=%~")


def url_host(value: str) -> str:
    """What to show before opening: the host, or the whole address for mailto:/tel:."""
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return ""
    return parts.hostname or parts.path
