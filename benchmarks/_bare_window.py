"""The reference child: a bare PySide6 window with one QLabel, reported when visible."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel

from benchmarks import _visible


def main() -> int:
    app = QApplication(sys.argv[:1])
    reporter = _visible.install(app)
    label = QLabel("고객센터 대체 창구 · Fallback Desk")
    label.show()
    status = app.exec()
    del reporter
    return status


if __name__ == "__main__":
    sys.exit(main())
