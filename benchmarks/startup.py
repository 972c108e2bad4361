"""Start-up: process start to the main window painted on screen, app against bare window."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from benchmarks.children import APP_CHILD, BARE_CHILD, ChildRun, time_to_visible
from benchmarks.stats import median


@dataclass(frozen=True)
class StartupResult:
    """The timed pairs (warm-up excluded), each an (app, bare) run."""

    pairs: list[tuple[ChildRun, ChildRun]]

    @property
    def ratios(self) -> list[float]:
        return [app.visible_s / bare.visible_s for app, bare in self.pairs]

    @property
    def ratio(self) -> float:
        return median(self.ratios)

    @property
    def app_ms(self) -> float:
        return median([app.visible_s * 1000 for app, _ in self.pairs])

    @property
    def bare_ms(self) -> float:
        return median([bare.visible_s * 1000 for _, bare in self.pairs])

    @property
    def app_ready_ms(self) -> float | None:
        ready = [app.ready_s * 1000 for app, _ in self.pairs if app.ready_s is not None]
        return median(ready) if len(ready) == len(self.pairs) else None

    @property
    def answer_ratios(self) -> list[float] | None:
        """Per pair: the app's plan and recommended channel painted, against the bare window."""
        ratios = [app.answer_s / bare.visible_s for app, bare in self.pairs if app.answer_s]
        return ratios if len(ratios) == len(self.pairs) else None

    @property
    def app_answer_ms(self) -> float | None:
        answers = [app.answer_s * 1000 for app, _ in self.pairs if app.answer_s is not None]
        return median(answers) if len(answers) == len(self.pairs) else None

    @property
    def qt_version(self) -> str:
        return str(self.pairs[0][1].visible.get("qt_version", "?"))


def measure_startup(
    env: Mapping[str, str],
    pairs: int,
    warm_up: int = 1,
    progress: Callable[[str], None] = lambda _text: None,
) -> StartupResult:
    """Alternate app and bare children; the first warm_up pairs fill disk and font caches."""
    timed: list[tuple[ChildRun, ChildRun]] = []
    for index in range(warm_up + pairs):
        app = time_to_visible(APP_CHILD, env)
        bare = time_to_visible(BARE_CHILD, env)
        label = "warm-up" if index < warm_up else f"pair {index - warm_up + 1}/{pairs}"
        progress(
            f"  start-up {label}: app {app.visible_s * 1000:.0f} ms, "
            f"bare {bare.visible_s * 1000:.0f} ms"
        )
        if index >= warm_up:
            timed.append((app, bare))
    return StartupResult(timed)
