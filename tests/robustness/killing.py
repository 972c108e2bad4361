"""Run a child Python program that announces its progress a line at a time, and kill it hard
(SIGKILL: no cleanup, as a crash or a power cut would) after a given line."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def kill_after(code: str, args: list[str], line_number: int) -> list[str]:
    """Start `python -c code *args`, read its lines, kill it once `line_number` were read (or
    let it end first); the lines it printed. The child either was killed or ended cleanly."""
    seen: list[str] = []
    with subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None
        assert child.stderr is not None
        for line in child.stdout:
            seen.append(line.strip())
            if len(seen) >= line_number:
                child.send_signal(signal.SIGKILL)
                break
        child.wait(timeout=60)
        stderr = child.stderr.read()
    assert child.returncode in (-signal.SIGKILL, 0), stderr
    return seen
