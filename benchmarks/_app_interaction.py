"""The interaction child: the real window, started as a user starts it, then driven by objectName.

Each change is timed with perf_counter from the moment it is made until the window shows its
result, running the event loop (processEvents) in between, so any timer or queued work the app
uses before updating the screen is inside the figure. One line ``result {json}`` goes to stdout.
"""

from __future__ import annotations

import functools
import json
import sys
import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QDate, QDateTime, QTime, QTimer, QTimeZone
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QWidget,
)

# No change may take longer than this; one that does is counted as a timeout at this value.
BOUND_S = 2.0
WARM_UP = 10
W = TypeVar("W", bound=QWidget)
Fingerprint = tuple[str, str, tuple[str, ...]]
Situation = tuple[int, int, bool]


def _child(window: QWidget, cls: type[W], name: str) -> W:
    found = window.findChild(cls, name)
    if found is None:
        raise LookupError(f"no {cls.__name__} named {name!r} in the window")
    return found


def _main_window() -> QMainWindow:
    for top in QApplication.topLevelWidgets():
        if isinstance(top, QMainWindow):
            return top
    raise LookupError("the main window was not created")


def _wait(condition: Callable[[], bool], started: float, bound_s: float) -> float | None:
    """Run the event loop until condition holds (at least one pass).

    Returns the seconds since started (taken just before the change was made) at the first
    moment the condition was seen to hold, or None if it did not hold within bound_s.
    """
    while True:
        QApplication.processEvents()
        if condition():
            return time.perf_counter() - started
        if time.perf_counter() - started > bound_s:
            return None


def _sample(
    change: Callable[[], None], condition: Callable[[], bool], bound_s: float = BOUND_S
) -> tuple[float, bool]:
    """Milliseconds from just before change() until condition holds on screen; timed out?"""
    started = time.perf_counter()
    change()
    took = _wait(condition, started, bound_s)
    if took is None:
        return bound_s * 1000, True
    return took * 1000, False


class Driver:
    """Finds the widgets by objectName and makes one real change at a time."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.urgency = _child(window, QComboBox, "urgencyCombo")
        self.context = _child(window, QComboBox, "contextCombo")
        self.record = _child(window, QCheckBox, "needRecord")
        self.when = _child(window, QDateTimeEdit, "whenEdit")
        self.channel = _child(window, QLabel, "recommendedChannel")
        self.table = _child(window, QTableView, "channelTable")
        self.product = _child(window, QLineEdit, "productEdit")
        self.details = _child(window, QPlainTextEdit, "detailsEdit")
        self.subject = _child(window, QLineEdit, "subjectEdit")
        self.body = _child(window, QPlainTextEdit, "bodyEdit")
        self.helper_channel = _child(window, QComboBox, "helperChannelCombo")
        self.helpers = _child(window, QWidget, "channelHelpers")

    def choose_channel(self, channel: str) -> None:
        """Pick the letter's page for a channel, as a person does in its choice."""
        self.helper_channel.setCurrentIndex(self.helper_channel.findData(channel))

    def page_text(self) -> str:
        """Every text the channel's page on screen shows."""
        stack = self.helpers.findChild(QStackedWidget, "helperPages")
        page = stack.currentWidget() if stack is not None else None
        if page is None:
            return ""
        parts = [w.toPlainText() for w in page.findChildren(QPlainTextEdit) if w.isVisible()]
        parts += [w.text() for w in page.findChildren(QLabel) if w.isVisible()]
        parts += [w.text() for w in page.findChildren(QPushButton) if w.isVisible()]
        return "\n".join(parts)

    def ready(self) -> bool:
        return bool(self.channel.property("channelId")) and bool(self.subject.text())

    def shown(self) -> Fingerprint:
        """What the person sees of the ranking: the top channel and every cell of the table."""
        model = self.table.model()
        cells = tuple(
            str(model.index(row, column).data())
            for row in range(model.rowCount())
            for column in range(model.columnCount())
        )
        return str(self.channel.property("channelId")), self.channel.text(), cells

    def shows(self, expected: Fingerprint) -> bool:
        return self.shown() == expected

    def situation(self) -> Situation:
        return self.urgency.currentIndex(), self.context.currentIndex(), self.record.isChecked()

    def next_situation(self, state: Situation, step: int) -> Situation:
        urgency, context, record = state
        kind = step % 3
        if kind == 0:
            return (urgency + 1) % self.urgency.count(), context, record
        if kind == 1:
            return urgency, (context + 1) % self.context.count(), record
        return urgency, context, not record

    def apply(self, state: Situation) -> None:
        """Set the controls to state; each setter is what a click or a choice does."""
        urgency, context, record = state
        if self.urgency.currentIndex() != urgency:
            self.urgency.setCurrentIndex(urgency)
        if self.context.currentIndex() != context:
            self.context.setCurrentIndex(context)
        if self.record.isChecked() != record:
            self.record.setChecked(record)

    def plan_ahead(self) -> None:
        """A fixed planning time (next Tuesday 10:30, Korea time), so the clock cannot move it."""
        zone = QTimeZone(b"Asia/Seoul")
        if not zone.isValid():
            zone = QTimeZone.fromSecondsAheadOfUtc(9 * 3600)
        day = QDateTime.currentDateTime(zone).date().addDays(1)
        while day.dayOfWeek() != 2:
            day = day.addDays(1)
        self.when.setDateTime(QDateTime(QDate(day), QTime(10, 30), zone))


