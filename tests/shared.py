"""What many tests share: one business calendar, as the app's session shares one; a company
directory whose file is damaged in a way only the integrity check finds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fallback_desktop.core.calendar.business import BusinessCalendar
from fallback_desktop.core.domain.company_checks import make_company
from fallback_desktop.core.store.directory import Directory, OnConflict

# The bundled one-off holidays only: a person's own file is not read by tests that use this.
CALENDAR = BusinessCalendar()


def scrambled_database(path: Path) -> Path:
    """400 companies whose table's root page is then scrambled: a database file by its header,
    which fails the integrity check."""
    directory = Directory.open(path)
    directory.merge(
        [make_company(f"회사{i:04d}") for i in range(400)], OnConflict.REPLACE
    )  # the import leaves a backup (the sample only) behind
    directory.close()
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'company'").fetchone()
    raw.close()
    data = bytearray(path.read_bytes())
    start = (root[0] - 1) * page_size
    data[start + 8 : start + 64] = b"\xee" * 56  # the company table's root page, scrambled
    path.write_bytes(bytes(data))
    check = sqlite3.connect(path)
    try:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    except sqlite3.DatabaseError:
        pass  # "malformed": as damaged as it gets
    finally:
        check.close()
    return path
