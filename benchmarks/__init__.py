"""Measured budgets for Fallback Desk, printed as ratios against a bare PySide6 window.

Run ``python -m benchmarks`` from the repository root; see docs/benchmarks.md.
"""
