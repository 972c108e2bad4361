"""The source lines PySide6's import hook leaves in linecache are let go after the letter."""

from __future__ import annotations

import linecache

from fallback_desktop.gui import source_lines
from fallback_desktop.gui.source_lines import forget_source_lines


def test_the_line_cache_is_emptied() -> None:
    assert source_lines.__file__ is not None
    assert linecache.getlines(source_lines.__file__)
    assert source_lines.__file__ in linecache.cache
    forget_source_lines()
    assert not linecache.cache
    # A traceback that needs a line reads the file again.
    assert "linecache" in "".join(linecache.getlines(source_lines.__file__))
