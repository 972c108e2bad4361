"""What a letter is for: the purpose ids of PRODUCT.md, in the order the window offers them.

Names live in the catalog (resources/text/fields.json, `purpose.<id>`); which fields and facts each
purpose asks for is declared with the fields (core/writing/fields.py) and the checklist.
"""

from __future__ import annotations

from fallback_desktop.core.text.catalog import Msg, msg

DEFAULT_PURPOSE = "general"
# The default first: most letters start as a plain inquiry.
PURPOSE_IDS: tuple[str, ...] = (
    DEFAULT_PURPOSE,
    "refund",
    "exchange",
    "repair",
    "cancel",
    "delivery",
    "billing",
)


def purpose_name(purpose: str) -> Msg:
    """The purpose as the window names it ("환불", "Refund")."""
    return msg(f"purpose.{purpose}")


def known_purpose(value: object) -> str:
    """The value when it is a purpose id, else the default (for saved or typed input)."""
    return value if isinstance(value, str) and value in PURPOSE_IDS else DEFAULT_PURPOSE
