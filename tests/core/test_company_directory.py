"""The person's company directory: the sample, add / edit / delete with undo, get, search, merge."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from fallback_desktop import paths
from fallback_desktop.core.domain.company import Company
from fallback_desktop.core.domain.company_checks import make_address, make_channel, make_company
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.domain.hours import Hours
from fallback_desktop.core.store.company_rows import SAMPLE_SOURCE
from fallback_desktop.core.store.directory import DATABASE_NAME, Directory, OnConflict
from fallback_desktop.session import Session


def _directory(tmp_path: Path) -> Directory:
    return Directory.open(tmp_path / "companies.sqlite3")


def _company(name: str, *others: str, email: str = "help@example.com") -> Company:
    channel = make_channel("email", [make_address("email", email, source="영수증")])
    return make_company(name, others, [channel])


def test_a_new_directory_holds_the_article_sample_marked_with_its_source(tmp_path: Path) -> None:
    directory = _directory(tmp_path)
    assert [c.name for c in directory.listed()] == ["쿠쿠"]
    sample = directory.lookup("쿠쿠")
    assert sample.sample
    assert sample.channel_ids == ("phone",)
    phone = sample.phone
    assert phone is not None
    assert phone.shown() == "080-720-8000"
    assert phone.fact.source == SAMPLE_SOURCE
    assert "기사" in phone.fact.source
    assert phone.fact.verified is None
    assert sample.hours["phone"].opens.hour == 9
    assert sample.hours["phone"].weekdays == frozenset(range(5))


def test_a_deleted_sample_stays_deleted(tmp_path: Path) -> None:
    directory = _directory(tmp_path)
    sample = directory.lookup("쿠쿠")
    assert sample.id is not None
    directory.delete(sample.id)
    directory.close()
    assert len(_directory(tmp_path)) == 0


def test_the_database_is_wal_with_foreign_keys_and_a_schema_version(tmp_path: Path) -> None:
    directory = _directory(tmp_path)
    conn = directory.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == directory.db.version == 1


def test_add_edit_delete_and_each_undo(tmp_path: Path) -> None:
    directory = _directory(tmp_path)
    added = directory.add(_company("가나전자", "GANA"))
    assert added.id is not None
    assert directory.get("gana") == added
    edited = make_company("가나전자", ["가나"], [make_channel("phone")])
    edited = Company(edited.name, edited.other_names, edited.channels, id=added.id)
    previous = directory.update(edited)
    assert previous == added
    assert directory.get("가나") == edited
    assert directory.get("GANA") is None
    directory.update(previous)  # undo the edit
    assert directory.get("GANA") == added
    deleted = directory.delete(added.id)
    assert directory.get("가나전자") is None
    assert [c.name for c in directory.search("ㄱㄴ")] == []
    restored = directory.restore(deleted)  # undo the delete
    assert restored.id == added.id
    assert directory.get("가나전자") == added
    assert [c.name for c in directory.search("ㄱㄴ")] == ["가나전자"]


def test_deleting_a_company_deletes_everything_it_holds(tmp_path: Path) -> None:
    directory = _directory(tmp_path)
    added = directory.add(_company("가나전자", "GANA"))
    assert added.id is not None
    directory.delete(added.id)
    conn = directory.db.conn
    for query in (
        "SELECT count(*) FROM other_name WHERE company_id = ?",
        "SELECT count(*) FROM channel WHERE company_id = ?",
        "SELECT count(*) FROM address WHERE company_id = ?",
    ):
        assert conn.execute(query, (added.id,)).fetchone()[0] == 0


def test_a_name_can_be_used_once(tmp_path: Path) -> None:
    directory = _directory(tmp_path)
    directory.add(_company("가나전자"))
    with pytest.raises(InputError) as error:
        directory.add(_company("가나 전자"))
    assert error.value.message.key == "directory.name_taken"
    assert [c.name for c in directory.listed()] == ["가나전자", "쿠쿠"]


def test_an_edited_sample_becomes_the_persons_own(tmp_path: Path) -> None:
    directory = _directory(tmp_path)
    sample = directory.lookup("쿠쿠")
    directory.update(Company("쿠쿠", ("CUCKOO",), sample.channels, id=sample.id))
    assert not directory.lookup("쿠쿠").sample


def test_get_by_name_or_other_name_and_lookup_says_what_is_wrong(tmp_path: Path) -> None:
    directory = _directory(tmp_path)
    directory.add(_company("가나전자", "가나"))
    directory.add(_company("가나통신", "가나"))
    assert directory.get("가나 전자") is not None
    assert directory.get("가나") is None
    with pytest.raises(InputError) as ambiguous:
        directory.lookup("가나")
    assert ambiguous.value.message.key == "directory.ambiguous"
    with pytest.raises(InputError) as unknown:
        directory.lookup("없는회사")
    assert unknown.value.message.key == "directory.unknown"


def test_the_list_puts_korean_names_first_and_search_follows_edits(tmp_path: Path) -> None:
    directory = _directory(tmp_path)
    assert len(directory.listed()) == 1  # read before the changes: it must follow them
    for name in ("Zeta", "나다", "alpha", "가나"):
        directory.add(_company(name))
    assert [c.name for c in directory.listed()] == ["가나", "나다", "쿠쿠", "alpha", "Zeta"]
    assert [c.name for c in directory.search("ㄴㄷ")] == ["나다"]
    renamed = directory.lookup("나다")
    directory.update(Company("하늘", renamed.other_names, renamed.channels, id=renamed.id))
    assert [c.name for c in directory.search("ㄴㄷ")] == []
    assert [c.name for c in directory.listed()] == ["가나", "쿠쿠", "하늘", "alpha", "Zeta"]
    directory.update(renamed)
    directory.close()
    again = _directory(tmp_path)
    assert [c.name for c in again.listed()] == ["가나", "나다", "쿠쿠", "alpha", "Zeta"]
    assert [c.channels for c in again.search("zeta")] == [("email",)]


NAMES = (
    "Zeta",
    "나다",
    "alpha",
    "가나",
    "ㄱ마트",
    "三星商事",
    "7일렌탈",
    "Ärzte",
    "힣힣",
    "ＡＢＣ몰",
)


@pytest.mark.parametrize("count", [1, 3, 5, 11, 12, 50])
def test_the_first_rows_are_the_beginning_of_the_list(tmp_path: Path, count: int) -> None:
    directory = _directory(tmp_path)
    directory.merge([_company(n) for n in NAMES], OnConflict.REPLACE)
    directory.close()
    cold = _directory(tmp_path)  # nothing read yet: the first rows come along the index
    first = list(cold.first_rows(count))
    assert first == list(cold.listed()[:count])
    assert list(cold.first_rows(count)) == first  # and from the list, once it is read


def test_hours_per_channel_come_back_as_stored(tmp_path: Path) -> None:
    directory = _directory(tmp_path)
    chat = make_channel("chat", [make_address("chat", "https://www.example.com/chat")],
                        Hours.around_the_clock())  # fmt: skip
    directory.add(make_company("가나전자", channels=[chat, make_channel("email")]))
    company = directory.lookup("가나전자")
    assert company.hours == {"chat": Hours.around_the_clock()}
    assert company.channel_ids == ("email", "chat")


def test_merge_asks_when_a_name_is_taken_and_honours_each_choice(tmp_path: Path) -> None:
    directory = _directory(tmp_path)
    mine = directory.add(_company("가나전자", email="mine@example.com"))
    theirs = _company("가나전자", email="theirs@example.com")
    new = _company("다라마")
    assert directory.conflicts([theirs, new]) == [mine]
    with pytest.raises(InputError):
        directory.merge([theirs, new], None)
    assert directory.get("다라마") is None  # nothing half-imported

    kept = directory.merge([theirs, new], OnConflict.KEEP)
    assert (kept.added, kept.kept) == (1, 1)
    assert directory.get("가나전자") == mine
    replaced = directory.merge([theirs], OnConflict.REPLACE)
    assert replaced.replaced == 1
    assert directory.get("가나전자") == theirs
    both = directory.merge([mine], OnConflict.BOTH)
    assert both.renamed == (("가나전자", "가나전자 (2)"),)
    assert directory.get("가나전자 (2)") is not None
    again = directory.merge([theirs, new], None)  # identical: nothing to choose
    assert again.unchanged == 2


def test_an_import_replaces_the_untouched_sample_without_asking(tmp_path: Path) -> None:
    directory = _directory(tmp_path)
    mine = _company("쿠쿠")
    assert directory.conflicts([mine]) == []
    assert directory.merge([mine], None).replaced == 1
    assert directory.lookup("쿠쿠") == mine


def test_merge_backs_up_first_and_the_backup_can_be_restored(tmp_path: Path) -> None:
    directory = _directory(tmp_path)
    directory.merge([_company("쿠쿠", email="x@example.com")], None)
    backup = directory.last_backup()
    assert backup is not None
    assert backup.rows == 1
    directory.restore_backup()
    assert directory.lookup("쿠쿠").sample  # as it was before the import
    assert [c.name for c in directory.search("ㅋㅋ")] == ["쿠쿠"]


def test_merge_reports_progress_while_writing(tmp_path: Path) -> None:
    directory = _directory(tmp_path)
    seen: list[int] = []
    companies = [_company(f"회사{i:03d}") for i in range(250)]
    directory.merge(companies, None, progress=seen.append)
    assert seen == [100, 200, 250]
    assert len(directory) == 251


def test_the_session_opens_the_directory_only_when_asked(tmp_path: Path) -> None:
    session = Session(lang="en")
    database = paths.data_dir() / DATABASE_NAME
    assert not session.directory_is_open
    assert not database.exists()
    assert session.directory.lookup("쿠쿠").sample
    assert session.directory_is_open
    assert database.exists()


def test_two_connections_see_each_others_changes(tmp_path: Path) -> None:
    first, second = _directory(tmp_path), _directory(tmp_path)
    assert [c.name for c in second.search("ㄱㄴ")] == []  # the list is read and kept
    first.add(_company("가나전자"))
    assert second.get("가나전자") is not None
    assert [c.name for c in second.search("ㄱㄴ")] == ["가나전자"]  # and read again
    first.merge([_company("다라")], None)
    assert [c.name for c in second.listed()] == ["가나전자", "다라", "쿠쿠"]
    with sqlite3.connect(tmp_path / "companies.sqlite3") as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
