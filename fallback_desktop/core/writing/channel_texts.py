"""The texts for every channel besides email, in one place for the window and the command line.

Each channel's text lives in its own module — the web form (webform), the messenger/SNS message
(messenger), the chat sheet (chat_sheet), the portal search words (portal), the phone sheet
(phone_sheet) — and `channel_text` gives what `draft --channel ID --format text` prints.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from fallback_desktop.core.text.catalog import render, text
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing.chat_sheet import ChatSheet, chat_sheet, chat_sheet_text
from fallback_desktop.core.writing.fields import DraftFields
from fallback_desktop.core.writing.messenger import messenger_text
from fallback_desktop.core.writing.phone_sheet import PhoneSheet, phone_sheet, phone_sheet_text
from fallback_desktop.core.writing.portal import portal_words
from fallback_desktop.core.writing.webform import FittedText, webform_text, webform_title

if TYPE_CHECKING:
    from fallback_desktop.core.calendar.business import BusinessCalendar
    from fallback_desktop.core.domain.company import Company

CHANNEL_TEXT_IDS = ("webform", "messenger", "sns", "chat", "portal", "phone")

__all__ = [
    "CHANNEL_TEXT_IDS",
    "ChatSheet",
    "FittedText",
    "PhoneSheet",
    "channel_text",
    "chat_sheet",
    "chat_sheet_text",
    "messenger_text",
    "phone_sheet",
    "phone_sheet_text",
    "portal_words",
    "webform_as_text",
    "webform_text",
    "webform_title",
]


def webform_as_text(title: str, fitted: FittedText, lang: Lang) -> str:
    """Title, the text, and — set apart below it — what was cut to fit and why it may not fit."""
    lines = [f"{text('channel_text.webform.title_label', lang)}: {title}", "", fitted.text]
    if fitted.shortened:
        lines += ["", "----", text("channel_text.webform.notes", lang)]
        lines += [f"※ {render(note, lang)}" for note in fitted.shortened]
    return "\n".join(lines) + "\n"


def channel_text(
    channel: str,
    fields: DraftFields,
    lang: Lang,
    *,
    company: Company | None = None,
    limit: int | None = None,
    unit: str = "chars",
    purpose: str = "general",
    now: dt.datetime | None = None,
    calendar: BusinessCalendar | None = None,
) -> str:
    """What `draft --channel ID --format text` prints for a channel of CHANNEL_TEXT_IDS.

    A web form without `limit` takes the cap noted for the company's web form, if any (counted
    in characters). The phone sheet is seen at `now` (default: this moment) with `calendar`'s
    holidays. ValueError for a channel this does not write (email has its own draft).
    """
    if channel == "webform":
        if limit is None and company is not None:
            address = company.address("webform")
            if address is not None and address.max_chars is not None:
                limit, unit = address.max_chars, "chars"
        fitted = webform_text(fields, lang, limit=limit, unit=unit, purpose=purpose)
        return webform_as_text(webform_title(fields, lang, purpose=purpose), fitted, lang)
    if channel in ("messenger", "sns"):
        return messenger_text(fields, lang, purpose=purpose) + "\n"
    if channel == "chat":
        return chat_sheet_text(chat_sheet(fields, lang, purpose=purpose), lang)
    if channel == "portal":
        return "".join(f"{words}\n" for words in portal_words(fields, lang, purpose=purpose))
    if channel == "phone":
        from fallback_desktop.core.calendar.business import SEOUL, BusinessCalendar

        at = dt.datetime.now(SEOUL) if now is None else now
        sheet = phone_sheet(company, at, calendar or BusinessCalendar(), lang)
        return phone_sheet_text(sheet, lang)
    raise ValueError(f"no channel text for {channel!r}; one of {CHANNEL_TEXT_IDS}")
