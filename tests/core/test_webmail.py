"""Webmail: each service's page, what its link carries (never the letter), what is said."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.handoff.mailto import parse_mailto
from fallback_desktop.core.handoff.webmail import (
    WEBMAIL,
    webmail,
    webmail_outcome,
    webmail_url,
)
from fallback_desktop.core.text.catalog import render

SUBJECT = "세탁기 고장 & 환불 요청 #2"


def test_four_services_each_with_https_pages_and_a_source() -> None:
    assert [s.id for s in WEBMAIL] == ["naver", "daum", "gmail", "outlook"]
    for service in WEBMAIL:
        assert service.home.startswith("https://")
        assert not service.compose or service.compose.startswith("https://")
        assert service.source
        assert service.name.render("ko")
        assert service.name.render("en")


def test_gmail_gets_a_mailto_with_address_and_subject_only() -> None:
    url = webmail_url(webmail("gmail"), "help@example.com", SUBJECT)
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "mail.google.com", "/mail/")
    query = parse_qs(parts.query)
    assert query["extsrc"] == ["mailto"]
    inner = query["url"][0]
    assert parse_mailto(inner) == ("help@example.com", SUBJECT, "")
    assert "body=" not in inner
    assert url.isascii()


def test_outlook_gets_address_and_subject_only() -> None:
    url = webmail_url(webmail("outlook"), "help@example.com", SUBJECT)
    parts = urlsplit(url)
    assert parts.netloc == "outlook.live.com"
    assert parts.path == "/mail/0/deeplink/compose"
    assert parse_qs(parts.query) == {"to": ["help@example.com"], "subject": [SUBJECT]}
    assert "+" not in parts.query  # spaces as %20, never "+"


def test_no_address_leaves_the_recipient_out() -> None:
    url = webmail_url(webmail("outlook"), "", SUBJECT)
    assert "to" not in parse_qs(urlsplit(url).query)
    gmail = webmail_url(webmail("gmail"), "", SUBJECT)
    assert parse_mailto(parse_qs(urlsplit(gmail).query)["url"][0])[0] == ""


@pytest.mark.parametrize("service_id", ["naver", "daum"])
def test_naver_and_daum_open_their_mail_home(service_id: str) -> None:
    service = webmail(service_id)
    assert not service.prefills
    url = webmail_url(service, "help@example.com", SUBJECT)
    assert url == service.home
    assert urlsplit(url).netloc == {"naver": "mail.naver.com", "daum": "mail.daum.net"}[service_id]


@pytest.mark.parametrize("service_id", ["gmail", "outlook", "naver"])
def test_a_hostile_address_or_subject_is_refused(service_id: str) -> None:
    with pytest.raises(InputError):
        webmail_url(webmail(service_id), "a@b.com\nBcc: x@y.z", SUBJECT)
    with pytest.raises(InputError):
        webmail_url(webmail(service_id), "help@example.com", "환불\r\nBcc: x@y.z")


def test_what_is_said_after_opening() -> None:
    naver, gmail = webmail("naver"), webmail("gmail")
    home = render(webmail_outcome(naver, opened=True, files=0, paste="Ctrl+V"), "ko")
    assert "네이버 메일" in home
    assert "메일 쓰기를 누르고" in home
    assert "(Ctrl+V)" in home
    filled = render(webmail_outcome(gmail, opened=True, files=2, paste="⌘V"), "ko")
    assert "받는 사람과 제목은 채워져" in filled
    assert "2개" in filled
    assert "⌘V" in filled
    failed = render(webmail_outcome(gmail, opened=False, files=0, paste="Ctrl+V"), "en")
    assert "clipboard" in failed
    assert "Gmail" in failed


def test_an_unknown_service_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        webmail("hotmail")
