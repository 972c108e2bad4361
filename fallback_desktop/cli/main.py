"""The command line: parse, build the session, run one command, turn bad input into one sentence.

Nothing here imports Qt, so every subcommand works on a machine with no display. Each command
is a module of this folder with HELP, add_arguments(parser) and run(args, session).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from types import ModuleType

from fallback_desktop import __version__
from fallback_desktop.cli import case, channels, company, draft, recommend
from fallback_desktop.cli.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.text.lang import Lang

__all__ = ["EXIT_BAD_INPUT", "EXIT_OK", "EXIT_USAGE", "main"]

COMMANDS: dict[str, ModuleType] = {
    "channels": channels,
    "recommend": recommend,
    "draft": draft,
    "company": company,
    "case": case,
}


def _parser() -> argparse.ArgumentParser:
    # --lang is accepted before or after the subcommand; SUPPRESS keeps the outer value.
    lang = argparse.ArgumentParser(add_help=False)
    lang.add_argument("--lang", choices=["ko", "en"], default=argparse.SUPPRESS)

    parser = argparse.ArgumentParser(
        prog="fallback-desktop",
        description="When the customer-center call does not connect: the best other channel, "
        "and the message ready to send.",
        parents=[lang],
    )
    parser.add_argument("--version", action="version", version=f"fallback-desktop {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="{" + ",".join(COMMANDS) + "}")
    for name, module in COMMANDS.items():
        module.add_arguments(commands.add_parser(name, parents=[lang], help=module.HELP))
    return parser


def main(
    argv: Sequence[str] | None = None, open_window: Callable[[Lang | None], int] | None = None
) -> int:
    """Run the command line; returns the exit status.

    Without a subcommand (`fallback-desktop --lang en`) the window opens through `open_window`,
    which the entry point hands in: the command line itself never imports Qt.
    """
    args = _parser().parse_args(argv)
    chosen: Lang | None = getattr(args, "lang", None)
    if args.command is None:
        if open_window is None:
            _parser().print_usage(sys.stderr)
            return EXIT_USAGE
        return open_window(chosen)
    from fallback_desktop.session import Session

    session = Session(lang=chosen)
    try:
        status: int = COMMANDS[args.command].run(args, session)
    except InputError as error:
        print(error.text(session.lang), file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        # Any command may have opened the company directory (recommend --company): a damaged
        # file it found is said once, whatever the command.
        company.tell_directory_notice(session)
    return status
