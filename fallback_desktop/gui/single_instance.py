"""One window per person and profile: a second start hands its arguments to the first and quits.

The first start listens on a local socket (QLocalServer: a Unix socket, a named pipe on Windows)
whose name holds the user and a digest of the profile folder, so two people, or two test runs
with their own FALLBACK_DESK_HOME, never meet. A second start connects, sends one JSON line
(the mailto: link or file it was given, and the launcher's activation token) and waits for "ok";
the first brings its window forward and takes the arguments (gui/handed.py).

What can go wrong, and what happens:
- a socket left by a crash: connecting is refused, so the new start removes it and listens;
- a first start that hangs: it accepts the connection (the system does that) but never answers;
  after REPLY_TIMEOUT_MS the new start says so in one line on stderr, takes the name over and
  opens its own window, so a frozen window never keeps a person out;
- no server can be made (an odd platform, a full temp folder): the window opens anyway, alone.

The check runs before the window is made and costs a few milliseconds when no other start is
running (the benchmarks measure it); it never waits for anything but a live answer.
"""

from __future__ import annotations

import enum
import json
import logging
import os
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from fallback_desktop.paths import config_dir

if TYPE_CHECKING:
    from fallback_desktop.core.text.lang import Lang
    from fallback_desktop.gui.handed import WindowDoor

log = logging.getLogger(__name__)

REPLY_TIMEOUT_MS = 1000
REPLY = b"ok\n"
# Far more than a mailto: link and a path; a longer line is not from us.
MAX_MESSAGE_BYTES = 64 * 1024
# Tokens that let the running window come forward on the desktop the second start came from.
ACTIVATION_VARIABLES = ("XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID")
# sun_path holds 108 bytes; a longer path falls back to a plain name in the temp folder.
_MAX_SOCKET_PATH = 100


class Outcome(enum.Enum):
    """What the attempt to reach a running window found."""

    HANDED = "handed"  # a running window took the arguments: this start is done
    NONE = "none"  # nobody listens (nothing running, or a socket left by a crash)
    HUNG = "hung"  # someone accepted the connection but did not answer in time


def _fnv1a64(data: bytes) -> int:
    """A 64-bit FNV-1a digest: enough to tell profiles apart, without loading hashlib (OpenSSL,
    several ms at start-up)."""
    value = 0xCBF29CE484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


def _user() -> str:
    # The variables getpass.getuser() reads first, without loading it (and pwd) for them.
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        if os.environ.get(variable):
            return os.environ[variable]
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "user"


def server_name() -> str:
    """The socket's name for this user and profile (in XDG_RUNTIME_DIR where there is one)."""
    user = _user()
    safe_user = re.sub(r"[^A-Za-z0-9_.-]", "_", user)[:24] or "user"
    profile = "\0".join((user, str(config_dir())))
    digest = f"{_fnv1a64(profile.encode()):016x}"
    name = f"fallback-desktop-{safe_user}-{digest}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if sys.platform.startswith("linux") and runtime and os.path.isdir(runtime):
        path = str(Path(runtime, name))
        if len(path.encode()) <= _MAX_SOCKET_PATH:
            return path
    return name


def encode_message(handed: Sequence[str], activation: dict[str, str]) -> bytes:
    """One JSON line: the handed arguments and the activation tokens."""
    line = json.dumps({"args": list(handed), "activation": activation}, ensure_ascii=True)
    return line.encode("ascii") + b"\n"


def decode_message(data: bytes) -> tuple[list[str], dict[str, str]] | None:
    """(args, activation) of one line, or None when it is not a message of ours."""
    try:
        message = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(message, dict):
        return None
    args = message.get("args")
    activation = message.get("activation", {})
    if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
        return None
    if not isinstance(activation, dict):
        return None
    tokens = {
        key: value
        for key, value in activation.items()
        if key in ACTIVATION_VARIABLES and isinstance(value, str)
    }
    return args, tokens


def activation_tokens() -> dict[str, str]:
    """The launcher's tokens in this process's environment (empty when started by hand)."""
    return {name: os.environ[name] for name in ACTIVATION_VARIABLES if os.environ.get(name)}


def hand_over(
    name: str, handed: Sequence[str], activation: dict[str, str], timeout_ms: int = REPLY_TIMEOUT_MS
) -> Outcome:
    """Try to give the arguments to a running window; wait at most timeout_ms for its answer."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    deadline = time.monotonic() + timeout_ms / 1000
    if not socket.waitForConnected(timeout_ms):
        return Outcome.NONE
    socket.write(encode_message(handed, activation))
    reply = b""
    while REPLY not in reply:
        remaining = int((deadline - time.monotonic()) * 1000)
        if remaining <= 0 or not socket.waitForReadyRead(remaining):
            socket.abort()
            return Outcome.HUNG
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return Outcome.HANDED


class InstanceServer(QObject):
    """Listens for later starts; `received(args, activation)` once per well-formed message."""

    received = Signal(list, dict)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        # Only this user may connect (the socket file gets mode 0700 on Unix).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self, *, replace: bool = True) -> bool:
        """Take the name; with replace, a socket nobody answers on (left by a crash, or hung)
        is removed first."""
        if self._server.listen(self.name):
            return True
        if not replace or not self.address_in_use():
            return False
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def address_in_use(self) -> bool:
        return bool(self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError)

    def error_text(self) -> str:
        return self._server.errorString()

    def is_listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE_BYTES:
                socket.abort()
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        message = decode_message(line)
        socket.write(REPLY)
        socket.flush()
        socket.disconnectFromServer()
        if message is None:
            log.warning("a message on the single-instance socket was not understood")
            return
        self.received.emit(*message)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


def start_or_hand_over(
    handed: Sequence[str], name: str | None = None
) -> tuple[Outcome, InstanceServer | None]:
    """Hand the arguments to a running window, or become the one that listens.

    (HANDED, None): quit, the running window has them. Otherwise this start goes on; the server
    is None only when no name could be taken (the window then runs alone).
    """
    name = name or server_name()
    tokens = activation_tokens()
    outcome = hand_over(name, handed, tokens)
    if outcome is Outcome.HANDED:
        return outcome, None
    server = InstanceServer(name)
    if outcome is Outcome.NONE and not server.listen(replace=False) and server.address_in_use():
        # A socket is there: left by a crash, or another start got in between our look and
        # our listen. Ask once more before replacing it.
        outcome = hand_over(name, handed, tokens)
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
