"""`python -m benchmarks`: measure, print the budget table, exit 1 when a budget is exceeded.

Exit status: 0 every budget met, 1 a budget exceeded, 2 a measurement could not be made.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from benchmarks.bundle import bundle_rows
from benchmarks.bundle import measure as measure_bundle
from benchmarks.cases import CASES, cases_rows, measure_cases
from benchmarks.children import CHILD_LANG, ChildError, isolated_env
from benchmarks.companies import COMPANIES, DirectoryResult, measure_directory, stock
from benchmarks.display import DisplayError, x_display
from benchmarks.importtime import ImportEvidence, import_evidence
from benchmarks.interaction import Latency, measure_interaction
from benchmarks.machine import describe
from benchmarks.memory import MemoryResult, peak_memory
from benchmarks.personal_data import measure_scan, scan_rows
from benchmarks.report import Row, block, import_section, table
from benchmarks.single_instance import instance_rows
from benchmarks.single_instance import measure as measure_instance
from benchmarks.startup import StartupResult, measure_startup
from benchmarks.stats import median

STARTUP_RATIO_BUDGET = 1.25
STARTUP_RATIO_AIM = 1.10
ANSWER_RATIO_BUDGET = 1.5
LATENCY_BUDGET_MS = 16.0
MEMORY_BUDGET_MB = 40.0
IMPORT_BUDGET_S = 2.0
VIEW_OPEN_BUDGET_MS = 100.0
SEARCH_BUDGET_MS = 10.0

EXIT_OK = 0
EXIT_OVER_BUDGET = 1
EXIT_NOT_MEASURED = 2


def _progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Start-up, interaction latency, memory and import-time budgets of "
        "Fallback Desk, measured against a bare PySide6 window on the same display.",
    )
    parser.add_argument(
        "--quick", action="store_true", help="fewer repetitions (3 pairs, 50 changes each)"
    )
    parser.add_argument("--pairs", type=_positive, help="timed start-up pairs (default 20)")
    parser.add_argument("--reps", type=_positive, help="changes per interaction case (default 200)")
    return parser


def rows(
    startup: StartupResult,
    memory: MemoryResult,
    latencies: Sequence[Latency],
    evidence: ImportEvidence,
) -> list[Row]:
    """The budget table: each measured figure against its budget."""
    ratios = startup.ratios
    result = [
        Row(
            f"start-up ratio app/bare (median of {len(ratios)} pairs)",
            f"{startup.ratio:.2f} (pairs {min(ratios):.2f}–{max(ratios):.2f})",
            f"≤ {STARTUP_RATIO_BUDGET:.2f} (aim {STARTUP_RATIO_AIM:.2f})",
            startup.ratio <= STARTUP_RATIO_BUDGET,
        ),
        Row("start-up to visible, app (median)", f"{startup.app_ms:.0f} ms", "", None),
        Row("start-up to visible, bare window (median)", f"{startup.bare_ms:.0f} ms", "", None),
    ]
    answers = startup.answer_ratios
    result.append(
        Row(
            "start-up to plan + recommended channel painted, app/bare (median)",
            "not reached"
            if answers is None
            else f"{median(answers):.2f} ({startup.app_answer_ms:.0f} ms; "
            f"pairs {min(answers):.2f}–{max(answers):.2f})",
            f"≤ {ANSWER_RATIO_BUDGET:.2f}",
            answers is not None and median(answers) <= ANSWER_RATIO_BUDGET,
        )
    )
    ready = startup.app_ready_ms
    result.append(
        Row(
            "start-up to recommendation + draft shown, app",
            "not reached" if ready is None else f"{ready:.0f} ms",
            "",
            None,
        )
    )
    for latency in latencies:
        note = f"n={len(latency.samples_ms)}"
        if latency.unverified:
            note += f", {latency.unverified} unchanged on screen left out"
        if latency.timeouts:
            note += f", {latency.timeouts} TIMED OUT"
        result.append(
            Row(
                latency.label,
                f"median {latency.median_ms:.1f} ms, p95 {latency.p95_ms:.1f} ms ({note})",
                f"median ≤ {LATENCY_BUDGET_MS:.0f} ms",
                latency.median_ms <= LATENCY_BUDGET_MS and not latency.timeouts,
            )
        )
    result.append(
        Row(
            "peak RSS at visible, app − bare (medians)",
            f"{memory.extra_mb:+.1f} MB (app {memory.app_mb:.1f} MB, bare {memory.bare_mb:.1f} MB)",
            f"≤ +{MEMORY_BUDGET_MB:.0f} MB",
            memory.extra_mb <= MEMORY_BUDGET_MB,
        )
    )
    ready_mb = memory.extra_ready_mb
    result.append(
        Row(
            "peak RSS with recommendation + draft shown, app − bare",
            "not measured" if ready_mb is None else f"{ready_mb:+.1f} MB",
            f"≤ +{MEMORY_BUDGET_MB:.0f} MB",
            ready_mb is not None and ready_mb <= MEMORY_BUDGET_MB,
        )
    )
    loaded = _loaded_before_visible(startup, evidence)
    result.append(
        Row(
            "heavy imports before visible",
            ", ".join(loaded) if loaded else "none",
            "none",
            not loaded,
        )
    )
    return result


def directory_rows(result: DirectoryResult) -> list[Row]:
    """The company directory's figures (core side), over COMPANIES generated companies."""
    runs = ", ".join(f"{s:.2f}" for s in result.import_s)
    return [
        Row(
            f"import {COMPANIES:,} companies from CSV (median of {len(result.import_s)} new "
            "processes)",
            f"{result.import_median_s:.2f} s (runs {runs} s)",
            f"≤ {IMPORT_BUDGET_S:.0f} s",
            result.import_median_s <= IMPORT_BUDGET_S,
        ),
        Row(
            f"search keystroke, initial consonants included, over {result.companies:,} companies",
            f"median {result.keystroke_median_ms:.2f} ms, p95 {result.keystroke_p95_ms:.2f} ms "
            f"(n={len(result.keystroke_ms)})",
            f"median ≤ {SEARCH_BUDGET_MS:.0f} ms",
            result.keystroke_median_ms <= SEARCH_BUDGET_MS,
        ),
        Row(
            f"open the directory of {result.companies:,} (integrity check), then read its list",
            f"{result.open_ms:.0f} ms + {result.list_ms:.0f} ms",
            "",
            None,
        ),
        Row(
            "companies view: shown until its list is painted (median of 3 starts)",
            f"{result.view_open_ms:.0f} ms",
            f"≤ {VIEW_OPEN_BUDGET_MS:.0f} ms",
            result.view_open_ms <= VIEW_OPEN_BUDGET_MS,
        ),
        Row(
            "companies view: …then all of the list read and the file's integrity checked",
            f"{result.view_complete_ms:.0f} ms",
            "",
            None,
        ),
        Row(
            "companies view: a search keystroke until its matches are painted",
            f"median {median(list(result.view_keystroke_ms)):.2f} ms "
            f"(n={len(result.view_keystroke_ms)})",
            f"median ≤ {SEARCH_BUDGET_MS:.0f} ms",
            median(list(result.view_keystroke_ms)) <= SEARCH_BUDGET_MS,
        ),
    ]


