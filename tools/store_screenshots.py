"""The two screenshots the AppStream metainfo names (docs/screenshots/window-{ko,en}.png).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m tools.store_screenshots

The real window at 1400×900 with a letter typed in — only example.com addresses and a clearly
made-up name and number — in a throw-away profile. Run before a release when the window changed;
these two files are the only screenshots kept in the repository.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fallback_desktop.core.text.lang import Lang

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1400, 900)
# A Tuesday morning in Seoul with no holiday: lines are staffed, the plan is an ordinary one.
SHOT_AT = (2026, 11, 24, 10, 30)
LETTERS = {
    "ko": {
        "toEdit": "help@example.com",
        "companyEdit": "예시전자",
        "productEdit": "드럼세탁기 XY-100",
        "orderNumberEdit": "20261122-0000001",
        "nameEdit": "홍길동",
        "phoneEdit": "010-0000-0000",
        "emailEdit": "me@example.com",
        "detailsEdit": "배송받은 세탁기가 탈수 단계에서 멈추고 오류 코드 E3가 표시됩니다. "
        "설명서대로 배수 필터를 청소했지만 같은 증상이 반복됩니다.",
        "triedEdit": "11월 24일 오전과 오후에 두 번 전화했으나 연결되지 않았습니다.",
        "resolutionEdit": "방문 수리 일정을 잡아 주세요.",
    },
    "en": {
        "toEdit": "help@example.com",
        "companyEdit": "Example Electronics",
        "productEdit": "Washing machine XY-100",
        "orderNumberEdit": "20261122-0000001",
        "nameEdit": "Alex Doe",
        "phoneEdit": "010-0000-0000",
        "emailEdit": "me@example.com",
        "detailsEdit": "The washing machine stops while spinning and shows error E3. I cleaned "
        "the drain filter as the manual says; it keeps happening.",
        "triedEdit": "Called twice on 24 November; the line did not connect.",
        "resolutionEdit": "Please book a repair visit.",
    },
}


def _wait_until(condition: Callable[[], object], timeout: float = 30.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get ready in time")
        QApplication.processEvents()
        time.sleep(0.01)


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(10):
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        time.sleep(0.02)


def shoot(lang: str, out: Path) -> Path:
    """The window in lang with the example letter, grabbed to out/window-<lang>.png."""
    from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

    from fallback_desktop.core.store.files import Loaded
    from fallback_desktop.core.store.profile import Preferences
    from fallback_desktop.gui.i18n import install_language
    from fallback_desktop.gui.main_window import MainWindow
    from fallback_desktop.session import Session

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    chosen: Lang = "ko" if lang == "ko" else "en"
    install_language(app, chosen)
    import datetime as dt

    from fallback_desktop.core.calendar.business import SEOUL

    moment = dt.datetime(*SHOT_AT, tzinfo=SEOUL)
    prefs = Preferences(lang=chosen, large_text=False)
    session = Session(lang=chosen, clock=lambda: moment)
    window = MainWindow(session=session, preferences=(prefs, Loaded()))
    window.resize(*SIZE)
    window.show()
    subject = window.findChild(QLineEdit, "subjectEdit")
    _wait_until(lambda: window.recommendation is not None and subject and subject.text())
    for name, value in LETTERS[chosen].items():
        line = window.findChild(QLineEdit, name)
        box = window.findChild(QPlainTextEdit, name)
        if line is not None:
            line.setText(value)
        elif box is not None:
            box.setPlainText(value)
    _settle()
    path = out / f"window-{chosen}.png"
    if not window.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    window.close()
    window.deleteLater()
    _settle()
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.store_screenshots", description=__doc__)
    parser.add_argument("outdir", nargs="?", type=Path, default=OUT)
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fallback-store-shots-") as home:
        os.environ["FALLBACK_DESK_HOME"] = home  # never the person's own profile
        from fallback_desktop.gui.app import create_application
        from fallback_desktop.gui.fonts import setup_fonts

        app = create_application(sys.argv[:1])
        setup_fonts(app, False)
        for lang in ("ko", "en"):
            print(f"wrote {shoot(lang, args.outdir)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
