"""Child: the company directory's core figures, in a process of its own (no display needed).

    import CSV DATABASE   read, check and write every company of CSV into a new DATABASE
    search DATABASE FILE  open DATABASE, read the list, then search each line of FILE
    stock CSV             import CSV into the person's directory (the app's own folders)
    view FILE             show the window's companies view on the person's directory (stocked
                          first; needs a display), then type each line of FILE into its search

Prints one line `result {json}`.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def _import(source: Path, database: Path) -> dict[str, object]:
    from fallback_desktop.core.store.directory import Directory
    from fallback_desktop.core.store.exchange import read_import

    directory = Directory.open(database)  # a new, empty directory (the sample only)
    start = time.perf_counter()
    result = directory.merge(read_import(source), None)
    took = time.perf_counter() - start
    directory.close()
    return {"import_s": took, "added": result.added}


def _search(database: Path, queries: Path) -> dict[str, object]:
    from fallback_desktop.core.store.directory import Directory

    start = time.perf_counter()
    directory = Directory.open(database)
    opened = time.perf_counter()
    count = len(directory.listed())
    listed = time.perf_counter()
    samples: list[float] = []
    for query in queries.read_text(encoding="utf-8").splitlines():
        before = time.perf_counter()
        directory.search(query)
        samples.append((time.perf_counter() - before) * 1000)
    return {
        "open_ms": (opened - start) * 1000,
        "list_ms": (listed - opened) * 1000,
        "companies": count,
        "keystroke_ms": samples,
    }


def _view(queries: Path) -> dict[str, object]:
    """Until the person sees the list: from showing the view (which opens the directory and
    reads a screenful of its list after its first paint) to the list painted; then until the
    whole list is read and the file checked; then per keystroke, from the search box's new text
    to the matches painted."""
    from PySide6.QtWidgets import QApplication

    from fallback_desktop.gui.companies.view import FIRST_ROWS, CompaniesView
    from fallback_desktop.session import Session

    app = QApplication([])
    session = Session(lang="ko")  # its directory opens when the view first shows
    view = CompaniesView(session)
    view.resize(1024, 600)
    start = time.perf_counter()
    view.show()
    while view.model.rowCount() == 0:
        app.processEvents()
    view.list.viewport().repaint()
    opened = (time.perf_counter() - start) * 1000
    # Then the rest of the list and the file's integrity check, after that first paint.
    while view.model.rowCount() <= FIRST_ROWS:
        app.processEvents()
    complete = (time.perf_counter() - start) * 1000
    samples: list[float] = []
    for query in queries.read_text(encoding="utf-8").splitlines():
        before = time.perf_counter()
        view.search.setText(query)
        view.list.viewport().repaint()
        samples.append((time.perf_counter() - before) * 1000)
    return {"view_open_ms": opened, "view_complete_ms": complete, "view_keystroke_ms": samples}


def _stock(source: Path) -> dict[str, object]:
    from fallback_desktop.core.store.directory import Directory, OnConflict
    from fallback_desktop.core.store.exchange import read_import

    directory = Directory.open()
    result = directory.merge(read_import(source), OnConflict.REPLACE)
    directory.close()
    return {"added": result.added}


def main(argv: list[str]) -> int:
    mode, *paths = argv
    if mode == "import":
        result = _import(Path(paths[0]), Path(paths[1]))
    elif mode == "search":
        result = _search(Path(paths[0]), Path(paths[1]))
    elif mode == "view":
        result = _view(Path(paths[0]))
    else:
        result = _stock(Path(paths[0]))
    print("result " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
