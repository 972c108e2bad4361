"""What a field of the draft is: its kind, where it is shown, how its date is checked, and the
declaration that says all of it (the fields themselves are in fields.py)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from fallback_desktop.core.domain.purposes import PURPOSE_IDS
from fallback_desktop.core.text.catalog import Msg, msg


class Kind(enum.Enum):
    """What a field holds, which decides its input, its cleaning and how it is saved."""

    LINE = "line"  # one line of text
    TEXT = "text"  # several lines
    DATE = "date"
    EMAIL = "email"  # one address
    PHONE = "phone"
    FILES = "files"  # paths of files to attach
    FLAG = "flag"  # yes or no: a tick box, a command-line switch

    @property
    def single_line(self) -> bool:
        """Text that ends up in a mail header or the subject line, where a break is refused."""
        return self in (Kind.LINE, Kind.EMAIL, Kind.PHONE)

    @property
    def textual(self) -> bool:
        return self.single_line or self is Kind.TEXT


class Group(enum.Enum):
    """Where a field is shown, in the order the groups appear."""

    RECIPIENT = "recipient"  # who you write to
    PROBLEM = "problem"  # what happened
    WISH = "wish"  # what you want
    CONTACT = "contact"  # how to reach you
    FILES = "files"


class DateRule(enum.Enum):
    NOT_FUTURE = "not_future"  # something that already happened
    NOT_PAST = "not_past"  # a deadline still to come


# Purpose ids (PRODUCT.md); a field used by every purpose lists them all.
PURPOSES: frozenset[str] = frozenset(PURPOSE_IDS)
EMAIL_ONLY: frozenset[str] = frozenset({"email"})


@dataclass(frozen=True)
class Field:
    """One thing the person tells the company, and everything the app needs to know about it."""

    key: str  # also the template's variable and the autosave's key
    kind: Kind
    group: Group
    widget: str  # object name of the input (tests and assistive tools find it by this)
    option: str  # command-line option
    max_length: int | None = None
    date_rule: DateRule | None = None
    may_be_unknown: bool = False  # a date the person may not know: a tick box turns it on
    remembered: bool = False  # kept in the contact profile for the next letter
    content: bool = True  # counts as "the person wrote something" (a draft worth offering back)
    channels: frozenset[str] = EMAIL_ONLY
    purposes: frozenset[str] = PURPOSES
    lines: tuple[int, int] = (3, 5)  # a text box's height, fewest and most lines in view
    example: str = ""  # placeholder shown in an empty input
    error_names: frozenset[str] = frozenset()  # other names core's errors use for this field

    @property
    def label(self) -> Msg:
        """The label as shown next to the input, with its `&` shortcut marker."""
        return msg(f"field.{self.key}.label")

    @property
    def known_label(self) -> Msg:
        """For a date that may be unknown: what ticking its box says."""
        return msg(f"field.{self.key}.known")
