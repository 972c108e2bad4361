"""What a customer-service email needs, checked live: subject, details, contact, and for a
letter with a purpose, the facts that purpose needs (a refund: when, how much, paid how)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from fallback_desktop.core.domain.purposes import DEFAULT_PURPOSE
from fallback_desktop.core.text.catalog import Msg, msg, render
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing.drafting import Draft, DraftFields, one_line

# Details need at least this much substance to act on. A letter or digit counts 1 and a Hangul
# syllable or CJK character 2, since one syllable carries about what two Latin letters do:
# "전원이 안 켜집니다" (8 syllables) is too thin, "세탁기가 탈수 중에 멈춥니다" (12) is enough.
DETAILS_MIN_WEIGHT = 20

# Enough digits for the shortest Korean numbers a company can call back (e.g. 1588-0000).
_EMAIL_SHAPE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")

# Words that say "this is a question" without saying what about.
_GENERIC_WORDS = frozenset(
    {
        # Korean
        "문의",
        "문의사항",
        "문의드립니다",
        "문의합니다",
        "질문",
        "고객",
        "고객센터",
        "관련",
        "건",
        "요청",
        "요청드립니다",
        "안녕하세요",
        "긴급",
        "주문번호",
        "부탁드립니다",
        # English
        "inquiry",
        "enquiry",
        "question",
        "customer",
        "service",
        "support",
        "help",
        "request",
        "about",
        "regarding",
        "re",
        "fw",
        "fwd",
        "hello",
        "hi",
        "please",
        "urgent",
        "order",
        "no",
        "number",
        "a",
        "an",
        "the",
        "my",
    }
)
_TOKEN_EDGES = "[](){}<>:;,.!?\"'-–—·…/#"

# The facts each purpose's letter needs before a company can act on it, by field key (each is
# shown for that purpose and has a short name, `error.field.<key>`). A plain inquiry needs none.
NEEDED_FACTS: Mapping[str, tuple[str, ...]] = {
    DEFAULT_PURPOSE: (),
    "refund": ("payment_date", "amount", "payment_method"),
    "exchange": ("order_number", "delivered_date"),
    "repair": ("product", "order_date"),
    "cancel": ("order_number", "order_date"),
    "delivery": ("order_date", "promised_date"),
    "billing": ("amount", "expected_amount", "statement_date"),
}


@dataclass(frozen=True)
class CheckItem:
    """One line of the checklist: whether it is met, and what to do about it."""

    key: Literal["subject", "details", "facts", "contact"]
    ok: bool
    message: Msg  # resources/text/checklist.json


def _char_weight(char: str) -> int:
    if "\uac00" <= char <= "\ud7a3" or "\u4e00" <= char <= "\u9fff":
        return 2
    return 1 if char.isalnum() else 0


def details_weight(details: str) -> int:
    """How much substance the details carry (see DETAILS_MIN_WEIGHT)."""
    return sum(_char_weight(char) for char in details)


def subject_is_specific(subject: str, order_number: str = "") -> bool:
    """True when the subject has a word beyond generic ones, numbers and the order number."""
    order_words = set(_words(order_number))
    return any(
        word not in _GENERIC_WORDS
        and word not in order_words
        and any(char.isalpha() for char in word)
        for word in _words(subject)
    )


def _words(text: str) -> list[str]:
    words = (raw.strip(_TOKEN_EDGES).casefold() for raw in one_line(text).split())
    return [word for word in words if word]


def _has_contact(fields: DraftFields) -> bool:
    from fallback_desktop.core.domain.phone import is_reachable_number

    phone = fields.text("phone")
    has_email = bool(_EMAIL_SHAPE.fullmatch(fields.text("email").strip()))
    return has_email or (bool(phone.strip()) and is_reachable_number(phone))


@dataclass(frozen=True)
class FactNames:
    """The short names of some fields, listed in the language they are shown in."""

    keys: tuple[str, ...]

    def render(self, lang: Lang) -> str:
        return ", ".join(render(msg(f"error.field.{key}"), lang) for key in self.keys)


def missing_facts(fields: DraftFields, purpose: str) -> tuple[str, ...]:
    """The facts the purpose needs that the fields do not hold yet, in the purpose's order."""
    return tuple(key for key in NEEDED_FACTS.get(purpose, ()) if not _holds(fields, key))


def _holds(fields: DraftFields, key: str) -> bool:
    value = fields[key]
    return bool(value.strip()) if isinstance(value, str) else value is not None


def check_facts(fields: DraftFields, purpose: str) -> CheckItem | None:
    """Whether the letter holds the facts its purpose needs; None for a purpose needing none."""
    if not NEEDED_FACTS.get(purpose):
        return None
    missing = missing_facts(fields, purpose)
    if missing:
        return CheckItem(
            "facts", False, msg(f"check.facts_missing.{purpose}", missing=FactNames(missing))
        )
    return CheckItem("facts", True, msg(f"check.facts_ok.{purpose}"))


def check_draft(
    fields: DraftFields, draft: Draft, purpose: str = DEFAULT_PURPOSE
) -> list[CheckItem]:
    """The subject, details, facts (for a purpose that needs some) and contact checks, always
    in that order."""
    subject_ok = subject_is_specific(draft.subject, fields.text("order_number"))
    weight = details_weight(fields.text("details"))
    details_ok = weight >= DETAILS_MIN_WEIGHT
    details = "details_ok" if details_ok else ("details_short" if weight else "details_missing")
    contact_ok = _has_contact(fields)
    subject = "subject_ok" if subject_ok else "subject_missing"
    contact = "contact_ok" if contact_ok else "contact_missing"
    facts = check_facts(fields, purpose)
    return [
        CheckItem("subject", subject_ok, msg(f"check.{subject}")),
        CheckItem("details", details_ok, msg(f"check.{details}")),
        *([facts] if facts is not None else []),
        CheckItem("contact", contact_ok, msg(f"check.{contact}")),
    ]
