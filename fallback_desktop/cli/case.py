"""`case`: the person's case log — open a case, record attempts, list what is due, show a case,
write the follow-up, and put its reminders in a calendar file."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fallback_desktop.cli import case_escalate
from fallback_desktop.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    deliver,
    parse_day,
    parse_moment,
    print_text,
)
from fallback_desktop.core.domain.case import Outcome, problem
from fallback_desktop.core.domain.channels import CHANNEL_IDS
from fallback_desktop.core.domain.purposes import PURPOSE_IDS
from fallback_desktop.core.text.catalog import render, text
from fallback_desktop.core.text.days import format_day

if TYPE_CHECKING:
    from fallback_desktop.core.store.cases import CaseStore
    from fallback_desktop.session import Session

HELP = "your case log: every attempt, what is due, follow-ups and reminders"
ACTIONS = ("new", "attempt", "list", "show", "follow-up", "escalate", "ics", "restore-backup")
OUTCOMES = tuple(o.value for o in Outcome)
FOLLOW_UP_FORMS = ("email", "webform", "messenger")
_DAYS = (
    ("--incident-date", "the day the problem happened or was found"),
    ("--ordered-on", "the order (contract) day: starts the 7-day withdrawal window"),
    ("--delivered-on", "the delivery day: starts the withdrawal windows"),
    ("--returned-on", "the day the seller got the goods back: starts its 3-business-day refund"),
)


EXAMPLES = """\
examples:
  fallback-desktop case new --company 가나전자 --product "세탁기 XY-100" --purpose repair \\
      --order-number 2026-1234 --incident-date 2026-11-20 --delivered-on 2026-11-18
  fallback-desktop case attempt 1 --channel phone --outcome no_answer --wait 12:30
  fallback-desktop case attempt 1 --channel webform --outcome sent --reference A-118 \\
      --at 2026-11-24T10:05+09:00
  fallback-desktop case attempt 1 --correct 2 --reference A-2026-118
  fallback-desktop case list --overdue --json
  fallback-desktop case follow-up 1 --channel webform --letter-lang ko
  fallback-desktop case escalate 1 --to certified-mail --address "…" --output letter.pdf
  fallback-desktop case ics 1 --call-again 2026-11-30T09:00+09:00 --output case1.ics

Outcomes: sent, no_answer, busy, cut_off, answered, callback_promised, resolved. A case is overdue
when its reply-by day has passed with no attempt answered or resolved and no reply received.
Exit status: 0 done, 2 usage error, 1 bad input (one sentence on stderr)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EXAMPLES
    actions = parser.add_subparsers(dest="action", metavar="{" + ",".join(ACTIONS[:-1]) + "}")
    actions.required = True
    new = actions.add_parser("new", help="open a case; prints its number")
    new.add_argument("--company", required=True, metavar="NAME", help="the company's name")
    new.add_argument("--purpose", choices=PURPOSE_IDS, default="general")
    new.add_argument("--product", default="", metavar="TEXT")
    new.add_argument("--order-number", default="", metavar="TEXT")
    new.add_argument("--details", default="", metavar="TEXT", help="what happened")
    new.add_argument("--resolution", default="", metavar="TEXT", help="what you want")
    new.add_argument("--opened-on", metavar="YYYY-MM-DD", help="default today")
    for option, words in _DAYS:
        new.add_argument(option, metavar="YYYY-MM-DD", help=words)
    new.add_argument(
        "--reply-by", metavar="YYYY-MM-DD", help="default 3 Korean business days after opening"
    )
    new.add_argument("--json", action="store_true", help="print the case as JSON")

    attempt = actions.add_parser(
        "attempt", help="record an attempt to reach the company (or correct one)"
    )
    attempt.add_argument("id", type=int, metavar="ID", help="the case's number")
    attempt.add_argument("--channel", choices=CHANNEL_IDS)
    attempt.add_argument("--outcome", choices=OUTCOMES)
    attempt.add_argument("--at", metavar="ISO-8601", help="when, with its offset; default now")
    attempt.add_argument("--wait", metavar="MIN[:SS]", help="how long you waited (12 or 12:30)")
    attempt.add_argument("--reference", metavar="TEXT", help="the reference (접수) number")
    attempt.add_argument("--agent", metavar="TEXT", help="the agent's name")
    attempt.add_argument("--notes", metavar="TEXT")
    attempt.add_argument("--reply-at", metavar="ISO-8601", help="when their written reply came")
    attempt.add_argument(
        "--correct",
        type=int,
        metavar="N",
        help="correct attempt #N (as `case show` numbers it): only the options given change",
    )

    listing = actions.add_parser("list", help="every case with its status and what is due")
    listing.add_argument("--overdue", action="store_true", help="only cases past their reply-by")
    listing.add_argument("--json", action="store_true", help="print JSON")
    show = actions.add_parser("show", help="one case: its days, legal clocks and attempts")
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--json", action="store_true", help="print JSON")

    follow = actions.add_parser("follow-up", help="the follow-up that cites every attempt")
    follow.add_argument("id", type=int, metavar="ID")
    follow.add_argument("--channel", choices=FOLLOW_UP_FORMS, default="email")
    follow.add_argument("--letter-lang", choices=("ko", "en"), help="default: --lang")
    follow.add_argument(
        "--reply-by", metavar="YYYY-MM-DD", help="default 3 Korean business days from today"
    )
    for option in ("--name", "--phone", "--email"):
        follow.add_argument(option, metavar="TEXT", help="default: your saved contact details")
    follow.add_argument("--output", type=Path, metavar="FILE", help="write here (default stdout)")

    case_escalate.add_parser(actions)
    ics = actions.add_parser("ics", help="reminders for your calendar (.ics)")
    ics.add_argument("id", type=int, metavar="ID")
    ics.add_argument("--call-again", metavar="ISO-8601", help="also: call again at this time")
    ics.add_argument("--output", type=Path, metavar="FILE", help="write here (default stdout)")
    restore = actions.add_parser("restore-backup", help="put back the case log's last backup")
    for action in (new, attempt, listing, show, follow, ics, restore):
        action.add_argument("--lang", choices=["ko", "en"], default=argparse.SUPPRESS)


