"""A messenger or SNS text is checked for personal data before it is copied, and masked on request.

Every number here is made up: phones in the unassigned 010-0000 exchange, addresses at
example.com, the issuers' published test card numbers.
"""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fallback_desktop.core.text.catalog import render
from fallback_desktop.core.writing.personal_data import KINDS, Finding, mask, scan
from fallback_desktop.core.writing.personal_patterns import luhn


def _found(text: str) -> list[tuple[str, str, str]]:
    """(kind, the text found, its masked form) for each finding."""
    return [(f.kind, text[f.start : f.end], f.masked) for f in scan(text)]


@pytest.mark.parametrize(
    ("text", "kind", "found", "masked"),
    [
        # Phones: mobile, landline, business, international, full-width, glued to Hangul.
        ("제 번호는 010-1234-5678입니다.", "phone", "010-1234-5678", "010-****-5678"),
        ("번호는01000001234입니다", "phone", "01000001234", "010****1234"),
        ("010 0000 1234 로 전화 주세요", "phone", "010 0000 1234", "010 **** 1234"),
        ("연락은 +82 10 0000 1234로", "phone", "+82 10 0000 1234", "+82 10 **** 1234"),
        ("집 02-123-4567", "phone", "02-123-4567", "02-***-4567"),
        ("사무실 (02) 1234-5678 입니다", "phone", "(02) 1234-5678", "(02) ****-5678"),
        ("대표번호 1588-1234", "phone", "1588-1234", "1588-****"),
        ("０１０－００００－１２３４로", "phone", "０１０－００００－１２３４",
         "０１０－****－１２３４"),
        # Cards: grouped by spaces or hyphens, run together, American Express 4-6-5.
        ("카드 1234 5678 9012 3452", "card", "1234 5678 9012 3452", "1234 **** **** 3452"),
        ("4111-1111-1111-1111 카드로 결제", "card", "4111-1111-1111-1111", "4111-****-****-1111"),
        ("카드번호는4111111111111111이에요", "card", "4111111111111111", "4111********1111"),
        ("아멕스 3782 822463 10005", "card", "3782 822463 10005", "3782 ****** *0005"),
        ("카드 ４１１１ １１１１ １１１１ １１１１", "card", "４１１１ １１１１ １１１１ １１１１",
         "４１１１ **** **** １１１１"),
        # Resident registration numbers: hyphen, none, spaces, full-width; after 2020 too.
        ("주민번호 900101-1234567 입니다", "rrn", "900101-1234567", "900101-*******"),
        ("주민번호는9001011234567입니다", "rrn", "9001011234567", "900101*******"),
        ("900101 - 2234567", "rrn", "900101 - 2234567", "900101 - *******"),
        ("900101 1234567", "rrn", "900101 1234567", "900101 *******"),
        ("９００１０１－１２３４５６７", "rrn", "９００１０１－１２３４５６７",
         "９００１０１－*******"),
        ("아이는 200229-3123456", "rrn", "200229-3123456", "200229-*******"),
        # Emails.
        ("kim.minsu@example.com 으로 주세요", "email", "kim.minsu@example.com",
         "ki*******@example.com"),
        ("메일은kim@example.com입니다", "email", "kim@example.com", "ki*@example.com"),
        ("메일 a@example.com", "email", "a@example.com", "*@example.com"),
        ("kim＠example.com", "email", "kim＠example.com", "ki*＠example.com"),
        # Accounts: banks' hyphenated layouts, and bare runs next to words about banks.
        ("계좌 123-456789-01-234", "account", "123-456789-01-234", "***-******-**-234"),
        ("123456-12-123456", "account", "123456-12-123456", "******-**-**3456"),
        ("신한 110-123-456789", "account", "110-123-456789", "***-***-**6789"),
        ("3333-01-1234567", "account", "3333-01-1234567", "****-**-***4567"),
        ("1002-123-456789", "account", "1002-123-456789", "****-***-**6789"),
        ("국민은행 12345678901234로 입금", "account", "12345678901234", "**********1234"),
        ("12345678901 (농협) 으로 보내 주세요", "account", "12345678901", "*******8901"),
        ("환불 계좌는 토스뱅크 1000 1234 5678", "account", "1000 1234 5678", "**** **** 5678"),
        ("refund to bank account 12345678901", "account", "12345678901", "*******8901"),
    ],
)  # fmt: skip
def test_planted_personal_data_is_found_and_masked(
    text: str, kind: str, found: str, masked: str
) -> None:
    assert _found(text) == [(kind, found, masked)]
    assert mask(text, scan(text)) == text.replace(found, masked)


