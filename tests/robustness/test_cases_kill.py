"""A process killed while it writes the case log leaves it intact: `integrity_check` passes,
every change is there whole or not at all, and each case's summary (how many attempts, the last
one, answered or not) agrees with its attempts — while recording attempts, while editing a case,
and in the middle of one large transaction.

The child says where it is before each write, and the parent kills it with SIGKILL right after
reading the line it chose, so every kill lands while the child is writing. No sleeping: the
child's own lines are the clock.
"""

from __future__ import annotations

import datetime as dt
import random
import signal
import sqlite3
import textwrap
from pathlib import Path

import pytest

from fallback_desktop.core.domain.case import Case, make_case
from fallback_desktop.core.store.cases import CaseStore
from tests.robustness.killing import kill_after

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

KILLS = 10
TODAY = dt.date(2026, 11, 30)

CHILD = textwrap.dedent(
    """
    import datetime as dt, sys
    from dataclasses import replace
    from pathlib import Path
    from fallback_desktop.core.domain.case import SEOUL, make_attempt
    from fallback_desktop.core.store import case_rows as rows
    from fallback_desktop.core.store.cases import CaseStore, _INSERT_ATTEMPT

    path, mode = Path(sys.argv[1]), sys.argv[2]
    store = CaseStore.open(path)
    case = store.record(1).case
    now = dt.datetime(2026, 11, 30, 10, 0, tzinfo=SEOUL)
    outcomes = ["no_answer", "busy", "cut_off", "callback_promised", "answered"]
    if mode == "attempts":
        for n in range(100_000):
            print(n, flush=True)
            at = now - dt.timedelta(minutes=100_000 - n)
            attempt = make_attempt(case, channel="phone", at=at, outcome=outcomes[n % 5],
                                   now=now, reference=f"R-{n}", notes="메모 " * 50)
            store.add_attempt(1, attempt)
    elif mode == "edits":
        for n in range(100_000):
            print(n, flush=True)
            version = n % 2
            store.update_case(
                replace(case, product=f"제품 {version}", happened=f"내용 {version}" * 300)
            )
    else:
        attempt = make_attempt(case, channel="email", at=now, outcome="answered", now=now)
        with store.db.write() as conn:
            for n in range(3000):
                if n % 100 == 0:
                    print(n, flush=True)
                conn.execute(_INSERT_ATTEMPT, (1, None, *rows.attempt_params(attempt)))
        print("done", flush=True)
    """
)


def _seed(path: Path) -> Case:
    store = CaseStore.open(path)
    case = make_case(
        company="가나전자",
        product="제품 0",
        happened="내용 0" * 300,
        reply_by=dt.date(2026, 11, 20),
        opened_on=dt.date(2026, 9, 1),
        today=TODAY,
    )
    stored = store.add_case(case)
    store.close()
    return stored


def _kill_after(args: list[str], line_number: int) -> list[str]:
    return kill_after(CHILD, args, line_number)


def _checked(path: Path) -> tuple[int, tuple[object, ...]]:
    """The file passes every check; returns the number of attempts and the case's summary."""
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        count, last, replied = raw.execute(
            "SELECT count(*), max(at), "
            "EXISTS (SELECT 1 FROM attempt WHERE outcome IN ('answered', 'resolved')) FROM attempt"
        ).fetchone()
        summary = raw.execute(
            "SELECT attempt_count, last_attempt, replied FROM case_record WHERE id = 1"
        ).fetchone()
        assert summary == (count, last, replied), "the case's summary disagrees with its attempts"
    finally:
        raw.close()
    store = CaseStore.open(path)
    try:
        assert store.take_notice() is None  # nothing damaged, nothing set aside
        return count, summary
    finally:
        store.close()


