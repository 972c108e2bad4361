"""The command line as another program or a person in a terminal uses it."""

from __future__ import annotations

import email
import email.policy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fallback_desktop import __version__


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "fallback_desktop", *args],
        capture_output=True,
        env=full_env,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout.decode()


def test_subcommands_never_load_qt() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from fallback_desktop.cli.main import main\n"
        "with contextlib.redirect_stdout(io.TextIOWrapper(io.BytesIO())):\n"
        "    main(['channels', '--json'])\n"
        "    main(['recommend', '--urgency', 'now', '--context', 'home', '--json'])\n"
        "    main(['draft', '--product', 'x', '--details', 'y'])\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))]\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
    assert result.returncode == 0, result.stderr.decode()


def test_channels_json_lists_the_eight_with_their_hours() -> None:
    result = run("--lang", "en", "channels", "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert [c["id"] for c in data] == [
        "phone", "email", "sns", "chat", "messenger", "webform", "portal", "app",
    ]  # fmt: skip
    assert all(c["tips"] and c["reply"]["sources"] and c["hours_text"] for c in data)
    assert all(len(c["carries_text"]) == 3 for c in data)
    phone = data[0]
    assert phone["name"] == "Phone"
    assert phone["reply"]["text"] == "3 min+, or never"
    assert phone["reply"]["sources"][0].endswith("(2021)")
    assert phone["hours"]["lunch"] == ["12:00", "13:00"]
    assert phone["carries"] == {"attachments": "no", "record": "no", "personal_data": "yes"}
    webform = next(c for c in data if c["id"] == "webform")
    assert webform["reply"]["text"] == "1–3 business days"
    assert webform["reply"]["business_days"] == [1, 3]
    assert webform["offered"]["percent"] == 91.3
    assert webform["hours_text"].startswith("Accepted at any hour")
    messenger = next(c for c in data if c["id"] == "messenger")
    assert messenger["hours_text"].startswith("Chatbot at any hour · people: weekdays 09:00")
    portal = next(c for c in data if c["id"] == "portal")
    assert portal["hours"] == {"around_the_clock": True, "closed_on_holidays": False}


def test_channels_text_in_korean() -> None:
    result = run("--lang", "ko", "channels")
    out = result.stdout.decode()
    assert result.returncode == 0
    assert "이메일" in out
    assert "채팅 상담" in out
    assert "요령" in out
    assert "1:1 문의 [webform]" in out
    assert "메신저 상담 [messenger]" in out
    assert "  챗봇은 언제든 · 상담원: 평일 09:00–18:00 (점심 12:00–13:00 제외) · 공휴일 휴무" in (
        out.splitlines()
    )


