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

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.store import files
from fallback_desktop.core.text.catalog import Msg, msg

# A migration: constant SQL statements, the last of which sets PRAGMA user_version.
Migration = Sequence[str]
BUSY_TIMEOUT_S = 5.0
BACKUP_SUFFIX = ".bak"
_COMPANIONS = ("-wal", "-shm")


class DatabaseError(InputError):
    """The database cannot be used as it is (made by a newer version, or it broke while open)."""


@dataclass(frozen=True)
class Backup:
    """The last backup: where it is, when it was made, how many rows of interest it holds."""

    path: Path
    made: dt.datetime
    rows: int


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    else:
        # Not tied to the thread that opened it, so a window can open the directory in the
        # background and use it afterwards; it is used by one thread at a time.
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _integrity_ok(conn: sqlite3.Connection) -> bool:
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


_HEADER = b"SQLite format 3\x00"


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    """The file itself is broken — as opposed to busy, locked or out of reach for a moment."""
    name = getattr(error, "sqlite_errorname", "")
    return name == "SQLITE_NOTADB" or name.startswith("SQLITE_CORRUPT")


def cannot_open(path: Path, error: Exception) -> DatabaseError:
    reason = getattr(error, "strerror", None) or str(error)
    return DatabaseError(msg("database.cannot_open", path=str(path), reason=reason))


def _healthy(path: Path) -> bool:
    """Whether the file is an SQLite database that passes `PRAGMA integrity_check`; a file
    that cannot be read just now (busy, locked, no permission) raises instead, so it is never
    taken for a damaged one. Checked read-only: a writing connection would replay (and then
    delete) the -wal beside a damaged file when it closes, and that log may hold the last
    changes the person made."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(_HEADER))
    except OSError as error:
        raise cannot_open(path, error) from error
    if header != _HEADER:
        return False
    try:
        conn = _connect(path, read_only=True)
        try:
            return bool(conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)])
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        if _is_damage(error):
            return False
        raise cannot_open(path, error) from error


def move_aside(path: Path) -> Path | None:
    """Rename a damaged database and its -wal/-shm aside, never deleting them.

    A stale -wal left beside a new file of the same name would be replayed into it.
    """
    return files.move_aside(path, _COMPANIONS)


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
    ) -> None:
        self.path = Path(path)
        self.migrations = tuple(migrations)
        self.rows_query = rows_query
        self.on_create = on_create
        self.notice: Msg | None = None  # what happened when it was opened (resources/text)
        self.moved_aside: Path | None = None
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
        conn = self._try_open(existed)
        if conn is None:
            self.moved_aside = move_aside(self.path)
            if self.moved_aside is None:
                raise DatabaseError(msg("database.cannot_move", path=str(self.path)))
            self.notice = self._damaged_notice()
            try:
                conn = _connect(self.path)
                conn.execute("PRAGMA journal_mode = WAL")
            except sqlite3.DatabaseError as error:
                raise cannot_open(self.path, error) from error
            existed = False
        self._migrate(conn, existed)
        return conn

    def _try_open(self, existed: bool) -> sqlite3.Connection | None:
        """A healthy connection, or None when the file is damaged (and then left untouched)."""
        if existed and not _healthy(self.path):
            return None
        conn: sqlite3.Connection | None = None
        try:
            conn = _connect(self.path)
            conn.execute("PRAGMA journal_mode = WAL")
            found = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as error:
            if conn is not None:
                conn.close()
            if _is_damage(error):
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
        found = conn.execute("PRAGMA user_version").fetchone()[0]
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
            raise self._broken(error) from error

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: everything inside is committed together, or nothing is."""
        try:
            with _transaction(self.conn):
                yield self.conn
        except sqlite3.IntegrityError:
            raise
        except sqlite3.DatabaseError as error:
            raise self._broken(error) from error

    def _broken(self, error: sqlite3.DatabaseError) -> DatabaseError:
        if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
            return DatabaseError(msg("database.busy", name=self.path.name))
        return DatabaseError(msg("database.broke", name=self.path.name))

    # --- backups ---------------------------------------------------------------------------

    def backup(self) -> None:
        """Refresh the last backup from the current, healthy database."""
        self._backup_from(self.conn)

    def _backup_from(self, conn: sqlite3.Connection) -> None:
        temp = self.path.with_name(self.path.name + BACKUP_SUFFIX + ".tmp")
        for leftover in (temp, *(temp.with_name(temp.name + s) for s in _COMPANIONS)):
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
            conn = _connect(path, read_only=True)
        except sqlite3.DatabaseError:
            return None
        try:
            if not _integrity_ok(conn):
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
        with contextlib.closing(_connect(backup.path, read_only=True)) as source:
            source.backup(self.conn)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self._migrate(self.conn, existed=True)
        return backup

    def close(self) -> None:
        self.conn.close()


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
