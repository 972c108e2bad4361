"""Which of a company's addresses may be opened in the browser, and the host to show first.

A fact's line (its source, when it was checked, whether it is stale) is
`core.domain.company.fact_text`, shared with the command line."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

# STYLE rule 17: nothing else from a person's data is handed to the desktop.
SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})


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
