"""The case log's figures, over 10,000 generated cases and 100,000 attempts: the list's first
screen from a fresh opening, recording one attempt, and the overdue check.

The cases are generated here, the same for the same seed: companies with plainly made-up names,
products, order numbers, days over two years, three to five days to reply, and about ten
attempts each on the channels people use, a third of the cases answered or resolved. Nothing
in them is a real person's or company's contact data.

`python -m benchmarks.cases` prints the figures alone.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.report import Row
from benchmarks.stats import median, p95

if TYPE_CHECKING:
    from fallback_desktop.core.domain.case import CaseRecord

CASES = 10_000
ATTEMPTS = 100_000
FIRST_SCREEN = 40  # lines of the list a window shows first
OPEN_RUNS = 15
RECORD_RUNS = 200
COUNT_RUNS = 50

FIRST_SCREEN_BUDGET_MS = 100.0
RECORD_BUDGET_MS = 5.0
OVERDUE_BUDGET_MS = 20.0
LETTER_RUNS = 10
LETTER_BUDGET_MS = 500.0

_BRANDS = ("가람", "나래", "다온", "라온", "마루", "바다", "사랑", "아라", "자람", "하늘", "한빛")
_TRADES = ("전자", "통신", "쇼핑", "가구", "카드", "보험", "택배", "렌탈", "항공", "여행")
_PRODUCTS = ("세탁기", "냉장고", "휴대폰", "노트북", "침대", "소파", "항공권", "요금제", "")
_CHANNELS = ("phone", "phone", "phone", "email", "webform", "webform", "chat", "messenger")
_FAILED = ("no_answer", "busy", "cut_off", "callback_promised")
NOW = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))


@dataclass(frozen=True)
class CasesResult:
    cases: int
    attempts: int
    generate_s: float
    first_screen_ms: tuple[float, ...]  # open (integrity check put off) + the first screen
    verified_open_ms: float  # open with the full integrity check, then the first screen
    record_ms: tuple[float, ...]
    overdue_ms: tuple[float, ...]  # open (check put off) + the overdue count
    overdue_count_ms: tuple[float, ...]  # the count alone, on the open file
    overdue: int
    letter_pdf_ms: tuple[float, ...] = ()  # one 내용증명 PDF from a stored case, font included


def generate(
    path: Path, cases: int = CASES, attempts: int = ATTEMPTS, seed: int = 20261130
) -> None:
    """`cases` cases and `attempts` attempts into a new case log at `path`, in one transaction."""
    from fallback_desktop.core.domain.case import SEOUL, Attempt, Case, Outcome
    from fallback_desktop.core.store import case_rows as rows
    from fallback_desktop.core.store.cases import _INSERT_ATTEMPT, _INSERT_CASE, CaseStore

    chooser = random.Random(seed)
    store = CaseStore.open(path)
    first_day = NOW.date() - dt.timedelta(days=730)
    with store.db.write() as conn:
        for cid in range(1, cases + 1):
            opened = first_day + dt.timedelta(days=chooser.randrange(730))
            product = chooser.choice(_PRODUCTS)
            case = Case(
                company=chooser.choice(_BRANDS) + chooser.choice(_TRADES),
                opened_on=opened,
                reply_by=opened + dt.timedelta(days=chooser.randint(3, 5)),
                purpose=chooser.choice(("refund", "exchange", "repair", "delivery", "general")),
                product=f"{product} {chooser.randint(100, 999)}" if product else "",
                order_number=f"{opened:%Y%m%d}-{chooser.randint(1000, 9999)}",
                happened="주문한 물건에 문제가 있어 연락드립니다. " * chooser.randint(1, 4),
            )
            conn.execute(_INSERT_CASE, (cid, *rows.case_params(case)))
            answered = chooser.random() < 1 / 3
            count = max(1, round(chooser.gauss(attempts / cases, 3)))
            start = dt.datetime.combine(opened, dt.time(9), tzinfo=SEOUL)
            for n in range(count):
                at = start + dt.timedelta(minutes=chooser.randrange(0, 7 * 24 * 60))
                last = n == count - 1
                outcome = (
                    Outcome.ANSWERED if answered and last else Outcome(chooser.choice(_FAILED))
                )
                channel = chooser.choice(_CHANNELS)
                reply = (
                    at + dt.timedelta(hours=chooser.randint(1, 72)) if channel == "email" else None
                )
                attempt = Attempt(
                    channel=channel,
                    at=at,
                    outcome=outcome,
                    wait_seconds=chooser.randint(30, 1500) if channel == "phone" else None,
                    reference=f"A-{chooser.randint(10_000, 99_999)}"
                    if chooser.random() < 0.3
                    else "",
                    reply_at=reply if answered and last else None,
                )
                conn.execute(_INSERT_ATTEMPT, (cid, None, *rows.attempt_params(attempt)))
    store.close()


def _ms(began: float) -> float:
    return (time.perf_counter() - began) * 1000


def measure_cases(folder: Path | None = None) -> CasesResult:
    """Generate the log in `folder` (a temporary one by default) and take every figure."""
    with tempfile.TemporaryDirectory() as scratch:
        path = (folder or Path(scratch)) / "cases.sqlite3"
        return _measure(path)


def _measure(path: Path) -> CasesResult:
    from fallback_desktop.core.domain.case import make_attempt
    from fallback_desktop.core.store.cases import CaseStore, overdue_count

    began = time.perf_counter()
    generate(path)
    generate_s = time.perf_counter() - began

    first: list[float] = []
    overdue: list[float] = []
    for _ in range(OPEN_RUNS):
        began = time.perf_counter()
        store = CaseStore.open(path, verify_later=True)
        lines = store.listed(limit=FIRST_SCREEN)
        first.append(_ms(began))
        assert len(lines) == FIRST_SCREEN
        store.close()
        began = time.perf_counter()
        store = CaseStore.open(path, verify_later=True)
        found = overdue_count(store, NOW)
        overdue.append(_ms(began))
        store.close()
    began = time.perf_counter()
    store = CaseStore.open(path)
    store.listed(limit=FIRST_SCREEN)
    verified = _ms(began)

    counting: list[float] = []
    for _ in range(COUNT_RUNS):
        began = time.perf_counter()
        overdue_count(store, NOW)
        counting.append(_ms(began))

    chooser = random.Random(7)
    recording: list[float] = []
    for _ in range(RECORD_RUNS):
        record = store.record(chooser.randint(1, CASES))
        attempt = make_attempt(record.case, channel="phone", at=NOW, outcome="busy", now=NOW)
        began = time.perf_counter()
        store.add_attempt(record.case.id or 0, attempt)
        recording.append(_ms(began))
    letters = _letter_pdf_ms(store.record(1))
    store.close()
    return CasesResult(
        cases=CASES,
        attempts=ATTEMPTS,
        generate_s=generate_s,
        first_screen_ms=tuple(first),
        verified_open_ms=verified,
        record_ms=tuple(recording),
        overdue_ms=tuple(overdue),
        overdue_count_ms=tuple(counting),
        overdue=found,
        letter_pdf_ms=letters,
    )


def _letter_pdf_ms(record: CaseRecord) -> tuple[float, ...]:
    """Lay out one stored case's 내용증명 as a PDF, LETTER_RUNS times (the first, which loads
    fpdf2, not counted): the words, the font read from disk and subset, the file's bytes."""
    from fallback_desktop.core.writing.certified_letter import Sender, certified_letter

    sender = Sender("홍길동", "서울특별시 예시구 예시로 1", "010-0000-0000")

    def one() -> bytes:
        letter = certified_letter(
            record, "ko", sender=sender, reply_by=NOW.date(), today=NOW.date()
        )
        return letter.pdf()

    one()
    timings = []
    for _ in range(LETTER_RUNS):
        began = time.perf_counter()
        one()
        timings.append(_ms(began))
    return tuple(timings)


