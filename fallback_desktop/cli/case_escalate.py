"""`case escalate ID --to 1372|kca|certified-mail`: the next step when a company does not answer.

1372 prints the 1372 소비자상담센터 online form's fields filled from the case, and its hours;
kca prints the 한국소비자원 피해구제 evidence checklist and writes the case timeline PDF to
--output; certified-mail writes the 내용증명 PDF to --output (required) and prints how to send
it through 인터넷우체국 (never a price: they change).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from fallback_desktop.cli.common import deliver, parse_day, print_text
from fallback_desktop.core.text.catalog import msg, render_list, text

if TYPE_CHECKING:
    from fallback_desktop.core.domain.case import CaseRecord
    from fallback_desktop.core.store.cases import CaseStore
    from fallback_desktop.session import Session

TARGETS = ("1372", "kca", "certified-mail")


def add_parser(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The `escalate` action and its options."""
    escalate = actions.add_parser(
        "escalate",
        help="1372 form fields, the 한국소비자원 checklist and timeline PDF, or a 내용증명 PDF",
    )
    escalate.add_argument("id", type=int, metavar="ID", help="the case's number")
    escalate.add_argument("--to", required=True, choices=TARGETS, help="which step")
    escalate.add_argument(
        "--output", type=Path, metavar="FILE", help="the PDF (kca: the timeline; certified-mail)"
    )
    escalate.add_argument("--letter-lang", choices=("ko", "en"), help="default: --lang")
    escalate.add_argument(
        "--reply-by", metavar="YYYY-MM-DD", help="certified-mail: default 7 days from today"
    )
    for option, words in (
        ("--name", "your name (default: your saved contact details)"),
        ("--phone", "your phone (default: your saved contact details)"),
        ("--address", "your postal address (the post office needs it)"),
        ("--company-address", "the company's postal address"),
        ("--company-phone", "the company's phone number (1372 form)"),
    ):
        escalate.add_argument(option, metavar="TEXT", help=words)
    escalate.add_argument("--lang", choices=["ko", "en"], default=argparse.SUPPRESS)
    escalate.set_defaults(escalate_parser=escalate)


def run(args: argparse.Namespace, session: Session, store: CaseStore) -> None:
    """Print or write the chosen step's documents."""
    from fallback_desktop.core.domain.case import problem, seoul

    if args.to == "certified-mail" and args.output is None:
        args.escalate_parser.error(text("escalate.mail.output_needed", session.lang))
    record = store.record(args.id)
    today = seoul(session.now()).date()
    lang = args.letter_lang or session.lang
    if args.to == "1372":
        _ccn(args, session, record)
        return
    if args.to == "kca":
        _kca(args, session, record, today)
        return
    from fallback_desktop.core.writing.certified_letter import Sender, certified_letter

    reply_by = parse_day(args.reply_by, "reply_by") or today + dt.timedelta(days=7)
    if reply_by < today:
        raise problem("follow_up_past", "reply_by", day=reply_by.isoformat())
    profile, _loaded = session.files.load_profile()
    sender = Sender(
        name=args.name if args.name is not None else profile.name,
        address=args.address or "",
        phone=args.phone if args.phone is not None else profile.phone,
    )
    letter = certified_letter(
        record,
        lang,
        sender=sender,
        reply_by=reply_by,
        today=today,
        company_address=args.company_address or "",
    )
    deliver(letter.pdf(), args.output)
    lines = [text("escalate.mail.saved", session.lang, path=args.output)]
    if letter.missing:
        words = [text(f"escalate.mail.missing.{field}", session.lang) for field in letter.missing]
        lines.append(text("escalate.mail.missing", session.lang, fields=", ".join(words)))
    lines += ["", *render_list(msg("escalate.mail.how"), session.lang)]
    print_text("\n".join(lines))


def _ccn(args: argparse.Namespace, session: Session, record: CaseRecord) -> None:
    from fallback_desktop.core.writing.escalation import ccn_fields, ccn_hours, ccn_source_note

    lang = args.letter_lang or session.lang
    company = {"company_phone": args.company_phone or "", "company_address": args.company_address}
    fields = ccn_fields(record, lang, **{k: v or "" for k, v in company.items()})
    empty = text("escalate.ccn.empty", session.lang)
    lines = [text("escalate.ccn.title", session.lang), ""]
    for field in fields:
        lines += [f"[{field.label}]", field.value or empty, ""]
    lines += [ccn_hours(session.lang), ccn_source_note(session.lang)]
    print_text("\n".join(lines))


def _kca(args: argparse.Namespace, session: Session, record: CaseRecord, today: dt.date) -> None:
    from fallback_desktop.core.writing.escalation import kca_checklist, timeline_pdf

    lines = kca_checklist(record, session.lang)
    if args.output is not None:
        lang = args.letter_lang or session.lang
        deliver(timeline_pdf(record, lang, today=today), args.output)
        lines += ["", text("escalate.kca.timeline_saved", session.lang, path=args.output)]
    else:
        lines += ["", text("escalate.kca.timeline_hint", session.lang)]
    print_text("\n".join(lines))