def test_recommend_json_at_a_closed_hour() -> None:
    result = run(
        "recommend", "--urgency", "now", "--context", "work", "--needs", "record,attachments",
        "--at", "2026-11-24T13:00:00Z", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["at"] == "2026-11-24T22:00:00+09:00"
    assert data["needs"] == ["attachments", "record"]
    ranking = {r["channel"]: r for r in data["ranking"]}
    assert not ranking["chat"]["open_now"]
    assert not ranking["phone"]["open_now"]
    assert ranking["email"]["open_now"]
    assert data["ranking"][0]["channel"] != "phone"


def test_recommend_json_words_the_reasons_in_the_language_asked() -> None:
    at = ("--at", "2026-11-24T12:30+09:00")  # lunch: chat and phone reopen at 13:00
    args = ("recommend", "--urgency", "today", "--context", "home", *at, "--json")
    ko = json.loads(run("--lang", "ko", *args).stdout)
    en = json.loads(run("--lang", "en", *args).stdout)
    chat_ko = next(r for r in ko["ranking"] if r["channel"] == "chat")
    chat_en = next(r for r in en["ranking"] if r["channel"] == "chat")
    assert chat_ko["reasons"][0] == "점심시간이라 오늘 13:00에 다시 엽니다"
    assert chat_en["reasons"][0] == "Closed for lunch; opens again today 13:00"
    assert {k: v for k, v in ko.items() if k not in ("ranking", "plan")} == {
        k: v for k, v in en.items() if k not in ("ranking", "plan")
    }
    without_words = [{k: v for k, v in step.items() if k != "text"} for step in ko["plan"]]
    assert without_words == [{k: v for k, v in s.items() if k != "text"} for s in en["plan"]]


def test_recommend_text_says_when_to_call() -> None:
    result = run(
        "--lang", "en", "recommend", "--urgency", "today", "--context", "home",
        "--at", "2026-11-24T22:00+09:00",
    )  # fmt: skip
    lines = result.stdout.decode().splitlines()
    assert "☎ The phone line opens tomorrow 09:00 (about 11 h from now)." in lines
    busy = run(
        "--lang", "ko", "recommend", "--urgency", "today", "--context", "home",
        "--at", "2026-11-23T11:30+09:00",
    )  # fmt: skip
    assert "☎ 지금은 전화가 몰리는 시간입니다. 덜 붐비는 때: 오늘 17:00." in (
        busy.stdout.decode().splitlines()
    )


def test_recommend_puts_the_plan_above_the_ranking() -> None:
    result = run(
        "--lang", "ko", "recommend", "--urgency", "now", "--context", "home",
        "--at", "2026-11-22T22:00+09:00",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    plan = lines.index("계획:")
    first_rank = next(i for i, line in enumerate(lines) if line.startswith("1. "))
    assert plan < first_rank
    assert lines[plan + 1].startswith("  1. [지금] 지금은 답할 수 있는 창구가 없습니다.")
    assert "1:1 문의 게시판에 문의를 남겨 두면 내일 09:00 첫 순서로" in lines[plan + 2]
    assert "내일 09:00에 채팅 상담으로 이어서 연락하세요." in lines[plan + 3]
    assert "1372" in lines[plan + 4]
    assert not lines[first_rank].startswith("1. 이메일")


def test_recommend_json_has_the_plan() -> None:
    result = run(
        "--lang", "en", "recommend", "--urgency", "today", "--context", "work",
        "--at", "2026-11-22T18:20+09:00", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["company"] is None
    steps = data["plan"]
    assert steps[0] == {
        "when": "now",
        "channel": None,
        "at": None,
        "text": "Nothing can answer you before the day ends. "
        "The earliest a person can answer is tomorrow 09:00.",
    }
    assert steps[-1]["when"] == "escalate"
    assert steps[-1]["at"].endswith("+09:00")
    assert all(step["channel"] != "phone" for step in steps)  # at work: no calls
    assert data["ranking"][0]["channel"] not in ("email", "webform", "phone")
    assert data["ranking"][-1]["channel"] == "phone"


def test_lang_after_the_subcommand() -> None:
    result = run("recommend", "--urgency", "today", "--context", "home", "--lang", "en")
    assert result.returncode == 0
    assert "Best way right now" in result.stdout.decode()


@pytest.mark.parametrize(
    ("bad", "says"),
    [
        ("garbage", "is not valid"),
        ("2026-13-40T10:00", "is not valid"),
        ("tomorrow", "is not valid"),
        ("2026-11-24T10:00", "has no time zone"),
        ("2026-11-24", "has no time zone"),
        ("1900-01-01T10:00+09:00", "outside 2015–2040"),
        ("2100-06-01T10:00+09:00", "outside 2015–2040"),
        ("2100-06-01T10:00Z", "outside 2015–2040"),
    ],
)
def test_invalid_moment_is_bad_input(bad: str, says: str) -> None:
    result = run("--lang", "en", "recommend", "--urgency", "now", "--context", "home", "--at", bad)
    assert result.returncode == 1
    assert result.stdout == b""
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1
    assert says in lines[0]
    assert "Traceback" not in result.stderr.decode()


def test_a_moment_without_a_zone_is_explained_in_korean() -> None:
    args = ("recommend", "--urgency", "now", "--context", "home", "--at", "2026-11-24T10:00")
    result = run("--lang", "ko", *args)
    assert result.returncode == 1
    assert result.stdout == b""
    assert "+09:00을 붙여 주세요" in result.stderr.decode()


def test_unknown_choice_is_a_usage_error() -> None:
    assert run("recommend", "--urgency", "yesterday", "--context", "home").returncode == 2
    assert run("recommend", "--urgency", "now", "--context", "home", "--needs", "x").returncode == 2


def test_draft_text_format() -> None:
    result = run(
        "--lang", "ko", "draft", "--company", "가나전자", "--product", "세탁기 XY-100",
        "--order-number", "2026-1234", "--details", "탈수 중에 큰 소리가 나고 멈춥니다.",
        "--name", "홍길동", "--phone", "010-1234-5678",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    first, blank, *_ = out.split("\n")
    assert first.startswith("Subject: ")
    assert "XY-100" in first
    assert "2026-1234" in first
    assert blank == ""
    assert "010-1234-5678" in out
    assert "홍길동" in out


def test_template_syntax_in_a_field_stays_text() -> None:
    result = run("draft", "--product", "{{ 7*7 }}", "--details", "{% for x in y %}boom")
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "{{ 7*7 }}" in out
    assert "49" not in out
    assert "{% for x in y %}" in out


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--to", "a@example.com\nBcc: victim@example.org"),
        ("--to", "a@example.com, b@example.com"),
        ("--to", "not an address"),
        ("--email", "me@example.com\r\nX-Evil: 1"),
        ("--product", "washer\nBcc: victim@example.org"),
        ("--company", "acme\r\nX-Priority: 1"),
        ("--incident-date", "2026-02-30"),
        ("--reply-by", "next week"),
    ],
)
@pytest.mark.parametrize("fmt", ["text", "mailto", "eml"])
def test_hostile_or_invalid_values_are_refused(
    option: str, value: str, fmt: str, tmp_path: Path
) -> None:
    out = tmp_path / "draft.out"
    result = run("--lang", "en", "draft", option, value, "--format", fmt, "--output", str(out))
    assert result.returncode == 1
    assert result.stdout == b""
    assert len(result.stderr.decode().strip().splitlines()) == 1
    assert not out.exists()


def test_mailto_is_one_ascii_uri() -> None:
    result = run(
        "draft", "--to", "help@example.com", "--product", "TV",
        "--details", "No picture & no sound",
        "--format", "mailto",
    )  # fmt: skip
    assert result.returncode == 0
    uri = result.stdout.decode().strip()
    assert uri.startswith("mailto:help@example.com?")
    assert "\n" not in uri
    assert "+" not in uri
    assert uri.isascii()
    assert "%26" in uri  # the & inside the details is encoded, not a parameter separator


def test_long_korean_mailto_is_refused_with_the_alternative() -> None:
    result = run("--lang", "ko", "draft", "--details", "가" * 400, "--format", "mailto")
    assert result.returncode == 1
    assert result.stdout == b""
    assert ".eml" in result.stderr.decode()


def test_eml_with_attachment(tmp_path: Path) -> None:
    photo = tmp_path / "고장 사진.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0fake-jpeg")
    out = tmp_path / "draft.eml"
    result = run(
        "draft", "--to", "help@example.com", "--product", "세탁기", "--details", "멈춥니다",
        "--attach", str(photo), "--format", "eml", "--output", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    message = email.message_from_bytes(out.read_bytes(), policy=email.policy.default)
    assert message["To"] == "help@example.com"
    assert message["X-Unsent"] == "1"
    assert "세탁기" in message["Subject"]
    parts = list(message.iter_attachments())
    assert [p.get_filename() for p in parts] == ["고장 사진.jpg"]
    assert parts[0].get_content() == b"\xff\xd8\xff\xe0fake-jpeg"


def test_missing_attachment_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "draft.eml"
    result = run(
        "--lang", "en", "draft", "--attach", str(tmp_path / "gone.pdf"), "--format", "eml",
        "--output", str(out),
    )  # fmt: skip
    assert result.returncode == 1
    assert "gone.pdf" in result.stderr.decode()
    assert not out.exists()


def test_ten_thousand_korean_characters_and_emoji() -> None:
    result = run("draft", "--details", "환불 요청 😡 " * 1000, "--product", "이어폰 🎧")
    assert result.returncode == 0
    assert "😡" in result.stdout.decode()


def test_a_pasted_trailing_line_break_is_trimmed_not_refused() -> None:
    result = run("draft", "--company", "acme\r\n", "--product", "TV\n", "--details", "broken")
    assert result.returncode == 0, result.stderr.decode()
    subject = result.stdout.decode().split("\n", 1)[0]
    assert "\r" not in subject
    assert "TV" in subject
