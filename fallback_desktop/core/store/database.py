"""One SQLite file that loses nothing (STYLE rule 15), through the standard library's sqlite3.

- WAL journal, foreign keys on, a busy timeout so the window and a command can share the file.
- The schema's version is `PRAGMA user_version`; migrations are numbered, each runs in one
  transaction with the version it sets, and the file is copied with SQLite's backup API first.
- Every write goes through `write()`: one transaction, committed whole or rolled back whole.
- A file that is not a database, or fails `PRAGMA integrity_check`, is moved aside (never
  deleted) with its -wal and -shm companions, a new one is started, and `notice` says so and
  names the last backup, which `restore_backup()` puts back.
- The last backup (`<name>.bak`) is refreshed before a migration and whenever a caller asks
  (before an import), always through a temporary file so it is never half-written.
- SQL text is always a constant; values go in as parameters.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from fallback_desktop.core.store.sqlite_file import (
    COMPANIONS,
    DatabaseError,
    cannot_open,
    connect,
    healthy,
    integrity_ok,
    is_damage,
    move_aside,
    user_version,
)
from fallback_desktop.core.text.catalog import Msg, msg

# A migration: constant SQL statements, the last of which sets PRAGMA user_version.
Migration = Sequence[str]
BACKUP_SUFFIX = ".bak"


@dataclass(frozen=True)
class Backup:
    """The last backup: where it is, when it was made, how many rows of interest it holds."""

    path: Path
    made: dt.datetime
    rows: int


class Database:
    """An open SQLite database with numbered migrations; see the module's docstring.

    `rows_query` counts what a backup holds (shown when it is offered); `on_create` fills a
    brand-new file once, inside the transaction that creates its schema.
    """

    def __init__(
        self,
        path: Path,
        migrations: Sequence[Migration],
        *,
        rows_query: str,
        on_create: Callable[[sqlite3.Connection], None] | None = None,
        verify_later: bool = False,
    ) -> None:
        self.path = Path(path)
        self.migrations = tuple(migrations)
        self.rows_query = rows_query
        self.on_create = on_create
        self.notice: Msg | None = None  # what happened when it was opened (resources/text)
        self.moved_aside: Path | None = None
        # With `verify_later`, an existing file is only checked to be a database of this
        # version when it opens; `verify()` runs the full integrity check when the caller has
        # shown what it needed (the window's list, painted first).
        self._verify_later = verify_later
        self.unverified = False
        self.conn = self._open()

    @property
    def version(self) -> int:
        return len(self.migrations)

    @property
    def backup_path(self) -> Path:
        return self.path.with_name(self.path.name + BACKUP_SUFFIX)

    # --- opening ---------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            existed = self.path.exists() and self.path.stat().st_size > 0
        except OSError as error:
            raise cannot_open(self.path, error) from error
        later = existed and self._verify_later
        conn = self._try_open(existed and not later)
        if conn is not None and later:
            if user_version(conn) == self.version:
                self.unverified = True
            elif not healthy(self.path):  # checked in full before a migration copies it
                conn.close()
                conn = None
        if conn is None:
            conn = self._start_over()
            existed = False
        self._migrate(conn, existed)
        return conn

    def _start_over(self) -> sqlite3.Connection:
        """Move the damaged file aside, say so, and begin a new one."""
        self.moved_aside = move_aside(self.path)
        if self.moved_aside is None:
            raise DatabaseError(msg("database.cannot_move", path=str(self.path)))
        self.notice = self._damaged_notice()
        try:
            conn = connect(self.path)
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.DatabaseError as error:
            raise cannot_open(self.path, error) from error
        return conn

    def verify(self) -> bool:
        """The full integrity check of a file opened with `verify_later` (once). False when it
        failed: the file was moved aside and a new one begun, and `notice` says so."""
        if not self.unverified:
            return True
        self.unverified = False
        if healthy(self.path):
            return True
        self.conn.close()
        self.conn = self._start_over()
        self._migrate(self.conn, existed=False)
        return False

    def _try_open(self, check: bool) -> sqlite3.Connection | None:
        """A healthy connection, or None when the file is damaged (and then left untouched)."""
        if check and not healthy(self.path):
            return None
        conn: sqlite3.Connection | None = None
        try:
            conn = connect(self.path)
            conn.execute("PRAGMA journal_mode = WAL")
            found = user_version(conn)
        except sqlite3.DatabaseError as error:
            if conn is not None:
                conn.close()
            if is_damage(error):
                return None
            raise cannot_open(self.path, error) from error
        if found > self.version:
            conn.close()
            raise DatabaseError(msg("database.too_new", name=self.path.name))
        return conn

    def _damaged_notice(self) -> Msg:
        backup = self.last_backup()
        where = msg("database.kept_at", path=str(self.moved_aside or self.path))
        if backup is None:
            return msg("database.damaged_no_backup", name=self.path.name, kept=where)
        return msg(
            "database.damaged_backup",
            name=self.path.name,
            kept=where,
            made=backup.made.strftime("%Y-%m-%d %H:%M"),
            rows=backup.rows,
        )

    def _migrate(self, conn: sqlite3.Connection, existed: bool) -> None:
        found = user_version(conn)
        if found == self.version:
            return
        if existed and found > 0:
            self._backup_from(conn)
        for number in range(found, self.version):
            with _transaction(conn):
                for statement in self.migrations[number]:
                    conn.execute(statement)
                if number == 0 and self.on_create is not None:
                    self.on_create(conn)

    # --- reading and writing ---------------------------------------------------------------

    def read(self, sql: str, params: Sequence[object] = ()) -> list[tuple[object, ...]]:
        """Rows of one query (reads see the last committed state)."""
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as error:
            raise self.broken(error) from error

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: everything inside is committed together, or nothing is."""
        try:
            with _transaction(self.conn):
                yield self.conn
        except sqlite3.IntegrityError:
            raise
        except sqlite3.DatabaseError as error:
            raise self.broken(error) from error

    def broken(self, error: sqlite3.DatabaseError) -> DatabaseError:
        if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
            return DatabaseError(msg("database.busy", name=self.path.name))
        return DatabaseError(msg("database.broke", name=self.path.name))

    # --- backups ---------------------------------------------------------------------------

    def backup(self) -> None:
        """Refresh the last backup from the current, healthy database."""
        self._backup_from(self.conn)

    def _backup_from(self, conn: sqlite3.Connection) -> None:
        temp = self.path.with_name(self.path.name + BACKUP_SUFFIX + ".tmp")
        for leftover in (temp, *(temp.with_name(temp.name + s) for s in COMPANIONS)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        target = sqlite3.connect(temp, isolation_level=None)
        try:
            conn.backup(target)
            # One self-contained file: no -wal beside the backup to lose or mix up.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, self.backup_path)

    def last_backup(self) -> Backup | None:
        """The last backup when it is a healthy database; None otherwise."""
        path = self.backup_path
        if not path.is_file():
            return None
        try:
            conn = connect(path, read_only=True)
        except sqlite3.DatabaseError:
            return None
        try:
            if not integrity_ok(conn):
                return None
            rows = int(conn.execute(self.rows_query).fetchone()[0])
        except sqlite3.DatabaseError:
            return None
        finally:
            conn.close()
        made = dt.datetime.fromtimestamp(path.stat().st_mtime)
        return Backup(path, made, rows)

    def restore_backup(self) -> Backup:
        """Put the last backup in place of everything now stored; what was there is kept in
        `<name>.before-restore` first, so restoring cannot lose anything either."""
        backup = self.last_backup()
        if backup is None:
            raise DatabaseError(msg("database.no_backup", name=self.path.name))
        kept = self.path.with_name(self.path.name + ".before-restore")
        with contextlib.suppress(FileNotFoundError):
            kept.unlink()
        with contextlib.closing(sqlite3.connect(kept)) as keep:
            self.conn.backup(keep)
        with contextlib.closing(connect(backup.path, read_only=True)) as source:
            source.backup(self.conn)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self._migrate(self.conn, existed=True)
        return backup

    def close(self) -> None:
        self.conn.close()


class OnDatabase:
    """What every store kept in one Database offers the person's side: what to tell about its
    opening (once), its last backup and restoring it, the check put off, closing."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def notice(self) -> Msg | None:
        """What the person should be told about opening it (a damaged file moved aside)."""
        return self.db.notice

    def take_notice(self) -> Msg | None:
        """The notice, once: whoever shows it takes it, so it is not told twice."""
        notice, self.db.notice = self.db.notice, None
        return notice

    def last_backup(self) -> Backup | None:
        return self.db.last_backup()

    def restore_backup(self) -> Backup:
        """Bring back the last backup (what is stored now is kept beside it first)."""
        return self.db.restore_backup()

    def verify(self) -> bool:
        """The integrity check that opening with `verify_later` put off; False when the file
        was damaged (set aside, a new one begun, `notice` says so)."""
        return self.db.verify()

    def close(self) -> None:
        self.db.close()


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    # IMMEDIATE takes the write lock at once, so two writers wait for each other instead of
    # one failing half-way when it first writes.
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
