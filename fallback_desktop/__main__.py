"""`python -m fallback_desktop` and the `fallback-desktop` command."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fallback_desktop.core.text.lang import Lang


def open_window(lang: Lang | None = None) -> int:
    """The window, in lang or the saved / system language; Qt loads only now."""
    from fallback_desktop.gui.app import run

    return run(lang)


def main() -> int:
    args = sys.argv[1:]
    if not args:
        # The common case, a double-click or a bare command: straight to the window, without
        # the command-line parser and the modules only the subcommands need.
        return open_window()
    from fallback_desktop.cli.main import main as cli_main

    return cli_main(args, open_window)


if __name__ == "__main__":
    sys.exit(main())
