"""`python -m fallback_desktop` and the `fallback-desktop` command."""

from __future__ import annotations

import sys


def main() -> int:
    args = sys.argv[1:]
    if not args:
        # The common case, a double-click or a bare command: straight to the window, without
        # the command-line parser and the modules only the subcommands need.
        from fallback_desktop.gui.app import run

        return run()
    from fallback_desktop.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
