"""The escalation ladder's documents read back as a person and the post office would: the
내용증명's words, its PDF opened with poppler (text, embedded font, A4, every word inside
인터넷우체국's margins), the 한국소비자원 timeline and checklist, and the 1372 form's fields."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from fallback_desktop.core.domain.case import SEOUL, Case, CaseRecord, make_attempt, make_case
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.handoff import pdf
from fallback_desktop.core.writing.certified_letter import (
    CertifiedLetter,
    Sender,
    certified_letter,
)
from fallback_desktop.core.writing.escalation import (
    ccn_fields,
    ccn_hours,
    kca_checklist,
    timeline_lines,
    timeline_pdf,
)

TODAY = dt.date(2026, 11, 30)
NOW = dt.datetime(2026, 11, 30, 12, 0, tzinfo=SEOUL)
MM = 72 / 25.4  # points per millimetre
A4_PT = (595.28, 841.89)


def _record(happened: str = "세탁 중 물이 새고 전원이 꺼집니다.") -> CaseRecord:
    case = make_case(
        company="가나전자",
        reply_by=dt.date(2026, 11, 25),
        today=TODAY,
        opened_on=dt.date(2026, 11, 20),
        purpose="repair",
        product="세탁기 XY-100",
        order_number="2026-1234",
        happened=happened,
        wanted="무상 수리 또는 같은 제품으로 교환해 주시기 바랍니다.",
        incident_date=dt.date(2026, 11, 20),
        delivered_on=dt.date(2026, 11, 18),
        id=1,
    )
    attempts = (
        make_attempt(
            case,
            channel="phone",
            at=dt.datetime(2026, 11, 23, 9, 10, tzinfo=SEOUL),
            outcome="no_answer",
            now=NOW,
            wait_seconds=750,
        ),
        make_attempt(
            case,
            channel="phone",
            at=dt.datetime(2026, 11, 23, 16, 0, tzinfo=SEOUL),
            outcome="busy",
            now=NOW,
            notes="혼자 보는 메모",
        ),
        make_attempt(
            case,
            channel="webform",
            at=dt.datetime(2026, 11, 24, 10, 5, tzinfo=SEOUL),
            outcome="no_answer",
            now=NOW,
            reference="A-118",
        ),
    )
    return CaseRecord(case, attempts)


SENDER = Sender("홍길동", "서울특별시 예시구 예시로 1", "010-0000-1234")


def _letter(record: CaseRecord | None = None) -> CertifiedLetter:
    return certified_letter(
        record or _record(),
        "ko",
        sender=SENDER,
        reply_by=dt.date(2026, 12, 7),
        today=TODAY,
        company_address="서울특별시 예시구 예시로 2",
    )


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (poppler-utils)")
    return found


def _run(*args: str) -> str:
    return subprocess.run(
        [_tool(args[0]), *args[1:]], capture_output=True, text=True, check=True, timeout=60
    ).stdout


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_korean_letter_cites_every_attempt_and_demands_a_dated_answer() -> None:
    letter = certified_letter(
        _record(),
        "ko",
        sender=SENDER,
        reply_by=dt.date(2026, 12, 7),
        today=TODAY,
        company_address="서울특별시 예시구 예시로 2",
    )
    words = letter.text
    assert words.startswith("내 용 증 명\n")
    assert "수신인: 가나전자 대표자 귀하\n주소: 서울특별시 예시구 예시로 2" in words
    assert "발신인: 홍길동\n주소: 서울특별시 예시구 예시로 1\n연락처: 010-0000-1234" in words
    assert "제목: 세탁기 XY-100 (주문번호 2026-1234)에 관한 수리 요청" in words
    assert "2026년 11월 23일부터 아래와 같이 3차례 귀사에 연락하였으나" in words
    assert "1) 2026년 11월 23일(월) 09:10 전화: 응답 없음(12분 대기)" in words
    assert "3) 2026년 11월 24일(화) 10:05 1:1 문의: 응답 없음(접수번호 A-118)" in words
    assert "무상 수리 또는 같은 제품으로 교환해 주시기 바랍니다." in words
    assert "2026년 12월 7일까지 위 요구에 대한 답변을 서면으로" in words
    assert "1372 소비자상담센터" in words
    assert words.rstrip().endswith("2026년 11월 30일\n발신인 홍길동 (인)")
    assert "혼자 보는 메모" not in words  # the person's own notes stay out
    assert letter.missing == ()


def test_the_english_letter_and_what_a_letter_still_lacks() -> None:
    letter = certified_letter(
        _record(), "en", sender=Sender(), reply_by=dt.date(2026, 12, 7), today=TODAY
    )
    words = letter.text
    assert words.startswith("CERTIFIED LETTER (내용증명)\n")
    assert "To: 가나전자, for the attention of its representative" in words
    assert (
        "3) Tue 24 November 2026, 10:05, Web form (1:1 inquiry): no answer (reference A-118)"
        in (words)
    )
    assert "Please answer this request in writing by 7 December 2026." in words
    assert letter.missing == ("name", "address", "company_address")
    assert "From: __________" in words


def test_the_letter_pdf_is_a4_with_the_font_embedded_and_its_korean_text_readable(
    tmp_path: Path,
) -> None:
    path = tmp_path / "letter.pdf"
    path.write_bytes(_letter().pdf())
    info = _run("pdfinfo", str(path))
    assert re.search(r"Page size:\s+595\.2\d x 841\.8\d pts \(A4\)", info), info
    fonts = _run("pdffonts", str(path)).splitlines()[2:]
    assert fonts
    for line in fonts:
        emb, _sub, uni = line.split()[-5:-2]
        assert (emb, uni) == ("yes", "yes"), line
    text = _flat(_run("pdftotext", "-enc", "UTF-8", str(path), "-"))
    assert text.startswith("내용증명 ") or text.startswith("내 용 증 명 ")
    assert "수신인: 가나전자 대표자 귀하" in text
    assert "응답 없음(접수번호 A-118)" in text
    assert "2026년 12월 7일까지 위 요구에 대한 답변을 서면으로 보내 주시기 바랍니다." in text


def _words_outside_margins(path: Path) -> tuple[int, list[str]]:
    """How many words the PDF has, and those that reach into 인터넷우체국's margins."""
    html = _run("pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-")
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S)
    least = pdf.POST_OFFICE_MARGINS_MM
    outside, count = [], 0
    for width, height, body in pages:
        assert (float(width), float(height)) == pytest.approx(A4_PT, abs=0.05)
        for box in re.finditer(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', body
        ):
            x0, y0, x1, y1 = (float(v) for v in box.groups()[:4])
            count += 1
            if (
                x0 < least["left"] * MM
                or y0 < least["top"] * MM
                or x1 > float(width) - least["right"] * MM
                or y1 > float(height) - least["bottom"] * MM
            ):
                outside.append(box.group(5))
    return count, outside


