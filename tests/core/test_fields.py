"""The field registry: one declaration per field, and what is made from it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from fallback_desktop.core.domain.purposes import PURPOSE_IDS
from fallback_desktop.core.text.catalog import has, msg, render
from fallback_desktop.core.writing.drafting import template_values
from fallback_desktop.core.writing.fields import (
    DraftFields,
    Kind,
    check_fields,
    field,
    field_of_error,
    fields_for,
    from_text,
    registry,
    template_names,
    to_text,
    without_mnemonic,
)

TODAY = dt.date(2026, 11, 24)


def test_every_field_has_its_label_in_the_catalog() -> None:
    for spec in registry():
        assert has(spec.label.key), spec.key
        if spec.may_be_unknown:
            assert has(spec.known_label.key), spec.key
    assert render(field("company").label, "ko") == "회사 이름(&Y)"
    assert render(field("company").label, "en") == "Compan&y name"


def test_names_the_outside_relies_on_stay_as_documented() -> None:
    # PRODUCT.md: the command-line options and the object names of the inputs.
    options = [spec.option for spec in registry()]
    assert options == [
        "--to", "--company", "--product", "--order-number",
        "--order-date", "--payment-date", "--amount", "--expected-amount", "--payment-method",
        "--statement-date", "--promised-date", "--tracking-number", "--delivered-date",
        "--online-purchase", "--in-warranty",
        "--incident-date", "--details", "--tried", "--end-date", "--resolution", "--reply-by",
        "--name", "--phone", "--email", "--attach",
    ]  # fmt: skip
    widgets = {spec.key: spec.widget for spec in registry()}
    assert widgets == {
        "to": "toEdit", "company": "companyEdit", "product": "productEdit",
        "order_number": "orderNumberEdit", "incident_date": "incidentDateEdit",
        "details": "detailsEdit", "tried": "triedEdit", "resolution": "resolutionEdit",
        "reply_by": "replyByEdit", "name": "nameEdit", "phone": "phoneEdit",
        "email": "emailEdit", "attachments": "attachmentList",
        "order_date": "orderDateEdit", "payment_date": "paymentDateEdit", "amount": "amountEdit",
        "expected_amount": "expectedAmountEdit", "payment_method": "paymentMethodEdit",
        "statement_date": "statementDateEdit", "promised_date": "promisedDateEdit",
        "tracking_number": "trackingNumberEdit", "delivered_date": "deliveredDateEdit",
        "online_purchase": "onlinePurchaseCheck", "in_warranty": "inWarrantyCheck",
        "end_date": "endDateEdit",
    }  # fmt: skip


def test_keys_inputs_and_options_are_each_used_once() -> None:
    for attribute in ("key", "widget", "option"):
        values = [getattr(spec, attribute) for spec in registry()]
        assert len(values) == len(set(values)), attribute


def test_what_is_remembered_and_what_counts_as_writing() -> None:
    assert {s.key for s in registry() if s.remembered} == {"name", "phone", "email"}
    not_content = {s.key for s in registry() if not s.content}
    assert not_content == {"name", "phone", "email", "reply_by"}


# The fields the letters had before they had purposes: every letter still asks for them.
COMMON = {
    "to", "company", "product", "order_number", "incident_date", "details", "tried",
    "resolution", "reply_by", "name", "phone", "email", "attachments",
}  # fmt: skip
FOR_PURPOSE = {
    "general": set(),
    "refund": {"order_date", "payment_date", "amount", "payment_method", "delivered_date",
               "online_purchase"},
    "exchange": {"order_date", "delivered_date"},
    "repair": {"order_date", "in_warranty"},
    "cancel": {"order_date", "payment_date", "amount", "payment_method", "delivered_date",
               "online_purchase", "end_date"},
    "delivery": {"order_date", "promised_date", "tracking_number"},
    "billing": {"amount", "expected_amount", "payment_method", "statement_date"},
}  # fmt: skip


@pytest.mark.parametrize("purpose", sorted(FOR_PURPOSE))
def test_each_purpose_asks_for_its_own_fields_and_the_common_ones(purpose: str) -> None:
    keys = {spec.key for spec in fields_for("email", purpose)}
    assert keys == COMMON | FOR_PURPOSE[purpose]
    # In the registry's order, which is the form's.
    assert list(fields_for("email", purpose)) == [s for s in registry() if s.key in keys]


def test_the_general_letter_asks_what_it_always_did() -> None:
    assert fields_for("email") == fields_for("email", "general")
    assert {spec.key for spec in fields_for("email")} == COMMON
    assert fields_for("messenger") == ()
    assert set(FOR_PURPOSE) == set(PURPOSE_IDS)


def test_single_line_kinds() -> None:
    single = {s.key for s in registry() if s.kind.single_line}
    assert single == {
        "to", "company", "product", "order_number", "name", "phone", "email",
        "amount", "expected_amount", "payment_method", "tracking_number",
    }  # fmt: skip
    assert {s.key for s in registry() if s.kind is Kind.FLAG} == {"online_purchase", "in_warranty"}


def test_errors_from_core_find_their_field() -> None:
    assert field_of_error("to") == "to"
    assert field_of_error("sender") == "email"
    assert field_of_error("from") == "email"
    assert field_of_error("attachment") == "attachments"
    assert field_of_error("company") == "company"
    assert field_of_error("subject") is None
    assert field_of_error(None) is None


@pytest.mark.parametrize(
    ("label", "words"),
    [
        ("Compan&y name", "Company name"),
        ("회사 이름(&Y)", "회사 이름"),
        ("Date it &happened:", "Date it happened"),
        ("일이 생긴 날짜(&H):", "일이 생긴 날짜"),
        ("Fish && chips", "Fish & chips"),
    ],
)
def test_labels_lose_their_shortcut_marker_for_screen_readers(label: str, words: str) -> None:
    assert without_mnemonic(label) == words


# -- the value object -------------------------------------------------------------------------


def test_unset_fields_read_as_empty_of_their_kind() -> None:
    fields = DraftFields(product="세탁기")
    assert fields.text("product") == "세탁기"
    assert fields.text("company") == ""
    assert fields.date("incident_date") is None
    assert fields.files("attachments") == ()
    assert set(fields) == {spec.key for spec in registry()}


def test_values_are_checked_against_their_kind() -> None:
    with pytest.raises(TypeError):
        DraftFields(no_such_field="x")
    with pytest.raises(TypeError):
        DraftFields(incident_date="2026-11-20")
    with pytest.raises(TypeError):
        DraftFields(details=None)
    with pytest.raises(TypeError):
        DraftFields(product="TV").date("product")
    with pytest.raises(TypeError):
        DraftFields(online_purchase="yes")
    assert DraftFields().flag("online_purchase") is False
    assert DraftFields(in_warranty=True).flag("in_warranty") is True


def test_equal_contents_compare_equal_and_replace_makes_a_copy() -> None:
    first = DraftFields(product="TV", attachments=["a.pdf"])
    assert first == DraftFields(product="TV", company="", attachments=(Path("a.pdf"),))
    assert hash(first) == hash(DraftFields(product="TV", attachments=(Path("a.pdf"),)))
    changed = first.replace(product="Radio")
    assert changed.text("product") == "Radio"
    assert first.text("product") == "TV"
    assert changed.files("attachments") == (Path("a.pdf"),)


def test_template_gets_every_field_and_the_derived_values() -> None:
    values = template_values(DraftFields(), "en")
    assert set(values) == template_names()


def test_autosave_text_round_trips_every_kind() -> None:
    samples = {
        Kind.LINE: "한빛전자",
        Kind.TEXT: "첫 줄\n둘째 줄",
        Kind.DATE: dt.date(2026, 11, 20),
        Kind.EMAIL: "me@example.com",
        Kind.PHONE: "010-1234-5678",
        Kind.FILES: (Path("/home/민지/영수증.pdf"), Path("사진 1.jpg")),
        Kind.FLAG: True,
    }
    assert set(samples) == set(Kind)
    for kind, value in samples.items():
        assert from_text(kind, to_text(value)) == value, kind
    assert from_text(Kind.DATE, "") is None
    assert from_text(Kind.FLAG, to_text(False)) is False
    with pytest.raises(ValueError, match="next week"):
        from_text(Kind.DATE, "next week")
    with pytest.raises(ValueError, match="maybe"):
        from_text(Kind.FLAG, "maybe")


# -- checks -----------------------------------------------------------------------------------


def test_a_day_that_has_not_come_is_no_incident_date() -> None:
    tomorrow = TODAY + dt.timedelta(days=1)
    notes = check_fields(DraftFields(incident_date=tomorrow), TODAY)
    assert notes == [("incident_date", msg("field.check.not_future"))]
    assert check_fields(DraftFields(incident_date=TODAY), TODAY) == []


def test_a_reply_by_date_that_has_passed_is_pointed_out() -> None:
    yesterday = TODAY - dt.timedelta(days=1)
    assert check_fields(DraftFields(reply_by=yesterday), TODAY) == [
        ("reply_by", msg("field.check.not_past"))
    ]
    assert check_fields(DraftFields(reply_by=TODAY), TODAY) == []
    # The other way round is fine for both.
    fine = DraftFields(incident_date=yesterday, reply_by=TODAY + dt.timedelta(days=3))
    assert check_fields(fine, TODAY) == []


def test_a_text_over_its_limit_is_pointed_out_with_the_numbers() -> None:
    limit = field("company").max_length
    assert limit is not None
    ((key, note),) = check_fields(DraftFields(company="가" * (limit + 1)), TODAY)
    assert key == "company"
    assert render(note, "en") == f"Up to {limit} characters fit here (now {limit + 1})."
    assert check_fields(DraftFields(company="가" * limit), TODAY) == []
