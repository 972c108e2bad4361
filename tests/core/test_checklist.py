"""The live checklist: a clear subject, specific details, a way to reply."""

from __future__ import annotations

import datetime as dt

import pytest

from fallback_desktop.core.domain.purposes import PURPOSE_IDS
from fallback_desktop.core.text.catalog import has, msg, render
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing.checklist import (
    DETAILS_MIN_WEIGHT,
    NEEDED_FACTS,
    check_draft,
    check_facts,
    details_weight,
    missing_facts,
)
from fallback_desktop.core.writing.drafting import Draft, DraftFields, render_email
from fallback_desktop.core.writing.fields import fields_for

GOOD = DraftFields(
    product="세탁기 XY-100",
    order_number="2026-1234",
    details="탈수 중에 멈추고 E3 오류가 표시됩니다.",
    phone="010-1234-5678",
)


def checks(fields: DraftFields, lang: Lang = "ko", subject: str | None = None) -> dict[str, bool]:
    draft = render_email(fields, lang)
    if subject is not None:
        draft = Draft(subject=subject, body=draft.body)
    return {item.key: item.ok for item in check_draft(fields, draft)}


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_always_three_items_in_order(lang: Lang) -> None:
    for fields in (DraftFields(), GOOD):
        items = check_draft(fields, render_email(fields, lang))
        assert [item.key for item in items] == ["subject", "details", "contact"]
        assert all(render(item.message, lang) for item in items)


def test_a_complete_draft_passes_everything() -> None:
    assert checks(GOOD) == {"subject": True, "details": True, "contact": True}
    assert checks(GOOD, "en") == {"subject": True, "details": True, "contact": True}


def test_an_empty_draft_fails_everything_and_says_what_to_add() -> None:
    fields = DraftFields()
    ko = check_draft(fields, render_email(fields, "ko"))
    en = check_draft(fields, render_email(fields, "en"))
    assert [item.ok for item in ko + en] == [False] * 6
    assert [item.message for item in ko] == [
        msg("check.subject_missing"),
        msg("check.details_missing"),
        msg("check.contact_missing"),
    ]
    assert "제목" in render(ko[0].message, "ko")
    assert "subject" in render(en[0].message, "en")
    assert "phone" in render(en[2].message, "en")
    assert "email" in render(en[2].message, "en")
    assert "전화번호" in render(ko[2].message, "ko")
    assert "이메일" in render(ko[2].message, "ko")


def test_subject_with_only_an_order_number_is_vague() -> None:
    assert not checks(DraftFields(order_number="2026-1234"))["subject"]
    assert not checks(DraftFields(order_number="A-77"), "en")["subject"]


def test_an_edited_subject_is_judged_as_typed() -> None:
    assert not checks(GOOD, subject="")["subject"]
    assert not checks(GOOD, subject="[문의] 고객센터 문의드립니다")["subject"]
    assert not checks(GOOD, "en", subject="Re: Customer service inquiry, please help!")["subject"]
    assert checks(DraftFields(), subject="냉장고 소음 문제")["subject"]


def test_product_alone_names_the_problem_well_enough() -> None:
    assert checks(DraftFields(product="냉장고"))["subject"]


@pytest.mark.parametrize(
    ("details", "ok"),
    [
        ("", False),
        ("고장났어요", False),
        ("전원이 안 켜집니다", False),
        ("세탁기가 탈수 중에 멈춥니다", True),
        ("It broke.", False),
        ("The kettle leaks from its base.", True),
        ("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!", False),
    ],
)
def test_details_need_enough_substance(details: str, ok: bool) -> None:
    assert checks(DraftFields(details=details))["details"] is ok


def test_details_weight_counts_hangul_double_and_ignores_spaces() -> None:
    assert details_weight("가나 다") == 6
    assert details_weight("ab c!") == 3
    assert DETAILS_MIN_WEIGHT == 20


