"""Which way a letter goes to the mail program, per length, files and platform; what is said."""

from __future__ import annotations

import pytest

from fallback_desktop.core.handoff.mailto import MAILTO_LIMIT, build_mailto
from fallback_desktop.core.handoff.route import (
    Platform,
    Route,
    Step,
    current_platform,
    outcome,
    paste_keys,
    plan_handoff,
)
from fallback_desktop.core.text.catalog import render

MAILTO, EML, LINK = Step.MAILTO, Step.EML_DRAFT, Step.LINK_AND_CLIPBOARD
WIN, MAC, LINUX = Platform.WINDOWS, Platform.MACOS, Platform.LINUX


@pytest.mark.parametrize(
    ("length", "files", "platform", "route"),
    [
        # Fits, no files: the whole letter in a mail link, everywhere.
        (300, False, WIN, Route((MAILTO,), "fits")),
        (MAILTO_LIMIT, False, MAC, Route((MAILTO,), "fits")),
        (MAILTO_LIMIT, False, LINUX, Route((MAILTO,), "fits")),
        # One character too long: a draft where a draft opens editable, else link + clipboard.
        (MAILTO_LIMIT + 1, False, WIN, Route((EML, LINK), "too_long")),
        (MAILTO_LIMIT + 1, False, LINUX, Route((EML, LINK), "too_long")),
        (MAILTO_LIMIT + 1, False, MAC, Route((LINK,), "too_long")),
        # Files never travel in a link, however short the letter.
        (200, True, WIN, Route((EML, LINK), "attachments")),
        (200, True, LINUX, Route((EML, LINK), "attachments")),
        (200, True, MAC, Route((LINK,), "attachments")),
        (30_000, True, WIN, Route((EML, LINK), "attachments")),
    ],
)
def test_the_route_for_each_letter(
    length: int, files: bool, platform: Platform, route: Route
) -> None:
    assert plan_handoff(length, files, platform) == route


def test_an_ordinary_korean_letter_is_too_long_for_a_link() -> None:
    # PRODUCT.md: a Korean letter of ordinary length is 3,000-4,000 characters as a link.
    letter = ("안녕하세요. 지난주에 산 세탁기가 탈수 중에 멈춥니다.\n" * 20)[:400]
    uri = build_mailto("help@example.com", "세탁기 고장 환불 요청", letter, limit=10**6)
    assert len(uri) > 3_000
    assert plan_handoff(len(uri), False, WIN).steps[0] is EML


@pytest.mark.parametrize(
    ("name", "platform"),
    [
        ("win32", WIN),
        ("cygwin", WIN),
        ("darwin", MAC),
        ("linux", LINUX),
        ("freebsd14", LINUX),
    ],
)
def test_platform_names(name: str, platform: Platform) -> None:
    assert current_platform(name) is platform


def test_paste_keys_follow_the_keyboard() -> None:
    assert paste_keys(MAC) == "⌘V"
    assert paste_keys(WIN) == paste_keys(LINUX) == "Ctrl+V"


@pytest.mark.parametrize(
    ("step", "files", "copied", "key"),
    [
        (MAILTO, 0, False, "handoff.mailto_opened"),
        (EML, 0, False, "handoff.eml_opened"),
        (EML, 2, False, "handoff.eml_opened_files"),
        (LINK, 0, True, "handoff.link_opened"),
        (LINK, 2, True, "handoff.link_opened_files"),
        (None, 0, False, "handoff.nothing_opened"),
        (None, 2, True, "handoff.nothing_opened_copied"),
    ],
)
def test_the_outcome_names_what_happened(
    step: Step | None, files: int, copied: bool, key: str
) -> None:
    said = outcome(step, files=files, copied=copied, platform=WIN)
    assert said.key == key
    for lang in ("ko", "en"):
        words = render(said, lang)
        assert words
        if files and step is not None:
            assert "2" in words  # how many files, where they matter


def test_the_clipboard_sentence_is_the_one_people_know() -> None:
    said = outcome(LINK, files=0, copied=True, platform=WIN)
    assert "편지는 클립보드에 있어요. 메일 본문에 붙여 넣으세요(Ctrl+V)." in render(said, "ko")
    assert "(⌘V)" in render(outcome(LINK, files=0, copied=True, platform=MAC), "ko")
    # Nothing opened: one next step, copy or save as .eml.
    for copied in (False, True):
        english = render(outcome(None, files=0, copied=copied, platform=LINUX), "en")
        assert ".eml" in english
        assert "copy" in english.lower() or "clipboard" in english
