"""The recommender, judged the way a person would judge its advice."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import pytest

from fallback_desktop.core.calendar.business import SEOUL
from fallback_desktop.core.domain.channels import CHANNEL_IDS
from fallback_desktop.core.domain.situation import Context, Need, Situation, Urgency
from fallback_desktop.core.recommend.ranking import Ranked, Recommendation, recommend
from fallback_desktop.core.text.catalog import Words, msg, render
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.text.timefmt import Duration, Moment
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


def _run(case: Case) -> Recommendation:
    situation = Situation(
        urgency=Urgency(case.urgency),
        context=Context(case.context),
        at=case.at,
        needs=frozenset(Need(n) for n in case.needs),
    )
    return recommend(situation, calendar=CALENDAR)


def _channel(case: Case, channel: str) -> Ranked:
    return next(r for r in _run(case).ranking if r.channel == channel)


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
def test_every_channel_is_explained(case: Case, lang: Lang) -> None:
    for ranked in _run(case).ranking:
        assert 1 <= len(ranked.reasons) <= 3
        words = [render(reason, lang) for reason in ranked.reasons]
        assert all(text.strip() and "{" not in text for text in words)
        if lang == "ko":
            assert all(any("가" <= ch <= "힣" for ch in text) for text in words)


def test_ranks_are_consecutive_and_scores_descend() -> None:
    result = _run(CASES[0])
    assert [r.rank for r in result.ranking] == [1, 2, 3, 4, 5, 6]
    scores = [r.score for r in result.ranking]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= s <= 100 for s in scores)


def test_same_situation_same_answer() -> None:
    assert _run(CASES[5]) == _run(CASES[5])


def test_closed_channel_says_when_it_opens() -> None:
    chat = _channel(Case("", "now", "home", TUE_1230), "chat")
    opens = Moment(seoul(2026, 11, 24, 13, 0), TUE_1230)
    assert chat.reasons[0] == msg("reason.closed_lunch", opens=opens)


@pytest.mark.parametrize(
    ("at", "key", "opens"),
    [
        (TUE_0850, "reason.closed_before", seoul(2026, 11, 24, 9, 0)),
        (TUE_2200, "reason.closed_after", seoul(2026, 11, 25, 9, 0)),
        (SAT_1000, "reason.closed_weekend", seoul(2026, 11, 30, 9, 0)),
    ],
)
def test_a_closed_line_says_why_first(at: dt.datetime, key: str, opens: dt.datetime) -> None:
    phone = _channel(Case("", "week", "home", at), "phone")
    assert phone.reasons[0] == msg(key, opens=Moment(opens, at))


def test_reasons_are_worded_in_each_language() -> None:
    chat = _channel(Case("", "now", "home", TUE_1230), "chat")
    assert render(chat.reasons[0], "ko") == "점심시간이라 오늘 13:00에 다시 엽니다"
    assert render(chat.reasons[0], "en") == "Closed for lunch; opens again today 13:00"
    night = _channel(Case("", "now", "home", FRI_1900), "email")
    assert msg("reason.send_now_staff_later", opens=Moment(seoul(2026, 11, 30, 9), FRI_1900)) in (
        night.reasons
    )
    assert "11월 30일(월) 09:00" in " ".join(render(r, "ko") for r in night.reasons)
    assert "Mon 30 Nov 09:00" in " ".join(render(r, "en") for r in night.reasons)


def test_an_urgent_slow_channel_says_so_with_its_wait() -> None:
    email = _channel(Case("", "now", "home", TUE_1030), "email")
    assert msg("reason.eta_slow", eta=Duration(1440)) in email.reasons
    assert "약 24시간" in " ".join(render(r, "ko") for r in email.reasons)


def test_needs_and_place_are_explained_by_key() -> None:
    sns = _channel(Case("", "today", "home", TUE_1030, ("sensitive",)), "sns")
    assert msg("reason.need_sensitive_poor") in sns.reasons
    phone = _channel(Case("", "today", "work", TUE_1030), "phone")
    assert msg("reason.context_work_poor") in phone.reasons


def test_waiting_for_opening_counts_in_eta() -> None:
    night = {r.channel: r for r in _run(Case("", "now", "home", TUE_2200)).ranking}
    day = {r.channel: r for r in _run(Case("", "now", "home", TUE_1030)).ranking}
    assert night["chat"].eta_minutes == day["chat"].eta_minutes + 11 * 60  # 22:00 -> 09:00
    assert night["portal"].eta_minutes == 0


def test_holiday_is_named_in_the_reason() -> None:
    chat = _channel(Case("", "now", "home", CHUSEOK), "chat")
    assert chat.reasons[0].key == "reason.closed_holiday"
    holiday = chat.reasons[0].get("holiday")
    assert isinstance(holiday, Words)
    assert holiday.ko == "추석"
    assert "추석" in render(chat.reasons[0], "ko")
    assert "Chuseok" in render(chat.reasons[0], "en")


def test_offsets_are_the_same_instant() -> None:
    utc = CASES[0].at.astimezone(dt.UTC)
    a = _run(CASES[0]).to_json("ko")
    b = _run(Case("", "now", "home", utc)).to_json("ko")
    assert a == b
    assert a["at"].endswith("+09:00")


def test_json_shape() -> None:
    data = json.loads(json.dumps(_run(CASES[9]).to_json("en")))
    assert set(data) == {"at", "urgency", "context", "needs", "company", "plan", "ranking"}
    assert data["company"] is None
    assert data["needs"] == ["attachments"]
    assert len(data["ranking"]) == 6
    for item in data["ranking"]:
        assert set(item) == {"channel", "rank", "score", "open_now", "eta_minutes", "reasons"}
        assert isinstance(item["score"], float | int)
        assert isinstance(item["open_now"], bool)
        assert item["eta_minutes"] is None or isinstance(item["eta_minutes"], int)
        assert item["reasons"]
        assert all(isinstance(text, str) for text in item["reasons"])


def test_json_words_the_reasons_in_the_language_asked() -> None:
    result = _run(Case("", "now", "home", TUE_1230))
    chat = {r.channel: r for r in result.ranking}["chat"]
    for lang in ("ko", "en"):
        (item,) = [i for i in result.to_json(lang)["ranking"] if i["channel"] == "chat"]
        assert item["reasons"] == [render(reason, lang) for reason in chat.reasons]
