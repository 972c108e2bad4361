"""The house's rules, read from the code: every import arrow points down, and none goes round.

Rooms, from the bottom: core.text -> core.domain -> core.calendar -> core.recommend, core.writing,
core.handoff, core.store -> session -> cli, gui. A module may import its own room and the rooms
below it; core never imports Qt, the window or the command line.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "fallback_desktop"

# Each room and the rooms it may import (besides itself). "paths" sits below everything.
ALLOWED: dict[str, set[str]] = {
    "paths": set(),
    "version": set(),
    "scrubbing": set(),
    "logs": {"paths", "version", "scrubbing"},
    "core.text": {"paths"},
    "core.domain": {"paths", "core.text"},
    "core.calendar": {"paths", "core.text", "core.domain", "core.store"},
    "core.store": {"paths", "core.text", "core.domain"},
    "core.recommend": {"paths", "core.text", "core.domain", "core.calendar"},
    # core.recommend: the phone sheet words the same load pattern and advice as the plan.
    "core.writing": {
        "paths",
        "core.text",
        "core.domain",
        "core.calendar",
        "core.handoff",
        "core.recommend",
        "core.store",  # the person's own templates are kept as the store keeps every file
    },
    "core.handoff": {"paths", "core.text", "core.domain", "core.store"},
    "session": {"paths", *(f"core.{r}" for r in ("text", "domain", "calendar", "store"))},
    "cli": {"paths", "session", "core.*", "version"},
    "gui": {"paths", "session", "core.*", "version", "logs", "scrubbing"},
    "entry": {"cli", "gui", "core.text"},
    "core": set(),  # core/__init__.py: empty
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _room(module: str) -> str:
    inner = module.split(".")[1:]
    if not inner:
        return "version"  # fallback_desktop/__init__.py: the version only
    if inner[0] == "core" and len(inner) > 1:
        return f"core.{inner[1]}"
    if inner[0] == "__main__":
        return "entry"
    return inner[0]


def _imports(path: Path) -> Iterator[str]:
    """Every fallback_desktop module this file imports, at the top or inside a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = _module_name(path).rsplit(".", 0 if path.name == "__init__.py" else 1)[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names if a.name.startswith("fallback_desktop"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1]])
                base = f"{base}.{node.module}" if node.module else base
            if not base.startswith("fallback_desktop"):
                continue
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                known = (PACKAGE.parent / candidate.replace(".", "/")).with_suffix(".py")
                is_module = (
                    known.is_file() or (PACKAGE.parent / candidate.replace(".", "/")).is_dir()
                )
                yield candidate if is_module else base


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        graph[_module_name(path)] = set(_imports(path))
    return graph


def _imported_names(path: Path) -> list[str]:
    """Every module name an import statement in the file names, as written."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append(node.module or "")
    return found


def _qt_imports(path: Path) -> list[str]:
    return [n for n in _imported_names(path) if n.startswith(("PySide6", "shiboken6"))]


def _allowed(source_room: str, target_room: str) -> bool:
    if source_room == target_room:
        return True
    allowed = ALLOWED[source_room]
    return target_room in allowed or ("core.*" in allowed and target_room.startswith("core."))


def test_every_module_belongs_to_a_known_room() -> None:
    unknown = sorted({m for m in _graph() if _room(m) not in ALLOWED})
    assert not unknown, f"add these rooms to ALLOWED with what they may import: {unknown}"


def test_every_arrow_points_down() -> None:
    upward = [
        f"{source} -> {target}"
        for source, targets in _graph().items()
        for target in targets
        if not _allowed(_room(source), _room(target))
    ]
    assert not upward, "\n".join(upward)


def test_no_import_cycles() -> None:
    graph = _graph()
    # A package's __init__ is imported on the way to its modules; it is not an arrow of its own.
    edges = {m: {t for t in ts if t in graph and t != m} for m, ts in graph.items()}
    cycles: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for target in sorted(edges[node]):
            if state.get(target) == 1:
                cycles.append([*trail[trail.index(target) :], target])
            elif target not in state:
                visit(target, [*trail, target])
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node, [node])
    assert not cycles, "\n".join(" -> ".join(c) for c in cycles)


@pytest.mark.parametrize("room", ["core", "cli"])
def test_core_and_cli_never_import_qt(room: str) -> None:
    offenders = {
        str(path.relative_to(ROOT)): _qt_imports(path)
        for path in (PACKAGE / room).rglob("*.py")
        if _qt_imports(path)
    }
    assert not offenders


def test_modules_stay_readable() -> None:
    """Past ~300 lines a module usually holds two things; the few longer ones say why."""
    long_on_purpose = {
        # One sandbox with its guards: splitting would scatter what must be read together.
        "fallback_desktop/core/writing/template_limits.py",
    }
    too_long = {
        str(p.relative_to(ROOT)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 330
        and str(p.relative_to(ROOT)) not in long_on_purpose
    }
    assert not too_long, too_long


def test_the_shipped_package_needs_no_developer_tool() -> None:
    """Generators (holiday table, translations) live in tools/, outside the wheel."""
    offenders = [
        f"{path.name}: {name}"
        for path in PACKAGE.rglob("*.py")
        for name in _imported_names(path)
        if name.split(".")[0] == "tools"
    ]
    assert not offenders
