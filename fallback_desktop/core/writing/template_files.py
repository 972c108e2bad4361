"""Files of the person's templates written so that nothing is lost: atomically, the previous
version kept as `.bak` (core/store/files), and a free name for a template set aside.
"""

from __future__ import annotations

from pathlib import Path

from fallback_desktop.core.store.files import atomic_write_bytes, backup_path


def backup_of(path: Path) -> Path:
    """Where the previous version of `path` is kept."""
    return backup_path(path)


def write_atomically(path: Path, data: bytes) -> None:
    """Readers see the old file or the new one, never a mix; the old one is kept as .bak."""
    atomic_write_bytes(path, data, backup=True)


def free_path(folder: Path, name: str, suffix: str) -> Path:
    """`<name><suffix>` in folder, or `<name>~2<suffix>`, … when an earlier file holds it."""
    path, number = folder / (name + suffix), 1
    while path.exists():
        number += 1
        path = folder / f"{name}~{number}{suffix}"
    return path
