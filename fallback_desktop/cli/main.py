"""The command line: channels, recommend, draft; without a subcommand it opens the window.

Nothing here imports Qt, so every subcommand works on a machine with no display.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from fallback_desktop import __version__
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.domain.situation import Context, Need, Urgency
from fallback_desktop.core.text.lang import Lang

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2

# Fields that end up in a mail header or on one line of the subject: a line break there is refused.
SINGLE_LINE_FIELDS = ("to", "company", "product", "order_number", "name", "phone", "email")


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
    commands = parser.add_subparsers(dest="command", metavar="{channels,recommend,draft}")

    channels = commands.add_parser("channels", parents=[lang], help="compare the six channels")
    channels.add_argument("--json", action="store_true", help="print JSON")

    recommend = commands.add_parser("recommend", parents=[lang], help="rank the channels")
    recommend.add_argument("--urgency", required=True, choices=[u.value for u in Urgency])
    recommend.add_argument("--context", required=True, choices=[c.value for c in Context])
    recommend.add_argument(
        "--needs",
        type=_needs,
        default=frozenset(),
        help="comma-separated: attachments,record,sensitive",
    )
    recommend.add_argument("--at", help="ISO-8601 date-time, any offset (no offset = Korea time)")
    recommend.add_argument("--json", action="store_true", help="print JSON")

    draft = commands.add_parser("draft", parents=[lang], help="write the email")
    for name in ("to", "company", "product", "order-number", "details", "tried", "resolution"):
        draft.add_argument(f"--{name}", default="")
    draft.add_argument("--incident-date", metavar="YYYY-MM-DD")
    draft.add_argument("--reply-by", metavar="YYYY-MM-DD")
    for name in ("name", "phone", "email"):
        draft.add_argument(f"--{name}", default="")
    draft.add_argument("--attach", nargs="+", action="extend", default=[], metavar="FILE")
    draft.add_argument("--format", choices=["text", "mailto", "eml"], default="text")
    draft.add_argument("--output", type=Path, metavar="FILE")
    return parser


def _needs(text: str) -> frozenset[Need]:
    names = [part.strip() for part in text.split(",") if part.strip()]
    try:
        return frozenset(Need(name) for name in names)
    except ValueError:
        allowed = ",".join(n.value for n in Need)
        raise argparse.ArgumentTypeError(f"choose from {allowed}") from None


def main(
    argv: Sequence[str] | None = None, open_window: Callable[[Lang | None], int] | None = None
) -> int:
    """Run the command line; returns the exit status.

    Without a subcommand (`fallback-desktop --lang en`) the window opens through `open_window`,
    which the entry point hands in: the command line itself never imports Qt.
    """
    args = _parser().parse_args(argv)
    lang: Lang = getattr(args, "lang", None) or _default_lang()
    if args.command is None:
        if open_window is None:
            _parser().print_usage(sys.stderr)
            return EXIT_USAGE
        return open_window(getattr(args, "lang", None))
    try:
        if args.command == "channels":
            return _channels(args, lang)
        if args.command == "recommend":
            return _recommend(args, lang)
        return _draft(args, lang)
    except InputError as error:
        print(error.text(lang), file=sys.stderr)
        return EXIT_BAD_INPUT


def _default_lang() -> Lang:
    from fallback_desktop.core.text.lang import system_lang

    return system_lang()


def _channels(args: argparse.Namespace, lang: Lang) -> int:
    from fallback_desktop.cli.output import channels_as_json, channels_as_text

    out = channels_as_json(lang) if args.json else channels_as_text(lang)
    _print(out if isinstance(out, str) else json.dumps(out, ensure_ascii=False, indent=2))
    return EXIT_OK


def parse_moment(text: str | None) -> dt.datetime:
    """An ISO-8601 date-time in any offset; no offset means Korea time; None means now."""
    from fallback_desktop.core.calendar.business import SEOUL

    if text is None:
        return dt.datetime.now(SEOUL)
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError(
            f"날짜와 시간을 알아볼 수 없습니다: '{text}' (예: 2026-11-24T14:30+09:00)",
            f"The date and time '{text}' is not valid (e.g. 2026-11-24T14:30+09:00).",
            field="at",
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=SEOUL)


def parse_day(text: str | None, field: str) -> dt.date | None:
    """A YYYY-MM-DD date, or None when not given."""
    if text is None or not text.strip():
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        label = {
            "incident_date": ("발생일", "incident date"),
            "reply_by": ("회신 기한", "reply-by date"),
        }
        ko, en = label[field]
        raise InputError(
            f"{ko} '{text}'을(를) 알아볼 수 없습니다. 2026-11-24처럼 적어 주세요.",
            f"The {en} '{text}' is not a valid date; write it like 2026-11-24.",
            field=field,
        ) from None


def _recommend(args: argparse.Namespace, lang: Lang) -> int:
    from fallback_desktop.cli.output import recommendation_as_text
    from fallback_desktop.core.domain.situation import Situation
    from fallback_desktop.core.recommend.ranking import recommend

    situation = Situation(
        urgency=Urgency(args.urgency),
        context=Context(args.context),
        at=parse_moment(args.at),
        needs=args.needs,
    )
    result = recommend(situation, lang)
    if args.json:
        _print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        _print(recommendation_as_text(result, lang))
    return EXIT_OK


def _draft(args: argparse.Namespace, lang: Lang) -> int:
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
    _deliver(data, args.output)
    return EXIT_OK


def _deliver(data: bytes, output: Path | None) -> None:
    """Everything was built before this point, so a failure leaves nothing half-written."""
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    from fallback_desktop.core.store.files import atomic_write_bytes

    try:
        atomic_write_bytes(output, data, backup=False)
    except OSError as error:
        raise InputError(
            f"'{output}'에 저장하지 못했습니다: {error.strerror}",
            f"Could not save to '{output}': {error.strerror}.",
            field="output",
        ) from None


def _print(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
