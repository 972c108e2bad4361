"""The recommendation card: the best channel now, why, when, the runner-up and what to prepare."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from fallback_desktop.core.calendar.business import SEOUL
from fallback_desktop.core.domain.channels import get_channel
from fallback_desktop.core.domain.situation import Context, Situation, Urgency
from fallback_desktop.core.recommend.phone_load import LOAD_SOURCE
from fallback_desktop.core.recommend.ranking import Ranked, Recommendation, recommend
from fallback_desktop.core.text.catalog import msg, render, render_list
from fallback_desktop.gui.advise.recommendation_card import RecommendationCard
from fallback_desktop.gui.i18n import install_language
from fallback_desktop.session import Session
from tests.shared import CALENDAR

from .conftest import TUESDAY_MORNING

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

TUESDAY_NIGHT = dt.datetime(2025, 3, 11, 22, 0, tzinfo=SEOUL)
WEDNESDAY_NINE = dt.datetime(2025, 3, 12, 9, 0, tzinfo=SEOUL)


@pytest.fixture
def card(qtbot: QtBot) -> RecommendationCard:
    widget = RecommendationCard(Session(lang="en", calendar=CALENDAR))
    qtbot.addWidget(widget)
    widget.resize(420, 700)
    widget.show()
    return widget


def label(card: RecommendationCard, name: str) -> QLabel:
    found = card.findChild(QLabel, name)
    assert found is not None, name
    return found


# Any reason will do where a test is about something else.
R = msg("reason.send_any_hour")


def made(at: dt.datetime, *rows: Ranked) -> Recommendation:
    return Recommendation(Situation(Urgency.NOW, Context.HOME, at), rows)


def test_before_any_recommendation_it_says_it_is_working(card: RecommendationCard) -> None:
    assert label(card, "recommendedChannel").text() == "Working it out…"
    assert not label(card, "recommendedChannel").property("channelId")


def test_top_channel_big_with_its_id_reasons_runner_up_and_tips(card: RecommendationCard) -> None:
    situation = Situation(Urgency.TODAY, Context.WORK, TUESDAY_MORNING)
    rec = recommend(situation, calendar=CALENDAR)
    card.set_recommendation(rec)
    top, second = rec.ranking[0], rec.ranking[1]
    title = label(card, "recommendedChannel")
    assert title.text() == render(get_channel(top.channel).name, "en")
    assert title.property("channelId") == top.channel
    assert title.font().pointSizeF() > 1.5 * card.font().pointSizeF()
    assert title.font().bold()
    reasons = label(card, "recommendedReasons").text()
    assert all(render(reason, "en") in reasons for reason in top.reasons)
    runner_up = label(card, "runnerUp").text()
    assert render(get_channel(second.channel).name, "en") in runner_up
    assert render(second.reasons[0], "en") in runner_up
    tips = label(card, "recommendedTips")
    assert tips.isVisible()
    assert tips.text().count("✓") == len(render_list(get_channel(top.channel).tips, "en"))


def test_closed_top_channel_says_when_it_opens(card: RecommendationCard) -> None:
    opens = dt.datetime(2025, 3, 12, 9, 0, tzinfo=SEOUL)
    rec = made(
        TUESDAY_NIGHT,
        Ranked("chat", 1, 0.9, False, 665, (msg("reason.closed_after", opens=opens),), opens),
        Ranked("email", 2, 0.8, True, 1440, (msg("reason.need_record_good"),), None),
    )
    card.set_recommendation(rec)
    status = label(card, "recommendedStatus").text()
    assert "Closed now" in status
    assert "tomorrow 09:00" in status
    assert "about 11 h" in status
    assert not label(card, "phoneAdvice").isVisible()


def test_any_hour_channel_can_be_sent_now(card: RecommendationCard) -> None:
    rec = made(TUESDAY_NIGHT, Ranked("email", 1, 0.9, True, 1440, (R,), None))
    card.set_recommendation(rec)
    assert label(card, "recommendedStatus").text().startswith("You can send it now")


def test_closed_phone_tells_the_hours_until_it_opens(card: RecommendationCard) -> None:
    rec = made(
        TUESDAY_NIGHT,
        Ranked("email", 1, 0.9, True, 1440, (R,), None),
        Ranked("phone", 2, 0.5, False, 680, (R,), WEDNESDAY_NINE),
    )
    card.set_recommendation(rec)
    phone = label(card, "phoneAdvice")
    assert phone.isVisible()
    assert phone.text() == "☎ The phone line opens tomorrow 09:00 (about 11 h from now)."
    assert phone.toolTip() == render(LOAD_SOURCE, "en")


def test_open_phone_suggests_a_quieter_hour(card: RecommendationCard) -> None:
    monday_noon = dt.datetime(2025, 3, 10, 11, 30, tzinfo=SEOUL)
    rec = made(monday_noon, Ranked("phone", 1, 0.9, True, 10, (R,), None))
    card.set_recommendation(rec)
    phone = label(card, "phoneAdvice")
    assert phone.isVisible()
    # Monday late morning is the busiest time: a later, quieter slot that day is suggested.
    assert phone.text() == "☎ The lines are busy now. A quieter time to call: today 17:00."
    assert phone.toolTip() == render(LOAD_SOURCE, "en")


def test_no_phone_advice_when_phone_is_not_in_the_top_two(card: RecommendationCard) -> None:
    rec = made(
        TUESDAY_MORNING,
        Ranked("chat", 1, 0.9, True, 5, (R,), None),
        Ranked("email", 2, 0.8, True, 1440, (R,), None),
        Ranked("phone", 3, 0.5, True, 10, (R,), None),
    )
    card.set_recommendation(rec)
    assert not label(card, "phoneAdvice").isVisible()


def test_korean(card: RecommendationCard, qapp: QApplication, qtbot: QtBot) -> None:
    install_language(qapp, "ko")
    heading = label(card, "cardHeading")
    qtbot.waitUntil(lambda: heading.text() == "지금 가장 좋은 연락 방법")
    rec = recommend(Situation(Urgency.TODAY, Context.HOME, TUESDAY_NIGHT), calendar=CALENDAR)
    card.set_recommendation(rec)
    top = rec.ranking[0]
    assert label(card, "recommendedChannel").text() == render(get_channel(top.channel).name, "ko")
    assert label(card, "runnerUp").text().startswith("다음으로 좋은 방법")
    assert render(top.reasons[0], "ko") in label(card, "recommendedReasons").text()


def test_a_language_switch_rewords_what_is_on_show(
    card: RecommendationCard, qapp: QApplication, qtbot: QtBot
) -> None:
    rec = recommend(Situation(Urgency.TODAY, Context.HOME, TUESDAY_NIGHT), calendar=CALENDAR)
    card.set_recommendation(rec)
    reasons = label(card, "recommendedReasons")
    top = rec.ranking[0]
    assert reasons.text().startswith(f"• {render(top.reasons[0], 'en')}")
    install_language(qapp, "ko")
    qtbot.waitUntil(lambda: reasons.text().startswith(f"• {render(top.reasons[0], 'ko')}"))
    assert label(card, "recommendedChannel").text() == render(get_channel(top.channel).name, "ko")


def test_a_ranking_without_channels_says_so(card: RecommendationCard) -> None:
    card.set_recommendation(made(TUESDAY_NIGHT))
    assert label(card, "recommendedChannel").text() == "No channel to suggest"
    assert not label(card, "recommendedChannel").property("channelId")
    assert not label(card, "recommendedTips").isVisible()
