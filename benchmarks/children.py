"""Parent side: the children's environment, and timing a child from spawn to its report."""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks._visible import ANSWER_PREFIX, READY_PREFIX, VISIBLE_PREFIX

REPO_ROOT = Path(__file__).resolve().parent.parent
APP_CHILD = "benchmarks._app_window"
BARE_CHILD = "benchmarks._bare_window"
INTERACTION_CHILD = "benchmarks._app_interaction"
DIRECTORY_CHILD = "benchmarks._directory_child"
# Korean first: the children run under a Korean locale, so the app loads its Korean translation.
CHILD_LANG = "ko_KR.UTF-8"


class ChildError(RuntimeError):
    """A child failed, hung, or did not say what it was expected to say."""


@contextmanager
def isolated_env(display: str) -> Iterator[dict[str, str]]:
    """The environment for every child: one display, xcb, Korean, XDG folders in a temp folder."""
    with tempfile.TemporaryDirectory(prefix="fallback-bench-") as home:
        env = dict(os.environ)
        # PYTHONDONTWRITEBYTECODE would make every child compile the app's modules afresh; an
        # installed app has its bytecode (pip writes it), and the warm-up pair writes it here.
        for name in (
            "LC_ALL",
            "LC_MESSAGES",
            "LANGUAGE",
            "QT_QPA_PLATFORM",
            "PYTHONDONTWRITEBYTECODE",
        ):
            env.pop(name, None)
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", LANG=CHILD_LANG)
        for name in ("CONFIG", "DATA", "STATE", "CACHE", "RUNTIME"):
            folder = Path(home, name.lower())
            folder.mkdir(mode=0o700)
            env[f"XDG_{name}_HOME" if name != "RUNTIME" else "XDG_RUNTIME_DIR"] = str(folder)
        # The app's own seam, for platforms where XDG variables mean nothing.
        env["FALLBACK_DESK_HOME"] = str(Path(home, "app"))
        yield env


@dataclass
class ChildRun:
    """One child: seconds from just before spawning to each report line, and the reports."""

    visible_s: float
    visible: dict[str, object]
    ready_s: float | None = None
    ready: dict[str, object] | None = None
    answer_s: float | None = None
    lines: list[str] = field(default_factory=list)


def _command(module: str, python_flags: tuple[str, ...], args: tuple[str, ...]) -> list[str]:
    return [sys.executable, *python_flags, "-m", module, *args]


def time_to_visible(
    module: str,
    env: Mapping[str, str],
    *,
    python_flags: tuple[str, ...] = (),
    timeout_s: float = 60.0,
    stderr_path: Path | None = None,
) -> ChildRun:
    """Spawn module and stop the clock on each report line it prints; wait for it to exit."""
    with tempfile.TemporaryDirectory(prefix="fallback-child-") as folder:
        log = stderr_path if stderr_path is not None else Path(folder, "stderr.txt")
        with open(log, "wb") as err:
            start = time.perf_counter()
            proc = subprocess.Popen(
                _command(module, python_flags, ()),
                cwd=REPO_ROOT,
                env=dict(env),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=err,
            )
            run = _read_reports(proc, start, timeout_s)
        if run is None or proc.returncode != 0:
            detail = log.read_bytes().decode(errors="replace")[-2000:]
            raise ChildError(f"{module} did not report a visible window.\n{detail}")
        return run


def _read_reports(proc: subprocess.Popen[bytes], start: float, timeout_s: float) -> ChildRun | None:
    assert proc.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    buffer = b""
    run: ChildRun | None = None
    lines: list[str] = []
    deadline = start + timeout_s
    fd = proc.stdout.fileno()
    try:
        while True:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                proc.kill()
                proc.wait()
                return None
            if not selector.select(remaining):
                continue
            chunk = os.read(fd, 65536)
            now = time.perf_counter()
            if not chunk:
                break
            buffer += chunk
            while b"\n" in buffer:
                raw, buffer = buffer.split(b"\n", 1)
                line = raw.decode()
                lines.append(line)
                if line.startswith(VISIBLE_PREFIX) and run is None:
                    run = ChildRun(now - start, json.loads(line[len(VISIBLE_PREFIX) :]))
                elif line.startswith(ANSWER_PREFIX) and run is not None:
                    run.answer_s = now - start
                elif line.startswith(READY_PREFIX) and run is not None:
                    run.ready_s = now - start
                    run.ready = json.loads(line[len(READY_PREFIX) :])
    finally:
        selector.close()
    proc.wait(timeout=max(deadline - time.perf_counter(), 1.0))
    if run is not None:
        run.lines = lines
    return run


def run_for_result(
    module: str, env: Mapping[str, str], args: tuple[str, ...], timeout_s: float
) -> dict[str, object]:
    """Run a child to completion and return the JSON of its ``result`` line."""
    try:
        done = subprocess.run(
            _command(module, (), args),
            cwd=REPO_ROOT,
            env=dict(env),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout_s,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise ChildError(f"{module} took longer than {timeout_s:.0f} s") from error
    for line in done.stdout.decode(errors="replace").splitlines():
        if line.startswith("result "):
            result: dict[str, object] = json.loads(line[len("result ") :])
            return result
    detail = (done.stdout + done.stderr).decode(errors="replace")[-2000:]
    raise ChildError(f"{module} gave no result (exit status {done.returncode}).\n{detail}")
