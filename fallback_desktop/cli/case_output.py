"""How the `case` command prints cases: the list, one case with its clocks and attempts, as
text (labels from resources/text/cases.json, case.cli.*) and as JSON.

JSON: `case list --json` prints a list of objects with `id`, `company`, `product`, `purpose`,
`opened_on`, `reply_by`, `status` (waiting, overdue, answered, resolved), `days_overdue`,
`attempts` (a count) and `last_attempt`; `case show --json` prints one case with every field,
its `status`, `legal_clocks` (each with its kind, words, article, deadline and whether it has
passed), `not_advice`, and `attempts` (each with its id, channel, time, wait, outcome,
reference, agent, notes and reply time). Days are YYYY-MM-DD, times ISO 8601 in Korea time.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fallback_desktop.core.calendar.business import BusinessCalendar
from fallback_desktop.core.calendar.case_clocks import clock_key, legal_clocks
from fallback_desktop.core.calendar.legal_clocks import NOT_ADVICE
from fallback_desktop.core.domain.case import Attempt, CaseRecord, Status
from fallback_desktop.core.domain.purposes import purpose_name
from fallback_desktop.core.store.case_rows import CaseLine
from fallback_desktop.core.text.catalog import render, text
from fallback_desktop.core.text.days import format_day
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing.follow_up import channel_name, wait_text


def _l(key: str, lang: Lang, **params: object) -> str:
    return text(f"case.cli.{key}", lang, **params)


def _field(name: str, lang: Lang) -> str:
    """A field's name as a label: 'Reference number' (the catalog's words are for sentences)."""
    words = text(f"case.field.{name}", lang)
    return words[:1].upper() + words[1:]


def _iso(day: dt.date | dt.datetime | None) -> str | None:
    return None if day is None else day.isoformat()


def days_overdue(reply_by: dt.date, status: Status, today: dt.date) -> int:
    return (today - reply_by).days if status is Status.OVERDUE else 0


def _about(company: str, product: str) -> str:
    return f"{company} · {product}" if product else company


def _due(reply_by: dt.date, status: Status, today: dt.date, lang: Lang) -> str:
    day = format_day(reply_by, lang)
    if status is Status.OVERDUE:
        return _l("due_passed", lang, day=day, days=(today - reply_by).days)
    if reply_by == today:
        return _l("due_today", lang, day=day)
    return _l("due", lang, day=day)


def _attempts(count: int, lang: Lang) -> str:
    if count == 0:
        return _l("attempts_none", lang)
    return _l("attempts_one", lang) if count == 1 else _l("attempts_many", lang, n=count)


def line_text(line: CaseLine, today: dt.date, lang: Lang) -> str:
    """One line of `case list`: number, company and product, purpose, status, what is due."""
    status = line.status(today)
    parts = [
        f"#{line.id} {_about(line.company, line.product)}",
        f"[{render(purpose_name(line.purpose), lang)}]",
        text(f"case.status.{status.value}", lang),
    ]
    tail = [_attempts(line.attempt_count, lang)]
    if status in (Status.WAITING, Status.OVERDUE):
        tail.insert(0, _due(line.reply_by, status, today, lang))
    return f"{' '.join(parts)} · {' · '.join(tail)}"


def line_json(line: CaseLine, today: dt.date) -> dict[str, Any]:
    status = line.status(today)
    return {
        "id": line.id,
        "company": line.company,
        "product": line.product,
        "purpose": line.purpose,
        "opened_on": line.opened_on.isoformat(),
        "reply_by": line.reply_by.isoformat(),
        "status": status.value,
        "days_overdue": days_overdue(line.reply_by, status, today),
        "attempts": line.attempt_count,
        "last_attempt": _iso(line.last_attempt),
    }


def attempt_json(attempt: Attempt) -> dict[str, Any]:
    return {
        "id": attempt.id,
        "channel": attempt.channel,
        "at": attempt.at.isoformat(),
        "wait_seconds": attempt.wait_seconds,
        "outcome": attempt.outcome.value,
        "reference": attempt.reference,
        "agent": attempt.agent,
        "notes": attempt.notes,
        "reply_at": _iso(attempt.reply_at),
    }


def record_json(
    record: CaseRecord, today: dt.date, calendar: BusinessCalendar, lang: Lang
) -> dict[str, Any]:
    """The object of `case show --json`."""
    case, status = record.case, record.status(today)
    clocks = [
        {
            "kind": clock_key(clock),
            "what": render(clock.what, lang),
            "article": render(clock.article, lang),
            "deadline": clock.deadline.isoformat(),
            "passed": clock.has_passed(today),
            "text": render(clock.notice(today), lang),
        }
        for clock in legal_clocks(case, calendar)
    ]
    return {
        "id": case.id,
        "company": case.company,
        "company_id": case.company_id,
        "purpose": case.purpose,
        "product": case.product,
        "order_number": case.order_number,
        "happened": case.happened,
        "wanted": case.wanted,
        "opened_on": case.opened_on.isoformat(),
        "incident_date": _iso(case.incident_date),
        "ordered_on": _iso(case.ordered_on),
        "delivered_on": _iso(case.delivered_on),
        "returned_on": _iso(case.returned_on),
        "reply_by": case.reply_by.isoformat(),
        "status": status.value,
        "status_text": text(f"case.status.{status.value}", lang),
        "days_overdue": days_overdue(case.reply_by, status, today),
        "legal_clocks": clocks,
        "not_advice": render(NOT_ADVICE, lang),
        "attempts": [attempt_json(a) for a in record.attempts],
    }


def _attempt_text(attempt: Attempt, lang: Lang) -> list[str]:
    head = [
        f"#{attempt.id} {attempt.at:%Y-%m-%d %H:%M}",
        channel_name(attempt.channel, lang),
        text(f"case.outcome.{attempt.outcome.value}", lang),
    ]
    if attempt.wait_seconds is not None:
        head.append(wait_text(attempt.wait_seconds, lang))
    lines = [f"  {' · '.join(head)}"]
    more = []
    if attempt.reference:
        more.append(f"{_field('reference', lang)}: {attempt.reference}")
    if attempt.agent:
        more.append(f"{_field('agent', lang)}: {attempt.agent}")
    if attempt.reply_at is not None:
        more.append(_l("reply_at", lang, at=f"{attempt.reply_at:%Y-%m-%d %H:%M}"))
    if more:
        lines.append(f"     {' · '.join(more)}")
    if attempt.notes:
        label = _field("notes", lang)
        lines += [f"     {label}: {line}" for line in attempt.notes.splitlines()]
    return lines


def record_text(record: CaseRecord, today: dt.date, calendar: BusinessCalendar, lang: Lang) -> str:
    """`case show`: the case's facts, status and days, its legal clocks, and every attempt."""
    case, status = record.case, record.status(today)
    lines = [_l("title", lang, id=case.id, about=_about(case.company, case.product))]
    lines.append(f"{_l('status', lang)}: {text(f'case.status.{status.value}', lang)}")
    lines.append(f"  {_due(case.reply_by, status, today, lang)}")
    lines.append(f"{_l('purpose', lang)}: {render(purpose_name(case.purpose), lang)}")
    if case.order_number:
        lines.append(f"{_field('order_number', lang)}: {case.order_number}")
    lines.append(f"{_l('opened_on', lang)}: {format_day(case.opened_on, lang)}")
    for field in ("incident_date", "ordered_on", "delivered_on", "returned_on"):
        day = getattr(case, field)
        if day is not None:
            lines.append(f"{_field(field, lang)}: {format_day(day, lang)}")
    for field in ("happened", "wanted"):
        value = getattr(case, field)
        if value:
            lines.append(f"{_field(field, lang)}:")
            lines += [f"  {line}" for line in value.splitlines()]
    clocks = legal_clocks(case, calendar)
    if clocks:
        lines += ["", f"{_l('legal', lang)}:"]
        lines += [f"  - {render(clock.notice(today), lang)}" for clock in clocks]
        lines.append(f"  {render(NOT_ADVICE, lang)}")
    lines += ["", f"{_l('attempts', lang)}:"]
    if not record.attempts:
        lines.append(f"  {_attempts(0, lang)}")
    for attempt in record.attempts:
        lines += _attempt_text(attempt, lang)
    return "\n".join(lines) + "\n"
