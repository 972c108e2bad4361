"""What the commands share: reading dates and times, printing, writing a file whole or never."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.text.catalog import msg

if TYPE_CHECKING:
    from fallback_desktop.session import Session

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2


def parse_moment(text: str | None, session: Session) -> dt.datetime:
    """An ISO-8601 date-time with its offset (any offset), within the years the holiday
    calendar knows; None means now. A time without an offset is refused rather than guessed:
    the same text means a different instant in another zone."""
    if text is None:
        return session.now()
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError(msg("error.bad_moment", value=text), field="at") from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise InputError(msg("error.moment_without_zone", value=text), field="at")
    calendar = session.calendar
    if not calendar.covers(moment):
        out_of_range = msg(
            "error.moment_out_of_range",
            value=text,
            first=calendar.first_year,
            last=calendar.last_year,
        )
        raise InputError(out_of_range, field="at")
    return moment


def parse_day(text: str | None, field: str) -> dt.date | None:
    """A YYYY-MM-DD date, or None when not given."""
    if text is None or not text.strip():
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        from fallback_desktop.core.handoff.headers import field_name

        bad = msg("error.bad_day", field=field_name(field), value=text)
        raise InputError(bad, field=field) from None


def deliver(data: bytes, output: Path | None) -> None:
    """Everything was built before this point, so a failure leaves nothing half-written."""
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    from fallback_desktop.core.store.files import atomic_write_bytes

    try:
        atomic_write_bytes(output, data, backup=False)
    except OSError as error:
        reason = error.strerror or ""
        failed = msg("error.cannot_save", path=str(output), reason=reason)
        raise InputError(failed, field="output") from None


def print_text(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
