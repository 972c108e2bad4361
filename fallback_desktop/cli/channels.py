"""`channels`: the comparison of every channel, with its sources."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from fallback_desktop.cli.common import EXIT_OK, print_text

if TYPE_CHECKING:
    from fallback_desktop.session import Session

HELP = "compare the channels"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace, session: Session) -> int:
    from fallback_desktop.cli.output import channels_as_json, channels_as_text

    if args.json:
        print_text(json.dumps(channels_as_json(session.lang), ensure_ascii=False, indent=2))
    else:
        print_text(channels_as_text(session.lang))
    return EXIT_OK
