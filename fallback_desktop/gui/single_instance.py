"""One window per person and profile: a second start hands its arguments to the first and quits.

The first start listens on a local socket whose name holds the user and a digest of the profile
folder, so two people, or two test runs with their own FALLBACK_DESK_HOME, never meet: a Unix
socket on Linux and macOS (instance_unix.py), a named pipe on Windows (instance_qt.py). A later
start connects, sends one line (the mailto: link or file it was given, and the launcher's
activation token; instance_protocol.py) and waits for "ok"; the first brings its window forward
and takes the arguments (handed.py).

What can go wrong, and what happens:
- a socket left by a crash: connecting is refused, so the new start removes it and listens;
- a first start that hangs: the system accepts the connection but no answer comes; after
  REPLY_TIMEOUT_S the new start says so in one line on stderr, takes the name over and opens its
  own window, so a frozen window never keeps a person out;
- no socket can be made (an odd platform, a full temp folder): the window opens anyway, alone.

The check runs before the window is made, costs about a millisecond when no other start is
running (the benchmarks measure it) and waits for nothing but a live window's answer.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, SignalInstance

from fallback_desktop.gui.instance_protocol import (
    REPLY_TIMEOUT_S,
    Outcome,
    activation_tokens,
    server_name,
    socket_path,
)

if TYPE_CHECKING:
    from fallback_desktop.core.text.lang import Lang
    from fallback_desktop.gui.handed import WindowDoor

__all__ = ["REPLY_TIMEOUT_S", "Outcome", "address", "claim", "start_or_hand_over"]

log = logging.getLogger(__name__)

HandOver = Callable[[str, Sequence[str], dict[str, str]], Outcome]


class InstanceServer(Protocol):
    """What both transports' servers offer."""

    received: SignalInstance

    def listen(self, *, replace: bool = True) -> bool: ...
    def address_in_use(self) -> bool: ...
    def is_listening(self) -> bool: ...
    def error_text(self) -> str: ...
    def close(self) -> None: ...
    def setParent(self, parent: QObject | None) -> None: ...  # noqa: N802 (Qt's name)


def unix_sockets() -> bool:
    """Linux and macOS talk over a Unix socket; Windows over Qt's named pipe."""
    return sys.platform != "win32"


def address() -> str:
    """Where this user's and profile's window listens."""
    name = server_name()
    return socket_path(name) if unix_sockets() else name


def transport(unix: bool) -> tuple[HandOver, Callable[[str], InstanceServer]]:
    """(hand_over, make a server) of the Unix-socket or the Qt transport."""
    if unix:
        from fallback_desktop.gui import instance_unix

        return instance_unix.hand_over, instance_unix.UnixInstanceServer
    from fallback_desktop.gui import instance_qt

    return instance_qt.hand_over, instance_qt.QtInstanceServer


def start_or_hand_over(
    handed: Sequence[str], where: str | None = None, *, unix: bool | None = None
) -> tuple[Outcome, InstanceServer | None]:
    """Hand the arguments to a running window, or become the one that listens.

    (HANDED, None): quit, the running window has them. Otherwise this start goes on; the server
    is None only when the socket could not be made (the window then runs alone).
    """
    hand_over, make_server = transport(unix_sockets() if unix is None else unix)
    where = where or address()
    tokens = activation_tokens()
    outcome = hand_over(where, handed, tokens)
    if outcome is Outcome.HANDED:
        return outcome, None
    server = make_server(where)
    if outcome is Outcome.NONE and not server.listen(replace=False) and server.address_in_use():
        # A socket is there: left by a crash, or another start got in between our look and
        # our listen. Ask once more before replacing it.
        outcome = hand_over(where, handed, tokens)
        if outcome is Outcome.HANDED:
            return outcome, None
    if not server.is_listening() and not server.listen():
        log.warning("the single-instance socket could not be opened: %s", server.error_text())
        return outcome, None
    return outcome, server


def claim(handed: Sequence[str] = (), lang: Lang | None = None) -> bool:
    """Before the window is made: False when a running window took the arguments (quit now);
    True to open this window, which then listens for later starts and takes `handed` itself."""
    from fallback_desktop.gui.app import create_application

    app = create_application(sys.argv[:1])
    outcome, server = start_or_hand_over(handed)
    if outcome is Outcome.HANDED:
        return False
    if outcome is Outcome.HUNG:
        from fallback_desktop.core.text.catalog import text
        from fallback_desktop.core.text.lang import system_lang

        print(text("instance.hung", lang or system_lang()), file=sys.stderr, flush=True)
    if server is not None:
        server.setParent(app)
        server.received.connect(lambda args, activation: _door(app).receive(args, activation))
        app.aboutToQuit.connect(server.close)  # the socket file goes with the window
    if handed:
        _door(app).receive(list(handed), {})
    return True


_doors: list[QObject] = []


def _door(app: QObject) -> WindowDoor:
    """The one WindowDoor, made when first needed (most starts never need it)."""
    from fallback_desktop.gui.handed import WindowDoor

    if not _doors:
        _doors.append(WindowDoor(parent=app))
    door = _doors[0]
    assert isinstance(door, WindowDoor)
    return door
