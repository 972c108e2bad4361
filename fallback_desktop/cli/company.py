"""`company`: the person's company directory — list, show, import, export, restore the backup."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from fallback_desktop.cli.common import EXIT_OK, deliver, print_text
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.text.catalog import msg, render, text

if TYPE_CHECKING:
    from fallback_desktop.core.store.directory import Directory
    from fallback_desktop.session import Session

HELP = "the company directory: list, show, import, export"
CONFLICT_CHOICES = ("keep", "replace", "both")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="{list,show,import,export}")
    actions.required = True
    listing = actions.add_parser("list", help="the companies, or those matching --search")
    listing.add_argument(
        "--search", metavar="TEXT", help="part of a name; initial consonants work (ㅅㅅㅈㅈ)"
    )
    listing.add_argument("--json", action="store_true", help="print JSON")
    show = actions.add_parser("show", help="one company with every channel, hours and source")
    show.add_argument("name", metavar="NAME", help="its name or one of its other names")
    show.add_argument("--json", action="store_true", help="print JSON")
    importing = actions.add_parser(
        "import", help="companies from a JSON or CSV file (or a folder of JSON files)"
    )
    importing.add_argument("file", metavar="FILE", type=Path)
    importing.add_argument(
        "--on-conflict",
        choices=CONFLICT_CHOICES,
        help="for a name already in the directory with other facts: keep yours, replace it "
        "with the file's, or keep both (the file's under 'name (2)'); without it such an "
        "import is refused",
    )
    export = actions.add_parser("export", help="every company as JSON or CSV")
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument("--output", metavar="FILE", type=Path, help="write here (default stdout)")
    restore = actions.add_parser(
        "restore-backup", help="put back the last backup (made before each import)"
    )
    for action in (listing, show, importing, export, restore):
        # As for every command, --lang may also come last; SUPPRESS keeps an earlier one.
        action.add_argument("--lang", choices=["ko", "en"], default=argparse.SUPPRESS)


def tell_directory_notice(session: Session) -> None:
    """Say once, on stderr, what the person must know about the directory's file."""
    if not session.directory_is_open:
        return
    directory = session.directory
    notice = directory.take_notice()
    if notice is None:
        return
    print(render(notice, session.lang), file=sys.stderr)
    if directory.last_backup() is not None:
        print(text("company.cli.restore_hint", session.lang), file=sys.stderr)


def run(args: argparse.Namespace, session: Session) -> int:
    directory = session.directory
    tell_directory_notice(session)
    action = args.action
    if action == "list":
        _list(args, session, directory)
    elif action == "show":
        _show(args, session, directory)
    elif action == "import":
        _import(args, session, directory)
    elif action == "export":
        _export(args, directory)
    else:
        _restore(session, directory)
    return EXIT_OK


def _dump(value: object) -> None:
    print_text(json.dumps(value, ensure_ascii=False, indent=2))


def _list(args: argparse.Namespace, session: Session, directory: Directory) -> None:
    from fallback_desktop.cli import company_output as out

    companies = directory.companies()
    if args.search is not None:
        order = {item.id: i for i, item in enumerate(directory.search(args.search))}
        found = [(order[c.id], c) for c in companies if c.id is not None and c.id in order]
        companies = [c for _, c in sorted(found, key=lambda pair: pair[0])]
    if args.json:
        _dump([out.company_summary_json(c) for c in companies])
    elif companies:
        print_text("\n".join(out.company_line(c, session.lang) for c in companies))
    else:
        key = "company.cli.none_found" if args.search is not None else "company.cli.empty"
        print_text(text(key, session.lang))


def _show(args: argparse.Namespace, session: Session, directory: Directory) -> None:
    from fallback_desktop.cli import company_output as out

    company = directory.lookup(args.name)
    today = session.now().date()
    if args.json:
        _dump(out.company_json(company, session.lang, today))
    else:
        print_text(out.company_text(company, session.lang, today))


def _import(args: argparse.Namespace, session: Session, directory: Directory) -> None:
    from fallback_desktop.core.store.directory import OnConflict
    from fallback_desktop.core.store.exchange import read_import

    companies = read_import(args.file)
    choice = None if args.on_conflict is None else OnConflict(args.on_conflict)
    if choice is None:
        clashing = directory.conflicts(companies)
        if clashing:
            ask = msg("company.cli.choose", count=len(clashing), name=clashing[0].name)
            raise InputError(ask, field="on_conflict")
    result = directory.merge(companies, choice)
    lines = [render(result.message, session.lang)]
    lines += [
        text("directory.renamed", session.lang, name=old, new=new) for old, new in result.renamed
    ]
    print_text("\n".join(lines))


def _export(args: argparse.Namespace, directory: Directory) -> None:
    from fallback_desktop.core.store.exchange import ExportFormat, export

    deliver(export(directory.companies(), ExportFormat(args.format)), args.output)


def _restore(session: Session, directory: Directory) -> None:
    backup = directory.restore_backup()
    kept = directory.db.path.with_name(directory.db.path.name + ".before-restore")
    print_text(
        text(
            "directory.restored",
            session.lang,
            made=backup.made.strftime("%Y-%m-%d %H:%M"),
            rows=backup.rows,
            path=str(kept),
        )
    )
