"""The single-instance socket through QtNetwork: a named pipe on Windows (QLocalServer).

Linux and macOS use instance_unix.py, which loads in a fraction of the time; this transport
speaks the same protocol (instance_protocol.py) and is tested against it on Linux.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from fallback_desktop.gui.instance_protocol import (
    MAX_MESSAGE_BYTES,
    REPLY,
    REPLY_TIMEOUT_S,
    Outcome,
    decode_message,
    encode_message,
)

log = logging.getLogger(__name__)


def hand_over(
    name: str,
    handed: Sequence[str],
    activation: dict[str, str],
    timeout_s: float = REPLY_TIMEOUT_S,
) -> Outcome:
    """Give the arguments to the window listening on name; wait at most timeout_s for "ok"."""
    timeout_ms = int(timeout_s * 1000)
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


class QtInstanceServer(QObject):
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
