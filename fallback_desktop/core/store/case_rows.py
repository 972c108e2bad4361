"""The case log's tables, their migrations, and Case / Attempt <-> rows.

Schema 1:
- `case_record`: the case's facts; days as ISO dates (YYYY-MM-DD), so they sort as text. The
  company is kept by name, with the directory's id beside it when it came from there — no
  foreign key, the directory being another file: a company deleted there leaves its cases.
- `attempt`: every try to reach the company; times as ISO date-times in Asia/Seoul
  (`2026-11-23T09:10:00+09:00`), one offset for all, so they sort as text too.
- What the list and the overdue check need of the attempts — how many, the last one, whether
  any answered and whether any resolved — stands in `case_record` itself, kept by triggers in
  the transaction that changes an attempt. So listing ten thousand cases, and counting the
  overdue ones, reads one table along an index and never the attempts.
Deleting a case deletes its attempts through the foreign key.

Schema 2: an attempt may also end "sent" — a letter, a web form or a message handed off, its
answer still to come (SQLite cannot change a CHECK in place, so the attempt table is rebuilt
with its rows, indexes and triggers); the open cases are indexed by company.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from fallback_desktop.core.domain.case import (
    SEOUL,
    Attempt,
    Case,
    Outcome,
    Status,
    status_of,
)

# A row as sqlite3 returns it.
Row = tuple[Any, ...]

_PURPOSES = "('refund', 'exchange', 'repair', 'cancel', 'delivery', 'billing', 'general')"
_CHANNELS = "('phone', 'email', 'sns', 'chat', 'messenger', 'webform', 'portal', 'app')"
_OUTCOMES_1 = "('no_answer', 'busy', 'cut_off', 'answered', 'callback_promised', 'resolved')"
_OUTCOMES = "('sent', 'no_answer', 'busy', 'cut_off', 'answered', 'callback_promised', 'resolved')"

# Recomputed for one case from its attempts (their index makes it a short read).
_SUMMARY = """
    attempt_count = (SELECT count(*) FROM attempt WHERE case_id = {ref}.case_id),
    last_attempt = (SELECT max(at) FROM attempt WHERE case_id = {ref}.case_id),
    replied = EXISTS (SELECT 1 FROM attempt WHERE case_id = {ref}.case_id
                      AND (outcome IN ('answered', 'resolved') OR reply_at IS NOT NULL)),
    resolved = EXISTS (SELECT 1 FROM attempt WHERE case_id = {ref}.case_id
                       AND outcome = 'resolved')
