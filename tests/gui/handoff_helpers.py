"""Reading back what the hand-off gave the desktop: the .eml draft behind a file:// link."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from pathlib import Path
from typing import cast

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


def action(parent: QWidget, name: str) -> QAction:
    """A menu action of the hand-off buttons, by its object name."""
    found = parent.findChild(QAction, name)
    assert isinstance(found, QAction), f"no action named {name}"
    return found


def opened_path(url: str) -> Path:
    """The local file a file:// link opened."""
    qurl = QUrl.fromEncoded(url.encode("ascii"))
    assert qurl.isLocalFile(), url[:20]
    return Path(qurl.toLocalFile())


def read_opened_draft(url: str) -> EmailMessage:
    """The .eml draft a file:// link handed to the mail program."""
    parsed = email.message_from_bytes(opened_path(url).read_bytes(), policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def body_of(draft: EmailMessage) -> str:
    """The letter in a draft, line breaks as the window shows them, without trailing ones."""
    part = draft.get_body(("plain",))
    assert part is not None
    return cast(str, part.get_content()).replace("\r\n", "\n").rstrip("\n")
