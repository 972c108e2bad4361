"""`draft`: the letter, as text, a mailto link or an .eml file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from fallback_desktop.cli.common import EXIT_OK, deliver, parse_day

if TYPE_CHECKING:
    from fallback_desktop.session import Session

HELP = "write the email"

# Fields that end up in a mail header or on one line of the subject: a line break there is refused.
SINGLE_LINE_FIELDS = ("to", "company", "product", "order_number", "name", "phone", "email")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    for name in ("to", "company", "product", "order-number", "details", "tried", "resolution"):
        parser.add_argument(f"--{name}", default="")
    parser.add_argument("--incident-date", metavar="YYYY-MM-DD")
    parser.add_argument("--reply-by", metavar="YYYY-MM-DD")
    for name in ("name", "phone", "email"):
        parser.add_argument(f"--{name}", default="")
    parser.add_argument("--attach", nargs="+", action="extend", default=[], metavar="FILE")
    parser.add_argument("--format", choices=["text", "mailto", "eml"], default="text")
    parser.add_argument("--output", type=Path, metavar="FILE")


def run(args: argparse.Namespace, session: Session) -> int:
    lang = session.lang
    from fallback_desktop.core.handoff.headers import check_header_value, validate_address
    from fallback_desktop.core.writing.drafting import DraftFields, render_email

    values = {name: getattr(args, name) for name in SINGLE_LINE_FIELDS}
    for name, value in values.items():
        check_header_value(value, name)
    fields = DraftFields(
        to=validate_address(args.to, "to", required=False),
        company=values["company"].strip(),
        product=values["product"].strip(),
        order_number=values["order_number"].strip(),
        incident_date=parse_day(args.incident_date, "incident_date"),
        details=args.details,
        tried=args.tried,
        resolution=args.resolution,
        reply_by=parse_day(args.reply_by, "reply_by"),
        name=values["name"].strip(),
        phone=values["phone"].strip(),
        email=validate_address(args.email, "email", required=False),
        attachments=tuple(Path(p) for p in args.attach),
    )
    draft = render_email(fields, lang)
    if args.format == "text":
        data = f"Subject: {draft.subject}\n\n{draft.body}".encode()
    elif args.format == "mailto":
        from fallback_desktop.core.handoff.mailto import build_mailto

        data = (build_mailto(fields.to, draft.subject, draft.body) + "\n").encode("ascii")
    else:
        from fallback_desktop.core.handoff.eml import build_eml

        data = build_eml(
            fields.to, draft.subject, draft.body, fields.attachments, sender=fields.email
        )
    deliver(data, args.output)
    return EXIT_OK
