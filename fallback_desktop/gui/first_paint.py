"""Run start-up work only after the window is on screen, so people see it sooner."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget

# If no paint arrives (a minimised window, an unusual platform), do the work anyway.
FALLBACK_MS = 1000
# After the first exposure, a few frames for the drawn window to reach the screen (and the
# display server to show it) before heavy work (holiday data, templates) holds up the loop.
SETTLE_MS = 50


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None], settle_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        self._settle_ms = settle_ms
        self._done = False
        self._handle: QWindow | None = None
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.setInterval(FALLBACK_MS)
        self._fallback.timeout.connect(self._fire)
        # Decided once the event loop runs: by then a window that is going to be shown is.
        QTimer.singleShot(0, self, self._arm)

    def _arm(self) -> None:
        if self._done:
            return
        handle = self._widget.window().windowHandle()
        if not self._widget.isVisible() or handle is None:
            self._fire()  # nothing on screen to wait for
            return
        if handle.isExposed():
            self._settle()
            return
        self._handle = handle
        handle.installEventFilter(self)
        self._fallback.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Qt paints the widgets while it handles the window's Expose, so once an Expose that
        # leaves the window exposed has arrived, the drawn window is on its way to the screen.
        handle = self._handle
        exposing = event.type() == QEvent.Type.Expose
        if handle is not None and watched is handle and exposing and handle.isExposed():
            handle.removeEventFilter(self)
            self._settle()
        return False

    def _settle(self) -> None:
        QTimer.singleShot(self._settle_ms, self, self._fire)

    def _fire(self) -> None:
        if self._done:
            return
        self._done = True
        self._fallback.stop()
        if self._handle is not None:
            self._handle.removeEventFilter(self)
        self._callback()


def after_first_paint(
    widget: QWidget, callback: Callable[[], None], *, settle_ms: int = SETTLE_MS
) -> None:
    """Call `callback` once `widget`'s window is first on screen (or at once if not shown).

    `settle_ms` after the first exposure; with 0 the callback runs as soon as the event loop is
    back, after the exposed window has been painted and sent to the display.
    """
    _AfterFirstPaint(widget, callback, settle_ms)
