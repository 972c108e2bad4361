"""Start-up work waits until the window has been drawn once."""

from __future__ import annotations

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
