"""Time words: durations, published ranges and moments, as a person says them in each language."""

from __future__ import annotations

import datetime as dt

import pytest

from fallback_desktop.core.calendar.business import SEOUL
from fallback_desktop.core.text.catalog import msg, render
from fallback_desktop.core.text.timefmt import Duration, Moment, ReplyRange

NOW = dt.datetime(2026, 11, 24, 22, 0, tzinfo=SEOUL)  # a Tuesday evening


@pytest.mark.parametrize(
    ("minutes", "ko", "en"),
    [
        (None, "답이 없을 수 있음", "may never come"),
        (0, "바로", "at once"),
        (5, "약 5분", "about 5 min"),
        (90, "약 2시간", "about 2 h"),
        (1440, "약 24시간", "about 24 h"),
        (2880, "약 2일", "about 2 days"),
    ],
)
def test_durations(minutes: int | None, ko: str, en: str) -> None:
    assert Duration(minutes).render("ko") == ko
    assert Duration(minutes).render("en") == en


@pytest.mark.parametrize(
    ("low", "high", "ko", "en"),
    [
        (0, 0, "즉시", "immediate"),
        (720, 2880, "12시간–2일", "12 h–2 days"),
        (3, None, "3분 이상, 연결 안 될 수도", "3 min+, or never"),
        (60, 60, "1시간", "1 h"),
        (0, 1440, "즉시–24시간", "immediate–24 h"),
    ],
)
def test_reply_ranges(low: int, high: int | None, ko: str, en: str) -> None:
    assert ReplyRange(low, high).render("ko") == ko
    assert ReplyRange(low, high).render("en") == en


@pytest.mark.parametrize(
    ("at", "ko", "en"),
    [
        (NOW.replace(hour=23), "오늘 23:00", "today 23:00"),
        (dt.datetime(2026, 11, 25, 9, 0, tzinfo=SEOUL), "내일 09:00", "tomorrow 09:00"),
        (dt.datetime(2026, 11, 26, 9, 0, tzinfo=SEOUL), "11월 26일(목) 09:00", "Thu 26 Nov 09:00"),
        (dt.datetime(2027, 1, 4, 13, 0, tzinfo=SEOUL), "1월 4일(월) 13:00", "Mon 4 Jan 13:00"),
    ],
)
def test_moments_are_said_from_now(at: dt.datetime, ko: str, en: str) -> None:
    assert Moment(at, NOW).render("ko") == ko
    assert Moment(at, NOW).render("en") == en


def test_a_message_words_its_time_parameters_in_its_own_language() -> None:
    message = msg("reason.eta_fast", eta=Duration(30))
    assert render(message, "ko") == "첫 답변까지 약 30분"
    assert render(message, "en") == "First reply in about 30 min"
    assert message == msg("reason.eta_fast", eta=Duration(30))
    assert message != msg("reason.eta_fast", eta=Duration(31))
