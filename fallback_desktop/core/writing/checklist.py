"""The three things a customer-service email needs, checked live: subject, details, contact."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

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


@dataclass(frozen=True)
class CheckItem:
    """One line of the checklist: whether it is met, and what to do about it."""

    key: Literal["subject", "details", "contact"]
    ok: bool
    text: str


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

    has_email = bool(_EMAIL_SHAPE.fullmatch(fields.email.strip()))
    return has_email or (bool(fields.phone.strip()) and is_reachable_number(fields.phone))


_TEXTS: dict[str, dict[Lang, str]] = {
    "subject_ok": {
        "ko": "제목에 문제의 핵심이 드러납니다.",
        "en": "The subject names the problem.",
    },
    "subject_missing": {
        "ko": "제목에 제품명과 무엇이 문제인지 넣어 주세요.",
        "en": "Name the product and the problem in the subject.",
    },
    "details_ok": {
        "ko": "무슨 일이 있었는지 구체적으로 적혀 있습니다.",
        "en": "The details say specifically what happened.",
    },
    "details_missing": {
        "ko": "무슨 일이 언제 있었는지 자세한 내용을 적어 주세요.",
        "en": "Describe what happened and when, with specific facts.",
    },
    "details_short": {
        "ko": "내용이 짧습니다. 증상, 날짜, 오류 메시지를 더 적어 주세요.",
        "en": "The details are too short to act on: add symptoms, dates or error messages.",
    },
    "contact_ok": {
        "ko": "답장을 받을 연락처가 들어 있습니다.",
        "en": "Your contact details are there, so they can reply.",
    },
    "contact_missing": {
        "ko": "답장을 받을 수 있도록 전화번호나 이메일 주소를 적어 주세요.",
        "en": "Add a phone number or email address so they can reply.",
    },
}


def check_draft(fields: DraftFields, draft: Draft, lang: Lang) -> list[CheckItem]:
    """The subject, details and contact checks, always in that order."""
    subject_ok = subject_is_specific(draft.subject, fields.order_number)
    weight = details_weight(fields.details)
    details_ok = weight >= DETAILS_MIN_WEIGHT
    details_key = "details_ok" if details_ok else ("details_short" if weight else "details_missing")
    contact_ok = _has_contact(fields)
    return [
        CheckItem(
            "subject", subject_ok, _TEXTS["subject_ok" if subject_ok else "subject_missing"][lang]
        ),
        CheckItem("details", details_ok, _TEXTS[details_key][lang]),
        CheckItem(
            "contact", contact_ok, _TEXTS["contact_ok" if contact_ok else "contact_missing"][lang]
        ),
    ]
