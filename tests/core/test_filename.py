"""The suggested .eml file name: short, whole words, and accepted by every common system."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fallback_desktop.core.handoff.filename import (
    COMPANY_CHARS,
    PRODUCT_CHARS,
    cut_at_word,
    eml_file_name,
)

DAY = dt.date(2026, 11, 29)
REFUSED_SOMEWHERE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
QUOTES_AND_BRACKETS = re.compile(r"['\"`‘’“”()\[\]{}「」『』]")


@pytest.mark.parametrize(
    ("company", "product", "expected"),
    [
        ("가나전자", "세탁기 XY-100", "가나전자 세탁기 XY-100 2026-11-29.eml"),
        ("  가나전자  ", "", "가나전자 2026-11-29.eml"),
        ("", "세탁기 XY-100", "세탁기 XY-100 2026-11-29.eml"),
        ("가나전자", "가나전자 세탁기", "가나전자 세탁기 2026-11-29.eml"),
        ("", "", "letter 2026-11-29.eml"),
        ('"가나" 전자', "세탁기: XY/100?", "가나 전자 세탁기 XY 100 2026-11-29.eml"),
        (
            "(주)가나전자",
            "드럼세탁기 (21kg, 화이트)",
            "주 가나전자 드럼세탁기 21kg, 화이트 2026-11-29.eml",
        ),
        ("...", "...", "letter 2026-11-29.eml"),
    ],
)
def test_name_from_company_product_and_date(company: str, product: str, expected: str) -> None:
    assert eml_file_name(company, product, DAY, "letter") == expected


def test_long_parts_are_cut_at_a_word_boundary() -> None:
    company = "가나다라마바사 전자주식회사 고객지원센터 본사"
    product = "드럼세탁기 트롬 오브제컬렉션 XY-100 21kg 화이트 (2026년형)"
    name = eml_file_name(company, product, DAY, "letter")
    assert (
        name
        == "가나다라마바사 전자주식회사 드럼세탁기 트롬 오브제컬렉션 XY-100 21kg 2026-11-29.eml"
    )
    words = name.removesuffix(" 2026-11-29.eml").split(" ")
    # Every word in the name is a whole word of what the person typed.
    assert all(word in (company + " " + product).split(" ") for word in words)


def test_one_long_word_is_cut_where_it_must() -> None:
    assert cut_at_word("가" * 40, 20) == "가" * 20
    assert cut_at_word("세탁기 " + "나" * 40, 20) == "세탁기"
    assert cut_at_word("short", 20) == "short"


def test_a_cut_never_leaves_a_dangling_comma_or_dash() -> None:
    assert cut_at_word("세탁기 XY-100, 화이트 모델 특별판", 12) == "세탁기 XY-100"
    assert cut_at_word("세탁기 - 화이트 모델", 6) == "세탁기"


def test_no_date_and_a_reserved_windows_name() -> None:
    assert eml_file_name("", "", None, "편지") == "편지.eml"
    assert eml_file_name("CON", "", None, "letter") == "CON_.eml"
    assert eml_file_name("nul", "", DAY, "letter") == "nul 2026-11-29.eml"


def test_invisible_and_direction_marks_are_dropped() -> None:
    assert (
        eml_file_name("가나\u202e전자", "세탁기\u200b", DAY, "x")
        == "가나 전자 세탁기 2026-11-29.eml"
    )


@given(st.text(max_size=120), st.text(max_size=120))
def test_any_input_gives_a_name_every_system_accepts(company: str, product: str) -> None:
    name = eml_file_name(company, product, DAY, "letter")
    assert name.endswith(" 2026-11-29.eml")
    stem = name.removesuffix(".eml")
    assert not REFUSED_SOMEWHERE.search(name)
    assert not QUOTES_AND_BRACKETS.search(name)
    assert stem == stem.strip(" .")
    assert "  " not in name
    assert len(name.encode("utf-8")) <= 255
    assert len(stem) <= COMPANY_CHARS + PRODUCT_CHARS + len(" 2026-11-29") + 1
