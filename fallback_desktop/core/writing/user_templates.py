"""The person's own letter templates on disk: list, read, save, create, duplicate, rename, delete
and undo a delete.

The folder is the one the letter loads from (`paths.user_templates_dir`), one `<name>.txt.j2`
per template. Saving is atomic and keeps the previous version as `<name>.txt.j2.bak`; a deleted
template is moved into `.trash/` beside them, never erased, so a delete can be undone. Names are
checked before a file is made. Every failure comes back as a catalog message, never raised.
"""

from __future__ import annotations

import contextlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from fallback_desktop.core.text.catalog import Msg, msg, text
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing.template_check import MAX_SOURCE_BYTES, Problem, check
from fallback_desktop.core.writing.template_files import backup_of, free_path, write_atomically
from fallback_desktop.core.writing.templates import TEMPLATE_SUFFIX

__all__ = ["MAX_NAME", "MAX_NAME_BYTES", "Deleted", "Entry", "Problem", "TemplateFolder", "check"]

MAX_NAME = 80
# Most file systems allow 255 bytes in a file name; the longest this folder makes is a deleted
# template's backup, "<name>~99.txt.j2.bak": 80 Hangul syllables fit, a name of emoji is shorter.
MAX_NAME_BYTES = 240
TRASH = ".trash"
# Beyond this a file is not opened in the editor at all (the check refuses far less).
_MAX_READ_BYTES = 10 * MAX_SOURCE_BYTES
# Characters no file name may hold on one of the platforms the app runs on.
_FORBIDDEN = set('/\\:*?"<>|')
_SHOWN_FORBIDDEN = '/ \\ : * ? " < > |'
_WINDOWS_DEVICES = re.compile(r"(con|prn|aux|nul|com\d|lpt\d)(\..*)?", re.IGNORECASE)
_NUMBERED = re.compile(r"^(.*?) \((\d+)\)$")


@dataclass(frozen=True)
class Entry:
    """A template in the folder: its name, and the first problem that stops the letter using it."""

    name: str
    problem: Problem | None


@dataclass(frozen=True)
class Deleted:
    """Where a deleted template was put aside, for undo."""

    name: str
    aside: Path


def normalized(name: str) -> str:
    """The name as it is stored: NFC (macOS may hand back decomposed Hangul) and trimmed."""
    return unicodedata.normalize("NFC", name).strip()


def _key(name: str) -> str:
    return normalized(name).casefold()


