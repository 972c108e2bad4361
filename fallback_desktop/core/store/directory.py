"""The person's company directory: list, search as you type, get, add / edit / delete with what
an undo needs, and merging an import — on the SQLite database of core.store.database.

Opened on first use (Session.directory), never at start-up. The list and the search index are
read once, when first asked for, kept in step with every change made through this object, and
read again after a change made elsewhere (the command line while the window is open).
Each change returns what undoing it needs: `add` the stored company (undo: `delete(id)`),
`update` the previous version (undo: `update(previous)`), `delete` the deleted company
(undo: `restore(company)`, which brings it back under the same id).
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from fallback_desktop import paths
from fallback_desktop.core.domain.company import Company
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.store import company_rows as rows
from fallback_desktop.core.store import merge as merging
from fallback_desktop.core.store.company_rows import Listed
from fallback_desktop.core.store.database import Backup, Database, OnDatabase
from fallback_desktop.core.store.merge import MergeResult, OnConflict
from fallback_desktop.core.text.catalog import msg
from fallback_desktop.core.text.hangul import is_hangul
from fallback_desktop.core.text.search import NameIndex

DATABASE_NAME = "companies.sqlite3"


def _order(listed: Listed) -> tuple[int, str, int]:
    # Korean names first (가나다순), then the rest, as a Korean contact list does.
    first = listed.key[:1]
    return (0 if first and is_hangul(first) else 1, listed.key, listed.id)


class Directory(OnDatabase):
    """See the module's docstring."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self._listed: list[Listed] | None = None
        self._version: object = None
        self._keys: list[tuple[int, str, int]] = []
        self._index = NameIndex()

    @classmethod
    def open(cls, path: Path | None = None, *, verify_later: bool = False) -> Directory:
        """The directory in the person's data folder (or at `path`). With `verify_later` the
        full integrity check waits for `verify()` (a file that is not a database is still
        found at once)."""
        target = path or paths.data_dir() / DATABASE_NAME
        return cls(
            Database(
                target,
                rows.MIGRATIONS,
                rows_query=rows.COUNT_QUERY,
                on_create=rows.add_sample,
                verify_later=verify_later,
            )
        )

    def verify(self) -> bool:
        """Run the integrity check that `open(verify_later=True)` put off. False when the
        file was damaged: it was moved aside, an empty directory begun, `notice` says so."""
        if super().verify():
            return True
        self._listed = None
        return False

    def restore_backup(self) -> Backup:
        """Bring back the last backup (what is stored now is kept beside it first)."""
        backup = super().restore_backup()
        self._listed = None
        return backup

    # --- the list and the search -----------------------------------------------------------

    def _loaded(self) -> list[Listed]:
        # SQLite counts commits made through other connections (a `company import` run while
        # the window is open): the list is read again when there was one.
        version = self.db.read("PRAGMA data_version")[0][0]
        if self._listed is None or version != self._version:
            self._version = version
            listed = sorted(self._reading(rows.read_listed), key=_order)
            self._listed = listed
            self._keys = [_order(item) for item in listed]
            self._index = NameIndex(item.search_keys for item in listed)
        return self._listed

    def first_rows(self, count: int) -> Sequence[Listed]:
        """The first `count` companies of `listed()`, read without reading them all (a screen
        of the list, shown while the rest is read)."""
        if self._listed is None:
            return self._reading(lambda conn: rows.read_first_listed(conn, count))
        return self._loaded()[:count]

    def _reading(self, read: Callable[[sqlite3.Connection], list[Listed]]) -> list[Listed]:
        """What `read` reads; when a file whose check was put off turns out damaged on the
        way, the check is run (the file set aside, `notice` set) and the new one read."""
        try:
            return read(self.db.conn)
        except sqlite3.DatabaseError as error:
            if self.db.unverified and not self.db.verify():
                return read(self.db.conn)
            raise self.db.broken(error) from error

    def listed(self) -> Sequence[Listed]:
        """Every company's names and channels, Korean names first, each group 가나다 / A–Z."""
        return self._loaded()

    def __len__(self) -> int:
        return len(self._loaded())

    def search(self, text: str) -> list[Listed]:
        """Companies whose name or other name holds `text` — by initial consonants too
        (ㅅㅅㅈㅈ), half-typed syllables, spaces and case ignored; names starting with it first."""
        listed = self._loaded()
        return [listed[i] for i in self._index.find(text)]

    def _insert_listed(self, item: Listed) -> None:
        if self._listed is None:
            return  # read with the change when first asked for
        key = _order(item)
        at = bisect_left(self._keys, key)
        self._listed.insert(at, item)
        self._keys.insert(at, key)
        self._index.insert(at, item.search_keys)

    def _remove_listed(self, cid: int) -> None:
        listed = self._listed or []
        for at, item in enumerate(listed):
            if item.id == cid:
                del listed[at]
                del self._keys[at]
                self._index.remove(at)
                return

    # --- reading ---------------------------------------------------------------------------

    def by_id(self, cid: int) -> Company | None:
        found = rows.read_companies(self.db.conn, only=cid)
        return found[0] if found else None

    def get(self, name: str) -> Company | None:
        """The company called `name`, or the one company that has it as another name;
        None when there is none, or several share that other name."""
        main, other = rows.find_ids(self.db.conn, name)
        ids = main or other
        return self.by_id(ids[0]) if len(ids) == 1 else None

    def lookup(self, name: str) -> Company:
        """As `get`, but an unknown or ambiguous name is bad input, said in one sentence."""
        main, other = rows.find_ids(self.db.conn, name)
        ids = main or other
        if not ids:
            raise InputError(msg("directory.unknown", name=name), field="company")
        if len(ids) > 1:
            names = ", ".join(c.name for cid in ids[:5] if (c := self.by_id(cid)))
            raise InputError(msg("directory.ambiguous", name=name, names=names), field="company")
        company = self.by_id(ids[0])
        assert company is not None
        return company

    def companies(self) -> list[Company]:
        """Every company with everything it holds, in the list's order."""
        by_id = {c.id: c for c in rows.read_companies(self.db.conn)}
        return [by_id[item.id] for item in self._loaded() if item.id in by_id]

    # --- changing --------------------------------------------------------------------------

    def _taken(self, company: Company) -> InputError:
        return InputError(msg("directory.name_taken", name=company.name), field="name")

    def add(self, company: Company) -> Company:
        """Store a new company; the name must not be in use. Returns it with its id."""
        return self._insert(replace(company, id=None, sample=False))

    def restore(self, company: Company) -> Company:
        """Undo a delete: the company back under its old id (a new one if that is taken)."""
        return self._insert(company)

    def _insert(self, company: Company) -> Company:
        try:
            with self.db.write() as conn:
                cid = company.id
                if (
                    cid is None
                    or conn.execute("SELECT 1 FROM company WHERE id = ?", (cid,)).fetchone()
                ):
                    cid = rows.next_id(conn)
                rows.insert_companies(conn, [(cid, company)])
        except sqlite3.IntegrityError:
            raise self._taken(company) from None
        stored = replace(company, id=cid)
        self._insert_listed(rows.listed_of(stored, cid))
        return stored

    def update(self, company: Company) -> Company:
        """Replace the stored company of the same id with `company`; returns the previous
        version (the undo). An edited sample entry becomes the person's own."""
        if company.id is None:
            raise ValueError("update needs a stored company (with its id)")
        cid = company.id
        edited = replace(company, sample=False)
        try:
            with self.db.write() as conn:
                previous = rows.read_companies(conn, only=cid)
                if not previous:
                    raise InputError(msg("directory.gone", name=company.name), field="name")
                rows.delete_companies(conn, [cid])
                rows.insert_companies(conn, [(cid, edited)])
        except sqlite3.IntegrityError:
            raise self._taken(company) from None
        self._remove_listed(cid)
        self._insert_listed(rows.listed_of(edited, cid))
        return previous[0]

    def delete(self, cid: int) -> Company:
        """Delete a company and everything it holds; returns it, for `restore` (undo)."""
        with self.db.write() as conn:
            found = rows.read_companies(conn, only=cid)
            if not found:
                raise InputError(msg("directory.gone", name=str(cid)), field="name")
            rows.delete_companies(conn, [cid])
        self._remove_listed(cid)
        return found[0]

    # --- importing -------------------------------------------------------------------------

    def conflicts(self, incoming: Sequence[Company]) -> list[Company]:
        """Stored companies that share a name with one of `incoming` but differ from it (the
        untouched sample entry does not count: an import simply replaces it)."""
        return merging.conflicts(self.db, incoming)

    def merge(
        self,
        incoming: Sequence[Company],
        on_conflict: OnConflict | None,
        progress: Callable[[int], None] | None = None,
    ) -> MergeResult:
        """Write an import (core.store.merge): all of it in one transaction, or nothing."""
        try:
            return merging.merge(self.db, incoming, on_conflict, progress)
        finally:
            self._listed = None


__all__ = ["DATABASE_NAME", "Directory", "Listed", "MergeResult", "OnConflict"]
