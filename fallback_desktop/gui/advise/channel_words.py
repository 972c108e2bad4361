"""Words the card, the details and the table share: a channel's state now, and its hours."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from fallback_desktop.core.domain.channels import get_channel
from fallback_desktop.core.domain.hours import MIDNIGHT, SATURDAY, Hours
from fallback_desktop.core.text.catalog import msg, render_list, text
from fallback_desktop.core.text.timefmt import Duration, Moment

if TYPE_CHECKING:
    from fallback_desktop.core.recommend.ranking import Ranked
    from fallback_desktop.core.text.lang import Lang


def status_text(ranked: Ranked, now: dt.datetime, lang: Lang) -> str:
    """Whether the channel can be used now, when it opens, and the first reply to expect."""
    # In the card's context, where these sentences were first translated; each call is spelled
    # out in full, as the translation tool finds only literal calls.
    eta = Duration(ranked.eta_minutes).render(lang)
    if get_channel(ranked.channel).availability == "any_hour":
        return QCoreApplication.translate(
            "RecommendationCard", "You can send it now. First reply: %1"
        ).replace("%1", eta)
    if ranked.open_now:
        return QCoreApplication.translate(
            "RecommendationCard", "Open now. First reply: %1"
        ).replace("%1", eta)
    if ranked.opens_at is None:
        return QCoreApplication.translate(
            "RecommendationCard", "Closed now. First reply: %1"
        ).replace("%1", eta)
    when = Moment(ranked.opens_at, now).render(lang)
    return (
        QCoreApplication.translate("RecommendationCard", "Closed now, opens %1. First reply: %2")
        .replace("%1", when)
        .replace("%2", eta)
    )


def short_hours(hours: Hours, lang: Lang) -> str:
    """The days and the stretch people are there, e.g. '평일 09:00–18:00' or '24시간', for a
    table cell; the whole of it (lunch, holidays, what the hours mean for the channel) is
    `Channel.hours_words`."""
    if hours.is_around_the_clock:
        return text("hours.around_the_clock", lang)
    days = sorted(hours.weekdays)
    if days == [0, 1, 2, 3, 4]:
        label = text("hours.weekdays", lang)
    elif days == [0, 1, 2, 3, 4, 5]:
        label = text("hours.mon_sat", lang)
    elif days == [0, 1, 2, 3, 4, 5, 6]:
        label = text("hours.every_day", lang)
    else:
        names = render_list(msg("time.weekdays"), lang)
        label = ",".join(names[day] for day in days)
    parts = [f"{label} {_span(hours.opens, hours.closes)}"] if days else []
    if hours.saturday is not None and SATURDAY not in hours.weekdays:
        parts.append(text("hours.saturday", lang, span=_span(*hours.saturday)))
    line = " · ".join(parts)
    return line[:1].upper() + line[1:]


def _span(start: dt.time, end: dt.time) -> str:
    closes = "24:00" if end == MIDNIGHT else end.strftime("%H:%M")
    return f"{start.strftime('%H:%M')}–{closes}"
