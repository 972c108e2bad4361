"""The first check every typed or imported value gets: one line (or lines, for a note), no
hidden characters, not too long — and the catalog sentence when it fails."""

from __future__ import annotations

import re

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.text.catalog import msg

# Control characters (Unicode category Cc), line and paragraph separators, half characters
# (lone surrogates), and marks that reorder text on screen, so a label could show one thing
# and be another.
_CONTROLS = "\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff"
_REORDERING = "\u200e\u200f\u202a-\u202e\u2066-\u2069"
_HIDDEN_IN_TEXT = re.compile(f"[{_CONTROLS}{_REORDERING}]")
_HIDDEN_IN_LINE = re.compile(f"[\n{_CONTROLS}{_REORDERING}]")


def problem(key: str, at: str, **params: object) -> InputError:
    """An InputError about the field `at`, with the catalog sentence company.problem.<key>."""
    return InputError(msg(f"company.problem.{key}", **params), field=at)


def _field_words(field: str) -> object:
    return msg(f"company.field.{field}")


def clean_line(value: str, field: str, limit: int, *, multiline: bool = False) -> str:
    """The text without surrounding spaces; InputError for control characters (a line break
    unless `multiline`), half characters, or more than `limit` characters."""
    if not value:
        return ""
    text = value.replace("\r\n", "\n").strip() if multiline else value.strip()
    hidden = _HIDDEN_IN_TEXT if multiline else _HIDDEN_IN_LINE
    if hidden.search(text):
        raise problem("control_character", field, field=_field_words(field))
    if len(text) > limit:
        too_long = {"field": _field_words(field), "limit": limit, "length": len(text)}
        raise problem("too_long", field, **too_long)
    return text