def cases_rows(result: CasesResult) -> list[Row]:
    """The case log's rows of the budget table."""
    first, record = median(result.first_screen_ms), median(result.record_ms)
    over, count = median(result.overdue_ms), median(result.overdue_count_ms)
    size = f"{result.cases:,} cases, {result.attempts:,} attempts"
    return [
        Row(
            f"case list: open the log of {size}, read its first {FIRST_SCREEN} lines",
            f"median {first:.1f} ms, p95 {p95(result.first_screen_ms):.1f} ms "
            f"(n={len(result.first_screen_ms)})",
            f"≤ {FIRST_SCREEN_BUDGET_MS:.0f} ms",
            first <= FIRST_SCREEN_BUDGET_MS,
        ),
        Row(
            "case list: the same with the full integrity check first",
            f"{result.verified_open_ms:.0f} ms",
            "",
            None,
        ),
        Row(
            "record one attempt (one committed transaction)",
            f"median {record:.2f} ms, p95 {p95(result.record_ms):.2f} ms "
            f"(n={len(result.record_ms)}; each waits for the disk to confirm the write)",
            f"median ≤ {RECORD_BUDGET_MS:.0f} ms",
            record <= RECORD_BUDGET_MS,
        ),
        Row(
            f"overdue check: open the log and count ({result.overdue:,} overdue)",
            f"median {over:.2f} ms (the count alone {count:.2f} ms)",
            f"≤ {OVERDUE_BUDGET_MS:.0f} ms",
            over <= OVERDUE_BUDGET_MS,
        ),
        Row(
            "one 내용증명 PDF of a stored case (A4, Korean font subset embedded)",
            f"median {median(result.letter_pdf_ms):.0f} ms, p95 {p95(result.letter_pdf_ms):.0f} ms "
            f"(n={len(result.letter_pdf_ms)})",
            f"≤ {LETTER_BUDGET_MS:.0f} ms",
            median(result.letter_pdf_ms) <= LETTER_BUDGET_MS,
        ),
    ]


if __name__ == "__main__":
    from benchmarks.report import table

    measured = measure_cases()
    print(f"generated in {measured.generate_s:.1f} s")
    print(table(cases_rows(measured)))
