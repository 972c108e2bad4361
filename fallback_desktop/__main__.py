"""`python -m fallback_desktop` and the `fallback-desktop` command."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fallback_desktop.core.text.lang import Lang


def open_window(lang: Lang | None = None, handed: tuple[str, ...] = ()) -> int:
    """The window, in lang or the saved / system language; Qt loads only now.

    A window already open for this person takes `handed` (a mailto: link or a file) and comes
    forward instead, and this start ends (gui/single_instance.py).
    """
    from fallback_desktop.gui.single_instance import claim

    if not claim(handed, lang):
        return 0
    from fallback_desktop.gui.app import run

    return run(lang)


def main() -> int:
    args = sys.argv[1:]
    if not args:
        # The common case, a double-click or a bare command: straight to the window, without
        # the command-line parser and the modules only the subcommands need.
        return open_window()
    # A launcher's link or file (`Exec=fallback-desktop %u`), or the hidden self-check.
    from fallback_desktop.gui.launch import window_launch

    launch = window_launch(args)
    if launch is not None and launch.self_test:
        from fallback_desktop.gui.self_test import run_self_test

        return run_self_test(launch.lang)
    if launch is not None:
        return open_window(launch.lang, launch.handed)
    from fallback_desktop.cli.main import main as cli_main

    return cli_main(args, open_window)


if __name__ == "__main__":
    sys.exit(main())
