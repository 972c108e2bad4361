"""The painted weekday × hour picture and the call timer, without the rest of the phone page."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from fallback_desktop.gui.write.channel_phone import CallTimer, minutes_seconds
from fallback_desktop.gui.write.phone_grid import (
    AVERAGE,
    BUSY,
    QUIET,
    PhoneGrid,
    level,
    open_hours,
)

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def weekday_grid() -> tuple[tuple[float | None, ...], ...]:
    """Weekdays 09-18 with lunch closed; Monday busy, Wednesday quiet; weekends closed."""
    rows: list[tuple[float | None, ...]] = []
    for day in range(7):
        row: list[float | None] = [None] * 24
        if day < 5:
            for hour in range(9, 18):
                row[hour] = None if hour == 12 else (1.5 if day == 0 else 0.7 if day == 2 else 1.0)
        rows.append(tuple(row))
    return tuple(rows)


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _image(grid: PhoneGrid) -> QImage:
    image = grid.grab().toImage()
    assert not image.isNull()
    return image


def _centre_colour(grid: PhoneGrid, image: QImage, day: int, hour: int) -> QColor:
    rect = grid.cell_rect(day, hour)
    ratio = image.devicePixelRatio()
    point = rect.center()
    return image.pixelColor(int(point.x() * ratio), int(point.y() * ratio))


def test_levels_and_open_hours() -> None:
    assert [level(x) for x in (None, 0.7, 1.0, 1.5)] == ["closed", "quiet", "average", "busy"]
    assert open_hours(weekday_grid()) == range(9, 18)
    assert open_hours(tuple((None,) * 24 for _ in range(7))) == range(0)


def test_closed_open_quiet_and_busy_cells_are_painted_apart(qtbot: QtBot) -> None:
    grid = PhoneGrid()
    qtbot.addWidget(grid)
    grid.set_grid(weekday_grid(), None, DAYS)
    grid.resize(600, grid.heightForWidth(600))
    image = _image(grid)
    lunch = _centre_colour(grid, image, 1, 12)
    saturday = _centre_colour(grid, image, 5, 10)
    tuesday = _centre_colour(grid, image, 1, 10)
    monday = _centre_colour(grid, image, 0, 10)
    wednesday = _centre_colour(grid, image, 2, 10)
    assert tuesday == AVERAGE
    assert monday == BUSY
    assert wednesday == QUIET
    # Closed cells are grey (hatched: the centre is the grey or the hatch line), never a load.
    for closed in (lunch, saturday):
        assert closed not in (QUIET, AVERAGE, BUSY)
        assert closed.red() == closed.green() == closed.blue()
    assert lunch != tuesday


def test_the_current_hour_is_outlined(qtbot: QtBot) -> None:
    grid = PhoneGrid()
    qtbot.addWidget(grid)
    grid.set_grid(weekday_grid(), (1, 10), DAYS)
    grid.resize(600, grid.heightForWidth(600))
    image = _image(grid)
    rect = grid.cell_rect(1, 10)
    ratio = image.devicePixelRatio()
    edge = image.pixelColor(int((rect.left() + 3) * ratio), int(rect.center().y() * ratio))
    assert edge != AVERAGE  # the outline, not the cell's own colour
    other = grid.cell_rect(1, 11)
    plain = image.pixelColor(int((other.left() + 3) * ratio), int(other.center().y() * ratio))
    assert plain == AVERAGE


def test_each_cell_says_what_it_shows(qtbot: QtBot) -> None:
    grid = PhoneGrid()
    qtbot.addWidget(grid)
    grid.set_grid(weekday_grid(), None, DAYS)
    grid.resize(600, grid.heightForWidth(600))
    assert grid.cell_at(grid.cell_rect(2, 16).center()) == (2, 16)
    assert grid.cell_words(2, 16) == "Wed 16:00–17:00: Quiet"
    assert grid.cell_words(0, 12) == "Mon 12:00–13:00: Closed"
    assert grid.cell_at(grid.rect().bottomRight()) is None  # the legend, not a cell


def test_a_round_the_clock_line_fits_a_narrow_page(qtbot: QtBot) -> None:
    grid = PhoneGrid()
    qtbot.addWidget(grid)
    grid.set_grid(tuple((1.0,) * 24 for _ in range(7)), None, DAYS)
    assert grid.hours == range(24)
    assert grid.minimumSizeHint().width() <= 560
    grid.resize(560, grid.heightForWidth(560))
    assert grid.cell_rect(6, 23).right() < 560
    legend_bottom = grid.heightForWidth(560)
    assert grid.cell_rect(6, 23).bottom() < legend_bottom


def test_the_legend_wraps_instead_of_running_off(qtbot: QtBot) -> None:
    grid = PhoneGrid()
    qtbot.addWidget(grid)
    grid.set_grid(weekday_grid(), None, DAYS)
    wide, narrow = grid.heightForWidth(900), grid.heightForWidth(180)
    assert narrow > wide


def test_timer_measures_the_wait_on_its_clock(qtbot: QtBot) -> None:
    clock = FakeMonotonic()
    timer = CallTimer(clock)
    qtbot.addWidget(timer)
    assert timer.label.text() == "00:00"
    timer.button.click()
    assert timer.running()
    clock.now += 65.4
    timer.tick()
    assert timer.label.text() == "01:05"
    clock.now += 366.9
    with qtbot.waitSignal(timer.call_finished) as finished:
        timer.button.click()
    assert finished.args == [432]
    assert not timer.running()
    assert timer.label.text() == "Waited 7 min 12 s"
    assert timer.button.text() == "Start the timer again"


def test_timer_is_reachable_and_started_by_keyboard(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    clock = FakeMonotonic()
    timer = CallTimer(clock)
    qtbot.addWidget(timer)
    timer.show()
    assert timer.button.focusPolicy() & Qt.FocusPolicy.TabFocus
    timer.button.setFocus()
    qtbot.keyClick(timer.button, Qt.Key.Key_Space)
    assert timer.running()


def test_minutes_seconds() -> None:
    assert minutes_seconds(0) == "00:00"
    assert minutes_seconds(432) == "07:12"
    assert minutes_seconds(3725) == "62:05"
