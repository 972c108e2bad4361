"""Void Qt calls must not eat references to None (PySide6 6.12.0 on CPython 3.11 did)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel

CALLS = 20_000


def test_void_qt_calls_keep_nones_reference_count(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for index in range(CALLS // 2):
        label.setText("a" if index % 2 else "b")
        label.setEnabled(bool(index % 2))
    after = sys.getrefcount(None)
    # A broken binding loses one reference per call: 20,000 here. Allow for unrelated noise.
    assert after - before > -100, f"None lost {before - after} references"
