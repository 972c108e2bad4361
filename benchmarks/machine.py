"""What the figures were measured on."""

from __future__ import annotations

import os
import platform
from importlib import metadata


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo, or what the platform module knows."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as info:
            for line in info:
                key, _, value = line.partition(":")
                if key.strip() in {"model name", "Hardware", "Processor"} and value.strip():
                    return value.strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def pyside_version() -> str:
    for dist in ("PySide6-Essentials", "PySide6"):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return "not installed"


def describe(display: str, qt_version: str) -> list[tuple[str, str]]:
    """Rows for the machine block of the report."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    cores = f"{os.cpu_count()} logical" + (f" ({usable} usable)" if usable else "")
    return [
        ("CPU", cpu_model()),
        ("cores", cores),
        ("system", f"{platform.system()} {platform.release()} ({platform.machine()})"),
        ("Python", f"{platform.python_implementation()} {platform.python_version()}"),
        ("PySide6", f"{pyside_version()} (Qt {qt_version})"),
        ("display", display),
    ]
