"""Deadlines set by law, counted as the law counts: the 7-day withdrawal window of an online
purchase (whichever day is later), goods unlike their advertisement, and the seller's refund in
Korean business days."""

from __future__ import annotations

import datetime as dt

import pytest

from fallback_desktop.core.calendar.legal_clocks import (
    NOT_ADVICE,
    LegalClock,
    add_months,
    mismatch_clock,
    refund_clock,
    withdrawal_clock,
)
from fallback_desktop.core.text.catalog import render
from tests.shared import CALENDAR

NOV = dt.date(2026, 11, 1)


def day(n: int) -> dt.date:
    """A day of November 2026."""
    return NOV.replace(day=n)


# -- §17①: 7 days from the later of the contract document and the delivery ---------------------


@pytest.mark.parametrize(
    ("contract", "delivered", "last"),
    [
        (day(10), day(20), day(27)),  # delivered later: counted from the delivery
        (day(20), day(10), day(27)),  # the document came later: counted from the document
        (day(20), day(20), day(27)),
        (day(20), None, day(27)),
        (None, day(20), day(27)),
        # The day itself is not counted (민법 §157): 30 November + 7 is 7 December.
        (day(30), None, dt.date(2026, 12, 7)),
    ],
)
def test_the_withdrawal_window_runs_from_the_later_day(
    contract: dt.date | None, delivered: dt.date | None, last: dt.date
) -> None:
    clock = withdrawal_clock(contract, delivered)
    assert clock is not None
    assert clock.deadline == last
    assert clock.article.key == "legal.article.withdrawal"


def test_no_day_no_window() -> None:
    assert withdrawal_clock(None, None) is None


def test_the_article_is_named_in_both_languages() -> None:
    clock = withdrawal_clock(day(10), day(20))
    assert clock is not None
    assert render(clock.article, "ko") == "전자상거래법 제17조 제1항"
    assert "Article 17(1)" in render(clock.article, "en")
    assert "Electronic Commerce" in render(clock.article, "en")


# -- how a deadline stands today ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "key", "ko", "en"),
    [
        (day(20), "legal.deadline.ahead", "7일 남았습니다", "7 days left"),
        (day(26), "legal.deadline.tomorrow", "내일까지", "tomorrow"),
        (day(27), "legal.deadline.today", "오늘이 마지막 날", "Today is the last day"),
        (day(28), "legal.deadline.passed", "이미 지났습니다", "It has passed"),
    ],
)
def test_the_notice_says_how_the_deadline_stands(
    today: dt.date, key: str, ko: str, en: str
) -> None:
    clock = withdrawal_clock(day(10), day(20))
    assert clock is not None
    notice = clock.notice(today)
    assert notice.key == key
    assert clock.has_passed(today) is (today > day(27))
    korean, english = render(notice, "ko"), render(notice, "en")
    assert ko in korean
    assert "2026년 11월 27일" in korean
    assert "제17조 제1항" in korean
    assert en in english
    assert "27 November 2026" in english


def test_guidance_not_advice_is_said_in_so_many_words() -> None:
    assert render(NOT_ADVICE, "ko") == "이 날짜는 안내이며 법률 자문이 아닙니다."
    assert "not legal advice" in render(NOT_ADVICE, "en")


# -- §17③: 3 months of delivery and 30 days of finding out, whichever ends first ---------------


def test_goods_unlike_their_description_take_the_earlier_limit() -> None:
    delivered = dt.date(2026, 1, 10)
    # Found out late: 3 months from delivery ends first.
    late = mismatch_clock(delivered, found_out=dt.date(2026, 3, 30))
    assert late.deadline == dt.date(2026, 4, 10)
    # Found out early: 30 days from finding out ends first.
    early = mismatch_clock(delivered, found_out=dt.date(2026, 1, 20))
    assert early.deadline == dt.date(2026, 2, 19)
    # Not known: the delivery day counts as the day one could have known.
    assert mismatch_clock(delivered).deadline == dt.date(2026, 2, 9)
    assert late.article.key == "legal.article.mismatch"
    assert "제17조 제3항" in render(late.article, "ko")
    assert "Article 17(3)" in render(late.article, "en")


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),
        (dt.date(2026, 11, 30), 3, dt.date(2027, 2, 28)),
        (dt.date(2026, 10, 15), 3, dt.date(2027, 1, 15)),
        (dt.date(2026, 12, 31), 12, dt.date(2027, 12, 31)),
    ],
)
def test_months_are_counted_on_the_calendar(start: dt.date, months: int, end: dt.date) -> None:
    assert add_months(start, months) == end


# -- §18①: the refund within 3 business days ----------------------------------------------------


@pytest.mark.parametrize(
    ("returned", "due"),
    [
        # A Tuesday: Wednesday, Thursday, Friday.
        (dt.date(2025, 3, 11), dt.date(2025, 3, 14)),
        # A Friday: the weekend does not count.
        (dt.date(2025, 3, 14), dt.date(2025, 3, 19)),
        # A Saturday: Monday is the first business day.
        (dt.date(2025, 3, 15), dt.date(2025, 3, 19)),
        # Before 추석 2025: 개천절 (3 Oct), 추석 and its substitute day, 한글날 (9 Oct).
        (dt.date(2025, 10, 2), dt.date(2025, 10, 14)),
        # Before 설날 2026 (16–18 Feb).
        (dt.date(2026, 2, 13), dt.date(2026, 2, 23)),
    ],
)
def test_the_refund_counts_korean_business_days(returned: dt.date, due: dt.date) -> None:
    clock = refund_clock(returned, CALENDAR)
    assert clock.deadline == due
    assert clock.article.key == "legal.article.refund"
    assert render(clock.article, "ko") == "전자상거래법 제18조 제1항"
    assert "Article 18(1)" in render(clock.article, "en")


def test_the_refund_counts_weekdays_even_for_a_calendar_with_saturday_hours() -> None:
    from fallback_desktop.core.domain.hours import Hours

    saturdays = CALENDAR.for_hours(Hours(saturday=(dt.time(9), dt.time(13))))
    # Friday 14 March 2025: Saturday is no business day for the law's count.
    assert refund_clock(dt.date(2025, 3, 14), saturdays).deadline == dt.date(2025, 3, 19)


def test_days_left_count_down_to_below_zero() -> None:
    clock = LegalClock(NOT_ADVICE, NOT_ADVICE, day(27))
    assert [clock.days_left(day(n)) for n in (25, 27, 29)] == [2, 0, -2]
