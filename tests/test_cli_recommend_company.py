"""`recommend --company`: the ranking and the plan for one company of the directory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.test_cli_company import run

MONDAY_NIGHT = "2026-11-23T23:00+09:00"
SATURDAY_MORNING = "2026-11-28T10:00+09:00"

CSV = (
    "name,other_names,channel,address,ars,hours,source,verified\r\n"
    "가나전자,,phone,1588-0000,2 → 0,,,\r\n"
    "가나전자,,email,help@example.com,,,,\r\n"
    "다라물산,Dara,phone,080-000-0000,,24h,,\r\n"
    "다라물산,,chat,https://www.example.com/chat,,Mon-Fri 09:00-18:00; Sat 09:00-13:00,,\r\n"
    "마바상사,,email,help@example.org,,,,\r\n"
)


@pytest.fixture
def directory(tmp_path: Path) -> None:
    file = tmp_path / "companies.csv"
    file.write_text(CSV, encoding="utf-8")
    imported = run("company", "import", str(file))
    assert imported.returncode == 0, imported.stderr


def _recommend(company: str, at: str) -> dict[str, Any]:
    result = run("recommend", "--urgency", "now", "--context", "home", "--company", company,
                 "--at", at, "--json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout))


def _row(out: dict[str, Any], channel: str) -> dict[str, Any]:
    return dict(next(r for r in out["ranking"] if r["channel"] == channel))


@pytest.mark.usefixtures("directory")
def test_a_company_without_chat_never_gets_chat() -> None:
    out = _recommend("가나전자", SATURDAY_MORNING)
    assert out["company"] == "가나전자"
    assert sorted(r["channel"] for r in out["ranking"]) == ["email", "phone"]
    assert [r["rank"] for r in out["ranking"]] == [1, 2]
    assert {s["channel"] for s in out["plan"]} <= {None, "phone", "email"}


@pytest.mark.usefixtures("directory")
def test_a_24_hour_line_counts_as_open_at_night() -> None:
    out = _recommend("Dara", MONDAY_NIGHT)  # found by its other name, shown by its name
    assert out["company"] == "다라물산"
    assert sorted(r["channel"] for r in out["ranking"]) == ["chat", "phone"]
    assert _row(out, "phone")["open_now"] is True
    assert _row(out, "chat")["open_now"] is False
    first = out["plan"][0]
    assert (first["when"], first["channel"]) == ("now", "phone")
    assert "080-000-0000" in first["text"]
    assert "free" in first["text"]


@pytest.mark.usefixtures("directory")
def test_saturday_hours_count() -> None:
    out = _recommend("다라물산", SATURDAY_MORNING)
    assert _row(out, "chat")["open_now"] is True
    assert _row(out, "phone")["open_now"] is True


@pytest.mark.usefixtures("directory")
def test_the_phone_step_says_it_costs_and_the_keys() -> None:
    result = run("--lang", "ko", "recommend", "--urgency", "now", "--context", "home",
                 "--company", "가나전자", "--at", "2026-11-24T10:00+09:00")  # fmt: skip
    assert result.returncode == 0, result.stderr
    shown = result.stdout.decode()
    assert "1588-0000" in shown
    assert "유료" in shown
    assert "2 → 0" in shown


@pytest.mark.usefixtures("directory")
def test_a_company_without_a_phone_in_text() -> None:
    result = run("recommend", "--urgency", "today", "--context", "home", "--company", "마바상사",
                 "--at", MONDAY_NIGHT)  # fmt: skip
    assert result.returncode == 0, result.stderr
    shown = result.stdout.decode()
    assert "Company: 마바상사" in shown
    ranking = shown.split("\n\n")[-1].splitlines()
    assert ranking[0].startswith("1. Email")
    assert not any(line.startswith("2. ") for line in ranking)
    assert "☎" not in shown


def test_without_company_every_channel_and_null() -> None:
    result = run("recommend", "--urgency", "now", "--context", "home", "--at", MONDAY_NIGHT,
                 "--json")  # fmt: skip
    out = json.loads(result.stdout)
    assert out["company"] is None
    assert len(out["ranking"]) == 8


def test_the_sample_company_is_known() -> None:
    out = _recommend("쿠쿠", MONDAY_NIGHT)
    assert out["company"] == "쿠쿠"
    assert [r["channel"] for r in out["ranking"]] == ["phone"]


def test_an_unknown_company_is_bad_input() -> None:
    result = run("recommend", "--urgency", "now", "--context", "home", "--company", "없는회사")
    assert result.returncode == 1
    assert result.stdout == b""
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1, lines
    assert "없는회사" in lines[0]
