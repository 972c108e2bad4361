"""Every visible string has a Korean translation, and the compiled catalogue is current."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from fallback_desktop.gui.i18n import install_language, qm_path
from fallback_desktop.paths import resource
from tools import translations as i18n_build

from .conftest import FakeClock

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

HANGUL = re.compile("[가-힣]")
PLACEHOLDER = re.compile(r"%\d|\{\w+\}")
TS_PATH = resource("translations", i18n_build.TS_NAME)

Key = tuple[str, str]


def messages(path: Path) -> dict[Key, ET.Element]:
    """(context, source) -> <translation>, leaving out strings no longer in the code."""
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            found[(name, message.findtext("source", ""))] = translation
    return found


def test_every_message_has_a_finished_korean_translation() -> None:
    unfinished = [
        key
        for key, translation in messages(TS_PATH).items()
        if translation.get("type") == "unfinished" or not (translation.text or "").strip()
    ]
    assert not unfinished


def test_translations_keep_every_placeholder() -> None:
    for (context, source), translation in messages(TS_PATH).items():
        wanted = sorted(PLACEHOLDER.findall(source))
        assert sorted(PLACEHOLDER.findall(translation.text or "")) == wanted, (context, source)


def test_no_string_in_the_code_is_missing_from_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_ko.ts"
    i18n_build.lupdate(fresh)
    missing = set(messages(fresh)) - set(messages(TS_PATH))
    assert not missing, "run `make translations` and translate"


def test_the_compiled_catalogue_matches_the_ts(tmp_path: Path) -> None:
    rebuilt = tmp_path / "rebuilt.qm"
    i18n_build.lrelease(TS_PATH, rebuilt)
    assert rebuilt.read_bytes() == qm_path().read_bytes(), "the .qm is stale: run i18n_build"


def test_a_korean_window_speaks_korean(
    qapp: QApplication, qtbot: QtBot, fake_clock: FakeClock
) -> None:
    from fallback_desktop.gui.main_window import MainWindow

    install_language(qapp, "ko")
    window = MainWindow(clock=fake_clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.recommendation is not None)
    assert HANGUL.search(window.windowTitle())
    for menu in (window.view_menu, window.language_menu, window.help_menu):
        assert HANGUL.search(menu.title()), menu.title()
    assert HANGUL.search(window.large_text_action.text())
    texts = [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
    shown = [text for text in texts if re.search("[A-Za-z가-힣]", text)]
    assert shown
    english_only = [t for t in shown if not HANGUL.search(t) and t not in ("Fallback Desk",)]
    # Addresses and examples may be Latin (e.g. help@example.com); sentences may not.
    assert not [t for t in english_only if len(t.split()) > 2], english_only


def test_language_choice_order(monkeypatch: pytest.MonkeyPatch) -> None:
    from fallback_desktop.core.store.profile import Preferences
    from fallback_desktop.gui import app

    monkeypatch.setattr(app, "system_lang", lambda: "ko")
    assert app.choose_lang("en", Preferences(lang="ko")) == "en"
    assert app.choose_lang(None, Preferences(lang="en")) == "en"
    assert app.choose_lang(None, Preferences(lang=None)) == "ko"
    monkeypatch.setattr(app, "system_lang", lambda: "en")
    assert app.choose_lang(None, Preferences()) == "en"


def test_system_language_follows_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QLocale

    from fallback_desktop.gui import i18n

    korean = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: korean))
    assert i18n.system_lang() == "ko"
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: german))
    assert i18n.system_lang() == "en"


def test_a_hangul_font_is_preferred() -> None:
    from fallback_desktop.gui.fonts import hangul_family

    assert hangul_family(["DejaVu Sans", "Malgun Gothic", "Noto Sans CJK KR"]) == "Noto Sans CJK KR"
    assert hangul_family(["DejaVu Sans"]) is None
