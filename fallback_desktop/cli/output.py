"""Human-readable and JSON output of the command line (kept apart from argument handling).

Here core's messages become words: labels from resources/text/cli.json, everything else from
the catalog keys core hands over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fallback_desktop.core.calendar.business import to_seoul
from fallback_desktop.core.domain.channels import Channel, load_channels
from fallback_desktop.core.text.catalog import render, render_list, text
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.text.timefmt import Duration, Moment, ReplyRange

if TYPE_CHECKING:
    from fallback_desktop.core.calendar.business import BusinessCalendar
    from fallback_desktop.core.recommend.ranking import Recommendation


def _label(name: str, lang: Lang) -> str:
    return text(f"cli.{name}", lang)


def _reply(channel: Channel) -> ReplyRange:
    return ReplyRange(channel.reply.low_minutes, channel.reply.high_minutes)


def _channel_json(channel: Channel, lang: Lang) -> dict[str, Any]:
    return {
        "id": channel.id,
        "name": render(channel.name, lang),
        "availability": channel.availability,
        "reply": {
            "low_minutes": channel.reply.low_minutes,
            "high_minutes": channel.reply.high_minutes,
            "text": _reply(channel).render(lang),
            "sources": [render(source.message, lang) for source in channel.reply.sources],
        },
        "strengths": render_list(channel.strengths, lang),
        "weaknesses": render_list(channel.weaknesses, lang),
        "tips": render_list(channel.tips, lang),
    }


def channels_as_json(lang: Lang) -> list[dict[str, Any]]:
    return [_channel_json(channel, lang) for channel in load_channels()]


def channels_as_text(lang: Lang) -> str:
    blocks = []
    for channel in load_channels():
        lines = [
            f"■ {render(channel.name, lang)} [{channel.id}] — {_label(channel.availability, lang)}",
            f"  {_label('reply', lang)}: {_reply(channel).render(lang)}",
        ]
        for key, items in (
            ("strengths", channel.strengths),
            ("weaknesses", channel.weaknesses),
            ("tips", channel.tips),
        ):
            lines.append(f"  {_label(key, lang)}:")
            lines += [f"    - {item}" for item in render_list(items, lang)]
        lines.append(f"  {_label('sources', lang)}:")
        lines += [f"    · {render(source.message, lang)}" for source in channel.reply.sources]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def recommendation_as_text(result: Recommendation, lang: Lang, calendar: BusinessCalendar) -> str:
    """The ranking with its reasons, and the same advice about the phone the window gives."""
    from fallback_desktop.core.recommend.phone_load import phone_advice

    at = to_seoul(result.situation.at)
    names = {channel.id: render(channel.name, lang) for channel in load_channels()}
    best = result.ranking[0]
    phone = render(phone_advice(at, calendar).message(), lang)
    lines = [
        f"{_label('at', lang)}: {at:%Y-%m-%d %H:%M}",
        f"{_label('best', lang)}: {names[best.channel]}",
        f"☎ {phone}",
        "",
    ]
    for ranked in result.ranking:
        state = _label("open" if ranked.open_now else "closed", lang)
        if ranked.opens_at is not None:
            state = f"{state} → {Moment(ranked.opens_at, at).render(lang)}"
        eta = Duration(ranked.eta_minutes).render(lang)
        lines.append(
            f"{ranked.rank}. {names[ranked.channel]} ({_label('score', lang)} {ranked.score:g}; "
            f"{state}; {_label('eta', lang)} {eta})"
        )
        lines += [f"   - {render(reason, lang)}" for reason in ranked.reasons]
    return "\n".join(lines) + "\n"
