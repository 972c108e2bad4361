"""The web form's text: the letter's facts fitted to a board's cap in characters or bytes, the
least important parts cut first, and every cut said in words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fallback_desktop.core.text.catalog import render
from fallback_desktop.core.writing.fields import DraftFields
from fallback_desktop.core.writing.webform import (
    FLOOR_CHARS,
    UNITS,
    FittedText,
    fit_prefix,
    measure,
    webform_text,
    webform_title,
)

FULL = DraftFields(
    product="세탁기 WM-100",
    order_number="2026-1120-0001",
    incident_date=dt.date(2026, 11, 20),
    details="세탁기가 탈수 중에 자꾸 멈춥니다. 전원을 껐다 켜도 같습니다.\n화면에 E4 오류가 떠요.",
    tried="11월 21일 오전에 두 번 전화했지만 연결되지 않았습니다.",
    resolution="새 제품으로 교환하거나 환불해 주세요.",
    reply_by=dt.date(2026, 11, 27),
    name="홍길동",
    phone="010-0000-1234",
    email="me@example.com",
    attachments=(Path("receipt.jpg"), Path("photo.png")),
)
LONG_DETAILS = "".join(f"{n}번째 문장에서 세탁기가 또 멈췄습니다. " for n in range(1, 400))[:5000]


def keys(fitted: FittedText) -> list[str]:
    return [note.key for note in fitted.shortened]


def length(fitted: FittedText) -> int:
    counts = {"chars": fitted.chars, "utf8": fitted.utf8_bytes, "euckr": fitted.euckr_bytes}
    value = counts[fitted.unit]
    assert value is not None
    return value


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_without_a_cap_every_fact_is_there_in_order(lang: str) -> None:
    fitted = webform_text(FULL, lang, purpose="refund")  # type: ignore[arg-type]
    body = fitted.text
    assert fitted.fits
    assert fitted.shortened == ()
    assert fitted.limit is None
    order = [
        "2026-1120-0001",
        "E4 오류",
        "새 제품으로",
        "11월 21일 오전",
        "010-0000-1234",
        "receipt.jpg",
    ]
    positions = [body.index(part) for part in order]
    assert positions == sorted(positions)
    assert "Dear" not in body
    assert "담당자님께" not in body
    request = "환불을 요청드립니다" if lang == "ko" else "refund"
    assert request in body.splitlines()[0]


def test_the_counts_describe_the_text() -> None:
    fitted = webform_text(FULL, "ko")
    assert fitted.chars == len(fitted.text)
    assert fitted.utf8_bytes == len(fitted.text.encode("utf-8"))
    assert fitted.euckr_bytes == len(fitted.text.encode("cp949"))
    assert fitted.utf8_bytes > fitted.euckr_bytes > fitted.chars  # Hangul: 3 bytes, 2 bytes


@pytest.mark.parametrize("purpose", ["refund", "exchange", "repair", "cancel", "delivery"])
def test_the_first_line_says_what_is_asked(purpose: str) -> None:
    words = {"refund": "환불", "exchange": "교환", "repair": "수리", "cancel": "해지"}
    first = webform_text(FULL, "ko", purpose=purpose).text.splitlines()[0]
    assert words.get(purpose, "배송") in first


def test_an_unknown_purpose_reads_as_a_general_inquiry() -> None:
    assert webform_text(FULL, "ko", purpose="x").text == webform_text(FULL, "ko").text


def test_the_least_important_parts_go_first() -> None:
    whole = webform_text(FULL, "ko")
    just_short = webform_text(FULL, "ko", limit=whole.chars - 1)
    assert just_short.fits
    assert keys(just_short) == ["channel_text.cut.attachments"]
    assert "receipt.jpg" not in just_short.text
    assert "E4" in just_short.text
    without_tried = len(webform_text(FULL.replace(attachments=(), tried=""), "ko").text)
    fitted = webform_text(FULL, "ko", limit=without_tried)
    assert keys(fitted) == ["channel_text.cut.attachments", "channel_text.cut.tried"]
    assert "2026년 11월 27일" in fitted.text  # the reply-by date outlasts the attempts


def test_the_details_are_cut_at_a_sentence_with_an_ellipsis() -> None:
    fields = FULL.replace(details=LONG_DETAILS)
    fitted = webform_text(fields, "ko", limit=1000)
    assert fitted.fits
    assert fitted.chars <= 1000
    assert "멈췄습니다. …" in fitted.text
    note = fitted.shortened[-1]
    assert note.key == "channel_text.cut.details"
    assert note.get("total") == len(LONG_DETAILS)
    assert "5000자" in render(note, "ko")
    assert "5000 characters" in render(note, "en")
    for kept in ("2026-1120-0001", "세탁기 WM-100", "2026년 11월 20일", "010-0000-1234"):
        assert kept in fitted.text  # the essentials stay
    assert "새 제품으로 교환" in fitted.text  # what is asked outlasts the details


@pytest.mark.parametrize("unit", UNITS)
def test_each_unit_counts_its_own_way(unit: str) -> None:
    fields = FULL.replace(details=LONG_DETAILS)
    fitted = webform_text(fields, "ko", limit=2000, unit=unit)
    assert fitted.fits
    assert fitted.unit == unit
    assert length(fitted) <= 2000
    cuts = {u: len(webform_text(fields, "ko", limit=2000, unit=u).text) for u in UNITS}
    assert cuts["chars"] > cuts["euckr"] > cuts["utf8"]  # Hangul costs 1, 2, 3


def test_a_cap_below_the_essentials_does_not_fit_and_says_so() -> None:
    fitted = webform_text(FULL.replace(details=LONG_DETAILS), "ko", limit=100, unit="utf8")
    assert not fitted.fits
    note = fitted.shortened[-1]
    assert note.key == "channel_text.webform.too_small"
    assert note.get("limit") == 100
    assert note.get("needed") == fitted.utf8_bytes > 100
    assert "100바이트(UTF-8)까지만" in render(note, "ko")
    assert "channel_text.cut.details" in keys(fitted)


def test_a_character_euc_kr_cannot_write_is_named() -> None:
    fields = FULL.replace(details="세탁기가 멈췄어요 😢 정말요 ☕")
    euckr = webform_text(fields, "ko", limit=2000, unit="euckr")
    assert euckr.euckr_bytes is None
    assert not euckr.fits
    note = euckr.shortened[-1]
    assert note.key == "channel_text.webform.not_euckr"
    assert "😢" in render(note, "ko")
    assert "☕" in render(note, "en")
    chars = webform_text(fields, "ko", limit=2000, unit="chars")
    assert chars.fits
    assert chars.euckr_bytes is None
    assert chars.shortened == ()


def test_without_a_cap_an_euc_kr_board_still_hears_about_the_character() -> None:
    fitted = webform_text(DraftFields(details="😀"), "en", unit="euckr")
    assert not fitted.fits
    assert keys(fitted) == ["channel_text.webform.not_euckr"]


def test_our_own_words_are_all_euc_kr() -> None:
    for lang in ("ko", "en"):
        for purpose in ("refund", "exchange", "repair", "cancel", "delivery", "billing", "general"):
            fitted = webform_text(FULL, lang, purpose=purpose)
            assert fitted.euckr_bytes is not None, (lang, purpose)


@pytest.mark.parametrize(("limit", "unit"), [(0, "chars"), (-5, "utf8"), (10, "bytes")])
def test_a_cap_must_make_sense(limit: int, unit: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 (the message is for developers)
        webform_text(FULL, "ko", limit=limit, unit=unit)


def test_an_empty_letter_is_just_the_request() -> None:
    for lang in ("ko", "en"):
        fitted = webform_text(DraftFields(), lang)
        assert fitted.text.count("\n") == 0
        assert fitted.text
        assert fitted.fits


def test_fit_prefix_prefers_a_sentence_then_a_word_then_the_floor() -> None:
    text = "첫 문장은 여기서 끝납니다. 두 번째 문장도 있습니다. 세 번째 문장입니다."
    two = "첫 문장은 여기서 끝납니다. 두 번째 문장도 있습니다. …"
    assert fit_prefix(text, lambda v: len(v) <= len(text) - 1) == (two, True)
    assert fit_prefix(text, lambda v: len(v) <= 10) == ("첫 문장은 여기서 끝납니다. …", False)
    run_on = "가나다 " * 60
    cut, ok = fit_prefix(run_on, lambda v: len(v) <= 100)
    assert ok
    assert cut.endswith("…")
    assert not cut.endswith(" …")
    assert len(cut) <= 100
    floor, ok = fit_prefix(run_on, lambda v: len(v) <= 5)
    assert not ok
    assert len(floor) <= FLOOR_CHARS


def test_the_title_is_short_and_names_the_purpose() -> None:
    title = webform_title(FULL.replace(details=LONG_DETAILS), "ko", purpose="repair")
    assert title.startswith("[수리 요청] 세탁기 WM-100")
    assert len(title) <= 50
    assert webform_title(DraftFields(order_number="A-1"), "en") == "[Inquiry] Order no. A-1"
    assert webform_title(DraftFields(), "ko", purpose="billing") == "[요금·청구 확인] 고객 문의"
    assert "010-0000-1234" not in webform_title(FULL, "ko")


TEXTS = st.lists(
    st.sampled_from([*"가나다라 마바사.\n😀abcé!?", "세탁기가 ", "멈춥니다. "]), max_size=150
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    details=TEXTS,
    tried=TEXTS,
    resolution=TEXTS,
    limit=st.integers(min_value=1, max_value=1500),
    unit=st.sampled_from(UNITS),
)
def test_a_fitting_text_never_exceeds_the_cap_and_no_cut_is_silent(
    details: str, tried: str, resolution: str, limit: int, unit: str
) -> None:
    fields = FULL.replace(details=details, tried=tried, resolution=resolution)
    whole = webform_text(fields, "ko", unit=unit)
    fitted = webform_text(fields, "ko", limit=limit, unit=unit)
    if fitted.fits:
        assert measure(fitted.text, unit) <= limit
        if unit == "euckr":
            assert fitted.euckr_bytes is not None
            assert fitted.euckr_bytes <= limit
    if fitted.text != whole.text:
        assert fitted.shortened
    if measure(whole.text, unit) <= limit and whole.fits:
        assert fitted.text == whole.text
        assert fitted.fits
