"""Where the numbers come from: a Markdown page made from the data the recommender itself reads.

Made at run time from resources/data (each channel's reply range and its sources with their
years, the share of companies offering a channel, the phone load pattern's source, the default
hours and the holiday table's years), so the page can never drift from the figures in use.
"""

from __future__ import annotations

import re

from fallback_desktop.core.calendar.holidays import FIRST_YEAR, LAST_YEAR, shipped_table
from fallback_desktop.core.domain.channels import Channel, Source, load_channels
from fallback_desktop.core.domain.hours import DEFAULT_HOURS
from fallback_desktop.core.recommend.phone_load import LOAD_SOURCE
from fallback_desktop.core.text.catalog import render, text
from fallback_desktop.core.text.lang import Lang

# Characters Markdown (CommonMark with GitHub's extensions, as Qt reads it) would take as
# formatting: "9~10시 … 16~18시" would otherwise come out struck through.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_~\[\]<>|#])")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def escape_markdown(value: str) -> str:
    """value as literal Markdown text: every formatting character backslash-escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", value)


def _sources_of(channel: Channel) -> list[Source]:
    found = list(channel.reply.sources)
    if channel.offered is not None:
        found.append(channel.offered.source)
    return found


def latest_source_year() -> int | None:
    """The most recent year any reply or offer figure was gathered in (None if none says)."""
    years = [
        int(year)
        for channel in load_channels()
        for source in _sources_of(channel)
        for year in _YEAR.findall(source.year or "")
    ]
    return max(years, default=None)


def holiday_years() -> tuple[int, int]:
    """The first and last year the shipped holiday table covers."""
    table = shipped_table()
    return (FIRST_YEAR, LAST_YEAR) if table is None else (table.first_year, table.last_year)


def _channel_section(channel: Channel, lang: Lang) -> list[str]:
    title = text(
        "help.sources.channel",
        lang,
        channel=render(channel.name, lang),
        range=channel.reply.range.render(lang),
    )
    lines = [f"### {escape_markdown(title)}", ""]
    lines += [f"- {escape_markdown(render(s.message, lang))}" for s in channel.reply.sources]
    if channel.offered is not None:
        offered = text(
            "help.sources.offered",
            lang,
            percent=f"{channel.offered.percent:g}",
            source=render(channel.offered.source.message, lang),
        )
        lines.append(f"- {escape_markdown(offered)}")
    return [*lines, ""]


def sources_markdown(lang: Lang) -> str:
    """The whole page, in lang, as Markdown."""
    first, last = holiday_years()
    lines = [
        f"# {escape_markdown(text('help.sources.title', lang))}",
        "",
        escape_markdown(text("help.sources.intro", lang)),
        "",
        f"## {escape_markdown(text('help.sources.replies', lang))}",
        "",
    ]
    for channel in load_channels():
        lines += _channel_section(channel, lang)
    hours = text(
        "help.sources.hours_text",
        lang,
        hours=render(DEFAULT_HOURS.describe(), lang),
        first=first,
        last=last,
    )
    lines += [
        f"## {escape_markdown(text('help.sources.phone', lang))}",
        "",
        escape_markdown(render(LOAD_SOURCE, lang)),
        "",
        f"## {escape_markdown(text('help.sources.hours', lang))}",
        "",
        escape_markdown(hours),
        "",
    ]
    return "\n".join(lines)
