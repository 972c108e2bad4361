"""The email draft: the person's facts, cleaned and rendered through a template."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.domain.phone import national_format
from fallback_desktop.core.domain.purposes import DEFAULT_PURPOSE, known_purpose
from fallback_desktop.core.text.catalog import msg
from fallback_desktop.core.text.days import format_day
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing.fields import DraftFields as DraftFields
from fallback_desktop.core.writing.fields import Kind, Value, fields_for, registry
from fallback_desktop.core.writing.withdrawal import withdrawal_values

if TYPE_CHECKING:
    from fallback_desktop.core.calendar.business import BusinessCalendar

# A subject is read in a mail list: the summary of the details stays short, and the whole line too.
SUMMARY_LIMIT = 40
SUBJECT_LIMIT = 150
REPLY_BUSINESS_DAYS = 3

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
    return "" if day is None else format_day(day, lang)


def _cleaned(kind: Kind, value: Value, lang: Lang) -> str | bool | tuple[str, ...]:
    """A field's value as a template shows it: one line, tidy lines, a date written out…"""
    if kind is Kind.DATE:
        return format_date(value if isinstance(value, dt.date) else None, lang)
    if kind is Kind.FLAG:
        return value is True
    if isinstance(value, tuple):
        names = (one_line(path.name) for path in value)
        return tuple(name for name in names if name)
    text = value if isinstance(value, str) else ""
    if kind is Kind.TEXT:
        return multi_line(text)
    if kind is Kind.PHONE:
        return national_format(one_line(text))
    return one_line(text)


def _seoul_today() -> dt.date:
    import zoneinfo

    return dt.datetime.now(zoneinfo.ZoneInfo("Asia/Seoul")).date()


def for_purpose(fields: DraftFields, purpose: str, channel: str = "email") -> DraftFields:
    """The fields with those this purpose does not ask for emptied: a letter says only what its
    form shows (what was typed for another purpose stays in the form, hidden)."""
    shown = {spec.key for spec in fields_for(channel, purpose)}
    # Unset fields read as empty.
    return DraftFields({key: fields[key] for key in shown})


def template_values(
    fields: DraftFields,
    lang: Lang,
    purpose: str = DEFAULT_PURPOSE,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """The render arguments a template receives: the purpose's fields cleaned (the others
    empty), plus the purpose, summary, topic and the withdrawal window (DERIVED_VALUES). An
    unknown purpose is the general letter's."""
    purpose = known_purpose(purpose)
    fields = for_purpose(fields, purpose)
    values: dict[str, Any] = {
        spec.key: _cleaned(spec.kind, fields[spec.key], lang) for spec in registry()
    }
    summary = summarize(fields.text("details"))
    product = shorten(values["product"], SUMMARY_LIMIT)
    topic = ": ".join(part for part in (product, summary) if part)
    window = withdrawal_values(fields, lang, today or _seoul_today())
    return {
        "lang": lang,
        **values,
        "purpose": purpose,
        "summary": summary,
        "topic": topic,
        **window,
    }


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


def render_email(
    fields: DraftFields,
    lang: Lang,
    template: str | None = None,
    *,
    purpose: str = DEFAULT_PURPOSE,
    today: dt.date | None = None,
) -> Draft:
    """Subject and body in `lang` from the bundled template for the purpose, or from the named
    user template; `today` (Seoul's, by default) says whether a legal window has passed."""
    from fallback_desktop.core.writing.templates import render_bundled

    values = template_values(fields, lang, purpose, today)
    purpose = values["purpose"]
    if template is None:
        subject = render_bundled(lang, purpose, "subject", values)
        body = render_bundled(lang, purpose, "body", values) or ""
    else:
        subject, body = _render_user(template, values)
    if subject is None:
        subject = render_bundled(lang, purpose, "subject", values) or ""
    return Draft(subject=shorten(one_line(subject), SUBJECT_LIMIT), body=_tidy_body(body))


def default_reply_by(today: dt.date, calendar: BusinessCalendar) -> dt.date:
    """A fair deadline to ask for: three Korean business days after today."""
    day, counted = today, 0
    while counted < REPLY_BUSINESS_DAYS:
        day += dt.timedelta(days=1)
        if calendar.is_business_day(day):
            counted += 1
    return day
