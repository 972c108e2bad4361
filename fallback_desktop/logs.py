"""The program's log: versions and errors, in the platform's log folder, never personal data.

- One file, `fallback-desktop.log`, rotated at 512 KiB with three older files kept.
- Every record passes `scrub` on its way in: a message is cut at the first thing that may be the
  person's (a link, an address, a path, a phone number, any non-ASCII text — the program's own
  log words are English), so a name, number, address or letter never lands in the file.
- An uncaught error is logged with its type and where it happened, not its message (which may
  quote what the person typed).
- A folder that cannot be made or written, or a full disk, never stops the program: the log is
  then simply not written (`logging.raiseExceptions` is off).
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from fallback_desktop import __version__, paths
from fallback_desktop.scrubbing import scrub

LOG_NAME = "fallback-desktop.log"
MAX_BYTES = 512 * 1024
BACKUPS = 3
LOGGER = "fallback_desktop"


class _Scrubbed(logging.Filter):
    """Every record's text scrubbed, its arguments merged in first (they are the risky part)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        record.exc_info = None  # an error's message may quote the person; see log_error
        record.exc_text = None
        return True


def log_dir() -> Path:
    """The platform's folder for logs (under FALLBACK_DESK_HOME's state/ when that is set)."""
    return paths.log_dir()


def setup_logging(folder: Path | None = None) -> Path | None:
    """Start writing the log; its path, or None when the folder cannot be used (the program
    goes on without a log). Safe to call again: the earlier handler is replaced."""
    logging.raiseExceptions = False  # a full disk or a vanished folder is never an error
    logger = logging.getLogger(LOGGER)
    for old in list(logger.handlers):
        logger.removeHandler(old)
        old.close()
    logger.setLevel(logging.INFO)
    logger.propagate = False
    target = (folder or log_dir()) / LOG_NAME
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        logger.addHandler(logging.NullHandler())
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_Scrubbed())
    logger.addHandler(handler)
    logger.info("started %s", versions())
    return target


def versions() -> str:
    """The program's, Python's, Qt's and the system's versions, in one line."""
    parts = [f"Fallback Desk {__version__}", f"Python {platform.python_version()}"]
    qt = sys.modules.get("PySide6.QtCore")
    if qt is not None:
        parts.append(f"Qt {qt.qVersion()}")
    parts.append(f"{platform.system()} {platform.release()}")
    return ", ".join(parts)


def log_error(kind: type[BaseException], where: TracebackType | None) -> None:
    """An uncaught error: its type and the code it went through, never its message."""
    frames = traceback.extract_tb(where)
    trail = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    logging.getLogger(LOGGER).error("uncaught %s at %s", kind.__name__, trail or "?")


def install_excepthook() -> None:
    """Log uncaught errors (then hand them on as before)."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, where: TracebackType | None) -> None:
        log_error(kind, where)
        previous(kind, error, where)

    sys.excepthook = hook
