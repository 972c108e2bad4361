"""The X display the children draw on: the session's own, or an Xvfb started for this run."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

XVFB_SCREEN = "1920x1080x24"


@dataclass(frozen=True)
class Display:
    name: str
    description: str


class DisplayError(RuntimeError):
    """No display is set and none could be started."""


@contextmanager
def x_display() -> Iterator[Display]:
    """DISPLAY if set; otherwise Xvfb on a free display number, stopped again on exit."""
    existing = os.environ.get("DISPLAY")
    if existing:
        yield Display(existing, f"{existing} (the session's display)")
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise DisplayError(
            "DISPLAY is not set and Xvfb is not installed; "
            "run under a desktop session or `xvfb-run -a python -m benchmarks`."
        )
    read_end, write_end = os.pipe()
    # -displayfd: Xvfb picks a free display number and writes it to the pipe once it is ready.
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", XVFB_SCREEN, "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        number = _read_line(read_end)
        if not number.isdigit():
            raise DisplayError("Xvfb did not start (no display number reported)")
        name = f":{number}"
        yield Display(name, f"{name} (Xvfb {XVFB_SCREEN}, started by the benchmark)")
    finally:
        os.close(read_end)
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _read_line(fd: int) -> str:
    data = b""
    while not data.endswith(b"\n"):
        chunk = os.read(fd, 64)
        if not chunk:
            break
        data += chunk
    return data.decode().strip()
