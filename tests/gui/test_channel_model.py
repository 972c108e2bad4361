"""The comparison table's model, read the way a view (or a screen reader) would read it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fallback_desktop.core.calendar.business import SEOUL
from fallback_desktop.core.domain.channels import CHANNEL_IDS, get_channel
from fallback_desktop.core.domain.hours import Hours
from fallback_desktop.core.domain.situation import Context, Need, Situation, Urgency
from fallback_desktop.core.recommend.ranking import Ranked, Recommendation, recommend
from fallback_desktop.core.text.catalog import msg, render, render_list
from fallback_desktop.gui.advise.channel_model import (
    CHANNEL_ID_ROLE,
    COL_CHANNEL,
    COL_ETA,
    COL_HOURS,
    COL_NOW,
    COL_REPLY,
    COL_STRENGTHS,
    COL_WEAKNESSES,
    COLUMN_COUNT,
    UNUSABLE_FOREGROUND,
    ChannelTableModel,
    sorted_proxy,
)
from fallback_desktop.gui.i18n import install_language
from tests.shared import CALENDAR

from .conftest import TUESDAY_MORNING

DISPLAY = Qt.ItemDataRole.DisplayRole
TUESDAY_NIGHT = dt.datetime(2025, 3, 11, 22, 0, tzinfo=SEOUL)
SAT_MORNING = (dt.time(9, 0), dt.time(13, 0))


def situation(at: dt.datetime = TUESDAY_MORNING) -> Situation:
    return Situation(Urgency.TODAY, Context.HOME, at, frozenset({Need.RECORD}))


def ranked(channel: str, rank: int, *, open_now: bool = True, eta: int | None = 60) -> Ranked:
    reason = msg("reason.send_any_hour")
    return Ranked(channel, rank, 1.0 / rank, open_now, eta, (reason,), None)


def handmade(order: tuple[str, ...], etas: dict[str, int | None]) -> Recommendation:
    return Recommendation(
        situation(),
        tuple(ranked(cid, i + 1, eta=etas.get(cid, 60)) for i, cid in enumerate(order)),
    )


def row_texts(model: ChannelTableModel, column: int) -> dict[str, str]:
    return {
        model.data(model.index(row, 0), CHANNEL_ID_ROLE): model.data(model.index(row, column))
        for row in range(model.rowCount())
    }


def test_one_row_per_channel_with_its_id(qapp: QApplication) -> None:
    model = ChannelTableModel()
    assert model.rowCount() == len(CHANNEL_IDS)
    assert model.columnCount() == COLUMN_COUNT
    rows = range(model.rowCount())
    ids = [model.data(model.index(row, COL_CHANNEL), CHANNEL_ID_ROLE) for row in rows]
    assert ids == list(CHANNEL_IDS)
    names = row_texts(model, COL_CHANNEL)
    assert names["email"] == "Email"


def test_every_column_has_a_heading_and_every_cell_text(qapp: QApplication) -> None:
    model = ChannelTableModel()
    model.set_recommendation(recommend(situation(), calendar=CALENDAR))
    columns = range(COLUMN_COUNT)
    headings = [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in columns]
    assert all(headings)
    assert len(set(headings)) == COLUMN_COUNT
    for row in range(model.rowCount()):
        for column in range(COLUMN_COUNT):
            assert model.data(model.index(row, column)), (row, column)


def test_recommended_row_is_marked_by_text_weight_and_background(qapp: QApplication) -> None:
    model = ChannelTableModel()
    rec = recommend(situation(), calendar=CALENDAR)
    model.set_recommendation(rec)
    top = rec.ranking[0].channel
    for row in range(model.rowCount()):
        index = model.index(row, COL_CHANNEL)
        is_top = model.data(index, CHANNEL_ID_ROLE) == top
        assert model.data(index).startswith("★ ") is is_top
        tooltip = model.data(index, Qt.ItemDataRole.ToolTipRole)
        assert tooltip.startswith("Recommended\n") is is_top
        said = model.data(index, Qt.ItemDataRole.AccessibleDescriptionRole)
        assert (said == "Recommended") is is_top
        font = model.data(index, Qt.ItemDataRole.FontRole)
        assert (font is not None and font.bold()) is is_top
        assert (model.data(index, Qt.ItemDataRole.BackgroundRole) is not None) is is_top


def test_rows_carry_rank_and_expected_reply(qapp: QApplication) -> None:
    model = ChannelTableModel()
    rec = handmade(("chat", "email", "app", "portal", "phone", "sns"), {"sns": None, "portal": 0})
    model.set_recommendation(rec)
    names = row_texts(model, COL_CHANNEL)
    assert names["email"].startswith("2. ")
    assert names["sns"].startswith("6. ")
    etas = row_texts(model, COL_ETA)
    assert etas["sns"] == "may never come"
    assert etas["portal"] == "at once"
    assert etas["email"] == "about 1 h"


def test_open_now_and_opening_time(qapp: QApplication) -> None:
    model = ChannelTableModel()
    model.set_recommendation(recommend(situation(TUESDAY_MORNING), calendar=CALENDAR))
    assert row_texts(model, COL_NOW)["chat"] == "Open now"
    assert row_texts(model, COL_NOW)["email"] == "Any hour"
    model.set_recommendation(recommend(situation(TUESDAY_NIGHT), calendar=CALENDAR))
    assert row_texts(model, COL_NOW)["phone"] == "Opens tomorrow 09:00"


def test_reply_tooltip_names_the_sources_and_years(qapp: QApplication) -> None:
    model = ChannelTableModel()
    row = model.row_of("sns")
    tooltip = model.data(model.index(row, COL_REPLY), Qt.ItemDataRole.ToolTipRole)
    for source in get_channel("sns").reply.sources:
        assert render(source.message, "en") in tooltip
        if source.year:
            assert str(source.year) in tooltip
    assert "Sprout Social Index: 4 h expected, about 10 h actual on average (2016)" in tooltip


def test_strengths_and_weaknesses_in_full_in_the_tooltip(qapp: QApplication) -> None:
    model = ChannelTableModel()
    row = model.row_of("email")
    for column, points in (
        (COL_STRENGTHS, render_list(get_channel("email").strengths, "en")),
        (COL_WEAKNESSES, render_list(get_channel("email").weaknesses, "en")),
    ):
        tooltip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
        assert all(point in tooltip for point in points)


def test_proxy_puts_the_best_first_and_sorts_by_meaning(qapp: QApplication) -> None:
    model = ChannelTableModel()
    proxy = sorted_proxy(model)
    order = ("app", "chat", "email", "portal", "phone", "sns", "webform", "messenger")
    etas = {"app": 600, "chat": 5, "email": 2880, "portal": 0, "phone": 30, "sns": None}
    model.set_recommendation(handmade(order, etas | {"webform": 4320, "messenger": 15}))
    rows = range(proxy.rowCount())
    first = [proxy.data(proxy.index(r, 0), CHANNEL_ID_ROLE) for r in rows]
    assert first == list(order)
    proxy.sort(COL_ETA, Qt.SortOrder.AscendingOrder)
    by_eta = [proxy.data(proxy.index(r, 0), CHANNEL_ID_ROLE) for r in rows]
    assert by_eta == ["portal", "chat", "messenger", "phone", "app", "email", "webform", "sns"]


def test_new_recommendation_repaints_the_rows(qapp: QApplication, qtbot: QtBot) -> None:
    model = ChannelTableModel()
    with qtbot.waitSignal(model.dataChanged):
        model.set_recommendation(recommend(situation(), calendar=CALENDAR))


def test_korean_texts(qapp: QApplication) -> None:
    install_language(qapp, "ko")
    model = ChannelTableModel()
    rec = recommend(situation(TUESDAY_NIGHT), calendar=CALENDAR)
    model.set_recommendation(rec)
    assert model.headerData(COL_CHANNEL, Qt.Orientation.Horizontal, DISPLAY) == "창구"
    top_row = model.row_of(rec.ranking[0].channel)
    assert model.data(model.index(top_row, COL_CHANNEL), Qt.ItemDataRole.ToolTipRole).startswith(
        "추천\n"
    )
    assert row_texts(model, COL_NOW)["phone"] == "내일 09:00 운영 시작"
    assert all(
        render(get_channel(cid).name, "ko") in text
        for cid, text in row_texts(model, COL_CHANNEL).items()
    )
    assert row_texts(model, COL_REPLY)["email"] == "12시간–2일"


def test_reasons_in_the_channel_tooltip_follow_the_language(qapp: QApplication) -> None:
    model = ChannelTableModel()
    rec = recommend(situation(TUESDAY_NIGHT), calendar=CALENDAR)
    model.set_recommendation(rec)
    chat = {r.channel: r for r in rec.ranking}["chat"]
    index = model.index(model.row_of("chat"), COL_CHANNEL)
    tooltip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert render(chat.reasons[0], "en") in tooltip
    install_language(qapp, "ko")
    model.retranslate()
    assert render(chat.reasons[0], "ko") in model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_the_model_keeps_qt_s_rules(qapp: QApplication, qtmodeltester: ModelTester) -> None:
    model = ChannelTableModel()
    qtmodeltester.check(model)
    model.set_recommendation(recommend(situation(TUESDAY_NIGHT), calendar=CALENDAR))
    qtmodeltester.check(model)
    # With a company's own hours, and through the sorting proxy the view uses.
    chat_hours = Hours(saturday=SAT_MORNING)
    rec = recommend(situation(), calendar=CALENDAR, hours={"chat": chat_hours})
    model.set_recommendation(rec)
    qtmodeltester.check(model)
    proxy = sorted_proxy(model)
    qtmodeltester.check(proxy)
    # A company's channels only: the proxy leaves the others out.
    model.set_recommendation(handmade(("email", "phone"), {}))
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 2


def test_every_channel_shows_its_hours(qapp: QApplication) -> None:
    model = ChannelTableModel()
    model.set_recommendation(recommend(situation(), calendar=CALENDAR))
    hours = row_texts(model, COL_HOURS)
    assert set(hours) == set(CHANNEL_IDS)
    assert hours["phone"] == "Weekdays 09:00–18:00"
    assert hours["portal"] == "24 hours"
    for cid in CHANNEL_IDS:
        index = model.index(model.row_of(cid), COL_HOURS)
        # The whole of it in the tooltip, lunch and holidays included.
        whole = render(get_channel(cid).hours_words(), "en")
        assert model.data(index, Qt.ItemDataRole.ToolTipRole) == whole
        now = model.index(model.row_of(cid), COL_NOW)
        assert model.data(now, Qt.ItemDataRole.ToolTipRole) == whole


def test_hours_follow_the_ones_the_recommendation_used(qapp: QApplication) -> None:
    saturday_too = Hours(opens=dt.time(8, 0), closes=dt.time(20, 0), saturday=SAT_MORNING)
    rec = recommend(situation(), calendar=CALENDAR, hours={"chat": saturday_too})
    model = ChannelTableModel()
    model.set_recommendation(rec)
    assert row_texts(model, COL_HOURS)["chat"] == "Weekdays 08:00–20:00 · Sat 09:00–13:00"
    assert row_texts(model, COL_HOURS)["phone"] == "Weekdays 09:00–18:00"
    install_language(qapp, "ko")
    model.retranslate()
    assert row_texts(model, COL_HOURS)["chat"] == "평일 08:00–20:00 · 토 09:00–13:00"


def test_a_channel_that_cannot_be_used_here_is_greyed(qapp: QApplication) -> None:
    # At work nobody can talk on the phone, and personal data never goes on SNS.
    at_work = Situation(Urgency.TODAY, Context.WORK, TUESDAY_MORNING, frozenset({Need.SENSITIVE}))
    rec = recommend(at_work, calendar=CALENDAR)
    unusable = {r.channel for r in rec.ranking if not r.usable}
    assert unusable
    model = ChannelTableModel()
    model.set_recommendation(rec)
    for cid in CHANNEL_IDS:
        index = model.index(model.row_of(cid), COL_NOW)
        greyed = model.data(index, Qt.ItemDataRole.ForegroundRole) == QBrush(UNUSABLE_FOREGROUND)
        assert greyed is (cid in unusable), cid
        said = model.data(index, Qt.ItemDataRole.AccessibleDescriptionRole)
        assert (said == "Not usable in your situation") is (cid in unusable), cid


def test_channels_a_company_does_not_offer_are_left_out(qapp: QApplication) -> None:
    model = ChannelTableModel()
    proxy = sorted_proxy(model)
    model.set_recommendation(recommend(Situation(Urgency.TODAY, Context.HOME, TUESDAY_MORNING),
                                       calendar=CALENDAR))  # fmt: skip
    assert proxy.rowCount() == len(CHANNEL_IDS)
    rec = handmade(("email", "webform", "phone"), {})
    model.set_recommendation(rec)
    order = [proxy.data(proxy.index(r, 0), CHANNEL_ID_ROLE) for r in range(proxy.rowCount())]
    assert order == ["email", "webform", "phone"]
    # The model still words a channel left out, should anything ask.
    chat = model.index(model.row_of("chat"), COL_CHANNEL)
    assert model.data(chat) == "Live chat"  # no rank
    assert model.data(chat, Qt.ItemDataRole.ForegroundRole) == QBrush(UNUSABLE_FOREGROUND)
    said = model.data(chat, Qt.ItemDataRole.AccessibleDescriptionRole)
    assert said == "Not offered by this company"
    email = model.index(model.row_of("webform"), COL_CHANNEL)
    assert model.data(email, Qt.ItemDataRole.ForegroundRole) is None
