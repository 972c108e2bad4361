"""The draft's fields, each declared once: the window, the command line, the autosave, the
template and the checks are all made from this list.

Adding a field is one `Field(...)` below plus its label in resources/text/fields.json
(`field.<key>.label`, and `field.<key>.known` for a date the person may not know).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from fallback_desktop.core.text.catalog import Msg, msg


class Kind(enum.Enum):
    """What a field holds, which decides its input, its cleaning and how it is saved."""

    LINE = "line"  # one line of text
    TEXT = "text"  # several lines
    DATE = "date"
    EMAIL = "email"  # one address
    PHONE = "phone"
    FILES = "files"  # paths of files to attach

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
PURPOSES: frozenset[str] = frozenset(
    {"refund", "exchange", "repair", "cancel", "delivery", "billing", "general"}
)
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


# Lengths: 254 is the longest address mail carries (RFC 5321); the others leave room for any real
# name, number or account and catch a paste gone wrong. Contact details are not content: they
# come from the profile, so they alone are no draft worth offering back.
# fmt: off
FIELDS: tuple[Field, ...] = (
    Field("to", Kind.EMAIL, Group.RECIPIENT, "toEdit", "--to", max_length=254,
          example="help@example.com"),
    Field("company", Kind.LINE, Group.RECIPIENT, "companyEdit", "--company", max_length=100),
    Field("product", Kind.LINE, Group.RECIPIENT, "productEdit", "--product", max_length=200),
    Field("order_number", Kind.LINE, Group.RECIPIENT, "orderNumberEdit", "--order-number",
          max_length=100),
    Field("incident_date", Kind.DATE, Group.PROBLEM, "incidentDateEdit", "--incident-date",
          date_rule=DateRule.NOT_FUTURE, may_be_unknown=True),
    Field("details", Kind.TEXT, Group.PROBLEM, "detailsEdit", "--details", max_length=20_000,
          lines=(6, 12)),
    Field("tried", Kind.TEXT, Group.PROBLEM, "triedEdit", "--tried", max_length=5_000),
    Field("resolution", Kind.TEXT, Group.WISH, "resolutionEdit", "--resolution",
          max_length=5_000, lines=(2, 4)),
    # Not content either: it has a default.
    Field("reply_by", Kind.DATE, Group.WISH, "replyByEdit", "--reply-by",
          date_rule=DateRule.NOT_PAST, content=False),
    Field("name", Kind.LINE, Group.CONTACT, "nameEdit", "--name", max_length=100,
          remembered=True, content=False),
    Field("phone", Kind.PHONE, Group.CONTACT, "phoneEdit", "--phone", max_length=40,
          remembered=True, content=False),
    Field("email", Kind.EMAIL, Group.CONTACT, "emailEdit", "--email", max_length=254,
          remembered=True, content=False, example="me@example.com",
          error_names=frozenset({"sender", "from"})),
    Field("attachments", Kind.FILES, Group.FILES, "attachmentList", "--attach",
          error_names=frozenset({"attachment"})),
)
# fmt: on

# What a template gets besides the fields, made from them (see drafting.template_values).
DERIVED_VALUES: Mapping[str, str] = {
    "lang": '"ko" or "en"',
    "summary": "the start of the details, short enough for a subject",
    "topic": "product and summary together: the problem in a few words",
}


def registry() -> tuple[Field, ...]:
    """Every field, in the order the form shows them (read at call time, so tests can add one)."""
    return FIELDS


def field(key: str) -> Field:
    """The declaration of one field; KeyError for a key that is not a field."""
    for spec in registry():
        if spec.key == key:
            return spec
    raise KeyError(key)


def fields_for(channel: str, purpose: str = "general") -> tuple[Field, ...]:
    """The fields a letter for this channel and purpose asks for."""
    return tuple(f for f in registry() if channel in f.channels and purpose in f.purposes)


def template_names() -> frozenset[str]:
    """Every variable a template may use."""
    return frozenset(DERIVED_VALUES) | {f.key for f in registry()}


def field_of_error(name: str | None) -> str | None:
    """The field an error from core is about (it may use another name), or None."""
    for spec in registry():
        if name == spec.key or name in spec.error_names:
            return spec.key
    return None


_MNEMONIC = re.compile(r"\(&(\w)\)|&(?=\w)")


def without_mnemonic(label: str) -> str:
    """A label as words alone: "Compan&y name" -> "Company name", "회사 이름(&Y)" -> "회사 이름"."""
    return _MNEMONIC.sub("", label).replace("&&", "&").rstrip(" :")


# -- values -----------------------------------------------------------------------------------

Value = str | dt.date | tuple[Path, ...] | None


def empty(kind: Kind) -> Value:
    """The value of a field nobody filled in."""
    if kind is Kind.DATE:
        return None
    if kind is Kind.FILES:
        return ()
    return ""


def _checked(spec: Field, value: object) -> Value:
    if spec.kind.textual and isinstance(value, str):
        return value
    if spec.kind is Kind.DATE and (value is None or isinstance(value, dt.date)):
        return value
    if spec.kind is Kind.FILES and isinstance(value, Iterable) and not isinstance(value, str):
        return tuple(Path(p) for p in value)
    raise TypeError(f"{spec.key} takes {spec.kind.value}, not {type(value).__name__}")


class DraftFields(Mapping[str, Value]):
    """What the person typed about the problem and themselves, by field key.

    Unset fields read as empty; the typed accessors say which kind of value a caller expects.
    """

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, object] | None = None, /, **by_key: object) -> None:
        given = {**(values or {}), **by_key}
        self._values: dict[str, Value] = {}
        for key, value in given.items():
            try:
                spec = field(key)
            except KeyError:
                raise TypeError(f"DraftFields has no field {key!r}") from None
            self._values[key] = _checked(spec, value)

    def __getitem__(self, key: str) -> Value:
        if key in self._values:
            return self._values[key]
        return empty(field(key).kind)

    def __iter__(self) -> Iterator[str]:
        return (spec.key for spec in registry())

    def __len__(self) -> int:
        return len(registry())

    def __hash__(self) -> int:
        return hash(tuple(self.items()))

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in self._values.items())
        return f"DraftFields({shown})"

    def text(self, key: str) -> str:
        value = self[key]
        if not isinstance(value, str):
            raise TypeError(f"{key} is not text")
        return value

    def date(self, key: str) -> dt.date | None:
        value = self[key]
        if value is not None and not isinstance(value, dt.date):
            raise TypeError(f"{key} is not a date")
        return value

    def files(self, key: str) -> tuple[Path, ...]:
        value = self[key]
        if not isinstance(value, tuple):
            raise TypeError(f"{key} is not a list of files")
        return value

    def replace(self, **changes: object) -> DraftFields:
        """A copy with some fields changed."""
        return DraftFields({**self._values, **changes})


# -- saving as text (the autosave keeps every field as a string) ------------------------------


def to_text(value: Value) -> str:
    """A value as the autosave stores it."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return "\n".join(str(path) for path in value)
    return value or ""


