"""Screenshots of the real main window at laptop and desktop sizes, to look at after UI changes.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m tools.screenshots OUTDIR

Every combination of size (1024×600, 1400×900), language (ko, en) and text size (normal, large)
gets a window with a realistic Korean letter typed in, grabbed as it opens, with the card's plan
in view, with a row of the comparison picked (that channel in full), with both sides of the
draft scrolled to the bottom (the hand-off buttons), the companies view (a company in full,
found by its initials, and in the editor), the case log (recording a letter and a call in one
click, an overdue case and its next steps) and with the View menu open; then the
.eml save dialog in each language. The
person's own folders are never touched: the window gets a throw-away home. PNGs go to OUTDIR,
which should lie outside the repository.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SIZES = ((1024, 600), (1400, 900))
EXAMPLE_COMPANY: Any = None  # made once the app runs: its checks load phonenumbers
LANGS = ("ko", "en")
TEXT_SIZES = ("normal", "large")

LETTER = {
    "toEdit": "help@gana-electronics.co.kr",
    "companyEdit": "가나전자 고객센터",
    "productEdit": "드럼세탁기 XY-100 (21kg, 화이트)",
    "orderNumberEdit": "20261122-0045871",
    "nameEdit": "김민지",
    "phoneEdit": "010-1234-5678",
    "emailEdit": "minji.kim@example.com",
}
LETTER_TEXTS = {
    "detailsEdit": (
        "11월 22일 배송받은 세탁기가 탈수 단계에서 멈추고 오류 코드 E3가 표시됩니다. "
        "전원을 껐다 켜고 설명서대로 배수 필터도 청소했지만 같은 증상이 세 번 반복되었습니다.\n"
        "세탁물이 물에 젖은 채로 남아 있어 매일 손빨래를 하고 있습니다."
    ),
    "triedEdit": "11월 24일 오전 9시 10분, 오후 1시 5분 고객센터(1588-0000)에 전화했으나 "
    "30분 넘게 연결되지 않았습니다.",
    "resolutionEdit": "방문 수리 일정을 잡아 주시고, 수리가 어려우면 교환해 주세요.",
}


def _example_company() -> object:
    """A company with every kind of fact, on example addresses (nothing real is invented)."""
    import datetime as dt

    from fallback_desktop.core.domain.company_checks import (
        make_address,
        make_channel,
        make_company,
    )
    from fallback_desktop.core.domain.hours_text import hours_from_text

    recent = dt.date.today() - dt.timedelta(days=20)
    return make_company(
        "가나전자",
        ["Gana Electronics", "가나"],
        [
            make_channel(
                "phone",
                [make_address("phone", "1588-0000", ars="2 → 0", source="영수증", verified=recent)],
                hours_from_text("Mon-Fri 09:00-18:00; lunch 12:00-13:00; Sat 09:00-13:00"),
            ),
            make_channel(
                "chat",
                [
                    make_address(
                        "chat",
                        "https://help.example.com/chat",
                        source="홈페이지",
                        verified=dt.date(2024, 5, 2),
                    )
                ],
            ),
            make_channel(
                "webform",
                [make_address("webform", "https://www.example.com/inquiry", max_chars=2000)],
            ),
        ],
    )


def _wait_until(app: object, condition: Callable[[], object], timeout: float = 20.0) -> None:
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get ready in time")
        app.processEvents()
        time.sleep(0.01)


def _settle(app: object) -> None:
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    for _ in range(5):
        QApplication.sendPostedEvents()
        app.processEvents()
        time.sleep(0.02)


def _fill_letter(window: object) -> None:
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

    assert isinstance(window, QWidget)
    for name, value in LETTER.items():
        edit = window.findChild(QLineEdit, name)
        if edit is not None:
            edit.setText(value)
    for name, value in LETTER_TEXTS.items():
        box = window.findChild(QPlainTextEdit, name)
        if box is not None:
            box.setPlainText(value)
    known = window.findChild(QCheckBox, "incidentDateKnown")
    if known is not None:
        known.setChecked(True)


def _scroll_to_bottom(window: object) -> None:
    from PySide6.QtWidgets import QScrollArea, QWidget

    assert isinstance(window, QWidget)
    for area in window.findChildren(QScrollArea):
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())


def _show_card_top(window: object) -> None:
    """Scroll the left column so the recommendation card (the plan first) starts at its top."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QScrollArea, QWidget

    assert isinstance(window, QWidget)
    area = window.findChild(QScrollArea, "adviseScroll")
    card = window.findChild(QWidget, "recommendationCard")
    content = area.widget() if area is not None else None
    if area is not None and card is not None and content is not None:
        area.verticalScrollBar().setValue(card.mapTo(content, QPoint(0, 0)).y())


