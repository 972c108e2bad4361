"""The bundled holiday table: same answers as `holidays`, without loading it for covered years."""

from __future__ import annotations

import copy
import datetime as dt
import json
import logging
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fallback_desktop.core.calendar import business as business_calendar
from fallback_desktop.core.calendar import holidays as holiday_table
from fallback_desktop.core.calendar.business import BusinessCalendar
from fallback_desktop.core.calendar.holidays import (
    FIRST_YEAR,
    LAST_YEAR,
    library_holidays,
    parse_table,
    shipped_table,
    table_path,
)
from fallback_desktop.core.text.lang import Lang
from tools.holidays import build_document, render

ROOT = Path(__file__).resolve().parents[2]
LANGS: tuple[Lang, ...] = ("ko", "en")


def committed_document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(table_path().read_text(encoding="utf-8"))
    return document


def test_the_bundled_table_is_what_the_installed_holidays_package_gives() -> None:
    built = render(build_document())
    committed = table_path().read_text(encoding="utf-8")
    assert committed == built, (
        f"{table_path()} differs from what holidays {build_document()['holidays_version']} gives"
        f" (the file came from {committed_document().get('holidays_version')});"
        " run `make holidays` and commit the result"
    )


def test_the_bundled_table_records_its_source_and_years() -> None:
    document = committed_document()
    assert document["first_year"] == FIRST_YEAR
    assert document["last_year"] == LAST_YEAR
    assert document["holidays_version"]
    assert "make holidays" in document["source"]
    years = {dt.date.fromisoformat(day).year for day in document["days"]}
    assert years == set(range(FIRST_YEAR, LAST_YEAR + 1))


@pytest.mark.parametrize("year", range(FIRST_YEAR, LAST_YEAR + 1))
def test_every_covered_year_matches_the_library_in_both_languages(year: int) -> None:
    table = shipped_table()
    assert table is not None
    assert table.covers(year)
    for lang in LANGS:
        assert table.names(year, lang) == library_holidays(year, lang)


KNOWN_DAYS = [
    (dt.date(2026, 9, 25), "추석", "Chuseok"),
    (dt.date(2026, 9, 24), "추석 전날", "The day preceding Chuseok"),
    (dt.date(2025, 10, 8), "추석 대체 휴일", "Alternative holiday for Chuseok"),
    (dt.date(2026, 3, 2), "삼일절 대체 휴일", "Alternative holiday for Independence Movement Day"),
    (dt.date(2026, 6, 3), "지방선거일", "Local Election Day"),
    (dt.date(2026, 5, 1), "노동절", "Labor Day"),
    (dt.date(2028, 10, 3), "개천절; 추석", "Chuseok; National Foundation Day"),
]


@pytest.mark.parametrize(("day", "ko", "en"), KNOWN_DAYS)
def test_known_days_are_named_from_the_table_without_the_library(
    monkeypatch: pytest.MonkeyPatch, day: dt.date, ko: str, en: str
) -> None:
    def refuse(year: int, lang: Lang) -> dict[dt.date, str]:
        raise AssertionError(f"the library was asked about {year} ({lang})")

    monkeypatch.setattr(business_calendar, "library_holidays", refuse)
    calendar = BusinessCalendar(overrides={})
    assert calendar.holiday_name(day, "ko") == ko
    assert calendar.holiday_name(day, "en") == en
    assert not calendar.is_business_day(day)
    assert calendar.is_business_day(dt.date(2026, 11, 24))


