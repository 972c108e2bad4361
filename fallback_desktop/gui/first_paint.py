"""Run start-up work only after a widget is on screen, so people see it sooner."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from types import MethodType

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget

# If no paint arrives (a minimised window, an unusual platform), do the work anyway.
FALLBACK_MS = 1000
# After the paint, one frame (at 60 Hz) for the display to show it before heavy work (templates,
# phone and address checks) holds up the event loop.
SETTLE_MS = 16


class _AfterFirstPaint(QObject):
    """Waits for the paint that first puts the widget on screen, then calls back once.

    A widget in a window that is not on screen yet is painted when the window is first exposed
    (the Expose event, sent to the window's QWindow); a widget added to a window already on
    screen is painted on the next update request (which Qt sends to the top-level widget or to
    its QWindow, depending on how the window is drawn, so both are watched). Qt paints the
    widgets and sends them to the display while it handles that event, so the callback runs
    just after it, once the event loop is back.
    """

    def __init__(self, widget: QWidget, callback: Callable[[], None], settle_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        # A bound method is held weakly: this helper must not keep the widget it serves alive (a
        # window dropped by its owner is then freed at once, not later by the cycle collector,
        # possibly in the middle of this very callback).
        self._callback: Callable[[], Callable[[], None] | None] = (
            weakref.WeakMethod(callback) if isinstance(callback, MethodType) else lambda: callback
        )
        self._settle_ms = settle_ms
        self._done = False
        self._watched: list[QObject] = []
        self._awaited = QEvent.Type.Expose
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.setInterval(FALLBACK_MS)
        self._fallback.timeout.connect(self._fire)
        # Decided once the event loop runs: by then a widget that is going to be shown is.
        QTimer.singleShot(0, self, self._arm)

    def _arm(self) -> None:
        if self._done:
            return
        handle = self._widget.window().windowHandle()
        if not self._widget.isVisible() or handle is None:
            self._fire()  # nothing on screen to wait for
            return
        self._watched = [handle]
        if handle.isExposed():
            self._awaited = QEvent.Type.UpdateRequest
            self._watched.append(self._widget.window())
            # Make sure there is a next update even if the widget was painted already.
            self._widget.update()
        for target in self._watched:
            target.installEventFilter(self)
        self._fallback.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != self._awaited or not any(watched is w for w in self._watched):
            return False
        if self._awaited == QEvent.Type.Expose and not (
            isinstance(watched, QWindow) and watched.isExposed()
        ):
            return False
        # Qt handles the event after this filter: the paint happens then, before the timer.
        self._unwatch()
        QTimer.singleShot(self._settle_ms, self, self._fire)
        return False

    def _fire(self) -> None:
        if self._done:
            return
        self._done = True
        self._fallback.stop()
        self._unwatch()
        callback = self._callback()
        if callback is not None:
            callback()

    def _unwatch(self) -> None:
        for target in self._watched:
            target.removeEventFilter(self)
        self._watched = []


def after_first_paint(
    widget: QWidget, callback: Callable[[], None], *, settle_ms: int = SETTLE_MS
) -> None:
    """Call `callback` once `widget` is first painted on screen (or at once if it is not shown).

    `settle_ms` after that paint; with 0 the callback runs as soon as the event loop is back.
    """
    _AfterFirstPaint(widget, callback, settle_ms)
