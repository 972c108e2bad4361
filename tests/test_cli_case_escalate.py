"""`case escalate` on the command line, as a person would use it once a company stopped answering:
the 1372 form's fields, the 한국소비자원 checklist with the timeline PDF, and the 내용증명 PDF
with how to send it — and what a missing file name or an unknown case gets."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from fallback_desktop.cli.main import main
from fallback_desktop.core.domain.case import SEOUL

Run = Callable[..., tuple[int, str, str]]
NOW = dt.datetime(2026, 11, 30, 10, 0, tzinfo=SEOUL)  # Monday, past the reply-by day


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    monkeypatch.setattr("fallback_desktop.session.seoul_now", lambda: NOW)

    def running(*args: str, lang: str = "ko") -> tuple[int, str, str]:
        status = main(["--lang", lang, "case", *args])
        out, err = capsys.readouterr()
        return status, out, err

    return running


@pytest.fixture
def overdue_case(run: Run) -> None:
    """Two failed calls and a web form, no reply by the day asked."""
    assert (
        run(
            "new",
            "--company",
            "가나전자",
            "--product",
            "세탁기 XY-100",
            "--purpose",
            "repair",
            "--order-number",
            "2026-1234",
            "--opened-on",
            "2026-11-20",
            "--reply-by",
            "2026-11-25",
            "--details",
            "세탁 중 물이 샙니다.",
            "--resolution",
            "무상 수리를 요구합니다.",
        )[0]
        == 0
    )
    for at, channel, outcome, extra in (
        ("2026-11-23T09:10+09:00", "phone", "no_answer", ()),
        ("2026-11-23T16:00+09:00", "phone", "busy", ()),
        ("2026-11-24T10:05+09:00", "webform", "no_answer", ("--reference", "A-118")),
    ):
        args = ("attempt", "1", "--channel", channel, "--outcome", outcome, "--at", at, *extra)
        assert run(*args)[0] == 0


def _pdftotext(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed (poppler-utils)")
    found = subprocess.run(
        [tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(found.stdout.split())


@pytest.mark.usefixtures("overdue_case")
def test_1372_prints_each_field_to_copy_and_the_phone_hours(run: Run) -> None:
    status, out, err = run("escalate", "1", "--to", "1372", "--company-phone", "080-000-0000")
    assert (status, err) == (0, "")
    assert "[사업자명]\n가나전자\n" in out
    assert "[사업자 전화번호]\n080-000-0000\n" in out
    assert "[사업자 주소]\n(직접 입력하세요)\n" in out
    assert "- 2026년 11월 24일(화) 10:05 1:1 문의: 응답 없음(접수번호 A-118)" in out
    assert "[요구 사항]\n무상 수리를 요구합니다.\n" in out
    assert "평일 09:00–18:00(점심 12:00–13:00 제외)" in out
    assert "www.ccn.go.kr" in out


@pytest.mark.usefixtures("overdue_case")
def test_kca_prints_the_checklist_and_writes_the_timeline_pdf(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "경과.pdf"
    status, out, _ = run("escalate", "1", "--to", "kca", "--output", str(path), lang="en")
    assert status == 0
    assert "[v] Record of contacts: the case timeline PDF (3 recorded)" in out
    assert str(path) in out
    text = _pdftotext(path)
    assert "Case timeline" in text
    assert "Tue 24 November 2026, 10:05, Web form (1:1 inquiry): no answer (reference A-118)" in (
        text
    )
    without = run("escalate", "1", "--to", "kca")
    assert without[0] == 0
    assert "--output" in without[1]


@pytest.mark.usefixtures("overdue_case")
def test_certified_mail_writes_the_letter_pdf_and_says_how_to_send_it_without_prices(
    run: Run, tmp_path: Path
) -> None:
    path = tmp_path / "letter.pdf"
    status, out, err = run(
        "escalate",
        "1",
        "--to",
        "certified-mail",
        "--output",
        str(path),
        "--name",
        "홍길동",
        "--address",
        "서울특별시 예시구 예시로 1",
        "--reply-by",
        "2026-12-07",
    )
    assert (status, err) == (0, "")
    assert path.read_bytes().startswith(b"%PDF-")
    assert "www.epost.go.kr" in out
    assert "받는 사람(회사) 주소" in out  # the company's address is still missing
    assert not re.search(r"\d[\d,]*\s*원", out)  # never a price
    text = _pdftotext(path)
    assert "수신인: 가나전자 대표자 귀하" in text
    assert "발신인: 홍길동 주소: 서울특별시 예시구 예시로 1" in text
    assert "2026년 11월 23일부터 아래와 같이 3차례 귀사에 연락하였으나" in text
    assert "2026년 12월 7일까지" in text


@pytest.mark.usefixtures("overdue_case")
def test_certified_mail_needs_a_file_and_bad_input_gets_one_sentence(
    run: Run, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "ko", "case", "escalate", "1", "--to", "certified-mail"])
    assert exit_.value.code == 2
    assert "--output" in capsys.readouterr().err
    path = tmp_path / "letter.pdf"
    for args in (
        ("escalate", "7", "--to", "1372"),
        (
            "escalate",
            "1",
            "--to",
            "certified-mail",
            "--output",
            str(path),
            "--reply-by",
            "2026-11-01",
        ),
    ):
        status, out, err = run(*args)
        assert (status, out) == (1, "")
        assert len(err.splitlines()) == 1, err
    assert not path.exists()
