"""Qt's own warnings, kept free of personal data on their way to the terminal.

Qt names a link that fails to open in full ("Unable to detect a launcher for 'mailto:…?body=…'",
"This plugin does not support … for 'file:///…/김민지 환불.eml'"): the person's name, number,
address and letter would land in a terminal or a log. Every message Qt prints passes through
`scrub`, which cuts it at the first thing that may hold such data and says so.
"""

from __future__ import annotations

import re
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

# Where a message starts to name something of the person's: a link of any scheme, an email
# address, a file path, a phone number, or any non-ASCII text (Qt's own words are English).
_PRIVATE = re.compile(
    r"[A-Za-z][A-Za-z0-9+.-]*:(?://|[^\s'\"]*[@%?])"  # file://…, https://…, mailto:a@b, tel:%2B
    r"|\b(?:mailto|tel|sms|callto):"
    r"|[^\s'\"<>()]+@[^\s'\"<>()]+"  # an address
    r"|(?:^|(?<=[\s'\"(=]))(?:[A-Za-z]:)?[\\/]+[^\s'\"]"  # /home/…, C:\Users\…
    r"|\+?\d{2,4}[-.\s]\d{3,4}[-.\s]\d{4}"  # 010-0000-1234
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


def _handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or ""
    prefix = f"{category}: " if category and category != "default" else ""
    # Qt's default handler writes to stderr too; a fatal message still ends the program
    # after this returns, as Qt does.
    print(prefix + scrub(message), file=sys.stderr, flush=True)


def install_message_filter() -> None:
    """Route every Qt message through `scrub` from now on (installing again is harmless)."""
    qInstallMessageHandler(_handler)