def from_text(kind: Kind, text: str) -> Value:
    """A saved value back; ValueError when it cannot be one (the field is then left alone)."""
    if kind is Kind.DATE:
        return dt.date.fromisoformat(text) if text.strip() else None
    if kind is Kind.FILES:
        return tuple(Path(line) for line in text.splitlines() if line.strip())
    return text


# -- checks -----------------------------------------------------------------------------------


def check_fields(values: Mapping[str, Value], today: dt.date) -> list[tuple[str, Msg]]:
    """Remarks to show next to fields (a date on the wrong side of today, a text too long).

    They do not stop a letter: the person may know better (e.g. a delivery promised for tomorrow).
    """
    notes: list[tuple[str, Msg]] = []
    for spec in registry():
        value = values.get(spec.key)
        if isinstance(value, dt.date):
            if spec.date_rule is DateRule.NOT_FUTURE and value > today:
                notes.append((spec.key, msg("field.check.not_future")))
            elif spec.date_rule is DateRule.NOT_PAST and value < today:
                notes.append((spec.key, msg("field.check.not_past")))
        elif isinstance(value, str) and spec.max_length and len(value) > spec.max_length:
            notes.append(
                (spec.key, msg("field.check.too_long", limit=spec.max_length, length=len(value)))
            )
    return notes
