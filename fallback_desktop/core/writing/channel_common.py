"""What the texts for the channels besides email share: the letter's cleaned values, the words
for a purpose, and the first sentences of a text.

Every function here runs on each keystroke while the window shows a channel's text, so none
loads a template engine, and a phone number is formatted once per distinct number.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from fallback_desktop.core.text.catalog import text
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing.drafting import multi_line, one_line, shorten, template_values
from fallback_desktop.core.writing.fields import PURPOSES, DraftFields

# A sentence ends at . ! ? (also full-width) before a space or the end.
SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)")
_ENDS_SENTENCE = tuple(".!?。！？…")
# A product as a text names it in passing (the email's topic keeps it as short).
PRODUCT_CHARS = 40
# An order number longer than this is a paste gone wrong; a short text keeps its start.
ORDER_CHARS = 60
# How much of a long text a short one reads: far more than its first sentences need.
START_CHARS = 1_000
_LONG_TEXTS = ("details", "tried", "resolution")


def purpose_id(purpose: str) -> str:
    """The purpose id as the texts know it; anything unknown reads as a general inquiry."""
    cleaned = purpose.strip().lower()
    return cleaned if cleaned in PURPOSES else "general"


def label(purpose: str, lang: Lang) -> str:
    """The purpose named in a few words: '환불 요청'."""
    return text(f"channel_text.purpose.{purpose_id(purpose)}", lang)


def request(purpose: str, lang: Lang) -> str:
    """What is asked, said before the facts it refers to ('아래 건의 환불을 요청드립니다.')."""
    return text(f"channel_text.request.{purpose_id(purpose)}", lang)


def ask(purpose: str, lang: Lang) -> str:
    """What is asked, said on its own ('환불을 요청드립니다.')."""
    return text(f"channel_text.ask.{purpose_id(purpose)}", lang)


@lru_cache(maxsize=64)
def _phone(typed: str) -> str:
    from fallback_desktop.core.domain.phone import national_format

    return national_format(one_line(typed))


def values(
    fields: DraftFields,
    lang: Lang,
    *,
    contact: bool = True,
    start_only: bool = False,
    purpose: str = "general",
) -> dict[str, Any]:
    """The letter's values as the email's template gets them (drafting.template_values).

    Without `contact`, name, phone and email are left empty: a text for a public or
    semi-public channel carries no personal data the person did not put in it themselves.
    With `start_only`, the long texts are cleaned only as far as a short text can use them
    (their first sentences), which keeps a keystroke in a 20,000-character text cheap.
    """
    typed_phone = fields.text("phone")
    changes: dict[str, object] = {"phone": ""} if typed_phone else {}
    if not contact:
        changes.update(name="", email="")
    # template_values reads the whole details twice (to clean them, and for the summary); a
    # long text is cleaned here once instead, with the same rule (multi_line).
    long_texts = {key: fields.text(key) for key in _LONG_TEXTS}
    for key, value in long_texts.items():
        if len(value) > START_CHARS:
            changes[key] = value[:START_CHARS]
    given = fields.replace(**changes) if changes else fields
    cleaned = template_values(given, lang, purpose_id(purpose))
    if not start_only:
        for key, value in long_texts.items():
            if len(value) > START_CHARS:
                cleaned[key] = multi_line(value)
    if contact and typed_phone.strip():
        cleaned["phone"] = _phone(typed_phone)
    return cleaned


def contact_line(cleaned: dict[str, Any]) -> str:
    """Name, phone and email on one line: '홍길동 · 010-0000-1234 · me@example.com'."""
    parts = (cleaned["name"], cleaned["phone"], cleaned["email"])
    return " · ".join(part for part in parts if part)


def sentences(line: str) -> list[str]:
    """A one-line text split after each sentence's end; the ends stay with their sentence."""
    parts: list[str] = []
    start = 0
    for end in SENTENCE_END.finditer(line):
        parts.append(line[start : end.end()].strip())
        start = end.end()
    parts.append(line[start:].strip())
    return [part for part in parts if part]


def first_sentences(text_: str, count: int, limit: int) -> str:
    """Up to `count` whole sentences of the text, on one line, within `limit` characters; a
    first sentence longer than that is cut at a word with '…'."""
    if limit <= 0:
        return ""
    taken: list[str] = []
    for sentence in sentences(one_line(text_))[:count]:
        joined = " ".join([*taken, sentence])
        if len(joined) > limit:
            break
        taken.append(sentence)
    if taken:
        return " ".join(taken)
    line = one_line(text_)
    return shorten(line, limit) if line else ""


def as_sentence(part: str) -> str:
    """A phrase closed as a sentence (a full stop added unless it ends like one)."""
    return part if not part or part.endswith(_ENDS_SENTENCE) else part + "."


def product_and_order(cleaned: dict[str, Any]) -> tuple[str, str]:
    """The product and the order number, each short enough to name in passing."""
    return shorten(cleaned["product"], PRODUCT_CHARS), shorten(cleaned["order_number"], ORDER_CHARS)


# The facts a purpose asks for beyond the letter's common ones, in the order a reader wants
# them: each a field of the registry (core/writing/fields.py) with its short label.
PURPOSE_FACTS = (
    "order_date",
    "payment_date",
    "amount",
    "expected_amount",
    "payment_method",
    "statement_date",
    "promised_date",
    "delivered_date",
    "tracking_number",
    "end_date",
    "in_warranty",
)


def purpose_facts(
    cleaned: dict[str, Any], lang: Lang, purpose: str, skip: tuple[str, ...] = ()
) -> list[tuple[str, str]]:
    """(label, value) of the purpose's own facts that are filled in, e.g. ('결제일', '2026년 11월
    20일'); a tick box ('품질보증기간 안') counts when ticked."""
    from fallback_desktop.core.writing.fields import field

    wanted = purpose_id(purpose)
    found: list[tuple[str, str]] = []
    for key in PURPOSE_FACTS:
        if key in skip or key not in cleaned or wanted not in field(key).purposes:
            continue
        value = cleaned[key]
        if value is True:
            found.append((text(f"channel_text.purpose_fact.{key}", lang), ""))
        elif isinstance(value, str) and value:
            found.append((text(f"channel_text.purpose_fact.{key}", lang), value))
    return found
