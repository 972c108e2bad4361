"""A case's timeline: when it was opened, every attempt (channel, when, wait, outcome,
reference, agent, notes), the reply-by day, and the legal deadlines its days start, each with
its article and the reminder that the dates are guidance, not legal advice.

One entry per line of a list, so the keyboard moves from one to the next and a screen reader
reads each whole; an attempt's entry carries its id (ATTEMPT_ROLE) for correcting it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from fallback_desktop.core.calendar.business import BusinessCalendar
from fallback_desktop.core.calendar.case_clocks import legal_clocks
from fallback_desktop.core.calendar.legal_clocks import NOT_ADVICE
from fallback_desktop.core.domain.case import Attempt, CaseRecord
from fallback_desktop.core.domain.purposes import purpose_name
from fallback_desktop.core.text.catalog import render, text
from fallback_desktop.core.text.days import format_day
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing.follow_up import channel_name, wait_text

ATTEMPT_ROLE = Qt.ItemDataRole.UserRole


def _label(field: str, lang: Lang) -> str:
    words = text(f"case.field.{field}", lang)
    return words[:1].upper() + words[1:]


def attempt_text(attempt: Attempt, lang: Lang) -> str:
    """'2026-11-24 09:10 · 전화 · 응답 없음 · 12분 대기', then reference, agent, reply and notes."""
    parts = [
        f"{attempt.at:%Y-%m-%d %H:%M}",
        channel_name(attempt.channel, lang),
        text(f"case.outcome.{attempt.outcome.value}", lang),
    ]
    if attempt.wait_seconds is not None:
        parts.append(wait_text(attempt.wait_seconds, lang))
    if attempt.reference:
        parts.append(f"{_label('reference', lang)}: {attempt.reference}")
    if attempt.agent:
        parts.append(f"{_label('agent', lang)}: {attempt.agent}")
    if attempt.reply_at is not None:
        parts.append(text("case.cli.reply_at", lang, at=f"{attempt.reply_at:%Y-%m-%d %H:%M}"))
    lines = [" · ".join(parts)]
    if attempt.notes:
        lines.append(f"{_label('notes', lang)}: {attempt.notes}")
    return "\n".join(lines)


def timeline_entries(
    record: CaseRecord, today: dt.date, calendar: BusinessCalendar, lang: Lang
) -> list[tuple[str, int | None]]:
    """The timeline's entries in order, each with the attempt's id (None for other entries)."""
    case, status = record.case, record.status(today)
    about = f"{case.company} · {case.product}" if case.product else case.company
    status_words = text(f"case.status.{status.value}", lang)
    purpose = render(purpose_name(case.purpose), lang)
    head = [text("case.cli.title", lang, id=case.id, about=about)]
    head.append(f"{text('case.cli.status', lang)}: {status_words} · {purpose}")
    if case.order_number:
        head.append(f"{_label('order_number', lang)}: {case.order_number}")
    entries: list[tuple[str, int | None]] = [("\n".join(head), None)]
    opened = f"{format_day(case.opened_on, lang)} · {text('case.cli.opened_on', lang)}"
    for field in ("happened", "wanted"):
        value = getattr(case, field)
        if value:
            opened += f"\n{_label(field, lang)}: {value}"
    entries.append((opened, None))
    entries += [(attempt_text(a, lang), a.id) for a in record.attempts]
    due = text("case.cli.due", lang, day=format_day(case.reply_by, lang))
    entries.append((f"{due[:1].upper()}{due[1:]} · {status_words}", None))
    clocks = legal_clocks(case, calendar)
    if clocks:
        lines = [f"{text('case.cli.legal', lang)}:"]
        lines += [f"- {render(clock.notice(today), lang)}" for clock in clocks]
        lines.append(render(NOT_ADVICE, lang))
        entries.append(("\n".join(lines), None))
    return entries


class CaseTimeline(QListWidget):
    """See the module's docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseTimeline")
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def show_record(
        self, record: CaseRecord | None, today: dt.date, calendar: BusinessCalendar, lang: Lang
    ) -> None:
        """Show the case's timeline (nothing for None)."""
        self.clear()
        if record is None:
            return
        for words, aid in timeline_entries(record, today, calendar, lang):
            item = QListWidgetItem(words)
            item.setData(ATTEMPT_ROLE, aid)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, words)
            self.addItem(item)

    def all_text(self) -> str:
        """Every entry, one after the other (what a test or a screen reader reads)."""
        return "\n".join(self.item(row).text() for row in range(self.count()))

    def current_attempt(self) -> int | None:
        """The id of the attempt chosen in the timeline, or None."""
        item = self.currentItem()
        if item is None:
            return None
        aid = item.data(ATTEMPT_ROLE)
        return aid if isinstance(aid, int) else None