def _loaded_before_visible(startup: StartupResult, evidence: ImportEvidence) -> list[str]:
    """From the import log, and from sys.modules as every timed app child saw it at visible."""
    names = dict.fromkeys(evidence.deferred_loaded())
    for app, _ in startup.pairs:
        seen = app.visible.get("deferred_loaded")
        if isinstance(seen, list):
            names.update(dict.fromkeys(str(name) for name in seen))
    return list(names)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    pairs = args.pairs or (3 if args.quick else 20)
    reps = args.reps or (50 if args.quick else 200)
    began = time.perf_counter()
    try:
        with x_display() as display, isolated_env(display.name) as env:
            _progress(f"display {display.description}; children run with LANG={CHILD_LANG}")
            _progress(f"  {COMPANIES:,} companies put into the app's directory first")
            stock(env)
            startup = measure_startup(env, pairs, progress=_progress)
            memory = peak_memory(startup)
            _progress("  import-time run")
            evidence = import_evidence(env)
            _progress(f"  interaction: {reps} changes per case")
            latencies, size = measure_interaction(env, reps)
            _progress(f"  company directory: import and search over {COMPANIES:,}")
            directory = measure_directory(env)
            _progress("  personal-data scan of a messenger text")
            personal = measure_scan()
            _progress(f"  case log: {CASES:,} generated cases")
            case_log = measure_cases()
            _progress("  single-instance check")
            instance = measure_instance(env, progress=_progress)
            _progress("  the bundle, if one is built (make dist)")
            bundle = measure_bundle(env, 3 if args.quick else 10, progress=_progress)
    except (DisplayError, ChildError, ValueError, RuntimeError) as error:
        print(f"benchmarks: could not measure: {error}", file=sys.stderr)
        return EXIT_NOT_MEASURED

    checked = rows(startup, memory, latencies, evidence) + directory_rows(directory)
    checked += scan_rows(personal)
    checked += cases_rows(case_log)
    checked += instance_rows(instance)
    checked += bundle_rows(bundle)
    window = f"{size[0]}×{size[1]}" if len(size) == 2 else "?"
    machine = describe(display.description, startup.qt_version)
    machine.append(("app window", f"{window} px, Korean UI, settings in a temporary XDG folder"))
    machine.append(("company directory", f"{COMPANIES:,} generated companies stored"))
    machine.append(("run took", f"{time.perf_counter() - began:.0f} s"))
    print(block("Fallback Desk benchmarks — machine", machine))
    print()
    print(table(checked))
    print()
    print(import_section(evidence))
    failed = [row.figure for row in checked if row.ok is False]
    print()
    if failed:
        print(f"Over budget: {'; '.join(failed)}.")
        return EXIT_OVER_BUDGET
    print("Every budget met.")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
