"""An address as typed -> as stored, or the catalog sentence saying what is wrong: phone numbers
through phonenumbers (region KR, STYLE rule 9: kept in E.164), email addresses through
email-validator, web addresses only with http or https and without a user name before the host
(STYLE rule 17: what is shown as the host is where the link goes)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from fallback_desktop.core.domain.field_checks import clean_line, problem

NAME_CHARS = 100
URL_CHARS = 2000
OPENABLE_SCHEMES = frozenset({"http", "https"})

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_PORT = re.compile(r"[0-9]+(?:[/?#]|$)")
_KNOWN_SCHEMES = frozenset(
    {"http", "https", "mailto", "tel", "javascript", "file", "data", "vbscript"}
)
_SPACE = re.compile(r"\s")


def parse_phone(value: str) -> str:
    """A number that can be dialled from Korea, in E.164 (080-720-8000 -> +82807208000)."""
    text = clean_line(value, "address", 40)
    if text.lower().startswith("tel:"):
        text = text[4:]
    if not text:
        raise problem("address_missing", "address")
    import phonenumbers
    from phonenumbers import shortnumberinfo

    try:
        number = phonenumbers.parse(text, "KR")
    except phonenumbers.NumberParseException:
        raise problem("phone_invalid", "address", value=text) from None
    if not (phonenumbers.is_valid_number(number) or shortnumberinfo.is_valid_short_number(number)):
        raise problem("phone_invalid", "address", value=text)
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def parse_email(value: str) -> str:
    """One email address, normalized; a mailto: link is taken for its address."""
    text = clean_line(value, "address", 320)
    if text.lower().startswith("mailto:"):
        text = text[7:].split("?", 1)[0]
    if not text:
        raise problem("address_missing", "address")
    if any(c in text for c in "<>,; ") or text.count("@") != 1:
        raise problem("email_invalid", "address", value=text)
    plain = _plain_email(text)
    if plain is not None:
        return plain
    from email_validator import EmailNotValidError, validate_email

    try:
        return str(validate_email(text, check_deliverability=False).normalized)
    except EmailNotValidError:
        raise problem("email_invalid", "address", value=text) from None


# An ordinary ASCII address, which email-validator would accept and return with only its
# domain lowercased: checked here, because ten thousand of them in an import would otherwise
# take a third of a second. Anything else (Unicode, punycode, reserved domains) goes to it.
_PLAIN_EMAIL = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
)
_RESERVED_DOMAINS = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})


def _plain_email(text: str) -> str | None:
    found = _PLAIN_EMAIL.fullmatch(text)
    if found is None or len(text) > 254 or text.index("@") > 64:
        return None
    domain = found.group(1).lower()
    if "xn--" in domain or domain.rsplit(".", 1)[-1] in _RESERVED_DOMAINS:
        return None
    return text[: text.index("@") + 1] + domain


def _scheme(text: str) -> str | None:
    """The scheme before ':' — except for host:port (example.com:8443/x), which has none."""
    found = _SCHEME.match(text)
    if found is None:
        return None
    scheme = found.group(1).lower()
    if scheme not in _KNOWN_SCHEMES and _PORT.match(text, found.end()):
        return None
    return scheme


def parse_web(value: str) -> str:
    """A web address that is safe to open: http or https, a host with a dot, no user name.
    Without a scheme (pf.kakao.com/_abc) https:// is assumed."""
    text = clean_line(value, "address", URL_CHARS)
    if not text:
        raise problem("address_missing", "address")
    scheme = _scheme(text)
    if scheme is None:
        if "@" in text.split("/", 1)[0] or text.startswith(("/", "\\")) or " " in text:
            raise problem("url_invalid", "address", value=text)
        text = "https://" + text
    elif scheme in ("mailto", "tel"):
        raise problem("url_wrong_kind", "address", value=text)
    elif scheme not in OPENABLE_SCHEMES:
        raise problem("url_unsafe", "address", scheme=scheme)
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        _ = parts.port  # raises for a port that is not a number
    except ValueError:
        raise problem("url_invalid", "address", value=text) from None
    if parts.username is not None or parts.password is not None:
        raise problem("url_userinfo", "address", value=text)
    if "." not in host.strip(".") or _SPACE.search(text) or "\\" in parts.netloc:
        raise problem("url_invalid", "address", value=text)
    return text


def parse_app(value: str) -> str:
    """The app's store page (a web address) or, where no link is known, its name."""
    text = clean_line(value, "address", URL_CHARS)
    if not text:
        raise problem("address_missing", "address")
    head = text.split("/", 1)[0]
    if _scheme(text) is not None or ("." in head and " " not in text):
        return parse_web(text)
    return clean_line(text, "address", NAME_CHARS)


def parse_address_value(channel: str, value: str) -> str:
    """The stored form of an address typed for `channel`."""
    if channel == "phone":
        return parse_phone(value)
    if channel == "email":
        return parse_email(value)
    if channel == "app":
        return parse_app(value)
    return parse_web(value)
