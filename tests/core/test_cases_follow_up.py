"""The follow-up: every earlier attempt cited by date, channel and reference number, the new
reply-by day and what happens without a reply — as an email, a web-form text and a messenger
message, in Korean and English."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from fallback_desktop.core.domain.case import (
    SEOUL,
    Attempt,
    Case,
    CaseRecord,
    make_attempt,
    make_case,
)
from fallback_desktop.core.writing.follow_up import follow_up

TODAY = dt.date(2026, 11, 30)
NOW = dt.datetime(2026, 11, 30, 10, 0, tzinfo=SEOUL)
NEW_REPLY_BY = dt.date(2026, 12, 3)
CONTACT = {"name": "홍길동", "phone": "010-0000-1234", "email": "me@example.com"}


def _case() -> Case:
    case = make_case(
        company="가나전자",
        product="세탁기 XY-100",
        order_number="2026-1234",
        purpose="repair",
        happened="탈수 중 큰 소음이 난 뒤 멈췄습니다. 다시 켜도 돌아가지 않습니다.",
        wanted="방문 수리를 요청드립니다.",
        incident_date=dt.date(2026, 11, 20),
        opened_on=dt.date(2026, 11, 23),
        reply_by=dt.date(2026, 11, 27),
        today=TODAY,
    )
    return replace(case, id=3)


def _at(day: int, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=SEOUL)


def _attempt(case: Case, channel: str, at: dt.datetime, outcome: str, **more: object) -> Attempt:
    return make_attempt(case, channel=channel, at=at, outcome=outcome, now=NOW, **more)  # type: ignore[arg-type]


def _record() -> CaseRecord:
    """Two calls that did not connect and a web form with no answer."""
    case = _case()
    return CaseRecord(
        case,
        (
            _attempt(
                case,
                "phone",
                _at(23, 9, 10),
                "no_answer",
                wait_seconds=740,
                notes="내 메모: 화가 남",
            ),
            _attempt(case, "phone", _at(23, 12, 40), "busy"),
            _attempt(case, "webform", _at(24, 10, 5), "no_answer", reference="A-2026-118"),
        ),
    )


def test_the_korean_email_cites_every_attempt_and_says_what_comes_next() -> None:
    letter = follow_up(_record(), "email", "ko", reply_by=NEW_REPLY_BY, today=TODAY, **CONTACT)
    assert letter.subject == "[재문의] 세탁기 XY-100 (주문번호 2026-1234)"
    body = letter.body
    assert body.startswith("가나전자 고객센터 담당자님께\n\n안녕하세요.\n")
    assert "3차례 연락드리며 2026년 11월 27일까지 답변을 요청드렸으나" in body
    assert "1. 2026년 11월 23일(월) 09:10 전화: 응답 없음(12분 대기)" in body
    assert "2. 2026년 11월 23일(월) 12:40 전화: 통화 중이라 연결되지 않음" in body
    assert "3. 2026년 11월 24일(화) 10:05 1:1 문의: 응답 없음(접수번호 A-2026-118)" in body
    assert (
        "2026년 12월 3일까지 답변해 주시기 바랍니다. 이때까지 답변이 없으면 "
        "1372 소비자상담센터에 상담을 신청하겠습니다." in body
    )
    assert "방문 수리를 요청드립니다." in body
    assert "- 전화: 010-0000-1234" in body
    assert body.rstrip().endswith("홍길동 드림")
    assert "메모" not in body  # the person's own notes stay theirs


def test_the_english_email_says_the_same() -> None:
    letter = follow_up(_record(), "email", "en", reply_by=NEW_REPLY_BY, today=TODAY, **CONTACT)
    assert letter.subject == "[Follow-up] 세탁기 XY-100 (order no. 2026-1234)"
    body = letter.body
    assert body.startswith("Dear 가나전자 customer service team,\n\nSince 23 November 2026")
    assert (
        "Tue 24 November 2026, 10:05, Web form (1:1 inquiry): no answer (reference A-2026-118)"
        in body
    )
    assert "Mon 23 November 2026, 09:10, Phone: no answer (waited 12 min)" in body
    assert "Please reply by 3 December 2026." in body
    assert "1372 Consumer Counseling Center" in body
    assert body.rstrip().endswith("Kind regards,\n홍길동")


def test_the_web_form_text_is_short_and_fits_a_korean_form() -> None:
    case = _case()
    many = tuple(_attempt(case, "phone", _at(23 + i // 3, 9 + i, 0), "no_answer") for i in range(8))
    record = CaseRecord(
        case, (*many, _attempt(case, "webform", _at(27, 10, 0), "no_answer", reference="B-7"))
    )
    letter = follow_up(record, "webform", "ko", reply_by=NEW_REPLY_BY, today=TODAY, **CONTACT)
    assert letter.subject.startswith("[재문의]")
    body = letter.body
    body.encode("cp949")  # what Korean web forms (EUC-KR family) accept
    assert "그 전의 연락 3회는 생략합니다" in body
    assert body.count("전화: 응답 없음") == 5
    assert "11월 27일 10:00 1:1 문의: 응답 없음(접수번호 B-7)" in body
    assert "이때까지 답변이 없으면 1372 소비자상담센터에 상담을 신청하겠습니다." in body
    assert len(body) < 1000


def test_the_messenger_message_is_a_few_sentences_without_contact_details() -> None:
    message = follow_up(_record(), "messenger", "ko", reply_by=NEW_REPLY_BY, today=TODAY, **CONTACT)
    assert message.subject == ""
    assert message.body == (
        "안녕하세요. 세탁기 XY-100 (주문번호 2026-1234) 건으로 11월 23일부터 연락드렸으나"
        "(전화 2회, 1:1 문의 1회) 아직 답변을 받지 못했습니다. 접수번호는 A-2026-118입니다. "
        "2026년 12월 3일까지 답변해 주시기 바랍니다. "
        "이때까지 답변이 없으면 1372 소비자상담센터에 상담을 신청하겠습니다.\n"
    )
    for private in CONTACT.values():
        assert private not in message.body


def test_the_opening_tells_what_came_of_the_attempts() -> None:
    case = _case()

    def opening(*attempts: Attempt, lang: str = "ko") -> str:
        letter = follow_up(
            CaseRecord(case, attempts), "email", lang, reply_by=NEW_REPLY_BY, today=TODAY
        )  # type: ignore[arg-type]
        return letter.body.splitlines()[3 if lang == "ko" else 2]

    assert opening() == "앞서 문의드린 아래 건에 대해 아직 답변을 받지 못해 다시 문의드립니다."
    promised = _attempt(case, "phone", _at(25, 14, 0), "callback_promised", agent="김민수")
    assert opening(promised) == (
        "2026년 11월 25일(수) 14:00에 다시 연락 주시기로 하셨으나 "
        "아직 연락을 받지 못해 다시 문의드립니다."
    )
    answered = _attempt(case, "email", _at(24, 9, 0), "answered")
    assert opening(answered, promised).startswith("아래 건으로 답변은 받았으나 아직 해결되지 않아")
    once = _attempt(case, "email", _at(24, 9, 0), "no_answer")
    assert opening(once, lang="en").startswith("I contacted you on 24 November 2026")
    not_yet_due = replace(case, reply_by=NEW_REPLY_BY)
    letter = follow_up(
        CaseRecord(not_yet_due, (once,)), "email", "ko", reply_by=NEW_REPLY_BY, today=TODAY
    )
    assert "2026년 11월 24일에 아래와 같이 연락드렸으나 아직 답변을 받지 못해" in letter.body
    assert "요청드렸으나" not in letter.body  # the day asked for has not passed: not claimed