def run(args: argparse.Namespace, session: Session) -> int:
    from fallback_desktop.core.store.cases import CaseStore

    new_attempt = args.action == "attempt" and args.correct is None
    if new_attempt and not (args.channel and args.outcome):
        print(text("case.cli.attempt_usage", session.lang), file=sys.stderr)
        return EXIT_USAGE
    store = CaseStore.open()
    try:
        notice = store.take_notice()
        if notice is not None:
            print(render(notice, session.lang), file=sys.stderr)
        _RUN[args.action](args, session, store)
    finally:
        store.close()
    return EXIT_OK


def _today(session: Session) -> dt.date:
    from fallback_desktop.core.domain.case import seoul

    return seoul(session.now()).date()


def _dump(value: object) -> None:
    print_text(json.dumps(value, ensure_ascii=False, indent=2))


def _new(args: argparse.Namespace, session: Session, store: CaseStore) -> None:
    from fallback_desktop.cli import case_output as out
    from fallback_desktop.core.domain.case import make_case
    from fallback_desktop.core.writing.drafting import default_reply_by

    today = _today(session)
    opened = parse_day(args.opened_on, "opened_on") or today
    reply_by = parse_day(args.reply_by, "reply_by") or default_reply_by(opened, session.calendar)
    # A company from the directory is stored with its id and its own spelling of the name.
    known = session.directory.get(args.company.strip()) if args.company.strip() else None
    case = make_case(
        company=known.name if known is not None else args.company,
        company_id=None if known is None else known.id,
        reply_by=reply_by,
        today=today,
        opened_on=opened,
        purpose=args.purpose,
        product=args.product,
        order_number=args.order_number,
        happened=args.details,
        wanted=args.resolution,
        incident_date=parse_day(args.incident_date, "incident_date"),
        ordered_on=parse_day(args.ordered_on, "ordered_on"),
        delivered_on=parse_day(args.delivered_on, "delivered_on"),
        returned_on=parse_day(args.returned_on, "returned_on"),
    )
    stored = store.add_case(case)
    assert stored.id is not None
    record = store.record(stored.id)
    if args.json:
        _dump(out.record_json(record, today, session.calendar, session.lang))
        return
    day = format_day(reply_by, session.lang)
    print_text(text("case.cli.created", session.lang, id=stored.id, day=day))


def _wait_seconds(value: str | None) -> int | None:
    """'12' (minutes), '12:30' (minutes and seconds) or '1:05:00' as seconds."""
    if value is None or not value.strip():
        return None
    try:
        parts = [int(part) for part in value.strip().split(":")]
    except ValueError:
        raise problem("wait_invalid", "wait_seconds") from None
    if not 1 <= len(parts) <= 3 or any(p < 0 for p in parts) or any(p >= 60 for p in parts[1:]):
        raise problem("wait_invalid", "wait_seconds")
    seconds = parts[0] * 60 if len(parts) < 3 else parts[0] * 3600 + parts[1] * 60
    return seconds + (parts[-1] if len(parts) > 1 else 0)


