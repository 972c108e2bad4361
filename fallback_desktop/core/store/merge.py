"""Writing an import into the directory: each company added, replaced, kept or added beside
the one of the same name, as the person chose — all in one transaction, after a backup."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from fallback_desktop.core.domain.company import Company, name_key
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.store import company_rows as rows
from fallback_desktop.core.store.database import Database
from fallback_desktop.core.text.catalog import Msg, msg

PROGRESS_EVERY = 100
_READ_ALL_ABOVE = 200


class OnConflict(Enum):
    """What an import does with a company whose name is already in the directory and whose
    facts differ: keep the directory's, replace it with the file's, or keep both (the file's
    under the name with " (2)", " (3)", … added)."""

    KEEP = "keep"
    REPLACE = "replace"
    BOTH = "both"


@dataclass(frozen=True)
class MergeResult:
    """How an import went, company by company (renamed: (name in the file, name given))."""

    added: int = 0
    replaced: int = 0
    kept: int = 0
    unchanged: int = 0
    renamed: tuple[tuple[str, str], ...] = ()

    @property
    def message(self) -> Msg:
        return msg(
            "directory.imported",
            added=self.added,
            replaced=self.replaced,
            kept=self.kept,
            unchanged=self.unchanged,
        )


def stored_by_key(db: Database, incoming: Sequence[Company]) -> dict[str, Company]:
    """The stored companies whose names are among `incoming`'s, by name key."""
    wanted = {c.key for c in incoming}
    ids = [
        cid
        for cid, key in db.read("SELECT id, name_key FROM company")
        if key in wanted and isinstance(cid, int)
    ]
    if len(ids) > _READ_ALL_ABOVE:  # one read of everything beats thousands of small ones
        stored = [c for c in rows.read_companies(db.conn) if c.key in wanted]
    else:
        stored = [c for cid in ids for c in rows.read_companies(db.conn, only=cid)]
    return {c.key: c for c in stored}


def conflicts(db: Database, incoming: Sequence[Company]) -> list[Company]:
    """Stored companies that share a name with one of `incoming` but differ from it (the
    untouched sample entry does not count: an import simply replaces it)."""
    stored = stored_by_key(db, incoming)
    return [stored[c.key] for c in incoming if _clash(stored.get(c.key), c)]


def merge(
    db: Database,
    incoming: Sequence[Company],
    on_conflict: OnConflict | None,
    progress: Callable[[int], None] | None = None,
) -> MergeResult:
    """Write an import: all of it in one transaction, or nothing. The directory is backed up
    first. With conflicts and no choice made, nothing is written (InputError). `progress` is
    told how many companies are written so far, every PROGRESS_EVERY."""
    stored = stored_by_key(db, incoming)
    clashing = [c for c in incoming if _clash(stored.get(c.key), c)]
    if clashing and on_conflict is None:
        ask = msg("directory.conflicts", count=len(clashing), name=clashing[0].name)
        raise InputError(ask, field="on_conflict")
    db.backup()
    counts = {"added": 0, "replaced": 0, "kept": 0, "unchanged": 0}
    renamed: list[tuple[str, str]] = []
    try:
        with db.write() as conn:
            new_id = rows.next_id(conn)
            taken = {key for (key,) in conn.execute("SELECT name_key FROM company")}
            taken |= {c.key for c in incoming}
            for start in range(0, len(incoming), PROGRESS_EVERY):
                chunk = incoming[start : start + PROGRESS_EVERY]
                writes: list[tuple[int, Company]] = []
                drop: list[int] = []
                for company in chunk:
                    old = stored.get(company.key)
                    if old is not None and _same(old, company):
                        counts["unchanged"] += 1
                    elif old is not None and (old.sample or on_conflict is OnConflict.REPLACE):
                        assert old.id is not None
                        drop.append(old.id)
                        writes.append((old.id, company))
                        counts["replaced"] += 1
                    elif old is not None and on_conflict is OnConflict.KEEP:
                        counts["kept"] += 1
                    else:
                        if old is not None:  # keep both: the file's under a free name
                            other = _free_name(company.name, taken)
                            taken.add(name_key(other))
                            renamed.append((company.name, other))
                            company = replace(company, name=other)
                        writes.append((new_id, company))
                        new_id += 1
                        counts["added"] += 1
                rows.delete_companies(conn, drop)
                rows.insert_companies(conn, writes)
                if progress is not None:
                    progress(start + len(chunk))
    except sqlite3.IntegrityError:
        raise InputError(msg("directory.import_clash"), field="file") from None
    return MergeResult(
        counts["added"], counts["replaced"], counts["kept"], counts["unchanged"], tuple(renamed)
    )


def _same(stored: Company, incoming: Company) -> bool:
    # id and the sample mark are not facts: they do not count in the comparison.
    return stored == incoming


def _clash(stored: Company | None, incoming: Company) -> bool:
    """A choice is needed: the name is taken by the person's own, different entry."""
    return stored is not None and not stored.sample and not _same(stored, incoming)


def _free_name(name: str, taken: set[str]) -> str:
    number = 2
    while name_key(candidate := f"{name} ({number})") in taken:
        number += 1
    return candidate
