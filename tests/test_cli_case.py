"""`case` on the command line, followed as a person would: a case, two failed calls, a web form,
no reply by the day asked, the overdue list, a follow-up and the reminders — and what bad input
gets (exit status 1, one sentence on stderr, nothing printed or stored)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import vobject

from fallback_desktop import paths
from fallback_desktop.cli.main import main
from fallback_desktop.core.domain.case import SEOUL
from fallback_desktop.core.store.cases import DATABASE_NAME, CaseStore

Run = Callable[..., tuple[int, str, str]]
START = dt.datetime(2026, 11, 23, 9, 0, tzinfo=SEOUL)  # Monday


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[dt.datetime]:
    """The session's clock, which a test moves on by changing now[0]."""
    now = [START]
    monkeypatch.setattr("fallback_desktop.session.seoul_now", lambda: now[0])
    return now


@pytest.fixture
def run(clock: list[dt.datetime], capsys: pytest.CaptureFixture[str]) -> Run:
    def running(*args: str, lang: str = "ko") -> tuple[int, str, str]:
        status = main(["--lang", lang, "case", *args])
        out, err = capsys.readouterr()
        return status, out, err

    return running


def _bad_input(result: tuple[int, str, str]) -> str:
    status, out, err = result
    assert status == 1
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def _stored_attempts() -> int:
    store = CaseStore.open(paths.data_dir() / DATABASE_NAME)
    try:
        return sum(line.attempt_count for line in store.listed())
    finally:
        store.close()


def test_a_case_followed_end_to_end(run: Run, clock: list[dt.datetime]) -> None:
    status, out, _ = run(
        "new", "--company", "쿠쿠", "--product", "밥솥 CRP-1", "--purpose", "repair",
        "--order-number", "2026-1234", "--details", "취사 중 E5 오류가 뜹니다.",
        "--resolution", "무상 수리를 원합니다.", "--incident-date", "2026-11-20",
        "--delivered-on", "2026-11-18",
    )  # fmt: skip
    assert status == 0
    # Three Korean business days after Monday 23 November: Thursday the 26th.
    assert out == "1번 문의를 기록했어요. 답변 기한은 2026년 11월 26일이에요.\n"

    clock[0] = START + dt.timedelta(minutes=15)
    out = run("attempt", "1", "--channel", "phone", "--outcome", "no_answer", "--wait", "12:30")[1]
    assert "1번 연락을 기록했어요" in out
    assert "답변 기다리는 중" in out
    later = "2026-11-23T12:40:00+09:00"
    assert "아직 오지 않은 시각" in _bad_input(  # 12:40 is still to come at 09:15
        run("attempt", "1", "--channel", "phone", "--outcome", "busy", "--at", later)
    )
    clock[0] = dt.datetime(2026, 11, 23, 12, 45, tzinfo=SEOUL)
    assert run("attempt", "1", "--channel", "phone", "--outcome", "busy", "--at", later)[0] == 0
    clock[0] = dt.datetime(2026, 11, 24, 10, 30, tzinfo=SEOUL)
    form = ("--channel", "webform", "--outcome", "no_answer", "--reference", "A-2026-118")
    assert run("attempt", "1", *form, "--at", "2026-11-24T10:05+09:00")[0] == 0

    # No reply by Thursday: on Friday the case is overdue.
    clock[0] = dt.datetime(2026, 11, 27, 9, 0, tzinfo=SEOUL)
    listed = json.loads(run("list", "--overdue", "--json")[1])
    assert [(c["id"], c["status"], c["days_overdue"], c["attempts"]) for c in listed] == [
        (1, "overdue", 1, 3)
    ]
    assert listed[0]["last_attempt"] == "2026-11-24T10:05:00+09:00"
    text = run("list")[1]
    assert text == (
        "#1 쿠쿠 · 밥솥 CRP-1 [수리] 답변 기한 지남 · "
        "답변 기한 2026년 11월 26일(1일 지남) · 연락 3회\n"
    )

    shown = json.loads(run("show", "1", "--json")[1])
    assert shown["company_id"] == 1  # the directory's sample entry
    assert [a["outcome"] for a in shown["attempts"]] == ["no_answer", "busy", "no_answer"]
    assert shown["attempts"][0]["wait_seconds"] == 750
    clocks = {c["kind"]: c["deadline"] for c in shown["legal_clocks"]}
    assert clocks == {"withdrawal": "2026-11-25", "mismatch": "2026-12-20"}
    assert shown["not_advice"] == "이 날짜는 안내이며 법률 자문이 아닙니다."
    assert "전자상거래법 제17조 제3항" in run("show", "1")[1]

    letter = run("follow-up", "1", "--name", "홍길동", "--phone", "010-0000-1234")[1]
    assert letter.startswith("Subject: [재문의] 밥솥 CRP-1 (주문번호 2026-1234)\n\n")
    assert "3. 2026년 11월 24일(화) 10:05 1:1 문의: 응답 없음(접수번호 A-2026-118)" in letter
    # A new reply-by three business days on: Mon 30, Tue 1, Wed 2 December.
    assert "2026년 12월 2일까지 답변해 주시기 바랍니다." in letter
    english = run("follow-up", "1", "--channel", "messenger", "--letter-lang", "en")[1]
    assert english.startswith("Hello. About 밥솥 CRP-1 (order no. 2026-1234)")

    ics = run("ics", "1", "--call-again", "2026-11-30T09:00+09:00")[1]
    events = vobject.readOne(ics).vevent_list
    starts = sorted(str(event.dtstart.value) for event in events)
    assert starts == ["2026-11-26", "2026-11-30 09:00:00+09:00", "2026-12-20"]


