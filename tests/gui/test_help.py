"""Help: every page in both languages, F1, the keys read from the window, the numbers' sources,
links opened only for the web, About with its versions, and no sentence borrowed from the seed."""

from __future__ import annotations

import hashlib
import itertools
import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QListWidget, QMessageBox, QTextBrowser
from pytestqt.qtbot import QtBot

from fallback_desktop.core.recommend.sources import sources_markdown
from fallback_desktop.core.text.lang import LANGS, Lang
from fallback_desktop.gui import desktop
from fallback_desktop.gui.help import about
from fallback_desktop.gui.help.pages import PAGE_IDS, WRITTEN_PAGES, page_title
from fallback_desktop.gui.help.shortcuts import VIEW_KEYS, keys_of, shortcuts_markdown
from fallback_desktop.gui.help.window import HelpWindow
from fallback_desktop.gui.i18n import install_language
from fallback_desktop.gui.main_window import MainWindow
from fallback_desktop.paths import resource

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise"
)

ROOT = Path(__file__).resolve().parents[2]
SEED = Path("/work/shared/seed")
HANGUL = re.compile("[가-힣]")


def open_page(window: MainWindow, page_id: str) -> HelpWindow:
    help_window = window.help.show_page(page_id)
    assert help_window.objectName() == "helpWindow"
    assert help_window.isVisible()
    return help_window


def shown_text(help_window: HelpWindow) -> str:
    browser = help_window.findChild(QTextBrowser, "helpBrowser")
    assert browser is not None
    return browser.toPlainText()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_each_page_opens_in_each_language(
    main_window: MainWindow, qapp: QApplication, page_id: str, lang: Lang
) -> None:
    install_language(qapp, lang)
    help_window = open_page(main_window, page_id)
    text = shown_text(help_window)
    assert text.splitlines()[0] == page_title(page_id, lang)  # the page, not another
    assert len(text) > 200
    if lang == "ko":
        assert HANGUL.search(text)
    pages = help_window.findChild(QListWidget, "helpPages")
    assert pages is not None
    assert [pages.item(i).text() for i in range(pages.count())] == [
        page_title(p, lang) for p in PAGE_IDS
    ]
    assert pages.currentRow() == PAGE_IDS.index(page_id)


def test_the_open_page_follows_a_language_switch(
    main_window: MainWindow, qapp: QApplication, qtbot: QtBot
) -> None:
    help_window = open_page(main_window, "faq")
    assert shown_text(help_window).splitlines()[0] == "Questions and answers"
    install_language(qapp, "ko")
    qtbot.waitUntil(lambda: shown_text(help_window).splitlines()[0] == "자주 묻는 질문")
    assert help_window.pages.item(0).text() == "사용 방법"


def test_f1_opens_the_how_to(main_window: MainWindow, qtbot: QtBot) -> None:
    action = main_window.help.actions["howto"]
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert action in main_window.help_menu.actions()
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, action.shortcut()[0].key())
    help_window = main_window.help.help_window
    assert help_window is not None
    qtbot.waitUntil(help_window.isVisible)
    assert help_window.page_id() == "howto"
    assert shown_text(help_window).startswith("How to use")


def test_the_help_menu_holds_every_page_and_about(main_window: MainWindow) -> None:
    actions = [a for a in main_window.help_menu.actions() if not a.isSeparator()]
    assert actions == [*main_window.help.actions.values(), main_window.about_action]
    assert [a.text() for a in actions[:4]] == [
        "&How to use",
        "&Questions and answers",
        "&Where the numbers come from",
        "&Keyboard shortcuts",
    ]


def _rows(text: str) -> dict[str, str]:
    """A table as Qt reads it out: each cell on a line of its own, the keys before the deed."""
    lines = text.splitlines()
    return {keys: does for keys, does in itertools.pairwise(lines)}


def test_the_shortcuts_page_is_read_from_the_window(main_window: MainWindow) -> None:
    if not keys_of(main_window.quit_action):  # no standard Quit key on this platform (offscreen)
        main_window.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    new_keys = keys_of(main_window.new_letter_action)
    quit_keys = keys_of(main_window.quit_action)
    assert new_keys  # Ctrl+N
    rows = _rows(shown_text(open_page(main_window, "shortcuts")))
    assert rows[new_keys] == "File › New letter"
    assert rows[quit_keys] == "File › Quit"
    assert rows["F1"] == "Help › How to use"
    assert rows["Ctrl+2"] == "View › Companies"  # the views, from the View menu
    undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert rows[undo].startswith("Companies")
    assert rows["Enter"].startswith("Press the button")
    assert "Tab" in rows


def test_the_keys_the_page_names_for_views_are_bound_there(main_window: MainWindow) -> None:
    for view_id in ("companies", "templates"):
        main_window.views.view(view_id)  # built now, as when its tab is first shown
    bound = {s.key().toString() for s in main_window.findChildren(QShortcut)}
    for standard, _words in VIEW_KEYS:
        assert QKeySequence(standard).toString() in bound, standard


def test_a_new_menu_shortcut_shows_up_by_itself(main_window: MainWindow) -> None:
    main_window.new_letter_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
    assert "Ctrl+Shift+L" in shortcuts_markdown(main_window.menuBar(), "en")


