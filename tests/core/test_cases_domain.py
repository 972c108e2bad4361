"""A case and its attempts from what a person typed: hidden characters removed, and what cannot
be right refused with one sentence; the status worked out from the reply-by day and the
attempts."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fallback_desktop.core.domain.case import (
    SEOUL,
    Case,
    CaseRecord,
    Outcome,
    Status,
    make_attempt,
    make_case,
)
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.domain.purposes import PURPOSE_IDS
from fallback_desktop.core.writing.fields import PURPOSES

TODAY = dt.date(2026, 11, 30)
NOW = dt.datetime(2026, 11, 30, 10, 0, tzinfo=SEOUL)


def _case(**changes: object) -> Case:
    values: dict[str, object] = {
        "company": "가나전자",
        "reply_by": dt.date(2026, 11, 27),
        "today": TODAY,
        "opened_on": dt.date(2026, 11, 23),
    }
    return make_case(**{**values, **changes})  # type: ignore[arg-type]


def _sentence(error: pytest.ExceptionInfo[InputError]) -> tuple[str, str]:
    ko, en = error.value.text("ko"), error.value.text("en")
    assert "\n" not in ko
    assert "\n" not in en
    return ko, en


def test_the_purposes_are_the_letters_purposes() -> None:
    assert set(PURPOSE_IDS) == PURPOSES


def test_hidden_characters_are_removed_and_lines_kept_where_they_belong() -> None:
    case = _case(
        company=" 가나\u202e전자\x00 ",
        product="세탁기\r\nXY-100\t",
        happened="첫 줄\r\n둘째 줄\x07\u2028셋째 줄  ",
    )
    assert case.company == "가나전자"
    assert case.product == "세탁기 XY-100"
    assert case.happened == "첫 줄\n둘째 줄\n셋째 줄"
    attempt = make_attempt(
        case,
        channel="phone",
        at=NOW,
        outcome="busy",
        now=NOW,
        reference="A-1\n2",
        notes="메모\x1b[31m\n둘째",
    )
    assert attempt.reference == "A-1 2"
    assert attempt.notes == "메모[31m\n둘째"


def test_a_reference_number_of_5000_characters_is_refused_in_one_sentence() -> None:
    case = _case()
    with pytest.raises(InputError) as error:
        make_attempt(case, channel="phone", at=NOW, outcome="busy", now=NOW, reference="7" * 5000)
    assert error.value.field == "reference"
    ko, en = _sentence(error)
    assert "100자" in ko
    assert "5,000자" in ko
    assert "100 characters" in en
    assert make_attempt(case, channel="phone", at=NOW, outcome="busy", now=NOW, reference="7" * 100)


def test_notes_hold_5000_characters_and_no_more() -> None:
    case = _case()
    make_attempt(case, channel="email", at=NOW, outcome="no_answer", now=NOW, notes="가" * 5000)
    with pytest.raises(InputError) as error:
        make_attempt(case, channel="email", at=NOW, outcome="no_answer", now=NOW, notes="가" * 5001)
    assert error.value.field == "notes"


def test_an_attempt_before_the_case_was_opened_is_refused() -> None:
    case = _case()
    day_before = dt.datetime(2026, 11, 22, 23, 59, tzinfo=SEOUL)
    with pytest.raises(InputError) as error:
        make_attempt(case, channel="phone", at=day_before, outcome="busy", now=NOW)
    ko, _en = _sentence(error)
    assert "2026-11-22 23:59" in ko
    assert "2026-11-23" in ko
    assert error.value.field == "at"
    # The opening day itself, from its first minute in Korea (15:00 the day before in UTC).
    first = dt.datetime(2026, 11, 22, 15, 0, tzinfo=dt.UTC)
    assert make_attempt(case, channel="phone", at=first, outcome="busy", now=NOW).at.hour == 0


def test_an_attempt_in_the_future_is_refused() -> None:
    case = _case()
    later = NOW + dt.timedelta(minutes=1)
    with pytest.raises(InputError) as error:
        make_attempt(case, channel="phone", at=later, outcome="busy", now=NOW)
    assert "2026-11-30 10:01" in _sentence(error)[0]
    assert make_attempt(case, channel="phone", at=NOW, outcome="busy", now=NOW).at == NOW


def test_a_reply_before_its_attempt_or_still_to_come_is_refused() -> None:
    case = _case()
    at = NOW - dt.timedelta(days=2)
    with pytest.raises(InputError, match="reply_before_attempt"):
        make_attempt(
            case,
            channel="email",
            at=at,
            outcome="no_answer",
            now=NOW,
            reply_at=at - dt.timedelta(1),
        )
    with pytest.raises(InputError, match="reply_future"):
        make_attempt(
            case,
            channel="email",
            at=at,
            outcome="no_answer",
            now=NOW,
            reply_at=NOW + dt.timedelta(1),
        )


def test_a_reply_by_day_before_the_incident_is_refused() -> None:
    with pytest.raises(InputError) as error:
        _case(incident_date=dt.date(2026, 11, 20), reply_by=dt.date(2026, 11, 19))
    assert error.value.field == "reply_by"
    ko, en = _sentence(error)
    assert "2026-11-19" in ko
    assert "2026-11-20" in ko
    assert "before the incident" in en
    assert _case(incident_date=dt.date(2026, 11, 20), reply_by=dt.date(2026, 11, 23))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"company": " \x00 "}, "company"),
        ({"purpose": "complaint"}, "purpose"),
        ({"opened_on": dt.date(2026, 12, 1)}, "opened_on"),
        ({"incident_date": dt.date(2026, 12, 1)}, "incident_date"),
        ({"delivered_on": dt.date(2026, 12, 1)}, "delivered_on"),
        (
            {"ordered_on": dt.date(2026, 11, 10), "delivered_on": dt.date(2026, 11, 9)},
            "delivered_on",
        ),
        (
            {"delivered_on": dt.date(2026, 11, 10), "returned_on": dt.date(2026, 11, 9)},
            "returned_on",
        ),
        ({"reply_by": dt.date(2026, 11, 22)}, "reply_by"),
        ({"product": "x" * 201}, "product"),
    ],
)
def test_every_refusal_names_its_field_in_one_sentence(
    changes: dict[str, object], field: str
) -> None:
    with pytest.raises(InputError) as error:
        _case(**changes)
    assert error.value.field == field
    _sentence(error)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"channel": "fax"}, "channel"),
        ({"outcome": "maybe"}, "outcome"),
        ({"wait_seconds": -1}, "wait_seconds"),
    ],
)
def test_an_attempt_of_an_unknown_kind_is_refused(changes: dict[str, object], field: str) -> None:
    values: dict[str, object] = {"channel": "phone", "at": NOW, "outcome": "busy", "now": NOW}
    with pytest.raises(InputError) as error:
        make_attempt(_case(), **{**values, **changes})  # type: ignore[arg-type]
    assert error.value.field == field
    _sentence(error)


def test_a_naive_time_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        make_attempt(
            _case(), channel="phone", at=dt.datetime(2026, 11, 30), outcome="busy", now=NOW
        )


def test_the_status_follows_the_reply_by_day_and_the_answers() -> None:
    case = _case()
    earlier = NOW - dt.timedelta(days=3)

    def attempt(outcome: str, reply_at: dt.datetime | None = None) -> object:
        return make_attempt(
            case, channel="email", at=earlier, outcome=outcome, now=NOW, reply_at=reply_at
        )

    assert CaseRecord(case).status(dt.date(2026, 11, 27)) is Status.WAITING  # the day itself
    assert CaseRecord(case).status(dt.date(2026, 11, 28)) is Status.OVERDUE
    no_answer = (attempt("no_answer"), attempt("callback_promised"), attempt("busy"))
    assert CaseRecord(case, no_answer).status(TODAY) is Status.OVERDUE  # type: ignore[arg-type]
    replied = (attempt("no_answer", reply_at=NOW),)
    assert CaseRecord(case, replied).status(TODAY) is Status.ANSWERED  # type: ignore[arg-type]
    answered = (attempt("answered"),)
    assert CaseRecord(case, answered).status(TODAY) is Status.ANSWERED  # type: ignore[arg-type]
    resolved = (attempt("answered"), attempt("resolved"))
    assert CaseRecord(case, resolved).status(TODAY) is Status.RESOLVED  # type: ignore[arg-type]
    assert Outcome("cut_off") is Outcome.CUT_OFF


@given(st.text(max_size=300))
def test_cleaning_leaves_no_hidden_character_and_is_stable(typed: str) -> None:
    from fallback_desktop.core.domain.case import clean

    for multiline in (False, True):
        cleaned = clean(typed, "notes", multiline=multiline)
        allowed = "\n\t" if multiline else ""  # a tab stays in text of several lines
        assert not [
            c for c in cleaned if unicodedata.category(c) in ("Cc", "Cs") and c not in allowed
        ]
        assert not set(cleaned) & set("\u2028\u2029\u202e\u2066")
        assert clean(cleaned, "notes", multiline=multiline) == cleaned
