"""The helper for every channel: the choice of channel, each page in Korean and English, the web
form's cap and counts, only the page on screen kept up to date, the phone page and its timer."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from fallback_desktop.core.domain.company import Company
from fallback_desktop.core.domain.company_checks import make_address, make_channel, make_company
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing.fields import DraftFields
from fallback_desktop.gui.i18n import install_language
from fallback_desktop.gui.write.channel_pages import ChannelHelpers
from tests.gui.conftest import TUESDAY_MORNING
from tests.gui.draft_helpers import Seams
from tests.shared import CALENDAR

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

HANGUL = re.compile("[가-힣]")
PAGES = ("webform", "messenger", "sns", "chat", "portal", "phone", "app")


def example_company(max_chars: int | None = 2000) -> Company:
    """Made-up addresses on example.com and a clearly fake number."""
    web = "https://www.example.com"
    return make_company(
        "예시전자",
        channels=[
            make_channel("phone", [make_address("phone", "080-000-0000", ars="2 → 0")]),
            make_channel("messenger", [make_address("messenger", f"{web}/talk")]),
            make_channel("sns", [make_address("sns", "https://social.example.org/desk")]),
            make_channel("chat", [make_address("chat", f"{web}/chat")]),
            make_channel("webform", [make_address("webform", f"{web}/ask", max_chars=max_chars)]),
            make_channel("portal", [make_address("portal", f"{web}/faq")]),
            make_channel("app", [make_address("app", "예시전자 고객센터 앱")]),
        ],
    )


def fields(lang: Lang = "ko", **more: str) -> DraftFields:
    values: dict[str, object] = {
        "company": "예시전자" if lang == "ko" else "Example Electronics",
        "product": "전기밥솥 EX-100" if lang == "ko" else "Rice cooker EX-100",
        "order_number": "A-0001",
        "details": "지난주에 받은 밥솥의 뚜껑이 닫히지 않아요."
        if lang == "ko"
        else "The lid of the rice cooker delivered last week does not close.",
        **more,
    }
    return DraftFields(values)


def make_helpers(qtbot: QtBot, **kwargs: Any) -> tuple[ChannelHelpers, QLabel]:
    letter = QLabel("the letter")
    letter.setObjectName("letterStandIn")
    helpers = ChannelHelpers(letter, **kwargs)
    qtbot.addWidget(helpers)
    helpers.resize(900, 700)
    helpers.show()
    qtbot.waitExposed(helpers)
    return helpers, letter


def feed(
    helpers: ChannelHelpers, lang: Lang = "ko", company: Company | None = None, **more: str
) -> None:
    helpers.set_fields(
        fields(lang, **more),
        lang,
        "repair",
        company or example_company(),
        TUESDAY_MORNING,
        CALENDAR,
    )


def find(root: QWidget, cls: type[Any], name: str) -> Any:
    found = root.findChild(cls, name)
    assert found is not None, name
    return found


# -- choosing ---------------------------------------------------------------------------------


def test_starts_with_the_letter_and_switches_on_set_channel(qtbot: QtBot) -> None:
    helpers, letter = make_helpers(qtbot)
    assert helpers.objectName() == "channelHelpers"
    assert letter.isVisible()
    assert helpers.combo.currentData() == "email"
    chosen: list[str] = []
    helpers.channel_chosen.connect(chosen.append)
    helpers.set_channel("webform")
    assert not letter.isVisible()
    assert find(helpers, QPlainTextEdit, "webformText").isVisible()
    assert helpers.combo.currentData() == "webform"
    assert chosen == []  # the window chose it: no echo back
    helpers.set_channel("nonsense")
    assert helpers.channel == "webform"


def test_the_choice_switches_pages_and_says_so(qtbot: QtBot) -> None:
    helpers, _letter = make_helpers(qtbot)
    chosen: list[str] = []
    helpers.channel_chosen.connect(chosen.append)
    helpers.combo.setCurrentIndex(helpers.combo.findData("phone"))
    assert chosen == ["phone"]
    assert find(helpers, QWidget, "phoneGrid").isVisibleTo(helpers)


def test_sns_and_messenger_share_a_page_with_their_own_link(qtbot: QtBot) -> None:
    helpers, _letter = make_helpers(qtbot)
    feed(helpers)
    helpers.set_channel("messenger")
    button = find(helpers, QPushButton, "openMessengerButton")
    assert "www.example.com" in button.text()
    helpers.set_channel("sns")
    assert "social.example.org" in button.text()
    assert helpers.pages["messenger"] is helpers.current_page()


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("channel", PAGES)
def test_every_page_shows_the_facts_in_both_languages(
    qtbot: QtBot, qapp: QApplication, channel: str, lang: Lang
) -> None:
    install_language(qapp, lang)
    qapp.processEvents()
    helpers, _letter = make_helpers(qtbot)
    feed(helpers, lang)
    helpers.set_channel(channel)
    page = helpers.current_page()
    assert page is not None
    assert page.isVisible()
    labels = [w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page)]
    boxes = [w.toPlainText() for w in page.findChildren(QPlainTextEdit) if w.isVisibleTo(page)]
    shown = "\n".join(labels + boxes)
    if channel in ("webform", "messenger", "sns", "chat", "app"):
        assert "A-0001" in shown  # the order number made it into the text
    if channel == "phone":
        assert "080-000-0000" in shown
    assert bool(HANGUL.search(shown)) is (lang == "ko") or channel in ("portal", "app")
    assert helpers.combo.currentText() != ""


# -- web form ---------------------------------------------------------------------------------


def test_webform_takes_the_company_cap_and_counts(qtbot: QtBot) -> None:
    helpers, _letter = make_helpers(qtbot)
    helpers.set_channel("webform")
    feed(helpers, "en")
    page = helpers.pages["webform"]
    assert find(page, QWidget, "webformLimit").value() == 2000
    assert find(page, QWidget, "webformUnit").currentData() == "chars"
    counts = find(page, QLabel, "webformCounts").text()
    assert re.fullmatch(
        r"[\d,]+ characters · UTF-8 [\d,]+ bytes · EUC-KR [\d,]+ bytes / limit 2,000 characters",
        counts,
    ), counts
    assert not find(page, QWidget, "webformShortened").isVisible()


def test_webform_says_what_it_shortened(qtbot: QtBot) -> None:
    helpers, _letter = make_helpers(qtbot)
    helpers.set_channel("webform")
    feed(helpers, "en", details="The lid does not close. " * 40)
    page = helpers.pages["webform"]
    find(page, QWidget, "webformUnit").setCurrentIndex(1)  # UTF-8 bytes
    find(page, QWidget, "webformLimit").setValue(300)
    text = find(page, QPlainTextEdit, "webformText").toPlainText()
    assert len(text.encode("utf-8")) <= 300
    shortened = find(page, QWidget, "webformShortened")
    assert shortened.isVisible()
    assert "limit" in find(page, QLabel, "webformCounts").text()


def test_webform_copy_and_open(qtbot: QtBot, seams: Seams) -> None:
    helpers, _letter = make_helpers(qtbot)
    helpers.set_channel("webform")
    feed(helpers)
    page = helpers.pages["webform"]
    find(page, QPushButton, "copyWebformButton").click()
    assert seams.copied == [find(page, QPlainTextEdit, "webformText").toPlainText()]
    opener = find(page, QPushButton, "openWebformButton")
    assert opener.isVisible()
    assert "www.example.com" in opener.text()
    opener.click()
    assert seams.opened == ["https://www.example.com/ask"]


def test_no_link_without_a_company(qtbot: QtBot) -> None:
    helpers, _letter = make_helpers(qtbot)
    helpers.set_channel("webform")
    helpers.set_fields(fields(), "ko", "general", None, TUESDAY_MORNING, CALENDAR)
    assert not find(helpers, QPushButton, "openWebformButton").isVisible()
    assert find(helpers, QWidget, "webformLimit").value() == 0  # no cap known


def test_a_company_without_a_known_cap_keeps_the_persons_own(qtbot: QtBot) -> None:
    helpers, _letter = make_helpers(qtbot)
    helpers.set_channel("webform")
    limit = find(helpers, QWidget, "webformLimit")
    feed(helpers, company=example_company(max_chars=None))
    limit.setValue(1500)
    feed(helpers, company=example_company(max_chars=None), details="더 적었어요")
    assert limit.value() == 1500


# -- only the page on screen ------------------------------------------------------------------


def _count_calls(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    from fallback_desktop.core.writing import channel_texts

    calls: dict[str, int] = {}
    for name in ("webform_text", "messenger_text", "chat_sheet", "portal_words", "phone_sheet"):
        real: Callable[..., Any] = getattr(channel_texts, name)

        def counted(
            *args: Any, _real: Callable[..., Any] = real, _name: str = name, **kw: Any
        ) -> Any:
            calls[_name] = calls.get(_name, 0) + 1
            return _real(*args, **kw)

        monkeypatch.setattr(channel_texts, name, counted)
    return calls


def test_only_the_page_on_screen_follows_each_edit(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    helpers, _letter = make_helpers(qtbot)
    for channel in ("chat", "portal", "webform"):
        helpers.set_channel(channel)  # every page made once
    calls = _count_calls(monkeypatch)
    for typed in ("뚜껑", "뚜껑이", "뚜껑이 안"):
        feed(helpers, details=typed)
    assert calls == {"webform_text": 3}
    helpers.set_channel("chat")  # catches up at once, with the last edit
    assert calls == {"webform_text": 3, "chat_sheet": 1}
    shown = helpers.pages["chat"].shown_input
    assert shown is not None
    assert shown.fields.text("details") == "뚜껑이 안"
    helpers.set_channel("webform")  # nothing new since it was last shown
    assert calls == {"webform_text": 3, "chat_sheet": 1}


def test_a_hidden_helper_waits_until_it_is_shown(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    helpers, _letter = make_helpers(qtbot)
    helpers.set_channel("portal")
    calls = _count_calls(monkeypatch)
    helpers.hide()
    feed(helpers)
    assert calls == {}
    helpers.show()
    assert calls == {"portal_words": 1}


def test_the_letter_page_takes_no_fields(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    helpers, _letter = make_helpers(qtbot)
    calls = _count_calls(monkeypatch)
    feed(helpers)
    assert calls == {}
    assert helpers.current_page() is None


def test_phonenumbers_loads_only_with_the_messenger_page(isolated_user_dirs: object) -> None:
    code = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
from fallback_desktop.core.calendar.business import BusinessCalendar
from fallback_desktop.core.writing.fields import DraftFields
from fallback_desktop.gui.write.channel_pages import ChannelHelpers
from tests.gui.conftest import TUESDAY_MORNING
helpers = ChannelHelpers(QLabel())
helpers.show()
facts = DraftFields({"company": "예시전자", "details": "뚜껑이 닫히지 않아요"})
for channel in ("email", "webform", "chat", "portal", "app"):
    helpers.set_channel(channel)
    helpers.set_fields(facts, "ko", "repair", None, TUESDAY_MORNING, BusinessCalendar())
assert "phonenumbers" not in sys.modules, "loaded before the messenger page"
helpers.set_channel("messenger")
page = helpers.current_page()
page.text.setPlainText("연락처는 010-0000-1234 이에요")
page.scan_now()
assert "phonenumbers" in sys.modules
print("ok")
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")


# -- phone ------------------------------------------------------------------------------------


def test_phone_page_paints_the_week_and_reads_it_out(qtbot: QtBot) -> None:
    helpers, _letter = make_helpers(qtbot)
    helpers.set_channel("phone")
    feed(helpers, "en")
    grid = find(helpers, QWidget, "phoneGrid")
    assert grid.isVisible()
    assert grid.accessibleName()
    description = grid.accessibleDescription()
    assert "09:00" in description  # the hours, in words
    assert "Mon" in description
    assert grid.now == (1, 10)  # the Tuesday morning of the fixed clock
    toggle = find(helpers, QPushButton, "phoneGridTextToggle")
    text = find(helpers, QPlainTextEdit, "phoneSheetText")
    assert not text.isVisible()
    toggle.click()
    assert text.isVisible()
    assert text.toPlainText() == description


def test_phone_page_without_a_number_says_so(qtbot: QtBot) -> None:
    helpers, _letter = make_helpers(qtbot)
    helpers.set_channel("phone")
    helpers.set_fields(fields(), "ko", "general", None, TUESDAY_MORNING, CALENDAR)
    assert not find(helpers, QLabel, "phoneNumber").isVisible()
    assert find(helpers, QLabel, "phoneNoNumber").isVisible()
    assert find(helpers, QWidget, "phoneGrid").isVisible()  # default hours still have a shape


def test_the_call_timer_reports_through_the_helpers(qtbot: QtBot) -> None:
    now = [50.0]
    helpers, _letter = make_helpers(qtbot, clock=lambda: now[0])
    helpers.set_channel("phone")
    feed(helpers)
    button = find(helpers, QPushButton, "callTimerButton")
    button.click()
    now[0] += 432
    with qtbot.waitSignal(helpers.call_finished) as finished:
        button.click()
    assert finished.args == [432]
    assert find(helpers, QLabel, "callTimerLabel").text() == "Waited 7 min 12 s"


def test_a_language_switch_rewords_the_page_on_screen_and_later_the_others(
    qtbot: QtBot, qapp: QApplication
) -> None:
    helpers, _letter = make_helpers(qtbot)
    helpers.set_channel("chat")
    feed(helpers, "en")
    helpers.set_channel("phone")
    sheet = find(helpers, QPlainTextEdit, "phoneSheetText")
    assert not HANGUL.search(sheet.toPlainText())
    install_language(qapp, "ko")
    qtbot.waitUntil(lambda: bool(HANGUL.search(sheet.toPlainText())))
    assert HANGUL.search(helpers.combo.currentText())  # the channel names follow too
    chat = helpers.pages["chat"]
    assert chat.shown_input is None  # hidden: it catches up when shown
    helpers.set_channel("chat")
    assert chat.shown_input is not None