def test_the_sources_page_names_the_surveys(main_window: MainWindow, qapp: QApplication) -> None:
    install_language(qapp, "ko")
    text = shown_text(open_page(main_window, "sources"))
    assert "쿠키뉴스, 2013" in text
    assert re.search(r"한국소비자원[^\n]*\(2021\)", text)
    assert "\\" not in text  # escapes are not shown
    assert "9~10시" in text  # and not taken as strikethrough


def test_web_links_open_in_the_browser_with_the_host_shown(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(desktop, "open_url", lambda url: opened.append(url) or True)
    help_window = open_page(main_window, "howto")
    browser = help_window.browser
    browser.highlighted.emit(QUrl("https://www.ccn.go.kr/"))
    assert "www.ccn.go.kr" in help_window.status.text()
    browser.anchorClicked.emit(QUrl("https://www.ccn.go.kr/"))
    assert opened == ["https://www.ccn.go.kr/"]
    assert "Opened www.ccn.go.kr" in help_window.status.text()
    for unsafe in ("file:///etc/passwd", "javascript:alert(1)", "mailto:a@example.com"):
        browser.anchorClicked.emit(QUrl(unsafe))
        assert help_window.status.text() == "This link cannot be opened."
    assert opened == ["https://www.ccn.go.kr/"]
    browser.anchorClicked.emit(QUrl("faq"))  # a link to another page of Help
    assert help_window.page_id() == "faq"


def test_a_missing_page_says_so_instead_of_failing(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fallback_desktop.gui.help import pages

    monkeypatch.setattr(pages, "resource", lambda *parts: Path("/nonexistent", *parts))
    text = shown_text(open_page(main_window, "faq"))
    assert text.splitlines()[0] == "Questions and answers"
    assert "could not be read" in text


def test_the_how_to_links_only_to_the_web() -> None:
    for lang in LANGS:
        page = resource("help", lang, "howto.md").read_text(encoding="utf-8")
        targets = re.findall(r"\]\(([^)]+)\)", page)
        assert targets
        assert all(t.startswith("https://") for t in targets), targets


def test_the_window_fits_a_small_screen(main_window: MainWindow, qapp: QApplication) -> None:
    help_window = open_page(main_window, "sources")
    for large in (False, True):
        main_window.large_text_action.setChecked(large)
        hint = help_window.minimumSizeHint()
        assert hint.width() <= 1024
        assert hint.height() <= 540
        assert help_window.width() <= 1024
        assert help_window.height() <= 560
        pages = help_window.pages
        for row in range(pages.count()):
            title = pages.item(row).text()
            assert pages.fontMetrics().horizontalAdvance(title) < pages.width()
    main_window.large_text_action.setChecked(False)


def test_about_names_the_versions_the_data_and_the_licence(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import platform

    import PySide6

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    main_window.about_action.trigger()
    (text,) = shown
    for version in (platform.python_version(), qVersion(), PySide6.__version__):
        assert version in text
    assert "2021" in text  # the most recent year among the reply figures
    assert "MIT" in text


def test_the_licence_named_is_the_projects() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == about.LICENCE


# The seed article is not shipped; what it holds is kept as hashes of its 25-character runs
# (whitespace collapsed), so the check runs anywhere without carrying the article's text.
FINGERPRINT = Path(__file__).with_name("seed_runs.txt")
RUN = 25


def _runs(value: str) -> set[str]:
    flat = re.sub(r"\s+", " ", value)
    return {flat[i : i + RUN] for i in range(len(flat) - RUN + 1)}


def fingerprint(value: str) -> set[str]:
    """Short hashes of every run of RUN characters in value."""
    return {hashlib.blake2b(run.encode(), digest_size=5).hexdigest() for run in _runs(value)}


def _stored_fingerprint() -> set[str]:
    lines = FINGERPRINT.read_text(encoding="ascii").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


@pytest.mark.skipif(not SEED.is_dir(), reason="the seed article is kept beside the project")
def test_the_stored_fingerprint_is_the_articles() -> None:
    article = "".join(p.read_text(encoding="utf-8") for p in sorted(SEED.glob("*.txt")))
    assert _stored_fingerprint() == fingerprint(article)


def test_no_help_page_copies_the_article() -> None:
    seed = _stored_fingerprint()
    assert len(seed) > 3000
    pages = {
        f"{lang}/{page}": resource("help", lang, f"{page}.md").read_text(encoding="utf-8")
        for lang in LANGS
        for page in WRITTEN_PAGES
    }
    pages |= {f"{lang}/sources": sources_markdown(lang) for lang in LANGS}
    for name, markdown in pages.items():
        for shown in (markdown, re.sub(r"[*#`\\]", "", markdown)):  # as written and as read
            copied = sorted(run for run in _runs(shown) if fingerprint(run) & seed)
            assert not copied, (name, copied[:3])


def test_the_copy_check_would_catch_a_copied_sentence() -> None:
    copied = "고객센터에 연결되지 않는 이유는 대개 대기 인원이 많거나 기술적 문제 때문입니다"
    assert fingerprint(copied) & _stored_fingerprint()
