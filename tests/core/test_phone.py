"""Phone numbers are judged and shown the Korean way."""

from __future__ import annotations

import subprocess
import sys

import pytest

from fallback_desktop.core.domain.phone import is_reachable_number, national_format


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("01012345678", "010-1234-5678"),
        ("+82 10-1234-5678", "010-1234-5678"),
        ("0212345678", "02-1234-5678"),
        ("080-720-8000", "080-720-8000"),
        ("+1 650 253 0000", "+1 650-253-0000"),
        ("저녁에만 연락 주세요", "저녁에만 연락 주세요"),
        ("12", "12"),
    ],
)
def test_national_format(typed: str, shown: str) -> None:
    assert national_format(typed) == shown


@pytest.mark.parametrize(
    ("typed", "ok"),
    [("010-1234-5678", True), ("1588-1234", True), ("", False), ("abc", False), ("12", False)],
)
def test_is_reachable_number(typed: str, ok: bool) -> None:
    assert is_reachable_number(typed) is ok


def test_an_empty_field_needs_no_phone_metadata() -> None:
    # A letter with no phone number (the usual first draft) does not load phonenumbers at all.
    code = (
        "import sys\n"
        "from fallback_desktop.core.domain.phone import is_reachable_number, national_format\n"
        "assert national_format('') == '' and national_format('  ') == '  '\n"
        "assert is_reachable_number(' \\t') is False\n"
        "assert 'phonenumbers' not in sys.modules\n"
        "assert national_format('01012345678') == '010-1234-5678'\n"
        "assert 'phonenumbers' in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