def test_correcting_an_attempt_changes_only_what_is_given(run: Run) -> None:
    run("new", "--company", "가나전자", "--opened-on", "2026-11-20")
    run("attempt", "1", "--channel", "email", "--outcome", "no_answer", "--reference", "X-1")
    status, out, _ = run("attempt", "1", "--correct", "1", "--outcome", "answered", lang="en")
    assert status == 0
    assert out == "Attempt #1 of case #1 corrected. Now: answered.\n"
    attempt = json.loads(run("show", "1", "--json")[1])["attempts"][0]
    assert (attempt["channel"], attempt["outcome"], attempt["reference"]) == (
        "email", "answered", "X-1"
    )  # fmt: skip
    assert "7번 연락 기록은 없어요" in _bad_input(
        run("attempt", "1", "--correct", "7", "--agent", "김")
    )


BUSY = ("attempt", "1", "--channel", "phone", "--outcome", "busy")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        ((*BUSY, "--at", "2026-11-24T09:00+09:00"), "아직 오지 않은 시각"),
        ((*BUSY, "--at", "2026-11-19T09:00+09:00"), "문의를 시작한 날(2026-11-20)보다 앞서요"),
        ((*BUSY, "--reference", "9" * 5000), "접수번호 칸에는 100자까지"),
        ((*BUSY, "--wait", "soon"), "기다린 시간"),
        (("attempt", "2", "--channel", "phone", "--outcome", "busy"), "2번 문의는 기록에 없어요"),
        (("new", "--company", "다라", "--incident-date", "2026-11-20", "--reply-by", "2026-11-19"),
         "문제가 생긴 날(2026-11-20)보다 앞설 수는 없어요"),
        (("new", "--company", "다라", "--reply-by", "11/30"), "'11/30'"),
        (("show", "5"), "5번 문의"),
        (("follow-up", "1", "--reply-by", "2026-11-01"), "오늘보다 앞서요"),
    ],
)  # fmt: skip
def test_bad_input_gets_one_sentence_and_nothing_is_stored(
    run: Run, args: tuple[str, ...], words: str
) -> None:
    run("new", "--company", "가나전자", "--opened-on", "2026-11-20")
    sentence = _bad_input(run(*args))
    assert words in sentence, sentence
    assert _stored_attempts() == 0


def test_usage_errors_exit_with_2(run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run("attempt", "1", "--channel", "phone")
    assert (status, out) == (2, "")
    assert "--outcome" in err
    with pytest.raises(SystemExit) as exit_:
        main(["case", "show", "one"])
    assert exit_.value.code == 2
    with pytest.raises(SystemExit) as exit_:
        main(["case", "attempt", "1", "--outcome", "maybe"])
    assert exit_.value.code == 2
    capsys.readouterr()


def test_a_case_keeps_its_company_after_the_directory_deletes_it(run: Run) -> None:
    from fallback_desktop.core.store.directory import Directory

    run("new", "--company", "쿠쿠")
    directory = Directory.open()
    directory.delete(directory.lookup("쿠쿠").id or 0)
    directory.close()
    status, out, _ = run("show", "1")
    assert status == 0
    assert out.startswith("문의 #1 · 쿠쿠\n")


def test_a_damaged_case_log_is_told_once_and_work_goes_on(run: Run) -> None:
    run("new", "--company", "가나전자")
    path = paths.data_dir() / DATABASE_NAME
    store = CaseStore.open(path)
    store.db.backup()
    store.close()
    path.write_bytes(b"garbage" * 1000)
    status, out, err = run("list")
    assert status == 0
    assert out == "기록된 문의가 없어요. `case new`로 시작해 보세요.\n"
    assert err.startswith("문의 기록 파일 ‘cases.sqlite3’이(가) 망가져 있어")
    assert "(문의 1건)" in err
    assert run("restore-backup")[0] == 0
    assert run("list", "--json", lang="en")[1].count('"id"') == 1
    assert run("list")[2] == ""  # told once


def test_the_help_documents_every_action() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "fallback_desktop", "case", "--help"],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        check=False,
    )
    assert result.returncode == 0
    for action in (
        "new",
        "attempt",
        "list",
        "show",
        "follow-up",
        "escalate",
        "ics",
        "callback_promised",
    ):
        assert action in result.stdout


def test_a_real_process_refuses_a_future_attempt_in_one_line(tmp_path: Path) -> None:
    def run_real(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "fallback_desktop", "--lang", "en", "case", *args],
            capture_output=True,
            text=True,
            env=dict(os.environ),
            stdin=subprocess.DEVNULL,
            timeout=60,
            check=False,
        )

    assert run_real("new", "--company", "가나전자").returncode == 0
    future = run_real(
        "attempt", "1", "--channel", "chat", "--outcome", "busy", "--at", "2039-01-01T09:00+09:00"
    )
    assert future.returncode == 1
    assert future.stdout == ""
    assert future.stderr.splitlines() == [
        "The attempt's time (2039-01-01 09:00) has not come yet: "
        "only attempts already made can be recorded."
    ]
