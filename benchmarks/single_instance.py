"""The single-instance check (gui/single_instance.py): what it adds to start-up, and the bundle.

Check: `claim()` timed in fresh processes with nobody else running (benchmarks/_instance_child.py),
the modules the window loads anyway already loaded. Bundle: `dist/fallback-desktop` started with
`--self-test` until it says the plan is on screen, against the bare PySide6 window's first paint;
without a built bundle that row says so and is not checked.
"""

from __future__ import annotations

import os
import selectors
import subprocess
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from benchmarks.children import BARE_CHILD, REPO_ROOT, ChildError, run_for_result, time_to_visible
from benchmarks.report import Row
from benchmarks.stats import median

INSTANCE_CHILD = "benchmarks._instance_child"
CHECK_RUNS = 10
CHECK_BUDGET_MS = 10.0
BUNDLE_PAIRS = 10
BUNDLE_RATIO_BUDGET = 1.5
BUNDLE = REPO_ROOT / "dist" / "fallback-desktop" / "fallback-desktop"
PLAN_LINE = b"self-test: plan shown"


@dataclass(frozen=True)
class InstanceResult:
    check_ms: list[float]
    # (bundle to plan shown, bare window visible) per pair, in seconds; None: no bundle built
    bundle_pairs: list[tuple[float, float]] | None


def measure_check(env: Mapping[str, str], runs: int = CHECK_RUNS) -> list[float]:
    """claim()'s cost in each of `runs` fresh processes, in ms."""
    spent = []
    for _ in range(runs):
        result = run_for_result(INSTANCE_CHILD, env, (), timeout_s=60)
        if result.get("opened") is not True:
            raise ChildError(f"the check found another window running: {result}")
        spent.append(float(str(result["ms"])))
    return spent


def bundle_to_plan(env: Mapping[str, str], bundle: Path = BUNDLE, timeout_s: float = 60) -> float:
    """Seconds from starting the bundle (--self-test) to its window showing the plan."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(bundle), "--self-test"],
        cwd=bundle.parent,
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
                if time.perf_counter() - start > timeout_s or proc.poll() is not None:
                    raise ChildError("the bundle did not show its plan")
                if selector.select(0.5):
                    seen += os.read(proc.stdout.fileno(), 4096)
        return time.perf_counter() - start
    finally:
        proc.wait(timeout=timeout_s)
        proc.stdout.close()


def measure(
    env: Mapping[str, str], progress: Callable[[str], None] = lambda _text: None
) -> InstanceResult:
    check = measure_check(env)
    progress(f"  single-instance check: median {median(check):.1f} ms")
    if not BUNDLE.is_file():
        return InstanceResult(check, None)
    pairs = []
    bundle_to_plan(env)  # warm-up: the bundle's files into the disk cache
    for index in range(BUNDLE_PAIRS):
        bundle = bundle_to_plan(env)
        bare = time_to_visible(BARE_CHILD, env).visible_s
        progress(
            f"  bundle pair {index + 1}/{BUNDLE_PAIRS}: "
            f"{bundle * 1000:.0f} ms vs bare {bare * 1000:.0f} ms"
        )
        pairs.append((bundle, bare))
    return InstanceResult(check, pairs)


def instance_rows(result: InstanceResult) -> list[Row]:
    check = median(result.check_ms)
    rows = [
        Row(
            f"single-instance check added to start-up (median of {len(result.check_ms)} processes)",
            f"{check:.1f} ms (runs {min(result.check_ms):.1f}–{max(result.check_ms):.1f})",
            f"≤ {CHECK_BUDGET_MS:.0f} ms",
            check <= CHECK_BUDGET_MS,
        )
    ]
    if result.bundle_pairs is None:
        rows.append(
            Row("bundle start to plan shown, bundle/bare", "no bundle (make dist)", "", None)
        )
        return rows
    ratios = [bundle / bare for bundle, bare in result.bundle_pairs]
    rows.append(
        Row(
            f"bundle start to plan shown, bundle/bare (median of {len(ratios)} pairs)",
            f"{median(ratios):.2f} ({median([b for b, _ in result.bundle_pairs]) * 1000:.0f} ms; "
            f"pairs {min(ratios):.2f}–{max(ratios):.2f})",
            f"≤ {BUNDLE_RATIO_BUDGET:.2f}",
            median(ratios) <= BUNDLE_RATIO_BUDGET,
        )
    )
    return rows
