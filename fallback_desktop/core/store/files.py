"""Saving that loses nothing: atomic writes with a backup, and JSON files that survive damage."""

from __future__ import annotations

import contextlib
import json
import os
import pathlib
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fallback_desktop.core.text.catalog import Msg, msg

if TYPE_CHECKING:
    import datetime as dt

BACKUP_SUFFIX = ".bak"


def backup_path(path: pathlib.Path) -> pathlib.Path:
    """Where the previous good version of `path` is kept."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def _temp_sibling(path: pathlib.Path, tag: str) -> tuple[int, pathlib.Path]:
    # The temp file must live in the same folder so os.replace never crosses file systems. Its
    # name takes only the start of the file's, so a long (Korean: 3 bytes a letter) name still
    # leaves room under the file system's 255 bytes.
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:16]}.", suffix=f".{tag}")
    return fd, pathlib.Path(name)


def _fsync_dir(folder: pathlib.Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders, which is fine.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_fd(fd: int, data: bytes) -> None:
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _refresh_backup(path: pathlib.Path) -> None:
    """Make path.bak a complete copy of the current file, swapped in atomically."""
    bak = backup_path(path)
    fd, tmp = _temp_sibling(path, "bak-tmp")
    os.close(fd)
    try:
        try:
            # A hard link is instant and the old bytes stay put when the main file is replaced.
            tmp.unlink()
            os.link(path, tmp)
        except OSError:
            shutil.copyfile(path, tmp)
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
        os.replace(tmp, bak)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def atomic_write_bytes(path: pathlib.Path, data: bytes, *, backup: bool = True) -> None:
    """Replace `path` with `data` so readers see the old file or the new one, never a mix.

    With backup=True the previous file is kept as `<path>.bak`.
    """
    path = pathlib.Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _temp_sibling(path, "tmp")
    try:
        _write_fd(fd, data)
        if backup and path.is_file():
            _refresh_backup(path)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


@dataclass(frozen=True)
class Loaded:
    """What a store read, plus one message for the person when something was wrong."""

    data: dict[str, Any] = field(default_factory=dict)
    notice: Msg | None = None  # resources/text/store.json
    moved_aside: pathlib.Path | None = None


class _UnreadableError(Exception):
    """The file exists but does not hold a JSON object."""


def _read_object(path: pathlib.Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
        # utf-8-sig: a file saved by hand in an editor that adds a BOM is still fine.
        value = json.loads(raw.decode("utf-8-sig"))
    except (OSError, ValueError, RecursionError) as exc:
        raise _UnreadableError(str(exc)) from exc
    if not isinstance(value, dict):
        raise _UnreadableError(f"expected a JSON object, found {type(value).__name__}")
    return value


def _now() -> dt.datetime:
    import datetime  # only when a damaged file is moved aside; the window's start skips it

    return datetime.datetime.now()


def move_aside(path: pathlib.Path, companions: tuple[str, ...] = ()) -> pathlib.Path | None:
    """Rename a damaged file to `<name>.broken-YYYYmmdd-HHMMSS[-N]`; never delete it.

    Files beside it named `<name><suffix>` for each of `companions` (e.g. SQLite's -wal and -shm)
    go along under the new name.
    """
    stamp = _now().strftime("%Y%m%d-%H%M%S")
    base = f"{path.name}.broken-{stamp}"
    target = path.with_name(base)
    counter = 2
    while target.exists():
        target = path.with_name(f"{base}-{counter}")
        counter += 1
    try:
        os.rename(path, target)
    except OSError:
        return None
    for suffix in companions:
        with contextlib.suppress(OSError):
            os.rename(path.with_name(path.name + suffix), target.with_name(target.name + suffix))
    return target


class JsonStore:
    """One JSON object in one file, saved atomically with a backup."""

    def __init__(self, path: pathlib.Path) -> None:
        self.path = pathlib.Path(path)

    def peek(self) -> dict[str, Any]:
        """The file's object as it reads now, or {} — touching nothing, telling no one.

        For a quick first look; `load` is what moves a damaged file aside and says so.
        """
        try:
            return _read_object(self.path)
        except _UnreadableError:
            return {}

    def load(self) -> Loaded:
        """Read the file; a damaged one is moved aside and the backup (or nothing) is used."""
        if not self.path.exists():
            return Loaded({})
        try:
            return Loaded(_read_object(self.path))
        except _UnreadableError:
            pass
        moved = move_aside(self.path)
        bak = backup_path(self.path)
        bak_moved: pathlib.Path | None = None
        if bak.exists():
            try:
                data = _read_object(bak)
            except _UnreadableError:
                bak_moved = move_aside(bak)
            else:
                self._restore_from_backup(bak, moved is not None)
                return self._notice(data, moved, from_backup=True)
        return self._notice({}, moved, from_backup=False, bak_moved=bak_moved)

    def save(self, data: Mapping[str, Any]) -> None:
        """Write `data` as pretty, sorted JSON; the previous file becomes the .bak."""
        text = json.dumps(dict(data), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        try:
            encoded = text.encode("utf-8")
        except UnicodeEncodeError:
            # Lone surrogates cannot be UTF-8; escaped JSON keeps them exactly.
            text = json.dumps(dict(data), ensure_ascii=True, indent=2, sort_keys=True) + "\n"
            encoded = text.encode("ascii")
        # Only a file that still reads well deserves to become the backup.
        atomic_write_bytes(self.path, encoded, backup=self._main_is_good())

    def _main_is_good(self) -> bool:
        try:
            _read_object(self.path)
        except _UnreadableError:
            return False
        return True

    def _restore_from_backup(self, bak: pathlib.Path, main_gone: bool) -> None:
        # Put the good backup back in place so the next start reads the same data.
        if not main_gone:
            return
        with contextlib.suppress(OSError):
            atomic_write_bytes(self.path, bak.read_bytes(), backup=False)

    def _notice(
        self,
        data: dict[str, Any],
        moved: pathlib.Path | None,
        *,
        from_backup: bool,
        bak_moved: pathlib.Path | None = None,
    ) -> Loaded:
        name = self.path.name
        if from_backup:
            head = msg("store.head_from_backup", name=name)
        elif bak_moved is not None:
            head = msg("store.head_both_broken", name=name)
        else:
            head = msg("store.head_defaults", name=name)
        if moved is None:
            tail = msg("store.tail_untouched", path=str(self.path))
        elif bak_moved is None:
            tail = msg("store.tail_kept", path=str(moved))
        else:
            tail = msg("store.tail_kept_both", path=str(moved), backup=str(bak_moved))
        return Loaded(data, msg("store.notice", head=head, tail=tail), moved)
