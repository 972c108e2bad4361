"""How the window was asked for: the desktop's name for the app, and what a launcher hands over.

Qt-free and light, so the entry point can tell `fallback-desktop mailto:…` or a dropped file
from a command (`fallback-desktop channels`) without loading Qt or the command-line parser.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from fallback_desktop.core.text.lang import LANGS, Lang

# A hidden flag: open the real window, check what a bundle must carry, print OK and quit.
SELF_TEST_FLAG = "--self-test"


@dataclass(frozen=True)
class Launch:
    """A start that opens the window: its language, what to hand to it, or the self-check."""

    lang: Lang | None = None
    handed: tuple[str, ...] = ()
    self_test: bool = False


def is_mailto(argument: str) -> bool:
    return argument[:7].lower() == "mailto:"


def local_file(argument: str) -> Path | None:
    """The file a launcher or file manager named (a path or a file:// URL), made absolute.

    A bare word is never taken for a file, so `fallback-desktop channels` stays a command even
    where a file of that name lies in the current folder.
    """
    if argument.startswith("-"):
        return None
    if argument[:7].lower() == "file://":
        parts = urlsplit(argument)
        if parts.netloc not in ("", "localhost"):
            return None
        candidate = Path(unquote(parts.path))
    elif "/" in argument or "\\" in argument or "." in argument:
        candidate = Path(argument)
    else:
        return None
    try:
        return candidate.resolve() if candidate.is_file() else None
    except (OSError, ValueError):
        return None


def window_launch(args: list[str]) -> Launch | None:
    """A Launch when args ask for the window with something to hand over; None for commands.

    One argument, as `Exec=fallback-desktop %u` passes it: a mailto: link, a file, or the
    self-check flag; `--lang ko|en` may come first. Anything else is the command line's.
    """
    rest = list(args)
    lang: Lang | None = None
    if rest and rest[0].startswith("--lang"):
        value, rest = _lang_option(rest)
        if value is None:
            return None
        lang = value
    if len(rest) != 1:
        return None
    (argument,) = rest
    if argument == SELF_TEST_FLAG:
        return Launch(lang, self_test=True)
    if is_mailto(argument):
        return Launch(lang, handed=(argument,))
    found = local_file(argument)
    return Launch(lang, handed=(str(found),)) if found is not None else None


def _lang_option(args: list[str]) -> tuple[Lang | None, list[str]]:
    """(the language of a leading `--lang X` / `--lang=X`, the arguments after it)."""
    if args[0] == "--lang" and len(args) >= 2:
        value, rest = args[1], args[2:]
    elif args[0].startswith("--lang="):
        value, rest = args[0].split("=", 1)[1], args[1:]
    else:
        return None, args
    for lang in LANGS:
        if value == lang:
            return lang, rest
    return None, args
