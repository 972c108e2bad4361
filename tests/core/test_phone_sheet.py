"""The phone sheet: number, cost, ARS keys, hours, the best time to call and the weekday x hour
picture — the same load and advice the recommendation gives, readable as text."""

from __future__ import annotations

import datetime as dt

import pytest

from fallback_desktop.core.calendar.business import SEOUL, BusinessCalendar, Hours
from fallback_desktop.core.domain.company import Company
from fallback_desktop.core.domain.company_checks import make_address, make_channel, make_company
from fallback_desktop.core.recommend.phone_load import LOAD_SOURCE, phone_advice, relative_load
from fallback_desktop.core.text.catalog import render
from fallback_desktop.core.writing.phone_sheet import (
    PhoneSheet,
    day_spans,
    grid_lines,
    load_word,
    phone_sheet,
    phone_sheet_text,
)
from tests.shared import CALENDAR

# A Monday of an ordinary week in November 2026, clear of holidays and of month boundaries.
MONDAY = dt.date(2026, 11, 16)
MONDAY_MORNING = dt.datetime(2026, 11, 16, 10, 30, tzinfo=SEOUL)
SATURDAY_HOURS = Hours(saturday=(dt.time(9), dt.time(13)))


def company(hours: Hours | None = None, ars: str = "", number: str = "080-000-0000") -> Company:
    """A company like the article's sample: one free 080 line (a clearly fake number)."""
    phone = make_address("phone", number, ars=ars)
    return make_company("테스트전자", channels=[make_channel("phone", [phone], hours)])


def sheet(
    target: Company | None, lang: str = "ko", now: dt.datetime = MONDAY_MORNING
) -> PhoneSheet:
    return phone_sheet(target, now, CALENDAR, lang)  # type: ignore[arg-type]


def test_a_free_number_with_its_ars_keys() -> None:
    result = sheet(company(ars="2 → 0"))
    assert result.number == "080-000-0000"
    assert result.cost is not None
    assert render(result.cost, "ko") == "무료(080)"
    assert result.ars == "2 → 0"
    assert result.company == "테스트전자"
    text = phone_sheet_text(result, "ko")
    assert text.splitlines()[0] == "전화: 080-000-0000 · 무료(080)"
    assert "2 → 0 (직접 적어 둔 메모)" in text


def test_a_paid_number_says_so_and_without_keys_the_guideline_is_a_labelled_hint() -> None:
    result = sheet(company(number="1588-0000"), "en")
    text = phone_sheet_text(result, "en")
    assert "1588-0000 · charged from a mobile" in text
    assert "2009 guideline" in text
    assert "not every company follows it" in text


def test_without_a_company_the_number_is_unknown_and_the_defaults_apply() -> None:
    result = sheet(None)
    assert result.number is None
    assert result.cost is None
    assert result.ars == ""
    text = phone_sheet_text(result, "ko")
    assert "회사를 고르면 번호가 나와요" in text.splitlines()[0]
    assert "ARS" not in text  # no hint about keys of a number nobody knows yet
    assert result.hours == render(Hours().describe(), "ko")
    assert result.grid[5] == (None,) * 24
    assert result.grid[6] == (None,) * 24


def test_a_company_without_a_phone_number_is_told_apart_from_no_company() -> None:
    listed = make_company(
        "이메일만", channels=[make_channel("email", [make_address("email", "help@example.com")])]
    )
    text = phone_sheet_text(sheet(listed, "en"), "en")
    assert "not in this company's details yet" in text.splitlines()[0]


def test_the_grid_agrees_with_relative_load_in_an_ordinary_week() -> None:
    for hours in (Hours(), SATURDAY_HOURS, Hours.around_the_clock()):
        result = sheet(company(hours))
        line = CALENDAR.for_hours(hours)
        for weekday in range(7):
            day = MONDAY + dt.timedelta(days=weekday)
            for hour in range(24):
                moment = dt.datetime.combine(day, dt.time(hour), tzinfo=SEOUL)
                assert result.grid[weekday][hour] == relative_load(moment, line), (hours, day, hour)


def test_saturday_hours_show_a_half_day() -> None:
    grid = sheet(company(SATURDAY_HOURS)).grid
    assert [hour for hour in range(24) if grid[5][hour] is not None] == [9, 10, 11, 12]
    assert grid[6] == (None,) * 24
    saturday = "토: 09:00–10:00 한가 · 10:00–11:00 보통 · 11:00–13:00 붐빔"
    assert saturday in phone_sheet_text(sheet(company(SATURDAY_HOURS)), "ko").splitlines()
    assert "토 09:00–13:00" in sheet(company(SATURDAY_HOURS)).hours


def test_a_24_hour_line_is_open_in_every_cell() -> None:
    result = sheet(company(Hours.around_the_clock()), "en")
    assert all(cell is not None for row in result.grid for cell in row)
    lines = phone_sheet_text(result, "en").splitlines()
    sunday = next(line for line in lines if line.startswith("Sun:"))
    assert sunday.startswith("Sun: 00:00–")
    assert sunday.endswith("–24:00 quiet")
    assert "24 hours" in result.hours


def test_the_best_time_is_the_advice_the_card_gives() -> None:
    line = CALENDAR.for_hours(Hours())
    for now in (MONDAY_MORNING, MONDAY_MORNING.replace(hour=22), MONDAY_MORNING.replace(hour=16)):
        expected = render(phone_advice(now, line).message(), "ko")
        assert sheet(company(), now=now).best == expected
        assert f"언제 걸면 좋을까: {expected}" in phone_sheet_text(sheet(company(), now=now), "ko")


def test_the_source_of_the_pattern_is_cited() -> None:
    result = sheet(None, "en")
    assert result.source == render(LOAD_SOURCE, "en")
    assert "Kukinews, 2013" in phone_sheet_text(result, "en")


def test_the_grid_reads_as_words_per_weekday() -> None:
    lines = grid_lines(sheet(company()).grid, "ko")
    assert [line[0] for line in lines] == list("월화수목금토일")
    assert (
        lines[0] == "월: 09:00–10:00 보통 · 10:00–12:00 붐빔 · 13:00–16:00 붐빔 · 16:00–18:00 보통"
    )
    assert lines[2].startswith("수: 09:00–11:00 한가")
    assert lines[6] == "일: 상담 없음"


@pytest.mark.parametrize(
    ("load", "word"), [(0.68, "한가"), (0.95, "보통"), (1.15, "붐빔"), (1.69, "붐빔")]
)
def test_load_words(load: float, word: str) -> None:
    assert render(load_word(load), "ko") == word


def test_a_lunch_gap_splits_a_run_of_the_same_word() -> None:
    row = (None,) * 9 + (1.3, 1.3, 1.3, None, 1.3) + (None,) * 10
    assert day_spans(row, "en") == "09:00–12:00 busy · 13:00–14:00 busy"


def test_the_sheet_is_seen_from_another_offset_as_seoul() -> None:
    utc = MONDAY_MORNING.astimezone(dt.UTC)
    assert sheet(company(), now=utc).best == sheet(company(), now=MONDAY_MORNING).best


def test_the_sample_company_shows_the_article_s_number() -> None:
    from fallback_desktop.core.store.company_rows import sample_company

    text = phone_sheet_text(
        phone_sheet(sample_company(), MONDAY_MORNING, BusinessCalendar(), "ko"), "ko"
    )
    assert text.startswith("전화: 080-720-8000 · 무료(080)\n")