def test_covered_years_do_not_import_holidays_and_the_table_is_read_lazily() -> None:
    script = textwrap.dedent(
        """
        import datetime as dt
        import sys

        from fallback_desktop.core.calendar import holidays as holiday_table
        from fallback_desktop.core.calendar.business import BusinessCalendar

        read_at_import = holiday_table._read_table.cache_info().currsize
        calendar = BusinessCalendar()
        chuseok = calendar.holiday_name(dt.date(2026, 9, 25), "ko")
        working = calendar.is_business_day(dt.date(2026, 11, 24))
        closed = calendar.is_business_day(dt.date(2026, 6, 3))
        after_2026 = sorted(name for name in sys.modules if name.split(".")[0] == "holidays")
        calendar.holiday_name(dt.date(2050, 9, 30), "ko")
        after_2050 = "holidays" in sys.modules
        print(read_at_import, chuseok, working, closed, after_2026, after_2050)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # The last value shows the check itself can see `holidays` once a far year needs it.
    assert result.stdout.split() == ["0", "추석", "True", "False", "[]", "True"], result.stdout


@pytest.mark.parametrize(
    ("day", "ko", "en"),
    [
        (dt.date(2012, 9, 30), "추석", "Chuseok"),
        (dt.date(2012, 12, 19), "대통령 선거일", "Presidential Election Day"),
        (dt.date(2050, 1, 25), "설날 대체 휴일", "Alternative holiday for Korean New Year"),
        (dt.date(2050, 9, 30), "추석", "Chuseok"),
    ],
)
def test_years_outside_the_table_ask_the_library(
    monkeypatch: pytest.MonkeyPatch, day: dt.date, ko: str, en: str
) -> None:
    table = shipped_table()
    assert table is not None
    assert not table.covers(day.year)
    asked: list[tuple[int, Lang]] = []

    def spy(year: int, lang: Lang) -> dict[dt.date, str]:
        asked.append((year, lang))
        return library_holidays(year, lang)

    monkeypatch.setattr(business_calendar, "library_holidays", spy)
    calendar = BusinessCalendar(overrides={})
    assert calendar.holiday_name(day, "ko") == ko
    assert calendar.holiday_name(day, "en") == en
    assert not calendar.is_business_day(day)
    assert asked == [(day.year, "ko"), (day.year, "en")]


def _without_english(document: dict[str, Any]) -> dict[str, Any]:
    broken = copy.deepcopy(document)
    del broken["days"]["2026-09-25"]["en"]
    return broken


def _with_a_day_outside(document: dict[str, Any]) -> dict[str, Any]:
    broken = copy.deepcopy(document)
    broken["days"]["2099-01-01"] = {"ko": "신정연휴", "en": "New Year's Day"}
    return broken


def _with_a_year_missing(document: dict[str, Any]) -> dict[str, Any]:
    broken = copy.deepcopy(document)
    broken["days"] = {key: names for key, names in document["days"].items() if key[:4] != "2026"}
    return broken


def _years_backwards(document: dict[str, Any]) -> dict[str, Any]:
    return {**document, "first_year": LAST_YEAR, "last_year": FIRST_YEAR}


def _bad_date(document: dict[str, Any]) -> dict[str, Any]:
    broken = copy.deepcopy(document)
    broken["days"]["2026-02-30"] = {"ko": "없는 날", "en": "No such day"}
    return broken


def _as_bytes(change: Callable[[dict[str, Any]], Any]) -> Callable[[], bytes]:
    return lambda: json.dumps(change(committed_document()), ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize(
    "content",
    [
        None,
        lambda: b"",
        lambda: b'{"days": {"2026-09-25": {"en": "Chu',
        lambda: b"\xff\xfe\x00broken",
        lambda: b"[1, 2]",
        _as_bytes(lambda document: {**document, "days": ["2026-09-25"]}),
        _as_bytes(_without_english),
        _as_bytes(_with_a_day_outside),
        _as_bytes(_with_a_year_missing),
        _as_bytes(_years_backwards),
        _as_bytes(_bad_date),
    ],
    ids=[
        "missing",
        "empty",
        "cut off",
        "not utf-8",
        "a list",
        "days not an object",
        "a name missing",
        "a day outside the years",
        "a year missing",
        "years backwards",
        "impossible date",
    ],
)
def test_a_missing_or_garbled_table_falls_back_to_the_library_with_one_warning(
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
    content: Callable[[], bytes] | None,
) -> None:
    path = tmp_path / "kr_public_holidays.json"
    if content is not None:
        path.write_bytes(content())
    monkeypatch.setattr(holiday_table, "table_path", lambda: path)
    caplog.set_level(logging.WARNING, logger=holiday_table.__name__)

    for _ in range(2):
        calendar = BusinessCalendar(overrides={})
        assert calendar.holiday_name(dt.date(2026, 9, 25), "ko") == "추석"
        assert calendar.holiday_name(dt.date(2026, 9, 25), "en") == "Chuseok"
        assert (
            calendar.holiday_name(dt.date(2027, 2, 9), "en")
            == "Alternative holiday for Korean New Year"
        )
        assert not calendar.is_business_day(dt.date(2026, 6, 3))
        assert calendar.is_business_day(dt.date(2026, 11, 24))

    warnings = [r for r in caplog.records if r.name == holiday_table.__name__]
    assert len(warnings) == 1, caplog.text
    assert str(path) in warnings[0].getMessage()


def test_a_missing_resources_folder_falls_back_to_the_library_with_one_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    reason = f"no resources under {tmp_path}"

    def no_resources() -> Path:
        raise FileNotFoundError(reason)

    monkeypatch.setattr(holiday_table, "table_path", no_resources)
    caplog.set_level(logging.WARNING, logger=holiday_table.__name__)
    for year in (2026, 2027):
        assert shipped_table() is None
        calendar = BusinessCalendar(overrides={})
        assert calendar.holiday_name(dt.date(year, 1, 1), "en") == "New Year's Day"
    warnings = [r for r in caplog.records if r.name == holiday_table.__name__]
    assert len(warnings) == 1, caplog.text
    assert reason in warnings[0].getMessage()


def test_the_table_is_parsed_once() -> None:
    assert shipped_table() is shipped_table()


def test_overrides_still_win_over_the_table() -> None:
    names = {"ko": "임시공휴일", "en": "Temporary holiday"}
    calendar = BusinessCalendar(overrides={dt.date(2026, 9, 25): names})
    assert calendar.holiday_name(dt.date(2026, 9, 25), "ko") == "임시공휴일"
    assert calendar.holiday_name(dt.date(2026, 9, 25), "en") == "Temporary holiday"


def test_render_is_sorted_one_line_per_day_and_reads_back() -> None:
    document = {
        "source": "test",
        "last_year": 2026,
        "first_year": 2026,
        "holidays_version": "0",
        "days": {
            "2026-09-25": {"ko": "추석", "en": "Chuseok"},
            "2026-01-01": {"ko": "신정연휴", "en": "New Year's Day"},
        },
    }
    text = render(document)
    assert json.loads(text) == document
    assert text.splitlines() == [
        "{",
        '  "days": {',
        '    "2026-01-01": {"en": "New Year\'s Day", "ko": "신정연휴"},',
        '    "2026-09-25": {"en": "Chuseok", "ko": "추석"}',
        "  },",
        '  "first_year": 2026,',
        '  "holidays_version": "0",',
        '  "last_year": 2026,',
        '  "source": "test"',
        "}",
    ]
    table = parse_table(json.loads(text))
    assert table.names(2026, "ko") == {
        dt.date(2026, 1, 1): "신정연휴",
        dt.date(2026, 9, 25): "추석",
    }
    assert table.names(2027, "en") == {}
