"""One window per person: a second start hands its link or file to the first, in real processes.

Each start is a real `python -m fallback_desktop` (offscreen), with this test's own profile
folder and runtime folder, so the socket it finds is this test's alone.
"""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from fallback_desktop.gui.instance_protocol import (
    Outcome,
    decode_message,
    encode_message,
    server_name,
)
from fallback_desktop.gui.single_instance import address, start_or_hand_over, transport

ROOT = Path(__file__).resolve().parents[2]
# Ceilings against a hang only; nothing here asserts how fast something happened.
START_S = 60.0

# A first start, watched: the real entry point, plus a reporter that says on stdout when the
# window is up ("ready"), when the letter's To holds argv[1] ("to-filled") and when the
# attachments hold argv[2] ("attached"), and whether the window came back from minimised.
WATCHED_START = """
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget

from fallback_desktop.gui.app import create_application

expected_to, expected_file, minimise = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
sys.argv[1:] = []
app = create_application(sys.argv[:1])
said = set()

def say(word):
    if word not in said:
        said.add(word)
        print(word, flush=True)

def window():
    from fallback_desktop.gui.main_window import MainWindow
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)

def poll():
    main = window()
    if main is None or main.workspace is None or not main.isVisible():
        return
    if "ready" not in said:
        if minimise:
            main.showMinimized()
        say("ready")
        return
    minimised = bool(main.windowState() & Qt.WindowState.WindowMinimized)
    if minimise and minimised:
        say("minimised")
    elif minimise and "minimised" in said:
        say("restored")
    to = main.findChild(QLineEdit, "toEdit")
    if to is not None and to.text() == expected_to:
        say("to-filled")
    files = main.findChild(QListWidget, "attachmentList")
    if files is not None and any(
        files.item(row).data(Qt.ItemDataRole.UserRole) == expected_file
        for row in range(files.count())
    ):
        say("attached")

timer = QTimer()
timer.timeout.connect(poll)
timer.start(20)
from fallback_desktop.__main__ import main
sys.exit(main())
"""


class Start:
    """A watched start of the app, read line by line."""

    def __init__(self, env: dict[str, str], to: str = "", file: str = "", minimise: bool = False):
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WATCHED_START, to, file, "1" if minimise else "0"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.lines: list[str] = []
        self._pending = b""
        self.err = ""

    def wait_for(self, word: str) -> None:
        assert self.proc.stdout is not None
        deadline = time.monotonic() + START_S
        fd = self.proc.stdout.fileno()
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_READ)
            while word not in self.lines:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or (self.proc.poll() is not None and not selector.select(0)):
                    self.stop()
                    pytest.fail(f"never said {word!r}; said {self.lines}; stderr: {self.stderr()}")
                if selector.select(min(remaining, 0.5)):
                    # Raw reads: several lines may come at once, and a buffered readline would
                    # keep the later ones where select() no longer sees them.
                    self._pending += os.read(fd, 65536)
                    *complete, self._pending = self._pending.split(b"\n")
                    self.lines += [line.decode().strip() for line in complete]

    def stderr(self) -> str:
        """What it said on stderr (read once it has ended)."""
        if self.proc.poll() is None:
            return ""
        if self.proc.stderr is not None and not self.proc.stderr.closed:
            self.err = self.proc.stderr.read().decode(errors="replace")
        # The offscreen platform's notes about what it cannot do hide the rest.
        said = [line for line in self.err.splitlines() if "does not support" not in line]
        return "\n".join(said)[-3000:]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGCONT)
            self.proc.terminate()
        try:
            self.proc.wait(timeout=START_S)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.stderr()
        for pipe in (self.proc.stdout, self.proc.stderr):
            if pipe is not None:
                pipe.close()


@pytest.fixture
def env() -> Iterator[dict[str, str]]:
    """The test's profile (FALLBACK_DESK_HOME, set by conftest) and its own runtime folder,
    short enough for a socket path (pytest's own folders are too deep for one)."""
    with tempfile.TemporaryDirectory(prefix="fd-run-") as runtime:
        os.chmod(runtime, 0o700)
        environment = dict(os.environ)
        environment["XDG_RUNTIME_DIR"] = runtime
        environment["QT_QPA_PLATFORM"] = "offscreen"
        environment.pop("XDG_ACTIVATION_TOKEN", None)
        yield environment


@pytest.fixture
def starts() -> Iterator[list[Start]]:
    running: list[Start] = []
    yield running
    for start in running:
        start.stop()


def second_start(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fallback_desktop", *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=START_S,
        check=False,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="signals and Unix sockets")
def test_a_second_start_hands_its_link_and_file_to_the_first_window(
    env: dict[str, str], starts: list[Start], tmp_path: Path
) -> None:
    receipt = tmp_path / "영수증.pdf"
    receipt.write_bytes(b"%PDF-1.4\n")
    first = Start(env, to="help@example.com", file=str(receipt), minimise=True)
    starts.append(first)
    first.wait_for("minimised")

    handed = second_start(env, "mailto:help@example.com?subject=%EB%AC%B8%EC%9D%98")
    assert handed.returncode == 0, handed.stderr
    first.wait_for("to-filled")
    first.wait_for("restored")  # the minimised window came back
    assert handed.stdout == ""  # no window of its own, nothing said

    attached = second_start(env, str(receipt))
    assert attached.returncode == 0, attached.stderr
    first.wait_for("attached")
    assert first.proc.poll() is None  # still the one window


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="signals and Unix sockets")
def test_a_socket_left_by_a_crash_does_not_stop_the_next_start(
    env: dict[str, str], starts: list[Start]
) -> None:
    crashed = Start(env)
    starts.append(crashed)
    crashed.wait_for("ready")
    crashed.proc.kill()
    crashed.proc.wait()
    socket_file = Path(address_in(env))
    assert socket_file.is_absolute()
    assert socket_file.parent == Path(env["XDG_RUNTIME_DIR"])
    assert socket_file.exists()  # the crash left it behind

    after = Start(env)
    starts.append(after)
    after.wait_for("ready")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="signals and Unix sockets")
