"""The single-instance socket on Linux and macOS: a Unix socket, watched by Qt's event loop.

Python's own socket layer (the `_socket` module, well under a millisecond to load) rather than
QtNetwork (about 5 ms before the first paint): the check runs at every start. The socket file
is readable and writable by its owner only, in the private runtime folder where there is one.
"""

from __future__ import annotations

import _socket
import contextlib
import errno
import logging
import os
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from fallback_desktop.gui.instance_protocol import (
    MAX_MESSAGE_BYTES,
    REPLY,
    REPLY_TIMEOUT_S,
    Outcome,
    decode_message,
    encode_message,
)

log = logging.getLogger(__name__)

# Nobody of ours to talk to: no file, nobody behind it (a crash), or not ours to use.
_NOBODY = (errno.ENOENT, errno.ECONNREFUSED, errno.ENOTSOCK, errno.EACCES, errno.EPERM)


def hand_over(
    path: str,
    handed: Sequence[str],
    activation: dict[str, str],
    timeout_s: float = REPLY_TIMEOUT_S,
) -> Outcome:
    """Give the arguments to the window listening at path; wait at most timeout_s for "ok"."""
    deadline = time.monotonic() + timeout_s
    client = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        client.settimeout(timeout_s)
        try:
            client.connect(path)
        except OSError as error:
            # No file, or nobody behind it (a crash); a full queue or a timeout means hung.
            return Outcome.NONE if error.errno in _NOBODY else Outcome.HUNG
        reply = b""
        try:
            client.sendall(encode_message(handed, activation))
            while REPLY not in reply:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return Outcome.HUNG
                client.settimeout(remaining)
                chunk = client.recv(64)
                if not chunk:
                    return Outcome.HUNG  # closed without an answer
                reply += chunk
        except OSError:  # a timeout, or the other end went away mid-way
            return Outcome.HUNG
        return Outcome.HANDED
    finally:
        client.close()


class _Connection(QObject):
    """One later start talking to us: its bytes until the end of its line."""

    def __init__(self, sock: _socket.socket, on_readable: Callable[[_Connection], None]) -> None:
        super().__init__()
        self.sock = sock
        self.data = b""
        self._on_readable = on_readable
        self.notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._readable)

    def _readable(self) -> None:
        self._on_readable(self)

    def close(self) -> None:
        self.notifier.setEnabled(False)
        self.sock.close()
        self.deleteLater()


class UnixInstanceServer(QObject):
    """Listens at path; `received(args, activation)` once per well-formed message."""

    received = Signal(list, dict)

    def __init__(self, path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._sock: _socket.socket | None = None
        self._inode: int | None = None
        self._notifier: QSocketNotifier | None = None
        self._connections: list[_Connection] = []
        self._error = 0

    def listen(self, *, replace: bool = True) -> bool:
        """Take the path; with replace, a socket file nobody answers on is removed first."""
        if self._bind():
            return True
        if not replace or not self.address_in_use():
            return False
        try:
            os.unlink(self.path)
        except OSError as error:
            self._error = error.errno or 0
            return False
        return self._bind()

    def _bind(self) -> bool:
        sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
        try:
            sock.bind(self.path)
            os.chmod(self.path, 0o600)  # before listen: nobody else may ever connect
            sock.listen(8)
            sock.setblocking(False)
            self._inode = os.stat(self.path).st_ino
        except OSError as error:
            sock.close()
            self._error = error.errno or 0
            return False
        self._sock = sock
        self._error = 0
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def address_in_use(self) -> bool:
        return self._error == errno.EADDRINUSE

    def is_listening(self) -> bool:
        return self._sock is not None

    def error_text(self) -> str:
        return os.strerror(self._error) if self._error else ""

    def close(self) -> None:
        """Stop listening and remove the socket file, if it is still ours."""
        for connection in self._connections:
            connection.close()
        self._connections.clear()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self._sock is not None:
            self._sock.close()
            self._sock = None
            try:
                if os.stat(self.path).st_ino == self._inode:  # not a newer start's
                    os.unlink(self.path)
            except OSError:
                pass

    def _accept(self) -> None:
        if self._sock is None:
            return
        while True:
            try:
                # The C socket's accept (socket.socket.accept wraps it); `socket` stays unloaded.
                fd, _address = self._sock._accept()  # type: ignore[attr-defined]
            except OSError:
                return  # nothing more waiting
            sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM, 0, fd)
            sock.setblocking(False)
            self._connections.append(_Connection(sock, self._read))

    def _read(self, connection: _Connection) -> None:
        try:
            chunk = connection.sock.recv(4096)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        connection.data += chunk
        if b"\n" not in connection.data:
            if not chunk or len(connection.data) > MAX_MESSAGE_BYTES:
                self._drop(connection)
            return
        message = decode_message(connection.data.split(b"\n", 1)[0])
        with contextlib.suppress(OSError):  # it gave up waiting: the arguments are taken anyway
            connection.sock.send(REPLY)
        self._drop(connection)
        if message is None:
            log.warning("a message on the single-instance socket was not understood")
            return
        self.received.emit(*message)

    def _drop(self, connection: _Connection) -> None:
        connection.close()
        if connection in self._connections:
            self._connections.remove(connection)