def test_recording_attempts_killed_at_any_point_is_all_or_nothing(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    _seed(path)
    chooser = random.Random(20261130)
    total = 0
    for _ in range(KILLS):
        line = chooser.randint(1, 30)
        seen = _kill_after([str(path), "attempts"], line)
        count, _summary = _checked(path)
        # Killed after announcing attempt n: attempts 0 … n-1 are in, the n-th whole or not —
        # and maybe a few more, recorded while the kill was on its way; each of them whole
        # (the summary agrees with the attempts, checked above).
        announced = int(seen[-1])
        assert count - total >= announced, (count, total, seen[-1])
        total = count
    assert total > 0


def test_an_edit_killed_at_any_point_leaves_one_version_or_the_other(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    case = _seed(path)
    chooser = random.Random(20261201)
    for _ in range(KILLS):
        _kill_after([str(path), "edits"], chooser.randint(2, 40))
        _checked(path)
        store = CaseStore.open(path)
        stored = store.record(1).case
        store.close()
        version = stored.product[-1]
        assert stored.product in ("제품 0", "제품 1")
        assert stored.happened == f"내용 {version}" * 300, "an edit was half written"
        assert stored.company == case.company


def test_one_large_transaction_killed_midway_leaves_none_of_it(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    _seed(path)
    chooser = random.Random(20261202)
    for _ in range(KILLS // 2):
        # Lines 0, 100, … 2900 as the transaction writes, then "done" after the commit.
        seen = _kill_after([str(path), "bulk"], chooser.randint(2, 30))
        count, _summary = _checked(path)
        assert seen[-1] != "done"
        assert count == 0, f"killed after {seen[-1]!r}: part of one transaction was kept"
    _kill_after([str(path), "bulk"], 31)  # after "done": all of it
    assert _checked(path)[0] == 3000


def test_the_check_catches_an_attempt_written_apart_from_its_summary(tmp_path: Path) -> None:
    """The check above can fail: an attempt stored without its case's summary is caught."""
    path = tmp_path / "cases.sqlite3"
    _seed(path)
    raw = sqlite3.connect(path)
    raw.execute("DROP TRIGGER attempt_added")
    raw.execute(
        "INSERT INTO attempt (case_id, channel, at, outcome) "
        "VALUES (1, 'phone', '2026-11-29T09:00:00+09:00', 'busy')"
    )
    raw.commit()
    raw.close()
    with pytest.raises(AssertionError, match="summary disagrees"):
        _checked(path)


MIGRATING = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from fallback_desktop.core.store import database
    from fallback_desktop.core.store.cases import CaseStore

    migrate = database.Database._migrate

    def announced(self, conn, existed):
        # A line every few thousand steps of SQLite's machine: the parent kills on one of them.
        steps = iter(range(10**9))
        conn.set_progress_handler(lambda: print(next(steps), flush=True) and 0, 2000)
        try:
            migrate(self, conn, existed)
        finally:
            conn.set_progress_handler(None, 0)
        print("migrated", flush=True)

    database.Database._migrate = announced
    CaseStore.open(Path(sys.argv[1])).close()
    """
)


def _first_version_log(path: Path, attempts: int) -> None:
    """A log as the first schema wrote it, one case with `attempts` attempts."""
    from fallback_desktop.core.store import case_rows

    raw = sqlite3.connect(path)
    for statement in case_rows.SCHEMA_1:
        raw.execute(statement)
    raw.execute(
        "INSERT INTO case_record (id, company, purpose, opened_on, reply_by) "
        "VALUES (1, '가나전자', 'refund', '2026-09-01', '2026-11-20')"
    )
    raw.executemany(
        "INSERT INTO attempt (case_id, channel, at, outcome, reference) VALUES (1, ?, ?, ?, ?)",
        [
            ("phone", f"2026-09-{1 + n % 28:02d}T09:{n % 60:02d}:00+09:00", "busy", f"R-{n}")
            for n in range(attempts)
        ],
    )
    raw.commit()
    raw.close()


def test_a_migration_killed_midway_is_run_again_whole_at_the_next_opening(
    tmp_path: Path,
) -> None:
    """Schema 2 rebuilds the attempt table in one transaction: killed anywhere in it, the file
    is the first version still (and opens as the second, every attempt kept) or the second."""
    folder = tmp_path / "log"
    folder.mkdir()
    path = folder / "cases.sqlite3"
    chooser = random.Random(20261129)
    killed_before_the_end = 0
    for _ in range(KILLS // 2):
        _first_version_log(path, 3000)
        seen = kill_after(MIGRATING, [str(path)], chooser.randint(1, 20))
        if seen[-1] != "migrated":
            killed_before_the_end += 1
            version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
            assert version in (1, 2)
        count, summary = _checked(path)  # opens it (migrating if need be) and checks it
        assert count == 3000
        assert summary[0] == 3000
        store = CaseStore.open(path)
        assert store.db.version == 2
        store.close()
        for leftover in folder.iterdir():
            leftover.unlink()
    assert killed_before_the_end > 0  # the kills did land inside the migration
