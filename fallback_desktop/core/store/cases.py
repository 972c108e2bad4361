"""The person's case log: cases and their attempts in `cases.sqlite3` in the data folder, on
the SQLite database of core.store.database (WAL, foreign keys, numbered migrations after a
backup, every change one transaction, a damaged file set aside and told).

Each change returns what undoing it needs: `add_case` the stored case (undo: `delete_case`),
`update_case` / `update_attempt` the previous version, `delete_case` the whole record
(undo: `restore_case`), `delete_attempt` the attempt. The list reads only `case_record`, whose
attempt summary the schema's triggers keep (core.store.case_rows), so it and the overdue count
stay fast with ten thousand cases.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

from fallback_desktop import paths
from fallback_desktop.core.domain.case import Attempt, Case, CaseRecord, problem, seoul
from fallback_desktop.core.store import case_rows as rows
from fallback_desktop.core.store.case_rows import CaseLine
from fallback_desktop.core.store.database import Database, OnDatabase
from fallback_desktop.core.store.sqlite_file import DatabaseError
from fallback_desktop.core.text.catalog import Msg, has, msg

DATABASE_NAME = "cases.sqlite3"

_SELECT_CASE = f"SELECT {rows.CASE_COLUMNS} FROM case_record WHERE id = ?"
_SELECT_ATTEMPTS = f"SELECT {rows.ATTEMPT_COLUMNS} FROM attempt WHERE case_id = ? ORDER BY at, id"
_INSERT_CASE = f"INSERT INTO case_record ({rows.CASE_COLUMNS}) VALUES (?{', ?' * 13})"
_INSERT_ATTEMPT = f"INSERT INTO attempt (case_id, {rows.ATTEMPT_COLUMNS}) VALUES (?, ?{', ?' * 8})"
_UPDATE_CASE = """UPDATE case_record SET company = ?, company_id = ?, purpose = ?, product = ?,
    order_number = ?, happened = ?, wanted = ?, opened_on = ?, incident_date = ?, ordered_on = ?,
    delivered_on = ?, returned_on = ?, reply_by = ? WHERE id = ?"""
_UPDATE_ATTEMPT = """UPDATE attempt SET channel = ?, at = ?, wait_seconds = ?, outcome = ?,
    reference = ?, agent = ?, notes = ?, reply_at = ? WHERE id = ?"""
_WAITING = (
    f"SELECT {rows.LINE_COLUMNS} FROM case_record INDEXED BY case_waiting "
    "WHERE replied = 0 ORDER BY reply_by, id LIMIT ?"
)
_OVERDUE = (
    f"SELECT {rows.LINE_COLUMNS} FROM case_record INDEXED BY case_waiting "
    "WHERE replied = 0 AND reply_by < ? ORDER BY reply_by, id LIMIT ?"
)
_REPLIED = (
    f"SELECT {rows.LINE_COLUMNS} FROM case_record INDEXED BY case_replied "
    "WHERE replied = 1 ORDER BY opened_on DESC, id DESC LIMIT ?"
)
_OPEN_OF_COMPANY = (
    f"SELECT {rows.LINE_COLUMNS} FROM case_record INDEXED BY case_of_company "
    "WHERE company = ? COLLATE NOCASE AND resolved = 0 ORDER BY opened_on DESC, id DESC LIMIT 50"
)
_OVERDUE_COUNT = (
    "SELECT count(*) FROM case_record INDEXED BY case_waiting WHERE replied = 0 AND reply_by < ?"
)


class CaseDatabase(Database):
    """The database, with its sentences about the case log rather than the company directory
    (case.database.* stands beside each database.* it words differently)."""

    def __init__(self, path: Path, *, verify_later: bool = False) -> None:
        try:
            super().__init__(
                path, rows.MIGRATIONS, rows_query=rows.COUNT_QUERY, verify_later=verify_later
            )
        except DatabaseError as error:
            raise DatabaseError(_reworded(error.message)) from error

    def _damaged_notice(self) -> Msg:
        return _reworded(super()._damaged_notice())

    def broken(self, error: sqlite3.DatabaseError) -> DatabaseError:
        return DatabaseError(_reworded(super().broken(error).message))


def _reworded(message: Msg) -> Msg:
    key = f"case.{message.key}"
    return Msg(key, message.params) if has(key) else message


class CaseStore(OnDatabase):
    """See the module's docstring."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)

    @classmethod
    def open(cls, path: Path | None = None, *, verify_later: bool = False) -> CaseStore:
        """The case log in the person's data folder (or at `path`); with `verify_later` the
        full integrity check waits for `verify()`."""
        return cls(
            CaseDatabase(path or paths.data_dir() / DATABASE_NAME, verify_later=verify_later)
        )

    def _read(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        """The rows of one query; when a file whose check was put off turns out damaged on
        the way, the check is run (the file set aside, `notice` set) and the new one read."""
        try:
            return self.db.read(sql, params)
        except DatabaseError:
            if self.db.unverified and not self.db.verify():
                return self.db.read(sql, params)
            raise

    # --- reading ---------------------------------------------------------------------------

    def get(self, cid: int) -> CaseRecord | None:
        """The case with its attempts, oldest first; None when there is no such case."""
        found = self._read(_SELECT_CASE, (cid,))
        if not found:
            return None
        attempts = self._read(_SELECT_ATTEMPTS, (cid,))
        return CaseRecord(rows.case_of(found[0]), tuple(rows.attempt_of(a) for a in attempts))

    def record(self, cid: int) -> CaseRecord:
        """As `get`, but an unknown case is bad input, said in one sentence."""
        found = self.get(cid)
        if found is None:
            raise problem("unknown_case", "case", id=cid)
        return found

    def listed(self, limit: int | None = None) -> list[CaseLine]:
        """Cases still waiting for an answer by reply-by day (the overdue ones first), then the
        answered and resolved ones, the latest opened first; the first `limit` of them."""
        most = -1 if limit is None else limit
        waiting = [rows.line_of(r) for r in self._read(_WAITING, (most,))]
        if limit is not None and len(waiting) >= limit:
            return waiting
        rest = -1 if limit is None else limit - len(waiting)
        return waiting + [rows.line_of(r) for r in self._read(_REPLIED, (rest,))]

    def overdue(self, today: dt.date, limit: int | None = None) -> list[CaseLine]:
        """Cases whose reply-by day has passed with no answer, the longest overdue first."""
        most = -1 if limit is None else limit
        return [rows.line_of(r) for r in self._read(_OVERDUE, (today.isoformat(), most))]

    def open_of_company(self, company: str) -> list[CaseLine]:
        """The company's cases not yet resolved (its name as stored, any letter case), the
        latest opened first."""
        return [rows.line_of(r) for r in self._read(_OPEN_OF_COMPANY, (company,))]

    def __len__(self) -> int:
        return self._count(rows.COUNT_QUERY)

    def _count(self, sql: str, params: tuple[object, ...] = ()) -> int:
        count = self._read(sql, params)[0][0]
        assert isinstance(count, int)
        return count

    # --- changing --------------------------------------------------------------------------

    def add_case(self, case: Case) -> Case:
        """Store a new case; returns it with its id."""
        with self.db.write() as conn:
            cursor = conn.execute(_INSERT_CASE, (None, *rows.case_params(case)))
        return replace(case, id=cursor.lastrowid)

    def update_case(self, case: Case) -> Case:
        """Replace the stored case of the same id (its attempts stay); returns the previous."""
        if case.id is None:
            raise ValueError("update_case needs a stored case (with its id)")
        with self.db.write() as conn:
            previous = conn.execute(_SELECT_CASE, (case.id,)).fetchone()
            if previous is None:
                raise problem("unknown_case", "case", id=case.id)
            conn.execute(_UPDATE_CASE, (*rows.case_params(case), case.id))
        return rows.case_of(previous)

    def delete_case(self, cid: int) -> CaseRecord:
        """Delete a case and its attempts; returns them, for `restore_case` (undo)."""
        with self.db.write() as conn:
            record = self.get(cid)
            if record is None:
                raise problem("unknown_case", "case", id=cid)
            conn.execute("DELETE FROM case_record WHERE id = ?", (cid,))
        return record

    def restore_case(self, record: CaseRecord) -> CaseRecord:
        """Undo a delete: the case and its attempts back, under their old ids when free."""
        with self.db.write() as conn:
            case = record.case
            if case.id is not None and conn.execute(_SELECT_CASE, (case.id,)).fetchone():
                case = replace(case, id=None)
            cursor = conn.execute(_INSERT_CASE, (case.id, *rows.case_params(case)))
            case = replace(case, id=cursor.lastrowid)
            for attempt in record.attempts:
                conn.execute(_INSERT_ATTEMPT, (case.id, None, *rows.attempt_params(attempt)))
        return self.record(int(case.id or 0))

    def add_attempt(self, cid: int, attempt: Attempt) -> Attempt:
        """Record an attempt of case `cid` (checked with core.domain.case.make_attempt);
        returns it with its id."""
        try:
            with self.db.write() as conn:
                params = (cid, None, *rows.attempt_params(attempt))
                cursor = conn.execute(_INSERT_ATTEMPT, params)
        except sqlite3.IntegrityError:  # the case is gone (deleted elsewhere)
            raise problem("unknown_case", "case", id=cid) from None
        return replace(attempt, id=cursor.lastrowid)

    def update_attempt(self, attempt: Attempt) -> Attempt:
        """Correct a recorded attempt (same id); returns the previous version."""
        if attempt.id is None:
            raise ValueError("update_attempt needs a stored attempt (with its id)")
        with self.db.write() as conn:
            previous = self._attempt(conn, attempt.id)
            conn.execute(_UPDATE_ATTEMPT, (*rows.attempt_params(attempt), attempt.id))
        return previous

    def delete_attempt(self, aid: int) -> Attempt:
        """Remove a recorded attempt; returns it (to add back as an undo)."""
        with self.db.write() as conn:
            previous = self._attempt(conn, aid)
            conn.execute("DELETE FROM attempt WHERE id = ?", (aid,))
        return previous

    def _attempt(self, conn: sqlite3.Connection, aid: int) -> Attempt:
        found = conn.execute(
            f"SELECT {rows.ATTEMPT_COLUMNS} FROM attempt WHERE id = ?", (aid,)
        ).fetchone()
        if found is None:
            raise problem("unknown_attempt", "attempt", id=aid)
        return rows.attempt_of(found)


def overdue_count(store: CaseStore, now: dt.datetime) -> int:
    """How many cases are past their reply-by day with no answer, as of `now` (aware). One
    read along an index of the open file; nothing else is opened."""
    today = seoul(now).date().isoformat()
    return store._count(_OVERDUE_COUNT, (today,))


def overdue_notice(count: int) -> Msg | None:
    """What the window says once when it opens with overdue cases ('2건의 답변 기한이
    지났어요.'); None when there are none, so there is nothing to nag about."""
    if count <= 0:
        return None
    return msg("case.overdue_one") if count == 1 else msg("case.overdue_many", count=count)


def recorded_waits(store: CaseStore) -> list[tuple[str, dt.timedelta]]:
    """Each recorded reply's channel and how long it took from the attempt (the person's own
    experience, core.recommend.experience); one read along an index. A row whose moments do
    not parse (a hand-edited file) is left out."""
    found = store._read(
        "SELECT channel, at, reply_at FROM attempt INDEXED BY attempt_replies "
        "WHERE reply_at IS NOT NULL"
    )
    waits = []
    for channel, at, reply_at in found:
        try:
            wait = dt.datetime.fromisoformat(str(reply_at)) - dt.datetime.fromisoformat(str(at))
        except (TypeError, ValueError):
            continue
        waits.append((str(channel), wait))
    return waits


__all__ = [
    "DATABASE_NAME",
    "CaseLine",
    "CaseStore",
    "overdue_count",
    "overdue_notice",
    "recorded_waits",
]
