"""`recommend`: the plan and every channel ranked for a situation, with reasons."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from fallback_desktop.cli.common import EXIT_OK, parse_moment, print_text
from fallback_desktop.core.domain.situation import Context, Need, Urgency

if TYPE_CHECKING:
    from fallback_desktop.session import Session

HELP = "a plan and every channel ranked for a situation"


def _needs(text: str) -> frozenset[Need]:
    names = [part.strip() for part in text.split(",") if part.strip()]
    try:
        return frozenset(Need(name) for name in names)
    except ValueError:
        allowed = ",".join(n.value for n in Need)
        raise argparse.ArgumentTypeError(f"choose from {allowed}") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--urgency", required=True, choices=[u.value for u in Urgency])
    parser.add_argument("--context", required=True, choices=[c.value for c in Context])
    parser.add_argument(
        "--needs",
        type=_needs,
        default=frozenset(),
        help="comma-separated: attachments,record,sensitive",
    )
    parser.add_argument(
        "--company", help="a company of the directory: rank only its channels, in its hours"
    )
    parser.add_argument(
        "--at", help="ISO-8601 date-time with its offset, e.g. 2026-11-24T14:30+09:00 (Korea time)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace, session: Session) -> int:
    from fallback_desktop.cli.output import recommendation_as_text
    from fallback_desktop.core.domain.situation import Situation
    from fallback_desktop.core.recommend.ranking import recommend

    situation = Situation(
        urgency=Urgency(args.urgency),
        context=Context(args.context),
        at=parse_moment(args.at, session),
        needs=args.needs,
    )
    # An unknown or ambiguous name raises InputError: one sentence on stderr, exit 1.
    company = None if args.company is None else session.directory.lookup(args.company)
    result = recommend(situation, calendar=session.calendar, company=company)
    if args.json:
        print_text(json.dumps(result.to_json(session.lang), ensure_ascii=False, indent=2))
    else:
        print_text(recommendation_as_text(result, session.lang, session.calendar))
    return EXIT_OK
