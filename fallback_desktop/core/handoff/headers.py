"""Checks for text that ends up in a mail header: one line, one address, nothing hidden."""

from __future__ import annotations

import re

from fallback_desktop.core.domain.errors import InputError

# Everything str.splitlines() treats as a line break, plus NUL: any of them could
# end a header early in some mail program and start a header of the sender's choosing.
FORBIDDEN_IN_HEADERS: frozenset[str] = frozenset(
    {"\r", "\n", "\x00", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"}
)

# Mail programs (and Python's own email package) decode "=?charset?encoding?text?=" in a
# header, so a typed one could smuggle a line break past the check above.
_ENCODED_WORD = re.compile(r"=\?[^?]*\?[^?]*\?.*?\?=", re.DOTALL)

# (Korean, English) names of the fields as a person sees them on screen.
_FIELD_NAMES: dict[str, tuple[str, str]] = {
    "to": ("받는 사람", "recipient"),
    "email": ("내 이메일", "your email"),
    "from": ("보내는 사람", "sender"),
    "subject": ("제목", "subject"),
    "body": ("본문", "message"),
}


def field_names(field: str) -> tuple[str, str]:
    """The Korean and English name a person knows the field by."""
    return _FIELD_NAMES.get(field, (field, field))


def check_encodable(value: str, field: str) -> str:
    """The value unchanged; InputError when it holds half of a character (a lone surrogate),
    which no mail program or file can carry."""
    if any("\ud800" <= char <= "\udfff" for char in value):
        ko, en = field_names(field)
        raise InputError(
            f"{ko} 칸에 깨진 글자(이모지나 기호의 반쪽)가 있어 보낼 수 없으니 "
            "지우고 다시 적어 주세요.",
            f"The “{en}” field contains a broken character (half of an emoji or symbol) that "
            "cannot be sent: delete it and type it again.",
            field=field,
        )
    return value


def check_header_value(value: str, field: str) -> str:
    """The value without surrounding whitespace; InputError when a line break hides inside."""
    stripped = check_encodable(value, field).strip()
    ko, en = field_names(field)
    if any(char in FORBIDDEN_IN_HEADERS for char in stripped):
        raise InputError(
            f"{ko} 칸에는 줄바꿈이나 보이지 않는 제어 문자를 넣을 수 없으니 한 줄로 적어 주세요.",
            f"The “{en}” field must be a single line: remove the line break or hidden "
            "control character.",
            field=field,
        )
    if _ENCODED_WORD.search(stripped):
        raise InputError(
            f"{ko} 칸의 ‘=?…?=’ 꼴 글자는 메일 프로그램이 다른 글자로 바꿔 읽으니 "
            "빼거나 고쳐 주세요.",
            f"The “{en}” field contains text shaped like “=?…?=”, which mail programs "
            "read as hidden code, so please remove or change it.",
            field=field,
        )
    return stripped


def _address_problem(value: str, field: str) -> InputError | None:
    """A specific sentence for the usual ways an address goes wrong, before the full check."""
    ko, en = field_names(field)
    if "<" in value or ">" in value:
        return InputError(
            f"{ko} 칸에는 이름이나 꺾쇠괄호 없이 주소만 적어 주세요(예: help@example.com).",
            f"Enter only the address in the “{en}” field, without a name or angle brackets "
            "(for example help@example.com).",
            field=field,
        )
    if "," in value or ";" in value or value.count("@") > 1:
        return InputError(
            f"{ko} 칸에는 쉼표나 세미콜론 없이 이메일 주소를 하나만 적어 주세요.",
            f"Enter just one email address in the “{en}” field, without commas or semicolons.",
            field=field,
        )
    if any(char.isspace() for char in value):
        return InputError(
            f"{ko} 칸의 이메일 주소 안에 있는 빈칸을 지워 주세요.",
            f"Remove the spaces inside the email address in the “{en}” field.",
            field=field,
        )
    if "@" not in value:
        return InputError(
            f"{ko} 칸의 이메일 주소에 @ 기호가 빠져 있어요(예: help@example.com).",
            f"The email address in the “{en}” field is missing the @ sign (for example "
            "help@example.com).",
            field=field,
        )
    return None


def validated_address(value: str, field: str = "to", *, required: bool = True) -> tuple[str, str]:
    """(normalized address, its ASCII form) — the ASCII form is "" when only UTF-8 mail can
    carry the address (a non-ASCII local part); ("", "") for an allowed empty field."""
    address = check_header_value(value, field)
    ko, en = field_names(field)
    if not address:
        if required:
            raise InputError(
                f"{ko} 칸에 이메일 주소를 적어 주세요.",
                f"Please enter an email address in the “{en}” field.",
                field=field,
            )
        return "", ""
    problem = _address_problem(address, field)
    if problem is not None:
        raise problem
    from email_validator import EmailNotValidError, validate_email

    try:
        checked = validate_email(address, check_deliverability=False)
    except EmailNotValidError:
        raise InputError(
            f"{ko} 칸의 이메일 주소가 올바른 형식이 아니에요(예: help@example.com).",
            f"The email address in the “{en}” field is not in a valid form (for example "
            "help@example.com).",
            field=field,
        ) from None
    return checked.normalized, checked.ascii_email or ""


def validate_address(value: str, field: str = "to", *, required: bool = True) -> str:
    """Exactly one email address, normalized; "" only when the field may stay empty."""
    return validated_address(value, field, required=required)[0]
