"""Phone numbers the way Korean customer centers read them (STYLE rule 9)."""

from __future__ import annotations


def is_reachable_number(text: str) -> bool:
    """True when text holds a number that could be dialled in Korea (or with a + prefix)."""
    if not text.strip():
        return False  # without loading phonenumbers' metadata for nothing
    import phonenumbers

    try:
        number = phonenumbers.parse(text, "KR")
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_possible_number(number))


def national_format(text: str) -> str:
    """010-1234-5678 style for a valid Korean number; anything else is returned as typed."""
    if not text.strip():
        return text
    import phonenumbers

    try:
        number = phonenumbers.parse(text, "KR")
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_valid_number(number):
        return text
    fmt = phonenumbers.PhoneNumberFormat
    return str(
        phonenumbers.format_number(
            number, fmt.NATIONAL if number.country_code == 82 else fmt.INTERNATIONAL
        )
    )
