"""Advice about one company of the directory: only its channels, in its hours, its number named."""

from __future__ import annotations

import datetime as dt
import time

from fallback_desktop.core.calendar.business import SEOUL
from fallback_desktop.core.domain.company import Company
from fallback_desktop.core.domain.company_checks import make_address, make_channel, make_company
from fallback_desktop.core.domain.hours import Hours
from fallback_desktop.core.domain.situation import Context, Situation, Urgency
from fallback_desktop.core.recommend.ranking import recommend
from fallback_desktop.core.text.catalog import render
from tests.shared import CALENDAR

MONDAY_NIGHT = dt.datetime(2026, 11, 23, 23, 0, tzinfo=SEOUL)
SATURDAY_MORNING = dt.datetime(2026, 11, 28, 10, 0, tzinfo=SEOUL)
TUESDAY_MORNING = dt.datetime(2026, 11, 24, 10, 0, tzinfo=SEOUL)

AROUND_THE_CLOCK = Hours.around_the_clock()


def _no_chat() -> Company:
    """Phone (paid, with ARS keys noted) and email; no chat at all."""
    return make_company(
        "가나전자",
        channels=[
            make_channel("phone", [make_address("phone", "1588-0000", ars="2 → 0")]),
            make_channel("email", [make_address("email", "help@example.com")]),
        ],
    )


def _night_line() -> Company:
    """A free 24-hour phone line, and chat on weekdays and Saturday mornings."""
    saturday = Hours(saturday=(dt.time(9, 0), dt.time(13, 0)))
    return make_company(
        "다라물산",
        channels=[
            make_channel("phone", [make_address("phone", "080-000-0000")], AROUND_THE_CLOCK),
            make_channel("chat", [make_address("chat", "https://www.example.com/chat")], saturday),
        ],
    )


def _situation(at: dt.datetime, urgency: Urgency = Urgency.NOW) -> Situation:
    return Situation(urgency, Context.HOME, at)


def test_only_the_companys_channels_are_ranked() -> None:
    rec = recommend(_situation(TUESDAY_MORNING), calendar=CALENDAR, company=_no_chat())
    assert sorted(r.channel for r in rec.ranking) == ["email", "phone"]
    assert [r.rank for r in rec.ranking] == [1, 2]
    assert all(step.channel in (None, "phone", "email") for step in rec.plan.steps)
    assert rec.to_json("en")["company"] == "가나전자"


def test_without_a_company_all_eight_and_no_name() -> None:
    rec = recommend(_situation(TUESDAY_MORNING), calendar=CALENDAR)
    assert len(rec.ranking) == 8
    assert rec.to_json("en")["company"] is None


def test_a_24_hour_line_is_open_at_night() -> None:
    plain = recommend(_situation(MONDAY_NIGHT), calendar=CALENDAR)
    assert not next(r for r in plain.ranking if r.channel == "phone").open_now
    rec = recommend(_situation(MONDAY_NIGHT), calendar=CALENDAR, company=_night_line())
    phone = next(r for r in rec.ranking if r.channel == "phone")
    assert phone.open_now
    assert phone.staffed_at is None
    assert rec.ranking[0].channel == "phone"
    first = rec.plan.steps[0]
    assert (first.when, first.channel) == ("now", "phone")


def test_saturday_hours_count() -> None:
    plain = recommend(_situation(SATURDAY_MORNING), calendar=CALENDAR)
    assert not next(r for r in plain.ranking if r.channel == "chat").open_now
    rec = recommend(_situation(SATURDAY_MORNING), calendar=CALENDAR, company=_night_line())
    chat = next(r for r in rec.ranking if r.channel == "chat")
    assert chat.open_now
    assert chat.staffed_at is None


def test_the_phone_step_names_the_number_its_cost_and_the_keys() -> None:
    rec = recommend(_situation(TUESDAY_MORNING), calendar=CALENDAR, company=_no_chat())
    phone_steps = [s for s in rec.plan.steps if s.channel == "phone"]
    assert phone_steps
    ko = render(phone_steps[0].message, "ko")
    en = render(phone_steps[0].message, "en")
    assert "1588-0000" in ko
    assert "유료" in ko
    assert "2 → 0" in ko
    assert "1588-0000" in en
    assert "charged from a mobile" in en
    assert "2 → 0" in en
    night = recommend(_situation(MONDAY_NIGHT), calendar=CALENDAR, company=_night_line())
    words = render(night.plan.steps[0].message, "en")
    assert "080-000-0000" in words
    assert "free" in words
    assert "ARS" not in words


def test_a_company_without_channels_gets_an_empty_ranking_and_a_plan() -> None:
    rec = recommend(_situation(TUESDAY_MORNING), calendar=CALENDAR, company=make_company("마바"))
    assert rec.ranking == ()
    assert rec.plan.steps[-1].when == "escalate"
    assert rec.to_json("ko")["ranking"] == []


def test_ranking_for_a_company_stays_cheap() -> None:
    company = _night_line()
    recommend(_situation(TUESDAY_MORNING), calendar=CALENDAR, company=company)
    started = time.perf_counter()
    for minute in range(20):
        at = TUESDAY_MORNING + dt.timedelta(minutes=minute)
        recommend(_situation(at, Urgency.TODAY), calendar=CALENDAR, company=company)
    assert (time.perf_counter() - started) / 20 < 0.016