def test_every_word_of_a_long_letter_stays_inside_the_post_offices_margins(
    tmp_path: Path,
) -> None:
    # Several pages, words too long for a line, and a page break in the middle of a paragraph.
    happened = "\n".join(
        [f"{n}번째 날에도 같은 문제가 되풀이되었습니다. " * 6 for n in range(1, 25)]
        + ["가" * 300, "https://example.com/" + "x" * 200]
    )
    path = tmp_path / "long.pdf"
    path.write_bytes(_letter(_record(happened)).pdf())
    pages = int(re.findall(r"Pages:\s+(\d+)", _run("pdfinfo", str(path)))[0])
    assert pages >= 3
    count, outside = _words_outside_margins(path)
    assert count > 500
    assert outside == []
    # No page numbers or footers: no page ends with a bare number.
    for page in _run("pdftotext", "-enc", "UTF-8", str(path), "-").split("\f"):
        lines = [line for line in page.splitlines() if line.strip()]
        assert not lines or not re.fullmatch(r"\W*\d+\W*(/\s*\d+)?\W*", lines[-1]), lines[-1]


def test_a_pdf_past_the_post_offices_page_limit_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pdf, "MAX_PAGES", 1)
    blocks = [pdf.Block("긴 문단입니다. " * 200)] * 3
    with pytest.raises(InputError) as error:
        pdf.document_pdf(blocks, title="t")
    assert "1쪽" in error.value.text("ko")


def test_text_beyond_the_bundled_font_takes_the_systems(tmp_path: Path) -> None:
    bundled = pdf.resource(*pdf.BUNDLED_FONT)
    assert pdf.font_for(["내용증명 A-118 (주문번호) ■ ·–"]) == pdf.FontFile(bundled)
    assert pdf.font_for(["똠방각하"]) == pdf.hangul_font()  # 똠 is not in KS X 1001
    assert pdf.font_for(["貴下"]) == pdf.hangul_font()
    path = tmp_path / "rare.pdf"
    path.write_bytes(pdf.document_pdf([pdf.Block("똠방각하 귀하")], title="t"))
    assert "똠방각하 귀하" in _run("pdftotext", "-enc", "UTF-8", str(path), "-")