"""


def _attempt_table(name: str, outcomes: str) -> str:
    return f"""CREATE TABLE {name} (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES case_record (id) ON DELETE CASCADE,
        channel TEXT NOT NULL CHECK (channel IN {_CHANNELS}),
        at TEXT NOT NULL,
        wait_seconds INTEGER CHECK (wait_seconds IS NULL OR wait_seconds >= 0),
        outcome TEXT NOT NULL CHECK (outcome IN {outcomes}),
        reference TEXT NOT NULL DEFAULT '' CHECK (length(reference) <= 100),
        agent TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        reply_at TEXT
    )"""


_ATTEMPT_INDEXES_AND_TRIGGERS = (
    "CREATE INDEX attempt_of_case ON attempt (case_id, at)",
    "CREATE INDEX attempt_replies ON attempt (channel) WHERE reply_at IS NOT NULL",
    f"""CREATE TRIGGER attempt_added AFTER INSERT ON attempt BEGIN
        UPDATE case_record SET {_SUMMARY.format(ref="NEW")} WHERE id = NEW.case_id;
    END""",
    f"""CREATE TRIGGER attempt_changed AFTER UPDATE ON attempt BEGIN
        UPDATE case_record SET {_SUMMARY.format(ref="NEW")} WHERE id = NEW.case_id;
        UPDATE case_record SET {_SUMMARY.format(ref="OLD")} WHERE id = OLD.case_id;
    END""",
    f"""CREATE TRIGGER attempt_removed AFTER DELETE ON attempt BEGIN
        UPDATE case_record SET {_SUMMARY.format(ref="OLD")} WHERE id = OLD.case_id;
    END""",
)

SCHEMA_1 = (
    f"""CREATE TABLE case_record (
        id INTEGER PRIMARY KEY,
        company TEXT NOT NULL CHECK (length(company) BETWEEN 1 AND 100),
        company_id INTEGER,
        purpose TEXT NOT NULL CHECK (purpose IN {_PURPOSES}),
        product TEXT NOT NULL DEFAULT '',
        order_number TEXT NOT NULL DEFAULT '',
        happened TEXT NOT NULL DEFAULT '',
        wanted TEXT NOT NULL DEFAULT '',
        opened_on TEXT NOT NULL,
        incident_date TEXT,
        ordered_on TEXT,
        delivered_on TEXT,
        returned_on TEXT,
        reply_by TEXT NOT NULL,
        attempt_count INTEGER NOT NULL DEFAULT 0,
        last_attempt TEXT,
        replied INTEGER NOT NULL DEFAULT 0 CHECK (replied IN (0, 1)),
        resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1))
    )""",
    _attempt_table("attempt", _OUTCOMES_1),
    *_ATTEMPT_INDEXES_AND_TRIGGERS,
    # The list: cases still waiting by reply-by day (the overdue ones first), then the rest,
    # latest first. The overdue count reads the first index up to today.
    "CREATE INDEX case_waiting ON case_record (reply_by, id) WHERE replied = 0",
    "CREATE INDEX case_replied ON case_record (opened_on, id) WHERE replied = 1",
    "PRAGMA user_version = 1",
)

SCHEMA_2 = (
    "DROP TRIGGER attempt_added",
    "DROP TRIGGER attempt_changed",
    "DROP TRIGGER attempt_removed",
    _attempt_table("attempt_2", _OUTCOMES),
    "INSERT INTO attempt_2 SELECT id, case_id, channel, at, wait_seconds, outcome, reference, "
    "agent, notes, reply_at FROM attempt",
    "DROP TABLE attempt",
    "ALTER TABLE attempt_2 RENAME TO attempt",
    *_ATTEMPT_INDEXES_AND_TRIGGERS,
    # A letter's open case, found by its company when an attempt is recorded in one click.
    "CREATE INDEX case_of_company ON case_record (company COLLATE NOCASE, opened_on) "
    "WHERE resolved = 0",
    "PRAGMA user_version = 2",
)

MIGRATIONS = (SCHEMA_1, SCHEMA_2)
COUNT_QUERY = "SELECT count(*) FROM case_record"

CASE_COLUMNS = (
    "id, company, company_id, purpose, product, order_number, happened, wanted, opened_on, "
    "incident_date, ordered_on, delivered_on, returned_on, reply_by"
)
ATTEMPT_COLUMNS = "id, channel, at, wait_seconds, outcome, reference, agent, notes, reply_at"
LINE_COLUMNS = (
    "id, company, product, purpose, opened_on, reply_by, attempt_count, last_attempt, "
    "replied, resolved"
)


class CaseLine(NamedTuple):
    """One line of the case list: what it is about, its days, and what its attempts add up to."""

    id: int
    company: str
    product: str
    purpose: str
    opened_on: dt.date
    reply_by: dt.date
    attempt_count: int
    last_attempt: dt.datetime | None
    replied: bool
    resolved: bool

    def status(self, today: dt.date) -> Status:
        return status_of(self.reply_by, self.replied, self.resolved, today)


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _maybe_day(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _moment(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value).astimezone(SEOUL)


def case_params(case: Case) -> tuple[object, ...]:
    """The values of CASE_COLUMNS but the id, in order."""
    return (
        case.company,
        case.company_id,
        case.purpose,
        case.product,
        case.order_number,
        case.happened,
        case.wanted,
        case.opened_on.isoformat(),
        *(_iso(day) for day in (case.incident_date, case.ordered_on, case.delivered_on)),
        _iso(case.returned_on),
        case.reply_by.isoformat(),
    )


def case_of(row: Row) -> Case:
    cid, company, company_id, purpose, product, order, happened, wanted, opened = row[:9]
    incident, ordered, delivered, returned, due = row[9:]
    return Case(
        company=str(company),
        opened_on=_day(opened),
        reply_by=_day(due),
        purpose=str(purpose),
        company_id=None if company_id is None else int(company_id),
        product=str(product),
        order_number=str(order),
        happened=str(happened),
        wanted=str(wanted),
        incident_date=_maybe_day(incident),
        ordered_on=_maybe_day(ordered),
        delivered_on=_maybe_day(delivered),
        returned_on=_maybe_day(returned),
        id=int(cid),
    )


def attempt_params(attempt: Attempt) -> tuple[object, ...]:
    """The values of ATTEMPT_COLUMNS but the id, in order."""
    return (
        attempt.channel,
        attempt.at.isoformat(),
        attempt.wait_seconds,
        attempt.outcome.value,
        attempt.reference,
        attempt.agent,
        attempt.notes,
        None if attempt.reply_at is None else attempt.reply_at.isoformat(),
    )


def attempt_of(row: Row) -> Attempt:
    aid, channel, at, wait, outcome, reference, agent, notes, reply_at = row
    when = _moment(at)
    assert when is not None
    return Attempt(
        channel=str(channel),
        at=when,
        outcome=Outcome(str(outcome)),
        wait_seconds=None if wait is None else int(wait),
        reference=str(reference),
        agent=str(agent),
        notes=str(notes),
        reply_at=_moment(reply_at),
        id=int(aid),
    )


def line_of(row: Row) -> CaseLine:
    cid, company, product, purpose, opened, due, count, last, replied, resolved = row
    return CaseLine(
        id=int(cid),
        company=str(company),
        product=str(product),
        purpose=str(purpose),
        opened_on=_day(opened),
        reply_by=_day(due),
        attempt_count=int(count),
        last_attempt=_moment(last),
        replied=bool(replied),
        resolved=bool(resolved),
    )
