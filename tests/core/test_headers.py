"""Header values stay on one line and an address field holds exactly one address."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.handoff.headers import (
    FORBIDDEN_IN_HEADERS,
    check_header_value,
    validate_address,
)

HOSTILE_ADDRESSES = [
    "a@b.com\nBcc: c@d.com",
    "a@b.com\r\nBcc: c@d.com",
    "a@b.com,c@d.com",
    "a@b.com;c@d.com",
    "a@b.com c@d.com",
    "a@b.com?cc=c@d.com",
    "<a@b.com>",
    "Name <a@b.com>",
    '"Name" <a@b.com>',
    "a b@c.com",
    "a@b.com\u2028Bcc: c@d.com",
    "a@b.com\x00",
    "no-at-sign.example.com",
    "a@",
    "@b.com",
]


@pytest.mark.parametrize("char", sorted(FORBIDDEN_IN_HEADERS))
def test_every_forbidden_character_is_refused_inside_a_subject(char: str) -> None:
    with pytest.raises(InputError) as caught:
        check_header_value(f"환불 요청{char}Bcc: evil@example.com", "subject")
    assert caught.value.field == "subject"
    assert "제목" in caught.value.text("ko")
    assert "subject" in caught.value.text("en")


def test_the_usual_line_breaks_and_nul_are_all_forbidden() -> None:
    expected = {"\r", "\n", "\x00", "\u2028", "\u2029", "\u0085", "\x0b", "\x0c"}
    assert expected <= FORBIDDEN_IN_HEADERS


def test_surrounding_whitespace_is_trimmed_and_the_text_kept() -> None:
    assert check_header_value("  주문 123 환불 요청 \t", "subject") == "주문 123 환불 요청"


def test_a_stray_line_break_at_the_very_end_is_trimmed_not_refused() -> None:
    assert check_header_value("환불 요청\n", "subject") == "환불 요청"


@pytest.mark.parametrize(
    "value",
    ["=?utf-8?q?a=0D=0ABcc:_evil@example.com?=", "환불 =?utf-8?b?7ZmY?= 요청"],
)
def test_text_that_mail_programs_would_decode_is_refused(value: str) -> None:
    with pytest.raises(InputError) as caught:
        check_header_value(value, "subject")
    assert "=?" in caught.value.text("en")


@settings(max_examples=200)
@given(st.text())
def test_any_accepted_value_is_one_clean_line(value: str) -> None:
    try:
        result = check_header_value(value, "subject")
    except InputError:
        return
    assert not FORBIDDEN_IN_HEADERS.intersection(result)
    assert result == result.strip()
    assert result in value


@pytest.mark.parametrize(
    ("typed", "normalized"),
    [
        ("help@example.com", "help@example.com"),
        ("  Help@Example.COM  ", "Help@example.com"),
        ("user+order-123@shop.example.co.kr", "user+order-123@shop.example.co.kr"),
        ("고객센터@예시.한국", "고객센터@예시.한국"),
        ("help@예시.한국", "help@예시.한국"),
    ],
)
def test_valid_addresses_come_back_normalized(typed: str, normalized: str) -> None:
    assert validate_address(typed) == normalized


@pytest.mark.parametrize("value", HOSTILE_ADDRESSES)
def test_hostile_recipients_are_refused_with_a_sentence_naming_the_field(value: str) -> None:
    with pytest.raises(InputError) as caught:
        validate_address(value, "to")
    error = caught.value
    assert error.field == "to"
    assert "받는 사람" in error.text("ko")
    assert "recipient" in error.text("en")
    # One sentence each, not a stack of technical detail.
    assert error.text("en").count(". ") == 0
    assert "\n" not in error.text("ko") + error.text("en")


def test_own_email_field_is_named_as_your_email() -> None:
    with pytest.raises(InputError) as caught:
        validate_address("me@home.example, you@work.example", "email")
    assert caught.value.field == "email"
    assert "내 이메일" in caught.value.text("ko")
    assert "your email" in caught.value.text("en")


@pytest.mark.parametrize(
    ("value", "ko_hint", "en_hint"),
    [
        ("a@b.com,c@d.com", "하나만", "one"),
        ("Name <a@b.com>", "꺾쇠괄호", "angle brackets"),
        ("a@b.com\nBcc: c@d.com", "줄바꿈", "line break"),
        ("a b@c.com", "빈칸", "spaces"),
        ("help.example.com", "@", "@"),
    ],
)
def test_the_sentence_names_the_actual_problem(value: str, ko_hint: str, en_hint: str) -> None:
    with pytest.raises(InputError) as caught:
        validate_address(value)
    assert ko_hint in caught.value.text("ko")
    assert en_hint in caught.value.text("en")


def test_an_empty_required_address_asks_for_one() -> None:
    with pytest.raises(InputError) as caught:
        validate_address("   ")
    assert "적어 주세요" in caught.value.text("ko")


def test_an_empty_optional_address_is_allowed() -> None:
    assert validate_address("", required=False) == ""
    assert validate_address("  ", "email", required=False) == ""


def test_an_optional_address_is_still_checked_when_given() -> None:
    with pytest.raises(InputError):
        validate_address("a@b.com,c@d.com", required=False)
