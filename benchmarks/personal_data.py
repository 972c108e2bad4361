"""The personal-data check of a messenger or SNS message: how long one scan takes.

The text is about 5,000 characters of an ordinary Korean complaint — dates, amounts, an order
number, a model code, times — with a few numbers planted in it that are plainly not real
(010-0000-xxxx, example.com, the test card 4111 1111 1111 1111). The scan is timed here, in this
process, after one warm-up scan has loaded phonenumbers and email-validator; the first scan's
cost, those loads included, is taken in a fresh process and shown for information.
"""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.report import Row
from benchmarks.stats import median, p95

RUNS = 50
SAMPLE_CHARS = 5_000
SCAN_BUDGET_MS = 10.0
PLANTED = 4  # a phone number, an email address, a card number, an account number
_REPO_ROOT = Path(__file__).resolve().parent.parent

_PARAGRAPHS = (
    "안녕하세요. 지난 2026-11-29에 주문한 드럼세탁기(모델 WM-1234A)가 배송 중 파손된 채로 "
    "도착해서 문의드립니다. 주문번호는 20261129-000123이고, 결제 금액은 1,290,000원입니다. ",
    "오후 14:30쯤 기사님이 설치하러 오셨는데 상자 한쪽이 찢어져 있었고 문 유리에 금이 가 "
    "있었어요. 사진 3장을 찍어 두었습니다. 2026.11.30 오전에 고객센터로 전화했지만 "
    "40분을 기다려도 연결되지 않았습니다. ",
    "같은 날 주문한 건조기(주문번호 2026112912345)는 아직 배송 전인데, 함께 설치를 미뤄도 "
    "되는지도 알려 주세요. 교환이 어렵다면 전액 환불을 원합니다. 환불은 카드 결제 취소로 "
    "해 주시면 됩니다. ",
    "제품 박스와 포장재는 그대로 보관하고 있습니다. 회수 기사님 방문 가능한 날짜를 알려 주시면 "
    "그 시간에 맞춰 집에 있겠습니다. 12월 3일과 4일은 오후 6시 이후에만 가능해요. ",
)
_PLANTED = (
    " 연락처는 010-0000-1234이고, 답장은 kim.minsu@example.com으로 부탁드립니다. "
    "결제한 카드는 4111 1111 1111 1111입니다. 환불 계좌는 국민은행 123456-12-123456 "
    "(예금주 김민수)입니다."
)


def sample_text(chars: int = SAMPLE_CHARS) -> str:
    """About `chars` characters of Korean text, the planted numbers in its last lines."""
    body = ""
    index = 0
    while len(body) + len(_PLANTED) < chars:
        body += _PARAGRAPHS[index % len(_PARAGRAPHS)]
        index += 1
    return body + _PLANTED


@dataclass(frozen=True)
class ScanResult:
    chars: int
    found: int  # findings in the sample: PLANTED when nothing else is taken for personal data
    samples_ms: tuple[float, ...]
    first_ms: float  # the first scan in a fresh process, loading phonenumbers and email-validator

    @property
    def median_ms(self) -> float:
        return median(self.samples_ms)


# The child prints how long the first scan took; it checks that importing the module left
# phonenumbers and email-validator out, so that the figure holds their loading.
_FIRST_SCAN = """
import sys, time
from benchmarks.personal_data import sample_text
from fallback_desktop.core.writing.personal_data import scan
text = sample_text()
assert "phonenumbers" not in sys.modules and "email_validator" not in sys.modules
began = time.perf_counter()
scan(text)
print(f"{(time.perf_counter() - began) * 1000:.3f}")
"""


def _first_scan_ms() -> float:
    try:
        result = subprocess.run(
            [sys.executable, "-c", _FIRST_SCAN],
            cwd=_REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise RuntimeError("first personal-data scan child hung") from error
    if result.returncode != 0:
        raise RuntimeError(f"first personal-data scan child failed: {result.stderr.strip()[-300:]}")
    return float(result.stdout.strip())


def measure_scan(runs: int = RUNS) -> ScanResult:
    """Median of `runs` scans of the sample after a warm-up, and the first scan's cost."""
    from fallback_desktop.core.writing.personal_data import scan

    text = sample_text()
    found = len(scan(text))  # the warm-up: phonenumbers and email-validator are loaded now
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        scan(text)
        samples.append((time.perf_counter() - began) * 1000)
    return ScanResult(len(text), found, tuple(samples), _first_scan_ms())


def scan_rows(result: ScanResult) -> list[Row]:
    """The scan's rows of the budget table."""
    return [
        Row(
            f"personal-data scan of {result.chars:,} characters of Korean text "
            f"({result.found} found, {PLANTED} planted)",
            f"median {result.median_ms:.2f} ms, p95 {p95(result.samples_ms):.2f} ms "
            f"(n={len(result.samples_ms)})",
            f"median ≤ {SCAN_BUDGET_MS:.0f} ms",
            result.median_ms <= SCAN_BUDGET_MS,
        ),
        Row(
            "personal-data scan, first in a new process (loads phonenumbers, email-validator)",
            f"{result.first_ms:.0f} ms",
            "",
            None,
        ),
    ]


if __name__ == "__main__":
    from benchmarks.report import table

    print(table(scan_rows(measure_scan())))