@pytest.mark.parametrize(
    "text",
    [
        "주문번호 20261129-000123",
        "주문번호 2026112912345",
        "주문번호: 2011291234567",  # the shape of a resident number, but labelled an order
        "주문번호 2026112900001230",  # 16 digits that pass the card check
        "주문번호는 4111 1111 1111 1111",
        "order no. 4111111111111111",
        "Order #4111-1111-1111-1111",
        "운송장번호 123456789012",
        "송장 4111111111111111",
        "tracking 01000001234",
        "2026-11-29에 주문했어요",
        "2026.11.29 오전",
        "2026/11/29",
        "20261129",
        "129,000원을 결제했어요",
        "1,290,000원",
        "입금하실 금액 10000000000원",
        "14:30에 방문",
        "2026-11-29 14:30:00",
        "모델 WM-1234A",
        "모델명 SM-G991N",
        "시리얼 SN-4111111111111111",
        "ABC12345678901234",
        "원주율 3.14159265358979",
        "12345678901",  # 11 digits, no word about banks: not taken for an account
        "참고 번호 123456789012",
        "900230-1234567",  # 30 February
        "010229-3123456",  # 29 February 2001
        "900101-123456",  # one digit short
        "1234 5678 9012 3456",  # fails the card check
        "kim@localhost",
        "kim..minsu@example.com",
        "@example.com",
        "010-****-5678, 900101-*******, 4111 **** **** 1111, ki*******@example.com",
        "",
        "전화가 안 돼서 글 남깁니다. 답장 부탁드려요.",
    ],
)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert scan(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The number after is a time, not a fifth group of the card or a tenth digit of the phone.
        ("카드 4000 0000 0000 0002 14:30 결제", ["4000 0000 0000 0002"]),
        ("02-200-0000 3시 이후", ["02-200-0000"]),
        # Two numbers with only a space between them stay two.
        ("연락처 010 0000 1234 4111 1111 1111 1111", ["010 0000 1234", "4111 1111 1111 1111"]),
        ("+82 10 0000 0013 5000 0004 0000 0005", ["+82 10 0000 0013", "5000 0004 0000 0005"]),
        ("010-0000-1234 010-0000-5678(010-0000-9012)", ["010-0000-1234", "010-0000-5678",
                                                       "010-0000-9012"]),
        # An ideographic space between groups; a footnote mark after the number.
        ("010\u30000000\u30001234", ["010\u30000000\u30001234"]),
        ("010-0000-1234 *평일만", ["010-0000-1234"]),
    ],
)  # fmt: skip
def test_neighbours_do_not_change_what_is_found(text: str, expected: list[str]) -> None:
    assert [found for _kind, found, _masked in _found(text)] == expected


def test_the_digits_a_mask_leaves_make_no_new_number() -> None:
    # The last four of one card and the first four of the next read as a 1800 line otherwise.
    text = "5216 9722 5667 1800 4000 0000 0000 0002"
    masked = mask(text, scan(text))
    assert masked == "5216 **** **** 1800 4000 **** **** 0002"
    assert scan(masked) == []


