"""The short message for a messenger or SNS window (카카오톡 채널, 네이버 톡톡, Instagram DM).

One greeting line, the problem in one or two sentences, the order number, the ask: short and
polite, and with no name, phone number or email address added — the window scans what the
person typed for personal data before it is copied (core.writing.personal_data).
"""

from __future__ import annotations

from fallback_desktop.core.text.catalog import text
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing import channel_common as common
from fallback_desktop.core.writing.fields import DraftFields

MESSENGER_CHARS = 300
# The problem keeps to a couple of sentences even when the message has room for more.
PROBLEM_CHARS = 180
RESOLUTION_CHARS = 60


def messenger_text(fields: DraftFields, lang: Lang, *, purpose: str = "general") -> str:
    """A message of at most MESSENGER_CHARS characters for a company's messenger or SNS."""
    cleaned = common.values(fields, lang, contact=False, start_only=True)
    product, order = common.product_and_order(cleaned)
    about = (
        text("channel_text.about.product", lang, product=product)
        if product
        else text("channel_text.about.none", lang)
    )
    greeting = f"{text('channel_text.hello', lang)} {about}"
    facts = " · ".join(
        text(f"channel_text.fact.{key}", lang, value=value)
        for key, value in (("order", order), ("date", cleaned["incident_date"]))
        if value
    )
    closing = common.ask(purpose, lang)
    used = len("\n".join(line for line in (greeting, facts, closing) if line))
    problem = common.first_sentences(
        cleaned["details"], 2, min(MESSENGER_CHARS - used - 1, PROBLEM_CHARS)
    )
    if problem:
        used += len(problem) + 1
    wish = ""
    if cleaned["resolution"]:
        wanted = common.first_sentences(cleaned["resolution"], 1, RESOLUTION_CHARS)
        line = text("channel_text.fact.resolution", lang, value=wanted)
        if used + len(line) + 1 <= MESSENGER_CHARS:
            wish = line
    return "\n".join(line for line in (greeting, problem, facts, wish, closing) if line)
