"""Webmail: the page to open for writing a new mail, per service, with its source.

No service documents a link that fills in a letter (PRODUCT.md, "Webmail"), and long links
fail (Gmail beyond about 4,000–8,000 characters), so a link here carries at most the address
and the subject, and the letter always goes on the clipboard. Where no compose page could be
confirmed, the service's mail home page opens and the person presses its write button.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from urllib.parse import quote

from fallback_desktop.core.handoff.headers import check_header_value, validate_address
from fallback_desktop.core.handoff.mailto import build_mailto
from fallback_desktop.core.text.catalog import Msg, Words, msg


@dataclass(frozen=True)
class Webmail:
    """One service: `prefills` says whether its link carries the address and the subject."""

    id: str
    name: Words
    home: str  # opened as it is when the service has no compose link
    compose: str  # "" when none could be confirmed
    source: str

    @property
    def prefills(self) -> bool:
        return bool(self.compose)


def _q(value: str) -> str:
    return quote(value, safe="")


WEBMAIL: tuple[Webmail, ...] = (
    # Naver: its help pages and the stored public pages give no compose address, so the mail
    # home opens. (`/v2/new` appears as the compose page in third-party scripts only; not
    # documented by Naver, so not used.)
    Webmail(
        "naver",
        Words("네이버 메일", "Naver Mail"),
        home="https://mail.naver.com/",
        compose="",
        source="no documented compose address (searched 2026); mail home page",
    ),
    # Daum (Kakao): likewise, no compose address could be confirmed; the mail home opens.
    Webmail(
        "daum",
        Words("Daum 메일", "Daum Mail"),
        home="https://mail.daum.net/",
        compose="",
        source="no documented compose address (searched 2026); mail home page",
    ),
    # Gmail: the mailto handler address Chromium itself opens (chromium
    # platform_util_chromeos.cc); `url` is a whole mailto: URI, percent-encoded once more.
    Webmail(
        "gmail",
        Words("Gmail", "Gmail"),
        home="https://mail.google.com/",
        compose="https://mail.google.com/mail/?extsrc=mailto&url={mailto}",
        source="chromium platform_util_chromeos.cc",
    ),
    # Outlook.com (personal accounts): the undocumented deeplink that Outlook on the web
    # answers with a new message (PRODUCT.md, "Webmail"; work accounts use outlook.office.com).
    Webmail(
        "outlook",
        Words("Outlook.com", "Outlook.com"),
        home="https://outlook.live.com/mail/",
        compose="https://outlook.live.com/mail/0/deeplink/compose?{query}",
        source="Outlook on the web deeplink, undocumented",
    ),
)


def webmail(service_id: str) -> Webmail:
    """The service with this id; KeyError for an unknown one."""
    for service in WEBMAIL:
        if service.id == service_id:
            return service
    raise KeyError(service_id)


def webmail_url(service: Webmail, to: str, subject: str) -> str:
    """The page to open: the compose page with address and subject, or the mail home.

    `to` and `subject` are checked as for a mail link (InputError when unusable)."""
    address = validate_address(to, "to", required=False)
    subject = check_header_value(subject, "subject")
    if not service.prefills:
        return service.home
    if "{mailto}" in service.compose:
        # Only address and subject: far below any length a browser or Gmail cuts.
        mailto = build_mailto(address, subject, "", limit=sys.maxsize)
        return service.compose.format(mailto=_q(mailto))
    fields = [f"to={_q(address)}"] if address else []
    if subject:
        fields.append(f"subject={_q(subject)}")
    return service.compose.format(query="&".join(fields))


def webmail_outcome(service: Webmail, *, opened: bool, files: int, paste: str) -> Msg:
    """What happened: the page opened (and what it holds), or the browser did not open."""
    if not opened:
        return msg("handoff.webmail_not_opened", service=service.name, paste=paste)
    key = "handoff.webmail_prefilled" if service.prefills else "handoff.webmail_home"
    if files:
        return msg(key + "_files", service=service.name, paste=paste, count=files)
    return msg(key, service=service.name, paste=paste)
