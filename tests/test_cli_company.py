"""`company` on the command line, as a person in a terminal or another program uses it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from fallback_desktop import paths
from fallback_desktop.core.store.directory import DATABASE_NAME


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "fallback_desktop", "--lang", "en", *args],
        capture_output=True,
        env=dict(os.environ),
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )


def _bad_input(result: subprocess.CompletedProcess[bytes]) -> str:
    assert result.returncode == 1
    assert result.stdout == b""
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1, lines  # one sentence
    return lines[0]


CSV = (
    "name,other_names,channel,address,ars,hours,source,verified\r\n"
    "삼성전자,Samsung Electronics|삼전,phone,010-0000-0001,2 → 0,"
    "Mon-Fri 09:00-18:00; Sat 09:00-13:00,영수증,2025-03-11\r\n"
    "삼성전자,,chat,https://www.example.com/chat,,24h,,\r\n"
    "가나전자,,email,help@example.com,,,,\r\n"
)


def test_list_json_has_names_and_channel_addresses(tmp_path: Path) -> None:
    result = run("company", "list", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        {"name": "쿠쿠", "other_names": [], "channels": {"phone": "080-720-8000"}, "sample": True}
    ]


def test_import_then_list_search_and_show(tmp_path: Path) -> None:
    file = tmp_path / "companies.csv"
    file.write_text(CSV, encoding="utf-8")
    imported = run("company", "import", str(file))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.decode().startswith("Imported: 2 added")

    found = json.loads(run("company", "list", "--search", "ㅅㅅㅈㅈ", "--json").stdout)
    assert [c["name"] for c in found] == ["삼성전자"]
    assert found[0]["channels"] == {
        "phone": "010-0000-0001",
        "chat": "https://www.example.com/chat",
    }
    assert json.loads(run("company", "list", "--search", "없는", "--json").stdout) == []
    assert "No company matches." in run("company", "list", "--search", "없는").stdout.decode()

    shown = json.loads(run("company", "show", "samsung electronics", "--json").stdout)
    assert shown["name"] == "삼성전자"
    phone = shown["details"]["phone"]
    assert phone["addresses"][0]["ars"] == "2 → 0"
    assert phone["addresses"][0]["cost"] == "standard"
    assert phone["addresses"][0]["verified"] == "2025-03-11"
    assert phone["hours"]["saturday"] == ["09:00", "13:00"]
    assert shown["details"]["chat"]["hours"] == {
        "around_the_clock": True,
        "closed_on_holidays": False,
    }
    assert shown["details"]["chat"]["addresses"][0]["host"] == "www.example.com"

    text = run("company", "show", "삼전").stdout.decode()
    assert "■ Phone [phone]" in text
    assert "ARS 2 → 0" in text
    assert "www.example.com — https://www.example.com/chat" in text  # the host first


def test_the_language_may_come_last_as_for_every_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "fallback_desktop", "company", "list", "--lang", "ko"],
        capture_output=True,
        env=dict(os.environ),
        timeout=60,
        check=False,
    )
    assert result.stdout.decode() == "쿠쿠 [예시]: 전화 080-720-8000\n"


def test_show_says_where_each_fact_came_from_and_that_it_was_never_checked() -> None:
    text = run("company", "show", "쿠쿠").stdout.decode()
    assert "080-720-8000 · free (080)" in text
    assert "source: 원문 기사" in text
    assert "never verified" in text


def test_an_unknown_company_is_bad_input() -> None:
    assert _bad_input(run("company", "show", "없는회사")) == (
        "There is no company called ‘없는회사’ in the directory."
    )


def test_bad_files_are_refused_in_one_sentence_and_nothing_is_stored(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(CSV + "다라,,webform,javascript:alert(1),,,,\r\n", encoding="utf-8")
    sentence = _bad_input(run("company", "import", str(bad)))
    assert sentence.startswith("Row 5, column D (address): Addresses starting with ‘javascript:’")
    assert _bad_input(run("company", "import", str(tmp_path / "missing.csv")))
    assert [c["name"] for c in json.loads(run("company", "list", "--json").stdout)] == ["쿠쿠"]


def test_a_name_already_taken_needs_a_choice(tmp_path: Path) -> None:
    file = tmp_path / "companies.csv"
    file.write_text(CSV, encoding="utf-8")
    assert run("company", "import", str(file)).returncode == 0
    file.write_text(CSV.replace("help@example.com", "other@example.com"), encoding="utf-8")
    assert "--on-conflict" in _bad_input(run("company", "import", str(file)))
    both = run("company", "import", str(file), "--on-conflict", "both")
    assert both.returncode == 0
    assert "‘가나전자’ was added as ‘가나전자 (2)’." in both.stdout.decode()


def test_export_import_export_is_the_same_file(tmp_path: Path) -> None:
    file = tmp_path / "companies.csv"
    file.write_text(CSV, encoding="utf-8")
    run("company", "import", str(file))
    for fmt in ("csv", "json"):
        first = tmp_path / f"first.{fmt}"
        assert run("company", "export", "--format", fmt, "--output", str(first)).returncode == 0
        assert run("company", "import", str(first)).returncode == 0
        second = run("company", "export", "--format", fmt)
        assert second.stdout == first.read_bytes()
    assert first.read_bytes().startswith(b'{\n  "format": "fallback-desk/companies"')


def test_a_damaged_database_is_set_aside_told_and_its_backup_restored(tmp_path: Path) -> None:
    file = tmp_path / "companies.csv"
    file.write_text(CSV, encoding="utf-8")
    run("company", "import", str(file))  # the import leaves a backup of the sample behind
    database = paths.data_dir() / DATABASE_NAME
    database.write_bytes(b"\x00not a database\x00" * 64)
    listed = run("company", "list", "--json")
    assert listed.returncode == 0
    assert json.loads(listed.stdout)[0]["name"] == "쿠쿠"
    told = listed.stderr.decode()
    assert "was damaged, so a new one was started" in told
    assert "company restore-backup" in told
    restored = run("company", "restore-backup")
    assert restored.returncode == 0, restored.stderr
    assert "was restored" in restored.stdout.decode()
    assert any(".broken-" in p.name for p in database.parent.iterdir())


def test_the_company_commands_never_load_qt() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from fallback_desktop.cli.main import main\n"
        "with contextlib.redirect_stdout(io.TextIOWrapper(io.BytesIO())):\n"
        "    main(['company', 'list', '--json'])\n"
        "    main(['company', 'show', '쿠쿠'])\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))]\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
    assert result.returncode == 0, result.stderr.decode()
