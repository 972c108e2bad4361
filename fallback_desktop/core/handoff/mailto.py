"""mailto: links (RFC 6068) that open the person's mail program with the draft filled in.

Round trip: ``parse_mailto(build_mailto(to, subject, body))`` gives back the address as
validate_address normalizes it, the subject without surrounding whitespace, and the body with
every line break (CRLF, CR or LF) turned into LF.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.handoff.headers import (
    check_encodable,
    check_header_value,
    validate_address,
)
from fallback_desktop.core.text.catalog import msg

# Common Windows mail programs drop the tail of longer links without a word; one Hangul
# syllable costs 9 characters once percent-encoded, so about 190 syllables already reach it.
MAILTO_LIMIT: int = 1800

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class MailtoTooLong(InputError):  # noqa: N818 - the name other modules already use
    """The draft would make a mail link longer than mail programs open intact."""

    def __init__(self, length: int, limit: int = MAILTO_LIMIT) -> None:
        super().__init__(msg("error.mailto_too_long", length=length, limit=limit))
        self.length = length
        self.limit = limit


def _encode(value: str) -> str:
    # safe="" so that "&", "=", "?", "#", "%", "+" and spaces can never be read as syntax.
    return quote(value, safe="")


def build_mailto(to: str, subject: str, body: str, *, limit: int = MAILTO_LIMIT) -> str:
    """A pure-ASCII mailto: URI; "" as `to` leaves the recipient for the mail program."""
    address = validate_address(to, "to", required=False)
    subject = check_header_value(subject, "subject")
    body = check_encodable(body, "body")
    fields = []
    if subject:
        fields.append("subject=" + _encode(subject))
    if body:
        fields.append("body=" + _encode(_LINE_BREAK.sub("\r\n", body)))
    # RFC 6068 section 2: every character of the address except the one "@" that is not
    # unreserved gets percent-encoded; a non-ASCII domain goes as UTF-8 (section 6.3).
    uri = "mailto:" + quote(address, safe="@")
    if fields:
        uri += "?" + "&".join(fields)
    if len(uri) > limit:
        raise MailtoTooLong(len(uri), limit)
    return uri


def parse_mailto(uri: str) -> tuple[str, str, str]:
    """(to, subject, body) of a mailto: URI, body line breaks as LF; ValueError if not mailto."""
    scheme, colon, rest = uri.partition(":")
    if not colon or scheme.lower() != "mailto":
        raise ValueError(f"not a mailto: URI: {uri[:40]!r}")
    path, _, query = rest.partition("?")
    recipients = [unquote(path, errors="strict")] if path else []
    subject = body = ""
    for pair in query.split("&") if query else []:
        raw_name, _, raw_value = pair.partition("=")
        name = unquote(raw_name, errors="strict").lower()
        value = unquote(raw_value, errors="strict")
        if name == "subject":
            subject = value
        elif name == "body":
            body = value
        elif name == "to" and value:
            recipients.append(value)
    return ",".join(recipients), subject, body.replace("\r\n", "\n")