def _settle(driver: Driver) -> Fingerprint:
    for _ in range(5):
        QApplication.processEvents()
    return driver.shown()


def measure_situation(driver: Driver, reps: int) -> dict[str, object]:
    """Urgency, place and written-record changes in turn until the ranking on screen follows."""
    start = driver.situation()
    states = [start]
    for step in range(WARM_UP + reps):
        states.append(driver.next_situation(states[-1], step))
    expected: dict[Situation, Fingerprint] = {}
    for state in dict.fromkeys(states):
        driver.apply(state)
        expected[state] = _settle(driver)
    driver.apply(start)
    _settle(driver)

    samples: list[float] = []
    unverified: list[float] = []
    timeouts = 0
    for step in range(WARM_UP + reps):
        before, after = states[step], states[step + 1]
        target = expected[after]
        took, timed_out = _sample(
            functools.partial(driver.apply, after), functools.partial(driver.shows, target)
        )
        if step < WARM_UP:
            continue
        timeouts += timed_out
        # A change whose ranking looks the same as before proves nothing about the screen.
        (samples if expected[before] != target else unverified).append(took)
    return {"samples_ms": samples, "unverified_ms": unverified, "timeouts": timeouts}


def measure_field(
    driver: Driver,
    reps: int,
    put: Callable[[str], None],
    seen: Callable[[str], bool],
    text_for: Callable[[int], str],
) -> dict[str, object]:
    """Put a new Korean text in a field each time until the draft on screen contains it."""
    samples: list[float] = []
    unverified: list[float] = []
    timeouts = 0
    for step in range(WARM_UP + reps):
        text = text_for(step)
        fresh = not seen(text)
        took, timed_out = _sample(functools.partial(put, text), functools.partial(seen, text))
        if step < WARM_UP:
            continue
        timeouts += timed_out
        (samples if fresh else unverified).append(took)
    return {"samples_ms": samples, "unverified_ms": unverified, "timeouts": timeouts}


def measure(reps: int) -> dict[str, object]:
    window = _main_window()
    if not QTest.qWaitForWindowExposed(window, 10_000):
        raise RuntimeError("the main window never became visible")
    # The window fills in its controls right after it is first on screen.
    built = _wait(
        lambda: window.findChild(QComboBox, "urgencyCombo") is not None, time.perf_counter(), 10.0
    )
    if built is None:
        raise RuntimeError("the window's controls never appeared")
    driver = Driver(window)
    if _wait(driver.ready, time.perf_counter(), 10.0) is None:
        raise RuntimeError("the first recommendation and draft never appeared")
    driver.plan_ahead()
    _settle(driver)
    driver.choose_channel("email")  # the letter's page, for the email's two cases
    result: dict[str, object] = {
        "situation": measure_situation(driver, reps),
        "product": measure_field(
            driver,
            reps,
            driver.product.setText,
            lambda text: text in driver.subject.text(),
            lambda step: f"세탁기 XY-{step:04d} 모델",
        ),
        "details": measure_field(
            driver,
            reps,
            driver.details.setPlainText,
            lambda text: text in driver.body.toPlainText(),
            lambda step: f"{step}번째 확인: 탈수 중에 큰 소음이 나더니 멈췄습니다.",
        ),
        "window_size": [window.width(), window.height()],
    }
    for channel in HELPER_CASES:
        driver.choose_channel(channel)
        QApplication.processEvents()
        result[channel] = measure_field(
            driver,
            reps,
            driver.details.setPlainText,
            lambda text: text in driver.page_text(),
            functools.partial(_details_for, channel),
        )
    return result


def _details_for(channel: str, step: int) -> str:
    return f"{channel} {step}번째: 탈수 중에 멈췄습니다."


# The pages that show the details as typed (the phone sheet does not use them).
HELPER_CASES = ("webform", "messenger", "chat")


def _run_and_quit(reps: int) -> None:
    app = QApplication.instance()
    assert app is not None
    try:
        result = measure(reps)
    except Exception as error:  # reported to the parent, which fails the run
        sys.stdout.write("error " + json.dumps(repr(error)) + "\n")
        sys.stdout.flush()
        app.exit(1)
        return
    sys.stdout.write("result " + json.dumps(result) + "\n")
    sys.stdout.flush()
    _main_window().close()
    app.quit()


def main() -> int:
    from fallback_desktop.__main__ import main as app_main
    from fallback_desktop.gui.app import create_application

    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    sys.argv = sys.argv[:1]
    create_application(sys.argv[:1])
    # Runs as soon as the app's event loop starts, i.e. right after run() has shown the window.
    QTimer.singleShot(0, lambda: _run_and_quit(reps))
    return app_main()


if __name__ == "__main__":
    sys.exit(main())
