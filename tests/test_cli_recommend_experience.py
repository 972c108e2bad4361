"""`recommend` and the person's case log: three recorded email replies time email by the
person's own median; `--no-experience` leaves the log out; no log, or a damaged one, never
stops the advice (and a missing log is not created)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from typing import Any

from fallback_desktop import paths
from fallback_desktop.core.calendar.business import SEOUL
from fallback_desktop.core.domain.case import make_attempt, make_case
from fallback_desktop.core.store.cases import DATABASE_NAME, CaseStore
from tests.test_cli import run

AT = "2026-11-24T10:30+09:00"  # an ordinary Tuesday morning
NOW = dt.datetime(2026, 11, 24, 10, 30, tzinfo=SEOUL)
# Email leads the plan (it carries attachments) and need not answer within the hour.
SITUATION = ("--urgency", "week", "--context", "home", "--needs", "attachments", "--at", AT)


def _seed_log(replies: int) -> None:
    """A case log with `replies` email replies that came 30, 60, 90 … minutes after."""
    store = CaseStore.open(paths.data_dir() / DATABASE_NAME)
    today = NOW.date()
    opened = today - dt.timedelta(days=10)
    case = store.add_case(
        make_case(company="Example Shop", reply_by=today, today=today, opened_on=opened)
    )
    for n in range(1, replies + 1):
        at = NOW - dt.timedelta(days=5)
        reply = at + dt.timedelta(minutes=30 * n)
        attempt = make_attempt(
            case, channel="email", at=at, outcome="answered", now=NOW, reply_at=reply
        )
        store.add_attempt(int(case.id or 0), attempt)
    store.close()


def _recommend(*more: str, lang: str = "en") -> subprocess.CompletedProcess[bytes]:
    return run("--lang", lang, "recommend", *SITUATION, *more)


def _email(result: subprocess.CompletedProcess[bytes]) -> dict[str, Any]:
    assert result.returncode == 0, result.stderr.decode()
    out = json.loads(result.stdout)
    return dict(next(row for row in out["ranking"] if row["channel"] == "email"))


def test_three_replies_on_email_time_it_by_the_persons_median() -> None:
    _seed_log(3)
    email = _email(_recommend("--json"))
    assert email["experience"] == {"median_minutes": 60, "replies": 3}
    assert email["eta_minutes"] == 60  # sent 10:30, a reply by 11:30
    assert email["reasons"][-1] == (
        "Your experience: replies on this channel came in about 1 hour (3 recorded replies)"
    )
    text = _recommend(lang="ko")
    assert text.returncode == 0
    words = text.stdout.decode()
    assert "내 경험: 이 창구로는 보통 1시간 만에 답이 왔어요 (기록된 답변 3건)" in words
    assert "(내 경험: 이 창구로는 보통 1시간 만에 답이 왔어요)" in words  # the plan's email step


def test_no_experience_leaves_the_log_out() -> None:
    _seed_log(3)
    email = _email(_recommend("--json", "--no-experience"))
    assert email["experience"] is None
    assert email["eta_minutes"] == 24 * 60  # the published figure
    words = _recommend("--no-experience").stdout.decode()
    assert "Your experience" not in words


def test_two_replies_are_not_enough() -> None:
    _seed_log(2)
    assert _email(_recommend("--json"))["experience"] is None


def test_no_log_is_created_by_a_recommendation() -> None:
    log = paths.data_dir() / DATABASE_NAME
    assert not log.exists()
    email = _email(_recommend("--json"))
    assert email["experience"] is None
    assert not log.exists()


def test_a_damaged_log_does_not_stop_the_advice() -> None:
    log = paths.data_dir() / DATABASE_NAME
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_bytes(b"this is not a database at all" * 100)
    result = _recommend("--json")
    email = _email(result)  # exit 0 and JSON on stdout
    assert email["experience"] is None
    assert result.stderr.decode().count("\n") <= 1  # at most the one sentence about the log
    kept = list(log.parent.glob(f"{DATABASE_NAME}.broken-*"))
    assert kept  # set aside as every command sets a damaged log aside, never deleted
    assert kept[0].read_bytes().startswith(b"this is not a database")


def test_help_documents_the_experience() -> None:
    words = run("recommend", "--help").stdout.decode()
    assert "--no-experience" in words
    assert "experience" in words.replace("--no-experience", "")