def test_short_details_get_a_different_hint_than_missing_ones() -> None:
    missing = check_draft(DraftFields(), Draft("", ""))[1].message
    short = check_draft(DraftFields(details="broken"), Draft("", ""))[1].message
    assert (missing.key, short.key) == ("check.details_missing", "check.details_short")
    assert "too short" in render(short, "en")


@pytest.mark.parametrize(
    ("phone", "email", "ok"),
    [
        ("", "", False),
        ("010-1234-5678", "", True),
        ("", "me@example.com", True),
        ("12", "", False),
        ("", "not an address", False),
        ("   ", "  me@example.com ", True),
        ("02-123-4567", "", True),
        ("+82 10 1234 5678", "", True),
        ("1588-1234", "", True),
        ("call me maybe", "", False),
        ("0101234567890123", "", False),
    ],
)
def test_contact_needs_a_phone_or_an_email(phone: str, email: str, ok: bool) -> None:
    assert checks(DraftFields(phone=phone, email=email))["contact"] is ok


# -- the facts a letter's purpose needs ---------------------------------------------------------

PAID = DraftFields(payment_date=dt.date(2026, 11, 18), amount="39,000원", payment_method="신용카드")


def test_the_general_letter_asks_for_no_facts_of_its_own() -> None:
    items = check_draft(GOOD, render_email(GOOD, "ko"), "general")
    assert [item.key for item in items] == ["subject", "details", "contact"]


@pytest.mark.parametrize("purpose", [p for p in PURPOSE_IDS if p != "general"])
def test_a_purpose_adds_its_facts_before_the_contact(purpose: str) -> None:
    items = check_draft(GOOD, render_email(GOOD, "ko", purpose=purpose), purpose)
    assert [item.key for item in items] == ["subject", "details", "facts", "contact"]


@pytest.mark.parametrize("purpose", PURPOSE_IDS)
def test_every_needed_fact_is_a_field_the_purpose_shows_and_has_a_name(purpose: str) -> None:
    shown = {spec.key for spec in fields_for("email", purpose)}
    for key in NEEDED_FACTS[purpose]:
        assert key in shown, (purpose, key)
        assert has(f"error.field.{key}"), key
    if NEEDED_FACTS[purpose]:
        assert has(f"check.facts_ok.{purpose}")
        assert has(f"check.facts_missing.{purpose}")


def test_a_refund_asks_for_the_payment_date_amount_and_method() -> None:
    item = check_facts(DraftFields(), "refund")
    assert item is not None
    assert not item.ok
    assert (
        render(item.message, "ko")
        == "환불을 요청하려면 다음을 적어 주세요: 결제일, 금액, 결제 수단."
    )
    assert render(item.message, "en") == "For a refund, add: payment date, amount, payment method."
    half = check_facts(PAID.replace(amount="  "), "refund")
    assert half is not None
    assert render(half.message, "en") == "For a refund, add: amount."
    done = check_facts(PAID, "refund")
    assert done is not None
    assert done.ok
    assert "결제일, 금액, 결제 수단" in render(done.message, "ko")


@pytest.mark.parametrize(
    ("purpose", "fields", "missing"),
    [
        ("delivery", DraftFields(order_date=dt.date(2026, 11, 1)), ("promised_date",)),
        ("delivery", DraftFields(), ("order_date", "promised_date")),
        ("billing", DraftFields(amount="5,000원"), ("expected_amount", "statement_date")),
        ("repair", DraftFields(product="세탁기"), ("order_date",)),
        ("cancel", DraftFields(order_date=dt.date(2026, 11, 1)), ("order_number",)),
        ("exchange", DraftFields(order_number="A-1", delivered_date=dt.date(2026, 11, 2)), ()),
    ],
)
def test_each_purpose_names_what_is_still_missing(
    purpose: str, fields: DraftFields, missing: tuple[str, ...]
) -> None:
    assert missing_facts(fields, purpose) == missing
    item = check_facts(fields, purpose)
    assert item is not None
    assert item.ok is (not missing)
