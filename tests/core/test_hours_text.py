"""Hours in one spreadsheet cell: read as people write them, written so they read back the same."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from fallback_desktop.core.domain.company_checks import settled_hours
from fallback_desktop.core.domain.hours import MIDNIGHT, Hours
from fallback_desktop.core.domain.hours_text import HoursTextError, hours_from_text, hours_to_text

LUNCH = (dt.time(12), dt.time(13))


@pytest.mark.parametrize(
    ("typed", "hours"),
    [
        ("Mon-Fri 09:00-18:00; lunch 12:00-13:00; holidays closed", Hours()),
        ("평일 09:00~18:00; 점심 12:00~13:00; 공휴일 휴무", Hours()),
        ("mon-fri 9:00 – 18:00", Hours(lunch=None)),
        ("24h", Hours.around_the_clock()),
        ("24시간; 공휴일 휴무", Hours.around_the_clock(closed_on_holidays=True)),
        (
            "Mon-Fri 09:00-18:00; lunch 12:00-13:00; Sat 09:00-13:00; holidays closed",
            Hours(saturday=(dt.time(9), dt.time(13))),
        ),
        (
            "월,수-금 10:00-24:00; 공휴일 운영",
            Hours(
                frozenset({0, 2, 3, 4}), dt.time(10), MIDNIGHT, lunch=None, closed_on_holidays=False
            ),
        ),
        ("Sat-Mon 10:00-16:00", Hours(frozenset({5, 6, 0}), dt.time(10), dt.time(16), lunch=None)),
        ("Sat 10:00-14:00", Hours(frozenset({5}), dt.time(10), dt.time(14), lunch=None)),
    ],
)
def test_hours_are_read_as_people_write_them(typed: str, hours: Hours) -> None:
    assert hours_from_text(typed) == hours


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "always",
        "Mon-Fri",
        "Mon-Fri 18:00-09:00",
        "Mon-Fri 09:00-25:00",
        "Funday 09:00-18:00",
        "Mon-Fri 09:00-18:00; Tue 10:00-12:00",
        "24h; Mon 09:00-10:00",
        "lunch 12:00",
    ],
)
def test_hours_that_cannot_be_meant_are_refused(typed: str) -> None:
    with pytest.raises(HoursTextError):
        hours_from_text(typed)


_TIMES = st.builds(dt.time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))


@st.composite
def _hours(draw: st.DrawFn) -> Hours:
    if draw(st.booleans()) and draw(st.booleans()):
        return Hours.around_the_clock(closed_on_holidays=draw(st.booleans()))
    opens, closes = sorted(draw(st.lists(_TIMES, min_size=2, max_size=2, unique=True)))
    if draw(st.booleans()):
        closes = MIDNIGHT
    lunch = None
    if draw(st.booleans()):
        start, end = sorted(draw(st.lists(_TIMES, min_size=2, max_size=2, unique=True)))
        lunch = (start, end)
    saturday = None
    if draw(st.booleans()):
        start, end = sorted(draw(st.lists(_TIMES, min_size=2, max_size=2, unique=True)))
        saturday = (start, end)
    weekdays = frozenset(draw(st.sets(st.integers(0, 6), max_size=7)))
    if not weekdays and saturday is None:
        weekdays = frozenset({0})
    return Hours(weekdays, opens, closes, lunch, draw(st.booleans()), saturday)


@given(_hours())
# Every day around the clock but Saturday short: not "24h" (found by this test).
@example(Hours(frozenset(range(7)), MIDNIGHT, MIDNIGHT, None, False, (MIDNIGHT, dt.time(0, 15))))
def test_written_hours_read_back_the_same(hours: Hours) -> None:
    kept = settled_hours(hours)
    assert kept is not None
    assert hours_from_text(hours_to_text(kept)) == kept
