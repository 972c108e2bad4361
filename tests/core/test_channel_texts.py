"""The texts for every channel besides email: each in both languages from empty and full fields,
very long Korean details and emoji; the messenger message short and free of contact data; the
chat sheet; what `draft --channel ID --format text` prints."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from fallback_desktop.core.calendar.business import SEOUL
from fallback_desktop.core.domain.company_checks import make_address, make_channel, make_company
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing.channel_texts import (
    CHANNEL_TEXT_IDS,
    channel_text,
    chat_sheet,
    chat_sheet_text,
    messenger_text,
    webform_text,
)
from fallback_desktop.core.writing.fields import PURPOSES, DraftFields
from fallback_desktop.core.writing.messenger import MESSENGER_CHARS
from tests.shared import CALENDAR

NOW = dt.datetime(2026, 11, 16, 10, 30, tzinfo=SEOUL)
FULL = DraftFields(
    product="세탁기 WM-100",
    order_number="2026-1120-0001",
    incident_date=dt.date(2026, 11, 20),
    details="세탁기가 탈수 중에 자꾸 멈춥니다. 전원을 껐다 켜도 같습니다. 화면에 E4 오류가 떠요.",
    tried="11월 21일 오전에 두 번 전화했지만 연결되지 않았습니다.",
    resolution="새 제품으로 교환하거나 환불해 주세요.",
    reply_by=dt.date(2026, 11, 27),
    name="홍길동",
    phone="010-0000-1234",
    email="me@example.com",
    attachments=(Path("receipt.jpg"),),
)
LONG = FULL.replace(details=("세탁기가 탈수 중에 자꾸 멈춥니다 " * 400)[:5000])
EMOJI = FULL.replace(details="세탁기가 또 멈췄어요 😭🔥 정말 답답해요 🙏", product="세탁기 🧺")
CASES = {"empty": DraftFields(), "full": FULL, "long": LONG, "emoji": EMOJI}
CONTACT = ("홍길동", "010-0000-1234", "me@example.com")


def text_of(channel: str, fields: DraftFields, lang: Lang) -> str:
    return channel_text(channel, fields, lang, now=NOW, calendar=CALENDAR)


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("channel", CHANNEL_TEXT_IDS)
def test_every_channel_writes_a_text(channel: str, case: str, lang: Lang) -> None:
    written = text_of(channel, CASES[case], lang)
    assert written.strip()
    assert written.endswith("\n")
    assert "{" not in written  # every catalog field was filled
    if case != "empty" and channel in ("webform", "messenger", "sns", "chat"):
        assert "세탁기" in written
    if channel == "portal":
        assert 2 <= len(written.splitlines()) <= 5


def test_the_channels_are_the_contract_s() -> None:
    assert CHANNEL_TEXT_IDS == ("webform", "messenger", "sns", "chat", "portal", "phone")
    with pytest.raises(ValueError, match="email"):
        channel_text("email", FULL, "ko")


def test_sns_is_the_messenger_message() -> None:
    assert text_of("sns", FULL, "ko") == text_of("messenger", FULL, "ko")
    assert text_of("messenger", FULL, "en") == messenger_text(FULL, "en") + "\n"


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_the_messenger_message_is_short_and_carries_no_contact_data(case: str, lang: Lang) -> None:
    message = messenger_text(CASES[case], lang, purpose="refund")
    assert len(message) <= MESSENGER_CHARS
    for private in CONTACT:
        assert private not in message
    lines = message.splitlines()
    assert lines[0].startswith("안녕하세요." if lang == "ko" else "Hello.")
    assert lines[-1] == ("환불을 요청드립니다." if lang == "ko" else "I would like a refund.")


def test_the_messenger_message_has_the_problem_the_order_number_and_the_ask() -> None:
    message = messenger_text(FULL, "ko", purpose="repair")
    assert message.splitlines() == [
        "안녕하세요. 세탁기 WM-100 건으로 문의드립니다.",
        "세탁기가 탈수 중에 자꾸 멈춥니다. 전원을 껐다 켜도 같습니다.",
        "주문번호: 2026-1120-0001 · 발생일: 2026년 11월 20일",
        "원하는 해결: 새 제품으로 교환하거나 환불해 주세요.",
        "수리를 요청드립니다.",
    ]


def test_the_messenger_message_keeps_what_the_person_typed_emoji_too() -> None:
    assert "😭🔥" in messenger_text(EMOJI, "ko")
    typed = FULL.replace(details="제 번호 010-9999-0000로 연락 주세요.")
    assert "010-9999-0000" in messenger_text(typed, "ko")  # the window's scan finds it


def test_long_details_are_cut_at_a_word() -> None:
    line = messenger_text(LONG, "ko").splitlines()[1]
    assert line.endswith("…")
    assert line.startswith("세탁기가 탈수 중에")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_each_purpose_asks_for_its_own_thing(lang: Lang) -> None:
    asks = {p: messenger_text(FULL, lang, purpose=p).splitlines()[-1] for p in PURPOSES}
    requests = {p: webform_text(FULL, lang, purpose=p).text.splitlines()[0] for p in PURPOSES}
    assert len(set(asks.values())) == len(PURPOSES)
    assert len(set(requests.values())) == len(PURPOSES)
    if lang == "ko":
        expected = {"refund": "환불", "exchange": "교환", "repair": "수리", "cancel": "해지",
                    "delivery": "배송", "billing": "요금", "general": "확인"}  # fmt: skip
        for purpose, word in expected.items():
            assert word in asks[purpose], purpose


def test_the_chat_sheet_lists_what_to_have_ready() -> None:
    sheet = chat_sheet(FULL, "ko", purpose="refund")
    ready = dict(sheet.ready)
    assert list(ready) == [
        "주문번호", "제품", "구입일", "문제가 생긴 날",
        "무슨 일이 있었는지", "원하는 해결", "연락처",
    ]  # fmt: skip
    assert ready["주문번호"] == "2026-1120-0001"
    assert ready["구입일"] == ""  # missing: to look up before the chat
    assert ready["연락처"] == "홍길동 · 010-0000-1234 · me@example.com"
    assert ready["무슨 일이 있었는지"].startswith("세탁기가 탈수 중에 자꾸 멈춥니다.")
    assert "\n" not in sheet.opening
    assert sheet.opening.startswith("안녕하세요. 세탁기 WM-100(주문번호 2026-1120-0001) 건으로")
    assert sheet.opening.endswith("환불을 요청드립니다.")
    assert any("캡처" in tip for tip in sheet.tips)
    assert any("상담원 이름" in tip and "번호" in tip for tip in sheet.tips)


def test_the_chat_sheet_marks_what_is_missing_and_the_purpose_is_the_wish() -> None:
    sheet = chat_sheet(DraftFields(product="냉장고"), "en", purpose="exchange")
    ready = dict(sheet.ready)
    assert ready["Order number"] == ""
    assert ready["What you want"] == "Exchange request"
    written = chat_sheet_text(sheet, "en")
    assert written.splitlines()[0] == sheet.opening
    assert "- Order number: (missing: find it before the chat)" in written
    assert "save the conversation" in written


def test_the_web_form_prints_its_title_and_sets_notes_apart() -> None:
    written = channel_text("webform", LONG, "ko", limit=600, purpose="refund")
    head, notes = written.split("\n----\n")
    assert head.startswith("제목: [환불 요청] 세탁기 WM-100")
    assert "※ 자세한 내용을" in notes
    assert "※" not in head


def test_the_web_form_takes_the_company_s_cap() -> None:
    form = make_address("webform", "https://example.com/qna", max_chars=500)
    company = make_company("테스트카드", channels=[make_channel("webform", [form])])
    written = channel_text("webform", LONG, "ko", company=company)
    body = written.split("\n\n", 1)[1].split("\n----\n")[0].rstrip("\n")
    assert len(body) <= 500
    assert "----" in written
    assert channel_text("webform", FULL, "ko", company=company).count("----") == 0


def test_the_phone_sheet_without_a_company() -> None:
    written = text_of("phone", DraftFields(), "ko")
    assert written.startswith("전화번호: 아직 몰라요. 회사를 고르면 번호가 나와요.")
    assert "월: 09:00–10:00 보통" in written


def test_the_texts_load_no_template_engine_and_no_phone_library() -> None:
    """The window re-renders a channel's text on every keystroke."""
    script = (
        "import sys, datetime as dt\n"
        "from fallback_desktop.core.writing.fields import DraftFields\n"
        "from fallback_desktop.core.writing import channel_texts as c\n"
        "f = DraftFields(product='세탁기', details='멈춥니다. ' * 3000, order_number='A-1')\n"
        "c.webform_text(f, 'ko', limit=300, unit='euckr'); c.webform_title(f, 'ko')\n"
        "c.messenger_text(f, 'ko'); c.chat_sheet(f, 'ko'); c.portal_words(f, 'ko')\n"
        "print(sorted(m for m in ('jinja2', 'phonenumbers') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_a_purposes_own_facts_reach_the_web_form_and_the_chat_sheet() -> None:
    fields = DraftFields(
        product="전기밥솥",
        payment_date=dt.date(2026, 11, 20),
        amount="129,000원",
        payment_method="신용카드",
        order_date=dt.date(2026, 11, 19),
        in_warranty=True,
    )
    refund = webform_text(fields, "ko", purpose="refund").text
    assert "- 결제일: 2026년 11월 20일" in refund
    assert "- 결제·청구 금액: 129,000원" in refund
    assert "- 결제 수단: 신용카드" in refund
    general = webform_text(fields, "ko").text
    assert "129,000원" not in general  # a general inquiry does not ask for the payment
    repair = dict(chat_sheet(fields, "ko", purpose="repair").ready)
    assert repair["품질보증기간 안의 제품입니다"] == "✓"
    assert "주문·계약일" not in repair  # the purchase date row holds it already
