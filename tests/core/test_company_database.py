"""The directory's SQLite file loses nothing: damaged files are set aside and the person told,
the backup is offered and restored, migrations back up first, a newer file is left alone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from fallback_desktop.core.domain.company_checks import make_address, make_channel, make_company
from fallback_desktop.core.store import company_rows, sqlite_file
from fallback_desktop.core.store.database import Database, DatabaseError
from fallback_desktop.core.store.directory import Directory, OnConflict
from fallback_desktop.core.text.catalog import render
from tests.shared import scrambled_database

NAME = "companies.sqlite3"


def _fill(path: Path, *names: str) -> None:
    directory = Directory.open(path)
    companies = [
        make_company(n, channels=[make_channel("email", [make_address("email", "a@example.com")])])
        for n in names
    ]
    directory.merge(companies, OnConflict.REPLACE)
    directory.close()


def _set_aside(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".broken-" in p.name)


@pytest.mark.parametrize(
    "garbage",
    [b"\xff" * 4096, b"SQLite format 3\x00" + b"\x00" * 200, b'{"not": "a database"}\n'],
    ids=["random", "truncated-header", "json"],
)
def test_garbage_is_set_aside_the_person_told_and_the_backup_offered(
    tmp_path: Path, garbage: bytes
) -> None:
    path = tmp_path / NAME
    _fill(path, "가나전자", "다라통신")  # the import leaves a backup (sample only) behind
    path.write_bytes(garbage)
    (tmp_path / (NAME + "-wal")).write_bytes(b"stale log that must not be replayed")

    directory = Directory.open(path)
    aside = _set_aside(tmp_path)
    assert [p.read_bytes() for p in aside if not p.name.endswith(("-wal", "-shm"))] == [garbage]
    assert any(p.name.endswith("-wal") for p in aside)
    notice = directory.take_notice()
    assert notice is not None
    assert notice.key == "database.damaged_backup"
    words = render(notice, "en")
    assert str(aside[0]) in words
    assert "can be restored" in words
    assert directory.take_notice() is None  # told once
    assert [c.name for c in directory.listed()] == ["쿠쿠"]  # a fresh directory works

    directory.restore_backup()
    assert [c.name for c in directory.listed()] == ["쿠쿠"]
    assert directory.db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_without_a_backup_the_notice_says_so(tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_bytes(b"\x00garbage" * 100)
    directory = Directory.open(path)
    notice = directory.take_notice()
    assert notice is not None
    assert notice.key == "database.damaged_no_backup"
    assert "백업은 없어요" in render(notice, "ko")
    with pytest.raises(DatabaseError):
        directory.restore_backup()


def test_a_database_that_fails_its_integrity_check_is_set_aside(tmp_path: Path) -> None:
    directory = Directory.open(scrambled_database(tmp_path / NAME))
    assert directory.take_notice() is not None
    main = [p for p in _set_aside(tmp_path) if not p.name.endswith(("-wal", "-shm"))]
    assert len(main) == 1
    assert directory.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert directory.last_backup() is not None


def test_a_check_put_off_still_sets_a_damaged_file_aside(tmp_path: Path) -> None:
    directory = Directory.open(scrambled_database(tmp_path / NAME), verify_later=True)
    assert directory.notice is None  # a database by its header: checked in full later
    assert _set_aside(tmp_path) == []
    assert directory.verify() is False
    notice = directory.take_notice()
    assert notice is not None
    assert notice.key == "database.damaged_backup"
    main = [p for p in _set_aside(tmp_path) if not p.name.endswith(("-wal", "-shm"))]
    assert len(main) == 1
    assert [c.name for c in directory.listed()] == ["쿠쿠"]  # a fresh directory, in use at once
    assert directory.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert directory.verify() is True  # checked once


def test_a_check_put_off_still_finds_garbage_at_once(tmp_path: Path) -> None:
    path = tmp_path / NAME
    _fill(path, "가나전자")
    path.write_bytes(b"\xff" * 4096)
    directory = Directory.open(path, verify_later=True)
    assert directory.take_notice() is not None
    assert directory.db.unverified is False  # the new file needs no check
    assert directory.verify() is True


def test_a_healthy_file_passes_the_check_put_off(tmp_path: Path) -> None:
    path = tmp_path / NAME
    _fill(path, "가나전자", "다라통신")
    directory = Directory.open(path, verify_later=True)
    assert directory.db.unverified is True
    assert directory.verify() is True
    assert directory.notice is None
    assert _set_aside(tmp_path) == []
    assert len(directory) == 3


def test_a_file_made_by_a_newer_version_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / NAME
    _fill(path, "가나전자")
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA user_version = 99")
    raw.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as error:
        Directory.open(path)
    assert error.value.message.key == "database.too_new"
    assert path.read_bytes() == before
    assert _set_aside(tmp_path) == []


def test_a_migration_backs_the_file_up_first_and_runs_whole(tmp_path: Path) -> None:
    path = tmp_path / NAME
    _fill(path, "가나전자")
    (path.parent / (NAME + ".bak")).unlink()
    second = ("ALTER TABLE company ADD COLUMN website TEXT", "PRAGMA user_version = 2")
    db = Database(path, (*company_rows.MIGRATIONS, second), rows_query=company_rows.COUNT_QUERY)
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == 2
    backup = db.last_backup()
    assert backup is not None
    assert backup.rows == 2
    with sqlite3.connect(backup.path) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    old.close()
    db.close()

    broken = (
        "ALTER TABLE company ADD COLUMN extra TEXT",
        "THIS IS NOT SQL",
        "PRAGMA user_version = 3",
    )
    with pytest.raises(sqlite3.DatabaseError):
        Database(
            path, (*company_rows.MIGRATIONS, second, broken), rows_query=company_rows.COUNT_QUERY
        )
    with sqlite3.connect(path) as after:
        assert after.execute("PRAGMA user_version").fetchone()[0] == 2
        columns = [row[1] for row in after.execute("PRAGMA table_info(company)")]
    after.close()
    assert "extra" not in columns  # the failed migration left nothing behind


def test_a_write_that_fails_half_way_leaves_nothing(tmp_path: Path) -> None:
    directory = Directory.open(tmp_path / NAME)

    def interrupted() -> None:
        with directory.db.write() as conn:
            conn.execute("DELETE FROM company")
            raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        interrupted()
    assert [c.name for c in directory.listed()] == ["쿠쿠"]


def test_a_leftover_temporary_backup_does_not_block_the_next(tmp_path: Path) -> None:
    directory = Directory.open(tmp_path / NAME)
    (tmp_path / (NAME + ".bak.tmp")).write_bytes(b"half a backup from a killed run")
    directory.db.backup()
    backup = directory.last_backup()
    assert backup is not None
    assert backup.rows == 1
    assert not (tmp_path / (NAME + ".bak.tmp")).exists()


@pytest.mark.parametrize("later", [False, True], ids=["checked-now", "checked-later"])
def test_a_busy_database_is_never_taken_for_a_damaged_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, later: bool
) -> None:
    path = tmp_path / NAME
    _fill(path, "가나전자")
    monkeypatch.setattr(sqlite_file, "BUSY_TIMEOUT_S", 0.05)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        with pytest.raises(DatabaseError) as error:
            Directory.open(path, verify_later=later)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert error.value.message.key == "database.cannot_open"
    assert _set_aside(tmp_path) == []
    assert [c.name for c in Directory.open(path).listed()] == ["가나전자", "쿠쿠"]
