"""Peak memory at "visible": the app child's peak RSS against the bare child's, same runs."""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.startup import StartupResult
from benchmarks.stats import median

KIB = 1024
MB = 1_000_000


def _peak_mb(report: dict[str, object]) -> float:
    value = report.get("peak_rss_kib")
    if not isinstance(value, int):
        raise ValueError("a child did not report its peak RSS")
    return value * KIB / MB


@dataclass(frozen=True)
class MemoryResult:
    app_mb: float
    bare_mb: float

    @property
    def extra_mb(self) -> float:
        return self.app_mb - self.bare_mb


def peak_memory(startup: StartupResult) -> MemoryResult:
    """Medians over the timed start-up pairs of VmHWM read by each child when it became visible."""
    return MemoryResult(
        app_mb=median([_peak_mb(app.visible) for app, _ in startup.pairs]),
        bare_mb=median([_peak_mb(bare.visible) for _, bare in startup.pairs]),
    )
