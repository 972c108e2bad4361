"""The one-folder bundle (`make dist`): its start to the painted plan, against a bare window.

Each round starts three children in turn on the same display, one after the other:

- the bundle, `dist/fallback-desktop/fallback-desktop --self-test` (or the folder
  FALLBACK_DESK_BUNDLE names, as tests/packaging does);
- the same self-test from the venv, `python -m fallback_desktop --self-test`: the same program
  timed the same way, so bundle/venv is what the bundle itself adds (bootloader, its runtime
  hooks, its own copies of Python and Qt);
- the bare PySide6 window (benchmarks/_bare_window.py) until it is painted.

The clock runs from just before each spawn until the child's line arrives on stdout: the
self-test says `self-test: plan shown` once the plan and the recommended channel are on the card
and painted (gui/self_test.py), the bare window says `visible` after its first paint. One warm-up
round (disk and font caches) is not counted; the figure is the median of the per-round ratios.
Without a built bundle the row says so and nothing is checked.

`python -m benchmarks.bundle [--rounds N] [BUNDLE_FOLDER]` runs this part alone (no companies
stored), for comparing builds.
"""

from __future__ import annotations

import argparse
import os
import selectors
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.children import BARE_CHILD, REPO_ROOT, ChildError, time_to_visible
from benchmarks.report import Row
from benchmarks.stats import median

ROUNDS = 10
RATIO_BUDGET = 1.5
BUNDLE_ENV = "FALLBACK_DESK_BUNDLE"
PROGRAM_NAME = "fallback-desktop"
PLAN_LINE = b"self-test: plan shown"
TIMEOUT_S = 60.0
FIGURE = "bundle start to plan painted, bundle/bare"


def bundle_folder() -> Path:
    """Where the bundle is looked for: FALLBACK_DESK_BUNDLE, else dist/fallback-desktop."""
    named = os.environ.get(BUNDLE_ENV)
    return Path(named) if named else REPO_ROOT / "dist" / PROGRAM_NAME


@dataclass(frozen=True)
class Round:
    """Seconds from spawn: bundle to plan painted, venv to plan painted, bare window visible."""

    bundle_s: float
    venv_s: float
    bare_s: float


@dataclass(frozen=True)
class BundleResult:
    folder: Path
    rounds: list[Round]

    @property
    def ratios(self) -> list[float]:
        return [r.bundle_s / r.bare_s for r in self.rounds]

    @property
    def venv_ratios(self) -> list[float]:
        return [r.venv_s / r.bare_s for r in self.rounds]

    @property
    def own_ratios(self) -> list[float]:
        return [r.bundle_s / r.venv_s for r in self.rounds]

    def ms(self, pick: Callable[[Round], float]) -> float:
        return median([pick(r) * 1000 for r in self.rounds])


def time_to_plan(command: Sequence[str], env: Mapping[str, str], cwd: Path) -> float:
    """Seconds from spawning `command` (a --self-test) until it says the plan is painted."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(command),
        cwd=cwd,
        env=dict(env),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    seen = b""
    try:
        with selectors.DefaultSelector() as selector:
            selector.register(proc.stdout, selectors.EVENT_READ)
            while PLAN_LINE not in seen:
                if time.perf_counter() - start > TIMEOUT_S:
                    raise ChildError(f"{command[0]} did not show its plan in {TIMEOUT_S:.0f} s")
                if selector.select(0.5):
                    chunk = os.read(proc.stdout.fileno(), 4096)
                    if not chunk:
                        raise ChildError(f"{command[0]} ended before it showed its plan")
                    seen += chunk
            shown = time.perf_counter() - start
        # The rest of the self-test (the letter, the resource checks) must pass too.
        proc.stdout.read()
        if proc.wait(timeout=TIMEOUT_S) != 0:
            raise ChildError(f"{command[0]} --self-test failed (exit {proc.returncode})")
        return shown
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()


def measure(
    env: Mapping[str, str],
    rounds: int = ROUNDS,
    folder: Path | None = None,
    progress: Callable[[str], None] = lambda _text: None,
) -> BundleResult | None:
    """Alternating rounds of bundle, venv and bare window; None when no bundle is built."""
    folder = folder or bundle_folder()
    program = folder / PROGRAM_NAME
    if not program.is_file():
        progress(f"  bundle: none in {folder} (make dist); skipped")
        return None
    bundle_cmd = [str(program), "--self-test"]
    venv_cmd = [sys.executable, "-m", "fallback_desktop", "--self-test"]
    timed: list[Round] = []
    for index in range(1 + rounds):
        one = Round(
            time_to_plan(bundle_cmd, env, folder),
            time_to_plan(venv_cmd, env, REPO_ROOT),
            time_to_visible(BARE_CHILD, env).visible_s,
        )
        label = "warm-up" if index == 0 else f"round {index}/{rounds}"
        progress(
            f"  bundle {label}: bundle {one.bundle_s * 1000:.0f} ms, venv "
            f"{one.venv_s * 1000:.0f} ms, bare {one.bare_s * 1000:.0f} ms"
        )
        if index:
            timed.append(one)
    return BundleResult(folder, timed)


def _spread(values: list[float]) -> str:
    return f"{median(values):.2f} (rounds {min(values):.2f}–{max(values):.2f})"


def bundle_rows(result: BundleResult | None, looked: Path | None = None) -> list[Row]:
    """The budgeted ratio, and what the same program takes from the venv (information)."""
    budget = f"≤ {RATIO_BUDGET:.2f}"
    if result is None:
        folder = looked or bundle_folder()
        where = folder.relative_to(REPO_ROOT) if folder.is_relative_to(REPO_ROOT) else folder
        return [Row(FIGURE, f"skipped: no bundle in {where}/ (make dist)", budget, None)]
    count = len(result.rounds)
    return [
        Row(
            f"{FIGURE} (median of {count} rounds)",
            f"{_spread(result.ratios)}; {result.ms(lambda r: r.bundle_s):.0f} ms",
            budget,
            median(result.ratios) <= RATIO_BUDGET,
        ),
        Row(
            "…the same self-test from the venv, venv/bare",
            f"{_spread(result.venv_ratios)}; {result.ms(lambda r: r.venv_s):.0f} ms",
            "",
            None,
        ),
        Row(
            "…bundle/venv (what the bundle adds), bare window",
            f"{_spread(result.own_ratios)}; bare {result.ms(lambda r: r.bare_s):.0f} ms",
            "",
            None,
        ),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """This figure alone: 0 within budget, 1 over, 2 not measured (no bundle, no display)."""
    from benchmarks.children import isolated_env
    from benchmarks.display import DisplayError, x_display
    from benchmarks.report import table

    parser = argparse.ArgumentParser(prog="python -m benchmarks.bundle", description=__doc__)
    parser.add_argument("--rounds", type=int, default=ROUNDS, help=f"default {ROUNDS}")
    parser.add_argument("folder", nargs="?", type=Path, help="the bundle's folder")
    args = parser.parse_args(argv)
    try:
        with x_display() as display, isolated_env(display.name) as env:
            print(f"display {display.description}", file=sys.stderr, flush=True)
            result = measure(env, max(args.rounds, 1), args.folder, progress=_stderr)
    except (DisplayError, ChildError) as error:
        print(f"benchmarks: could not measure: {error}", file=sys.stderr)
        return 2
    print(table(bundle_rows(result, args.folder)))
    if result is None:
        return 2
    return 0 if median(result.ratios) <= RATIO_BUDGET else 1


def _stderr(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
