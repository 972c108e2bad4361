"""benchmarks/bundle.py's report: its row without a bundle, and the budget it checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.bundle import RATIO_BUDGET, BundleResult, Round, bundle_rows, measure


def test_without_a_bundle_it_says_so_and_checks_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FALLBACK_DESK_BUNDLE", raising=False)
    assert measure({}, folder=tmp_path) is None  # no program there: nothing is started
    (row,) = bundle_rows(None)
    assert row.measured == "skipped: no bundle in dist/fallback-desktop/ (make dist)"
    assert row.ok is None
    (elsewhere,) = bundle_rows(None, tmp_path)
    assert elsewhere.measured == f"skipped: no bundle in {tmp_path}/ (make dist)"


def test_the_ratio_is_the_median_of_the_rounds_against_the_budget(tmp_path: Path) -> None:
    rounds = [Round(0.20, 0.21, 0.10), Round(0.15, 0.16, 0.10), Round(0.14, 0.15, 0.10)]
    checked, venv, own = bundle_rows(BundleResult(tmp_path, rounds))
    assert checked.measured.startswith("1.50 (rounds 1.40–2.00); 150 ms")
    assert checked.budget == f"≤ {RATIO_BUDGET:.2f}"
    assert checked.ok is True
    assert venv.measured.startswith("1.60")
    assert venv.ok is None
    assert own.measured.startswith("0.94")
    assert own.ok is None
    slower = [Round(0.16, 0.16, 0.10)] * 3
    assert bundle_rows(BundleResult(tmp_path, slower))[0].ok is False
