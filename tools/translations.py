"""Refresh the Korean translation: lupdate the interface sources into the .ts, lrelease the .qm.

Run `python -m tools.translations` (or `make translations`). Existing translations are
kept; new strings arrive unfinished, to be translated in the .ts (by hand or with Qt Linguist).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from fallback_desktop.paths import resource

GUI_DIR = Path(__file__).resolve().parent.parent / "fallback_desktop" / "gui"
TS_NAME = "fallback_desktop_ko.ts"
QM_NAME = "fallback_desktop_ko.qm"


def source_files() -> list[Path]:
    """Every interface module whose strings are translated."""
    return sorted(GUI_DIR.rglob("*.py"))


def tool(name: str) -> str:
    """A Qt tool from the same environment as this Python, else from PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found; install PySide6 in this environment")
    return found


def lupdate(ts_path: Path, *, prune: bool = False) -> None:
    """Merge the sources' strings into ts_path, keeping every translation already there."""
    command = [
        tool("pyside6-lupdate"),
        *(str(path) for path in source_files()),
        "-ts",
        str(ts_path),
        "-target-language",
        "ko_KR",
        # Without line numbers the .ts changes only when texts change.
        "-locations",
        "none",
    ]
    if prune:
        command.append("-no-obsolete")
    subprocess.run(command, check=True, capture_output=True, text=True)


def lrelease(ts_path: Path, qm_path: Path) -> None:
    """Compile ts_path into the binary catalogue Qt loads."""
    command = [tool("pyside6-lrelease"), str(ts_path), "-qm", str(qm_path)]
    subprocess.run(command, check=True, capture_output=True, text=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.translations")
    parser.add_argument(
        "--prune", action="store_true", help="drop strings no longer in the sources"
    )
    args = parser.parse_args(argv)
    folder = resource("translations")
    folder.mkdir(parents=True, exist_ok=True)
    ts_path, qm_path = folder / TS_NAME, folder / QM_NAME
    try:
        lupdate(ts_path, prune=args.prune)
        lrelease(ts_path, qm_path)
    except subprocess.CalledProcessError as exc:
        print(exc.stderr or exc.stdout, file=sys.stderr)
        return 1
    print(f"updated {ts_path} and {qm_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
