"""`draft`: the letter, as text, a mailto link or an .eml file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fallback_desktop.cli.common import EXIT_OK, EXIT_USAGE, deliver, parse_day
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.domain.purposes import DEFAULT_PURPOSE, PURPOSE_IDS
from fallback_desktop.core.text.catalog import msg, render, text
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing.fields import (
    PURPOSES,
    DraftFields,
    Field,
    Kind,
    registry,
    without_mnemonic,
)

if TYPE_CHECKING:
    from fallback_desktop.session import Session

HELP = "write the email, or the text for another channel"

# The channels `--channel` writes for; "app" takes the messenger text (an app's 1:1 inquiry).
CHANNELS = ("email", "webform", "messenger", "sns", "chat", "portal", "phone", "app")

# What a value looks like in --help, by the kind of field.
_METAVARS = {Kind.EMAIL: "ADDRESS", Kind.DATE: "YYYY-MM-DD", Kind.FILES: "FILE"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--purpose",
        choices=PURPOSE_IDS,
        default=DEFAULT_PURPOSE,
        help="what the letter is for, which decides its wording and the facts it asks for "
        f"(default: {DEFAULT_PURPOSE})",
    )
    parser.add_argument(
        "--letter-lang",
        choices=["ko", "en"],
        default=None,
        help="the language of the letter (default: --lang)",
    )
    for spec in registry():
        metavar = _METAVARS.get(spec.kind, "TEXT")
        words = _help(spec)
        if spec.kind is Kind.FLAG:
            parser.add_argument(spec.option, dest=spec.key, action="store_true", help=words)
        elif spec.kind is Kind.FILES:
            parser.add_argument(
                spec.option,
                dest=spec.key,
                nargs="+",
                action="extend",
                default=[],
                metavar=metavar,
                help=words,
            )
        else:
            default = None if spec.kind is Kind.DATE else ""
            parser.add_argument(
                spec.option, dest=spec.key, default=default, metavar=metavar, help=words
            )
    parser.add_argument(
        "--channel",
        choices=CHANNELS,
        default="email",
        help="the channel to write for: the email (default), the web form's text, a "
        "messenger/SNS message, the chat sheet, portal search words or the phone sheet "
        "(--company finds the company in the directory for its number, hours and caps)",
    )
    parser.add_argument(
        "--limit",
        type=int,
        metavar="N",
        help="the web form's length cap (default: the one noted for the company, if any)",
    )
    parser.add_argument(
        "--limit-unit",
        choices=["chars", "utf8", "euckr"],
        default="chars",
        help="what the web form's cap counts: characters, UTF-8 bytes or EUC-KR bytes",
    )
    parser.add_argument("--format", choices=["text", "mailto", "eml"], default="text")
    parser.add_argument("--output", type=Path, metavar="FILE")


def _help(spec: Field) -> str:
    """The field's English label, and the purposes it is for when not every one."""
    words = without_mnemonic(render(spec.label, "en"))
    if spec.purposes != PURPOSES:
        words += " (--purpose " + ", ".join(p for p in PURPOSE_IDS if p in spec.purposes) + ")"
    return words.replace("%", "%%")


def _value(spec: Field, raw: Any) -> object:
    """One option's value as the letter's input: addresses checked, single lines trimmed."""
    from fallback_desktop.core.handoff.headers import validate_address

    if spec.kind is Kind.EMAIL:
        return validate_address(raw, spec.key, required=False)
    if spec.kind is Kind.DATE:
        return parse_day(raw, spec.key)
    if spec.kind is Kind.FILES:
        return tuple(Path(p) for p in raw)
    if spec.kind is Kind.FLAG:
        return bool(raw)
    return raw.strip() if spec.kind.single_line else raw


def fields_from(args: argparse.Namespace) -> DraftFields:
    """The letter's fields from the options; InputError for a line break in a single-line one."""
    from fallback_desktop.core.handoff.headers import check_header_value

    # Every header-bound value is checked before any other, so the first problem reported is
    # the same whichever order the options came in.
    for spec in registry():
        if spec.kind.single_line:
            check_header_value(getattr(args, spec.key), spec.key)
    return DraftFields({spec.key: _value(spec, getattr(args, spec.key)) for spec in registry()})


def run(args: argparse.Namespace, session: Session) -> int:
    lang = args.letter_lang or session.lang
    from fallback_desktop.core.writing.drafting import render_email

    fields = fields_from(args)
    if args.channel != "email":
        return _channel_text(args, session, fields, lang)
    today = session.now().date()
    draft = render_email(fields, lang, purpose=args.purpose, today=today)
    if args.format == "text":
        data = f"Subject: {draft.subject}\n\n{draft.body}".encode()
    elif args.format == "mailto":
        from fallback_desktop.core.handoff.mailto import build_mailto

        data = (build_mailto(fields.text("to"), draft.subject, draft.body) + "\n").encode("ascii")
    else:
        from fallback_desktop.core.handoff.eml import build_eml

        data = build_eml(
            fields.text("to"),
            draft.subject,
            draft.body,
            fields.files("attachments"),
            sender=fields.text("email"),
        )
    deliver(data, args.output)
    return EXIT_OK


def _channel_text(
    args: argparse.Namespace, session: Session, fields: DraftFields, lang: Lang
) -> int:
    """Another channel's text: printed (or written to --output) as plain text."""
    from fallback_desktop.core.writing.channel_texts import channel_text

    if args.format != "text":
        print(text("draft.cli.text_only", session.lang, channel=args.channel), file=sys.stderr)
        return EXIT_USAGE
    if args.limit is not None and args.limit < 1:
        raise InputError(msg("error.limit_not_positive", limit=args.limit), field="limit")
    name = fields.text("company")
    company = session.directory.get(name) if name else None
    channel = "messenger" if args.channel == "app" else args.channel
    words = channel_text(
        channel,
        fields,
        lang,
        company=company,
        limit=args.limit,
        unit=args.limit_unit,
        purpose=args.purpose,
        now=session.now(),
        calendar=session.calendar,
    )
    deliver(words.encode(), args.output)
    return EXIT_OK
