"""The directory's tables, their migrations, the sample entry, and Company <-> rows.

Schema 1:
- `company`: name and its comparison key, note, sample flag, and the list's line — all its
  names, their spellings for search (core.text.hangul.search_key) and its channel ids — so the
  list of ten thousand companies is one read that spells no name. They are written with the
  company; a change to the spelling needs a migration that recomputes them.
- `other_name`: 한글, English and short names, in order, with their comparison key.
- `channel`: a channel the company has, its hours as the JSON object of core.domain.hours (NULL:
  the channel's default), and that fact's source and verified day.
- `address`: the channel's addresses in order, with ARS keys, a web form's cap, source and
  verified day.
Deleting a company deletes its rows through the foreign keys.

The sample entry (the source article's 쿠쿠, 080-720-8000, weekdays from 09:00) is written once,
in the transaction that creates the schema of a new file: deleted, it stays deleted; edited, it
is the person's own entry from then on.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from fallback_desktop.core.domain.company import Address, ChannelEntry, Company, Fact, name_key
from fallback_desktop.core.domain.hours import Hours, hours_from_json, hours_to_json
from fallback_desktop.core.text.hangul import is_hangul, search_key

SCHEMA_1 = (
    """CREATE TABLE company (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) > 0),
        name_key TEXT NOT NULL UNIQUE,
        note TEXT NOT NULL DEFAULT '',
        sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
        list_names TEXT NOT NULL,
        list_keys TEXT NOT NULL,
        list_channels TEXT NOT NULL
    )""",
    """CREATE TABLE other_name (
        company_id INTEGER NOT NULL REFERENCES company (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        PRIMARY KEY (company_id, position)
    )""",
    "CREATE INDEX other_name_by_key ON other_name (name_key)",
    """CREATE TABLE channel (
        company_id INTEGER NOT NULL REFERENCES company (id) ON DELETE CASCADE,
        channel TEXT NOT NULL CHECK (channel IN
            ('phone', 'email', 'sns', 'chat', 'messenger', 'webform', 'portal', 'app')),
        hours TEXT,
        hours_source TEXT NOT NULL DEFAULT '',
        hours_verified TEXT,
        PRIMARY KEY (company_id, channel)
    )""",
    """CREATE TABLE address (
        company_id INTEGER NOT NULL,
        channel TEXT NOT NULL,
        position INTEGER NOT NULL,
        value TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        ars TEXT NOT NULL DEFAULT '',
        max_chars INTEGER CHECK (max_chars IS NULL OR max_chars > 0),
        source TEXT NOT NULL DEFAULT '',
        verified TEXT,
        PRIMARY KEY (company_id, channel, position),
        FOREIGN KEY (company_id, channel)
            REFERENCES channel (company_id, channel) ON DELETE CASCADE
    )""",
    "PRAGMA user_version = 1",
)

MIGRATIONS = (SCHEMA_1,)
COUNT_QUERY = "SELECT count(*) FROM company"

SAMPLE_SOURCE = (
    "원문 기사 「고객센터 연결 안 될 때 대체 접수 방법」: 080-720-8000, 평일 오전 9시부터"
)
SAMPLE_HOURS_SOURCE = (
    "원문 기사 「고객센터 연결 안 될 때 대체 접수 방법」: 평일 오전 9시부터 운영 "
    "(마감과 점심시간은 기사에 없어 흔한 기본값 18:00, 12:00–13:00)"
)


def sample_company() -> Company:
    """The one bundled entry: the source article's example, marked with its source."""
    phone = Address("+82807208000", fact=Fact(SAMPLE_SOURCE))
    entry = ChannelEntry("phone", (phone,), Hours(), Fact(SAMPLE_HOURS_SOURCE))
    return Company("쿠쿠", channels=(entry,), sample=True)


def add_sample(conn: sqlite3.Connection) -> None:
    insert_companies(conn, [(1, sample_company())])


class Listed(NamedTuple):
    """What the list and the search need of a company, without its addresses: its names,
    their spellings for search (in the same order), and the channels it has. (A named tuple:
    ten thousand of them are made each time the list is read.)"""

    id: int
    name: str
    other_names: tuple[str, ...]
    channels: tuple[str, ...]
    sample: bool
    search_keys: tuple[str, ...]
    key: str  # the name's name_key

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.other_names)


_UNIT = "\x1f"  # between names in the list's columns: no name can hold it


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _from_day(value: object) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value))


def insert_companies(conn: sqlite3.Connection, rows: Iterable[tuple[int, Company]]) -> None:
    """Write companies under the given ids, each with its names, channels and addresses."""
    companies, others, channels, addresses = [], [], [], []
    for cid, company in rows:
        companies.append(
            (cid, company.name, company.key, company.note, int(company.sample),
             _UNIT.join(company.names), _UNIT.join(map(search_key, company.names)),
             ",".join(company.channel_ids))
        )  # fmt: skip
        others += [(cid, i, name, name_key(name)) for i, name in enumerate(company.other_names)]
        for entry in company.channels:
            hours = None if entry.hours is None else json.dumps(hours_to_json(entry.hours))
            fact = entry.hours_fact
            channels.append((cid, entry.channel, hours, fact.source, _day(fact.verified)))
            addresses += [
                (cid, entry.channel, i, a.value, a.label, a.ars, a.max_chars, a.fact.source,
                 _day(a.fact.verified))
                for i, a in enumerate(entry.addresses)
            ]  # fmt: skip
    conn.executemany(
        "INSERT INTO company (id, name, name_key, note, sample, list_names, list_keys,"
        " list_channels) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        companies,
    )
    conn.executemany(
        "INSERT INTO other_name (company_id, position, name, name_key) VALUES (?, ?, ?, ?)", others
    )
    conn.executemany(
        "INSERT INTO channel (company_id, channel, hours, hours_source, hours_verified)"
        " VALUES (?, ?, ?, ?, ?)",
        channels,
    )
    conn.executemany(
        "INSERT INTO address (company_id, channel, position, value, label, ars, max_chars,"
        " source, verified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        addresses,
    )


