"""A process killed in the middle of writing the directory leaves it intact: `integrity_check`
passes and it holds the whole change or none of it — after an import, and after an edit.

The child says where it is (after each hundred companies of an import, before each edit), and
the parent kills it with SIGKILL right after reading the line it chose, so every kill lands
while the child is writing. No sleeping: the child's own lines are the clock.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import textwrap
from pathlib import Path

import pytest

from fallback_desktop.core.domain.company_checks import make_address, make_channel, make_company
from fallback_desktop.core.domain.hours import Hours
from fallback_desktop.core.store.directory import Directory, OnConflict
from fallback_desktop.core.store.exchange import ExportFormat, export
from tests.robustness.killing import kill_after

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

KILLS = 12

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from fallback_desktop.core.store.directory import Directory, OnConflict
    from fallback_desktop.core.store.exchange import read_import

    database, mode, source = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    directory = Directory.open(database)
    if mode == "import":
        companies = read_import(source)
        print("start", flush=True)
        directory.merge(companies, OnConflict.REPLACE, progress=lambda n: print(n, flush=True))
        print("done", flush=True)
    else:
        versions = read_import(source) + read_import(Path(sys.argv[4]))
        stored = directory.lookup(versions[0].name)
        for count in range(100_000):
            print("edit", count, flush=True)
            version = versions[count % 2]
            directory.update(type(version)(version.name, version.other_names,
                             version.channels, version.note, id=stored.id))
    """
)


def _companies(prefix: str, count: int, variant: str) -> list:  # type: ignore[type-arg]
    companies = []
    for i in range(count):
        email = make_channel("email", [make_address("email", f"{variant}{i}@example.com")])
        chat = make_channel(
            "chat", [make_address("chat", f"https://www.example.com/{variant}/{i}")], Hours()
        )
        companies.append(make_company(f"{prefix}{i:04d}", [f"{variant}-{i}"], [email, chat]))
    return companies


def _state(database: Path) -> bytes:
    """The whole directory as the app exports it, after checking the file itself."""
    raw = sqlite3.connect(database)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        raw.close()
    directory = Directory.open(database)
    try:
        assert directory.take_notice() is None  # nothing was damaged, nothing set aside
        return export(directory.companies(), ExportFormat.JSON)
    finally:
        directory.close()


def _kill_after(args: list[str], line_number: int) -> list[str]:
    return kill_after(CHILD, args, line_number)


def test_an_import_killed_at_any_point_is_all_or_nothing(tmp_path: Path) -> None:
    database = tmp_path / "companies.sqlite3"
    directory = Directory.open(database)
    directory.merge(_companies("회사", 300, "old"), None)
    directory.close()
    before = _state(database)

    file = tmp_path / "import.json"
    file.write_bytes(export(_companies("회사", 600, "new"), ExportFormat.JSON))
    scratch = Directory.open(tmp_path / "expected.sqlite3")
    scratch.merge(_companies("회사", 300, "old"), None)
    scratch.merge(_companies("회사", 600, "new"), OnConflict.REPLACE)
    after = export(scratch.companies(), ExportFormat.JSON)
    scratch.close()

    chooser = random.Random(20250311)
    outcomes = set()
    for _ in range(KILLS):
        # Lines: "start", then 100, 200, … 600 as the import writes, then "done".
        line = chooser.randint(2, 7)
        seen = _kill_after([str(database), "import", str(file)], line)
        state = _state(database)
        assert state in (before, after), f"killed after {seen[-1]!r}: a partial import"
        if seen[-1] != "600":  # the last hundred may just have been committed
            assert state == before, f"killed after {seen[-1]!r}, before the commit"
        outcomes.add(seen[-1])
    assert len(outcomes) > 1  # the kills landed at different points

    _kill_after([str(database), "import", str(file)], 8)  # after "done": all of it
    assert _state(database) == after


def test_an_edit_killed_at_any_point_is_all_or_nothing(tmp_path: Path) -> None:
    database = tmp_path / "companies.sqlite3"
    phone = make_address("phone", "010-0000-0001", ars="1")
    first = make_company(
        "편집회사",
        ["A-이름"],
        [
            make_channel("phone", [phone], Hours()),
            make_channel("email", [make_address("email", "a@example.com")]),
        ],
    )
    form = make_address("webform", "https://www.example.com/f", max_chars=500)
    chat = make_address("chat", "https://www.example.com/b")
    second = make_company(
        "편집회사",
        ["B-이름", "B-둘"],
        [make_channel("chat", [chat], Hours.around_the_clock()), make_channel("webform", [form])],
        note="B",
    )
    directory = Directory.open(database)
    directory.merge([first, *_companies("이웃", 50, "n")], None)
    directory.close()
    versions = [tmp_path / "first.json", tmp_path / "second.json"]
    versions[0].write_bytes(export([first], ExportFormat.JSON))
    versions[1].write_bytes(export([second], ExportFormat.JSON))

    chooser = random.Random(20250312)
    for _ in range(KILLS):
        args = [str(database), "edit", *map(str, versions)]
        _kill_after(args, chooser.randint(2, 40))
        _state(database)
        directory = Directory.open(database)
        edited = directory.lookup("편집회사")
        assert edited in (first, second), "an edit was half written"
        assert len(directory) == 52
        directory.close()


def test_the_state_check_catches_a_partial_write(tmp_path: Path) -> None:
    """The check above can fail: a change cut in two (outside a transaction) is not either."""
    database = tmp_path / "companies.sqlite3"
    directory = Directory.open(database)
    directory.merge(_companies("회사", 3, "old"), None)
    before = json.loads(_state(database))
    directory.db.conn.execute("DELETE FROM address WHERE company_id = 2")
    directory.close()
    assert json.loads(_state(database)) != before
