"""The app's own folder for drafts handed to the mail program ("outbox" in the data folder).

Why not Documents: this file is only the carrier that takes the letter to the mail program,
which keeps its own copy of the draft once it opens it. Writing it into Documents would leave
one more file there with every click, holding the person's name and phone number; the person
who wants a file to keep saves one where they choose ("Save as .eml"). So the outbox is the
app's, private to the person's account, and drafts older than KEEP_DAYS are removed from it.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

from fallback_desktop.core.handoff.eml import write_eml
from fallback_desktop.paths import data_dir

KEEP_DAYS = 14


def outbox_dir() -> Path:
    """Where drafts for the mail program are written."""
    return data_dir() / "outbox"


def put_in_outbox(name: str, data: bytes, *, now: float | None = None) -> Path:
    """Write the draft as `name` ("name (2).eml" when taken) and return its path; drafts
    older than KEEP_DAYS go. OSError when the folder cannot be written."""
    folder = outbox_dir()
    folder.mkdir(parents=True, exist_ok=True)
    _remove_old(folder, time.time() if now is None else now)
    # A new file each time: the mail program may still hold the draft it opened before
    # (Windows does not let a file in use be replaced).
    stem, suffix = Path(name).stem, Path(name).suffix
    path = folder / name
    number = 1
    while path.exists():
        number += 1
        path = folder / f"{stem} ({number}){suffix}"
    write_eml(path, data)
    return path


def _remove_old(folder: Path, now: float) -> None:
    oldest = now - KEEP_DAYS * 86_400
    for path in folder.glob("*.eml"):
        # A file in use or already gone is no reason to stop handing over the letter.
        with contextlib.suppress(OSError):
            if path.is_file() and path.stat().st_mtime < oldest:
                path.unlink()
