"""Recording an attempt in one click: after a letter is handed off, a call timed or a chat ended.

The attempt joins the person's open case with the same company (and the same product, when
both name one) — the most recently opened, if several. Otherwise a new case is opened from the
letter's own facts: company, product, order number, purpose, what happened, what is wanted,
the days of the order, the delivery and the problem, and the reply-by day the letter asks for
(three business days from today when it asks for none). What cannot be recorded — no company
named, a reply-by day already past — is one sentence (core.domain.case's checks), and nothing
is written. `forget` undoes a recording: the attempt, and the case when it was opened for it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fallback_desktop.core.calendar.business import BusinessCalendar
from fallback_desktop.core.domain.case import Attempt, Case, clean, make_attempt, make_case, seoul
from fallback_desktop.core.store.case_rows import CaseLine
from fallback_desktop.core.store.cases import CaseStore
from fallback_desktop.core.writing.drafting import default_reply_by
from fallback_desktop.core.writing.fields import DraftFields


@dataclass(frozen=True)
class LetterFacts:
    """What the letter knows: its fields, its purpose, and the directory's id of its company."""

    fields: DraftFields
    purpose: str = "general"
    company_id: int | None = None


@dataclass(frozen=True)
class Recorded:
    """An attempt recorded, the case it joined, and whether that case was opened for it."""

    case: Case
    attempt: Attempt
    created: bool


def case_from_letter(
    facts: LetterFacts, opened_on: dt.date, today: dt.date, calendar: BusinessCalendar
) -> Case:
    """A checked new case from the letter (InputError, one sentence, when it cannot be one)."""
    fields = facts.fields
    return make_case(
        company=fields.text("company"),
        reply_by=fields.date("reply_by") or default_reply_by(today, calendar),
        today=today,
        opened_on=opened_on,
        purpose=facts.purpose,
        company_id=facts.company_id,
        product=fields.text("product"),
        order_number=fields.text("order_number"),
        happened=fields.text("details"),
        wanted=fields.text("resolution"),
        incident_date=fields.date("incident_date"),
        ordered_on=fields.date("order_date"),
        delivered_on=fields.date("delivered_date"),
    )


def matching_case(store: CaseStore, facts: LetterFacts) -> CaseLine | None:
    """The open case this letter belongs to, or None when a new one is needed."""
    company = clean(facts.fields.text("company"), "company")
    if not company:
        return None
    product = clean(facts.fields.text("product"), "product").casefold()
    for line in store.open_of_company(company):
        if not product or not line.product or line.product.casefold() == product:
            return line
    return None


def record_attempt(
    store: CaseStore,
    facts: LetterFacts,
    *,
    channel: str,
    outcome: str,
    now: dt.datetime,
    calendar: BusinessCalendar,
    wait_seconds: int | None = None,
) -> Recorded:
    """Record the attempt begun `wait_seconds` before `now` (a call) or at `now` (a letter),
    in the matching open case or a new one; checked in full before anything is written."""
    began = seoul(now) - dt.timedelta(seconds=wait_seconds or 0)
    today = seoul(now).date()
    line = matching_case(store, facts)
    if line is not None:
        case = store.record(line.id).case
        attempt = make_attempt(
            case, channel=channel, at=began, outcome=outcome, now=now, wait_seconds=wait_seconds
        )
        return Recorded(case, store.add_attempt(line.id, attempt), created=False)
    new = case_from_letter(facts, min(began.date(), today), today, calendar)
    attempt = make_attempt(
        new, channel=channel, at=began, outcome=outcome, now=now, wait_seconds=wait_seconds
    )
    case = store.add_case(new)
    assert case.id is not None
    return Recorded(case, store.add_attempt(case.id, attempt), created=True)


def forget(store: CaseStore, recorded: Recorded) -> None:
    """Undo `record_attempt`: its attempt removed, and its case too when it was opened for it
    and nothing has been added to it since."""
    if recorded.attempt.id is not None:
        store.delete_attempt(recorded.attempt.id)
    cid = recorded.case.id
    if recorded.created and cid is not None:
        left = store.get(cid)
        if left is not None and not left.attempts:
            store.delete_case(cid)


__all__ = [
    "LetterFacts",
    "Recorded",
    "case_from_letter",
    "forget",
    "matching_case",
    "record_attempt",
]
