"""The live chat's preparation sheet: the facts to have ready, an opening line to paste, tips."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from fallback_desktop.core.text.catalog import msg, render_list, text
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing import channel_common as common
from fallback_desktop.core.writing.drafting import format_date
from fallback_desktop.core.writing.fields import DraftFields, registry

OPENING_PROBLEM_CHARS = 80
HAPPENED_CHARS = 160
WANTED_CHARS = 100
# A purchase date, under whichever name the field registry declares one (none yet: missing).
_PURCHASE_KEYS = ("purchase_date", "order_date")


@dataclass(frozen=True)
class ChatSheet:
    """What to have at hand before a live chat, and the first line to send."""

    ready: tuple[tuple[str, str], ...]  # (label, value) facts to have ready; value "" = missing
    opening: str  # the opening line to paste
    tips: tuple[str, ...]  # e.g. save the transcript


def opening_line(cleaned: dict[str, Any], lang: Lang, purpose: str) -> str:
    """Hello, what it is about, the problem in a sentence, the ask — one line."""
    product, order = common.product_and_order(cleaned)
    problem = common.first_sentences(cleaned["details"], 1, OPENING_PROBLEM_CHARS)
    if product and order:
        about = text("channel_text.about.both", lang, product=product, order=order)
    elif product or order:
        key = "product" if product else "order"
        about = text(f"channel_text.about.{key}", lang, product=product, order=order)
    else:
        about = "" if problem else text("channel_text.about.none", lang)
    parts = (text("channel_text.hello", lang), about, common.as_sentence(problem))
    return " ".join(part for part in (*parts, common.ask(purpose, lang)) if part)


def _purchase_date(fields: DraftFields, lang: Lang) -> str:
    declared = {spec.key for spec in registry()}
    for key in _PURCHASE_KEYS:
        if key in declared:
            value = fields.get(key)
            if isinstance(value, dt.date):
                return format_date(value, lang)
    return ""


def _wanted(cleaned: dict[str, Any], lang: Lang, purpose: str) -> str:
    if cleaned["resolution"]:
        return common.first_sentences(cleaned["resolution"], 1, WANTED_CHARS)
    if common.purpose_id(purpose) != "general":
        return common.label(purpose, lang)
    return ""


def chat_sheet(fields: DraftFields, lang: Lang, *, purpose: str = "general") -> ChatSheet:
    """The sheet for a live chat or a messenger consultation, from the letter's fields."""
    cleaned = common.values(fields, lang, start_only=True, purpose=purpose)
    # The purchase date is on the sheet already (from the order date where there is one).
    own = [
        (label, value or "✓")
        for label, value in common.purpose_facts(cleaned, lang, purpose, skip=("order_date",))
    ]
    facts = (
        ("order", cleaned["order_number"]),
        ("product", cleaned["product"]),
        ("purchase", _purchase_date(fields, lang)),
        ("incident", cleaned["incident_date"]),
        ("happened", common.first_sentences(cleaned["details"], 2, HAPPENED_CHARS)),
        ("wanted", _wanted(cleaned, lang, purpose)),
        ("contact", common.contact_line(cleaned)),
    )
    ready = [(text(f"channel_text.chat.{key}", lang), value) for key, value in facts]
    return ChatSheet(
        ready=tuple(ready[:4] + own + ready[4:]),
        opening=opening_line(cleaned, lang, purpose),
        tips=tuple(render_list(msg("channel_text.chat.tips"), lang)),
    )


def chat_sheet_text(sheet: ChatSheet, lang: Lang) -> str:
    """The sheet as text: the opening line first (ready to paste), then the facts and tips."""
    missing = text("channel_text.chat.missing", lang)
    lines = [sheet.opening, "", text("channel_text.chat.ready_title", lang)]
    lines += [f"- {label}: {value or missing}" for label, value in sheet.ready]
    lines += ["", text("channel_text.chat.tips_title", lang)]
    lines += [f"- {tip}" for tip in sheet.tips]
    return "\n".join(lines) + "\n"
