"""Portal search words: short phrases of bare words from the product and the problem, never the
order number or anything personal."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fallback_desktop.core.writing.fields import PURPOSES, DraftFields
from fallback_desktop.core.writing.korean_words import bare
from fallback_desktop.core.writing.portal import portal_words

WASHER = DraftFields(
    product="세탁기 WM-100",
    order_number="2026-1120-0001",
    details="세탁기가 탈수 중에 자꾸 멈춥니다. 화면에 E4 오류가 떠요. 제 번호는 010-1234-5678.",
    name="홍길동",
    phone="010-0000-1234",
    email="me@example.com",
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("세탁기가", "세탁기"),  # 가 after a syllable without a final consonant
        ("전원이", "전원"),  # 이 after one with
        ("배송은", "배송"),
        ("환불을", "환불"),
        ("서비스센터에서", "서비스센터"),
        ("문제입니다", "문제"),
        ("멈춥니다", "멈춤"),  # ㅂ니다 -> ㅁ
        ("않습니다", "않음"),
        ("청구되었습니다", "청구됨"),
        ("고장났습니다", "고장남"),
        ("꺼졌어요", "꺼짐"),
        ("없어요", "없음"),
        ("작동해요", "작동함"),
        ("온도", "온도"),  # 도 is not taken for a particle
        ("나이", "나이"),  # 이 after a syllable without a final consonant is part of the word
        ("온도가", "온도"),
        ("machine", "machine"),
        ("WM-100", "WM-100"),
    ],
)
def test_bare_words(word: str, expected: str) -> None:
    assert bare(word) == expected


def test_phrases_from_the_product_and_the_problem() -> None:
    words = portal_words(WASHER, "ko")
    assert words[0] == "세탁기 탈수 멈춤"
    assert "세탁기 E4" in words  # an error code is worth searching for
    assert "WM-100 탈수 멈춤" in words
    assert 2 <= len(words) <= 5


def test_the_purpose_adds_its_own_words() -> None:
    assert "세탁기 환불" in portal_words(WASHER, "ko", purpose="refund")
    twice = DraftFields(details="인터넷 요금이 두 번 청구되었습니다.")
    billing = portal_words(twice, "ko", purpose="billing")
    assert "인터넷 요금 청구됨" in billing
    assert "요금 청구 확인" in billing


def test_no_order_number_or_personal_data() -> None:
    for lang in ("ko", "en"):
        joined = " ".join(portal_words(WASHER, lang, purpose="refund"))
        for private in ("2026", "1120", "010", "1234", "5678", "홍길동", "example.com"):
            assert private not in joined


def test_empty_fields_give_the_general_phrases() -> None:
    assert portal_words(DraftFields(), "ko") == ("자주 묻는 질문", "1:1 문의")
    assert portal_words(DraftFields(), "en", purpose="refund") == ("refund policy", "FAQ")


def test_english_words_keep_their_form_and_lose_filler() -> None:
    fields = DraftFields(
        product="Washing machine WM-100",
        details="The washing machine stops during the spin cycle. Call me on 01012345678.",
    )
    words = portal_words(fields, "en", purpose="repair")
    assert words[0] == "Washing machine stops spin"
    assert "Washing machine repair" in words
    assert all("the" not in phrase.split() for phrase in words)


@settings(max_examples=200, deadline=None)
@given(
    product=st.text(max_size=60),
    details=st.text(max_size=300),
    purpose=st.sampled_from(sorted(PURPOSES)),
)
def test_always_two_to_five_distinct_short_phrases(
    product: str, details: str, purpose: str
) -> None:
    words = portal_words(DraftFields(product=product, details=details), "ko", purpose=purpose)
    assert 2 <= len(words) <= 5
    assert len(set(words)) == len(words)
    assert all(phrase.strip() == phrase and phrase for phrase in words)
