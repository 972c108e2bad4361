"""Where the numbers come from: the page is made from the data the recommender reads."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from fallback_desktop.core.domain.channels import load_channels
from fallback_desktop.core.recommend.phone_load import LOAD_SOURCE
from fallback_desktop.core.recommend.sources import (
    escape_markdown,
    holiday_years,
    latest_source_year,
    sources_markdown,
)
from fallback_desktop.core.text.catalog import render
from fallback_desktop.core.text.lang import LANGS, Lang
from fallback_desktop.paths import resource


def _plain(markdown: str) -> str:
    """The page as read: escapes undone."""
    return re.sub(r"\\(.)", r"\1", markdown)


@pytest.mark.parametrize("lang", LANGS)
def test_every_channel_shows_its_range_and_every_source(lang: Lang) -> None:
    page = _plain(sources_markdown(lang))
    for channel in load_channels():
        assert render(channel.name, lang) in page
        assert channel.reply.range.render(lang) in page
        for source in channel.reply.sources:
            assert render(source.message, lang) in page
        if channel.offered is not None:
            assert render(channel.offered.source.message, lang) in page
    assert render(LOAD_SOURCE, lang) in page


def test_the_korean_page_names_the_surveys_and_their_years() -> None:
    page = _plain(sources_markdown("ko"))
    assert re.search(r"쿠키뉴스, 2013", page)
    assert re.search(r"한국소비자원[^\n]*\(2021\)", page)
    first, last = holiday_years()
    assert f"{first}–{last}" in page


def test_the_page_follows_the_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """A figure changed in the data is the figure on the page, with no second copy to edit."""
    from fallback_desktop.core.recommend import sources

    email = next(c for c in load_channels() if c.id == "email")
    other = dataclasses.replace(email.reply, low_minutes=60, high_minutes=120)
    changed = dataclasses.replace(email, reply=other)
    monkeypatch.setattr(
        sources,
        "load_channels",
        lambda: tuple(changed if c.id == "email" else c for c in load_channels()),
    )
    page = sources.sources_markdown("en")
    assert "Email: 1 h–2 h" in page
    assert "Email: 12 h–2 days" not in page


def test_the_latest_year_is_the_datas() -> None:
    raw = json.loads(resource("data", "channels.json").read_text(encoding="utf-8"))
    years = re.findall(r"(?:19|20)\d\d", json.dumps([c["reply"] for c in raw["channels"]]))
    years += [str(c["offered"]["year"]) for c in raw["channels"] if c.get("offered")]
    assert latest_source_year() == max(int(y) for y in years)


def test_markdown_characters_stay_literal() -> None:
    assert escape_markdown("9~10시와 16~18시") == "9\\~10시와 16\\~18시"
    assert escape_markdown("a*b_c [d] | e") == "a\\*b\\_c \\[d\\] \\| e"
    assert escape_markdown("plain 텍스트") == "plain 텍스트"