def shoot(outdir: Path, size: tuple[int, int], lang: str, text_size: str) -> list[Path]:
    """Grab one window in one combination; returns the files written."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QTableView, QTabWidget

    from fallback_desktop.core.store.files import Loaded
    from fallback_desktop.core.store.profile import Preferences
    from fallback_desktop.gui.fonts import apply_text_size
    from fallback_desktop.gui.i18n import install_language
    from fallback_desktop.gui.main_window import MainWindow
    from fallback_desktop.session import Session
    from tools.case_screenshots import shoot_cases
    from tools.helper_screenshots import shoot_helpers

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    large = text_size == "large"
    apply_text_size(app, large)
    install_language(app, "ko" if lang == "ko" else "en")
    _settle(app)
    prefs = Preferences(lang="ko" if lang == "ko" else "en", large_text=large)
    window = MainWindow(session=Session(lang=prefs.lang), preferences=(prefs, Loaded()))
    width, height = size
    window.resize(width, height)
    window.show()
    subject = window.findChild(QLineEdit, "subjectEdit")
    _wait_until(app, lambda: window.recommendation is not None)
    _wait_until(app, lambda: subject is not None and subject.text())
    _fill_letter(window)
    _settle(app)
    stem = f"{width}x{height}-{lang}-{text_size}"
    written: list[Path] = []

    def grab(widget: object, name: str) -> None:
        from PySide6.QtWidgets import QWidget

        assert isinstance(widget, QWidget)
        path = outdir / f"{stem}-{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)

    grab(window, "top")
    _show_card_top(window)
    _settle(app)
    grab(window, "plan")
    _shoot_company_advice(window, app, grab)
    table = window.findChild(QTableView, "channelTable")
    if table is not None:
        # A row picked in the comparison: that channel in full on the card.
        table.selectRow(2)
        _settle(app)
        grab(window, "details")
        table.clearSelection()
        _settle(app)
    _scroll_to_bottom(window)
    _settle(app)
    grab(window, "bottom")
    tabs = window.findChild(QTabWidget, "draftTabs")
    if tabs is not None and tabs.isVisible():
        # A narrow window shows the form and the letter as tabs: the letter side too.
        tabs.setCurrentIndex(1)
        _settle(app)
        grab(window, "letter-bottom")
        for area in window.findChildren(QScrollArea):
            area.verticalScrollBar().setValue(0)
        _settle(app)
        grab(window, "letter-top")
    shoot_helpers(window, lambda: _settle(app), grab)
    _shoot_companies(window, app, grab)
    shoot_cases(window, lambda: _settle(app), grab)
    menu = window.view_menu
    menu.popup(window.mapToGlobal(QPoint(10, 30)))
    _settle(app)
    grab(menu, "view-menu")
    menu.close()
    window.close()
    window.deleteLater()
    _settle(app)
    return written


def _shoot_company_advice(window: object, app: object, grab: Callable[[object, str], None]) -> None:
    """The advice for the sample company: its channels only, its number in the plan."""
    from PySide6.QtWidgets import QScrollArea, QWidget

    from fallback_desktop.gui.advise.company_combo import CompanyCombo

    assert isinstance(window, QWidget)
    combo = window.findChild(CompanyCombo, "companyCombo")
    if combo is None:
        return
    combo.choose("쿠쿠")
    area = window.findChild(QScrollArea, "adviseScroll")
    if area is not None:
        area.verticalScrollBar().setValue(0)
    _settle(app)
    grab(window, "company")
    _show_card_top(window)
    _settle(app)
    grab(window, "company-plan")
    combo.choose("")
    _settle(app)


def _shoot_companies(window: object, app: object, grab: Callable[[object, str], None]) -> None:
    """The companies view: the list with a company in full, a search by initials, the editor."""
    from PySide6.QtWidgets import QApplication

    from fallback_desktop.gui.companies.view import CompaniesView
    from fallback_desktop.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    assert isinstance(app, QApplication)
    index = next(i for i, spec in enumerate(window.views.specs) if spec.id == "companies")
    window.views.show_view(index)
    view = window.views.view("companies")
    assert isinstance(view, CompaniesView)
    _wait_until(app, lambda: view.model.rowCount() > 0)
    if view.session.directory.get(EXAMPLE_COMPANY.name) is None:
        view.session.directory.add(EXAMPLE_COMPANY)
    view.search.setText("ㄱㄴ")
    _settle(app)
    grab(window, "companies")
    view.start_editing()
    _settle(app)
    grab(window, "companies-editor")
    view.cancel()
    view.search.clear()
    window.views.show_view(0)
    _settle(app)


def shoot_save_dialog(outdir: Path, lang: str) -> Path:
    """The .eml save dialog as the window opens it, in lang."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    from fallback_desktop.gui import desktop
    from fallback_desktop.gui.i18n import install_language

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "ko" if lang == "ko" else "en")
    _settle(app)
    path = outdir / f"save-dialog-{lang}.png"

    def grab_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, grab_and_cancel)
            return
        _settle(app)
        dialog.grab().save(str(path))
        dialog.reject()

    QTimer.singleShot(0, grab_and_cancel)
    desktop.ask_save_path(None, "Save", Path(tempfile.gettempdir()) / "letter.eml", "*.eml")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.screenshots")
    parser.add_argument("outdir", type=Path, help="folder for the PNGs (outside the repository)")
    args = parser.parse_args(argv)
    outdir: Path = args.outdir
    outdir.mkdir(parents=True, exist_ok=True)
    # A throw-away home: the screenshots never read or change the person's own files.
    home = tempfile.mkdtemp(prefix="fallback-shots-")
    os.environ["FALLBACK_DESK_HOME"] = home

    from fallback_desktop.gui.app import create_application
    from fallback_desktop.gui.fonts import setup_fonts

    app = create_application(sys.argv[:1])
    global EXAMPLE_COMPANY
    EXAMPLE_COMPANY = _example_company()
    setup_fonts(app, False)
    for size in SIZES:
        for lang in LANGS:
            for text_size in TEXT_SIZES:
                for path in shoot(outdir, size, lang, text_size):
                    print(path)
    for lang in LANGS:
        print(shoot_save_dialog(outdir, lang))
    return 0


if __name__ == "__main__":
    sys.exit(main())
