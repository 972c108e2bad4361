"""What two starts of the app say to each other over the single-instance socket, and its name.

One JSON line from the later start — the mailto: link or file it was given, and the launcher's
activation tokens — and "ok" back from the running window. Both transports (instance_unix.py,
instance_qt.py) speak exactly this, so either end may be either one.
"""

from __future__ import annotations

import enum
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from fallback_desktop.paths import config_dir

REPLY_TIMEOUT_S = 1.0
REPLY = b"ok\n"
# Far more than a mailto: link and a path; a longer line is not from us.
MAX_MESSAGE_BYTES = 64 * 1024
# Tokens that let the running window come forward on the desktop the later start came from.
ACTIVATION_VARIABLES = ("XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID")
# A Unix socket's path holds at most 108 bytes (104 on macOS).
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
    """This user's and profile's name: the user, and a digest of the profile's folder."""
    user = _user()
    safe_user = re.sub(r"[^A-Za-z0-9_.-]", "_", user)[:24] or "user"
    profile = "\0".join((user, str(config_dir())))
    return f"fallback-desktop-{safe_user}-{_fnv1a64(profile.encode()):016x}"


def socket_path(name: str) -> str:
    """Where a Unix socket of that name lives: the private runtime folder where there is one
    (Linux), else the temporary folder (per user on macOS)."""
    candidates = []
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if sys.platform.startswith("linux") and runtime and os.path.isdir(runtime):
        candidates.append(runtime)
    candidates += [os.environ.get("TMPDIR") or "/tmp", "/tmp"]
    for folder in candidates:
        path = str(Path(folder, name))
        if len(path.encode()) <= _MAX_SOCKET_PATH:
            return path
    return str(Path("/tmp", name))


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
