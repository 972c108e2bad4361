"""Import-time evidence: what the app imports before its window is on screen, and at what cost."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from benchmarks._visible import DEFERRED_MODULES, STDERR_MARK, STDERR_MARK_ENV
from benchmarks.children import APP_CHILD, time_to_visible

_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)\s*$")


@dataclass(frozen=True)
class Import:
    name: str
    self_us: int
    cumulative_us: int
    depth: int
    parent: int | None  # index of the import that pulled this one in


@dataclass(frozen=True)
class ImportEvidence:
    imports: list[Import]
    visible_ms: float

    @property
    def total_ms(self) -> float:
        """All import time before the window was visible (top-level imports, children included)."""
        return sum(i.cumulative_us for i in self.imports if i.depth == 0) / 1000

    def heaviest(self, count: int = 15) -> list[Import]:
        """The largest imports by cumulative time, none counted inside another one listed."""
        chosen: list[int] = []
        order = sorted(range(len(self.imports)), key=lambda i: -self.imports[i].cumulative_us)
        for index in order:
            if not any(
                self._nested(index, other) or self._nested(other, index) for other in chosen
            ):
                chosen.append(index)
            if len(chosen) == count:
                break
        return [self.imports[i] for i in chosen]

    def _nested(self, inner: int, outer: int) -> bool:
        parent = self.imports[inner].parent
        while parent is not None:
            if parent == outer:
                return True
            parent = self.imports[parent].parent
        return False

    def deferred_loaded(self) -> dict[str, float]:
        """Each module that should wait (STYLE rule 11) but loaded first, with its cost in ms.

        A package's cost adds up every import of it that is not inside another one of it: a
        package may load parts of itself later, outside its own import (holidays loads its
        country modules on first use).
        """
        found: dict[str, float] = {}
        for package in DEFERRED_MODULES:
            mine = {
                index
                for index, item in enumerate(self.imports)
                if item.name == package or item.name.startswith(package + ".")
            }
            outermost = [
                index for index in mine if not any(self._nested(index, other) for other in mine)
            ]
            if outermost:
                found[package] = sum(self.imports[i].cumulative_us for i in outermost) / 1000
        return found


def parse(stderr: str) -> list[Import]:
    """`-X importtime` lines up to the visible marker; children come before their parent."""
    rows: list[tuple[str, int, int, int]] = []
    for line in stderr.splitlines():
        if line.strip() == STDERR_MARK:
            break
        match = _LINE.match(line)
        if match:
            depth = len(match.group(3)) // 2
            rows.append((match.group(4), int(match.group(1)), int(match.group(2)), depth))
    parents: list[int | None] = [None] * len(rows)
    last_at_depth: dict[int, int] = {}
    for index in range(len(rows) - 1, -1, -1):
        depth = rows[index][3]
        parents[index] = last_at_depth.get(depth - 1) if depth else None
        last_at_depth[depth] = index
        # A shallower import closes every deeper branch that followed it.
        for deeper in [d for d in last_at_depth if d > depth]:
            del last_at_depth[deeper]
    return [Import(n, s, c, d, p) for (n, s, c, d), p in zip(rows, parents, strict=True)]


def import_evidence(env: Mapping[str, str]) -> ImportEvidence:
    """Start the app child once under `python -X importtime`."""
    marked = {**env, STDERR_MARK_ENV: "1"}
    with tempfile.TemporaryDirectory(prefix="fallback-importtime-") as folder:
        log = Path(folder, "stderr.txt")
        run = time_to_visible(APP_CHILD, marked, python_flags=("-X", "importtime"), stderr_path=log)
        text = log.read_text(encoding="utf-8", errors="replace")
    if STDERR_MARK not in text:
        raise RuntimeError("the app child did not mark the visible moment in its import log")
    return ImportEvidence(parse(text), run.visible_s * 1000)
