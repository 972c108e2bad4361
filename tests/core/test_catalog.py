"""The catalog: every key speaks both languages with the same fields; messages word themselves."""

from __future__ import annotations

import pytest

from fallback_desktop.core.text.catalog import (
    Msg,
    Words,
    entries,
    fields_of,
    msg,
    render,
    render_list,
    text,
)
from fallback_desktop.core.text.lang import LANGS


def test_every_key_has_korean_and_english_text() -> None:
    missing = [
        f"{key}.{lang}"
        for key, pair in entries().items()
        for lang in LANGS
        if not (pair[lang] if isinstance(pair[lang], str) else all(pair[lang]))
    ]
    assert not missing


@pytest.mark.parametrize("key", sorted(entries()))
def test_both_languages_ask_for_the_same_fields(key: str) -> None:
    pair = entries()[key]
    assert fields_of(pair["ko"]) == fields_of(pair["en"]), key
    assert type(pair["ko"]) is type(pair["en"]), f"{key}: one language is a list, one is not"
    if isinstance(pair["ko"], tuple):
        assert len(pair["ko"]) == len(pair["en"]), f"{key}: lists of different lengths"


def test_messages_compare_by_key_and_parameters() -> None:
    assert msg("x", b=1, a="2") == msg("x", a="2", b=1)
    assert msg("x", a=1).get("a") == 1
    assert msg("x") != msg("y")


def test_parameters_word_themselves_in_the_language_asked() -> None:
    assert text("app.name", "ko") == "고객센터 대체 창구 도우미"
    assert Words("가", "A").render("en") == "A"
    assert render(Msg("app.name"), "en") == "Fallback Desk"
    assert render_list(Msg("app.name"), "en") == ["Fallback Desk"]


def test_every_channel_finds_its_words_and_sources() -> None:
    from fallback_desktop.core.domain.channels import load_channels
    from fallback_desktop.core.text.catalog import has

    for channel in load_channels():
        for message in (channel.name, channel.strengths, channel.weaknesses, channel.tips):
            assert has(message.key), message.key
        for source in channel.reply.sources:
            assert has(source.key), source.key
    email = next(c for c in load_channels() if c.id == "email")
    assert render(email.name, "ko") == "이메일"
    assert len(render_list(email.tips, "en")) == 4


def test_a_source_with_a_year_shows_it() -> None:
    from fallback_desktop.core.domain.channels import get_channel

    survey, maker = get_channel("phone").reply.sources
    assert render(survey.message, "en").endswith("10+ min (2021)")
    assert maker.year is None
    assert render(maker.message, "en").endswith("5+ min to reach an agent")  # no year to show


def test_the_prefix_table_names_every_file_that_holds_each_first_segment() -> None:
    """A first lookup reads only the files PREFIX_FILES names for the key's first segment: a key
    standing in another file would not be found that way (and a new prefix reads every file)."""
    from fallback_desktop.core.text.catalog import PREFIX_FILES, _entry, file_entries
    from fallback_desktop.paths import resource

    wrong = []
    for path in sorted(resource("text").glob("*.json")):
        for key in file_entries(path.name):
            files = PREFIX_FILES.get(key.partition(".")[0])
            if files is None or path.name not in files:
                wrong.append(f"{key} ({path.name})")
    assert not wrong, "add to catalog.PREFIX_FILES: " + ", ".join(wrong[:10])
    for files in PREFIX_FILES.values():
        for name in files:
            assert (resource("text") / name).is_file(), name
    assert all(_entry(key) == pair for key, pair in entries().items())


def test_the_first_answer_reads_only_its_own_text_files() -> None:
    import subprocess
    import sys

    code = (
        "from fallback_desktop.core.text import catalog\n"
        "catalog.text('time.minutes', 'ko', n=5)\n"
        "print(catalog.file_entries.cache_info().currsize, catalog.entries.cache_info().currsize)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["1", "0"]
