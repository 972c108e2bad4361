"""Checks for text that ends up in a mail header: one line, one address, nothing hidden."""

from __future__ import annotations

import re

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.text.catalog import Msg, Words, has, msg

# Everything str.splitlines() treats as a line break, plus NUL: any of them could
# end a header early in some mail program and start a header of the sender's choosing.
FORBIDDEN_IN_HEADERS: frozenset[str] = frozenset(
    {"\r", "\n", "\x00", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"}
)

# Mail programs (and Python's own email package) decode "=?charset?encoding?text?=" in a
# header, so a typed one could smuggle a line break past the check above.
_ENCODED_WORD = re.compile(r"=\?[^?]*\?[^?]*\?.*?\?=", re.DOTALL)


def field_name(field: str) -> Msg | Words:
    """The name a person knows the field by (error.field.*), else the field's own id."""
    key = f"error.field.{field}"
    return msg(key) if has(key) else Words(field, field)


def _error(key: str, field: str) -> InputError:
    return InputError(msg(key, field=field_name(field)), field=field)


def check_encodable(value: str, field: str) -> str:
    """The value unchanged; InputError when it holds half of a character (a lone surrogate),
    which no mail program or file can carry."""
    if any("\ud800" <= char <= "\udfff" for char in value):
        raise _error("error.broken_character", field)
    return value


def check_header_value(value: str, field: str) -> str:
    """The value without surrounding whitespace; InputError when a line break hides inside."""
    stripped = check_encodable(value, field).strip()
    if any(char in FORBIDDEN_IN_HEADERS for char in stripped):
        raise _error("error.header_line_break", field)
    if _ENCODED_WORD.search(stripped):
        raise _error("error.header_encoded_word", field)
    return stripped


def _address_problem(value: str, field: str) -> InputError | None:
    """A specific sentence for the usual ways an address goes wrong, before the full check."""
    if "<" in value or ">" in value:
        return _error("error.address_with_name", field)
    if "," in value or ";" in value or value.count("@") > 1:
        return _error("error.address_many", field)
    if any(char.isspace() for char in value):
        return _error("error.address_spaces", field)
    if "@" not in value:
        return _error("error.address_no_at", field)
    return None


def validated_address(value: str, field: str = "to", *, required: bool = True) -> tuple[str, str]:
    """(normalized address, its ASCII form) — the ASCII form is "" when only UTF-8 mail can
    carry the address (a non-ASCII local part); ("", "") for an allowed empty field."""
    address = check_header_value(value, field)
    if not address:
        if required:
            raise _error("error.address_missing", field)
        return "", ""
    problem = _address_problem(address, field)
    if problem is not None:
        raise problem
    from email_validator import EmailNotValidError, validate_email

    try:
        checked = validate_email(address, check_deliverability=False)
    except EmailNotValidError:
        raise _error("error.address_invalid", field) from None
    return checked.normalized, checked.ascii_email or ""


def validate_address(value: str, field: str = "to", *, required: bool = True) -> str:
    """Exactly one email address, normalized; "" only when the field may stay empty."""
    return validated_address(value, field, required=required)[0]