def test_a_hung_first_window_is_told_about_and_does_not_block_a_new_one(
    env: dict[str, str], starts: list[Start]
) -> None:
    hung = Start(env)
    starts.append(hung)
    hung.wait_for("ready")
    hung.proc.send_signal(signal.SIGSTOP)  # accepts connections, answers nothing

    second = Start(env, to="help@example.com")
    starts.append(second)
    second.wait_for("ready")
    # The new window took the name over: a third start reaches it, not the hung one.
    third = second_start(env, "mailto:help@example.com")
    assert third.returncode == 0, third.stderr
    second.wait_for("to-filled")
    second.stop()
    told = [line for line in second.err.splitlines() if "not responding" in line or "응답" in line]
    assert len(told) == 1, second.err


def address_in(env: dict[str, str]) -> str:
    """The socket path a start with env uses (computed here with the same folders)."""
    saved = {key: os.environ.get(key) for key in ("XDG_RUNTIME_DIR", "FALLBACK_DESK_HOME")}
    try:
        for key in saved:
            os.environ[key] = env[key]
        return address()
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def test_the_name_belongs_to_one_profile(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    first = server_name()
    monkeypatch.setenv("FALLBACK_DESK_HOME", str(tmp_path / "other"))
    assert server_name() != first
    assert server_name().startswith("fallback-desktop-")


def test_messages_round_trip_and_strangers_are_refused() -> None:
    line = encode_message(
        ["mailto:help@example.com", "/tmp/영수증.pdf"], {"DESKTOP_STARTUP_ID": "x"}
    )
    assert line.endswith(b"\n")
    assert line.isascii()
    assert decode_message(line.strip()) == (
        ["mailto:help@example.com", "/tmp/영수증.pdf"],
        {"DESKTOP_STARTUP_ID": "x"},
    )
    assert decode_message(b'{"args": "not a list"}') is None
    assert decode_message(b"\xff\xfe") is None
    assert decode_message(b"[1, 2]") is None
    # Only the tokens it knows are taken from a message.
    assert decode_message(b'{"args": [], "activation": {"LD_PRELOAD": "x"}}') == ([], {})


@pytest.mark.parametrize("unix", [True, False], ids=["unix-socket", "qt-local-server"])
def test_alone_it_listens_and_replaces_a_stale_socket(
    qapp: object, monkeypatch: pytest.MonkeyPatch, env: dict[str, str], unix: bool
) -> None:
    import socket

    monkeypatch.setenv("XDG_RUNTIME_DIR", env["XDG_RUNTIME_DIR"])
    where = address_in(env)
    # A socket file nobody listens on, as a crash leaves it.
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(where)
    stale.close()
    outcome, server = start_or_hand_over([], where, unix=unix)
    assert outcome is Outcome.NONE
    assert server is not None
    assert server.is_listening()
    server.close()
    assert not Path(where).exists()  # closing takes the socket file away


@pytest.fixture
def owner(qapp: object) -> Iterator[QObject]:
    """A parent for a server, as the application is in the app: the server is freed by Qt
    after pytest-qt is done with the signal it waited for, not when the test returns."""
    parent = QObject()
    yield parent
    parent.deleteLater()


# A later start in its own process, through the transport named in argv[1].
LATER_START = """
import sys
from fallback_desktop.gui.single_instance import transport

hand_over, _server = transport(sys.argv[1] == "unix")
print(hand_over(sys.argv[2], ["mailto:help@example.com"], {"XDG_ACTIVATION_TOKEN": "t"}).value)
"""


@pytest.mark.parametrize(
    ("server_unix", "client_unix"),
    [(True, True), (True, False), (False, True), (False, False)],
    ids=["unix-to-unix", "qt-to-unix", "unix-to-qt", "qt-to-qt"],
)
def test_both_transports_speak_the_same_protocol(
    qtbot: QtBot, env: dict[str, str], owner: QObject, server_unix: bool, client_unix: bool
) -> None:
    """Windows uses the Qt transport: here it meets the Unix one over the same socket file."""
    _hand_over, make_server = transport(server_unix)
    where = str(Path(env["XDG_RUNTIME_DIR"]) / "instance-test")
    server = make_server(where)
    server.setParent(owner)
    assert server.listen()
    try:
        later = subprocess.Popen(
            [sys.executable, "-c", LATER_START, "unix" if client_unix else "qt", where],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        with qtbot.waitSignal(server.received, timeout=int(START_S * 1000)) as heard:
            pass
        said, _ = later.communicate(timeout=START_S)
    finally:
        server.close()
    assert heard.args == [["mailto:help@example.com"], {"XDG_ACTIVATION_TOKEN": "t"}]
    assert said.strip() == "handed"
