"""The escalation ladder's other documents, filled from a case: the 1372 소비자상담센터 online
form's fields with the center's phone hours, and the 한국소비자원 피해구제 packet — the evidence
checklist and the case timeline (a PDF to attach).

The 1372 fields follow what the center asks for (PRODUCT.md: the business's name, contact and
address, the kind of damage, a detailed account, what the person wants) plus the purchase's
facts; the site's own labels may differ a little, and `ccn_source_note` says so. Words are in
resources/text/escalation.json (escalate.ccn.*, escalate.kca.*, escalate.timeline.*). The
timeline leaves out the person's own notes on attempts: it is evidence handed to others.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fallback_desktop.core.domain.case import SEOUL, CaseRecord, seoul
from fallback_desktop.core.domain.purposes import purpose_name
from fallback_desktop.core.handoff.pdf import Block, document_pdf
from fallback_desktop.core.text.catalog import msg, render, render_list, text
from fallback_desktop.core.text.days import format_day
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing.certified_letter import topic
from fallback_desktop.core.writing.drafting import one_line
from fallback_desktop.core.writing.follow_up import attempt_line

CCN_URL = "https://www.ccn.go.kr"
# The form's fields, in the order the site asks for them.
CCN_FIELDS = (
    "title",
    "company",
    "company_phone",
    "company_address",
    "product",
    "ordered_on",
    "order_number",
    "incident_date",
    "content",
    "wanted",
)


@dataclass(frozen=True)
class FormField:
    """One field of an online form: its id, its label as the form shows it, and the value."""

    id: str
    label: str
    value: str


def ccn_fields(
    record: CaseRecord, lang: Lang, *, company_phone: str = "", company_address: str = ""
) -> list[FormField]:
    """The 1372 online form's fields filled from the case; '' where the case does not know."""
    case = record.case

    def day(value: dt.date | None) -> str:
        return "" if value is None else format_day(value, lang)

    purpose = render(purpose_name(case.purpose), lang)
    content = [case.happened] if case.happened else []
    if record.attempts:
        cited = [f"- {attempt_line(a, lang)}" for a in record.attempts]
        content += ["", text("escalate.ccn.contacts", lang), *cited]
    values = {
        "title": text("escalate.ccn.title_value", lang, topic=topic(record, lang), purpose=purpose),
        "company": case.company,
        "company_phone": one_line(company_phone),
        "company_address": one_line(company_address),
        "product": case.product,
        "ordered_on": day(case.ordered_on),
        "order_number": case.order_number,
        "incident_date": day(case.incident_date),
        "content": "\n".join(content).strip(),
        "wanted": case.wanted,
    }
    return [
        FormField(key, text(f"escalate.ccn.field.{key}", lang), values[key]) for key in CCN_FIELDS
    ]


def ccn_hours(lang: Lang) -> str:
    """The 1372 center's phone hours and scope, with their source."""
    return text("escalate.ccn.hours", lang)


def ccn_source_note(lang: Lang) -> str:
    return text("escalate.ccn.source", lang)


def kca_checklist(record: CaseRecord, lang: Lang) -> list[str]:
    """What 한국소비자원 피해구제 asks for, each line marked '[v]' when the case already holds
    it and '[ ]' when the person still has to gather it; the 1372 step first, the process last."""
    case = record.case

    def item(key: str, have: bool, **params: object) -> str:
        words = text(f"escalate.kca.item.{key}", lang, **params)
        return text("escalate.kca.have" if have else "escalate.kca.todo", lang, item=words)

    purpose = render(purpose_name(case.purpose), lang)
    lines = [text("escalate.kca.title", lang), "", text("escalate.kca.first", lang), ""]
    lines.append(item("company", True, value=case.company))
    lines.append(item("company_contact", False))
    lines.append(
        item("damage", True, purpose=purpose) if case.happened else item("damage_missing", False)
    )
    lines.append(
        item("wanted", True, value=case.wanted.replace("\n", " "))
        if case.wanted
        else item("wanted_missing", False)
    )
    lines.append(
        item("receipt", False, value=case.order_number)
        if case.order_number
        else item("receipt_missing", False)
    )
    lines.append(item("photos", False))
    lines.append(item("captures", False))
    lines.append(item("timeline", bool(record.attempts), count=len(record.attempts)))
    lines += ["", text("escalate.kca.process", lang), text("escalate.kca.apply", lang)]
    return lines


def timeline_blocks(record: CaseRecord, lang: Lang, *, today: dt.date) -> list[Block]:
    """The case on paper for 한국소비자원: its facts, then every day and attempt in order."""
    case = record.case

    def t(key: str, **params: object) -> str:
        return text(f"escalate.timeline.{key}", lang, **params)

    status = text(f"case.status.{record.status(today).value}", lang)
    facts = [t("company", value=case.company)]
    if case.product:
        facts.append(text("escalate.letter.fact.product", lang, value=case.product))
    if case.order_number:
        facts.append(text("escalate.letter.fact.order", lang, value=case.order_number))
    facts.append(t("purpose", value=render(purpose_name(case.purpose), lang)))
    if case.wanted:
        facts.append(t("wanted", value=case.wanted))
    facts.append(t("status", value=status))
    blocks = [Block(t("title"), "title", "C"), Block("\n".join(facts), space=8.0)]
    if case.happened:
        blocks += [Block(t("happened"), "heading", space=6.0), Block(case.happened, space=1.0)]
    blocks.append(Block(t("events"), "heading", space=6.0))
    blocks += [Block(line, space=1.5) for line in timeline_lines(record, lang)]
    blocks.append(Block(t("made", day=format_day(today, lang)), "note", space=10.0))
    return blocks


def timeline_lines(record: CaseRecord, lang: Lang) -> list[str]:
    """Every known day of the case and every attempt, earliest first: a day's own event before
    the attempts made on it, the reply-by day after them."""
    case = record.case
    weekdays = render_list(msg("time.weekdays"), lang)
    events: list[tuple[dt.datetime, int, str]] = []

    def on(day: dt.date | None, key: str, order: int, clock: dt.time = dt.time(0)) -> None:
        if day is None:
            return
        weekday = weekdays[day.weekday()]
        when = text("escalate.timeline.day", lang, day=format_day(day, lang), weekday=weekday)
        what = text(f"escalate.timeline.{key}", lang)
        line = text("escalate.timeline.event", lang, when=when, what=what)
        events.append((dt.datetime.combine(day, clock, tzinfo=SEOUL), order, line))

    on(case.ordered_on, "ordered", 0)
    on(case.delivered_on, "delivered", 1)
    on(case.incident_date, "incident", 2)
    on(case.opened_on, "opened", 3)
    on(case.returned_on, "returned", 4)
    events += [(seoul(a.at), 5, attempt_line(a, lang)) for a in record.attempts]
    on(case.reply_by, "reply_by", 6, dt.time(23, 59, 59))
    return [line for _, _, line in sorted(events, key=lambda event: event[:2])]


def timeline_pdf(record: CaseRecord, lang: Lang, *, today: dt.date) -> bytes:
    """The case timeline as a PDF (A4, Korean font embedded) to attach to the application."""
    title = text("escalate.timeline.title", lang)
    return document_pdf(timeline_blocks(record, lang, today=today), title=title)
