"""The withdrawal window of an online purchase (전자상거래법 §17①): the values the refund and
cancellation letters cite it with, and the note the window shows next to the tick box."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from fallback_desktop.core.calendar.legal_clocks import NOT_ADVICE, LegalClock, withdrawal_clock
from fallback_desktop.core.text.catalog import Msg, msg
from fallback_desktop.core.text.days import format_day
from fallback_desktop.core.text.lang import Lang

if TYPE_CHECKING:
    from fallback_desktop.core.writing.fields import DraftFields

# The letters that may withdraw from a purchase; the others never cite the article.
WITHDRAWAL_PURPOSES = frozenset({"refund", "cancel"})


def withdrawal(fields: DraftFields) -> LegalClock | None:
    """The window, when the person says they bought online and gives the order or delivery day.

    The order (contract) day stands for the day the contract document arrived: a shop confirms
    an online order the day it is placed."""
    if not fields.flag("online_purchase"):
        return None
    return withdrawal_clock(fields.date("order_date"), fields.date("delivered_date"))


def withdrawal_values(fields: DraftFields, lang: Lang, today: dt.date) -> dict[str, object]:
    """`withdraw_by` (the last day written out, or "") and `withdraw_open` for a template."""
    clock = withdrawal(fields)
    if clock is None:
        return {"withdraw_by": "", "withdraw_open": False}
    return {
        "withdraw_by": format_day(clock.deadline, lang),
        "withdraw_open": not clock.has_passed(today),
    }


def withdrawal_notes(fields: DraftFields, purpose: str, today: dt.date) -> tuple[Msg, ...]:
    """What the window says beside "bought online": the last day and whether it has passed,
    whether the letter cites it, and that this is guidance; nothing for other letters."""
    if purpose not in WITHDRAWAL_PURPOSES or not fields.flag("online_purchase"):
        return ()
    clock = withdrawal(fields)
    if clock is None:
        return (msg("legal.withdrawal.need_date"),)
    cited = "not_in_letter" if clock.has_passed(today) else "in_letter"
    return (clock.notice(today), msg(f"legal.withdrawal.{cited}"), NOT_ADVICE)
