"""One answer to "when is the phone quieter": the phone's reason, the card's ☎ line and the
command line's ☎ line name the same moment, wherever in the week the question is asked."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from fallback_desktop.cli.main import main
from fallback_desktop.core.calendar.business import SEOUL
from fallback_desktop.core.domain.situation import Context, Situation, Urgency
from fallback_desktop.core.recommend.ranking import Ranked, Recommendation, recommend
from fallback_desktop.core.text.catalog import Msg, render
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.text.timefmt import Moment
from fallback_desktop.gui.advise.recommendation_card import RecommendationCard
from fallback_desktop.gui.i18n import install_language
from fallback_desktop.session import Session
from tests.shared import CALENDAR

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

# An ordinary week (Monday 23 to Friday 27 November 2026), the weekend after it, the last
# business day of the month (busier), and two public holidays.
WEEK = [dt.date(2026, 11, 23) + dt.timedelta(days=n) for n in range(5)]
# Before opening, the quiet first hour, the late-morning peak, lunch, right after lunch, the
# afternoon, the quiet end of the day, just before closing, the evening.
CLOCKS = [(8, 30), (9, 10), (10, 30), (11, 30), (12, 30), (13, 10), (14, 30), (16, 30), (17, 50)]
MOMENTS = [
    *(dt.datetime.combine(day, dt.time(h, m), tzinfo=SEOUL) for day in WEEK for h, m in CLOCKS),
    dt.datetime(2026, 11, 24, 19, 0, tzinfo=SEOUL),  # an evening
    dt.datetime(2026, 11, 28, 10, 0, tzinfo=SEOUL),  # Saturday
    dt.datetime(2026, 11, 29, 15, 0, tzinfo=SEOUL),  # Sunday
    dt.datetime(2026, 11, 30, 11, 0, tzinfo=SEOUL),  # last business day of the month
    dt.datetime(2026, 11, 30, 17, 30, tzinfo=SEOUL),
    dt.datetime(2026, 9, 25, 10, 0, tzinfo=SEOUL),  # 추석
    dt.datetime(2026, 10, 9, 11, 0, tzinfo=SEOUL),  # 한글날, a Friday
]


def _moments_in(reasons: tuple[Msg, ...]) -> list[Moment]:
    return [value for r in reasons for _name, value in r.params if isinstance(value, Moment)]


def _phone_reason(rec: Recommendation) -> Ranked:
    return next(r for r in rec.ranking if r.channel == "phone")


def _card_line(qtbot: QtBot, rec: Recommendation, phone: Ranked) -> str:
    card = RecommendationCard(Session(lang="en", calendar=CALENDAR))
    qtbot.addWidget(card)
    others = tuple(r for r in rec.ranking if r.channel != "phone")
    # The card speaks about the phone when it is among the first two: put it first.
    card.set_recommendation(Recommendation(rec.situation, (phone, *others)))
    line = card.findChild(QLabel, "phoneAdvice")
    assert line is not None
    assert not line.isHidden()
    return line.text()


def _cli_line(capsys: pytest.CaptureFixture[str], at: dt.datetime, lang: Lang) -> str:
    args = ["--lang", lang, "recommend", "--urgency", "today", "--context", "home"]
    assert main([*args, "--at", at.isoformat()]) == 0
    (line,) = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("☎")]
    return line


def _check(at: dt.datetime, lang: Lang, qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    rec = recommend(Situation(Urgency.TODAY, Context.HOME, at), calendar=CALENDAR)
    phone = _phone_reason(rec)
    named = _moments_in(phone.reasons)
    keys = {r.key for r in phone.reasons}
    card = _card_line(qtbot, rec, phone)
    cli = _cli_line(capsys, at, lang)
    assert card == cli, at
    if phone.open_now:
        # Open: the reason says busy (with a quieter moment) or not busy, and so do the others.
        assert len(named) <= 1, phone.reasons
        if named:
            assert "reason.phone_busy" in keys
            assert named[0].render(lang) in card, (at, card)
            assert named[0].at > at
        else:
            assert "reason.phone_quiet" in keys, (at, phone.reasons)
            quiet = render(Msg("phone.advice_quiet"), lang)
            assert card == f"☎ {quiet}", (at, card)
    else:
        # Closed: the first reason says when it opens, and the card and command line agree.
        (opens,) = named
        assert phone.reasons[0].key.startswith("reason.closed_")
        assert phone.opens_at == opens.at
        assert opens.render(lang) in card, (at, card)


@pytest.mark.parametrize("at", MOMENTS, ids=[f"{m:%a %d %b %H:%M}" for m in MOMENTS])
def test_the_reason_the_card_and_the_command_line_name_the_same_moment(
    at: dt.datetime, qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    _check(at, "en", qtbot, capsys)


@pytest.mark.parametrize(
    "at",
    [
        dt.datetime(2026, 11, 23, 11, 30, tzinfo=SEOUL),  # busy Monday
        dt.datetime(2026, 11, 25, 9, 10, tzinfo=SEOUL),  # quiet Wednesday morning
        dt.datetime(2026, 11, 24, 12, 30, tzinfo=SEOUL),  # lunch
    ],
)
def test_they_agree_in_korean_too(
    at: dt.datetime, qapp: QApplication, qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    install_language(qapp, "ko")
    _check(at, "ko", qtbot, capsys)


def test_the_grid_sees_every_kind_of_answer() -> None:
    kinds = set()
    for at in MOMENTS:
        phone = _phone_reason(
            recommend(Situation(Urgency.TODAY, Context.HOME, at), calendar=CALENDAR)
        )
        kinds |= {r.key for r in phone.reasons}
    assert {"reason.phone_busy", "reason.phone_quiet", "reason.closed_lunch"} <= kinds
    assert {"reason.closed_holiday", "reason.closed_weekend", "reason.closed_after"} <= kinds
