"""The plan on the recommendation card: what to do now, next and when, and when to escalate."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from fallback_desktop.core.calendar.business import SEOUL
from fallback_desktop.core.domain.situation import Context, Situation, Urgency
from fallback_desktop.core.recommend.plan import Plan, Step
from fallback_desktop.core.recommend.ranking import Recommendation, recommend
from fallback_desktop.core.text.catalog import msg, render
from fallback_desktop.gui.advise.plan_view import PlanView
from fallback_desktop.gui.advise.recommendation_card import RecommendationCard
from fallback_desktop.gui.i18n import install_language
from fallback_desktop.session import Session
from tests.shared import CALENDAR

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

SUNDAY_NIGHT = dt.datetime(2025, 3, 9, 22, 0, tzinfo=SEOUL)
MONDAY_NINE = dt.datetime(2025, 3, 10, 9, 0, tzinfo=SEOUL)

# Any catalog texts will do for hand-made steps; the plan's own texts come with the planner.
NOTHING_NOW = msg("reason.closed_weekend", opens="Mon 09:00")
SEND_NOW = msg("reason.send_any_hour")
CALL_LATER = msg("reason.phone_busy", quieter="Mon 09:00")
ESCALATE = msg("reason.need_record_good")

IN_TIME = Plan(
    steps=(
        Step("now", "email", None, SEND_NOW),
        Step("later", "phone", MONDAY_NINE, CALL_LATER),
        Step("escalate", None, None, ESCALATE),
    )
)
TOO_LATE = Plan(
    steps=(
        Step("now", None, None, NOTHING_NOW),
        Step("now", "email", None, SEND_NOW),
        Step("later", "chat", MONDAY_NINE, CALL_LATER),
    ),
    in_time=False,
)


def with_plan(plan: Plan, at: dt.datetime = SUNDAY_NIGHT) -> Recommendation:
    rec = recommend(Situation(Urgency.NOW, Context.HOME, at), calendar=CALENDAR)
    return dataclasses.replace(rec, plan=plan)


@pytest.fixture
def card(qtbot: QtBot) -> RecommendationCard:
    widget = RecommendationCard(Session(lang="en", calendar=CALENDAR))
    qtbot.addWidget(widget)
    widget.resize(420, 900)
    widget.show()
    return widget


def plan_of(card: RecommendationCard) -> PlanView:
    found = card.findChild(QWidget, "planView")
    assert isinstance(found, PlanView)
    return found


def shown_lines(view: PlanView) -> list[str]:
    """The texts a person sees in the plan, top to bottom."""
    labels = [w for w in view.findChildren(QLabel) if w.isVisible() and w.text()]
    return [w.text() for w in sorted(labels, key=lambda w: w.y())]


def test_steps_in_order_with_when_each_happens(card: RecommendationCard) -> None:
    card.set_recommendation(with_plan(IN_TIME))
    view = plan_of(card)
    assert view.isVisible()
    assert shown_lines(view) == [
        "What to do",
        "Now",
        render(SEND_NOW, "en"),
        "Then, tomorrow 09:00",
        render(CALL_LATER, "en"),
        "If still nothing",
        render(ESCALATE, "en"),
    ]
    assert not view.is_late()


def test_a_screen_reader_gets_the_whole_plan(card: RecommendationCard) -> None:
    card.set_recommendation(with_plan(IN_TIME))
    view = plan_of(card)
    expected = "\n".join(
        [
            f"Now: {render(SEND_NOW, 'en')}",
            f"Then, tomorrow 09:00: {render(CALL_LATER, 'en')}",
            f"If still nothing: {render(ESCALATE, 'en')}",
        ]
    )
    assert view.text() == expected
    assert view.accessibleName() == expected


def test_when_nothing_answers_in_time_the_first_line_says_so(card: RecommendationCard) -> None:
    card.set_recommendation(with_plan(TOO_LATE))
    view = plan_of(card)
    assert view.is_late()
    first = view.text().splitlines()[0]
    # Plainly: the statement itself, marked, with no "Now" in front of it.
    assert first == f"⚠ {render(NOTHING_NOW, 'en')}"
    assert shown_lines(view)[1] == first
    statement = next(w for w in view.findChildren(QLabel) if w.text() == first)
    assert statement.font().bold()
    assert "Now" in shown_lines(view)[2:]


def test_the_plan_sits_above_the_crowned_channel(card: RecommendationCard) -> None:
    card.set_recommendation(with_plan(IN_TIME))
    crowned = card.findChild(QLabel, "recommendedChannel")
    assert crowned is not None
    view = plan_of(card)
    below_plan = view.mapTo(card, view.rect().bottomLeft()).y()
    assert crowned.mapTo(card, crowned.rect().topLeft()).y() > below_plan


def test_no_plan_no_box(card: RecommendationCard) -> None:
    assert not plan_of(card).isVisible()  # before the first recommendation
    card.set_recommendation(with_plan(Plan(steps=())))
    assert not plan_of(card).isVisible()
    card.set_recommendation(with_plan(IN_TIME))
    assert plan_of(card).isVisible()


def test_a_shorter_plan_leaves_no_old_steps_behind(card: RecommendationCard) -> None:
    card.set_recommendation(with_plan(IN_TIME))
    card.set_recommendation(with_plan(Plan(steps=(Step("now", "email", None, SEND_NOW),))))
    view = plan_of(card)
    assert shown_lines(view) == ["What to do", "Now", render(SEND_NOW, "en")]
    assert view.text() == f"Now: {render(SEND_NOW, 'en')}"


def test_korean_and_back(card: RecommendationCard, qapp: QApplication, qtbot: QtBot) -> None:
    card.set_recommendation(with_plan(TOO_LATE))
    view = plan_of(card)
    install_language(qapp, "ko")
    qtbot.waitUntil(lambda: view.text().startswith(f"⚠ {render(NOTHING_NOW, 'ko')}"))
    assert shown_lines(view)[0] == "이렇게 하세요"
    assert f"지금: {render(SEND_NOW, 'ko')}" in view.text()
    assert f"그다음, 내일 09:00: {render(CALL_LATER, 'ko')}" in view.text()
    assert view.accessibleName() == view.text()
    install_language(qapp, "en")
    qtbot.waitUntil(lambda: view.text().startswith(f"⚠ {render(NOTHING_NOW, 'en')}"))


def test_a_later_step_days_ahead_names_its_day(card: RecommendationCard) -> None:
    friday = dt.datetime(2025, 3, 14, 9, 0, tzinfo=SEOUL)
    plan = Plan(steps=(Step("later", "phone", friday, CALL_LATER),))
    card.set_recommendation(with_plan(plan))
    assert plan_of(card).text().startswith("Then, Fri 14 Mar 09:00: ")


def test_the_planner_s_own_plan_when_nothing_answers_in_time(card: RecommendationCard) -> None:
    rec = recommend(Situation(Urgency.NOW, Context.HOME, SUNDAY_NIGHT), calendar=CALENDAR)
    assert not rec.plan.in_time  # Sunday night: nobody answers within the hour
    card.set_recommendation(rec)
    view = plan_of(card)
    lines = view.text().splitlines()
    assert len(lines) == len(rec.plan.steps)
    assert lines[0] == f"⚠ {render(rec.plan.steps[0].message, 'en')}"
    assert lines[-1] == f"If still nothing: {render(rec.plan.steps[-1].message, 'en')}"
    assert view.accessibleName() == view.text()


def test_the_planner_s_own_plan_in_time(card: RecommendationCard) -> None:
    tuesday = dt.datetime(2025, 3, 11, 10, 30, tzinfo=SEOUL)
    rec = recommend(Situation(Urgency.TODAY, Context.WORK, tuesday), calendar=CALENDAR)
    assert rec.plan.in_time
    card.set_recommendation(rec)
    view = plan_of(card)
    assert not view.is_late()
    assert view.text().startswith(f"Now: {render(rec.plan.steps[0].message, 'en')}")
    assert "⚠" not in view.text()
