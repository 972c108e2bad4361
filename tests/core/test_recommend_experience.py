"""The person's own reply times in the advice: from three recorded replies on a channel, its
median times the channel instead of the published figure, and the advice says so."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from fallback_desktop.core.calendar.business import SEOUL
from fallback_desktop.core.domain.case import make_attempt, make_case
from fallback_desktop.core.domain.situation import Context, Need, Situation, Urgency
from fallback_desktop.core.recommend import experience as mine
from fallback_desktop.core.recommend.experience import Experience, Span, experience_from
from fallback_desktop.core.recommend.ranking import Recommendation, recommend
from fallback_desktop.core.store.cases import CaseStore, recorded_waits
from fallback_desktop.core.text.catalog import render
from fallback_desktop.core.text.lang import Lang
from tests.shared import CALENDAR

TUE_1030 = dt.datetime(2026, 11, 24, 10, 30, tzinfo=SEOUL)  # an ordinary Tuesday morning
HOUR = dt.timedelta(hours=1)
# Email first in the plan (it carries attachments), a reply not needed within the hour.
ATTACHING = Situation(Urgency.WEEK, Context.HOME, TUE_1030, frozenset({Need.ATTACHMENTS}))


def _advice(experience: Mapping[str, Experience | dt.timedelta] | None = None) -> Recommendation:
    return recommend(ATTACHING, calendar=CALENDAR, experience=experience)


def _email(rec: Recommendation) -> dict[str, Any]:
    rows = rec.to_json("en")["ranking"]
    return dict(next(row for row in rows if row["channel"] == "email"))


# --- the threshold and the median ---------------------------------------------------------------


def test_two_replies_are_not_yet_experience() -> None:
    assert experience_from([("email", HOUR), ("email", 3 * HOUR)]) == {}


def test_three_replies_give_their_median() -> None:
    found = experience_from([("email", HOUR), ("email", 30 * HOUR), ("email", 10 * HOUR)])
    assert found == {"email": Experience("email", 10 * HOUR, 3)}
    assert found["email"].minutes == 600


def test_each_channel_needs_its_own_three() -> None:
    waits = [("email", HOUR)] * 3 + [("webform", HOUR)] * 2
    assert set(experience_from(waits)) == {"email"}


def test_a_negative_wait_from_a_hand_edited_file_is_left_out() -> None:
    assert experience_from([("email", HOUR), ("email", HOUR), ("email", -HOUR)]) == {}


def test_the_threshold_is_three_replies() -> None:
    assert mine.REPLIES_NEEDED == 3


def test_the_store_gives_the_waits_the_log_holds(tmp_path: Path) -> None:
    store = CaseStore.open(tmp_path / "cases.sqlite3")
    today = TUE_1030.date()
    opened = today - dt.timedelta(days=7)
    case = make_case(company="가나전자", reply_by=today, today=today, opened_on=opened)
    case = store.add_case(case)
    for hours in (2, 10, 30, 5):
        at = TUE_1030 - dt.timedelta(days=3)
        attempt = make_attempt(
            case, channel="email", at=at, outcome="answered", now=TUE_1030,
            reply_at=at + hours * HOUR,
        )  # fmt: skip
        store.add_attempt(int(case.id or 0), attempt)
    found = experience_from(recorded_waits(store))
    assert found == {"email": Experience("email", 7.5 * HOUR, 4)}
    store.close()


# --- the advice ------------------------------------------------------------------------------


def test_the_median_replaces_the_published_figure_in_the_eta() -> None:
    published = _email(_advice())
    assert published["eta_minutes"] == 24 * 60  # the published figure: about a day
    assert published["experience"] is None
    own = _email(_advice({"email": Experience("email", HOUR, 3)}))
    assert own["eta_minutes"] == 60  # sent 10:30, answered 11:30 in the person's experience
    assert own["experience"] == {"median_minutes": 60, "replies": 3}


def test_a_slow_experience_moves_the_channel_down() -> None:
    assert _advice().ranking[0].channel == "email"
    slow = _advice({"email": Experience("email", dt.timedelta(days=5), 6)})
    assert slow.ranking[0].channel != "email"
    assert _email(slow)["eta_minutes"] > 5 * 24 * 60


def test_a_bare_median_is_accepted_too() -> None:
    own = _email(_advice({"email": 2 * HOUR}))
    assert own["experience"] == {"median_minutes": 120, "replies": 0}
    assert "Your experience: replies on this channel came in about 2 hours" in own["reasons"]


def test_only_the_experienced_channel_changes() -> None:
    before = {r.channel: r.eta_minutes for r in _advice().ranking}
    after = {
        r.channel: r.eta_minutes for r in _advice({"email": Experience("email", HOUR, 3)}).ranking
    }
    assert {c for c in before if before[c] != after[c]} == {"email"}


def test_the_portal_answers_at_once_whatever_the_log_says() -> None:
    rec = _advice({"portal": Experience("portal", 5 * HOUR, 3)})
    portal = next(r for r in rec.ranking if r.channel == "portal")
    assert portal.experience is None
    assert portal.eta_minutes == 0


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ko", "내 경험: 이 창구로는 보통 2일 3시간 만에 답이 왔어요 (기록된 답변 4건)"),
        (
            "en",
            "Your experience: replies on this channel came in about 2 days 3 hours "
            "(4 recorded replies)",
        ),
    ],
)
def test_the_channel_says_it_was_timed_by_experience(lang: Lang, expected: str) -> None:
    rec = _advice({"email": Experience("email", dt.timedelta(days=2, hours=3), 4)})
    email = next(r for r in rec.ranking if r.channel == "email")
    assert render(email.reasons[-1], lang) == expected
    others = [r for r in rec.ranking if r.channel != "email"]
    assert not any(reason.key.startswith("experience.") for r in others for reason in r.reasons)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("ko", "(내 경험: 이 창구로는 보통 1시간 만에 답이 왔어요)"),
        ("en", "(Your experience: replies here came in about 1 hour.)"),
    ],
)
def test_the_plan_step_on_that_channel_says_so(lang: Lang, words: str) -> None:
    rec = _advice({"email": Experience("email", HOUR, 3)})
    texts = {step.channel: render(step.message, lang) for step in rec.plan.steps}
    assert texts["email"].endswith(words)
    assert not any(words in text for channel, text in texts.items() if channel != "email")
    # and the step still expects the reply when the person's replies came: 11:30
    assert "11:30" in texts["email"]


def test_the_follow_up_waits_twice_the_persons_median() -> None:
    urgent_enough = Situation(Urgency.ANYTIME, Context.HOME, TUE_1030, ATTACHING.needs)
    slow = Experience("email", dt.timedelta(hours=60), 3)
    rec = recommend(urgent_enough, calendar=CALENDAR, experience={"email": slow})
    assert rec.plan.steps[0].channel == "email"
    follow_up = rec.plan.steps[1].at
    assert follow_up is not None
    assert follow_up >= TUE_1030 + 2 * slow.median  # not the published two days


def test_the_json_keeps_every_key_and_adds_experience() -> None:
    out = json.loads(json.dumps(_advice({"email": Experience("email", HOUR, 3)}).to_json("ko")))
    keys = {"channel", "rank", "score", "open_now", "eta_minutes", "reasons", "experience"}
    assert all(set(row) == keys for row in out["ranking"])
    assert [row["experience"] is None for row in out["ranking"]].count(False) == 1
    assert set(out) == {"at", "urgency", "context", "needs", "company", "plan", "ranking"}


# --- how a wait is said ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minutes", "ko", "en"),
    [
        (0, "1분", "1 minute"),
        (45, "45분", "45 minutes"),
        (61, "1시간 1분", "1 hour 1 minute"),
        (120, "2시간", "2 hours"),
        (24 * 60, "1일", "1 day"),
        (51 * 60, "2일 3시간", "2 days 3 hours"),
        (25 * 60 + 40, "1일 2시간", "1 day 2 hours"),
    ],
)
def test_a_wait_is_said_the_way_a_person_says_it(minutes: int, ko: str, en: str) -> None:
    assert (Span(minutes).render("ko"), Span(minutes).render("en")) == (ko, en)