def _attempt(args: argparse.Namespace, session: Session, store: CaseStore) -> None:
    from fallback_desktop.core.domain.case import make_attempt

    record = store.record(args.id)
    values: dict[str, Any] = {}
    if args.correct is not None:
        before = next((a for a in record.attempts if a.id == args.correct), None)
        if before is None:
            raise problem("unknown_attempt", "attempt", id=args.correct)
        values = {
            "channel": before.channel,
            "outcome": before.outcome.value,
            "at": before.at,
            "wait_seconds": before.wait_seconds,
            "reference": before.reference,
            "agent": before.agent,
            "notes": before.notes,
            "reply_at": before.reply_at,
        }
    typed = {
        "channel": args.channel,
        "outcome": args.outcome,
        "at": None if args.at is None else parse_moment(args.at, session),
        "wait_seconds": _wait_seconds(args.wait),
        "reference": args.reference,
        "agent": args.agent,
        "notes": args.notes,
        "reply_at": parse_moment(args.reply_at, session) if args.reply_at else None,
    }
    values |= {name: value for name, value in typed.items() if value is not None}
    values.setdefault("at", session.now())
    attempt = make_attempt(record.case, now=session.now(), id=args.correct, **values)
    if args.correct is None:
        stored = store.add_attempt(args.id, attempt)
        key = "case.cli.attempt_added"
    else:
        store.update_attempt(attempt)
        stored, key = attempt, "case.cli.attempt_corrected"
    status = store.record(args.id).status(_today(session))
    words = text(f"case.status.{status.value}", session.lang)
    print_text(text(key, session.lang, id=args.id, attempt=stored.id, status=words))


def _list(args: argparse.Namespace, session: Session, store: CaseStore) -> None:
    from fallback_desktop.cli import case_output as out

    today = _today(session)
    lines = store.overdue(today) if args.overdue else store.listed()
    if args.json:
        _dump([out.line_json(line, today) for line in lines])
    elif lines:
        print_text("\n".join(out.line_text(line, today, session.lang) for line in lines))
    else:
        print_text(
            text("case.cli.none_overdue" if args.overdue else "case.cli.empty", session.lang)
        )


def _show(args: argparse.Namespace, session: Session, store: CaseStore) -> None:
    from fallback_desktop.cli import case_output as out

    record, today = store.record(args.id), _today(session)
    if args.json:
        _dump(out.record_json(record, today, session.calendar, session.lang))
    else:
        print_text(out.record_text(record, today, session.calendar, session.lang))


def _follow_up(args: argparse.Namespace, session: Session, store: CaseStore) -> None:
    from fallback_desktop.core.writing.drafting import default_reply_by
    from fallback_desktop.core.writing.follow_up import follow_up

    record, today = store.record(args.id), _today(session)
    reply_by = parse_day(args.reply_by, "reply_by") or default_reply_by(today, session.calendar)
    if reply_by < today:
        raise problem("follow_up_past", "reply_by", day=reply_by.isoformat())
    profile, _loaded = session.files.load_profile()
    contact = {
        "name": args.name if args.name is not None else profile.name,
        "phone": args.phone if args.phone is not None else profile.phone,
        "email": args.email if args.email is not None else profile.email,
    }
    lang = args.letter_lang or session.lang
    letter = follow_up(record, args.channel, lang, reply_by=reply_by, today=today, **contact)
    if args.channel == "email":
        data = f"Subject: {letter.subject}\n\n{letter.body}"
    elif letter.subject:
        data = f"{letter.subject}\n\n{letter.body}"
    else:
        data = letter.body
    deliver(data.encode(), args.output)


def _ics(args: argparse.Namespace, session: Session, store: CaseStore) -> None:
    from fallback_desktop.core.calendar.case_clocks import reminders
    from fallback_desktop.core.handoff.ics import reminders_ics

    record, now = store.record(args.id), session.now()
    call_again = parse_moment(args.call_again, session) if args.call_again else None
    entries = reminders(record.case, session.calendar, _today(session), call_again=call_again)
    deliver(reminders_ics(entries, session.lang, now), args.output)


def _restore(args: argparse.Namespace, session: Session, store: CaseStore) -> None:
    backup = store.restore_backup()
    kept = store.db.path.with_name(store.db.path.name + ".before-restore")
    made = backup.made.strftime("%Y-%m-%d %H:%M")
    print_text(text("case.cli.restored", session.lang, made=made, rows=backup.rows, path=kept))


_RUN = {
    "new": _new,
    "attempt": _attempt,
    "list": _list,
    "show": _show,
    "follow-up": _follow_up,
    "escalate": case_escalate.run,
    "ics": _ics,
    "restore-backup": _restore,
}
