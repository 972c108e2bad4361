"""Child side: tell the parent the moment the first window has been painted on screen.

Both start-up children (the app and the bare window) import this same module, so its small cost
is paid equally. The report is one line on stdout, ``visible {json}``; the parent stops its clock
when it reads that line.
"""

from __future__ import annotations

import ctypes
import json
import os
import resource
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, qVersion
from PySide6.QtGui import QGuiApplication, QWindow

VISIBLE_PREFIX = "visible "
READY_PREFIX = "ready "
ANSWER_PREFIX = "answer "
# When set, a marker line also goes to stderr, so `-X importtime` output can be cut at "visible".
STDERR_MARK_ENV = "FALLBACK_BENCH_STDERR_MARK"
STDERR_MARK = "benchmarks: window visible"
# Imports that should wait until they are first needed (STYLE.md rule 11).
DEFERRED_MODULES = ("holidays", "phonenumbers", "jinja2", "email_validator")
XCB_LIBRARY = "libxcb.so.1"

Check = Callable[[], bool]


def peak_rss_kib() -> int:
    """The process's peak resident set size so far, in KiB (VmHWM, else ru_maxrss)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class _XcbCookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


def _xcb_round_trip(app: QGuiApplication) -> bool:
    """Wait until the X server has handled every request Qt sent so far; False if not on xcb.

    One GetInputFocus round trip on Qt's own connection: requests on a connection are handled
    in order, so once its reply arrives the drawing flushed before it is in the server.
    Unlike `QGuiApplication.sync()` this runs no Qt events, so work the app queued for after
    its first paint is not counted as part of getting the window on screen.
    """
    native = app.nativeInterface() if QGuiApplication.platformName() == "xcb" else None
    connection = getattr(native, "connection", None)
    if connection is None:
        return False
    # Already loaded by Qt's xcb plugin; by soname, so no `ldconfig` run (ctypes.util would).
    xcb = ctypes.CDLL(XCB_LIBRARY)
    xcb.xcb_get_input_focus.restype = _XcbCookie
    xcb.xcb_get_input_focus.argtypes = [ctypes.c_void_p]
    xcb.xcb_get_input_focus_reply.restype = ctypes.c_void_p
    xcb.xcb_get_input_focus_reply.argtypes = [ctypes.c_void_p, _XcbCookie, ctypes.c_void_p]
    handle = ctypes.c_void_p(int(connection()))
    reply = xcb.xcb_get_input_focus_reply(handle, xcb.xcb_get_input_focus(handle), None)
    if reply:
        ctypes.CDLL(None).free(ctypes.c_void_p(reply))
    return True


def _emit(prefix: str, payload: dict[str, object]) -> None:
    sys.stdout.write(prefix + json.dumps(payload) + "\n")
    sys.stdout.flush()


def _snapshot() -> dict[str, object]:
    return {
        "peak_rss_kib": peak_rss_kib(),
        "deferred_loaded": [name for name in DEFERRED_MODULES if name in sys.modules],
    }


class VisibleReporter(QObject):
    """Reports the first top-level window that is exposed and painted, then exits the child.

    It starts watching when the event loop starts (the window has been shown by then) and
    filters only that window's events: an application-wide Python filter would be called for
    every event of the window's construction and slow the app child down unfairly.
    ``answer`` and ``ready`` (optional) are conditions checked, in that order, after the window is
    visible; while one is false the child keeps running its event loop, and it reports a line
    for each once it holds (``answer`` first: the check itself paints what it found).
    """

    def __init__(
        self, app: QGuiApplication, ready: Check | None = None, answer: Check | None = None
    ) -> None:
        super().__init__()
        self._app = app
        self._ready = ready
        self._answer = answer
        self._done = False
        self._poll = QTimer(self)
        self._poll.setInterval(0)
        self._poll.timeout.connect(self._check_ready)

    def arm(self) -> None:
        """Watch the shown windows (or, if none is shown yet, every object) for Expose."""
        shown = [window for window in QGuiApplication.topLevelWindows() if window.isVisible()]
        exposed = [window for window in shown if window.isExposed()]
        if exposed:
            self._report(exposed[0])
            return
        for window in shown:
            window.installEventFilter(self)
        if not shown:
            self._app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if self._done or event.type() != QEvent.Type.Expose:
            return False
        if not isinstance(watched, QWindow) or not watched.isExposed():
            return False
        # Let Qt handle this Expose now: it paints the widgets and flushes them to the window.
        watched.event(event)
        self._report(watched)
        return True

    def _report(self, window: QWindow) -> None:
        self._done = True
        payload = _snapshot()
        if os.environ.get(STDERR_MARK_ENV):
            sys.stderr.write(STDERR_MARK + "\n")
            sys.stderr.flush()
        # Make the display server process everything sent so far before saying "visible".
        if not _xcb_round_trip(self._app):
            QGuiApplication.sync()
        payload["window_title"] = window.title()
        payload["qpa"] = QGuiApplication.platformName()
        payload["qt_version"] = qVersion()
        _emit(VISIBLE_PREFIX, payload)
        if self._ready is None:
            os._exit(0)
        self._poll.start()

    def _check_ready(self) -> None:
        assert self._ready is not None
        if self._answer is not None:
            if self._answer():
                self._answer = None
                # The answer was painted by the check; let the server draw it before saying so.
                if not _xcb_round_trip(self._app):
                    QGuiApplication.sync()
                _emit(ANSWER_PREFIX, _snapshot())
            return
        if self._ready():
            _emit(READY_PREFIX, _snapshot())
            os._exit(0)


def install(
    app: QGuiApplication, ready: Check | None = None, answer: Check | None = None
) -> VisibleReporter:
    """Start watching once app's event loop runs; keep the returned object alive."""
    reporter = VisibleReporter(app, ready, answer)
    # Queued before the app queues anything of its own, so it runs first in the event loop.
    QTimer.singleShot(0, reporter.arm)
    return reporter
