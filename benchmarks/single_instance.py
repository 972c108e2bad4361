"""The single-instance check (gui/single_instance.py): what it adds to start-up.

`claim()` timed in fresh processes with nobody else running (benchmarks/_instance_child.py), the
modules the window loads anyway already loaded. The bundle's start-up is benchmarks/bundle.py.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from benchmarks.children import ChildError, run_for_result
from benchmarks.report import Row
from benchmarks.stats import median

INSTANCE_CHILD = "benchmarks._instance_child"
CHECK_RUNS = 10
CHECK_BUDGET_MS = 10.0


@dataclass(frozen=True)
class InstanceResult:
    check_ms: list[float]


def measure_check(env: Mapping[str, str], runs: int = CHECK_RUNS) -> list[float]:
    """claim()'s cost in each of `runs` fresh processes, in ms."""
    spent = []
    for _ in range(runs):
        result = run_for_result(INSTANCE_CHILD, env, (), timeout_s=60)
        if result.get("opened") is not True:
            raise ChildError(f"the check found another window running: {result}")
        spent.append(float(str(result["ms"])))
    return spent


def measure(
    env: Mapping[str, str], progress: Callable[[str], None] = lambda _text: None
) -> InstanceResult:
    check = measure_check(env)
    progress(f"  single-instance check: median {median(check):.1f} ms")
    return InstanceResult(check)


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
    return rows