def test_no_hangul_font_is_said_in_one_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "hangul_font", lambda: None)
    with pytest.raises(InputError) as error:
        pdf.document_pdf([pdf.Block("똠")], title="t")
    assert "fonts-noto-cjk" in error.value.text("ko")


def test_the_timeline_lists_days_and_attempts_in_order_without_notes(tmp_path: Path) -> None:
    lines = timeline_lines(_record(), "ko")
    assert lines == [
        "2026년 11월 18일(수)  제품을 받음",
        "2026년 11월 20일(금)  문제가 생기거나 발견됨",
        "2026년 11월 20일(금)  문의 기록을 시작함",
        "2026년 11월 23일(월) 09:10 전화: 응답 없음(12분 대기)",
        "2026년 11월 23일(월) 16:00 전화: 통화 중이라 연결되지 않음",
        "2026년 11월 24일(화) 10:05 1:1 문의: 응답 없음(접수번호 A-118)",
        "2026년 11월 25일(수)  사업자에게 요청한 답변 기한",
    ]
    path = tmp_path / "timeline.pdf"
    path.write_bytes(timeline_pdf(_record(), "ko", today=TODAY))
    text = _flat(_run("pdftotext", "-enc", "UTF-8", str(path), "-"))
    assert "사건 경과 기록" in text
    assert "현재 상태: 답변 기한 지남" in text
    assert "응답 없음(접수번호 A-118)" in text
    assert "혼자 보는 메모" not in text
    assert _words_outside_margins(path)[1] == []


def test_the_kca_checklist_marks_what_the_case_already_holds() -> None:
    lines = kca_checklist(_record(), "ko")
    assert lines[0] == "한국소비자원 피해구제 신청 준비"
    assert "1372 상담을 거친 뒤" in lines[2]
    assert "[v] 사업자 이름: 가나전자" in lines
    assert "[ ] 사업자 연락처와 주소" in lines
    assert "[v] 피해 종류(수리)와 자세한 경위" in lines
    assert "[ ] 영수증·계약서·주문 내역 (주문번호 2026-1234)" in lines
    assert "[v] 연락 기록: 사건 경과 기록 PDF (연락 3회)" in lines
    assert any("소비자기본법" in line for line in lines)  # the process carries its source
    bare = CaseRecord(Case(company="다라상사", opened_on=TODAY, reply_by=TODAY))
    marks = kca_checklist(bare, "en")
    assert "[ ] Record of contacts: the case timeline PDF (0 recorded)" in marks
    assert any(line.startswith("[ ] What you want") for line in marks)


def test_the_1372_fields_are_filled_from_the_case_in_the_forms_order() -> None:
    fields = ccn_fields(_record(), "ko", company_phone="080-000-0000")
    values = {field.label: field.value for field in fields}
    assert [field.id for field in fields][:3] == ["title", "company", "company_phone"]
    assert values["상담 제목"] == "세탁기 XY-100 (주문번호 2026-1234) 수리 관련 상담"
    assert values["사업자명"] == "가나전자"
    assert values["사업자 전화번호"] == "080-000-0000"
    assert values["사업자 주소"] == ""
    assert values["피해 발생일"] == "2026년 11월 20일"
    assert (
        "- 2026년 11월 24일(화) 10:05 1:1 문의: 응답 없음(접수번호 A-118)" in (values["상담 내용"])
    )
    assert "혼자 보는 메모" not in values["상담 내용"]
    assert values["요구 사항"].startswith("무상 수리")
    assert "평일 09:00–18:00" in ccn_hours("ko")
    assert "12:00–13:00" in ccn_hours("en")


def test_the_bundled_font_holds_what_it_claims_and_ships_its_licence() -> None:
    from fontTools import ttLib

    path = pdf.resource(*pdf.BUNDLED_FONT)
    with ttLib.TTFont(path, lazy=True) as font:
        cmap = font.getBestCmap()
    claimed = {code for code in range(0x10000) if pdf.bundled_covers(code)}
    syllables = {code for code in claimed if 0xAC00 <= code <= 0xD7A3}
    assert len(syllables) == 2350  # KS X 1001's Hangul syllables
    assert syllables | {ord(c) for c in "AZaz09()[]-:·■"} <= set(cmap)
    assert not pdf.bundled_covers(ord("똠"))
    assert "SIL OPEN FONT LICENSE Version 1.1" in pdf.resource("fonts", "OFL.txt").read_text(
        "utf-8"
    )
