"""Start-up work waits until the window has been drawn once."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fallback_desktop.gui.first_paint import after_first_paint


class PaintCounter(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        self.paints += 1
        super().paintEvent(event)


def test_runs_after_the_first_paint_of_a_shown_widget(qtbot: QtBot) -> None:
    widget = PaintCounter()
    qtbot.addWidget(widget)
    paints_seen: list[int] = []
    after_first_paint(widget, lambda: paints_seen.append(widget.paints))
    widget.show()
    qtbot.waitUntil(lambda: paints_seen != [])
    assert paints_seen[0] >= 1


def test_runs_soon_for_a_widget_that_is_never_shown(qtbot: QtBot) -> None:
    widget = PaintCounter()
    qtbot.addWidget(widget)
    calls: list[int] = []
    after_first_paint(widget, lambda: calls.append(widget.paints))
    qtbot.waitUntil(lambda: calls != [], timeout=500)
    assert calls == [0]


def test_runs_once(qtbot: QtBot) -> None:
    widget = PaintCounter()
    qtbot.addWidget(widget)
    calls: list[None] = []
    after_first_paint(widget, lambda: calls.append(None))
    widget.show()
    qtbot.waitUntil(lambda: calls != [])
    widget.update()
    widget.repaint()
    qtbot.wait(50)
    assert len(calls) == 1


def test_a_widget_added_to_a_window_on_screen_waits_for_its_own_paint(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fallback_desktop.gui import first_paint

    # Only the paint can trigger the callback within the test's wait, not the fallback timer.
    monkeypatch.setattr(first_paint, "FALLBACK_MS", 600_000)
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    child = PaintCounter()
    paints_seen: list[int] = []
    after_first_paint(child, lambda: paints_seen.append(child.paints))
    child.setParent(window)
    child.resize(100, 100)
    child.show()
    qtbot.waitUntil(lambda: paints_seen != [])
    assert paints_seen[0] >= 1


def test_a_window_waits_for_its_first_exposure(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fallback_desktop.gui import first_paint

    monkeypatch.setattr(first_paint, "FALLBACK_MS", 600_000)
    widget = PaintCounter()
    qtbot.addWidget(widget)
    paints_seen: list[int] = []
    after_first_paint(widget, lambda: paints_seen.append(widget.paints), settle_ms=0)
    widget.show()
    qtbot.waitUntil(lambda: paints_seen != [])
    assert paints_seen[0] >= 1
