"""A company's facts as the person types them: numbers, addresses, names, sources and their age.

Phone numbers here are clearly fake (010-0000-xxxx), the article's sample, or the example
numbers libphonenumber's own metadata gives for each kind of Korean number.
"""

from __future__ import annotations

import datetime as dt

import phonenumbers
import pytest

from fallback_desktop.core.domain.address_checks import (
    parse_app,
    parse_email,
    parse_phone,
    parse_web,
)
from fallback_desktop.core.domain.company import UNKNOWN, Address, Fact, PhoneCost, name_key
from fallback_desktop.core.domain.company_checks import (
    make_address,
    make_channel,
    make_company,
    parse_day,
    settled_hours,
)
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.domain.hours import Hours
from fallback_desktop.core.text.catalog import render


def _example(kind: int) -> str:
    number = phonenumbers.example_number_for_type("KR", kind)
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))


def _problem(error: pytest.ExceptionInfo[InputError]) -> str:
    return error.value.message.key.removeprefix("company.problem.")


def test_the_article_number_is_stored_in_e164_shown_national_and_free() -> None:
    address = make_address("phone", "080 720 8000")
    assert address.value == "+82807208000"
    assert address.shown() == "080-720-8000"
    assert address.cost is PhoneCost.FREE
    assert parse_phone("tel:0807208000") == "+82807208000"


def test_15xx_numbers_are_marked_paid_and_ordinary_numbers_standard() -> None:
    paid = make_address("phone", _example(phonenumbers.PhoneNumberType.UAN))
    assert paid.cost is PhoneCost.PAID
    assert paid.value[3:5] in ("15", "16", "18")
    ordinary = make_address("phone", "010-0000-1234")
    assert ordinary.cost is PhoneCost.STANDARD
    assert ordinary.shown() == "010-0000-1234"
    assert "유료" in render(PhoneCost.PAID.words, "ko")
    assert "free" in render(PhoneCost.FREE.words, "en")


@pytest.mark.parametrize("typed", ["080-720-800", "12", "abc", "02-0000-0000", "", "+1 555"])
def test_numbers_that_cannot_be_dialled_are_refused(typed: str) -> None:
    with pytest.raises(InputError) as error:
        parse_phone(typed)
    assert _problem(error) in ("phone_invalid", "address_missing")


def test_the_ars_keys_are_kept_as_noted_and_only_on_a_phone() -> None:
    assert make_address("phone", "080-720-8000", ars="2 → 0 (상담원)").ars == "2 → 0 (상담원)"
    with pytest.raises(InputError) as error:
        make_address("email", "help@example.com", ars="0")
    assert _problem(error) == "ars_not_phone"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("https://pf.kakao.com/_abc", "https://pf.kakao.com/_abc"),
        ("pf.kakao.com/_abc", "https://pf.kakao.com/_abc"),
        ("HTTP://www.example.com/help", "HTTP://www.example.com/help"),
        ("www.example.com:8443/ask", "https://www.example.com:8443/ask"),
    ],
)
def test_web_addresses_take_http_or_https(typed: str, stored: str) -> None:
    assert parse_web(typed) == stored


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("javascript:alert(1)", "url_unsafe"),
        ("JavaScript:alert(1)", "url_unsafe"),
        ("file:///etc/passwd", "url_unsafe"),
        ("data:text/html,<b>x</b>", "url_unsafe"),
        ("vbscript:msgbox", "url_unsafe"),
        ("mailto:help@example.com", "url_wrong_kind"),
        ("tel:0807208000", "url_wrong_kind"),
        ("https://pf.kakao.com@evil.example/", "url_userinfo"),
        ("https://localhost/", "url_invalid"),
        ("https://exa mple.com/", "url_invalid"),
        ("java\tscript:alert(1)", "control_character"),
        ("https://www.example.com/\u202egnp.exe", "control_character"),
        ("https://www.example.com:x/", "url_invalid"),
    ],
)
def test_unsafe_or_misleading_web_addresses_are_refused(typed: str, problem: str) -> None:
    with pytest.raises(InputError) as error:
        make_address("chat", typed)
    assert _problem(error) == problem


def test_a_web_address_shows_its_host_first() -> None:
    assert make_address("messenger", "https://pf.kakao.com/_abc").host == "pf.kakao.com"
    assert make_address("phone", "080-720-8000").host == ""


def test_email_addresses_are_checked_and_normalized_like_email_validator() -> None:
    from email_validator import validate_email

    for typed in ["Help@Example.COM", "a.b+c@sub.example.co.kr", "도움@example.com"]:
        assert parse_email(typed) == validate_email(typed, check_deliverability=False).normalized
    assert parse_email("mailto:help@example.com?subject=x") == "help@example.com"
    for bad in ["help", "a@b", "a@@example.com", "a b@example.com", "a@example.test", "x@a-.com"]:
        with pytest.raises(InputError):
            parse_email(bad)


