"""The email draft: the person's facts, cleaned and rendered through a template."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.domain.phone import national_format
from fallback_desktop.core.text.catalog import msg
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing.fields import DraftFields as DraftFields
from fallback_desktop.core.writing.fields import Kind, Value, registry

if TYPE_CHECKING:
    from fallback_desktop.core.calendar.business import BusinessCalendar

# A subject is read in a mail list: the summary of the details stays short, and the whole line too.
SUMMARY_LIMIT = 40
SUBJECT_LIMIT = 150
REPLY_BUSINESS_DAYS = 3

_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# Bidirectional overrides and isolates can make a line display differently from what it says.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)")
_BLANK_LINES = re.compile(r"\n{3,}")
_CUT_TRAILING = " ,;:·-–—([{<\"'"


@dataclass(frozen=True)
class Draft:
    """A rendered email; the subject is always a single line."""

    subject: str
    body: str


def _drop_unsafe(text: str) -> str:
    """Remove control, surrogate and bidi characters, keeping newlines and tabs."""
    kept = []
    for char in text:
        if char in "\n\t":
            kept.append(char)
        elif char in _BIDI_CONTROLS or unicodedata.category(char) in ("Cc", "Cs"):
            continue
        else:
            kept.append(char)
    return "".join(kept)


def one_line(text: str) -> str:
    """Every kind of line break and whitespace run becomes one space; controls are removed."""
    return " ".join(_drop_unsafe(_LINE_BREAKS.sub("\n", text)).split())


def multi_line(text: str) -> str:
    """Line breaks unified to \\n, controls other than \\n and \\t removed, edges trimmed."""
    lines = _drop_unsafe(_LINE_BREAKS.sub("\n", text)).split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary when one is near, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(_CUT_TRAILING) + "…"


def summarize(details: str, limit: int = SUMMARY_LIMIT) -> str:
    """The first sentence of the details (without its full stop), shortened for a subject."""
    line = one_line(details)
    end = _SENTENCE_END.search(line)
    first = line[: end.start()] if end else line
    return shorten(first.strip(), limit)


def format_date(day: dt.date | None, lang: Lang) -> str:
    """'2026년 11월 20일' or '20 November 2026'; '' for no date."""
    if day is None:
        return ""
    if lang == "ko":
        return f"{day.year}년 {day.month}월 {day.day}일"
    return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


def _cleaned(kind: Kind, value: Value, lang: Lang) -> str | tuple[str, ...]:
    """A field's value as a template shows it: one line, tidy lines, a date written out…"""
    if kind is Kind.DATE:
        return format_date(value if isinstance(value, dt.date) else None, lang)
    if isinstance(value, tuple):
        names = (one_line(path.name) for path in value)
        return tuple(name for name in names if name)
    text = value if isinstance(value, str) else ""
    if kind is Kind.TEXT:
        return multi_line(text)
    if kind is Kind.PHONE:
        return national_format(one_line(text))
    return one_line(text)


def template_values(fields: DraftFields, lang: Lang) -> dict[str, Any]:
    """The render arguments a template receives: every field cleaned, plus summary and topic."""
    values: dict[str, Any] = {
        spec.key: _cleaned(spec.kind, fields[spec.key], lang) for spec in registry()
    }
    summary = summarize(fields.text("details"))
    product = shorten(values["product"], SUMMARY_LIMIT)
    topic = ": ".join(part for part in (product, summary) if part)
    return {"lang": lang, **values, "summary": summary, "topic": topic}


def _tidy_body(text: str) -> str:
    """Trailing spaces gone, at most one blank line in a row, one final newline."""
    body = _BLANK_LINES.sub("\n\n", multi_line(text))
    return body + "\n" if body else ""


def _render_user(name: str, values: dict[str, Any]) -> tuple[str | None, str]:
    from jinja2.exceptions import SecurityError

    from fallback_desktop.core.writing.templates import render_block, user_template

    template = user_template(name)
    try:
        subject = render_block(template, "subject", values)
        body = render_block(template, "body", values) or ""
    except SecurityError as exc:
        raise InputError(msg("error.template_unsafe", name=name), field="template") from exc
    except Exception as exc:  # any failure of a user's template is theirs to fix, not a crash
        raise InputError(msg("error.template_failed", name=name), field="template") from exc
    return subject, body


def render_email(fields: DraftFields, lang: Lang, template: str | None = None) -> Draft:
    """Subject and body from the bundled template for `lang`, or from the named user template."""
    from fallback_desktop.core.writing.templates import bundled_template, render_block

    values = template_values(fields, lang)
    if template is None:
        bundled = bundled_template(lang)
        subject = render_block(bundled, "subject", values)
        body = render_block(bundled, "body", values) or ""
    else:
        subject, body = _render_user(template, values)
    if subject is None:
        subject = render_block(bundled_template(lang), "subject", values) or ""
    return Draft(subject=shorten(one_line(subject), SUBJECT_LIMIT), body=_tidy_body(body))


def default_reply_by(today: dt.date, calendar: BusinessCalendar) -> dt.date:
    """A fair deadline to ask for: three Korean business days after today."""
    day, counted = today, 0
    while counted < REPLY_BUSINESS_DAYS:
        day += dt.timedelta(days=1)
        if calendar.is_business_day(day):
            counted += 1
    return day
