"""The email policy of our drafts: Python's SMTP policy, with the headers that readers would
otherwise lose written out by hand (see encoded_words.py for the why).

Imported only when a draft is built: the email package is not needed before that.
"""

from __future__ import annotations

import string
from email.headerregistry import ContentTypeHeader, UnstructuredHeader
from email.policy import EmailPolicy
from typing import Any, cast

from fallback_desktop.core.handoff.encoded_words import fold_encoded, quoted_parameter

# The characters of a MIME token (RFC 2045), for the names of other parameters.
_TOKEN_SAFE = frozenset(string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~")


class ReaderSafePolicy(EmailPolicy):
    """Unstructured headers (the subject) as encoded words without padding in the middle;
    a Content-Type with `name=` carries it RFC 2047-encoded, which munpack and older mail
    programs read (Content-Disposition keeps Python's RFC 2231 `filename*` for the rest)."""

    def fold(self, name: str, value: Any) -> str:
        return self._reader_safe(name, value) or super().fold(name, value)

    def fold_binary(self, name: str, value: Any) -> bytes:
        mine = self._reader_safe(name, value)
        return mine.encode("ascii") if mine is not None else super().fold_binary(name, value)

    def _reader_safe(self, name: str, value: Any) -> str | None:
        if isinstance(value, ContentTypeHeader) and "name" in value.params:
            return self._content_type(name, value)
        # Only where Python would use encoded words itself: plain ASCII (and the UTF-8
        # headers of an SMTPUTF8 draft) stay exactly as Python writes them.
        # (A header object is a str; passed as one, Python would not refold a short value.)
        if isinstance(value, UnstructuredHeader) and "=?" in super().fold(name, cast(str, value)):
            return fold_encoded(name, str(value), self.linesep)
        return None

    def _content_type(self, name: str, value: ContentTypeHeader) -> str | None:
        params = dict(value.params)
        file_name = str(params.pop("name"))
        others = []
        for key, param in params.items():
            text = str(param)
            if not set(key) <= _TOKEN_SAFE or not all(" " <= c <= "~" for c in text):
                return None  # not ours to write: leave it to Python
            others.append(quoted_parameter(key, text, self.linesep))
        parts = [*others, quoted_parameter("name", file_name, self.linesep)]
        head = f"{name}: {value.content_type}"
        return head + "".join(";" + self.linesep + part for part in parts) + self.linesep
