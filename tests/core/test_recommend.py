"""The recommender, judged the way a person would judge its advice."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import pytest

from fallback_desktop.core.calendar.business import SEOUL
from fallback_desktop.core.domain.channels import CHANNEL_IDS
from fallback_desktop.core.domain.situation import Context, Need, Situation, Urgency
from fallback_desktop.core.recommend.ranking import Recommendation, recommend
from tests.shared import CALENDAR


def seoul(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=SEOUL)


TUE_1030 = seoul(2026, 11, 24, 10, 30)  # an ordinary Tuesday morning
MON_1130 = seoul(2026, 11, 23, 11, 30)  # Monday, the busiest hour of the week
TUE_1230 = seoul(2026, 11, 24, 12, 30)  # lunch break
TUE_2200 = seoul(2026, 11, 24, 22, 0)  # late evening
SAT_1000 = seoul(2026, 11, 28, 10, 0)  # Saturday
FRI_1900 = seoul(2026, 11, 27, 19, 0)  # Friday evening, weekend ahead
CHUSEOK = seoul(2026, 9, 25, 10, 0)  # 추석 itself, lines closed until Monday 28th
SUBSTITUTE = seoul(2026, 3, 2, 10, 0)  # 삼일절 대체 휴일 (a Monday)
ELECTION = seoul(2026, 6, 3, 11, 0)  # 지방선거일
TUE_0850 = seoul(2026, 11, 24, 8, 50)  # ten minutes before opening


@dataclass(frozen=True)
class Case:
    name: str
    urgency: str
    context: str
    at: dt.datetime
    needs: tuple[str, ...] = ()
    top: tuple[str, ...] = ()  # the best channel is one of these
    never_top: tuple[str, ...] = ()
    above: tuple[tuple[str, str], ...] = ()  # (a, b): a ranks above b
    last: str | None = None
    closed: tuple[str, ...] = ()  # not open now
    open_: tuple[str, ...] = ()
    opens_at: dict[str, dt.datetime] = field(default_factory=dict)


CASES = [
    # Weekday business hours
    Case(
        "home, now, open lines", "now", "home", TUE_1030, top=("chat",), above=(("chat", "email"),)
    ),
    Case(
        "work, now: no talking", "now", "work", TUE_1030, top=("chat",), above=(("chat", "phone"),)
    ),
    Case("moving, now", "now", "moving", TUE_1030, top=("chat", "phone"), never_top=("email",)),
    Case("monday peak: chat beats the phone", "now", "home", MON_1130, top=("chat",)),
    Case("today at home", "today", "home", TUE_1030, top=("chat", "phone")),
    Case("week at home: write, don't wait", "week", "home", TUE_1030, top=("email", "app")),
    Case("anytime at home", "anytime", "home", TUE_1030, top=("email",)),
    Case(
        "work, record",
        "today",
        "work",
        TUE_1030,
        ("record",),
        top=("chat", "email"),
        above=(("email", "phone"),),
    ),
    # Needs
    Case(
        "attachments at home",
        "today",
        "home",
        TUE_1030,
        ("attachments",),
        top=("chat", "email", "app"),
        above=(("email", "phone"), ("email", "portal")),
    ),
    Case(
        "attachments while moving",
        "today",
        "moving",
        TUE_1030,
        ("attachments",),
        top=("chat", "app"),
    ),
    Case(
        "record for a dispute",
        "week",
        "home",
        TUE_1030,
        ("record",),
        top=("email",),
        above=(("email", "sns"), ("email", "phone")),
    ),
    Case("sensitive data: never SNS", "now", "home", TUE_1030, ("sensitive",), last="sns"),
    Case(
        "sensitive on the move at night",
        "now",
        "moving",
        TUE_2200,
        ("sensitive",),
        top=("app",),
        last="sns",
    ),
    Case(
        "sensitive + attachments + record",
        "week",
        "home",
        TUE_1030,
        ("attachments", "record", "sensitive"),
        top=("email",),
        last="portal",
    ),
    Case(
        "attachments: phone and portal at the bottom",
        "today",
        "home",
        TUE_1030,
        ("attachments",),
        above=(("sns", "portal"), ("chat", "phone")),
    ),
    # Lunch
    Case(
        "lunch: chat closed till 13:00",
        "today",
        "home",
        TUE_1230,
        closed=("chat", "phone"),
        open_=("email", "app", "sns", "portal"),
        opens_at={"chat": seoul(2026, 11, 24, 13, 0), "phone": seoul(2026, 11, 24, 13, 0)},
    ),
    Case("lunch, now, at work", "now", "work", TUE_1230, never_top=("phone",)),
    Case("lunch, week, record", "week", "home", TUE_1230, ("record",), top=("email",)),
    # Nights
    Case(
        "night, now, home",
        "now",
        "home",
        TUE_2200,
        closed=("chat", "phone"),
        opens_at={"chat": seoul(2026, 11, 25, 9, 0)},
        never_top=("phone", "sns"),
    ),
    Case("night, week, home", "week", "home", TUE_2200, top=("email",)),
    Case("night, today, work", "today", "work", TUE_2200, never_top=("phone",)),
    Case(
        "before opening",
        "now",
        "home",
        TUE_0850,
        closed=("chat", "phone"),
        opens_at={"phone": seoul(2026, 11, 24, 9, 0)},
        top=("chat",),
    ),
    # Weekends
    Case(
        "saturday, now",
        "now",
        "home",
        SAT_1000,
        closed=("chat", "phone"),
        opens_at={"chat": seoul(2026, 11, 30, 9, 0)},
        never_top=("phone",),
    ),
    Case("saturday, anytime", "anytime", "home", SAT_1000, top=("email",)),
    Case(
        "friday evening, today",
        "today",
        "moving",
        FRI_1900,
        opens_at={"phone": seoul(2026, 11, 30, 9, 0)},
        top=("app",),
    ),
    # Holidays
    Case(
        "chuseok",
        "today",
        "home",
        CHUSEOK,
        closed=("chat", "phone"),
        opens_at={"chat": seoul(2026, 9, 28, 9, 0)},
    ),
    Case("chuseok, record", "today", "work", CHUSEOK, ("record",), top=("email",)),
    Case(
        "substitute holiday",
        "now",
        "home",
        SUBSTITUTE,
        closed=("phone",),
        opens_at={"phone": seoul(2026, 3, 3, 9, 0)},
    ),
    Case(
        "election day",
        "today",
        "home",
        ELECTION,
        closed=("chat",),
        opens_at={"chat": seoul(2026, 6, 4, 9, 0)},
    ),
    # Urgency shifts the balance
    Case("no rush, moving", "anytime", "moving", TUE_1030, top=("app",)),
    Case("week, work", "week", "work", TUE_1030, top=("email", "app"), never_top=("phone",)),
    Case(
        "week at lunch, moving, attachments",
        "week",
        "moving",
        TUE_1230,
        ("attachments",),
        top=("app",),
    ),
]


def _run(case: Case, lang: str = "ko") -> Recommendation:
    situation = Situation(
        urgency=Urgency(case.urgency),
        context=Context(case.context),
        at=case.at,
        needs=frozenset(Need(n) for n in case.needs),
    )
    return recommend(situation, lang, calendar=CALENDAR)  # type: ignore[arg-type]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_advice(case: Case) -> None:
    result = _run(case)
    order = [r.channel for r in result.ranking]
    by_id = {r.channel: r for r in result.ranking}
    assert sorted(order) == sorted(CHANNEL_IDS)
    if case.top:
        assert order[0] in case.top, order
    assert order[0] not in case.never_top, order
    for a, b in case.above:
        assert order.index(a) < order.index(b), order
    if case.last:
        assert order[-1] == case.last, order
    for cid in case.closed:
        assert not by_id[cid].open_now
    for cid in case.open_:
        assert by_id[cid].open_now
    for cid, moment in case.opens_at.items():
        assert by_id[cid].opens_at == moment


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_channel_is_explained(case: Case, lang: str) -> None:
    for ranked in _run(case, lang).ranking:
        assert 1 <= len(ranked.reasons) <= 3
        assert all(reason.strip() and "{" not in reason for reason in ranked.reasons)
        if lang == "ko":
            assert all(any("가" <= ch <= "힣" for ch in r) for r in ranked.reasons)


def test_ranks_are_consecutive_and_scores_descend() -> None:
    result = _run(CASES[0])
    assert [r.rank for r in result.ranking] == [1, 2, 3, 4, 5, 6]
    scores = [r.score for r in result.ranking]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= s <= 100 for s in scores)


def test_same_situation_same_answer() -> None:
    assert _run(CASES[5]) == _run(CASES[5])


def test_closed_channel_says_when_it_opens() -> None:
    chat = next(r for r in _run(Case("", "now", "home", TUE_1230)).ranking if r.channel == "chat")
    assert any("13:00" in reason for reason in chat.reasons)


def test_waiting_for_opening_counts_in_eta() -> None:
    night = {r.channel: r for r in _run(Case("", "now", "home", TUE_2200)).ranking}
    day = {r.channel: r for r in _run(Case("", "now", "home", TUE_1030)).ranking}
    assert night["chat"].eta_minutes == day["chat"].eta_minutes + 11 * 60  # 22:00 -> 09:00
    assert night["portal"].eta_minutes == 0


def test_holiday_is_named_in_the_reason() -> None:
    chat = next(r for r in _run(Case("", "now", "home", CHUSEOK)).ranking if r.channel == "chat")
    assert any("추석" in reason for reason in chat.reasons)


def test_offsets_are_the_same_instant() -> None:
    utc = CASES[0].at.astimezone(dt.UTC)
    a = _run(CASES[0]).to_json()
    b = _run(Case("", "now", "home", utc)).to_json()
    assert a == b
    assert a["at"].endswith("+09:00")


def test_json_shape() -> None:
    data = json.loads(json.dumps(_run(CASES[9]).to_json()))
    assert set(data) == {"at", "urgency", "context", "needs", "ranking"}
    assert data["needs"] == ["attachments"]
    assert len(data["ranking"]) == 6
    for item in data["ranking"]:
        assert set(item) == {"channel", "rank", "score", "open_now", "eta_minutes", "reasons"}
        assert isinstance(item["score"], float | int)
        assert isinstance(item["open_now"], bool)
        assert item["eta_minutes"] is None or isinstance(item["eta_minutes"], int)