def test_the_order_number_trap_really_passes_the_card_check() -> None:
    # Otherwise the test above could not fail for the reason it is there.
    assert luhn("2026112900001230")
    assert luhn("4111111111111111")
    assert _found("카드 2026112900001230")[0][0] == "card"


def test_a_new_resident_number_that_fails_the_old_check_digit_is_found() -> None:
    digits = "9001011234567"
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    check = (11 - sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11) % 10
    assert check != int(digits[-1])
    assert [kind for kind, *_ in _found(f"번호 {digits}")] == ["rrn"]


def test_numbers_at_the_very_start_and_end_of_the_text() -> None:
    text = "010-0000-1234 그리고 kim@example.com"
    assert [(f.start, f.end) for f in scan(text)] == [(0, 13), (18, 33)]
    assert mask(text, scan(text)) == "010-****-1234 그리고 ki*@example.com"


def test_every_kind_in_one_letter_sorted_and_apart() -> None:
    text = (
        "안녕하세요. 제 연락처는 010-0000-1234, 메일은 kim.minsu@example.com입니다.\n"
        "결제 카드 4111 1111 1111 1111, 주민번호 900101-1234567,\n"
        "환불 계좌 국민은행 123456-12-123456 (주문번호 20261129-000123, 129,000원)."
    )
    findings = scan(text)
    assert [f.kind for f in findings] == ["phone", "email", "card", "rrn", "account"]
    assert sorted(KINDS) == sorted(f.kind for f in findings)
    starts = [f.start for f in findings]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in itertools.pairwise(findings))
    assert "20261129-000123, 129,000원" in mask(text, findings)


def test_labels_speak_both_languages() -> None:
    (rrn,) = scan("900101-1234567")
    assert render(rrn.label, "ko") == "주민등록번호로 보이는 번호"
    assert render(rrn.label, "en") == "Looks like a resident registration number"
    kinds = {f.kind: f.label for f in scan("010-0000-1234 a@example.com 4111111111111111")}
    assert render(kinds["phone"], "ko") == "전화번호"
    assert render(kinds["card"], "en") == "Looks like a card number"


def test_mask_replaces_only_the_findings_given() -> None:
    text = "010-0000-1234 / kim@example.com"
    _phone, email = scan(text)
    assert mask(text, [email]) == "010-0000-1234 / ki*@example.com"
    assert mask(text, []) == text


def test_mask_refuses_findings_from_another_text() -> None:
    (phone,) = scan("010-0000-1234")
    with pytest.raises(ValueError, match="scan it again"):
        mask("010", [phone])
    with pytest.raises(ValueError, match="overlap"):
        mask("010-0000-1234", [phone, phone])


