"""The plan above the ranking, and the ranking's honesty, judged as a person would judge them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fallback_desktop.core.calendar.business import SEOUL
from fallback_desktop.core.domain.channels import get_channel
from fallback_desktop.core.domain.hours import Hours
from fallback_desktop.core.domain.situation import Context, Need, Situation, Urgency
from fallback_desktop.core.recommend.plan import Plan, Step
from fallback_desktop.core.recommend.ranked import GROUPS
from fallback_desktop.core.recommend.ranking import Recommendation, recommend
from fallback_desktop.core.recommend.reasons import ORDER_NOTES, has_caveat
from fallback_desktop.core.text.catalog import render
from fallback_desktop.core.text.lang import LANGS
from tests.shared import CALENDAR


def seoul(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=SEOUL)


SUN_2200 = seoul(2026, 11, 22, 22, 0)
MON_0900 = seoul(2026, 11, 23, 9, 0)
TUE_1030 = seoul(2026, 11, 24, 10, 30)
TUE_1230 = seoul(2026, 11, 24, 12, 30)


def advise(
    urgency: str,
    context: str,
    at: dt.datetime,
    needs: tuple[str, ...] = (),
    hours: dict[str, Hours] | None = None,
) -> Recommendation:
    situation = Situation(Urgency(urgency), Context(context), at, frozenset(Need(n) for n in needs))
    return recommend(situation, calendar=CALENDAR, hours=hours)


def words(step: Step, lang: str = "ko") -> str:
    return render(step.message, "ko" if lang == "ko" else "en")


def test_sunday_night_urgent_leaves_a_web_form_now_and_follows_up_at_nine() -> None:
    plan = advise("now", "home", SUN_2200).plan
    assert not plan.in_time
    nothing, write, follow, escalate = plan.steps
    assert (nothing.when, nothing.channel) == ("now", None)
    assert words(nothing).startswith("지금은 답할 수 있는 창구가 없습니다.")
    assert "내일 09:00" in words(nothing)
    assert (write.when, write.channel, write.at) == ("now", "webform", None)
    assert words(write) == (
        "지금 홈페이지의 1:1 문의 게시판에 문의를 남겨 두면 내일 09:00 첫 순서로 처리됩니다."
    )
    assert (follow.when, follow.channel, follow.at) == ("later", "chat", MON_0900)
    assert words(follow).startswith("내일 09:00에 채팅 상담으로 이어서 연락하세요.")
    assert "전화로 하려면" in words(follow)  # the phone, at that day's quietest hour
    assert escalate.when == "escalate"
    assert "Nothing can answer you right now" in words(nothing, "en")


def test_at_work_the_phone_is_never_a_step() -> None:
    for at in (SUN_2200, TUE_1030, TUE_1230, seoul(2026, 9, 25, 10, 0)):
        for urgency in Urgency:
            plan = advise(urgency.value, "work", at).plan
            assert all(step.channel != "phone" for step in plan.steps)
            assert not any("전화" in words(step) for step in plan.steps)
            assert not any("call" in words(step, "en").lower() for step in plan.steps)


def test_an_open_live_channel_now_then_the_case_in_writing() -> None:
    plan = advise("now", "home", TUE_1030).plan
    assert plan.in_time
    now, then, escalate = plan.steps
    assert (now.when, now.channel) == ("now", "chat")
    assert words(now) == "지금 채팅 상담으로 연락하세요. 첫 답변까지 약 5분."
    assert (then.when, then.channel, then.at) == ("later", "webform", None)
    assert "글로 남아 나중에 근거가 됩니다" in words(then)
    assert escalate.when == "escalate"


def test_a_live_channel_back_from_lunch_soon_is_worth_waiting_for() -> None:
    ready, contact, _ = advise("now", "work", TUE_1230).plan.steps
    assert (ready.when, ready.channel) == ("now", "chat")
    assert "준비" in words(ready)
    assert (contact.when, contact.channel, contact.at) == ("later", "chat", seoul(2026, 11, 24, 13))


def test_without_hurry_the_case_goes_in_writing_and_a_late_reply_is_followed_up() -> None:
    plan = advise("week", "home", TUE_1030).plan
    send, follow, escalate = plan.steps
    assert (send.when, send.channel) == ("now", "webform")
    assert "영업일 1–3일" in words(send)
    assert follow.when == "later"
    assert follow.at is not None
    assert follow.at >= seoul(2026, 11, 27, 10, 30)  # three business days after sending
    assert escalate.at is not None
    assert escalate.at > follow.at


def test_a_24_hour_phone_at_night_is_called_now() -> None:
    plan = advise(
        "now", "home", seoul(2026, 11, 24, 3, 0), hours={"phone": Hours.around_the_clock()}
    )
    first = plan.plan.steps[0]
    assert (first.when, first.channel) == ("now", "phone")
    assert words(first).startswith("지금 전화로 연락할 수 있습니다.")


@pytest.mark.parametrize(
    ("context", "phone_number_shown"), [("home", True), ("moving", True), ("work", False)]
)
def test_escalation_is_last_and_goes_to_1372(context: str, phone_number_shown: bool) -> None:
    plan = advise("today", context, SUN_2200).plan
    last = plan.steps[-1]
    assert last.when == "escalate"
    assert last.channel is None
    assert last.at is not None
    assert last.at >= seoul(2026, 11, 26, 9, 0)  # three business days from Monday 09:00
    assert all(step.at is None or step.at < last.at for step in plan.steps[:-1])
    assert "1372" in words(last)
    assert "ccn.go.kr" in words(last)
    assert ("전화 1372" in words(last)) is phone_number_shown


def _plans() -> list[Plan]:
    moments = [SUN_2200, TUE_1030, TUE_1230, seoul(2026, 9, 25, 10), seoul(2026, 11, 24, 19)]
    return [
        advise(urgency.value, context.value, at).plan
        for at in moments
        for urgency in Urgency
        for context in Context
    ]


def test_every_plan_step_is_worded_in_both_languages() -> None:
    for plan in _plans():
        for step in plan.steps:
            for lang in LANGS:
                text = render(step.message, lang)
                assert text.strip()
                assert "{" not in text
                assert "  " not in text
            assert any("가" <= ch <= "힣" for ch in render(step.message, "ko"))


def test_the_plan_says_so_when_nothing_answers_in_time() -> None:
    for plan in _plans():
        first = plan.steps[0]
        if plan.in_time:
            assert first.channel is not None
        else:
            assert first.channel is None
            assert first.message.key.startswith("plan.nothing_")


# --- Properties over any moment, urgency, place, needs and a few company hours --------------

COMPANY_HOURS = [
    {},
    {"chat": Hours(saturday=(dt.time(9), dt.time(13)))},
    {"phone": Hours.around_the_clock()},
    {"chat": Hours(closed_on_holidays=False), "messenger": Hours(lunch=None)},
    {"webform": Hours(weekdays=frozenset(range(6)), opens=dt.time(10), closes=dt.time(17))},
]

situations = st.builds(
    lambda minute, urgency, context, needs, hours: (
        Situation(
            urgency,
            context,
            seoul(2025, 1, 1) + dt.timedelta(minutes=minute),
            frozenset(needs),
        ),
        hours,
    ),
    st.integers(min_value=0, max_value=3 * 365 * 24 * 60),
    st.sampled_from(list(Urgency)),
    st.sampled_from(list(Context)),
    st.sets(st.sampled_from(list(Need))),
    st.sampled_from(COMPANY_HOURS),
)

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(situations)
def test_the_crowned_channel_is_never_slower_than_a_usable_one_without_a_reason(
    drawn: tuple[Situation, dict[str, Hours]],
) -> None:
    situation, hours = drawn
    ranking = recommend(situation, calendar=CALENDAR, hours=hours).ranking
    top = ranking[0]
    assert top.eta_minutes is not None
    top_explains = any(reason.key in ORDER_NOTES for reason in top.reasons)
    for other in ranking[1:]:
        assert other.eta_minutes is not None
        if other.usable and other.eta_minutes < top.eta_minutes:
            assert top_explains or has_caveat(other.reasons), (top, other)


@SETTINGS
@given(situations)
def test_the_ranking_is_honest_about_time_place_and_needs(
    drawn: tuple[Situation, dict[str, Hours]],
) -> None:
    situation, hours = drawn
    result = recommend(situation, calendar=CALENDAR, hours=hours)
    ranking = result.ranking
    groups = [GROUPS.index(r.group) for r in ranking]
    assert groups == sorted(groups)  # nothing late above something in time, and so on
    usable = [r for r in ranking if r.usable]
    if len(usable) >= 2:
        assert ranking[1].usable  # what cannot be used here is never the runner-up
    if situation.context is Context.WORK:
        assert not next(r for r in ranking if r.channel == "phone").usable
    assert result.plan.in_time is any(r.group == "in_time" for r in ranking)
    for ranked in ranking:  # a written reply comes while people are at work
        channel = get_channel(ranked.channel)
        if channel.kind == "written":
            assert ranked.reply_at is not None
            staffed = CALENDAR.for_hours(result.hours[channel.id])
            assert staffed.is_open(ranked.reply_at), ranked


@SETTINGS
@given(situations)
def test_every_plan_can_be_followed(drawn: tuple[Situation, dict[str, Hours]]) -> None:
    situation, hours = drawn
    plan = recommend(situation, calendar=CALENDAR, hours=hours).plan
    assert plan.steps[-1].when == "escalate"
    assert [s.when for s in plan.steps[:-1]] == sorted(
        (s.when for s in plan.steps[:-1]), key=["now", "later"].index
    )
    moments = [s.at for s in plan.steps if s.at is not None]
    assert all(moment >= situation.at for moment in moments)
    assert moments == sorted(moments)
    if situation.context is Context.WORK:
        assert all(step.channel != "phone" for step in plan.steps)
    later = [s for s in plan.steps if s.when == "later" and s.at is not None and s.channel]
    for step in later:  # a "contact them at" moment is one when people are there
        assert step.channel is not None
        assert step.at is not None
        staffed = CALENDAR.for_hours(hours.get(step.channel, get_channel(step.channel).hours))
        assert staffed.is_open(step.at)


@pytest.mark.parametrize("lang", LANGS)
def test_getting_ready_for_a_line_that_opens_soon_says_the_channel_once(lang: str) -> None:
    # Tuesday 12:20, lunch: live lines open again at 13:00.
    rec = advise("today", "work", seoul(2026, 12, 1, 12, 20), ("attachments",))
    first, then = rec.plan.steps[0], rec.plan.steps[1]
    assert first.message.key == "plan.get_ready"
    assert then.when == "later"
    assert then.channel == first.channel
    name = render(get_channel(then.channel or "").name, lang)  # type: ignore[arg-type]
    # The channel is named where it is contacted, not again in the step that prepares for it.
    assert name not in render(first.message, lang)  # type: ignore[arg-type]