def delete_companies(conn: sqlite3.Connection, ids: Sequence[int]) -> None:
    """Delete companies and, through the foreign keys, everything they hold."""
    conn.executemany("DELETE FROM company WHERE id = ?", [(cid,) for cid in ids])


def next_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM company").fetchone()[0])


_ONE = " WHERE company_id = ?"


def read_companies(conn: sqlite3.Connection, only: int | None = None) -> list[Company]:
    """Every company (or the one with id `only`), with everything it holds, in id order."""
    where, params = ("", ()) if only is None else (_ONE, (only,))
    head = "" if only is None else " WHERE id = ?"
    others: dict[int, list[str]] = defaultdict(list)
    for cid, name in conn.execute(
        "SELECT company_id, name FROM other_name" + where + " ORDER BY company_id, position",
        params,
    ):
        others[cid].append(name)
    addresses: dict[tuple[int, str], list[Address]] = defaultdict(list)
    for cid, channel, value, label, ars, cap, source, verified in conn.execute(
        "SELECT company_id, channel, value, label, ars, max_chars, source, verified FROM address"
        + where
        + " ORDER BY company_id, channel, position",
        params,
    ):
        fact = Fact(source, _from_day(verified))
        addresses[(cid, channel)].append(Address(value, label, ars, cap, fact))
    channels: dict[int, list[ChannelEntry]] = defaultdict(list)
    for cid, channel, hours, source, verified in conn.execute(
        "SELECT company_id, channel, hours, hours_source, hours_verified FROM channel" + where,
        params,
    ):
        parsed = None if hours is None else hours_from_json(json.loads(hours))
        entry = ChannelEntry(
            channel, tuple(addresses[(cid, channel)]), parsed, Fact(source, _from_day(verified))
        )
        channels[cid].append(entry)
    from fallback_desktop.core.domain.channels import CHANNEL_IDS

    order = {cid: i for i, cid in enumerate(CHANNEL_IDS)}
    return [
        Company(
            name,
            tuple(others[cid]),
            tuple(sorted(channels[cid], key=lambda e: order[e.channel])),
            note,
            id=cid,
            sample=bool(sample),
        )
        for cid, name, note, sample in conn.execute(
            "SELECT id, name, note, sample FROM company" + head + " ORDER BY id", params
        )
    ]


_LISTED = (
    "SELECT id, name_key, sample, list_names, list_keys, list_channels FROM company"
    " ORDER BY name_key, id"
)
_FIRST_HANGUL = (
    "SELECT id, name_key, sample, list_names, list_keys, list_channels FROM company"
    " WHERE name_key >= '\u1100' ORDER BY name_key"
)
_FIRST_ALL = (
    "SELECT id, name_key, sample, list_names, list_keys, list_channels FROM company"
    " ORDER BY name_key"
)


def _listed_row(row: tuple[int, str, int, str, str, str]) -> Listed:
    cid, key, sample, names, keys, channels = row
    name, *others = names.split(_UNIT)
    have = tuple(channels.split(",")) if channels else ()
    return Listed(cid, name, tuple(others), have, bool(sample), tuple(keys.split(_UNIT)), key)


def read_listed(conn: sqlite3.Connection) -> list[Listed]:
    """Every company's names and channel ids, without the rest (for the list and the search)."""
    return [_listed_row(row) for row in conn.execute(_LISTED)]


def read_first_listed(conn: sqlite3.Connection, count: int) -> list[Listed]:
    """The first `count` of the list's order — names beginning in Hangul first, each group by
    name_key — read along the name_key index, without reading every company."""
    first: list[Listed] = []
    for hangul in (True, False):
        # Hangul sorts after Latin in code points: the Hangul group starts at the first jamo.
        query = _FIRST_HANGUL if hangul else _FIRST_ALL
        for row in conn.execute(query):
            if (bool(row[1]) and is_hangul(row[1][:1])) == hangul:
                first.append(_listed_row(row))
                if len(first) == count:
                    return first
    return first


def listed_of(company: Company, cid: int) -> Listed:
    keys = tuple(map(search_key, company.names))
    names, channels = company.other_names, company.channel_ids
    return Listed(cid, company.name, names, channels, company.sample, keys, company.key)


def find_ids(conn: sqlite3.Connection, name: str) -> tuple[list[int], list[int]]:
    """(ids whose name is `name`, ids that have it as another name), compared by name_key."""
    key = name_key(name)
    main = [r[0] for r in conn.execute("SELECT id FROM company WHERE name_key = ?", (key,))]
    other = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT company_id FROM other_name WHERE name_key = ?", (key,)
        )
    ]
    return main, other
