"""Recording an attempt in one click from the letter: which case it joins, the case it opens,
what it refuses in one sentence, and its undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from fallback_desktop.core.calendar.business import BusinessCalendar
from fallback_desktop.core.domain.case import SEOUL, Outcome, make_attempt, make_case
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.store.cases import CaseStore
from fallback_desktop.core.writing.fields import DraftFields
from fallback_desktop.core.writing.letter_case import (
    LetterFacts,
    forget,
    matching_case,
    record_attempt,
)

NOW = dt.datetime(2026, 11, 27, 14, 30, tzinfo=SEOUL)  # a Friday
CALENDAR = BusinessCalendar()


@pytest.fixture
def store(tmp_path: Path) -> CaseStore:
    return CaseStore.open(tmp_path / "cases.sqlite3")


def _facts(**values: object) -> LetterFacts:
    purpose = str(values.pop("purpose", "refund"))
    base: dict[str, object] = {"company": "가나전자", "product": "세탁기 GN-100"}
    return LetterFacts(DraftFields({**base, **values}), purpose)


def _record(store: CaseStore, facts: LetterFacts, outcome: str = "sent", **more: object):  # type: ignore[no-untyped-def]
    channel = str(more.pop("channel", "email"))
    return record_attempt(
        store, facts, channel=channel, outcome=outcome, now=NOW, calendar=CALENDAR, **more
    )  # type: ignore[arg-type]


def test_a_first_letter_opens_a_case_from_its_own_facts(store: CaseStore) -> None:
    facts = _facts(
        order_number="A-2026-118",
        details="두 번째 세탁부터 물이 샙니다.",
        resolution="환불해 주세요.",
        incident_date=dt.date(2026, 11, 20),
        order_date=dt.date(2026, 11, 10),
        delivered_date=dt.date(2026, 11, 12),
        reply_by=dt.date(2026, 12, 4),
    )
    recorded = _record(store, facts)
    assert recorded.created
    case = store.record(recorded.case.id or 0).case
    assert (case.company, case.product) == ("가나전자", "세탁기 GN-100")
    assert (case.order_number, case.purpose) == ("A-2026-118", "refund")
    assert (case.happened, case.wanted) == ("두 번째 세탁부터 물이 샙니다.", "환불해 주세요.")
    assert (case.opened_on, case.reply_by) == (dt.date(2026, 11, 27), dt.date(2026, 12, 4))
    assert (case.incident_date, case.ordered_on, case.delivered_on) == (
        dt.date(2026, 11, 20),
        dt.date(2026, 11, 10),
        dt.date(2026, 11, 12),
    )
    (attempt,) = store.record(case.id or 0).attempts
    assert (attempt.channel, attempt.outcome, attempt.at) == ("email", Outcome.SENT, NOW)


def test_without_a_reply_by_day_the_case_waits_three_korean_business_days(
    store: CaseStore,
) -> None:
    recorded = _record(store, _facts())
    # Friday 27 November 2026: Monday, Tuesday, Wednesday.
    assert recorded.case.reply_by == dt.date(2026, 12, 2)


def test_later_attempts_join_the_open_case_of_the_same_company_and_product(
    store: CaseStore,
) -> None:
    first = _record(store, _facts())
    spaced = _facts(company="  가나전자 ")
    call = _record(store, spaced, "no_answer", channel="phone", wait_seconds=754)
    chat = _record(store, _facts(product=""), "cut_off", channel="chat")
    assert not call.created
    assert not chat.created
    assert call.case.id == chat.case.id == first.case.id
    attempts = store.record(first.case.id or 0).attempts
    assert [(a.channel, a.outcome) for a in attempts] == [
        ("phone", Outcome.NO_ANSWER),
        ("email", Outcome.SENT),
        ("chat", Outcome.CUT_OFF),
    ]
    # A timed call began when the timer started: 12 min 34 s before it was recorded.
    assert attempts[0].at == NOW - dt.timedelta(seconds=754)
    assert attempts[0].wait_seconds == 754


def test_another_product_or_a_resolved_case_starts_a_new_case(store: CaseStore) -> None:
    washer = _record(store, _facts())
    fridge = _record(store, _facts(product="냉장고"))
    assert fridge.created
    assert fridge.case.id != washer.case.id
    _record(store, _facts(), "resolved", channel="phone")
    again = _record(store, _facts())
    assert again.created
    assert again.case.id not in (washer.case.id, fridge.case.id)


def test_the_company_is_matched_whatever_the_letter_case_of_its_latin_name(
    store: CaseStore,
) -> None:
    first = _record(store, _facts(company="Example Shop", product=""))
    assert matching_case(store, _facts(company="example shop")) is not None
    assert not _record(store, _facts(company="EXAMPLE SHOP")).created
    assert matching_case(store, _facts(company="Example Shops")) is None
    assert first.created


def test_what_cannot_be_recorded_is_one_sentence_and_nothing_is_written(
    store: CaseStore,
) -> None:
    with pytest.raises(InputError) as no_company:
        _record(store, _facts(company=""))
    assert no_company.value.field == "company"
    with pytest.raises(InputError) as past:
        _record(store, _facts(reply_by=dt.date(2026, 11, 1)))
    assert past.value.field == "reply_by"
    assert "2026-11-01" in past.value.text("ko")
    with pytest.raises(InputError):
        _record(store, _facts(), "no_answer", channel="phone", wait_seconds=10**6)
    assert len(store) == 0


def test_forgetting_takes_back_the_attempt_and_a_case_opened_for_it(store: CaseStore) -> None:
    first = _record(store, _facts())
    second = _record(store, _facts(), "busy", channel="phone")
    forget(store, second)
    assert [a.outcome for a in store.record(first.case.id or 0).attempts] == [Outcome.SENT]
    forget(store, first)
    assert len(store) == 0


def test_forgetting_keeps_a_new_case_that_got_more_attempts_since(store: CaseStore) -> None:
    first = _record(store, _facts())
    later = make_attempt(
        first.case, channel="phone", at=NOW, outcome="answered", now=NOW + dt.timedelta(hours=1)
    )
    store.add_attempt(first.case.id or 0, later)
    forget(store, first)
    assert [a.outcome for a in store.record(first.case.id or 0).attempts] == [Outcome.ANSWERED]


def test_an_open_case_opened_by_hand_is_found_too(store: CaseStore) -> None:
    by_hand = store.add_case(
        make_case(
            company="가나전자",
            reply_by=dt.date(2026, 11, 30),
            today=NOW.date(),
            opened_on=dt.date(2026, 11, 2),
        )
    )
    recorded = _record(store, _facts())
    assert recorded.case.id == by_hand.id
    assert not recorded.created
