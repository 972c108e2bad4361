"""The SQLite file underneath core.store.database: connecting, telling a damaged file from one
that is only busy for a moment, the full integrity check, and moving a damaged file aside."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.store import files
from fallback_desktop.core.text.catalog import msg

BUSY_TIMEOUT_S = 5.0
COMPANIONS = ("-wal", "-shm")


class DatabaseError(InputError):
    """The database cannot be used as it is (made by a newer version, or it broke while open)."""


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
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


def integrity_ok(conn: sqlite3.Connection) -> bool:
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


HEADER = b"SQLite format 3\x00"


def is_damage(error: sqlite3.DatabaseError) -> bool:
    """The file itself is broken — as opposed to busy, locked or out of reach for a moment."""
    name = getattr(error, "sqlite_errorname", "")
    return name == "SQLITE_NOTADB" or name.startswith("SQLITE_CORRUPT")


def cannot_open(path: Path, error: Exception) -> DatabaseError:
    reason = getattr(error, "strerror", None) or str(error)
    return DatabaseError(msg("database.cannot_open", path=str(path), reason=reason))


def healthy(path: Path) -> bool:
    """Whether the file is an SQLite database that passes `PRAGMA integrity_check`; a file
    that cannot be read just now (busy, locked, no permission) raises instead, so it is never
    taken for a damaged one. Checked read-only: a writing connection would replay (and then
    delete) the -wal beside a damaged file when it closes, and that log may hold the last
    changes the person made."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(HEADER))
    except OSError as error:
        raise cannot_open(path, error) from error
    if header != HEADER:
        return False
    try:
        conn = connect(path, read_only=True)
        try:
            return bool(conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)])
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return False
        raise cannot_open(path, error) from error


def move_aside(path: Path) -> Path | None:
    """Rename a damaged database and its -wal/-shm aside, never deleting them.

    A stale -wal left beside a new file of the same name would be replayed into it.
    """
    return files.move_aside(path, COMPANIONS)
