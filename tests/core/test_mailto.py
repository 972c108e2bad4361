"""mailto: links open the mail program with exactly what the person wrote, or not at all."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.handoff.headers import FORBIDDEN_IN_HEADERS, validate_address
from fallback_desktop.core.handoff.mailto import (
    MAILTO_LIMIT,
    MailtoTooLong,
    build_mailto,
    parse_mailto,
)

# Korean, emoji, URI syntax and ordinary text, so that examples hit the tricky cases often.
_MIXED = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from(list("환불요청주문번호 가나다힣😀&?#%+=;/@\t ")),
)
SUBJECTS = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_characters=FORBIDDEN_IN_HEADERS),
        st.sampled_from(list("환불요청 😀&?#%+=")),
    ),
    max_size=60,
)
BODIES = st.lists(st.one_of(_MIXED, st.sampled_from(["\r\n", "\r", "\n"])), max_size=120).map(
    "".join
)


def expected_round_trip(to: str, subject: str, body: str) -> tuple[str, str, str]:
    """What parse_mailto(build_mailto(...)) promises to give back."""
    return (
        validate_address(to, required=False),
        subject.strip(),
        re.sub(r"\r\n|\r|\n", "\n", body),
    )


def test_spaces_are_percent_20_and_never_plus() -> None:
    uri = build_mailto("help@example.com", "주문 환불 요청", "안녕하세요 고객센터")
    assert "%20" in uri
    assert "+" not in uri


def test_a_literal_plus_is_encoded_so_it_cannot_turn_into_a_space() -> None:
    uri = build_mailto("help@example.com", "1+1 offer", "")
    assert "subject=1%2B1%20offer" in uri


def test_every_kind_of_line_break_becomes_crlf_in_the_link() -> None:
    uri = build_mailto("", "", "one\ntwo\r\nthree\rfour")
    assert uri == "mailto:?body=one%0D%0Atwo%0D%0Athree%0D%0Afour"


def test_the_address_sits_in_the_path_and_the_fields_follow() -> None:
    uri = build_mailto("Help@Example.COM", "Hi", "Body")
    assert uri == "mailto:Help@example.com?subject=Hi&body=Body"


def test_no_recipient_yet_still_gives_a_working_link() -> None:
    assert build_mailto("", "환불", "") == "mailto:?subject=%ED%99%98%EB%B6%88"
    assert build_mailto("", "", "") == "mailto:"


def test_a_korean_domain_is_utf8_percent_encoded_as_rfc_6068_shows() -> None:
    uri = build_mailto("user@納豆.example.org", "Test", "NATTO")
    assert uri == "mailto:user@%E7%B4%8D%E8%B1%86.example.org?subject=Test&body=NATTO"


@pytest.mark.parametrize(
    ("char", "encoded"),
    [("%", "%25"), ("/", "%2F"), ("?", "%3F"), ("#", "%23"), ("&", "%26"), ("=", "%3D")],
)
def test_uri_syntax_in_the_local_part_is_encoded(char: str, encoded: str) -> None:
    address = f"gorby{char}kremvax@example.com"
    uri = build_mailto(address, "", "")
    assert uri == f"mailto:gorby{encoded}kremvax@example.com"
    assert parse_mailto(uri) == (address, "", "")


@pytest.mark.parametrize(
    "text", ["A & B", "why?", "#1 issue", "100% refund", "a=b&c=d", "?subject=evil&body=x"]
)
def test_uri_syntax_in_subject_and_body_round_trips(text: str) -> None:
    uri = build_mailto("help@example.com", text, text)
    assert parse_mailto(uri) == ("help@example.com", text, text)


@pytest.mark.parametrize(
    "to",
    [
        "a@b.com\nBcc: c@d.com",
        "a@b.com,c@d.com",
        "a@b.com?cc=c@d.com",
        "<a@b.com>",
        "Name <a@b.com>",
        "a@b.com;c@d.com",
    ],
)
def test_hostile_recipients_are_refused(to: str) -> None:
    with pytest.raises(InputError) as caught:
        build_mailto(to, "Subject", "Body")
    assert caught.value.field == "to"


def test_a_subject_with_a_line_break_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        build_mailto("help@example.com", "refund\r\nBcc: evil@example.com", "")
    assert caught.value.field == "subject"


def test_a_korean_body_of_200_syllables_is_too_long_and_points_to_eml() -> None:
    with pytest.raises(MailtoTooLong) as caught:
        build_mailto("help@example.com", "환불 요청", "가" * 200)
    error = caught.value
    assert error.length > MAILTO_LIMIT
    assert ".eml" in error.text("ko")
    assert ".eml" in error.text("en")
    assert "copy" in error.text("en")
    assert isinstance(error, InputError)


def test_one_syllable_costs_nine_characters() -> None:
    added = len(build_mailto("", "", "가" * 10)) - len(build_mailto("", "", ""))
    assert added == len("?body=") + 10 * 9


def test_a_link_of_exactly_the_limit_is_allowed_and_one_more_is_not() -> None:
    base = build_mailto("help@example.com", "환불 요청", "x")
    filler = "x" * (MAILTO_LIMIT - len(base) + 1)
    exact = build_mailto("help@example.com", "환불 요청", filler)
    assert len(exact) == MAILTO_LIMIT
    with pytest.raises(MailtoTooLong) as caught:
        build_mailto("help@example.com", "환불 요청", filler + "x")
    assert caught.value.length == MAILTO_LIMIT + 1


def test_a_custom_limit_is_respected() -> None:
    with pytest.raises(MailtoTooLong):
        build_mailto("help@example.com", "abc", "", limit=20)


@settings(max_examples=200)
@given(subject=SUBJECTS, body=BODIES)
def test_text_that_fits_round_trips(subject: str, body: str) -> None:
    try:
        uri = build_mailto("help@example.com", subject, body)
    except InputError:
        # Only the length limit or a text mail programs would decode may refuse it.
        assume(False)
        return
    assert len(uri) <= MAILTO_LIMIT
    assert uri.isascii()
    assert " " not in uri
    assert "+" not in uri
    assert parse_mailto(uri) == expected_round_trip("help@example.com", subject, body)


@settings(max_examples=200)
@given(st.emails())
def test_every_accepted_address_round_trips(address: str) -> None:
    try:
        normalized = validate_address(address)
    except InputError:
        assume(False)
        return
    uri = build_mailto(address, "", "")
    assert uri.isascii()
    assert uri.removeprefix("mailto:").count("@") == 1
    assert parse_mailto(uri) == (normalized, "", "")


@settings(max_examples=200)
@given(subject=SUBJECTS, body=BODIES)
def test_no_length_ever_slips_past_the_limit(subject: str, body: str) -> None:
    try:
        uri = build_mailto("", subject, body, limit=10**6)
    except InputError:
        return
    if len(uri) > 200:
        with pytest.raises(MailtoTooLong) as caught:
            build_mailto("", subject, body, limit=200)
        assert caught.value.length == len(uri)
    else:
        assert build_mailto("", subject, body, limit=200) == uri


@settings(max_examples=200)
@given(subject=SUBJECTS, body=BODIES)
def test_qt_accepts_the_link_unchanged_in_strict_mode(subject: str, body: str) -> None:
    from PySide6.QtCore import QUrl

    try:
        uri = build_mailto("고객센터@예시.한국", subject, body, limit=10**6)
    except InputError:
        assume(False)
        return
    url = QUrl.fromEncoded(uri.encode("ascii"), QUrl.ParsingMode.StrictMode)
    assert url.isValid()
    assert bytes(url.toEncoded().data()).decode("ascii") == uri


def test_parse_rejects_other_schemes() -> None:
    with pytest.raises(ValueError, match="mailto"):
        parse_mailto("https://example.com/?subject=x")


def test_parse_reads_links_from_elsewhere() -> None:
    uri = "MAILTO:?to=a@example.com&Subject=caf%C3%A9&body=line%0D%0Anext&cc=b@example.com"
    assert parse_mailto(uri) == ("a@example.com", "café", "line\nnext")
