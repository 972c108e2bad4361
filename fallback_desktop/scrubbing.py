"""Text on its way to the terminal or the log, cut before anything of the person's.

Light on purpose (only `re`): Qt's message filter imports it before the window is on screen.
"""

from __future__ import annotations

import re

# Where a message starts to name something of the person's: a link of any scheme, an email
# address, a file path, a phone number, or any non-ASCII text.
_PRIVATE = re.compile(
    r"[A-Za-z][A-Za-z0-9+.-]*:(?://|[^\s'\"]*[@%?])"  # file://…, https://…, mailto:a@b, tel:%2B
    r"|\b(?:mailto|tel|sms|callto):"
    r"|[^\s'\"<>()]+@[^\s'\"<>()]+"  # an address
    r"|(?:^|(?<=[\s'\"(=]))(?:[A-Za-z]:)?[\\/]+[^\s'\"]"  # /home/…, C:\Users\…
    r"|\+?\d{2,4}[-.\s]\d{3,4}[-.\s]\d{4}"  # 010-0000-1234
    r"|\d{6}\s*-\s*\d{7}"  # a resident registration number
    r"|\d{4}[-\s]\d{4}[-\s]\d{4}[-\s]\d{1,7}"  # a card number
    r"|[^\x00-\x7f]"
)
WITHHELD = "[…]"


def scrub(message: str) -> str:
    """The message up to the first part that may hold personal data, then "[…]"."""
    found = _PRIVATE.search(message)
    if found is None:
        return message
    kept = message[: found.start()].rstrip(" '\"(<[{=:")
    return f"{kept} {WITHHELD}" if kept else WITHHELD
