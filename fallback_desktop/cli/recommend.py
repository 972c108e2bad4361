"""`recommend`: the plan and every channel ranked for a situation, with reasons.

A channel with at least three replies recorded in the person's case log is timed by their own
median reply time ("your experience"); `--no-experience` leaves the log out. The log is only
read when it exists, and a log that cannot be read leaves the advice on the published figures.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from fallback_desktop.cli.common import EXIT_OK, parse_moment, print_text
from fallback_desktop.core.domain.situation import Context, Need, Urgency

if TYPE_CHECKING:
    from fallback_desktop.core.recommend.experience import Experience
    from fallback_desktop.session import Session

HELP = "a plan and every channel ranked for a situation"
DESCRIPTION = (
    "A plan and every channel ranked for a situation. A channel with at least 3 replies "
    "recorded in your case log (`case attempt --reply-at`) is timed by your own median reply time, "
    "marked 'your experience'; in --json each channel's \"experience\" is "
    '{"median_minutes": N, "replies": K} or null.'
)


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
    parser.add_argument(
        "--no-experience",
        action="store_true",
        help="leave your case log out: time every channel by the published figures",
    )
    parser.description = DESCRIPTION


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
    mine = {} if args.no_experience else experience(session)
    result = recommend(situation, calendar=session.calendar, company=company, experience=mine)
    if args.json:
        print_text(json.dumps(result.to_json(session.lang), ensure_ascii=False, indent=2))
    else:
        print_text(recommendation_as_text(result, session.lang, session.calendar))
    return EXIT_OK


def experience(session: Session) -> dict[str, Experience]:
    """The person's own reply times from their case log; none when there is no log (it is not
    created) or it cannot be read. A damaged log is set aside as every command does, and said
    on stderr; the advice goes on without it."""
    import sqlite3
    import sys

    from fallback_desktop import paths
    from fallback_desktop.core.domain.errors import InputError
    from fallback_desktop.core.recommend.experience import experience_from
    from fallback_desktop.core.store.cases import DATABASE_NAME, recorded_waits
    from fallback_desktop.core.text.catalog import render

    if not session.cases_are_open and not (paths.data_dir() / DATABASE_NAME).is_file():
        return {}
    try:
        return experience_from(recorded_waits(session.open_cases(verify_later=True)))
    except (InputError, OSError, sqlite3.Error):
        return {}
    finally:
        notice = session.cases.take_notice() if session.cases_are_open else None
        if notice is not None:
            print(render(notice, session.lang), file=sys.stderr)
