"""The case log on SQLite: what is stored comes back the same, the list and the overdue count
follow every attempt, a damaged file is set aside and told about, and a company deleted from
the directory leaves its cases as they were."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from fallback_desktop.core.domain.case import SEOUL, Case, Outcome, Status, make_attempt, make_case
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.recommend.experience import experience_from
from fallback_desktop.core.store import case_rows
from fallback_desktop.core.store.cases import (
    CaseStore,
    overdue_count,
    overdue_notice,
    recorded_waits,
)
from fallback_desktop.core.text.catalog import Msg, render

TODAY = dt.date(2026, 11, 30)
NOW = dt.datetime(2026, 11, 30, 10, 0, tzinfo=SEOUL)


@pytest.fixture
def store(tmp_path: Path) -> CaseStore:
    return CaseStore.open(tmp_path / "cases.sqlite3")


def _case(
    store: CaseStore, company: str = "가나전자", reply_by: dt.date = TODAY, **more: object
) -> Case:
    opened = more.pop("opened_on", dt.date(2026, 11, 2))
    case = make_case(company=company, reply_by=reply_by, today=TODAY, opened_on=opened, **more)  # type: ignore[arg-type]
    return store.add_case(case)


def _try(
    store: CaseStore, case: Case, outcome: str = "no_answer", days_ago: int = 1, **more: object
) -> int:
    at = NOW - dt.timedelta(days=days_ago)
    attempt = make_attempt(
        case, channel=str(more.pop("channel", "phone")), at=at, outcome=outcome, now=NOW, **more
    )  # type: ignore[arg-type]
    assert case.id is not None
    stored = store.add_attempt(case.id, attempt)
    assert stored.id is not None
    return stored.id


def test_a_case_and_its_attempts_come_back_as_stored(store: CaseStore) -> None:
    case = _case(
        store,
        product="세탁기 XY-100",
        order_number="2026-1234",
        purpose="repair",
        happened="소음\n멈춤",
        wanted="방문 수리",
        incident_date=dt.date(2026, 11, 20),
        ordered_on=dt.date(2026, 11, 1),
        delivered_on=dt.date(2026, 11, 3),
        company_id=7,
    )
    assert case.id is not None
    _try(
        store,
        case,
        "busy",
        days_ago=3,
        wait_seconds=754,
        reference="A-1",
        agent="김민수",
        notes="두 번째\n줄",
    )
    _try(
        store, case, "no_answer", days_ago=2, channel="email", reply_at=NOW - dt.timedelta(hours=5)
    )
    record = store.record(case.id)
    assert record.case == case
    assert [a.outcome.value for a in record.attempts] == ["busy", "no_answer"]
    first, second = record.attempts
    assert (first.wait_seconds, first.reference, first.agent, first.notes) == (
        754,
        "A-1",
        "김민수",
        "두 번째\n줄",
    )
    assert first.at == NOW - dt.timedelta(days=3)
    assert first.at.tzinfo is SEOUL
    assert second.reply_at == NOW - dt.timedelta(hours=5)
    # Reopened: the same from the file.
    store.close()
    again = CaseStore.open(store.db.path)
    assert again.record(case.id) == record


def test_the_list_puts_overdue_first_then_waiting_then_the_answered_latest_first(
    store: CaseStore,
) -> None:
    late = _case(store, "늦은회사", reply_by=dt.date(2026, 11, 20))
    later = _case(store, "덜늦은회사", reply_by=dt.date(2026, 11, 27))
    waiting = _case(store, "기다리는회사", reply_by=dt.date(2026, 12, 3))
    old_answer = _case(
        store, "예전답변", reply_by=dt.date(2026, 11, 10), opened_on=dt.date(2026, 11, 1)
    )
    new_answer = _case(
        store, "최근답변", reply_by=dt.date(2026, 11, 25), opened_on=dt.date(2026, 11, 20)
    )
    _try(store, old_answer, "answered")
    _try(store, new_answer, "resolved")
    _try(store, late, "no_answer")
    names = [line.company for line in store.listed()]
    assert names == ["늦은회사", "덜늦은회사", "기다리는회사", "최근답변", "예전답변"]
    statuses = [line.status(TODAY) for line in store.listed()]
    assert statuses == [
        Status.OVERDUE,
        Status.OVERDUE,
        Status.WAITING,
        Status.RESOLVED,
        Status.ANSWERED,
    ]
    assert [line.company for line in store.listed(limit=2)] == ["늦은회사", "덜늦은회사"]
    assert [line.company for line in store.listed(limit=4)][-1] == "최근답변"
    assert [line.id for line in store.overdue(TODAY)] == [late.id, later.id]
    line = store.listed()[0]
    assert (line.attempt_count, line.last_attempt) == (1, NOW - dt.timedelta(days=1))
    assert waiting.id is not None


def test_the_overdue_count_follows_every_attempt_and_correction(store: CaseStore) -> None:
    case = _case(store, reply_by=dt.date(2026, 11, 29))
    _case(store, "오늘기한", reply_by=TODAY)  # due today: not overdue yet
    assert overdue_count(store, NOW) == 1
    # Midnight in Korea is 15:00 UTC: a moment given in another zone counts by Korea's day.
    assert overdue_count(store, dt.datetime(2026, 11, 30, 15, 0, tzinfo=dt.UTC)) == 2
    answer = _try(store, case, "answered")
    assert overdue_count(store, NOW) == 0
    corrected = store.record(int(case.id or 0)).attempts[0]
    previous = store.update_attempt(replace(corrected, outcome=Outcome.BUSY))
    assert previous.outcome.value == "answered"
    assert overdue_count(store, NOW) == 1
    store.delete_attempt(answer)
    assert overdue_count(store, NOW) == 1
    assert store.listed()[0].attempt_count == 0


def test_a_reply_received_ends_the_wait_whatever_the_outcome(store: CaseStore) -> None:
    case = _case(store, reply_by=dt.date(2026, 11, 25))
    _try(store, case, "no_answer", days_ago=6, channel="email", reply_at=NOW - dt.timedelta(days=1))
    assert overdue_count(store, NOW) == 0
    assert store.listed()[0].status(TODAY) is Status.ANSWERED


def test_changing_and_deleting_give_back_what_undo_needs(store: CaseStore) -> None:
    case = _case(store, product="원래")
    assert case.id is not None
    _try(store, case)
    assert store.update_case(replace(case, product="고친")).product == "원래"
    assert store.record(case.id).case.product == "고친"
    removed = store.delete_case(case.id)
    assert store.get(case.id) is None
    assert store.db.read("SELECT count(*) FROM attempt") == [(0,)]  # gone with their case
    restored = store.restore_case(removed)
    assert restored == removed
    with pytest.raises(InputError) as error:
        store.record(999)
    assert error.value.text("ko").startswith("999번 문의는 기록에 없어요.")


def test_an_attempt_for_a_case_deleted_elsewhere_is_bad_input(store: CaseStore) -> None:
    case = _case(store)
    assert case.id is not None
    store.delete_case(case.id)
    attempt = make_attempt(case, channel="phone", at=NOW, outcome="busy", now=NOW)
    with pytest.raises(InputError, match="unknown_case"):
        store.add_attempt(case.id, attempt)


def test_a_case_keeps_its_company_when_the_directory_deletes_it(
    store: CaseStore, tmp_path: Path
) -> None:
    from fallback_desktop.core.domain.company_checks import make_company
    from fallback_desktop.core.store.directory import Directory

    directory = Directory.open(tmp_path / "companies.sqlite3")
    company = directory.add(make_company("다라전자"))
    assert company.id is not None
    case = _case(store, company.name, company_id=company.id)
    directory.delete(company.id)
    directory.close()
    kept = store.record(int(case.id or 0)).case
    assert (kept.company, kept.company_id) == ("다라전자", company.id)


def test_the_persons_reply_times_need_three_replies_on_a_channel(store: CaseStore) -> None:
    case = _case(store)
    for hours in (2, 10, 30):  # email: three replies, median 10 h
        at = NOW - dt.timedelta(days=5)
        attempt = make_attempt(
            case,
            channel="email",
            at=at,
            outcome="no_answer",
            now=NOW,
            reply_at=at + dt.timedelta(hours=hours),
        )
        store.add_attempt(int(case.id or 0), attempt)
    for hours in (1, 3):  # the web form: two only
        at = NOW - dt.timedelta(days=4)
        attempt = make_attempt(
            case,
            channel="webform",
            at=at,
            outcome="answered",
            now=NOW,
            reply_at=at + dt.timedelta(hours=hours),
        )
        store.add_attempt(int(case.id or 0), attempt)
    _try(store, case, "answered")  # answered on the phone: no reply time, not counted
    found = experience_from(recorded_waits(store))
    assert {c: e.median for c, e in found.items()} == {"email": dt.timedelta(hours=10)}


def test_a_damaged_case_log_is_set_aside_and_named_as_the_case_log(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    store = CaseStore.open(path)
    _case(store)
    store.db.backup()
    store.close()
    path.write_bytes(b"this is not a database at all" * 100)
    reopened = CaseStore.open(path)
    notice = reopened.take_notice()
    assert notice is not None
    assert notice.key == "case.database.damaged_backup"
    assert "문의 기록" in render(notice, "ko")
    assert "case log" in render(notice, "en")
    assert reopened.take_notice() is None
    assert len(reopened) == 0
    assert list(tmp_path.glob("cases.sqlite3.broken-*"))  # kept, never deleted
    backup = reopened.restore_backup()
    assert backup.rows == 1
    assert len(reopened) == 1


def test_a_store_that_breaks_while_open_says_so_in_the_case_logs_words(store: CaseStore) -> None:
    error = store.db.broken(sqlite3.OperationalError("database is locked"))
    assert error.message.key == "case.database.busy"


def test_the_list_and_the_count_read_along_their_indexes(store: CaseStore) -> None:
    from fallback_desktop.core.store import cases

    for sql, params in (
        (cases._WAITING, (10,)),
        (cases._REPLIED, (10,)),
        (cases._OVERDUE, ("2026-11-30", 10)),
        (cases._OVERDUE_COUNT, ("2026-11-30",)),
        (cases._SELECT_ATTEMPTS, (1,)),
        (cases._OPEN_OF_COMPANY, ("가나전자",)),
    ):
        plan = " ".join(str(row[-1]) for row in store.db.read(f"EXPLAIN QUERY PLAN {sql}", params))
        assert "USING" in plan, plan
        assert "TEMP B-TREE" not in plan, plan  # no sorting of the whole table
    assert case_rows.COUNT_QUERY


def test_the_overdue_check_loads_nothing_heavy(tmp_path: Path) -> None:
    code = (
        "import sys, datetime as dt\n"
        "from pathlib import Path\n"
        "from fallback_desktop.core.store.cases import CaseStore, overdue_count\n"
        f"store = CaseStore.open(Path({str(tmp_path / 'c.sqlite3')!r}))\n"
        "now = dt.datetime(2026, 11, 30, tzinfo=dt.timezone.utc)\n"
        "assert overdue_count(store, now) == 0\n"
        "heavy = ('holidays', 'icalendar', 'jinja2', 'phonenumbers', 'PySide6')\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in heavy]\n"
        "loaded += [m for m in sys.modules if m.startswith('fallback_desktop.core.calendar')]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_the_overdue_notice_names_the_count_once_and_never_nags() -> None:
    assert overdue_notice(0) is None
    assert render(overdue_notice(1) or Msg(""), "ko") == "1건의 답변 기한이 지났어요."
    assert render(overdue_notice(2) or Msg(""), "ko") == "2건의 답변 기한이 지났어요."
    assert (
        render(overdue_notice(1200) or Msg(""), "en") == "1,200 cases are past their reply-by date."
    )


def test_damage_found_only_by_the_put_off_check_is_handled_on_first_read(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    store = CaseStore.open(path)
    for i in range(400):
        _case(store, f"회사{i:04d}")
    store.close()
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        root = raw.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'case_record'"
        ).fetchone()[0]
    raw.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start + 8 : start + 64] = b"\xee" * 56  # the table's root page, scrambled
    path.write_bytes(bytes(data))

    reopened = CaseStore.open(path, verify_later=True)  # the header is fine: opens at once
    assert reopened.notice is None
    assert reopened.listed(limit=40) == []  # read, found damaged, set aside, read anew
    notice = reopened.take_notice()
    assert notice is not None
    assert notice.key == "case.database.damaged_no_backup"
    assert overdue_count(reopened, NOW) == 0
    assert list(tmp_path.glob("cases.sqlite3.broken-*"))


def test_a_first_version_log_is_migrated_keeping_every_attempt_and_the_summaries(
    tmp_path: Path,
) -> None:
    """A log written by the first schema (no "sent" outcome) opens as schema 2 after a backup:
    its attempts, ids and summaries kept, the triggers working on the rebuilt table, and a
    letter handed off can be recorded as sent."""
    path = tmp_path / "cases.sqlite3"
    conn = sqlite3.connect(path)
    for statement in case_rows.SCHEMA_1:
        conn.execute(statement)
    conn.execute(
        "INSERT INTO case_record (id, company, purpose, opened_on, reply_by) "
        "VALUES (7, '가나전자', 'refund', '2026-11-02', '2026-11-20')"
    )
    conn.execute(
        "INSERT INTO attempt (id, case_id, channel, at, outcome, reply_at) VALUES "
        "(40, 7, 'phone', '2026-11-03T09:10:00+09:00', 'busy', NULL), "
        "(41, 7, 'email', '2026-11-04T09:10:00+09:00', 'no_answer', NULL)"
    )
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO attempt (case_id, channel, at, outcome) "
            "VALUES (7, 'email', '2026-11-05T09:00:00+09:00', 'sent')"
        )
    conn.commit()
    conn.close()

    store = CaseStore.open(path)
    assert store.db.version == 2
    assert store.db.last_backup() is not None  # migrations start from a backup
    record = store.record(7)
    assert [(a.id, a.outcome) for a in record.attempts] == [
        (40, Outcome.BUSY),
        (41, Outcome.NO_ANSWER),
    ]
    _try(store, record.case, "sent", channel="webform", days_ago=2)
    line = store.listed()[0]
    assert (line.id, line.attempt_count, line.replied) == (7, 3, False)
    _try(store, record.case, "answered", channel="email", days_ago=1)
    assert store.listed()[0].replied  # the rebuilt table's triggers keep the summary
    assert store.record(7).status(TODAY) is Status.ANSWERED
    names = {row[0] for row in store.db.read("SELECT name FROM sqlite_master")}
    assert {"attempt_of_case", "attempt_replies", "attempt_added", "attempt_removed"} <= names
    assert "attempt_2" not in names
