"""The printed report: machine, the budget table, and the import-time evidence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from benchmarks.importtime import ImportEvidence


@dataclass(frozen=True)
class Row:
    figure: str
    measured: str
    budget: str
    ok: bool | None  # None: shown for information, not checked

    @property
    def verdict(self) -> str:
        return "info" if self.ok is None else ("pass" if self.ok else "FAIL")


def table(rows: Sequence[Row]) -> str:
    """A plain-text table with a header line; wide enough for every cell."""
    header = ("figure", "measured", "budget", "result")
    cells = [header, *((r.figure, r.measured, r.budget, r.verdict) for r in rows)]
    widths = [max(len(row[col]) for row in cells) for col in range(4)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in cells
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def block(title: str, pairs: Sequence[tuple[str, str]]) -> str:
    width = max(len(key) for key, _ in pairs)
    return "\n".join([title, *(f"  {key.ljust(width)}  {value}" for key, value in pairs)])


def import_section(evidence: ImportEvidence, count: int = 15) -> str:
    lines = [
        f"Imports before the window was visible (one run under -X importtime, visible after "
        f"{evidence.visible_ms:.0f} ms; importtime itself slows imports down):",
        f"  {len(evidence.imports)} modules, {evidence.total_ms:.0f} ms of import time in all.",
        f"  The {count} largest, none counted inside another listed one:",
        f"  {'cumulative':>10}  {'self':>8}  module",
    ]
    for item in evidence.heaviest(count):
        lines.append(
            f"  {item.cumulative_us / 1000:>7.1f} ms  {item.self_us / 1000:>5.1f} ms  {item.name}"
        )
    loaded = evidence.deferred_loaded()
    if loaded:
        found = ", ".join(f"{name} ({ms:.0f} ms)" for name, ms in loaded.items())
        lines.append(f"  Loaded before the window was visible (should wait): {found}")
    else:
        lines.append(
            "  None of holidays, phonenumbers, jinja2, email_validator loaded before visible."
        )
    return "\n".join(lines)