class TemplateFolder:
    """The person's templates folder (the letter's own unless a folder is given)."""

    def __init__(self, folder: Path | None = None) -> None:
        if folder is None:
            from fallback_desktop.paths import user_templates_dir

            folder = user_templates_dir()
        self.path = folder

    def file(self, name: str) -> Path:
        """The template's file; a name that could point elsewhere is refused (ValueError)."""
        if not _plain(name):
            raise ValueError("not a template name")
        return self.path / (name + TEMPLATE_SUFFIX)

    # --- reading ---------------------------------------------------------------------------

    def names(self) -> list[str]:
        """Every template's name, in the order a person looks for them (ignoring case)."""
        try:
            files = [p for p in self.path.glob("*" + TEMPLATE_SUFFIX) if p.is_file()]
        except OSError:
            return []
        names = (p.name.removesuffix(TEMPLATE_SUFFIX) for p in files)
        return sorted((n for n in names if n and not n.startswith(".")), key=_key)

    def entries(self) -> list[Entry]:
        """Every template with the first problem the check finds in it, if any."""
        found = []
        for name in self.names():
            source = self.read(name)
            if isinstance(source, Msg):
                found.append(Entry(name, Problem(None, None, source)))
            else:
                problems = check(source)
                found.append(Entry(name, problems[0] if problems else None))
        return found

    def read(self, name: str) -> str | Msg:
        """The template's text, or why it cannot be read."""
        if not _plain(name):
            return msg("error.template_not_found", name=name)
        path = self.file(name)
        try:
            if path.stat().st_size > _MAX_READ_BYTES:
                return msg("error.template_too_large")
            return path.read_bytes().decode("utf-8-sig")
        except FileNotFoundError:
            return msg("error.template_not_found", name=name)
        except UnicodeDecodeError:
            return msg("error.template_not_utf8")
        except OSError:
            return msg("error.template_unopenable")

    # --- names -----------------------------------------------------------------------------

    def name_problem(self, name: str, *, current: str | None = None) -> Msg | None:
        """Why `name` cannot be a template's name (`current`: the template being renamed)."""
        name = normalized(name)
        if not name:
            return msg("user_template.name_empty")
        if not _fits(name):
            return msg("user_template.name_too_long", limit=MAX_NAME)
        if any(c in _FORBIDDEN or unicodedata.category(c) in ("Cc", "Cs") for c in name):
            return msg("user_template.name_characters", characters=_SHOWN_FORBIDDEN)
        if name.startswith(".") or name.endswith(".") or _WINDOWS_DEVICES.fullmatch(name):
            return msg("user_template.name_reserved")
        mine = _key(current) if current is not None else None
        if any(_key(other) == _key(name) and _key(other) != mine for other in self.names()):
            return msg("user_template.name_taken", name=name)
        return None

    def free_name(self, wanted: str) -> str:
        """`wanted` if no template has it, else the first free "wanted (2)", "wanted (3)", …"""
        wanted = _cut(normalized(wanted), "") or text("user_template.new_name", "en")
        taken = {_key(n) for n in self.names()}
        if _key(wanted) not in taken:
            return wanted
        numbered = _NUMBERED.match(wanted)
        base, number = (numbered.group(1), int(numbered.group(2))) if numbered else (wanted, 1)
        while True:
            number += 1
            suffix = f" ({number})"
            candidate = _cut(base, suffix)
            if _key(candidate) not in taken:
                return candidate

    # --- changing --------------------------------------------------------------------------

    def save(self, name: str, source: str) -> Msg | None:
        """Write the template atomically (the previous version kept as .bak); None when done.
        A template with problems is saved too: it is the person's work, and the list says."""
        try:
            data = source.encode("utf-8")
        except UnicodeEncodeError:
            return msg("user_template.not_saved")
        if not _plain(name):
            return msg("user_template.name_characters", characters=_SHOWN_FORBIDDEN)
        try:
            write_atomically(self.file(name), data)
        except OSError:
            return msg("user_template.not_saved")
        return None

    def create(self, lang: Lang, wanted: str | None = None) -> str | Msg:
        """A new template, starting as a copy of the bundled letter for `lang`; its name."""
        from fallback_desktop.paths import resource

        try:
            source = resource("templates", lang, "email" + TEMPLATE_SUFFIX).read_text("utf-8")
        except OSError:
            return msg("error.template_unopenable")
        name = self.free_name(wanted or text("user_template.new_name", lang))
        return self._add(name, source)

    def duplicate(self, name: str) -> str | Msg:
        """A copy of the template under the next free "name (2)"; the copy's name."""
        source = self.read(name)
        if isinstance(source, Msg):
            return source
        return self._add(self.free_name(name), source)

    def _add(self, name: str, source: str) -> str | Msg:
        problem = self.name_problem(name)
        if problem is not None:
            return problem
        failed = self.save(name, source)
        return name if failed is None else failed

    def rename(self, old: str, new: str) -> str | Msg:
        """Give a template another name (its backup goes along); the new name."""
        new = normalized(new)
        if new == old:
            return new
        problem = self.name_problem(new, current=old)
        if problem is not None:
            return problem
        if not _plain(old):
            return msg("error.template_not_found", name=old)
        source, target = self.file(old), self.file(new)
        try:
            os.rename(source, target)
        except FileNotFoundError:
            return msg("error.template_not_found", name=old)
        except OSError:
            return msg("user_template.not_saved")
        with contextlib.suppress(OSError):
            os.replace(backup_of(source), backup_of(target))
        return new

    def delete(self, name: str) -> Deleted | Msg:
        """Move the template (and its backup) into the trash folder beside it."""
        if not _plain(name):
            return msg("error.template_not_found", name=name)
        trash = self.path / TRASH
        source = self.file(name)
        try:
            trash.mkdir(parents=True, exist_ok=True)
            aside = free_path(trash, name, TEMPLATE_SUFFIX)
            os.rename(source, aside)
        except FileNotFoundError:
            return msg("error.template_not_found", name=name)
        except OSError:
            return msg("user_template.not_deleted")
        with contextlib.suppress(OSError):
            os.replace(backup_of(source), backup_of(aside))
        return Deleted(name, aside)

    def restore(self, deleted: Deleted) -> str | Msg:
        """Put a deleted template back (as "name (2)" if its name was taken since); its name."""
        name = self.free_name(deleted.name)
        target = self.file(name)
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            os.rename(deleted.aside, target)
        except OSError:
            return msg("user_template.not_restored")
        with contextlib.suppress(OSError):
            os.replace(backup_of(deleted.aside), backup_of(target))
        return name


def _fits(name: str) -> bool:
    return len(name) <= MAX_NAME and len(name.encode("utf-8", "surrogatepass")) <= MAX_NAME_BYTES


def _cut(base: str, suffix: str) -> str:
    """`base` shortened as much as needed for `base + suffix` to be a name that fits."""
    while base and not _fits(base.rstrip() + suffix):
        base = base[:-1]
    return base.rstrip() + suffix


def _plain(name: str) -> bool:
    """A name that stays a file inside the folder: no separators, NUL or leading dot."""
    return bool(name) and not name.startswith(".") and not any(c in "/\\\0" for c in name)
