"""`fallback-desktop --self-test`: open the real window and check what a bundle must carry.

Hidden from --help; for the packaging smoke test and for support. It starts the window the way a
double-click does (the same `run()`), waits until the plan and the recommended channel are on
screen and the first letter is written, checks that every kind of resource and data the app
loads is found (translations, text catalog, templates, icon, holiday and phone data, time
zones), prints one line per step and `OK`, and quits. Status 0 when everything is there, 1 with
a `FAILED:` line naming what is missing. Nothing of the person's is read out or printed.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

if TYPE_CHECKING:
    from fallback_desktop.core.text.lang import Lang

POLL_MS = 5
TIMEOUT_S = 60.0
PLAN_LINE = "self-test: plan shown"
OK_LINE = "OK"


def _say(line: str) -> None:
    print(line, flush=True)


def _find(cls: type[QWidget], name: str) -> QWidget | None:
    for top in QApplication.topLevelWidgets():
        found = top.findChild(cls, name)
        if found is not None:
            return found
    return None


def plan_shown() -> bool:
    """The recommended channel is named and the plan has its steps (first answer or full view)."""
    channel = _find(QLabel, "recommendedChannel")
    plan = _find(QWidget, "planView")
    if not isinstance(channel, QLabel) or not channel.property("channelId") or plan is None:
        return False
    return bool(plan.accessibleName() or plan.accessibleDescription())


def letter_written() -> bool:
    """The draft's subject has been made from the templates."""
    subject = _find(QLineEdit, "subjectEdit")
    return isinstance(subject, QLineEdit) and bool(subject.text())


def _translations() -> str:
    from pathlib import Path

    from PySide6.QtCore import QLibraryInfo, QTranslator

    from fallback_desktop.gui.i18n import qm_path

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path in (qm_path(), Path(qt_folder) / "qtbase_ko.qm"):
        translator = QTranslator()
        if not translator.load(str(path)) or translator.isEmpty():
            raise LookupError(f"{path.name} not found or empty")
    return "app and Qt Korean"


def _catalog() -> str:
    from fallback_desktop.core.text.catalog import entries

    return f"{len(entries())} texts"


def _templates() -> str:
    from fallback_desktop.paths import resource

    found = sorted(p.name for p in resource("templates").rglob("*.j2"))
    if not found:
        raise LookupError("no letter templates")
    return f"{len(found)} templates"


def _icon() -> str:
    app = QApplication.instance()
    icon = app.windowIcon() if isinstance(app, QApplication) else None
    if icon is None or icon.isNull():
        raise LookupError("the window icon is missing")
    return f"icon {max(s.width() for s in icon.availableSizes())} px"


def _holidays() -> str:
    from fallback_desktop.core.calendar.holidays import library_holidays, shipped_table

    if shipped_table() is None:
        raise LookupError("the bundled holiday table is missing")
    return f"holidays {len(library_holidays(2026, 'ko'))} in 2026"


def _phone_and_mail() -> str:
    import phonenumbers

    from fallback_desktop.core.handoff.headers import validate_address

    example = phonenumbers.example_number("KR")
    if example is None or not phonenumbers.is_valid_number(example):
        raise LookupError("phone number data is missing")
    validate_address("help@example.com", "to")
    return "phone and address checks"


def _time_zone() -> str:
    from zoneinfo import ZoneInfo

    ZoneInfo("Asia/Seoul")
    return "Asia/Seoul"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("translations", _translations),
    ("text catalog", _catalog),
    ("templates", _templates),
    ("icon", _icon),
    ("holidays", _holidays),
    ("phone and mail", _phone_and_mail),
    ("time zone", _time_zone),
)


class SelfTest(QObject):
    """Watches the window start; then runs CHECKS and ends the event loop with the status."""

    def __init__(self, app: QApplication, timeout_s: float = TIMEOUT_S) -> None:
        super().__init__(app)
        self._app = app
        self._began = time.perf_counter()
        self._deadline = self._began + timeout_s
        self._plan_said = False
        self.status = 1
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        if not self._plan_said and plan_shown():
            for top in QApplication.topLevelWidgets():
                if top.isVisible():
                    top.repaint()  # on screen now, before it is said
            self._plan_said = True
            elapsed = (time.perf_counter() - self._began) * 1000
            _say(f"{PLAN_LINE} ({elapsed:.0f} ms after the self-test began)")
        if self._plan_said and letter_written():
            self._timer.stop()
            self._finish()
        elif time.perf_counter() > self._deadline:
            self._timer.stop()
            what = "the first letter" if self._plan_said else "the plan"
            self._fail(f"the window did not show {what} within {TIMEOUT_S:.0f} s")

    def _finish(self) -> None:
        _say("self-test: letter written")
        for name, check in CHECKS:
            try:
                detail = check()
            except Exception as error:  # any failure is the answer, said in one line
                self._fail(f"{name}: {type(error).__name__}: {error}")
                return
            _say(f"self-test: {name} found ({detail})")
        self.status = 0
        _say(OK_LINE)
        self._app.exit(0)

    def _fail(self, reason: str) -> None:
        print(f"FAILED: {reason}", file=sys.stderr, flush=True)
        self.status = 1
        self._app.exit(1)


def run_self_test(lang: Lang | None = None) -> int:
    """Open the window as usual, check, quit; the exit status (0 all found, 1 not)."""
    from fallback_desktop.gui.app import create_application, run

    app = create_application(sys.argv[:1])
    checker = SelfTest(app)
    status = run(lang)
    return status if status else checker.status