def test_an_app_is_its_store_page_or_its_name() -> None:
    assert parse_app("쿠쿠 앱") == "쿠쿠 앱"
    assert parse_app("play.google.com/store/apps/details?id=x") == (
        "https://play.google.com/store/apps/details?id=x"
    )
    with pytest.raises(InputError):
        parse_app("javascript:alert(1)")


def test_a_webform_keeps_its_length_cap_and_other_channels_refuse_one() -> None:
    assert (
        make_address("webform", "https://www.example.com/ask", max_chars="2,000").max_chars == 2000
    )
    for bad in ("0", "-1", "many", "1.5"):
        with pytest.raises(InputError):
            make_address("webform", "https://www.example.com/ask", max_chars=bad)
    with pytest.raises(InputError) as error:
        make_address("chat", "https://www.example.com/chat", max_chars=100)
    assert _problem(error) == "max_chars_not_webform"


def test_names_compare_without_width_case_or_spaces() -> None:
    assert name_key("Ｌ G 전자") == name_key("lg전자")
    company = make_company("쿠쿠", ["CUCKOO", " 쿠쿠전자 "])
    assert company.other_names == ("CUCKOO", "쿠쿠전자")
    for others in (["쿠 쿠"], ["A", "a"]):
        with pytest.raises(InputError) as error:
            make_company("쿠쿠", others)
        assert _problem(error) == "same_name_twice"
    for bad in ("", "   ", "a|b", "두 줄\n이름", "x" * 101):
        with pytest.raises(InputError):
            make_company(bad)


def test_channels_are_kept_in_the_app_order_once_each() -> None:
    email = make_channel("email", [make_address("email", "help@example.com")])
    phone = make_channel("Phone", [make_address("phone", "080-720-8000")])
    company = make_company("가나전자", channels=[email, phone])
    assert company.channel_ids == ("phone", "email")
    assert company.phone is not None
    assert company.phone.shown() == "080-720-8000"
    assert company.address("chat") is None
    assert company.hours == {}
    with pytest.raises(InputError):
        make_company("가나전자", channels=[email, email])
    with pytest.raises(InputError):
        make_channel("fax")
    twice = make_address("email", "help@example.com")
    with pytest.raises(InputError):
        make_channel("email", [twice, twice])


def test_hours_per_channel_are_what_the_ranking_reads() -> None:
    night = Hours.around_the_clock()
    chat = make_channel("chat", [make_address("chat", "https://www.example.com/chat")], night)
    company = make_company("가나전자", channels=[chat, make_channel("email")])
    assert company.hours == {"chat": night}


def test_facts_know_their_age_and_go_stale_after_a_year() -> None:
    today = dt.date(2026, 3, 11)
    assert UNKNOWN.is_stale(today)
    assert Fact("영수증", dt.date(2026, 3, 1)).age_days(today) == 10
    assert not Fact("영수증", dt.date(2025, 3, 11)).is_stale(today)
    assert Fact("영수증", dt.date(2025, 3, 10)).is_stale(today)


@pytest.mark.parametrize(
    ("typed", "day"),
    [("2025-03-11", dt.date(2025, 3, 11)), ("2025/3/11", dt.date(2025, 3, 11)),
     ("2025. 3. 11.", dt.date(2025, 3, 11)), ("", None)],
)  # fmt: skip
def test_verified_days_are_read_as_spreadsheets_write_them(typed: str, day: dt.date | None) -> None:
    assert parse_day(typed, "verified") == day


def test_a_verified_day_must_be_a_real_day_not_yet_to_come() -> None:
    today = dt.date(2026, 3, 11)
    for bad in ("2025-02-30", "yesterday", "11/03/2025"):
        with pytest.raises(InputError):
            parse_day(bad, "verified", today)
    with pytest.raises(InputError) as error:
        parse_day("2026-03-20", "verified", today)
    assert _problem(error) == "date_future"


def test_saturday_only_hours_are_kept_one_way() -> None:
    saturday_stretch = Hours(weekdays=frozenset(), saturday=(dt.time(9), dt.time(13)))
    as_weekday = Hours(frozenset({5}), dt.time(9), dt.time(13), lunch=None)
    assert settled_hours(saturday_stretch) == as_weekday
    assert settled_hours(as_weekday) == as_weekday


def test_an_address_knows_a_phone_from_a_name_that_starts_with_plus() -> None:
    assert not Address("+Plus 앱").is_phone
    assert Address("+82807208000").is_phone
