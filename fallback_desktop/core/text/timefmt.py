"""Durations and moments written the way a person says them, in Korean or English."""

from __future__ import annotations

import datetime as dt

from fallback_desktop.core.text.lang import Lang

_KO_WEEKDAYS = "월화수목금토일"
_EN_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _amount(minutes: int, lang: Lang) -> str:
    """Rounded to the unit a person would use: minutes, hours, then days."""
    if minutes < 60:
        return f"{minutes}분" if lang == "ko" else f"{minutes} min"
    if minutes < 48 * 60:
        hours = round(minutes / 60)
        return f"{hours}시간" if lang == "ko" else f"{hours} h"
    days = round(minutes / 1440)
    return f"{days}일" if lang == "ko" else (f"{days} days" if days != 1 else "1 day")


def format_duration(minutes: int | None, lang: Lang) -> str:
    """'약 5분' / 'about 5 min'; 0 is 'at once'; None means a reply may never come."""
    if minutes is None:
        return "답이 없을 수 있음" if lang == "ko" else "may never come"
    if minutes <= 0:
        return "바로" if lang == "ko" else "at once"
    return f"약 {_amount(minutes, lang)}" if lang == "ko" else f"about {_amount(minutes, lang)}"


def format_reply_range(low: int, high: int | None, lang: Lang) -> str:
    """A published range in minutes, e.g. '12시간–2일' or '3 min+, or never' (high None)."""
    if high is not None and high <= 0:
        return "즉시" if lang == "ko" else "immediate"
    low_text = _amount(low, lang) if low > 0 else ("즉시" if lang == "ko" else "immediate")
    if high is None:
        return f"{low_text} 이상, 연결 안 될 수도" if lang == "ko" else f"{low_text}+, or never"
    if high == low:
        return low_text
    return f"{low_text}–{_amount(high, lang)}"


def format_moment(moment: dt.datetime, now: dt.datetime, lang: Lang) -> str:
    """'오늘 13:00', '내일 09:00', '11월 26일(목) 09:00'; both datetimes in the same zone."""
    clock = moment.strftime("%H:%M")
    days = (moment.date() - now.date()).days
    if days == 0:
        return f"오늘 {clock}" if lang == "ko" else f"today {clock}"
    if days == 1:
        return f"내일 {clock}" if lang == "ko" else f"tomorrow {clock}"
    day = moment.date()
    if lang == "ko":
        return f"{day.month}월 {day.day}일({_KO_WEEKDAYS[day.weekday()]}) {clock}"
    return f"{_EN_WEEKDAYS[day.weekday()]} {day.day} {_EN_MONTHS[day.month - 1]} {clock}"
