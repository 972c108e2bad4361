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
from fallback_desktop.core.text.timefmt import Duration, Moment

if TYPE_CHECKING:
    from fallback_desktop.core.calendar.business import BusinessCalendar
    from fallback_desktop.core.recommend.ranking import Recommendation


def _label(name: str, lang: Lang) -> str:
    return text(f"cli.{name}", lang)


def _channel_json(channel: Channel, lang: Lang) -> dict[str, Any]:
    from fallback_desktop.core.domain.hours import hours_to_json

    return {
        "id": channel.id,
        "name": render(channel.name, lang),
        "kind": channel.kind,
        "availability": channel.availability,
        "hours": hours_to_json(channel.hours),
        "hours_text": render(channel.hours_words(), lang),
        "reply": {
            "low_minutes": channel.reply.low_minutes,
            "high_minutes": channel.reply.high_minutes,
            "business_days": (
                None if channel.reply.business_days is None else list(channel.reply.business_days)
            ),
            "text": channel.reply.range.render(lang),
            "sources": [render(source.message, lang) for source in channel.reply.sources],
        },
        "carries": dict(channel.carries),
        "carries_text": render_list(channel.carries_words, lang),
        "offered": (
            None
            if channel.offered is None
            else {
                "percent": channel.offered.percent,
                "source": render(channel.offered.source.message, lang),
            }
        ),
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
            f"■ {render(channel.name, lang)} [{channel.id}]",
            f"  {render(channel.hours_words(), lang)}",
            f"  {_label('reply', lang)}: {channel.reply.range.render(lang)}",
        ]
        if channel.offered is not None:
            source = render(channel.offered.source.message, lang)
            lines.append(f"  {_label('offered', lang)}: {channel.offered.percent:g}% ({source})")
        for key, items in (
            ("carries", channel.carries_words),
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


def plan_as_lines(result: Recommendation, lang: Lang) -> list[str]:
    """The plan, one numbered step a line, each labelled now / next / if all else fails (the
    step's own words say at what moment)."""
    labels = {"now": "step_now", "later": "step_next", "escalate": "step_escalate"}
    lines = [f"{_label('plan', lang)}:"]
    for number, step in enumerate(result.plan.steps, start=1):
        label = _label(labels[step.when], lang)
        lines.append(f"  {number}. [{label}] {render(step.message, lang)}")
    return lines


def recommendation_as_text(result: Recommendation, lang: Lang, calendar: BusinessCalendar) -> str:
    """The plan, then the ranking with its reasons, and the same advice about the phone the
    window gives (left out where the person cannot use the phone)."""
    from fallback_desktop.core.recommend.phone_load import phone_advice

    at = to_seoul(result.situation.at)
    names = {channel.id: render(channel.name, lang) for channel in load_channels()}
    lines = [f"{_label('at', lang)}: {at:%Y-%m-%d %H:%M}"]
    if result.company is not None:
        lines.append(f"{_label('company', lang)}: {result.company.name}")
    lines += ["", *plan_as_lines(result, lang), ""]
    if result.ranking:  # a company listed with no channel has none to rank
        lines.append(f"{_label('best', lang)}: {names[result.ranking[0].channel]}")
    phone = next((r for r in result.ranking if r.channel == "phone"), None)
    if phone is not None and phone.usable:
        phone_calendar = calendar.for_hours(result.hours.get("phone", calendar.hours))
        lines.append(f"☎ {render(phone_advice(at, phone_calendar).message(), lang)}")
    lines.append("")
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
