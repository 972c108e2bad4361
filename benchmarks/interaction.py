"""Interaction latency: a change in the window until the screen shows its result."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from benchmarks.children import INTERACTION_CHILD, run_for_result
from benchmarks.stats import median, p95

# (key in the child's result, what the row says)
CASES = (
    ("situation", "situation change → recommendation shown"),
    ("product", "productEdit text → subjectEdit shows it"),
    ("details", "detailsEdit text → bodyEdit shows it"),
    ("webform", "detailsEdit text → the web form page shows it"),
    ("messenger", "detailsEdit text → the messenger page shows it"),
    ("chat", "detailsEdit text → the chat sheet shows it"),
)


@dataclass(frozen=True)
class Latency:
    label: str
    samples_ms: list[float]  # changes whose result on screen differs from before (verified)
    unverified: int  # changes that left the screen looking the same (not in the figure)
    timeouts: int

    @property
    def median_ms(self) -> float:
        return median(self.samples_ms)

    @property
    def p95_ms(self) -> float:
        return p95(self.samples_ms)


def _floats(value: object) -> list[float]:
    if not isinstance(value, list):
        raise ValueError("the interaction child sent no samples")
    return [float(v) for v in value]


def measure_interaction(env: Mapping[str, str], reps: int) -> tuple[list[Latency], list[int]]:
    """Run the interaction child; one Latency per case, and the window size it used."""
    result = run_for_result(INTERACTION_CHILD, env, (str(reps),), timeout_s=150.0)
    latencies: list[Latency] = []
    for key, label in CASES:
        case = result[key]
        if not isinstance(case, dict):
            raise ValueError(f"the interaction child sent no {key!r} figures")
        samples = _floats(case["samples_ms"])
        if not samples:
            raise ValueError(f"no {key!r} change could be verified on screen")
        latencies.append(
            Latency(label, samples, len(_floats(case["unverified_ms"])), int(case["timeouts"]))
        )
    size = result.get("window_size")
    return latencies, [int(v) for v in size] if isinstance(size, list) else []
