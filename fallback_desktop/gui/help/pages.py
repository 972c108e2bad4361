"""The Help window's pages: which there are, their titles, and their text as Markdown.

The how-to and the questions and answers are written pages (resources/help/<lang>/*.md); the
numbers' sources are made from the data (core.recommend.sources) and the shortcuts from the
window's own actions (gui.help.shortcuts), so neither can fall out of step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from fallback_desktop.core.recommend.sources import sources_markdown
from fallback_desktop.core.text.catalog import text
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.paths import resource

log = logging.getLogger(__name__)

PAGE_IDS: tuple[str, ...] = ("howto", "faq", "sources", "shortcuts")
WRITTEN_PAGES: tuple[str, ...] = ("howto", "faq")


def page_title(page_id: str, lang: Lang) -> str:
    """The page's name in the list, e.g. '사용 방법'."""
    return text(f"help.page.{page_id}", lang)


def written_page(page_id: str, lang: Lang) -> str:
    """A written page's Markdown, as shipped in resources/help; a notice if it cannot be read."""
    try:
        return resource("help", lang, f"{page_id}.md").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("help page %s/%s could not be read: %s", lang, page_id, type(exc).__name__)
        title = page_title(page_id, lang)
        return f"# {title}\n\n{text('help.page_missing', lang)}\n"


def page_markdown(page_id: str, lang: Lang, shortcuts: Callable[[Lang], str]) -> str:
    """Any page's Markdown; `shortcuts` makes the keyboard page from the live window."""
    if page_id in WRITTEN_PAGES:
        return written_page(page_id, lang)
    if page_id == "sources":
        return sources_markdown(lang)
    if page_id == "shortcuts":
        return shortcuts(lang)
    raise KeyError(page_id)
