"""Human-readable and JSON output of the command line (kept apart from argument handling)."""

from __future__ import annotations

from typing import Any

from fallback_desktop.core.calendar.business import to_seoul
from fallback_desktop.core.domain.channels import Channel, load_channels
from fallback_desktop.core.recommend.ranking import Recommendation
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.text.timefmt import format_duration, format_moment, format_reply_range

_LABELS = {
    "ko": {
        "any_hour": "언제든 접수",
        "business_hours": "영업시간에만 (평일 09:00–18:00, 점심 12:00–13:00 제외)",
        "reply": "첫 답변",
        "strengths": "장점",
        "weaknesses": "단점",
        "tips": "요령",
        "sources": "출처",
        "best": "지금 가장 좋은 방법",
        "at": "기준 시각 (한국 시간)",
        "score": "점수",
        "eta": "첫 답변까지",
        "open": "지금 가능",
        "closed": "지금 닫힘",
    },
    "en": {
        "any_hour": "accepted at any hour",
        "business_hours": "business hours only (weekdays 09:00–18:00, closed 12:00–13:00)",
        "reply": "First reply",
        "strengths": "Strengths",
        "weaknesses": "Weaknesses",
        "tips": "Tips",
        "sources": "Sources",
        "best": "Best way right now",
        "at": "As of (Korea time)",
        "score": "score",
        "eta": "first reply",
        "open": "open now",
        "closed": "closed now",
    },
}


def _channel_json(channel: Channel, lang: Lang) -> dict[str, Any]:
    return {
        "id": channel.id,
        "name": channel.name(lang),
        "availability": channel.availability,
        "reply": {
            "low_minutes": channel.reply.low_minutes,
            "high_minutes": channel.reply.high_minutes,
            "text": format_reply_range(channel.reply.low_minutes, channel.reply.high_minutes, lang),
            "sources": [source.text(lang) for source in channel.reply.sources],
        },
        "strengths": list(channel.strengths(lang)),
        "weaknesses": list(channel.weaknesses(lang)),
        "tips": list(channel.tips(lang)),
    }


def channels_as_json(lang: Lang) -> list[dict[str, Any]]:
    return [_channel_json(channel, lang) for channel in load_channels()]


def channels_as_text(lang: Lang) -> str:
    labels = _LABELS[lang]
    blocks = []
    for channel in load_channels():
        reply = format_reply_range(channel.reply.low_minutes, channel.reply.high_minutes, lang)
        lines = [
            f"■ {channel.name(lang)} [{channel.id}] — {labels[channel.availability]}",
            f"  {labels['reply']}: {reply}",
        ]
        for key, items in (
            ("strengths", channel.strengths(lang)),
            ("weaknesses", channel.weaknesses(lang)),
            ("tips", channel.tips(lang)),
        ):
            lines.append(f"  {labels[key]}:")
            lines += [f"    - {item}" for item in items]
        lines.append(f"  {labels['sources']}:")
        lines += [f"    · {source.text(lang)}" for source in channel.reply.sources]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def recommendation_as_text(result: Recommendation, lang: Lang) -> str:
    labels = _LABELS[lang]
    at = to_seoul(result.situation.at)
    names = {channel.id: channel.name(lang) for channel in load_channels()}
    best = result.ranking[0]
    lines = [
        f"{labels['at']}: {at:%Y-%m-%d %H:%M}",
        f"{labels['best']}: {names[best.channel]}",
        "",
    ]
    for ranked in result.ranking:
        state = labels["open"] if ranked.open_now else labels["closed"]
        if ranked.opens_at is not None:
            state = f"{state} → {format_moment(ranked.opens_at, at, lang)}"
        lines.append(
            f"{ranked.rank}. {names[ranked.channel]} ({labels['score']} {ranked.score:g}; {state}; "
            f"{labels['eta']} {format_duration(ranked.eta_minutes, lang)})"
        )
        lines += [f"   - {reason}" for reason in ranked.reasons]
    return "\n".join(lines) + "\n"
