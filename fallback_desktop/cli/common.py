"""What the commands share: reading dates and times, printing, writing a file whole or never."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from fallback_desktop.core.domain.errors import InputError

if TYPE_CHECKING:
    from fallback_desktop.session import Session

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2


def parse_moment(text: str | None, session: Session) -> dt.datetime:
    """An ISO-8601 date-time in any offset; no offset means Korea time; None means now."""
    from fallback_desktop.core.calendar.business import SEOUL

    if text is None:
        return session.now()
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError(
            f"날짜와 시간을 알아볼 수 없습니다: '{text}' (예: 2026-11-24T14:30+09:00)",
            f"The date and time '{text}' is not valid (e.g. 2026-11-24T14:30+09:00).",
            field="at",
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=SEOUL)


def parse_day(text: str | None, field: str) -> dt.date | None:
    """A YYYY-MM-DD date, or None when not given."""
    if text is None or not text.strip():
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        label = {
            "incident_date": ("발생일", "incident date"),
            "reply_by": ("회신 기한", "reply-by date"),
        }
        ko, en = label[field]
        raise InputError(
            f"{ko} '{text}'을(를) 알아볼 수 없습니다. 2026-11-24처럼 적어 주세요.",
            f"The {en} '{text}' is not a valid date; write it like 2026-11-24.",
            field=field,
        ) from None


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
        raise InputError(
            f"'{output}'에 저장하지 못했습니다: {error.strerror}",
            f"Could not save to '{output}': {error.strerror}.",
            field="output",
        ) from None


def print_text(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
