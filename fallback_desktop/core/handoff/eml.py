"""Unsent .eml drafts with attachments, for mail programs that open them ready to send.

A draft may have no recipient yet: it then has no To header, and the mail program asks for
one before sending, which is still quicker than starting over. Addresses go out in ASCII
(a Korean domain as its xn-- form); only an address whose part before "@" is not ASCII makes
the whole draft use UTF-8 headers (RFC 6532), the one way such an address can be written.
"""

from __future__ import annotations

import functools
import mimetypes
import pathlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.handoff.headers import (
    FORBIDDEN_IN_HEADERS,
    check_encodable,
    check_header_value,
    validated_address,
)
from fallback_desktop.core.text.catalog import msg

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

# Documents people in Korea often attach that Python's own table does not know.
_EXTRA_TYPES: dict[str, str] = {
    ".hwp": "application/x-hwp",
    ".hwpx": "application/hwp+zip",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
_COMPRESSED_TYPES: dict[str, str] = {
    "gzip": "application/gzip",
    "bzip2": "application/x-bzip2",
    "xz": "application/x-xz",
    "compress": "application/x-compress",
}
_FALLBACK_TYPE = "application/octet-stream"


@dataclass(frozen=True)
class _Attachment:
    filename: str
    data: bytes
    mime_type: str


@functools.cache
def _type_table() -> mimetypes.MimeTypes:
    # Python's built-in table only: the system one differs between machines, and on
    # Windows it comes from the registry, where other programs have left wrong entries.
    return mimetypes.MimeTypes()


def attachment_type(name: str) -> str:
    """The MIME type a mail program expects for a file of this name."""
    suffix = pathlib.PurePath(name).suffix.lower()
    if suffix in _EXTRA_TYPES:
        return _EXTRA_TYPES[suffix]
    mime_type, encoding = _type_table().guess_type(name, strict=False)
    if encoding is not None:
        return _COMPRESSED_TYPES.get(encoding, _FALLBACK_TYPE)
    # message/* and multipart/* parts may not be base64-encoded (RFC 2046), so send as bytes.
    if mime_type is None or mime_type.split("/")[0] in ("message", "multipart"):
        return _FALLBACK_TYPE
    return mime_type


def _display_name(path: pathlib.Path) -> str:
    """The file name with anything that could break a header made visible as "_"."""
    return "".join("_" if c in FORBIDDEN_IN_HEADERS else c for c in _CONTROL.sub("_", path.name))


def _read_attachment(path: pathlib.Path) -> _Attachment:
    name = _display_name(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(msg("error.attachment_missing", name=name), field="attachments") from None
    except OSError:
        raise InputError(
            msg("error.attachment_unreadable", name=name), field="attachments"
        ) from None
    return _Attachment(name, data, attachment_type(name))


def build_eml(
    to: str,
    subject: str,
    body: str,
    attachments: Sequence[pathlib.Path] = (),
    *,
    sender: str = "",
) -> bytes:
    """An unsent draft (X-Unsent: 1) as bytes; bad input raises InputError before any output."""
    from email.message import EmailMessage

    from fallback_desktop.core.handoff.mime_policy import ReaderSafePolicy

    recipient = validated_address(to, "to", required=False)
    own = validated_address(sender, "email", required=False)
    subject = check_header_value(subject, "subject")
    body = check_encodable(body, "body")
    files = [_read_attachment(path) for path in attachments]

    needs_utf8 = any(address and not ascii_form for address, ascii_form in (recipient, own))
    # Python's SMTP (or SMTPUTF8) policy, with headers every reader shows whole.
    message = EmailMessage(policy=ReaderSafePolicy(linesep="\r\n", utf8=needs_utf8))
    if own[0]:
        message["From"] = own[0] if needs_utf8 else own[1]
    if recipient[0]:
        message["To"] = recipient[0] if needs_utf8 else recipient[1]
    if subject:
        message["Subject"] = subject
    message["X-Unsent"] = "1"
    message.set_content(_LINE_BREAK.sub("\n", body), subtype="plain", charset="utf-8")
    for item in files:
        maintype, _, subtype = item.mime_type.partition("/")
        # The name twice: RFC 2231 `filename*` for today's readers, `name=` on Content-Type
        # for those that read only that (munpack, older Outlook).
        message.add_attachment(
            item.data,
            maintype=maintype,
            subtype=subtype,
            filename=item.filename,
            params={"name": item.filename},
        )
    for part in message.iter_attachments():
        # add_attachment repeats MIME-Version in every part; it belongs at the top only.
        del part["MIME-Version"]
    return message.as_bytes()


def write_eml(path: pathlib.Path, data: bytes) -> None:
    """Save a draft so that the file is either the old one or the whole new one, never half."""
    from fallback_desktop.core.store.files import atomic_write_bytes

    atomic_write_bytes(path, data, backup=False)
