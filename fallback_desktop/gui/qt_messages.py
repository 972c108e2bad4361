"""Qt's own warnings, kept free of personal data on their way to the terminal.

Qt names a link that fails to open in full ("Unable to detect a launcher for 'mailto:…?body=…'",
"This plugin does not support … for 'file:///…/김민지 환불.eml'"): the person's name, number,
address and letter would land in a terminal or a log. Every message Qt prints passes through
`scrub`, which cuts it at the first thing that may hold such data and says so.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from fallback_desktop.scrubbing import WITHHELD, scrub

__all__ = ["WITHHELD", "install_message_filter", "scrub"]

# Qt's message types as the log's levels (logging's numbers: DEBUG 10 … CRITICAL 50).
_LEVELS = {
    QtMsgType.QtDebugMsg: 10,
    QtMsgType.QtInfoMsg: 20,
    QtMsgType.QtWarningMsg: 30,
    QtMsgType.QtCriticalMsg: 40,
    QtMsgType.QtFatalMsg: 50,
}


def _handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or ""
    prefix = f"{category}: " if category and category != "default" else ""
    # Qt's default handler writes to stderr too; a fatal message still ends the program
    # after this returns, as Qt does.
    words = prefix + scrub(message)
    print(words, file=sys.stderr, flush=True)
    # Into the log too, once it is open (fallback_desktop/logs.py); nothing before that.
    if "logging" in sys.modules:
        import logging

        logging.getLogger("fallback_desktop.qt").log(_LEVELS.get(mode, 30), "%s", words)


def install_message_filter() -> None:
    """Route every Qt message through `scrub` from now on (installing again is harmless)."""
    qInstallMessageHandler(_handler)
