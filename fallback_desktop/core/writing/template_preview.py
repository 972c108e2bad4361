"""A template the person is editing, filled with an example letter's facts as the letter would be.

The preview renders unsaved text, so it cannot go through `drafting.render_email` (which reads a
saved template by name); it takes the same steps with the same public pieces: the letter's
values (`template_values`), the sandbox and its limits, the bundled subject for the purpose
when the template has none, the subject on one line, the body tidied. A test holds both paths
to the same result.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from fallback_desktop.core.domain.purposes import DEFAULT_PURPOSE
from fallback_desktop.core.text.catalog import Msg, msg, text
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing.drafting import (
    SUBJECT_LIMIT,
    Draft,
    DraftFields,
    multi_line,
    one_line,
    shorten,
    template_values,
)
from fallback_desktop.core.writing.template_check import Problem, check, compiled

if TYPE_CHECKING:
    import jinja2

_BLANK_LINES = re.compile(r"\n{3,}")
# The example letter's dates: fixed, so a preview reads the same on any day.
SAMPLE_INCIDENT = dt.date(2025, 3, 3)
SAMPLE_REPLY_BY = dt.date(2025, 3, 14)
SAMPLE_TODAY = dt.date(2025, 3, 5)  # the day the example letter is written
PHONE = "010-0000-0000"
SAMPLE_KEYS = ("company", "product", "order_number", "details", "tried", "resolution", "name")


@dataclass(frozen=True)
class Preview:
    """The example letter, or None with what stops it (at least one problem then)."""

    draft: Draft | None
    problems: tuple[Problem, ...] = ()


def sample_fields(lang: Lang) -> DraftFields:
    """A clearly made-up letter about a vacuum cleaner: 홍길동, 010-0000-0000, example.com."""
    words = {key: text(f"user_template.sample.{key}", lang) for key in SAMPLE_KEYS}
    files = text("user_template.sample.attachments", lang).split(", ")
    return DraftFields(
        to="help@example.com",
        email="hong@example.com",
        phone=PHONE,
        incident_date=SAMPLE_INCIDENT,
        reply_by=SAMPLE_REPLY_BY,
        attachments=tuple(Path(name) for name in files),
        **words,
    )


def preview(
    source: str,
    lang: Lang,
    fields: DraftFields | None = None,
    *,
    purpose: str = DEFAULT_PURPOSE,
    today: dt.date = SAMPLE_TODAY,
) -> Preview:
    """The template rendered for `lang` and `purpose` (with the example facts unless `fields`
    are given), as the letter written on `today`; problems instead when it cannot be used.
    Never raises for anything in the template."""
    problems = check(source)
    if problems:
        return Preview(None, tuple(problems))
    from fallback_desktop.core.writing.templates import render_block, render_bundled

    template = compiled(source)
    given = fields if fields is not None else sample_fields(lang)
    values = template_values(given, lang, purpose, today)
    try:
        subject = render_block(template, "subject", values)
        body = render_block(template, "body", values) or ""
    except Exception as exc:  # whatever a template does wrong is shown, never raised
        return Preview(None, (Problem(_line_of(exc, template), None, _render_message(exc)),))
    if subject is None:
        try:
            subject = render_bundled(lang, purpose, "subject", values) or ""
        except Exception:  # the app's own subject failed: the body still shows
            subject = ""
    return Preview(Draft(subject=shorten(one_line(subject), SUBJECT_LIMIT), body=_tidy(body)))


def _tidy(body: str) -> str:
    # As the letter does: no trailing spaces, at most one blank line in a row, one final newline.
    tidied = _BLANK_LINES.sub("\n\n", multi_line(body))
    return tidied + "\n" if tidied else ""


def _render_message(exc: Exception) -> Msg:
    from jinja2.exceptions import SecurityError, UndefinedError

    why = str(exc)
    if isinstance(exc, SecurityError):
        if "steps" in why:
            return msg("user_template.too_many_steps")
        if "unsafe" in why or "internal" in why:
            return msg("user_template.internal")
        return msg("user_template.too_big")
    if isinstance(exc, OverflowError):  # the sandbox's own refusal of a huge range
        return msg("user_template.too_many_steps")
    if isinstance(exc, RecursionError):
        return msg("user_template.recursion")
    if isinstance(exc, UndefinedError):
        return msg("user_template.undefined")
    if isinstance(exc, TypeError) and "loader" in why:
        return msg("error.template_loads_others")
    return msg("user_template.render_failed")


def _line_of(exc: BaseException, template: jinja2.Template) -> int | None:
    """The template line the failure happened on (the innermost one), when it can be told."""
    line: int | None = None
    tb: TracebackType | None = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = template.get_corresponding_lineno(tb.tb_lineno)
        tb = tb.tb_next
    return line
