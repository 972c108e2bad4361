"""What one run of the app knows, built once and handed down: clock, calendar, files, the
company directory and the case log, language.

`run()` (the window) and the command line each build one Session and pass it to what they
create; no widget opens a file or makes a calendar of its own. Qt-free, and light to import:
the calendar (and the holiday data behind it), the company directory and the case log (their
databases) open on first use, not before the window shows.

The window's language lives with Qt's translators (gui/i18n.py); `Session.lang` is the language
the session was started in, and the window keeps it in step when the person switches.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from fallback_desktop.core.store.profile import UserFiles

if TYPE_CHECKING:
    import datetime as dt

    from fallback_desktop.core.calendar.business import BusinessCalendar
    from fallback_desktop.core.store.cases import CaseStore
    from fallback_desktop.core.store.directory import Directory
    from fallback_desktop.core.text.lang import Lang

Clock = Callable[[], "dt.datetime"]


def seoul_now() -> dt.datetime:
    """The current moment in Asia/Seoul."""
    import datetime

    from fallback_desktop.core.calendar.business import SEOUL

    return datetime.datetime.now(SEOUL)


class Session:
    """The clock, the one business calendar, the person's files and the language of this run."""

    def __init__(
        self,
        *,
        lang: Lang | None = None,
        clock: Clock | None = None,
        files: UserFiles | None = None,
        calendar: BusinessCalendar | None = None,
        directory: Directory | None = None,
        cases: CaseStore | None = None,
    ) -> None:
        self.clock: Clock = clock or seoul_now
        # Only paths are worked out here; nothing is read until a file is asked for.
        self.files = files or UserFiles.in_user_folders()
        self._calendar = calendar
        self._directory = directory
        self._cases = cases
        if lang is None:
            from fallback_desktop.core.text.lang import system_lang

            lang = system_lang()
        self.lang: Lang = lang

    def now(self) -> dt.datetime:
        """This moment, timezone-aware (Asia/Seoul unless a test's clock says otherwise)."""
        return self.clock()

    @property
    def calendar(self) -> BusinessCalendar:
        """Korean business days with the bundled and the person's own one-off holidays."""
        if self._calendar is None:
            from fallback_desktop.core.calendar.business import BusinessCalendar

            self._calendar = BusinessCalendar()
        return self._calendar

    @property
    def directory(self) -> Directory:
        """The person's company directory, opened (and checked, and repaired if need be) the
        first time it is asked for; its `notice` says what the person should be told."""
        return self.open_directory()

    def open_directory(self, *, verify_later: bool = False) -> Directory:
        """As `directory`; with `verify_later` a first opening leaves the full integrity check
        to `Directory.verify()` (a window shows the list first). Opened once."""
        if self._directory is None:
            from fallback_desktop.core.store.directory import Directory

            self._directory = Directory.open(verify_later=verify_later)
        return self._directory

    @property
    def directory_is_open(self) -> bool:
        """Whether anything has asked for the directory yet (nothing is opened to find out)."""
        return self._directory is not None

    @property
    def cases(self) -> CaseStore:
        """The person's case log, opened (and checked) the first time it is asked for; its
        `notice` says what the person should be told."""
        return self.open_cases()

    def open_cases(self, *, verify_later: bool = False) -> CaseStore:
        """As `cases`; with `verify_later` a first opening leaves the full integrity check to
        `CaseStore.verify()` (a window shows the list first). Opened once."""
        if self._cases is None:
            from fallback_desktop.core.store.cases import CaseStore

            self._cases = CaseStore.open(verify_later=verify_later)
        return self._cases

    @property
    def cases_are_open(self) -> bool:
        """Whether anything has asked for the case log yet (nothing is opened to find out)."""
        return self._cases is not None
