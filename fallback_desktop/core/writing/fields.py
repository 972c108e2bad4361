"""The draft's fields, each declared once: the window, the command line, the autosave, the
template and the checks are all made from this list.

Adding a field is one `Field(...)` below plus its label in resources/text/fields.json
(`field.<key>.label`, and `field.<key>.known` for a date the person may not know). A field that
only some letters need names them in `purposes` (ids in core/domain/purposes.py); the form shows
it only for those, and a letter for another purpose gets it empty.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from fallback_desktop.core.text.catalog import Msg, msg
from fallback_desktop.core.writing.field_types import EMAIL_ONLY as EMAIL_ONLY
from fallback_desktop.core.writing.field_types import PURPOSES as PURPOSES
from fallback_desktop.core.writing.field_types import DateRule as DateRule
from fallback_desktop.core.writing.field_types import Field as Field
from fallback_desktop.core.writing.field_types import Group as Group
from fallback_desktop.core.writing.field_types import Kind as Kind

# The purposes that deal with a purchase and its payment, and the ones that may withdraw from it.
_BOUGHT = frozenset({"refund", "exchange", "repair", "cancel", "delivery"})
_PAID = frozenset({"refund", "cancel", "billing"})
_WITHDRAW = frozenset({"refund", "cancel"})


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
    # The purchase, for the letters that need it (the contract's and the delivery's days also
    # time the withdrawal window of an online purchase: core/writing/withdrawal.py).
    Field("order_date", Kind.DATE, Group.PROBLEM, "orderDateEdit", "--order-date",
          date_rule=DateRule.NOT_FUTURE, may_be_unknown=True, purposes=_BOUGHT),
    Field("payment_date", Kind.DATE, Group.PROBLEM, "paymentDateEdit", "--payment-date",
          date_rule=DateRule.NOT_FUTURE, may_be_unknown=True, purposes=_WITHDRAW),
    Field("amount", Kind.LINE, Group.PROBLEM, "amountEdit", "--amount", max_length=50,
          purposes=_PAID),
    Field("expected_amount", Kind.LINE, Group.PROBLEM, "expectedAmountEdit", "--expected-amount",
          max_length=50, purposes=frozenset({"billing"})),
    Field("payment_method", Kind.LINE, Group.PROBLEM, "paymentMethodEdit", "--payment-method",
          max_length=100, purposes=_PAID),
    Field("statement_date", Kind.DATE, Group.PROBLEM, "statementDateEdit", "--statement-date",
          date_rule=DateRule.NOT_FUTURE, may_be_unknown=True, purposes=frozenset({"billing"})),
    Field("promised_date", Kind.DATE, Group.PROBLEM, "promisedDateEdit", "--promised-date",
          may_be_unknown=True, purposes=frozenset({"delivery"})),
    Field("tracking_number", Kind.LINE, Group.PROBLEM, "trackingNumberEdit", "--tracking-number",
          max_length=100, purposes=frozenset({"delivery"})),
    Field("delivered_date", Kind.DATE, Group.PROBLEM, "deliveredDateEdit", "--delivered-date",
          date_rule=DateRule.NOT_FUTURE, may_be_unknown=True,
          purposes=frozenset({"refund", "exchange", "cancel"})),
    Field("online_purchase", Kind.FLAG, Group.PROBLEM, "onlinePurchaseCheck", "--online-purchase",
          purposes=_WITHDRAW),
    Field("in_warranty", Kind.FLAG, Group.PROBLEM, "inWarrantyCheck", "--in-warranty",
          purposes=frozenset({"repair"})),
    Field("incident_date", Kind.DATE, Group.PROBLEM, "incidentDateEdit", "--incident-date",
          date_rule=DateRule.NOT_FUTURE, may_be_unknown=True),
    Field("details", Kind.TEXT, Group.PROBLEM, "detailsEdit", "--details", max_length=20_000,
          lines=(6, 12)),
    Field("tried", Kind.TEXT, Group.PROBLEM, "triedEdit", "--tried", max_length=5_000),
    Field("end_date", Kind.DATE, Group.WISH, "endDateEdit", "--end-date",
          date_rule=DateRule.NOT_PAST, may_be_unknown=True, purposes=frozenset({"cancel"})),
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
    "purpose": "what the letter is for (an id of core/domain/purposes.py, e.g. refund)",
    "summary": "the start of the details, short enough for a subject",
    "topic": "product and summary together: the problem in a few words",
    "withdraw_by": "the last day to withdraw from an online purchase (§17①), or empty",
    "withdraw_open": "true while that day has not passed",
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

Value = str | bool | dt.date | tuple[Path, ...] | None


def empty(kind: Kind) -> Value:
    """The value of a field nobody filled in."""
    if kind is Kind.DATE:
        return None
    if kind is Kind.FILES:
        return ()
    if kind is Kind.FLAG:
        return False
    return ""


def _checked(spec: Field, value: object) -> Value:
    if spec.kind.textual and isinstance(value, str):
        return value
    if spec.kind is Kind.DATE and (value is None or isinstance(value, dt.date)):
        return value
    if spec.kind is Kind.FILES and isinstance(value, Iterable) and not isinstance(value, str):
        return tuple(Path(p) for p in value)
    if spec.kind is Kind.FLAG and isinstance(value, bool):
        return value
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

    def flag(self, key: str) -> bool:
        value = self[key]
        if not isinstance(value, bool):
            raise TypeError(f"{key} is not a yes or no")
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
    if isinstance(value, bool):
        return "yes" if value else ""
    return value or ""


def from_text(kind: Kind, text: str) -> Value:
    """A saved value back; ValueError when it cannot be one (the field is then left alone)."""
    if kind is Kind.DATE:
        return dt.date.fromisoformat(text) if text.strip() else None
    if kind is Kind.FILES:
        return tuple(Path(line) for line in text.splitlines() if line.strip())
    if kind is Kind.FLAG:
        if text not in ("yes", ""):
            raise ValueError(f"not a yes or no: {text!r}")
        return text == "yes"
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
