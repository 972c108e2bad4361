"""The email draft: subject rules, body sections, and input that tries to break it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing.drafting import (
    Draft,
    DraftFields,
    default_reply_by,
    render_email,
    summarize,
)
from tests.shared import CALENDAR

FULL = DraftFields(
    to="help@example.com",
    company="한빛전자",
    product="세탁기 XY-100",
    order_number="2026-1234",
    incident_date=dt.date(2026, 11, 20),
    details="탈수 중에 멈추고 E3 오류가 표시됩니다. 전원을 껐다 켜도 그대로입니다.",
    tried="11/23 09:10, 12:40, 17:50에 세 번 전화했지만 모두 연결되지 않았습니다.",
    resolution="방문 수리를 받고 싶습니다.",
    reply_by=dt.date(2026, 11, 27),
    name="김민지",
    phone="010-1234-5678",
    email="minji@example.com",
    attachments=(Path("/home/minji/사진/error.jpg"), Path("receipt.pdf")),
)

FORBIDDEN_IN_SUBJECT = ("\r", "\n", "\x00", "\u2028", "\u2029", "\x85")


def assert_clean_subject(draft: Draft) -> None:
    for char in FORBIDDEN_IN_SUBJECT:
        assert char not in draft.subject
    assert "  " not in draft.subject
    assert draft.subject == draft.subject.strip()


def test_korean_draft_with_every_field() -> None:
    draft = render_email(FULL, "ko")
    assert (
        draft.subject
        == "[문의] 세탁기 XY-100: 탈수 중에 멈추고 E3 오류가 표시됩니다 (주문번호 2026-1234)"
    )
    body = draft.body
    assert body.startswith("한빛전자 고객센터 담당자님께\n")
    assert "연결되지 않아 이메일로 문의드립니다" in body
    assert "- 주문(계약)번호: 2026-1234" in body
    assert "- 발생일: 2026년 11월 20일" in body
    assert FULL.text("details") in body
    assert FULL.text("tried") in body
    assert "방문 수리를 받고 싶습니다." in body
    assert "2026년 11월 27일까지 답변을" in body
    assert "- 전화: 010-1234-5678" in body
    assert "- 이메일: minji@example.com" in body
    assert "- error.jpg\n- receipt.pdf\n" in body
    assert "/home/minji" not in body
    assert body.rstrip().endswith("김민지 드림")
    # Sections come in the order a reader needs them.
    order = ["■ 문의 내용", "■ 연락을 시도한", "■ 요청 사항", "■ 연락처", "■ 첨부 파일"]
    assert [body.index(heading) for heading in order] == sorted(body.index(h) for h in order)


def test_english_draft_with_every_field() -> None:
    fields = DraftFields(
        company="Acme",
        product="Kettle K2",
        order_number="A-77",
        incident_date=dt.date(2026, 11, 20),
        details="The base leaks water after two minutes. It started on the first use.",
        tried="Called three times on 23 Nov at 09:10, 12:40 and 17:50; nobody answered.",
        resolution="Please replace the kettle.",
        reply_by=dt.date(2026, 11, 27),
        name="Jane Doe",
        phone="+82 10-1234-5678",
        email="jane@example.com",
        attachments=(Path("C:/Users/jane/leak.jpg"),),
    )
    draft = render_email(fields, "en")
    assert (
        draft.subject
        == "[Inquiry] Kettle K2: The base leaks water after two minutes (order no. A-77)"
    )
    body = draft.body
    assert body.startswith("Dear Acme customer service team,\n")
    assert "- Date: 20 November 2026" in body
    assert "by 27 November 2026" in body
    assert "- Email: jane@example.com" in body
    assert "- leak.jpg" in body
    assert body.rstrip().endswith("Jane Doe")


@pytest.mark.parametrize(
    ("lang", "subject", "greeting"),
    [
        ("ko", "[문의] 고객 문의", "고객센터 담당자님께"),
        ("en", "[Inquiry] Customer inquiry", "Dear customer service team,"),
    ],
)
def test_no_fields_still_reads_naturally(lang: Lang, subject: str, greeting: str) -> None:
    draft = render_email(DraftFields(), lang)
    assert draft.subject == subject
    assert draft.body.startswith(greeting + "\n")
    for leftover in ("None", "()", "■", "WHAT HAPPENED", ":\n", "\n\n\n", " \n"):
        assert leftover not in draft.body
    assert draft.body.endswith("\n")
    assert not draft.body.endswith("\n\n")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("ko", "[문의] 주문번호 2026-1234 관련 문의"), ("en", "[Inquiry] Order no. 2026-1234")],
)
def test_order_number_alone_makes_a_subject_without_dangling_brackets(
    lang: Lang, expected: str
) -> None:
    assert render_email(DraftFields(order_number="2026-1234"), lang).subject == expected


def test_product_alone_and_details_alone() -> None:
    assert render_email(DraftFields(product="냉장고"), "ko").subject == "[문의] 냉장고"
    details_only = render_email(DraftFields(details="환불이 아직 안 들어왔습니다."), "ko")
    assert details_only.subject == "[문의] 환불이 아직 안 들어왔습니다"


def test_long_details_give_a_short_subject_cut_at_a_word() -> None:
    details = (
        "The screen goes black whenever the device wakes from sleep and the only way out is "
        "holding the power button for ten seconds"
    )
    draft = render_email(DraftFields(product="Tablet T8", details=details), "en")
    assert draft.subject == "[Inquiry] Tablet T8: The screen goes black whenever the…"
    assert details in draft.body


def test_summary_takes_the_first_sentence() -> None:
    assert summarize("문이 안 열립니다. 어제부터 그렇습니다.") == "문이 안 열립니다"
    assert (
        summarize("Version 1.5 crashes on start! Then nothing.") == "Version 1.5 crashes on start"
    )
    assert summarize("") == ""


def test_a_korean_run_without_spaces_is_cut_hard() -> None:
    summary = summarize("가" * 100)
    assert summary == "가" * 39 + "…"


def test_template_syntax_typed_into_fields_stays_literal() -> None:
    fields = DraftFields(
        product="{{ 7*7 }}",
        details="{% for x in y %}loop{% endfor %} and {{ ''.__class__ }}",
        name="{# comment #}",
    )
    draft = render_email(fields, "en")
    assert "{{ 7*7 }}" in draft.subject
    assert "49" not in draft.subject + draft.body
    assert "{% for x in y %}loop{% endfor %} and {{ ''.__class__ }}" in draft.body
    assert "{# comment #}" in draft.body


def test_header_injection_in_product_stays_on_one_line() -> None:
    draft = render_email(DraftFields(product="Phone\r\nBcc: x@y\u2028To: z@w"), "en")
    assert_clean_subject(draft)
    assert draft.subject == "[Inquiry] Phone Bcc: x@y To: z@w"


def test_control_characters_are_stripped_from_the_body() -> None:
    fields = DraftFields(
        details="line one\x00\x07\x1b[31m\r\nline two\ttabbed\u202e", name="Kim\x08"
    )
    body = render_email(fields, "en").body
    assert "line one[31m\nline two\ttabbed\n" in body
    assert "Kim\n" in body
    assert all(ch in "\n\t" or ord(ch) >= 0x20 for ch in body)
    assert "\u202e" not in body


def test_huge_korean_and_emoji_input() -> None:
    details = ("배송이 늦어지고 있어요 😡🙏 " * 700)[:10_000]
    draft = render_email(DraftFields(product="🎧" * 500, details=details), "ko")
    assert_clean_subject(draft)
    assert len(draft.subject) <= 150
    assert details.strip() in draft.body


def test_attachment_names_only_and_never_paths() -> None:
    fields = DraftFields(attachments=(Path("/tmp/a\nb.png"), Path("/srv/secret/plan.pdf")))
    body = render_email(fields, "ko").body
    assert "- a b.png\n- plan.pdf\n" in body
    assert "/srv" not in body


def test_surrogates_from_undecodable_arguments_do_not_crash() -> None:
    draft = render_email(DraftFields(product="bad\udcff name", details="x\udc80y"), "en")
    assert "\udcff" not in draft.subject
    draft.body.encode("utf-8")


any_text = st.text(max_size=300)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    product=any_text,
    details=any_text,
    order=any_text,
    name=any_text,
    lang=st.sampled_from(["ko", "en"]),
)
def test_any_input_renders_a_one_line_subject(
    product: str, details: str, order: str, name: str, lang: Lang
) -> None:
    fields = DraftFields(product=product, details=details, order_number=order, name=name)
    draft = render_email(fields, lang)
    assert_clean_subject(draft)
    assert draft.subject
    assert all(ch in "\n\t" or not (ord(ch) < 0x20 or ord(ch) == 0x7F) for ch in draft.body)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (dt.date(2026, 11, 18), dt.date(2026, 11, 23)),  # Wednesday: Thu, Fri, Mon
        (dt.date(2026, 11, 20), dt.date(2026, 11, 25)),  # Friday: the weekend does not count
        (dt.date(2026, 2, 13), dt.date(2026, 2, 23)),  # before 설날 (16–18 Feb)
        (dt.date(2026, 11, 21), dt.date(2026, 11, 25)),  # a Saturday counts from Monday
    ],
)
def test_reply_by_is_three_business_days_later(today: dt.date, expected: dt.date) -> None:
    assert default_reply_by(today, CALENDAR) == expected


def test_phone_is_written_the_way_korean_centers_read_it() -> None:
    draft = render_email(DraftFields(details="화면이 켜지지 않습니다", phone="01012345678"), "ko")
    assert "010-1234-5678" in draft.body
    kept = render_email(DraftFields(details="화면이 켜지지 않습니다", phone="저녁에만"), "ko")
    assert "저녁에만" in kept.body
