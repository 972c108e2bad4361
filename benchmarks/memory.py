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
    # Once the recommendation and the first draft are shown: holiday data and Jinja are loaded.
    app_ready_mb: float | None = None

    @property
    def extra_mb(self) -> float:
        return self.app_mb - self.bare_mb

    @property
    def extra_ready_mb(self) -> float | None:
        return None if self.app_ready_mb is None else self.app_ready_mb - self.bare_mb


def peak_memory(startup: StartupResult) -> MemoryResult:
    """Medians over the timed start-up pairs of VmHWM read by each child when it became visible,
    and by the app child once its recommendation and draft were shown."""
    ready = [_peak_mb(app.ready) for app, _ in startup.pairs if app.ready is not None]
    return MemoryResult(
        app_mb=median([_peak_mb(app.visible) for app, _ in startup.pairs]),
        bare_mb=median([_peak_mb(bare.visible) for _, bare in startup.pairs]),
        app_ready_mb=median(ready) if len(ready) == len(startup.pairs) else None,
    )
