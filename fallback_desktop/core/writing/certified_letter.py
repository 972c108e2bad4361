"""The 내용증명 (certified letter) of a case: who sends it to whom, the facts, every earlier
attempt cited by date, channel and reference number, what is demanded and by when, and what
follows if no answer comes.

In Korean the letter is in the formal written style a 내용증명 is known by (합쇼체, numbered
paragraphs, '발신인'/'수신인'); in English plain and short. The words are in
resources/text/escalation.json (escalate.letter.*). The post office matches the names and
addresses on the envelope it prints with the letter's, so the letter carries both addresses;
`missing` says which the person has not given. The layout on the page is core.handoff.pdf's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fallback_desktop.core.domain.case import CaseRecord, seoul
from fallback_desktop.core.domain.purposes import purpose_name
from fallback_desktop.core.handoff.pdf import Block, blocks_text, document_pdf
from fallback_desktop.core.text.catalog import render, text
from fallback_desktop.core.text.days import format_day
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing.drafting import one_line, shorten, summarize
from fallback_desktop.core.writing.follow_up import attempt_line

TOPIC_CHARS = 40
_GAP = 3.0  # mm between paragraphs


@dataclass(frozen=True)
class Sender:
    """The person sending the letter, as the post office's form will name them."""

    name: str = ""
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class CertifiedLetter:
    """The letter as blocks for the page, with its title and what it still lacks."""

    title: str
    blocks: tuple[Block, ...]
    missing: tuple[str, ...]  # 'name', 'address', 'company_address'

    @property
    def text(self) -> str:
        return blocks_text(self.blocks)

    def pdf(self) -> bytes:
        return document_pdf(self.blocks, title=self.title)


def _t(key: str, lang: Lang, **params: object) -> str:
    return text(f"escalate.letter.{key}", lang, **params)


def topic(record: CaseRecord, lang: Lang) -> str:
    """What the case is about in a few words: the product, else what happened, else its purpose;
    with the order number when there is one."""
    case = record.case
    words = shorten(case.product, TOPIC_CHARS) or summarize(case.happened, TOPIC_CHARS)
    words = words or render(purpose_name(case.purpose), lang)
    if case.order_number:
        return text("case.follow.topic_order", lang, topic=words, order=case.order_number)
    return words


def certified_letter(
    record: CaseRecord,
    lang: Lang,
    *,
    sender: Sender,
    reply_by: dt.date,
    today: dt.date,
    company_address: str = "",
) -> CertifiedLetter:
    """The 내용증명 of a case, asking for a written answer by `reply_by`, dated `today`."""
    case, attempts = record.case, record.attempts
    name, address = one_line(sender.name), one_line(sender.address)
    phone, to_address = one_line(sender.phone), one_line(company_address)

    def t(key: str, **params: object) -> str:
        return _t(key, lang, **params)

    def day(value: dt.date) -> str:
        return format_day(value, lang)

    blocks: list[Block] = [Block(t("title"), "title", "C")]
    parties = [t("to", company=case.company)]
    if to_address:
        parties.append(t("address", value=to_address))
    blocks.append(Block("\n".join(parties), space=8.0))
    party = [t("from", name=name or "__________")]
    party += [t("address", value=value) for value in (address,) if value]
    party += [t("phone", value=value) for value in (phone,) if value]
    blocks.append(Block("\n".join(party), space=_GAP))
    purpose = render(purpose_name(case.purpose), lang)
    subject_key = "subject_general" if case.purpose == "general" else "subject"
    blocks.append(
        Block(t(subject_key, topic=topic(record, lang), purpose=purpose), "heading", space=8.0)
    )

    paragraphs: list[tuple[str, list[str]]] = [(t("greeting"), [])]
    facts = [t("fact.product", value=case.product)] if case.product else []
    if case.order_number:
        facts.append(t("fact.order", value=case.order_number))
    days = (
        ("ordered_on", case.ordered_on),
        ("delivered_on", case.delivered_on),
        ("incident", case.incident_date),
        ("returned_on", case.returned_on),
    )
    facts += [t(f"fact.{key}", value=day(value)) for key, value in days if value is not None]
    if case.happened:
        facts.append(case.happened)
    paragraphs.append((t("facts"), facts))
    if attempts:
        since = day(seoul(attempts[0].at).date())
        key = "attempts_once" if len(attempts) == 1 else "attempts_many"
        if record.replied:
            key = "attempts_answered"
        cited = [f"{n}) {attempt_line(a, lang)}" for n, a in enumerate(attempts, 1)]
        paragraphs.append((t(key, since=since, count=len(attempts)), cited))
    if case.wanted:
        paragraphs.append((t("demand"), [case.wanted]))
    else:
        paragraphs.append((t("demand_general"), []))
    paragraphs.append((t("deadline", day=day(reply_by)), []))

    for number, (lead, details) in enumerate(paragraphs, 1):
        blocks.append(Block(f"{number}. {lead}", space=_GAP))
        blocks += [Block(detail, indent=6.0, space=1.0) for detail in details]

    signed = t("signed", name=name) if name else t("signed_blank")
    closing = f"{t('dated', day=day(today))}\n{signed}"
    blocks.append(Block(closing, align="R", space=8.0, whole=True))
    missing = [
        field
        for field, value in (("name", name), ("address", address), ("company_address", to_address))
        if not value
    ]
    return CertifiedLetter(t("title"), tuple(blocks), tuple(missing))
