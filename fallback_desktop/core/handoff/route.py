"""How a letter reaches the person's mail program: the decision, free of any window.

The facts behind it (PRODUCT.md, "Handing a long letter to a mail program, per platform"):
a mailto link longer than 1,800 characters is cut by common Windows mail programs, and a Korean
letter of ordinary length is 3,000–4,000 characters as a link; files never travel in a link.
Thunderbird (every platform) and classic Outlook (Windows) open an `.eml` with `X-Unsent: 1` as
an editable draft with its files; Apple Mail opens it read-only, so on macOS the link carries
only the address and the subject and the letter waits on the clipboard.

The window tries the steps of a `Route` in order until one opens, then shows `outcome(...)`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from enum import StrEnum

from fallback_desktop.core.handoff.mailto import MAILTO_LIMIT
from fallback_desktop.core.text.catalog import Msg, msg


class Platform(StrEnum):
    WINDOWS = "windows"
    MACOS = "macos"
    LINUX = "linux"  # and every other desktop that follows freedesktop.org (xdg-open)


class Step(StrEnum):
    MAILTO = "mailto"  # the whole letter in a mail link
    EML_DRAFT = "eml_draft"  # an unsent .eml draft, opened by the desktop's handler for .eml
    LINK_AND_CLIPBOARD = "link_and_clipboard"  # address and subject in a link; letter copied


@dataclass(frozen=True)
class Route:
    """The steps to try, in order; `reason` says why the first is not a plain mail link."""

    steps: tuple[Step, ...]
    reason: str  # "fits", "too_long", "attachments"


def current_platform(name: str | None = None) -> Platform:
    """The platform for `sys.platform` (or the name given)."""
    name = sys.platform if name is None else name
    if name.startswith("win") or name == "cygwin":
        return Platform.WINDOWS
    if name == "darwin":
        return Platform.MACOS
    return Platform.LINUX


def plan_handoff(mailto_len: int, has_attachments: bool, platform: Platform) -> Route:
    """The way to hand over a letter whose complete mailto link is `mailto_len` characters."""
    if not has_attachments and mailto_len <= MAILTO_LIMIT:
        # Should the link not open, no mail program is set up: an .eml would not open either.
        return Route((Step.MAILTO,), "fits")
    reason = "attachments" if has_attachments else "too_long"
    if platform is Platform.MACOS:
        return Route((Step.LINK_AND_CLIPBOARD,), reason)
    return Route((Step.EML_DRAFT, Step.LINK_AND_CLIPBOARD), reason)


def paste_keys(platform: Platform) -> str:
    """The paste shortcut as the person's keyboard shows it."""
    return "⌘V" if platform is Platform.MACOS else "Ctrl+V"


def outcome(step: Step | None, *, files: int, copied: bool, platform: Platform) -> Msg:
    """The sentence that says what happened: `step` is the one that opened, None for none;
    `files` how many files are attached; `copied` whether the letter is on the clipboard."""
    paste = paste_keys(platform)
    if step is Step.MAILTO:
        return msg("handoff.mailto_opened")
    if step is Step.EML_DRAFT:
        return msg("handoff.eml_opened_files", count=files) if files else msg("handoff.eml_opened")
    if step is Step.LINK_AND_CLIPBOARD:
        if files:
            return msg("handoff.link_opened_files", paste=paste, count=files)
        return msg("handoff.link_opened", paste=paste)
    if copied:
        return msg("handoff.nothing_opened_copied", paste=paste)
    return msg("handoff.nothing_opened")