def test_importing_the_scanner_loads_neither_phonenumbers_nor_email_validator() -> None:
    # The window imports it at start-up; the two libraries load on the first scan that needs them.
    code = (
        "import sys\n"
        "from fallback_desktop.core.writing import personal_data\n"
        "assert 'phonenumbers' not in sys.modules\n"
        "assert 'email_validator' not in sys.modules\n"
        "personal_data.scan('전화가 안 돼서 글 남깁니다. 3개 주문했어요.')\n"
        "assert 'phonenumbers' not in sys.modules\n"
        "assert 'email_validator' not in sys.modules\n"
        "personal_data.scan('010-0000-1234 kim@example.com')\n"
        "assert 'phonenumbers' in sys.modules and 'email_validator' in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# --- properties ---------------------------------------------------------------------------

_WIDE = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _luhn_complete(body: str) -> str:
    return body + next(str(d) for d in range(10) if luhn(body + str(d)))


def _n(count: int) -> st.SearchStrategy[str]:
    return st.text("0123456789", min_size=count, max_size=count)


_phone = st.one_of(
    _n(4).map(lambda d: f"010-0000-{d}"),
    _n(4).map(lambda d: f"0100000{d}"),
    _n(4).map(lambda d: f"+82 10 0000 {d}"),
    st.tuples(st.sampled_from("2345678"), _n(2), _n(4)).map(
        lambda t: f"02-{''.join(t[:2])}-{t[2]}"
    ),
)
_card = st.tuples(st.sampled_from(["4", "5", "3"]), _n(14), st.sampled_from([" ", "-", ""])).map(
    lambda t: t[2].join(_luhn_complete(t[0] + t[1])[i : i + 4] for i in range(0, 16, 4))
)
_rrn = st.tuples(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
    _n(6),
    st.sampled_from(["-", "", " - "]),
).map(
    lambda t: f"{t[0]:%y%m%d}{t[2]}{'1' if t[0].year < 2000 else '3'}{t[1]}",
)
_email = st.tuples(st.sampled_from(["kim", "minsu.kim", "a", "lee_9"]), _n(2)).map(
    lambda t: f"{t[0]}{t[1]}@example.com"
)
_account = st.one_of(
    st.tuples(_n(6), _n(2), _n(6)).map("-".join),
    st.tuples(_n(3), _n(6), _n(2), _n(3)).map("-".join),
    st.tuples(_n(4), _n(3), _n(6)).map("-".join),
)
_bank_account = _n(11).map(lambda d: f"1{d}")  # 12 digits run together
_Plant = tuple[str, str, str]


def _planted_as(kind: str, values: st.SearchStrategy[str]) -> st.SearchStrategy[_Plant]:
    """(kind, words before it that are not part of it, the value), full-width now and then."""
    wide = st.tuples(values, st.booleans())
    return wide.map(lambda t: (kind, "", t[0].translate(_WIDE) if t[1] else t[0]))


_planted = st.one_of(
    _planted_as("phone", _phone),
    _planted_as("card", _card),
    _planted_as("rrn", _rrn),
    _planted_as("account", _account),
    _planted_as("account", _bank_account).map(lambda p: (p[0], "환불 계좌 ", p[2])),
    _email.map(lambda e: ("email", "", e)),
)
# Fillers never begin with a digit: glued to a planted number it would make another number.
_filler = st.sampled_from(
    [" ", "\n", "\u3000", "안녕하세요 ", "번호는", "입니다. ", ", ", "(", ")", "감사합니다!",
     " 그리고 ", " 3개 주문했어요 ", " 2026-11-29에 ", " 129,000원 ", " 14:30 ", " *평일만 ",
     "모델 WM-1234A "]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_filler, _planted), max_size=6), _filler)
def test_planted_data_is_found_exactly_and_gone_once_masked(
    pieces: list[tuple[str, _Plant]], tail: str
) -> None:
    text, expected = "", []
    for filler, (kind, before, value) in pieces:
        text += filler + before
        expected.append((kind, len(text), len(text) + len(value)))
        text += value
    text += tail
    findings = scan(text)
    assert [(f.kind, f.start, f.end) for f in findings] == expected
    masked = mask(text, findings)
    assert scan(masked) == []
    _assert_only_findings_changed(text, masked, findings)


@settings(max_examples=500, deadline=None)
@given(st.text("0123456789０１９-－ .@+()kmKM가계좌은행주문번호원", max_size=60))
def test_masking_any_text_changes_only_findings_and_leaves_none_behind(text: str) -> None:
    findings = scan(text)
    masked = mask(text, findings)
    _assert_only_findings_changed(text, masked, findings)
    spans = [(f.start, f.end) for f in findings]
    for again in scan(masked):
        assert not any(again.start < end and start < again.end for start, end in spans)


def _assert_only_findings_changed(text: str, masked: str, findings: list[Finding]) -> None:
    # Masks keep the length, so indices still line up; everything between findings is untouched.
    assert len(masked) == len(text)
    at = 0
    for f in findings:
        assert masked[at : f.start] == text[at : f.start]
        assert masked[f.start : f.end] == f.masked
        assert "*" in f.masked
        assert len(f.masked) == f.end - f.start
        at = f.end
    assert masked[at:] == text[at:]
