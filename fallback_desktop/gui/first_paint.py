"""Run start-up work only after the window has been drawn once, so people see it sooner."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# If no paint arrives (a minimised window, an unusual platform), do the work anyway.
FALLBACK_MS = 1000
# After the first paint, a frame or two for the drawn window to reach the screen before
# heavy work (holiday data, the template engine) holds up the event loop.
SETTLE_MS = 30


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        self._done = False
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.setInterval(FALLBACK_MS)
        self._fallback.timeout.connect(self._fire)
        # Decided once the event loop runs: by then a window that is going to be shown is.
        QTimer.singleShot(0, self._arm)

    def _arm(self) -> None:
        if self._done:
            return
        if not self._widget.isVisible():
            self._fire()  # nothing on screen to wait for
            return
        self._widget.installEventFilter(self)
        self._fallback.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(SETTLE_MS, self._fire)
        return False

    def _fire(self) -> None:
        if self._done:
            return
        self._done = True
        self._fallback.stop()
        self._widget.removeEventFilter(self)
        self._callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` once `widget` has painted for the first time (or is not shown at all)."""
    _AfterFirstPaint(widget, callback)
