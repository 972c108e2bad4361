"""Files of the person's templates written so that nothing is lost: atomically, the previous
version kept as `.bak`, and a free name for a template set aside.

As core/store/files.atomic_write_bytes does (a room core.writing may not import), with short
temporary names, so that a long Korean template name still fits the file system's 255 bytes.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

BACKUP_SUFFIX = ".bak"


def backup_of(path: Path) -> Path:
    """Where the previous version of `path` is kept."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def write_atomically(path: Path, data: bytes) -> None:
    """Readers see the old file or the new one, never a mix; the old one is kept as .bak."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=".saving-", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.is_file():
            _copy_durably(path, backup_of(path))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    with contextlib.suppress(OSError):  # the rename itself made durable (POSIX only)
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _copy_durably(source: Path, target: Path) -> None:
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=".backup-", suffix=".tmp")
    os.close(fd)
    temporary = Path(name)
    try:
        shutil.copyfile(source, temporary)
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def free_path(folder: Path, name: str, suffix: str) -> Path:
    """`<name><suffix>` in folder, or `<name>~2<suffix>`, … when an earlier file holds it."""
    path, number = folder / (name + suffix), 1
    while path.exists():
        number += 1
        path = folder / f"{name}~{number}{suffix}"
    return path
