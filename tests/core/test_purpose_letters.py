"""A letter for each purpose, in each language: what it says, what it asks, and by when; the
online-purchase withdrawal window cited only where it applies and only while it is open."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from fallback_desktop.core.domain.purposes import PURPOSE_IDS
from fallback_desktop.core.text.catalog import render
from fallback_desktop.core.text.lang import LANGS, Lang
from fallback_desktop.core.writing.drafting import (
    SUBJECT_LIMIT,
    DraftFields,
    for_purpose,
    render_email,
    template_values,
)
from fallback_desktop.core.writing.templates import (
    BASE_TEMPLATE,
    bundled_file,
    check_template_source,
)
from fallback_desktop.core.writing.withdrawal import withdrawal_notes

TODAY = dt.date(2026, 11, 24)
FULL = DraftFields(
    to="help@example.com",
    company="한빛몰",
    product="무선 이어폰 B-2",
    order_number="2026-1234",
    order_date=dt.date(2026, 11, 18),
    payment_date=dt.date(2026, 11, 18),
    delivered_date=dt.date(2026, 11, 20),
    amount="39,000원",
    expected_amount="29,000원",
    payment_method="신용카드 일시불",
    statement_date=dt.date(2026, 11, 21),
    promised_date=dt.date(2026, 11, 21),
    tracking_number="TRK-0000-5555",
    online_purchase=True,
    in_warranty=True,
    end_date=dt.date(2026, 12, 31),
    incident_date=dt.date(2026, 11, 22),
    details="왼쪽 이어폰에서 소리가 나지 않습니다. 충전해도 그대로입니다.",
    tried="11/23 09:10, 12:40에 전화했지만 연결되지 않았습니다.",
    resolution="빠른 처리를 부탁드립니다.",
    reply_by=dt.date(2026, 11, 27),
    name="홍길동",
    phone="010-0000-1234",
    email="hong@example.com",
    attachments=(Path("영수증.pdf"),),
)
TAGS = {
    ("general", "ko"): "[문의]",
    ("refund", "ko"): "[환불 요청]",
    ("exchange", "ko"): "[교환 요청]",
    ("repair", "ko"): "[수리 요청]",
    ("cancel", "ko"): "[취소·해지 요청]",
    ("delivery", "ko"): "[배송 문의]",
    ("billing", "ko"): "[청구 오류]",
    ("general", "en"): "[Inquiry]",
    ("refund", "en"): "[Refund request]",
    ("exchange", "en"): "[Exchange request]",
    ("repair", "en"): "[Repair request]",
    ("cancel", "en"): "[Cancellation]",
    ("delivery", "en"): "[Delivery problem]",
    ("billing", "en"): "[Billing error]",
}
EVERY = [(purpose, lang) for purpose in PURPOSE_IDS for lang in LANGS]


def letter(purpose: str, lang: Lang, fields: DraftFields = FULL, today: dt.date = TODAY) -> str:
    draft = render_email(fields, lang, purpose=purpose, today=today)
    return f"{draft.subject}\n{draft.body}"


def assert_well_formed(subject: str, body: str) -> None:
    assert subject == subject.strip()
    assert "\n" not in subject
    assert len(subject) <= SUBJECT_LIMIT
    assert body.endswith("\n")
    assert not body.endswith("\n\n")
    assert "\n\n\n" not in body
    assert all(line == line.rstrip() for line in body.splitlines())
    # Nothing of the template's own syntax, nor a value Jinja could not print, reaches the letter.
    assert not re.search(r"\{\{|\{%|\}\}|%\}|None|True|False|Undefined", body)


@pytest.mark.parametrize(("purpose", "lang"), EVERY)
def test_every_letter_renders_with_no_fields(purpose: str, lang: Lang) -> None:
    draft = render_email(DraftFields(), lang, purpose=purpose, today=TODAY)
    assert_well_formed(draft.subject, draft.body)
    assert draft.subject.startswith(TAGS[purpose, lang])
    assert len(draft.subject) > len(TAGS[purpose, lang])  # never a bare tag


@pytest.mark.parametrize(("purpose", "lang"), EVERY)
def test_every_letter_renders_with_every_field(purpose: str, lang: Lang) -> None:
    draft = render_email(FULL, lang, purpose=purpose, today=TODAY)
    assert_well_formed(draft.subject, draft.body)
    assert draft.subject.startswith(TAGS[purpose, lang])
    assert "무선 이어폰 B-2" in draft.subject
    assert "2026-1234" in draft.subject
    for shared in (FULL.text("details"), FULL.text("tried"), "010-0000-1234", "영수증.pdf"):
        assert shared in draft.body
    assert draft.body.rstrip().endswith("홍길동" + (" 드림" if lang == "ko" else ""))


@pytest.mark.parametrize(("purpose", "lang"), EVERY)
def test_five_thousand_characters_of_korean_details(purpose: str, lang: Lang) -> None:
    details = ("환불을 요청드립니다 탈수 중에 멈춥니다 " * 250)[:5000]
    draft = render_email(FULL.replace(details=details), lang, purpose=purpose, today=TODAY)
    assert_well_formed(draft.subject, draft.body)
    assert details.strip() in draft.body


@pytest.mark.parametrize(("purpose", "lang"), EVERY)
def test_emoji_in_every_text_field(purpose: str, lang: Lang) -> None:
    fields = FULL.replace(
        product="이어폰 🎧",
        details="소리가 안 나요 😡👍🏽 가족 👨‍👩‍👧",
        amount="39,000원 💸",
        payment_method="카드 💳",
        tracking_number="📦 123",
        resolution="부탁드려요 🙏",
        name="민지 🌸",
    )
    draft = render_email(fields, lang, purpose=purpose, today=TODAY)
    assert_well_formed(draft.subject, draft.body)
    assert "🎧" in draft.subject
    assert "👨‍👩‍👧" in draft.body
    assert "🙏" in draft.body


# -- what each letter says ----------------------------------------------------------------------


def test_a_refund_names_the_payment_and_asks_for_the_original_method() -> None:
    ko = letter("refund", "ko")
    for line in (
        "- 결제일: 2026년 11월 18일",
        "- 결제 금액: 39,000원",
        "- 결제 수단: 신용카드 일시불",
    ):
        assert line in ko
    assert "결제한 금액(39,000원)을 원래 결제 수단(신용카드 일시불)으로 환불해" in ko
    en = letter("refund", "en")
    assert "- Paid on: 18 November 2026" in en
    assert "refund the amount I paid (39,000원) to the original payment method" in en


def test_an_exchange_names_the_delivery() -> None:
    assert "- 받은 날: 2026년 11월 20일" in letter("exchange", "ko")
    assert "- Delivered on: 20 November 2026" in letter("exchange", "en")
    plain = FULL.replace(resolution="")
    assert "새 상품으로 교환해" in letter("exchange", "ko", plain)
    assert "exchange it for a new one" in letter("exchange", "en", plain)


def test_a_delivery_problem_names_the_order_and_promised_dates() -> None:
    ko = letter("delivery", "ko")
    assert "- 주문일: 2026년 11월 18일" in ko
    assert "- 약속된 도착일: 2026년 11월 21일" in ko
    assert "- 운송장 번호: TRK-0000-5555" in ko
    en = letter("delivery", "en")
    assert "- Delivery promised for: 21 November 2026" in en
    assert "cancel the order and get a refund" in en


def test_a_repair_names_the_purchase_date_the_warranty_and_the_symptom() -> None:
    ko = letter("repair", "ko")
    assert "- 구입일: 2026년 11월 18일" in ko
    assert "품질보증기간 안이므로 무상으로 수리해" in ko
    assert "■ 증상\n" + FULL.text("details") in ko
    out_of_warranty = letter("repair", "en", FULL.replace(in_warranty=False))
    assert "warranty" not in out_of_warranty
    assert "what it would cost" in out_of_warranty


def test_a_cancellation_names_the_contract_and_when_it_should_end() -> None:
    offline = FULL.replace(online_purchase=False)
    ko = letter("cancel", "ko", offline)
    assert "- 주문(계약)번호: 2026-1234" in ko
    assert "2026년 12월 31일 자로 이 계약을 해지해" in ko
    assert "Please end this contract on 31 December 2026." in letter("cancel", "en", offline)
    soon = offline.replace(end_date=None)
    assert "되도록 빨리" in letter("cancel", "ko", soon)
    assert "as soon as possible" in letter("cancel", "en", soon)


def test_a_billing_error_names_both_amounts_and_the_statement_date() -> None:
    ko = letter("billing", "ko")
    assert "- 청구서 날짜: 2026년 11월 21일" in ko
    assert "(청구된 금액 39,000원, 원래 금액 29,000원)" in ko
    en = letter("billing", "en")
    assert "- Amount charged: 39,000원" in en
    assert "- Amount expected: 29,000원" in en


def test_the_general_letter_is_the_one_it_always_was() -> None:
    ko = letter("general", "ko")
    assert "■ 문의 내용" in ko
    # Facts only other purposes ask for stay out of it, even when typed.
    for fact in ("39,000원", "신용카드", "TRK-0000", "제17조", "2026년 12월 31일"):
        assert fact not in ko
    assert render_email(FULL, "ko") == render_email(FULL, "ko", purpose="general")


def test_a_letter_leaves_out_what_its_purpose_does_not_ask_for() -> None:
    kept = for_purpose(FULL, "delivery")
    assert kept.text("tracking_number") == "TRK-0000-5555"
    assert kept.text("amount") == ""
    assert kept.flag("online_purchase") is False
    assert kept.text("details") == FULL.text("details")
    assert "39,000원" not in letter("delivery", "ko")


# -- the withdrawal window (전자상거래법 §17①) ----------------------------------------------------


@pytest.mark.parametrize("purpose", ["refund", "cancel"])
def test_an_open_window_is_cited_with_its_last_day(purpose: str) -> None:
    # Ordered 18 Nov, delivered 20 Nov: the later day counts, so the window ends 27 Nov.
    ko = letter(purpose, "ko")
    assert "전자상거래 등에서의 소비자보호에 관한 법률」 제17조 제1항" in ko
    assert "청약철회 기간(2026년 11월 27일까지)" in ko
    assert "제18조 제1항" in ko
    en = letter(purpose, "en")
    assert "Article 17(1) of the Act on Consumer Protection in Electronic Commerce" in en
    assert "which ends on 27 November 2026" in en


@pytest.mark.parametrize("purpose", ["refund", "cancel"])
def test_a_passed_window_is_not_cited(purpose: str) -> None:
    for lang in LANGS:
        assert "17" not in letter(purpose, lang, today=dt.date(2026, 11, 28))
        # The last day itself still counts.
        assert "17" in letter(purpose, lang, today=dt.date(2026, 11, 27))


def test_no_window_without_an_online_purchase_or_a_date() -> None:
    for fields in (
        FULL.replace(online_purchase=False),
        FULL.replace(order_date=None, delivered_date=None),
    ):
        for lang in LANGS:
            assert "17" not in letter("refund", lang, fields)
    for purpose in ("general", "exchange", "repair", "delivery", "billing"):
        assert "제17조" not in letter(purpose, "ko")


def test_the_template_gets_the_window_as_values() -> None:
    values = template_values(FULL, "ko", "refund", TODAY)
    assert values["withdraw_by"] == "2026년 11월 27일"
    assert values["withdraw_open"] is True
    assert values["purpose"] == "refund"
    closed = template_values(FULL, "en", "cancel", dt.date(2026, 12, 1))
    assert (closed["withdraw_by"], closed["withdraw_open"]) == ("27 November 2026", False)
    # Not a purpose that withdraws: the tick box is not part of its form, so no window.
    assert template_values(FULL, "ko", "exchange", TODAY)["withdraw_by"] == ""


def test_the_window_notes_say_the_day_whether_it_is_cited_and_that_it_is_guidance() -> None:
    open_notes = withdrawal_notes(FULL, "refund", TODAY)
    assert [note.key for note in open_notes] == [
        "legal.deadline.ahead",
        "legal.withdrawal.in_letter",
        "legal.not_advice",
    ]
    text = " ".join(render(note, "ko") for note in open_notes)
    assert "2026년 11월 27일" in text
    assert "3일 남았습니다" in text
    assert "이 날짜는 안내이며 법률 자문이 아닙니다." in text
    passed = withdrawal_notes(FULL, "cancel", dt.date(2026, 12, 2))
    assert [note.key for note in passed][:2] == [
        "legal.deadline.passed",
        "legal.withdrawal.not_in_letter",
    ]
    assert "제3항" in render(passed[1], "ko")
    undated = FULL.replace(order_date=None, delivered_date=None)
    assert [n.key for n in withdrawal_notes(undated, "refund", TODAY)] == [
        "legal.withdrawal.need_date"
    ]
    assert withdrawal_notes(FULL, "repair", TODAY) == ()
    assert withdrawal_notes(FULL.replace(online_purchase=False), "refund", TODAY) == ()


# -- the template files -------------------------------------------------------------------------


@pytest.mark.parametrize(("purpose", "lang"), EVERY)
def test_each_purpose_has_its_file_built_on_the_general_letter(purpose: str, lang: Lang) -> None:
    source = bundled_file(lang, purpose).read_text(encoding="utf-8")
    if purpose == "general":
        assert bundled_file(lang, purpose).name == BASE_TEMPLATE
        assert check_template_source(source) is None  # the one a person copies
    else:
        assert '{% extends "email.txt.j2" %}' in source
        # Only the blocks a purpose changes; the rest comes from the general letter.
        blocks = set(re.findall(r"{% block (\w+) %}", source))
        assert blocks == {"subject", "opening", "facts", "request"}


def test_an_unknown_purpose_is_refused() -> None:
    with pytest.raises(ValueError, match="purpose"):
        bundled_file("ko", "complaint")


def test_a_user_template_can_tell_purposes_apart() -> None:
    from tests.core.test_templates import write_template

    write_template(
        "mine",
        "{% block body %}{% if purpose == 'refund' %}환불: {{ amount }}"
        "{% else %}{{ purpose }}{% endif %} {{ withdraw_by }}{% endblock %}",
    )
    refund = render_email(FULL, "ko", "mine", purpose="refund", today=TODAY)
    assert refund.body == "환불: 39,000원 2026년 11월 27일\n"
    assert refund.subject.startswith("[환불 요청]")  # the bundled subject for the purpose
    assert render_email(FULL, "en", "mine", purpose="billing", today=TODAY).body == "billing\n"


def test_an_unknown_purpose_reads_as_the_general_letter() -> None:
    assert template_values(FULL, "ko", "complaint", TODAY)["purpose"] == "general"
    assert render_email(FULL, "ko", purpose="complaint", today=TODAY) == render_email(FULL, "ko")
